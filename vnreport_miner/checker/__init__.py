"""The cross-checker: recompute a report's figures against each other, and explain.

One module per check kind, run in the order of :data:`KINDS`; shared pieces are
``context`` (figures per sentence, unit families, relation finding), ``tolerance``
(rounding intervals, GRIM), ``percent`` (judging a stated percent) and ``templates``
(explanations in English and Vietnamese, as data). The checker never edits a figure.

>>> # "Huyện có 18 xã, thị trấn (16 xã, 3 thị trấn)." -> part_whole inconsistent:
>>> # why = "16 + 3 = 19 xã ≠ 18 stated (difference 1)"

Every inconsistent verdict must be provable from the text alone: relations are taken
only from explicit structure (brackets, "trong đó:", "chiếm", "so với", "đạt … chỉ
tiêu", "từ … xuống còn"), and anything looser is reported ``unverifiable`` or not at all.
"""

from __future__ import annotations

import re
from dataclasses import replace
from types import ModuleType

from ..extractors.figures import BARE_RULES, RATINGS
from ..records import Check, Document
from ..schema import CHECK_KINDS
from . import (
    change,
    fit,
    granularity,
    part_whole,
    ratio_percent,
    repeat,
    share,
    tables,
    target,
    vocab,
)
from .context import Context, Fig, as_written, reference_level

# In run order. Each module exposes NAME (the check kind) and run(ctx) -> list[Check].
KINDS: tuple[ModuleType, ...] = (
    ratio_percent,
    part_whole,
    share,
    target,
    change,
    repeat,
    granularity,
)

__all__ = ["KINDS", "check_document", "summarise"]


def check_document(doc: Document) -> list[Check]:
    """All checks of one document, in text order, one row per relation.

    >>> # doc = process_text("Tỉnh có 24 chi bộ, trong đó: 17 chi bộ nông thôn, 3 chi bộ cơ quan.")
    >>> # [c.verdict for c in check_document(doc)] == ["inconsistent"]
    """
    if not doc.mentions and "|" not in doc.text:
        return []
    # numbers alone whose unit the report does not name are mentions for the dataset; the
    # rules read such numbers themselves (tables.py), against the figure they meet; a rating
    # ("sản phẩm OCOP 4 sao") is a level, no count a check can add or divide
    ctx = Context.build(
        doc.text,
        doc.sentences,
        [
            m
            for m in doc.mentions
            if m.rule not in BARE_RULES and m.attrs.get("unit_lemma") not in RATINGS
        ],
    )
    if not ctx.figs and "|" not in doc.text:  # a table may hold only bare numbers
        return []  # (one figure may head a list of bare numbers: "186 lớp, gồm trồng trọt 97, …")
    seen: set[tuple[str, tuple[str, ...]]] = set()
    out: list[Check] = []
    relabelled: list[Check] = []
    by_id = {f.id: f for f in ctx.figs}
    for module in KINDS:
        for c in _run_kind(module, ctx):
            c = _not_on_reference_levels(ctx, c, by_id)
            c = _not_across_scopes(ctx, c, by_id)
            c = _not_of_a_list_item(ctx, c, by_id)
            c = _not_of_a_named_item(ctx, c, by_id)
            c = _not_of_a_widened_whole(ctx, c, by_id)
            if tuple(sorted(c.mention_ids)) not in ctx.memo.get("change.rounding_settled", ()):  # type: ignore[operator]
                c = _within_rounding(c, by_id)
            c = _not_under_a_note(ctx, c)
            if c.kind in (share.NAME, part_whole.NAME):
                as_target = (
                    _planned_share_is_target(ctx, c)
                    if c.kind == share.NAME
                    else _planned_rest_is_target(ctx, c, by_id)
                )
                if as_target is not c:  # the target module's own reading comes first
                    relabelled.append(as_target)
                    continue
            key = _key(c)
            if key in seen:
                continue
            seen.add(key)
            out.append(c)
    for c in relabelled:
        key = _key(c)
        if key not in seen:
            seen.add(key)
            out.append(c)
    # last: relations no rule read, found by their arithmetic (consistent only)
    fits = []
    # a plan split into done and left, told as a target, is not found again as a sum
    planned = {frozenset(c.mention_ids) for c in relabelled if c.kind == target.NAME}
    for c in _run_kind(fit, ctx, out):
        if c.kind == part_whole.NAME and frozenset(c.mention_ids) in planned:
            continue
        key = _key(c)
        if key not in seen:
            seen.add(key)
            out.append(c)
            fits.append(c)
    # an unsettled breakdown whose figures a sum fits exactly gives way to it: "đề ra 18 chỉ tiêu;
    # … có 13 chỉ tiêu vượt, 3 chỉ tiêu đạt và 2 chỉ tiêu chưa đạt" is 13 + 3 + 2 = 18, not a
    # remainder of 13
    summed = [set(c.mention_ids) for c in fits if c.kind == "part_whole"]
    if summed:
        out = [
            c
            for c in out
            if not (
                c.kind == "part_whole"
                and c.verdict == "unverifiable"
                and c.mention_ids
                and any(set(c.mention_ids) <= ids for ids in summed)
            )
        ]
    # then the share readings that pair a percent by a tight structure and tell only a fit, on
    # the percents no row speaks of yet (share.fit_only)
    for c in share.fit_only(ctx, out):
        key = _key(c)
        if key not in seen:
            seen.add(key)
            out.append(c)
            fits.append(c)
    # a share row left unverifiable by a whole that does not give its percent was a guess at
    # the whole: another reading that fits, and only one, is told instead (share.refit_unsettled)
    refits, replaced = share.refit_unsettled(ctx, out)
    if replaced:
        out = [c for c in out if id(c) not in replaced]
        for c in refits:
            key = _key(c)
            if key not in seen:
                seen.add(key)
                out.append(c)
                fits.append(c)
    out = _other_total_fits(out)
    out.sort(key=lambda c: (c.start, c.end, c.kind))
    # one miss read both as a share and as a target ("Thu ngân sách | 286 | … | 203,8 | 73,1%"
    # under "Kế hoạch … So kế hoạch"): the target's reading stands, the alarm is raised once
    targets = {frozenset(c.figures) for c in out if c.kind == target.NAME}
    # two counts a confirmed share relates as part and whole ("kiểm tra 94 đảng viên …. Kết luận
    # 71 đảng viên có vi phạm (chiếm 75,5% số đảng viên được kiểm tra)") are no restatement
    related = {
        frozenset(c.mention_ids[:2])
        for c in out
        if c.kind in (share.NAME, "ratio_percent") and c.verdict == "consistent"
    }
    # a percent a change reading settles ("tăng 3,1 tỷ đồng (10,8%) so với … (25,5 tỷ đồng)") is
    # that change's rate, not a share of the level before it (white-box review 18b)
    rates_of_changes = {
        i
        for c in out
        if c.kind == change.NAME and c.verdict != "unverifiable" and len(c.figures) >= 4
        for i in c.mention_ids
        if (f := by_id.get(i)) is not None and f.type == "percent"  # type: ignore[union-attr]
    }
    return [
        c
        for c in out
        if not (
            c.kind == share.NAME and c.verdict == "inconsistent" and frozenset(c.figures) in targets
        )
        and not (
            c.kind == "repeat"
            and c.verdict == "inconsistent"
            and frozenset(c.mention_ids[:2]) in related
        )
        and not (c.kind == share.NAME and c.mention_ids and c.mention_ids[-1] in rates_of_changes)
    ]


