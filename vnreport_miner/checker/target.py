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

import re
from dataclasses import replace

from ..records import Check
from . import vocab
from .context import Context, Fig, as_written, norm_words
from .context import cells as table_cells
from .percent import PercentVerdict, judge_stated
from .templates import fmt, render
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


_AVERAGE = re.compile(r"bình quân|trung bình")
_COUNT_WORDS = {
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}
# "trong 3 năm (2021-2023)", "ba năm 2021-2023", "5 năm": the span an achievement names
_CLAIM_SPAN = re.compile(
    r"\b(?:[Tt]rong\s+)?(\d{1,2}|(?i:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười))\s+năm\b"
    r"(?:\s*\(?\s*(\d{4})\s*[-–]\s*(\d{4})\s*\)?)?"
)


def _claim_years(ctx: Context, got: Fig) -> tuple[int, int, int] | None:
    """ "Trong 3 năm (2021-2023), … kết nạp được 1.012 đảng viên" or "tổng cộng 785 đảng
    viên, bằng 104,7% chỉ tiêu của ba năm 2021-2023": the achievement names its own span,
    which beats the resolution's term. Read anywhere in the achievement's sentence."""
    s, e = ctx.sentence_span(got.sent)
    hits = [
        h for h in _CLAIM_SPAN.finditer(ctx.text, s, e) if h.group(1).lower() != "năm" or h.group(2)
    ]
    if not hits:
        return None
    hit = min(hits, key=lambda h: abs(h.start() - got.start))
    word = hit.group(1)
    n = int(word) if word.isdigit() else _COUNT_WORDS[word.lower()]
    if hit.group(2):
        y0, y1 = int(hit.group(2)), int(hit.group(3))
        if y1 - y0 + 1 == n:
            return n, y0, y1
        return None
    return (n, 0, 0) if 0 < n <= 10 else None


def _same_unit(a: Fig, b: Fig) -> bool:
    """Same counted thing: the same head ("đảng viên"), or for unknown heads the same words
    ("lượt khách", "đồng") or the noun shortened on its second mention ("11 cuộc" after "12
    cuộc giám sát")."""
    if a.unit.head or b.unit.head:
        return a.unit.head == b.unit.head
    return bool(a.unit.key) and (a.unit.key == b.unit.key or _elided(a.unit.key, b.unit.key))


def _comrades(ctx: Context, a: Fig, b: Fig) -> bool:
    """ "chỉ tiêu kết nạp đảng viên năm 2023 là 1.500 đồng chí" and "1.620 đảng viên": a count
    of "đồng chí" whose own clause names the other's people noun just before it."""
    if a.unit.head == "đồng chí":
        a, b = b, a
    if b.unit.head != "đồng chí" or not a.unit.head or "person" not in a.unit.fams:
        return False
    lead = re.split(r"[;:.()]", ctx.before(b, 60).lower())[-1]
    return re.search(rf"\b{re.escape(a.unit.head)}\b", lead) is not None


def _measure(f: Fig) -> bool:
    """An exact amount: a whole count, or a measure like "52,4 triệu đồng"."""
    return f.type == "quantity" and f.qual == "exact" and f.value is not None and f.value > 0


def _target_for(ctx: Context, got: Fig) -> Fig | None:
    for g in ctx.earlier(got, 200):
        if g.type != "quantity" or g.value is None or g.qual == "max":
            continue
        if not (_same_unit(g, got) or _comrades(ctx, g, got)):
            continue
        if vocab.TARGET_BEFORE.search(ctx.before(g, 80).lower()):
            return g
    return None


def _paren_target(ctx: Context, p: Fig, got: Fig) -> Fig | None:
    """ "đạt 104,6% chỉ tiêu nghị quyết (1.000 đảng viên)": the target named right after;
    "đạt 82,4% kế hoạch (500 căn)" after "412 căn nhà" (the noun shortened);
    "đạt 120% chỉ tiêu (mỗi năm kết nạp 16 đảng viên)" (an annual target)."""
    t = ctx.next_in_sent(p)
    if t is None or not _measure(t):
        return None
    if not (_same_unit(t, got) or _elided(t.unit.key, got.unit.key)):
        return None
    return t if _PAREN_TARGET.match(ctx.gap(p, t).lower()) else None


def _elided(a: str, b: str) -> bool:
    """ "500 căn" for "412 căn nhà": one unit is the other's first words."""
    return bool(a and b) and (a.startswith(b + " ") or b.startswith(a + " "))


