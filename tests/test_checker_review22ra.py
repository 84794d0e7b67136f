"""White-box review 22ra of the change, target and ratio_percent readings added on the twenty-second
session (commits 276dd96, d7938d3, 6271414).

The readings under review: the earlier level after "so với <moment> là/:" ending the clause, a
bracket labelled by its year and verb after "nhiều hơn năm trước D", the comparison fronted ("So
với năm 2023 (86 vụ), … 71 vụ, giảm 15 vụ"), this year's level before last year's, "con số này"
after a dated level, a change in a bracket right after its level, the lowercase cheap filter that
lets every sentence opening with "So với" reach the older comparison readings; the achievement
right before "so với kế hoạch N đạt P%", "P% kế hoạch năm N", and two amounts of one measure "a …
trên tổng số b" read as a fraction. The review wrote 258 clean passages
(tests/battery/battery_zzzz_ra.jsonl, ids r22a-…) and 27 passages with one planted slip each. The
checker finds 25 of the 27, before and after the review's guards (two ratio_percent slips were
reworded first: "kế hoạch" in their whole made them the target's); the two it misses are not
asserted:

- "Kỳ này, số đơn thư nhận được là 64 đơn, cùng kỳ năm trước là 80 đơn, giảm 25%." (five words
  between "kỳ này" and the level: this year's level is not read)
- "Tỷ lệ tham gia bảo hiểm y tế năm nay đạt 92,4%, năm trước đạt 90,8%, tăng 1,8 điểm phần
  trăm." (a change in points after this year's and last year's rates: no check)

9 clean passages raised an alarm at first, all fixed by six guards (no known alarm is left); each
guard has its passages here, with a slip of the same shape that must still be found.
"""

from __future__ import annotations

import pytest
from checkhelp import checks_of

from vnreport_miner.evaluate import _figures_share