def _other_total_fits(out: list[Check]) -> list[Check]:
    """A list read against two totals that adds up to one of them: "Số chi bộ được xếp loại là 30
    trên tổng số 32 chi bộ: … 4, … 20, … 5, … 1" is the 30's breakdown, no miss of the 32. (The
    items may be bare numbers with no mention of their own: they are compared by value, in
    overlapping claims.)"""
    fitted = [
        (c.start, c.end, sorted(c.figures[1:]))
        for c in out
        if c.kind == "part_whole" and c.verdict == "consistent" and len(c.figures) > 2
    ]
    if not fitted:
        return out
    note = " (the same items add up to another total)"
    note_vi = " (các phần này cộng đúng bằng một tổng khác)"
    return [
        replace(c, verdict="unverifiable", why=c.why + note, why_vi=c.why_vi + note_vi)
        if c.kind == "part_whole"
        and c.verdict == "inconsistent"
        and any(
            s < c.end and c.start < e and parts == sorted(c.figures[1:]) for s, e, parts in fitted
        )
        else c
        for c in out
    ]


# Kinds in which a bracketed level of a comparison or a plan can never be a figure of the
# relation ("cao hơn năm 2022 (147 …)", "(kế hoạch 16 xã)"): a target or a change may be
# measured against one, a total, a whole, a body or a restated count never is.
_NO_REFERENCE = frozenset({"share", "granularity"})


_EARLIER_BRACKET = re.compile(
    r"\(\s*(?:năm\s+(?:19|20)\d{2}|năm trước|năm ngoái|cùng kỳ|đầu nhiệm kỳ|cuối nhiệm kỳ|"
    r"nhiệm kỳ trước|trước khi|trước sáp nhập)[^()]{0,40}$"
)


# Amounts written with a scale word and few digits are rounded ("1,5 tỷ USD", "2,1 nghìn tỷ
# đồng", "57 nghìn tấn"): a percent computed from them carries their rounding. A miss that this
# rounding can explain is no proof (unverifiable).
_SCALED = re.compile(
    r"^\s*(?:khoảng\s+)?(\d+(?:,(\d+))?)\s*(?:nghìn tỷ|nghìn|triệu|tỷ|vạn|tr\.?(?=\s*đ))\b", re.I
)


def _plan_value(c: Check, figs: list[object]) -> float | None:
    """The plan of a target row: the figure its ``expected`` percent is computed against."""
    vals = [getattr(f, "value", None) for f in figs if getattr(f, "type", "") == "quantity"]
    vals = [v for v in vals if isinstance(v, int | float)]
    if len(vals) != 2 or not isinstance(c.expected, int | float):
        return None
    a, b = vals
    for got, plan in ((a, b), (b, a)):
        if plan and abs(100 * got / plan - c.expected) < abs(100 * plan / got - c.expected):
            return plan
    return None


# a footnote mark on a table row's words ("Khối lực lượng vũ trang (1) | 236 | 5,0%", "Thị trấn
# (*)"): a note elsewhere may say how its figure is reckoned, so a miss is no proof
_NOTE_MARK = re.compile(
    r"[^\W\d]\s*(?:\((?:\d{1,2}|[a-zđ]|\*{1,3})\)|\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹])(?=[\s|\t,;:]|$)"
)


def _not_under_a_note(ctx: Context, c: Check) -> Check:
    """(in a table row only: in prose a mark may merely cite a source); also any row of a
    table a note follows ("(a) Tháng 9/2024, … điều chỉnh chỉ tiêu …")"""
    if c.verdict != "inconsistent" or not ("\t" in c.text or "|" in c.text):
        return c
    if not _NOTE_MARK.search(c.text) and not _note_after_table(ctx.text, c.end):
        return c
    note = " (the claim carries a footnote mark: a note may reckon it otherwise)"
    return replace(c, verdict="unverifiable", why=c.why + note, why_vi=c.why_vi + note)


_NOTE_LINE = re.compile(r"\s*(?:\((?:\d{1,2}|[a-zđ]|\*{1,3})\)|\*|ghi chú|lưu ý|chú thích)", re.I)


def _note_after_table(text: str, at: int) -> bool:
    """Does a note line follow the table line at ``at`` (after the table's last row)?"""
    pos = text.find("\n", at)
    while pos >= 0:
        end = text.find("\n", pos + 1)
        line = text[pos + 1 : end if end >= 0 else len(text)]
        if "\t" in line or "|" in line:
            pos = end
            continue
        if not line.strip():
            pos = end  # a blank line between the table and its note
            if end < 0 or not text[end + 1 : end + 2].strip():
                return False
            continue
        return bool(_NOTE_LINE.match(line))
    return False


