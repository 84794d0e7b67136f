"""Recall round 25 (share, helper c): a part's percent of a whole stated elsewhere in the
passage, said in varied words. Every passage is written by us (none is copied from a report).

Readings widened in this round (see the tables in share.py):
- the items of one list share their whole however the list is written: the next item after a
  closed bracket, a label closed by ":", an age inside the label, a new bullet line
  ("… bằng 24,8%; đại biểu trẻ dưới 35 tuổi 24 người, bằng 9,6%" with 24/250 confirmed), when
  the confirmed sibling's percent pins its whole down and no larger count of the kind stands
  between the whole and the list;
- a whole with its profile ("Xã có 3.218 hộ với 13.740 nhân khẩu; …", "Đảng bộ xã có 26 chi bộ
  với 918 đảng viên; …"): the other counts of the profile are no rival wholes;
- a total named by a noun of several words whose part restates it ("tổng thu ngân sách xã đạt
  …; thu bổ sung từ ngân sách cấp trên là …, chiếm …");
- a percent said before its part: "Có 31,9% trong tổng số 6.215 đảng viên …, tức 1.983 người",
  "Tỷ lệ đảng viên nữ … là 35,1%, với 1.452 đồng chí trên tổng số 4.137 đảng viên", "…; gần 94%
  trong số đó (1.786 người)" of the one count of the clause before the ";";
- an item of a list that adds up to its stated total, its bracket naming that total ("đàn bò
  22.615 con (chiếm 39,6% tổng đàn)" under "Tổng đàn gia súc 61.250 con"), the sum with the item
  before being another reading only when it fits.
Two false alarms of the earlier code are gone: a group named by its total's opener whose head
noun alone names a sibling ("Tổng số hộ nghèo là 2.450 hộ; số hộ cận nghèo 1.200 hộ, chiếm 6%";
"Tổng kim ngạch xuất khẩu …; kim ngạch nhập khẩu …, chiếm …").

38 of the 91 planted slips written are still missed (not asserted): a share
"tỷ lệ … đạt 22,1% (512 đồng chí)" of a whole named by the rate's words, a whole stated after
the part, a whole named only by a prefix of its noun ("chiếm …% tổng thu" of "tổng thu ngân sách …";
"… tổng dư nợ" of "tổng dư nợ cho vay"), a population base said in other words, parts counted in
another word for the same people ("em" of "học sinh", "cháu" of "trẻ em"), a whole without a
unit ("… là 134; …"), completion rates read as targets.
"""

from __future__ import annotations

import pytest
from checkhelp import checks_of

from vnreport_miner.records import Check


def _checks(text: str) -> list[Check]:
    return checks_of(text, "share")


