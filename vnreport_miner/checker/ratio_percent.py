"""ratio_percent: a fraction (or two counts) with the share it is said to make.

- "đã có 1.349/1.443 thôn bản có chi bộ (chiếm 93,5%)"  -> 1349/1443 = 93.49% -> 93.5% ✓
- "chiếm 0,37% (5/1.343 đơn vị)"                       -> percent first, counts in brackets
- "45 trong tổng số 50 chi bộ, đạt 90%"                -> two counts, "trong tổng số"

The percent must follow the counts in the same clause, tied by a connector ("chiếm",
"đạt", "bằng", "(") with nothing else in between; see :func:`context.share_link`. The
description between them may hold words that are not figures of their own (see
:data:`_LABEL_RULES`): a document named by number, a date, a threshold, "số" meaning digital.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..extractors.figures.rules import counted_noun_pattern
from ..records import Check
from . import vocab
from .context import Context, Fig, as_written, covers, kin, norm_words, share_link, unit_info
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


# Words inside a fraction's description that look like a number or a new subject but are
# part of the label. Each rule: (name, pattern, what it stands for), with our own example.
_LABEL_RULES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    # "1.684/1.691 học sinh lớp 9 được công nhận tốt nghiệp (99,6%)", "17/19 xã đạt chuẩn xóa
    # mù chữ mức độ 2 (89,5%)", "45/50 thôn đạt tiêu chí số 17, chiếm 90%": a grade, level, stage
    # or item named by its number, no count (never before "%", an age, a year or a fraction)
    (
        "ordinal",
        re.compile(
            r"\b(?:lớp|mức độ|cấp độ|mức|cấp|loại|hạng|khối|bậc|giai đoạn|đợt|vòng|khóa|nhóm|"
            r"tiêu chí số|tiêu chí|chương trình)\s+\d{1,3}\b(?![.,/]\d)(?!\s*(?:%|tuổi|năm|tháng))"
        ),
        " lbl",
    ),
    # "1.349/1.443 hộ ở phường 3 tham gia bảo hiểm y tế, đạt 93,5%": a numbered ward, district,
    # hamlet or quarter in the label, no count (never before "%", an age, a year or a fraction)
    (
        "numbered_place",
        re.compile(
            r"\b(?:phường|quận|ấp|khóm|khu phố|tổ dân phố|xóm|tiểu khu)\s+\d{1,2}\b(?![.,/]\d)"
            r"(?!\s*(?:%|tuổi|năm|tháng))",
            re.IGNORECASE,
        ),
        " lbl",
    ),
    # "17/19 xã đạt chuẩn phổ cập giáo dục mầm non cho trẻ 5 tuổi (89,5%)": an age in the label
    ("age", re.compile(r"(?<![\d.,/])\b\d{1,2}\s+tuổi\b"), "lbl"),
    # "12/15 xã đã triển khai chữ ký số, đạt 80%": "số" = digital, not "số X" (a new subject)
    (
        "digital",
        re.compile(
            r"\b(?:thiết bị|chuyển đổi|chữ ký|chứng thư|kinh tế|xã hội|chính quyền|chính phủ|"
            r"dữ liệu|nền tảng|công nghệ|hạ tầng|kỹ năng|công dân|nội dung|bản đồ|thư viện|"
            r"truyền hình|văn hóa|tài nguyên|giao dịch) số\b"
        ),
        "label",
    ),
    # "102/111 thôn đạt tiêu chí quy mô số hộ, chiếm 91,9%": "số hộ" completes a noun inside
    # the label; a new subject "số …" opens a comma segment ("…, số hộ nghèo còn 2%")
    (
        "number_of_inside_label",
        re.compile(r"(?<=[^\W\d])(?<!\bvà)(?<!\bcòn)(?<!\btổng)(?<!\bcác) số\b"),
        " so",
    ),
)
# Mentions that are never a figure: a document or a date named inside the description,
# "9/11 xã triển khai theo Quyết định 1520, đạt 81,8%", "… xong trước ngày 30-6, đạt …".
_LABEL_MENTIONS = frozenset({"legal_ref", "date"})
# A fraction, a comma, then its percent: "241/289 hộ, khoảng 83,4%" (only after a fraction:
# after a bare count ", 83%" may start another item).
_BARE_COMMA = re.compile(r"\s*,\s*")
# "… 18/20 xã, tương ứng 90%", "…, tương đương tỷ lệ 90%": the percent the counts make
_CORRESPONDS = re.compile(
    r"^[^\d;]{0,90}?,?\s*(?:tỷ lệ\s+|tỉ lệ\s+)?(?:tương ứng|tương đương)(?:\s+(?:với|là|đạt))?"
    r"(?:\s+(?:tỷ lệ|tỉ lệ))?(?:\s+(?:là|đạt))?\s*$"
)


# "1.126/1.318 hộ đạt gia đình văn hóa (tỷ lệ 85,4%)", "…, với tỷ lệ 92%", "…, tức 88%",
# "…, ứng với 40%": after a comma or a bracket, a word that names the rate the fraction makes
_RATE_WORD = re.compile(
    r"[,(]\s*(?:(?:(?:tức là|tức|với|ứng với|tương ứng(?:\s+với)?|tương đương(?:\s+với)?)\s+)?"
    r"(?:tỷ lệ|tỉ lệ)(?:\s+(?:là|đạt|chung là))?|tức là|tức|ứng với)\s*$"
)
# "2.118/2.460 hội viên tại 14 cơ sở hội tham gia …, chiếm 86,1%": a count of where the
# fraction's members are, inside its label (after "tại", "ở", "thuộc")
# "21,36% (cuối năm 2020, 12.901/60.400 hộ)": the bracket dates the fraction first
_DATED_PAREN = re.compile(
    r"^\s*\(\s*(?:(?:cuối|đầu|hết|giữa)\s+)?(?:năm|tháng|quý)\s+[\divx]+(?:\s*[-/]\s*\d+)?\s*[,:]\s*$"
)


def _item_of_listed(ctx: Context, f: Fig, pct: Fig) -> bool:
    """Is ``f`` an item of a list opened after an earlier fraction of its sentence whose own
    share the percent is? (see the caller)"""
    for r in ctx.by_sent.get(f.sent, []):
        if r.start >= f.start or r.type != "ratio":
            continue
        n, d = r.m.get("numerator"), r.m.get("denominator")
        if not isinstance(n, int | float) or not isinstance(d, int | float) or not d:
            continue
        if re.search(r"\b(?:trong đó|gồm|bao gồm)\b", ctx.lower_slice(r.end, f.start)):
            pv = judge_stated(100 * n / d, pct)
            if pv is not None and pv.judgement.verdict == "consistent":
                return True
    return False


_DATED_IN = re.compile(r"%\s*\(\s*(?:(?:cuối|đầu|hết|giữa)\s+)?(?:năm|tháng|quý)\s+[\divx]+")
_PLACE_LEAD = re.compile(r"\b(?:tại|ở|thuộc)\s*$")


def _label_spans(ctx: Context) -> tuple[list[int], list[tuple[int, int]]]:
    """Spans of the non-figure mentions (documents, dates), sorted, once per document."""
    got = ctx.memo.get("ratio_percent.labels")
    if got is None:
        spans = sorted((m.start, m.end) for m in ctx.mentions if m.type in _LABEL_MENTIONS)
        got = ctx.memo["ratio_percent.labels"] = ([a for a, _ in spans], spans)
    return got  # type: ignore[return-value]


def _masked_gap(ctx: Context, a: int, b: int, skipped: tuple[Fig, ...] = ()) -> str:
    """The text between offsets ``a`` and ``b`` with label words blanked to "vb".

    E.g. " đạt tiêu chí theo Thông tư 05, chiếm " -> " đạt tiêu chí theo vb, chiếm ".
    """
    starts, spans = _label_spans(ctx)
    if skipped:
        spans = sorted([*spans, *((f.start, f.end) for f in skipped)])
        starts = [x for x, _ in spans]
    parts: list[str] = []
    pos = a
    for s, e in spans[bisect_left(starts, a) :]:
        if s >= b:
            break
        if e > b or s < pos:
            continue
        parts.append(ctx.text[pos:s])
        parts.append("vb")
        pos = e
    parts.append(ctx.text[pos:b])
    gap = "".join(parts)
    low = gap.lower()
    for _name, pat, repl in _LABEL_RULES:
        low = pat.sub(repl, low)
    return low


def _linked(ctx: Context, last: Fig, pct: Fig, ratio: bool, skipped: tuple[Fig, ...]) -> bool:
    """Does the description between the counts and ``pct`` tie them (see module doc)?"""
    if not skipped and share_link(ctx.gap(last, pct)):
        return True
    gap = _masked_gap(ctx, last.end, pct.start, skipped)
    if any(g.type == "percent" for g in skipped):
        gap = _RATE_BOUND.sub(" vb", gap)  # "đạt tỷ lệ bao phủ từ 95% trở lên": one label
    if share_link(gap):
        return True
    if ratio and _BARE_COMMA.fullmatch(gap):
        return True
    if ratio and gap.rstrip().endswith(","):
        # "1.530/1.800 hộ dùng nước sạch, khoảng 85%": the fraction's label, then its percent
        return share_link(gap.rstrip()[:-1] + ", chiếm ")
    if _CORRESPONDS.match(gap) and "vb" not in gap.split(",")[-1]:
        return True
    hit = _RATE_WORD.search(gap)
    # the label before the rate word: no new subject of its own ("…, số hộ nghèo còn, tỷ lệ")
    return hit is not None and ratio and not vocab.NEW_SUBJECT.search(gap[: hit.start()])


_SHARE_OF_OTHER = re.compile(r"\s+(?:số|tổng số)\s+[^\W\d]")


# After the percent: a plan it is measured against ("bằng 94,4% kế hoạch năm (18 tiêu chí)",
# with the plan's own figure: "146/146 thanh niên nhập ngũ, đạt 100% chỉ tiêu" stays a share)
_PCT_OF_PLAN = re.compile(
    r"^\s*(?:kế hoạch|mục tiêu|chỉ tiêu|dự toán)\b[^;.()\d]{0,45}(?:\(\s*|\blà\s+)\d"
)
_PLAN_WORD = re.compile(r"^\s*(?:kế hoạch|mục tiêu|chỉ tiêu|dự toán)\b")
_LINK_BEFORE = re.compile(r"(?:chiếm|đạt|bằng|là|tỷ lệ|tỉ lệ|tương đương|tương ứng|\()\s*$")


# Review 89: a percent after a fraction that is a share of a measure, not of the counted units
# ("27/32 thôn …, đạt 78,6% tổng chiều dài …", "đạt 94,6% tổng kinh phí …", "89,7% diện tích tự
# nhiên"), or of a plan named with "so với" ("đạt 90% so với kế hoạch giai đoạn …")
_MEASURE_BASE = re.compile(
    r"^\s*(?:so với\s+(?:kế hoạch|chỉ tiêu|mục tiêu)|(?:tổng\s+)?(?:chiều dài|kinh phí|diện tích|"
    r"vốn|giá trị|dân số|sản lượng|khối lượng|số tiền|nguồn vốn))\b"
)


def _own_rates_of_items(ctx: Context, last: Fig, pct: Fig) -> bool:
    """Is the percent each item's own rate ("17/18 xã đạt 100%", "7/9 xã đạt từ 85% đến 95%"):
    the verb follows the fraction's noun with no comma, or the percent is a range or a bound?"""
    gap = ctx.lower_slice(last.end, pct.start)
    if "," in gap or ";" in gap:
        return False
    return bool(re.search(r"\bđạt\s*(?:từ|trên|dưới|hơn|khoảng)?\s*$", gap)) and (
        pct.value == 100 or pct.qual != "exact" or pct.m.get("low") is not None
    )