def _within_rounding(c: Check, by_id: dict[str, object]) -> Check:
    if c.verdict != "inconsistent" or c.kind not in ("share", "target", "ratio_percent", "change"):
        return c
    if not isinstance(c.expected, int | float) or not isinstance(c.observed, int | float):
        return c
    figs = [by_id.get(i) for i in c.mention_ids]
    if not any(getattr(f, "type", "") == "percent" for f in figs):
        return c
    rel = 0.0
    for f in figs:
        if getattr(f, "type", "") != "quantity":
            continue
        if c.kind == "target" and getattr(f, "value", None) == _plan_value(c, figs):
            continue  # a plan is stated as it was set: exact, however round
        hit = _SCALED.match(f.m.text)  # type: ignore[union-attr]
        if hit is None:
            continue
        written = float(hit.group(1).replace(",", "."))
        if written:
            rel += 0.5 * 10 ** -len(hit.group(2) or "") / written
    if not rel:
        return c
    base = abs(c.expected) if c.kind != "change" else 100 + abs(c.expected)
    if abs(c.observed - c.expected) <= base * rel + 1e-9:
        return replace(c, verdict="unverifiable")
    return c


def _not_on_reference_levels(ctx: Context, c: Check, by_id: dict[str, object]) -> Check:
    """An alarm that rests on a reference level is no proof: it is told ``unverifiable``."""
    if c.verdict != "inconsistent" or c.kind not in (*_NO_REFERENCE, "part_whole"):
        return c
    # a total may be a plan ("đạt 90% kế hoạch (300 hộ); còn 40 hộ"), never an earlier level
    plan_ok = c.kind == "part_whole"
    # a base named as such ("so với tổng số hộ nông dân (16.272 hộ)") is no level of comparison
    named = ctx.memo.get("share.named_bases", set()) if c.kind == "share" else set()
    if not any(
        (f := by_id.get(i)) is not None
        and i not in named  # type: ignore[operator]
        and reference_level(ctx, f)  # type: ignore[arg-type]
        and not (plan_ok and not _EARLIER_BRACKET.search(ctx.before(f, 60).lower()))  # type: ignore[arg-type]
        for i in c.mention_ids
    ):
        return c
    note = " (one figure is the bracketed level of a comparison or a plan: not proof)"
    return replace(c, verdict="unverifiable", why=c.why + note, why_vi=c.why_vi + note)


# What sets two statements apart: a span of years against one year ("chỉ tiêu nhiệm kỳ 500" /
# "năm 2023 … đạt 100% kế hoạch năm"), a wider place against a narrower one ("HĐND tỉnh giao" /
# "thu ngân sách cấp huyện"), a named place, unit or round ("Huyện Quảng Xương" / "Huyện
# Hoằng Hóa", "Khối cơ quan" / "Khối doanh nghiệp", "Đợt 1" / "Đợt 2").
_SPAN = re.compile(r"nhiệm kỳ|giai đoạn|đến năm \d{4}|\b\d{4}\s*-\s*\d{4}\b|\bđề án\b")
_ONE_YEAR = re.compile(
    r"\b(?:kế hoạch|chỉ tiêu) năm\b(?!\s*\d{4}\s*-)|(?<!đến )\bnăm\s+(?:19|20)\d{2}\b(?!\s*[-–])"
    r"|\bnăm nay\b|\btrong năm\b"
)


def _one_year(text: str) -> bool:
    """Is a count dated to one year ("năm 2023 kết nạp …", "kế hoạch năm"), not up to it
    ("đến hết năm 2023", "từ năm 2021")?"""
    for m in _ONE_YEAR.finditer(text):
        if m.group().startswith(("kế hoạch", "chỉ tiêu")):
            return True
        if not re.search(r"(?:đến|hết|từ|tới|trước)\s*$", text[max(0, m.start() - 9) : m.start()]):
            return True
    return False


_NARROWER = re.compile(r"\b(?:cấp|kế hoạch|chỉ tiêu)\s+(?:huyện|xã)\b|\bhuyện đã\b|\bxã đã\b")
_ELSEWHERE = re.compile(r"\bngoài ra\b|\bcác (?:xã|huyện|đơn vị|địa phương) khác\b")
_LEVELS = (("tỉnh",), ("huyện", "thị xã", "quận", "thành phố"), ("xã", "phường", "thị trấn"))
_SCOPE_WORD = re.compile(
    r"\b(?:khối|tuyến|đợt|huyện|xã|tỉnh|phường|thôn|ấp|bản|quận|thị xã|thị trấn)\s+"
    r"(?:[A-ZĐÀ-Ỹ][\w]*(?:\s+[A-ZĐÀ-Ỹ][\w]*)*|\d+|[a-zà-ỹđ]+)",
    re.IGNORECASE,
)
_MOVE_END = re.compile(r"\btừ\s+[\d.,]+[^()\d]{0,40}(?:lên|xuống)(?:\s+còn)?\s*$")
_YEAR_WORD = re.compile(r"\bnăm\s+(?:19|20)\d{2}\b")
_SEVERAL_YEARS = re.compile(
    r"\b(?:hai|ba|bốn|năm|\d+)\s+năm\s+(?:qua|gần đây)\b|từ đầu nhiệm kỳ|cả nhiệm kỳ|lũy kế"
)


def _level_of(text: str) -> int | None:
    low = text.lower()
    hits = [n for n, words in enumerate(_LEVELS) if any(re.search(rf"\b{w}\b", low) for w in words)]
    return min(hits) if hits else None


_FLOW_BRACKET = re.compile(r"\((?:[^()]*?\d[^()]*?,)\s*[^()\d]*(?:tăng|giảm)\s*$")
_DAY_MARK = re.compile(r"\b\d{1,2}/\d{1,2}(?:/\d{4})?\b|đợt \d+|tháng \d+")
_SCOPE_HEAD = re.compile(r"\b(khối|tuyến|huyện|xã|tỉnh|phường|quận|thị xã)\s+(\w+)", re.IGNORECASE)


# A later count of a wider level than the body the earlier count's sentence opens with is another
# set (review 23w's traps): "Xã có 9 thôn." / "Toàn huyện có 142 thôn, …" (the level in the later
# count's own comma-piece: "toàn huyện", "của tỉnh", "trên địa bàn huyện").
# (ranks from _LEVELS: province 3, district 2, commune 1; a village 0)
_LEVEL_RANK = {w: 3 - n for n, words in enumerate(_LEVELS) for w in words} | {
    "thôn": 0,
    "bản": 0,
    "ấp": 0,
}
_ADMIN_LEVELS = "|".join(w for words in _LEVELS for w in words)
_WIDER_LEVEL = re.compile(rf"\b(?:toàn|cả|của|trên địa bàn|trong)\s+({_ADMIN_LEVELS})\b")
_FIRST_LEVEL = re.compile(rf"\b({_ADMIN_LEVELS}|thôn|bản|ấp)\b")