_PAREN_TARGET = re.compile(
    r"^\s*(?:so với\s+)?(?:chỉ tiêu|kế hoạch|mục tiêu|dự toán)[^()\d;.]{0,40}\(\s*(?:là\s+)?"
    r"(?:(?:mỗi|hằng|hàng)\s+năm(?:\s+[^\W\d]+){0,3}\s+)?$"
)
_PAREN_ANNUAL = re.compile(r"\(\s*(?:mỗi|hằng|hàng)\s+năm[^()\d]*$")
# Between the achievement and its "đạt X%": a date in brackets ("lên 52 triệu đồng (năm 2020),
# hoàn thành 104% …") or a comparison coordinated with it ("đón 6,87 triệu lượt khách, gấp 1,6
# lần cùng kỳ (4,21 triệu lượt khách) và đạt 81,4% kế hoạch").
_YEAR_BRACKET = re.compile(r"\(\s*(?:năm\s+|cuối năm\s+|đầu năm\s+)?(?:19|20)\d{2}\s*\)")
_BRACKET = re.compile(r"\([^()]*\)")
_COMPARED_THEN = re.compile(
    r"^\s*,\s*(?:gấp|tăng|giảm)\s+#(?:\s*lần|\s*%)?[^;#]{0,50}?(?:,\s*|\s+)và\s+"
    r"(?:đạt|bằng|hoàn thành)(?:\s+tỷ lệ)?\s*$"
)


def _achiever(ctx: Context, p: Fig) -> tuple[Fig | None, str]:
    """The count a target percent ``p`` is said of, and the gap to it, with durations ("kết nạp
    42 đảng viên trong 3 năm, bằng 140% …"), bracketed comparison values and a coordinated
    comparison ("gấp 1,6 lần cùng kỳ (…) và đạt 81,4%") stepped over."""
    got = ctx.prev_in_sent(p)
    skipped = 0
    while got is not None and skipped < 3:
        key = got.unit.key.split(" ")[0] if got.unit.key else ""
        bracketed = ctx.text[max(0, got.start - 2) : got.start].rstrip().endswith("(") and ctx.text[
            got.end : got.end + 2
        ].lstrip().startswith(")")
        if (
            got.unit.head in vocab.TIME_UNITS
            or key in vocab.TIME_UNITS
            or key == "lần"
            or bracketed
            or got.type == "percent"
            and skipped
        ):
            got = ctx.prev_in_sent(got)
            skipped += 1
            continue
        break
    if got is None:
        return None, ""
    raw = ctx.gap(got, p)
    if not skipped:
        return got, _YEAR_BRACKET.sub(" ", raw) if "(" in raw else raw
    # mask the stepped-over figures, then accept a duration or a coordinated comparison only
    chars = list(raw)
    for g in ctx.figs_from(got.end, p.start):
        for k in range(g.start - got.end, g.end - got.end):
            chars[k] = "#"
    masked = re.sub(r"#+", "#", "".join(chars))
    masked = _BRACKET.sub(" ", masked)
    if _COMPARED_THEN.match(masked):
        return got, ", đạt "
    dur = re.sub(r"^\s*(?:trong|sau|qua)\s+#(?:\s+[^\W\d]+)?\s*", " ", masked)
    if "#" not in dur:
        return got, dur
    return None, ""


# "…, đạt 61,4% kế hoạch …" after a long description of the achievement: the tail after the
# last comma holds the verb, the head is a description (no new subject, no figure).
_ACHIEVED_TAIL = re.compile(r"^\s*(?:đạt|bằng|vượt|hoàn thành)(?:\s+tỷ lệ)?\s*$")


def _achieved_gap(gap: str, long_ok: bool, words: int = 10) -> bool:
    if vocab.ACHIEVED_GAP.match(gap) or _EXCEED_GAP.match(gap):
        return True
    if not long_ok or ";" in gap or any(ch.isdigit() for ch in gap) or "," not in gap:
        return False
    head, _, tail = gap.rpartition(",")
    return (
        bool(_ACHIEVED_TAIL.match(tail))
        and len(head.split()) <= words
        and not vocab.NEW_SUBJECT.search(head)
    )


