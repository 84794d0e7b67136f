"""part_whole: a total and the parts the report breaks it into.

Only explicit breakdowns are tested (prefer silence to a false alarm):

- parentheses right after the total, every item a count of the total's kind:
  "106 xã, phường, thị trấn (85 xã, 11 phường, 10 thị trấn)"
- a breakdown marker after the total: "879 đồng chí, trong đó: HTXSNV có 119 đồng chí, …",
  "có 24 chi bộ: 17 chi bộ …", "gồm 85 xã, 11 phường …" (strong); "trong đó 17 chi bộ …,
  3 chi bộ …" without the colon (weak: may list subsets only);
- a footnote that breaks the total down: "13 đảng bộ trực thuộc Tỉnh ủy(1)" …
  "(1) Có 09 đảng bộ cấp huyện; 04 đảng bộ trực thuộc Tỉnh ủy.";
- sums that match a total stated elsewhere (consistent only, never an alarm):
  "115 xã, 9 phường và 5 thị trấn" … later "129 xã, phường, thị trấn";
  "23 chi bộ đạt TSVM, 1 chi bộ hoàn thành nhiệm vụ" … the 24 chi bộ stated before;
- what remains after a share: "93,5% số thôn, bản có chi bộ (còn 5 bản … và 89 bản …)"
  against the earlier 1.349/1.443.

A single subset ("trong đó có 29 xã biên giới") is never a breakdown. Parts must share
the total's unit family (``context.covers``): a total in "chi bộ" sums parts in "chi bộ",
a total of "đồng chí" graded members sums graded "đồng chí".
"""

from __future__ import annotations

import re

from ..records import Check
from . import vocab
from .context import Context, Fig, covers, descriptor, norm_descriptor, unit_info
from .templates import render
from .tolerance import decimals_of, round_half_up, truncate

NAME = "part_whole"

_SEP = re.compile(r",|;|\bvà\b")
_PAREN_AFTER = re.compile(r"^\s*(?:[^\W\d]+\s+){0,4}?\(")
_MARK_AFTER = re.compile(r"^[^\d.;,()]{0,40}?\((\d{1,2})\)")
_COLON_AFTER = re.compile(r"^\s*(?:[^\W\d]+\s+){0,3}?:\s*$")
_REMAINDER = re.compile(r"^[^\d;()]{0,60}\(\s*còn\b")
NEAR_EXHAUSTIVE = 0.8  # a marker list covering >= 80% of the total is taken as exhaustive


_WILDCARD_UNITS = frozenset({"trường hợp"})  # "xóa tên 29 trường hợp": cases of the total's kind
_WITHIN_BEFORE = re.compile(
    r"\btrong\s+(?:tổng số\s+|số\s+)?$"
)  # "trong 486 chi bộ được đánh giá có …"
_WITHIN_SENT = re.compile(r"trong (?:tổng số |số )?\d")
_WITHIN_GAP = re.compile(r"^[^\d;]{0,60}?\bcó\s*:?\s*$")


def _covers_part(total: Fig, part: Fig) -> bool:
    """``covers``, or the total's unit shortened ("7 tổ chức" after "30 tổ chức cơ sở đảng"),
    or a classifier for cases ("29 trường hợp")."""
    if covers(total.unit, part.unit):
        return True
    key = part.unit.key
    return bool(key) and (key in _WILDCARD_UNITS or total.unit.key.startswith(key + " "))


def _walk(ctx: Context, begin: int, limit: int, total: Fig, semicolons: bool) -> list[Fig]:
    """Counts listed from ``begin`` to ``limit`` that can be parts of ``total``, in order.

    Stops at a count of another kind, a new clause, or ";" (unless the list uses ";").
    """
    parts: list[Fig] = []
    cursor = begin
    for g in ctx.figs_from(begin, limit):
        gap = ctx.text[cursor : g.start]
        if parts:
            seps = list(_SEP.finditer(gap))
            if not seps:
                if g.type == "percent":  # "17 chi bộ chiếm 70%": a share of the part, skip it
                    cursor = g.end
                    continue
                break
            if ";" in gap and not semicolons:
                break
            prefix = gap[seps[-1].end() :]
        else:
            prefix = gap
        if g.type == "percent" and prefix.strip() in ("", "(", "chiếm", "(chiếm"):
            cursor = g.end
            continue
        if not g.exact_count or not _covers_part(total, g):
            break
        if len(prefix) > 45 or len(prefix.split()) > 8 or vocab.CLAUSE_OPENERS.match(prefix):
            break
        parts.append(g)
        cursor = g.end
    return parts


