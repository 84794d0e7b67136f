"""Two known false alarms of the change module fixed (twenty-third session), our wording.

- a change labelled by a year of its own after a pair of levels over a longer span ("tăng từ
  1.240 hộ lên 1.512 hộ, năm 2024 tăng 86 hộ") is that year's change, not the pair's: silence
  (the pair's own end label, "xuống 31 vụ năm 2023, giảm 14 vụ", is still the pair's);
- a change in points said more finely than its two rates ("tăng từ 91,3% lên 94,7%, tăng 3,38
  điểm phần trăm") was worked out from their unrounded values: each rate may be off by half its
  last digit. Said to the rates' own precision the change is their difference as written.

Each row: (passage, expected verdict of the change or None for no alarm, figures as stated).
"""

from __future__ import annotations

import pytest
from checkhelp import alarms, checks_of, told

CASES = [
    (
        "Từ năm 2020 đến năm 2024, số tổ hợp tác trên địa bàn huyện tăng từ 312 tổ lên 405 tổ, "
        "riêng năm 2024 tăng 27 tổ.",
        None,
        [],
    ),
    (
        "Thu nhập bình quân đầu người của xã tăng từ 31,2 triệu đồng lên 44,8 triệu đồng, năm 2024 "
        "tăng 4,1 triệu đồng.",
        None,
        [],
    ),
    (
        "Số vụ vi phạm trật tự xã hội giảm từ 52 vụ năm 2022 xuống 35 vụ năm 2023, giảm 15 vụ.",
        "inconsistent",
        [52, 35, 15],
    ),
    (
        "Số vụ vi phạm trật tự xã hội giảm từ 52 vụ năm 2022 xuống 35 vụ năm 2023, giảm 17 vụ.",
        "consistent",
        [52, 35, 17],
    ),
    (
        "Tỷ lệ hộ dân sử dụng nước sạch tăng từ 86,2% lên 90,6%, tăng 4,37 điểm phần trăm.",
        "consistent",
        [86.2, 90.6, 4.37],
    ),
    (
        "Tỷ lệ hộ dân sử dụng nước sạch tăng từ 86,2% lên 90,6%, tăng 4,5 điểm phần trăm.",
        "inconsistent",
        [86.2, 90.6, 4.5],
    ),
    (
        "Tỷ lệ hộ nghèo đa chiều giảm từ 7,46% xuống 5,18%, giảm 2,38 điểm phần trăm.",
        "inconsistent",
        [7.46, 5.18, 2.38],
    ),
]


@pytest.mark.parametrize("text,verdict,figures", CASES)
def test_change_case(text: str, verdict: str | None, figures: list[float]) -> None:
    if verdict is None:
        assert alarms(text) == []
        return
    checks = checks_of(text, "change")
    assert told(checks, "change", verdict, figures), [(c.verdict, c.figures, c.why) for c in checks]
    if verdict == "consistent":
        assert alarms(text) == []
