"""Recall round 22 (part_whole): a total and its listed parts said in other words than the
development sets, one sentence or two adjacent ones. Every passage is written by us.

Structures read since this round: two sides of a split with their labels after the counts ("12
đại biểu nữ và 23 đại biểu nam"); parallel labels whose last item follows "và" ("khối …, khối …
và khối …"); items that are values of one closed scale (peoples, schooling, levels of political
theory), which cannot overlap; age bands named after the counts; a sum named right after its
items ("cộng chung", "tính chung", "tổng số N", "tổng kinh phí"); "chia ra"/"phân ra" without a
colon.
"""

from __future__ import annotations

import pytest
from checkhelp import checks_of

from vnreport_miner.records import Check


def _checks(text: str) -> list[Check]:
    return checks_of(text, "part_whole")


# planted slips the checker finds: a part_whole check told inconsistent
FOUND = [
    "Toàn huyện có 106 xã, phường, thị trấn (85 xã, 11 phường, 12 thị trấn).",
    "Đảng bộ huyện hiện có 52 tổ chức cơ sở đảng, gồm 21 đảng bộ cơ sở và 33 chi bộ cơ sở.",
    "Năm 2023, có 1.254 đảng viên được đánh giá, xếp loại, trong đó: hoàn thành xuất sắc nhiệm vụ 188 đồng chí, hoàn thành tốt nhiệm vụ 912 đồng chí, hoàn thành nhiệm vụ 139 đồng chí, không hoàn thành nhiệm vụ 25 đồng chí.",
    "Tổng số chi bộ trực thuộc là 46, cụ thể: 12 chi bộ nông thôn, 18 chi bộ cơ quan, 8 chi bộ trường học và 6 chi bộ doanh nghiệp.",
    "Số đảng viên mới kết nạp trong năm là 214 người, chia ra: nam 118 người, nữ 86 người.",
    "Kinh phí xây dựng nông thôn mới năm 2024 đạt 45,6 tỷ đồng, phân theo nguồn: ngân sách trung ương 20,1 tỷ đồng, ngân sách tỉnh 15,3 tỷ đồng, nhân dân đóng góp 12,2 tỷ đồng.",
    "Toàn tỉnh có 1.320 chi bộ trực thuộc đảng ủy cơ sở, gồm:\n- Chi bộ thôn, bản, tổ dân phố: 745 chi bộ;\n- Chi bộ cơ quan, đơn vị sự nghiệp: 487 chi bộ;\n- Chi bộ doanh nghiệp: 98 chi bộ.",
    "Trên địa bàn huyện có 12 xã và 3 thị trấn, tổng cộng 16 đơn vị hành chính cấp xã.",
    "Thi hành kỷ luật 27 đảng viên bằng các hình thức: khiển trách 15 đồng chí, cảnh cáo 8 đồng chí, cách chức 1 đồng chí, khai trừ 5 đồng chí.",
    "Trong 412 đảng viên mới kết nạp, có 298 đồng chí dưới 30 tuổi, 96 đồng chí từ 30 đến 45 tuổi và 28 đồng chí trên 45 tuổi.",
    "Dân số toàn xã là 8.640 người, gồm các dân tộc: Kinh 2.150 người, Tày 3.870 người, Dao 2.260 người, dân tộc khác 460 người.",
    "Về trình độ lý luận chính trị, trong số 186 cán bộ được quy hoạch có 64 đồng chí cao cấp, 97 đồng chí trung cấp và 35 đồng chí sơ cấp.",
    "Đại hội triệu tập 350 đại biểu, bao gồm 55 đại biểu đương nhiên, 275 đại biểu được bầu từ các đảng bộ trực thuộc và 10 đại biểu chỉ định.",
    "Năm 2024 toàn tỉnh giải quyết việc làm cho 16.250 lao động, phân theo khu vực: trong tỉnh 7.430 lao động, ngoài tỉnh 6.520 lao động, xuất khẩu lao động 2.800 người.",
    "Xã đã xây mới 42 nhà và sửa chữa 17 nhà đại đoàn kết, tổng số 61 nhà với kinh phí 2,4 tỷ đồng.",
    "Toàn tỉnh hiện có 318 hợp tác xã, trong đó: nông nghiệp 201 hợp tác xã, phi nông nghiệp 106 hợp tác xã, quỹ tín dụng nhân dân 21 hợp tác xã.",
    "Có 58 trường đạt chuẩn quốc gia, gồm 21 trường mầm non, 19 trường tiểu học, 14 trường trung học cơ sở và 6 trường trung học phổ thông.",
    "Trong tổng số 245 đại biểu dự đại hội có 72 đại biểu nữ và 183 đại biểu nam.",
    "Tổng vốn huy động thực hiện chương trình là 128,5 tỷ đồng: vốn ngân sách nhà nước 76,2 tỷ đồng; vốn tín dụng 32,5 tỷ đồng; vốn doanh nghiệp và nhân dân 21,8 tỷ đồng.",
    "Ủy ban kiểm tra các cấp đã kiểm tra khi có dấu hiệu vi phạm đối với 43 đảng viên, cụ thể: cấp ủy viên các cấp 17 đồng chí, đảng viên khác 28 đồng chí.",
    "Toàn huyện có 7.426 đảng viên (đảng viên chính thức 7.102 đồng chí, đảng viên dự bị 342 đồng chí).",
    "Địa bàn xã được chia thành 14 thôn, gồm 9 thôn vùng thấp và 6 thôn vùng cao.",
    "Kết quả thu ngân sách trên địa bàn năm 2024 đạt 1.245 tỷ đồng, gồm:\n- Thu nội địa: 1.012 tỷ đồng;\n- Thu từ hoạt động xuất nhập khẩu: 253 tỷ đồng.",
    "Tỉnh có 9 đơn vị hành chính cấp huyện (bao gồm 1 thành phố, 1 thị xã và 8 huyện).",
    "Ban Chấp hành Đảng bộ huyện có 41 đồng chí, trong đó dưới 40 tuổi 9 đồng chí, từ 40 đến 50 tuổi 20 đồng chí, trên 50 tuổi 14 đồng chí.",
    "Đội ngũ cán bộ, công chức cấp xã gồm 612 người, trong đó trình độ thạc sĩ 18 người, đại học 497 người, cao đẳng và trung cấp 107 người.",
    "Diện tích gieo trồng cây hằng năm đạt 12.450 ha, gồm lúa 7.820 ha, ngô 2.640 ha, sắn 1.350 ha và rau màu các loại 460 ha.",
    "Khối đảng có 18 chi bộ, khối chính quyền có 27 chi bộ, khối đoàn thể có 6 chi bộ, cộng chung 53 chi bộ.",
    "Đảng ủy xã có 12 chi bộ thôn, 3 chi bộ trường học và 1 chi bộ trạm y tế; tổng số 15 chi bộ trực thuộc.",
    "Tổng dự toán công trình 18,75 tỷ đồng gồm chi phí xây lắp 15,2 tỷ đồng, chi phí thiết bị 2,1 tỷ đồng và chi phí khác 1,65 tỷ đồng.",
    "Trong năm, huyện khởi công 34 công trình, trong đó: 11 công trình giao thông, 9 công trình thủy lợi, 10 công trình trường học và 6 công trình y tế, văn hóa.",
    "Toàn xã có 2.180 hộ gia đình được công nhận gia đình văn hóa, gồm thôn Đông 640 hộ, thôn Tây 715 hộ và thôn Nam 852 hộ.",
    "Xã có 1.412 hộ, trong đó có 905 hộ người Mông và 517 hộ người Thái.",
    "Đã thi hành kỷ luật 5 tổ chức đảng và 43 đảng viên; trong số 43 đảng viên bị kỷ luật có 28 đồng chí bị khiển trách, 11 đồng chí bị cảnh cáo và 6 đồng chí bị cách chức.",
    "Toàn huyện có 5.630 đoàn viên, sinh hoạt tại 86 chi đoàn, trong đó khối xã, thị trấn 4.210 đoàn viên, khối trường học 985 đoàn viên và khối cơ quan 453 đoàn viên.",
    "Tổng diện tích đất lâm nghiệp là 38.560 ha, chia ra rừng đặc dụng 6.240 ha, rừng phòng hộ 11.870 ha và rừng sản xuất 20.540 ha.",
    "Trong năm tiếp nhận 137 đơn thư, trong đó: khiếu nại 46 đơn, tố cáo 19 đơn, kiến nghị, phản ánh 74 đơn.",
    "Giải quyết việc làm cho 2.745 lao động: làm việc tại các doanh nghiệp, cơ sở trong tỉnh 1.318 người, làm việc ngoài tỉnh 1.092 người, xuất khẩu lao động 353 người.",
    "Trong số 9.214 đảng viên của Đảng bộ có 4.128 đảng viên người Kinh, 3.675 đảng viên người Tày, 1.046 đảng viên người Nùng và 356 đảng viên các dân tộc khác.",
    "Hội đồng nhân dân xã tổ chức 6 kỳ họp, gồm 2 kỳ họp thường lệ và 5 kỳ họp chuyên đề.",
    "Xã có tổng cộng 21 thôn (vùng thấp 13 thôn, vùng cao 9 thôn).",
    "Đội ngũ giáo viên của huyện là 2.318 người, gồm mầm non 642 người, tiểu học 905 người, trung học cơ sở 717 người.",
    "Năm 2024, toàn huyện có 47 chi bộ đạt trong sạch vững mạnh, cụ thể:\n- 19 chi bộ thôn, bản;\n- 18 chi bộ cơ quan;\n- 12 chi bộ trường học.",
    "Tổng kinh phí hỗ trợ là 845 triệu đồng, gồm hỗ trợ giống 420 triệu đồng, hỗ trợ phân bón 285 triệu đồng, tập huấn kỹ thuật 150 triệu đồng.",
    "Qua kiểm tra phát hiện 64 trường hợp vi phạm, gồm 38 trường hợp vi phạm về đất đai, 17 trường hợp vi phạm về tài chính và 11 trường hợp vi phạm khác.",
    "Có 1.080 đảng viên nam và 726 đảng viên nữ, tổng cộng 1.816 đảng viên.",
    "Về độ tuổi, trong 64 đồng chí trúng cử Ban Chấp hành có 8 đồng chí dưới 35 tuổi, 31 đồng chí từ 35 đến 50 tuổi, 27 đồng chí trên 50 tuổi.",
    "Số đại biểu Hội đồng nhân dân huyện là 35 người, gồm 12 đại biểu nữ và 25 đại biểu nam.",
    "Toàn tỉnh có 1.862 thôn, tổ dân phố, chia ra 1.540 thôn và 332 tổ dân phố.",
    "Toàn huyện có 96 trường học, bao gồm 35 trường mầm non, 38 trường tiểu học và 25 trường trung học cơ sở.",
    "Đã huy động 12,8 tỷ đồng xây dựng nhà văn hóa thôn, trong đó từ ngân sách 7,5 tỷ đồng, từ xã hội hóa 5,8 tỷ đồng.",
    "Đã chuyển sinh hoạt đảng cho 128 đảng viên, gồm chuyển đi 71 đồng chí và chuyển đến 59 đồng chí.",
    "Về loại hình, 62 chi bộ trực thuộc gồm: chi bộ nông thôn 40, chi bộ cơ quan 13, chi bộ doanh nghiệp 6, chi bộ trường học 4.",
    "Số người tham gia bảo hiểm xã hội là 6.480 người, phân ra: bắt buộc 5.120 người, tự nguyện 1.460 người.",
    "Xã thực hiện 3 công trình: sửa chữa trụ sở 450 triệu đồng, xây cổng chào 280 triệu đồng, làm đường nội đồng 615 triệu đồng, tổng kinh phí 1.354 triệu đồng.",
]