def _expr(parts: list[Fig]) -> str:
    return " + ".join(str(int(p.value)) for p in parts)  # type: ignore[arg-type]


def _verdict(total: Fig, parts: list[Fig], strength: str, region: str) -> tuple[str, str]:
    """(verdict, template key) for a breakdown of ``strength`` strong | paren | weak | soft."""
    s = sum(p.value for p in parts)  # type: ignore[misc]
    t = total.value
    assert t is not None
    if s == t:
        return "consistent", "part_whole.eq"
    if (
        strength == "soft"
        or vocab.OVERLAP_WORDS.search(region.lower())
        or any(p.value >= t for p in parts)
    ):  # type: ignore[operator]
        return "unverifiable", "part_whole.ne_subsets"
    if strength == "paren":
        return "inconsistent", "part_whole.ne"
    if strength == "strong" and (s > t or s >= NEAR_EXHAUSTIVE * t):
        return "inconsistent", "part_whole.ne"
    if strength == "weak" and s > t and vocab.GRADING.search(region.lower()):
        return "inconsistent", "part_whole.ne"
    return "unverifiable", "part_whole.ne_subsets"


def breakdowns(ctx: Context) -> list[tuple[Fig, list[Fig]]]:
    """Exact breakdowns found so far (total, parts): later checks may take shares of them."""
    return ctx.memo.setdefault("part_whole.breakdowns", [])  # type: ignore[return-value]


def _emit(
    ctx: Context, total: Fig, parts: list[Fig], strength: str, span: tuple[int, int], region: str
) -> Check:
    verdict, key = _verdict(total, parts, strength, region)
    s = sum(p.value for p in parts)  # type: ignore[misc]
    t = total.value
    if verdict == "consistent" and strength != "soft":
        breakdowns(ctx).append((total, parts))
    why = render(
        key, expr=_expr(parts), sum=s, total=t, unit=total.unit.head or "", diff=abs(s - t)
    )  # type: ignore[operator]
    return ctx.check(
        NAME,
        verdict,
        [t, *(p.value for p in parts)],  # type: ignore[list-item]
        [total, *parts],
        span,
        expected=s,
        observed=t,
        tolerance=0,
        why=why,
    )


def _paren(ctx: Context, f: Fig) -> Check | None:
    """ "171 chi bộ (39 chi bộ cơ sở và 132 chi bộ trực thuộc đảng ủy cơ sở)" """
    if ctx.text.find("(", f.end, f.end + 50) < 0:
        return None
    after = ctx.after(f, 200)
    hit = _PAREN_AFTER.match(after)
    if not hit:
        return None
    open_at = f.end + hit.end()
    close_at = ctx.text.find(")", open_at, open_at + 200)
    if close_at < 0 or "(" in ctx.text[open_at:close_at]:
        return None
    inside = ctx.text[open_at:close_at]
    if re.match(r"\s*trong đó", inside):
        strength = "weak"
    else:
        strength = "paren"
    parts = _walk(ctx, open_at, close_at, f, semicolons=True)
    if len(parts) < 2 or any(p.type != "quantity" for p in parts):
        return None
    # every item of the brackets must be a count: "(85 xã, 11 phường, khu kinh tế)" is not clean
    masked = list(inside)
    for p in parts:
        for k in range(p.start - open_at, p.end - open_at):
            masked[k] = "#"
    items = [it for it in _SEP.split("".join(masked)) if it.strip()]
    if len(items) != len(parts) or any("#" not in it for it in items):
        strength = "soft"
    span = ctx.clause(f.start, close_at + 1)
    return _emit(ctx, f, parts, strength, span, inside)