def _later_widens(ctx: Context, a: Fig, b: Fig) -> bool:
    sa, ea = ctx.sentence_span(a.sent)
    earlier = ctx.low[sa:ea]
    own = _FIRST_LEVEL.match(earlier.lstrip())
    if own is None:
        return False
    sb, eb = ctx.sentence_span(b.sent)
    piece_start = max(
        sb, ctx.text.rfind(",", sb, b.start) + 1, ctx.text.rfind(";", sb, b.start) + 1
    )
    cut = re.search(r"[,;:.()]", ctx.low[b.end : eb])
    piece = ctx.low[piece_start : b.end + (cut.start() if cut else eb - b.end)]
    return any(
        _LEVEL_RANK.get(m.group(1), 0) > _LEVEL_RANK.get(own.group(1), 0)
        for m in _WIDER_LEVEL.finditer(piece)
    )


def _named_scopes(text: str) -> set[str]:
    """Named units a sentence speaks of: "Huyện Quảng Xương", "Khối cơ quan", "Tuyến tỉnh"."""
    out = set()
    for m in _SCOPE_HEAD.finditer(text):
        head, word = m.group(1), m.group(2)
        if word[:1].isupper():
            # the whole name: "Xã Định Hòa" and "Xã Định Tân" are two communes
            more = _NAME_GOES_ON.match(text, m.end())
            out.add(f"{head.lower()} {word.lower()}{more.group(0).lower() if more else ''}")
        elif head.lower() in ("khối", "tuyến"):
            out.add(f"{head.lower()} {word.lower()}")
    return out


_NAME_GOES_ON = re.compile(r"(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][\wÀ-ỹ]*){1,3}")


_OTHER_BASE_YEAR = re.compile(r"\blần\s+(?:so với\s+)?(?:năm\s+)?(?:19|20)\d{2}\b")


def _clause_text(ctx: Context, f: object) -> str:
    s, e = ctx.clause(f.start, f.end)  # type: ignore[attr-defined]
    return ctx.text[s:e]


def _sentence_text(ctx: Context, f: object) -> str:
    s, e = ctx.sentence_span(f.sent)  # type: ignore[attr-defined]
    return ctx.text[s:e]


def _not_of_a_list_item(ctx: Context, c: Check, by_id: dict[str, object]) -> Check:
    """A share or a GRIM test whose whole is one item of a listed breakdown ("khiển trách 17,
    cảnh cáo 8, cách chức 1 và khai trừ 3, trong đó 2 đảng viên …, chiếm 6,9%") most likely
    misread the whole: what follows a list is said of the total it divides. No proof
    (``unverifiable``); the part may still be one item (its whole is then the total). A GRIM
    test told consistent against such an item proves as little: it is made unverifiable too."""
    if c.kind not in ("share", "granularity") or not c.figures:
        return c
    if c.verdict != "inconsistent" and not (c.verdict == "consistent" and c.kind == "granularity"):
        return c
    whole = c.figures[1] if c.kind == "share" and len(c.figures) >= 3 else c.figures[0]
    p = by_id.get(c.mention_ids[-1]) if c.mention_ids else None
    for i in c.mention_ids:
        f = by_id.get(i)
        if (
            f is not None
            and f.type == "quantity"  # type: ignore[attr-defined]
            and f.value == whole  # type: ignore[attr-defined]
            and (
                f.m.rule in ("count_breakdown", "count_sibling")  # type: ignore[attr-defined]
                or _closes_list(ctx, f)
                or (p is not None and _in_bracket_before(ctx, f, p))
            )
        ):
            note = "; its whole is one item of a listed breakdown, so the base is unclear"
            return replace(c, verdict="unverifiable", why=c.why + note,
                           why_vi=c.why_vi + "; tổng được lấy là một mục của danh sách chia nhỏ, nên chưa rõ cơ số")  # fmt: skip
    return c


_LIST_JOIN = re.compile(r"^\s*(?:,|và|,\s*và)\s*$")


def _in_bracket_before(ctx: Context, f: object, p: object) -> bool:
    """ "7 ủy viên (4 chuyên trách, 3 kiêm chức), trong đó 71,4% …": ``f`` stands inside a
    bracket that closes before the percent ``p``, after a count it details."""
    s, _ = ctx.sentence_span(f.sent)  # type: ignore[attr-defined]
    opened = ctx.text.rfind("(", s, f.start)  # type: ignore[attr-defined]
    if opened < 0 or ")" in ctx.text[opened : f.start]:  # type: ignore[attr-defined]
        return False
    closed = ctx.text.find(")", f.end, p.start)  # type: ignore[attr-defined]
    if closed < 0:
        return False
    inside = ctx.text[opened + 1 : closed]
    # a list of two items or more ("(39.236 hộ)" alone restates a whole)
    return _ITEM_SPLIT.search(inside) is not None and any(
        g.type == "quantity" and g.end <= opened
        for g in ctx.by_sent.get(f.sent, [])  # type: ignore[attr-defined]
    )


_ITEM_SPLIT = re.compile(r"\d[^,;]*[,;][^,;]*\d")  # two numbers, a "," or ";" between


_BARE_BEFORE = re.compile(r"(?<![\w.,/-])(\d{1,3}(?:\.\d{3})*)\s*(?:,|và|,\s*và)\s*$")


def _closes_list(ctx: Context, f: object) -> bool:
    """ "lần lượt 120, 104 và 88 hộ": the count ends a list of its kind (bare numbers or counts
    of its unit before it)."""
    bare = _BARE_BEFORE.search(ctx.before(f, 20))  # type: ignore[arg-type]
    if bare is not None and not 1900 <= int(bare.group(1).replace(".", "")) <= 2100:
        return True  # a bare number, not a year ("Năm 2023, 3.095 đảng viên …")
    prev = ctx.prev_in_sent(f)  # type: ignore[arg-type]
    return (
        prev is not None
        and prev.type == "quantity"
        and (prev.unit.key in ("", f.unit.key))  # type: ignore[attr-defined]
        and bool(_LIST_JOIN.match(ctx.gap(prev, f)))  # type: ignore[arg-type]
    )