def _rate_of_another_noun(ctx: Context, f: Fig, pct: Fig) -> bool:
    """A rate before a bracketed fraction names its own noun; the fraction counts another one
    ("Tỷ lệ hộ dân sử dụng nước sạch đạt 87,3% (14/16 xã có …)")."""
    s, _ = ctx.sentence_span(pct.sent)
    named = re.search(
        r"(?:tỷ lệ|tỉ lệ)\s+([^\d;.%()]{2,80}?)\s+(?:đạt|là|còn|chiếm)\s*$",
        ctx.lower_slice(s, pct.start),
    )
    if named is None or not f.unit.key:
        return False
    if norm_words(f.unit.key) in norm_words(named.group(1)):
        return False
    # the rate names the fraction's own people by their noun, the fraction by a classifier:
    # "Tỷ lệ đảng viên … là 89,1% (312/350 đồng chí)"
    words = named.group(1).split()
    heads = [unit_info(" ".join(words[:k])) for k in (2, 1) if len(words) >= k]
    return not ("person" in f.unit.fams and any("person" in h.fams for h in heads))


def _of_something_else(ctx: Context, f: Fig, last: Fig, pct: Fig) -> bool:
    """Is the percent after a fraction about something else than the fraction's share?
    - a percent of a plan that states its own figure: "17/19 tiêu chí, bằng 94,4% kế hoạch
      năm (18 tiêu chí)";
    - a percent of another counted noun: "12/15 xã đạt tỷ lệ 95% hộ dân …", "16/16 trạm y
      tế có bác sĩ, 92% người dân có thẻ";
    - a percent opening a clause of its own about the same noun, with no link word before
      it: "45/50 đảng viên là đoàn viên công đoàn, 100% đảng viên đã ký cam kết"."""
    after = ctx.after_low(pct, 40)
    if _PCT_OF_PLAN.match(after) or _MEASURE_BASE.match(after):
        return True
    if _PLAN_WORD.match(after):
        return False  # "146/146 thanh niên nhập ngũ, đạt 100% chỉ tiêu": the fraction's share
    noun = counted_noun_pattern().match(" " + after.lstrip())
    if noun is None:
        return False
    info = unit_info(norm_words(noun.group().strip()))
    unit = f.unit if f.type == "ratio" else last.unit
    if not (kin(info, unit) or info.key == unit.key or covers(info, unit) or covers(unit, info)):
        return True
    return not _LINK_BEFORE.search(ctx.before_low(pct, 25))


