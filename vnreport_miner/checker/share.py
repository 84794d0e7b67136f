"""share: a count said to be a percent of a total stated elsewhere.

- "45.622 đảng viên, chiếm tỷ lệ trên 4,5% so với dân số toàn tỉnh" with
  "Dân số chung 1.009.168 người" before: 45622/1009168 = 4.52% >= 4.5% ✓
- "kết nạp được 9.694 đảng viên …; trong đó 129 xã … kết nạp được 5.962 đảng viên,
  chiếm gần 62%": the part after "trong đó" over the total of the same unit before
  it: 5962/9694 = 61.50%, just under 62% ✓

The base is found by structure only (the population named by "so với dân số", or the
total a "trong đó" clause splits); when several different populations are stated the
base is ambiguous and nothing is said.
"""

from __future__ import annotations

import re

from ..records import Check
from . import vocab
from .context import Context, Fig, share_link
from .percent import judge_stated
from .templates import render
from .tolerance import num

NAME = "share"

_TRONG_DO = re.compile(r"(?:^|[,;:]\s*)trong đó\b")


def _population(ctx: Context, before: Fig) -> Fig | None:
    """The one population figure stated before ``before`` ("Dân số chung 1.009.168 người")."""
    found: list[Fig] = []
    for g in ctx.earlier(before):
        if g.exact_count and (g.unit.key in vocab.POPULATION_UNITS or g.unit.head == "người"):
            if g.unit.key == "dân" or vocab.POPULATION_BEFORE.search(ctx.before(g, 40).lower()):
                found.append(g)
    values = {g.value for g in found}
    return found[0] if len(values) == 1 else None


def _split_total(ctx: Context, part: Fig) -> Fig | None:
    """The total that a "trong đó" clause holding ``part`` splits: same unit, same sentence."""
    s, _ = ctx.sentence_span(part.sent)
    head = ctx.text[s : part.start].lower()
    marks = list(_TRONG_DO.finditer(head))
    if not marks:
        return None
    cut = s + marks[-1].start()
    for g in ctx.earlier(part, 20):
        if g.sent != part.sent:
            break
        if g.end <= cut and g.exact_count and g.unit.key == part.unit.key:
            return g if g.value > part.value else None  # type: ignore[operator]
    return None


def run(ctx: Context) -> list[Check]:
    out: list[Check] = []
    for p in ctx.figs:
        if p.type != "percent" or p.value is None:
            continue
        part = ctx.prev_in_sent(p)
        if part is None or not part.exact_count or not share_link(ctx.gap(part, p)):
            continue
        after = ctx.after(p, 60).lower()
        if vocab.TARGET_AFTER.match(after):
            continue  # "đạt 96,94% chỉ tiêu": a target, see target.py
        base: Fig | None = None
        what = ""
        if vocab.POPULATION_AFTER.match(after):
            base = _population(ctx, part)
            what = "population"
        elif "chiếm" in ctx.gap(part, p) or ctx.gap(part, p).strip() == "(":
            base = _split_total(ctx, part)
            what = "total"
        if base is None or not base.value:
            continue
        computed = 100 * part.value / base.value  # type: ignore[operator]
        pv = judge_stated(computed, p)
        if pv is None:
            continue
        base_what = (
            f"{what} {int(base.value)}",
            f"{'dân số' if what == 'population' else 'tổng số'} {int(base.value):,}".replace(
                ",", "."
            ),
        )
        why = render("share", part=part.value, base=base.value, base_what=base_what, pct=pv.phrase)
        out.append(
            ctx.check(
                NAME,
                pv.judgement.verdict,
                [part.value, base.value, pv.stated],  # type: ignore[list-item]
                [part, base, p],
                ctx.clause(part.start, p.end),
                expected=pv.calc,
                observed=num(pv.stated),
                tolerance=num(pv.judgement.tolerance, 4),
                why=why,
                rounding=pv.judgement.rounding,
            )
        )
    return out
