"""Recall round 22s: shares (a stated percent of a total stated elsewhere) said in one sentence
or two adjacent sentences, in varied words, through the real pipeline. Every passage is written
by us (none is copied from a report); each planted slip has a consistent twin in
tests/battery/battery_zzzz_s22.jsonl (battery_zzzz_s holds review 21s), with the clean traps
(percents of another whole, growth and completion rates, points, wider or narrower bodies,
rounded scaled amounts).

Structures read this round: the whole named after the percent then counted ("chiếm 30,8% tổng
kinh phí xây dựng 9.870 triệu đồng", "… là 142 chi bộ", "(41.700 người)", "trong số 6.025 hồ sơ
tiếp nhận"); a whole counted by an event or a kind the claim says again ("Đã kiểm tra 132 tổ
chức đảng. Qua kiểm tra, …"); "Trong số đó" after the whole's sentence; a bare bracketed percent
after the part's label; the percent said first with its part in brackets; a total opening its
clause and its noun restated after ";"; people counted as "người"; "thì"; the part after its
percent ("nữ chiếm 31,9% (1.248 đồng chí)", "… với 1.248 đồng chí"); "tỷ lệ <the part's noun>";
the whole named by its verb and noun ("chiếm 3% số người đã kê khai"); a part in "người" whose
clause opens with the members' noun ("Hội viên nữ 2.380 người, chiếm …"); members exempt from
attending.
"""

from __future__ import annotations

import pytest
from checkhelp import checks_of

_checks = checks_of


