"""A count restated with two neighbouring digits swapped, where one statement names a stretch of
years by its two ends ("từ năm 2021 đến hết năm 2023", "(2021 - 2023)") and the other by its
length back from now ("trong ba năm qua", "4 năm gần đây"): the same stretch when the lengths
agree and the ends reach the report's present year, so the swap is a slip. White-box review 53
found the look-alikes below (other stretches of equal length, plans, school years, speakers of
other bodies); they stay silent. Each passage is ours.
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
    # the ends first, the length later in a quote of the report's own district
    (
        "Huyện ủy Mường Tè tổng kết công tác phát triển đảng viên. Từ năm 2021 đến hết năm 2023, "
        "toàn Đảng bộ huyện kết nạp được 1.254 đảng viên, vượt chỉ tiêu đề ra. Công tác bồi dưỡng "
        "quần chúng ưu tú được duy trì đều ở các chi bộ. Đồng chí Nông Văn Tiến, Phó Bí thư "
        "Huyện ủy Mường Tè cho biết: “1.245 đảng viên kết nạp trong ba năm qua đều được thử thách "
        "qua công việc cụ thể”.",
        [1254, 1245],
    ),
    # the length first, the ends later
    (
        "Trong 5 năm qua, nguồn quỹ Vì người nghèo của huyện đã hỗ trợ xây dựng 1.482 căn nhà đại "
        "đoàn kết cho hộ nghèo. Nhiều hộ đã ổn định cuộc sống. Từ năm 2020 đến năm 2024, nguồn "
        "quỹ Vì người nghèo đã hỗ trợ xây dựng 1.428 căn nhà đại đoàn kết cho hộ nghèo trên địa "
        "bàn.",
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
    # a stretch still to come is a plan, not the past one
    "Giai đoạn 2020 - 2024, huyện hỗ trợ xây dựng 1.482 căn nhà đại đoàn kết cho hộ nghèo. "
    "Trong 5 năm tới, huyện phấn đấu hỗ trợ xây dựng 1.428 căn nhà đại đoàn kết cho hộ nghèo.",
    # the earlier stretch ends years before the report's present (review 53)
    "Giai đoạn 2016 - 2020, huyện hỗ trợ xây dựng 1.482 căn nhà đại đoàn kết cho hộ nghèo. "
    "Bước sang nhiệm kỳ mới, năm 2025 huyện tổng kết. Trong 5 năm qua, huyện hỗ trợ xây dựng "
    "1.428 căn nhà đại đoàn kết cho hộ nghèo.",
    # a school year is no stretch of two years
    "Năm học 2023 - 2024, các trường trong huyện kết nạp 1.254 đoàn viên. Hai năm qua, các "
    "trường trong huyện kết nạp 1.245 đoàn viên.",
    # another moment beside the years: "sau đại hội"
    "Từ năm 2021 đến năm 2023, toàn huyện kết nạp 1.254 đảng viên mới. Từ sau đại hội, trong "
    "ba năm qua, toàn huyện kết nạp 1.245 đảng viên mới.",
    # two households, each named as the subject
    "Trong ba năm qua, hộ ông Vàng A Chứ trồng 1.254 cây quế trên đồi. Từ năm 2022 đến năm "
    "2024, hộ ông Lò Văn Sình trồng 1.245 cây quế trên đồi.",
    # a speaker of another body: a company, a school, the district next door (review 53)
    "Năm 2023, toàn huyện kết nạp 412 đảng viên mới. Đồng chí Nguyễn Văn An, Bí thư Đảng ủy "
    "Công ty Than Hà Lầm cho biết: “Năm 2023, Đảng bộ Công ty kết nạp 421 đảng viên mới”.",
    "Năm 2024, toàn huyện kết nạp 412 đảng viên. Ông Lò Văn Thượng, Bí thư Huyện ủy huyện bạn "
    "cho biết: “Năm 2024, huyện chúng tôi kết nạp 421 đảng viên”.",
    "Năm 2023, toàn huyện giải quyết việc làm cho 3.142 lao động. Bà Trần Thị Mai, Giám đốc "
    "Công ty May Tây Bắc cho biết: “Năm 2023, chúng tôi giải quyết việc làm cho 3.412 lao "
    "động”.",
]


@pytest.mark.parametrize("text", SILENT)
def test_other_stretches_and_speakers_stay_silent(text: str) -> None:
    rows = _alarms(text)
    assert rows == [], [(c.figures, c.why) for c in rows]


@pytest.mark.parametrize(
    ("a", "b", "present", "same"),
    [
        (
            "từ năm 2021 đến hết năm 2023, toàn đảng bộ kết nạp được 1.087",
            "trong ba năm qua",
            2024,
            True,
        ),
        ("(2021-2024) kết nạp 4.382", "4 năm qua kết nạp", 2024, True),
        ("giai đoạn 2020 - 2024, kết nạp 1.386", "5 năm gần đây kết nạp", 2025, True),
        ("từ năm 2021 đến năm 2023", "trong 4 năm qua", 2023, False),
        ("từ năm 2021 đến năm 2023", "trong 3 năm tới", 2023, False),
        ("từ năm 2020 đến năm 2024 và năm 2019", "trong 5 năm qua", 2024, False),
        ("từ năm 2021 đến năm 2023", "ba năm qua, riêng năm 2023", 2023, False),
        ("giai đoạn 2016 - 2020", "trong 5 năm qua", 2025, False),
        ("năm học 2023 - 2024", "hai năm qua", 2024, False),
        ("giai đoạn 2025 - 2027, huyện sẽ kết nạp", "ba năm qua", 2027, False),
    ],
)
def test_one_stretch_by_ends_and_length(a: str, b: str, present: int, same: bool) -> None:
    assert _same_span(a, b, present) is same
    assert _same_span(b, a, present) is same