def _threshold(f: Fig, ctx: Context | None = None) -> bool:
    """A bound inside a label: "142/150 thôn có chi bộ từ 10 đảng viên trở lên, đạt 94,7%",
    "73/76 thôn có trên 90% số cử tri đồng ý, đạt tỷ lệ 96,1%" (a bounded share of another
    noun, "số cử tri")."""
    if f.qual not in ("min", "max"):
        return False
    if f.type == "quantity":
        return True
    return (
        f.type == "percent"
        and ctx is not None
        and (
            bool(_SHARE_OF_OTHER.match(ctx.text, f.end, f.end + 30))
            # "126/155 xã đạt tỷ lệ bao phủ từ 95% trở lên, chiếm 83,2%": a bounded rate in the label
            or bool(_RATE_LABEL.search(ctx.before_low(f, 40)))
        )
    )


_RATE_BOUND = re.compile(r"\s*\b(?:tỷ lệ|tỉ lệ)\b[^\d,;()]{0,30}?\bvb\b")
_RATE_LABEL = re.compile(r"\b(?:tỷ lệ|tỉ lệ)\b[^\d,;()]{0,30}$")


def _fraction(ctx: Context, f: Fig) -> tuple[float, float, list[Fig]] | None:
    """(numerator, denominator, figures) read at ``f``: a ratio, or "a trong tổng số b"."""
    if f.type == "ratio":
        n, d = f.m.get("numerator"), f.m.get("denominator")
        if isinstance(n, int | float) and isinstance(d, int | float):
            return float(n), float(d), [f]
        return None
    if f.exact_count or f.exact and f.type == "quantity":
        g = ctx.next_in_sent(f)
        if (
            g is not None
            # counts, or two amounts of one measure: "12,4 km … trên tổng số 15 km kế hoạch"
            and (g.exact_count if f.exact_count else g.exact and g.unit.key == f.unit.key)
            and not _duration(g)
            and (
                vocab.OUT_OF.match(gap := ctx.gap(f, g))
                # "1.126 hộ đạt danh hiệu gia đình văn hóa trên tổng số 1.318 hộ": a long label
                or ("tổng số" in gap and f.unit.key == g.unit.key and _OUT_OF_LONG.match(gap))
            )
        ):
            if ")" in gap:
                return _bracket_head_fraction(ctx, f, g)
            return float(f.value), float(g.value), [f, g]  # type: ignore[arg-type]
        # "Có 38 trong tổng số 45 chi bộ …": a bare numerator before the whole
        lead = ctx.before(f, 30).lower()  # "Đợt 2 trong 11 xã": no numerator
        bare = _BARE_OUT_OF.search(lead) if "trong" in lead or "trên" in lead else None
        if bare is not None:
            n = float(bare.group(1).replace(".", ""))
            if 0 < n < f.value:  # type: ignore[operator]
                return n, float(f.value), [f]  # type: ignore[arg-type]
    return None


