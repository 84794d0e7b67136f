"""The cross-checker on fresh phrasings written for the twentieth session's probes.

Each passage is our own wording of a relation the genre states often, in a form the checker
had not met: a level dated by its year with the place between ("Năm 2022, toàn xã có …"),
a later level "đến cuối năm …", a count of cases ("trường hợp") against the year before
in brackets, a fraction "a trên tổng số b" read once. Each row is (kind, passage, expected
verdict, figures); a second table holds near misses that must raise no alarm.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)


def checks_of(text: str) -> list[Check]:
    return process_text(text, options=_OPTS).checks


# (kind, passage, expected verdict, figures as stated)
CASES = [
    # -- change: two levels dated by year (the place between year and level, "đến cuối năm")
    (
        "change",
        "Năm 2023 có 7.812 hội viên; đến cuối năm 2024 có 8.145 hội viên, tăng 433 hội viên.",
        "inconsistent",
        [7812, 8145, 433],
    ),
    (
        "change",
        "Năm 2023 có 7.812 hội viên; đến cuối năm 2024 có 8.145 hội viên, tăng 333 hội viên.",
        "consistent",
        [7812, 8145, 333],
    ),
    (
        "change",
        "Năm 2022 toàn xã có 412 hộ nghèo, đến năm 2024 còn 268 hộ, giảm 154 hộ.",
        "inconsistent",
        [412, 268, 154],
    ),
    (
        "change",
        "Năm 2022, toàn xã có 412 hộ nghèo; đến cuối năm 2024 còn 268 hộ nghèo, giảm 144 hộ.",
        "consistent",
        [412, 268, 144],
    ),
    (
        "change",
        "Năm 2021 toàn huyện có 56 hợp tác xã, năm 2024 có 71 hợp tác xã, tăng 15 hợp tác xã.",
        "consistent",
        [56, 71, 15],
    ),
    (
        "change",
        "Năm 2020 cả tỉnh có 9.640 hội viên cựu chiến binh; đến hết năm 2024 có 10.212 hội viên, tăng 527 hội viên.",
        "inconsistent",
        [9640, 10212, 527],
    ),
    # -- change: one verb for both years ("Năm 2023 kết nạp …; năm 2024 kết nạp …, tăng …")
    (
        "change",
        "Năm 2023 kết nạp 120 đảng viên; năm 2024 kết nạp 135 đảng viên, tăng 12,5%.",
        "consistent",
        [120, 135, 12.5],
    ),
    (
        "change",
        "Năm 2023 kết nạp 120 đảng viên; năm 2024 kết nạp 135 đảng viên, tăng 25 đảng viên.",
        "inconsistent",
        [120, 135, 25],
    ),
    (
        "change",
        "Năm 2023 kết nạp 120 đảng viên; năm 2024 kết nạp được 135 đảng viên, tăng 10,5%.",
        "inconsistent",
        [120, 135, 10.5],
    ),
    (
        "change",
        "Năm 2022 trồng mới 420 ha rừng, năm 2024 trồng mới 515 ha rừng, tăng 95 ha.",
        "consistent",
        [420, 515, 95],
    ),
    # -- change: "bằng P% so với …(earlier level)", the level as a percent of the earlier one
    (
        "change",
        "Sản lượng thủy sản đạt 18.650 tấn, bằng 106,2% so với cùng kỳ năm trước (17.900 tấn).",
        "inconsistent",
        [17900, 18650, 106.2],
    ),
    (
        "change",
        "Sản lượng thủy sản đạt 18.650 tấn, bằng 104,2% so với cùng kỳ năm trước (17.900 tấn).",
        "consistent",
        [17900, 18650, 104.2],
    ),
    (
        "change",
        "Thu ngân sách đạt 245 tỷ đồng, bằng 98% dự toán (250 tỷ đồng), bằng 109,5% so với cùng kỳ (228 tỷ đồng).",
        "inconsistent",
        [228e9, 245e9, 109.5],
    ),
    (
        "change",
        "Lúa đông xuân đạt 42.300 tấn; ngô đạt 8.120 tấn, bằng 96,4% so với năm 2023 (8.420 tấn).",
        "consistent",
        [8420, 8120, 96.4],
    ),
    (
        "change",
        "Xảy ra 24 vụ tai nạn giao thông, làm chết 12 người, bằng 75,7% so với cùng kỳ (14 người).",
        "inconsistent",
        [14, 12, 75.7],
    ),
    # -- change: the level's noun runs on before its moment ("từ 400 hộ nghèo cuối năm 2022 xuống …")
    (
        "change",
        "Toàn huyện đã giảm từ 1.250 hộ nghèo cuối năm 2021 xuống còn 1.000 hộ nghèo cuối năm 2024, tương ứng giảm 25%.",
        "inconsistent",
        [1250, 1000, 25],
    ),
    (
        "change",
        "Toàn huyện đã giảm từ 1.250 hộ nghèo cuối năm 2021 xuống còn 1.000 hộ nghèo cuối năm 2024, tương ứng giảm 20%.",
        "consistent",
        [1250, 1000, 20],
    ),
    # -- target: a long name of the target before its bracketed value
    (
        "target",
        "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi còn 18,2%, thấp hơn 0,6 điểm phần trăm so với chỉ tiêu Nghị quyết Hội đồng nhân dân huyện đề ra (19%).",
        "inconsistent",
        [19, 18.2, 0.6],
    ),
    (
        "target",
        "Tỷ lệ dân số tham gia bảo hiểm y tế năm 2024 đạt 93,1%, vượt 2,1 điểm phần trăm so với chỉ tiêu Nghị quyết Hội đồng nhân dân tỉnh giao (91%).",
        "consistent",
        [91, 93.1, 2.1],
    ),
    # -- target: a plan with its year after it, achieved "đến nay"
    (
        "target",
        "Thực hiện kế hoạch sửa chữa 80 nhà cho hộ nghèo trong năm 2024, đến nay đã hoàn thành 92 nhà, vượt 12% kế hoạch.",
        "inconsistent",
        [80, 92, 12],
    ),
    (
        "target",
        "Thực hiện kế hoạch sửa chữa 80 nhà cho hộ nghèo trong năm 2024, đến nay đã hoàn thành 92 nhà, vượt 15% kế hoạch.",
        "consistent",
        [80, 92, 15],
    ),
    # -- target: the plan named by its value after "là"
    (
        "target",
        "Năm 2024, huyện có thêm 9 xã đạt chuẩn nông thôn mới nâng cao, bằng 150% so với chỉ tiêu kế hoạch năm là 6 xã.",
        "consistent",
        [6, 9, 150],
    ),
    (
        "target",
        "Năm 2024, huyện có thêm 9 xã đạt chuẩn nông thôn mới nâng cao, bằng 133,3% so với chỉ tiêu kế hoạch năm là 6 xã.",
        "inconsistent",
        [6, 9, 133.3],
    ),
    (
        "target",
        "Thu ngân sách năm 2024 đạt 12,4 tỷ đồng, vượt 1,9 tỷ đồng so với dự toán huyện giao là 10,5 tỷ đồng.",
        "consistent",
        [10.5e9, 12.4e9, 1.9e9],
    ),
    (
        "target",
        "Thu ngân sách năm 2024 đạt 12,4 tỷ đồng, vượt 2,9 tỷ đồng so với dự toán huyện giao là 10,5 tỷ đồng.",
        "inconsistent",
        [10.5e9, 12.4e9, 2.9e9],
    ),
    # -- change: a clause after ";" that opens with the comparison continues the level before it
    (
        "change",
        "Đến cuối năm 2024, toàn tỉnh có 1.386 hợp tác xã; so với năm 2023 (1.290 hợp tác xã) tăng 9,4%.",
        "inconsistent",
        [1290, 1386, 9.4],
    ),
    (
        "change",
        "Đến cuối năm 2024, toàn tỉnh có 1.386 hợp tác xã; so với năm 2023 (1.290 hợp tác xã) tăng 7,4%.",
        "consistent",
        [1290, 1386, 7.4],
    ),
    # -- change: the subject said once, in the first year's clause
    (
        "change",
        "Năm 2022 Đoàn xã trồng 860 cây xanh; năm 2024 trồng 1.020 cây xanh, tăng 180 cây.",
        "inconsistent",
        [860, 1020, 180],
    ),
    (
        "change",
        "Năm 2022 Đoàn xã trồng 860 cây xanh; năm 2024 trồng 1.020 cây xanh, tăng 160 cây.",
        "consistent",
        [860, 1020, 160],
    ),
    # -- review 20b's guards keep what they guard: the same readings, said plainly
    (
        "change",
        "Năm 2023 mở 18 lớp bồi dưỡng; năm 2024 mở 22 lớp, tăng 5 lớp.",
        "inconsistent",
        [18, 22, 5],
    ),
    (
        "share",
        "Số đảng viên của Đảng bộ là 412, số đảng viên dự bị là 18, chiếm 5,4%.",
        "inconsistent",
        [18, 412, 5.4],
    ),
    (
        "part_whole",
        "Năm 2024 thi hành kỷ luật 17 đảng viên. Theo thẩm quyền: chi bộ 8, đảng ủy cơ sở 6, Ủy ban Kiểm tra Huyện ủy 2.",
        "inconsistent",
        [17, 8, 6, 2],
    ),
    (
        "change",
        "Tổng số hội viên tăng từ 22.905 người lên 24.318 người, tăng 1.431 hội viên.",
        "inconsistent",
        [22905, 24318, 1431],
    ),
    # -- change: cases against the year before, in brackets
    (
        "change",
        "Số đảng viên bị xử lý kỷ luật là 23 trường hợp, tăng 6 trường hợp so với năm trước (19 trường hợp).",
        "inconsistent",
        [19, 23, 6],
    ),
    (
        "change",
        "Số đảng viên bị xử lý kỷ luật là 23 trường hợp, tăng 4 trường hợp so với năm trước (19 trường hợp).",
        "consistent",
        [19, 23, 4],
    ),
    (
        "change",
        "Năm 2024 có 23 trường hợp bị kỷ luật, tăng 6 trường hợp so với năm 2023 (19 trường hợp).",
        "inconsistent",
        [19, 23, 6],
    ),
    (
        "change",
        "Trong năm, các cấp tiếp nhận 41 trường hợp tố cáo, giảm 7 trường hợp so với cùng kỳ (46 trường hợp).",
        "inconsistent",
        [46, 41, 7],
    ),
    # -- share across sentences: the part's description may list nouns after a preposition
    (
        "share",
        "Xã có 2.310 hộ dân. Sau khi chuyển đổi, đã có 486 hộ chuyển sang nuôi tôm, cá, chiếm 23% số hộ toàn xã.",
        "inconsistent",
        [486, 2310, 23],
    ),
    (
        "share",
        "Xã có 2.310 hộ dân. Sau khi chuyển đổi, đã có 486 hộ chuyển sang nuôi tôm, cá, chiếm 21% số hộ toàn xã.",
        "consistent",
        [486, 2310, 21],
    ),
    (
        "share",
        "Chi bộ có 58 đảng viên. Có 17 đồng chí đang tham gia sinh hoạt ở chi hội, tổ tự quản, chiếm 31,3%.",
        "inconsistent",
        [17, 58, 31.3],
    ),
    # -- granularity: the territory's units after "số", the rate named after the verb
    (
        "granularity",
        "Xã có 19 thôn. Đến cuối năm 2024, số thôn có nhà văn hóa đạt chuẩn chiếm 73,5%.",
        "inconsistent",
        [19, 73.5],
    ),
    (
        "granularity",
        "Xã có 19 thôn. Đến cuối năm 2024, số thôn có nhà văn hóa đạt chuẩn chiếm 73,7%.",
        "consistent",
        [19, 73.7],
    ),
    (
        "granularity",
        "Huyện có 13 xã, thị trấn. Năm 2024, số xã, thị trấn đạt chuẩn tiếp cận pháp luật đạt tỷ lệ 80%.",
        "inconsistent",
        [13, 80],
    ),
    # -- share: a whole named after the percent and pointed back to ("số hội viên nói trên")
    (
        "share",
        "Hội Nông dân xã có 1.460 hội viên trồng cà phê. Năm 2024, có 512 hội viên tham gia tổ hợp tác, chiếm 38,1% số hội viên nói trên.",
        "inconsistent",
        [512, 1460, 38.1],
    ),
    (
        "share",
        "Hội Nông dân xã có 1.460 hội viên trồng cà phê. Năm 2024, có 512 hội viên tham gia tổ hợp tác, chiếm 35,1% số hội viên nói trên.",
        "consistent",
        [512, 1460, 35.1],
    ),
    (
        "share",
        "Trường có 184 học sinh khuyết tật. Năm học này, 46 em được hỗ trợ phương tiện học tập, bằng 27% số học sinh thuộc diện này.",
        "inconsistent",
        [46, 184, 27],
    ),
    # -- share: a weak link by "tỷ lệ" ("…, tỷ lệ 28,7%", "đạt tỷ lệ", "với tỷ lệ") to the one whole before
    (
        "share",
        "Chi hội có 132 hội viên. Trong năm, có 45 hội viên được khen thưởng, tỷ lệ 36,1%.",
        "inconsistent",
        [45, 132, 36.1],
    ),
    (
        "share",
        "Chi hội có 132 hội viên. Trong năm, có 45 hội viên được khen thưởng, tỷ lệ 34,1%.",
        "consistent",
        [45, 132, 34.1],
    ),
    (
        "share",
        "Chi hội có 132 hội viên. Trong năm, có 45 hội viên được khen thưởng, đạt tỷ lệ 36,1%.",
        "inconsistent",
        [45, 132, 36.1],
    ),
    # -- granularity: "Trong số đó, tỷ lệ <noun> … là P%" of the one count of the sentence before
    (
        "granularity",
        "Đoàn giám sát đã làm việc với 27 đảng viên là người đứng đầu. Trong số đó, tỷ lệ đảng viên được đánh giá tốt là 74,5%.",
        "inconsistent",
        [27, 74.5],
    ),
    (
        "granularity",
        "Đoàn giám sát đã làm việc với 27 đảng viên là người đứng đầu. Trong số đó, tỷ lệ đảng viên được đánh giá tốt là 74,1%.",
        "consistent",
        [27, 74.1],
    ),
    # -- share: "chiếm P% và góp phần …" names no whole of its own
    (
        "share",
        "Huyện có 1.240 hộ nuôi tôm. Đã có 318 hộ áp dụng quy trình nuôi an toàn sinh học, chiếm 27,6% và góp phần giảm dịch bệnh.",
        "inconsistent",
        [318, 1240, 27.6],
    ),
    (
        "share",
        "Huyện có 1.240 hộ nuôi tôm. Đã có 318 hộ áp dụng quy trình nuôi an toàn sinh học, chiếm 25,6% và góp phần giảm dịch bệnh.",
        "consistent",
        [318, 1240, 25.6],
    ),
    # -- share: "N người trong số đó …, chiếm P%": the part names the whole before as its set
    (
        "share",
        "Huyện có 4.216 lao động. Đã có 1.530 người trong số đó tham gia bảo hiểm xã hội, chiếm 38,3%.",
        "inconsistent",
        [1530, 4216, 38.3],
    ),
    (
        "share",
        "Huyện có 4.216 lao động. Đã có 1.530 người trong số đó tham gia bảo hiểm xã hội, chiếm 36,3%.",
        "consistent",
        [1530, 4216, 36.3],
    ),
    # -- share: a bare ", tỷ lệ P%" or ", với tỷ lệ P%" right after the part, its whole in the sentence
    (
        "share",
        "Toàn xã có 1.850 hộ; 1.702 hộ đạt danh hiệu gia đình văn hóa, tỷ lệ 94,2%.",
        "inconsistent",
        [1702, 1850, 94.2],
    ),
    (
        "share",
        "Toàn xã có 1.850 hộ; 1.702 hộ đạt danh hiệu gia đình văn hóa, tỷ lệ 92%.",
        "consistent",
        [1702, 1850, 92],
    ),
    (
        "share",
        "Toàn xã có 1.850 hộ, trong đó 1.702 hộ dùng nước hợp vệ sinh, với tỷ lệ 94,2%.",
        "inconsistent",
        [1702, 1850, 94.2],
    ),
    # -- ratio_percent: "a trên tổng số b" read once, not again from the whole
    (
        "ratio_percent",
        "Đã có 128 trên tổng số 145 chi bộ tổ chức sinh hoạt chuyên đề, đạt 86,2%.",
        "inconsistent",
        [128, 145, 86.2],
    ),
    (
        "ratio_percent",
        "Có 136 trên tổng số 145 chi bộ tổ chức sinh hoạt chuyên đề, đạt 93,8%.",
        "consistent",
        [136, 145, 93.8],
    ),
]

# near misses: two different things dated side by side, a change of another count
NO_ALARM = [
    "Năm 2022 toàn xã có 412 hộ nghèo, đến năm 2024 có 268 hộ cận nghèo, giảm 154 hộ.",
    "Năm 2023 toàn huyện có 7.812 hội viên; đến cuối năm 2024 kết nạp 433 hội viên mới, tăng 33 hội viên so với năm trước.",
    "Năm 2022 toàn huyện có 38 xã đạt chuẩn; năm 2024 có 45 xã đạt chuẩn, tăng 5 xã so với năm 2023.",
    "Năm 2021 cả tỉnh có 1.250 ha chè; năm 2024 có 1.610 ha cà phê, tăng 300 ha.",
    "Năm 2024 tiếp nhận 52 đơn, giải quyết 23 trường hợp, tăng 6 trường hợp so với năm trước (19 đơn).",
    "Năm 2023 kết nạp 120 đảng viên; năm 2024 khai trừ 135 đảng viên, tăng 25 đảng viên.",
    # a pair "từ A lên B" and a change of another noun after it (review 20b, an older reading)
    "Số lớp bồi dưỡng tăng từ 24 lớp năm 2023 lên 30 lớp năm 2024, tăng 420 học viên.",
    # review 20b: a change of another thing after a dated pair, a plan "là N" across a comma, a
    # GRIM rate of a plan or another whole, sibling "Số X là A, số Y là B" clauses, a nested count,
    # an authority split naming no level above the grassroots
    "Năm 2023 mở 18 lớp bồi dưỡng; năm 2024 mở 22 lớp, tăng 310 lượt học viên.",
    "Năm 2023 kết nạp 96 đảng viên; năm 2024 kết nạp 104 đảng viên, tăng 6 đảng viên nữ.",
    "Năm 2023 trao 40 suất quà; năm 2024 trao 46 suất, tăng 12 triệu đồng.",
    "Thu ngân sách đạt 7,3 tỷ đồng, vượt 0,8 tỷ đồng so với dự toán, chủ yếu do thu từ đất tăng thêm là 0,5 tỷ đồng.",
    "Kết nạp 52 đảng viên, vượt 4 đảng viên so với chỉ tiêu, trong đó số đảng viên nữ là 21.",
    "Xã có 14 thôn. Số thôn xây mới nhà văn hóa đạt 80% kế hoạch năm.",
    "Huyện có 22 xã. Số xã hoàn thành thu ngân sách đạt 95% dự toán.",
    "Đến cuối năm 2024 có 92 hộ nghèo. Trong số đó, tỷ lệ hộ nghèo chiếm 3,8% tổng số hộ.",
    "Số đảng viên được miễn sinh hoạt là 31, số đảng viên dự bị là 22, chiếm 4,9%.",
    "Số hộ cận nghèo là 210, số hộ nghèo là 92, chiếm 3,8%.",
    "Kỳ thi có 240 học sinh dự thi, 221 em trúng tuyển, 72 em đạt điểm giỏi, chiếm 30%.",
    "Năm 2024 thi hành kỷ luật 17 đảng viên. Theo thẩm quyền: chi bộ 8, đảng ủy cơ sở 6.",
    # ", tỷ lệ" that opens another rate is no link
    "Toàn xã có 1.850 hộ; 1.702 hộ đạt danh hiệu gia đình văn hóa, tỷ lệ hộ nghèo còn 4,2%.",
    "Năm 2022 Đoàn xã trồng 860 cây xanh; năm 2024 Hội Phụ nữ trồng 1.020 cây xanh, tăng 180 cây.",
    # review 20a: a shortfall with words of its own, a worse grade, bodies named after the
    # members, a group said between a whole and its pointer, the lowest grade after a high one
    "Có 118/130 đảng viên thực hiện tốt; 4 đảng viên ở chi bộ thôn Đông còn hạn chế.",
    "Có 2.140 đảng viên được nhận xét; trong đó 2.120 đồng chí thực hiện tốt, 11 đồng chí trẻ còn hạn chế.",
    "Giám sát 40 đảng viên, trong đó 33 đồng chí chấp hành tốt, 3 đồng chí có vi phạm phải xử lý kỷ luật.",
    "Năm 2024 kỷ luật 21 đảng viên và 2 tổ chức đảng. Theo thẩm quyền: chi bộ 12, đảng ủy cơ sở 7, Ban Thường vụ Huyện ủy 4.",
    "Trường có 520 học sinh, 46 em thuộc hộ nghèo; 9 em được miễn học phí, chiếm 19,6% số học sinh thuộc diện này.",
    "Có 96/104 chi bộ hoàn thành tốt nhiệm vụ trở lên; còn 2 chi bộ không hoàn thành nhiệm vụ.",
    # the same rate value of two groups of one noun is no restatement
    "Cuối năm 2024, tỷ lệ hộ nghèo là 4,5%. Thu nhập bình quân đạt 52 triệu đồng. Tỷ lệ hộ cận nghèo là 4,5%.",
    # two counts in the sentence before "Trong số đó": which one is meant is not sure
    "Đoàn giám sát đã làm việc với 27 đảng viên và 12 chi bộ. Trong số đó, tỷ lệ đảng viên được đánh giá tốt là 74,5%.",
    # a weak "đạt tỷ lệ" with a plan in sight is the plan's completion, not a share
    "Chi hội có 132 hội viên. Kế hoạch năm giao kết nạp 40 hội viên; trong năm kết nạp 45 hội viên, đạt tỷ lệ 112,5%.",
    # "này" that closes another phrase, a noun pointed to with two counts of it before, another noun
    "Chi bộ có 46 đảng viên. Có 15 đồng chí được tặng Huy hiệu Đảng, chiếm 4,1% tổng số đảng viên của Đảng bộ được tặng trong đợt này.",
    "Xã có 1.460 hội viên, năm trước có 1.390 hội viên. Có 512 hội viên tham gia tổ hợp tác, chiếm 36,8% số hội viên nói trên.",
    "Trường có 184 học sinh khuyết tật. Năm học này, 46 em được hỗ trợ, bằng 27% số giáo viên nói trên.",
    # after ";" a clause with its own subject compares something else
    "Đến cuối năm 2024, toàn tỉnh có 1.386 hợp tác xã; số thành viên so với năm 2023 (1.290 người) tăng 9,4%.",
    # a value after "là" that does not end the plan's clause: not the plan alone
    "Năm 2024, huyện có thêm 9 xã đạt chuẩn, bằng 133,3% so với kế hoạch năm là 6 xã và 2 thị trấn.",
    # a rate of the territory's units at another level, or of a subset counted in between
    "Xã có 19 thôn. Số thôn đạt chuẩn nông thôn mới toàn tỉnh chiếm 73,5%.",
    "Xã có 19 thôn, trong đó 12 thôn vùng cao. Số thôn vùng cao có đường bê tông chiếm 58,3%.",
    # a comma that opens another clause or a list of verbs: no tie between the count and the percent
    "Chi bộ có 58 đảng viên. Có 17 đồng chí được phân công kèm cặp, giúp đỡ quần chúng, chiếm 31,3% số quần chúng ưu tú.",
    "Xã có 2.310 hộ dân. Đã có 486 hộ chuyển sang nuôi tôm, tăng 12 hộ, chiếm 23% số hộ nuôi trồng thủy sản.",
    # "bằng" of another unit's level, of a plan, or with no earlier level
    "Xảy ra 24 vụ tai nạn giao thông, làm chết 12 người, bằng 85,7% so với cùng kỳ (28 vụ).",
    "Thu ngân sách đạt 245 tỷ đồng, bằng 98% kế hoạch (250 tỷ đồng).",
    "Số lượt khách du lịch đạt 1,2 triệu lượt, bằng 95% so với cùng kỳ.",
    "Năm 2023 kết nạp 120 đảng viên; năm 2024 kết nạp 135 đoàn viên, tăng 25 đoàn viên.",
    "Năm 2023 kết nạp 120 đảng viên, năm 2024 kết nạp 135 đảng viên; số đảng viên bị kỷ luật tăng 25 đảng viên.",
]


@pytest.mark.parametrize(("kind", "text", "expected", "figures"), CASES)
def test_probe_passage_verdicts(kind: str, text: str, expected: str, figures: list[float]) -> None:
    got = checks_of(text)
    mine = [(c.verdict, c.figures) for c in got if c.kind == kind]
    assert (expected, figures) in mine, [(c.kind, c.verdict, c.figures, c.why) for c in got]
    assert len(mine) == 1, mine  # one row per relation
    if expected != "inconsistent":
        assert "inconsistent" not in [c.verdict for c in got], [(c.kind, c.why) for c in got]


@pytest.mark.parametrize("text", NO_ALARM)
def test_probe_near_misses_raise_no_alarm(text: str) -> None:
    bad = [(c.kind, c.why) for c in checks_of(text) if c.verdict == "inconsistent"]
    assert bad == []


def test_relations_with_bare_figures_keep_their_own_rows() -> None:
    """Two relations that share their one real mention but differ in their bare figures (a
    list's "kết nạp 612;" and a table's total row) are two rows, not one."""
    from vnreport_miner.checker import _key

    def row(figures: list[float], start: int) -> Check:
        return Check(
            "repeat", "consistent", figures, ["d:m3"], None, None, 0, "", "", start, start + 9, ""
        )

    first, second = row([612, 612], 10), row([612, 612], 400)
    assert _key(first) != _key(second)
    whole = Check(
        "share",
        "consistent",
        [4, 27, 14.8],
        ["d:m1", "d:m2", "d:m3"],
        None,
        None,
        0,
        "",
        "",
        0,
        9,
        "",
    )
    again = Check(
        "share",
        "consistent",
        [4, 27, 14.8],
        ["d:m3", "d:m2", "d:m1"],
        None,
        None,
        0,
        "",
        "",
        50,
        60,
        "",
    )
    assert _key(whole) == _key(again)  # every figure a mention: one relation, wherever told


def test_one_rate_value_of_two_groups_is_no_restatement() -> None:
    text = "Cuối năm 2024, tỷ lệ hộ nghèo là 4,5%. Thu nhập bình quân đạt 52 triệu đồng. Tỷ lệ hộ cận nghèo là 4,5%."
    assert [c.why for c in checks_of(text) if c.kind == "repeat"] == []
    same = "Cuối năm 2024, tỷ lệ hộ nghèo của xã là 4,52%. Thu nhập bình quân đạt 52 triệu đồng. Tỷ lệ hộ nghèo giảm còn 4,52%."
    assert [c.verdict for c in checks_of(same) if c.kind == "repeat"] == ["consistent"]


def test_a_set_named_back_is_no_change_of_the_same_value() -> None:
    """Review 20a: "Trong 8 thôn vùng giáo" names no "thêm 8 thôn" (a change), while "Xã có 8
    thôn … Trong 8 thôn, có …" is the set named back."""
    change = "Xã có 12 thôn. Năm 2024 có thêm 8 thôn đạt chuẩn văn hóa. Trong 8 thôn vùng giáo, có 5 thôn đạt chuẩn văn hóa."
    assert [c.figures for c in checks_of(change) if c.kind == "repeat"] == []
    same = "Xã có 8 thôn với 2.140 hộ. Năm 2024, trong 8 thôn, có 6 thôn đạt chuẩn văn hóa."
    assert [8, 8] in [c.figures for c in checks_of(same) if c.kind == "repeat"]