# -- a target tied to its achievement by the text itself ----------------------------------------
# "Nghị quyết đề ra chỉ tiêu kết nạp 200 đảng viên; kết quả kết nạp được 214 đảng viên, đạt 107%":
# the target named right before its count (no figure between), the achievement in the same or the
# next sentence, labelled as the result ("kết quả", "thực hiện", "đã … được") or done by the same
# verb as the target, and no other count of the unit between them.
_TIGHT_TARGET_BEFORE = re.compile(
    r"(?:chỉ tiêu|kế hoạch|mục tiêu|phấn đấu|đề ra|được giao|dự toán)[^.;\d%]{0,50}$"
)
_YEAR = re.compile(r"\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\b")
_RESULT_CUE = re.compile(r"\b(?:kết quả|thực hiện|thực tế|đã|được|đạt được)\b")
_VERB_SKIP = frozenset({"được", "đã", "là", "có", "thêm", "mới", "cho", "tổng", "số"})
# A percent that closes its clause with no base named after it: "…, đạt 107%." / "đạt 107%;"
_ACHIEVED_END = re.compile(r"(?:đạt|bằng|hoàn thành)(?:\s+tỷ lệ)?\s*$")
_BARE_PCT_END = re.compile(r"^\s*\)?\s*(?:[.;]|,\s*(?!so với|bằng|tăng|giảm|cao hơn|thấp hơn)|$)")
# The period a target is set for, named in its clause: "nhiệm kỳ 2020-2025", "đến năm 2025".
_TARGET_PERIOD = re.compile(r"(?:nhiệm kỳ|giai đoạn)\s+\d{4}\s*[-–]\s*\d{4}|\bnăm\s+\d{4}\b")


def _verbs(ctx: Context, f: Fig) -> set[str]:
    """The content words just before a count: "kết nạp được 214" -> {"kết", "nạp"}."""
    before = re.split(r"[,;:()]", ctx.before(f, 30).lower())[-1]
    words = [w for w in norm_words(before).split() if not w.isdigit()]
    return {w for w in words[-3:] if w not in _VERB_SKIP}


def _tight_target(ctx: Context, got: Fig) -> Fig | None:
    """The target of ``got`` when the text ties them (see above), else None."""
    for g in ctx.earlier(got, 12):
        if got.sent - g.sent > 1:
            return None
        if g.type != "quantity" or g.value is None:
            continue
        if not (_same_unit(g, got) or _comrades(ctx, g, got)):
            continue
        before = _YEAR.sub("năm", ctx.before(g, 80).lower())  # "chỉ tiêu năm 2023 kết nạp 60"
        if g.qual == "max" or not _TIGHT_TARGET_BEFORE.search(before):
            return None  # the nearest count of the unit is not the target: nothing is tied
        between = ctx.text[g.end : got.start].lower()
        if _RESULT_CUE.search(between) or _verbs(ctx, g) & _verbs(ctx, got):
            return g
        return None
    return None


_EXCEED_GAP = re.compile(r"^[^\d;.]{0,12}?vượt(?:\s+mức)?\s*$")


def _judge(computed: float, p: Fig, exceed: bool) -> PercentVerdict | None:
    """ "vượt 6% chỉ tiêu" states the excess (106% - 100%); "vượt 106%" the achievement itself."""
    if not exceed:
        return judge_stated(computed, p)
    pv = judge_stated(computed - 100, p)
    if pv is not None and pv.judgement.verdict != "consistent":
        alt = judge_stated(computed, p)
        if alt is not None and alt.judgement.verdict == "consistent":
            return alt
    return pv