def _bracket_head_fraction(ctx: Context, f: Fig, g: Fig) -> tuple[float, float, list[Fig]] | None:
    """``f`` is the last item of a bracket that closes before "trên tổng số ``g``": the
    numerator is the count the bracket breaks down, the one right before its "(" (review 33)
        "213 hộ nghèo và cận nghèo (87 hộ nghèo, 126 hộ cận nghèo) trên tổng số 1.520 hộ"
        -> 213/1.520, not 126/1.520
    None (no fraction) when no such count heads the bracket."""
    s0, _ = ctx.sentence_span(f.sent)
    lead = ctx.text[s0 : f.start]
    opened = lead.rfind("(")
    if opened < 0 or ")" in lead[opened:]:
        return None
    head = None
    for h in ctx.figs[: f.i]:
        if h.sent == f.sent and h.end <= s0 + opened:
            head = h
    if (
        head is None
        or not head.exact_count
        or head.unit.key != g.unit.key
        or re.search(r"[\d;]", ctx.text[head.end : s0 + opened])
        or not 0 < head.value < g.value  # type: ignore[operator]
    ):
        return None
    return float(head.value), float(g.value), [head, g]  # type: ignore[arg-type]


def _out_of(ctx: Context, f: Fig, parts: list[Fig]) -> bool:
    """Is the fraction read at ``f`` said "a trong (tổng) số b" ("9 trong 11 xã", "23 xã trên
    tổng số 26 xã")?"""
    if len(parts) == 2:
        return bool(
            re.search(r"\b(?:trong|trên)\s+(?:tổng\s+)?số\s*$", ctx.gap(parts[0], parts[1]))
        )
    return len(parts) == 1 and f.type == "quantity"


