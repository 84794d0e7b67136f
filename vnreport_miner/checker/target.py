"""target: an achievement against a target stated earlier.

"phấn đấu hằng năm kết nạp 2.000 đảng viên" (resolution for 2016-2020) … "kết nạp được
9.694 đảng viên, đạt 96,94% chỉ tiêu nghị quyết": 2000/yr x 5 yrs = 10000;
9694/10000 = 96.94% ✓.

An annual target is multiplied by the years of the term or phase it belongs to (the
nearest "nhiệm kỳ 2015-2020" / "giai đoạn 2016-2020" around the target). When the
achievement is counted only "so far" ("Từ đầu nhiệm kỳ đến nay") the years elapsed are
unknown, so a miss is ``unverifiable``, never an alarm.
"""

from __future__ import annotations

from ..records import Check
from . import vocab
from .context import Context, Fig
from .percent import judge_stated
from .templates import render
from .tolerance import num

NAME = "target"


def _term(ctx: Context, target: Fig) -> tuple[int, int, int] | None:
    """(years, start, end) of the period the target is set for, read near the target."""
    s, e = ctx.sentence_span(target.sent)
    lo = max(0, s - 600)  # the resolution is usually named in the sentence or just before
    best = None
    for hit in vocab.TERM_YEARS.finditer(ctx.text, lo, e):
        y0, y1 = int(hit.group(2)), int(hit.group(3))
        if not 0 < y1 - y0 <= 10:
            continue
        # a Party term "2015-2020" spans 5 years; a phase "2016-2020" counts both ends
        years = y1 - y0 if hit.group(1).lower() == "nhiệm kỳ" else y1 - y0 + 1
        best = (years, y0, y1)  # the last one before the end of the target sentence wins
    return best


def _target_for(ctx: Context, got: Fig) -> Fig | None:
    for g in ctx.earlier(got, 200):
        if (
            g.type != "quantity"
            or g.value is None
            or g.unit.head != got.unit.head
            or g.qual == "max"
        ):
            continue
        if vocab.TARGET_BEFORE.search(ctx.before(g, 60).lower()):
            return g
    return None


def run(ctx: Context) -> list[Check]:
    out: list[Check] = []
    for p in ctx.figs:
        if p.type != "percent" or p.value is None:
            continue
        got = ctx.prev_in_sent(p)
        if got is None or not got.exact_count or got.unit.head is None:
            continue
        if not vocab.ACHIEVED_GAP.match(ctx.gap(got, p)):
            continue
        if not vocab.TARGET_AFTER.match(ctx.after(p, 30).lower()):
            continue
        target = _target_for(ctx, got)
        if target is None or not target.value:
            continue
        annual = bool(vocab.ANNUAL.search(ctx.before(target, 60).lower()))
        figs = [target, got, p]
        claim = ctx.clause(got.start, p.end)
        claim_text = ctx.text[claim[0] : claim[1]].lower()
        if annual and vocab.ONE_YEAR.search(claim_text):
            annual = (
                False  # "Năm 2021 … đạt 95,7% chỉ tiêu năm": one year against the annual target
            )
        if annual:
            term = _term(ctx, target)
            if term is None:
                continue
            years, y0, y1 = term
            goal = target.value * years
        else:
            goal = target.value
        computed = 100 * got.value / goal  # type: ignore[operator]
        pv = judge_stated(computed, p)
        if pv is None:
            continue
        if annual:
            why = render(
                "target.term",
                target=target.value,
                years=years,
                y0=y0,
                y1=y1,
                goal=goal,
                got=got.value,
                pct=pv.phrase,
            )
        else:
            why = render("target.total", goal=goal, got=got.value, pct=pv.phrase)
        verdict = pv.judgement.verdict
        if verdict == "inconsistent" and vocab.SO_FAR.search(claim_text):
            verdict = "unverifiable"
            why = render("target.so_far", pct=why)
        out.append(
            ctx.check(
                NAME,
                verdict,
                [target.value, got.value, pv.stated],  # type: ignore[list-item]
                figs,
                claim,
                expected=pv.calc,
                observed=num(pv.stated),
                tolerance=num(pv.judgement.tolerance, 4),
                why=why,
                rounding=pv.judgement.rounding,
            )
        )
    return out
