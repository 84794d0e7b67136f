"""Recall round 24 (share): a part's percent of a whole stated one or two sentences before (or
before a ";"), said in other words than the development sets use. Every passage is written by
us (none is copied from a report).

- the whole said as the stock of its place ("Toàn huyện có 31.260 hộ.") or as a total ("Tổng
  số phiếu phát ra là 318 phiếu.", "Cấp ủy cơ sở nhiệm kỳ 2020-2025 có 2.846 cấp ủy viên."),
  then the part with its noun said again, a bare percent or the whole named after it ("chiếm
  …% số phiếu phát ra", "… tổng dư nợ" of "tổng dư nợ cho vay …");
- the part's clause opened by "Trong đó", "trong số này" or "trong (tổng) số <the whole's
  noun>" ("trong số đảng viên mới kết nạp, có …" of "đã kết nạp 2.134 đảng viên mới").

Each planted passage has a consistent twin (the right figure); the traps put a percent after a
count of the same noun stated before that is not its whole (a sibling group, another moment, a
wider scope, another body, a subset, a change, a plan).

26 of the 85 planted slips written are still missed (not asserted): a whole
dated to another moment than its flow ("Tổng số hộ nghèo đầu năm …" / "Trong năm … thoát
nghèo"), a whole of another noun ("hộ gia đình", "đàn gia súc", "xã, thị trấn"), counts the
extractor does not read ("… là 1.186, chiếm …"), a part placed ("tại tổ dân phố"), a part
dated ("Năm 2023, có 59 chi bộ …"), a population base named in words, a target rate.
"""

from __future__ import annotations

import pytest
from checkhelp import checks_of

from vnreport_miner.records import Check


def _checks(text: str) -> list[Check]:
    return checks_of(text, "share")