_OUT_OF_LONG = re.compile(r"^\s*(?:[^\W\d]+,?\s+){4,9}?(?:trên|trong)\s+tổng\s+số\s*$")
_BARE_OUT_OF = re.compile(
    r"(?<!thứ )(?<!hạng )(?<!năm )(?<!tháng )(?<!ngày )(?<!quý )(?<!đợt )(?<!lần )(?<!kỳ )"
    r"(?<!khóa )(?<!lớp )(?<!số )(?<![\d.,/])(\d{1,3}(?:\.\d{3})+|\d+)\s+"
    r"(?:trên\s+tổng\s+số|trong\s+(?:tổng\s+)?số|trong)\s*$"
)  # "9 trong 11 xã", "312 trong số 350 đảng viên"; not a rank: "xếp thứ 3 trong tổng số 11 huyện"


_RESPECTIVE = re.compile(r"\b(?:tương ứng|lần lượt)\b")
_WIDENED_AFTER = re.compile(
    r"^\s*\([^()]*\b(?:tính cả|kể cả|không kể|bao gồm cả|tính theo|tính trên)\b"
)  # "96% (tính theo nhân khẩu: 11.980/12.480 người)": the rate of another base (review 64)


def _not_this_fraction(ctx: Context, f: Fig, last: Fig, pct: Fig) -> bool:
    """Is the percent after ``f`` another fraction's: ``f`` a subgroup in brackets ("45/52 chi bộ
    (riêng khối trường học 12/13 chi bộ), đạt 86,5%"), a label inside another fraction's words
    ("9/10 xã đạt 19/19 tiêu chí, chiếm 90%"), one of several told "tương ứng" in order, or
    the rate widened by its own bracket ("đạt 90,3% (tính cả 103 thanh niên …)")?"""
    gap = ctx.text[last.end : pct.start]
    s, _ = ctx.sentence_span(f.sent)
    before = ctx.text[s : f.start]
    if before.rfind("(") > before.rfind(")") and ")" in gap:
        return True
    prev = ctx.prev_in_sent(f)
    if (
        prev is not None
        and prev.type == "ratio"
        and not re.search(r"[,;()]|\bvà\b", ctx.text[prev.end : f.start])
        and re.search(r"\b(?:đạt|có|với)\b", ctx.text[prev.end : f.start].lower())
    ):
        return True
    if _RESPECTIVE.search(gap.lower()):
        return True
    return bool(_WIDENED_AFTER.match(ctx.after_low(pct, 60)))