# 32 planted slips still missed (not asserted):
#   Kết quả phân loại 87 tổ chức cơ sở đảng: 18 hoàn thành xuất sắc nhiệm vụ, 55 hoàn thành tốt nhiệm vụ, 14 hoàn thành nhiệm vụ, 2 không hoàn thành nhiệm
#   Đã kết nạp 356 đảng viên mới (khối xã, phường 241 đồng chí, khối cơ quan 73 đồng chí, khối doanh nghiệp 52 đồng chí).
#   Huyện có 24 trường trung học cơ sở, với 17 trường công lập và 9 trường ngoài công lập.
#   Huyện có 9.870 hộ nghèo và cận nghèo, trong đó 5.520 hộ nghèo, 4.450 hộ cận nghèo.
#   Năm 2023, toàn Đảng bộ kết nạp được 178 đảng viên mới. Trong đó, khối xã, thị trấn kết nạp 121 đồng chí, khối cơ quan, doanh nghiệp kết nạp 67 đồng ch
#   Đảng bộ có 36 chi bộ trực thuộc. Các chi bộ gồm 22 chi bộ thôn, 9 chi bộ trường học và 7 chi bộ cơ quan.
#   Kết quả đánh giá, xếp loại 214 chi bộ năm 2023: hoàn thành xuất sắc nhiệm vụ 46 chi bộ; hoàn thành tốt nhiệm vụ 139 chi bộ; hoàn thành nhiệm vụ 29 chi
#   Năm 2024 có 2.315 lượt đảng viên được học tập nghị quyết, trong đó: 1.840 lượt ở cơ sở; 457 lượt ở các cơ quan cấp huyện.
#   Số hộ được hỗ trợ nhà ở là 1.086 hộ, chia ra: hộ nghèo 742 hộ, hộ cận nghèo 229 hộ, hộ có hoàn cảnh khó khăn 125 hộ.
#   Đã trao 85 Huy hiệu Đảng cho đảng viên, gồm: 6 huy hiệu 70 năm, 11 huy hiệu 65 năm, 23 huy hiệu 60 năm, 12 huy hiệu 55 năm, 17 huy hiệu 50 năm, 12 huy
#   Đoàn đại biểu của huyện đi dự Đại hội tỉnh gồm 32 đồng chí: 19 đồng chí là đại biểu đương nhiên, 15 đồng chí là đại biểu được bầu.
#   Số thẻ bảo hiểm y tế cấp miễn phí là 24.380 thẻ, phân theo đối tượng: người dân tộc thiểu số 17.950 thẻ, trẻ em dưới 6 tuổi 4.120 thẻ, người có công 2
#   Hội nghị có 156 đại biểu tham dự, với 98 đại biểu cấp tỉnh và 68 đại biểu cấp huyện.
#   Năm 2024, xã Tân Lập xây dựng 7 km đường bê tông, xã Hòa Bình xây dựng 5,5 km. Tổng chiều dài đường bê tông được xây dựng trên hai xã là 13,5 km.
#   Huyện ủy đã tổ chức 24 lớp bồi dưỡng. Cơ cấu các lớp: 8 lớp cho đảng viên mới, 10 lớp cho cấp ủy viên cơ sở, 8 lớp nghiệp vụ công tác đảng.
#   Có 3.452 đảng viên được đánh giá chất lượng (hoàn thành xuất sắc nhiệm vụ 402, hoàn thành tốt nhiệm vụ 2.745, hoàn thành nhiệm vụ 268, không hoàn thàn
#   Đến cuối năm 2024, huyện có 135 cơ sở sản xuất công nghiệp: 12 doanh nghiệp, 31 hợp tác xã và 94 hộ cá thể.
#   Tổng vốn đầu tư 3,2 tỷ đồng gồm ngân sách tỉnh 2 tỷ đồng và ngân sách huyện 1.500 triệu đồng.
#   Trong tổng số 84 cán bộ được luân chuyển thì 36 đồng chí luân chuyển từ tỉnh xuống huyện, 50 đồng chí từ huyện xuống xã.
#   Số tập thể, cá nhân được khen thưởng là 318, phân theo cấp khen: cấp tỉnh 41, cấp huyện 121, cấp xã 165.
#   Lượng khách du lịch năm 2024 đạt 1.250.000 lượt, gồm 1.180.000 lượt khách nội địa và 80.000 lượt khách quốc tế.
#   Huyện có 23 cơ sở y tế công lập, gồm 1 trung tâm y tế, 1 bệnh viện đa khoa và 20 trạm y tế xã.
#   Số chi bộ trực thuộc Đảng ủy xã: / - Chi bộ thôn: 34 chi bộ; / - Chi bộ trường học: 11 chi bộ; / - Chi bộ cơ quan: 7 chi bộ. / Tổng cộng: 54 chi bộ.
#   Tổng thu ngân sách xã đạt 9,36 tỷ đồng, với thu cân đối 4,12 tỷ đồng và thu bổ sung từ ngân sách cấp trên 5,42 tỷ đồng.
#   Năm 2024, Ủy ban Kiểm tra Huyện ủy kiểm tra 19 tổ chức đảng. Đó là 7 đảng bộ cơ sở và 14 chi bộ cơ sở.
#   Hội Nông dân có 48.350 hội viên (nam 31.240, nữ 17.210) và 236 chi hội.
#   Trong 1.126 người cao tuổi được mừng thọ, có 612 cụ tuổi 70, 349 cụ tuổi 80, 152 cụ tuổi 90 và 15 cụ từ 100 tuổi trở lên.
#   Năm 2024 xét kết nạp 115 quần chúng vào Đảng, trong đó 26 quần chúng ở khối doanh nghiệp, 61 quần chúng ở khối xã và 18 quần chúng ở khối trường học.
#   Có 42 tập thể và cá nhân được Ban Thường vụ Tỉnh ủy tặng Bằng khen, gồm 15 tập thể, 29 cá nhân.
#   Tổng số phiếu thu về là 1.520 phiếu; số phiếu hợp lệ 1.513 phiếu, số phiếu không hợp lệ 17 phiếu.
#   Đảng bộ tỉnh có 18 đảng bộ trực thuộc: 9 đảng bộ huyện, thị xã, thành phố; 4 đảng bộ khối; 4 đảng bộ lực lượng vũ trang và 2 đảng bộ khác.
#   Tính đến 31/12/2024, số đảng viên toàn huyện là 6.215; phân theo giới tính có 2.534 đảng viên nữ, 3.618 đảng viên nam.


