"""A change in percent beside a level and its change (the earlier level is implied), and a
share of the members named after the percent when the part counts bare "đồng chí"/"người".

Sentences are our own; the arithmetic of every expectation is in its comment.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Options

CASES = [
    # 209 + 42 = 251 before; 42/251 = 16,7%
    (
        "Sau sáp nhập, toàn huyện còn 209 thôn, tổ dân phố, giảm 42 đơn vị, tương đương giảm 16,7%.",
        "change",
        [209, 42, 16.7],
        "consistent",
    ),
    # the same with the breakdown in brackets; 20,1% is 42/209, divided by the later level
    (
        "Sau sáp nhập, toàn huyện còn 209 thôn, tổ dân phố (201 thôn và 8 tổ dân phố), giảm 42 đơn "
        "vị, tương đương giảm 20,1%.",
        "change",
        [209, 42, 20.1],
        "inconsistent",
    ),
    # 315 + 105 = 420; 105/420 = 25%, not 33,3% (105/315)
    (
        "Đến cuối năm 2024, số hộ nghèo của xã còn 315 hộ, giảm 105 hộ, tương đương giảm 33,3%.",
        "change",
        [315, 105, 33.3],
        "inconsistent",
    ),
    # 450 - 50 = 400 tỷ đồng; 50/400 = 12,5%
    (
        "Năm 2024, tổng thu ngân sách trên địa bàn đạt 450 tỷ đồng, tăng 50 tỷ đồng, tương ứng tăng "
        "12,5% so với năm 2023.",
        "change",
        [450, 50, 12.5],
        "consistent",
    ),
    # 1.250 - 250 = 1.000; 250/1.000 = 25%, not 20% (250/1.250)
    (
        "Toàn tỉnh hiện có 1.250 hợp tác xã, tăng 250 hợp tác xã, tức là tăng 20%.",
        "change",
        [1250, 250, 20],
        "inconsistent",
    ),
    # 806/2.480 = 32,5% of the members; the population in "người" is no rival whole
    (
        "Dân số toàn huyện khoảng 12 vạn người. Đảng bộ huyện hiện có 2.480 đảng viên. Đảng viên nữ "
        "hiện có 806 đồng chí, chiếm 32,5% tổng số đảng viên.",
        "share",
        [806, 2480, 32.5],
        "consistent",
    ),
    # 806/2.480 = 32,5%, not 34,5%
    (
        "Dân số toàn huyện khoảng 12 vạn người. Đảng bộ huyện hiện có 2.480 đảng viên. Đảng viên nữ "
        "hiện có 806 đồng chí, chiếm 34,5% tổng số đảng viên.",
        "share",
        [806, 2480, 34.5],
        "inconsistent",
    ),
]

# a change led by its cause ("thêm D …, nâng … từ A lên B"): A ± D must be B
CASES += [
    # 49 + 3 = 52, not 53
    (
        "Từ đầu năm đến nay có thêm 3 trường được công nhận đạt chuẩn quốc gia, nâng số trường đạt "
        "chuẩn từ 49 trường lên 53 trường.",
        "change",
        [3, 49, 53],
        "inconsistent",
    ),
    # 340 + 12 = 352
    (
        "Trong năm, Hội kết nạp thêm 12 hội viên, nâng tổng số hội viên từ 340 hội viên lên 352 "
        "hội viên.",
        "change",
        [12, 340, 352],
        "consistent",
    ),
    # each new village branch takes one village off the list: 7 - 4 = 3, not 2
    (
        "Năm 2024, huyện thành lập mới 4 chi bộ bản, đưa số bản chưa có chi bộ từ 7 bản xuống còn 2 "
        "bản.",
        "change",
        [4, 7, 2],
        "inconsistent",
    ),
]

# an achievement and its plan side by side, the percent after both
CASES += [
    # 2.318/2.200 = 105,36% -> 105,4%
    (
        "Trồng rừng tập trung đạt 2.318 ha, vượt kế hoạch giao (2.200 ha), đạt 105,4%.",
        "target",
        [2318, 2200, 105.4],
        "consistent",
    ),
    # 312,5/300 = 104,17%, not 106,2%
    (
        "Thu ngân sách trên địa bàn đạt 312,5 tỷ đồng/300 tỷ đồng dự toán, đạt 106,2%.",
        "target",
        [312.5, 300, 106.2],
        "inconsistent",
    ),
    # 86,4/120 = 72%
    (
        "Đã giải ngân 86,4 tỷ đồng trên tổng kế hoạch vốn 120 tỷ đồng, đạt 72%.",
        "target",
        [86.4, 120, 72],
        "consistent",
    ),
    # a share of an amount is explained in the amounts as written: 6/24 = 25%
    (
        "Tổng chi ngân sách xã năm 2024 là 24 tỷ đồng. Chi cho giáo dục 6 tỷ đồng, chiếm 25% tổng "
        "chi.",
        "share",
        [6, 24, 25],
        "consistent",
    ),
]

SILENT = [
    # members also leave: 340 + 12 = 352 vs 349 is a net move, not proof of an error
    "Trong năm, Hội kết nạp thêm 12 hội viên, nâng tổng số hội viên từ 340 hội viên lên 349 "
    "hội viên.",
    # the cause counts villages, the change households per village
    "Năm 2019, huyện sáp nhập 5 thôn, nâng quy mô bình quân mỗi thôn từ 180 hộ lên 240 hộ.",
    # the percent names another base: the labour force
    "Năm 2023, số lao động qua đào tạo của huyện là 26.840 người, tăng 1.240 người, tương đương "
    "2,1% lực lượng lao động.",
    # the percent names another base: all households
    "Năm 2024, số hộ nghèo của xã còn 286 hộ, giảm 124 hộ, tương đương giảm 4,1% tổng số hộ.",
    # the percent restates the rate's fall in points (6,3% -> 4,5%)
    "Tỷ lệ hộ nghèo giảm từ 6,3% xuống 4,5%. Số hộ nghèo còn 662 hộ, giảm 265 hộ, tương đương "
    "1,8%.",
    # the members are not the only "đảng viên" count: two different wholes compete
    "Đầu nhiệm kỳ, Đảng bộ huyện có 2.150 đảng viên. Đến nay, Đảng bộ huyện có 2.480 đảng viên. "
    "Đảng viên nữ có 806 đồng chí, chiếm 34,5% tổng số đảng viên.",
]


def _checks(text: str) -> list:
    return process_text(text, options=Options(entities=False)).checks


@pytest.mark.parametrize(("text", "kind", "figures", "verdict"), CASES)
def test_implied_or_named_whole(text: str, kind: str, figures: list[float], verdict: str) -> None:
    got = [c for c in _checks(text) if c.kind == kind and all(x in c.figures for x in figures)]
    assert [c.verdict for c in got] == [verdict], [
        (c.kind, c.verdict, c.why) for c in _checks(text)
    ]


@pytest.mark.parametrize("text", SILENT)
def test_other_whole_is_no_alarm(text: str) -> None:
    assert [c.why for c in _checks(text) if c.verdict == "inconsistent"] == []