def _marker(ctx: Context, sent_figs: list[Fig]) -> list[Check]:
    """ "dự xếp loại 879 đồng chí, trong đó: HTXSNV có 119 đồng chí, HTTNV có 760 …" """
    out: list[Check] = []
    s, e = ctx.sentence_span(sent_figs[0].sent)
    text = ctx.text
    low_sent = text[s:e].lower()
    if (
        ":" not in low_sent
        and "trong đó" not in low_sent
        and "gồm" not in low_sent
        and "chia" not in low_sent
        and not _WITHIN_SENT.search(low_sent)
    ):
        return out
    for k, total in enumerate(sent_figs):
        if not total.exact_count or k + 1 >= len(sent_figs):
            continue
        # the first later count that this total covers, with no ";" in between
        first = None
        for g in sent_figs[k + 1 : k + 4]:
            if g.type == "quantity" and _covers_part(total, g):
                first = g
                break
        if first is None:
            continue
        between = text[total.end : first.start]
        if ";" in between or len(between) > 90:
            continue
        low = between.lower()
        mk = vocab.BREAKDOWN_STRONG.search(low)
        within = bool(
            _WITHIN_BEFORE.search(ctx.before(total, 20).lower()) and _WITHIN_GAP.match(low)
        )
        if within:  # "trong 30 tổ chức … có 7 tổ chức …, 19 tổ chức …": graded lists partition
            strength = "strong" if vocab.GRADING.search(text[first.start : e].lower()) else "weak"
        elif mk:
            strength = "strong"
        elif _COLON_AFTER.match(between) or between.strip() == ":":
            strength = "strong"
        elif vocab.BREAKDOWN_WEAK.search(low):
            strength = "weak"
        else:
            continue
        mark = (
            None
            if within
            else (vocab.BREAKDOWN_STRONG.search(low) or vocab.BREAKDOWN_WEAK.search(low))
        )
        begin = (
            first.start
            if within
            else total.end + (mark.end() if mark else len(between) - len(between.lstrip(" :")))
        )
        parts = _walk(ctx, begin, e, total, semicolons=False)
        if len(parts) < 2:
            continue
        region = text[begin : min(e, parts[-1].end + 40)]
        span = ctx.clause(total.start, parts[-1].end)
        out.append(_emit(ctx, total, parts, strength, span, region))
    return out


def _footnote(ctx: Context, f: Fig) -> Check | None:
    """ "13 đảng bộ trực thuộc Tỉnh ủy(1)" + "(1) Có 09 đảng bộ cấp huyện; 04 đảng bộ …" """
    if ctx.text.find("(", f.end, f.end + 60) < 0:
        return None
    hit = _MARK_AFTER.match(ctx.after(f, 60))
    if not hit:
        return None
    note = ctx.footnote(int(hit.group(1)), f.end)
    if note is None:
        return None
    parts = _walk(ctx, note[0], note[1], f, semicolons=True)
    if len(parts) < 2:
        return None
    # a footnote may give a partial picture: only an exact sum is a verdict
    return _emit(ctx, f, parts, "soft", ctx.sentence_claim(f), ctx.text[note[0] : note[1]])


def _runs(ctx: Context, sent_figs: list[Fig]) -> list[list[Fig]]:
    """Runs of >= 2 exact counts joined only by separators: "115 xã, 9 phường và 5 thị trấn"."""
    runs: list[list[Fig]] = []
    cur: list[Fig] = []
    for g in sent_figs:
        if g.exact_count and g.unit.head:
            if cur and vocab.SEPARATOR_GAP.match(ctx.gap(cur[-1], g)):
                cur.append(g)
                continue
            if len(cur) >= 2:
                runs.append(cur)
            cur = [g]
        else:
            if len(cur) >= 2:
                runs.append(cur)
            cur = []
    if len(cur) >= 2:
        runs.append(cur)
    return runs


def _graded_runs(ctx: Context, sent_figs: list[Fig]) -> list[list[Fig]]:
    """ "23 chi bộ đạt TSVM, 1 chi bộ hoàn thành nhiệm vụ, không có chi bộ yếu kém" """
    runs: list[list[Fig]] = []
    cur: list[Fig] = []
    for g in sent_figs:
        if g.exact_count and g.unit.head:
            if cur and cur[-1].unit.head == g.unit.head:
                gap = ctx.gap(cur[-1], g)
                if (
                    gap.count(",") == 1
                    and ";" not in gap
                    and len(gap) < 45
                    and vocab.GRADING.search(gap.lower())
                ):
                    cur.append(g)
                    continue
            if len(cur) >= 2:
                runs.append(cur)
            cur = [g]
        else:
            if len(cur) >= 2:
                runs.append(cur)
            cur = []
    if len(cur) >= 2:
        runs.append(cur)
    return runs


