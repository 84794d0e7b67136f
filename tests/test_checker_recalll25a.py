"""Recall round 25a of the repeat checks: a statement restated in other words a few sentences
on (a closing summary "Tóm lại", "Nhìn chung", "Như vậy", "Kết quả nổi bật là", "Đánh giá
chung:"; a quoted remark; a label line "Kết nạp đảng viên: 87 đồng chí"; money in another scale
"2.150 triệu đồng" / "2,15 tỷ đồng"), with the same value (a fit) or a slip (two adjacent digits
swapped, one digit changed, the decimal mark or scale moved, one digit dropped).

Passages of our own: 84 planted slips (each with its consistent twin) and 77 clean traps (another
year, a target against its result, a whole against its subset, a cumulative against the year, two
bodies, two places, the start against the end of a year, two deeds on one noun, a quote about
another year, two unrelated figures a slip apart by chance). The twins and the traps that raise
no alarm are in tests/battery/battery_zzzz_l25a.jsonl.

`_statement_restated` in checker/repeat.py ties two counts of one noun (synonyms folded: "đồng
chí" / "đảng viên", "hộ thuộc diện nghèo" / "hộ nghèo"; money by value) a few sentences apart when
each one's own words (its frame pieces, the words back to the last mark, the noun after it) stand
in the other's sentence, and both name the same years, moments, names, levels, and no plan,
subset, change, cumulative or round on one side only. `_same_measure` confirms an amount with
decimals or a sum of money stated twice with the very same value (three significant digits at
least, outside tables).

Planted found: 33 of 84 before, 51 after. Twins confirmed: 77 before, 82 after.
Four traps drew an alarm before this round from older readings (t036 the start against the end
of a year, t043 exports against imports, t044 a subset of sessions, t063 pigs culled against pigs
vaccinated); they still do and are left out of the battery and of this file.
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of

# Planted slips still missed (33), not asserted:
#   p006: Cuối năm 2024, toàn huyện có 1.236 hộ nghèo. Đánh giá chung: số hộ thuộc diện nghèo của
#     huyện cuối năm 2024 là 1.263 hộ.
#   p007: Năm 2024, toàn tỉnh thành lập mới 48 hợp tác xã. Chỉ tiêu | Đơn vị | Năm 2024 Hợp tác xã
#     thành lập mới | hợp tác xã | 84 Tổ hợp tác thành lập mới | tổ | 112 Doanh nghiệp thành lập mới
#     | doanh nghiệp | 230
#   p012: Toàn huyện có 42 trường đạt chuẩn quốc gia. Giáo dục tiếp tục chuyển biến; đến nay,
#     huyện đã có 24 trường đạt chuẩn quốc gia.
#   p015: Dự Đại hội có 250 đại biểu chính thức, đại diện cho hơn 5.000 đảng viên. Phát biểu khai
#     mạc, đồng chí Bí thư Huyện ủy nhấn mạnh: “205 đại biểu chính thức hôm nay mang theo niềm tin
#     của toàn Đảng bộ”.
#   p026: Ngân hàng Chính sách xã hội huyện giải ngân 65,4 tỷ đồng cho hộ nghèo vay vốn. Tóm lại,
#     trong năm đã giải ngân 56,4 tỷ đồng cho hộ nghèo vay vốn.
#   p028: Tổng vốn đầu tư xây dựng Trường Mầm non Hoa Sen là 12,5 tỷ đồng. Theo đồng chí Hiệu
#     trưởng, công trình có tổng vốn đầu tư 1.250 triệu đồng do ngân sách tỉnh cấp.
#   p029: Đến hết năm 2024, huyện có 15 xã đạt chuẩn nông thôn mới. Như vậy, toàn huyện đã có 13
#     xã đạt chuẩn nông thôn mới tính đến hết năm 2024.
#   p030: Năm 2024, huyện giao 216 thanh niên lên đường nhập ngũ, đạt 100% chỉ tiêu. “Toàn huyện
#     đã giao đủ 261 thanh niên nhập ngũ năm 2024”, đồng chí Chỉ huy trưởng Ban Chỉ huy quân sự
#     huyện cho biết.
#   p031: TT | Nội dung | Kết quả 1 | Số hộ được vay vốn | 1.274 2 | Số tiền giải ngân (triệu
#     đồng) | 48.500 3 | Số lao động có việc làm | 730 Qua bảng trên, năm 2024 có 1.247 hộ được vay
#     vốn.
#   p034: Đến nay, toàn tỉnh có 623 tổ chức cơ sở đảng. Đánh giá chung: 632 tổ chức cơ sở đảng của
#     tỉnh đã duy trì nền nếp sinh hoạt.
#   p037: Tính đến ngày 31/12/2024, Đảng bộ huyện có 7.456 đảng viên. Tổng số đảng viên của Đảng
#     bộ huyện tại thời điểm 31/12/2024 là 7.465 đồng chí.
#   p038: Tỷ lệ hộ nghèo cuối năm 2024 là 3,42%. Tóm lại, đến cuối năm 2024 tỷ lệ hộ nghèo của
#     huyện là 3,24%.
#   p039: Tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,6%. “Tỷ lệ người dân tham gia bảo hiểm y
#     tế của huyện đạt 96,4%”, đồng chí Giám đốc Bảo hiểm xã hội huyện nhấn mạnh.
#   p048: Hội Liên hiệp Phụ nữ tỉnh có 215.430 hội viên. Theo Chủ tịch Hội Liên hiệp Phụ nữ tỉnh,
#     “hiện nay Hội Liên hiệp Phụ nữ tỉnh có 215.340 hội viên”.
#   p049: Đoàn Thanh niên huyện hiện có 4.860 đoàn viên, sinh hoạt tại 42 cơ sở đoàn. Nhìn chung,
#     với 4.680 đoàn viên, tổ chức Đoàn huyện luôn là lực lượng xung kích.
#   p050: Đảng bộ xã hiện có 486 đảng viên, sinh hoạt tại 14 chi bộ. Tại Đại hội, đồng chí Bí thư
#     Đảng ủy xã khẳng định: “Đảng bộ xã hiện có 468 đảng viên, là lực lượng nòng cốt”.
#   p054: Sản lượng thủy sản khai thác đạt 12.480 tấn. “Sản lượng thủy sản khai thác năm nay đạt
#     12.840 tấn”, đồng chí Trưởng phòng Nông nghiệp và Phát triển nông thôn cho biết.
#   p055: Huyện đã hoàn thành 37 công trình, dự án đầu tư công. Như vậy, 73 công trình, dự án đầu
#     tư công đã hoàn thành, đưa vào sử dụng.
#   p057: Năm 2024, toàn huyện có 18.256 gia đình đạt danh hiệu gia đình văn hóa. Năm 2025, trên
#     cơ sở kết quả năm 2024 có 18.526 gia đình đạt danh hiệu gia đình văn hóa, huyện phấn đấu tăng
#     thêm 2%.
#   p058: Năm 2024, toàn tỉnh có 24.850 người tham gia bảo hiểm xã hội tự nguyện. Kế hoạch năm
#     2025: từ 24.580 người tham gia bảo hiểm xã hội tự nguyện năm 2024, phấn đấu nâng lên 30.000
#     người.
#   p059: 3. Công tác phát triển đảng viên (95 đảng viên mới) Năm 2024, Đảng bộ kết nạp 59 đảng
#     viên mới, trong đó 21 đảng viên là đoàn viên thanh niên.
#   p060: Trong năm, xã đã xây dựng 42 căn nhà đại đoàn kết. Bảng 1. Kết quả an sinh xã hội Chỉ
#     tiêu | Đơn vị | Kết quả Nhà đại đoàn kết | căn | 24 Hộ thoát nghèo | hộ | 31 Suất quà Tết |
#     suất | 650
#   p061: Sản lượng lúa cả năm đạt 18.350 tấn. Chỉ tiêu | ĐVT | Năm 2024 Diện tích lúa | ha |
#     3.240 Sản lượng lúa | tấn | 18.530 Sản lượng ngô | tấn | 2.105
#   p062: Ban Chỉ đạo đã tổ chức 26 cuộc kiểm tra, giám sát. “Qua 62 cuộc kiểm tra, giám sát,
#     chúng tôi đã chấn chỉnh kịp thời những tồn tại”, đồng chí Trưởng Ban Chỉ đạo cho biết.
#   p066: Tỷ lệ che phủ rừng đạt 52,8%. Kết quả nổi bật là tỷ lệ che phủ rừng của huyện đạt 58,2%.
#   p067: Tỷ lệ trường đạt chuẩn quốc gia đạt 78,5%. Chỉ tiêu | Năm 2024 Tỷ lệ trường đạt chuẩn
#     quốc gia (%) | 75,8 Tỷ lệ huy động trẻ ra lớp (%) | 99,2 Số phòng học kiên cố | 412
#   p069: Đảng bộ Khối Doanh nghiệp tỉnh có 118 tổ chức cơ sở đảng với 6.420 đảng viên. Nhìn
#     chung, 181 tổ chức cơ sở đảng trong Khối đã hoạt động nền nếp.
#   p078: Năm 2024, toàn Đảng bộ xem xét, kết nạp 63 quần chúng ưu tú vào Đảng. Tóm lại, năm 2024
#     có 36 quần chúng ưu tú được kết nạp vào Đảng.
#   p079: Tổng kinh phí hỗ trợ sửa chữa nhà ở là 1.250.000.000 đồng. Tổng kinh phí hỗ trợ sửa chữa
#     nhà ở đã giải ngân đủ là 1,52 tỷ đồng.
#   p080: Cuối năm 2024, tỷ lệ hộ nghèo của xã là 4,15%. Năm 2025, xã phấn đấu giảm tỷ lệ hộ nghèo
#     từ 4,51% cuối năm 2024 xuống dưới 3%.
#   p081: Năm 2024, huyện cấp 1.426 giấy chứng nhận quyền sử dụng đất lần đầu. “Chúng tôi đã cấp
#     1.246 giấy chứng nhận quyền sử dụng đất lần đầu trong năm 2024”, Trưởng phòng Tài nguyên và
#     Môi trường nói.
#   p082: Thành phố có 134 cơ sở giáo dục công lập; trong năm, ngành giáo dục đã kiểm tra toàn
#     diện 20 cơ sở. Tổng số cơ sở giáo dục công lập của thành phố là 143 cơ sở.
#   p083: Các hợp tác xã trên địa bàn thu hút 5.672 thành viên tham gia. “Hiện có 5.627 thành viên
#     tham gia các hợp tác xã trên địa bàn”, Chủ tịch Liên minh Hợp tác xã tỉnh thông tin.

PLANTED = [
    "Năm 2024, Đảng bộ huyện kết nạp được 1.642 đảng viên mới. Tóm lại, số đảng viên mới kết nạp trong năm của Đảng bộ huyện là 1.624 đảng viên.",
    "Toàn xã hiện có 318 hộ nghèo, chiếm 4,2% tổng số hộ. Nhìn chung, với 381 hộ nghèo hiện nay, công tác giảm nghèo của xã còn nhiều khó khăn.",
    "Sáu tháng đầu năm, Công an thị xã bắt giữ 127 đối tượng phạm tội về ma túy. Trao đổi với phóng viên, đồng chí Trưởng Công an thị xã cho biết: “Sáu tháng đầu năm, chúng tôi đã bắt giữ 172 đối tượng phạm tội về ma túy”.",
    "Năm 2024, Đảng bộ tỉnh kết nạp 1.124 đảng viên. Năm 2025, trên cơ sở năm 2024 đã kết nạp 1.142 đảng viên, Đảng bộ tỉnh phấn đấu kết nạp từ 1.200 đảng viên trở lên.",
    "Tổng thu ngân sách nhà nước trên địa bàn xã năm 2024 đạt 2.150 triệu đồng. Như vậy, thu ngân sách nhà nước trên địa bàn xã năm 2024 đạt 2,51 tỷ đồng.",
    "Kết nạp 356 đảng viên mới trong năm 2024\nTrong năm 2024, Đảng bộ thành phố đã kết nạp 365 đảng viên mới, đạt 104% kế hoạch.",
    "Trong năm, Ủy ban Mặt trận Tổ quốc huyện đã vận động xây dựng 74 căn nhà đại đoàn kết cho hộ nghèo. Kết quả nổi bật là đã xây dựng 47 căn nhà đại đoàn kết cho hộ nghèo.",
    "Diện tích lúa gieo cấy cả năm đạt 4.250,5 ha. Nhìn chung, với 425,05 ha lúa gieo cấy cả năm, sản xuất nông nghiệp của huyện giữ ổn định.",
    "Sản lượng lương thực có hạt năm 2024 đạt 35.620 tấn, tăng 2,1% so với năm 2023. Tóm lại, sản lượng lương thực có hạt năm 2024 đạt 35.260 tấn.",
    "Hội Nông dân xã hiện có 1.085 hội viên, sinh hoạt tại 12 chi hội. Tính đến nay, tổng số hội viên Hội Nông dân xã là 1.058 hội viên.",
    "Đảng bộ xã có 26 chi bộ trực thuộc với 812 đảng viên. 100% trong tổng số 28 chi bộ trực thuộc đã xây dựng nghị quyết chuyên đề.",
    "Năm học 2023-2024, toàn huyện có 2.315 học sinh tốt nghiệp trung học phổ thông. Kết quả nổi bật là 2.351 học sinh tốt nghiệp trung học phổ thông năm học 2023-2024, cao nhất từ trước đến nay.",
    "Kết quả năm 2024:\n- Kết nạp đảng viên: 87 đồng chí;\n- Chi bộ đạt trong sạch vững mạnh: 45 chi bộ.\nTóm lại, năm 2024 Đảng bộ kết nạp được 78 đảng viên.",
    "Trong đợt cao điểm, huyện đã khám sàng lọc cho 3.470 trẻ em dưới 5 tuổi. Như vậy, 3.740 trẻ em dưới 5 tuổi đã được khám sàng lọc trong đợt cao điểm.",
    "Năm 2024, huyện cứng hóa được 42,6 km đường giao thông nông thôn. Nhìn chung, phong trào làm đường giao thông có bước tiến, với 46,2 km đường giao thông nông thôn được cứng hóa trong năm 2024.",
    "Quỹ Vì người nghèo huyện vận động được 1.385 triệu đồng. “Năm nay, Quỹ Vì người nghèo huyện vận động được 1.835 triệu đồng”, đồng chí Chủ tịch Ủy ban Mặt trận Tổ quốc huyện chia sẻ.",
    "Ủy ban Kiểm tra Huyện ủy đã kiểm tra 16 tổ chức đảng khi có dấu hiệu vi phạm. Đánh giá chung: Ủy ban Kiểm tra Huyện ủy kiểm tra khi có dấu hiệu vi phạm đối với 19 tổ chức đảng, kết luận rõ đúng, sai.",
    "Trong năm, toàn Đảng bộ thi hành kỷ luật 37 đảng viên. Tóm lại, số đảng viên bị thi hành kỷ luật trong năm là 73 đồng chí.",
    "Tết trồng cây Xuân Giáp Thìn, toàn huyện trồng được 125.400 cây phân tán. Kết quả nổi bật là đã trồng 124.500 cây phân tán trong dịp Tết trồng cây Xuân Giáp Thìn.",
    "Tổng đàn trâu, bò của xã có 2.816 con. Chăn nuôi phát triển ổn định: tổng đàn trâu, bò của xã hiện có 2.861 con.",
    "Trung tâm Giáo dục nghề nghiệp đã đào tạo nghề cho 1.450 lao động nông thôn. Nhìn chung, công tác đào tạo nghề đạt kết quả tốt: 1.540 lao động nông thôn được đào tạo nghề trong năm.",
    "Ban Tiếp công dân huyện tiếp nhận 163 đơn thư khiếu nại, tố cáo. Đánh giá chung, trong năm Ban Tiếp công dân huyện tiếp nhận 136 đơn thư khiếu nại, tố cáo.",
    "Sa Pa đón 825.000 lượt khách du lịch năm 2024\nNăm 2024, thị xã Sa Pa đón 852.000 lượt khách du lịch, doanh thu đạt 11.000 tỷ đồng.",
    "Năm 2024, số đảng viên được tặng Huy hiệu Đảng là 312 đồng chí. Tóm lại, trong năm 2024 có 321 đảng viên được tặng Huy hiệu Đảng.",
    "Năm 2024, toàn huyện có 2.315 lao động được giải quyết việc làm mới. Kết quả nổi bật là đã giải quyết việc làm mới cho 215 lao động trong năm 2024.",
    "Diện tích rừng trồng mới năm 2024 là 1.182 ha. Nhìn chung, công tác trồng rừng năm 2024 vượt kế hoạch với 1.128 ha rừng trồng mới.",
    "Năm 2024, có 118 thôn, tổ dân phố được công nhận danh hiệu văn hóa. Tóm lại, 181 thôn, tổ dân phố được công nhận danh hiệu văn hóa năm 2024.",
    "Năm 2024, trên địa bàn huyện xảy ra 27 vụ tai nạn giao thông, làm chết 12 người. Đánh giá chung, năm 2024 trên địa bàn huyện xảy ra 72 vụ tai nạn giao thông.",
    "Trong năm có 146 doanh nghiệp thành lập mới, với tổng vốn đăng ký 1.250 tỷ đồng. Như vậy, số doanh nghiệp thành lập mới trong năm là 164 doanh nghiệp.",
    "Năm 2024, huyện có 23 sản phẩm được công nhận OCOP từ 3 sao trở lên. Kết quả nổi bật là 32 sản phẩm được công nhận OCOP từ 3 sao trở lên trong năm 2024.",
    "Kim ngạch xuất khẩu năm 2024 đạt 512,7 triệu USD. Tóm lại, kim ngạch xuất khẩu năm 2024 đạt 517,2 triệu USD.",
    "Công an huyện phát hiện, xử lý 58 vụ vi phạm pháp luật về môi trường. Nhìn chung, qua 85 vụ vi phạm pháp luật về môi trường được phát hiện, xử lý, ý thức của doanh nghiệp đã nâng lên.",
    "Các chi bộ đã tổ chức 184 buổi sinh hoạt chuyên đề. Đánh giá chung: 148 buổi sinh hoạt chuyên đề được các chi bộ tổ chức có chất lượng.",
    "Trung tâm Chính trị huyện mở 36 lớp bồi dưỡng, với 3.250 lượt học viên. Tóm lại, trong năm Trung tâm Chính trị huyện đã mở 63 lớp bồi dưỡng.",
    "Huyện đã trao 2.450 suất quà Tết cho hộ nghèo, hộ cận nghèo. Kết quả nổi bật là 2.540 suất quà Tết đã được trao cho hộ nghèo, hộ cận nghèo.",
    "Vốn đầu tư công năm 2024 của huyện giải ngân được 182,5 tỷ đồng. Tóm lại, vốn đầu tư công năm 2024 của huyện giải ngân được 18,25 tỷ đồng.",
    "Diện tích gieo trồng cây vụ đông đạt 1.236,4 ha. Nhìn chung, diện tích gieo trồng cây vụ đông năm nay đạt 1.263,4 ha.",
    "Năm 2024, Ủy ban Mặt trận Tổ quốc xã đã tiếp nhận 64 kiến nghị của cử tri. Đánh giá chung, 46 kiến nghị của cử tri đã được tổng hợp, chuyển đến cơ quan có thẩm quyền.",
    "Toàn tỉnh có 186.452 hộ gia đình sử dụng nước sạch theo quy chuẩn. Tóm lại, hiện nay toàn tỉnh có 186.752 hộ gia đình sử dụng nước sạch theo quy chuẩn.",
    "Năm 2024, Hội Cựu chiến binh huyện có 3.128 hội viên. Nhìn chung, Hội Cựu chiến binh huyện với 3.182 hội viên đã phát huy tốt vai trò.",
    "Dư nợ của Quỹ tín dụng nhân dân đến cuối năm đạt 215,6 tỷ đồng. Tổng dư nợ của Quỹ tín dụng nhân dân đến cuối năm là 251,6 tỷ đồng, nợ xấu dưới 1%.",
    "Xã có 21 thôn, bản với 2.340 hộ. Đánh giá chung: toàn bộ 12 thôn, bản của xã đã có nhà văn hóa.",
    "Số đảng viên mới kết nạp trong năm: 54 đồng chí. Nhìn lại năm 2024, Đảng bộ phường kết nạp được 45 đảng viên mới.",
    "Tổng giá trị sản xuất nông nghiệp đạt 1.256,8 tỷ đồng. Nói cách khác, tổng giá trị sản xuất nông nghiệp đạt 1.265.800 triệu đồng.",
    "Lực lượng chức năng đã tiêu hủy 1.348 con lợn mắc bệnh dịch tả lợn châu Phi. Tóm lại, bệnh dịch tả lợn châu Phi buộc phải tiêu hủy 1.384 con lợn.",
    "Năm 2024, tỉnh thu hút 47 dự án đầu tư với tổng vốn đăng ký 12.500 tỷ đồng. Đồng chí Giám đốc Sở Kế hoạch và Đầu tư cho biết, năm 2024 tỉnh thu hút được 74 dự án đầu tư.",
    "Huyện đã bố trí, sắp xếp 365 hộ dân vào khu tái định cư. Như vậy, 356 hộ dân đã được bố trí, sắp xếp vào khu tái định cư.",
    "Năm 2024, Hội Nông dân huyện hướng dẫn 12.540 lượt hội viên ứng dụng khoa học kỹ thuật. Tóm lại, có 12.450 lượt hội viên được hướng dẫn ứng dụng khoa học kỹ thuật năm 2024.",
    "Thường trực Hội đồng nhân dân xã tổ chức 18 hội nghị tiếp xúc cử tri. Kết quả nổi bật là 81 hội nghị tiếp xúc cử tri đều được tổ chức đúng luật.",
    "Số người chết do tai nạn giao thông năm 2024 là 31 người. Đánh giá chung, tai nạn giao thông năm 2024 làm chết 13 người.",
    "Hội Người cao tuổi xã có 917 hội viên.\n\nĐÁNH GIÁ CHUNG\nHội Người cao tuổi xã có 971 hội viên, phát huy tốt vai trò tấm gương sáng.",
]

TWINS = [
    "Năm 2024, Đảng bộ huyện kết nạp được 1.642 đảng viên mới. Tóm lại, số đảng viên mới kết nạp trong năm của Đảng bộ huyện là 1.642 đảng viên.",
    "Toàn xã hiện có 318 hộ nghèo, chiếm 4,2% tổng số hộ. Nhìn chung, với 318 hộ nghèo hiện nay, công tác giảm nghèo của xã còn nhiều khó khăn.",
    "Sáu tháng đầu năm, Công an thị xã bắt giữ 127 đối tượng phạm tội về ma túy. Trao đổi với phóng viên, đồng chí Trưởng Công an thị xã cho biết: “Sáu tháng đầu năm, chúng tôi đã bắt giữ 127 đối tượng phạm tội về ma túy”.",
    "Năm 2024, Đảng bộ tỉnh kết nạp 1.124 đảng viên. Năm 2025, trên cơ sở năm 2024 đã kết nạp 1.124 đảng viên, Đảng bộ tỉnh phấn đấu kết nạp từ 1.200 đảng viên trở lên.",
    "Tổng thu ngân sách nhà nước trên địa bàn xã năm 2024 đạt 2.150 triệu đồng. Như vậy, thu ngân sách nhà nước trên địa bàn xã năm 2024 đạt 2,15 tỷ đồng.",
    "Cuối năm 2024, toàn huyện có 1.236 hộ nghèo. Đánh giá chung: số hộ thuộc diện nghèo của huyện cuối năm 2024 là 1.236 hộ.",
    "Năm 2024, toàn tỉnh thành lập mới 48 hợp tác xã.\nChỉ tiêu | Đơn vị | Năm 2024\nHợp tác xã thành lập mới | hợp tác xã | 48\nTổ hợp tác thành lập mới | tổ | 112\nDoanh nghiệp thành lập mới | doanh nghiệp | 230",
    "Kết nạp 356 đảng viên mới trong năm 2024\nTrong năm 2024, Đảng bộ thành phố đã kết nạp 356 đảng viên mới, đạt 104% kế hoạch.",
    "Trong năm, Ủy ban Mặt trận Tổ quốc huyện đã vận động xây dựng 74 căn nhà đại đoàn kết cho hộ nghèo. Kết quả nổi bật là đã xây dựng 74 căn nhà đại đoàn kết cho hộ nghèo.",
    "Diện tích lúa gieo cấy cả năm đạt 4.250,5 ha. Nhìn chung, với 4.250,5 ha lúa gieo cấy cả năm, sản xuất nông nghiệp của huyện giữ ổn định.",
    "Sản lượng lương thực có hạt năm 2024 đạt 35.620 tấn, tăng 2,1% so với năm 2023. Tóm lại, sản lượng lương thực có hạt năm 2024 đạt 35.620 tấn.",
    "Toàn huyện có 42 trường đạt chuẩn quốc gia. Giáo dục tiếp tục chuyển biến; đến nay, huyện đã có 42 trường đạt chuẩn quốc gia.",
    "Hội Nông dân xã hiện có 1.085 hội viên, sinh hoạt tại 12 chi hội. Tính đến nay, tổng số hội viên Hội Nông dân xã là 1.085 hội viên.",
    "Đảng bộ xã có 26 chi bộ trực thuộc với 812 đảng viên. 100% trong tổng số 26 chi bộ trực thuộc đã xây dựng nghị quyết chuyên đề.",
    "Dự Đại hội có 250 đại biểu chính thức, đại diện cho hơn 5.000 đảng viên. Phát biểu khai mạc, đồng chí Bí thư Huyện ủy nhấn mạnh: “250 đại biểu chính thức hôm nay mang theo niềm tin của toàn Đảng bộ”.",
    "Năm học 2023-2024, toàn huyện có 2.315 học sinh tốt nghiệp trung học phổ thông. Kết quả nổi bật là 2.315 học sinh tốt nghiệp trung học phổ thông năm học 2023-2024, cao nhất từ trước đến nay.",
    "Kết quả năm 2024:\n- Kết nạp đảng viên: 87 đồng chí;\n- Chi bộ đạt trong sạch vững mạnh: 45 chi bộ.\nTóm lại, năm 2024 Đảng bộ kết nạp được 87 đảng viên.",
    "Trong đợt cao điểm, huyện đã khám sàng lọc cho 3.470 trẻ em dưới 5 tuổi. Như vậy, 3.470 trẻ em dưới 5 tuổi đã được khám sàng lọc trong đợt cao điểm.",
    "Năm 2024, huyện cứng hóa được 42,6 km đường giao thông nông thôn. Nhìn chung, phong trào làm đường giao thông có bước tiến, với 42,6 km đường giao thông nông thôn được cứng hóa trong năm 2024.",
    "Quỹ Vì người nghèo huyện vận động được 1.385 triệu đồng. “Năm nay, Quỹ Vì người nghèo huyện vận động được 1.385 triệu đồng”, đồng chí Chủ tịch Ủy ban Mặt trận Tổ quốc huyện chia sẻ.",
    "Ủy ban Kiểm tra Huyện ủy đã kiểm tra 16 tổ chức đảng khi có dấu hiệu vi phạm. Đánh giá chung: Ủy ban Kiểm tra Huyện ủy kiểm tra khi có dấu hiệu vi phạm đối với 16 tổ chức đảng, kết luận rõ đúng, sai.",
    "Trong năm, toàn Đảng bộ thi hành kỷ luật 37 đảng viên. Tóm lại, số đảng viên bị thi hành kỷ luật trong năm là 37 đồng chí.",
    "Tết trồng cây Xuân Giáp Thìn, toàn huyện trồng được 125.400 cây phân tán. Kết quả nổi bật là đã trồng 125.400 cây phân tán trong dịp Tết trồng cây Xuân Giáp Thìn.",
    "Tổng đàn trâu, bò của xã có 2.816 con. Chăn nuôi phát triển ổn định: tổng đàn trâu, bò của xã hiện có 2.816 con.",
    "Trung tâm Giáo dục nghề nghiệp đã đào tạo nghề cho 1.450 lao động nông thôn. Nhìn chung, công tác đào tạo nghề đạt kết quả tốt: 1.450 lao động nông thôn được đào tạo nghề trong năm.",
    "Ngân hàng Chính sách xã hội huyện giải ngân 65,4 tỷ đồng cho hộ nghèo vay vốn. Tóm lại, trong năm đã giải ngân 65,4 tỷ đồng cho hộ nghèo vay vốn.",
    "Ban Tiếp công dân huyện tiếp nhận 163 đơn thư khiếu nại, tố cáo. Đánh giá chung, trong năm Ban Tiếp công dân huyện tiếp nhận 163 đơn thư khiếu nại, tố cáo.",
    "Tổng vốn đầu tư xây dựng Trường Mầm non Hoa Sen là 12,5 tỷ đồng. Theo đồng chí Hiệu trưởng, công trình có tổng vốn đầu tư 12.500 triệu đồng do ngân sách tỉnh cấp.",
    "Đến hết năm 2024, huyện có 15 xã đạt chuẩn nông thôn mới. Như vậy, toàn huyện đã có 15 xã đạt chuẩn nông thôn mới tính đến hết năm 2024.",
    "Năm 2024, huyện giao 216 thanh niên lên đường nhập ngũ, đạt 100% chỉ tiêu. “Toàn huyện đã giao đủ 216 thanh niên nhập ngũ năm 2024”, đồng chí Chỉ huy trưởng Ban Chỉ huy quân sự huyện cho biết.",
    "Sa Pa đón 825.000 lượt khách du lịch năm 2024\nNăm 2024, thị xã Sa Pa đón 825.000 lượt khách du lịch, doanh thu đạt 11.000 tỷ đồng.",
    "Năm 2024, số đảng viên được tặng Huy hiệu Đảng là 312 đồng chí. Tóm lại, trong năm 2024 có 312 đảng viên được tặng Huy hiệu Đảng.",
    "Đến nay, toàn tỉnh có 623 tổ chức cơ sở đảng. Đánh giá chung: 623 tổ chức cơ sở đảng của tỉnh đã duy trì nền nếp sinh hoạt.",
    "Năm 2024, toàn huyện có 2.315 lao động được giải quyết việc làm mới. Kết quả nổi bật là đã giải quyết việc làm mới cho 2.315 lao động trong năm 2024.",
    "Diện tích rừng trồng mới năm 2024 là 1.182 ha. Nhìn chung, công tác trồng rừng năm 2024 vượt kế hoạch với 1.182 ha rừng trồng mới.",
    "Tính đến ngày 31/12/2024, Đảng bộ huyện có 7.456 đảng viên. Tổng số đảng viên của Đảng bộ huyện tại thời điểm 31/12/2024 là 7.456 đồng chí.",
    "Tỷ lệ hộ nghèo cuối năm 2024 là 3,42%. Tóm lại, đến cuối năm 2024 tỷ lệ hộ nghèo của huyện là 3,42%.",
    "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,6%. “Tỷ lệ người dân tham gia bảo hiểm y tế của huyện đạt 94,6%”, đồng chí Giám đốc Bảo hiểm xã hội huyện nhấn mạnh.",
    "Năm 2024, có 118 thôn, tổ dân phố được công nhận danh hiệu văn hóa. Tóm lại, 118 thôn, tổ dân phố được công nhận danh hiệu văn hóa năm 2024.",
    "Năm 2024, trên địa bàn huyện xảy ra 27 vụ tai nạn giao thông, làm chết 12 người. Đánh giá chung, năm 2024 trên địa bàn huyện xảy ra 27 vụ tai nạn giao thông.",
    "Trong năm có 146 doanh nghiệp thành lập mới, với tổng vốn đăng ký 1.250 tỷ đồng. Như vậy, số doanh nghiệp thành lập mới trong năm là 146 doanh nghiệp.",
    "Năm 2024, huyện có 23 sản phẩm được công nhận OCOP từ 3 sao trở lên. Kết quả nổi bật là 23 sản phẩm được công nhận OCOP từ 3 sao trở lên trong năm 2024.",
    "Kim ngạch xuất khẩu năm 2024 đạt 512,7 triệu USD. Tóm lại, kim ngạch xuất khẩu năm 2024 đạt 512,7 triệu USD.",
    "Công an huyện phát hiện, xử lý 58 vụ vi phạm pháp luật về môi trường. Nhìn chung, qua 58 vụ vi phạm pháp luật về môi trường được phát hiện, xử lý, ý thức của doanh nghiệp đã nâng lên.",
    "Các chi bộ đã tổ chức 184 buổi sinh hoạt chuyên đề. Đánh giá chung: 184 buổi sinh hoạt chuyên đề được các chi bộ tổ chức có chất lượng.",
    "Trung tâm Chính trị huyện mở 36 lớp bồi dưỡng, với 3.250 lượt học viên. Tóm lại, trong năm Trung tâm Chính trị huyện đã mở 36 lớp bồi dưỡng.",
    "Hội Liên hiệp Phụ nữ tỉnh có 215.430 hội viên. Theo Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, “hiện nay Hội Liên hiệp Phụ nữ tỉnh có 215.430 hội viên”.",
    "Đoàn Thanh niên huyện hiện có 4.860 đoàn viên, sinh hoạt tại 42 cơ sở đoàn. Nhìn chung, với 4.860 đoàn viên, tổ chức Đoàn huyện luôn là lực lượng xung kích.",
    "Đảng bộ xã hiện có 486 đảng viên, sinh hoạt tại 14 chi bộ. Tại Đại hội, đồng chí Bí thư Đảng ủy xã khẳng định: “Đảng bộ xã hiện có 486 đảng viên, là lực lượng nòng cốt”.",
    "Huyện đã trao 2.450 suất quà Tết cho hộ nghèo, hộ cận nghèo. Kết quả nổi bật là 2.450 suất quà Tết đã được trao cho hộ nghèo, hộ cận nghèo.",
    "Vốn đầu tư công năm 2024 của huyện giải ngân được 182,5 tỷ đồng. Tóm lại, vốn đầu tư công năm 2024 của huyện giải ngân được 182,5 tỷ đồng.",
    "Diện tích gieo trồng cây vụ đông đạt 1.236,4 ha. Nhìn chung, diện tích gieo trồng cây vụ đông năm nay đạt 1.236,4 ha.",
    "Sản lượng thủy sản khai thác đạt 12.480 tấn. “Sản lượng thủy sản khai thác năm nay đạt 12.480 tấn”, đồng chí Trưởng phòng Nông nghiệp và Phát triển nông thôn cho biết.",
    "Huyện đã hoàn thành 37 công trình, dự án đầu tư công. Như vậy, 37 công trình, dự án đầu tư công đã hoàn thành, đưa vào sử dụng.",
    "Năm 2024, Ủy ban Mặt trận Tổ quốc xã đã tiếp nhận 64 kiến nghị của cử tri. Đánh giá chung, 64 kiến nghị của cử tri đã được tổng hợp, chuyển đến cơ quan có thẩm quyền.",
    "Năm 2024, toàn huyện có 18.256 gia đình đạt danh hiệu gia đình văn hóa. Năm 2025, trên cơ sở kết quả năm 2024 có 18.256 gia đình đạt danh hiệu gia đình văn hóa, huyện phấn đấu tăng thêm 2%.",
    "Năm 2024, toàn tỉnh có 24.850 người tham gia bảo hiểm xã hội tự nguyện. Kế hoạch năm 2025: từ 24.850 người tham gia bảo hiểm xã hội tự nguyện năm 2024, phấn đấu nâng lên 30.000 người.",
    "3. Công tác phát triển đảng viên (95 đảng viên mới)\nNăm 2024, Đảng bộ kết nạp 95 đảng viên mới, trong đó 21 đảng viên là đoàn viên thanh niên.",
    "Trong năm, xã đã xây dựng 42 căn nhà đại đoàn kết.\nBảng 1. Kết quả an sinh xã hội\nChỉ tiêu | Đơn vị | Kết quả\nNhà đại đoàn kết | căn | 42\nHộ thoát nghèo | hộ | 31\nSuất quà Tết | suất | 650",
    "Sản lượng lúa cả năm đạt 18.350 tấn.\nChỉ tiêu | ĐVT | Năm 2024\nDiện tích lúa | ha | 3.240\nSản lượng lúa | tấn | 18.350\nSản lượng ngô | tấn | 2.105",
    "Ban Chỉ đạo đã tổ chức 26 cuộc kiểm tra, giám sát. “Qua 26 cuộc kiểm tra, giám sát, chúng tôi đã chấn chỉnh kịp thời những tồn tại”, đồng chí Trưởng Ban Chỉ đạo cho biết.",
    "Toàn tỉnh có 186.452 hộ gia đình sử dụng nước sạch theo quy chuẩn. Tóm lại, hiện nay toàn tỉnh có 186.452 hộ gia đình sử dụng nước sạch theo quy chuẩn.",
    "Năm 2024, Hội Cựu chiến binh huyện có 3.128 hội viên. Nhìn chung, Hội Cựu chiến binh huyện với 3.128 hội viên đã phát huy tốt vai trò.",
    "Dư nợ của Quỹ tín dụng nhân dân đến cuối năm đạt 215,6 tỷ đồng. Tổng dư nợ của Quỹ tín dụng nhân dân đến cuối năm là 215,6 tỷ đồng, nợ xấu dưới 1%.",
    "Tỷ lệ che phủ rừng đạt 52,8%. Kết quả nổi bật là tỷ lệ che phủ rừng của huyện đạt 52,8%.",
    "Xã có 21 thôn, bản với 2.340 hộ. Đánh giá chung: toàn bộ 21 thôn, bản của xã đã có nhà văn hóa.",
    "Đảng bộ Khối Doanh nghiệp tỉnh có 118 tổ chức cơ sở đảng với 6.420 đảng viên. Nhìn chung, 118 tổ chức cơ sở đảng trong Khối đã hoạt động nền nếp.",
    "Số đảng viên mới kết nạp trong năm: 54 đồng chí. Nhìn lại năm 2024, Đảng bộ phường kết nạp được 54 đảng viên mới.",
    "Tổng giá trị sản xuất nông nghiệp đạt 1.256,8 tỷ đồng. Nói cách khác, tổng giá trị sản xuất nông nghiệp đạt 1.256.800 triệu đồng.",
    "Lực lượng chức năng đã tiêu hủy 1.348 con lợn mắc bệnh dịch tả lợn châu Phi. Tóm lại, bệnh dịch tả lợn châu Phi buộc phải tiêu hủy 1.348 con lợn.",
    "Năm 2024, tỉnh thu hút 47 dự án đầu tư với tổng vốn đăng ký 12.500 tỷ đồng. Đồng chí Giám đốc Sở Kế hoạch và Đầu tư cho biết, năm 2024 tỉnh thu hút được 47 dự án đầu tư.",
    "Huyện đã bố trí, sắp xếp 365 hộ dân vào khu tái định cư. Như vậy, 365 hộ dân đã được bố trí, sắp xếp vào khu tái định cư.",
    "Năm 2024, Hội Nông dân huyện hướng dẫn 12.540 lượt hội viên ứng dụng khoa học kỹ thuật. Tóm lại, có 12.540 lượt hội viên được hướng dẫn ứng dụng khoa học kỹ thuật năm 2024.",
    "Thường trực Hội đồng nhân dân xã tổ chức 18 hội nghị tiếp xúc cử tri. Kết quả nổi bật là 18 hội nghị tiếp xúc cử tri đều được tổ chức đúng luật.",
    "Số người chết do tai nạn giao thông năm 2024 là 31 người. Đánh giá chung, tai nạn giao thông năm 2024 làm chết 31 người.",
    "Năm 2024, toàn Đảng bộ xem xét, kết nạp 63 quần chúng ưu tú vào Đảng. Tóm lại, năm 2024 có 63 quần chúng ưu tú được kết nạp vào Đảng.",
    "Tổng kinh phí hỗ trợ sửa chữa nhà ở là 1.250.000.000 đồng. Tổng kinh phí hỗ trợ sửa chữa nhà ở đã giải ngân đủ là 1,25 tỷ đồng.",
    "Cuối năm 2024, tỷ lệ hộ nghèo của xã là 4,15%. Năm 2025, xã phấn đấu giảm tỷ lệ hộ nghèo từ 4,15% cuối năm 2024 xuống dưới 3%.",
    "Năm 2024, huyện cấp 1.426 giấy chứng nhận quyền sử dụng đất lần đầu. “Chúng tôi đã cấp 1.426 giấy chứng nhận quyền sử dụng đất lần đầu trong năm 2024”, Trưởng phòng Tài nguyên và Môi trường nói.",
    "Thành phố có 134 cơ sở giáo dục công lập; trong năm, ngành giáo dục đã kiểm tra toàn diện 20 cơ sở. Tổng số cơ sở giáo dục công lập của thành phố là 134 cơ sở.",
    "Các hợp tác xã trên địa bàn thu hút 5.672 thành viên tham gia. “Hiện có 5.672 thành viên tham gia các hợp tác xã trên địa bàn”, Chủ tịch Liên minh Hợp tác xã tỉnh thông tin.",
    "Hội Người cao tuổi xã có 917 hội viên.\n\nĐÁNH GIÁ CHUNG\nHội Người cao tuổi xã có 917 hội viên, phát huy tốt vai trò tấm gương sáng.",
]

TRAPS = [
    "Năm 2023, Đảng bộ huyện kết nạp 1.624 đảng viên mới. Năm 2024, Đảng bộ huyện kết nạp 1.642 đảng viên mới.",
    "Kế hoạch năm 2024 đề ra kết nạp 1.124 đảng viên. Kết quả, năm 2024 Đảng bộ tỉnh đã kết nạp 1.142 đảng viên.",
    "Toàn huyện có 1.263 hộ nghèo; trong đó 1.236 hộ nghèo thuộc đối tượng bảo trợ xã hội.",
    "Lũy kế từ đầu nhiệm kỳ đến nay, huyện đã xây dựng 412 căn nhà đại đoàn kết. Tóm lại, riêng năm 2024 huyện xây dựng 142 căn nhà đại đoàn kết.",
    "Đảng bộ xã Tân Lập kết nạp 36 đảng viên mới. Đảng bộ xã Tân Tiến kết nạp 63 đảng viên mới.",
    "Xã Hòa Bình có 318 hộ nghèo. Nhìn chung, xã Hòa Phú có 381 hộ nghèo, cần tập trung hỗ trợ.",
    "Đầu năm 2024, huyện có 1.263 hộ nghèo. Cuối năm 2024, huyện có 1.236 hộ nghèo.",
    "Năm 2024, huyện có 1.450 lao động được đào tạo nghề. Tóm lại, 1.540 lao động được giải quyết việc làm mới trong năm.",
    "Năm 2024, Công an thị xã bắt giữ 127 đối tượng phạm tội về ma túy. “Năm 2023, chúng tôi đã bắt giữ 172 đối tượng phạm tội về ma túy”, đồng chí Trưởng Công an thị xã cho biết.",
    "Chỉ tiêu | Năm 2023 | Năm 2024\nHợp tác xã thành lập mới | 84 | 48\nTổ hợp tác thành lập mới | 102 | 112\nNăm 2024, toàn tỉnh thành lập mới 48 hợp tác xã.",
    "Thu ngân sách xã năm 2024 đạt 2.150 triệu đồng. Chi ngân sách xã năm 2024 là 2,51 tỷ đồng.",
    "Dự toán thu ngân sách xã năm 2024 là 2.510 triệu đồng. Thực hiện thu ngân sách xã năm 2024 đạt 2,15 tỷ đồng.",
    "Năm 2024, Đảng bộ tỉnh kết nạp 1.124 đảng viên. Năm 2025, Đảng bộ tỉnh phấn đấu kết nạp 1.142 đảng viên.",
    "Đảng bộ xã có 486 đảng viên. Tại Đại hội, có 468 đảng viên tham dự.",
    "Hội Nông dân xã có 1.085 hội viên. Trong năm có 1.058 hội viên tham gia sinh hoạt thường xuyên.",
    "Đảng bộ xã Bình Minh có 26 chi bộ trực thuộc; Đảng bộ thị trấn Bình Minh có 28 chi bộ trực thuộc.",
    "Dự Đại hội có 250 đại biểu chính thức. Nhiệm kỳ trước, Đại hội có 205 đại biểu chính thức.",
    "Năm học 2023-2024 có 2.315 học sinh tốt nghiệp trung học phổ thông; năm học 2022-2023 có 2.351 học sinh tốt nghiệp trung học phổ thông.",
    "Kết quả năm 2024:\n- Kết nạp đảng viên: 87 đồng chí;\n- Chuyển đảng chính thức: 78 đồng chí;\n- Tặng Huy hiệu Đảng: 112 đồng chí.",
    "Trong đợt cao điểm, huyện khám sàng lọc cho 3.470 trẻ em dưới 5 tuổi. Trong số đó, 3.407 trẻ em được uống vitamin A.",
    "Năm 2024 huyện cứng hóa 42,6 km đường giao thông nông thôn, nâng tổng chiều dài đường giao thông nông thôn đã cứng hóa lên 462 km.",
    "Ủy ban Kiểm tra Huyện ủy kiểm tra 16 tổ chức đảng khi có dấu hiệu vi phạm. Ủy ban kiểm tra đảng ủy cơ sở kiểm tra 19 tổ chức đảng khi có dấu hiệu vi phạm.",
    "Năm 2024, toàn Đảng bộ thi hành kỷ luật 37 đảng viên. Nhiệm kỳ 2020-2025, toàn Đảng bộ thi hành kỷ luật 73 đảng viên.",
    "Tết trồng cây Xuân Giáp Thìn 2024 toàn huyện trồng 125.400 cây phân tán. Tết trồng cây Xuân Quý Mão 2023 toàn huyện trồng 124.500 cây phân tán.",
    "Tổng đàn trâu, bò của xã có 2.816 con. Tổng đàn lợn của xã có 2.861 con.",
    "Đào tạo nghề cho 1.450 lao động nông thôn. Trong đó, 1.405 lao động có việc làm sau đào tạo.",
    "Ngân hàng Chính sách xã hội huyện giải ngân 65,4 tỷ đồng cho hộ nghèo vay. Thu hồi nợ đến hạn đạt 56,4 tỷ đồng.",
    "Năm 2024 Ban Tiếp công dân huyện tiếp nhận 163 đơn thư khiếu nại, tố cáo. Năm 2023, Ban Tiếp công dân huyện tiếp nhận 136 đơn thư khiếu nại, tố cáo.",
    "Tổng vốn đầu tư Trường Mầm non Hoa Sen là 12,5 tỷ đồng. Trường Tiểu học Kim Đồng có tổng vốn đầu tư 1.250 triệu đồng.",
    "Đến hết năm 2024, huyện có 15 xã đạt chuẩn nông thôn mới. Đến hết năm 2023, huyện có 13 xã đạt chuẩn nông thôn mới.",
    "Năm 2024, huyện giao 216 thanh niên nhập ngũ. “Năm 2025, huyện phấn đấu giao 261 thanh niên nhập ngũ”, đồng chí Chỉ huy trưởng cho biết.",
    "TT | Nội dung | Kết quả\n1 | Số hộ được vay vốn | 1.274\n2 | Số hộ trả nợ đúng hạn | 1.247\n3 | Số hộ quá hạn | 27",
    "Năm 2024, thị xã Sa Pa đón 852.000 lượt khách du lịch. Năm 2023, thị xã Sa Pa đón 825.000 lượt khách du lịch.",
    "Toàn tỉnh có 632 tổ chức cơ sở đảng. Năm 2024 có 623 tổ chức cơ sở đảng được đánh giá, xếp loại chất lượng.",
    "Diện tích rừng trồng mới năm 2024 là 1.182 ha. Diện tích rừng được khoanh nuôi tái sinh năm 2024 là 1.128 ha.",
    "Tỷ lệ hộ nghèo cuối năm 2024 là 3,24%. Tỷ lệ hộ nghèo cuối năm 2023 là 3,42%.",
    "Tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,6%. Tỷ lệ hộ dân sử dụng nước hợp vệ sinh đạt 96,4%.",
    "Năm 2024 có 118 thôn, tổ dân phố được công nhận danh hiệu văn hóa. Toàn huyện có 181 thôn, tổ dân phố.",
    "Năm 2024 xảy ra 27 vụ tai nạn giao thông đường bộ, giảm 45 vụ so với năm 2023 (72 vụ).",
    "Trong năm có 146 doanh nghiệp thành lập mới. Cũng trong năm, 164 doanh nghiệp tạm ngừng hoạt động.",
    "Năm 2024 có 23 sản phẩm được công nhận OCOP. Lũy kế đến nay, toàn huyện có 32 sản phẩm OCOP.",
    "Trong năm 2024, Trung tâm Chính trị huyện mở 36 lớp bồi dưỡng. Cả nhiệm kỳ, Trung tâm Chính trị huyện đã mở 63 lớp bồi dưỡng.",
    "Hội Liên hiệp Phụ nữ tỉnh có 215.430 hội viên. Hội Nông dân tỉnh có 215.340 hội viên.",
    "Huyện đoàn Tân Yên có 4.860 đoàn viên. Huyện đoàn Yên Thế có 4.680 đoàn viên.",
    "Đảng bộ xã hiện có 486 đảng viên. “Khi mới thành lập, Đảng bộ xã chỉ có 468 đảng viên”, đồng chí Bí thư Đảng ủy xã nhớ lại.",
    "Huyện trao 2.450 suất quà Tết cho hộ nghèo. Các doanh nghiệp trao 2.540 suất quà Tết cho công nhân.",
    "Vốn đầu tư công năm 2024 của huyện giải ngân được 182,5 tỷ đồng. Vốn đầu tư công năm 2024 còn lại chưa giải ngân là 18,25 tỷ đồng.",
    "Diện tích gieo trồng cây vụ đông năm nay đạt 1.236,4 ha. Vụ đông năm trước, diện tích gieo trồng đạt 1.263,4 ha.",
    "Sản lượng thủy sản khai thác đạt 12.480 tấn. Sản lượng thủy sản nuôi trồng đạt 12.840 tấn.",
    "Huyện đã hoàn thành 37 công trình, dự án đầu tư công. Khởi công mới 73 công trình, dự án đầu tư công.",
    "Năm 2024 có 18.256 gia đình đạt danh hiệu gia đình văn hóa. Năm 2025, phấn đấu có 18.526 gia đình đạt danh hiệu gia đình văn hóa.",
    "Năm 2024 có 24.850 người tham gia bảo hiểm xã hội tự nguyện. Có 24.580 người tham gia bảo hiểm thất nghiệp.",
    "1. Chỉ tiêu năm 2025: kết nạp 95 đảng viên mới\nNăm 2024, Đảng bộ kết nạp 59 đảng viên mới.",
    "Chỉ tiêu | ĐVT | Năm 2023 | Năm 2024\nSản lượng lúa | tấn | 18.530 | 18.350\nSản lượng ngô | tấn | 2.150 | 2.105\nNăm 2024, sản lượng lúa đạt 18.350 tấn.",
    "Ban Chỉ đạo tổ chức 26 cuộc kiểm tra. Ủy ban Kiểm tra tổ chức 62 cuộc kiểm tra.",
    "Toàn tỉnh có 186.452 hộ gia đình sử dụng nước sạch theo quy chuẩn. Có 186.752 hộ gia đình sử dụng nước hợp vệ sinh.",
    "Hội Cựu chiến binh huyện có 3.128 hội viên. Hội Cựu chiến binh thành phố có 3.182 hội viên.",
    "Dư nợ của Quỹ tín dụng nhân dân đến cuối năm đạt 215,6 tỷ đồng. Dư nợ đầu năm của Quỹ tín dụng nhân dân là 251,6 tỷ đồng.",
    "Tỷ lệ che phủ rừng đạt 52,8%. Mục tiêu đến năm 2030, tỷ lệ che phủ rừng đạt 58,2%.",
    "Năm 2024 tỉnh thu hút 47 dự án đầu tư. Lũy kế từ đầu nhiệm kỳ, tỉnh thu hút 74 dự án đầu tư.",
    "Bố trí 365 hộ dân vào khu tái định cư Bắc Sơn. Khu tái định cư Nam Sơn bố trí 356 hộ dân.",
    "Kết nạp 63 quần chúng ưu tú vào Đảng. Có 36 quần chúng ưu tú được cử đi học lớp nhận thức về Đảng.",
    "Năm 2024, huyện cấp 1.426 giấy chứng nhận quyền sử dụng đất lần đầu. Cấp đổi 1.246 giấy chứng nhận quyền sử dụng đất.",
    "Xã có 21 thôn, bản. Có 12 thôn, bản đạt chuẩn nông thôn mới kiểu mẫu.",
    "Sáu tháng đầu năm 2024, huyện kết nạp 54 đảng viên mới. Cả năm 2024, huyện kết nạp 154 đảng viên mới.",
    "Năm 2024, Hội Nông dân huyện hướng dẫn 12.540 lượt hội viên ứng dụng khoa học kỹ thuật. Hội Nông dân tỉnh hướng dẫn 12.450 lượt hội viên ứng dụng khoa học kỹ thuật.",
    "Toàn huyện có 917 hội viên Hội Người cao tuổi ở khu vực nông thôn.\n\nĐÁNH GIÁ CHUNG\nToàn huyện có 971 hội viên Hội Người cao tuổi ở khu vực thành thị.",
    "Tổng giá trị sản xuất nông nghiệp đạt 1.256,8 tỷ đồng. Tổng giá trị sản xuất công nghiệp đạt 1.265.800 triệu đồng.",
    "Năm 2024, Đảng bộ tỉnh kết nạp 1.124 đảng viên. Năm 2025, tính từ năm 2024 đã kết nạp 1.142 đảng viên.",
    "Năm 2024, Đảng bộ tỉnh kết nạp 1.124 đảng viên. Trong năm 2025, từ đầu năm đến nay đã kết nạp 1.142 đảng viên.",
    "Năm 2024, Đảng bộ tỉnh kết nạp 1.124 đảng viên. Năm 2025, trên cơ sở đó, Đảng bộ phấn đấu kết nạp 1.142 đảng viên.",
    "Năm 2024, toàn huyện có 18.256 gia đình văn hóa. Năm 2025, trên cơ sở kết quả năm 2023 có 18.526 gia đình văn hóa, huyện phấn đấu tăng thêm.",
    "Năm 2024, Hội Nông dân huyện kết nạp 1.124 hội viên. Năm 2025, trên cơ sở năm 2024 Hội Nông dân tỉnh đã kết nạp 1.142 hội viên, toàn tỉnh phấn đấu kết nạp thêm.",
]


@pytest.mark.parametrize("text", PLANTED)
def test_planted_slip_is_found(text: str) -> None:
    got = checks_of(text, "repeat")
    assert any(c.verdict == "inconsistent" for c in got), text


@pytest.mark.parametrize("text", TWINS)
def test_twin_is_consistent(text: str) -> None:
    got = checks_of(text, "repeat")
    assert any(c.verdict == "consistent" for c in got), text
    assert not alarms(text), text


@pytest.mark.parametrize("text", TRAPS)
def test_trap_raises_no_alarm(text: str) -> None:
    assert not alarms(text), text