# (passage with one slip, the share's figures [part, whole, stated percent])
FOUND = [
    ("Toàn huyện có 312 chi bộ trực thuộc, trong đó 247 chi bộ đạt danh hiệu trong sạch vững mạnh, chiếm 81,6%.", [247, 312, 81.6]),
    ("Trong tổng số 2.846 hộ dân của xã, có 2.517 hộ đã được cấp giấy chứng nhận quyền sử dụng đất, chiếm 90,2%.", [2517, 2846, 90.2]),
    ("Có 164 hộ thoát nghèo, chiếm 36,8% số hộ nghèo đầu năm (421 hộ).", [164, 421, 36.8]),
    ("Số đảng viên nữ là 1.248 đồng chí, chiếm 36,5% so với tổng số 3.907 đảng viên toàn Đảng bộ.", [1248, 3907, 36.5]),
    ("80,9% trong số 86 thôn, bản (71 thôn, bản) đã có nhà văn hóa đạt chuẩn.", [71, 86, 80.9]),
    ("Tổng thu ngân sách trên địa bàn đạt 1.284,6 tỷ đồng, trong đó thu nội địa 1.037,2 tỷ đồng, chiếm 84%.", [1037.2, 1284.6, 84]),
    ("Diện tích lúa chất lượng cao đạt 5.420 ha, bằng 56,6% tổng diện tích gieo cấy lúa của huyện là 8.915 ha.", [5420, 8915, 56.6]),
    ("Qua rà soát 6.120 hộ gia đình, xác định 387 hộ cận nghèo, chiếm tỷ lệ 8,7%.", [387, 6120, 8.7]),
    ("Hội Cựu chiến binh xã có 2.315 hội viên, 1.689 hội viên là đảng viên (69,9%).", [1689, 2315, 69.9]),
    ("Trong 57 hợp tác xã đang hoạt động, 34 hợp tác xã xếp loại khá, tốt, chiếm 57,4%.", [34, 57, 57.4]),
    ("Huyện có 64 trường học, trong đó 49 trường đạt chuẩn quốc gia, đạt tỷ lệ 81,2%.", [49, 64, 81.2]),
    ("Số hộ sử dụng nước sạch là 1.903 hộ, chiếm 87% số hộ của xã (2.274 hộ).", [1903, 2274, 87]),
    ("Nhân dân đóng góp 3.450 triệu đồng, chiếm 30,8% tổng kinh phí xây dựng 9.870 triệu đồng.", [3450, 9870, 30.8]),
    ("Trong 146 đảng viên được kết nạp, có 61 đảng viên nữ, chiếm 44,2%, và 39 đảng viên là người dân tộc thiểu số, chiếm 26,7%.", [61, 146, 44.2]),
    ("Tổng số 3.620 lao động được giải quyết việc làm, trong đó 2.874 lao động làm việc trong tỉnh (79,4%), 746 lao động đi làm việc ở nước ngoài (17,5%).", [746, 3620, 17.5]),
    ("Kết quả kiểm điểm 1.532 đảng viên: 231 đồng chí hoàn thành xuất sắc nhiệm vụ, chiếm 16,9%.", [231, 1532, 16.9]),
    ("Đảng bộ xã có 418 đảng viên; trong đó đảng viên được miễn sinh hoạt là 57 đồng chí, chiếm 11,4%.", [57, 418, 11.4]),
    ("Diện tích rừng trồng mới 1.320 ha, chiếm 25,5% trong tổng số 4.860 ha rừng trồng của tỉnh.", [1320, 4860, 25.5]),
    ("Hội Liên hiệp Phụ nữ huyện có 9.412 hội viên, số hội viên tham gia tổ vay vốn là 3.318 người, chiếm 38,6%.", [3318, 9412, 38.6]),
    ("Ban Chấp hành Đảng bộ huyện khóa mới gồm 41 đồng chí, trong đó cán bộ trẻ có 7 đồng chí, chiếm tỷ lệ 14%.", [7, 41, 14]),
    ("Tổng giá trị sản xuất nông nghiệp ước đạt 2.416 tỷ đồng; trong đó giá trị ngành chăn nuôi 1.063 tỷ đồng, chiếm 45,8%.", [1063, 2416, 45.8]),
    ("Lực lượng dân quân của xã có 124 đồng chí, trong đó dân quân nòng cốt 48 đồng chí (43,3%).", [48, 124, 43.3]),
    ("Chi bộ có 37 đảng viên thì 15 đồng chí là đảng viên nữ, chiếm 38,8%.", [15, 37, 38.8]),
    ("Huyện có 23 doanh nghiệp có tổ chức đảng, chiếm 7,5% trong tổng số 196 doanh nghiệp đang hoạt động.", [23, 196, 7.5]),
    ("Kinh phí từ ngân sách nhà nước là 18.540 triệu đồng, chiếm 46,2% tổng nguồn vốn huy động 42.300 triệu đồng.", [18540, 42300, 46.2]),
    ("Số người tham gia bảo hiểm xã hội tự nguyện 2.384 người, bằng 7,5% lực lượng lao động trong độ tuổi (41.700 người).", [2384, 41700, 7.5]),
    ("Với 96 tổ hòa giải ở cơ sở, đã có 78 tổ được kiện toàn, chiếm 79,1%.", [78, 96, 79.1]),
    ("Hợp tác xã có 128 thành viên, 52 thành viên là phụ nữ, chiếm 38,9%.", [52, 128, 38.9]),
    ("Trong 74 vụ việc tiếp nhận, đã giải quyết xong 69 vụ việc, đạt 96,5%.", [69, 74, 96.5]),
    ("Có 58 chi bộ thôn, bản có chi ủy, chiếm 36,6% tổng số chi bộ thôn, bản của huyện là 142 chi bộ.", [58, 142, 36.6]),
    ("Đội ngũ cấp ủy cơ sở nhiệm kỳ này có 612 đồng chí, người dân tộc thiểu số 274 đồng chí, tỷ lệ 47,2%.", [274, 612, 47.2]),
    ("Tổng dư nợ cho vay chính sách đạt 1.865,4 tỷ đồng, dư nợ cho vay hộ nghèo là 412,7 tỷ đồng, chiếm 19%.", [412.7, 1865.4, 19]),
    ("Tổng diện tích tự nhiên của xã là 3.415,6 ha; diện tích đất nông nghiệp 2.718,3 ha, chiếm 77,4%.", [2718.3, 3415.6, 77.4]),
    ("Trong tổng số 2.103 cán bộ, công chức, viên chức toàn huyện, có 1.745 người là đảng viên, chiếm 87,6%.", [1745, 2103, 87.6]),
    ("Cả huyện hiện có 217 người có uy tín trong đồng bào dân tộc thiểu số; 146 người là đảng viên, chiếm tỷ lệ 65,6%.", [146, 217, 65.6]),
    ("Kết quả có 4.812 hồ sơ được giải quyết trước hạn, chiếm 75,7% trong số 6.025 hồ sơ tiếp nhận.", [4812, 6025, 75.7]),
    ("Số phiếu tín nhiệm cao là 214 phiếu, bằng 93,1% tổng số 236 phiếu hợp lệ.", [214, 236, 93.1]),
    ("Toàn xã có 645 hộ chăn nuôi, 128 hộ áp dụng đệm lót sinh học, chiếm 16,7% số hộ chăn nuôi.", [128, 645, 16.7]),
    ("Đảng bộ huyện hiện có 6.842 đảng viên. Số đảng viên có trình độ lý luận chính trị trung cấp trở lên là 2.317 đồng chí, chiếm 35,7%.", [2317, 6842, 35.7]),
    ("Toàn xã có 1.736 hộ. Trong đó, 1.512 hộ đạt danh hiệu gia đình văn hóa, chiếm 84,9%.", [1512, 1736, 84.9]),
    ("Năm 2024, toàn huyện kết nạp 287 đảng viên mới. Trong số đó có 96 đảng viên là người dân tộc Mông, chiếm 38%.", [96, 287, 38]),
    ("Tổng vốn đầu tư toàn xã hội đạt 5.630 tỷ đồng. Vốn ngoài nhà nước là 3.981 tỷ đồng, chiếm 69% tổng vốn.", [3981, 5630, 69]),
    ("Huyện có 168 thôn, tổ dân phố. 162 thôn, tổ dân phố đã có chi bộ độc lập, bằng 99,7%.", [162, 168, 99.7]),
    ("Hội Nông dân xã có 1.284 hội viên. Có 519 hội viên đạt danh hiệu sản xuất, kinh doanh giỏi các cấp, chiếm 42,8% tổng số hội viên.", [519, 1284, 42.8]),
    ("Tổng số lao động trong độ tuổi của huyện là 58.430 người. Lao động đã qua đào tạo 39.210 người, đạt tỷ lệ 64%.", [39210, 58430, 64]),
    ("Diện tích cây ăn quả toàn huyện đạt 7.240 ha. Diện tích được cấp mã số vùng trồng 1.856 ha, chiếm 27,4%.", [1856, 7240, 27.4]),
    ("Trường có 86 giáo viên. 68,7% giáo viên (61 người) có trình độ trên chuẩn.", [61, 86, 68.7]),
    ("Kỳ này, Ủy ban kiểm tra các cấp đã kiểm tra 132 tổ chức đảng. Qua kiểm tra, 109 tổ chức đảng thực hiện tốt, chiếm 87,2%.", [109, 132, 87.2]),
    ("Tổng chi ngân sách địa phương là 2.148,5 tỷ đồng. Chi đầu tư phát triển 614,2 tỷ đồng, chiếm 26,9% tổng chi.", [614.2, 2148.5, 26.9]),
    ("Huyện có 412 doanh nghiệp. Doanh nghiệp nhỏ và vừa là 389 doanh nghiệp, chiếm tỷ lệ 97,7%.", [389, 412, 97.7]),
    ("Toàn tỉnh có 214 cơ sở giáo dục mầm non. Đã có 187 cơ sở có bếp ăn bán trú, đạt 89,8%.", [187, 214, 89.8]),
    ("Đảng bộ cơ quan có 27 chi bộ trực thuộc. Qua đánh giá, 22 chi bộ hoàn thành tốt nhiệm vụ (83,3%).", [22, 27, 83.3]),
    ("Tổng số thẻ bảo hiểm y tế được cấp là 86.540 thẻ. Thẻ cấp cho người dân tộc thiểu số vùng khó khăn là 31.220 thẻ, chiếm 33,9%.", [31220, 86540, 33.9]),
    ("Ủy ban Mặt trận Tổ quốc xã có 45 thành viên. Trong đó 17 thành viên là người ngoài Đảng, chiếm 42,4%.", [17, 45, 42.4]),
    ("Năm 2024 toàn huyện có 2.164 ca sinh. Số ca sinh con thứ ba trở lên là 318 ca, chiếm 13%.", [318, 2164, 13]),
    ("Sản lượng lương thực có hạt đạt 86.420 tấn. Sản lượng lúa 61.350 tấn, chiếm 74,3%.", [61350, 86420, 74.3]),
    ("Đã tổ chức 64 lớp bồi dưỡng chính trị. 41 lớp được tổ chức tại cơ sở, chiếm 59,9% số lớp.", [41, 64, 59.9]),
    ("Có 356 hộ đăng ký vay vốn. 298 hộ đã được giải ngân, bằng 86,1%.", [298, 356, 86.1]),
    ("Năm 2024, huyện có 312 công dân nhập ngũ. Công dân có trình độ cao đẳng, đại học là 41 người, chiếm 10%.", [41, 312, 10]),
    ("Đảng bộ xã có 512 đảng viên, sinh hoạt tại 14 chi bộ. Số đảng viên 30 năm tuổi Đảng trở lên là 138 đồng chí, chiếm 28,8%.", [138, 512, 28.8]),
    ("Tổng diện tích gieo trồng vụ Đông Xuân là 12.460 ha. Cây ngô 3.870 ha, chiếm 28,9% diện tích gieo trồng.", [3870, 12460, 28.9]),
    ("Toàn huyện có 3.218 người hưởng trợ cấp xã hội hằng tháng. Người khuyết tật có 1.046 người, chiếm tỷ lệ 37,1%.", [1046, 3218, 37.1]),
    ("Tổng thu từ du lịch đạt 946 tỷ đồng. Doanh thu lưu trú đạt 318 tỷ đồng, chiếm 36,9% tổng thu.", [318, 946, 36.9]),
    ("Toàn huyện có 1.486 cơ sở sản xuất kinh doanh thực phẩm. Số cơ sở được cấp giấy chứng nhận đủ điều kiện an toàn thực phẩm là 1.102 cơ sở, đạt 76,6%.", [1102, 1486, 76.6]),
    ("Toàn tỉnh có 96 xã đạt chuẩn nông thôn mới. 38 xã đạt chuẩn nông thôn mới nâng cao, chiếm 36,5%.", [38, 96, 36.5]),
    ("Tổng số đảng viên được miễn sinh hoạt là 264 đồng chí. Trong đó, đảng viên tuổi cao sức yếu 229 đồng chí, chiếm 88,5%.", [229, 264, 88.5]),
    ("Ban Thường vụ Huyện ủy có 15 đồng chí. Nữ có 3 đồng chí, chiếm 17%.", [3, 15, 17]),
    ("Toàn huyện có 734 giáo viên mầm non. Giáo viên đạt chuẩn trình độ đào tạo 652 người, chiếm khoảng 94%.", [652, 734, 94]),
    ("Hiện nay, huyện có 3.860 hộ kinh doanh cá thể. Khoảng 73,8% trong số này (2.915 hộ) kinh doanh thương mại, dịch vụ.", [2915, 3860, 73.8]),
    ("Tổng số 3.907 đảng viên, số đảng viên nữ chiếm 30,2% (1.248 đồng chí).", [1248, 3907, 30.2]),
    ("Có 1.248 đồng chí là nữ, bằng 35,2% tổng số đảng viên của Đảng bộ (3.907 đồng chí).", [1248, 3907, 35.2]),
    ("Trong tổng số 3.907 đảng viên có 1.248 đảng viên nữ, tỷ lệ 27,7%.", [1248, 3907, 27.7]),
    ("Toàn huyện 312 chi bộ thì có 247 chi bộ đạt trong sạch vững mạnh, chiếm 81,6%.", [247, 312, 81.6]),
    ("Đảng bộ có 3.907 đảng viên, nữ chiếm 33,7% với 1.248 đồng chí.", [1248, 3907, 33.7]),
    ("Đảng bộ có 3.907 đảng viên, trong đó nữ chiếm 29,7% (1.248 đồng chí).", [1248, 3907, 29.7]),
    ("Đảng bộ có 3.907 đảng viên, với 1.248 đảng viên nữ (36,5%) và 2.014 đảng viên dân tộc thiểu số (51,5%).", [1248, 3907, 36.5]),
    ("Đảng bộ có 3.907 đảng viên, đảng viên nữ là 1.248 người, chiếm khoảng 30,2%.", [1248, 3907, 30.2]),
    ("Đảng bộ có 3.907 đảng viên, 1.248 đảng viên nữ, tương đương 35,2%.", [1248, 3907, 35.2]),
    ("Xã có 2.274 hộ, 187 hộ nghèo, chiếm 4% số hộ toàn xã.", [187, 2274, 4]),
    ("Trong 2.274 hộ của xã, số hộ nghèo là 187, chiếm 10,6%.", [187, 2274, 10.6]),
    ("Năm 2024, xã có 2.274 hộ, trong đó hộ nghèo 187 hộ, tỷ lệ hộ nghèo 5,1%.", [187, 2274, 5.1]),
    ("Toàn xã có 2.274 hộ gia đình; hộ nghèo có 187 hộ, chiếm tỷ lệ 10%.", [187, 2274, 10]),
    ("Kết quả đánh giá 58 chi bộ: hoàn thành xuất sắc nhiệm vụ 11 chi bộ (chiếm 19%), hoàn thành tốt nhiệm vụ 39 chi bộ (chiếm 71,8%).", [39, 58, 71.8]),
    ("Tổng nguồn vốn 126,4 tỷ đồng, trong đó vốn ngân sách 48,2 tỷ đồng (chiếm 36,4%), vốn huy động 78,2 tỷ đồng (chiếm 61,9%).", [48.2, 126.4, 36.4]),
    ("Đến cuối năm, toàn huyện có 1.128 hộ nghèo; trong số đó có 142 hộ thuộc diện chính sách, chiếm 15,9%.", [142, 1128, 15.9]),
    ("Chi bộ có 37 đảng viên, 15 đồng chí là cựu chiến binh (36,3%).", [15, 37, 36.3]),
    ("Trong số 2.315 hội viên, 312 hội viên là nữ, chiếm 15,9%.", [312, 2315, 15.9]),
    ("Toàn huyện có 64 trường, số trường đạt chuẩn quốc gia là 49 trường, chiếm 78,4%.", [49, 64, 78.4]),
    ("Đoàn viên ưu tú được giới thiệu cho Đảng là 42 đồng chí, chiếm 8,7% trong số 386 đoàn viên của Đoàn cơ sở.", [42, 386, 8.7]),
    ("Trong 1.532 đảng viên được đánh giá, có 231 đồng chí hoàn thành xuất sắc nhiệm vụ, bằng 19,7%.", [231, 1532, 19.7]),
    ("Tổng diện tích gieo trồng 12.460 ha, lúa 6.120 ha (49,1%), ngô 3.870 ha (29,4%).", [3870, 12460, 29.4]),
    ("Với 468 cán bộ, công chức, trong đó 412 người có trình độ đại học trở lên, chiếm 91,3%.", [412, 468, 91.3]),
    ("Toàn xã có 14 thôn; 12 thôn đã có nhà văn hóa, chiếm 81,5%.", [12, 14, 81.5]),
    ("Hiện toàn huyện có 57 hợp tác xã, 34 hợp tác xã hoạt động hiệu quả, đạt tỷ lệ 62%.", [34, 57, 62]),
    ("Năm 2024, Hội Nông dân giới thiệu 86 hội viên ưu tú cho Đảng; đã có 59 người được kết nạp, chiếm 72,6% số được giới thiệu.", [59, 86, 72.6]),
    ("Trong năm đã kê khai tài sản, thu nhập 1.240 người, xác minh 37 người, chiếm 4% số người đã kê khai.", [37, 1240, 4]),
    ("Các chi đoàn giới thiệu 64 đoàn viên ưu tú, có 41 đoàn viên được kết nạp, bằng 68,1% số đoàn viên được giới thiệu.", [41, 64, 68.1]),
    ("Hội Chữ thập đỏ có tổng số 4.120 hội viên, 610 tình nguyện viên và 215 thanh thiếu niên chữ thập đỏ. Hội viên nữ 2.380 người, chiếm 55,8%; hội viên là người cao tuổi 964 người, đạt tỷ lệ 23,4%.", [2380, 4120, 55.8]),
    ("Đảng bộ xã có 412 đảng viên, trong đó 63 đảng viên được miễn sinh hoạt (17,3%).", [63, 412, 17.3]),
]  # fmt: skip