# 59 planted slips the checker finds (of 85 written)
PLANTED = [
    "Năm 2023, toàn tỉnh kết nạp được 9.694 đảng viên mới. Trong số đó, 129 xã đặc biệt khó khăn kết nạp được 5.962 đảng viên, chiếm gần 70%.",
    "Toàn Đảng bộ có 312 chi bộ trực thuộc. Qua đánh giá, 268 chi bộ hoàn thành tốt nhiệm vụ, chiếm 91,9% tổng số chi bộ.",
    "Tổng diện tích đất nông nghiệp của xã là 3.420 ha. Diện tích trồng lúa 2.180 ha, chiếm 70,7% diện tích đất nông nghiệp.",
    "Tổng thu ngân sách trên địa bàn năm 2023 đạt 1.850 tỷ đồng. Thu nội địa đạt 1.420 tỷ đồng, chiếm 71,8% tổng thu.",
    "Đảng bộ tỉnh hiện có 58.730 đảng viên. Số đảng viên nữ là 21.340 đồng chí, chiếm 40,3%.",
    "Toàn tỉnh có 1.126 hợp tác xã đang hoạt động; trong số này, 412 hợp tác xã hoạt động hiệu quả, chiếm tỷ lệ 30,6%.",
    "Năm học 2022-2023, toàn huyện có 86 trường học các cấp. Trong đó, 61 trường đạt chuẩn quốc gia, chiếm 75,9%.",
    "Tổng số đại biểu được triệu tập dự Đại hội là 350 đồng chí. Có 341 đại biểu có mặt, chiếm 93,4%.",
    "Tổng số đảng viên được đánh giá, xếp loại là 4.215 đồng chí. Số đảng viên hoàn thành xuất sắc nhiệm vụ: 632 đồng chí, chiếm 11,0%.",
    "Năm 2023, tổng kim ngạch xuất khẩu đạt 2.340 triệu USD. Kim ngạch xuất khẩu hàng dệt may đạt 1.050 triệu USD, chiếm 38,9% tổng kim ngạch.",
    "Tổng số đơn thư tiếp nhận trong năm là 436 đơn. Đã giải quyết dứt điểm 398 đơn, đạt 96,3% trên tổng số đơn.",
    "Lực lượng lao động trong độ tuổi của huyện là 68.400 người. Số lao động đã qua đào tạo: 45.900 người (chiếm 61,1%).",
    "Thành phố có 142 tổ dân phố. Trong số 142 tổ dân phố, có 128 tổ có chi bộ, chiếm 95,1%.",
    "Diện tích rừng toàn tỉnh là 486.300 ha. Trong đó, rừng tự nhiên 312.600 ha, chiếm khoảng 71% diện tích rừng.",
    "Tổng vốn đầu tư toàn xã hội năm 2023 đạt 2.150 tỷ đồng. Vốn đầu tư của khu vực ngoài nhà nước 1.270 tỷ đồng, chiếm 54,1% tổng vốn đầu tư.",
    "Tính đến cuối năm, Đảng bộ có 418 chi bộ. Số chi bộ có từ 30 đảng viên trở lên là 37 chi bộ, chiếm 11,9%.",
    "Cả huyện có 15.820 hội viên nông dân. Trong tổng số hội viên, có 9.410 hội viên là nữ, chiếm 64,5%.",
    "Năm 2023, Ủy ban kiểm tra các cấp thi hành kỷ luật 187 đảng viên. Trong đó, kỷ luật bằng hình thức khiển trách 112 đảng viên, chiếm 53,9%.",
    "Tổng số học sinh lớp 12 dự thi tốt nghiệp là 12.460 em. Số học sinh đỗ tốt nghiệp đạt 12.180 em, chiếm 94,75%.",
    "Cuối năm 2023, tổng dư nợ cho vay của ngân hàng chính sách xã hội là 3.560 tỷ đồng. Dư nợ cho vay hộ nghèo 1.210 tỷ đồng, chiếm 40,0% tổng dư nợ.",
    "Toàn quận có 11 phường. Trong đó, 8 phường đạt chuẩn đô thị văn minh, chiếm 66,7%.",
    "Đảng ủy xã có 1.042 đảng viên sinh hoạt tại 27 chi bộ. Số đảng viên được miễn công tác và sinh hoạt đảng là 286 đồng chí, chiếm 22,4% tổng số đảng viên.",
    "Huyện có 4.520 ha cây ăn quả. Diện tích được cấp chứng nhận VietGAP là 890 ha, chiếm 14,7% diện tích cây ăn quả.",
    "Số lượt khách du lịch đến tỉnh trong năm là 3.250.000 lượt. Khách quốc tế 412.000 lượt, chiếm 8,7% tổng lượt khách.",
    "Tổng vốn huy động xây dựng nông thôn mới là 845 tỷ đồng. Nhân dân đóng góp 126 tỷ đồng, bằng 19,9% so với tổng vốn huy động.",
    "Toàn tỉnh có 26.840 hộ nghèo. Số hộ nghèo là đồng bào dân tộc thiểu số 19.320 hộ, chiếm tỷ lệ 67,0% trên tổng số hộ nghèo.",
    "Tổng chi ngân sách địa phương năm 2023 là 12.640 tỷ đồng. Chi đầu tư phát triển 3.980 tỷ đồng, chiếm 36,5% tổng chi.",
    "Tổng số cán bộ, đảng viên đã học tập Nghị quyết là 42.800 lượt. Số cán bộ viết bài thu hoạch đạt loại khá, giỏi là 35.200 lượt, chiếm 76,2%.",
    "Cấp ủy cơ sở nhiệm kỳ 2020-2025 có 2.846 cấp ủy viên. Cấp ủy viên nữ 612 đồng chí, chiếm 26,5%; cấp ủy viên trẻ dưới 35 tuổi 412 đồng chí.",
    "Huyện ủy đã chỉ đạo rà soát 1.760 hồ sơ đảng viên. Qua rà soát, phát hiện 132 hồ sơ có sai sót, chiếm 3,5%.",
    "Tổng diện tích gieo trồng vụ Đông Xuân đạt 28.450 ha. Trong đó diện tích lúa 19.830 ha (chiếm 74,7%), ngô 4.120 ha.",
    "Toàn tỉnh có 172 xã. Đến nay có 97 xã đạt chuẩn nông thôn mới, đạt tỷ lệ 51,4% số xã; 12 xã đạt chuẩn nâng cao.",
    "Tổng số lao động được giải quyết việc làm trong năm là 24.600 người. Số lao động đi làm việc ở nước ngoài: 3.850 người, chiếm 20,7%.",
    "Toàn tỉnh có 1.254 tổ chức cơ sở đảng. Số tổ chức cơ sở đảng trong khối doanh nghiệp là 186, chiếm 10,8% tổng số tổ chức cơ sở đảng.",
    "Năm 2023 có 5.620 thanh niên đăng ký nghĩa vụ quân sự. Số thanh niên đủ tiêu chuẩn nhập ngũ là 1.840 người, chiếm 37,7%.",
    "Tổng số phiếu phát ra là 318 phiếu. Số phiếu thu về hợp lệ 312 phiếu, chiếm 94,11% số phiếu phát ra.",
    "Tổng số đảng viên toàn Đảng bộ là 6.384 đồng chí. Đảng viên là người dân tộc thiểu số có 2.912 đồng chí, chiếm 50,6%.",
    "Xã có 1.240 ha đất canh tác. Diện tích được tưới tiêu chủ động 1.080 ha (bằng 83,1% diện tích canh tác).",
    "Tổng số hồ sơ thủ tục hành chính tiếp nhận là 86.420 hồ sơ. Hồ sơ nộp trực tuyến 52.300 hồ sơ, chiếm 65,5%.",
    "Đảng bộ có 3.412 đảng viên. Trong năm, đã trao Huy hiệu Đảng cho 286 đảng viên, chiếm 4,4% tổng số đảng viên của Đảng bộ.",
    "Huyện có 38 hợp tác xã nông nghiệp. Trong đó có 21 hợp tác xã hoạt động khá, tốt, chiếm 61,3%; 9 hợp tác xã trung bình.",
    "Tổng số người tham gia bảo hiểm xã hội bắt buộc là 62.450 người. Lao động khu vực doanh nghiệp ngoài nhà nước tham gia 38.100 người, chiếm 66,0%.",
    "Số cán bộ được luân chuyển trong nhiệm kỳ là 146 đồng chí. Luân chuyển từ tỉnh xuống cơ sở 58 đồng chí, chiếm 33,7%.",
    "Đến ngày 30/6/2023, Đảng bộ có 92 tổ chức cơ sở đảng. Số tổ chức cơ sở đảng có đảng ủy là 47, chiếm 57,1%.",
    "Toàn huyện có 31.260 hộ. Số hộ sử dụng nước sạch đạt quy chuẩn: 24.980 hộ, chiếm 74,9%.",
    "Trong nhiệm kỳ đã kết nạp 2.134 đảng viên mới; trong số đảng viên mới kết nạp, có 834 đảng viên nữ, chiếm 44,1%.",
    "Tổng số phòng học của huyện: 1.124 phòng. Phòng học kiên cố 986 phòng, chiếm 83,7%, phòng bán kiên cố 138 phòng.",
    "Các cấp ủy đã giải quyết 64 đơn tố cáo đảng viên. Qua giải quyết, có 23 đơn tố cáo đúng và đúng một phần, chiếm 41,9%.",
    "Tổng diện tích tự nhiên của huyện là 52.640 ha. Đất lâm nghiệp chiếm 34.180 ha, tương đương 59,9% diện tích tự nhiên.",
    "Toàn tỉnh có 640 trường mầm non, phổ thông. Số trường có chi bộ độc lập là 598 trường, chiếm 97,4%.",
    "Tổng giá trị sản xuất nông nghiệp năm 2023 đạt 8.460 tỷ đồng. Giá trị ngành chăn nuôi 3.120 tỷ đồng, chiếm 42,9%.",
    "Toàn ngành có 18.420 đoàn viên công đoàn. Số đoàn viên được kết nạp vào Đảng trong năm là 412 người, chiếm 0,94% tổng số đoàn viên.",
    "Cả tỉnh có 2.960 chi bộ trực thuộc đảng ủy cơ sở. Số chi bộ có chi ủy là 1.148, chiếm 43,8%.",
    "Tổng số đại biểu Hội đồng nhân dân cấp xã nhiệm kỳ 2021-2026 là 4.315 người. Đại biểu là đảng viên 3.720 người, chiếm 81,2%.",
    "Tổng số cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý là 684 đồng chí. Cán bộ nữ 172 đồng chí, chiếm 30,1%.",
    "Toàn huyện có 4.280 doanh nghiệp đăng ký hoạt động. Số doanh nghiệp có tổ chức đảng: 146 doanh nghiệp, chiếm tỷ lệ 1,41% so với tổng số doanh nghiệp.",
    "Tổng số đảng viên dự bị được xét công nhận chính thức là 1.064 đồng chí. Có 1.051 đồng chí được công nhận đúng thời hạn, chiếm 94,8%.",
    "Năm 2023, tổng số vốn vay giải quyết việc làm giải ngân là 96 tỷ đồng. Vốn cho vay thanh niên khởi nghiệp: 28 tỷ đồng, chiếm 23,2%.",
    "Tổng số đảng viên của Đảng bộ đến 31/12/2023: 27.410 đồng chí. Số đảng viên có trình độ lý luận chính trị cao cấp, cử nhân: 1.920 đồng chí (chiếm 10,0%).",
]

