"""A multiple against a named year ("gấp 2,3 lần năm 2020") is judged when the pair's earlier level
is stated as that year's (twenty-fifth session), our own sentences. Before, every such change was
set aside as measured against another year than the pair's.

Each row: (text, expected change verdict or None for no inconsistent verdict, figures as stated).
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

CASES = [
    # 358,8 / 156 = 2,3
    (
        "Thu ngân sách năm 2025 đạt 358,8 tỷ đồng, gấp 2,3 lần năm 2020 (156 tỷ đồng).",
        "consistent",
        [156e9, 358.8e9, 2.3],
    ),
    (
        "Thu ngân sách năm 2025 đạt 358,8 tỷ đồng, gấp 2,5 lần năm 2020 (156 tỷ đồng).",
        "inconsistent",
        [156e9, 358.8e9, 2.5],
    ),
    # the earlier level is of another year than the multiple's: set aside, no alarm
    ("Năm 2022 thu 300 tỷ đồng; năm 2025 đạt 690 tỷ đồng, gấp 4 lần năm 2015.", None, []),
]


@pytest.mark.parametrize("text,verdict,figures", CASES)
def test_change_times_case(text: str, verdict: str | None, figures: list[float]) -> None:
    if verdict is None:
        assert alarms(text) == []
        return
    checks = checks_of(text, "change")
    assert told(checks, "change", verdict, figures), [(c.verdict, c.figures, c.why) for c in checks]