# (kind, passage with one planted slip, figures as stated): found as inconsistent
PLANTED = [
    (
        "change",
        "Số đảng viên bị kỷ luật năm 2024 là 28 đồng chí, giảm 11 đồng chí so với năm 2023 là "
        "41 đồng chí.",
        [28, 11, 41],
    ),
    (
        "change",
        "Số vụ tai nạn lao động trong năm là 14 vụ, giảm 7 vụ so với cùng kỳ năm 2023: 19 vụ.",
        [14, 7, 19],
    ),
    (
        "change",
        "Tổng thu ngân sách nhà nước trên địa bàn đạt 1.250 tỷ đồng, tăng 9,5% so với năm 2023 "
        "là 1.152 tỷ đồng.",
        [1250000000000, 9.5, 1152000000000],
    ),
    (
        "change",
        "Đến nay toàn xã có 1.068 hộ sử dụng nước sạch, tăng 146 hộ so với đầu năm là 912 hộ.",
        [1068, 146, 912],
    ),
    (
        "change",
        "Năm 2024 kết nạp 212 đảng viên, nhiều hơn năm trước 27 đảng viên (năm 2023 kết nạp 187 "
        "đảng viên).",
        [212, 27, 187],
    ),
    (
        "change",
        "Trong kỳ xảy ra 23 vụ cháy, giảm so với cùng kỳ 8 vụ (cùng kỳ năm 2023 xảy ra 29 vụ).",
        [23, 8, 29],
    ),
    (
        "change",
        "So với năm 2023 (92 vụ), năm 2024 xảy ra 71 vụ tai nạn giao thông, giảm 19 vụ.",
        [92, 71, 19],
    ),
    (
        "change",
        "So với năm 2023 (1.240 tỷ đồng), thu ngân sách năm 2024 đạt 1.356 tỷ đồng, tăng 8,4%.",
        [1240000000000, 1356000000000, 8.4],
    ),
    (
        "change",
        "So với đầu nhiệm kỳ (2.150 hội viên), hiện nay Hội có 2.480 hội viên, tăng 320 hội viên.",
        [2150, 2480, 320],
    ),
    (
        "change",
        "Số vụ cháy rừng năm nay là 7 vụ, năm trước là 19 vụ, giảm 11 vụ.",
        [7, 19, 11],
    ),
    (
        "change",
        "Năm 2021, cả huyện có 18 xã đạt chuẩn nông thôn mới; năm 2024 con số này là 24 xã, "
        "tăng 8 xã.",
        [18, 24, 8],
    ),
    (
        "change",
        "Cuối năm 2024 toàn xã còn 312 hộ nghèo (giảm 83 hộ so với cuối năm 2023 là 405 hộ).",
        [312, 83, 405],
    ),
    (
        "change",
        "Thu nội địa đạt 412 tỷ đồng (tăng 14,2% so với cùng kỳ năm 2023 là 366,5 tỷ đồng).",
        [412000000000, 14.2, 366500000000],
    ),
    (
        "target",
        "Sản lượng lương thực cả năm đạt 54.300 tấn, so với kế hoạch 52.000 tấn đạt 106,4%.",
        [52000, 54300, 106.4],
    ),
    (
        "target",
        "Giải quyết việc làm cho 2.450 lao động, so với kế hoạch năm 2.300 lao động đạt 108,5%.",
        [2300, 2450, 108.5],
    ),
    (
        "target",
        "Trong 9 tháng, tuyển sinh đào tạo nghề 1.820 người, bằng 78,5% kế hoạch năm 2.400 người.",
        [2400, 1820, 78.5],
    ),
    (
        "target",
        "Trong 6 tháng đầu năm, thu ngân sách đạt 245 tỷ đồng, bằng 49,1% dự toán năm 520 tỷ đồng.",
        [520000000000, 245000000000, 49.1],
    ),
    (
        "ratio_percent",
        "Đã cứng hóa 12,4 km đường giao thông nông thôn trên tổng số 15 km đường trục thôn, đạt "
        "86,7%.",
        [12.4, 15, 86.7],
    ),
    (
        "ratio_percent",
        "Giải ngân vốn đầu tư công được 45,2 tỷ đồng trên tổng số 60 tỷ đồng vốn được phân bổ, "
        "đạt 73,5%.",
        [45200000000, 60000000000, 73.5],
    ),
    (
        "ratio_percent",
        "Đã thu hồi 1,8 tỷ đồng trên tổng số 2,4 tỷ đồng phải thu hồi theo kết luận thanh tra, "
        "đạt 70%.",
        [1800000000, 2400000000, 70],
    ),
    (
        "change",
        "Tỷ lệ hộ nghèo toàn xã còn 2,35%, giảm 0,72 điểm phần trăm so với đầu năm là 3,17%.",
        [2.35, 0.72, 3.17],
    ),
    (
        "change",
        "Trong 6 tháng đầu năm xảy ra 12 vụ cháy, so với cùng kỳ giảm 4 vụ (cùng kỳ 15 vụ).",
        [12, 4, 15],
    ),
    (
        "target",
        "Năm 2024 thu hút 1,25 triệu lượt khách du lịch, so với mục tiêu Nghị quyết 1,5 triệu "
        "lượt đạt 86,3%.",
        [1500000, 1250000, 86.3],
    ),
    (
        "change",
        "So với cùng kỳ (412 hộ), số hộ nghèo hiện còn 365 hộ, giảm 45 hộ, tương ứng giảm 10,9%.",
        [412, 365, 45],
    ),
    (
        "change",
        "Năm 2023 toàn tỉnh có 1.412 hợp tác xã; đến cuối năm 2024 con số này là 1.538 hợp tác "
        "xã, tăng 9,9%.",
        [1412, 1538, 9.9],
    ),
]


@pytest.mark.parametrize(("kind", "text", "figures"), PLANTED)
def test_planted_slip_is_found(kind: str, text: str, figures: list[float]) -> None:
    got = checks_of(text)
    hits = [
        c for c in got
        if c.kind == kind and c.verdict == "inconsistent" and _figures_share(figures, c.figures)
    ]  # fmt: skip
    assert hits, [(c.kind, c.verdict, c.figures, c.why) for c in got]


