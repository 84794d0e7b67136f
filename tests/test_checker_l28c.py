"""Totals whose listed parts are bare labelled numbers, or are named apart from the total
(twenty-eighth session, round l28c), our own passages.

Readings of ``part_whole`` taught here, each with its table beside it in the module:

- ``_served_place``: in a bare list, a place word closing a label after a head noun of its
  own ("nhà văn hóa thôn 5") counts that kind once two items were read as counts;
- ``_all_levels``: "các cấp" may stand earlier in the total's sentence or in the sentence
  before it (same paragraph), and the levels also close a list whose items are figures;
- ``_bare_sides``: the two sides of one split ("nữ 251, nam 365") closing a sentence after
  ";" split its first count, when their sum lies within a tenth of it;
- ``_headed_grades``: a line headed by the noun phrase a count was stated with ("186 chi bộ
  trực thuộc đảng ủy cơ sở" … "- Chi bộ trực thuộc đảng ủy cơ sở: <four grades>");
- ``_served_count``: "186 lớp … cho 9.430 lượt hội viên, gồm <kinds>": kinds whose sum lies
  within a tenth of the classes (and far under the people) split the classes;
- ``_kinds_of_whole_before``: the done part ("124/312 nhà") of a whole split before into
  kinds ("217 hộ xây mới, 95 hộ sửa chữa") cannot hold more of those kinds than it has;
- ``_taken_at``: "1.487 đảng viên … được kết nạp ở <place> 612, …": members admitted,
  recruited or introduced once, by one body, split by the places.

PLANTED: one slip each, 35 of 38 found and asserted inconsistent. Missed, 3 of 38, not
asserted: "gồm: đường ngõ xóm 9, …" (a place word closing the first item still reads as a
numbered place); "gồm lý luận chính trị 12, …" and "58 hội viên mới, gồm nông dân 41, …, cán
bộ hưu trí 6" (words of overlapping attributes, "chính trị", "mới", "hưu trí": silence kept).

DEV: the passages built like the development misses (devset12, 13, 14, 16, 18, 21, 32) are
also asserted to explain the sum (DEV_LIKE).

CLEAN: look-alikes told silent (the whole round is tests/battery/battery_zzzz_l28c.jsonl, 117
clean passages, no alarm).
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

PLANTED = [
    (
        "Năm 2024, xã hoàn thành 27 công trình, gồm: đường giao thông 11, kênh mương 8, nhà văn hóa thôn 6, sân thể thao 3.",
        [27, 11, 8, 6, 3],
    ),
    (
        "Huyện khởi công 45 công trình phúc lợi, gồm: trường học 14, trạm y tế 6, nhà văn hóa khu 9, đường nội đồng 15.",
        [45, 14, 6, 9, 15],
    ),
    (
        "Đoàn viên ra quân làm 52 công trình thanh niên, gồm: đường điện chiếu sáng 20, tuyến đường hoa 18, sân chơi thiếu nhi thôn 11.",
        [52, 20, 18, 11],
    ),
    (
        "Hội Nông dân vận động hội viên góp công xây 16 công trình, gồm: cầu dân sinh 5, đường bê tông 7, nhà văn hóa ấp 3.",
        [16, 5, 7, 3],
    ),
    (
        "Công tác tiếp công dân được các cấp chú trọng. Năm 2024 tổ chức 236 cuộc tiếp xúc, đối thoại, trong đó cấp tỉnh 8, cấp huyện 47, cấp xã 175.",
        [236, 8, 47, 175],
    ),
    (
        "Cấp ủy các cấp tăng cường kiểm tra, giám sát. Đã tiến hành 1.148 cuộc kiểm tra, trong đó cấp tỉnh 12, cấp huyện 164, cấp cơ sở 962.",
        [1148, 12, 164, 962],
    ),
    (
        "Mặt trận Tổ quốc các cấp chủ động vào cuộc. Trong năm tổ chức 318 hội nghị phản biện, góp ý, trong đó cấp tỉnh 9, cấp huyện 61, cấp xã 244.",
        [318, 9, 61, 244],
    ),
    (
        "Trong năm, hội nông dân các cấp, với sự phối hợp của ngành nông nghiệp, đã mở 574 lớp tập huấn, trong đó cấp tỉnh 14, cấp huyện 96, cấp xã 470.",
        [574, 14, 96, 470],
    ),
    (
        "Ủy ban kiểm tra các cấp làm tốt công tác tiếp nhận đơn thư. Đã giải quyết 87 vụ việc, trong đó cấp tỉnh 6, cấp huyện 23, cấp cơ sở 55.",
        [87, 6, 23, 55],
    ),
    (
        "Năm 2024, Đảng bộ kết nạp 148 đảng viên, đạt 105,7% chỉ tiêu; trong đó 36 đảng viên là đoàn viên thanh niên; nữ 61, nam 89.",
        [148, 61, 89],
    ),
    (
        "Toàn hội có 2.460 hội viên, tăng 85 hội viên so với năm trước; nam 1.310, nữ 1.140.",
        [2460, 1310, 1140],
    ),
    (
        "Toàn Đảng bộ có 3.820 đảng viên; chính thức 3.640, dự bị 190.",
        [3820, 3640, 190],
    ),
    (
        "Lớp bồi dưỡng nhận thức về Đảng khai giảng với 96 học viên; nam 41, nữ 57.",
        [96, 41, 57],
    ),
    (
        "Ban Chấp hành Hội Nông dân khóa mới có 35 ủy viên; nữ 9, nam 27.",
        [35, 9, 27],
    ),
    (
        "Năm 2024, các cơ sở đoàn kết nạp 1.240 đoàn viên mới, vượt kế hoạch; nam 598, nữ 652.",
        [1240, 598, 652],
    ),
    (
        "Đảng bộ xã có 24 chi bộ trực thuộc. Cuối năm, các chi bộ tổ chức kiểm điểm nghiêm túc.\n\nKết quả đánh giá, xếp loại:\n- Chi bộ trực thuộc: hoàn thành xuất sắc nhiệm vụ 5, hoàn thành tốt nhiệm vụ 14, hoàn thành nhiệm vụ 3, không hoàn thành nhiệm vụ 1.",
        [24, 5, 14, 3, 1],
    ),
    (
        "Hội Liên hiệp Phụ nữ huyện có 128 chi hội phụ nữ. Các chi hội duy trì sinh hoạt định kỳ.\n\nKết quả xếp loại năm 2024:\n- Chi hội phụ nữ: vững mạnh 70, khá 40, trung bình 15, yếu 1.",
        [128, 70, 40, 15, 1],
    ),
    (
        "Đảng bộ thị xã có 41 tổ chức cơ sở đảng và 213 chi bộ trực thuộc đảng ủy cơ sở.\n\nII. ĐÁNH GIÁ CHẤT LƯỢNG\n\n- Tổ chức cơ sở đảng: hoàn thành xuất sắc nhiệm vụ 7, hoàn thành tốt nhiệm vụ 29, hoàn thành nhiệm vụ 4, không hoàn thành nhiệm vụ 2.",
        [41, 7, 29, 4, 2],
    ),
    (
        "Huyện đoàn hiện có 36 chi đoàn cơ sở. Công tác xây dựng tổ chức đoàn được chú trọng.\n\n- Chi đoàn cơ sở: vững mạnh 18, khá 12, trung bình 4, yếu 1.",
        [36, 18, 12, 4, 1],
    ),
    (
        "Hội Cựu chiến binh huyện có 19 chi hội cơ sở. Cuối năm tiến hành bình xét thi đua.\n\n- Chi hội cơ sở: trong sạch vững mạnh 11, khá 6, trung bình 3, yếu 1.",
        [19, 11, 6, 3, 1],
    ),
    (
        "Đảng ủy Khối có 29 chi bộ cơ sở. Năm 2024 các chi bộ tập trung nâng cao chất lượng sinh hoạt.\n\nVề đánh giá, xếp loại:\n- Chi bộ cơ sở: hoàn thành xuất sắc nhiệm vụ 6, hoàn thành tốt nhiệm vụ 19, hoàn thành nhiệm vụ 3, không hoàn thành nhiệm vụ 2.",
        [29, 6, 19, 3, 2],
    ),
    (
        "Hội Nông dân phối hợp mở 64 lớp tập huấn kỹ thuật cho 3.150 lượt hội viên, gồm trồng trọt 30, chăn nuôi 21 và thủy sản 11.",
        [64, 30, 21, 11],
    ),
    (
        "Năm qua tổ chức 42 buổi tuyên truyền pháp luật với 5.300 lượt người nghe, gồm an toàn giao thông 15, phòng chống ma túy 14, bạo lực gia đình 11.",
        [42, 15, 14, 11],
    ),
    (
        "Hội Liên hiệp Phụ nữ mở 27 lớp dạy nghề cho 810 hội viên, gồm may công nghiệp 12, nấu ăn 9, làm bánh 7.",
        [27, 12, 9, 7],
    ),
    (
        "Ủy ban Kiểm tra Huyện ủy nhận 47 đơn, gồm tố cáo 29, khiếu nại 10, phản ánh 6.",
        [47, 29, 10, 6],
    ),
    (
        "Tổng số hộ được hỗ trợ nhà ở là 205 hộ, gồm: xây mới 131, sửa chữa 76.",
        [205, 131, 76],
    ),
    (
        "Cấp ủy các cấp tổ chức 96 hội nghị sơ kết, trong đó cấp tỉnh 3, cấp huyện 21, cấp xã 70.",
        [96, 3, 21, 70],
    ),
    (
        "Huyện giải ngân 73 dự án, gồm: giao thông 31, thủy lợi 17, giáo dục 14, y tế 9.",
        [73, 31, 17, 14, 9],
    ),
    (
        "Ban Thường vụ Huyện ủy tặng 64 suất quà cho các gia đình chính sách, gồm: gia đình liệt sĩ 27, thương binh 22, người có công 13.",
        [64, 27, 22, 13],
    ),
    (
        "Huyện rà soát 240 hộ cần hỗ trợ nhà ở (150 hộ xây mới, 90 hộ sửa chữa). Đến nay đã hoàn thành 96/240 nhà, đạt 40%; trong số nhà đã hoàn thành có 61 nhà xây mới và 38 nhà sửa chữa.",
        [96, 61, 38],
    ),
    (
        "Năm 2024 xã xác định 58 hộ được hỗ trợ cải tạo nhà vệ sinh (35 hộ xây mới, 23 hộ sửa chữa). Đã hoàn thành 40/58 công trình; trong số công trình đã hoàn thành có 27 công trình xây mới và 16 công trình sửa chữa.",
        [40, 27, 16],
    ),
    (
        "Năm 2024, 326 đảng viên mới được kết nạp ở khối xã, thị trấn 204, khối cơ quan 71, lực lượng vũ trang 38 và các doanh nghiệp 17.",
        [326, 204, 71, 38, 17],
    ),
    (
        "Trong năm có 1.250 lao động được tuyển dụng tại doanh nghiệp trong tỉnh 730, doanh nghiệp ngoài tỉnh 410 và thị trường nước ngoài 120.",
        [1250, 730, 410, 120],
    ),
    (
        "Đoàn viên ưu tú có 186 người được giới thiệu ở các chi đoàn thôn 112, chi đoàn trường học 41 và chi đoàn cơ quan 27.",
        [186, 112, 41, 27],
    ),
    (
        "Hội Nông dân các cấp mở 64 lớp tập huấn cho 3.150 lượt hội viên, gồm cấp tỉnh 5, cấp huyện 18, cấp xã 40.",
        [64, 5, 18, 40],
    ),
]

DEV_LIKE = [
    (  # like devset14
        "Năm 2024, xã hoàn thành 27 công trình, gồm: đường giao thông 11, kênh mương 8, nhà văn hóa thôn 6, sân thể thao 3.",
        [27, 11, 8, 6, 3],
    ),
    (  # like devset18
        "Công tác tiếp công dân được các cấp chú trọng. Năm 2024 tổ chức 236 cuộc tiếp xúc, đối thoại, trong đó cấp tỉnh 8, cấp huyện 47, cấp xã 175.",
        [236, 8, 47, 175],
    ),
    (  # like devset32
        "Năm 2024, Đảng bộ kết nạp 148 đảng viên, đạt 105,7% chỉ tiêu; trong đó 36 đảng viên là đoàn viên thanh niên; nữ 61, nam 89.",
        [148, 61, 89],
    ),
    (  # like devset13
        "Đảng bộ xã có 24 chi bộ trực thuộc. Cuối năm, các chi bộ tổ chức kiểm điểm nghiêm túc.\n\nKết quả đánh giá, xếp loại:\n- Chi bộ trực thuộc: hoàn thành xuất sắc nhiệm vụ 5, hoàn thành tốt nhiệm vụ 14, hoàn thành nhiệm vụ 3, không hoàn thành nhiệm vụ 1.",
        [24, 5, 14, 3, 1],
    ),
    (  # like devset21
        "Hội Nông dân phối hợp mở 64 lớp tập huấn kỹ thuật cho 3.150 lượt hội viên, gồm trồng trọt 30, chăn nuôi 21 và thủy sản 11.",
        [64, 30, 21, 11],
    ),
    (  # like devset12
        "Huyện rà soát 240 hộ cần hỗ trợ nhà ở (150 hộ xây mới, 90 hộ sửa chữa). Đến nay đã hoàn thành 96/240 nhà, đạt 40%; trong số nhà đã hoàn thành có 61 nhà xây mới và 38 nhà sửa chữa.",
        [96, 61, 38],
    ),
    (  # like devset16
        "Năm 2024, 326 đảng viên mới được kết nạp ở khối xã, thị trấn 204, khối cơ quan 71, lực lượng vũ trang 38 và các doanh nghiệp 17.",
        [326, 204, 71, 38, 17],
    ),
]

CLEAN = [
    "Sửa chữa 14 công trình, gồm trường học 6, trạm y tế 3, đường vào thôn 4.",
    "Khởi công 6 công trình, gồm: nhà văn hóa thôn 5, trạm bơm 2, cầu tràn 1.",
    "Năm 2024 xây dựng 9 công trình, gồm: trường mầm non 3, trạm y tế 2, nhà văn hóa của thôn 3.",
    "Hỗ trợ 17 hộ làm nhà, gồm: thôn 3 6, thôn 5 4, thôn 7 8.",
    "Xây dựng 39 công trình, gồm: giao thông 17, trường học 12, trạm y tế 4, nhà văn hóa thôn 5 (còn 1 công trình chưa quyết toán).",
    "Huyện hoàn thành nhiều công trình như: giao thông 17, trường học 12, trạm y tế 4, nhà văn hóa thôn 5.",
    "Tỉnh ủy chỉ đạo các cấp triển khai thực hiện.\n\nTổ chức 236 cuộc đối thoại, trong đó cấp tỉnh 8, cấp huyện 47, cấp xã 175.",
    "Ban Dân vận Tỉnh ủy chủ trì, phối hợp thực hiện. Tổ chức 236 cuộc đối thoại, trong đó cấp tỉnh 8, cấp huyện 47, cấp xã 175.",
    "Các cấp ủy tổ chức kiểm tra theo kế hoạch. Tiến hành 1.148 cuộc, trong đó cấp tỉnh 12, cấp huyện 164, cấp cơ sở 962; các chi bộ kiểm tra 210 đảng viên.",
    "Các cấp quan tâm tổ chức. Tổ chức 60 hội nghị, trong đó cấp huyện 12, cấp xã 45.",
    "Các cấp hội tích cực tham gia. Năm 2024 tổ chức 412 cuộc, trong đó cấp tỉnh 6, cấp huyện 58.",
    "Đoàn Thanh niên các cấp tổ chức nhiều hoạt động. Có 1.520 lượt đoàn viên tham gia hiến máu, trong đó tại điểm hiến máu của tỉnh 640 lượt.",
    "Toàn huyện có 2.460 hội viên; trong đó 420 hội viên là người dân tộc thiểu số; nam 230, nữ 194.",
    "Năm 2024 kết nạp 148 đảng viên; nữ 61.",
    "Năm 2024 kết nạp 148 đảng viên; nữ 61, dân tộc thiểu số 97.",
    "Đầu năm có 3.810 đảng viên, cuối năm có 3.820 đảng viên; chính thức 3.640, dự bị 177.",
    "Hội có 1.204 hội viên, tăng 60 hội viên; nam 30, nữ 31.",
    "Năm 2024 kết nạp 148 đảng viên (kế hoạch 150 đảng viên); nam 88, nữ 60.",
    "Toàn xã có 5.120 nhân khẩu, 1.380 hộ; nam 2.490, nữ 2.630.",
    "Huyện có 24.600 người trong độ tuổi lao động; nam 12.300, nữ 11.900 người đã qua đào tạo.",
    "Đội tuyển tham gia hội thao gồm 42 vận động viên; nam 25, nữ 19 thi đấu ở môn điền kinh.",
    "Kết nạp 148 đảng viên, nâng tổng số đảng viên lên 3.820; chính thức 3.600, dự bị 200 đồng chí được phân công nhiệm vụ.",
    "Đảng bộ xã có 24 chi bộ trực thuộc.\n\n- Chi bộ trực thuộc: hoàn thành xuất sắc nhiệm vụ 5, hoàn thành tốt nhiệm vụ 13, hoàn thành nhiệm vụ 3, không hoàn thành nhiệm vụ 1; 2 chi bộ mới thành lập chưa xếp loại.",
    "Đảng bộ xã có 24 chi bộ trực thuộc.\n\n- Chi bộ trực thuộc: hoàn thành xuất sắc nhiệm vụ 5, hoàn thành tốt nhiệm vụ 15, hoàn thành nhiệm vụ 3.",
    "Đảng bộ xã có 24 chi bộ trực thuộc, trong đó 20 chi bộ thôn.\n\n- Chi bộ thôn: hoàn thành xuất sắc nhiệm vụ 4, hoàn thành tốt nhiệm vụ 11, hoàn thành nhiệm vụ 3, không hoàn thành nhiệm vụ 2.",
    "Đầu nhiệm kỳ, Đảng bộ có 26 chi bộ trực thuộc. Qua sắp xếp, nhiều chi bộ được hợp nhất.\n\n- Chi bộ trực thuộc: hoàn thành xuất sắc nhiệm vụ 5, hoàn thành tốt nhiệm vụ 14, hoàn thành nhiệm vụ 3, không hoàn thành nhiệm vụ 1.",
    "Đảng bộ có 24 chi bộ trực thuộc, giảm 2 chi bộ do sáp nhập thôn.\n\n- Chi bộ trực thuộc: hoàn thành xuất sắc nhiệm vụ 6, hoàn thành tốt nhiệm vụ 15, hoàn thành nhiệm vụ 4, không hoàn thành nhiệm vụ 1.",
    "Mục tiêu đến năm 2025 có 30 chi hội phụ nữ vững mạnh.\n\n- Chi hội phụ nữ: vững mạnh 18, khá 8, trung bình 3, yếu 2.",
    "Toàn huyện có 52 chi hội nông dân.\n\n- Chi hội: vững mạnh 30, khá 15, trung bình 4, yếu 1.",
    "Đảng bộ có 24 chi bộ. Các chi bộ thôn sinh hoạt đều đặn.\n\n- Tổ đảng: hoàn thành xuất sắc nhiệm vụ 5, hoàn thành tốt nhiệm vụ 14, hoàn thành nhiệm vụ 3, không hoàn thành nhiệm vụ 1.",
    "Hội Nông dân phối hợp mở 62 lớp tập huấn kỹ thuật cho 3.150 lượt hội viên, gồm trồng trọt 30, chăn nuôi 21 và thủy sản 11.",
    "Hội Nông dân mở 64 lớp và tập huấn 3.150 lượt hội viên, gồm trồng trọt 30, chăn nuôi 21 và thủy sản 11.",
    "Tổ chức 42 buổi tuyên truyền với 5.300 lượt người nghe, gồm nam 2.500, nữ 2.800.",
    "Mở 64 lớp tập huấn (kế hoạch 60 lớp) cho 3.150 lượt hội viên, gồm trồng trọt 30, chăn nuôi 21 và thủy sản 11.",
    "Ủy ban Kiểm tra Huyện ủy nhận 45 đơn, gồm tố cáo 29, khiếu nại 10, phản ánh 6.",
    "Hội kết nạp 56 hội viên mới, gồm nông dân 41, tiểu thương 9, cán bộ hưu trí 6.",
    "Hội Nông dân tập huấn cho 3.150 lượt hội viên, trong đó hội viên nữ 1.420, hội viên dân tộc thiểu số 980.",
    "Tổ chức 236 cuộc đối thoại, tăng 14 cuộc so với năm 2023 (222 cuộc), trong đó cấp xã 175.",
    "Có 128 chi hội phụ nữ, trong đó 70 chi hội được xếp loại vững mạnh.",
    "Năm 2024 xét kết nạp 152 quần chúng ưu tú; đã kết nạp 148 đảng viên; nam 87, nữ 61.",
    "Hộ nghèo giảm từ 412 hộ xuống 351 hộ; nam chủ hộ 210, nữ chủ hộ 141.",
    "Toàn huyện có 86 thôn, tổ dân phố, gồm: thôn 74, tổ dân phố 12.",
    "Đảng bộ có 24 chi bộ trực thuộc, trong đó có 2 chi bộ mới thành lập chưa đủ thời gian đánh giá.\n\n- Chi bộ trực thuộc: hoàn thành xuất sắc nhiệm vụ 5, hoàn thành tốt nhiệm vụ 13, hoàn thành nhiệm vụ 3, không hoàn thành nhiệm vụ 1.",
    "So với năm 2023 (128 chi hội phụ nữ), năm 2024 số chi hội không đổi.\n\n- Chi hội phụ nữ: vững mạnh 70, khá 40, trung bình 15, yếu 1.",
    "Năm 2024, Đoàn xã tổ chức 18 buổi sinh hoạt cho 640 đoàn viên, gồm chính trị 6, văn nghệ 5 và thể thao 4; số còn lại là sinh hoạt chuyên đề.",
    "Năm 2024 mở 27 lớp dạy nghề cho 810 hội viên, gồm may công nghiệp 12, nấu ăn 9, làm bánh 7 và các nghề khác.",
    "Đã đầu tư 23 công trình, gồm: đường ngõ xóm 9, mương thoát nước 8, nhà văn hóa tổ 5, công trình khác.",
    "Các cấp ủy quan tâm lãnh đạo. Đã tổ chức 1.148 cuộc kiểm tra, trong đó cấp tỉnh 12, cấp huyện 164, cấp cơ sở 962 và chi bộ 10.",
    "Toàn hội có 2.460 hội viên; năm 2024 kết nạp mới 260 hội viên; nam 130, nữ 120.",
    "Kết nạp 612 đảng viên trong cả nhiệm kỳ; riêng năm 2024 kết nạp 148 đảng viên; nam 87, nữ 58.",
    "Có 3.820 đảng viên, trong đó 3.640 đảng viên chính thức.",
    "Toàn huyện có 36 chi đoàn cơ sở và 412 chi đoàn trực thuộc.\n\n- Chi đoàn trực thuộc: vững mạnh 201, khá 150, trung bình 50, yếu 11.",
    "Đảng bộ có 24 chi bộ trực thuộc.\n\n- Chi bộ trực thuộc năm 2023: hoàn thành xuất sắc nhiệm vụ 4, hoàn thành tốt nhiệm vụ 15, hoàn thành nhiệm vụ 4, không hoàn thành nhiệm vụ 2.",
    "Huyện rà soát 240 hộ cần hỗ trợ nhà ở (150 hộ xây mới, 90 hộ sửa chữa). Đến nay đã hoàn thành 96/240 nhà, đạt 40%; trong số nhà đã hoàn thành có 50 nhà xây mới và 30 nhà sửa chữa.",
    "Huyện rà soát 240 hộ cần hỗ trợ nhà ở. Đến nay đã hoàn thành 96/240 nhà, đạt 40%; trong số nhà đã hoàn thành có 61 nhà xây mới và 38 nhà sửa chữa.",
    "Huyện rà soát 240 hộ cần hỗ trợ nhà ở (150 hộ làm mới, 90 hộ cải tạo). Đến nay đã hoàn thành 96/240 nhà, đạt 40%; trong số nhà đã hoàn thành có 61 nhà xây mới và 38 nhà sửa chữa.",
    "Huyện rà soát 240 hộ cần hỗ trợ nhà ở (150 hộ xây mới, 90 hộ sửa chữa). Năm 2023 đã hoàn thành 96/250 nhà; trong số nhà đã hoàn thành có 61 nhà xây mới và 38 nhà sửa chữa.",
    "Năm 2024, 326 đảng viên mới được kết nạp ở khối xã, thị trấn 200, khối cơ quan 71, lực lượng vũ trang 38 và các doanh nghiệp 17.",
    "Trong năm có 1.260 lao động được tuyển dụng tại doanh nghiệp trong tỉnh 730, doanh nghiệp ngoài tỉnh 410 và thị trường nước ngoài 120.",
    "Năm 2024 có 326 đảng viên mới được kết nạp, nhiều nhất ở khối xã 204, khối cơ quan 71.",
    "Năm 2024 có 326 đảng viên mới được kết nạp chủ yếu ở khối xã, thị trấn 204, khối cơ quan 71.",
    "Năm 2024, 326 đảng viên mới được kết nạp ở khối xã, thị trấn 204, khối cơ quan 71 và một số nơi khác.",
    "Có 1.250 lao động được tuyển dụng tại các doanh nghiệp, trong đó doanh nghiệp may 730, doanh nghiệp điện tử 410.",
    "Có 1.250 lao động được tuyển dụng tại doanh nghiệp trong tỉnh 730, doanh nghiệp ngoài tỉnh 410; số còn lại làm việc tự do.",
    "Năm 2024 có 412 hộ được vay vốn tại Ngân hàng Chính sách xã hội 300, quỹ tín dụng nhân dân 80.",
    "Có 96 học sinh được khen thưởng ở cấp huyện 60, cấp tỉnh 21, cấp quốc gia 3.",
    "Năm 2024, 326 đảng viên mới được kết nạp ở khối xã, thị trấn 204, khối cơ quan 71, lực lượng vũ trang 38 và các doanh nghiệp 13.",
    "Các cấp hội tổ chức 412 cuộc sinh hoạt. Riêng Hội Nông dân tổ chức 236 cuộc, trong đó cấp tỉnh 8, cấp huyện 47, cấp xã 181.",
    "Năm 2024 toàn tỉnh có 15.200 đoàn viên; kết nạp mới 1.240; nam 600, nữ 652.",
    "Số người tham gia bảo hiểm xã hội tự nguyện là 3.820 người, tăng 420 người; nam 1.900, nữ 1.500.",
    "Năm 2023 có 3.820 đảng viên; năm 2024: nam 2.000, nữ 1.850.",
    "Năm 2024 có 326 đảng viên được kết nạp ở 3 khối: khối xã 204, khối cơ quan 71, khối doanh nghiệp 51.",
    "Năm 2024 có 326 đảng viên được kết nạp ở khối xã 204, khối cơ quan 71.",
    "Đảng bộ có 24 chi bộ trực thuộc.\n\nKết quả xếp loại năm 2023:\n- Chi bộ trực thuộc: hoàn thành xuất sắc nhiệm vụ 5, hoàn thành tốt nhiệm vụ 14, hoàn thành nhiệm vụ 3, không hoàn thành nhiệm vụ 1.\n\nKết quả xếp loại năm 2024:\n- Chi bộ trực thuộc: hoàn thành xuất sắc nhiệm vụ 6, hoàn thành tốt nhiệm vụ 14, hoàn thành nhiệm vụ 3, không hoàn thành nhiệm vụ 1.",
    "Hội có 1.204 hội viên, trong đó 310 hội viên là đảng viên; chính thức 300, dự bị 12.",
    "Huyện có 3 trường được công nhận chuẩn quốc gia. Năm học 2024-2025 mở 64 lớp cho 2.150 học sinh, gồm lớp 6 có 17, lớp 7 có 16, lớp 8 có 15, lớp 9 có 14.",
]


@pytest.mark.parametrize(("text", "figures"), PLANTED)
def test_listed_parts_slip_found(text: str, figures: list[float]) -> None:
    checks = checks_of(text, "part_whole")
    assert told(checks, "part_whole", "inconsistent", figures), [
        (c.verdict, c.figures, c.why) for c in checks
    ]


@pytest.mark.parametrize(("text", "figures"), DEV_LIKE)
def test_listed_parts_explained(text: str, figures: list[float]) -> None:
    (c,) = told(checks_of(text, "part_whole"), "part_whole", "inconsistent", figures)
    total, *parts = figures
    assert " + ".join(str(p) for p in parts) in c.why
    assert f"= {sum(parts)} " in c.why and f"≠ {total} " in c.why
    assert "\n" not in c.why + c.why_vi


@pytest.mark.parametrize("text", CLEAN)
def test_listed_parts_look_alikes_silent(text: str) -> None:
    assert alarms(text) == []