_NAMES_BASE = re.compile(r"\s*(?:của\s+|trên\s+)?(?:tổng\s+)?số\s+([^\d;.,()]{1,40})")


def run(ctx: Context) -> list[Check]:
    out: list[Check] = []
    read: set[str] = set()  # figures a fraction already took: "128 trên tổng số 145 chi bộ" once
    for f in ctx.figs:
        if f.type not in ("ratio", "quantity") or (f.id and f.id in read):
            continue
        frac = _fraction(ctx, f)
        if frac is None:
            continue
        n, d, parts = frac
        read.update(p.id for p in parts if p.id)
        if d <= 0 or n < 0 or n > d:
            continue
        last = parts[-1]
        dated = False
        pct = ctx.next_in_sent(last)
        skipped: tuple[Fig, ...] = ()
        if pct is not None and (
            _duration(pct)
            or _threshold(pct, ctx)
            or (pct.type == "quantity" and f.type == "ratio"
                and bool(_PLACE_LEAD.search(_masked_gap(ctx, last.end, pct.start))))
        ):  # fmt: skip
            # "176/182 thôn tổ chức hội nghị … mỗi năm hai lần, đạt 96,7%": a frequency, a
            # duration or a bound inside the description, not a figure of its own
            skipped, pct = (pct,), ctx.next_in_sent(pct)
        if (
            pct is None
            or pct.type != "percent"
            # "a trong (tổng) số b" names its fraction as plainly as "a/b"
            or not _linked(ctx, last, pct, f.type == "ratio" or _out_of(ctx, f, parts), skipped)
        ):
            prev = ctx.prev_in_sent(parts[0])  # "chiếm 0,37% (5/1.343 đơn vị)"
            if (
                prev is None
                or prev.type != "percent"
                or not (
                    vocab.PAREN_OPEN.match(ctx.gap(prev, parts[0]))
                    or _DATED_PAREN.match(ctx.gap(prev, parts[0]).lower())
                )
            ):
                continue
            pct = prev
            dated = bool(_DATED_PAREN.match(ctx.gap(prev, parts[0]).lower()))
        if pct.start > last.end and _of_something_else(ctx, f, last, pct):
            continue
        if pct.end <= parts[0].start and _rate_of_another_noun(ctx, f, pct):
            continue  # "Tỷ lệ che phủ rừng đạt 58,6% (11/13 xã có …)": another set (review 89)
        computed = 100 * n / d
        pv = judge_stated(computed, pct)
        if pv is None:
            continue
        if (
            pv.judgement.verdict == "inconsistent"
            and pct.start > last.end
            and _not_this_fraction(ctx, f, last, pct)
        ):
            continue
        if (
            pv.judgement.verdict == "inconsistent"
            and pct.start > last.end
            and _own_rates_of_items(ctx, last, pct)
        ):
            continue  # "(17/18 xã đạt 100%)", "7/9 xã đạt từ 85% đến 95%": each item's own rate
        if pv.judgement.verdict == "inconsistent" and _item_of_listed(ctx, f, pct):
            continue  # "61/64 hồ sơ, trong đó 33/35 …, 28/29 …, đạt 95,3%": the list's total
        if pv.judgement.verdict == "inconsistent" and pct.start > last.end:
            named = _NAMES_BASE.match(ctx.after_low(pct, 40))
            if named is not None and (last.unit.key or "-") not in named.group(1):
                # "508 … trong tổng số 2.996 đồng chí … (94,5% số được đánh giá)": the percent
                # names a whole of its own (blind review 48)
                continue
        if dated and pv.judgement.verdict != "consistent":
            # "còn 2,1% (năm 2020: 1.800/40.000 hộ)": the bracket may date another level; both
            # ends of a change dated in brackets ("từ 16,42% (cuối năm 2021, …) xuống còn 11,81%
            # (cuối năm 2024, …)") date their own levels
            ss, se = ctx.sentence_span(pct.sent)
            if len(_DATED_IN.findall(ctx.low, ss, se)) < 2:
                continue
        verdict, key_en_vi = pv.judgement.verdict, pv.phrase
        if verdict == "inconsistent" and (
            _PLAN_WORD.match(ctx.after_low(pct, 40)) or (pct.value or 0) > 100
        ):
            # "15/18 xã …, đạt 100% kế hoạch": a fit says the fraction is the plan; a miss is the
            # completion of a plan whose figure is not given ("đạt 103,2% dự toán")
            verdict = "unverifiable"
        if verdict == "inconsistent" and pv.stated and pv.judgement.key == "off":
            # "5/100 ..., chiếm 95%" may state the complement: not provably wrong
            other = judge_stated(100 - computed, pct)
            if other is not None and other.judgement.verdict == "consistent":
                verdict = "unverifiable"
        k = parts[0].m.get("_scale") or 1.0  # "12,6/15 tỷ đồng", read in đồng, shown as written
        shown = (as_written(parts[0]), as_written(parts[1])) if len(parts) == 2 else (n / k, d / k)
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
    taken = {i for c in out for i in c.mention_ids}
    out.extend(_named_rates(ctx, taken))
    return out