TWINS = [
    "Năm 2023, toàn tỉnh kết nạp được 9.694 đảng viên mới. Trong số đó, 129 xã đặc biệt khó khăn kết nạp được 5.962 đảng viên, chiếm gần 62%.",
    "Tổng diện tích đất nông nghiệp của xã là 3.420 ha. Diện tích trồng lúa 2.180 ha, chiếm 63,7% diện tích đất nông nghiệp.",
    "Trong 5 năm, toàn Đảng bộ đã kết nạp 1.548 đảng viên. Số đảng viên là đoàn viên thanh niên được kết nạp là 1.102 đồng chí, chiếm 71,2% số đảng viên mới kết nạp.",
    "Tổng số đơn thư tiếp nhận trong năm là 436 đơn. Đã giải quyết dứt điểm 398 đơn, đạt 91,3% trên tổng số đơn.",
    "Dân số trung bình năm 2023 của tỉnh ước đạt 1.305.600 người. Dân số khu vực thành thị 298.400 người, chiếm 22,9% dân số.",
    "Đảng ủy xã có 1.042 đảng viên sinh hoạt tại 27 chi bộ. Số đảng viên được miễn công tác và sinh hoạt đảng là 286 đồng chí, chiếm 27,4% tổng số đảng viên.",
    "Sau sáp nhập, tỉnh có 1.428 thôn, tổ dân phố. Số thôn, tổ dân phố có bí thư chi bộ đồng thời là trưởng thôn là 1.186, chiếm 83,1%.",
    "Tổng diện tích gieo trồng vụ Đông Xuân đạt 28.450 ha. Trong đó diện tích lúa 19.830 ha (chiếm 69,7%), ngô 4.120 ha.",
    "Tổng số đảng viên toàn Đảng bộ là 6.384 đồng chí. Đảng viên là người dân tộc thiểu số có 2.912 đồng chí, chiếm 45,6%.",
    "Huyện có 38 hợp tác xã nông nghiệp. Trong đó có 21 hợp tác xã hoạt động khá, tốt, chiếm 55,3%; 9 hợp tác xã trung bình.",
    "Tổng số phòng học của huyện: 1.124 phòng. Phòng học kiên cố 986 phòng, chiếm 87,7%, phòng bán kiên cố 138 phòng.",
    "Cả tỉnh có 2.960 chi bộ trực thuộc đảng ủy cơ sở. Số chi bộ có chi ủy là 1.148, chiếm 38,8%.",
]

