"""granularity: the GRIM test — a percent of a small whole base that no whole count gives.

"có 31 lượt cán bộ được đưa vào quy hoạch, trong đó tỷ lệ cán bộ nữ chiếm 45,1%,
cán bộ trẻ … là 18,2%, … là 84%" -> 18,2% of 31 is impossible (5/31 = 16.13%,
6/31 = 19.35%); 84% is 26/31 = 83.87%.

The base is an exact count followed in its sentence by "trong đó"; the first percent
after it must name the base's noun ("cán bộ"), the next ones continue the same list
(comma-separated, no ";", no other count in between except ages and durations).

A percent may also name its base after it and refer back to a count stated earlier
(:func:`_named_back`): "đã giám sát 11 chi bộ; … 45,5% số chi bộ được giám sát …" (the
verb of the count), "chọn 9 thôn làm điểm. … 66,7% số thôn này …" (a demonstrative).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..extractors.figures.rules import dictionary
from ..records import Check
from . import vocab
from .context import (
    Context,
    Fig,
    descriptor,
    norm_words,
    reference_level,
    share_link,
    unit_info,
)
from .tables import synthetic
from .templates import render
from .tolerance import decimals_of, grim, grim_applies

NAME = "granularity"

_MARKER = re.compile(r"trong đó|trong số (?:đó|này|ấy)")  # "trong số này, tỷ lệ … là 79,5%"
# "Ban Thường vụ dự kiến 13 đồng chí; tỷ lệ nữ chiếm 23,1%", "Tổ công tác có 12 đồng chí; nữ
# chiếm 25%": a clause right after the body that opens with the rate of one of its members'
# attributes continues the same body (no other count; an age inside the label is allowed)
_RATE_CLAUSE = re.compile(r"^\s*;\s*(?=(?:tỷ lệ|tỉ lệ)\s)")
_LABEL_CLAUSE = re.compile(r"^\s*;\s*")
_LABEL_LINK = re.compile(r"^[^;]{0,50}?\b(?:chiếm|là|bằng|có)\s*$")
# Members named by their people or their schooling, beside vocab.ATTRIBUTE_LABEL ("nữ", "trẻ",
# "người dân tộc"): "người Mường chiếm 40%", "đồng bào Ê Đê là 25%", "trình độ đại học chiếm 80%"
_MEMBER_LABEL = re.compile(
    r"^[\s,]*(?:(?:[Tt]ỷ lệ|[Tt]ỉ lệ|[Ss]ố)\s+)?(?:cán bộ |đảng viên |đồng chí )?"
    r"(?:(?:[Nn]gười|[Đđ]ồng bào)\s+(?:[A-ZĐ]|dân tộc)"
    r"|(?:có\s+)?trình độ\s)"
)


# "số đảng viên nữ ở mức …", "tỷ lệ cấp ủy viên nữ đạt …", "số ủy viên là người ngoài Đảng …":
# the members named by their noun (after "số"/"tỷ lệ"), then one of their attributes
_MEMBER_NOUNS = (
    r"(?:cán bộ|đảng viên|đồng chí|người|cấp ủy viên|ủy viên|thành viên|hội viên|đoàn viên"
    r"|công chức|viên chức|đại biểu)"
)
_MEMBER_ATTR = re.compile(
    r"^\s*(?:(?:tỷ lệ|tỉ lệ|số)\s+)?(?:" + _MEMBER_NOUNS + r"\s+)?(?:là\s+)?"
    r"(?:nữ|trẻ|người dân tộc|dân tộc|(?:dưới|trên|từ) \d+ tuổi|người ngoài đảng|ngoài đảng)"
    # "số ủy viên là đảng viên": members who are Party members; a bare "đảng viên được kiểm
    # tra …" after "Đoàn kiểm tra gồm 7 đồng chí" names the people the body dealt with
    r"|^\s*(?:(?:tỷ lệ|tỉ lệ|số)\s+)?(?:" + _MEMBER_NOUNS + r"\s+)?là\s+" + _MEMBER_NOUNS + r"\b"
    r"|^\s*(?:(?:tỷ lệ|tỉ lệ|số)\s+)?" + _MEMBER_NOUNS + r"\s+đảng viên\b"
)


_PEOPLE_NOUN_LEAD = re.compile(
    r"^\s*(?:tỷ lệ\s+)?(?:cán bộ|đảng viên|đồng chí|người|đại biểu|hội viên|đoàn viên|thành viên"
    r"|ủy viên)\s"
)


def _member_label(s: str, base: Fig | None = None) -> bool:
    """Does ``s`` (as written) open with an attribute of a body's members? (the peoples and
    schooling of :data:`_MEMBER_LABEL`, and the members named by their noun, only when
    ``base`` counts people)"""
    if vocab.ATTRIBUTE_LABEL.match(s.lower()):
        # "Xã có 11 chi hội, hội viên nữ chiếm 54,7%": members named by their noun are people of
        # another set than a count of units (session 24)
        return not (
            base is not None
            and (base.unit.fams or base.unit.generic)
            and not _people(base)
            and _PEOPLE_NOUN_LEAD.match(s.lower())
        )
    if base is None or not _people(base):
        return False
    # "Trường có 48 giáo viên, trong đó đảng viên chiếm …": Party membership is an attribute of
    # people counted by another noun (not of a count of "đảng viên")
    if "đảng viên" not in base.unit.key and _PARTY_MEMBERS.match(s.lower()):
        return True
    return bool(_MEMBER_LABEL.match(s) or _MEMBER_ATTR.match(s.lower()))


_PARTY_MEMBERS = re.compile(
    r"^[\s,]*(?:(?:số|tỷ lệ|tỉ lệ)\s+)?(?:là\s+)?đảng viên\s+(?:chiếm|là|đạt|có tỷ lệ)\b"
)


def _label_clause(gap: str, base: Fig) -> re.Match[str] | None:
    """ "; nữ chiếm ", "; cán bộ trẻ dưới 40 tuổi chiếm ": a clause of a member attribute and
    its link (the match ends after "; "), or None. Only a body of people has such members."""
    if _RATE_CLAUSE.match(gap):
        return _RATE_CLAUSE.match(gap)
    hit = _LABEL_CLAUSE.match(gap)
    if hit and _people(base) and _member_label(gap[hit.end() :], base):
        return hit if _LABEL_LINK.match(gap[hit.end() :]) else None
    return None


def _another_body_before(ctx: Context, base: Fig) -> bool:
    """Is another count of people stated before ``base`` in its sentence ("Ban Chấp hành có 37
    đồng chí, Ban Thường vụ có 11 đồng chí, 83,8% có …": which body the percent is of is unsaid)?"""
    return any(
        f.end <= base.start
        and f.type == "quantity"
        and _people(f)
        and ";" not in ctx.text[f.end : base.start]  # "Năm 2020 … 4 đảng viên; nay … 11 …"
        for f in ctx.by_sent.get(base.sent, [])
    )


def _and_item(ctx: Context, base: Fig, words: str, g: Fig) -> bool:
    """Does a percent after "và" continue a list of the body's shares? Its words are a member's
    attribute and a link ("và nữ chiếm 31,4%"), or there are none and it names what they are or
    have ("và 30,4% là nữ", "và 42,6% dưới 45 tuổi")."""
    after = ctx.text[g.end : g.end + 40].lower()
    if words.strip():
        return _member_label(words, base) and bool(_LABEL_LINK.match(words))
    return bool(_HAVE_AFTER_PCT.match(after) or re.match(r"^\s*dưới \d+ tuổi", after))


def _people(base: Fig) -> bool:
    """A body of people: "đồng chí", "cán bộ", or a noun in "-viên"/"công chức" the vocabulary
    lacks ("ủy viên", "công chức")."""
    g = base.unit.generic
    return "person" in base.unit.fams or (
        g is not None and (g.endswith("viên") or g in _PEOPLE_GENERIC)
    )


# people the vocabulary's families lack, by their generic unit ("64 bác sĩ")
_PEOPLE_GENERIC = frozenset(
    {"u:công chức", "u:viên chức", "u:bác sĩ", "u:y sĩ", "u:dược sĩ", "u:kỹ sư", "u:học sinh"}
)


_COMMA = re.compile(r"^\s*,\s*")  # "có 33 đồng chí, nữ chiếm 20,1%"
# "47,8% là đoàn viên thanh niên và 30,4% là nữ", "… và nữ chiếm 30,4%": the next item after "và"
_AND_ITEM = re.compile(r"^[^\d;,.()%]{0,50}?\bvà\s+(?P<label>(?:[^\W\d]+\s+){0,4})$")
# what some of a body's people have or are, right after a percent that follows the body and a
# comma: "Hội đồng gồm 9 thành viên, 55,6% có trình độ …" (not "đạt": "94,3% đạt dự toán")
_HAVE_AFTER_PCT = re.compile(
    r"^\s*(?:(?:đã|đều|có|được|chưa|không|còn)\s+[^\W\d]|là\s+(?!tỷ lệ|tỉ lệ|mức)[^\W\d])"
)
# a count of a change, not of a body: "Chi bộ có 37 đảng viên, tăng 3 đồng chí, nữ chiếm 29,7%"
_CHANGE_BEFORE = re.compile(
    r"\b(?:tăng|giảm|thêm|hơn|bớt|vượt|khuyết)\s+(?:thêm\s+|được\s+)?$"
    r"|\b(?:ít|nhiều) hơn\b[^\d;,.]{0,30}$"
)
# one of these words is in every match of _CHANGE_BEFORE: a substring test skips the search
_CHANGE_WORDS = ("tăng", "giảm", "thêm", "hơn", "bớt", "vượt", "khuyết")


def _change_before(before: str) -> bool:
    """``_CHANGE_BEFORE.search(before)``, as a truth value, with the cheap test first."""
    for w in _CHANGE_WORDS:
        if w in before:
            return _CHANGE_BEFORE.search(before) is not None
    return False


_WITH = re.compile(r"\s*(?:với|gồm)\s*")
_BREAKDOWN = re.compile(r"\s*\((?=[^()%;]{1,80}\))[^()%;\d]*\d[^()%;]*\)")
_OPEN_BRACKET = re.compile(r"^\s*\(\s*")  # "khen thưởng 9 cá nhân (nữ chiếm 44,4%)"
# ("giảm nghèo", poverty reduction, and "tăng cường", to strengthen, name no change)
_NOT_A_SHARE = re.compile(r"tăng(?! cường)|giảm(?! nghèo)|so với|vượt|\bhơn\b")
_NEW_BODY = re.compile(r"\b(?:có|gồm|là)\b|[A-ZĐ]")
_AFTER_NOT_SHARE = re.compile(r"^\s*(?:so với|trở lên|kế hoạch|chỉ tiêu|(?:tổng\s+)?dân số|số dân)")


# After a percent with no label before it, the words that make it a share of the body:
# "gồm 11 đồng chí, 36,4% là nữ", "trong đó 25% là đảng viên trẻ", "… 60% số ủy viên …"
_NAMED_AFTER_PCT = re.compile(r"^\s*(?:là|số)\s+[^\W\d]")
# ... or, right after "trong đó", the percent is the subject of its own predicate, or names the
# body's units: "Phòng có 9 cán bộ, trong đó 66,7% có bằng thạc sĩ", "Huyện có 12 xã, trong đó
# 75% đơn vị hoàn thành sớm", "… trong đó 25% xã đạt chuẩn" (never another noun: "50% diện tích")
_PREDICATE_AFTER_PCT = re.compile(
    r"^\s*(?:(?:đã|đều|có|được|đạt|chưa|không|còn|hoàn thành|thực hiện|là)\b|đơn vị\b"
    # "17 tổ hợp tác …, trong đó 35,5% do hội viên dưới 50 tuổi làm tổ trưởng"
    r"|do\s+[^\W\d])"
)


# Right after "trong đó", a group of a body of people named by its trade or role, then its link:
# "Ban Chấp hành có 11 đồng chí, trong đó kỹ sư, công nhân kỹ thuật chiếm 36,4%" (4/11). Only
# for people (the group is of the members) and only "chiếm"/"là" with nothing counted between.
_GROUP_LINK = re.compile(r"^\s*[^\W\d][^\d;:()%]{0,50}?\s(?:chiếm|là)\s*$")


# a later item of another moment, term or nested group: not a share of the body now
_OTHER_ITEM = re.compile(
    r"\b(?:năm trước|năm học trước|năm ngoái|cùng kỳ|khóa trước|nhiệm kỳ trước|kỳ trước|cuối năm|đầu năm"
    r"|đầu nhiệm kỳ|trước đây|năm (?:19|20)\d{2}|trong đó|trong số đó|số kết nạp)\b"
)
_GRADED_AFTER_PCT = re.compile(r"^\s*(?:được\s+)?xếp loại\b")


def _mark_fit_only(ctx: Context, p: Fig) -> None:
    ctx.memo.setdefault("granularity.fit_only", set()).add(p.id)  # type: ignore[union-attr]


def _named_after(ctx: Context, p: Fig, noun: str) -> bool:
    """Is the percent ``p`` (with no label before it) said of the body (see above)?"""
    after = ctx.text[p.end : p.end + 40].lower()
    if _NAMED_AFTER_PCT.match(after) or _PREDICATE_AFTER_PCT.match(after):
        return True
    return after.lstrip().startswith(noun + " ")


# A body scoping the percent right after it: "trong 16 xã, mới có 75% …", "Trong 12 chi bộ
# của phường, 58,3% đã …" (the base opens with "trong", nothing but its own words and "có")
_WITHIN_BEFORE = re.compile(r"(?:^|[,:;(]\s*|\b(?:nay|đó|vậy))\s*trong\s+(?:tổng\s+)?(?:số\s+)?$")
_WITHIN_GAP = re.compile(
    r"^[^\d;,.()%]{0,30},\s*(?:(?:mới|đã|hiện|chỉ|thì|đến nay)\s+)*(?:có\s+)?$"
    # or the base's own clause runs into "có" with no comma: "trong 24 bí thư chi bộ được kiện
    # toàn mới có 62,5% là …"
    r"|^[^\d;,.()%]{0,40}\s(?:(?:mới|đã|hiện|chỉ|thì)\s+)?có\s+$"
)


# What may follow a scoped percent: its predicate, or the base's own noun after "số" (never
# another noun: "trong 13 phường, 70% hộ dân …" is a share of households, not of phường)
_SCOPED_AFTER = re.compile(
    r"^\s*(?:số\s+(?P<noun>[^\W\d]+(?:\s+[^\W\d]+)?)|(?:đã|đều|có|được|đạt|chưa|không|còn|"
    r"hoàn thành|thực hiện|triển khai|là)\b)"
)


_IS_NOUN = re.compile(r"\s*là\s+([^\W\d]+(?:\s+[^\W\d]+)?)")


def _scoped(ctx: Context, base: Fig, gap: str, p: Fig) -> bool:
    """Is the percent after ``gap`` a share of ``base`` by a "trong N X, (mới) có P%" scope?"""
    if not _WITHIN_GAP.match(gap.lower()):
        return False
    after = _SCOPED_AFTER.match(ctx.text[p.end : p.end + 40].lower())
    if not after:
        # "Trong 14 cơ sở Hội có 64,3% cơ sở được xếp loại …": the base's own noun, bare
        key = base.unit.key
        if not key or base.unit.composite or "," in base.m.text or " và " in base.m.text:
            return False  # "24 thôn, tổ dân phố … 58,8% thôn": one member of a coordinated base
        _, e = ctx.sentence_span(p.sent)
        if any(g.type == "percent" for g in ctx.figs_from(p.end, e)):
            return False  # "64,3% cơ sở …, 57,5% chi hội …": a list whose items name other nouns
        return _own_noun_after(ctx, p, key) and _scoped_lead(ctx, base)
    if after.group("noun") and not base.unit.key.startswith(after.group("noun").split(" ")[0]):
        return False
    named = _IS_NOUN.match(ctx.text[p.end : p.end + 40].lower())
    if named is not None:
        # "Trong 24 xã có 27,3% là hộ nghèo": another counted noun after "là", not the xã
        fams = unit_info(named.group(1)).fams
        people = _people(base) or not base.unit.fams  # "24 bí thư chi bộ": a role, people
        if fams and not fams & base.unit.fams and not (people and "person" in fams):
            return False
    return _scoped_lead(ctx, base)


def _scoped_lead(ctx: Context, base: Fig) -> bool:
    s, _ = ctx.sentence_span(base.sent)
    return bool(_WITHIN_BEFORE.search(ctx.text[max(s, base.start - 30) : base.start].lower()))


def _own_noun_after(ctx: Context, p: Fig, key: str) -> bool:
    """Does the percent run straight into the base's own noun (its first words) and a verb
    ("64,3% cơ sở được xếp loại" of "14 cơ sở Hội")? A longer noun ("63,6% trường mầm non" of
    "35 trường học") is a share of a subset, another noun ("70% hộ dân") of something else."""
    hit = _NOUN_THEN_VERB.match(ctx.text[p.end : p.end + 40].lower())
    if hit is None:
        return False
    noun = hit.group("noun").split()
    return noun == key.split()[: len(noun)]


_NOUN_THEN_VERB = re.compile(r"\s*(?P<noun>[^\W\d]+(?:\s+[^\W\d]+){0,2}?)\s+(?:được|đã|đều|đạt)\b")


# A clause after ";" that opens with a percent of the base's own noun: "tuyển dụng 24 giáo viên;
# 70,8% số giáo viên mới là người dân tộc thiểu số" (the noun names the base back)
_SEMI = re.compile(r"^(?:\s+[^\W\d]+){0,3}\s*;\s*$")  # the noun may run on: "37 đảng viên mới;"


def _semi_named(ctx: Context, base: Fig, gap: str, p: Fig, noun: str) -> bool:
    if p.type != "percent" or not _SEMI.match(gap):
        return False
    if any(
        f.end <= base.start and f.type == "quantity" and f.unit.key == base.unit.key
        for f in ctx.by_sent.get(base.sent, [])
    ):
        # "Kiểm tra 30 tổ chức đảng, giám sát 45 tổ chức đảng; 21,3% số tổ chức đảng …"
        return False
    if any(
        f.type == "quantity" and f.unit.key == base.unit.key and (f.value or 0) > (base.value or 0)
        for f in ctx.by_sent.get(base.sent - 1, [])
    ):
        # "… giám sát 14 tổ chức đảng. Qua giám sát, 9 … thực hiện tốt; 35,7% số tổ chức đảng
        # được giám sát …": the base may be the larger count before (5/14)
        return False
    after = ctx.text[p.end : p.end + 60].lower()
    hit = re.match(rf"\s*số\s+{re.escape(noun)}(?:\s+(?:mới|này|đó|trên|nói trên))?\s+", after)
    return hit is not None and bool(_HAVE_AFTER_PCT.match(after[hit.end() - 1 :]))


def _noun(f: Fig) -> str | None:
    """The noun a body counts: its known head ("đồng chí"), or for a noun the vocabulary lacks
    its own words ("27 ủy viên" -> "ủy viên")."""
    head = f.unit.head
    if head is None:
        if f.unit.generic:
            return f.unit.generic[2:]
        # "11 đơn vị cấp huyện", "24 đơn vị hành chính": the one counted noun the vocabulary
        # leaves without a head
        return "đơn vị" if f.unit.key.startswith("đơn vị") else None
    for prefix in vocab.MEASURE_PREFIXES:
        if head.startswith(prefix):
            return head[len(prefix) :]
    return head


def _label_cut(ctx: Context, base: Fig) -> int:
    """Where the base's own words end. Usually its end, but a unit read as a list of nouns may
    have swallowed the first share's label: "35 đồng chí, cán bộ trẻ chiếm 11,2%" (unit "đồng
    chí, cán bộ"), "40 đảng viên, đảng viên nữ chiếm 30%": the label then starts at the comma."""
    comma = base.m.text.find(",")
    if comma < 0:
        return base.end
    rest = (base.m.text[comma + 1 :] + ctx.text[base.end : base.end + 40]).lower()
    if vocab.ATTRIBUTE_LABEL.match(rest):
        return base.start + comma
    return base.end


_COORDINATED = re.compile(r"^\s*(?:[^\W\d]+\s+){0,6}?(?:và|cùng|,)\s*$")


def _of_both(ctx: Context, base: Fig, p: Fig) -> bool:
    """Is ``base`` the second of two coordinated counts whose sum the percent fits ("17 tổ hợp tác
    và 6 hợp tác xã, trong đó 34,8% …" is 8/23, not of the 6 alone)? Then no alarm is proven."""
    prev = ctx.prev_in_sent(base)
    if not (
        prev is not None
        and prev.type == "quantity"
        and prev.exact_count
        and base.start - prev.end <= 60
        and _COORDINATED.match(ctx.gap(prev, base).lower())
    ):
        return False
    both = synthetic(ctx, prev.start, base.end, prev.value + base.value, base)  # type: ignore[operator]
    row = _grim_row(ctx, both, p, (p.start, p.end))
    return row is None or row.verdict == "consistent"  # (no row: the sum is too big to disprove)


def _bracket_parts(ctx: Context, base: Fig, lo: int, hi: int) -> list[str]:
    out = []
    for run in re.split(r"[\d,;()]+", ctx.lower_slice(lo, hi)):
        run = run.strip()
        if base.unit.key and run.startswith(base.unit.key):
            run = run[len(base.unit.key) :].strip()
        if len(run) >= 2:
            out.append(run)
    return out


def _items(ctx: Context, base: Fig, sent_figs: list[Fig]) -> list[tuple[Fig, int, bool]]:
    """The percents that are shares of ``base``, each with the start of its list item and
    whether GRIM is to be told (not for a comma-opened item with its own count: a share row)."""
    s, e = ctx.sentence_span(base.sent)
    noun = _noun(base)
    if noun is None:
        return []
    part = _PART_OF_THOSE.match(ctx.text, base.end)
    if part is not None and not part.group(0).endswith("đó"):
        return []  # "Có 40 hội viên …, 14 người trong số này là nữ, chiếm 35%": 14 is a part
    out: list[tuple[Fig, int, bool]] = []
    cursor = _label_cut(ctx, base)
    # "có 7 ủy viên (4 chuyên trách, 3 kiêm chức), trong đó 71,4% …": the base's own breakdown in
    # brackets right after it (counts, no percent) is passed over
    aside = _BREAKDOWN.match(ctx.text, base.end) if cursor == base.end else None
    skip_to = aside.end() if aside is not None else -1
    if aside is not None:
        cursor = skip_to
    # the bracket's own parts by their words ("chuyên trách", "kiêm nhiệm"): an item naming one is
    # a share of that part, not of the base (review 29g)
    parts = _bracket_parts(ctx, base, aside.start(), aside.end()) if aside is not None else []
    counted_label = ""  # the words of the last counted item ("cán bộ trẻ" of "cán bộ trẻ 9 …")
    item_start = -1
    counted_item = -1  # start of a later item written as a count ("…, trẻ 31 đồng chí (33%)")
    quiet = False
    pending = -1  # start of a first item written as a count: "trong đó nữ 8 đồng chí, chiếm 17,8%"
    counted = False  # that first item opened by a comma, not "trong đó": "có 40 đồng chí, nữ 8 …"
    for g in sent_figs:
        if g.start < base.end or g is base or g.start < skip_to:
            continue
        if g.type == "quantity" and (
            g.unit.head in vocab.TIME_UNITS or (g.unit.key.split(" ")[0] in vocab.TIME_UNITS)
        ):
            continue  # "cán bộ trẻ dưới 30 tuổi là 18,2%": an age inside the label
        gap = ctx.text[cursor : g.start]
        if ";" in gap:
            # "; " separates items only in a list opened by "trong đó" ("…45 đồng chí; trong đó …")
            opened_at = out[0][1] if out else pending
            opened = (
                (opened_at >= 0 and _MARKER.search(ctx.text[base.end : opened_at]))
                or (not out and pending < 0 and _MARKER.search(gap[gap.rfind(";") :]))
                or (g.type == "percent" and _label_clause(gap, base))
                or (not out and pending < 0 and _semi_named(ctx, base, gap, g, noun))
            )
            if not opened:
                break
        if g.type != "percent":
            if g.exact_count and g.unit.fams & base.unit.fams and g.value < base.value:  # type: ignore[operator]
                if out or pending >= 0:
                    # "nữ 8 đồng chí, chiếm 17,8%": the count of an item, then its share; a clause
                    # with its own verb ("; Ban Thường vụ có 11 đồng chí") opens another body
                    nxt = ctx.next_in_sent(g)
                    if _NEW_BODY.search(gap) or nxt is None or nxt.type != "percent":
                        break
                    if out:
                        counted_item = cursor + len(gap) - len(gap.lstrip(",; "))
                        counted_label = ctx.lower_slice(counted_item, g.start).strip(" ,;:()")
                    cursor = g.end
                    continue
                mk = _MARKER.search(gap)
                if mk is None and not out and pending < 0:
                    # "Ban Chấp hành có 40 đồng chí, nữ có 8 đồng chí, chiếm 20%; …": the list
                    # opened by a comma; that item's share is a share row (see share.py)
                    mk = _COMMA.match(gap)
                    counted = mk is not None
                label = gap[mk.end() :] if mk else ""
                if mk and len(gap) <= 120 and _member_label(label, base):
                    pending = cursor + mk.end()
                    pending += len(ctx.text[pending : g.start]) - len(
                        ctx.text[pending : g.start].lstrip(" ,:")
                    )
                    cursor = g.end
                    continue
            break
        if not out and pending >= 0:
            # the share of that first counted item: ", chiếm 17,8%" / " (17,8%)"
            if not vocab.SHARE_CONNECTOR.fullmatch(gap.replace(",", "").replace("(", "")):
                break
            label = gap
            item_start = pending
            # after a bracketed breakdown, an item with its own count is a share row (share.py
            # and its fits read it; the GRIM row would only repeat it)
            quiet = aside is not None
        elif not out and _scoped(ctx, base, gap, g):
            label, item_start = "", base.start
        elif not out:
            mk = (
                _MARKER.search(gap)
                or _COMMA.match(gap)
                or _label_clause(gap, base)
                or (_SEMI.match(gap) if _semi_named(ctx, base, gap, g, noun) else None)
                or _OPEN_BRACKET.match(gap)  # "9 cá nhân (nữ chiếm 44,4%)"
            )
            if not mk or len(gap) > 120:
                break
            label = gap[mk.end() :]
            if mk.re is _OPEN_BRACKET:
                if not _member_label(label, base):
                    break  # "71 hộ (82,6% số hộ nghèo)": the count's own share of another whole
                _mark_fit_only(ctx, g)  # "9 cá nhân (nữ chiếm 44,4%)": fit-only (review 66)
            # the first share names the base's noun ("cán bộ nữ") or one of its attributes
            # ("nữ"), before the percent or right after it ("…, 40% là cán bộ trẻ")
            low = label.lower()
            with_own = False
            if mk.re is _MARKER and not low.strip(" ,:"):
                low = ""  # "…; trong đó, 39,5% đơn vị đã …": a comma after the marker
            elif mk.re is _COMMA and _WITH.fullmatch(low):
                # "… gồm 96 đồng chí, với 43,5% đồng chí có …": "với" binds the percent to the
                # body, so its own noun may follow (without "với" it may name another set)
                low = ""
                rest = ctx.text[g.end : g.end + 60].lower().lstrip()
                with_own = rest.startswith(noun + " ") and bool(
                    _HAVE_AFTER_PCT.match(rest[len(noun) :])
                )
            after = ctx.text[g.end : g.end + 40].lower()
            if mk.re is _COMMA and not low.strip() and _another_body_before(ctx, base):
                break  # "Ban Chấp hành có 37 đồng chí, Ban Thường vụ có 11 đồng chí, 29,7% là nữ"
            if not low.strip() and (
                _named_after(ctx, g, noun)
                if mk.re is _MARKER
                else _NAMED_AFTER_PCT.match(after)
                # "Hội đồng gồm 9 thành viên, 55,6% có trình độ …": a body of people, then what
                # some of them have (not "44 đảng viên, 32,1% đảng viên được kết nạp …": a noun
                # may name another set of them)
                or (mk.re is _COMMA and _people(base) and _HAVE_AFTER_PCT.match(after))
                or with_own
            ):
                pass
            elif (
                not low.strip()
                and mk.re is _MARKER
                and _GRADED_AFTER_PCT.match(ctx.text[g.end : g.end + 20].lower())
            ):
                _mark_fit_only(ctx, g)  # "7 hợp tác xã, trong đó 57,1% xếp loại khá": fit-only
            elif (
                noun not in low
                and not _member_label(label, base)
                and not (mk.re is _MARKER and _people(base) and _GROUP_LINK.match(low))
            ):
                break
            elif mk.re is not _MARKER and not _member_label(label, base):
                break
            item_start = cursor + mk.end()
            item_start += len(ctx.text[item_start : g.start]) - len(
                ctx.text[item_start : g.start].lstrip(" ,:")
            )
        elif counted_item >= 0 and "," not in gap and vocab.SHARE_CONNECTOR.fullmatch(
            gap.replace("(", "")
        ):
            # the share of a later counted item: "…, cán bộ trẻ 31 đồng chí (33%), người dân tộc
            # thiểu số chiếm 41,5%" (the list goes on after it)
            label, item_start = gap, counted_item
            counted_item = -1
            quiet = True  # (the item's own count and share: a share row, see share.py)
        else:
            # "…, 47,8% là đoàn viên thanh niên và 30,4% là nữ", "… và nữ chiếm 31,4%": a later
            # item after "và" too, when it names a member's attribute or what they have (not "… và
            # 71,3% hộ dân …", "… và khóa XIV là 18,2%")
            if "," not in gap and ";" not in gap:
                item = _AND_ITEM.match(gap)
                if item is None or not _and_item(ctx, base, item.group("label"), g):
                    break
            label = gap
            if _OTHER_ITEM.search(label.lower()):
                break  # "(nữ chiếm 31,6%, cuối năm trước là 29,7%)", "…, trong đó đảng viên chiếm …"
            if counted_label and label.lower().strip(" ,;:()").startswith(counted_label):
                break  # "…, cán bộ trẻ 9 đồng chí (17,3%), cán bộ trẻ có 44,4% …": of those 9
            item_start = cursor + len(gap) - len(gap.lstrip(",; "))
            if out and out[0][0].id in ctx.memo.get("granularity.fit_only", ()):  # type: ignore[operator]
                _mark_fit_only(ctx, g)  # the list was opened by a fit-only reading
        if _NOT_A_SHARE.search(label.lower()) or _AFTER_NOT_SHARE.match(
            ctx.text[g.end : g.end + 20]
        ):
            break
        if parts and any(w in label.lower() for w in parts):
            break  # "9 thành viên (5 chuyên trách, …), trong đó các thành viên chuyên trách có 60%"
        out.append((g, item_start, not (counted and not out) and not quiet))
        quiet = False
        cursor = g.end
    return out


# After a percent, the base it names and how it points back (each with our own example):
#   "45,5% số chi bộ được giám sát"  -> noun "chi bộ", verb "giám sát" (the earlier count's verb)
#   "66,7% số thôn này", "… số hộ nói trên" -> noun "thôn", a demonstrative (the nearest count)
#   "62,5% số xã, thị trấn đã có …"  -> noun only ("đã có …" is the predicate): the one count
#                                        of exactly those unit words stated earlier
_NAMED_BACK = re.compile(
    r"^\s*(?:của\s+|trong\s+)?(?:tổng\s+)?số\s+(?P<noun>[^\W\d][^\d;.()%:]{1,40}?)"
    r"(?:\s+(?P<demo>này|đó|ấy|(?<!cấp\s)trên|nói trên|kể trên)\b"  # not "do cấp trên …"
    r"|\s+(?:đã được|được|đã|bị)\s+(?P<verb>[^\W\d]+(?:\s+[^\W\d]+)?)"
    r"|\s*(?=[;.)]|$))"
)
# "35,7% tổ chức đảng được kiểm tra còn hạn chế": no "số", so only a count the same verb was
# done to ("kiểm tra 14 tổ chức đảng") may be the base
_DONE_TO_BACK = re.compile(
    r"^\s*(?P<noun>[^\W\d][^\d;.,()%:]{1,30}?)\s+(?:đã được|được|đã bị|bị)\s+"
    r"(?P<verb>[^\W\d]+(?:\s+[^\W\d]+)?)"
)
_BACK_SENTS = 3  # how far back a named base may be stated
# between a count and its percent: the count was added to a running total the percent may be of
_CUMULATED = re.compile(
    r"\bnâng\b|cộng dồn|lũy kế|\bcả năm\b|cả nhiệm kỳ|từ đầu nhiệm kỳ|trong nhiệm kỳ|tính chung"
)


def _pooled(noun: str, ctx: Context | None = None, p: Fig | None = None) -> bool:
    """Does a named base join two kinds of count ("tổ chức đảng và đảng viên", "cán bộ, đảng
    viên" after "16 cán bộ và 32 đảng viên")? One noun written as a pair ("thôn, bản", "xã, thị
    trấn") is no pool: its sides were not counted apart before the percent."""
    sides = [w.strip(" ,") for w in re.split(r"\bvà\b|\bcùng\b|,", noun)]
    sides = [w for w in sides if w]
    if len(sides) < 2:
        return False
    keys = [unit_info(w).key for w in sides]
    if ctx is None or p is None:
        return len(set(keys)) >= 2
    counted = {g.unit.key for g in ctx.earlier(p, 40) if p.sent - g.sent <= 3 and g.exact_count}

    def seen(k: str) -> bool:  # "đảng bộ" of "9 đảng bộ cơ sở"
        return any(c == k or c.startswith(k + " ") or k.startswith(c + " ") for c in counted)

    return sum(1 for k in set(keys) if k and seen(k)) >= 2


# "Xã có 12 thôn; 75% trong số này đã …", "… 9 chi bộ; 66,7% trong số đó …": the percent points
# at the set just counted, with no noun of its own
_AMONG_THESE = re.compile(r"^\s*trong\s+(?:tổng\s+)?số\s+(?:này|đó|ấy|trên|nói trên)\b")
# words of a named base that say nothing of which set it is ("số hộ nghèo trong toàn xã")
_PLAIN_WORDS = frozenset(
    {"của", "các", "những", "toàn", "trong", "trên", "và", "với", "tại", "ở", "đều", "thì", "cũng"}
)


def _object_of(ctx: Context, g: Fig, verb: str) -> bool:
    """Is ``g`` what ``verb`` was done to? "đã giám sát 11 chi bộ" yes; "Hình thức kỷ luật:
    khiển trách 27 đồng chí" no (an item of a list headed by the verb's noun)."""
    prev = ctx.prev_in_sent(g)
    lo = max(g.start - 40, prev.end if prev is not None else 0, ctx.sentence_span(g.sent)[0])
    window = ctx.text[lo : g.start].lower()
    at = window.rfind(verb)
    return at >= 0 and not any(ch in window[at:] for ch in ":;()")


_LIST_JOIN = re.compile(r"\s*(?:,|và|,\s*và)\s*")
# what may stand between a verb and the count it was done to: "giám sát chuyên đề 18 tổ chức"
_VERB_FILL = re.compile(
    r"\s+(?:(?:đã|được|thêm|lại|chuyên đề|đột xuất|định kỳ|thường xuyên|trực tiếp|đối với|"
    r"cho|tổng cộng|tổng số|tất cả)\s+)*$"
)
# the verb's outcome, not its object: "Qua kiểm tra, 11 chi bộ …", "Kết quả giám sát cho thấy 9"
_OUTCOME_BEFORE = re.compile(r"(?:\bqua|\bsau|\bsau khi|kết quả|thông qua)\s+$")


# a list item's mark before a sentence's first word: "c) Giám sát …", "2. Kiểm tra …", "- Giám sát"
_ITEM_MARK = re.compile(r"\s*(?:[a-zđ]\)|\d{1,2}[.)]|[-+•–*])\s*")


def _governed(ctx: Context, g: Fig, verb: str, _depth: int = 0) -> bool:
    """Is ``g`` the object of ``verb``, written right before it ("giám sát chuyên đề 18 tổ chức
    đảng"), or an item of a list such an object opens ("giám sát 10 tổ chức đảng, 23 đảng viên")?
    Not an outcome ("Qua kiểm tra, 11 chi bộ …"), nor the verb inside a body's name ("Ủy ban
    Kiểm tra … theo dõi 18 chi bộ")."""
    prev = ctx.prev_in_sent(g)
    lo = max(g.start - 60, prev.end if prev is not None else 0, ctx.sentence_span(g.sent)[0])
    window = ctx.text[lo : g.start]
    low = window.lower()
    at = low.rfind(verb)
    if at < 0:
        if prev is not None and prev.type == "quantity" and _LIST_JOIN.fullmatch(low):
            return _depth < 3 and _governed(ctx, prev, verb, _depth + 1)
        return False
    if not _VERB_FILL.match(low, at + len(verb)) and low[at + len(verb) :].strip():
        return False
    if _OUTCOME_BEFORE.search(low[:at]):
        return False
    sent_start = ctx.sentence_span(g.sent)[0]
    if (
        window[at : at + 1].isupper()
        and lo + at > sent_start
        and low[:at].strip()
        and not _ITEM_MARK.fullmatch(ctx.lower_slice(sent_start, lo + at))
    ):
        return False  # a capital inside the sentence: a body's name ("Ủy ban Kiểm tra")
    return True


def _named_back(ctx: Context, p: Fig) -> tuple[Fig, bool] | None:
    """The earlier count a percent names after it, and whether the naming is certain (a
    demonstrative, or the count's own verb): certain -> an impossible share is inconsistent;
    otherwise only a fit is told."""
    after = ctx.after(p, 80).lower()
    if _AMONG_THESE.match(after):
        return _among_these(ctx, p)
    hit = _NAMED_BACK.match(after)
    if not hit:
        hit = _DONE_TO_BACK.match(after)
        return None if hit is None else _done_to_back(ctx, p, hit)
    if _pooled(hit.group("noun"), ctx, p):
        return None  # "31,3% số tổ chức đảng và đảng viên được kiểm tra": a base of two counts
    noun = unit_info(hit.group("noun").strip(" ,"))
    if not (noun.fams or noun.generic):
        return None
    prev = ctx.prev_in_sent(p)
    if prev is not None and prev.exact_count and share_link(ctx.gap(prev, p)):
        return None  # "5 chi bộ, chiếm 29,4% số chi bộ này": a share, see share.py
    demo, verb = hit.group("demo"), hit.group("verb")
    found: list[Fig] = []
    done_to: list[Fig] = []
    for g in ctx.earlier(p, 80):
        if g.sent < p.sent - _BACK_SENTS:
            break
        if g.type != "quantity" or not g.exact_count or g.unit.head in vocab.TIME_UNITS:
            continue
        if not (
            g.unit.fams & noun.fams
            or (noun.generic and g.unit.generic == noun.generic)
            or (noun.key and g.unit.key.startswith(noun.key + " "))  # "tổ chức" of "tổ chức đảng"
        ):
            continue
        if demo:
            return g, True  # the nearest count of that noun
        if verb and _object_of(ctx, g, verb):
            done_to.append(g)
            continue
        found.append(g)
    if len(done_to) == 1:
        if _CUMULATED.search(ctx.lower_slice(done_to[0].end, p.start)):
            return None  # "giám sát 23 …, nâng tổng số … từ đầu nhiệm kỳ lên 97. … 19,6% …"
        # "Qua giám sát, 9 tổ chức đảng …" is the verb's outcome: only a fit is told then
        return done_to[0], _governed(ctx, done_to[0], verb) and not _other_frame(ctx, done_to[0], p)
    if verb and len(done_to) != 1:
        # "giám sát 11 chi bộ; … giám sát thêm 5 chi bộ. … 43,8% số chi bộ được giám sát": the
        # verb was done to two counts, the percent is of all of them — unless the percent says
        # it is of its own sentence's ("…, 23 đảng viên, qua giám sát có 21,7% …")
        governed = [g for g in (*done_to, *found) if _governed(ctx, g, verb)]
        if len(governed) == 1 and not done_to:
            return governed[0], True  # "giám sát 6 tổ chức đảng, 15 đảng viên": the list's
        if len(governed) >= 2:
            return _done_here(ctx, p, governed)
    if done_to:
        return None
    if found and not demo:
        # named by its own words: "chọn 12 thôn làm thí điểm … 58,3% số thôn thí điểm đã …" ->
        # the words after the noun ("thí điểm") said of one count of it (one value) nearby
        own = _own_words(ctx, noun, hit.group("noun"), found)
        if own is not None:
            return own, True
    # no pointer: the one count written with those very unit words, anywhere before
    same = [g for g in ctx.earlier(p, 400) if g.exact_count and g.unit.key == noun.key]
    if not same or len({g.value for g in same}) != 1:
        return None
    return same[0], False


_MORE = re.compile(r"\b(?:thêm|nâng|bổ sung|tiếp tục)\b")


def _done_here(ctx: Context, p: Fig, done_to: list[Fig]) -> tuple[Fig, bool] | None:
    """Of several counts the verb was done to, the one of the percent's own sentence when it is
    the only one there and nothing says it adds to the others ("giám sát thêm 5 chi bộ"):
    "Cấp ủy … giám sát 31 tổ chức đảng, 72 đảng viên. Ủy ban kiểm tra … giám sát 10 tổ chức
    đảng, 23 đảng viên, qua giám sát có 21,7% số đảng viên được giám sát …" -> 23."""
    here = [g for g in done_to if g.sent == p.sent and g.end <= p.start]
    if len(here) != 1:
        return None
    s, e = ctx.sentence_span(p.sent)
    if _MORE.search(ctx.lower_slice(s, p.start)) or _POOLED_BASES.search(ctx.lower_slice(s, e)):
        return None
    # the percent follows its count as that verb's outcome: "…, 23 đảng viên, qua giám sát có"
    if not _HERE_POINTER.fullmatch(ctx.lower_slice(here[0].end, p.start)):
        return None
    return here[0], True


# words that pool the counts of several bodies or times into the percent's base
_POOLED_BASES = re.compile(
    r"\b(?:cả hai|các cấp|chung|tổng hợp|như vậy|tính cả|tổng cộng|trong nhiệm kỳ|cộng chung)\b"
)
_HERE_POINTER = re.compile(r"\s*[,;]\s*qua\s+(?:đó|[^\W\d]+(?:\s+[^\W\d]+)?)\s*,?\s*(?:có|thì)?\s*")


def _done_to_back(ctx: Context, p: Fig, hit: re.Match[str]) -> tuple[Fig, bool] | None:
    """ "Giám sát 18 tổ chức đảng và 31 đảng viên; kết luận có 27,3% tổ chức đảng được giám sát
    phải rút kinh nghiệm": the one count of the noun the verb was done to, a sentence or two back.
    Certain (no "số", so nothing else may be meant); None when none or several were."""
    if _pooled(hit.group("noun"), ctx, p):
        return None
    noun = unit_info(hit.group("noun").strip())
    if not (noun.fams or noun.generic) or not noun.key:
        return None
    prev = ctx.prev_in_sent(p)
    if prev is not None and prev.exact_count and share_link(ctx.gap(prev, p)):
        return None  # "5 chi bộ, chiếm 29,4% …": a share, see share.py
    verb = hit.group("verb")
    done_to = []
    for g in ctx.earlier(p, 40):
        if g.sent < p.sent - 1:
            break
        if g.type != "quantity" or not g.exact_count or g.unit.key != noun.key:
            continue
        if _governed(ctx, g, verb):
            done_to.append(g)
    if len(done_to) != 1:
        return _done_here(ctx, p, done_to) if len(done_to) > 1 else None
    if _CUMULATED.search(ctx.lower_slice(done_to[0].end, p.start)):
        return None  # "kiểm tra 18 đảng viên; cộng dồn cả nhiệm kỳ là 76 …; 19,7% …"
    s, e = ctx.sentence_span(p.sent)
    if _POOLED_BASES.search(ctx.lower_slice(s, e)):
        return None  # "… của cả hai cấp": more than the one count found
    if _other_frame(ctx, done_to[0], p):
        return None
    return done_to[0], True


_SPAN_WORDS = re.compile(
    r"\btừ đầu nhiệm kỳ|\bđến nay\b|\blũy kế\b|\bgiai đoạn\b|\bnhiệm kỳ\b|\bcác năm\b|"
    r"\b(?:19|20)\d{2}\b"
)


def _other_frame(ctx: Context, g: Fig, p: Fig) -> bool:
    """Does the percent's sentence frame another span or set than the count's? A span or year
    it names that the count's sentence lacks ("Từ đầu nhiệm kỳ đến nay, 38,6% …", "… trong các
    năm 2022 - 2023"), or another count of the noun before the percent in its own sentence
    ("Toàn huyện có 45 đảng viên bị kỷ luật; 15,6% …")."""
    s, _e = ctx.sentence_span(p.sent)
    gs, ge = ctx.sentence_span(g.sent)
    here = ctx.lower_slice(s, ctx.sentence_span(p.sent)[1])
    there = ctx.lower_slice(gs, ge)
    if any(m.group(0) not in there for m in _SPAN_WORDS.finditer(here)):
        return True
    return any(
        f is not g and f.type == "quantity" and f.exact_count and f.unit.key == g.unit.key
        for f in ctx.by_sent.get(p.sent, ())
        if f.end <= p.start
    )


def _own_words(ctx: Context, noun: object, named: str, found: list[Fig]) -> Fig | None:
    """The one count among ``found`` whose own words hold every word the name adds to its
    noun: "số chi bộ điểm" -> "17 chi bộ làm điểm …" (not "27 chi bộ"). None when the name
    adds nothing, or when counts of different values hold those words."""
    head = getattr(noun, "head", None) or ""
    words = norm_words(named).split()
    lead = len(head.split()) if head and norm_words(named).startswith(head) else 1
    extra = [w for w in words[lead:] if w not in _PLAIN_WORDS]
    if not extra:
        return None
    hits = []
    for g in found:
        own = set(descriptor(ctx, g).split())
        if all(w in own for w in extra):
            hits.append(g)
    if not hits or len({g.value for g in hits}) != 1:
        return None
    return hits[0]


def _among_these(ctx: Context, p: Fig) -> tuple[Fig, bool] | None:
    """The base of "P% trong số này": the nearest count before the percent, in its sentence or
    the one before; certain when that count is the only one of its clause and the percent
    follows it with nothing counted in between."""
    prev = ctx.earlier(p, 1)
    g = next(prev, None)
    if g is None or g.sent < p.sent - 1 or g.type != "quantity" or not g.exact_count:
        return None
    if g.unit.head in vocab.TIME_UNITS or g.unit.key.split(" ")[0] in vocab.TIME_UNITS:
        return None
    if not (g.unit.fams or g.unit.generic):
        return None
    cs, _ce = ctx.clause(g.start, g.end)
    alone = all(f is g for f in ctx.figs_from(cs, g.end) if f.type != "date")
    return g, alone


# Signs that a percent is of something else than the count found as its base:
#   "đồng chí có số phiếu cao nhất đạt 98,6%"                 a vote share of the delegates
#   "… chiếm 0,3% tổng số đảng viên toàn Đảng bộ"             a wider whole named after it
#   "Tỷ lệ cấp ủy viên nữ của các cấp ủy cơ sở đạt 22,6%"     a rate over many other bodies
#   "14 chi bộ, …, tỷ lệ đảng viên tham gia sinh hoạt đạt 93,4%"   a rate of another noun
_VOTES = re.compile(r"số phiếu|phiếu bầu|tín nhiệm|biểu quyết|cử tri|tán thành")
_WIDER_AFTER = re.compile(
    r"^\s*(?:so với\s+|của\s+|trên\s+)?(?:tổng\s+)?số\s+[^\d;.()]{0,40}?\b(?:toàn|cả|của)\b"
)
# the percent names its own whole: "16,1% trong tổng số 31 đảng viên bị kỷ luật năm 2022"
_OWN_WHOLE_AFTER = re.compile(r"^\s*(?:trên|trong|so với)\s+tổng\s+số\b")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_FROM_YEAR = re.compile(
    r"\btừ\s+[^;.]{0,40}?\(\s*(?:năm\s+)?(?:19|20)\d{2}\s*\)(?=[^;.]{0,50}?\b(?:lên|xuống|tăng|giảm)\b)"
)
# people by their post or trade, beside vocab's families: "14 bí thư chi bộ bản"
_PEOPLE_WORDS = (
    "bí thư", "chủ tịch", "trưởng", "phó", "giáo viên", "bác sĩ", "lao động", "người", "học sinh",
    "học viên", "đại biểu", "cán bộ", "công chức", "viên chức", "ủy viên", "hội viên", "đoàn viên",
)  # fmt: skip
_PASS_WORDS = frozenset({"đạt", "hoàn", "trúng", "tốt", "xếp"})
_RATE_NOUN = re.compile(r"\b(?:tỷ lệ|tỉ lệ)\s+([^\W\d]+)")
_OWN_FRACTION_AFTER = re.compile(r"^\s*\(\s*\d[\d.]*\s*/\s*\d")
_ONE_MEMBER = re.compile(
    r"\b(?:cao nhất|thấp nhất|lớn nhất|nhỏ nhất|nhiều nhất|ít nhất|bình quân|trung bình)\b"
)
_ONE_MEMBER_AFTER = re.compile(
    r"^[^;.]{0,30}?\b(?:cao nhất|thấp nhất|lớn nhất|nhỏ nhất|nhiều nhất|ít nhất)\b"
)
_NAMED_MEMBER = re.compile(
    r"\b(?:trong đó|riêng|nhất là|đặc biệt là|như)\s+(?:[Xx]ã|[Tt]hôn|[Bb]ản|[Bb]uôn|[Ll]àng|[Pp]hường|[Ấấ]p|[Cc]hi bộ|[Đđ]ảng bộ|[Tt]rường|[Hh]uyện)"
    r"\s+(?:[a-zđà-ỹ]+\s+)?[A-ZĐÂĂÊÔƠƯ][\wÀ-ỹ]*"
)
_NAMED_NOUN_AFTER = re.compile(
    r"^\s*(?:của\s+|trong\s+|trên\s+|so với\s+)?(?:tổng\s+)?số\s+"
    r"(?!(?:này|đó|ấy|trên|nói trên|kể trên|nêu trên)\b)([^\W\d]+(?:\s+[^\W\d]+)?)"
)
_AMONG_NAMED = re.compile(r"\btrong (?:tổng )?số (?!đó\b|này\b|ấy\b|trên\b|nói trên\b)[^\W\d]")
_OWN_WHOLE_IN = re.compile(r"\b(?:trên|trong|so với)\s+tổng\s+số\b")
_RATE_OF = re.compile(
    r"(?:tỷ lệ|tỉ lệ)\s+([^\d;()%]{2,80}?)\s*(?:\s(?:đạt|là|chiếm|ở mức|bằng)|\()\s*$"
)
# ("trong sạch, vững mạnh" is a grade, not "in …")
_SCOPE_OF = re.compile(r"\b(?:trong(?!\s+sạch\b)|của)\s+((?:toàn|các|tổng)\b.*|.+)$")


# a planned or future rate: a target need not be a whole count of the base ("phấn đấu 60%
# số xã đạt chuẩn", "60% xã sẽ đạt chuẩn", "dự kiến đạt 50,5%")
_PLANNED = re.compile(
    r"\b(?:sẽ|phấn đấu|dự kiến|kế hoạch|mục tiêu|chỉ tiêu|định hướng|đề ra|dự báo|ước đạt|ước tính)\b"
)


_FUTURE_AFTER = re.compile(r"[^.;]{0,30}?\b(?:sẽ|phấn đấu|dự kiến)\b")


def _own_fraction_in_sentence(ctx: Context, base: Fig, p: Fig) -> bool:
    """Does a fraction a/b of the percent's sentence, b not the base, give the percent?
    (white-box review 66: "Qua kiểm tra tại 16 xã, 58,3% số xã thuần nông … (7/12 xã)")"""
    for g in ctx.by_sent.get(p.sent, ()):
        if g.type != "ratio":
            continue
        a, b = g.m.get("numerator"), g.m.get("denominator")
        if not isinstance(a, int | float) or not isinstance(b, int | float) or not b:
            continue
        if b != base.value and grim(p.value, int(b), decimals_of(p.m))[0] == "consistent":  # type: ignore[arg-type]
            if abs(100 * a / b - p.value) <= 0.5 * 10 ** -decimals_of(p.m) + 1e-9:  # type: ignore[operator]
                return True
    return False


def _larger_before(ctx: Context, base: Fig) -> bool:
    """Is a larger count of the base's kind stated earlier in its sentence, the base outside
    any bracket or "trong đó" list of it? Then the base is a change or a part of that count
    ("37 đảng viên, … kết nạp 3 đồng chí", "15 đồng chí, hiện khuyết 2 đồng chí"), and a member
    attribute after it may be of the larger count (white-box review 66)."""
    for g in ctx.by_sent.get(base.sent, ()):
        if g.start >= base.start:
            break
        if (
            g.type == "quantity"
            and g.exact_count
            and g.value is not None
            and g.value > base.value  # type: ignore[operator]
            and (g.unit.fams & base.unit.fams or (_people(g) and _people(base)))
            and not _MARKER.search(ctx.low, g.end, base.start)
            and ";" not in ctx.text[g.end : base.start]
            and not _OWN_STOCK.search(ctx.before_low(base, 12))
        ):
            return True
    return False


# the base stated as a body's own stock: "…; Ban Thường vụ có 13 đồng chí, trong đó nữ …"
_OWN_STOCK = re.compile(r"\b(?:có|gồm)\s*$")


# After ";", a percent's clause that names a year, a term or a cumulated span the base's clause does
# not, or widens its body ("gồm cả", "kể cả"): "tuyển dụng 24 giáo viên; năm 2023, 70,6% số giáo
# viên được tuyển dụng là nữ", "công nhận 28 đảng viên chính thức; 46,6% số đảng viên được công
# nhận trong nhiệm kỳ là nữ", "…; 70,6% số giáo viên mới … (gồm cả số giáo viên hợp đồng …)".
_SCOPE_WORDS = re.compile(
    r"\b(?:19|20)\d{2}\b|(?:trong|cả|suốt|qua) (?:nhiệm kỳ|giai đoạn)|lũy kế|từ đầu|cả năm"
    r"|các năm|năm trước|gồm cả|kể cả|tính cả|bao gồm cả"
)


def _other_scope(ctx: Context, base: Fig, p: Fig) -> bool:
    semi = ctx.text.rfind(";", base.end, p.start)
    if semi < 0:
        return False
    ss, e = ctx.sentence_span(p.sent)
    own = set(_SCOPE_WORDS.findall(ctx.low, ss, base.end))
    for w in _SCOPE_WORDS.findall(ctx.low, semi, e):
        if w in own:
            continue
        if w[:1].isdigit() and not any(o[:1].isdigit() for o in own):
            continue  # a date of the count ("đến ngày 15/6/2025, …") when the base names no year
        return True
    return False


def _not_of_base(ctx: Context, base: Fig, p: Fig) -> bool:
    s, _ = ctx.sentence_span(p.sent)
    cs, ce = ctx.clause(p.start, p.end)
    if _PLANNED.search(ctx.low, max(cs, s, p.start - 80), p.start) or _FUTURE_AFTER.match(
        ctx.low, p.end, min(ce, p.end + 40)
    ):
        return True
    if _own_fraction_in_sentence(ctx, base, p):
        return True  # "…, 41,2% số chi bộ ghép chưa … (7/17 chi bộ)": the percent is of 17
    if _larger_before(ctx, base):
        return True  # "Chi bộ có 37 đảng viên, trong năm kết nạp 3 đồng chí, nữ chiếm 29,7%"
    if _other_scope(ctx, base, p):
        return True  # "24 giáo viên; năm 2023, 70,6% số giáo viên …", "… (gồm cả …)"
    before = ctx.lower_slice(max(s, p.start - 100), p.start)
    if _VOTES.search(before[-60:]) or _WIDER_AFTER.match(ctx.after_low(p, 60)):
        return True
    if _OWN_WHOLE_AFTER.match(ctx.after_low(p, 30)) and not _whole_right_after(ctx, p, base):
        return True  # "30,8% trên tổng số cán bộ, công chức cơ quan": the percent names its whole
    q = ctx.prev_in_sent(p)
    if (
        q is not None
        and q is not base
        and q.start > base.end
        and q.type == "quantity"
        and q.exact_count
        and (_people(q) and _people(base) or q.unit.key == base.unit.key)
        and ";" not in ctx.gap(q, p)
    ):
        return True  # "…; đảng viên trong độ tuổi lao động 410 đồng chí, tham gia … 92,4%": of 410
    after = ctx.after_low(p, 40)
    if _OWN_FRACTION_AFTER.match(after):
        return True  # "đạt 88,6% (365/412 đồng chí)": the percent's own fraction
    lo = max(s, base.end, p.start - 70)
    if _ONE_MEMBER.search(ctx.low, lo, p.start) or _ONE_MEMBER_AFTER.match(after):
        return (
            True  # "cao nhất đạt 46,2%", "tỷ lệ … bình quân 87,5%": one member's rate, an average
        )
    # (only in the percent's own sentence: a member named in a paragraph between a territory's
    # make-up and a later rate of its units does not scope that rate)
    if base.end <= p.start and _NAMED_MEMBER.search(ctx.text, max(base.end, s), p.start):
        return True  # "6 xã …, trong đó xã Ia Mơr có tỷ lệ hộ nghèo 31,8%": one named member
    rate = _RATE_NOUN.search(ctx.low, lo, p.start)
    if (
        rate
        and not _people(base)
        and rate.group(1) != (base.unit.key or "?").split()[0]
        and rate.group(1) not in _PASS_WORDS  # "tỷ lệ đạt …": a pass rate names no other noun
        and not _UNIT_GRADE.match(ctx.low, rate.start(1), p.start)
    ):
        return True  # "12 hội nghị …, trong đó hội nghị trực tuyến có tỷ lệ đảng viên tham dự …"
    if base.sent != p.sent:
        # "Năm 2023 … 80 đảng viên …. Năm 2022, khai trừ chiếm 9,2% …": another year
        # (not the starting year of a change up to now: "tăng từ 18 hợp tác xã (năm 2019) lên 41
        # hợp tác xã; tỷ lệ xã … đạt 73,8%")
        own_years = set(_YEAR.findall(_FROM_YEAR.sub(" ", ctx.lower_slice(s, p.start))))
        base_years = set(_YEAR.findall(ctx.lower_slice(*ctx.sentence_span(base.sent))))
        if base_years and own_years - base_years:
            return True
    named = _NAMED_NOUN_AFTER.match(after)
    if named and named.group(1).split()[0] != (base.unit.key or "?").replace(",", " ").split()[0]:
        return True  # "31 đảng viên …, … chiếm 40,9% số đoàn viên được kết nạp": another whole
    if (
        base.end <= p.start
        and _AMONG_NAMED.search(ctx.low, base.end, p.start)
        and p.id not in ctx.memo.get("granularity.among_done", ())  # type: ignore[operator]
    ):
        return True  # "31 cán bộ …; trong số cán bộ nữ được quy hoạch, 35,7% …": a subgroup
    cs, _ = ctx.clause(p.start, p.end)
    if re.search(r"lần lượt|tương ứng", ctx.lower_slice(max(cs, p.start - 60), p.start)):
        return True  # "tỷ lệ nữ lần lượt là 28,6% và 30,2%": one percent per body
    rate = _RATE_OF.search(before)
    if rate is None:
        return False
    subject = rate.group(1)
    if "bình quân" in subject or "hằng tháng" in subject:
        return True  # an average attendance rate, not a count of the body
    if _OWN_WHOLE_IN.search(subject):
        return True  # "tỷ lệ cấp ủy viên bị kỷ luật trên tổng số cấp ủy viên các cấp là 1,2%"
    wider = _WIDER.search(subject)
    if wider and wider.group(0).removeprefix("của ") not in ctx.lower_slice(
        *ctx.sentence_span(base.sent)
    ):
        return True  # "tỷ lệ xã đạt chuẩn toàn tỉnh là 78,5%" after "Huyện có 12 xã"
    lead = unit_info(norm_words(subject.split(",")[0]))
    noun = lead.head if lead.fams else ""  # a counted noun of the vocabulary ("thôn", "kiến nghị")
    own = (base.unit.head or base.unit.key or "").lower()
    if noun and own and noun != own and not _people_pair(noun, own) and "person" not in lead.fams:
        return True  # "tỷ lệ thôn, tổ dân phố có quy ước"
    cs2, _ = ctx.clause(p.start, p.end)
    if (
        ctx.text[max(0, cs2 - 2) : cs2 + 1].strip().startswith(";")
        or ctx.low.rfind(";", ctx.sentence_span(p.sent)[0], p.start) > base.end
    ):
        words = set(norm_words(subject).split())
        if (
            len(words) >= 2
            and not words & (_BODY_WORDS | set(own.split()))
            and "dân tộc" not in subject
        ):
            return True  # "…; tỷ lệ kiến nghị được tiếp thu đạt 86,7%": a rate of something else
    if re.search(r"\bcủa (?:các|những)\b", subject):
        return True
    scope = _SCOPE_OF.search(subject)
    if scope is not None:
        # "tỷ lệ nữ trong cấp ủy cơ sở", "… của toàn ngành": a body other than the base's own
        bs, _ = ctx.sentence_span(base.sent)
        own = set(norm_words(ctx.lower_slice(bs, base.end)).split())
        words = set(norm_words(scope.group(1)).split())
        if "toàn" in words or "tổng" in words or not words <= own:
            return True
        # "Ban Chấp hành Đảng bộ có 35 …, … tỷ lệ … trong Đảng bộ (26,4%)": the parent body
        bodies = {("chấp", "hành"), ("thường", "vụ"), ("kiểm", "tra"), ("hội", "đồng")}
        if any(a in own and b in own and not (a in words and b in words) for a, b in bodies):
            return True
    noun = (base.unit.head or base.unit.key or "").lower()
    info = unit_info(norm_words(subject))
    return bool(noun and info.head and info.head != noun and not _people_pair(info.head, noun))


_BODY_WORDS = frozenset(
    {"nữ", "nam", "trẻ", "đảng", "viên", "thành", "ủy", "cán", "bộ", "đồng", "chí",
     "người", "chuyên", "trách", "kiêm", "nhiệm", "tuổi", "trình", "độ"}
)  # fmt: skip


def _people_pair(a: str, b: str) -> bool:
    def people(x: str) -> bool:
        return x in ("đồng chí", "người", "cán bộ") or x.endswith("viên") or x.startswith("cấp ủy")

    return people(a) and people(b)


def _grim_row(ctx: Context, base: Fig, p: Fig, span: tuple[int, int]) -> Check | None:
    """The GRIM row of percent ``p`` over the whole count ``base`` (None when GRIM cannot bite)."""
    n = int(base.value)  # type: ignore[arg-type]
    if p.value is None or p.qual != "exact" or not 0 < p.value < 100:
        return None
    d = decimals_of(p.m)
    if not grim_applies(n, d):
        return None
    verdict, rounding, k0, k1 = grim(p.value, n, d)
    if verdict == "inconsistent" and _not_of_base(ctx, base, p):
        return None
    shown = max(2, d + 1)
    if verdict == "consistent":
        calc = round(100 * k0 / n, shown)
        how = (
            ("rounds to", "làm tròn thành")
            if rounding == "half-up"
            else ("only truncation gives", "chỉ khi bỏ phần lẻ mới ra")
        )
        why = render("granularity.fits", k=k0, n=n, calc=calc, stated=p.value, how=how)
        expected: object = calc
    else:
        c0, c1 = round(100 * k0 / n, shown), round(100 * k1 / n, shown)
        why = render("granularity.impossible", n=n, stated=p.value, k0=k0, k1=k1, c0=c0, c1=c1)
        expected = [c0, c1]
    return ctx.check(
        NAME,
        verdict,
        [n, p.value],
        [base, p],
        span,
        expected=expected,
        observed=p.value,
        tolerance=10.0**-d / 2,
        why=why,
        rounding=rounding,
    )


# A count the percent is said of ("46 hội viên …, chiếm 9,2% tổng số hội viên") is its part,
# never its base, even when the base is named by the part's noun.
_PART_LINK = re.compile(r",\s*chiếm\s*$")


def _counted_before(ctx: Context, p: Fig) -> Fig | None:
    """The count right before ``p`` in its sentence, past an age or a span in its label ("46 hội
    viên trên 80 tuổi, chiếm …" -> the 46)."""
    g = ctx.prev_in_sent(p)
    while (
        g is not None
        and g.type == "quantity"
        and (g.unit.head in vocab.TIME_UNITS or g.unit.key.split(" ")[0] in _AGE_OR_TIME)
    ):
        g = ctx.prev_in_sent(g)
    return g


def _names_other_count(ctx: Context, base: Fig, p: Fig, sent_figs: list[Fig]) -> bool:
    """Does the percent say, right after it, which people or things it counts, naming the unit
    of another count of its sentence than ``base``? "Toàn Đảng bộ có 2.145 đảng viên sinh hoạt
    tại 38 tổ chức cơ sở đảng, trong đó 12% là đảng viên nữ": of the 2.145, not the 38."""
    said = ctx.after_low(p, 30)
    hit = re.match(r"\s*(?:là|số)\s+([^\W\d]+(?:\s+[^\W\d]+)?)", said)
    if hit is None or not base.unit.key or hit.group(1).startswith(base.unit.key):
        return False
    return any(
        g is not base and g.type == "quantity" and g.unit.key and g.end < p.start
        and hit.group(1).startswith(g.unit.key)
        for g in sent_figs
    )  # fmt: skip


def _back_rows(ctx: Context, taken: set[str]) -> list[Check]:
    """GRIM rows of percents whose base is named after them (see :func:`_named_back`)."""
    out: list[Check] = []
    for p in ctx.percents:
        if p.type != "percent" or p.id in taken or p.value is None or p.qual != "exact":
            continue
        tail = ctx.text[p.end : p.end + 40]
        if "số" not in tail[:20] and "được" not in tail and "bị" not in tail:
            continue
        got = _named_back(ctx, p)
        if got is None:
            continue
        base, certain = got
        if _counted_before(ctx, p) is base and _PART_LINK.search(ctx.gap(base, p).lower()):
            continue  # "Có 46 hội viên trên 80 tuổi, chiếm 9,2% tổng số hội viên": 46 is the part
        s, e = ctx.clause(p.start, p.end)
        row = _grim_row(ctx, base, p, (s, e))
        if row is None or (row.verdict != "consistent" and not certain):
            continue
        if row.verdict == "inconsistent" and base.end <= s and _WIDER.search(ctx.low, s, p.start):
            continue  # "…; trên toàn huyện, người Dao chiếm 44% số bí thư chi bộ": a wider scope
        out.append(row)
    return out


# A territory's own make-up, stated with "có"/"gồm": "Huyện có 15 xã, thị trấn", "Thị xã gồm
# 9 phường", "toàn xã có 12 thôn" -> the whole of any rate of those very units in the report.
# (a ward or district may be numbered: "Phường 3 hiện có 9 khu phố", "Quận 10 có 15 phường")
_TERRITORY_HAS = re.compile(
    r"(?:^|\b)(?:huyện|xã|tỉnh|thị xã|thành phố|thị trấn|toàn\s+\w+(?:\s+\w+)?"
    r"|(?:quận|phường)(?:\s+\d{1,2}(?![\d.,]))?)"
    r"\b[^\d;,.()]{0,25}?\b(?:hiện\s+)?(?:có|gồm)\s*$"
)
# The units a rate is of, before it ("Tỷ lệ xã, thị trấn có … đạt 46%") or after it ("58,3% số
# thôn có nhà văn hóa"); the words after the unit must start its predicate, not lengthen it.
_RATE_OF_BEFORE = re.compile(
    r"(?:tỷ lệ|tỉ lệ)\s+(?P<n>(?:[^\d;.()%]|\bnăm (?:19|20)\d\d\b){2,80}?)\s+(?:đạt|là|chiếm|bằng|còn)\s*$"
    # the units opening their clause after "số", the rate named after the verb: "Năm 2023, số
    # chi bộ được xếp loại … chiếm 33,3%", "số thôn, bản có đường ô tô … đạt tỷ lệ 47,6%"
    r"|(?:^|[,:;.]\s*|\bnăm\s+\d{4}\s*,?\s*)số\s+(?P<m>[^\d;.()%]{2,80}?)\s+"
    r"(?:đạt|là|chiếm|bằng)(?:\s+(?:tỷ lệ|tỉ lệ))?\s*$"
)
# every match of _RATE_OF_BEFORE ends with one of these words and then blanks: a window that does
# not is never searched (the pattern tries each start with two lazy runs of up to 80 characters)
_RATE_OF_ENDS = ("đạt", "là", "chiếm", "bằng", "còn", "tỷ lệ", "tỉ lệ")
_RATE_OF_AFTER = re.compile(r"^\s*(?:của\s+|trong\s+)?(?:tổng\s+)?số\s+(?P<n>[^\d;.()%]{2,80})")
_OPENS_CLAUSE = re.compile(r"(?:^|[,:;.(\n]|\bnay|\bvậy|\bcho thấy)\s*(?:(?:đã|mới|chỉ|có)\s+)?$")
_OPENS_CLAUSE_HAS = re.compile(
    r"(?:^|[,:;.(\n])\s*(?:(?:đến|tính đến)\s+(?:nay|cuối năm|hết năm|cuối nhiệm kỳ)\s*,?\s*)?"
    r"(?:đã|hiện|nay|mới)?\s*có\s*$"
)
# what a window that either of the two above matches ends with, before its blanks: a mark, "nay",
# "vậy", "cho thấy" or a verb ("có" closes every match of _OPENS_CLAUSE_HAS)
_OPENS_CLAUSE_ENDS = (",", ":", ";", ".", "(", "nay", "vậy", "cho thấy", "đã", "mới", "chỉ", "có")


def _may_open_clause(w: str) -> bool:
    """False only when neither _OPENS_CLAUSE nor _OPENS_CLAUSE_HAS can match ``w``: it does not
    end with one of _OPENS_CLAUSE_ENDS before its blanks, is not blank, and has no newline in its
    trailing blanks ("(?:^|[…\\n])\\s*$")."""
    tail = w.rstrip()
    return not tail or tail.endswith(_OPENS_CLAUSE_ENDS) or "\n" in w[len(tail) :]


_DIGIT = re.compile(r"\d")
# a lead that names a place or a level ("Ở cấp huyện, đã có 72,5% thôn …"): another scope
_LEVEL_LEAD = re.compile(r"\b(?:cấp|toàn|cả|tỉnh|huyện|vùng|khu vực|địa bàn|ở|tại)\b")
_RATE_OF_BARE = re.compile(r"^\s*(?P<n>[^\W\d][^\d;.()%]{1,80})")
_PREDICATE_WORDS = frozenset(
    "có đạt được đã hoàn không chưa còn bị thực triển xây xếp tham sử áp duy thoát".split()
)


_HAS_TAIL = ("có", "Có", "gồm", "Gồm")
_TERRITORY_LIST = re.compile(
    r"(?:^|\b)(?:huyện|xã|tỉnh|thị xã|thành phố|thị trấn|(?:quận|phường)(?:\s+\d{1,2}(?![\d.,]))?)"
    r"\b[^\d;,.()]{0,25}?"
    r"\b(?:hiện\s+)?(?:có|gồm)\s+(?:[^;.()]{1,40}?,\s*){1,3}$"
)


# words after a fraction's noun that qualify it (review 29g): "6/6 xã khu vực III", "4/4 thôn đặc
# biệt khó khăn", "3/3 xã điểm" are all of a subset, not of the noun's every unit
_QUALIFIED_AFTER = re.compile(
    r"\s+(?:đặc biệt|điểm|trọng điểm|thuộc|an toàn khu|dân tộc|khó khăn|ven|bãi ngang|vùng"
    r"|miền|khu vực|diện|được chọn|thí điểm)\b",
    re.IGNORECASE,
)


def _qualified_key(ctx: Context, f: Fig) -> str:
    kind = _SUBSET_KIND.match(ctx.low, f.end)
    return f"{f.unit.key} {kind.group(1)}" if kind and kind.group(1) not in f.unit.key else f.unit.key


def _profile(ctx: Context) -> dict[str, tuple[Fig, bool]]:
    """The territory's counts by unit words, once per document: only a unit stated with one
    value, never dated, and with no larger count of the same words anywhere in the report."""
    got = ctx.memo.get("granularity.profile")
    if got is not None:
        return got  # type: ignore[return-value]
    found: dict[str, list[Fig]] = {}
    text = ctx.text
    listed: set[str] = set()  # (counts listed after the territory's area: see _territory_rows)
    ctx.memo["granularity.profile_listed"] = listed
    for f in ctx.quantities:
        if f.type != "quantity" or not f.exact_count or f.value >= 100 or not f.unit.key:  # type: ignore[operator]
            continue
        if not text[max(0, f.start - 6) : f.start].rstrip().endswith(_HAS_TAIL):
            # "Phường có diện tích tự nhiên 3,82 km2, 24 tổ dân phố": a later item of the
            # territory's make-up, listed after "có" (commas only, no other clause between)
            if not (
                text[max(0, f.start - 2) : f.start].startswith(",")
                and (f.unit.fams & _TERRITORY_UNITS)
                and _TERRITORY_LIST.search(ctx.before(f, 90).lower())
            ):
                continue
            listed.add(f.id)
        elif not _TERRITORY_HAS.search(ctx.before(f, 60).lower()):
            continue
        cs, _ce = ctx.clause(f.start, f.end)
        if vocab.TIME_MARK.search(text[cs : f.end].lower()):
            continue  # "năm 2019 huyện có 18 xã": the make-up of another time
        found.setdefault(f.unit.key, []).append(f)
    biggest: dict[str, float] = {}
    values: dict[str, set[float]] = {}
    if found:
        for f in ctx.figs:
            key = f.unit.key
            if key in found and f.type == "quantity" and f.exact_count:
                biggest[key] = max(biggest.get(key, 0.0), f.value)  # type: ignore[arg-type]
                values.setdefault(key, set()).add(f.value)  # type: ignore[arg-type]
    # (count, sure): sure when no other count of those words is stated anywhere ("Xã có 12 thôn,
    # trong đó 7 thôn …": a rate "số thôn …" may then be of the 7 as well; a fit is still told)
    out = {
        k: (fs[0], len(values[k]) == 1)
        for k, fs in found.items()
        if len({f.value for f in fs}) == 1 and biggest[k] <= fs[0].value  # type: ignore[operator]
    }
    # "7/7 xã giữ vững chuẩn …; có 57,1% số xã đạt chuẩn nâng cao": a fraction of the territory's
    # units names their whole (its denominator); fit-only, the only whole of those words written
    # "6/6 chi bộ thôn đưa …; số chi bộ thôn … đạt 71,4%": all of a noun's units ("N/N") is
    # their whole for any noun; sure when no other count of those words is written at all
    dens: dict[str, list[Fig]] = {}
    alls: set[str] = set()
    for f in ctx.figs:
        den = f.m.attrs.get("denominator") if f.type == "ratio" else None
        if not (den and f.unit.key and float(den).is_integer() and 1 < den < 1000):
            continue
        if _QUALIFIED_AFTER.match(ctx.low, f.end):
            continue  # "6/6 xã khu vực III được đầu tư …": all of a subset, not of the noun
        # "6/6 chi bộ thôn …": the whole of "chi bộ thôn", not of every "chi bộ" (review 29g)
        key = _qualified_key(ctx, f)
        every = f.m.attrs.get("numerator") == den
        if f.unit.fams & _TERRITORY_UNITS or (every and f.unit.fams):
            dens.setdefault(key, []).append(
                replace(f, type="quantity", value=float(den), exact_count=True, qual="exact")
            )
            if every:
                alls.add(key)
    for k, fs in dens.items():
        counts = {
            g.value
            for g in ctx.figs
            if g.type == "quantity" and g.value and g.unit.key and _qualified_key(ctx, g) == k
        }
        if k not in out and len({f.value for f in fs}) == 1 and max(counts, default=0) <= fs[0].value:  # type: ignore[operator]
            sure = k in alls and counts <= {fs[0].value}
            out[k] = (fs[0], sure)
    ctx.memo["granularity.profile"] = out
    return out


def _rate_of(profile: dict[str, tuple[Fig, bool]], words: str) -> tuple[Fig, bool] | None:
    """The profile count whose unit words open ``words``, followed by a predicate word."""
    w = norm_words(words)
    best: tuple[Fig, bool] | None = None
    for key, got in profile.items():
        if w == key or w.startswith(key + " "):
            nxt = w[len(key) :].split(" ", 2)
            if len(nxt) > 1 and nxt[1] not in _PREDICATE_WORDS and not (
                nxt[1] == "trong" and len(nxt) > 2 and nxt[2].startswith("sạch")
            ):  # ("số chi bộ trong sạch, vững mạnh chiếm …": a grade, the predicate)
                continue
            if best is None or len(key) > len(best[0].unit.key):
                best = got
    return best


_ENDS_HERE = re.compile(r"\s*(?:[,.;)]|$)")
_NAMES_OWN = re.compile(r"\s*(?:của\s+)?(?:tổng\s+)?số\s+([^\d,.;()%]{1,40})")


def _ends_or_names(ctx: Context, p: Fig, base: Fig) -> bool:
    """Does the percent end its clause, or name the base's own units after it ("… chiếm 45%
    tổng số thôn")? A plan, an amount or another whole after it ("đạt 80% kế hoạch", "chiếm 45%
    tổng vốn", "chiếm 4,1% tổng số hộ" after a count of poor households) is no rate of the base."""
    if _ENDS_HERE.match(ctx.low, p.end):
        return True
    named = _NAMES_OWN.match(ctx.low, p.end)
    key = base.unit.key or "?"
    return bool(named and norm_words(named.group(1)).startswith(key))


def _territory_rows(ctx: Context, taken: set[str]) -> list[Check]:
    """GRIM rows of rates of the territory's own units (see :data:`_TERRITORY_HAS`):
    "Huyện có 15 xã, thị trấn. … Tỷ lệ xã, thị trấn có mô hình điểm đạt 46%" (6/15 = 40%,
    7/15 = 46,7%: impossible)."""
    profile: dict[str, tuple[Fig, bool]] | None = None  # built on the first rate that needs it
    out: list[Check] = []
    for p in ctx.percents:
        if p.type != "percent" or p.id in taken or p.value is None or p.qual != "exact":
            continue
        before = ctx.before(p, 100).lower()
        hit = (
            _RATE_OF_BEFORE.search(before)
            if ("lệ" in before or "số" in before) and before.rstrip().endswith(_RATE_OF_ENDS)
            else None
        )
        opens = _may_open_clause(before[-40:])  # (else neither search below can match)
        if (
            not hit
            and opens
            and "số" in ctx.text[p.end : p.end + 12]
            and _OPENS_CLAUSE.search(before[-40:])
        ):
            # "58,3% số thôn có …" opens its clause: the percent is the subject, "có …" its
            # predicate; after a link ("chiếm 31% số xã đã đạt chuẩn") the words name a subset
            hit = _RATE_OF_AFTER.match(ctx.after(p, 80).lower())
        if (
            not hit
            and opens
            and (_OPENS_CLAUSE_HAS.search(before[-40:]) or _OPENS_CLAUSE.search(before[-40:]))
        ):
            # "Xã có 11 thôn, đã có 72,5% thôn có …", "…; đến cuối năm có 85,5% xã, thị trấn
            # đạt …", "Qua bình xét, 61,5% tổ dân phố đạt …": the units right after the percent
            # opening its clause, no "số" (they must be the profile's
            # words, then a predicate word: see _rate_of)
            hit = _RATE_OF_BARE.match(ctx.after(p, 80).lower())
        if not hit:
            continue
        if profile is None:
            profile = _profile(ctx)
        got = _rate_of(profile, hit.group("n") or hit.group("m"))
        if got is None or got[0].start > p.start:
            continue
        if hit.re is _RATE_OF_BARE and (
            got[0].sent < p.sent - 2
            or _LEVEL_LEAD.search(ctx.lower_slice(ctx.clause(p.start, p.end)[0], p.start))
            or _DIGIT.search(ctx.text, got[0].end, p.start)
            or _DIGIT.search(ctx.text, p.end, ctx.clause(p.start, p.end)[1])
        ):
            # the bare reading only close to its count with nothing counted, dated or rated
            # between or after it: "Xã hiện có 12 thôn. Sau khi sáp nhập, số thôn còn 9; 55,6%
            # thôn đạt …", "Năm 2019, 61,5% tổ dân phố …", "… 61,5% tổ dân phố đạt 80% kế hoạch"
            continue
        if hit.re is _RATE_OF_BEFORE and hit.group("m") and not _ends_or_names(ctx, p, got[0]):
            continue  # "Số thôn xây mới nhà văn hóa đạt 80% kế hoạch năm": of a plan (review 20b)
        if _AFTER_NOT_SHARE.match(ctx.low[p.end : p.end + 20]):
            continue  # "tỷ lệ thôn đạt danh hiệu … đạt 70,8% kế hoạch": of a plan (session 24)
        row = _grim_row(ctx, got[0], p, ctx.clause(p.start, p.end))
        if row is not None and row.verdict == "inconsistent" and _other_moment(ctx, got[0], p):
            continue
        if row is not None and row.verdict == "inconsistent" and _scope_moved(ctx, got[0], p):
            continue  # "Quận có 15 phường. Trên địa bàn thành phố, … Tuy nhiên, mới có 57,8% …"
        if (
            row is not None
            and row.verdict == "inconsistent"
            and got[0].id in ctx.memo.get("granularity.profile_listed", ())  # type: ignore[operator]
            and set(_YEAR.findall(ctx.low, ctx.sentence_span(p.sent)[0], p.start))
            - set(_YEAR.findall(ctx.lower_slice(*ctx.sentence_span(got[0].sent))))
        ):
            continue  # "Xã có diện tích …, 9 thôn. Năm 2010, tỷ lệ thôn …": another moment's rate
        if (
            row is not None
            and row.verdict == "inconsistent"
            and _DIGIT.search(hit.group("n") or hit.group("m") or "")
        ):
            continue  # "tỷ lệ tổ dân phố … năm 2023 là 87,5%": a year's rate, fit-only
        if row is not None and (got[1] or row.verdict == "consistent"):
            out.append(row)
    return out


# (session 40, review 40h) Between a territory's stock and a rate of its units, a sentence that
# widens the scope ("Trên địa bàn thành phố, …", "Trong toàn Đảng bộ tỉnh, …", "Trên phạm vi toàn
# tỉnh, …") may be what the rate is of; a rate opening "Trong đó," points at the sentence right
# before it, which must then be the stock's ("Huyện có 27 hợp tác xã. Các hợp tác xã thành lập
# mới … . Trong đó, 57,1% hợp tác xã …": of the new ones). A miss proves nothing then.
#   example (our own)                                                              told
#   "Quận có 15 phường. Trên địa bàn thành phố, … . Tuy nhiên, mới có 57,8% phường …"  nothing
#   "Quận có 15 phường. Các phường đều có nhà văn hóa. Đến nay, 57,8% phường …"        inconsistent
_SCOPE_WIDENED = re.compile(
    r"\b(?:trên\s+(?:phạm vi|địa bàn)\s+(?:toàn\s+)?|trong\s+toàn\s+|toàn\s+|cả\s+)"
    r"(?:tỉnh|thành phố|quốc|nước|đảng bộ tỉnh|đảng bộ thành phố|khu vực|vùng)\b|\bcả nước\b"
)
_AMONG_OPENER = re.compile(r"\W*trong (?:số )?(?:đó|này)\b")


def _scope_moved(ctx: Context, base: Fig, p: Fig) -> bool:
    """Does the text between a territory's stock ``base`` and the rate ``p`` widen the scope, or
    does the rate point at a sentence other than the stock's (above)?"""
    there = ctx.lower_slice(*ctx.sentence_span(base.sent))
    between = ctx.lower_slice(ctx.sentence_span(base.sent)[1], p.start)
    if any(m.group(0) not in there for m in _SCOPE_WIDENED.finditer(between)):
        return True
    s, _ = ctx.sentence_span(p.sent)
    return bool(_AMONG_OPENER.match(ctx.low, s)) and base.sent != p.sent - 1


# (session 22) A rate whose own clause names another moment or body than its base's: "Huyện
# hiện có 16 xã; năm 2019, trước khi sáp nhập, tỷ lệ xã đạt chuẩn … là 72,7%" (16 is today's
# count), "Ban Thường vụ Đảng ủy có 7 đồng chí; tỷ lệ đảng viên dưới 40 tuổi trong Đảng bộ là
# 36,2%" (the Party organisation's members, not the committee's). A miss proves nothing then.
#   example (our own)                                                              told
#   "Huyện hiện có 16 xã; năm 2019, trước khi sáp nhập, tỷ lệ xã … là 72,7%"        nothing
#   "Chi bộ có 31 đảng viên; tỷ lệ đảng viên nữ trong chi bộ là 18,4%"              inconsistent
#   "Huyện có 31 hợp tác xã; các hợp tác xã … trên địa bàn tỉnh có lãi chiếm tỷ lệ 61,8%" nothing
#   "Chi bộ có 31 đảng viên; đảng viên nữ của Đảng bộ xã chiếm 41,3%"               nothing
#   (review 22rb: also for a stock's rate named after ";", :func:`_subject_after_stock_rows`)
_BODY_SCOPE = re.compile(
    r"\b(?:trong|của|toàn|cả|trên địa bàn)\s+(?P<body>đảng bộ|chi bộ|hội|ban|cơ quan|đơn vị|ngành"
    r"|khối|xã|phường|thị trấn|huyện|tỉnh|thành phố)\b"
)
_YEAR_IN = re.compile(r"\b(?:19|20)\d{2}\b")


def _other_moment(ctx: Context, base: Fig, p: Fig) -> bool:
    """(a year the report's latest is told by :func:`_new_moment`; "trước khi sáp nhập" here)"""
    cs = ctx.clause(p.start, p.end)[0]
    return bool(_WIDER_OR_OTHER_TIME.search(ctx.lower_slice(cs, p.start))) or (
        p.sent == base.sent
        and bool(set(_YEAR_IN.findall(ctx.lower_slice(cs, p.start))))
        and not set(_YEAR_IN.findall(ctx.lower_slice(*ctx.clause(base.start, base.end))))
    )


def _other_body_named(ctx: Context, base: Fig, p: Fig) -> bool:
    """Does the rate's label, across ";", scope it to a body its base's subject does not name?"""
    gap = ctx.lower_slice(base.end, p.start)
    if ";" not in gap:
        return False
    hit = _BODY_SCOPE.search(gap, gap.rfind(";"))
    if hit is None:
        return False
    subject = ctx.lower_slice(ctx.sentence_span(base.sent)[0], base.start)
    return hit.group("body") not in subject


# A body of people stated with "có"/"gồm" at the end of one sentence, and the next sentence
# opening with the rate of one of its members' attributes, or with a bare percent whose
# predicate is such an attribute (our own examples):
#   "Tổ công tác gồm 13 đồng chí. Tỷ lệ cán bộ nữ là 30,8%, cán bộ dưới 35 tuổi là 23,1%."
#   "Ban Chấp hành có 21 ủy viên. Số ủy viên là người ngoài Đảng có tỷ lệ 19%."
#   "Phòng có 12 công chức. Về trình độ, 75% có trình độ thạc sĩ."
#   "Đội ngũ 15 cán bộ xã được chuẩn hóa: 60% có trình độ đại học" (one sentence, after ":")
#   "Đại hội bầu 45 ủy viên Ban Chấp hành. Số ủy viên dưới 40 tuổi chiếm 14,6%." (a body
#    elected; an age inside the label: 6/45 = 13,3%, 7/45 = 15,6%: impossible)
# The body must be the figure right before the rate (ages in the label aside), the only count of
# people in its sentence.
_RATE_LEAD = re.compile(
    r"^\s*(?:về [^\d,:;]{1,30},\s*)?(?P<label>[^\d;,:]{2,60}?)\s*"
    r"(?:là|(?:chiếm|đạt)(?:\s+(?:tỷ lệ|tỉ lệ))?|ở mức|bằng|có tỷ lệ|có tỉ lệ|(?<=\S):)\s*$"
)
# (session 40) also after an opener of now or of findings: "… hiện có 31 người. Đến nay, 87,1%
# có trình độ …"
_BARE_LEAD = re.compile(
    r"^\s*(?:về [^\d,:;]{1,30},\s*)?"
    r"(?:(?:đến nay|hiện nay|trong đó|trong số (?:đó|này)|kết quả(?: cho thấy)?)\s*[,:]?\s*)?$"
)
_BARE_PRED = re.compile(r"^\s*(?:có\s+trình độ|là\s+(?:nữ|người|đảng viên|cán bộ trẻ))")
# "Khóa học có 64 học viên. Kết quả: 82,5% học viên đạt loại khá": the body's own noun right
# after the bare percent, then its predicate (the noun must be the body's, checked with it)
_BARE_OWN_PRED = re.compile(
    r"^\s*(?:số\s+)?(?P<n>[^\W\d][^\d,;:.()%]{1,25}?)\s+(?:đều\s+|đã\s+)?"
    r"(?:đạt|được|có|là|hoàn thành|xếp loại|chưa|không)\b"
)
_NEXT_ITEM = re.compile(
    r"^\s*,\s*(?P<label>[^;,:]{2,50}?)\s*(?:là|chiếm|đạt|ở mức|bằng)(?:\s+(?:tỷ lệ|tỉ lệ))?\s*$"
)
_AGE_OR_TIME = vocab.AGE_OR_TIME_UNITS | vocab.TIME_UNITS
_BODY_HAS = re.compile(r"\b(?:có|gồm|bầu|bầu ra|bầu được)\s*$")


def _age(f: Fig) -> bool:
    """Is ``f`` an age or a duration ("40 tuổi", "5 năm"), a figure inside a rate's label?"""
    return f.type == "quantity" and (
        f.unit.head in vocab.TIME_UNITS or f.unit.key.split(" ")[0] in _AGE_OR_TIME
    )


_LABEL_MEMBERS = re.compile(_MEMBER_NOUNS)


def _other_members(label: str, base: Fig) -> bool:
    """Does a rate's label name members by a noun other than its body's ("đảng viên" after "45
    ủy viên", "đoàn viên" after "Ban Chấp hành Đoàn xã có 15 ủy viên")? Those may be of a wider
    body, so the rate is not surely of this one. Words for any person ("đồng chí", "người", "cán
    bộ") and "cấp ủy viên" for "ủy viên" name the same members."""
    hit = _LABEL_MEMBERS.search(label)
    if hit is None or hit.group(0) in base.unit.key or base.unit.key in _ANY_PERSON:
        return False  # (a body counted in "đồng chí": any noun names its members)
    noun = hit.group(0)
    return not (noun in _ANY_PERSON or (noun == "cấp ủy viên" and "ủy viên" in base.unit.key))


_ANY_PERSON = frozenset({"đồng chí", "người", "cán bộ"})
# the moments a body and its rate are said at: "Đầu nhiệm kỳ" / "hiện nay", "Năm 2020" / "nhiệm
# kỳ này", "hiện có" / "năm 2023": two moments, the body may have changed (review 25r)
_MOMENT = re.compile(
    r"\b(?:hiện nay|hiện|nay|đến nay|đầu nhiệm kỳ|nhiệm kỳ này|cuối nhiệm kỳ|nhiệm kỳ trước|đầu năm"
    r"|cuối năm|năm (?:19|20)\d{2})\b"
)


def _two_moments(ctx: Context, base: Fig, p: Fig) -> bool:
    """Do the body's sentence and the rate's sentence (before it) name different moments?"""
    a = {_NOW_WORDS.get(m, m) for m in _MOMENT.findall(ctx.lower_slice(*ctx.sentence_span(base.sent)))}
    b = {
        _NOW_WORDS.get(m, m)
        for m in _MOMENT.findall(ctx.lower_slice(ctx.sentence_span(p.sent)[0], p.end + 20))
    }
    return bool(a and b and not (a & b))


_BARE_NEXT = re.compile(r"\s*[^\d;,()%]{0,60}?[,;]\s*(?:và\s+)?")
# words of the present moment: "hiện có 31 người. Đến nay, 87,1% …" name one moment (session 40)
_NOW_WORDS = {"hiện nay": "now", "hiện": "now", "nay": "now", "đến nay": "now"}


def _body_before(ctx: Context, p: Fig) -> Fig | None:
    """The body of people the rate at ``p`` is of (see above), or None."""
    g = next((f for f in ctx.earlier(p, 4) if not (f.sent == p.sent and _age(f))), None)
    if g is None or g.type != "quantity" or not g.exact_count or not _people(g):
        return None
    if g.sent == p.sent:
        # "Đội ngũ 15 cán bộ …: 60% có …": the only figure of the sentence, then ":"
        tail = ctx.text[g.end : p.start]
        if ctx.prev_in_sent(g) is not None or ";" in tail or not tail.rstrip().endswith(":"):
            return None
        return g
    if g.sent != p.sent - 1:
        return None
    if not _BODY_HAS.search(ctx.before(g, 20).lower()):
        return None
    if _ADDED.search(ctx.before(g, 20).lower()) or _ADDED_AFTER.match(ctx.low, g.end):
        return None  # "… đã bầu 3 ủy viên bổ sung": members added, not the body (review 25r)
    if any(f is not g and f.type == "quantity" and _people(f) for f in ctx.by_sent.get(g.sent, ())):
        return None  # "Ban Chấp hành có 37 đồng chí, Ban Thường vụ 11 đồng chí": which one?
    return g


_ADDED = re.compile(r"\b(?:bổ sung|thêm)\b")
_ADDED_AFTER = re.compile(r"\s*(?:[^\W\d]+\s+){0,2}?(?:bổ sung|thêm)\b")
# (review 25r) another level or the place's people: "Đại biểu nữ của cấp huyện chiếm …", "Tỷ lệ
# người dân tộc thiểu số của xã là 45,5%" after "Xã có 24 cán bộ, công chức"
_WIDER_SCOPE = re.compile(
    r"\b(?:trong toàn|toàn đảng bộ|toàn tỉnh|toàn huyện|toàn quốc|cả nước|trong quy hoạch|"
    r"của tỉnh|của huyện|của cả|trên địa bàn|trong đảng bộ|của đảng bộ"
    r"|(?:của |ở )?cấp (?:tỉnh|huyện|xã|cơ sở|trên)|của (?:xã|phường|thị trấn|thôn|bản))\b"
)


# (session 35) what may stand before the rate in its sentence and still leave it the body's:
# the body's make-up said in general ("Cơ cấu cấp ủy bảo đảm ba độ tuổi;"), or the body pointed
# back to ("Trong số này,", "Trong đó,")
#   example (our own)                                                                   told
#   "Ban Chấp hành … gồm 33 đồng chí. Cơ cấu cấp ủy bảo đảm ba độ tuổi; trong đó cán bộ nữ
#    chiếm 19,5%."                                                                      inconsistent
#   "Danh sách quy hoạch … có 40 cán bộ. Trong số này, cán bộ nữ chiếm 36%."            inconsistent
#   not "Đại hội có 212 đại biểu …. Cơ cấu Ban Chấp hành khóa mới: cán bộ nữ chiếm …" (another
#   body, another term: the make-up must be said of the body with no name or time of its own,
#   by a predicate, "bảo đảm …", "hài hòa …", before ";" or ",")
_MEMBERS_LEAD = re.compile(
    r"\s*(?:cơ cấu(?:\s+(?:cấp ủy|ban chấp hành|ban thường vụ|ủy ban kiểm tra|đội ngũ))?\s+"
    r"(?:bảo đảm|đảm bảo|hài hòa|hợp lý|cân đối|đồng bộ)[^;:.\d%]{0,60}?[;,]\s*(?:trong đó\s*,?\s*)?"
    r"|(?:trong số (?:này|đó|trên)|trong đó)\s*,\s*)"
)


_ITEM_OTHER_TIME = re.compile(r"\b(?:khóa trước|nhiệm kỳ trước|lần trước|kỳ trước|năm trước|trước đây|lúc|khi)\b")


def _label_words(label: str) -> list[str]:
    """A member label's words, without the rate's own lead ("tỷ lệ", "số")."""
    return re.sub(r"^\s*(?:(?:tỷ lệ|tỉ lệ|số)\s+)+", "", norm_words(label)).split()


def _member_rows(ctx: Context, taken: set[str]) -> list[Check]:
    """GRIM rows of rates of a body's members stated right after it (see above)."""
    out: list[Check] = []
    for p in ctx.percents:
        if p.type != "percent" or p.id in taken or p.value is None or p.qual != "exact":
            continue
        s, _ = ctx.sentence_span(p.sent)
        lead = _MEMBERS_LEAD.match(ctx.low, s, p.start)
        if lead is not None and lead.end() < p.start:
            s = lead.end()  # "Cơ cấu cấp ủy bảo đảm ba độ tuổi; trong đó cán bộ nữ chiếm …"
        if p.start - s > 110 and ":" not in ctx.text[p.start - 3 : p.start]:
            continue  # cheap cue first: a rate opening its sentence, or a percent after ":"
        low = ctx.low[s : p.start]
        colon = low.rfind(":")
        # "Tỷ lệ cán bộ nữ là …" opens the sentence: nothing counted before it there but an age
        # inside the label ("Số ủy viên dưới 40 tuổi chiếm …"), read with its digits masked
        ages = []
        q = ctx.prev_in_sent(p)
        while q is not None and _age(q):
            ages.append(q)
            q = ctx.prev_in_sent(q)
        hit = own = None
        if q is None:
            masked = low
            for a in ages:
                masked = masked[: a.start - s] + "n" * (a.end - a.start) + masked[a.end - s :]
            hit = _RATE_LEAD.match(masked)
        if hit is not None and not _member_label(
            low[hit.start("label") : hit.end("label")], _body_before(ctx, p)
        ):
            if not low.rstrip().endswith(":"):
                continue
            hit = None  # "Kết quả: 82,5% học viên đạt …": a lead, then a bare percent (below)
        if hit is not None:
            pass
        elif not (
            (_BARE_LEAD.match(low) or (colon >= 0 and not low[colon + 1 :].strip()))
            and (
                _BARE_PRED.match(ctx.text[p.end : p.end + 30].lower())
                or (own := _BARE_OWN_PRED.match(ctx.text[p.end : p.end + 40].lower()))
            )
        ):
            continue
        if _WIDER_SCOPE.search(low):
            continue  # "Tỷ lệ đảng viên nữ trong toàn Đảng bộ là …": not the body's members
        base = _body_before(ctx, p)
        if base is None or (own and norm_words(own.group("n")) != base.unit.key):
            continue
        if _other_members(low if hit is None else low[hit.start("label") : hit.end("label")], base):
            continue  # "Ban Chấp hành có 45 ủy viên. Tỷ lệ đảng viên dưới 30 tuổi là …": whose?
        if _two_moments(ctx, base, p):
            continue  # "Đầu nhiệm kỳ, … có 33 ủy viên. Số ủy viên nữ hiện nay …" (review 25r)
        rows = [_grim_row(ctx, base, p, ctx.clause(s, p.end))]
        prev = p
        q = ctx.next_in_sent(p)
        said = [_label_words(low[hit.start("label") : hit.end("label")])] if hit else []
        while q is not None and hit is None and own is None and q.type == "percent":
            # a bare list: "87,1% có trình độ chuyên môn đại học; 45,6% có trình độ lý luận …"
            if not (
                _BARE_NEXT.fullmatch(ctx.gap(prev, q).lower())
                and _BARE_PRED.match(ctx.text[q.end : q.end + 30].lower())
            ):
                break
            rows.append(_grim_row(ctx, base, q, (prev.end + 1, q.end)))
            prev, q = q, ctx.next_in_sent(q)
        while q is not None and hit is not None:
            if _age(q):
                q = ctx.next_in_sent(q)  # "cán bộ dưới 30 tuổi là …": an age inside the label
                continue
            if q.type != "percent":
                break
            item = _NEXT_ITEM.match(ctx.gap(prev, q).lower())
            if item is None or not _member_label(item.group("label"), base):
                break
            words = _label_words(item.group("label"))
            if any(len(w) < len(words) and words[: len(w)] == w for w in said if w) or (
                _ITEM_OTHER_TIME.search(item.group("label"))
            ):
                # "Tỷ lệ đại biểu nữ đạt 36,4%, đại biểu nữ khóa trước đạt 28,3%": a label that
                # repeats an earlier one and adds to it (another body, term, moment or subset),
                # or names another time, is not of the same members (review 38b)
                break
            said.append(words)
            start = prev.end + ctx.text[prev.end : q.start].find(",") + 1
            rows.append(_grim_row(ctx, base, q, (start + 1, q.end)))
            prev, q = q, ctx.next_in_sent(q)
        out.extend(r for r in rows if r is not None)
    return out


# A list opened by "Trong đó" at the start of a sentence splits the body of the sentence
# before; its first item is a count with its share, which tells which count that body is. The
# next items, rates of the members with no count of their own, are then shares of the same body:
#   "Năm nay kỷ luật 26 đồng chí (…), giảm 5 đồng chí so với năm trước. Trong đó, 8 đồng chí là
#    cấp ủy viên, chiếm 30,8%; đảng viên nữ chiếm 16,2%" -> 16,2% of 26 is impossible.
_ANAPHOR_OPEN = re.compile(r"^\W*trong (?:số )?đó\b")
_FIRST_LINK = re.compile(r"^[^\d;]{0,60}?(?:,\s*(?:chiếm|bằng)(?:\s+tỷ lệ)?|\()\s*$")


def _anaphor_rows(ctx: Context, taken: set[str]) -> list[Check]:
    out: list[Check] = []
    for sent, figs in ctx.by_sent.items():
        if sent == 0 or len(figs) < 3:
            continue
        s, _ = ctx.sentence_span(sent)
        q, p1 = figs[0], figs[1]
        if q.type != "quantity" or not q.exact_count or not _people(q) or p1.type != "percent":
            continue
        if not _ANAPHOR_OPEN.match(ctx.low[s : q.start]) or not _FIRST_LINK.match(
            ctx.gap(q, p1).lower()
        ):
            continue
        fit = set()
        base = None
        for g in ctx.by_sent.get(sent - 1, ()):
            if (
                g.type != "quantity"
                or not g.exact_count
                or not _people(g)
                or g.value <= q.value  # type: ignore[operator]
                or reference_level(ctx, g)
                or _NOT_A_SHARE.search(ctx.before(g, 15).lower())
            ):
                continue
            row = _grim_row(ctx, g, p1, (q.start, p1.end))
            if row is not None and row.verdict == "consistent" and row.expected is not None:
                if abs(100 * q.value / g.value - p1.value) <= 10.0 ** -decimals_of(p1.m) / 2:  # type: ignore[operator]
                    fit.add(g.value)
                    base = base or g
        if len(fit) != 1 or base is None:
            continue
        prev = p1
        for g in figs[2:]:
            if g.type == "quantity" and (
                g.unit.head in vocab.TIME_UNITS or g.unit.key.split(" ")[0] in _AGE_OR_TIME
            ):
                continue
            if g.type != "percent":
                break
            gap = ctx.gap(prev, g).lstrip(") ")  # "… là nữ (42,9%), cán bộ trẻ chiếm …"
            hit = _label_clause(gap, base) or _NEXT_ITEM.match(gap.lower())
            if hit is None or _NOT_A_SHARE.search(gap.lower()):
                break
            if g.id not in taken:
                row = _grim_row(ctx, base, g, ctx.clause(g.start, g.end))
                if row is not None:
                    out.append(row)
            prev = g
    return out


def run(ctx: Context) -> list[Check]:
    out: list[Check] = []
    for sent_figs in ctx.by_sent.values():
        if len(sent_figs) < 2:
            continue
        # _items only yields percents after the base: a base past the sentence's last percent
        # has none (a cheap test that skips most bases)
        last_pct = max((g.start for g in sent_figs if g.type == "percent"), default=-1)
        for k, base in enumerate(sent_figs):
            if (
                base.end > last_pct
                or not base.exact_count
                or base.type != "quantity"
                or base.unit.head in vocab.TIME_UNITS
                or base.unit.key.split(" ")[0] in vocab.TIME_UNITS  # "gấp ba lần"
                or reference_level(ctx, base)  # "cao hơn năm 2022 (147 …); trong đó nữ …"
                or _change_before(ctx.before_low(base, 16))  # "37 đảng viên, tăng 3 …"
            ):
                continue
            # _items passes over the figures starting before the base ends: those before it in
            # the list (a base of no width would not pass over them: it gets the whole list)
            after = sent_figs[k:] if base.start < base.end else sent_figs
            for p, item_start, told in _items(ctx, base, after):
                if not told:
                    continue
                if _WIDER.search(ctx.lower_slice(max(base.end, item_start), p.start)):
                    continue  # "… có 35 ủy viên; tỷ lệ cấp ủy viên nữ toàn huyện đạt 23,3%"
                if _other_body_named(ctx, base, p):
                    continue  # "Ban Thường vụ … có 7 đồng chí; tỷ lệ … trong Đảng bộ là 36,2%"
                if _names_other_count(ctx, base, p, sent_figs):
                    continue  # "2.145 đảng viên … tại 38 tổ chức …, trong đó 12% là đảng viên nữ"
                row = _grim_row(ctx, base, p, (item_start, p.end))
                if row is not None and not (
                    row.verdict == "inconsistent"
                    and (
                        _noun_fit_only(base)
                        or p.id in ctx.memo.get("granularity.fit_only", ())  # type: ignore[operator]
                        or _of_both(ctx, base, p)
                        or _PART_OF_THOSE.match(ctx.text, base.end)
                        or _stock_before(ctx, base, p)
                    )
                ):
                    out.append(row)
    taken = {c.mention_ids[-1] for c in out if c.mention_ids}
    out.extend(_back_rows(ctx, taken))
    taken.update(c.mention_ids[-1] for c in out if c.mention_ids)
    out.extend(_territory_rows(ctx, taken))
    taken.update(c.mention_ids[-1] for c in out if c.mention_ids)
    out.extend(_member_rows(ctx, taken))
    taken.update(c.mention_ids[-1] for c in out if c.mention_ids)
    out.extend(_anaphor_rows(ctx, taken))
    taken.update(c.mention_ids[-1] for c in out if c.mention_ids)
    out.extend(_scope_rate_rows(ctx, taken))
    taken.update(c.mention_ids[-1] for c in out if c.mention_ids)
    out.extend(_named_whole_rows(ctx, taken))
    taken.update(c.mention_ids[-1] for c in out if c.mention_ids)
    out.extend(_subject_after_stock_rows(ctx, taken))
    taken.update(c.mention_ids[-1] for c in out if c.mention_ids)
    out.extend(_whole_after_rows(ctx, taken))
    taken.update(c.mention_ids[-1] for c in out if c.mention_ids)
    out.extend(_among_them_rows(ctx, taken))
    taken.update(c.mention_ids[-1] for c in out if c.mention_ids)
    out.extend(_among_done_rows(ctx, taken))
    taken.update(c.mention_ids[-1] for c in out if c.mention_ids)
    out.extend(_set_rows(ctx, taken))
    taken.update(c.mention_ids[-1] for c in out if c.mention_ids)
    out.extend(_near_rows(ctx, taken))
    taken.update(c.mention_ids[-1] for c in out if c.mention_ids)
    out.extend(_next_sentence_rows(ctx, taken))
    taken.update(c.mention_ids[-1] for c in out if c.mention_ids)
    out.extend(_sibling_rows(ctx, out, taken))
    out = [c for c in out if c.verdict != "inconsistent" or not _other_base_fits(ctx, c)]
    out = [c for c in out if c.verdict != "inconsistent" or not _rate_over_named(ctx, c)]
    return [_unless_pooled(ctx, c) for c in out]


# -- the next grades of one graded list: a percent told against a base, then the percents
# right after it in its sentence that grade the same units the same way ("38,5% chi bộ hoàn
# thành xuất sắc nhiệm vụ, 55% chi bộ hoàn thành tốt nhiệm vụ") are of the same base: the
# grades split the graded. Nothing but a separator may stand between one grade and the next
# percent, each names the base's noun and then its grade (a qualifier, a scope, a time or
# another denominator on either side: no row; review 38 drew 60 false alarms from 130
# look-alikes when any rate naming the same noun was taken).
#
# example (our own)                                                                  told
# "Đảng ủy có 13 chi bộ. … 38,5% chi bộ hoàn thành xuất sắc nhiệm vụ, 55% chi bộ hoàn
#  thành tốt nhiệm vụ"                                                               inconsistent
# "… 38,5% chi bộ hoàn thành xuất sắc nhiệm vụ, 53,8% chi bộ hoàn thành tốt nhiệm vụ"  consistent
# "… 38,5% chi bộ hoàn thành xuất sắc nhiệm vụ, 55% chi bộ thôn hoàn thành tốt …"      nothing
# "… 38,5% chi bộ …; riêng khối doanh nghiệp có 50% chi bộ hoàn thành tốt …"           nothing
_SIB_GRADE = re.compile(
    r"\s*(?:số\s+)?(?P<noun>[^\W\d]+(?:\s+[^\W\d]+){0,3}?)\s+(?:được\s+)?"
    r"(?:(?:xếp loại|đánh giá|đánh giá,\s*xếp loại)\s+)?(?:(?:đạt|ở mức|mức|loại)\s+)?"
    r"(?P<grade>hoàn thành xuất sắc nhiệm vụ|hoàn thành tốt nhiệm vụ|hoàn thành nhiệm vụ"
    r"|không hoàn thành nhiệm vụ|trong sạch,\s*vững mạnh|vững mạnh|xuất sắc|giỏi|khá|tốt"
    r"|trung bình|yếu kém|yếu)(?:\s+trở lên)?(?P<tail>\s*)(?=[,;.]|\s+và\b|$)"
)
_SIB_UNGRADED = re.compile(r"chưa (?:được )?(?:đánh giá|xếp loại)|không (?:đánh giá|xếp loại)|miễn")
_SIB_GAP = re.compile(r"^\s*[,;]?\s*(?:và\s+)?(?:có\s+)?$")


def _sib_grade(ctx: Context, p: Fig) -> re.Match[str] | None:
    return _SIB_GRADE.match(ctx.low, p.end, min(len(ctx.low), p.end + 90))


def _sibling_rows(ctx: Context, done: list[Check], taken: set[str]) -> list[Check]:
    out: list[Check] = []
    by_id = ctx.by_id()
    for c in list(done):
        figs = [by_id.get(i) for i in c.mention_ids]
        base = next((f for f in figs if f is not None and f.type == "quantity"), None)
        p1 = next((f for f in figs if f is not None and f.type == "percent"), None)
        if base is None or p1 is None or not base.exact_count or not base.unit.key:
            continue
        g1 = _sib_grade(ctx, p1)
        if g1 is None or g1.group("noun") != base.unit.key:
            continue  # the first rate grades the base's units, named by the base's noun
        if any(
            g.type == "quantity" and g.unit.key == base.unit.key
            for g in ctx.figs_from(base.end, p1.start)
        ) or _SIB_UNGRADED.search(ctx.low, base.end, p1.start):
            continue  # "22 chi bộ, 2 chi bộ mới thành lập chưa đánh giá; 45% …": the graded
            # may be fewer than the base (review 38b)
        if any(
            g.type == "quantity" and g.exact_count and g.unit.key == base.unit.key
            and g.value != base.value and base.sent - 3 <= g.sent and g.start < p1.start
            for g in ctx.figs
        ):  # fmt: skip
            continue  # "Đảng bộ có 25 chi bộ. … giám sát 12 chi bộ. … 91,7% …; 36% số chi bộ …"
        grades = {g1.group("grade")}
        end = g1.end()
        for p in ctx.by_sent.get(p1.sent, ()):
            if p.start < end or p.type != "percent":
                continue
            if not _SIB_GAP.match(ctx.low[end : p.start]):
                break  # words between: another scope, time or body may open here
            g2 = _sib_grade(ctx, p)
            if g2 is None or g2.group("noun") != g1.group("noun") or g2.group("grade") in grades:
                break
            grades.add(g2.group("grade"))
            end = g2.end()
            if p.id in taken:
                continue
            row = _grim_row(ctx, base, p, (p1.start, p.end))
            if row is not None:
                out.append(row)
                taken.add(p.id)
    return out


# Review 30g: a rate that names the count's own noun over another base, "tỷ lệ <noun> so với|trên
# <base>": "Đảng bộ phường có 540 đảng viên; tỷ lệ đảng viên so với dân số là 3,6%" is the 540
# over the population, no k/540: the count is the rate's numerator. (A subgroup's rate over the
# count's own noun, "tỷ lệ nữ trên tổng số đảng viên", stays the count's.) A miss proves nothing.
#   example (our own)                                                           told
#   "… có 540 đảng viên; tỷ lệ đảng viên so với dân số là 3,6%"                 nothing
_RATE_OVER = re.compile(
    r"\b(?:tỷ lệ|tỉ lệ)\s+(?P<num>[^;.%\d()]{0,60}?)\s*\b"
    # ("trên" only before a count: "trên địa bàn" is a place)
    r"(?:so với\s+|trên\s+(?=(?:tổng\s+)?(?:số|dân)\b))(?:tổng\s+)?(?:số\s+)?"
    r"(?P<whole>[^\W\d]+(?:\s+[^\W\d]+){0,3})[^;.%\d()]{0,30}$"
)


def _rate_over_named(ctx: Context, c: Check) -> bool:
    ids = set(c.mention_ids)
    figs = [f for f in ctx.figs if f.id in ids]
    p = next((f for f in figs if f.type == "percent"), None)
    base = next((f for f in figs if f.type == "quantity"), None)
    if p is None or base is None or not base.unit.key:
        return False
    s, _ = ctx.sentence_span(p.sent)
    hit = _RATE_OVER.search(ctx.lower_slice(max(s, p.start - 120), p.start))
    if hit is None:
        return False
    key = base.unit.key
    return key in hit.group("num") and key not in hit.group("whole")


# Review 20c: a count that is itself a part of those just named ("35 cụ được mừng thọ, 12 người
# trong số đó là đảng viên, chiếm 34,3%": 34,3% is 12 of the 35, not a share of the 12), and a
# count after ";" that a larger stock of its noun precedes in the sentence ("Toàn Đảng bộ có
# 2.410 đảng viên; trong năm kết nạp 42 đảng viên, tỷ lệ đảng viên nữ đạt 34%": the rate may be
# of all 2.410). Neither is proof of a miss.
#   example (our own)                                                           told
#   "có 40 hội viên tham gia, 14 người trong số này là nữ, chiếm 35%"            nothing
#   "Xã có 1.120 hộ; năm qua 46 hộ thoát nghèo, tỷ lệ hộ nghèo còn 3,2%"         nothing
#   "Chi bộ có 31 đảng viên, trong đó nữ chiếm 18,2%"                           inconsistent
_OWN_LIST = re.compile(r"\b(?:trong đó|trong số đó|trong số này|gồm|bao gồm)\b")
_PART_OF_THOSE = re.compile(r"\s*(?:[^\W\d]+\s+){0,2}?trong số (?:đó|này|ấy|trên)\b")


def _stock_before(ctx: Context, base: Fig, p: Fig) -> bool:
    """Does a larger count of the base's noun stand before it in its sentence, across ";",
    with the percent possible of that count? Not when the base opens its own list ("…; Ban
    Thường vụ có 15 đồng chí, trong đó nữ chiếm 21%": the 15 are the base)."""
    if _OWN_LIST.search(ctx.text, base.end, p.start):
        return False
    for h in ctx.by_sent.get(base.sent, ()):
        if h.start >= base.start:
            break
        if (
            h.type == "quantity" and h.exact_count and h.unit.key == base.unit.key
            and h.value is not None and h.value > base.value  # type: ignore[operator]
            and ";" in ctx.text[h.end : base.start]
            and grim(p.value, int(h.value), decimals_of(p.m))[0] == "consistent"  # type: ignore[arg-type]
        ):  # fmt: skip
            return True
    return False


# A rate of another count than the base's members: pooled over years or meetings, over those
# present, after the body changed, or of a wider body ("tính chung cả giai đoạn", "tính theo số
# buổi", "dự họp các kỳ hội nghị", "tiếp nhận 2 đồng chí", "toàn Đảng bộ", "toàn khối nội chính",
# "tham gia cấp ủy cơ sở"). A miss proves nothing then.
_POOLED = re.compile(
    r"tính chung|cả giai đoạn|tính theo|số buổi|\blượt\b|dự họp|tham dự"
    r"|toàn (?:đảng bộ|khối|ngành|xã|phường|thị trấn)|cấp ủy cơ sở"
)
_BODY_MOVES = re.compile(r"tiếp nhận|chuyển đến|chuyển đi|chuyển sinh hoạt")


# Review 79: a rate of a wider area or of another time than its base ("Trên địa bàn tỉnh, tỷ lệ
# …", "Ở các huyện miền núi của tỉnh", "ở các chi bộ trực thuộc", "trước khi sắp xếp", "tính cả
# quy hoạch bổ sung", "trong 2 năm"), and a base pooled with another count of its noun said
# beside it ("kiểm tra 7 chi bộ trong quý I và 5 chi bộ trong quý II … 75% số chi bộ được kiểm
# tra" is 9/12).
_WIDER_OR_OTHER_TIME = re.compile(
    r"\b(?:của|trên địa bàn|toàn) (?:tỉnh|huyện|thành phố)\b|\bcác huyện\b|\bở các\b|\btính cả\b|"
    r"\bgộp\b|\btrước khi\b|\bsau khi\b|sáp nhập|sắp xếp|\btrong (?:\d+|hai|ba|các) năm\b|\bcả hai\b"
)
_JOINED = re.compile(r"^[^.()]{0,80}?(?:\bvà\b|;)[^.()]{0,40}$")


def _new_moment(ctx: Context, base: Fig, p: Fig) -> bool:
    """Does the rate's sentence name a year its base's sentence does not, other than the report's
    latest year ("Huyện có 16 xã. Năm 2019, tỷ lệ …" in a report on 2024)?"""
    if p.sent == base.sent:
        return False
    bs, be = ctx.sentence_span(base.sent)
    ps = ctx.sentence_span(p.sent)[0]
    latest = int(max(_YEAR.findall(ctx.low), default="0"))
    own = _FROM_YEAR.sub(" ", ctx.lower_slice(ps, p.start))  # (not a change's starting year)
    said = set(_YEAR.findall(own)) - set(_YEAR.findall(ctx.low, bs, be))
    return any(int(y) < latest - 1 for y in said)  # (a plan for next year may be the latest)


def _pooled_base(ctx: Context, base: Fig, p: Fig) -> bool:
    """Is another count of the base's noun said beside it, joined by "và" or ";", with the rate
    in a later sentence pointing back to them ("… 70,5% số mô hình này")?"""
    if p.sent == base.sent:
        return False  # "… có 23 giáo viên, trong đó 56,3% …": the rate of the count before it
    for h in ctx.by_sent.get(base.sent, ()):
        if h is base or h.type != "quantity" or not h.exact_count or h.unit.key != base.unit.key:
            continue
        if h.start >= p.start:
            continue
        a, b = (base, h) if base.start < h.start else (h, base)
        gap = ctx.lower_slice(a.end, b.start)
        if _JOINED.match(gap) and not re.search(r"trong đó|trong số|gồm|bao gồm", gap):
            return True
    return False


# Review 88: a percent whose own base the text gives ("(tính trên 121 cán bộ …)", "Số liệu trên
# tính cả 2 thị trấn", "…, tính trên 17 xã có chợ"); a count that moved or was set aside between
# ("4 đồng chí mới tuyển dụng chưa đủ thời gian đánh giá", "luân chuyển 2 đồng chí sang", "nghỉ
# chế độ thai sản", "mở rộng ra 6 thôn nữa"); a percent of a measure ("trong đó 62,4% là đất lâm
# nghiệp", "76,4% là vốn đối ứng"). (Guards for those taking part or present and for any measure
# in the sentence cost planted finds on the held-out sets and were not kept.)
_OWN_BASE_TOLD = re.compile(r"tính trên|tính cả|không tính|chưa tính|trên tổng số")
_SET_ASIDE = re.compile(
    r"mới tuyển dụng|chưa đủ thời gian|luân chuyển|điều động|nghỉ chế độ|thai sản|đi học|"
    r"mở rộng|\bnữa\b|nghỉ hưu|chưa đăng ký"
)
_MEASURE_AFTER = re.compile(
    r"^\s*(?:là|được)\s+(?:[^\W\d]+\s+){0,2}?(?:đất|vốn|diện tích|kinh phí|nguồn vốn|ngân sách|tiền)\b"
)


def _base_said_apart(ctx: Context, base: Fig, p: Fig) -> bool:
    ps, pe = ctx.sentence_span(p.sent)
    nxt = ctx.sentence_span(p.sent + 1)[1] if p.sent + 1 < len(ctx.sentences) else pe
    if _OWN_BASE_TOLD.search(ctx.low, p.end, nxt):
        return True  # "(tính trên 121 cán bộ …)", "Số liệu trên tính cả 2 thị trấn …"
    if _SET_ASIDE.search(ctx.low, base.end, p.start):
        return True  # "4 đồng chí mới tuyển dụng chưa đủ thời gian đánh giá", "… 6 thôn nữa"
    return _MEASURE_AFTER.match(ctx.low[p.end : p.end + 40]) is not None  # "62,4% là đất …"


def _unless_pooled(ctx: Context, c: Check) -> Check:
    if c.verdict != "inconsistent" or len(c.mention_ids) < 2:
        return c
    by_id = ctx.by_id()
    base, p = by_id.get(c.mention_ids[0]), by_id.get(c.mention_ids[-1])
    if base is None or p is None or base.end > p.start:
        return c
    span = ctx.lower_slice(base.end, p.start)
    own = re.split(r"[.;]", span)[-1]  # the rate's own clause
    moved = p.sent > base.sent + 1 and _BODY_MOVES.search(
        ctx.lower_slice(ctx.sentence_span(base.sent + 1)[0], ctx.sentence_span(p.sent)[0])
    )
    if not (
        _POOLED.search(own)
        or moved
        or (p.sent != base.sent and _WIDER_OR_OTHER_TIME.search(own))
        or _new_moment(ctx, base, p)
        or _pooled_base(ctx, base, p)
        or _base_said_apart(ctx, base, p)
    ):
        return c
    note = " (the rate may count years, meetings, people present or a wider body: not proof)"
    return replace(c, verdict="unverifiable", why=c.why + note, why_vi=c.why_vi + note)


# -- a percent that names its whole by the whole's own noun ("18,2% số chi bộ được xếp loại",
# "63,2% giáo viên đạt trình độ trên chuẩn", "chiếm 14,6% tổng số đảng viên của chi bộ"), the
# whole stated as such a few sentences before ("Đảng ủy xã hiện có 31 chi bộ trực thuộc",
# "Chi bộ có 27 đảng viên") and the only count of that noun stated so far. The noun must end
# where the percent's predicate starts: "18,2% số chi bộ thôn" names a subset. -----------------
_NAMED_LEAD = re.compile(r"^\s*(?:của\s+|trong\s+)?(?:tổng\s+)?(?:số\s+)?")
_NOUN_ENDS = re.compile(
    r"^(?:\s*$|\s*[,.;:)]|\s+(?:được|đã|đạt|có|là|của|trong|hoàn thành|còn|chưa|đều|tham gia"
    r"|thực hiện|xếp loại|bị|không)\b)"
)
_OWN_WORDS = re.compile(r"( (?:thôn|bản|ấp|xóm|khóm|buôn|tổ dân phố|khu phố|cơ sở|trực thuộc))\b")
_HAS_WHOLE_BEFORE = re.compile(r"(?:^|\s)(?:hiện\s+|nay\s+)?(?:có|gồm)\s*$")
_NAMED_BACK_SENTS = 4
_OWN_SCOPE = re.compile(
    r"\b(?:toàn|cả|riêng|ở|tại|qua|trong số|đối với|chi bộ|đảng bộ|thôn|xã|nhiệm kỳ|"
    r"khi|sau|trước)\b"
)
_OF_BODY = re.compile(r"^\s+(?:của|thuộc)\s+(?P<body>\S+(?:\s+\S+)?)")
_REORGANISED = re.compile(r"sáp nhập|hợp nhất|chia tách|thành lập mới|điều chỉnh địa giới")
_PROPER = re.compile(r"(?<![.!?:]\s)(?<!^)\b[A-ZĐÂĂÊÔƠƯ][\wÀ-ỹ]*(?:\s+[A-ZĐ][\wÀ-ỹ]*)+")
# what may follow a whole: nothing of its own ("có 31 chi bộ.", "có 27 đảng viên, …", "có 55
# tổ chức cơ sở đảng với 15.612 đảng viên", "31 chi bộ trực thuộc, gồm …")
_WHOLE_TAIL = re.compile(r"\s*(?:[,.;:(]|$|với\b|và\b|gồm\b|trực thuộc\b|sinh hoạt\b)")
# an average over years or units is no count of the whole: "Hằng năm bình quân có 89,5% …"
_AVERAGED = re.compile(r"\b(?:bình quân|trung bình|hằng năm|hàng năm|mỗi năm)\b")


# members who joined, left or were exempted after the whole was stated: the percent may be of
# the whole after them ("kết nạp thêm 3 đồng chí", "4 đồng chí được miễn đánh giá")
_WHOLE_MOVES = re.compile(
    r"kết nạp|chuyển (?:sinh hoạt\s+)?(?:đảng\s+)?(?:đến|đi|ra|về)|miễn|từ trần|qua đời|xóa tên"
    r"|khai trừ|\bthêm\b|bổ sung|nghỉ hưu|(?:không|chưa) (?:được\s+)?(?:đánh giá|xếp loại)"
)


def _whole_moved(ctx: Context, whole: Fig, p: Fig) -> bool:
    for g in ctx.figs[whole.i + 1 : p.i]:
        if g.type != "quantity" or not (
            g.unit.key == whole.unit.key or (_people(g) and _people(whole))
        ):
            continue
        cs, ce = ctx.clause(g.start, g.end)
        if _WHOLE_MOVES.search(ctx.low, max(cs, g.start - 40), min(ce, g.end + 40)):
            return True
    return False


def _named_whole_rows(ctx: Context, taken: set[str]) -> list[Check]:
    out: list[Check] = []
    low = ctx.low
    for p in ctx.percents:
        if p.type != "percent" or p.m.id in taken or p.qual != "exact" or p.value is None:
            continue
        s, e = ctx.sentence_span(p.sent)
        after = low[p.end : min(e, p.end + 80)]
        # the cheap tests first (all of these only pass over a percent, in any order): the words
        # after the percent must open with the unit of a whole before it, else no row is told
        lead = _NAMED_LEAD.match(after)
        rest = after[lead.end() :] if lead else after
        if not rest[:1].isalpha():
            continue
        wholes = [
            g
            # (p.sent - g.sent <= _NAMED_BACK_SENTS: the figures from that sentence on)
            for g in ctx.figs[ctx.from_sent(p.sent - _NAMED_BACK_SENTS) : p.i]
            if g.type == "quantity"
            and g.exact_count
            and g.unit.key
            and g.unit.head not in vocab.TIME_UNITS
        ]
        if not any(rest.startswith(g.unit.key) for g in wholes):
            continue  # (the loop below goes on past every whole whose noun rest does not open with)
        cs = ctx.clause(p.start, p.end)[0]
        if _AVERAGED.search(low, cs, p.start):
            continue
        # the percent's own scope named before it: another body, place, group or moment
        # ("Toàn huyện có 18,2% …", "Chi bộ thôn Tây có 14,6% …", "Qua khảo sát ở 10 chi bộ")
        head = ctx.text[cs : p.start]
        if (
            _OWN_SCOPE.search(low, cs, p.start)
            or _PROPER.search(head)
            or any(
                g.unit.head not in vocab.AGE_OR_TIME_UNITS
                for g in ctx.starting_in(cs, p.start)  # (never p: it starts at p.start)
            )
        ):
            continue
        for g in reversed(wholes):
            noun = g.unit.key
            if rest.startswith(noun) and not _NOUN_ENDS.match(rest[len(noun) :]):
                # the whole's own words run on past its unit ("6 chi bộ thôn" read as "chi bộ"):
                # the percent names the same words ("83,3% chi bộ thôn đã …")
                own = _OWN_WORDS.match(low, g.end)
                if own and rest.startswith(noun + own.group(1)):
                    noun += own.group(1)
            if not rest.startswith(noun) or not _NOUN_ENDS.match(rest[len(noun) :]):
                continue
            of_body = _OF_BODY.match(rest[len(noun) :])
            whole_sent = low[slice(*ctx.sentence_span(g.sent))]
            scope = _SCOPE_AFTER.match(rest, len(noun))
            if (
                _WIDER.search(rest[len(noun) : len(noun) + 40])
                or (of_body and of_body.group("body") not in whole_sent)
                or (scope and scope.group("lvl") not in whole_sent)
            ):
                break  # "… tổng số đảng viên của Đảng bộ" after "Chi bộ có 27": another whole
            same = [h for h in wholes if h.unit.key == g.unit.key]
            if len({h.value for h in same}) != 1 or not g.value or g.value > 1000:
                break  # two counts of the noun: which one is the whole is not told
            first = same[0]
            if not _HAS_WHOLE_BEFORE.search(low[max(0, first.start - 12) : first.start]):
                break
            tail = first.end + len(noun) - len(g.unit.key)  # past the whole's own words run on
            if not _WHOLE_TAIL.match(low, tail):
                break  # "có 45 đảng viên được tặng …", "có 4 xã đạt chuẩn …": a part, no whole
            if reference_level(ctx, first) or _REORGANISED.search(low, first.end, p.start):
                break  # "Sau khi sáp nhập, số thôn còn 9; 55,6% thôn …": the whole changed
            if _whole_moved(ctx, first, p):
                break  # "Chi bộ có 27 đảng viên. … kết nạp thêm 3 đồng chí. … 90% đảng viên …"
            row = _grim_row(ctx, first, p, (s, p.end))
            extended = len(noun) > len(g.unit.key)  # a fit only, until a review has tried it
            if row is not None and not (extended and row.verdict == "inconsistent"):
                out.append(row)
            break
    return out


# -- a group opened as the scope of its clause, then the rate of its members named by the
# group's own noun: "Qua khảo sát 27 chi bộ thôn, có 88,5% chi bộ duy trì …" (the noun right
# after the percent), "Trong 17 xã, tỷ lệ xã đạt chuẩn là 47,1%" (the noun right after "tỷ
# lệ"). A rate that does not name the noun may be of anything its members did or hold
# ("tỷ lệ hoàn thành xuất sắc nhiệm vụ của đảng viên", "tỷ lệ sinh hoạt chi bộ định kỳ" over
# meetings, "tỷ lệ giải ngân vốn" over money): no row. The noun must be a word of its own,
# not the first syllable of another ("xã hội hóa", "trường hợp"), and the rate must not
# name a wider scope ("của cả tỉnh") or another base ("76,4% số hộ", "85,6% theo kế hoạch").
_SCOPE_OPEN_WORDS = ("trong", "riêng", "đối với", "khảo sát", "kiểm tra", "giám sát", "rà soát")


def _has_any(s: str, words: tuple[str, ...]) -> bool:
    for w in words:
        if w in s:
            return True
    return False


_SCOPE_OPEN = re.compile(
    r"(?:^|[,;:.(]\s*)(?:(?:qua|khi)\s+)?(?:trong(?:\s+(?:tổng\s+)?số)?|riêng(?:\s+khối)?|đối với"
    r"|(?:đã\s+)?(?:khảo sát|kiểm tra|giám sát|rà soát)(?:\s+(?:tại|ở))?)\s+$"
)
_SCOPE_GAP = re.compile(
    r"^(?P<mod>[^\d;.()%:]{0,60}?)(?:,|\s+thì)\s*(?P<label>(?:(?!\bthì\b)[^\d;,.()%:]){0,70})$"
)
# "Trong 12 đồng chí được bổ nhiệm, cán bộ nữ chiếm 30%": a member attribute and its link
# (also "chiếm tỷ lệ": "Trong số 27 cán bộ được luân chuyển, cán bộ nữ chiếm tỷ lệ 29,6%")
_MEMBER_RATE = re.compile(r"^(?P<what>[^\d]{1,50}?)\s+(?:chiếm(?:\s+(?:tỷ lệ|tỉ lệ))?|là)\s*$")
# "có" or nothing: "Trong 13 chi bộ, 61,5% chi bộ …", "Qua khảo sát tại 13 chi bộ ghép ở xã
# Na Mèo, 61,5% số chi bộ …" (the noun must then follow the percent)
_HAS_LABEL = re.compile(r"^(?:(?:(?:thì|đã|mới|chỉ|hiện)\s+)*có)?\s*$")
_RATE_LABEL = re.compile(
    r"^(?:tỷ lệ|tỉ lệ)\s+(?P<what>[^\d]{1,60}?)\s+(?:là|đạt|chiếm)(?:\s+(?:khoảng|gần|trên))?\s*$"
)
# a rate that grades the group's own units, named by the grade alone: "Riêng khối 21 đảng bộ
# xã, thị trấn, tỷ lệ hoàn thành xuất sắc nhiệm vụ là 19%" (4/21 = 19,05%); never with another
# whole after it ("… là 19% số đảng viên", "… của đảng viên")
_UNIT_GRADE = re.compile(
    r"(?:được\s+)?(?:xếp loại\s+)?(?:hoàn thành (?:xuất sắc |tốt )?nhiệm vụ(?: trở lên)?"
    r"|đạt chuẩn(?: [^\W\d]+){0,4}|được công nhận(?: [^\W\d]+){0,5})"
)
_MEMBERS = re.compile(r"\b(?:đảng viên|cán bộ|công chức|viên chức|hội viên|đoàn viên|người)\b")


def _members_near(ctx: Context, base: Fig) -> bool:
    """Are people named in the base's sentence or the one before? Then a grade rate said of a
    group of bodies may be of their members ("… đảng viên được đánh giá … Riêng khối 21 đảng
    bộ xã, tỷ lệ hoàn thành xuất sắc nhiệm vụ là 18,2%")."""
    lo = ctx.sentence_span(max(0, base.sent - 1))[0]
    return bool(_MEMBERS.search(ctx.low, lo, ctx.sentence_span(base.sent)[1]))


_OF_OTHER_AFTER = re.compile(r"^\s*(?:của|số|trong|trên|so với|theo)\b")
_WIDER = re.compile(r"\b(?:của\s+)?(?:toàn|cả|trên địa bàn)\s+(?:tỉnh|huyện|nước|quốc|thành phố)\b")
# "85,5% xã trong tỉnh" after "Huyện có 21 xã": the units of a level the whole's sentence does
# not name (review 25r)
_SCOPE_AFTER = re.compile(
    r"\s*(?:trong|của|toàn|cả|trên địa bàn)\s+(?P<lvl>tỉnh|huyện|thành phố|nước|quốc|xã|thị xã)\b"
)
_OTHER_BASE_AFTER = re.compile(r"^\s*(?:số\s+(?P<noun>[^\W\d]+(?:\s+[^\W\d]+)?)|theo\b|so với\b)")


# a kind of the noun's units named right after it: "chi bộ thôn", "chi bộ cơ quan", "xã vùng
# cao": those are a subset whose size is not the group's; so is a household's standing ("Khảo
# sát 40 hộ, có 42,3% hộ nghèo …": the poor among them, review 22rb)
_SUBSET_KIND = re.compile(
    r"\s+(thôn|bản|xóm|ấp|buôn|làng|tổ dân phố|khu phố|cơ quan|doanh nghiệp|trường học|trường"
    r"|nông thôn|đô thị|vùng|miền|biên giới|khu vực|loại|nữ|nam|trẻ|nghèo|cận nghèo)\b"
)


def _names_noun(words: str, noun: str) -> bool:
    """Does ``words`` open with the group's noun as a word of its own? "xã đạt chuẩn" names
    "xã", "xã hội hóa" does not ("xã hội" is one word), nor "trường hợp" "trường"."""
    if not words.startswith(noun + " "):
        return False
    nxt = words[len(noun) + 1 :].split(" ", 1)[0]
    return f"{noun} {nxt}" not in dictionary()


# -- a stock, then the share of those of its noun with a property: "đảng bộ có 17 chi bộ thôn sau
# sắp xếp; số chi bộ đủ điều kiện bầu chi ủy chiếm 41,8%" (k/17: 7/17 = 41,2%, 8/17 = 47,1%).
#   example (our own)                                                          verdict
#   "xã có 12 chi bộ; số chi bộ có chi ủy chiếm 41,7%" (5/12 = 41,67%)          consistent
#   "xã có 12 chi bộ; số chi bộ có chi ủy chiếm 43%"                            inconsistent
#   "xã có 12 chi bộ; số chi bộ có chi ủy chiếm 43% số chi bộ toàn huyện"       (silent)
_STOCK_BEFORE = re.compile(r"\b(?:có|gồm)\s*$")
_SUBJECT_AFTER_STOCK = re.compile(
    r"^(?P<desc>[^\d;,.()%:]{0,30}?)\s*[,;]\s*(?:trong đó\s+)?số\s+(?P<label>[^\d;,.()%:]{2,60}?)"
    r"\s+(?:chỉ\s+|mới\s+|đã\s+)?chiếm\s*$"
    # session 22, the same stock and subject said otherwise (our own examples):
    #   "xã có 14 thôn; tỷ lệ thôn đạt chuẩn văn hóa là 78,6%" (11/14)        a rate named first
    #   "lớp có 47 học viên; tỷ lệ học viên đạt loại khá, giỏi là 27,7%"     a comma in the label
    #   "có 31 hợp tác xã; các hợp tác xã làm ăn có lãi chiếm tỷ lệ 61,3%"    "các", "chiếm tỷ lệ"
    #   "có 27 ủy viên; ủy viên có trình độ đại học trở lên chiếm 70,4%"      the bare noun
    #   "Đội ngũ tuyên truyền viên của xã gồm 23 người; số tuyên truyền viên có … chiếm 65,2%"
    #                                        (a body of people counted as "người", named back)
    # (after "," only a named rate: "Có 86 hộ nghèo, hộ cận nghèo được vay vốn, chiếm …" is a share)
    r"|^(?P<desc2>[^\d;,.()%:]{0,30}?)\s*(?:;|,(?=\s*(?:trong đó\s+)?(?:tỷ lệ|tỉ lệ)\s))\s*"
    r"(?:trong đó\s+)?(?:(?P<rate>tỷ lệ|tỉ lệ)\s+|số\s+|các\s+)?"
    r"(?P<label2>[^\d;.()%:]{2,70}?)\s+(?:chỉ\s+|mới\s+|đã\s+)?(?P<link>chiếm|là|đạt|bằng)"
    r"(?:\s+(?:tỷ lệ|tỉ lệ))?\s*$"
)
_EACH = re.compile(r"\b(?:mỗi|bình quân|trung bình)\b")
_PCT_END = re.compile(r"^\s*(?:[,.;]|$)")
_STOCK_ELSEWHEN = re.compile(r"trước|đầu nhiệm kỳ|năm học trước|khi mới|\bsẽ\b|sau khi")


def _named_people(ctx: Context, base: Fig, label: str) -> bool:
    """Does ``label`` open with the people noun that names the body before its count ("Đội ngũ
    tuyên truyền viên của xã gồm 23 người; số tuyên truyền viên …")? Only for a count of
    "người"/"đồng chí"/"thành viên", the noun a word of people (in "-viên", or a post)."""
    if (base.unit.key or "") not in ("người", "đồng chí", "thành viên"):
        return False
    subject = ctx.lower_slice(ctx.sentence_span(base.sent)[0], base.start)
    words = label.split()
    for n in (3, 2, 1):
        head = " ".join(words[:n])
        if len(words) > n and (head.endswith("viên") or head.startswith(_PEOPLE_WORDS)):
            if re.search(rf"\b{re.escape(head)}\b", subject):
                return True
    return False


_ATTENDANCE = re.compile(r"\b(?:dự sinh hoạt|dự họp|tham dự|có mặt)\b")


def _subject_after_stock_rows(ctx: Context, taken: set[str]) -> list[Check]:
    out: list[Check] = []
    if "chiếm" not in ctx.low and "lệ" not in ctx.low:
        return out
    for sent_figs in ctx.by_sent.values():
        for k, base in enumerate(sent_figs[:-1]):
            p = sent_figs[k + 1]
            if p.type != "percent" or p.m.id in taken:
                continue
            if (
                base.type != "quantity"
                or not base.exact_count
                or base.qual != "exact"
                or not base.value
                or base.value > 1000
                or base.value < 8
                or not _STOCK_BEFORE.search(ctx.before_low(base, 8))
                or re.search(r"\btrong (?:đó|số đó)\b", ctx.before_low(base, 25))
                or any(g.type == "quantity" for g in sent_figs[:k])
                or _STOCK_ELSEWHEN.search(ctx.lower_slice(*ctx.sentence_span(base.sent)))
                or _EACH.search(ctx.before_low(base, 30))  # "Bình quân mỗi tổ có 14 hộ"
            ):
                continue  # the first count of its sentence, of now, not a "trong đó" subset
            noun = _noun(base)
            hit = _SUBJECT_AFTER_STOCK.match(ctx.lower_slice(base.end, p.start))
            if noun is None or hit is None:
                continue
            label = (hit.group("label") or hit.group("label2")).strip()
            if hit.group("label2") and not (
                hit.group("rate") or hit.group("link") == "chiếm" or "số " in hit.group(0)
            ):
                continue  # "…; thôn Đông là 45,6%": only a rate or a share names the subject
            if _people(base) and _ATTENDANCE.search(label):
                continue  # "…; tỷ lệ đảng viên dự sinh hoạt đạt …": over meetings (session 24)
            if re.search(r"\b(?:toàn|cả)\b|\bcủa (?:các|những)\b", label):
                continue  # "…; tỷ lệ đảng viên được miễn sinh hoạt toàn Đảng bộ là …": wider
            own = base.m.text[len(base.m.text) - len(base.m.text.lstrip("0123456789.,")) :].strip()
            if not (
                _names_noun(label, noun)
                or _names_noun(label, base.unit.key)  # "hợp tác xã" (noun "hợp tác")
                or label.startswith(own.lower() + " ")  # "cán bộ, công chức" as written
                or _named_people(ctx, base, label)
            ):
                continue
            if not _PCT_END.match(ctx.text[p.end : p.end + 3]):
                continue  # "chiếm 43% số chi bộ toàn huyện": a whole of its own
            row = _grim_row(ctx, base, p, (base.start, p.end))
            if (
                row is not None
                and row.verdict == "inconsistent"
                and (
                    _MOMENT_IN_LABEL.search(ctx.lower_slice(base.end, p.start))
                    or _other_body_named(ctx, base, p)
                )
            ):
                continue  # the rate of another moment or body than the stock's (review 22rb)
            if row is not None:
                out.append(row)
    return out


# (review 22rb) The rate's own label names the moment of a reorganisation ("tại thời điểm sáp
# nhập", "khi hợp nhất"): the stock counted now ("hiện có") is not its base then.
#   example (our own)                                                              told
#   "Huyện hiện có 16 xã; tỷ lệ xã đạt chuẩn … tại thời điểm sáp nhập là 72,7%"     nothing
#   "Huyện đã sáp nhập xong và hiện có 16 xã; tỷ lệ xã đạt tiêu chí … là 81,4%"     inconsistent
_MOMENT_IN_LABEL = re.compile(
    r"\b(?:thời điểm|khi|lúc)\s+(?:mới\s+)?(?:sáp nhập|sắp xếp|hợp nhất|chia tách|thành lập)\b"
)


def _scope_rate_rows(ctx: Context, taken: set[str]) -> list[Check]:
    out: list[Check] = []
    for sent_figs in ctx.by_sent.values():
        for k, base in enumerate(sent_figs[:-1]):
            if (
                base.type != "quantity"
                or not base.exact_count
                or base.qual != "exact"
                or base.unit.head in vocab.TIME_UNITS
                or base.unit.key.split(" ")[0] in vocab.TIME_UNITS
                or not base.value
                or base.value > 1000
            ):
                continue
            s, e = ctx.sentence_span(base.sent)
            lead = ctx.text[max(s, base.start - 30) : base.start].lower()
            # every match names one of _SCOPE_OPEN_WORDS: most leads have none (no search)
            if not _has_any(lead, _SCOPE_OPEN_WORDS) or not _SCOPE_OPEN.search(lead):
                continue
            p = sent_figs[k + 1]
            between = ctx.text[base.end : p.start].lower()
            if (
                p.type == "quantity"
                and p.qual in ("max", "min")
                and k + 2 < len(sent_figs)
                and not (p.unit.fams & base.unit.fams)
            ):
                # "Trong 18 chi bộ này, chi bộ có dưới 10 đảng viên chiếm 72,5%": a bound on the
                # members is part of the label
                bound, p = p, sent_figs[k + 2]
                between = (
                    ctx.text[base.end : bound.start] + "ngưỡng" + ctx.text[bound.end : p.start]
                ).lower()
            if p.type != "percent" or p.m.id in taken:
                continue
            gap = _SCOPE_GAP.match(between)
            noun = _noun(base)
            if gap is None or noun is None:
                continue
            after = ctx.text[p.end : min(e, p.end + 60)].lower()
            label = gap.group("label").strip()
            # readings of the twelfth session are fit-only (white-box review 66): no label ("Trong
            # 13 chi bộ, 61,5% chi bộ …"), "số" after the percent, a scope verb with "tại/ở", a
            # grade rate, a noun without a head ("đơn vị")
            fit_only = _TAI_O.search(ctx.low, max(s, base.start - 12), base.start) is not None
            fit_only = fit_only or _noun_fit_only(base)
            # "Trong 16 xã, thị trấn, mới có 61,5% xã …": a coordinated base, the rate's noun may
            # be one of its members (white-box review 18b)
            fit_only = fit_only or base.unit.composite or "," in base.m.text
            listed = False  # a member's rate: later items of its list may follow
            if _HAS_LABEL.match(label):
                rest = after.lstrip()
                fit_only = fit_only or not label or rest.startswith("số ")
                rest = rest.removeprefix("số ")
                if (
                    not _names_noun(rest, noun)
                    and base.unit.fams & _TERRITORY_UNITS
                    and _UNITS_AFTER.match(rest)
                ):
                    # "Trong 12 xã, thị trấn, có 41,7% đơn vị có …": "đơn vị" names any of the
                    # group's units (fit-only: the group's own noun is not written)
                    fit_only = True
                elif not _names_noun(rest, noun) or _WIDER.search(rest[: len(noun) + 30]):
                    continue
                kind = _SUBSET_KIND.match(rest, len(noun))
                if kind and kind.group(1) not in base.unit.key:
                    continue  # "Trong 12 chi bộ, 25% chi bộ thôn …": a subset of its own
            elif (
                (member := _MEMBER_RATE.match(label)) is not None
                and (_people(base) or base.unit.key.startswith(_PEOPLE_WORDS))
                and _member_label(member.group("what"), base)
            ):
                if _WIDER.search(member.group("what")) or _WIDER.search(after[:40]):
                    continue
                listed = True
            elif (
                (member := _MEMBER_RATE.match(label)) is not None
                and _names_noun(member.group("what"), noun)
                and "tỷ lệ" not in label
                and "tỉ lệ" not in label
                and not re.search(r"\bsố\b|\btoàn\b", member.group("what"))
                and not re.match(r"\s*(?:của\s+|trong\s+)?(?:toàn|cả)\b", after)
            ):
                # "Trong 13 chi bộ thôn thành lập mới, chi bộ có bí thư là người tại chỗ chiếm
                # 84,6%": those of the group's own noun that have a property
                if _WIDER.search(member.group("what")) or _WIDER.search(after[:40]):
                    continue
            elif (
                (member := _MEMBER_RATE.match(label)) is not None
                and not _people(base)
                and _KIN_LABEL.match(member.group("what"))
                and not re.search(r"\bsố\b|\btoàn\b|\bcả\b|tỷ lệ|tỉ lệ", member.group("what"))
            ):
                # "Trong 19 nhà được sửa chữa, hộ đồng bào Dao chiếm 42,1%": the households or
                # people a unit is of, named by their people or kind; fit-only (the label's noun
                # is not the group's, so the rate may be of another whole)
                fit_only = listed = True
            else:
                rate = _RATE_LABEL.match(label)
                if rate is None:
                    continue
                if not _names_noun(rate.group("what"), noun):
                    if not (
                        _UNIT_GRADE.fullmatch(rate.group("what").strip())
                        and not _OF_OTHER_AFTER.match(after)
                        and (_people(base) or not _members_near(ctx, base))
                    ):
                        continue
                    fit_only = True
                if _WIDER.search(rate.group("what")):
                    continue
                other = _OTHER_BASE_AFTER.match(after)
                if other and not (other.group("noun") or "").startswith(noun):
                    continue
            if _NOT_A_SHARE.search(label) or _AFTER_NOT_SHARE.match(ctx.text[p.end : p.end + 20]):
                continue
            row = _grim_row(ctx, base, p, (base.start, p.end))
            if row is not None and not (fit_only and row.verdict == "inconsistent"):
                out.append(row)
            if listed:
                out.extend(_later_members(ctx, base, p, sent_figs, fit_only))
    return out


# "trong 14 bí thư chi bộ của xã, nữ chiếm 30%, người Mông chiếm 64,3%": after a scoped
# member rate, the next items of the same list (a comma or "và", a member's attribute, its link)
_NEXT_MEMBER = re.compile(
    r"^\s*(?:,|;)?\s*(?:và\s+)?(?P<what>[^\d;,.()%:]{1,50}?)\s+(?:chiếm(?:\s+(?:tỷ lệ|tỉ lệ))?|là)\s*$"
)
# a household's or a person's people or kind: "hộ đồng bào Mông", "hộ người Dao", "người Khmer"
_KIN_LABEL = re.compile(r"^\s*(?:hộ|gia đình|nhà)?\s*(?:là\s+)?(?:đồng bào|người|dân tộc)\s")
_TERRITORY_UNITS = frozenset({"commune", "village", "district"})
_HOUSEHOLD_LABEL = re.compile(r"^\s*(?:và\s+)?(?:hộ|gia đình|nhà)\b")
_UNITS_AFTER = re.compile(r"^đơn vị\s+(?:đã\s+|đều\s+|được\s+)?(?:có|đạt|hoàn thành|được)\b")


def _later_members(
    ctx: Context, base: Fig, first: Fig, sent_figs: list[Fig], fit_only: bool
) -> list[Check]:
    out: list[Check] = []
    prev = first
    for g in sent_figs:
        if g.start < first.end:
            continue
        if g.type != "percent" or g.id == first.id:
            break
        hit = _NEXT_MEMBER.match(ctx.lower_slice(prev.end, g.start))
        if hit is None or not _member_label(hit.group("what"), base) and not (
            _KIN_LABEL.match(hit.group("what"))
        ):
            break
        if _OTHER_ITEM.search(hit.group("what")) or _WIDER.search(hit.group("what")):
            break
        people = _people(base) or base.unit.key.startswith(_PEOPLE_WORDS)
        if people and _HOUSEHOLD_LABEL.match(hit.group("what")):
            break  # "Trong 14 trưởng thôn, nữ chiếm 28,6%, hộ đồng bào Mông chiếm 55%": households
        if _AFTER_NOT_SHARE.match(ctx.text[g.end : g.end + 20]) or not _PCT_END.match(
            ctx.text[g.end : g.end + 3]
        ):
            break
        if _YEAR.search(ctx.low, g.end, ctx.clause(g.start, g.end)[1]):
            break  # "…, người Thái chiếm 45% năm 2020": another moment
        row = _grim_row(ctx, base, g, (base.start, g.end))
        if row is not None and not (fit_only and row.verdict == "inconsistent"):
            out.append(row)
        prev = g
    return out


_TAI_O = re.compile(r"\b(?:tại|ở)\s+$")


def _noun_fit_only(base: Fig) -> bool:
    """A count whose noun the vocabulary leaves without a head ("11 đơn vị cấp huyện"): its
    GRIM rows are fit-only (white-box review 66: "62,3% đơn vị hành chính cấp xã" after it)."""
    return base.unit.head is None and base.unit.generic is None


def _other_base_fits(ctx: Context, row: Check) -> bool:
    """Whether the report also states a part of the base as assessed (a fraction a/n of the
    base's noun, n the base) and a/n's numerator gives the percent: then the percent may be
    of those assessed, and the alarm is dropped.
    E.g. "có 56 tổ chức cơ sở đảng" … "Có 55/56 tổ chức cơ sở đảng được đánh giá" …
    "Tỷ lệ … hoàn thành tốt nhiệm vụ trở lên đạt 85,5%": 85,5% is no k/56 but is 47/55
    (85.45%). Another count of the noun is no such sign: "15 đồng chí … nữ chiếm 21%" stays
    an alarm though some other body has 14."""
    by_id = ctx.by_id()
    base, p = by_id.get(row.mention_ids[0]), by_id.get(row.mention_ids[-1])
    if base is None or p is None or base.value is None or p.value is None:
        return False
    n, d = int(base.value), decimals_of(p.m)
    for g in ctx.ratios:
        if g.type != "ratio" or (g.unit.key != base.unit.key and g.unit.head != base.unit.head):
            continue
        a, whole = g.m.get("numerator"), g.m.get("denominator")
        if (
            whole == n
            and isinstance(a, int | float)
            and a == int(a)
            and 0 < a < n
            and grim(p.value, int(a), d)[0] == "consistent"
        ):
            return True
    return False


# -- a percent that names its whole right after it: "74,1% trong tổng số 27 giáo viên", "có
# 38,3% trong số 47 tổ chức cơ sở đảng", "18,2% trên tổng số 22 đảng viên". The whole is the
# count written there; a count said of the percent just before it ("5 đồng chí, chiếm 16,1%
# trong tổng số 31 …") makes a share row instead (see share.py).
#   example (our own)                                                      verdict
#   "74,1% trong tổng số 27 giáo viên đạt chuẩn" (20/27 = 74,07%)           consistent
#   "có 38,2% trong số 47 tổ chức cơ sở đảng đạt …"                         inconsistent
#   "có 5 đồng chí, chiếm 16,2% trong tổng số 31 …"                         (silent here)
_WHOLE_AFTER = re.compile(r"^\s*(?:trên|trong)\s+(?:tổng\s+)?số\s+$")
_COUNT_OF_PCT = re.compile(r"(?:,\s*|\s)(?:chiếm|bằng|đạt|là)\s+(?:tỷ lệ\s+|tỉ lệ\s+)?$")


def _whole_right_after(ctx: Context, p: Fig, base: Fig) -> bool:
    return base.start > p.end and bool(_WHOLE_AFTER.match(ctx.text[p.end : base.start].lower()))


def _whole_after_rows(ctx: Context, taken: set[str]) -> list[Check]:
    out: list[Check] = []
    if "số" not in ctx.low:
        return out
    for p in ctx.percents:
        if p.type != "percent" or p.m.id in taken or p.qual != "exact":
            continue
        base = ctx.next_in_sent(p)
        if (
            base is None
            or base.type != "quantity"
            or not base.exact_count
            or base.qual != "exact"
            or not base.value
            or base.value > 1000
            or base.unit.head in vocab.TIME_UNITS
            or base.unit.key.split(" ")[0] in vocab.TIME_UNITS
            or not _whole_right_after(ctx, p, base)
        ):
            continue
        q = ctx.prev_in_sent(p)
        if (
            q is not None
            and q.type == "quantity"
            and _COUNT_OF_PCT.search(ctx.lower_slice(q.end, p.start))
        ):
            continue  # "5 đồng chí, chiếm 16,1% trong tổng số 31 …": a share row
        row = _grim_row(ctx, base, p, (p.start, base.end))
        if row is not None and row.verdict == "consistent":  # fit-only (white-box review 66)
            out.append(row)
    return out


# A sentence that opens "Trong số đó," / "Trong đó," / "Trong số này," and then states the rate of
# the previous sentence's count by its noun: "Ủy ban Kiểm tra đã kiểm tra 29 cán bộ … . Trong số
# đó, tỷ lệ cán bộ kê khai chưa đầy đủ là 62,5%" (18/29 = 62,1%, 19/29 = 65,5%: impossible).
# The base is the one exact count of that noun in the sentence before; nothing else counted
# stands between the opener and the rate.
_AMONG_THEM = re.compile(
    r"\W*trong (?:số )?(?:đó|này)\s*,?\s*(?P<rate>(?:tỷ lệ|tỉ lệ)\s+)?(?P<n>[^\d;,.()%]{2,60}?)"
    r"(?:\s*,[^\d;.()%]{0,40})?\s+(?:là|đạt|chiếm|bằng|ở mức)\s*$"
)
# (session 40) the next items of such a list, each its noun's label and link: "Trong số này,
# đảng viên nữ chiếm 42,3%, đảng viên là đoàn viên thanh niên chiếm 80,8%"
_AMONG_NEXT = re.compile(
    r"\s*[,;]\s*(?:và\s+)?(?:(?:tỷ lệ|tỉ lệ)\s+)?(?P<n>[^\d;,.()%]{2,60}?)"
    r"\s+(?:là|đạt|chiếm|bằng|ở mức)\s*"
)


_AMONG_BARE = re.compile(r"\W*trong (?:số )?(?:đó|này)\s*,?\s*(?:có\s+)?$")


def _among_them_rows(ctx: Context, taken: set[str]) -> list[Check]:
    """GRIM rows of a rate of the previous sentence's count, opened by "Trong số đó" (above)."""
    out: list[Check] = []
    if "trong" not in ctx.low:
        return out
    for p in ctx.percents:
        if p.type != "percent" or p.id in taken or p.value is None or p.qual != "exact":
            continue
        if p.sent == 0:
            continue
        first, labels = p, []
        while (q := ctx.prev_in_sent(first)) is not None and q.type == "percent":
            item = _AMONG_NEXT.fullmatch(ctx.low, q.end, first.start)
            if item is None:
                break
            labels.append(norm_words(item.group("n")))
            first = q
        if ctx.prev_in_sent(first) is not None:
            continue
        s, _ = ctx.sentence_span(p.sent)
        head = ctx.lower_slice(s, first.start)  # (lowered once for both readings)
        hit = _AMONG_THEM.match(head)
        if labels and (hit is None or not _ENDS_HERE.match(ctx.low, first.end)):
            continue  # a later item only of a list whose first item names the noun
        bare = hit is None and _AMONG_BARE.match(head) is not None
        if hit is None and not bare:
            continue
        counts = [
            g
            for g in ctx.by_sent.get(p.sent - 1, ())
            if g.type == "quantity" and g.exact_count and g.unit.key
        ]
        if bare:
            # (session 24) "Xã có 35 tổ liên gia. Trong số này, 62,9% hoạt động thường xuyên": a
            # bare percent and what some of them do or are, of the one count before
            after = ctx.after_low(p, 60)
            if len(counts) != 1 or counts[0].unit.head in vocab.TIME_UNITS:
                continue
            if not (
                _NEAR_PRED.match(after) or (_people(counts[0]) and _ATTR_AFTER.match(after))
            ) or (_MAYBE.search(after[:30]) or _NEAR_PLAN.search(after)):
                continue
            own = counts
        else:
            key = norm_words(hit.group("n"))  # type: ignore[union-attr]
            own = [g for g in counts if key == g.unit.key or key.startswith(g.unit.key + " ")]
            if not hit.group("rate") and not (own and _people(own[0]) and key != own[0].unit.key):
                continue  # a bare label: only a group of the people counted ("đảng viên nữ")
            if any(not k.startswith(own[0].unit.key + " ") for k in labels if own):
                continue  # every later item names the noun and its group
        if len(own) != 1 or len(counts) != 1:
            continue  # two counts before: which one "đó" points at is not sure
        if not bare and not _ENDS_HERE.match(ctx.low, p.end):
            continue  # "Trong số đó, tỷ lệ hộ nghèo chiếm 4,1% tổng số hộ": of another whole
        row = _grim_row(ctx, own[0], p, (s, p.end))
        if row is not None:
            out.append(row)
    return out


# (session 29) A sentence that opens "Trong số X được/đã V," names its base by the noun and the
# verb done to it: the one count of X the verb governed in the two sentences before ("Giám sát
# chuyên đề 6 tổ chức đảng và 24 đảng viên. Trong số đảng viên được giám sát, 37,5% là …"), or
# the numerator of a fraction after the verb ("Đã giải quyết 8/9 đơn. Trong số đơn đã giải
# quyết, đơn tố cáo đúng chiếm 37,5%"). The percent is bare or after a label and its link, and
# ends its clause; a count of the verb's noun stated before it in its own sentence breaks it.
#   example (our own)                                                              told
#   "Giám sát 6 tổ chức đảng và 24 đảng viên. Trong số đảng viên được giám sát,
#    37,5% là …" (9/24)                                                             consistent
#   "… 24 đảng viên. Trong số đảng viên được giám sát, 36% là …" (8/24 = 33,3%)     inconsistent
#   "Giám sát 24 đảng viên; kiểm tra 15 đảng viên. Trong số đảng viên được kiểm tra,
#    36% …" (of 15: 5/15 = 33,3%, 6/15 = 40%)                                       inconsistent
_AMONG_DONE = re.compile(
    r"\W*trong (?:tổng )?số (?P<noun>[^\W\d][^\d,;:()%]{0,30}?)\s+(?:đã được|được|đã|bị|đã bị)\s+"
    r"(?P<verb>[^\W\d]+(?:\s+[^\W\d]+)?)\s*,\s*(?P<label>[^\d;:()%]{0,60})$"
)
_AMONG_DONE_LINK = re.compile(r"(?:^|\s)(?:chiếm(?:\s+(?:tỷ lệ|tỉ lệ))?|là|có)\s*$")


def _among_done_rows(ctx: Context, taken: set[str]) -> list[Check]:
    out: list[Check] = []
    if "trong số" not in ctx.low and "trong tổng số" not in ctx.low:
        return out
    for p in ctx.percents:
        if p.type != "percent" or p.id in taken or p.value is None or p.qual != "exact":
            continue
        if ctx.prev_in_sent(p) is not None or p.sent == 0:
            continue
        s, _ = ctx.sentence_span(p.sent)
        hit = _AMONG_DONE.match(ctx.lower_slice(s, p.start))
        if hit is None:
            continue
        label = hit.group("label").strip()
        if label and not _AMONG_DONE_LINK.search(label):
            continue
        after = ctx.after_low(p, 40)
        if _NOT_A_SHARE.search(label) or _AFTER_NOT_SHARE.match(after):
            continue
        if not (_PCT_END.match(after) if label else _HAVE_AFTER_PCT.match(after)):
            continue  # a labelled rate ends its clause; a bare one is followed by its predicate
        noun = unit_info(norm_words(hit.group("noun")))
        verb = hit.group("verb")
        if not noun.key or _pooled(hit.group("noun"), ctx, p):
            continue
        found: list[tuple[Fig, bool]] = []
        for g in ctx.earlier(p, 40):
            if g.sent < p.sent - 2:
                break
            if g.unit.key != noun.key:
                continue
            if g.type == "quantity" and _governed(ctx, g, verb):
                # (a bound or an estimate the verb governed, "hơn 130 đảng viên", is a count of
                # those too: two candidates, silence; review 29g)
                found.append((g, bool(g.exact_count)))
            elif g.type == "ratio" and _governed(ctx, g, verb):
                num = g.m.attrs.get("numerator")
                if num and float(num).is_integer():
                    as_count = replace(g, type="quantity", value=float(num), exact_count=True)
                    found.append((as_count, False))  # the fraction's own parts: fit-only
        if len(found) != 1 or not found[0][0].value:
            continue
        base, certain = found[0]
        if not base.exact_count and base.type == "quantity" and certain is False:
            continue
        if _CUMULATED.search(ctx.lower_slice(base.end, p.start)):
            continue
        # (the "trong số …" lead names this very base: not a subgroup, see _not_of_base)
        ctx.memo.setdefault("granularity.among_done", set()).add(p.id)  # type: ignore[union-attr]
        row = _grim_row(ctx, base, p, (s, p.end))
        if row is not None and (certain or row.verdict == "consistent"):
            out.append(row)
    return out


# -- a whole counted, then in the same sentence the share of its own members with a property,
# after a comma or a colon and at most a verb of finding (session 22): the count opens the set
# (after "có"/"gồm", a verb of handling it, or a scope word), and the percent names the set's
# own noun right after it, or none, its predicate following at once.
#   example (our own)                                                              verdict
#   "Đoàn giám sát làm việc với 14 chi bộ, ghi nhận 35,7% chi bộ chưa …" (5/14)     consistent
#   "Đã điều tra 35 hộ chăn nuôi, phát hiện 37,2% hộ chưa có chuồng trại …"         inconsistent
#   "Đánh giá, xếp loại 38 chi bộ trực thuộc năm 2024: 81,7% hoàn thành tốt …"      inconsistent
#   "Ủy ban Kiểm tra đã kiểm tra 26 đảng viên, kết luận 34,7% có vi phạm"           inconsistent
#   "Xã có 9 xã vùng cao, 55,7% xã có …" (the percent drops the count's own words)  (silent)
#   "Kiểm tra 23 tổ chức đảng, chiếm 26,2% tổ chức đảng …" (a share, share.py)       (silent)
#   "Có 12 xã đạt chuẩn nông thôn mới, 70,6% xã có …" (a part with its property)    (silent)
#   "Qua giám sát 7 tổ chức đảng và 31 đảng viên, 19,4% đảng viên …" (two counts)   (silent)
_SET_VERB = re.compile(
    r"(?:\b(?:có|gồm)|(?:kiểm tra|giám sát|khảo sát|rà soát|điều tra|làm việc với|tiếp nhận"
    r"|thụ lý|đánh giá(?:,? xếp loại)?|xếp loại|tập huấn cho|bồi dưỡng cho|thanh tra|phúc tra)"
    r"(?:\s+(?:đối với|chuyên đề|đột xuất|trực tiếp|tại|ở))?"
    r"|(?:^|[,:;]\s*)(?:trong|ở|tại|trên)(?:\s+tổng)?(?:\s+số)?)\s*$"
)
_HANDLED = re.compile(
    r"kiểm tra|giám sát|khảo sát|rà soát|điều tra|làm việc|tiếp nhận|thụ lý"
    r"|đánh giá|xếp loại|tập huấn|bồi dưỡng|thanh tra|phúc tra|^(?:trong|ở|tại)"
)
# the count's own words before the comma: no predicate of its own ("12 xã đạt chuẩn …")
_SET_TAIL = re.compile(
    r"^\s*(?P<own>[^\W\d][^\d;,.:()%]{0,40}?)??\s*(?:năm (?:19|20)\d{2}\s*)?"
    r"(?P<sep>[,:]|\s(?=cho thấy|ghi nhận|phát hiện))"
)
_PART_WORDS = re.compile(
    r"\b(?:được|đã|đạt|bị|chưa|không|còn|hoàn thành|tham gia|thực hiện|có|là|mới|thêm|vi phạm)\b"
)
# between the comma and the percent: nothing, or a verb of finding
_FINDING = re.compile(
    r"^\s*(?:(?:qua đó|kết quả|kết luận|ghi nhận|phát hiện|cho thấy|nhận thấy|xác định|thì|có"
    r"|giải quyết(?: dứt điểm| xong)?|xử lý(?: dứt điểm| xong)?)"
    r"\s*(?:,\s*)?(?:có\s+)?)?$"
)
_OWN_PRED = re.compile(
    r"^\s*(?:đã|đều|được|có|chưa|không|còn|bị|hoàn thành|vi phạm|xếp loại|thực hiện|tham gia"
    # "đạt" only of a grade or a standard: "94,3% đạt dự toán" is of an amount
    r"|đạt\s+(?:yêu cầu|loại|chuẩn|danh hiệu))\b"
)


def _set_rows(ctx: Context, taken: set[str]) -> list[Check]:
    out: list[Check] = []
    for sent_figs in ctx.by_sent.values():
        counted = [g for g in sent_figs if g.type not in ("date", "period")]
        if len(counted) < 2:
            continue
        base, p = counted[0], counted[1]
        if (
            p.type != "percent"
            or p.m.id in taken
            or p.qual != "exact"
            or base.type != "quantity"
            or not base.exact_count
            or base.qual != "exact"
            or not base.value
            or base.value > 1000
            or not base.unit.key
            or base.unit.head in vocab.TIME_UNITS
            or base.unit.key.split(" ")[0] in vocab.TIME_UNITS
        ):
            continue
        lead = _SET_VERB.search(ctx.before_low(base, 40))
        gap = ctx.lower_slice(base.end, p.start)
        if lead is None or ";" in gap or len(gap) > 80:
            continue
        tail = _SET_TAIL.match(gap)
        if tail is None or not _FINDING.match(gap[tail.end() :]):
            continue
        own = (tail.group("own") or "").strip()
        handled = _HANDLED.search(lead.group(0).strip(" ,:;")) is not None
        if own and _PART_WORDS.search(own) and not handled:
            continue  # "có 12 xã đạt chuẩn …, …": a part of the noun's units, with its property
        if _change_before(ctx.before_low(base, 16)) or _MARKER.search(ctx.before_low(base, 30)):
            continue
        after = ctx.lower_slice(p.end, min(p.end + 80, ctx.sentence_span(p.sent)[1]))
        key = base.unit.key
        noun = after.lstrip()
        noun = noun.removeprefix("số ") if handled else noun
        full = f"{key} {own}".strip() if own and not handled else key
        if noun.startswith(full + " ") or noun.startswith(full + ".") or noun == full:
            rest = noun[len(full) :]
            if not (_OWN_PRED.match(rest) or _ENDS_HERE.match(rest)):
                continue
            if _WIDER.search(rest[:40]) or _OF_OTHER_AFTER.match(rest):
                continue
        elif not (_OWN_PRED.match(after) and (_people(base) or ":" in gap or handled)):
            continue
        if _MAYBE.search(after[:30]) or _pooled_set(
            ctx, base, after, lead.group(0) if handled else None
        ):
            continue
        row = _grim_row(ctx, base, p, (base.start, p.end))
        if row is not None:
            out.append(row)
    return out


# the set named by what was done to it, which may pool counts of several sentences
_DONE_TO_SET = re.compile(
    r"\b(?:được|bị)\s+(kiểm tra|giám sát|khảo sát|rà soát|điều tra|đánh giá"
    r"|xếp loại|thanh tra|tập huấn|bồi dưỡng)"
)
# (review 22rb) the set named by what was done to it over a span of its own, which the base's
# sentence does not name, pools the base with counts of other years, stated or not:
#   example (our own)                                                              verdict
#   "Năm 2024 kiểm tra 23 tổ chức đảng, qua đó 87,3% tổ chức đảng được kiểm tra trong
#    nhiệm kỳ chấp hành tốt …"                                                      (silent)
#   "… Năm 2024 giám sát 11 chi bộ, 81,5% chi bộ được giám sát trong hai năm …"     (silent)
#   "Trong nhiệm kỳ kiểm tra 23 tổ chức đảng, 87,3% tổ chức đảng được kiểm tra trong
#    nhiệm kỳ …" (the base's own span)                                              inconsistent
_OWN_SPAN = re.compile(
    r"\b(?:trong|cả|suốt|qua)\s+(?:nhiệm kỳ|giai đoạn|(?:\d+|hai|ba|bốn|năm|các|những)\s+năm)\b"
    r"|lũy kế|cộng dồn|từ đầu nhiệm kỳ"
)
# a guess, not a count, as the percent's own predicate: "75% xã có khả năng đạt chuẩn …"
_MAYBE = re.compile(r"khả năng|có thể|dự kiến|\bsẽ\b|phấn đấu|\bước\b|dự báo")


def _pooled_set(ctx: Context, base: Fig, after: str, lead: str | None) -> bool:
    """Does the percent name its set by what was done to it ("… chi bộ được giám sát"), that
    verb also done to a count of the noun in the two sentences before, and may the percent pool
    both? It may when the base's sentence adds to the earlier count ("bổ sung giám sát 7 chi
    bộ", see :func:`_done_here`), when the rate names a span or pool of its own ("… được giám
    sát trong nhiệm kỳ"), or when another verb ``lead`` was done to the base ("rà soát 14 tổ chức
    đảng, 37,5% tổ chức đảng được kiểm tra" after "kiểm tra 8 tổ chức đảng")."""
    hit = _DONE_TO_SET.search(after[:60])
    if hit is None:
        return False
    verb = hit.group(1)
    if _OWN_SPAN.search(after, hit.end(), hit.end() + 40) and not _OWN_SPAN.search(
        ctx.lower_slice(ctx.sentence_span(base.sent)[0], base.start)
    ):
        return True  # "… được kiểm tra trong nhiệm kỳ": a span the base's sentence does not name
    if not any(
        g.type == "quantity" and g.unit.key == base.unit.key and _governed(ctx, g, verb)
        for k in (base.sent - 1, base.sent - 2)
        for g in ctx.by_sent.get(k, ())
    ):
        return False
    s, e = ctx.sentence_span(base.sent)
    own = ctx.lower_slice(s, e)
    return bool(
        _MORE.search(own)
        or _POOLED_BASES.search(own)
        or _CUMULATED.search(after)
        or _SCOPE_WORDS.search(after)
        or (lead is not None and verb not in lead)
    )


# -- (session 24) a count, and close after it in its sentence the rate of its own units or
# members, in words the readings above do not take: the count's own words or deed before the
# separator ("33 trường công lập,", "13 đại biểu dự,", "11 đồng chí trúng cử Ban Thường vụ,"), a
# colon, a dash or a list line as the separator, a member's attribute with no link ("; nữ
# 38,5%"), the pass rate of an assessed set with no noun ("kiểm tra 24 tổ chức đảng, tỷ lệ đạt
# 87,5%"), a rate of the count's own noun after any verb ("Kiểm tra 22 đảng viên; tỷ lệ đảng
# viên chấp hành tốt đạt 77,3%"), or a bare percent and what some of them are or have after ";"
# or ":" ("có 15 đồng chí; 46,7% là nữ"). Nothing else is counted between, and the percent ends
# its clause (or names the count's own noun, then a predicate: "… 76% số trường đạt chuẩn").
#   example (our own)                                                              verdict
#   "Hội nghị có 13 đại biểu dự, 46,2% là nữ" (6/13 = 46,15%)                      consistent
#   "Ban Chấp hành gồm 21 đồng chí; nữ 38,5%, trẻ dưới 40 tuổi 23,8%" (8/21 = 38,1%) inconsistent
#   "Đã kiểm tra 24 tổ chức đảng, tỷ lệ đạt 87,6%" (21/24 = 87,5%)                 inconsistent
#   "Đã kiểm tra 24 tổ chức đảng, tỷ lệ đạt 87,6% kế hoạch"                        (silent: a plan)
#   "Kiểm tra 24 tổ chức đảng, tỷ lệ đảng viên đạt yêu cầu 87,6%"                  (silent: another noun)
#   "Chi bộ có 24 đảng viên, tỷ lệ tham gia sinh hoạt đạt 87,6%"                   (silent: meetings)
#   "Huyện hiện có 16 xã; trước sáp nhập, tỷ lệ đạt chuẩn là 68,9%"                (silent: another time)
#   "Có 12 xã đạt chuẩn nông thôn mới, 70,6% số xã" (a part's share of all xã)      (silent)
_NEAR_GAP = re.compile(
    r"^(?P<own>(?:\s+[^\W\d]+){0,8}?)\s*(?P<sep>[,;:(]|\s[-–—]\s|\s*\n\s*[-–•+*]?)\s*"
    r"(?:(?:trong đó|trong số đó|kết quả|kết luận|qua đó|cho thấy|ghi nhận|qua (?:kiểm tra|giám sát"
    r"|khảo sát|rà soát|đánh giá|xếp loại|thẩm định|phúc tra))\s*,?\s*(?:có\s+)?)?"
    r"(?P<label>[^\d;()%]*?)\s*$"
)
# what a count did or underwent, said right after it: the set it names is the base
_NEAR_DEED = re.compile(
    r"^(?:(?:đã|được|đều|mới|cùng|trực tiếp)\s+)*(?:dự|tham dự|tham gia|có mặt|trúng cử|bầu"
    r"|kết nạp|theo học|dự thi|trúng tuyển|khen thưởng|điều động|luân chuyển|cử đi|tuyển dụng"
    r"|bổ nhiệm|kiểm tra|giám sát|đánh giá|xếp loại|khảo sát|rà soát|sát hạch|nghiệm thu"
    r"|thẩm định|phúc tra|xét|vào)\b"
)
_DEED_LIST = re.compile(
    r"\b(đánh giá|xếp loại|kiểm tra|giám sát|luân chuyển|điều động|khen thưởng),\s*"
    r"(?=(?:đánh giá|xếp loại|kiểm tra|giám sát|luân chuyển|điều động|khen thưởng)\b)"
)
_DEED_IN = re.compile(r"(?:^|\s)(?=" + _NEAR_DEED.pattern.removeprefix("^") + ")")
# a set assessed: its pass rate needs no noun ("Kiểm tra 24 chi bộ, tỷ lệ đạt …")
_ASSESSED = re.compile(
    r"\b(?:kiểm tra|giám sát|sát hạch|dự thi|tham gia thi|thi|chấm|nghiệm thu|thẩm định|đánh giá"
    r"|xếp loại|khảo sát|rà soát|phúc tra|xét|tiếp nhận|thụ lý|giải quyết)\b"
)
_PASS_RATE = re.compile(
    r"^(?:với\s+)?(?:tỷ lệ|tỉ lệ)\s+(?:đạt|hoàn thành|trúng tuyển|tốt nghiệp|giải quyết)"
    r"(?P<rest>(?:\s*,?\s+[^\W\d]+){0,8}?)\s*(?:là|đạt|:)?$"
)
# a member's attribute and nothing else but its link (ages are figures, read as "N tuổi")
_ATTR_CORE = (
    r"(?:(?:cán bộ|đảng viên|đồng chí|người|đại biểu|hội viên|đoàn viên|thành viên|ủy viên"
    r"|cấp ủy viên|học viên|công chức)\s+)?(?:là\s+)?"
    r"(?:nữ|nam|trẻ(?:\s+dưới\s+\d+\s+tuổi)?|dưới\s+\d+\s+tuổi|(?:là\s+)?người dân tộc thiểu số"
    r"|dân tộc thiểu số|người dân tộc(?:\s+[^\W\d]+){1,2}|ngoài đảng|người ngoài đảng|tái cử"
    r"|đoàn viên thanh niên)"
)
_ATTR_ONLY = re.compile(
    r"^(?:(?:tỷ lệ|tỉ lệ|số|cơ cấu)\s+)?"
    + _ATTR_CORE
    + r"\s*(?::|chiếm(?:\s+(?:tỷ lệ|tỉ lệ))?|là|có tỷ lệ|có tỉ lệ|đạt)?$"
)
# the attribute named right after a bare percent: "37,5% nữ", "20,8% dưới 40 tuổi"
_ATTR_AFTER = re.compile(r"^\s*(?:số\s+)?" + _ATTR_CORE + r"\s*(?=[,.;)]|$)")
# a rate of another span, time, scope or count than the set's: never its whole counts
_NEAR_OTHER = re.compile(
    r"\b(?:sinh hoạt|dự họp|họp|tham dự|có mặt|học tập|quán triệt|bình quân|trung bình|mỗi|hằng"
    r"|hàng|năm trước|cùng kỳ|kỳ trước|khóa trước|nhiệm kỳ trước|trước|sau|toàn|cả|của|trong(?! sạch)"
    r"|các|những|kế hoạch|chỉ tiêu|dự toán|so với|tăng|giảm|lượt|phiếu|tín nhiệm|cử tri)\b"
)
# a grade of an assessed set's units, with or without its link
_NEAR_GRADE = re.compile(
    r"^(?:(?:tỷ lệ|tỉ lệ|số)\s+)?(?:được\s+)?(?:xếp loại\s+)?(?:hoàn thành (?:xuất sắc |tốt )?nhiệm vụ"
    r"(?: trở lên)?|không hoàn thành nhiệm vụ|(?:loại\s+)?(?:xuất sắc|tốt|khá|trung bình|yếu|kém)"
    r"(?: trở lên)?)\s*(?::|(?:đạt|là|chiếm)(?:\s+(?:tỷ lệ|tỉ lệ))?)?$"
)
# the count's own words that make it a part with a property, not the set ("12 xã đạt chuẩn")
_OWN_PROPERTY = re.compile(
    r"\b(?:được|đã|đạt|bị|chưa|không|còn|hoàn thành|tham gia|thực hiện|có|là|thêm|vi phạm)\b"
)
_WITHIN_OPEN = re.compile(r"(?:^|[,;:.(]\s*)(?:qua\s+)?trong(?:\s+(?:tổng\s+)?số)?\s+$")
# what is planned or still to come, not counted ("70% trường tiếp tục được đầu tư để đạt chuẩn")
_NEAR_PLAN = re.compile(r"\b(?:tiếp tục|đăng ký|phấn đấu|mục tiêu|giai đoạn|để|nhằm)\b")
_NEAR_SCOPE_AFTER = re.compile(r"\b(?:toàn|cả|của|trên địa bàn|trong(?!\s+sạch\b)|các)\b")
_NEAR_LINK = re.compile(r"\s*(?::|(?:đạt|là|chiếm|bằng)(?:\s+(?:tỷ lệ|tỉ lệ))?)$")
_NEAR_PRED = re.compile(
    r"^\s*(?:(?:đã|đều|có|được|chưa|không|còn|bị)\s+[^\W\d]|là\s+(?!tỷ lệ|tỉ lệ|mức)[^\W\d]"
    r"|đạt\s+(?:yêu cầu|loại|chuẩn|danh hiệu|trình độ)|dưới\s+\d+\s+tuổi|hoàn thành\b|xếp loại\b"
    r"|(?:hoạt động|thực hiện|duy trì|chấp hành|triển khai|xây dựng|ban hành)\s+[^\W\d]"
    r"|do\s+[^\W\d])"
)


def _near_base(ctx: Context, p: Fig) -> tuple[Fig, str, str] | None:
    """The count right before ``p`` in its sentence (an age in the label skipped), past a year
    said of it or a bracket that details it ("Đánh giá 24 chi bộ năm 2024, …", "có 24 chi bộ (17
    chi bộ nông thôn, 7 chi bộ cơ quan); …"), the text between them with those left out, and
    the words of the bracket left out."""
    g = _counted_before(ctx, p)
    cut = (p.start, p.start)  # the span of a year or bracket left out of the text between
    if g is not None and g.type == "date":
        h = ctx.prev_in_sent(g)
        if h is not None and _YEAR_OF.fullmatch(ctx.lower_slice(h.end, g.start)):
            g, cut = h, (ctx.text.rfind(" ", h.end, g.start), g.end)
    elif g is not None and ")" in ctx.text[g.end : p.start]:
        close = ctx.text.find(")", g.end, p.start)
        opened = ctx.text.rfind("(", 0, g.start)
        h = next((f for f in ctx.earlier(g, 20) if f.end <= opened), None)
        if (
            h is not None
            and opened >= 0
            and h.sent == p.sent
            and not ctx.text[h.end : opened].strip()
            and ")" not in ctx.text[opened:close]
            and "(" not in ctx.text[close : p.start]
            and _details(ctx, h, opened, close)
        ):
            g, cut = h, (opened, close + 1)
    if (
        g is None
        or g.type != "quantity"
        or not g.exact_count
        or g.qual != "exact"
        or not g.value
        or g.value > 1000
        or not g.unit.key
        or g.unit.head in vocab.TIME_UNITS
        or g.unit.key.split(" ")[0] in _AGE_OR_TIME
        or reference_level(ctx, g)
        or _change_before(ctx.before_low(g, 16))
        or _MARKER.search(ctx.before_low(g, 30))  # "…, trong đó 12 đảng viên nữ; …": a part
    ):
        return None
    left_out = ctx.lower_slice(*cut) if ctx.text[cut[0] : cut[0] + 1] == "(" else ""
    return g, ctx.text[g.end : cut[0]] + ctx.text[cut[1] : p.start], left_out


_LINK_WORDS = _PLAIN_WORDS | {"là", "có", "được", "đã", "số", "gồm", "chiếm", "đạt"}


def _names_a_part(base: Fig, bracket: str, after: str, between: str) -> bool:
    """Do the percent's words name a part the bracket after the base detailed?"""
    own = set(norm_words(bracket).split()) - set((base.unit.key or "").split()) - _LINK_WORDS
    said = set(norm_words(between).split()) | set(norm_words(after).split())
    return bool(own & said)


def _details(ctx: Context, base: Fig, lo: int, hi: int) -> bool:
    """Does the bracket ``lo``..``hi`` only split ``base`` into counts of its own units, of now
    ("24 chi bộ (17 chi bộ nông thôn, 7 chi bộ cơ quan)"; not "24 chi bộ (1.250 đảng viên)", nor
    "24 xã (năm 2020 có 26 xã)")?"""
    inside = ctx.starting_in(lo, hi)
    return bool(inside) and not (
        _OTHER_ITEM.search(ctx.low, lo, hi)
        or _WIDER_OR_OTHER_TIME.search(ctx.low, lo, hi)
        or _YEAR.search(ctx.low, lo, hi)
        or any(
            f.type != "quantity"
            or not (f.unit.key == base.unit.key or f.unit.fams & base.unit.fams)
            or (f.value or 0) >= (base.value or 0)
            for f in inside
        )
    )


_OWN_YEAR = re.compile(r"^(\s+(?:trong\s+)?năm)\s+(?:19|20)\d{2}\b(?=\s*[,;:])")
_YEAR_OF = re.compile(r"\s+(?:trong\s+|của\s+)?năm\s+")


def _near_label(ctx: Context, base: Fig, own: str, sep: str, label: str, p: Fig) -> str | None:
    """How ``label`` (between the separator and the percent) makes the percent a rate of the
    count's own units: "attr" (a member's attribute), "noun" (the count's own noun named),
    "pass" or "grade" (of a set assessed), "bare" (a bare percent and its predicate), or None."""
    noun = _noun(base)
    after = ctx.after_low(p, 60)
    if _MAYBE.search(after[:30]) or _NEAR_PLAN.search(after[:60]):
        return None  # "75% xã có khả năng đạt chuẩn …", "60% xã đăng ký đạt chuẩn …": a plan
    if _VOTES.search(after[:40]) or _VOTES.search(label):
        return None  # "87,6% đại biểu tán thành": a vote share, maybe of the ballots
    lead = re.split(r"[,;:.]", ctx.before_low(base, 60))[-1]
    assessed = bool(_ASSESSED.search(lead) or (own and _ASSESSED.search(own)))
    if not label:
        # a bare percent: what some of them are or have, or their own noun and its predicate
        if _people(base) and _ATTR_AFTER.match(after):
            return "attr"  # "Chi bộ có 24 đảng viên, 37,5% nữ"
        named = re.match(r"\s*(?:số\s+)?(?P<rest>[^\W\d].*)", after)
        rest = named.group("rest") if named else ""
        own_noun = next(
            (n for n in (base.unit.key, noun) if n and _names_noun(rest, n)), None
        )  # "tổ chức đảng" before its head "tổ chức"
        if own_noun is None and _key_prefix(rest, base):
            own_noun = rest.split()[0]  # "93,8% trường có …" of "32 trường học"
        if own_noun is not None:
            pred = rest[len(own_noun) :]
            if re.match(r"\s*(?:đã\s+)?(?:được|bị)\b", pred):
                return None  # "… 46,7% tổ chức đảng được giám sát …": a set named by a deed
            if _NEAR_SCOPE_AFTER.search(pred[:40]):
                return None  # "58,7% chi bộ toàn Đảng bộ …": a wider body
            # any predicate but a kind of the noun's units ("… 25% chi bộ thôn …": a subset)
            kind = _SUBSET_KIND.match(rest, len(own_noun))
            return None if kind and kind.group(1) not in base.unit.key else "noun"
        if not _NEAR_PRED.match(after) or after.lstrip().startswith("số"):
            return None
        # "Có 12 xã đạt chuẩn, 70,6% …": a unit's share after a comma may be of a wider whole
        return "bare" if sep != "," or _people(base) else None
    if not _ENDS_HERE.match(after):
        return None
    if _people(base) and _ATTR_ONLY.match(label):
        return "attr"
    if _NEAR_OTHER.search(label):
        return None
    if _PASS_RATE.match(label) is not None:
        return "pass" if assessed else None
    if _NEAR_GRADE.match(label) is not None:
        return "grade" if assessed else None  # "Xếp loại 24 chi bộ: hoàn thành tốt nhiệm vụ 75%"
    # the rate of the count's own noun: only of a stock or a set assessed, whose own words add
    # nothing ("Có 86 học sinh bỏ học, tỷ lệ học sinh bỏ học …" is their share of all pupils;
    # "187 đoàn viên được kết nạp; tỷ lệ đoàn viên xếp loại khá …" is of all members)
    if not (assessed or _STOCK_BEFORE.search(lead)):
        return None
    if own and not _ASSESSED.search(own):
        if _OWN_PROPERTY.search(own) or _DEED_IN.search(own) or _said_again(own, label):
            return None  # … but plain words of the count may stand ("24 chi bộ trực thuộc, …")
    rate = re.match(r"^(?:(?:tỷ lệ|tỉ lệ)\s+|số\s+|các\s+)?(?P<what>.+)$", label)
    what = _NEAR_LINK.sub("", rate.group("what")) if rate else ""
    if not noun or not (
        _names_noun(what, noun)
        or _names_noun(norm_words(what), base.unit.key)  # "xã, thị trấn" as the key "xã thị trấn"
        or _key_prefix(what, base)
    ):
        return None
    if re.search(r"\bsố\b", what) or (
        "," in what
        and not label.startswith(("tỷ lệ", "tỉ lệ"))
        and not what.startswith(base.unit.key)
    ):
        return None  # "chi bộ khối doanh nghiệp có số đảng viên nữ …": another count inside
    if not (label.startswith(("tỷ lệ", "tỉ lệ")) or _NEAR_LINK.search(label)):
        return None  # "…; thôn Đông 45,6%": only a rate or a linked label names a subject
    kind = _SUBSET_KIND.match(what, len(noun))
    return None if kind and kind.group(1) not in base.unit.key else "noun"


# a phrase of place or topic after the count: "khảo sát 35 tổ chức cơ sở đảng về thực hiện …"
_OWN_PHRASE = re.compile(r"^(?:về|theo|thuộc|tại|ở|trên địa bàn)\b")


def _own_words_ok(ctx: Context, base: Fig, own: str) -> bool:
    """May the words after the count (``own``, before the separator) still be the count's own: a
    deed done to the set ("13 đại biểu dự", "12 cơ quan hành chính được đánh giá …"), a phrase of
    place or topic after a verb of assessing, or a few plain words ("33 trường công lập")? Not a
    property that makes it a part ("12 xã đạt chuẩn nông thôn mới")."""
    deed = _DEED_IN.search(own)
    if deed is not None and not _OWN_PROPERTY.search(own[: deed.start()]):
        return deed.start() == 0 or not own[deed.end() :].lstrip().startswith("vào")
    if _OWN_PHRASE.match(own):
        lead = re.split(r"[,;:.]", ctx.before_low(base, 60))[-1]
        return bool(_ASSESSED.search(lead))
    return not _OWN_PROPERTY.search(own) and len(own.split()) <= 4


def _key_prefix(what: str, base: Fig) -> bool:
    """Does ``what`` name the base by the first word of its unit, then a predicate ("số trường
    đạt chuẩn" of "24 trường học"; not "trường mầm non", a kind of them)?"""
    words, key = what.split(), (base.unit.key or "").split()
    return (
        len(key) > 1
        and len(words) > 1
        and words[0] == key[0]
        and words[1] in ("đạt", "có", "được", "đã", "hoàn", "chưa", "không", "còn", "xếp")
    )


def _said_again(own: str, label: str) -> bool:
    """Does the rate's label repeat the count's own words ("Có 86 học sinh bỏ học, tỷ lệ học sinh
    bỏ học 0,9%": the count's share of a wider whole)?"""
    words = set(own.split()) - _PLAIN_WORDS - {"năm", "nay", "hiện"}
    return bool(words) and words <= set(label.split())


def _counted_in_clause_before(ctx: Context, base: Fig) -> bool:
    """Is another count (not a time or an age) stated before ``base`` in its clause?"""
    cs = ctx.clause(base.start, base.end)[0]
    return any(
        cs <= f.start
        and f.end <= base.start
        and f.type == "quantity"
        and f.unit.head not in vocab.TIME_UNITS
        and f.unit.key.split(" ")[0] not in _AGE_OR_TIME
        for f in ctx.by_sent.get(base.sent, [])
    )


def _same_kind_before(ctx: Context, base: Fig) -> bool:
    """Is another count of the base's noun (or of people, for people) stated before it in its
    sentence? "… 38 cơ sở xuất sắc, 61 cơ sở vững mạnh, 8 cơ sở khá; tỷ lệ …" (a list's last
    item), "có 12 chi bộ, trước sắp xếp có 14 chi bộ; …": which count the rate is of is unsaid."""
    return any(
        f.end <= base.start
        and f.type == "quantity"
        and (f.unit.key == base.unit.key or (_people(f) and _people(base)))
        for f in ctx.by_sent.get(base.sent, [])
    )


_LIST_ITEM_GAP = re.compile(r"\s*(?:số\s+)?[^\W\d][^\d;%()]{0,60}?,\s*(?:và\s+)?")


def _list_head(ctx: Context, p: Fig, gap: re.Pattern[str] = _LIST_ITEM_GAP) -> Fig:
    """The first percent of a list of bare percents each naming what it counts ("100% thôn có
    điện, 87,5% thôn có nhà văn hóa"; the items split as ``gap`` says), or ``p`` itself."""
    head, q = p, ctx.prev_in_sent(p)
    while (
        q is not None
        and q.type == "percent"
        and gap.fullmatch(ctx.lower_slice(q.end, head.start))
    ):
        head, q = q, ctx.prev_in_sent(q)
    return head


def _near_rows(ctx: Context, taken: set[str]) -> list[Check]:
    out: list[Check] = []
    for p in ctx.percents:
        if p.type != "percent" or p.id in taken or p.value is None or p.qual != "exact":
            continue
        head = _list_head(ctx, p)  # "Xã có 24 thôn, 100% thôn có điện, 87,5% thôn có …"
        got = _near_base(ctx, head)
        if got is None or _WITHIN_OPEN.search(ctx.before_low(got[0], 30)):
            continue  # "Trong 16 xã, …": a scope, read by _scope_rate_rows
        base, between, bracket = got
        if bracket and _names_a_part(base, bracket, ctx.after_low(p, 60), between.lower()):
            continue  # "16 đảng viên (5 đảng viên dự bị); 31,3% số đảng viên dự bị …": of the 5
        if len(between) > 140:
            continue
        # an age inside the label is written as a figure: read it as words
        low = _DEED_LIST.sub(r"\1 ", between.lower())  # "được đánh giá, xếp loại" is one deed
        low = _OWN_YEAR.sub(r"\1", low)  # "Đánh giá 24 chi bộ năm 2024, …": the count's year
        hit = _NEAR_GAP.match(low)
        if hit is None:
            continue
        own = hit.group("own").strip()
        sep = hit.group("sep").strip() or "\n"
        label = hit.group("label").strip(" ,:-–•+*\n")
        if own and not _own_words_ok(ctx, base, own):
            continue  # "Có 12 xã đạt chuẩn nông thôn mới, …": a part with its property
        if re.search(r"\b(?:và|với|cùng|hoặc)\b", own):
            continue  # "17 tổ hợp tác và …": a pool
        if sep == "(" and not _people(base):
            continue  # "71 hộ (82,6% …)": the count's own share of another whole
        if _same_kind_before(ctx, base) or _EACH.search(ctx.before_low(base, 30)):
            continue  # "Ban Chấp hành có 21 đồng chí, Ban Thường vụ có 7 đồng chí; nữ …": which?
        if (
            _OTHER_ITEM.search(label)
            or _MOMENT_IN_LABEL.search(low)
            or _WIDER_OR_OTHER_TIME.search(low)
        ):
            continue
        if _AFTER_NOT_SHARE.match(ctx.text[p.end : p.end + 20].lower()) or _NOT_A_SHARE.search(low):
            continue
        reading = _near_label(ctx, base, own, sep, label, head)
        if reading is None or (reading != "noun" and _counted_in_clause_before(ctx, base)):
            continue  # "Kiểm tra 24 tổ chức đảng và 36 đảng viên, tỷ lệ đạt …": of which?
        if head is not p and (
            reading not in ("noun", "attr") or _near_label(ctx, base, "", sep, "", p) != reading
        ):
            continue  # a later item names the count's noun (or a member's attribute) as the first
        if (
            _WIDER.search(low)
            or _other_body_named(ctx, base, p)
            or _names_other_count(ctx, base, p, ctx.by_sent.get(p.sent, []))
        ):
            continue
        rows = [_grim_row(ctx, base, p, (base.start, p.end))]
        if _ATTR_ONLY.match(label) or _NEAR_GRADE.match(label):
            rows.extend(_near_more(ctx, base, p, taken, named_after=False))
        elif not label and _people(base) and _ATTR_AFTER.match(ctx.low[p.end : p.end + 40]):
            rows.extend(_near_more(ctx, base, p, taken, named_after=True))
        for row in rows:
            if row is None:
                continue
            if row.verdict == "inconsistent" and (
                sep == "("  # "9 cá nhân (nữ chiếm 44,4%)": fit-only (white-box review 66)
                or _noun_fit_only(base)
                or _of_both(ctx, base, p)
                or _PART_OF_THOSE.match(ctx.text, base.end)
                or _stock_before(ctx, base, p)
                or _AVERAGED.search(ctx.lower_slice(*ctx.clause(p.start, p.end)))
            ):
                continue
            out.append(row)
            taken.add(row.mention_ids[-1])
    return out


_NEAR_NEXT = re.compile(r"^\s*[,;]\s*(?P<label>[^;,()%]*?)\s*$")
_NEAR_NEXT_AFTER = re.compile(r"^\s*[,;]\s*(?:và\s+)?$")


def _near_more(
    ctx: Context, base: Fig, first: Fig, taken: set[str], named_after: bool
) -> list[Check | None]:
    """The next items of a list of a body's member attributes or of a set's grades ("nữ 38,1%,
    trẻ dưới 40 tuổi 23,8%"; named after each percent: "38,1% nữ, 23,8% dưới 40 tuổi")."""
    rows: list[Check | None] = []
    prev, q = first, ctx.next_in_sent(first)
    while q is not None:
        if _age(q):
            q = ctx.next_in_sent(q)
            continue
        if q.type != "percent" or q.id in taken:
            break
        if named_after:
            said = _ATTR_AFTER.match(ctx.low[prev.end : q.start])
            if said is None or not _NEAR_NEXT_AFTER.match(ctx.low[prev.end + said.end() : q.start]):
                break
            if not _ATTR_AFTER.match(ctx.low[q.end : q.end + 40]):
                break
        else:
            item = _NEAR_NEXT.match(ctx.text[prev.end : q.start].lower())
            label = item.group("label").strip(" -–•+*\n:") if item else ""
            if item is None or not (
                (_people(base) and _ATTR_ONLY.match(label)) or _NEAR_GRADE.match(label)
            ):
                break
            if not _ENDS_HERE.match(ctx.after_low(q, 5)):
                break
        rows.append(_grim_row(ctx, base, q, (prev.end + 1, q.end)))
        prev, q = q, ctx.next_in_sent(q)
    return rows


# -- (session 40) the set counted in one sentence, its units' rates in the next: "Đoàn kiểm tra
# đã làm việc với 23 chi bộ. Kết quả cho thấy 60,9% chi bộ duy trì …; 26,5% chi bộ còn …" (6/23 =
# 26,1%, 7/23 = 30,4%: no k/23 gives 26,5%). The rate is a bare percent that names the count's
# own noun and then a predicate (:func:`_near_label`'s "noun" reading), at the head of its
# sentence or after an opener of findings; the count is the only one of that noun in the two
# sentences before, a stock ("có", "gồm", "tổng số") or a set assessed ("kiểm tra", "rà soát"),
# with nothing of its own that makes it a part ("12 xã đạt chuẩn"). A year or span the rate's
# sentence names that the count's does not, a wider scope, a plan: silence.
#   example (our own)                                                               told
#   "Huyện có 17 trạm y tế xã. Tuy nhiên, mới có 35,5% trạm đạt chuẩn quốc gia."      inconsistent
#   "Huyện có 17 trạm y tế xã. Tuy nhiên, mới có 35,3% trạm đạt chuẩn quốc gia."      consistent
#   "Huyện có 17 trạm y tế xã. Năm 2023, 35,5% trạm đạt chuẩn quốc gia."              nothing
#   "Huyện có 45 chi bộ. Năm nay kiểm tra 23 chi bộ. 60,9% chi bộ …"                  nothing
_NEXT_OPEN = re.compile(
    r"(?:(?:kết quả(?:\s+(?:kiểm tra|giám sát|khảo sát|rà soát|đánh giá|xếp loại|phúc tra))?"
    r"|qua\s+(?:kiểm tra|giám sát|khảo sát|rà soát|đánh giá|xếp loại|phúc tra)"
    r"|theo\s+(?:kết quả\s+)?(?:đánh giá|khảo sát|rà soát|xếp loại)|kết thúc khóa học)"
    r"(?:\s+(?:cho thấy|ghi nhận))?\s*[,:]?\s*"
    r"|(?:tuy nhiên|tuy vậy|song|nhưng|đến nay|hiện nay|trong đó|trong số (?:đó|này)|đáng chú ý"
    r"|nhìn chung)\s*,?\s*)?"
    r"(?:(?:(?:đã|mới|chỉ|vẫn|còn)\s+)?có|chỉ|mới)?"
)
_NEXT_LEAD = re.compile(r"(?:\b(?:có|gồm|với|tại|tổng số)|\btrong số)\s*$")
_OWN_RUN = re.compile(r"\s*([^;:.()%\d]*)")  # the count's own words, commas and all
_NEXT_OWN = re.compile(r"\s*(?P<own>[^,;:.()%\d]*)")
_ACTIVE = re.compile(r"\s*\b(?:đang|còn)\s+hoạt động\b")
_OWN_UNDER = re.compile(r"^(?:trực thuộc|thuộc|của|ở|tại|trên địa bàn)\b")


_GRADED_PRED = re.compile(r"\s+(?:đã\s+)?được\s+(?:đánh giá|xếp loại|công nhận)\s+[^\W\d]")


def _graded(ctx: Context, g: Fig, pred: str) -> bool:
    """Is ``pred``, said of ``g``'s units right after the percent names them, their grade after a
    count assessed ("kiểm tra 27 trường. Qua kiểm tra, 81,2% trường được đánh giá …";
    :func:`_near_label` leaves a set named by what was done to it)?"""
    lead = re.split(r"[,;:.]", ctx.before_low(g, 60))[-1]
    return bool(_ASSESSED.search(lead) and _GRADED_PRED.match(pred))


# a wider scope or another set right in the predicate ("… chi bộ toàn huyện", "… trong tỉnh")
_NEXT_SCOPE_AFTER = re.compile(
    r"\b(?:toàn|cả|của|trên địa bàn|các)\b|\btrong\s+(?:toàn|cả|các|tỉnh|huyện|xã|thành phố"
    r"|khu vực|vùng|địa bàn|đó|số|tổng)\b"
)


def _names_base(ctx: Context, g: Fig, p: Fig) -> bool:
    """Does the bare percent ``p`` name ``g``'s own noun (its key, head, or first word before a
    predicate) and then say what some of them do or are, of no wider scope, no kind of them, no
    plan or vote ("60,9% chi bộ duy trì …", "42,3% trạm đạt …", "41,7% học viên là …")?"""
    named = _pred_after(ctx, g, p)
    if named is None:
        return False
    rest, pred = named
    if _MAYBE.search(pred[:30]) or _NEAR_PLAN.search(pred[:60]) or _VOTES.search(pred[:40]):
        return False  # "75% xã có khả năng đạt chuẩn", "87,6% đại biểu tán thành"
    if re.match(r"\s*(?:đã\s+)?(?:được|bị)\b", pred) and not _graded(ctx, g, pred):
        return False  # "46,7% tổ chức đảng được giám sát": a set named by a deed
    if _NEXT_SCOPE_AFTER.search(pred[:40]):
        return False
    kind = _SUBSET_KIND.match(pred)
    return not (kind and kind.group(1) not in g.unit.key)


def _pred_after(ctx: Context, g: Fig, p: Fig) -> tuple[str, str] | None:
    """The words after the bare percent ``p`` and, when they open with ``g``'s noun, what
    follows the noun — past the count's own words said again ("16 trạm y tế xã" … "56,5% trạm y
    tế xã có bác sĩ" -> " có bác sĩ"); None when the noun is not named. A pooled count ("37
    chi bộ thôn, tổ dân phố") must be named whole: one of its kinds is a part of it."""
    at = _ITEM_NOUN.match(ctx.low, p.end).end()
    rest = ctx.low[at : at + 120]
    if g.unit.composite:
        whole = re.match(r"[\s,]+".join(map(re.escape, g.unit.key.split())) + r"\b", rest)
        if whole is None:
            return None  # "Thị xã có 10 phường, xã. … 62,5% phường …": one kind of them
        pred = rest[whole.end() :]
    else:
        noun = next((n for n in (g.unit.key, _noun(g)) if n and _names_noun(rest, n)), None)
        if noun is None and _key_prefix(rest, g):
            noun = rest.split(" ", 1)[0]
        if noun is None:
            return None
        pred = rest[len(noun) :]
    own = norm_words(_OWN_RUN.match(ctx.low, g.end).group(1)).split()  # type: ignore[union-attr]
    for k in range(min(len(own), 5), 0, -1):
        said = re.match(r"\s*" + r"[\s,]+".join(map(re.escape, own[:k])) + r"(?=\s)", pred)
        if said is not None:
            pred = pred[said.end() :]
            break
    return rest, pred


def _next_base(ctx: Context, head: Fig) -> Fig | None:
    """The count of the sentence before ``head`` whose noun the bare percent names (above)."""
    if head.sent == 0:
        return None
    found: list[Fig] = []
    for g in ctx.by_sent.get(head.sent - 1, ()):
        if (
            g.type != "quantity"
            or not g.exact_count
            or g.qual != "exact"
            or not g.value
            or g.value > 1000
            or not g.unit.key
            or g.unit.head in vocab.TIME_UNITS
            or g.unit.key.split(" ")[0] in _AGE_OR_TIME
        ):
            continue
        if _names_base(ctx, g, head):
            found.append(g)
    if len(found) != 1:
        return None
    base = found[0]
    if any(
        g is not base
        and g.type == "quantity"
        and g.unit.key == base.unit.key
        and g.value != base.value
        and head.sent - 2 <= g.sent <= head.sent
        and g.start < head.start
        for g in ctx.figs
    ):
        return None  # "Huyện có 45 chi bộ. … kiểm tra 23 chi bộ. 60,9% chi bộ …": which set?
    return base


_NEXT_ITEM_GAP = re.compile(r"\s*(?:số\s+)?[^\W\d][^\d%();]{0,90}?(?:[,;]\s*(?:và\s+)?|\s+và\s+)")


_ITEM_NOUN = re.compile(r"\s*(?:số\s+)?")
_ITEM_PRED_END = re.compile(r"[,;.()%]|\s+và\s+")
# what the units do or have, beside _NEAR_PRED's: a predicate must open the item (not "20,5% số chi
# bộ khu dân cư được …", a kind of them)
_ITEM_VERB = re.compile(
    r"(?:đạt|tốt nghiệp|thiếu|công tác|làm việc|sinh sống|giữ|tham gia|sử dụng|ký|liên kết|áp dụng|ứng dụng|đảm bảo"
    r"|bảo đảm|đáp ứng|phát huy|tổ chức|gắn|kết hợp)\s+[^\W\d]"
)
# people present at meetings or classes: a rate averaged over many of them ("65% đảng viên dự
# sinh hoạt đều đặn")
_ATTENDED = re.compile(r"\b(?:sinh hoạt|dự họp|họp|tham dự|dự|có mặt|học tập|quán triệt)\b")
# a place or body right after the noun: a part of the set ("27% đảng viên ở khu vực đô thị …")
_ITEM_SCOPED = re.compile(r"^\s*(?:ở|tại|thuộc|trực thuộc|của|trong|khu vực|khối|vùng)\b")


def _item_pred(ctx: Context, base: Fig, q: Fig) -> str | None:
    """The predicate a list item says of the base's units after naming them ("60,9% chi bộ duy
    trì sinh hoạt" -> "duy trì sinh hoạt"), or None when the noun is not named there."""
    named = _pred_after(ctx, base, q)
    if named is None:
        return None
    pred = named[1]
    cut = _ITEM_PRED_END.search(pred)  # (an age stays: "dưới 35 tuổi")
    return norm_words(pred[: cut.start()] if cut else pred)


def _plain_items(ctx: Context, base: Fig, head: Fig, p: Fig) -> bool:
    """Does each item of the list up to ``p`` say a predicate of the whole set: no place or body
    right after the noun, none the predicate of an earlier item and more ("45,5% chi bộ hoàn
    thành xuất sắc nhiệm vụ, 60% chi bộ hoàn thành xuất sắc nhiệm vụ có đảng viên trẻ …" is a
    part of the first item's set)?"""
    said: list[str] = []
    q: Fig | None = head
    while q is not None:
        if q.type == "percent":
            pred = _item_pred(ctx, base, q)
            if (
                pred is None
                or _ITEM_SCOPED.match(pred)
                or not (_NEAR_PRED.match(pred) or _ITEM_VERB.match(pred))
                or any(pred.startswith(w + " ") for w in said)
                or (_people(base) and _ATTENDED.search(pred))
            ):
                return False
            said.append(pred)
        if q is p:
            return True
        q = ctx.next_in_sent(q)
    return False


_NOW = re.compile(r"\b(?:đến nay|hiện nay)\b")
# an average over years or units (not the grade "hoạt động trung bình", "loại trung bình")
_NEXT_AVERAGED = re.compile(
    r"\b(?:bình quân|hằng năm|hàng năm|mỗi năm)\b|(?<!loại )(?<!mức )(?<!động )\btrung bình\b"
)


def _next_other_frame(ctx: Context, base: Fig, head: Fig) -> bool:
    """:func:`_other_frame`, but "Đến nay"/"Hiện nay" are the moment of a stock stated with no
    time of its own ("Huyện có 13 trạm y tế xã. Đến nay, mới có 42,3% trạm …")."""
    s, e = ctx.sentence_span(head.sent)
    here = ctx.lower_slice(s, e)
    there = ctx.lower_slice(*ctx.sentence_span(base.sent))
    if _SPAN_WORDS.search(there) is None:
        here = _NOW.sub(" ", here)
    return any(m.group(0) not in there for m in _SPAN_WORDS.finditer(here))


def _next_sentence_rows(ctx: Context, taken: set[str]) -> list[Check]:
    out: list[Check] = []
    for p in ctx.percents:
        if p.type != "percent" or p.id in taken or p.value is None or p.qual != "exact":
            continue
        head = _list_head(ctx, p, _NEXT_ITEM_GAP)  # "60,9% chi bộ …; 26,5% chi bộ …"
        s, e = ctx.sentence_span(head.sent)
        if any(
            f.type not in ("date", "period") and f.end <= head.start for f in ctx.by_sent[head.sent]
        ):
            continue  # the rate is the first figure of its sentence
        if not _NEXT_OPEN.fullmatch(ctx.lower_slice(s, head.start).strip(" -–•+*\n")):
            continue
        base = _next_base(ctx, head)
        if base is None or reference_level(ctx, base) or _change_before(ctx.before_low(base, 16)):
            continue
        lead = re.split(r"[,;:.]", ctx.before_low(base, 60))[-1]
        if not (_NEXT_LEAD.search(lead) or _ASSESSED.search(lead)) or _MARKER.search(lead):
            continue  # a stock or a set assessed, not a part ("trong đó 12 chi bộ …")
        own = _NEXT_OWN.match(ctx.low, base.end).group("own")
        own = _ACTIVE.sub("", own).strip()  # "22 hợp tác xã đang hoạt động": the stock itself
        if own and not (
            _OWN_UNDER.match(own)
            or _own_words_ok(ctx, base, own)
            or (len(own.split()) <= 8 and not _DEED_IN.search(own) and not _OWN_PROPERTY.search(own))
        ):
            continue  # "Có 12 xã đạt chuẩn nông thôn mới. …": a part with its property
        if re.search(r"\b(?:và|với|cùng|hoặc)\b", own) or _EACH.search(ctx.before_low(base, 30)):
            continue
        here = ctx.lower_slice(head.start, e)  # the opener was read above
        if (
            _next_other_frame(ctx, base, head)
            or _WIDER.search(here)
            or _WIDER_OR_OTHER_TIME.search(here)
            or _OTHER_ITEM.search(here)
            or _NOT_A_SHARE.search(ctx.lower_slice(s, p.start))
            or _AFTER_NOT_SHARE.match(ctx.after_low(p, 20))
            or _NEXT_AVERAGED.search(here)
        ):
            continue
        if head is not p and not _names_base(ctx, base, p):
            continue  # a later item must name the count's noun as the first did
        if not _plain_items(ctx, base, head, p):
            continue
        row = _grim_row(ctx, base, p, (s, p.end))
        if row is None:
            continue
        if row.verdict == "inconsistent" and (
            _noun_fit_only(base)
            or _of_both(ctx, base, p)
            or _PART_OF_THOSE.match(ctx.text, base.end)
        ):
            continue
        out.append(row)
        taken.add(p.id)
    return out