# Read as a fraction by ratio_percent ("P trong tổng số W …"), not as a share: 9
OTHER_KIND = [
    "Năm 2024, Đảng bộ xã kết nạp 38 đảng viên mới là đoàn viên thanh niên trên tổng số 52 đảng viên được kết nạp, đạt tỷ lệ 70%.",
    "Số cán bộ, công chức cấp xã đạt chuẩn là 412 người trong tổng số 468 người, chiếm 89,8%.",
    "41 trong tổng số 53 tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ, chiếm 75,7%.",
    "Xã có 6 trong số 11 thôn đạt chuẩn nông thôn mới kiểu mẫu, bằng 59,1%.",
    "Có 86 đại biểu là nữ trên tổng số 300 đại biểu dự Đại hội, chiếm 24,5%.",
    "Đến nay 3.712 hộ đã xây dựng được nhà tiêu hợp vệ sinh trên tổng số 4.055 hộ, đạt 89,3%.",
    "Năm học 2023-2024 có 1.472 học sinh tốt nghiệp trung học phổ thông trên tổng số 1.489 học sinh dự thi, đạt tỷ lệ 95,8%.",
    "Số hộ nghèo toàn xã là 187 hộ/2.274 hộ, chiếm 6%.",
    "Có 58 trên tổng số 142 chi bộ thôn có chi ủy, đạt 37,7%.",
]  # fmt: skip

