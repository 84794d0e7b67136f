"""The shapes of the day's new rules written by white-box reviewers to make sure they still
fire (the fourteenth, seventeenth, nineteenth, twenty-first to twenty-fourth, twenty-sixth and
twenty-seventh reviews: their 173, 150, 125, 139, 169, 181, 213, 345 and 141 clean look-alikes
are kept silent in battery_s, battery_v, battery_x, battery_z, battery_za, battery_zb,
battery_zc, battery_ze and battery_zf).
Each passage holds one inconsistency; the arithmetic is in the comment above it."""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Options

CASES = [
    # no whole k/9 rounds to 70%: 6/9 = 66.67%, 7/9 = 77.78%
    ("Xã có 9 thôn; số thôn đạt chuẩn văn hóa chiếm 70%.", "granularity", [9, 70]),
    # target 62; 64.5/62 = 104.03%, excess 4.03% -> rounds to 4%, not 5.2%
    (
        "Mục tiêu năm 2024 theo Nghị quyết 15: đạt 19/19 tiêu chí; thu nhập bình quân đầu người 62 triệu đồng; tỷ lệ hộ nghèo dưới 2%. Năm 2024, thu nhập bình quân đầu người ước đạt 64,5 triệu đồng, vượt 5,2% so với mục tiêu.",
        "target",
        [62, 64.5, 5.2],
    ),
    # table row: plan 650, done 702; 702/650 = 108% -> rounds to 108%, not 106.2%
    (
        "Nội dung\tDự toán\tThực hiện\tSo dự toán\nThu phí, lệ phí\t650\t702\t106,2%\nThu khác\t210\t231\t110%",
        "target",
        [650, 702, 106.2],
    ),
    # table row: plan 48000, done 48620; 48620/48000 = 101.29% -> rounds to 101.3%, not 102.3%
    (
        "Chỉ tiêu\tĐơn vị tính\tKế hoạch\tThực hiện\tSo kế hoạch\nSản lượng lương thực\ttấn\t48.000\t48.620\t102,3%\nĐàn lợn\tcon\t12.500\t12.810\t102,5%",
        "target",
        [48000, 48620, 102.3],
    ),
    # target 1200; 1130/1200 = 94.17% -> rounds to 94.2%, not 96.2%
    (
        "Chỉ tiêu năm 2024 là hỗ trợ 1.200 căn. Đến cuối năm, toàn huyện hoàn thành 1.130 căn, gồm xây mới 745 và sửa chữa 385, đạt 96,2% chỉ tiêu năm.",
        "target",
        [1200, 1130, 96.2],
    ),
    # 1083/3610 (total 'đảng viên của đảng bộ') = 30% -> rounds to 30%, not 33.3% (33.3% is 1083/3250, the earlier count)
    (
        "Số đảng viên của Đảng bộ tăng từ 3.250 đồng chí đầu nhiệm kỳ lên 3.610 đồng chí hiện nay. Đảng viên nữ hiện có 1.083 đồng chí, chiếm 33,3% tổng số đảng viên của Đảng bộ.",
        "share",
        [1083, 3610, 33.3],
    ),
    # 2108/13950 (total 'đảng viên toàn đảng bộ') = 15.11% -> rounds to 15%, not 17% (17% is 2108/12400, the earlier count)
    (
        "Đầu nhiệm kỳ, toàn Đảng bộ có 12.400 đảng viên. Đến cuối năm 2024, toàn Đảng bộ có 13.950 đảng viên. Đảng viên là người dân tộc thiểu số hiện có 2.108 đồng chí, chiếm 17% tổng số đảng viên toàn Đảng bộ.",
        "share",
        [2108, 13950, 17],
    ),
    # 9/24 (total 24 stated before) = 37.5% -> rounds to 37.5%, not 36.5%
    (
        "Trong 24 chi bộ còn lại, có 9 chi bộ dưới 15 đảng viên, chiếm 36,5%.",
        "share",
        [9, 24, 36.5],
    ),
    # no whole k/14 rounds to 45%: 6/14 = 42.86%, 7/14 = 50%
    (
        "Trong 14 chi bộ vùng đồng bào, chi bộ có dưới 12 đảng viên chiếm 45%.",
        "granularity",
        [14, 45],
    ),
    # no whole k/17 rounds to 25%: 4/17 = 23.53%, 5/17 = 29.41%
    (
        "Toàn huyện có 17 xã; trong đó số xã đạt chuẩn nông thôn mới nâng cao chiếm 25%.",
        "granularity",
        [17, 25],
    ),
    # now 1326, before 1249: difference, relative change 77 (difference) vs 77 stated; 6.16% -> rounds to 6.2%, not 5.8%
    (
        "Trên địa bàn có 1.326 hộ kinh doanh cá thể; số hộ kinh doanh tăng 77 hộ, tức tăng 5,8% so với cuối năm 2023 (1.249 hộ).",
        "change",
        [1249, 1326, 77, 5.8],
    ),
    # 18 + 7 + 1 + 4 = 30 đảng viên ≠ 29 stated (difference 1)
    (
        "Thi hành kỷ luật 29 đảng viên, gồm khiển trách 18, cảnh cáo 7, cách chức 1, khai trừ 4.",
        "part_whole",
        [29, 18, 7, 1, 4],
    ),
    # 312 + 286 + 42 = 640 đảng viên ≠ 650 stated (difference 10)
    (
        "| Đơn vị | Số đảng viên |\n| Đảng bộ xã Tân Phú | 312 |\n| Đảng bộ xã Tân Lập | 286 |\n| Chi bộ Trường THPT Tân Phú | 42 |\n| Tổng cộng | 650 |",
        "part_whole",
        [650, 312, 286, 42],
    ),
    # 822/2140 (total 2140 stated before) = 38.41% -> rounds to 38.4%, not 36.4%
    (
        "Toàn huyện có 2.140 đảng viên, trong đó 822 đảng viên nữ, chiếm 36,4%.",
        "share",
        [822, 2140, 36.4],
    ),
    # 175/1320 (total 1320 stated before) = 13.26% -> rounds to 13.3%, not 15.3%
    (
        "Trong 1.320 đảng viên được xếp loại, 175 đồng chí hoàn thành xuất sắc nhiệm vụ (15,3%), 963 đồng chí hoàn thành tốt nhiệm vụ (73%), 163 đồng chí hoàn thành nhiệm vụ (12,3%), 19 đồng chí không hoàn thành nhiệm vụ (1,4%).",
        "share",
        [175, 1320, 15.3],
    ),
    # target 200; 214/200 = 107% -> rounds to 107%, not 117%
    (
        "Kế hoạch năm 2024 kết nạp 200 đảng viên; kết quả kết nạp 214 đảng viên, đạt 117% kế hoạch.",
        "target",
        [200, 214, 117],
    ),
    # target 420; 436/420 = 103.81% -> rounds to 103.8%, not 108.3%
    (
        "Thu ngân sách nhà nước trên địa bàn đạt 436 tỷ đồng, đạt 108,3% dự toán tỉnh giao (420 tỷ đồng).",
        "target",
        [420, 436, 108.3],
    ),
    # target 200; 214/200 = 107%, excess 7% -> rounds to 7%, not 17%
    (
        "Năm 2024 kết nạp 214 đảng viên, vượt 17% kế hoạch (200 đảng viên).",
        "target",
        [200, 214, 17],
    ),
    # 820 + 350 + 180 = 1350 tỷ đồng ≠ 1250 stated (difference 100)
    (
        "Tổng vốn đầu tư xây dựng nông thôn mới giai đoạn 2021-2024 là 1.250 tỷ đồng, gồm ngân sách trung ương 820 tỷ đồng, ngân sách tỉnh 350 tỷ đồng và vốn nhân dân đóng góp 180 tỷ đồng.",
        "part_whole",
        [1250000000000, 820000000000, 350000000000, 180000000000],
    ),
    # target 1000; 842/1000 = 84.2% -> rounds to 84.2%, not 94.2%
    (
        "Chỉ tiêu nhiệm kỳ 2020-2025 kết nạp 1.000 đảng viên. Sau 4 năm, toàn Đảng bộ kết nạp 842 đảng viên, đạt 94,2% chỉ tiêu nhiệm kỳ.",
        "target",
        [1000, 842, 94.2],
    ),
    # shares of one whole: 32.5 + 30.3 + 39.3 = 102.1% vs 100% (rounding allows ±0.15): over 100%
    (
        "Cơ cấu kinh tế năm 2024: nông nghiệp 32,5%, công nghiệp - xây dựng 30,3%, dịch vụ 39,3%.",
        "part_whole",
        [100, 32.5, 30.3, 39.3],
    ),
    # 175 + 963 + 163 + 29 = 1330 đảng viên ≠ 1320 stated (difference 10)
    (
        "| Nội dung | Năm 2024 |\n| Đảng viên được xếp loại | 1.320 |\n| - Hoàn thành xuất sắc nhiệm vụ | 175 |\n| - Hoàn thành tốt nhiệm vụ | 963 |\n| - Hoàn thành nhiệm vụ | 163 |\n| - Không hoàn thành nhiệm vụ | 29 |",
        "part_whole",
        [1320, 175, 963, 163, 29],
    ),
    # 12/56 (total 56 of the list) = 21.43% -> rounds to 21.4%, not 28.6%
    (
        "Đảng bộ có 56 tổ chức cơ sở đảng; 48 tổ chức hoàn thành tốt nhiệm vụ trở lên (85,7%), trong đó 12 tổ chức hoàn thành xuất sắc nhiệm vụ (28,6%).",
        "share",
        [12, 56, 28.6],
    ),
    # 58/142 (total 142 of the list) = 40.85% -> rounds to 40.8%, not 50.4%
    (
        "Trong 142 đảng viên mới kết nạp, 96 đồng chí là đoàn viên (67,6%); trong số đó, 58 đồng chí là nữ (50,4%).",
        "share",
        [58, 142, 50.4],
    ),
    # 598 + 60 = 658 đảng viên ≠ 668 stated (difference 10)
    (
        "| Đơn vị | Số đảng viên |\n| Xã Tân Phú | 312 |\n| Xã Tân Lập | 286 |\n| Cộng khối xã | 598 |\n| Chi bộ Công an huyện | 42 |\n| Chi bộ Quân sự huyện | 18 |\n| Cộng khối cơ quan | 60 |\n| Tổng cộng | 668 |",
        "part_whole",
        [668, 598, 60],
    ),
    # target 40; 38/40 = 95% -> rounds to 95%, not 97%
    (
        "Chỉ tiêu kết nạp đảng viên của khối doanh nghiệp năm 2024 là 40 đảng viên. Năm 2024, khối doanh nghiệp kết nạp 38 đảng viên, đạt 97% kế hoạch.",
        "target",
        [40, 38, 97],
    ),
    # from 412 to 287: |287 - 412| = 125 (stated 135)
    ("Số hộ nghèo giảm từ 412 hộ xuống còn 287 hộ, giảm 135 hộ.", "change", [412, 287, 135]),
    # 'xuống còn' from 3.2 to 3.8, but 3.8 > 3.2
    ("Tỷ lệ hộ nghèo giảm từ 3,2% xuống còn 3,8%.", "change", [3.2, 3.8]),
    # (8.4 - 3.2) / 4 yrs (2020-2024) = 5.2/4 points a year: 1.3% -> rounds to 1.3%, not 1.8%
    (
        "Tỷ lệ hộ nghèo giảm từ 8,4% (năm 2020) xuống 3,2% (năm 2024), bình quân mỗi năm giảm 1,8%.",
        "change",
        [8.4, 3.2, 1.8],
    ),
    # from 18 to 25: 25/18 = 1.389x; 'gấp 2,5 lần' means 2.45x-2.55x
    ("Số hợp tác xã tăng từ 18 lên 25 hợp tác xã, gấp 2,5 lần.", "change", [18, 25, 2.5]),
    # now 142, before 118: relative change 20.34% -> rounds to 20.3%, not 12.7%
    (
        "Năm 2024 kết nạp 142 đảng viên, tăng 12,7% so với năm trước (118 đảng viên).",
        "change",
        [118, 142, 12.7],
    ),
    # from 12 to 5: 12 - 5 = 7 (stated 6)
    (
        "Phường đã hợp nhất 12 tổ dân phố thành 5 tổ dân phố, giảm 6 tổ dân phố.",
        "change",
        [12, 5, 6],
    ),
    # 2140 + 88 + 21 - 30 - 22 = 2197 (stated 2210)
    (
        "Số đảng viên tăng từ 2.140 lên 2.210 đảng viên (kết nạp 88, chuyển đến 21; chuyển đi 30, từ trần 22).",
        "change",
        [2140, 2210, 88, 21, 30, 22],
    ),
    # 'đảng viên with 18 chi bộ' stated twice with the same 18 and no change of period: 356 ≠ 365
    (
        "Đảng bộ xã có 18 chi bộ với 356 đảng viên. Các chi bộ duy trì sinh hoạt đều đặn. Hiện nay, Đảng bộ xã có 18 chi bộ với 365 đảng viên.",
        "repeat",
        [356, 365],
    ),
    # 1126/1318 = 85.43% -> rounds to 85.4%, not 87.4%
    (
        "Có 1.126/1.318 hộ đạt danh hiệu gia đình văn hóa, chiếm 87,4%.",
        "ratio_percent",
        [1126, 1318, 87.4],
    ),
    # no whole k/33 rounds to 22.5%: 7/33 = 21.21%, 8/33 = 24.24%
    ("Ban Chấp hành có 33 đồng chí, trong đó nữ chiếm 22,5%.", "granularity", [33, 22.5]),
    # 186 / 3 yrs = 62 a year; stated 72: off
    (
        "Trong 3 năm, toàn huyện kết nạp 186 đảng viên, bình quân mỗi năm 72 đảng viên.",
        "change",
        [186, 3, 72],
    ),
    # 315 after 'giảm 105' means 420 before: 105/420 = 25% -> rounds to 25%, not 30%
    ("Toàn huyện còn 315 hộ nghèo, giảm 105 hộ, tương đương giảm 30%.", "change", [315, 105, 30]),
    # 35 + 4 - 1 = 38 (stated 36)
    (
        "Đầu nhiệm kỳ, Đảng bộ có 35 chi bộ; trong nhiệm kỳ thành lập mới 4 chi bộ, giải thể 1 chi bộ; đến nay có 36 chi bộ.",
        "change",
        [35, 4, 1, 36],
    ),
    # now 46, before 40: relative change 15% -> rounds to 15%, not 12%
    (
        "Chỉ tiêu\tNăm 2023\tNăm 2024\tSo sánh\nSố hợp tác xã\t40\t46\ttăng 12%",
        "change",
        [40, 46, 12],
    ),
    # now 1105, before 1240: difference change 135 (difference) vs 125 stated
    (
        "Năm 2022, toàn huyện có 1.240 hộ nghèo. Năm 2023, toàn huyện còn 1.105 hộ nghèo, giảm 125 hộ so với năm 2022.",
        "change",
        [1240, 1105, 125],
    ),
    # now 58.2, before 51.4: relative change 13.23% -> rounds to 13.2%, not 9.6%
    (
        "Thu nhập bình quân đầu người năm 2024 đạt 58,2 triệu đồng, tăng 9,6% so với năm 2023 (51,4 triệu đồng).",
        "change",
        [51400000, 58200000, 9.6],
    ),
    # 'tổ chức đảng cấp dưới' stated as 12, then referred back to ('nói trên') as 14
    (
        "Năm 2023, Ủy ban Kiểm tra đã kiểm tra 12 tổ chức đảng cấp dưới. Qua kiểm tra 14 tổ chức đảng cấp dưới nói trên, đã kết luận 3 tổ chức có vi phạm.",
        "repeat",
        [12, 14],
    ),
    # 'tổ chức cơ sở đảng' stated as 43, then referred to as that whole ('trong tổng số …') as 45: 43 ≠ 45
    (
        "Đảng bộ huyện hiện có 43 tổ chức cơ sở đảng. Trong tổng số 45 tổ chức cơ sở đảng của Đảng bộ, có 41 tổ chức hoàn thành tốt nhiệm vụ.",
        "repeat",
        [43, 45],
    ),
    # now 38, before 25: difference change 13 (difference) vs 15 stated
    (
        "Xã có 38 tổ hợp tác có đăng ký. Nếu như năm 2019 chỉ có 25 tổ hợp tác có đăng ký thì đã tăng 15 tổ hợp tác.",
        "change",
        [25, 38, 15],
    ),
    # no whole k/11 rounds to 50%: 5/11 = 45.45%, 6/11 = 54.55%
    (
        "Ủy ban Kiểm tra đã giám sát 11 chi bộ. Qua giám sát, 50% số chi bộ được giám sát có khuyết điểm.",
        "granularity",
        [11, 50],
    ),
    # from 7 to 2: 7 - 4 = 3, explained by thành lập mới 4
    (
        "Đảng ủy đã thành lập mới 4 chi bộ bản, đưa số bản chưa có chi bộ từ 7 bản xuống còn 2 bản.",
        "change",
        [4, 7, 2],
    ),
    # now 2310, before 2150: difference change 160 (difference) vs 180 stated
    (
        "Hội có 2.310 hội viên. So với đầu nhiệm kỳ (2.150 hội viên), số hội viên tăng 180 hội viên.",
        "change",
        [2150, 2310, 180],
    ),
    # 38/45 = 84.44% -> rounds to 84.4%, not 86.4%
    (
        "Có 38 trong tổng số 45 xã đạt chuẩn tiếp cận pháp luật, đạt 86,4%.",
        "ratio_percent",
        [38, 45, 86.4],
    ),
    # from 9 to 4: |4 - 9| = 5 (stated 6)
    ("Số chi bộ yếu kém từ 9 xuống còn 4, giảm 6 chi bộ.", "change", [9, 4, 6]),
    # 13/40 (total 40 stated before) = 32.5% -> rounds to 32.5%, not 35.5%
    (
        "Đảng bộ có 40 chi bộ trực thuộc, trong đó 13 chi bộ dưới 10 đảng viên, chiếm 35,5%.",
        "share",
        [13, 40, 35.5],
    ),
    # now 21436, before 20309: difference change 1127 (difference) vs 1217 stated
    (
        "Tổng số hội viên là 21.436 người, tăng 1.217 hội viên so với đầu nhiệm kỳ (20.309 hội viên).",
        "change",
        [20309, 21436, 1217],
    ),
    # target 350; 412/350 = 117.71% -> rounds to 117.7%, not 127.7%
    (
        "Trong nhiệm kỳ, có 412 chị được kết nạp Đảng, đạt 127,7% chỉ tiêu nhiệm kỳ (350 đảng viên).",
        "target",
        [350, 412, 127.7],
    ),
    # 161 + 908 + 162 + 29 = 1260 đảng viên ≠ 1250 stated (difference 10)
    (
        "| Nội dung | Năm 2024 |\n| Đảng viên được xếp loại | 1.250 |\n| - Hoàn thành xuất sắc nhiệm vụ | 161 |\n| - Hoàn thành tốt nhiệm vụ | 908 |\n| - Hoàn thành nhiệm vụ | 162 |\n| - Không hoàn thành nhiệm vụ | 29 |",
        "part_whole",
        [1250, 161, 908, 162, 29],
    ),
    # 4962/9846 (total 'học sinh toàn huyện') = 50.4% -> rounds to 50.4%, not 52.4%
    (
        "Toàn huyện có 9.846 học sinh. Có 4.962 học sinh đạt danh hiệu học sinh giỏi, tiên tiến, chiếm 52,4% tổng số học sinh toàn huyện.",
        "share",
        [4962, 9846, 52.4],
    ),
    # 2268 + 129 = 2397 đảng viên ≠ 2387 stated (difference 10)
    (
        "| Nội dung | Số lượng |\n| Đảng viên | 2.387 |\n| - Đảng viên chính thức | 2.268 |\n| - Đảng viên dự bị | 129 |",
        "part_whole",
        [2387, 2268, 129],
    ),
    # 96/2146 (total 'hộ toàn xã') = 4.47% -> rounds to 4.5%, not 5.5%
    (
        "Toàn xã có 2.146 hộ. Năm 2024, xã có 96 hộ nghèo, chiếm 5,5% tổng số hộ toàn xã.",
        "share",
        [96, 2146, 5.5],
    ),
    # target 350; 412/350 = 117.71% -> rounds to 117.7%, not 124.2%
    (
        "Trong nhiệm kỳ, toàn Đảng bộ kết nạp 412 đảng viên, đạt 124,2% chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII đề ra cho cả nhiệm kỳ (350 đảng viên).",
        "target",
        [350, 412, 124.2],
    ),
    # target 350; 412/350 = 117.71% -> rounds to 117.7%, not 121.7%
    (
        "Trong nhiệm kỳ, có 412 chị được kết nạp Đảng, đạt 121,7% chỉ tiêu nhiệm kỳ (350 đảng viên).",
        "target",
        [350, 412, 121.7],
    ),
    # now 21436, before 20309: difference change 1127 (difference) vs 1217 stated
    (
        "Tổng số hội viên là 21.436 người, tăng 1.217 hội viên so với đầu nhiệm kỳ (20.309 hội viên).",
        "change",
        [20309, 21436, 1217],
    ),
    # 4962/9846 (total 'học sinh toàn huyện') = 50.4% -> rounds to 50.4%, not 55.9%
    (
        "Toàn huyện có 31 trường với 9.846 học sinh. Có 4.962 học sinh đạt danh hiệu học sinh giỏi, tiên tiến, chiếm 55,9% tổng số học sinh toàn huyện.",
        "share",
        [4962, 9846, 55.9],
    ),
    # 161 + 918 + 162 + 19 = 1260 đảng viên ≠ 1250 stated (difference 10)
    (
        "| Nội dung | Năm 2024 |\n| Đảng viên được xếp loại | 1.250 |\n| - Hoàn thành xuất sắc nhiệm vụ | 161 |\n| - Hoàn thành tốt nhiệm vụ | 918 |\n| - Hoàn thành nhiệm vụ | 162 |\n| - Không hoàn thành nhiệm vụ | 19 |",
        "part_whole",
        [1250, 161, 918, 162, 19],
    ),
    # 19 + 8 + 1 + 5 = 33 đảng viên ≠ 31 stated (difference 2)
    (
        "| Hình thức | Số đảng viên |\n| Đảng viên bị kỷ luật | 31 |\n| - Khiển trách | 19 |\n| - Cảnh cáo | 8 |\n| - Cách chức | 1 |\n| - Khai trừ | 5 |",
        "part_whole",
        [31, 19, 8, 1, 5],
    ),
    # 78 + 54 = 132 đảng viên ≠ 142 stated (difference 10)
    (
        "| Chỉ tiêu | Năm 2024 |\n| Đảng viên kết nạp mới | 142 |\n| - Nam | 78 |\n| - Nữ | 54 |",
        "part_whole",
        [142, 78, 54],
    ),
    # (161 + 908 = 1069)/1250 (graded 1250 (table)) = 85.52% -> rounds to 85.5%, not 87.5%
    (
        "| Nội dung | Số lượng |\n| Đảng viên được xếp loại | 1.250 |\n| - Hoàn thành xuất sắc nhiệm vụ | 161 |\n| - Hoàn thành tốt nhiệm vụ | 908 |\n| - Hoàn thành nhiệm vụ | 162 |\n| - Không hoàn thành nhiệm vụ | 19 |\n| Tỷ lệ hoàn thành tốt nhiệm vụ trở lên | 87,5% |",
        "share",
        [161, 908, 1250, 87.5],
    ),
    # target 120; 126/120 = 105% -> rounds to 105%, not 115%
    (
        "Chỉ tiêu kết nạp đảng viên năm 2024 là 120 đảng viên. Cả năm kết nạp được 126 đảng viên, đạt 115% kế hoạch năm.",
        "target",
        [120, 126, 115],
    ),
    # now 4812, before 4500: difference change 312 (difference) vs 302 stated
    (
        "Số đoàn viên là 4.812 người, tăng 302 đoàn viên so với năm 2023 (4.500 đoàn viên).",
        "change",
        [4500, 4812, 302],
    ),
    # 29/146 (graded 146 (table)) = 19.86% -> rounds to 19.9%, not 21.9%
    (
        "| Nội dung | Năm 2024 |\n| Chi bộ trực thuộc được xếp loại | 146 |\n| - Hoàn thành xuất sắc nhiệm vụ | 29 |\n| - Hoàn thành tốt nhiệm vụ | 101 |\n| - Hoàn thành nhiệm vụ | 14 |\n| - Không hoàn thành nhiệm vụ | 2 |\n| Tỷ lệ hoàn thành xuất sắc nhiệm vụ | 21,9% |",
        "share",
        [29, 146, 21.9],
    ),
    # 20 + 26 = 46 tổ chức cơ sở đảng ≠ 48 stated (difference 2)
    (
        "| Chỉ tiêu | Năm 2024 |\n| Tổ chức cơ sở đảng | 48 |\n| - Đảng bộ cơ sở | 20 |\n| - Chi bộ cơ sở | 26 |",
        "part_whole",
        [48, 20, 26],
    ),
    # (161 + 908 = 1069)/1250 (graded 1250 (table)) = 85.52% -> rounds to 85.5%, not 88.5%
    (
        "| Nội dung | Năm 2024 |\n| Đảng viên được xếp loại | 1.250 |\n| - Hoàn thành xuất sắc nhiệm vụ | 161 |\n| - Hoàn thành tốt nhiệm vụ | 908 |\n| - Hoàn thành nhiệm vụ | 162 |\n| - Không hoàn thành nhiệm vụ | 19 |\n| Tỷ lệ hoàn thành tốt nhiệm vụ trở lên | 88,5% |",
        "share",
        [161, 908, 1250, 88.5],
    ),
    # from 48.7 to 45.2: |45.2 - 48.7| = 3.5 (stated 2.5)
    (
        "Tuổi bình quân của Ban Chấp hành khóa mới giảm từ 48,7 tuổi xuống 45,2 tuổi, tức trẻ hơn 2,5 tuổi.",
        "change",
        [48.7, 45.2, 2.5],
    ),
    # 3105/3412 (total 3412 stated before) = 91% -> rounds to 91%, not 93%
    (
        "Trong 3.486 chi bộ, có 3.412 chi bộ được xếp loại, trong đó 3.105 chi bộ hoàn thành tốt nhiệm vụ trở lên, đạt 93%.",
        "share",
        [3105, 3412, 93],
    ),
    # (161 + 908 + 162 = 1231)/1250 (graded 1250 (table)) = 98.48% -> rounds to 98.5%, not 96.5%
    (
        "| Nội dung | Tổ chức cơ sở đảng | Đảng viên |\n| Được xếp loại | 48 | 1.250 |\n| - Hoàn thành xuất sắc nhiệm vụ | 9 | 161 |\n| - Hoàn thành tốt nhiệm vụ | 33 | 908 |\n| - Hoàn thành nhiệm vụ | 5 | 162 |\n| - Không hoàn thành nhiệm vụ | 1 | 19 |\n| Tỷ lệ hoàn thành nhiệm vụ trở lên | 97,9% | 96,5% |",
        "share",
        [161, 908, 162, 1250, 96.5],
    ),
    # 61 + 12 + 19 = 92 đồng chí ≠ 96 stated (difference 4)
    (
        "Số đảng viên giảm 96 đồng chí, gồm từ trần 61, xóa tên 12, chuyển sinh hoạt đi 19.",
        "part_whole",
        [96, 61, 12, 19],
    ),
    # 15 + 8 + 1 + 5 = 29 ≠ 27 stated (difference 2)
    (
        "| Hình thức kỷ luật | Tổ chức đảng | Đảng viên |\n| Thi hành kỷ luật | 3 | 27 |\n| – Khiển trách | 2 | 15 |\n| – Cảnh cáo | 1 | 8 |\n| – Cách chức | 0 | 1 |\n| – Khai trừ | 0 | 5 |",
        "part_whole",
        [27, 15, 8, 1, 5],
    ),
    # 1146 + 173 + 58 + 14 = 1391 đảng viên ≠ 1418 stated (difference 27)
    (
        "Đầu nhiệm kỳ, Đảng bộ tỉnh có 45.320 đảng viên sinh hoạt tại 612 tổ chức cơ sở đảng. Trong nhiệm kỳ, giảm 1.418 đảng viên, gồm từ trần 1.146, xóa tên 173, cho ra khỏi Đảng 58, khai trừ 14.",
        "part_whole",
        [1418, 1146, 173, 58, 14],
    ),
    # 248 + 39 + 52 = 339 đảng viên ≠ 312 stated (difference 27)
    (
        "Đầu nhiệm kỳ, Đảng bộ tỉnh có 45.320 đảng viên sinh hoạt tại 612 tổ chức cơ sở đảng. Năm 2024 giảm 312 đảng viên, gồm từ trần 248, xóa tên 39, chuyển sinh hoạt ra ngoài tỉnh 52.",
        "part_whole",
        [312, 248, 39, 52],
    ),
    # 20 + 26 = 46 tổ chức cơ sở đảng ≠ 48 stated (difference 2)
    (
        "| Chỉ tiêu | Năm 2023 | Năm 2024 |\n| Tổ chức cơ sở đảng | 49 | 48 |\n| - Đảng bộ cơ sở | 21 | 20 |\n| - Chi bộ cơ sở | 28 | 26 |",
        "part_whole",
        [48, 20, 26],
    ),
    # 2 + 1 + 0 + 0 = 3 ≠ 4 stated (difference 1)
    (
        "| Hình thức kỷ luật | Tổ chức đảng | Đảng viên |\n| Thi hành kỷ luật | 4 | 27 |\n| – Khiển trách | 2 | 15 |\n| – Cảnh cáo | 1 | 8 |\n| – Cách chức | 0 | 1 |\n| – Khai trừ | 0 | 3 |",
        "part_whole",
        [4, 2, 1, 0, 0],
    ),
    # target 8; 9/8 = 112.5% -> rounds to 113%, not 120%
    (
        "Năm 2024, Ủy ban Kiểm tra Huyện ủy đã tiến hành 9 cuộc kiểm tra, đạt 120% chương trình năm (8 cuộc).",
        "target",
        [8, 9, 120],
    ),
    # target 12; 11/12 = 91.67% -> rounds to 92%, not 100%
    (
        "Ban Thường vụ đã tổ chức 11 cuộc giám sát chuyên đề, đạt 100% chương trình giám sát (12 cuộc).",
        "target",
        [12, 11, 100],
    ),
    # target 5600; 6128/5600 = 109.43% -> rounds to 109.4%, not 104.2%
    (
        "Trong 4 năm, toàn Đảng bộ kết nạp được 6.128 đảng viên, đạt 104,2% chỉ tiêu đề ra cho 4 năm (5.600 đảng viên).",
        "target",
        [5600, 6128, 104.2],
    ),
    # 210/450 (total 450 đảng viên, named by 'trong tổng số') = 46.67% -> rounds to 46.7%, not 52.3%
    (
        "Năm 2024, Đảng bộ huyện kết nạp 450 đảng viên. Trong số đảng viên mới, nữ có 210 đồng chí (52,3%).",
        "share",
        [210, 450, 52.3],
    ),
    # 38 + 9 + 3 + 20 = 70 đảng viên ≠ 64 stated (difference 6)
    (
        "Trong năm, toàn Đảng bộ giảm 64 đảng viên, gồm từ trần 38, xóa tên 9, khai trừ 3, chuyển sinh hoạt đi 20.",
        "part_whole",
        [64, 38, 9, 3, 20],
    ),
    # 6 + 68 + 338 = 412 cuộc giám sát ≠ 402 stated (difference 10)
    (
        "Năm 2024, toàn tỉnh tổ chức 402 cuộc giám sát, trong đó cấp tỉnh 6 cuộc, cấp huyện 68 cuộc, cấp xã 338 cuộc.",
        "part_whole",
        [402, 6, 68, 338],
    ),
    # table row: plan 1000, done 820; 820/1000 = 82% -> rounds to 82%, not 85%
    (
        "| Chỉ tiêu | Nghị quyết Đại hội | Thực hiện đến năm 2024 | Tỷ lệ so với Nghị quyết |\n| Kết nạp đảng viên (người) | 1.000 | 820 | 85% |",
        "target",
        [1000, 820, 85],
    ),
    # from 31.4 to 28.9: |28.9 - 31.4| = 2.5 (stated 3.5)
    (
        "Tuổi bình quân của đảng viên mới giảm từ 31,4 tuổi năm 2020 xuống 28,9 tuổi năm 2024, tức trẻ hơn 3,5 tuổi.",
        "change",
        [31.4, 28.9, 3.5],
    ),
    # from 84 to 61: |61 - 84| = 23 (stated 13)
    ("Số vụ vi phạm giảm từ 84 vụ xuống 61 vụ, ít hơn 13 vụ.", "change", [84, 61, 13]),
    # 512/1402 (total 1402 stated before) = 36.52% -> rounds to 36.5%, not 38.5%
    (
        "Đầu nhiệm kỳ, Đảng bộ có 1.240 đảng viên. Hiện có 1.402 đảng viên, trong đó nữ 512 đồng chí, chiếm 38,5%.",
        "share",
        [512, 1402, 38.5],
    ),
    # from 3200000000 to 4400000000: |4.4e+09 - 3.2e+09| = 1200000000 (stated 1500000000)
    (
        "Thu ngân sách xã tăng từ 3,2 tỷ đồng năm 2021 lên 3,9 tỷ đồng năm 2022 và 4,4 tỷ đồng năm 2023, tăng 1,5 tỷ đồng sau hai năm.",
        "change",
        [3200000000, 4400000000, 1500000000],
    ),
    # now 2.8, before 6.2: points change 3.4 (points) vs 3.9 stated
    (
        "Tỷ lệ hộ nghèo giảm từ 6,2% năm 2021 xuống 4,1% năm 2022 và 2,8% năm 2023, giảm 3,9 điểm phần trăm sau hai năm.",
        "change",
        [6.2, 2.8, 3.9],
    ),
    # from 12 to 18: |18 - 12| = 6 (stated 8)
    (
        "Số hợp tác xã tăng từ 12 lên 18 hợp tác xã, thêm 8 hợp tác xã so với đầu nhiệm kỳ.",
        "change",
        [12, 18, 8],
    ),
    # from 58 to 83: |83 - 58| = 25 (stated 23)
    (
        "Số chi bộ tăng từ 58 chi bộ năm 2021 lên 83 chi bộ năm 2023, thêm 23 chi bộ.",
        "change",
        [58, 83, 23],
    ),
    # now 78.4, before 72.1: difference change 6.3 (difference) vs 7.3 stated
    (
        "Thu nhập bình quân đạt 78,4 triệu đồng, cao hơn năm trước 7,3 triệu đồng (72,1 triệu đồng).",
        "change",
        [72100000, 78400000, 7300000],
    ),
    # now 12, before 15: difference change 3 (difference) vs 5 stated
    (
        "Năm 2024 xảy ra 12 vụ tai nạn giao thông, ít hơn năm trước 5 vụ (15 vụ).",
        "change",
        [15, 12, 5],
    ),
    # now 52, before 45: difference change 7 (difference) vs 9 stated
    (
        "Kết nạp 52 đảng viên, nhiều hơn năm trước 9 đảng viên (45 đảng viên).",
        "change",
        [45, 52, 9],
    ),
    # now 1025, before 1008: difference change 17 (difference) vs 27 stated
    (
        "Toàn Đảng bộ có 1.025 đảng viên, tăng 27 đảng viên so với năm 2023 (1.008).",
        "change",
        [1008, 1025, 27],
    ),
    # now 3480, before 3285: difference change 195 (difference) vs 215 stated
    (
        "Số hộ tham gia bảo hiểm y tế là 3.480 hộ, tăng 215 hộ so với cùng kỳ (3.285).",
        "change",
        [3285, 3480, 215],
    ),
    # 45 + 9 = 54 đơn ≠ 52 stated (difference 2)
    (
        "Đã giải quyết 52/58 đơn, đạt 89,7%, gồm 45/49 đơn tố cáo và 9/9 đơn khiếu nại.",
        "part_whole",
        [52, 45, 9],
    ),
    # 14 + 7 = 21 chi bộ ≠ 22 stated (difference 1)
    (
        "Kiểm tra 22/24 chi bộ (91,7%), gồm 14/16 chi bộ thôn và 7/8 chi bộ cơ quan.",
        "part_whole",
        [22, 14, 7],
    ),
    # 55 + 6 = 61 nhà ≠ 64 stated (difference 3)
    (
        "Khởi công 64 nhà đại đoàn kết, gồm 55 nhà xây mới và 6 nhà sửa chữa.",
        "part_whole",
        [64, 55, 6],
    ),
    # 4000/10000 (total 10000 hồ sơ) = 40% -> rounds to 40%, not 45%
    (
        "Tổng số 10.000 hồ sơ: cấp tỉnh 4.000 hồ sơ (45%), cấp huyện 3.500 hồ sơ (35%), cấp xã 2.500 hồ sơ (25%).",
        "share",
        [4000, 10000, 45],
    ),
    # 420/1250 (total 1250 of the list) = 33.6% -> rounds to 34%, not 35%
    (
        "Toàn xã có 1.250 hộ, trong đó hộ nghèo 45 hộ, chiếm 3,6%; hộ cận nghèo 60 hộ, chiếm 4,8%; hộ khá, giàu 420 hộ, chiếm 35%.",
        "share",
        [420, 1250, 35],
    ),
    # target 120; 128/120 = 106.67% -> rounds to 107%, not 112%
    (
        "Kế hoạch năm 2024 kết nạp 120 đảng viên; đến hết năm kết nạp được 128 đảng viên, đạt 112% kế hoạch.",
        "target",
        [120, 128, 112],
    ),
    # 'đảng viên with 16 chi bộ' stated twice with the same 16 and no change of period: 198 ≠ 214
    (
        "Đảng bộ xã có 16 chi bộ với 198 đảng viên, sinh hoạt đều đặn. Trong báo cáo chính trị nêu rõ, Đảng bộ xã có 16 chi bộ với 214 đảng viên.",
        "repeat",
        [198, 214],
    ),
    # no whole k/13 rounds to 82.6%: 10/13 = 76.92%, 11/13 = 84.62%
    (
        "Trong 13 chi bộ thôn thành lập mới, chi bộ có bí thư là người tại chỗ chiếm 82,6%.",
        "granularity",
        [13, 82.6],
    ),
    # no whole k/20 rounds to 37.5%: 7/20 = 35%, 8/20 = 40%
    ("Trong 20 chi bộ, chi bộ khối doanh nghiệp chiếm 37,5%.", "granularity", [20, 37.5]),
    # 15/16 = 93.75% -> rounds to 93.8%, not 92.5%
    (
        "Năm 2024 tổ chức 16 cuộc kiểm tra. Qua kiểm tra, kết luận 15/16 cuộc đạt yêu cầu, chiếm 92,5%.",
        "ratio_percent",
        [15, 16, 92.5],
    ),
    # 24/247 (total 247) = 9.72% -> rounds to 9.7%, not 11.3%
    (
        "Năm 2023, cấp ủy các cấp thi hành kỷ luật 247 đảng viên, gồm: khiển trách 156, cảnh cáo 54, cách chức 13, khai trừ 24. Riêng hình thức khai trừ chiếm 11,3% tổng số đảng viên bị kỷ luật.",
        "share",
        [24, 247, 11.3],
    ),
    # 2/40 (total 40) = 5% -> rounds to 5%, not 6%
    (
        "Toàn Đảng bộ có 40 chi bộ được xếp loại: trong sạch, vững mạnh 30, khá 8, yếu 2. Loại yếu chiếm 6% tổng số chi bộ.",
        "share",
        [2, 40, 6],
    ),
    # (6 + 20 = 26)/30 (graded 6 + 20 + 3 + 1) = 86.67% -> rounds to 86.7%, not 88.7%
    (
        "Năm 2023 có 6 chi bộ hoàn thành xuất sắc nhiệm vụ, 20 chi bộ hoàn thành tốt nhiệm vụ, 3 chi bộ hoàn thành nhiệm vụ và 1 chi bộ không hoàn thành nhiệm vụ; tỷ lệ hoàn thành tốt nhiệm vụ trở lên đạt 88,7%.",
        "share",
        [6, 20, 30, 88.7],
    ),
    # 1342/11846 (total 11846 hội viên, named by 'trong tổng số') = 11.33% -> rounds to 11.3%, not 12.5%
    (
        "Hội Nông dân huyện có 11.846 hội viên, tăng 1.127 hội viên so với đầu nhiệm kỳ (10.719 hội viên). Trong tổng số hội viên, nữ có 3.968 người (33,5%); người dân tộc thiểu số 1.342 người, chiếm 12,5%.",
        "share",
        [1342, 11846, 12.5],
    ),
    # 1402/4126 (total 4126 đồng chí, the level just reached) = 33.98% -> rounds to 34%, not 36.2%
    (
        "Tổng số đảng viên tăng từ 3.872 đồng chí (cuối năm 2021) lên 4.126 đồng chí, tăng 254 đồng chí; đảng viên nữ 1.402 đồng chí, chiếm 36,2%.",
        "share",
        [1402, 4126, 36.2],
    ),
    # 40 + 30 + 15 = 85 đảng viên ≠ 90 stated (difference 5)
    (
        "Năm 2023 kiểm tra 30 tổ chức đảng và 90 đảng viên. Trong 90 đảng viên được kiểm tra: cấp ủy viên 40, đảng viên là cán bộ quản lý 30, đảng viên khác 15.",
        "part_whole",
        [90, 40, 30, 15],
    ),
    # 264 + 281 + 327 + 164 = 1036 đảng viên ≠ 1060 stated (difference 24)
    (
        "Từ năm 2021 đến nay, toàn Đảng bộ kết nạp 1.060 đảng viên (năm 2021: 264; năm 2022: 281; năm 2023: 327; 6 tháng đầu năm 2024: 164).",
        "part_whole",
        [1060, 264, 281, 327, 164],
    ),
    # 214 after 'tăng 27' means 187 before: 27/187 = 14.44% -> rounds to 14.4%, not 16.4%
    (
        "Toàn tỉnh có 214 doanh nghiệp đang hoạt động, tăng 27 doanh nghiệp (16,4%) so với cuối năm 2023.",
        "change",
        [214, 27, 16.4],
    ),
    # now 78.4, before 71.1: difference change 7.3 (difference) vs 6.3 stated
    (
        "Thu nhập bình quân đầu người đạt 78,4 triệu đồng, cao hơn năm trước 6,3 triệu đồng (71,1 triệu đồng).",
        "change",
        [71100000, 78400000, 6300000],
    ),
    # no whole k/12 rounds to 30%: 3/12 = 25%, 4/12 = 33.33%
    ("Riêng 12 đồng chí được bổ nhiệm mới thì cán bộ nữ chiếm 30%.", "granularity", [12, 30]),
    # 121 + 430 + 65 + 6 = 622 tổ chức cơ sở đảng ≠ 628 stated (difference 6)
    (
        "Toàn Đảng bộ có 15.240 đảng viên. Có 628 tổ chức cơ sở đảng đều được đánh giá, xếp loại. Kết quả: hoàn thành xuất sắc nhiệm vụ 121; hoàn thành tốt nhiệm vụ 430; hoàn thành nhiệm vụ 65; không hoàn thành nhiệm vụ 6.",
        "part_whole",
        [628, 121, 430, 65, 6],
    ),
    # 19 + 8 + 2 = 29 đảng viên ≠ 31 stated (difference 2)
    (
        "Năm 2023, các cấp ủy thi hành kỷ luật 31 đảng viên, gồm: khiển trách 19, cảnh cáo 8, khai trừ 2. Ngoài ra, có 5 đảng viên đang được xem xét.",
        "part_whole",
        [31, 19, 8, 2],
    ),
    # 20/24 (total 24 stated before) = 83.33% -> rounds to 83.3%, not 88.9%
    (
        "Toàn huyện có 24 xã, thị trấn; đến nay 20 xã, thị trấn đạt chuẩn nông thôn mới, chiếm 88,9%.",
        "share",
        [20, 24, 88.9],
    ),
]


@pytest.mark.parametrize(("text", "kind", "figures"), CASES)
def test_review14_shape_fires(text: str, kind: str, figures: list[float]) -> None:
    checks = process_text(text, options=Options(entities=False)).checks
    got = [c for c in checks if c.kind == kind and c.verdict == "inconsistent"]
    assert figures in [c.figures for c in got], [(c.kind, c.verdict, c.why) for c in checks]