def _sum_matches(ctx: Context) -> list[Check]:
    out: list[Check] = []
    composite: dict[float, list[Fig]] = {}
    by_head: dict[tuple[str, float], list[Fig]] = {}
    for f in ctx.figs:
        if f.exact_count:
            if f.unit.composite:
                composite.setdefault(f.value, []).append(f)  # type: ignore[arg-type]
            if f.unit.head:
                by_head.setdefault((f.unit.head, f.value), []).append(f)  # type: ignore[arg-type]
    for sent_figs in ctx.by_sent.values():
        if len(sent_figs) < 2:
            continue
        for run in _runs(ctx, sent_figs):
            heads = [p.unit.head for p in run]
            if len(set(heads)) != len(heads) or any(p.unit.composite for p in run):
                continue
            s = sum(p.value for p in run)  # type: ignore[misc]
            for t in composite.get(s, []):
                if t in run or not all(covers(t.unit, p.unit) for p in run):
                    continue
                later = t if t.start > run[-1].start else run[0]
                span = ctx.clause(later.start, later.end if later is t else run[-1].end)
                out.append(_emit(ctx, t, run, "soft", span, ""))
                break
        for run in _graded_runs(ctx, sent_figs):
            s = sum(p.value for p in run)  # type: ignore[misc]
            head = run[0].unit.head
            cands = [
                t
                for t in by_head.get((head, s), [])
                if t.start < run[0].start and t.sent != run[0].sent
            ]  # type: ignore[arg-type]
            if cands:
                span = ctx.clause(run[0].start, run[-1].end)
                out.append(_emit(ctx, cands[-1], run, "soft", span, ""))
    return out


def _remainder(ctx: Context, f: Fig) -> Check | None:
    """ "93,5% số thôn, bản có chi bộ (còn 5 bản … và 89 bản chưa có chi bộ)" vs 1.349/1.443"""
    if ctx.text.find("(", f.end, f.end + 80) < 0:
        return None
    hit = _REMAINDER.match(ctx.after(f, 200))
    if not hit or f.value is None:
        return None
    open_at = f.end + hit.end()
    close_at = ctx.text.find(")", open_at, open_at + 200)
    if close_at < 0:
        return None
    parts = [g for g in ctx.figs_from(open_at, close_at) if g.exact_count]
    if not parts:
        return None
    d = decimals_of(f.m)
    for r in ctx.earlier(f, 60):
        if r.type != "ratio":
            continue
        n, den = r.m.get("numerator"), r.m.get("denominator")
        if not isinstance(n, int | float) or not isinstance(den, int | float) or den <= 0:
            continue
        share = 100 * n / den
        if round_half_up(share, d) != f.value and truncate(share, d) != f.value:
            continue
        if not all(covers(r.unit, p.unit) or not p.unit.fams for p in parts):
            return None
        rest = den - n
        s = sum(p.value for p in parts)  # type: ignore[misc]
        verdict = "consistent" if rest == s else "unverifiable"
        why = render("part_whole.remainder", total=den, covered=n, rest=rest, expr=_expr(parts))
        if verdict != "consistent":
            why = (why[0].replace(" = " + _expr(parts), f" vs {_expr(parts)} = {s:g}"), why[1])
        return ctx.check(
            NAME,
            verdict,
            [den, n, *(p.value for p in parts), f.value],  # type: ignore[list-item]
            [r, *parts, f],
            ctx.clause(f.start, close_at + 1),
            expected=rest,
            observed=s,
            tolerance=0,
            why=why,
        )
    return None


_ADDED_BEFORE = re.compile(r"(?:thêm|mới|được thêm)\s*$")
_RAISED_GAP = re.compile(r"^[^\d;.]{0,20}nâng\s+(?:tổng\s+)?số\b[^\d;.]{0,90}?\blên\s*$")


_RAISED_ANY = re.compile(r"nâng\s+(?:tổng\s+)?số")


def _running_total(ctx: Context, added: Fig) -> Check | None:
    """ "kết nạp thêm 1.852 đảng viên, nâng tổng số … lên 3.958 đồng chí": the total before the
    addition (3958 - 1852 = 2106) must be a count stated earlier (consistent only)."""
    if not _ADDED_BEFORE.search(ctx.before(added, 15).lower()):
        return None
    total = ctx.next_in_sent(added)
    if (
        total is None
        or not total.exact_count
        or not _RAISED_GAP.match(ctx.gap(added, total).lower())
    ):
        return None
    if not (covers(total.unit, added.unit) or covers(added.unit, total.unit)):
        return None
    prior = total.value - added.value  # type: ignore[operator]
    for g in ctx.earlier(added, 80):
        if (
            g.exact_count
            and g.value == prior
            and (covers(total.unit, g.unit) or covers(g.unit, total.unit))
        ):
            why = render("part_whole.running", prior=prior, added=added.value, total=total.value)
            return ctx.check(NAME, "consistent", [total.value, prior, added.value], [g, added, total],  # type: ignore[list-item]
                             ctx.clause(added.start, total.end), expected=prior + added.value,  # type: ignore[operator]
                             observed=total.value, tolerance=0, why=why)  # fmt: skip
    return None