_ITEM_SEP = re.compile(r"[,;:(]|\bvà\b|\bgồm\b|\btrong đó\b")
_LABEL_STOP = frozenset({"có", "là", "các", "những", "số", "được", "đã", "của", "ở", "tại"})
_TIME_UNITS = vocab.AGE_OR_TIME_UNITS | vocab.TIME_UNITS


# a bare list item's number: "thị trấn 1.200, các xã 1.920." (a count with its noun is no item)
_ITEM_NUMBER = re.compile(r"(?<![\w.,/])\d{1,3}(?:\.\d{3})*(?![.,]\d)(?=\s*(?:[,;.)]|và\b|$))")


def _item_labels(ctx: Context, whole: object, part: object) -> list[tuple[str, int]]:
    """The labels of the numbers listed between a whole and a part after it ("thị trấn 1.200,
    các xã 1.920" -> "thị trấn", "các xã"), each with where its number ends."""
    lo = whole.end  # type: ignore[attr-defined]
    text = ctx.lower_slice(lo, part.start)  # type: ignore[attr-defined]
    out = []
    for hit in _ITEM_NUMBER.finditer(text):
        before = text[max(0, hit.start() - 40) : hit.start()]
        cut = [m.end() for m in _ITEM_SEP.finditer(before)]
        words = _PUNCT.sub(" ", before[cut[-1] if cut else 0 :]).split()
        label = " ".join(w for w in words if w not in _LABEL_STOP)
        bare = _AGE_IN_LABEL.sub(" ", label)  # "trên 45 tuổi 81": an age is part of a label
        if not (label and not any(ch.isdigit() for ch in bare) and len(label.split()) <= 6):
            continue
        # a list: its first item close to the whole, each next item close to the one before
        if hit.start() - (out[-1][1] - lo if out else 0) > (100 if not out else 60):
            break
        out.append((label, lo + hit.end()))
    return out


_PUNCT = re.compile(r"[,;:()\"“”.]")
_AGE_IN_LABEL = re.compile(r"\d+\s*(?:tuổi|năm)\b")


def _not_of_a_named_item(ctx: Context, c: Check, by_id: dict[str, object]) -> Check:
    """A share of a total after its listed items, whose own clause names one of those items
    ("thị trấn 1.200, các xã 1.920. Thị trấn có 480 đảng viên nữ, chiếm 40%", "(cấp huyện 31,
    cấp cơ sở 155); trong đó nữ cấp huyện 9 đồng chí, chiếm 29%"), may be of that item: a miss
    against the total is no proof (``unverifiable``)."""
    if c.verdict != "inconsistent" or c.kind != "share" or len(c.mention_ids) < 3:
        return c
    whole, p = by_id.get(c.mention_ids[-2]), by_id.get(c.mention_ids[-1])
    part = by_id.get(c.mention_ids[0])
    if whole is None or p is None or part is None or not whole.end < part.start:  # type: ignore[attr-defined]
        return c
    labels = _item_labels(ctx, whole, part)
    if len(labels) < 2:
        return c
    last = max(end for _, end in labels)
    said = " " + " ".join(_PUNCT.sub(" ", ctx.lower_slice(last, p.start)).split()) + " "  # type: ignore[attr-defined]
    restated = labels[-1][0] in {
        label for label, _ in labels[:-1]
    }  # "…; khiển trách 17, trong đó …"
    if restated or any(f" {label} " in said for label, _ in labels):
        note = "; the part's clause names one of the listed items, whose share it may be"
        return replace(c, verdict="unverifiable", why=c.why + note,
                       why_vi=c.why_vi + "; mệnh đề của phần nêu tên một mục đã liệt kê, có thể là tỷ lệ của mục đó")  # fmt: skip
    return c


# A whole stated some sentences before a share of it is not surely the share's base when its
# own sentence counts more of its noun beside it (white-box review 68's known alarms): "412 đảng
# viên sinh hoạt tại 18 chi bộ thôn, ngoài ra còn 37 đảng viên …", "318 đảng viên … và 46 đảng
# viên ở các chi bộ cơ quan", "Đảng ủy còn quản lý 64 đảng viên". A miss is then no proof
# (``unverifiable``). Members who moved in or out between the two (review 68's other alarms)
# are not read so: blind held-out and development reports plant slips in just such shares
# (a guard for them cost 5 development and 4 held-out finds). Parts in a bracket after the whole
# ("27 chi bộ (19 chi bộ thôn và 8 chi bộ …)") are no more beside it.
#   example (our own)                                                                  told
#   "… có 412 đảng viên, ngoài ra còn 37 đảng viên …. … 160 đồng chí, chiếm 35,6% tổng số
#    đảng viên của Đảng bộ"                                                              unverifiable
#   "… có 412 đảng viên. … 160 đồng chí, chiếm 35,6% tổng số đảng viên của Đảng bộ"     inconsistent
_MORE_BESIDE = re.compile(
    r"^[^.;()]{0,60}?(?:\b(?:ngoài ra(?: còn)?|và|cùng)|;[^.;()]{0,30}?\bcòn quản lý)\s+\d[\d.]*\s+"
    r"([^\W\d]+(?: [^\W\d]+)?)"
)


# The share's base names a body's level ("chiếm 0,8% tổng số đảng viên của huyện", "… tổng số hộ
# của xã") other than the level of the body whose total was stated ("Đảng bộ xã Quảng Phú,
# huyện Quảng Điền có … 364 đảng viên", "Thôn Đông, xã Phú An có 412 hộ"): the share is of
# another whole. The body's own level is the first level word of its sentence.
_LEVEL_WORDS = (
    r"thôn|bản|ấp|tổ dân phố|chi bộ|chi hội|chi đoàn|xã|phường|thị trấn|huyện|quận|thị xã|tỉnh"
)
_BASE_OF_LEVEL = re.compile(
    rf"^\s*(?:tổng\s+)?số\s+[^\W\d]+(?:\s+[^\W\d]+){{0,2}}?\s+(?:của|toàn|cả)\s+"
    rf"(?:đảng bộ\s+|hội\s+|đoàn\s+)?({_LEVEL_WORDS})\b"
)
_LEVEL_WORD = re.compile(rf"\b({_LEVEL_WORDS})\b")


