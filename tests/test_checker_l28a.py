"""A table's figure of the whole restated in the prose with another value (twenty-eighth
session, round l28a), our own passages.

``repeat._table_figure_differs``: the older table readings tell only agreement; this one tells a
slip where the prose shows it restates the table's whole: (a) a sentence restating a row cell by
cell in the order of its columns, all but one of three or more agreeing, the odd count named by
its column's header and a slip's distance away; (b) a summary ("ĐÁNH GIÁ CHUNG", "Như vậy",
"Tính chung", "Nhìn chung", "Tóm lại") naming a column of the total row, or a row of a table with
a whole-period column ("Cả năm", "Tổng", "Cộng"), by every content word, with the table's unit
and no moment, place, part of the table, subset, plan, comparison or level reached of its own.

PLANTED: one slip each, 28 of 28 found and asserted inconsistent (the three built like the
development misses are DEV_CAUGHT below).

DEV: the devset24, devset26 and devset32 misses in passages of our own wording (DEV_CAUGHT).
Not found: devset5 (a dash list closed by "Cộng: 928 đảng viên", no table; the summary's
"từ đầu nhiệm kỳ đến nay" is another wording of the list's span, which the moment test cannot
tell equal).

CLEAN: the agreeing restatement and guards of each case, and passages of their own (the whole
round is tests/battery/battery_zzzz_l28a.jsonl, 154 clean passages, no alarm).

CONFIRMED: the grand total of a table (its total row under a whole column "Cộng") restated in
the prose is told consistent (``_grand_totals`` beside ``table_totals`` in
``_table_total_restated``).
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

PLANTED = [
    (
        "Kết quả kiểm tra, giám sát năm 2024:\nChủ thể | Kiểm tra tổ chức đảng | Kiểm tra đảng viên | Giám sát tổ chức đảng | Giám sát đảng viên\nBan Thường vụ Đảng ủy | 6 | 11 | 7 | 14\nỦy ban Kiểm tra Đảng ủy | 5 | 9 | 6 | 12\nChi bộ trực thuộc | 27 | 51 | 29 | 69\nTổng cộng | 38 | 71 | 42 | 95\nNhư vậy, trong năm các cấp đã kiểm tra 38 tổ chức đảng, 71 đảng viên; giám sát 42 tổ chức đảng, 59 đảng viên.",
        [95, 59],
    ),
    (
        "Kết quả hoạt động của các cấp Hội năm 2024\nĐơn vị\tKết nạp hội viên\tThành lập chi hội nghề nghiệp\tRa mắt tổ hợp tác\nHội Nông dân xã Phú Lâm\t42\t3\t2\nHội Nông dân xã Phú Hòa\t51\t4\t3\nHội Nông dân thị trấn\t35\t2\t5\nCộng\t128\t9\t10\nNhư vậy, các cấp Hội đã kết nạp 128 hội viên, thành lập 9 chi hội nghề nghiệp, ra mắt 12 tổ hợp tác.",
        [10, 12],
    ),
    (
        "Kết quả công tác đoàn năm 2024\n| Đơn vị | Kết nạp đoàn viên | Giới thiệu đoàn viên ưu tú | Công trình thanh niên |\n|---|---|---|---|\n| Đoàn xã | 64 | 12 | 8 |\n| Đoàn khối cơ quan | 23 | 7 | 3 |\n| Đoàn trường học | 88 | 5 | 6 |\n| Tổng cộng | 175 | 24 | 17 |\nTính chung, toàn huyện đã kết nạp 175 đoàn viên, giới thiệu 42 đoàn viên ưu tú cho Đảng, thực hiện 17 công trình thanh niên.",
        [24, 42],
    ),
    (
        "Kết quả hoạt động của Hội Phụ nữ xã năm 2024\nChi hội | Hội viên mới | Hộ được hỗ trợ vốn | Phụ nữ được tập huấn\nChi hội thôn 1 | 14 | 22 | 65\nChi hội thôn 2 | 18 | 19 | 80\nChi hội thôn 3 | 21 | 25 | 93\nTổng | 53 | 66 | 238\nNhư vậy, năm qua Hội kết nạp 58 hội viên mới, hỗ trợ vốn cho 66 hộ và tập huấn cho 238 phụ nữ.",
        [53, 58],
    ),
    (
        "Kết quả vận động Quỹ Vì người nghèo năm 2024\nĐơn vị\tNhà Đại đoàn kết xây mới\tNhà sửa chữa\tHộ được tặng quà\nXã Bình Minh\t6\t4\t120\nXã Bình An\t5\t3\t145\nThị trấn\t3\t2\t98\nTổng cộng\t14\t9\t363\nNhìn chung, năm 2024 toàn huyện xây mới 14 nhà Đại đoàn kết, sửa chữa 9 nhà và tặng quà cho 336 hộ.",
        [363, 336],
    ),
    (
        "Quy mô trường, lớp năm học 2024-2025\n| Cấp học | Số trường | Số lớp | Số học sinh |\n|---|---|---|---|\n| Mầm non | 9 | 84 | 2.310 |\n| Tiểu học | 10 | 156 | 4.125 |\n| Trung học cơ sở | 6 | 92 | 3.470 |\n| Tổng số | 25 | 332 | 9.905 |\nNhư vậy, toàn huyện có 25 trường, 323 lớp với 9.905 học sinh.",
        [332, 323],
    ),
    (
        "Kết quả xếp loại đảng viên năm 2024\nĐơn vị | Đảng viên | Hoàn thành xuất sắc | Hoàn thành tốt | Hoàn thành\nChi bộ nông thôn | 412 | 52 | 318 | 42\nChi bộ cơ quan | 186 | 31 | 143 | 12\nTổng cộng | 598 | 83 | 461 | 54\nCác chi bộ nông thôn có 412 đảng viên, hoàn thành xuất sắc 52 đồng chí, hoàn thành tốt 381 đồng chí, hoàn thành 42 đồng chí.",
        [318, 381],
    ),
    (
        "Kết quả tổ chức Hội Cựu chiến binh huyện đến cuối năm 2024\nCơ sở Hội\tHội viên\tChi hội\tTổ hội\nXã An Lạc\t512\t18\t66\nXã An Phú\t604\t21\t79\nThị trấn\t726\t25\t86\nCộng\t1.842\t64\t231\nNhư vậy, toàn Hội có 1.824 hội viên, sinh hoạt ở 64 chi hội, 231 tổ hội.",
        [1842, 1824],
    ),
    (
        "Kết quả tiếp nhận, giải quyết đơn thư năm 2024\nĐơn vị | Đơn thư tiếp nhận | Đơn đủ điều kiện | Đã giải quyết\nXã Tân Lập | 46 | 31 | 28\nXã Tân Hòa | 39 | 27 | 25\nThị trấn | 52 | 40 | 37\nTổng cộng | 137 | 98 | 90\nTính chung, các cơ quan đã tiếp nhận 137 đơn thư, 98 đơn đủ điều kiện, giải quyết 96 đơn.",
        [90, 96],
    ),
    (
        "Kết quả giúp phụ nữ nghèo năm 2024\n| Chi hội | Phụ nữ nghèo được giúp | Thoát nghèo | Có việc làm mới |\n|---|---|---|---|\n| Chi hội thôn Trung | 25 | 8 | 14 |\n| Chi hội thôn Hạ | 27 | 7 | 15 |\n| Chi hội thôn Thượng | 22 | 8 | 12 |\n| Tổng cộng | 74 | 23 | 41 |\nNhư vậy, Hội đã giúp đỡ 74 phụ nữ nghèo, 32 phụ nữ thoát nghèo và 41 phụ nữ có việc làm mới.",
        [23, 32],
    ),
    (
        "Kết quả xây dựng nông thôn mới của tỉnh đến năm 2024\nHuyện | Xã đạt chuẩn nông thôn mới | Xã đạt chuẩn nâng cao | Xã kiểu mẫu\nHuyện Đông Sơn | 34 | 12 | 5\nHuyện Tây Sơn | 28 | 11 | 4\nHuyện Nam Sơn | 24 | 8 | 3\nTổng cộng | 86 | 31 | 12\nNhư vậy, toàn tỉnh có 86 xã đạt chuẩn nông thôn mới, 13 xã đạt chuẩn nâng cao và 12 xã kiểu mẫu.",
        [31, 13],
    ),
    (
        "Kết quả phát triển đoàn viên năm 2024\nĐơn vị | Đoàn viên đầu năm | Kết nạp mới | Chuyển đi\nĐoàn xã Hòa Bình | 210 | 56 | 12\nĐoàn xã Hòa Thuận | 185 | 49 | 9\nĐoàn khối trường học | 96 | 59 | 31\nTổng cộng | 491 | 164 | 52\nNhìn chung, công tác đoàn có nhiều khởi sắc, các cơ sở đoàn đã kết nạp mới 146 đoàn viên, tổ chức nhiều hoạt động tình nguyện.",
        [164, 146],
    ),
    (
        "Kết quả giảm nghèo năm 2024\n| Xã | Hộ nghèo đầu kỳ | Hộ thoát nghèo | Hộ tái nghèo | Hộ nghèo cuối kỳ |\n|---|---|---|---|---|\n| Xã Phước An | 148 | 52 | 3 | 99 |\n| Xã Phước Hòa | 126 | 47 | 2 | 81 |\n| Xã Phước Thành | 203 | 72 | 5 | 136 |\n| Tổng cộng | 477 | 171 | 10 | 316 |\nIII. ĐÁNH GIÁ CHUNG\nCông tác giảm nghèo đạt kết quả tích cực, toàn huyện có 117 hộ thoát nghèo, không để phát sinh hộ nghèo do thiên tai.",
        [171, 117],
    ),
    (
        "Kết quả phát triển đảng viên năm 2024\nĐảng bộ, chi bộ\tQuần chúng học lớp cảm tình Đảng\tKết nạp đảng viên\tĐảng viên nữ được kết nạp\nĐảng bộ xã\t184\t67\t25\nCác chi bộ cơ quan\t96\t54\t21\nTổng cộng\t280\t121\t46\nTóm lại, năm 2024 toàn Đảng bộ kết nạp 126 đảng viên, đạt 105% kế hoạch.",
        [121, 126],
    ),
    (
        "Kết quả hỗ trợ nhà ở cho hộ nghèo năm 2024\nXã | Nhà xây mới | Nhà sửa chữa | Kinh phí (triệu đồng)\nXã Hòa Phú | 12 | 5 | 720\nXã Hòa Lợi | 9 | 7 | 610\nXã Hòa Khánh | 14 | 4 | 800\nCộng | 35 | 16 | 2.130\nTính chung, các nguồn lực đã giúp xây mới 53 nhà cho hộ nghèo.",
        [35, 53],
    ),
    (
        "Kết quả bình xét hộ sản xuất, kinh doanh giỏi năm 2024\n| Cấp | Hộ đăng ký | Hộ đạt danh hiệu |\n|---|---|---|\n| Cấp xã | 1.420 | 1.105 |\n| Cấp huyện | 310 | 246 |\n| Cấp tỉnh | 58 | 41 |\n| Tổng cộng | 1.788 | 1.392 |\nIII. ĐÁNH GIÁ CHUNG\nPhong trào nông dân sản xuất, kinh doanh giỏi tiếp tục lan tỏa, có 1.329 hộ đạt danh hiệu các cấp.",
        [1392, 1329],
    ),
    (
        "Kết quả giải quyết đơn thư năm 2024\nĐơn vị\tĐơn tiếp nhận\tĐơn thuộc thẩm quyền\tĐơn đã giải quyết\nỦy ban Kiểm tra Huyện ủy\t28\t12\t11\nỦy ban kiểm tra cơ sở\t19\t9\t9\nTổng cộng\t47\t21\t20\nNhư vậy, tổng số đơn tiếp nhận trong năm là 74 đơn, không có đơn tồn đọng kéo dài.",
        [47, 74],
    ),
    (
        "Kết quả xây dựng nhà nghĩa tình đồng đội năm 2024\nĐơn vị | Xây mới (căn) | Sửa chữa (căn) | Tổng kinh phí (triệu đồng)\nHội Cựu chiến binh xã Tân Phú | 8 | 3 | 560\nHội Cựu chiến binh xã Tân Hưng | 6 | 4 | 470\nHội Cựu chiến binh thị trấn | 7 | 2 | 520\nTổng cộng | 21 | 9 | 1.550\nIII. ĐÁNH GIÁ CHUNG\nChương trình nhà nghĩa tình đồng đội tiếp tục được quan tâm, các cấp Hội đã xây mới 27 căn nhà.",
        [21, 27],
    ),
    (
        "Kết quả xóa mù chữ năm 2024\nXã\tNgười học xóa mù chữ\tNgười được công nhận biết chữ\nXã Đăk Pxi\t64\t52\nXã Đăk Ring\t71\t60\nXã Ngọc Lây\t49\t41\nCộng\t184\t153\nNhìn chung, công tác xóa mù chữ có chuyển biến, 135 người được công nhận biết chữ.",
        [153, 135],
    ),
    (
        "Kết quả phát triển hội viên năm 2024\n| Cơ sở Hội | Hội viên đầu năm | Hội viên kết nạp mới | Hội viên cuối năm |\n|---|---|---|---|\n| Xã Long Hòa | 1.210 | 142 | 1.340 |\n| Xã Long Hiệp | 980 | 119 | 1.090 |\n| Xã Long Sơn | 846 | 120 | 960 |\n| Tổng cộng | 3.036 | 381 | 3.390 |\nNhư vậy, toàn Hội đã kết nạp mới 318 hội viên, hoàn thành chỉ tiêu năm.",
        [381, 318],
    ),
    (
        "Kết quả bảo đảm trật tự an toàn giao thông năm 2024\nChỉ tiêu\tQuý I\tQuý II\tQuý III\tQuý IV\tCả năm\nVụ tai nạn giao thông (vụ)\t11\t14\t12\t13\t50\nNgười chết do tai nạn giao thông (người)\t5\t7\t6\t8\t26\nIII. ĐÁNH GIÁ CHUNG\nTình hình trật tự an toàn giao thông cơ bản được kiểm soát; trên địa bàn xảy ra 52 vụ tai nạn giao thông, làm chết 26 người.",
        [50, 52],
    ),
    (
        "Kết quả công tác tổ chức đảng năm 2024 theo quý\nNội dung | Quý I | Quý II | Quý III | Quý IV | Tổng\nKết nạp đảng viên mới | 9 | 14 | 11 | 18 | 52\nChuyển đảng chính thức | 12 | 8 | 10 | 9 | 39\nĐảng viên được tặng Huy hiệu Đảng | 15 | 0 | 22 | 11 | 48\nTính chung, cả năm Đảng bộ đã kết nạp 54 đảng viên mới, chuyển đảng chính thức cho 39 đồng chí.",
        [52, 54],
    ),
    (
        "Kết quả hoạt động của Hội Phụ nữ năm 2024\n| Chỉ tiêu | 6 tháng đầu năm | 6 tháng cuối năm | Cả năm |\n|---|---|---|---|\n| Hội viên mới kết nạp (người) | 186 | 214 | 400 |\n| Hộ phụ nữ nghèo được hỗ trợ (hộ) | 42 | 57 | 99 |\nIV. ĐÁNH GIÁ CHUNG\nCác cấp Hội đã kết nạp 410 hội viên mới, hỗ trợ 99 hộ phụ nữ nghèo.",
        [400, 410],
    ),
    (
        "Kết quả thi hành kỷ luật đảng năm 2024\nNội dung\t6 tháng đầu năm\t6 tháng cuối năm\tCộng\nĐảng viên bị thi hành kỷ luật\t7\t6\t13\nTổ chức đảng bị thi hành kỷ luật\t1\t0\t1\nNhư vậy, trong năm có 15 đảng viên bị thi hành kỷ luật, chủ yếu do vi phạm chính sách dân số.",
        [13, 15],
    ),
    (
        "Kết quả tập huấn, cho vay năm 2024\nNội dung | Đợt 1 | Đợt 2 | Tổng cộng\nHội viên được tập huấn kỹ thuật (lượt) | 1.240 | 980 | 2.220\nHộ vay vốn mới (hộ) | 86 | 64 | 150\nIII. ĐÁNH GIÁ CHUNG\nHội đã phối hợp cho 156 hộ vay vốn mới, tổ chức tập huấn cho 2.220 lượt hội viên.",
        [150, 156],
    ),
    (
        "Kết quả giải quyết việc làm năm 2024\nChỉ tiêu\tQuý I\tQuý II\tQuý III\tQuý IV\tCả năm\nLao động được giải quyết việc làm mới (người)\t320\t410\t385\t445\t1.560\nLao động đi làm việc ở nước ngoài (người)\t22\t31\t18\t29\t100\nIII. ĐÁNH GIÁ CHUNG\nKinh tế tăng trưởng ổn định, đã giải quyết việc làm mới cho 1.650 lao động.",
        [1560, 1650],
    ),
    (
        "Kết quả hoạt động tình nguyện năm 2024\nNội dung | Tháng hè | Các tháng khác | Cộng\nThanh niên tham gia tình nguyện (lượt) | 2.450 | 1.830 | 4.280\nCông trình, phần việc (công trình) | 36 | 22 | 58\nNhìn chung, phong trào thu hút 4.820 lượt thanh niên tham gia tình nguyện.",
        [4280, 4820],
    ),
    (
        "Kết quả đào tạo, bồi dưỡng cán bộ năm 2024\n| Nội dung | Khối Đảng | Khối chính quyền | Khối đoàn thể | Tổng cộng |\n|---|---|---|---|---|\n| Cán bộ được bồi dưỡng lý luận chính trị (người) | 46 | 88 | 35 | 169 |\n| Cán bộ được bồi dưỡng chuyên môn (người) | 30 | 112 | 24 | 166 |\nIII. ĐÁNH GIÁ CHUNG\nCông tác đào tạo được quan tâm, đã có 196 cán bộ được bồi dưỡng lý luận chính trị.",
        [169, 196],
    ),
]

# built like the development misses: devset24 (kiểm tra 44 tổ chức đảng, 92 đảng viên after a total row 44 | 90); devset26 (khởi tố mới 16 vụ án tham nhũng under ĐÁNH GIÁ CHUNG after a row's Cả năm 14); devset32 (86 hộ hội viên thoát nghèo under ĐÁNH GIÁ CHUNG after Tổng cộng 80 of Thoát nghèo trong năm)
DEV_CAUGHT = [
    (
        "Kết quả kiểm tra, giám sát 6 tháng đầu năm 2024 (tổ chức đảng: tổ chức; đảng viên: người):\nCấp kiểm tra\tTổ chức đảng được kiểm tra\tĐảng viên được kiểm tra\tTổ chức đảng được giám sát\tĐảng viên được giám sát\nBan Thường vụ Huyện ủy\t7\t12\t9\t16\nỦy ban Kiểm tra Huyện ủy\t6\t14\t5\t18\nCấp ủy, ủy ban kiểm tra cơ sở\t31\t66\t38\t84\nTổng cộng\t44\t92\t52\t118\nTổng hợp lại, trong 6 tháng các cấp đã kiểm tra 44 tổ chức đảng, 92 đảng viên; giám sát 52 tổ chức đảng, 116 đảng viên.",
        [118, 116],
    ),
    (
        "Kết quả giảm hộ hội viên nghèo năm 2024:\nChi hội\tHộ nghèo đầu năm\tThoát nghèo trong năm\tCòn lại\nChi hội thôn Đông\t24\t9\t15\nChi hội thôn Tây\t31\t12\t19\nCác chi hội khác\t40\t17\t23\nTổng cộng\t95\t38\t57\nIII. ĐÁNH GIÁ CHUNG\nCông tác hội có nhiều chuyển biến; Hội đã giúp 33 hộ hội viên thoát nghèo, phát huy tốt vai trò nòng cốt.",
        [38, 33],
    ),
    (
        "Kết quả xét xử năm 2024\n| Chỉ tiêu | Quý I | Quý II | Quý III | Quý IV | Cả năm |\n|---|---|---|---|---|---|\n| Vụ án hình sự đã xét xử (vụ) | 21 | 26 | 19 | 28 | 94 |\n| Bị cáo (người) | 34 | 41 | 30 | 45 | 150 |\nTóm lại, Tòa án đã xét xử 49 vụ án hình sự, bảo đảm đúng pháp luật.",
        [94, 49],
    ),
]

CONFIRMED = [
    (
        "Kế hoạch của Ban Thường vụ dự kiến luân chuyển 90 lượt cán bộ trong giai đoạn 2022-2025. Kết quả như sau:\n"
        "Năm\tVề huyện\tVề xã\tLên tỉnh\tCộng\n2022\t5\t12\t2\t19\n2023\t7\t18\t3\t28\n"
        "Tổng cộng\t12\t30\t5\t47\n\nTổng số đã luân chuyển 47 lượt cán bộ, đạt 52,2% kế hoạch.",
        47,
    ),
    (
        "Trong năm, các cấp thi hành kỷ luật 19 đảng viên. Cụ thể:\n"
        "Cấp kỷ luật | Khiển trách | Cảnh cáo | Khai trừ | Cộng\nChi bộ | 8 | 3 | 0 | 11\n"
        "Đảng ủy cơ sở | 4 | 3 | 1 | 8\nTổng cộng | 12 | 6 | 1 | 19",
        19,
    ),
]

CLEAN = [
    "Kết quả kiểm tra, giám sát năm 2024:\nChủ thể | Kiểm tra tổ chức đảng | Kiểm tra đảng viên | Giám sát tổ chức đảng | Giám sát đảng viên\nBan Thường vụ Đảng ủy | 6 | 11 | 7 | 14\nỦy ban Kiểm tra Đảng ủy | 5 | 9 | 6 | 12\nChi bộ trực thuộc | 27 | 51 | 29 | 69\nTổng cộng | 38 | 71 | 42 | 95\nNhư vậy, trong năm các cấp đã kiểm tra 38 tổ chức đảng, 71 đảng viên; giám sát 42 tổ chức đảng, 95 đảng viên.",
    "Kết quả kiểm tra, giám sát năm 2024:\nChủ thể | Kiểm tra tổ chức đảng | Kiểm tra đảng viên | Giám sát tổ chức đảng | Giám sát đảng viên\nBan Thường vụ Đảng ủy | 6 | 11 | 7 | 14\nỦy ban Kiểm tra Đảng ủy | 5 | 9 | 6 | 12\nChi bộ trực thuộc | 27 | 51 | 29 | 69\nTổng cộng | 38 | 71 | 42 | 95\nNhư vậy, trong năm các cấp đã kiểm tra 38 tổ chức đảng, 71 đảng viên; giám sát 42 tổ chức đảng, trong đó 59 đảng viên là cấp ủy viên.",
    "Kết quả kiểm tra, giám sát năm 2024:\nChủ thể | Kiểm tra tổ chức đảng | Kiểm tra đảng viên | Giám sát tổ chức đảng | Giám sát đảng viên\nBan Thường vụ Đảng ủy | 6 | 11 | 7 | 14\nỦy ban Kiểm tra Đảng ủy | 5 | 9 | 6 | 12\nChi bộ trực thuộc | 27 | 51 | 29 | 69\nTổng cộng | 38 | 71 | 42 | 95\nNăm 2023, các cấp đã kiểm tra 35 tổ chức đảng, 64 đảng viên; giám sát 40 tổ chức đảng, 88 đảng viên.",
    "Kết quả hoạt động của các cấp Hội năm 2024\nĐơn vị\tKết nạp hội viên\tThành lập chi hội nghề nghiệp\tRa mắt tổ hợp tác\nHội Nông dân xã Phú Lâm\t42\t3\t2\nHội Nông dân xã Phú Hòa\t51\t4\t3\nHội Nông dân thị trấn\t35\t2\t5\nCộng\t128\t9\t10\nNhư vậy, các cấp Hội đã kết nạp 128 hội viên, thành lập 9 chi hội nghề nghiệp, ra mắt 10 tổ hợp tác.",
    "Kết quả hoạt động của các cấp Hội năm 2024\nĐơn vị\tKết nạp hội viên\tThành lập chi hội nghề nghiệp\tRa mắt tổ hợp tác\nHội Nông dân xã Phú Lâm\t42\t3\t2\nHội Nông dân xã Phú Hòa\t51\t4\t3\nHội Nông dân thị trấn\t35\t2\t5\nCộng\t128\t9\t10\nNhư vậy, các cấp Hội đã kết nạp 128 hội viên, thành lập 9 chi hội nghề nghiệp; đến nay toàn huyện có 12 tổ hợp tác đang hoạt động.",
    "Kết quả hoạt động của các cấp Hội năm 2024\nĐơn vị\tKết nạp hội viên\tThành lập chi hội nghề nghiệp\tRa mắt tổ hợp tác\nHội Nông dân xã Phú Lâm\t42\t3\t2\nHội Nông dân xã Phú Hòa\t51\t4\t3\nHội Nông dân thị trấn\t35\t2\t5\nCộng\t128\t9\t10\nNăm 2025, các cấp Hội phấn đấu kết nạp 130 hội viên, thành lập 9 chi hội nghề nghiệp, ra mắt 12 tổ hợp tác.",
    "Kết quả công tác đoàn năm 2024\n| Đơn vị | Kết nạp đoàn viên | Giới thiệu đoàn viên ưu tú | Công trình thanh niên |\n|---|---|---|---|\n| Đoàn xã | 64 | 12 | 8 |\n| Đoàn khối cơ quan | 23 | 7 | 3 |\n| Đoàn trường học | 88 | 5 | 6 |\n| Tổng cộng | 175 | 24 | 17 |\nTính chung, toàn huyện đã kết nạp 175 đoàn viên, giới thiệu 24 đoàn viên ưu tú cho Đảng, thực hiện 17 công trình thanh niên.",
    "Kết quả công tác đoàn năm 2024\n| Đơn vị | Kết nạp đoàn viên | Giới thiệu đoàn viên ưu tú | Công trình thanh niên |\n|---|---|---|---|\n| Đoàn xã | 64 | 12 | 8 |\n| Đoàn khối cơ quan | 23 | 7 | 3 |\n| Đoàn trường học | 88 | 5 | 6 |\n| Tổng cộng | 175 | 24 | 17 |\nTính chung, toàn huyện đã kết nạp 175 đoàn viên, giới thiệu 24 đoàn viên ưu tú, trong đó 21 đoàn viên đã được kết nạp vào Đảng.",
    "Kết quả công tác đoàn năm 2024\n| Đơn vị | Kết nạp đoàn viên | Giới thiệu đoàn viên ưu tú | Công trình thanh niên |\n|---|---|---|---|\n| Đoàn xã | 64 | 12 | 8 |\n| Đoàn khối cơ quan | 23 | 7 | 3 |\n| Đoàn trường học | 88 | 5 | 6 |\n| Tổng cộng | 175 | 24 | 17 |\nTừ năm 2020 đến nay, toàn huyện đã kết nạp 812 đoàn viên, giới thiệu 118 đoàn viên ưu tú cho Đảng, thực hiện 83 công trình thanh niên.",
    "Kết quả hoạt động của Hội Phụ nữ xã năm 2024\nChi hội | Hội viên mới | Hộ được hỗ trợ vốn | Phụ nữ được tập huấn\nChi hội thôn 1 | 14 | 22 | 65\nChi hội thôn 2 | 18 | 19 | 80\nChi hội thôn 3 | 21 | 25 | 93\nTổng | 53 | 66 | 238\nNhư vậy, năm qua Hội kết nạp 53 hội viên mới, hỗ trợ vốn cho 66 hộ và tập huấn cho 238 phụ nữ.",
    "Kết quả hoạt động của Hội Phụ nữ xã năm 2024\nChi hội | Hội viên mới | Hộ được hỗ trợ vốn | Phụ nữ được tập huấn\nChi hội thôn 1 | 14 | 22 | 65\nChi hội thôn 2 | 18 | 19 | 80\nChi hội thôn 3 | 21 | 25 | 93\nTổng | 53 | 66 | 238\nNhư vậy, năm qua Hội kết nạp 53 hội viên mới, hỗ trợ vốn cho 66 hộ và tập huấn cho 283 lượt người dân ngoài hội.",
    "Kết quả hoạt động của Hội Phụ nữ xã năm 2024\nChi hội | Hội viên mới | Hộ được hỗ trợ vốn | Phụ nữ được tập huấn\nChi hội thôn 1 | 14 | 22 | 65\nChi hội thôn 2 | 18 | 19 | 80\nChi hội thôn 3 | 21 | 25 | 93\nTổng | 53 | 66 | 238\nNăm 2023, Hội kết nạp 58 hội viên mới, hỗ trợ vốn cho 61 hộ và tập huấn cho 230 phụ nữ.",
    "Kết quả vận động Quỹ Vì người nghèo năm 2024\nĐơn vị\tNhà Đại đoàn kết xây mới\tNhà sửa chữa\tHộ được tặng quà\nXã Bình Minh\t6\t4\t120\nXã Bình An\t5\t3\t145\nThị trấn\t3\t2\t98\nTổng cộng\t14\t9\t363\nNhìn chung, năm 2024 toàn huyện xây mới 14 nhà Đại đoàn kết, sửa chữa 9 nhà và tặng quà cho 363 hộ.",
    "Kết quả vận động Quỹ Vì người nghèo năm 2024\nĐơn vị\tNhà Đại đoàn kết xây mới\tNhà sửa chữa\tHộ được tặng quà\nXã Bình Minh\t6\t4\t120\nXã Bình An\t5\t3\t145\nThị trấn\t3\t2\t98\nTổng cộng\t14\t9\t363\nNhìn chung, năm 2024 toàn huyện xây mới 14 nhà Đại đoàn kết, sửa chữa 9 nhà; riêng dịp Tết tặng quà cho 336 hộ.",
    "Kết quả vận động Quỹ Vì người nghèo năm 2024\nĐơn vị\tNhà Đại đoàn kết xây mới\tNhà sửa chữa\tHộ được tặng quà\nXã Bình Minh\t6\t4\t120\nXã Bình An\t5\t3\t145\nThị trấn\t3\t2\t98\nTổng cộng\t14\t9\t363\nNăm 2025, huyện phấn đấu xây mới 15 nhà Đại đoàn kết, sửa chữa 9 nhà và tặng quà cho 360 hộ.",
    "Quy mô trường, lớp năm học 2024-2025\n| Cấp học | Số trường | Số lớp | Số học sinh |\n|---|---|---|---|\n| Mầm non | 9 | 84 | 2.310 |\n| Tiểu học | 10 | 156 | 4.125 |\n| Trung học cơ sở | 6 | 92 | 3.470 |\n| Tổng số | 25 | 332 | 9.905 |\nNhư vậy, toàn huyện có 25 trường, 332 lớp với 9.905 học sinh.",
    "Quy mô trường, lớp năm học 2024-2025\n| Cấp học | Số trường | Số lớp | Số học sinh |\n|---|---|---|---|\n| Mầm non | 9 | 84 | 2.310 |\n| Tiểu học | 10 | 156 | 4.125 |\n| Trung học cơ sở | 6 | 92 | 3.470 |\n| Tổng số | 25 | 332 | 9.905 |\nNăm học trước, toàn huyện có 25 trường, 323 lớp với 9.716 học sinh.",
    "Quy mô trường, lớp năm học 2024-2025\n| Cấp học | Số trường | Số lớp | Số học sinh |\n|---|---|---|---|\n| Mầm non | 9 | 84 | 2.310 |\n| Tiểu học | 10 | 156 | 4.125 |\n| Trung học cơ sở | 6 | 92 | 3.470 |\n| Tổng số | 25 | 332 | 9.905 |\nRiêng khối tiểu học và trung học cơ sở có 16 trường, 248 lớp với 7.595 học sinh.",
    "Kết quả xếp loại đảng viên năm 2024\nĐơn vị | Đảng viên | Hoàn thành xuất sắc | Hoàn thành tốt | Hoàn thành\nChi bộ nông thôn | 412 | 52 | 318 | 42\nChi bộ cơ quan | 186 | 31 | 143 | 12\nTổng cộng | 598 | 83 | 461 | 54\nCác chi bộ nông thôn có 412 đảng viên, hoàn thành xuất sắc 52 đồng chí, hoàn thành tốt 318 đồng chí, hoàn thành 42 đồng chí.",
    "Kết quả xếp loại đảng viên năm 2024\nĐơn vị | Đảng viên | Hoàn thành xuất sắc | Hoàn thành tốt | Hoàn thành\nChi bộ nông thôn | 412 | 52 | 318 | 42\nChi bộ cơ quan | 186 | 31 | 143 | 12\nTổng cộng | 598 | 83 | 461 | 54\nCác chi bộ cơ quan có 186 đảng viên, hoàn thành xuất sắc 31 đồng chí, hoàn thành tốt 143 đồng chí, hoàn thành 12 đồng chí.",
    "Kết quả xếp loại đảng viên năm 2024\nĐơn vị | Đảng viên | Hoàn thành xuất sắc | Hoàn thành tốt | Hoàn thành\nChi bộ nông thôn | 412 | 52 | 318 | 42\nChi bộ cơ quan | 186 | 31 | 143 | 12\nTổng cộng | 598 | 83 | 461 | 54\nNăm 2023, các chi bộ nông thôn có 405 đảng viên, hoàn thành xuất sắc 49 đồng chí, hoàn thành tốt 381 đồng chí.",
    "Kết quả tổ chức Hội Cựu chiến binh huyện đến cuối năm 2024\nCơ sở Hội\tHội viên\tChi hội\tTổ hội\nXã An Lạc\t512\t18\t66\nXã An Phú\t604\t21\t79\nThị trấn\t726\t25\t86\nCộng\t1.842\t64\t231\nNhư vậy, toàn Hội có 1.842 hội viên, sinh hoạt ở 64 chi hội, 231 tổ hội.",
    "Kết quả tổ chức Hội Cựu chiến binh huyện đến cuối năm 2024\nCơ sở Hội\tHội viên\tChi hội\tTổ hội\nXã An Lạc\t512\t18\t66\nXã An Phú\t604\t21\t79\nThị trấn\t726\t25\t86\nCộng\t1.842\t64\t231\nĐầu năm 2024, toàn Hội có 1.824 hội viên, sinh hoạt ở 64 chi hội, 229 tổ hội.",
    "Kết quả tổ chức Hội Cựu chiến binh huyện đến cuối năm 2024\nCơ sở Hội\tHội viên\tChi hội\tTổ hội\nXã An Lạc\t512\t18\t66\nXã An Phú\t604\t21\t79\nThị trấn\t726\t25\t86\nCộng\t1.842\t64\t231\nRiêng Hội Cựu chiến binh xã An Lạc và xã An Phú có 1.116 hội viên, 39 chi hội, 145 tổ hội.",
    "Kết quả tiếp nhận, giải quyết đơn thư năm 2024\nĐơn vị | Đơn thư tiếp nhận | Đơn đủ điều kiện | Đã giải quyết\nXã Tân Lập | 46 | 31 | 28\nXã Tân Hòa | 39 | 27 | 25\nThị trấn | 52 | 40 | 37\nTổng cộng | 137 | 98 | 90\nTính chung, các cơ quan đã tiếp nhận 137 đơn thư, 98 đơn đủ điều kiện, giải quyết 90 đơn.",
    "Kết quả tiếp nhận, giải quyết đơn thư năm 2024\nĐơn vị | Đơn thư tiếp nhận | Đơn đủ điều kiện | Đã giải quyết\nXã Tân Lập | 46 | 31 | 28\nXã Tân Hòa | 39 | 27 | 25\nThị trấn | 52 | 40 | 37\nTổng cộng | 137 | 98 | 90\nTính chung, các cơ quan đã tiếp nhận 137 đơn thư, 98 đơn đủ điều kiện; đến ngày 15/01/2025 đã giải quyết 96 đơn.",
    "Kết quả tiếp nhận, giải quyết đơn thư năm 2024\nĐơn vị | Đơn thư tiếp nhận | Đơn đủ điều kiện | Đã giải quyết\nXã Tân Lập | 46 | 31 | 28\nXã Tân Hòa | 39 | 27 | 25\nThị trấn | 52 | 40 | 37\nTổng cộng | 137 | 98 | 90\nNăm 2023, các cơ quan đã tiếp nhận 129 đơn thư, 91 đơn đủ điều kiện, giải quyết 86 đơn.",
    "Kết quả giúp phụ nữ nghèo năm 2024\n| Chi hội | Phụ nữ nghèo được giúp | Thoát nghèo | Có việc làm mới |\n|---|---|---|---|\n| Chi hội thôn Trung | 25 | 8 | 14 |\n| Chi hội thôn Hạ | 27 | 7 | 15 |\n| Chi hội thôn Thượng | 22 | 8 | 12 |\n| Tổng cộng | 74 | 23 | 41 |\nNhư vậy, Hội đã giúp đỡ 74 phụ nữ nghèo, 23 phụ nữ thoát nghèo và 41 phụ nữ có việc làm mới.",
    "Kết quả giúp phụ nữ nghèo năm 2024\n| Chi hội | Phụ nữ nghèo được giúp | Thoát nghèo | Có việc làm mới |\n|---|---|---|---|\n| Chi hội thôn Trung | 25 | 8 | 14 |\n| Chi hội thôn Hạ | 27 | 7 | 15 |\n| Chi hội thôn Thượng | 22 | 8 | 12 |\n| Tổng cộng | 74 | 23 | 41 |\nNhư vậy, Hội đã giúp đỡ 74 phụ nữ nghèo, 23 phụ nữ thoát nghèo; năm 2025 phấn đấu 32 phụ nữ thoát nghèo.",
    "Kết quả giúp phụ nữ nghèo năm 2024\n| Chi hội | Phụ nữ nghèo được giúp | Thoát nghèo | Có việc làm mới |\n|---|---|---|---|\n| Chi hội thôn Trung | 25 | 8 | 14 |\n| Chi hội thôn Hạ | 27 | 7 | 15 |\n| Chi hội thôn Thượng | 22 | 8 | 12 |\n| Tổng cộng | 74 | 23 | 41 |\nTừ đầu nhiệm kỳ, Hội đã giúp đỡ 218 phụ nữ nghèo, 96 phụ nữ thoát nghèo và 130 phụ nữ có việc làm mới.",
    "Kết quả kiểm tra, giám sát 6 tháng đầu năm 2024 (tổ chức đảng: tổ chức; đảng viên: người):\nCấp kiểm tra\tTổ chức đảng được kiểm tra\tĐảng viên được kiểm tra\tTổ chức đảng được giám sát\tĐảng viên được giám sát\nBan Thường vụ Huyện ủy\t7\t12\t9\t16\nỦy ban Kiểm tra Huyện ủy\t6\t14\t5\t18\nCấp ủy, ủy ban kiểm tra cơ sở\t31\t66\t38\t84\nTổng cộng\t44\t92\t52\t118\nTổng hợp lại, trong 6 tháng các cấp đã kiểm tra 44 tổ chức đảng, 92 đảng viên; giám sát 52 tổ chức đảng, 118 đảng viên.",
    "Kết quả kiểm tra, giám sát 6 tháng đầu năm 2024 (tổ chức đảng: tổ chức; đảng viên: người):\nCấp kiểm tra\tTổ chức đảng được kiểm tra\tĐảng viên được kiểm tra\tTổ chức đảng được giám sát\tĐảng viên được giám sát\nBan Thường vụ Huyện ủy\t7\t12\t9\t16\nỦy ban Kiểm tra Huyện ủy\t6\t14\t5\t18\nCấp ủy, ủy ban kiểm tra cơ sở\t31\t66\t38\t84\nTổng cộng\t44\t92\t52\t118\nCùng kỳ năm 2023, các cấp đã kiểm tra 41 tổ chức đảng, 87 đảng viên; giám sát 49 tổ chức đảng, 116 đảng viên.",
    "Kết quả kiểm tra, giám sát 6 tháng đầu năm 2024 (tổ chức đảng: tổ chức; đảng viên: người):\nCấp kiểm tra\tTổ chức đảng được kiểm tra\tĐảng viên được kiểm tra\tTổ chức đảng được giám sát\tĐảng viên được giám sát\nBan Thường vụ Huyện ủy\t7\t12\t9\t16\nỦy ban Kiểm tra Huyện ủy\t6\t14\t5\t18\nCấp ủy, ủy ban kiểm tra cơ sở\t31\t66\t38\t84\nTổng cộng\t44\t92\t52\t118\nCả năm 2024, các cấp phấn đấu kiểm tra 80 tổ chức đảng, 170 đảng viên; giám sát 95 tổ chức đảng, 210 đảng viên.",
    "Kết quả xây dựng nông thôn mới của tỉnh đến năm 2024\nHuyện | Xã đạt chuẩn nông thôn mới | Xã đạt chuẩn nâng cao | Xã kiểu mẫu\nHuyện Đông Sơn | 34 | 12 | 5\nHuyện Tây Sơn | 28 | 11 | 4\nHuyện Nam Sơn | 24 | 8 | 3\nTổng cộng | 86 | 31 | 12\nNhư vậy, toàn tỉnh có 86 xã đạt chuẩn nông thôn mới, 31 xã đạt chuẩn nâng cao và 12 xã kiểu mẫu.",
    "Kết quả xây dựng nông thôn mới của tỉnh đến năm 2024\nHuyện | Xã đạt chuẩn nông thôn mới | Xã đạt chuẩn nâng cao | Xã kiểu mẫu\nHuyện Đông Sơn | 34 | 12 | 5\nHuyện Tây Sơn | 28 | 11 | 4\nHuyện Nam Sơn | 24 | 8 | 3\nTổng cộng | 86 | 31 | 12\nRiêng huyện Đông Sơn và huyện Tây Sơn có 62 xã đạt chuẩn nông thôn mới, 23 xã đạt chuẩn nâng cao và 9 xã kiểu mẫu.",
    "Kết quả xây dựng nông thôn mới của tỉnh đến năm 2024\nHuyện | Xã đạt chuẩn nông thôn mới | Xã đạt chuẩn nâng cao | Xã kiểu mẫu\nHuyện Đông Sơn | 34 | 12 | 5\nHuyện Tây Sơn | 28 | 11 | 4\nHuyện Nam Sơn | 24 | 8 | 3\nTổng cộng | 86 | 31 | 12\nKế hoạch năm 2025, toàn tỉnh có 90 xã đạt chuẩn nông thôn mới, 36 xã đạt chuẩn nâng cao và 15 xã kiểu mẫu.",
    "Kết quả giảm hộ hội viên nghèo năm 2024:\nChi hội\tHộ nghèo đầu năm\tThoát nghèo trong năm\tCòn lại\nChi hội thôn Đông\t24\t9\t15\nChi hội thôn Tây\t31\t12\t19\nCác chi hội khác\t40\t17\t23\nTổng cộng\t95\t38\t57\nIII. ĐÁNH GIÁ CHUNG\nCông tác hội có nhiều chuyển biến; Hội đã giúp 38 hộ hội viên thoát nghèo, phát huy tốt vai trò nòng cốt.",
    "Kết quả giảm hộ hội viên nghèo năm 2024:\nChi hội\tHộ nghèo đầu năm\tThoát nghèo trong năm\tCòn lại\nChi hội thôn Đông\t24\t9\t15\nChi hội thôn Tây\t31\t12\t19\nCác chi hội khác\t40\t17\t23\nTổng cộng\t95\t38\t57\nIII. ĐÁNH GIÁ CHUNG\nCông tác hội có nhiều chuyển biến; Hội còn 53 hộ hội viên nghèo chưa thoát nghèo.",
    "Kết quả giảm hộ hội viên nghèo năm 2024:\nChi hội\tHộ nghèo đầu năm\tThoát nghèo trong năm\tCòn lại\nChi hội thôn Đông\t24\t9\t15\nChi hội thôn Tây\t31\t12\t19\nCác chi hội khác\t40\t17\t23\nTổng cộng\t95\t38\t57\nNgoài ra, Hội phối hợp giúp 33 hộ hội viên thoát nghèo theo chương trình của huyện, phát huy tốt vai trò nòng cốt.",
    "Kết quả phát triển đoàn viên năm 2024\nĐơn vị | Đoàn viên đầu năm | Kết nạp mới | Chuyển đi\nĐoàn xã Hòa Bình | 210 | 56 | 12\nĐoàn xã Hòa Thuận | 185 | 49 | 9\nĐoàn khối trường học | 96 | 59 | 31\nTổng cộng | 491 | 164 | 52\nNhìn chung, công tác đoàn có nhiều khởi sắc, các cơ sở đoàn đã kết nạp mới 164 đoàn viên, tổ chức nhiều hoạt động tình nguyện.",
    "Kết quả phát triển đoàn viên năm 2024\nĐơn vị | Đoàn viên đầu năm | Kết nạp mới | Chuyển đi\nĐoàn xã Hòa Bình | 210 | 56 | 12\nĐoàn xã Hòa Thuận | 185 | 49 | 9\nĐoàn khối trường học | 96 | 59 | 31\nTổng cộng | 491 | 164 | 52\nNhìn chung, công tác đoàn có nhiều khởi sắc, so với năm 2023 đã kết nạp mới 146 đoàn viên, tăng 18 đoàn viên.",
    "Kết quả phát triển đoàn viên năm 2024\nĐơn vị | Đoàn viên đầu năm | Kết nạp mới | Chuyển đi\nĐoàn xã Hòa Bình | 210 | 56 | 12\nĐoàn xã Hòa Thuận | 185 | 49 | 9\nĐoàn khối trường học | 96 | 59 | 31\nTổng cộng | 491 | 164 | 52\nCác cơ sở đoàn đã kết nạp mới 146 đoàn viên theo đợt ra quân đầu năm, tổ chức nhiều hoạt động tình nguyện.",
    "Kết quả giảm nghèo năm 2024\n| Xã | Hộ nghèo đầu kỳ | Hộ thoát nghèo | Hộ tái nghèo | Hộ nghèo cuối kỳ |\n|---|---|---|---|---|\n| Xã Phước An | 148 | 52 | 3 | 99 |\n| Xã Phước Hòa | 126 | 47 | 2 | 81 |\n| Xã Phước Thành | 203 | 72 | 5 | 136 |\n| Tổng cộng | 477 | 171 | 10 | 316 |\nIII. ĐÁNH GIÁ CHUNG\nCông tác giảm nghèo đạt kết quả tích cực, toàn huyện có 171 hộ thoát nghèo, không để phát sinh hộ nghèo do thiên tai.",
    "Kết quả giảm nghèo năm 2024\n| Xã | Hộ nghèo đầu kỳ | Hộ thoát nghèo | Hộ tái nghèo | Hộ nghèo cuối kỳ |\n|---|---|---|---|---|\n| Xã Phước An | 148 | 52 | 3 | 99 |\n| Xã Phước Hòa | 126 | 47 | 2 | 81 |\n| Xã Phước Thành | 203 | 72 | 5 | 136 |\n| Tổng cộng | 477 | 171 | 10 | 316 |\nIII. ĐÁNH GIÁ CHUNG\nCông tác giảm nghèo đạt kết quả tích cực; đến cuối năm toàn huyện còn 316 hộ nghèo.",
    "Kết quả giảm nghèo năm 2024\n| Xã | Hộ nghèo đầu kỳ | Hộ thoát nghèo | Hộ tái nghèo | Hộ nghèo cuối kỳ |\n|---|---|---|---|---|\n| Xã Phước An | 148 | 52 | 3 | 99 |\n| Xã Phước Hòa | 126 | 47 | 2 | 81 |\n| Xã Phước Thành | 203 | 72 | 5 | 136 |\n| Tổng cộng | 477 | 171 | 10 | 316 |\nIII. ĐÁNH GIÁ CHUNG\nCông tác giảm nghèo đạt kết quả tích cực; xã Phước Thành có 72 hộ thoát nghèo, cao nhất huyện.",
    "Kết quả phát triển đảng viên năm 2024\nĐảng bộ, chi bộ\tQuần chúng học lớp cảm tình Đảng\tKết nạp đảng viên\tĐảng viên nữ được kết nạp\nĐảng bộ xã\t184\t67\t25\nCác chi bộ cơ quan\t96\t54\t21\nTổng cộng\t280\t121\t46\nTóm lại, năm 2024 toàn Đảng bộ kết nạp 121 đảng viên, đạt 105% kế hoạch.",
    "Kết quả phát triển đảng viên năm 2024\nĐảng bộ, chi bộ\tQuần chúng học lớp cảm tình Đảng\tKết nạp đảng viên\tĐảng viên nữ được kết nạp\nĐảng bộ xã\t184\t67\t25\nCác chi bộ cơ quan\t96\t54\t21\nTổng cộng\t280\t121\t46\nTóm lại, năm 2025 toàn Đảng bộ phấn đấu kết nạp 126 đảng viên.",
    "Kết quả phát triển đảng viên năm 2024\nĐảng bộ, chi bộ\tQuần chúng học lớp cảm tình Đảng\tKết nạp đảng viên\tĐảng viên nữ được kết nạp\nĐảng bộ xã\t184\t67\t25\nCác chi bộ cơ quan\t96\t54\t21\nTổng cộng\t280\t121\t46\nTóm lại, từ đầu nhiệm kỳ đến nay toàn Đảng bộ kết nạp 126 đảng viên.",
    "Kết quả hỗ trợ nhà ở cho hộ nghèo năm 2024\nXã | Nhà xây mới | Nhà sửa chữa | Kinh phí (triệu đồng)\nXã Hòa Phú | 12 | 5 | 720\nXã Hòa Lợi | 9 | 7 | 610\nXã Hòa Khánh | 14 | 4 | 800\nCộng | 35 | 16 | 2.130\nTính chung, các nguồn lực đã giúp xây mới 35 nhà cho hộ nghèo.",
    "Kết quả hỗ trợ nhà ở cho hộ nghèo năm 2024\nXã | Nhà xây mới | Nhà sửa chữa | Kinh phí (triệu đồng)\nXã Hòa Phú | 12 | 5 | 720\nXã Hòa Lợi | 9 | 7 | 610\nXã Hòa Khánh | 14 | 4 | 800\nCộng | 35 | 16 | 2.130\nTính chung, từ năm 2021 đến nay các nguồn lực đã giúp xây mới 53 nhà cho hộ nghèo.",
    "Kết quả hỗ trợ nhà ở cho hộ nghèo năm 2024\nXã | Nhà xây mới | Nhà sửa chữa | Kinh phí (triệu đồng)\nXã Hòa Phú | 12 | 5 | 720\nXã Hòa Lợi | 9 | 7 | 610\nXã Hòa Khánh | 14 | 4 | 800\nCộng | 35 | 16 | 2.130\nTính chung, kế hoạch năm 2025 sẽ xây mới 38 nhà cho hộ nghèo.",
    "Kết quả bình xét hộ sản xuất, kinh doanh giỏi năm 2024\n| Cấp | Hộ đăng ký | Hộ đạt danh hiệu |\n|---|---|---|\n| Cấp xã | 1.420 | 1.105 |\n| Cấp huyện | 310 | 246 |\n| Cấp tỉnh | 58 | 41 |\n| Tổng cộng | 1.788 | 1.392 |\nIII. ĐÁNH GIÁ CHUNG\nPhong trào nông dân sản xuất, kinh doanh giỏi tiếp tục lan tỏa, có 1.392 hộ đạt danh hiệu các cấp.",
    "Kết quả bình xét hộ sản xuất, kinh doanh giỏi năm 2024\n| Cấp | Hộ đăng ký | Hộ đạt danh hiệu |\n|---|---|---|\n| Cấp xã | 1.420 | 1.105 |\n| Cấp huyện | 310 | 246 |\n| Cấp tỉnh | 58 | 41 |\n| Tổng cộng | 1.788 | 1.392 |\nIII. ĐÁNH GIÁ CHUNG\nPhong trào nông dân sản xuất, kinh doanh giỏi tiếp tục lan tỏa; năm 2023 có 1.329 hộ đạt danh hiệu các cấp.",
    "Kết quả bình xét hộ sản xuất, kinh doanh giỏi năm 2024\n| Cấp | Hộ đăng ký | Hộ đạt danh hiệu |\n|---|---|---|\n| Cấp xã | 1.420 | 1.105 |\n| Cấp huyện | 310 | 246 |\n| Cấp tỉnh | 58 | 41 |\n| Tổng cộng | 1.788 | 1.392 |\nIII. ĐÁNH GIÁ CHUNG\nPhong trào tiếp tục lan tỏa; riêng cấp xã có 1.105 hộ đạt danh hiệu.",
    "Kết quả giải quyết đơn thư năm 2024\nĐơn vị\tĐơn tiếp nhận\tĐơn thuộc thẩm quyền\tĐơn đã giải quyết\nỦy ban Kiểm tra Huyện ủy\t28\t12\t11\nỦy ban kiểm tra cơ sở\t19\t9\t9\nTổng cộng\t47\t21\t20\nNhư vậy, tổng số đơn tiếp nhận trong năm là 47 đơn, không có đơn tồn đọng kéo dài.",
    "Kết quả giải quyết đơn thư năm 2024\nĐơn vị\tĐơn tiếp nhận\tĐơn thuộc thẩm quyền\tĐơn đã giải quyết\nỦy ban Kiểm tra Huyện ủy\t28\t12\t11\nỦy ban kiểm tra cơ sở\t19\t9\t9\nTổng cộng\t47\t21\t20\nNhư vậy, tổng số đơn tiếp nhận từ đầu nhiệm kỳ là 174 đơn, không có đơn tồn đọng kéo dài.",
    "Kết quả giải quyết đơn thư năm 2024\nĐơn vị\tĐơn tiếp nhận\tĐơn thuộc thẩm quyền\tĐơn đã giải quyết\nỦy ban Kiểm tra Huyện ủy\t28\t12\t11\nỦy ban kiểm tra cơ sở\t19\t9\t9\nTổng cộng\t47\t21\t20\nTổng số đơn tiếp nhận của Ủy ban Kiểm tra Huyện ủy trong 6 tháng đầu năm là 24 đơn.",
    "Kết quả xây dựng nhà nghĩa tình đồng đội năm 2024\nĐơn vị | Xây mới (căn) | Sửa chữa (căn) | Tổng kinh phí (triệu đồng)\nHội Cựu chiến binh xã Tân Phú | 8 | 3 | 560\nHội Cựu chiến binh xã Tân Hưng | 6 | 4 | 470\nHội Cựu chiến binh thị trấn | 7 | 2 | 520\nTổng cộng | 21 | 9 | 1.550\nIII. ĐÁNH GIÁ CHUNG\nChương trình nhà nghĩa tình đồng đội tiếp tục được quan tâm, các cấp Hội đã xây mới 21 căn nhà.",
    "Kết quả xây dựng nhà nghĩa tình đồng đội năm 2024\nĐơn vị | Xây mới (căn) | Sửa chữa (căn) | Tổng kinh phí (triệu đồng)\nHội Cựu chiến binh xã Tân Phú | 8 | 3 | 560\nHội Cựu chiến binh xã Tân Hưng | 6 | 4 | 470\nHội Cựu chiến binh thị trấn | 7 | 2 | 520\nTổng cộng | 21 | 9 | 1.550\nIII. ĐÁNH GIÁ CHUNG\nChương trình tiếp tục được quan tâm; từ năm 2022 đến nay các cấp Hội đã xây mới 27 căn nhà.",
    "Kết quả xây dựng nhà nghĩa tình đồng đội năm 2024\nĐơn vị | Xây mới (căn) | Sửa chữa (căn) | Tổng kinh phí (triệu đồng)\nHội Cựu chiến binh xã Tân Phú | 8 | 3 | 560\nHội Cựu chiến binh xã Tân Hưng | 6 | 4 | 470\nHội Cựu chiến binh thị trấn | 7 | 2 | 520\nTổng cộng | 21 | 9 | 1.550\nIII. ĐÁNH GIÁ CHUNG\nChương trình tiếp tục được quan tâm, các cấp Hội đã xây mới 21 căn, sửa chữa 9 căn, tổng cộng 30 căn nhà.",
    "Kết quả xóa mù chữ năm 2024\nXã\tNgười học xóa mù chữ\tNgười được công nhận biết chữ\nXã Đăk Pxi\t64\t52\nXã Đăk Ring\t71\t60\nXã Ngọc Lây\t49\t41\nCộng\t184\t153\nNhìn chung, công tác xóa mù chữ có chuyển biến, 153 người được công nhận biết chữ.",
    "Kết quả xóa mù chữ năm 2024\nXã\tNgười học xóa mù chữ\tNgười được công nhận biết chữ\nXã Đăk Pxi\t64\t52\nXã Đăk Ring\t71\t60\nXã Ngọc Lây\t49\t41\nCộng\t184\t153\nNhìn chung, công tác xóa mù chữ có chuyển biến; giai đoạn 2021-2024 có 535 người được công nhận biết chữ.",
    "Kết quả xóa mù chữ năm 2024\nXã\tNgười học xóa mù chữ\tNgười được công nhận biết chữ\nXã Đăk Pxi\t64\t52\nXã Đăk Ring\t71\t60\nXã Ngọc Lây\t49\t41\nCộng\t184\t153\nNhìn chung, công tác xóa mù chữ có chuyển biến; xã Đăk Ring có 60 người được công nhận biết chữ.",
    "Kết quả phát triển hội viên năm 2024\n| Cơ sở Hội | Hội viên đầu năm | Hội viên kết nạp mới | Hội viên cuối năm |\n|---|---|---|---|\n| Xã Long Hòa | 1.210 | 142 | 1.340 |\n| Xã Long Hiệp | 980 | 119 | 1.090 |\n| Xã Long Sơn | 846 | 120 | 960 |\n| Tổng cộng | 3.036 | 381 | 3.390 |\nNhư vậy, toàn Hội đã kết nạp mới 381 hội viên, hoàn thành chỉ tiêu năm.",
    "Kết quả phát triển hội viên năm 2024\n| Cơ sở Hội | Hội viên đầu năm | Hội viên kết nạp mới | Hội viên cuối năm |\n|---|---|---|---|\n| Xã Long Hòa | 1.210 | 142 | 1.340 |\n| Xã Long Hiệp | 980 | 119 | 1.090 |\n| Xã Long Sơn | 846 | 120 | 960 |\n| Tổng cộng | 3.036 | 381 | 3.390 |\nNhư vậy, toàn Hội có 3.390 hội viên; năm 2025 phấn đấu kết nạp mới 318 hội viên.",
    "Kết quả phát triển hội viên năm 2024\n| Cơ sở Hội | Hội viên đầu năm | Hội viên kết nạp mới | Hội viên cuối năm |\n|---|---|---|---|\n| Xã Long Hòa | 1.210 | 142 | 1.340 |\n| Xã Long Hiệp | 980 | 119 | 1.090 |\n| Xã Long Sơn | 846 | 120 | 960 |\n| Tổng cộng | 3.036 | 381 | 3.390 |\nNhư vậy, toàn Hội đã kết nạp mới 381 hội viên, trong đó 318 hội viên là phụ nữ trẻ.",
    "Kết quả bảo đảm trật tự an toàn giao thông năm 2024\nChỉ tiêu\tQuý I\tQuý II\tQuý III\tQuý IV\tCả năm\nVụ tai nạn giao thông (vụ)\t11\t14\t12\t13\t50\nNgười chết do tai nạn giao thông (người)\t5\t7\t6\t8\t26\nIII. ĐÁNH GIÁ CHUNG\nTình hình trật tự an toàn giao thông cơ bản được kiểm soát; trên địa bàn xảy ra 50 vụ tai nạn giao thông, làm chết 26 người.",
    "Kết quả bảo đảm trật tự an toàn giao thông năm 2024\nChỉ tiêu\tQuý I\tQuý II\tQuý III\tQuý IV\tCả năm\nVụ tai nạn giao thông (vụ)\t11\t14\t12\t13\t50\nNgười chết do tai nạn giao thông (người)\t5\t7\t6\t8\t26\nIII. ĐÁNH GIÁ CHUNG\nTình hình trật tự an toàn giao thông cơ bản được kiểm soát; 9 tháng đầu năm xảy ra 37 vụ tai nạn giao thông.",
    "Kết quả bảo đảm trật tự an toàn giao thông năm 2024\nChỉ tiêu\tQuý I\tQuý II\tQuý III\tQuý IV\tCả năm\nVụ tai nạn giao thông (vụ)\t11\t14\t12\t13\t50\nNgười chết do tai nạn giao thông (người)\t5\t7\t6\t8\t26\nIII. ĐÁNH GIÁ CHUNG\nTình hình cơ bản được kiểm soát; so với năm 2023 giảm 3 vụ tai nạn giao thông (năm 2023: 53 vụ).",
    "Kết quả công tác tổ chức đảng năm 2024 theo quý\nNội dung | Quý I | Quý II | Quý III | Quý IV | Tổng\nKết nạp đảng viên mới | 9 | 14 | 11 | 18 | 52\nChuyển đảng chính thức | 12 | 8 | 10 | 9 | 39\nĐảng viên được tặng Huy hiệu Đảng | 15 | 0 | 22 | 11 | 48\nTính chung, cả năm Đảng bộ đã kết nạp 52 đảng viên mới, chuyển đảng chính thức cho 39 đồng chí.",
    "Kết quả công tác tổ chức đảng năm 2024 theo quý\nNội dung | Quý I | Quý II | Quý III | Quý IV | Tổng\nKết nạp đảng viên mới | 9 | 14 | 11 | 18 | 52\nChuyển đảng chính thức | 12 | 8 | 10 | 9 | 39\nĐảng viên được tặng Huy hiệu Đảng | 15 | 0 | 22 | 11 | 48\nTính chung, 6 tháng đầu năm Đảng bộ đã kết nạp 23 đảng viên mới.",
    "Kết quả công tác tổ chức đảng năm 2024 theo quý\nNội dung | Quý I | Quý II | Quý III | Quý IV | Tổng\nKết nạp đảng viên mới | 9 | 14 | 11 | 18 | 52\nChuyển đảng chính thức | 12 | 8 | 10 | 9 | 39\nĐảng viên được tặng Huy hiệu Đảng | 15 | 0 | 22 | 11 | 48\nTính chung, cả năm Đảng bộ đã kết nạp 52 đảng viên mới; năm 2025 phấn đấu kết nạp 54 đảng viên mới.",
    "Kết quả hoạt động của Hội Phụ nữ năm 2024\n| Chỉ tiêu | 6 tháng đầu năm | 6 tháng cuối năm | Cả năm |\n|---|---|---|---|\n| Hội viên mới kết nạp (người) | 186 | 214 | 400 |\n| Hộ phụ nữ nghèo được hỗ trợ (hộ) | 42 | 57 | 99 |\nIV. ĐÁNH GIÁ CHUNG\nCác cấp Hội đã kết nạp 400 hội viên mới, hỗ trợ 99 hộ phụ nữ nghèo.",
    "Kết quả hoạt động của Hội Phụ nữ năm 2024\n| Chỉ tiêu | 6 tháng đầu năm | 6 tháng cuối năm | Cả năm |\n|---|---|---|---|\n| Hội viên mới kết nạp (người) | 186 | 214 | 400 |\n| Hộ phụ nữ nghèo được hỗ trợ (hộ) | 42 | 57 | 99 |\nIV. ĐÁNH GIÁ CHUNG\nCác cấp Hội đã kết nạp 400 hội viên mới, trong đó 410 hội viên được tập huấn kỹ năng.",
    "Kết quả hoạt động của Hội Phụ nữ năm 2024\n| Chỉ tiêu | 6 tháng đầu năm | 6 tháng cuối năm | Cả năm |\n|---|---|---|---|\n| Hội viên mới kết nạp (người) | 186 | 214 | 400 |\n| Hộ phụ nữ nghèo được hỗ trợ (hộ) | 42 | 57 | 99 |\nIV. ĐÁNH GIÁ CHUNG\nNăm 2023, các cấp Hội đã kết nạp 410 hội viên mới.",
    "Kết quả thi hành kỷ luật đảng năm 2024\nNội dung\t6 tháng đầu năm\t6 tháng cuối năm\tCộng\nĐảng viên bị thi hành kỷ luật\t7\t6\t13\nTổ chức đảng bị thi hành kỷ luật\t1\t0\t1\nNhư vậy, trong năm có 13 đảng viên bị thi hành kỷ luật, chủ yếu do vi phạm chính sách dân số.",
    "Kết quả thi hành kỷ luật đảng năm 2024\nNội dung\t6 tháng đầu năm\t6 tháng cuối năm\tCộng\nĐảng viên bị thi hành kỷ luật\t7\t6\t13\nTổ chức đảng bị thi hành kỷ luật\t1\t0\t1\nNhư vậy, so với năm 2023 có 15 đảng viên bị thi hành kỷ luật.",
    "Kết quả thi hành kỷ luật đảng năm 2024\nNội dung\t6 tháng đầu năm\t6 tháng cuối năm\tCộng\nĐảng viên bị thi hành kỷ luật\t7\t6\t13\nTổ chức đảng bị thi hành kỷ luật\t1\t0\t1\nNhư vậy, nhiệm kỳ qua có 15 đảng viên bị thi hành kỷ luật.",
    "Kết quả tập huấn, cho vay năm 2024\nNội dung | Đợt 1 | Đợt 2 | Tổng cộng\nHội viên được tập huấn kỹ thuật (lượt) | 1.240 | 980 | 2.220\nHộ vay vốn mới (hộ) | 86 | 64 | 150\nIII. ĐÁNH GIÁ CHUNG\nHội đã phối hợp cho 150 hộ vay vốn mới, tổ chức tập huấn cho 2.220 lượt hội viên.",
    "Kết quả tập huấn, cho vay năm 2024\nNội dung | Đợt 1 | Đợt 2 | Tổng cộng\nHội viên được tập huấn kỹ thuật (lượt) | 1.240 | 980 | 2.220\nHộ vay vốn mới (hộ) | 86 | 64 | 150\nIII. ĐÁNH GIÁ CHUNG\nHội đã phối hợp cho 150 hộ vay vốn mới; dư nợ đến nay là 156 hộ vay vốn mới và cũ.",
    "Kết quả tập huấn, cho vay năm 2024\nNội dung | Đợt 1 | Đợt 2 | Tổng cộng\nHội viên được tập huấn kỹ thuật (lượt) | 1.240 | 980 | 2.220\nHộ vay vốn mới (hộ) | 86 | 64 | 150\nIII. ĐÁNH GIÁ CHUNG\nĐợt 2 Hội đã phối hợp cho 64 hộ vay vốn mới.",
    "Kết quả xét xử năm 2024\n| Chỉ tiêu | Quý I | Quý II | Quý III | Quý IV | Cả năm |\n|---|---|---|---|---|---|\n| Vụ án hình sự đã xét xử (vụ) | 21 | 26 | 19 | 28 | 94 |\n| Bị cáo (người) | 34 | 41 | 30 | 45 | 150 |\nTóm lại, Tòa án đã xét xử 94 vụ án hình sự, bảo đảm đúng pháp luật.",
    "Kết quả xét xử năm 2024\n| Chỉ tiêu | Quý I | Quý II | Quý III | Quý IV | Cả năm |\n|---|---|---|---|---|---|\n| Vụ án hình sự đã xét xử (vụ) | 21 | 26 | 19 | 28 | 94 |\n| Bị cáo (người) | 34 | 41 | 30 | 45 | 150 |\nTóm lại, quý IV Tòa án đã xét xử 28 vụ án hình sự.",
    "Kết quả xét xử năm 2024\n| Chỉ tiêu | Quý I | Quý II | Quý III | Quý IV | Cả năm |\n|---|---|---|---|---|---|\n| Vụ án hình sự đã xét xử (vụ) | 21 | 26 | 19 | 28 | 94 |\n| Bị cáo (người) | 34 | 41 | 30 | 45 | 150 |\nTóm lại, Tòa án đã xét xử 94 vụ án hình sự, trong đó 49 vụ án hình sự xét xử lưu động.",
    "Kết quả giải quyết việc làm năm 2024\nChỉ tiêu\tQuý I\tQuý II\tQuý III\tQuý IV\tCả năm\nLao động được giải quyết việc làm mới (người)\t320\t410\t385\t445\t1.560\nLao động đi làm việc ở nước ngoài (người)\t22\t31\t18\t29\t100\nIII. ĐÁNH GIÁ CHUNG\nKinh tế tăng trưởng ổn định, đã giải quyết việc làm mới cho 1.560 lao động.",
    "Kết quả giải quyết việc làm năm 2024\nChỉ tiêu\tQuý I\tQuý II\tQuý III\tQuý IV\tCả năm\nLao động được giải quyết việc làm mới (người)\t320\t410\t385\t445\t1.560\nLao động đi làm việc ở nước ngoài (người)\t22\t31\t18\t29\t100\nIII. ĐÁNH GIÁ CHUNG\nKinh tế tăng trưởng ổn định; kế hoạch năm 2025 giải quyết việc làm mới cho 1.650 lao động.",
    "Kết quả giải quyết việc làm năm 2024\nChỉ tiêu\tQuý I\tQuý II\tQuý III\tQuý IV\tCả năm\nLao động được giải quyết việc làm mới (người)\t320\t410\t385\t445\t1.560\nLao động đi làm việc ở nước ngoài (người)\t22\t31\t18\t29\t100\nIII. ĐÁNH GIÁ CHUNG\nKinh tế tăng trưởng ổn định; bình quân mỗi quý giải quyết việc làm mới cho 390 lao động.",
    "Kết quả hoạt động tình nguyện năm 2024\nNội dung | Tháng hè | Các tháng khác | Cộng\nThanh niên tham gia tình nguyện (lượt) | 2.450 | 1.830 | 4.280\nCông trình, phần việc (công trình) | 36 | 22 | 58\nNhìn chung, phong trào thu hút 4.280 lượt thanh niên tham gia tình nguyện.",
    "Kết quả hoạt động tình nguyện năm 2024\nNội dung | Tháng hè | Các tháng khác | Cộng\nThanh niên tham gia tình nguyện (lượt) | 2.450 | 1.830 | 4.280\nCông trình, phần việc (công trình) | 36 | 22 | 58\nNhìn chung, riêng tháng hè thu hút 2.450 lượt thanh niên tham gia tình nguyện.",
    "Kết quả hoạt động tình nguyện năm 2024\nNội dung | Tháng hè | Các tháng khác | Cộng\nThanh niên tham gia tình nguyện (lượt) | 2.450 | 1.830 | 4.280\nCông trình, phần việc (công trình) | 36 | 22 | 58\nNhìn chung, năm 2023 phong trào thu hút 4.820 lượt thanh niên tham gia tình nguyện.",
    "Kết quả đào tạo, bồi dưỡng cán bộ năm 2024\n| Nội dung | Khối Đảng | Khối chính quyền | Khối đoàn thể | Tổng cộng |\n|---|---|---|---|---|\n| Cán bộ được bồi dưỡng lý luận chính trị (người) | 46 | 88 | 35 | 169 |\n| Cán bộ được bồi dưỡng chuyên môn (người) | 30 | 112 | 24 | 166 |\nIII. ĐÁNH GIÁ CHUNG\nCông tác đào tạo được quan tâm, đã có 169 cán bộ được bồi dưỡng lý luận chính trị.",
    "Kết quả đào tạo, bồi dưỡng cán bộ năm 2024\n| Nội dung | Khối Đảng | Khối chính quyền | Khối đoàn thể | Tổng cộng |\n|---|---|---|---|---|\n| Cán bộ được bồi dưỡng lý luận chính trị (người) | 46 | 88 | 35 | 169 |\n| Cán bộ được bồi dưỡng chuyên môn (người) | 30 | 112 | 24 | 166 |\nIII. ĐÁNH GIÁ CHUNG\nCông tác đào tạo được quan tâm; khối chính quyền có 88 cán bộ được bồi dưỡng lý luận chính trị.",
    "Kết quả đào tạo, bồi dưỡng cán bộ năm 2024\n| Nội dung | Khối Đảng | Khối chính quyền | Khối đoàn thể | Tổng cộng |\n|---|---|---|---|---|\n| Cán bộ được bồi dưỡng lý luận chính trị (người) | 46 | 88 | 35 | 169 |\n| Cán bộ được bồi dưỡng chuyên môn (người) | 30 | 112 | 24 | 166 |\nIII. ĐÁNH GIÁ CHUNG\nCông tác đào tạo được quan tâm; giai đoạn 2020-2024 có 796 cán bộ được bồi dưỡng lý luận chính trị.",
    "Kết quả giảm nghèo năm 2024\nXã\tHộ nghèo đầu năm\tThoát nghèo\tCòn lại\nXã A Lưới\t120\t40\t80\nXã Hồng Thủy\t98\t31\t67\nTổng cộng\t218\t71\t147\nIII. ĐÁNH GIÁ CHUNG\nCông tác giảm nghèo có nhiều tiến bộ; toàn huyện còn 141 hộ nghèo.",
    "Kết quả giảm nghèo năm 2024\nXã | Hộ nghèo đầu năm | Thoát nghèo | Còn lại\nXã Hương Lâm | 120 | 40 | 80\nXã Hương Phong | 98 | 31 | 67\nTổng cộng | 218 | 71 | 147\nIII. ĐÁNH GIÁ CHUNG\nCông tác giảm nghèo có nhiều tiến bộ, số hộ nghèo đầu năm là 212 hộ theo chuẩn mới.",
    "Kết quả thực hiện kế hoạch năm 2024\n| Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ (%) |\n|---|---|---|---|\n| Kết nạp hội viên (người) | 300 | 318 | 106,0 |\n| Thành lập tổ hợp tác (tổ) | 12 | 14 | 116,7 |\n| Tổng cộng | 312 | 332 | 106,4 |\nNhư vậy, kế hoạch đề ra kết nạp 310 hội viên.",
    "Kết quả thực hiện kế hoạch năm 2024\nChỉ tiêu\tKế hoạch\tThực hiện\nKết nạp đảng viên (người)\t150\t162\nTổng cộng\t150\t162\nNhư vậy, Đảng bộ kết nạp 158 đảng viên, vượt kế hoạch.",
    "Tỷ lệ hộ dùng nước sạch năm 2024\nXã | Số hộ | Hộ dùng nước sạch | Tỷ lệ (%)\nXã Vĩnh Lợi | 1.204 | 1.150 | 95,5\nXã Vĩnh Hưng | 980 | 921 | 94,0\nTổng cộng | 2.184 | 2.071 | 94,8\nIII. ĐÁNH GIÁ CHUNG\nToàn huyện có 2.017 hộ dùng nước sạch theo quy chuẩn mới của Bộ Y tế.",
    "Kết quả kết nạp đảng viên 2022-2024\nĐơn vị\tNăm 2022\tNăm 2023\tNăm 2024\tCộng\nĐảng bộ xã\t31\t35\t38\t104\nChi bộ cơ quan\t12\t10\t14\t36\nTổng cộng\t43\t45\t52\t140\nNhư vậy, năm 2024 Đảng bộ kết nạp 45 đảng viên, năm 2023 kết nạp 52 đảng viên.",
    "Kết quả kết nạp đảng viên 2022-2024\nĐơn vị | Năm 2022 | Năm 2023 | Năm 2024 | Cộng\nĐảng bộ xã | 31 | 35 | 38 | 104\nChi bộ cơ quan | 12 | 10 | 14 | 36\nTổng cộng | 43 | 45 | 52 | 140\nNhư vậy, ba năm qua Đảng bộ kết nạp 140 đảng viên; riêng năm 2024 kết nạp 52 đảng viên.",
    "Kết quả hoạt động của các chi hội năm 2024\n| Chi hội | Hội viên | Hội viên vay vốn | Hộ khá, giàu |\n|---|---|---|---|\n| Chi hội 1 | 84 | 31 | 12 |\n| Chi hội 2 | 76 | 28 | 10 |\n| Chi hội 3 | 91 | 35 | 14 |\n| Cộng | 251 | 94 | 36 |\nNhư vậy, chi hội 3 có 91 hội viên, 35 hội viên vay vốn, 14 hộ khá, giàu.",
    "Kết quả hoạt động năm 2024\nĐơn vị\tKết nạp hội viên\tHộ vay vốn\tTổ hợp tác\nXã Tân An\t42\t60\t3\nXã Tân Bình\t38\t54\t2\nCộng\t80\t114\t5\nNhư vậy, các cấp Hội kết nạp 80 hội viên; từ đầu nhiệm kỳ có 141 hộ vay vốn, 15 tổ hợp tác.",
    "Kết quả hoạt động năm 2024\nĐơn vị | Kết nạp hội viên | Hộ vay vốn | Tổ hợp tác\nXã Tân An | 42 | 60 | 3\nXã Tân Bình | 38 | 54 | 2\nCộng | 80 | 114 | 5\nNhư vậy, các cấp Hội kết nạp 80 hội viên, trong đó 14 hội viên là đồng bào dân tộc, 5 tổ hợp tác.",
    "Kết quả công tác dân số năm 2024\n| Xã | Trẻ sinh ra | Trẻ là con thứ ba trở lên | Tỷ số giới tính khi sinh |\n|---|---|---|---|\n| Xã Đức Hòa | 142 | 18 | 112 |\n| Xã Đức Lân | 120 | 15 | 110 |\n| Tổng cộng | 262 | 33 | 111 |\nIII. ĐÁNH GIÁ CHUNG\nCông tác dân số có chuyển biến, số trẻ sinh ra là 226 trẻ, giảm so với năm trước.",
    "Kết quả thu ngân sách năm 2024 (triệu đồng)\nNguồn thu\tDự toán\tThực hiện\nThu thuế\t12.400\t13.150\nThu phí, lệ phí\t2.100\t2.380\nTổng cộng\t14.500\t15.530\nIII. ĐÁNH GIÁ CHUNG\nTổng thu ngân sách đạt 15.350 triệu đồng, vượt dự toán.",
    "Kết quả kiểm tra năm 2024\nChủ thể | Kiểm tra tổ chức đảng | Kiểm tra đảng viên | Giám sát đảng viên\nBan Thường vụ | 4 | 9 | 12\nỦy ban Kiểm tra | 5 | 11 | 14\nTổng cộng | 9 | 20 | 26\nNhư vậy, Ủy ban Kiểm tra đã kiểm tra 5 tổ chức đảng, 11 đảng viên, giám sát 14 đảng viên; Ban Thường vụ kiểm tra 4 tổ chức đảng, 9 đảng viên, giám sát 12 đảng viên.",
    "Kết quả kiểm tra năm 2024\nChủ thể\tKiểm tra tổ chức đảng\tKiểm tra đảng viên\tGiám sát đảng viên\nBan Thường vụ\t4\t9\t21\nỦy ban Kiểm tra\t5\t11\t14\nTổng cộng\t9\t20\t35\nNhư vậy, Ban Thường vụ đã giám sát 21 đảng viên, Ủy ban Kiểm tra giám sát 14 đảng viên; hai cơ quan giám sát 35 đảng viên.",
    "Kết quả xây dựng đời sống văn hóa năm 2024\nXã\tHộ gia đình\tGia đình văn hóa\tThôn văn hóa\nXã Quảng Phú\t2.410\t2.205\t9\nXã Quảng Thọ\t1.980\t1.812\t8\nCộng\t4.390\t4.017\t17\nIII. ĐÁNH GIÁ CHUNG\nPhong trào toàn dân đoàn kết xây dựng đời sống văn hóa được duy trì; 4.071 gia đình đạt gia đình văn hóa 3 năm liền.",
    "Kết quả sinh hoạt chi bộ năm 2024\n| Loại chi bộ | Số chi bộ | Sinh hoạt đủ 12 kỳ | Sinh hoạt chuyên đề |\n|---|---|---|---|\n| Chi bộ thôn | 14 | 14 | 42 |\n| Chi bộ cơ quan, trường học | 9 | 9 | 27 |\n| Tổng cộng | 23 | 23 | 69 |\nNhư vậy, 23 chi bộ đều sinh hoạt đủ 12 kỳ, mỗi chi bộ sinh hoạt chuyên đề ít nhất 3 lần, có 96 lượt cấp ủy viên dự sinh hoạt.",
    "Kết quả tuyển quân năm 2024\nXã | Thanh niên khám tuyển | Đủ điều kiện | Nhập ngũ\nXã Hải An | 84 | 41 | 22\nXã Hải Ba | 76 | 37 | 19\nTổng cộng | 160 | 78 | 41\nIII. ĐÁNH GIÁ CHUNG\nCông tác tuyển quân hoàn thành 100% chỉ tiêu; có 14 thanh niên tình nguyện nhập ngũ, trong đó 41 thanh niên đã tốt nghiệp trung học phổ thông.",
    "Kết quả tiêm chủng năm 2024\nXã\tTrẻ trong diện tiêm\tTrẻ được tiêm đủ mũi\nXã Vạn Thắng\t312\t301\nXã Vạn Bình\t286\t274\nTổng cộng\t598\t575\nIII. ĐÁNH GIÁ CHUNG\nCông tác y tế dự phòng được chú trọng; 557 trẻ được tiêm đủ mũi tại trạm y tế, số còn lại tiêm tại bệnh viện huyện.",
    "Kết quả hoạt động năm 2024\n| Chỉ tiêu | Quý I | Quý II | Quý III | Quý IV | Cả năm |\n|---|---|---|---|---|---|\n| Buổi tuyên truyền pháp luật (buổi) | 12 | 15 | 11 | 14 | 52 |\n| Người nghe tuyên truyền (lượt) | 820 | 1.040 | 760 | 905 | 3.525 |\nIII. ĐÁNH GIÁ CHUNG\nCông tác tuyên truyền được đẩy mạnh, bình quân mỗi tháng tổ chức 5 buổi tuyên truyền pháp luật với 294 lượt người nghe.",
    "Kết quả hoạt động năm 2024\nChỉ tiêu | Quý I | Quý II | Quý III | Quý IV | Cả năm\nBuổi tuyên truyền pháp luật (buổi) | 12 | 15 | 11 | 14 | 52\nNgười nghe tuyên truyền (lượt) | 820 | 1.040 | 760 | 905 | 3.525\nIII. ĐÁNH GIÁ CHUNG\nCông tác tuyên truyền được đẩy mạnh với 52 buổi tuyên truyền pháp luật, thu hút 3.525 lượt người nghe.",
    "Kết quả giải quyết đơn năm 2024\nĐơn vị\tĐơn tiếp nhận\tĐơn đã giải quyết\nPhòng Tư pháp\t24\t22\nThanh tra huyện\t31\t29\nTổng cộng\t55\t51\nIV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\nTiếp tục giải quyết dứt điểm 57 đơn tiếp nhận còn tồn đọng từ các năm trước.",
    "Kết quả tập huấn năm 2024\nĐơn vị | Lớp tập huấn | Hội viên tham dự\nXã Cam Hiệp | 6 | 240\nXã Cam Thành | 5 | 210\nTổng cộng | 11 | 450\nNhư vậy, các lớp tập huấn thu hút 450 hội viên tham dự; ngoài ra có 45 hội viên tham dự các lớp của tỉnh.",
    "Kết quả kết nạp đoàn viên năm 2023\nĐơn vị\tKết nạp mới\tChuyển đi\nĐoàn xã\t96\t22\nĐoàn trường học\t62\t18\nTổng cộng\t158\t40\n\nKết quả kết nạp đoàn viên năm 2024\nĐơn vị\tKết nạp mới\tChuyển đi\nĐoàn xã\t104\t25\nĐoàn trường học\t67\t19\nTổng cộng\t171\t44\nNhìn chung, các cơ sở đoàn đã kết nạp mới 171 đoàn viên.",
    "Kết quả giảm nghèo ở 3 xã điểm năm 2024\nXã | Hộ nghèo đầu năm | Hộ thoát nghèo\nXã Ea Bar | 88 | 22\nXã Ea Sar | 74 | 19\nXã Cư Elang | 81 | 23\nTổng cộng | 243 | 64\nIII. ĐÁNH GIÁ CHUNG\nCông tác giảm nghèo chuyển biến rõ; toàn huyện có 71 hộ thoát nghèo.",
    "Kết quả xây dựng mô hình ở một số chi hội tiêu biểu\n| Chi hội | Mô hình kinh tế | Hội viên tham gia |\n|---|---|---|\n| Chi hội 2 | 7 | 42 |\n| Chi hội 5 | 6 | 39 |\n| Chi hội 8 | 5 | 31 |\n| Cộng | 18 | 112 |\nNhư vậy, Hội đã xây dựng 21 mô hình kinh tế, thu hút hội viên tham gia.",
    "Kết quả hoạt động của các cấp Hội năm 2024\nĐơn vị | Kết nạp hội viên | Thành lập chi hội nghề nghiệp | Ra mắt tổ hợp tác\nHội Nông dân xã Phú Lâm | 42 | 3 | 2\nHội Nông dân xã Phú Hòa | 51 | 4 | 3\nHội Nông dân thị trấn | 35 | 2 | 5\nCộng | 128 | 9 | 10\nNhư vậy, năm 2024 kết nạp 128 hội viên, thành lập 9 chi hội nghề nghiệp; năm 2023 ra mắt 12 tổ hợp tác.",
    "Kết quả hoạt động năm 2024\nChỉ tiêu\tQuý I\tQuý II\tQuý III\tQuý IV\tCả năm\nBuổi tuyên truyền pháp luật (buổi)\t12\t15\t11\t14\t52\nNgười nghe tuyên truyền (lượt)\t820\t1.040\t760\t905\t3.525\nIII. ĐÁNH GIÁ CHUNG\nCông tác tuyên truyền được đẩy mạnh, đã tổ chức 56 buổi tuyên truyền pháp luật cho học sinh các trường.",
    "Kết quả giảm nghèo năm 2024\nChi hội | Hộ nghèo đầu năm | Thoát nghèo trong năm\nChi hội 1 | 30 | 11\nChi hội 2 | 27 | 9\nTổng cộng | 57 | 20\nIII. ĐÁNH GIÁ CHUNG\nHội phối hợp giúp 22 hộ thoát nghèo thuộc diện chính sách của huyện.",
    "Kết quả giải quyết đơn thư năm 2024\nĐơn vị\tĐơn tiếp nhận\tĐơn đủ điều kiện\nXã Tân Lập\t46\t31\nXã Tân Hòa\t39\t27\nTổng cộng\t85\t58\nTính chung, tiếp nhận 85 đơn, 58 đơn đủ điều kiện, đã giải quyết 52 đơn.",
    "1. Hội Nông dân xã Tân Hiệp\nChi hội\tHộ nghèo đầu năm\tThoát nghèo trong năm\nChi hội Ấp 1\t40\t16\nChi hội Ấp 2\t38\t14\nTổng cộng\t78\t30\n2. Hội Nông dân xã Tân Hòa\nChi hội\tHộ nghèo đầu năm\tThoát nghèo trong năm\nChi hội Ấp 3\t9\t2\nChi hội Ấp 4\t6\t1\nTổng cộng\t15\t3\nIII. ĐÁNH GIÁ CHUNG\nHai xã đã giúp 33 hộ thoát nghèo, vượt mục tiêu đề ra.",
    "Dự kiến phân bổ chỉ tiêu năm 2025\nĐơn vị | Kết nạp hội viên | Hộ thoát nghèo\nXã Mỹ An | 60 | 12\nXã Mỹ Lợi | 55 | 10\nTổng cộng | 115 | 22\nIII. ĐÁNH GIÁ CHUNG\nCác cấp Hội đã kết nạp 108 hội viên, giúp 20 hộ thoát nghèo.",
    "Kết quả phát triển đoàn viên năm 2024\n| Đơn vị | Kết nạp mới | Chuyển đi |\n|---|---|---|\n| Đoàn xã Hòa Bình | 82 | 12 |\n| Đoàn xã Hòa Thuận | 82 | 9 |\n| Tổng cộng | 164 | 21 |\nNhìn chung, đã kết nạp mới 171 đoàn viên (kể cả 7 đoàn viên ở Đoàn khối lực lượng vũ trang).",
    "Kết quả phát triển hội viên năm 2024\nCơ sở Hội\tHội viên kết nạp mới\tHội viên cuối năm\nXã Long Hòa\t142\t1.340\nXã Long Hiệp\t119\t1.090\nTổng cộng\t261\t2.430\nNhư vậy, toàn Hội đã kết nạp mới khoảng 270 hội viên.",
    "Kết quả phát triển hội viên năm 2024\nCơ sở Hội | Hội viên kết nạp mới | Hội viên cuối năm\nXã Long Hòa | 142 | 1.340\nXã Long Hiệp | 119 | 1.090\nTổng cộng | 261 | 2.430\nNhư vậy, toàn Hội đã kết nạp mới hơn 250 hội viên.",
    "Kết quả giảm nghèo năm 2024\n| Chi hội | Hộ nghèo đầu năm | Thoát nghèo trong năm |\n|---|---|---|\n| Chi hội 1 | 30 | 11 |\n| Chi hội 2 | 27 | 9 |\n| Tổng cộng | 57 | 20 |\nIII. ĐÁNH GIÁ CHUNG\nLũy kế từ đầu nhiệm kỳ, Hội đã giúp 23 hộ thoát nghèo.",
]


@pytest.mark.parametrize(("text", "figures"), PLANTED + DEV_CAUGHT)
def test_table_figure_slip_found(text: str, figures: list[float]) -> None:
    checks = checks_of(text, "repeat")
    assert told(checks, "repeat", "inconsistent", figures), [
        (c.verdict, c.figures, c.why) for c in checks
    ]


@pytest.mark.parametrize(("text", "figures"), DEV_CAUGHT)
def test_table_figure_slip_explained(text: str, figures: list[float]) -> None:
    (c,) = told(checks_of(text, "repeat"), "repeat", "inconsistent", figures)
    assert "(table)" in c.why and "≠" in c.why and "≠" in c.why_vi
    assert "\n" not in c.why + c.why_vi


@pytest.mark.parametrize(("text", "value"), CONFIRMED)
def test_grand_total_restated_confirmed(text: str, value: float) -> None:
    checks = checks_of(text, "repeat")
    assert told(checks, "repeat", "consistent", [value, value]), [
        (c.verdict, c.figures, c.why) for c in checks
    ]
    assert alarms(text) == []


@pytest.mark.parametrize("text", CLEAN)
def test_clean_table_restatements_silent(text: str) -> None:
    assert alarms(text) == []
