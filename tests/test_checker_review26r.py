"""White-box review 26r of the twenty-sixth session's two readings (our own passages): a table
line short of its total while a sibling line over the same cells adds up exactly
(``part_whole._emit_lines``), and a total referred back by a bare "Trong"/"Phân tích"
(``repeat._referred_back``). Planted slips of both shapes must be told inconsistent; the clean
passages below stand for the guards the review added (121 clean passages in all, in
tests/battery/battery_zzzz_l26r.jsonl) and must stay silent.

Planted: 25 written, 20 found. The 5 missed (also missed before the review):
  - part_whole: a row of 'Đợt 3/2 … Đợt 7/11' columns is no known split of its 'Tổng số' (fit only)
  - part_whole: a '|'-framed table under a '|---|' rule yields no table check at all
  - part_whole: a 'Tổng 4 năm' head is no total head the reading knows
  - repeat: 'Huy hiệu 30 năm 98, …' is not read as the parts of 214
  - repeat: 17 = 12 + 4 + 1, some of the parts: silent by design
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

# (kind, text, figures as stated)
PLANTED = [
    (
        "part_whole",
        (
            "Kết quả phát triển hội viên năm 2024:\n"
            "\n"
            "Đoàn thể\tKế hoạch\tKết nạp mới\n"
            "Hội Nông dân\t600\t645\n"
            "Hội Liên hiệp Phụ nữ\t500\t518\n"
            "Đoàn Thanh niên\t1.000\t1.102\n"
            "Hội Cựu chiến binh\t150\t186\n"
            "Tổng cộng\t2.250\t2.541\n"
        ),
        [2541, 645, 518, 1102, 186],
    ),
    (
        "part_whole",
        (
            "Số đơn thư tiếp nhận qua các quý năm 2024:\n"
            "\n"
            "Nội dung\tQuý I\tQuý II\tQuý III\tQuý IV\tCả năm\n"
            "Đơn khiếu nại\t9\t12\t8\t11\t40\n"
            "Đơn tố cáo\t5\t7\t4\t6\t22\n"
            "Đơn kiến nghị, phản ánh\t30\t28\t35\t31\t128\n"
        ),
        [128, 30, 28, 35, 31],
    ),
    (
        "part_whole",
        (
            "Vốn huy động xây dựng nông thôn mới (đơn vị: tỷ đồng):\n"
            "\n"
            "Nguồn\t2022\t2023\t2024\tTổng\n"
            "Ngân sách tỉnh\t18,4\t22,6\t25,1\t66,1\n"
            "Ngân sách huyện\t7,2\t8,5\t9,4\t25,1\n"
            "Nhân dân đóng góp\t5,6\t6,3\t7,0\t19,8\n"
        ),
        [19.8, 5.6, 6.3, 7.0],
    ),
    (
        "part_whole",
        (
            "Kết quả kiểm tra của cấp ủy các cấp năm 2024:\n"
            "\n"
            "Cấp thực hiện\tSố cuộc\tSố tổ chức đảng\tSố đảng viên\n"
            "Cấp huyện\t14\t22\t61\n"
            "Cấp cơ sở\t85\t97\t312\n"
            "Chi bộ\t206\t31\t418\n"
            "Tổng cộng\t305\t150\t805\n"
        ),
        [805, 61, 312, 418],
    ),
    (
        "part_whole",
        (
            "Kết quả đánh giá, xếp loại chất lượng đảng viên theo năm:\n"
            "\n"
            "Năm\tTổng số\tHoàn thành xuất sắc nhiệm vụ\tHoàn thành tốt nhiệm vụ\tHoàn thành nhiệm vụ\tKhông hoàn thành nhiệm vụ\n"
            "2023\t2.415\t318\t1.802\t271\t24\n"
            "2024\t2.486\t342\t1.851\t255\t18\n"
        ),
        [2486, 342, 1851, 255, 18],
    ),
    (
        "part_whole",
        (
            "Số hộ thoát nghèo theo xã (đơn vị: hộ):\n"
            "\n"
            "Xã\tHộ nghèo đầu năm\tThoát nghèo\tHộ nghèo cuối năm\n"
            "Xã Tân Phú\t142\t58\t84\n"
            "Xã Phú Lộc\t96\t41\t55\n"
            "Thị trấn\t38\t19\t19\n"
            "Xã Long Sơn\t75\t30\t45\n"
            "Cộng\t351\t148\t209\n"
        ),
        [209, 84, 55, 19, 45],
    ),
    (
        "part_whole",
        (
            "Thu ngân sách xã qua các quý năm 2024 (đơn vị: triệu đồng):\n"
            "\n"
            "Nội dung\tQuý I\tQuý II\tQuý III\tQuý IV\tCả năm\n"
            "Thu phí, lệ phí\t85\t92\t78\t110\t365\n"
            "Thu từ quỹ đất công ích\t140\t96\t120\t210\t580\n"
            "Thu đóng góp tự nguyện\t42\t38\t51\t60\t191\n"
        ),
        [580, 140, 96, 120, 210],
    ),
    (
        "part_whole",
        (
            "Kết quả giải quyết đơn thư khiếu nại, tố cáo năm 2024:\n"
            "\n"
            "Loại đơn\tTổng số\tĐã giải quyết\tĐang giải quyết\n"
            "Khiếu nại\t34\t29\t5\n"
            "Tố cáo\t18\t15\t3\n"
            "Kiến nghị, phản ánh\t72\t70\t2\n"
            "Tổng cộng\t124\t120\t10\n"
        ),
        [120, 29, 15, 70],
    ),
    (
        "part_whole",
        (
            "Số lượt cán bộ đi cơ sở nắm tình hình nhân dân:\n"
            "\n"
            "Cơ quan\tQuý I\tQuý II\tQuý III\tQuý IV\tCả năm\n"
            "Ban Dân vận\t24\t31\t28\t26\t109\n"
            "Mặt trận Tổ quốc\t36\t40\t38\t42\t166\n"
            "Hội Nông dân\t18\t22\t25\t20\t85\n"
        ),
        [166, 36, 40, 38, 42],
    ),
    (
        "part_whole",
        (
            "Kết quả tuyển quân năm 2025 theo xã:\n"
            "\n"
            "Đơn vị\tChỉ tiêu\tThực hiện\tTrong đó đảng viên\n"
            "Xã An Phú\t18\t18\t2\n"
            "Xã An Hòa\t15\t16\t1\n"
            "Xã Long Điền\t21\t21\t3\n"
            "Thị trấn\t12\t12\t1\n"
            "Tổng cộng\t66\t69\t7\n"
        ),
        [69, 18, 16, 21, 12],
    ),
    (
        "repeat",
        (
            "Năm 2024, các cấp ủy, ủy ban kiểm tra đã thi hành kỷ luật 24 đảng viên, gồm khiển trách 15, cảnh cáo 6, cách chức 1, khai trừ 2. Nội dung vi phạm chủ yếu về đất đai. Trong 26 đảng viên bị kỷ luật có 5 đồng chí là cấp ủy viên cơ sở."
        ),
        [24, 26],
    ),
    (
        "repeat",
        (
            "Đảng bộ huyện kết nạp 96 đảng viên mới: khối xã 61, khối cơ quan 27, khối lực lượng vũ trang 8. Phân tích 98 đảng viên được kết nạp cho thấy 72,9% có trình độ cao đẳng trở lên."
        ),
        [96, 98],
    ),
    (
        "repeat",
        (
            "Các cấp đã thi hành kỷ luật 33 đảng viên: khiển trách 20, cảnh cáo 8, cách chức 2, khai trừ 3. So với cùng kỳ giảm 5 trường hợp.\n"
            "\n"
            "Trong 31 đảng viên bị kỷ luật trong năm có 7 đồng chí là cán bộ, công chức."
        ),
        [33, 31],
    ),
    (
        "repeat",
        (
            "Cấp ủy các cấp kiểm tra 48 chi bộ: chi bộ thôn 27, chi bộ cơ quan 14, chi bộ trường học 7. Nội dung tập trung vào việc thực hiện quy chế làm việc. Trong 46 chi bộ được kiểm tra, có 5 chi bộ còn hạn chế về ghi biên bản."
        ),
        [48, 46],
    ),
    (
        "repeat",
        (
            "Năm 2024, các cấp kết nạp 84 đảng viên mới, gồm khối xã 56, khối cơ quan 20, khối lực lượng vũ trang 8. Công tác tạo nguồn được quan tâm. Trong 86 đảng viên được kết nạp có 29 đồng chí là đoàn viên thanh niên."
        ),
        [84, 86],
    ),
    (
        "repeat",
        (
            "Ủy ban kiểm tra các cấp đã thi hành kỷ luật 40 đảng viên: khiển trách 25, cảnh cáo 10, cách chức 2, khai trừ 3.\n"
            "- Phân tích 42 đảng viên bị kỷ luật cho thấy vi phạm chủ yếu về chính sách dân số."
        ),
        [40, 42],
    ),
    (
        "repeat",
        (
            "Trong quý, các cấp thi hành kỷ luật 12 đảng viên: khiển trách 7, cảnh cáo 3, khai trừ 2. Trong 11 đảng viên bị kỷ luật trong quý có 4 đồng chí là cán bộ cấp xã."
        ),
        [12, 11],
    ),
    (
        "repeat",
        (
            "Năm 2024 cấp ủy các cấp giám sát 96 đảng viên: cấp ủy viên 30, đảng viên là cán bộ quản lý 42, đảng viên khác 24. Qua giám sát đã kịp thời nhắc nhở, chấn chỉnh. Trong 94 đảng viên được giám sát có 3 đồng chí chưa thực hiện tốt quy định nêu gương."
        ),
        [96, 94],
    ),
    (
        "repeat",
        (
            "Năm 2024, toàn Đảng bộ kết nạp 142 đảng viên, trong đó khối xã 98, khối cơ quan 31, khối doanh nghiệp 13. Trong 140 đảng viên được kết nạp có 41 đồng chí là đoàn viên thanh niên, 18 đồng chí là người có đạo."
        ),
        [142, 140],
    ),
    (
        "repeat",
        (
            "Ủy ban kiểm tra các cấp kiểm tra dấu hiệu vi phạm 24 đảng viên: cấp tỉnh 4, cấp huyện 9, cấp cơ sở 11.\n"
            "\n"
            "Trong 22 đảng viên được kiểm tra có 19 đồng chí có vi phạm, phải thi hành kỷ luật 12 đồng chí."
        ),
        [24, 22],
    ),
]


@pytest.mark.parametrize("kind,text,figures", PLANTED)
def test_planted_slip_is_told(kind: str, text: str, figures: list[float]) -> None:
    checks = checks_of(text, kind)
    assert told(checks, kind, "inconsistent", figures), [(c.verdict, c.figures) for c in checks]


# the review's guards: (what, clean text); each was an alarm before the review
SILENT = [
    (
        "a note after a blank line giving the gap in two counts (3 + 2 = 5)",
        (
            "Kết quả đánh giá, xếp loại chất lượng đảng viên năm 2024 theo đảng bộ:\n"
            "\n"
            "Đảng bộ\tTổng số\tHoàn thành xuất sắc nhiệm vụ\tHoàn thành tốt nhiệm vụ\tHoàn thành nhiệm vụ\tKhông hoàn thành nhiệm vụ\n"
            "Xã Tân Phú\t186\t24\t138\t20\t4\n"
            "Xã Tân Hòa\t147\t19\t104\t17\t2\n"
            "Thị trấn\t215\t31\t160\t21\t3\n"
            "\n"
            "Xã Tân Hòa có 3 đồng chí mới chuyển sinh hoạt đến, 2 đồng chí mới kết nạp chưa đủ thời gian nên chưa đánh giá.\n"
        ),
    ),
    (
        "a note in the table's title",
        (
            "Kết quả kết nạp đảng viên theo quý năm 2024 (cột cả năm tính cả 6 đảng viên kết nạp tại Đảng bộ Quân sự huyện, không chia theo quý):\n"
            "\n"
            "Nội dung\tQuý I\tQuý II\tQuý III\tQuý IV\tCả năm\n"
            "Đảng viên kết nạp\t21\t34\t18\t29\t108\n"
            "Quần chúng được học lớp cảm tình Đảng\t40\t52\t35\t48\t175\n"
        ),
    ),
    (
        "a note in the total column's head",
        (
            "Đơn thư tiếp nhận qua các quý năm 2024:\n"
            "\n"
            "Nội dung\tQuý I\tQuý II\tQuý III\tQuý IV\tCả năm (kể cả đơn kỳ trước chuyển sang)\n"
            "Đơn thư tiếp nhận\t14\t18\t11\t15\t62\n"
            "Đơn thư đã giải quyết\t12\t15\t10\t13\t50\n"
        ),
    ),
    (
        "a note in the total row's label",
        (
            "Kết quả thu ngân sách trên địa bàn (đơn vị: triệu đồng):\n"
            "\n"
            "Nội dung\tDự toán\tThực hiện\n"
            "Thu thuế, phí\t8.200\t8.650\n"
            "Thu tiền sử dụng đất\t12.000\t11.300\n"
            "Thu khác\t1.500\t1.720\n"
            "Tổng thu (gồm cả thu kết dư năm trước)\t21.700\t22.670\n"
        ),
    ),
    (
        "the rest exempt, told without a number",
        (
            "Kết quả phân loại đảng viên qua các năm:\n"
            "\n"
            "Năm\tTổng số\tHoàn thành xuất sắc nhiệm vụ\tHoàn thành tốt nhiệm vụ\tHoàn thành nhiệm vụ\tKhông hoàn thành nhiệm vụ\n"
            "2022\t1.640\t221\t1.195\t210\t14\n"
            "2023\t1.702\t236\t1.240\t208\t9\n"
            "\n"
            "Số đảng viên còn lại của năm 2023 được miễn đánh giá do tuổi cao, sức yếu.\n"
        ),
    ),
    (
        "figures revised after the quarters were reported",
        (
            "Thu ngân sách xã qua các quý năm 2024 (đơn vị: triệu đồng):\n"
            "\n"
            "Nội dung\tQuý I\tQuý II\tQuý III\tQuý IV\tCả năm\n"
            "Thu phí, lệ phí\t85\t92\t78\t110\t365\n"
            "Thu từ quỹ đất công ích\t140\t96\t120\t210\t580\n"
            "Thu đóng góp tự nguyện\t42\t38\t51\t60\t191\n"
            "\n"
            "Số liệu cả năm đã được điều chỉnh theo báo cáo quyết toán ngân sách xã.\n"
        ),
    ),
    (
        "the gap as an amount written in the table's scale (15 triệu đồng)",
        (
            "Tình hình thu hồi nợ quá hạn (đơn vị: triệu đồng):\n"
            "\n"
            "Chương trình\tQuý I\tQuý II\tQuý III\tQuý IV\tCả năm\n"
            "Hộ nghèo\t120\t145\t98\t132\t510\n"
            "Hộ cận nghèo\t86\t102\t74\t95\t357\n"
            "Giải quyết việc làm\t54\t61\t48\t70\t233\n"
            "\n"
            "Cả năm của chương trình hộ nghèo có 15 triệu đồng thu hồi theo quyết định xử lý nợ rủi ro, không thuộc số thu theo quý.\n"
        ),
    ),
    (
        "a proposal, not the event done",
        (
            "Ủy ban kiểm tra các cấp đề nghị thi hành kỷ luật 29 đảng viên: khiển trách 17, cảnh cáo 8, cách chức 1, khai trừ 3. Trong 27 đảng viên bị kỷ luật có 4 đồng chí là cấp ủy viên cấp cơ sở, 2 trường hợp còn lại đang xem xét."
        ),
    ),
    (
        "a plan, not the event done",
        (
            "Trong năm, các tổ chức cơ sở đảng dự kiến kết nạp 110 đảng viên: khối xã 70, khối cơ quan 30, khối lực lượng vũ trang 10. Trong 104 đảng viên được kết nạp có 33 đồng chí là đoàn viên thanh niên."
        ),
    ),
    (
        "the parts belong to another verb",
        (
            "Năm 2024, cấp ủy các cấp kiểm tra 70 tổ chức đảng, giám sát chuyên đề 64 chi bộ: chi bộ thôn 38, chi bộ cơ quan 17, chi bộ trường học 9. Trong 66 chi bộ được kiểm tra, có 5 chi bộ còn hạn chế trong việc ghi biên bản."
        ),
    ),
    (
        "a running span against the year",
        (
            "Từ đầu nhiệm kỳ đến nay, các cấp đã thi hành kỷ luật 30 đảng viên: khiển trách 18, cảnh cáo 7, cách chức 2, khai trừ 3. Trong 28 đảng viên bị kỷ luật trong năm có 4 đồng chí là cấp ủy viên."
        ),
    ),
    (
        "a year against a quarter",
        (
            "Năm 2024, các cấp ủy đã thi hành kỷ luật 30 đảng viên: khiển trách 18, cảnh cáo 7, cách chức 2, khai trừ 3. Trong 28 đảng viên bị kỷ luật trong quý có 5 đồng chí vi phạm về tài chính, số còn lại bị kỷ luật ở các quý trước."
        ),
    ),
    (
        "the later count stated in between, in another noun",
        (
            "Năm 2024, toàn Đảng bộ kết nạp 142 đảng viên, trong đó khối xã 98, khối cơ quan 31, khối doanh nghiệp 13. Ở cấp xã, số đảng viên được kết nạp là 138 người tính cả các chi bộ thôn mới thành lập. Trong 138 đảng viên được kết nạp có 41 đồng chí là đoàn viên thanh niên."
        ),
    ),
    (
        "the later count stated in between",
        (
            "Ủy ban kiểm tra các cấp đã thi hành kỷ luật 31 đảng viên: khiển trách 19, cảnh cáo 8, cách chức 1, khai trừ 3. Riêng các chi bộ trực thuộc Đảng ủy Khối cơ quan đã xem xét, thi hành kỷ luật 29 đảng viên vi phạm. Trong 29 đảng viên bị kỷ luật có 6 đồng chí là công chức."
        ),
    ),
    (
        "a heading naming another year",
        (
            "Năm 2023, các cấp thi hành kỷ luật 26 đảng viên: khiển trách 16, cảnh cáo 6, cách chức 1, khai trừ 3.\n"
            "\n"
            "Kết quả năm 2024\n"
            "Trong 24 đảng viên bị kỷ luật có 3 đồng chí là cấp ủy viên; vi phạm chủ yếu về đất đai."
        ),
    ),
    (
        "a heading naming another body",
        (
            "Ủy ban kiểm tra các cấp trong tỉnh thi hành kỷ luật 47 đảng viên: khiển trách 28, cảnh cáo 12, cách chức 3, khai trừ 4.\n"
            "\n"
            "b) Ủy ban Kiểm tra Tỉnh ủy\n"
            "\n"
            "Trong 45 đảng viên bị kỷ luật có 9 đồng chí thuộc diện Ban Thường vụ Tỉnh ủy quản lý."
        ),
    ),
    (
        "a heading naming a wider count",
        (
            "Các cấp đã thi hành kỷ luật 16 đảng viên, gồm khiển trách 10, cảnh cáo 4, cách chức 1, khai trừ 1.\n"
            "\n"
            "Số liệu tính chung cả hai cấp\n"
            "Trong 18 đảng viên bị kỷ luật có 2 trường hợp bị khai trừ."
        ),
    ),
    (
        "a document and its year named before the lead",
        (
            "Các cấp đã thi hành kỷ luật 22 đảng viên: khiển trách 14, cảnh cáo 5, khai trừ 3. Báo cáo tổng kết năm 2023 đã chỉ ra: trong 21 đảng viên bị kỷ luật có 8 trường hợp vi phạm về đất đai."
        ),
    ),
]


@pytest.mark.parametrize("what,text", SILENT)
def test_guarded_passage_is_silent(what: str, text: str) -> None:
    assert alarms(text) == [], what
