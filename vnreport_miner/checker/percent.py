"""Judge a stated percent mention against a recomputed value, with its explanation phrase.

Shared by ratio_percent, share, target and change: "1349/1443 = 93.49% -> rounds to 93.5%".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .context import Fig
from .templates import render
from .tolerance import Judgement, decimals_of, judge_percent, judge_range


@dataclass(slots=True, frozen=True)
class PercentVerdict:
    judgement: Judgement
    stated: float  # as the report states it (93.5), or the low end of a range
    # the template key and values of ``phrase``: most verdicts are only tested (a fit, a guard)
    # and never explained, so the phrase is rendered when first read. It is made from the
    # judgement judge_stated found, as before: a verdict replaced later keeps its phrase.
    wording: tuple[str, dict[str, object]]
    calc: float  # recomputed value, rounded for display and ``expected``
    _phrase: list[tuple[str, str]] = field(default_factory=list, repr=False, compare=False)

    @property
    def phrase(self) -> tuple[str, str]:
        """ "93.49% -> rounds to 93.5%" in English and Vietnamese."""
        done = self._phrase
        if not done:
            key, values = self.wording
            done.append(render(key, **values))
        return done[0]


def stated_percent(f: Fig) -> tuple[float, float] | None:
    """(low, high) the percent states; (v, v) for a single value. None when unusable."""
    if f.value is not None:
        return f.value, f.value
    lo, hi = f.m.get("low"), f.m.get("high")
    if isinstance(lo, int | float) and isinstance(hi, int | float):
        return float(lo), float(hi)
    return None


def fits(computed: float, f: Fig) -> bool:
    """Does ``computed`` give the percent ``f`` states? (judge_stated without the explanation)"""
    span = stated_percent(f)
    if span is None:
        return False
    d = decimals_of(f.m)
    if span[0] != span[1]:
        return judge_range(computed, span[0], span[1], d).verdict == "consistent"
    return judge_percent(computed, span[0], d, f.qual, f.m.text.strip()).verdict == "consistent"


def judge_stated(computed: float, f: Fig) -> PercentVerdict | None:
    """Test ``computed`` (a percent) against percent mention ``f``.

    >>> # "(chiếm 93,5%)" after 1.349/1.443
    >>> # judge_stated(93.4858, fig).phrase[0] == "93.49% -> rounds to 93.5%"
    """
    span = stated_percent(f)
    if span is None:
        return None
    d = decimals_of(f.m)
    shown = max(2, d + 1)
    calc = round(computed, shown)
    said = f.m.text.strip()
    if span[0] != span[1]:
        j = judge_range(computed, span[0], span[1], d)
        wording = (f"pct.{j.key}", {"calc": calc, "said": said})
        return PercentVerdict(j, span[0], wording, calc)
    stated = span[0]
    j = judge_percent(computed, stated, d, f.qual, said)
    wording = (
        f"pct.{j.key}",
        {"calc": calc, "stated": stated, "halfup": j.halfup, "tol": j.tolerance, "said": said},
    )
    return PercentVerdict(j, stated, wording, calc)