# 53 planted slips the checker finds (of 91 written)
PLANTED = [
    "Toàn Đảng bộ có 7.842 đảng viên. Đảng viên nữ 2.905 người (39,0%), đảng viên là người dân tộc thiểu số 1.130 người (14,4%).",
    "Đến cuối năm 2023, huyện có 312 chi bộ trực thuộc các đảng bộ cơ sở; số chi bộ được xếp loại hoàn thành tốt nhiệm vụ là 241 chi bộ, bằng 72,4%.",
    "Kết quả đánh giá, xếp loại năm 2022: trong 96 tổ chức cơ sở đảng, có 18 tổ chức đạt hoàn thành xuất sắc nhiệm vụ (16,8%), 61 tổ chức hoàn thành tốt nhiệm vụ (63,5%), 15 tổ chức hoàn thành nhiệm vụ (15,6%) và 2 tổ chức không hoàn thành nhiệm vụ (2,1%).",
    "Ban Chấp hành Đảng bộ huyện khóa mới gồm 39 đồng chí, trong đó có 8 đồng chí nữ, chiếm 23,5%; 5 đồng chí dưới 40 tuổi, chiếm 12,8%.",
    "Có 33,9% trong tổng số 6.215 đảng viên của Đảng bộ, tức 1.983 người, là đảng viên nữ.",
    "Tổng chi ngân sách địa phương là 3.418,6 tỷ đồng. Chi đầu tư phát triển 1.027,4 tỷ đồng, bằng 33,1% tổng chi.",
    "Số đảng viên được miễn sinh hoạt đảng là 412 đồng chí, chiếm 8,7% tổng số đảng viên toàn Đảng bộ (5.306 đảng viên).",
    "Toàn tỉnh có 1.125 thôn, bản, tổ dân phố. Đến nay đã có 968 thôn, bản có nhà văn hóa, đạt 88,0%.",
    "Huyện có 28 trường học các cấp; 19 trường đạt chuẩn quốc gia, tỷ lệ 69,7%.",
    "Đại hội có 250 đại biểu chính thức được triệu tập. Trong đó, đại biểu là nữ có 71 người, bằng 24,8%; đại biểu trẻ dưới 35 tuổi 24 người, bằng 9,6%.",
    "Sau 5 năm, đã kết nạp 1.452 đảng viên mới; số đảng viên mới là đoàn viên thanh niên 1.087 người, chiếm 79,4% số đảng viên được kết nạp.",
    "Cả huyện có 14.620 hộ. Số hộ nghèo còn 1.036 hộ, chiếm 8,1% tổng số hộ.",
    "Sản lượng lương thực có hạt đạt 48.350 tấn, trong đó thóc 39.120 tấn (78,9%), ngô 9.230 tấn (19,1%).",
    "Về chất lượng đội ngũ cán bộ, công chức xã (tổng số 418 người):\n- Trình độ chuyên môn đại học trở lên: 287 người, tỷ lệ 66,7%;\n- Trình độ lý luận chính trị trung cấp trở lên: 302 người, tỷ lệ 72,2%.",
    "Tổ chức hợp tác xã: toàn huyện có 46 hợp tác xã đang hoạt động, trong số đó 29 hợp tác xã hoạt động hiệu quả, chiếm tỷ lệ 60,3%.",
    "Trong 57 doanh nghiệp trên địa bàn, mới có 9 doanh nghiệp thành lập được tổ chức đảng (18,5%).",
    "Có 382 đảng viên được tặng Huy hiệu Đảng các loại, trong đó Huy hiệu 30 năm tuổi Đảng 214 đồng chí, chiếm 65,0% số đảng viên được tặng.",
    "Tổng vốn đầu tư toàn xã hội thực hiện 4.126 tỷ đồng. Vốn ngân sách nhà nước 1.358 tỷ đồng, chiếm 30,9%; vốn dân cư và doanh nghiệp 2.768 tỷ đồng, chiếm 67,1%.",
    "Toàn Đảng bộ có 186 chi bộ. Số chi bộ có cấp ủy là 142, đạt 73,6% tổng số chi bộ.",
    "Xã có 3.218 hộ với 13.740 nhân khẩu; số hộ sử dụng nước hợp vệ sinh 3.065 hộ, tỷ lệ 93,2%.",
    "Tổng số học sinh toàn huyện năm học 2022-2023 là 21.904 em; học sinh dân tộc thiểu số 8.531 em, chiếm 36,9%.",
    "Ban Thường vụ Huyện ủy có 13 đồng chí, trong đó nữ 3 đồng chí (chiếm 21,3%).",
    "Hội đồng nhân dân xã khóa XXI có 25 đại biểu; đại biểu nữ: 7 người, tỷ lệ 26%; đại biểu dân tộc thiểu số: 10 người, tỷ lệ 40%.",
    "Tổng kinh phí thực hiện chương trình là 845 tỷ đồng, trong đó ngân sách Trung ương hỗ trợ 612,5 tỷ đồng, chiếm 75,2%.",
    "Trên địa bàn có 34 cơ sở tôn giáo với 11.200 tín đồ; trong đó có 4.318 tín đồ Công giáo, bằng 36,8% tổng số tín đồ.",
    "Công tác phát triển đảng viên: trong nhiệm kỳ kết nạp 865 đảng viên; trong số đó, nữ 402 đồng chí (44,5%), người dân tộc thiểu số 197 đồng chí (22,8%), người có đạo 18 đồng chí (2,1%).",
    "Huyện có 23 xã, thị trấn; tính đến nay có 16 xã đạt chuẩn nông thôn mới, bằng 65,2%.",
    "Với 4.752 lao động được giải quyết việc làm trong năm, có 1.308 lao động đi làm việc ở nước ngoài theo hợp đồng, chiếm 25,7%.",
    "Tổng diện tích tự nhiên của xã là 2.846,3 ha. Đất nông nghiệp 2.107,5 ha (chiếm 70,4%), đất phi nông nghiệp 612,4 ha (chiếm 21,5%), đất chưa sử dụng 126,4 ha (chiếm 4,4%).",
    "Đảng bộ xã có 26 chi bộ với 918 đảng viên; đảng viên là cán bộ hưu trí 327 đồng chí, chiếm 32,6% tổng số đảng viên.",
    "Số người có uy tín trong đồng bào dân tộc thiểu số được bình chọn là 214 người, trong đó 39 người là đảng viên, tỷ lệ 19,2%.",
    "Trong tổng số 3.640 hội viên phụ nữ, có 1.127 hội viên đã được vay vốn ưu đãi, tỷ lệ 33,0%.",
    "Tổng giá trị sản xuất năm 2023 đạt 9.812 tỷ đồng, trong đó: nông, lâm nghiệp, thủy sản 2.465 tỷ đồng, chiếm 21,5%; công nghiệp – xây dựng 3.921 tỷ đồng, chiếm 40,0%; dịch vụ 3.426 tỷ đồng, chiếm 34,9%.",
    "Tổng đàn gia súc 61.250 con, gồm đàn trâu 8.430 con, đàn bò 22.615 con (chiếm 39,6% tổng đàn) và đàn lợn 30.205 con.",
    "Tổng kinh phí xây dựng nông thôn mới giai đoạn 2021-2023 là 1.862 tỷ đồng. Trong đó, nhân dân đóng góp 214 tỷ đồng, chiếm 12,5%.",
    "Toàn huyện có 9.850 ha đất sản xuất nông nghiệp. Diện tích được tưới chủ động là 7.264 ha, chiếm 75,7%.",
    "Kết quả phân loại chi bộ: 201 chi bộ được đánh giá, có 37 chi bộ hoàn thành xuất sắc nhiệm vụ, chiếm 14,8%; 148 chi bộ hoàn thành tốt nhiệm vụ, chiếm 73,6%; 16 chi bộ hoàn thành nhiệm vụ, chiếm 8,0%.",
    "Năm 2023 có 11.406 hộ đạt danh hiệu gia đình văn hóa, bằng 93,0% trong tổng số 12.530 hộ của huyện.",
    "Tổng số đảng viên mới kết nạp năm 2023 là 268 đồng chí. Đáng chú ý, 41 đồng chí là chủ doanh nghiệp tư nhân, chiếm 13,5%.",
    "Cơ cấu Ban Chấp hành Đảng bộ tỉnh khóa XVII (53 đồng chí):\n+ Nữ: 9 đồng chí, tỷ lệ 19,0%;\n+ Dân tộc thiểu số: 14 đồng chí, tỷ lệ 26,4%;\n+ Dưới 40 tuổi: 4 đồng chí, tỷ lệ 7,5%.",
    "Năm 2023, cấp ủy các cấp thi hành kỷ luật 58 đảng viên, trong đó khiển trách 36 đồng chí (60,1%), cảnh cáo 17 đồng chí (29,3%), cách chức 2 đồng chí (3,4%), khai trừ 3 đồng chí (5,2%).",
    "Sản lượng thủy sản khai thác và nuôi trồng đạt 12.640 tấn, sản lượng nuôi trồng chiếm 56,0% với 8.215 tấn.",
    "Số cơ sở giáo dục mầm non là 31 trường, trong đó trường ngoài công lập chiếm 26,2% (7 trường).",
    "Toàn huyện có 1.908 người có công với cách mạng đang hưởng trợ cấp; gần 96% trong số đó (1.786 người) có mức sống bằng hoặc cao hơn mức sống trung bình của dân cư nơi cư trú.",
    "Hiện nay, Đảng bộ có 9.105 đảng viên. Về trình độ lý luận chính trị, có 2.714 đồng chí có trình độ trung cấp trở lên, chiếm 27,8%.",
    "Số người tham gia bảo hiểm xã hội tự nguyện là 3.125 người, tương đương 6,0% lực lượng lao động (62.480 người).",
    "Trong 5 năm qua, toàn tỉnh đã cho 1.236 đảng viên ra khỏi Đảng, trong đó xóa tên 864 đồng chí, chiếm tỷ lệ 66,9%.",
    "Toàn tỉnh có 4.268 trường hợp được phát hiện, trong đó 1.544 trường hợp đã được xử lý (khoảng 40%).",
    "Tỷ lệ đảng viên nữ trong Đảng bộ là 37,1%, với 1.452 đồng chí trên tổng số 4.137 đảng viên.",
    "Năm 2023, tổng thu ngân sách xã đạt 18.640 triệu đồng; thu bổ sung từ ngân sách cấp trên là 14.210 triệu đồng, chiếm 72,6%.",
    "Xã có 1.320 ha đất trồng cây lâu năm. Trong đó, cà phê 945 ha, chiếm 76,1%; hồ tiêu 210 ha, chiếm 15,9%.",
    "Tổng diện tích tự nhiên của xã là 3.415,6 ha; diện tích đất nông nghiệp 2.718,3 ha, chiếm 75,6%.",
    "Tổng số hộ toàn xã là 1.736 hộ; số hộ nghèo 120 hộ, chiếm 7,9%.",
]


