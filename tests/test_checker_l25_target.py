"""Targets read with the plan stated between the done count and its rate (twenty-fifth
session), our own sentences: "kết nạp mới 486 hội viên, chỉ tiêu giao là 450 hội viên, đạt
108%", "(kế hoạch 300 hộ), đạt 104%", "312 hộ/kế hoạch 300 hộ, đạt 104%".

Each row: (text, expected target verdict or None for no inconsistent verdict of any kind,
figures as stated: plan, done, rate).
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

CASES = [
    (
        "Năm qua kết nạp mới 486 hội viên, chỉ tiêu giao là 450 hội viên, đạt 108%.",
        "consistent",
        [450, 486, 108],
    ),
    (
        "Năm qua kết nạp mới 486 hội viên, chỉ tiêu giao là 450 hội viên, đạt 109,3%.",
        "inconsistent",
        [450, 486, 109.3],
    ),
    (
        "Kết nạp mới 486 hội viên, trong khi chỉ tiêu Hội cấp trên giao là 450 hội viên; tỷ lệ "
        "đạt 109,3%.",
        "inconsistent",
        [450, 486, 109.3],
    ),
    ("Hỗ trợ làm nhà ở cho 312 hộ (kế hoạch 300 hộ), đạt 104%.", "consistent", [300, 312, 104]),
    ("Hỗ trợ làm nhà ở cho 312 hộ (kế hoạch 300 hộ), đạt 102%.", "inconsistent", [300, 312, 102]),
    (
        "Số hộ được hỗ trợ làm nhà ở là 312 hộ/kế hoạch 300 hộ, đạt 104%.",
        "consistent",
        [300, 312, 104],
    ),
    (
        "Thu ngân sách 412,6 tỷ đồng (dự toán 380 tỷ đồng), bằng 106,5%.",
        "inconsistent",
        [380, 412.6, 106.5],
    ),
    # the count before the plan is an excess, or the rate is of something else: no alarm
    ("Mô hình có 52 hộ tham gia, vượt kế hoạch 4 hộ (kế hoạch 48 hộ), đạt 108,3%.", None, []),
    (
        "Tổng thu đạt 320 tỷ đồng, vượt dự toán 20 tỷ đồng (dự toán 300 tỷ đồng), bằng 106,7%.",
        None,
        [],
    ),
    ("Kết nạp mới 486 hội viên, chỉ tiêu giao là 450 hội viên, đạt 95% so với cùng kỳ.", None, []),
    # review 25r: a sub-item before a comma-stated plan, or a plan before another plan
    (
        "Toàn huyện kết nạp 486 hội viên, trong đó nữ 230 hội viên, chỉ tiêu giao là 450 hội viên, "
        "đạt 108%.",
        None,
        [],
    ),
    (
        "Kết nạp 486 hội viên, chỉ tiêu tỉnh giao là 450 hội viên, chỉ tiêu phấn đấu 500 hội viên, "
        "đạt 97,2%.",
        None,
        [],
    ),
    # a sub-item with its own plan in brackets, or after "riêng", is read (120/125 = 96%)
    (
        "Hỗ trợ 312 hộ (kế hoạch 300 hộ), đạt 104%, trong đó 120 hộ (kế hoạch 125 hộ), đạt 96%.",
        "consistent",
        [125, 120, 96],
    ),
    ("Kết nạp mới 486 hội viên, chỉ tiêu giao là 450 hội viên, đạt 100% số chi hội.", None, []),
]


@pytest.mark.parametrize("text,verdict,figures", CASES)
def test_target_case(text: str, verdict: str | None, figures: list[float]) -> None:
    if verdict is None:
        assert alarms(text) == []
        return
    checks = checks_of(text, "target")
    assert told(checks, "target", verdict, figures), [(c.verdict, c.figures, c.why) for c in checks]
    if verdict == "consistent":
        assert alarms(text) == []