@pytest.mark.parametrize("text", FOUND)
def test_planted_found(text: str) -> None:
    assert any(c.verdict == "inconsistent" for c in _checks(text))


# the same passages with the right figure: told consistent, no alarm
TWINS = [
    "Toàn huyện có 106 xã, phường, thị trấn (85 xã, 11 phường, 10 thị trấn).",
    "Đảng bộ huyện hiện có 52 tổ chức cơ sở đảng, gồm 21 đảng bộ cơ sở và 31 chi bộ cơ sở.",
    "Năm 2023, có 1.254 đảng viên được đánh giá, xếp loại, trong đó: hoàn thành xuất sắc nhiệm vụ 188 đồng chí, hoàn thành tốt nhiệm vụ 912 đồng chí, hoàn thành nhiệm vụ 139 đồng chí, không hoàn thành nhiệm vụ 15 đồng chí.",
    "Tổng số chi bộ trực thuộc là 46, cụ thể: 12 chi bộ nông thôn, 18 chi bộ cơ quan, 10 chi bộ trường học và 6 chi bộ doanh nghiệp.",
    "Số đảng viên mới kết nạp trong năm là 214 người, chia ra: nam 118 người, nữ 96 người.",
    "Kinh phí xây dựng nông thôn mới năm 2024 đạt 45,6 tỷ đồng, phân theo nguồn: ngân sách trung ương 20,1 tỷ đồng, ngân sách tỉnh 15,3 tỷ đồng, nhân dân đóng góp 10,2 tỷ đồng.",
    "Toàn tỉnh có 1.320 chi bộ trực thuộc đảng ủy cơ sở, gồm:\n- Chi bộ thôn, bản, tổ dân phố: 745 chi bộ;\n- Chi bộ cơ quan, đơn vị sự nghiệp: 477 chi bộ;\n- Chi bộ doanh nghiệp: 98 chi bộ.",
    "Trên địa bàn huyện có 12 xã và 3 thị trấn, tổng cộng 15 đơn vị hành chính cấp xã.",
    "Thi hành kỷ luật 27 đảng viên bằng các hình thức: khiển trách 15 đồng chí, cảnh cáo 8 đồng chí, cách chức 1 đồng chí, khai trừ 3 đồng chí.",
    "Trong 412 đảng viên mới kết nạp, có 298 đồng chí dưới 30 tuổi, 96 đồng chí từ 30 đến 45 tuổi và 18 đồng chí trên 45 tuổi.",
    "Dân số toàn xã là 8.640 người, gồm các dân tộc: Kinh 2.150 người, Tày 3.870 người, Dao 2.160 người, dân tộc khác 460 người.",
    "Về trình độ lý luận chính trị, trong số 186 cán bộ được quy hoạch có 64 đồng chí cao cấp, 97 đồng chí trung cấp và 25 đồng chí sơ cấp.",
]