def _not_of_a_widened_whole(ctx: Context, c: Check, by_id: dict[str, object]) -> Check:
    if c.verdict != "inconsistent" or c.kind != "share" or len(c.mention_ids) < 3:
        return c
    whole, part = by_id.get(c.mention_ids[-2]), by_id.get(c.mention_ids[0])
    if whole is None or part is None or not whole.end < part.start:  # type: ignore[attr-defined]
        return c
    if whole.sent == part.sent:  # type: ignore[attr-defined]
        return c
    beside = _MORE_BESIDE.match(ctx.lower_slice(whole.end, ctx.sentence_span(whole.sent)[1]))  # type: ignore[attr-defined]
    noun = (whole.unit.key or "").split(" ")[0]  # type: ignore[attr-defined]

    # (the part names the whole by its own label the other count lacks: "40 chi bộ thôn bản và 6
    # chi bộ cơ quan … 36 chi bộ thôn bản …, chiếm 80%" is of the 40)
    def _named(f: object) -> str:  # its words after the number, up to "và", "," or a bracket
        said = ctx.lower_slice(f.start, min(f.end + 30, len(ctx.text)))  # type: ignore[attr-defined]
        return " ".join(re.split(r"\s(?:và|với|có|đã)\s|[,;:()]", said)[0].split()[1:5])

    label = _named(whole)
    own_label = len(label.split()) > len(noun.split()) + 1 and _named(part).startswith(label)
    if beside is not None and noun and beside.group(1).startswith(noun) and not own_label:
        note = " (the whole's sentence counts more of its noun beside it: not proof)"
        return replace(c, verdict="unverifiable", why=c.why + note, why_vi=c.why_vi + note)
    p = by_id.get(c.mention_ids[-1])
    of = _BASE_OF_LEVEL.match(ctx.after_low(p, 60)) if p is not None else None  # type: ignore[arg-type]
    ws, _ = ctx.sentence_span(whole.sent)  # type: ignore[attr-defined]
    own = _LEVEL_WORD.search(ctx.lower_slice(ws, whole.start))  # type: ignore[attr-defined]
    if of is None or own is None or own.group(1) == of.group(1):
        return c
    note = " (the share is of a wider body than the one whose total was stated: not proof)"
    return replace(c, verdict="unverifiable", why=c.why + note, why_vi=c.why_vi + note)


# A list that says it is not all of its total: "gồm cả" / "kể cả" (including), or an item with
# no count ("… và một số hợp tác xã dịch vụ", "các loại khác"). A sum short of the total is
# then no proof (``unverifiable``); one past it stays wrong ("24 chi bộ, gồm 20 …, 6 … và các
# chi bộ doanh nghiệp").
#   example (our own)                                                                  told
#   "khởi tố 86 vụ án (gồm cả trộm cắp 41, cố ý gây thương tích 19, đánh bạc 12)"         unverifiable
#   "có 42 hợp tác xã, gồm nông nghiệp 28, thủ công 6 và một số hợp tác xã dịch vụ"      unverifiable
#   "khởi tố 86 vụ án (trộm cắp 41, cố ý gây thương tích 19, đánh bạc 12)"               inconsistent
_NOT_ALL_LISTED = re.compile(
    r"\b(?:gồm cả|kể cả|bao gồm cả|trong đó có cả)\b|"
    r"\b(?:và|cùng)\s+(?:một số|nhiều|các)\s+(?![^,;.()]*\d)[^,;.()]{2,40}(?:[.,;)]|$)"
)


def _sub_items(figures: list[float]) -> bool:
    """Do some parts break down the part before them, so that without them the parts meet the
    total? "Đảng bộ cơ sở 21 | Đảng bộ xã 13 | Đảng bộ cơ quan 5 | Đảng bộ doanh nghiệp 3 | Chi
    bộ cơ sở 28 | Tổng cộng 49": 13 + 5 + 3 = 21, and 21 + 28 = 49."""
    total, parts = figures[0], figures[1:]
    whole = sum(parts)
    for i in range(len(parts) - 2):
        run = 0.0
        for j in range(i + 1, len(parts)):
            run += parts[j]
            if j > i + 1 and abs(run - parts[i]) < 1e-9 and abs(whole - run - total) < 1e-9:
                return True
    return False