def run(ctx: Context) -> list[Check]:
    out: list[Check] = []
    for p in ctx.figs:
        if p.type != "percent" or p.value is None:
            continue
        after = ctx.after(p, 30).lower()
        named = bool(vocab.TARGET_AFTER.match(after))
        if not named and not (
            _BARE_PCT_END.match(after) and _ACHIEVED_END.search(ctx.before(p, 25).lower())
        ):
            continue
        got, gap = _achiever(ctx, p)
        if got is None or not _measure(got) or not (got.unit.head or got.unit.key):
            continue
        paren, tight = None, None
        if not named:  # "…, đạt 107%." is a target's only when the text ties the two
            if not vocab.ACHIEVED_GAP.match(gap) or "vượt" in gap:
                continue
            tight = _tight_target(ctx, got)
            if tight is None:
                continue
        else:
            paren = _paren_target(ctx, p, got)
            if not _achieved_gap(gap, long_ok=paren is not None):
                # a long description of the achievement: "kết nạp được 66 đảng viên là quần
                # chúng ưu tú …, đạt 110% chỉ tiêu" — only against a target in the same sentence
                if not _achieved_gap(gap, True, 30):
                    continue
                tight = _tight_target(ctx, got)
                if tight is None or tight.sent != got.sent:
                    continue
        exceed = bool(
            _EXCEED_GAP.match(gap)
            or _ACHIEVED_TAIL.match(gap.rpartition(",")[2])
            and "vượt" in gap.rpartition(",")[2]
        )
        target = paren or tight or _target_for(ctx, got)
        if target is None or not target.value:
            continue
        if paren is None and _other_year(ctx, target, got):
            continue
        annual = bool(vocab.ANNUAL.search(ctx.before(target, 60).lower()))
        if paren is not None and not _PAREN_ANNUAL.search(ctx.before(target, 30).lower()):
            annual = False
        figs = sorted([target, got, p], key=lambda x: x.start)
        claim = ctx.clause(figs[0].start if paren else got.start, figs[-1].end)
        claim_text = ctx.text[claim[0] : claim[1]].lower()
        if annual and vocab.ONE_YEAR.search(claim_text) and not vocab.MULTI_YEAR.search(claim_text):
            annual = (
                False  # "Năm 2021 … đạt 95,7% chỉ tiêu năm": one year against the annual target
            )
        if annual:
            term = _claim_years(ctx, got) or _term(ctx, target)
            if term is None:
                continue
            years, y0, y1 = term
            goal = target.value * years
        else:
            goal = target.value
        computed = 100 * got.value / goal  # type: ignore[operator]
        pv = _judge(computed, p, exceed)
        rivals = [g for g in ctx.by_sent.get(p.sent, []) if g.end <= got.start and g is not target
                  and _measure(g) and _same_unit(g, got)]  # fmt: skip
        average = bool(_AVERAGE.search(ctx.before(got, 30).lower()))
        if pv is not None and pv.judgement.verdict == "inconsistent" and rivals and average:
            # "kết nạp 1.012 đảng viên, bình quân mỗi năm 337 đảng viên, vượt 5,4%": the percent
            # may be of an earlier count of the clause; a fit wins, otherwise nothing is proven
            for g in reversed(rivals):
                alt = _judge(100 * g.value / goal, p, exceed)  # type: ignore[operator]
                if alt is not None and alt.judgement.verdict == "consistent":
                    got, computed, pv = g, 100 * g.value / goal, alt  # type: ignore[operator]
                    figs = sorted([target, got, p], key=lambda x: x.start)
                    break
            else:
                pv = replace(pv, judgement=replace(pv.judgement, verdict="unverifiable"))
        shown_goal = as_written(target) * (goal / target.value)
        shown_got = as_written(got)
        if pv is None:
            continue
        phrase = pv.phrase
        if exceed and abs(pv.calc - computed) > 1e-6:  # judged as the excess over 100%
            full = round(computed, 2)
            phrase = (
                f"{fmt(full, 'en')}%, excess {phrase[0]}",
                f"{fmt(full, 'vi')}%, vượt {phrase[1]}",
            )
        if annual:
            span_years = (f"{y0}", f"{y0}"), (f"{y1}", f"{y1}")
            why = render("target.term", target=target.value, years=years, y0=span_years[0], y1=span_years[1],
                         goal=goal, got=got.value, pct=phrase)  # fmt: skip
        else:
            why = render("target.total", goal=shown_goal, got=shown_got, pct=phrase)
        verdict = pv.judgement.verdict
        if (
            verdict == "inconsistent"
            and vocab.SO_FAR.search(claim_text)
            and (annual or paren is None)
            and not (not annual and _explicit_goal(ctx, target, got, p))
        ):
            # "so far" leaves the years elapsed unknown, which only matters when the goal is
            # computed (an annual target x years, or a target found earlier by search); a goal
            # named in brackets after the percent ("đạt 56,5% chỉ tiêu năm (280 đảng viên)") is
            # the very base of the stated percent, whatever time has passed
            verdict = "unverifiable"
            why = render("target.so_far", pct=why)
        if paren is None and verdict == "consistent":
            plans(ctx).append((target, got))
        out.append(
            ctx.check(
                NAME,
                verdict,
                [shown_goal, shown_got, pv.stated],
                figs,
                claim,  # type: ignore[list-item]
                expected=pv.calc,
                observed=num(pv.stated),
                tolerance=num(pv.judgement.tolerance, 4),
                why=why,
                rounding=pv.judgement.rounding,
            )  # fmt: skip
        )
    out.extend(_plan_earlier(ctx))
    out.extend(_table(ctx))
    out.extend(_still_to_do(ctx))
    out.extend(_rate_vs_target(ctx))
    return out


