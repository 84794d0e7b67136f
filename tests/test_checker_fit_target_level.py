"""fit's levels found by their difference: a figure said right after a target word is the target,
no level of the change ("chỉ tiêu giao là 450" beside "kết nạp 486, giảm 36")."""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Options


def _changes(text: str) -> list[list[float]]:
    doc = process_text(text, options=Options(entities=False))
    return [c.figures for c in doc.checks if c.kind == "change"]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2024 kết nạp 486 hội viên, giảm 36 hội viên so với năm trước, chỉ tiêu giao là 450 hội"
        " viên, đạt 108%.",
        "Huyện đoàn kết nạp 218 đoàn viên mới, tăng 18 đoàn viên so với năm 2023, kế hoạch đề ra 200"
        " đoàn viên.",
    ],
)
def test_a_target_is_no_level(text: str) -> None:
    assert _changes(text) == []


def test_levels_without_a_target_still_fit() -> None:
    text = "Năm 2023 kết nạp 522 hội viên. Năm 2024 kết nạp 486 hội viên, giảm 36 hội viên so với năm trước."
    assert [522, 486, 36] in _changes(text)