# -- guards: (passage that must raise no alarm, kind, figures of the relation it confirms or None)
CLEAN = [
    # change: a bracket labelled by a change of its own moment holds no earlier level
    (
        "Thu nhập bình quân đầu người đạt 62,4 triệu đồng, cao hơn năm trước 4,1 triệu đồng (năm "
        "2023 tăng 3,6 triệu đồng).",
        None,
        None,
    ),
    (
        "Năm 2024 kết nạp 156 hội viên mới, cao hơn năm trước 14 hội viên (năm 2023 tăng 21 hội "
        "viên).",
        None,
        None,
    ),
    (
        "Số lao động được giải quyết việc làm là 2.450 người, cao hơn năm trước 150 người (cùng kỳ "
        "tăng 80 người).",
        None,
        None,
    ),
    (
        "Năm 2024 kết nạp 212 đảng viên, nhiều hơn năm trước 25 đảng viên (năm 2023 kết nạp 187 "
        "đảng viên).",
        "change",
        [187, 212, 25],
    ),
    # change: this year's and last year's levels, the change said against another moment
    (
        "Số hộ nghèo năm nay còn 312 hộ, năm trước là 405 hộ, giảm 210 hộ so với đầu nhiệm kỳ.",
        None,
        None,
    ),
    # change: a stated change is no current level of a later comparison
    (
        "Số hộ nghèo còn 365 hộ. So với cùng kỳ (412 hộ), giảm 47 hộ; so với đầu nhiệm kỳ (620 "
        "hộ), giảm 255 hộ.",
        "change",
        [620, 365, 255],
    ),
    # target: the achievement before "so với kế hoạch" a part, a year against a term, a list
    (
        "Tổng sản lượng lương thực đạt 54.300 tấn, trong đó thóc 48.200 tấn, so với kế hoạch "
        "52.000 tấn đạt 104,4%.",
        None,
        None,
    ),
    (
        "Năm 2024 kết nạp 156 đảng viên, so với chỉ tiêu cả nhiệm kỳ 800 đảng viên đạt 76,5%.",
        None,
        None,
    ),
    (
        "Lũy kế từ đầu nhiệm kỳ kết nạp 612 đảng viên, so với chỉ tiêu nhiệm kỳ 800 đảng viên đạt "
        "76,5%.",
        "target",
        [800, 612, 76.5],
    ),
    (
        "Thu thuế 180 tỷ đồng, thu phí, lệ phí 12 tỷ đồng, so với dự toán 180 tỷ đồng đạt 106,7%.",
        None,
        None,
    ),
    # target: the figure before "đạt P%" is itself the plan compared with
    (
        "Thu ngân sách trên địa bàn đạt 312,5 tỷ đồng, so với dự toán tỉnh giao 280 tỷ đồng đạt "
        "111,6%, so với dự toán huyện giao 300 tỷ đồng đạt 104,2%.",
        "target",
        [280e9, 312.5e9, 111.6],
    ),
]


@pytest.mark.parametrize(("text", "kind", "figures"), CLEAN)
def test_guarded_passage_raises_no_alarm(
    text: str, kind: str | None, figures: list[float] | None
) -> None:
    got = checks_of(text)
    assert [c for c in got if c.verdict == "inconsistent"] == [], [(c.kind, c.why) for c in got]
    if kind is not None:
        assert any(
            c.kind == kind and c.verdict == "consistent" and c.figures == pytest.approx(figures)
            for c in got
        ), [(c.kind, c.verdict, c.figures) for c in got]


# -- the same shapes with a slip: the guards leave them found
SLIPS = [
    (
        "change",
        "Số vụ cháy rừng năm nay là 7 vụ, năm trước là 19 vụ, giảm 11 vụ so với năm trước.",
        [19, 7, 11],
    ),
    (
        "change",
        "Hiện có 2.480 hội viên; so với đầu nhiệm kỳ (2.150 hội viên), tăng 320 hội viên.",
        [2150, 2480, 320],
    ),
    (
        "target",
        "Lũy kế từ đầu nhiệm kỳ kết nạp 612 đảng viên, so với chỉ tiêu nhiệm kỳ 800 đảng viên đạt "
        "78,5%.",
        [800, 612, 78.5],
    ),
    (
        "target",
        "Thu ngân sách trên địa bàn đạt 312,5 tỷ đồng, so với dự toán tỉnh giao 280 tỷ đồng đạt "
        "113,6%, so với dự toán huyện giao 300 tỷ đồng đạt 104,2%.",
        [280, 312.5, 113.6],
    ),
]


@pytest.mark.parametrize(("kind", "text", "figures"), SLIPS)
def test_slip_beside_a_guard_is_still_found(kind: str, text: str, figures: list[float]) -> None:
    test_planted_slip_is_found(kind, text, figures)
