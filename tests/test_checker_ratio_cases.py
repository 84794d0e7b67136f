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