def _not_across_scopes(ctx: Context, c: Check, by_id: dict[str, object]) -> Check:
    """An alarm between statements that something sets apart is no proof: ``unverifiable``."""
    if c.verdict != "inconsistent":
        return c
    figs = [f for i in c.mention_ids if (f := by_id.get(i)) is not None]
    apart = False
    if c.kind == "target":
        goal = next(
            (f for f in figs if f.type == "quantity"  # type: ignore[attr-defined]
             and c.figures and c.figures[0] in (f.value, as_written(f))),  # type: ignore[arg-type, attr-defined]
            None,
        )  # fmt: skip
        done = next((f for f in figs if f is not goal and f.type == "quantity"), None)  # type: ignore[attr-defined]
        if (
            goal is not None
            and done is not None
            and ctx.clause(goal.start) != ctx.clause(done.start)
        ):  # type: ignore[attr-defined]
            gt, dt = _clause_text(ctx, goal), _clause_text(ctx, done)
            gl, dl = gt.lower(), dt.lower()
            # "chỉ tiêu nhiệm kỳ … 500" against "… đạt 100% kế hoạch năm": another period
            # a level to reach ("mục tiêu … đạt 120 triệu đồng/ha") may be compared in any year;
            # a count over a span ("chỉ tiêu nhiệm kỳ kết nạp 500") not with one year's count
            level = bool(re.search(r"\bđạt\s*$", ctx.before(goal, 20).lower()))  # type: ignore[arg-type]
            ds = _sentence_text(ctx, done).lower()
            one_year = (
                _one_year(dl)
                and len(set(_YEAR_WORD.findall(ds))) <= 1
                and not _SEVERAL_YEARS.search(ds)
            )
            span_vs_year = not level and bool(_SPAN.search(gl)) and one_year and not _one_year(gl)
            # "dự toán HĐND tỉnh giao" against "thu ngân sách cấp huyện": another level
            wider = "tỉnh" in gl and "huyện" not in gl and bool(_NARROWER.search(dl))
            apart = span_vs_year or wider
    elif (
        c.kind == "repeat"
        and len(figs) == 2
        and figs[0].sent != figs[1].sent  # type: ignore[attr-defined]
        and "referred back" not in c.why  # "qua 26 cuộc đối thoại nói trên": said to be the same
    ):
        a, b = (_sentence_text(ctx, f) for f in figs)
        sa, sb = _named_scopes(a), _named_scopes(b)
        ta, tb = set(_DAY_MARK.findall(a.lower())), set(_DAY_MARK.findall(b.lower()))
        apart = (
            (bool(sa) and bool(sb) and sa != sb)
            or any(x.startswith(("khối ", "tuyến ")) for x in sa ^ sb)
            or (bool(ta) and bool(tb) and ta != tb)
            or bool(_ELSEWHERE.search(a.lower()) or _ELSEWHERE.search(b.lower()))
            or _later_widens(ctx, *sorted(figs, key=lambda f: f.start))  # type: ignore[arg-type, attr-defined]
        )
    elif c.kind == "change":
        # a move listed inside a flow bracket ("(kết nạp 1.100, giảm 400 …)") is no net change,
        # and "gấp 4 lần năm 2015" measures against another year than the pair's
        flow = "(stated" in c.why and any(
            _FLOW_BRACKET.search(ctx.text[max(0, f.start - 80) : f.start].lower())  # type: ignore[attr-defined]
            for f in figs
        )
        other = _OTHER_BASE_YEAR.search(c.text.lower())
        if other is not None:
            # (twenty-fifth session) not when the pair's own earlier level is stated as that
            # year's: "gấp 2,3 lần năm 2020 (156 tỷ đồng)", "Năm 2020 … 156 tỷ đồng. … gấp 2,3
            # lần năm 2020" (the year within the 40 characters before one of the figures)
            year = other.group(0)[-4:]
            if any(
                year in ctx.text[max(0, f.start - 40) : f.start]  # type: ignore[attr-defined]
                for f in figs
                if f.type == "quantity"  # type: ignore[attr-defined]
            ):
                other = None
        apart = flow or other is not None
    elif c.kind == "part_whole" and figs:
        total = next((f for f in figs if f.value == c.figures[0]), None)  # type: ignore[attr-defined]
        # "tăng từ 125.400 lên 126.800 người (sinh 2.100, chết 650, …)": a flow, not parts
        apart = total is not None and bool(_MOVE_END.search(ctx.before(total, 70).lower()))  # type: ignore[arg-type]
        if total is not None and not apart and c.verdict == "inconsistent":
            # the list says it is not all: "(gồm cả trộm cắp 41, …)", "gồm nông nghiệp 28,
            # tiểu thủ công nghiệp 6 và một số hợp tác xã dịch vụ"
            last = max(f.end for f in figs)  # type: ignore[attr-defined]
            _, se = ctx.sentence_span(ctx.sent_at(last))
            listed = ctx.lower_slice(total.end, se)  # type: ignore[attr-defined]
            # (a list already past its total stays wrong however many items it leaves out)
            short = sum(c.figures[1:]) < c.figures[0]
            if short and _NOT_ALL_LISTED.search(listed):
                note = " (the list says it is not all of the total: not proof)"
                return replace(c, verdict="unverifiable", why=c.why + note, why_vi=c.why_vi + note)
    if c.kind == "part_whole" and not apart and len(c.figures) >= 4 and _sub_items(c.figures):
        note = " (some parts break down the part before them; without them the sum is the total)"
        return replace(c, verdict="unverifiable", why=c.why + note, why_vi=c.why_vi + note)
    if not apart:
        return c
    note = " (the statements differ in period, place or scope: not proof)"
    return replace(c, verdict="unverifiable", why=c.why + note, why_vi=c.why_vi + note)


def _key(c: Check) -> tuple[object, ...]:
    """One row per relation: its kind and figures; a relation of figures the extractors did
    not give (bare table numbers) is told apart by its place."""
    ids = tuple(sorted(c.mention_ids))
    if ids and all(ids) and len(ids) >= len(c.figures):
        return (c.kind, ids)
    # a relation with bare figures of no mention (a list's "kết nạp 612;" …) keeps only its
    # real mentions' ids: two of them may share those and differ in the rest
    # the columns of one table block share their place: their figures tell them apart
    return (c.kind, ids, c.start, c.end, tuple(c.figures))


def _run_kind(module: ModuleType, ctx: Context, *args: object) -> list[Check]:
    """One kind's checks. A bug in one kind must not cost the document its mentions or its
    other checks: the failure becomes one ``unverifiable`` row that says what went wrong."""
    try:
        return module.run(ctx, *args)  # type: ignore[no-any-return]
    except Exception as exc:  # noqa: BLE001 - reported in the dataset, the batch goes on
        msg = f"E202 internal error in the {module.NAME} check ({type(exc).__name__}: {exc}); its relations were not checked"
        return [
            Check(kind=module.NAME if module.NAME in CHECK_KINDS else "part_whole",
                  verdict="unverifiable", figures=[], mention_ids=[], expected=None,
                  observed=None, tolerance=None, why=msg, why_vi=msg, start=0, end=0, text="")
        ]  # fmt: skip


# The words that make a count a plan or target: "kế hoạch giao 300 đảng viên",
# "chỉ tiêu năm 2023 là 150 hộ", "mục tiêu đến năm 2025 có 12 xã".
_PLAN_BEFORE = re.compile(
    r"(?:kế hoạch|chỉ tiêu|mục tiêu|dự toán|phấn đấu|được giao|giao)\b[^.;:]{0,30}$"
)


