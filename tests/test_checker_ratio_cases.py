"""A fraction and its stated rate, across a bounded share of another noun in its label.

"73/76 thôn có trên 90% số cử tri đồng ý, đạt tỷ lệ 96,1%": "trên 90% số cử tri" is the
condition each village met (a share of voters), not the fraction's rate; the rate is the
96,1% after it. Each passage is ours.
"""

from __future__ import annotations

import pytest

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

_OPTS = Options(entities=False)


def _ratio_rows(text: str) -> list[Check]:
    return [c for c in process_text(text, options=_OPTS).checks if c.kind == "ratio_percent"]


CASES = [
    (
        "Kết quả, 73/76 thôn, tổ dân phố có trên 90% số cử tri đồng ý, đạt tỷ lệ 96,1%.",
        "consistent",
        96.1,
    ),
    ("Có 45/52 chi bộ có trên 80% số đảng viên dự sinh hoạt, đạt 86,5%.", "consistent", 86.5),
    ("Có 45/52 chi bộ có trên 80% số đảng viên dự sinh hoạt, đạt 88,5%.", "inconsistent", 88.5),
]


@pytest.mark.parametrize(("text", "verdict", "rate"), CASES)
def test_rate_after_a_bounded_share_in_the_label(text: str, verdict: str, rate: float) -> None:
    rows = _ratio_rows(text)
    assert [(c.verdict, c.figures[-1]) for c in rows] == [(verdict, rate)], [c.why for c in rows]


def test_a_bound_on_the_fraction_itself_is_still_its_rate() -> None:
    rows = _ratio_rows("Kết quả, 73/76 thôn đạt trên 90%, tỷ lệ chung cao.")
    assert [(c.verdict, c.figures[-1]) for c in rows] == [("consistent", 90)]


# A percent after a fraction that is about something else: no alarm
SOMETHING_ELSE = [
    # a plan with its own figure
    "Năm 2024, xã Tân Phong đạt 17/19 tiêu chí nông thôn mới, bằng 94,4% kế hoạch năm "
    "(18 tiêu chí).",
    # another counted noun after the percent
    "Toàn huyện có 12/15 xã đạt tỷ lệ 95% hộ dân sử dụng nước hợp vệ sinh.",
    "Huyện có 16/16 trạm y tế có bác sĩ, 92% người dân có thẻ bảo hiểm y tế.",
    # a clause of its own about the same noun, with no link word
    "Có 45/50 đảng viên là đoàn viên công đoàn, 100% đảng viên đã ký cam kết rèn luyện.",
]


@pytest.mark.parametrize("text", SOMETHING_ELSE)
def test_percent_about_something_else_is_no_alarm(text: str) -> None:
    assert [c for c in _ratio_rows(text) if c.verdict == "inconsistent"] == []


def test_percent_of_the_plan_the_fraction_states_is_its_share() -> None:
    rows = _ratio_rows("Huyện đã giao 146/146 thanh niên nhập ngũ, đạt 100% chỉ tiêu.")
    assert [(c.verdict, c.figures) for c in rows] == [("consistent", [146, 146, 100])]