@pytest.mark.parametrize("text", TWINS)
def test_twin_consistent(text: str) -> None:
    checks = _checks(text)
    assert any(c.verdict == "consistent" for c in checks)
    assert not any(c.verdict == "inconsistent" for c in checks)


# figures that look related but are no breakdown (a subset, nested or cumulative items, another
# year or body, overlapping labels): no part_whole alarm
TRAPS = [
    "Toàn huyện có 28 xã, trong đó nổi bật có 5 xã đạt chuẩn nông thôn mới nâng cao và 3 xã đạt chuẩn nông thôn mới kiểu mẫu.",
    "Nhiều chi bộ thực hiện tốt việc sinh hoạt chuyên đề, như 12 chi bộ thôn và 7 chi bộ trường học trong tổng số 45 chi bộ trực thuộc.",
    "Toàn tỉnh có 1.650 tổ chức cơ sở đảng, gồm 620 đảng bộ cơ sở (trong đó 512 đảng bộ có chi bộ trực thuộc) và 1.030 chi bộ cơ sở.",
    "Năm 2023 kết nạp 312 đảng viên; năm 2024 kết nạp 298 đảng viên, gồm 201 đồng chí khối xã và 97 đồng chí khối cơ quan.",
    "Trong 1.240 đảng viên được xếp loại, có 1.180 đồng chí hoàn thành tốt nhiệm vụ trở lên, 205 đồng chí hoàn thành xuất sắc nhiệm vụ, 52 đồng chí hoàn thành nhiệm vụ và 8 đồng chí không hoàn thành nhiệm vụ.",
    "Tổng số đảng viên của Đảng bộ là 2.846 đồng chí; có 2.611 đồng chí được đánh giá, xếp loại (miễn đánh giá 235 đồng chí), trong đó hoàn thành xuất sắc nhiệm vụ 310 đồng chí, hoàn thành tốt nhiệm vụ 2.050 đồng chí, hoàn thành nhiệm vụ 236 đồng chí, không hoàn thành nhiệm vụ 15 đồng chí.",
    "Toàn huyện có 1.845 hộ nghèo, trong đó có 612 hộ người Dao, 423 hộ người Mông.",
    "Trong 14 thôn, 9 thôn có nhà văn hóa đạt chuẩn; các thôn còn lại đã được đầu tư xây mới 3 nhà văn hóa.",
    "Đầu nhiệm kỳ có 46 chi bộ; đến nay còn 41 chi bộ, gồm 28 chi bộ thôn và 13 chi bộ cơ quan.",
    "Có 132 đảng viên được kết nạp, trong đó 58 đồng chí là nữ (chiếm 43,9%), 87 đồng chí là đoàn viên.",
    "Có 23 xã đạt chuẩn nông thôn mới, trong đó có 6 xã đạt chuẩn nâng cao, 2 xã đạt chuẩn kiểu mẫu.",
    "Năm 2024 tổ chức 16 hội nghị: quán triệt nghị quyết 9 hội nghị với 3.450 lượt người tham dự, sơ kết, tổng kết 7 hội nghị.",
    "Huyện có 18 xã và 2 thị trấn; 15 xã đạt chuẩn nông thôn mới, 3 xã đang phấn đấu đạt chuẩn.",
    "Tổng số 45 chi bộ, gồm 30 chi bộ nông thôn và 15 chi bộ cơ quan; năm 2024 có 38 chi bộ hoàn thành tốt nhiệm vụ trở lên, 7 chi bộ hoàn thành nhiệm vụ.",
    "Các sản phẩm OCOP của huyện đạt 27 sản phẩm, như chè Shan tuyết 6 sản phẩm, mật ong 4 sản phẩm.",
    "Trong 86 đảng viên mới có 61 đồng chí dưới 35 tuổi, 47 đồng chí dưới 30 tuổi.",
    "Chi bộ có 42 đảng viên, trong đó 15 đảng viên nữ, 9 đảng viên là người dân tộc thiểu số, 6 đảng viên được miễn sinh hoạt.",
    "Tổng vốn đầu tư phát triển toàn xã hội đạt 4.560 tỷ đồng, trong đó vốn ngân sách nhà nước 1.230 tỷ đồng.",
    "Thu ngân sách năm 2023 đạt 812 tỷ đồng; năm 2024 đạt 905 tỷ đồng, gồm thu nội địa 780 tỷ đồng và thu xuất nhập khẩu 125 tỷ đồng.",
    "Thi hành kỷ luật 3 tổ chức đảng và 25 đảng viên, gồm khiển trách 14 đồng chí, cảnh cáo 8 đồng chí, cách chức 1 đồng chí, khai trừ 2 đồng chí.",
    "Kỷ luật 18 đảng viên, trong đó 7 đồng chí là cấp ủy viên, 4 đồng chí bị khiển trách.",
    "Có 64 trường đạt chuẩn quốc gia, trong đó 20 trường mầm non, 24 trường tiểu học…",
    "Đảng bộ xã A có 18 chi bộ, Đảng bộ xã B có 14 chi bộ, Đảng bộ xã C có 11 chi bộ; Đảng bộ huyện có 62 tổ chức cơ sở đảng.",
    "Toàn huyện có 21 xã với 312 thôn, bản và 48.650 hộ.",
    "Trồng mới 120 ha chè và 85 ha cây ăn quả, nâng tổng diện tích cây công nghiệp và cây ăn quả lên 2.450 ha.",
    "Xã có 12 thôn và 3 tổ dân phố, tổng cộng 1.980 hộ.",
    "Có 412 hộ thoát nghèo (đạt 103% kế hoạch), 95 hộ thoát cận nghèo.",
    "Năm 2023 có 41 chi bộ hoàn thành tốt nhiệm vụ trở lên; năm 2024 có 44 chi bộ, gồm 12 chi bộ hoàn thành xuất sắc nhiệm vụ và 32 chi bộ hoàn thành tốt nhiệm vụ.",
    "Trong 520 đảng viên có 214 đồng chí từ 50 tuổi trở lên và 96 đồng chí từ 60 tuổi trở lên.",
    "Huyện có 26 xã; 19 xã đã đạt chuẩn nông thôn mới. Các xã còn lại đều đạt từ 15 tiêu chí trở lên.",
    "Số hộ nghèo giảm từ 2.140 hộ xuống 1.610 hộ, giảm 530 hộ.",
    "Đảng bộ có 2.360 đảng viên sinh hoạt ở 84 chi bộ, gồm 61 chi bộ nông thôn và 23 chi bộ cơ quan.",
    "Ban Thường vụ gồm 11 đồng chí, trong đó có Bí thư, 2 Phó Bí thư và Chủ nhiệm Ủy ban Kiểm tra.",
    "Đã cấp 3.215 giấy chứng nhận quyền sử dụng đất với diện tích 1.240 ha, chia ra đất ở 412 ha, đất nông nghiệp 828 ha.",
    "Một số kết quả nổi bật:\n- Kết nạp 156 đảng viên mới;\n- 42 chi bộ đạt trong sạch vững mạnh;\n- 12 tổ chức đảng được khen thưởng.",
    "Giai đoạn 2021-2024 kết nạp 1.240 đảng viên; riêng năm 2024 kết nạp 318 đảng viên, trong đó nữ 145 đồng chí.",
    "Toàn tỉnh có 152 xã, phường, thị trấn, gồm 131 xã (trong đó 36 xã đặc biệt khó khăn), 12 phường và 9 thị trấn.",
    "Trong 68 tổ chức cơ sở đảng có 59 tổ chức hoàn thành tốt nhiệm vụ trở lên, 14 tổ chức hoàn thành xuất sắc nhiệm vụ, 9 tổ chức hoàn thành nhiệm vụ.",
    "Có 37 mô hình dân vận khéo được công nhận, tiêu biểu: 5 mô hình cấp tỉnh, 12 mô hình cấp huyện.",
    "Chi bộ có 38 đảng viên, 4 đồng chí được miễn sinh hoạt, 34 đồng chí sinh hoạt thường xuyên.",
    "Chi bộ có 38 đảng viên (4 đồng chí miễn đánh giá); xếp loại 34 đồng chí: 5 hoàn thành xuất sắc nhiệm vụ, 25 hoàn thành tốt nhiệm vụ, 4 hoàn thành nhiệm vụ.",
    "Tổng chi ngân sách địa phương 2.450 tỷ đồng, trong đó chi đầu tư phát triển 680 tỷ đồng, chi thường xuyên 1.520 tỷ đồng.",
    "Tuổi bình quân của cấp ủy viên là 46,5 tuổi; có 12 đồng chí dưới 40 tuổi trong tổng số 45 đồng chí.",
    "Xã An Lạc có 1.240 hộ, xã Bình Minh có 980 hộ; toàn huyện có 24.600 hộ.",
    "Trường có 38 lớp, gồm 1.245 học sinh.",
    "Đại hội có 300 đại biểu chính thức, 20 đại biểu khách mời và 15 phóng viên.",
    "Trong 240 cán bộ, có 198 người trình độ đại học trở lên, 42 người thạc sĩ, 30 người cao đẳng, 12 người trung cấp.",
    "Số đảng viên nữ là 1.245 đồng chí, tăng 86 đồng chí so với năm 2023 (1.159 đồng chí).",
    "Kinh phí thực hiện là 15 tỷ đồng, riêng xây trường học 6 tỷ đồng, trong đó vốn huyện 4 tỷ đồng.",
    "Trong 1.420 hộ, 62% hộ có nước sạch, 38% chưa có.",
    "Tổng số 58 dự án: 21 dự án đã hoàn thành, 37 dự án đang thi công (trong đó 12 dự án chậm tiến độ).",
    "Kết nạp 97 đảng viên, cụ thể: nữ 44 đồng chí, người dân tộc thiểu số 63 đồng chí, đoàn viên 80 đồng chí.",
    "Bình quân mỗi chi bộ có 28 đảng viên; chi bộ lớn nhất có 96 đảng viên, chi bộ nhỏ nhất có 5 đảng viên.",
    "Năm 2024 có 3 chi bộ không hoàn thành nhiệm vụ (năm 2023 là 5 chi bộ); 47 chi bộ hoàn thành tốt nhiệm vụ trở lên trên tổng số 56 chi bộ.",
    "Đã ban hành 12 nghị quyết, gồm 3 nghị quyết chuyên đề và 9 nghị quyết về công tác cán bộ, trong đó có Nghị quyết số 05-NQ/HU.",
    "Có 86 học sinh đạt giải cấp tỉnh, trong đó 12 giải nhất, 20 giải nhì, 31 giải ba.",
    "Huyện có 3 thị trấn. Toàn huyện có 24 xã, gồm 18 xã vùng II và 6 xã vùng III.",
    "Năm 2024 có 18 xã đạt chuẩn nông thôn mới; còn lại 4 xã phấn đấu đạt chuẩn vào năm 2025. Huyện có 22 xã và 1 thị trấn.",
    "Toàn tỉnh có 8.920 chi bộ; Đảng bộ huyện có 142 chi bộ, gồm 118 chi bộ nông thôn và 24 chi bộ cơ quan.",
    "Tổng vốn 1,5 tỷ đồng, gồm 900 triệu đồng vốn ngân sách và 600 triệu đồng vốn đối ứng.",
    "Nhiều xã có số hộ thoát nghèo cao như xã Pá Hu 86 hộ, xã Tà Xi Láng 64 hộ; toàn huyện có 1.024 hộ thoát nghèo.",
    "Năm 2024 tổ chức 4 lớp với 320 học viên và 2 lớp với 150 học viên; tổng cộng 6 lớp.",
    "Trong 56 chi bộ, 49 chi bộ tổ chức sinh hoạt chuyên đề đều đặn, 12 chi bộ có mô hình sinh hoạt mới.",
    "Huyện có 320 đảng viên được tặng Huy hiệu Đảng trong nhiệm kỳ, trong đó năm 2024 trao 86 huy hiệu, gồm 30 năm 21 huy hiệu, 40 năm 35 huy hiệu, 50 năm 30 huy hiệu.",
    "Đảng bộ có 1.520 đảng viên, trong đó 1.488 đảng viên chính thức; năm 2024 kết nạp 41 đảng viên, chuyển chính thức 38 đảng viên.",
    "Số xã đạt chuẩn tiếp cận pháp luật là 17 xã, còn 4 xã chưa đạt do thiếu tiêu chí hòa giải; tỉnh có 159 xã.",
    "Thu hồi 2,8 tỷ đồng, gồm 1,9 tỷ đồng tiền sai phạm năm 2023 và 0,9 tỷ đồng tiền sai phạm năm 2022; số còn phải thu là 1,2 tỷ đồng.",
    "Xếp loại 26 chi bộ: hoàn thành tốt nhiệm vụ trở lên 21 chi bộ (trong đó hoàn thành xuất sắc 6 chi bộ), hoàn thành nhiệm vụ 4 chi bộ, không hoàn thành nhiệm vụ 1 chi bộ.",
    "Có 412 lao động được đào tạo nghề, trong đó 265 lao động được giới thiệu việc làm và 98 lao động tự tạo việc làm.",
    "Năm 2023 công nhận 2 xã, năm 2024 công nhận 3 xã, tổng số xã đạt chuẩn nông thôn mới là 15 xã.",
    "Trong 1.845 hộ nghèo có 612 hộ người Dao, 1.300 hộ dân tộc thiểu số.",
    "Đội ngũ cán bộ có 240 người, trong đó đại học 180 người, cao cấp lý luận chính trị 45 người, trung cấp 30 người.",
    "Trồng mới 120 ha chè, 85 ha cây ăn quả, tổng diện tích cây trồng toàn xã đạt 2.450 ha.",
    "Quý I thu 20 tỷ đồng, quý II thu 25 tỷ đồng; tính chung cả năm ước đạt 98 tỷ đồng.",
    "Chi bộ có 58 đảng viên dưới 30 tuổi, 112 đảng viên từ 30 đến 45 tuổi; tổng số đảng viên của chi bộ là 240.",
    "Xã có 1.412 hộ, trong đó có 905 hộ người Mông và 612 hộ nghèo.",
    "Năm 2024, 12 xã đạt chuẩn nông thôn mới, 3 xã đạt chuẩn nâng cao; tổng số 20 xã, thị trấn đã hoàn thành kế hoạch rà soát.",
]


@pytest.mark.parametrize("text", TRAPS)
def test_trap_silent(text: str) -> None:
    assert not any(c.verdict == "inconsistent" for c in _checks(text))