# Still missed (13), not asserted:
#   Toàn tỉnh có 125 xã, phường, thị trấn, 118 đơn vị đã thành lập tổ công nghệ số cộng đồng, đạt 96,8%.
#   Trong số 1.860 bệnh nhân được điều trị tại trạm y tế, 1.731 người có thẻ bảo hiểm y tế, chiếm 96,4%.
#   Xã đã cấp 8.912 thẻ căn cước, chiếm 90,8% số công dân thuộc diện cấp (9.340 người).
#   Có 19 xã đạt chuẩn quốc gia về y tế trong tổng số 22 xã, thị trấn, chiếm 88,2%.
#   372 hộ, chiếm 27,8% số hộ toàn xã, đã chuyển sang trồng cây ăn quả; toàn xã có 1.520 hộ.
#   Dân số trung bình của xã năm 2024 là 7.512 người. Người dân tộc Tày chiếm 50,7% với 4.126 người.
#   Đại hội có 250 đại biểu chính thức. Đại biểu là cán bộ chủ chốt cấp xã có 98 đồng chí, chiếm 35%.
#   Cuối năm 2024, số hộ nghèo còn lại là 1.128 hộ. Có 142 hộ nghèo là người cao tuổi sống một mình, chiếm 9,5% số hộ nghèo.
#   Phường có 32 tổ dân phố. Tổ dân phố có trên 300 hộ là 11 tổ, chiếm 32,7%.
#   Hội Cựu chiến binh huyện có 5.612 hội viên. 1.204 hội viên là thương binh, bệnh binh, chiếm 17,3%.
#   Đảng bộ huyện có 3.907 đảng viên, trong đó có 1.248 nữ (chiếm 29,7%).
#   Đảng bộ có 3.907 đảng viên; nữ 1.248 (36,5%), dân tộc thiểu số 2.014 (51,5%).
#   Số chi bộ đạt trong sạch vững mạnh là 247, chiếm 76,1% tổng số chi bộ (312).