_ONE_YEAR_NAMED = re.compile(
    r"(?<!đến )(?<!trước )(?<!hết )\bnăm\s+((?:19|20)\d{2})\b(?!\s*[-–]\s*\d)"
)


def _other_year(ctx: Context, target: Fig, got: Fig) -> bool:
    """ "Chỉ tiêu năm 2023 kết nạp 60 đảng viên. Năm 2022 đã kết nạp được 48 đảng viên": a target
    and an achievement found apart, each dated to a single year, and not the same year."""
    if target.sent == got.sent:
        return False
    ts, _ = ctx.sentence_span(target.sent)
    gs, _ = ctx.sentence_span(got.sent)
    t_years = set(_ONE_YEAR_NAMED.findall(ctx.text[ts : target.start].lower()))
    g_years = set(_ONE_YEAR_NAMED.findall(ctx.text[gs : got.start].lower()))
    return len(t_years) == 1 and bool(g_years) and not t_years & g_years


def _explicit_goal(ctx: Context, target: Fig, got: Fig, p: Fig) -> bool:
    """A whole target stated with its period in the achievement's sentence and tied to it:
    "chỉ tiêu nhiệm kỳ 2020-2025 kết nạp 500 đảng viên; đến nay đã kết nạp được 430 đảng viên,
    đạt 90% chỉ tiêu" states 430/500 whatever time has passed."""
    if target.sent != p.sent or _tight_target(ctx, got) is not target:
        return False
    clause = ctx.clause(target.start, target.end)
    return bool(_TARGET_PERIOD.search(ctx.text[clause[0] : target.start]))


def plans(ctx: Context) -> list[tuple[Fig, Fig]]:
    """(plan, done) pairs found so far, for "còn … để hoàn thành kế hoạch"."""
    return ctx.memo.setdefault("target.plans", [])  # type: ignore[return-value]


# -- tables: "Chỉ tiêu | Kế hoạch năm 2021 | Thực hiện … | Tỷ lệ so với kế hoạch" -------------
_PLAN_HEAD = re.compile(r"kế hoạch|chỉ tiêu|mục tiêu|được giao|dự toán")
_DONE_HEAD = re.compile(r"thực hiện|kết quả|đạt được|ước đạt|lũy kế|đã đạt")
_PCT_HEAD = re.compile(r"tỷ lệ|tỉ lệ|%|so với")
_OTHER_BASE = re.compile(r"cùng kỳ|năm trước|tăng|giảm|dân số|tổng số")


def _columns(ctx: Context, header: list[tuple[int, int]]) -> tuple[int, int, int] | None:
    """(plan, done, percent) column indexes named by the header, or None when unclear."""
    heads = [ctx.text[a:b].lower() for a, b in header]
    pct = [k for k, h in enumerate(heads) if _PCT_HEAD.search(h)]
    plan = [k for k, h in enumerate(heads) if _PLAN_HEAD.search(h) and k not in pct and k > 0]
    done = [
        k for k, h in enumerate(heads) if _DONE_HEAD.search(h) and k not in pct and k not in plan
    ]
    if len(pct) != 1 or len(plan) != 1 or len(done) != 1 or _OTHER_BASE.search(heads[pct[0]]):
        return None
    return plan[0], done[0], pct[0]