# consistent twins (the right figure) confirmed
TWINS = [
    "Toàn Đảng bộ có 7.842 đảng viên. Đảng viên nữ 2.905 người (37,0%), đảng viên là người dân tộc thiểu số 1.130 người (14,4%).",
    "Đến cuối năm 2023, huyện có 312 chi bộ trực thuộc các đảng bộ cơ sở; số chi bộ được xếp loại hoàn thành tốt nhiệm vụ là 241 chi bộ, bằng 77,2%.",
    "Kết quả đánh giá, xếp loại năm 2022: trong 96 tổ chức cơ sở đảng, có 18 tổ chức đạt hoàn thành xuất sắc nhiệm vụ (18,8%), 61 tổ chức hoàn thành tốt nhiệm vụ (63,5%), 15 tổ chức hoàn thành nhiệm vụ (15,6%) và 2 tổ chức không hoàn thành nhiệm vụ (2,1%).",
    "Ban Chấp hành Đảng bộ huyện khóa mới gồm 39 đồng chí, trong đó có 8 đồng chí nữ, chiếm 20,5%; 5 đồng chí dưới 40 tuổi, chiếm 12,8%.",
    "Có 31,9% trong tổng số 6.215 đảng viên của Đảng bộ, tức 1.983 người, là đảng viên nữ.",
    "Tổng thu ngân sách trên địa bàn năm 2023 đạt 1.254 tỷ đồng; thu từ thuế, phí và lệ phí đạt 846 tỷ đồng, chiếm 67,5% tổng thu.",
    "Tổng chi ngân sách địa phương là 3.418,6 tỷ đồng. Chi đầu tư phát triển 1.027,4 tỷ đồng, bằng 30,1% tổng chi.",
    "Số đảng viên được miễn sinh hoạt đảng là 412 đồng chí, chiếm 7,8% tổng số đảng viên toàn Đảng bộ (5.306 đảng viên).",
    "Toàn tỉnh có 1.125 thôn, bản, tổ dân phố. Đến nay đã có 968 thôn, bản có nhà văn hóa, đạt 86,0%.",
    "Huyện có 28 trường học các cấp; 19 trường đạt chuẩn quốc gia, tỷ lệ 67,9%.",
    "Đại hội có 250 đại biểu chính thức được triệu tập. Trong đó, đại biểu là nữ có 71 người, bằng 28,4%; đại biểu trẻ dưới 35 tuổi 24 người, bằng 9,6%.",
    "Sau 5 năm, đã kết nạp 1.452 đảng viên mới; số đảng viên mới là đoàn viên thanh niên 1.087 người, chiếm 74,9% số đảng viên được kết nạp.",
    "Cả huyện có 14.620 hộ. Số hộ nghèo còn 1.036 hộ, chiếm 7,1% tổng số hộ.",
    "Diện tích gieo trồng lúa cả năm 5.840 ha; diện tích lúa chất lượng cao 2.336 ha, bằng 40% diện tích lúa.",
    "Sản lượng lương thực có hạt đạt 48.350 tấn, trong đó thóc 39.120 tấn (80,9%), ngô 9.230 tấn (19,1%).",
    "Về chất lượng đội ngũ cán bộ, công chức xã (tổng số 418 người):\n- Trình độ chuyên môn đại học trở lên: 287 người, tỷ lệ 68,7%;\n- Trình độ lý luận chính trị trung cấp trở lên: 302 người, tỷ lệ 72,2%.",
    "Tổ chức hợp tác xã: toàn huyện có 46 hợp tác xã đang hoạt động, trong số đó 29 hợp tác xã hoạt động hiệu quả, chiếm tỷ lệ 63,0%.",
    "Trong 57 doanh nghiệp trên địa bàn, mới có 9 doanh nghiệp thành lập được tổ chức đảng (15,8%).",
    "Có 382 đảng viên được tặng Huy hiệu Đảng các loại, trong đó Huy hiệu 30 năm tuổi Đảng 214 đồng chí, chiếm 56,0% số đảng viên được tặng.",
    "Tổng vốn đầu tư toàn xã hội thực hiện 4.126 tỷ đồng. Vốn ngân sách nhà nước 1.358 tỷ đồng, chiếm 32,9%; vốn dân cư và doanh nghiệp 2.768 tỷ đồng, chiếm 67,1%.",
    "Năm 2023, Ủy ban Kiểm tra các cấp đã kiểm tra 73 tổ chức đảng; qua kiểm tra, 11 tổ chức có vi phạm, chiếm 15,1% số tổ chức được kiểm tra.",
    "Toàn Đảng bộ có 186 chi bộ. Số chi bộ có cấp ủy là 142, đạt 76,3% tổng số chi bộ.",
    "Dân số trung bình năm 2023 ước đạt 127.460 người. Lao động trong độ tuổi là 78.215 người, chiếm 61,4% dân số.",
    "Xã có 3.218 hộ với 13.740 nhân khẩu; số hộ sử dụng nước hợp vệ sinh 3.065 hộ, tỷ lệ 95,2%.",
    "Tổng số học sinh toàn huyện năm học 2022-2023 là 21.904 em; học sinh dân tộc thiểu số 8.531 em, chiếm 38,9%.",
]