# "28.745 hội viên trên tổng số 33.910 phụ nữ từ 18 tuổi trở lên, tỷ lệ tập hợp đạt 84,8%";
# "Tỷ lệ hộ nghèo còn 2,25%; toàn xã còn 898 hộ nghèo trên tổng số 39.920 hộ": a fraction
# written out in words, with a rate named by "tỷ lệ" after it in its sentence, or before it
# naming the numerator's own noun. After it, in one sentence, the rate can only be this
# fraction's; before it, a fit is told, a miss is not proof.
# (one comma: a clause of its own before the rate, "…, cuối năm 2023, tỷ lệ bao phủ là 92,1%",
# "…, riêng khu vực đô thị, tỷ lệ tập hợp đạt …", names another moment or group: review 64)
_RATE_AFTER = re.compile(r"^[^;.%,]{0,60}?,\s*(?:với\s+)?(?:tỷ lệ|tỉ lệ)\b[^\d;,.%]{0,40}$")
_RATE_WORDS = re.compile(r"\b(?:là|đạt|chiếm|bằng|ở mức|tương ứng|tương đương|với)\b")
_OWN_RATES = frozenset({"tập hợp", "chung", "bao phủ", "tham gia"})
_RATE_NAMED = re.compile(
    r"(?:tỷ lệ|tỉ lệ)\s+([^\d;,.%]{2,40}?)\s+(?:còn|là|đạt|chiếm|ở mức|giảm còn)?\s*$"
)


