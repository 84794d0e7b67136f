"""Two look-alike alarms the thirty-third session's helpers found on the opening code:

- a share whose "whole" is the other side of a split ("Tổng số đảng viên nam là 1.248 người;
  đảng viên nữ 1.076 người, chiếm 46,3%": 46,3% of all members, not of the men);
- "tổng số N" after a list that misses N by more than half: the whole the items are drawn from
  ("142 hộ nghèo, 118 hộ cận nghèo, tổng số 3.200 hộ"), not their sum.

Both are now a fit only; the slips next to them are still told. Passages written by us."""

from __future__ import annotations

import pytest

from tests.checkhelp import alarms, checks_of, told


@pytest.mark.parametrize(
    "text",
    [
        "Tổng số đảng viên nam là 1.248 người; đảng viên nữ 1.076 người, chiếm 46,3%.",
        "Số đảng viên chính thức là 2.015 đồng chí; đảng viên dự bị 187 đồng chí, chiếm 8,5%.",
        "Xã có 142 hộ nghèo, 118 hộ cận nghèo, tổng số 3.200 hộ.",
        "Toàn huyện có 96 hộ nghèo và 204 hộ cận nghèo, tổng số 8.450 hộ dân.",
    ],
)
def test_no_alarm(text: str) -> None:
    assert alarms(text) == []


@pytest.mark.parametrize(
    ("text", "kind", "figures"),
    [
        # the whole of the same side, or of all: the slip is told
        ("Tổng số đảng viên là 2.324 người; đảng viên nữ 1.076 người, chiếm 56,3%.",
         "share", [1076, 2324, 56.3]),
        ("Tổng số đảng viên nữ là 1.248 người; đảng viên nữ là người dân tộc thiểu số 376 người, chiếm 40,1%.",
         "share", [376, 1248, 40.1]),
        # a sum that misses by a little is a slip in the sum
        ("Xã có 142 hộ nghèo, 118 hộ cận nghèo, tổng số 280 hộ.", "part_whole", [280, 142, 118]),
        ("Huyện có 85 xã, 11 phường và 10 thị trấn, tổng số 116 đơn vị hành chính.",
         "part_whole", [116, 85, 11, 10]),
    ],
)  # fmt: skip
def test_slips_still_told(text: str, kind: str, figures: list[float]) -> None:
    assert told(checks_of(text, kind), kind, "inconsistent", figures)
