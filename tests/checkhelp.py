"""Helpers the checker's case tables share: the checks of a passage (entities off, as the
battery scores them) and whether one relation was told as expected."""

from __future__ import annotations

from collections.abc import Iterable

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Check, Options

OPTS = Options(entities=False)


def checks_of(text: str, kind: str | None = None) -> list[Check]:
    """Every check of ``text`` (of one ``kind`` when given)."""
    got = process_text(text, options=OPTS).checks
    return got if kind is None else [c for c in got if c.kind == kind]


def alarms(text: str) -> list[tuple[str, str]]:
    """(kind, why) of every ``inconsistent`` verdict on ``text``."""
    return [(c.kind, c.why) for c in checks_of(text) if c.verdict == "inconsistent"]


def close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def told(checks: Iterable[Check], kind: str, verdict: str, figures: list[float]) -> list[Check]:
    """The checks of ``kind`` and ``verdict`` whose figures are ``figures`` (in any order)."""
    return [
        c
        for c in checks
        if c.kind == kind
        and c.verdict == verdict
        and len(c.figures) == len(figures)
        and all(close(a, b) for a, b in zip(sorted(c.figures), sorted(figures), strict=True))
    ]
