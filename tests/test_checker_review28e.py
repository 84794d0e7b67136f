"""White-box review r28e (twenty-eighth session) of the table-slip reading
(``repeat._table_figure_differs``, ``_row_in_order``, ``_summed_restated``), our own passages.

The reading tells a table's figure restated in the prose with another value: (a) a row restated
cell by cell in column order with one odd count; (b) a summary naming a total-row column or a
whole-period row and giving another count a slip's distance away. On 104 clean passages with
tables (units, quarters, halves, years, plan and result, two tables, a table of some places)
it raised 33 alarms (and 1 on 24 passages of a second round), all fixed by general guards:
another count added or taken away before the count ("tính cả 6 …", "cùng với 12 …", "ngoài
30 …", "trừ 5 …") or the count taken among others
("trong 96 hộ … có 81 hộ", "trong số …"); a name of the count ("số … là", or words after its
unit) holding words the table lacks; parts listed side by side, or the cell itself said beside
the count; another table's total as the difference; a table of places of one kind under a
summary of the whole place; a count of those eligible, registered or proposed ("148 hộ đủ
điều kiện vay vốn"); a table of allocated targets ("Phân bổ chỉ tiêu …"); in (a), an odd
count in another unit ("45 lượt hội viên") or a level reached ("lên 21").

PLANTED: 16 slips, 14 found and asserted inconsistent. Not found (2, at the opening code too):
a whole-period row restated after "trong giai đoạn" ("167 hộ được hỗ trợ nhà ở" for 176) and a
header with a comma restated without it ("19 chi bộ trong sạch vững mạnh" for 91).

CLEAN: a few passages per guard asserted silent (the whole round is
tests/battery/battery_zzzz_r28e.jsonl, 128 clean passages, no alarm).
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

PLANTED = [
    (
        "Kết quả công tác Hội năm 2024\nĐơn vị | Kết nạp hội viên | Thành lập tổ hợp tác | Hộ được vay vốn\nHội Nông dân xã Đông Sơn | 46 | 3 | 58\nHội Nông dân xã Tây Sơn | 39 | 2 | 47\nHội Nông dân thị trấn | 27 | 4 | 36\nTổng cộng | 112 | 9 | 141\nNhư vậy, các cấp Hội kết nạp 112 hội viên, thành lập 9 tổ hợp tác, giúp 114 hộ được vay vốn.",
        [141, 114],
    ),
    (
        "Kết quả thực hiện chỉ tiêu công tác Đoàn năm 2024\nChỉ tiêu\tQuý I\tQuý II\tQuý III\tQuý IV\tCả năm\nKết nạp đoàn viên mới\t96\t118\t87\t124\t425\nGiới thiệu đoàn viên ưu tú cho Đảng\t12\t9\t15\t21\t57\nCông trình, phần việc thanh niên\t14\t22\t18\t11\t65\nNhìn chung, toàn Đoàn đã kết nạp 452 đoàn viên mới, giới thiệu 57 đoàn viên ưu tú cho Đảng.",
        [425, 452],
    ),
    (
        "Kết quả giảm nghèo năm 2024\nXã\tHộ nghèo đầu năm\tHộ thoát nghèo\tHộ nghèo phát sinh\tHộ nghèo cuối năm\nXã An Lạc\t142\t38\t5\t109\nXã An Phú\t118\t31\t3\t90\nXã An Thạnh\t96\t27\t2\t71\nTổng cộng\t356\t96\t10\t270\nNhư vậy, trong năm 3 xã có 69 hộ thoát nghèo, số hộ nghèo giảm còn 270 hộ.",
        [96, 69],
    ),
    (
        "Kết quả xây dựng nông thôn mới đến cuối năm 2024\nTiêu chí\tXã Hòa Bình\tXã Hòa Thuận\tXã Hòa Lợi\tCộng\nSố tiêu chí đạt\t19\t17\t15\t51\nĐường giao thông cứng hóa (km)\t24\t18\t21\t63\nHộ dùng nước sạch\t1.240\t980\t1.115\t3.335\nNhư vậy, 3 xã có 3.353 hộ dùng nước sạch.",
        [3335, 3353],
    ),
    (
        "Tình hình hội viên Hội Liên hiệp Phụ nữ xã năm 2024\nChi hội | Tổng số hội viên | Hội viên mới kết nạp | Hội viên được vay vốn\nChi hội ấp 1 | 186 | 14 | 42\nChi hội ấp 2 | 204 | 17 | 38\nChi hội ấp 3 | 173 | 11 | 35\nChi hội ấp 4 | 158 | 9 | 29\nTổng cộng | 721 | 51 | 144\nTóm lại, trong năm Hội đã kết nạp 15 hội viên mới, nâng tổng số hội viên lên 721.",
        [51, 15],
    ),
    (
        "Kết quả năm 2024 của Hội Nông dân huyện\nĐơn vị | Hội viên kết nạp mới | Chi hội thành lập mới | Tổ hợp tác thành lập mới\nKhối xã | 312 | 6 | 14\nKhối thị trấn | 48 | 1 | 3\nCộng | 360 | 7 | 17\nTóm lại, trong năm các cấp Hội kết nạp 306 hội viên mới.",
        [360, 306],
    ),
    (
        "Kết quả thi hành kỷ luật năm 2024\nHình thức | Tổ chức đảng | Đảng viên\nKhiển trách | 1 | 14\nCảnh cáo | 1 | 9\nCách chức | 0 | 2\nKhai trừ | 0 | 5\nTổng cộng | 2 | 30\nNhư vậy, các cấp đã thi hành kỷ luật 2 tổ chức đảng và 33 đảng viên.",
        [30, 33],
    ),
    (
        "Kết quả xây dựng nhà Nghĩa tình đồng đội năm 2024\nNội dung\tCấp huyện\tCấp xã\tTổng\nNhà xây mới\t6\t8\t14\nNhà sửa chữa\t5\t12\t17\nSổ tiết kiệm trao tặng\t10\t25\t35\nNhư vậy, Hội đã vận động xây mới 14 nhà, sửa chữa 71 nhà Nghĩa tình đồng đội.",
        [17, 71],
    ),
    (
        "Kết quả giảm nghèo ở các xã vùng đồng bào dân tộc thiểu số năm 2024\nXã | Hộ thoát nghèo | Hộ thoát cận nghèo\nXã Ea Sol | 64 | 41\nXã Ea Hiao | 52 | 37\nXã Cư Mốt | 47 | 30\nTổng cộng | 163 | 108\nNhư vậy, 3 xã vùng đồng bào có 136 hộ thoát nghèo và 108 hộ thoát cận nghèo.",
        [163, 136],
    ),
    (
        "Quy mô giáo dục năm học 2024-2025\nCấp học | Số trường | Số lớp | Số học sinh\nMầm non | 12 | 96 | 2.684\nTiểu học | 14 | 203 | 5.412\nTrung học cơ sở | 8 | 104 | 3.905\nTổng số | 34 | 403 | 12.001\nNhư vậy, toàn huyện có 12.010 học sinh.",
        [12001, 12010],
    ),
    (
        "Kết quả hoạt động nhân đạo năm 2024\nHoạt động\t6 tháng đầu năm\t6 tháng cuối năm\tCả năm\nĐơn vị máu tiếp nhận\t1.120\t1.345\t2.465\nSuất quà tặng hộ khó khăn\t860\t1.540\t2.400\nNgười được khám bệnh, cấp thuốc miễn phí\t430\t512\t942\nNhư vậy, cả năm đã tiếp nhận 2.456 đơn vị máu.",
        [2465, 2456],
    ),
    (
        "Tình hình tổ chức Hội Cựu chiến binh đến 31/12/2024\nĐơn vị | Hội viên | Chi hội | Tổ hội nghề nghiệp\nHội CCB xã Quảng Lợi | 312 | 9 | 4\nHội CCB xã Quảng Phú | 284 | 8 | 3\nHội CCB xã Quảng Thành | 251 | 7 | 5\nTổng cộng | 847 | 24 | 12\nNhìn chung, toàn huyện có 874 hội viên cựu chiến binh, sinh hoạt ở 24 chi hội.",
        [847, 874],
    ),
    (
        "Tình hình hội viên Hội Liên hiệp Phụ nữ xã năm 2024\nChi hội | Tổng số hội viên | Hội viên mới kết nạp | Hội viên được vay vốn\nChi hội ấp 1 | 186 | 14 | 42\nChi hội ấp 2 | 204 | 17 | 38\nChi hội ấp 3 | 173 | 11 | 35\nChi hội ấp 4 | 158 | 9 | 29\nTổng cộng | 721 | 51 | 144\nChi hội ấp 3 có 173 hội viên, kết nạp mới 11 hội viên, có 53 hội viên được vay vốn.",
        [35, 53],
    ),
    (
        "Kết quả thực hiện năm 2024\nĐơn vị | Đảng viên được kết nạp\nĐảng bộ xã Vĩnh Phú | 15\nĐảng bộ xã Vĩnh Hòa | 11\nĐảng bộ xã Vĩnh Lợi | 9\nĐảng bộ thị trấn | 11\nTổng | 46\nIII. ĐÁNH GIÁ CHUNG\nToàn Đảng bộ đã kết nạp 64 đảng viên, vượt chỉ tiêu đề ra.",
        [46, 64],
    ),
]

# missed (2, not asserted):
#   Nhìn chung, trong giai đoạn đã có 167 hộ được hỗ trợ nhà ở và 963 hộ được vay vốn sản xuất.  (176 in the table)
#   Như vậy, toàn Đảng bộ kết nạp 44 đảng viên, có 19 chi bộ trong sạch vững mạnh.  (91 in the table)

CLEAN = [
    # another count added or taken away before the count (_JOINED_PRE)
    "Kết quả công tác Hội năm 2024\nĐơn vị | Kết nạp hội viên | Thành lập tổ hợp tác | Hộ được vay vốn\nHội Nông dân xã Đông Sơn | 46 | 3 | 58\nHội Nông dân xã Tây Sơn | 39 | 2 | 47\nHội Nông dân thị trấn | 27 | 4 | 36\nTổng cộng | 112 | 9 | 141\nNhư vậy, tính cả 6 hội viên chuyển sinh hoạt đến, số hội viên kết nạp và tiếp nhận trong năm là 118 hội viên.",
    "Kết quả công tác Hội năm 2024\nĐơn vị | Kết nạp hội viên | Thành lập tổ hợp tác | Hộ được vay vốn\nHội Nông dân xã Đông Sơn | 46 | 3 | 58\nHội Nông dân xã Tây Sơn | 39 | 2 | 47\nHội Nông dân thị trấn | 27 | 4 | 36\nTổng cộng | 112 | 9 | 141\nNhư vậy, Hội đã kết nạp 112 hội viên, thành lập 9 tổ hợp tác, giúp 141 hộ vay vốn; cùng với 12 hộ vay từ Quỹ hỗ trợ nông dân, tổng số hộ được vay vốn là 153 hộ.",
    "Kết quả giảm nghèo năm 2024\nXã\tHộ nghèo đầu năm\tHộ thoát nghèo\tHộ nghèo phát sinh\tHộ nghèo cuối năm\nXã An Lạc\t142\t38\t5\t109\nXã An Phú\t118\t31\t3\t90\nXã An Thạnh\t96\t27\t2\t71\nTổng cộng\t356\t96\t10\t270\nNhư vậy, cùng với 12 hộ thoát cận nghèo, 3 xã có 108 hộ thoát nghèo, thoát cận nghèo.",
    "Kết quả năm 2024 của Hội Nông dân huyện\nĐơn vị | Hội viên kết nạp mới | Chi hội thành lập mới | Tổ hợp tác thành lập mới\nKhối xã | 312 | 6 | 14\nKhối thị trấn | 48 | 1 | 3\nCộng | 360 | 7 | 17\nTóm lại, kể cả 9 hội viên kết nạp lại, số hội viên kết nạp mới và kết nạp lại là 369 hội viên.",
    "Kết quả thi hành kỷ luật năm 2024\nHình thức | Tổ chức đảng | Đảng viên\nKhiển trách | 1 | 14\nCảnh cáo | 1 | 9\nCách chức | 0 | 2\nKhai trừ | 0 | 5\nTổng cộng | 2 | 30\nNhư vậy, ngoài 30 đảng viên bị kỷ luật, có 27 đảng viên vi phạm được nhắc nhở, rút kinh nghiệm.",
    "Kết quả hoạt động nhân đạo năm 2024\nHoạt động\t6 tháng đầu năm\t6 tháng cuối năm\tCả năm\nĐơn vị máu tiếp nhận\t1.120\t1.345\t2.465\nSuất quà tặng hộ khó khăn\t860\t1.540\t2.400\nNgười được khám bệnh, cấp thuốc miễn phí\t430\t512\t942\nTóm lại, tính cả 310 suất quà do các nhà hảo tâm trao trực tiếp, đã có 2.710 suất quà tặng hộ khó khăn.",
    # some among them: 'trong N … có', 'trong số … có' (_JOINED_PRE)
    "Kết quả giảm nghèo năm 2024\nXã\tHộ nghèo đầu năm\tHộ thoát nghèo\tHộ nghèo phát sinh\tHộ nghèo cuối năm\nXã An Lạc\t142\t38\t5\t109\nXã An Phú\t118\t31\t3\t90\nXã An Thạnh\t96\t27\t2\t71\nTổng cộng\t356\t96\t10\t270\nNhìn chung, trong 96 hộ thoát nghèo có 81 hộ thoát nghèo nhờ vay vốn ưu đãi và hỗ trợ sinh kế.",
    "Kết quả thi hành kỷ luật năm 2024\nHình thức | Tổ chức đảng | Đảng viên\nKhiển trách | 1 | 14\nCảnh cáo | 1 | 9\nCách chức | 0 | 2\nKhai trừ | 0 | 5\nTổng cộng | 2 | 30\nNhìn chung, trong số đảng viên bị kỷ luật có 25 đảng viên vi phạm về đạo đức, lối sống và thực hiện chính sách.",
    "Kết quả xây dựng nhà Nghĩa tình đồng đội năm 2024\nNội dung\tCấp huyện\tCấp xã\tTổng\nNhà xây mới\t6\t8\t14\nNhà sửa chữa\t5\t12\t17\nSổ tiết kiệm trao tặng\t10\t25\t35\nTóm lại, trong 17 nhà sửa chữa có 15 nhà sửa chữa lớn.",
    "Kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo giai đoạn 2021-2024\nNội dung\t2021\t2022\t2023\t2024\tCộng\nHộ được hỗ trợ nhà ở\t38\t45\t52\t41\t176\nHộ được vay vốn sản xuất\t214\t236\t251\t262\t963\nLao động được đào tạo nghề\t310\t285\t342\t356\t1.293\nNhìn chung, trong số hộ được vay vốn sản xuất có 887 hộ sử dụng vốn đúng mục đích, có hiệu quả.",
    # the name 'số …' before the count holds words the table lacks (_named_beyond)
    "Kết quả thực hiện chỉ tiêu công tác Đoàn năm 2024\nChỉ tiêu\tQuý I\tQuý II\tQuý III\tQuý IV\tCả năm\nKết nạp đoàn viên mới\t96\t118\t87\t124\t425\nGiới thiệu đoàn viên ưu tú cho Đảng\t12\t9\t15\t21\t57\nCông trình, phần việc thanh niên\t14\t22\t18\t11\t65\nNhư vậy, số đoàn viên mới kết nạp từ học sinh và thanh niên nông thôn là 351 đoàn viên, chiếm 82,6%.",
    "Kết quả giảm nghèo năm 2024\nXã\tHộ nghèo đầu năm\tHộ thoát nghèo\tHộ nghèo phát sinh\tHộ nghèo cuối năm\nXã An Lạc\t142\t38\t5\t109\nXã An Phú\t118\t31\t3\t90\nXã An Thạnh\t96\t27\t2\t71\nTổng cộng\t356\t96\t10\t270\nTóm lại, số hộ thoát nghèo bền vững là 84 hộ, chiếm 87,5% số hộ thoát nghèo.",
    "Kết quả giảm nghèo năm 2024\nXã\tHộ nghèo đầu năm\tHộ thoát nghèo\tHộ nghèo phát sinh\tHộ nghèo cuối năm\nXã An Lạc\t142\t38\t5\t109\nXã An Phú\t118\t31\t3\t90\nXã An Thạnh\t96\t27\t2\t71\nTổng cộng\t356\t96\t10\t270\nNhìn chung, số hộ được hỗ trợ để thoát nghèo là 104 hộ, trong đó 96 hộ đã thoát nghèo.",
    "Tình hình hội viên Hội Liên hiệp Phụ nữ xã năm 2024\nChi hội | Tổng số hội viên | Hội viên mới kết nạp | Hội viên được vay vốn\nChi hội ấp 1 | 186 | 14 | 42\nChi hội ấp 2 | 204 | 17 | 38\nChi hội ấp 3 | 173 | 11 | 35\nChi hội ấp 4 | 158 | 9 | 29\nTổng cộng | 721 | 51 | 144\nNhìn chung, số hội viên trong độ tuổi từ 18 đến 55 là 612 hội viên.",
    "Kết quả năm 2024 của Hội Nông dân huyện\nĐơn vị | Hội viên kết nạp mới | Chi hội thành lập mới | Tổ hợp tác thành lập mới\nKhối xã | 312 | 6 | 14\nKhối thị trấn | 48 | 1 | 3\nCộng | 360 | 7 | 17\nNhìn chung, số hội viên kết nạp mới là nông dân sản xuất giỏi 301 hội viên.",
    "Kết quả tuyển quân năm 2025\nĐơn vị | Chỉ tiêu giao | Số thanh niên nhập ngũ | Tỷ lệ (%)\nXã Mỹ An | 18 | 18 | 100\nXã Mỹ Thạnh | 15 | 15 | 100\nXã Mỹ Hòa | 12 | 12 | 100\nTổng cộng | 45 | 45 | 100\nNhư vậy, số thanh niên nhập ngũ đã tốt nghiệp trung học phổ thông là 41 thanh niên.",
    "Quy mô giáo dục năm học 2024-2025\nCấp học | Số trường | Số lớp | Số học sinh\nMầm non | 12 | 96 | 2.684\nTiểu học | 14 | 203 | 5.412\nTrung học cơ sở | 8 | 104 | 3.905\nTổng số | 34 | 403 | 12.001\nNhìn chung, số học sinh được học 2 buổi/ngày là 10.934 học sinh.",
    "Quy mô giáo dục năm học 2024-2025\nCấp học | Số trường | Số lớp | Số học sinh\nMầm non | 12 | 96 | 2.684\nTiểu học | 14 | 203 | 5.412\nTrung học cơ sở | 8 | 104 | 3.905\nTổng số | 34 | 403 | 12.001\nNhìn chung, số học sinh được hưởng chính sách hỗ trợ tiền ăn trưa là 9.870 học sinh.",
    "Kết quả hoạt động nhân đạo năm 2024\nHoạt động\t6 tháng đầu năm\t6 tháng cuối năm\tCả năm\nĐơn vị máu tiếp nhận\t1.120\t1.345\t2.465\nSuất quà tặng hộ khó khăn\t860\t1.540\t2.400\nNgười được khám bệnh, cấp thuốc miễn phí\t430\t512\t942\nNhìn chung, số đơn vị máu tiếp nhận đạt tiêu chuẩn chuyển về bệnh viện tỉnh là 2.318 đơn vị.",
    # words after the count's unit and the header's words that the table lacks (_named_beyond)
    "Tiêm chủng mở rộng năm 2024\nNội dung\tQuý I\tQuý II\tQuý III\tQuý IV\tCả năm\nTrẻ dưới 1 tuổi được tiêm đủ liều\t412\t398\t436\t421\t1.667\nPhụ nữ có thai được tiêm phòng uốn ván\t385\t402\t377\t410\t1.574\nNhư vậy, 1.498 phụ nữ có thai đã được tiêm phòng uốn ván đủ liều.",
    "Tình hình tổ chức Hội Cựu chiến binh đến 31/12/2024\nĐơn vị | Hội viên | Chi hội | Tổ hội nghề nghiệp\nHội CCB xã Quảng Lợi | 312 | 9 | 4\nHội CCB xã Quảng Phú | 284 | 8 | 3\nHội CCB xã Quảng Thành | 251 | 7 | 5\nTổng cộng | 847 | 24 | 12\nNhìn chung, 802 hội viên được đánh giá hoàn thành tốt nhiệm vụ.",
    # parts listed side by side, or the cell said beside the count (_listed_beside)
    "Kết quả thực hiện chỉ tiêu công tác Đoàn năm 2024\nChỉ tiêu\tQuý I\tQuý II\tQuý III\tQuý IV\tCả năm\nKết nạp đoàn viên mới\t96\t118\t87\t124\t425\nGiới thiệu đoàn viên ưu tú cho Đảng\t12\t9\t15\t21\t57\nCông trình, phần việc thanh niên\t14\t22\t18\t11\t65\nNhư vậy, khu vực nông thôn kết nạp 348 đoàn viên mới, khu vực đô thị kết nạp 77 đoàn viên mới.",
    "Kết quả thực hiện chỉ tiêu công tác Đoàn năm 2024\nChỉ tiêu\tQuý I\tQuý II\tQuý III\tQuý IV\tCả năm\nKết nạp đoàn viên mới\t96\t118\t87\t124\t425\nGiới thiệu đoàn viên ưu tú cho Đảng\t12\t9\t15\t21\t57\nCông trình, phần việc thanh niên\t14\t22\t18\t11\t65\nTóm lại, các cơ sở Đoàn xã, thị trấn kết nạp 397 đoàn viên mới, các cơ sở Đoàn khối cơ quan, doanh nghiệp kết nạp 28 đoàn viên mới.",
    "Kết quả tuyển quân năm 2025\nĐơn vị | Chỉ tiêu giao | Số thanh niên nhập ngũ | Tỷ lệ (%)\nXã Mỹ An | 18 | 18 | 100\nXã Mỹ Thạnh | 15 | 15 | 100\nXã Mỹ Hòa | 12 | 12 | 100\nTổng cộng | 45 | 45 | 100\nNhìn chung, số thanh niên khám tuyển đạt sức khỏe nhập ngũ là 52 thanh niên, đã gọi 45 thanh niên nhập ngũ.",
    # another table's total is the difference (two tables joined)
    "Bảng 1. Tập huấn khoa học kỹ thuật năm 2024\nĐơn vị | Lớp tập huấn | Lượt hội viên tham dự\nXã Tân Phước | 8 | 520\nXã Tân Hưng | 7 | 465\nXã Tân Thạnh | 6 | 390\nCộng | 21 | 1.375\nBảng 2. Hội thảo đầu bờ năm 2024\nĐơn vị | Buổi hội thảo | Lượt nông dân dự hội thảo\nXã Tân Phước | 3 | 95\nXã Tân Hưng | 2 | 70\nXã Tân Thạnh | 2 | 66\nCộng | 7 | 231\nNhư vậy, tính chung có 1.606 lượt hội viên tham dự tập huấn và hội thảo.",
    # a table of places of one kind under a summary of the whole place (_KIND_PLACES)
    "Kết quả giảm nghèo ở các xã vùng đồng bào dân tộc thiểu số năm 2024\nXã | Hộ thoát nghèo | Hộ thoát cận nghèo\nXã Ea Sol | 64 | 41\nXã Ea Hiao | 52 | 37\nXã Cư Mốt | 47 | 30\nTổng cộng | 163 | 108\nNhư vậy, tính chung toàn huyện có 198 hộ thoát nghèo, trong đó 3 xã vùng đồng bào dân tộc thiểu số chiếm 82,3%.",
    "Kết quả giảm nghèo ở các xã vùng đồng bào dân tộc thiểu số năm 2024\nXã | Hộ thoát nghèo | Hộ thoát cận nghèo\nXã Ea Sol | 64 | 41\nXã Ea Hiao | 52 | 37\nXã Cư Mốt | 47 | 30\nTổng cộng | 163 | 108\nNhìn chung, số hộ thoát nghèo toàn huyện là 201 hộ, cao hơn 38 hộ so với 3 xã vùng đồng bào.",
    "Kết quả giảm nghèo ở các xã vùng đồng bào dân tộc thiểu số năm 2024\nXã | Hộ thoát nghèo | Hộ thoát cận nghèo\nXã Ea Sol | 64 | 41\nXã Ea Hiao | 52 | 37\nXã Cư Mốt | 47 | 30\nTổng cộng | 163 | 108\nNhư vậy, toàn huyện có 126 hộ thoát cận nghèo.",
    # a table of allocated targets (_PLAN_TITLE)
    "Phân bổ chỉ tiêu kết nạp đảng viên năm 2024 cho các đảng bộ\nĐơn vị | Kết nạp đảng viên\nĐảng bộ xã Vĩnh Phú | 14\nĐảng bộ xã Vĩnh Hòa | 12\nĐảng bộ xã Vĩnh Lợi | 10\nĐảng bộ thị trấn | 12\nTổng | 48\nIII. ĐÁNH GIÁ CHUNG\nToàn Đảng bộ đã kết nạp 44 đảng viên, đạt 91,7% chỉ tiêu.",
    # (a) the odd count in another unit, or a level reached
    "Tình hình hội viên Hội Liên hiệp Phụ nữ xã năm 2024\nChi hội | Tổng số hội viên | Hội viên mới kết nạp | Hội viên được vay vốn\nChi hội ấp 1 | 186 | 14 | 42\nChi hội ấp 2 | 204 | 17 | 38\nChi hội ấp 3 | 173 | 11 | 35\nChi hội ấp 4 | 158 | 9 | 29\nTổng cộng | 721 | 51 | 144\nChi hội ấp 2 có 204 hội viên, kết nạp mới 17 hội viên, có 45 lượt hội viên được vay vốn.",
    "Kết quả năm 2024 của Hội Nông dân huyện\nĐơn vị | Hội viên kết nạp mới | Chi hội thành lập mới | Tổ hợp tác thành lập mới\nKhối xã | 312 | 6 | 14\nKhối thị trấn | 48 | 1 | 3\nCộng | 360 | 7 | 17\nNhư vậy, trong năm Hội kết nạp 360 hội viên mới, thành lập mới 7 chi hội, nâng số tổ hợp tác lên 21 tổ hợp tác.",
    # a stage before the deed: those eligible, registered or proposed (_STAGE)
    "Kết quả công tác Hội năm 2024\nĐơn vị | Kết nạp hội viên | Thành lập tổ hợp tác | Hộ được vay vốn\nHội Nông dân xã Đông Sơn | 46 | 3 | 58\nHội Nông dân xã Tây Sơn | 39 | 2 | 47\nHội Nông dân thị trấn | 27 | 4 | 36\nTổng cộng | 112 | 9 | 141\nTóm lại, Hội đã xét chọn 148 hộ đủ điều kiện vay vốn để đề nghị ngân hàng giải ngân.",
    "Kết quả thực hiện chỉ tiêu công tác Đoàn năm 2024\nChỉ tiêu\tQuý I\tQuý II\tQuý III\tQuý IV\tCả năm\nKết nạp đoàn viên mới\t96\t118\t87\t124\t425\nGiới thiệu đoàn viên ưu tú cho Đảng\t12\t9\t15\t21\t57\nCông trình, phần việc thanh niên\t14\t22\t18\t11\t65\nNhìn chung, có 431 thanh niên làm đơn xin vào Đoàn, đã kết nạp 425 đoàn viên mới.",
    "Kết quả thực hiện chỉ tiêu công tác Đoàn năm 2024\nChỉ tiêu\tQuý I\tQuý II\tQuý III\tQuý IV\tCả năm\nKết nạp đoàn viên mới\t96\t118\t87\t124\t425\nGiới thiệu đoàn viên ưu tú cho Đảng\t12\t9\t15\t21\t57\nCông trình, phần việc thanh niên\t14\t22\t18\t11\t65\nNhư vậy, các chi đoàn đã đề nghị xét kết nạp 447 đoàn viên mới, Đoàn cấp trên ra quyết định kết nạp 425 đoàn viên mới.",
    "Kết quả thi hành kỷ luật năm 2024\nHình thức | Tổ chức đảng | Đảng viên\nKhiển trách | 1 | 14\nCảnh cáo | 1 | 9\nCách chức | 0 | 2\nKhai trừ | 0 | 5\nTổng cộng | 2 | 30\nNhư vậy, trong năm đã xem xét, đề nghị thi hành kỷ luật 33 đảng viên, đã thi hành kỷ luật 30 đảng viên.",
]


@pytest.mark.parametrize(("text", "figures"), PLANTED)
def test_table_slip_found(text: str, figures: list[float]) -> None:
    checks = checks_of(text, "repeat")
    assert told(checks, "repeat", "inconsistent", figures), [
        (c.verdict, c.figures, c.why) for c in checks
    ]


@pytest.mark.parametrize("text", CLEAN)
def test_table_look_alikes_silent(text: str) -> None:
    assert alarms(text) == []
