"""A count restated with two neighbouring digits swapped, where one statement names a stretch of
years by its two ends ("từ năm 2021 đến hết năm 2023", "(2020 - 2024)") and the other by its
length ("trong ba năm qua", "Trong 5 năm"): the same stretch when the lengths agree, so the two
counts are one, and the swap is a slip. A speaker's name before a quote ("Đồng chí …:") is no
scope of its own. Each passage is ours.
"""

from __future__ import annotations

import pytest

from vnreport_miner.checker.repeat import _same_span
from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)


def _alarms(text: str) -> list[Check]:
    checks = process_text(text, options=_OPTS).checks
    return [c for c in checks if c.kind == "repeat" and c.verdict == "inconsistent"]


ALARMS = [
    # a span by its ends, then by its length in a quote
    (
        "Từ năm 2021 đến hết năm 2023, toàn Đảng bộ huyện kết nạp được 1.254 đảng viên, vượt chỉ "
        "tiêu đề ra. Công tác bồi dưỡng quần chúng ưu tú được duy trì đều ở các chi bộ. Đồng chí "
        "Nông Văn Tiến, Phó Bí thư Huyện ủy: “1.245 đảng viên kết nạp trong ba năm qua đều được "
        "thử thách qua công việc cụ thể”.",
        [1254, 1245],
    ),
    # a span in brackets, then "Trong 4 năm" in a speaker's words
    (
        "Giai đoạn 2021 - 2024, Đảng bộ huyện kết nạp 2.316 đảng viên, bình quân 579 đảng viên "
        "mỗi năm. Chất lượng đảng viên mới từng bước được nâng lên. Bà Lò Thị Hoa cho biết: "
        "“Trong 4 năm, chúng tôi kết nạp 2.361 đảng viên, phần lớn là đoàn viên thanh niên”.",
        [2316, 2361],
    ),
    # the length first, the ends later
    (
        "Trong 5 năm qua, nguồn quỹ Vì người nghèo đã hỗ trợ xây dựng 1.482 căn nhà đại đoàn kết cho hộ nghèo. "
        "Nhiều hộ đã ổn định cuộc sống. Từ năm 2020 đến năm 2024, nguồn quỹ Vì người nghèo đã "
        "hỗ trợ xây dựng 1.428 căn nhà đại đoàn kết cho hộ nghèo trên địa bàn.",
        [1482, 1428],
    ),
]


@pytest.mark.parametrize(("text", "figures"), ALARMS)
def test_swap_across_one_stretch_of_years(text: str, figures: list[int]) -> None:
    rows = _alarms(text)
    assert [c.figures for c in rows] == [figures], [(c.figures, c.why) for c in rows]
    assert rows[0].expected == figures[0] and rows[0].observed == figures[1]


SILENT = [
    # three years and two: not one stretch
    "Từ năm 2021 đến hết năm 2023, toàn Đảng bộ huyện kết nạp được 1.254 đảng viên. Công tác "
    "bồi dưỡng được duy trì. Trong hai năm qua, toàn Đảng bộ huyện kết nạp được 1.245 đảng viên.",
    # a stretch still to come ("5 năm tới") is a plan, not the past one
    "Giai đoạn 2020 - 2024, huyện hỗ trợ xây dựng 1.482 căn nhà đại đoàn kết cho hộ nghèo. "
    "Trong 5 năm tới, huyện phấn đấu hỗ trợ xây dựng 1.428 căn nhà đại đoàn kết cho hộ nghèo.",
    # the later statement names a year of its own as well
    "Từ năm 2021 đến năm 2023, toàn huyện kết nạp 1.254 đảng viên mới. Riêng năm 2023, trong "
    "ba năm qua tính cả dự bị, toàn huyện kết nạp 1.245 đảng viên mới.",
    # two households, each named as the subject (not a speaker)
    "Trong ba năm qua, hộ ông Vàng A Chứ trồng 1.254 cây quế trên đồi. Từ năm 2022 đến năm "
    "2024, hộ ông Lò Văn Sình trồng 1.245 cây quế trên đồi.",
    # a speaker who names another body's count: the commune is its own scope
    "Từ năm 2021 đến năm 2023, toàn huyện kết nạp 1.254 đảng viên. Đồng chí Hà Văn Lâm, Bí "
    "thư Đảng ủy xã Tân Lập cho biết: “Trong ba năm qua, xã Tân Lập kết nạp 1.245 đảng viên”.",
]


@pytest.mark.parametrize("text", SILENT)
def test_other_stretches_stay_silent(text: str) -> None:
    rows = _alarms(text)
    assert rows == [], [(c.figures, c.why) for c in rows]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("từ năm 2021 đến hết năm 2023, toàn đảng bộ kết nạp được 1.087", "trong ba năm qua", True),
        (
            "giai đoạn 2020 - 2024, đảng bộ huyện kết nạp 1.386",
            "trong 5 năm chúng tôi kết nạp",
            True,
        ),
        ("(2021-2024) kết nạp 4.382", "4 năm qua kết nạp", True),
        ("từ năm 2021 đến năm 2023", "trong 4 năm qua", False),
        ("từ năm 2021 đến năm 2023", "trong 3 năm tới", False),
        ("năm 2023 và từ năm 2021 đến năm 2023", "trong ba năm qua", True),
        ("từ năm 2020 đến năm 2024 và năm 2019", "trong 5 năm qua", False),
        ("từ năm 2021 đến năm 2023", "ba năm qua, riêng năm 2023", False),
    ],
)
def test_one_stretch_by_ends_and_length(a: str, b: str, same: bool) -> None:
    assert _same_span(a, b) is same
    assert _same_span(b, a) is same