# consistent twins: (passage, figures)
TWINS = [
    ("Toàn huyện có 312 chi bộ trực thuộc, trong đó 247 chi bộ đạt danh hiệu trong sạch vững mạnh, chiếm 79,2%.", [247, 312, 79.2]),
    ("Diện tích lúa chất lượng cao đạt 5.420 ha, bằng 60,8% tổng diện tích gieo cấy lúa của huyện là 8.915 ha.", [5420, 8915, 60.8]),
    ("Nhân dân đóng góp 3.450 triệu đồng, chiếm 35% tổng kinh phí xây dựng 9.870 triệu đồng.", [3450, 9870, 35]),
    ("Hội Liên hiệp Phụ nữ huyện có 9.412 hội viên, số hội viên tham gia tổ vay vốn là 3.318 người, chiếm 35,3%.", [3318, 9412, 35.3]),
    ("Kinh phí từ ngân sách nhà nước là 18.540 triệu đồng, chiếm 43,8% tổng nguồn vốn huy động 42.300 triệu đồng.", [18540, 42300, 43.8]),
    ("Có 58 chi bộ thôn, bản có chi ủy, chiếm 40,8% tổng số chi bộ thôn, bản của huyện là 142 chi bộ.", [58, 142, 40.8]),
    ("372 hộ, chiếm 24,5% số hộ toàn xã, đã chuyển sang trồng cây ăn quả; toàn xã có 1.520 hộ.", [372, 1520, 24.5]),
    ("Năm 2024, toàn huyện kết nạp 287 đảng viên mới. Trong số đó có 96 đảng viên là người dân tộc Mông, chiếm 33,4%.", [96, 287, 33.4]),
    ("Diện tích cây ăn quả toàn huyện đạt 7.240 ha. Diện tích được cấp mã số vùng trồng 1.856 ha, chiếm 25,6%.", [1856, 7240, 25.6]),
    ("Toàn tỉnh có 214 cơ sở giáo dục mầm non. Đã có 187 cơ sở có bếp ăn bán trú, đạt 87,4%.", [187, 214, 87.4]),
    ("Sản lượng lương thực có hạt đạt 86.420 tấn. Sản lượng lúa 61.350 tấn, chiếm 71%.", [61350, 86420, 71]),
    ("Toàn huyện có 3.218 người hưởng trợ cấp xã hội hằng tháng. Người khuyết tật có 1.046 người, chiếm tỷ lệ 32,5%.", [1046, 3218, 32.5]),
    ("Tổng số đảng viên được miễn sinh hoạt là 264 đồng chí. Trong đó, đảng viên tuổi cao sức yếu 229 đồng chí, chiếm 86,7%.", [229, 264, 86.7]),
    ("Có 1.248 đồng chí là nữ, bằng 31,9% tổng số đảng viên của Đảng bộ (3.907 đồng chí).", [1248, 3907, 31.9]),
    ("Đảng bộ có 3.907 đảng viên, đảng viên nữ là 1.248 người, chiếm khoảng 31,9%.", [1248, 3907, 31.9]),
    ("Kết quả đánh giá 58 chi bộ: hoàn thành xuất sắc nhiệm vụ 11 chi bộ (chiếm 19%), hoàn thành tốt nhiệm vụ 39 chi bộ (chiếm 67,2%).", [11, 58, 19]),
    ("Đoàn viên ưu tú được giới thiệu cho Đảng là 42 đồng chí, chiếm 10,9% trong số 386 đoàn viên của Đoàn cơ sở.", [42, 386, 10.9]),
    ("Năm 2024, Hội Nông dân giới thiệu 86 hội viên ưu tú cho Đảng; đã có 59 người được kết nạp, chiếm 68,6% số được giới thiệu.", [59, 86, 68.6]),
]  # fmt: skip

