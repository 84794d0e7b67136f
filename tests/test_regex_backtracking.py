"""Rules must not backtrack catastrophically on long gaps.

A letter run followed by optional space inside a repeated group, ``(?:[^\\W\\d]+\\s*){0,5}``,
can split one word into many pieces, and a failing match tries every split: the thirty-first
session found `part_whole._LABELLED_SEP` taking 16 s on a 300-character gap and
`part_whole._PART_SEP` 9 s on forty plain words, and one development report
(3,641 characters) taking 0.45 s in the checker. A word is never split by a rule, so such runs are
possessive (``[^\\W\\d]++``, Python 3.11): the same matches, one way to reach each.

``bench/regex_worst.py`` times every pattern on adversarial gaps; this file holds the rule as a
structural test and the rewritten patterns' behaviour as example tables.
"""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import vnreport_miner
from vnreport_miner.checker import change, part_whole

# a letter run, then optional space, inside a group that repeats: "(?:[^\W\d]+\s*){0,5}"
_SPLITTABLE_RUN = re.compile(r"\(\?:\[\^\\W\\d[^\]]*\]\+\\s\*[^()]*\)\{")
# bounded captures read by a successful greedy search, or needing at least two pieces; kept as
# written (each is cheap in bench/regex_worst.py)
_ALLOWED = {"checker.repeat._NB_IS_KIND"}


def _patterns():
    for info in pkgutil.walk_packages(vnreport_miner.__path__, "vnreport_miner."):
        if info.name.endswith("__main__"):
            continue
        mod = importlib.import_module(info.name)
        for name, value in vars(mod).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                yield f"{info.name.removeprefix('vnreport_miner.')}.{name}", value


def test_no_splittable_word_runs_in_repeated_groups() -> None:
    bad = [
        name
        for name, pat in _patterns()
        if _SPLITTABLE_RUN.search(pat.pattern) and name not in _ALLOWED
    ]
    assert bad == [], f"make the letter runs possessive ([^\\W\\d]++): {bad}"


def test_the_structural_rule_sees_the_old_form() -> None:
    assert _SPLITTABLE_RUN.search(r"^\s*(?:[^\W\d]+\s*){0,5}?(?:,\s*và|,|\bvà)\s*$")
    assert not _SPLITTABLE_RUN.search(r"^\s*(?:[^\W\d]++\s*){0,5}?(?:,\s*và|,|\bvà)\s*$")


# (gap between two figures, matches?)
LABELLED_SEP = [
    (" đường bê tông và ", True),
    (" hộ, ", True),
    (", ", True),
    (" chi bộ nông thôn, và ", True),
    (" một hai ba bốn năm sáu, ", False),  # six words: too long a label
    (" hộ trong đó ", False),
]
PART_SEP = [
    (" chi bộ nông thôn, ", True),
    (" hộ; ", True),
    (" xã và ", True),
    (", khối cơ quan ", True),
    (" hộ ", False),  # no separator at all
    (" hộ (", False),
    (" hộ, 2", False),
]
SUM_AFTER = [
    (" cá nhân, tổng cộng ", True),
    (" chi bộ; tổng cộng là ", True),
    (" hộ, cộng chung ", True),
    (" công trình, tổng kinh phí ", True),
    (" hộ, tổng số xã đạt chuẩn là ", False),
    (" hộ và ", False),
]
GROWTH_GAP = [
    (" đảng viên, ", True),
    (" hộ nghèo, đạt 95% kế hoạch năm, ", True),
    (" đảng viên ", False),
]


@pytest.mark.parametrize(("gap", "hit"), LABELLED_SEP)
def test_labelled_sep(gap: str, hit: bool) -> None:
    assert bool(part_whole._LABELLED_SEP.match(gap)) is hit


@pytest.mark.parametrize(("gap", "hit"), PART_SEP)
def test_part_sep(gap: str, hit: bool) -> None:
    assert bool(part_whole._PART_SEP.match(gap)) is hit


@pytest.mark.parametrize(("gap", "hit"), SUM_AFTER)
def test_sum_after(gap: str, hit: bool) -> None:
    assert bool(part_whole._SUM_AFTER.match(gap)) is hit


@pytest.mark.parametrize(("gap", "hit"), GROWTH_GAP)
def test_prose_growth_gap(gap: str, hit: bool) -> None:
    assert bool(change._PROSE_GROWTH_GAP.match(gap)) is hit


# 23: "24 chi bộ" earlier in the sentence may open the list, so the miss is not told
@pytest.mark.parametrize(("total", "verdict"), [(22, "consistent"), (23, "unverifiable")])
def test_a_long_gap_before_a_list_is_read_like_a_short_one(total: int, verdict: str) -> None:
    """Forty words before a list used to cost seconds in the separator rules; the list and its
    sum are read as they are without them."""
    from vnreport_miner.pipeline import process_text

    filler = " ".join(["công tác xây dựng chỉnh đốn Đảng"] * 8)
    text = (
        f"Huyện có 24 chi bộ {filler}, và 19 chi bộ nông thôn, 3 chi bộ cơ quan, "
        f"tổng cộng {total} chi bộ."
    )
    rows = [(c.kind, c.verdict, c.figures) for c in process_text(text).checks]
    assert rows == [("part_whole", verdict, [total, 19, 3])]
