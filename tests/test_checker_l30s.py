"""share: session 30 recall round, shares of the place's population. Passages written by us.

- the population stated in the place's profile as households and heads, with no "dân số" word
  ("có 9 ấp với 3.512 hộ, 14.260 nhân khẩu", "21.300 hộ với khoảng 86.500 người"), as the
  whole of "tỷ lệ đảng viên so với dân số là P%" and of a health-insurance coverage rate;
- a coverage rate named before its percent ("…, tỷ lệ bao phủ bảo hiểm y tế đạt P% dân số")
  over the "dân số trung bình N người" stated in a long opening sentence;
- a share of the population that the profile sentence itself states, given roughly
  ("khoảng 61.300 nhân khẩu; … khoảng 18.400 tín đồ, chiếm 30% dân số");
- fit: a share said of one label of a "lần lượt" list ("Diện tích cam, bưởi, chanh và cây có
  múi khác lần lượt là …; cam … chiếm 44,6% diện tích") over the count stated before the list
  that the list adds up to.

An exact profile count is a whole that may prove a slip; a rough one, or a coverage rate that
names no base, tells a fit only.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)


def _shares(text: str) -> list[Check]:
    return [c for c in process_text(text, options=_OPTS).checks if c.kind == "share"]


def _has(rows: list[Check], figures: list[float], verdict: str) -> bool:
    return any(c.verdict == verdict and all(f in c.figures for f in figures) for c in rows)


_COMMUNE = "Xã Tân Hòa có 9 ấp với 3.512 hộ, 14.260 nhân khẩu. Kinh tế chủ yếu là trồng lúa. "
_TOWN = "Thị xã Bình Phước có 8 phường, xã, 21.300 hộ với khoảng 86.500 người. "
_DISTRICT = (
    "Thực hiện Nghị quyết số 41/NQ-HĐND ngày 15/12/2023 của Hội đồng nhân dân huyện Sơn Lâm về "
    "nhiệm vụ năm 2024, huyện có 19 xã, thị trấn, dân số trung bình 98.240 người, đã triển khai "
    "các nhiệm vụ trong điều kiện nhiều khó khăn. "
)

FOUND = [
    # the profile's people as the base of the members' rate over the population
    (_COMMUNE + "Đảng bộ xã có 18 chi bộ trực thuộc với 402 đảng viên; tỷ lệ đảng viên so với dân số là 2,82%.", [402, 14260, 2.82], "consistent"),
    (_COMMUNE + "Đảng bộ xã có 18 chi bộ trực thuộc với 402 đảng viên; tỷ lệ đảng viên so với dân số là 3,2%.", [402, 14260, 3.2], "inconsistent"),
    # the members' count with its bracket of kinds: the bracket is no second count of members
    ("Phường Đông Hải có 11 khu phố với 5.930 hộ, 22.480 nhân khẩu. Đảng bộ phường có 27 chi bộ và 716 đảng viên (690 đảng viên chính thức, 26 đảng viên dự bị); tỷ lệ đảng viên so với dân số là 3,19%.", [716, 22480, 3.19], "consistent"),
    # a rough profile ("hộ với khoảng N người") as the base of a coverage rate naming no base
    (_TOWN + "Trong 6 tháng, số người tham gia bảo hiểm y tế 80.120 người, đạt tỷ lệ bao phủ 92,6%.", [80120, 86500, 92.6], "consistent"),
    (_TOWN + "Số người tham gia bảo hiểm y tế 79.410 người, đạt tỷ lệ bao phủ 91,8% dân số.", [79410, 86500, 91.8], "consistent"),
    # the coverage rate named before its percent, the population in a long opening sentence
    (_DISTRICT + "Về y tế, số người có thẻ bảo hiểm y tế là 91.870 người, tỷ lệ bao phủ bảo hiểm y tế đạt 93,5% dân số.", [91870, 98240, 93.5], "consistent"),
    (_DISTRICT + "Về y tế, số người có thẻ bảo hiểm y tế là 91.870 người, tỷ lệ bao phủ bảo hiểm y tế đạt 95,5% dân số.", [91870, 98240, 95.5], "inconsistent"),
    # a share of the rough population the profile sentence states
    ("Huyện Ia Lốp có 12 xã với khoảng 61.300 nhân khẩu; có 3 tôn giáo với khoảng 18.400 tín đồ, chiếm 30% dân số.", [18400, 61300, 30], "consistent"),
    ("Xã biên giới Nậm Chà có 11 bản, trên 1.900 hộ, khoảng 9.450 nhân khẩu; đồng bào dân tộc Mông có 6.120 người, chiếm 64,8%.", [6120, 9450, 64.8], "consistent"),
]


@pytest.mark.parametrize(("text", "figures", "verdict"), FOUND)
def test_share_l30s_population_found(text: str, figures: list[float], verdict: str) -> None:
    rows = _shares(text)
    assert _has(rows, figures, verdict), [(c.verdict, c.figures, c.why) for c in rows]


SILENT = [
    # two places each with a profile: the population is not unique
    "Xã Tân Hòa có 9 ấp với 3.512 hộ, 14.260 nhân khẩu. Xã Phú An có 11 ấp với 4.020 hộ, 16.900 nhân khẩu. Đảng bộ xã Phú An có 530 đảng viên; tỷ lệ đảng viên so với dân số là 3,9%.",
    # another place's members against the commune's profile
    _COMMUNE + "Đảng bộ thị trấn Mỹ Long có 402 đảng viên; tỷ lệ đảng viên so với dân số là 3,2%.",
    # the profile of another year
    "Năm 2015, xã có 3.100 hộ, 12.400 nhân khẩu. Đến năm 2024, Đảng bộ xã có 402 đảng viên; tỷ lệ đảng viên so với dân số là 2,9%.",
    # a subgroup's coverage (of the minority people, not of all): a rough base, no alarm
    "Huyện có 21.300 hộ với khoảng 86.500 người. Người dân tộc thiểu số tham gia bảo hiểm y tế 30.120 người, đạt tỷ lệ bao phủ 99,2%.",
    # a coverage slip over a rough population proves nothing
    _TOWN + "Trong 6 tháng, số người tham gia bảo hiểm y tế 80.120 người, đạt tỷ lệ bao phủ 95,6%.",
    # a rough share slip in the profile sentence proves nothing
    "Huyện có 9 xã, 15.200 hộ với khoảng 63.800 người; có 5 tôn giáo với 11.450 tín đồ, chiếm 21% dân số.",
    # a newly added number of insured people is a flow, not the covered
    _TOWN + "Trong năm có thêm 4.250 người tham gia bảo hiểm y tế, đạt tỷ lệ bao phủ 93,5% dân số.",
    # households of the profile against a rate of households: not a population
    "Chi hội có 120 hộ với 460 người. Tỷ lệ hộ nghèo còn 2,5%; có 9 hộ nghèo.",
    # households and people an event or a programme touched are no profile
    "Trận lũ cuối tháng 9 làm ngập 320 hộ với 1.250 người. Đảng bộ xã có 45 đảng viên; tỷ lệ đảng viên so với dân số là 3,9%.",
    "Năm 2024, xã hỗ trợ 46 hộ, 180 nhân khẩu. Số người tham gia bảo hiểm y tế 150 người, đạt tỷ lệ bao phủ 90% dân số.",
    # the profile in brackets is an aside of another unit
    "Đảng bộ xã (quản lý địa bàn 2.100 hộ, 8.300 nhân khẩu) có 260 đảng viên; tỷ lệ đảng viên so với dân số là 4,1%.",
]


@pytest.mark.parametrize("text", SILENT)
def test_share_l30s_population_silent(text: str) -> None:
    rows = _shares(text)
    assert not any(c.verdict == "inconsistent" for c in rows), [(c.figures, c.why) for c in rows]


def test_share_l30s_part_of_a_count_between_is_not_of_the_population() -> None:
    # the labour force between the population and the part: the part is of the labour force
    text = "Xã có 1.980 hộ, 7.920 nhân khẩu; lực lượng lao động 4.300 người, trong đó lao động nông nghiệp 2.900 người, chiếm 36,6%."
    assert not any(7920 in c.figures for c in _shares(text))


_CITRUS = (
    "Sau 5 năm, diện tích cây có múi tăng từ 3.200 ha lên 4.800 ha. Diện tích cam, bưởi, chanh và "
    "cây có múi khác lần lượt là 2.140 ha, 1.310 ha, 860 ha và 490 ha; "
)
_ADMITTED = (
    "Nhiệm kỳ qua, Đảng bộ kết nạp 1.250 đảng viên. Số đảng viên kết nạp ở khối xã, khối cơ quan "
    "và khối doanh nghiệp lần lượt là 870 đảng viên, 260 đảng viên và 120 đảng viên. "
)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (_CITRUS + "cam là cây chủ lực, chiếm 44,6% diện tích.", [2140, 4800, 44.6]),
        (_CITRUS + "bưởi chiếm 27,3%.", [1310, 4800, 27.3]),
        (_ADMITTED + "Khối doanh nghiệp chỉ chiếm 9,6%.", [120, 1250, 9.6]),
    ],
)
def test_fit_l30s_respective_label_found(text: str, figures: list[float]) -> None:
    rows = _shares(text)
    assert _has(rows, figures, "consistent"), [(c.verdict, c.figures, c.why) for c in rows]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a slip: a fit never says inconsistent
        (_CITRUS + "cam là cây chủ lực, chiếm 48,6% diện tích.", 4800),
        # no count before the list adds up to it: no whole
        ("Diện tích cam, bưởi và chanh lần lượt là 2.140 ha, 1.310 ha và 860 ha; cam chiếm 49,7%.", 4310),
        # the label's clause has a count of its own: its share is of that
        (_CITRUS + "cam đường canh 700 ha, chiếm 14,6%.", 4800),
    ],
)
def test_fit_l30s_respective_label_silent(text: str, value: float) -> None:
    rows = _shares(text)
    assert not any(c.verdict == "inconsistent" for c in rows), [(c.figures, c.why) for c in rows]
    assert not any(2140 in c.figures and value in c.figures for c in rows)