def _table(ctx: Context) -> list[Check]:
    out: list[Check] = []
    text = ctx.text
    if "|" not in text and "\t" not in text:
        return out
    cols: tuple[int, int, int] | None = None
    width = 0
    for line in re.finditer(r"[^\n]+", text):
        s, e = line.span()
        if "|" not in line.group() and "\t" not in line.group():
            cols = None
            continue
        cells = table_cells(ctx, s, e)
        figs = ctx.figs_from(s, e)
        if len(cells) >= 3 and not any(f.type == "percent" for f in figs):
            named = _columns(ctx, cells)  # a header row names the columns ("Thực hiện 6 tháng")
            if named is not None or not figs:
                cols, width = named, len(cells)
                continue
        if cols is None or len(cells) != width:
            continue
        picked = []
        for k in cols:
            inside = [f for f in figs if cells[k][0] <= f.start and f.end <= cells[k][1]]
            picked.append(inside[0] if len(inside) == 1 else None)
        plan, done, pct = picked
        if plan is None or done is None or pct is None or pct.type != "percent":
            continue
        if not (_measure(plan) and _measure(done) and _same_unit(plan, done)):
            continue
        pv = judge_stated(100 * done.value / plan.value, pct)  # type: ignore[operator]
        if pv is None:
            continue
        plans(ctx).append((plan, done))
        why = render("target.table", goal=plan.value, got=done.value, pct=pv.phrase)
        out.append(ctx.check(NAME, pv.judgement.verdict, [plan.value, done.value, pv.stated],  # type: ignore[list-item]
                             [plan, done, pct], (cells[0][0], cells[-1][1]), expected=pv.calc,
                             observed=num(pv.stated), tolerance=num(pv.judgement.tolerance, 4), why=why,
                             rounding=pv.judgement.rounding))  # fmt: skip
    return out


# -- what is left to do: "kết nạp ít nhất 488 đảng viên để hoàn thành kế hoạch" ---------------
_TO_COMPLETE = re.compile(
    r"^[^.;\d]{0,30}?để\s+(?:hoàn thành|đạt)\s+(?:kế hoạch|chỉ tiêu|mục tiêu)"
)


def _still_to_do(ctx: Context) -> list[Check]:
    out: list[Check] = []
    found = plans(ctx)
    if not found or "để " not in ctx.text:
        return out
    for q in ctx.figs:
        if q.type != "quantity" or q.value is None or q.qual == "max":
            continue
        if not _TO_COMPLETE.match(ctx.after(q, 60).lower()):
            continue
        for plan, done in found:
            if done.start < q.start and _same_unit(plan, q) and plan.value - done.value == q.value:  # type: ignore[operator]
                why = render("target.left", goal=plan.value, got=done.value, left=q.value)
                out.append(ctx.check(NAME, "consistent", [plan.value, done.value, q.value], [plan, done, q],  # type: ignore[list-item]
                                     ctx.clause(q.start, q.end), expected=plan.value - done.value,  # type: ignore[operator]
                                     observed=q.value, tolerance=0, why=why))  # fmt: skip
                break
    return out


# -- a rate said to beat its target: "tỷ lệ … đạt 92%, vượt chỉ tiêu nghị quyết" -------------
_BEATS_AFTER = re.compile(
    r"^\s*,?\s*(vượt|đạt|chưa đạt|không đạt)\s+(?:chỉ tiêu|mục tiêu|kế hoạch)(?!\s*\d)"
)
_RATE_SUBJECT = re.compile(r"(?:tỷ lệ|tỉ lệ)\s+([^\d;,.()%]{3,80}?)\s+(?:đạt|là|chiếm|bằng)\s*$")
_STOP = frozenset(
    {"được", "của", "các", "số", "có", "từ", "trở", "lên", "là", "đạt", "xếp", "loại"}
)


_RATIO_RATE_GAP = re.compile(r"^([^\d;%()]{0,60}?),\s*(?:đạt|bằng)(?:\s+tỷ lệ)?\s*$")
_TARGET_DESC = re.compile(r"[^;.\d%]{0,100}")
_GENERIC_VERBS = frozenset({"thực", "hiện", "đã", "đến", "nay"})


def _words(s: str) -> set[str]:
    return set(norm_words(s).split()) - _STOP