# A table of targets: "Chỉ tiêu | Nhiệm kỳ 2021-2026 | Giữa nhiệm kỳ | Tỷ lệ" — its rows are
# targets (first column "Chỉ tiêu"), the whole's column is the plan or the term the target is
# set for, the part's column what was done by now. ("Chỉ tiêu | Năm 2023 | Năm 2024 | So sánh"
# compares two years: no target.)
_FIRST_HEAD_TARGETS = re.compile(r"^(?:các\s+)?chỉ tiêu\b")
_PLAN_HEAD = re.compile(
    r"^(?:(?:chỉ tiêu|kế hoạch|mục tiêu|dự toán)\b|kh\b|cả nhiệm kỳ\b|"
    r"(?:nhiệm kỳ|giai đoạn)\s+(?:19|20)\d{2}\s*-\s*(?:19|20)\d{2}\s*$)"
)
_TERM_HEAD = re.compile(r"(?:cả\s+)?(?:nhiệm kỳ|giai đoạn)\b")
_DONE_HEAD = re.compile(
    r"^(?:thực hiện|kết quả|giữa nhiệm kỳ|đã đạt|đạt|ước(?: thực hiện)?|lũy kế|đến nay)\b"
)


def _target_table_row(ctx: Context, c: Check) -> bool:
    """Is ``c`` a share read on a row of a table of targets (see above)?"""
    if "\t" not in c.text and "|" not in c.text:
        return False
    for block in tables.table_rows(ctx):
        if not block[0] or not (block[0][0][0] <= c.start <= block[-1][-1][1]):
            continue
        head = [" ".join(ctx.low[a:b].split()) for a, b in block[0]]
        if not _FIRST_HEAD_TARGETS.match(head[0]):
            return False
        for row in block[1:]:
            if not row or not (row[0][0] <= c.start <= row[-1][1]):
                continue
            values = []
            for a, b in row:
                try:
                    values.append(tables.number(ctx.text[a:b]))
                except ValueError:
                    values.append(None)
            if c.figures[1] not in values or c.figures[0] not in values:
                return False
            kw, kp = values.index(c.figures[1]), values.index(c.figures[0])
            if max(kw, kp) >= len(head):
                return False
            if _TERM_HEAD.match(head[kw]) and not target.term_table(ctx, block[0]):
                return False  # a term's column is a plan only in a table of targets
            return bool(_PLAN_HEAD.match(head[kw]) and _DONE_HEAD.match(head[kp]))
    return False


def _planned_share_is_target(ctx: Context, c: Check) -> Check:
    """A "share" whose whole is a plan is an achievement against a target (GUIDELINES:
    ``target``), e.g. "kế hoạch giao 300 đảng viên, thực hiện 270, đạt 90%": same
    arithmetic, the kind the relation has, figures as [target, achieved, percent]."""
    if len(c.figures) != 3:
        return c
    if c.verdict != "unverifiable" and _target_table_row(ctx, c):
        return replace(c, kind=target.NAME, figures=[c.figures[1], c.figures[0], c.figures[2]])
    ids = set(c.mention_ids)
    whole = next(
        (f for f in ctx.figs if f.id in ids and f.value == c.figures[1] and f.type == "quantity"),
        None,
    )
    if whole is None:
        return c
    before = ctx.text[max(0, whole.start - 45) : whole.start].lower()
    if not _PLAN_BEFORE.search(before):
        return c
    return replace(c, kind=target.NAME, figures=[c.figures[1], c.figures[0], c.figures[2]])


# the rest of a plan: "còn thiếu 60 ha", "còn 12 đảng viên chưa đạt", "còn lại 5,4 tỷ đồng"
_REST_BEFORE = re.compile(r"\b(?:còn thiếu|còn lại|còn|thiếu|chưa đạt|chưa thực hiện)\s*$")


def _planned_rest_is_target(ctx: Context, c: Check, by_id: dict[str, Fig]) -> Check:
    """A "part_whole" whose total is a plan split into what was done and what is left is an
    achievement against a target (GUIDELINES: ``target``): "mục tiêu 9.000 ha, đến nay đạt 8.940
    ha, còn thiếu 60 ha" -> 8.940 + 60 = 9.000. Same arithmetic and figures [target, achieved,
    rest]; as for a share of a plan (:func:`_planned_share_is_target`).

    example (our own)                                                          kind
    "Chỉ tiêu kết nạp 150 đảng viên, đã kết nạp 138, còn 12 chưa đạt"           target
    "Huyện có 150 chi bộ, đã kiện toàn 138, còn 12 chi bộ chưa kiện toàn"        part_whole
    """
    if len(c.figures) != 3 or len(c.mention_ids) != 3 or c.verdict == "unverifiable":
        return c  # (an unsettled split stays a part_whole: a sum found later may replace it)
    figs = [by_id.get(i) for i in c.mention_ids]
    if any(f is None or f.type != "quantity" for f in figs):
        return c
    total, done, rest = figs  # type: ignore[misc]
    if not (total.start < done.start < rest.start) or total.value != c.figures[0]:  # type: ignore[union-attr]
        return c
    if not _PLAN_BEFORE.search(ctx.text[max(0, total.start - 45) : total.start].lower()):  # type: ignore[union-attr]
        return c
    if not _REST_BEFORE.search(ctx.text[max(0, rest.start - 16) : rest.start].lower()):  # type: ignore[union-attr]
        return c
    return replace(c, kind=target.NAME)


def summarise(checks: list[Check], width: int = 90) -> str:
    """A short end-of-batch summary: a count line, then one line per inconsistency.

    E.g. "checks: 12 consistent, 2 inconsistent, 1 unverifiable" then
    "  ✗ abc:c3 part_whole: 17 + 3 + 1 + 2 = 23 chi bộ ≠ 24 stated (difference 1) — «Đảng bộ phường có 24 chi bộ…»"
    """
    counts = dict.fromkeys(("consistent", "inconsistent", "unverifiable"), 0)
    for c in checks:
        counts[c.verdict] = counts.get(c.verdict, 0) + 1
    lines = [", ".join(f"{n} {v}" for v, n in counts.items()).join(("checks: ", ""))]
    for c in checks:
        if c.verdict != "inconsistent":
            continue
        quote = " ".join(c.text.split())
        if len(quote) > width:
            quote = quote[: width - 1] + "…"
        ref = f"{c.id} " if c.id else ""
        lines.append(f"  ✗ {ref}{c.kind}: {c.why} — «{quote}»")
    return "\n".join(lines)