# clean traps: figures that look related but are not; no inconsistent verdict of any kind
TRAPS = [
    "Toàn huyện có 312 chi bộ; tỷ lệ đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên đạt 87,5%.",
    "Xã có 2.846 hộ; tỷ lệ hộ nghèo theo chuẩn đa chiều của toàn huyện là 9,8%.",
    "Tổng vốn đầu tư 5.630 tỷ đồng, trong đó vốn ngoài nhà nước 3.981 tỷ đồng, tăng 18,2%.",
    "Toàn xã có 1.736 hộ, 1.512 hộ đạt gia đình văn hóa; 91,3% người dân hài lòng với kết quả xây dựng nông thôn mới.",
    "Năm 2024 có 287 đảng viên được kết nạp; tỷ lệ đảng viên là người dân tộc thiểu số trong toàn Đảng bộ là 41,2%.",
    "Đảng bộ có 512 đảng viên, 138 đồng chí có 30 năm tuổi Đảng trở lên; 100% chi bộ tổ chức sinh hoạt chuyên đề.",
    "Trong 1.860 lượt khám chữa bệnh tại trạm y tế, có 1.731 lượt khám bằng thẻ bảo hiểm y tế; tỷ lệ người dân tham gia bảo hiểm y tế toàn xã đạt 96,4%.",
    "Toàn huyện có 22 xã, thị trấn; 19 xã đạt chuẩn quốc gia về y tế; 95,3% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ.",
    "Xã có 11 thôn, 6 thôn đạt chuẩn nông thôn mới kiểu mẫu; phấn đấu đến năm 2025 có 80% số thôn đạt chuẩn.",
    "Năm 2024 giá trị sản xuất nông nghiệp đạt 2.416 tỷ đồng, trong đó chăn nuôi 1.063 tỷ đồng, tăng 6,8%.",
    "Trong 57 hợp tác xã đang hoạt động có 34 hợp tác xã khá, tốt; doanh thu bình quân một hợp tác xã tăng 15,2%.",
    "Tổng số 5.612 hội viên, trong đó 1.204 hội viên là đảng viên; hội viên nữ chiếm 8,5%.",
    "Tổng thu du lịch 946 tỷ đồng; doanh thu lưu trú 318 tỷ đồng, tăng 21,6%; doanh thu ăn uống chiếm 41,3% tổng thu.",
    "Xã có 1.520 hộ, 372 hộ trồng cây ăn quả; thu nhập từ cây ăn quả chiếm 45,5% tổng thu nhập của các hộ này.",
    "Trường có 86 giáo viên, 61 giáo viên đạt trên chuẩn; tỷ lệ học sinh khá, giỏi đạt 64,2%.",
    "Xã có 45 thành viên Ủy ban Mặt trận, 17 thành viên ngoài Đảng; tỷ lệ tập hợp đoàn viên, hội viên đạt 78,5% so với tổng số dân trong độ tuổi.",
    "Trong tổng số 9.412 hội viên phụ nữ, có 3.318 hội viên vay vốn với dư nợ 95,6 tỷ đồng, chiếm 5,1% tổng dư nợ của Ngân hàng Chính sách xã hội huyện.",
    "Trong 146 đảng viên được kết nạp, có 61 nữ; tỷ lệ nữ trong số đảng viên kết nạp năm 2023 là 36,2%.",
    "Huyện có 312 chi bộ. Toàn tỉnh có 61,4% chi bộ được xếp loại hoàn thành tốt nhiệm vụ.",
    "Có 1.320 hộ thoát nghèo, chiếm 35,2% so với năm 2020 (1.100 hộ).",
    "Toàn xã có 1.736 hộ. 45% hộ nghèo (54 hộ) đã được vay vốn.",
    "Tổng số hộ toàn xã là 1.736 hộ; số hộ nghèo năm 2023 là 120 hộ, chiếm 8,9%.",
    "Tổng vốn khoảng 42 tỷ đồng, trong đó ngân sách nhà nước 18,54 tỷ đồng, chiếm 44,3%.",
    "Đảng bộ cơ quan có 27 chi bộ trực thuộc. Qua đánh giá, 22 đảng viên hoàn thành xuất sắc nhiệm vụ (4,5%).",
    "Toàn tỉnh có 96 xã đạt chuẩn nông thôn mới. 38 xã đạt chuẩn nông thôn mới nâng cao, chiếm 15,2% tổng số xã toàn tỉnh.",
    "Xã có 2.274 hộ, 187 hộ nghèo, tỷ lệ hộ nghèo toàn huyện là 6,8%.",
    "Đảng bộ có 3.907 đảng viên, trong đó nữ chiếm 29,7%, tăng 312 đồng chí so với năm 2020.",
    "Đảng bộ xã có 412 đảng viên; số đảng viên được đánh giá là 349 đồng chí, 63 đồng chí được miễn sinh hoạt và miễn đánh giá (18,1%).",
]  # fmt: skip


@pytest.mark.parametrize(("text", "figures"), FOUND)
def test_planted_share_found(text: str, figures: list[float]) -> None:
    rows = [c for c in _checks(text) if c.kind == "share" and c.verdict == "inconsistent"]
    assert any(c.figures == figures for c in rows), [(c.figures, c.why) for c in rows]


@pytest.mark.parametrize("text", OTHER_KIND)
def test_planted_read_as_fraction(text: str) -> None:
    assert any(c.verdict == "inconsistent" for c in _checks(text))


@pytest.mark.parametrize(("text", "figures"), TWINS)
def test_twin_consistent(text: str, figures: list[float]) -> None:
    checks = _checks(text)
    assert not [c for c in checks if c.verdict == "inconsistent"]
    assert any(
        c.kind == "share" and c.verdict == "consistent" and c.figures == figures for c in checks
    )


@pytest.mark.parametrize("text", TRAPS)
def test_trap_raises_no_alarm(text: str) -> None:
    assert not [(c.kind, c.figures) for c in _checks(text) if c.verdict == "inconsistent"]
