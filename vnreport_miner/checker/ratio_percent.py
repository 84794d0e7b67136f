"""ratio_percent: a fraction (or two counts) with the share it is said to make.

- "đã có 1.349/1.443 thôn bản có chi bộ (chiếm 93,5%)"  -> 1349/1443 = 93.49% -> 93.5% ✓
- "chiếm 0,37% (5/1.343 đơn vị)"                       -> percent first, counts in brackets
- "45 trong tổng số 50 chi bộ, đạt 90%"                -> two counts, "trong tổng số"

The percent must follow the counts in the same clause, tied by a connector ("chiếm",
"đạt", "bằng", "(") with nothing else in between; see :func:`context.share_link`.
"""

from __future__ import annotations

import re

from ..records import Check
from . import vocab
from .context import Context, Fig, as_written, share_link
from .percent import judge_stated
from .templates import render
from .tolerance import num

NAME = "ratio_percent"

# "97,5 tỷ đồng/210 tỷ đồng kế hoạch": an amount over its plan ("14/16 chỉ tiêu" counts targets)
_PLAN_AFTER = re.compile(r"^\s*(?:kế hoạch|dự toán)\b")


def _duration(f: Fig) -> bool:
    """A count of times or of time ("hai lần", "3 năm"): a label word, never a share's base."""
    key = f.unit.key.split(" ")[0] if f.unit.key else ""
    return f.type == "quantity" and (f.unit.head in vocab.TIME_UNITS or key in vocab.TIME_UNITS)


def _fraction(ctx: Context, f: Fig) -> tuple[float, float, list[Fig]] | None:
    """(numerator, denominator, figures) read at ``f``: a ratio, or "a trong tổng số b"."""
    if f.type == "ratio":
        n, d = f.m.get("numerator"), f.m.get("denominator")
        if isinstance(n, int | float) and isinstance(d, int | float):
            return float(n), float(d), [f]
        return None
    if f.exact_count:
        g = ctx.next_in_sent(f)
        if g is not None and g.exact_count and vocab.OUT_OF.match(ctx.gap(f, g)):
            return float(f.value), float(g.value), [f, g]  # type: ignore[arg-type]
    return None


def run(ctx: Context) -> list[Check]:
    out: list[Check] = []
    for f in ctx.figs:
        if f.type not in ("ratio", "quantity"):
            continue
        frac = _fraction(ctx, f)
        if frac is None:
            continue
        n, d, parts = frac
        if d <= 0 or n < 0 or n > d:
            continue
        last = parts[-1]
        pct = ctx.next_in_sent(last)
        gap = ctx.gap(last, pct) if pct is not None else ""
        if pct is not None and _duration(pct):
            # "176/182 thôn tổ chức hội nghị … mỗi năm hai lần, đạt 96,7%": a frequency or a
            # duration inside the description, not a figure of its own
            nxt = ctx.next_in_sent(pct)
            if nxt is not None:
                gap, pct = gap + "lần" + ctx.gap(pct, nxt), nxt
        if pct is None or pct.type != "percent" or not share_link(gap):
            prev = ctx.prev_in_sent(parts[0])  # "chiếm 0,37% (5/1.343 đơn vị)"
            if (
                prev is None
                or prev.type != "percent"
                or not vocab.PAREN_OPEN.match(ctx.gap(prev, parts[0]))
            ):
                continue
            pct = prev
        computed = 100 * n / d
        pv = judge_stated(computed, pct)
        if pv is None:
            continue
        verdict, key_en_vi = pv.judgement.verdict, pv.phrase
        if verdict == "inconsistent" and pv.stated and pv.judgement.key == "off":
            # "5/100 ..., chiếm 95%" may state the complement: not provably wrong
            other = judge_stated(100 - computed, pct)
            if other is not None and other.judgement.verdict == "consistent":
                verdict = "unverifiable"
        shown = (as_written(parts[0]), as_written(parts[1])) if len(parts) == 2 else (n, d)
        why = render("ratio_percent", num=shown[0], den=shown[1], pct=key_en_vi)
        figs = sorted([*parts, pct], key=lambda x: x.start)
        span = ctx.clause(figs[0].start, figs[-1].end)
        # "97,5 tỷ đồng/210 tỷ đồng kế hoạch, đạt 46,4%": the denominator is a plan, so the
        # relation is an achievement against its target (figures as target: plan, done, %)
        planned = len(parts) == 2 and bool(_PLAN_AFTER.match(ctx.after(last, 30).lower()))
        out.append(
            ctx.check(
                "target" if planned else NAME,
                verdict,
                [d, n, pv.stated] if planned else [n, d, pv.stated],
                figs,
                span,
                expected=pv.calc,
                observed=num(pv.stated),
                tolerance=num(pv.judgement.tolerance, 4),
                why=why,
                rounding=pv.judgement.rounding,
            )
        )
    return out