# figures that look related but are not a part and its whole
TRAPS = [
    "Toàn Đảng bộ có 7.842 đảng viên, tăng 3,2% so với năm 2022; đảng viên nữ 2.905 người.",
    "Tổng thu ngân sách đạt 1.254 tỷ đồng, bằng 112,5% dự toán; thu từ thuế 846 tỷ đồng, bằng 108,3% dự toán.",
    "Huyện có 58.310 nhân khẩu. Số hộ nghèo còn 1.036 hộ, tỷ lệ hộ nghèo 7,1%.",
    "Đảng bộ có 7.842 đảng viên, chiếm 4,6% dân số toàn huyện; đảng viên nữ 2.905 người.",
    "Toàn tỉnh có 45.622 đảng viên. Năm 2023 kết nạp 1.942 đảng viên mới, đạt 107,9% chỉ tiêu.",
    "Năm 2020, toàn huyện có 6.905 đảng viên. Đến năm 2023 có 7.842 đảng viên, trong đó đảng viên nữ 2.905 người, chiếm 37,0%.",
    "Đảng bộ có 7.842 đảng viên; trong đó có 2.905 đảng viên nữ, số đảng viên nữ là người dân tộc thiểu số 1.130 đồng chí, chiếm 38,9% số đảng viên nữ.",
    "Huyện có 12.350 ha lúa, chiếm 18,6% diện tích lúa của tỉnh; trong đó lúa lai 4.210 ha.",
    "Tổng số hộ là 14.620; số hộ nghèo 1.036 hộ, giảm 2,3% so với năm trước.",
    "Kế hoạch năm 2023 giao kết nạp 350 đảng viên; kết quả kết nạp 312 đảng viên, trong đó đoàn viên thanh niên 241 đồng chí, chiếm 77,2%.",
    "Trong 96 tổ chức cơ sở đảng, có 18 tổ chức hoàn thành xuất sắc nhiệm vụ; tỷ lệ đảng viên hoàn thành xuất sắc nhiệm vụ là 15,6%.",
    "Xã có 2.390 hộ; Hội Nông dân có 1.846 hội viên, chiếm 31,2% dân số trong độ tuổi lao động.",
    "Ban Chấp hành Đảng bộ huyện gồm 39 đồng chí; tỷ lệ cấp ủy viên nữ của toàn tỉnh đạt 18,5%.",
    "Tổng thu ngân sách 1.254 tỷ đồng, tăng 12% so với cùng kỳ; thu nội địa 846 tỷ đồng, tăng 9,4%.",
    "Diện tích lúa 5.840 ha, năng suất bình quân 61,5 tạ/ha, sản lượng 35.916 tấn.",
    "Toàn huyện có 21.904 học sinh; tỷ lệ trẻ em 5 tuổi đến lớp đạt 99,6%.",
    "Tổng số phiếu phát ra 9.100 phiếu, thu về 8.930 phiếu; ông Lê Văn Bình đạt 7.912 phiếu, bằng 88,6% số phiếu thu về.",
    "Đảng bộ có 186 chi bộ, 5.120 đảng viên; có 142 chi bộ, chiếm 28,4% số chi bộ của khối cơ quan toàn tỉnh, đạt trong sạch vững mạnh.",
    "Đảng bộ có 5.120 đảng viên, sinh hoạt ở 186 chi bộ; 142 chi bộ (76,3%) xếp loại tốt.",
    "Năm 2023 có 1.036 hộ thoát nghèo, bằng 7,1% tổng số hộ nghèo đầu năm.",
    "Tổng dân số 127.460 người, trong đó dân tộc Thái chiếm 54,2%, dân tộc Kinh chiếm 30,5%.",
    "Đảng bộ xã Tân Lập có 412 đảng viên, Đảng bộ xã Hòa Bình có 386 đảng viên; đảng viên nữ của xã Hòa Bình là 141 đồng chí, chiếm 36,5%.",
    "Toàn tỉnh có 1.125 thôn, bản; riêng huyện Mường Lát có 142 thôn, bản, trong đó 118 thôn có nhà văn hóa, đạt 83,1%.",
    "Đầu nhiệm kỳ, Đảng bộ có 4.812 đảng viên; đến cuối nhiệm kỳ có 5.306 đảng viên, tăng 10,3%.",
    "Xã có 3.218 hộ với 13.740 nhân khẩu; tỷ lệ người dân tham gia bảo hiểm y tế đạt 92,4%.",
    "Chỉ tiêu giao 1.500 lao động được đào tạo nghề; thực hiện 1.620 lao động, đạt 108%.",
    "Trong 73 tổ chức đảng được kiểm tra, có 11 tổ chức vi phạm; so với năm 2022, số tổ chức vi phạm giảm 26,7%.",
    "Kỷ luật 58 đảng viên, trong đó 36 đồng chí bị khiển trách; trong số bị khiển trách, 12 đồng chí là cấp ủy viên, chiếm 33,3%.",
    "Tổng thu ngân sách xã 18.640 triệu đồng; chi thường xuyên 12.305 triệu đồng, bằng 96,8% dự toán.",
    "Lực lượng lao động 62.480 người, tỷ lệ thất nghiệp khu vực thành thị 2,9%.",
    "Toàn huyện có 28 trường học; tỷ lệ giáo viên đạt chuẩn trở lên 98,7%.",
    "Năm 2023 có 16 xã đạt chuẩn nông thôn mới trên 23 xã, thị trấn; tỷ lệ đảng viên ở nông thôn tăng 1,5 điểm phần trăm.",
    "Đảng bộ có 2.604 đảng viên, gồm 1.512 nam và 1.092 nữ; số đảng viên nữ bằng 72,2% số đảng viên nam.",
    "Có 2.905 đảng viên nữ; tỷ lệ nữ trong cấp ủy cơ sở đạt 21,8%.",
    "Dân số 127.460 người; toàn Đảng bộ có 5.306 đảng viên, trong đó 1.983 đảng viên nữ, chiếm 37,4%.",
    "Năm 2022 toàn tỉnh có 1.254 doanh nghiệp; năm 2023 có 1.398 doanh nghiệp, trong đó 212 doanh nghiệp thành lập mới, chiếm 15,2%.",
    "Tổng số đảng viên 3.412; năm 2023 kết nạp được 146 đảng viên, đạt 97,3% kế hoạch.",
    "Tổng số 418 cán bộ, công chức xã; trong đó 287 người có trình độ đại học (tăng 12,5% so với năm 2020).",
    "Tổng đàn gia súc 61.250 con; đàn bò 22.615 con, tăng 4,2%; tỷ lệ bò lai đạt 38%.",
    "Có 4.567 đảng viên được đánh giá; 201 chi bộ được đánh giá, trong đó 37 chi bộ hoàn thành xuất sắc nhiệm vụ; 15,6% đảng viên hoàn thành xuất sắc nhiệm vụ.",
    "Từ năm 2015 đến nay đã kết nạp 3.580 đảng viên; riêng năm 2023 kết nạp 612 đảng viên, trong đó 402 đảng viên nữ, chiếm 65,7%.",
    "Tổng chi ngân sách 3.418,6 tỷ đồng; chi đầu tư phát triển 1.027,4 tỷ đồng, tăng 18,4% so với năm trước.",
    "Năm 2020 xã có 2.210 hộ; đến nay Hội Nông dân có 1.846 hội viên trên 2.517 hộ, đạt 73,3%.",
    "Đại hội có 250 đại biểu được triệu tập, 246 đại biểu có mặt; đại biểu nữ 71 người, chiếm 28,9% số đại biểu có mặt.",
    "Ngân sách tỉnh hỗ trợ 612,5 tỷ đồng cho chương trình, bằng 38,4% tổng nguồn vốn ngân sách tỉnh cho đầu tư công.",
    "Xã có 13.740 nhân khẩu, 3.065 hộ dùng nước hợp vệ sinh, tỷ lệ hộ dùng nước hợp vệ sinh đạt 95,2%.",
    "Năm học 2022-2023 có 2.415 học sinh dự thi tốt nghiệp, tỷ lệ đỗ tốt nghiệp đạt 98,4%, tăng 0,6% so với năm trước.",
    "Ban Chấp hành có 39 đồng chí, Ban Thường vụ 13 đồng chí, trong đó 3 đồng chí nữ, chiếm 23,1%.",
    "Tổng số 1.067 cơ sở được kiểm tra, xử phạt 96 cơ sở với số tiền 412 triệu đồng, chiếm 65% số tiền phạt của toàn tỉnh.",
    "Trong 5 năm, tỉnh thu hút 126 dự án với tổng vốn đăng ký 18.450 tỷ đồng; 84 dự án đã đi vào hoạt động, tổng vốn thực hiện 9.210 tỷ đồng, bằng 49,9% vốn đăng ký.",
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
