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

import math
import re
from bisect import bisect_left
from dataclasses import replace

from ..records import Check
from . import vocab
from .change import pairs as change_pairs
from .context import (
    Context,
    Fig,
    UnitInfo,
    as_written,
    covers,
    descriptor,
    kin,
    norm_descriptor,
    norm_words,
    reference_level,
    share_link,
    unit_info,
    without_classifier,
)
from .part_whole import anchored, breakdowns, sum_breakdowns
from .percent import PercentVerdict, fits, judge_stated
from .tables import cell_fig, cell_percent, dashed_blocks, synthetic, table_rows
from .templates import fmt, render
from .tolerance import decimals_of, num

NAME = "share"

_YEAR_IN_LABEL = re.compile(r"\bnăm (?:19|20)\d{2}\b")
_TRONG_DO = re.compile(r"(?:^|[,;:]\s*)trong đó\b")


def _population(ctx: Context, before: Fig) -> Fig | None:
    """The one population figure stated before ``before`` ("Dân số chung 1.009.168 người")."""
    found: list[Fig] = []
    for g in ctx.earlier(before):
        if g.exact_count and (g.unit.key in vocab.POPULATION_UNITS or g.unit.head == "người"):
            if g.unit.key in ("dân", "nhân khẩu") or vocab.POPULATION_BEFORE.search(
                ctx.before_low(g, 40)
            ):
                found.append(g)
    values = {g.value for g in found}
    return found[0] if len(values) == 1 else None


_PLAN_DONE_AFTER = re.compile(
    r"^[^;.]{0,15}?(?:đạt|bằng)\s+[\d,]+\s*%\s*(?:kế hoạch|chỉ tiêu|dự toán|mục tiêu)"
)
_SUBGROUP = re.compile(r";|\briêng\b|\btrong số\b|\bchủ yếu\b|\bgồm\b|\bcó\s+\d")


_COORDINATED = re.compile(r"^[^\d;()]{0,60}?(?:\bvà|,)\s*$")
_AND_ANOTHER = re.compile(r"[^\d;()]{0,20}?(?:\bvà\b|,)\s*\d")  # "21 trưởng bản và 16 phó …"


def _split_total(ctx: Context, part: Fig) -> Fig | None:
    """The total that a "trong đó" clause holding ``part`` splits: same unit, same sentence."""
    s, _ = ctx.sentence_span(part.sent)
    head = ctx.lower_slice(s, part.start)
    marks = list(_TRONG_DO.finditer(head))
    if not marks:
        return None
    cut = s + marks[-1].start()
    # a nested split ("…, trong đó thu nội địa 980 tỷ đồng, riêng … 420 tỷ đồng, chiếm 42,9%"):
    # another count of the kind, or a cue that opens a sub-group, between the split and the
    # part makes the whole ambiguous: no whole (the fit pass may still tell a fit)
    inner = ctx.text[s + marks[-1].end() : part.start].lower()  # after "…; trong đó" itself
    if _SUBGROUP.search(inner) or any(
        g.start >= cut and g.type == "quantity" and _same_kind(g, part)
        for g in ctx.earlier(part, 8)
    ):
        return None
    # the same unit words first (as written), then the same kind ("1.402 đồng chí" of "đảng viên")
    clause_start = ctx.text.rfind(";", s, cut) + 1  # "…; số còn lại, 90 đảng viên, trong đó …"
    for same in (
        lambda g: g.unit.key == part.unit.key,
        lambda g: (
            _same_kind(g, part)
            or (_people(g.unit) and _people(part.unit))
            or _counter_shortened(g.unit.key, part.unit.key)
        ),
    ):
        for g in ctx.earlier(part, 20):
            if g.sent != part.sent or (clause_start and g.start < clause_start):
                break
            if g.end <= cut and (g.exact_count or g.exact or _rough(g)) and same(g):
                if _past_value(ctx, g, s):
                    continue
                between = ctx.text[g.end : cut]
                if between.count(")") > between.count("(") and _bracket_list(ctx, g):
                    # "186 đồng chí (cấp huyện 31, cơ sở 155); trong đó nữ 47 …": an item of
                    # a list in a bracket closed before "trong đó" is no whole of what follows
                    # (a lone "(306 hộ)" after "chiếm 11,9%" is the whole being split)
                    continue
                if _last_of_list(ctx, g):
                    # "dưới 30 tuổi 118 đồng chí, từ 30 đến 60 tuổi 702 đồng chí, trên 60 tuổi
                    # 706 đồng chí; trong đó nữ 689 …": "trong đó" after a list splits the
                    # whole the list divides, not its last item
                    return None
                prev, nxt = ctx.prev_in_sent(g), ctx.next_in_sent(g)
                if (
                    (
                        prev is not None
                        and prev.start >= clause_start
                        and (_same_kind(prev, part) or (_people(prev.unit) and _people(part.unit)))
                        and _COORDINATED.match(ctx.gap(prev, g).lower())
                    )
                    or (
                        nxt is not None
                        and nxt.end <= cut
                        and nxt.type == "quantity"
                        and _COORDINATED.match(ctx.gap(g, nxt).lower())
                    )
                    or _AND_ANOTHER.match(ctx.lower_slice(g.end, cut))
                ):
                    # "17 chủ tịch Ủy ban nhân dân xã và 17 chủ tịch Hội đồng nhân dân xã; trong
                    # đó 5 đồng chí là nữ": the split is of both counts together
                    return None
                if _PLAN_DONE_AFTER.match(ctx.lower_slice(g.end, g.end + 40)) and re.match(
                    r"^[^;()]{0,40}?,\s*đạt\b", ctx.lower_slice(part.end, part.end + 45)
                ):
                    return None  # "240 tỷ đồng, đạt 92% kế hoạch; trong đó … đạt 95%": completions
                return g if g.value > part.value else None  # type: ignore[operator]
    return _each_has(ctx, part, cut)


def _bracket_list(ctx: Context, g: Fig) -> bool:
    """Whether ``g`` is one of two or more counts in the bracket that holds it."""
    s, _ = ctx.sentence_span(g.sent)
    opened = ctx.text.rfind("(", s, g.start)
    closed = ctx.text.find(")", g.end)
    if opened < 0 or closed < 0 or ")" in ctx.text[opened : g.start]:
        return False
    inside = [f for f in ctx.figs_from(opened, closed) if f.type == "quantity"]
    return len(inside) >= 2


def _last_of_list(ctx: Context, g: Fig) -> bool:
    """Whether ``g`` closes a list of counts of its unit ("…, từ 30 đến 60 tuổi 702 đồng chí,
    trên 60 tuổi 706 đồng chí"): the count before it in the sentence has the same unit and
    only a label and a "," or ";" stand between them."""
    prev = ctx.prev_in_sent(g)
    label = ""
    while prev is not None and prev.unit.key.split(" ")[0] in _AGE_OR_TIME:
        # "trên 60 tuổi 706 đồng chí": an age or a span is part of the item's label
        label = ctx.text[prev.start : g.start]
        prev = ctx.prev_in_sent(prev)
    if prev is None or prev.type != "quantity" or prev.unit.key != g.unit.key:
        return False
    gap = ctx.text[prev.end : g.start]
    if label:
        gap = gap[: len(gap) - len(label)] + re.sub(r"\d", "x", label)
    hit = _LIST_GAP.match(gap)
    return hit is not None and not _NOT_A_LABEL.match(hit.group(1))


_LIST_GAP = re.compile(r"^\s*[,;]\s*([^\W\d][^.;:()\d]{0,60})$")
# a clause that goes on about the count before, not the next item's label: "Trong 3.486 chi bộ,
# có 3.412 chi bộ được xếp loại", "…, đã kết nạp 35 đảng viên"
_NOT_A_LABEL = re.compile(
    r"(?:có|đã|được|là|gồm|trong|với|còn|chỉ|mới|đạt|tăng|giảm|bằng|chiếm|nay|hiện)\b", re.I
)


_AGE_OR_TIME = vocab.AGE_OR_TIME_UNITS | vocab.TIME_UNITS


def _counter_shortened(whole: str, part: str) -> bool:
    """ "quy hoạch 546 lượt đồng chí, trong đó nữ 148 lượt (27,1%)": the part names only the
    counter ("lượt") of the whole's unit."""
    return part == "lượt" and whole.startswith("lượt ")


def _rough(g: Fig) -> bool:
    """A whole count stated roughly: "khoảng 26.500 người", "hơn 1.200 hộ" (see :func:`_rough_pv`)."""
    return (
        g.type == "quantity"
        and g.qual != "exact"
        and g.value is not None
        and g.value.is_integer()
        and g.value >= 100
        and bool(g.unit.fams or g.unit.generic)
    )


def _rough_pv(part: Fig, base: Fig, p: Fig) -> PercentVerdict | None:
    """The percent judged over a rough whole: "khoảng 26.500 người, trong đó 14.200 người …,
    chiếm 53,6%" -> the whole lies within one unit of its last non-zero digit (26.400-26.600;
    "hơn"/"trên" above it, "gần"/"dưới" below): a fit anywhere there is consistent, a percent
    no value there gives is not."""
    v = base.value
    assert v is not None and part.value is not None
    step = 1.0
    while step < v and (v / (step * 10)).is_integer():
        step *= 10
    lo, hi = {"min": (v, v + step), "max": (v - step, v)}.get(base.qual, (v - step, v + step))
    if base.m.text.lower().lstrip().startswith(("gần", "xấp xỉ")):
        lo, hi = v - step, v
    first = None
    # five points across the range, and the one whole that gives the stated percent exactly
    # ("gần 1,3 nghìn tỷ đồng" of 1.037,2 tỷ at 81,2% is 1.277 tỷ, between the points)
    exact = 100 * part.value / p.value if p.value else None
    points = [lo + (hi - lo) * k / 4 for k in range(5)]
    if exact is not None and lo <= exact <= hi:
        points.append(exact)
    for k, w in enumerate(points):
        if w <= part.value:
            continue
        pv = judge_stated(100 * part.value / w, p)
        if pv is not None and pv.judgement.verdict == "consistent":
            return pv
        first = first or (pv if k == 2 else None)
    return first or judge_stated(100 * part.value / v, p)


def _past_value(ctx: Context, g: Fig, s: int) -> bool:
    """A count in brackets after a comparison: "tăng 5 xã so với cuối năm 2020 (11 xã)" -> the
    11 is a past value, never the whole a later "trong đó" splits."""
    opened = ctx.text.rfind("(", s, g.start)
    if opened < 0 or ctx.text.rfind(")", s, g.start) > opened:
        return False
    lead = ctx.lower_slice(max(s, opened - 50), opened)
    # "đạt 104% chỉ tiêu giao (600 đoàn viên)": a plan in brackets is not the whole either
    return "so với" in lead or bool(vocab.TIME_MARK.search(lead) or _PLAN_LEAD.search(lead))


_PLAN_LEAD = re.compile(r"(?:chỉ tiêu|kế hoạch|mục tiêu|dự toán)\b[^()]{0,30}$")
# People the vocabulary does not list: a noun in "-viên" names a member or a person ("đoàn
# viên", "hội viên", "giáo viên", "học viên"), and a few groups of people. A split of them into
# "người"/"đồng chí" counts the same persons:
# "kết nạp 420 hội viên; trong đó 130 người là phụ nữ dân tộc thiểu số (31%)"
_PEOPLE_NOUNS = frozenset(
    {"u:" + n for n in ("thanh niên", "phụ nữ", "nông dân", "cựu chiến binh", "công nhân",
                        "học sinh", "bác sĩ", "hộ viên", "chị",
                        # citizens, patients, voters: "312 công dân nhập ngũ … là 41 người"
                        "công dân", "bệnh nhân", "người bệnh", "cử tri",
                        # pupils and children counted as "em", "cháu": "1.086 em trúng tuyển"
                        "em", "cháu",
                        # titles count their holders: "82 chủ tịch Hội cơ sở, trong đó 61 đồng chí"
                        "chủ tịch", "phó chủ tịch", "bí thư", "phó bí thư", "trưởng thôn",
                        "trưởng bản", "trưởng ấp", "già làng")}
)  # fmt: skip


def _people(u: UnitInfo) -> bool:
    g = u.generic
    return "person" in u.fams or (
        g is not None
        and (
            g.endswith(" viên")
            or g in _PEOPLE_NOUNS
            # a head of a unit counts its holders: "62 chi hội trưởng", "45 tổ trưởng"
            or (g.endswith(" trưởng") and len(g.split()) <= 3)
        )
    )


# "cả 40 thôn đều có nhà văn hóa, trong đó 35 nhà văn hóa đạt chuẩn (87,5%)": N things that
# each have one Y count N of Y; the split after it is of those
_EACH_HAS = re.compile(
    r"^[^\d;,]{0,25}?\b(?:đều|cùng|đã)?\s*có\s+(?P<noun>[^\W\d]+(?:\s+[^\W\d]+)?)\s*$"
)


def _each_has(ctx: Context, part: Fig, cut: int) -> Fig | None:
    """The count right before a "trong đó" whose words say each of them has one of the part's
    noun (see :data:`_EACH_HAS`)."""
    g = ctx.prev_in_sent(part)
    while g is not None and g.end > cut:
        g = ctx.prev_in_sent(g)
    if g is None or not g.exact_count or not part.unit.head:
        return None
    hit = _EACH_HAS.match(ctx.lower_slice(g.end, cut))
    if not hit or unit_info(hit.group("noun")).head != part.unit.head:
        return None
    return g if g.value >= part.value else None  # type: ignore[operator]


def _same_kind(a: Fig, b: Fig) -> bool:
    """Same counted thing: the same unit words, or two units of one family ("hộ", "ha")."""
    return a.unit.key == b.unit.key or kin(a.unit, b.unit) or _bare_kin(a.unit, b.unit)


def _bare(u: UnitInfo) -> str | None:
    """The generic family of a unit once its classifier is dropped ("ngôi nhà" -> "u:nhà")."""
    key = without_classifier(u.key)
    return unit_info(key).generic if key != u.key else u.generic


def _bare_kin(a: UnitInfo, b: UnitInfo) -> bool:
    """Two counts of one noun the vocabulary lacks, written with or without a classifier."""
    if a.generic is None or b.generic is None:
        return False
    ga, gb = _bare(a), _bare(b)
    return ga is not None and ga == gb


_LINKS = re.compile(
    r"(?:chiếm|bằng|đạt|là|=)(?:\s+(?:tỷ lệ|tỉ lệ))?\s*$|\(\s*$|(?:tỷ lệ|tỉ lệ)\s*$"
    r"|(?:tương ứng|tương đương|ứng với)\s*$"
)
# "…, đã có 30 chi bộ thực hiện, tỷ lệ tương ứng là 81,1%": the rate that count makes; also
# ", tương ứng 81,1%", ", tương đương tỷ lệ 81,1%", ", ứng với 81,1%" (a new subject would name
# its own noun)
_CORRESPONDS = re.compile(
    r"^[^\d;]{0,90}?,\s*(?:(?:tỷ lệ|tỉ lệ)\s+)?(?:tương ứng|tương đương|ứng với)(?:\s+(?:với|là|đạt))?"
    r"(?:\s+(?:tỷ lệ|tỉ lệ))?(?:\s+(?:là|đạt))?\s*$"
)


# "giảm 7 vụ, tương đương 20,6%": a change and its rate, not a share (see change.py)
_CHANGE_BEFORE = re.compile(r"(?:tăng|giảm|so với|hơn|ít hơn|nhiều hơn)\b[^\d,;]{0,15}$")


# "187 hộ nghèo, tỷ lệ hộ nghèo (là) 8,2%": the rate of the part's own noun, named again right
# after its comma (its words all in the part's clause, nothing said between); not "tỷ lệ hộ
# nghèo giảm còn 8,2%", "tỷ lệ hộ nghèo năm 2020 là …", "tỷ lệ hộ nghèo toàn tỉnh …"
_OWN_RATE = re.compile(
    r"^[^\d;,()%]{0,30},\s*(?:tỷ lệ|tỉ lệ)\s+(?P<x>[^\W\d][^\d;,()%:]{1,40}?)"
    r"(?:\s+(?:là|đạt|chiếm|ở mức))?\s*$"
)
_OWN_RATE_NOT = re.compile(
    r"\b(?:tăng|giảm|còn|năm|so|toàn|cả|của|tại|ở|trong|chung|bình quân|kế hoạch|chỉ tiêu)\b"
)


def _own_rate_link(ctx: Context, part: Fig, gap: str) -> bool:
    hit = _OWN_RATE.match(gap.lower())
    if hit is None or not part.unit.key:
        return False
    x = norm_words(hit.group("x"))
    if _OWN_RATE_NOT.search(x) or not (x == part.unit.key or x.startswith(part.unit.key + " ")):
        return False
    cs, _ = ctx.clause(part.start, part.end)
    own = set(norm_words(ctx.lower_slice(cs, part.end + 1 + gap.find(","))).split())
    if not all(w in own for w in x.split()):
        return False
    # the rate names the part's whole label: a part narrowed by words the rate does not say, or
    # a flow of the year, is a subset of what the rate counts
    #   the part's clause                       the rate              linked
    #   "187 hộ nghèo,"                          "tỷ lệ hộ nghèo 8,2%"  yes
    #   "45 hộ nghèo phát sinh mới,"             "tỷ lệ hộ nghèo 3,86%" no (of all households)
    #   "kết nạp mới 24 đảng viên nữ,"           "tỷ lệ đảng viên nữ"   no (of all members)
    tail = norm_words(gap.lower().split(",", 1)[0]).split()
    if any(w not in x.split() for w in tail):
        return False
    return not _OWN_RATE_FLOW.search(ctx.lower_slice(cs, part.start))


_OWN_RATE_FLOW = re.compile(
    r"\b(?:mới|phát sinh|kết nạp|thoát|tái|tăng|giảm|thêm|phát triển|tuyển|sinh ra)\b"
)


def _share_linked(ctx: Context, part: Fig, gap: str) -> bool:
    """share_link, a "tỷ lệ tương ứng là" link (see :data:`_CORRESPONDS`), or the rate of the
    part's own noun (see :data:`_OWN_RATE`)."""
    if share_link(gap) or _own_rate_link(ctx, part, gap):
        return True
    hit = _CORRESPONDS.match(gap.lower())
    if not hit or vocab.NEW_SUBJECT.search(gap.lower().rsplit(",", 1)[0]):
        return False
    return not _CHANGE_BEFORE.search(ctx.before_low(part, 30))


def _sentence_base(
    ctx: Context, part: Fig, p: Fig, cross: bool = False, elided: bool = False
) -> Fig | None:
    """ "kiểm tra 45 tổ chức đảng, kết luận 38 tổ chức đảng có vi phạm, chiếm 84,4%": the one
    larger count of the same thing earlier in the clause, with no other share in between
    (``cross``: in the whole sentence, "tiếp nhận 17 đơn; đã giải quyết 15 đơn, đạt 88,2%")."""
    cs, _ = ctx.sentence_span(part.sent) if cross else ctx.clause(part.start, p.end)
    found = [g for g in ctx.figs_from(cs, part.start) if g is not part and g.type == "quantity"]
    key = part.unit.key
    # ``elided``: the noun shortened on its second mention, "kiểm tra 9 tổ chức đảng …, kết luận 8
    # tổ chức có vi phạm, chiếm 88,9%" (the caller tells a fit only)
    same = [
        g
        for g in found
        if (g.exact_count or g.exact)
        and (g.unit.key == key or elided and bool(key) and g.unit.key.startswith(key + " "))
    ]
    if len(same) != 1 or same[0].value <= part.value:  # type: ignore[operator]
        return None
    between = ctx.text[same[0].end : part.start].lower()
    if any(
        g.type == "percent" for g in ctx.figs_from(same[0].end, part.start)
    ) or vocab.TIME_MARK.search(between):
        return None
    if _sibling_labels(ctx, same[0], part):
        return None
    return same[0]


# Two counts each opened by its own label, the labels one noun with different words after it,
# are two groups side by side, not a whole and its part (white-box review 21s):
#   example (our own)                                                     the earlier count
#   "Đảng viên nam 1.240 đồng chí, đảng viên nữ 860 đồng chí, chiếm 41,0%"  a sibling: no whole
#   "Hộ nghèo 126 hộ, hộ cận nghèo 248 hộ, chiếm 5,6%"                      a sibling: no whole
#   "Tổng số đảng viên 1.240 đồng chí, đảng viên nữ 860 đồng chí, …"        the whole
#   "Số đảng viên của Đảng bộ là 412, số đảng viên dự bị là 18, …"          the whole
#   "kiểm tra 45 tổ chức đảng, kết luận 38 tổ chức đảng có vi phạm, …"      the whole
_LABEL_PIECE = re.compile(r"[^\d,;:.()]*$")
_LABEL_SCOPE = frozenset({"của", "toàn", "trong", "tại", "ở", "trên", "thuộc", "hiện", "cả"})
_LABEL_SOFT = frozenset({"tổng", "số", "có", "là", "đã", "được", "và", "với", "trong", "đó", "gồm"})


def _own_label(ctx: Context, f: Fig) -> list[str]:
    """The words right before ``f`` back to a separator or a number: its label."""
    s, _ = ctx.sentence_span(f.sent)
    hit = _LABEL_PIECE.search(ctx.lower_slice(max(s, f.start - 50), f.start))
    words = norm_words(hit.group(0) if hit else "").split()
    while words and words[0] in _LABEL_SOFT:
        words.pop(0)
    while words and words[-1] in _LABEL_SOFT:
        words.pop()
    return words


def _sibling_labels(ctx: Context, base: Fig, part: Fig) -> bool:
    """Are the labels of ``base`` and ``part`` one noun (the words they share) followed by
    different words?"""
    a, b = _own_label(ctx, base), _own_label(ctx, part)
    common = 0
    while common < min(len(a), len(b)) and a[common] == b[common]:
        common += 1
    if not 0 < common < min(len(a), len(b)) or a[common] in _LABEL_SCOPE:
        return False  # "Số đảng viên của Đảng bộ là 412, số đảng viên dự bị là 18": the body's all
    return unit_info(" ".join(a[:common])).head is not None


# "Chi bộ có 48 đảng viên; 45 đồng chí tham gia học tập, chiếm 93,8%": a body stated with
# "có"/"gồm" ends its clause, the next clause opens with the part (nothing but "đã có", "có")
_HAS_BEFORE = re.compile(r"\b(?:có|gồm)\s*$")
_CLAUSE_OPENS = re.compile(
    # "; 45 đồng chí …", "; số hộ nghèo là 1.320 hộ", "; đảng viên nữ 1.120 đồng chí"
    r"^;\s*(?:(?:hiện|đã|mới|chỉ)\s+)?(?:có\s+)?(?:(?:số\s+)?(?:[^\W\d]+\s+){1,4}(?:là\s+|có\s+)?)?$"
)
_CLAUSE_TAIL = re.compile(r"^[^\d;]{0,60}$")


def _opening_part_whole(ctx: Context, part: Fig) -> Fig | None:
    """The whole of ``part`` when ``part`` opens the clause right after the one that states the
    whole (its only count, after "có"/"gồm", of the same kind and larger); else None."""
    whole = ctx.prev_in_sent(part)
    if whole is None or not (whole.exact_count or whole.exact) or whole.value <= part.value:  # type: ignore[operator]
        return None
    if not (_refers(part, whole) or (_people(part.unit) and _people(whole.unit))):
        return None
    gap = ctx.lower_slice(whole.end, part.start)
    semi = gap.find(";")
    if semi < 0 or not _CLAUSE_TAIL.match(gap[:semi]) or not _CLAUSE_OPENS.match(gap[semi:]):
        return None
    if vocab.TIME_MARK.search(gap) or re.search(r"\b(?:trước|sau|năm học|kỳ)\b", gap):
        return None  # "…; đầu nhiệm kỳ có 2.640 hộ nghèo, chiếm 11,2%": another moment
    if not _HAS_BEFORE.search(ctx.before_low(whole, 30)):
        return None
    prev = ctx.prev_in_sent(whole)
    cs, _ = ctx.clause(whole.start, whole.end)
    return whole if prev is None or prev.end <= cs else None


_WITHIN_OPEN = re.compile(r"(?:^|[,:;(]\s*)(?:trong|trong tổng số|trong số|trong tổng)\s*$")
_WITHIN_GAP = re.compile(r"^[^\d;]{0,40}?(?:\bcó\b|,)")
_WITHIN_YEAR = re.compile(r"\bnăm\s+(?:19|20)\d{2}\b")
_NAMED_AFTER = re.compile(r"^\s*(?:so với\s+|của\s+|trên\s+|trong\s+)?(?:tổng\s+)?số\b")


def _refers(part: Fig, base: Fig) -> bool:
    """Can ``part`` be counted among ``base``? The same kind, or a shorter name of the same
    noun: "9 tổ chức" among "47 tổ chức cơ sở đảng", "30 chi bộ" among "42 chi bộ thôn"."""
    if _same_kind(base, part) or covers(base.unit, part.unit):
        return True
    key = part.unit.key
    return bool(key) and base.unit.key.startswith(key + " ")


# a scope opened right after ";" ("…; trong số 2.364 đồng chí được đánh giá, có 368 …, chiếm
# 15,6%; 1.842 …") holds the ";"-list after it, like one opening its sentence
_SEMI_LIST_SCOPE = re.compile(r".*;\s*trong\s+(?:tổng\s+)?số\s*$", re.S)


def _within_base(ctx: Context, part: Fig) -> Fig | None:
    """ "Trong 1.012 đảng viên mới có 584 …, chiếm 57,7%; 402 đảng viên nữ, chiếm 39,7%": a
    phrase "trong N X, (đã) có" — at the start of the sentence or after ":" "," — scopes every
    share of X after it in the sentence ("…: trong 40 chi bộ, có 34 chi bộ …, đạt 85%")."""
    s, _ = ctx.sentence_span(part.sent)
    found: Fig | None = None
    for base in ctx.by_sent.get(part.sent, []):
        if base.start >= part.start:
            break
        if base is part or not (base.exact_count or base.exact):
            continue
        if not _WITHIN_OPEN.search(ctx.lower_slice(max(s, base.start - 30), base.start)):
            continue
        if (
            base.start - s > 30
            and ";" in ctx.text[base.end : part.start]
            and not _SEMI_LIST_SCOPE.match(ctx.lower_slice(max(s, base.start - 30), base.start))
        ):
            continue  # only a sentence-opening "Trong N X có" scopes past ";"
        if not (
            (_refers(part, base) or (_people(part.unit) and _people(base.unit)))
            and base.value > part.value  # type: ignore[operator]
        ):
            continue
        # the nearest scope wins: "trong tổng số 8.937 đảng viên, có 1.528 … miễn …; trong 7.409
        # đảng viên được xếp loại, hoàn thành xuất sắc 1.259 (17%)" is of the 7.409
        nxt = ctx.next_in_sent(base)
        # (a year in the scope's own words: "Trong tổng số 238 đảng viên mới kết nạp năm 2023 của
        # Đảng bộ huyện, có 131 …")
        found = (
            base
            if nxt is not None
            and _WITHIN_GAP.match(_WITHIN_YEAR.sub("năm", ctx.gap(base, nxt).lower()))
            else None
        )
    if found is not None and any(
        g.start > found.end
        and g.exact_count
        and _refers(part, g)
        and g.value > part.value  # type: ignore[operator]
        and "trong đó" in ctx.lower_slice(g.end, part.start)
        for g in ctx.by_sent.get(part.sent, [])
        if g.start < part.start and g is not part
    ):
        # "Trong 3.486 chi bộ …, 3.412 chi bộ được xếp loại (…), trong đó 3.105 chi bộ …, đạt
        # 91%": the part is of the nearer count its "trong đó" follows
        return None
    semi = ctx.text.rfind(";", found.end, part.start) if found is not None else -1
    if (
        found is not None
        and any(
            found.end < g.start < part.start
            and g.exact_count
            and (_refers(part, g) or (_people(part.unit) and _people(g.unit)))
            and part.value < g.value < found.value  # type: ignore[operator]
            and (
                g.start > semi >= 0
                # "Trong 46 tổ chức cơ sở đảng, có 12 đảng bộ cơ sở và 34 chi bộ cơ sở; 10 đảng bộ
                # cơ sở … (83,3%)": the scope split into the part's very noun, whose count is nearer
                # (not an item with a rate of its own: "…, có 1.736 chị …, chiếm 70%; 124 chị …")
                or g.unit.key == part.unit.key != found.unit.key
                and ";" in ctx.text[g.end : part.start]
                and not any(f.type == "percent" for f in ctx.figs_from(g.end, part.start))
                # "…, còn lại 267 đồng chí được xếp loại, …", "Trong 52 chi bộ, 48 chi bộ được đánh
                # giá, …": a nearer whole named as the remainder or the graded
                or _REMAINDER_BEFORE.search(ctx.before_low(g, 12)) is not None
                or _GRADED_AFTER.match(ctx.after_low(g, 30)) is not None
            )
            for g in ctx.by_sent.get(part.sent, [])
            if g is not part
        )
    ):
        # "Trong 312 đảng viên, có 45 … miễn …; 267 đồng chí được xếp loại, hoàn thành tốt
        # nhiệm vụ trở lên 230 đồng chí, chiếm 86,1%": the part's own clause names a nearer whole
        return None
    return found


_REMAINDER_BEFORE = re.compile(r"\bcòn lại\s*$")
_GRADED_AFTER = re.compile(
    r"^\s*(?:[^\W\d]+\s+){0,2}?(?:được|đã được|tham gia)\s+(?:kiểm điểm,?\s+)?(?:đánh giá|xếp loại)"
)


_BASE_VERB = re.compile(
    r"^\s*(?:tổng\s+)?số\s+(?:(?P<n>người|[^\W\d]+ viên)\s+)?(?:được|đã được|đã|bị)\s+"
    r"([^\W\d]+(?:\s+[^\W\d]+)?)"
)


def _verb_base(ctx: Context, part: Fig, p: Fig) -> Fig | None:
    """ "kiểm tra … đối với 23 đảng viên (…); kết luận 19 đảng viên có vi phạm, chiếm 82,6% số
    được kiểm tra": the base is the one larger count of the sentence the verb is said of."""
    hit = _BASE_VERB.match(ctx.after_low(p, 40))
    if not hit:
        return None
    verb = hit.group(2)
    found = []
    # people said in two words ("102 chị … chiếm 74,5% số được giới thiệu" of "giới thiệu 137
    # hội viên"; "136 người, chiếm 3% số người đã kê khai" of "đã kê khai 4.512 người")
    people = _people(part.unit)
    for g in ctx.by_sent.get(part.sent, []):
        if g.end > part.start or not (g.exact_count or g.exact):
            continue
        if not (_same_kind(g, part) or (people and _people(g.unit))):
            continue
        if hit.group("n") and hit.group("n") != "người" and g.unit.key != hit.group("n"):
            continue  # "số đoàn viên được …": the count of that noun only
        if g.value <= part.value:  # type: ignore[operator]
            continue
        near = ctx.before_low(g, 50) + " " + ctx.after_low(g, 30)
        if verb in near:
            found.append(g)
    return found[0] if len({g.value for g in found}) == 1 else None


# "tổng số hộ toàn xã (", "số người trong độ tuổi lao động (": the whole named, then its count
_PAREN_BASE = re.compile(r"^\s*(?:so với\s+|của\s+|trên\s+)?(?:tổng\s+)?số\s+[^\d;()]{0,60}\(\s*$")


_PAREN_POP = re.compile(
    r"^\s*(?:dân số|số dân)\b[^\d;()]{0,40}\(\s*(?:dân số|số dân)?[^\d;()]{0,30}$"
)


def _paren_base(ctx: Context, part: Fig, p: Fig, population: bool = False) -> Fig | None:
    """ "120 hộ, bằng 3,2% tổng số hộ toàn xã (3.750 hộ)", "2.150 người, chiếm 61% số người
    trong độ tuổi (3.525 người)": the base named, then given alone in brackets; ``population``:
    the population named by the rate ("bằng 94,8% dân số (dân số trung bình 1.505.300 người)")."""
    b = ctx.next_in_sent(p)
    if b is None or not (b.exact_count or (b.exact and not population)):
        return None
    if not (b.unit.key in vocab.POPULATION_UNITS if population else _same_kind(b, part)):
        return None
    if not ctx.text[b.end : b.end + 3].lstrip().startswith(")"):
        return None  # "(tăng 120 người so với …)": not the whole itself
    gap = (_PAREN_POP if population else _PAREN_BASE).match(ctx.gap(p, b).lower())
    return b if gap and b.value > part.value else None  # type: ignore[operator]


_COUNTED_GAP = re.compile(r"^\s*(?:so với\s+|trên\s+|của\s+|trong\s+)?tổng\s+số\s*$")


def _counted_base(ctx: Context, part: Fig, p: Fig) -> Fig | None:
    """ "chiếm 73,8% tổng số 42 chi bộ thôn": the whole written with its count right after."""
    b = ctx.next_in_sent(p)
    if b is None or b.type != "quantity" or not b.exact_count:
        return None
    if not (b.unit.head or b.unit.generic):  # "tổng số 40 vụ": a noun the vocabulary lacks counts
        return None
    if b.value <= part.value or not _COUNTED_GAP.match(ctx.gap(p, b).lower()):  # type: ignore[operator]
        return None
    return b


# The whole named after the percent by a noun phrase, then its count: after "là", in brackets,
# or right after the phrase (read only when no rule above gave a base; same kind, larger)
#   "5.420 ha, bằng 56,6% tổng diện tích gieo cấy lúa của huyện là 8.915 ha"     8.915 ha
#   "3.450 triệu đồng, chiếm 30,8% tổng kinh phí xây dựng 9.870 triệu đồng"        9.870 triệu
#   "58 chi bộ …, chiếm 40,8% tổng số chi bộ thôn, bản của huyện là 142 chi bộ"  142 chi bộ
#   "4.812 hồ sơ …, chiếm 79,9% trong số 6.025 hồ sơ tiếp nhận"                   6.025 hồ sơ
#   "2.384 người, bằng 5,7% lực lượng lao động trong độ tuổi (41.700 người)"       41.700 người
#   not "chiếm 12% so với năm 2023 (1.200 hộ)", "đạt 95% kế hoạch (1.250 hộ)",
#   "chiếm 30% số hộ, tăng 120 hộ", "chiếm 30% số hộ nghèo, 1.200 hộ thoát nghèo"
_STATED_AFTER = re.compile(
    r"(?P<lead>\s*(?:so với|của|trên|trong)?\s*)(?P<phrase>(?:tổng\s+)?(?:số\s+)?[^\W\d][^\d;()%]{0,70}?)?"
    r"(?P<link>\s+là\s*|\s*\(\s*|\s*:\s*|\s+)$"
)
_STATED_NOT = re.compile(
    r"\b(?:tăng|giảm|so với|cùng kỳ|năm|kỳ|kế hoạch|chỉ tiêu|mục tiêu|dự toán|nghị quyết|trước|"
    r"bình quân|mỗi|một|trung bình|vượt|hơn|còn|đạt|thêm|và|hoặc|với|trong đó|gồm|riêng)\b"
)


def _stated_after(ctx: Context, part: Fig, p: Fig) -> Fig | None:
    b = ctx.next_in_sent(p)
    if b is None or b.type != "quantity" or not b.exact_count or b.value is None:
        return None
    if b.value <= part.value or not _same_kind(b, part):  # type: ignore[operator]
        return None
    gap = ctx.gap(p, b).lower()
    hit = _STATED_AFTER.fullmatch(gap)
    if hit is None or not (hit.group("phrase") or hit.group("lead").strip() == "trong"):
        return None  # "chiếm 30% 1.200 hộ": no whole named
    phrase = hit.group("phrase") or ""
    if hit.group("lead").strip() == "trong" and not re.fullmatch(r"(?:tổng\s+)?số\s*", phrase):
        return None  # "chiếm 30% trong năm …": no whole
    if _STATED_NOT.search(phrase) or "," in phrase.rstrip(", ") and "là" not in hit.group("link"):
        return None
    if "(" in hit.group("link") and not ctx.text[b.end : b.end + 3].lstrip().startswith(")"):
        return None  # "(tăng 120 hộ so với …)", "(1.200 hộ, 32%)": not the whole alone
    tail = ctx.after_low(b, 40)
    if re.match(r"\s*(?:[),.;]|$)", tail):
        return b
    if hit.group("lead").strip() == "trong" and re.match(r"[^\d;()%]*(?:[,.;]|$)", tail):
        # "chiếm 79,9% trong số 6.025 hồ sơ tiếp nhận": the whole's own label after it
        label = re.split(r"[,.;]", tail, maxsplit=1)[0]
        return None if _STATED_NOT.search(label) else b
    return None  # "… là 1.200 hộ tham gia": the count has a label of its own


# The base a share names after it ("chiếm 88,2% số đảng viên được kiểm tra") or before the
# part ("Trong số đảng viên bị kỷ luật có 52 cấp ủy viên, chiếm 12,4%"): its noun and verb.
_NAMED_BASE_AFTER = re.compile(
    r"^\s*(?:tổng\s+)?số\s+([^\W\d]+(?:\s+[^\W\d]+){0,2}?)\s+(?:được|đã được|đã|bị)\s+([^\W\d]+(?:\s+[^\W\d]+)?)"
)
_NAMED_BASE_BEFORE = re.compile(
    r"trong\s+(?:tổng\s+)?số\s+([^\W\d]+(?:\s+[^\W\d]+){0,2}?)\s+(?:được|đã được|đã|bị)\s+([^\W\d]+(?:\s+[^\W\d]+)?)\s+(?:có\s+)?$"
)


def _recent_total(ctx: Context, part: Fig, p: Fig) -> tuple[Fig, float] | None:
    """The most recent total a share can be of, for a loose link (a fit is told, a miss is not).

    A base named with a verb ("số đơn đã giải quyết", "trong số đảng viên bị kỷ luật có") is the
    nearest earlier count of that noun the verb is said of (up to four sentences back; a
    fraction's numerator counts: "Đã giải quyết 58/63 đơn"). Otherwise it is the largest count
    of the part's kind in the nearest earlier sentence that has one (the head of a breakdown:
    "có 214 mô hình, cấp huyện 18 mô hình, cấp xã 196 mô hình. Trong đó … 137 mô hình, chiếm 64%").
    """
    named = _NAMED_BASE_AFTER.match(ctx.after_low(p, 60)) or _NAMED_BASE_BEFORE.search(
        ctx.before_low(part, 60)
    )
    want = unit_info(named.group(1)) if named else part.unit
    if named and not (want.fams or want.generic):
        return None
    verb = named.group(2) if named else None
    reach = 4 if verb else 1
    s0, _ = ctx.sentence_span(part.sent)
    if vocab.TIME_MARK.search(ctx.lower_slice(s0, part.start)):
        return None  # "Năm 2022, có 19 đơn …": another moment than the totals before
    best: list[tuple[Fig, float]] = []
    named_hits: list[tuple[Fig, float]] = []
    best_sent = -1
    for g in ctx.earlier(part, 40):
        if g.sent < part.sent - reach or (best and g.sent != best_sent):
            break
        if g.type == "ratio":
            num_ = g.m.get("numerator")
            value = float(num_) if isinstance(num_, int | float) and verb else None
        elif g.exact_count or g.exact:
            value = g.value
        else:
            value = None
        if (
            value is None
            or value <= part.value
            or not (  # type: ignore[operator]
                kin(g.unit, want) or g.unit.key == want.key
            )
        ):
            continue
        if verb:
            # the verb said of this very count: in its lead since the figure before it, or in
            # its own words after it ("16/18 xã đạt chuẩn"), not in a neighbour's label
            prev = ctx.prev_in_sent(g)
            lo = max(0, g.start - 90, prev.end if prev is not None else 0)
            if verb in ctx.lower_slice(lo, g.start) or verb in descriptor(ctx, g):
                named_hits.append((g, value))
            continue
        best.append((g, value))
        best_sent = g.sent
    if verb:
        # the count written with the named noun itself first ("418 đảng viên", not "271 đồng chí")
        exact = [gv for gv in named_hits if gv[0].unit.key == want.key]
        return (exact or named_hits or [None])[0]
    if not best:
        return None
    return max(best, key=lambda gv: gv[1])


_POP_AFTER = re.compile(r"^\s*(?:(?:so với|của|trên)\s+)?(?:tổng\s+)?(?:dân số|số dân|nhân khẩu)\b")
_PCT_LEAD = re.compile(r"(?:chiếm|bằng)(?:\s+(?:tỷ lệ|tỉ lệ))?\s*$")
_PART_PAREN = re.compile(r"^\s*\(\s*$")
# After the percent: it is of another measure, a past value or a plan, never of a count's total
_OTHER_BASE = re.compile(
    r"^\s*(?:so với|tăng|giảm|cùng kỳ|năm trước|năm \d{4}|kỳ trước|chỉ tiêu|kế hoạch|mục tiêu|dự toán|"
    r"(?:(?:tổng\s+)?(?:số\s+)?)?(?:diện tích|sản lượng|giá trị|grdp|tổng sản phẩm|tổng mức|dân số|số dân))"
)
# "chiếm 62% tổng vốn": money named by what it funds
_MONEY_NOUNS = re.compile(
    r"^(?:vốn|nguồn vốn|kinh phí|ngân sách|thu|chi|tổng thu|tổng chi|nguồn lực)\b"
)
_PAIRED = re.compile(r"lần lượt")
# a percent followed by a noun of its own ("30,5% hồ sơ cấp tỉnh", "35% hộ nông nghiệp"): the
# whole it is of, in words
_WORDS_AFTER_PCT = re.compile(
    r"^\s*(?!(?:so với|kế hoạch|chỉ tiêu|trở lên|và|hoặc)\b)[^\W\d]+\s+[^\W\d]+"
)


def _qualified_whole(ctx: Context, base: Fig, p: Fig) -> bool:
    """The percent names its whole in words that are not the base's own: "chiếm 56,3% hội
    viên ở khu vực nông thôn" of 1.500 hội viên; "chiếm 35% hộ nông nghiệp" of 1.250 hộ."""
    after = ctx.after_low(p, 50)
    if not _WORDS_AFTER_PCT.match(after) or re.match(r"\s*(?:tổng\s+)?số\b", after):
        return False  # "số …"/"tổng số …" phrases are read by the rules above
    words = re.split(r"[,;.()]", after, maxsplit=1)[0].split()
    own = (base.unit.key or "").split()
    return (
        bool(own)
        and words[: len(own)] == own
        and len(words) > len(own)
        and words[len(own)] in _NARROWING_WORDS
    )


_NARROWING_WORDS = frozenset({"ở", "tại", "thuộc", "khu", "vùng", "trong", "của", "là", "có"})


_WITHIN_END = re.compile(r"\btrong (?:tổng )?số\s*$")
_TOTAL_NAMED = re.compile(r"^\s*(?:của\s+)?tổng\s+số\b")
_EXEMPT_PART = re.compile(r"[^,;.]{0,25}\bmiễn\b")
# "trong tổng số 2.736 đảng viên của Đảng bộ (tính đến 31/12/2023), có …": the body's whole,
# nothing narrowing it, so a percent of "tổng số đảng viên" after it is of this very count
_BODY_TOTAL_AFTER = re.compile(
    r"^\s*của\s+(?:toàn\s+)?(?:đảng bộ|chi bộ|hội|đoàn|xã|phường|huyện|tỉnh|thị trấn)"
    r"(?:\s+[^\W\d]+){0,4}?\s*(?:\([^()]{0,40}\))?\s*,"
)
# ... but members exempt from attending are a share of all members when nothing is graded in
# the sentence: "Đảng bộ có 547 đảng viên, trong đó 118 đảng viên được miễn sinh hoạt (21,6%)"
_EXEMPT_ATTEND = re.compile(r"[^,;.]{0,25}\bmiễn\s+(?:sinh hoạt|công tác)")


def _exempt_of_members(ctx: Context, part: Fig, p: Fig) -> bool:
    s, _ = ctx.sentence_span(part.sent)
    return bool(
        _EXEMPT_ATTEND.match(ctx.after_low(part, 40))
        and not re.search(r"đánh giá|xếp loại|kiểm điểm|phân loại", ctx.lower_slice(s, p.end))
    )


_NAMED_NOUN = re.compile(
    r"^\s*(?:(?:so với|của|trên|trong)\s+)?(?:tổng\s+)?(?:số\s+)?([^\W\d][^\d;,.()%:]{0,40})"
)
_PROFILE_SENTS = 4  # the opening profile: "Xã có 12 thôn với 3.140 hộ, 12.860 nhân khẩu."
_REACH = 3  # sentences back for the most recent total


# "so với tổng số hộ nghèo": the whole a share is of, named, not a comparison with a past value
_VS_TOTAL = re.compile(r"^\s*so với\s+tổng\s+số\s+[^\W\d]")


def _named_want(part: Fig, after: str) -> tuple[bool, object]:
    """What the words after the percent name as the whole: (usable, unit or None).
    "chiếm 75% số xã" -> xã; "chiếm 31% diện tích" -> unusable (a % of something else)."""
    if _OTHER_BASE.match(after) and not _VS_TOTAL.match(after):
        return False, None
    hit = _NAMED_NOUN.match(after)
    if not hit:
        return True, None
    words = norm_words(hit.group(1))
    if not words:
        return True, None
    if _MONEY_NOUNS.match(words):
        return part.unit.generic == "u:đồng", None
    info = unit_info(words)
    if not info.fams:
        return True, None  # "chiếm 74% (71 …)", "chiếm 34,4% trong tổng …": no noun of a count
    if kin(info, part.unit) or covers(info, part.unit):
        return True, info
    return False, None


def _names_another(after: str, g: Fig) -> bool:
    """Do the words after the percent name a whole the vocabulary does not know, other than
    ``g``'s noun? "chiếm 30% tổng số công đoàn cơ sở" names no "tổ chức cơ sở đảng"."""
    hit = _NAMED_NOUN.match(after)
    named = norm_words(hit.group(1)).strip() if hit else ""
    if not named or not g.unit.key:
        return False
    heads = {g.unit.key, g.unit.head or g.unit.key, g.unit.key.split(" ")[0]}
    return not any(named.startswith(h) or h.startswith(named) for h in heads)


def _fits_family(g: Fig, part: Fig, want: object) -> bool:
    if g.type != "quantity" or not (g.exact_count or g.exact) or g.value is None:
        return False
    if g.value <= part.value:  # type: ignore[operator]
        return False
    key0 = g.unit.key.split(" ")[0] if g.unit.key else ""
    if g.unit.head in vocab.TIME_UNITS or key0 in vocab.TIME_UNITS:
        return False
    if not (g.unit.key == part.unit.key or kin(g.unit, part.unit) or covers(g.unit, part.unit)):
        return False
    return want is None or kin(g.unit, want) or covers(g.unit, want)  # type: ignore[arg-type]


# A part counted in "người"/"đồng chí" of a whole of a people noun earlier in its sentence, when
# the part's own clause names that noun again or the whole is the scope "trong số" opens
#   "… có 9.412 hội viên, số hội viên tham gia tổ vay vốn là 3.318 người, chiếm …"    9.412
#   "Trong số 1.860 bệnh nhân được điều trị …, 1.731 người có thẻ …, chiếm …"        1.860
#   not "… có 9.412 hội viên, 3.318 người được vay vốn, chiếm …" (no noun said again)
_SCOPE_BEFORE = re.compile(r"\btrong\s+(?:tổng\s+)?số\s*$")


def _people_restated(ctx: Context, g: Fig, part: Fig) -> bool:
    if part.unit.key not in ("người", "đồng chí") or g.sent != part.sent:
        return False
    if g.type != "quantity" or not g.exact_count or g.value is None or g.value <= part.value:  # type: ignore[operator]
        return False
    key = g.unit.key
    if not key or key in ("người", "đồng chí") or not _people(g.unit):
        return False
    between = ctx.lower_slice(g.end, part.start)
    if any(ch.isdigit() for ch in between) or ";" in between:
        return False
    if _SCOPE_BEFORE.search(ctx.before_low(g, 20)):
        return "," in between
    label = re.split(r"[,:]", between)[-1]
    return "," in between and re.search(rf"\b{re.escape(key)}\b", label) is not None


def _resolve(ctx: Context, part: Fig, p: Fig, after: str) -> tuple[Fig, str] | None:
    """The whole a share is of, when no structure names it: the most recent larger count of the
    part's family in the same sentence, in the 1-3 sentences before, or in the document's opening
    profile ("Đảng bộ có 1.250 đảng viên … Trong đó, đảng viên nữ 430 đồng chí, chiếm 34,4%").
    Returns (whole, verdict): consistent when it rounds to the stated percent; a miss is
    inconsistent only for the one candidate of the same sentence, else unverifiable."""
    ok, want = _named_want(part, after)
    if not ok or not part.unit.key:
        # "số chi bộ được kiểm tra": words the vocabulary reads as another noun may still name
        # the one count that says their verb (see _done_whole)
        done = _done_whole(ctx, part, p, after) if part.unit.key else None
        if done is None and part.unit.key:
            done = _unit_named_whole(ctx, part, p, after)  # "bằng 68,5% số hộ nông dân"
        return (done, "inconsistent") if done is not None else None
    same: list[Fig] = []
    back: list[Fig] = []
    for g in ctx.earlier(part, 60):
        if g.sent < part.sent - _REACH:
            break
        if _fits_family(g, part, want):
            (same if g.sent == part.sent else back).append(g)
        elif want is None and _people_restated(ctx, g, part):
            same.append(g)
    if part.sent > _REACH:
        for k in range(min(_PROFILE_SENTS, part.sent - _REACH)):
            back.extend(g for g in ctx.by_sent.get(k, ()) if _fits_family(g, part, want))
    # the same unit words first, then nearest (same sentence, then backwards); a comparison's
    # or a plan's bracketed level is no whole named after the percent beside the count it is
    # the reference of (see :func:`_not_reference_wholes`)
    order = [*same, *back]
    if _NAMED_AFTER.match(after):
        order = _not_reference_wholes(ctx, order, after, part)
    same = [g for g in same if any(g is o for o in order)]
    for g in sorted(order, key=lambda g: g.unit.key != part.unit.key)[:8]:
        if fits(100 * part.value / g.value, p):  # type: ignore[operator]
            return g, "consistent"
    # the part's noun shortened from the whole's ("236 bài" of "1.064 bài viết"): a fit only
    for g in ctx.earlier(part, 30):
        if g.sent < part.sent - 1:
            break
        if (
            g.type == "quantity"
            and g.exact_count
            and g.value is not None
            and g.value > part.value  # type: ignore[operator]
            and part.unit.key
            and g.unit.key.startswith(part.unit.key + " ")
            and not reference_level(ctx, g)
            and fits(100 * part.value / g.value, p)  # type: ignore[operator]
        ):
            return g, "consistent"
    for g in _anaphor_wholes(ctx, part, want):
        if fits(100 * part.value / g.value, p):  # type: ignore[operator]
            return g, "consistent"
    far = _far_whole(ctx, part, want)
    if far is not None:
        if fits(100 * part.value / far.value, p):  # type: ignore[operator]
            return far, "consistent"
        if not order:
            named = norm_words(re.split(r"[.;()]", after, maxsplit=1)[0])
            bare = named in ("tổng số", f"tổng số {part.unit.key}")
            return far, "inconsistent" if bare and _undated(ctx, part, p, far) else "unverifiable"
    done = _done_whole(ctx, part, p, after)
    if done is not None:
        return done, "inconsistent"  # see _done_whole (a fit was told above)
    if not order:
        return None
    heads = _heads_only(ctx, order)
    if len(same) <= 1 and len(heads) == len(order) and _total_before(ctx, part, p, order, after):
        return heads[0], "inconsistent"  # see _total_before
    if want is None and _names_another(after, order[0]):
        return order[0], "unverifiable"  # "chiếm 30% tổng số công đoàn cơ sở" after 25 tổ chức đảng
    if (
        len(same) == 1
        and len({g.value for g in order}) >= 1
        and _strict_same(ctx, same[0], part, p)
    ):
        return same[0], "inconsistent"
    if not same and _named_total(ctx, part, p, heads, want, after):
        return heads[0], "inconsistent"
    return order[0], "unverifiable"


# A whole of another noun than the part, named after the percent in the very unit words of one
# count the document states (one value wherever it is said, at least once before): the
# coverage a body's members make of the households or people it draws on
#   told                                                              whole named   stated
#   "Huyện có … 21.460 hộ, trong đó 15.380 hộ nông dân." … "Hội Nông   hộ nông dân   15.380
#    dân huyện có 11.270 hội viên, bằng 75,9% số hộ nông dân"
#   not "… bằng 70% số hộ nông dân toàn tỉnh" (words past the unit: another whole)
#   not "hộ nông dân" said with two values (two places, two moments), nor a one-word noun
#   ("số hộ": which households is unsaid), nor a part that is a change ("tăng 240 hội viên")
_UNIT_NAMED = re.compile(r"^\s*(?:(?:của|trên|so với|trong)\s+)?(?:tổng\s+)?số\s+([^\d;,.()%:]+)")


def _unit_named_whole(ctx: Context, part: Fig, p: Fig, after: str) -> Fig | None:
    hit = _UNIT_NAMED.match(after)
    if hit is None:
        return None
    named = norm_words(hit.group(1))
    if len(named.split()) < 2 or not _PLAIN_TAIL.match(after, hit.end()):
        return None
    if part.unit.key and named.startswith(part.unit.key):
        return None  # the part's own noun: read by the rules above
    if vocab.DELTA_BEFORE.search(ctx.before_low(part, 14)):
        return None
    # the count written with those words right after its number, and nothing more of them
    said = []
    for g in ctx.quantities:
        key = g.unit.key
        if not (
            g.exact_count and g.value and key and (named == key or named.startswith(key + " "))
        ):
            continue
        rest = named[len(g.unit.key) :].strip()  # the words past the count's own unit
        tail = " ".join(ctx.after_low(g, len(rest) + 30).split())
        if not rest or not tail.startswith(rest):
            continue  # (a count of the named noun alone is read by the rules above)
        if _PLAIN_TAIL.match(tail, len(rest)) is not None:
            if not reference_level(ctx, g):
                said.append(g)
    if len({g.value for g in said}) != 1 or said[0].start > part.start:
        return None
    whole = said[0]
    if whole.value <= part.value or _whole_of_another_moment(ctx, whole, p):  # type: ignore[operator]
        return None
    if _lower_level(ctx, whole, part):
        return None  # "Toàn tỉnh có … hộ nông dân. Hội Nông dân huyện có …" (see _GOV_LEVEL)
    return whole


# A whole named after the percent by its noun and what was done to it ("số hội viên được kết
# nạp", "tổng số tin, bài đã đăng", "số đảng viên bị kỷ luật"): the one count within reach whose
# own stretch of its clause says that very verb, counted by the named noun (or, for people, by a
# people noun: "chị", "đồng chí" of "hội viên"). Other counts of the noun that say another verb
# are other groups (those introduced, planned, compared) and no rival; a count that gives the
# percent anywhere in reach keeps it consistent, so only a whole that is the one fit of the
# words is told (read by :func:`_done_whole`)
#   told                                                                  whole   named
#   "giới thiệu 520 đoàn viên ưu tú, trong đó 364 người đã được kết nạp
#    Đảng; riêng 91 người là bí thư chi đoàn, chiếm 28% số đoàn viên
#    được kết nạp"                                                         364     được kết nạp
#   "Cổng thông tin đăng tải 860 tin, bài, đạt 107,5% kế hoạch (kế hoạch
#    800 tin, bài). Riêng chuyên mục … có 215 tin, bài, chiếm 27,1%
#    tổng số tin, bài đã đăng"                                             860     đã đăng
#   "… kiểm tra 3 tổ chức và 14 đảng viên; … 5 tổ chức và 52 đảng viên. Như vậy, … đã kiểm tra
#    8 tổ chức, 66 đảng viên. Trong số đảng viên được cấp ủy kiểm tra có 23 đồng chí …, chiếm
#    37,9%" (named before the part; of the counts saying the verb, the sum of the others)   66
#   not "… chiếm 40% số hội viên được kết nạp của toàn tỉnh" (a scope of its own after the verb)
#   not a whole of another moment ("Năm 2023 đã đăng …"), nor two counts saying the verb
_VERB_NAMED = re.compile(
    r"^\s*(?:so với\s+|của\s+|trên\s+|trong\s+)?(?:tổng\s+)?số\s+"
    r"(?P<noun>[^\W\d][^\d;.()%:]{0,30}?)\s+(?:đã\s+được|đã\s+bị|đã|được|bị)\s+"
    r"(?P<verb>[^\W\d]+(?:\s+(?!(?:vào|trong|trên|tại|ở|của|cho|và|với|năm|đảng)\b)[^\W\d]+)?)"
    # the phrase ends there: "số đảng viên được kiểm tra, giám sát" names two groups together
    r"(?:\s+(?:vào\s+)?đảng)?\s*(?:[.;)]|$|,\s*(?=\d|trong đó|riêng|còn|tăng|giảm))"
)
_VERB_TIME = re.compile(
    r"\b(?:19|20)\d{2}\b|(?:đầu|cuối|giữa)\s+(?:năm|nhiệm kỳ|kỳ|quý)"
    r"|(?:\d+|ba|sáu|chín)\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?"
    r"|quý\s+[ivx\d]+|năm học\s+\S+|năm trước|năm nay"
    # a period of its own: the whole term, the whole year, a running total (review 28h)
    r"|(?:cả|trong|suốt)\s+nhiệm kỳ|\bcả năm\b|lũy kế"
)
_YEAR_TOKEN = re.compile(r"(?:19|20)\d{2}")
# a count planned, not done: "Chỉ tiêu năm 2024, Hội … kết nạp 600 hội viên mới", "Huyện ủy giao
# kết nạp 120 đảng viên" (unless reached: "vượt chỉ tiêu, Hội kết nạp …")
_PLANNED = re.compile(
    r"(?:phấn đấu|chỉ tiêu|mục tiêu|đề ra|kế hoạch|dự toán|dự kiến|đề nghị"
    r"|\bgiao\b(?!\s+(?:thông|lưu|dịch|tiếp|nhận|thương|ban)\b))[^.;]{0,60}?$"
)
_PLANNED_DONE = re.compile(r"(?:vượt|đạt|hoàn thành)\s+(?:\S+\s+)?(?:chỉ tiêu|kế hoạch|mục tiêu)")
# the sum of the other counts saying the verb is their whole when it is said as one
_SUM_SAID = re.compile(
    r"\b(?:như vậy|tổng cộng|tổng số|tính chung|cộng chung|cộng lại|các cấp|toàn (?:đảng bộ|huyện|tỉnh|xã))\b"
)


# the verb said as the purpose a count is put forward for, not as done to it: "giới thiệu 58 đoàn
# viên ưu tú cho Đảng xem xét kết nạp" (those introduced; how many were admitted is unsaid)
_VERB_PURPOSE = r"(?:xem xét|để|đề nghị|chờ|nhằm|dự kiến)\s+(?:(?:việc|cho)\s+)?"


def _says_verb(stretch: str, verb: str) -> bool:
    """Does a count's own stretch say ``verb`` as done, not only as a purpose?"""
    if f" {verb} " not in stretch:
        return False
    return len(re.findall(rf"(?<!\w){re.escape(verb)}(?!\w)", stretch)) > len(
        re.findall(rf"{_VERB_PURPOSE}{re.escape(verb)}(?!\w)", stretch)
    )


def _two_members(key: str, noun: str) -> bool:
    """Are ``key`` and ``noun`` the members of two bodies ("đảng viên", "hội viên"): people both,
    yet no one's count is the other's (review 28h: "Đảng ủy kết nạp 38 đảng viên mới, …. Có 12 hội
    viên là nữ, chiếm 41,4% số hội viên được kết nạp", the members of the Hội admitted unsaid)?"""
    return key != noun and key.endswith(" viên") and noun.endswith(" viên")


_PHRASE_VERB = re.compile(r"\b(?:được|bị|đã)\s+([^\W\d][^\d]*)$")
# a part's sentence opened by a scope counted in units of its own: "Tại 46 doanh nghiệp có công
# đoàn cơ sở, công đoàn có 8.420 đoàn viên, bằng 91,2% số người lao động" (of those 46, not of the
# 12.400 of all 214 named before); the whole's sentence stating that very count keeps it (review 28h)
_COUNTED_SCOPE = re.compile(
    r"(?:^|[.;:]\s*)(?:tại|ở|riêng|trong|đối với)\s+(?:(?:các|số)\s+)?(\d[\d.]*)\s+[^\W\d]"
)
# a level followed by a change of it at a later moment: "Huyện có 64.200 người trong độ tuổi lao
# động, năm 2024 tăng thêm 1.420 người" (the whole of now is the level after it, unsaid)
_LATER_CHANGE = re.compile(
    r"^[^.;,\d]{0,40},\s*(?:đến\s+)?(?:năm\s+\d{4}|hiện nay|đến nay|nay|cuối năm)\s+(?:đã\s+)?"
    r"(?:tăng|giảm)\s+(?:thêm|lên|xuống|còn|bớt)\b"
)


def _counted_scope(ctx: Context, part: Fig, whole: Fig) -> bool:
    """Does ``part``'s sentence open with a scope of a counted set the whole's sentence lacks?"""
    if part.sent == whole.sent:
        return False
    hit = _COUNTED_SCOPE.search(ctx.lower_slice(ctx.sentence_span(part.sent)[0], part.start))
    if hit is None:
        return False
    return hit.group(1) not in ctx.lower_slice(*ctx.sentence_span(whole.sent))


# the levels of government a sentence names, highest 0 (review 28h): a part whose sentence names
# only levels below every level the whole's sentence names is of one unit of that wider whole
#   "Toàn tỉnh có 184.600 hộ nông dân. Hội Nông dân huyện có 9.870 hội viên, bằng 76,4% số hộ nông
#    dân" (the district's farm households, unsaid); "Ủy ban Kiểm tra Tỉnh ủy kiểm tra 24 đảng viên …
#    Ủy ban Kiểm tra Huyện ủy có 5 đảng viên …, chiếm 41,7% số đảng viên được kiểm tra"
_GOV_LEVEL = re.compile(
    r"(?<!\w)(cả nước|toàn quốc|trung ương|tỉnh|thị xã|huyện|quận|thị trấn|xã(?!\s+hội)|phường"
    r"|thôn|ấp|bản|buôn|khu phố|tổ dân phố|chi bộ|chi hội|chi đoàn)(?!\w)"
)
_PLURAL_BEFORE = re.compile(r"(?:các|những|mọi|từng|toàn bộ)\s+(?:cơ sở\s+)?$")
_GOV_LEVEL_OF = {
    "cả nước": 0, "toàn quốc": 0, "trung ương": 0, "tỉnh": 1, "thị xã": 2, "huyện": 2,
    "quận": 2, "thị trấn": 3, "xã": 3, "phường": 3,
}  # fmt: skip


def _gov_levels(text: str) -> set[int]:
    # "ở các xã", "từng chi bộ": the units of a level in the plural spread the whole, name none
    return {
        _GOV_LEVEL_OF.get(hit.group(1), 4)
        for hit in _GOV_LEVEL.finditer(text)
        if not _PLURAL_BEFORE.search(text, 0, hit.start())
    }


def _lower_level(ctx: Context, whole: Fig, part: Fig) -> bool:
    """Does ``part``'s sentence name only levels below every one ``whole``'s sentence names?"""
    if whole.sent == part.sent:
        return False
    told = _gov_levels(ctx.lower_slice(ctx.sentence_span(whole.sent)[0], whole.start))
    said = _gov_levels(ctx.lower_slice(ctx.sentence_span(part.sent)[0], part.start))
    return bool(told and said) and min(said) > max(told)


def _times_meet(told: set[str], said: set[str]) -> bool:
    """Do two sets of period words (:data:`_VERB_TIME`) share a period? "cả năm" is any year."""
    if told & said:
        return True
    return ("cả năm" in told and any(_YEAR_TOKEN.fullmatch(t) for t in said)) or (
        "cả năm" in said and any(_YEAR_TOKEN.fullmatch(t) for t in told)
    )


_VERB_AMONG = re.compile(
    r"(?:^|[,;:]\s*)trong\s+(?:tổng\s+)?số\s+(?P<noun>[^\W\d][^\d;,.()%:]{0,30}?)\s+"
    r"(?:đã\s+được|đã\s+bị|được|bị|đã)\s+(?P<verb>[^\W\d][^\d;,.()%:]{0,40}?)\s*,?\s*(?:có\s*)?$"
)
_BARE_PCT_END = re.compile(r"^\s*(?:[.;)]|$)")
_VERB_CUT = re.compile(r".*(?:;|\btrong đó\b|\btrong số\b|\briêng\b)", re.S)


_JOINED_COUNT = re.compile(r"^\s*(?:,|và)\s*$")


def _own_stretch(ctx: Context, g: Fig) -> str:
    """The words of ``g``'s own stretch: from the figure before it (or its clause's ";", a
    "trong đó" that splits it off) to the figure after it, its own number blanked."""
    s, e = ctx.sentence_span(g.sent)
    prev, nxt = ctx.prev_in_sent(g), ctx.next_in_sent(g)
    if (
        prev is not None
        and prev.type == "quantity"
        and prev.unit.key != g.unit.key
        and _JOINED_COUNT.match(ctx.lower_slice(prev.end, g.start))
    ):
        # "kiểm tra 41 tổ chức đảng, 118 đảng viên": a count of another unit joined to it
        # right before shares its verb; the stretch starts before that count
        prev = ctx.prev_in_sent(prev)
    lo = max(s, prev.end if prev is not None else s)
    hi = min(e, nxt.start if nxt is not None else e)
    head = ctx.lower_slice(lo, g.start)
    cut = _VERB_CUT.match(head)
    if cut:
        head = head[cut.end() :]
    tail = ctx.lower_slice(g.end, hi).split(";")[0]
    return f" {norm_words(head)} # {norm_words(tail)} "


def _done_whole(ctx: Context, part: Fig, p: Fig, after: str) -> Fig | None:
    """The whole named by its noun and a verb done to it (see the table above), when the part's
    percent misses it; None when there is no such one whole or another count fits."""
    if not part.unit.key:
        return None
    hit = _VERB_NAMED.match(after)
    if hit is not None:
        noun, verb = norm_words(hit.group("noun")), norm_words(hit.group("verb"))
    else:
        # the whole named before the part: "Trong số đảng viên được cấp ủy kiểm tra có 47 đồng
        # chí …, chiếm 41,8%" (a bare percent; the verb its last two words, past the agent)
        if not _BARE_PCT_END.match(after):
            return None
        cs, _ = ctx.clause(part.start, part.end)
        hit = _VERB_AMONG.search(ctx.lower_slice(cs, part.start))
        if hit is None:
            return None
        noun = norm_words(hit.group("noun"))
        verb = " ".join(norm_words(hit.group("verb")).split()[-2:])
    named = unit_info(noun)
    kind: list[Fig] = []  # the counts of the named noun and the part's kind, of any size
    for g in ctx.earlier(part, 60):
        if g.sent < part.sent - _REACH:
            break
        if g.type != "quantity" or not g.exact_count or g.value is None or reference_level(ctx, g):
            # a plan's or a past year's bracketed level is what the count is measured against,
            # no whole the words name (review 27s, see _not_reference_wholes)
            continue
        key = g.unit.key
        if not key or not (
            noun == key
            or noun.startswith(key + " ")
            or key.startswith(noun + " ")  # "số hộ" of "3.640 hộ dân"
            or (_people(g.unit) and _people(named) and not _two_members(key, noun))
        ):
            continue
        if not (
            _same_kind(g, part)
            or (_people(g.unit) and _people(part.unit))
            or key.startswith(part.unit.key + " ")  # "412 trẻ" of "845 trẻ em"
        ):
            continue
        if g.value > part.value and fits(100 * part.value / g.value, p):  # type: ignore[operator]
            return None  # another count that gives the percent: it may be the one meant
        kind.append(g)
    if any(
        fits(100 * part.value / (a.value + b.value), p)  # type: ignore[operator]
        for i, a in enumerate(kind[:6])
        for b in kind[i + 1 : 6]
    ):
        return None  # "giám sát 11 chi bộ; … giám sát thêm 5 chi bộ … 7 chi bộ, chiếm 43,8%"
    said = [
        g
        for g in kind
        if _says_verb(_own_stretch(ctx, g), verb)
        # a plan is no count of those done to (review 28h):
        #   "Chỉ tiêu năm 2024, Hội kết nạp 600 hội viên mới. Cả năm vượt chỉ tiêu, … 212 hội
        #    viên mới là thanh niên, chiếm 32,5% số hội viên được kết nạp"   (652, unstated)
        and not (
            _PLANNED.search(ctx.before_low(g, 70))
            and not _PLANNED_DONE.search(ctx.before_low(g, 70))
        )
    ]
    if len({g.value for g in said}) > 1:
        # "… kiểm tra 4 tổ chức đảng và 6 đảng viên; … 37 tổ chức đảng và 112 đảng viên. Như
        # vậy, … đã kiểm tra 41 tổ chức đảng, 118 đảng viên": the one that is the sum of the
        # others is the whole they make, when said after them as their sum ("Như vậy", "tổng
        # cộng", "các cấp"); three bodies side by side, one of them by chance the sum of the
        # others, are three groups (review 28h):
        #   "Chi bộ kiểm tra 18 đảng viên, đảng ủy cơ sở kiểm tra 12 đảng viên, Ủy ban Kiểm tra
        #    … kiểm tra 30 đảng viên. Trong số đảng viên được kiểm tra có 21 …, chiếm 35%"  (60)
        total = [
            g
            for g in said
            if g.value == sum(h.value for h in said if h is not g)  # type: ignore[misc]
            and all(h.start < g.start for h in said if h is not g)
            and _SUM_SAID.search(ctx.lower_slice(ctx.sentence_span(g.sent)[0], g.start))
        ]
        said = total[:1] if len(said) >= 3 and len(total) == 1 else said
    if not said or len({g.value for g in said}) != 1 or said[0].value <= part.value:  # type: ignore[operator]
        return None  # two counts say the verb (two groups, or two moments): which is unsaid
    whole = said[0]
    if _two_moments(ctx, whole, part) or _whole_of_another_moment(ctx, whole, p):
        return None
    # "Đầu nhiệm kỳ, Hội kết nạp 94 …. Cuối năm 2024, có 58 …": each dated, to other times
    told = set(_VERB_TIME.findall(ctx.lower_slice(ctx.sentence_span(whole.sent)[0], whole.start)))
    said_then = set(_VERB_TIME.findall(ctx.lower_slice(ctx.sentence_span(part.sent)[0], p.start)))
    # "Sáu tháng đầu năm, Hội kết nạp 42 …. Cả năm, có 31 …" ; "Trong nhiệm kỳ, … kiểm tra 62 ….
    # Riêng năm 2024, …": a period of its own on each side (review 28h)
    if told and said_then and not _times_meet(told, said_then):
        return None
    if _lower_level(ctx, whole, part):
        return None  # "Ủy ban Kiểm tra Tỉnh ủy kiểm tra 24 …. … Huyện ủy có 5 …" (_GOV_LEVEL)
    return whole


_ANAPHOR_OPEN = re.compile(
    r"^\W*(?:[a-zđ]\)\s*)?(?:trong\s+(?:tổng\s+)?(?:số\s+)?(?:đó|này)|số này)\b"
)
_FAR_SENTS = 8  # how far back "Trong số đó" may point: the paragraph and its bullet list


def _anaphor_wholes(ctx: Context, part: Fig, want: object) -> list[Fig]:
    """After a sentence opened by "Trong số đó"/"Trong đó"/"Số này", the larger counts of the
    part's family up to a paragraph back ("Toàn tỉnh có 85 mô hình … - văn hóa: 20 mô hình.
    Trong số đó, 12 mô hình được khen thưởng, chiếm 14,1%"): a fit is told, a miss is not."""
    s, _ = ctx.sentence_span(part.sent)
    if not _ANAPHOR_OPEN.match(ctx.lower_slice(s, part.start)):
        return []
    out = []
    for g in ctx.earlier(part, 120):
        if g.sent < part.sent - _FAR_SENTS or len(out) >= 8:
            break
        if g.sent != part.sent and _fits_family(g, part, want):
            out.append(g)
    return out


def _far_whole(ctx: Context, part: Fig, want: object) -> Fig | None:
    """A whole stated before the usual reach, found only by strong agreement: the count written
    with the part's very unit words, one value in all the document before ("Đảng bộ có 26 chi bộ
    thôn, tổ dân phố …" … "24 chi bộ thôn, tổ dân phố có chi ủy, chiếm 92,3%"), the words being
    a specific name (a known family, or several words)."""
    key = part.unit.key
    if not key:
        return None
    name = descriptor(ctx, part)
    same = []
    for g in ctx.earlier(part, 400):
        if g.unit.key != key or g.sent >= part.sent - _REACH or not _fits_family(g, part, want):
            continue
        own = descriptor(ctx, g)
        # "chi bộ ấp" names "chi bộ ấp, khu phố có chi ủy"; "chi bộ" alone names too much
        if len(own.split()) >= 3 and (name == own or name.startswith(own + " ")):
            same.append(g)
    if not same or len({g.value for g in same}) != 1:
        return None
    return same[0]


_STOCK_MOVES = re.compile(
    r"kết nạp|tiếp nhận|chuyển (?:sinh hoạt\s+)?(?:đảng\s+)?(?:đến|đi|ra|về)|từ trần|qua đời"
    r"|xóa tên|khai trừ|sáp nhập|hợp nhất|chia tách|thành lập"
)
_BODY_SUBJECT = re.compile(r"\b(?:chi bộ|đảng bộ|chi hội|hội|chi đoàn|đoàn|xã|phường|thôn|tổ)\b")
_PLAIN_TAIL = re.compile(r"\s*(?:[,.;(]|$|và\b|với\b|gồm\b|sinh hoạt\b|trực thuộc\b)")
_OTHER_SCOPE_LEAD = re.compile(r"\b(?:toàn|cả|riêng|tại|ở|trong)\b")


def _body_total(ctx: Context, base: Fig, part: Fig, after: str) -> bool:
    """ "Đảng bộ phường … có … 864 đảng viên (…)" … "148 đồng chí, chiếm 17,1% tổng số đảng viên
    của Đảng bộ": the whole named after the percent by its noun and its body, the body the
    subject of the whole's own clause, the whole a plain stock (nothing said of it after the
    noun), the part no level reached by a change, and the part's sentence opening no scope of
    its own ("Toàn huyện, …")."""
    named = norm_words(re.split(r"[.;()]", after, maxsplit=1)[0])
    body = _OF_BODY_NAMED.fullmatch(named.removeprefix(f"tổng số {base.unit.key}"))
    if body is None or not named.startswith(f"tổng số {base.unit.key}"):
        return False
    if not _subject_named(ctx, base, body.group(1)):
        return False  # the body is the clause's subject, not a noun it counts ("có 31 chi bộ")
    if not _PLAIN_TAIL.match(ctx.low, base.end):
        return False
    if any(part is b for _a, b, _d, _v in change_pairs(ctx)):
        return False  # "tăng từ 980 lên 1.050 đồng chí …": the whole may have moved too
    if _STOCK_MOVES.search(ctx.low, base.end, part.start):
        return False  # "… tiếp nhận 52 đảng viên …": the whole moved after it was stated
    ps, _ = ctx.sentence_span(part.sent)
    if _BODY_SUBJECT.search(ctx.low, ps, part.start):
        return False  # "Chi bộ khu phố 7 có 46 đảng viên …": another body's own count
    return not _OTHER_SCOPE_LEAD.search(ctx.low, ps, part.start)


def _heads_only(ctx: Context, order: list[Fig]) -> list[Fig]:
    """``order`` without the parts of a bracketed breakdown whose head is also there: in "864
    đảng viên (831 đảng viên chính thức, 33 đảng viên dự bị)" the whole is 864, not 831."""
    ids = {id(g) for g in order}
    out = []
    for g in order:
        s, _ = ctx.sentence_span(g.sent)
        i = ctx.text.rfind("(", s, g.start)
        head = None
        if i >= 0 and ")" not in ctx.text[i : g.start]:
            head = next(
                (h for h in ctx.figs_from(s, i) if h.end <= i and not ctx.text[h.end : i].strip()),
                None,
            )
        if head is not None and id(head) in ids and head.value > g.value:  # type: ignore[operator]
            continue
        out.append(g)
    return out


def _undated(ctx: Context, part: Fig, p: Fig, base: Fig) -> bool:
    """Neither the part's sentence nor the base's clause names its own time."""
    s, _ = ctx.sentence_span(part.sent)
    if vocab.TIME_MARK.search(ctx.lower_slice(s, p.end)):
        return False
    bs, be = ctx.clause(base.start, base.end)
    return not vocab.TIME_MARK.search(ctx.lower_slice(bs, be))


# "… chiếm 17,1% tổng số đảng viên của Đảng bộ": the body named as the whole's own subject
_OF_BODY_NAMED = re.compile(r"\s+của\s+((?:đảng bộ|chi bộ|hội|xã|phường|huyện|tỉnh)(?: [^\W\d]+)?)")


def _named_total(
    ctx: Context, part: Fig, p: Fig, order: list[Fig], want: object, after: str
) -> bool:
    """ "Huyện có … 186 thôn, tổ dân phố. … 172 thôn, tổ dân phố có chi bộ riêng, chiếm 95,5% tổng
    số thôn, tổ dân phố": the whole named after the percent with the part's very unit words, one
    earlier count of them (one value), neither place dated nor split by a subset word."""
    named = norm_words(re.split(r"[.;()]", after, maxsplit=1)[0])
    if want is None or not order or len({g.value for g in order}) != 1:
        return False
    key = order[0].unit.key
    # the part in the whole's very unit words, or members counted as "đồng chí" of a whole of
    # "đảng viên" ("148 đồng chí, chiếm 17,1% tổng số đảng viên")
    if key != part.unit.key and not (part.unit.key == "đồng chí" and key == "đảng viên"):
        return False
    body = _OF_BODY_NAMED.fullmatch(named.removeprefix(f"tổng số {key}"))
    if not named.startswith(f"tổng số {key}") or (
        named != f"tổng số {key}"
        and not (
            body and body.group(1) in ctx.lower_slice(ctx.clause(order[0].start)[0], order[0].start)
        )
    ):
        return False  # "tổng số thôn của tỉnh", "tổng số đảng viên được đề nghị": another whole
    s, _ = ctx.sentence_span(part.sent)
    if vocab.TIME_MARK.search(ctx.lower_slice(s, p.end)):
        return False
    base = order[0]
    bs, be = ctx.clause(base.start, base.end)
    return not vocab.TIME_MARK.search(ctx.lower_slice(bs, be))


# A whole stated as such one or two sentences before its part, the only count of the part's
# family within reach, tied to the part by what the part's sentence says (read by
# :func:`_total_before`):
#   whole's sentence                                part's sentence                      tie
#   "Tổng số phiếu phát ra là 318 phiếu."          "Số phiếu thu về hợp lệ 312 phiếu,
#                                                    chiếm …% số phiếu phát ra."          the named whole
#   "Toàn huyện có 31.260 hộ."                      "Số hộ sử dụng nước sạch: 24.980 hộ,
#                                                    chiếm …%."                           its noun restated
#   "… đã kết nạp 2.134 đảng viên mới;"            "trong số đảng viên mới kết nạp, có
#                                                    834 đảng viên nữ, chiếm …%"          "trong số" + noun
#   "Toàn tỉnh có 1.126 hợp tác xã …;"             "trong số này, 412 hợp tác xã …"      an anaphor
#   not "Tổng số hộ nghèo là 2.450 hộ." "Số hộ cận nghèo 1.200 hộ, chiếm 6%" (a sibling: the
#   noun is not said again), nor "… chiếm 6% tổng số hộ" (another whole named), nor a part dated,
#   placed or bodied on its own ("Năm 2023, …", "Riêng huyện A …", "Chi bộ … có …"), nor a whole
#   with its own share ("… 2.450 hộ nghèo (chiếm 8,2%)": the part's may be of that base)
_BEFORE_OPENER = re.compile(
    r"\btổng\s+(?:số\s+)?(?P<n>[^\W\d][^\d,;:()%]*?)\s*(?:\b(?:là|đạt|có|của|toàn|trên|tại|ở|cả|"
    r"đầu|cuối|năm|vụ|trong|đến|hiện|ước|khoảng|gồm|được)\b|$)"
)
_BEFORE_HAS = re.compile(
    r"(?:^|[,;:]\s*)(?:(?:toàn|cả)\s+)?[^\W\d][^\d,;:()%]{0,40}?\s+(?:hiện\s+|hiện nay\s+)?có"
    r"(?:\s+tổng\s+(?:số\s+)?)?\s*$"
)
_BEFORE_ANAPHOR = re.compile(
    r"^\W*(?:trong\s+(?:tổng\s+)?số\s+(?:đó|này|ấy|trên)|trong\s+đó|số\s+này)(?:\s*[,:]|\s)"
)
_BEFORE_AMONG = re.compile(
    r"(?:^\W*|[,;:]\s*)trong\s+(?:tổng\s+)?số\s+(?!(?:đó|này|ấy)\b)(?P<n>[^\d,;:()%]{2,40}?)\s*[,:]"
)
_BEFORE_BARE = re.compile(r"^\s*(?:[.;,)]|$|và\b|(?:so với|trên)\s+tổng\s+số\s*(?:[.;,)]|$))")
_BEFORE_LATER = re.compile(
    r"\briêng\b|\b(?:tại|ở)\s|\bcòn\b|\bhiện nay\b|\bđến nay\b|\bnay\b|\bxuống\b|"
    r"kế hoạch|chỉ tiêu|mục tiêu|dự toán|\btăng\b|\bgiảm\b|bình quân"
)
# a body or place as the subject of the part's clause ("Chi bộ khu phố 7 có 46 …", "xã … có")
_BEFORE_BODY = re.compile(
    r"^\W*(?:chi bộ|đảng bộ|chi hội|chi đoàn|xã|phường|thị trấn|huyện|thôn|bản|ấp|khu phố)\b"
    r"|\b(?:chi bộ|đảng bộ|chi hội|hội|chi đoàn|đoàn|xã|phường|huyện|thôn|tổ)\b(?!\s+viên)"
    r"[^\d,;:()%]{0,30}\bcó\s*$"
)
_BEFORE_SUBSET = re.compile(r"\btrong đó\b|\briêng\b|\btrong\s+(?:tổng\s+)?số\b|\bngoài ra\b")
_THEN_WORDS = re.compile(
    r"năm học trước|năm trước|đầu nhiệm kỳ|trước đây|\bkhi\b|trước khi|trước sáp nhập|chia tách"
)
_PART_TIME = re.compile(r"\bnăm\b|tháng|\bquý\b|\bkỳ\b|thời điểm|\bhiện\b|\bnay\b|vừa qua|\bđợt\b")
_PART_SCOPE = re.compile(r"\b(?:toàn|cả)\s+[^\W\d]+")
_YEAR_RUN = re.compile(r"\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\b")
_BEFORE_PLACES = frozenset(
    "huyện tỉnh xã phường thị trấn thành phố quận thôn bản ấp đảng bộ".split()
)
_BEFORE_LIGHT = frozenset({"mới", "được", "đã", "các", "những", "toàn", "số"})


def _words_in(words: str, text: str) -> bool:
    """Are ``words`` said in ``text`` as whole words ("hộ" in "số hộ nghèo", not in "hội")?"""
    return bool(words) and f" {norm_words(words)} " in f" {norm_words(text)} "


# (session 40) A territory's own units stated with no time ("Tỉnh có 134 xã.") stand the same
# at the report's latest year: a part dated that year ("Đến hết năm 2023, đã có 97 xã …
# (74,6%)") is of them, unless the report reorganises its units or dates the part otherwise.
#   example (our own)                                                              told
#   "Tỉnh có 134 xã. Đến hết năm 2023, đã có 97 xã … (74,6%)"  (97/134 = 72,4%)     inconsistent
#   "Tỉnh có 134 xã. Năm 2015, có 45 xã … (35,1%)" … "năm 2023" elsewhere           nothing
#   "Sau sáp nhập, tỉnh có 134 xã. Năm 2023, có 97 xã … (74,6%)"                    nothing
_STANDING_FAMS = frozenset({"commune", "village", "district"})
_TERRITORY = r"(?:tỉnh|huyện|thị xã|thành phố|xã|phường|thị trấn|quận)"
# what moves a territory's units (the older reading of the one whole stated before keeps a
# "sắp xếp" between its whole and its part: blind batteries plant slips there)
_UNITS_MOVED = re.compile(
    r"sáp nhập|hợp nhất|chia tách|điều chỉnh địa giới|thành lập mới|giải thể|nâng cấp"
    r"|công nhận (?:là |thành )?(?:thị trấn|phường|thị xã|thành phố)"
    r"|(?:lên|thành) (?:thị trấn|phường|thị xã|thành phố)\b|\bnhập (?:vào|với)\b|\btách\b"
)
_REORGANISED = re.compile(r"sắp xếp|" + _UNITS_MOVED.pattern)
_TERRITORY_LEAD = re.compile(
    r"(?:^|[,;:]\s*)(?:toàn\s+|cả\s+)?(?P<t>" + _TERRITORY + r")"
    r"(?:\s+[^\W\d]+){0,3}\s+(?:hiện\s+|hiện nay\s+)?có\s*$"
)


def _territory_stock(ctx: Context, base: Fig, lead: str, has: bool) -> bool:
    """Is ``base`` a territory's undated stock of its own units ("Tỉnh có 134 xã", "Huyện hiện
    có 210 thôn, bản") in a report that does not reorganise them?"""
    if not has or not base.unit.fams or not base.unit.fams <= _STANDING_FAMS:
        return False
    if vocab.TIME_MARK.search(lead) or not _TERRITORY_LEAD.search(lead):
        return False
    return not _REORGANISED.search(ctx.low)


_LABEL_TERRITORY_HAS = re.compile(
    r"(?:^|[,;:]\s*)(?:toàn\s+|cả\s+)?(?P<t>" + _TERRITORY + r")\s+(?:(?:đã|hiện|đến nay|nay)\s+)*có\s*$"
)
_TERRITORY_WORDS = re.compile(r"\b" + _TERRITORY + r"\b")


def _same_territory(ctx: Context, base: Fig, lead: str, label: str, has: bool) -> bool:
    """Is the part's subject the very territory whose undated stock ``base`` is ("Huyện có 15 xã.
    Năm 2023, huyện có 6 xã đạt chuẩn …")?"""
    said = _LABEL_TERRITORY_HAS.search(label)
    if said is None or not _territory_stock(ctx, base, lead, has):
        return False
    return _lead_territory(lead) == said.group("t")


def _lead_territory(lead: str) -> str | None:
    """The territory word of a stock's lead ("tỉnh" of "… tỉnh … có"), or None."""
    whole = _TERRITORY_LEAD.search(lead)
    return whole.group("t") if whole else None


def _units_moved(ctx: Context, base: Fig, p: Fig) -> bool:
    """Were a territory's own units reorganised between their stock ``base`` and the percent
    ("Huyện có 16 xã, 1 thị trấn. Năm 2022, xã Tân Lập được công nhận là thị trấn …", review
    40d)?"""
    return bool(
        base.unit.fams
        and base.unit.fams <= _STANDING_FAMS
        and _UNITS_MOVED.search(ctx.low, base.end, p.start)
    )


def _other_territory(lead: str, label: str) -> bool:
    """Does the part's label name a territory other than the one whose stock ``lead`` opens
    ("Huyện … có 8 xã. Năm 2024, tỉnh có 3 xã …")?"""
    first = _lead_territory(lead)
    return any(first is None or m.group(0) != first for m in _TERRITORY_WORDS.finditer(label))


def _standing_now(ctx: Context, base: Fig, lead: str, label: str, has: bool) -> bool:
    """May a part dated by ``label`` be of ``base``, a territory's undated stock of its own units
    (above)?"""
    if not _territory_stock(ctx, base, lead, has) or _other_territory(lead, label):
        return False
    years = [int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", label)]
    latest = max((int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", ctx.low)), default=0)
    rest = re.sub(r"\b(?:đến\s+(?:hết\s+|cuối\s+)?|trong\s+|cuối\s+)?năm\s+(?:19|20)\d{2}\b", " ", label)
    return bool(years) and all(y == latest for y in years) and not vocab.TIME_MARK.search(rest)


def _total_before(ctx: Context, part: Fig, p: Fig, order: list[Fig], after: str) -> bool:
    """Is the one earlier count ``order`` holds surely the whole of ``part``'s percent ``p``: stated
    as a total or as the stock of its place one or two sentences before (or before a ";"), and tied
    to the part by its noun said again, by "Trong đó"/"trong số …", or by the whole named after
    the percent (see the table above)?"""
    if not order or len({g.value for g in order}) != 1:
        return False
    base = order[0]
    if not part.sent - 2 <= base.sent <= part.sent:
        return False
    bs, be = ctx.sentence_span(base.sent)
    ps, _ = ctx.sentence_span(part.sent)
    if base.sent == part.sent:
        # "Toàn tỉnh có 1.126 hợp tác xã …; trong số này, 412 …": one ";" and the part opens its
        # clause
        between = ctx.lower_slice(base.end, part.start)
        if between.count(";") != 1:
            return False
        ps = base.end + between.index(";") + 1
    key = base.unit.key
    label = ctx.lower_slice(ps, part.start)
    if not key or not (
        part.unit.key == key
        or (part.unit.key == "đồng chí" and key == "đảng viên")
        or (part.unit.key in ("đồng chí", "người") and _people(base.unit) and _words_in(key, label))
    ):
        return False
    profile = _profile_with(ctx, base, part)
    if any(
        g.type in ("quantity", "percent", "ratio") and g not in profile
        for g in ctx.figs_from(bs, base.start)
    ):
        return False  # the whole opens its sentence: "… 14 trường tiểu học có 5.120 học sinh"
    # dates and terms kept as words: "Cấp ủy … nhiệm kỳ 2020-2025 có 2.846 cấp ủy viên"
    lead = _YEAR_RUN.sub("năm", ctx.lower_slice(bs, base.start))
    if _BEFORE_SUBSET.search(lead):
        return False  # "…; riêng Trường … có 1.480 học sinh"
    if re.search(r"\d", _YEAR_RUN.sub(" ", _blanked(ctx, base.end, part.start, profile))):
        return False  # another count between: "… 2.400 cán bộ, trong đó 1.500 nữ; …"
    if _THEN_WORDS.search(lead) or _whole_of_another_moment(ctx, base, p):
        return False  # "Năm học trước, huyện có 9.846 học sinh", "Khi thành lập, Hội có …"
    psent = ctx.lower_slice(ps, ctx.sentence_span(part.sent)[1])
    if vocab.TIME_MARK.search(lead) and _PART_TIME.search(psent):
        return False  # "… năm 2020, thị xã có 9.846 học sinh. … trong năm học vừa qua, …"
    scope = _PART_SCOPE.search(ctx.lower_slice(ps, part.start))
    if scope and scope.group(0) not in lead:
        return False  # "Toàn huyện, đảng viên có trình độ thạc sĩ 41 đồng chí": a wider scope
    if any(
        g.type == "percent" and g is not p
        for g in ctx.figs_from(ps, ctx.sentence_span(part.sent)[1])
    ):
        # "Đảng viên nữ 160 đồng chí, chiếm 44%, trong đó dân tộc thiểu số 40 đồng chí, chiếm
        # 25%": shares of a part and of its subset in one sentence, their bases left to the rules
        # that read one sentence
        return False
    if any(g.type == "percent" for g in ctx.figs_from(base.end, part.start) if g is not p):
        return False  # the whole has its own share: the part's may be of that larger base
    if any(g.type in ("percent", "ratio") for g in ctx.figs_from(bs, base.start)):
        return False
    opener = _BEFORE_OPENER.search(lead)
    noun = norm_words(opener.group("n")) if opener else ""
    has = _BEFORE_HAS.search(lead) is not None
    ahead = [g for g in profile if g.end <= base.start]
    if ahead and not has:
        # "Đảng bộ xã có 26 chi bộ với 918 đảng viên": the stock said before its profile
        has = (
            _BEFORE_HAS.search(_YEAR_RUN.sub("năm", ctx.lower_slice(bs, ahead[-1].start)))
            is not None
        )
    # nothing counted between the part and its percent (for a territory's own units, below)
    alone = not any(g.type != "date" for g in ctx.figs_from(part.end, p.start) if g is not p)
    if (
        (vocab.TIME_MARK.search(label) and not (alone and _standing_now(ctx, base, lead, label, has)))
        or _BEFORE_LATER.search(label)
        or _BEFORE_LATER.search(ctx.lower_slice(part.end, p.start))
    ):
        return False
    if _PROPER_NAME.search(ctx.text[ps : part.start]) or (
        _BEFORE_BODY.search(label) and not _same_territory(ctx, base, lead, label, has)
    ):
        return False  # "Chi bộ khu phố 7 có 46 …", "… huyện Mường Ảng …": another body's count
    if any(g.type == "quantity" and g not in profile for g in ctx.figs_from(ps, part.start)):
        return False  # the part is the first count of its clause
    nouns = {key, noun} - {""}
    whole_words = lead + " " + descriptor(ctx, base)

    def names(x: str, scope: bool = False) -> int:
        """0: not the whole; 1: its noun only; 2: its noun with words of its own clause
        ("đảng viên mới kết nạp" of "đã kết nạp 1.548 đảng viên")."""
        if x in nouns:
            return 1
        if scope and len(x.split()) >= 2 and any(n.startswith(x + " ") for n in nouns):
            return 1  # "trong tổng số hội viên" of "15.820 hội viên nông dân" (not after the %:
            # "chiếm …% tổng kim ngạch" of "tổng kim ngạch xuất khẩu" may be of all trade)
        rest = x.removeprefix(key).split() if x.startswith(key + " ") else []
        content = [w for w in rest if w not in _BEFORE_LIGHT and w not in _BEFORE_PLACES]
        if content and all(_words_in(w, whole_words) for w in content):
            return 2
        return 0

    # the whole named after the percent: its noun, or the count's noun with words of its clause
    hit = _NAMED_NOUN.match(after)
    tie = 0
    if _BEFORE_BARE.match(after) is None:
        if not hit:
            return False
        named = norm_words(hit.group(1))
        named = re.split(r"\s+(?:và|với|trong|của)\s", " " + named + " ")[0].strip()
        tie = names(named)
        if not tie and re.match(r"\s*tổng\s+(?!số\b)", after) and noun.startswith(named + " "):
            # "chiếm …% tổng dư nợ" of "tổng dư nợ cho vay …": its full noun in the part's label
            tie = 1 if _words_in(noun, label) else 0
        if not tie:
            return False
    anaphor = _BEFORE_ANAPHOR.match(label)
    among = _BEFORE_AMONG.search(label)
    if among is not None:
        got = names(norm_words(among.group("n")), scope=True)
        if not got:
            return False  # "trong số đảng viên nữ, có …": a named subset
        tie = max(tie, got)
    if tie == 2:
        return True
    stock = opener is not None or has
    if _subset_base(ctx, base):
        return False  # "… 2.146 đảng viên nữ", "… Trường THPT … với 1.480 học sinh": a kind
    if (
        anaphor is None
        and among is None
        and re.match(r"\s*(?:là|thuộc)\b", ctx.after_low(base, 12))
    ):
        return False  # "… 64 đảng viên là cựu chiến binh": a kind, the noun alone names all
    if tie or anaphor is not None:
        return stock or anaphor is not None or among is not None
    # a bare percent: the whole said as the stock of its place, or as "Tổng số …", and its noun
    # said again in the part's label
    if not stock:
        return False
    # a whole named with words of its own ("Tổng số hộ nghèo là 2.450 hộ") is a group: the part's
    # label must say the whole name again ("số hộ nghèo dân tộc thiểu số"), its head noun alone
    # names a sibling group ("Số hộ cận nghèo 1.200 hộ, chiếm 6%": 6% of all households)
    if _group_name_dropped(ctx, base, label):
        return False
    if (
        alone
        and part.unit.key == key
        and _territory_stock(ctx, base, lead, has)
        and not _other_territory(lead, label)
    ):
        return True  # "Tỉnh có 134 xã. … đã có 97 xã đạt chuẩn … (74,6%)": its own units
    for n in nouns:
        said = re.search(rf"(?<!\w){re.escape(n)}(?!\w)\s*([^\W\d]+(?:\s+[^\W\d]+)?)?", label)
        if said is None:
            continue
        # "Số hộ hội viên nông dân … 164 hộ, chiếm 41,2%" of "Xã có 1.210 hộ": the noun said of a
        # group counted by another noun, whose own count the percent may be of
        nxt = unit_info(said.group(1) or "")
        return not (nxt.fams or _people(nxt))
    return opener is not None and _total_name_restated(noun, label)


# A total named by a noun of several words, the part's label opening on the noun's head word and
# saying its other words again (in any order, places and light words aside): a part of that very
# total, whatever its unit (money, area, output)
#   "tổng thu ngân sách xã đạt 18.640 triệu đồng; thu bổ sung từ ngân sách cấp trên là 14.210 …"
#   "Tổng giá trị sản xuất đạt …; giá trị sản xuất công nghiệp …"
#   not "Tổng kim ngạch xuất khẩu …; kim ngạch nhập khẩu …" ("xuất khẩu" not said again)
#   not "Tổng thu ngân sách …; chi thường xuyên …" (another head word)
_LABEL_LEAD_WORDS = frozenset(
    {"số", "trong", "đó", "có", "là", "đạt", "các", "những", "phần", "khoản"}
)


def _total_name_restated(noun: str, label: str) -> bool:
    content = [w for w in noun.split() if w not in _BEFORE_LIGHT and w not in _BEFORE_PLACES]
    if len(content) < 2:
        return False
    words = norm_words(label).split()
    while words and words[0] in _LABEL_LEAD_WORDS:
        words = words[1:]
    return bool(words) and words[0] == content[0] and set(content) <= set(words)


# Figures beside a whole that are no rival count of its part (read by :func:`_total_before`): the
# other counts of the whole's own profile, joined to it by "với", "," or "và" after the subject's
# "có"/"gồm", each of another family than the part; and an age or a span inside the part's label
#   "Xã có 3.218 hộ với 13.740 nhân khẩu; số hộ … 3.065 hộ, tỷ lệ …"     13.740 nhân khẩu
#   "Đảng bộ xã có 26 chi bộ với 918 đảng viên; đảng viên … 327 đồng chí"  26 chi bộ
#   "…; số cấp ủy viên trẻ dưới 35 tuổi là 187 đồng chí, chiếm …"          35 tuổi
#   not "… 14 trường tiểu học có 5.120 học sinh" (the whole of those 14 schools: "có" between)
#   not "Xã có 3.218 hộ, 420 hộ nghèo; …" (a count of the part's family)
_PROFILE_JOIN = re.compile(r"^\s*(?:,\s*)?(?:với|và)?\s*$")
_PROFILE_OPENS = re.compile(r"\b(?:có|gồm)\s*$")


def _profile_with(ctx: Context, base: Fig, part: Fig) -> list[Fig]:
    out: list[Fig] = []
    for g in ctx.figs_from(part.start - 200 if part.start > 200 else 0, part.start):
        if g.type == "quantity" and g.unit.key.split(" ")[0] in _AGE_OR_TIME and g.start > base.end:
            out.append(g)  # an age or a span: a label's words
    if base.unit.key.split(" ")[0] in _AGE_OR_TIME:
        return out
    bs, _ = ctx.sentence_span(base.sent)

    def other(g: Fig) -> bool:
        return (
            g.type == "quantity"
            and bool(g.unit.key)
            and g.unit.key.split(" ")[0] not in _AGE_OR_TIME
            and not (
                g.unit.key == part.unit.key or kin(g.unit, part.unit) or covers(g.unit, part.unit)
            )
            and not (g.unit.key == base.unit.key or kin(g.unit, base.unit))
            and not (_people(g.unit) and _people(part.unit))
        )

    chain = [base]
    prev = ctx.prev_in_sent(base)
    while (
        prev is not None and other(prev) and _PROFILE_JOIN.match(ctx.gap(prev, chain[-1]).lower())
    ):
        chain.append(prev)
        prev = ctx.prev_in_sent(prev)
    if len(chain) > 1 and not _PROFILE_OPENS.search(ctx.lower_slice(bs, chain[-1].start)):
        chain = [base]  # the first count opens no stock of the subject ("có"): no profile
    nxt = ctx.next_in_sent(base)
    last = base
    while (
        nxt is not None
        and nxt.start < part.start
        and other(nxt)
        and _PROFILE_JOIN.match(ctx.gap(last, nxt).lower())
    ):
        chain.append(nxt)
        last, nxt = nxt, ctx.next_in_sent(nxt)
    return out + [g for g in chain if g is not base]


def _blanked(ctx: Context, start: int, end: int, figs: list[Fig]) -> str:
    """The text from ``start`` to ``end`` with ``figs`` blanked out."""
    text = ctx.text[start:end]
    for g in figs:
        if start <= g.start and g.end <= end:
            text = text[: g.start - start] + " " * (g.end - g.start) + text[g.end - start :]
    return text


_ALL_WORDS = frozenset({"tự", "nhiên", "chung", "cả", "toàn", "tất"})  # "diện tích tự nhiên"


def _group_name_dropped(ctx: Context, base: Fig, label: str, head: str = "") -> bool:
    """Is ``base`` named as a group by its clause's opener ("Tổng số hộ nghèo là 2.450 hộ": "hộ
    nghèo", words of its own past its head, the unit "hộ" or ``head``) and that name not said
    again in ``label``? Its head alone then names a sibling group ("Số hộ cận nghèo 1.200 hộ,
    chiếm 6%": 6% of all households, not of the poor; "Tổng kim ngạch xuất khẩu …; kim ngạch nhập
    khẩu …, chiếm …": of all trade); "Số hộ nghèo dân tộc thiểu số …" says it again, and words
    that mean the whole itself ("Tổng diện tích tự nhiên …; diện tích đất nông nghiệp …") name
    no group."""
    head = head or base.unit.key
    bs, _ = ctx.clause(base.start, base.end)
    opener = _BEFORE_OPENER.search(_YEAR_RUN.sub("năm", ctx.lower_slice(bs, base.start)))
    noun = norm_words(opener.group("n")) if opener else ""
    if not head or not noun.startswith(head + " ") or _words_in(noun, label):
        return False
    own = {
        w
        for w in noun[len(head) :].split()
        if w not in _BEFORE_LIGHT and w not in _BEFORE_PLACES and w not in _ALL_WORDS
    }
    # the label names the head with a modified name sharing a word with the group's ("cận
    # nghèo" of "nghèo", "nhập khẩu" of "xuất khẩu"); a mere restriction shares none ("Thẻ cấp
    # cho người dân tộc thiểu số …" of "thẻ bảo hiểm y tế": a part of those cards)
    said = f" {norm_words(label)} "
    at = said.find(f" {head} ")
    return at >= 0 and bool(own & set(said[at + len(head) + 2 :].split()))


_OWN_DATE = re.compile(r"^[^\d(),;:.]{0,40}\(\s*(?:tính )?(?:đến|tại thời điểm|thời điểm)\s[^()]{2,30}\)")


def _strict_same(ctx: Context, whole: Fig, part: Fig, p: Fig | None = None) -> bool:
    """One whole earlier in the sentence, split off by "trong đó"/"có"/",", nothing else dated
    or shared in between: "Đảng bộ có 840 đảng viên, trong đó đảng viên nữ 305 đồng chí"."""
    between = ctx.lower_slice(whole.end, part.start)
    # the whole's own date in a bracket right after it ("2.736 đảng viên của Đảng bộ (tính đến
    # 31/12/2023), có 412 …"): the moment of the whole, not a second one
    if vocab.TIME_MARK.search(_OWN_DATE.sub(" ", between, count=1)):
        return False
    # (the claim's own percent may stand before its part: "…, trong đó nữ chiếm 31,9% (1.248 …)")
    if any(
        g.type in ("percent", "ratio") and g is not p for g in ctx.figs_from(whole.end, part.start)
    ):
        return False
    if ";" in between:
        return _owed_and_done(ctx, whole, part) or _total_restated(ctx, whole, part)
    if _sibling_labels(ctx, whole, part):
        return False  # "Đảng viên nam 1.240 đồng chí, đảng viên nữ 860 đồng chí": two groups
    # "Chi bộ có 37 đảng viên thì 15 đồng chí là nữ": "thì" splits as a comma does
    return bool(re.search(r"trong đó|[,:]|\bcó\b|\bthì\b", between))


# A total named as such opening its clause, then after one ";" a clause whose label restates
# the total's noun: the part of that total (the noun said again, no other clause between)
#   "Tổng diện tích tự nhiên của xã là 3.415,6 ha; diện tích đất nông nghiệp 2.718,3 ha, chiếm …"
#   "Tổng số hộ toàn xã là 1.736 hộ; số hộ nghèo 120 hộ, chiếm …"
#   not "Tổng thu ngân sách 1.284 tỷ đồng; chi thường xuyên 900 tỷ đồng, chiếm …" (another noun)
_TOTAL_OPENS = re.compile(r"^\W*tổng\s+(?:số\s+)?(?P<n>[^\W\d]+(?:\s+[^\W\d]+)?)")
_RESTATED_NOT = re.compile(r"\b(?:tăng|giảm|so với|kế hoạch|chỉ tiêu|năm|riêng|còn lại|còn)\b")


def _total_restated(ctx: Context, whole: Fig, part: Fig) -> bool:
    between = ctx.lower_slice(whole.end, part.start)
    if between.count(";") != 1:
        return False
    ws, _ = ctx.clause(whole.start, whole.end)
    opens = _TOTAL_OPENS.match(ctx.lower_slice(ws, whole.start))
    if opens is None:
        return False
    label = between.split(";", 1)[1]
    if _RESTATED_NOT.search(label) or "," in label or _group_name_dropped(ctx, whole, label):
        return False
    noun = opens.group("n")  # "diện tích", or the count's own noun: "hộ" of "số hộ toàn xã"
    key = whole.unit.key
    nouns = [noun, key] if key and (noun == key or noun.startswith(key + " ")) else [noun]
    return any(
        re.match(rf"\s*(?:số\s+)?{re.escape(n)}\b", label)
        and not _group_name_dropped(ctx, whole, label, n)
        for n in nouns
    )


_OWED = re.compile(r"\b(?:phải|cần)\s+(?P<verb>[^\W\d]+\s+[^\W\d]+)")


def _owed_and_done(ctx: Context, whole: Fig, part: Fig) -> bool:
    """ "Tổng số tiền phải thu hồi … là 27,4 tỷ đồng; … đã thu hồi 18,6 tỷ đồng, đạt tỷ lệ …":
    what must be done, then in the next clause what was done by the same two-word verb."""
    ws, _ = ctx.clause(whole.start, whole.end)
    owed = list(_OWED.finditer(ctx.lower_slice(ws, whole.start)))
    if not owed:
        return False
    verb = owed[-1].group("verb")
    ps, _ = ctx.clause(part.start, part.end)
    done = ctx.lower_slice(ps, part.start)
    return bool(
        re.search(rf"\bđã\s+{re.escape(verb)}\s*(?:được\s*)?$|\b{re.escape(verb)}\s+được\s*$", done)
    )


_REACHED_PCT = re.compile(r"\bđạt\s+(\d+(?:,\d+)?)\s*%")


def _completion_rates(ctx: Context, p: Fig) -> bool:
    """Is ``p`` one of several "đạt P%" of the items of one sentence that no whole could share
    (together past 100%): each item's completion, not its share?"""
    s, e = ctx.sentence_span(p.sent)
    if not re.search(r"\bđạt\s*$", ctx.before_low(p, 8)):
        return False
    rates = [float(m.group(1).replace(",", ".")) for m in _REACHED_PCT.finditer(ctx.low, s, e)]
    return len(rates) >= 2 and sum(rates) > 100.5


def _names_base(after: str, base: Fig) -> bool:
    """Do the words after the percent name the base's own noun as a whole ("… bằng 16,5% tổng số
    đảng viên." of "trong tổng số 2.736 đảng viên …, có 412 …")?"""
    named = norm_words(re.split(r"[.;(),]", after, maxsplit=1)[0])
    key = base.unit.key
    return bool(key) and named in (f"tổng số {key}", f"số {key}")


def _resolved(
    ctx: Context, part: Fig, p: Fig, start: int, after: str, soft: bool = False
) -> list[Check]:
    """The share row of a whole found by :func:`_resolve` (none when there is no candidate)."""
    if vocab.DELTA_BEFORE.search(ctx.before_low(part, 14)) or re.search(
        r"[,;]\s*thêm\s*$|\bvượt\s*$", ctx.before_low(part, 14)
    ):
        return []  # "tăng 27 doanh nghiệp (14,4%) so với …": a change and its rate, see change.py
    if any(part is b and a.end < part.start for a, b, _d, _v in change_pairs(ctx)) and re.match(
        r"\s*\(\s*(?:chiếm|tỷ lệ|bằng)?\s*$", ctx.gap(part, p).lower()
    ):
        return []  # "từ 84 hộ (2,43%) xuống còn 59 hộ (1,70%)": the level's own rate, not of 84
    level = _level_reached(ctx, part)
    if level is not None:
        pv = judge_stated(100 * part.value / level.value, p)  # type: ignore[operator]
        if pv is None:
            return []
        what = (
            f"total {as_written(level):g} {_unit_written(level)}, the level just reached",
            f"tổng số {level.m.text} vừa đạt",
        )
        told = "unverifiable" if soft and pv.judgement.verdict == "inconsistent" else None
        c = _emit(ctx, told, [part], level, p, pv, what)
        c.start, c.end = ctx.clause(min(start, part.start), max(p.end, part.end))
        c.text = ctx.text[c.start : c.end]
        return [c]
    got = _resolve(ctx, part, p, after)
    if got is None:
        return []
    base, verdict = got
    if verdict == "inconsistent" and _two_moments(ctx, base, part):
        verdict = "unverifiable"  # "Năm 2020 … có 5.958 …, hiện nay có 1.245 …"
    if verdict == "inconsistent" and _complementary_groups(ctx, base, part):
        verdict = "unverifiable"  # "Tổng số đảng viên nam là 1.248 …; đảng viên nữ 1.076 …"
    if verdict == "inconsistent" and _scoped_elsewhere(ctx, base, part):
        verdict = "unverifiable"  # "…; đảng viên nữ trong số mới kết nạp 90 đồng chí, chiếm 60%"
    if verdict == "inconsistent" and _completion_rates(ctx, p):
        verdict = "unverifiable"  # "(vốn tỉnh 16,4 tỷ đồng, đạt 91%; vốn xã 8,2 tỷ đồng, đạt 87%)"
    if (
        verdict == "inconsistent"
        and _WORDS_AFTER_PCT.match(ctx.after_low(p, 20))
        and not _body_total(ctx, base, part, after)
        and _done_whole(ctx, part, p, after) is not base
        and _unit_named_whole(ctx, part, p, after) is not base
        and not _total_before(ctx, part, p, [base], after)
        and not (base.sent == part.sent and _names_base(after, base))
    ):
        verdict = "unverifiable"  # "(30,5% hồ sơ cấp tỉnh)": a whole of its own, in words
    pv = judge_stated(100 * part.value / base.value, p)  # type: ignore[operator]
    if pv is None:
        return []
    if verdict == "inconsistent" and (soft or pv.judgement.verdict == "consistent"):
        verdict = "unverifiable" if pv.judgement.verdict != "consistent" else "consistent"
    if pv.judgement.verdict == "consistent":
        verdict = "consistent"
    what = (f"total {as_written(base):g} {_unit_written(base)}", f"tổng số {base.m.text}")
    c = _emit(ctx, verdict, [part], base, p, pv, what)
    c.start, c.end = ctx.clause(min(start, part.start), max(p.end, part.end))
    c.text = ctx.text[c.start : c.end]
    return [c]


# Two groups that split one population between them: the count of one is no whole of the other
# ("Tổng số đảng viên nam là 1.248 người; đảng viên nữ 1.076 người, chiếm 46,3%": 46,3% of all
# members, not of the men).
_GROUP_SIDE = re.compile(
    r"\b(?:đảng viên|người|cán bộ|công chức|hội viên|đoàn viên|học sinh|lao động|giáo viên)"
    r"\s+(?:là\s+)?(nam|nữ|chính thức|dự bị)\b"
)
_SIDES = {"nam": "sex", "nữ": "sex", "chính thức": "membership", "dự bị": "membership"}


def _group_sides(text: str) -> dict[str, str]:
    return {_SIDES[m.group(1)]: m.group(1) for m in _GROUP_SIDE.finditer(text)}


def _complementary_groups(ctx: Context, base: Fig, part: Fig) -> bool:
    """Does the base's lead name one side of a split ("đảng viên nam") and the part's the other
    ("đảng viên nữ")?"""
    b0, _ = ctx.clause(base.start)
    p0, _ = ctx.clause(part.start)
    of_base = _group_sides(ctx.lower_slice(max(b0, base.start - 80), base.start))
    of_part = _group_sides(ctx.lower_slice(max(p0, part.start - 80), part.end + 20))
    return any(k in of_part and of_part[k] != v for k, v in of_base.items())


# "trong số <words>" in the part's own clause, before it, of a whole told before that clause:
# the part is counted within the subset those words name, whose size is unsaid (review 33)
#   "Tổng số đảng viên là 2.480 đồng chí; đảng viên nữ trong số mới kết nạp 90 đồng chí,
#    chiếm 60%"                                                       of the admitted, not of 2.480
#   "…; trong số đảng viên, nữ 900 đồng chí, chiếm 36,3%"             the whole's own noun: kept
#   "… đã kiểm tra 41 tổ chức đảng, 118 đảng viên … Trong số đảng viên được cấp ủy kiểm tra có
#    47 đồng chí …, chiếm 41,8%"                          every word said by the whole's clause: kept
_SCOPE_WORDS = re.compile(r"\btrong\s+(?:tổng\s+)?số\s+(?!đó\b|này\b|ấy\b|trên\b)([^\W\d][^\d,;:()]*)")


def _scoped_elsewhere(ctx: Context, base: Fig, part: Fig) -> bool:
    c0, _ = ctx.clause(part.start)
    if base.end > c0:
        return False
    b0, b1 = ctx.clause(base.start)
    told = set(norm_words(ctx.lower_slice(b0, b1)).split()) | set(base.unit.key.split())
    for m in _SCOPE_WORDS.finditer(ctx.lower_slice(c0, part.start)):
        words = set(norm_words(m.group(1)).split()) - _SCOPE_GLUE
        if words - told:
            return True  # words the whole's clause does not say: another set
    return False


_SCOPE_GLUE = frozenset("có được bị đã là các những của thì này đó ấy nói trên kể".split())


# a member attribute alone opening its clause: "đảng viên nữ", "nữ", "người dân tộc thiểu số"
_LEVEL_MEMBER = re.compile(
    r"^\W*(?:(?:đảng viên|hội viên|đoàn viên|cán bộ)\s+)?(?:là\s+)?(?:nữ|người dân tộc thiểu số|dân tộc "
    r"thiểu số|trẻ|dưới \d+ tuổi)\s*(?:có\s+|là\s+)?$"
)


def _level_reached(ctx: Context, part: Fig) -> Fig | None:
    """The level a change just reached, in the clause before ``part``'s (after ";"), of the
    same people or things: "Tổng số đảng viên tăng từ 3.872 đồng chí (cuối năm 2021) lên 4.126
    đồng chí, tăng 254 đồng chí; đảng viên nữ 1.402 đồng chí, chiếm 36,2%" -> 4.126 (now), not
    3.872. None when the part's clause names a moment of its own."""
    for a, b, _d, _v in change_pairs(ctx):
        if b.sent != part.sent or b.end > part.start or a.type != "quantity":
            continue
        if not (_same_kind(b, part) or (_people(b.unit) and _people(part.unit))):
            continue
        label = ctx.lower_slice(ctx.clause(part.start)[0], part.start)
        if not _LEVEL_MEMBER.match(label):
            continue  # "trong số đảng viên mới, nữ 100", "cán bộ nữ trong Ban Thường vụ 3": not its members
        between = ctx.lower_slice(b.end, part.start)
        if between.count(";") != 1 or vocab.TIME_MARK.search(
            ctx.lower_slice(*ctx.clause(part.start))
        ):
            continue
        if not b.exact_count or not b.value or part.value >= b.value:  # type: ignore[operator]
            continue
        return b
    return None


def _part_after(ctx: Context, p: Fig) -> Fig | None:
    """ "Đoàn viên được kết nạp chiếm 74% (71 đồng chí)": the part in brackets after its percent."""
    if not _PCT_LEAD.search(ctx.before_low(p, 30)):
        return None
    q = ctx.next_in_sent(p)
    if q is None or q.type != "quantity" or not q.exact_count or not q.unit.key:
        return None
    gap = ctx.gap(p, q)
    if _PART_PAREN.match(gap) and ctx.text[q.end : q.end + 2].lstrip().startswith(")"):
        return q
    # "… nữ chiếm 31,9% với 1.248 đồng chí", "…, tương ứng 1.248 đồng chí": the count ends its
    # clause
    if _PART_WITH.match(gap) and re.match(r"\s*(?:[.;,]|$)", ctx.after(q, 3)):
        return q
    return None


_PART_WITH = re.compile(r"^\s*,?\s*(?:với|tương ứng(?:\s+với)?|tương đương(?:\s+với)?)\s*$")


def _tied_part(ctx: Context, p: Fig) -> tuple[Fig | None, str]:
    """The count a percent is said of, and the words between them.

    Usually the figure right before it; but when that figure sits in a bracket closed before
    the percent, the bracket lists the count's own parts and the share is of the count before
    the bracket: "xử lý 14 vụ (hành chính 9 vụ, hình sự 5 vụ), chiếm 35%" -> 14, not 5.
    When no count stands right before the bracket, nothing is tied (None).
    """
    part = ctx.prev_in_sent(p)
    if part is None:
        return None, ""
    gap = ctx.gap(part, p)
    if reference_level(ctx, part):
        return _before_comparison(ctx, part, gap)
    close = gap.find(")")
    if close < 0 or "(" in gap[:close]:
        return part, gap
    s, _ = ctx.sentence_span(p.sent)
    opened = ctx.text.rfind("(", s, part.start)
    if opened < 0 or ")" in ctx.text[opened : part.start]:
        return part, gap
    outer = part
    while outer is not None and outer.start >= opened:
        outer = ctx.prev_in_sent(outer)
    if outer is None:
        return None, ""
    label = ctx.text[outer.end : opened]
    if len(label) > 40 or any(ch.isdigit() or ch in ",;:" for ch in label):
        return None, ""
    return outer, label + gap[close + 1 :]


def _in_closed_bracket(ctx: Context, g: Fig, s: int, upto: int) -> bool:
    opened = ctx.text.rfind("(", s, g.start)
    return opened > ctx.text.rfind(")", s, g.start) and ")" in ctx.text[g.end : upto]


def _before_comparison(ctx: Context, ref: Fig, gap: str) -> tuple[Fig | None, str]:
    """A percent after a comparison and its bracketed level is said of the count compared:
    "kỷ luật 18 đồng chí (khiển trách 12, cảnh cáo 6), giảm 3 đồng chí so với năm trước (21
    đồng chí), bằng 0,4% tổng số đảng viên" -> 18, not the 21 of last year nor the change 3.
    The link is the words after the bracket; the count's own bracket and the change are passed."""
    close = gap.find(")")
    if close < 0 or "(" in gap[:close]:
        return None, ""
    s, _ = ctx.sentence_span(ref.sent)
    g = ctx.prev_in_sent(ref)
    while g is not None and (
        reference_level(ctx, g)
        or _CHANGE_BEFORE.search(ctx.before_low(g, 20))
        or _in_closed_bracket(ctx, g, s, ref.start)
    ):
        g = ctx.prev_in_sent(g)
    if g is None or g.type != "quantity" or ";" in ctx.text[g.end : ref.start]:
        return None, ""
    # between the count and the level: its own bracket, then the comparison only
    between = _BRACKETS.sub(" ", ctx.lower_slice(g.end, ref.start))
    if not _COMPARED.match(between):
        return None, ""
    return g, gap[close + 1 :]


_BRACKETS = re.compile(r"\([^()]*\)")
_COMPARED = re.compile(
    r"^\s*,\s*(?:tăng|giảm|cao hơn|thấp hơn|nhiều hơn|ít hơn|so với)\b[^;()]*\($"
)


# Those who have not done a thing are no part of those who have: "Tổng số đảng viên tham gia
# học tập là 58.917 đồng chí …; số đảng viên chưa tham gia là 3.563 đồng chí (6,0%)" is a share
# of all the members (58.917 + 3.563), never of the 58.917.
_NOT_DONE = re.compile(
    r"\b(?:chưa|không)\s+((?:được\s+)?[^\W\d]+(?:\s+[^\W\d]+)?)\s*(?:là|có|:)?\s*$"
)


_DUE_BEFORE = re.compile(r"\b(?:phải|cần|thuộc diện|được triệu tập|được yêu cầu|dự kiến)\s+$")


def _complement(ctx: Context, part: Fig, base: Fig) -> bool:
    if base.end > part.start or part.sent - base.sent > 1:
        return False
    hit = _NOT_DONE.search(
        ctx.lower_slice(max(ctx.clause(part.start)[0], part.start - 40), part.start)
    )
    if hit is None:
        return False
    done = hit.group(1).split()
    done = " ".join(w for w in done if w != "được")
    lead = ctx.lower_slice(max(ctx.clause(base.start)[0], base.start - 60), base.start)
    at = lead.find(done)
    if at < 0 or re.search(r"\b(?:chưa|không)\s+(?:được\s+)?$", lead[:at]):
        return False
    # "Tổng số đảng viên phải tham gia học tập là 2.404": those due to take part, the whole
    return not _DUE_BEFORE.search(lead[:at])


def not_complements(ctx: Context, out: list[Check]) -> list[Check]:
    """Rows whose part counts those who have not done what their base counts, or whose base is
    the part's sibling in a list of rated items, are dropped."""
    by_id = ctx.by_id()
    kept = []
    for c in out:
        if c.kind != NAME:
            kept.append(c)
            continue
        figs = [by_id.get(i) for i in c.mention_ids[:2]]
        if len(figs) == 2 and None not in figs and _complement(ctx, figs[0], figs[1]):  # type: ignore[arg-type]
            continue
        if (
            c.verdict != "consistent"
            and len(figs) == 2
            and None not in figs
            and _sibling(ctx, figs[0], figs[1])  # type: ignore[arg-type]
        ):
            continue  # (a fit is a subset with its own rate: "1.000 … (5%), trong đó 150 … (15%)")
        kept.append(c)
    return kept


_OWN_RATE_AFTER = re.compile(r"\s*\(\s*(?:chiếm\s+)?\d+(?:,\d+)?\s*%\s*\)")


def _sibling(ctx: Context, part: Fig, base: Fig) -> bool:
    """Two items of one list, each with its own rate in brackets ("… 9 trường hợp (29,0%); … 8
    trường hợp (25,8%)"): the earlier is no whole of the later."""
    return (
        base.sent == part.sent
        and base.end < part.start
        and base.unit.key == part.unit.key
        and bool(_OWN_RATE_AFTER.match(ctx.text, base.end))
        and bool(_OWN_RATE_AFTER.match(ctx.text, part.end))
        and bool(re.search(r"[;,]", ctx.text[base.end : part.start]))
    )


# A count of the part's kind between the whole and the part that the percent fits is the
# part's likelier whole (session 22): "Trong số 1.860 bệnh nhân … có 412 người cao tuổi; 312
# người có bệnh mãn tính, chiếm 75,7%" is 312 of the 412. A miss against the farther whole is
# then no proof.
def _nearer_base_fits(ctx: Context, base: Fig, part: Fig, p: Fig) -> bool:
    if base.end > part.start:
        return False
    for nb in ctx.figs_from(base.end, part.start):
        if nb.type != "quantity" or not nb.exact_count or not nb.value or nb.value <= part.value:  # type: ignore[operator]
            continue
        if not (
            nb.unit.key == part.unit.key or "person" in nb.unit.fams and "person" in part.unit.fams
        ):
            continue
        alt = judge_stated(100 * part.value / nb.value, p)  # type: ignore[operator]
        if alt is not None and alt.judgement.verdict == "consistent":
            return True
    return False


def run(ctx: Context) -> list[Check]:
    out: list[Check] = []
    fallback: list[Check] = []  # wholes found by _resolve: only where no other rule speaks
    # the percent figures only: the first test below drops every other one
    for p in ctx.percents:
        if p.type != "percent" or p.value is None:
            continue
        part, gap = _tied_part(ctx, p)
        if not (part is not None and share_link(gap)):
            late = _part_after(ctx, p)
            if late is not None:
                fallback.extend(_resolved(ctx, late, p, p.start, ctx.after_low(late, 60)))
                continue
        if part is not None and (
            part.unit.key.split(" ")[0] in vocab.AGE_OR_TIME_UNITS | vocab.TIME_UNITS
            or _threshold(ctx, part)
        ):
            # "2 đồng chí dưới 40 tuổi (chiếm 18,2%)": the age is part of the label
            age, part = part, ctx.prev_in_sent(part)
            gap = ctx.gap(part, age) + ctx.gap(age, p) if part is not None else ""
        if part is None or not (part.exact_count or part.exact):
            continue
        dated = False  # "68 thôn đạt danh hiệu … năm 2023, chiếm 89,5%": a year inside the label
        if not _share_linked(ctx, part, gap):
            if not _YEAR_IN_LABEL.search(gap) or not share_link(_YEAR_IN_LABEL.sub(" ", gap)):
                continue
            dated = True
        after = ctx.after_low(p, 60)
        if vocab.TARGET_AFTER.match(after):
            continue  # "đạt 96,94% chỉ tiêu": a target, see target.py
        if _names_other_noun(part, after):
            continue  # "96 hộ với 412 nhân khẩu, chiếm 5,3% số hộ": the share of another count
        cs0, _ = ctx.clause(p.start, p.end)
        if _PAIRED.search(ctx.lower_slice(cs0, p.start)) or re.match(
            r"\s*(?:và|,)\s*\d+(?:,\d+)?\s*%", ctx.after(p, 12)
        ):
            continue  # "… lần lượt là 38 trường và 2 trường, chiếm 84,4% và 33,3%": paired lists
        if _EXEMPT_PART.match(ctx.after_low(part, 40)) and not _exempt_of_members(ctx, part, p):
            continue  # "156 đồng chí được miễn đánh giá": outside the graded
        base: Fig | None = None
        stated: Fig | None = None  # the whole named after the percent, then counted
        loose = False  # a base found across ";": a fit is told, a miss is not proof
        what = ""
        if _POP_AFTER.match(after):
            base = _population(ctx, part) or _paren_base(ctx, part, p, population=True)
            what = "population"
            loose = base is not None and base.end < p.start and _other_population(ctx, base, p)
        elif _LINKS.search(gap.lower()):
            what = "total"
            base = _counted_base(ctx, part, p)
            if base is None:
                stated = base = _stated_after(ctx, part, p)
            if base is not None and not _same_kind(base, part):
                loose = True  # "31 đồng chí … chiếm 73,8% tổng số 42 chi bộ": a fit is told
            split = None if base is not None else _split_total(ctx, part)
            base = (
                base
                or _paren_base(ctx, part, p)
                or split
                or (None if _NAMED_AFTER.match(after) else _within_base(ctx, part))
                or _verb_base(ctx, part, p)
            )
            if base is not None and base is split and _names_another(after, base):
                # "46 bí thư chi bộ, trong đó 19 đồng chí là nữ, chiếm 3,1% tổng số đảng viên":
                # the percent names its own whole; the split's is a fit at most
                loose = True
            if base is None and "chiếm" in gap and not _POP_AFTER.match(after):
                base = _sentence_base(ctx, part, p)
                if base is None and not _NAMED_AFTER.match(after):
                    base = _sentence_base(ctx, part, p, elided=True)
                    loose = base is not None
            if base is None and not _NAMED_AFTER.match(after):
                base = _sentence_base(ctx, part, p, cross=True)
                loose = base is not None
            if base is None or loose:
                opened = _opening_part_whole(ctx, part)
                if opened is not None and not _names_another(after, opened):
                    base, loose = opened, False
        if base is not None and not loose and base.sent == part.sent:
            # "1.320 hộ, chiếm 5,4%, trong đó … 850 hộ, chiếm 3,4%", also with the whole's label
            # between ("48 tổ chức hoàn thành tốt nhiệm vụ trở lên, chiếm 85,7%, trong đó …"): the
            # whole has its own share (or completion) rate, so the part's may be of the same
            # larger base
            for nb in ctx.figs_from(base.end, part.start):
                if (
                    nb is not p
                    and nb.type == "percent"
                    and re.search(
                        r"(?:[,(]\s*(?:chiếm|đạt|bằng)(?:\s+tỷ lệ)?|\()\s*$",
                        ctx.lower_slice(base.end, nb.start),
                    )
                    and not vocab.TARGET_AFTER.match(ctx.after_low(nb, 30))
                ):
                    loose = True
                    break
        if base is not None and not loose and base.sent == part.sent:
            # "… 250 đảng viên; trong đó 215 …, đạt 86%": a bare "đạt" after a plan named before
            # the whole may be the part's completion, not its share
            if re.search(
                r"(?:^|,)\s*(?:đạt|bằng)(?:\s+tỷ lệ)?\s*$", ctx.gap(part, p).lower()
            ) and _SOLE_PLAN.search(
                ctx.lower_slice(ctx.sentence_span(max(0, part.sent - 1))[0], part.start)
            ):
                loose = True
        if base is not None and _two_moments(ctx, base, part):
            loose = True
        base_value = base.value if base is not None else None
        if base is None and what == "total":
            got = _recent_total(ctx, part, p)
            if got is not None:
                (base, base_value), loose = got, True

        loose = loose or dated
        pv = (
            (
                _rough_pv(part, base, p)
                if base.qual != "exact" and base_value == base.value
                else judge_stated(100 * part.value / base_value, p)
            )
            if base is not None and base_value
            else None
        )  # type: ignore[operator]
        if base is None or pv is None or (loose and pv.judgement.verdict != "consistent"):
            if what != "population":
                fallback.extend(_resolved(ctx, part, p, part.start, after, soft=dated))
            continue
        if pv.judgement.verdict == "inconsistent" and _nearer_base_fits(ctx, base, part, p):
            continue
        # amounts as written: "6 tỷ đồng" of "24 tỷ đồng" is 6/24
        scale = part.value / as_written(part) if as_written(part) else 1  # type: ignore[operator]
        part_w, base_w = round(part.value / scale, 6), round(base_value / scale, 6)  # type: ignore[operator]
        base_what = (
            f"{what} {base_w:g}",
            f"{'dân số' if what == 'population' else 'tổng số'} {fmt(base_w, 'vi')}",
        )
        if base.start > p.end:  # the whole given after the percent ("… dân số (… 1.505.300 người)")
            why = render(
                "share.named", part=part_w, base=base_w, base_what=base_what, pct=pv.phrase
            )
        else:
            why = render("share", part=part_w, base=base_w, base_what=base_what, pct=pv.phrase)
        out.append(
            ctx.check(
                NAME,
                pv.judgement.verdict,
                [part_w, base_w, pv.stated],
                [part, base, p],
                ctx.clause(part.start, p.end),
                expected=pv.calc,
                observed=num(pv.stated),
                tolerance=num(pv.judgement.tolerance, 4),
                why=why,
                rounding=pv.judgement.rounding,
            )
        )
        if stated is not None and base is stated:
            # its words name that very count: no other whole (see :func:`_other_wholes`)
            ctx.memo.setdefault("share.stated", set()).add(id(out[-1]))  # type: ignore[union-attr]
    out.extend(_parallel(ctx))
    out.extend(_rate_over_total(ctx))
    out.extend(_item_shares(ctx))
    out.extend(_named_base(ctx))
    out.extend(_named_amounts(ctx, {c.mention_ids[-1] for c in out if c.mention_ids}))
    out.extend(_graded(ctx))
    out.extend(_among_named_whole(ctx, {c.mention_ids[-1] for c in out if c.mention_ids}))
    out.extend(_graded_by_sum(ctx, {c.mention_ids[-1] for c in out if c.mention_ids}))
    out.extend(_table_grade_rates(ctx))
    out.extend(_table_row_rates(ctx))
    out.extend(_table_rate_columns(ctx))
    out.extend(_table_grade_columns(ctx))
    out.extend(_labelled_items(ctx, {c.mention_ids[-1] for c in out if c.mention_ids}))
    out.extend(_bare_grade_shares(ctx, {c.mention_ids[-1] for c in out if c.mention_ids}))
    out.extend(_summed_list(ctx, out))
    out.extend(_of_the_total(ctx, out))
    out.extend(_at_least_shares(ctx, out))
    out.extend(_percent_first(ctx, {c.mention_ids[-1] for c in out if c.mention_ids}))
    fallback.extend(_subject_parts(ctx, out, fallback))
    out.extend(_rates(ctx, out, fallback))
    if fallback:
        said = {c.mention_ids[-1] for c in out if c.mention_ids}
        out.extend(c for c in fallback if c.mention_ids and c.mention_ids[-1] not in said)
    out = _other_wholes(ctx, _not_attributes(ctx, _siblings(ctx, _sole_shares(ctx, out))))
    out = _pointed_wholes(ctx, out)
    out.extend(_bracket_totals(ctx, out))
    out = _bracket_whole_fits(ctx, out)
    out = _sibling_subjects(ctx, out)
    out = _another_count_fits(ctx, out)
    out = _sibling_counts(ctx, out)
    out = not_complements(ctx, out)
    out = _other_readings(ctx, _doubted_stocks(ctx, _other_bodies(ctx, out)))
    out += _population_rates(ctx, out)
    out += _profile_shares(ctx, out)
    out = _household_rates(ctx, out)
    out += _whole_next(ctx, out)
    return out + _gathering_rates(ctx, out)


# -- the whole a percent names, stated in the next sentence: "… 2.431 hộ nghèo được vay vốn …, chiếm
# 68,2% số hộ nghèo của huyện. Theo kết quả rà soát, toàn huyện hiện có 3.847 hộ nghèo" (63,2%).
# The percent names its noun and the level ("số hộ nghèo của huyện"); no larger count of the noun
# stands before it; the next sentence holds exactly one larger count of it, said as what the
# level has ("toàn huyện (hiện) có", "huyện có") at its clause's start, with no change, plan or
# time of its own, naming every word of the percent's noun and no more, ending there; not of a
# part that left or joined the set ("thoát nghèo", "kết nạp"). Review 38d drew 40 false alarms in
# 78 look-alikes from the first version (broader wholes, words after the level, times, sub-areas).
#
# example (our own)                                                                     told
# "… 412 hộ được vay vốn, chiếm 35,2% số hộ nghèo của xã. Toàn xã hiện có 1.170 hộ nghèo."   fit
# "… 412 hộ …, chiếm 37,2% số hộ nghèo của xã. Toàn xã hiện có 1.170 hộ nghèo."             miss
# "… chiếm 37,2% số hộ nghèo của xã. Đến cuối năm, toàn xã còn 1.170 hộ nghèo."             nothing
# "Xã có 1.300 hộ nghèo. … chiếm 37,2% số hộ nghèo của xã. Toàn xã hiện có 1.170 hộ nghèo." nothing
_LEVEL_NAMED = re.compile(
    r"^(?P<noun>[^\d;,.()%]{2,40}?)\s+của\s+(?:toàn\s+|cả\s+)?"
    r"(?P<lvl>huyện|tỉnh|xã|thành phố|thị xã|phường|thị trấn|quận)\b"
)
_NEXT_MOVES = re.compile(
    r"\b(?:còn|giảm|tăng|thêm|mới|thoát|phát sinh|đến cuối|cuối năm|đầu năm|sau|trước|dự kiến|"
    r"phấn đấu|kế hoạch|chỉ tiêu|mục tiêu|trong đó|năm)\b"
)


_SPAN_OF_TIME = re.compile(
    r"giai đoạn|nhiệm kỳ|\b(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\b|từ năm|từ đầu|lũy kế|đến nay"
)


def _whole_next(ctx: Context, done: list[Check]) -> list[Check]:
    out: list[Check] = []
    told = {i for c in done for i in c.mention_ids}
    for p in ctx.percents:
        if p.type != "percent" or p.value is None or p.id in told:
            continue
        after = ctx.after_low(p, 80)
        hit = _TOTAL_AFTER.match(after) or _SO_AFTER.match(after)
        if hit is None:
            continue
        phrase = norm_words(_NEXT_RATE.split(hit.group(1), maxsplit=1)[0])
        named = _LEVEL_NAMED.match(phrase)
        if named is None or phrase[named.end() :].strip():
            continue  # (no words after the level: "… của xã cuối năm 2023" names a moment)
        part, gap = _tied_part(ctx, p)
        if (
            part is None
            or part.type != "quantity"
            or not part.exact_count
            or not part.unit.key
            or not share_link(gap)
            or not f"{named.group('noun')} ".startswith(part.unit.key + " ")
            or _CHANGE_BEFORE.search(ctx.before_low(part, 30))
        ):
            continue
        key = part.unit.key
        if any(
            g.type == "quantity" and g.unit.key == key and g.value > part.value  # type: ignore[operator]
            for g in ctx.figs[: p.i]
        ):
            continue  # a whole before it: the other readings decide
        nxt = [
            g for g in ctx.by_sent.get(p.sent + 1, ())
            if g.type == "quantity" and g.unit.key == key and g.value > part.value  # type: ignore[operator]
        ]  # fmt: skip
        if len(nxt) != 1 or not nxt[0].exact_count or nxt[0].qual != "exact":
            continue
        g = nxt[0]
        cs, _ = ctx.clause(g.start, g.end)
        lead = ctx.lower_slice(cs, g.start)
        lvl = re.escape(named.group("lvl"))
        if not re.search(
            rf"(?:^|[,:])\s*(?:toàn\s+|cả\s+|đảng bộ\s+)?{lvl}\s+(?:hiện\s+|hiện nay\s+)?có\s*$", lead
        ):
            continue  # not said as what the level has ("Riêng 5 xã vùng cao của huyện có …")
        gs, ge = ctx.sentence_span(g.sent)
        ps, pe = ctx.sentence_span(p.sent)
        if _SPAN_OF_TIME.search(ctx.low, ps, pe):
            continue  # "Giai đoạn 2021-2023, có 412 hộ …": a count over years, the whole of now
        if (
            _NEXT_MOVES.search(ctx.low, gs, ge)
            or vocab.TIME_MARK.search(ctx.low, gs, ge)
            or re.search(r"\bquý\b|\bkỳ\b|\d/\d|\b(?:19|20)\d{2}\b", ctx.low[gs:ge])
        ):
            continue  # a change, a moment or a plan of its own
        if not re.match(
            r"(?:\s*[^\W\d,;.]+)*\s*(?:[.;]|$|,\s*(?:chủ yếu|tập trung|phần lớn|trong đó|chiếm|với)\b)",
            ctx.after_low(g, 40),
        ):
            continue  # "… có 1.540 hộ nghèo, cận nghèo": the whole goes on past its noun
        if set(named.group("noun").split()) - set(descriptor(ctx, g).split()) - _STOP:
            continue  # the whole lacks a word the percent's noun names ("chính thức", "nữ")
        if re.search(
            r"\b(?:thoát|kết nạp|phát triển|mới)\b",
            f"{ctx.before_low(part, 25)} {descriptor(ctx, part)}",
        ):
            continue  # a count that left or joined the set: its base is another moment
        if set(descriptor(ctx, g).split()) - set(named.group("noun").split()) - _STOP:
            continue  # "3.847 hộ nghèo dân tộc thiểu số": a narrower whole than the percent names
        pv = judge_stated(100 * part.value / g.value, p)  # type: ignore[operator]
        if pv is None:
            continue
        what = (f"total '{hit.group(1).strip()}', stated after", f"tổng số '{hit.group(1).strip()}', nêu sau")
        c = _emit(ctx, None, [part], g, p, pv, what)
        c.start, c.end = ctx.clause(part.start, p.end)
        c.text = ctx.text[c.start : c.end]
        out.append(c)
    return out


# "74 km, trong đó phần thuộc kế hoạch đã hoàn thành 60 km, đạt 100%": a percent after "đạt" whose
# part's clause names a plan is the plan's rate, not a share of the whole (review 85); a miss is
# no proof
_PLAN_WORDS = re.compile(r"kế hoạch|chỉ tiêu|mục tiêu|dự toán")


_JOINED_BEFORE = re.compile(r"^[^.;()%]{0,80}?(?:\s+và\s+|,\s*)[^\W\d]*[^.;()%\d]{0,40}$")
_NOT_A_SUM = re.compile(r"chiếm|trong đó|trong số|\bgồm\b|\bcó\b|\(|\)|%")
_BRACKET_WHOLE = re.compile(r"^[^.;()%\d]{0,60}\(\s*(\d[\d.,]*)")


def _other_reading(
    ctx: Context,
    p: Fig,
    part: Fig | None,
    base_value: float | None,
    part_value: float | None = None,
) -> bool:
    """Review 92: "42 hộ nghèo và 96 hộ cận nghèo, chiếm 6,9% …": the percent may be of the sum of
    the count and the one joined to it before; "… bằng 9,7% tổng số hộ toàn huyện (18.640 hộ)":
    the whole the percent names is given in its bracket, not the count found before."""
    prev = ctx.prev_in_sent(part) if part is not None else None
    if (
        part is not None
        and prev is not None
        and prev.type == "quantity"
        and prev.value
        and (prev.unit.key == part.unit.key or kin(prev.unit, part.unit) or not part.unit.key)
        and _JOINED_BEFORE.match(ctx.lower_slice(prev.end, part.start))
        and not _NOT_A_SUM.search(ctx.lower_slice(prev.end, part.start))
        and (
            base_value is None
            # (not the whole itself, by its value or as written: "1.865,4 tỷ đồng" is 1865.4 …)
            or min(abs(prev.value - base_value), abs(as_written(prev) - base_value)) > 1e-9
            or " và " in ctx.lower_slice(prev.end, part.start)  # (… unless it is a sibling)
        )
    ):
        return True
    named = _BRACKET_WHOLE.match(ctx.low[p.end : p.end + 100])
    if named is not None and base_value is not None:
        try:
            given = float(named.group(1).replace(".", "").replace(",", "."))
        except ValueError:
            return False
        if part_value is not None and abs(given - part_value) <= 1e-6 * max(1.0, part_value):
            return False  # "…, trong đó nữ chiếm 31,9% (1.248 đồng chí)": the bracket is the part
        return abs(given - base_value) > 1e-6 * max(1.0, base_value)
    return False


def _other_readings(ctx: Context, rows: list[Check]) -> list[Check]:
    """Alarms that another reading of the same words explains become unverifiable: a percent of
    two counts joined before it, a named whole given in its bracket, a plan's rate (above)."""
    by_id = ctx.by_id()
    labelled = ctx.memo.get("share.labelled", set())
    summed = ctx.memo.get("share.summed_items", set())
    out = []
    for c in rows:
        if c.verdict == "inconsistent" and id(c) in summed and c.mention_ids:
            # an item of a list whose counts add up to its stated total, the percent in the
            # item's own bracket: the sum with the item before is another reading only when it
            # fits ("Tổng đàn 61.250 con, gồm … 8.430 con, đàn bò 22.615 con (chiếm 39,6% tổng
            # đàn)": 31.045/61.250 = 50,7% explains no 39,6%)
            p = by_id.get(c.mention_ids[-1])
            part = ctx.prev_in_sent(p) if p is not None and p.type == "percent" else None
            prev = ctx.prev_in_sent(part) if part is not None else None
            if (
                p is not None
                and part is not None
                and part.value == c.figures[0]
                and re.match(
                    r"\s*\(\s*(?:chiếm|bằng)?(?:\s+(?:tỷ lệ|tỉ lệ))?\s*$", ctx.gap(part, p).lower()
                )
                and not (
                    prev is not None
                    and prev.value
                    and fits(100 * (prev.value + part.value) / c.figures[1], p)  # type: ignore[operator]
                )
                and _BRACKET_WHOLE.match(ctx.low[p.end : p.end + 100]) is None
            ):
                out.append(c)
                continue
        if c.verdict == "inconsistent" and c.mention_ids and id(c) not in labelled:
            # (a share named by a list item's label is that item's: "…, khai trừ 3; khai trừ
            # chiếm 12,9%" is no percent of the counts joined before it)
            p = by_id.get(c.mention_ids[-1])
            part = ctx.prev_in_sent(p) if p is not None and p.type == "percent" else None
            if (
                p is not None
                and len(c.figures) == 3
                and _other_reading(
                    ctx,
                    p,
                    part
                    if part is not None and c.figures[0] in (part.value, as_written(part))
                    else None,
                    c.figures[1],
                    c.figures[0],
                )
            ):
                out.append(replace(c, verdict="unverifiable"))
                continue
            if part is not None:
                cs, _ = ctx.clause(part.start, part.end)
                gap = ctx.lower_slice(part.end, p.start)  # type: ignore[union-attr]
                if re.search(r"\bđạt\b", gap) and _PLAN_WORDS.search(ctx.low, cs, p.start):  # type: ignore[union-attr]
                    c = replace(c, verdict="unverifiable")
        out.append(c)
    return out


# A whole stated sentences before its share is no proof of a miss when the words after the percent
# name a body that is not the whole's own subject ("… 0,6% tổng số đảng viên của tỉnh" after
# "Đảng bộ huyện … có 5.958 đảng viên") (white-box review 68).
_OF_NAMED_BODY = re.compile(
    r"[^.;()%\d]{0,50}?\bcủa\s+((?:đảng bộ|chi bộ|chi hội|hội|đoàn|xã|phường|huyện|tỉnh|thị trấn"
    r"|thành phố)(?:\s+(?:xã|phường|huyện|tỉnh))?)\b"
)


def _subject_named(ctx: Context, base: Fig, body: str) -> bool:
    """Does ``body`` name the subject of the whole's clause ("Đảng bộ phường … có … 864", "toàn
    tỉnh Lam Sơn có 412 …"), not a noun the clause counts ("có 31 chi bộ và 864 …")?"""
    cs = ctx.clause(base.start)[0]
    region = ctx.lower_slice(cs, base.start)
    return any(
        not re.search(r"\d\s+(?:[^\W\d]+\s+){0,3}$|\d\s*$", region[: m.start()])
        for m in re.finditer(rf"(?<!\w){re.escape(body)}(?!\w)(?!\s+ủy\b)", region)
    )  # not "21 đảng bộ xã" (counted), nor "Tỉnh ủy" (a committee)


def _doubted_stocks(ctx: Context, checks: list[Check]) -> list[Check]:
    by_id = ctx.by_id()
    for c in checks:
        if c.kind != NAME or c.verdict != "inconsistent" or len(c.mention_ids) < 3:
            continue
        part, base, p = (by_id.get(i) for i in c.mention_ids[-3:])
        if part is None or base is None or p is None or base.start >= part.start:
            continue
        named = _OF_NAMED_BODY.match(ctx.low, p.end, min(len(ctx.low), p.end + 80))
        other_body = False
        if named is not None and base.sent < part.sent:
            other_body = not _subject_named(ctx, base, named.group(1))
        if other_body:
            c.verdict = "unverifiable"
            note = "; the percent names another body than the whole's"
            c.why += note
            c.why_vi += note
        elif _bracketed_base_of_another(ctx, base, part):
            c.verdict = "unverifiable"
            note = "; the whole is the bracketed base of another rate"
            c.why += note
            c.why_vi += note
        elif _done_count_fits(ctx, part, p):
            c.verdict = "unverifiable"
            note = "; another count the words name fits"
            c.why += note
            c.why_vi += note
    return checks


# "… Đã giải quyết 38/41 đơn …; … chiếm 50,0% số đơn đã giải quyết": the whole named by what was
# done, and an earlier count that the same verb was done to (a fraction's numerator included)
_DONE_NAMED = re.compile(r"^\s*(?:tổng\s+)?số\s+[^\d;,.()%]{0,30}?\bđã\s+([^\W\d]+\s+[^\W\d]+)")


def _done_count_fits(ctx: Context, part: Fig, p: Fig) -> bool:
    """Is there an earlier count said to be done by the verb the whole is named with, that the
    percent fits (blind review 72: "23 đơn … chuyển đến cơ quan có thẩm quyền giải quyết" was
    taken for "số đơn đã giải quyết", which is the 38 of "Đã giải quyết 38/41 đơn")?"""
    hit = _DONE_NAMED.match(ctx.after_low(p, 60))
    if hit is None or not part.value:
        return False
    verb = hit.group(1)
    for g in ctx.earlier(p, 40):
        if g.type == "ratio":
            n = g.m.get("numerator")
            value = float(n) if isinstance(n, int | float) else None
        else:
            value = g.value if g.exact_count else None
        if not value or value <= part.value:  # type: ignore[operator]
            continue
        if verb in ctx.before_low(g, 20) and fits(100 * part.value / value, p):  # type: ignore[operator]
            return True
    return False


def _bracketed_base_of_another(ctx: Context, base: Fig, part: Fig) -> bool:
    """ "18.642 người, chiếm 87,2% số phụ nữ … (21.370 người); trong đó … 1.924 người, chiếm
    10,3%": a whole in a bracket that closes a rate before it is that rate's base; the part after
    may be of the sentence's own count (blind review 71)."""
    s, _ = ctx.sentence_span(base.sent)
    opened = ctx.text.rfind("(", s, base.start)
    if opened < 0 or ")" in ctx.text[opened : base.start]:
        return False
    if part.sent != base.sent or "trong đó" not in ctx.lower_slice(base.end, part.start):
        return (
            False  # a part said apart ("Hộ cận nghèo có 150 hộ, chiếm 3% tổng số hộ") may be of it
        )
    prev = [
        g
        for g in ctx.figs_from(s, opened)
        if g.end <= opened
        and g.unit.head not in vocab.AGE_OR_TIME_UNITS
        and "tuổi" not in g.m.text  # not "từ 18 tuổi trở lên"
    ]
    return (
        bool(prev)
        and prev[-1].type == "percent"
        and any(
            g.type == "quantity" and g.exact_count and g.value and part.value < g.value < base.value  # type: ignore[operator]
            for g in prev[:-1]
        )  # the bracket larger than the count before its rate: the rate's base, not its count
    )


# -- a percent that names its own whole, which is not the count the share was tested against:
# "… 12 tổ chức đảng, trong đó 8 tổ chức …, chiếm 40% số tổ chức được kiểm tra trong nhiệm kỳ"
# (the term's inspections, not this year's 12), "chiếm 2,1% số hộ toàn xã" (after "85 hộ thoát
# nghèo"), "chiếm 70,6% số xã" (after "18 xã, thị trấn"), "chiếm 0,9% tổng số đảng viên" (after
# "45 đảng viên được tặng Huy hiệu"): the whole named may be one the report gives no number for.
# So is a part opened by "riêng" after a sub-item ("360 lượt, trong đó tái cử 260 lượt, riêng nữ
# 126 lượt (35%)": of 360 or of 260). A miss against such a whole is no proof.
_NAMED_BASE_PHRASE = re.compile(
    r"\s*(?:(?:so với|của|trên|trong)\s+)?(?:tổng\s+)?số\s+(?P<named>[^\W\d][^\d;,.()%:]{0,60})"
)
_WIDER = re.compile(r"\s+(?:toàn|cả|của|trong|trên địa bàn|thuộc)\b")
_NOT_A_BASE = frozenset(
    "so và là với trở thì nên do trong trên của cả toàn tổng số tăng giảm hơn đạt vượt bằng "
    "kế chỉ mục năm so sánh trở lên xuống dân diện".split()
)
_BARE_BASE = re.compile(r"[ \t]+(?P<named>[^\W\d][^\d;,.()%:]{0,40})")
_QUAL_STOP = frozenset(
    {"được", "bị", "của", "các", "những", "số", "toàn", "đã", "là", "có", "trong", "và"}
    | {"ở", "tại", "trên", "cả", "thuộc", "nói", "chung"}
)
_WHOLE_PLACE = re.compile(
    r"\b(?:toàn|cả)\s+(tỉnh|huyện|thị xã|thành phố|quận|xã|phường|thị trấn)\b"
)
_SUBSET_AFTER = re.compile(r"\s*(?:đã\s+)?(?:được|bị)\b")
_RIENG = re.compile(r"\briêng\b")
# the word right before a count; a stock is stated after "có", "là", "gồm", "với" …
_LEAD_WORD = re.compile(r"([^\W\d]+)\s*$")
_STOCK_LEAD = frozenset(
    {"có", "là", "gồm", "với", "số", "tổng", "còn", "nay", "đạt", "lý"}
)  # "quản lý"


_LOCATIVE = re.compile(r"(?:^|[,;:(]\s*)(?:tại|ở|còn ở)\s+([^\W\d]+(?:\s+[^\W\d]+)?)")


# two words that name a body even at a sentence's start ("Công đoàn cơ sở …", "Chi hội …")
_BODY_OPENING = re.compile(
    r"\s*(công đoàn|chi hội|chi đoàn|chi bộ|đảng bộ|đảng ủy|ủy ban|mặt trận|liên đoàn|hợp tác xã)\b"
)


_BODY_HEAD_WORDS = frozenset(
    {"Hội", "Đoàn", "Công", "Chi", "Đảng", "Ủy", "Ban", "Mặt", "Liên", "Hợp", "Trường", "Khối",
     "Thôn", "Bản", "Ấp", "Xã", "Phường", "Thị", "Huyện", "Quận", "Tỉnh", "Thành"}
)  # fmt: skip
_PLACE_NOUNS = frozenset(
    {"xã", "thôn", "bản", "ấp", "huyện", "tỉnh", "phường", "trấn", "quận", "khối", "hội", "đoàn",
     "bộ", "tổ", "phố", "làng", "xóm", "thị", "thành"}
)  # fmt: skip
_LEAD_WORDS = frozenset({"Tại", "Ở", "Trong", "Còn", "Riêng", "Với", "Của"})


def _names(text: str, opens: bool = True) -> list[str]:
    """Names of bodies and places in ``text``: runs of capitalised words that open on a body's
    head word ("Hội Cựu chiến binh", "Tại Hội Nông dân" -> "Hội Nông") or follow a place or body
    noun ("xã Yên Phú", "thôn Đông", "của Hội xã"). A sentence's opening word alone ("Hội viên",
    "Đoàn viên") and other capitalised words ("Cao Đài", "Đáng chú ý") are none."""
    runs: list[str] = []
    toks = re.findall(r"[^\W\d_]+|[^\s\w]|\d+", text)
    k = 0
    while k < len(toks):
        w = toks[k]
        if not (w[0].isalpha() and w[0].isupper()):
            k += 1
            continue
        j = k
        while j < len(toks) and toks[j][0].isalpha() and toks[j][0].isupper():
            j += 1
        run = toks[k:j]
        prev = toks[k - 1] if k else ""
        while run and run[0] in _LEAD_WORDS:
            run = run[1:]
            prev = ""
        opening = opens and k == 0
        if run and not (opening and j - k == 1):
            nxt = toks[j] if j < len(toks) else ""
            # one capitalised word heads a body only before a place or body noun ("Hội xã",
            # "Công đoàn"), not in "Công giáo"
            head = run[0] in _BODY_HEAD_WORDS and (len(run) > 1 or nxt in _PLACE_NOUNS)
            if head or prev.lower() in _PLACE_NOUNS:
                runs.append(" ".join(run))
        k = j
    return runs


_WIDER_OF = re.compile(
    r"\b(?:của|toàn|cả)\s+(?:tỉnh|huyện|xã|thành phố|thị xã|quận|phường|thị trấn|đảng bộ)\b"
)


_ORG_WORD = re.compile(r"(?:Hội|Đoàn|Liên|Mặt|Ban|Ủy|Chi|Đảng)\b")


def _other_bodies(ctx: Context, checks: list[Check]) -> list[Check]:
    """ "Hội Phụ nữ thị trấn có số hội viên là 2.860 người. Tại Hội Nông dân thị trấn, hội viên là
    đảng viên 186 người, chiếm 15% tổng số hội viên": a share whose sentence names a body or a
    place ("Hội Nông dân", "tại khối xã", "Ở thôn Đông") that the whole's sentence, an earlier
    one, does not name may be of that body's own whole: no proof of a miss."""
    by_id = ctx.by_id()
    for c in checks:
        if c.kind != NAME or c.verdict != "inconsistent" or len(c.mention_ids) < 2:
            continue
        part, base = by_id.get(c.mention_ids[0]), by_id.get(c.mention_ids[1])
        if part is None or base is None or base.start >= part.start:
            continue
        pct = by_id.get(c.mention_ids[-1])
        if pct is not None and _WIDER_OF.search(re.split(r"[,;(]", ctx.after_low(pct, 60))[0]):
            continue  # "Huyện Ngọc Sơn đóng góp 47 sản phẩm, chiếm 13,4% số sản phẩm … của tỉnh"
        bs, be = ctx.sentence_span(base.sent)
        if base.sent == part.sent:  # "Hội Phụ nữ có … 2.860 người, còn ở Hội Nông dân, … 186"
            cut = re.search(r"[,;:]", ctx.text[base.end : part.start])
            if cut is None:
                continue  # "Trong số 13 chủ tịch Hội cơ sở có 11 …": the whole's own words
            lead = ctx.text[base.end + cut.end() : part.start]
            whole_sent, opens = ctx.text[bs : base.end], False
        else:
            ps, _ = ctx.sentence_span(part.sent)
            lead, whole_sent, opens = ctx.text[ps : part.start], ctx.text[bs:be], True
        body = _BODY_OPENING.match(lead.lower()) if opens else None
        if pct is not None and _unit_named_whole(ctx, part, pct, ctx.after_low(pct, 60)) is base:
            # a body's members over the households or people of its place ("Hội Nông dân huyện
            # Ninh Phước có 12.640 hội viên, bằng …% số hộ nông dân"): the body is the part's own
            # subject, only a place the whole's sentence does not name is another whole's
            other = any(
                name not in whole_sent
                for name in _PROPER_NAME.findall(f" {lead}")
                if not _ORG_WORD.match(name)
            ) or any(
                hit.group(1) not in whole_sent.lower() for hit in _LOCATIVE.finditer(lead.lower())
            )
            if other:
                c.verdict = "unverifiable"
                c.why = c.why + "; the share's sentence names another place than the whole's"
            continue
        other = (
            any(
                not re.search(rf"(?<!\w){re.escape(run)}(?!\w)", whole_sent)
                for run in _names(lead, opens)
            )
            or (body is not None and body.group(1) not in whole_sent.lower())
        ) or any(hit.group(1) not in whole_sent.lower() for hit in _LOCATIVE.finditer(lead.lower()))
        if other:
            c.verdict = "unverifiable"
            c.why = c.why + "; the share's sentence names another body or place than the whole's"
    return checks


def _names_other_whole(ctx: Context, base: Fig, p: Fig) -> bool:
    """Do the words after the percent name a whole other than ``base``?"""
    hit = _NAMED_BASE_PHRASE.match(ctx.low, p.end, min(len(ctx.text), p.end + 90))
    if hit is None:
        # a bare noun right after the percent: "chiếm 92% cán bộ, công chức của huyện" is of
        # the district's officials, not of the 1.260 members counted before
        bare = _BARE_BASE.match(ctx.low, p.end, min(len(ctx.text), p.end + 60))
        if bare is None:
            return False
        named = norm_words(bare.group("named"))
        if named.split()[0] in _NOT_A_BASE:
            return False
        own = [h for h in (base.unit.key, *base.unit.heads) if h]
        for h in own:
            if named == h:
                return False
            if named.startswith(h + " "):
                # "3,2% đảng viên toàn khối": the members of a wider body
                return bool(_WIDER.match(named[len(h) :]))
        # the base's own description names it: "tổng sản lượng lương thực … 48.320 tấn" …
        # "chiếm 84,6% sản lượng lương thực"
        bs, _ = ctx.sentence_span(base.sent)
        lead = f" {norm_words(ctx.lower_slice(bs, base.start))} "
        return f" {' '.join(named.split()[:2])} " not in lead
    named = norm_words(hit.group("named"))
    # the composite as written runs on past commas: "tổng số thôn, tổ dân phố"
    wide = re.split(r"[.;()%]", ctx.low[hit.start("named") : min(len(ctx.text), p.end + 90)])[0]
    words = f" {norm_words(wide)} "
    heads = [h for h in base.unit.heads if h]
    if len(heads) > 1 and not all(f" {h} " in words for h in heads):
        return True  # "số xã" of "18 xã, thị trấn"
    info = unit_info(named)
    quals = (
        set(named.split())
        - set(base.unit.key.split())
        - set((info.head or "").split())
        - _QUAL_STOP
    )
    rest = quals - _own_window(ctx, base)
    whole_place = _WHOLE_PLACE.search(named)
    if rest and whole_place is not None and rest <= set(whole_place.group(1).split()):
        # "tổng số học sinh toàn huyện" of "toàn huyện có 31 trường … với 9.846 học sinh"
        bs, _ = ctx.sentence_span(base.sent)
        if whole_place.group(0) in " ".join(ctx.lower_slice(bs, base.start).split()):
            rest = set()
    of_body = _OF_BODY_NAMED.search(f" {named}")
    if rest and of_body is not None and rest <= set(of_body.group(1).split()):
        # "tổng số đảng viên của Đảng bộ" of "Đảng bộ phường … có … 864 đảng viên": the body is
        # the whole's own subject
        if of_body.group(1) in ctx.lower_slice(ctx.clause(base.start)[0], base.start):
            rest = set()
    if rest:
        return True  # "số tổ chức được kiểm tra trong nhiệm kỳ" of "12 tổ chức đảng"
    # the unqualified whole ("tổng số đảng viên") is no qualified set ("45 đảng viên được tặng"),
    # nor the count of an event ("xét tặng Huy hiệu cho 60 đảng viên", "kết nạp 52 đảng viên")
    if quals:
        return False
    if _SUBSET_AFTER.match(ctx.low, base.end, base.end + 20):
        return True
    if base.sent != p.sent:
        return False  # a stock stated before ("Huyện đoàn quản lý 7.350 đoàn viên. …")
    lead = _LEAD_WORD.search(ctx.low, max(0, base.start - 30), base.start)
    return lead is not None and lead.group(1) not in _STOCK_LEAD


def _rieng_after_item(ctx: Context, base: Fig, part: Fig) -> bool:
    """ "360 lượt …, trong đó tái cử 260 lượt, riêng nữ 126 lượt": a larger count of the kind
    stands before the base, and "riêng" opens the part: its whole may be either."""
    if base.end > part.start or not _RIENG.search(ctx.lower_slice(base.end, part.start)):
        return False
    return any(
        g.sent == base.sent
        and g.exact_count
        and g.value > base.value  # type: ignore[operator]
        and (_same_kind(g, base) or _counter_shortened(g.unit.key, base.unit.key))
        for g in ctx.earlier(base, 6)
    )


_NAMED_OTHER_NOUN = re.compile(
    r"^\s*(?:(?:của|trên|so với|trong)\s+)?(?:tổng\s+)?số\s+([^\W\d]+(?:\s+[^\W\d]+){0,2})"
)


def _names_other_noun(part: Fig, after: str) -> bool:
    """Does the whole named after the percent count another noun than ``part``?"""
    hit = _NAMED_OTHER_NOUN.match(after)
    if hit is None or not part.unit.key:
        return False
    info = unit_info(norm_words(hit.group(1)))
    if not info.head or info.head == part.unit.key or not info.fams or not part.unit.fams:
        return False
    return not (
        kin(info, part.unit)
        or covers(info, part.unit)
        or covers(part.unit, info)
        or (_people(info) and _people(part.unit))
    )


def _visits_vs_people(ctx: Context, base: Fig, p: Fig) -> bool:
    """ "3.250 lượt người …, chiếm 38,4% số người được khám": visits are no count of people."""
    if not base.unit.key.startswith("lượt"):
        return False
    hit = _NAMED_OTHER_NOUN.match(ctx.after_low(p, 60))
    return hit is not None and not hit.group(1).startswith("lượt")


def _completions(ctx: Context, p: Fig) -> bool:
    """Rates of completion, not shares of one whole: items each with "(đạt X%)" ("khối xã 41
    đồng chí (đạt 102,5%), khối cơ quan 15 đồng chí (đạt 93,8%)"); a part's ", đạt X%" after a
    whole with its own ", đạt Y%" ("giải ngân được 236 tỷ đồng, đạt 94,4%; trong đó … 98 tỷ
    đồng, đạt 98%")."""
    lead = ctx.before(p, 8).rstrip().lower()
    if not lead.endswith("đạt"):
        return False
    s, e = ctx.sentence_span(p.sent)
    if lead.endswith("(đạt"):
        return len(re.findall(r"\(\s*đạt\s+\d", ctx.low[s:e])) >= 2
    ps, _ = ctx.sentence_span(max(0, p.sent - 1))
    return len(re.findall(r",\s*đạt\s+\d", ctx.low[ps : p.start])) >= 1


def _other_wholes(ctx: Context, out: list[Check]) -> list[Check]:
    """An inconsistent share whose percent names another whole is left unverifiable."""
    by_id = ctx.by_id()
    for c in out:
        if c.kind != NAME or c.verdict != "inconsistent" or len(c.mention_ids) < 3:
            continue
        part, base, p = (by_id.get(i) for i in c.mention_ids[-3:])
        if part is None or base is None or p is None or p.type != "percent":
            continue
        after = ctx.after_low(p, 60)
        done = _done_whole(ctx, part, p, after) is base
        named_ok = (
            done
            or _unit_named_whole(ctx, part, p, after) is base
            or id(c) in ctx.memo.get("share.labelled", ())  # type: ignore[operator]
            or id(c) in ctx.memo.get("share.stated", ())  # type: ignore[operator]
        )
        if (
            (not named_ok and _names_other_whole(ctx, base, p))
            or _visits_vs_people(ctx, base, p)
            # "riêng" after a count split from a larger one: either may be the whole, unless
            # the words after the percent name the one (the verb done to it, see _done_whole)
            or (not done and _rieng_after_item(ctx, base, part))
            or p.value > 100  # type: ignore[operator]
            or _completions(ctx, p)
            or _EXEMPT_PART.match(ctx.after_low(base, 40))
            or _qualified_whole(ctx, base, p)
            or (
                _WITHIN_END.search(ctx.before_low(base, 14))
                and _TOTAL_NAMED.match(ctx.after_low(p, 30))
                and not _BODY_TOTAL_AFTER.match(ctx.after_low(base, 70))
            )
        ):
            # the last: "Trong số 2.016 chi bộ …, có 1.262 chi bộ …, chiếm 60% tổng số chi bộ": the
            # percent names the whole, of which the scope is a part
            # the last: "đánh giá 33 đảng viên (9 đồng chí miễn đánh giá), … 6 đồng chí, chiếm
            # 18,2%": the exempt are no whole of the graded
            c.verdict = "unverifiable"
    return out


# A percent after a body and a member label is a share of the body's members, not of the
# body's count: "Ban Thường vụ có 13 đồng chí, cán bộ nữ chiếm 15,4%" is 2/13 (granularity
# checks it), never 13 as a part of an earlier whole.
_ATTRIBUTE_GAP = re.compile(
    r"[,(]\s*(?:tỷ lệ\s+)?(?:cán bộ |đảng viên |đồng chí |người |ủy viên )?"
    r"(?:nữ|trẻ|người dân tộc|dân tộc|đồng bào|dưới \d+ tuổi|từ \d+ tuổi)[^,;()]*$"
)


def _not_attributes(ctx: Context, out: list[Check]) -> list[Check]:
    """Drop the share rows whose percent names an attribute of the part's members."""
    if not out:
        return out
    by_id = ctx.by_id()
    kept = []
    for c in out:
        ids = c.mention_ids
        part, pct = (by_id.get(ids[0]), by_id.get(ids[-1])) if len(ids) >= 2 else (None, None)
        if (
            part is not None
            and pct is not None
            and part.end <= pct.start
            # from the part's start: its unit may have swallowed the label ("13 đồng chí, cán bộ")
            and _ATTRIBUTE_GAP.search(ctx.lower_slice(part.start, pct.start))
        ):
            continue
        kept.append(c)
    return kept


_BULLET = re.compile(r"[ \t]*[-+•–*][ \t]")


def _list_group(ctx: Context, p: Fig) -> tuple[str, int]:
    """The list ``p`` is an item of: the run of bullet lines holding it, else its sentence."""
    runs = ctx.memo.get("share.bullet_runs")
    if runs is None:
        runs = {}
        pos, run = 0, -1
        for line in ctx.text.split("\n"):
            if _BULLET.match(line):
                run = pos if run < 0 else run
                runs[pos] = run
            elif line.strip():
                run = -1
            pos += len(line) + 1
        ctx.memo["share.bullet_runs"] = runs
    line_start = ctx.text.rfind("\n", 0, p.start) + 1
    run = runs.get(line_start)  # type: ignore[union-attr]
    return ("bullets", run) if run is not None else ("sentence", p.sent)


_SIBLING_GAP = re.compile(r"^\s*[;,]\s*(?:và\s+)?[^\W\d][^\d;:()%]{0,50}$")
# The next item of the same list, however the list is written: the percent's own bracket closed,
# a ";" or "," or a new bullet line, then the next item's label, an age or a span inside it and a
# ":" closing it allowed (the figures of an age or span are no items)
#   "…, bằng 24,8%; đại biểu trẻ dưới 35 tuổi 24 người"          an age inside the label
#   "…, tỷ lệ 26%; đại biểu dân tộc thiểu số: 10 người"           a label closed by ":"
#   "… (44,5%), người dân tộc thiểu số 197 đồng chí"              the percent's bracket closed
#   "…, tỷ lệ 19,0%;\n+ Dân tộc thiểu số: 14 đồng chí"           the next bullet line
#   not "… (44,5%), trong đó dân tộc thiểu số 197 …" (a subset of the item, not the next item)
_SIBLING_GAP_WIDE = re.compile(
    r"^\s*\)?\s*(?:[;,]\s*\n?|[;,.]?\s*\n)\s*(?:[-+•–*]\s+)?(?:và\s+)?"
    r"[^\W\d][^\d;()%\n:]{0,50}?(?:\s*:)?\s*$"
)
_SIBLING_SUBSET = re.compile(r"\btrong (?:đó|số|tổng)|\briêng\b|\bngoài ra\b|\bcòn lại\b|\bkhác\b")


def _narrow_fit(q: Fig, sp: Fig) -> bool:
    """Does the sibling's percent pin its whole down (asked of the wider list forms only): the
    wholes it rounds from span under 3% ("24 người, bằng 9,6%": 248.7 to 251.3) — a small
    percent does not ("12 (1,0%)": 1.143 to 1.263)."""
    step = 0.5 * 10 ** -len(sp.m.text.split(",")[1].rstrip("% ")) if "," in sp.m.text else 0.5
    return sp.value is not None and sp.value - step > 0 and 2 * step / sp.value < 0.03


def _sibling_gap(ctx: Context, p: Fig, nxt: Fig) -> bool:
    """Only a separator and the next item's label between a percent and the next sibling part:
    "…, chiếm 35,8%; đảng viên nữ 2.904 …" (see the table above for the wider forms)."""
    gap = ctx.lower_slice(p.end, nxt.start)
    if p.sent == nxt.sent and _SIBLING_GAP.match(gap):
        return True
    for g in ctx.figs_from(p.end, nxt.start):
        if g.type != "quantity" or g.unit.key.split(" ")[0] not in _AGE_OR_TIME:
            return False  # another count between: no next item right after
        gap = gap.replace(ctx.lower_slice(g.start, g.end), "tuổi", 1)
    return bool(_SIBLING_GAP_WIDE.match(gap)) and not _SIBLING_SUBSET.search(gap)


_SIBLING_APART = re.compile(r"\briêng\b[^\d;]{0,35}$")
_MOMENT_MARK = re.compile(
    r"\b(?:19|20)\d{2}\b|đầu nhiệm kỳ|cuối nhiệm kỳ|đến nay|hiện nay|năm trước"
)


def _other_moment(ctx: Context, base: Fig, part: Fig) -> bool:
    """Does the part's clause name a moment that the base's does not (or another one)?"""
    pc, _ = ctx.clause(part.start, part.end)
    mine = set(_MOMENT_MARK.findall(ctx.lower_slice(max(pc, part.start - 40), part.start)))
    bs, _ = ctx.sentence_span(base.sent)
    theirs = set(_MOMENT_MARK.findall(ctx.lower_slice(bs, base.end)))
    return bool(mine) and not mine <= theirs


_OWN_SUBJECT = re.compile(r"\s*[^\W\d][^\d;]{2,50}?\s+(?:có|gồm)\s*")


def _new_scope_clause(ctx: Context, part: Fig, base: Fig) -> bool:
    """ "…, chiếm 89,5%; toàn huyện có 26 đồng chí nữ …, chiếm 18,3%": a ";" clause that opens
    on a scope of its own ("toàn huyện") may name a whole of its own ("… là bí thư chi bộ"): it
    is no proof of a miss against the list's whole (even when that whole is "của toàn huyện")."""
    s, _ = ctx.sentence_span(part.sent)
    semi = ctx.text.rfind(";", max(s, base.end), part.start)
    if semi < 0:
        return False
    clause = ctx.lower_slice(semi + 1, part.start)
    # "…; khối xã, thị trấn có 18 đồng chí là bí thư …": a subject of its own with "có"
    return (
        bool(vocab.WHOLE_SCOPE.search(clause))
        or bool(_OWN_SUBJECT.fullmatch(clause))
        or bool(_SUBAREA_OPEN.match(clause))
    )


# "…; các thôn ven sông 21 hộ nghèo (4,2%)": a clause opening on a part of the place (its
# villages, an area) names a subgroup whose rate may be of its own households
_SUBAREA_OPEN = re.compile(
    r"^\s*(?:các\s+|những\s+|\d+\s+)?(?:thôn|ấp|bản|xóm|buôn|làng|bon|sóc|khóm|tổ dân phố|khu phố"
    r"|khu dân cư|vùng|khu vực)\b"
)


# A list item said again at the same rate (review 27w): "Tổng số đảng viên tham gia học tập là
# 58.917 đồng chí, đạt 94,3%; số đảng viên chưa tham gia là 3.563 đồng chí (6,0%)" where
# "58.917 đảng viên (94,3%)" is confirmed elsewhere as 58917/62480: the same count at the same
# percent is the same share, so the item lends that whole to its list as a confirmed one would.
#   text of the item                          confirmed elsewhere          lent
#   "58.917 đồng chí, đạt 94,3%; … (6,0%)"    58917/62480 = 94,3%          62.480 -> 3563/62480
#   "58.917 đồng chí, đạt 94,3%" only         58917/62480                  nothing (no sibling)
#   "120 hộ (2,0%)" confirmed of 6.000 and of 5.990 (two wholes)          nothing
# Only the count right before its percent (", chiếm/đạt/bằng" or a bracket), one whole for that
# count and percent in the whole report, and that whole (its value and unit) stated before the item.
_ECHO_LINK = re.compile(r"^\s*(?:,\s*(?:chiếm|đạt|bằng)(?:\s+tỷ\s+lệ)?\s*|\(\s*(?:chiếm\s+)?)$")


def _echoed_siblings(
    ctx: Context,
    confirmed: dict[tuple[str, int], list[tuple[Fig, Fig, Fig]]],
    settled: set[str],
) -> None:
    wholes: dict[tuple[float, float], list[Fig]] = {}
    for sibs in confirmed.values():
        for part, base, p in sibs:
            wholes.setdefault((part.value, p.value), []).append(base)  # type: ignore[arg-type]
    for sp in ctx.percents:
        if sp.type != "percent" or sp.value is None or sp.id in settled:
            continue
        q = ctx.prev_in_sent(sp)
        if q is None or q.type != "quantity" or not q.exact_count:
            continue
        bases = wholes.get((q.value, sp.value), [])  # type: ignore[arg-type]
        if not bases or len({b.value for b in bases}) != 1:
            continue
        if not _ECHO_LINK.match(ctx.text[q.end : sp.start]):
            continue
        # the whole as stated before the item (the confirmed row may cite a later table's copy)
        base = next(
            (
                g
                for g in ctx.earlier_typed("quantity", q)
                if g.exact_count and g.value == bases[0].value and g.unit.key == bases[0].unit.key
            ),
            None,
        )
        if base is None:
            continue
        settled.add(sp.id)
        confirmed.setdefault(_list_group(ctx, sp), []).append((q, base, sp))


def _siblings(ctx: Context, checks: list[Check]) -> list[Check]:
    """Items of one list share their whole: "Trong đó, nữ 41 đồng chí, chiếm 34,2%; dân tộc
    thiểu số 18 đồng chí (15%)" with 41/120 confirmed -> the 18 is of 120 too; likewise bullet
    lines "- Vốn tín dụng: 40 tỷ đồng, chiếm 20%" under one total. Told only for a percent no
    other rule confirmed; a miss is inconsistent only when every confirmed sibling has the
    same whole and no larger count of the kind stands between the siblings."""
    by_id = ctx.by_id()
    confirmed: dict[tuple[str, int], list[tuple[Fig, Fig, Fig]]] = {}
    settled: set[str] = set()
    for c in checks:
        if c.kind == NAME and c.verdict == "inconsistent" and c.mention_ids:
            settled.add(c.mention_ids[-1])  # proved by its own structure: left as it is
        if c.kind != NAME or c.verdict != "consistent" or len(c.mention_ids) != 3:
            continue
        part, base, p = (by_id.get(i) for i in c.mention_ids)
        if part is None or base is None or p is None or p.type != "percent":
            continue
        if _complement(ctx, part, base):
            # "… tham gia học tập là 58.917 đồng chí, đạt 94,3%; số đảng viên chưa tham gia là
            # 3.563 đồng chí (6,0%)": a fit on the earlier sibling (3563/58917) is dropped by
            # :func:`not_complements`, so it settles nothing; the item is the list's share
            continue
        settled.add(p.id)
        confirmed.setdefault(_list_group(ctx, p), []).append((part, base, p))
    if not confirmed:
        return checks
    _echoed_siblings(ctx, confirmed, settled)
    replaced: set[str] = set()
    extra: list[Check] = []
    # the percent figures only: the first test below drops every other one
    for p in ctx.percents:
        if p.type != "percent" or p.value is None or p.id in settled:
            continue
        sibs = confirmed.get(_list_group(ctx, p))
        if not sibs:
            continue
        part, gap = _tied_part(ctx, p)
        if part is None or not (part.exact_count or part.exact):
            continue
        if not _share_linked(ctx, part, gap):
            continue
        if _EXEMPT_PART.match(ctx.after_low(part, 40)):
            continue  # "156 đồng chí được miễn đánh giá, chiếm 6,2%": outside the graded
        after = ctx.after_low(p, 60)
        if (
            vocab.TARGET_AFTER.match(after)
            or _OTHER_BASE.match(after)
            or _NAMED_AFTER.match(after)
            or _WORDS_AFTER_PCT.match(after)
            # review 27w: the whole named after the bracket closes, "… 120 đồng chí (60,0%) số
            # chưa học" is 120 of those who did not take part, not of the list's 4.000
            or _NAMED_AFTER.match(after.lstrip().removeprefix(")"))
        ):
            continue  # a target, another measure, or a whole of its own named after it
        near = [
            (q, b, sp)
            for q, b, sp in sibs
            if q.unit.key == part.unit.key
            and b.value > part.value
            and q is not part  # type: ignore[operator]
            # a sibling whose percent names its own whole ("85,80% số hồ sơ cấp tỉnh tiếp
            # nhận") lends it to no other item
            and not _NAMED_BASE_PHRASE.match(ctx.after_low(sp, 40))
            and not _WORDS_AFTER_PCT.match(ctx.after_low(sp, 20))
        ]
        if not near:
            continue
        bases = {b.value for _q, b, _sp in near}
        base = near[0][1]
        pv = judge_stated(100 * part.value / base.value, p)  # type: ignore[operator]
        if pv is None:
            continue
        verdict = pv.judgement.verdict
        if verdict != "consistent":
            first = min((sp for _q, _b, sp in near), key=lambda f: f.start)
            if first.start < p.start:
                between = [
                    g
                    for g in ctx.figs_from(first.end, part.start)
                    if _fits_family(g, part, None)
                    # "…, chiếm 33,3%; 24 phó chủ tịch … có 10 đồng chí": people of people, and
                    # any larger count in a ";" clause of its own ("…; 28 gương …, 14 người")
                    or (
                        g.exact_count
                        and g.value > part.value  # type: ignore[operator]
                        and (
                            (_people(g.unit) and _people(part.unit))
                            or ";" in ctx.text[first.end : g.start]
                        )
                    )
                ]
            else:  # the list's first item, the next item confirmed right after it
                nxt, _nb, nsp = min(near, key=lambda t: t[0].start)
                between = [] if _sibling_gap(ctx, p, nxt) else [nxt]
                narrow = p.sent == nxt.sent and _SIBLING_GAP.match(
                    ctx.lower_slice(p.end, nxt.start)
                )
                if not between and not narrow and not _narrow_fit(nxt, nsp):
                    # "… 92 (7,8%), không hoàn thành nhiệm vụ 12 (1,0%)": a small percent fits
                    # many wholes (12 of 1.143 to 1.263), its fit names none
                    between = [nxt]
                # a larger count of the kind between the whole and the first item may be the
                # list's whole ("1.262 đảng viên; … 1.184 đồng chí được đánh giá, xếp loại: …")
                between += [
                    g
                    for g in ctx.figs_from(base.end, part.start)
                    if g.type == "quantity"
                    and g.exact_count
                    and g.value > part.value  # type: ignore[operator]
                    and (_fits_family(g, part, None) or (_people(g.unit) and _people(part.unit)))
                ]
            if len(bases) != 1 or between:
                verdict = "unverifiable"
            elif (
                _SIBLING_APART.search(ctx.before_low(part, 40))
                or _other_moment(ctx, base, part)
                or _new_scope_clause(ctx, part, base)
            ):
                # "riêng khu vực nông thôn 28.830 hộ, đạt 96,1%": a subgroup's own rate;
                # "năm 2020 có 960 đảng viên nữ, chiếm 43,4%": a share of another year's whole
                verdict = "unverifiable"
        what = (f"total {as_written(base):g} of the list", f"tổng số {base.m.text} của danh sách")
        c = _emit(ctx, verdict, [part], base, p, pv, what)
        c.start, c.end = ctx.clause(part.start, p.end)
        c.text = ctx.text[c.start : c.end]
        extra.append(c)
        replaced.add(p.id)
    if not extra:
        return checks
    kept = [c for c in checks if not (c.mention_ids and c.mention_ids[-1] in replaced)]
    return kept + extra


def _unit_written(f: Fig) -> str:
    """The unit as the report writes it after the number: "312,5 tỷ đồng" -> "tỷ đồng"."""
    return re.sub(r"^[\d.,\s]+", "", f.m.text) or f.unit.key


def _list_total(ctx: Context, item: Fig) -> Fig | None:
    """The total a list item read by the extractor divides: the nearest earlier exact count of
    its unit (within the extractor's window) equal to the sum of the run of items it stands in.
    E.g. the "3" of "kỷ luật 29 đảng viên. … khiển trách 17, cảnh cáo 8, cách chức 1, khai trừ
    3" -> 29."""
    run = [item]
    g = ctx.prev_in_sent(item)
    while g is not None and g.m.rule == "count_breakdown" and g.unit.key == item.unit.key:
        run.insert(0, g)
        g = ctx.prev_in_sent(g)
    g = ctx.next_in_sent(item)
    while g is not None and g.m.rule == "count_breakdown" and g.unit.key == item.unit.key:
        run.append(g)
        g = ctx.next_in_sent(g)
    total = sum(g.value for g in run)  # type: ignore[misc]
    for g in ctx.earlier(run[0], 30):
        if run[0].start - g.end > 600:
            break
        if (
            g.type == "quantity"
            and g.exact_count
            and g.unit.key == item.unit.key
            and g.value == total
        ):
            return g
    return None


# A percent said first, its part in brackets after it (the percent opens its clause):
#   "80,9% trong số 86 thôn, bản (71 thôn, bản) đã có nhà văn hóa …"         71/86, both here
#   "Trường có 86 giáo viên. 70,9% giáo viên (61 người) có trình độ trên chuẩn"  the noun again
#   "… có 3.860 hộ kinh doanh. Khoảng 75,5% trong số này (2.915 hộ) …"          "trong số này"
# the last two: the whole the one count of the part's family in the sentence right before
# (one value, no percent of its own there), the percent naming nothing else
_PCT_OPENS = re.compile(r"(?:^|[.;:]\s*|,\s+(?:và\s+)?)(?:có\s+|khoảng\s+|gần\s+|hơn\s+|trên\s+)*$")
_FIRST_WITHIN = re.compile(r"\s*trong\s+(?:tổng\s+)?số\s*$")
_FIRST_LABEL = re.compile(r"[^\d;()%,]{0,40}?\s*\(\s*$")
_FIRST_POINTER = re.compile(r"\s*trong\s+(?:tổng\s+)?số\s+(?:này|đó)\s*\(\s*$")
_FIRST_NOUN = re.compile(r"\s*(?:số\s+)?(?P<n>[^\W\d][^\d;()%,]{0,30}?)\s*\(\s*$")
# A percent said before its part and its whole, in other words than a bracket (read by
# :func:`_percent_first`):
#   "Có 31,9% trong tổng số 6.215 đảng viên của Đảng bộ, tức 1.983 người, là …"  the part after
#                                                                                 "tức"
#   "Tỷ lệ đảng viên nữ là 35,1%, với 1.452 đồng chí trên tổng số 4.137 đảng viên"  part "trên"
#                                                                                 whole after it
#   "Toàn huyện có 1.908 người …; gần 94% trong số đó (1.786 người) …"            "trong số đó"
#                                                                                 of the clause
#                                                                                 before the ";"
#   not "giảm 2,3%, với 1.036 hộ …" (a change: the percent opens no clause, no rate is named)
_FIRST_TUC = re.compile(
    r"[^\d;()%]{0,40}?,\s*(?:tức(?:\s+là)?|tương ứng(?:\s+với)?|tương đương(?:\s+với)?)\s*$"
)
_PART_ENDS = re.compile(r"\s*(?:[,.;)]|là\b|$)")
_RATE_IS = re.compile(r"(?:tỷ lệ|tỉ lệ)\b[^\d;()%]{0,60}?\b(?:là|đạt|chiếm|bằng)\s*$")
_FIRST_WITH = re.compile(
    r"\s*,\s*(?:với|tức(?:\s+là)?|tương ứng(?:\s+với)?|tương đương(?:\s+với)?)\s*$"
)
_FIRST_OVER = re.compile(r"[^\d;()%]{0,40}?\btrên\s+(?:tổng\s+)?(?:số\s+)?$")


def _closed_after(ctx: Context, q: Fig) -> bool:
    return ctx.text[q.end : q.end + 3].lstrip().startswith(")")


def _clause_whole(ctx: Context, p: Fig, part: Fig) -> Fig | None:
    """The one count of ``part``'s family in the clauses of ``p``'s sentence before it, closed by
    a ";" ("Toàn huyện có 1.908 người …; gần 94% trong số đó (1.786 người)"), no percent among
    them."""
    s, _ = ctx.sentence_span(p.sent)
    semi = ctx.text.rfind(";", s, p.start)
    if semi < 0 or not _PCT_OPENS.search(ctx.lower_slice(semi, p.start)):
        return None
    prev = [g for g in ctx.figs_from(s, semi) if g.type in ("quantity", "percent", "ratio")]
    if any(g.type != "quantity" for g in prev):
        return None
    fam = [g for g in prev if _sole_family(g, part)]
    if len({g.value for g in fam}) != 1 or not (fam[0].exact_count or fam[0].exact):
        return None
    g = fam[0]
    if g.value <= part.value or _subset_base(ctx, g):  # type: ignore[operator]
        return None
    return g


def _previous_whole(ctx: Context, part: Fig, noun: str | None) -> Fig | None:
    """The one count of ``part``'s family in the sentence before (see above)."""
    if part.sent == 0:
        return None
    prev = [g for g in ctx.by_sent.get(part.sent - 1, ()) if g.type in ("quantity", "percent")]
    if any(g.type == "percent" for g in prev):
        return None
    fam = [g for g in prev if g.type == "quantity" and _sole_family(g, part)]
    if len({g.value for g in fam}) != 1 or not (fam[0].exact_count or fam[0].exact):
        return None
    g = fam[0]
    if g.value <= part.value or _subset_base(ctx, g):  # type: ignore[operator]
        return None
    if noun is not None and norm_words(noun) != g.unit.key:
        return None
    bs, be = ctx.sentence_span(g.sent)
    ps, pe = ctx.sentence_span(part.sent)
    if not _same_moment(ctx.lower_slice(ps, pe), ctx.lower_slice(bs, be)):
        return None
    return g


def _percent_first(ctx: Context, said: set[str]) -> list[Check]:
    out: list[Check] = []
    # the percent figures only: the first test below drops every other one
    for p in ctx.percents:
        if p.type != "percent" or p.value is None or p.id in said:
            continue
        s, _ = ctx.sentence_span(p.sent)
        lead = ctx.lower_slice(max(s, p.start - 40), p.start)
        rate_is = _RATE_IS.search(ctx.lower_slice(max(s, p.start - 80), p.start)) is not None
        if not _PCT_OPENS.search(lead) and not rate_is:
            continue
        q = ctx.next_in_sent(p)
        if q is None or q.type != "quantity" or not q.exact_count or q.value is None:
            continue
        gap = ctx.gap(p, q).lower()
        base = part = None
        r = ctx.next_in_sent(q)
        if _FIRST_WITH.fullmatch(gap):
            # "…là 35,1%, với 1.452 đồng chí trên tổng số 4.137 đảng viên"
            if (
                r is not None
                and r.type == "quantity"
                and r.exact_count
                and _FIRST_OVER.fullmatch(ctx.gap(q, r).lower())
                and _sole_family(r, q)
                and r.value > q.value  # type: ignore[operator]
                and _PART_ENDS.match(ctx.text, r.end)
            ):
                base, part = r, q
        elif rate_is and not _PCT_OPENS.search(lead):
            continue
        elif _FIRST_WITHIN.fullmatch(gap):
            if (
                r is not None
                and r.type == "quantity"
                and r.exact_count
                and (
                    (_FIRST_LABEL.fullmatch(ctx.gap(q, r).lower()) and _closed_after(ctx, r))
                    or (
                        _FIRST_TUC.fullmatch(ctx.gap(q, r).lower())
                        and _PART_ENDS.match(ctx.text, r.end)
                    )
                )
                and (_same_kind(q, r) or (_people(q.unit) and _people(r.unit)))
                and r.value < q.value  # type: ignore[operator]
            ):
                base, part = q, r
        elif _closed_after(ctx, q) and (
            ptr := _FIRST_POINTER.fullmatch(gap) or _FIRST_NOUN.fullmatch(gap)
        ):
            noun = ptr.groupdict().get("n")
            if noun is not None and vocab.TARGET_AFTER.match(noun):
                continue
            base, part = _previous_whole(ctx, q, noun), q
            if base is None and noun is None:
                base = _clause_whole(ctx, p, q)
        if base is None or part is None:
            continue
        pv = judge_stated(100 * part.value / base.value, p)  # type: ignore[operator]
        if pv is None or pv.judgement.verdict not in ("consistent", "inconsistent"):
            continue
        what = (f"total {as_written(base):g} {_unit_written(base)}", f"tổng số {base.m.text}")
        c = _emit(ctx, None, [part], base, p, pv, what)
        c.start, c.end = ctx.clause(p.start, part.end)
        c.text = ctx.text[c.start : c.end]
        # the bracket holds the part, not a whole of its own (see _other_readings)
        ctx.memo.setdefault("share.labelled", set()).add(id(c))  # type: ignore[union-attr]
        out.append(c)
    return out


def _emit(
    ctx: Context,
    verdict: str | None,
    parts: list[Fig],
    base: Fig,
    p: Fig,
    pv: PercentVerdict,
    what: tuple[str, str],
) -> Check:
    """One share row: sum(parts)/base against the stated percent ``p``."""
    if len(parts) == 1 and base.end < p.start and base.m.rule == "count_breakdown":
        # "kỷ luật 29 đảng viên. Theo hình thức: khiển trách 17, …, khai trừ 3, trong đó 6 đảng
        # viên …, chiếm 24,1%": a share after a list is said of the total the list divides,
        # not of its item that a base search met first
        # — unless the item itself fits: "…, cơ quan 25, trong đó cơ quan có 12 đảng viên là
        # nữ, chiếm 48%" is of the item. The total is taken only when it fits (consistent);
        # otherwise neither reading is proof (the central guard makes the row unverifiable).
        total = _list_total(ctx, base)
        if (
            pv.judgement.verdict != "consistent"
            and total is not None
            and total is not parts[0]
            and total.value > parts[0].value  # type: ignore[operator]
        ):
            again = judge_stated(100 * parts[0].value / total.value, p)  # type: ignore[operator]
            if again is not None and again.judgement.verdict == "consistent":
                base, pv, verdict = total, again, None
                what = (f"total {as_written(total):g}", f"tổng số {as_written(total):g}")
    # amounts as written ("312,5 tỷ đồng" -> 312.5), in one scale with their base
    written = [as_written(x) for x in (*parts, base)]
    if any(
        not math.isclose(w * base.value, written[-1] * x.value, rel_tol=1e-9)  # type: ignore[operator]
        for w, x in zip(written, parts, strict=False)
    ):
        written = [x.value for x in (*parts, base)]  # type: ignore[misc]
    part_value = round(sum(written[:-1]), 6)
    expr = " + ".join(f"{w:g}" for w in written[:-1])
    shown = f"({expr} = {part_value:g})" if len(parts) > 1 else expr
    why = render(
        "share.named",
        part=(shown, shown.replace(".", ",")),
        base=written[-1],
        base_what=what,
        pct=pv.phrase,
    )
    return ctx.check(NAME, verdict or pv.judgement.verdict, [*written, pv.stated],  # type: ignore[list-item]
                     [*parts, base, p], ctx.clause(p.start, p.end), expected=pv.calc, observed=num(pv.stated),
                     tolerance=num(pv.judgement.tolerance, 4), why=why, rounding=pv.judgement.rounding)  # fmt: skip


# "Tỷ lệ hộ nghèo giảm từ 14,62% xuống còn 11,84%, …; toàn huyện còn 3.165 hộ nghèo trên tổng số
# 26.731 hộ": a rate named by its noun, and in the same sentence that noun's count over a whole
# written out ("N X trên tổng số M"). The rate is the level the sentence ends at (not a "từ"
# level). Found by search: a fit is told, a miss is not proof.
_OVER_TOTAL = re.compile(r"^[^\d,;.()%]{0,30}?\btrên\s+(?:tổng\s+)?(?:số\s+)?$")
_RATE_NOUN = re.compile(r"(?:tỷ lệ|tỉ lệ)\s+([^\W\d]+(?:\s+[^\W\d]+){0,2})")
_FROM_LEVEL = re.compile(r"\btừ\s*$")


def _rate_over_total(ctx: Context) -> list[Check]:
    out: list[Check] = []
    if "trên" not in ctx.low:
        return out
    # the quantity figures only: the first test below drops every other one
    for n in ctx.quantities:
        if n.type != "quantity" or not n.exact_count:
            continue  # (tested before next_in_sent: most figures fail here)
        m = ctx.next_in_sent(n)
        if m is None or m.type != "quantity":
            continue
        if not (m.exact_count and _OVER_TOTAL.match(ctx.gap(n, m).lower()) and m.value > n.value):  # type: ignore[operator]
            continue
        if not (kin(n.unit, m.unit) or covers(m.unit, n.unit)) or not n.unit.key:
            continue
        s, e = ctx.sentence_span(n.sent)
        rates = []
        for hit in _RATE_NOUN.finditer(ctx.low, s, e):
            if not hit.group(1).startswith(n.unit.key):
                continue
            pcts = [g for g in ctx.figs_from(hit.end(), e) if g.type == "percent" and g.value]
            pcts = [g for g in pcts if g.end <= n.start or g.start >= m.end]
            levels = [g for g in pcts[:2] if not _FROM_LEVEL.search(ctx.before_low(g, 8))]
            if levels:
                rates.append(levels[0])
        if len(rates) != 1:
            continue
        p = rates[0]
        pv = judge_stated(100 * n.value / m.value, p)  # type: ignore[operator]
        if pv is None or pv.judgement.verdict != "consistent":
            continue
        what = (f"total {as_written(m):g} stated with it", f"tổng số {m.m.text}")
        c = _emit(ctx, "consistent", [n], m, p, pv, what)
        lo, hi = min(p.start, n.start), max(p.end, m.end)
        c.start, c.end = ctx.clause(lo, hi)
        c.text = ctx.text[c.start : c.end]
        out.append(c)
    return out


def _parallel(ctx: Context) -> list[Check]:
    """ "Tỷ lệ hộ nghèo giảm từ 4,12% xuống còn 2,86%, tương ứng từ 176 hộ xuống còn 122 hộ"
    with "4.268 hộ" stated before: 176/4268 = 4.12%, 122/4268 = 2.86% (consistent only: the
    base is found by search among earlier totals of the same unit)."""
    out: list[Check] = []
    if "tương ứng" not in ctx.text:
        return out
    found = change_pairs(ctx)
    for pa, pb, _d, _v in found:
        if pa.type != "percent":
            continue
        s, e = ctx.sentence_span(pa.sent)
        if "tương ứng" not in ctx.lower_slice(s, e):
            continue
        for qa, qb, _d2, _v2 in found:
            if (
                qa.type != "quantity"
                or qa.sent != pa.sent
                or not (qa.exact_count and qb.exact_count)
            ):
                continue
            if (qa.value > qb.value) != (pa.value > pb.value):  # type: ignore[operator]
                continue
            top = max(qa.value, qb.value)  # type: ignore[type-var]
            for base in ctx.earlier(min(qa, pa, key=lambda x: x.start), 200):
                if not base.exact_count or base.unit.head != qa.unit.head or base.value <= top:  # type: ignore[operator]
                    continue
                if all(fits(100 * q.value / base.value, p) for q, p in ((qa, pa), (qb, pb))):  # type: ignore[operator]
                    pvs = [
                        judge_stated(100 * q.value / base.value, p) for q, p in ((qa, pa), (qb, pb))
                    ]  # type: ignore[operator]
                    what = (
                        f"total {as_written(base):g} {_unit_written(base)}",
                        f"tổng số {base.m.text}",
                    )
                    for (q, p), pv in zip(((qa, pa), (qb, pb)), pvs, strict=True):
                        if pv is not None:
                            out.append(_emit(ctx, "consistent", [q], base, p, pv, what))
                    break
            break
    return out


# "chiếm 64,8% số đảng viên đi làm ăn xa": "số" alone, read only when words past the noun say
# which ones (a whole named by its description)
_SO_AFTER = re.compile(r"^\s*(?:so với\s+|của\s+|trên\s+|trong\s+)?số\s+([^\d;,.()]{2,60})")
_NEXT_RATE = re.compile(r"\s+(?:và\s+)?(?:chiếm|bằng|đạt|so với)\b")
# between two rates of one count: "đạt 75,0% số hộ đăng ký và chiếm 40,7% …"
_SECOND_RATE = re.compile(r"^\s*(?:số\s+)?[^\d;,.()%]{2,40}?\s+và\s+(?:chiếm|bằng)\s*$")
_TOTAL_AFTER = re.compile(
    r"^\s*(?:so với\s+|của\s+|trên\s+|trong\s+)?tổng\s+số\s+([^\d;,.()]{2,60})"
)
_STOP = frozenset(
    {"được", "bị", "của", "các", "những", "số", "toàn", "đã", "là", "có", "trong", "và"}
)


def _content(words: str, unit_key: str) -> set[str]:
    return set(words.split()) - set(unit_key.split()) - _STOP


def _own_window(ctx: Context, f: Fig) -> set[str]:
    """The words of ``f``'s own comma-piece before it, and its descriptor: "Qua kiểm tra 486 đảng
    viên, phát hiện 52 đảng viên có vi phạm" gives 52 no "kiểm tra"."""
    s, _ = ctx.sentence_span(f.sent)
    lo = max(0, f.start - 40, s)  # (never the sentence before: review 79's "Toàn xã có …. Riêng")
    cut = max(ctx.text.rfind(ch, lo, f.start) for ch in ",;")
    if cut >= lo:
        # pieces before it count too unless they hold another count of its noun ("Sau 5 năm
        # triển khai Chương trình OCOP, toàn tỉnh có 412 sản phẩm")
        if not any(
            g.type == "quantity"
            and (g.unit.key == f.unit.key or bool(g.unit.head) and g.unit.head == f.unit.head)
            and s <= g.start < cut
            for g in ctx.by_sent.get(f.sent, ())
        ):
            cut = max(lo, s) - 1
    return set(norm_words(ctx.text[max(lo, cut + 1) : f.start]).split()) | set(
        descriptor(ctx, f).split()
    )


def _window(ctx: Context, f: Fig) -> set[str]:
    return set(norm_words(ctx.text[max(0, f.start - 40) : f.start]).split()) | set(
        descriptor(ctx, f).split()
    )


def _family_of(unit: UnitInfo, named: UnitInfo) -> bool:
    """Is ``unit`` a count of the noun ``named``? A shared family, or the same unknown noun
    ("265 hồ sơ" and "tổng số hồ sơ tiếp nhận")."""
    if named.fams:
        return bool(unit.fams & named.fams)
    return unit.generic is not None and (unit.generic == named.generic or _bare_kin(unit, named))


_SUBJECT_BACK = 3  # sentences back for the count a "số X … chiếm" subject names


# -- an amount and its whole both named by words, stated before: "Tổng kinh phí thực hiện Chương
# trình … là 24,8 tỷ đồng, gồm: ngân sách trung ương 16,2 tỷ đồng, …" then "… vào ngân sách
# trung ương (chiếm 67,3% tổng kinh phí Chương trình)"; "- Thu xổ số kiến thiết: 1.142 tỷ đồng"
# then "Nguồn thu xổ số kiến thiết, chiếm 19,8% tổng thu ngân sách …". The part is the one
# amount whose own label holds the last words before the link; the whole the one amount whose
# label holds every word of the named total. Both unique, one unit: a miss is an error.
_AMOUNT_LINK = re.compile(r"([^\d,;:()%]{3,80}?)\s*[,(]?\s*(?:chiếm|bằng)\s*(?:tỷ lệ\s*)?$")
_AMOUNT_WHOLE = re.compile(r"^\s*(?:so với\s+)?tổng\s+(?!số\b)([^\W\d][^\d,;.()%]{2,60})")
_AMOUNT_STOP = frozenset(
    {"của", "các", "những", "và", "là", "đạt", "được", "trong", "đó", "gồm", "năm"}
)


_AMOUNT_PLAN = re.compile(r"dự toán|kế hoạch|chỉ tiêu|mục tiêu|giai đoạn|nhiệm kỳ")


def _label_words(ctx: Context, g: Fig) -> set[str]:
    """The words of ``g``'s own label: back from it to the previous "," ";" ":" "(" or the
    start of its sentence or line ("- Thu xổ số kiến thiết: 1.142" -> thu xổ số kiến thiết)."""
    s, _ = ctx.sentence_span(g.sent)
    lo = max(s, ctx.text.rfind("\n", 0, g.start) + 1)
    lead = ctx.lower_slice(lo, g.start).rstrip(" :")
    lead = re.split(r"[,;:(]", lead)[-1]
    return set(norm_words(lead).split()) - _AMOUNT_STOP


def _named_amounts(ctx: Context, said: set[str]) -> list[Check]:
    out: list[Check] = []
    if "tổng" not in ctx.low:
        return out
    # the percent figures only: the first test below drops every other one
    for p in ctx.percents:
        if p.type != "percent" or p.value is None or p.qual != "exact" or p.id in said:
            continue
        if not ctx.low.startswith("tổng", p.end + 1) and "tổng" not in ctx.low[p.end : p.end + 12]:
            continue
        whole_hit = _AMOUNT_WHOLE.match(ctx.after_low(p, 80))
        if whole_hit is None:
            continue
        cs, _ = ctx.clause(p.start, p.end)
        link = _AMOUNT_LINK.search(ctx.lower_slice(cs, p.start))
        if link is None or ctx.figs_from(cs, p.start):
            continue  # a figure of the clause is the part: the rules above read it
        subject = [w for w in norm_words(link.group(1)).split() if w not in _AMOUNT_STOP][-4:]
        named = set(norm_words(whole_hit.group(1)).split()) - _AMOUNT_STOP
        if len(subject) < 2 or len(named) < 2:
            continue
        earlier = [
            g
            for g in ctx.earlier(p, 120)
            if g.type == "quantity" and g.exact and g.sent < p.sent and g.value
        ]
        wholes = [g for g in earlier if named <= _label_words(ctx, g) | {"tổng"}]
        parts = [g for g in earlier if set(subject) <= _label_words(ctx, g) and g not in wholes]
        if len({g.value for g in wholes}) != 1 or len({g.value for g in parts}) != 1:
            continue
        whole, part = wholes[-1], parts[-1]
        if part.unit.key != whole.unit.key or part.value >= whole.value:  # type: ignore[operator]
            continue
        wy = set(_SOLE_YEAR.findall(ctx.lower_slice(*ctx.sentence_span(whole.sent))))
        py = set(_SOLE_YEAR.findall(ctx.lower_slice(*ctx.sentence_span(p.sent))))
        if _AMOUNT_PLAN.search(ctx.before_low(whole, 50)) or (wy and py and wy != py):
            continue  # the whole is a plan ("Dự toán … giao", "giai đoạn 2021-2025 là …") or another year
        pv = judge_stated(100 * part.value / whole.value, p)  # type: ignore[operator]
        if pv is None or pv.judgement.verdict not in ("consistent", "inconsistent"):
            continue
        what = (f"total {as_written(whole):g} {_unit_written(whole)}", f"tổng số {whole.m.text}")
        c = _emit(ctx, None, [part], whole, p, pv, what)
        c.start, c.end = ctx.clause(p.start, p.end)
        c.text = ctx.text[c.start : c.end]
        out.append(c)
    return out


# -- grades written as bare counts with their shares, after the graded total: "còn lại 6.462 đồng
# chí được đánh giá, xếp loại, kết quả: hoàn thành xuất sắc nhiệm vụ 1.025 (15,9%); … hoàn
# thành nhiệm vụ 498 (8,7%)": each share is of the graded (498/6.462 = 7,7%). A share that fits
# another count of the members stated before (all members, not only the graded) is left alone.
_GRADED_TOTAL = re.compile(
    r"^\s*(?:đồng chí|đảng viên|người|tổ chức|chi bộ)?\s*(?:được|đã được)\s+(?:kiểm điểm,?\s*)?"
    r"(?:đánh giá|xếp loại)"
)
_BARE_GRADE = re.compile(
    r"(hoàn thành xuất sắc nhiệm vụ|hoàn thành tốt nhiệm vụ|hoàn thành nhiệm vụ|"
    r"không hoàn thành nhiệm vụ)\s*:?\s*(\d{1,3}(?:\.\d{3})*)(?![\d,])\s*\(\s*(?:chiếm\s+)?"
    r"(?=\d+(?:,\d+)?\s*%\s*\))"
)


_GRADED_WORDS = re.compile(r"được (?:kiểm điểm,?\s*)?(?:đánh giá|xếp loại)")


# "…; về đảng viên: …", "…; tổ chức cơ sở đảng: hoàn thành xuất sắc nhiệm vụ 12 (22,2%)": a
# clause opening with another body, or with a heading that is no grade
_NEW_TOPIC = re.compile(
    r";\s*(?:(?:về|đối với|riêng|còn|ở)\b|(?!(?:không\s+)?hoàn thành)[^\W\d][^\d;:()]{1,40}:)"
)


def _bare_grade_shares(ctx: Context, said: set[str]) -> list[Check]:
    out: list[Check] = []
    if not _GRADED_WORDS.search(ctx.low):
        return out
    for sent_figs, s, e in ctx.sentences_with("hoàn thành"):
        if not _GRADED_WORDS.search(ctx.low, s, e):
            continue
        totals = [
            g
            for g in sent_figs
            if g.type == "quantity" and g.exact_count and _GRADED_TOTAL.match(ctx.after_low(g, 40))
        ]
        if len(totals) != 1:
            continue
        total = totals[0]
        topic = _NEW_TOPIC.search(ctx.low, total.end, e)
        e = topic.start() if topic else e  # "…; về đảng viên: …": another body's grades
        others = {
            g.value
            for g in ctx.earlier(total, 60)
            if g.exact_count and g.value > total.value and g.unit.fams & total.unit.fams  # type: ignore[operator]
        }
        for hit in _BARE_GRADE.finditer(ctx.low, total.end, e):
            p = next(iter(ctx.figs_from(hit.end(), hit.end() + 10)), None)
            if p is None or p.type != "percent" or p.value is None or p.id in said:
                continue
            value = float(hit.group(2).replace(".", ""))
            if value >= total.value:  # type: ignore[operator]
                continue
            pv = judge_stated(100 * value / total.value, p)  # type: ignore[operator]
            if pv is None:
                continue
            if pv.judgement.verdict == "inconsistent" and any(
                (alt := judge_stated(100 * value / o, p)) is not None
                and alt.judgement.verdict == "consistent"
                for o in others
            ):
                continue  # a share of all members, not of the graded
            part = synthetic(ctx, hit.start(2), hit.end(2), value, total)
            what = (f"graded total {total.value:g}", f"tổng số được đánh giá {total.value:g}")
            c = _emit(ctx, None, [part], total, p, pv, what)
            c.mention_ids = [total.id, p.id]
            c.start, c.end = ctx.clause(hit.start(), p.end)
            c.text = ctx.text[c.start : c.end]
            out.append(c)
    return out


def _named_base(ctx: Context) -> list[Check]:
    """ "… chiếm 0,14% tổng số đảng viên được rà soát" with "rà soát 33.124 đảng viên" before; "…
    124 đồng chí, chiếm 64,8% số đảng viên đi làm ăn xa" with "183 đảng viên đi làm ăn xa"."""
    out: list[Check] = []
    # the percent figures only: the first test below drops every other one
    for p in ctx.percents:
        if p.type != "percent" or p.value is None:
            continue
        after = ctx.after_low(p, 80)
        hit = _TOTAL_AFTER.match(after)
        bare_so = hit is None
        if bare_so:
            hit = _SO_AFTER.match(after)
            if not hit:
                continue
        # "số hộ đăng ký và chiếm 73,8% …": the name stops at the next rate's verb
        phrase = norm_words(_NEXT_RATE.split(hit.group(1), maxsplit=1)[0])
        info = unit_info(phrase)
        if not info.fams and info.generic is None:
            continue
        # a noun the vocabulary lacks names itself: "tổng số hồ sơ tiếp nhận" -> "hồ sơ"
        noun = info.head if info.head is not None else (info.generic or "u:")[2:]
        extra = _content(phrase, noun if info.head is not None or not info.fams else info.key)
        if bare_so and not extra:
            continue  # "chiếm 30% số hộ": which hộ? see _resolve
        # the part: the count tied to the percent, or the earlier count a "số X …" subject names
        part, gap = _tied_part(ctx, p)
        if part is not None and part.type == "percent" and _SECOND_RATE.match(gap):
            # "48.216 hộ …, đạt 75,0% số hộ đăng ký và chiếm 40,7% số hộ hội viên": both rates
            # are of the 48.216
            part, gap = _tied_part(ctx, part)
        strict_part = part is not None and part.exact_count and share_link(gap)
        if strict_part and _CHANGE_BEFORE.search(ctx.before_low(part, 30)):  # type: ignore[union-attr]
            # "… lên 6.035 đồng chí, tăng 1.417 đồng chí (…), chiếm 6,5% tổng số đảng viên": the
            # share may be the level's, not the change's (blind review 48)
            continue
        if not strict_part:
            part = None
            cs, _ = ctx.clause(p.start, p.end)
            subj = re.search(
                r"(?<!%\s)\bsố\s+([^\d;,.()%]{3,60}?)\s+(?:(?:mới|đã|hiện|chỉ|nay)\s+)*"
                r"(?:chiếm|bằng|là)\s*$",
                ctx.lower_slice(cs, p.start),
            )
            if subj:
                sinfo = unit_info(norm_words(subj.group(1)))
                # a noun the vocabulary lacks names itself: "số doanh nghiệp có …" -> "doanh nghiệp"
                shead = sinfo.head or (sinfo.generic or "u:")[2:]
                want = _content(norm_words(subj.group(1)), shead)
                for g in ctx.earlier(p, 30):
                    if p.sent - g.sent > _SUBJECT_BACK:
                        break
                    if (
                        g.exact_count
                        and (g.unit.fams & sinfo.fams or _family_of(g.unit, sinfo))
                        and want
                        and want <= _window(ctx, g)
                        # "… tăng 144 người, tương ứng tăng 10,1%. Số đoàn viên được kết nạp
                        # Đảng chiếm 1,9% …": a change is never the count the subject names
                        # (blind review 75)
                        and not vocab.DELTA_BEFORE.search(ctx.before_low(g, 14))
                    ):
                        part = g
                        break
        people_whole = (
            part is not None
            and not extra
            and strict_part
            and part.unit.key in ("người", "đồng chí")
            and _people(info)
        )  # "Hội viên là đảng viên 4.318 người, chiếm 16,5% tổng số hội viên"
        if part is None or not (_family_of(part.unit, info) or people_whole):
            continue
        # a subject named back from two or more sentences away: a fit is told, a miss is not
        far_part = not strict_part and p.sent - part.sent > 1
        cands = [
            g
            for g in ctx.earlier(part, 120)
            if g.exact_count and _family_of(g.unit, info) and g.value > part.value
        ]  # type: ignore[operator]
        cands = _not_reference_wholes(ctx, cands, after, part)
        if bare_so:  # the words must describe the whole itself, not the heading before it
            strict = [g for g in cands if extra <= set(descriptor(ctx, g).split())]
        else:
            strict = [g for g in cands if extra and extra <= _window(ctx, g)]
        if strict_part:  # (a part found by its subject's words is too loose a reading for this)
            strict = _of_named_body(ctx, cands, strict, phrase, noun, extra, p)
        done_verb = _PHRASE_VERB.search(phrase)
        if done_verb is not None:
            # a count the named verb is said of only as a purpose ("giới thiệu 58 đoàn viên ưu tú
            # cho Đảng xem xét kết nạp") is of those put forward, not of those it was done to
            verb = " ".join(done_verb.group(1).split()[:2])
            strict = [
                g
                for g in strict
                if _says_verb(_own_stretch(ctx, g), verb) or f" {verb} " not in _own_stretch(ctx, g)
            ]
        defined = _defined_total(ctx, p, phrase, cands)
        if defined is not None:
            strict = [defined]
        elif not strict and not extra and strict_part:
            if people_whole:  # the noun's levels, also those written in people
                cands = [
                    g
                    for g in ctx.earlier(part, 120)
                    if g.exact_count and _people(g.unit) and g.value > part.value  # type: ignore[operator]
                ]
            level = _bare_level(ctx, part, p, info, cands)
            strict = [level] if level is not None else []
        what = (f"total '{phrase}'", f"tổng số '{phrase}'")
        if len(strict) == 1 and _NOW_PART.search(
            ctx.lower_slice(ctx.clause(part.start)[0], part.start)
        ):
            # "Số đảng viên … tăng từ 5.958 đồng chí đầu nhiệm kỳ lên 6.214 đồng chí hiện nay" …
            # "Đảng viên dưới 35 tuổi hiện có 1.126 đồng chí, chiếm …": a share of now is of the
            # level reached, not of the start the words happen to name
            reached = next(
                (b for a, b, _d, _v in change_pairs(ctx)
                 if a.start == strict[0].start and b.exact_count and _family_of(b.unit, info)
                 and _plain_level_of(ctx, b, phrase)),
                None,
            )  # fmt: skip
            reached_named = reached is not None
            if reached is not None:
                strict = [reached]
        else:
            reached_named = False
        if len(strict) > 1 and _NOW_PART.search(
            ctx.lower_slice(ctx.clause(part.start)[0], part.start)
        ):
            # "Đầu nhiệm kỳ … có 31.874 đảng viên" … "đến ngày 31/12/2024 … có 36.517 đảng viên" …
            # "… hiện có 1.874 đồng chí, chiếm 5,9% tổng số đảng viên toàn Đảng bộ": of now, the
            # one named whole not stated of the start
            later = [
                g for g in strict
                if not _SOLE_ORIGIN.search(ctx.lower_slice(ctx.sentence_span(g.sent)[0], g.start))
                and _STOCK_LEAD_WORD.search(ctx.before_low(g, 12))
                and _plain_level_of(ctx, g, phrase)
            ]  # fmt: skip
            origin = [
                g for g in strict
                if _SOLE_ORIGIN.search(ctx.lower_slice(ctx.sentence_span(g.sent)[0], g.start))
            ]  # fmt: skip
            if len(later) == 1 and origin:
                strict = later
                reached_named = True
                reached = later[0]
        if len(strict) == 1:
            pv = judge_stated(100 * part.value / strict[0].value, p)  # type: ignore[operator]
            if pv is not None and pv.judgement.verdict == "inconsistent":
                # another whole of the family fits ("6.412 đảng viên" in 2020, "con số này đã là
                # 7.058 đồng chí" now): the words named the older one, the percent the newer
                other = next(
                    (g for g in cands if g is not strict[0]
                     and fits(100 * part.value / g.value, p)  # type: ignore[operator]
                     # (review 27s: not a count the named words left out: "tổng số mô hình
                     # được công nhận" is no "đăng ký 312 mô hình" that happens to fit)
                     and not _told_apart(ctx, strict[0], g, _qualifier_words(phrase, noun))),
                    None,
                )  # fmt: skip
                if (
                    other is not None
                    and _NOW_PART.search(ctx.lower_slice(ctx.clause(part.start)[0], part.start))
                    and (
                        any(
                            a.start == other.start and b.start == strict[0].start
                            for a, b, _d, _v in change_pairs(ctx)
                        )
                        or _SOLE_ORIGIN.search(ctx.lower_slice(*ctx.sentence_span(other.sent)))
                    )
                ):
                    other = None  # the start of the change: a share of now, see above
                if other is not None:
                    strict = [other]
                    pv = judge_stated(100 * part.value / other.value, p)  # type: ignore[operator]
            if pv is not None and not (far_part and pv.judgement.verdict != "consistent"):
                told = None
                if pv.judgement.verdict == "inconsistent" and (
                    _whole_of_another_moment(ctx, strict[0], p)
                    or _subset_base(ctx, strict[0])
                    or _counted_scope(ctx, part, strict[0])
                    or _LATER_CHANGE.match(ctx.after_low(strict[0], 80))
                    or (not bare_so and _MEMBER_KIND.match(ctx.after_low(strict[0], 20)))
                    or (
                        (
                            (strict[0].sent != p.sent and _searched_doubt(ctx, strict[0], part))
                            or not (reached_named and strict[0] is reached)
                            and defined is None
                            and strict[0].sent != p.sent
                            and not _plain_stock(
                                ctx, strict[0], f"{phrase} {descriptor(ctx, part)}"
                            )
                        )
                        # the one count that says the verb the words name (see _done_whole)
                        and _done_whole(ctx, part, p, after) is not strict[0]
                    )
                ):
                    told = "unverifiable"
                c = _emit(ctx, told, [part], strict[0], p, pv, what)
                if reached_named and strict[0] is reached:
                    # the words named the change's subject, which the level reached is of too
                    ctx.memo.setdefault("share.labelled", set()).add(id(c))  # type: ignore[union-attr]
                    alt = next(
                        (g for g in cands if g is not strict[0]
                         and fits(100 * part.value / g.value, p)),  # type: ignore[operator]
                        None,
                    )  # fmt: skip
                    if alt is not None and c.verdict == "inconsistent":
                        # say which older whole the percent was computed on
                        note = (
                            f" ({fmt(pv.stated, 'en')}% is {fmt(part.value, 'en')}/"
                            f"{fmt(alt.value, 'en')}, the earlier count)",
                            f" ({fmt(pv.stated, 'vi')}% là {fmt(part.value, 'vi')}/"
                            f"{fmt(alt.value, 'vi')}, số của thời điểm trước)",
                        )
                        c.why, c.why_vi = c.why + note[0], c.why_vi + note[1]
                out.append(c)
            continue
        now = bool(_NOW.search(ctx.lower_slice(*ctx.sentence_span(part.sent))))
        for base in cands:
            if not fits(100 * part.value / base.value, p):  # type: ignore[operator]
                continue
            if now and _SOLE_ORIGIN.search(ctx.lower_slice(*ctx.sentence_span(base.sent))):
                break  # "hiện có 1.874 đồng chí, chiếm 5,9%" fits the start of the term's total
            pv = judge_stated(100 * part.value / base.value, p)  # type: ignore[operator]
            if pv is not None:
                out.append(_emit(ctx, "consistent", [part], base, p, pv, what))
                break
    return out


# Review 27s: the whole named after the percent is the count the report states as its own,
# not the level it is measured against. A level in a comparison's or a plan's bracket is the
# reference of the count beside it: when that count is a candidate too, the references are no
# whole (unless the named whole is dated: then either may be meant):
#   candidates before                                    the share                        whole
#   "đăng tải 1.240 tin, bài, đạt 103,3% kế hoạch (kế    "298 tin, bài, chiếm 27,7% tổng   1.240
#    hoạch giao 1.200 tin, bài); so với năm 2023 (1.076   số tin, bài đã đăng"
#    tin, bài) tăng 164 tin, bài"
#   the same                                             "… tổng số tin, bài năm 2023"     any
#   "so với năm 2023 (1.076 tin, bài)" alone             "… tổng số tin, bài"              1.076 stays
#
# Review 27u: a level at the start of the period ("so với đầu năm (96 hộ)", "đầu nhiệm kỳ (1.084
# đảng viên)") is the stock a count made through that period is drawn from: when the part's
# sentence counts through the period ("Trong năm", "trong nhiệm kỳ"), either may be its whole:
#   candidates before                                 the share                           whole
#   "Hộ nghèo còn 60 hộ, giảm 36 hộ so với đầu năm     "Trong năm có 52 hộ nghèo được vay   96 stays
#    (96 hộ)"                                          vốn, chiếm 54,2% tổng số hộ nghèo"   (54,2%)
#   the same                                          "Hiện có 41 hộ nghèo là hộ neo đơn,  60 (a
#                                                      chiếm 68,3% tổng số hộ nghèo"        stock now)
def _not_reference_wholes(
    ctx: Context, cands: list[Fig], after: str, part: Fig | None = None
) -> list[Fig]:
    flow = part is not None and bool(
        _PERIOD_FLOW.search(ctx.lower_slice(ctx.sentence_span(part.sent)[0], part.start))
    )
    own = [
        g
        for g in cands
        if not (reference_level(ctx, g) and _in_open_bracket(ctx, g))
        or (flow and _PERIOD_START_REF.search(ctx.lower_slice(max(0, g.start - 40), g.start)))
    ]
    named = re.split(r"[.;()]", after, maxsplit=1)[0]
    if not own or len(own) == len(cands) or vocab.TIME_MARK.search(named):
        return cands
    return own


_PERIOD_START_REF = re.compile(
    r"\bđầu\s+(?:năm|kỳ|nhiệm kỳ|giai đoạn)(?:\s+(?:19|20)\d{2})?\s*\(\s*(?:là\s+|có\s+)?$"
    r"|\(\s*đầu\s+(?:năm|kỳ|nhiệm kỳ|giai đoạn)\b[^()]*$"
)
_PERIOD_FLOW = re.compile(r"\btrong\s+(?:năm|nhiệm kỳ|kỳ|giai đoạn)\b")


def _in_open_bracket(ctx: Context, g: Fig) -> bool:
    """Is ``g`` inside a bracket of its sentence ("(1.076 tin, bài)"), not after one closed
    ("96 hộ (đầu năm 2021) xuống còn 38 hộ": 38 is the level reached)?"""
    s, _ = ctx.sentence_span(g.sent)
    return ctx.text.rfind("(", s, g.start) > ctx.text.rfind(")", s, g.start)


# the named words that qualify the noun, before any body or scope ("mô hình được công nhận của
# huyện" -> được công nhận; "đảng viên toàn Đảng bộ khối" -> none)
_SCOPE_CUT = re.compile(r"\s(?:của|toàn|cả|trên địa bàn|tại|ở|thuộc)\b.*$")


def _qualifier_words(phrase: str, noun: str) -> set[str]:
    return _content(_SCOPE_CUT.sub("", f" {phrase}").strip(), noun)


# Review 27s: two counts of one noun in one sentence, told apart by what each is ("đăng ký 312 mô
# hình; đến nay đã được công nhận 286 mô hình"): the whole named "tổng số mô hình được công
# nhận" is the one whose own words say so, not the other that happens to fit:
#   the sentence                                        named whole                 other fit
#   "đăng ký 312 mô hình; … được công nhận 286 mô hình"  "… mô hình được công nhận"  not taken
#   "Hộ nghèo giảm từ 96 hộ … xuống còn 38 hộ"           "… tổng số hộ nghèo"         taken (a
#                                                        change: 38 is still hộ nghèo)
#   "312 mô hình … 286 mô hình" in two sentences         "… mô hình được công nhận"  taken
#   "486 hộ đăng ký tham gia …, đã triển khai cho 412 hộ" "… số hộ tham gia"          taken (a
#                                                        later, smaller stage is still of them)
#   "320 hộ chăn nuôi bò …; … 146 hộ nuôi bò sinh sản     "… số hộ nuôi bò sinh sản"  taken (146
#    được hỗ trợ con giống"                                                          says more)
# Review 27u: nor is a comparison's bracketed level told apart by words said once before the
# count it is compared with (the same group at another moment, see _not_reference_wholes):
#   "Hộ nghèo còn 60 hộ, giảm 36 hộ so với đầu năm (96   "… tổng số hộ nghèo"         taken
#    hộ)"
def _told_apart(ctx: Context, named: Fig, other: Fig, words: set[str]) -> bool:
    if not words or named.sent != other.sent or other.value <= named.value:  # type: ignore[operator]
        return False
    if _content(descriptor(ctx, named), named.unit.key) - words:
        return False  # the count said to be a narrower group than the named whole
    if any({a.start, b.start} == {named.start, other.start} for a, b, _d, _v in change_pairs(ctx)):
        return False
    if reference_level(ctx, other) and _in_open_bracket(ctx, other):
        return False  # "còn 60 hộ, … so với đầu năm (96 hộ)": one group, two moments
    return words <= _own_window(ctx, named) and not words <= _own_window(ctx, other)


# Review 27s: "… chiếm 26,4% số hộ của ấp": a body named after the noun ("của ấp", "của Đảng
# bộ") picks, among the counts whose words fit, the one stated of that body as its subject:
#   candidates                                        share                          whole
#   "Xã … có 7 ấp với 3.412 hộ" / "Ấp Rạch Mây có      "138 hộ …, chiếm 26,4% số hộ   486
#    486 hộ"                                            của ấp"
#   "Xã có 3.412 hộ" / "Ấp … có 486 hộ"                "… số hộ của xã"               3.412
#   two counts of ấp, or none                          "… số hộ của ấp"               all kept
_OF_BODY_WORDS = re.compile(
    r"\bcủa\s+(đảng bộ|chi bộ|chi hội|hội|chi đoàn|đoàn|xã|phường|thị trấn|huyện|tỉnh|thôn|ấp"
    r"|bản|khu phố|tổ dân phố)$"
)


def _of_named_body(
    ctx: Context,
    cands: list[Fig],
    strict: list[Fig],
    phrase: str,
    noun: str,
    extra: set[str],
    p: Fig,
) -> list[Fig]:
    """The one count among ``cands`` in the named noun's words, with the named words other than
    the body in its own words, and the body the subject of its clause (the parts of a bracketed
    breakdown left out: "864 đảng viên (831 đảng viên chính thức, …)"); else ``strict``."""
    hit = _OF_BODY_WORDS.search(phrase)
    if hit is None:
        return strict
    body = hit.group(1)
    rest = extra - set(body.split())
    own = _heads_only(
        ctx,
        [
            g
            for g in cands
            if (g.unit.key == noun or g.unit.head == noun)
            and rest <= set(descriptor(ctx, g).split())
            and _subject_named(ctx, g, body)
            # (not a count of another moment: "Khi mới thành lập, Hội có 186 hội viên")
            and not _whole_of_another_moment(ctx, g, p)
            and not _SOLE_ORIGIN.search(ctx.lower_slice(ctx.sentence_span(g.sent)[0], g.start))
        ],
    )
    if len({g.value for g in own}) != 1 or any(
        f.type == "quantity"
        and f.unit.key == own[0].unit.key
        and _STOCK_MOVES.search(ctx.before_low(f, 30))
        for f in ctx.figs_from(own[0].end, p.start)
    ):
        return strict  # (two values, or "… tiếp nhận 52 đảng viên …" after it: the body moved)
    return own


# "tổng số <noun>" is all of them; a count of one kind of members stated before is not
# (white-box review 21s). With no whole named ("…, chiếm tỷ lệ 24,3%") that kind may be the
# whole meant, so this holds only for a total named:
#   stated before                        the share                                   told
#   "Đảng bộ có 124 đảng viên hưu trí"   "38 đảng viên …, chiếm 2,1% tổng số đảng viên"  fit only
#   "Đảng bộ có 1.860 đảng viên"         "48 đảng viên …, chiếm 2,6% tổng số đảng viên"  a miss too
_MEMBER_KIND = re.compile(r"\s*(?:hưu trí|nghỉ hưu|lão thành|cao tuổi|lớn tuổi)\b")


def _bare_level(ctx: Context, part: Fig, p: Fig, info: UnitInfo, cands: list[Fig]) -> Fig | None:
    """ "… tăng từ 6.214 lên 6.366 đảng viên. … đảng viên nữ 2.790 đồng chí, chiếm 43,8% tổng số
    đảng viên": a bare "tổng số <noun>" names the one level of that very noun stated before, a
    stock ("có 6.366 đảng viên", "lên 6.366 đảng viên"), with the start of a change left out
    (and the same value stated at its moment: "Đầu năm, … có 6.214"). None when the part's
    sentence names a time of its own, when another moment's level is no such start ("Năm học
    trước … có 9.846 học sinh"), or when two levels remain."""
    s, _ = ctx.sentence_span(part.sent)
    if vocab.TIME_MARK.search(ctx.lower_slice(s, p.end)):
        return None
    own = [
        g
        for g in cands
        if not reference_level(ctx, g)  # "(26.722 hội viên)" of a comparison: no level now
        and (
            g.unit.key == info.key
            # "tổng số hội viên là 27.846 người": the noun's count written in people
            or (
                g.unit.key in ("người", "đồng chí")
                and re.search(
                    rf"\bsố\s+{re.escape(info.key)}\s+(?:hiện\s+)?(?:là|có|đạt)\s*:?\s*$",
                    ctx.before_low(g, 40),
                )
            )
        )
    ]
    if not own:
        return None
    found = change_pairs(ctx)
    starts = {a.start for a, _b, _d, _v in found}
    ends = {b.start for _a, b, _d, _v in found}
    old, levels, then = set(), [], set()
    for g in own:
        before = ctx.lower_slice(ctx.sentence_span(g.sent)[0], g.start)
        if g.start in starts:
            old.add(g.value)
        elif _BASE_MOMENT.search(before) or _SOLE_ORIGIN.search(before):
            then.add(g.value)
        elif g.start in ends or _STOCK_LEAD_WORD.search(ctx.before_low(g, 12)):
            levels.append(g)
        else:
            return None  # a flow or an event of the noun ("kết nạp 3.200 đảng viên"): which?
    if then - old:
        return None  # a level of another moment, not the start of a change: which one?
    levels = [g for g in levels if g.value not in old]
    if len({g.value for g in levels}) != 1 or _searched_doubt(ctx, levels[0], part):
        return None
    return levels[0]


_RATE_SUBJECT = re.compile(r"(?:tỷ lệ|tỉ lệ)\s+([^\d;,.()%]{3,80}?)\s+(?:đạt|là|chiếm|bằng)\s*$")
_DEFINES = re.compile(r"tổng\s+số\s+([^\d;,.()%]{2,60}?)\s*\(\s*$")
_ELSEWHERE = re.compile(r"\b(?:riêng|tại|ở)\b|\b(?:xã|phường|thị trấn|huyện|thôn|ấp|bản)\s+[A-ZĐ]")
_PROPER_NAME = re.compile(r"(?<=\s)[A-ZĐ][\wÀ-ỹ]*(?:\s+[A-ZĐ][\wÀ-ỹ]*)+")


def _defined_total(ctx: Context, p: Fig, phrase: str, cands: list[Fig]) -> Fig | None:
    """ "… chiếm 1,05% tổng số hộ (39.236 hộ) …. … 538 hộ, chiếm 1,47% tổng số hộ": the same
    named total was given its value in brackets a sentence or two before. Only when every such
    definition agrees, and the later sentence names no other place ("riêng", "tại xã …")."""
    found = [g for g in cands if p.sent - g.sent <= 2
             and (hit := _DEFINES.search(ctx.before_low(g, 80))) and norm_words(hit.group(1)) == phrase]  # fmt: skip
    if not found or len({g.value for g in found}) != 1:
        return None
    s, e = ctx.sentence_span(p.sent)
    here = ctx.text[s:e]
    ds, de = ctx.sentence_span(found[0].sent)
    if _ELSEWHERE.search(here) or vocab.TIME_MARK.search(here.lower()):
        return None
    if any(n not in ctx.text[ds:de] for n in _PROPER_NAME.findall(here)):
        return None
    return found[0]


def _graded(ctx: Context) -> list[Check]:
    """ "trong 200 chi bộ có 50 chi bộ hoàn thành xuất sắc nhiệm vụ, 130 chi bộ hoàn thành tốt …"
    then "tỷ lệ chi bộ hoàn thành xuất sắc nhiệm vụ đạt 25%" (50/200) and "… hoàn thành tốt nhiệm vụ
    trở lên đạt 90%" ((50 + 130)/200: this grade and the ones listed above it)."""
    out: list[Check] = []
    found = breakdowns(ctx)
    if not found:
        return out
    # the percent figures only: the first test below drops every other one
    for p in ctx.percents:
        if p.type != "percent" or p.value is None:
            continue
        hit = _RATE_SUBJECT.search(ctx.before_low(p, 100))
        if not hit or re.match(r"^\s*(?:so với|tăng|giảm)", ctx.after_low(p, 20)):
            continue
        subject = norm_descriptor(hit.group(1))
        upward = subject.endswith(" trở lên")
        if upward:
            subject = subject[: -len(" trở lên")]
        for total, parts in found:
            if not 0 <= p.sent - total.sent <= 2 or not vocab.GRADING.search(subject):
                continue
            if p.sent != total.sent:
                # "Năm 2023, trong 200 chi bộ …. Năm 2022, tỷ lệ … đạt 22,5%": another year's rate
                ys = set(_SOLE_YEAR.findall(ctx.lower_slice(*ctx.sentence_span(p.sent))))
                yt = set(_SOLE_YEAR.findall(ctx.lower_slice(*ctx.sentence_span(total.sent))))
                if ys and ys != yt:
                    continue
            idx = [k for k, x in enumerate(parts) if descriptor(ctx, x) == subject]
            if len(idx) != 1:
                continue
            chosen = parts[: idx[0] + 1] if upward else [parts[idx[0]]]
            pv = judge_stated(100 * sum(x.value for x in chosen) / total.value, p)  # type: ignore[misc, operator]
            if pv is not None:
                what = (f"graded total {total.value:g}", f"tổng số được đánh giá {total.value:g}")
                out.append(_emit(ctx, None, chosen, total, p, pv, what))
            break
    return out


# -- an item of a breakdown named again by its label, with its share of the total named by its
# noun: "… 247 đảng viên, gồm: khiển trách 156, cảnh cáo 54, cách chức 13, khai trừ 24. …; riêng
# hình thức khai trừ chiếm 11,3% tổng số đảng viên bị kỷ luật" (24/247 = 9,7%). The label must
# name exactly one item of one breakdown (parts that add up) stated up to two sentences before,
# and the whole after the percent must open with the total's noun.
#   example (our own)                                                          verdict
#   "… 40 chi bộ: trong sạch 30, khá 8, yếu 2. Loại yếu chiếm 5% tổng số chi bộ"  consistent
#   "… 247 đảng viên, gồm: …, khai trừ 24. Khai trừ chiếm 11,3% tổng số đảng viên"  inconsistent
#   "… chiếm 11,3% số đảng viên vi phạm"  (another whole named)                    silence
_LABEL_LEAD = re.compile(
    r"(?:^|[,;:.]\s*)(?:(?:riêng|trong đó)\s+)?(?:(?:hình thức|loại|số|mức)\s+)?"
    r"(?P<label>[^\W\d][^\d,;:.()%]{1,40}?)"
    r"\s+(?:chiếm|bằng)(?:\s+tỷ lệ)?\s*$"
)
_VS_ANOTHER_YEAR = re.compile(
    r"so với\s+(?:cùng kỳ\s+)?(?:năm\s+)?(?:trước|(?:19|20)\d{2})(?:\s*\([^()]*\))?"
)
_LABELLED_APART = re.compile(
    r"\b(?:tính cả|tính chung|cả nhiệm kỳ|cộng dồn|lũy kế|thêm|ở|tại|đối với|trong nhiệm kỳ)\b"
)
_NAMED_LIGHT = frozenset({"bị", "được", "đã", "các", "của", "toàn", "số", "cả"})
_WHOLE_NAMED_AFTER = re.compile(
    r"^\s*(?:trong\s+|của\s+|trên\s+)?tổng\s+số\s+(?P<n>[^\W\d][^\d;.,()%]{1,60})"
)


def _item_label(ctx: Context, x: Fig, lo: int) -> str:
    seg = re.split(r"[,:;(]", ctx.lower_slice(max(lo, x.start - 40), x.start))[-1]
    seg = re.sub(r"^\s*(?:và|hình thức|loại|mức)\s+", "", seg)
    return norm_descriptor(seg)


_FLOW_TOTAL = re.compile(
    r"\b(kết nạp|phát triển|kỷ luật|khen thưởng|giới thiệu|tuyển|tiếp nhận)(?:\s+(?:được|mới))?\s*$"
)


_LABEL_LINK = (
    r"(?:trong đó\s+)?(?:(?:hình thức|loại|số|mức)\s+)?[^\W\d][^\d,;:.()%]{1,40}?"
    r"\s+(?:chiếm|bằng)(?:\s+tỷ lệ)?"
)
_LABEL_SHARE = rf"{_LABEL_LINK}\s+\d+(?:,\d+)?\s*%"  # "cảnh cáo chiếm 25,8%"
# after the percent: the clause ends, or another labelled share follows ("…, khai trừ chiếm 9,7%")
_CLAUSE_ENDS = re.compile(rf"\s*(?:[;.)]|$|,\s*{_LABEL_SHARE})")
# between a list's last item and the share its label names: only "; [trong đó] label chiếm", maybe
# after other labelled shares ("; khiển trách chiếm 61,3%; cảnh cáo chiếm")
_RIGHT_AFTER_LIST = re.compile(
    rf"^\s*(?:\([^()\d]*\)\s*)?;\s*(?:{_LABEL_SHARE}\s*[;,]\s*)*{_LABEL_LINK}\s*$"
)


_EVENT_WORDS = frozenset("kỷ luật vi phạm kết nạp khen thưởng kiểm tra giám sát".split())


def _named_keeps(ctx: Context, total: Fig, named: str) -> bool:
    """Does the whole named after a percent keep the event the list's total counts, said right
    after its noun ("31 đảng viên bị kỷ luật: …; khiển trách chiếm 0,6% tổng số đảng viên của
    Đảng bộ" names all members, not the disciplined)?"""
    own = descriptor(ctx, total).split()[len(total.unit.key.split()) :][:4]
    return set(own) & _EVENT_WORDS <= set(norm_descriptor(named).split())


def _wider_whole(ctx: Context, total: Fig) -> bool:
    """Is a larger count of the list total's noun stated in its sentence or the one before (all
    members, of whom the list counts the graded)?"""
    for k in (total.sent - 1, total.sent):
        for g in ctx.by_sent.get(k, []):
            if (
                g.type == "quantity"
                and g.exact_count
                and g.value > total.value  # type: ignore[operator]
                and (g.unit.key == total.unit.key or kin(g.unit, total.unit))
            ):
                return True
    return False


def _labelled_items(ctx: Context, said: set[str]) -> list[Check]:
    out: list[Check] = []
    named_lists = breakdowns(ctx)
    if not named_lists and not sum_breakdowns(ctx):
        return out
    # the percent figures only: the first test below drops every other one
    for p in ctx.percents:
        if p.type != "percent" or p.value is None or p.id in said or p.qual != "exact":
            continue
        cs, _ = ctx.clause(p.start, p.end)
        prev = ctx.prev_in_sent(p)
        lo = max(cs, prev.end if prev is not None else cs)
        lead = _LABEL_LEAD.search(ctx.low[lo : p.start])  # a slice: "^" is its start
        named = _WHOLE_NAMED_AFTER.match(ctx.after_low(p, 70))
        # or nothing after the percent, in the sentence of the list: "Theo hình thức: khiển trách
        # 19, cảnh cáo 8, cách chức 1, khai trừ 3; khiển trách chiếm 61,3%."
        bare = named is None and _CLAUSE_ENDS.match(ctx.after_low(p, 80)) is not None
        if lead is None or (named is None and not bare):
            continue
        label = norm_descriptor(lead.group("label"))
        hits = []
        for total, parts in named_lists + sum_breakdowns(ctx) if bare else named_lists:
            if bare:
                if p.sent != parts[-1].sent or parts[-1].end >= p.start:
                    continue  # the list's own sentence (its total may stand in the one before)
                if not _RIGHT_AFTER_LIST.match(ctx.lower_slice(parts[-1].end, p.start)):
                    continue  # a scope, moment or measure said before the label ("toàn tỉnh,
                    # khiển trách chiếm …", "bình quân các năm …", "theo chuẩn cũ, …")
            elif not 0 < p.sent - total.sent <= 2 and not (
                p.sent == total.sent and parts[-1].end < p.start
            ):
                continue
            if named is not None and not named.group("n").startswith(total.unit.key):
                continue
            if named is not None and not _named_keeps(ctx, total, named.group("n")):
                continue  # "31 đảng viên bị kỷ luật: …; khiển trách chiếm 0,6% tổng số đảng viên
                # của Đảng bộ": the whole named is all members, wider than the list's
            # a comparison with another year is no other moment: "So với năm 2022 (213 đảng viên),
            # số đảng viên bị kỷ luật tăng 34 trường hợp"
            between = _VS_ANOTHER_YEAR.sub(" ", ctx.lower_slice(parts[-1].end, p.start))
            if (
                vocab.TIME_MARK.search(between)
                or _LABELLED_APART.search(between)
                or _PROPER_NAME.search(ctx.text[parts[-1].end : p.start])
                or any(
                    g.type == "quantity"
                    and g.unit.key == total.unit.key
                    and not reference_level(ctx, g)
                    for g in ctx.figs_from(parts[-1].end, p.start)
                )
                or any(
                    g.type == "quantity" and g.unit.key == total.unit.key and g.value > total.value  # type: ignore[operator]
                    for g in ctx.by_sent.get(total.sent, [])
                )
            ):
                continue  # another year, span, body, or members added after the breakdown
            extra = (
                set(named.group("n")[len(total.unit.key) :].split()) - _NAMED_LIGHT
                if named is not None
                else set()
            )
            if not extra <= set(ctx.lower_slice(*ctx.sentence_span(total.sent)).split()):
                continue  # "tổng số đảng viên vi phạm" after "kỷ luật 247 đảng viên": another whole
            flow = _FLOW_TOTAL.search(ctx.before_low(total, 30))
            if flow is not None and named is not None and flow.group(1) not in named.group("n"):
                continue  # "kết nạp 420 đảng viên, gồm …" … "tổng số đảng viên của Đảng bộ": a stock
            starts = [total.end, *(x.end for x in parts[:-1])]
            for x, begin in zip(parts, starts, strict=True):
                if _item_label(ctx, x, begin) == label:
                    hits.append((total, x))
        if len({(id(t), id(x)) for t, x in hits}) != 1:
            continue
        total, x = hits[0]
        pv = judge_stated(100 * x.value / total.value, p)  # type: ignore[operator]
        if pv is None:
            continue
        if pv.judgement.verdict != "consistent" and _wider_whole(ctx, total):
            continue  # "Đảng bộ có 2.415 đảng viên, …. Trong 2.228 … được xếp loại: …; hoàn thành
            # xuất sắc nhiệm vụ chiếm 14,7%": the rate may be of all members (356/2.415)
        what = (f"total {as_written(total):g}", f"tổng số {as_written(total):g}")
        c = _emit(ctx, None, [x], total, p, pv, what)
        c.start, c.end = ctx.clause(lo + lead.start("label"), p.end)
        c.text = ctx.text[c.start : c.end]
        ctx.memo.setdefault("share.labelled", set()).add(id(c))  # type: ignore[union-attr]
        out.append(c)
    return out


# -- a sentence opened by the whole's noun, then its members' counts with their shares: "… với
# 11.846 hội viên, tăng 1.127 hội viên so với đầu nhiệm kỳ (10.719 hội viên). Trong tổng số hội
# viên, nữ có 3.968 người (33,5%); người dân tộc thiểu số 1.342 người, chiếm 12,5%" (each of the
# 11.846: 1.342 is 11,3%). The whole is the one count of that noun in the sentence before or the
# opener's own (a bracketed earlier level is no candidate); two such counts: no row.
_ADMITTED_BEFORE = re.compile(r"\bkết nạp(?:\s+(?:được|mới|thêm))?\s*$")
_FLOW_BEFORE = re.compile(
    r"\b(?:kết nạp|mới|thêm|tuyển|giới thiệu|khen thưởng|kỷ luật|đào tạo|bồi dưỡng)\b[^\d]{0,8}$"
)
_AMONG_OPEN = re.compile(r"\W*trong (?:tổng )?số (?P<noun>[^\W\d][^\d,;:()]{1,40}?)\s*[,:]\s*")
_ITEM_SHARE = re.compile(r"^\s*(?:\(\s*|,\s*(?:chiếm|bằng)(?:\s+tỷ lệ)?\s+)$")


# A whole dated by a time the opener's sentence does not name, with another count of the noun
# stated in the sentences before it, is one level among two (white-box review 21s):
#   before "Trong tổng số hội viên, nữ có 1.860 người (40,3%)"                         whole
#   "Tổng số hội viên là 4.620 người. Năm 2023 có 4.410 hội viên."                 none (two)
#   "Hội có 11.846 hội viên, tăng 1.127 hội viên so với đầu nhiệm kỳ (10.719 …)."  11.846
def _dated_among_rivals(ctx: Context, noun: str, whole: Fig, s: int, e: int) -> bool:
    ws, _ = ctx.sentence_span(whole.sent)
    if not vocab.TIME_MARK.search(ctx.lower_slice(ws, whole.start)) or vocab.TIME_MARK.search(
        ctx.lower_slice(s, e)
    ):
        return False
    said = re.compile(rf"\bsố\s+{re.escape(noun)}\s+(?:hiện\s+)?(?:là|có|đạt)\s*:?\s*$")
    return any(
        g.type == "quantity"
        and g.exact_count
        and g.value != whole.value
        and (g.unit.key == noun or _people(g.unit) and bool(said.search(ctx.before_low(g, 40))))
        for k in range(max(0, whole.sent - 3), whole.sent)
        for g in ctx.by_sent.get(k, [])
    )


def _among_named_whole(ctx: Context, said: set[str]) -> list[Check]:
    out: list[Check] = []
    if "trong tổng số" not in ctx.low and "trong số" not in ctx.low:
        return out
    for sent, figs in ctx.by_sent.items():
        s, e = ctx.sentence_span(sent)
        hit = _AMONG_OPEN.match(ctx.low[s:e])  # a slice: the sentence opens with it
        if hit is None:
            continue
        noun = " ".join(hit.group("noun").split())
        admitted = noun.endswith(" mới") or noun.endswith(" được kết nạp")
        if admitted:
            # "Trong số đảng viên mới, nữ có 2.731 đồng chí (44,6%)" after "kết nạp 6.128 đảng
            # viên": the whole is the count admitted
            noun = noun.removesuffix(" mới").removesuffix(" được kết nạp")
        wholes = [
            g
            for k in ((sent - 3, sent - 2, sent - 1, sent) if admitted else (sent - 1, sent))
            for g in ctx.by_sent.get(k, [])
            if g.type == "quantity"
            and g.exact_count
            and g.unit.key == noun
            and g.start < s + hit.end()
            and not reference_level(ctx, g)
            and not vocab.DELTA_BEFORE.search(ctx.before_low(g, 14))  # "tăng 1.127 hội viên"
            and bool(_ADMITTED_BEFORE.search(ctx.before_low(g, 20))) == admitted
            and (admitted or not _FLOW_BEFORE.search(ctx.before_low(g, 20)))  # "kết nạp mới 1.200"
        ]
        if len({g.value for g in wholes}) != 1:
            continue
        whole = wholes[-1]
        if _dated_among_rivals(ctx, noun, whole, s, e):
            continue
        if any(
            _FLOW_BEFORE.search(ctx.before_low(g, 20))
            for g in ctx.figs_from(whole.end, s + hit.end())
            if g.type == "quantity" and g.unit.key == noun
        ):
            continue  # "có 8.000 hội viên; năm 2023 kết nạp thêm 400 hội viên. Trong tổng số …"
        for part in figs:
            if part.start < s + hit.end() or part.type != "quantity" or not part.exact_count:
                continue
            p = ctx.next_in_sent(part)
            if p is None or p.type != "percent" or p.value is None or p.id in said:
                continue
            if not _ITEM_SHARE.match(ctx.gap(part, p).lower()):
                continue
            if not (_people(part.unit) and _people(whole.unit)) and not _same_kind(part, whole):
                continue
            if part.value >= whole.value:  # type: ignore[operator]
                continue
            pv = judge_stated(100 * part.value / whole.value, p)  # type: ignore[operator]
            if pv is None:
                continue
            what = (
                f"total {as_written(whole):g} {_unit_written(whole)}, named by 'trong tổng số'",
                f"tổng số {whole.m.text}",
            )
            c = _emit(ctx, None, [part], whole, p, pv, what)
            c.start, c.end = ctx.clause(part.start, p.end)
            c.text = ctx.text[c.start : c.end]
            out.append(c)
    return out


# -- a grading table with a rate row: "Đảng viên được xếp loại | 78.264 | …", its grades as dash
# rows, and "Tỷ lệ hoàn thành tốt nhiệm vụ trở lên | 89,8% | …": per column, (the grades up to
# the named one) / the graded.
# The rate row's label is the rate of one grade, or of a grade and those above it, and nothing
# else: words after it ("… trở lên của tổ chức cơ sở đảng", "… toàn Đảng bộ", "(chỉ tiêu 85%)")
# may name another whole or another group. A column is told only when it holds counts (its
# heading no rate, change or ratio) and its four grades add up to its total.
_TABLE_RATE_ROW = re.compile(
    r"^\s*(?:tỷ lệ|tỉ lệ)\s+(?P<grade>hoàn thành xuất sắc nhiệm vụ|hoàn thành tốt nhiệm vụ"
    r"|hoàn thành nhiệm vụ)(?P<up>\s+trở lên)?\s*(?:\(\s*%\s*\))?\s*$"
)
_COUNT_COLUMN_NOT = re.compile(r"%|tỷ lệ|tỉ lệ|bình quân|so với|so sánh|tăng|giảm|cơ cấu|chênh")


def _table_grade_rates(ctx: Context) -> list[Check]:
    out: list[Check] = []
    if "hoàn thành" not in ctx.low or ("|" not in ctx.text and "\t" not in ctx.text):
        return out
    text = ctx.text
    for rows in table_rows(ctx):
        labels = [" ".join(ctx.lower_slice(*r[0]).split()) if r else "" for r in rows]
        blocks = list(dashed_blocks(labels))
        for t, items in blocks:
            if t == 0:
                continue
            grades: dict[int, int] = {}
            for k in items:
                name = re.sub(r"^[-+•–\s]+", "", labels[k])
                lv = _grade_of(name)
                if lv is None or lv in grades or name != _GRADE_NAMES[lv]:
                    grades = {}
                    break
                grades[lv] = k
            if sorted(grades) != [0, 1, 2, 3]:
                continue
            # the rate rows right below this block, none further
            for r in range(max(items) + 1, len(labels)):
                hit = _TABLE_RATE_ROW.match(labels[r])
                if hit is None:
                    break
                level = _grade_of(hit.group("grade"))
                if level is None or len(rows[r]) != len(rows[t]):
                    continue
                for col in range(1, len(rows[t])):
                    head = (
                        " ".join(ctx.lower_slice(*rows[0][col]).split())
                        if len(rows[0]) > col
                        else ""
                    )
                    if _COUNT_COLUMN_NOT.search(head):
                        continue
                    total = cell_fig(ctx, rows[t][col], None)
                    p = next(iter(ctx.figs_from(*rows[r][col])), None)
                    if total is None or not total.value or p is None or p.type != "percent":
                        continue
                    cells = [cell_fig(ctx, rows[grades[lv]][col], total) for lv in range(4)]
                    if any(c is None or c.value != int(c.value) for c in cells):  # type: ignore[union-attr, arg-type]
                        continue
                    if sum(c.value for c in cells) != total.value:  # type: ignore[union-attr, misc]
                        continue  # the grades do not make the graded: no base to tell the rate by
                    chosen = cells[: level + 1] if hit.group("up") else [cells[level]]
                    pv = judge_stated(100 * sum(c.value for c in chosen) / total.value, p)  # type: ignore[union-attr, misc, operator]
                    if pv is None:
                        continue
                    what = (f"graded {total.value:g} (table)", f"số được xếp loại {total.value:g}")
                    c = _emit(ctx, None, chosen, total, p, pv, what)  # type: ignore[arg-type]
                    c.start, c.end = rows[r][0][0], rows[r][-1][1]
                    c.text = text[c.start : c.end]
                    out.append(c)
    return out


# -- a table of two counts and their rate: "Khối | Phải kê khai | Đã kê khai | Tỷ lệ" then "Khối
# đảng, đoàn thể huyện | 64 | 63 | 98,4%": each row's rate is its second count over its first.
# The rate column's heading must be a bare "Tỷ lệ" (no "so với", no change). A fit is told; a
# miss is silence (a note under the table, an exempt group or another column may be the base).
#   example (our own)                                              verdict
#   "Xã A | 120 | 96 | 80%", "Xã B | 50 | 45 | 90%", "Xã C | 40 | 30 | 75%"   consistent (each)
#   the same with "Xã C | 40 | 30 | 80%"                            (silent: 30/40 = 75%)
_BARE_RATE_HEAD = re.compile(r"^\s*(?:tỷ lệ|tỉ lệ)\s*(?:\(\s*%\s*\))?\s*(?:%)?\s*$")


def _headings(ctx: Context, rows: list[list[tuple[int, int]]]) -> tuple[int, list[str]]:
    """(width, lowercased headings) of a table whose first row names its columns."""
    return len(rows[0]), [" ".join(ctx.lower_slice(*c).split()) for c in rows[0]]


def _on_row(ctx: Context, c: Check, row: list[tuple[int, int]]) -> Check:
    """``c`` claimed by its whole table row."""
    c.start, c.end = row[0][0], row[-1][1]
    c.text = ctx.text[c.start : c.end]
    return c


def _table_row_rates(ctx: Context) -> list[Check]:
    out: list[Check] = []
    if "|" not in ctx.text and "\t" not in ctx.text:
        return out
    for rows in table_rows(ctx):
        width, heads = _headings(ctx, rows)
        rate_cols = [k for k, h in enumerate(heads) if _BARE_RATE_HEAD.match(h)]
        if len(rate_cols) != 1 or rate_cols[0] < 3:
            continue
        rc = rate_cols[0]
        if any(_COUNT_COLUMN_NOT.search(h) for h in heads[rc - 2 : rc]):
            continue
        found: list[tuple[Fig, Fig, Fig, PercentVerdict, list[tuple[int, int]]]] = []
        for row in rows[1:]:
            if len(row) != width:
                continue
            whole = cell_fig(ctx, row[rc - 2], None)
            part = cell_fig(ctx, row[rc - 1], whole) if whole is not None else None
            p = next(iter(ctx.figs_from(*row[rc])), None)
            if "%" in heads[rc] and (p is None or p.type != "percent"):
                p = cell_percent(ctx, row[rc])  # "Tỷ lệ (%) | 97,4": a bare percent
            if whole is None or part is None or p is None or p.type != "percent":
                continue
            if not whole.value or not whole.exact_count or part.value > whole.value:  # type: ignore[operator]
                continue
            pv = judge_stated(100 * part.value / whole.value, p)  # type: ignore[operator]
            if pv is not None:
                found.append((part, whole, p, pv, row))
        for part, whole, p, pv, row in found:
            verdict = pv.judgement.verdict
            if verdict == "inconsistent":
                continue  # a note, an exempt group or another column may be the base: a fit only
            if verdict not in ("consistent", "inconsistent"):
                continue
            what = ("the row's first count", "số thứ nhất của dòng")
            out.append(_on_row(ctx, _emit(ctx, verdict, [part], whole, p, pv, what), row))
    return out


# -- a rate column whose meaning the table itself establishes: "Đơn vị | … | Đoàn viên | Kết nạp
# mới | Trong đó nữ | Tỷ lệ nữ" then rows "… | 9.874 | 402 | 7.286 | 78,3%". Every pair of count
# columns left of the rate is tried; the pair that all rows but one fit (four fits at least,
# and no other pair as good) defines the column, and the one row it misses is inconsistent
# (not the total row, nor a row read against the total row) unless some other pair of its
# cells gives its rate. Rows a bare "Tỷ lệ" heading has told
# already (see _table_row_rates) are not told twice.
#   example (our own)                                                              verdict
#   "A | 120 | 60 | 50%", "B | 80 | 20 | 25%", "C | 50 | 10 | 20%", "D | 40 | 30 | 75%",
#   "Cộng | 290 | 120 | 41,4%"                                                     consistent (each)
#   the same with "D | 40 | 30 | 57%"                                              inconsistent (D)
#   the same with only three fitting rows                                          (silent)
# a row whose rate may be meant otherwise: marked ("(*)"), a sub-row ("- Trong đó"), a mean, a
# change, or another span than the others ("6 tháng đầu năm 2025" under years)
_ROW_OF_ANOTHER_KIND = re.compile(
    r"\*|^\s*[-+•–]|\b(?:trong đó|riêng|bình quân|trung bình|điểm|giảm|tăng|lũy kế|tháng|quý|"
    r"kỳ|so với|kế hoạch|chỉ tiêu)\b"
)
_TABLE_NOTE = re.compile(r"(?:\(\*|\*|ghi chú|lưu ý|chú thích|\(\d\))")
_TOTAL_ROW_LABEL = re.compile(
    r"\s*(?:tổng cộng|tổng số|tổng|cộng|toàn (?:tỉnh|huyện|thành phố|thị xã|xã|phường))\b"
)
_RATE_COLUMN_HEAD = re.compile(
    r"^\s*(?:tỷ lệ|tỉ lệ)\b(?!.*(?:tăng|giảm|so với|kế hoạch|cùng kỳ|chỉ tiêu|mục tiêu|dự toán))"
)
_PLAN_COLUMN = re.compile(r"kế hoạch|chỉ tiêu|mục tiêu|dự toán|được giao|\bgiao\b")


def _table_rate_columns(ctx: Context) -> list[Check]:
    out: list[Check] = []
    if "|" not in ctx.text and "\t" not in ctx.text:
        return out
    for rows in table_rows(ctx):
        width, heads = _headings(ctx, rows)
        for rc, h in enumerate(heads):
            if rc < 2 or not _RATE_COLUMN_HEAD.match(h):
                continue
            bare = bool(_BARE_RATE_HEAD.match(h))
            # _table_row_rates reads a table with one bare rate column only ("Tổng số hộ | Hộ
            # nghèo | Tỷ lệ | Hộ cận nghèo | Tỷ lệ" has two: each is told here)
            row_rated = sum(1 for x in heads if _BARE_RATE_HEAD.match(x)) == 1
            if any(_PLAN_COLUMN.search(heads[k]) for k in range(1, rc)):
                continue  # a plan column: the rate is achievement, see target.py
            cols = [k for k in range(1, rc) if not _COUNT_COLUMN_NOT.search(heads[k])]
            # the total row's cells: "Kinh tế | 312 | 47,1%" is over "Tổng cộng | 662 | 100%"
            total_row = next(
                (
                    r
                    for r in rows[1:]
                    if len(r) == width and _TOTAL_ROW_LABEL.match(ctx.lower_slice(*r[0]))
                ),
                None,
            )
            totals: dict[int, Fig] = {}
            if total_row is not None:
                for k in cols:
                    t = cell_fig(ctx, total_row[k], None)
                    if t is not None and t.value:
                        totals[k] = t
            body = []
            bare_cells = False  # bare "(%)" cells: a fit is told, a miss is not (notes, marks
            # and bases named outside the cells explain such tables' odd rows too often)
            for row in rows[1:]:
                if len(row) != width:
                    continue
                p = next(iter(ctx.figs_from(*row[rc])), None)
                if p is None or p.type != "percent":
                    # "Tỷ lệ nữ (%) | 47,7", "Tỷ lệ | 2,9": a bare percent under a rate heading
                    p = cell_percent(ctx, row[rc])
                    bare_cells = True
                if p is None or p.type != "percent" or p.value is None:
                    continue
                cells: dict[int, Fig] = {}
                for k in cols:
                    f = cell_fig(ctx, row[k], None)
                    if f is not None and f.value:
                        cells[k] = f
                for k, t in totals.items():  # column k's total row, keyed -1 - k
                    cells[-1 - k] = t
                body.append((row, p, cells))
            # a small table (three or four rows) is read only when every row fits one pair of
            # columns, and then only as fits
            small = 3 <= len(body) < 5
            if len(body) < 3:
                continue
            after_table = ctx.text[rows[-1][-1][1] : rows[-1][-1][1] + 200].lstrip().lower()
            noted = bool(_TABLE_NOTE.match(after_table))

            def fit(cells: dict[int, Fig], p: Fig, a: int, b: int) -> PercentVerdict | None:
                part, whole = cells.get(a), cells.get(b)
                if part is None or whole is None or not whole.exact_count:
                    return None
                return judge_stated(100 * part.value / whole.value, p)  # type: ignore[operator]

            pairs = [(a, b) for a in cols for b in cols if a != b]
            pairs += [(a, -1 - a) for a in totals]
            scores = []
            for a, b in pairs:
                got = [fit(cells, p, a, b) for _row, p, cells in body]
                ok = sum(1 for v in got if v is not None and v.judgement.verdict == "consistent")
                scores.append((ok, a, b, got))
            if not scores:
                continue
            scores.sort(key=lambda t: -t[0])
            best = scores[0]
            if small and best[0] < len(body):
                continue
            if not small and (best[0] < 4 or best[0] < len(body) - 1):
                continue
            if len(scores) > 1 and scores[1][0] == best[0]:
                continue  # two readings of the column fit as well: which one?
            _ok, a, b, got = best
            if b < 0:
                what = (
                    f"column '{heads[a]}' over its total row, as in the other rows",
                    f"cột '{heads[a]}' trên dòng tổng, như các dòng khác",
                )
            else:
                what = (
                    f"column '{heads[a]}' over column '{heads[b]}', as in the other rows",
                    f"cột '{heads[a]}' trên cột '{heads[b]}', như các dòng khác",
                )
            for (row, p, cells), pv in zip(body, got, strict=True):
                if pv is None or (b < 0 and row is total_row):
                    continue  # (the total row's 100% says nothing)
                verdict = pv.judgement.verdict
                if verdict == "inconsistent" and (b < 0 or row is total_row or bare_cells):
                    # a row over the total row may be a sub-row of the row above ("Trong số
                    # đó: nữ"); a total row's rate may be the mean of the rows' rates: a fit is
                    # told, a miss is not
                    continue
                if verdict == "consistent" and bare and row_rated and (a, b) == (rc - 1, rc - 2):
                    continue  # told by _table_row_rates
                if small and verdict != "consistent":
                    continue
                if verdict == "inconsistent" and (
                    noted
                    or _ROW_OF_ANOTHER_KIND.search(ctx.lower_slice(*row[0]))
                    or any(
                        (v := fit(cells, p, x, y)) is not None
                        and v.judgement.verdict == "consistent"
                        for x, y in pairs
                    )
                ):
                    # another pair of the row's cells gives its rate; or the row is marked, a
                    # sub-row, a mean, a change or another span, or a note under the table
                    # may explain it
                    continue
                if verdict not in ("consistent", "inconsistent"):
                    continue
                out.append(
                    _on_row(ctx, _emit(ctx, verdict, [cells[a]], cells[b], p, pv, what), row)
                )
    return out


# -- grades listed with no total, then the rate of the best grades: "có 8 tổ chức cơ sở đảng hoàn
# thành xuất sắc nhiệm vụ, 29 tổ chức hoàn thành tốt nhiệm vụ, 4 tổ chức hoàn thành nhiệm vụ và
# 1 tổ chức không hoàn thành nhiệm vụ; tỷ lệ hoàn thành tốt nhiệm vụ trở lên đạt 88,1%" ((8 + 29)
# / 42). The graded are the sum of the grades: told only when all four are listed (a list
# that leaves some out has an unknown whole).
#   example (our own)                                                              verdict
#   "có 6 chi bộ HTXSNV, 20 HTTNV, 3 HTNV, 1 không HT…; tỷ lệ HTTNV trở lên đạt 86,7%" consistent
#   the same with "… đạt 88,7%"                                                    inconsistent
# (label, level), longest first: "không hoàn thành nhiệm vụ" is tried before the
# "hoàn thành nhiệm vụ" it ends with
_GRADE_LEVELS = tuple(
    sorted(((label, k) for k, label in enumerate(vocab.GRADES)), key=lambda g: -len(g[0]))
)
_GRADE_AFTER = re.compile(
    r"^\s*(?:[^\W\d]+\s+){0,5}?(không hoàn thành nhiệm vụ|hoàn thành xuất sắc nhiệm vụ|hoàn thành "
    r"tốt nhiệm vụ|hoàn thành nhiệm vụ)(?=\s*(?:\([^()]*\))?\s*(?:[,;.]|\bvà\b|$))"
)


_GRADE_NAMES = {level: label for label, level in _GRADE_LEVELS}


def _grade_of(words: str) -> int | None:
    for label, level in _GRADE_LEVELS:
        if words.startswith(label):
            return level
    return None


def _graded_by_sum(ctx: Context, said: set[str]) -> list[Check]:
    out: list[Check] = []
    if "trở lên" not in ctx.low or "không hoàn thành" not in ctx.low:
        return out
    # the percent figures only: the first test below drops every other one
    for p in ctx.percents:
        if p.type != "percent" or p.value is None or p.id in said or p.qual != "exact":
            continue
        hit = _RATE_SUBJECT.search(ctx.before_low(p, 100))
        if not hit:
            continue
        subject = " ".join(hit.group(1).split())
        upward = subject.endswith(" trở lên")
        level = _grade_of(subject.removesuffix(" trở lên"))
        if (
            level is None
            or level == 3
            or subject.removesuffix(" trở lên")
            != _GRADE_LEVELS[[lv for _, lv in _GRADE_LEVELS].index(level)][0]
        ):
            continue  # "… trở lên của toàn Đảng bộ", "… bình quân cả nhiệm kỳ": another rate
        grades: dict[int, Fig] = {}
        unit = None
        for g in ctx.by_sent.get(p.sent, []):
            if g.start >= p.start:
                break
            if g.type != "quantity" or not g.exact_count:
                continue
            got = _GRADE_AFTER.match(ctx.lower_slice(g.end, min(len(ctx.text), g.end + 70)))
            if got is None:
                continue
            lv = _grade_of(got.group(1))
            head = g.unit.key.split(" ")[0] if g.unit.key else ""
            if lv is None or lv in grades or (unit is not None and head != unit):
                grades = {}
                break
            unit = head  # "8 tổ chức cơ sở đảng …, 29 tổ chức …": the noun shortened
            grades[lv] = g
        if sorted(grades) != [0, 1, 2, 3]:
            continue
        last = max(g.end for g in grades.values())
        if vocab.TIME_MARK.search(ctx.lower_slice(last, p.start)):
            continue  # "…; năm 2022 tỷ lệ hoàn thành tốt nhiệm vụ trở lên …": another year
        chosen = [grades[k] for k in range(level + 1)] if upward else [grades[level]]
        total = sum(g.value for g in grades.values())  # type: ignore[misc]
        pv = judge_stated(100 * sum(g.value for g in chosen) / total, p)  # type: ignore[misc]
        if pv is None:
            continue
        written = " + ".join(f"{grades[k].value:g}" for k in range(4))
        what = (f"graded {written}", f"số được xếp loại {written}")
        first, last = (
            min(grades.values(), key=lambda g: g.start),
            max(grades.values(), key=lambda g: g.end),
        )
        base = synthetic(ctx, first.start, last.end, total, first)  # the graded: their sum
        c = _emit(ctx, None, chosen, base, p, pv, what)
        c.mention_ids = [*(g.id for g in sorted(grades.values(), key=lambda g: g.start)), p.id]
        c.start, c.end = ctx.clause(p.start - len(hit.group(0)), p.end)
        c.text = ctx.text[c.start : c.end]
        out.append(c)
    return out


_ITEM_LINK = re.compile(
    r"^[ \t]*(?:,|\(|\|)?[ \t]*(?:(?:chiếm|bằng|đạt)(?:[ \t]+(?:tỷ lệ|tỉ lệ))?)?[ \t]*\(?[ \t]*$"
)


def _row_rate(ctx: Context, part: Fig, p: Fig) -> bool:
    """Is ``p`` the rate of ``part`` over a larger count just before it on its line ("Nà Cà |
    268 | 4 | 1,49%": 4/268)?"""
    g = ctx.prev_in_sent(part)
    if g is None or g.value is None or not g.exact_count or g.value <= part.value:  # type: ignore[operator]
        return False
    if "\n" in ctx.text[g.end : p.start]:
        return False
    pv = judge_stated(100 * part.value / g.value, p)  # type: ignore[operator]
    return pv is not None and pv.judgement.verdict == "consistent"


def _one_slip(total: Fig, tied: list[tuple[Fig, Fig]]) -> bool:
    """Shares of three or more items that all fit ``total`` but one: they are its shares, one
    stated wrong ("9 (16,4%), 38 (69,1%), 7 (13,7%), 1 (1,8%)" of 55), not completion rates."""
    if len(tied) < 3 or not total.value:
        return False
    verdicts = _share_verdicts(total.value, tied)
    return None not in verdicts and sum(v != "consistent" for v in verdicts) == 1


def _share_verdicts(whole: float, tied: list[tuple[Fig, Fig]]) -> list[str | None]:
    """The verdict of each tied share against ``whole`` (None where it cannot be judged)."""
    out: list[str | None] = []
    for part, p in tied:
        pv = judge_stated(100 * part.value / whole, p)  # type: ignore[operator]
        out.append(None if pv is None else pv.judgement.verdict)
    return out


def _rated_of_all(
    ctx: Context, total: Fig, tied: list[tuple[Fig, Fig]], soft: bool
) -> tuple[Fig, bool, Fig | None]:
    """The whole of the grades of "có 52/55 chi bộ được đánh giá, trong đó xuất sắc 8 (14,5%)
    …": the 52 rated, unless every share is of the 55 there are (8/55 = 14,5%): then those.
    When the shares do not settle which, a share is told, and alarmed only when neither whole
    gives it (the third value: the other whole)."""
    r = next(
        (
            f
            for f in ctx.figs_from(total.start, total.end)
            if f.type == "ratio" and f.start == total.start
        ),
        None,
    )
    den = r.m.get("denominator") if r is not None else None
    if not tied or not isinstance(den, int) or den <= 0 or r is None:
        return total, soft, None

    of_rated = _share_verdicts(total.value, tied).count("consistent")  # type: ignore[arg-type]
    of_all = _share_verdicts(float(den), tied).count("consistent")
    every = synthetic(ctx, r.start, r.end, float(den), r)
    if of_rated == len(tied) or (of_rated >= 2 and of_rated > of_all + 1):
        return total, soft, None
    if of_all == len(tied) or (of_all >= 2 and of_all > of_rated + 1):
        # the odd share out is then wrong of the whole the others take
        return every, soft, None
    if max(of_rated, of_all) < 2 or len(tied) < 3:
        return total, True, None  # shares of mixed wholes: another may be meant, no proof
    return (total, True, every) if of_rated >= of_all else (every, True, total)


# The words in an item's bracket after its percent that name the breakdown's own total: "tổng"
# (or "tổng số") and words of the total's own clause only
#   "Tổng đàn gia súc 61.250 con, gồm … đàn bò 22.615 con (chiếm 39,6% tổng đàn) …"   "tổng đàn"
#   "… 28 chi bộ (chiếm 18,2% tổng số) …"                                             "tổng số"
#   not "(bằng 3,2% đảng viên toàn khối)", "(chiếm 18,2% tổng số chi bộ của tỉnh)"
_TOTAL_WORDS_AFTER = re.compile(r"\s*(?:so với\s+|của\s+|trên\s+)?tổng\b(?P<w>[^\d;()%]{0,40})\)")


def _names_the_total(ctx: Context, total: Fig, p: Fig) -> bool:
    hit = _TOTAL_WORDS_AFTER.match(ctx.low, p.end)
    if hit is None:
        return False
    words = [w for w in norm_words(hit.group("w")).split() if w != "số"]
    ts, _ = ctx.clause(total.start, total.end)
    own = set(norm_words(ctx.lower_slice(ts, total.end)).split())
    return all(w in own for w in words)


def _item_shares(ctx: Context) -> list[Check]:
    """Each item of a breakdown with its share: "+ Hoàn thành tốt nhiệm vụ: 29 tổ chức, chiếm
    70,7%" under 41 tổ chức; "Hoàn thành nhiệm vụ | 521 | 4,8%" over the table's total row."""
    out: list[Check] = []
    found = breakdowns(ctx)
    ids = {(id(t), tuple(id(x) for x in ps)) for t, ps in found}
    # lists tied to their total by a phrase ("trong số được đánh giá, …") even when they do not
    # add up: their items' shares are of that total, but a miss is then told, not alarmed
    extra = [(t, ps) for t, ps in anchored(ctx) if (id(t), tuple(id(x) for x in ps)) not in ids]
    for k, (total, parts) in enumerate([*found, *extra]):
        if not total.value:
            continue
        soft = k >= len(found)
        tied = []
        for part in parts:
            p = next(iter(ctx.figs_from(part.end, part.end + 40)), None)
            if p is None or p.type != "percent" or p.value is None:
                continue
            if not _ITEM_LINK.match(ctx.lower_slice(part.end, p.start)):
                continue
            tied.append((part, p))
        if sum(p.value for _, p in tied) > 100.5 and not _one_slip(total, tied):  # type: ignore[misc]
            continue  # "(đạt 102,5%)", "(đạt 93,8%)": each item's completion, no shares of one whole
        own = next(iter(ctx.figs_from(total.end, total.end + 40)), None)
        if (
            own is not None
            and own.type == "percent"
            and own.value is not None
            and abs(own.value - 100) > 0.5
            and _ITEM_LINK.match(ctx.lower_slice(total.end, own.start))
        ):
            continue  # "Tổng cộng | 2.146 | 41 | 1,91%": the column is a rate of each row, not shares
        tied = [(part, p) for part, p in tied if not _row_rate(ctx, part, p)]
        total, soft, other = _rated_of_all(ctx, total, tied, soft)
        for part, p in tied:
            if vocab.TARGET_AFTER.match(ctx.after_low(p, 30)):
                continue  # "- Năm 2021: 318 đảng viên, đạt 99,4% chỉ tiêu năm": a target, not a share
            if (
                re.match(r"\s+[^\W\d]", ctx.text[p.end : p.end + 3])
                and ctx.text.find(")", p.end, p.end + 40) > p.end
                and not _names_the_total(ctx, total, p)
            ):
                continue  # "(bằng 3,2% đảng viên toàn khối)": the bracket names its own whole
            pv = judge_stated(100 * part.value / total.value, p)  # type: ignore[operator]
            if pv is None:
                continue
            what = (f"total {as_written(total):g}", f"tổng số {as_written(total):g}")
            verdict = "unverifiable" if soft and pv.judgement.verdict == "inconsistent" else None
            if verdict and other is not None and other.value:
                alt = judge_stated(100 * part.value / other.value, p)  # type: ignore[operator]
                if (
                    alt is not None
                    and alt.judgement.verdict == "inconsistent"
                    and (
                        total.start == other.start  # the two wholes of one fraction: no third
                    )
                ):
                    verdict = "both"  # wrong of the rated and of all there are alike
            c = _emit(ctx, None if verdict == "both" else verdict, [part], total, p, pv, what)
            if not soft:
                # an item of a list that adds up to its stated total (see _other_readings)
                ctx.memo.setdefault("share.summed_items", set()).add(id(c))  # type: ignore[union-attr]
            if verdict == "both":
                alt_pct = fmt(round(100 * part.value / other.value, 2), "en")  # type: ignore[operator, union-attr]
                alt_vi = fmt(round(100 * part.value / other.value, 2), "vi")  # type: ignore[operator, union-attr]
                c.why += f"; of {as_written(other):g} it would be {alt_pct}%: no whole gives it"  # type: ignore[union-attr]
                c.why_vi += f"; so với {as_written(other):g} là {alt_vi}%: không tổng nào cho ra"  # type: ignore[union-attr]
            c.start, c.end = ctx.clause(part.start, p.end)
            c.text = ctx.text[c.start : c.end]
            out.append(c)
    return out


# A list of graded counts, each item one whole number, its share in brackets:
#   "Xếp loại chi bộ: 40 chi bộ trong sạch vững mạnh (chiếm 62,5%), 20 khá, 4 trung bình"
#   "Về tổ đảng: tốt 15 (60%), khá 8, yếu 2"
# When the items add up to a count of the list's noun stated before (64 chi bộ, 25 tổ đảng),
# the list is that whole split completely: each share is of it, a miss is an error.
_LIST_NUM = re.compile(r"(?<![\d,./])(\d{1,3}(?:\.\d{3})+|\d+)(?![\d%/]|[,.]\d)")
_ITEM_PCT_LEAD = re.compile(r"\(\s*(?:chiếm|bằng|đạt)?(?:\s+(?:tỷ lệ|tỉ lệ))?\s*$")
_LIST_END = re.compile(r";|\.(?!\d)|\n")


_ITEM_COMMA = re.compile(r",(?!\d)")  # items split at commas, never inside "12,5 ha"


# -- "… thi hành kỷ luật 13 đảng viên … Trong đó, cấp ủy các cấp thi hành kỷ luật 7 trường hợp; ủy
# ban kiểm tra các cấp thi hành kỷ luật 6 trường hợp, bằng 42,9% tổng số": a bare "tổng số" after
# the last item of a "Trong đó" list is the whole the items add up to, stated just before.
_BARE_TOTAL_AFTER = re.compile(r"^\s*(?:trên\s+|của\s+)?tổng\s+số\s*(?:[.;,)]|$)")
_WITHIN_OPENER = re.compile(r"\s*(?:[-+•]\s*)?(?:trong đó|trong số đó|cụ thể)\b", re.IGNORECASE)


def _of_the_total(ctx: Context, done: list[Check]) -> list[Check]:
    out: list[Check] = []
    if "tổng số" not in ctx.low:
        return out
    said = {c.mention_ids[-1] for c in done if c.mention_ids and c.verdict != "unverifiable"}
    # the percent figures only: the first test below drops every other one
    for p in ctx.percents:
        if p.type != "percent" or p.value is None or p.id in said:
            continue
        if not _BARE_TOTAL_AFTER.match(ctx.after_low(p, 20)):
            continue
        part = ctx.prev_in_sent(p)
        if part is None or not part.exact_count or not share_link(ctx.gap(part, p)):
            continue
        s, e = ctx.sentence_span(p.sent)
        if not _WITHIN_OPENER.match(ctx.text, s, e):
            continue
        items = [
            g
            for g in ctx.by_sent.get(p.sent, [])
            if g.type == "quantity" and g.exact_count and g.unit.key == part.unit.key
        ]
        if len(items) < 2:
            continue
        total = sum(g.value for g in items)  # type: ignore[misc]
        base = next(
            (
                g
                for g in ctx.earlier(items[0], 30)
                if p.sent - g.sent <= 2
                and g.exact_count
                and g.value == total
                and (
                    kin(g.unit, part.unit)
                    or part.unit.key == "trường hợp"
                    or g.unit.key == part.unit.key
                )
            ),
            None,
        )
        if base is None:
            continue
        pv = judge_stated(100 * part.value / base.value, p)  # type: ignore[operator]
        if pv is None or pv.judgement.verdict != "consistent":
            # "tổng số" may be a wider whole nearby, and an item may cut across the others
            # (review 46): only a fit is told
            continue
        what = (f"total {as_written(base):g}, the sum of the list", f"tổng số {base.m.text}")
        c = _emit(ctx, None, [part], base, p, pv, what)
        c.start, c.end = ctx.clause(part.start, p.end)
        c.text = ctx.text[c.start : c.end]
        out.append(c)
    return out


# -- "Kết quả đánh giá 146 cơ sở hội: vững mạnh xuất sắc 39; vững mạnh 92; khá 13; trung bình 2.
# Tỷ lệ cơ sở hội vững mạnh trở lên đạt 89,7%": the first items of a list that added up to its
# total, over that total. Told only when exactly one run of first items fits (a fit only).
def _at_least_shares(ctx: Context, done: list[Check]) -> list[Check]:
    out: list[Check] = []
    if "trở lên" not in ctx.low:
        return out
    said = {c.mention_ids[-1] for c in done if c.mention_ids and c.verdict != "unverifiable"}
    lists = breakdowns(ctx)
    # the percent figures only: the first test below drops every other one
    for p in ctx.percents:
        if p.type != "percent" or p.value is None or p.id in said:
            continue
        s, _ = ctx.sentence_span(p.sent)
        if "trở lên" not in ctx.lower_slice(max(s, p.start - 80), p.start):
            continue
        found = []
        for total, parts in lists:
            if (
                total.start > p.start
                or p.sent - total.sent > 2
                or len(parts) < 3
                or not total.value
            ):
                continue
            acc = 0.0
            for k, part in enumerate(parts[:-1]):
                acc += part.value  # type: ignore[operator]
                if k == 0:
                    continue  # "trở lên" names two grades at least
                pv = judge_stated(100 * acc / total.value, p)
                if pv is not None and pv.judgement.verdict == "consistent":
                    found.append((total, parts[: k + 1], pv))
        if len(found) != 1:
            continue
        total, firsts, pv = found[0]
        what = (
            f"the first {len(firsts)} items of the list of {as_written(total):g}",
            f"{len(firsts)} mục đầu của danh sách {total.m.text}",
        )
        c = _emit(ctx, "consistent", firsts, total, p, pv, what)
        c.start, c.end = ctx.clause(p.start, p.end)
        c.text = ctx.text[c.start : c.end]
        out.append(c)
    return out


def _summed_list(ctx: Context, done: list[Check]) -> list[Check]:
    """Shares of the items of a list whose counts add up to a stated whole (see above)."""
    out: list[Check] = []
    said = {c.mention_ids[-1] for c in done if c.mention_ids and c.verdict != "unverifiable"}
    text = ctx.text
    # the percent figures only: the first test below drops every other one
    for p in ctx.percents:
        if p.type != "percent" or p.value is None or p.id in said:
            continue
        lead = text[max(0, p.start - 20) : p.start]
        if "(" not in lead:
            continue
        hit = _ITEM_PCT_LEAD.search(lead.lower())
        if not hit:
            continue
        ls, le = ctx.sentence_span(p.sent)
        colon = text.rfind(":", ls, p.start)
        semi = max(text.rfind(";", ls, p.start), text.rfind("\n", ls, p.start))
        start = max(colon, semi) + 1 if max(colon, semi) >= 0 else ls
        end_hit = _LIST_END.search(text, p.end, le)
        end = end_hit.start() if end_hit else le
        items = _ITEM_COMMA.split(_BRACKETS.sub(" ", text[start:end]))
        values: list[int] = []
        for item in items:
            nums = _LIST_NUM.findall(item)
            if len(nums) != 1 or len(item.split()) > 10:
                values = []
                break
            values.append(int(nums[0].replace(".", "")))
        pos = max(0, p.start - 20) + hit.start()
        # the item holding the percent: the one whose bracket it is in
        mine = len(_ITEM_COMMA.split(_BRACKETS.sub(" ", text[start : max(start, pos)]))) - 1
        if len(values) < 2 or not 0 <= mine < len(values):
            continue
        total = sum(values)
        part_value = values[mine]
        part = next(
            (
                g
                for g in ctx.figs_from(start, pos)
                if g.type == "quantity" and g.value == part_value
            ),
            None,
        )
        header = norm_words(text[max(ls, start - 60) : max(ls, start - 1)])
        base = _stated_sum(ctx, start, total, part, header)
        if base is None:
            continue
        pcts = [g for g in ctx.figs_from(start, end) if g.type == "percent" and g.value is not None]
        if sum(g.value for g in pcts) > 100.5 or any(  # type: ignore[misc]
            _NAMED_BASE_PHRASE.match(ctx.after_low(g, 40))
            or _WORDS_AFTER_PCT.match(ctx.after_low(g, 20))
            for g in pcts
        ):
            # "cấp tỉnh 41.362 hồ sơ (85,80% số hồ sơ cấp tỉnh tiếp nhận), cấp huyện 49.052 hồ sơ
            # (68,22%), …": each item's rate of its own whole, not shares of the list's sum
            continue
        if len(pcts) >= len(values) and sum(g.value for g in pcts) < 100 - len(pcts):  # type: ignore[misc]
            # "hộ nghèo còn 84 hộ (3,1%), hộ cận nghèo 96 hộ (3,6%)" after "180 hộ … thuộc diện
            # nghèo và cận nghèo": every item's percent, far under 100 together, is of a larger whole
            continue
        pv = judge_stated(100 * part_value / total, p)
        if pv is None:
            continue
        what = (f"total {total:g} = the items of the list", f"tổng số {base.m.text} = tổng các mục")
        why = render("share.named", part=(str(part_value), str(part_value)), base=total,
                     base_what=what, pct=pv.phrase)  # fmt: skip
        figs = [g for g in (part, base, p) if g is not None]
        s0 = part.start if part is not None else start
        out.append(
            ctx.check(
                NAME,
                pv.judgement.verdict,
                [part_value, total, pv.stated],
                figs,
                ctx.clause(s0, p.end),
                expected=pv.calc,
                observed=num(pv.stated),
                tolerance=num(pv.judgement.tolerance, 4),
                why=why,
                rounding=pv.judgement.rounding,
            )  # fmt: skip
        )
    return out


_HEADER_LEAD = re.compile(
    r"^(?:(?:về|kết quả|xếp loại|phân loại|đánh giá|chất lượng|số lượng)\s+)*"
)


def _stated_sum(ctx: Context, before: int, total: int, part: Fig | None, header: str) -> Fig | None:
    """An exact count of ``total`` stated before the list, of the part's noun or of the noun the
    list's header names ("Xếp loại chi bộ năm 2023:" -> chi bộ, "Về tổ đảng:" -> tổ đảng)."""
    named = [part.unit] if part is not None and part.unit.key else []
    noun = _HEADER_LEAD.sub("", header).strip()
    if noun:
        named.append(unit_info(noun))
    named = [u for u in named if u.fams or u.generic]
    if not named:
        return None
    for g in reversed(ctx.figs_from(0, before)):
        if not g.exact_count or g.value != total:
            continue
        for info in named:
            if kin(g.unit, info) or covers(g.unit, info) or g.unit.key.startswith(info.key + " "):
                return g
    return None


# -- a share whose part is the subject the percent follows, not a count written beside it ----
# "Số hội viên tăng từ 410 người lên 465 người, tăng 55 người, nay chiếm 31% số phụ nữ …": the
# end of the change is the part; "… năm 2019 có 3 thôn đạt chuẩn, đến nay con số này đã là 9,
# chiếm 75% số thôn": the number a "con số này" is said to be now, counting the earlier noun.
_AFTER_CHANGE = re.compile(
    r"^\s*(?:,\s*(?:tăng|giảm)(?:\s+thêm)?\s+\S+(?:\s+[^\W\d]+){0,3}\s*)?,\s*"
    r"(?:(?:hiện|nay|hiện nay|đến nay)\s+)?(?:chiếm|bằng)(?:\s+(?:tỷ lệ|tỉ lệ))?\s*$"
)
_THIS_NUMBER = re.compile(
    r"con số (?:này|đó|ấy)\s+(?:[^\W\d]+\s+){0,3}?(?P<n>\d{1,3}(?:\.\d{3})*)\s*,\s*"
    r"(?:(?:hiện|nay)\s+)?(?:chiếm|bằng)(?:\s+(?:tỷ lệ|tỉ lệ))?\s*$"
)


def _subject_parts(ctx: Context, done: list[Check], fallback: list[Check]) -> list[Check]:
    """Share rows of the parts above, their whole found as for any share (see _resolve)."""
    out: list[Check] = []
    said = {c.mention_ids[-1] for c in [*done, *fallback] if c.mention_ids}
    ends = None
    # the percent figures only: the first test below drops every other one
    for p in ctx.percents:
        if p.type != "percent" or p.value is None or p.id in said:
            continue
        lead = ctx.lower_slice(max(0, p.start - 12), p.start)
        if "chiếm" not in lead and "bằng" not in lead:
            continue
        after = ctx.after_low(p, 60)
        if vocab.TARGET_AFTER.match(after):
            continue
        part: Fig | None = None
        if ends is None:
            ends = {pb.i: pb for _pa, pb, _d, _v in change_pairs(ctx) if pb.type == "quantity"}
        for pb in ends.values():
            if pb.sent == p.sent and pb.end <= p.start and pb.exact_count:
                gap = ctx.lower_slice(pb.end, p.start)
                if _AFTER_CHANGE.match(gap):
                    part = pb
        if part is None:
            cs, _ = ctx.sentence_span(p.sent)
            hit = _THIS_NUMBER.search(ctx.lower_slice(max(cs, p.start - 80), p.start))
            if hit is None:
                continue
            at = max(cs, p.start - 80) + hit.start()
            ref = next((g for g in ctx.earlier(p, 6) if g.end <= at), None)
            if ref is None or ref.sent < p.sent - 1 or not ref.exact_count or not ref.unit.key:
                continue
            n = float(hit.group("n").replace(".", ""))
            a = max(cs, p.start - 80) + hit.start("n")
            part = replace(ref, value=n, start=a, end=a + len(hit.group("n")), id="")
        rows = _resolved(ctx, part, p, part.start, after)
        out.extend(rows or _named_fit(ctx, part, p, after))
    return out


def _named_fit(ctx: Context, part: Fig, p: Fig, after: str) -> list[Check]:
    """ "… chiếm 26,1% tổng số đảng viên toàn Đảng bộ": a whole named after the percent, its count
    anywhere before (one of that noun's larger counts that fits: consistent only)."""
    hit = _TOTAL_AFTER.match(after)
    if not hit:
        return []
    info = unit_info(norm_words(hit.group(1)))
    if not (info.fams or info.generic) or not (_family_of(part.unit, info) or kin(part.unit, info)):
        return []
    for g in ctx.earlier(part, 200):
        if not g.exact_count or g.value <= part.value or not _family_of(g.unit, info):  # type: ignore[operator]
            continue
        if fits(100 * part.value / g.value, p):  # type: ignore[operator]
            pv = judge_stated(100 * part.value / g.value, p)  # type: ignore[operator]
            if pv is not None and pv.judgement.verdict == "consistent":
                what = (f"total {as_written(g):g} {_unit_written(g)}", f"tổng số {g.m.text}")
                c = _emit(ctx, "consistent", [part], g, p, pv, what)
                c.start, c.end = ctx.clause(part.start, p.end)
                c.text = ctx.text[c.start : c.end]
                return [c]
    return []


# -- a rate of a subset with no count beside it ---------------------------------------------
# "Toàn xã có 1.540 hộ. … Số hộ nghèo giảm từ 96 hộ xuống còn 71 hộ; tỷ lệ hộ nghèo còn 4,61%":
# the part is the latest count of that subset stated before (71 hộ nghèo), the whole its noun's
# count ("1.540 hộ"), or the whole named after the rate ("… 4,61% trên tổng số 1.540 hộ").
# Found by search only: a fit is told, a miss is not.
_RATE_OF = re.compile(
    r"(?:tỷ lệ|tỉ lệ)\s+(?P<x>[^\d;,.()%]{2,40}?)\s*(?:(?:giảm|tăng)\s+)?"
    r"(?:từ\s+[\d.,]+\s*%\s*)?(?:(?:xuống|lên)\s+)?(?:còn|là|đạt|chiếm|ở mức|bằng)?\s*$"
)
_BASE_RIGHT_AFTER = re.compile(r"^\s*(?:trên|so với|của|trong)\s+(?:tổng\s+)?(?:số\s+)?$")
_RATE_PLAIN = frozenset({"của", "các", "những", "toàn", "trong", "trên", "và", "tại", "ở", "số"})
_RATE_BACK = 2  # sentences back for the subset's count


def _exact_by_key(ctx: Context) -> dict[str, tuple[list[Fig], list[int]]]:
    """The exact counts of the document by unit key, in text order, with their indices."""
    got = ctx.memo.get("share.exact_by_key")
    if got is None:
        keyed: dict[str, list[Fig]] = {}
        for g in ctx.figs:
            if g.exact_count:
                keyed.setdefault(g.unit.key, []).append(g)
        got = ctx.memo["share.exact_by_key"] = {k: (v, [g.i for g in v]) for k, v in keyed.items()}
    return got  # type: ignore[return-value]


def _rates(ctx: Context, done: list[Check], fallback: list[Check]) -> list[Check]:
    out: list[Check] = []
    seen_words: dict[int, set[str]] = {}
    said = {c.mention_ids[-1] for c in [*done, *fallback] if c.mention_ids}
    # the percent figures only: the first test below drops every other one
    for p in ctx.percents:
        if p.type != "percent" or p.value is None or p.id in said or p.qual != "exact":
            continue
        lo = max(0, p.start - 90)
        low = ctx.low
        at = max(low.rfind("tỷ lệ", lo, p.start), low.rfind("tỉ lệ", lo, p.start))
        if at < 0 or ";" in low[at : p.start]:
            continue  # cheap cue first: a rate named before the percent, in its clause
        hit = _RATE_OF.match(low, at, p.start)
        if hit is None or hit.end() != p.start:
            continue
        x = norm_words(hit.group("x"))
        info = unit_info(x)
        if not info.fams or info.head is None or not x.startswith(info.head + " "):
            continue
        extra = [w for w in x[len(info.head) :].split() if w not in _RATE_PLAIN]
        if not extra:
            continue  # "tỷ lệ hộ đạt …": the rate of a whole, not of a counted subset
        parts = []
        for g in ctx.earlier(p, 30):
            if g.sent < p.sent - _RATE_BACK or len(parts) >= 6:
                break
            if g.type != "quantity" or not g.exact_count or g.unit.head != info.head:
                continue
            words = seen_words.get(g.i)
            if words is None:
                ss, _ = ctx.sentence_span(g.sent)
                words = seen_words[g.i] = set(norm_words(ctx.text[ss : g.end]).split()) | set(
                    descriptor(ctx, g).split()
                )
            if all(w in words for w in extra):
                parts.append(g)
        if not parts:
            continue
        nxt = ctx.next_in_sent(p)
        if nxt is not None and nxt.exact_count and _BASE_RIGHT_AFTER.match(ctx.gap(p, nxt).lower()):
            bases = [nxt] if nxt.unit.head == info.head else []
        else:
            # the exact counts whose unit is the rate's noun, nearest first, within the 400
            # figures before ``p`` (``ctx.earlier(p, 400)``), from a per-document index
            bases = []
            keyed, idxs = _exact_by_key(ctx).get(info.head, ((), []))
            j = bisect_left(idxs, p.i) - 1
            floor = p.i - 400
            least = parts[0].value
            while j >= 0 and len(bases) < 6:
                g = keyed[j]
                if g.i < floor:
                    break
                if g.value > least:  # type: ignore[operator]
                    bases.append(g)
                j -= 1
        row = None
        for part in parts:
            for base in bases:
                if base.value > part.value and fits(100 * part.value / base.value, p):  # type: ignore[operator]
                    pv = judge_stated(100 * part.value / base.value, p)  # type: ignore[operator]
                    if pv is not None and pv.judgement.verdict == "consistent":
                        what = (
                            f"total {as_written(base):g} {_unit_written(base)}",
                            f"tổng số {base.m.text}",
                        )
                        row = _emit(ctx, "consistent", [part], base, p, pv, what)
                        break
            if row is not None:
                out.append(row)
                break
    return out


# -- a share whose whole is the one count of its noun stated before -------------------------
# "Hội có 1.250 hội viên. … Năm qua, 480 hội viên tham gia tổ vay vốn, chiếm 38,4% tổng số hội
# viên": no structure names the whole, but the report states one count of hội viên only, and
# nothing (a year, a place, a subset word) sets it apart from the claim. With an explicit link
# between the part and its percent the share is of that count, and a miss is an error. When two
# different values compete, nothing is said here.
#   link after the part        example (our own)
#   ", chiếm (tỷ lệ)"          "…, 212 xã viên góp vốn, chiếm 40%"
#   ", bằng"                   "…, 96 hộ được hỗ trợ, bằng 12% số hộ …"
#   ", tương đương / ứng với"  "…, 38 đơn, tương đương 45% tổng số đơn …"
#   ", tỷ trọng / đóng góp"    "…, 60 tỷ đồng, đóng góp 25% tổng thu"
#   ", tỷ lệ <part's noun> là" "…, còn 85 hộ nghèo, tỷ lệ hộ nghèo là 4,2%"
#   ", đạt" (weak)             "Xã có 20 thôn. … đã có 15 thôn có nhà văn hóa, đạt 75%": only
#                              when the whole is a make-up ("có/gồm N X") and no plan is named
_SOLE_CUE = re.compile(
    r"(?:(?:chiếm|bằng)(?:\s+(?:tỷ lệ|tỉ lệ))?|(?:tương đương|tương ứng|ứng với)(?:\s+với)?"
    r"(?:\s+(?:tỷ lệ|tỉ lệ))?|tỷ trọng|tỉ trọng|đóng góp"
    # "đạt", "đạt tỷ lệ", "với tỷ lệ", a bare "tỷ lệ" after the part's comma: weak links
    r"|(?P<weak>(?:(?:đạt|với)\s+)?(?:tỷ lệ|tỉ lệ)|đạt))\s*(?:gần|khoảng|hơn|trên)?\s*$"
)
_SOLE_CUE_WORDS = ("chiếm", "bằng", "tương", "ứng với", "trọng", "đóng góp", "đạt", "lệ")
_SOLE_RATE = re.compile(
    r"(?:tỷ lệ|tỉ lệ)\s+(?P<x>[^\d,;()%:]{2,40}?)\s+(?:là|đạt|chiếm|ở mức|bằng|còn)\s*$"
)
# The whole named after the percent: "tổng số hội viên", "số hộ … của huyện", "tổng thu",
# "diện tích đất nông nghiệp", "sản lượng lương thực" (a measure only for a part of its unit)
_SOLE_NAMED = re.compile(
    r"^\s*(?:(?:so với|của|trên|trong)\s+)?(?:(?:tổng\s+)?số\s+|tổng\s+(?=thu\b|chi\b|vốn\b|diện tích\b|sản lượng\b))?"
    r"(?P<w>[^\W\d][^\d,;.()%:!?]{0,70})"
)
_SOLE_MEASURES = (
    ("diện tích", frozenset({"ha", "héc-ta", "hecta", "m2", "km2", "m²", "km²"})),
    ("sản lượng", frozenset({"tấn", "tạ", "kg"})),
)
_SOLE_MONEY = re.compile(
    r"^(?!chi (?:bộ|hội|đoàn|nhánh|cục)\b)(?:thu|chi|vốn|nguồn vốn|kinh phí|ngân sách|nguồn thu)\b"
)
_SOLE_STOP = frozenset(
    {"của", "các", "những", "toàn", "trong", "trên", "và", "tại", "ở", "số", "tổng", "đã", "là"}
)
# claim words that set it in another time than a plain statement of the whole
_SOLE_OTHER_TIME = re.compile(
    r"năm trước|cùng kỳ|kỳ trước|trước đây|đầu nhiệm kỳ|trước sáp nhập|sau sáp nhập|so với"
)
_SOLE_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_SOLE_ORIGIN = re.compile(
    r"khi (?:mới )?thành lập|mới thành lập|ban đầu|lúc đầu|đầu nhiệm kỳ|trước (?:khi )?sáp nhập"
)
# a date that says "as of" (the state the whole is stated in): "cuối năm 2023", "tháng 6/2024",
# "đến 31/12/2023", "tới năm 2024"; a bare "Năm 2019, có …" may be a past year's state
_AS_OF = re.compile(r"(?:cuối|hết|đến|tới|tháng\s*\d{1,2}|\d{1,2})\s*(?:năm\s*)?[/-]?\s*$")
_NOW = re.compile(r"\b(?:đến nay|hiện nay|hiện|nay)\b")
# A whole stated at another moment than the share: "Năm học trước, toàn huyện có 9.846 học sinh",
# "Trước khi hợp nhất, Đảng bộ có 3.120 đảng viên", "Khi chia tách huyện năm 2019, …".
_BASE_MOMENT = re.compile(
    r"năm học trước|năm trước|trước khi|khi chia tách|khi thành lập|lúc thành lập|thời điểm"
    r"|(?<!tháng )đầu năm"
)
_UP_TO = re.compile(r"đến (?:ngày|nay|cuối|hết|thời điểm)|tính đến|hiện nay")
_NOW_WORDS = re.compile(r"\b(?:đến nay|hiện nay|năm nay|hiện có|hiện tại)\b")
_YEAR_MARK = re.compile(r"\b(?:19|20)\d{2}(?:\s*-\s*(?:19|20)\d{2})?\b")
_NOW_AFTER = re.compile(r"^[^.;\d]{0,25}\b(?:hiện nay|đến nay|hiện tại)\b")


def _whole_of_another_moment(ctx: Context, base: Fig, p: Fig) -> bool:
    """Is ``base`` dated to another moment than its share: a past one its share's sentences do not
    name ("Năm học trước, …", "Trước khi hợp nhất, …"), or a year when they name another?"""
    if base.sent == p.sent or _NOW_AFTER.match(ctx.after_low(base, 40)):
        return False  # "… lên 6.214 đồng chí hiện nay": a level of now
    bs, _ = ctx.sentence_span(base.sent)
    before = ctx.lower_slice(bs, base.start)
    ps, pe = ctx.sentence_span(p.sent)
    lo = ctx.sentence_span(p.sent - 1)[0] if p.sent > base.sent + 1 else ps
    claim = ctx.lower_slice(lo, pe)
    if any(m.group(0) not in claim for m in _BASE_MOMENT.finditer(before)):
        return True
    years, said = set(_YEAR_MARK.findall(before)), set(_YEAR_MARK.findall(claim))
    if years and not said and _NOW_WORDS.search(claim) and not _UP_TO.search(before):
        return True  # "Năm 2020, Đảng bộ có 5.958 đảng viên. Đến nay, …"
    return bool(years and said and not years & said)


# A whole that counts one place, one kind or one group of the named whole: "14 trường tiểu học
# với 5.120 học sinh", "Trường THCS thị trấn … với 1.250 học sinh", "2.146 đảng viên nữ".
_SUBSET_AFTER_BASE = re.compile(r"^\s*(?:nữ|dự bị|chính thức|trẻ|mới|cao tuổi|dân tộc)\b")
_NAMED_SUBJECT = re.compile(
    r"(?i:trường)\s+(?:THPT|THCS|TH|PTDTBT|PTDTNT|(?i:tiểu học|trung học|mầm non|mẫu giáo))\b"
    r"|(?i:công ty|bệnh viện)\s+[A-ZĐ]"
)
_SCHOOL_LEVEL = re.compile(r"tiểu học|trung học|mầm non|mẫu giáo|\bthcs\b|\bthpt\b")


# A whole that is no plain stock of its noun: a count of those reviewed, present or rewarded
# ("đã rà soát 312 đảng viên", "hội nghị cho 1.250 đảng viên", "1.250 đảng viên tham dự"), of a
# kind ("312 hộ nghèo", "1.240 đoàn viên khu vực nông thôn", "412 hội viên trên 70 tuổi"), or one
# stated with another moment ("Đầu nhiệm kỳ", "Trước đây", "sẽ có"). A miss against a whole
# named by words in another sentence proves nothing then. White-box review 21s added those
# present said with a bare "dự"/"có mặt":
#   the whole stated before                         then "… chiếm P% tổng số hội viên"
#   "Hội nghị sơ kết có 210 hội viên dự."           no plain stock: a miss is no proof
#   "Hội có 1.250 hội viên."                        the stock: a miss is an error
# White-box review 22rc added a pool of those liable to an act:
#   "Toàn huyện có 1.450 công dân trong diện gọi nhập ngũ."  then "41 công dân nhập ngũ là
#   đảng viên, chiếm 13,1%" (of those who enlisted): no plain stock, a miss is no proof
_EVENT_BEFORE = re.compile(
    r"\b(rà soát|tham dự|học tập|khen thưởng|kiểm tra|giám sát|đề nghị|xét|tổ chức|cho)\s*$"
)
# ... unless the claim's sentence says the event or the kind again and its percent names no
# other whole: the claim is then a part of that very count (a bare percent, or "số <its noun>")
#   the whole stated before                               the claim                     whole
#   "Đã kiểm tra 132 tổ chức đảng."                       "Qua kiểm tra, 109 …, chiếm …"  132
#   "Đã tổ chức 64 lớp bồi dưỡng."                        "41 lớp được tổ chức tại cơ sở, chiếm … số lớp"  64
#   "Toàn tỉnh có 96 xã đạt chuẩn nông thôn mới."         "38 xã đạt chuẩn nông thôn mới nâng cao, chiếm …"  96
#   "Đã rà soát 312 đảng viên."                           "12 …, chiếm 0,8% tổng số đảng viên"  none
#   "Hội nghị sơ kết có 210 hội viên dự."                 "… chiếm 35% tổng số hội viên"  none
#   "Có 96 hộ nghèo, trong đó 14 hộ …"                     "Số hộ nghèo có … là 71 hộ, chiếm …"  none
_KIND_AFTER = re.compile(
    r"^\s*(?:[^\W\d]+\s+){0,3}?(?:tham dự|tham gia|nghèo|cận nghèo|khu vực|trên \d+ tuổi"
    r"|dưới \d+ tuổi|từ \d+ tuổi|nữ|dự bị|được khen thưởng|miễn|thôn|tổ dân phố|có mặt"
    r"|trong diện|thuộc diện"  # a pool of those liable to an act (see above)
    r"|(?:về\s+)?dự(?:\s+(?:họp|hội nghị|lớp))?(?=\s*(?:[,.;()]|$)))\b"
)
_STOCK_MOMENT = re.compile(
    r"trước đây|trước (?:khi )?sáp nhập|trước khi|khi (?:mới )?thành lập|đầu nhiệm kỳ|\bsẽ\b"
    r"|năm học trước|năm trước|sau khi"
)


def _own_noun_only(after: str, part: Fig) -> bool:
    """Does the percent name no whole, or only "số <the part's own noun>"?"""
    rest = after.lstrip()
    if not rest or rest[0] in ",;.)":
        return True
    key = re.escape(part.unit.key or "\x00")
    return bool(re.match(rf"số\s+{key}\s*(?:[,;.)]|$)", rest))


def _plain_stock(
    ctx: Context, base: Fig, named: str, restated: str = "", pointed: bool = False
) -> bool:
    """``restated``: the claim's own words (its sentence up to the percent) when the percent
    names no other whole; an event or a kind they say again is the claim's whole (see
    :data:`_EVENT_BEFORE`); ``pointed``: the claim opens with "Trong số đó" right after the
    whole's sentence, so the whole's kind is the claim's own."""
    bs, be = ctx.sentence_span(base.sent)
    if _STOCK_MOMENT.search(ctx.lower_slice(bs, base.start)):
        return False
    if restated and any(
        g.type == "quantity" and _sole_family(g, base) for g in ctx.figs_from(base.end, be)
    ):
        restated = ""  # "96 hộ nghèo, trong đó 14 hộ …": the claim may be of what is left
    event = _EVENT_BEFORE.search(ctx.before_low(base, 20))
    if event and not (restated and re.search(rf"\b{event.group(1)}\b", restated)):
        return False
    kind = _KIND_AFTER.match(ctx.after_low(base, 40))
    return (
        kind is None
        or pointed
        or kind.group(0).split()[-1] in named.split()
        or bool(restated and " ".join(kind.group(0).split()) in " ".join(restated.split()))
    )


# -- doubts on a whole found by search in another sentence (a fit is still told):
#   "… có 312 đảng viên đang công tác tại …", "… 64 đảng viên là cựu chiến binh"  a kind of it
#   "Chi hội thôn Đông có 146 hội viên" … "Toàn Hội có 52 …"                     one unit of it
#   "Năm 2019, Đảng bộ có 512 đảng viên" … (no 2019 in the claim)               a past year's
#   "Cuối nhiệm kỳ trước, …", "Khi bắt đầu triển khai Đề án, …"                 another moment
_KIND_WORDS_AFTER = re.compile(r"^\s*(?:[^\W\d]+\s+){0,3}?(?:đang|là|công tác|có trình độ)\b")
_OTHER_START = re.compile(
    r"nhiệm kỳ trước|khi bắt đầu|bắt đầu triển khai|ban đầu|lúc đầu|trước đây|khi mới|trước khi"
)


def _searched_doubt(ctx: Context, base: Fig, part: Fig) -> bool:
    bs, be = ctx.sentence_span(base.sent)
    base_sent = ctx.lower_slice(bs, be)
    ps, pe = ctx.sentence_span(part.sent)
    claim = ctx.lower_slice(ps, pe)
    after = ctx.after_low(base, 40)
    if _KIND_WORDS_AFTER.match(after):
        # a kind the claim does not name again ("số hợp tác xã … đang hoạt động" does)
        tail = set(norm_words(re.split(r"[,;.()]", after, maxsplit=1)[0]).split())
        if not tail <= set(norm_words(claim).split()):
            return True
    scope = vocab.WHOLE_SCOPE.search(claim)
    if scope and not re.search(r"\b(?:toàn|cả)\b", base_sent):
        # the whole's sentence must be of that unit itself: "Xã Tân Thạnh B có 2.940 hộ" for
        # "toàn xã", not "Thôn Đông có 412 hộ" nor "Đảng bộ Quân sự huyện có 86 đảng viên"
        level = scope.group(0).split(None, 1)[1]
        if not re.match(rf"\W*{re.escape(level)}\b", base_sent):
            return True
    return bool(_OTHER_START.search(ctx.lower_slice(bs, base.start)))


def _subset_base(ctx: Context, base: Fig) -> bool:
    if _SUBSET_AFTER_BASE.match(ctx.after_low(base, 14)):
        return True
    cs, _ = ctx.clause(base.start)
    # brackets out first: their commas split no piece
    piece = re.sub(r"\([^()]*\)", " ", ctx.text[cs : base.start]).split(",")[-1]
    piece_start = base.start - len(piece)
    if _NAMED_SUBJECT.search(piece):
        return True  # "… là Trường THPT Nguyễn Trãi với 1.480 học sinh": one school's
    if _SCHOOL_LEVEL.search(piece.lower()):
        return True  # "Khối trung học cơ sở toàn huyện có 3.480 học sinh": one level's
    prev = ctx.prev_in_sent(base)
    if prev is not None and ")" in ctx.text[prev.end : base.start]:
        # "31 trường (10 …, 8 trường trung học cơ sở) với": the count the bracket follows
        k = ctx.text.rfind("(", 0, prev.start)
        while prev is not None and prev.end > k:
            prev = ctx.prev_in_sent(prev)
    if (
        prev is not None
        and prev.start >= piece_start
        and re.search(r"\b(?:với|có)\s*$", ctx.before_low(base, 8))
        and prev.type == "quantity"
        and _SCHOOL_LEVEL.search(descriptor(ctx, prev))
    ):
        return True  # "14 trường tiểu học với 5.120 học sinh": the pupils of some schools
    return False


_THEN_MARK = re.compile(
    r"năm học trước|năm trước|\bnăm (?:19|20)\d{2}\b|đầu nhiệm kỳ|trước đây|khi"
)
_NOW_MARK = re.compile(r"năm học này|năm nay|hiện nay|đến nay|\bhiện\b|\bnay\b")


def _plain_level_of(ctx: Context, g: Fig, phrase: str) -> bool:
    """Is ``g`` a level of the named whole now: no plan in its sentence before it ("Phấn đấu đến
    cuối nhiệm kỳ … có 24.000"), no flow after it ("2.350 đảng viên được kết nạp mới"), and the
    same scope ("toàn Đảng bộ" named, "Đảng bộ các cơ quan tỉnh có 3.150" is another body)?"""
    s, _ = ctx.sentence_span(g.sent)
    before = ctx.lower_slice(s, g.start)
    if _SOLE_PLAN.search(before) or re.match(r"^\s*(?:được|mới)\b", ctx.after_low(g, 12)):
        return False
    return not ("toàn" in phrase.split() and "toàn" not in before.split())


def _two_moments(ctx: Context, base: Fig, part: Fig) -> bool:
    """Are a whole and its part, in one sentence, of two moments ("Năm học trước toàn huyện có
    9.846 học sinh, năm học này có 4.962 …, chiếm 48,7%")?"""
    if base.sent != part.sent or base.end > part.start:
        return False
    s0, _ = ctx.sentence_span(base.sent)
    return bool(
        _THEN_MARK.search(ctx.lower_slice(s0, base.start))
        and _NOW_MARK.search(ctx.lower_slice(base.end, part.start))
    )


_STOCK_LEAD_WORD = re.compile(r"\b(?:có|là|còn)\s*$")
_NOW_PART = re.compile(r"\b(?:hiện có|hiện nay có|đến nay có|hiện nay|đến nay)\b[^\d]{0,30}$")
# "Trong số đảng viên nữ, có 95 …": the part is counted within a named subset (not "trong số đó")
_SOLE_SCOPE = re.compile(r"\btrong\s+(?:tổng\s+)?số\s+(?!đó|này|ấy)[^\W\d]")


# A point inside a year, said of the whole and of the claim: two different points are two
# moments, whatever year they share (white-box review 21s):
#   whole's sentence                      claim's sentence                          moment
#   "Tháng 6/2024, Hội có 1.180 hội viên"  "Đến cuối năm, 412 hội viên …, chiếm 33,8%"  another
#   "Cuối năm, Hội có 1.250 hội viên"      "Đến cuối năm, 480 hội viên …, chiếm 38,4%"  the same
_YEAR_POINT = re.compile(
    r"(?:cuối|đầu|giữa|hết) năm|\d tháng đầu năm|tháng\s*\d{1,2}\b|quý\s+(?:[ivx]+|\d)\b"
    r"|\b\d{1,2}/\d{1,2}/(?:19|20)\d{2}\b"
)


def _year_points(text: str) -> set[str]:
    return {" ".join(m.group(0).split()) for m in _YEAR_POINT.finditer(text)}


def _same_moment(claim: str, base_sent: str) -> bool:
    """May the claim be of the moment the whole is stated at? Not when both name different
    years, when the whole is dated and the claim says "now", or when only the claim is dated by
    a bare year ("Năm 2019, có 160 thôn …" of a whole stated with no date), nor when both name
    different points of a year (see :data:`_YEAR_POINT`)."""
    mine, theirs = _year_points(claim), _year_points(base_sent)
    if mine and theirs and not mine & theirs:
        return False
    origin = _SOLE_ORIGIN.search(base_sent)
    if origin and origin.group(0) not in claim:
        return False  # "Khi mới thành lập, Hội có 4.860 hội viên": the whole at another moment
    yb = set(_SOLE_YEAR.findall(base_sent))
    ys = {m.group(0): m.start() for m in _SOLE_YEAR.finditer(claim)}
    if yb:
        return (not ys and not _NOW.search(claim)) or bool(yb & set(ys))
    return all(_AS_OF.search(claim[max(0, at - 14) : at]) for at in ys.values())


# a place named in the claim: "Huyện Ngọc Hà có …", "tại xã Tân An …", "thôn 5 …"
_SOLE_PLACE = re.compile(
    r"\b(?:[Tt]hôn|[Ấấ]p|[Bb]ản|[Xx]óm|[Kk]hu phố|[Tt]ổ dân phố|[Xx]ã|[Pp]hường|[Tt]hị trấn|"
    r"[Hh]uyện|[Qq]uận|[Tt]ỉnh|[Tt]hành phố|[Tt]hị xã)\s+(?:[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*)*|\d+)"
)
_SOLE_LEVEL = re.compile(r"\b(?:của|toàn)\s+(tỉnh|huyện|xã|thành phố|thị xã|phường|quận)\b")
# words that make a count a subset of its noun ("300 hộ nghèo"): the whole is then that subset
# only if the claim says so
_SOLE_SUBSET = re.compile(
    r"\b(?:nghèo|cận nghèo|nữ|trẻ|mới|dự bị|khó khăn|ưu tú|chính sách|dân tộc|đồng bào|"
    r"vi phạm|kỷ luật|người có công)\b"
)
_SOLE_NOT_TOTAL = re.compile(
    r"(?:tăng|giảm|thêm|hơn|vượt|kế hoạch|chỉ tiêu|mục tiêu|dự toán|phấn đấu|giao|còn lại)\b[^\d]{0,20}$"
)
_SOLE_PLAN = re.compile(r"kế hoạch|chỉ tiêu|mục tiêu|phấn đấu|nghị quyết|đề ra|dự toán")
_SOLE_HAS = re.compile(r"\b(?:có|gồm)\s*$")
_TOTAL_IS = re.compile(r"\W*tổng\s+số\b[^\d;,]{0,60}\blà\s*$")


def _sole_link(ctx: Context, part: Fig, p: Fig) -> tuple[bool, bool, bool] | None:
    """(linked, weak, rate) when the words between ``part`` and ``p`` tie them explicitly
    (``rate``: the link names the rate of the part's noun, "tỷ lệ hộ nghèo là")."""
    low = ctx.low[part.end : p.start]
    if ";" in low or not (
        any(w in low[-30:] for w in _SOLE_CUE_WORDS) or low.rstrip().endswith("(")
    ):
        return None  # cheap cue first
    if any(ch.isdigit() for ch in low):
        return None
    rate = _SOLE_RATE.search(low) if "lệ" in low else None
    if rate is not None:
        # ", tỷ lệ hộ nghèo là": the rate of the part's own noun and words
        x = norm_words(rate.group("x"))
        if not part.unit.key or not (x == part.unit.key or x.startswith(part.unit.key + " ")):
            return None
        own = set(norm_words(ctx.text[ctx.sentence_span(part.sent)[0] : part.end + 40]).split())
        head = low[: rate.start()]
        if not all(w in own for w in x.split()) or vocab.NEW_SUBJECT.search(head):
            return None
        # the part's own label may stand before the comma: "127 hộ nghèo, tỷ lệ hộ nghèo là"
        return (True, False, True) if head.rstrip().endswith(",") and head.count(",") == 1 else None
    cue = _SOLE_CUE.search(low)
    if cue is None:
        if _BARE_BRACKET_LINK.fullmatch(low):
            return True, False, False  # "22 chi bộ hoàn thành tốt nhiệm vụ (81,5%)"
        return None
    head = low[: cue.start()].rstrip()
    if head and head[-1] in ",(":
        head = head[:-1]
    elif head:
        return None  # "… 30 hộ đóng góp 5%": no comma, no bracket: another reading
    # "1.530 người trong số đó tham gia …": the part names the whole before as its own set
    head = _AMONG_THOSE.sub(" ", head, count=1)
    if "(" in head or vocab.NEW_SUBJECT.search(head):
        return None
    if "," in head and not _NOUN_LIST_HEAD.fullmatch(head):
        return None
    return True, cue.group("weak") is not None, False


_AMONG_THOSE = re.compile(r"^\s*trong số (?:đó|này)\b")
# a bare percent in brackets right after the part's own label, the label one run of words
# (no comma, no verb opening another clause): "22 chi bộ hoàn thành tốt nhiệm vụ (81,5%)";
# not "… (tăng 5%)", not "30 hộ, 12 hộ … (40%)"
_BARE_BRACKET_LINK = re.compile(
    r"(?:\s+(?!(?:tăng|giảm|vượt|đạt|bằng|so|hơn|còn|trong|riêng|và)\b)[^\W\d]+){0,10}\s*\(\s*"
)


# the part's description may list nouns ("39 đồng chí đang tham gia công tác ở tổ dân phố, mặt
# trận, đoàn thể, chiếm 24,3%"): each piece after a comma a short run of words, no verb of
# its own that would open another clause
_NOUN_LIST_HEAD = re.compile(
    r"[^,]{0,60}\b(?:ở|tại|sang|về|cho|như|gồm|với)\s[^,]{1,40}"
    r"(?:,\s*(?!(?:trong|riêng|còn|nhưng|song|đồng thời|tăng|giảm|đạt|có|được|là)\b)"
    r"[^\W\d][^\s,\d]*(?:\s+[^\s,\d]+){0,3})+"
)


# "và" opening another clause with a verb, not a second figure or a named whole
_AND_CLAUSE = re.compile(
    r"và\s+(?:đã\s+|đang\s+|được\s+)?(?:góp phần|tạo|giúp|làm|đưa|nâng|thúc đẩy|bảo đảm|đảm bảo)\b"
)


# "(10,6%) trên 160 hộ", "(6,0%) trên tổng số 800 hộ": a whole named right after the bracket
_WHOLE_AFTER_BRACKET = re.compile(r"\s*(?:trên|so với)\s+(?:tổng\s+)?(?:số\s+)?\d")


def _sole_named(part: Fig, after: str) -> tuple[bool, list[str] | None]:
    """(usable, the words the named whole adds) from the words after the percent; the words
    are None when no whole is named."""
    rest = after.lstrip()
    if rest[:1] == ")" and _WHOLE_AFTER_BRACKET.match(rest, 1):
        return False, []  # "còn 17 hộ nghèo (10,6%) trên 160 hộ": the bracket's whole, said after it
    if not rest or rest[0] in ",;.)" or _AND_CLAUSE.match(rest):
        return True, None  # "…, chiếm 20,2% và góp phần …": the percent names no whole
    hit = _SOLE_NAMED.match(after)
    if not hit:
        return False, []
    words = norm_words(hit.group("w"))
    if _SOLE_OTHER_TIME.search(words) or vocab.TARGET_AFTER.match(words):
        return False, []
    for name, units in _SOLE_MEASURES:
        if words == name or words.startswith(name + " "):
            if part.unit.key not in units:
                return False, []
            return True, [w for w in words[len(name) :].split() if w not in _SOLE_STOP]
    if _SOLE_MONEY.match(words):
        if part.unit.generic != "u:đồng":
            return False, []
        return True, [w for w in words.split() if w not in _SOLE_STOP]
    if not hit.group(0).lstrip().startswith(("số", "tổng", "so với", "của", "trên", "trong")):
        return False, []  # "chiếm 40% và …": no whole named, another clause
    info = unit_info(words)
    if not (info.fams or info.generic):
        return False, []
    if not (
        kin(info, part.unit) or covers(info, part.unit) or (_people(info) and _people(part.unit))
    ):
        return False, []
    key = info.head or (info.generic or "u:")[2:]
    return True, [w for w in words.split() if w not in _SOLE_STOP and w not in key.split()]


def _sole_family(g: Fig, part: Fig) -> bool:
    u, v = g.unit, part.unit
    return (
        (u.key == v.key and bool(u.key))
        or kin(u, v)
        or covers(u, v)
        or covers(v, u)
        or (_people(u) and _people(v))
    )


_SOLE_SUBSET_BEFORE = re.compile(
    r"\b(?:trong đó|trong số đó|riêng)\b[^\d.;()]{0,30}$|\b(?:nữ|trẻ|dự bị|mới)\s*$"
)


def _sole_base(ctx: Context, part: Fig, key: str | None = None) -> Fig | None:
    """The one larger count of the part's noun stated before it in the document (one value);
    with ``key``, of that noun only: "1.742 đồng chí, chiếm 31,4% tổng số đảng viên" is of the
    members, whatever population of "người" was stated."""
    base: Fig | None = None
    values: set[float] = set()
    for g in ctx.earlier(part, 400):
        if key is not None and g.unit.key != key:
            continue
        if g.type == "ratio":
            d = g.m.get("denominator")
            if isinstance(d, int | float) and d > part.value and _sole_family(g, part):  # type: ignore[operator]
                values.add(float(d))
                if len(values) > 1:
                    return None
            continue
        if g.type != "quantity" or g.value is None or g.value <= part.value:  # type: ignore[operator]
            continue
        key0 = g.unit.key.split(" ")[0] if g.unit.key else ""
        if g.unit.head in vocab.TIME_UNITS or key0 in vocab.TIME_UNITS or not _sole_family(g, part):
            continue
        if _SOLE_SUBSET_BEFORE.search(ctx.before_low(g, 40)):
            continue  # "với 512 đảng viên, trong đó đảng viên nữ 231 đồng chí": a subset, no rival
        values.add(g.value)
        if len(values) > 1:
            return None  # two different wholes compete: nothing is proved
        if base is None and (g.exact_count or g.exact):
            base = g
    if base is None:
        return None
    u, v = base.unit, part.unit
    if not (u.key == v.key or kin(u, v) or (_people(u) and _people(v))):
        return None
    return base


_THRESHOLD_BEFORE = re.compile(r"\b(?:có\s+)?(?:dưới|trên|từ|chưa đủ|không quá)\s*$")


def _threshold(ctx: Context, f: Fig) -> bool:
    """ "13 chi bộ dưới 10 đảng viên, chiếm 72,5%": a bound on the members of what the count
    before it counts is part of that count's label, not the part."""
    if f.qual not in ("max", "min") and not _THRESHOLD_BEFORE.search(ctx.before_low(f, 14)):
        return False  # the bound is in the figure ("dưới 10 đảng viên") or right before it
    prev = ctx.prev_in_sent(f)
    return (
        prev is not None
        and prev.type == "quantity"
        and prev.exact_count
        and bool(prev.unit.key)
        and prev.unit.key != f.unit.key
        and not (prev.unit.fams & f.unit.fams)
        and re.fullmatch(r"[^\d,;.()%]{0,40}", ctx.gap(prev, f)) is not None
    )


def _named_own(part: Fig, after: str) -> str | None:
    """The part's own noun named as the whole ("4.962 học sinh, chiếm 53,9% tổng số học sinh
    toàn huyện"): counts of other nouns of its family (the population) are no rival wholes."""
    key = part.unit.key
    if not key or not re.match(rf"\s*(?:tổng\s+)?số\s+{re.escape(key)}\b", after):
        return None
    return key


# The part counted as bare people, its clause opening with the members' noun: "Hội viên nữ
# 5.117 người, chiếm 52%" -> "hội viên" (the one count of that noun is the whole, whatever
# other people were counted: "1.420 tình nguyện viên")
_LABEL_PEOPLE = re.compile(r"(?:số\s+)?(?P<n>[^\W\d]+ viên)\b[^\d;,()%]{0,40}$")


_GRADING = re.compile(r"đánh giá|xếp loại|hoàn thành|kiểm điểm|khen thưởng|kỷ luật|miễn")


def _label_people(ctx: Context, part: Fig) -> str | None:
    if part.unit.key not in ("đồng chí", "người"):
        return None
    cs, _ = ctx.clause(part.start, part.end)
    hit = _LABEL_PEOPLE.match(ctx.lower_slice(cs, part.start).lstrip(" -+•–*:"))
    if hit is None or not _people(unit_info(hit.group("n"))):
        return None
    return hit.group("n")


def _attribute_list(ctx: Context, part: Fig, p: Fig) -> bool:
    """Does the part's clause open with the members' noun, and every later count of its
    sentence's list open its own clause with that noun again ("…; hội viên là người dân tộc
    thiểu số 6.208 người")? Not "…, trong đó dân tộc thiểu số 40 đồng chí": a subset of the item."""
    key = _label_people(ctx, part)
    if key is None:
        return False
    _s, e = ctx.sentence_span(p.sent)
    for g in ctx.figs_from(p.end, e):
        if g.type != "quantity":
            continue
        piece = re.split(r"[,;:]", ctx.lower_slice(p.end, g.start))[-1]
        if not piece.lstrip(" -+•–*").startswith(key):
            return False
    return True


def _said_in_people(ctx: Context, part: Fig, key: str, base: Fig) -> bool:
    """Another count of ``key`` written in bare people ("số hội viên là 26.722 người") before the
    part: the label's noun names no one whole."""
    for g in ctx.earlier_typed("quantity", part, 400):  # (the others fail the type test below)
        if g.type != "quantity" or g.unit.key not in ("người", "đồng chí") or g.value == base.value:
            continue
        if g.value is not None and g.value > part.value and key in ctx.before_low(g, 40):  # type: ignore[operator]
            return True
    return False


def _named_people(part: Fig, after: str) -> str | None:
    """The members' noun named after the percent when the part counts bare people ("1.742 đồng
    chí, chiếm 31,4% tổng số đảng viên" -> "đảng viên")."""
    if part.unit.key not in ("đồng chí", "người"):
        return None
    hit = _SOLE_NAMED.match(after)
    if not hit or not hit.group(0).lstrip().startswith(("số", "tổng")):
        return None
    head = unit_info(norm_words(hit.group("w"))).head
    return head if head and head != part.unit.key and _people(unit_info(head)) else None


def _listed(ctx: Context, part: Fig, p: Fig) -> bool:
    """ "…: 15 chi bộ tốt (chiếm 65,2%), 7 hoàn thành nhiệm vụ": the part is an item of a list,
    whose own total (those graded) may not be the body stated before; only a named whole
    settles it. Another count of the part's noun in its sentence, or any count after it."""
    for g in ctx.by_sent.get(p.sent, ()):
        if g is part or g.type != "quantity" or not g.exact_count:
            continue
        key0 = g.unit.key.split(" ")[0] if g.unit.key else ""
        if g.unit.head in vocab.TIME_UNITS or key0 in vocab.AGE_OR_TIME_UNITS:
            continue
        if _sole_family(g, part) or (g.start > p.end and not g.unit.fams):
            return True
    return False


# a flow into the whole, not its stock
_INFLOW_BEFORE = re.compile(
    r"\b(?:kết nạp|tuyển(?: mới)?|tiếp nhận|chuyển đến|bổ sung)(?:\s+(?:được|thêm|mới))*\s*$"
)


_MEMBER_NOUN = (
    r"(?:hội viên|đoàn viên|đảng viên|cựu chiến binh|thanh niên|phụ nữ|nông dân|công nhân|"
    r"người có công|gia đình chính sách|đồng bào)"
)


_SUBJECT_SO = re.compile(
    r"\bsố\s+((?:bí thư|phó bí thư|chủ tịch|phó chủ tịch|trưởng|phó trưởng|ủy viên|cấp ủy viên|"
    r"báo cáo viên|tuyên truyền viên|chi hội trưởng|tổ trưởng|trưởng thôn|giám đốc)\b(?:\s+[^\W\d]+)?)"
)


def _subject_elsewhere(ctx: Context, part: Fig, base: Fig) -> bool:
    """ "Số bí thư chi bộ đồng thời là trưởng thôn … là 1.184 đồng chí, chiếm 78,0%" after "tổng
    số đảng viên là 62.847 đồng chí": the part's subject names holders of a post the whole's
    sentence does not name (blind review 51)."""
    s, _ = ctx.sentence_span(part.sent)
    subj = _SUBJECT_SO.search(ctx.lower_slice(s, part.start))
    if subj is None:
        return False
    bs, be = ctx.sentence_span(base.sent)
    return subj.group(1).split()[0] not in ctx.lower_slice(bs, be)


# A group of people named by the claim (its part's own noun, or "Số <noun>" opening it) that the
# whole's sentence does not name: the whole is that group's own count, a miss is no proof
# (white-box review 22rc)
#   the whole stated before          the claim                                           proof
#   "Xã có 9.120 nhân khẩu."         "… có 6.412 cử tri đi bầu, đạt 99,9%"               no
#   "Dân số huyện 125.400 người."    "Số bệnh nhân có thẻ … 1.731 người, chiếm 93,1%"    no
#   "Hội có 9.840 hội viên."         "Hội viên nữ 5.117 người, chiếm 52%"                yes
_BARE_PEOPLE = frozenset({"người", "đồng chí", "chị", "em", "cháu", "anh", "ông", "bà"})


def _group_elsewhere(ctx: Context, part: Fig, base: Fig) -> bool:
    bs, be = ctx.sentence_span(base.sent)
    base_sent = ctx.lower_slice(bs, be)
    key = part.unit.key or ""
    if key and key not in _BARE_PEOPLE and _people(part.unit) and key not in base_sent:
        return True
    cs, _ = ctx.clause(part.start, part.end)
    for m in re.finditer(r"\bsố\s+([^\W\d]+(?:\s+[^\W\d]+)?)", ctx.lower_slice(cs, part.start)):
        words = m.group(1).split()
        if words[0] in _BARE_PEOPLE:
            continue  # "Số người có trình độ đại học": of any whole of people
        for n in (" ".join(words), words[0]):
            if n not in _BARE_PEOPLE and _people(unit_info(n)):
                return n not in base_sent
    return False


# The claim's subject restates the whole's noun with a qualifier the whole's sentence does not
# say, then a predicate: the part is of that narrower group, a miss is no proof
#   the whole stated before            the claim                                          proof
#   "Toàn Đảng bộ có 27 chi bộ."       "Các chi bộ nông thôn có 15 chi bộ hoàn thành … (78,9%)"  no
#   "Toàn huyện có 9.840 học sinh."    "Học sinh dân tộc thiểu số đạt học lực khá, giỏi 1.240 em (57,8%)"  no
#   "Hội có 9.840 hội viên."           "Hội viên nữ 5.117 người, chiếm 52%" (no predicate)  yes
#   "… quản lý 6.215 đoàn viên …"      "Đoàn viên là người dân tộc thiểu số có 2.904 em, …"  yes
_PREDICATE = frozenset({"có", "đạt", "được", "hoàn thành", "tham gia", "xếp loại", "bị", "đã"})


def _narrower_subject(ctx: Context, part: Fig, base: Fig) -> bool:
    key = base.unit.key
    if not key:
        return False
    s, _ = ctx.sentence_span(part.sent)
    head = norm_words(ctx.lower_slice(s, part.start)).split()
    while head and head[0] in ("các", "những", "số"):
        head = head[1:]
    k = key.split()
    if head[: len(k)] != k:
        return False
    rest = head[len(k) :]
    bs, be = ctx.sentence_span(base.sent)
    base_words = set(norm_words(ctx.lower_slice(bs, be)).split())
    for i in range(len(rest)):
        if rest[i] in _PREDICATE or " ".join(rest[i : i + 2]) in _PREDICATE:
            if i == 0 or not any(w not in base_words for w in rest[:i]):
                return False  # "Số đảng viên được xếp loại …": no qualifier before the verb
            if i == len(rest) - 1 and rest[i] == "có":
                # "Đoàn viên là người dân tộc thiểu số có 2.904 em": the qualifier is the part
                # itself, unless a predicate follows the part ("có 15 chi bộ hoàn thành …")
                return bool(descriptor(ctx, part)[len(part.unit.key or "") :].split())
            return True
    return False


def _members_own(ctx: Context, part: Fig, base: Fig) -> bool:
    """ "Số hộ hội viên khá, giàu 72 hộ, chiếm 38,7%" after "Xã … có 1.084 hộ": the households of
    the members, whose whole is the members' own, not every household of the commune."""
    key = part.unit.key
    if not key:
        return False
    s, _ = ctx.sentence_span(part.sent)
    hit = re.search(rf"\b{re.escape(key)}\s+({_MEMBER_NOUN})\b", ctx.lower_slice(s, part.end))
    if hit is None:
        return False
    bs, be = ctx.sentence_span(base.sent)
    return f"{key} {hit.group(1)}" not in ctx.lower_slice(bs, be)


# The sentence after a share says what its rate is of, or that the whole moved (review 79):
# "Tỷ lệ này tính trên số đảng viên được đánh giá (1.012 đồng chí)", "Ba đồng chí được miễn sinh
# hoạt không tính vào tỷ lệ này", "Đây là các hộ thuộc diện phải cấp đổi (64 hộ)", "Số hội viên
# tính đến cuối tháng 12 là 112 người"
_RATE_SAID_AFTER = re.compile(
    r"tỷ lệ (?:này|trên|nói trên)|tính trên|tính theo|không tính|chưa tính|\bđây là\b|"
    r"tính đến|đến cuối|cuối (?:năm|tháng|kỳ|quý)"
)


_AWAY = re.compile(
    r"làm ăn xa|được miễn|miễn sinh hoạt|miễn công tác|vắng|chuyển đi|chuyển sinh hoạt|tạm hoãn|"
    r"không tham gia|đi học|nghĩa vụ quân sự"
)
_SUB_CUE = re.compile(r"trong đó|trong số|gồm|\(")


def _base_has_siblings(ctx: Context, base: Fig, named: str, part: Fig) -> bool:
    """Does the whole's sentence state another count of its kind that the share may be of (review
    86)? A sub-count the percent names after it ("2.412 ha …, trong đó 1.246 ha đất trồng lúa …
    chiếm 79,1% diện tích đất trồng lúa"), a group away or exempt ("486 đảng viên, trong đó 52 đồng
    chí đi làm ăn xa": the share may be of the rest), or a parallel count ("các chi bộ thôn kết
    nạp 18 …, các chi bộ trường học kết nạp 6 …": of the sum)."""
    named_words = set(norm_words(named).split())
    for g in ctx.by_sent.get(base.sent, ()):
        if g is base or g.type != "quantity" or not g.exact_count:
            continue
        if not (g.unit.key == base.unit.key or kin(g.unit, base.unit)):
            continue
        cs, ce = ctx.clause(g.start, g.end)
        if _AWAY.search(ctx.low, cs, ce):
            return True
        qual = set(descriptor(ctx, g).split()[len(g.unit.key.split()) :]) - _THING_STOP_WORDS
        label = re.split(r"trong đó|trong số|gồm|[,;:(]", ctx.lower_slice(cs, g.start))[-1]
        lead = set(norm_words(label).split()) - _THING_STOP_WORDS
        if (qual and qual <= named_words) or (lead and lead <= named_words):
            return True  # "trong đó diện tích lúa 5.612 ha" … "chiếm 68,5% diện tích lúa"
        a, b = (base, g) if base.start < g.start else (g, base)
        if not _SUB_CUE.search(ctx.lower_slice(a.end, b.start)):
            # a parallel count, unless the part names the base's own words that set it apart
            # ("40 chi bộ thôn bản và 6 chi bộ cơ quan … 36 chi bộ thôn bản")
            own = set(descriptor(ctx, base).split()) - set(descriptor(ctx, g).split())
            if not (own and own <= set(descriptor(ctx, part).split())):
                return True
    return False


_THING_STOP_WORDS = frozenset({"của", "và", "các", "là", "có", "được", "đã", "với", "cho"})


def _rate_told_after(ctx: Context, p: Fig) -> bool:
    if p.sent + 1 >= len(ctx.sentences):
        return False
    s, e = ctx.sentence_span(p.sent + 1)
    return _RATE_SAID_AFTER.search(ctx.low, s, e) is not None


def _sole_shares(ctx: Context, done: list[Check]) -> list[Check]:
    """Shares of the one whole stated before (see above); they replace an unverifiable row."""
    told = {c.mention_ids[-1] for c in done if c.mention_ids and c.verdict != "unverifiable"}
    low = ctx.low
    extra: list[Check] = []
    # the percent figures only: the first test below drops every other one
    for p in ctx.percents:
        if p.type != "percent" or p.value is None or p.id in told:
            continue
        part = ctx.prev_in_sent(p)
        if part is None or part.type != "quantity" or not (part.exact_count or part.exact):
            continue
        if not part.unit.key or p.start - part.end > 110:
            continue
        link = _sole_link(ctx, part, p)
        if link is None or _CHANGE_BEFORE.search(ctx.before_low(part, 30)):
            continue
        after = ctx.after_low(p, 80)
        if vocab.TARGET_AFTER.match(after):
            continue
        s0, _ = ctx.sentence_span(p.sent)
        ok, words = _sole_named(part, after)
        if not ok:
            continue
        if words is None and not link[2] and _listed(ctx, part, p):
            # a list of the members' attributes, each item opening with their noun ("Hội viên nữ
            # 5.117 người, chiếm 52%; hội viên là người dân tộc thiểu số 6.208 người, …") is of all
            # members; a list of grades may be of those graded only
            if not _attribute_list(ctx, part, p) or _GRADING.search(low, s0, p.end):
                continue
        words = words or []
        rival = False
        base = _sole_base(ctx, part)
        if base is None:
            key = _named_people(part, after) or _named_own(part, after)
            base = _sole_base(ctx, part, key) if key else None
            if base is None and (key := _label_people(ctx, part)):
                base = _sole_base(ctx, part, key)
                # (a fit is told; a miss only if no other count of the noun is said in people)
                rival = base is not None and _said_in_people(ctx, part, key, base)
        if base is None or base.sent == part.sent:
            continue  # a whole in the claim's own sentence: the rules above read it
        if _SOLE_NOT_TOTAL.search(ctx.before_low(base, 30)):
            continue  # a change, a plan or a remainder is not the whole of a share
        if _INFLOW_BEFORE.search(ctx.before_low(base, 30)) and re.match(r"\s*tổng\s+số\b", after):
            continue  # "kết nạp 1.250 đảng viên" … "chiếm 35% tổng số đảng viên": all members
        nb = ctx.next_in_sent(base)
        if nb is not None and nb.type == "percent" and share_link(ctx.gap(base, nb)):
            continue  # the whole is itself a share of something larger
        bs, be = ctx.sentence_span(base.sent)
        base_sent = low[bs:be]
        base_words = set(norm_words(base_sent).split())
        if any(w not in base_words for w in words):
            continue  # "chiếm 30% số hộ nghèo" with "3.000 hộ" stated: another whole
        s, _ = ctx.sentence_span(p.sent)
        claim = low[s : p.end]
        named = re.split(r"[;.]", after, maxsplit=1)[0]  # "… tổng số thôn, tổ dân phố của tỉnh"
        claim_all = claim + " " + named
        if _SOLE_OTHER_TIME.search(claim) or _SOLE_SCOPE.search(low, s, part.start):
            continue  # another moment, or "trong số đảng viên nữ, có 95 …": another whole
        if not _same_moment(claim, base_sent):
            continue
        lvl = _SOLE_LEVEL.search(named)
        if lvl is not None and lvl.group(1) not in base_sent:
            continue  # "… chiếm 90% tổng số thôn của tỉnh" after "Huyện có 186 thôn"
        places = [m.group(0).lower() for m in _SOLE_PLACE.finditer(ctx.text[s : p.start])]
        if any(pl not in base_sent for pl in places) and lvl is None:
            continue  # "Xã Tân An có 40 hộ nghèo, chiếm …": one place inside the whole's
        desc = descriptor(ctx, base)[len(base.unit.key) :]
        # "… kết nạp 287 đảng viên mới. Trong số đó có 96 …": the claim points at that very set
        pointed = base.sent == p.sent - 1 and _ANAPHOR_OPEN.match(low[s : s + 40]) is not None
        if not pointed and any(m.group(0) not in claim_all for m in _SOLE_SUBSET.finditer(desc)):
            continue
        if link[1]:
            # a bare "đạt": only for a make-up whole ("có", "gồm", "Tổng số … là") and with no
            # plan in sight
            made_up = _SOLE_HAS.search(ctx.before_low(base, 20)) or _TOTAL_IS.match(
                ctx.lower_slice(ctx.clause(base.start)[0], base.start)
            )
            if not made_up or _SOLE_PLAN.search(low[: min(len(low), p.end + 40)]):
                continue
        pv = judge_stated(100 * part.value / base.value, p)  # type: ignore[operator]
        if pv is None or pv.judgement.verdict not in ("consistent", "inconsistent"):
            continue
        if pv.judgement.verdict == "inconsistent" and (
            rival
            or _whole_of_another_moment(ctx, base, p)
            or _subset_named_again(ctx, base, part, claim)
            or (not pointed and _subset_base(ctx, base))
            or not _plain_stock(
                ctx,
                base,
                " ".join([*words, descriptor(ctx, part)]),
                low[s : p.start] if _own_noun_only(after, part) else "",
                pointed,
            )
            or _searched_doubt(ctx, base, part)
            or _members_own(ctx, part, base)
            or _subject_elsewhere(ctx, part, base)
            or _group_elsewhere(ctx, part, base)
            or _narrower_subject(ctx, part, base)
            or _rate_told_after(ctx, p)
            or _base_has_siblings(ctx, base, named, part)
            or _group_name_dropped(ctx, base, claim)
            or _units_moved(ctx, base, p)
        ):
            continue  # another moment's or another group's count: no proof
        what = (
            f"total {as_written(base):g} {_unit_written(base)}, the one stated before",
            f"tổng số {base.m.text} nêu trước đó",
        )
        extra.append(_clause_row(ctx, None, part, base, p, pv, what))
    return _replacing(done, extra)


def _subset_named_again(ctx: Context, base: Fig, part: Fig, claim: str) -> bool:
    """ "Toàn huyện có 9.840 học sinh, trong đó 2.146 học sinh dân tộc thiểu số. Số học sinh dân
    tộc thiểu số được học … là 412 em, chiếm 19,2%": a subset split off the whole in its own
    sentence, whose words the claim says again, may be the claim's whole (a miss is no proof)."""
    _bs, be = ctx.sentence_span(base.sent)
    claim_words_seq = norm_words(claim).split()
    claim_words = set(claim_words_seq)
    for g in ctx.figs_from(base.end, min(be, part.start)):
        if g.type != "quantity" or not _sole_family(g, part):
            continue
        if not _SOLE_SUBSET_BEFORE.search(ctx.before_low(g, 40)):
            continue
        label = [
            w for w in norm_words(descriptor(ctx, g)).split() if w not in (g.unit.key or "").split()
        ]
        if len(label) >= 2 and all(w in claim_words for w in label):
            return True
        # ... or its label's three opening words said as a phrase (the verb and its object), the
        # rest a qualifier the claim need not repeat
        #   the subset split off                          the claim                        whole
        #   "…, trong đó 7.200 hội viên đóng hội phí đầy đủ"  "Hội viên nữ đóng hội phí 3.744 người"  7.200?
        #   "…, trong đó 640 hội viên nữ"                      "Hội viên nữ tham gia … 320 người"    (one word: no)
        phrase = norm_words(descriptor(ctx, g)).split()[len((g.unit.key or "").split()) :]
        if len(phrase) >= 3 and f" {' '.join(phrase[:3])} " in f" {' '.join(claim_words_seq)} ":
            return True
    return False


def _clause_row(
    ctx: Context,
    verdict: str | None,
    part: Fig,
    base: Fig,
    p: Fig,
    pv: PercentVerdict,
    what: tuple[str, str],
) -> Check:
    """A share row of a whole stated in another sentence, placed on the part's own clause."""
    c = _emit(ctx, verdict, [part], base, p, pv, what)
    c.start, c.end = ctx.clause(part.start, p.end)
    c.text = ctx.text[c.start : c.end]
    return c


def _replacing(done: list[Check], extra: list[Check]) -> list[Check]:
    """``done`` with the rows of the percents ``extra`` reads replaced by those readings."""
    if not extra:
        return done
    replaced = {c.mention_ids[-1] for c in extra}
    return [c for c in done if not (c.mention_ids and c.mention_ids[-1] in replaced)] + extra


# -- two counts each named by its own "Số <noun> … là N" clause: "Số đảng viên được miễn sinh hoạt
# là 27, số đảng viên dự bị là 18, chiếm 4,4%" (review 20b). The earlier one is the later one's
# whole only when its subject is the bare noun the later one narrows ("Số đảng viên là 412, số
# đảng viên dự bị là 18, chiếm 4,4%"); two subjects of their own are two things, no whole.
_COPULA_SUBJECT = re.compile(
    r"(?:^|[,;:.]\s*)số\s+(?:lượng\s+)?(?P<n>[^\d,;.()%]{1,60}?)\s+(?:hiện\s+)?(?:là|đạt|có)\s*$"
)


def _copula_subject(ctx: Context, f: Fig) -> str | None:
    s, _ = ctx.sentence_span(f.sent)
    hit = _COPULA_SUBJECT.search(ctx.lower_slice(max(s, f.start - 80), f.start))
    # "số đảng viên của Đảng bộ": the body it belongs to names no narrower group
    return norm_words(re.split(r"\s(?:của|toàn|trong)\s", hit.group("n"))[0]) if hit else None


def _sibling_subjects(ctx: Context, done: list[Check]) -> list[Check]:
    if "số" not in ctx.low:
        return done
    by_id = ctx.by_id()
    out = []
    for c in done:
        if c.kind == NAME and c.verdict == "inconsistent" and len(c.mention_ids) == 3:
            part, base = by_id.get(c.mention_ids[0]), by_id.get(c.mention_ids[1])
            if part is not None and base is not None and base.start < part.start:
                a, b = _copula_subject(ctx, base), _copula_subject(ctx, part)
                if a and b and not (b == a or b.startswith(a + " ")):
                    continue
        out.append(c)
    return out


# Review 20b: two counts of one noun listed side by side, each with its own predicate, are
# siblings, not a whole and its part: "Có 39 đồng chí tham gia công tác ở tổ dân phố, 12 đồng chí
# tham gia ở mặt trận, đoàn thể, chiếm 24,3% tổng số đảng viên" (24,3% is of all members).
#   example (our own)                                                                 told
#   "42 hộ tham gia tổ hợp tác, 18 hộ tham gia hợp tác xã, chiếm 12,5% số hộ"           nothing
#   "Xã có 42 hộ tham gia tổ hợp tác, trong đó 18 hộ ..., chiếm 40%"                    inconsistent
_SIBLING_MARK = re.compile(r"trong đó|trong số|\bgồm\b|riêng|\bcòn\b|:|\(|\bcó\b")
_FIRST_WORD = re.compile(r"\s*([^\W\d]+)")


def _sibling_counts(ctx: Context, done: list[Check]) -> list[Check]:
    by_id = ctx.by_id()
    out = []
    for c in done:
        if c.kind == NAME and c.verdict == "inconsistent" and len(c.mention_ids) == 3:
            part, base = by_id.get(c.mention_ids[0]), by_id.get(c.mention_ids[1])
            if (
                part is not None and base is not None and base.sent == part.sent
                and base.start < part.start and base.unit.key == part.unit.key
            ):  # fmt: skip
                gap = ctx.lower_slice(base.end, part.start)
                a = _FIRST_WORD.match(ctx.low, base.end)
                b = _FIRST_WORD.match(ctx.low, part.end)
                if (
                    not _SIBLING_MARK.search(gap) and ("," in gap or ";" in gap)
                    and a and b and a.group(1) == b.group(1)
                    and a.group(1) not in ("và", "của", "trong", "là", "chiếm")
                ):  # fmt: skip
                    continue
        out.append(c)
    return out


# -- a share whose whole is given in the bracket right after its percent: "có 8.640 hộ đạt danh
# hiệu gia đình văn hóa, đạt tỷ lệ 92,3% (tổng số 9.360 hộ)". The bracket opens with "tổng số"
# (or "trên/trong tổng số"), gives one count of the part's own unit and closes; the part is the
# count right before the percent, tied to it by "chiếm", "đạt (tỷ lệ)", "bằng" or a bare comma.
#   example (our own)                                                                  told
#   "8.640 hộ đạt gia đình văn hóa, đạt tỷ lệ 91,2% (tổng số 9.360 hộ)"                   inconsistent
#   "8.640 hộ đạt gia đình văn hóa, đạt tỷ lệ 92,3% (tổng số 9.360 hộ)"                   consistent
#   "8.640 hộ …, đạt tỷ lệ 91,2% (tổng số 9.360 nhân khẩu)"                               nothing
#   "8.640 hộ …, đạt 91,2% kế hoạch (tổng số 9.360 hộ)"                                   nothing
_TOTAL_BRACKET = re.compile(
    r"\s*\(\s*(?:trên\s+|trong\s+)?tổng\s+số(?:\s+[^\W\d]+){0,3}?\s*:?\s*(?=\d)"
)
_TIED_PCT = re.compile(
    r"^\s*(?:[^\W\d]+\s+){0,8}?[^\W\d]*\s*,?\s*(?:chiếm|đạt|bằng)(?:\s+tỷ lệ|\s+tỉ lệ)?\s*$"
)


def _bracket_totals(ctx: Context, done: list[Check]) -> list[Check]:
    out: list[Check] = []
    if "tổng số" not in ctx.low:
        return out
    told = {c.mention_ids[-1] for c in done if c.mention_ids}
    # the percent figures only: the first test below drops every other one
    for p in ctx.percents:
        if p.type != "percent" or p.value is None or p.id in told or p.qual != "exact":
            continue
        hit = _TOTAL_BRACKET.match(ctx.low, p.end)
        if hit is None:
            continue
        base = ctx.next_in_sent(p)
        part = ctx.prev_in_sent(p)
        if (
            base is None or part is None or base.start != hit.end()
            or base.type != "quantity" or part.type != "quantity"
            or not base.exact_count or not part.exact_count or not base.value
            or base.unit.key != part.unit.key or not base.unit.key
            or not ctx.text[base.end : base.end + 3].lstrip().startswith(")")
            or part.value > base.value  # type: ignore[operator]
        ):  # fmt: skip
            continue
        if not _TIED_PCT.match(ctx.gap(part, p).lower()):
            continue
        if vocab.TARGET_AFTER.match(ctx.after_low(p, 30)):
            continue  # "đạt 91,2% kế hoạch (…)": a plan's rate
        pv = judge_stated(100 * part.value / base.value, p)  # type: ignore[operator]
        if pv is None or pv.judgement.verdict not in ("consistent", "inconsistent"):
            continue
        base_what = (f"total {base.value:g}", f"tổng số {fmt(base.value, 'vi')}")
        why = render("share.named", part=part.value, base=base.value, base_what=base_what,
                     pct=pv.phrase)  # fmt: skip
        out.append(ctx.check(NAME, pv.judgement.verdict, [part.value, base.value, pv.stated],  # type: ignore[list-item]
                             [part, base, p], ctx.clause(part.start, base.end), expected=pv.calc,
                             observed=num(pv.stated), tolerance=num(pv.judgement.tolerance, 4),
                             why=why, rounding=pv.judgement.rounding))  # fmt: skip
    return out


# Review 21t: the whole in the bracket after the percent ("…, đạt tỷ lệ 92,3% (tổng số 9.360 hộ)")
# is the share's whole; a miss by another reading (a whole stated before, or a part that is a
# subset or a sibling) is no proof when a count of the sentence before the percent, or two counts
# listed side by side, give the percent of that whole.
#   example (our own)                                                                   told
#   "Có 8.640 hộ đạt gia đình văn hóa, trong đó 6.120 hộ được công nhận nhiều năm, đạt
#    tỷ lệ 92,3% (tổng số 9.360 hộ)"                                                     nothing
#   "Đã có 1.098 hộ được cấp giấy, còn 102 hộ chưa được cấp, đạt tỷ lệ 91,5% (tổng số
#    1.200 hộ)"                                                                          nothing
#   "Đã có 312 hộ được hỗ trợ, 46 hộ đang chờ xét duyệt, chiếm 12,8% (tổng số 2.800 hộ)"  nothing
#   "Có 8.640 hộ đạt gia đình văn hóa, đạt tỷ lệ 93,2% (tổng số 9.360 hộ)"               inconsistent
def _bracket_whole_fits(ctx: Context, done: list[Check]) -> list[Check]:
    if "tổng số" not in ctx.low or not any(c.verdict == "inconsistent" for c in done):
        return done
    fitted: set[str] = set()
    # the percent figures only: the first test below drops every other one
    for p in ctx.percents:
        if p.type != "percent" or p.value is None or not p.id:
            continue
        hit = _TOTAL_BRACKET.match(ctx.low, p.end)
        base = ctx.next_in_sent(p) if hit is not None else None
        if (
            hit is None or base is None or base.start != hit.end() or base.type != "quantity"
            or not base.exact_count or not base.value or not base.unit.key
            or not ctx.text[base.end : base.end + 3].lstrip().startswith(")")
        ):  # fmt: skip
            continue
        counts = [
            f.value for f in ctx.by_sent.get(p.sent, ())
            if f.end <= p.start and f.type == "quantity" and f.exact_count
            and f.unit.key == base.unit.key and f.value is not None and f.value <= base.value
        ]  # fmt: skip
        sums = counts + [a + b for a, b in zip(counts, counts[1:], strict=False)]
        for v in sums:
            pv = judge_stated(100 * v / base.value, p)  # type: ignore[operator]
            if pv is not None and pv.judgement.verdict == "consistent":
                fitted.add(p.id)
                break
    if not fitted:
        return done
    return [
        c for c in done
        if not (c.kind == NAME and c.verdict == "inconsistent" and c.mention_ids
                and c.mention_ids[-1] in fitted)
    ]  # fmt: skip


def _another_count_fits(ctx: Context, done: list[Check]) -> list[Check]:
    """A miss is no proof when another count stated before the part in its sentence gives the
    percent: "Kỳ thi có 215 học sinh dự thi, 198 em trúng tuyển, 64 em đạt điểm giỏi, chiếm 29,8%"
    is 64/215, not 64/198 (review 20b)."""
    by_id = ctx.by_id()
    starts = {id(a) for a, _b, _d, _v in change_pairs(ctx)}  # "từ 3.772 lên 4.126": left behind
    out = []
    for c in done:
        if c.kind == NAME and c.verdict == "inconsistent" and len(c.mention_ids) == 3:
            part, base, p = (by_id.get(i) for i in c.mention_ids)
            if part is not None and base is not None and p is not None and p.type == "percent":
                for g in ctx.by_sent.get(part.sent, ()):
                    if (
                        g.start >= part.start
                        or g is base
                        or g.type != "quantity"
                        or id(g) in starts
                    ):
                        continue
                    if not g.exact_count or not g.value or g.value <= base.value:  # type: ignore[operator]
                        continue  # a larger whole said before; a sibling part is no base
                    pv = judge_stated(100 * part.value / g.value, p)  # type: ignore[operator]
                    if pv is not None and pv.judgement.verdict == "consistent":
                        c = replace(
                            c,
                            verdict="unverifiable",
                            why=c.why + f"; {as_written(g):g} stated before it gives the percent",
                            why_vi=c.why_vi + f"; {g.m.text} nêu trước đó cho đúng tỷ lệ này",
                        )
                        break
        out.append(c)
    return out


# (session 35) The amount of a comparison, "So với năm trước giảm 7 cặp", "tăng 12 hộ so với năm
# 2023": read by ``refit_unsettled`` below (a "trong đó" after it does not tie the part to it).
# (A guard that made a miss against such an amount unverifiable was tried and dropped: "giảm 80
# hộ so với năm 2023, trong đó 60 hộ thoát nghèo nhờ vay vốn, chiếm 90%" is a real slip.)
_COMPARED_AMOUNT = re.compile(r"\b(?:tăng|giảm)(?:\s+(?:thêm|đi|được|còn))?\s*$")


# -- a whole the percent points back to by a demonstrative ------------------------------------
# "Hội có 12.480 hội viên là chủ hộ kinh doanh. Có 5.310 chị đã đăng ký …, chiếm 45,2% số hội viên
# nói trên"; "trường có 219 học sinh thuộc hộ nghèo, cận nghèo. … 73 em được nhận học bổng, chiếm
# 33,8% số học sinh thuộc diện này": the words after the percent name the whole by its noun and
# point back ("nói trên", "kể trên", "này", "đó"); the whole is the nearest earlier count of that
# noun, at most two sentences back. A miss is told only when no other count of that noun, of
# another value, stands in that window.
_POINTED = re.compile(
    r"\s*(?:của\s+)?(?:tổng\s+)?số\s+"
    # the noun alone, up to three words: not "số đảng viên … được tặng trong đợt này"
    r"(?P<n>[^\W\d]+(?:\s+(?!(?:của|trong|được|tại|ở|đã|đợt|lần|năm|kỳ)\b)[^\W\d]+){0,2}?)\s+"
    r"(?:nói trên|kể trên|trên đây|này|đó|thuộc diện này|thuộc diện trên)\b"
)
_POINTED_PEOPLE = frozenset({"em", "cháu", "cụ", "chị", "người", "đồng chí", "hội viên"})
_POINTED_BACK = 2  # sentences


def _pointed_wholes(ctx: Context, done: list[Check]) -> list[Check]:
    """Shares of a whole named and pointed back to after the percent (see above); they replace
    an unverifiable row of the same percent."""
    if "này" not in ctx.low and "trên" not in ctx.low and " đó" not in ctx.low:
        return done
    told = {c.mention_ids[-1] for c in done if c.mention_ids and c.verdict != "unverifiable"}
    extra: list[Check] = []
    # the percent figures only: the first test below drops every other one
    for p in ctx.percents:
        if p.type != "percent" or p.value is None or p.id in told:
            continue
        hit = _POINTED.match(ctx.low, p.end, min(len(ctx.low), p.end + 80))
        if hit is None:
            continue
        part = ctx.prev_in_sent(p)
        if part is None or part.type != "quantity" or not part.exact_count or not part.unit.key:
            continue
        if not _share_linked(ctx, part, ctx.gap(part, p)):
            continue
        named = unit_info(norm_words(hit.group("n")))
        if not (named.fams or named.generic):
            continue
        wholes, others = [], []
        for g in ctx.earlier(part, 60):
            if g.sent < part.sent - _POINTED_BACK:
                break
            if g.type != "quantity" or not g.exact_count or g.value is None:
                continue
            if not (g.unit.key == named.key or kin(g.unit, named) or _bare_kin(g.unit, named)):
                if g.unit.key in _POINTED_PEOPLE or _people(g.unit):
                    others.append(g)  # "58 em thuộc hộ nghèo": a group the words may mean
                continue
            wholes.append(g)
        if not wholes or wholes[0].value <= part.value:  # type: ignore[operator]
            continue
        base = wholes[0]
        if not (
            _same_kind(part, base)
            or (_people(part.unit) and _people(base.unit))
            or (part.unit.key in _POINTED_PEOPLE and _people(base.unit))
        ):
            continue
        pv = judge_stated(100 * part.value / base.value, p)  # type: ignore[operator]
        if pv is None or pv.judgement.verdict not in ("consistent", "inconsistent"):
            continue
        if pv.judgement.verdict != "consistent":
            # another count the words may point at, that fits: "… 58 em thuộc hộ nghèo; 12 em …,
            # chiếm 20,7% số học sinh thuộc diện này" is 12/58
            for g in [*wholes[1:], *others]:
                person = _people(g.unit) or g.unit.key in _POINTED_PEOPLE
                if g.value > part.value and person == _people(base.unit):  # type: ignore[operator]
                    again = judge_stated(100 * part.value / g.value, p)  # type: ignore[operator]
                    if again is not None and again.judgement.verdict == "consistent":
                        base, pv = g, again
                        break
        verdict = pv.judgement.verdict
        if verdict == "inconsistent" and len({g.value for g in wholes}) > 1:
            verdict = "unverifiable"  # "nói trên" may point at either of two counts
        if verdict == "inconsistent" and any(
            g.start > base.end and part.value < g.value < base.value  # type: ignore[operator]
            for g in others
        ):
            # "Trường có 640 học sinh, 58 em thuộc hộ nghèo; 12 em …, chiếm 20,7% số học sinh thuộc
            # diện này": the group said in between is the whole pointed at (review 20a)
            verdict = "unverifiable"
        what = (
            f"total {as_written(base):g} {_unit_written(base)}, the one pointed back to",
            f"tổng số {base.m.text} nói đến trước đó",
        )
        extra.append(_clause_row(ctx, verdict, part, base, p, pv, what))
    return _replacing(done, extra)


# -- a rate over the population stated earlier ------------------------------------------------
# "Dân số toàn huyện có 128.460 người. … Đảng bộ có 5.318 đảng viên; tỷ lệ đảng viên so với dân số
# đạt 4,1%" (the rate names the part's noun), "Dân số trung bình năm 2023 là 142.650 người. … số
# người tham gia bảo hiểm y tế là 133.420 người, đạt tỷ lệ bao phủ 93,5% dân số" (the part right
# before). The population is the one value stated with "dân số"/"số dân" in the document before;
# a place, a level or a time that sets the two apart silences the rule.
_POP_RATE = re.compile(
    r"(?:tỷ lệ|tỉ lệ)\s+(?P<x>[^\W\d][^\d;,.()%]{1,30}?)\s+(?:so với|trên)\s+(?:tổng\s+)?"
    r"(?:dân số|số dân)\s+(?:(?:là|đạt|chiếm|bằng|ở mức)\s+)?(?:khoảng\s+|gần\s+|trên\s+)?$"
)
_POP_GAP = re.compile(
    r"^(?:\s+[^\W\d]+){0,8}\s*,\s*(?:đạt|chiếm|bằng)\s+(?:tỷ lệ|tỉ lệ)(?:\s+[^\W\d]+){0,3}\s*$"
)
# "… là 110.562 người, tỷ lệ bao phủ bảo hiểm y tế đạt 95,8% dân số": the rate named first
_POP_GAP_NAMED = re.compile(
    r"^(?:\s+[^\W\d]+){0,8}\s*,\s*(?:tỷ lệ|tỉ lệ)\s+bao phủ(?:\s+[^\W\d]+){0,4}?"
    r"\s+(?:đạt|là|ở mức)\s*$"
)
_POP_TAIL = re.compile(
    r"^\s*(?:(?:so với|của|trên)\s+)?(?:tổng\s+)?(?:dân số|số dân)(?P<w>[^\d;,.()%]*)"
)
_POP_LEAD = re.compile(r"(?:dân số|số dân)(?P<w>[^.;\d]{0,50}?)(?:(?:19|20)\d{2}[^.;\d]{0,20})?$")
_POP_SOFT = frozenset(
    {"", "là", "có", "đạt", "khoảng", "trung", "bình", "năm", "toàn", "của", "chung"}
)


# The population named after the percent with words of its own that the population stated
# before does not say is another population (white-box review 21s); a fit is still told:
#   stated before                          the share                                  told
#   "Dân số toàn huyện có 128.460 người"   "… 18.640 người …, đạt 93,5% dân số thị trấn"  fit only
#   "Dân số toàn huyện có 128.460 người"   "… 121.480 người …, đạt 94,6% dân số"          a miss too
def _other_population(ctx: Context, base: Fig, p: Fig) -> bool:
    hit = _POP_TAIL.match(ctx.after_low(p, 60))
    if hit is None:
        return False
    words = set(norm_words(hit.group("w")).split()) - _POP_SOFT
    bs, be = ctx.sentence_span(base.sent)
    return bool(words - set(norm_words(ctx.lower_slice(bs, be)).split()))


def _stated_population(ctx: Context, before: Fig) -> Fig | None:
    """The one population count stated with "dân số"/"số dân" before ``before``."""
    found: list[Fig] = []
    for g in ctx.earlier(before, 200):
        if not g.exact_count or g.unit.key not in vocab.POPULATION_UNITS:
            continue
        s, _ = ctx.sentence_span(g.sent)
        lo = max(s, g.start - 80)
        lead = _POP_LEAD.search(ctx.lower_slice(lo, g.start))
        if (
            lead is None
            or ctx.prev_in_sent(g) is not None
            and ctx.prev_in_sent(g).start > lo + lead.start()
        ):  # type: ignore[union-attr]
            continue
        words = set(norm_words(lead.group("w")).split())
        if words - _POP_SOFT - set(_LEVELS):
            return None  # "dân số trong độ tuổi lao động", "dân số xã Tân An": another population
        found.append(g)
    return found[0] if len({g.value for g in found}) == 1 else None


_LEVELS = ("tỉnh", "huyện", "xã", "thành phố", "thị xã", "phường", "quận", "thị trấn")
_LEVEL_WORD = re.compile(r"\b(?:thành phố|thị xã|thị trấn|tỉnh|huyện|xã|phường|quận)\b")


def _levels(text: str) -> set[str]:
    return set(_LEVEL_WORD.findall(text))


_ADDED_BEFORE = re.compile(r"\b(?:thêm|tăng|mới|tăng thêm|giảm)\s*(?:được\s*)?$")


# The place's profile states its people as households and heads, with no "dân số" word: "có 12
# tổ dân phố với 6.214 hộ, 24.870 nhân khẩu", "24.406 hộ với khoảng 104.600 người". Such a count
# (of "nhân khẩu"/"dân", or of "người" right after a count of households) is the population when
# it is the only one the document states before the rate, outside brackets.
_PROFILE_PEOPLE_GAP = re.compile(r"^\s*(?:,|với|và|gồm)\s*$")
_PROFILE_HEADS = frozenset({"nhân khẩu", "dân"})


# The profile is what the place has ("Xã có …", "… với 2.940 hộ"), not households and people some
# event or programme touched ("ngập 320 hộ với 1.250 người", "hỗ trợ 46 hộ, 180 nhân khẩu")
_PROFILE_HAS = re.compile(r"\b(?:có|gồm|với)\b")
_PROFILE_NOT = re.compile(
    r"ngập|\blũ\b|bão|hỗ trợ|di dời|tái định cư|ảnh hưởng|nghèo|thiệt hại|sạt lở|di cư|thiếu|"
    r"tạm trú|đồng bào|dân tộc|tôn giáo|tín đồ|theo đạo|\bbị\b|\bđược\b|vay|chính sách|"
    r"khó khăn|kế hoạch|dự kiến|dự án|mục tiêu|\bđến năm\b|cứu trợ|thăm|tặng"
)


# (white-box review 30s) The profile is the PLACE's: the clause's subject, before its first "có"/
# "gồm"/"với", is a level ("Xã Tân Hòa", "Năm 2016, xã", "Trên địa bàn phường", "Pa Sáng là
# huyện …"), not a part, a group or an average of it ("Thôn Phú Lộc có", "Người Hoa ở thị trấn
# có", "Bình quân mỗi thôn có", "3 thôn ven biển có", "Khu đô thị mới … có"); no unit of the place
# is named without a count between ("Xã có thôn Đông với 420 hộ, …"); and the count of people ends
# its phrase ("… 4.980 người sống bằng nghề trồng lúa", "… nhân khẩu từ các tỉnh khác đến" are a
# subset).
_PROFILE_LEVEL = r"(?:thành phố|thị xã|thị trấn|tỉnh|huyện|xã|phường|quận)"
_PROFILE_SUBJECT = re.compile(
    rf"^(?:toàn\s+|trên địa bàn\s+|địa bàn\s+)?(?P<lv>{_PROFILE_LEVEL})\b|"
    rf"\blà\s+(?:một\s+)?(?:đơn vị\s+)?(?P<lv2>{_PROFILE_LEVEL})\b"
)
_PROFILE_UNIT = re.compile(
    r"\b(?:thôn|ấp|bản|buôn|làng|xóm|khóm|tổ dân phố|khu phố|khu vực|khu|cụm|vùng)\b"
)
_PROFILE_UNIT_AFTER = re.compile(rf"(?:\d|{_PROFILE_UNIT.pattern})\s*,?\s*$")  # "66 ấp, khu phố"
_PROFILE_ENDS = re.compile(r"^\s*(?:$|[.;,:(]|và\b|trong đó\b)")


def _profile_holder(ctx: Context, g: Fig, lead: str) -> str | None:
    """The level word of the place whose profile ``g`` (its clause's ``lead``) states, else None."""
    has = _PROFILE_HAS.search(lead)
    if has is None or not _PROFILE_ENDS.match(ctx.after_low(g, 20)):
        return None
    subject = lead[: has.start()].strip()
    level = None
    for seg in subject.split(","):
        hit = _PROFILE_SUBJECT.search(seg.strip())
        if hit is not None:
            level = hit.group("lv") or hit.group("lv2")
    if level is None:
        return None
    # a unit of the place named with no count before it: "Xã có thôn Đông với 420 hộ, …"
    rest = lead[has.start() :]
    for m in _PROFILE_UNIT.finditer(rest):
        if not _PROFILE_UNIT_AFTER.search(rest[: m.start()]):
            return None
    return level


def _profile_people(ctx: Context, g: Fig) -> bool:
    return _profile_level(ctx, g) is not None


def _profile_level(ctx: Context, g: Fig, loose: bool = False) -> str | None:
    """The holder's level word when ``g`` is the people of a place's profile, else None
    (``loose``: "*" for any count of households' people said with "có"/"gồm"/"với")."""
    if g.type != "quantity" or g.qual not in ("exact", "approx") or not g.value:
        return None
    if not (g.exact_count or g.qual == "approx") or _in_open_bracket(ctx, g):
        return None
    s, _ = ctx.sentence_span(g.sent)
    lead = ctx.lower_slice(max(s, ctx.text.rfind(";", s, g.start) + 1), g.start)
    if not _PROFILE_HAS.search(lead) or _PROFILE_NOT.search(lead):
        return None
    if not _profile_heads(ctx, g):
        return None
    return "*" if loose else _profile_holder(ctx, g, lead)


def _profile_heads(ctx: Context, g: Fig) -> bool:
    if g.unit.key in _PROFILE_HEADS:
        return True
    if g.unit.key != "người":
        return False
    prev = ctx.prev_in_sent(g)
    return (
        prev is not None
        and prev.type == "quantity"
        and prev.unit.key == "hộ"
        and bool(_PROFILE_PEOPLE_GAP.match(ctx.gap(prev, g).lower()))
    )


def _profile_population(ctx: Context, before: Fig) -> Fig | None:
    """The one profile population (see above) stated before ``before``, else None."""
    if "dân số" in ctx.low or "số dân" in ctx.low:
        # a population stated with "dân số" anywhere: that reading (_stated_population) decides
        if any(
            g.unit.key in vocab.POPULATION_UNITS
            and _POP_LEAD.search(ctx.lower_slice(max(0, g.start - 80), g.start))
            for g in ctx.quantities
            if g.start < before.start
        ):
            return None
    # every count that looks like a profile, of the place or of a part, a group or another
    # moment ("…; đến nay có 2.480 hộ, 9.860 nhân khẩu", "thôn Đông có 420 hộ, 1.690 nhân
    # khẩu"), must be the one value (review 30s)
    loose = [
        g
        for g in ctx.quantities
        if g.start < before.start and _profile_level(ctx, g, True) is not None
    ]
    if len({g.value for g in loose}) != 1:
        return None
    found = [g for g in loose if _profile_people(ctx, g)]
    return found[0] if found else None


_PLAIN_INSURED = re.compile(
    r"(?:^|,)\s*(?:(?:về|trong)\s+[^\d,]{1,20},\s*)?(?:tổng\s+)?số người\s+(?:tham gia|có thẻ)"
    r"\s+(?:bảo hiểm y tế|bhyt)\s*(?:là|đạt)?\s*$"
)


def _pop_lead_text(ctx: Context, base: Fig) -> str:
    """The words from "dân số"/"số dân" to the population ``base`` ("dân số năm 2023 là ")."""
    s, _ = ctx.sentence_span(base.sent)
    lead = _POP_LEAD.search(ctx.lower_slice(max(s, base.start - 80), base.start))
    return lead.group(0) if lead is not None else ""


def _pop_of_units(ctx: Context, base: Fig) -> bool:
    """Is ``base`` said "với dân số N" of the units counted just before, with no comma between
    ("6 xã vùng cao … cùng sinh sống với dân số 24.800 người", "38 thôn đặc biệt khó khăn với
    dân số 14.300 người")? Then it may be a part of the place's population (review 30s)."""
    lead = _pop_lead_text(ctx, base)
    if not lead:
        return False
    at = base.start - len(lead)
    prev = ctx.prev_in_sent(base)
    if prev is None or prev.end > at or not ctx.low[:at].rstrip().endswith("với"):
        return False
    return not re.search(r"[,;:()]", ctx.low[prev.end : at])


def _population_rates(ctx: Context, done: list[Check]) -> list[Check]:
    told = {c.mention_ids[-1] for c in done if c.mention_ids}
    if (
        "dân số" not in ctx.low
        and "số dân" not in ctx.low
        and "bao phủ" not in ctx.low
    ):
        return []
    out: list[Check] = []
    # the percent figures only: the first test below drops every other one
    for p in ctx.percents:
        if p.type != "percent" or p.value is None or p.id in told:
            continue
        s, _ = ctx.sentence_span(p.sent)
        clause_lo = max(s, ctx.low.rfind(";", s, p.start) + 1)
        lead = ctx.lower_slice(clause_lo, p.start)
        part: Fig | None = None
        soft = False
        rate = _POP_RATE.search(lead)
        if rate is not None:
            x = norm_words(rate.group("x"))
            cands = [
                g
                for g in ctx.earlier(p, 30)
                if g.sent >= p.sent - 1
                and g.exact_count
                and g.unit.key == x
                and not _in_open_bracket(ctx, g)  # "864 đảng viên (831 đảng viên chính thức, …)"
            ]
            if not cands or len({g.value for g in cands}) != 1:
                continue
            part = cands[0]
            tail = ""
        else:
            part = ctx.prev_in_sent(p)
            if part is None or not part.exact_count or part.unit.key not in vocab.POPULATION_UNITS:
                continue
            gap = ctx.gap(part, p).lower()
            if not (_POP_GAP.match(gap) or _POP_GAP_NAMED.match(gap)):
                continue
            if _ADDED_BEFORE.search(ctx.before_low(part, 20)):
                continue  # "có thêm 4.250 người tham gia …, đạt tỷ lệ bao phủ 93,5%": a flow
            hit = _POP_TAIL.match(ctx.after_low(p, 60))
            if hit is None:
                if "bao phủ" not in gap or not re.match(r"\s*(?:[.;]|$)", ctx.after_low(p, 5)):
                    continue
                # "…, đạt tỷ lệ bao phủ 93,7%." names no base: coverage is of the population,
                # a fit is told, a miss is no proof
                soft = True
                tail = ""
            else:
                tail = norm_words(hit.group("w"))
        base = _stated_population(ctx, part)
        holder: str | None = None
        if base is None:
            base = _profile_population(ctx, part)
            # a population given roughly ("khoảng 104.600 người"): a fit is told, a miss is not
            soft = soft or (base is not None and base.qual != "exact")
            holder = _profile_level(ctx, base) if base is not None else None
            if base is not None:
                # "Năm 2019, xã có 2.600 hộ, 10.200 nhân khẩu": a dated profile proves no slip
                # of a claim that does not name its year (review 30s)
                bs0, be0 = ctx.sentence_span(base.sent)
                ys = set(_SOLE_YEAR.findall(ctx.lower_slice(bs0, be0)))
                cs0, ce0 = ctx.sentence_span(p.sent)
                if ys and not ys & set(_SOLE_YEAR.findall(ctx.lower_slice(cs0, ce0))):
                    soft = True
        elif _pop_of_units(ctx, base):
            soft = True
        if base is None or base.value <= part.value or base.sent == p.sent:  # type: ignore[operator]
            continue
        if rate is None and not soft and (holder or not _POP_GAP.match(ctx.gap(part, p).lower())):
            # (review 30s) the new ways (a profile's people, a rate named before its percent)
            # prove a slip only of the plain count of the insured: "Số người tham gia bảo hiểm
            # y tế là N người"; "…, trong đó học sinh 18.230 người", "còn 980 người chưa tham
            # gia", "Số người mới tham gia …", "Người dân tộc thiểu số tham gia …": a fit only
            ps, _ = ctx.sentence_span(part.sent)
            plo = max(ps, ctx.low.rfind(";", ps, part.start) + 1)
            if ctx.figs_from(plo, part.start) or not _PLAIN_INSURED.search(
                ctx.lower_slice(plo, part.start)
            ):
                soft = True
        bs, be = ctx.sentence_span(base.sent)
        base_sent = ctx.low[bs:be]
        if any(w not in base_sent.split() for w in tail.split()):
            continue  # "dân số trong độ tuổi", "dân số toàn tỉnh" after the district's
        claim = ctx.low[min(s, ctx.sentence_span(part.sent)[0]) : p.end]
        claim = re.sub(r"(?:so với|trên)\s+(?:tổng\s+)?(?:dân số|số dân)", " ", claim)
        if _SOLE_OTHER_TIME.search(claim) or not _same_moment(claim, base_sent):
            continue
        places = [m.group(0).lower() for m in _SOLE_PLACE.finditer(ctx.text[s : p.end])]
        if any(pl not in base_sent for pl in places):
            continue
        mine, theirs = _levels(claim), _levels(base_sent)
        if mine and theirs and not mine & theirs:
            continue  # "Dân số toàn tỉnh …" against "Huyện có 5.318 đảng viên"
        if holder and mine and holder not in mine:
            continue  # "Huyện có 14 xã với … nhân khẩu" against "Ở xã vùng cao …, đảng bộ có …"
        years = set(_SOLE_YEAR.findall(_pop_lead_text(ctx, base)))
        if years and set(_SOLE_YEAR.findall(claim)) - years:
            continue  # "dân số năm 2023 là 98.240 người" against "Năm 2024, số người …"
        pv = judge_stated(100 * part.value / base.value, p)  # type: ignore[operator]
        if pv is None or pv.judgement.verdict not in ("consistent", "inconsistent"):
            continue
        if soft and pv.judgement.verdict != "consistent":
            continue
        what = ("population", "dân số")
        c = _emit(ctx, None, [part], base, p, pv, what)
        c.start, c.end = ctx.clause(min(part.start, p.start), p.end)
        c.text = ctx.text[c.start : c.end]
        out.append(c)
    return out


# -- a share of the population the profile sentence itself states -----------------------------
# "Xã có 10 thôn, 2.940 hộ với 12.380 nhân khẩu; đồng bào dân tộc thiểu số 4.215 người, chiếm
# 34%", "… khoảng 96.300 nhân khẩu; có 4 tôn giáo với khoảng 21.000 tín đồ, chiếm 21,8% dân số":
# the count right before "chiếm P%" over the profile population (see :func:`_profile_people`)
# stated earlier in that sentence, with no other count of people between them. The part counts
# people (or the percent names "dân số"); a rough figure on either side tells a fit only.
_PROFILE_LINK = re.compile(r"^\s*,\s*chiếm(?:\s+(?:tỷ lệ|tỉ lệ))?\s*$")
_PROFILE_END = re.compile(r"^\s*(?:[.;,]|$)")
_PROFILE_SPLIT = re.compile(r"^\s*[,;:]\s*trong đó\b")


def _profile_shares(ctx: Context, done: list[Check]) -> list[Check]:
    if "nhân khẩu" not in ctx.low and " hộ với " not in ctx.low:
        return []
    told = {c.mention_ids[-1] for c in done if c.mention_ids}
    out: list[Check] = []
    # the percent figures only: the first test below drops every other one
    for p in ctx.percents:
        if p.type != "percent" or p.value is None or p.id in told:
            continue
        part = ctx.prev_in_sent(p)
        if part is None or part.type != "quantity" or part.qual not in ("exact", "approx"):
            continue
        if not _PROFILE_LINK.match(ctx.gap(part, p).lower()):
            continue
        after = ctx.after_low(p, 60)
        hit = _POP_TAIL.match(after)
        if hit is not None:
            if set(norm_words(hit.group("w")).split()) - _POP_SOFT:
                continue  # "dân số trong độ tuổi lao động": another population
            named = True
        elif _PROFILE_END.match(after):
            named = False
        else:
            continue
        if part.unit.key == "hộ" or not ("person" in part.unit.fams or named):
            continue
        base: Fig | None = None
        g = ctx.prev_in_sent(part)
        while g is not None:
            if _profile_people(ctx, g):
                base = g
                break
            if g.type == "quantity" and ("person" in g.unit.fams or _people(g.unit)):
                break  # another count of people between: the part may be of that
            g = ctx.prev_in_sent(g)
        if base is None or not base.value or base.value <= part.value:  # type: ignore[operator]
            continue
        # "12.380 nhân khẩu, trong đó người Khmer 4.215 khẩu": a split of the population itself;
        # a split said later, "riêng", a bracket or another percent between: of something else
        between = _PROFILE_SPLIT.sub(" ", ctx.lower_slice(base.end, part.start), count=1)
        if re.search(r"\btrong đó\b|\briêng\b|\btrong số\b|\(|%", between):
            continue
        pv = judge_stated(100 * part.value / base.value, p)  # type: ignore[operator]
        if pv is None or pv.judgement.verdict not in ("consistent", "inconsistent"):
            continue
        if pv.judgement.verdict != "consistent" and (base.qual != "exact" or part.qual != "exact"):
            continue
        c = _emit(ctx, None, [part], base, p, pv, ("population", "dân số"))
        c.start, c.end = ctx.clause(min(part.start, p.start), p.end)
        c.text = ctx.text[c.start : c.end]
        out.append(c)
    return out


# -- the rate at which a mass organisation gathers its people ("tỷ lệ tập hợp") ----------------
# "Hội có 11.846 hội viên, tăng 1.127 hội viên so với đầu nhiệm kỳ (10.719 hội viên); tỷ lệ tập
# hợp đạt 72,8% so với tổng số hộ nông dân (16.272 hộ)", "Tổng số hội viên là 186.452 người, tập
# hợp được 71,4% trong tổng số 261.130 phụ nữ từ 18 tuổi trở lên": the rate is the members over
# the people the organisation gathers from. The members are the one count of members stated
# before the rate in its sentence (or, when the rate's sentence states no count before it, in
# the sentence before), neither a change nor in brackets; the base is stated right after the
# rate, in brackets after the noun it names or after "trong/trên/so với tổng số".
_GATHER_LEAD = re.compile(
    r"(?:(?:tỷ lệ|tỉ lệ)\s+tập hợp(?:\s+(?:hội viên|đoàn viên|đoàn viên, hội viên|thanh niên|"
    r"phụ nữ|nông dân|cựu chiến binh|công nhân|người lao động|cnvclđ))?"
    r"(?:\s+(?:đạt|là|ở mức|chiếm))?|\btập hợp\s+được)\s*:?\s*$"
)
# the words after the base up to its clause's end name no narrower scope ("… 2.980 cựu chiến binh
# của 3 xã vùng cao", "… ở các xã vùng cao"); "trên địa bàn", "thuộc diện tập hợp" describe it
_GATHER_BASE_TAIL = re.compile(r"^[^.;,()]*")
_GATHER_NARROWER = re.compile(r"\d|\b(?:của|ở|tại|riêng|trong đó)\b")
_GATHER_BASE = re.compile(
    r"^\s*(?:(?:so với|trong|trên)\s+)?(?:tổng\s+)?số\s+(?P<w>[^;()%\d]{2,50}?)"
    r"(?:\s*\(\s*|\s+(?:là|có)\s+)$"
)
_GATHER_BASE_DIRECT = re.compile(r"^\s*(?:so với|trong|trên)\s+(?:tổng\s+)?số\s+$")
_AGE_PHRASE = re.compile(
    r"\s*(?:từ\s+\d+\s+(?:đến|-)\s+\d+\s+tuổi|(?:từ|trên|dưới)\s+\d+\s+tuổi(?:\s+trở\s+lên)?)\s*"
)
_MEMBER_HEADS = ("hội viên", "đoàn viên", "người", "cnvclđ")
_NOT_MEMBERS_NOW = re.compile(
    r"\b(?:tăng|giảm|thêm|mới|kết nạp|phát triển|so với|đầu nhiệm kỳ|cuối nhiệm kỳ|năm trước)"
    r"(?:\s+[^\W\d]+){0,3}\s*(?:được\s+)?$"
)


# a moment said between the members and their rate (asides and comparisons left out)
_GATHER_ASIDES = re.compile(r"\([^()]*\)|\bso với\b[^,;()]*")
_GATHER_SCOPE = re.compile(
    r"\b(?:riêng|khu vực|trong đó|ở các|tại các|(?:ở|tại) (?:xã|phường|huyện|thị trấn|thôn|ấp))\b"
)
_GATHER_OTHER_TIME = re.compile(
    r"\b(?:năm (?:19|20)\d{2}|đầu nhiệm kỳ|cuối nhiệm kỳ|năm trước|cùng kỳ|trước đây|hiện nay|"
    r"đến nay|tháng \d+)\b"
)


def _in_brackets(ctx: Context, lo: int, g: Fig) -> bool:
    opened = ctx.text.count("(", lo, g.start) - ctx.text.count(")", lo, g.start)
    return opened > 0


def _members_before(ctx: Context, p: Fig, cue: int) -> Fig | None:
    """The one count of members stated before the rate ``p`` (see above), else None. The
    sentence before is read only when the rate opens its sentence ("Tỷ lệ tập hợp đạt …")."""
    s, _ = ctx.sentence_span(p.sent)
    opens = len(ctx.lower_slice(s, cue).split()) <= 2
    for sent in (p.sent, p.sent - 1) if opens else (p.sent,):
        lo, hi = ctx.sentence_span(sent)
        counts = [
            g for g in ctx.by_sent.get(sent, []) if g.type == "quantity" and g.start < p.start
        ]
        if not counts:
            continue
        members = [
            g
            for g in counts
            if g.exact_count
            and g.unit.key.startswith(_MEMBER_HEADS)
            and not _in_brackets(ctx, lo, g)
            and not _NOT_MEMBERS_NOW.search(ctx.lower_slice(max(lo, g.start - 30), g.start))
        ]
        if len({g.value for g in members}) != 1:
            return None
        return members[0]
    return None


# An alarm needs the plain reading (white-box review 18 drew 22 alarms from looser ones): the
# members stated as the body's own ("Hội có N hội viên", "tổng số hội viên là N người", nothing
# after the noun), the rate not in brackets, no target, other moment, other body or scope in the
# rate's sentence, and a base among the usual populations, with nothing narrower said of it.
_OWN_MEMBERS_LEAD = re.compile(
    r"(?:\b(?:có|với|gồm)\s+(?:tổng số\s+)?|(?:tổng\s+)?số\s+(?:hội viên|đoàn viên)"
    r"(?:\s+(?:hiện nay|hiện có|đến nay|toàn (?:tỉnh|huyện|xã)))?\s*(?:là|có|đạt|:)\s*)$"
)
_GATHER_NOT_PLAIN = re.compile(
    r"\b(?:phấn đấu|mục tiêu|chỉ tiêu|dự kiến|kế hoạch|đến năm|phải|sẽ|tính cả|tính theo|"
    r"thời điểm|đầu nhiệm kỳ|cuối nhiệm kỳ|nhiệm kỳ trước|năm trước|cùng kỳ|toàn tỉnh|toàn huyện|"
    r"toàn xã|toàn thị xã|toàn thành phố|khối|khu công nghiệp|doanh nghiệp|riêng|thuộc\s+[\d.]+\s+hộ)\b"
)
_OTHER_BODY = re.compile(r"\b(?:Hội|Đoàn|Công đoàn|Liên đoàn|Chi hội|Chi đoàn)\s+[A-ZĐ]")
_PLAIN_BASE = re.compile(
    r"^(?:hộ(?: nông dân| nông nghiệp| sản xuất nông nghiệp)?|phụ nữ|thanh niên(?: trong độ tuổi)?"
    r"|cựu chiến binh|nông dân|người lao động|công nhân, viên chức, lao động|công nhân lao động)"
    r"(?:\s+(?:trên địa bàn|thuộc diện tập hợp(?: vào hội)?))?$"
)


def _gathering_settled(ctx: Context, part: Fig, p: Fig, base: Fig, noun: str, between: str) -> bool:
    s, e = ctx.sentence_span(p.sent)
    if _in_brackets(ctx, s, p) or not _PLAIN_BASE.match(noun):
        return False
    if "tập hợp được" in ctx.before_low(p, 20) and not re.fullmatch(
        r"\s*,?\s*tập hợp được\s*", ctx.gap(part, p).lower()
    ):
        return False  # "câu lạc bộ dân vũ của thôn tập hợp được 45% …": another gatherer
    if not _OWN_MEMBERS_LEAD.search(ctx.before_low(part, 40)):
        return False  # "tập huấn cho 1.850 người", "tín chấp cho 1.420 hội viên vay vốn"
    if descriptor(ctx, part) != part.unit.key:
        return False  # "1.230 hội viên được tập huấn": a group, not the membership
    rate_lo = max(s, ctx.text.rfind(";", s, p.start) + 1)
    clause = ctx.lower_slice(rate_lo, min(e, base.end + 60))
    if _GATHER_NOT_PLAIN.search(clause) or _GATHER_NOT_PLAIN.search(between):
        return False
    if _GATHER_OTHER_TIME.search(between) or _OTHER_BODY.search(ctx.text[part.end : p.start]):
        return False
    # the members counted by households elsewhere: a rate over households may be of those
    return not ("hộ" in noun.split()[:1] and re.search(r"hộ có hội viên|hội viên thuộc", ctx.low))


def _gathering_rates(ctx: Context, done: list[Check]) -> list[Check]:
    if "tập hợp" not in ctx.low:
        return []
    told = {c.mention_ids[-1] for c in done if c.mention_ids}
    out: list[Check] = []
    # the percent figures only: the first test below drops every other one
    for p in ctx.percents:
        if p.type != "percent" or p.value is None or p.id in told:
            continue
        s, e = ctx.sentence_span(p.sent)
        lo = max(s, p.start - 50)
        lead = _GATHER_LEAD.search(ctx.lower_slice(lo, p.start))
        if lead is None:
            continue
        base = next(
            (g for g in ctx.figs_from(p.end, e) if g.type == "quantity" and g.unit.key != "tuổi"),
            None,
        )
        if base is None or not base.exact_count:
            continue
        gap = _AGE_PHRASE.sub(" ", ctx.gap(p, base).lower())
        hit = _GATHER_BASE.match(gap)
        if hit is None and not _GATHER_BASE_DIRECT.match(gap):
            continue
        if hit is not None and "(" in gap and not ctx.after_low(base, 3).lstrip().startswith(")"):
            continue  # "(16.272 hộ, …)": the bracket says more than the base
        tail = _GATHER_BASE_TAIL.match(_AGE_PHRASE.sub(" ", ctx.after_low(base, 60)))
        if hit is None and tail is not None and _GATHER_NARROWER.search(tail.group(0)):
            continue  # "… 2.980 cựu chiến binh của 3 xã vùng cao": the base of a part
        part = _members_before(ctx, p, lo + lead.start())
        if part is None or base.value <= part.value:  # type: ignore[operator]
            continue
        pv = judge_stated(100 * part.value / base.value, p)  # type: ignore[operator]
        if pv is None or pv.judgement.verdict not in ("consistent", "inconsistent"):
            continue
        between = _GATHER_ASIDES.sub(" ", ctx.gap(part, p).lower())
        if _GATHER_SCOPE.search(between):
            continue  # "Riêng khu vực đô thị, tỷ lệ tập hợp đạt …": the rate of a part
        noun = " ".join((hit.group("w") if hit else descriptor(ctx, base)).split())
        if pv.judgement.verdict == "inconsistent" and not _gathering_settled(
            ctx, part, p, base, noun, between
        ):
            continue  # a fit is told; a miss on a looser reading is no proof (review 18)
        ctx.memo.setdefault("share.named_bases", set()).add(base.id)  # type: ignore[union-attr]
        what = (f"the people gathered from: '{noun}'", f"đối tượng tập hợp: '{noun}'")
        c = _emit(ctx, None, [part], base, p, pv, what)
        c.start, c.end = ctx.clause(min(part.start, p.start), base.end)
        c.text = ctx.text[c.start : c.end]
        out.append(c)
    return out


# -- a grading table by columns: "Loại hình | Số tổ chức | HTXSNV | HTTNV | HTNV | Không HTNV | Tỷ
# lệ tốt trở lên" then "Đảng bộ xã | 21 | 4 | 15 | 2 | 0 | 90,5%": per row, (the grades up to the
# named one) / the graded, the graded being the count column right before the grades. As for
# the rate rows above, a row is told only when its four grades add up to its graded count.
#   row (our own)                                   told
#   "Khối xã | 21 | 4 | 15 | 2 | 0 | 90,5%"          (4 + 15) / 21 = 90,48% -> 90,5%
#   "Khối xã | 21 | 4 | 15 | 2 | 0 | 92,5%"          inconsistent
#   "Khối xã | 22 | 4 | 15 | 2 | 0 | 90,5%"          (the grades make 21, not 22: silent)
_GRADE_COLUMN = (
    re.compile(r"^(?:hoàn thành xuất sắc(?: nhiệm vụ)?|htxsnv|htxs|xuất sắc)$"),
    re.compile(r"^(?:hoàn thành tốt(?: nhiệm vụ)?|httnv|htt|tốt)$"),
    re.compile(r"^(?:hoàn thành(?: nhiệm vụ)?|htnv|ht)$"),
    re.compile(r"^(?:không hoàn thành(?: nhiệm vụ)?|khtnv|không htnv|không ht)$"),
)
_GRADE_RATE_COLUMN = re.compile(
    r"^(?:tỷ lệ|tỉ lệ)\s+(?:(?:hoàn thành|ht)\s+)?(?P<g>xuất sắc|tốt|xs|t)(?:\s+nhiệm vụ|\s*nv)?"
    r"(?P<up>\s+trở lên)?\s*(?:\(\s*%\s*\))?$"
    r"|^(?:tỷ lệ|tỉ lệ)\s+(?P<ab>htxsnv|httnv|htxs|htt)(?P<up2>\s+trở lên)?\s*(?:\(\s*%\s*\))?$"
)
_GRADED_COLUMN = re.compile(r"^(?:tổng số|số|tổng)\b|\b(?:được|đã)\s+(?:đánh giá|xếp loại)\b")


def _grade_level(head: str) -> int | None:
    return next((lv for lv, rx in enumerate(_GRADE_COLUMN) if rx.match(head)), None)


def _table_grade_columns(ctx: Context) -> list[Check]:
    out: list[Check] = []
    if "|" not in ctx.text and "\t" not in ctx.text:
        return out
    for rows in table_rows(ctx):
        width, heads = _headings(ctx, rows)
        levels = [_grade_level(h) for h in heads]
        cols = [k for k, lv in enumerate(levels) if lv is not None]
        if [levels[k] for k in cols] != [0, 1, 2, 3] or cols != list(range(cols[0], cols[0] + 4)):
            continue  # the four grades, in order, side by side
        graded = cols[0] - 1
        if (
            graded < 1
            or not _GRADED_COLUMN.search(heads[graded])
            or _COUNT_COLUMN_NOT.search(heads[graded])
        ):
            continue
        for rc in range(cols[-1] + 1, width):
            hit = _GRADE_RATE_COLUMN.match(heads[rc])
            if hit is None:
                continue
            g = hit.group("g") or hit.group("ab")
            level = 0 if g in ("xuất sắc", "xs", "htxsnv", "htxs") else 1
            up = bool(hit.group("up") or hit.group("up2"))
            read = []
            for row in rows[1:]:
                if len(row) != width:
                    continue
                total = cell_fig(ctx, row[graded], None)
                if total is None or not total.value or not total.exact_count:
                    continue
                cells = [cell_fig(ctx, row[k], total) for k in cols]
                if any(c is None or c.value is None or c.value != int(c.value) for c in cells):
                    continue
                if sum(c.value for c in cells) != total.value:  # type: ignore[union-attr, misc]
                    continue  # the grades do not make the graded: no base to tell the rate by
                p = next(iter(ctx.figs_from(*row[rc])), None)
                if p is None or p.type != "percent":
                    p = cell_percent(ctx, row[rc])  # "Tỷ lệ tốt trở lên | 90,5"
                if p is None or p.value is None:
                    continue
                chosen = cells[: level + 1] if up else [cells[level]]
                rate = 100 * sum(c.value for c in chosen) / total.value  # type: ignore[union-attr, misc, operator]
                pv = judge_stated(rate, p)
                if pv is None:
                    continue
                read.append((row, chosen, total, p, pv, rate))
            for row, chosen, total, p, pv, _rate in read:
                if pv.judgement.verdict == "inconsistent":
                    # a mean or a sub-row ("Bình quân | 48 | 9 | 32 | 6 | 1 | 83,9%", "- Trong đó:
                    # …"), or a total row whose rate is the mean of the rows' rates ("Cộng | … |
                    # 83,9%" after 90,5%, 83,3%, 77,8%): a miss is not told (review 24t)
                    label = ctx.lower_slice(*row[0])
                    if _ROW_OF_ANOTHER_KIND.search(label):
                        continue
                    rest = [x[5] for x in read if x[0] is not row]
                    if _TOTAL_ROW_LABEL.match(label) and rest:
                        mean = judge_stated(sum(rest) / len(rest), p)
                        if mean is not None and mean.judgement.verdict == "consistent":
                            continue
                what = (f"graded {total.value:g} (table)", f"số được xếp loại {total.value:g}")
                out.append(_on_row(ctx, _emit(ctx, None, chosen, total, p, pv, what), row))  # type: ignore[arg-type]
    return out


# -- the rate of poor (or near-poor) households, of all the place's households -----------------
# "Xã có 9 ấp, 6.138 hộ với trên 24.000 nhân khẩu. … hộ cận nghèo 127 hộ (2,2%)": a poverty rate
# is a count of households over all households, and the place's profile states that count once,
# with its people ("N hộ, M nhân khẩu"). The part is a count of households labelled poor, its
# percent in brackets right after it or after "chiếm"; the base is the one household count of a
# profile sentence (several values: none). A claim of another moment or place says nothing.
#   example (our own)                                                              told
#   "Thị trấn có 2.750 hộ, 10.340 nhân khẩu. … còn 52 hộ nghèo (1,89%)"            consistent
#   the same with "(2,1%)"                                                          inconsistent
#   "… đầu nhiệm kỳ có 141 hộ nghèo (5,8%)", "toàn huyện còn 520 hộ nghèo (2,1%)"   nothing
_HH_GAP = re.compile(r"^\s*(?:nghèo|cận nghèo)?\s*(?:\(\s*|,\s*chiếm\s*)$")
_HH_NAMED_BEFORE = re.compile(r"\bhộ (?:cận )?nghèo(?:\s+(?:còn|là|có|chỉ còn))?\s*:?\s*$")
_HH_PEOPLE = re.compile(r"\b(?:nhân khẩu|khẩu|người)\b")
_HH_PLAN = re.compile(r"kế hoạch|chỉ tiêu|mục tiêu|phấn đấu|nghị quyết|đề ra|dự kiến|dự toán")
_HH_SUBAREA = re.compile(
    r"\b(?:(?:các|những|\d+)\s+(?:thôn|ấp|bản|xóm|buôn|làng|bon|sóc|khóm|tổ dân phố|khu phố|tổ|đội)"
    r"|vùng|khu vực|khu dân cư)\b"
)
_HH_START = re.compile(r"(?<!tháng )\bđầu năm\b")
# words after the percent that name its whole: "trên 200 hộ …", "số hộ nghèo …", "so với …"; of
# them only "(tổng) số hộ (dân) (của/toàn xã)" is the profile's whole
_HH_OTHER_WHOLE = re.compile(r"^\s*\)?\s*(?:trên|trong|so với|bằng|của|số|tổng|dân số|năm)\b")
_HH_ALL_HOUSEHOLDS = re.compile(
    r"^\s*\)?\s*(?:tổng\s+)?số\s+hộ(?:\s+(?:dân|gia đình))?"
    r"(?:\s+(?:của|toàn|trên địa bàn)(?:\s+(?:toàn|cả))?\s+(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh))?"
    r"\s*(?:[.;,)]|$)"
)


def _profile_households(ctx: Context) -> Fig | None:
    found: list[Fig] = []
    for g in ctx.figs:
        if g.type != "quantity" or not g.exact_count or g.unit.key != "hộ" or not g.value:
            continue
        nxt = ctx.next_in_sent(g)
        if nxt is None or nxt.type != "quantity" or not _HH_PEOPLE.search(nxt.unit.key or ""):
            continue
        if not re.match(r"^\s*(?:,|với|và|gồm)?\s*(?:trên|hơn|gần|khoảng)?\s*$", ctx.gap(g, nxt)):
            continue
        found.append(g)
    return found[0] if len({g.value for g in found}) == 1 else None


def _household_rates(ctx: Context, done: list[Check]) -> list[Check]:
    """``done`` with the rows of this reading; a row another rule left unverifiable on the same
    percent ("127/181 = 70,2%, not 2,2%": a whole met by search) gives way to it."""
    if "nghèo" not in ctx.low or "khẩu" not in ctx.low and "người" not in ctx.low:
        return done
    told = {i for c in done if c.verdict != "unverifiable" for i in c.mention_ids}
    base = _profile_households(ctx)
    if base is None:
        return done
    bs, be = ctx.sentence_span(base.sent)
    base_sent = ctx.low[bs:be]
    out: list[Check] = []
    for p in ctx.percents:
        if p.type != "percent" or p.value is None or p.id in told or p.sent == base.sent:
            continue
        part = ctx.prev_in_sent(p)
        if part is None or part.id in told or not part.exact_count or part.start < base.end:
            continue
        if not part.unit.key.startswith("hộ") or not _HH_GAP.match(ctx.gap(part, p).lower()):
            continue
        if not part.value or part.value >= base.value:  # type: ignore[operator]
            continue
        s, _ = ctx.sentence_span(p.sent)
        clause_lo = max(s, ctx.low.rfind(";", s, part.start) + 1)
        claim = ctx.lower_slice(clause_lo, p.end)
        # the count is of the poor (near-poor) households themselves, named right at it:
        # "hộ cận nghèo 127 hộ (", "còn 41 hộ nghèo (", not "hộ nghèo dân tộc thiểu số 30 hộ ("
        if not (
            part.unit.key in ("hộ nghèo", "hộ cận nghèo")
            or _HH_NAMED_BEFORE.search(ctx.before_low(part, 30))
            or re.match(r"^\s*(?:cận\s+)?nghèo\b", ctx.gap(part, p).lower())
        ):
            continue
        if re.search(r"\btrong (?:đó|số)\b|\briêng\b|\bdân tộc\b|\bchính sách\b", claim):
            continue  # a subset: of the poor households, not of all
        if re.search(r"\b(?:từ|giảm|tăng|thoát|mới|phát sinh|tái|được|đã)\b", claim):
            continue  # flows and past levels: "giảm từ 141 hộ", "thoát nghèo 52 hộ"
        if _SOLE_OTHER_TIME.search(claim) or not _same_moment(claim, base_sent):
            continue
        # a target ("phấn đấu … còn 25 hộ nghèo (0,8%)") or the start of the year ("Đầu năm, xã có
        # 88 hộ nghèo (3,2%)"), maybe of another count of households: told only when it fits
        soft = bool(_HH_PLAN.search(claim)) or bool(
            _HH_START.search(claim) and not _HH_START.search(base_sent)
        )
        after = ctx.after_low(p, 60)
        more = ctx.gap(part, p).rstrip().endswith("(") and not after.lstrip().startswith(")")
        if (more or _HH_OTHER_WHOLE.match(after)) and not _HH_ALL_HOUSEHOLDS.match(after):
            # "(1,5%) trên 200 hộ đảng viên", "chiếm 8,7% số hộ nghèo toàn huyện", "(73,8% trong
            # 160 hộ nghèo, cận nghèo)": the percent names a whole of its own
            continue
        sub = _HH_SUBAREA.search(claim)
        if sub is not None and sub.group(0) not in base_sent:
            continue  # "các thôn ven sông 21 hộ nghèo (4,2%)": a part of the place
        places = [m.group(0).lower() for m in _SOLE_PLACE.finditer(ctx.text[s : p.end])]
        if any(pl not in base_sent for pl in places):
            continue
        mine, theirs = _levels(claim), _levels(base_sent)
        if mine and not mine & theirs:
            continue  # "toàn huyện còn 520 hộ nghèo" against "Xã có 2.750 hộ"
        pv = judge_stated(100 * part.value / base.value, p)  # type: ignore[operator]
        if pv is None or pv.judgement.verdict not in ("consistent", "inconsistent"):
            continue
        if soft and pv.judgement.verdict != "consistent":
            continue
        c = _emit(ctx, None, [part], base, p, pv, ("households", "số hộ"))
        c.start, c.end = ctx.clause(min(part.start, p.start), p.end)
        c.text = ctx.text[c.start : c.end]
        out.append(c)
    if not out:
        return done
    mine = {c.mention_ids[-1] for c in out}
    kept = [
        c for c in done
        if not (c.verdict == "unverifiable" and c.mention_ids and c.mention_ids[-1] in mine)
    ]
    return kept + out


# -- fit-only readings (session 34): each pairs figures by a tight structure and tells the
# relation only when the arithmetic holds; a miss is no proof (another whole may be meant), so
# it stays silent. They read only percents no share row speaks of.

# "5.214 hộ nghèo trên tổng số 18.130 hộ": the part written out over its whole
_FIT_OVER_TOTAL = re.compile(r"^\s*(?:[^\W\d][^\d;()%.]{0,50}?\s+)?trên tổng số\s*$")
# the whole's words, then the percent's link: ", chiếm ", ", tỷ lệ ", ", tỷ lệ tập hợp đạt ",
# " ("; nothing else said between
_RATE_LINK = re.compile(
    r"^[^\d;()%.]{0,60}?(?:,\s*|\(\s*)(?:(?:chiếm|đạt|bằng|tức|tương đương|tương ứng)\s+)?"
    r"(?:(?:tỷ lệ|tỉ lệ)(?:\s+[^\W\d]+){0,2}?\s*)?(?:(?:là|đạt|chiếm)\s+)?$"
)
# "phát hiện 6 tổ chức có thiếu sót, tức 25%": the count's own words, then "tức"
_SAID_AS = re.compile(r"^[^\d;()%.]{0,60}?,\s*(?:tức|tương đương|tương ứng)(?:\s+(?:là|với))?\s*$")
# a plan, a target or a count to come: the percent may be its completion, not a share
_PLAN_NEAR = re.compile(
    r"kế hoạch|chỉ tiêu|mục tiêu|dự toán|phấn đấu|đề ra|được giao|\bgiao\b|dự kiến|ước"
)
# the whole named after the percent, its count in the bracket right after the name:
# "chiếm 54,8% tổng số đảng viên mới của toàn huyện (1.575 đảng viên)"
_BRACKETED_WHOLE = re.compile(
    r"^\s*(?:(?:so với|của|trên)\s+)?(?:(?:tổng\s+)?số\s+(?P<n>[^\W\d][^\d;()%.]{1,70}?)|dân số)"
    r"\s*\(\s*(?:dân số(?:\s+trung bình)?(?:\s+(?:là|có))?\s*)?$"
)


def _aged(g: Fig) -> bool:
    """An age or a time span ("từ 18 tuổi trở lên"): part of a label, never a count."""
    return g.type == "quantity" and g.unit.key.split(" ")[0] in vocab.AGE_OR_TIME_UNITS


def _persons(u: UnitInfo) -> bool:
    # a head of a unit counts its holders: "87 chi hội trưởng", "74 tổ trưởng tổ dân phố"
    return _people(u) or "trưởng" in u.key.split(" ")[1:]


def _compatible(ctx: Context, part: Fig, whole: Fig) -> bool:
    """Could ``part`` be counted among ``whole``? The same kind of thing, both people, one noun
    the other's shorter name ("6 tổ chức" of "24 tổ chức đảng"), or a noun listed with the
    whole's ("1.236 tin, bài" holds "486 bài")."""
    if _same_kind(part, whole):
        return True
    if _persons(part.unit) and _persons(whole.unit):
        return True
    a, b = part.unit.key, whole.unit.key
    if not a:
        return False
    if b and (b.startswith(a + " ") or a.startswith(b + " ") or b.endswith(" " + a)):
        return True
    return bool(re.match(r"\s*(?:,|và|hoặc)\s*" + re.escape(a) + r"\b", ctx.after_low(whole, 30)))


def _fit_row(ctx: Context, part: Fig, whole: Fig, p: Fig, named: bool) -> Check | None:
    if not (part.value and whole.value) or part.value > whole.value:
        return None
    pv = judge_stated(100 * part.value / whole.value, p)
    if pv is None or pv.judgement.verdict != "consistent":
        return None
    scale = part.value / as_written(part) if as_written(part) else 1  # type: ignore[operator]
    part_w, base_w = round(part.value / scale, 6), round(whole.value / scale, 6)
    base_what = (f"total {base_w:g}", f"tổng số {fmt(base_w, 'vi')}")
    key = "share.named" if named else "share"
    why = render(key, part=part_w, base=base_w, base_what=base_what, pct=pv.phrase)
    lo = min(part.start, whole.start)
    hi = max(p.end, whole.end)
    return ctx.check(
        NAME,
        "consistent",
        [part_w, base_w, pv.stated],
        [part, whole, p],
        ctx.clause(lo, hi),
        expected=pv.calc,
        observed=num(pv.stated),
        tolerance=num(pv.judgement.tolerance, 4),
        why=why,
        rounding=pv.judgement.rounding,
    )


def _over_total_fit(ctx: Context, p: Fig) -> Check | None:
    """ "5.214 hộ nghèo trên tổng số 18.130 hộ, tỷ lệ 28,76%": the part over the whole it names."""
    for whole in reversed(ctx.by_sent.get(p.sent, [])):
        if whole.end > p.start or whole.type != "quantity" or _aged(whole):
            continue
        between = ctx.figs_from(whole.end, p.start)
        if not all(map(_aged, between)):
            continue
        if not _RATE_LINK.match(_blanked(ctx, whole.end, p.start, between).lower()):
            continue
        part = ctx.prev_in_sent(whole)
        if part is None or part.type != "quantity" or not (part.exact_count or part.exact):
            return None
        if not _FIT_OVER_TOTAL.match(ctx.lower_slice(part.end, whole.start)):
            return None
        if not (whole.exact_count or whole.exact) or not _compatible(ctx, part, whole):
            return None
        s, _ = ctx.clause(part.start)
        if "trên tổng số" in ctx.lower_slice(s, part.start):
            return None  # "thôn Đông có 412 người trên tổng số 430 …, thôn Tây có 388 …": whose?
        if _PLAN_NEAR.search(ctx.lower_slice(whole.end, p.start)):
            return None  # "245 ha rừng trên tổng số 300 ha kế hoạch": a target, see target.py
        return _fit_row(ctx, part, whole, p, named=False)
    return None


def _whole_before_fit(ctx: Context, p: Fig) -> Check | None:
    """ "giới thiệu 243 hội viên …; đã có 198 chị được kết nạp, chiếm 81,5%": the share of the
    count said before in the same sentence, the one earlier count of its kind that fits."""
    part, gap = _tied_part(ctx, p)
    if part is not None and (_aged(part) or _threshold(ctx, part)):
        # "41 đồng chí dưới 65 tuổi (66,1%)": the age is part of the label
        age, part = part, ctx.prev_in_sent(part)
        gap = ctx.gap(part, age) + ctx.gap(age, p) if part is not None else ""
    if part is None or part.type != "quantity" or not part.exact_count:
        return None
    if not (share_link(gap) or _SAID_AS.match(gap.lower())):
        return None
    if _CHANGE_BEFORE.search(ctx.before_low(part, 20)) or _DELTA_BEFORE.search(ctx.before_low(part, 25)):
        return None  # "tăng từ 58 chi bộ lên 83 chi bộ, thêm 25 chi bộ, tương đương 43,1%": a change
    after = ctx.after_low(p, 60)
    if vocab.TARGET_AFTER.match(after) or _NAMED_AFTER.match(after) or _POP_AFTER.match(after):
        return None
    if _WORDS_AFTER_PCT.match(after):
        return None  # "chiếm 30,5% hồ sơ cấp tỉnh": a whole of its own words
    s, _ = ctx.sentence_span(p.sent)
    fitting: list[Fig] = []
    wholes: set[float] = set()
    for g in ctx.figs_from(s, part.start):
        if g.type != "quantity" or not g.exact_count or g is part:
            continue
        if not _compatible(ctx, part, g) or g.value < part.value:  # type: ignore[operator]
            continue
        if _PLAN_NEAR.search(ctx.before_low(g, 40) + " " + ctx.after_low(g, 25)):
            continue
        if _in_open_bracket(ctx, g):
            continue
        wholes.add(g.value)  # type: ignore[arg-type]
        if judge_stated(100 * part.value / g.value, p).judgement.verdict == "consistent":  # type: ignore[operator, union-attr]
            fitting.append(g)
    if len({g.value for g in fitting}) != 1 or len(wholes) > 1:
        # two wholes of the part's kind said before it ("kiểm tra … 40 tổ chức đảng, giám sát 36
        # tổ chức đảng khác; phát hiện 9 tổ chức …, tức 25%"): the one that fits may not be the
        # one meant, and choosing it would hide a slip (white-box review 34)
        return None
    return _fit_row(ctx, part, fitting[-1], p, named=False)


def _bracketed_whole_fit(ctx: Context, p: Fig) -> Check | None:
    """ "chiếm 54,8% tổng số đảng viên mới … (1.575 đảng viên)": the whole named after the
    percent, counted in the bracket; its part is the one count said before that fits."""
    nxt = ctx.next_in_sent(p)
    aged: list[Fig] = []
    while nxt is not None and _aged(nxt):
        aged.append(nxt)
        nxt = ctx.next_in_sent(nxt)
    if nxt is None or nxt.type != "quantity" or not nxt.exact_count:
        return None
    hit = _BRACKETED_WHOLE.match(_blanked(ctx, p.end, nxt.start, aged).lower())
    if not hit:
        return None
    whole = nxt
    tied, gap = _tied_part(ctx, p)
    s, _ = ctx.sentence_span(p.sent)
    if tied is not None and share_link(gap):
        cands = [tied]
    elif p.sent > 0 and _BACK_ANAPHOR.search(ctx.lower_slice(s, p.start)):
        # "Đã cấp 3.208 thẻ … Số thẻ này chiếm 41,2% …": the subject points back to a count
        ps, _ = ctx.sentence_span(p.sent - 1)
        cands = [g for g in ctx.figs_from(ps, s) if g.type == "quantity"]
    else:
        # a percent with a subject of its own and no count ("Số đảng viên nữ chiếm 40% tổng số
        # đảng viên mới (150 đảng viên)"): a count of the sentence before that fits may be of
        # another subset (review 34: "trong đó 60 đoàn viên"), so nothing is said
        return None
    fitting = [
        g
        for g in cands
        if g.exact_count
        and _compatible(ctx, g, whole)
        and g.value <= whole.value  # type: ignore[operator]
        and fits(100 * g.value / whole.value, p)  # type: ignore[operator]
    ]
    if len({g.value for g in fitting}) != 1:
        return None
    return _fit_row(ctx, fitting[-1], whole, p, named=True)


_BACK_ANAPHOR = re.compile(r"\b(?:số\s+(?:[^\W\d]+\s+){0,3}?(?:này|đó|nói trên|trên)|con số này)\b")


# a count said as a change: "thêm 25 chi bộ", or after "từ … lên/xuống …" in its clause
_DELTA_BEFORE = re.compile(r"\b(?:thêm|tăng thêm|giảm đi)\s*$|\btừ\b[^;]*\b(?:lên|xuống)\b")
# a rate of change ("giảm 3 vụ việc, tương ứng giảm 25,0% so với …"): see change.py
_CHANGE_RATE = re.compile(r"\b(?:tăng|giảm)(?:\s+(?:thêm|được|còn))?\s*$")


def fit_only(ctx: Context, done: list[Check]) -> list[Check]:
    """The fit-only readings above, on the percents no row of any kind speaks of: the checker
    calls it last, after fit.py (a relation another kind or fit.py told is not told twice)."""
    said = {i for c in done for i in c.mention_ids}
    if all(p.type != "percent" or p.value is None or p.id in said for p in ctx.percents):
        return []
    out: list[Check] = []
    for p in ctx.percents:
        if p.type != "percent" or p.value is None or p.id in said or p.qual == "max":
            continue
        s, _ = ctx.sentence_span(p.sent)
        if "|" in ctx.text[s : p.end] or "\t" in ctx.text[s : p.end]:
            continue  # a table row: its columns are read in tables.py
        if _CHANGE_RATE.search(ctx.before_low(p, 20)):
            continue
        if vocab.TARGET_AFTER.match(ctx.after_low(p, 60)):
            continue
        got = _over_total_fit(ctx, p) or _bracketed_whole_fit(ctx, p) or _whole_before_fit(ctx, p)
        if got is not None:
            out.append(got)
            said.update(got.mention_ids)
    return not_complements(ctx, out)  # "chưa tham gia" is no part of "tham gia"


# -- (session 35) a share row left unverifiable because the whole it read does not give the
# percent is a guess at the whole, not a finding: "Trong 142 đảng viên, có 38 đồng chí …; … 9
# đồng chí tham gia Ban Thường vụ (64,3%)" read 9/38. When another reading of the percent fits
# (the part over the whole it names, a whole said before in its sentence), or one earlier count of
# the part's kind, and only one value among them, gives the percent to its stated digits, that
# relation is told as consistent and the guess gives way. A percent written without decimals
# takes its whole only from its own sentence or the two before (a round percent fits many counts
# by chance). Fit only: nothing is told when no whole fits.
#
# example (our own)                                                                        told
# "… 864 đảng viên. … Đảng viên dưới 35 tuổi có 161 đồng chí, chiếm 18,6%" (851 read first)  consistent 161/864
# "… 9 đồng chí nữ trên tổng số 52 ủy viên (17,3%)" (52/2.106 read first)                    consistent 9/52
# "… 864 đảng viên …, 870 đảng viên … 161 đồng chí, chiếm 18,6%" (two wholes fit)            unverifiable stays
# "… 7.920 nhân khẩu; lao động 4.300 người, trong đó … 2.900 người, chiếm 36,6%"             unverifiable stays
#   (the part is counted among the whole read first, and the one that fits counts another
#   noun: a miss may be a slip. "1.560 lao động (năm 2022: 1.420 lao động), trong đó 980 lao
#   động nữ, chiếm 62,8%" is 980/1.560: the same noun. A difference, "giảm 7 cặp so với năm
#   trước; trong đó 6 cặp …", is no set the part is counted among.)
_MEMBER_OF = re.compile(r"\btrong (?:đó|số)\b|\bgồm\b")
_REFIT_NEAR = 2  # sentences before the percent's own where a round percent may find its whole


def _unsettled_share(ctx: Context, c: Check, by_id: dict[str, Fig]) -> Fig | None:
    """The percent of a share row the checker could not settle because its whole does not give
    it (exact percents only: a "gần"/"trên" percent the whole misses is a judgement of its own)."""
    if c.kind != NAME or c.verdict != "unverifiable" or len(c.mention_ids) != 3:
        return None
    part, whole, p = (by_id.get(i) for i in c.mention_ids)
    if part is None or whole is None or p is None or p.type != "percent" or p.value is None:
        return None
    if p.qual != "exact" or part.type != "quantity" or whole.type != "quantity":
        return None
    if not (part.value and whole.value) or fits(100 * part.value / whole.value, p):  # type: ignore[operator]
        return None
    return p


def _earlier_whole_fit(ctx: Context, part: Fig, p: Fig, guess: Fig) -> Check | None:
    """One earlier count of the part's kind, larger than it, that gives the percent."""
    if not part.exact_count or _aged(part):
        return None
    near = decimals_of(p.m) == 0
    first_sent = p.sent - _REFIT_NEAR if near else 0
    fitting: list[Fig] = []
    for g in ctx.figs:
        if g.start >= p.start:
            break
        if g is part or g.type != "quantity" or not g.exact_count or g.sent < first_sent:
            continue
        if g.value is None or g.value <= part.value or not _compatible(ctx, part, g):  # type: ignore[operator]
            continue
        if _aged(g) or reference_level(ctx, g):
            continue
        if _PLAN_NEAR.search(ctx.before_low(g, 40) + " " + ctx.after_low(g, 25)):
            continue
        if fits(100 * part.value / g.value, p):  # type: ignore[operator]
            fitting.append(g)
    if len({g.value for g in fitting}) != 1:
        return None
    whole = fitting[-1]
    # two wholes of the part's kind in its own sentence besides the guess ("Xã Pa Vệ có 120 cán
    # bộ, xã Tà Hừa có 96 cán bộ; 70 người …, 12 người …, chiếm 10%"): the one that fits may
    # not be the one meant (white-box review 35)
    # not when they are the whole's own parts, the guess among them ("… 17 tổ chức cơ sở đảng
    # mới. Theo loại hình: doanh nghiệp 12 và đơn vị sự nghiệp 5, trong đó 3 …, chiếm 17,6%"),
    # none of them set apart ("riêng năm 2024 kết nạp 126 …")
    rivals = [
        g
        for g in ctx.by_sent.get(part.sent, ())
        if g.start < part.start
        and g is not part
        and g is not guess
        and g is not whole
        and g.type == "quantity"
        and g.exact_count
        and g.value is not None
        and g.value > part.value  # type: ignore[operator]
        and _compatible(ctx, part, g)
    ]
    if rivals and (
        any(g.value >= whole.value or _SET_APART.search(ctx.before_low(g, 25)) for g in rivals)  # type: ignore[operator]
        or sum(g.value for g in rivals) + guess.value > whole.value + 1e-9  # type: ignore[misc, operator]
    ):
        return None
    return _fit_row(ctx, part, whole, p, named=False)


_SET_APART = re.compile(r"\b(?:riêng|ngoài ra|trong đó)\b")


def _one_noun(a: Fig, b: Fig) -> bool:
    """Do two counts count one noun: "cuộc" and "cuộc giám sát", "lao động" and "lao động nữ"
    (not "người" and "nhân khẩu")?"""
    x, y = a.unit.key, b.unit.key
    return bool(x and y) and (
        x == y or a.unit.head == b.unit.head or y.startswith(x + " ") or x.startswith(y + " ")
    )


def refit_unsettled(ctx: Context, done: list[Check]) -> tuple[list[Check], set[int]]:
    """Consistent share rows for the percents whose share row is an unsettled guess (see above),
    and the rows they replace (as ``id()`` of the row objects: rows get their ids later)."""
    by_id = {f.id: f for f in ctx.figs}
    rows = {id(c): p for c in done if (p := _unsettled_share(ctx, c, by_id)) is not None}
    if not rows:
        return [], set()
    speaking: dict[str, int] = {}
    for c in done:
        for i in set(c.mention_ids):
            speaking[i] = speaking.get(i, 0) + 1
    settled = {
        c.mention_ids[-1]
        for c in done
        if c.kind in (NAME, "ratio_percent") and c.verdict != "unverifiable" and c.mention_ids
    }
    out: list[Check] = []
    replaced: set[int] = set()
    for c in done:
        p = rows.get(id(c))
        if p is None:
            continue
        if p.id in settled:  # "9 đồng chí nữ trên tổng số 52 ủy viên (17,3%)" read as 9/52
            replaced.add(id(c))
            continue
        if speaking.get(p.id, 0) != 1:
            continue  # another row speaks of the percent: it is read already
        s, _ = ctx.sentence_span(p.sent)
        if "|" in ctx.text[s : p.end] or "\t" in ctx.text[s : p.end]:
            continue  # a table row: its columns are read in tables.py
        if _CHANGE_RATE.search(ctx.before_low(p, 20)) or vocab.TARGET_AFTER.match(ctx.after_low(p, 60)):
            continue
        part, guess = by_id[c.mention_ids[0]], by_id[c.mention_ids[1]]
        got = _over_total_fit(ctx, p) or _whole_before_fit(ctx, p)
        if got is None:
            got = _earlier_whole_fit(ctx, part, p, guess)
        if got is None:
            continue
        whole = by_id.get(got.mention_ids[1])
        if (
            guess.end <= part.start
            and _MEMBER_OF.search(ctx.lower_slice(guess.end, part.start))
            and not _COMPARED_AMOUNT.search(ctx.before_low(guess, 20))
            and (whole is None or not _one_noun(whole, part))
        ):
            # "… 7.920 nhân khẩu; lực lượng lao động 4.300 người, trong đó lao động nông nghiệp
            # 2.900 người, chiếm 36,6%": the part is counted among the guess, and the whole that
            # fits counts another noun (people, not workers): a miss may be a slip
            continue
        got = not_complements(ctx, [got])
        if got:
            out.extend(got)
            replaced.add(id(c))
    return out, replaced
