"""repeat: the same quantity of the same thing stated twice.

- the same denominator in two fractions of one unit: "1.146/1.443 thôn, bản …" and
  "1.349/1.443 thôn bản có chi bộ" -> 1443 = 1443 ✓
- a total stated in the profile and reused as a denominator: "… 1.200 thôn, tổ dân phố"
  then "1.150/1.200 thôn, tổ dân phố đã có chi bộ" -> 1200 = 1200 ✓
- the same count and unit: "82 biểu hiện suy thoái" … "82 biểu hiện suy thoái" ✓
- the end of a change restated later by what it counts: "số bản chưa có đảng viên giảm
  từ 20 xuống còn 4 bản" … "4 bản còn “trắng” đảng viên" ✓ (small counts too: the
  descriptor, not the number, ties them)
- the same percent of the same thing: "(chiếm 93,5%)" in a clause about "thôn bản có
  chi bộ", then "93,5% số thôn, bản có chi bộ" ✓

Two different values for the same unit are common and legitimate (another year, another
subset: "5/1.343 đơn vị" in 2016, "9/2.725 chi bộ" in 2018), so a difference is called
inconsistent only in one tight shape, a restated profile: two clauses that each pair
the same anchor count ("18 chi bộ") with a count of members of one unit ("356 đảng
viên" / "365 đảng viên"), neither naming a year or period, the later one naming no
other place and no subset ("mới", "được kết nạp", "nữ" …). A full fraction against the
profile's count of its units is another ("Xã có 9 thôn" … "8/8 thôn có nhà văn hóa": 9 ≠ 8),
told only as a slip of the one stock of that noun with no subset, program, exception, moment,
place or merger near it (``_full_fraction_profile``). Anything looser is silence.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from ..extractors.figures.rules import counted_noun_pattern
from ..records import Check
from . import vocab
from .change import pairs as change_pairs
from .change import table_totals
from .context import (
    Context,
    Fig,
    as_written,
    change_subject,
    descriptor,
    half_unit,
    kin,
    norm_descriptor,
    norm_words,
    reference_level,
    same_thing,
    unit_info,
    without_classifier,
)
from .tables import cell_fig, synthetic, table_rows
from .templates import render
from .tolerance import swapped_digits as _swapped

NAME = "repeat"

# Explanations of this module not yet folded into templates.TEMPLATES (registered at import).


MIN_VALUE = 10  # small counts (1 lần, 3 chi bộ) repeat by chance
_HEAD_OF = re.compile(r"(chi hội|chi đoàn|tổ|thôn|bản)\s+trưởng")  # the head of each unit
MIN_ANCHOR = 5  # the shared anchor of a restated profile ("18 chi bộ")
_PCT_SUBJECT = re.compile(r"^\s*(?:của\s+)?(?:số\s+)?([^\d;()]{6,60}?)\s*(?=[;(]|,\s*\S*\d|$)")
# Words that make a count a subset or a flow, not the standing total of members.
_SUBSET = re.compile(
    r"\b(?:mới|kết nạp|được|nữ|trẻ|dân tộc|dự|tham gia|xếp loại|đánh giá|tăng|giảm|thêm|"
    r"trong đó|chuyển|khai trừ|xóa tên|vi phạm|kỷ luật|ưu tú|tuổi|chính thức|thường xuyên|"
    r"đang|có mặt|đủ điều kiện)\b"
)
# those an activity reached, unless all of them: "18 chi bộ … đã tổ chức cho 342 đảng viên học tập"
_REACHED = re.compile(r"\b(?:tổ chức cho|học tập|quán triệt|tham dự)\b")
_ALL_OF = re.compile(r"\b(?:toàn bộ|tất cả|toàn thể|100%)")
_PROPER = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\wÀ-ỹ]*(?:\s+[A-ZĐ][\wÀ-ỹ]*)+")


def _emit(ctx: Context, first: Fig, second: Fig, a: float, what: str) -> Check:
    why = render("repeat.same", what=(what, what), a=a, b=a)
    return ctx.check(NAME, "consistent", [a, a], [first, second], ctx.clause(second.start, second.end),
                     expected=a, observed=a, tolerance=0, why=why)  # fmt: skip


def _other_years(ctx: Context, g: Fig, f: Fig) -> bool:
    """Are the two counts labelled by two different years right before them?"""
    a = vocab.YEAR_LABEL_BEFORE.search(ctx.before_low(g, 20))
    b = vocab.YEAR_LABEL_BEFORE.search(ctx.before_low(f, 20))
    return a is not None and b is not None and a.group(1) != b.group(1)


def _denominator(f: Fig) -> float | None:
    d = f.m.get("denominator")
    return float(d) if isinstance(d, int | float) and d >= MIN_VALUE else None


def _small_denominator(ctx: Context, f: Fig) -> Fig | None:
    """A small denominator ("6/8 tổ chức đảng") is the count stated just before it when that is
    the nearest count of the very same unit words, in its sentence or the two before ("kiểm
    tra 8 tổ chức đảng và 64 đảng viên. Kết luận 6/8 tổ chức đảng có vi phạm")."""
    d = f.m.get("denominator")
    if not isinstance(d, int) or not 2 <= d < MIN_VALUE or not f.unit.key:
        return None
    short: Fig | None = None
    named = _named_item(ctx, f, d)
    if named is not None:
        return named
    for g in ctx.earlier(f, 40):
        if f.sent - g.sent > 6:
            break
        if g.type != "quantity" or not g.exact_count:
            continue
        if g.unit.key == f.unit.key and _bracket_item(ctx, g):
            continue  # "4 trường (1 trường mầm non, 2 …); 3/4 trường": an item of the count
        if g.unit.key == f.unit.key:
            return g if g.value == d else None
        if short is None and _shortened(g, f):
            short = g  # the same words shortened: only when no count of the very words is nearer
    if short is not None:
        return short if short.value == d else None
    return _profile_count(ctx, f, d)


_NAMED_REACH = 40  # sentences: the very words name the count however far back (equal only)


def _named_item(ctx: Context, f: Fig, d: int) -> Fig | None:
    """The nearest earlier count of the fraction's noun said with the same next word, when it is
    the denominator: "9 chi bộ trực thuộc (7 chi bộ ấp, 2 chi bộ trường học) … 5/7 chi bộ ấp"
    (a fit: the unit alone would take the nearer "2 chi bộ")."""
    nxt = descriptor(ctx, f).split()[len(f.unit.key.split()) :][:1]
    if not nxt:
        return None
    want = f"{f.unit.key} {nxt[0]}"
    for g in ctx.earlier(f, 200):
        if f.sent - g.sent > _NAMED_REACH:
            break
        if g.type == "quantity" and g.exact_count and g.unit.key == f.unit.key:
            if f"{descriptor(ctx, g)} ".startswith(want + " "):
                return g if g.value == d else None
    return None


def _bracket_item(ctx: Context, g: Fig) -> bool:
    """Is ``g`` inside a bracket of its sentence that opens right after a count of its unit?"""
    s, _ = ctx.sentence_span(g.sent)
    opened = ctx.text.rfind("(", s, g.start)
    if opened < 0 or ctx.text.rfind(")", s, g.start) > opened:
        return False
    h = ctx.prev_in_sent(g)
    while h is not None and h.end > opened:
        h = ctx.prev_in_sent(h)
    return h is not None and h.unit.key == g.unit.key and not ctx.text[h.end : opened].strip()


def _profile_count(ctx: Context, f: Fig, d: int) -> Fig | None:
    """The report's first count of the very unit words, sections before, when it is the
    denominator: "Xã có 8 thôn …" … "8/8 thôn đạt chuẩn văn hóa", "5/8 thôn". Told only as a
    restatement that agrees (a fit): a smaller or larger denominator may be another set.

    example (our own)                                           told
    "Thị trấn có 8 khóm …" (five sentences on) "8/8 khóm …"      consistent (8 = 8)
    "Thị trấn có 9 khóm …" (five sentences on) "8/8 khóm …"      nothing here (a slip told by
                                                                _full_fraction_profile)
    "… kiểm tra 8 thôn …" (no earlier count of "thôn" first)    the first count only
    """
    for g in ctx.figs[: f.i]:
        if g.type != "quantity" or g.unit.key != f.unit.key:
            continue
        # the first count of the noun, stated plainly (not a plan, a change or a bracket)
        if not g.exact_count or g.value != d or g.qual != "exact" or reference_level(ctx, g):
            return None
        s, _ = ctx.sentence_span(g.sent)
        if ctx.text.rfind("(", s, g.start) > ctx.text.rfind(")", s, g.start):
            return None
        if vocab.DELTA_BEFORE.search(ctx.before_low(g, 30)):
            return None
        return g
    return None


def _shortened(g: Fig, f: Fig) -> bool:
    """One unit the other's first words: "14 cuộc kiểm tra" and "14/14 cuộc"."""
    a, b = g.unit.key, f.unit.key
    return bool(a and b) and (a.startswith(b + " ") or b.startswith(a + " "))


def _nested(ctx: Context, g: Fig, f: Fig) -> bool:
    """The fraction's noun names the earlier count's as its own words, or the other way round:
    "56 ấp, khu phố" and "52/56 chi bộ ấp, khu phố"; "43 doanh nghiệp có tổ chức đảng" and
    "38/43 tổ chức đảng". (A denominator equal to such a count restates it: told as a fit only,
    never an alarm.)"""
    g_key, f_key = norm_words(g.unit.key), norm_words(f.unit.key)
    if not g_key or not f_key or g_key == f_key:
        return False
    after_f = norm_words(ctx.after_low(f, 40)).split()
    g_words = g_key.split()
    if (len(g_words) >= 2 or g_key in _ONE_WORD_NESTS) and after_f[: len(g_words)] == g_words:
        return True  # "52/56 chi bộ ấp, khu phố" after "56 ấp, khu phố"
    f_words = f_key.split()
    after_g = norm_words(ctx.after_low(g, 40)).split()[:5]
    return len(f_words) >= 2 and any(
        after_g[k : k + len(f_words)] == f_words for k in range(1, len(after_g))
    )  # "43 doanh nghiệp có tổ chức đảng" before "38/43 tổ chức đảng"


# one-word units that another noun may be of: "9 thôn" / "9/9 chi bộ thôn"
_ONE_WORD_NESTS = frozenset({"thôn", "ấp", "bản", "xã", "làng", "buôn", "khóm", "xóm", "sóc"})


# "16 đơn vị hành chính cấp xã (15 xã, 1 thị trấn)": the bracket right after a count (a level
# word or two between) names what it counts by its parts
_PARTS_BRACKET = re.compile(r"^[^\W\d]*(?:\s+[^\W\d]+){0,3}\s*\(([^()]{3,80})\)")


def _listed_as(ctx: Context, g: Fig, f: Fig) -> bool:
    """Is ``f``'s composite unit ("xã, thị trấn") what the bracket after ``g`` breaks it into?
    "Huyện có 16 đơn vị hành chính cấp xã (15 xã, 1 thị trấn) … 16/16 xã, thị trấn"."""
    if len(set(f.unit.heads)) < 2:
        return False
    hit = _PARTS_BRACKET.match(ctx.text[g.end : g.end + 100])
    if hit is None:
        return False
    items = ctx.figs_from(g.end + hit.start(1), g.end + hit.end(1))
    heads = {h for p in items if p.type == "quantity" for h in p.unit.heads}
    return bool(items) and heads == set(f.unit.heads)


def _same_kind(a: Fig, b: Fig) -> bool:
    return a.unit.key == b.unit.key or bool(a.unit.fams & b.unit.fams)


_AFTER_BRACKET = re.compile(r"^\s*\)\s*([^\W\d][^\d,;.()%:]{0,60})")


def _bracket_unit(ctx: Context, f: Fig, g: Fig) -> bool:
    """ "100% (42/42) tổ chức cơ sở đảng": a bare fraction in brackets counts the noun written
    right after them; it is the count ``g`` when those are ``g``'s very unit words."""
    if f.unit.key or not g.unit.head:
        return False
    hit = _AFTER_BRACKET.match(ctx.text[f.end : f.end + 70])
    return bool(hit) and f"{norm_words(hit.group(1))} ".startswith(f"{g.unit.key} ")


def _restated_ends(ctx: Context) -> list[Check]:
    """ "giảm từ 20 xuống còn 4 bản" (subject "bản chưa có đảng viên") … "4 bản còn trắng đảng viên" """
    out: list[Check] = []
    for a, b, _direction, _verb in change_pairs(ctx):
        if b.type != "quantity" or not b.exact_count:
            continue
        subject = change_subject(ctx, a)
        if not subject:
            continue
        for g in ctx.figs[b.i + 1 :]:
            if g.sent - b.sent > 40:
                break
            if g.exact_count and g.value == b.value and _same_kind(g, b):
                if same_thing(subject, descriptor(ctx, g)):
                    out.append(_emit(ctx, b, g, b.value, subject))  # type: ignore[arg-type]
                    break
    return out


_ONE_EACH = re.compile(
    r"mỗi\s+([^\d,;.()]{2,20}?)\s+(?:có\s+|đều có\s+)?(?:một|01|1)\s+([^\d,;.()]{2,20})"
)


def _one_each(ctx: Context) -> list[Check]:
    """ "131 chi bộ thôn … được kiện toàn, mỗi thôn một chi bộ" after "131 thôn": one per unit."""
    out: list[Check] = []
    if "mỗi" not in ctx.text:
        return out
    low = ctx.low
    for hit in _ONE_EACH.finditer(low):
        per = unit_info(hit.group(1))
        head = unit_info(hit.group(2)).head
        if not per.fams or head is None:
            continue
        q = next((g for g in reversed(ctx.figs_from(max(0, hit.start() - 120), hit.start()))
                  if g.exact_count and g.unit.head == head), None)  # fmt: skip
        if (
            q is None
            or q.value < MIN_VALUE
            or per.fams & q.unit.fams
            or ";" in ctx.gap(q, hit.start())
        ):  # type: ignore[operator]
            continue
        for g in ctx.earlier(q, 30):
            if g.exact_count and g.value == q.value and g.unit.fams & per.fams:
                what = f"{q.unit.head} = {hit.group(1)} ({hit.group(0)})"
                out.append(_emit(ctx, g, q, q.value, what))  # type: ignore[arg-type]
                break
    return out


def _split_item(ctx: Context, f: Fig) -> bool:
    """Is ``f`` an item of a split in brackets ("(11 đảng bộ huyện, thành phố và 5 đảng bộ …)"):
    inside brackets opened earlier in its sentence, with another count beside it? A count alone
    in its brackets ("24 chi bộ (1.051 đảng viên)") is the figure's own."""
    s, e = ctx.sentence_span(f.sent)
    opened = ctx.text.rfind("(", s, f.start)
    if opened <= ctx.text.rfind(")", s, f.start):
        return False
    closed = ctx.text.find(")", f.end, e)
    inside = [g for g in ctx.figs_from(opened, closed if closed > 0 else e) if g.type == "quantity"]
    return len(inside) >= 2


def _profile_pairs(ctx: Context, sent_figs: list[Fig]) -> list[tuple[Fig, Fig, tuple[int, int]]]:
    """(anchor, members, region) inside one ";"-clause: "18 chi bộ … với 356 đảng viên"."""
    out = []
    counts = [f for f in sent_figs if f.exact_count and f.unit.head]
    for i, x in enumerate(counts):
        for y in counts[i + 1 : i + 6]:
            if y.start - x.end > 160 or ";" in ctx.gap(x, y):
                break
            if x.unit.fams & y.unit.fams:
                continue
            if _split_item(ctx, x) != _split_item(ctx, y):
                # "16 đảng bộ trực thuộc (11 đảng bộ huyện, …), 671 tổ chức cơ sở đảng với 62.480
                # đảng viên": an item of a bracketed split does not own the members after it
                continue
            lo, hi = ctx.clause(x.start, y.end)
            region = (lo, min(hi, y.end + 40))
            out.append((x, y, region))
            out.append((y, x, region))
    return out


def _restated_profiles(ctx: Context) -> list[Check]:
    out: list[Check] = []
    values: dict[str, set[float]] = {}
    for f in ctx.figs:
        if f.exact_count and f.unit.head and f.value >= MIN_VALUE:  # type: ignore[operator]
            values.setdefault(f.unit.key, set()).add(f.value)  # type: ignore[arg-type]
    if all(len(v) < 2 for v in values.values()):
        return out  # no unit is stated with two values: nothing can differ
    twice: dict[tuple[str, float], int] = {}
    for f in ctx.figs:
        if f.exact_count and f.unit.head and f.value >= MIN_ANCHOR:  # type: ignore[operator]
            k = (f.unit.head, f.value)
            twice[k] = twice.get(k, 0) + 1  # type: ignore[index]
    anchors = {k for k, n in twice.items() if n >= 2}
    if not anchors:
        return out
    seen: dict[tuple[str, float, str], list[tuple[Fig, Fig, tuple[int, int]]]] = {}
    for sent_figs in ctx.by_sent.values():
        if len(sent_figs) < 2 or not any((f.unit.head, f.value) in anchors for f in sent_figs):
            continue
        for anchor, member, region in _profile_pairs(ctx, sent_figs):
            if anchor.value < MIN_ANCHOR or member.value < MIN_VALUE:  # type: ignore[operator]
                continue
            key = (anchor.unit.head or "", anchor.value, member.unit.key)  # type: ignore[dict-item]
            for a0, m0, r0 in seen.get(key, []):
                if m0.value == member.value or m0.sent == member.sent:
                    continue
                c = _contradiction(ctx, (a0, m0, r0), (anchor, member, region))
                if c is not None:
                    out.append(c)
                    break
            seen.setdefault(key, []).append((anchor, member, region))  # type: ignore[arg-type]
    return out


_DOING_AFTER = re.compile(r"\s+(?:đã\s+|được\s+)?(?:tham gia|tham dự|dự|được|đã|có mặt|đăng ký)\b")
_LOCATED_AFTER = re.compile(
    r"[^,;.()\d]{0,30}?\bđang\s+(?P<where>(?:sinh hoạt|công tác|làm việc|sinh sống|cư trú|học tập|"
    r"hoạt động)\s+(?:tại|ở))\b"
)


def _located_apart(ctx: Context, g: Fig, f: Fig) -> bool:
    """Is the later count ``f`` narrowed to the members at some places ("… đảng viên đang sinh
    hoạt tại chi bộ thôn"), which the earlier ``g``'s sentence does not say?"""
    se = ctx.sentence_span(f.sent)[1]
    located = _LOCATED_AFTER.match(ctx.low, f.end, min(se, f.end + 60))
    if located is None:
        return False
    gs, ge = ctx.sentence_span(g.sent)
    return located.group("where") not in ctx.low[gs:ge]


_ORIGIN_MOMENT = re.compile(
    r"\b(?:đầu nhiệm kỳ|khi mới thành lập|mới thành lập|ban đầu|lúc đầu|trước đây|trước khi|"
    r"trước sáp nhập|tái lập|ngày đầu|lúc sáp nhập|khi sáp nhập|thời điểm sáp nhập|mới chia tách|"
    r"hồi đầu|đầu khóa|lúc mới|khi mới|khi xây dựng|khi triển khai|khi bắt đầu)\b"
)
_SUBJECT_STOP = frozenset(
    "hiện nay đến tính toàn cả có với là gồm đã và của năm các những thì".split()
)


def _profile_subject(ctx: Context, a: Fig, m: Fig) -> set[str]:
    """The content words before a profile's first count in its clause: its body."""
    cs, _ = ctx.clause(a.start, a.end)
    words = re.findall(r"[^\W\d_]+", ctx.low[cs : min(a.start, m.start)])
    return set(words) - _SUBJECT_STOP


# a subject picked out by rank, or said to be alike ("cũng có"): another unit than the first
_OTHER_BY_RANK = re.compile(
    r"\b(?:nhỏ nhất|lớn nhất|cao nhất|thấp nhất|thứ hai|thứ ba|liền kề|còn lại|khác|cũng)\b"
)


def _contradiction(
    ctx: Context, first: tuple[Fig, Fig, tuple[int, int]], second: tuple[Fig, Fig, tuple[int, int]]
) -> Check | None:
    (a0, m0, r0), (a1, m1, r1) = first, second
    t0, t1 = ctx.text[r0[0] : r0[1]], ctx.text[r1[0] : r1[1]]
    # a region is compared with every later one of its key: its tests are kept per region
    dated: dict[object, bool] = ctx.memo.setdefault("repeat.profile_tests", {})  # type: ignore[assignment]
    for r, t in ((r0, t0), (r1, t1)):
        got = dated.get(r)
        if got is None:
            got = dated[r] = bool(vocab.TIME_MARK.search(t.lower()))
        if got:
            return None
    for m, region in ((m0, r0), (m1, r1)):
        key = (m.start, m.end, region)
        got = dated.get(key)
        if got is None:
            words = ctx.text[max(region[0], m.start - 40) : min(region[1], m.end + 30)].lower()
            got = dated[key] = bool(_SUBSET.search(words) or vocab.NEW_SUBJECT.search(words))
        if got:
            return None
    if _REACHED.search(t1.lower()) and not _ALL_OF.search(t1.lower()):
        return None  # the members an activity reached, not the membership (review 81)
    names0 = set(_PROPER.findall(t0))
    if any(n not in names0 for n in _PROPER.findall(t1)):
        return None  # the later clause names another place or body
    ls = ctx.sentence_span(a1.sent)[0]
    if _OTHER_BY_RANK.search(ctx.low, ls, min(a1.start, m1.start)):
        return None  # "Đơn vị nhỏ nhất cụm cũng có 17 chi bộ, với 297 đảng viên": another unit
    if _ORIGIN_MOMENT.search(
        ctx.lower_slice(*ctx.sentence_span(a0.sent))
    ) and not _ORIGIN_MOMENT.search(ctx.lower_slice(*ctx.sentence_span(a1.sent))):
        return None  # "Đầu nhiệm kỳ, Đảng bộ xã có 16 chi bộ với 198 …" then today's 214
    s0, s1 = _profile_subject(ctx, a0, m0), _profile_subject(ctx, a1, m1)
    if s0 - s1 and s1 - s0:
        return None  # "Đảng bộ Khối các cơ quan tỉnh có 58 …" / "Đảng bộ Khối doanh nghiệp tỉnh có 58 …"
    near = ctx.sentence_span(max(a1.sent - 1, a0.sent))[0]  # the sentence before, at most
    for name in _NAMED_PLACE.findall(ctx.text, max(r0[1], near), min(a1.start, m1.start)):
        if name not in t0:
            return None  # "… xã Tân Lập … Hiện Đảng bộ xã có 18 chi bộ với 365 …": another place
    written = " ".join(a1.m.text.split())  # "3,95 tỷ đồng", not 3.95e+09
    what = f"{m1.unit.key} with {written}"
    what_vi = f"{m1.unit.key} cùng {written}"
    why = render("repeat.differs", what=(what, what_vi), a=m0.value, b=m1.value, anchor=a1.value)
    return ctx.check(NAME, "inconsistent", [m0.value, m1.value], [m0, a0, m1, a1],  # type: ignore[list-item]
                     ctx.clause(min(a1.start, m1.start), max(a1.end, m1.end)),
                     expected=m0.value, observed=m1.value, tolerance=0, why=why)  # fmt: skip


def run(ctx: Context) -> list[Check]:
    out: list[Check] = []
    seen_q: dict[tuple[str, float], Fig] = {}
    seen_q_value: dict[float, list[Fig]] = {}
    seen_den: dict[float, list[Fig]] = {}
    seen_pct: dict[float, list[Fig]] = {}
    for f in ctx.figs:
        if f.type == "ratio":
            d = _denominator(f)
            if d is None:
                g = _small_denominator(ctx, f)
                if g is not None:
                    out.append(_emit(ctx, g, f, g.value, f"total {f.unit.key}"))  # type: ignore[arg-type]
                continue
            for g in seen_den.get(d, []):
                if _same_kind(g, f):
                    out.append(_emit(ctx, g, f, d, f"total {f.unit.key or 'denominator'}"))
                    break
            else:
                for g in reversed(seen_q_value.get(d, [])):
                    if (
                        _same_kind(g, f)
                        or _bracket_unit(ctx, f, g)
                        or _shortened(g, f)
                        or _nested(ctx, g, f)
                        or _listed_as(ctx, g, f)
                    ):
                        out.append(_emit(ctx, g, f, d, f"total {f.unit.key or g.unit.key}"))
                        break
            seen_den.setdefault(d, []).append(f)
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
            if g is not None and _other_years(ctx, g, f):
                g = None  # "(năm 2022: 138 căn, năm 2023: 146 căn, năm 2024: 138 căn)": two years
            head = _HEAD_OF.fullmatch(f.unit.key)
            if g is None and head is not None and (led := seen_q.get((head.group(1), f.value))):
                # "87 chi hội" … "87 chi hội trưởng": one head to each branch (equal values only)
                out.append(_emit(ctx, led, f, f.value, f"{f.unit.key} / {led.unit.key}"))  # type: ignore[arg-type]
            elif g is not None:
                out.append(_emit(ctx, g, f, f.value, " ".join(f.m.text.split())))  # type: ignore[arg-type]
            else:
                for r in seen_den.get(f.value, []):  # type: ignore[arg-type]
                    if _same_kind(r, f):
                        out.append(_emit(ctx, r, f, f.value, f"total {f.unit.key}"))  # type: ignore[arg-type]
                        break
            seen_q[key] = f  # type: ignore[index]
            seen_q_value.setdefault(f.value, []).append(f)  # type: ignore[arg-type]
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
    out.extend(_restated_ends(ctx))
    out.extend(_restated_profiles(ctx))
    out.extend(_one_each(ctx))
    out.extend(_referred_totals(ctx))
    out.extend(_profile_restated(ctx))
    out.extend(_said_above(ctx))
    out.extend(_percent_said_above(ctx, out))
    out.extend(_numerator_restated(ctx))
    out.extend(_fraction_after_count(ctx))
    out.extend(_small_restated(ctx))
    out.extend(_same_big_count(ctx))
    out.extend(_rounded_restated(ctx))
    out.extend(_restated_later(ctx))
    out.extend(_among_restated(ctx))
    out.extend(_table_total_restated(ctx))
    out.extend(_table_column_totals(ctx))
    out.extend(_table_cells_restated(ctx))
    out.extend(_table_cell_restated(ctx, out))
    out.extend(_table_figure_differs(ctx, out))
    out.extend(_restated_nearby(ctx))
    out.extend(_swapped_digits(ctx, out))
    out.extend(_whole_referred(ctx, out))
    out.extend(_all_of_stock(ctx, out))
    out.extend(_full_fraction_profile(ctx, out))
    out.extend(_assessed_again(ctx, out))
    out.extend(_percent_end_said(ctx, out))
    out.extend(_rate_named_again(ctx, out))
    out.extend(_rate_restated(ctx, out))
    out.extend(_flow_count_restated(ctx))
    out.extend(_among_equal(ctx, out))
    out.extend(_shortfall_restated(ctx, out))
    out.extend(_statement_restated(ctx, out))
    out.extend(_same_measure(ctx, out))
    out.extend(_referred_back(ctx, out))
    out.extend(_admitted_restated(ctx, out))
    out.extend(_change_end_numerator(ctx, out))
    out.extend(_rough_amount_restated(ctx, out))
    out.extend(_synonym_unit_restated(ctx, out))
    out.extend(_left_restated(ctx, out))
    out.extend(_small_total_restated(ctx, out))
    out.extend(_office_per_unit(ctx, out))
    out.extend(_numerator_looked_into(ctx, out))
    out.extend(_change_end_said_before(ctx, out))
    resumed = _resumed_slip(ctx, out)
    if resumed:  # (they replace an unverifiable row of the same two figures)
        pairs = {frozenset(c.mention_ids) for c in resumed}
        out = [c for c in out if frozenset(c.mention_ids) not in pairs] + resumed
    return [_unless_explained(ctx, c) for c in out]


# An alarm between two counts that the text itself accounts for is no proof: the gap equals
# counts stated between them ("16 tổ chức đảng …; … 3 chi bộ … 19 tổ chức đảng nói trên", "27
# đảng viên; 1 … miễn … và 1 … chuyển …. Toàn bộ 25 đảng viên"), a bracket or "còn lại" after the
# later one says what it counts ("(kể cả 2 đồng chí …)", "96 hộ nghèo còn lại"), the two name
# another unit or moment ("Chi hội số 1 / Chi hội số 2", "Đảng bộ phường bên cạnh cũng có",
# "Quý I … Hiện nay", "Buổi đầu tái lập xã").
# (or an aside between commas right after the later count's noun: "Tất cả 185 hội viên, kể cả
# hội viên Hội Cựu thanh niên xung phong, đều …" after "158 hội viên Hội Cựu chiến binh")
_LATER_SAYS = re.compile(
    r"^[^.;()\d]{0,30}\([^()]*\b(?:kể cả|tính cả|bao gồm cả|không kể|trừ)\b"
    r"|^[^.;,()\d]{0,30},\s*(?:kể cả|tính cả|bao gồm cả|không kể|không tính)\b"
)
_OTHER_UNIT = re.compile(r"\bbên cạnh\b|\bcũng có\b|\bláng giềng\b")
_MOMENT_WORDS = re.compile(r"\bquý\s+[ivx]+\b|buổi đầu|tái lập|ban đầu|lúc đầu|khi mới")
_NUMBERED = re.compile(
    r"(?<!thiểu )(?<!trong )(?<!tổng )\bsố\s+(\d+)\b"
)  # "Chi hội số 1", not "thiểu số 829"


def _covered(a: Fig, b: Fig) -> set[str]:
    """The families a count of ``a``'s or ``b``'s noun holds: its own and those it covers."""
    fams = set(a.unit.fams | b.unit.fams)
    for f in list(fams):
        fams |= vocab.COVERS.get(f, frozenset())
    return fams


# A count in a quotation is the speaker's, and a speaker may speak for another body: the
# director of a company, the secretary of a school's Party committee or of the district next
# door ("Đồng chí …, Bí thư Đảng ủy Công ty Than Hà Lầm cho biết: “Năm 2023, Đảng bộ Công ty kết
# nạp 142 đảng viên mới”", review 53). It restates the report's count only when the speaker's
# role names, by its proper name, the body the report opens with ("… Phó Bí thư Thường trực
# Huyện ủy Sơn Dương cho biết: “…”" in a report on Sơn Dương).
_QUOTE_OPEN = re.compile(r"[“\"]|\b(?:cho biết|chia sẻ|khẳng định|nhấn mạnh|nói|phát biểu)\s*:")
_ROLE_NAME = re.compile(r"(?:[A-ZĐÂĂÊÔƠƯ][\wÀ-ỹ]*)(?:\s+[A-ZĐÂĂÊÔƠƯ][\wÀ-ỹ]*)*")
_BODY_WORDS = frozenset(
    "Đảng Ủy Huyện Tỉnh Thành Thị Xã Công Ty HTX Hợp Tác Hội Đoàn Đồn Bệnh Viện Trường Tổ Ủy "
    "Ban Sở Phòng Chi Bộ Doanh Nghiệp Ngân Hàng Trung Tâm Mặt Trận Bí Thư Phó Chủ Tịch Giám Đốc "
    "Trưởng Thường Trực Đồng Chí Ông Bà Anh Chị Việt Nam Chánh Thanh Tra Kiểm".split()
)


def _place_thanh(words: list[str]) -> bool:
    """Is the run's next word "Thanh" opening a place name ("Thanh Sơn", "Thanh Hóa") rather
    than the body "Thanh tra"?"""
    return words[0] == "Thanh" and len(words) > 1 and words[1] != "Tra"


def _quote_start(head: str) -> int | None:
    """Where the quotation that is still open at the end of ``head`` starts, or None."""
    opened = None
    for m in _QUOTE_OPEN.finditer(head):
        opened = m
    if opened is None or "”" in head[opened.end() :]:
        return None
    return opened.start()


def _quoted_elsewhere(ctx: Context, f: Fig) -> bool:
    """Is ``f`` said in a quotation by a speaker whose role does not name the report's body?"""
    s, e = ctx.sentence_span(f.sent)
    head = ctx.text[s : f.start]
    at = _quote_start(head)
    if at is None:
        return False
    role = head[:at]
    if not role.strip(' “"') and (close := ctx.text.find("”", f.end, e)) >= 0:
        role = ctx.text[close + 1 : e]  # “Trong 78 đơn …”, Chánh Thanh tra huyện cho biết.
    lead = ctx.text[: min(s, 400)]
    intro = _introduced_role(ctx, role, s)
    if intro is not None:
        # "Đồng chí Hoàng Minh Khuê: “…”" speaks in the role given with the name before; the
        # report's own body is the one named before that introduction
        role, lead = intro[0], ctx.text[: min(intro[1], 400)]
    # the name a role ends on ("Huyện ủy Sơn Dương" -> "Sơn Dương"), past the speaker's own name
    names = []
    opening = len(role) - len(role.lstrip())
    for run in _ROLE_NAME.finditer(role):
        words = run.group().split()
        if run.start() == opening and len(words) == 1:
            continue  # the sentence's first word ("Phát biểu …, đồng chí Bí thư nói")
        # ("Thanh" of "Thanh tra" only: "Huyện ủy Thanh Sơn" names Thanh Sơn, not Sơn)
        while words and words[0] in _BODY_WORDS and not _place_thanh(words):
            words = words[1:]
        if words:
            names.append(" ".join(words))
    low = role.lower()
    if _OTHER_BODY.search(low):
        return True  # "Bí thư Huyện ủy huyện bạn", "huyện giáp ranh", "đơn vị kết nghĩa"
    if names:
        # every name the role holds must be the report's ("… Huyện ủy Sơn Dương cho biết" in a
        # report on Sơn Dương; not "Bí thư Đảng ủy xã Sín Thầu (huyện Mường Nhé)" in a report on
        # Mường Nhé, nor a speaker known by name only)
        return any(n not in lead for n in names)
    # a body named by its level only ("Bí thư Đảng ủy xã nhấn mạnh") is the report's own when
    # the report opens at that level; a title alone ("đồng chí Bí thư nói") is the report's own
    level = _ROLE_LEVEL.search(low)
    return level is not None and not re.search(rf"\b{level.group(1)}\b", lead.lower())


# A speaker known by name only ("Đồng chí Hoàng Minh Khuê: “…"", an interview's answer) speaks
# in the role the text gave with the name before: "Đồng chí Hoàng Minh Khuê, Phó Bí thư Thường
# trực Huyện ủy, chia sẻ …" (the role up to the next comma, colon or quote). A name the text
# never introduced keeps its reading (a speaker of another body, maybe).
#
# example (our own)                                                          the speaker's role
# "Ông Lò Văn Thiêm, Trưởng Công an huyện, …" … "Ông Lò Văn Thiêm: “…"         Trưởng Công an huyện
# "Bà Hà Thị Lan, Chủ tịch Hội Phụ nữ xã Tân Lập, …" … "Bà Hà Thị Lan: “…"      … xã Tân Lập
# "Đồng chí Lò Văn Thiêm: “…" (never introduced)                                 (the name only)
_PERSON_ONLY = re.compile(
    r"^\W*(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à|[Aa]nh|[Cc]hị)\s+((?:[A-ZĐÂĂÊÔƠƯ][\wÀ-ỹ]*\s*){2,4})\W*$"
)


def _introduced_role(ctx: Context, role: str, before: int) -> tuple[str, int] | None:
    """(the role given with the speaker's name, where the name was given) when ``role`` is a
    person's name alone and the text introduced it before ``before``, else None."""
    who = _PERSON_ONLY.match(role.strip(' “"'))
    if who is None:
        return None
    name = " ".join(who.group(1).split())
    intro = re.search(rf"{re.escape(name)}\s*[,(]\s*([^,:;()“”\"\n]{{3,90}})", ctx.text[:before])
    return None if intro is None else (intro.group(1), intro.start())


_OTHER_BODY = re.compile(r"\b(?:bạn|giáp ranh|lân cận|liền kề|bên cạnh|khác|kết nghĩa)\b")
_ROLE_LEVEL = re.compile(
    r"\b(?:đảng ủy|huyện ủy|tỉnh ủy|thành ủy|thị ủy|ủy ban nhân dân|ubnd|hội đồng nhân dân|"
    r"thanh tra|ủy ban kiểm tra|ban [^\W\d]+|hội [^\W\d]+(?:\s+[^\W\d]+)?|đoàn thanh niên|"
    r"mặt trận tổ quốc)\s+(?:[^\W\d]+\s+){0,2}?(xã|huyện|tỉnh|phường|thị trấn|thị xã|thành phố|quận)\b"
)


# What follows each count in its clause may name two things the noun alone does not tell apart
# (review 54): "173 đảng viên là người Mông" / "137 đảng viên là người Dao"; "136 buổi sinh hoạt
# chủ đề về bình đẳng giới" / "163 buổi … về phòng chống bạo lực gia đình"; "529 hộ … được cấp
# giấy chứng nhận" / "592 hộ … được hỗ trợ chuyển đổi nghề".
_TAIL_TOPIC = re.compile(r"\b(?:về|cho|là|được|bị|tại|ở)\s+((?:[^\W\d]++\s*){1,3})")
_TAIL_STOP = frozenset(
    "với của và các những trong đã đang sẽ có là được bị cho về tại ở một".split()
)


def _tail(ctx: Context, f: Fig) -> str:
    _, ce = ctx.clause(f.start, f.end)
    cut = re.search(r"[,;(:]", ctx.text[f.end : ce])
    return ctx.text[f.end : ce if cut is None else f.end + cut.start()]


def _tails_differ(ctx: Context, a: Fig, b: Fig) -> bool:
    ta, tb = _tail(ctx, a), _tail(ctx, b)
    names_a = set(re.findall(r"(?<=\s)[A-ZĐ][\wÀ-ỹ]*", ta))
    names_b = set(re.findall(r"(?<=\s)[A-ZĐ][\wÀ-ỹ]*", tb))
    if names_a and names_b and not names_a & names_b:
        return True  # "… là người Mông" / "… là người Dao"
    la, lb = ta.lower(), tb.lower()
    for m in _TAIL_TOPIC.finditer(la):
        other = re.search(rf"\b{m.group(0).split()[0]}\s+((?:[^\W\d]++\s*){{1,3}})", lb)
        if other is None:
            continue
        mine = set(m.group(1).split()) - _TAIL_STOP
        theirs = set(other.group(1).split()) - _TAIL_STOP
        if mine and theirs and not mine & theirs:
            return True  # "về bình đẳng giới" / "về phòng chống bạo lực gia đình"
    return False


# What frames a count from outside its sentence (review 41e: 24 alarms in 60 look-alikes at the
# opening code): the heading line above its paragraph and the sentences of its paragraph before
# it may name a year, a part of the year, a round or a season ("Năm 2023" / "Năm 2024", "I. KẾT
# QUẢ 6 THÁNG ĐẦU NĂM", "Vụ Đông Xuân, …" / "Vụ Hè Thu, …", "Đợt 1 …" / "Đợt 2 …"), a place or
# body ("Tại xã Phú Lộc, …", "Đối với khối doanh nghiệp, …", "1. Chi hội Phụ nữ thôn Đông"), an
# earlier time ("Khi đó, …", "Nhiệm kỳ trước, …") or a plan ("Chỉ tiêu năm 2024"). Two counts in
# two paragraphs framed apart so are two counts, not one said twice: a year, part, place or name
# on both sides that differs, or an earlier time or a plan on one side only.
#
# example (our own)                                                                   told
# "Năm 2023\n\nĐảng bộ xã có 1.648 đảng viên …\n\nNăm 2024\n\nĐảng bộ xã có 1.684 …"      nothing
# "Tại xã Phú Lộc, … có 237 hộ …\n\nTại xã Phú Thọ, … có 273 hộ …"                       nothing
# "Đảng bộ … có 7.294 đảng viên …\n\nIII. ĐÁNH GIÁ CHUNG\nToàn Đảng bộ với 7.924 …"       7294 ≠ 7924
_OF_PART = re.compile(
    r"(?:6|sáu|9|chín)\s+tháng\s+(?:đầu|cuối)\s+năm|\bquý\s+(?:[ivx]+|\d)\b|\btháng\s+\d{1,2}\b"
    r"|học kỳ\s+(?:[ivx]+|\d)\b|năm học\s+\d{4}\s*-\s*\d{4}|\bmùa\s+(?:khô|mưa)\b"
    r"|\bvụ\s+(?:đông xuân|hè thu|thu đông|mùa|chiêm|xuân|đông|hè)\b"
    r"|\bđợt(?:\s+cao điểm)?\s+(?:thứ\s+)?[^\W_]+"
)
_OF_PAST = re.compile(
    r"\b(?:khi đó|thời điểm đó|lúc đó|nhiệm kỳ trước|nhiệm kỳ này|tái lập|trước sáp nhập|"
    r"sau sáp nhập)\b"
)
# a heading that opens on a plan ("Chỉ tiêu năm 2024", "II. KẾ HOẠCH NĂM 2025")
_OF_PLAN = re.compile(
    r"^\W*(?:[ivx]+|\d+|[a-z])?\W*(?:chỉ tiêu|kế hoạch|mục tiêu|phương hướng|nhiệm vụ)\b"
)
_OF_AT = re.compile(r"^\W*(?:tại|ở|đối với|trên địa bàn)\s+([^,.;:\d]{2,60})")
_OF_BODY = re.compile(
    r"\b(?:trường|cụm công nghiệp|công ty|khối|hợp tác xã)\s+((?:[A-ZĐÂĂÊÔƠƯ][\wÀ-ỹ]*\s*)+)"
)


def _opener(text: str) -> str:
    """A sentence's or paragraph's opening phrase: up to its first comma or stop, 12 words."""
    return " ".join(re.split(r"[,;.:]", text, maxsplit=1)[0].split()[:12])


def _heading_above(ctx: Context, par: int) -> str:
    """The heading line right above a paragraph: short, no stop at its end, no table cells."""
    if par <= 1:
        return ""
    prev = ctx.text[: par - 1].rstrip("\n ")
    line = prev[prev.rfind("\n") + 1 :].strip()
    if (
        len(line.split()) > 12
        or line.endswith((".", ";", ":"))
        or "\t" in line
        or "|" in line
        or len(re.findall(r"\d+(?:[.,]\d+)*", line)) > 2
    ):
        return ""
    return line


def _outside_frames(ctx: Context, f: Fig) -> dict[str, frozenset[str]]:
    memo: dict[int, dict[str, frozenset[str]]] = ctx.memo.setdefault("repeat.frames", {})  # type: ignore[assignment]
    if f.i in memo:
        return memo[f.i]
    s, _ = ctx.sentence_span(f.sent)
    par = ctx.text.rfind("\n", 0, f.start) + 1
    head = _heading_above(ctx, par)
    opens = f"{_opener(ctx.text[par : f.start])}\n{_opener(ctx.text[max(s, par) : f.start])}"
    raw = f"{head}\n{opens}"
    low = raw.lower()
    at = _OF_AT.match(ctx.text[par : f.start].lower())
    names = {m.group(1).lower() for m in _NAMED_PLACE.finditer(raw)}
    names |= {m.group(1).strip().lower() for m in _OF_BODY.finditer(raw)}
    if at:
        names.add(norm_words(at.group(1)))
    if head and not head.isupper():  # "a) Trường Tiểu học Kim Đồng": a heading's names
        names |= {n.lower() for n in _PROPER.findall(" " + head)}
    got = memo[f.i] = {
        "year": frozenset(_YEARS.findall(low)),
        "part": frozenset(" ".join(m.group().split()) for m in _OF_PART.finditer(low)),
        "past": frozenset(_OF_PAST.findall(low)),
        "plan": frozenset({"plan"} if _OF_PLAN.match(head.lower()) else ()),
        "name": frozenset(names),
    }
    return got


def _framed_outside_apart(ctx: Context, a: Fig, b: Fig) -> bool:
    if "\n" not in ctx.text[a.end : b.start]:
        return False  # (one paragraph: the sentences' own words decide)
    fa, fb = _outside_frames(ctx, a), _outside_frames(ctx, b)
    if any(fa[k] and fb[k] and fa[k] != fb[k] for k in ("year", "part", "name")):
        return True
    return fa["past"] != fb["past"] or fa["plan"] != fb["plan"]


def _unless_explained(ctx: Context, c: Check) -> Check:
    if c.kind != NAME or c.verdict != "inconsistent" or len(c.figures) < 2:
        return c
    by_id = ctx.memo.get("repeat.by_id")
    if by_id is None:  # once per document, not once per check
        by_id = ctx.memo["repeat.by_id"] = {f.id: f for f in ctx.figs}
    figs = sorted(
        (f for i in c.mention_ids if (f := by_id.get(i)) is not None), key=lambda f: f.start
    )
    if len(figs) < 2:
        return c
    a, b = figs[0], figs[-1]
    gap = abs((a.value or 0) - (b.value or 0))
    own = ctx.memo.get("repeat.referred_parts", {}).get(c.start, ())  # type: ignore[union-attr]
    between = [
        g.value for g in ctx.figs_from(a.end, b.start)
        if g.type == "quantity" and g.value is not None and g.exact_count
        and (g.unit.key in (a.unit.key, b.unit.key) or g.unit.fams & _covered(a, b))
        and (g.start, g.end) not in own
    ]  # fmt: skip
    # the rest told right after the later count ("kết luận 25 tổ chức đảng … thực hiện tốt; 2 tổ
    # chức đảng … chưa tốt" after "kiểm tra 27 tổ chức đảng"): the later count is a part
    between += [
        g.value for g in ctx.by_sent.get(b.sent, [])
        if g.start > b.end and g.type == "quantity" and g.value is not None and g.exact_count
        and g.unit.key == b.unit.key
    ]  # fmt: skip
    sums = set(between) | {x + y for i, x in enumerate(between) for y in between[i + 1 :]}
    sa = ctx.lower_slice(*ctx.sentence_span(a.sent))
    sb = ctx.lower_slice(*ctx.sentence_span(b.sent))
    na, nb = set(_NUMBERED.findall(sa)), set(_NUMBERED.findall(sb))
    ma, mb = set(_MOMENT_WORDS.findall(sa)), set(_MOMENT_WORDS.findall(sb))
    if (
        gap in sums
        or _LATER_SAYS.match(ctx.after_low(b, 60))
        or _OTHER_UNIT.search(sb)
        or (na and nb and na != nb)
        or bool(ma ^ mb)
        or _quoted_elsewhere(ctx, a)
        or _quoted_elsewhere(ctx, b)
        or _tails_differ(ctx, a, b)
        or _framed_outside_apart(ctx, a, b)
    ):
        note = " (the text accounts for the difference or names another unit or moment: not proof)"
        return replace(c, verdict="unverifiable", why=c.why + note, why_vi=c.why_vi + note)
    return c


# -- two counts of one noun whose digits are the same with two neighbours swapped ("1.087" and
# "1.078 đảng viên", "168" and "186 chi hội"): the classic slip of typing a figure twice. Three
# digits or more, the same unit words, neither a change, a plan or a bracketed level, and no
# year, period or change word that sets one apart: then one of the two is a typo. ------------
# ("từ" opening a span of time is no change: "Từ năm 2021 đến năm 2024, … có 1.485 lao động")
_SWAP_MOVE = re.compile(
    r"\b(?:tăng|giảm|lên|xuống|từ(?!\s+(?:năm|đầu|tháng|ngày|quý)\b)|thêm|so với|kế hoạch|"
    r"chỉ tiêu|mục tiêu)\b"
)


_MONEY_STOP = frozenset(
    "đạt là có được tổng các cấp năm cuối đầu trong của và với đã còn chỉ số tiền".split()
)


def _money_words(ctx: Context, f: Fig) -> set[str]:
    """The words naming an amount in its own piece before it ("nguồn vốn quỹ hỗ trợ nông dân")."""
    piece = re.split(r"[,;:()]", ctx.before_low(f, 60))[-1]
    return {w for w in norm_words(piece).split() if w not in _MONEY_STOP and not w.isdigit()}


def _swapped_text(a: str, b: str) -> bool:
    """Two numbers as written with two adjacent digits swapped ("68,4" / "64,8")."""
    x, y = re.sub(r"\D", "", a), re.sub(r"\D", "", b)
    return len(a) == len(b) and x.isdigit() and y.isdigit() and _swapped(int(x), int(y))


# After the figure only a change chain makes it a level of a move ("3.250 lên 3.520"); a plan
# word there measures the figure as an achievement ("3.250 lao động, đạt 108,3% kế hoạch").
_SWAP_MOVE_AFTER = re.compile(r"^\W{0,3}(?:\w+\W+){0,2}?(?:lên|xuống|so với)\b")


_COMPARED_AFTER = re.compile(r"\bso với\b|\bcùng kỳ\b")


def _swap_scope(ctx: Context, f: Fig) -> tuple[frozenset[str], bool]:
    """(years and period words of ``f``'s clause, whether a change/plan word stands before it
    in its clause, or a change chain right after it)."""
    cs, ce = ctx.clause(f.start, f.end)
    clause = ctx.text[cs:ce].lower()
    # (not the moment a comparison names after it: "… 68,4 tỷ đồng, tăng … so với năm 2023")
    cut = _COMPARED_AFTER.search(clause, f.end - cs)
    marks = frozenset(
        m.group()
        for m in vocab.TIME_MARK.finditer(clause)
        if cut is None or m.start() < cut.start()
    )
    before = ctx.text[max(cs, f.start - 40) : f.start].lower()
    after = ctx.text[f.end : min(ce, f.end + 25)].lower()
    # a plan word in the figure's own comma-piece: "Kế hoạch năm 2024 giải quyết việc làm cho 2.460"
    piece = max(cs, ctx.text.rfind(",", cs, f.start) + 1, ctx.text.rfind(":", cs, f.start) + 1)
    planned = bool(
        _PLAN_NEAR.search(ctx.text[piece : f.start].lower())
        or _SWAP_GOAL.search(ctx.text[cs : f.start].lower())
    )
    return marks, bool(_SWAP_MOVE.search(before) or _SWAP_MOVE_AFTER.search(after) or planned)


# "Theo Nghị quyết, mỗi năm trồng mới 1.524 ha": a standing yearly goal; "Các doanh nghiệp cũng
# tài trợ xây dựng 142 nhà": "cũng" (also) adds another set to the one stated before
_SWAP_GOAL = re.compile(
    r"\b(?:theo nghị quyết|theo kế hoạch|mỗi năm|hằng năm|hàng năm)\b|\bcũng\b[^\d;]{0,40}$"
)

_SWAP_STOP = frozenset(
    "có với là cho được của và các toàn số trong đã đạt những này đó theo tại ở thì mà như "
    "kế hoạch chỉ tiêu mục vượt bằng".split()
)
# a numbered place or body: "khu phố 3", "thôn 5", "tổ dân phố 12", "chi bộ số 4"
_NUMBERED_PLACE = re.compile(
    r"\b(?:thôn|khu phố|tổ dân phố|tổ|xóm|ấp|bản|khu|chi bộ|đội|phường)\s+(?:số\s+)?\d+\b"
)


_WHOLE_LEVEL = re.compile(
    r"\b(?:toàn|cả|của|trên địa bàn)\s+(tỉnh|huyện|xã|thành phố|thị xã|phường|thị trấn|quận|"
    r"khối|ngành)\b"
)


def _whole_levels(ctx: Context, f: Fig) -> set[str]:
    """The levels a count's sentence names as its whole, up to it ("toàn tỉnh", "cả huyện")."""
    s, _ = ctx.sentence_span(f.sent)
    return set(_WHOLE_LEVEL.findall(ctx.lower_slice(s, f.start)))


def _scope_names(ctx: Context, f: Fig) -> set[str]:
    """Names of places and bodies in ``f``'s sentence up to it: "Xã Phú Lộc", "Hội Nông dân",
    "khu phố 3"."""
    s, _ = ctx.sentence_span(f.sent)
    return _names_in(ctx.text[s : f.start])


def _names_in(head: str) -> set[str]:
    """Names of places and bodies in ``head`` (as written), lowercased."""
    names = set(_PROPER.findall(" " + head)) | set(_NAMED_PLACE.findall(head))
    # a common word capitalised at a sentence's head is no part of the name after it: "Toàn Đảng
    # bộ với …", "Cả Đảng bộ …" name the whole; "Vụ Đông Xuân …" is the season "Đông Xuân"
    out = set()
    for n in names:
        words = n.split()
        if words[0].lower() in _NAME_HEAD_WORDS:
            if len(words) <= 2:
                continue
            n = " ".join(words[1:])
        out.add(n.lower())
    return out | set(_NUMBERED_PLACE.findall(head.lower()))


_NAME_HEAD_WORDS = frozenset({"toàn", "cả", "vụ", "với", "tại", "theo", "trong", "qua", "sau", "đến"})


def _piece_after(ctx: Context, f: Fig) -> str:
    """The words after ``f`` up to the end of its comma-piece."""
    return re.split(r"[,;:.()]", ctx.low[f.end : ctx.clause(f.start, f.end)[1]])[0]


def _year_before(ctx: Context, f: Fig) -> str | None:
    """The last year named in ``f``'s sentence up to it, else in the sentence before it in the
    same paragraph: "Kết quả rà soát … cuối năm 2023 được công bố. Theo đó, … 1.478 hộ nghèo"."""
    s, _ = ctx.sentence_span(f.sent)
    years = _YEARS.findall(ctx.low, s, f.start)
    if not years and f.sent > 0:
        ps, pe = ctx.sentence_span(f.sent - 1)
        if "\n" not in ctx.text[pe:s]:
            years = _YEARS.findall(ctx.low, ps, pe)
    return years[-1] if years else None


def _framed_apart(ctx: Context, g: Fig, f: Fig) -> bool:
    """Do the two counts' frames set them apart: the last years named up to each differ, or the
    words after each name two levels ("212 cán bộ, công chức cấp xã" / "221 cán bộ, công chức
    cấp huyện")?"""
    yg, yf = _year_before(ctx, g), _year_before(ctx, f)
    if yg and yf and yg != yf:
        return True
    a = set(_CONTRAST.findall(_piece_after(ctx, g)))
    if not a:
        return False  # (a - b is empty whatever b is)
    b = set(_CONTRAST.findall(_piece_after(ctx, f)))
    return bool(a - b) and bool(b - a)


def _subset_tail(ctx: Context, g: Fig, f: Fig) -> bool:
    """Does the later count name a subset or an activity right after its unit that the earlier
    lacks? "28 chi bộ có 624 đảng viên dự sinh hoạt chuyên đề" after "642 đảng viên"."""
    gt = ctx.low[g.end : ctx.clause(g.start, g.end)[1]]
    hit = _PART_AFTER.match(_piece_after(ctx, f).strip())
    return bool(hit) and hit.group() not in gt[:40]


# Words right after a count's unit that name a part of its set (not "mới", which after "kết nạp"
# only repeats that the members are new: "kết nạp 2.186 đảng viên" / "2.168 đảng viên mới").
_PART_AFTER = re.compile(
    r"\b(?:nữ|trẻ|dân tộc|người dân tộc|dự|tham dự|tham gia|xếp loại|đánh giá|chuyển|khai trừ|"
    r"xóa tên|vi phạm|bị|kỷ luật|ưu tú|dưới|trên|từ|tuổi|chính thức|dự bị|có mặt|đủ điều kiện|"
    r"vắng|còn|chưa|là|nghèo|cận nghèo|nam|đăng ký|chính sách|ở|tại|thuộc)\b"
)


_SPEAKER = re.compile(
    r"\b(?:cho biết|chia sẻ|khẳng định|nhấn mạnh|nói|phát biểu|ghi nhận|nhận định|nhận xét|"
    r"thông tin|trao đổi|kể)\s*:$"
)


def _spoken_names(ctx: Context, f: Fig, piece: bool = False) -> set[str]:
    """``_scope_names`` after a speaker's colon: "Bí thư Huyện ủy Phú Riềng ghi nhận: … kết nạp
    127 đảng viên" names the speaker, not what was counted ("Đồng chí …: “…" too; a list
    label before a colon, "- Huyện đoàn Hòa An: …", stays a name)."""
    s, _ = ctx.sentence_span(f.sent)
    colon = ctx.text.rfind(":", s, f.start)
    if colon >= 0 and not (
        _SPEAKER.search(ctx.low, s, colon + 1)
        or ctx.text[colon + 1 : colon + 4].lstrip().startswith(("“", '"'))
    ):
        colon = -1  # "- Huyện đoàn Hòa An: giới thiệu …": a label, not a speaker
    if piece:  # only the count's own comma-piece: "Thực hiện Chỉ thị của Ban …, toàn bộ 2.471 …"
        s = max(s, ctx.text.rfind(",", s, f.start) + 1, ctx.text.rfind(";", s, f.start) + 1)
    head = ctx.text[(s if colon < 0 else colon + 1) : f.start]
    # and its own piece after it: "Trong tổng số 321 hộ dân của thôn Nam, …"
    head += " " + re.split(r"[,;:.()]", ctx.text[f.end : ctx.clause(f.start, f.end)[1]])[0]
    return _names_in(head)


_SEASON = re.compile(r"\bvụ\s+(đông xuân|hè thu|thu đông|mùa|chiêm|xuân|đông|hè)\b")


def _swap_seasons_differ(ctx: Context, g: Fig, f: Fig) -> bool:
    """Do the two figures' sentences name different crop seasons ("vụ Đông Xuân" / "vụ Mùa")?"""
    a = set(_SEASON.findall(ctx.lower_slice(*ctx.sentence_span(g.sent))))
    b = set(_SEASON.findall(ctx.lower_slice(*ctx.sentence_span(f.sent))))
    return bool(a and b and a != b)


def _swap_places_differ(ctx: Context, g: Fig, f: Fig) -> bool:
    """Do two counts belong to different places or bodies? "Xã Phú Lộc có 342 hộ" / "Xã Phú
    Thịnh có 324 hộ"; "… 1.520 m2" / "Nhân dân thôn Đông hiến 1.250 m2". A name only the
    earlier statement gives ("… huyện Thanh Chương … 8.215 hộ vay" / "… giúp 8.251 hộ vay vốn")
    does not set them apart: the restatement need not repeat it."""
    a, b = _spoken_names(ctx, g), _spoken_names(ctx, f)
    gs, ge = ctx.sentence_span(g.sent)
    return (
        (bool(a) and bool(b) and a != b)
        or any(n not in ctx.low[gs:ge] for n in _spoken_names(ctx, f, piece=True))
        or _scope_apart(ctx, g, f)  # "Tại huyện Mường Lát, …": see _scope_apart
    )


def _subject_nouns(ctx: Context, f: Fig, later: bool = False) -> set[str]:
    """Counted nouns of the vocabulary named in ``f``'s comma-piece before it, other than its
    own unit: "Các chi bộ đã tổ chức 1.236 buổi" -> {"chi bộ"}. A ``later`` restatement of the
    whole names no subject set: "toàn huyện đã kết nạp 145 đảng viên" after "các tổ chức cơ sở
    đảng kết nạp 154 đảng viên" (but "toàn huyện kết nạp 426 …" then "các chi bộ nông thôn kết
    nạp 246 …" is a part)."""
    piece = _piece(ctx, f)
    head = " " + norm_words(piece[: max(0, piece.find(f.m.text))].lower())
    if later:
        head = vocab.WHOLE_SCOPE.sub(" ", head)
    # ("việc kết nạp 2.358 đảng viên": "việc" makes a deed a noun, it counts nothing)
    return {m.group().strip() for m in counted_noun_pattern().finditer(head)} - {f.unit.key, "việc"}


_GENERIC = frozenset(
    "năm huyện xã tỉnh phường thị trấn thành phố đảng bộ ủy chi cơ sở toàn tổng cả từ đến nay "
    "hiện trên dưới về đều cũng sẽ và hoặc nhiều một hai ba bốn năm các người đồng chí tháng "
    "ngày quý nhiệm kỳ giai đoạn đầu cuối hết".split()
)


def _sentence_content(ctx: Context, f: Fig) -> set[str]:
    s, e = ctx.sentence_span(f.sent)
    words = set(re.findall(r"[^\W\d_]+", ctx.low[s:e]))
    return words - _SWAP_STOP - _GENERIC - set(f.unit.key.split())


# The whole's stock said again at the head of a later sentence: "Toàn Đảng bộ với 7.924 đảng
# viên đã …", "Toàn xã với 2.864 hộ …", "Cả huyện hiện có 1.254 hộ …" after the profile's "…
# với 7.294 đảng viên", "… gồm 12 thôn với 2.846 hộ".
_WHOLE_OPENS = re.compile(
    r"^\W*(?:(?:nhìn chung|tóm lại|tính chung|nhìn lại)\s*,\s*)?(?:toàn|cả)\s+"
    r"(?:đảng bộ|xã|huyện|tỉnh|phường|thị trấn|thị xã|thành phố|hội|chi bộ|khối|đoàn|thôn|bản|"
    r"ấp|xóm|tổ dân phố|khu phố)"
    r"(?:\s+[^\W\d]+){0,2}?\s+(?:với|có|hiện có|hiện nay có)\s*$"
)
_STOCK_BEFORE = re.compile(r"\b(?:có|với|gồm|là)\s*$")


def _whole_restated(ctx: Context, g: Fig, f: Fig) -> bool:
    """Is ``f`` the whole's stock said again ("Toàn xã với 2.864 hộ đã …") of the stock ``g``
    ("… gồm 12 thôn với 2.846 hộ, …")? Both plain: nothing after either's noun narrows it
    ("… 118 thôn được công nhận …", "2.317 hộ nghèo là đồng bào dân tộc thiểu số")."""
    fs = ctx.sentence_span(f.sent)[0]
    if not _WHOLE_OPENS.match(ctx.low[fs : f.start]):
        return False
    if not _STOCK_BEFORE.search(ctx.before_low(g, 12)):
        return False
    return bool(_PLAIN_AFTER_G.match(ctx.low, g.end) and _PLAIN_AFTER_F.match(ctx.low, f.end))


_PLAIN_AFTER_G = re.compile(r"\s*(?:[,;.(]|trong đó\b|và\b|$)")
_PLAIN_AFTER_F = re.compile(r"\s*(?:đã|đều|đang|luôn|cùng|tích cực|,)(?:\s|$)")


def _now_only(ctx: Context, gm: Iterable[str], fm: Iterable[str]) -> bool:
    """An undated stock and the whole said again at the report's present: "hiện", or the
    latest year the report names ("Toàn Đảng bộ hiện có …", "… các chỉ tiêu năm 2024")."""
    latest = max(_YEARS.findall(ctx.low), default="")
    return not set(gm) and set(fm) <= {"hiện", latest}


# A count named by its subject: "số hộ thoát nghèo toàn xã là 627 hộ" restates "… 672 hộ thoát
# nghèo": the words after "số <noun>" are those after the earlier count's noun.
def _subject_names_it(ctx: Context, g: Fig, f: Fig) -> bool:
    cs, _ = ctx.clause(f.start, f.end)
    head = ctx.low[cs : f.start]
    if not f.unit.key or not re.search(r"\b(?:là|đạt)\s*$", head):
        return False
    m = re.search(rf"\bsố\s+{re.escape(f.unit.key)}\s+([^\d,;:()]+?)\s+(?:là|đạt)\s*$", head)
    if m is None:
        return False
    named = [w for w in m.group(1).split() if w not in _SWAP_STOP and w not in _GENERIC][:2]
    after = [
        w for w in re.findall(r"[^\W\d_]+", ctx.low[g.end : g.end + 50])[:4]
        if w not in _SWAP_STOP and w not in _GENERIC
    ]  # fmt: skip
    return len(named) >= 2 and named == after[: len(named)]


def _predicate(ctx: Context, f: Fig) -> set[str]:
    """The first content word after ``f``'s unit, in its clause: what the count did."""
    _, ce = ctx.clause(f.start, f.end)
    after = [w for w in re.findall(r"[^\W\d_]+", ctx.low[f.end : ce]) if w not in _PRED_STOP]
    return set(after[:1])


_PRED_STOP = frozenset("được đã đều có của và các những này đó nói trên là thì cũng sẽ".split())


def _sentences_share(ctx: Context, g: Fig, f: Fig) -> bool:
    gw, fw = _sentence_content(ctx, g), _sentence_content(ctx, f)
    if len(gw & fw) < 4:
        return False
    gp, fp = _predicate(ctx, g), _predicate(ctx, f)
    return not (gp and fp and not gp & fp and not gp & fw and not fp & gw)


def _swap_words(ctx: Context, f: Fig) -> set[str]:
    """Content words around ``f`` (four before, three after its unit): both counts of a slip
    name the same thing ("giải quyết việc làm mới cho 3.250 lao động" / "tạo việc làm mới cho
    3.520 lao động")."""
    before, after = _swap_window(ctx, f)
    return {w for w in before + after if w not in _SWAP_STOP}


# A stock of members named by its subject ("Số hội viên của Hội có 21.436 người") is restated
# as a stock: a count that opens its piece ("Đội ngũ 168 báo cáo viên hoạt động …") or follows
# a stock word ("với 6.847 đảng viên đang sinh hoạt …"), not one an activity reached ("Hội đã
# vận động 21.346 hội viên đóng góp …", "tập huấn cho 186 báo cáo viên").
#
# example (our own)                                                                     told
# "Đội ngũ báo cáo viên … có 186 đồng chí" / "Đội ngũ 168 báo cáo viên hoạt động …"     a slip
# "Số hội viên … có 21.436 người" / "Hội đã vận động 21.346 hội viên đóng góp …"        nothing
_STOCK_OPENS = re.compile(r"^\W*(?:(?:hiện|hiện nay|đến nay|nay)\s+)?(?:đội ngũ|tổng số|số)?\s*$")


# The words between the subject's noun and its verb may qualify the members ("Đội ngũ giáo viên
# mầm non của huyện hiện có 624 người"): the other count's sentence must name them too, or it
# may count another kind ("Đội ngũ 642 giáo viên tiểu học …"). A possessive of the whole ("…
# báo cáo viên của huyện hiện có …") and the present ("hiện", "nay") qualify nothing.
#
# Every word of the qualifier counts, not its first only, and so does a possessive naming a
# body beyond the whole's level ("… của Đảng bộ Công an tỉnh", "… của Ban Tuyên giáo Tỉnh
# ủy"): two parallel statements of two tiers, two school levels or two bodies share their
# first words. Plain words of the level ("của huyện", "Hội", "Đảng bộ", "Huyện ủy") name the
# whole, except the tier after "cấp" ("cấp tỉnh" / "cấp huyện").
#
# example (our own)                                                                     told
# "Đội ngũ giáo viên mầm non … có 624 người" / "Đội ngũ 642 giáo viên tiểu học …"       nothing
# "Số đảng viên sinh hoạt trong các tổ chức này là 6.874 đồng chí" / "với 6.847 đảng viên
#  đang sinh hoạt trong doanh nghiệp …" (the sentence names "Tổ chức" too)               a slip
# "Đội ngũ báo cáo viên cấp tỉnh … 124 đồng chí" / "Đội ngũ 142 báo cáo viên cấp huyện" nothing
# "Số giáo viên các trường trung học cơ sở là 1.375 người" / "Số giáo viên các trường
#  tiểu học là 1.357 người"                                                              nothing
# "Số đảng viên của Đảng bộ Công an tỉnh là 3.127 …" / "… của Đảng bộ Quân sự tỉnh là
#  3.172 đồng chí"                                                                        nothing
# "Đội ngũ báo cáo viên của huyện hiện có 186 đồng chí" / "Đội ngũ 168 báo cáo viên …"  a slip
_QUALIFIER_CUT = re.compile(r"\s*\b(?:hiện|nay|hiện nay|đến nay)\b.*$")
_QUALIFIER_STOP = frozenset("các những này đó đây trên trong tại ở thuộc địa bàn và".split())
_QUALIFIER_PLAIN = frozenset(
    "của toàn cấp tỉnh huyện xã phường quận thị trấn thành phố hội đảng bộ đoàn ủy chi".split()
)


def _qualifier_words(qualifier: str) -> list[str]:
    """The words of a subject's qualifier that select members (see above)."""
    words = re.findall(r"[^\W\d_]+", _QUALIFIER_CUT.sub("", qualifier))
    return [
        w for i, w in enumerate(words)
        if w not in _QUALIFIER_STOP and (w not in _QUALIFIER_PLAIN or (i and words[i - 1] == "cấp"))
    ]  # fmt: skip


def _qualifier_unsaid(ctx: Context, g: Fig, f: Fig) -> bool:
    """Does a count named by its subject qualify its members with a word the other's sentence
    lacks (see above)?"""
    for a, b in ((g, f), (f, g)):
        at = _people_subject(ctx, a)
        if at is None:
            continue
        lo = max(ctx.clause(a.start, a.end)[0], a.start - 80)
        named = _PEOPLE_SUBJECT.search(ctx.low[lo : a.start])
        words = _qualifier_words(named.group(2)) if named else []
        if words and not set(words) <= _swap_sentence_words(ctx, b):
            return True
    return False


def _said_as_stock(ctx: Context, f: Fig) -> bool:
    """Is ``f`` said as a standing set: by its subject, opening its piece or after a stock word?"""
    if _people_subject(ctx, f) is not None:
        return True
    piece = _nb_piece_before(ctx, f)
    return bool(_STOCK_OPENS.match(piece) or _NB_STOCK_LEAD.search(piece))


def _swap_window(ctx: Context, f: Fig) -> tuple[list[str], list[str]]:
    """The four words before ``f`` and the three after it, in its clause; for a count of people
    by its subject ("Đội ngũ báo cáo viên của huyện hiện có 186 đồng chí"), the words from the
    subject on: its noun is named there, not after it."""
    cs, ce = ctx.clause(f.start, f.end)
    subject = _people_subject(ctx, f)
    before = re.findall(r"[^\W\d_]+", ctx.low[cs : f.start])[-4:]
    if subject is not None:
        before = re.findall(r"[^\W\d_]+", ctx.low[subject[1] : f.start])
    after = re.findall(r"[^\W\d_]+", ctx.low[f.end : ce])[:3]
    return before, after


# words after a unit that say which kind it counts, not what was done: "hộ nghèo", "đảng viên mới"
_KIND_WORDS = frozenset("nghèo cận mới nữ nam trẻ khó dân người thuộc là chính".split())


# The later count points back at a set already stated: "toàn bộ 1.385 đảng viên của Đảng bộ",
# or a sentence opening on it ("Với 125.640 người dân …", "Số 2.640 thẻ … được tặng", "Trong số
# 34 …", "Mỗi hộ trong số 165 hộ …"). With two digits swapped that is the set said again.
_ALL_BEFORE = re.compile(r"\b(?:toàn bộ|tất cả|toàn thể|trong số|trong tổng số)\s*$")
_OPENS_ON = re.compile(r"^\W*(?:trong số|trong tổng số|với|số|mỗi\s+[^\W\d]+\s+trong số|cả)\s*$")


def _points_back(ctx: Context, f: Fig) -> bool:
    s, _ = ctx.sentence_span(f.sent)
    return bool(_ALL_BEFORE.search(ctx.before_low(f, 20)) or _OPENS_ON.match(ctx.low[s : f.start]))


# A count that points back at a whole ("tất cả N X …", "trong (tổng) số N X …") may narrow it
# right after its noun (review 23ra): words the earlier sentence never says before what they
# all do ("… 356 đảng viên trong độ tuổi lao động được phân công", "… 1.264 hộ của thị trấn"),
# a clause opened by "có"/"đạt"/"thuộc"/"tham gia" that a later "đã/đều/sẽ/cũng/được" closes
# ("… 156 hội viên có hoàn cảnh khó khăn đã được thăm hỏi", "… 78 chi hội đạt loại khá được
# biểu dương"), anything before the comma after "trong (tổng) số" ("Trong tổng số 356 đảng
# viên được đánh giá, có …"), or a noun list that goes on ("… 421 đoàn viên và thanh niên").
# Two such words or a level ("… hội viên của Hội Cựu chiến binh phường") make a narrowing, and
# only before a predicate: words with no "đã/được/có …" after them may say what was done.
#
# example (our own)                                                                     told
# "Đảng bộ xã có 365 đảng viên. Trong tổng số 356 đảng viên được đánh giá, có 61 …"     nothing
# "Hội … có 165 hội viên. Tất cả 156 hội viên có hoàn cảnh khó khăn đã được tặng quà"   nothing
# "Xã có 1.246 hộ. Trong số 1.264 hộ của thị trấn, có 86 hộ kinh doanh cá thể."         nothing
# "Huyện có 68 hợp tác xã. Tất cả 69 hợp tác xã và tổ hợp tác đã được tập huấn …"       nothing
# "… có 365 đảng viên. Toàn bộ 356 đảng viên trong độ tuổi lao động được phân công …"  nothing
# "Hội … có 1.562 hội viên. Tất cả 1.526 hội viên đều đã tham gia bảo hiểm y tế."       a slip
# "… gồm 43 chi bộ … với 512 đảng viên. Trong tổng số 521 đảng viên, có 146 …"          a slip
_NARROW_MAIN = re.compile(
    r"\b(?:đã|đều|sẽ|cũng|được|có|đạt|tham gia|hoàn thành|ký|thực hiện|tổ chức)\b"
)
_NARROW_OPEN = re.compile(r"^(?:có|đạt|được|thuộc|tham gia|đang|không|chưa)\b")
_NARROW_CLOSE = re.compile(r"(?<!và )(?<!hoặc )(?<!, )\b(?:đã|đều|sẽ|cũng|được)\b")
_NARROW_STOP = frozenset(
    "của các những trong trên tại ở thuộc này đó đây toàn bộ cả số tổng và được đã đều là".split()
)
_NARROW_LEVEL = frozenset("tỉnh huyện xã phường quận thôn bản ấp".split())
_AMONG_FRAME = re.compile(r"(?<!%)(?<!%\s)\btrong\s+(?:tổng\s+)?số\s*$")


def _narrowed(ctx: Context, g: Fig, f: Fig, noun_end: int | None = None) -> bool:
    """Does the later count ``f`` narrow the set right after its noun with words the earlier
    count ``g``'s sentence lacks (see the table above)?"""
    low = ctx.low
    end = f.end if noun_end is None else noun_end
    ce = ctx.clause(f.start, f.end)[1]
    tail = re.split(r"[,;:.()]", low[end:ce], maxsplit=1)[0].strip()
    if not tail:
        return False
    known = set(re.findall(r"[^\W\d_]+", low[slice(*ctx.sentence_span(g.sent))])) | _NARROW_STOP

    def foreign(text: str) -> bool:  # two words or a level the earlier sentence lacks
        new = [w for w in re.findall(r"[^\W\d_]+", text) if w not in known]
        return len(new) >= 2 or bool(_NARROW_LEVEL & set(new))

    if re.match(r"(?:và|cùng|hoặc)\s+[^\W\d_]", tail) and foreign(tail.split(" ", 1)[1][:30]):
        return True  # "… 421 đoàn viên và thanh niên tiêu biểu": the list goes on
    after = low[end:ce].strip()[len(tail) :].lstrip()[:1]
    if _AMONG_FRAME.search(ctx.before_low(f, 20)) and after == ",":
        # "Trong số 1.526 hội viên vay vốn, …": those who borrowed (not what they are: "trong
        # số 1.068 đảng viên được kết nạp trong nhiệm kỳ là đoàn viên thanh niên, …")
        return foreign(re.split(r"\b(?:là|chiếm)\b", tail, maxsplit=1)[0])
    main = _NARROW_MAIN.search(tail)
    if main is None:
        return False  # "… 421 đảng viên tham dự hội nghị": what they did, maybe
    if foreign(tail[: main.start()]):
        return True
    rest = tail[main.start() :]  # "… hộ nghèo có người trong độ tuổi lao động đã được …"
    opener = _NARROW_OPEN.match(rest)
    if opener is None:
        return False
    close = _NARROW_CLOSE.search(rest, opener.end())
    if close is not None and opener.group() == "được" == close.group():
        close = None  # "được học tập … và được cấp …": one predicate going on
    return close is not None and foreign(rest[opener.end() : close.start()])


def _named_between(ctx: Context, g: Fig, f: Fig) -> bool:
    """Is the counted noun named again between the two counts ("Xã có 2.146 hộ. Ngoài số hộ
    thường trú, … một số hộ tạm trú …. Tất cả 2.164 hộ dân …": another set may have joined)?"""
    # members are named by the whole word: "hội" of "chi hội" or "Toàn Hội" names no "hội viên"
    key = f.unit.key or ""
    noun = key if key.endswith(" viên") else key.split()[0] if key else ""
    return bool(noun) and re.search(rf"\b{re.escape(noun)}\b", ctx.low[g.end : f.start]) is not None


def _swap_phrases(ctx: Context, f: Fig) -> set[tuple[str, str]]:
    """Pairs of adjacent content words around ``f`` in its clause (four before it, its unit
    and three after): "kết nạp 1.386 đảng viên" / "kết nạp 1.368 đảng viên" share ("kết",
    "nạp"); "8.215 hộ vay" / "8.251 hộ vay vốn" share ("hộ", "vay")."""
    before, after = _swap_window(ctx, f)
    unit = f.unit.key.split()[-1:] if f.unit.key else []
    pairs: set[tuple[str, str]] = set()
    for seq in (before, unit + after):
        for x, y in zip(seq, seq[1:], strict=False):
            if x in _SWAP_STOP or y in _SWAP_STOP or (x, y) == tuple(f.unit.key.split()[-2:]):
                continue
            if seq is before and counted_noun_pattern().fullmatch(f" {x} {y}"):
                continue  # "… 28 chi bộ với 642 đảng viên": another count's noun, no phrase
            if seq is not before and x == (unit or [""])[0] and y in _KIND_WORDS:
                continue  # "125 hộ nghèo" / "152 hộ nghèo": the kind of household, not a deed
            pairs.add((x, y))
    return pairs


def _same_moment(gm: set[str], fm: set[str]) -> bool:
    """Do two statements' moments agree? The same words, or a later one that names no moment
    of its own while the earlier names only a year ("Năm 2023 … 124 nhà" / "142 căn nhà được
    bàn giao trong năm"): a typo between them is told. A moment on both sides that differs, or
    a word like "hiện"/"thành lập" on one side only, sets them apart."""
    if gm == fm:
        return True
    if {frozenset(gm), frozenset(fm)} == {frozenset(), frozenset({"cuối năm"})}:
        return True  # the report's year end and its undated present
    return not fm and bool(gm) and all(_YEARS.fullmatch(m) for m in gm)


# Moments that set one statement of a count apart from another: a start, an earlier time, a
# round, a part of the year, the present. Years, dates and the report's own span ("giai đoạn",
# "nhiệm kỳ", "năm qua", "đến nay", "cuối năm") do not, unless both sides name them and differ.
_APART_MOMENT = re.compile(
    r"đầu năm|năm trước|năm ngoái|trước đây|trước khi|sau khi|sáp nhập|thành lập|ban đầu|"
    r"lúc đầu|bắt đầu|đầu kỳ|cuối kỳ|năm đầu|đầu nhiệm kỳ|đại hội|quý [ivx]+|đợt (?:trước|này|sau|\d+)|sáu tháng|"
    r"\b\d+ tháng|năm học|kỳ trước|kỳ này|lần trước|lần này|lúc mới|khi mới|khi xây dựng|hồi đầu|"
    # review 23sw: rounds of a council or conference ("Kỳ họp thứ 7" / "Đến kỳ họp thứ 8")
    r"(?:kỳ họp|phiên họp|hội nghị|lần) thứ (?:\d+|[^\W\d_]+)|"
    r"đầu khóa|mùa (?:khô|mưa)|\bhiện\b|năm nay|gần đây|trở lại đây|lũy kế|cả năm|cùng kỳ|"
    r"\bvụ (?:này|trước|sau)\b|\btrước\b(?!\s+(?:hết|mắt|tiên))|\bsau\b(?!\s+(?:nửa|giữa)\s+nhiệm kỳ)"
)
_NOW_OPENS = re.compile(r"(?:^|[,;:.]\s*)(?:và\s+)?(?:cho\s+)?đến nay\b")
_DAY_MONTH = re.compile(r"\b\d{1,2}/\d{1,2}\b|tháng \d+")


def _moments_agree(a: set[str], b: set[str], ta: str = "", tb: str = "") -> bool:
    """May the later statement (moments ``b``) restate the earlier (``a``)? The same words; or
    a later one that adds no year or date of its own ("Giai đoạn từ năm 2020 đến năm 2024 …
    1.386" / "Trong 5 năm … 1.368"; "Đến ngày 30/6/2024 … 261.042" / "Sau nửa nhiệm kỳ … tổng
    số … đạt 261.402"), with the same words of a start, an earlier time, a round or the present
    on both sides (read in the texts ``ta`` and ``tb`` up to each count: "Vụ này …" / "Vụ
    trước …", "Trước đợt rà soát …" / "Sau đợt rà soát …"). A later statement that names a
    year or date the earlier lacks is another one ("… 356 đảng viên" / "Đến ngày 31/12/2023,
    … 365 đảng viên")."""
    apart_a, apart_b = set(_APART_MOMENT.findall(ta)), set(_APART_MOMENT.findall(tb))
    # "Đến nay, toàn tỉnh có 1.264 …" opening a clause is the present, as "hiện" is (not the
    # span "Từ đầu nhiệm kỳ đến nay"): after "Báo cáo sơ kết năm 2022 … 1.246 …", another moment
    for t, apart in ((ta, apart_a), (tb, apart_b)):
        if _NOW_OPENS.search(t):
            apart.add("hiện")
    # (the earlier may say "hiện" and the later "sau …" of the report's present: "Hiện Đảng bộ
    # có …" / "Sau 5 năm thực hiện Nghị quyết, …")
    if not (apart_a - apart_b <= {"hiện"} and apart_b - apart_a <= {"sau"}):
        return False
    if a == b or _same_moment(a, b):
        return True
    ja, jb = " ".join(sorted(a)), " ".join(sorted(b))
    return all(set(pat.findall(jb)) <= set(pat.findall(ja)) for pat in (_YEARS, _DAY_MONTH))


# A span counted back from the report's own time: "ba năm qua", "Trong 5 năm qua", "Sau ba năm
# triển khai", "hai năm trở lại đây". Against years named on the other side it may be another
# window ("Từ năm 2022 đến năm 2023 … 316" / "Hai năm qua … 361" in a report of 2024).
_BACK_SPAN = re.compile(
    r"\b(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+năm\s+(?:qua|vừa qua|trở lại đây|gần đây)\b|"
    r"\bsau\s+(?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+năm\b"
)


def _back_span_against_years(ctx: Context, g: Fig, f: Fig) -> bool:
    """Does one count's sentence give a span counted back from now and the other's years?"""
    gs, _ = ctx.sentence_span(g.sent)
    fs, _ = ctx.sentence_span(f.sent)
    gl, fl = ctx.low[gs : g.end], ctx.low[fs : f.end]
    return bool(
        (_BACK_SPAN.search(gl) and _YEARS.search(fl))
        or (_BACK_SPAN.search(fl) and _YEARS.search(gl))
    )


# -- review 23sw: two counts that happen to be swaps of each other, told apart by their frame.
# A heading line above a count frames it as a section title does: "KẾT QUẢ NĂM 2023" /
# "KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024", "2. Đảng bộ xã Tân Lập" / "3. Đảng bộ xã Tân Hòa" (a line
# of at most 120 characters with no closing stop; the nearest one above the count's paragraph).
# (A heading of plans, "II. PHƯƠNG HƯỚNG …", does not set a count apart: a plans section may
# restate a stock, "Với 1.264 đảng viên, Đảng bộ phấn đấu …".)
_HEADING_END = re.compile(r"[.;:!?…,”\"]\s*$")


def _heading(ctx: Context, f: Fig) -> str:
    """The nearest heading line above ``f``'s line (lowercased), or "" when none."""
    end = ctx.text.rfind("\n", 0, f.start)
    for _ in range(12):
        if end < 0:
            return ""
        start = ctx.text.rfind("\n", 0, end) + 1
        line = ctx.text[start:end].strip()
        if line and len(line) <= 120 and not _HEADING_END.search(line):
            return line.lower()
        end = start - 1
    return ""


def _heading_frame(head: str) -> set[str]:
    """Years, moments and names a heading gives: "ii. kết quả 6 tháng đầu năm 2024" ->
    {"2024", "6 tháng", "đầu năm"}; "2. đảng bộ xã tân lập" -> {"xã tân lập"}."""
    named = re.findall(
        r"\b(?:thôn|xã|phường|thị trấn|huyện|tỉnh|đảng bộ|chi bộ|chi hội|huyện đoàn|khối)"
        r"(?:\s+[^\W\d_]+){1,3}",
        head,
    )
    return set(_YEARS.findall(head)) | set(_APART_MOMENT.findall(head)) | set(named)


def _headed_apart(ctx: Context, g: Fig, f: Fig) -> bool:
    """Do the two counts stand under two headings that each give a year, moment or name the
    other lacks?"""
    hg, hf = _heading(ctx, g), _heading(ctx, f)
    if not hg or not hf or hg == hf:
        return False
    a, b = _heading_frame(hg), _heading_frame(hf)
    return bool(a - b) and bool(b - a)


# Another body named by its role, not its name: "xã bạn", "huyện kế bên", "phường lân cận",
# "các xã còn lại", "đơn vị khác" ("Xã Tân Lập có 1.372 hộ …" / "… xã bạn có 1.327 hộ …").
_ROLE_BODY = re.compile(
    r"\b(?:xã|huyện|tỉnh|phường|thị trấn|thôn|bản|đơn vị|địa phương|đảng bộ|chi bộ|chi hội|"
    r"hội|trường|cơ sở|huyện đoàn|xã đoàn)\s+(?:bạn|kế bên|bên cạnh|lân cận|láng giềng|còn lại|"
    r"khác)\b|\bnơi khác\b"
)


def _other_body(ctx: Context, g: Fig, f: Fig) -> bool:
    """Does one count's sentence (up to it) name a body by a role the other's lacks?"""
    gs, ge = ctx.sentence_span(g.sent)
    fs, fe = ctx.sentence_span(f.sent)
    a = set(_ROLE_BODY.findall(ctx.low, gs, g.start))
    b = set(_ROLE_BODY.findall(ctx.low, fs, f.start))
    return bool(a - set(_ROLE_BODY.findall(ctx.low, fs, fe))) or bool(
        b - set(_ROLE_BODY.findall(ctx.low, gs, ge))
    )


_SWAP_TAIL_STOP = _SWAP_STOP | frozenset("về tại từ đến để ở trên dưới hơn".split())


# a predicate after the count's own phrase: "4.216 hộ nghèo được vay đã có điều kiện …"
_TAIL_CUT = re.compile(r"\b(?:được|đã|đều|đang|sẽ|là|để|nên|nhưng|vì|do|nhờ|chiếm|tăng|giảm)\b")


def _tail_words(ctx: Context, f: Fig) -> list[str]:
    """The first ten words of ``f``'s own phrase after its unit: its comma-piece up to a
    predicate."""
    return re.findall(r"[^\W\d_]+", _TAIL_CUT.split(_piece_after(ctx, f))[0])[:10]


def _swap_sentence_words(ctx: Context, f: Fig) -> set[str]:
    """The words of ``f``'s sentence."""
    return set(re.findall(r"[^\W\d_]+", ctx.low[slice(*ctx.sentence_span(f.sent))]))


def _money_head(ctx: Context, f: Fig) -> list[str]:
    """The words naming an amount in its whole piece before it (whole words, no cut)."""
    s, _ = ctx.sentence_span(f.sent)
    return re.findall(r"[^\W\d_]+", re.split(r"[,;:()]", ctx.low[s : f.start])[-1])


_EVENT_UNITS = frozenset("buổi lớp cuộc đợt chuyến suất".split())


# Two bodies of the political system or the state as the subjects of the two counts:
# "Ban Dân vận các cấp tiếp 1.246 lượt công dân" / "Ủy ban nhân dân các cấp tiếp 1.264 lượt".
_SWAP_BODY = re.compile(
    r"\b(?:ủy ban nhân dân|hội đồng nhân dân|ủy ban mặt trận tổ quốc|mặt trận tổ quốc|"
    r"ủy ban kiểm tra|ban dân vận|ban tổ chức|ban tuyên giáo|ban nội chính|hội nông dân|"
    r"hội liên hiệp phụ nữ|hội phụ nữ|hội cựu chiến binh|đoàn thanh niên|công đoàn|công an|"
    r"ban chỉ huy quân sự|ngân hàng chính sách xã hội|bảo hiểm xã hội|tòa án|viện kiểm sát|"
    r"thanh tra|trung tâm y tế|hội chữ thập đỏ|hội khuyến học|hội người cao tuổi)\b"
)


def _bodies_apart(ctx: Context, g: Fig, f: Fig) -> bool:
    """Does each count's clause up to it name such a body, none of them named in the other's
    sentence?"""
    gs, ge = ctx.sentence_span(g.sent)
    fs, fe = ctx.sentence_span(f.sent)
    gc, fc = ctx.clause(g.start, g.end)[0], ctx.clause(f.start, f.end)[0]
    a = set(_SWAP_BODY.findall(ctx.low, gc, g.start))
    b = set(_SWAP_BODY.findall(ctx.low, fc, f.start))
    return (
        bool(a and b)
        and not a & set(_SWAP_BODY.findall(ctx.low, fs, fe))
        and not b & set(_SWAP_BODY.findall(ctx.low, gs, ge))
    )


def _tails_apart(ctx: Context, g: Fig, f: Fig) -> bool:
    """Do the two counts name one phrase that goes on to two things, each absent from the
    other's sentence? After three content words in common or a "về"/"cho" (what it was about,
    whom it was for): "764 hội viên tham gia mô hình tiết kiệm" / "746 hội viên tham gia mô
    hình 5 không 3 sạch"; "2.317 buổi tuyên truyền về an toàn giao thông" / "2.371 buổi tuyên
    truyền về phòng chống ma túy"; for amounts, the words naming them before: "Tổng mức đầu
    tư công trình đường giao thông liên xã là 14,5 tỷ đồng" / "… công trình trường mầm non
    … là 15,4 tỷ đồng". (Not "6.425 hộ vay vốn ưu đãi" / "6.452 hộ vay vốn phát triển sản
    xuất": two words in common, then what the loans did.)"""
    if f.unit.key == "đồng":
        tg, tf = _money_head(ctx, g), _money_head(ctx, f)
    else:
        tg, tf = _tail_words(ctx, g), _tail_words(ctx, f)
    i = next((k for k, (x, y) in enumerate(zip(tg, tf, strict=False)) if x != y), None)
    if i == 0 and f.unit.key in _EVENT_UNITS and len(tg) > 1 and len(tf) > 1:
        # a unit of events names its kind right after it: "537 buổi sinh hoạt chuyên đề …" /
        # "573 buổi ra quân làm vệ sinh môi trường"
        gp, fp = " ".join(tg[:2]), " ".join(tf[:2])
        gs, ge = ctx.sentence_span(g.sent)
        fs, fe = ctx.sentence_span(f.sent)
        return gp not in ctx.low[fs:fe] and fp not in ctx.low[gs:ge]
    if not i:
        return False
    shared = [w for w in tg[:i] if w not in _SWAP_TAIL_STOP]
    if not shared or (len(shared) < 3 and tg[i - 1] not in ("về", "cho")):
        return False
    stop = _SWAP_TAIL_STOP | _MONEY_STOP
    rg = {w for w in tg[i:] if w not in stop} - set(tf)
    rf = {w for w in tf[i:] if w not in stop} - set(tg)
    return (
        bool(rg)
        and bool(rf)
        and not rg & _swap_sentence_words(ctx, f)
        and not rf & _swap_sentence_words(ctx, g)
    )


def _stock_then_some(ctx: Context, g: Fig, f: Fig) -> bool:
    """Is the earlier a body's stock ("Toàn tỉnh có 5.260 cán bộ, công chức cấp xã.") and
    the later opens its piece and goes on with what some of them did or are, in two words
    or more the earlier's sentence lacks ("Trong năm, 5.206 cán bộ, công chức cấp xã đạt
    chuẩn về trình độ chuyên môn")?"""
    if not re.search(r"\b(?:có|là)\s*$", ctx.before_low(g, 12)):
        return False
    s, _ = ctx.sentence_span(f.sent)
    lead = re.split(r"[,;:.]", ctx.low[s : f.start])[-1].strip()
    if lead not in ("", "có"):
        return False
    tail = re.findall(r"[^\W\d_]+", _piece_after(ctx, f))[:8]
    return len({w for w in tail if w not in _SWAP_TAIL_STOP} - _swap_sentence_words(ctx, g)) >= 2


# "tăng 18 em", "giảm 18 hộ", "tăng thêm 18 hộ" after the later count: the difference is
# stated, so the two are two levels ("… 846 học sinh … Năm học vừa qua … 864 học sinh, tăng 18
# em").
_STATED_CHANGE = re.compile(
    r"\b(?:tăng|giảm|thêm|nhiều hơn|ít hơn|hơn|thiếu|vượt)\s+(?:thêm\s+|được\s+)?(\d{1,3}(?:\.\d{3})*)\b"
)


def _difference_stated(ctx: Context, g: Fig, f: Fig) -> bool:
    """Does either sentence state, after its count, a rise or fall of exactly their gap?"""
    gap = abs(int(g.value) - int(f.value))  # type: ignore[arg-type]
    for fig in (g, f):
        _, e = ctx.sentence_span(fig.sent)
        for m in _STATED_CHANGE.finditer(ctx.low, fig.end, e):
            if int(m.group(1).replace(".", "")) == gap:
                return True
    return False


# A year's window against a longer one: "Trong năm, các chi bộ kết nạp 193 …" / "Cả nhiệm kỳ,
# các chi bộ kết nạp 913 …"; "Riêng năm 2024 … 129 hộ vay" / "Từ khi thành lập đến nay … 192".
_YEAR_WINDOW = re.compile(
    r"\b(?:trong năm|năm nay|cả năm|riêng năm|tính riêng)\b|\bnăm (?:1[89]|2\d)\d{2}\b"
)
_LONG_WINDOW = re.compile(
    r"\b(?:nhiệm kỳ|giai đoạn|lũy kế|cộng dồn|tính chung|từ khi|từ năm|các năm)\b|"
    r"\b\d+ năm\b|(?:1[89]|2\d)\d{2}\s*-\s*(?:1[89]|2\d)\d{2}"
)


def _windows_apart(ctx: Context, g: Fig, f: Fig) -> bool:
    """Does one count's sentence up to it give only a year's window, the other's only a
    longer one?"""
    gs, _ = ctx.sentence_span(g.sent)
    fs, _ = ctx.sentence_span(f.sent)
    gl, fl = ctx.low[gs : g.start], ctx.low[fs : f.start]

    def kind(t: str) -> str:
        y, lw = bool(_YEAR_WINDOW.search(t)), bool(_LONG_WINDOW.search(t))
        return "year" if y and not lw else "long" if lw and not y else ""

    return {kind(gl), kind(fl)} == {"year", "long"}


# A plan or proposal that frames a count: the sentence opens with a plan word ("Phấn đấu đến
# cuối năm 2025, toàn tỉnh có 659 thôn, bản …"), or a proposal governs it ("Đảng ủy xã đề nghị
# … tặng Huy hiệu Đảng cho 213 đảng viên"); "cũng" before the later count adds another set
# ("Cũng trong năm, các huyện đoàn vùng thấp giới thiệu 231 …").
_PLAN_OPENS = re.compile(
    r"^\W*(?:phấn đấu|mục tiêu|kế hoạch|dự kiến|chỉ tiêu|định hướng|dự toán)\b"
)
_PROPOSED = re.compile(r"\b(?:đề nghị|đề xuất)\b")


def _planned_or_also(ctx: Context, g: Fig, f: Fig) -> bool:
    """Is either count planned or proposed, or the later said with "cũng"?"""
    for fig in (g, f):
        s, _ = ctx.sentence_span(fig.sent)
        cs, _ = ctx.clause(fig.start, fig.end)
        if _PLAN_OPENS.search(ctx.low[s : fig.start]) or _PROPOSED.search(ctx.low, cs, fig.start):
            return True
    cs, _ = ctx.clause(f.start, f.end)
    return bool(re.search(r"\bcũng\b", ctx.low[cs : f.start]))


# Labels of parallel items: the same head word, another specifier, before a colon at the start
# of each line or sentence ("- Lĩnh vực trồng trọt: hỗ trợ 537 hộ." / "- Lĩnh vực chăn nuôi:
# hỗ trợ 573 hộ."; "Huyện Quan Sơn: …" / "Huyện Quan Hóa: …").
def _label(ctx: Context, f: Fig) -> str:
    """The label before a colon opening ``f``'s line or sentence (not a speaker's), or ""."""
    s, _ = ctx.sentence_span(f.sent)
    ls = max(s, ctx.text.rfind("\n", 0, f.start) + 1)
    colon = ctx.text.find(":", ls, f.start)
    if colon < 0:
        return ""
    label = re.sub(r"^[\s\-+•*]*(?:\d+[.)]|[a-zđ][.)])?\s*", "", ctx.low[ls:colon]).strip()
    if not label or len(label.split()) > 6 or _SPEAKER.search(ctx.low, ls, colon + 1):
        return ""
    return label


def _labels_apart(ctx: Context, g: Fig, f: Fig) -> bool:
    """Are the two counts items of parallel labels (one head word, two specifiers)?"""
    a, b = _label(ctx, g), _label(ctx, f)
    return bool(a and b and a != b and a.split()[0] == b.split()[0])


# labels that set two statements of one noun apart: a term, a season, a level, a threshold
_CONTRAST = re.compile(
    r"học kỳ [ivx\d]+\b|quý [ivx\d]+\b|đợt \d+|\bvụ (?:đông xuân|hè thu|thu đông|mùa|chiêm|xuân)\b|"
    r"\bcấp (?:tỉnh|huyện|xã|cơ sở|trung ương)\b|\b\d+ năm tuổi|\bdo [^\d,.;]{1,25}? quản lý|"
    # review 81: areas, groups, rounds and seasons that set two statements of one noun apart
    r"\b(?:nông thôn|đô thị|thành thị)\b|\bvùng (?:cao|thấp|sâu|xa|trũng|ven biển|đồng bằng)\b|"
    r"\b(?:cấp mới|gia hạn|cấp đổi|cấp lại)\b|\b(?:lao động|đảng viên|hội viên|học sinh) (?:nam|nữ)\b|"
    r"\b(?:hội|chi hội) (?:nông dân|phụ nữ|cựu chiến binh)\b|\bđoàn thanh niên\b|\bmặt trận\b|"
    r"\bcác đoàn thể\b|\bhộ (?:cận nghèo|nghèo)\b|\bmùa (?:khô|mưa)\b|\bkỳ (?:trước|này)\b|"
    r"\blần (?:trước|này)\b|\bđợt (?:trước|này)\b|\bnăm học (?:trước|này)\b|"
    # review 20a: an occasion ("Dịp Tết Nguyên đán …" / "Nhân ngày 27/7 …"): two rounds of gifts
    r"\b(?:dịp|nhân dịp|nhân ngày) [^\d,.;]{2,25}?(?=[\s,])|\bnhân ngày \d{1,2}/\d{1,2}"
)


def _contrast_before(ctx: Context, f: Fig) -> set[str]:
    """The labels of _CONTRAST in ``f``'s sentence up to it, once per sentence and start (all
    they depend on: many pairs ask of the same figure)."""
    memo: dict[tuple[int, int], set[str]] = ctx.memo.setdefault("repeat.contrast", {})  # type: ignore[assignment]
    got = memo.get((f.sent, f.start))
    if got is None:
        s, _ = ctx.sentence_span(f.sent)
        got = memo[(f.sent, f.start)] = set(_CONTRAST.findall(ctx.low[s : f.start]))
    return got


def _contrasted(ctx: Context, g: Fig, f: Fig) -> bool:
    """Do the two sentences name different terms, seasons, levels or thresholds?"""
    a = _contrast_before(ctx, g)
    if not a:
        return False  # (a - b is empty whatever b is)
    b = _contrast_before(ctx, f)
    return bool(a - b) and bool(b - a)  # each names a label the other lacks


# ("đổi mới", renewing a way of working, names no round: "… đổi mới hình thức sinh hoạt")
_ROUND_WORDS = re.compile(r"\b(?:cấp đổi|cấp lại|lần đầu|cấp mới|bổ sung|đổi(?!\s+mới\b))\b")


def _ROUND_MARKS(ctx: Context, f: Fig) -> frozenset[str]:  # noqa: N802 - reads as a constant lookup
    """Words that say which round of an activity a count is: "lần đầu", "cấp đổi", "cấp lại"."""
    s, e = ctx.sentence_span(f.sent)
    return frozenset(_ROUND_WORDS.findall(ctx.low[s:e]))


_PEOPLE_NAMED = re.compile(r"\bsố\s+([^\W\d]+\s+viên)\s+(?:(?:hiện\s+)?(?:là|có|đạt)\s*)?:?\s*$")
# ... or the members its clause names as the subject a few words before its verb: "Đội ngũ báo
# cáo viên của huyện hiện có 186 đồng chí", "Số đảng viên sinh hoạt trong các tổ chức này là
# 6.874 đồng chí". Not when the words between name a part or a flow ("Số đảng viên nữ là 168
# đồng chí", "Số đảng viên được kết nạp trong năm là 186 đồng chí": _SUBSET).
#
# example (our own)                                                          counted as
# "Đội ngũ báo cáo viên của huyện hiện có 186 đồng chí"                      báo cáo viên
# "Số đảng viên sinh hoạt trong các tổ chức này là 6.874 đồng chí"          đảng viên
# "Số đảng viên nữ của Đảng bộ là 168 đồng chí"                              đồng chí (a part)
# "Số hội viên tham gia tổ tiết kiệm là 186 người"                           người (a part)
_PEOPLE_SUBJECT = re.compile(
    r"\b(?:số(?:\s+lượng)?|đội ngũ)\s+((?:[^\W\d]+\s+){1,2}?viên)\s+([^\d,;:.()]{1,45}?)\s+"
    r"(?:hiện\s+|nay\s+)?(?:là|có|gồm|đạt)\s*:?\s*$"
)


def _people_named(ctx: Context, f: Fig) -> str | None:
    """The members a count of "người"/"đồng chí" counts, as its clause names them (see above)."""
    named = _PEOPLE_NAMED.search(ctx.before_low(f, 40))
    if named:
        return named.group(1)
    at = _people_subject(ctx, f)
    return None if at is None else at[0]


def _people_subject(ctx: Context, f: Fig) -> tuple[str, int] | None:
    """(the "… viên" a count of "người"/"đồng chí" counts, where its subject phrase starts) when
    its clause names them before its verb ("Đội ngũ báo cáo viên của huyện hiện có 186 đồng
    chí" -> ("báo cáo viên", the start of "Đội ngũ")), else None."""
    if f.unit.key not in ("người", "đồng chí"):
        return None
    lo = max(ctx.clause(f.start, f.end)[0], f.start - 80)
    named = _PEOPLE_SUBJECT.search(ctx.low[lo : f.start])
    if named is None or _SUBSET.search(named.group(2)):
        return None
    return named.group(1), lo + named.start()


def _in_table(ctx: Context, f: Fig) -> bool:
    """Is ``f`` in a table row (a line with " | " or a tab)?"""
    text = ctx.text
    ls = text.rfind("\n", 0, f.start) + 1
    le = text.find("\n", f.end)
    if le < 0:
        le = len(text)
    return text.find("\t", ls, le) >= 0 or text.find(" | ", ls, le) >= 0  # (no line copied)


def _swapped_digits(ctx: Context, done: list[Check]) -> list[Check]:
    out: list[Check] = []
    words: dict[int, set[str]] = {}
    said = [set(c.mention_ids) for c in done]
    by_unit: dict[str, list[Fig]] = {}
    for f in ctx.figs:
        if (
            f.type == "quantity" and (f.exact_count or f.unit.key == "đồng")
            and f.qual == "exact" and f.value
            and f.value >= 100 and f.unit.key and f.unit.head not in vocab.TIME_UNITS
            and (not f.unit.key.endswith("đồng") or f.unit.key == "đồng")
        ):  # fmt: skip
            key = _plain_key(f.unit.key)
            if key in ("người", "đồng chí"):
                # "Tổng số hội viên là 186.452 người": counted as the members it names
                key = _people_named(ctx, f) or key
            by_unit.setdefault(key, []).append(f)
    for group in by_unit.values():
        # two values can be a swap only with the same digits: a unit with no such pair is
        # skipped before the (costlier) test for a bracketed level
        digits: set[tuple[str, ...]] = set()
        pair = False
        for f in group:
            sig = (str(len(str(int(f.value)))), *sorted(str(int(f.value))))  # type: ignore[arg-type]
            if sig in digits:
                pair = True
                break
            digits.add(sig)
        if not pair:
            continue
        group = [f for f in group if not reference_level(ctx, f)]
        for k, f in enumerate(group):
            for g in group[:k]:
                if not _swapped(int(g.value), int(f.value)) or any(
                    g.id in ids and f.id in ids for ids in said
                ):  # type: ignore[arg-type]
                    continue  # (a pair another check already relates is not told twice)
                if g.sent == f.sent:
                    continue  # "418 mô hình …, 156 mô hình …; số còn lại (165 mô hình)": a list
                if "/" in f.unit.key or (_in_table(ctx, g) and _in_table(ctx, f)):
                    continue  # prices per kg, cells of two rows or columns: no restatement
                (gm, gmove), (fm, fmove) = _swap_scope(ctx, g), _swap_scope(ctx, f)
                # most of their words agree: the same thing, not two activities with one noun
                if gmove or fmove:
                    continue
                if _located_apart(ctx, g, f):
                    continue  # "… đang sinh hoạt tại chi bộ khu phố": the members of some places
                whole = _whole_restated(ctx, g, f)
                if not (_moments_agree(set(gm), set(fm)) or (whole and _now_only(ctx, gm, fm))):
                    continue
                # five digits and more with two swapped are no chance of two real counts: the
                # words need only share the noun ("186.452 người" hội viên / "186.542 hội viên")
                need = 1 if min(g.value, f.value) >= 10_000 else 3  # type: ignore[type-var]
                if f.unit.key == "đồng":
                    # money is named by its words alone ("nguồn vốn Quỹ Hỗ trợ nông dân … 68,4
                    # tỷ đồng" / "… 64,8 tỷ đồng"): four words in common, digits as written
                    if not _swapped_text(_written(g), _written(f)):
                        continue
                    if len(_money_words(ctx, g) & _money_words(ctx, f)) < 4:
                        continue
                elif (
                    len(_swap_words(ctx, g) & _swap_words(ctx, f)) < need
                    and not (_swap_phrases(ctx, g) & _swap_phrases(ctx, f))
                    and not (_points_back(ctx, f) and not _named_between(ctx, g, f))
                    and not _sentences_share(ctx, g, f)
                    and not whole
                    and not _subject_names_it(ctx, g, f)
                ):
                    continue  # (two words that make one phrase on both sides are enough)
                if (_people_subject(ctx, g) or _people_subject(ctx, f)) and not (
                    _said_as_stock(ctx, g) and _said_as_stock(ctx, f)
                ):
                    continue  # "Số hội viên … có 21.436 người" / "… đã vận động 21.346 hội viên"
                if _qualifier_unsaid(ctx, g, f):
                    continue  # "Đội ngũ giáo viên mầm non … 624 người" / "642 giáo viên tiểu học"
                if _points_back(ctx, f) and _narrowed(ctx, g, f):
                    continue  # "Tất cả 156 hội viên có hoàn cảnh khó khăn đã …": a subset
                gss, fss = ctx.sentence_span(g.sent)[0], ctx.sentence_span(f.sent)[0]
                if (
                    _back_span_against_years(ctx, g, f)
                    or _subset_tail(ctx, g, f)
                    or _framed_apart(ctx, g, f)
                ):
                    continue  # "Từ năm 2022 đến năm 2024 …" / "Ba năm qua …"; "… 624 đảng viên dự …"
                if (
                    _headed_apart(ctx, g, f)
                    or _labels_apart(ctx, g, f)
                    or _other_body(ctx, g, f)
                    or _bodies_apart(ctx, g, f)
                    or _tails_apart(ctx, g, f)
                    or _stock_then_some(ctx, g, f)
                    or _difference_stated(ctx, g, f)
                    or _windows_apart(ctx, g, f)
                    or _planned_or_also(ctx, g, f)
                    or _nb_planned_section(ctx, g, f)
                    or _nb_plural_other(ctx, g, f)
                    or _nb_subjects_apart(ctx, g, f)
                    or _owner_apart(ctx, g, f)
                ):
                    continue  # two sections, items, bodies or objects; a subset; two windows; a plan
                gl, fl = ctx.low[gss : g.start], ctx.low[fss : f.start]
                if not _moments_agree(_moments(gl), _moments(fl), gl, fl) and not (
                    whole and _now_only(ctx, _moments(gl), _moments(fl))
                ):
                    continue  # "Hiện nay … 4.126" / "Khi mới thành lập … 4.162": two moments
                if _swap_places_differ(ctx, g, f):
                    continue  # "Xã Phú Lộc có 342 hộ" / "Xã Phú Thịnh có 324 hộ": two places
                if _SINGLED_HEAD.match(ctx.low, fss, f.start) and not _SINGLED_HEAD.match(
                    ctx.low, gss, g.start
                ):
                    continue  # "Riêng năm 2024, … 1.396 căn" after "Từ năm 2021 … 1.936 căn"
                if _swap_seasons_differ(ctx, g, f):
                    continue  # "vụ Đông Xuân … 2.456 ha" / "vụ Mùa 2.546 ha": two seasons (review 38c)
                gl, fl = _whole_levels(ctx, g), _whole_levels(ctx, f)
                if gl and fl and gl != fl:
                    continue  # "toàn tỉnh có 6.172 hộ …" / "toàn huyện có 1.672 hộ …" (review 53)
                gsent = ctx.low[slice(*ctx.sentence_span(g.sent))]
                fsent = ctx.low[slice(*ctx.sentence_span(f.sent))]
                if any(n not in fsent for n in _subject_nouns(ctx, g)) and any(
                    n not in gsent for n in _subject_nouns(ctx, f, later=True)
                ):
                    continue  # "Các chi bộ … 1.236 buổi" / "Các chi đoàn … 1.263 buổi"
                if _other_activity(ctx, g, f, words):
                    continue  # "xây mới 1.468 căn" / "sửa chữa 1.486 căn": two activities
                if _ROUND_MARKS(ctx, g) != _ROUND_MARKS(ctx, f) or _contrasted(ctx, g, f):
                    continue  # "cấp … lần đầu" / "cấp đổi …": first issue and re-issue
                if any(h.value == f.value for h in group[:k]):  # type: ignore[union-attr]
                    continue  # the later value was stated before too: two figures, not a slip
                what = f.unit.key
                if what == "đồng":  # an amount: as written ("68,4 tỷ đồng" / "64,8 tỷ đồng")
                    what = " ".join(sorted(_money_words(ctx, g) & _money_words(ctx, f)))
                    why = render("repeat.swapped", what=(what, what), a=_written(g), b=_written(f))
                else:
                    why = render("repeat.swapped", what=(what, what), a=g.value, b=f.value)
                out.append(
                    ctx.check(
                        NAME,
                        "inconsistent",
                        [g.value, f.value],
                        [g, f],  # type: ignore[list-item]
                        ctx.clause(f.start, f.end),
                        expected=g.value,
                        observed=f.value,
                        tolerance=0,
                        why=why,
                    )  # fmt: skip
                )
                break
    return out


# -- a count that says it is one stated before: "qua 12 buổi tiếp xúc cử tri nói trên", "15 mô hình
# kể trên", "trong 40 hộ đã nêu". The earlier count is the one of the same unit and words; when
# exactly one such count stands before, a different value contradicts it.
_ABOVE = re.compile(
    r"^([^\d;,.()]{0,40}?)\s*\b(?:nói trên|kể trên|nêu trên|đã nêu|vừa nêu|trên đây|đã nói)\b"
)


# "125 trạm y tế này", "2.813 hộ nghèo này": "này" right after the count's noun and at most one
# word of it (not "324 hộ tham gia mô hình này": there it points at "mô hình")
_THIS = re.compile(r"^((?:\s+[^\W\d]+)?)\s+này\b")


_THIS_SUBSET = re.compile(
    r"\b(?:loại (?:bỏ|ra|những|các)|trừ|không đủ điều kiện|trong số (?:đó|này)|một phần)\b"
)


def _this_named_apart(ctx: Context, g: Fig, f: Fig) -> bool:
    """May the count ``f`` points back at be another than ``g`` (review 38)? Its value said
    before in any words ("… có 125 trạm đạt chuẩn … 125 trạm y tế này"), any percent between
    them (a share of ``g``: "hơn 80% số trạm đạt chuẩn"), a subset named after ``g``'s sentence
    ("loại những hộ không đủ điều kiện", "trong số đó"), or a time between them ("Năm 2024, …")."""
    if any(h.value == f.value for h in ctx.figs[: f.i] if h.type != "percent"):
        return True
    if any(h.type == "percent" for h in ctx.figs_from(g.end, f.start)):
        return True  # "… hơn 80% số trạm đạt chuẩn. 125 trạm y tế này …": a share of them
    if _THIS_SUBSET.search(ctx.low, ctx.sentence_span(g.sent)[1], f.start):
        return True  # "loại những hộ không đủ điều kiện", "một phần mười trong số đó" (review 38b)
    return bool(vocab.TIME_MARK.search(ctx.low, g.end, f.start))


# -- a rate that says it is one stated before: "… tỷ lệ hộ dân nông thôn sử dụng nước sạch đáp ứng
# quy chuẩn ở mức 56,4% nói trên" after "… sử dụng nước sạch đáp ứng quy chuẩn đạt 54,6%". The
# earlier rate is the one whose words before it share three content words with the later one's,
# and say every word of the later one's (review 38d: the sentence's words let a sub-rate or another
# group through), no target; told only when exactly one such rate is a
# typing slip of it (two digits swapped, the decimal mark moved), no rate of that value was said,
# and no time stands between them.
#
# example (our own)                                                                     told
# "… tỷ lệ che phủ rừng đạt 58,4% … tỷ lệ che phủ rừng 54,8% nói trên …"                 inconsistent
# "… tỷ lệ che phủ rừng đạt 58,4% … tỷ lệ che phủ rừng 58,4% nói trên …"                 consistent
# "… che phủ rừng đạt 58,4% … Năm 2024, tỷ lệ che phủ rừng 54,8% nói trên …"             nothing
# "… hộ nghèo còn 4,56% … tỷ lệ hộ cận nghèo 4,65% nói trên …"                            nothing
_PCT_ABOVE = re.compile(r"\s*(?:nói trên|kể trên|nêu trên|vừa nêu|đã nêu)\b")
_PCT_PLAN = re.compile(r"phấn đấu|chỉ tiêu|mục tiêu|kế hoạch|dự kiến")
_PCT_STOP = frozenset(
    "tỷ tỉ lệ đạt là ở mức có được của các những và năm trong đó số chiếm bằng còn với đến nay "
    "toàn huyện tỉnh xã".split()
)


def _pct_words(ctx: Context, f: Fig) -> list[str]:
    piece = re.split(r"[;:()]|[.,](?!\d)", ctx.before_low(f, 90))[-1]
    return [w for w in norm_words(piece).split() if w not in _PCT_STOP and not w.isdigit()]


def _percent_said_above(ctx: Context, done: list[Check]) -> list[Check]:
    out: list[Check] = []
    if "trên" not in ctx.low and "nêu" not in ctx.low:
        return out
    said = {i for c in done for i in c.mention_ids}
    for f in ctx.percents:
        if f.type != "percent" or f.value is None or f.id in said:
            continue
        if not _PCT_ABOVE.match(ctx.low, f.end, min(len(ctx.low), f.end + 20)):
            continue
        fw = set(_pct_words(ctx, f))
        if len(fw) < 3:
            continue
        earlier = [g for g in ctx.percents if g.start < f.start and g.type == "percent"]
        if any(g.value == f.value for g in earlier):
            continue  # the value was said: the restatement agrees with one of them
        near = [g for g in earlier if len(fw & set(_pct_words(ctx, g))) >= 3]
        slips = [g for g in near if _rs_slip(g, f)]
        if len(slips) != 1 or len(near) > 2:
            continue
        g = slips[0]
        if g.sent == f.sent or vocab.TIME_MARK.search(ctx.low, g.end, f.start):
            continue
        if any(round(a, d) == b for a, b in ((g.value, f.value), (f.value, g.value)) for d in (0, 1, 2)):
            continue  # "65,43%" … "65,4% nói trên": the same rate with fewer decimals (review 38d)
        if _PCT_PLAN.search(ctx.before_low(g, 90)):
            continue  # the earlier rate is a target ("Phấn đấu … đạt 58,4%")
        gw = set(_pct_words(ctx, g))
        if fw - gw:
            continue  # the later rate names a word the earlier's own label lacks ("cận", "sạch")
        what = " ".join(w for w in _pct_words(ctx, f) if w in gw)
        marker = " ".join(_PCT_ABOVE.match(ctx.low, f.end, f.end + 20).group(0).split())  # type: ignore[union-attr]
        why = render("repeat.said_above", what=(what, what), a=g.value, b=f.value, marker=marker)
        out.append(ctx.check(NAME, "inconsistent", [g.value, f.value], [g, f],  # type: ignore[list-item]
                             ctx.clause(f.start, f.end), expected=g.value, observed=f.value,
                             tolerance=0, why=why))  # fmt: skip
    return out


def _said_above(ctx: Context) -> list[Check]:
    out: list[Check] = []
    low = ctx.low
    if not any(
        w in low
        for w in (
            "nói trên",
            "kể trên",
            "nêu trên",
            "đã nêu",
            "vừa nêu",
            "trên đây",
            "đã nói",
            "này",
        )
    ):
        return out
    for f in ctx.figs:
        if not f.exact_count or not f.unit.key or f.unit.head in vocab.TIME_UNITS:
            continue
        hit = _ABOVE.match(ctx.text[f.end : f.end + 60].lower())
        this = None if hit else _THIS.match(ctx.text[f.end : f.end + 40].lower())
        if not hit and not this:
            continue
        hit = hit or this
        words = norm_descriptor(f"{f.unit.key} {hit.group(1)}")
        found = [
            g for g in ctx.figs[: f.i]
            if g.exact_count and g.unit.key == f.unit.key and same_thing(words, descriptor(ctx, g))
        ]  # fmt: skip
        if not found:
            continue
        equal = next((g for g in reversed(found) if g.value == f.value), None)
        if equal is not None:
            out.append(_emit(ctx, equal, f, f.value, words))  # type: ignore[arg-type]
            continue
        if len(words.split()) < 2:
            continue
        if _sums_listed(ctx, f):
            continue  # "xây mới 132 nhà, sửa chữa 15 căn nhà. … 147 căn nhà nói trên": all of them
        if len(found) != 1 or this:
            # two earlier counts of those words ("3.418 đảng viên", "196 đảng viên mới"), or a
            # bare "này": the one meant is told only by a typing slip of it, and only one such
            # ("Với 3.481 đảng viên nói trên", "364 hộ nghèo này" after "346 hộ nghèo")
            # (no dropped last digit: "2.813 hộ" … "281 hộ nghèo này" may be a tenth of them)
            slips = [g for g in found if _rs_slip(g, f) and len(_rs_digits(g)) == len(_rs_digits(f))]
            if len(slips) != 1 or _this_named_apart(ctx, slips[0], f):
                continue
            g = slips[0]
        else:
            g = found[0]
            if not _close_slip(g.value, f.value):  # type: ignore[arg-type]
                continue  # "10 huyện hội" … "4 huyện hội nêu trên": the ones just listed, not a slip
        if _accounted_between(ctx, g, f):
            continue  # "152 hộ nghèo … 14 trường hợp … thoát nghèo … 138 hộ nghèo nêu trên"
        marker = "này" if this else " ".join(hit.group(0).split()[-2:])
        why = render("repeat.said_above", what=(words, words), a=g.value, b=f.value, marker=marker)
        out.append(ctx.check(NAME, "inconsistent", [g.value, f.value], [g, f],  # type: ignore[list-item]
                             ctx.clause(f.start, f.end), expected=g.value, observed=f.value,
                             tolerance=0, why=why))  # fmt: skip
    return out


def _sums_listed(ctx: Context, f: Fig) -> bool:
    """Is ``f`` the sum of two or more counts of its kind stated right before it (its sentence
    and the two before)?"""
    run = 0.0
    n = 0
    for g in reversed(ctx.figs[: f.i]):
        if f.sent - g.sent > 2:
            break
        if (
            g.type != "quantity"
            or not g.exact_count
            or not (
                g.unit.key == f.unit.key
                or kin(g.unit, f.unit)
                or g.unit.key.split(" ")[-1] == f.unit.key.split(" ")[-1]  # "nhà" / "căn nhà"
            )
        ):
            continue
        run += g.value  # type: ignore[operator]
        n += 1
        if n >= 2 and run == f.value:
            return True
        if run > f.value:  # type: ignore[operator]
            return False
    return False


# -- the numerator of a fraction restated as a count of the same words: "14/20 hợp tác xã đạt
# loại khá" … "nâng số hợp tác xã đạt loại khá từ 14 lên 17 hợp tác xã" (found by words: a fit
# is told, a different value is silence).
_RATIO_DESC = re.compile(r"^\s*([^\d;,.()]{3,60}?)(?=\s*(?:[,;.()]|\bđạt\s+\d|$))")


def _numerator_restated(ctx: Context) -> list[Check]:
    out: list[Check] = []
    for r in ctx.figs:
        n = r.m.get("numerator") if r.type == "ratio" else None
        if (
            not isinstance(n, int | float)
            or isinstance(n, bool)
            or n < MIN_ANCHOR
            or not r.unit.key
        ):
            continue
        hit = _RATIO_DESC.match(ctx.text[r.end : r.end + 70].lower())
        desc = norm_descriptor(f"{r.unit.key} {hit.group(1) if hit else ''}")
        if len(desc.split()) < len(r.unit.key.split()) + 2:
            continue  # "12/15 xã" alone names no particular set
        for g in ctx.figs[r.i + 1 :]:
            if g.sent - r.sent > 60:
                break
            if not g.exact_count or g.value != n or g.unit.key != r.unit.key:
                continue
            near = norm_words(ctx.before(g, 80)) + " " + descriptor(ctx, g)
            if desc in near:
                out.append(_emit(ctx, r, g, float(n), desc))
                break
    return out


# -- a fraction right after the count it divides, in the same words: "số xã đạt chuẩn nông thôn
# mới tăng lên 16 xã. Như vậy, 16/22 xã đã đạt chuẩn" (16 = 16); "… lên 1.497 làng … Đến tháng
# 12/2024, 1.497/1.589 làng có chi bộ". The count stands in one of the two sentences before, in
# the fraction's noun, and its sentence holds every word the fraction says of its items (a fit).
_PLAIN_WORDS = frozenset(
    "đã được có là và của các số đến nay hiện tổng toàn như vậy trong đó với thì mới cho "
    "năm tháng chiếm đạt tỷ lệ".split()
)


def _fraction_after_count(ctx: Context) -> list[Check]:
    out: list[Check] = []
    for r in ctx.figs:
        n = r.m.get("numerator") if r.type == "ratio" else None
        if not isinstance(n, int) or isinstance(n, bool) or n < MIN_ANCHOR or not r.unit.key:
            continue
        hit = _RATIO_DESC.match(ctx.text[r.end : r.end + 70].lower())
        said = set(norm_descriptor(hit.group(1)).split()) if hit else set()
        said -= _PLAIN_WORDS | set(r.unit.key.split())
        if not said:
            continue
        for g in reversed(ctx.figs[: r.i]):
            if r.sent - g.sent > 2:
                break
            if g.type != "quantity" or not g.exact_count or g.value != n:
                continue
            if g.unit.key != r.unit.key:
                continue
            s, e = ctx.sentence_span(g.sent)
            if said <= set(norm_descriptor(ctx.text[s : min(e, r.start)]).split()):
                what = " ".join(f"{r.unit.key} {hit.group(1)}".split())  # type: ignore[union-attr]
                out.append(_emit(ctx, g, r, float(n), what))
            break
    return out


# -- a small count restated in the same words, sections apart: "còn 2 chỉ tiêu chưa đạt" … "tập
# trung khắc phục 2 chỉ tiêu chưa đạt"; "9 bản chưa có chi bộ" … "phấn đấu thành lập chi bộ ở 9
# bản chưa có chi bộ". Small counts repeat by chance, so the later one's own words (two or more,
# past its noun) must all stand in the earlier one's sentence, and no other count of the noun
# with another value may be said in those words (a fit: a mismatch proves nothing).
_SMALL_PLAIN = frozenset("còn lại đã được có là và của các cho này đó các trên những".split())


def _small_restated(ctx: Context) -> list[Check]:
    out: list[Check] = []
    said: dict[int, set[str]] = {}  # the normalised words of each sentence read so far
    # the quantity figures only: the first test below drops every other one
    for f in ctx.quantities:
        if f.type != "quantity" or not f.exact_count or not f.unit.key or f.value is None:
            continue
        if not 1 <= f.value < MIN_VALUE or f.unit.head in vocab.TIME_UNITS:
            continue
        if f.unit.key.split(" ")[0] in vocab.AGE_OR_TIME_UNITS | vocab.TIME_UNITS | {"kỳ", "quý"}:
            continue  # "6 tháng đầu năm", "2 năm liền": spans, not counts
        raw = descriptor(ctx, f)
        if "|" in raw or any(ch.isdigit() for ch in raw):
            continue  # a table cell or words with figures of their own
        desc = norm_descriptor(raw)
        words = set(desc.split()) - set(f.unit.key.split()) - _SMALL_PLAIN - _THING_STOP
        if len(words) < 2:
            continue
        hits: list[Fig] = []
        values: set[float] = set()
        for g in ctx.earlier_typed("quantity", f, 400):  # (the others fail the type test below)
            if g.sent == f.sent or g.type != "quantity" or not g.exact_count:
                continue
            if g.unit.key != f.unit.key:
                continue
            sent_words = said.get(g.sent)
            if sent_words is None:  # (a sentence's words depend on its text only: kept once)
                s, e = ctx.sentence_span(g.sent)
                sent_words = said[g.sent] = set(norm_descriptor(ctx.text[s:e]).split())
            if not words <= sent_words:
                continue
            if vocab.DELTA_BEFORE.search(ctx.before_low(g, 14)):
                continue  # "tăng 2 xã": a change, not a level
            values.add(g.value)  # type: ignore[arg-type]
            hits.append(g)
        if len(values) == 1 and f.value in values:
            out.append(_emit(ctx, hits[0], f, float(f.value), desc))
    return out


# -- a large count stated twice under two names of the same people or things: "5.120 đảng viên"
# … "tăng lên 5.120 đồng chí" (a four-digit value does not recur by chance; a fit is told).
_BIG = 1000


def _same_big_count(ctx: Context) -> list[Check]:
    out: list[Check] = []
    seen: dict[float, Fig] = {}
    # the quantity figures only: the first test below drops every other one
    for f in ctx.quantities:
        if f.type != "quantity" or not f.exact_count or f.value < _BIG or not f.unit.fams:  # type: ignore[operator]
            continue
        g = seen.get(f.value)  # type: ignore[arg-type]
        if (
            g is not None and g.unit.key != f.unit.key and g.unit.fams == f.unit.fams
            and not _rv_other_members(ctx, g, f)
        ):  # fmt: skip
            out.append(_emit(ctx, g, f, f.value, f"{f.unit.key} = {g.unit.key}"))  # type: ignore[arg-type]
        seen[f.value] = f  # type: ignore[index]
    # a smaller count under another name of the same people, named by the first's words: "… 486
    # đảng viên" then "Tổng số đảng viên hiện là 486 đồng chí"
    small: dict[float, Fig] = {}
    # the quantity figures only: the first test below drops every other one
    for f in ctx.quantities:
        if f.type != "quantity" or not f.exact_count or not 100 <= f.value < _BIG:  # type: ignore[operator]
            continue
        g = small.get(f.value)  # type: ignore[arg-type]
        if (
            g is not None
            and g.unit.key != f.unit.key
            and "person" in g.unit.fams
            and "person" in f.unit.fams
            and g.unit.key in ctx.lower_slice(ctx.clause(f.start)[0], f.start)
        ):
            out.append(_emit(ctx, g, f, f.value, f"{f.unit.key} = {g.unit.key}"))  # type: ignore[arg-type]
        small[f.value] = f  # type: ignore[index]
    return out


# -- a count stated roughly and exactly: "gần 15 vạn người" and "148.700 người" -> just under,
# within one unit of the rough figure's last digit (consistent only: found by unit alone).
_ROUGH_LEAD = ("gần", "khoảng", "xấp xỉ", "hơn", "trên")


def _round_step(f: Fig) -> float:
    """The place of the last non-zero digit as written, in value units: "gần 48.700" -> 100,
    "hơn 3,6 nghìn" -> 100, "gần 5 nghìn" -> 1 000, "hơn 700 tỷ đồng" -> 100e9."""
    w = as_written(f)
    if not w or w != int(w):
        return 2 * half_unit(f)
    scale = f.value / w  # type: ignore[operator]  # "5 nghìn" -> 1 000
    n, step = int(w), 1.0
    while n and n % 10 == 0:
        n //= 10
        step *= 10
    return step * scale


def _rounded_restated(ctx: Context) -> list[Check]:
    """A rough figure ("gần 5 nghìn đảng viên", "hơn 3,6 nghìn hộ", "khoảng 1.200 ha") that an
    exact count of its unit stated elsewhere satisfies within one unit of its last non-zero
    digit: "gần" just under, "hơn"/"trên" just over, "khoảng" either side. A rough figure
    of one significant digit ("gần 5 nghìn") takes only a unique such count."""
    out: list[Check] = []
    rough = [f for f in ctx.figs if f.type == "quantity" and f.qual in ("approx", "min") and f.value
             and f.m.text.lower().lstrip().startswith(_ROUGH_LEAD)]  # fmt: skip
    if not rough:
        return out
    for f in rough:
        lead = f.m.text.lower().lstrip()
        step = _round_step(f)
        if lead.startswith("gần"):
            lo, hi = f.value - step, f.value  # type: ignore[operator]
        elif lead.startswith(("hơn", "trên")):
            lo, hi = f.value, f.value + step  # type: ignore[operator]
        else:
            lo, hi = f.value - step, f.value + step  # type: ignore[operator]
        fits = []
        for g in ctx.figs:
            if g is f:
                continue
            v = g.value if g.type == "quantity" and g.exact_count else g.m.get("denominator")
            if (
                not isinstance(v, int | float)
                or g.unit.key != f.unit.key
                and not (g.unit.head and g.unit.head == f.unit.head)
            ):
                continue
            if lo <= v <= hi and v != f.value and v >= f.value / 2:  # type: ignore[operator]
                fits.append((g, v))
        if not fits or (len({v for _, v in fits}) > 1 and fits[0][1] < 10 * step):
            continue
        g, v = fits[0]
        later = f if f.start > g.start else g  # the claim is the restatement
        why = render(
            "repeat.rounded", what=(f.unit.key, f.unit.key), said=(f.m.text, f.m.text), b=v
        )
        out.append(ctx.check(NAME, "consistent", [f.value, float(v)], [f, g],  # type: ignore[list-item]
                             ctx.clause(later.start, later.end), expected=f.value, observed=v,
                             tolerance=step, why=why))  # fmt: skip
    return out


# -- the opening profile restated: "Bình Liêu là huyện …, có 7 xã, thị trấn với 75 thôn, khu phố"
# … "ở 7 xã, thị trấn" (7 = 7) … "Trong số 76 thôn, khu phố" (75 ≠ 76) ------------------------------
_PLACE = r"(?:xã|huyện|tỉnh|thị xã|thành phố|phường|thị trấn|quận)"
_PROFILE_OPEN = re.compile(
    rf"^\s*(?:{_PLACE}|[^\W\d]+(?:\s+[^\W\d]+){{0,3}}\s+là\s+(?:một\s+)?{_PLACE}\b[^\d;.:()]{{0,90}}?,)"
    r"\s*(?:hiện\s+)?có\s*$"
)
_PROFILE_GAP = re.compile(r"^\s*,?\s*(?:với|và|gồm)?\s*$")
_ADMIN = frozenset({"commune", "village", "district"})
# The later count names the whole again: "trong số 76 thôn", "toàn huyện có 76 thôn", "cả 9 ấp".
_WHOLE_BEFORE = re.compile(
    rf"(?:\btrong\s+(?:tổng\s+)?số|\btoàn\s+{_PLACE}(?:\s+(?:hiện\s+)?có)?|\b(?:tất\s+)?cả)\s*$"
)
# The number of units changes only by a reorganisation: then two values are two moments.
_REORGANISED = re.compile(
    r"sáp nhập|hợp nhất|chia tách|thành lập mới|điều chỉnh địa giới|\btách\b|\bnhập\b[^.;]{0,40}"
    r"\b(?:vào|với)\b"
)
# a word every match of _REORGANISED holds: a text with none of them has no match
_REORGANISED_WORDS = ("nhập", "hợp nhất", "tách", "thành lập mới", "điều chỉnh địa giới")


def _reorganised(ctx: Context) -> bool:
    """``_REORGANISED.search(ctx.low)``, once per document (several readings ask, pair by pair)."""
    got = ctx.memo.get("repeat.reorganised")
    if got is None:
        low = ctx.low
        got = ctx.memo["repeat.reorganised"] = any(w in low for w in _REORGANISED_WORDS) and bool(
            _REORGANISED.search(low)
        )
    return got  # type: ignore[return-value]


def _profile(ctx: Context) -> list[Fig]:
    """The administrative counts of the opening profile sentence ("Xã có 9 ấp, 6.138 hộ …")."""
    for sent in sorted(ctx.by_sent)[:6]:
        sent_figs = ctx.by_sent[sent]
        first = sent_figs[0]
        if not _PROFILE_OPEN.match(ctx.before(first, 140).lower()):
            continue
        listed = [first]
        for g in sent_figs[1:]:
            if not _PROFILE_GAP.match(ctx.gap(listed[-1], g).lower()):
                break
            listed.append(g)
        return [
            f
            for f in listed
            if f.exact_count and f.unit.head and f.unit.fams and f.unit.fams <= _ADMIN
        ]
    return []


# what all of the units do, after them: "… 126 thôn, tổ dân phố đã có chi bộ"
_PREDICATE_AFTER = re.compile(r"^\s*(?:đã|đều|được|đạt|hoàn thành)\b")


def _names_all(ctx: Context, g: Fig, said_all: bool = False) -> bool:
    """Does the phrase of ``g`` name all the units, no subset, moment or other place? Nothing
    may qualify the units after the count ("cả 5 thôn vùng bãi" is a subset); when the count
    itself says all of them ("8/8 thôn", "100% trong số 126 thôn") what they all do may follow
    ("… đã có chi bộ"), never after "trong số" alone ("trong số 8 thôn đã có chi bộ, …": those
    that have one)."""
    s, _ = ctx.clause(g.start, g.end)
    phrase = ctx.text[s : g.end]
    tail = re.split(r"[,;.:()]", ctx.text[g.end : g.end + 40], maxsplit=1)[0]
    if tail.strip() and not (said_all and _PREDICATE_AFTER.match(tail.lower())):
        return False
    # the present the profile speaks of is no other moment: "Đến nay, 8/8 thôn …" (the count's
    # own "8/8" is no date)
    low = _NOW.sub(" ", ctx.text[s : g.start].lower()) if said_all else phrase.lower()
    return not (vocab.TIME_MARK.search(low) or _PROPER.search(phrase))


_NOW = re.compile(r"\b(?:đến nay|hiện nay|hiện tại)\b")


def _profile_restated(ctx: Context) -> list[Check]:
    """A profile count stated again with the very same unit words. Equal: consistent. Different
    only when the later phrase names the whole ("trong số", "toàn huyện có", "cả"), with no
    date, other place or subset word, and no reorganisation of units anywhere in the report."""
    out: list[Check] = []
    profile = _profile(ctx)
    if not profile:
        return out
    reorganised = _reorganised(ctx)
    last = profile[-1]
    for p in profile:
        for g in ctx.figs[last.i + 1 :]:
            if g.unit.key != p.unit.key:
                continue
            if g.type == "ratio":
                den = g.m.get("denominator")
                n = g.m.get("numerator")
                if den == p.value and isinstance(n, int | float) and 0 <= n <= den:
                    why = render("repeat.profile_den", what=(p.unit.key, p.unit.key), a=p.value)
                    out.append(ctx.check(NAME, "consistent", [p.value, p.value], [p, g],  # type: ignore[list-item]
                                         ctx.clause(g.start, g.end), expected=p.value,
                                         observed=p.value, tolerance=0, why=why))  # fmt: skip
                elif (
                    n == den and isinstance(den, int | float) and den >= 2 and not reorganised
                    and _names_all(ctx, g, said_all=True)
                    # a slip, not a set of its own: "9 thôn" / "8/8 thôn", not "4" / "3/3" nor
                    # "9" / "6/6"; and no unit named apart ("…; riêng thôn 3 chưa …")
                    and p.value >= _FF_MIN and _ff_close(int(p.value), int(den))  # type: ignore[arg-type]
                    and not _ff_some(ctx, g, _allof_key(g.unit.key), g.end, pred=False)
                    and not _ff_pair_apart(ctx, p, g, den)
                    # no group of that many stated before ("… trong đó 8 thôn vùng thấp")
                    and not any(h.value == den and h.unit.key == g.unit.key
                                for h in ctx.figs[: g.i] if h.type == "quantity")
                ):  # fmt: skip
                    # "8/8 thôn đã có chi bộ" in a commune of 9 thôn: all of them, restated wrong
                    why = render(
                        "repeat.profile_differs", what=(p.unit.key, p.unit.key), a=p.value, b=den
                    )
                    out.append(ctx.check(NAME, "inconsistent", [p.value, den], [p, g],  # type: ignore[list-item]
                                         ctx.clause(g.start, g.end), expected=p.value,
                                         observed=den, tolerance=0, why=why))  # fmt: skip
                continue
            if not g.exact_count:
                continue
            if g.value == p.value:
                if p.value < MIN_VALUE:  # larger counts: the generic repeat above pairs them
                    why = render(
                        "repeat.profile", what=(p.unit.key, p.unit.key), a=p.value, b=p.value
                    )
                    out.append(ctx.check(NAME, "consistent", [p.value, p.value], [p, g],  # type: ignore[list-item]
                                         ctx.clause(g.start, g.end), expected=p.value,
                                         observed=p.value, tolerance=0, why=why))  # fmt: skip
                continue
            if reorganised:
                continue
            s, _ = ctx.clause(g.start, g.end)
            lead = ctx.text[max(s, g.start - 40) : g.start]
            if not _WHOLE_BEFORE.search(lead.lower()):
                continue
            if not _names_all(ctx, g, said_all="100%" in lead):
                continue
            why = render(
                "repeat.profile_differs", what=(p.unit.key, p.unit.key), a=p.value, b=g.value
            )
            out.append(ctx.check(NAME, "inconsistent", [p.value, g.value], [p, g],  # type: ignore[list-item]
                                 ctx.clause(g.start, g.end), expected=p.value, observed=g.value,
                                 tolerance=0, why=why))  # fmt: skip
    return out


# a count framed by what it takes in or leaves out, or by the standard it is counted under
_SCOPE_FRAME = re.compile(
    r"\b(?:tính riêng|tính cả|kể cả|không tính|không kể|chưa tính|chưa kể|nếu tính|theo chuẩn"
    r"|áp dụng chuẩn|theo tiêu chí|ngoài ra)\b"
)
_OTHER_SPAN_OR_SCOPE = re.compile(
    r"\b(?:tính chung|tính cả|kể cả|ngoài ra|cộng dồn|lũy kế|(?:\d+|hai|ba|bốn|năm) năm|nhiệm kỳ|giai đoạn|ở|tại|riêng"
    r"|đối với|cấp (?:cơ sở|xã|huyện|tỉnh))\b"
)
_REFER_BEFORE = re.compile(r"\btrong\s+(?:tổng\s+)?số\s*$")
_EVENT_AFTER = re.compile(r"^\s*(?:đã\s+)?(?:bị|được)\s+((?:xử lý\s+)?[^\W\d]+\s+[^\W\d]+)")


def _referred_totals(ctx: Context) -> list[Check]:
    """ "thi hành kỷ luật 31 đảng viên …: khiển trách 19, cảnh cáo 8, …" (a checked breakdown) then
    "trong số 33 đảng viên bị kỷ luật": the later phrase refers back to the same event's total.
    An alarm needs the earlier total confirmed by its parts, the event verb at both places,
    a few sentences apart, and no year, place or subset word in the later phrase."""
    out: list[Check] = []
    from .part_whole import breakdowns  # noqa: PLC0415 - part_whole runs before repeat

    if "trong số" not in ctx.low and "trong tổng số" not in ctx.low:
        return out
    totals = [t for t, _parts in breakdowns(ctx) if t.exact_count]
    if not totals:
        return out
    for f in ctx.figs:
        if not f.exact_count or not _REFER_BEFORE.search(ctx.before(f, 20).lower()):
            continue
        hit = _EVENT_AFTER.match(ctx.after(f, 40).lower())
        if not hit:
            continue
        event = " ".join(hit.group(0).split())
        s, e = ctx.clause(f.start, f.end)
        key = " ".join(event.split()[-2:])  # "kỷ luật" of "bị kỷ luật", "xử lý kỷ luật"
        for t in totals:
            if t.start >= f.start or f.sent - t.sent > 3 or t.unit.head != f.unit.head:
                continue
            if key not in ctx.before(t, 80).lower():
                continue
            if t.value == f.value:
                out.append(_emit(ctx, t, f, f.value, f"{f.unit.key} {event}"))  # type: ignore[arg-type]
                break
            later = ctx.text[s:e]
            if vocab.TIME_MARK.search(later.lower()) or _PROPER.search(later):
                break
            if _OTHER_SPAN_OR_SCOPE.search(ctx.low, s, f.start) or _SCOPE_FRAME.search(
                ctx.low, t.end, f.start
            ):
                break  # "Tính chung 3 năm, trong số 85 …", "Ở cấp cơ sở, trong số 24 …"
            if any(
                g.unit.head == f.unit.head and g.value is not None and t.value + g.value == f.value  # type: ignore[operator]
                for g in ctx.figs[t.i + 1 : f.i]
            ):
                break  # "… 31 đảng viên …. Các chi bộ kỷ luật 4 đảng viên. Trong số 35 …"
            words = ctx.text[f.end : f.end + 60].lower()
            if re.search(r"\b(?:mới|nữ|trẻ|dân tộc|riêng|tại|ở)\b", words.split(event)[0]):
                break
            fe = ctx.sentence_span(f.sent)[1]
            nxt = ctx.sentence_span(f.sent + 1)[1] if f.sent + 1 < len(ctx.sentences) else fe
            if _WIDENED.search(ctx.low, f.end, min(fe, f.end + 80)) or _EXPLAINED_AFTER.search(
                ctx.low, f.end, nxt
            ):
                break  # "… ở cả hai cấp", "Số liệu trên tính cả 1 trường hợp …" (review 81)
            what = f"{f.unit.key} {event}"
            why = render("repeat.referred", what=(what, what), a=t.value, b=f.value)
            out.append(ctx.check(NAME, "inconsistent", [t.value, f.value], [t, f],  # type: ignore[list-item]
                                 ctx.clause(f.start, f.end), expected=t.value, observed=f.value,
                                 tolerance=0, why=why))  # fmt: skip
            break
    return out


# -- the same, led by a bare "Trong" or "Phân tích": "Các cấp đã thi hành kỷ luật 29 đảng viên: khiển
# trách 17, cảnh cáo 8, cách chức 1, khai trừ 3." … "Trong 27 đảng viên bị kỷ luật trong quý có 4
# đồng chí là cấp ủy viên". The lead takes the whole event back, so the later count must be its
# total: the earlier total confirmed by its parts and the only such total of the event's words
# before it, and the later phrase nothing but the event and the report's own period ("trong quý",
# "trong năm") before what it goes on to say ("có …", "cho thấy …", ","). Any narrowing ("bằng hình
# thức khiển trách", "do vi phạm đất đai", "ở cấp cơ sở"), a sum of some of the parts, or a count
# added in between is another set: silence.
#
# | earlier (parts add up)                | later                                       | told         |
# |---------------------------------------|---------------------------------------------|--------------|
# | thi hành kỷ luật 29 đảng viên: 17+8+1+3 | Trong 27 đảng viên bị kỷ luật trong quý có … | inconsistent |
# | thi hành kỷ luật 16 đảng viên: 10+4+1+1 | Phân tích 18 đảng viên bị kỷ luật trong năm cho thấy … | inconsistent |
# | thi hành kỷ luật 16 đảng viên: 10+4+1+1 | Phân tích 16 đảng viên bị kỷ luật cho thấy … | consistent   |
# | thi hành kỷ luật 31 đảng viên: 19+8+4 | Phân tích 27 đảng viên bị kỷ luật bằng hình thức … | nothing (narrowed, 19+8) |
# | two totals of the event, 16 and 21    | Trong 18 đảng viên bị kỷ luật có …          | nothing (which one?) |
_BARE_REFER = re.compile(r"(?:^|[.;:(\n])\s*(?:[-–•+*]\s*)?(?:trong|phân tích)\s*$")
_OWN_PERIOD_TAIL = re.compile(
    r"\s*(?:trong (?:quý|năm|kỳ|tháng|nhiệm kỳ)(?: này| qua| báo cáo)?\s*)?(?:(?:nêu|nói|kể) trên\s*)?"
    r"(?:,|:|cho thấy\b|có\b|thì\b|đều\b|chủ yếu\b)"
)


# Another set under the same words (white-box review 26r, our own sentences):
# | earlier                                          | later                                      |
# |--------------------------------------------------|--------------------------------------------|
# | đề nghị thi hành kỷ luật 29 đảng viên: 17+8+1+3   | Trong 27 đảng viên bị kỷ luật có …         |
# | (a proposal or a plan: not the event done)       |                                            |
# | kiểm tra 70 tổ chức đảng, giám sát 64 chi bộ: …   | Trong 66 chi bộ được kiểm tra, có …        |
# | (the parts belong to another verb)               |                                            |
# | Từ đầu nhiệm kỳ đến nay … kỷ luật 30 đảng viên    | Trong 28 đảng viên bị kỷ luật trong năm có |
# | (a running span against one period)              |                                            |
# | … 31 …; "các chi bộ … kỷ luật 29 đảng viên."      | Trong 29 đảng viên bị kỷ luật có …         |
# | (the later count stated in between: it refers to that one)                                    |
# | … 26 đảng viên …; a heading "Kết quả năm 2024"   | Trong 24 đảng viên bị kỷ luật có …         |
# | (a heading naming a period or a body in between: another frame)                               |
# | … 22 …                                           | Báo cáo tổng kết năm 2023 đã chỉ ra: trong 21 … |
# | (a period or a document named before the lead: a quote, another period)                       |
# all: silence
_NOT_DONE = re.compile(
    r"\b(?:đề nghị|dự kiến|kế hoạch|chỉ tiêu|phấn đấu|đăng ký|đề xuất)\W+"
    r"(?:[^\W\d]+\s+){0,3}$"
)
# the kinds of period a sentence is framed by; a half year or nine months is no year
_PERIOD_KINDS = (
    (
        "tháng",
        re.compile(r"\b(?:\d+|sáu|chín|ba) tháng(?: (?:đầu|cuối) năm(?: \d{4})?)?|\btháng \d"),
    ),
    ("quý", re.compile(r"\bquý\b")),
    ("năm", re.compile(r"\b(?:trong|cả|mỗi)? ?năm(?: (?:19|20)\d\d| nay| qua)?\b")),
    (
        "nhiệm kỳ",
        re.compile(
            r"\b(?:từ đầu|lũy kế|luỹ kế|cộng dồn|đến nay|nhiệm kỳ|giai đoạn|các năm|(?:hai|ba|bốn|\d) năm)\b"
        ),
    ),
)


def _period_kinds(text: str) -> set[str]:
    kinds: set[str] = set()
    for kind, pat in _PERIOD_KINDS:
        if pat.search(text):
            kinds.add(kind)
            text = pat.sub(" ", text)  # "6 tháng đầu năm 2025" is no year
    return kinds


_PERIOD_NAMED = re.compile(
    r"\b(?:(?:năm|quý|tháng|nhiệm kỳ|giai đoạn)\s+(?:\d|i{1,3}\b|iv\b)|(?:19|20)\d\d\b|năm (?:trước|ngoái)"
    r"|(?:báo cáo|kết luận|nghị quyết|thông báo|tổng kết|sơ kết)\b)"
)
_JOINER = re.compile(r"^\W*(?:(?:và|cùng|với)\W*)?$")
_HEAD_WORDS = re.compile(r"[^\W\d_]+")


def _names_a_body(line: str) -> bool:
    """Two capitalised words past the line's first word: "b) Ủy ban Kiểm tra Tỉnh ủy", "Đảng bộ
    huyện Châu Thành" (an all-capitals heading names nothing by its case)."""
    if line.isupper():
        return False
    words = [w.group(0) for w in _HEAD_WORDS.finditer(line)][1:]
    return sum(w[0].isupper() for w in words) >= 2


def _another_frame_between(ctx: Context, t: Fig, f: Fig) -> bool:
    """A heading between the earlier total's sentence and the later count (a short line with
    no closing full stop) that names a period, a body or a wider count: "Kết quả năm 2024", "b)
    Ủy ban Kiểm tra Tỉnh ủy", "- Năm 2024:", "Số liệu tính chung cả hai cấp". A heading that
    names neither ("IV. ĐÁNH GIÁ CHUNG") is the same report going on."""
    a = ctx.sentence_span(t.sent)[1]
    b = ctx.text.rfind("\n", a, f.start)
    for line in ctx.text[a:b].split("\n")[1:]:
        line = line.strip()
        if not line or len(line) > 80 or line.endswith((".", ";")):
            continue
        low = line.lower()
        if _PERIOD_NAMED.search(low) or _names_a_body(line) or _WIDENED.search(low):
            return True
    return False


def _referred_back(ctx: Context, done: list[Check]) -> list[Check]:
    out: list[Check] = []
    if "trong " not in ctx.low and "phân tích" not in ctx.low:
        return out
    from .part_whole import breakdowns, sum_breakdowns  # noqa: PLC0415 - part_whole runs first

    # totals their parts confirm: a breakdown the structure names, or a run of three or more
    # counts found by its exact sum ("… 29 đảng viên. Theo hình thức: khiển trách 17, …")
    found = breakdowns(ctx) + [(t, ps) for t, ps in sum_breakdowns(ctx) if len(ps) >= 3]
    if not found:
        return out
    told = {c.start for c in done if c.kind == NAME}
    for f in ctx.quantities:
        if not f.exact_count or f.start in told:
            continue
        if not ctx.lower_slice(max(0, f.start - 11), f.start).endswith(("trong ", "phân tích ")):
            continue  # (the cheap test first)
        if not _BARE_REFER.search(ctx.lower_slice(ctx.sentence_span(f.sent)[0], f.start)):
            continue
        hit = _EVENT_AFTER.match(ctx.after(f, 40).lower())
        if not hit:
            continue
        event = " ".join(hit.group(0).split())
        key = " ".join(event.split()[-2:])
        tail = ctx.lower_slice(f.end + hit.end(), f.end + 120)
        if not _OWN_PERIOD_TAIL.match(tail):
            continue  # "… bị kỷ luật bằng hình thức khiển trách": narrowed
        cands = [
            (t, parts)
            for t, parts in found
            if t.exact_count
            and t.start < f.start
            and t.unit.head == f.unit.head
            and key in ctx.lower_slice(max(0, t.start - 80), t.start)
        ]
        cands = [(t, parts) for t, parts in cands if _event_of(ctx, t, key)]
        if len({t.value for t, _ in cands}) != 1:
            continue  # none, or two totals of the event: which one is meant is unsaid
        t, parts = cands[-1]
        if t.value == f.value:
            out.append(_emit(ctx, t, f, f.value, f"{f.unit.key} {event}"))  # type: ignore[arg-type]
            continue
        if abs(f.value - t.value) > max(_CLOSE * t.value, 2):  # type: ignore[operator]
            continue  # a slip differs by a few units (two in a small count); far apart is another set
        values = [p.value for p in parts]
        if any(
            abs(sum(values[i:j]) - f.value) < 1e-9  # type: ignore[arg-type]
            for i in range(len(values))
            for j in range(i + 1, len(values) + 1)
        ):
            continue  # some of the parts: "27 … bằng hình thức khiển trách và cảnh cáo" (19 + 8)
        # (a part of another breakdown of the total is no addition: "19 …: khiển trách 12, cảnh
        # cáo 4, cách chức 2, khai trừ 1. Theo thẩm quyền, chi bộ 7, …" … "Phân tích 21 …" is
        # no 19 + 2; by place, as below)
        own_at = {(p.start, p.end) for u, ps in found if u.start == t.start for p in ps}
        if any(
            (g.start, g.end) not in own_at
            and g.unit.head == f.unit.head
            and g.value is not None
            and abs(t.value + g.value - f.value) < 1e-9  # type: ignore[operator]
            for g in ctx.figs[t.i + 1 : f.i]
        ):
            continue  # "… 31 đảng viên …. Các chi bộ kỷ luật 4 đảng viên. Trong 35 …"
        if any(g.value == f.value and g.exact_count for g in ctx.figs[t.i + 1 : f.i]):
            # the later count stated in between (in any noun: "… được kết nạp là 138 người"):
            # it takes that statement back
            continue
        lead = ctx.lower_slice(ctx.sentence_span(f.sent)[0], f.start)
        if _PERIOD_NAMED.search(lead) or _another_frame_between(ctx, t, f):
            continue  # "Báo cáo tổng kết năm 2023 đã chỉ ra: trong 21 …": another period, a quote
        own = re.match(r"\s*trong (nhiệm kỳ|quý|năm|tháng)", tail)
        framed = _period_kinds(ctx.lower_slice(*ctx.sentence_span(t.sent)))
        if own and framed and own.group(1) not in framed:
            # "Từ đầu nhiệm kỳ … 30 đảng viên" or "Năm 2024 … 30 đảng viên" against "28 … bị kỷ
            # luật trong quý": the later count is of another period
            continue
        s, e = ctx.clause(f.start, f.end)
        # (names after the continuation word say where the cases were, not which count)
        if _PROPER.search(ctx.text[s : f.start]) or _SCOPE_FRAME.search(ctx.low, s, e):
            continue
        fe = ctx.sentence_span(f.sent)[1]
        nxt = ctx.sentence_span(f.sent + 1)[1] if f.sent + 1 < len(ctx.sentences) else fe
        if _WIDENED.search(ctx.low, f.end, fe) or _EXPLAINED_AFTER.search(ctx.low, f.end, nxt):
            continue
        what = f"{f.unit.key} {event}"
        why = render("repeat.referred_back", what=(what, what), a=t.value, b=f.value)
        span = ctx.clause(f.start, f.end)
        # the total's own parts, in every breakdown of it, account for no gap (see
        # _unless_explained): "16 đảng viên: khiển trách 10, cảnh cáo 4, cách chức 1, khai trừ
        # 1 …; chi bộ kỷ luật 5, ủy ban kiểm tra 8, Ban Thường vụ 3" … "Phân tích 18 …" (1 + 1
        # is no gap). By place: a part a sum found may be a bare number with no id.
        ctx.memo.setdefault("repeat.referred_parts", {})[span[0]] = own_at  # type: ignore[index]
        out.append(ctx.check(NAME, "inconsistent", [t.value, f.value], [t, f],  # type: ignore[list-item]
                             span, expected=t.value, observed=f.value, tolerance=0, why=why))  # fmt: skip
    return out


def _event_of(ctx: Context, t: Fig, key: str) -> bool:
    """Is ``t`` the count of the event ``key`` done (not proposed, planned or considered), with
    no other verb's clause between the event word and ``t``? "kiểm tra 70 tổ chức đảng, giám sát
    chuyên đề 64 chi bộ": 64 belongs to "giám sát"; "kỷ luật 1 tổ chức đảng và 29 đảng viên",
    "kỷ luật 1 tổ chức đảng, 29 đảng viên": 29 is still the event's."""
    lo = max(0, t.start - 80)
    before = ctx.lower_slice(lo, t.start)
    at = before.rfind(key)
    if _NOT_DONE.search(before, 0, at):
        return False
    between = before[at + len(key) :]
    cut = max(between.rfind(","), between.rfind(";"), between.rfind(":"))
    if cut < 0:
        return True
    rest = between[cut + 1 :]
    return bool(_JOINER.match(rest))


# -- a count restated where the text says it looks back: a summary ("Như vậy, … 58 đảng viên trong
# hợp tác xã"), an activity referred to ("qua thanh tra công vụ 17 cơ quan"), or what is left
# ("hỗ trợ 96 hộ cận nghèo còn lại"). The earlier statement is the one whose clause holds every
# word naming the later count's thing; for a stated change ("Tóm lại, đã giảm 14 biên chế khối
# chính quyền xã") it is an earlier change of the same direction under those words, and for what
# is left, an earlier level reached by "còn". Equal: consistent. Different only when that earlier
# statement is the only one, the two values are close (a slip, not another scope: within 10%),
# and the later phrase names no year, place or subset the earlier does not.
_LOOK_BACK_LEAD = re.compile(
    r"\W*(?:như vậy|tóm lại|tính chung|nhìn chung|tổng hợp lại|nhìn lại|kết quả là)\b"
)  # e.g. "Như vậy, sau hai năm, …"; "Tính chung, …"
# "qua kiểm tra tài chính ", "thông qua giám sát "
# ... also a "qua" clause that opens the sentence, then its verb: "Qua kiểm tra khi có dấu hiệu
# vi phạm, đã kết luận 36 đảng viên …"
_BY_WAY_OF = re.compile(r"\b(?:thông qua|qua)\s+((?:[^\W\d]+\s+){1,4}?)$")
_BY_WAY_OPENS = re.compile(
    r"^\W*(?:thông qua|qua)\s+((?:[^\W\d]+\s+){0,8}[^\W\d]+),\s+(?:[^\W\d]+\s+){1,3}$"
)
_LEFT_OVER = re.compile(r"\s+còn lại\b")  # "245 hộ nghèo còn lại"
_REACHED_LEVEL = re.compile(r"\bcòn(?:\s+lại)?\s*$")  # "đến nay giảm còn 254 hộ"
_GOVERNING_CHANGE = re.compile(r"\b(giảm|tăng)\b(?!.*\b(?:giảm|tăng|còn|lên|xuống|từ)\b)")
_SCOPE_WORDS = re.compile(
    r"\b(?:toàn (?:huyện|tỉnh|thành phố|xã|phường|quận|đảng bộ)|cả (?:huyện|tỉnh|nước)|"
    r"riêng|trong đó|mới|nữ|trẻ|dân tộc thiểu số|cùng kỳ|bình quân)\b"
)
_THING_STOP = frozenset(
    {"số", "các", "của", "được", "đã", "là", "có", "trong", "và", "tổng", "với", "cho", "những",
     "đối", "này", "đó", "tại", "ở", "đến", "nay", "hiện", "trên", "địa", "bàn", "còn", "lại"}
)  # fmt: skip
# A part of the thing, not the thing: "trong số đó, 187 đồng chí …", "riêng khối doanh nghiệp 40 …"
_PART_BEFORE = re.compile(r"\b(?:trong đó|trong số|riêng|bao gồm|gồm|cụ thể)\b[^;]{0,20}$")
_CLOSE = 0.1  # a restating slip differs by a few units; a tenth apart is another scope


def _words(s: str) -> set[str]:
    return set(norm_words(s).split()) - _THING_STOP


def _piece(ctx: Context, f: Fig) -> str:
    """The comma-piece of the clause holding ``f``: "Bình Xuyên đã giảm 2 đơn vị hành chính"."""
    s, e = ctx.clause(f.start, f.end)
    lo = max(ctx.text.rfind(",", s, f.start), ctx.text.rfind(":", s, f.start)) + 1 or s
    hi = ctx.text.find(",", f.end, e)
    return ctx.text[max(lo, s) : e if hi < 0 else hi]


def _restated_later(ctx: Context) -> list[Check]:
    out: list[Check] = []
    low = ctx.low  # no document-wide cue test: "qua" is in nearly every report
    summary: dict[int, bool] = {}
    # the quantity figures only: the first test below drops every other one
    for f in ctx.quantities:
        if f.type != "quantity" or not f.exact_count or not f.unit.key or f.value < 2:  # type: ignore[operator]
            continue
        # a small count only as what is left, restated with the same value (see bare_left)
        small = f.value < MIN_VALUE and "còn lại" in low[f.end : f.end + 30]  # type: ignore[operator]
        if f.value < MIN_VALUE and not small:  # type: ignore[operator]
            continue
        if f.unit.head in vocab.TIME_UNITS:
            continue
        # cheap substring tests first: most figures have no cue at all
        left = "còn lại" in low[f.end : f.end + 60] and _LEFT_OVER.search(low[f.end : f.end + 60])
        lead = low[max(0, f.start - 50) : f.start]
        by_way = None if left or "qua" not in lead else _BY_WAY_OF.search(lead)
        if by_way is None and not left and "qua" in lead:
            s0 = ctx.sentence_span(f.sent)[0]
            if f.start - s0 <= 90:
                by_way = _BY_WAY_OPENS.match(low[s0 : f.start])
        if left:
            cue = "left"
        elif by_way:
            cue = "by_way"
        elif "còn" in lead[-40:] and _NOW_LEAD.search(lead):
            cue = "now"
        elif ("quả" in lead[-25:] or "vừa qua" in low[f.end : f.end + 60]) and (
            _RESULT_LEAD.search(lead[-25:]) or _RESULT_AFTER.match(descriptor(ctx, f))
        ):
            cue = "result"
        else:
            got = summary.get(f.sent)
            if got is None:
                s0 = ctx.sentence_span(f.sent)[0]
                got = summary[f.sent] = bool(_LOOK_BACK_LEAD.match(low, s0, s0 + 40))
            if not got:
                continue
            cue = "summary"
        desc = _RESULT_CUT.split(descriptor(ctx, f).split(" còn lại")[0], 1)[0]
        activity = norm_descriptor(by_way.group(1)) if by_way else ""
        extra = _words(f"{desc} {activity}") - set(f.unit.key.split())
        named_by_verb = cue == "summary" and len(_lead_phrase(ctx, f)) == 4
        # "6 xã còn lại" after "còn 6 xã chưa đạt chuẩn": a bare noun may restate the nearest
        # level reached by "còn" with the same value (a fit only: it names no set of its own)
        bare_left = cue == "left" and (not extra or small)
        if len(extra) < (1 if cue in ("left", "now") or named_by_verb else 2) and not bare_left:
            continue  # "qua 44 đảng viên" alone names no particular set
        cs, _ce = ctx.clause(f.start, f.end)
        verb = (
            _GOVERNING_CHANGE.search(ctx.text[cs : f.start].lower())
            if cue not in ("left", "now", "result")
            else None
        )
        cands: list[Fig] = []
        for g in ctx.earlier_typed("quantity", f, 300):  # (the others fail the type test below)
            if g.sent == f.sent or g.type != "quantity" or not g.exact_count:
                continue
            near = low[max(0, g.start - 14) : g.start]  # cheap tests on the words right before
            hit = vocab.DELTA_BEFORE.search(near)
            if verb is not None:
                if not hit or hit.group("dir") != verb.group(1):
                    continue
            elif hit:
                continue  # a change is not a level
            elif not (kin(f.unit, g.unit) or g.unit.key == f.unit.key):
                continue
            if cue == "left" and not _REACHED_LEVEL.search(near):
                continue
            if cue == "now" and not _undated_level(ctx, g):
                continue
            # what is left is the end of a change whose subject opens the sentence; an activity
            # ("qua kiểm tra khi có dấu hiệu vi phạm") may be named in an earlier clause of it
            gs = (
                ctx.sentence_span(g.sent)[0]
                if cue in ("left", "by_way")
                else ctx.clause(g.start, g.end)[0]
            )
            before_g = low[gs : g.start]
            if _PART_BEFORE.search(before_g[-40:]):
                continue
            if not _names(f, desc, activity, f" {norm_descriptor(before_g)} {descriptor(ctx, g)} "):
                continue
            cands.append(g)
        if not cands:
            continue
        equal = next((g for g in cands if g.value == f.value), None)
        if bare_left:
            if equal is cands[0] and _same_scope(ctx, equal, f):
                out.append(_emit(ctx, equal, f, f.value, desc))  # type: ignore[arg-type]
            continue
        if equal is not None:
            out.append(_emit(ctx, equal, f, f.value, desc))  # type: ignore[arg-type]
            continue
        values = {g.value for g in cands}
        led = False
        if len(values) != 1 and cue == "summary":
            # "Nhìn chung, …; hỗ trợ xây dựng, sửa chữa 41 căn nhà Đại đoàn kết" after "Hỗ trợ xây
            # dựng, sửa chữa 47 căn nhà …" and "đã bàn giao 312 căn nhà …": the one said with the
            # same four words before it
            own = _lead_phrase(ctx, f)
            same = [g for g in cands if own and _lead_phrase(ctx, g) == own]
            if len({g.value for g in same}) == 1:
                cands, values, led = same, {same[0].value}, True
        g = cands[0]
        if len(values) != 1:
            continue
        if led:  # the same words said it: a slip may be a few units off on a small count
            if not _close_slip(g.value, f.value):  # type: ignore[arg-type]
                continue
        elif abs(g.value - f.value) > _CLOSE * max(g.value, f.value) and not (  # type: ignore[operator]
            cue == "summary"
            and _swapped(int(g.value), int(f.value))  # type: ignore[arg-type]
            and _lead_phrase(ctx, g, 3) == _lead_phrase(ctx, f, 3) != ()
        ):
            continue  # (a summary's two digits swapped, said with the same words, is a slip)
        if (
            cue == "left"
            and any(
                h.value is not None and g.value - h.value == f.value  # type: ignore[operator]
                for h in ctx.figs[g.i + 1 : f.i]
            )
        ):
            continue  # "còn 105 hộ nghèo, trong đó 9 hộ …. Đối với 96 hộ nghèo còn lại": 105 - 9
        if not _same_scope(ctx, g, f, whole=cue == "now"):
            continue
        if _moved_between(ctx, g, f, True, between=f.sent - g.sent <= 3):
            continue  # "Tính chung toàn xã, trong số 27 hộ …" after one thôn's 25
        if _accounted_between(ctx, g, f) or _contrasted(ctx, g, f):
            continue  # "38 đồng chí … 38 đảng viên", "hộ nghèo" / "hộ cận nghèo" (review 81)
        if _windows_apart(ctx, g, f):
            continue  # "Tính riêng năm 2024, … 1.246 nhà" / "Tính chung giai đoạn 2020 - 2024, … 2.146"
        if cue == "left" and _LEFT_QUALIFIED.match(low, f.end):
            continue  # "96 hộ nghèo còn lại có khả năng lao động": a group of what is left
        if re.search(r"(?:đến|hết) tháng", low[ctx.sentence_span(g.sent)[0] : g.start]) and (
            "cả năm" in low[ctx.sentence_span(f.sent)[0] : f.start]
        ):
            continue  # "Đến hết tháng Mười Một, … 1.260" / "Nhìn chung cả năm, … 1.310"
        gss, fss = ctx.sentence_span(g.sent)[0], ctx.sentence_span(f.sent)[0]
        gp = set(_PART_OF_YEAR.findall(low[gss : g.end]))
        if gp != set(_PART_OF_YEAR.findall(low[fss : f.end])):
            continue  # "Sáu tháng đầu năm … 23" / "Như vậy, cả năm … 25": two spans (review 81)
        said = {"left": ("what is left", "phần còn lại"), "by_way": ("'qua …'", "'qua …'"),
                "summary": ("in a summary", "khi tổng kết"), "now": ("as what is left now", "là số hiện còn"),
                "result": ("as a result achieved", "là kết quả đã đạt")}[cue]  # fmt: skip
        why = render("repeat.looked_back", what=(desc, desc), a=g.value, b=f.value, cue=said)
        out.append(ctx.check(NAME, "inconsistent", [g.value, f.value], [g, f],  # type: ignore[list-item]
                             ctx.clause(f.start, f.end), expected=g.value, observed=f.value,
                             tolerance=0, why=why))  # fmt: skip
    return out


# What is left now, stated again: "Hiện toàn huyện còn 152 thôn chưa có nhà văn hóa" after a table
# row "Thôn chưa có nhà văn hóa | … | 148 thôn". The earlier level must carry no other moment:
# no year or term in its clause up to it, none in its own words after it, no "so với" before
# it, and for a table row none in the table's header.
_NOW_LEAD = re.compile(
    r"\b(?:hiện|hiện nay|đến nay|tính đến nay)\s*,?\s*(?:(?:toàn|cả)\s+(?:xã|huyện|tỉnh|phường|"
    r"thị trấn|thị xã|thành phố|quận|đảng bộ)\s+)?(?:vẫn\s+)?(?:chỉ\s+)?còn\s*$"
)
_WHOLE_PLACE = re.compile(
    r"\b(?:toàn|cả)\s+(?:xã|huyện|tỉnh|phường|thị trấn|thị xã|thành phố|quận|đảng bộ)\b"
)
# A result achieved, named again: "giữ vững thành quả 2.140 hộ thoát nghèo vừa qua", "kết quả
# 45 đảng viên được kết nạp nói trên".
_RESULT_LEAD = re.compile(r"\b(?:thành quả|kết quả)(?:\s+(?:của|là|với))?\s*$")
_RESULT_AFTER = re.compile(r"^.*\s(?:vừa qua|nói trên|kể trên|trên đây)\b")
_RESULT_CUT = re.compile(r"\s+(?:vừa qua|nói trên|kể trên|trên đây|đã đạt được|đạt được)\b")
_OWN_WORDS = re.compile(r"^[^,;\t|()]*")


# -- a set named back as the base of a subset: "trong 18 đảng viên bị kỷ luật có 2 trường hợp bị
# khai trừ", "trong số 66 mô hình điển hình cấp huyện, có 7 mô hình …". The qualifier's words
# ("kỷ luật", "điển hình cấp huyện") name a count stated before with those words beside it ("thi
# hành kỷ luật 16 đảng viên", "64 mô hình điển hình cấp huyện"): the same value is a fit. A fit
# only: white-box review 77 drew 22 alarms from the other values (another year said mid-sentence
# or in a heading, a plan, a sub-group named by a plain noun, a body named the sentence before,
# an explanation in the next sentence), so a miss is silent.
#
# example (our own)                                                       told
# "Cả năm kỷ luật 16 đảng viên … Trong 16 đảng viên bị kỷ luật có 2 …"    consistent (16 = 16)
# "Cả năm kỷ luật 16 đảng viên … Trong 18 đảng viên bị kỷ luật có 2 …"    nothing
_AMONG_LEAD = re.compile(r"\btrong\s+(?:tổng\s+)?(?:số\s+)?$")
_AMONG_SUBSET = re.compile(
    r"^([^\d.;:()“”\"]{0,70}?)(?:\s*,)?\s+(?:thì\s+|đã\s+|chỉ\s+|mới\s+)?có\s"
)
_AMONG_COUNTED = re.compile(r"\([^()]*\b(?:kể cả|tính cả|không kể|không tính|trừ|ngoài)\b")
_AMONG_STOP = _THING_STOP | {"bị", "được", "đã", "đang", "các", "những", "toàn", "cả"}


def _among_words(ctx: Context, g: Fig) -> set[str]:
    """The words right beside a count: five before it in its clause piece, six after it."""
    cs, ce = ctx.clause(g.start, g.end)
    before = re.split(r"[\d;:()]", ctx.text[cs : g.start].lower())[-1]
    after = re.split(r"[\d,;:.()]", ctx.text[g.end : ce].lower())[0]
    return set(norm_words(before).split()[-5:]) | set(norm_descriptor(after).split()[:7])


_AMONG_VOICE = frozenset({"bị", "được", "đã", "đang"})
_AMONG_TO = frozenset({"cho", "với", "đối", "bị", "được", "đã"})


def _among_phrase(ctx: Context, g: Fig, phrase: list[str]) -> bool:
    """Is the qualifier said right beside the earlier count, in its order? Right after its unit
    ("64 mô hình điển hình cấp huyện") or as the verb before it ("thi hành kỷ luật 16 đảng viên",
    "hỗ trợ nhà ở cho 1.180 hộ")."""
    if not phrase:
        return False
    cs, ce = ctx.clause(g.start, g.end)
    after = re.split(r"[\d,;:.()]", ctx.text[g.end : ce].lower())[0]
    words = [w for w in norm_descriptor(after).split() if w not in _AMONG_VOICE]
    before = norm_words(re.split(r"[\d;:()]", ctx.text[cs : g.start].lower())[-1]).split()
    while before and before[-1] in _AMONG_TO:
        before.pop()
    # the verb before the count and the rest after it: "kiểm tra 34 đảng viên khi có dấu hiệu vi
    # phạm" says "được kiểm tra khi có dấu hiệu vi phạm"
    n = len(phrase)
    return any(
        (k == 0 or before[-k:] == phrase[:k]) and words[: n - k] == phrase[k:] for k in range(n + 1)
    )


def _among_restated(ctx: Context) -> list[Check]:
    out: list[Check] = []
    low = ctx.low
    # the quantity figures only: the first test below drops every other one
    for f in ctx.quantities:
        if f.type != "quantity" or not f.exact_count or f.value < MIN_ANCHOR or not f.unit.key:  # type: ignore[operator]
            continue
        if "trong" not in low[max(0, f.start - 16) : f.start] or not _AMONG_LEAD.search(
            low[max(0, f.start - 16) : f.start]
        ):
            continue
        hit = _AMONG_SUBSET.match(ctx.text[f.end : f.end + 90])
        if hit is None:
            continue
        desc = norm_descriptor(hit.group(1))
        extra = set(desc.split()) - _AMONG_STOP - set(f.unit.key.split())
        if not extra:
            continue  # "trong 18 liên đội, có 17": the unit alone names no particular set
        cands = []
        for g in ctx.earlier(f, 300):
            if g.type != "quantity" or not g.exact_count:
                continue
            if _plain_key(g.unit.key) != _plain_key(f.unit.key):
                continue
            if g.sent == f.sent:
                if g.value == f.value:
                    cands.append(g)  # "Kết luận 14 …; trong số 14 đảng viên vi phạm có 9 …"
                continue
            near = low[max(0, g.start - 14) : g.start]
            if vocab.DELTA_BEFORE.search(near) or _PART_BEFORE.search(
                low[max(0, g.start - 40) : g.start]
            ):
                continue  # a change, or a part of a larger set
            if extra <= _among_words(ctx, g):
                cands.append(g)
        if not cands:
            continue
        equal = next((g for g in cands if g.value == f.value), None)
        if equal is not None:
            out.append(_emit(ctx, equal, f, f.value, desc))  # type: ignore[arg-type]
    return out


def _undated_level(ctx: Context, g: Fig) -> bool:
    cs, _ce = ctx.clause(g.start, g.end)
    lead = ctx.text[cs : g.start].lower()
    own = _OWN_WORDS.match(ctx.text[g.end : g.end + 60]).group(0).lower()  # type: ignore[union-attr]
    if vocab.TIME_MARK.search(lead) or vocab.TIME_MARK.search(own) or "so với" in lead[-20:]:
        return False
    if _ORIGIN_MOMENT.search(ctx.low, ctx.sentence_span(g.sent)[0], g.start):
        return False  # "Khi xây dựng Đề án, …", "Lúc mới phát động phong trào, …" (review 81)
    ls = ctx.text.rfind("\n", 0, g.start) + 1
    line_end = ctx.text.find("\n", g.start)
    line = ctx.text[ls : len(ctx.text) if line_end < 0 else line_end]
    if "\t" not in line and "|" not in line:
        return True
    header = line
    while ls > 0:  # the table's first row: its header
        prev_s = ctx.text.rfind("\n", 0, ls - 1) + 1
        prev = ctx.text[prev_s : ls - 1]
        if "\t" not in prev and "|" not in prev:
            break
        header, ls = prev, prev_s
    return not vocab.TIME_MARK.search(header.lower())


def _names(f: Fig, desc: str, activity: str, earlier: str) -> bool:
    """Do the earlier words name the later count's thing, word for word? "hộ nghèo" is named by
    "318 hộ nghèo" but not by "96 hộ cận nghèo"; a long qualifier may stand apart from the unit:
    "đảng viên … trong doanh nghiệp ngoài nhà nước" names "đảng viên trong doanh nghiệp ngoài nhà
    nước"."""
    if activity and f" {activity} " not in earlier:
        return False
    if f" {desc} " in earlier:
        return True
    unit = f.unit.key
    rest = desc[len(unit) :].strip() if desc.startswith(unit) else ""
    return len(rest.split()) >= 3 and f" {unit} " in earlier and f" {rest} " in earlier


def _same_scope(ctx: Context, g: Fig, f: Fig, whole: bool = False) -> bool:
    """Does the later phrase keep the earlier statement's scope? No year, place or subset word
    in the piece of ``f`` that the sentence of ``g`` lacks (``whole``: "toàn xã" names the
    report's own unit, as a table of its targets does)."""
    piece = _piece(ctx, f)
    if whole:
        piece = _WHOLE_PLACE.sub(" ", piece.lower())
    gs, ge = ctx.sentence_span(g.sent)
    earlier = ctx.text[gs:ge]
    low_e = earlier.lower()
    for hit in vocab.TIME_MARK.finditer(piece.lower()):
        if hit.group(0) not in low_e:
            return False
    for hit in _SCOPE_WORDS.finditer(piece.lower()):
        if hit.group(0) not in low_e:
            return False
    return all(n in earlier for n in _PROPER.findall(piece))


# -- a table's total row restated in the prose: "Toàn huyện có 26 chi hội …" and a table under
# "Xếp loại chi hội năm 2024" closed by "Tổng cộng 26". The count is the nearest one of the
# value whose unit words the table's header or title names (found by search: a fit is told).
# A table of several columns gives its grand total the same way: the total row's cell under a
# whole column ("… | Cộng" / "Tổng cộng | 19 | 52 | 6 | 28 | 105" and "Tổng số đã luân chuyển
# 105 lượt cán bộ" under a title naming "lượt cán bộ"; see _grand_totals).
_TOTAL_REACH = 40  # sentences between the prose count and the table


def _table_total_restated(ctx: Context) -> list[Check]:
    out: list[Check] = []
    totals = table_totals(ctx) + _grand_totals(ctx)
    if not totals:
        return out
    for value, s, e, words in totals:
        if value < MIN_VALUE:
            continue
        here = ctx.figs_from(0, s)
        sent = here[-1].sent if here else 0
        best: Fig | None = None
        # the quantity figures only: the first test below drops every other one
        for f in ctx.quantities:
            if f.type != "quantity" or not f.exact or f.value != value or not f.unit.key:
                continue
            if abs(f.sent - sent) > _TOTAL_REACH or f" {f.unit.key} " not in f" {words} ":
                continue
            if best is None or abs(f.start - s) < abs(best.start - s):
                best = f
        if best is None:
            continue
        what = f"{best.unit.key} (table total)"
        why = render("repeat.same", what=(what, what), a=value, b=value)
        out.append(ctx.check(NAME, "consistent", [value, value], [best], ctx.clause(s, e),
                             expected=value, observed=value, tolerance=0, why=why))  # fmt: skip
    return out


def _grand_totals(ctx: Context) -> list[tuple[float, int, int, str]]:
    """The grand total of a table of several columns: its total row's cell under its
    whole column ("Năm | Từ tỉnh về huyện | … | Cộng" … "Tổng cộng | 19 | 52 | 6 | 28 | 105"),
    with the header's and the title's words, as :func:`table_totals` gives a one-column total."""
    out: list[tuple[float, int, int, str]] = []
    if "|" not in ctx.text and "\t" not in ctx.text:
        return out
    for rows in table_rows(ctx):
        head = rows[0]
        k = next((j for j in range(1, len(head)) if _WHOLE_COL.match(ctx.lower_slice(*head[j]))), 0)
        total = next(
            (r for r in rows[2:] if r and _TOTAL_LABEL.match(ctx.lower_slice(*r[0]))), None
        )
        if not k or total is None or k >= len(total):
            continue
        cell = cell_fig(ctx, total[k], None)
        if cell is None or not cell.exact_count:
            continue
        words = f"{ctx.lower_slice(head[0][0], head[-1][1])} {_table_title(ctx, head[0][0])}"
        out.append((cell.value, cell.start, cell.end, norm_words(words)))  # type: ignore[arg-type]
    return out


# -- the total row of a table of several columns restated in the prose by its column's words:
# "Khối, đối tượng | Phải kê khai | Đã kê khai | Tỷ lệ … Cộng | 717 | 707 | 98,6%" after "717
# người thuộc diện phải kê khai, đã kê khai 707 người". The prose count has the total's value
# and every content word of the column header near it, in its sentence. Told only when they
# agree (consistent): two counts that differ may be of two moments.
_TOTAL_LABEL = re.compile(r"^\s*(?:tổng cộng|tổng số|cộng|tổng)\s*$")
_HEAD_STOP = frozenset({"số", "đã", "tổng", "lượng", "năm", "được", "các", "có"})
_HEAD_REACH = 80  # characters around the prose count searched for the header's words


def _table_column_totals(ctx: Context) -> list[Check]:
    out: list[Check] = []
    for rows in table_rows(ctx):
        head = rows[0]
        if len(head) < 3:
            continue
        total_row = next(
            (r for r in rows[2:] if r and _TOTAL_LABEL.match(ctx.lower_slice(*r[0]))), None
        )
        if total_row is None:
            continue
        t_start, t_end = total_row[0][0], total_row[-1][1]
        for k in range(1, min(len(head), len(total_row))):
            cell = cell_fig(ctx, total_row[k], None)
            if cell is None or not cell.exact_count or cell.value < MIN_VALUE:  # type: ignore[operator]
                continue
            words = set(norm_words(ctx.lower_slice(*head[k])).split()) - _HEAD_STOP
            if not words:
                continue
            prose = [
                f for f in ctx.figs
                if not (f.start >= rows[0][0][0] and f.end <= t_end)  # not the table's own cells
                and f.exact and f.unit.key and f.value == cell.value
            ]  # fmt: skip
            best = _said_near(ctx, prose, words, t_start)
            if best is not None:
                what = f"{ctx.text[head[k][0] : head[k][1]].strip()} (table total)"
                out.append(_cell_restated(ctx, best, cell, what, t_end, (t_start, total_row[k][1])))
    return out


def _said_near(ctx: Context, cands: list[Fig], words: set[str], anchor: int) -> Fig | None:
    """The count of ``cands`` with every one of ``words`` near it in its sentence (nearest the
    table ``anchor`` first): the prose that restates a table's cell."""
    best: Fig | None = None
    for f in cands:
        s, e = ctx.sentence_span(f.sent)
        near = norm_words(
            ctx.lower_slice(max(s, f.start - _HEAD_REACH), min(e, f.end + _HEAD_REACH))
        )
        if words <= set(near.split()) and (
            best is None or abs(f.start - anchor) < abs(best.start - anchor)
        ):
            best = f
    return best


def _cell_restated(
    ctx: Context, prose: Fig, cell: Fig, what: str, table_end: int, cell_span: tuple[int, int]
) -> Check:
    """The consistent row of a table cell and the prose count that restates it; the claim is
    the later statement (the table's row, or the prose after the table)."""
    why = render("repeat.same", what=(what, what), a=cell.value, b=cell.value)
    figs = [prose, cell] if cell.id else [prose]
    span = ctx.clause(prose.start, prose.end) if prose.start > table_end else cell_span
    return ctx.check(NAME, "consistent", [cell.value, cell.value], figs, span,  # type: ignore[list-item]
                     expected=cell.value, observed=cell.value, tolerance=0, why=why)  # fmt: skip


# -- a cell of a table row restated in the prose by the row's words: "Nhân dân đóng góp | 1.356"
# and "Nhân dân đóng góp 1.356 triệu đồng", "Thu nhập bình quân đầu người (triệu đồng) | 72 |
# 69,8" and "thu nhập bình quân đầu người đạt 69,8 triệu đồng". The prose count has the cell's
# value and every content word of the row label (two at least) near it, in its sentence. Told
# only when they agree (consistent).
_LABEL_UNIT = re.compile(r"\([^()]*\)")


def _table_cells_restated(ctx: Context) -> list[Check]:
    out: list[Check] = []
    for rows in table_rows(ctx):
        t_start, t_end = rows[0][0][0], rows[-1][-1][1]
        outside = [f for f in ctx.figs if (f.end <= t_start or f.start >= t_end) and f.exact]
        if not outside:
            continue
        for row in rows[1:]:
            if len(row) < 2:
                continue
            label = _LABEL_UNIT.sub(" ", ctx.lower_slice(*row[0]))
            if _TOTAL_LABEL.match(label):
                continue  # total rows: see _table_column_totals
            words = set(norm_words(label).split()) - _HEAD_STOP
            if len(words) < 2:
                continue
            for k in range(1, len(row)):
                cell = cell_fig(ctx, row[k], None)
                if cell is None or not cell.value:
                    continue
                # "1.356 triệu đồng" is the cell's 1.356 in the table's scale
                prose = [
                    f for f in outside
                    if f.type == "quantity" and cell.value in (f.value, as_written(f))
                ]  # fmt: skip
                best = _said_near(ctx, prose, words, row[k][0])
                if best is not None:
                    what = f"{ctx.text[row[0][0] : row[0][1]].strip()} (table)"
                    out.append(_cell_restated(ctx, best, cell, what, t_end, (row[0][0], row[k][1])))
    return out


# -- a table cell restated in the prose: the row "- Hoàn thành xuất sắc nhiệm vụ | 71 | 73 | 76"
# under "Năm 2022 | Năm 2023 | Năm 2024", then "Năm 2024 có 76 tổ chức cơ sở đảng hoàn thành xuất
# sắc nhiệm vụ". The prose names the column's year and the row's words; told only when they
# agree (consistent): the prose may state another body's count of the same year.
_YEAR_HEAD = re.compile(r"^\s*(?:năm\s+)?((?:19|20)\d{2})\s*$")
_ROW_MARK = re.compile(r"^[\s\-+•–]*")


def _table_cell_restated(ctx: Context, done: list[Check]) -> list[Check]:

    out: list[Check] = []
    if "|" not in ctx.text and "\t" not in ctx.text:
        return out
    said = {i for c in done if c.kind == NAME for i in c.mention_ids}
    for rows in table_rows(ctx):
        years = [_YEAR_HEAD.match(ctx.lower_slice(a, b)) for a, b in rows[0]]
        cols = {k: m.group(1) for k, m in enumerate(years) if m and k > 0}
        if not cols:
            continue
        t_start, t_end = rows[0][0][0], rows[-1][-1][1]
        for row in rows[1:]:
            label = norm_words(_ROW_MARK.sub("", ctx.lower_slice(*row[0])))
            words = label.split()
            if len(words) < 2:
                continue
            for k, year in cols.items():
                if k >= len(row):
                    continue
                cell = cell_fig(ctx, row[k], None)
                if cell is None or not cell.value or cell.value < MIN_VALUE:
                    continue
                for f in ctx.figs:
                    if t_start <= f.start < t_end or f.id in said:
                        continue
                    if f.type != "quantity" or not f.exact or f.value != cell.value:
                        continue
                    s, e = ctx.sentence_span(f.sent)
                    sent = ctx.lower_slice(s, e)
                    if year not in sent or label not in norm_words(sent):
                        continue
                    what = f"{label} ({year}, table)"
                    why = render("repeat.same", what=(what, what), a=f.value, b=f.value)
                    out.append(ctx.check(NAME, "consistent", [f.value, f.value], [f],  # type: ignore[list-item]
                                         ctx.clause(f.start, f.end), expected=f.value,
                                         observed=f.value, tolerance=0, why=why))  # fmt: skip
                    said.add(f.id)
                    break
    return out


# -- a table's figure of the whole restated in the prose with another value (a slip). The
# readings above tell only agreement; this one tells a difference where the evidence is strong.
# Two ways the prose shows it restates the table, not another moment, place or subset:
#  (a) the prose restates a row of the table cell by cell, in the order of its columns, and all
#      but one of three or more agree (the odd count has its column's header words near it and
#      is a slip's distance from the cell: a few units off or two digits swapped);
#  (b) a summary (a section "Đánh giá chung", or a sentence opening "Như vậy", "Tính chung",
#      "Nhìn chung", "Tóm lại") names a column of the total row ("Cộng", "Tổng cộng") by every
#      content word of its header, or a row by every content word of its label when the table
#      has a whole-period column ("Cả năm", "Tổng", "Cộng"), and gives another count of the same
#      unit, a slip's distance away, with no moment, place, subset, plan, comparison or level
#      reached ("còn") of its own and no other prose count of those words with its value.
#
# example (our own)                                                                     told
# "Nội dung | Kết nạp hội viên | Thành lập chi hội | Ra mắt tổ hợp tác … Cộng | 128 | 14 | 9"
#  then "Như vậy, các cấp Hội kết nạp 128 hội viên, thành lập 14 chi hội, ra mắt 11 tổ hợp
#  tác" (128 and 14 agree in order; 11 ≠ 9)                                           a slip
# "Chỉ tiêu | Quý I | Quý II | … | Cả năm / Kết nạp đoàn viên mới | … | 412", then under
#  "ĐÁNH GIÁ CHUNG": "toàn Đoàn đã kết nạp 421 đoàn viên mới"                         a slip
# "Đơn vị | Hộ nghèo đầu năm | Thoát nghèo trong năm … Tổng cộng | 219 | 80", then under
#  "ĐÁNH GIÁ CHUNG": "Hội đã giúp 86 hộ hội viên thoát nghèo"                          a slip
# the same, "6 tháng đầu năm kết nạp 198 đoàn viên mới" (a moment of its own), "xã Tân An …"
#  (a place), "phấn đấu kết nạp 450 …" (a plan), "trong đó 150 …" (a subset), "còn 41 …" nothing
# the same, the count not in a summary, or the body stating 421 by the same words     nothing
# a column headed by a moment or a rest ("Hộ nghèo đầu năm", "Còn lại", "Kế hoạch")   nothing
# the summary's count equal to a cell of any table (a 2023 table beside the 2024 one), a
#  column named alike in two tables (two bodies), a table titled "ở 3 xã điểm" or "Dự kiến
#  phân bổ chỉ tiêu năm 2025", a qualifier the table lacks ("… cho học sinh", "… tại trạm
#  y tế"), a year or "riêng" between two restated cells                              nothing
_SUMMARY_OPENS = re.compile(
    r"^\W*(?:như vậy|tính chung|nhìn chung|tóm lại|tổng hợp lại|nói chung|tính tổng cộng)\b"
)
_WHOLE_COL = re.compile(r"^\s*(?:cả năm|tổng|tổng cộng|cộng|tổng số|tổng cả năm|cả kỳ)\s*$")
_PERIOD_WORDS = re.compile(r"\b(?:trong năm|trong kỳ|cả năm)\b")  # a flow over the whole period
_HEAD_APART = re.compile(
    r"\b(?:còn|tỷ lệ|tỉ lệ|so với|tăng|giảm|bình quân|lũy kế|trong đó|riêng|kế hoạch|chỉ tiêu|"
    r"mục tiêu|dự toán|phấn đấu|dự kiến|ước)\b|%"
)
# a table of some of the units: "Kết quả ở 3 xã điểm", "một số mô hình tiêu biểu"
_TITLE_PART = re.compile(
    r"\b(?:một số|điểm|thí điểm|tiêu biểu|điển hình|riêng|trong đó|đại diện)\b|"
    r"(?<![\d.,])\d{1,3}\s+(?:xã|thôn|bản|ấp|huyện|chi bộ|đảng bộ|đơn vị|cơ sở|chi hội|chi đoàn|trường)\b"
)
# places of one kind (review r28e): "Kết quả giảm nghèo ở các xã vùng đồng bào dân tộc thiểu
# số": a summary naming the whole place ("toàn huyện có 198 hộ thoát nghèo") talks of more
_KIND_PLACES = re.compile(
    r"\b(?:xã|thôn|bản|ấp|huyện)\s+(?:vùng|đặc biệt khó khăn|khó khăn|bãi ngang|biên giới|"
    r"ven biển|miền núi|đồng bào)\b"
)
_PLAN_TITLE = re.compile(
    r"\b(?:kế hoạch|dự kiến|phấn đấu|dự toán|mục tiêu|định hướng|phân bổ|giao chỉ tiêu|chỉ tiêu (?:được )?giao)\b"
)
_RESULT_TITLE = re.compile(r"\b(?:kết quả|thực hiện)\b")
_NOT_A_MOMENT = re.compile(r"\b(?:thực|phát|thể|xuất|biểu) hiện\b")  # "thực hiện": no "hiện"
_EACH = re.compile(r"\b(?:mỗi|bình quân|trung bình)\b")
_RUN_GAP = re.compile(r"^[^.():\d\n]{0,40}$")  # between two counts restating adjacent cells
# what, between two counts, makes the next one a part, a moment, a plan or a change
_GAP_APART = re.compile(r"\b(?:còn|so với|tăng|giảm|thêm|ngoài ra|dịp)\b")
_GAP_MOMENT = re.compile(
    r"\b(?:đầu năm|cuối năm|nhiệm kỳ|giai đoạn|đến nay|hiện nay|năm trước|năm nay|năm qua|cùng kỳ)\b"
)  # ("thành lập 9 chi hội" is a deed, no moment: not the whole of _MOMENT)
# what, after the count in its sentence, makes it a part: "… tại trạm y tế, số còn lại …",
# "4.071 gia đình … 3 năm liền"
_AFTER_APART = re.compile(r"\b(?:còn lại|số còn|năm liền|liên tục|liên tiếp|ngoài ra)\b")
# a qualifier after the count: where, for whom, of which body ("… tại trạm y tế", "… cho học
# sinh", "… của khối doanh nghiệp"); the table's own words are no other scope ("… cho hộ nghèo"
# under "Kết quả hỗ trợ nhà ở cho hộ nghèo")
_QUALIFIED = re.compile(
    r"[^,;.()]*?\s(?:tại|ở|cho|của|thuộc|trong|đối với)\s([^,;.()\d]*)"
)  # (matched from the count: no "^")
# a place before the count in its clause: "trên quốc lộ 1 xảy ra …" ("trên địa bàn": the whole)
_PLACE_BEFORE = re.compile(r"\b(?:tại|ở|trên|thuộc)\s+(?!địa bàn\b|toàn\b|cả\b)[^\W\d]")
# (review r28e) what shows the summary's count is not the table's whole said again:
#
# example (our own)                                                                     told
# "Tổng cộng | 112" (Kết nạp hội viên), then "Như vậy, tính cả 6 hội viên chuyển sinh hoạt
#  đến, số hội viên kết nạp và tiếp nhận là 118" (another count added: "tính cả", "kể cả",
#  "cùng với", "ngoài", "trừ", "không kể" a count before it)                          nothing
# "Tổng cộng | 96" (Hộ thoát nghèo), then "Nhìn chung, trong 96 hộ thoát nghèo có 81 hộ …"
#  or "trong số đảng viên bị kỷ luật có 25 …" (some among them)                      nothing
# "… số hộ thoát nghèo bền vững là 84 hộ", "số học sinh được học 2 buổi/ngày là 10.934 học
#  sinh" (the name "số …" before the count holds words the table lacks: a subset)    nothing
# "… 802 hội viên được đánh giá hoàn thành tốt nhiệm vụ", "81 hộ thoát nghèo nhờ vay vốn"
#  (the words after the count's unit that the table lacks: which ones), "xét chọn 148 hộ đủ
#  điều kiện vay vốn" (a stage before the deed the table counts)                       nothing
# "khu vực nông thôn kết nạp 348 đoàn viên mới, khu vực đô thị kết nạp 77 đoàn viên mới"
#  (another count of those words beside it, no cell: parts listed), "52 thanh niên khám
#  tuyển đạt …, đã gọi 45 thanh niên nhập ngũ" (the cell said beside it: another thing)  nothing
# two tables "Tập huấn … Cộng | 1.375" and "Hội thảo … Cộng | 231", then "1.606 lượt hội
#  viên tham dự tập huấn và hội thảo" (the other table's total is the difference)      nothing
# a title of places of one kind ("ở các xã vùng đồng bào dân tộc thiểu số") under a
#  summary of "toàn huyện"; a title of a target ("Phân bổ chỉ tiêu …")                nothing
# (a) "Chi hội ấp 2 | 204 | 17 | 38", then "… 204 hội viên, … 17 hội viên, có 45 lượt hội
#  viên được vay vốn" (a unit the header lacks: loans, not members) or "… nâng số tổ hợp tác
#  lên 21" (a level reached)                                                          nothing
_JOINED_PRE = re.compile(
    r"\b(?:tính cả|kể cả|cùng với|cùng|cộng với|cộng thêm|ngoài|trừ|không kể|chưa kể|"
    r"không tính|chưa tính)\s+(?:[^\W\d]+\s+){0,3}?\d|\btrong (?:số\b|tổng số\b|\d)"
)
_NAME_OF = re.compile(
    r"\bsố\s+([^,;:()]*?)\s*(?:là|đạt|có)?\s*$"
)  # "số hộ thoát nghèo bền vững là"
# a stage before the deed in the count's clause: those eligible, registered, proposed or in
# need ("xét chọn 148 hộ đủ điều kiện vay vốn" beside "Hộ được vay vốn | … | 141")
_STAGE = re.compile(
    r"\b(?:đủ điều kiện|đủ tiêu chuẩn|có nhu cầu|đăng ký|đề nghị|xét chọn|xét duyệt|cần)\b"
)
# words a count's name may hold beyond the table's own: the verbs and the whole of a summary
_NAME_GENERIC = frozenset(
    "đã được đều là có các của trong năm toàn cả huyện tỉnh xã thị trấn phường thành phố trên "
    "địa bàn này số tổng đạt với những được hiện nay đến cấp".split()
)


def _run_gap(gap: str) -> bool:
    """May two counts with ``gap`` (lowercased) between them restate two adjacent cells?"""
    return bool(_RUN_GAP.match(gap)) and not (
        _LISTED.search(gap) or _SINGLED_OUT.search(gap) or _PLAN_NEAR.search(gap)
        or _GAP_APART.search(gap) or _YEARS.search(gap) or _PART_OF_YEAR.search(gap)
        or _GAP_MOMENT.search(gap)
    )  # fmt: skip


def _own_moments(s: str) -> set[str]:
    return _moments(_NOT_A_MOMENT.sub(" ", s))


def _table_title(ctx: Context, t_start: int) -> str:
    """The line above a table (lowercased): its title, "Kết quả giảm hộ nghèo năm 2024:"."""
    end = ctx.text.rfind("\n", 0, t_start)
    for _ in range(2):
        if end <= 0:
            return ""
        start = ctx.text.rfind("\n", 0, end) + 1
        line = ctx.text[start:end].strip()
        if line:
            return line.lower()
        end = start - 1
    return ""


def _head_words(low: str) -> set[str]:
    """The content words of a header or label (lowercased): no unit in brackets, no mark, no
    period words ("Thoát nghèo trong năm" -> {"thoát", "nghèo"})."""
    low = _PERIOD_WORDS.sub(" ", _LABEL_UNIT.sub(" ", low))
    return set(norm_words(_ROW_MARK.sub("", low)).split()) - _HEAD_STOP


_OWN_AFTER_CUT = re.compile(r"[,;:()\d]|\s(?:để|nhằm|cho|và|với|so|trong|từ|đến)\s")


def _own_words_near(ctx: Context, f: Fig) -> set[str]:
    """The words that name ``f`` itself: from the comma or figure before it (or its sentence's
    start) to its descriptor's end ("kiểm tra 44 tổ chức đảng, 92 đảng viên" -> "92 đảng viên";
    "giới thiệu 86 đoàn viên ưu tú để Đảng xem xét kết nạp" -> "giới thiệu 86 đoàn viên ưu tú")."""
    s, e = ctx.sentence_span(f.sent)
    lo = max(s, *(ctx.text.rfind(p, s, f.start) + 1 for p in ",;:"))
    for g in ctx.by_sent.get(f.sent, []):
        if g.end <= f.start:
            lo = max(lo, g.end)
    after = ctx.low[f.end : e]
    cut = _OWN_AFTER_CUT.search(after)
    hi = f.end + (cut.start() if cut else len(after))
    return set(norm_words(ctx.low[lo:hi]).split())


def _summed_restated(
    ctx: Context, f: Fig, words: set[str], frame: str, parts: list[set[str]]
) -> bool:
    """Is ``f`` a summary's plain restatement of a table's whole: in a summary, named by the
    header's words, of the table's unit, with no moment, place, subset, plan, comparison or
    level of its own?"""
    s, e = ctx.sentence_span(f.sent)
    pre = ctx.low[s : f.start]
    in_summary = any(a <= f.start < b for a, b in _assessment_spans(ctx))
    if not in_summary and not _SUMMARY_OPENS.match(pre):
        return False
    if not words <= _own_words_near(ctx, f):
        return False
    if not set(norm_words(f.unit.key).split()) <= set(norm_words(frame).split()) | words:
        return False  # another unit than the table's
    sent = ctx.low[s:e]
    if _own_moments(_PERIOD_WORDS.sub(" ", sent)) - _own_moments(frame) or not _plan_free(sent):
        return False
    if _ASSESSMENT_OTHER.search(pre) or _EACH.search(pre) or _NAMED_PLACE.search(ctx.text, s, e):
        return False
    if _NOT_LEVEL.search(ctx.before_low(f, 30)) or _NOT_LEVEL_AFTER.match(ctx.text, f.end):
        return False
    if _AFTER_APART.search(sent) or _JOINED_PRE.search(pre):
        return False
    if _named_beyond(ctx, f, words, frame):
        return False
    qual = _QUALIFIED.match(ctx.low, f.end, e)
    if qual and not set(norm_words(qual.group(1)).split()) <= set(norm_words(frame).split()):
        return False
    if _PLACE_BEFORE.search(ctx.low, ctx.clause(f.start, f.end)[0], f.start):
        return False
    named = set(norm_words(sent).split())
    if any(p and p <= named for p in parts):
        return False  # a part of the table named: a row ("Ban Thường vụ …"), a column ("Quý IV")
    piece = _piece(ctx, f)
    if _PROPER.search(piece) or _NB_PLAN_HEAD.search(_heading(ctx, f)):
        return False
    piece = _WHOLE_PLACE.sub(" ", piece.lower())  # "toàn huyện": the table's whole
    return all(h.group(0) in frame or h.group(0) in words for h in _SCOPE_WORDS.finditer(piece))


def _named_beyond(ctx: Context, f: Fig, words: set[str], frame: str) -> bool:
    """Does the name of ``f`` hold content words the table lacks: the "số …" before it in its
    clause ("số hộ thoát nghèo bền vững là 84 hộ") or the words after its unit and the header's
    words up to a cut ("802 hội viên được đánh giá hoàn thành tốt nhiệm vụ"), or a stage before
    the deed ("148 hộ đủ điều kiện vay vốn")? Then it counts some of them, or others."""
    known = words | set(norm_words(frame).split()) | _NAME_GENERIC
    cs, ce = ctx.clause(f.start, f.end)
    if _STAGE.search(ctx.low, cs, ce) and not _STAGE.search(frame):
        return True
    name = _NAME_OF.search(ctx.low, cs, f.start)
    if name and set(norm_words(name.group(1)).split()) - known:
        return True
    _s, e = ctx.sentence_span(f.sent)
    after = ctx.low[f.end : e]
    cut = _OWN_AFTER_CUT.search(after)
    tail = norm_words(after[: cut.start() if cut else len(after)]).split()
    # only the words after the last of the header's: "86 hộ hội viên thoát nghèo" names whose
    # households, then the header's "thoát nghèo" (the whole of the document's own members)
    last = max((i for i, w in enumerate(tail) if w in words), default=-1)
    return bool(set(tail[last + 1 :]) - known)


def _listed_beside(ctx: Context, f: Fig, cell: Fig, words: set[str], values: set[float]) -> bool:
    """Is ``f`` one of counts of the header's words listed in its sentence: another count of
    those words and unit that no table holds ("khu vực nông thôn … 348 đoàn viên mới, khu vực
    đô thị … 77 đoàn viên mới"), or the cell's own value said beside it ("… 52 thanh niên …,
    đã gọi 45 thanh niên nhập ngũ")?"""
    for g in ctx.by_sent.get(f.sent, []):
        if g is f or g.type != "quantity" or g.unit.key != f.unit.key:
            continue
        if g.value == cell.value or (g.value not in values and words <= _own_words_near(ctx, g)):
            return True
    return False


def _slip_of(cell: Fig, f: Fig) -> bool:
    return f.value != cell.value and _close_slip(f.value, cell.value)  # type: ignore[arg-type]


def _differs(ctx: Context, cell: Fig, f: Fig, name: str, cue: tuple[str, str]) -> Check:
    what = f"{name} (table)"
    why = render("repeat.looked_back", what=(what, what), a=_written(cell), b=_written(f), cue=cue)
    figs = [cell, f] if cell.id else [f]
    return ctx.check(NAME, "inconsistent", [cell.value, f.value], figs, ctx.clause(f.start, f.end),  # type: ignore[list-item]
                     expected=cell.value, observed=f.value, tolerance=0, why=why)  # fmt: skip


_IN_ORDER = ("in the prose, cell by cell", "trong lời văn, từng ô theo thứ tự")
_IN_SUMMARY = ("in the summary", "trong phần đánh giá")


def _row_in_order(
    ctx: Context,
    by_sent: dict[int, list[Fig]],
    cells: list[tuple[int, Fig]],
    head: list[tuple[int, int]],
    heads: list[set[str]],
    label: str,
    total: bool,
    values: set[float],
) -> list[Check]:
    """(a): a sentence restating the row's cells in order, all but one agreeing."""
    out: list[Check] = []
    lab = set() if total else _head_words(label)
    row_values = {cell.value for _k, cell in cells}
    for sent, q in by_sent.items():
        if len(q) < 3 or sum(g.value in row_values for g in q) < 2:
            continue  # (cheap first: two of the row's values at least)
        if lab and not lab <= _sent_words(ctx, sent, {}):
            continue
        if not total and not lab:
            continue
        for i in range(len(q) - 2):
            for c in range(len(cells) - 2):
                odd, agree, t = -1, [], 0
                while i + t < len(q) and c + t < len(cells):
                    if t and not _run_gap(ctx.low[q[i + t - 1].end : q[i + t].start]):
                        break
                    if q[i + t].value == cells[c + t][1].value:
                        agree.append(q[i + t])
                    elif odd < 0:
                        odd = t
                    else:
                        break
                    t += 1
                if odd < 0 or len(agree) < 2 or t < 3 or max(g.value for g in agree) < MIN_VALUE:  # type: ignore[type-var]
                    continue
                f, (k, cell) = q[i + odd], cells[c + odd]
                words = heads[k]
                if not words or not _slip_of(cell, f) or f.value in values:
                    continue
                if (
                    max(f.value, cell.value) < MIN_VALUE
                    or _said_near(ctx, [f], words, f.start) is None
                ):  # type: ignore[type-var]
                    continue
                own_unit = f.unit.key in {g.unit.key for g in agree} or set(
                    norm_words(f.unit.key).split()
                ) <= words | set(norm_words(ctx.lower_slice(*head[k])).split())
                if not own_unit or _NOT_LEVEL.search(ctx.before_low(f, 30)):
                    continue  # another unit ("45 lượt hội viên"), a level reached ("lên 21")
                name = ctx.text[head[k][0] : head[k][1]].strip()
                out.append(_differs(ctx, cell, f, name, _IN_ORDER))
                return out
    return out


def _table_figure_differs(ctx: Context, done: list[Check]) -> list[Check]:
    out: list[Check] = []
    if "|" not in ctx.text and "\t" not in ctx.text:
        return out
    said = {i for c in done if c.kind == NAME and c.verdict == "consistent" for i in c.mention_ids}
    blocks = table_rows(ctx)
    # every count of every table: a prose count equal to one restates that cell, not a slip
    values: set[float] = set()
    # the columns of every table: a column named alike in two tables (two bodies, two years)
    # leaves a summary's count without one table to restate
    named: dict[frozenset[str], int] = {}
    # the total row's counts of each table: a summary's count that is one table's total plus
    # another's ("1.375 + 231 = 1.606 lượt hội viên tham dự tập huấn và hội thảo") joins them
    totals: list[set[float]] = []
    for rows in blocks:
        got: set[float] = set()
        for row in rows[1:]:
            if _TOTAL_LABEL.match(ctx.lower_slice(*row[0])):
                for span in row[1:]:
                    cell = cell_fig(ctx, span, None)
                    if cell is not None and cell.exact_count:
                        got.add(cell.value)  # type: ignore[arg-type]
        totals.append(got)
    for rows in blocks:
        for span in rows[0][1:]:
            key = frozenset(_head_words(ctx.lower_slice(*span)))
            named[key] = named.get(key, 0) + 1
        for row in rows[1:]:
            for span in row[1:]:
                cell = cell_fig(ctx, span, None)
                if cell is not None and cell.exact_count:
                    values.add(cell.value)  # type: ignore[arg-type]
    for b, rows in enumerate(blocks):
        head = rows[0]
        t_start, t_end = head[0][0], rows[-1][-1][1]
        others = {v for j, got in enumerate(totals) if j != b for v in got}
        outside = [
            f for f in ctx.quantities
            if f.type == "quantity" and f.exact_count and f.unit.key and f.qual == "exact"
            and (f.end <= t_start or f.start >= t_end) and f.unit.head not in vocab.TIME_UNITS
        ]  # fmt: skip
        if not outside:
            continue
        by_sent: dict[int, list[Fig]] = {}
        for f in outside:
            by_sent.setdefault(f.sent, []).append(f)
        heads = [_head_words(ctx.lower_slice(*span)) for span in head]
        frame = f"{_table_title(ctx, t_start)} {ctx.lower_slice(head[0][0], head[-1][1])}"
        title = _table_title(ctx, t_start)
        # a table of some units only, or of a plan
        some = _TITLE_PART.search(title) or (
            _PLAN_TITLE.search(title) and not _RESULT_TITLE.search(title)
        )
        of_kind = bool(_KIND_PLACES.search(title))
        whole_col = next(
            (k for k in range(1, len(head)) if _WHOLE_COL.match(ctx.lower_slice(*head[k]))), 0
        )
        table: list[tuple[list[tuple[int, Fig]], str, bool, str]] = []
        for row in rows[1:]:
            label = ctx.lower_slice(*row[0])
            cells = []
            for k in range(1, min(len(row), len(head))):
                cell = cell_fig(ctx, row[k], None)
                if cell is not None and cell.exact_count:
                    cells.append((k, cell))
            shown = ctx.text[row[0][0] : row[0][1]].strip()
            table.append((cells, label, bool(_TOTAL_LABEL.match(label)), shown))
        labels = [_head_words(lab) for _c, lab, tot, _s in table if not tot]
        for cells, label, total, shown in table:
            if len(cells) >= 3:
                out.extend(_row_in_order(ctx, by_sent, cells, head, heads, label, total, values))
            if some:
                continue
            if total:
                wanted = [
                    (cell, heads[k], ctx.lower_slice(*head[k]), ctx.text[head[k][0] : head[k][1]])
                    for k, cell in cells
                ]
            elif whole_col and cells and cells[-1][0] == whole_col:
                wanted = [(cells[-1][1], _head_words(label), label, shown)]
            else:
                continue
            for cell, words, name, what in wanted:
                if len(words) < 2 or cell.value < MIN_VALUE or _HEAD_APART.search(name):  # type: ignore[operator]
                    continue
                if total and named.get(frozenset(words), 0) > 1:
                    continue  # two tables' columns alike
                if _own_moments(_PERIOD_WORDS.sub(" ", name)):
                    continue  # "Hộ nghèo đầu năm": a moment, not the period's whole
                # the table's parts: its rows under a total row, its other columns beside a
                # whole-period column
                parts = labels if total else heads[1:whole_col] + heads[whole_col + 1 :]
                where = frame if total else f"{frame} {name}"
                cands = [
                    f for f in outside
                    if _slip_of(cell, f) and f.value not in values and f.id not in said
                    and abs(f.value - cell.value) not in others  # type: ignore[operator]
                    and _summed_restated(ctx, f, words, where, parts)
                    and not _listed_beside(ctx, f, cell, words, values)
                    and not (of_kind and _WHOLE_PLACE.search(ctx.low, *ctx.sentence_span(f.sent)))
                ]  # fmt: skip
                if not cands or len({f.value for f in cands}) > 1:
                    continue  # none, or two values compete
                f = cands[0]
                if any(
                    g is not f and g.value == f.value and words <= _own_words_near(ctx, g)
                    for g in outside
                ):
                    continue  # the body states it too: the summary restates the body
                out.append(_differs(ctx, cell, f, what.strip(), _IN_SUMMARY))
    return out


# -- the same count stated twice a few sentences apart: "Năm 2024, xã kết nạp 31 hội viên mới …. Với 13
# hội viên mới được kết nạp trong năm 2024, …" (a slip: digits swapped or a few units off). The earlier
# count is found by search, so an alarm needs it to be the UNIQUE candidate: the only count of those
# words before, undated or of the same moment as the later one, the later phrase naming the same thing
# (no other subset, place or moment), and neither a plan, a change, a comparison base nor a level
# reached ("còn"). Two counts of the noun at two dates ("năm 2022 có …; năm 2023 có …") stay silent.
_NEAR_SENTS = 3
_WHOLE_CUE = re.compile(r"\b(?:toàn bộ|tất cả|cả|với cả|đủ)\s*$")  # "toàn bộ 16 chi bộ trực thuộc"
_REF_AFTER = re.compile(r"[^,;.()\d]{0,40}?\b(?:này|nói trên|kể trên|nêu trên|trên đây)\b")
# The words right before a count that make it something else than a plain level of the thing.
_NOT_LEVEL = re.compile(
    r"(?:tăng|giảm|thêm|lên|xuống|vượt|hơn|gấp|bớt|so với|kế hoạch|chỉ tiêu|mục tiêu|dự toán|"
    r"phấn đấu|dự kiến|đề ra|được giao|bình quân|mỗi|trong đó|trong số đó|riêng|gồm|cụ thể|từ|đến|"
    r"trên|dưới|gần|khoảng|hơn|ít nhất|tối thiểu|lũy kế|cộng dồn|còn lại)[\s:]*$"
)
_NOT_LEVEL_AFTER = re.compile(r"\s*(?:\(|[^,;.()\d]{0,25}\b(?:so với|trở lên|trở xuống)\b)")
# A moment: a year, a month, a term, the present.
_MOMENT = re.compile(
    r"\b(?:1[89]|2\d)\d{2}\b|tháng \d+|quý [ivx]+|nhiệm kỳ|giai đoạn|đầu năm|cuối năm|năm trước|"
    r"năm qua|năm nay|trước đây|trước khi|sau khi|sáp nhập|hiện|đến nay|\bsau\b|\btrước\b|"
    r"gần đây|trở lại đây|năm đầu|"
    r"thành lập|ban đầu|lúc đầu|bắt đầu|cuối kỳ|đầu kỳ|lũy kế|cả năm|"
    r"thời điểm (?:đại hội|sáp nhập|thành lập)|trước đại hội|sau đại hội|"
    # review 81: school years, rounds, seasons, phases and months said in words
    r"năm học (?:trước|này|\d{4})|kỳ (?:trước|này)|lần (?:trước|này)|đợt (?:trước|này|\d+)|"
    r"lúc mới|khi mới|khi xây dựng|hồi đầu|đầu khóa|sáu tháng|6 tháng|9 tháng|mùa (?:khô|mưa)|"
    r"tháng (?:giêng|một|hai|ba|tư|năm|sáu|bảy|tám|chín|mười(?: một| hai)?)\b"
)
# a part of the year or a round: "Sáu tháng đầu năm", "Đến hết tháng Mười Một", "Kỳ trước"
_PART_OF_YEAR = re.compile(
    r"sáu tháng|6 tháng|9 tháng|quý [ivx]+|(?<!đến )(?<!hết )(?<!từ )tháng (?:\d+|giêng|một|hai|ba|tư|"
    r"năm|sáu|bảy|tám|chín|mười(?: một| hai)?)\b|kỳ (?:trước|này)|lần (?:trước|này)|"
    r"đợt (?:trước|này|\d+)|năm học"
)
_PLAN_NEAR = re.compile(r"\b(?:kế hoạch|chỉ tiêu|mục tiêu|dự toán|phấn đấu|dự kiến|đề ra)\b")
_PLAN_AFTER = re.compile(
    r"[^;.]{0,30}?\b(?:đạt|vượt|bằng)\b[^;.]{0,20}?\b(?:kế hoạch|chỉ tiêu|mục tiêu|dự toán)"
)  # "585 hội viên, đạt 117% chỉ tiêu": what was achieved of a plan
_NOW_LEFT = re.compile(r"\bcòn\s*$")  # "nay còn 84 hộ": a level reached, not a restatement
# A plan word that only measures a result stated right before it (no figure of the plan, no
# plan verb): the count is what was done, not the plan. Two near counts of one deed, each
# followed by such a phrase, are one result said twice (a slip when they differ):
#
# example (our own)                                                                   told
# "… kết nạp 163 đảng viên mới, đạt 105% kế hoạch. … Đánh giá chung: … kết nạp 168
#  đảng viên mới, hoàn thành vượt mức kế hoạch đề ra."                               a slip
# "Kế hoạch năm 2024 đề ra kết nạp 160 …. Đánh giá chung: … kết nạp 163 …, vượt kế hoạch" nothing
# "… kết nạp 163 …, đạt 98% chỉ tiêu 166 đảng viên …" (the plan's own figure)          nothing
_ACHIEVED = re.compile(
    r"(?<=[,;])\s*(?:(?:đã|đều)\s+)?(?:hoàn thành\s+)?(?:đạt|vượt|bằng|hoàn thành)(?:\s+mức)?"
    r"(?:\s+\d+(?:,\d+)?\s*%)?(?:\s+so với)?\s+(?:kế hoạch|chỉ tiêu|mục tiêu)"
    r"(?:\s+(?:đề ra|được giao|năm|của (?:huyện|tỉnh|xã|cấp trên)))?(?=\s*[,.;]|\s*$)"
)


def _plan_free(s: str) -> bool:
    """Does ``s`` (lowercased) name a plan only in phrases measuring a result ("…, đạt 105% kế
    hoạch", "…, hoàn thành vượt mức kế hoạch đề ra"), or none at all?"""
    return not _PLAN_NEAR.search(_ACHIEVED.sub(" ", s))


_NAMED_PLACE = re.compile(
    r"\b(?:thôn|xã|phường|thị trấn|huyện|tỉnh|ấp|bản|khu phố|tổ dân phố|tổ|chi bộ|đảng bộ|chi hội|"
    r"chi đoàn)\s+([A-ZĐÂĂÊÔƠƯ][\wÀ-ỹ]*(?:\s+[A-ZĐÂĂÊÔƠƯ][\wÀ-ỹ]*)*)"
)
_YEARS = re.compile(r"\b(?:1[89]|2\d)\d{2}\b")
_LISTED = re.compile(r"\b(?:trong đó|trong số đó|bao gồm|gồm|cụ thể|chia ra|phân ra)\b")
_REORG = re.compile(
    r"sáp nhập|hợp nhất|chia tách|thành lập mới|giải thể|điều chỉnh địa giới|\btách\b|"
    r"\bnhập\b[^.;]{0,40}\b(?:vào|với)\b"
)
# The predicate after the later count: "toàn bộ 16 chi bộ trực thuộc đã được …" (words after it
# say what was done to them, not which ones).
_PREDICATE = re.compile(r"\s(?:đã|đều|được|đang|sẽ|là|để|tham gia|mà|vẫn|cùng)\b")
# Adjuncts of the earlier count: "64 nhà đại đoàn kết cho hộ nghèo", "14,5 tỷ đồng từ nguồn ngân sách".
_ADJUNCT = re.compile(r"\s(?:cho|từ|bởi|do|nhờ|nhằm|để|với|bằng|theo)\b")
_FRAME = frozenset(
    {"thời", "điểm", "năm", "tháng", "cuối", "đầu", "hết", "trong", "tại", "vào", "của", "do", "bởi",
     "cơn", "này", "đó", "nói", "kể", "nêu", "trên", "đây", "hiện", "nay", "các", "những", "đã", "được"}
)  # fmt: skip


def _content(s: str) -> set[str]:
    return {w for w in s.split() if not w.isdigit()} - _THING_STOP - _FRAME


def _lead_words(ctx: Context, f: Fig) -> list[str]:
    """The words naming an amount before it: "với tổng mức đầu tư 14,5 tỷ đồng" -> [... "đầu", "tư"]."""
    seg = re.split(r"[\d,;:.()“”\"]", ctx.before(f, 50).lower())[-1]
    return seg.split()


def _close_slip(a: float, b: float) -> bool:
    """Two values a restating slip gives: a few units apart or digits swapped (57/75, 1.874/1.847)."""
    if abs(a - b) <= 0.25 * max(a, b):
        return True
    if len(str(a)) != len(str(b)):
        return False
    return sorted(str(a)) == sorted(str(b))  # "1,45e10" and "1,54e10" too: the digits as stored


def _moments(s: str) -> set[str]:
    return set(_MOMENT.findall(s))  # (no capturing group: findall gives the whole matches)


# Money counts an amount, not a thing: two sums of it are restatements only when
# their own words say so (other rules), never by the unit alone.
_MEASURES = frozenset({"đồng"})


_BACK_AFTER = re.compile(r"^\s*(?:này|nói trên|kể trên|trên|đó)\b")


def _lead_phrase(ctx: Context, f: Fig, n: int = 4) -> tuple[str, ...]:
    """The last ``n`` words before ``f`` in its sentence piece (commas kept out, ";" ":" "(" and
    figures cut it), or () when fewer: "Hỗ trợ xây dựng, sửa chữa 47" -> xây dựng sửa chữa."""
    words = re.split(r"[\d;:()]", ctx.before(f, 50).lower())[-1].replace(",", " ").split()
    return tuple(words[-n:]) if len(words) >= n else ()


def _lead3(ctx: Context, f: Fig, n: int = 3) -> tuple[str, ...]:
    """The last ``n`` words before ``f`` in its clause, lowercased."""
    before = re.split(r"[,;:()]", ctx.before(f, 40).lower())[-1]
    return tuple(before.split()[-n:])


def _money_named_back(ctx: Context, earlier: list[Fig], f: Fig) -> bool:
    if _BACK_AFTER.match(ctx.after(f, 15).lower()):
        return True
    lead = _lead3(ctx, f)
    if len(lead) != 3:
        return False
    # the words before each earlier sum, once per figure
    leads: dict[int, tuple[str, ...]] = ctx.memo.setdefault("repeat.lead3", {})  # type: ignore[assignment]
    for g in earlier:
        got = leads.get(g.i)
        if got is None:
            got = leads[g.i] = _lead3(ctx, g)
        if got == lead:
            return True
    return False


def _restated_nearby(ctx: Context) -> list[Check]:
    out: list[Check] = []
    by_key: dict[str, list[Fig]] = {}
    for f in ctx.figs:
        if f.type == "quantity" and f.exact and f.qual == "exact" and f.unit.key and f.value \
                and f.value >= MIN_VALUE and f.unit.key not in vocab.TIME_UNITS:  # fmt: skip
            by_key.setdefault(f.unit.key, []).append(f)
    words: dict[int, set[str]] = {}  # the words of a sentence, once
    for key, group in by_key.items():
        if len(group) < 2:
            continue
        if key in _MEASURES:
            # "2,348 tỷ đồng" asked back, "1.910 triệu đồng" recovered: money names nothing by
            # itself; only a sum pointed back to ("… 6,8 tỷ đồng này") or named by the same
            # words ("tổng mức đầu tư 8,6 tỷ đồng" … "tổng mức đầu tư 6,8 tỷ đồng") is held
            group = [
                f for n, f in enumerate(group) if n == 0 or _money_named_back(ctx, group[:n], f)
            ]
            if len(group) < 2:
                continue
        for k, f in enumerate(group[1:], 1):
            earlier = []
            for j in range(k - 1, -1, -1):  # nearest first, a few sentences back at most
                g = group[j]
                if f.sent - g.sent > _NEAR_SENTS:
                    break
                if g.sent != f.sent and g.value != f.value and _close_slip(g.value, f.value):  # type: ignore[arg-type]
                    earlier.insert(0, g)
            if not earlier or not _plain_level(ctx, f, later=True):
                continue
            if any(g.value == f.value and f.sent - g.sent <= _NEAR_SENTS for g in group[:k]):
                continue  # "… kiểm tra 38 tổ chức đảng. … 12 trong số 38 tổ chức đảng nói trên"
            if _SCOPE_FRAME.search(ctx.low, *ctx.sentence_span(f.sent)) or _SCOPE_FRAME.search(
                ctx.low, *ctx.sentence_span(earlier[-1].sent)
            ):
                continue  # "Tính riêng đảng viên chính thức …" / "Tính cả đảng viên dự bị …"
            c = _nearby_pair(ctx, group[:k], earlier, f, words)
            if c is not None:
                out.append(c)
    return out


_FROM_TO = re.compile(r"\b(?:lên|xuống|đến|tới|sang)\b")


def _plain_level(ctx: Context, f: Fig, later: bool) -> bool:
    low = ctx.low
    ls, le = low.rfind("\n", 0, f.start) + 1, low.find("\n", f.end)
    line = low[ls : len(low) if le < 0 else le]
    if "|" in line or "\t" in line:
        return False  # a table row: its cells are counts of their own rows
    cs, _ce = ctx.clause(f.start, f.end)
    if _LISTED.search(low, cs, f.start):
        return False  # an item of a breakdown ("trong đó: … hoàn thành nhiệm vụ có 34 đồng chí")
    ss, se = ctx.sentence_span(f.sent)
    before = low[max(ss, f.start - 30) : f.start]
    not_level = _NOT_LEVEL.search(before)
    if (
        not_level is not None
        and later
        and not_level.group().strip() == "từ"
        and _REF_AFTER.match(low, f.end, min(se, f.end + 40))
        and not _FROM_TO.search(low, f.end, se)
    ):
        # (session 35) "Từ 421,6 tỷ đồng nói trên, huyện đã …": from the sum said, not a change
        not_level = None
    if not_level is not None or (later and _NOW_LEFT.search(before)):
        return False
    if _NOT_LEVEL_AFTER.match(low, f.end, min(se, f.end + 40)):
        return False
    seg = ctx.text[ss : f.start]
    return seg.rfind("(") <= seg.rfind(")")  # not inside brackets


def _sent_words(ctx: Context, i: int, cache: dict[int, set[str]]) -> set[str]:
    got = cache.get(i)
    if got is None:
        s, e = ctx.sentence_span(i)
        got = cache[i] = set(norm_words(ctx.low[s:e]).split())
    return got


def _governing(ctx: Context, f: Fig) -> set[str]:
    """The content words among the two words right before ``f`` in its comma-piece: what
    governs the count ("xây mới 1.468 căn", "sửa chữa 1.486 căn", "đã kết luận 36"). The
    second of two joined counts is governed by what governs the first ("kết luận 5 tổ chức
    đảng và 11 đảng viên")."""
    prev = ctx.prev_in_sent(f)
    if prev is not None and _JOINED.match(ctx.text[prev.end : f.start]):
        return _governing(ctx, prev)
    seg = re.split(r"[\d,;:.()“”\"]", ctx.before(f, 40))[-1].split()[-2:]
    seg = [w for w in seg if not w[:1].isupper()]  # a name ("xã Quảng Phú Thượng có 620")
    words = norm_words(" ".join(seg).lower().replace("toàn bộ", " ").replace("tất cả", " "))
    return _content(words) - _SWAP_STOP - _QUANTIFIERS


_JOINED = re.compile(r"^\s*(?:,|và|,\s*và)\s*$")
_QUANTIFIERS = frozenset("cả gần hơn khoảng trên dưới tổng cộng chỉ mới lên xuống còn".split())


def _own_words(ctx: Context, f: Fig) -> set[str]:
    """The content words of ``f``'s own description after its unit, up to a comma."""
    desc = descriptor(ctx, f).split(",")[0]
    rest = desc[len(f.unit.key) :] if desc.startswith(f.unit.key) else desc
    return _content(norm_words(rest)) - set(f.unit.key.split()) - _SWAP_STOP


_LIGHT_VERBS = frozenset({"tham", "gia", "thực", "hiện", "được", "có"})
_OPENS_BY_WAY = re.compile(r"^\W*(?:thông qua|qua)\s")


def _other_activity(
    ctx: Context, g: Fig, f: Fig, words: dict[int, set[str]], described: bool = True
) -> bool:
    """Do the earlier ``g`` and the later ``f`` count what two activities or sets gave?
    - the words that govern each ("xây mới 1.468 căn" / "sửa chữa 1.486 căn") differ, and
      neither's appear in the other's sentence;
    - both describe themselves, with no word in common ("2.415 lượt đảng viên được bồi dưỡng
      lý luận chính trị" / "2.451 lượt đảng viên tham gia học tập nghị quyết");
    - ``f`` is the outcome of an activity ("Qua rà soát …, đã hỗ trợ 1.180 hộ") whose verb
      ``g``'s sentence does not use ("rà soát 1.246 hộ")."""
    g_words, f_words = _sent_words(ctx, g.sent, words), _sent_words(ctx, f.sent, words)
    gf, gg = _governing(ctx, f), _governing(ctx, g)
    if gf and gg and not gf & gg and not gf & g_words and not gg & f_words:
        return True
    # "tham gia bảo hiểm xã hội tự nguyện" / "tham gia các mô hình kinh tế": the verb alone
    # is shared, the things taken part in differ
    df, dg = _own_words(ctx, f) - _LIGHT_VERBS, _own_words(ctx, g) - _LIGHT_VERBS
    # an amount's thing is named before it ("tổng mức đầu tư 14,5 tỷ đồng"), not after
    if described and f.unit.key not in _MEASURES and len(df) >= 2 and len(dg) >= 2 and not df & dg:
        return True
    fs = ctx.sentence_span(f.sent)[0]
    return bool(gf and _OPENS_BY_WAY.match(ctx.low[fs : f.start]) and not gf <= g_words)


def _frame_moments(ctx: Context, f: Fig, ref: bool) -> set[str]:
    """The moments named up to the later count: in its clause up to the end of its comma-piece
    (a quoted speech is its own frame: of the lead before the quote only the years count), or
    only its own comma-piece when it points back at the earlier statement ("… này", "nói trên")."""
    if ref:
        return _moments(_piece(ctx, f).lower())
    cs, ce = ctx.clause(f.start, f.end)
    quote = ctx.text.rfind("“", cs, f.start) + 1
    years = " ".join(_YEARS.findall(ctx.low, cs, quote))
    comma = ctx.text.find(",", f.end, ce)
    return _moments(f"{years} {ctx.low[max(cs, quote) : ce if comma < 0 else comma]}")


_AMONG_THOSE = re.compile(
    r"\s*(?:[^\W\d,;]+\s+){0,2}?(?:trong số đó|trong số này|trong số ấy|trong đó)\b"
)


# -- review 23nb: the frames that tell two swapped counts apart (review 23sw) tell any two near
# counts of one noun apart, and a few more: rounds or occasions on both sides, another set named
# in the plural, a subset named before the count or by "là" after it, a plans section.
#
# example (our own)                                                               told
# "Phần I. Năm 2023 … trồng 512 ha" / "Phần II. Năm 2024 … trồng 521 ha" (headings)      nothing
# "- Xã Đông: 342 hộ" / "- Xã Tây: 324 hộ" (parallel labels)                             nothing
# "Xã có 486 hộ …" / "Xã bạn có 468 hộ …" (a body by its role)                            nothing
# "Hội Nông dân … 615 hội viên" / "Hội Phụ nữ … 651 hội viên" (two bodies)               nothing
# "… 120 buổi tuyên truyền về ma túy" / "… 102 buổi tuyên truyền về bạo lực gia đình"    nothing
# "Toàn xã có 860 hộ." / "Trong năm, 806 hộ đăng ký gia đình văn hóa" (a stock, then some) nothing
# "… 640 hộ …" / "… 604 hộ, giảm 36 hộ" (the difference stated)                          nothing
# "Trong năm, … kết nạp 71 …" / "Cả nhiệm kỳ, … kết nạp 317 …" (two windows)             nothing
# "… 650 lao động" / "Cũng trong năm, … 605 lao động" ("cũng": another set)               nothing
# "Quý I, … 270 lượt" / "Dịp Tết, … 207 lượt" (a round or occasion on each side)          nothing
# "Quỹ … huyện vận động 14,8 tỷ đồng" / "Quỹ … các xã vận động 14,1 tỷ đồng"               nothing
# "Xã có 925 đảng viên." / "Số đảng viên nữ là 952 đồng chí" (a subset before the count)  nothing
# "Xã có 732 hộ nghèo." / "Xã có 723 hộ nghèo là người Mông" (a subset after "là")        nothing
# "… đã giải quyết việc làm cho 810 lao động" / (under "PHƯƠNG HƯỚNG …") "… cho 801 …"    nothing
# "Đảng bộ có 18 chi bộ với 736 đảng viên" / "Năm 2024, … toàn bộ 763 đảng viên …"        inconsistent
_NB_PLURAL = re.compile(r"\bcác\s+(?!cấp\b)((?:[^\W\d_]++\s*){1,8})")  # ("các cấp": all levels)
# a body opening a count's piece as its subject: "Trạm y tế phường tiêm chủng …", "Bệnh viện …"
_NB_BODY_OPENS = re.compile(
    r"^\s*(?:trạm|bệnh viện|trường|trung tâm|công ty|hợp tác xã|lực lượng|phòng|chi cục|ngân hàng|"
    r"quỹ|huyện đoàn|tỉnh đoàn|xã đoàn|đoàn|hội|ban|ủy ban|đội|công an|viện|tòa án|bưu điện|"
    r"chi nhánh|cục|sở|liên đoàn|mặt trận|câu lạc bộ|nhà máy|xí nghiệp|điện lực)\b"
)
_NB_KIND_BEFORE = re.compile(r"\bsố\s+((?:[^\W\d_]+\s+){1,8})$")
_NB_IS_KIND = re.compile(r"^\s*(?:[^\W\d_]+\s+){0,2}?là\s+((?:[^\W\d_]+\s*){2,6})")
# rounds, parts of the year, terms and occasions (of _APART_MOMENT and _CONTRAST)
_NB_ROUND = re.compile(
    r"\bquý [ivx\d]+\b|\b(?:\d+|sáu|chín|ba) tháng\b|\bđợt (?:trước|này|sau|\d+)\b|"
    r"\bhọc kỳ [ivx\d]+\b|\bvụ (?:đông xuân|hè thu|thu đông|mùa|chiêm|xuân|này|trước|sau)\b|"
    r"\bmùa (?:khô|mưa)\b|\b(?:dịp|nhân dịp|nhân ngày) [^\d,.;]{2,25}?(?=[\s,])|"
    r"\b(?:kỳ họp|phiên họp|hội nghị|lần) thứ (?:\d+|[^\W\d_]+)|\b(?:kỳ|lần) (?:trước|này)\b|"
    r"\bnăm học (?:trước|này|\d{4})"
)
_NB_PLAN_HEAD = re.compile(
    r"\b(?:phương hướng|kế hoạch|giải pháp|mục tiêu|nhiệm vụ (?:thời gian tới|năm tới|năm \d{4}|trọng tâm))\b"
)
_NB_STOCK_LEAD = re.compile(r"\b(?:có|là|với|gồm|toàn bộ|tất cả|toàn thể)\s*$")
_NB_WHOLE_LEAD = re.compile(r"\b(?:toàn bộ|tất cả|toàn thể|cả)\s*$")


def _nb_piece_before(ctx: Context, f: Fig, case: bool = False) -> str:
    """``f``'s comma-piece up to it, lowercased unless ``case`` ("Năm 2024, Quỹ … các huyện vận
    động được")."""
    s, _ = ctx.sentence_span(f.sent)
    cut = max(s, *(ctx.text.rfind(ch, s, f.start) + 1 for ch in ",;:"))
    return (ctx.text if case else ctx.low)[cut : f.start]


def _nb_rounds_apart(ctx: Context, g: Fig, f: Fig) -> bool:
    """Does each sentence name a round, part of the year, term or occasion the other lacks
    ("Trong 6 tháng đầu năm …" / "Dịp Tết Nguyên đán …"; "Kỳ họp thứ 7" / "kỳ họp thứ 8")?
    (Not a body, "Đoàn Thanh niên …", against a moment, "Tại Đại hội …": only rounds.)"""
    gs, _ = ctx.sentence_span(g.sent)
    fs, _ = ctx.sentence_span(f.sent)
    gl, fl = ctx.low[gs : g.start], ctx.low[fs : f.start]
    a, b = set(_NB_ROUND.findall(gl)), set(_NB_ROUND.findall(fl))
    return bool(a - b) and bool(b - a)


def _nb_plural_other(ctx: Context, g: Fig, f: Fig) -> bool:
    """Does the later count's piece name, as its subject in the plural, a set the earlier
    sentence lacks ("Các doanh nghiệp trong cụm công nghiệp … 847 lao động" after "Công ty …
    874 lao động"; "Quỹ Vì người nghèo các huyện …" after "Quỹ Vì người nghèo tỉnh …")? The
    plural opens the piece or follows the words both pieces open with: not an object ("Hội
    biểu dương các chi hội đã góp phần kết nạp 24 …"), nor all of them ("… cho toàn bộ 521
    đảng viên")."""
    piece = _nb_piece_before(ctx, f)
    if _NB_WHOLE_LEAD.search(piece):
        return False
    wf, wg = piece.split(), _nb_piece_before(ctx, g).split()
    k = 0
    while k < min(len(wf), len(wg)) and wf[k] == wg[k]:
        k += 1
    g_words = _sent_words(ctx, g.sent, {})
    for m in _NB_PLURAL.finditer(piece):
        if len(piece[: m.start()].split()) not in (0, k):
            continue  # the plural is not the subject
        # the set's own words, up to a predicate: "các huyện vận động được" -> "huyện vận động"
        named = _content(norm_words(_TAIL_CUT.split(m.group(1))[0])) - _SWAP_STOP
        if named - g_words:
            return True
    return False


def _nb_subjects_apart(ctx: Context, g: Fig, f: Fig) -> bool:
    """Do the two pieces say the same deed (the same last words before each count) of two
    bodies named as their subjects, each with words the other's sentence lacks ("Trạm y tế xã
    tiêm chủng đầy đủ cho 312 trẻ em" / "Trạm y tế phường tiêm chủng đầy đủ cho 321 trẻ em";
    "Huyện đoàn vận động đoàn viên hiến 520 m2" / "Hội Phụ nữ huyện vận động hội viên hiến 502
    m2")? (Not "Hội Nông dân xã Tân Lập có 651" after "Hội Nông dân xã có 615": the earlier
    names nothing the later lacks; nor "Hội biểu dương …" after "Hội Cựu chiến binh xã …".)"""
    pg, pf = _nb_piece_before(ctx, g), _nb_piece_before(ctx, f)
    if not (_NB_BODY_OPENS.match(pg) and _NB_BODY_OPENS.match(pf)):
        return False
    og = _nb_piece_before(ctx, g, case=True).split()
    of = _nb_piece_before(ctx, f, case=True).split()
    if (
        len(og) > 1
        and len(of) > 1
        and og[0] == of[0]
        and og[1][:1].isupper()
        and of[1][:1].islower()
    ):
        return False  # "Hội Cựu chiến binh xã …" then "Hội biểu dương …": the same body, short
    wg, wf = pg.split(), pf.split()
    n = 0
    while n < min(len(wg), len(wf)) and wg[-1 - n] == wf[-1 - n]:
        n += 1
    if not n:
        return False  # two deeds: other readings judge them
    name_g, name_f = set(wg[: len(wg) - n]), set(wf[: len(wf) - n])
    gw, fw = _sent_words(ctx, g.sent, {}), _sent_words(ctx, f.sent, {})
    return bool(_content(norm_words(" ".join(name_g))) - fw) and bool(
        _content(norm_words(" ".join(name_f))) - gw
    )


def _nb_kind_named(ctx: Context, g: Fig, f: Fig) -> bool:
    """Does the later count name a kind of its noun the earlier sentence lacks: before it
    ("Số đảng viên nữ của Đảng bộ là 1.039 đồng chí") or by "là" after its unit ("2.317 hộ
    nghèo là đồng bào dân tộc thiểu số")?"""
    g_words = _sent_words(ctx, g.sent, {})
    lead = _NB_KIND_BEFORE.search(_nb_piece_before(ctx, f))
    if lead and any(w.group(0) not in ctx.low[slice(*ctx.sentence_span(g.sent))]
                    for w in _SUBSET.finditer(lead.group(1))):  # fmt: skip
        return True
    tail = _NB_IS_KIND.match(_piece_after(ctx, f))
    return bool(tail) and len(_content(norm_words(tail.group(1))) - g_words) >= 2


def _nb_planned_section(ctx: Context, g: Fig, f: Fig) -> bool:
    """Does the later count stand under a heading of plans the earlier is not under, as a deed
    to do, not a stock ("II. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI" / "Tiếp tục giải quyết việc
    làm cho 2.165 lao động"; "Với 1.264 đảng viên, …" stays a stock)?"""
    hf = _heading(ctx, f)
    if not hf or hf == _heading(ctx, g) or not _NB_PLAN_HEAD.search(hf):
        return False
    s, _ = ctx.sentence_span(f.sent)
    return not _NB_STOCK_LEAD.search(ctx.low[s : f.start]) and not _OPENS_ON.match(
        ctx.low[s : f.start]
    )


# a part singled out before a count in its own piece: "riêng khu vực nông thôn đã …", "tính
# riêng các xã vùng cao", "trong đó các thôn đặc biệt khó khăn"
_SINGLED_OUT = re.compile(r"\b(?:riêng|tính riêng|trong đó|trong số đó)\b")


# A later count may say whose members it counts: by a possessive after its noun ("… 190 hội
# viên của chi hội tổ dân phố 9 …") or by a place word pointing back ("Ở đó, tất cả …", "…
# hội viên nơi đây …"). The body it names is the earlier count's only if the earlier sentence
# names it too: a name word (capitalised, or a number after a place word) that sentence lacks
# sets the two apart (a name in the possessive itself only if the text first gives it between
# the two counts: "… của Đảng bộ Bộ Chỉ huy …" may name in full the body said short before). A bare or pointing possessive ("của chi đoàn", "của Đảng bộ này") means
# the body that last opened a sentence or piece between the two counts, and a place word the
# place last named between them: their name words count the same way.
#
# example (our own)                                                                     told
# "Chi hội … tổ dân phố 1 có 109 hội viên" / "… tất cả 190 hội viên của chi hội tổ dân
#  phố 9 đều …"                                                                          nothing
# "Chi đoàn thôn Bắc Sơn có 126 …" / "Chi đoàn thôn Nam Sơn dẫn đầu …; toàn bộ 162 đoàn
#  viên của chi đoàn …"                                                                  nothing
# "Hội … xã Tân An có 1.374 …" / "Hội … xã Tân Bình … được chọn làm điểm. Ở đó, tất cả
#  1.347 hội viên …"                                                                     nothing
# "Đảng bộ xã Yên Thọ có 392 …" / "Đảng bộ đã lãnh đạo …. Tất cả 329 đảng viên của Đảng
#  bộ …"                                                                                 a slip
_OWNER_BODY = r"(?:liên chi đoàn|chi hội|chi đoàn|chi bộ|cơ sở hội|đảng bộ|đoàn|hội)"
_OWNER_AFTER = re.compile(rf"\s*(?:của|thuộc)\s+(?P<body>{_OWNER_BODY})\b(?P<rest>[^,;:.()“”\"]*)")
_OWNER_OPENS = re.compile(
    rf"(?:(?<=[.;:,\n-])|^)\s*(?P<body>{_OWNER_BODY})\b(?P<rest>[^,;:.()“”\"]*)"
)
_OWNER_CUT = re.compile(r"\b(?:đã|đều|được|đang|sẽ|là|có|cũng|vừa|mới|tham gia|dự|nơi)\b")
_DEICTIC = re.compile(r"\b(?:ở|tại|nơi)\s+(?:đó|đây)\b")
_NAMED_NUMBER = re.compile(
    r"\b(?:thôn|xóm|ấp|bản|khu phố|tổ dân phố|tổ|phường|khu|số)\s+(\d+)\b", re.IGNORECASE
)


def _name_words(text: str) -> set[str]:
    """Capitalised words (past the first of each sentence or piece) and numbers after a place
    word."""
    names: set[str] = set()
    for piece in re.split(r"[.;:!?\n]", text):
        words = re.findall(r"[^\W\d_]+", piece)
        names |= {w.lower() for w in words[1:] if w[0].isupper()}
    return names | set(_NAMED_NUMBER.findall(text))


def _owner_apart(ctx: Context, g: Fig, f: Fig) -> bool:
    """Does the later count name, or point at, a body or place the earlier sentence lacks
    (see the table above)?"""
    gs, ge = ctx.sentence_span(g.sent)
    fs, fe = ctx.sentence_span(f.sent)
    known = set(re.findall(r"[^\W_]+", ctx.low[gs:ge]))
    own = _OWNER_AFTER.match(ctx.low, f.end, fe)
    deictic = _DEICTIC.search(ctx.low, fs, min(fe, f.end + 25))
    if own is None and deictic is None:
        return False
    if own is not None:
        rest = ctx.text[own.start("rest") : own.end("rest")]
        cut = _OWNER_CUT.search(rest.lower())
        said = _name_words("x " + (rest[: cut.start()] if cut else rest))
        if said:  # "… của chi hội tổ dân phố 9": a name new past the earlier count, given between
            new = said - known - _name_words(ctx.text[:ge])
            return bool(new & _name_words(ctx.text[ge : f.start]))
        # "… của chi đoàn": the body that last opened a sentence or piece between the two
        opened = [
            m for m in _OWNER_OPENS.finditer(ctx.low, ge, f.start) if m.group("body") == own["body"]
        ]
        if not opened:
            return False
        rest = ctx.text[opened[-1].start("rest") : opened[-1].end("rest")]
        cut = _OWNER_CUT.search(rest.lower())
        head = " ".join((rest[: cut.start()] if cut else rest).split()[:6])
        return not _name_words("x " + head) <= known
    # "Ở đó, tất cả …", "… hội viên nơi đây": the place last named between the two counts
    between = ctx.text[ge:fs]
    return bool(between.strip()) and not _name_words(between) <= known


def _near_set_apart(ctx: Context, g: Fig, f: Fig) -> bool:
    """Is the later count set apart from the earlier by a frame (see the table above)?"""
    return (
        _headed_apart(ctx, g, f)
        or _labels_apart(ctx, g, f)
        or _other_body(ctx, g, f)
        or _bodies_apart(ctx, g, f)
        or _tails_apart(ctx, g, f)
        or _stock_then_some(ctx, g, f)
        or _difference_stated(ctx, g, f)
        or _windows_apart(ctx, g, f)
        or _planned_or_also(ctx, g, f)
        or _back_span_against_years(ctx, g, f)
        or _contrasted(ctx, g, f)
        or _subset_tail(ctx, g, f)
        or _nb_rounds_apart(ctx, g, f)
        or _nb_plural_other(ctx, g, f)
        or _nb_subjects_apart(ctx, g, f)
        or _nb_kind_named(ctx, g, f)
        or _nb_planned_section(ctx, g, f)
        or _owner_apart(ctx, g, f)
    )


# (session 35) what was owed or to be done, said before the earlier count: a programme's or a
# duty's count, not a level the later count restates
#   example (our own)                                                                 told
#   "Theo chương trình năm 2022, Ủy ban Kiểm tra phải kiểm tra 24 tổ chức đảng. Thực tế đã
#    tiến hành kiểm tra 22 tổ chức đảng, đạt 91,7% chương trình."                      nothing
# (read in the text as written: "cần" of a place, "xã Hương Cần", is no duty)
_OWED_BEFORE = re.compile(r"\b(?:phải|cần|sẽ|[Tt]heo chương trình|[Tt]heo kế hoạch)\b")


def _done_cut(lead: list[str]) -> list[str]:
    """Lead words without a last "được" ("kiểm tra được" -> "kiểm tra")."""
    return lead[:-1] if lead[-1:] == ["được"] else lead


# (review 41a) a sentence that singles out a part at its head ("Riêng năm 2024, …"), and a
# count named by a subject before "là" whose words the earlier sentence does not say ("Diện
# tích rừng trồng đến tuổi được khai thác trong năm là 1.256 ha" after "trồng mới 1.526 ha"):
# another set than the one stated before.
_SINGLED_HEAD = re.compile(r"\W*(?:riêng|tính riêng)\b")
_IS_BEFORE = re.compile(r"\blà\s*$")


def _subject_unsaid(ctx: Context, g: Fig, f: Fig, words: dict[int, set[str]]) -> bool:
    cs, _ = ctx.clause(f.start, f.end)
    head = ctx.low[cs : f.start]
    if not _IS_BEFORE.search(head):
        return False
    head = _SR_CUE.sub(" ", re.split(r"[,;:()]", head)[-1])  # ("Kết quả nổi bật là …": a frame)
    named = _content(norm_words(head)) - set(f.unit.key.split()) - _SWAP_STOP - _GENERIC
    return len(named - _sent_words(ctx, g.sent, words)) >= 2


def _nearby_pair(
    ctx: Context, before: list[Fig], earlier: list[Fig], f: Fig, words: dict[int, set[str]]
) -> Check | None:
    low = ctx.low
    ss, se = ctx.sentence_span(f.sent)
    whole = bool(_WHOLE_CUE.search(low, max(ss, f.start - 12), f.start))
    ref = bool(_REF_AFTER.match(low, f.end, min(se, f.end + 50)))
    cs, _ce = ctx.clause(f.start, f.end)
    if (
        _PLAN_AFTER.match(low, f.end, f.end + 70) and not _plan_free(low[ss:se])
    ) or _PLAN_NEAR.search(low, max(cs, f.start - 40), f.start):
        return None  # "585 hội viên, đạt 117% chỉ tiêu", "Mục tiêu đặt ra là 40 …": a plan
    if _SWAP_GOAL.search(low, cs, f.start):
        return None  # "Theo Nghị quyết, mỗi năm …", "Các doanh nghiệp cũng …": not a restatement
    if _contrasted(ctx, earlier[-1], f):
        return None  # "Học kỳ I …" / "Học kỳ II …", "Vụ Đông Xuân" / "Vụ Hè Thu": two counts
    moments = _frame_moments(ctx, f, ref)
    g = earlier[-1]
    gs, ge = ctx.sentence_span(g.sent)
    g_low = low[gs:ge]
    g_moments = _moments(g_low)
    if whole and g_moments == {"hiện"}:
        # "hiện có 18 chi bộ" … "Năm 2024, … toàn bộ 16 chi bộ": the present is the latest year
        latest = max(_YEARS.findall(low), default="")
        moments = {m for m in moments if m != latest}
    if not moments <= g_moments or not _plan_free(g_low) or _REORG.search(low, g.start, f.end):
        return None  # another moment, a plan and what was achieved of it, or a reorganisation
    if _OWED_BEFORE.search(ctx.text, ctx.clause(g.start, g.end)[0], g.start):
        return None  # "… phải kiểm tra 24 tổ chức đảng. Thực tế đã … kiểm tra 22 …": owed, then done
    if _ORIGIN_MOMENT.search(g_low) and not _ORIGIN_MOMENT.search(low[ss:se]):
        return None  # "Đầu nhiệm kỳ, … 198 đảng viên" … "Đảng bộ xã có … 214 đảng viên": now
    if _DOING_AFTER.match(low, f.end, min(se, f.end + 40)):
        return None  # "16 chi bộ với 318 đảng viên tham gia học tập": those who took part
    if _located_apart(ctx, g, f):
        # (review 39a) "Toàn bộ 3.468 đảng viên của Đảng bộ đang sinh hoạt tại chi bộ thôn, …"
        # after "… có 58 tổ chức cơ sở đảng với 4.368 đảng viên": those of some places only
        return None
    if whole and _narrowed(ctx, earlier[-1], f):
        return None  # "Tất cả 165 hội viên và người thân …": the list goes on (see _narrowed)
    if _AMONG_THOSE.match(low, f.end, min(se, f.end + 40)):
        return None  # "kiểm tra 19 đảng viên trong số đó": some of the earlier ones
    years_f, years_g = set(_YEARS.findall(low[ss:se])), set(_YEARS.findall(low[gs:ge]))
    if years_f and years_g and not years_f & years_g:
        return None  # "Năm 2023, … 24.318 …. Năm 2024, …; … 24.381 …": two years' counts
    if (
        vocab.WHOLE_SCOPE.search(g_low)
        and re.search(r"\bcác\b", low[ss : f.start])
        and not re.search(r"\b(?:toàn|cả|tất cả|tổng)\b", low[ss:se])
    ):
        return None  # "toàn huyện kết nạp 53 …" then "Các đảng bộ xã kết nạp 44 …": a part
    for name in _NAMED_PLACE.findall(ctx.text, ctx.clause(f.start, f.end)[0], f.start):
        if name not in ctx.text[gs:ge]:
            return None  # "Chi bộ thôn Tây có 38 …" after "Chi bộ thôn Đông có 35 …": another place
    by_way = _BY_WAY_OPENS.match(low[ss : f.start]) if f.start - ss <= 90 else None
    by_way = by_way or _BY_WAY_OF.search(low, max(ss, f.start - 50), f.start)
    if by_way and f" {norm_descriptor(by_way.group(1))} " not in f" {norm_descriptor(g_low)} ":
        return None  # "Qua kiểm tra …, đã phát hiện 16 …" after "giám sát … 18": another activity
    if _other_activity(ctx, g, f, words):
        return None  # "đã hỗ trợ 1.180 hộ" after "rà soát 1.246 hộ": another set
    event = _EVENT_TAIL.match(low[f.end : f.end + 80])
    if event and not set(norm_words(event.group("event")).split()[:2]) <= set(
        norm_words(g_low).split()
    ):
        return None  # "Tất cả 350 đảng viên được đánh giá, xếp loại" after "có 360": a part
    gap = abs(g.value - f.value)  # type: ignore[operator]
    gs0 = g.i
    while gs0 > 0 and ctx.figs[gs0 - 1].sent == g.sent:
        gs0 -= 1
    if any(
        h is not g and h.unit.key == g.unit.key and h.value == gap for h in ctx.figs[gs0 : g.i + 1]
    ):
        return None  # "… 4 tổ chức đảng …; cấp ủy cơ sở … 37 …. Như vậy, … 41 …": 4 + 37
    # _minus_part wants g.end <= h.start < f.start: only the figures between g and f (by
    # index: ctx.figs is in text order) can pass
    if any(_minus_part(h, gap, g, f) for h in ctx.figs[g.i + 1 : f.i]):
        return None  # "27 đảng viên, trong đó 2 … được miễn … Toàn bộ 25 …": 27 - 2
    if _moved_between(ctx, g, f, bool(moments)) or _accounted_between(ctx, g, f):
        return None  # "… năm 2023 …" or "7 hộ thoát …, phát sinh mới 4 hộ" between them
    f_full = descriptor(ctx, f)
    cut = _PREDICATE.search(f" {f_full[len(f.unit.key) :]}")
    f_desc = f_full[: len(f.unit.key) + cut.start()].strip() if cut else f_full
    if any(w.group(0) not in g_low for w in _SUBSET.finditer(f_desc[len(f.unit.key) :])):
        return None  # "… 12 đảng viên nữ": a subset the earlier sentence does not name
    f_lead = _lead_words(ctx, f)
    unit_words = set(f.unit.key.split())
    f_extra = _content(f_desc) - unit_words
    named: list[Fig] = []
    # an earlier count's own words, once per figure (every later count of its unit asks)
    own: dict[int, tuple[set[str], list[str]]] = ctx.memo.setdefault("repeat.own_words", {})  # type: ignore[assignment]
    for h in before:
        got = own.get(h.i)
        if got is None:
            h_desc = descriptor(ctx, h)
            adj = _ADJUNCT.search(f" {h_desc[len(h.unit.key) :]}")
            # the unit words are the same for every h: all counts of one unit key
            h_extra = _content(h_desc[: len(h.unit.key) + adj.start()] if adj else h_desc)
            got = own[h.i] = (h_extra - set(h.unit.key.split()), _lead_words(ctx, h))
        h_extra, h_lead = got
        if f_lead[-1:] != h_lead[-1:]:
            # "kiểm tra được 42 tổ chức đảng" / "đã kiểm tra 44 tổ chức đảng": "được" after the
            # verb only says it was done; the deed is the same words before it
            f_lead, h_lead = _done_cut(f_lead), _done_cut(h_lead)
        n = 0
        while n < min(len(f_lead), len(h_lead)) and f_lead[-1 - n] == h_lead[-1 - n]:
            n += 1
        if not f_extra <= _sent_words(ctx, h.sent, words):
            continue
        if len(_content(" ".join(f_lead[len(f_lead) - n :]))) < 2:  # not named by the words before
            if not h_extra <= _sent_words(ctx, f.sent, words):
                continue
            if not (f_extra & h_extra or whole or ref):
                continue  # "45 đảng viên" alone names no particular set
        named.append(h)
    if not named or named[-1] is not g or len({h.value for h in named}) != 1:
        return None  # none, or two values compete: which one is meant is not told
    if not _plain_level(ctx, g, later=False):
        return None
    if any(n not in ctx.text[gs:ge] for n in _PROPER.findall(_piece(ctx, f))):
        return None  # the later phrase names another place or body
    if _SINGLED_OUT.search(_nb_piece_before(ctx, f)) and not _SINGLED_OUT.search(g_low):
        return None  # "Ưu điểm: riêng khu vực nông thôn đã trồng mới 117 ha" after "… 127 ha"
    if _SINGLED_HEAD.match(low, ss, f.start) and not _SINGLED_OUT.search(g_low):
        return None  # "Riêng năm 2024, toàn tỉnh đã xóa 1.396 căn" after "Từ năm 2021 … 1.936 căn"
    if _subject_unsaid(ctx, g, f, words):
        return None  # "Diện tích rừng trồng đến tuổi được khai thác … là 1.256 ha" / "trồng mới 1.526 ha"
    if _near_set_apart(ctx, g, f):
        return None  # two sections, items, bodies, rounds, subsets or windows; a plan
    what = f_desc or g.unit.key
    why = render("repeat.looked_back", what=(what, what), a=_written(g), b=_written(f),
                 cue=("a few sentences later", "vài câu sau"))  # fmt: skip
    return ctx.check(NAME, "inconsistent", [g.value, f.value], [g, f], ctx.clause(f.start, f.end),  # type: ignore[list-item]
                     expected=g.value, observed=f.value, tolerance=0, why=why)  # fmt: skip


def _written(f: Fig) -> str:
    return " ".join(f.m.text.split())


# -- a whole stated once ("Đảng bộ huyện hiện có 43 tổ chức cơ sở đảng", "Xã có 2.146 hộ"), then
# referred to as the whole ("trong tổng số 45 tổ chức cơ sở đảng của Đảng bộ", "100% trong tổng
# số 2.164 hộ gia đình của xã"), or an event's count referred to with its event words ("đã kiểm
# tra 34 đảng viên khi có dấu hiệu vi phạm" … "Trong số 36 đảng viên được kiểm tra khi có dấu
# hiệu vi phạm"). The later count names nothing that sets it apart (no moment, place, subset
# word); the earlier is the one count of the noun stated as a whole. -----------------------------
_WHOLE_REF = re.compile(
    r"(?:^|[\s,;:(])(?:trong\s+(?:tổng\s+)?số|toàn\s+bộ|toàn\s+thể|tất\s+cả)\s*$"
)
_HAS_WHOLE = re.compile(r"(?:^|\s)(?:hiện\s+|nay\s+)?(?:có|gồm|với)\s*$")
# what may follow the referred whole: its scope ("của huyện", "trên địa bàn xã", "của Đảng
# bộ"), then a predicate, or its event ("được kiểm tra …", "bị kỷ luật")
_SCOPE_TAIL = re.compile(
    r"^\s*(?:trực thuộc\s*)?(?:(?:gia đình\s+)?(?:của|trong|trên địa bàn|thuộc)\s+(?:toàn\s+)?"
    r"(?:huyện|xã|tỉnh|thành phố|thị xã|phường|thị trấn|đảng bộ|chi bộ)\b)?"
)
_EVENT_TAIL = re.compile(r"^\s*(?:đã\s+)?(?:được|bị)\s+(?P<event>[^\d,;.()]{6,60})")
_EVENT_CUT = re.compile(r"\s(?:đã|đều|có|nay|hiện|thì)\s")


# Time moved on between two statements: "Sang năm nay, …", "Qua một năm, …", "Giai đoạn sau …"
_TIME_MOVES = re.compile(
    r"\bsang năm\b|\bqua (?:\w+ )?(?:năm|tháng|quý)\b|\bsau (?:\w+ )?(?:năm|tháng)\b|\bnăm sau\b|"
    r"\bnăm (?:tiếp theo|kế tiếp)\b|\bgiai đoạn (?:sau|tiếp theo|mới)\b|\bbước vào\b"
)


_MOMENT_SAID = re.compile(
    r"\b(?:1[89]|2\d)\d{2}\b|\bnăm (?:nay|trước|qua|ngoái|đầu|thứ \w+)\b|\bcùng kỳ\b|\bquý [ivx]+\b|"
    r"\btháng \d+\b|\bnhiệm kỳ\b|\bgiai đoạn\b|\bđầu năm\b|\bcuối năm\b|\bhiện nay\b|"
    r"\bđến nay\b|\bđợt\b|\bkỳ họp\b|\bkhóa (?:này|trước|sau)\b|\b\d{1,2}/\d{1,2}\b|"
    r"\bkỳ (?:này|trước)\b|\blần (?:này|trước)\b|\bnăm học\b|\bđầu kỳ\b|\bcuối kỳ\b"
)
# Others took part, or a part or a sum is told, between two statements: "Các thôn khác cũng …",
# "Đó là kết quả của riêng khối xã", "Tổ hòa giải của xã tổng hợp từ các thôn"
_OTHERS_BETWEEN = re.compile(r"\bcũng\b|\bkhác\b|\briêng\b|\btổng hợp\b|\bgộp\b|\bthêm\b|\bngoài\b")
# The sentence after the later statement explains it: "Chênh lệch 5 hộ là …", "Số liệu này tính
# gộp cả 3 trường hợp …"
_EXPLAINED_AFTER = re.compile(
    r"chênh lệch|tính gộp|gộp cả|tính cả|bao gồm cả|kể cả|không tính|không kể|số liệu này"
)
# A scope named before "trong số" in the later sentence: "Các xã đồng bằng, trong tổng số 104 …"
_TOPIC_BEFORE = re.compile(r"(?:^|[.;:]\s*)([^,.;:]{3,60}),\s*trong (?:tổng )?số\s*$")
_CONNECTIVE = re.compile(
    r"^\W*(?:tuy vậy|tuy nhiên|đáng chú ý|bên cạnh đó|ngoài ra|mặt khác|cụ thể|theo đó|như vậy|"
    r"đặc biệt|trong đó|qua đó|nhờ đó|do đó|vì vậy)\W*$"
)
# The earlier count is a plan, a registration or a proposal: "sẽ kiểm tra 30 …", "đăng ký 1.860
# hộ …", "đề nghị kết nạp 50 quần chúng …"
_PLANNED_BEFORE = re.compile(
    r"\b(?:đăng ký|đề nghị|kế hoạch|sẽ|dự kiến|chỉ tiêu|mục tiêu|phấn đấu)\b"
)
# A narrower qualifier after the later count: "… được kết nạp từ nguồn đoàn viên", "… vi phạm về
# đạo đức, lối sống", "… được hỗ trợ vốn từ quỹ hỗ trợ nông dân"
_WIDENED = re.compile(r"\bcả hai\b|\btính chung\b|\btính cả\b|\bgộp\b|\bcộng cả\b")
_NARROWED = re.compile(
    r"\b(?:từ|về|(?<!thông )(?<!vừa )qua|(?<!trực )thuộc)\s+[^\W\d]+(?:\s+[^\W\d]+)?"
)


_CASE_NOUNS = frozenset({"trường hợp", "người", "đồng chí", "lượt"})
_LEFT_QUALIFIED = re.compile(r"[^.;,]{0,40}?\bcòn lại\s+(?:có|thuộc|là|không|chưa|đã|đang)\b")
_MOVES_WORDS = re.compile(
    r"kết nạp|từ trần|chuyển (?:đi|đến|về|ra)|thành lập|thoát nghèo|phát sinh|bổ sung|\bthêm\b|"
    r"giải thể|sáp nhập|xóa tên|khai trừ"
)


def _accounted_between(ctx: Context, g: Fig, f: Fig) -> bool:
    """Does the text between two statements account for the later value? A count of that value
    said between them (the later one names it: "38 đồng chí … 38 đảng viên nói trên"), a count of
    any noun worth the gap or two making it ("14 trường hợp … thoát nghèo"; "kết nạp mới 9 …, 4 …
    từ trần"), or a movement told in words ("thành lập ba tổ mới")."""
    gap = abs(g.value - f.value)  # type: ignore[operator]
    if f.sent - g.sent > 6:
        return False  # (sections apart: the text between is the report, not an account of it)
    if f.sent - g.sent > 3:
        return False
    a, b = ctx.sentence_span(g.sent)[1], ctx.sentence_span(f.sent)[0]
    if a < b and _MOVES_WORDS.search(ctx.low, a, b):
        return True  # (told in a sentence between them, not in their own words)
    if f.sent - g.sent > 3:
        return False
    hs = [
        h.value
        for h in ctx.figs[g.i + 1 : f.i]
        if h.value
        and h.type == "quantity"
        and (kin(h.unit, f.unit) or h.unit.key == f.unit.key or h.unit.key in _CASE_NOUNS)
    ]
    if any(abs(h - f.value) < 1e-9 or abs(h - gap) < 1e-9 for h in hs):  # type: ignore[operator]
        return True
    return _two_make(hs, gap)


def _two_make(values: list[float], gap: float) -> bool:
    """Do two of ``values`` make ``gap`` by their sum or their difference ("7 hộ thoát …, phát
    sinh mới 4 hộ" for a gap of 3)?"""
    return any(
        abs(x + y - gap) < 1e-9 or abs(abs(x - y) - gap) < 1e-9
        for n, x in enumerate(values)
        for y in values[n + 1 :]
    )


def _moved_between(ctx: Context, g: Fig, f: Fig, f_dated: bool, between: bool = True) -> bool:
    """Does the text between two statements move the time or account for their difference?
    A moment said in a sentence between them ("Trong năm 2022 … 64 mô hình. … việc nhân rộng mô
    hình năm 2023 … Trong số 70 mô hình …"), or counts between them of the kind whose sum or
    difference is the gap ("84 hộ … 7 hộ thoát cận nghèo và phát sinh mới 4 hộ … 81 hộ")."""
    a, b = ctx.sentence_span(g.sent)[1], ctx.sentence_span(f.sent)[0]
    low = ctx.low
    if a < b and between:  # (a summary sections later: the text between is the report)
        gap_text = low[a:b]
        if not f_dated and _TIME_MOVES.search(gap_text):
            return True  # (a later statement that names its moment sets its own frame)
        said = {m.group(0) for m in _MOMENT_SAID.finditer(gap_text)} if not f_dated else set()
        if said and re.search(r"\bhiện\b", low[ctx.sentence_span(g.sent)[0] : g.start]):
            # "hiện có 38 chi bộ … Năm 2024, …": the present is the report's latest year
            said -= {max(_YEARS.findall(low), default="")}
        if said:
            return True
        if _OTHERS_BETWEEN.search(gap_text):
            return True
    fs, fe = ctx.sentence_span(f.sent)
    after_end = ctx.sentence_span(f.sent + 1)[1] if f.sent + 1 < len(ctx.sentences) else fe
    if _EXPLAINED_AFTER.search(low, f.end, after_end):
        return True
    topic = _TOPIC_BEFORE.search(low[fs : f.start])
    if topic and not _CONNECTIVE.match(topic.group(1)):
        return True
    gs = ctx.sentence_span(g.sent)[0]
    if _PLANNED_BEFORE.search(low, max(gs, g.start - 60), g.start):
        return True
    own = re.split(r"[,;.()]", low[f.end : fe], maxsplit=1)[0]
    g_sent = low[gs : ctx.sentence_span(g.sent)[1]]
    if any(n.group(0) not in g_sent for n in _NARROWED.finditer(own)):
        return True
    if _WIDENED.search(low, f.end, min(fe, f.end + 80)):
        return True  # "… bị kỷ luật ở cả hai cấp", ", tính chung cả đảng viên …" (review 81)
    if (
        f.sent - g.sent <= 3
        and _MOVE_IN.search(low, g.end, f.start)
        and _MOVE_OUT.search(low, g.end, f.start)
    ):
        return True  # "Đầu năm … 851 …; kết nạp 29 …; chuyển đi 23 …. Đến ngày 30/11, … 865"
    gap = abs(g.value - f.value)  # type: ignore[operator]
    hs = [
        h.value
        for h in ctx.figs[g.i + 1 : f.i]
        if h.exact_count and h.value and (h.unit.key == f.unit.key or kin(h.unit, f.unit))
    ]
    return _two_make(hs, gap)  # type: ignore[arg-type]


# entries and exits of a membership, each with its count, between two statements of its size:
# the second is the first moved on, not a restatement
_MOVE_IN = re.compile(
    r"\b(?:kết nạp|chuyển đến|tiếp nhận|chuyển về|phát triển mới)\b[^.;\d]{0,30}\d"
    r"|\d[\d.]*\s+(?:[^\W\d]+\s+){0,2}?(?:chuyển đến|chuyển về)\b"
)
_MOVE_OUT = re.compile(
    r"\b(?:chuyển đi|từ trần|qua đời|xóa tên|khai trừ|ra khỏi đảng|xin ra)\b[^.;\d]{0,30}\d"
    r"|\d[\d.]*\s+(?:[^\W\d]+\s+){0,2}?(?:chuyển đi|từ trần|bị xóa tên)\b"
)


def _minus_part(h: Fig, gap: float, g: Fig, f: Fig) -> bool:
    """Is ``h``, stated between ``g`` and ``f``, the part that ``f`` leaves out of ``g`` (a count
    of the same kind worth their difference): "27 đảng viên, trong đó 2 đồng chí được miễn …
    Toàn bộ 25 đảng viên …"."""
    return bool(
        h.exact_count
        and h.value == gap
        and g.end <= h.start < f.start
        and (h.unit.key == f.unit.key or kin(h.unit, f.unit) or (h.unit.fams & f.unit.fams))
    )


@lru_cache(maxsize=4096)  # a pure function of a unit key, asked of every figure by several readings
def _plain_key(key: str) -> str:
    """A unit key without the words that name nothing more: "hộ gia đình", "hộ dân" -> "hộ";
    a classifier before its noun: "căn nhà" -> "nhà"."""
    for tail in (" gia đình", " dân"):
        if key.endswith(tail) and " " not in key[: -len(tail)]:
            return key[: -len(tail)]
    return without_classifier(key)


def _same_noun(a: str, b: str) -> bool:
    """The same counted noun; a long list may have swallowed the next noun of its sentence
    ("thôn tổ dân phố đồng bào" for "thôn, tổ dân phố, đồng bào dân tộc …")."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return len(short.split()) >= 3 and long_.startswith(short + " ")


_ADDED = re.compile(r"\b(?:thêm|cùng với|cộng với|ngoài ra)\s+(?:\S+\s+){0,3}?\d")
_AT_SCOPE = re.compile(r"^\W*(?:ở|tại|đối với|riêng)\s+(?P<scope>[^,;]{2,40})[,;]")


def _opening_scope(ctx: Context, f: Fig) -> str | None:
    """The scope that ``f``'s sentence, or its piece after the last ";" before ``f``, opens on:
    "Ở cấp huyện, …", "…; tại Đảng bộ thị trấn, toàn bộ 356 đảng viên …"."""
    fs, _ = ctx.sentence_span(f.sent)
    head = ctx.low[fs : f.start]
    for piece in (head, head[head.rfind(";") + 1 :] if ";" in head else ""):
        at = _AT_SCOPE.match(piece)
        if at:
            return at.group("scope").strip()
    return None


def _scope_apart(ctx: Context, g: Fig, f: Fig) -> bool:
    """Does the later count open on a scope of its own the earlier sentence does not name?
    (A later count whose sentence, or piece after ";", opens "ở/tại/đối với/riêng <scope>,"
    counts there.)

    example (our own)                                                                     told
    "Đảng bộ xã có 365 đảng viên." / "…; ở Đảng bộ thị trấn, toàn bộ 356 đảng viên …"     nothing
    "Đảng bộ thị trấn có 365 đảng viên." / "Ở Đảng bộ thị trấn, toàn bộ 356 đảng viên …"  a slip
    "Đội ngũ báo cáo viên cơ sở của xã hiện có 126 người" / "Tại huyện Mường Lát, đội ngũ
     162 báo cáo viên cơ sở …" (review 27q)                                                nothing
    "Xã Tân Hợp có 126 báo cáo viên cơ sở" / "Tại xã Tân Hợp, 162 báo cáo viên cơ sở …"   a slip
    """
    scope = _opening_scope(ctx, f)
    return scope is not None and scope not in ctx.low[slice(*ctx.sentence_span(g.sent))]


_SUBSET_TAIL = re.compile(
    r"^\s*(?:mới|nữ|trẻ|người dân tộc|dân tộc|vùng|khu vực|còn|chưa|nghèo|cận|có mặt|dự|"
    r"tham dự|tham gia|vắng)\b"
)


def _whole_referred(ctx: Context, done: list[Check]) -> list[Check]:
    out: list[Check] = []
    low = ctx.low
    if not any(w in low for w in ("trong số", "trong tổng số", "toàn bộ", "toàn thể", "tất cả")):
        return out
    said = {i for c in done for i in c.mention_ids}
    words: dict[int, set[str]] = {}
    # the quantity figures only: the first test below drops every other one
    for f in ctx.quantities:
        if f.type != "quantity" or not f.exact_count or not f.unit.key or f.value < MIN_VALUE:  # type: ignore[operator]
            continue
        if f.unit.head in vocab.TIME_UNITS or f.id in said:
            continue
        cs, ce = ctx.clause(f.start, f.end)
        ref = _WHOLE_REF.search(low[max(cs, f.start - 30) : f.start])
        if not ref:
            continue
        tail = low[f.end : ce]
        if _SUBSET_TAIL.match(tail):
            continue
        event = _EVENT_TAIL.match(tail)
        scope = _SCOPE_TAIL.match(tail)
        rest = tail[scope.end() :] if scope else tail
        if not event and rest.strip() and not re.match(r"^\s*(?:đã|đều|được|có|hiện|,|\.)", rest):
            continue  # "trong tổng số 45 chi bộ vùng cao": a subset named after the noun
        cands = []
        f_key = _plain_key(f.unit.key)
        for g in ctx.figs[: f.i]:
            if (
                g.type != "quantity"
                or not g.exact_count
                or not _same_noun(_plain_key(g.unit.key), f_key)
                or (g.sent == f.sent and not event)
                or ctx.clause(g.start, g.end)[0] == cs
                or reference_level(ctx, g)
            ):
                continue
            if event:
                said_of = _EVENT_CUT.split(event.group("event"), maxsplit=1)[0]
                ev = set(norm_words(said_of).split()) - _THING_STOP
                around = set(norm_words(_piece(ctx, g).lower()).split())
                if len(ev) < 2 or not ev <= around:
                    continue
                phrase = [w for w in norm_words(said_of).split() if w not in _AMONG_VOICE]
                if not _among_phrase(ctx, g, phrase):
                    continue  # "1.246 hộ có nhu cầu hỗ trợ nhà ở" / "1.180 hộ đã được hỗ trợ nhà ở"
            elif not _HAS_WHOLE.search(low[max(0, g.start - 12) : g.start]):
                continue
            if not event and _narrowed(ctx, g, f):
                continue  # "Trong tổng số 23 thôn đã có nhà văn hóa, …": those that have one
            cands.append(g)
        if len({g.value for g in cands}) != 1:
            continue
        g = cands[-1]
        if g.value == f.value:
            continue  # equal restatements are told by the rules above
        if abs(g.value - f.value) > _CLOSE * max(g.value, f.value) and not _swapped(  # type: ignore[operator]
            int(g.value),
            int(f.value),  # type: ignore[arg-type]
        ):
            continue  # a slip is a few units off, or two digits swapped
        gss = ctx.sentence_span(g.sent)[0]
        fss = ctx.sentence_span(f.sent)[0]
        gm, fm = _moments(low[gss : g.end]), _moments(low[fss:ce])
        fy, gy = set(_YEARS.findall(" ".join(fm))), set(_YEARS.findall(" ".join(gm)))
        if not {m for m in fm if m not in fy} <= gm or (gy and not gy <= fy):
            continue  # "Trong nhiệm kỳ, trong số 36 …", "… của năm trước": another moment
        if _AMONG_COUNTED.search(low[f.end : ctx.sentence_span(f.sent)[1]]):
            continue  # "(tính cả 2 trường hợp do cấp trên chuyển về)": the text says why
        if _ADDED.search(low, g.end, f.start):
            continue  # "34 … ; chi bộ kiểm tra thêm 2 trường hợp. Trong số 36 …": a sum
        if _scope_apart(ctx, g, f):
            continue  # "Ở cấp huyện, trong số 36 …", "…; ở Đảng bộ phường bên cạnh, …"
        gap = abs(g.value - f.value)  # type: ignore[operator]
        if any(_minus_part(h, gap, g, f) for h in ctx.figs):
            continue  # "27 đảng viên, trong đó 2 … được miễn … Toàn bộ 25 …": 27 - 2
        if _moved_between(ctx, g, f, bool(fm)):
            continue  # another moment between them, or counts between that make the gap
        if set(_YEARS.findall(low, cs, ce)) - set(_YEARS.findall(low, *ctx.sentence_span(g.sent))):
            continue  # a year the earlier statement does not name
        if _reorganised(ctx) or _scope_names(ctx, f) - _scope_names(ctx, g):
            continue
        if _other_activity(ctx, g, f, words, described=False) and not event:
            continue
        what = f.unit.key
        cue = ref.group().strip(" ,;:(")
        why = render(
            "repeat.whole_referred", what=(what, what), a=g.value, b=f.value, cue=(cue, cue)
        )
        out.append(ctx.check(NAME, "inconsistent", [g.value, f.value], [g, f],  # type: ignore[list-item]
                             (cs, ce), expected=g.value, observed=f.value, tolerance=0, why=why))  # fmt: skip
    return out


# -- a stock, then all of it referred back with another value. The earlier count is a stock: a
# body or place as the subject, then "(hiện) có/gồm" N X (or the next count of that list), with
# nothing done by them after it. The later one, a sentence or three on, says all of them:
# "toàn bộ", "tất cả", "toàn thể", "cả", "100% trong (tổng) số", "N/N", "100% (N/N)", or "trong
# (tổng) số N X," before a part of them; after its noun comes only what they all do ("đã …",
# "đều …", "đạt …") or words the stock also has ("… hộ ngư dân" after "437 hộ ngư dân"). The two
# values must look like a slip: a tenth apart, two adjacent digits swapped ("36"/"63"), or one
# digit changed ("19"/"18"). The guards of the whole referred above apply (another moment, year,
# place, a plan, counts between that make the gap, a reorganisation), and a count of the later
# value stated before points at that set instead.
#
# example (our own)                                                                     told
# "Đảng bộ xã có 365 đảng viên. Năm 2024, toàn bộ 356 đảng viên đã được học tập …"      inconsistent
# "Hội … hiện có 87 chi hội cơ sở. … 100% trong tổng số 78 chi hội đạt loại khá …"      inconsistent
# "Huyện có 22 trạm y tế xã. Cả 21 trạm y tế đều có bác sĩ."                            inconsistent
# "Thị trấn có 11 tổ dân phố. 100% (12/12) tổ dân phố đã xây dựng quy ước …"            inconsistent
# "Đảng bộ xã có 365 đảng viên. Toàn bộ 120 đảng viên trẻ đã …"                          nothing (a subset)
# "Xã có 1.612 hộ gia đình. Tất cả 1.621 hộ gia đình chính sách trên địa bàn huyện …"   nothing
# "Trường có 48 giáo viên. Tất cả 46 giáo viên dạy văn hóa đều đạt chuẩn …"              nothing
# "Đảng bộ có 527 đảng viên. … phấn đấu 100% trong số 540 đảng viên …"                   nothing (a plan)
# "Đoàn xã có 18 chi đoàn. … thành lập thêm 1 chi đoàn … 100% trong tổng số 19 chi đoàn"  nothing
# "Có 365 đảng viên tham gia học tập. Toàn bộ 356 đảng viên …"                           nothing (no stock)
_ALLOF_LEAD = re.compile(
    r"(?:^|[\s,;:(])(?:toàn\s+bộ|toàn\s+thể|tất\s+cả|(?<!kể )(?<!tính )(?<!gồm )(?<!cộng )"
    r"(?<!với )(?<!cả )cả|100%\s*(?:trong\s+(?:tổng\s+)?số|số)|(?P<among>trong\s+(?:tổng\s+)?số))"
    r"\s*$"
)
_ALLOF_STOCK = re.compile(
    r"^\W*(?:[^\W\d]+\s+){1,10}?(?:hiện\s+nay\s+|hiện\s+|nay\s+)?(?:có|gồm)\s+"
    r"(?:[\d.]+\s+[^\W\d]+(?:\s+[^\W\d]+){0,4}\s*(?:,|\bvới\b|\bvà\b)\s*)*$"
)
# what a stock's noun may not be followed by: something its members did or had done
_ALLOF_DOING = re.compile(
    r"\b(?:tham gia|tham dự|được|đã|bị|đạt|đăng ký|vay|thoát|nhận|hưởng|sử dụng|có|là|dự|"
    r"vi phạm|kết nạp|mới|làm|đi|trong đó)\b"
)
# what all of them do, after the later noun and any words the stock also has
_ALLOF_PRED = re.compile(
    r"(?:^|\s)(?:đều|đã|được|đạt|hoàn thành|có|sẽ|ký|thực hiện|duy trì|tổ chức|xây dựng)\b"
)
# a noun list going on after a comma, then what they do: "… 1.864 cán bộ, giáo viên, nhân viên, có"
_ALLOF_LIST_ON = re.compile(
    r"\s*,\s*(?:[^\W\d]+\s+){0,4}[^\W\d]+\s*(?:,|\s(?:đã|đều|được|có|đạt)\b)"
)
_ALLOF_CHANGE = re.compile(
    r"\b(?:tăng|giảm|lên|xuống|còn|nâng|thêm|phấn đấu|kế hoạch|mục tiêu|chỉ tiêu|dự kiến|sẽ|"
    r"đề ra|tính cả|kể cả|cộng|ngoài)\b"
)
_ALLOF_REACH = 3  # sentences from the stock to the later count
_ALLOF_NOW = frozenset({"hiện", "đến nay"})


# the later noun owned by the body whose stock it is: "Huyện … có 13 xã, thị trấn với 38.145 nhân
# khẩu" … "Toàn bộ 38.154 nhân khẩu của huyện"; "Xã … có 8 thôn, bản" … "cả 9 thôn, bản của xã";
# "Hội … hiện có 186.930 hội viên" … "Toàn bộ 196.930 hội viên của Hội" (the owner must be
# named in the stock's sentence before the stock: "của huyện" after a village's stock is
# another whole, left to the other guards and so to silence)
_OWNER_ONLY = re.compile(
    r"^\s*của\s+(tỉnh|huyện|xã|thành phố|thị xã|phường|thị trấn|quận|hội|đảng bộ|chi bộ)"
    r"(?:\s+(?:nhà|ta|này))?\s*$"
)


# A named place or body, its type word in any case (it may open a sentence: "Xã Hưng Thái có …")
_PLACE_TYPED = re.compile(
    r"\b(?P<t>(?i:thôn|xã|phường|thị trấn|huyện|tỉnh|ấp|bản|khu phố|tổ dân phố|tổ|chi bộ|đảng bộ|"
    r"chi hội|chi đoàn))\s+(?P<n>[A-ZĐÂĂÊÔƠƯ][\wÀ-ỹ]*(?:\s+[A-ZĐÂĂÊÔƠƯ][\wÀ-ỹ]*)*)"
)
_ADMIN_TYPES = frozenset(
    {"thôn", "xã", "phường", "thị trấn", "huyện", "tỉnh", "ấp", "bản", "khu phố", "tổ dân phố"}
)


def _places_in(ctx: Context, lo: int, hi: int) -> set[tuple[str, str]]:
    """(type, name) of the named places and bodies in ``ctx.text[lo:hi]``."""
    return {(m.group("t").lower(), m.group("n")) for m in _PLACE_TYPED.finditer(ctx.text, lo, hi)}


def _same_level_place_between(ctx: Context, g: Fig, f: Fig) -> bool:
    """(thirty-ninth session) Is a place of the same level as one the earlier statement's sentence
    names ("xã Phú Lương") named between the two statements ("Xã Phú Mỹ cũng …")? Then the later
    count may be of that other place."""
    gs, ge = ctx.sentence_span(g.sent)
    fs = ctx.sentence_span(f.sent)[0]
    if fs <= ge:
        return False
    stock = {p for p in _places_in(ctx, gs, ge) if p[0] in _ADMIN_TYPES}
    levels = {t for t, _ in stock}
    return any(t in levels and (t, n) not in stock for t, n in _places_in(ctx, ge, fs))


def _owned_by_stock_body(ctx: Context, g: Fig, f: Fig, own: str) -> bool:
    """Are the later noun's own words only "của <body>", the body whose sentence states the
    stock ``g``, with no other place or body named between them ("… Hưng Đạo có 1.716 hội
    viên. 2. Hội Nông dân xã Hưng Thái …: Toàn bộ 1.761 hội viên của Hội" is another Hội)?"""
    hit = _OWNER_ONLY.match(own)
    if not hit:
        return False
    s = ctx.sentence_span(g.sent)[0]
    if re.search(rf"\b{hit.group(1)}\b", ctx.low[s : g.start]) is None:
        return False
    if {n for _, n in _places_in(ctx, g.end, f.start)} - {n for _, n in _places_in(ctx, s, g.end)}:
        return False  # "… 2. Hội Nông dân xã Hưng Thái …", "Xã Hưng Thái …": another place's body
    between = ctx.text[g.end : f.start]
    return re.search(rf"(?i:\b{hit.group(1)})\s+[A-ZĐÂĂÊÔƠƯ]", between) is None


def _one_digit_apart(a: int, b: int) -> bool:
    """Two counts a slip of one digit by one ("19"/"18", "43"/"33") or two swapped adjacent
    digits ("36"/"63") gives; not "19"/"11" (a digit eight apart reads as another set)."""
    x, y = str(a), str(b)
    if len(x) != len(y) or len(x) < 2 or x == y:
        return False
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    if len(diff) == 1:
        return abs(int(x[diff[0]]) - int(y[diff[0]])) == 1
    i = diff[0]
    return len(diff) == 2 and diff[1] == i + 1 and x[i : i + 2] == y[i + 1] + y[i]


def _allof_key(key: str) -> str:
    """A unit key in its short form: "trường học" -> "trường", "lớp học" -> "lớp", "hộ gia
    đình" -> "hộ"."""
    plain = _plain_key(key)
    return plain[: -len(" học")] if plain in ("trường học", "lớp học") else plain


def _stock_stated(ctx: Context, g: Fig) -> bool:
    """Is ``g`` a stock: "Đảng bộ xã có 365 đảng viên", "… gồm 18 chi bộ trực thuộc với 412 đảng
    viên", with nothing its members did after it?"""
    if g.type != "quantity" or not g.exact_count or not g.unit.key or reference_level(ctx, g):
        return False
    s = ctx.sentence_span(g.sent)[0]
    head = ctx.low[s : g.start]
    if not _ALLOF_STOCK.match(head):
        # the items before it as the extractor read them: "có 13 xã, thị trấn với 38.145 nhân
        # khẩu" lists a count of two nouns first (each item stands as "0 x")
        for h in reversed(ctx.figs[: g.i]):
            if h.start < s:
                break
            head = head[: h.start - s] + "0 x" + head[h.end - s :]
        if head == ctx.low[s : g.start] or not _ALLOF_STOCK.match(head):
            return False
    after = re.split(r"[,;.:()]", ctx.low[g.end : ctx.sentence_span(g.sent)[1]], maxsplit=1)[0]
    return not _ALLOF_DOING.search(after)


def _allof_noun(ctx: Context, f: Fig) -> tuple[str, int] | None:
    """The noun the later count counts and where its own words end: the unit, or for a bare
    "(12/12)" the words after the bracket."""
    if f.unit.key:
        return f.unit.key, f.end
    hit = _AFTER_BRACKET.match(ctx.text[f.end : f.end + 70])
    if not hit:
        return None
    words = norm_words(hit.group(1)).split()
    for g in ctx.figs[: f.i]:
        key = g.unit.key
        if key and words[: len(key.split())] == key.split():
            end = f.end + hit.start(1)
            low = ctx.low
            for w in key.split():  # walk past the unit words in the text
                end = low.find(w, end) + len(w)
            return key, end
    return None


def _all_of_stock(ctx: Context, done: list[Check]) -> list[Check]:
    out: list[Check] = []
    low = ctx.low
    if not any(
        w in low for w in ("toàn bộ", "toàn thể", "tất cả", "cả ", "trong số", "tổng số", "/")
    ):
        return out
    said = {i for c in done for i in c.mention_ids}
    for f in ctx.figs:
        if f.id in said:
            continue
        if f.type == "quantity" and f.exact_count:
            value = f.value
        elif f.type == "ratio" and f.m.get("numerator") == f.m.get("denominator"):
            value = f.m.get("denominator")
        else:
            continue
        if not isinstance(value, int | float) or value < MIN_VALUE:
            continue
        cs, ce = ctx.clause(f.start, f.end)
        lead = low[max(cs, f.start - 30) : f.start]
        cue = _ALLOF_LEAD.search(lead)
        if f.type == "quantity" and not cue:
            continue
        noun = _allof_noun(ctx, f)
        if noun is None or noun[0] in vocab.TIME_UNITS or f.unit.head in vocab.TIME_UNITS:
            continue
        key, noun_end = noun
        tail = re.split(r"[,;.:]", low[noun_end:ce], maxsplit=1)[0]
        among = bool(cue and cue.group("among"))
        if among and low[noun_end:ce].strip()[:1] != ",":
            continue  # "trong số 8 thôn đã có chi bộ": those that have one, not all
        if _ALLOF_LIST_ON.match(low, noun_end, ce):
            continue  # "tất cả 264 doanh nghiệp, hợp tác xã đã …": the noun list goes on
        if _SUBSET_TAIL.match(tail):
            continue  # "toàn thể 210 đại biểu có mặt", "… đảng viên mới", "… hộ còn …"
        pred = _ALLOF_PRED.search(tail)
        own = tail[: pred.start()] if pred else tail
        if pred and not tail.lstrip().startswith("đều") and re.search(r"\sđều\s", tail):
            continue  # "tất cả 34 đảng viên đang sinh hoạt tại chi bộ đều …": a subset first
        sent_s = ctx.sentence_span(f.sent)[0]
        if _ALLOF_CHANGE.search(low, sent_s, f.start):
            continue  # "nâng tổng số lên", "phấn đấu 100% trong số …", "tính cả …"
        if f.type == "ratio" and _ff_some(ctx, f, _allof_key(key), noun_end, pred=False):
            continue  # "11/11 thôn có chi bộ đã …", "10/10 chi hội …, trừ chi hội …"
        if any(
            h.type == "quantity"
            and h.value == value
            and _same_noun(_allof_key(h.unit.key), _allof_key(key))
            for h in ctx.figs[: f.i]
        ):
            continue  # a set of that size stated before: the later count points at it
        cands = []
        for g in ctx.figs[: f.i]:
            if g.sent >= f.sent or f.sent - g.sent > _ALLOF_REACH:
                continue
            if not _same_noun(_allof_key(g.unit.key), _allof_key(key)) or not _stock_stated(ctx, g):
                continue
            if _narrowed(ctx, g, f, noun_end):
                continue  # "Tất cả 78 chi hội đạt loại khá trở lên được biểu dương …"
            if own.strip() and not _owned_by_stock_body(ctx, g, f, own):
                # words after the later noun: the stock's own words, or a subset
                g_tail = re.split(r"[,;.:()]", low[g.end : g.end + 80], maxsplit=1)[0]
                if not norm_words(g_tail).startswith(norm_words(own).strip()):
                    continue
            cands.append(g)
        if len({g.value for g in cands}) != 1:
            continue
        g = cands[-1]
        a, b = g.value, value
        if a == b:
            continue
        if abs(a - b) > _CLOSE * max(a, b) and not _one_digit_apart(int(a), int(b)):  # type: ignore[arg-type]
            continue
        fv = f if f.value is not None else replace(f, value=float(b), unit=g.unit)
        gss = ctx.sentence_span(g.sent)[0]
        gm, fm = _moments(low[gss : g.end]), _moments(low[sent_s:ce])
        if not gm:
            fm -= _ALLOF_NOW  # "Đến nay, 18/18 xã …" after an undated stock: the same present
        fy, gy = set(_YEARS.findall(" ".join(fm))), set(_YEARS.findall(" ".join(gm)))
        if not {m for m in fm if m not in fy} <= gm or (gy and not gy <= fy):
            continue  # "Năm 2023, tất cả …", "Đến tháng 12, 100% trong số …": another moment
        if set(_YEARS.findall(low, sent_s, ce)) - set(
            _YEARS.findall(low, *ctx.sentence_span(g.sent))
        ):
            continue  # a year the stock does not name
        if _AMONG_COUNTED.search(low[f.end : ctx.sentence_span(f.sent)[1]]) or _ADDED.search(
            low, g.end, f.start
        ):
            continue
        if _scope_apart(ctx, g, f) or (f.type == "ratio" and _ff_set_apart(ctx, g, f)):
            continue  # "Ở cấp huyện, tất cả …", "…; tại Đảng bộ thị trấn, toàn bộ …"
        gap = abs(a - b)
        if any(_minus_part(h, gap, g, fv) for h in ctx.figs):
            continue
        # (what they all do may name a topic, "… phổ biến quy định về khai thác hải sản": the
        # words after the noun were read above, so the narrowing test reads from the clause end)
        if _moved_between(ctx, g, replace(fv, end=ce), bool(fm)) or _WIDENED.search(low, f.end, ce):
            continue
        if _reorganised(ctx) or _scope_names(ctx, f) - _scope_names(ctx, g):
            continue
        if _whole_levels(ctx, f) - _whole_levels(ctx, g) or _OTHER_BODY.search(low, sent_s, ce):
            continue  # "Toàn tỉnh …", "… của tỉnh", "Đảng bộ thị xã bên cạnh …"
        what = key
        cue_text = cue.group().strip(" ,;:(") if cue else ctx.text[f.start : f.end]
        why = render("repeat.whole_referred", what=(what, what), a=a, b=b, cue=(cue_text, cue_text))
        out.append(ctx.check(NAME, "inconsistent", [a, b], [g, f],  # type: ignore[list-item]
                             (cs, ce), expected=a, observed=b, tolerance=0, why=why))  # fmt: skip
    return out


# -- a full fraction against the profile's count of its units. The profile states a body's
# units ("Xã … có 9 thôn, 3.486 hộ", "toàn Hội có 14 cơ sở Hội, 87 chi hội"); a later full
# fraction of the very noun ("8/8 thôn có nhà văn hóa", "100% (78/78) chi hội xếp loại khá")
# counts all of them, so its whole must be the profile's count. Told only when: the profile
# count is the one count of that noun before the fraction, said as a stock ("có/gồm M <noun>"
# with nothing after the noun but the next item); no other count of the noun anywhere could be
# the whole (a count as large as the smaller of the two), or makes up the gap ("còn 1 thôn …");
# no other fraction has the whole d; the two look like a slip (one or two apart, a tenth apart,
# or two adjacent digits swapped); right after the noun comes what they all did, with no
# subset, program or exception words (before it in its clause, after it, or in the next
# sentence); the fraction names no year, moment, place, body, level or heading of its own;
# the report tells of no merger, split or new unit.
#
# example (our own)                                                                     told
# "Xã có 9 thôn, 3.486 hộ." … "- Văn hóa: 8/8 thôn có nhà văn hóa đạt chuẩn."            inconsistent
# "Hội có 14 cơ sở, 87 chi hội." … "100% (78/78) chi hội xếp loại khá trở lên."           inconsistent
# "Xã có 9 thôn." … "8/8 thôn thuộc diện đặc biệt khó khăn đã có đường bê tông."         nothing (a subset)
# "Xã có 9 thôn." … "8/8 thôn có chi bộ đã tổ chức …"                                   nothing (a subset)
# "Xã có 9 thôn." … "8/8 thôn đã tổ chức ngày hội; riêng thôn 3 chưa tổ chức."          nothing (one named)
# "Xã có 9 thôn." … "Năm 2021, 8/8 thôn …"                                               nothing (a year)
# "Xã có 9 thôn." … "sáp nhập …" … "8/8 thôn …"                                          nothing (a merger)
# "Xã có 9 thôn." … "Tham gia mô hình, 8/8 thôn …"                                       nothing (a program)
# "Xã có 9 thôn." … "8/8 thôn được rà soát đều đạt …"                                    nothing (those reviewed)
# "Xã có 9 thôn, trong đó 8 thôn …" … "8/8 thôn …"                                        nothing (another count)
_FF_STOCK = re.compile(
    r"(?<!đã )(?<!chỉ )(?<!còn )(?<!mới )(?<!vẫn )(?<!sẽ )(?<!không )\b(?:hiện\s+)?(?:có|gồm)\s+"
    r"(?:tổng\s+số\s+)?(?:[\d.]+\s+[^\W\d]+(?:\s+[^\W\d]+){0,3}\s*,\s*)*$"
)
_FF_STOCK_AFTER = re.compile(r"^\s*(?:$|[,;.:(]|(?:với|và|trực thuộc)\b)")
# what all of them did, right after the fraction's noun
_FF_PRED = re.compile(
    r"^\s*(?:đều\s+|cũng\s+|vẫn\s+)?(?:đã|được|đạt|hoàn thành|có|duy trì|tổ chức|xây dựng|"
    r"xếp loại|thực hiện|ký|sinh hoạt|triển khai|ra mắt|công nhận|bảo đảm|đảm bảo|lắp đặt|"
    r"thành lập|kiện toàn|hoạt động|nộp|đóng|ban hành|vận hành|giữ vững|bố trí)\b"
)
# subset, program, exception and reorganisation words: any of them near the fraction is silence
_FF_SUBSET = re.compile(
    r"\b(?:thuộc|diện|đặc biệt khó khăn|khó khăn|vùng|khu vực|miền núi|ven biển|trong số|trong đó|"
    r"tham gia|mô hình|chương trình|dự án|đề án|thí điểm|điểm|rà soát|khảo sát|kiểm tra|giám sát|"
    r"được chọn|lựa chọn|đăng ký|ngoài|ngoại trừ|trừ|riêng|còn lại|(?<!thôn )mới|không kể|không tính|"
    r"kể cả|tính cả|có hoạt động|hoạt động tốt|đủ điều kiện|đủ tiêu chuẩn|đã đánh giá|"
    r"được đánh giá|tổ chức đánh giá|tham dự|dự|bình xét|đề nghị|trình|đăng ký|phấn đấu|"
    r"kế hoạch|chỉ tiêu|mục tiêu|dự kiến|sẽ|toàn huyện|toàn tỉnh|cả huyện|cả tỉnh|khác|bạn)\b"
)
# a merger or split anywhere (units renumbered); a unit founded or split off in a sentence of
# the noun ("thành lập mới 6 hợp tác xã" says nothing of thôn)
# right after what they did ("8/8 thôn được rà soát …", "… đã tham gia mô hình …"): those
# reviewed, chosen or in a program
_FF_TAIL_SUBSET = re.compile(
    r"\b(?:thuộc|diện|rà soát|kiểm tra|khảo sát|đánh giá|đề nghị|bình xét|giám sát|chọn|"
    r"thí điểm|tham gia|tham dự|dự họp|có mặt)\b"
)
_FF_REORG = re.compile(r"sáp nhập|hợp nhất|chia tách|giải thể|điều chỉnh địa giới")
_FF_NEW = re.compile(r"thành lập|\btách\b|\bnhập\b[^.;]{0,40}\b(?:vào|với)\b|tái lập")
# one of them named apart, in the rest of the sentence or the next: "riêng thôn 3 chưa …"
_FF_EXCEPT = re.compile(r"\b(?:chưa|không|còn|trừ|riêng)\b")
_FF_MIN = 5  # a profile of fewer units: a subset one short is too common to call


def _ff_close(a: int, b: int) -> bool:
    return abs(a - b) <= max(1, _CLOSE * max(a, b)) or _one_digit_apart(a, b)


def _ff_noun_count(ctx: Context, h: Fig, key: str) -> float | None:
    """A count of ``key`` in ``h``: a quantity's value or a fraction's whole."""
    if h.type == "quantity" and h.unit.key and _allof_key(h.unit.key) == key:
        return h.value if isinstance(h.value, int | float) else None
    if h.type == "ratio" and h.unit.key and _allof_key(h.unit.key) == key:
        d = h.m.get("denominator")
        return d if isinstance(d, int | float) else None
    return None


def _ff_some(ctx: Context, f: Fig, key: str, noun_end: int, pred: bool = True) -> bool:
    """Does the full fraction ``f`` (its noun ``key`` ending at ``noun_end``) count only some of
    the units? Words of a kind or program between the noun and what they did ("8/8 thôn thuộc
    diện …", "… được rà soát đều …", "… có chi bộ đã …"), such words before it in its clause
    ("Tham gia mô hình, 8/8 thôn …"), or one of the units named apart in the rest of its
    sentence or the next ("…; riêng thôn 3 chưa tổ chức", "Còn 1 thôn …"). With ``pred``
    false, what they did need not follow the noun at once (read by the caller)."""
    low = ctx.low
    fs, fe = ctx.sentence_span(f.sent)
    cs = max(fs, low.rfind(";", fs, f.start) + 1)
    ce = min(x for x in (low.find(";", noun_end, fe), fe) if x >= 0)
    tail = low[noun_end:ce]
    if pred and not _FF_PRED.match(tail):
        return True  # words of a kind or a program between the noun and what they did
    if re.match(r"^\s*(?:có|được)\b[^,;]*\b(?:đều|đã|cũng|vẫn|được)\b", tail):
        return True  # "8/8 thôn có chi bộ đã …", "… được rà soát đều …": a subset first
    if _FF_SUBSET.search(low, cs, f.start) or _FF_TAIL_SUBSET.search(" ".join(tail.split()[:4])):
        return True  # a subset, a program, a plan or another scope
    nxt = ctx.sentence_span(f.sent + 1) if f.sent + 1 < len(ctx.sentences) else (fe, fe)
    rest = low[noun_end : nxt[1]]
    return bool(_FF_EXCEPT.search(rest)) and bool(re.search(rf"\b{re.escape(key)}\b", rest))


def _ff_pair_apart(ctx: Context, g: Fig, f: Fig, d: float) -> bool:
    """May the full fraction ``f`` (whole ``d``) count another set than the stock ``g``? The
    stock's noun goes on with a kind ("có 9 thôn đặc biệt khó khăn"); the fraction stands in a
    table row; its sentence opens on a moment the stock's does not name ("Sau đợt mưa lũ, 8/8
    thôn …"); or a count in the stock's sentence makes up the gap ("có 9 thôn, 1 khu dân cư" …
    "10/10 thôn")."""
    low = ctx.low
    if not _FF_STOCK_AFTER.match(low[g.end : g.end + 30]) or _in_table(ctx, f):
        return True
    gs, ge = ctx.sentence_span(g.sent)
    fs, _ = ctx.sentence_span(f.sent)
    if _moments(low[fs : f.start]) - _moments(low[gs:ge]) - _ALLOF_NOW:
        return True  # ("Đến nay, 8/8 thôn …" speaks of the profile's present)
    if _ff_set_apart(ctx, g, f):
        return True
    gap = abs((g.value or 0) - d)
    return any(h.sent == g.sent and h.value == gap for h in ctx.figs if h is not g)


# -- guards of review 27y on the full fraction (fraction side, shared by both readings):
# a stock that names two kinds of unit under one count: the count is of both, the fraction of
# one ("9 tổ dân phố và thôn" … "8/8 tổ dân phố"); a "khi / lúc / thời điểm …" clause before the
# fraction sets its moment ("Khi xã được công nhận … lần đầu, 10/10 thôn …"); a kind of the units
# named between the stock and the fraction ("… triển khai ở các thôn vùng ven …", "… tại các
# chi hội đủ điều kiện …"): the fraction may count those.
#
# example (our own)                                                                      told
# "Thị trấn có 9 tổ dân phố và thôn." … "8/8 tổ dân phố đã thành lập tổ an ninh …"         nothing
# "Xã có 11 thôn." … "Khi xã được công nhận đạt chuẩn lần đầu, 10/10 thôn đều có …"        nothing
# "Thị trấn có 8 tổ dân phố." … "… vào các tổ dân phố ven quốc lộ; 7/7 tổ dân phố …"       nothing
# "Xã có 10 thôn." … "Xã lựa chọn các thôn đồng bào dân tộc … làm điểm …" … "9/9 thôn …"  nothing
# "Xã có 9 thôn, 2.718 hộ." … "Các thôn tích cực …" … "8/8 thôn có nhà văn hóa đạt chuẩn." inconsistent
_FF_MIXED = re.compile(
    r"^\s*(?:,|và|hoặc|/)\s*(?:"
    + "|".join(
        sorted(
            (re.escape(k) for k, v in vocab.UNIT_HEADS.items() if v[0] == "village"),
            key=len,
            reverse=True,
        )
    )
    + r")\b"
)
_FF_WHEN = re.compile(r"(?<!\w)(?:khi|lúc|hồi|thời điểm|dịp)\s")
_FF_KIND_WORDS = (
    r"vùng|ven|đồng bào|dân tộc|đủ điều kiện|đủ tiêu chuẩn|thuộc|xuống cấp|khó khăn|miền núi|"
    r"giáp|làm điểm|nghèo|trọng điểm|biên giới|xa|có|chưa|còn|được chọn|đặc biệt|ngoài|"
    r"thuần nông|công giáo|giáo|trung tâm|nông thôn|đô thị|khu vực"
)


def _ff_set_apart(ctx: Context, g: Fig, f: Fig) -> bool:
    """The guards above, for the stock ``g`` and the full fraction ``f``."""
    low = ctx.low
    fs = ctx.sentence_span(f.sent)[0]
    if _FF_MIXED.match(low[g.end : g.end + 30]) or _FF_WHEN.search(low, fs, f.start):
        return True  # a stock of two kinds of unit; a "khi …" clause setting another moment
    return bool(f.unit.key) and _ff_kind_between(low[g.end : f.start], f.unit.key)


def _ff_kind_between(text: str, key: str) -> bool:
    """Does ``text`` (between the stock and the fraction) name a kind of the fraction's units:
    "các <noun> <kind word>" ("các thôn vùng ven", "các cơ sở vùng chuyên canh"), or units
    chosen ("lựa chọn các thôn", "… làm điểm")?"""
    first = re.escape(_allof_key(key).split()[0])
    return bool(
        re.search(rf"\b(?:các|những)\s+{first}(?:\s+\S+){{0,2}}?\s+(?:{_FF_KIND_WORDS})\b", text)
        or re.search(rf"\b(?:lựa chọn|chọn)\s+(?:các|những|một số)\s+{first}\b", text)
    )


def _full_fraction_profile(ctx: Context, done: list[Check]) -> list[Check]:
    out: list[Check] = []
    low = ctx.low
    if "/" not in low or _FF_REORG.search(low):
        return out
    said = {i for c in done if c.verdict == "inconsistent" for i in c.mention_ids}
    for f in ctx.figs:
        if f.type != "ratio" or f.id in said:
            continue
        n, d = f.m.get("numerator"), f.m.get("denominator")
        if not isinstance(d, int) or n != d or d < _FF_MIN - 1:
            continue
        noun = _allof_noun(ctx, f)
        if noun is None or noun[0] in vocab.TIME_UNITS:
            continue
        key, noun_end = _allof_key(noun[0]), noun[1]
        counts = [(h, v) for h in ctx.figs if h is not f
                  if (v := _ff_noun_count(ctx, h, key)) is not None]  # fmt: skip
        before = [(h, v) for h, v in counts if h.start < f.start and h.type == "quantity"]
        if len(before) != 1:
            continue  # no profile count, or more than one that may be the whole
        g, m = before[0]
        if g.sent >= f.sent or not g.exact_count or g.qual != "exact" or reference_level(ctx, g):
            continue
        if not isinstance(m, int | float) or m < _FF_MIN or m == d or not _ff_close(int(m), d):
            continue
        if set(g.unit.heads) != set(f.unit.heads) and f.unit.key:
            continue  # "14 xã, thị trấn" against "13/13 xã"
        gs, ge = ctx.sentence_span(g.sent)
        if not _FF_STOCK.search(re.split(r"[;:]", low[gs : g.start])[-1]):
            continue  # not said as what the body has
        if low.rfind("(", gs, g.start) > low.rfind(")", gs, g.start):
            continue
        gap = abs(m - d)
        if any(v >= min(m, d) or v == gap for h, v in counts if h is not g):
            continue  # another count that may be the whole, or that makes up the gap
        if any(
            _FF_NEW.search(low, *ctx.sentence_span(i))
            and re.search(rf"\b{re.escape(key)}\b", low[slice(*ctx.sentence_span(i))])
            for i in range(len(ctx.sentences))
        ):
            continue  # "thành lập mới thôn Tân Lập", "tách thôn 5 thành 2 thôn"
        fs, fe = ctx.sentence_span(f.sent)
        cs = max(fs, low.rfind(";", fs, f.start) + 1)
        ce = min(x for x in (low.find(";", noun_end, fe), fe) if x >= 0)
        if _ff_some(ctx, f, key, noun_end):
            continue
        if _YEARS.search(low, fs, fe) or _ff_pair_apart(ctx, g, f, d):
            continue  # a year, a moment, a kind, a table, the gap counted in the stock
        if _scope_names(ctx, f) - _scope_names(ctx, g) or _whole_levels(ctx, f):
            continue  # another place or body, or a level's whole
        if _OTHER_BODY.search(low, fs, fe) or _ROLE_BODY.search(low, fs, fe):
            continue
        if _headed_apart(ctx, g, f) or _scope_apart(ctx, g, f):
            continue
        what = noun[0]
        why = render("repeat.full_fraction", what=(what, what), a=m, b=d)
        out.append(ctx.check(NAME, "inconsistent", [m, d], [g, f],  # type: ignore[list-item]
                             (cs, ce), expected=m, observed=d, tolerance=0, why=why))  # fmt: skip
    return out


# -- a count restated in the report's general assessment. "III. ĐÁNH GIÁ CHUNG" (or "4. Đánh giá
# chung", "IV. ĐÁNH GIÁ CHUNG VÀ NHIỆM VỤ NĂM 2025") looks back on the body as a whole: a count
# there whose noun and next word name a count of the body ("xây dựng 58 căn nhà tình thương" …
# "bàn giao 58 căn nhà tình thương cho hộ khó khăn") restates it. The section runs to the next
# numbered heading ("1. Ưu điểm" cuts it short: silence, not a false tie). A heading that
# assesses one topic ("3. Đánh giá, xếp loại chất lượng") reports new figures: not one of these.
#
# example (our own)                                                           told
# "… sửa chữa 64 căn nhà nhân ái …" / "ĐÁNH GIÁ CHUNG … trao 62 căn nhà nhân ái"   unverifiable
# "… sửa chữa 64 căn nhà nhân ái …" / "ĐÁNH GIÁ CHUNG … trao 57 căn nhà nhân ái"   nothing (no slip)
# "… 64 căn nhà nhân ái …" / "ĐÁNH GIÁ CHUNG … Năm 2025 phấn đấu xây 62 căn nhà nhân ái"   nothing
_ASSESSMENT_HEAD = re.compile(
    r"^[ \t]*(?:phần\s+(?:thứ\s+)?[\wđ]+\.?)?[ \t]*(?:[ivx]+\.|\d+\.)?[ \t]*"
    r"(?:đánh giá chung|nhận xét chung|nhận xét, đánh giá|"
    r"đánh giá, nhận xét)\b[^\n:]{0,60}$",
    re.M,
)  # read on the lowercased text: "III. ĐÁNH GIÁ CHUNG", "4. Đánh giá chung", "PHẦN II. ĐÁNH GIÁ CHUNG"
# "IV. NHIỆM VỤ", "1. Ưu điểm", "PHẦN III. PHƯƠNG HƯỚNG": the next heading ends the section
_NUMBERED_HEAD = re.compile(r"^[ \t]*(?:(?:[IVX]+|\d+)\.[ \t]+\S|PHẦN\b|Phần thứ\b)", re.M)
# a plan, a task or another period said before the count in its sentence is no restatement:
# "Năm 2025 phấn đấu kết nạp 180 đảng viên", "so với năm 2023 tăng 12 …"
_ASSESSMENT_OTHER = re.compile(
    r"\b(?:phấn đấu|dự kiến|sẽ|đề ra|mục tiêu|kế hoạch|chỉ tiêu|nhiệm vụ|so với|cùng kỳ|còn|"
    r"trong đó|riêng|mới có|chỉ có|chưa)\b"
)


def _assessment_spans(ctx: Context) -> list[tuple[int, int]]:
    """The general assessment sections, once per document: (heading start, section end).
    "III. ĐÁNH GIÁ CHUNG\\n… 58 căn nhà …\\nIV. PHƯƠNG HƯỚNG" -> the heading up to "IV."."""
    got = ctx.memo.get("repeat.assessment")
    if got is None:
        got = []
        for m in _ASSESSMENT_HEAD.finditer(ctx.low):
            nxt = _NUMBERED_HEAD.search(ctx.text, m.end())
            got.append((m.start(), len(ctx.text) if nxt is None else nxt.start()))
        ctx.memo["repeat.assessment"] = got
    return got  # type: ignore[return-value]


def _body_count(ctx: Context, g: Fig) -> bool:
    """A plain level of the body a summary may restate: not a change ("tăng 12 hộ"), a compared
    level ("(năm 2023: 698 khu)"), a planned figure ("chỉ tiêu 150 đảng viên") or a part ("trong
    đó 45 hộ")."""
    if g.type != "quantity" or not g.exact_count or not g.unit.key or g.qual != "exact":
        return False
    if reference_level(ctx, g) or vocab.DELTA_BEFORE.search(ctx.before_low(g, 14)):
        return False
    cs, _ce = ctx.clause(g.start, g.end)
    return not (
        _PLAN_NEAR.search(ctx.low, cs, g.start) or _PART_BEFORE.search(ctx.before_low(g, 40))
    )


# words right after a noun that say what happened to it, not which ones: "hội viên được vay"
_ASSESSMENT_VERBS = _AMONG_STOP | {"có", "tham", "là", "để", "mà", "vẫn", "cùng", "sẽ", "đều",
                                   "thuộc", "ở", "tại", "trên", "của", "cho", "từ", "với", "về"}  # fmt: skip


def _agreed(earlier: list[str], later: list[str], n: int) -> int:
    """How many words two descriptors agree on, the noun and up to two words after it (at least
    one, else 0)? ["căn", "nhà", "tình", "thương", "nhà"] / ["căn", "nhà", "tình", "thương",
    "cho"] (n=3): 4; ["hộ", "vay"] / ["hộ", "vay", "vốn"]: 2; ["hộ", "nghèo"] / ["hộ", "thoát"]: 0."""
    m = min(len(earlier), len(later), n + 1)
    return m if m >= n and earlier[:m] == later[:m] else 0


def _one_digit(a: int, b: int) -> bool:
    """Two counts written alike but for one digit: a typing slip ("58" / "56", "1.240" / "1.290")."""
    x, y = str(a), str(b)
    return len(x) == len(y) and sum(p != q for p, q in zip(x, y, strict=True)) == 1


def _assessed_again(ctx: Context, done: list[Check]) -> list[Check]:
    """Counts of the general assessment against the body's counts of the same noun and next word:
    "Xây dựng, sửa chữa 58 căn nhà tình thương" … "III. ĐÁNH GIÁ CHUNG … bàn giao 56 căn nhà tình
    thương cho hộ khó khăn" -> 58 ≠ 56 (an equal count is told by ``run`` already: same noun,
    same value). Different only when every such count of the body says one value, the two differ
    as a typing slip does (two digits swapped or one digit off; 58 / 51 may be another set), no
    count of the noun in the body says the later value, and neither names a plan, period, place
    or subset the other lacks."""
    out: list[Check] = []
    spans = _assessment_spans(ctx)
    if not spans:
        return out
    tied = {i for c in done if c.kind == NAME for i in c.mention_ids}
    for head, end in spans:
        body: dict[str, list[Fig]] = {}
        for g in ctx.figs:
            if g.start >= head:
                break
            if g.type == "quantity" and g.unit.key:
                body.setdefault(g.unit.key, []).append(g)
        for f in ctx.figs:
            if f.start < head or f.start >= end:
                continue
            if f.id in tied or not _body_count(ctx, f) or f.value < MIN_VALUE:  # type: ignore[operator]
                continue
            if f.unit.head in vocab.TIME_UNITS or f.unit.key in _MEASURES or _in_table(ctx, f):
                continue
            thing = descriptor(ctx, f).split()
            n = len(f.unit.key.split()) + 1
            if len(thing) < n or thing[n - 1] in _ASSESSMENT_VERBS:
                continue  # "186 hội viên", "186 hội viên được …" name no particular set
            if _ASSESSMENT_OTHER.search(ctx.low, ctx.sentence_span(f.sent)[0], f.start):
                continue
            same = body.get(f.unit.key, [])
            cands = [
                g for g in same
                if _agreed(descriptor(ctx, g).split(), thing, n) and _body_count(ctx, g)
                and not _in_table(ctx, g)
            ]  # fmt: skip
            if not cands:
                continue
            g = cands[-1]
            what = " ".join(thing[: _agreed(descriptor(ctx, g).split(), thing, n)])
            if len({h.value for h in cands}) != 1 or any(h.value == f.value for h in same):
                continue  # two values said in the body, or the later one said there too
            a, b = int(g.value), int(f.value)  # type: ignore[arg-type]
            if not (_swapped(a, b) or _one_digit(a, b)):
                continue
            if not (_same_scope(ctx, g, f) and _same_scope(ctx, f, g)) or _contrasted(ctx, g, f):
                continue  # a year, place or subset named on one side only
            gss, fss = ctx.sentence_span(g.sent)[0], ctx.sentence_span(f.sent)[0]
            if set(_PART_OF_YEAR.findall(ctx.low[gss : g.end])) != set(
                _PART_OF_YEAR.findall(ctx.low[fss : f.end])
            ):
                continue  # "Sáu tháng đầu năm … 23" / "cả năm … 25": two spans
            cue = ("in the general assessment", "trong phần đánh giá chung")
            why = render("repeat.looked_back", what=(what, what), a=g.value, b=f.value, cue=cue)
            # unverifiable, not an alarm: white-box review 20a wrote 10 clean passages where such
            # a pair counts two sets (a plan and its result, one year and the term, another
            # actor, a subset, another occasion), so the typing-slip shape proves nothing
            out.append(ctx.check(NAME, "unverifiable", [g.value, f.value], [g, f],  # type: ignore[list-item]
                                 ctx.clause(f.start, f.end), expected=g.value, observed=f.value,
                                 tolerance=0, why=why))  # fmt: skip
    return out


# -- a percent just stated, then reached by a change: "còn 97 hộ nghèo, chiếm 6,84% tổng số hộ; tỷ
# lệ hộ nghèo giảm từ 8,95% xuống còn 6,84%". A report states a share, then how it moved; the end
# of the move is the share itself. Told as a fit only, for a value with decimals (a round 50% or
# 100% recurs by chance), when the nearest earlier percent of that value is a few sentences back
# and is itself no end or start of another change.
#
# example (our own)                                                              told
# "… chiếm 3,26% dân số; tỷ lệ này tăng từ 2,9% lên 3,26%"                        consistent
# "… chiếm 3,26% dân số. (five sentences on) … tăng từ 2,9% lên 3,26%"            nothing (far)
# "tỷ lệ A giảm từ 4,1% xuống 3,26%; tỷ lệ B giảm từ 5,0% xuống 3,26%"            nothing (two ends)
_END_REACH = 3  # sentences from the stated percent to the change that reaches it


def _percent_end_said(ctx: Context, done: list[Check]) -> list[Check]:
    """Ends of percent changes that restate the percent stated just before them: "chiếm 5,42%
    tổng số hộ. Tỷ lệ hộ nghèo giảm từ 6,8% xuống còn 5,42%" -> 5.42 = 5.42."""
    out: list[Check] = []
    moves = change_pairs(ctx)
    if not moves:
        return out
    in_moves = {x.i for a, b, _d, _v in moves for x in (a, b)}
    tied = {tuple(c.mention_ids) for c in done if c.kind == NAME}
    for a, b, _d, _v in moves:
        if b.type != "percent" or b.qual != "exact" or b.value is None or b.value == int(b.value):
            continue
        for g in reversed(ctx.figs[: a.i]):
            if b.sent - g.sent > _END_REACH:
                break
            if g.type != "percent" or g.value != b.value or _in_table(ctx, g):
                continue  # (a table's cell is read with its row by the share rules)
            if g.qual == "exact" and g.i not in in_moves and (g.id, b.id) not in tied:
                out.append(_emit(ctx, g, b, b.value, f"{b.value:g}%"))
            break  # the nearest percent of the value only
    return out


# -- a rate named again by its words: "Tỷ lệ đoàn viên xếp loại khá trở lên tăng từ 58,6% lên
# 71,3%" … "tỷ lệ đoàn viên xếp loại khá trở lên mới đạt 71,3% (mục tiêu 75%)". The later percent
# is led by "tỷ lệ …"/"tỷ trọng …"; every content word of that phrase stands in the sentence of an
# earlier percent of the same value (with decimals: two rates of one report may share a round
# value, "đạt 47,5% kế hoạch" of two plans too, so the words decide). Told as a fit only.
#
# example (our own)                                                                 told
# "Tỷ lệ hộ dùng nước sạch đạt 91,7%" … "tỷ lệ hộ dùng nước sạch đạt 91,7%"           consistent
# "Tỷ lệ hộ dùng nước sạch đạt 91,7%" … "tỷ lệ trẻ em đến trường đạt 91,7%"           nothing
_RATE_LEAD = re.compile(
    r"\b(?:tỷ lệ|tỉ lệ|tỷ trọng)\s+([^\d;:()%]{3,70}?)\s+(?:(?:mới|chỉ|đã|cũng|vẫn|đều)\s+)?"
    r"(?:đạt|là|chiếm|ở mức|bằng)(?:\s+(?:mức|khoảng))?\s*$"
)  # "tỷ lệ tập hợp hội viên, đoàn viên đạt " -> "tập hợp hội viên, đoàn viên"
# words of a rate's phrase that name no particular rate: a place, a frame, a verb of level
_RATE_STOP = _THING_STOP | {
    "toàn", "huyện", "tỉnh", "xã", "thành", "phố", "phường", "thị", "trấn", "năm", "nay", "các",
    "trên", "này", "chung", "bình", "quân", "ước", "hiện",
}  # fmt: skip


def _rate_named_again(ctx: Context, done: list[Check]) -> list[Check]:
    """A later "tỷ lệ X đạt P%" tied to the nearest earlier P% whose sentence names every word of
    X: "Tỷ lệ tập hợp hội viên, đoàn viên toàn huyện đạt 80,8%" … "tỷ lệ tập hợp hội viên, đoàn
    viên đạt 80,8%" -> 80.8 = 80.8."""
    out: list[Check] = []
    tied = {i for c in done if c.kind == NAME for i in c.mention_ids}
    seen: dict[float, list[Fig]] = {}
    # the percent figures only: the first test below drops every other one
    for f in ctx.percents:
        if f.type != "percent" or f.qual != "exact" or f.value is None or _in_table(ctx, f):
            continue
        earlier = seen.setdefault(f.value, [])  # type: ignore[arg-type]
        if earlier and f.value != int(f.value) and f.id not in tied:
            cs, _ce = ctx.clause(f.start, f.end)
            hit = _RATE_LEAD.search(ctx.low, cs, f.start)
            words = set(norm_words(hit.group(1)).split()) - _RATE_STOP if hit else set()
            if len(words) >= 2:
                for g in reversed(earlier):
                    gs = ctx.sentence_span(g.sent)[0]
                    if g.sent != f.sent and words <= set(norm_words(ctx.low[gs : g.end]).split()):
                        out.append(
                            _emit(ctx, g, f, f.value, f"{f.value:g}% {hit.group(1).strip()}")
                        )  # type: ignore[union-attr]
                        break
        earlier.append(f)
    return out


# -- a bare count of a members' flow list restating the count stated with its noun: "Năm 2024 kết
# nạp 168 đảng viên, đạt 112% chỉ tiêu" … "Đầu năm có 5.291 đảng viên; trong năm kết nạp 168,
# chuyển đến 54, từ trần 41, …". The list names its movements by verb and leaves the noun to the
# sentence's total; the bare count after a verb restates the count that verb took earlier with a
# members' noun and the same value (a fit only: a different earlier count may be another span,
# "Từ năm 2021 đến nay kết nạp 812 đảng viên", or a part, "riêng các phường kết nạp 71").
#
# example (our own)                                                              told
# "kết nạp 64 đảng viên mới" … "đầu năm 812 đảng viên; kết nạp 64, chuyển đến 5, từ trần 7"   consistent
# "kết nạp 64 đảng viên mới" … "kết nạp 46, chuyển đến 5, từ trần 7"                          nothing
# "kết nạp 64 đảng viên mới" … "đã kết nạp 64, đạt chỉ tiêu" (no flow list)                   nothing
_FLOW_VERB = re.compile(  # (no leading "\b": it stops the scan's fast prefix search; tested below)
    r"(kết nạp|chuyển đến|chuyển đi|từ trần|xóa tên|khai trừ|trưởng thành)(?:\s+(?:mới|được))?"
    r"\s+(\d{1,3}(?:\.\d{3})*)(?=\s*[,;)]|\.\s|\.$)"
)  # "kết nạp 168, …", "kết nạp mới 612, …", "từ trần 41)"
# the verb right before a count with its noun: "đã kết nạp 168 đảng viên", "kết nạp được 17"
_FLOW_BEFORE = re.compile(
    r"\b(kết nạp|chuyển đến|chuyển đi|từ trần|xóa tên|khai trừ)(?:\s+(?:mới|được|thêm))?\s*$"
)
# members a flow list counts
_FLOW_UNITS = frozenset({"đảng viên", "hội viên", "đoàn viên", "đồng chí"})
# the movements a flow list names: two of them or more in one sentence make it one
_FLOW_WORDS = re.compile(
    r"kết nạp|chuyển đến|chuyển đi|từ trần|xóa tên|khai trừ|trưởng thành|giảm do|tăng do"
)
_FLOW_SPAN = re.compile(r"\b(?:lũy kế|từ năm|từ đầu nhiệm kỳ|giai đoạn|riêng|trong đó)\b")


def _flow_count_restated(ctx: Context) -> list[Check]:
    """Bare counts of a flow list (two verbs of movement or more in the sentence) tied to the
    earlier count with the same verb, a members' noun and the same value: "kết nạp 196 đảng viên"
    … "(tăng do kết nạp 196, chuyển đến 87; giảm do …)" -> 196 = 196."""
    out: list[Check] = []
    if "kết nạp" not in ctx.low:
        return out
    verbs: dict[str, list[Fig]] = {}
    for g in ctx.figs:
        if g.type == "quantity" and g.exact_count and g.unit.key in _FLOW_UNITS:
            hit = _FLOW_BEFORE.search(ctx.before_low(g, 30))
            if hit:
                verbs.setdefault(hit.group(1), []).append(g)
    if not verbs:
        return out
    starts = [a for a, _b in ctx.sentences]
    low = ctx.low
    for m in _FLOW_VERB.finditer(low):
        earlier = verbs.get(m.group(1))
        if not earlier or (
            m.start() and (low[m.start() - 1].isalnum() or low[m.start() - 1] == "_")
        ):
            continue
        start, end = m.start(2), m.end(2)
        if any(g.start <= start < g.end for g in ctx.figs):
            continue  # a count with its noun, not a bare one
        value = float(m.group(2).replace(".", ""))
        if value < MIN_VALUE:
            continue  # small counts agree by chance
        k = bisect_right(starts, start) - 1
        s0, s1 = ctx.sentences[k] if k >= 0 else (0, len(ctx.text))
        if len(set(_FLOW_WORDS.findall(ctx.low, s0, s1))) < 2:
            continue  # no flow list: "đã kết nạp 64, đạt chỉ tiêu"
        for g in reversed(earlier):
            if g.start >= s0 or g.value != value:
                continue
            cs, _ce = ctx.clause(g.start, g.end)
            if _FLOW_SPAN.search(ctx.low, cs, g.start) or reference_level(ctx, g):
                continue
            f = synthetic(ctx, start, end, value, g)
            what = f"{m.group(1)} {g.unit.key}"
            why = render("repeat.same", what=(what, what), a=value, b=value)
            out.append(ctx.check(NAME, "consistent", [value, value], [g, f], (m.start(), end),
                                 expected=value, observed=value, tolerance=0, why=why))  # fmt: skip
            break
    return out


# -- a set named back to break it down: "Trong 7 ấp, có 5 ấp …", "trong 128 chi bộ ấp, khu phố có 19
# chi bộ …". "Trong N X" opens a breakdown of a set the reader knows; an earlier count of the same
# value and of the same kind of thing, a plain level of the body (no change, plan or part), is
# that set (a fit only: a different value may be another set, "trong 18 liên đội, có 17 …").
#
# example (our own)                                                              told
# "Xã có 8 thôn …" … "Trong 8 thôn, có 6 thôn đạt chuẩn văn hóa"                   consistent
# "Xã có 9 thôn …" … "Trong 8 thôn, có 6 thôn đạt chuẩn văn hóa"                   nothing
# "tăng 8 thôn …" … "Trong 8 thôn, có 6 thôn …" (a change, not a set)             nothing
_AMONG_OPEN = re.compile(r"(?:^|[\s(:;,.])trong\s+(?:tổng\s+)?(?:số\s+)?$")
_AMONG_BREAK = re.compile(r"^[^.;:()\d]{0,60}?(?:,|\s(?:thì\s+|đã\s+|chỉ\s+)?có)\s")
_AMONG_REACH = 80  # sentences back: the set may be the report's profile


# "Năm 2024 có thêm 8 thôn đạt chuẩn" … "Trong 8 thôn vùng giáo, …": a change is no set (review 20a)
_MOVED_BEFORE = re.compile(r"\b(?:thêm|tăng|giảm)\s*$")


def _among_equal(ctx: Context, done: list[Check]) -> list[Check]:
    """ "Trong N X, …"/"trong N X có …" tied to the nearest earlier count of the same value and
    kind: "Huyện có 14 cơ sở Hội …" … "trong 14 cơ sở Hội có 9 cơ sở …" -> 14 = 14."""
    out: list[Check] = []
    if "trong" not in ctx.low:
        return out
    tied = {i for c in done if c.kind == NAME for i in c.mention_ids}
    # the quantity figures only: the first test below drops every other one
    for f in ctx.quantities:
        if f.type != "quantity" or not f.exact_count or f.value < MIN_ANCHOR or not f.unit.key:  # type: ignore[operator]
            continue
        if f.id in tied or f.unit.head in vocab.TIME_UNITS or f.unit.key in vocab.TIME_UNITS:
            continue  # "trong 6 tháng đầu năm": a span, no set
        if "trong" not in ctx.low[max(0, f.start - 18) : f.start]:
            continue  # (a cheap test first)
        if not _AMONG_OPEN.search(ctx.before_low(f, 18)):
            continue
        if not _AMONG_BREAK.match(ctx.text[f.end : f.end + 70]):
            continue
        for g in ctx.earlier(f, 300):
            if f.sent - g.sent > _AMONG_REACH:
                break
            if g.type != "quantity" or g.value != f.value:
                continue
            if not (kin(g.unit, f.unit) or _plain_key(g.unit.key) == _plain_key(f.unit.key)):
                continue
            gs = ctx.sentence_span(g.sent)[0]
            if ctx.text.rfind("(", gs, g.start) > ctx.text.rfind(")", gs, g.start):
                continue  # an item of a bracketed list: "(khiển trách 14, cảnh cáo 6, …)"
            if (
                _body_count(ctx, g)
                and not _AMONG_OPEN.search(ctx.before_low(g, 18))
                and not _MOVED_BEFORE.search(ctx.before_low(g, 14))
            ):
                out.append(_emit(ctx, g, f, f.value, f.unit.key))  # type: ignore[arg-type]
            break  # the nearest count of the value only
    return out


# -- a shortfall restated among the shortcomings: "… 4 tổ chức hoàn thành nhiệm vụ và 1 tổ chức
# không hoàn thành nhiệm vụ" … "Tuy nhiên, vẫn còn 1 tổ chức cơ sở đảng không hoàn thành nhiệm vụ".
# The later count is led by "vẫn còn"/"còn" and named by a grade or a shortfall; the earlier one
# is the nearest count of the same value and kind named by the same words, in no other year or
# place (a fit only: small counts, so the words, not the value, tie them).
#
# example (our own)                                                              told
# "… 3 chi hội khá, 2 chi hội yếu" … "Tuy nhiên, vẫn còn 2 chi hội xếp loại yếu"   consistent
# "… 3 chi hội khá, 2 chi hội yếu" … "Tuy nhiên, vẫn còn 2 tổ hội xếp loại yếu"    nothing
# "Năm 2023 có 2 chi hội yếu" … "Năm 2024 vẫn còn 2 chi hội yếu"                     nothing
_STILL = re.compile(r"(?:\bvẫn còn|(?:^|[;:,.]\s*)còn)\s*$")
_SHORTFALL = re.compile(
    r"\b(?:không hoàn thành nhiệm vụ|chưa hoàn thành nhiệm vụ|yếu kém|yếu|kém|chưa đạt chuẩn|"
    r"chưa đạt|chưa có chi bộ|chưa có đảng viên)\b"
)  # the grade or the lack a shortcoming names


def _shortfall_restated(ctx: Context, done: list[Check]) -> list[Check]:
    """ "vẫn còn N X <shortfall>" tied to the nearest earlier N X named by the same shortfall:
    "… 2 cơ sở yếu" … "Tuy nhiên, vẫn còn 2 cơ sở Hội xếp loại yếu" -> 2 = 2."""
    out: list[Check] = []
    if "còn" not in ctx.low:
        return out
    tied = {i for c in done if c.kind == NAME for i in c.mention_ids}
    # the quantity figures only: the first test below drops every other one
    for f in ctx.quantities:
        if f.type != "quantity" or not f.exact_count or not f.unit.key or f.id in tied:
            continue
        if f.unit.head in vocab.TIME_UNITS or f.unit.key in vocab.TIME_UNITS:
            continue
        if "còn" not in ctx.low[max(0, f.start - 12) : f.start]:
            continue  # (a cheap test first: most counts have no "còn" before them)
        if not _STILL.search(ctx.before_low(f, 20)):
            continue
        hit = _SHORTFALL.search(descriptor(ctx, f))
        if hit is None:
            continue
        for g in ctx.earlier_typed("quantity", f, 300):  # (the others fail the type test below)
            if g.sent == f.sent or g.type != "quantity" or g.value != f.value:
                continue
            if not (
                g.unit.key == f.unit.key or _shortened(g, f)
                or _plain_key(g.unit.key) == _plain_key(f.unit.key)
            ):  # fmt: skip
                continue
            if _SHORTFALL.search(descriptor(ctx, g)) is None or hit.group(0) not in descriptor(
                ctx, g
            ):
                continue
            if reference_level(ctx, g) or not (_same_scope(ctx, g, f) and _same_scope(ctx, f, g)):
                break  # the nearest such count is of another year or place: silence
            gy = set(_YEARS.findall(ctx.low, ctx.sentence_span(g.sent)[0], g.start))
            fy = set(_YEARS.findall(ctx.low, ctx.sentence_span(f.sent)[0], f.end))
            if gy and fy and gy != fy:
                break  # "Năm 2023 có 2 chi hội yếu" / "Năm 2024 … vẫn còn 2 chi hội yếu"
            out.append(_emit(ctx, g, f, f.value, f"{f.unit.key} {hit.group(0)}"))  # type: ignore[arg-type]
            break
    return out


# -- a rate named again in other words, far or near: "tỷ lệ hộ nghèo còn 3,27%" … "hộ nghèo giảm
# còn 3,27%"; "Diện tích gieo trồng lúa đạt 12.480 ha, bằng 101,3% kế hoạch" … "Diện tích gieo
# trồng lúa đạt 101,3% kế hoạch"; "80 hộ nghèo (chiếm 3,27%)" … "hộ nghèo chiếm 3,27% tổng số
# hộ"; "hoàn thành 68,2% khối lượng đo đạc bản đồ" … "Đo đạc bản đồ hoàn thành 68,2% khối lượng".
# A rate is named by the words nearest it: the content words right before it in its piece (read
# leftward, past the verb that links them: "đạt", "bằng", "chiếm", "còn" …; the piece before when
# it is only a count, "…, bằng"), and the noun phrase right after it ("% dân số tham gia bảo
# hiểm y tế"). Two percents of one value are one rate said twice when each one's name stands in
# the other's sentence (two words at least, three in all) and both measure the same way: a level,
# against a plan ("kế hoạch", "chỉ tiêu", "dự toán"), or a move ("tăng 7,2%", "so với cùng kỳ").
# Told as a fit for a value with decimals (a round 50% recurs by chance).
#
# The same rate with another value is a slip only in one tight shape: both led by "tỷ lệ/tỷ
# trọng X" (or both named by the same words before and after), the very same words X (three at
# least, place words kept), both plain levels (no plan, goal, move, comparison, bracket or part),
# the same moments (years and "đầu năm", "quý I", "năm học" … on both sides or neither), no
# other name of a place in one sentence only, no other percent of that X in the report, and the
# two values a typing slip apart (two digits swapped or one digit off, the same digits written).
#
# example (our own)                                                                  told
# "Xã có 2.450 hộ, 80 hộ nghèo (chiếm 3,27%)" … "hộ nghèo chiếm 3,27% tổng số hộ"      consistent
# "Đo đạc bản đồ đạt 68,2% khối lượng" … "hoàn thành 68,2% khối lượng đo đạc bản đồ"   consistent
# "Giá trị công nghiệp tăng 7,2%" … "Công nghiệp chiếm 7,2% cơ cấu"                     nothing (a move, a level)
# "Tỷ lệ hộ nghèo của xã còn 3,27%. … Tóm lại, tỷ lệ hộ nghèo của xã còn 3,72%."     3.27 ≠ 3.72
# "Năm 2023, tỷ lệ hộ nghèo là 4,12%. Năm 2024, tỷ lệ hộ nghèo là 4,21%."             nothing (two years)
# "Tỷ lệ hộ nghèo còn 3,27%. Tỷ lệ hộ cận nghèo còn 3,72%."                           nothing (other words)
_RR_CUT = re.compile(r"[;:()\n\t|“”\"]")  # what ends a rate's piece leftward
_RR_LINK = re.compile(
    r"(?:\s*,)?(?:\s+(?:mới|chỉ|đã|cũng|vẫn|đều|ước|ước tính|nâng|duy trì|giảm|tăng|giữ|có|thì))*"
    r"\s*(?:đạt|là|chiếm|ở mức|bằng|còn|xuống còn|xuống|lên|hoàn thành|với|được|ước|:)?"
    r"(?:\s+(?:mức|khoảng|tỷ lệ|tỉ lệ))?\s*$"
)  # the verb chain between a rate's name and its figure: " mới đạt ", ", bằng ", " giảm còn "
_RR_MOVE_BEFORE = re.compile(
    r"\b(?:tăng|giảm|vượt|hơn|thêm|từ)(?:\s+(?:thêm|khoảng|gần|trên))?\s*$"
)
_RR_MOVE_AFTER = re.compile(
    r"^\s*(?:so\s+(?:với|cùng)|cùng kỳ|điểm|lần|trở lên|trở xuống|[-–]\s*\d)"
)
_RR_PLAN_AFTER = re.compile(r"^\s*(?:so\s+)?(kế hoạch|chỉ tiêu|dự toán|nhiệm vụ)\b")
_RR_GOAL = re.compile(
    r"\b(?:mục tiêu|phấn đấu|dự kiến|đề ra|định hướng|phải đạt|kế hoạch năm \d{4} |nghị quyết đề ra|"
    r"chỉ tiêu nghị quyết|theo kế hoạch|đến năm 20\d\d)\b"
)
_RR_GOAL_FIGURE = re.compile(
    r"[^.;]{0,40}?\b(?:mục tiêu|kế hoạch|chỉ tiêu|dự toán)\s+(?:là\s+|đề ra\s+)?\d"
)
_RR_COMPARE = re.compile(
    r"\b(?:cao hơn|thấp hơn|so với|bình quân chung|theo số liệu|theo chuẩn|tính theo|trong đó|riêng|"
    r"trong số|chiếm tỷ lệ cao|cùng kỳ)\b"
)
_RR_RATE = re.compile(r"\b(?:tỷ lệ|tỉ lệ|tỷ trọng)\s+")
_RR_STOP = _RATE_STOP | {"tỉ", "tỷ", "lệ", "trọng", "kết", "quả", "nhìn", "tóm", "như", "vậy", "về",
                         "qua", "nhờ", "tuy", "nhiên", "nhưng", "mới", "chỉ", "ước", "đạt", "chiếm",
                         "bằng", "mức", "với", "xuống", "lên", "nâng", "thì", "đáng", "chú", "ý",
                         "cụ", "thể", "theo", "đây", "khoảng", "gần"}  # fmt: skip
# words before "tỷ lệ …" that frame a restatement, not a subset or place: "Tóm lại, tỷ lệ …"
_RR_FRAME = frozenset(
    "kết quả nhìn chung đánh giá tóm lại như vậy đến nay hiện tuy nhiên nhưng qua đó nhờ về cho thấy "
    "báo cáo khẳng định cũng biết nhấn mạnh ưu điểm hạn chế tồn tại và từ trên đáng chú ý ghi nhận "
    "nhận xét theo là có đạt được đã ngày tháng năm cuối đầu hết tính lúc vào thời điểm".split()
)
_RR_PLACE_WORDS = {"toàn", "huyện", "tỉnh", "xã", "thành", "phố", "phường", "thị", "trấn"}
_RR_AFTER_STOP = re.compile(
    r"[,;.:()\n\t|]|\s(?:và|nhưng|được|đã|là|so|tăng|giảm|trong|cao|thấp)\s"
)


def _rr_last_rate(s: str) -> re.Match[str] | None:
    """The last "tỷ lệ "/"tỷ trọng " of ``s``: what the rate after it is of starts there."""
    got = None
    for got in _RR_RATE.finditer(s):  # noqa: B007 - the last one is wanted
        pass
    return got


def _rr_name(ctx: Context, f: Fig) -> tuple[list[str], list[str], str] | None:
    """(words before, words after, way) naming the rate ``f``: way "level", "plan" or "move";
    None for the start of a change or a goal."""
    s, _e = ctx.sentence_span(f.sent)
    head = ctx.lower_slice(max(s, f.start - 160), f.start)
    cut = max((m.end() for m in _RR_CUT.finditer(head)), default=0)
    piece = head[cut:]
    if re.search(r"\btừ\s*$", piece) or _RR_GOAL.search(piece):
        return None
    after = ctx.after_low(f, 60)
    way = "level"
    if _RR_MOVE_BEFORE.search(piece) and not re.search(r"\b(?:còn|xuống|lên)\s*$", piece):
        way = "move"
    if _RR_MOVE_AFTER.match(after):
        way = "move"
    plan = _RR_PLAN_AFTER.match(after)
    if plan and way == "level":
        way = "plan"
    link = _RR_LINK.search(piece)
    name = piece[: link.start()] if link else piece
    rate = _rr_last_rate(name)
    if rate is not None:
        name = name[rate.end() :]
    words = [
        w for w in norm_words(re.sub(r"\d[\d.,]*\s*%?", " ", name)).split() if w not in _RR_STOP
    ]
    if len(words) < 2 and "," in piece and rate is None:
        # "… đạt 1.245 tỷ đồng, bằng 3,2% …": the piece before the count names the amount
        before = piece[: piece.rfind(",")]
        before = before[: before.rfind(",")] if before.count(",") > 1 else before
        words = [
            w for w in norm_words(re.sub(r"\d[\d.,]*", " ", before)).split()
            if w not in _RR_STOP and not w.isdigit()
        ]  # fmt: skip
    if plan:
        tail = [plan.group(1)]
    else:
        stop = _RR_AFTER_STOP.search(after)
        tail = [w for w in norm_words(after[: stop.start() if stop else 40]).split()[:8]
                if w not in _RR_STOP]  # fmt: skip
    return words[-6:], tail, way


def _rr_suffix(words: list[str], within: set[str]) -> int:
    """How many of ``words``, read from the right, stand in ``within`` before one does not."""
    n = 0
    for w in reversed(words):
        if w not in within:
            break
        n += 1
    return n


def _rr_around(ctx: Context, f: Fig) -> set[str]:
    """The words of ``f``'s sentence, and of the line before when ``f`` opens a bracket."""
    s, e = ctx.sentence_span(f.sent)
    return set(norm_words(ctx.lower_slice(s, e)).split())


def _rr_moments(ctx: Context, f: Fig) -> set[str]:
    s, e = ctx.sentence_span(f.sent)
    t = ctx.lower_slice(s, e)
    return set(_YEARS.findall(t)) | set(_APART_MOMENT.findall(t)) | set(_PART_OF_YEAR.findall(t))


def _rr_digits(f: Fig) -> str:
    return re.sub(r"\D", "", f.m.text or "")


def _rr_slip(a: Fig, b: Fig) -> bool:
    """Two written percents a typing slip apart: the same digits swapped, or one digit off."""
    x, y = _rr_digits(a), _rr_digits(b)
    if not x or len(x) != len(y) or x == y or "," not in a.m.text or "," not in b.m.text:
        return False
    return sorted(x) == sorted(y) or sum(p != q for p, q in zip(x, y, strict=True)) == 1


def _rate_restated(ctx: Context, done: list[Check]) -> list[Check]:
    out: list[Check] = []
    tied = {tuple(sorted(c.mention_ids)) for c in done if c.kind == NAME}
    said = {i for c in done if c.kind == NAME for i in c.mention_ids}
    pcts = [
        f for f in ctx.figs
        if f.type == "percent" and f.qual == "exact" and f.value is not None and not _in_table(ctx, f)
    ]  # fmt: skip
    if len(pcts) < 2:
        return out
    names = _RateNames(ctx)  # (read only for the percents that need it: most have no twin)
    words: dict[int, set[str]] = {}
    for k, f in enumerate(pcts):
        for g in reversed(pcts[:k]):
            if g.sent == f.sent or g.value != f.value:
                continue  # (a percent of another value never ties: its name is not needed)
            nf = names[f]
            if nf is None:
                break
            ng = names[g]
            if ng is None or ng[2] != nf[2]:
                continue
            if f.value == int(f.value) or tuple(sorted((g.id, f.id))) in tied or f.id in said:
                break
            if g.i not in words:
                words[g.i] = _rr_around(ctx, g)
            if f.i not in words:
                words[f.i] = _rr_around(ctx, f)
            a = _rr_suffix(nf[0], words[g.i]) + sum(w in words[g.i] for w in nf[1])
            b = _rr_suffix(ng[0], words[f.i]) + sum(w in words[f.i] for w in ng[1])
            whole = set(nf[0][len(nf[0]) - _rr_suffix(nf[0], words[g.i]) :]) | set(nf[1])
            if a >= 2 and b >= 2 and len(whole) >= 2 and not _rr_apart(ctx, g, f):
                what = " ".join(nf[0][-3:] + nf[1][:3]) or "rate"
                out.append(_emit(ctx, g, f, f.value, f"{f.value:g}% {what}"))  # type: ignore[arg-type]
                said.add(f.id)
            break  # the nearest percent of the value only
    out.extend(_rate_slips(ctx, pcts, names, said))
    return out


def _rr_apart(ctx: Context, g: Fig, f: Fig) -> bool:
    """Do two statements name two years, moments or places?"""
    gm, fm = _rr_moments(ctx, g), _rr_moments(ctx, f)
    if gm and fm and gm != fm:
        return True
    return _rr_places(ctx, g) != _rr_places(ctx, f) and bool(
        _rr_places(ctx, g) and _rr_places(ctx, f)
    )


def _rr_places(ctx: Context, f: Fig) -> set[str]:
    s, e = ctx.sentence_span(f.sent)
    return {m.group(1) for m in _NAMED_PLACE.finditer(ctx.text, s, e)}


def _rr_frame_free(s: str) -> set[str]:
    """The words of ``s`` that name something: no figure, date or framing word."""
    return {w for w in norm_words(s).split() if not any(c.isdigit() for c in w)} - _RR_FRAME


def _rr_plain(ctx: Context, f: Fig) -> bool:
    """A plain level stated in prose: no comparison, part, bracket or goal in its sentence."""
    s, e = ctx.sentence_span(f.sent)
    if _RR_COMPARE.search(ctx.low, s, e) or _RR_GOAL.search(ctx.low, s, f.start):
        return False
    if _RR_GOAL_FIGURE.match(ctx.low, f.end, e):
        return False  # "… 63,4%, chưa đạt mục tiêu 65%" (a judgement names no figure: kept)
    seg = ctx.text[s : f.start]
    if seg.rfind("(") > seg.rfind(")") or ctx.text[f.end : f.end + 3].lstrip().startswith("("):
        return False
    return True


class _RateNames(dict):  # type: ignore[type-arg]
    """``_rr_name`` of each percent, read on first use."""

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx

    def __getitem__(self, f: Fig) -> tuple[list[str], list[str], str] | None:
        if f.i not in self:
            self[f.i] = _rr_name(self.ctx, f)
        return super().__getitem__(f.i)  # type: ignore[no-any-return]


# What frames a rate from outside its sentence (review 41d): the sentences of its paragraph
# before it and the heading above it may name a moment, a round, a crop season, a school year
# or a body ("II. KẾT QUẢ QUÝ II", "Sáu tháng đầu năm, …", "Đợt kiểm tra thứ hai …", "Vụ Hè
# Thu …", "Agribank chi nhánh huyện …", "… thấp hơn năm trước. Thời điểm đó, tỷ lệ …"). Two
# statements of one rate in two paragraphs framed differently are two rates.
_RS_FRAME = re.compile(
    r"\b(?:(?:19|20)\d{2}|quý\s+[ivx]+|đợt\s+\S+(?:\s+thứ\s+\S+)?|vụ\s+(?:đông xuân|hè thu|thu "
    r"đông|mùa|chiêm|xuân|đông|hè)|năm học|học kỳ\s+\S+|năm trước|năm qua|khi đó|thời điểm đó|"
    r"cả năm|(?:sáu|6|chín|9)\s+tháng(?:\s+đầu năm)?|tháng\s+\d+|nhiệm kỳ(?:\s+trước)?|"
    r"giai đoạn|đầu năm|cuối năm)"
)
_RS_HEADING = re.compile(r"(?m)^[^\n]{1,80}$")


def _rs_frames(ctx: Context, f: Fig) -> frozenset[str]:
    s, _ = ctx.sentence_span(f.sent)
    par = ctx.text.rfind("\n", 0, s) + 1
    lead = ctx.text[par:s]
    text = f"{_heading_above(ctx, par)} {lead}".lower()
    names = {n.lower() for n in _PROPER.findall(" " + lead)}
    return frozenset({m.group() for m in _RS_FRAME.finditer(text)} | names)


def _rate_slips(ctx: Context, pcts: list[Fig], names: _RateNames, said: set[str]) -> list[Check]:
    out: list[Check] = []
    full: dict[int, tuple[str, ...]] = {}
    labels: dict[int, set[str]] = {}
    for f in pcts:
        if f.id in said:
            continue
        s, _e = ctx.sentence_span(f.sent)
        head = ctx.lower_slice(max(s, f.start - 160), f.start)
        if "tỷ " not in head and "tỉ " not in head:
            continue  # (no "tỷ lệ"/"tỷ trọng" before it: no name read)
        rate = _rr_last_rate(head)
        if rate is None:
            continue
        n = names[f]
        if n is None or n[2] == "move":
            continue
        name = head[rate.end() :]
        if _RR_CUT.search(name):
            continue
        lead = head[: rate.start()]
        cut = max((m.end() for m in _RR_CUT.finditer(lead)), default=0)
        pre = tuple(sorted(_rr_frame_free(lead[cut:])))
        label = lead[:cut].rstrip()
        if label.endswith(":"):  # "Kết quả học tập chuyên đề: tỷ lệ …" names the rate's subject
            labels[f.i] = _rr_frame_free(label[label.rfind("\n") + 1 :])
        link = _RR_LINK.search(name)
        words = tuple(w for w in norm_words(name[: link.start()] if link else name).split()
                      if w not in _RR_STOP or w in _RR_PLACE_WORDS)  # fmt: skip
        if len([w for w in words if w not in _RR_PLACE_WORDS]) >= 2:
            full[f.i] = (*words, "|", *n[1], "|", n[2], "|", *pre)
    groups: dict[tuple[str, ...], list[Fig]] = {}
    for f in pcts:
        if f.i in full:
            groups.setdefault(full[f.i], []).append(f)
    for key, group in groups.items():
        if len(group) != 2:
            continue  # the rate said once, or three times and more (years, places …)
        g, f = group
        if not (_rr_slip(g, f) and _rr_plain(ctx, g) and _rr_plain(ctx, f)):
            continue
        gl = ctx.lower_slice(ctx.sentence_span(g.sent)[0], g.end)
        fl = ctx.lower_slice(ctx.sentence_span(f.sent)[0], f.end)
        if not _moments_agree(_moments(gl), _moments(fl), gl, fl):
            continue  # "Năm 2023, … 4,12%" / "Năm 2024, … 4,21%"; "Quý I …" / "Quý II …"
        if _rr_places(ctx, g) != _rr_places(ctx, f):
            continue
        if labels.get(g.i) and labels.get(f.i) and labels[g.i] != labels[f.i]:
            continue  # "Kết quả học tập Nghị quyết: …" / "Kết quả học tập chuyên đề: …"
        if "\n" in ctx.text[g.end : f.start] and _rs_frames(ctx, g) != _rs_frames(ctx, f):
            continue  # "II. KẾT QUẢ QUÝ II", "Vụ Hè Thu …", "Đợt kiểm tra thứ hai …" (review 41d)
        if any(h.value in (g.value, f.value) and h.i not in (g.i, f.i) for h in pcts
               if h.sent in (g.sent, f.sent)):  # fmt: skip
            continue
        what = " ".join(w for w in key[: key.index("|")])
        cue = ("by the same words", "bằng cùng các từ")
        why = render(
            "repeat.looked_back", what=(f"tỷ lệ {what}",) * 2, a=g.value, b=f.value, cue=cue
        )
        out.append(ctx.check(NAME, "inconsistent", [g.value, f.value], [g, f],  # type: ignore[list-item]
                             ctx.clause(f.start, f.end), expected=g.value, observed=f.value,
                             tolerance=0, why=why))  # fmt: skip
    return out


# -- a statement restated in other words a few sentences on: in a closing summary ("Tóm lại",
# "Nhìn chung", "Như vậy", "Kết quả nổi bật là", "Đánh giá chung:"), in a quoted remark, after a
# label line, with the noun said another way ("số đảng viên mới kết nạp" / "kết nạp được … đảng
# viên mới", "87 đồng chí" / "87 đảng viên", money in another scale). The two are one statement
# when each one's own words (its piece back to the last comma, colon or quote, and the noun
# after it) all stand in the other's sentence, both sentences name the same years and moments
# (or none), the same names and levels, and neither a plan, a subset, a change, a cumulative or
# another round on one side only. Told inconsistent only when the earlier one is the only such
# statement, each sentence holds no other count of the noun, the later value is said nowhere
# else, and the two differ as a slip does (two adjacent digits swapped, one digit changed, the
# decimal mark or the scale moved, one digit dropped); consistent when they agree.
#
# example (our own)                                                                   told
# "Năm 2024, Đảng bộ huyện kết nạp được 1.642 đảng viên mới. Tóm lại, số đảng viên mới
#  kết nạp trong năm của Đảng bộ huyện là 1.624 đảng viên."                             1642 ≠ 1624
# "Tổng thu ngân sách … đạt 2.150 triệu đồng. Như vậy, thu ngân sách … đạt 2,15 tỷ đồng" consistent
# "Kết nạp đảng viên: 87 đồng chí; … Tóm lại, … kết nạp được 78 đảng viên."             87 ≠ 78
# "Đầu năm 2024, huyện có 1.263 hộ nghèo. Cuối năm 2024, huyện có 1.236 hộ nghèo."      nothing (two moments)
# "Kế hoạch … đề ra kết nạp 1.124 đảng viên. Kết quả, … đã kết nạp 1.142 đảng viên."     nothing (a plan)
# "Đảng bộ xã Tân Lập kết nạp 36 … Đảng bộ xã Tân Tiến kết nạp 63 …"                    nothing (two bodies)
# "… có 1.450 lao động được đào tạo nghề. Tóm lại, 1.540 lao động được giải quyết việc làm" nothing (another deed)
# "Lũy kế … xây dựng 412 căn nhà …. Tóm lại, riêng năm 2024 … 142 căn nhà …"             nothing (cumulative, a part)
# "Sáu tháng đầu năm 2024 … kết nạp 54 …. Cả năm 2024 … kết nạp 154 …"                 nothing (two spans)
_SR_REACH = 4  # sentences from the earlier statement to the restatement
_SR_PIECE = re.compile(r"[,;:()“”\"\n]")
_SR_SPEECH = re.compile(
    r"\b(?:cho biết|chia sẻ|khẳng định|nhấn mạnh|nói|thông tin|phát biểu|nhớ lại|cho hay|"
    r"trao đổi|nhận định|bày tỏ)\b|^\s*theo\s"
)
# the frame of a summary or a remark: words that say it is said again, not what is counted
_SR_CUE = re.compile(
    r"\b(?:tóm lại|nhìn chung|như vậy|đánh giá chung|nhận xét chung|kết quả nổi bật(?: là)?|"
    r"nói cách khác|nhìn lại|qua bảng trên|kết quả|nổi bật|tính đến nay|chúng tôi|anh em|"
    r"trên cơ sở)\b"
)
_SR_SYNONYMS = (
    (re.compile(r"\bđồng chí\b"), "đảng viên"),  # "Kết nạp đảng viên: 87 đồng chí"
    (re.compile(r"\bthuộc diện\b"), ""),  # "hộ thuộc diện nghèo" / "hộ nghèo"
)
_SR_LEVEL = re.compile(
    r"\btoàn\s+(?:tỉnh|huyện|xã|thành phố|thị xã|phường|thị trấn|quận|đảng bộ)\b"
)
# the level a body is named by ("Đảng bộ huyện", "của xã", "Huyện đã …"): the report's own (a
# name after it is compared apart); two levels, one on each side, are two bodies
_SR_OWN_LEVEL = re.compile(r"\b(?:đảng bộ|tỉnh|huyện|xã|thành phố|thị xã|phường|thị trấn|quận)\b")
_SR_LEVEL_WORD = re.compile(r"\b(?:tỉnh|huyện|xã|thành phố|thị xã|phường|thị trấn|quận)\b")
_SR_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# moments that set a count apart (the present, "trong năm", "năm nay", "cả năm" name the
# report's own year and are left out)
_SR_MOMENT = re.compile(
    r"đầu năm|cuối năm|(?:sáu|6|chín|9|ba|3) tháng|quý [ivx\d]+|nhiệm kỳ|lũy kế|cộng dồn|giai đoạn|"
    r"năm trước|năm ngoái|cùng kỳ|khi mới|mới thành lập|ban đầu|lúc đầu|đợt \w+|"
    r"thời điểm (?:sáp nhập|thành lập|đại hội|trước|sau)|"
    r"tháng \d+|học kỳ|\bvụ (?:đông|mùa|chiêm|xuân|hè thu|đông xuân)\b|\d{1,2}/\d{1,2}|"
    r"năm học|từ đầu|(?:kể )?từ năm|đến hết|trước đây|trở lại đây|sau khi|trước khi"
)
# what a sentence between the two says to set them apart: a moment, a round, a revision
_SR_BETWEEN = re.compile(
    r"\b(?:quý|sau|trước|đợt|rà soát|điều chỉnh|bổ sung|loại|đầu năm|cuối năm|tháng|kỳ|giai đoạn|"
    r"nhiệm kỳ|năm học|tiếp theo|tiếp đó|sau đó|đến nay)\b"
)
_SR_PRESENT = re.compile(
    r"\b(?:hiện nay|đến nay|năm nay|trong năm|cả năm|hiện có|hiện|tính đến ngày|tính đến|"
    r"diện tích|sản lượng|số lượng)\b|[-+•–]"
)
# a part, a change, a comparison, a cumulative, another round or a narrower set
_SR_APART = re.compile(
    r"\b(?:trong đó|trong số|riêng|tính riêng|còn lại|chưa|lũy kế|cộng dồn|tổng cộng|gồm|"
    r"bao gồm|tăng|giảm|thêm|so với|cùng kỳ|tham dự|dự|chỉ(?! đạo| thị| tiêu| huy| số)|mới có|nâng|đưa tổng|trở lên|"
    r"trở xuống|khác|cũng|cấp đổi|cấp lại|lần đầu|bình quân|mỗi|còn|vượt|gấp|hơn|khoảng|gần|"
    r"trên(?! cơ sở| địa bàn)|dưới|ít nhất|tối đa|tối thiểu)\b"
)
_SR_STOP = _THING_STOP | frozenset(
    "về cho là được đã bị trong thì mà đều cũng của với và các những số tổng toàn có đạt "
    "qua nay hiện năm do làm".split()
)


def _sr_unit(f: Fig) -> str:
    key = _plain_key(f.unit.key)
    if key == "đồng chí":
        return "đảng viên"
    return "đồng" if key.endswith("đồng") else key


def _sr_norm(s: str) -> str:
    s = s.lower()
    for pat, repl in _SR_SYNONYMS:
        s = pat.sub(repl, s)
    s = _SR_CUE.sub(" ", _SR_LEVEL.sub(" ", s))
    s = _SR_OWN_LEVEL.sub(" ", s)
    s = _SR_PRESENT.sub(" ", _SR_MOMENT.sub(" ", _SR_YEAR.sub(" ", s)))
    return norm_descriptor(s)


def _sr_pieces(ctx: Context, f: Fig) -> tuple[str, str, str]:
    """``f``'s sentence kept to what bears on it (lowercased), and ``f``'s own words: the kept
    pieces before it (its frame: "Ở khu vực nông thôn, …", "Năm học trước, …") and its noun. Pieces
    (between commas, colons, brackets and quotes) that hold another figure or a speaker's
    attribution are dropped: "…, chiếm 4,2% tổng số hộ", "…”, đồng chí Trưởng Công an cho biết"."""
    s, e = ctx.sentence_span(f.sent)
    text = ctx.text
    others = [
        (g.start, g.end)
        for g in ctx.by_sent.get(f.sent, [])
        if g is not f and g.unit.head not in vocab.TIME_UNITS
    ]  # fmt: skip  ("Sáu tháng đầu năm, …": a span, part of the frame)
    kept: list[str] = []
    pre: list[str] = []
    # "Giáo dục tiếp tục chuyển biến; đến nay, …", "Chăn nuôi phát triển ổn định: tổng đàn …"
    opened = max(text.rfind(";", s, f.start), text.rfind(":", s, f.start)) + 1 or s
    quoted = False
    p = s
    for m in [*_SR_PIECE.finditer(text, s, e), None]:
        q = e if m is None else m.start()
        piece = text[p:q]
        inside = quoted or (p > s and text[p - 1] == "“")
        speech = not inside and _SR_SPEECH.search(piece.lower())
        if not speech and not any(p <= a < q for a, _b in others):
            kept.append(piece)
            if q <= f.start and p >= opened:
                pre.append(piece)
        if m is not None:
            if m.group() == "“":
                quoted = True
            elif m.group() in '”"':
                quoted = False
            p = m.end()
    # own words: back to the last piece mark; a label line ("Kết nạp đảng viên: 87 đồng chí")
    # lends the words before its colon
    lo = s
    for m in _SR_PIECE.finditer(text, s, f.start):
        lo = m.end()
    lead = text[lo : f.start]
    if not lead.strip() and lo > s and text[lo - 1] == ":":
        lo2 = s
        for m in _SR_PIECE.finditer(text, s, lo - 1):
            lo2 = m.end()
        lead = text[lo2 : lo - 1]
    own = f"{lead} {descriptor(ctx, f)}"
    return " ".join(kept).lower(), f"{' '.join(pre)} {own}", own.lower()


def _sr_digits(v: float) -> tuple[str, int]:
    """Significant digits and magnitude: 2.150.000.000 -> ("215", 9), 42,6 -> ("426", 1)."""
    s = f"{v:.4f}".rstrip("0").rstrip(".")
    whole = s.split(".")[0].lstrip("0")
    mag = len(whole) - 1 if whole else -1
    return s.replace(".", "").lstrip("0").rstrip("0") or "0", mag


def _sr_slip(a: float, b: float) -> bool:
    """Do two values differ as a writing slip does? Two adjacent digits swapped (1.642/1.624), one
    digit changed (26/28), the decimal mark or scale moved (182,5/18,25), one digit dropped
    (2.315/215)."""
    (x, mx), (y, my) = _sr_digits(a), _sr_digits(b)
    if mx == my:
        n = max(len(x), len(y))
        x, y = x.ljust(n, "0"), y.ljust(n, "0")
        diff = [i for i in range(n) if x[i] != y[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and (x[diff[0]], x[diff[1]]) == (y[diff[1]], y[diff[0]])
        )
    if x == y:
        return 1 <= abs(mx - my) <= 3
    short, long_ = sorted((x, y), key=len)
    return (
        abs(mx - my) == 1
        and len(long_) == len(short) + 1
        and any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))
    )


def _sr_eligible(ctx: Context, f: Fig) -> bool:
    if f.type != "quantity" or f.qual != "exact" or not f.value or not f.unit.key or not f.exact:
        return False
    if f.unit.head in vocab.TIME_UNITS or "/" in f.unit.key:
        return False
    if _sr_unit(f) != "đồng" and f.value < MIN_VALUE:
        return False
    s, _e = ctx.sentence_span(f.sent)
    if ctx.text.rfind("(", s, f.start) > ctx.text.rfind(")", s, f.start):
        return False  # a bracketed level: "(năm 2023: 72 vụ)"
    if _in_table(ctx, f):
        return False
    return not (reference_level(ctx, f) or vocab.DELTA_BEFORE.search(ctx.before_low(f, 20)))


# The next year's paragraph recalls this year's result in its own piece: "Năm 2025, trên cơ sở
# năm 2024 đã kết nạp 1.142 đảng viên, Đảng bộ phấn đấu …" (the piece names 2024 and says it was
# done); "Năm 2025, Đảng bộ phấn đấu kết nạp 1.142 đảng viên" names no year in its piece: 2025.
_SR_DONE = re.compile(r"\b(?:đã|kết quả|trên cơ sở)\b")


def _sr_years_agree(ctx: Context, gs: str, fs: str, gpiece: str, fpiece: str) -> bool:
    gy, fy = set(_SR_YEAR.findall(gs)), set(_SR_YEAR.findall(fs))
    if gy == fy:
        return True
    if not gy or not fy:  # one side undated: the report's one year
        years = set(_SR_YEAR.findall(ctx.low))
        return len(years) == 1 and gy | fy == years
    gp, fp = set(_SR_YEAR.findall(gpiece)), set(_SR_YEAR.findall(fpiece))
    if fp and len(fy) > 1 and _SR_DONE.search(fpiece):
        fy = fp
    if gp and len(gy) > 1 and _SR_DONE.search(gpiece):
        gy = gp
    return gy == fy


_SrSide = tuple[str, str, set[str], set[str]]


def _sr_side(ctx: Context, x: Fig, memo: dict[int, _SrSide]) -> _SrSide:
    """``x``'s kept sentence and own piece (:func:`_sr_pieces`) with their normalised words, once
    per figure: (kept, own piece, own words less stop words, all words)."""
    got = memo.get(x.i)
    if got is None:
        kept, own, piece = _sr_pieces(ctx, x)
        own_words = set(_sr_norm(own).split())
        got = (kept, piece, own_words - _SR_STOP, set(_sr_norm(kept).split()) | own_words)
        memo[x.i] = got
    return got


def _sr_same(ctx: Context, g: Fig, f: Fig, memo: dict[int, _SrSide]) -> bool:
    """Do ``g`` and ``f`` state the same thing (see the table above)?"""
    gs, gpiece, g_own, g_all = _sr_side(ctx, g, memo)
    fs, fpiece, f_own, f_all = _sr_side(ctx, f, memo)
    unit = set(_sr_unit(f).split())
    if not (g_own - unit) or not (f_own - unit) or len((g_own | f_own) - unit) < 2:
        return False  # "45 đảng viên" alone names no particular set
    if not (f_own <= g_all and g_own <= f_all):
        return False  # another deed, thing or body
    if not _sr_years_agree(ctx, gs, fs, gpiece, fpiece):
        return False  # "Năm 2023 …" / "Năm 2024 …" (one side undated: the report's one year)
    if set(_SR_MOMENT.findall(gs)) != set(_SR_MOMENT.findall(fs)):
        return False  # "Đầu năm …" / "Cuối năm …", "Sáu tháng đầu năm" / "Cả năm"
    if set(_SR_APART.findall(gs)) != set(_SR_APART.findall(fs)):
        return False  # a part, a change, a cumulative, a comparison on one side only
    if _PLAN_NEAR.search(_ACHIEVED.sub(" ", gs)) or _PLAN_NEAR.search(_ACHIEVED.sub(" ", fs)):
        return False  # a plan and its result, or the next year's goal
    gl, fl = set(_SR_LEVEL.findall(gs)), set(_SR_LEVEL.findall(fs))
    if gl and fl and gl != fl:
        return False  # "toàn tỉnh …" / "toàn huyện …"
    gl, fl = set(_SR_LEVEL_WORD.findall(gs)), set(_SR_LEVEL_WORD.findall(fs))
    if gl and fl and gl != fl:
        return False  # "Hội Cựu chiến binh huyện …" / "Hội Cựu chiến binh thành phố …"
    g_text = ctx.text[slice(*ctx.sentence_span(g.sent))]
    f_text = ctx.text[slice(*ctx.sentence_span(f.sent))]
    g_names = {n.lower() for n in _PROPER.findall(g_text)}
    f_names = {n.lower() for n in _PROPER.findall(f_text)}
    return all(n in fs or n not in gs for n in g_names) and all(
        n in gs or n not in fs for n in f_names
    )


def _statement_restated(ctx: Context, done: list[Check]) -> list[Check]:
    out: list[Check] = []
    told = [set(c.mention_ids) for c in done if c.kind == NAME]
    in_told = {i for ids in told for i in ids}
    by_unit: dict[str, list[Fig]] = {}
    for f in ctx.figs:
        if f.type == "quantity" and f.unit.key:
            by_unit.setdefault(_sr_unit(f), []).append(f)
    memo: dict[int, _SrSide] = {}
    for group in by_unit.values():
        if len(group) < 2:
            continue
        # each figure's eligibility once, and how many eligible figures of the noun each
        # sentence holds (the same tests the pairs below made, computed once per group)
        eligible = [_sr_eligible(ctx, h) for h in group]
        if sum(eligible) < 2:
            continue
        per_sent: dict[int, int] = {}
        for h, ok in zip(group, eligible, strict=True):
            if ok:
                per_sent[h.sent] = per_sent.get(h.sent, 0) + 1
        for k, f in enumerate(group):
            if f.id in in_told or not eligible[k]:
                continue
            if per_sent[f.sent] > 1:
                continue  # the sentence counts the noun twice: which one is restated is not told
            reach: list[Fig] = []
            for j in range(k - 1, -1, -1):
                g = group[j]
                if f.sent - g.sent > _SR_REACH:
                    break
                if g.sent == f.sent or not eligible[j] or per_sent[g.sent] > 1:
                    continue
                reach.append(g)
            # a row needs a figure in reach of the same value or a slip's: without one, which of
            # them state the same thing cannot matter (the costly test below is skipped)
            if not any(g.value == f.value or _sr_slip(g.value, f.value) for g in reach):  # type: ignore[arg-type]
                continue
            cands = [g for g in reach if _sr_same(ctx, g, f, memo)]
            if not cands or len({h.value for h in cands}) != 1:
                continue  # none, or two values compete
            g = cands[0]
            if g.sent + 1 < f.sent:
                mid = ctx.low[ctx.sentence_span(g.sent + 1)[0] : ctx.sentence_span(f.sent - 1)[1]]
                if _SR_YEAR.search(mid) or _SR_BETWEEN.search(mid):
                    continue  # "Trong quý cuối, …", "Sau rà soát, …", "Năm 2023, …" between them
            if g.value == f.value:
                if any(f.id in ids for ids in told):
                    continue
                what = " ".join(descriptor(ctx, g).split()[:6])
                out.append(_emit(ctx, g, f, f.value, what))  # type: ignore[arg-type]
                continue
            if g.id in in_told or not _sr_slip(g.value, f.value):  # type: ignore[arg-type]
                continue
            if any(h.value == f.value for h in group if h is not f):
                continue  # the later value is stated elsewhere too: two figures, not a slip
            gap = abs(g.value - f.value)  # type: ignore[operator]
            if any(h.value == gap for h in ctx.figs[g.i + 1 : f.i]) or _near_set_apart(ctx, g, f):
                continue  # "… 86 phòng học. …, có 2 trường hợp … loại …": the gap is told
            what = " ".join(descriptor(ctx, g).split()[:6])
            cue = ("restated a few sentences later", "nhắc lại vài câu sau")
            why = render("repeat.looked_back", what=(what, what), a=_written(g), b=_written(f),
                         cue=cue)  # fmt: skip
            out.append(ctx.check(NAME, "inconsistent", [g.value, f.value], [g, f],  # type: ignore[list-item]
                                 ctx.clause(f.start, f.end), expected=g.value, observed=f.value,
                                 tolerance=0, why=why))  # fmt: skip
            in_told.update((g.id, f.id))
    return out


# -- an amount with decimals, or a sum of money, stated twice with the very same value: "giải
# ngân 68,4 tỷ đồng" … "nguồn vốn 68,4 tỷ đồng", "4.250,5 ha" … "4.250,5 ha" (the counts of
# whole things are paired by ``run``; an amount is not an exact count). Three significant digits
# at least (a round "1,5 tỷ đồng" or "20 ha" recurs by chance), outside tables (their cells
# have readings of their own), two sentences, no bracketed level. Told as a fit only.
#
# example (our own)                                                         told
# "… cứng hóa 42,6 km đường …. Nhìn chung, … 42,6 km đường được cứng hóa"   consistent
# "… 2.150 triệu đồng …. Như vậy, … 2,15 tỷ đồng"                           consistent (one value)
# "… 1,5 tỷ đồng …. … 1,5 tỷ đồng"                                           nothing (two digits)
# "… 42,6 km … (năm 2023: 42,6 km)"                                         nothing (a compared level)
def _same_measure(ctx: Context, done: list[Check]) -> list[Check]:
    out: list[Check] = []
    told = {i for c in done if c.kind == NAME for i in c.mention_ids}
    seen: dict[tuple[str, float], Fig] = {}
    # the quantity figures only: the first test below drops every other one
    for f in ctx.quantities:
        if f.type != "quantity" or not f.exact or f.qual != "exact" or not f.value:
            continue
        if not f.unit.key or (f.exact_count and _sr_unit(f) != "đồng"):
            continue
        if f.unit.head in vocab.TIME_UNITS or "/" in f.unit.key or _in_table(ctx, f):
            continue
        if reference_level(ctx, f) or len(_sr_digits(f.value)[0]) < 3:
            continue
        key = (_sr_unit(f), f.value)
        g = seen.get(key)
        seen[key] = f
        if g is None or g.sent == f.sent or f.id in told or g.id in told:
            continue
        out.append(_emit(ctx, g, f, f.value, " ".join(f.m.text.split())))  # type: ignore[arg-type]
        told.add(f.id)
    return out


# -- the count of members admitted, restated: "Giai đoạn 2020-2024, toàn huyện kết nạp 846 đảng
# viên, trong đó 163 người dân tộc thiểu số" … "Trong 5 năm qua, huyện đã kết nạp 163 quần chúng
# người dân tộc thiểu số vào Đảng" (163 = 163). An admission is a count of people right after
# "kết nạp" (or "trong đó" + its group after it), or followed by "được kết nạp"; its group is the
# whole or the ethnic minorities, and nothing else (a woman, youth, worker … count is left out).
# Two admissions of one group agree unless the text sets them apart (a year list, another year or
# span, a part of the year, a plan, another named body). Told inconsistent only for a typing slip
# (one digit changed, or two neighbours swapped, three digits or more) against the one earlier
# admission count of the group, the later value stated nowhere else.
#
# example (our own)                                                                     told
# "Từ năm 2020 đến nay kết nạp 412 đảng viên" … "412 đảng viên được kết nạp từ đầu nhiệm kỳ"  consistent
# "Từ năm 2020 đến nay kết nạp 412 đảng viên" … "412 → 421 đảng viên được kết nạp"             inconsistent
# "Năm 2024 kết nạp 412 đảng viên" … "giai đoạn 2020-2024 kết nạp 421 đảng viên"              nothing
_ADM_UNITS = ("đảng viên", "đồng chí", "quần chúng", "người")
_ADM_PEOPLE = (
    r"\bngười (?:jrai|bahnar|khmer|mông|hmông|m'nông|thái|"
    r"dao|tày|nùng|ê đê|chăm|xơ đăng|gia rai|ba na|cơ tu|hrê|raglai|mường|sán|lô lô|giáy|hà nhì)\b"
)
_ADM_GROUP = re.compile(r"dân tộc thiểu số|\bdtts\b|\bđồng bào\b|" + _ADM_PEOPLE)
_ADM_OTHER = re.compile(
    r"\b(?:nữ|đoàn viên|học sinh|sinh viên|tôn giáo|doanh nghiệp|công nhân|trẻ|tuổi|chức sắc|"
    r"uy tín|bộ đội|công an|giáo viên|riêng|phường|thị trấn|trường|lực lượng|khối|cơ quan|"
    r"dự bị|chính thức|xóa|khai trừ|chuyển|còn)\b"
)
_ADM_PLAN = re.compile(
    r"\b(?:phấn đấu|chỉ tiêu|kế hoạch|mục tiêu|dự kiến|đề ra|giao|bình quân|mỗi năm|trung bình|"
    r"nghị quyết|sẽ|cần)\b"
)
_ADM_DONE = re.compile(r"\b(?:hoàn thành|vượt|đạt được|kết quả|đã)\b")
_ADM_PART = re.compile(r"\b\d+\s+tháng\b|\bquý\b|\bđợt\b|\btháng đầu\b")
_ADM_MULTI = re.compile(
    r"\b(?:giai đoạn|nhiệm kỳ|năm qua|từ năm|từ đầu|lũy kế|tổng cộng|tính chung)\b|"
    r"\b(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\b"
)
_ADM_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# a moment inside a year: "đến hết tháng 6/2024" is not the whole year 2024
_ADM_MONTH = re.compile(r"\btháng\s*(?:0?[1-9]|1[01])\b(?!\s*(?:năm|tháng)\b)")
_ADM_BODY = re.compile(
    r"\b(?:xã|phường|thị trấn|chi bộ|đảng bộ|huyện|thôn|bản|làng|bon|ấp|buôn|khu phố|tổ)\s+"
    r"((?:[A-ZĐÂĂÊÔƠƯ][\wÀ-ỹ']*\s*){1,3})"
)
_ADM_CUT = re.compile(r"[.;:(]")
_ADM_VERB_ONLY = frozenset("kết nạp được mới thêm tổng số là".split())


def _adm_slip(a: float, b: float) -> bool:
    """One digit changed ("163" / "153") or two neighbours swapped ("829" / "892")."""
    if a != int(a) or b != int(b):
        return False
    x, y = str(int(a)), str(int(b))
    if len(x) != len(y) or len(x) < 3 or x == y:
        return False
    diff = [i for i in range(len(x)) if x[i] != y[i]]
    return len(diff) == 1 or _swapped(int(a), int(b))


def _admission(ctx: Context, f: Fig) -> tuple[bool, str, frozenset[str], bool] | None:
    """(of the minorities?, span kind, years, part of a year) of an admission count, or None."""
    if f.type != "quantity" or not f.exact_count or f.value is None or f.value < MIN_VALUE:
        return None
    if not f.unit.key.startswith(_ADM_UNITS) or f.unit.key.startswith("người lao động"):
        return None
    s, e = ctx.sentence_span(f.sent)
    left = ctx.lower_slice(s, f.start)
    nxt = next((g.start for g in ctx.by_sent.get(f.sent, []) if g.start >= f.end), e)
    right = ctx.lower_slice(f.end, min(e, nxt, f.end + 60))
    cut = _ADM_CUT.search(right) or re.search(r",?\s*trong đó", right)
    right = right[: cut.start()] if cut else right
    if right.split(",")[0].count(" ") > 8:
        right = right.split(",")[0]
    k = left.rfind("kết nạp")
    local: str
    late = re.match(r"^[^\d]{0,50}?\bđược kết nạp\b", right)
    if k >= 0 and re.search(r"[.:](?!\d)|;(?!\s*trong đó)", left[k:]) is None:
        between = [g for g in ctx.by_sent.get(f.sent, []) if s + k < g.start < f.start]
        if not between:
            local = left[k:]
            if not set(re.findall(r"[^\W\d_]+", local)) <= _ADM_VERB_ONLY:
                return None  # "Ngoài số kết nạp mới, … tiếp nhận 58 đảng viên": another verb
        else:
            gap = ctx.lower_slice(between[-1].end, f.start)
            if "trong đó" not in gap or not _ADM_GROUP.search(
                " ".join(f"{gap} {f.m.text.lower()} {right}".split())
            ):
                return None
            local = gap
    elif (
        late is not None or (right.startswith(" mới") and "phát triển đảng viên" in left)
    ) and not any(
        f.end < g.start < f.end + (late.end() if late else 5) for g in ctx.by_sent.get(f.sent, [])
    ):
        local = re.split(r"[,;:.]", left)[-1]
    else:
        return None
    words = " ".join(f"{local} {f.m.text.lower()} {right}".split())
    if _ADM_OTHER.search(words if late else words.split(",", 1)[0]):
        return None
    own = re.split(r"[.;:“”\"!?]", left)[-1]
    plan = _ADM_PLAN.search(own)
    if plan and not _ADM_DONE.search(own, plan.end()):
        return None
    if _ADM_YEAR.search(left[-16:]) or re.search(r"(?:^|\n)\s*[-–+•]", ctx.text[s : f.start]):
        return None  # an item of a year list: "- Năm 2022: 259 đảng viên"
    sent = f"{left} {right}"
    if len(set(_ADM_YEAR.findall(ctx.lower_slice(s, e)))) > 2 or _ADM_BODY.search(
        ctx.text[f.start - len(own) : f.start]
    ):
        return None
    years = frozenset(_ADM_YEAR.findall(sent))
    span = "multi" if _ADM_MULTI.search(sent) else ("year" if years else "")
    part = bool(_ADM_PART.search(sent)) or (span != "multi" and bool(_ADM_MONTH.search(sent)))
    return bool(_ADM_GROUP.search(words)), span, years, part


_ADM_LEFT_OK = frozenset(
    "toàn huyện tỉnh xã thị thành phố đảng bộ đã kết nạp được mới trong đó giai đoạn năm qua từ "
    "đến nay hết tháng tính chung như vậy quả dù nhiệm kỳ người dân tộc thiểu số đồng bào cả "
    "chỉ tiêu phát triển viên hoàn vượt mức với hai ba bốn sáu bảy tám chín mười tổng cộng "
    "lũy kế và nhờ công tác".split()
)
_ADM_RIGHT_OK = frozenset(
    "mới vào đảng người dân tộc thiểu số đồng bào được kết nạp từ năm đầu nhiệm kỳ đến nay "
    "trong qua hết tháng giai đoạn hai ba bốn sáu bảy tám chín mười".split()
)
_ADM_TAIL = re.compile(
    r"\s(?:vẫn|là|đã|đều|chủ yếu|phần lớn|hầu hết|đa số|góp|nhưng|song|và|chiếm|đạt|bằng|nâng)\b"
)
_ADM_SPAN_WORDS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6}
_ADM_LAST_YEARS = re.compile(r"(?:trong\s+)?(\d|hai|ba|bốn|năm|sáu)\s+năm\s+(?:qua|gần đây)")
_ADM_RANGE = re.compile(
    r"\b((?:19|20)\d{2})\s*(?:[-–]|đến(?:\s+hết)?(?:\s+năm)?)\s*((?:19|20)\d{2})\b"
)


def _adm_plain(ctx: Context, f: Fig) -> tuple[str, str] | None:
    """The words before (own clause) and after (to its end) an admission count, when they name
    nothing but the whole body, the minorities, the span and the admitting: else None."""
    s, e = ctx.sentence_span(f.sent)
    ls = ctx.text.rfind("\n", 0, f.start) + 1
    le = ctx.text.find("\n", f.end)
    line = ctx.text[ls : len(ctx.text) if le < 0 else le]
    if "\t" in line or "|" in line:
        return None  # a table row
    head = ctx.text[s : f.start]
    if head.count("“") > head.count("”") or head.count('"') % 2 or re.search(r":\s*[“\"]", head):
        return None  # quoted speech: another moment may be meant
    left = ctx.lower_slice(s, f.start)
    own = re.split(r"[.;:“”\"!?]", left)[-1]
    words = re.findall(r"[^\W\d_]+", own)
    if not set(words) <= _ADM_LEFT_OK:
        return None
    right = ctx.lower_slice(f.end, e)
    right = re.split(r"[,.;:()“”\"!?]", right)[0]
    tail = _ADM_TAIL.search(right)
    right = right[: tail.start()] if tail else right
    if not set(re.findall(r"[^\W\d_]+", right)) <= _ADM_RIGHT_OK:
        return None
    return own, right


def _adm_heading(ctx: Context, f: Fig) -> str:
    """The nearest line above that reads as a heading (short, no closing punctuation)."""
    pos = ctx.text.rfind("\n", 0, f.start)
    while pos > 0:
        prev = ctx.text.rfind("\n", 0, pos)
        line = ctx.text[prev + 1 : pos].strip()
        if line and len(line) <= 90 and not re.search(r"[.;:,]$", line):
            return line
        pos = prev
    return ""


_ADM_NAMED = re.compile(
    r"(?i:\b(?:xã|phường|thị trấn|thị xã|thành phố|quận|huyện|tỉnh|đảng bộ|chi bộ|thôn|bản|làng|"
    r"buôn|ấp|bon|khu phố|tổ dân phố|huyện ủy|tỉnh ủy|thị ủy|thành ủy|đảng ủy)\s+)(?=(\w))"
)
_ADM_LEVEL = re.compile(r"\b(?:thị xã|thành phố|thị trấn|tỉnh|huyện|xã|phường|quận)\b")
_ADM_NYEARS = re.compile(
    r"\b(\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+năm\b(?!\s*(?:19|20)\d\d)"
)


_ADM_THIS_YEAR = re.compile(r"\bnăm (nay|trước|qua|ngoái)\b")
_ADM_HEAD_PLAN = re.compile(
    r"(?i)chỉ tiêu|phương hướng|nhiệm vụ|mục tiêu|kế hoạch|giải pháp|dự kiến|\btới\b|\bsắp\b"
)
_ADM_ETHNIC = re.compile(_ADM_PEOPLE)  # a named people, not "dân tộc thiểu số"


def _adm_names(text: str) -> frozenset[str]:
    """The bodies a text names ("Đảng bộ Quân sự huyện", "xã Ea Kly"), each by its first words."""
    return frozenset(
        " ".join(text[m.start() :].lower().split()[:5])
        for m in _ADM_NAMED.finditer(text)
        if m.group(1).isupper()
    )


def _adm_subject(ctx: Context, f: Fig) -> frozenset[str]:
    """The named bodies an admission count is of: those of its own clause, else those of the
    sentence before ("Đảng bộ xã Ea Kly có 21 chi bộ. Năm 2024, đã kết nạp 105 đảng viên")."""
    s, _e = ctx.sentence_span(f.sent)
    names = _adm_names(ctx.text[s : f.start])
    if not names and f.sent > 0:
        ps, pe = ctx.sentence_span(f.sent - 1)
        names = _adm_names(ctx.text[ps:pe])
    return names


_ADM_WHOLE = re.compile(r"\b(?:toàn|cả|tổng|tính chung|chung|như vậy|lũy kế|đảng bộ)\b")
_ADM_SUBJ_START = re.compile(
    r"^\W*(?:(?:ở|tại|đối với|riêng|với|trong|về)\s+)?(?:các|những|khối|đảng bộ|chi bộ|đảng ủy|"
    r"lực lượng|trường|doanh nghiệp|cơ quan|hội|đoàn)\b"
)


def _adm_borrowed(ctx: Context, f: Fig) -> bool:
    """Does an admission count with no subject of its own ("Năm 2024, đã kết nạp 116 đảng viên")
    follow a sentence on some bodies ("Các chi bộ thôn, bản có nhiều cố gắng")? Then it is theirs."""
    s, _e = ctx.sentence_span(f.sent)
    own = ctx.lower_slice(s, f.start)
    if f.sent == 0 or _ADM_WHOLE.search(own) or _ADM_LEVEL.search(own):
        return False
    return bool(_ADM_SUBJ_START.search(ctx.lower_slice(*ctx.sentence_span(f.sent - 1))))


def _adm_named(head: str) -> bool:
    """Does a heading name a body or a place ("2. Huyện Ea Súp", "XÃ TÂN LẬP", "Khối cơ quan")?"""
    return any(m.group(1).isupper() for m in _ADM_NAMED.finditer(head)) or bool(
        re.search(r"(?i)\bkhối\b", head)
    )


def _adm_parallel(ha: str, hb: str) -> bool:
    """Two headings of parallel units: they differ but open on the same word ("2. Các xã vùng
    cao" / "3. Các xã vùng thấp", "Vùng I" / "Vùng II", "Huyện ủy Cư Kuin" / "Huyện ủy Krông Ana")."""
    wa, wb = (re.sub(r"^\s*(?:[IVX]+|\d+|[a-zđ])[.)]\s*", "", h).lower().split() for h in (ha, hb))
    return bool(wa and wb and wa != wb and wa[0] == wb[0])


def _adm_scope(own: str) -> frozenset[str]:
    """The levels of body an admission's own words name ("toàn tỉnh", "toàn thành phố")."""
    return frozenset(_ADM_LEVEL.findall(own))


def _adm_spans_agree(ctx: Context, a: str, b: str) -> bool:
    """Two admission spans that may be one: not a year against a term, not two years; "5 năm
    qua" against a range only when the range has 5 years and ends at the report's last year."""

    def kind(t: str) -> str:
        if _ADM_MULTI.search(t) or _ADM_LAST_YEARS.search(t):
            return "multi"
        return "year" if _ADM_YEAR.search(t) or re.search(r"\btrong năm\b|\bnăm nay\b", t) else ""

    ka, kb = kind(a), kind(b)
    if ka and kb and ka != kb:
        return False
    na = {m.group(1) for m in _ADM_NYEARS.finditer(a)}
    nb = {m.group(1) for m in _ADM_NYEARS.finditer(b)}
    if (na and nb and na != nb) or any(
        n and not m and kind(t) and not _ADM_RANGE.search(t)
        for n, m, t in ((na, nb, b), (nb, na, a))
    ):
        return False  # "trong hai năm" against "cả nhiệm kỳ" or "trong ba năm"
    ya, yb = set(_ADM_YEAR.findall(a)), set(_ADM_YEAR.findall(b))
    if ya and yb and ya != yb:
        return False
    top = max((int(v) for v in _ADM_YEAR.findall(ctx.low)), default=0)
    for y, yx in ((b, ya), (a, yb)):
        said = _ADM_THIS_YEAR.search(y)
        if (
            yx
            and not _ADM_YEAR.search(y)
            and said
            and (said.group(1) in ("trước", "ngoái") or yx != {str(top)})
        ):
            return False  # "Năm 2023, … kết nạp 217" against "Năm nay, … kết nạp 271"
    ma, mb = set(_ADM_MONTH.findall(a)), set(_ADM_MONTH.findall(b))
    if ma and mb and ma != mb:
        return False  # "trong tháng 5" / "trong tháng 6"
    for x, y in ((a, b), (b, a)):
        last = _ADM_LAST_YEARS.search(x)
        if last and not _ADM_LAST_YEARS.search(y) and _ADM_YEAR.search(y):
            rng = _ADM_RANGE.search(y)
            said = last.group(1)
            n = int(said) if said.isdigit() else _ADM_SPAN_WORDS[said]
            if (
                rng is None
                or int(rng.group(2)) - int(rng.group(1)) + 1 != n
                or int(rng.group(2)) != top
            ):
                return False
    return True


def _admitted_restated(ctx: Context, done: list[Check]) -> list[Check]:
    out: list[Check] = []
    if "kết nạp" not in ctx.low:
        return out
    told = {frozenset(c.mention_ids) for c in done if c.kind == NAME}
    seen: list[tuple[Fig, tuple[bool, str, frozenset[str], bool]]] = []
    for f in ctx.quantities:
        info = _admission(ctx, f)
        if info is None:
            continue
        group, span, years, part = info
        fits = [
            g for g, (gg, gs, gy, gp) in seen
            if gg == group and gp == part and g.sent != f.sent
            and (not gy or not years or gy == years)
            and not ({gs, span} == {"multi", "year"})
        ]  # fmt: skip
        seen.append((f, info))
        if not fits:
            continue
        same = [g for g in fits if g.value == f.value]
        what = f"{'người dân tộc thiểu số ' if group else ''}kết nạp ({f.unit.key})"
        if same:
            g = same[-1]
            if frozenset((g.id, f.id)) not in told:
                out.append(_emit(ctx, g, f, f.value, what))  # type: ignore[arg-type]
            continue
        values = {g.value for g in fits}
        if len(values) != 1 or not _adm_slip(fits[-1].value, f.value):  # type: ignore[arg-type]
            continue
        if f.value < 100 or any(h.value == f.value for h in ctx.figs if h is not f):
            continue
        g = fits[-1]
        gp, fp = _adm_plain(ctx, g), _adm_plain(ctx, f)
        if gp is None or fp is None or not _adm_spans_agree(ctx, " ".join(gp), " ".join(fp)):
            continue
        hg, hf = _adm_heading(ctx, g), _adm_heading(ctx, f)
        if hg != hf and (
            set(_ADM_YEAR.findall(hg)) != set(_ADM_YEAR.findall(hf))
            or set(_ADM_BODY.findall(hg)) != set(_ADM_BODY.findall(hf))
            or _adm_named(hg)
            or _adm_named(hf)
            or _adm_parallel(hg, hf)
        ):
            continue  # "KẾT QUẢ NĂM 2023" / "NĂM 2024", "2. Đảng bộ xã Tân Lập" / "3. … Tân Hòa"
        if _adm_scope(gp[0]) and _adm_scope(fp[0]) and _adm_scope(gp[0]) != _adm_scope(fp[0]):
            continue  # "toàn tỉnh kết nạp 3.253" / "toàn thành phố kết nạp 1.253"
        if bool(_ADM_HEAD_PLAN.search(hg)) != bool(_ADM_HEAD_PLAN.search(hf)):
            continue  # "I. KẾT QUẢ" / "II. CHỈ TIÊU NHIỆM KỲ TỚI"
        if (
            _adm_subject(ctx, g) != _adm_subject(ctx, f)
            or _adm_borrowed(ctx, g)
            or _adm_borrowed(ctx, f)
        ):
            continue  # "Đảng bộ Quân sự huyện … Năm 2024, đã kết nạp 152" / "toàn huyện kết nạp 352"
        sg, sf = (ctx.lower_slice(*ctx.sentence_span(h.sent)) for h in (g, f))
        if set(_ADM_ETHNIC.findall(sg)) != set(_ADM_ETHNIC.findall(sf)):
            continue  # "147 người dân tộc thiểu số" / "trong đó 107 … là người Bahnar"
        why = render(
            "repeat.looked_back",
            what=(what, what),
            a=g.value,
            b=f.value,
            cue=("kết nạp", "kết nạp"),
        )
        out.append(ctx.check(NAME, "inconsistent", [g.value, f.value], [g, f], ctx.clause(f.start, f.end),  # type: ignore[list-item]
                             expected=g.value, observed=f.value, tolerance=0, why=why))  # fmt: skip
    return out


# -- the end of a change restated as the numerator of the fraction right after it: "số doanh
# nghiệp có tổ chức đảng tăng từ 23 lên 37 doanh nghiệp; đến nay 37/148 doanh nghiệp đã có chi
# bộ" (37 = 37). The count ends a change ("lên", "xuống", "còn"), the fraction counts the same
# noun in the same or the next sentence, and no other count of that noun stands between (a fit
# only: a different numerator may be a subset).
_CHANGE_END = re.compile(r"\b(?:lên|xuống|còn)\s*$")


# words a fraction may add to the change it restates: the minorities it concerns, and the forms
# of a party organisation ("có tổ chức đảng" … "đã có chi bộ hoặc đảng bộ")
_CE_EQUIV = frozenset("đồng bào dân tộc thiểu số chi bộ đảng tổ chức hoặc cơ sở đã đều".split())


def _ce_same_words(ctx: Context, g: Fig, r: Fig) -> bool:
    """Does the fraction say of its items nothing the change's sentence does not (up to the
    words above)? "lên 15 xã. Đến nay, 15/21 xã có trạm y tế đạt chuẩn": "trạm y tế" is new."""
    hit = _RATIO_DESC.match(ctx.text[r.end : r.end + 70].lower())
    said = set(norm_descriptor(hit.group(1)).split()) if hit else set()
    s, _e = ctx.sentence_span(g.sent)
    known = set(norm_descriptor(ctx.text[s : r.start]).split())
    return not (said - known - _PLAIN_WORDS - _CE_EQUIV)


def _change_end_numerator(ctx: Context, done: list[Check]) -> list[Check]:
    out: list[Check] = []
    told = {frozenset(c.mention_ids) for c in done if c.kind == NAME}
    for r in ctx.ratios:
        n = r.m.get("numerator")
        if not isinstance(n, int) or isinstance(n, bool) or n < MIN_VALUE or not r.unit.key:
            continue
        for j in range(r.i - 1, -1, -1):
            g = ctx.figs[j]
            if r.sent - g.sent > 1:
                break
            if g.type == "ratio" or g.unit.key != r.unit.key:
                continue
            if g.type != "quantity" or not g.exact_count or g.value != n:
                break  # another count of the noun stands nearer
            if (
                _CHANGE_END.search(ctx.before_low(g, 12))
                and frozenset((g.id, r.id)) not in told
                and _ce_same_words(ctx, g, r)
            ):
                out.append(_emit(ctx, g, r, float(n), f"{r.unit.key} (end of the change)"))
            break
    return out


# -- a rough figure restating an exact one with decimals: "làm mới, nâng cấp 63,8 km đường giao
# thông nông thôn" … "đã làm mới gần 64 km đường" (63,8 lies just under 64), "tập hợp được 71,4%
# … phụ nữ" … "tỷ lệ tập hợp đạt trên 71%". ``_rounded_restated`` reads whole counts; this reads
# an amount or a percent written with a decimal mark, which a whole count rounds. Told as a fit
# only: "gần" just under, "hơn"/"trên" just over, "khoảng"/"xấp xỉ" either side, within one unit
# of the rough figure's last digit, when every exact figure of that kind in reach is the one
# value. A percent must also share a two-word name with it ("tập hợp", "đồng bào") and neither
# may be a plan or a goal (a "trên 95%" target is met, not restated, by 95,3%).
#
# example (our own)                                                                 told
# "… trồng mới 42,7 ha chè …. Tóm lại, … gần 43 ha chè"                             consistent
# "… tỷ lệ che phủ rừng đạt 58,6% …. … che phủ rừng trên 58%"                       consistent
# "… tỷ lệ che phủ rừng đạt 58,6% …. … tỷ lệ hộ nghèo còn gần 59%"                  nothing (no shared name)
# "… che phủ rừng 58,6% …. Phấn đấu … che phủ rừng trên 58%"                        nothing (a goal)
# "… 42,7 ha chè … 42,3 ha cà phê …. … gần 43 ha"                                   nothing (two values)
_RA_LEAD = ("gần", "khoảng", "xấp xỉ", "hơn", "trên")
_RA_PLAN = re.compile(
    r"\b(?:phấn đấu|chỉ tiêu|kế hoạch|mục tiêu|dự kiến|đề ra|định hướng|sẽ|cần|nghị quyết|"
    r"năm tới|tiếp theo|đến năm|cùng kỳ|so với|năm trước|duy trì|giữ|giữ vững|nâng)\b"
)
_RA_STOP = frozenset(
    "tỷ lệ tỉ so với đạt chiếm của các những trong tổng số là có được đã và toàn huyện tỉnh xã "
    "thành phố thị trấn năm nay hiện đến tăng giảm lên xuống còn từ trên gần hơn khoảng với cho "
    "này đó người dân diện tích chiều dài sản lượng năng suất giá trị mức".split()
)  # (with the measure's generic names: "diện tích rừng trồng" / "diện tích rừng được cấp …")
_RA_REACH = 60  # sentences: a summary restates the body however far back
_RA_WORD = re.compile(r"[^\W\d_]+")


def _ra_piece(ctx: Context, f: Fig, after: bool = False) -> str:
    """The words that name what ``f`` measures: from the clause start or the last figure before
    it in its sentence ("trong đó đồng bào Cơ Ho, Mạ, Mông chiếm 63,7%"; "583 mô hình, chiếm
    31,1%" names nothing past "583 mô hình"), and with ``after`` the words after it up to the
    next mark ("gần 64% dân số là đồng bào dân tộc thiểu số")."""
    s, e = ctx.clause(f.start, f.end)
    prev = ctx.prev_in_sent(f)
    while prev is not None and prev.end > f.start:
        prev = ctx.prev_in_sent(prev)
    lo = max(s, prev.end) if prev is not None else s
    out = ctx.lower_slice(lo, f.start)
    if after:
        tail = re.split(r"[,;:.()]", ctx.lower_slice(f.end, min(e, f.end + 60)))[0]
        if f.type != "percent" or not re.match(r"\s*(?:tổng\s+)?số\b", tail):
            out += " " + tail  # (not the whole a percent is of: "38% tổng số đảng viên")
    return out


def _ra_plan(ctx: Context, f: Fig) -> bool:
    """Is ``f`` a plan or a goal: a plan word in its sentence, or under a heading of tasks?"""
    if _RA_PLAN.search(ctx.lower_slice(*ctx.sentence_span(f.sent))) or reference_level(ctx, f):
        return True
    return bool(_ADM_HEAD_PLAN.search(_adm_heading(ctx, f)))


def _ra_pairs(s: str) -> set[tuple[str, str]]:
    words = _RA_WORD.findall(s)
    return {
        (a, b) for a, b in zip(words, words[1:], strict=False)
        if a not in _RA_STOP and b not in _RA_STOP
    }  # fmt: skip


# the linking words of a summary, and "độ" (che phủ) said for "tỷ lệ"
_RA_LINK = frozenset("như vậy nhìn chung tóm lại đánh giá kết quả nhờ đó độ chiếm".split())


def _ra_words(s: str) -> set[str]:
    """Content words (not the linking words of a summary: "Như vậy", "Nhìn chung")."""
    return {w for w in _RA_WORD.findall(s) if w not in _RA_STOP and w not in _RA_LINK}


def _ra_conflict(ctx: Context, g: Fig, f: Fig) -> bool:
    """Does each of the two name its subject with words the other's sentence lacks ("tỷ lệ hộ
    dân ở khu vực thành thị … nước sạch" / "… khu vực nông thôn … nước hợp vệ sinh", "đảng viên
    …" / "tổ chức cơ sở đảng …"), or is one said as what is left ("còn hơn 12 km") and the other
    not? A restatement names its subject with the other's words, or with fewer of them. For an
    amount its noun after the unit is its name when it has one ("18,6 km đường ngõ xóm")."""
    names = []
    for h in (g, f):
        name = ""
        if h.type == "quantity":
            tail = re.split(r"[,;:.()]", ctx.lower_slice(h.end, min(len(ctx.text), h.end + 40)))[0]
            name = " ".join(_RA_WORD.findall(tail)[:2])  # its noun, not what is said of it
        if not _ra_words(name):
            name = re.split(r"[,;:]", _ra_piece(ctx, h))[-1]  # (its own segment: not the lead)
        s, e = ctx.sentence_span(h.sent)
        proper = {w.lower() for w in _RA_WORD.findall(ctx.text[s:e])[1:] if w[:1].isupper()}
        names.append(_ra_words(name) - proper)  # (names of places and peoples: see _rv_apart)
    gs = _ra_words(ctx.lower_slice(*ctx.sentence_span(g.sent)))
    fs = _ra_words(ctx.lower_slice(*ctx.sentence_span(f.sent)))
    if names[0] - fs and names[1] - gs:
        return True
    return bool(_LR_BEFORE.search(ctx.before_low(g, 20))) != bool(
        _LR_BEFORE.search(re.sub(r"(?:gần|hơn|trên|khoảng|xấp xỉ)\s*$", "", ctx.before_low(f, 26)))
    )


def _rough_amount_restated(ctx: Context, done: list[Check]) -> list[Check]:
    out: list[Check] = []
    if not any(w in ctx.low for w in _RA_LEAD):
        return out
    told = {frozenset(c.mention_ids) for c in done if c.kind == NAME}
    for f in ctx.figs:
        if f.type not in ("quantity", "percent") or f.qual not in ("approx", "min") or not f.value:
            continue
        lead = f.m.text.lower().lstrip()
        if not lead.startswith(_RA_LEAD):
            continue
        if f.type == "quantity" and (
            not f.unit.key or f.unit.head in vocab.TIME_UNITS or "/" in f.unit.key
        ):
            continue  # (a yield or a mean per unit: the crop or group it is of is not read)
        step = _round_step(f) if f.type == "quantity" else 2 * half_unit(f)
        if lead.startswith("gần"):
            lo, hi = f.value - step, f.value
        elif lead.startswith(("hơn", "trên")):
            lo, hi = f.value, f.value + step
        else:
            lo, hi = f.value - step, f.value + step
        pool = ctx.percents if f.type == "percent" else ctx.quantities
        near = [
            g for g in pool
            if g is not f and g.qual == "exact" and g.value is not None
            and lo <= g.value <= hi and g.value != f.value and g.value != int(g.value)
            and abs(g.sent - f.sent) <= _RA_REACH
        ]  # fmt: skip  (a whole value is read by _rounded_restated, or recurs by chance)
        if not near or _ra_plan(ctx, f):
            continue  # (the cheap numeric test first)
        fpairs = _ra_pairs(_ra_piece(ctx, f, after=True))
        fits: list[Fig] = []
        for g in near:
            if f.type == "quantity" and (not g.exact or g.unit.key != f.unit.key):
                continue
            if f.type == "percent":
                if not (fpairs & _ra_pairs(_ra_piece(ctx, g))) or _ra_plan(ctx, g):
                    continue
            elif reference_level(ctx, g) or vocab.DELTA_BEFORE.search(ctx.before_low(g, 20)):
                continue
            elif not fpairs & _ra_pairs(_ra_piece(ctx, g, after=True)):
                continue  # "63,8 km đường giao thông" / "gần 64 km kênh mương": another noun
            if _rv_apart(ctx, g, f) or _ra_conflict(ctx, g, f):
                continue  # two places, bodies, years or levels; two qualified subjects
            fits.append(g)
        if not fits or len({g.value for g in fits}) != 1:
            continue
        g = fits[0]
        if frozenset((f.id, g.id)) in told:
            continue
        later = f if f.start > g.start else g
        what = f.unit.key if f.type == "quantity" else "%"
        why = render("repeat.rounded", what=(what, what), said=(f.m.text, f.m.text),
                     b=as_written(g))  # fmt: skip
        out.append(ctx.check(NAME, "consistent", [f.value, g.value], [f, g],  # type: ignore[list-item]
                             ctx.clause(later.start, later.end), expected=f.value,
                             observed=g.value, tolerance=step, why=why))  # fmt: skip
    return out


# -- the same count said with another name of its unit: "Hội có 14 tổ chức cơ sở Hội" … "trong
# 14 cơ sở Hội có 9 cơ sở …" ("tổ chức cơ sở X" is "cơ sở X"), "Tổng số hội viên là 2.148 đồng
# chí" … "đến nay toàn huyện có 2.148 hội viên" (a count of "đồng chí" or "người" counts the
# "… viên" its sentence names right before it). ``run`` pairs counts of one unit key; these
# are two keys of one unit. Told as a fit only (equal values), the nearest earlier count of the
# other key, in another sentence, neither a change, a compared level nor a plan.
#
# example (our own)                                                                  told
# "Huyện có 36 tổ chức cơ sở đoàn …. Xếp loại 36 cơ sở đoàn: …"                        consistent
# "Tổng số đoàn viên là 1.482 người …. Toàn huyện hiện có 1.482 đoàn viên …"          consistent
# "Số hội viên là 1.482 người …. … kết nạp 1.482 đảng viên"                          nothing (another noun)
# "… tăng 36 đồng chí …. … 36 đảng viên …"                                           nothing (a change)
_SU_PEOPLE = frozenset({"đồng chí", "người"})
_SU_MEMBERS = re.compile(r"\b((?:đảng|hội|đoàn|công đoàn) viên)\b")
_SU_PLAN = re.compile(r"\b(?:phấn đấu|chỉ tiêu|kế hoạch|mục tiêu|dự kiến|đề ra|sẽ)\b")


def _su_key(ctx: Context, f: Fig) -> str | None:
    """The unit key with its other names folded: "tổ chức cơ sở hội" -> "cơ sở hội"; "đồng chí"
    after "Tổng số hội viên là" -> "hội viên" (None when its sentence names no members first)."""
    key = f.unit.key
    if key.startswith("tổ chức cơ sở ") and len(key.split()) > 4:
        return key[len("tổ chức ") :]
    if key in _SU_PEOPLE:
        # the members its clause names as its subject ("Tổng số hội viên là 2.148 đồng chí"),
        # not those of a list it is an item of ("kỷ luật 31 đảng viên: khiển trách 19 đồng chí")
        named = _people_named(ctx, f)
        return named if named is not None and _SU_MEMBERS.fullmatch(named) else None
    return key


def _su_plain(ctx: Context, f: Fig) -> bool:
    if f.type != "quantity" or not f.exact_count or f.value is None or f.value < MIN_VALUE:
        return False
    if not f.unit.key or f.unit.head in vocab.TIME_UNITS or reference_level(ctx, f):
        return False
    if vocab.DELTA_BEFORE.search(ctx.before_low(f, 20)):
        return False
    return not _SU_PLAN.search(ctx.lower_slice(*ctx.clause(f.start, f.end)))


def _synonym_unit_restated(ctx: Context, done: list[Check]) -> list[Check]:
    out: list[Check] = []
    if "tổ chức cơ sở" not in ctx.low and "viên" not in ctx.low:
        return out
    # a cheap first pass: only a value said with two unit keys that may be one unit is read on
    # ("cơ sở X" in both, or a count of people and a count of members)
    keys: dict[float, set[str]] = {}
    for f in ctx.quantities:
        if f.exact_count and f.value is not None and f.value >= MIN_VALUE and f.unit.key:
            keys.setdefault(f.value, set()).add(f.unit.key)
    wanted = set()
    for v, ks in keys.items():
        if len(ks) < 2:
            continue
        folded = {k[len("tổ chức ") :] if k.startswith("tổ chức cơ sở ") else k for k in ks}
        people = bool(ks & _SU_PEOPLE) and any(_SU_MEMBERS.fullmatch(k) for k in ks)
        if people or len(folded) < len(ks):
            wanted.add(v)
    if not wanted:
        return out
    told = {i for c in done if c.kind == NAME for i in c.mention_ids}
    # claims already told of a value: a table's cell restated by the table readings (with cell
    # figures of their own) is not told again
    claims = [(c.start, c.end, set(c.figures)) for c in done if c.kind == NAME]
    seen: dict[tuple[str, float], list[Fig]] = {}
    for f in ctx.quantities:
        if f.value not in wanted or not _su_plain(ctx, f):
            continue
        if any(a <= f.start < b and f.value in vs for a, b, vs in claims):
            continue
        key = _su_key(ctx, f)
        if key is None:
            continue
        earlier = seen.setdefault((key, f.value), [])  # type: ignore[arg-type]
        g = next((h for h in reversed(earlier) if h.sent != f.sent), None)
        earlier.append(f)
        if g is None or g.unit.key == f.unit.key or (f.id in told and g.id in told):
            continue
        if _SU_PEOPLE & {g.unit.key, f.unit.key} and (_in_table(ctx, f) or _in_table(ctx, g)):
            continue  # a table's members cell: the table readings tie it to the prose
        if _SU_PEOPLE & {g.unit.key, f.unit.key} and not all(
            _rv_stock_of_members(ctx, h) for h in (g, f) if h.unit.key not in _SU_PEOPLE
        ):
            continue  # "kết nạp 186 đảng viên", "328 đoàn viên tham gia …": not the stock
        if _rv_apart(ctx, g, f) or _rv_other_owner(ctx, g, f) or _rv_other_owner(ctx, f, g):
            continue  # two places, bodies, years or levels; "… của tỉnh bạn"
        if f.id in told or g.id in told:
            continue  # each already tied to another statement
        what = f"{g.unit.key} / {f.unit.key}"
        out.append(_emit(ctx, g, f, f.value, what))  # type: ignore[arg-type]
    return out


# -- what is left, restated as the task of finishing it: "đã giải quyết 15 đơn, đạt 88,2%; còn 2
# đơn đang xem xét" … "giải quyết dứt điểm 2 đơn còn tồn đọng"; "đã thực hiện 5 cuộc, còn lại 7
# cuộc" … "Hoàn thành 7 cuộc giám sát chuyên đề còn lại". The later count says it is the rest
# ("còn lại", "còn tồn", "tồn đọng" right after its noun); the earlier one is the nearest count
# of its noun (or the noun's first words) said as left ("còn 2 đơn", "6 kiến nghị còn lại").
# Told as a fit only (equal values); a different value may be another rest (silence).
#
# example (our own)                                                                  told
# "… đã giải quyết 21/24 đơn; còn 3 đơn đang xác minh. … Giải quyết dứt điểm 3 đơn còn tồn"  consistent
# "… đã hoàn thành 40 căn, còn lại 6 căn …. … Hoàn thành 6 căn nhà còn lại"                  consistent
# "… còn 3 đơn đang xác minh. … Giải quyết dứt điểm 4 đơn còn tồn"                          nothing
# "… còn 3 hộ nghèo …. … Giải quyết dứt điểm 3 đơn còn tồn"                                 nothing (another noun)
_LR_LATER = re.compile(r"^[^\d,;.:()]{0,40}?\b(?:còn lại|còn tồn|tồn đọng|chưa giải quyết)\b")
_LR_BEFORE = re.compile(r"\b(?:vẫn còn|còn lại|còn)\s*$")
_LR_AFTER = re.compile(r"^[^\d,;.:()]{0,30}?\bcòn lại\b")
_LR_REACH = 80  # sentences: the tasks restate the results however far back


def _left_restated(ctx: Context, done: list[Check]) -> list[Check]:
    out: list[Check] = []
    if "còn" not in ctx.low:
        return out
    told = {frozenset(c.mention_ids) for c in done if c.kind == NAME}
    lefts: list[Fig] = []
    for f in ctx.quantities:
        if not f.exact_count or not f.value or not f.unit.key or f.unit.head in vocab.TIME_UNITS:
            continue
        tail = ctx.lower_slice(f.end, min(len(ctx.text), f.end + 60))
        if "còn" not in tail and "tồn" not in tail and "chưa" not in tail:
            if "còn" not in ctx.before_low(f, 14):
                continue  # neither said as left nor as the rest (the cheap test first)
        if reference_level(ctx, f):
            continue
        said_left = bool(
            _LR_BEFORE.search(ctx.before_low(f, 14)) or _LR_AFTER.match(tail)
        )
        if _LR_LATER.match(tail):
            # the nearest count left of its noun whose words it says (review 30r: not "vẫn còn 2
            # đơn thư giải quyết chưa đúng thời hạn" for "2 đơn còn tồn đọng", nor "còn 3 cuộc"
            # of inspections for "3 cuộc giám sát còn lại", nor another body's)
            g = next(
                (
                    h for h in reversed(lefts)
                    if (h.unit.key == f.unit.key or _shortened(h, f))
                    and _rv_words_said(ctx, h, f) and _rv_tail_said(ctx, h, f)
                    and not _rv_apart(ctx, h, f, years=False)
                ),
                None,
            )  # fmt: skip
            if (
                g is not None
                and g.sent != f.sent
                and f.sent - g.sent <= _LR_REACH
                and g.value == f.value
                and frozenset((g.id, f.id)) not in told
            ):
                out.append(_emit(ctx, g, f, f.value, f"{f.unit.key} còn lại"))  # type: ignore[arg-type]
        if said_left:
            lefts.append(f)
    return out


# -- review 30r: what tells two equal (or roughly equal) figures apart though their units agree.
# Two sentences naming two places or bodies of one kind ("xã Tân Hòa" / "xã Tân Minh", "Hội Nông
# dân" / "Hội Cựu chiến binh", "Huyện đoàn Bảo Yên" / "Huyện đoàn Bảo Thắng"), two years, or two
# levels ("của huyện" / "của toàn tỉnh") say two quantities, however close their values.
_RV_NAMED = re.compile(
    r"\b(?i:(xã|huyện đoàn|huyện|phường|thị trấn|thị xã|thành phố|tỉnh|thôn|bản|hội|đảng bộ|chi bộ|"
    r"đoàn|trường))\s+((?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][\w'’-]*)"
    r"(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][\w'’-]*)*)"
)
# bodies named in lower case: "chi đoàn thôn" / "chi đoàn trường học", "Ủy ban kiểm tra" / "Ủy
# ban nhân dân" (not "chi bộ riêng", "chi bộ sinh hoạt …": what is said of a chi bộ)
_RV_BODY = re.compile(
    r"\b(chi đoàn|chi bộ|chi hội|ủy ban|uỷ ban)\s+"
    r"(thôn|bản|ấp|xóm|tổ|khu|trường|cơ quan|kiểm tra|nhân dân|mặt trận)\b"
)
_RV_ORDINAL = re.compile(r"\b(đợt|quý|tháng|vụ|lần|giai đoạn|khóa|khoá)\s+(\d+|[ivx]+)\b")
_RV_SEASON = re.compile(r"\b(vụ)\s+(đông xuân|hè thu|thu đông|mùa|chiêm|xuân|hè|đông)\b")
# a sentence opening on a part of its own: "Riêng các xã vùng cao, …", "Ở khối trường học, …"
_RV_PART = re.compile(r"^\W*(?:riêng|ở|tại|đối với|trong đó|trong số|khối)\b")
_RV_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_RV_LEVEL = re.compile(r"\b(?:của|toàn)\s+(?:toàn\s+)?(xã|huyện|tỉnh|thị xã|thành phố|quận)\b")


def _rv_scope(ctx: Context, f: Fig) -> tuple[dict[str, set[str]], set[str], set[str]]:
    s, e = ctx.sentence_span(f.sent)
    text = ctx.text[s:e]
    names: dict[str, set[str]] = {}
    for m in _RV_NAMED.finditer(text):
        name = m.group(2)
        if not name[:1].isupper():
            continue  # (the case-blind match took a lower-case word)
        names.setdefault(m.group(1).lower(), set()).add(name)
    low = text.lower()
    for kind, name in _RV_BODY.findall(low) + _RV_ORDINAL.findall(low) + _RV_SEASON.findall(low):
        names.setdefault(kind.replace("uỷ", "ủy").replace("khoá", "khóa"), set()).add(name)
    return names, set(_RV_YEAR.findall(text)), set(_RV_LEVEL.findall(low))


def _rv_apart(ctx: Context, g: Fig, f: Fig, years: bool = True) -> bool:
    """Do the sentences of ``g`` and ``f`` name two places or bodies of one kind, two levels,
    two rounds or seasons or (with ``years``) two years, none of them shared, or does one of the
    two open on a part of its own?"""
    if g.sent == f.sent:
        return False
    g_part = bool(_RV_PART.match(ctx.lower_slice(*ctx.sentence_span(g.sent))))
    if g_part != bool(_RV_PART.match(ctx.lower_slice(*ctx.sentence_span(f.sent)))):
        return True  # one of them of a part its sentence opens on
    gn, gy, gl = _rv_scope(ctx, g)
    fn, fy, fl = _rv_scope(ctx, f)
    if any(k in fn and not (fn[k] & v) for k, v in gn.items()):
        return True
    if years and gy and fy and not gy & fy:
        return True
    return bool(gl and fl and not gl & fl)


# a count of members reached by an act (admitted, introduced, disciplined, awarded …) is not the
# stock of members: "Số hội viên … là 1.482 người" / "kết nạp 1.482 đảng viên"
_RV_ACT = re.compile(
    r"\b(?:kết nạp|giới thiệu|kỷ luật|khai trừ|xóa tên|chuyển đến|chuyển đi|chuyển ra|tặng|trao|"
    r"khen thưởng|đề nghị|miễn sinh hoạt|phát triển|bồi dưỡng|đào tạo|vận động|kiểm tra|"
    r"giám sát|xử lý|đánh giá|xếp loại|công nhận)\b"
)
# ... said right before the count: "đã kết nạp 1.482 đảng viên" (against "Số hội viên … là 1.482
# người", whose sentence names no act)
_RV_ACT_BEFORE = re.compile(
    r"\b(?:kết nạp|giới thiệu|kỷ luật|khai trừ|xóa tên|chuyển đến|chuyển đi|chuyển ra|tặng|trao|"
    r"khen thưởng|đề nghị|miễn sinh hoạt)(?:\s+(?:được|mới|thêm|cho|vào đảng))*\s*$"
)
_RV_STOCK = re.compile(r"\b(?:có|là|gồm|với|đạt|tổng số)\s*:?\s*$")
_RV_STOCK_END = re.compile(r"^\s*(?:$|[,;.:()\n]|sinh hoạt\b|trong đó\b|ở\b|tại\b|của\b)")


def _rv_stock_of_members(ctx: Context, f: Fig) -> bool:
    """Is ``f`` a plain stock of members: "(hiện) có 1.364 đoàn viên," (not "kết nạp 186 đảng
    viên", "có 328 đoàn viên tham gia …")?"""
    return bool(
        _RV_STOCK.search(ctx.before_low(f, 20)) and _RV_STOCK_END.match(ctx.after_low(f, 20))
    )


def _rv_other_members(ctx: Context, g: Fig, f: Fig) -> bool:
    """A count of "người"/"đồng chí" its clause names as one kind of members against a count of
    another kind ("Số hội viên … là 1.482 người" / "1.482 đảng viên"), or a count reached by an
    act against one that is not."""
    for a, b in ((g, f), (f, g)):
        if a.unit.key in _SU_PEOPLE and _SU_MEMBERS.fullmatch(b.unit.key or ""):
            named = _people_named(ctx, a)
            if named is not None and named != b.unit.key:
                return True
    for a, b in ((g, f), (f, g)):
        if _SU_MEMBERS.fullmatch(a.unit.key or "") and not (
            b.unit.key in _SU_PEOPLE or _SU_MEMBERS.fullmatch(b.unit.key or "")
        ):
            return True  # "1.250 đảng viên" / "1.250 người dân"
    return any(
        _RV_ACT_BEFORE.search(ctx.before_low(a, 30)) and not _rv_act_said(ctx, b)
        for a, b in ((g, f), (f, g))
    )


def _rv_act_said(ctx: Context, f: Fig) -> bool:
    """Does the sentence of ``f`` name an act before it ("Số đảng viên kết nạp … lên 2.135 đồng
    chí", "giới thiệu đoàn viên ưu tú cho Đảng đạt 2.148 người")?"""
    lo = max(ctx.sentence_span(f.sent)[0], f.start - 80)
    return bool(_RV_ACT.search(ctx.lower_slice(lo, f.start)))


def _rv_words_said(ctx: Context, g: Fig, f: Fig) -> bool:
    """Of two unit keys one the other's first words ("cuộc" / "cuộc giám sát"), does the
    sentence of the shorter say the longer's other words ("đã thực hiện 6 cuộc giám sát, còn 4
    cuộc")? Not "Về công tác kiểm tra, … còn 3 cuộc" against "3 cuộc giám sát còn lại", nor
    "còn 2 đơn vị" against "2 đơn còn tồn đọng"."""
    a, b = (g, f) if len(g.unit.key) < len(f.unit.key) else (f, g)
    if a.unit.key == b.unit.key:
        return True
    rest = b.unit.key[len(a.unit.key) :].split()
    said = ctx.lower_slice(*ctx.sentence_span(a.sent))
    return all(re.search(rf"\b{re.escape(w)}\b", said) for w in rest)


def _rv_tail_said(ctx: Context, g: Fig, f: Fig) -> bool:
    """The words between the rest's noun and "còn lại" ("8 căn nhà công vụ còn lại") are said in
    the sentence of the count left it restates ("còn 8 căn nhà đang xây dựng" names no "công
    vụ")."""
    tail = ctx.lower_slice(f.end, min(len(ctx.text), f.end + 60))
    m = re.match(r"^([^\d,;.:()]{0,40}?)\b(?:còn lại|còn tồn|tồn đọng|chưa giải quyết)\b", tail)
    words = _RA_WORD.findall(m.group(1)) if m else []
    said = ctx.lower_slice(*ctx.sentence_span(g.sent))
    if not all(re.search(rf"\b{re.escape(w)}\b", said) for w in words):
        return False
    # two rests of two things not yet done: "còn 4 xã chưa có trạm y tế đạt chuẩn" / "4 xã còn
    # lại chưa có trường mầm non riêng"
    undone = []
    for h in (g, f):
        m = re.search(r"\bchưa\s+([^\d,;.:()]*)", ctx.lower_slice(h.end, min(len(ctx.text), h.end + 60)))
        undone.append(set(_RA_WORD.findall(m.group(1))[:3]) - {"có", "được", "đã"} if m else None)
    return undone[0] is None or undone[1] is None or bool(undone[0] & undone[1])


def _rv_other_owner(ctx: Context, a: Fig, b: Fig) -> bool:
    """Does ``a`` name its owner right after its unit ("19 cơ sở Hội của tỉnh bạn") with words
    the sentence of ``b`` does not say?"""
    m = re.match(r"^[^\d,;.:()]{0,30}?\bcủa\s+([^\d,;.:()]+)", ctx.after_low(a, 60))
    if m is None:
        return False
    said = ctx.lower_slice(*ctx.sentence_span(b.sent))
    return not all(re.search(rf"\b{re.escape(w)}\b", said) for w in _RA_WORD.findall(m.group(1))[:2])


# -- session 34 (fits only): a small denominator restating a count that heads its clause, and a
# fraction of one office per district, commune or village over the count of those units.
#
# "Có 8 đơn thuộc thẩm quyền, 3 đơn chuyển cơ quan khác; đã giải quyết 6/8 đơn"        8 = 8
# "xảy ra 4 vụ phạm pháp hình sự, giảm 3 vụ so với năm 2023 (7 vụ), điều tra làm rõ 4/4 vụ"
#                                                                                       4 = 4
# "(tố cáo 6, khiếu nại kỷ luật đảng 2) … Đã giải quyết 5/6 đơn tố cáo"                 6 = 6
# "Tỉnh có 9 đơn vị hành chính cấp huyện; 8/9 bí thư huyện ủy … không phải người địa phương"
#                                                                                       9 = 9
# A mismatch proves nothing here (another count of the unit may be meant): silence.
_SH_REACH = 2  # sentences between the heading count and the fraction
_SH_CHANGE_BEFORE = re.compile(r"\b(?:tăng|giảm|thêm|hơn|ít hơn|vượt|so với|từ)\s*$")
_SH_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_SH_RELATIVE_YEAR = re.compile(r"\bnăm (?:trước|ngoái|nay|sau)\b|\bcùng kỳ\b")  # (review 34)
_SH_COMPARED = re.compile(r"\b(?:so với|cùng kỳ)\s+(?:năm\s+)?$")
_SH_LABEL = re.compile(r"(?:^|[(,;:])\s*((?:[^\W\d]+\s+){1,5})$")  # "(tố cáo 6": a labelled item
# words after a noun that say what is done with it, not which kind of it
_SH_PLAIN = frozenset(
    "được đã đều có của thuộc đang là và trong này đó còn thực đạt hoàn xếp giữ không chưa bị "
    "kết đánh".split()
)
_SH_LABEL_STOP = frozenset("gồm trong đó có là và với được số".split())


def _sh_years_between(ctx: Context, g: Fig, f: Fig) -> bool:
    """A year said between the two, other than a comparison ("giảm 3 vụ so với năm 2023")."""
    gap = ctx.lower_slice(g.end, f.start)
    return any(not _SH_COMPARED.search(gap[: m.start()]) for m in _SH_YEAR.finditer(gap))


def _sh_heads_clause(ctx: Context, g: Fig) -> bool:
    """``g`` is the first count of its unit in its ";"-clause, said plainly (not a change, not
    inside brackets): the whole its clause then splits ("Có 8 đơn …, 3 đơn chuyển …")."""
    s, _ = ctx.clause(g.start, g.end)
    if ctx.text.rfind("(", s, g.start) > ctx.text.rfind(")", s, g.start):
        return False
    if _SH_CHANGE_BEFORE.search(ctx.before_low(g, 20)):
        return False
    prev = ctx.prev_in_sent(g)
    while prev is not None and prev.start >= s:
        if prev.type == "quantity" and (prev.unit.key == g.unit.key or _shortened(prev, g)):
            return False
        prev = ctx.prev_in_sent(prev)
    return True


def _sh_label(ctx: Context, g: Fig) -> list[str]:
    """The words labelling a bare item right before it: "(tố cáo 6" -> ["tố", "cáo"]."""
    if ctx.text[g.start : g.end].strip().isdigit():
        hit = _SH_LABEL.search(ctx.before_low(g, 40))
        if hit:
            words = hit.group(1).split()
            if words and words[0] not in _SH_LABEL_STOP:
                return words
    return []


def _small_total_restated(ctx: Context, done: list[Check]) -> list[Check]:
    out: list[Check] = []
    told = {i for c in done if c.kind == NAME for i in c.mention_ids}
    for f in ctx.ratios:
        d, n = f.m.get("denominator"), f.m.get("numerator")
        if not isinstance(d, int) or not isinstance(n, int) or not 2 <= d < MIN_VALUE:
            continue
        if n > d or not f.unit.key or f.id in told:
            continue
        rest = norm_words(descriptor(ctx, f)).split()[len(f.unit.key.split()) :]
        own = rest[0] if rest and rest[0] not in _SH_PLAIN else None
        for g in ctx.earlier(f, 40):
            if f.sent - g.sent > _SH_REACH:
                break
            if g.type != "quantity" or not g.exact_count or g.value != d:
                continue
            if g.unit.key != f.unit.key and not _shortened(g, f):
                continue
            if _sh_years_between(ctx, g, f) or _SH_RELATIVE_YEAR.search(ctx.lower_slice(g.end, f.end)):
                break
            label = _sh_label(ctx, g)
            if label:
                if len(rest) < 2 or rest[:2] != label[:2]:
                    continue  # "(tố cáo 6, …" is the total of "5/6 đơn tố cáo" only
            elif not _sh_heads_clause(ctx, g):
                continue
            else:
                g_rest = norm_words(descriptor(ctx, g)).split()[len(g.unit.key.split()) :]
                if own and g_rest and g_rest[0] not in _SH_PLAIN and g_rest[0] != own:
                    continue  # "4 vụ tai nạn giao thông" is no total of "4/4 vụ phạm pháp"
                cs, ce = ctx.clause(g.start, g.end)
                if ":" in ctx.text[cs : g.start]:
                    continue  # "kết luận: tố cáo đúng 2 đơn, …": an item of a list
                if own and f" {' '.join(rest[:2])} " not in f" {norm_words(ctx.text[cs:ce])} ":
                    continue  # "2/2 đơn khiếu nại" after "tố cáo đúng 2 đơn, …"
            out.append(_emit(ctx, g, f, float(d), f"total {f.unit.key}"))
            break
    return out


# -- one office per unit: "Tỉnh có 9 đơn vị hành chính cấp huyện; 8/9 bí thư huyện ủy, thị ủy,
# thành ủy không phải người địa phương", "14 bon … 12/14 chi bộ bon đồng bào M'nông". The
# fraction counts an office (or body) of a level it names right after its noun; the nearest
# earlier count naming that level, when it is the denominator, is restated (a fit only).
_PO_OFFICE = frozenset(
    "bí thư|chủ tịch|ban thường vụ|ban chấp hành|cấp ủy|chi bộ|"
    "đảng ủy|trưởng|tổ dân vận|tổ hòa giải|chi hội|chi đoàn".split("|")
)
_PO_LEVELS = (
    ("huyện", r"huyện ủy|thị ủy|thành ủy|quận ủy|cấp huyện|huyện|quận|thị xã|thành phố"),
    ("xã", r"cấp xã|(?<!thị )xã|phường|thị trấn"),
    ("thôn", r"thôn|bản|ấp|buôn|bon|làng|xóm|sóc|khóm|tổ dân phố|khu phố"),
    ("cơ sở hội", r"hội cơ sở|cơ sở hội"),
)
_PO_OF = r"(?:(?:ở|tại|của)\s+(?:các\s+)?)?(?:(?:đảng ủy|ủy ban nhân dân|ubnd|hội đồng nhân dân|hđnd|cấp ủy)\s+)?"
_PO_AFTER = {k: re.compile(rf"^\s*{_PO_OF}(?:{v})\b") for k, v in _PO_LEVELS}
_PO_NAMES = {k: re.compile(rf"\b(?:{v})\b") for k, v in _PO_LEVELS}
_PO_UNITS = frozenset(
    "huyện|xã|thôn|bản|ấp|buôn|bon|làng|xóm|sóc|khóm|phường|thị trấn|quận|thị xã|"
    "đơn vị hành chính|đơn vị|đảng bộ|địa phương|tổ dân phố|khu phố|cơ sở hội".split("|")
)
_PO_SUBSET = re.compile(r"\b(?:đạt|chưa|được|có|không|đã|hoàn thành|còn|mới|thuộc diện)\b")
_PO_EVERY = re.compile(r"\b(?:cả|tất cả|toàn bộ)\s*$")  # "Cả 5 buôn đều đã có chi bộ riêng"
_PO_CUT = re.compile(r"[,;.:()]")
_PO_REACH = 40  # sentences: the profile's count of units however far back (equal only)
# (white-box review 34) deputies are several per unit, two offices counted together are not one
# each, and a count of office-holders doing something is an attendance, not the offices
_PO_NOT_ONE_EACH = re.compile(r"\bphó\s*$|\bvà\s+(?:phó|bí thư|chủ tịch|trưởng)\b|\bphó\s+(?:bí thư|chủ tịch|trưởng)")
_PO_EVENT = re.compile(
    r"\b(?:luân chuyển|điều động|tham gia|tham dự|bồi dưỡng|tập huấn|được cử|khen thưởng|"
    r"kỷ luật|dự lớp|học|nghỉ hưu|thay đổi|kiện toàn)\b"
)


def _po_level(ctx: Context, f: Fig) -> str | None:
    """The level a fraction of an office names right after its noun ("8/9 bí thư huyện ủy")."""
    said = f"{f.unit.key} {norm_words(ctx.after_low(f, 40))}"  # the span ends with its noun
    office = next((o for o in _PO_OFFICE if said.startswith(o + " ")), None)
    if office is None:
        return None
    rest = said[len(office) :]  # "bí thư huyện ủy", "tổ dân vận ở thôn" read as one noun
    for level, pat in _PO_AFTER.items():
        if pat.match(rest):
            return level
    return None


def _po_unit_level(ctx: Context, g: Fig) -> str | None:
    """The level a count of units names: "9 đơn vị hành chính cấp huyện", "14 bon"."""
    if g.type != "quantity" or not g.exact_count or not g.unit.key:
        return None
    words = norm_words(f"{g.unit.key} {_PO_CUT.split(ctx.after_low(g, 40))[0]}")
    first = next((u for u in _PO_UNITS if g.unit.key == u or g.unit.key.startswith(u + " ")), None)
    if first is None:
        return None
    before = ctx.before_low(g, 20)
    every = bool(_PO_EVERY.search(before)) or " đều " in f" {words} "
    if (_PO_SUBSET.search(words) and not every) or _SH_CHANGE_BEFORE.search(before):
        return None  # "14 thôn đạt chuẩn …": a subset of the units, not their count
    levels = [k for k, pat in _PO_NAMES.items() if pat.search(words)]
    return levels[0] if len(levels) == 1 else None


def _office_per_unit(ctx: Context, done: list[Check]) -> list[Check]:
    out: list[Check] = []
    told = {i for c in done if c.kind == NAME for i in c.mention_ids}
    pairs = {frozenset(c.mention_ids) for c in done if c.kind == NAME}
    for f in ctx.ratios + ctx.quantities:
        if f.type == "ratio":
            d = f.m.get("denominator")
            if not isinstance(d, int) or d < 2 or f.id in told:
                continue
        elif f.exact_count and f.value and f.value >= 2:
            d = int(f.value)  # "82 chủ tịch Hội cơ sở" after "82 cơ sở Hội": one head each
        else:
            continue
        level = _po_level(ctx, f)
        if level is None or _PO_NOT_ONE_EACH.search(ctx.before_low(f, 12) + " " + ctx.after_low(f, 60)):
            continue
        if f.type == "quantity" and _PO_EVENT.search(_PO_CUT.split(ctx.after_low(f, 80))[0]):
            continue  # "12 chủ tịch UBND xã tham gia lớp bồi dưỡng": an attendance, not the offices
        seen: list[Fig] = []
        for g in ctx.earlier(f, 400):
            if f.sent - g.sent > _PO_REACH:
                break
            if _po_unit_level(ctx, g) != level:
                continue
            seen.append(g)
            if len(seen) == 2:
                break
        if not seen or seen[0].value != d or reference_level(ctx, seen[0]):
            continue
        g_years = set(_SH_YEAR.findall(ctx.lower_slice(ctx.sentence_span(seen[0].sent)[0], seen[0].start)))
        if g_years and _sh_years_between(ctx, seen[0], f):
            continue  # "Năm 2015 tỉnh có 11 huyện. Năm 2025, sau sắp xếp, 10/11 …" (review 34)
        g = seen[0]
        if len(seen) == 2 and seen[1].value != d and seen[0].sent == seen[1].sent:
            continue  # two counts of the level side by side ("huyện A có 15 xã, huyện B có 12 xã")
        if frozenset((g.id, f.id)) not in pairs:
            out.append(_emit(ctx, g, f, float(d), f"{f.unit.key} / {g.unit.key}"))
    return out


# -- a fraction's numerator taken up as the set a later sentence looks into: "Đã giải quyết
# 52/58 đơn, gồm 45/49 đơn tố cáo và 7/9 đơn khiếu nại. Trong 45 đơn tố cáo đã giải quyết: …"
# (45 = 45); "112/183 đảng viên đi làm ăn xa chuyển sinh hoạt tạm thời … trong 112 đảng viên
# sinh hoạt tạm thời, có 97 đồng chí …". The later count opens on "trong (số)", and every word
# it says of its items stands in the fraction's sentence (a fit only).
_NI_OPEN = re.compile(r"(?:^|[.;:,\n]|\bnăm \d{4})\s*trong\s+(?:tổng\s+)?(?:số\s+)?$")
_NI_CUT = re.compile(r"[,;.:()\d]|\s(?:thì|chỉ|gồm)\s|\s(?:có|đã có)\s+(?=\d)")
_NI_REACH = 5  # sentences between the fraction and the count that looks into it
_NI_STOP = frozenset("các những này đó số được đã đang".split())


def _numerator_looked_into(ctx: Context, done: list[Check]) -> list[Check]:
    out: list[Check] = []
    if "trong" not in ctx.low:
        return out
    told = {frozenset(c.mention_ids) for c in done if c.kind == NAME}
    for g in ctx.quantities:
        if not g.exact_count or not g.unit.key or not g.value or g.value < 2:
            continue
        if not _NI_OPEN.search(ctx.before_low(g, 30)):
            continue
        said = norm_words(_NI_CUT.split(ctx.after_low(g, 60) + " ")[0]).split()
        said = [w for w in said if w not in _NI_STOP]
        if not said:
            continue
        for r in ctx.earlier_typed("ratio", g, 60):
            if g.sent - r.sent > _NI_REACH:
                break
            if r.m.get("numerator") != g.value:
                continue
            if r.unit.key != g.unit.key and not _shortened(r, g):
                continue
            s, e = ctx.sentence_span(r.sent)
            where = set(norm_words(ctx.text[s:e]).split())
            # the kind named by the count is the fraction's own when its sentence lists two kinds
            # (review 34: "… tố cáo và khiếu nại, đã giải quyết 45/50 đơn khiếu nại. Trong 45 đơn
            # tố cáo …")
            own = f" {norm_words(_NI_CUT.split(ctx.after_low(r, 60) + ' ')[0])} "
            kind = " ".join(said[:2])
            listed = re.search(rf"\b{re.escape(kind)} và\b|\bvà {re.escape(kind)}\b", norm_words(ctx.text[s:e]))
            if len(said) >= 2 and listed and f" {kind} " not in own:
                break
            r_years = set(_SH_YEAR.findall(ctx.text[s:e]))
            g_years = set(_SH_YEAR.findall(ctx.text[ctx.sentence_span(g.sent)[0] : g.start]))
            if r_years and g_years and not r_years & g_years:
                break  # "Năm 2023 có 12/15 chi bộ … Năm 2024, trong 12 chi bộ …": two years
            if all(w in where for w in said) and frozenset((r.id, g.id)) not in told:
                out.append(_emit(ctx, r, g, float(g.value), f"{g.unit.key} {' '.join(said)}"))
            break  # the nearest fraction of that numerator only
    return out


# -- the end of a change restating the count said just before it, by its very words: "… trong đó
# 4 xã đạt chuẩn nông thôn mới nâng cao. Số xã đạt chuẩn nông thôn mới nâng cao tăng từ 1 xã
# (năm 2021) lên 4 xã" (4 = 4). Every word of the change's subject stands right after the earlier
# count, in one of the two sentences before or its own (a fit only).
_CE_REACH = 2
_CE_STOP = frozenset("số các những của toàn đã được".split())


_CE_PLAN = re.compile(r"\b(?:phấn đấu|mục tiêu|kế hoạch|chỉ tiêu|dự kiến|đến năm)\b")


def _ce_names(ctx: Context, f: Fig, all_words: bool = False) -> set[str]:
    """The places ``f``'s sentence names (or all its words), lowercased."""
    from .context import place_names, words_lower

    s, e = ctx.sentence_span(f.sent)
    text = ctx.text[s:e]
    return words_lower(text) if all_words else place_names(text)


def _change_end_said_before(ctx: Context, done: list[Check]) -> list[Check]:
    out: list[Check] = []
    told = {frozenset(c.mention_ids) for c in done if c.kind == NAME}
    for a, b, _direction, _verb in change_pairs(ctx):
        if b.type != "quantity" or not b.exact_count or not b.unit.key:
            continue
        subject = change_subject(ctx, a)
        if not subject:
            continue
        if " của " in f" {subject} ":
            continue  # "… của huyện bạn": the owner may be another body (review 34)
        words = [w for w in norm_words(subject).split() if w not in _CE_STOP]
        if len(words) < 3:
            continue  # "xã" alone names no particular set
        for g in ctx.earlier(a, 40):
            if a.sent - g.sent > _CE_REACH:
                break
            if g.type != "quantity" or not g.exact_count or g.value != b.value:
                continue
            if g.unit.key != b.unit.key and not _shortened(g, b):
                continue
            said = norm_words(f"{g.unit.key} {_PO_CUT.split(ctx.after_low(g, 80))[0]}").split()
            if (
                _sh_years_between(ctx, g, a)
                or _CE_PLAN.search(ctx.before_low(g, 40))
                or (len(said) > len(words) and said[len(words)] not in _SH_PLAIN)
                or not _ce_names(ctx, a) <= _ce_names(ctx, g, all_words=True)
            ):
                break  # another year, a plan, a narrower set, another place (review 34)
            if said[: len(words)] == words and frozenset((g.id, b.id)) not in told:
                out.append(_emit(ctx, g, b, float(b.value), " ".join(words)))  # type: ignore[arg-type]
            break  # the nearest count of that value only
    return out


# -- (session 36) a figure restated as the subject a later sentence opens on: "Toàn bộ 196.930
# hội viên của Hội đã …", "Với tỷ lệ 85,7% hộ dân dùng nước sạch, …", "Tổng dư nợ 428,5 tỷ đồng
# đã giúp …", "Trong tổng số 32 đảng viên bị kỷ luật, có …". Such a sentence does not state a
# new fact about the figure; it builds on one said before. When the one earlier figure of that
# kind whose sentence says every word of the subject differs from it as a typing slip does (two
# neighbouring digits swapped; the same digits with one dropped at the end or the decimal mark
# moved), the two cannot both be right.
#
# example (our own)                                                                      told
# "… tổng dư nợ … đạt 482,5 tỷ đồng. … Tổng dư nợ 428,5 tỷ đồng đã giúp …"               a slip
# "… tỷ lệ lao động qua đào tạo … đạt 68,4%. … Tỷ lệ lao động qua đào tạo 64,8% đã …"     a slip
# "Hội … có 12.540 hội viên …. Với lực lượng 1.254 hội viên, Hội …"                        a slip
# "Năm 2022 … có 1.254 hội viên. Năm 2023, toàn bộ 1.524 hội viên …"                       nothing (two years)
# "… tỷ lệ hộ nghèo … 4,56%. Tỷ lệ hộ cận nghèo 4,65% …"                                   nothing (another rate)
# "… kết nạp 158 đảng viên. Toàn bộ 185 đảng viên của chi bộ …"                            nothing (not the admitted: words unsaid)
# "… tỷ lệ … đạt 87,5%. … tăng lên 85,7% …"                                                nothing (no subject frame)
# an opening adverbial before the subject ("Kết quả, …", "Đến nay, …")
_RS_ADVERB = r"kết quả|đến nay|như vậy|nhìn chung|tóm lại|nhờ đó|từ đó"
_RS_OPEN = re.compile(
    rf"^\W*(?:(?:{_RS_ADVERB}|qua [^\W\d]+(?: [^\W\d]+){{0,3}})\s*,\s*)?"
    r"(?P<frame>toàn bộ|tất cả|toàn thể|với|qua|trong (?:tổng )?số|kết quả|việc|tổng|"
    r"tỷ lệ|tỉ lệ|mức|lễ)\b(?P<label>[^\d,;:()%/]{0,60}?)\s*$"
)
# words that make the opening a statement of its own, not a subject: a level, a move, a plan
# (words that may name the thing, "đạt danh hiệu", "có chi bộ", "việc làm mới", are kept among
# the subject's words, which the earlier sentence must say; only as the last word before the
# figure is "đạt"/"có" the link of a level: "Tỷ lệ … đạt 94,1%")
_RS_NOT_SUBJECT = re.compile(
    r"\b(?:là|chiếm|đã|còn|tăng(?! trưởng)|giảm|lên|xuống|từ|so với|thêm|vượt|kế hoạch|"
    r"chỉ tiêu|mục tiêu|phấn đấu|dự kiến|riêng|khoảng|gần|hơn|trên|dưới|mỗi)\b"
)
_RS_LINK = re.compile(r"\b(?:đạt|có|là|chiếm|bằng|ở mức|mức)\s*$")
# no frame word: a label of its own that opens the sentence ("Dư nợ cho vay giải quyết việc làm
# 138,6 tỷ đồng đã giúp …"), read only with a predicate after the figure's words
_RS_BARE = re.compile(
    rf"^\W*(?:(?:{_RS_ADVERB})\s*,\s*)?(?P<frame>)(?P<label>[^\W\d][^\d,;:()%/]{{8,60}}?)\s*$"
)
# where the subject's own words end: the main predicate, or a clause mark (a relative clause,
# "… hộ có nhu cầu vay vốn đã …", "… đảng viên đang sinh hoạt tại chi bộ, …", is the subject's)
_RS_PRED = re.compile(
    r"[,;:.()]|\b(?:đã|đều|là|cũng|góp phần|giúp|phản ánh|thể hiện|trở thành|cho thấy|"
    r"khẳng định|chứng tỏ|sẽ|vẫn|nên|nhằm)\b"
)
_RS_STOP = _THING_STOP | frozenset("tỷ tỉ lệ mức bị".split())
_RS_FRAME_WORDS = re.compile(r"\b(?:lực lượng|con số|tỷ lệ|tỉ lệ|mức)\b")
# a set elsewhere: "… ở đó", "… tỉnh bạn", "… xã bên cạnh" (see also _OTHER_BODY between)
_RS_ELSEWHERE = re.compile(r"(?:ở đó|tại đó|nơi đó|bạn|khác|bên cạnh|lân cận|giáp ranh)\b")
_RS_REACH = 5  # sentences back to the earlier statement
_RS_OPEN_MAX = 160  # characters from the sentence start to the figure: the longest opening read


def _rs_digits(f: Fig) -> str:
    return re.sub(r"\D", "", f.m.text.split("%")[0] if f.type == "percent" else f.m.text)


def _rs_slip(g: Fig, f: Fig, one_digit: bool = False) -> bool:
    """Are two figures, as written, a typing slip apart? (``one_digit``: one digit of four or
    more mistyped counts too.)"""
    a, b = _rs_digits(g), _rs_digits(f)
    if not a or not b or g.value is None or f.value is None or g.value == f.value:
        return False
    if a == b:  # the decimal mark moved: "94,3 km" / "9,43 km"
        lo, hi = sorted((g.value, f.value))
        return len(a) >= 3 and lo > 0 and math.isclose(hi, 10 * lo)
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if one_digit and len(a) >= 4 and len(diff) == 1:
            return True
        return (
            len(diff) == 2 and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        )  # fmt: skip
    short, long_ = sorted((a, b), key=len)
    return len(long_) == len(short) + 1 and len(short) >= 3 and long_.startswith(short)


def _rs_subject(ctx: Context, f: Fig) -> list[str] | None:
    """The words of the subject ``f`` stands in, when its sentence opens on it; else None."""
    s, e = ctx.sentence_span(f.sent)
    if f.start - s > _RS_OPEN_MAX:
        return None  # (a figure deep in its sentence opens nothing: both patterns are bounded)
    hit = _RS_OPEN.match(ctx.low[s : f.start]) or _RS_BARE.match(ctx.low[s : f.start])
    if hit is None or _RS_NOT_SUBJECT.search(hit.group("label")):
        return None
    if _RS_LINK.search(hit.group("label")):
        return None  # "Tỷ lệ … đạt 94,1%": a level stated, not a subject
    bare = not hit.group("frame")
    if bare and (hit.group("label").startswith(("năm", "số", "trong")) or _SR_YEAR.search(hit.group("label"))):
        return None  # "Năm 2024 …", "Số hộ nghèo 1.234 hộ": a statement or a list item
    rest = ctx.low[f.end : e]
    if f.type == "percent":
        rest = re.sub(r"^\s*/\s*năm\b", "", rest)
    # "Trong số 241 hội viên là thương binh, có …": the set is all before the comma
    among = hit.group("frame").startswith("trong")
    stop = re.search(r"[,;:.()]", rest) if among else _RS_PRED.search(rest)
    if stop is None or (bare and not stop.group()[0].isalpha()):
        return None  # (a label alone needs its predicate: "… 138,6 tỷ đồng đã giúp …")
    noun = rest[: stop.start()].replace("trở lên", " ")  # "… hoàn thành tốt nhiệm vụ trở lên"
    noun = re.split(r"\s(?:trong|tại|ở|sau)\s+\d", noun)[0]  # "… 7,68%/năm trong 5 năm, …"
    if _RS_NOT_SUBJECT.search(noun) or re.search(r"\d", noun) or _RS_ELSEWHERE.search(noun):
        return None
    label = _RS_FRAME_WORDS.sub(" ", hit.group("label"))
    words = [w for w in norm_words(f"{label} {noun}").split() if w not in _RS_STOP]
    if bare and len(words) < 3:
        return None  # "Huyện 1.234 …": too few words to name a figure of its own
    return words


_RS_MOVE = re.compile(r"\b(?:tăng(?! trưởng)|giảm|lên|xuống|thêm|vượt|so với|từ)\b")


def _rs_own_words(ctx: Context, g: Fig) -> list[str]:
    """The words right after ``g`` that say which of its unit it counts ("1.254 đảng viên nữ là
    người dân tộc thiểu số" -> nữ), up to a predicate or a clause mark."""
    rest = ctx.low[g.end : ctx.clause(g.start, g.end)[1]]
    if g.type == "percent":
        rest = re.sub(r"^\s*/\s*năm\b", "", rest)
    stop = _RS_PRED.search(rest)
    own = rest[: stop.start()] if stop else rest
    own = re.split(r"\b(?:được|đang|có|trong|tại|ở|của|cho|với|và)\b", own, maxsplit=1)[0]
    return [w for w in norm_words(own).split() if w not in _RS_STOP and not w[:1].isdigit()]


_RS_LEVELS = r"(xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố|thôn|bản|tổ dân phố)"
_RS_OWNER = re.compile(rf"\bcủa\s+(?:toàn\s+)?{_RS_LEVELS}\b")
_RS_LEVEL = re.compile(rf"\b{_RS_LEVELS}\b")


def _rs_first_level(ctx: Context, g: Fig) -> str | None:
    """The first level word of ``g``'s sentence before it: whose count it is ("Huyện có …")."""
    hit = _RS_LEVEL.search(ctx.low, ctx.sentence_span(g.sent)[0], g.start)
    return hit.group(1) if hit else None


def _resumed_slip(ctx: Context, done: list[Check]) -> list[Check]:
    out: list[Check] = []
    told = {frozenset(c.mention_ids): c for c in done if c.kind == NAME}
    for f in ctx.figs:
        if f.sent == 0 or ctx.by_sent[f.sent][0] is not f:
            continue  # (a figure before it in its sentence: the opening, read digit-free, is not it)
        if f.qual != "exact" or f.value is None or _in_table(ctx, f):
            continue
        if f.type != "percent" and (
            f.type != "quantity"
            or not f.unit.key
            or f.unit.head in vocab.TIME_UNITS
            or not (f.exact_count or f.exact)
        ):
            continue
        words = _rs_subject(ctx, f)
        if words is None:
            continue
        if f.type == "percent" and len(words) < 2:
            continue  # "Tỷ lệ 64,8% …" alone names no rate
        key = _plain_key(f.unit.key) if f.type == "quantity" else ""
        same = [
            g for g in ctx.figs[: f.i]
            if g.type == f.type and g.sent < f.sent and f.sent - g.sent <= _RS_REACH
            and (f.type == "percent" or _plain_key(g.unit.key) == key) and g.value is not None
        ]  # fmt: skip
        if any(g.value == f.value for g in same):
            continue  # the value was said before: the subject may be that one
        fwords = set(norm_words(ctx.low[slice(*ctx.sentence_span(f.sent))]).split())
        held = _RS_OWNER.search(ctx.low, f.end, ctx.clause(f.start, f.end)[1])
        owner = held.group(1) if held else None
        cands = []
        for g in same:
            # the subject's every word in the earlier figure's own clause (not elsewhere in its
            # sentence: "… hộ nghèo …; hộ cận nghèo …"), and the earlier figure's own words
            # after it in the later sentence ("1.254 đảng viên nữ" is no "toàn bộ 1.524 đảng
            # viên"); no plan or move in either clause (white-box review 36)
            gs, ge = ctx.clause(g.start, g.end)
            if g.qual != "exact" or any(w not in set(norm_words(ctx.low[gs:ge]).split()) for w in words):
                continue
            own = _rs_own_words(ctx, g)
            if own and (own[0] not in fwords or 2 * sum(w in fwords for w in own) < len(own)):
                continue  # (its head word said again, most of the rest: "km kênh mương nội đồng")
            fs, fe = ctx.clause(f.start, f.end)
            if not (_plan_free(ctx.low[gs:ge]) and _plan_free(ctx.low[fs:fe])):
                continue  # "Chỉ tiêu … 1.254 …" / "… đã vượt kế hoạch": a plan and a result
            if _RS_MOVE.search(ctx.low, gs, g.start):
                continue  # "giảm bình quân 1,52%/năm": a move, not the level
            if owner and owner != _rs_first_level(ctx, g):
                continue  # "Huyện có … 125.400 nhân khẩu" / "… 12.540 nhân khẩu của thị trấn"
            cands.append(g)
        # "Toàn bộ 2.486 đảng viên …" after the stock "2.476 đảng viên": one digit of the
        # stock mistyped (the all-of frame names the whole: the largest count of it in reach)
        all_of = _RS_OPEN.match(ctx.low[ctx.sentence_span(f.sent)[0] : f.start])
        whole = bool(all_of and all_of.group("frame") in ("toàn bộ", "tất cả", "toàn thể"))
        top = max((g.value for g in same), default=None) if whole and f.type == "quantity" else None
        slips = [g for g in cands if _rs_slip(g, f, one_digit=g.value == top)]
        if len(slips) != 1:
            continue
        g = slips[0]
        if f.type == "quantity" and len(words) < 2 and not (
            _stock_stated(ctx, g) and (len(same) == 1 or g.value == top)
        ):
            continue  # the unit alone ties only the one stock of it ("Hội có 12.540 hội viên")
        if len(_rs_digits(g)) < 3 and len(words) < 3:
            continue  # "23"/"32": two digits swap by chance unless the words say much
        gl = ctx.low[ctx.sentence_span(g.sent)[0] : ctx.clause(g.start, g.end)[1]]
        fl = ctx.low[ctx.sentence_span(f.sent)[0] : ctx.clause(f.start, f.end)[1]]
        if not _moments_agree(_moments(gl), _moments(fl), gl, fl):
            continue  # "Năm 2022 … 1.254" / "Năm 2023, toàn bộ 1.524 …": two moments
        if not _rr_places(ctx, f) <= _rr_places(ctx, g):
            continue  # another named place or body
        if _same_level_place_between(ctx, g, f):
            continue  # "Hội … xã Phú Lương có 2.146 …. Xã Phú Mỹ cũng …. Toàn bộ 2.156 …": which xã?
        if _OTHER_BODY.search(ctx.low, ctx.sentence_span(g.sent)[1], f.start) or (
            f.type == "quantity"
            and (
                _narrowed(ctx, g, f)
                or _headed_apart(ctx, g, f)
                or _other_body(ctx, g, f)
                or _bodies_apart(ctx, g, f)
                or _owner_apart(ctx, g, f)
                or _swap_places_differ(ctx, g, f)
            )
        ):
            continue  # a body, section or subset of its own (the guards of _swapped_digits)
        glead = re.split(r"[,;:()]", ctx.before_low(g, 40))[-1]
        if re.search(r"\b(?:tăng|giảm|lên|xuống|thêm|vượt|từ|so với)\s*(?:được\s+)?$", glead):
            continue  # the earlier is a move or the end of one, not the level
        if re.match(r"\s*(?:so với|kế hoạch|chỉ tiêu|dự toán|mục tiêu)", ctx.after_low(g, 20)):
            continue  # "đạt 95% kế hoạch": a rate of fulfilment
        if f.type == "quantity" and _accounted_between(ctx, g, f):
            continue
        prior = told.get(frozenset((g.id, f.id)))
        if prior is not None and prior.verdict != "unverifiable":
            continue
        what = " ".join(words) or (f.unit.key if f.type == "quantity" else "")
        cue = ("as the subject of a later sentence", "làm chủ ngữ của câu sau")
        why = render("repeat.looked_back", what=(what, what), a=_written(g), b=_written(f), cue=cue)
        out.append(ctx.check(NAME, "inconsistent", [g.value, f.value], [g, f],  # type: ignore[list-item]
                             ctx.clause(f.start, f.end), expected=g.value, observed=f.value,
                             tolerance=0, why=why))  # fmt: skip
    return out