_HAVE_AFTER = re.compile(r"^\s*(?:[^\W\d]+\s+){0,4}?(?:đã\s+)?có\s+([^\d,;.()]{2,30})")
_LACK = "chưa có "
_STATE_BEFORE = re.compile(
    r"(?:số|tỷ lệ)\s+([^\d;,.()%]{3,70}?)\s+(?:giảm|tăng)\s+từ[^;]{0,50}?(?:xuống còn|còn|lên)\s*$"
)
# The date of a change's start ("từ 31 (năm 2015) xuống còn 16") dates the start, not the end.
_START_DATE = re.compile(r"\btừ\s+[^\s;]+(?:\s+[^\W\d]+){0,2}\s*\([^)]{0,20}\)")
_YEAR_PAREN = re.compile(r"^\s*\((?:[^)]{0,12})(?:19|20)\d{2}\s*\)")


def _lacking_subject(ctx: Context, c: Fig) -> str:
    """What a count of units "still lacking" counts: its change subject or its own words."""
    hit = _STATE_BEFORE.search(ctx.before(c, 140).lower())
    if hit:
        return norm_descriptor(hit.group(1))
    return descriptor(ctx, c)


def _complement(ctx: Context, r: Fig) -> Check | None:
    """ "1.150/1.200 thôn đã có chi bộ" with "số thôn chưa có chi bộ … còn 50 thôn" next to it:
    1200 - 1150 = 50 (the ones still lacking)."""
    n, den = r.m.get("numerator"), r.m.get("denominator")
    if not isinstance(n, int | float) or not isinstance(den, int | float) or not 0 < n < den:
        return None
    have = _HAVE_AFTER.match(ctx.after(r, 60).lower())
    if not have or not r.unit.fams:
        return None
    what = unit_info(have.group(1)).head
    if what is None:
        return None
    rest = den - n
    for c in ctx.figs[max(0, r.i - 8) : r.i + 8]:
        if c is r or not c.exact_count or abs(c.sent - r.sent) > 1 or not c.unit.fams & r.unit.fams:
            continue
        if _YEAR_PAREN.match(ctx.after(c, 20)) or vocab.CHANGE_FROM.search(
            ctx.before(c, 8).lower()
        ):
            continue  # a start value "từ 31 (năm 2015)": another moment
        if _LACK + what not in _lacking_subject(ctx, c):
            continue
        if c.value == rest:
            verdict = "consistent"
        elif c.sent == r.sent and not vocab.TIME_MARK.search(
            _START_DATE.sub(" ", ctx.text[min(c.end, r.end) : max(c.start, r.start)].lower())
        ):
            verdict = "inconsistent"  # same sentence, same moment: the complement is provably off
        else:
            verdict = "unverifiable"
        why = render("part_whole.complement", total=den, covered=n, rest=rest, stated=c.value, what=(what, what),
                     diff=abs(rest - c.value))  # type: ignore[operator]  # fmt: skip
        if verdict == "consistent":
            why = render(
                "part_whole.remainder", total=den, covered=n, rest=rest, expr=f"{c.value:g}"
            )
        figs = sorted([r, c], key=lambda x: x.start)
        return ctx.check(NAME, verdict, [den, n, c.value], figs, ctx.clause(figs[0].start, figs[-1].end),  # type: ignore[list-item]
                         expected=rest, observed=c.value, tolerance=0, why=why)  # fmt: skip
    return None


def run(ctx: Context) -> list[Check]:
    out: list[Check] = []
    raised = bool(_RAISED_ANY.search(ctx.text))
    for sent_figs in ctx.by_sent.values():
        if len(sent_figs) >= 3:
            out.extend(_marker(ctx, sent_figs))
    for f in ctx.figs:
        if f.exact_count:
            c = _paren(ctx, f)
            if c is None:
                c = _footnote(ctx, f)
            if c is not None:
                out.append(c)
        elif f.type == "percent":
            c = _remainder(ctx, f)
            if c is not None:
                out.append(c)
        elif f.type == "ratio":
            c = _complement(ctx, f)
            if c is not None:
                out.append(c)
        if raised and f.exact_count:
            c = _running_total(ctx, f)
            if c is not None:
                out.append(c)
    out.extend(_sum_matches(ctx))
    return out