_OVER_TOTAL = re.compile(r"^\s*(?:\S+\s+){0,3}?trên\s+tổng\s+số\s*$")  # "898 hộ nghèo trên tổng số"


def _named_rates(ctx: Context, taken: set[str]) -> list[Check]:
    out: list[Check] = []
    if "tổng" not in ctx.text:
        return out  # every fraction here is written "… trên tổng số …"
    for f in ctx.quantities:
        if f.type != "quantity" or not f.exact_count or f.id in taken:
            continue
        g = ctx.next_in_sent(f)
        if g is None or not g.exact_count or not _OVER_TOTAL.match(ctx.gap(f, g)):
            continue
        n, d = float(f.value), float(g.value)  # type: ignore[arg-type]
        if d <= 0 or n > d:
            continue
        sure, pct = True, ctx.next_in_sent(g)
        while pct is not None and pct.type == "quantity" and (_duration(pct) or _threshold(pct)):
            pct = ctx.next_in_sent(pct)  # "từ 18 tuổi trở lên": a bound of the whole
        gap = "" if pct is None else _masked_gap(ctx, g.end, pct.start).lower().replace("\n", " ")
        after = _RATE_AFTER.match(gap) if pct is not None and pct.type == "percent" else None
        if after is not None:
            # the rate after must be the fraction's own: no other noun named ("tỷ lệ hộ cận
            # nghèo", "tỷ lệ đảng viên nữ" are other rates): else a fit is told, a miss is not
            label = _RATE_WORDS.sub(" ", gap.rsplit("tỷ lệ", 1)[-1].rsplit("tỉ lệ", 1)[-1]).split()
            sure = not label or " ".join(label) in _OWN_RATES or " ".join(label) == f.unit.key
        if after is None:
            pct, sure = ctx.prev_in_sent(f), False
            if pct is None or pct.type != "percent":
                continue
            named = _RATE_NAMED.search(ctx.before(pct, 60).lower())
            if not named or f.unit.key not in named.group(1):
                continue
        pv = judge_stated(100 * n / d, pct)
        if pv is None:
            continue
        verdict = pv.judgement.verdict
        if not sure and verdict != "consistent":
            continue
        if verdict == "inconsistent" and _WIDENED_AFTER.match(ctx.after_low(pct, 60)):
            continue  # "đạt 90,3% (tính cả 103 thanh niên …)": the rate counts more
        figs = sorted([f, g, pct], key=lambda x: x.start)
        why = render("ratio_percent", num=as_written(f), den=as_written(g), pct=pv.phrase)
        out.append(
            ctx.check(
                NAME,
                verdict,
                [n, d, pv.stated],
                figs,
                ctx.clause(figs[0].start, figs[-1].end),
                expected=pv.calc,
                observed=num(pv.stated),
                tolerance=num(pv.judgement.tolerance, 4),
                why=why,
                rounding=pv.judgement.rounding,
            )  # fmt: skip
        )
    return out