def _rate_vs_target(ctx: Context) -> list[Check]:
    """Consistent when the comparison the report states holds; never an alarm (the target is
    matched to the rate by its words, a loose tie)."""
    out: list[Check] = []
    if "chỉ tiêu" not in ctx.text and "mục tiêu" not in ctx.text and "kế hoạch" not in ctx.text:
        return out
    for p in ctx.figs:
        if p.type != "percent" or p.value is None:
            continue
        hit = _BEATS_AFTER.match(ctx.after(p, 40).lower())
        if not hit:
            continue
        subj = _RATE_SUBJECT.search(ctx.before(p, 100).lower())
        ratio, values = None, [p.value]
        if subj:
            want = _words(subj.group(1))
        else:
            # "22/29 xã, thị trấn thực hiện, đạt 75,9%, vượt chỉ tiêu": the fraction is the subject
            ratio = ctx.prev_in_sent(p)
            if ratio is None or ratio.type != "ratio":
                continue
            gap = ctx.gap(ratio, p).lower()
            n, den = ratio.m.get("numerator"), ratio.m.get("denominator")
            if (
                not _RATIO_RATE_GAP.match(gap)
                or not isinstance(n, int | float)
                or not isinstance(den, int | float)
                or den <= 0
            ):
                continue
            want = (
                _words(ratio.unit.key + " " + _RATIO_RATE_GAP.match(gap).group(1)) - _GENERIC_VERBS
            )
            values.append(100 * n / den)  # the rate as computed, should the stated one be off
        for t in ctx.earlier(p, 200):
            if t.type != "percent" or t.value is None or t.qual == "max":
                continue
            if not vocab.TARGET_BEFORE.search(ctx.before(t, 80).lower()):
                continue
            if ratio is None:
                near = _words(ctx.text[max(0, t.start - 60) : t.end + 100])
            else:  # the target's own description: "từ 80% trở lên xóm, tổ dân phố có chi bộ riêng"
                near = _words(_TARGET_DESC.match(ctx.text, t.end).group(0))  # type: ignore[union-attr]
            if len(want) < 3 or not want <= near:
                continue
            verb = hit.group(1)
            holds = all(
                v > t.value if verb == "vượt" else v >= t.value if verb == "đạt" else v < t.value
                for v in values
            )
            why = render(
                "target.rate" if holds else "target.rate_not",
                got=p.value,
                target=t.value,
                said=(t.m.text, t.m.text),
                verb=(verb, verb),
            )
            shown = [p.value, t.value]
            if ratio is not None:
                shown = [ratio.m.get("numerator"), ratio.m.get("denominator"), *shown]  # type: ignore[list-item]
            out.append(ctx.check(NAME, "consistent" if holds else "unverifiable", shown,
                                 [t, p] if ratio is None else [t, ratio, p],
                                 ctx.clause(p.start, p.end), expected=t.value, observed=p.value, tolerance=0,
                                 why=why))  # fmt: skip
            break
    return out


# -- "huyện đã hoàn thành 88,9% chỉ tiêu Nghị quyết" with no count in its sentence: the plan is the
# target stated just before ("mục tiêu … có ít nhất 18 xã đạt chuẩn"), the achievement a count of
# the same noun before it ("16/22 xã đã đạt chuẩn"). Found by search: a fit is told, a miss is not.
_BARE_ACHIEVED = re.compile(r"(?:đạt|hoàn thành|bằng)(?:\s+được)?\s*$")


def _plan_earlier(ctx: Context) -> list[Check]:
    out: list[Check] = []
    for p in ctx.figs:
        if p.type != "percent" or p.value is None or ctx.prev_in_sent(p) is not None:
            continue
        if not vocab.TARGET_AFTER.match(ctx.after(p, 30).lower()):
            continue
        if not _BARE_ACHIEVED.search(ctx.before(p, 30).lower()):
            continue
        target = next((g for g in ctx.earlier(p, 20) if p.sent - g.sent <= 1 and g.type == "quantity"
                       and g.value and g.qual != "max"
                       and vocab.TARGET_BEFORE.search(ctx.before(g, 80).lower())), None)  # fmt: skip
        if target is None:
            continue
        for got in ctx.earlier(target, 30):
            if target.sent - got.sent > 3:
                break
            if got.type == "ratio":
                n = got.m.get("numerator")
                value = float(n) if isinstance(n, int | float) else None
            else:
                value = got.value if _measure(got) else None
            if value is None or value == target.value or not _same_unit(got, target):
                continue
            pv = judge_stated(100 * value / target.value, p)  # type: ignore[operator]
            if pv is None or pv.judgement.verdict != "consistent":
                continue
            why = render("target.total", goal=as_written(target), got=value, pct=pv.phrase)
            out.append(ctx.check(NAME, "consistent", [target.value, value, pv.stated], [got, target, p],  # type: ignore[list-item]
                                 ctx.clause(p.start, p.end), expected=pv.calc, observed=num(pv.stated),
                                 tolerance=num(pv.judgement.tolerance, 4), why=why,
                                 rounding=pv.judgement.rounding))  # fmt: skip
            break
    return out