TRAPS = [
    "Toàn huyện có 2.450 hộ nghèo. Số hộ cận nghèo là 1.200 hộ, chiếm 6,0% tổng số hộ dân.",
    "Năm 2020, Đảng bộ có 5.958 đảng viên. Đến nay, đảng viên nữ 2.412 đồng chí, chiếm 38,5%.",
    "Toàn tỉnh có 1.254 tổ chức cơ sở đảng. Huyện Mường Ảng có 86 tổ chức cơ sở đảng, chiếm 40,2% tổng số tổ chức cơ sở đảng của huyện.",
    "Toàn tỉnh có 26.840 hộ nghèo. Có 3.200 hộ được hỗ trợ nhà ở, chiếm 1,2% tổng số hộ dân toàn tỉnh.",
    "Đảng bộ có 3.412 đảng viên. Trong năm kết nạp 186 đảng viên, tăng 12% so với năm trước.",
    "Toàn tỉnh có 172 xã. Kế hoạch năm 2024 phấn đấu thêm 12 xã đạt chuẩn nông thôn mới, nâng tỷ lệ lên 63%.",
    "Toàn huyện có 31.260 hộ. Số hộ nghèo 2.100 hộ, chiếm 6,7%. Số hộ cận nghèo 1.300 hộ, chiếm 4,2%.",
    "Đảng bộ có 312 chi bộ trực thuộc. Năm 2023, có 268 chi bộ hoàn thành tốt nhiệm vụ, đạt 95% chỉ tiêu đề ra.",
    "Cả huyện có 15.820 hội viên nông dân. Trong tổng số hội viên nữ, có 2.410 hội viên là người dân tộc thiểu số, chiếm 38%.",
    "Toàn huyện có 86 trường học. Có 61 trường có chi bộ độc lập, chiếm 92% số trường công lập.",
    "Tổng số đại biểu được triệu tập dự Đại hội là 350 đồng chí. Đại biểu nữ 86 đồng chí, chiếm 26% tổng số đại biểu chính thức được bầu.",
    "Tổng số hộ của xã là 1.736 hộ. Số hộ có nhà ở kiên cố 1.310 hộ, tăng 8,5% so với năm trước.",
    "Đảng bộ xã có 28 chi bộ với 986 đảng viên chính thức và 64 đảng viên dự bị. Đảng viên nữ 412 đồng chí, chiếm 39,2%.",
    "Toàn tỉnh có 7.820 thôn, bản, tổ dân phố. Số thôn có đường ô tô đến trung tâm 5.120 thôn, chiếm 85% số thôn vùng cao.",
    "Xã có 1.240 ha đất canh tác. Năm 2023, diện tích gieo trồng đạt 2.380 ha, bằng 102% kế hoạch.",
    "Đầu nhiệm kỳ, Đảng bộ có 5.120 đảng viên. Hiện có 1.874 đảng viên dưới 35 tuổi, chiếm 30,2%.",
    "Thị xã có 214 khu phố, thôn. Qua rà soát, 176 khu phố đạt danh hiệu văn hóa 3 năm liền; 164 khu phố có nhà văn hóa, chiếm 90%.",
    "Tổng số trẻ em dưới 6 tuổi trên địa bàn là 18.650 trẻ. Trẻ em dưới 5 tuổi suy dinh dưỡng 1.120 trẻ, chiếm 9,8% số trẻ dưới 5 tuổi.",
    "Toàn huyện có 4.280 doanh nghiệp. Năm 2023 thành lập mới 412 doanh nghiệp, tăng 15% so với năm 2022.",
    "Tổng số phiếu phát ra là 318 phiếu. Đồng chí Nguyễn Văn A đạt 301 phiếu, chiếm 97% số phiếu hợp lệ.",
    "Toàn huyện có 9.694 đảng viên. Các xã đặc biệt khó khăn có 5.962 đảng viên, chiếm 62% số đảng viên ở vùng nông thôn.",
    "Tổng diện tích rừng toàn tỉnh là 486.300 ha. Độ che phủ rừng đạt 51,2%.",
    "Tổng số học sinh lớp 12 của tỉnh là 12.460 em. Trường THPT Chuyên có 412 học sinh, trong đó 398 em đỗ đại học, chiếm 96,6%.",
    "Toàn huyện có 68.400 lao động. Có 3.850 lao động làm việc ở nước ngoài, chiếm 12% số lao động được giải quyết việc làm.",
    "Đảng bộ có 64 chi bộ. Chi bộ Phòng Tham mưu có 42 đảng viên, trong đó 30 đảng viên có trình độ đại học, chiếm 71,4%.",
    "Toàn tỉnh có 412.300 người dân tộc thiểu số. Số hộ dân tộc thiểu số thoát nghèo là 2.150 hộ, chiếm 8% số hộ nghèo dân tộc thiểu số.",
    "Cả huyện có 15.820 hội viên. Chi hội Thôn 5 có 86 hội viên, tham gia mô hình kinh tế 62 hội viên, chiếm 72,1%.",
    "Toàn xã có 96 hộ nghèo. Trong số hộ nghèo có khả năng lao động, 71 hộ được vay vốn, chiếm 86,6%.",
    "Toàn huyện có 142 tổ dân phố. Tổ dân phố số 7 có 312 hộ, trong đó 128 hộ kinh doanh, chiếm 41%.",
    "Tổng thu ngân sách trên địa bàn năm 2023 đạt 1.850 tỷ đồng. Thu từ khu vực doanh nghiệp nhà nước 420 tỷ đồng, chiếm 30% tổng thu nội địa.",
]


@pytest.mark.parametrize("text", PLANTED)
def test_planted_slip_is_inconsistent(text: str) -> None:
    assert any(c.verdict == "inconsistent" for c in _checks(text))


@pytest.mark.parametrize("text", TWINS)
def test_twin_is_consistent(text: str) -> None:
    checks = _checks(text)
    assert checks and all(c.verdict == "consistent" for c in checks)


@pytest.mark.parametrize("text", TRAPS)
def test_trap_raises_no_alarm(text: str) -> None:
    assert not any(c.verdict == "inconsistent" for c in checks_of(text))
