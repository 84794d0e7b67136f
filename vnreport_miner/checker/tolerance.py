"""Tolerance from the stated precision, after statcheck's ``error_test``.

A stated percent is widened into the interval it could have been rounded from, by its
decimals and its qualifier, and the recomputed value is tested against that interval:

- exact "93,5%": the value must round half-up to 93.5, i.e. lie in [93.45, 93.55).
  When only truncation gives the stated figure ("57%" for 57.78%) the verdict is
  ``consistent`` with ``rounding = "truncation"``: Vietnamese reports often cut the
  decimals off, so calling it an error would be a false alarm (gold marks these
  ``borderline``; either verdict is accepted there).
- "gần 62%" (approx, "nearly"): just under, within one unit of the last digit:
  [61, 62.5). "khoảng 62%": within one unit either side.
- "trên 4,5%" (min): at least 4.5, or rounding to it (>= 4.45). Being far above is
  still true, so it stays consistent; being clearly below is inconsistent.
- "dưới 10%" (max): the mirror image.

Between "fits" and "clearly wrong" lies a band where the verdict is ``unverifiable``:
we prefer silence to a false alarm.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..records import Mention

_EPS = 1e-9
_DECIMALS = re.compile(r"\d+[,.](\d{1,4})\s*%")
_ALMOST = re.compile(r"^\s*(?:gần|xấp xỉ|suýt)\b", re.IGNORECASE)


@dataclass(slots=True, frozen=True)
class Judgement:
    """Outcome of testing a recomputed value against a stated one.

    ``key`` names the explanation template ("rounds", "truncates", "off", ...).
    """

    verdict: str
    rounding: str | None
    key: str
    tolerance: float
    halfup: float  # the computed value rounded half-up to the stated decimals


def round_half_up(x: float, decimals: int) -> float:
    """Round like a person does, not like banker's rounding. E.g. 12.5 -> 13, 93.485 -> 93.49 (2)."""
    f = 10**decimals
    return math.floor(x * f + 0.5 + _EPS) / f


def truncate(x: float, decimals: int) -> float:
    """Cut the decimals off. E.g. 57.78 -> 57 (0), 45.16 -> 45.1 (1)."""
    f = 10**decimals
    return math.floor(x * f + _EPS) / f


def decimals_of(m: Mention) -> int:
    """Decimals the report wrote: "93,5%" -> 1, "0,37%" -> 2, "62%" -> 0."""
    hit = _DECIMALS.search(m.text)
    if hit:
        return len(hit.group(1))
    v = m.get("value")
    if isinstance(v, float) and math.isfinite(v) and not v.is_integer():
        # Decimal, not repr: repr(1e-05) is "1e-05", with no "." to split on
        exponent = Decimal(repr(v)).as_tuple().exponent
        return min(-exponent, 4) if isinstance(exponent, int) and exponent < 0 else 0
    return 0


def _same(a: float, b: float) -> bool:
    return abs(a - b) < 1e-7


