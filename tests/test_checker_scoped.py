"""Two look-alike alarms a white-box reviewer drew from the opening code in the thirty-third
session, fixed in the thirty-fourth:

- a share counted "trong số <words>" of a subset whose size is unsaid ("Tổng số đảng viên là
  2.480 đồng chí; đảng viên nữ trong số mới kết nạp 90 đồng chí, chiếm 60%": 60% of those
  admitted, not of 2.480) -> unverifiable;
- "a (b, c) trên tổng số d, chiếm x%": the bracket breaks ``a`` down, so the fraction is a/d,
  not c/d ("213 hộ nghèo và cận nghèo (87 hộ nghèo, 126 hộ cận nghèo) trên tổng số 1.520 hộ").

Each is now read as a researcher reads it, and the slips next to them are still told.
Passages written by us."""

from __future__ import annotations

import pytest

from tests.checkhelp import alarms, checks_of, told


@pytest.mark.parametrize(
    "text",
    [
        "Tổng số đảng viên là 2.480 đồng chí; đảng viên nữ trong số mới kết nạp 90 đồng chí, chiếm 60%.",
        "Đảng bộ có 3.105 đảng viên; trong số đảng viên mới kết nạp năm 2023, nữ 64 đồng chí, chiếm 55,2%.",
        "Hội có 1.940 hội viên; hội viên là người dân tộc thiểu số trong số được kết nạp mới 72 người, chiếm 48%.",
        "Năm 2023, toàn huyện còn 213 hộ nghèo và cận nghèo (87 hộ nghèo, 126 hộ cận nghèo) trên tổng số 1.520 hộ, chiếm 14%.",
        "Xã có 58 chi bộ đạt trong sạch, vững mạnh (41 chi bộ nông thôn, 17 chi bộ cơ quan) trên tổng số 64 chi bộ, chiếm 90,6%.",
    ],
)
def test_no_alarm(text: str) -> None:
    assert alarms(text) == []


def test_bracket_head_is_the_numerator() -> None:
    text = "Toàn huyện còn 213 hộ nghèo và cận nghèo (87 hộ nghèo, 126 hộ cận nghèo) trên tổng số 1.520 hộ, chiếm 14%."
    assert told(checks_of(text, "ratio_percent"), "ratio_percent", "consistent", [213, 1520, 14])


@pytest.mark.parametrize(
    ("text", "kind", "figures"),
    [
        # the head's own rate misstated: 213/1.520 = 14,0%, not 19%
        ("Toàn huyện còn 213 hộ nghèo và cận nghèo (87 hộ nghèo, 126 hộ cận nghèo) trên tổng số 1.520 hộ, chiếm 19%.",
         "ratio_percent", [213, 1520, 19]),
        # no bracket: the plain fraction is read as before
        ("Toàn huyện có 126 hộ cận nghèo trên tổng số 1.520 hộ, chiếm 14%.",
         "ratio_percent", [126, 1520, 14]),
        # the scope is the whole told before: the slip is told
        ("Tổng số đảng viên là 2.480 đồng chí; trong số đảng viên, nữ 900 đồng chí, chiếm 60%.",
         "share", [900, 2480, 60]),
        # the scope says only what the whole's own clause says: 52/130 = 40%, not 44,6%
        ("Năm 2024, Ủy ban Kiểm tra đã giám sát 12 tổ chức đảng, 130 đảng viên. Trong số đảng viên được giám sát có 52 đồng chí là bí thư chi bộ, chiếm 44,6%.",
         "share", [52, 130, 44.6]),
        # no scope at all: 900/2.480 = 36,3%
        ("Tổng số đảng viên là 2.480 đồng chí; đảng viên nữ 900 đồng chí, chiếm 60%.",
         "share", [900, 2480, 60]),
    ],
)  # fmt: skip
def test_slips_still_told(text: str, kind: str, figures: list[float]) -> None:
    assert told(checks_of(text, kind), kind, "inconsistent", figures)
