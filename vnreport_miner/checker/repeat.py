"""repeat: the same quantity of the same thing stated twice.

- the same denominator in two fractions of one unit: "1.146/1.443 thôn, bản …" and
  "1.349/1.443 thôn bản có chi bộ" -> 1443 = 1443 ✓
- the same count and unit: "82 biểu hiện suy thoái" … "82 biểu hiện suy thoái" ✓
- the same percent of the same thing: "(chiếm 93,5%)" in a clause about "thôn bản có
  chi bộ", then "93,5% số thôn, bản có chi bộ" ✓

Only agreements are reported. Two different values for the same unit are common and
legitimate (another year, another subset: "5/1.343 đơn vị" in 2016, "9/2.725 chi bộ"
in 2018), so a difference is never called inconsistent here.
"""

from __future__ import annotations

import re

from ..records import Check
from . import vocab
from .context import Context, Fig, norm_words
from .templates import render

NAME = "repeat"

MIN_VALUE = 10  # small counts (1 lần, 3 chi bộ) repeat by chance
_PCT_SUBJECT = re.compile(r"^\s*(?:của\s+)?(?:số\s+)?([^\d;()]{6,60}?)\s*(?=[;(]|,\s*\S*\d|$)")


def _emit(ctx: Context, first: Fig, second: Fig, a: float, what: str) -> Check:
    why = render("repeat.same", what=(what, what), a=a, b=a)
    return ctx.check(NAME, "consistent", [a, a], [first, second], ctx.clause(second.start, second.end),
                     expected=a, observed=a, tolerance=0, why=why)  # fmt: skip


def run(ctx: Context) -> list[Check]:
    out: list[Check] = []
    seen_q: dict[tuple[str, float], Fig] = {}
    seen_den: dict[float, list[Fig]] = {}
    seen_pct: dict[float, list[Fig]] = {}
    for f in ctx.figs:
        if f.type == "ratio":
            d = f.m.get("denominator")
            if not isinstance(d, int | float) or d < MIN_VALUE:
                continue
            for g in seen_den.get(float(d), []):
                if g.unit.key == f.unit.key or g.unit.fams & f.unit.fams:
                    out.append(_emit(ctx, g, f, float(d), f"total {f.unit.key or 'denominator'}"))
                    break
            seen_den.setdefault(float(d), []).append(f)
        elif f.type == "quantity":
            if (
                not f.exact_count
                or f.value < MIN_VALUE
                or not f.unit.key
                or f.unit.head in vocab.TIME_UNITS
            ):  # type: ignore[operator]
                continue
            key = (f.unit.key, f.value)
            g = seen_q.get(key)  # type: ignore[arg-type]
            if g is not None:
                out.append(_emit(ctx, g, f, f.value, f"{f.value:g} {f.unit.key}"))  # type: ignore[arg-type]
            seen_q[key] = f  # type: ignore[index]
        elif f.type == "percent" and f.value is not None and f.qual == "exact":
            earlier = seen_pct.get(f.value, [])
            hit = _PCT_SUBJECT.match(ctx.after(f, 70)) if earlier else None
            if hit:
                subject = norm_words(hit.group(1))
                if len(subject.split()) >= 3:
                    for g in reversed(earlier):
                        s, e = ctx.clause(g.start, g.end)
                        if subject in norm_words(ctx.text[s:e]):
                            out.append(_emit(ctx, g, f, f.value, f"{f.value:g}% {subject}"))
                            break
            seen_pct.setdefault(f.value, []).append(f)
    return out