def judge_percent(
    computed: float, stated: float, decimals: int, qualifier: str, text: str = ""
) -> Judgement:
    """Test a recomputed percent against the stated one.

    >>> judge_percent(1349 / 1443 * 100, 93.5, 1, "exact").verdict   # "chiếm 93,5%"
    'consistent'
    >>> judge_percent(5962 / 9694 * 100, 62, 0, "approx", "gần 62%").key
    'just_under'
    """
    unit = 10.0**-decimals
    half = unit / 2
    hu = round_half_up(computed, decimals)
    if qualifier == "exact":
        if _same(hu, stated):
            return Judgement("consistent", "half-up", "rounds", half, hu)
        if _same(truncate(computed, decimals), stated):
            return Judgement("consistent", "truncation", "truncates", half, hu)
        return Judgement("inconsistent", None, "off", half, hu)
    if qualifier == "approx":
        if _ALMOST.match(text):  # "gần 62%": just under, within one unit of the last digit
            if stated - unit - _EPS <= computed < stated + half:
                return Judgement("consistent", None, "just_under", unit, hu)
        elif abs(computed - stated) <= unit + _EPS:  # "khoảng 62%"
            return Judgement("consistent", None, "near", unit, hu)
        if abs(computed - stated) <= 2 * unit + _EPS:
            return Judgement("unverifiable", None, "loose", unit, hu)
        return Judgement("inconsistent", None, "far", unit, hu)
    if qualifier == "min":
        if computed >= stated - _EPS:
            return Judgement("consistent", None, "above", unit, hu)
        if computed >= stated - half - _EPS:
            return Judgement("consistent", "half-up", "rounds_to_bound", unit, hu)
        if computed >= stated - unit - _EPS:
            return Judgement("unverifiable", None, "loose", unit, hu)
        return Judgement("inconsistent", None, "below", unit, hu)
    # max
    if computed <= stated + _EPS:
        return Judgement("consistent", None, "below_max", unit, hu)
    if computed < stated + half:
        return Judgement("consistent", "half-up", "rounds_to_bound", unit, hu)
    if computed <= stated + unit + _EPS:
        return Judgement("unverifiable", None, "loose", unit, hu)
    return Judgement("inconsistent", None, "above_max", unit, hu)


def judge_range(computed: float, low: float, high: float, decimals: int) -> Judgement:
    """A stated range "15-20%": the value must round into it."""
    half = 10.0**-decimals / 2
    hu = round_half_up(computed, decimals)
    if low - half - _EPS <= computed < high + half:
        return Judgement("consistent", None, "in_range", half, hu)
    return Judgement("inconsistent", None, "out_of_range", half, hu)


def grim(stated: float, base: int, decimals: int) -> tuple[str, str | None, int, int]:
    """GRIM test: can some whole k out of ``base`` give the stated percent?

    Returns (verdict, rounding, k_below, k_above): the two whole counts whose shares
    bracket the stated percent, or (k, k) when one fits.

    >>> grim(18.2, 31, 1)[0]   # 5/31 = 16.13%, 6/31 = 19.35%
    'inconsistent'
    >>> grim(84, 31, 0)[:3]    # 26/31 = 83.87% -> 84%
    ('consistent', 'half-up', 26)
    """
    k0 = math.floor(stated * base / 100 + _EPS)
    truncated: int | None = None
    for k in (k0, k0 + 1, k0 - 1, k0 + 2):
        if 0 <= k <= base:
            share = 100 * k / base
            if _same(round_half_up(share, decimals), stated):
                return "consistent", "half-up", k, k
            if truncated is None and _same(truncate(share, decimals), stated):
                truncated = k
    if truncated is not None:
        return "consistent", "truncation", truncated, truncated
    below = max(0, min(base, k0))
    if 100 * below / base > stated:
        below = max(0, below - 1)
    return "inconsistent", None, below, min(base, below + 1)


def grim_applies(base: int, decimals: int) -> bool:
    """GRIM only bites when one count moves the share by more than the stated precision.

    With 0 decimals a base under 100 can fail it; with 1 decimal, under 1000.
    """
    return 2 <= base < 100 * 10**decimals


def num(x: Any, nd: int = 2) -> float | int:
    """A number for ``expected``/``observed``: ints stay ints, floats are rounded."""
    if isinstance(x, float):
        if x.is_integer():
            return int(x)
        return round(x, nd)
    return x


def swapped_digits(a: int, b: int) -> bool:
    """Two whole numbers of three digits or more that differ only by two neighbouring digits
    swapped ("1.087" / "1.078", "214" / "241"): the classic slip of typing a figure twice.

    >>> swapped_digits(214, 241), swapped_digits(214, 412), swapped_digits(87, 78)
    (True, False, False)
    """
    x, y = str(a), str(b)
    if len(x) != len(y) or len(x) < 3 or x == y:
        return False
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    return (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and x[diff[0]] == y[diff[1]]
        and x[diff[1]] == y[diff[0]]
    )
