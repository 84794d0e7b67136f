"""White-box review 30g of the l30g round (changes, targets, GRIM bases), our own passages.

- GRIM: a rate that names the count's own noun over another base ("tỷ lệ đảng viên so với dân số
  là 3,6%" after "có 540 đảng viên") is the count over that base, no k/540: silent; a subgroup's
  rate over another word for the count ("tỷ lệ nữ trên tổng số ủy viên") stays the count's;
- target: a percent said of all of its noun ("Có 8 xã …, chiếm 25% số xã, bằng 66,7% mục tiêu")
  is no achievement rate against the earlier target (12 xã): silent, the target still confirmed.
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told


# -- GRIM: the count is the rate's numerator -------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Đảng bộ phường Lê Lợi có 540 đảng viên; tỷ lệ đảng viên so với dân số là 3,6%.",
        "Xã Hòa Bình có 312 đảng viên, tỷ lệ đảng viên trên dân số đạt 4,1%, cao hơn bình quân.",
        "Chi bộ thôn Đông có 47 đảng viên; tỷ lệ đảng viên so với số hộ là 21,8%.",
        "Đoàn xã có 415 đoàn viên; tỷ lệ đoàn viên trên tổng số thanh niên là 63,7%.",
    ],
)
def test_rate_of_the_count_over_another_base_is_no_grim(text: str) -> None:
    assert not [c for c in checks_of(text, "granularity") if c.verdict == "inconsistent"]
    assert not alarms(text)


def test_share_of_the_count_still_grim() -> None:
    # 8/35 = 22.86%, 9/35 = 25.71%: no whole k/35 gives 23,3%
    text = "Ban Chấp hành có 35 đồng chí, trong đó nữ chiếm 23,3%."
    rows = checks_of(text, "granularity")
    assert [c for c in rows if c.verdict == "inconsistent" and 35 in c.figures]
    assert not alarms("Ban Chấp hành có 35 đồng chí, trong đó nữ chiếm 22,9%.")


# -- target: a share of all of the noun is no achievement rate -----------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Mục tiêu đến năm 2025 có 12 xã đạt chuẩn nông thôn mới. Có 8 xã đạt chuẩn nông thôn mới, "
        "chiếm 25% số xã, bằng 66,7% mục tiêu nghị quyết.",
        "Huyện đề ra mục tiêu có 15 thôn đạt chuẩn thôn kiểu mẫu. Đến nay có 12 thôn đạt chuẩn, "
        "chiếm 20% số thôn, bằng 80% mục tiêu nghị quyết.",
    ],
)
def test_share_of_all_is_no_achievement_rate(text: str) -> None:
    assert not alarms(text)
    target = checks_of(text, "target")
    assert [c for c in target if c.verdict == "consistent"]  # the achievement still confirmed
    assert not [c for c in target if c.verdict == "inconsistent"]


def test_achievement_against_the_target_still_told() -> None:
    # 8/12 = 66,7%, not 76,7%: the achievement rate of the target is still read
    text = (
        "Mục tiêu đến năm 2025 có 12 xã đạt chuẩn nông thôn mới. Có 8 xã đạt chuẩn nông thôn mới, "
        "chiếm 25% số xã, bằng 76,7% mục tiêu nghị quyết."
    )
    rows = told(checks_of(text), "target", "consistent", [12, 8, 76.7])
    assert not rows
