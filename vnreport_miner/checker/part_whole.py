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
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace

from ..records import Check, Mention
from . import vocab
from .context import (
    NEIGHBOUR,
    Context,
    Fig,
    UnitInfo,
    as_written,
    covers,
    descriptor,
    half_unit,
    kin,
    line_matches,
    norm_descriptor,
    norm_words,
    reference_level,
    same_thing,
    unit_info,
)
from .percent import fits as pct_fits
from .percent import judge_stated
from .tables import DASH_ROW, cell_fig, dashed_blocks, number, synthetic, table_rows
from .tables import NUM as _NUM
from .templates import render
from .tolerance import decimals_of, round_half_up, truncate

NAME = "part_whole"

_SEP = re.compile(r",|;|\bvà\b")
# matched in place after a total; the noun phrase may run to six words ("1.200 tổ công nghệ số
# cộng đồng (…)") but not across a word that starts another phrase ("với", "của", "tại", …)
_PAREN_AFTER_AT = re.compile(
    r"\s*(?:(?!(?:với|của|tại|trong|đạt(?! chuẩn)|chiếm|có|được|và|là)\s)[^\W\d]+\s+){0,8}?"
    # the noun may end on its quoted name: "23 nhà “Nghĩa tình đồng đội” (xây mới 17, …)"
    r"(?:[“\"][^”\"\d()]{1,60}[”\"]\s*)?\("
)
_MARK_AFTER = re.compile(
    r"^[^\d.;,()]{0,40}?"
    # or after the count's own share: "198 đồng chí là người dân tộc thiểu số, chiếm 82,2%(1)"
    r"(?:,\s*(?:chiếm|bằng)(?:\s+tỷ lệ)?\s+\d+(?:,\d+)?\s*%\s*)?\((\d{1,2})\)"
)
# "có 24 chi bộ: 17 …"; "kỷ luật 31 đảng viên bằng các hình thức: khiển trách 19 đồng chí, …"
_COLON_AFTER = re.compile(r"^\s*(?:[^\W\d]+\s+){0,4}?[^\W\d]*:\s*(?:[^\W\d]+\s+){0,3}$")
# "có 1.254 đảng viên: hoàn thành xuất sắc nhiệm vụ 188 đồng chí, …": a grade label before the number
_COLON_GRADE = re.compile(r"^\s*(?:[^\W\d]+\s+){0,4}?[^\W\d]*:\s*(?:[^\W\d]+\s+){0,6}$")
# A colon after the total, then items separated by ";" whose first label may hold commas: "tổng số
# 2,5 tỷ đồng nêu trên gồm các nguồn: ngân sách tỉnh, huyện 1.200 triệu đồng; xã hội hóa 1.300 triệu
# đồng". The head before the colon is a few words; the label after it names the first item.
_COLON_LABEL = re.compile(
    r"^\s*(?:[^\W\d]+\s+){0,6}?[^\W\d]*(?P<head>:)\s*[^\W\d][^\d;:.()]{0,60}$"
)
# the colon right after the total, then the first item's label (commas allowed): "giải quyết việc
# làm cho 2.745 lao động: làm việc tại các doanh nghiệp, cơ sở trong tỉnh 1.318 người, …"
_COLON_RIGHT = re.compile(r"^\s*(?P<head>:)\s*[^\W\d][^\d;:.()]{0,80}$")
# "xếp loại 348 đảng viên của Đảng bộ xã Y năm 2024: 52 đồng chí …": the colon after an owner
# phrase (the body and the year of the total), then the first item's label
_COLON_OWNER = re.compile(
    r"^\s*(?:của|(?:trực\s+)?thuộc|tại)\s+[^\W\d][^\d:;.()]{0,60}?(?:\s+năm\s+(?:19|20)\d{2})?\s*:"
    r"\s*(?:[^\W\d]+\s+){0,6}$"
)
# the sentence (or clause) names its count as a total: "Tổng kinh phí thực hiện … là "
_NAMED_TOTAL = re.compile(r"(?:^|[:;]\s*)tổng\s+(?!hợp\b|kết\b)[^\d;:]{0,100}$")
_YEAR_NUM = re.compile(r"(?<=năm )(?:19|20)\d{2}\b")
_SEMI_THEN = re.compile(r"^\s*(?:[^\W\d]+\s+){0,3}?[^\W\d]*\s*;\s*[^\W\d][^\d;]{0,45}$")
# "gieo trồng 1.800 ha, cơ cấu gồm 1.200 ha lúa, …": the make-up of the total just stated
_MAKEUP = re.compile(r"(?:^|,)\s*cơ cấu(?!\s+lại)(?:\s+(?:là|gồm|có|như sau))?\s*:?\s*")
_REMAINDER = re.compile(r"^[^\d;()]{0,60}\(\s*còn\b")
_DECIMAL = re.compile(r"\d,\d")
_SCALES = (("nghìn tỷ", 1e12), ("tỷ", 1e9), ("triệu", 1e6), ("nghìn", 1e3))
NEAR_EXHAUSTIVE = 0.8  # a marker list covering >= 80% of the total is taken as exhaustive


_WILDCARD_UNITS = frozenset({"trường hợp"})
# A classifier standing alone for the nouns it counts: "xây 40 nhà, sửa 25 nhà, cộng lại 65 căn".
_CLASSIFIED: dict[str, tuple[str, ...]] = {
    "căn": ("nhà", "hộ", "căn"),
    "ngôi": ("nhà", "ngôi"),
    "căn nhà": ("nhà", "căn"),
    "ngôi nhà": ("nhà", "ngôi"),
}
# bodies that "đơn vị" (unit) counts when it stands for them in a breakdown
_ORG_FAMS = frozenset({"tccsđ", "chi bộ", "đảng bộ", "tổ chức đảng"})
_ORG_GENERICS = frozenset(
    {"u:công đoàn", "u:doanh nghiệp", "u:tổ chức", "u:cơ sở", "u:hợp tác xã", "u:trường",
     "u:cơ quan", "u:chi hội", "u:chi đoàn", "u:hội"}
)  # fmt: skip
_CASE_FAMILIES = frozenset({"person", "hộ"})  # what "trường hợp" (cases) count in a breakdown
# a split said with a verb and no colon, strong like "gồm": "38.560 ha, chia ra rừng đặc dụng
# 6.240 ha, …", "1.862 thôn, tổ dân phố, chia ra 1.540 thôn và 322 tổ dân phố", "6.480 người,
# phân ra: bắt buộc 5.120 người, …" (``vocab.BREAKDOWN_STRONG`` reads "chia ra" only before ":")
_SPLIT_INTO = re.compile(r"\b(?:chia ra|phân ra|chia làm|phân thành)\b\s*:?")
# the sources a sum of money comes from, after a colon: "…; nguồn: Trung ương 35 tỷ đồng, …"
_SOURCES_COLON = re.compile(r"\bnguồn(?:\s+(?:vốn|kinh phí))?\s*:")
_SEMI_MARK = re.compile(
    r"^[^\d;]{0,40};\s*(?:(?:bao gồm|gồm)\b|(?:trong đó|cụ thể|chia ra|nguồn(?:\s+(?:vốn|kinh phí))?)\s*:)"
)
_AS_FOLLOWS = re.compile(r"(?:cụ thể|chi tiết)?\s*như sau\s*:")  # "…, cụ thể như sau: …"


def _rounded_total(f: Fig) -> bool:
    """A total stated as "gần 168 tỷ đồng", "trên 2.000 hộ": a count or amount with a qualifier."""
    return (
        f.type == "quantity"
        and f.value is not None
        and f.qual != "exact"
        and bool(f.unit.fams or f.unit.generic)
    )  # "xóa tên 29 trường hợp": cases of the total's kind


_WITHIN_BEFORE = re.compile(
    r"\btrong\s+(?:tổng số\s+|số\s+)?$"
)  # "trong 486 chi bộ được đánh giá có …"
_WITHIN_SENT = re.compile(r"trong (?:tổng số |số )?\d")
_WITHIN_GAP = re.compile(r"^[^\d;]{0,60}?\bcó\s*:?\s*$")
# "tổng số 2.846 đảng viên thì 2.811 đồng chí được đánh giá, 35 đồng chí được miễn": "thì"
# splits the named total into the clauses after it
# "32 tổ chức cơ sở đảng được đánh giá, có 7 tổ chức …, 21 tổ chức …": the graded total, then its
# grades (a partition, but the list may stop short: an alarm only when it sums over the total)
_GRADED_GAP = re.compile(
    r"^\s*(?:được|đã được|đã|tham gia|dự)\s+(?:kiểm điểm,?\s+)?(?:đánh giá|xếp loại|phân loại)"
    r"(?:,?\s*(?:xếp loại|chất lượng|năm \d{4}))*\s*(?:,\s*|\s+)(?:trong đó\s+)?có\s*:?\s*$"
)
_TOTAL_BEFORE = re.compile(r"\btổng\s+số\s*$")
_THEN_GAP = re.compile(r"^[^\d;,]{0,40}?\bthì\s*$")


# Nouns the shared vocabulary does not place yet, as (total family or noun, part family or noun):
# the lead may fold them into ``vocab.COVERS``. Each with an example of our own.
_EXTRA_COVERS: frozenset[tuple[str, str]] = frozenset(
    {
        ("tccsđ", "u:đảng ủy"),  # "40 tổ chức cơ sở đảng (gồm 22 đảng ủy cơ sở và 18 chi bộ cơ sở)"
        ("tổ chức đảng", "u:đảng ủy"),  # "12 tổ chức đảng: 5 đảng ủy, 7 chi bộ"
        ("đảng bộ", "u:đảng ủy"),  # "9 đảng bộ cơ sở (4 đảng ủy xã, 5 đảng ủy cơ quan)"
        ("u:lao động", "person"),  # "việc làm cho 900 lao động; trong đó, trong tỉnh 600 người, …"
        ("person", "u:lao động"),  # "1.000 người, trong đó 700 lao động nông nghiệp, …"
        # health staff: "186 cán bộ, viên chức; trong đó có 41 bác sĩ, 68 điều dưỡng, 29 nữ hộ
        # sinh, 22 dược sĩ và 23 người làm công tác khác"
        ("person", "u:bác sĩ"),
        ("person", "u:điều dưỡng"),
        ("person", "u:dược sĩ"),
        ("person", "u:nữ hộ"),
        ("person", "u:y sĩ"),
        # pupils counted as "em" by grade: "812 học sinh, bao gồm khối 6 có 212 em, khối 7 có …"
        ("u:học sinh", "u:em"),
    }
)


def _fam_keys(f: Fig) -> set[str]:
    keys = set(f.unit.fams)
    if f.unit.generic:
        keys.add(f.unit.generic)
    return keys


_COVERS_PART: dict[tuple[UnitInfo, UnitInfo], bool] = {}


def _covers_part(total: Fig, part: Fig) -> bool:
    """``covers``, or the total's unit shortened ("7 tổ chức" after "30 tổ chức cơ sở đảng"),
    or a classifier for cases ("29 trường hợp"). A function of the two units: cached."""
    key = (total.unit, part.unit)
    got = _COVERS_PART.get(key)
    if got is None:
        if len(_COVERS_PART) > 50_000:
            _COVERS_PART.clear()
        got = _COVERS_PART[key] = _covers_units(total, part)
    return got or _listed_noun(total, part)


# (session 35) a total that names its kinds one by one, "1.352 cán bộ quản lý, giáo viên, nhân
# viên", "154 lượt tập thể, cá nhân", "1.874 hộ nghèo và hộ cận nghèo": a part counting one of
# the listed nouns is one of its kinds, whether or not the vocabulary knows the noun
#   example (our own)                                                                   told
#   "… có 1.352 cán bộ quản lý, giáo viên, nhân viên, gồm 128 cán bộ quản lý, 1.064 giáo
#    viên và 170 nhân viên"                                                              1.362 ≠ 1.352
#   "… khen thưởng 154 lượt tập thể, cá nhân, gồm 34 lượt tập thể và 110 lượt cá nhân"   144 ≠ 154
_LIST_SPLIT = re.compile(r"\s*,\s*|\s+và\s+|\s+hoặc\s+")
_LEAD_NUMBER = re.compile(r"^[\d.,\s]+")


# people counted by what they belong to or are: one person may be several ("đoàn viên, thanh
# niên", "cán bộ, đảng viên", "hội viên, đoàn viên"), so such lists are no partition
_MEMBERSHIPS = frozenset(
    {"đảng viên", "đoàn viên", "hội viên", "thanh niên", "cán bộ", "công chức", "viên chức",
     "người lao động", "lao động", "phụ nữ", "nông dân", "cựu chiến binh", "quần chúng"}
)  # fmt: skip


def _listed_noun(total: Fig, part: Fig) -> bool:
    text = total.m.text
    if "," not in text and " và " not in text and " hoặc " not in text:
        return False
    items = [
        " ".join(norm_words(x).split())
        for x in _LIST_SPLIT.split(_LEAD_NUMBER.sub("", text.lower()))
    ]
    items = [x for x in items if x]
    if len(items) < 2:
        return False
    key = part.unit.key
    for prefix in vocab.MEASURE_PREFIXES:  # "lượt tập thể, cá nhân": "lượt" counts every item
        if items[0].startswith(prefix):
            items[0] = items[0][len(prefix) :]
            key = key.removeprefix(prefix)
    if any(x in _MEMBERSHIPS for x in items):
        return False  # "8.500 hội viên, đoàn viên": one person may be counted in both
    return bool(key) and key in items


def _covers_units(total: Fig, part: Fig) -> bool:
    if covers(total.unit, part.unit):
        return True
    key = part.unit.key
    if total.unit.key in _WILDCARD_UNITS and part.unit.fams & _CASE_FAMILIES:
        return True  # "37 trường hợp …, gồm 21 người nghỉ hưu … và 16 người chuyển công tác"
    if any((a, b) in _EXTRA_COVERS for a in _fam_keys(total) for b in _fam_keys(part)):
        return True
    if key.split(" ")[0] in _CLASSIFIED.get(total.unit.key, ()):
        return True  # "597 căn" of "412 nhà" and "185 nhà"
    if key == "đơn vị" and (
        total.unit.fams & _ORG_FAMS or (total.unit.generic or "") in _ORG_GENERICS
    ):
        return True  # "1.386 công đoàn cơ sở: hoàn thành xuất sắc nhiệm vụ 412 đơn vị (29,7%), …"
    return bool(key) and (key in _WILDCARD_UNITS or total.unit.key.startswith(key + " "))


# -- counts written in words, which the extractor may leave out: "(12 xã và một thị trấn)",
# "cách chức một đồng chí", "còn hai đơn đang xác minh". "năm" counts only before a unit noun
# ("năm xã"), never as the year word ("năm 2024"); "một số" (some) is no count. ----------------
_WORD_VALUES: dict[str, int] = {
    "một": 1,  # "một thị trấn"
    "hai": 2,  # "hai đồng chí"
    "ba": 3,  # "ba chi bộ"
    "bốn": 4,  # "bốn tổ chức"
    "năm": 5,  # "năm xã" (the unit decides: "năm 2024" is a year)
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}
_WORD_COUNT = re.compile(
    r"(?<![^\W\d])(một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+"
    r"((?!số\b|lần\b|năm\b|tháng\b)[^\W\d]+(?:\s+[^\W\d]+){0,3})"
)


def _word_figs(ctx: Context, lo: int, hi: int, like: Fig | None) -> list[Fig]:
    """Counts written in words between ``lo`` and ``hi`` whose noun ``like``'s kind covers
    (any noun when ``like`` is None), as figures (none where the extractor already has one):
    "(13 xã và một thị trấn)"."""
    out: list[Fig] = []
    low = ctx.low
    if hi <= lo:
        return out
    for hit in _WORD_COUNT.finditer(low, lo, hi):
        if ctx.figs_from(hit.start(), hit.end()):
            continue
        words = hit.group(2).split()
        for n in range(len(words), 0, -1):
            info = unit_info(" ".join(words[:n]))
            if info.fams or (
                info.generic and n == 1 and like is not None and info.generic[2:] in like.unit.key
            ):
                break
        else:
            if like is not None:
                continue
            n = min(2, len(words))  # "còn ba ủy ban kiểm tra …" -> a count of "ủy ban"
            info = unit_info(" ".join(words[:n]))
            if not info.generic:
                continue
        if info.head in vocab.TIME_UNITS or info.key.split(" ")[0] in vocab.TIME_UNITS:
            continue
        start, end = hit.start(1), hit.start(2) + len(" ".join(words[:n]))
        text = ctx.text[start:end]
        value = float(_WORD_VALUES[hit.group(1)])
        m = Mention("quantity", start, end, text, "checker.word", {"value": value, "unit": None})
        sent = like.sent if like is not None else 0
        g = Fig(m, -1, sent, "quantity", start, end, "", value, info, "exact", True, True)
        if like is None or _covers_part(like, g) or kin(like.unit, g.unit):
            out.append(g)
    return out


# what an aside about the item before it opens with: "(có 3 chi bộ ghép)", "(trong đó …)",
# "(2 đồng chí là cán bộ chủ chốt)"
_ASIDE_OPEN = (
    r"\s*(?:(?:có|trong đó|trong số đó|riêng|kể cả|bao gồm cả)\b"
    r"|[\d.]+\s+(?:[^\W\d]+\s+){1,2}(?:là|được|đã)\b)"
)
_ASIDE = re.compile(_ASIDE_OPEN)


_SCOPE_OPEN = re.compile(r"(?:^|[:,]\s*)trong\s+(?:tổng\s+)?(?:số\s+)?$")
_CHANGE_ITEM = re.compile(r"\s*(?:tăng|giảm|cao hơn|thấp hơn|nhiều hơn|ít hơn|vượt)\b")
_COMPARED_AFTER = re.compile(r"[^\S\n]*(?:so với|so cùng kỳ)\b")
_NESTED_ITEM = re.compile(r"\s*(?:riêng|trong đó|trong số đó)\b")


def _asides(ctx: Context, begin: int, limit: int) -> list[tuple[int, int]]:
    """The closed, unnested brackets opened after ``begin`` and closed before ``limit``."""
    out = []
    at = ctx.text.find("(", begin + 1, limit)
    while at >= 0:
        close = ctx.text.find(")", at, limit)
        if close < 0:
            break
        if "(" not in ctx.text[at + 1 : close]:
            out.append((at, close))
        at = ctx.text.find("(", close, limit)
    return out


def _walk(
    ctx: Context,
    begin: int,
    limit: int,
    total: Fig,
    semicolons: bool,
    words: bool = False,
    accept: Callable[[Fig], bool] | None = None,
    long_first: bool = False,
    years: bool = False,
    skip: Callable[[Fig], bool] | None = None,
    long_all: bool = False,
) -> list[Fig]:
    """Counts listed from ``begin`` to ``limit`` that can be parts of ``total``, in order.

    Stops at a count of another kind, a new clause, or ";" (unless the list uses ";"). With
    ``words``, counts written in words are items too ("khiển trách 5 đồng chí, cách chức một
    đồng chí"). A list whose items are separated by ";" may give each item a longer label.
    """
    parts: list[Fig] = []
    cursor = begin
    figs = ctx.figs_from(begin, limit)
    if words:
        extra = _word_figs(ctx, begin, limit, total)
        if extra:
            figs = sorted([*figs, *extra], key=lambda g: g.start)
    asides = _asides(ctx, begin, limit) if ctx.text.find("(", begin + 1, limit) >= 0 else []
    stepped = -1
    for g in figs:
        if skip is not None and skip(g):
            continue  # a figure that labels the next item ("dưới 30 tuổi 120 người")
        if g.start < stepped:
            continue  # inside an aside already stepped over
        if parts and asides:
            # a bracket right after an item qualifies it: "10 chi bộ trường học (có 3 chi bộ
            # ghép), 6 chi bộ …", "khai trừ 2 (1 đồng chí là đảng viên dự bị)"
            aside = next(((o, c) for o, c in asides if o < g.start < c), None)
            if (
                aside is not None
                and not re.search(r"[,;:]", ctx.text[cursor : aside[0]])
                and _ASIDE.match(ctx.low, aside[0] + 1, aside[1])
            ):
                cursor = stepped = aside[1] + 1
                continue
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
        if not parts and _SCOPE_OPEN.search(prefix):
            break  # ": trong 52 chi bộ được xếp loại, 12 chi bộ …": a narrower scope opens
        if parts and _NESTED_ITEM.match(prefix) and "," in gap[-len(prefix) - 3 :]:
            cursor = g.end  # "viên chức 1.262 người, riêng viên chức giáo dục 1.085 người"
            continue
        if parts and (
            _CHANGE_ITEM.match(prefix) or _COMPARED_AFTER.match(ctx.low, g.end, g.end + 30)
        ):
            cursor = g.end  # "thu nội địa 468 tỷ đồng, tăng 12 tỷ đồng so với cùng kỳ; …"
            continue
        if not (g.exact_count or g.exact) or not (
            _covers_part(total, g) if accept is None else accept(g)
        ):
            break
        # an item of a ";" list may carry a longer label; so may the first item after a colon
        # whose label is the rest of the opener ("đến từ: cán bộ, công chức, người lao động 12 …")
        long_ok = (semicolons and parts and ";" in gap and "," not in prefix) or (
            long_first and (not parts or long_all)
        )
        if (
            (len(prefix) > 45 or len(prefix.split()) > 8)
            and not (long_ok and len(prefix) <= 80 and len(prefix.split()) <= 14)
        ) or (vocab.CLAUSE_OPENERS.match(prefix) and not (years and _YEAR_LABEL.match(prefix))):
            break
        parts.append(g)
        cursor = g.end
    return parts


# "…; còn lại 1.200 ha", "…, số còn lại (15 mô hình)", "… và 35 km còn lại": the item that
# closes a list, so the list is the whole (an exhaustive breakdown).
# (also "…, còn lại là vốn đối ứng của huyện 42 tỷ đồng": the rest named after "là")
_REST_ITEM_BEFORE = re.compile(
    r"(?:^|[,;(]|\bvà)\s*(?:số\s+)?còn lại\s*(?:là|có|gồm)?\s*[:(,]?\s*$"
    r"|(?:^|[,;(]|\bvà)\s*(?:số\s+)?còn lại\s+là\s+(?:[^\W\d]+\s+){1,6}$"
)


def _rest_item(ctx: Context, p: Fig, prev: Fig | None) -> bool:
    """Is ``p`` the "còn lại" item that closes a list ("…; còn lại 1.200 ha")?"""
    lo = prev.end if prev is not None else max(0, p.start - 30)
    before = ctx.low[lo : p.start]
    hit = _REST_ITEM_BEFORE.search(before)
    if hit is None:
        return False
    if "là" in hit.group(0).split():
        # "còn lại là <words> N" closes the list only when no breakdown is nested in it
        # ("trong đó vốn trung ương 70 tỷ, gồm …, còn lại là …": the rest of the 70, review 38b)
        ss, _ = ctx.sentence_span(p.sent)
        if len(re.findall(r"\b(?:trong đó|bao gồm|gồm|cụ thể)\b", ctx.low[ss : p.start])) > 1:
            return False
    return True


def _walk_closed(
    ctx: Context,
    begin: int,
    limit: int,
    total: Fig,
    semicolons: bool,
    long_first: bool = False,
    skip: Callable[[Fig], bool] | None = None,
) -> tuple[list[Fig], bool]:
    """``_walk``, and whether the list closes with a "còn lại" item. A comma list may go on
    past ";" when what follows is its closing item: "trong đó, lúa 30 ha; màu 12 ha; còn lại 8 ha"."""
    parts = _walk(ctx, begin, limit, total, semicolons, long_first=long_first, skip=skip)
    closed = len(parts) >= 2 and _rest_item(ctx, parts[-1], parts[-2])
    if not closed and not semicolons:
        longer = _walk(ctx, begin, limit, total, True)
        if len(longer) > len(parts) and _rest_item(ctx, longer[-1], longer[-2]):
            return longer, True
    return parts, closed


def _expr(parts: list[Fig], scale: float = 1.0) -> str:
    return " + ".join(f"{round(p.value / scale, 6):g}" for p in parts)  # type: ignore[operator]


def _scale(figs: list[Fig]) -> float:
    """The common scale the figures are written in ("tỷ đồng" -> 1e9, also a table heading's
    "(tỷ đồng)" over bare cells), else 1."""
    scales = {round(f.value / w, 3) if (w := _as_shown(f)) else 1.0 for f in figs}  # type: ignore[operator]
    return scales.pop() if len(scales) == 1 else 1.0


_BARE_NUMBER = re.compile(rf"\s*{_NUM}\s*")


def _as_shown(f: Fig) -> float:
    """``as_written``, or the bare number of a table cell its heading's scale multiplied
    ("Năm 2024 (tỷ đồng) | 5.341" -> 5341): the why shows the cells as the table does."""
    w = as_written(f)
    if f.value and w == f.value and _BARE_NUMBER.fullmatch(f.m.text):
        bare = number(f.m.text.strip())
        if bare and round(f.value / bare) in (1_000, 1_000_000, 1_000_000_000, 10**12):
            return bare
    return w


def _least_scale(figs: list[Fig]) -> float:
    """The smallest scale word every figure is written with ("tỷ" and "triệu" -> 1e6), else 1."""
    least = 0.0
    for f in figs:
        low = f.m.text.lower()
        k = next((v for w, v in _SCALES if w in low), 1.0)
        least = k if not least else min(least, k)
    return least or 1.0


def _shown_scale(figs: list[Fig]) -> float:
    """The scale an explanation shows the figures in: their common one, else the smallest scale
    word they are written with ("4,86 tỷ đồng" against parts in "triệu đồng"), else 1."""
    figs = [f for f in figs if f.type == "quantity" and f.value is not None]  # (no fraction)
    k = _scale(figs) if figs else 1.0
    return _least_scale(figs) if k == 1.0 and figs else k


def _shown(figs: list[Fig], *values: float) -> list[float]:
    """``values`` in the scale the figures are written in, for an explanation: "45 - 39,6 = 5,4"
    for amounts in "tỷ đồng", not "45000000000 - 39600000000 = 5400000000"."""
    k = _shown_scale(figs)
    return [round(v / k, 6) for v in values]


def tolerance(figs: list[Fig]) -> float:
    """0 for whole counts; for amounts written rounded ("45,5 ha", "1.250 tỷ đồng") the sum of
    the half-units of every figure, the most their rounding can add up to."""
    if all(
        f.exact_count and as_written(f) == f.value and not _DECIMAL.search(f.m.text) for f in figs
    ):
        return 0.0
    return sum(half_unit(f) for f in figs)


# The members of a mass organisation name the organisation, not an attribute of a person:
# "hội viên phụ nữ 1.200 lượt, đoàn viên thanh niên 950 lượt, hội viên cựu chiến binh 400 lượt" is
# a split by organisation (no "nữ" or "đoàn viên" attribute that may overlap another label).
_ORG_MEMBER = re.compile(
    r"\b(?:hội viên|đoàn viên|hội|đoàn|chi hội|chi đoàn)\s+(?:hội\s+)?(?:liên hiệp\s+)?"
    r"(?:phụ nữ|nông dân|thanh niên|cựu chiến binh|công đoàn|người cao tuổi|chữ thập đỏ|khuyến học)\b"
)


def _overlapping(region: str, unit: str = "") -> bool:
    low = region.lower().replace("nữ hộ sinh", "hộ sinh")  # a trade (midwife), not women
    low = low.replace("vì người nghèo", " ")  # a fund's name ("Quỹ Vì người nghèo"), no attribute
    if unit and " " in unit:
        # items that count the total's own noun ("1.126 đoàn viên xuất sắc" of 5.914 đoàn viên)
        # name no attribute by it
        low = low.replace(unit, " ")
    # "xây mới 231 căn và sửa chữa 107 căn": new work, not new members
    low = re.sub(r"(?<!việc )\b(?:xây dựng|xây|làm|trồng|mở|đóng|cấp) mới\b", " ", low)
    if "hội" in low or "đoàn" in low:
        low = _ORG_MEMBER.sub(" ", low)
    if "tuổi" in low and len(_AGE_BAND.findall(low)) >= 2:
        low = _AGE_BAND.sub(" ", low)  # age bands label the items of one split: no overlap
    return bool(vocab.OVERLAP_WORDS.search(low))


def _verdict(total: Fig, parts: list[Fig], strength: str, region: str) -> tuple[str, str]:
    """(verdict, template key) for a breakdown of ``strength`` strong | paren | weak | soft."""
    s = sum(p.value for p in parts)  # type: ignore[misc]
    t = total.value
    assert t is not None
    if total.qual != "exact":
        # "gần 168 tỷ đồng" = 61,2 + 74,5 + 32,1: the sum on the stated side of 168 within one
        # unit of its last digit (GUIDELINES); a miss may be the vagueness, never an alarm
        step = 2 * half_unit(total) + tolerance(parts)
        side = {"approx": (-step, step), "min": (0.0, step), "max": (-step, 0.0)}[total.qual]
        if total.m.text.lower().lstrip().startswith(("gần", "xấp xỉ")):
            side = (0.0, step)  # "gần T": the true value is just under T
        if side[0] - 1e-9 <= t - s <= side[1] + 1e-9:
            return "consistent", "part_whole.eq"
        return "unverifiable", "part_whole.ne_subsets"
    if abs(s - t) <= tolerance([total, *parts]) + 1e-9 * max(1.0, abs(t)):
        return "consistent", "part_whole.eq"
    if (
        strength == "soft"
        or _overlapping(region, total.unit.key)
        or any(p.value >= t for p in parts)
    ):  # type: ignore[operator]
        return "unverifiable", "part_whole.ne_subsets"
    if strength in ("paren", "closed", "sibling"):
        return "inconsistent", "part_whole.ne"
    if strength == "strong" and (s > t or s >= NEAR_EXHAUSTIVE * t):
        return "inconsistent", "part_whole.ne"
    if strength == "weak" and s > t and vocab.GRADING.search(region.lower()):
        return "inconsistent", "part_whole.ne"
    if strength == "partition" and s > t:
        return "inconsistent", "part_whole.ne"
    if strength == "kinds" and (s > t or s >= _KINDS_NEAR * t):
        return "inconsistent", "part_whole.ne"
    return "unverifiable", "part_whole.ne_subsets"


def breakdowns(ctx: Context) -> list[tuple[Fig, list[Fig]]]:
    """Exact breakdowns found so far (total, parts): later checks may take shares of them."""
    return ctx.memo.setdefault("part_whole.breakdowns", [])  # type: ignore[return-value]


def sum_breakdowns(ctx: Context) -> list[tuple[Fig, list[Fig]]]:
    """Breakdowns found by their exact sum (a list whose total the structure does not name):
    a share named by one item's label, right after the list, may take them too."""
    return ctx.memo.setdefault("part_whole.sum_breakdowns", [])  # type: ignore[return-value]


_AND = re.compile(r"\bvà\b")


def _closed_list(ctx: Context, total: Fig, parts: list[Fig]) -> list[Fig]:
    """ "47 tổ chức cơ sở đảng gồm 23 đảng bộ cơ sở và 24 chi bộ cơ sở, 318 chi bộ trực thuộc …":
    "và" closes a list, so a count after it may start a new statement. Cut there only when the
    whole list does not add up and the closed list does (a fit is told; a cut never alarms)."""
    if len(parts) < 3 or total.value is None:
        return parts
    full = sum(p.value for p in parts)  # type: ignore[misc]
    if abs(full - total.value) <= 1e-9 * max(1.0, abs(total.value)):
        return parts
    for k in range(1, len(parts) - 1):
        if _AND.search(ctx.gap(parts[k - 1], parts[k])) and not _AND.search(
            ctx.gap(parts[k], parts[k + 1])
        ):
            head = parts[: k + 1]
            if abs(sum(p.value for p in head) - total.value) <= 1e-9 * max(1.0, total.value):  # type: ignore[misc]
                return head
    # "…: 12 tổ chức hoàn thành xuất sắc nhiệm vụ, 30 tổ chức …, 3 tổ chức …; 40 tổ chức đạt trong
    # sạch, vững mạnh": the first ";" after a comma list may start another statement of the same
    # whole (another rating). Cut there only when the head fits exactly.
    for k in range(2, len(parts)):
        if ";" in ctx.gap(parts[k - 1], parts[k]) and not any(
            ";" in ctx.gap(parts[j - 1], parts[j]) for j in range(1, k)
        ):
            head = parts[:k]
            if abs(sum(p.value for p in head) - total.value) <= 1e-9 * max(1.0, total.value):  # type: ignore[misc]
                return head
            break
    return parts


# -- a list left open: an unnumbered item after the last count ("gồm 17 chi bộ thôn, 4 chi bộ
# trường học và các chi bộ cơ quan, lực lượng vũ trang", "…, còn lại là các chi bộ cơ quan"): the
# unnamed rest may hold what the counts leave out, so a sum short of the total is no error.
_OPEN_REST = re.compile(
    r"[^\d;.()]{0,45}?(?:,|;|\bvà\b)\s*(?:(?:số\s+)?còn lại\b|(?:các|những|một số)\s+"
    r"(?P<noun>[^\W\d]+(?:\s+[^\W\d]+)?)|[^\d,;.()]{0,30}\bkhác\b)"
)
# a cumulative grade: "115 đồng chí hoàn thành tốt nhiệm vụ trở lên" holds the higher grades
_GRADE_UP = re.compile(
    r"(?:hoàn thành|htnv|httnv|khá|tốt|vững mạnh|trung bình)[^\d,;()]{0,20}?\btrở lên\b"
)


def _open_rest(ctx: Context, total: Fig, parts: list[Fig]) -> bool:
    """Does an unnumbered item follow the last count of the list, before any other count?"""
    last = parts[-1]
    e = ctx.sentence_span(last.sent)[1]
    nxt = ctx.next_in_sent(last)
    hi = min(e, nxt.start) if nxt is not None else e
    hit = _OPEN_REST.match(ctx.low, last.end, hi)
    if hit is None:
        return False
    noun = hit.group("noun")
    if noun is None:
        return True  # "còn lại …", "… khác"
    heads = {h for f in (total, *parts) for h in (f.unit.head, *f.unit.heads) if h}
    return any(noun == h or noun.startswith(h + " ") for h in heads)


def _cumulative_grade(ctx: Context, total: Fig, parts: list[Fig]) -> bool:
    """Does an item name a grade "… trở lên" (which holds the grades above it)?"""
    e = ctx.sentence_span(parts[-1].sent)[1]
    return bool(_GRADE_UP.search(ctx.low, parts[0].start, min(e, parts[-1].end + 60)))


def _visits(f: Fig) -> bool:
    """A count of attendances ("1.200 lượt cán bộ"), not of persons."""
    return f.unit.key.split(" ", 1)[0] == "lượt"


def _not_disjoint(ctx: Context, total: Fig, parts: list[Fig]) -> bool:
    """Why a sum that misses the total proves nothing: the list is left open by an unnumbered
    rest, a grade "… trở lên" holds the grades above it, or attendances ("lượt") are set
    against persons."""
    s = sum(p.value for p in parts)  # type: ignore[misc]
    if total.value is not None and s < total.value and _open_rest(ctx, total, parts):
        return True
    if total.start < parts[0].start and any(_visits(p) != _visits(total) for p in parts):
        return True  # (a sum stated after its parts, "… tổng cộng 475 lượt", is that sum)
    return _cumulative_grade(ctx, total, parts)


def _label_head(ctx: Context, lo: int, p: Fig) -> str:
    """The first word of the label before part ``p`` (from ``lo``): "khối" of "khối xã 789"."""
    label = re.split(r"[,;:(]", ctx.low[lo : p.start])[-1].split()
    return label[0] if label else ""


def _prefix_fits(ctx: Context, total: Fig, parts: list[Fig]) -> bool:
    """Do the first two or more parts (not all), labelled alike, add up to the total exactly,
    the rest labelled otherwise? "khối xã 789, khối cơ quan 274, khối doanh nghiệp 141, đảng
    viên được miễn sinh hoạt 65" of 1.204: the blocks make the total, the last item is
    another division. Grades of one scale are one division ("xuất sắc 119, tốt 760, hoàn
    thành 41" past 879 stays an alarm: their labels do not open alike)."""
    heads = []
    lo = total.end
    for p in parts:
        heads.append(_label_head(ctx, lo, p))
        lo = p.end
    run = 0.0
    for k, p in enumerate(parts[:-1]):
        run += p.value  # type: ignore[operator]
        if k and abs(run - total.value) <= tolerance([total, *parts[: k + 1]]) + 1e-9:  # type: ignore[operator]
            first = heads[: k + 1]
            return bool(first[0]) and len(set(first)) == 1 and first[0] not in heads[k + 1 :]
    return False


# a list that says it is not the whole: "… và một số thị trường khác", "chủ yếu gồm …",
# "; diện tích còn lại là lúa lai" (a rest named without its number)
_INCOMPLETE_AFTER = re.compile(
    r"(?:\bvà|\bcùng|,)\s+(?:một số|các|những|nhiều)\s+[^\d,;.]{0,30}?\bkhác\b(?![^.;]*\d)"
    # "…, xóa tên 21 và một số trường hợp chuyển sinh hoạt …": the last item has no number
    r"|(?:\bvà|\bcùng)\s+(?:một số|một vài)\s+(?:trường hợp|đồng chí|người)\b(?![^.;]*\d)"
    r"|\bcòn lại\b(?![^.;]*\d)|\bv\.v\b|…|\.\.\."
    r"|\b(?:chưa kể|không kể|chưa tính|ngoài ra)\b"  # "…, chưa kể các buổi do thôn tự tổ chức"
)
# (the largest or typical items only: "(đông nhất ở xã A 410, xã B 365)", "(tiêu biểu là …)")
_INCOMPLETE_BEFORE = re.compile(
    r"\b(?:chủ yếu|phần lớn|đa số|trong đó chủ yếu|đông nhất|nhiều nhất|lớn nhất"
    r"|tiêu biểu|điển hình|nổi bật)\b[^.;\d]{0,20}$"
)


def _incomplete(ctx: Context, total: Fig, parts: list[Fig]) -> bool:
    """Does the list say it leaves some of the whole out (its sum falls short)?"""
    if sum(p.value for p in parts) >= total.value:  # type: ignore[misc, operator]
        return False
    _, e = ctx.sentence_span(parts[-1].sent)
    if total.start < parts[0].start and _INCOMPLETE_AFTER.search(ctx.low, parts[-1].end, e):
        return True  # (a sum stated after its items is followed by other matters)
    if total.start < parts[0].start and _NAMED_ITEM_AFTER.match(ctx.text[parts[-1].end : e]):
        return True  # "…, 3 đảng bộ khối, Đảng bộ Quân sự tỉnh và Đảng bộ Công an tỉnh": one each
    if _LAND.search(total.unit.key or ""):
        # "đất nông nghiệp …, đất phi nông nghiệp …" of the natural area leave out unused land
        labels = " ".join(_item_labels(ctx, total, parts))
        if "phi nông nghiệp" in labels and "chưa sử dụng" not in labels:
            return True
    return bool(_INCOMPLETE_BEFORE.search(ctx.lower_slice(total.end, parts[0].start)))


_LAND = re.compile(r"^(?:ha|héc ta|hecta|m2|m²|km2|km²)\b")


_PLAN_IN_BRACKET = re.compile(r"\(\s*(?:kế hoạch|chỉ tiêu|mục tiêu|dự toán)[^()\d]{0,20}$")
# an item named, with no number, after the counted ones: a body of its own (it counts one)
_NAMED_ITEM_AFTER = re.compile(
    r"^[^.;()\d]*?(?:,|\bvà)\s+(?:(?:Đảng bộ|Chi bộ|Đảng ủy|Văn phòng|Trường|Hội|Đoàn|Công an|Ban"
    r"|Ủy ban|Trung tâm|Bệnh viện)\s+[A-ZĐ]|(?:thị trấn|xã|phường)\s+[A-ZĐ])"
)
_CUMULATIVE = re.compile(r"từ đầu nhiệm kỳ|lũy kế|cộng dồn|từ năm (?:19|20)\d{2}|từ khi")
_TOTAL_NOTE = re.compile(r"^[^.;]{0,40}?\(\s*(?:tính cả|kể cả|bao gồm cả|chưa kể|không kể|có)\b")


# item labels that name a stage of a process or a property, not a kind: "20 đơn đủ điều kiện
# giải quyết, đã giải quyết 18 đơn", "52 trường đạt chuẩn quốc gia, 58 trường đạt kiểm định",
# "58 hợp tác xã đang hoạt động, 45 … có hiệu quả": nested or overlapping sets, no split
_STAGE = re.compile(
    r"đủ điều kiện|đủ tiêu chuẩn|đã giải quyết|giải quyết xong|kết luận|nhập ngũ|được gọi|"
    r"phát hiện|đạt chuẩn|kiểm định|có hiệu quả|đang hoạt động|là đảng viên|tham gia|"
    r"có vi phạm|thi hành kỷ luật|thực hiện tốt|nâng cao|kiểu mẫu|được công nhận|ban hành|"
    # "1.250 học sinh dự thi: 1.238 em đủ điều kiện dự thi, 1.226 em đỗ tốt nghiệp"
    r"\bđỗ\b|trúng tuyển"
)


# the two sides of a complete split: every member is one or the other
_PAIRS = (
    (re.compile(r"\bnam\b"), re.compile(r"\bnữ\b")),
    (re.compile(r"chính thức\b"), re.compile(r"dự bị\b")),
    # (session 40) a district's town is its urban side: "khu vực thị trấn …, khu vực nông thôn …"
    (re.compile(r"(?:thành thị|đô thị|thị trấn)\b"), re.compile(r"nông thôn\b")),
    (re.compile(r"(?<!ngoài )công lập\b"), re.compile(r"ngoài công lập\b")),
    (re.compile(r"(?<!phi )nông nghiệp\b"), re.compile(r"phi nông nghiệp\b")),
    (re.compile(r"dân tộc thiểu số\b"), re.compile(r"(?:người|dân tộc) kinh\b")),
)


def _complete_pair(ctx: Context, total: Fig, parts: list[Fig]) -> bool:
    """ "trong đó: nam 2.180 người, nữ 1.920 người", "chính thức 5.186 …, dự bị 198 …": two
    items that are the two sides of one split make the whole. Changes are no sides ("nông nghiệp
    giảm 420 người, phi nông nghiệp tăng 2.270 người"), nor are sides narrowed by another
    attribute ("hộ nghèo dân tộc thiểu số …, hộ cận nghèo người Kinh …")."""
    if len(parts) != 2:
        return False
    if _pair_sides(*_item_labels(ctx, total, parts)):
        return True
    if _negated_side(*_item_labels(ctx, total, parts)):
        return True  # "- Hội viên là đảng viên: 2.140", "- Hội viên chưa là đảng viên: 965"
    # labels after the counts, the second after "và": "gồm 12 đại biểu nữ và 23 đại biểu nam".
    # Both items count the total's own noun (or persons of a total in "người"), and each label is
    # its side alone ("nữ", "là nữ"): "285 đảng viên chính thức và 20 đảng viên dự bị" of "320 cán
    # bộ, đảng viên" leave out the non-members; "58 đảng viên dự bị kết nạp trong năm 2023" is a
    # part of one side.
    #
    # | total                  | items                                   | sides |
    # |------------------------|-----------------------------------------|-------|
    # | 35 người               | 12 đại biểu nữ và 23 đại biểu nam       | yes   |
    # | 245 đại biểu           | 72 đại biểu nữ và 173 đại biểu nam      | yes   |
    # | 320 cán bộ, đảng viên  | 285 đảng viên chính thức và 20 … dự bị  | no    |
    # | 1.250 đảng viên        | 1.180 … chính thức và 58 … dự bị kết nạp trong năm 2023 | no |
    # | 412 người (toàn thôn)  | 126 lao động nam và 118 lao động nữ     | no    |
    #
    # (review 22rb) persons of a total in "người" are its own people only when their noun is
    # named before the total ("Đoàn đại biểu … có 35 người"): "lao động" of a village's 412
    # people are those of working age, a part of it.
    subject = ctx.lower_slice(ctx.sentence_span(total.sent)[0], total.start)
    if not all(
        p.unit.key == total.unit.key
        or (
            total.unit.key == "người"
            and "person" in p.unit.fams
            and (p.unit.key in ("người", "đồng chí") or (p.unit.key or "@") in subject)
        )
        for p in parts
    ):
        return False
    a, b = _item_labels(ctx, total, parts, and_cut=True)
    return _pair_sides(a, b, short=True)


# -- kinds that surely make up their whole, so a list after a bare "trong đó" (weak: it may list
# subsets only) or a list of parallel labels (an alarm only over the whole) is the whole
# breakdown. Each reading below names a closed set; the items must name its members once each,
# and the list then alarms (as a "gồm" list does) when it passes the whole or falls short by
# less than 10% of it (``_KINDS_NEAR``): a writer who names the sources of a budget lists them
# all, a partial list ("trong đó ngân sách tỉnh 5,2 tỷ đồng, ngân sách huyện 4,3 tỷ đồng") names
# no source outside the state budget and stays a subset.
#
# | total                              | items                                                 | closed |
# |------------------------------------|-------------------------------------------------------|--------|
# | 12,5 tỷ đồng vốn xây dựng NTM      | ngân sách tỉnh 5,2, ngân sách huyện 4,3, nhân dân 2,5 | yes (state + people)    |
# | 4.730 triệu đồng kinh phí          | ngân sách Trung ương 3.450, ngân sách địa phương 1.280 | yes (centre + local)   |
# | 20.370 triệu đồng giá trị          | vốn nhà nước 14.350, vốn ngoài nhà nước 6.020         | yes (state + non-state) |
# | 28,2 tỷ đồng                       | nguồn ngân sách 21,8, nguồn xã hội hóa 6,4            | yes (budget + outside it) |
# | 150 tỷ đồng                        | vốn ngân sách 90, vốn huy động 55                     | no (two items, not sides) |
# | 12,5 tỷ đồng                       | ngân sách tỉnh 5,2, ngân sách huyện 4,3               | no (state only)         |
# | 120 tỷ đồng                        | ngân sách nhà nước 62,4, ngân sách tỉnh 33,6, dân 14  | no (the state nests)    |
# | 171 thôn, tổ dân phố               | 148 thôn và 22 tổ dân phố                             | yes (the named union)   |
# | 24 đơn vị hành chính cấp xã        | 21 xã và 2 thị trấn                                   | yes (units of a level)  |
# | 1.960 ha diện tích tự nhiên        | đất nông nghiệp …, đất phi nông nghiệp …, đất chưa sử dụng … | yes (land use)   |
# | 1.723 triệu đồng                   | doanh nghiệp 412, cán bộ 286, người lao động khác … 1.034 | yes (the rest named "khác") |
_KINDS_NEAR = 0.9
_OUTSIDE_STATE = re.compile(r"\bxã hội hóa\b|\bngoài (?:ngân sách|nhà nước)\b")
_PEOPLE_SOURCE = re.compile(
    r"\b(?:nhân dân|người dân|hộ gia đình|(?:các )?gia đình|xã hội hóa|doanh nghiệp|nhà tài trợ|"
    r"tài trợ|con em|(?:các )?tổ chức,? cá nhân|vốn (?:tín dụng|vay|tự có|dân cư|huy động|dân)|"
    r"ngoài (?:ngân sách|nhà nước)|huy động (?:hợp pháp )?khác|(?:nguồn )?(?:vốn )?khác)\b"
)
# a level of the state budget (the key reads which one: no level twice, none inside another)
_STATE_SOURCE = re.compile(
    r"(?:\bngân sách|\bvốn|\bnguồn|^|,)\s*(?:nhà nước\s+)?(?:cấp\s+)?"
    r"(?P<lvl>trung ương|tỉnh|huyện|xã(?! hội)|thành phố|thị xã|địa phương|cấp trên|nhà nước|"
    r"các cấp|lồng ghép|sự nghiệp|đầu tư công|trái phiếu chính phủ|chương trình mục tiêu quốc gia)\b"
    r"|\b(?P<bare>ngân sách)\b"
)
_NESTS = {
    "nhà nước": {
        "trung ương",
        "tỉnh",
        "huyện",
        "xã",
        "thành phố",
        "thị xã",
        "địa phương",
        "cấp trên",
        "các cấp",
        "ngân sách",
    },
    "địa phương": {"tỉnh", "huyện", "xã", "thành phố", "thị xã", "ngân sách"},
    "cấp trên": {"trung ương", "tỉnh", "huyện"},
    "các cấp": {"trung ương", "tỉnh", "huyện", "xã", "thành phố", "thị xã", "ngân sách"},
    "ngân sách": {"trung ương", "tỉnh", "huyện", "xã", "thành phố", "thị xã", "địa phương"},
}


def _sources_close(labels: list[str]) -> bool:
    """Do the labels name sources of funds, each once, the state's none inside another, and
    together both the state budget and what people or firms gave (or the centre and the local
    budgets)? See the table above."""
    state: list[str] = []
    people = []
    for lab in labels:
        lab = lab.replace("quỹ vì người nghèo", "quỹ")
        if _PEOPLE_SOURCE.search(lab):
            if "ngân sách" in lab.replace("ngoài ngân sách", ""):
                return False  # "ngân sách nhà nước và nhân dân": both sides in one item
            people.append(lab)
            continue
        level = _state_levels([lab])[0]
        if not level:
            return False
        state.append(level)
    if len(set(state)) != len(state):
        return False
    if any(state_k in _NESTS and set(state) & _NESTS[state_k] for state_k in state):
        return False
    if set(state) == {"trung ương", "địa phương"}:
        return True
    if len(labels) == 2:
        # two items close the list only as the two sides of one split: the state budget and what
        # is "xã hội hóa" (outside it); "vốn ngân sách 90 tỷ đồng, vốn huy động 55 tỷ đồng" of
        # 150 may leave out loans or firms' capital
        return (
            len(state) == 1
            and state[0] in ("nhà nước", "ngân sách")
            and bool(_OUTSIDE_STATE.search(people[0]))
        )
    return bool(state) and bool(people)


_KIND_LEAD = re.compile(
    r"^\s*(?:[-+•*]\s*)?(?:(?:trong đó|bao gồm|gồm|cụ thể|chia ra|nguồn)\s*(?:có\s+)?:?\s*)?(?:và\s+)?"
)
_KIND_CUT = re.compile(r"[,;:(\n]|(?<!\S)và(?!\S)")
_KIND_AFTER = re.compile(r"[,;.:()\n]|(?<!\S)và(?!\S)")
_ADMIN_LEVELS = {
    "cấp xã": frozenset({"xã", "phường", "thị trấn"}),
    "cấp huyện": frozenset({"huyện", "quận", "thị xã", "thành phố"}),
}
_LAND_USE = (
    re.compile(r"(?:diện tích )?đất nông nghiệp"),
    re.compile(r"(?:diện tích )?đất phi nông nghiệp"),
    re.compile(r"(?:diện tích )?đất chưa sử dụng"),
)


def _state_levels(labels: list[str]) -> list[str]:
    """The state budget level each money label names ("" for none)."""
    out = []
    for lab in labels:
        lvls = {m.group("lvl") or m.group("bare") for m in _STATE_SOURCE.finditer(lab)}
        key = (lvls - {"ngân sách"}) or lvls
        out.append(key.pop() if len(key) == 1 else "")
    return out


def _nested_sources(ctx: Context, total: Fig, begin: int, parts: list[Fig]) -> bool:
    """Do two money items name state budgets one inside the other ("ngân sách nhà nước …,
    ngân sách Trung ương …")? Such items are no partition: one holds the other."""
    if total.unit.key != "đồng":
        return False
    state = [
        k for k in _state_levels([f"{b} {a}" for b, a in _kind_labels(ctx, begin, parts)]) if k
    ]
    return any(k in _NESTS and set(state) & _NESTS[k] for k in state)


def _kind_labels(ctx: Context, begin: int, parts: list[Fig]) -> list[tuple[str, str]]:
    """Each item's label before its count (back to the last separator, the list's opening
    word dropped) and after it (up to the next separator)."""
    out = []
    lo = begin
    for p in parts:
        before = ctx.low[lo : p.start].rstrip(" :\t")  # "- Ngân sách tỉnh: 1.850 triệu đồng"
        cuts = list(_KIND_CUT.finditer(before))
        if cuts:
            before = before[cuts[-1].end() :]
        before = _KIND_LEAD.sub("", before).strip()
        nxt = _KIND_AFTER.search(ctx.low, p.end, p.end + 80)
        after = ctx.low[p.end : nxt.start() if nxt else p.end + 80].strip()
        out.append((before, after))
        lo = p.end
    return out


def _union_before(
    ctx: Context, total: Fig, parts: list[Fig], labels: list[tuple[str, str]]
) -> bool:
    """Does the subject before the total name the items' kinds, in order, joined by "," or "và"
    ("tổng số hộ nghèo và cận nghèo của xã là 252 hộ, trong đó hộ nghèo 86 hộ, hộ cận nghèo
    139 hộ")? Each item names its kind by its noun and one label (before or after its count)."""
    head = total.unit.key
    if not head or any(p.unit.key != head for p in parts):
        return False
    kinds = []
    for b, a in labels:
        if b and a:
            return False
        kind = (b or f"{head} {a}").strip()
        if not kind.startswith(head + " "):
            return False
        kinds.append(kind[len(head) + 1 :])
    if len(set(kinds)) != len(kinds):
        return False
    # the head noun may stand once for all ("hộ nghèo và cận nghèo")
    pattern = rf"\b{re.escape(head)}\s+{re.escape(kinds[0])}" + "".join(
        rf"(?:\s*,\s*|\s+và\s+)(?:{re.escape(head)}\s+)?{re.escape(k)}" for k in kinds[1:]
    )
    s, _ = ctx.clause(total.start, total.end)
    subject = ctx.low[s : total.start]
    return bool(re.search(pattern + r"(?!\s*(?:,|và)\s*[^\W\d])", subject))


def _union_after(
    ctx: Context, total: Fig, parts: list[Fig], labels: list[tuple[str, str]]
) -> bool:
    """(session 35) Do the words right after the total's noun name the items' kinds, each once,
    joined by "," or "và", and nothing else before the list opens ("1.874 hộ nghèo và hộ cận
    nghèo, trong đó 1.102 hộ nghèo, 762 hộ cận nghèo")? Each item names its kind by the words
    after its count (its noun the total's)."""
    head = total.unit.key
    if not head or len(parts) < 2 or any(p.unit.key != head for p in parts):
        return False
    if any(b or not a for b, a in labels):
        return False
    kinds = [a for _, a in labels]
    if len(set(kinds)) != len(kinds):
        return False
    rest = re.split(r"[.;:\n]", ctx.low[parts[-1].end : parts[-1].end + 80], maxsplit=1)[0]
    if rest.strip() != kinds[-1]:
        return False  # "… 110 đơn tố cáo, kiến nghị": the last item names a kind more (review 35)
    named = re.split(r"[,;:(]", ctx.low[total.end : total.end + 120], maxsplit=1)
    words = named[0].strip()
    # the total's kinds as the list of its own words: "nghèo và hộ cận nghèo" -> nghèo, cận nghèo
    said = [re.sub(rf"^{re.escape(head)}\s+", "", k).strip() for k in re.split(r"\s+và\s+", words)]
    if len(said) < 2 and len(named) > 1:
        # "1.246 hộ nghèo, hộ cận nghèo, trong đó …": the kinds listed by commas
        more = re.split(r"\s*,\s*", ctx.low[total.end : total.end + 120])
        said = []
        for k in more:
            k = re.sub(rf"^{re.escape(head)}\s+", "", k.strip())
            if not k or k.startswith(("trong", "gồm", "bao gồm")):
                break
            said.append(k)
    return len(said) == len(kinds) and sorted(said) == sorted(kinds)


def _closed_kinds(ctx: Context, total: Fig, begin: int, parts: list[Fig]) -> str:
    """Do the items name the members of a closed set of kinds once each (table above)? "closed"
    when the set is surely all of the whole (a union the total names, the units of one level,
    the kinds of land use: any miss is an error), "kinds" when the list is the whole by its
    make-up (sources of funds, a rest named "khác": within ``_KINDS_NEAR``), else ""."""
    if len(parts) < 2 or total.value is None:
        return ""
    labels = _kind_labels(ctx, begin, parts)
    # each label back to the last comma (a label may hold "và": "người lao động khác và hộ gia
    # đình 1.034", "người dân hiến đất và đóng góp tương đương 1,4 tỷ đồng")
    befores = [
        _KIND_LEAD.sub(
            "", re.split(r"[,;:(\n]", ctx.low[q.end if q else begin : p.start].rstrip(" :\t"))[-1]
        )
        for q, p in zip([None, *parts[:-1]], parts, strict=True)
    ]
    if total.unit.key == "đồng" and all(p.unit.key == "đồng" for p in parts):
        if _sources_close([f"{b} {a}".strip() for b, (_, a) in zip(befores, labels, strict=True)]):
            return "kinds"
    keys = [p.unit.key for p in parts]
    bare = all(not b and not a for b, a in labels)
    if bare and len(set(keys)) == len(keys):
        named = re.sub(r"^[^\d]*[\d.,]*\d\s*", "", ctx.low[total.start : total.end])
        members = set(re.split(r",\s*|\s+và\s+", named))
        if len(members) >= 2 and set(keys) == members:
            return "closed"  # "171 thôn, tổ dân phố, trong đó 148 thôn và 22 tổ dân phố"
        if total.unit.key == "đơn vị hành chính":
            level = next(
                (v for k, v in _ADMIN_LEVELS.items() if ctx.low.startswith(" " + k, total.end)),
                None,
            )
            if level is not None and set(keys) <= level:
                return "closed"  # "24 đơn vị hành chính cấp xã, trong đó có 21 xã và 2 thị trấn"
    if _union_before(ctx, total, parts, labels):
        return "closed"  # "tổng số hộ nghèo và cận nghèo … là 252 hộ, trong đó hộ nghèo 86 hộ, …"
    if _union_after(ctx, total, parts, labels):
        return "closed"  # "1.874 hộ nghèo và hộ cận nghèo, trong đó 1.102 hộ nghèo, 762 hộ cận nghèo"
    if len(parts) == 3 and _LAND.search(total.unit.key or ""):
        # each label the kind alone ("đất chưa sử dụng được cải tạo 26 ha" is a part of one)
        texts = [b if not a else "" for b, a in labels]
        if all(sum(bool(r.fullmatch(t)) for t in texts) == 1 for r in _LAND_USE):
            return "closed"  # the natural area: farm land, other land, unused land
    if (
        len(parts) >= 3
        and re.search(r"\bkhác\b", befores[-1])
        and not any(re.search(r"\bkhác\b", b) for b in befores[:-1])
    ):
        return "kinds"  # "…, người lao động khác và hộ gia đình 1.034 triệu đồng": the rest
    return ""


_SIDE_FILLER = frozenset({"là", "có", "người", "đồng chí"})
_NEGATION = frozenset({"chưa", "không"})


def _negated_side(a: str, b: str) -> bool:
    """Is one label the other with "chưa"/"không" put in ("hội viên là đảng viên", "hội viên
    chưa là đảng viên"; "hộ có nhà tiêu", "hộ chưa có nhà tiêu")? A thing either has the
    property or not: the two sides of one split. A change ("tăng", "giảm") is no side."""
    wa = re.sub(r"[^\w\s]", " ", a).split()
    wb = re.sub(r"[^\w\s]", " ", b).split()
    if len(wa) > len(wb):
        wa, wb = wb, wa
    if len(wb) != len(wa) + 1 or len(wa) < 2 or _SIGNED.search(a) or _SIGNED.search(b):
        return False
    return any(wb[k] in _NEGATION and wb[:k] + wb[k + 1 :] == wa for k in range(len(wb)))


def _pair_sides(a: str, b: str, short: bool = False) -> bool:
    """Do labels ``a`` and ``b`` name the two sides of one split of ``_PAIRS``? With ``short``,
    each label must hold its side and nothing else (fillers aside)."""
    if _SIGNED.search(a) or _SIGNED.search(b):
        return False
    for k, (x, y) in enumerate(_PAIRS):
        if (x.search(a) and y.search(b) and not y.search(a) and not x.search(b)) or (
            y.search(a) and x.search(b) and not x.search(a) and not y.search(b)
        ):
            if k >= _PLAIN_FROM and any(
                _NARROWED.search(x.sub(" ", y.sub(" ", lab))) for lab in (a, b)
            ):
                return False
            if short and any(
                set(x.sub(" ", y.sub(" ", lab)).split()) - _SIDE_FILLER for lab in (a, b)
            ):
                return False
            return True
    return False


_SIGNED = re.compile(r"\b(?:tăng|giảm)\b")
_PLAIN_FROM = 4  # the pairs below that index must stand alone on each side
_NARROWED = re.compile(r"\b(?:nữ|nam|nghèo|cận nghèo|thuộc|trẻ|mới|đảng viên nữ)\b")


# "và" before the last item separates it like a comma (see _parallel_labels)
_AND_SEP = re.compile(r"(?<!\S)và(?!\S)")


def _item_labels(ctx: Context, total: Fig, parts: list[Fig], and_cut: bool = False) -> list[str]:
    """Each item's own label: back to the previous separator, and on to the next one; with
    ``and_cut`` (labels that follow their counts) only the words after each count.

    | items                                | and_cut | labels                    |
    |--------------------------------------|---------|---------------------------|
    | "nam 31.240, nữ 17.110"              | no      | "nam", "nữ"               |
    | "12 đại biểu nữ và 23 đại biểu nam"  | no      | "nữ", "nữ và nam"         |
    | "12 đại biểu nữ và 23 đại biểu nam"  | yes     | "nữ", "nam"               |
    """
    labels = []
    lo = total.end
    for p in parts:
        before = ctx.low[lo : p.start].rstrip(" :")
        cut = max(before.rfind(","), before.rfind(";"), before.rfind(":"), before.rfind("("))
        cut = max(cut, before.rfind("\n"))
        if and_cut:
            cut = len(before)  # the labels stand after the counts: only they are read
        after = re.split(r"[,;.()\n\d]|\bvà\b", ctx.low[p.end : p.end + 70], maxsplit=1)[0]
        labels.append(before[cut + 1 :] + " " + after)
        lo = p.end
    return labels


def _label_texts(ctx: Context, total: Fig, parts: list[Fig]) -> list[str]:
    labels = []
    lo = total.end
    for p in parts:
        before = ctx.low[lo : p.start].rstrip(" :")  # "- Trường đạt chuẩn quốc gia: 52"
        cut = max(before.rfind(","), before.rfind(";"), before.rfind(":"), before.rfind("("))
        cut = max(cut, before.rfind("\n"))
        after = re.split(r"[,;.()\n\d]|\bvà\b", ctx.low[p.end : p.end + 70], maxsplit=1)[0]
        labels.append(before[cut + 1 :] + " " + after)
        lo = p.end
    return labels


# an item named by what its members have, beside the kinds: "đơn tố cáo 49, đơn có nội dung
# phức tạp 12" of 58 (the complex ones may be accusations too)
_HAS_PROPERTY = re.compile(r"^\s*(?:[^\W\d]+\s+){1,3}(?:có|được|bị)\s+[^\W\d]")


def _property_item(ctx: Context, total: Fig, parts: list[Fig]) -> bool:
    if sum(p.value for p in parts) <= total.value:  # type: ignore[misc, operator]
        return False
    labels = _label_texts(ctx, total, parts)
    if ":" not in ctx.low[total.end : parts[0].start]:
        labels = labels[1:]  # before the first item: the total's own words ("… được đánh giá có")
    return any(_HAS_PROPERTY.match(lab) for lab in labels)


# a note inside the list that some items are counted twice: "(có 4 cuộc phối hợp với cấp tỉnh)"
# an overlap said after the list: "…; nhiều hộ đạt danh hiệu ở hai lĩnh vực", "… vừa … vừa …",
# "…; có hộ nhận hai loại hỗ trợ" (a member given two of the listed kinds, review 22rb)
_OVERLAP_AFTER = re.compile(
    r"\b(?:ở (?:cả )?(?:hai|hai hoặc nhiều|nhiều) (?:lĩnh vực|nội dung|ngành|nhóm)|cùng lúc|đồng thời"
    r"|vừa\b[^.;]{1,40}\bvừa|trùng nhau|tham gia nhiều|có thể (?:tham gia|thuộc)"
    r"|(?:nhận|hưởng|được) (?:cả )?(?:hai|hai hoặc nhiều|nhiều|từ hai) (?:loại|hình thức|chính sách"
    r"|nội dung|nguồn))"
)


def _bracketed_before_list(ctx: Context, total: Fig, parts: list[Fig]) -> bool:
    """Is the total inside a bracket that closes before the list? "64.120 hộ …, đạt 89,7% số hộ
    đăng ký (71.500 hộ), gồm: …": the list details the sentence's own count, not the bracket's
    (blind review 71)."""
    if total.start > parts[0].start:
        return False
    s, _ = ctx.sentence_span(total.sent)
    opened = ctx.text.rfind("(", s, total.start)
    if opened < 0 or ")" in ctx.text[opened : total.start]:
        return False
    closed = ctx.text.find(")", total.end, parts[0].start)
    return closed >= 0


# Review 91: a list that says it names the main kinds only ("… là chủ yếu", "… là nhiều nhất",
# "chiếm đa số"), a bracket of another moment ("(lúc mới chia tách huyện gồm 13 xã …)", "(khi
# thành lập …)"), items the next sentence says overlap ("Nhiều hộ vừa lắp camera vừa tham gia …"),
# or a rest the next sentence tells ("Hai trường hợp còn lại bị khai trừ", "Số còn lại 24 lượt …")
_MAIN_ONLY = re.compile(
    r"là chủ yếu|là nhiều nhất|là chính|chiếm đa số|chiếm phần lớn|là tiêu biểu"
)
_OTHER_MOMENT_BRACKET = re.compile(
    r"\(\s*(?:lúc|khi|tại thời điểm|thời điểm|đầu nhiệm kỳ|trước khi|trước|ban đầu|hồi)\b"
)
_OVERLAP_NEXT = re.compile(r"\bvừa\b[^.]{0,60}\bvừa\b|\bcả hai\b|\bđồng thời\b|\btrùng\b")
_REST_NEXT = re.compile(r"còn lại|số còn lại")


def _said_around(ctx: Context, total: Fig, parts: list[Fig]) -> bool:
    region = ctx.low[total.end : min(len(ctx.low), parts[-1].end + 40)]
    if _MAIN_ONLY.search(region) or _OTHER_MOMENT_BRACKET.search(
        ctx.low, total.end, parts[0].start
    ):
        return True
    k = parts[-1].sent + 1
    if k < len(ctx.sentences):
        s, e = ctx.sentence_span(k)
        nxt = ctx.low[s:e]
        if _OVERLAP_NEXT.search(nxt):
            return True
        gap = (total.value or 0) - sum(p.value or 0 for p in parts)
        if _REST_NEXT.search(nxt) and any(
            g.type == "quantity" and g.value is not None and abs(g.value - gap) < 1e-9
            for g in ctx.by_sent.get(k, ())
        ):
            return True  # the rest, worth the gap, told in the next sentence
    return False


def _far_over(total: Fig, parts: list[Fig]) -> bool:
    """Do the items pass the total by more than 15% (and 3)? "520 hội viên được tập huấn: trồng
    trọt 412, chăn nuôi 286, …": items that overlap, or stages of one chain, not a slip in a
    sum (white-box review 68); a miss so large is no proof."""
    got = sum(p.value for p in parts if p.value is not None)
    if not total.value or got - total.value <= max(3.0, 0.15 * total.value):  # type: ignore[operator]
        return False
    if not all(p.m.rule in ("count_breakdown", "checker.bare") for p in parts):
        return False  # items with their own nouns ("38 đảng bộ cơ sở, 64 chi bộ cơ sở")
    return not _swap_fixes(total, parts)


def _swap_fixes(total: Fig, parts: list[Fig]) -> bool:
    """Would swapping two digits of one item make the sum the total (a slip, not a reading)?"""
    want = total.value - sum(p.value for p in parts)  # type: ignore[operator]
    for p in parts:
        digits = str(int(p.value)) if p.value is not None and p.value == int(p.value) else ""
        for i in range(len(digits) - 1):
            swapped = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :]
            if int(swapped) - p.value == want:  # type: ignore[operator]
                return True
    return False


_OVERLAP_NOTE = re.compile(r"\([^()]*\b(?:phối hợp|trùng|đồng thời|kết hợp)\b[^()]*\)")
_CLAUSE_VERB = re.compile(r";\s*(?:đã|đang|được|sẽ|mới)\s+[^\W\d]+")


def _new_clause_item(ctx: Context, parts: list[Fig]) -> bool:
    """An item after ";" with a verb of its own: "khởi công 64 nhà, trong đó 58 nhà xây mới; đã
    bàn giao 61 nhà, số còn lại 3 nhà …" — another split of the 64, not more of the same."""
    return any(
        _CLAUSE_VERB.search(ctx.low, a.end, b.start) for a, b in zip(parts, parts[1:], strict=False)
    )


def _stage_items(ctx: Context, total: Fig, parts: list[Fig]) -> bool:
    labels = _label_texts(ctx, total, parts)
    staged = [lab for lab in labels if _STAGE.search(lab)]
    if len(staged) < 2:
        return False
    return not any(re.search(r"\b(?:chưa|không)\b", lab) for lab in labels)


def _two_under_within(ctx: Context, total: Fig, parts: list[Fig]) -> bool:
    """Two items after "trong đó:" may be the main groups only ("đất trồng lúa …, đất trồng
    cây lâu năm …" of all farmland; "trong tỉnh …, ngoài tỉnh …" with labour abroad left out) or
    two attributes ("hộ nông thôn", "hộ sản xuất nông nghiệp"): no proof either way."""
    if len(parts) != 2 or total.start > parts[0].start or _complete_pair(ctx, total, parts):
        return False
    s = sum(p.value for p in parts)  # type: ignore[misc]
    if total.value <= s <= 1.15 * total.value:  # type: ignore[operator]
        return False  # "lúa 30,2 ha, rau màu 16,3 ha" of 45,5: a split a little past its whole
    return bool(re.search(r"\btrong đó\s*:", ctx.lower_slice(total.end, parts[0].start)))


def _other_count(ctx: Context, total: Fig, parts: list[Fig]) -> bool:
    """Does the total count otherwise than its parts? A note that adds or removes some ("(tính
    cả 48 … quý IV năm 2020)", "(có 27 cá nhân được khen thưởng 2 lần)"); a running total over a
    span wider than the items ("tổng cộng từ đầu nhiệm kỳ …" after two years)."""
    if _TOTAL_NOTE.match(ctx.low[total.end : total.end + 80]):
        return True
    if total.start > parts[-1].start:  # "…; tổng cộng (từ đầu nhiệm kỳ) 372": a sum after items
        cs, _ = ctx.clause(total.start, total.end)
        return bool(_CUMULATIVE.search(ctx.low, cs, total.start))
    return _gap_told(ctx, total, parts)


def _gap_told(ctx: Context, total: Fig, parts: list[Fig]) -> bool:
    """Is the gap between the total and its parts stated right after the list, as a count of
    the same thing? "42 tổ chức cơ sở đảng: … 41 graded. Có 1 tổ chức cơ sở đảng mới thành lập
    … nên không đánh giá": the author accounts for it."""
    gap = abs(total.value - sum(p.value for p in parts))  # type: ignore[operator, misc]
    last = max(parts, key=lambda p: p.end)  # bare items are made up: no place in ctx.figs
    last_sent = max(0, bisect_right(ctx._sent_starts, last.end) - 1) if ctx._sent_starts else 0
    for g in ctx.figs:
        if g.start < last.end:
            continue
        if g.sent > last_sent + 1:
            break
        if (
            g.type == "quantity"
            and g.value == gap
            and (not g.unit.key or g.unit.key == total.unit.key or kin(g.unit, total.unit))
            and not (g.sent > last_sent and _item_of_another_split(ctx, g))
        ):
            return True
    return False


_ACCOUNTS_FOR = re.compile(r"\b(?:chưa|không|miễn|mới|còn|do|vì|riêng|ngoài(?! ra))\b")


def _item_of_another_split(ctx: Context, g: Fig) -> bool:
    """Is ``g`` one item of a later split of the same total, no account of a gap? "Theo hình
    thức: khiển trách 29 đảng viên, cảnh cáo 11 đảng viên, cách chức 2 đảng viên, khai trừ 5 đảng
    viên" after a list two short of its 47: the "2" is a grade, not the missing two. An item
    that says why it is left out ("còn 2 đảng viên chưa xếp loại") still accounts for it."""
    same = [
        h for h in ctx.by_sent.get(g.sent, []) if h.type == "quantity" and h.unit.key == g.unit.key
    ]
    if len(same) < 3:
        return False
    return not _ACCOUNTS_FOR.search(ctx.before_low(g, 40))


def _emit(
    ctx: Context,
    total: Fig,
    parts: list[Fig],
    strength: str,
    span: tuple[int, int],
    region: str,
    note: tuple[str, str] | None = None,
) -> Check:
    parts = _closed_list(ctx, total, parts)
    verdict, key = _verdict(total, parts, strength, region)
    if verdict != "consistent" and _PLAN_IN_BRACKET.search(ctx.before_low(total, 30)):
        # "đạt 286 ha, bằng 95,3% kế hoạch (kế hoạch 300 ha), gồm bưởi 164 ha, …": the list
        # details what was done, not the plan in brackets
        done = next(
            (
                g
                for g in reversed(ctx.by_sent.get(total.sent, []))
                if g.start < total.start
                and g.unit.key == total.unit.key
                and g.value == sum(p.value for p in parts)  # type: ignore[misc]
            ),
            None,
        )
        if done is not None:
            return _emit(ctx, done, parts, strength, span, region)
        verdict, key = "unverifiable", "part_whole.ne_subsets"
    if verdict == "unverifiable" and strength != "soft" and _complete_pair(ctx, total, parts):
        verdict, key = "inconsistent", "part_whole.ne"  # "nam 2.180, nữ 1.920" of 4.250
    if verdict == "inconsistent" and _not_disjoint(ctx, total, parts):
        verdict, key = "unverifiable", "part_whole.ne_subsets"
    if verdict == "inconsistent" and (
        _incomplete(ctx, total, parts)
        or _other_count(ctx, total, parts)
        or _stage_items(ctx, total, parts)
        or _property_item(ctx, total, parts)
        or _new_clause_item(ctx, parts)
        or _OVERLAP_NOTE.search(ctx.low, parts[0].start, parts[-1].end)
        or _OVERLAP_AFTER.search(ctx.low, parts[-1].end, ctx.sentence_span(parts[-1].sent)[1])
        or _two_under_within(ctx, total, parts)
        or _far_over(total, parts)
        or _bracketed_before_list(ctx, total, parts)
        or _said_around(ctx, total, parts)
    ):
        verdict, key = "unverifiable", "part_whole.ne_subsets"
    if verdict == "inconsistent" and _prefix_fits(ctx, total, parts):
        # "khối xã 789, khối cơ quan 274, khối doanh nghiệp 141, đảng viên được miễn sinh hoạt
        # 65" of 1.204: the first items already make the total; the rest is another division
        verdict, key = "unverifiable", "part_whole.ne_subsets"
    s = sum(p.value for p in parts)  # type: ignore[misc]
    t = total.value
    if key == "part_whole.eq" and abs(s - t) > 1e-9 * max(1.0, abs(t)):  # type: ignore[operator]
        # "3,2 tỷ đồng = 2 tỷ đồng + 1.500 triệu đồng" holds only if "2 tỷ" was rounded: the
        # explanation says how far apart the figures are and what rounding allows
        key = "part_whole.eq_rounded"
    if verdict == "consistent" and strength != "soft":
        breakdowns(ctx).append((total, parts))
    elif verdict == "consistent":
        sum_breakdowns(ctx).append((total, parts))
    if strength == "closed":
        ctx.memo.setdefault("part_whole.closed_rests", set()).add(parts[-1].start)  # type: ignore[union-attr]
    k = _shown_scale([total, *parts])
    unit = total.unit.head or total.unit.key
    if k != 1.0:
        unit = next((w for w, v in _SCALES if v == k), "") + " " + unit
    why = render(
        key,
        expr=_expr(parts, k),
        sum=round(s / k, 6),
        total=round(t / k, 6),  # type: ignore[operator]
        unit=(unit, unit),
        diff=round(abs(s - t) / k, 6),  # type: ignore[operator]
        tol=round(tolerance([total, *parts]) / k, 6),
    )
    if not unit.strip():  # a bare table column: no unit word to print
        why = (" ".join(why[0].split()), " ".join(why[1].split()))
    if note is not None and verdict == "inconsistent":  # why the miss is an error (a sibling)
        why = (f"{why[0]}; {note[0]}", f"{why[1]}; {note[1]}")
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


# -- items labelled by one noun and its kinds: "trong đó vốn tự có 40 tỷ đồng, vốn vay 25 tỷ đồng,
# vốn tài trợ 5 tỷ đồng", "trong đó rừng trồng 800 ha, rừng tự nhiên 1.200 ha". One dimension
# splits the total into kinds that cannot overlap, so the items cannot add up to more than it
# (attributes that may overlap, "nữ", "trẻ", "dân tộc", are ``vocab.OVERLAP_WORDS``: no verdict).
# Label nouns that name no dimension ("có", "số", "đã" …) do not count.
_LABEL_SEP = re.compile(r"[,;]")
_NOT_LABEL_HEAD = frozenset(
    {
        "có",
        "số",
        "là",
        "đã",
        "được",
        "các",
        "những",
        "trong",
        "tại",
        "ở",
        "và",
        "với",
        "còn",
        "riêng",
        "gồm",
    }
)


def _parallel_labels(ctx: Context, begin: int, parts: list[Fig]) -> bool:
    """Does every item carry a label of two words or more before its number, all opening with
    the same noun? "…, trong đó vốn ngân sách 12 tỷ đồng, vốn dân góp 3 tỷ đồng" -> yes."""
    heads = set()
    lo = begin
    for p in parts:
        gap = ctx.low[lo : p.start]
        if lo != begin:
            # the last item may follow "và": "khối xã 4.210 đoàn viên, khối trường học 985 đoàn
            # viên và khối cơ quan 435 đoàn viên" (heads "khối", "khối", "khối")
            cut = _LABEL_SEP.search(gap) or _AND_SEP.search(gap)
            if cut is None:
                return False
            gap = gap[cut.end() :]
        words = gap.strip(" :-+•\n").split()
        if lo != begin and words[:1] == ["và"]:
            words = words[1:]  # ", và khối cơ quan 435"
        if len(words) < 2 or not words[0].isalpha() or words[0] in _NOT_LABEL_HEAD:
            return False
        heads.add(words[0])
        lo = p.end
    return len(heads) == 1


# -- the units of a body named by its last noun: "20 cơ sở hội (18 hội xã và 2 chi hội cơ quan)",
# "31 tổ chức cơ sở đoàn (25 đoàn xã, thị trấn và 6 đoàn cơ sở)": the items name the body's noun
# ("hội", "đoàn") among their first words, whatever level word follows it (used for brackets).
def _body_noun(ctx: Context, f: Fig, open_at: int) -> Callable[[Fig], bool] | None:
    """Which items name the body that ``f`` counts, read from the words up to its bracket."""
    words = norm_words(f"{f.unit.key} {ctx.text[f.end : open_at - 1]}").split()
    if len(words) < 2 or f.unit.fams or not words[-1].isalpha() or len(words[-1]) < 3:
        return None
    body = words[-1]
    low = ctx.low

    def names(g: Fig) -> bool:
        return body in norm_words(f"{g.unit.key} {low[g.end : g.end + 25]}").split()[:3]

    return names


def _bare_items(ctx: Context, lo: int, hi: int, f: Fig, names: Callable[[Fig], bool]) -> list[Fig]:
    """A bracket of items "N noun …" that the extractor left as bare numbers ("(22 đoàn xã và 9
    đoàn cơ sở)"), when every item names the body ``f`` counts; else []."""
    out: list[Fig] = []
    pos = lo
    while pos < hi:
        hit = _BARE_ITEM.match(ctx.low, pos, hi)
        if hit is None:
            return []
        a, b = hit.span(1)
        got = [g for g in ctx.figs_from(a, hi) if g.start == a]
        g = got[0] if got else synthetic(ctx, a, b, number(hit.group(1)), f)
        if not got:
            g = replace(g, unit=unit_info(hit.group(2)))
        if not g.exact_count or not names(g):
            return []
        out.append(g)
        pos = hit.end()
    return out


# -- a bracket of year items repeating the total's action: "đã trồng 1.500 ha rừng (năm 2022
# trồng 480 ha, năm 2023 trồng 510 ha, năm 2024 trồng 510 ha)". The verb after each year must be
# one the total is stated with (a flow split by year); "năm 2023 có …" states a stock, no part.
_YEAR_LABEL = re.compile(
    r"\s*(?:[,;]\s*|và\s+)?năm\s+(?:19|20)\d{2}\s*[:,]?\s*(?P<verb>[^\W\d]+(?:\s+[^\W\d]+)?)?\s*$"
)
_STOCK_WORDS = frozenset({"có", "còn", "là", "đạt", "với"})


def _year_items(ctx: Context, f: Fig, open_at: int, close_at: int) -> list[Fig]:
    """The items of a bracket of year items after ``f``, each naming the verb ``f`` is stated
    with; else []."""
    verb_zone = norm_words(ctx.before_low(f, 25)).split()
    parts = _walk(ctx, open_at, close_at, f, semicolons=True, years=True)
    if len(parts) < 2:
        return []
    lo = open_at
    for p in parts:
        hit = _YEAR_LABEL.match(ctx.low, lo, p.start)
        if hit is None or hit.end() != p.start:
            return []
        verb = (hit.group("verb") or "").split()
        if not verb or verb[0] in _STOCK_WORDS or verb[0] not in verb_zone:
            return []
        lo = p.end
    if ctx.low[lo:close_at].strip(" .;,"):
        return []  # something else is listed after the years
    return parts


# Review 21p: a total its sentence dates to one year is no sum of the bracket's other years;
# they are earlier levels set beside it for comparison:
#   "Năm 2024 … kết nạp 86 đảng viên (năm 2023 kết nạp 79 …, năm 2022 kết nạp 71 …)"
#       -> 79 + 71 is no split of 86, only a fit is told
#   "Từ năm 2022 đến nay … trồng 1.500 ha (năm 2022 trồng 480 ha, …)" -> a span, read as before
_ONE_YEAR_SPAN = re.compile(r"\btừ\b|\bđến\b|\btới\b|giai đoạn|nhiệm kỳ|\bcác năm\b|\d\s*[-–]\s*\d")


def _dated_apart(ctx: Context, f: Fig, years: list[Fig], open_at: int) -> bool:
    """Is ``f`` dated before it in its sentence to a single year none of the bracket's year
    items (``years``, read from ``open_at``) names, with no span of years said?"""
    head = ctx.low[ctx.sentence_span(f.sent)[0] : f.start]
    said = set(_YEAR_NUM.findall(head))
    if len(said) != 1 or _ONE_YEAR_SPAN.search(head) or _SPAN_WORDS.search(head):
        return False
    listed = set(_YEAR_NUM.findall(ctx.low[open_at : years[-1].start]))
    return bool(listed) and not (said & listed)


# -- a bracket of labelled bare numbers: "kết nạp 140 đảng viên (khối xã, thị trấn 95; khối cơ
# quan, doanh nghiệp 45)": each item a label then a number the extractor leaves without a unit.
_LABEL_NUM = re.compile(
    r"^\s*(?:và\s+)?([^\W\d][^\d%]{0,50}?)\s*:?\s+(\d{1,3}(?:\.\d{3})+|\d+)\s*$"
)
_NOT_ITEM_LABEL = re.compile(
    r"\b(?:tăng|giảm|so với|đạt|vượt|chiếm|bằng|tỷ lệ|tỉ lệ|năm|tháng|lần)\b"
)


def _label_items(ctx: Context, f: Fig, open_at: int, close_at: int) -> list[Fig]:
    """Bare numbers after labels filling a bracket, as counts of ``f``'s kind; else []."""
    inside = ctx.text[open_at:close_at]
    if not f.exact_count or ctx.figs_from(open_at, close_at):
        return []
    sep = ";" if ";" in inside else ","
    out: list[Fig] = []
    pos = open_at
    for item in inside.split(sep):
        hit = _LABEL_NUM.match(item)
        if hit is None or (sep == "," and "," in hit.group(1)):
            return []
        if _NOT_ITEM_LABEL.search(hit.group(1).lower()):
            return []
        a = pos + hit.start(2)
        out.append(synthetic(ctx, a, a + len(hit.group(2)), number(hit.group(2)), f))
        pos += len(item) + 1
    return out if len(out) >= 2 and all(g.exact_count for g in out) else []


# Party badges by length of membership, each a bare count after its years: "trao Huy hiệu Đảng
# cho 214 đảng viên (Huy hiệu 30 năm: 96; 40 năm: 61; …; từ 55 năm trở lên: 9)". Each member
# gets one badge, so the items partition the total.
_BADGE_ITEM = re.compile(
    r"^\s*(?:và\s+)?(?:huy hiệu\s+)?(?:từ\s+)?\d{2}\s+năm(?:\s+tuổi\s+đảng)?(?:\s+trở\s+lên)?"
    r"\s*:?\s+(\d{1,3}(?:\.\d{3})+|\d+)(?:\s+(?:đồng chí|đảng viên))?\s*$"
)


_BADGE_SEMI = re.compile(r";")
_BADGE_SEP = re.compile(r",|\s(?=và\s)")
_BADGES_TO = re.compile(
    r"\b(?:trao|tặng|trao tặng|nhận)\s+huy hiệu\s+(?:đảng|\d+\s+năm\s+tuổi\s+đảng)"
    r"(?:\s+các loại)?(?:\s+đợt\s+[^:;()]{1,40}?)?\s*(?:cho|:)\s*$"
)


def _badge_items(ctx: Context, f: Fig, open_at: int, close_at: int) -> list[Fig]:
    if not f.exact_count or "person" not in f.unit.fams:
        return []
    if not _BADGES_TO.search(ctx.before_low(f, 60)):
        return []  # the badges alone, given to the total: not "Huy hiệu Đảng và Kỷ niệm chương
        # cho 230 đồng chí", "thăm hỏi 230 đảng viên … nhân dịp trao Huy hiệu Đảng"
    inside = ctx.low[open_at:close_at]
    out: list[Fig] = []
    pos = 0
    # items set apart by ";", else by "," or a closing "và" ("…, 40 năm 28 đồng chí và 50 năm 17")
    for cut in [*(_BADGE_SEMI if ";" in inside else _BADGE_SEP).finditer(inside), None]:
        end = cut.start() if cut else len(inside)
        hit = _BADGE_ITEM.match(inside[pos:end])  # a slice: the pattern is anchored
        if hit is None:
            return []
        a = open_at + pos + hit.start(1)
        out.append(synthetic(ctx, a, a + len(hit.group(1)), number(hit.group(1)), f))
        pos = cut.end() if cut else end
    return out if len(out) >= 2 else []


# Bracket items labelled as a change, a comparison or a plan are no parts of the count before
# the bracket: "48 chi bộ (tăng 5 chi bộ, giảm 2 chi bộ so với đầu nhiệm kỳ)", "kết nạp 52 đảng
# viên (nhiều hơn năm 2023 là 7 đảng viên, vượt kế hoạch 2 đảng viên)", "đạt 286,4 tỷ đồng (dự
# toán tỉnh giao 255 tỷ đồng, dự toán huyện giao 272 tỷ đồng)".
_NOT_PART_LABEL = re.compile(
    r"(?<![^\W\d])(?:tăng|giảm|so với|hơn|vượt|dự toán|kế hoạch|chỉ tiêu|mục tiêu)(?![^\W\d])"
)


def _not_part_labels(ctx: Context, open_at: int, parts: list[Fig]) -> bool:
    """Does an item's own label (from the separator before it) name a change, a comparison or a
    plan?"""
    lo = open_at
    for p in parts:
        label = ctx.low[lo : p.start]
        cut = list(_SEP.finditer(label))
        if cut:
            label = label[cut[-1].end() :]
        if _NOT_PART_LABEL.search(label):
            return True
        lo = p.end
    return False


def _paren(ctx: Context, f: Fig) -> Check | None:
    """ "171 chi bộ (39 chi bộ cơ sở và 132 chi bộ trực thuộc đảng ủy cơ sở)" """
    if ctx.text.find("(", f.end, f.end + 50) < 0:
        return None
    hit = _PAREN_AFTER_AT.match(ctx.text, f.end, min(ctx.sentence_span(f.sent)[1], f.end + 200))
    if not hit:
        return None
    open_at = hit.end()
    close_at = ctx.text.find(")", open_at, open_at + 200)
    if close_at < 0 or "(" in ctx.text[open_at:close_at]:
        return None
    inside = ctx.text[open_at:close_at]
    if _NOTE_NOT_PARTS.match(inside):
        return None  # "473 cán bộ (không tính 9 đồng chí nghỉ hưu và 4 đồng chí …)": left out
    if _MOVES_NOTE.match(inside.lower()):
        return None  # "25 đại biểu (miễn nhiệm 2 …, bầu bổ sung 2 …)": changes over the term
    if re.match(r"\s*trong đó", inside):
        strength = "weak"
    else:
        strength = "paren"
    # a bracket that names some of them ("(nổi bật là đất đai 21, tài chính 9)"), or bare
    # labelled numbers after words that run the noun on ("37 cán bộ … về cơ sở (bí thư đảng ủy
    # xã 8, chủ tịch ủy ban xã 6)": roles among them, or a split of another count): a fit
    loose = (
        bool(_SOME_OF.match(inside))
        or bool(_SOME_OF_LEAD.search(inside[:60].lower()))
        or bool(_OVERLAP.search(inside.lower()))
        or len(ctx.text[f.end : open_at - 1].split()) >= 5
        or bool(_ROLES.search(inside.lower()))
        # "46 chi bộ trực thuộc (chính thức 1.402, dự bị 78)": members' kinds, not of the chi bộ
        or bool(_MEMBER_KINDS.match(inside.lower()))
        and "person" not in f.unit.fams
    )
    parts = _walk(ctx, open_at, close_at, f, semicolons=True, words=True)
    if len(parts) < 2 and inside.lstrip().lower().startswith("năm "):
        years = _year_items(ctx, f, open_at, close_at)
        if years:  # the years partition the total: no overlap words apply ("làm mới")
            strength = "soft" if _dated_apart(ctx, f, years, open_at) else "paren"
            return _emit(ctx, f, years, strength, ctx.clause(f.start, close_at + 1), "")
    if not parts and (badges := _badge_items(ctx, f, open_at, close_at)):
        return _emit(ctx, f, badges, "paren", ctx.clause(f.start, close_at + 1), "")
    if not parts and (labelled := _label_items(ctx, f, open_at, close_at)):
        strength = "soft" if loose or _far_short(f, labelled) else "paren"
        return _emit(ctx, f, labelled, strength, ctx.clause(f.start, close_at + 1), inside)
    if len(parts) < 2 and (body := _body_noun(ctx, f, open_at)):
        parts = _walk(ctx, open_at, close_at, f, semicolons=True, accept=body)
        if len(parts) < 2:
            parts = _bare_items(ctx, open_at, close_at, f, body)
            if parts:  # every item of the brackets is one of them
                inside = ctx.text[open_at:close_at]
                # Review 21p: one item alone is a subset, never a breakdown (a fit at most):
                #   "31 đơn tố cáo (12 đơn tố cáo đảng viên là cấp ủy viên)" -> 12 of the 31
                strength = "paren" if len(parts) >= 2 else "soft"
                return _emit(ctx, f, parts, strength, ctx.clause(f.start, close_at + 1), inside)
    if len(parts) < 2 and not loose:
        own = _own_noun_items(ctx, f, open_at, close_at)
        if own:  # a fit only: the items' nouns are not the total's
            return _emit(ctx, f, own, "soft", ctx.clause(f.start, close_at + 1), inside)
    if len(parts) < 2 or any(p.type != "quantity" for p in parts):
        return None
    if _not_part_labels(ctx, open_at, parts):
        return None
    # every item of the brackets must be a count: "(85 xã, 11 phường, khu kinh tế)" is not clean
    masked = list(inside)
    for p in parts:
        for k in range(p.start - open_at, p.end - open_at):
            masked[k] = "#"
    items = [it for it in _SEP.split("".join(masked)) if it.strip()]
    if ";" in inside and (len(items) != len(parts) or any("#" not in it for it in items)):
        # items set off by ";" may hold commas in their labels: "(thu thuế, phí 18,64 tỷ đồng;
        # thu tiền sử dụng đất 15,3 tỷ đồng; thu khác 7,53 tỷ đồng)" — unless one is a subset of
        # another ("…; riêng thu phí, lệ phí 0,6 tỷ đồng", "…; trong đó chi giáo dục …")
        semi = [it for it in "".join(masked).split(";") if it.strip()]
        if not any(_SUBSET_ITEM.match(it.lower()) for it in semi):
            items = semi
    if len(items) != len(parts) or any("#" not in it for it in items):
        strength = "soft"
    if loose and (
        _SOME_OF.match(inside)
        or _ROLES.search(inside.lower())
        or _OVERLAP.search(inside.lower())
        or all(p.m.rule == "count_breakdown" for p in parts)
    ):
        strength = "soft"
    if all(p.m.rule == "count_breakdown" for p in parts) and _far_short(f, parts):
        strength = "soft"
    span = ctx.clause(f.start, close_at + 1)
    return _emit(ctx, f, parts, strength, span, inside)


_SUBSET_ITEM = re.compile(r"\s*(?:riêng|trong đó|trong số đó|gồm|bao gồm|bình quân|mỗi|cụ thể)\b")


def _far_short(total: Fig, parts: list[Fig]) -> bool:
    """Do labelled items fall short of the total by more than a tenth (and 3)? "3.150 lao động (xuất khẩu
    lao động 420, làm việc tại khu công nghiệp 1.860)": the bracket names some ways, not all (a
    slip in a sum is rarely that large); a fit is told, a miss is not proof."""
    got = sum(p.value for p in parts if p.value is not None)
    if not total.value or total.value - got <= max(3.0, 0.1 * total.value):  # type: ignore[operator]
        return False
    return not _swap_fixes(total, parts)


_OWN_ITEM = re.compile(r"\s*(?:gồm\s+|bao gồm\s+)?#[^#\d]{0,40}$")


def _own_noun_items(ctx: Context, f: Fig, open_at: int, close_at: int) -> list[Fig]:
    """ "129 điển hình (42 tập thể, 87 cá nhân)", "68 trường (24 mầm non, 23 tiểu học, 21 trung
    học cơ sở)": every item of the brackets a count with a noun of its own, and their sum the
    total exactly. Found by the sum, so only a fit is told (the caller emits it soft)."""
    if not f.exact_count or f.value is None:
        return []
    figs = list(ctx.figs_from(open_at, close_at))
    if len(figs) < 2 or any(
        g.type != "quantity" or not g.exact_count or g.value is None or not g.unit.key for g in figs
    ):
        return []
    masked = list(ctx.text[open_at:close_at])
    for g in figs:
        masked[g.start - open_at] = "#"
        for k in range(g.start - open_at + 1, g.end - open_at):
            masked[k] = " "
    items = [it for it in _SEP.split("".join(masked)) if it.strip()]
    if len(items) != len(figs) or not all(_OWN_ITEM.match(it) for it in items):
        return []
    if sum(g.value for g in figs) != f.value:  # type: ignore[misc]
        return []
    return figs


# roles held by some of the people counted, which overlap: "(cấp ủy viên 6, bí thư chi bộ 4)"
_ROLES = re.compile(r"\b(?:bí thư|phó bí thư|chủ tịch|cấp ủy viên|ủy viên|trưởng|phó trưởng)\b")
# an overlap the text states: "(2 đồng chí tham gia cả hai cơ quan)", "trùng"
_OVERLAP = re.compile(r"\bcả hai\b|\btrùng\b|\bđồng thời\b")
# a bracket that tells who is left out of the count or added to it, not what it is made of:
# "(không tính 9 đồng chí nghỉ hưu …)", "(chưa kể 3 chi bộ …)", "(ngoài 12 hộ …)", "(kể cả …)"
_NOTE_NOT_PARTS = re.compile(
    r"\s*(?:không tính|không kể|chưa tính|chưa kể|ngoài|trừ|loại trừ|tính cả|kể cả|bao gồm cả|"
    r"miễn)\b",
    re.IGNORECASE,
)
# a note of what changed in a standing body, not its parts (white-box review 60)
_MOVES_NOTE = re.compile(
    r"\s*(miễn nhiệm|bầu bổ sung|từ trần|xóa tên|chuyển đi|chuyển đến|chuyển công tác|nghỉ hưu)\b"
)
_MEMBER_KINDS = re.compile(r"\s*(?:đảng viên\s+)?(?:chính thức|dự bị|nam|nữ)\b")
# a lead inside the bracket that picks some items: "(một số đơn vị tiêu biểu: …)", "(phổ biến là
# …)", "(các lĩnh vực chính là …)" (white-box review 68)
_SOME_OF_LEAD = re.compile(
    r"\b(?:phổ biến|tiêu biểu|điển hình|nổi bật|chủ yếu|chính là|một số|nhiều nhất|đứng đầu"
    r"|cao nhất|như)\b"
)
_SOME_OF = re.compile(
    r"\s*(?:nổi bật là|nổi bật|tập trung (?:ở|vào|chủ yếu)|tiêu biểu|điển hình|như|nhất là|"
    r"trong đó có|chủ yếu|phần lớn|đa số|ví dụ|chẳng hạn|nhiều nhất|đứng đầu|cao nhất|kế đến"
    r"|tiếp đến|xếp đầu)\b",
    re.IGNORECASE,
)


# -- a graded body and its grades: the levels of one grading scale partition the graded. When the
# list names every level once, top to bottom, it is the whole of the graded body ("closed"):
# "Có 860 đảng viên được xếp loại (trừ số miễn); kết quả: hoàn thành xuất sắc nhiệm vụ 95 đồng
# chí, hoàn thành tốt nhiệm vụ 700 đồng chí, hoàn thành nhiệm vụ 60 đồng chí, không hoàn thành
# nhiệm vụ 5 đồng chí"; "trong 24 chi hội có 10 chi hội vững mạnh; 9 khá; 4 trung bình và 1 yếu".
# Matched longest first at each place: "không hoàn thành" before "hoàn thành".
_LEVEL = re.compile(
    r"(?<![^\W\d])(?:(?P<b>không hoàn thành|khtnv|yếu kém|yếu|kém)"
    r"|(?P<t>hoàn thành xuất sắc|htxsnv|xuất sắc|trong sạch,? vững mạnh|tsvm|vững mạnh)"
    r"|(?P<s>hoàn thành tốt|httnv|khá|tốt)|(?P<h>hoàn thành|htnv|trung bình))(?![^\W\d])"
)
_ITEM_CUT = re.compile(r",(?!\d)|;|\bvà\b|\(")
# the graded body before its list: "N X được/thuộc diện đánh giá, xếp loại (…); kết quả: <grade>"
_GRADED_OPEN = re.compile(
    r"^\s*(?:[^\W\d]+\s+){0,4}?(?:được|đã được|thuộc diện|tham gia|dự)\s+(?:kiểm điểm,?\s+)?"
    r"(?:đánh giá|xếp loại|phân loại)(?:,?\s*(?:xếp loại|chất lượng|năm \d{4}))*\s*"
    r"(?:\([^()\d]{0,80}\)\s*)?[,;:]\s*(?:kết quả(?:\s+(?:đánh giá|xếp loại))?\s*:\s*)?"
)


def _item_marks(
    ctx: Context, begin: int, end: int, parts: list[Fig], marks: re.Pattern[str]
) -> str:
    """The mark (a named group of ``marks``) each item names in its own stretch of the list
    (from the cut before it to the cut after it); "" when an item names none or several, or
    a mark repeats."""
    low = ctx.low
    out = ""
    for k, p in enumerate(parts):
        lo = parts[k - 1].end if k else begin
        hi = parts[k + 1].start if k + 1 < len(parts) else end
        cuts = [m.end() for m in _ITEM_CUT.finditer(low, lo, p.start)]
        a = cuts[-1] if cuts else lo
        nxt = _ITEM_CUT.search(low, p.end, hi)
        b = nxt.start() if nxt else hi
        found = {m.lastgroup for m in marks.finditer(low, a, b)}
        if len(found) != 1:
            return ""
        out += found.pop()  # type: ignore[operator]
    return out if len(set(out)) == len(out) else ""


def _levels(ctx: Context, begin: int, end: int, parts: list[Fig]) -> str:
    """The grade level of each item ("t", "s", "h", "b" for top to bottom); see _item_marks."""
    return _item_marks(ctx, begin, end, parts, _LEVEL)


# The forms of discipline of a party member (Điều lệ Đảng): each member disciplined receives one,
# so a list naming each form once partitions the disciplined; naming all four closes the list.
# "kỷ luật 134 đảng viên, trong đó khiển trách 82 đồng chí, cảnh cáo 31 đồng chí, cách chức 6 đồng
# chí, khai trừ 13 đồng chí" (= 132: an error).
_DISCIPLINE = re.compile(
    r"(?<![^\W\d])(?:(?P<k>khiển trách)|(?P<c>cảnh cáo)|(?P<x>cách chức)|(?P<t>khai trừ))(?![^\W\d])"
)


def _forms(ctx: Context, begin: int, end: int, parts: list[Fig]) -> str:
    """The discipline form named by each item; see _item_marks."""
    return _item_marks(ctx, begin, end, parts, _DISCIPLINE)


# The levels of administration, named as the universe of the count ("các cấp"): "các cấp tổ
# chức 412 cuộc đối thoại, trong đó cấp tỉnh 6, cấp huyện 58, cấp xã 338". Each event is held by
# one level, so the three items close the list. "các cấp" may stand earlier in the total's
# sentence or open the sentence before it in the same paragraph, whose subject the total's
# sentence carries on:
#
# | words before the total                                              | told       |
# |---------------------------------------------------------------------|------------|
# | "Các cấp tổ chức 412 cuộc …"                                        | closed     |
# | "Cấp ủy các cấp tiếp 3.412 lượt công dân. Bí thư … tổ chức 412 cuộc …" | closed     |
# | "Tỉnh tiếp 3.412 lượt công dân. Bí thư … tổ chức 412 cuộc …"         | weak       |
# | "Các cấp tiếp 3.412 lượt công dân.\n\nBí thư … tổ chức 412 cuộc …"   | weak       |
#
# (review 28g) The levels are the whole universe only when the count is theirs alone. "các cấp,
# các ngành" adds the sectors (a sở's events are of no level); and a "các cấp" outside the
# count's own clause is carried on only when that clause has no subject of its own: it opens
# with its verb ("Đã tiến hành", "Năm 2024 tổ chức"), not with a body ("Thanh tra tỉnh chủ trì",
# "Hội Cựu chiến binh tỉnh phối hợp tổ chức", "ngoài ra, Ủy ban kiểm tra tỉnh giám sát"):
#
# | words before the total                                                    | told   |
# |---------------------------------------------------------------------------|--------|
# | "Các cấp, các ngành tổ chức 540 hội nghị …"                               | weak   |
# | "Hội đồng nhân dân các cấp và các đoàn đại biểu Quốc hội tổ chức 1.310 cuộc …" | weak |
# | "… được các cấp, các ngành quan tâm. Thanh tra tỉnh chủ trì 64 cuộc …"    | weak   |
# | "Các cấp hội … . Năm 2024, Hội Cựu chiến binh tỉnh phối hợp tổ chức 58 lớp …" | weak |
# | "Ủy ban kiểm tra các cấp đã kiểm tra 96 tổ chức đảng; ngoài ra, Ủy ban kiểm tra tỉnh giám sát 45 cuộc …" | weak |
# | "Mặt trận Tổ quốc các cấp chủ động vào cuộc. Trong năm tổ chức 318 hội nghị …" | closed |
_ALL_LEVELS_LEAD = re.compile(r"\bcác cấp\b")
_LEVELS_AND_SECTORS = re.compile(
    r"\bcác cấp\s*(?:,|và)\s*(?:các\s+)?(?:ngành|đoàn|cơ quan|sở|đơn vị|doanh nghiệp|lực lượng)\b"
)
_CLAUSE_LEAD = re.compile(
    r"^\s*(?:(?:(?:trong\s+)?năm(?:\s+(?:19|20)\d\d)?|ngoài ra|đồng thời|bên cạnh đó)\s*,?\s*)*"
)
_OWN_SUBJECT = re.compile(
    r"(?:tỉnh|huyện|thành phố|thị xã|xã|phường|thị trấn|ủy ban|ubnd|ubkt|thanh tra|hội|đoàn|"
    r"mặt trận|chính quyền|cấp ủy|ban|sở|ngành|công an|tòa án|viện kiểm sát|ngân hàng|"
    r"trung tâm|công đoàn|liên đoàn|đảng bộ|chi bộ|trường|bộ chỉ huy)\b"
)
_CLAUSE_CUT = re.compile(r"[,;.:\n]")
_LEAD_MARK = re.compile(r"^(?:trong đó|trong số đó|bao gồm|gồm)\s*:?\s*")
_LEVEL_LABELS = ({"cấp tỉnh"}, {"cấp huyện"}, {"cấp xã", "cấp cơ sở"})


def _last(pattern: re.Pattern[str], text: str, start: int, end: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text[start:end]``, if any."""
    hits = list(pattern.finditer(text, start, end))
    return hits[-1] if hits else None


def _all_levels(ctx: Context, total: Fig, items: list[tuple[int, int, str]]) -> bool:
    """Is the bare list one item per level of administration under a count of "các cấp"?"""
    if len(items) != 3:
        return False
    labels = [" ".join(label.split()) for _, _, label in items]
    if not all(label in want for label, want in zip(labels, _LEVEL_LABELS, strict=True)):
        return False
    low = ctx.low
    ss, se = ctx.sentence_span(total.sent)
    hit = _last(_ALL_LEVELS_LEAD, low, ss, total.start)
    if hit is None:
        if total.sent == 0:
            return False
        ps, pe = ctx.sentence_span(total.sent - 1)
        if "\n" in low[ps:ss]:
            return False
        hit = _last(_ALL_LEVELS_LEAD, low, ps, pe)
        if hit is None:
            return False
    if _LEVELS_AND_SECTORS.match(low, hit.start()):
        return False  # "các cấp, các ngành": the sectors (or other bodies) hold events of no level
    cut = max((m.end() for m in _CLAUSE_CUT.finditer(low, ss, total.start)), default=ss)
    if hit.start() < cut:
        lead = low[cut : total.start]
        lead = lead[_CLAUSE_LEAD.match(lead).end() :]  # type: ignore[union-attr]
        if _OWN_SUBJECT.match(lead):
            return False  # the count's clause has its own subject: "Thanh tra tỉnh chủ trì 64 cuộc"
    # "…, cấp cơ sở 120; các chi bộ kiểm tra 30 tổ đảng": another level counted after the list
    return not any(g.type == "quantity" for g in ctx.figs_from(items[-1][1], se))


def _full_scale(ctx: Context, begin: int, end: int, parts: list[Fig]) -> bool:
    """Does the list name every level of the scale once (a closed partition of the graded)?"""
    return len(parts) == 4 and set(_levels(ctx, begin, end, parts)) == set("tshb")


# a bracketed level of comparison: "… so với năm 2023 (60,76 tỷ đồng)", "… cùng kỳ (588)"
_VS_BRACKET = re.compile(r"(?:so với|cùng kỳ|năm trước)[^();]{0,30}\(\s*$")
_CLOSES_FIRST = re.compile(r"^[^()\d;]{0,12}\)")
_CHANGE_AFTER_LEVEL = re.compile(r"[^\d;()]{0,12}\b(?:tăng|giảm)\b")  # matched at a position


def _level_compared(ctx: Context, before: list[Fig], then: Fig) -> Fig | None:
    """The level a bracketed earlier level is compared with: the count of its unit right before
    the change ("68,42 tỷ đồng, tăng 12,6% so với … (60,76 tỷ đồng)" -> 68,42)."""
    for g in reversed(before):
        if g.type != "quantity" or g.unit.key != then.unit.key:
            continue
        if _CHANGE_AFTER_LEVEL.match(ctx.low, g.end):
            return g
        return None
    return None


# a count in a bracket that leaves it out of the count before: "405 đồng chí (miễn đánh giá 7
# đồng chí)", "(không tính 11 đồng chí …)". It is neither the total of a list after the bracket
# nor one of its parts.
_LEFT_OUT_OPEN = re.compile(r"\(\s*(?:không tính|không kể|chưa tính|miễn|trừ)\b[^()]*$")


def _left_out(ctx: Context, s: int, f: Fig) -> bool:
    lo = max(s, f.start - 60)
    return "(" in ctx.text[lo : f.start] and bool(
        _LEFT_OUT_OPEN.search(ctx.lower_slice(lo, f.start))
    )


def _head_bracket_item(ctx: Context, s: int, f: Fig, later: list[Fig]) -> bool:
    """Is ``f`` a count inside a bracket right after another count, the bracket closing before
    the next count? "45 cán bộ (nghỉ hưu 33, miễn nhiệm 12), trong đó: nữ 18, nam 27": the 12 is
    an item of the 45, never the total of the list after the bracket (white-box review 60)."""
    k = ctx.text.rfind("(", s, f.start)
    if k < 0 or ")" in ctx.text[k : f.start]:
        return False
    nxt = later[0].start if later else len(ctx.text)
    if ")" not in ctx.text[f.end : nxt]:
        return False
    head = ctx.text[s:k].rstrip()
    return any(g.end == s + len(head) for g in ctx.figs_from(max(s, k - 60), k))


def _marker(ctx: Context, sent_figs: list[Fig]) -> list[Check]:
    """ "dự xếp loại 879 đồng chí, trong đó: HTXSNV có 119 đồng chí, HTTNV có 760 …" """
    out: list[Check] = []
    s, e = ctx.sentence_span(sent_figs[0].sent)
    text = ctx.text
    low_sent = ctx.lower_slice(s, e)
    if (
        ":" not in low_sent
        and "trong đó" not in low_sent
        and "gồm" not in low_sent
        and "chia" not in low_sent
        and "phân ra" not in low_sent  # ``_SPLIT_INTO``: "5.800 tỷ đồng, phân ra chi đầu tư …"
        and "phân thành" not in low_sent
        and not _WITHIN_SENT.search(low_sent)
        and " thì " not in low_sent
        and "cơ cấu" not in low_sent
        and "còn lại" not in low_sent
        and "đánh giá" not in low_sent
        and "xếp loại" not in low_sent
    ):
        return out
    rest_list = "còn lại" in low_sent
    for k, total in enumerate(sent_figs):
        if not (total.exact_count or total.exact or _rounded_total(total)) or k + 1 >= len(
            sent_figs
        ):
            continue
        if _left_out(ctx, s, total) or _head_bracket_item(ctx, s, total, sent_figs[k + 1 :]):
            continue  # "405 đồng chí (miễn đánh giá 7 đồng chí), trong đó: …": not the list's total
        # the first later count that this total covers, with no ";" in between
        first = None
        for g in sent_figs[k + 1 : k + 4]:
            if g.type == "quantity" and _covers_part(total, g) and not _left_out(ctx, s, g):
                first = g
                break
        if first is None:
            continue
        between = text[total.end : first.start]
        if _CLOSES_FIRST.match(between) and _VS_BRACKET.search(
            ctx.lower_slice(max(s, total.start - 60), total.start)
        ):
            # "vận động được 68,42 tỷ đồng, tăng 12,6% so với năm 2023 (60,76 tỷ đồng), gồm: …":
            # the list is of the level now, not of the earlier one in brackets
            level = _level_compared(ctx, sent_figs[:k], total)
            if level is None:
                continue
        else:
            level = None
        if ";" in between and rest_list and _SEMI_THEN.match(between):
            # "Tổng kinh phí … là 40 tỷ đồng; tỉnh hỗ trợ 25 tỷ đồng, còn lại 15 tỷ đồng …": a
            # total named by "tổng", then a list closed by its "còn lại" item (exhaustive)
            if _NAMED_TOTAL.search(_YEAR_NUM.sub("", text[s : total.start].lower())):
                begin = total.end + between.index(";") + 1
                parts, closed = _walk_closed(ctx, begin, e, total, False)
                if closed:
                    region = text[begin : min(e, parts[-1].end + 40)]
                    span = ctx.clause(total.start, parts[-1].end)
                    out.append(_emit(ctx, total, parts, "closed", span, region))
            continue
        if ";" in between and (go := _GRADED_OPEN.match(between.lower())) is not None:
            # "N X thuộc diện đánh giá, xếp loại (…); kết quả: <grade> a, <grade> b, …"
            begin = total.end + go.end()
            parts = _walk(ctx, begin, e, total, True)
            if len(parts) >= 2 and vocab.GRADING.search(text[begin : parts[-1].end].lower()):
                full = _full_scale(ctx, begin, e, parts)
                span = ctx.clause(total.start, parts[-1].end)
                out.append(_emit(ctx, total, parts, "closed" if full else "weak", span, ""))
            continue
        # "186 cán bộ, viên chức và người lao động; trong đó có 41 bác sĩ, …": a list after ";"
        # is taken only when its last item names the others (below)
        need_others = bool(_SEMI_WITHIN.match(between.lower()))
        # "560,5 tấn gạo …; gồm gạo dự trữ quốc gia 420 tấn, …", "65,3 tỷ đồng; nguồn: Trung ương
        # 35 tỷ đồng, …": a strong marker right after the ";" opens the total's own list
        # (not a change, "tăng 74 ha so với cùng kỳ; trong đó: lúa …", nor an earlier level in
        # brackets, "(162,7 tỷ đồng); cụ thể: …": the list is of the count said before them)
        semi_mark = (
            bool(_SEMI_MARK.match(between.lower()))
            and ")" not in between
            and not _CHANGE_BEFORE.search(ctx.before_low(total, 50))
        )
        if (";" in between and not need_others and not semi_mark) or len(between) > 90:
            continue
        low = between.lower()
        mk = (
            vocab.BREAKDOWN_STRONG.search(low)
            or _SPLIT_INTO.search(low)
            or _AS_FOLLOWS.search(low)
            or (_MAKEUP.match(low) if "cơ cấu" in low else None)
            or _SOURCES_COLON.search(low)
        )
        within = bool(
            _WITHIN_BEFORE.search(ctx.before_low(total, 20))
            and _WITHIN_GAP.match(_YEAR_NUM.sub("", low))
        )
        then = not within and bool(
            _TOTAL_BEFORE.search(ctx.before_low(total, 12)) and _THEN_GAP.match(low)
        )
        graded = not within and not then and bool(_GRADED_GAP.match(low))
        labelled = 0
        right = False
        if graded:
            within, strength = True, "weak"
        elif then:
            within, strength = True, "soft"  # the clauses may be subsets: a sum is told only
        elif within:  # "trong 30 tổ chức … có 7 tổ chức …, 19 tổ chức …": graded lists partition
            # (only when every grade is named, see _full_scale below: the top grades alone
            # may stop short of the whole, an alarm only when they exceed it)
            strength = "weak"
        elif mk:
            strength = "strong"
        elif (lab := _COLON_LABEL.match(between)) and (
            _semicolon_next(ctx, first)
            # (grades with their shares may stop short of the whole: left to the graded lists)
            or (
                not vocab.GRADING.search(ctx.low, total.end, e)
                and _semicolon_next(ctx, first, True)
            )
        ):
            strength = "strong"  # "… đến từ: cán bộ, công chức 1.035 triệu đồng; doanh nghiệp …"
            labelled = total.end + lab.end("head")
        elif _COLON_AFTER.match(between) or between.strip() == ":":
            strength = "strong"
        elif (lab := _COLON_RIGHT.match(between)) is not None and not vocab.GRADING.search(
            ctx.low, total.end, e
        ):  # (grades may stop short of the whole: left to the graded lists below)
            strength = "strong"  # "việc làm cho 2.745 lao động: làm việc tại các doanh nghiệp, …"
            labelled = total.end + lab.end("head")
            right = True
        elif _COLON_OWNER.match(between):
            # grades may stop short of the whole: an alarm only when they exceed it
            graded_list = vocab.GRADING.search(text[first.start : e].lower())
            strength = "weak" if graded_list else "strong"
            labelled = total.end + between.index(":") + 1
        elif _COLON_GRADE.match(between) and vocab.GRADING.search(low):
            strength = "weak"  # the grades may stop short: an alarm only when they exceed
            labelled = total.end + between.index(":") + 1  # the first grade names its item
        elif vocab.BREAKDOWN_WEAK.search(low):
            strength = "weak"
        else:
            continue
        mark = (
            None
            if within or labelled
            else (
                vocab.BREAKDOWN_STRONG.search(low)
                or _SPLIT_INTO.search(low)
                or _AS_FOLLOWS.search(low)
                or (_MAKEUP.match(low) if "cơ cấu" in low else None)
                or _SOURCES_COLON.search(low)
                or vocab.BREAKDOWN_WEAK.search(low)
            )
        )
        begin = (
            first.start
            if within
            else labelled
            if labelled
            else total.end + (mark.end() if mark else len(between) - len(between.lstrip(" :")))
        )
        # a list opened by a colon may separate its items with ";" ("trong đó: vốn ngân sách
        # 61,2 tỷ đồng; vốn tín dụng 74,5 tỷ đồng; …")
        colon = not within and ":" in text[total.end : begin]
        # ages that label the items ("dưới 35 tuổi có 84 người, …") are no parts of a count
        ages = _is_age if total.unit.key != "tuổi" else None
        parts, closed = _walk_closed(ctx, begin, e, total, colon, bool(labelled), skip=ages)
        if strength == "weak" and not (colon or within or closed):
            # items whose shares end before ";": "trong đó vốn nhà nước 1.150 tỷ đồng, chiếm 46%;
            # vốn ngoài nhà nước 1.350 tỷ đồng, chiếm 54%" (taken when they name a closed set)
            longer = _walk(ctx, begin, e, total, True)
            if (
                len(longer) > len(parts)
                and all(
                    _SHARE_SEMI.search(ctx.gap(a, b))
                    for a, b in zip(longer, longer[1:], strict=False)
                    if ";" in ctx.gap(a, b)
                )
                and (_closed_kinds(ctx, total, begin, longer) or _complete_pair(ctx, total, longer))
            ):
                parts = longer
        if right:
            # every item may carry a long label like the first; the list must run to its end
            parts = _walk(ctx, begin, e, total, True, long_first=True, long_all=True)
            after = ctx.figs_from(parts[-1].end, e) if parts else []
            if any(g.type == "quantity" and _covers_part(total, g) for g in after):
                continue
            if _OVERLAP_SIGN.search(text[begin:e].lower()):
                strength = "soft"  # see _OVERLAP_SIGN: a fit is told, a miss is no proof
        if strength == "strong" and not (colon or within or labelled or closed):
            # "gồm 32,7 km đường trục xã, liên xã; 41,5 km đường trục thôn và 14,2 km …": items
            # that open with their count, set apart by ";" and closed by "và"
            longer = _walk(ctx, begin, e, total, True)
            if len(longer) > len(parts) and _semicolon_list(ctx, begin, total, parts, longer):
                parts = longer
        if (
            strength == "weak"
            and len(parts) >= 3
            and _AND.search(ctx.gap(parts[-2], parts[-1]))
            and _OTHERS_AFTER.match(ctx.low, parts[-1].end, e)
        ):
            # "trong đó có 41 bác sĩ, 68 điều dưỡng, 22 dược sĩ và 23 người làm công tác khác":
            # the last item holds all the others, so the list is the whole
            strength = "strong"
        elif need_others and not _closed_kinds(ctx, total, begin, parts):
            continue  # ("56 giáo viên, nhân viên; trong đó 46 giáo viên, 8 nhân viên": a union)
        if within and not closed:
            # the grades of a graded body may be set apart by ";": "trong 30 chi bộ có 6 chi bộ
            # hoàn thành xuất sắc nhiệm vụ; 20 chi bộ hoàn thành tốt nhiệm vụ; …"
            longer = _walk(ctx, begin, e, total, True)
            if len(longer) > len(parts) and _levels(ctx, begin, e, longer):
                parts = longer
            if _full_scale(ctx, begin, e, parts):
                closed = True
        elif (
            strength == "weak"
            and parts
            and (
                _full_scale(ctx, begin, e, parts)
                # (not a count in brackets before the list: "229 đảng viên được đánh giá (17 đồng
                # chí được miễn …), trong đó …" grades the 229)
                or not _bracketed_before_list(ctx, total, parts)
                and _full_scale(ctx, begin, e, longer := _walk(ctx, begin, e, total, True))
            )
        ):
            if not _full_scale(ctx, begin, e, parts):
                parts = longer  # "trong đó hoàn thành xuất sắc nhiệm vụ 12 tổ chức; … 41 …; …"
            # "… của 46 tổ chức cơ sở đảng: hoàn thành xuất sắc nhiệm vụ 9 tổ chức, hoàn thành
            # tốt nhiệm vụ 31 …, hoàn thành nhiệm vụ 4 …, không hoàn thành nhiệm vụ 1 …": every
            # grade once, after an owner's colon as after "trong": the whole of the graded
            closed = True
        if len(parts) < 2:
            continue
        if closed and strength != "soft":
            strength = "closed"
        sides = strength == "weak" and _complementary(ctx, parts, e, total)
        if sides:
            strength = "closed"  # "26 đồng chí tái cử và 9 đồng chí lần đầu tham gia": the whole
        total = _plan_owner(ctx, total) if level is None else level
        if strength in ("weak", "strong") and "person" in total.unit.fams:
            forms = _forms(ctx, begin, e, parts)
            more = any(
                g.start > parts[-1].end and g.type == "quantity" and "person" in g.unit.fams
                for g in sent_figs
            )  # "…, khai trừ 12 đồng chí; 3 đảng viên bị xóa tên": the list may go on
            if len(forms) == 4 and not more:
                strength = "closed"  # every form once: the whole of the disciplined
            elif forms and strength == "weak":
                strength = "partition"
        if strength == "weak" and len(parts) == 3:
            # "… 1.148 cuộc kiểm tra, trong đó cấp tỉnh 12, cấp huyện 164, cấp cơ sở 962" under
            # "các cấp": the levels of administration close the list (see _all_levels)
            labels = [_LEAD_MARK.sub("", x.strip()) for x in _item_labels(ctx, total, parts)]
            if _all_levels(
                ctx, total, [(p.start, p.end, x) for p, x in zip(parts, labels, strict=True)]
            ):
                strength = "closed"
        if strength in ("weak", "strong", "partition") and _age_bands(ctx, begin, parts):
            # "dưới 35 tuổi có 84 người, từ 35 đến 50 tuổi có 163, trên 50 tuổi có 56": bands
            # that cover every age once split the whole (unless another count of the people
            # follows in the sentence: the list may go on)
            if not any(
                g.start > parts[-1].end and g.type == "quantity" and not _is_age(g)
                for g in sent_figs
            ):  # (the last band's own bound, "trên 50 tuổi", is no other count)
                strength = "closed"
        # "Trong 74 thôn đã sáp nhập, vùng đồng bằng có 39, vùng bán sơn địa 21": the first label
        # stands after the total's own words, from the last comma before the first item
        label_at = begin
        if within and begin == first.start:
            cut = max(between.rfind(","), between.rfind(":"))
            label_at = total.end + cut + 1 if cut >= 0 else begin
        if strength == "weak" and _parallel_labels(ctx, label_at, parts):
            strength = "partition"
        scale = not sides and _one_scale(ctx, begin, e, parts)
        if scale and strength == "weak":
            strength = "partition"  # the items may stop short, never overlap: over is an error
        # the two sides of one split cannot overlap ("mới" names a side here, not an attribute),
        # nor can the values of one scale ("dân tộc", "trình độ" name the scale, not a subset)
        kinds = _closed_kinds(ctx, total, begin, parts) if strength in ("weak", "partition") else ""
        if kinds:
            strength = kinds  # the items name every member of a closed set: the whole
        elif strength == "partition" and _nested_sources(ctx, total, begin, parts):
            strength = "weak"  # "ngân sách nhà nước 8.640, ngân sách Trung ương 7.200": nested
        # (the kinds of a closed set are no overlapping attributes: "hộ nghèo, hộ cận nghèo")
        plain = sides or scale or kinds == "closed"
        region = "" if plain else text[begin : min(e, parts[-1].end + 40)]
        span = ctx.clause(total.start, parts[-1].end)
        left = [
            g for g in sent_figs[k + 1 : k + 4] if g.end <= first.start and _left_out(ctx, s, g)
        ]
        if (
            left
            and abs(sum(p.value for p in parts) - total.value - sum(g.value for g in left)) < 1e-9
        ):  # type: ignore[misc, operator]
            continue  # "203 đồng chí (không tính 11 …), gồm 198 chính thức và 16 dự bị": the list
            # is of the count and what the bracket left out (white-box review 60)
        rest = _numbered_rest(ctx, total, parts)
        if rest is not None and strength != "soft":
            # "Trong 21 xã, có 11 xã …, 6 xã …, số còn lại 5 xã …": the rest, numbered, closes
            # the list (the rest reading then leaves it to this row: no 11 - 6 = 5 pairing)
            parts, strength, region = [*parts, rest], "closed", ""
            span = ctx.clause(total.start, rest.end)
        out.append(_emit(ctx, total, parts, strength, span, region))
    return out


# (the last item's label may hold a figure of its own: "6 xã đạt từ 15 đến 18 tiêu chí, số còn lại")
# ("số còn lại có 2 xã …" names some of the rest, not all of it: no "có" — review 36c)
_REST_ITEM = re.compile(r"[^;.()]{0,60}?[,;]\s*(?:và\s+)?(?:số\s+)?còn lại(?:\s+là)?\s*$")


def _numbered_rest(ctx: Context, total: Fig, parts: list[Fig]) -> Fig | None:
    """The next count of the total's unit after a list's last item, when the words before it
    say it is the rest ("…, số còn lại 5 xã"); None when there is none."""
    nxt = ctx.next_in_sent(parts[-1])
    while nxt is not None and not _covers_part(total, nxt):
        nxt = ctx.next_in_sent(nxt)  # (a figure of the last item's label)
    if nxt is None or not nxt.exact_count or nxt.qual != "exact":
        return None
    if not _REST_ITEM.fullmatch(ctx.lower_slice(parts[-1].end, nxt.start)):
        return None
    t = total.value
    if t is None or sum(p.value for p in parts) >= t:  # type: ignore[misc]
        return None  # the items already make the total: the "rest" cuts across them (review 36c)
    if any(abs(t - p.value - nxt.value) < 1e-9 for p in parts):  # type: ignore[operator]
        return None  # "46 … tốt trở lên 40 …, còn lại 6": the rest of one item, a cumulative one
    return nxt


# -- items that are values of one closed scale: each person, household or body has one people,
# one highest schooling, one level of political theory, so such items never overlap (the words
# "dân tộc", "trình độ", "lý luận chính trị" that ``vocab.OVERLAP_WORDS`` reads as attributes name
# the scale here). Every item must name its own values (a label before or after its count, "cao
# đẳng và trung cấp 107 người" names two), all of one scale, none twice; "… khác" may close the
# list. A cumulative value ("đại học trở lên") or "dân tộc thiểu số" (which holds the named
# minorities) makes the items nest: no scale.
#
# | items                                                              | scale      |
# |--------------------------------------------------------------------|------------|
# | Kinh 2.150 người, Tày 3.870 người, Dao 2.160 người, dân tộc khác 460 | peoples    |
# | 905 hộ người Mông và 507 hộ người Thái                             | peoples    |
# | 64 đồng chí cao cấp, 97 đồng chí trung cấp và 25 đồng chí sơ cấp   | theory     |
# | thạc sĩ 18 người, đại học 497 người, cao đẳng và trung cấp 97 người | schooling  |
# | 198 người đại học trở lên, 42 người thạc sĩ, 30 người cao đẳng     | none       |
# | đại học 120 người, cao cấp lý luận 40 người                        | none (two) |
# | 17 người có trình độ đại học, 9 người … trung cấp lý luận chính trị | none (two) |
# | 612 hộ người Dao, 423 hộ dân tộc thiểu số                          | none       |
_PEOPLE_NAMES = (
    r"kinh|tày|thái|mường|khmer|khơ me|hoa|nùng|h'mông|hmông|mông|dao|gia rai|ê đê|ba na|xơ đăng|"
    r"sán chay|cơ ho|chăm|sán dìu|hrê|ra glai|m'nông|mnông|thổ|xtiêng|khơ mú|cơ tu|giáy|tà ôi|"
    r"giẻ triêng|chơ ro|xinh mun|hà nhì|chu ru|lào|la chí|kháng|phù lá|la hủ|la ha|pà thẻn|lự|"
    r"lô lô|mảng|cơ lao|bố y|cống|si la|pu péo|brâu|ơ đu|bru - vân kiều|vân kiều|pa cô"
)
_SCALE_VALUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # a people after "người"/"dân tộc"/"đồng bào", or opening its item ("Tày 3.870 người")
    (
        "peoples",
        re.compile(rf"(?:\b(?:người|dân tộc|đồng bào)\s+|^\s*)(?P<v>{_PEOPLE_NAMES})(?![\w'])"),
    ),
    # ("trung cấp lý luận chính trị" is a level of theory, not of schooling: review 22rb)
    (
        "schooling",
        re.compile(
            r"\b(?P<v>tiến sĩ|thạc sĩ|đại học|cao đẳng|trung cấp|sơ cấp)\b"
            r"(?!\s+(?:lý luận|chính trị))"
        ),
    ),
    ("theory", re.compile(r"\b(?P<v>cử nhân|cao cấp|trung cấp|sơ cấp)\b")),
    # the levels of general schooling: each pupil, class or school is of one (battery d38:
    # "21.436 học sinh, trong đó mầm non 5.812 em, tiểu học 8.245 em, …"); a school spanning
    # two levels names both in one item
    (
        "school levels",
        re.compile(
            r"\b(?P<v>mầm non|mẫu giáo|nhà trẻ|tiểu học|trung học cơ sở|trung học phổ thông|thcs"
            r"|thpt)\b"
        ),
    ),
)
# (review 38b) the levels of schooling split the whole only as plain stocks: not changes ("mầm
# non tăng 420"), not where the text counts one school or pupil at two levels, nor under a total
# that names a level itself ("15.420 học sinh phổ thông, trong đó …, mầm non …")
_SCHOOL_NOT_SPLIT = re.compile(r"\b(?:tăng|giảm|liên cấp|ghép|chuyển|cả hai|tính cả|đồng thời)\b")
_SCHOOL_LEVEL = re.compile(r"\b(?:phổ thông|tiểu học|trung học|mầm non|mẫu giáo|thcs|thpt)\b")
_SCALE_NEST = re.compile(r"\b(?:trở lên|trở xuống|thiểu số|trên|dưới|chưa qua|tương đương)\b")
_SCALE_REST = re.compile(r"\bkhác\b")
_SCALE_SPLIT = re.compile(r"[,;:]|(?<!\S)và(?!\S)")


def _one_scale(ctx: Context, begin: int, e: int, parts: list[Fig]) -> bool:
    """Are the items (from ``begin``) values of one closed scale, each named once (table above)?"""
    if len(parts) < 2:
        return False
    stop = _SCALE_SPLIT.search(ctx.low, parts[-1].end, e)
    region_end = stop.start() if stop else e
    # segments between separators; a segment with no count joins the next one ("cao đẳng và
    # trung cấp 107 người"), the words after the last count close its segment
    segs: list[str] = []
    pending = ""
    pos = begin
    k = 0
    for cut in [*_SCALE_SPLIT.finditer(ctx.low, begin, region_end), None]:
        end = cut.start() if cut is not None else region_end
        seg = ctx.low[pos:end]
        holds = k < len(parts) and parts[k].start >= pos and parts[k].end <= end
        if holds:
            segs.append(pending + " " + seg)
            pending = ""
            k += 1
            if k < len(parts) and parts[k].start < end:
                return False  # two counts in one segment: no list of single items
        else:
            if k >= len(parts):
                break
            pending += " " + seg
        if cut is None:
            break
        pos = cut.end()
    if k != len(parts):
        return False
    ss, se = ctx.sentence_span(parts[0].sent)
    school_bad = _SCHOOL_NOT_SPLIT.search(ctx.low, begin, se) or _SCHOOL_LEVEL.search(
        ctx.low, ss, begin
    )
    for _name, values in _SCALE_VALUES:
        if _name == "school levels" and school_bad:
            continue  # changes, schools or pupils counted at two levels, a level on the total
        seen: set[str] = set()
        ok = True
        for i, seg in enumerate(segs):
            if _SCALE_NEST.search(seg):
                return False
            named = {m.group("v") for m in values.finditer(seg.strip())}
            if not named and i == len(segs) - 1 and _SCALE_REST.search(seg):
                continue  # "… các dân tộc khác": the rest
            if not named or named & seen:
                ok = False
                break
            seen |= named
        # no value of another scale that this one lacks ("trung cấp" is of both)
        if ok and not any(
            {m.group("v") for m in other.finditer(seg.strip())}
            - {m.group("v") for m in values.finditer(seg.strip())}
            for n, other in _SCALE_VALUES
            if n != _name
            for seg in segs
        ):
            return True
    return False


# -- two items that name the two sides of one split, so together they are the whole: "37 đồng
# chí, trong đó 26 đồng chí tái cử và 9 đồng chí lần đầu tham gia cấp ủy"; "40 đảng viên, trong
# đó 32 đảng viên chính thức và 8 đảng viên dự bị". Exactly two items joined by "và", each label
# right after its count (a few words), one side each, and nothing else counted in the clause.
_SIDES = (
    (re.compile(r"tái cử\b"), re.compile(r"(?:lần đầu|mới)\s+(?:tham gia|được bầu|trúng cử)")),
    (re.compile(r"chính thức\b"), re.compile(r"dự bị\b")),
)


# -- signs that the items of a list may overlap or nest, so that their sum need not be the whole:
# a part of an item ("riêng tại các khu công nghiệp 756 người", "(trong đó có 8 trường liên
# cấp)"), conditions one household can have at once ("khuyết tật", "già cả neo đơn", "ốm đau"),
# kinds of support one worker can get at once ("vay vốn", "đào tạo nghề", "tư vấn").
_OVERLAP_SIGN = re.compile(
    r"\b(?:riêng|trong đó|trong số đó|liên cấp|đồng thời|vừa là|khuyết tật|neo đơn|ốm đau|"
    r"bệnh|già cả|đông con|nguyên nhân|thiếu (?:vốn|đất|lao động|kinh nghiệm|việc làm)|"
    r"không có (?:lao động|đất|việc làm)|vay vốn|tư vấn|tập huấn|giới thiệu việc làm|"
    r"đào tạo nghề)\b"
)


# after the two sides: a third group ("; 2 đồng chí còn lại …", "2 đồng chí được chỉ định bổ
# sung"), or any other count that is not an attribute across the sides ("; có 8 đồng chí nữ")
_THIRD_GROUP = re.compile(
    r"còn lại|bổ sung|chỉ định|\bkhác\b|\d+(?![\d.,]*\s+(?:đồng chí|người|cán bộ)?\s*"
    r"(?:nữ|trẻ|là người dân tộc|dân tộc|dưới \d+ tuổi)\b)"
)


def _complementary(ctx: Context, parts: list[Fig], limit: int, total: Fig) -> bool:
    if len(parts) != 2:
        return False
    a, b = parts
    gap = ctx.gap(a, b)
    cut = gap.lower().rfind(" và ")
    if cut < 0 or any(c in gap for c in ",;:()"):
        return False
    first = gap[:cut].lower()
    tail = ctx.low[b.end : limit]
    stop = re.search(r"[,;:.()]|\bvà\b", tail)
    second = tail[: stop.start()] if stop else tail
    if (
        stop is not None
        and stop.group() == ","
        and re.match(r"\s*(?:\D{0,20}?)\d", tail[stop.end() :])
    ):
        return False  # the list goes on: "…, 2 đồng chí được chỉ định"
    if stop is not None and stop.group() == "và":
        return False
    # anything counted after the pair in its sentence may be a third group ("; 2 đồng chí còn
    # lại …", "2 đồng chí được chỉ định bổ sung"): the two sides no longer make the whole
    s, e = ctx.sentence_span(b.sent)
    if _THIRD_GROUP.search(ctx.low[b.end : e]):
        return False
    ns, ne = ctx.sentence_span(b.sent + 1)
    if b.sent + 1 < len(ctx.sentences) and re.match(
        r"\s*(?:ngoài ra|bên cạnh đó|ngoài số (?:này|trên)|còn lại)\b[^.]*\d", ctx.low[ns:ne]
    ):
        return False  # "… Ngoài ra, 2 đồng chí được chỉ định bổ sung.": a third group
    for k, (one, other) in enumerate(_SIDES):
        if k == 1 and total.unit.key != "đảng viên":
            continue  # "320 cán bộ, đảng viên tham dự": not all are members, chính thức or dự bị
        if (one.search(first) and other.search(second) and not other.search(first)) or (
            other.search(first) and one.search(second) and not one.search(first)
        ):
            if one.search(second) and other.search(second):
                return False
            # a side narrowed by an attribute ("… dự bị là đoàn viên", "chính thức là nữ") is a
            # subset of that side: the two items no longer make the whole
            bare = [one.sub(" ", other.sub(" ", lab)) for lab in (first, second)]
            return all(
                len(lab.split()) <= 8 and not _SIDE_NARROWED.search(lab) and not _overlapping(lab)
                for lab in bare
            )
    return False


_SIDE_NARROWED = re.compile(r"\b(?:là|của|thuộc|ở|tại|trong|có|người|nam)\b")


# the last item of a list named as "the others": "23 người làm công tác khác", "6 người là quần
# chúng ưu tú ở các tổ chức khác" (up to the end of its clause)
# (the first item's label may stand before its count: "…; trong đó ngân sách Trung ương 850 …")
# an item's share closes it before ";", and the next item's label follows (no "cụ thể:" that
# opens a list of the item before: "4.128 đảng viên …, chiếm 30,0%; cụ thể: người Jrai …")
_SHARE_SEMI = re.compile(r"\d\s*%\s*\)?\s*;[^:]*$")
_SEMI_WITHIN = re.compile(r"^[^\d;]{0,40};\s*trong đó(?:\s+có)?(?:\s+[^\W\d][^\d;:()]{0,45})?\s*$")
_OTHERS_AFTER = re.compile(r"\s*[^\W\d][^\d,;.()]{0,45}?\bkhác\s*(?:[.;]|$)")


def _semicolon_list(
    ctx: Context, begin: int, total: Fig, short: list[Fig], longer: list[Fig]
) -> bool:
    """Do the items of ``longer`` each open with their own count (no label before it), every
    gap but the last holding ";" and no "và", the last "và" and no ";"? The comma list before
    the first ";" must not already make the total (then what follows is another statement)."""
    if total.value is not None and short:
        if abs(sum(p.value for p in short) - total.value) <= tolerance([total, *short]):  # type: ignore[misc]
            return False
    if ctx.low[begin : longer[0].start].strip(" :"):
        return False
    gaps = [ctx.low[a.end : b.start] for a, b in zip(longer, longer[1:], strict=False)]
    for k, g in enumerate(gaps):
        last = k == len(gaps) - 1
        if last != bool(_AND.search(g)) or last == (";" in g):
            return False
        if re.split(r",|;|\bvà\b", g)[-1].strip():
            return False  # a label before the count: not an item that opens with it
    return all(p.unit.key for p in longer)


def _semicolon_next(ctx: Context, first: Fig, past_share: bool = False) -> bool:
    """Is the item after ``first`` separated from it by ";" (a list of labelled items)?"""
    nxt = ctx.next_in_sent(first)
    while past_share and nxt is not None and nxt.type == "percent":
        # the item's own share between: "… 18.600 người (46,5%); công nghiệp, xây dựng …"
        nxt = ctx.next_in_sent(nxt)
    return nxt is not None and ";" in ctx.gap(first, nxt) and "." not in ctx.gap(first, nxt)


def _footnote(ctx: Context, f: Fig) -> Check | None:
    """ "13 đảng bộ trực thuộc Tỉnh ủy(1)" + "(1) Có 09 đảng bộ cấp huyện; 04 đảng bộ …" """
    if ctx.text.find("(", f.end, f.end + 60) < 0 or not ctx.has_footnotes():
        return None  # no marker after it, or no footnote to read
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


def _split_runs(sent_figs: list[Fig], joined: Callable[[Fig, Fig], bool]) -> list[list[Fig]]:
    """Runs of >= 2 exact counts with a unit, each joined to the one before by ``joined``."""
    runs: list[list[Fig]] = []
    cur: list[Fig] = []
    for g in sent_figs:
        if g.exact_count and g.unit.head:
            if cur and joined(cur[-1], g):
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


def _runs(ctx: Context, sent_figs: list[Fig]) -> list[list[Fig]]:
    """Runs joined only by separators: "115 xã, 9 phường và 5 thị trấn"."""
    return _split_runs(sent_figs, lambda a, b: bool(vocab.SEPARATOR_GAP.match(ctx.gap(a, b))))


def _graded_runs(ctx: Context, sent_figs: list[Fig]) -> list[list[Fig]]:
    """ "23 chi bộ đạt TSVM, 1 chi bộ hoàn thành nhiệm vụ, không có chi bộ yếu kém" """

    def graded(a: Fig, b: Fig) -> bool:
        if a.unit.head != b.unit.head:
            return False
        gap = ctx.gap(a, b)
        return (
            gap.count(",") == 1
            and ";" not in gap
            and len(gap) < 45
            and bool(vocab.GRADING.search(gap.lower()))
        )

    return _split_runs(sent_figs, graded)


# Every match of ``vocab.GRADING`` holds one of these words.
_GRADING_WORDS = (
    "xếp loại",
    "đánh giá",
    "phân loại",
    "htxsnv",
    "httnv",
    "htnv",
    "tsvm",
    "trong sạch",
    "hoàn thành",
    "yếu kém",
    "vi phạm tư cách",
)


def _grading_in(ctx: Context) -> bool:
    """Can ``vocab.GRADING`` match anywhere in the document? (a plain substring test)"""
    got = ctx.memo.get("part_whole.grading")
    if got is None:
        low = ctx.low
        got = ctx.memo["part_whole.grading"] = any(w in low for w in _GRADING_WORDS)
    return got  # type: ignore[return-value]


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
    # a run only speaks against a composite total, a graded run only with a grading word
    graded_ok = bool(by_head) and _grading_in(ctx)
    for sent_figs in ctx.by_sent.values():
        if len(sent_figs) < 2:
            continue
        for run in _runs(ctx, sent_figs) if composite else ():
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
        for run in _graded_runs(ctx, sent_figs) if graded_ok else ():
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
    for r in ctx.earlier_typed("ratio", f, 60):  # (the others fail the type test below)
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


def _joins(total: Fig, part: Fig) -> bool:
    """Can ``part`` add to ``total``: one covers the other, or both count "lượt" (attendances)."""
    if covers(total.unit, part.unit) or covers(part.unit, total.unit):
        return True
    return total.unit.key.split(" ")[0] == "lượt" == part.unit.key.split(" ")[0]


def _running_total(ctx: Context, added: Fig) -> Check | None:
    """ "kết nạp thêm 1.852 đảng viên, nâng tổng số … lên 3.958 đồng chí": the total before the
    addition (3958 - 1852 = 2106) must be a count stated earlier (consistent only)."""
    total = ctx.next_in_sent(added)
    if (
        total is None
        or not total.exact_count
        or not _RAISED_GAP.match(ctx.gap(added, total).lower())
    ):
        return None
    # "thêm 1.852 …" names the addition; without it ("mở 286 hội nghị với 21.430 lượt người nghe,
    # nâng tổng số … lên 22.695 lượt") the earlier count must be in the same sentence
    near = not _ADDED_BEFORE.search(ctx.before_low(added, 15))
    if not _joins(total, added):
        return None
    prior = total.value - added.value  # type: ignore[operator]
    for g in ctx.earlier(added, 80):
        if near and g.sent != added.sent:
            break
        if g.exact_count and g.value == prior and _joins(total, g):
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
    hit = _STATE_BEFORE.search(ctx.before_low(c, 140))
    if hit:
        return norm_descriptor(hit.group(1))
    return descriptor(ctx, c)


# "35 thôn chưa có chi bộ nhưng đã có đảng viên", "12 thôn chưa có chi bộ riêng phải sinh hoạt
# ghép": a qualified lack names a subset, not every unit still lacking.
_LACK_QUALIFIED = re.compile(
    r"\s*(?:riêng|nhưng|mà|song|tuy|đã|vẫn|phải|độc lập|chính thức)(?![^\W\d])"
)


_WITHIN_THAT = re.compile(r"\btrong (?:số )?đó\b")


def _qualified_lack(ctx: Context, r: Fig, c: Fig, what: str) -> bool:
    """Is the count ``c`` of units lacking ``what`` qualified (a subset of them), or a subset
    ("trong đó", "riêng") of the ones the fraction ``r`` counts?"""
    if c.start > r.end and _WITHIN_THAT.search(ctx.lower_slice(r.end, c.start)):
        return True
    zone = ctx.after_low(c, 80)
    at = zone.find(_LACK + what)
    return at >= 0 and bool(_LACK_QUALIFIED.match(zone, at + len(_LACK + what)))


def _complement(ctx: Context, r: Fig) -> Check | None:
    """ "1.150/1.200 thôn đã có chi bộ" with "số thôn chưa có chi bộ … còn 50 thôn" next to it:
    1200 - 1150 = 50 (the ones still lacking)."""
    n, den = r.m.get("numerator"), r.m.get("denominator")
    if not isinstance(n, int | float) or not isinstance(den, int | float) or not 0 < n < den:
        return None
    have = _HAVE_AFTER.match(ctx.after_low(r, 60))
    if not have or not r.unit.fams:
        return None
    what = unit_info(have.group(1)).head
    if what is None:
        return None
    rest = den - n
    for c in ctx.figs[max(0, r.i - 8) : r.i + 8]:
        if c is r or not c.exact_count or abs(c.sent - r.sent) > 1 or not c.unit.fams & r.unit.fams:
            continue
        if _YEAR_PAREN.match(ctx.after(c, 20)) or vocab.CHANGE_FROM.search(ctx.before_low(c, 8)):
            continue  # a start value "từ 31 (năm 2015)": another moment
        if _LACK + what not in _lacking_subject(ctx, c):
            continue
        if _qualified_lack(ctx, r, c, what):
            continue  # a subset of the ones lacking (or of the ones having): no complement
        if c.value == rest:
            verdict = "consistent"
        elif c.sent == r.sent and not vocab.TIME_MARK.search(
            _START_DATE.sub(" ", ctx.lower_slice(min(c.end, r.end), max(c.start, r.start)))
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


# The age band each item of a list names: "dưới 35", "từ 35 đến 50", "trên 50" / "từ 51 trở lên"
_AGE_BAND = re.compile(
    r"(?:(?P<under>dưới)\s+(?P<a>\d+)\s+tuổi"
    r"|từ\s+(?P<lo>\d+)\s*(?:đến|-|–)\s*(?:dưới\s+)?(?P<hi>\d+)\s+tuổi"
    r"|(?:(?P<over>trên)\s+(?P<b>\d+)\s+tuổi|từ\s+(?P<c>\d+)\s+tuổi\s+trở\s+lên))"
)


def _bands_before(ctx: Context, begin: int, parts: list[Fig]) -> list[re.Match[str]] | None:
    """One age band before each count: "dưới 35 tuổi có 84 người, từ 35 đến 50 tuổi có 163"."""
    bands = []
    lo = begin
    for p in parts:
        found = list(_AGE_BAND.finditer(ctx.low, lo, p.start))
        if len(found) != 1:
            return None
        bands.append(found[0])
        lo = p.end
    return bands


def _bands_after(ctx: Context, parts: list[Fig]) -> list[re.Match[str]] | None:
    """One age band right after each count, before the next separator: "298 đồng chí dưới 30
    tuổi, 96 đồng chí từ 30 đến 45 tuổi và 18 đồng chí trên 45 tuổi"."""
    bands = []
    for p in parts:
        tail = ctx.low[p.end : p.end + 40]
        stop = re.search(r"[,;.()]|(?<!\S)và(?!\S)", tail)
        own = tail[: stop.start()] if stop else tail
        found = list(_AGE_BAND.finditer(own))
        if len(found) != 1 or found[0].start() > 12:
            return None
        bands.append(found[0])
    return bands


def _age_bands(ctx: Context, begin: int, parts: list[Fig]) -> bool:
    """Do the items name age bands that cover every age, each once and in order ("dưới 35",
    "từ 35 đến 50", "trên 50")? Such a list is the whole of the people it splits."""
    bands = _bands_before(ctx, begin, parts) or _bands_after(ctx, parts)
    if bands is None:
        return False
    if len(bands) < 2 or not bands[0].group("under"):
        return False
    # the next band must start exactly where the last one ends: "dưới 35" then "từ 35";
    # "từ 35 đến 50" then "từ 51" or "trên 50" ("dưới 30" then "từ 31" leaves out 30)
    from_next = int(bands[0].group("a"))
    over_next = from_next - 1
    for m in bands[1:-1]:
        if m.group("lo") is None or int(m.group("lo")) != from_next:
            return False
        over_next = int(m.group("hi"))
        from_next = over_next + 1
    last = bands[-1]
    if last.group("b") is not None:
        return int(last.group("b")) == over_next
    return last.group("c") is not None and int(last.group("c")) == from_next


def run(ctx: Context) -> list[Check]:
    out: list[Check] = []
    raised = bool(_RAISED_ANY.search(ctx.text))
    for sent_figs in ctx.by_sent.values():
        if len(sent_figs) >= 3:
            out.extend(_marker(ctx, sent_figs))
    for f in ctx.figs:
        if f.exact_count or f.exact:
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
    out.extend(_bullets(ctx))
    out.extend(_tables(ctx))
    out.extend(_flat_tables(ctx))
    out.extend(_row_totals(ctx))
    out.extend(_negations(ctx))
    out.extend(_sums_after(ctx))
    out.extend(_structure(ctx))
    out.extend(_grade_shares(ctx))
    out.extend(_named_whole(ctx))
    out.extend(_headed_lists(ctx))
    out.extend(_labelled_after(ctx))
    out.extend(_named_within(ctx))
    out.extend(_bare_after_marker(ctx))
    out.extend(_bare_after_colon(ctx))
    out.extend(_bare_next_sentence(ctx))
    out.extend(_headed_grades(ctx))
    out.extend(_bare_sides(ctx))
    out.extend(_taken_at(ctx))
    out.extend(_within_next(ctx))
    out.extend(_year_lists(ctx))
    out.extend(_year_bracket(ctx))
    out.extend(_numerator_lists(ctx))
    out.extend(_numerator_sums(ctx, out))
    out.extend(_bare_bracket_sums(ctx))
    out.extend(_classified(ctx))
    out.extend(_by_dimension(ctx))
    out.extend(_bare_graded(ctx))
    out.extend(_rests(ctx))  # after the lists: a list's closing "còn lại" item is theirs
    out.extend(_target_rests(ctx))
    out.extend(_closed_bullets(ctx))
    out.extend(_far_rests(ctx, out))
    out.extend(_exempt_complements(ctx, out))
    out.extend(_ruling_splits(ctx, out))
    out.extend(_badge_lists(ctx))
    out.extend(_inspection_outcomes(ctx))
    out.extend(_level_lists(ctx))
    out.extend(_body_splits(ctx))
    out.extend(_outcome_rests(ctx))
    out.extend(_two_outcomes(ctx))
    out.extend(_has_and_not(ctx))
    out.extend(_sums_closing(ctx, out))
    out.extend(_pair_next(ctx))
    out.extend(_kind_lists(ctx, out))
    out.extend(_said_rests(ctx, out))
    out.extend(_counted_kinds(ctx, out))
    out.extend(_respective_counts(ctx, out))
    out.extend(_raised_far(ctx, out))
    out.extend(_footnote_sums(ctx, out))
    out.extend(_rest_part_wholes(ctx, out))
    out.extend(_paired_sums(ctx))
    out.extend(_negated_sides(ctx, out))
    out.extend(_good_up_sums(ctx, out))
    return out


# -- a classification of the count just stated: "… kết luận 40 đảng viên có vi phạm; phân theo
# nội dung vi phạm: tài chính 15 trường hợp; đất đai 18 trường hợp; …" or the same list as
# bullets under "…; chia theo lĩnh vực:". A classification is exhaustive (each case in one
# class): the total is the nearest count before the opener; when that count is itself an item
# of a list ("120 mô hình, gồm 30 … và 90 …; phân theo lĩnh vực:"), the list's total, and then
# only a fit is told. ----------------------------------------------------------------------------
_CLASSIFY = re.compile(
    r"(?<![^\s;,.])(?:phân|chia|xét)\s+theo\s+[^\d;:.()\n]{2,40}?(?:\s*[\[(][^\])\n]{0,80}[\])])?\s*:"
    # or closed by a comma before a short label and its number: "; phân theo cấp khen, cấp tỉnh 21 …"
    r"|(?<![^\s;,.])(?:phân|chia)\s+theo\s+[^\W\d]+(?:\s+[^\W\d]+){0,3}\s*,(?=(?:\s+[^\W\d]+){1,4}\s+\d)"
)
_LIST_OPENER_END = re.compile(
    r"(?:\bgồm|\bbao gồm|\btrong đó(?:\s+có)?|\(|:)\s*[^\W\d]*(?:\s+[^\W\d]+){0,4}\s*$"
)
_RUN_SEP = re.compile(r"^[^\d;.()]{0,45}(?:,|\bvà\b)[^\d;.()]{0,45}$")


_CLASSIFY_WORDS = ("phân", "chia", "xét")  # every _CLASSIFY match starts with one of them


def _finditer_at(pattern: re.Pattern[str], low: str, words: tuple[str, ...]) -> list[re.Match[str]]:
    """``list(pattern.finditer(low))`` for a pattern each of whose matches starts with one of
    ``words`` (and is never empty): the pattern is tried only where a word starts (found by
    str.find), not at every place of the document, in the same order and without overlaps."""
    starts: list[int] = []
    for w in words:
        at = low.find(w)
        while at >= 0:
            starts.append(at)
            at = low.find(w, at + 1)
    if not starts:
        return []
    starts.sort()
    out: list[re.Match[str]] = []
    pos = 0
    match = pattern.match
    for at in starts:
        if at < pos:
            continue
        hit = match(low, at)
        if hit is not None:
            out.append(hit)
            pos = hit.end()
    return out


# -- a total, then a sentence (or clause) that splits it along one closed dimension: "Đảng bộ có
# 11.426 đảng viên. Phân theo độ tuổi, dưới 30 tuổi 1.317 đồng chí, từ 30 đến 50 tuổi 5.862 đồng
# chí, trên 50 tuổi 4.274 đồng chí" (1.317 + 5.862 + 4.274 = 11.453 ≠ 11.426); "… 1.274 hộ nghèo.
# Xét theo thành phần dân tộc, hộ … dân tộc thiểu số có 986 hộ, hộ … người Kinh có 298 hộ". Age,
# sex and ethnicity leave nobody out, so a miss either way is told; other dimensions (fields,
# schooling) may list only some kinds and are not read here. The total is the nearest count of
# the items' kind before the opener, in its sentence or the one before; every item counts that
# kind; "trở lên" (overlapping bands) or a "trong đó" inside leaves it alone.
#   example (our own)                                                                 told
#   "… có 412 hội viên. Phân theo giới tính, nam 236 người, nữ 176 người."              consistent
#   "… có 412 hội viên. Phân theo giới tính, nam 236 người, nữ 186 người."              inconsistent
#   "… có 412 hội viên. Phân theo độ tuổi, từ 60 tuổi trở lên 236 người, …"              nothing
_DIMENSION = re.compile(
    r"(?:^|[.;:]\s+|\n)\W*(?:phân theo|chia theo|xét theo|theo|về)\s+(?:cơ cấu\s+)?"
    r"(?:độ tuổi|lứa tuổi|giới tính|(?:thành phần\s+)?dân tộc)\s*[,:]"
)
# what every match of _DIMENSION ends with: a text without it is not searched (the search tries
# every offset of the text)
_DIMENSION_END = re.compile(r"(?:tuổi|giới tính|dân tộc)\s*[,:]")


_DIM_SCOPE = re.compile(r"\b(?:tại|ở|của|thuộc)\s+(?:các\s+)?[^\W\d]")


def _dimension_closed(opener: str, region: str) -> bool:
    """Do the labels cover the dimension's two ends: "dưới … tuổi" and "trên … tuổi", "nam" and
    "nữ", "Kinh" and "thiểu số"/"khác"?"""
    if "tuổi" in opener:
        return bool(re.search(r"\bdưới\s+\d+", region)) and bool(re.search(r"\btrên\s+\d+", region))
    if "giới tính" in opener:
        return bool(re.search(r"\bnam\b", region)) and bool(re.search(r"\bnữ\b", region))
    return "kinh" in region and ("thiểu số" in region or "khác" in region)


def _by_dimension(ctx: Context) -> list[Check]:
    out: list[Check] = []
    low = ctx.low
    if "theo" not in low or not _DIMENSION_END.search(low):
        return out  # (no match of _DIMENSION can end without a match of _DIMENSION_END)
    for hit in _DIMENSION.finditer(low):
        si = ctx.sent_at(hit.end())
        s0, e0 = ctx.sentence_span(si)
        end = low.find(";", hit.end(), e0)
        end = e0 if end < 0 else end
        region = low[hit.end() : end]
        if "trở lên" in region or "trong đó" in region or "(" in region:
            continue
        items = [f for f in ctx.figs_from(hit.end(), end) if f.type == "quantity"]
        items = [
            f for f in items if f.unit.head not in vocab.TIME_UNITS and "tuổi" not in f.unit.key
        ]
        if len(items) < 2 or not all(f.exact_count and f.qual == "exact" for f in items):
            continue
        if not _dimension_closed(hit.group(0), region):
            continue  # "Xét theo dân tộc, người Dao 412 hộ, người Mông 386 hộ": some peoples only
        if _DIM_SCOPE.search(low, hit.end(), items[0].start):
            continue  # "đảng viên tại các chi bộ doanh nghiệp dưới 30 tuổi có 88 …": a subset's split
        cands = [
            g
            for g in reversed(ctx.figs[: items[0].i])
            if g.start < hit.start() and g.sent >= si - 1 and g.type == "quantity"
            and g.exact_count and g.qual == "exact"
            and all(kin(g.unit, f.unit) or _people_pair(g, f) for f in items)
        ]  # fmt: skip
        if not cands:
            continue
        summed = sum(f.value for f in items)  # type: ignore[misc]
        # two totals stated ("1.526 đồng chí (không tính 214 …); … là 1.740 đồng chí"): the one
        # the split adds up to is its whole
        total = next((g for g in cands if g.value == summed), cands[0])
        if total.value is None or total.value <= max(f.value for f in items):  # type: ignore[operator, type-var]
            continue
        if summed < 0.5 * total.value:  # type: ignore[operator]
            continue  # far under: the split of some part, not of this total
        # (the dimension's own values label the items: no overlap of kinds)
        named = _DIM_VALUES.sub(" ", ctx.text[hit.start() : end].lower())
        # the items restating the total's noun ("hộ nghèo là người Kinh có 298 hộ") name no kind
        noun = descriptor(ctx, total).lower()
        if noun:
            named = named.replace(noun, " ")
        out.append(_emit(ctx, total, items, "closed", (total.start, items[-1].end), named))
    return out


def _people_pair(g: Fig, f: Fig) -> bool:
    """Both count people ("đảng viên" / "đồng chí" / "người"; "hội viên", "đoàn viên")."""
    return _counts_people(g) and _counts_people(f)


def _counts_people(f: Fig) -> bool:
    g = f.unit.generic
    return "person" in f.unit.fams or (g is not None and g.endswith("viên"))


# the values of each dimension, which name the split's items and are no overlap there
_DIM_VALUES = re.compile(
    r"\b(?:(?:thành phần\s+)?dân tộc(?:\s+thiểu số)?|người kinh|giới tính|nam|nữ|độ tuổi|lứa tuổi"
    r"|(?:dưới|trên|từ)\s+\d+\s+(?:đến\s+\d+\s+)?tuổi|trẻ)\b"
)


def _classified_owner(ctx: Context, at: int, first: Fig) -> tuple[Fig, bool] | None:
    """The count a classification opened at ``at`` breaks down, and whether it is the nearest."""
    prev = [g for g in ctx.by_sent.get(first.sent, []) if g.end <= at and g.type != "percent"]
    if not prev:
        return None
    t = prev[-1]
    if not (t.exact_count or t.exact) or not _covers_part(t, first):
        return None
    k = len(prev) - 1
    while (
        k > 0
        and kin(prev[k - 1].unit, t.unit)
        and _RUN_SEP.match(ctx.gap(prev[k - 1], prev[k]))
        and not _LIST_OPENER_END.search(ctx.gap(prev[k - 1], prev[k]).lower())
    ):
        k -= 1
    if k == len(prev) - 1:
        return t, True
    if k == 0 or not _LIST_OPENER_END.search(ctx.gap(prev[k - 1], prev[k]).lower()):
        return None
    owner = prev[k - 1]
    if not (owner.exact_count or owner.exact) or not _covers_part(owner, first):
        return None
    return owner, False


def _classified(ctx: Context) -> list[Check]:
    out: list[Check] = []
    low = ctx.low
    if " theo " not in low or (
        "phân theo" not in low and "chia theo" not in low and "xét theo" not in low
    ):
        return out
    text = ctx.text
    for hit in _finditer_at(_CLASSIFY, low, _CLASSIFY_WORDS):
        colon = hit.end()
        eol = text.find("\n", colon)
        eol = len(text) if eol < 0 else eol
        bullets = not text[colon:eol].strip()
        if bullets:
            parts: list[Fig] = []
            pos = eol + 1
            while pos < len(text):
                le = text.find("\n", pos)
                le = len(text) if le < 0 else le
                line = text[pos:le]
                if not _BULLET.match(line):
                    break
                inside = [g for g in ctx.figs_from(pos, le) if g.type == "quantity"]
                if len(inside) != 1 or not (inside[0].exact_count or inside[0].exact):
                    parts = []
                    break
                parts.append(inside[0])
                pos = le + 1
            if len(parts) < 2:
                continue
            first = parts[0]
            got = _classified_owner(ctx, hit.start(), _as_sent(ctx, first, hit.start()))
            if got is None or not all(_covers_part(got[0], p) for p in parts):
                continue
        else:
            nxt = ctx.figs_from(colon, eol)
            if not nxt:
                continue
            got = _classified_owner(ctx, hit.start(), nxt[0])
            if got is None:
                continue
            _, e = ctx.sentence_span(nxt[0].sent)
            parts = _walk(ctx, colon, e, got[0], semicolons=True, words=True)
            if len(parts) < 2 or parts[0] is not nxt[0]:
                continue
        total, nearest = got
        region = text[colon : parts[-1].end]
        span = (ctx.clause(total.start)[0], parts[-1].end)
        strong = nearest and text[colon - 1] == ":"  # after a comma the list may be partial
        out.append(_emit(ctx, total, parts, "strong" if strong else "soft", span, region))
    return out


def _as_sent(ctx: Context, f: Fig, at: int) -> Fig:
    """``f`` seen from the sentence holding ``at`` (a bullet item under an opener line)."""
    sent = bisect_right(ctx._sent_starts, at) - 1 if ctx._sent_starts else 0
    if sent == f.sent:
        return f
    return replace(f, sent=sent)


# -- what is left to reach a plan: "kế hoạch năm 250 hộ; … đã hỗ trợ 190 hộ, đạt 76% kế hoạch …
# cần hỗ trợ thêm 60 hộ để hoàn thành kế hoạch": plan - done = the count still needed. The plan
# and the done part are found by search (a plan cue before the one, "đạt P% kế hoạch" after the
# other), so only a fit is told. --------------------------------------------------------------
_TO_FINISH = re.compile(
    r"[^.;]{0,70}?\bđể\s+(?:hoàn thành|đạt)\s+(?:được\s+)?(?:chỉ tiêu|kế hoạch|mục tiêu|dự toán)"
)
_DONE_OF_PLAN = re.compile(
    r"[^\d.;]{0,60}?\b(?:đạt|bằng)\s+(?:tỷ lệ\s+)?\d+(?:,\d+)?\s*%\s*(?:chỉ tiêu|kế hoạch|mục tiêu|dự toán)"
)


def _target_rests(ctx: Context) -> list[Check]:
    out: list[Check] = []
    low = ctx.low
    if "để hoàn thành" not in low and "để đạt" not in low:
        return out
    told = ctx.memo.get("part_whole.rest_fits", set())
    for c in ctx.figs:
        if (
            c.type != "quantity"
            or c.value is None
            or c.qual not in ("exact", "min")
            or not c.value.is_integer()
            or not (c.unit.fams or c.unit.generic)
            or c.start in told  # type: ignore[operator]
            or not (finish := _TO_FINISH.match(low, c.end))
        ):
            continue
        plans, dones = [], []
        # the plan named right after the cue: "thêm 40 hộ để hoàn thành chỉ tiêu 500 hộ"
        plans.extend(
            g
            for g in ctx.figs_from(finish.end(), finish.end() + 25)[:1]
            if g.type == "quantity" and g.qual == "exact" and kin(g.unit, c.unit)
        )
        for g in ctx.earlier_typed("quantity", c, 300):  # (the others fail the type test below)
            if g.type != "quantity" or g.value is None or g.qual not in ("exact", "min"):
                continue
            if not (kin(g.unit, c.unit) or _elided(g.unit.key, c.unit.key)):
                continue
            before = ctx.before_low(g, 60)
            if _PLAN_BRACKET.search(before) or _PLAN_BEFORE.search(before[-45:]):
                plans.append(g)
            elif g.qual == "exact" and _DONE_OF_PLAN.match(low, g.end):
                dones.append(g)
        fit = next(
            (
                (t, d)
                for t in plans
                for d in dones
                if abs(t.value - d.value - c.value) <= tolerance([t, d, c]) + 1e-9 * t.value  # type: ignore[operator]
            ),
            None,
        )
        if fit is None:
            continue
        t, d = fit
        k = _scale([t, d, c])
        why = render("part_whole.rest", total=round(t.value / k, 6), done=round(d.value / k, 6),  # type: ignore[operator]
                     rest=round(c.value / k, 6), stated=round(c.value / k, 6))  # fmt: skip
        out.append(ctx.check(NAME, "consistent", [t.value, d.value, c.value], sorted([t, d, c], key=lambda x: x.start),  # type: ignore[list-item]
                             ctx.clause(c.start, c.end), expected=c.value, observed=c.value, tolerance=0, why=why))  # fmt: skip
    return out


def anchored(ctx: Context) -> list[tuple[Fig, list[Fig]]]:
    """Breakdowns tied to their total by an explicit phrase, whatever their verdict: the items'
    own shares are of that total ("trong số được đánh giá, … 412 đồng chí (14,7%)")."""
    return ctx.memo.setdefault("part_whole.anchored", [])  # type: ignore[return-value]


# -- a total named again by its description: "2.811 đồng chí được đánh giá, …; trong số được đánh
# giá, hoàn thành xuất sắc nhiệm vụ 412 đồng chí, …" / "… 46 chi bộ đã kiện toàn. Trong số chi bộ
# đã kiện toàn có 30 chi bộ …, 16 chi bộ …" -----------------------------------------------------
# "mục tiêu đến năm 2030 có 900 …", "chỉ tiêu giao 300 …", "kế hoạch năm là 120 …": a plan
_PLAN_BEFORE = re.compile(r"(?:mục tiêu|chỉ tiêu|kế hoạch|phấn đấu)\b[^.;,()%]{0,40}$")
_NAMED_PHRASE = re.compile(
    r"trong\s+(?:tổng\s+)?số\s+(?!đó\b|này\b)([^\d;,.():]{3,50}?)\s*(?:,|:|\bcó\b)\s*"
    r"[^\d;,.():]{0,45}$"
)  # "trong số được đánh giá, hoàn thành xuất sắc nhiệm vụ " before the first item
_WITHIN_AT = re.compile(r"trong\s+(?:tổng\s+)?số\b")
_OPENS = re.compile(r"(?:^|[;:,.])\s*$")


def _named_within(ctx: Context) -> list[Check]:
    """The list after "trong số <description>," breaks down the one earlier count that the same
    description follows, in its sentence or the one before ("2.811 đồng chí được đánh giá"). The
    description must be more than a bare noun, and every earlier count it names must agree."""
    out: list[Check] = []
    if "trong số" not in ctx.low and "trong tổng số" not in ctx.low:
        return out
    for sent, sent_figs in ctx.by_sent.items():
        s, e = ctx.sentence_span(sent)
        for first in sent_figs:
            if first.type != "quantity" or not first.exact_count:
                continue
            prev = ctx.prev_in_sent(first)
            lo = prev.end if prev is not None else s
            head = ctx.text[lo : first.start]
            # the phrase and, after it, the first item's label (at most a few words)
            low_head = head.lower()
            hit = None
            for cut in _WITHIN_AT.finditer(low_head):
                m2 = _NAMED_PHRASE.match(low_head, cut.start())
                if m2 and _OPENS.search(low_head[: cut.start()]):
                    hit = (m2, lo + cut.start())
            if hit is None:
                continue
            m2, at = hit
            phrase = norm_descriptor(m2.group(1))
            if len(phrase.split()) < 2:
                continue
            named = []
            by_verb = False  # a whole named only through its verb: a fit, never an alarm
            for g in ctx.earlier(first, 30):
                if sent - g.sent > 4:
                    break
                if (
                    g.end > at
                    or not g.exact_count
                    or not kin(g.unit, first.unit)
                    and not _covers_part(g, first)
                ):
                    continue
                if _PLAN_BEFORE.search(ctx.before_low(g, 40)):
                    continue  # "mục tiêu … có 1.500 mô hình được công nhận": a plan, not the whole
                desc = descriptor(ctx, g)
                tail = desc[len(g.unit.key) :].strip() if desc.startswith(g.unit.key) else desc
                if tail == phrase or same_thing(phrase, tail) or same_thing(phrase, desc):
                    named.append(g)
                elif _done_before(ctx, g, phrase):
                    # "đã hoàn thành, bàn giao 124 nhà; trong số nhà đã hoàn thành …"
                    named.append(g)
                    by_verb = True
            if not named:
                named = _fraction_named(ctx, first, at, phrase)
                by_verb = bool(named)
            if not named or len({g.value for g in named}) != 1:
                continue
            total = named[0]
            parts, closed = _walk_closed(ctx, lo + m2.end(1), e, total, semicolons=False)
            parts = [p for p in parts if p.start >= first.start]
            if len(parts) < 2 or parts[0] is not first:
                continue
            region = ctx.text[first.start : min(e, parts[-1].end + 40)]
            strength = "strong" if vocab.GRADING.search(region.lower()) else "weak"
            if closed:
                strength = "closed"
            if sent - total.sent > 1 or by_verb:
                # named from further back, or only by its verb (the verb's count may be of another
                # moment, place, programme or polarity: white-box review 18c): a fit, never an alarm
                strength = "soft"
                if sent - total.sent <= 1 and _kinds_of_whole_before(ctx, total, parts):
                    strength = "partition"  # see _kinds_of_whole_before: over the done is an error
            anchored(ctx).append((total, parts))
            out.append(_emit(ctx, total, parts, strength, ctx.clause(at, parts[-1].end), region))
            break
    return out


# "trong số nhà đã hoàn thành" names the count its verb was said of before it: "đã hoàn thành,
# bàn giao 124 nhà", also a fraction's numerator ("hoàn thành, bàn giao 124/312 nhà")
_DONE_PHRASE = re.compile(
    r"^(?P<noun>[^\W\d]+(?:\s+[^\W\d]+)?)\s+(?:đã|được)\s+(?P<verb>[^\W\d]+\s+[^\W\d]+)$"
)


def _done_before(ctx: Context, g: Fig, phrase: str) -> bool:
    hit = _DONE_PHRASE.match(phrase)
    if hit is None or g.unit.key != hit.group("noun"):
        return False
    cs, _ = ctx.clause(g.start, g.end)
    lead = ctx.lower_slice(max(cs, g.start - 40), g.start)
    return bool(re.search(rf"\b{re.escape(hit.group('verb'))}\b[^\d;.]{{0,25}}$", lead))


def _fraction_named(ctx: Context, first: Fig, at: int, phrase: str) -> list[Fig]:
    hit = _DONE_PHRASE.match(phrase)
    if hit is None:
        return []
    for g in ctx.earlier(first, 12):
        if first.sent - g.sent > 1 or g.end > at:
            continue
        if g.type != "ratio" or g.unit.key != hit.group("noun"):
            continue
        num = g.m.get("numerator")
        if not isinstance(num, int | float) or isinstance(num, bool) or not num:
            continue
        lead = ctx.lower_slice(max(0, g.start - 40), g.start)
        if not re.search(rf"\b{re.escape(hit.group('verb'))}\b[^\d;.]{{0,25}}$", lead):
            continue
        digits = ctx.text[g.start : g.end].split("/")[0]
        return [synthetic(ctx, g.start, g.start + len(digits), float(num), first)]
    return []


# The done part of a whole the report already split into kinds is split by the same kinds: "312
# hộ … cần hỗ trợ nhà ở (217 hộ xây mới, 95 hộ sửa chữa). … hoàn thành, bàn giao 124/312 nhà …;
# trong số nhà đã hoàn thành có 81 nhà xây mới và 47 nhà sửa chữa". The done count is the
# numerator of a fraction whose denominator is that whole, and earlier counts named by the very
# kinds (the words after their unit) add up to the denominator exactly; each done house is then
# of one kind, so kinds over the done count are an error (kinds under it may leave some unsaid).
#
# | whole split before                     | done, then its kinds                       | told         |
# |----------------------------------------|--------------------------------------------|--------------|
# | 312 = 217 hộ xây mới + 95 hộ sửa chữa  | 124/312 done: 81 nhà xây mới, 47 sửa chữa  | inconsistent |
# | 312 = 217 hộ xây mới + 95 hộ sửa chữa  | 124/312 done: 80 nhà xây mới, 40 sửa chữa  | unverifiable |
# | 312, no split said                     | 124/312 done: 81 nhà xây mới, 47 sửa chữa  | unverifiable |
# | 312 = 217 hộ xây mới + 90 hộ sửa chữa  | 124/312 done: 81 nhà xây mới, 47 sửa chữa  | unverifiable |
def _kinds_of_whole_before(ctx: Context, total: Fig, parts: list[Fig]) -> bool:
    ratio = next(
        (
            g
            for g in ctx.by_sent.get(total.sent, [])
            if g.type == "ratio" and g.start == total.start
        ),
        None,
    )
    whole = ratio.m.get("denominator") if ratio is not None else None
    if not isinstance(whole, int | float) or isinstance(whole, bool) or not whole:
        return False
    kinds = []
    for p in parts:
        said = _phrase_after(ctx, p).split()
        unit = (p.unit.key or "").split()
        if said[: len(unit)] != unit or len(said) == len(unit):
            return False
        kinds.append(" ".join(said[len(unit) :]))
    if len(set(kinds)) != len(kinds):
        return False
    before = [
        g for g in ctx.figs if g.end <= ratio.start and g.type == "quantity" and g.exact_count
    ]
    got = []
    for kind in kinds:
        named = [
            g for g in before if g.unit.key and _phrase_after(ctx, g) == f"{g.unit.key} {kind}"
        ]
        if len(named) != 1:
            return False
        got.append(named[0])
    if len({g.sent for g in got}) != 1:
        return False
    return abs(sum(g.value for g in got) - whole) < 1e-9  # type: ignore[misc]


# -- lists on their own lines: "Kết quả xếp loại 42 tổ chức cơ sở đảng:" then "- …: 10 tổ chức;" --
_LIST_OPEN = re.compile(r"^[^\n\d;.]{0,60}:\s*$")
_HEAD_LINE = re.compile(r"(?m)^[^\n:|]{5,120}:[ \t]*$")
_BULLET = re.compile(r"^\s*(?:[-+•*–]|[a-zđ]\)|\d{1,2}[.)](?!\d))\s*")  # "- …", "a) …", "1. …"
# an item of a bracket: "22 đoàn xã, thị trấn" up to the separator before the next number
_BARE_ITEM = re.compile(
    rf"\s*(?:(?:,|;|\bvà\b)\s*)?({_NUM})\s+([^\W\d][^\d;()]*?)\s*(?=(?:,|;|\bvà\b)\s*\d|$)"
)
_BARE_END = re.compile(rf"(?::|\s)\s*({_NUM})\s*(?:[^\W\d]+(?:\s+[^\W\d]+){{0,2}})?\s*[;.,]?\s*$")
_SUB_ITEM = re.compile(r"\btrong đó\b|\briêng\b|\bgồm\b")
# an item that cuts across the others or stands outside them: an attribute ("Đảng viên là đoàn
# viên thanh niên", "Đảng viên nữ"), a processing status ("Đã giải quyết"), the exempt
_ASIDE_ITEM = re.compile(
    r"\b(?:là|nữ|nam|dân tộc|đoàn viên|trẻ|miễn|đã giải quyết|chưa giải quyết|đang giải quyết|"
    r"đã xử lý|tồn đọng|chuyển kỳ sau)\b"
)


# _LIST_OPEN on text[at:eol], matched in place: no slice per candidate head
# a total that ends its line, the line not a list item itself: "Kinh phí thực hiện: 2.850 triệu đồng"
_ENDS_LINE = re.compile(r"[^\S\n]*\.?[^\S\n]*(?=\n)")
_LIST_OPEN_AT = re.compile(r"[^\n\d;.]{0,60}:[^\S\n]*\n")
_LINE_COLON = re.compile(r":[ \t]*$", re.MULTILINE)


def _heading_start(text: str, colon: int) -> int:
    """Where the heading ending at ``colon`` starts: its line, or the last sentence of a long
    line ("… vượt 5,4% so với chỉ tiêu. Cụ thể:")."""
    line_start = text.rfind("\n", 0, colon) + 1
    return max(line_start, text.rfind(". ", line_start, colon) + 2)


def _clean_but_asides(text: str, lo: int, hi: int) -> bool:
    """Do the lines hold no sub-item word ("trong đó", "riêng", "gồm")?"""
    return not _SUB_ITEM.search(text[lo:hi].lower())


def _common_words(line: str) -> str:
    """The line in lower case without the capitalised words that follow another word ("- Thôn
    Nam: 29 hộ" -> "- thôn: 29 hộ"): "Nam" names a place there, not men."""
    words = line.split()
    kept = [
        w
        for k, w in enumerate(words)
        if not (k and w[:1].isupper() and words[k - 1][-1:].isalpha())
    ]
    return " ".join(kept).lower()


def _head_lines(text: str) -> list[int]:
    """Where ``_HEAD_LINE`` matches end (minus one), found from the few lines that end in ":"
    instead of trying the pattern at every line start: "Kết quả xếp loại …năm 2022:"."""
    out = []
    for hit in _LINE_COLON.finditer(text):
        colon = hit.start()
        line_start = _heading_start(text, colon)
        n = colon - line_start
        if (
            5 <= n <= 120
            and text.find(":", line_start, colon) < 0
            and text.find("|", line_start, colon) < 0
        ):
            out.append(hit.end() - 1)
    return out


_OVER_THRESHOLD = re.compile(r"\b(?:trên|dưới|từ|hơn)\s+[\d.,]+\s*(?:%|[^\W\d]+)")
_SOME_ITEMS = re.compile(
    r"\bmột số\b|\btiêu biểu\b|\bđiển hình\b|\bnổi bật\b|nhiều nhất|cao nhất|thấp nhất|dẫn đầu|"
    r"\bví dụ\b|\bchẳng hạn\b"
)


# An item line may say more than its count: "- Nhóm được hỗ trợ mức đóng: 352.115 người, trong
# đó học sinh 289.406 người;", "- Cứu trợ sau bão: 2,15 tỷ đồng (tiền mặt 1,27 tỷ đồng, hàng hóa
# 0,88 tỷ đồng);", "- Chương trình Tết: 1,96 tỷ đồng, trao 3.920 suất quà;". Its own count is the
# first, right after the label's colon; a count after it that fits the list too must stand in a
# bracket or after "trong đó"/"riêng"/"gồm" (a detail of the item), else the line is not read.
# Such a list is told as a fit only (the details may hide a second item).
#   example (our own)                                                                   told
#   "52.310 người …: - Nông dân: 30.120 người, trong đó nữ 12.000 người; - Khác: 22.190 người"  consistent
#   "… - Nông dân: 30.120 người, lao động tự do 15.400 người; - Khác: 6.790 người"        nothing
_ITEM_LABEL = re.compile(r"\s*(?:[-+•*–]|[a-zđ]\)|\d{1,2}[.)](?!\d))\s*[^:;\n]{2,120}:\s*$")
_ITEM_DETAIL = re.compile(r"\(|\btrong đó\b|\briêng\b|\bgồm\b")


def _item_own(ctx: Context, pos: int, inside: list[Fig], fits: list[Fig]) -> Fig | None:
    """The count an item line opens with, when what follows it details that item (above)."""
    if not fits or not inside or fits[0] is not inside[0]:
        return None
    first = inside[0]
    if not _ITEM_LABEL.match(ctx.text, pos, first.start) or ctx.figs_from(pos, first.start):
        return None  # (a label's digits name it: "- Cứu trợ sau bão số 3: …")
    for g in inside[1:]:
        if g in fits and not _ITEM_DETAIL.search(ctx.low, first.end, g.start):
            return None
    return first


# Members are people: "286.540 người, cụ thể: - Nông dân: 98.214 hội viên; - Thanh niên: 52.630
# đoàn viên; …" (a list so read is told as a fit only).
_MEMBER_NOUNS = frozenset({"u:hội viên", "u:đoàn viên"})


def _members_of(total: Fig, part: Fig) -> bool:
    return "person" in total.unit.fams and (part.unit.generic or "") in _MEMBER_NOUNS


def _bullets(ctx: Context) -> list[Check]:
    out: list[Check] = []
    text = ctx.text
    if "\n" not in text:
        return out
    heads: list[tuple[Fig | None, int]] = [(f, f.end) for f in ctx.figs if f.exact_count or f.exact]
    heads.extend((None, at) for at in _head_lines(text))
    for total, at in heads:
        eol = text.find("\n", at)
        # _LIST_OPEN_AT needs a ":" before the line's end: a plain find rules most lines out
        line_end = False
        if eol < 0 or text.find(":", at, eol) < 0 or not _LIST_OPEN_AT.match(text, at, eol + 1):
            if eol < 0 or total is None or not _ENDS_LINE.match(text, at, eol + 1):
                continue
            line_end = True  # "Kinh phí thực hiện: 2.850 triệu đồng" then "+ Ngân sách tỉnh: …"
            ls = text.rfind("\n", 0, total.start) + 1
            own = _BULLET.match(text[ls : ls + 8])  # (anchored: matched on slices)
            nxt = _BULLET.match(text[eol + 1 : eol + 9])
            if own and nxt and own.group().strip() == nxt.group().strip():
                continue  # "- Thu ngân sách: 41 tỷ đồng" then "- Chi …": a sibling, not its items
        if total is None and ctx.figs_from(_heading_start(text, at), at):
            continue
        parts: list[Fig] = []
        model = total
        pos, clean, last = eol + 1, True, eol
        item_mark: str | None = None
        outer = False
        nested = False
        aside = False  # an item named by an attribute ("- Nam: …", "- Hội viên là đảng viên: …")
        detailed = False  # an item line holds more than its count, or items count members
        while pos < len(text):
            le = text.find("\n", pos)
            le = len(text) if le < 0 else le
            line = text[pos:le]
            if not _BULLET.match(line):
                break
            if _SUB_ITEM.search(line.lower()):
                clean = False
            elif _ASIDE_ITEM.search(_common_words(line)):
                clean, aside = False, True
            inside = [g for g in ctx.figs_from(pos, le) if g.type == "quantity"]
            if total is None and inside and not parts:
                model = inside[0]  # a list under a heading: its items name the kind
            mark_now = _BULLET.match(line).group().strip()  # type: ignore[union-attr]
            if item_mark in ("-", "–", "•") and mark_now in ("+", "*", "○") and parts and inside:
                # "- Hồ sơ đất đai: 54" then "+ cấp mới: 49", "+ cấp đổi: 5": items of the item
                nested = True
                last = le
                pos = le + 1
                continue
            fits = [
                g
                for g in inside
                if (g.exact_count or g.exact)
                and model is not None
                and (_covers_part(model, g) or _members_of(model, g))
            ]
            if fits and model is not None and not _covers_part(model, fits[0]):
                detailed = True  # members counted as people: told as a fit only
            if len(fits) == 1 and len(inside) == 1:
                parts.append(fits[0])
            elif (own := _item_own(ctx, pos, inside, fits)) is not None:
                parts.append(own)  # "- Nhóm …: 352 người, trong đó …" / "…: 2,1 tỷ đồng (…)"
                detailed = True
            elif not inside and total is not None and (hit := _BARE_END.search(line)):
                parts.append(
                    synthetic(
                        ctx, pos + hit.start(1), pos + hit.end(1), number(hit.group(1)), total
                    )
                )
            elif not inside and vocab.ZERO_PART.match(
                line[_BULLET.match(line).end() :].split(":")[-1]
            ):  # type: ignore[union-attr]
                pass  # "- Không hoàn thành nhiệm vụ: không có"
            else:
                # a bullet of another level ("-" after "+" items) closes the sub-list
                mark = _BULLET.match(line).group().strip()  # type: ignore[union-attr]
                outer = bool(parts) and mark != item_mark and clean
                clean = False
                break
            if item_mark is None:
                item_mark = _BULLET.match(line).group().strip()  # type: ignore[union-attr]
            last = le
            pos = le + 1
        if len(parts) < 2:
            continue
        if (
            aside
            and not clean
            and not nested
            and total is not None
            and _complete_pair(ctx, total, parts)
        ):
            # the attribute's two sides make the whole: "- Nam: 18.416 em", "- Nữ: 17.204 em"
            clean = _clean_but_asides(text, eol + 1, last)
        # a list of some items ("một số xã có số hộ thoát nghèo cao:"), one with items of its
        # items, or one passing its total by far (kinds of support, damage or activity that one
        # household or member may have several of) is told, never an alarm (review 82)
        head_line = text[text.rfind("\n", 0, at) + 1 : eol].lower()
        if nested or detailed or _SOME_ITEMS.search(head_line):
            clean, outer = False, False
        if total is not None and total.value and sum(p.value for p in parts) > 1.15 * total.value:  # type: ignore[misc, operator]
            clean, outer = False, False
        if total is not None:
            total = _plan_owner(ctx, total)
        if total is None and (sib := _sibling_total(ctx, at, parts)) is not None:
            # the same total classified again, by another dimension: a partition of it too
            span = (_heading_start(text, at), last)
            while span[1] > span[0] and text[span[1] - 1] in " .;\n":
                span = (span[0], span[1] - 1)
            # the heading names the dimension: its items are disjoint whatever words they hold
            out.append(_emit(ctx, sib, parts, "strong" if clean or outer else "soft", span, ""))
            continue
        if total is None:
            first = parts[0]
            earlier = [g for g in ctx.earlier(first, 40) if 1 <= first.sent - g.sent <= 6
                       and g.end <= at and (g.exact_count or g.exact) and _covers_part(g, first)]  # fmt: skip
            closed = _closed_split_total(ctx, eol, last, parts, earlier) if clean else None
            if closed is not None and closed.value != sum(p.value for p in parts):  # type: ignore[misc]
                # "Theo hình thức:" then "- Khiển trách: 26 đồng chí;" … "- Khai trừ: 4 đồng chí"
                span = (_heading_start(text, at), last)
                sure = _split_sure(ctx, closed, span[0], at)
                out.append(
                    _emit(ctx, closed, parts, "strong" if sure else "soft", span, text[eol:last])
                )
                continue
            c = _stated_before(ctx, parts, at, text[eol:last])
            if c is not None:
                out.append(c)
            continue
        s, _ = ctx.clause(total.start, total.end)
        span = (s, last)
        while span[1] > s and text[span[1] - 1] in " .;\n":
            span = (s, span[1] - 1)
        strength = "strong" if clean else "soft"
        if line_end:
            # no colon opens the lines: they break the total down only when they name a closed
            # set (sources of its funds, the two sides of a split, every grade once)
            kinds = _closed_kinds(ctx, total, eol + 1, parts)
            if kinds:
                strength = kinds if clean else "soft"
            elif not (_complete_pair(ctx, total, parts) or _full_scale(ctx, eol + 1, last, parts)):
                continue
        out.append(_emit(ctx, total, parts, strength, span, text[eol:last]))
    return out


def _plan_owner(ctx: Context, f: Fig) -> Fig:
    """The count a list after ``f`` breaks down. When ``f`` is the plan in brackets after a
    percent ("kết nạp 96 đảng viên, đạt 80% chỉ tiêu (120 đảng viên), cụ thể: …"), the list
    details what was done, so the count the percent is said of (96); else ``f`` itself."""
    if f.type != "quantity" or not _PLAN_BRACKET.search(ctx.before_low(f, 60)):
        return f
    seen_pct = False
    for g in ctx.earlier(f, 4):
        if g.sent != f.sent:
            break
        if g.type == "percent":
            seen_pct = True
            continue
        if seen_pct and g.type == "quantity" and (g.exact_count or g.exact):
            if kin(g.unit, f.unit) or covers(f.unit, g.unit) or _elided(g.unit.key, f.unit.key):
                return g
        break
    return f


# "Phân theo cấp công nhận: + Cấp huyện: 46 mô hình; + Cấp xã: 168 mô hình. - Phân theo lĩnh vực:
# + Kinh tế: 87 mô hình; …": a second classification right after a list that added up to its
# total classifies the same total by another dimension, so it must add up to it as well.
_CLASSIFY_HEAD = re.compile(
    r"^[\s\-+•*–]*(?:phân|chia|phân loại|chia ra)\s+theo\b[^:\n\d]{0,50}:\s*$"
)


def _sibling_total(ctx: Context, at: int, parts: list[Fig]) -> Fig | None:
    """The total of the list that ends on the line right before a classification heading."""
    text = ctx.text
    head_start = _heading_start(text, at)
    if not _CLASSIFY_HEAD.match(text[head_start : at + 1].lower()):
        return None
    for total, prev in reversed(breakdowns(ctx)):
        if not prev or prev[-1].end > head_start:
            continue
        tail = text[prev[-1].end : head_start]
        if tail.count("\n") == 1 and not any(ch.isdigit() for ch in tail) and len(tail) < 40:
            ok = all(_covers_part(total, p) for p in parts)
            return (
                total if ok and total.value and total.value > max(p.value for p in parts) else None
            )  # type: ignore[operator,type-var]
        break
    return None


def _stated_before(ctx: Context, parts: list[Fig], at: int, region: str) -> Check | None:
    """A list under a heading with no number: its sum must be a total stated in the few
    sentences before (consistent only: "41 tổ chức cơ sở đảng" … "Kết quả xếp loại …:")."""
    s = sum(p.value for p in parts)  # type: ignore[misc]
    for g in ctx.figs[max(0, parts[0].i - 120) : parts[0].i][::-1]:
        if g.type == "ratio" and g.end <= at and g.unit.key and g.m.get("numerator") == s:
            # "Có 55/56 tổ chức cơ sở đảng được đánh giá, xếp loại. Kết quả:" then the grades:
            # the list breaks down the 55 the fraction counts (its numerator)
            g = synthetic(ctx, g.start, g.end, float(s), g)
        if g.end > at or not (g.exact_count or g.exact) or not _covers_part(g, parts[0]):
            continue
        if abs(g.value - s) <= 1e-9 * max(1.0, s):  # type: ignore[operator]
            breakdowns(ctx).append((g, parts))
            span = ctx.clause(parts[0].start, parts[-1].end)
            return _emit(
                ctx, g, parts, "soft", (min(span[0], parts[0].start), parts[-1].end), region
            )
    return None


# -- tables with a total row: "Khiển trách | 8" … "Tổng cộng | 12" -------------------------------
# The whole label must name the total: "Tổng cộng", "Tổng số", "Toàn huyện"; never a row
# whose label merely starts with "tổng" ("Tổng mức bán lẻ hàng hóa (tỷ đồng)"). "Cộng lượt" sums
# the rows of a table over years or rounds, each counted again ("Năm | Số chi bộ | …").
_TOTAL_ROW = re.compile(
    r"^\s*(?:(?:tổng cộng|tổng số|tổng|cộng)(?:\s+lượt)?(?:\s+toàn\s+[^\d|]{1,30})?"
    r"|toàn (?:tỉnh|huyện|xã|thành phố|thị xã|đảng bộ)[^\d|(]{0,30})\s*:?\s*$"
)
_SUB_ROW = re.compile(r"^\s*(?:[-+•*–]|trong đó|riêng|gồm|chia ra)")
_RATE_HEAD = re.compile(r"%|tỷ lệ|tỉ lệ|bình quân|so với|tăng|giảm")
_SPLIT_NOUNS = frozenset({"person", "tccsđ", "đảng bộ", "chi bộ", "tổ chức đảng"})


def _entity_column(label: str) -> bool:
    """Does a column count communes, villages or organisations ("Số xã triển khai", "Số thôn có
    câu lạc bộ", "Số tổ chức đảng được giám sát")?"""
    hit = _COUNT_HEAD.match(label)
    return hit is not None and bool(unit_info(hit.group(1)).fams & _ENTITY_FAMS)


def _other_count_head(label: str) -> bool:
    """A column "Số cuộc", "Số vụ việc", "Số chi bộ có …" beside dash rows that split members or
    party organisations counts things several of them share: its sum may exceed its total."""
    hit = _COUNT_HEAD.match(label)
    if hit is None:
        return False
    noun = hit.group(1)
    return bool(re.match(r"(?:chi bộ|tổ chức|đảng bộ|đơn vị)\s+có\b", noun)) or not (
        unit_info(noun).fams & _SPLIT_NOUNS
    )


_SUBTOTAL_ROW = re.compile(r"^\s*(?:(?:cộng|tổng cộng|tổng)\s+\S|[ivx]+[.)]\s)")
# the rows of a category table ("Lĩnh vực", "Mô hình", "Năm") may each count the same commune,
# village or organisation: a column of such units sums past its distinct total
_UNIT_ROWS_HEAD = re.compile(
    r"đơn vị|xã|phường|huyện|chi bộ|đảng bộ|thôn|tổ chức|cơ quan|địa phương"
)
_KIND_ROWS_HEAD = re.compile(r"hình thức|lĩnh vực|loại hình|mô hình|chuyên đề")
_ENTITY_FAMS = frozenset(
    {"commune", "village", "district", "chi bộ", "đảng bộ", "tccsđ", "tổ chức đảng"}
)


_MEAN_HEAD = re.compile(r"trung bình|nhất\b|tối đa|tối thiểu")
_COUNT_HEAD = re.compile(r"^\s*(?:tổng\s+)?số\s+(?!lượng\b)([^\W\d]+(?:\s+[^\W\d]+)*)")
_INDEX_HEAD = re.compile(r"\d{4}\s*/\s*\d{4}|chỉ số|so sánh|cơ cấu")
_MEASURE_ROW = re.compile(r"bình quân|trung bình|tỷ lệ|tỉ lệ|%|chỉ số|\btuổi\b|mật độ")
_WIDER_ROW = re.compile(r"được giao|đề nghị|biên chế|kế hoạch|chỉ tiêu|dự kiến|định mức")
# a plan column ("Chỉ tiêu năm", "Kế hoạch") adds up like any other, but a plan total may be set
# apart from its rows' plans: its sum is told when it fits, never an alarm
_PLAN_HEAD = re.compile(r"\bkế hoạch\b|chỉ tiêu|dự toán|mục tiêu")


_YEAR_CELL = re.compile(r"(?:năm\s+)?(?:19|20)\d{2}")


# Dash rows that are, by their labels alone, a whole split: the four grades, full and
# probationary members, men and women, the two kinds of grassroots organisation, the four
# forms of discipline. Other dash
# rows may be sub-indicators, attributes, flows or other measures of the row above them
# ("- Tỷ lệ so với chỉ tiêu (%)", "- Đảng viên 30 năm tuổi Đảng trở lên"): a sum that fits
# is told, a miss is no proof.
_DASH_PARTITIONS = (
    frozenset(vocab.GRADES),
    frozenset({"đảng viên chính thức", "đảng viên dự bị"}),
    frozenset({"chính thức", "dự bị"}),
    frozenset({"nam", "nữ"}),
    frozenset({"đảng bộ cơ sở", "chi bộ cơ sở"}),
    frozenset({"khiển trách", "cảnh cáo", "cách chức", "khai trừ"}),
)


_PARTITION_HEADS = frozenset().union(*_DASH_PARTITIONS)


def _dash_partition(labels: list[str], items: list[int]) -> bool:
    names = [" ".join(DASH_ROW.sub("", labels[k]).split()) for k in items]
    return len(set(names)) == len(names) and frozenset(names) in _DASH_PARTITIONS


def _tables(ctx: Context) -> list[Check]:
    out: list[Check] = []
    if "|" not in ctx.text and "\t" not in ctx.text:
        return out
    text = ctx.text
    for rows in table_rows(ctx):
        labels = [text[r[0][0] : r[0][1]].lower() if r else "" for r in rows]
        totals = [k for k, lab in enumerate(labels) if _TOTAL_ROW.match(lab)]
        head = (
            rows[0]
            if not any(cell_fig(ctx, c, None) for c in rows[0][1:])
            or all(
                _YEAR_CELL.fullmatch(text[c[0] : c[1]].strip())
                for c in rows[0][1:]
                if text[c[0] : c[1]].strip()
            )
            else None
        )  # a header of bare years ("| Nguồn thu | 2022 | 2023 |") is no data row
        first = 1 if head is not None else 0
        blocks: list[tuple[int, list[int], bool]] = []
        if len(totals) == 1:
            t = totals[0]
            data = list(range(first, t)) if t > first + 1 else list(range(t + 1, len(rows)))
            clean = not any(
                _SUB_ROW.match(labels[k]) or _ASIDE_ITEM.search(labels[k]) for k in data
            )
            # a "Trong đó: …" row is part of the row above it, not a row of the sum (still a
            # fit only: the table holds nested rows)
            data = [k for k in data if not _WITHIN_ROW.match(labels[k])] or data
            subs = [k for k in data if _SUBTOTAL_ROW.match(labels[k])]
            if any(re.fullmatch(r"\s*[ivx]+\s*", labels[k]) for k in data):
                clean = False  # "I | Khối xã | 598", "1 | Xã Tân Phú | 312": groups and their rows
            if len(subs) >= 2:
                data = subs  # "Cộng khối xã | 598", "Cộng khối cơ quan | 60" over their rows
            elif subs:
                clean = False  # one group's subtotal among the rows: a fit only
            blocks.append((t, data, clean))
        elif not totals and (named := _named_total_row(labels, first)) is not None:
            # "Thu hưởng theo phân cấp | …", "Thu bổ sung … | …", "Tổng thu ngân sách xã | …"
            # its rows may hold sub-items, another scope or amounts a note excludes: a fit
            blocks.append((named, list(range(first, named)), False))
        elif not totals:
            # "Đảng viên được xếp loại | 78.264 | …" then "- Hoàn thành xuất sắc nhiệm vụ | …"
            # rows: the rows marked with a dash below a plain row break that row down
            for t, data in dashed_blocks(labels):
                if t < first:
                    continue  # the header ("| Chỉ tiêu | 2023 | 2024 |") is no total row
                blocks.append((t, data, _dash_partition(labels, data)))
        first_at = rows[0][0][0] if rows and rows[0] else 0
        line_start = ctx.low.rfind("\n", 0, first_at)  # the newline before the table's first row
        title = ctx.low[ctx.low.rfind("\n", 0, max(0, line_start)) + 1 : max(0, line_start)]
        chosen = bool(_SOME_ITEMS.search(title) or _OVER_THRESHOLD.search(title))
        for t, data, clean in blocks:
            if chosen:
                clean = False  # "Các đơn vị có số đảng viên kết nạp nhiều nhất:" (review 82)
            dashed = bool(data) and bool(DASH_ROW.match(labels[data[0]]))
            out.extend(_table_block(ctx, rows, head, t, data, clean, dashed))
    return out


# -- a table's total column: "Nội dung | Quý I | Quý II | Quý III | Quý IV | Cả năm" --------------
# A column headed by a total word alone sums the columns of one row that split it: the quarters of
# a year, consecutive months or years, the two halves of a year, or the columns named by a known
# partition (men and women, the four grades, full and probationary members, …). Those rows are
# read like a bracketed breakdown: a miss is an alarm. A stock written per period ("Số đảng viên |
# 410 | 412 | 415 | 418 | 418") is no sum: when a part reaches the total the row is left silent.
# Any other run of numeric columns beside a total column is only told when it adds up exactly.
_ROW_SUM_HEAD = re.compile(
    r"(tổng cộng|tổng số|tổng|cộng|cả năm|cả nhiệm kỳ|cả giai đoạn|tổng giai đoạn)"
    r"(?:\s+(?:năm\s+)?\d{4}(?:\s*-\s*\d{4})?)?\s*(?:\([^)%]*\))?\s*:?"
)
_NAMED_SUM_HEAD = re.compile(
    r"tổng(?:\s+số|\s+cộng)?\s+[^\W\d]+(?:\s+[^\W\d]+){0,3}(?:\s*\([^)%]*\))?"
)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_PERIOD_HEADS = (
    ("quarter", re.compile(r"quý\s+(iv|i{1,3})(?:\s*[/-]\s*\d{4}|\s+(?:năm\s+)?\d{4})?")),
    ("month", re.compile(r"tháng\s+(\d{1,2})(?:\s*[/-]\s*\d{4}|\s+năm\s+\d{4})?")),
    ("half", re.compile(r"6 tháng (đầu|cuối) năm(?:\s+\d{4})?")),
    ("year", re.compile(r"(?:năm\s+)?((?:19|20)\d{2})")),
)
# heads that name a subset or an attribute of the row's whole, never one of its parts
_ASIDE_HEAD = re.compile(
    r"trong đó|trong số|riêng|\bgồm\b|\bnữ\b|dân tộc|tôn giáo|đoàn viên|\btrẻ\b|\bmới\b|"
    r"kế hoạch|chỉ tiêu|dự toán|mục tiêu|so với|so sánh|bình quân|trung bình|tỷ lệ|tỉ lệ|%"
)


def _period_run(heads: list[str], cols: list[int], total_head: str) -> list[int] | None:
    """The columns among ``cols`` that split a period into consecutive sub-periods, when all the
    period columns of the table do (quarters I-IV under "Cả năm", years under "Tổng", …)."""
    for family, pat in _PERIOD_HEADS:
        got = [(c, pat.fullmatch(heads[c])) for c in cols]
        hits = [(c, m) for c, m in got if m is not None]
        if len(hits) < 2:
            continue
        if any(m is None and not _ASIDE_HEAD.search(heads[c]) for c, m in got):
            return None  # periods beside other counts: which of them split the total is unsaid
        if family == "quarter":
            keys = [_ROMAN[m.group(1)] for _, m in hits]
        elif family == "half":
            keys = [1 if m.group(1) == "đầu" else 2 for _, m in hits]
        else:
            keys = [int(m.group(1)) for _, m in hits]
        if keys != list(range(keys[0], keys[0] + len(keys))):
            return None
        if total_head.startswith("cả năm"):
            full = {"quarter": [1, 2, 3, 4], "half": [1, 2], "month": list(range(1, 13))}
            if keys != full.get(family):
                return None
        elif family != "year" and total_head.startswith(
            ("cả nhiệm kỳ", "cả giai đoạn", "tổng giai đoạn")
        ):
            return None
        return [c for c, _ in hits]
    return None


def _row_totals(ctx: Context) -> list[Check]:
    out: list[Check] = []
    if "|" not in ctx.text and "\t" not in ctx.text:
        return out
    text = ctx.text
    for rows in table_rows(ctx):
        head = rows[0]
        heads = [" ".join(text[a:b].lower().split()) for a, b in head]
        tcols = [c for c in range(1, len(head)) if _ROW_SUM_HEAD.fullmatch(heads[c])]
        loose = False
        if not tcols:
            # "Tổng số lượt người | Cấp tỉnh | Cấp huyện | Cấp cơ sở": a total that names its noun
            # is read only as a fit of the other columns
            tcols = [c for c in range(1, len(head)) if _NAMED_SUM_HEAD.fullmatch(heads[c])]
            loose = True
        if len(tcols) != 1 or any(
            cell_fig(ctx, c, None)
            for c, h in zip(head[1:], heads[1:], strict=True)
            if not _YEAR_CELL.fullmatch(h) and not any(p.fullmatch(h) for _, p in _PERIOD_HEADS)
        ):
            continue
        tcol = tcols[0]
        if _PLAN_HEAD.search(heads[tcol]):
            continue  # "Tổng (chỉ tiêu cả nhiệm kỳ)": a target, no sum of the columns
        data = [k for k in range(1, len(rows)) if len(rows[k]) == len(head)]
        if len(data) < 1:
            continue
        numeric = [
            c
            for c in range(1, len(head))
            if c != tcol and all(cell_fig(ctx, rows[k][c], None) is not None for k in data)
        ]
        # a period column with a cell that is no number ("-", "2 (ước)") is still a period: the
        # others are no split of the total without it
        periods = [
            c
            for c in range(1, len(head))
            if c != tcol and (c in numeric or any(p.fullmatch(heads[c]) for _, p in _PERIOD_HEADS))
        ]
        if len(numeric) < 2:
            continue
        cols = None if loose else _period_run(heads, periods, heads[tcol])
        named = False
        if cols is None and not loose:
            picked = [c for c in numeric if heads[c] in _PARTITION_HEADS]
            fam = frozenset(heads[c] for c in picked)
            if len(picked) >= 2 and len(fam) == len(picked) and fam in _DASH_PARTITIONS:
                cols, named = picked, True
        known = cols is not None
        if cols is None:
            # any other columns: the numeric run on the far side of the total column, told only
            # when it adds up
            after = [c for c in numeric if c > tcol]
            before_cols = [c for c in numeric if c < tcol]
            if len(after) >= 2 and len(before_cols) >= 2:
                continue  # runs on both sides: which one the total sums is unsaid
            cols = after if len(after) >= 2 else before_cols
            if len(cols) < 2 or any(_ASIDE_HEAD.search(heads[c]) for c in cols):
                continue
        if known and not named and any(_ASIDE_HEAD.search(heads[c]) for c in cols):
            continue
        lines: list = []
        for k in data:
            label = text[rows[k][0][0] : rows[k][0][1]].lower()
            if _MEASURE_ROW.search(label) or _TOTAL_ROW.match(label) and not known:
                continue
            if "%" in text[rows[k][0][0] : rows[k][-1][1]]:
                continue  # a rate per period, or a unit column "%"
            total = cell_fig(ctx, rows[k][tcol], None)
            if total is None or not total.value:
                continue
            # a row label's noun ("Chi bộ cơ quan | 58 | …") is no unit of the cells: the sum is
            # told in bare numbers
            total = replace(total, unit=unit_info(None))
            parts = [cell_fig(ctx, rows[k][c], total) for c in cols]
            if any(p is None for p in parts):
                continue
            s = sum(p.value for p in parts)  # type: ignore[union-attr, misc]
            fits = abs(s - total.value) < 1e-6
            if not fits and (not known or max(p.value for p in parts) >= total.value):  # type: ignore[union-attr, type-var]
                continue  # no known split, or a level per period: silence
            if not fits and _whole_run_fits(ctx, rows[k], numeric, tcol, total):
                continue  # the grades leave out a column the row adds ("Miễn đánh giá")
            # a split by periods or by a named partition tells only a fit: reviews 43, 45, 46 and
            # 49 found 108 consistent tables it misread (people, households, events and amounts
            # counted in two periods or re-based, a unit line under the header, percents without
            # "%", notes of every wording on pending, exempt or unclassified members)
            strength = "soft"
            span = (rows[k][0][0], rows[k][-1][1])
            lines.append((total, parts, strength, span, known))
        out.extend(_emit_lines(ctx, lines))
    return out


# -- a table line that misses while its sibling lines add up ---------------------------------
# A table's lines over the same rows (the columns above one total row) or the same columns (the
# rows beside one total column) are read soft: a table may hold sub-items, another scope or
# overlapping entities. When a sibling line over the very same cells adds up *exactly* (three
# parts or more), the rows are shown to be the whole breakdown; a line that then falls short of
# its own total, by less than a tenth, has a cell or a total written wrong. Short only: a line
# over its total may count one entity in two rows ("Số hộ hưởng lợi" of several models).
#
# | line                                   | sibling over the same cells           | told         |
# |----------------------------------------|---------------------------------------|--------------|
# | 6.184 + 3.027 + 1.135 + 2.114 of 12.640 | 312 + 168 + 88 + 94 = 662 (Số mô hình) | inconsistent |
# | 1.318 + 6.870 + 2.349 of 10.582         | 1.240 + 6.870 + 2.150 = 10.260         | inconsistent |
# | 21,7 + 26,4 + 30,2 + 27,5 of 108,5      | five other rows add up                 | inconsistent |
# | 6.184 + … of 12.640, the column a plan  | any                                   | unverifiable |
# | two lines miss                          | one adds up                           | unverifiable |
# | the line over its total                 | any                                   | unverifiable |
_SIBLING_NEAR = 0.9
# a note on the table that may account for the gap: "Năm 2023 có 1 đảng viên bị xóa tên
# (tính vào Tổng số)", "Cả năm (kể cả đơn kỳ trước chuyển sang)", "Số còn lại được miễn đánh
# giá", "Số liệu cả năm đã được điều chỉnh theo quyết toán": a count reckoned with or without
# something, members left out of the split, or figures revised since
_TABLE_NOTE = re.compile(
    r"\b(?:tính (?:vào|cả|trong|chung)|kể cả|gồm cả|cộng cả|cộng thêm|chưa kể|chưa tính|không tính"
    r"|không kể|bao gồm|ghi chú|lưu ý|chuyển tiếp|chuyển sang|còn lại|miễn|điều chỉnh|hiệu chỉnh"
    r"|quyết toán"
    r"|(?:chưa|không)(?: được)? (?:xếp loại|đánh giá|phân loại|tổng hợp|phân bổ|phân theo|chia theo"
    r"|ghi theo))\b|\(\*|(?:^|\n)\s*\*"
)
_BLANK_LINES = re.compile(r"\s*\n")


def _note_under(ctx: Context, end: int, gap: float) -> bool:
    """Does the paragraph right under a table (to the next blank line, 400 characters at most)
    read as a note on its cells, or state a count equal to ``gap``?

    The note may stand after one blank line, and may give the gap in pieces: "Xã Tân Hòa có 3
    đồng chí mới chuyển đến, 2 đồng chí mới kết nạp nên chưa đánh giá" under a row "Xã Tân Hòa |
    147 | 19 | 104 | 17 | 2" (142 graded): 3 + 2 = 5, the gap."""
    end = ctx.low.find("\n", end)
    if end < 0:
        return False
    blank = _BLANK_LINES.match(ctx.low, end + 1)
    start = blank.end() if blank else end + 1  # past the blank lines under the table
    stop = ctx.low.find("\n\n", start, start + 400)
    tail = ctx.low[start : stop if stop >= 0 else start + 400]
    if _TABLE_NOTE.search(tail):
        return True
    figs = [g for g in ctx.figs_from(start, start + len(tail)) if g.type == "quantity" and g.value]
    # one count, or a run of up to three counts in a row, equal to the gap; an amount also as
    # written ("15 triệu đồng" under cells in "đơn vị: triệu đồng")
    for counts in ([g.value for g in figs], [g.value / _shown_scale([g]) for g in figs]):
        if any(
            abs(sum(counts[i:j]) - gap) < 1e-9  # type: ignore[arg-type]
            for i in range(len(counts))
            for j in range(i + 1, min(i + 3, len(counts)) + 1)
        ):
            return True
    return False


def _note_over(ctx: Context, first: int, total: Fig) -> bool:
    """Does the table's title (the paragraph right above it), its header row or the words of
    the total's own line before the total read as a note (``_TABLE_NOTE``)? "Kết quả kết nạp
    theo quý (cột cả năm tính cả 6 đảng viên của Đảng bộ Quân sự)", a head "Cả năm (kể cả đơn
    kỳ trước chuyển sang)", a row "Tổng thu (gồm cả thu kết dư) | 21.700 | 22.670"."""
    low = ctx.low
    top = low.rfind("\n", 0, first) + 1  # the table's first row: walk up its lines
    while top > 0:
        prev = low.rfind("\n", 0, top - 1) + 1
        line = low[prev : top - 1]
        if "\t" not in line and "|" not in line:
            break
        top = prev
    head_end = low.find("\n", top)
    head = low[top : head_end if head_end >= 0 else len(low)]
    above = low[max(0, top - 400) : top].rstrip()
    cut = above.rfind("\n\n")
    title = above[cut + 2 :] if cut >= 0 else above
    own = low[low.rfind("\n", 0, total.start) + 1 : total.start]
    return any(_TABLE_NOTE.search(x) for x in (title, head, own))


def _emit_lines(ctx: Context, lines: list) -> list[Check]:
    """Emit a table's sums (``(total, parts, strength, span, may_settle)``; checks pass as they
    are), a soft short line settled by an exact sibling (table above)."""
    sums = [x for x in lines if isinstance(x, tuple)]
    fit = [
        x
        for x in sums
        if len(x[1]) >= 3
        and abs(sum(p.value for p in x[1]) - x[0].value) < 1e-6 * max(1.0, x[0].value)
    ]
    short = [
        x
        for x in sums
        if x not in fit
        and abs(sum(p.value for p in x[1]) - x[0].value) > tolerance([x[0], *x[1]]) + 1e-9
    ]
    out: list[Check] = []
    for x in lines:
        if not isinstance(x, tuple):
            out.append(x)
            continue
        total, parts, strength, span, may_settle = x
        note = None
        if strength == "soft" and may_settle and short == [x] and fit:
            s = sum(p.value for p in parts)
            sib = next((y for y in fit if len(y[1]) == len(parts)), None)
            if (
                sib is not None
                and _SIBLING_NEAR * total.value <= s < total.value
                and not _note_under(ctx, max(y[3][1] for y in sums), total.value - s)
                and not _note_over(ctx, min(y[3][0] for y in sums), total)
            ):
                strength = "sibling"
                k = _shown_scale([sib[0], *sib[1]])
                expr = _expr(sib[1], k)
                got = round(sib[0].value / k, 6)
                note = render("part_whole.sibling", expr=expr, total=got)
        out.append(_emit(ctx, total, parts, strength, span, "", note))
    return out


def _whole_run_fits(
    ctx: Context, row: list[tuple[int, int]], numeric: list[int], tcol: int, total: Fig
) -> bool:
    """Whether every number column after the total adds up to it: "Tổng số | Hoàn thành xuất
    sắc | … | Không hoàn thành | Miễn đánh giá" with "1.642 | 221 | 1.195 | 198 | 14 | 14"."""
    run = [cell_fig(ctx, row[c], total) for c in numeric if c > tcol]
    if len(run) < 2 or any(p is None for p in run):
        return False
    return abs(sum(p.value for p in run) - total.value) < 1e-6  # type: ignore[union-attr, misc]


_TOTAL_OF = re.compile(r"^\s*tổng\s+(?!cộng\b|số\b)([^\W\d]+)\b")


def _named_total_row(labels: list[str], first: int) -> int | None:
    """The last row "Tổng <w> …" when every row above it (two or more) opens with <w>: the
    rows "Thu …" under a "Tổng thu …" row are its parts."""
    k = len(labels) - 1
    while k > first and not labels[k].strip():
        k -= 1
    hit = _TOTAL_OF.match(labels[k]) if k > first else None
    if hit is None or k - first < 2:
        return None
    word = hit.group(1)
    if not all(re.match(rf"\s*{word}\b", labels[j]) for j in range(first, k)):
        return None
    return k


_WITHIN_ROW = re.compile(r"^\s*[-+•–]?\s*(?:trong đó|trong số đó|riêng)\b")


def _table_block(
    ctx: Context,
    rows: list[list[tuple[int, int]]],
    head: list[tuple[int, int]] | None,
    t: int,
    data: list[int],
    clean: bool,
    dashed: bool = False,
) -> list[Check]:
    """Each column of the rows ``data`` against the total row ``t``."""
    out: list = []  # checks, and sums to tell (see _emit_lines)
    text = ctx.text
    width = len(rows[t])
    if len(data) < 2 or any(len(rows[k]) != width for k in data):
        return out
    row_label = text[rows[t][0][0] : rows[t][0][1]].lower()
    if _MEASURE_ROW.search(row_label):
        return out  # "Tuổi bình quân …", "Tỷ lệ …": groups of an average or a rate never add up
    wider = bool(_WIDER_ROW.search(row_label))  # "Biên chế … được giao", "… đề nghị kỷ luật"
    for col in range(1, width):
        label = text[head[col][0] : head[col][1]].lower() if head and col < len(head) else ""
        shares = _shares_to_whole(ctx, rows, t, data, col)
        if shares is not None:
            out.append(shares)
            continue
        if _RATE_HEAD.search(label) or _INDEX_HEAD.search(label) or _MEAN_HEAD.search(label):
            continue
        plan = bool(_PLAN_HEAD.search(label))
        # "Số cuộc", "Số vụ việc", "Số chi bộ có …" beside a split of members: things that
        # several members share or that overlap across the split: a fit only
        other_noun = dashed and _other_count_head(label)
        row_head = text[head[0][0] : head[0][1]].lower() if head else ""
        if head and not _UNIT_ROWS_HEAD.search(row_head) and _entity_column(label):
            other_noun = True  # "Mô hình | Số xã triển khai": one commune runs several models
        if not dashed and _KIND_ROWS_HEAD.search(row_head) and "kỷ luật" not in row_head:
            other_noun = True  # "Hình thức khen thưởng | Số đảng viên": one member, two awards
        total = cell_fig(ctx, rows[t][col], None)
        if total is None or "%" in text[rows[t][col][0] : rows[t][col][1]]:
            continue
        parts = [cell_fig(ctx, rows[k][col], total) for k in data]
        if any(p is None for p in parts):
            continue
        if total.value and abs(sum(p.value for p in parts) - 2 * total.value) < 1e-6:  # type: ignore[misc]
            continue  # group rows and their own rows both listed ("Khối xã | 598", "Xã … | 312")
        span = (rows[min(data[0], t)][0][0], rows[max(data[-1], t)][-1][1])
        # a cell with a decimal part may be an index or a mean, no count: a fit is told
        whole = all(f.value == int(f.value) for f in (total, *parts))  # type: ignore[union-attr, arg-type]
        strength = (
            "paren" if clean and not plan and not wider and whole and not other_noun else "soft"
        )
        out.append((total, parts, strength, span, not plan and not wider))  # type: ignore[arg-type]
    return _emit_lines(ctx, out)


# -- a column of shares over a total row of "100%": "Nông nghiệp | 287 | 67,4%" … "Tổng cộng | 426 |
# 100%". Each share is rounded, so their sum may miss 100 by up to half a unit of the last digit
# per row; told only when it lands within that (a fit: rounded shares prove no miss).
#   example (our own)                                         told
#   rows 67,4% 8,5% 13,6% 4,9% 3,3% 2,3% under "Tổng | 100%"   consistent (sum 100.0)
#   rows 40,5% 26% 33,5% under "Cộng | 100%"                   consistent (sum 100)
#   rows 40,5% 26% 30,5% under "Cộng | 100%"                   nothing (sum 97)
def _pct_cell(ctx: Context, span: tuple[int, int]) -> Fig | None:
    a, b = span
    got = [g for g in ctx.figs_from(a, b) if g.type == "percent"]
    if len(got) != 1 or got[0].value is None or got[0].qual != "exact":
        return None
    return got[0] if not ctx.text[a : got[0].start].strip() else None


def _shares_to_whole(
    ctx: Context, rows: list[list[tuple[int, int]]], t: int, data: list[int], col: int
) -> Check | None:
    total = _pct_cell(ctx, rows[t][col])
    if total is None or total.value != 100:
        return None
    parts = [_pct_cell(ctx, rows[k][col]) for k in data]
    if len(parts) < 2 or any(p is None for p in parts):
        return None
    dec = max(len(m.group(1)) if (m := re.search(r",(\d+)", p.m.text)) else 0 for p in parts)  # type: ignore[union-attr]
    got = sum(p.value for p in parts)  # type: ignore[misc, union-attr]
    tol = len(parts) * 0.5 * 10**-dec
    if abs(got - 100) > tol + 1e-9:
        return None
    expr = " + ".join(f"{p.value:g}" for p in parts)  # type: ignore[union-attr]
    why = render("part_whole.shares", expr=expr, sum=round(got, dec + 1), n=len(parts),
                 tol=round(tol, dec + 2))  # fmt: skip
    figs = [total, *parts]
    span = (rows[min(data[0], t)][0][0], rows[max(data[-1], t)][-1][1])
    return ctx.check(NAME, "consistent", [100, *(p.value for p in parts)], figs, span,  # type: ignore[misc, union-attr, arg-type]
                     expected=100, observed=round(got, 6), tolerance=round(tol, 6), why=why)  # fmt: skip


# -- a two-column table whose tab the normaliser turned into a space (only rows of 3+ cells become
# " | "): a block of lines "label number" closed by a total row, e.g.
#   "Hình thức xử lý Số vụ" / "Nhắc nhở 12" / "Phê bình 5" / "Tổng cộng 17"
# The rows are the whole block above the total row, up to a blank line or a line with no number
# at its end (the header); a header naming a rate makes the column no count.
_FLAT_TOTAL = re.compile(
    rf"(?:tổng cộng|tổng số|tổng|cộng)[ \t]*:?[ \t]+({_NUM})(?:[ \t]+[^\W\d]+){{0,2}}[ \t]*$"
)
_FLAT_ROW = re.compile(
    rf"[ \t]*([^\W\d][^|\n%]{{0,90}}?)[ \t]+({_NUM})(?:[ \t]+[^\W\d]+){{0,2}}[ \t]*$"
)


# A heading that ends in its own number, never a row: "Bảng 1", "đợt 2", "Tổ dân phố số 3".
_NUMBERED_HEAD = re.compile(
    r"\b(?:bảng|biểu|đợt|số|quý|phụ lục|mục|phần|khóa|lần|thứ|kế hoạch|nghị quyết|chỉ thị|"
    r"quyết định|kết luận|chương trình|đề án|hướng dẫn|quy định)\s*$"
)  # "… khóa thứ 3", "Thực hiện Kế hoạch 15": a heading's number, not a row (review 82)


def _flat_fig(ctx: Context, a: int, b: int, like: Fig | None) -> Fig:
    """The number of a flattened row: the extractor's figure when it has exactly that, else a
    bare count of ``like``'s kind (no kind for the total row)."""
    got = [g for g in ctx.figs_from(a, b + 20) if g.start == a and g.type == "quantity"]
    if len(got) == 1 and got[0].qual == "exact" and got[0].value is not None and got[0].exact:
        return got[0]
    value = number(ctx.text[a:b])
    if like is None:
        m = Mention("quantity", a, b, ctx.text[a:b], "checker.bare", {"value": value})
        return Fig(m, -1, 0, "quantity", a, b, "", value, unit_info(None), "exact",
                   value.is_integer() and "," not in ctx.text[a:b], True)  # fmt: skip
    return synthetic(ctx, a, b, value, like)


def _flat_totals(low: str) -> list[re.Match[str]]:
    """``_FLAT_TOTAL`` tried only at the lines that open with "tổng"/"cộng" (found by a plain scan)."""
    out = []
    for cue in ("\ntổng", "\ncộng"):
        pos = low.find(cue)
        while pos >= 0:
            eol = low.find("\n", pos + 1)
            hit = _FLAT_TOTAL.match(low, pos + 1, len(low) if eol < 0 else eol)
            if hit:
                out.append(hit)
            pos = low.find(cue, pos + 1)
    return out


_NOTE_INCLUDES = re.compile(r"gồm cả|tính cả|bao gồm cả|kể cả|không tính|chưa tính|không kể")


def _flat_tables(ctx: Context) -> list[Check]:
    out: list[Check] = []
    low = ctx.low
    if "\n" not in low or ("tổng" not in low and "cộng" not in low):
        return out
    text = ctx.text
    for hit in _flat_totals(low):
        rows: list[tuple[int, int, int, bool]] = []  # (line start, number span, a sub-row)
        pos = hit.start()
        while pos > 0:
            ls = low.rfind("\n", 0, pos - 1) + 1
            row = _FLAT_ROW.match(low, ls, pos - 1)
            if row is None or _TOTAL_ROW.match(row.group(1)) or _NUMBERED_HEAD.search(row.group(1)):
                break  # "Kết quả kiểm tra đợt 2", "Bảng 1": a heading, not a row
            rows.append((ls, row.start(2), row.end(2), _SUB_ROW.match(row.group(1)) is not None))
            pos = ls
        if len(rows) < 2:
            continue
        rows.reverse()
        hs = low.rfind("\n", 0, max(0, rows[0][0] - 1)) + 1
        header = low[hs : rows[0][0]]
        if _RATE_HEAD.search(header):
            continue
        total = _flat_fig(ctx, hit.start(1), hit.end(1), None)
        parts = [_flat_fig(ctx, a, b, total) for _, a, b, _ in rows]
        clean = not _PLAN_HEAD.search(header) and not any(sub for *_, sub in rows)
        le = low.find("\n", hit.end(1))  # the total's line, then the line under it
        le2 = low.find("\n", le + 1) if le >= 0 else -1
        note = low[hit.end(1) : len(low) if le < 0 or le2 < 0 else le2]
        if _NOTE_INCLUDES.search(note) or _SOME_ITEMS.search(header):
            clean = False  # "Số liệu tổng cộng gồm cả 46 thanh niên …" under the total (review 82)
        span = (rows[0][0], hit.end(1))
        out.append(
            _emit(ctx, total, parts, "paren" if clean else "soft", span, text[span[0] : span[1]])
        )
    return out


# -- a predicate and its negation: "15 chỉ tiêu đạt và vượt, 3 chỉ tiêu chưa đạt" of 18 ----------
_NEG_AFTER = re.compile(r"^\s*(?:còn\s+)?(?:chưa|không)\s+(?:được\s+)?([^\W\d]+)")
_REST_BEFORE = re.compile(r"\bcòn(?:\s+lại)?\s*$")
_NEG_CUE = re.compile(r"chưa|không", re.IGNORECASE)
_STOP_PRED = re.compile(r"[,;.()]|\bvà\b|\bnhưng\b")


def _predicate(ctx: Context, f: Fig) -> str:
    """Words around a count that say what holds of it: "xã đạt 17/19 tiêu chí nông thôn mới"."""
    before = ctx.before_low(f, 25)
    before = re.split(r"[,;:()]", before)[-1]
    after = ctx.after_low(f, 50)
    cut = _STOP_PRED.search(after)
    return norm_descriptor(before + " " + (after[: cut.start()] if cut else after))


# Review 20b: a larger count with a predicate of its own is a sibling, not the whole whose
# rest is named: "40 đồng chí hoàn thành tốt nhiệm vụ, 38 đồng chí tham gia sinh hoạt đầy đủ,
# còn 3 đồng chí chưa tham gia" (the 3 are of the 45 members less those exempted, not 40 - 38).
_LINK_WORDS = frozenset({"trong", "và", "của", "gồm", "thuộc", "ở", "tại", "với", "là", "có"})
_WORD_AFTER = re.compile(r"\s*([^\W\d]+)")


def _own_predicate(ctx: Context, g: Fig, p: Fig) -> bool:
    """Is ``g`` followed by a predicate word other than the one after ``p``?"""
    a, b = _WORD_AFTER.match(ctx.low, g.end), _WORD_AFTER.match(ctx.low, p.end)
    return bool(a and b and a.group(1) != b.group(1) and a.group(1) not in _LINK_WORDS)


def _negations(ctx: Context) -> list[Check]:
    out: list[Check] = []
    low = ctx.low
    if "chưa" not in low and "không" not in low:
        return out
    text = ctx.text
    for c in ctx.figs:
        if not c.exact_count or not (c.unit.fams or c.unit.generic):
            continue
        if not _NEG_CUE.search(text, c.end, c.end + 40):
            continue  # no "chưa"/"không" right after: _NEG_AFTER cannot match
        neg = _NEG_AFTER.match(ctx.after_low(c, 40))
        if not neg:
            continue
        if ctx.after_low(c, 40).lstrip().startswith("không hoàn thành nhiệm vụ"):
            continue  # the lowest grade of a graded list, not what is left of a whole
        verb = neg.group(1)
        sent = [g for g in ctx.by_sent.get(c.sent, []) if g.start < c.start]
        p = next(
            (g for g in reversed(sent) if g.type in ("quantity", "ratio") and kin(g.unit, c.unit)),
            None,
        )
        if p is None or verb not in _predicate(ctx, p).split():
            continue
        if _NEG_AFTER.match(ctx.after_low(p, 40)):
            continue  # "có 5 bon chưa có chi bộ …; 3 bon chưa có đảng viên": two lacks, no split
        if _SHARE_AFTER.match(ctx.low, p.end, p.end + 60):
            continue  # "1.349 thôn … (chiếm 93,5%), 68 thôn …, số còn lại 26": a part, not the whole
        if p.type == "ratio":
            n, den = p.m.get("numerator"), p.m.get("denominator")
            if (
                not isinstance(n, int | float)
                or not isinstance(den, int | float)
                or not 0 <= n <= den
            ):
                continue
            whole, got, figs = float(den), float(n), [p, c]
        else:
            if not p.exact_count:
                continue
            t = next(
                (
                    g
                    for g in reversed(sent)
                    if g.start < p.start
                    and g.exact_count
                    and kin(g.unit, c.unit)
                    and g.value > p.value
                    and not _own_predicate(ctx, g, p)
                ),
                None,
            )  # type: ignore[operator]
            if t is None or ";" in ctx.gap(t, p):
                continue
            if _SHARE_AFTER.match(ctx.low, t.end, t.end + 60):
                continue  # "1.349 thôn … (chiếm 93,5%), 68 thôn …, số còn lại 26": t is a part
            whole, got, figs = float(t.value), float(p.value), [t, p, c]  # type: ignore[arg-type]
        rest = whole - got
        between = ctx.lower_slice(p.end, c.start)
        if c.value == rest:
            verdict = "consistent"
        elif (
            ";" not in between
            and not vocab.TIME_MARK.search(between)
            and (
                _REST_BEFORE.search(ctx.before_low(c, 12))
                or vocab.SEPARATOR_GAP.match(ctx.gap(p, c))
            )
        ):
            verdict = "inconsistent"  # the rest of one whole, one moment, named by negation
        else:
            verdict = "unverifiable"
        if verdict == "inconsistent" and p.type != "ratio" and _one_kind_of(figs[0], c):
            verdict = "unverifiable"  # "142 thôn, tổ dân phố, 118 thôn …, còn 6 thôn chưa có"
        if verdict == "inconsistent" and any(
            g.exact_count and kin(g.unit, c.unit) and g.start > figs[0].end and g not in figs
            and g is not c
            for g in ctx.by_sent.get(c.sent, [])
        ):  # fmt: skip
            # "45 đảng viên, 4 đồng chí được miễn sinh hoạt, 38 đồng chí tham gia …, còn 3 đồng
            # chí chưa tham gia": another part of the whole is listed, so 45 - 38 is no rest
            verdict = "unverifiable"
        expr = f"{c.value:g}"
        sw, sg, sr, sc, sd = _shown(figs, whole, got, rest, c.value, abs(rest - c.value))  # type: ignore[arg-type, operator]
        why = render("part_whole.negation", total=sw, covered=sg, rest=sr, stated=sc,
                     verb=(verb, verb), diff=sd)  # fmt: skip
        out.append(ctx.check(NAME, verdict, [whole, got, c.value], figs, ctx.clause(figs[0].start, c.end),  # type: ignore[list-item]
                             expected=rest, observed=c.value, tolerance=0, why=why))  # fmt: skip
        del expr
    return out


# -- parts first, then their sum: "khen thưởng 127 tập thể và 358 cá nhân, tổng cộng 485 lượt" --
_SUM_AFTER = re.compile(
    r"^\s*(?:[^\W\d]++\s*){0,4}?[,;]\s*(?:tổng cộng|cộng lại)(?:\s+(?!và\b|còn\b)[^\W\d]++){0,5}?"
    r"(?:\s+là|\s+có)?\s*:?\s*$"
    # the sum named otherwise, right after the last item: "…, cộng chung 51 chi bộ", "…; tổng số
    # 16 chi bộ trực thuộc" (the number at once: "tổng số xã đạt chuẩn là 15" may be a level
    # reached over years), "…, tổng kinh phí 1.345 triệu đồng" (amounts of the listed works)
    r"|^\s*(?:[^\W\d]++\s*){0,4}?[,;]\s*(?:cộng chung|tính chung|tổng số|tổng(?:\s+(?:kinh phí|chi phí|"
    r"số tiền|vốn|giá trị|diện tích|chiều dài)){1})(?:\s+(?:là|đạt|có))?\s*:?\s*$"
)
# where such a sum may be named (one scan of the document for each word)
_SUM_CUE_WORDS = ("tổng cộng", "cộng lại", "cộng chung", "tính chung", "tổng số", "tổng ")
# between two listed parts: a separator, maybe after a short label ("12 km đường bê tông và 3 km")
_LABELLED_SEP = re.compile(r"^\s*(?:[^\W\d]++\s*){0,5}?(?:,\s*và|,|\bvà)\s*$")
# "142 đảng viên, khối cơ quan 38 đảng viên": the next part's label after the separator
_LABEL_FIRST_SEP = re.compile(r"^\s*(?:,\s*và|,|\bvà)\s*(?:[^\W\d]++\s*){1,5}$")
# or labels on both sides: "xây mới 12 căn nhà đại đoàn kết, sửa chữa 5 căn, tổng cộng 17 căn"
_LABELS_BOTH_SEP = re.compile(r"^\s*(?:[^\W\d]++\s*){1,5}?(?:,\s*và|,|\bvà)\s*(?:[^\W\d]++\s*){1,5}$")
# a sum of things of several kinds: "… 17 tổ hợp tác và 6 hợp tác xã, tổng cộng 23 tổ chức kinh tế"
_COUNTERS = frozenset({"lượt", "trường hợp", "lượt người", "tổ chức"})


def _sums_after(ctx: Context) -> list[Check]:
    out: list[Check] = []
    low = ctx.low
    totals = []
    starts: set[int] = set()  # where each cue word ends (the sum follows within 40 characters)
    for word in _SUM_CUE_WORDS:
        pos = low.find(word)
        while pos >= 0:
            starts.add(pos + len(word))
            pos = low.find(word, pos + len(word))
    seen: set[int] = set()
    for pos in sorted(starts):
        got = ctx.figs_from(pos, pos + 40)[:1]
        if got and got[0].start not in seen:
            seen.add(got[0].start)
            totals.extend(got)
    for total in totals:
        # amounts only after a named sum of them: "…, tổng kinh phí 1.345 triệu đồng"
        amount = not total.exact_count and total.exact and bool(total.unit.fams)
        if not total.exact_count and not amount:
            continue
        prev = ctx.prev_in_sent(total)
        if prev is None or not _SUM_AFTER.match(ctx.gap(prev, total).lower()):
            continue
        parts = [prev]
        strength = "paren"
        before: Fig | None = None  # an item of the total's kind the walk could not join
        long_label = ""
        while True:
            q = ctx.prev_in_sent(parts[0])
            if q is None or not (q.exact_count or (amount and q.exact)):
                break
            gap = ctx.gap(q, parts[0])
            if not _LABELLED_SEP.match(gap):
                labelled = _LABEL_FIRST_SEP.match(gap) or _LABELS_BOTH_SEP.match(gap)
                after = re.split(r",|\bvà\b", gap)[-1]
                if not labelled or vocab.CLAUSE_OPENERS.match(after.lstrip(" ,")):
                    if (
                        _PART_SEP.match(gap.lower())
                        and _covers_part(total, q)
                        and not vocab.CLAUSE_OPENERS.match(after.lstrip(" ,"))
                        and not _long_gap_refused(gap.lower())
                        and not _CUMULATIVE.search(ctx.after_low(total, 40))
                    ):
                        # a long label ("37 đảng viên mới ở khu vực nông thôn, 12 …"): the
                        # item joins, but its label may open a new subject
                        strength = long_label = "strong"
                        parts.insert(0, q)
                        continue
                    if _covers_part(total, q) and _LIST_SEP.search(gap.lower()):
                        before = q
                    break
                strength = "strong"  # labels after the commas: the first may open a new subject
            parts.insert(0, q)
        if len(parts) < 2 or not all(p.exact_count or (amount and p.exact) for p in parts):
            continue
        if not (total.unit.key in _COUNTERS or all(_covers_part(total, p) for p in parts)):
            continue
        if strength == "strong":
            # the list may start later than the walk went: the longest tail that adds up wins
            for k in range(len(parts) - 1):
                if sum(p.value for p in parts[k:]) == total.value:  # type: ignore[misc]
                    parts = parts[k:]
                    break
        if before is not None and sum(p.value for p in parts) < total.value:  # type: ignore[misc, operator]
            # "37 đảng viên mới ở khu vực nông thôn, 12 … và 8 …, tổng cộng 57": a long label
            # stopped the walk at an item of the total's kind; the list may start there
            if sum(p.value for p in parts) + before.value == total.value:  # type: ignore[operator]
                parts.insert(0, before)
            else:
                strength = "soft"
        # parts joined by separators only, then "tổng cộng": the text states the sum itself, so
        # labels that might overlap elsewhere ("mới", "nghèo") are no excuse
        region = "" if strength == "paren" else ctx.text[parts[0].start : total.end]
        if _OVERLAP.search(ctx.after_low(total, 60).split(")")[0]):
            strength = "soft"  # "tổng cộng 18 đồng chí (2 đồng chí tham gia cả hai cơ quan)"
        if (
            "tổng số" in ctx.gap(prev, total).lower()
            and 2 * sum(p.value for p in parts) < total.value  # type: ignore[misc, operator]
        ):
            # "142 hộ nghèo, 118 hộ cận nghèo, tổng số 3.200 hộ": "tổng số" may name the whole
            # the items are drawn from (all households), not their sum; a sum that misses by
            # more than half is read so
            strength = "soft"
        span = ctx.clause(parts[0].start, total.end)
        c = _emit(ctx, total, parts, strength, span, region)
        if long_label and c.verdict == "unverifiable":
            continue  # a long label joined an item that tells nothing: no row
        out.append(c)
    return out


# -- parts first, then a closing total named by what it closes (widened) ------------------------
# ``_sums_after`` reads "…, tổng cộng N" after short labels. Reports also close a list of parts
# with a total that names its scope, after items whose labels run long, or in the next sentence:
#
# | parts …                                        | closer                               | reads as |
# |------------------------------------------------|--------------------------------------|----------|
# | 87 đại biểu được bầu từ các đảng bộ cơ sở và 12 | , tổng số 101 đại biểu               | paren    |
# | khiển trách 6 tổ chức đảng, cảnh cáo 2 …       | ; cộng 9 tổ chức đảng bị kỷ luật     | paren    |
# | cấp tỉnh 14 …, cấp huyện 37 …, cấp xã 52 …     | ; cả ba cấp 105 đồng chí             | closed   |
# | Pa Vệ 412 hộ, Tà Hừa 305 hộ, Chiềng Sại 198 hộ  | , cộng chung cả ba xã là 925 hộ       | closed   |
# | … 22 đảng viên.                                | Tổng số đảng viên của ba chi bộ là 86 | closed   |
# | quý I 28, quý II 41, quý III 35, quý IV 52     | ; cả năm 165 đảng viên               | closed   |
# | 24 trường mầm non, …, 3 trường THPT            | ; tổng số trường học … là 74 trường  | partition|
# | cấp trung ương 12 hộ, …, cấp xã 1.820 hộ       | ; toàn tỉnh 2.559 hộ                 | partition|
#
# A count word in the closer ("cả ba cấp", "của ba chi bộ", "ba tổ chức này") must equal the
# number of parts read, and then the list is closed; the periods of a year (quý I–IV, 6 tháng đầu
# and cuối năm) close "cả năm". A scope named otherwise ("tổng số … là", "toàn tỉnh") may hold
# more than the items (a stock, other places): an alarm only when the items add up to more. A
# plan, a cumulative or a comparison in the closer ("dự toán cả năm", "lũy kế", "tăng") is no
# sum of the items. The walk back takes items of the total's kind joined by ",", ";" or "và"
# behind labels of up to ten words; a figure of another kind inside a label ("312 đảng viên 30
# năm tuổi Đảng, 245 …") is the label's. When the walk stops at an item of the total's kind it
# cannot join, the list may start before it: a fit is told, never a miss.
_NUM_WORD = r"(?:hai|ba|bốn|sáu|bảy|tám|chín|mười)"
_CLOSER = re.compile(
    # (a word is taken whole, "++": splitting it only retried the same text, exponentially)
    r"^\s*(?:[^\W\d]++\s*){0,10}?(?:[,;]|\.(?=\s*$)|\.\s+(?=[^\W\d]))\s*(?:như vậy\s*,?\s*)?"
    r"(?P<cue>cộng(?:\s+(?:lại|chung))?|tổng cộng|tính chung|tổng số|tổng|cả năm|cả\s+"
    + _NUM_WORD
    + r"\s+"
    r"[^\W\d]+|"
    + _NUM_WORD
    + r"\s+[^\W\d]+(?:\s+[^\W\d]+)?\s+(?:này|nêu trên|trên)|toàn\s+(?:tỉnh|huyện|"
    r"thành phố|thị xã|xã|đảng bộ))\b"
    r"(?P<np>(?:\s+[^\W\d,;:()%]+){0,12}?)\s*:?\s*$"
)
_CLOSER_NOT = re.compile(
    r"\b(?:dự toán|kế hoạch|chỉ tiêu|mục tiêu|dự kiến|lũy kế|cộng dồn|từ đầu|đến nay|hiện có|"
    r"nâng|tăng|giảm|so với|bằng|chiếm|vượt|còn|trong đó|năm trước|cùng kỳ|bình quân|trung bình|"
    r"mỗi|hơn|tỷ lệ)\b"
)
_CLOSER_COUNT = re.compile(
    r"(?<![^\W\d])(" + _NUM_WORD + r")\s+(?!lần\b|tháng\b|năm\b|nay\b)[^\W\d]+"
)
# the gap between two items: label words only (up to fourteen, with commas inside: "đạt trong
# sạch, vững mạnh,"), at least one separator
_PART_SEP = re.compile(r"^(?=[^\d.()\n:]*(?:,|;|\bvà\b))\s*[,;]?\s*(?:[^\W\d]++\s*+(?:[,;]\s*+)?){0,14}$")
_PERIOD_WORD = re.compile(r"\b(?:quý|tháng|đợt)\b")
# a gap between two items that starts a subset, another time or a stage: no list of one whole
# ("6 chi bộ nông thôn, trong đó 2 chi bộ mới …", "14 căn …; năm trước sửa chữa 9 căn", "3 xã đạt
# chuẩn nông thôn mới nâng cao, đạt chuẩn kiểu mẫu 2 xã")
_GAP_NOT_LIST = re.compile(
    r"\b(?:trong đó|trong số|riêng|cụ thể|năm trước|năm nay|cùng kỳ|kỳ trước|hiện nay|đến nay|"
    r"từ đầu|lũy kế)\b"
)


def _long_gap_refused(gap: str) -> bool:
    """Does the label between two items (more than five words) name a subset, another time, a
    stage or an attribute that may overlap the other items?"""
    if _GAP_NOT_LIST.search(gap):
        return True
    return len(gap.split()) > 5 and bool(_STAGE.search(gap) or vocab.OVERLAP_WORDS.search(gap))


_WIDER_AFTER = re.compile(r"^\s*(?:[^\W\d,;]+\s+){0,3}?(?:toàn|cả|của (?:toàn|cả))\s")
# a year or an ordinal in a label or closer is no item ("năm 2023 có 5 xã", "đợt 2 trao 96 …")
_YEARS = re.compile(
    r"\b(?:năm\s+)?(?:19|20)\d{2}\b|\b(?:đợt|lần|quý|tháng|khóa|giai đoạn)\s+\d{1,2}\b"
)
_LIST_SEP = re.compile(r"[,;]|\bvà\b")


def _in_words(f: Fig) -> bool:
    """A count written in words ("ba xã"), no digit in it."""
    return not any(ch.isdigit() for ch in f.m.text)


_QUARTERS = re.compile(r"\bquý\s+(i|ii|iii|iv|1|2|3|4)\b")
_HALVES = re.compile(r"6 tháng (đầu|cuối)")


def _year_periods_closed(label_text: str) -> bool:
    """Do the items' labels name every quarter (or both halves) of one year?"""
    if {m.group(1) for m in _QUARTERS.finditer(label_text)} in (
        {"i", "ii", "iii", "iv"},
        {"1", "2", "3", "4"},
    ):
        return True
    return {m.group(1) for m in _HALVES.finditer(label_text)} == {"đầu", "cuối"}


# -- a list headed by what it breaks down, closed by the total of that in the next sentence:
# "Nguồn vốn huy động … gồm: ngân sách trung ương 12,45 tỷ đồng, …, nhân dân đóng góp 3,6 tỷ
# đồng. Tổng nguồn vốn huy động đạt 31,07 tỷ đồng" (the closer names the header by its first
# words and no word the header lacks; the header holds no figure: the items are the whole of it).
#
# example (our own)                                                              told
# "Kinh phí … gồm: ngân sách tỉnh 4,2 tỷ đồng, … 1,5 tỷ đồng. Tổng kinh phí là 6,9 tỷ đồng"  sum
# "Kinh phí … gồm: … . Tổng vốn đầu tư toàn xã là 16,9 tỷ đồng"  nothing (another whole)
# "Kinh phí đã giải ngân gồm: … . Tổng kinh phí được giao là …"     nothing (words the header lacks)
# "Năm 2023 xã có 3 mô hình: … . Tổng kinh phí …"                   nothing (a figure in the header)
_LIST_HEAD = re.compile(
    r"^(?:[^\W\d]+,?\s+){0,3}?(?P<head>(?:[^\W\d]+\s+){1,14}?)(?:bao gồm|gồm có|gồm)\s*:\s*"
)
_HEAD_SKIP = frozenset({"các", "những", "số"})
_HEAD_LINK = re.compile(r"\s(?:đạt|là|lên|bằng|gồm)(?:\s|$)")


def _headed_closer(ctx: Context, first: Fig, cue: str, np: str) -> bool:
    """Does ``first`` open a list headed "<words> gồm:" in its sentence, no figure in the
    header, and does the closer ("tổng" + ``np``) name the header's first two words?"""
    if not cue.startswith("tổng") or cue.startswith("tổng cộng"):
        return False
    ss, _ = ctx.sentence_span(first.sent)
    head = _LIST_HEAD.match(_YEARS.sub(" ", ctx.low[ss : first.start]))
    if head is None:
        return False
    want = [w for w in head.group("head").split() if w not in _HEAD_SKIP]
    said = _HEAD_LINK.split(np.replace(",", " "), maxsplit=1)[0]
    got = [w for w in said.split() if w not in _HEAD_SKIP]
    # the closer names the header, nothing more ("Tổng kinh phí được giao", "Tổng vốn đầu tư …
    # của tỉnh", "… từ mọi nguồn", "… cả năm": another whole, review 38)
    return len(got) >= 2 and want[:2] == got[:2] and set(got) <= set(want)


def _closes_cleanly(ctx: Context, parts: list[Fig], total: Fig) -> bool:
    """For a closer in the next sentence (review 38b): nothing after the total in its clause
    ("… 19,8 tỷ đồng ở hai xã …", "… trong năm năm qua": another scope or time), and no item
    after the last counted one ("…, 8,2 tỷ đồng và vốn lồng ghép các chương trình khác.")."""
    if not re.match(r"\s*(?:[,.;]|$)", ctx.after_low(total, 30)):
        return False
    _, se = ctx.sentence_span(parts[-1].sent)
    return not re.search(r",|\bvà\b|\bcùng\b", ctx.low[parts[-1].end : se])


_UNION_FILLER = frozenset({"số", "và", "toàn", "của", "cả"})


def _union_closer(ctx: Context, parts: list[Fig], cue: str, np: str) -> bool:
    """Does the closer ("Tổng số" + ``np``) name each item's kind, the last two joined by "và"?
    "… 1.836 hộ nghèo và 1.214 hộ cận nghèo. Tổng số hộ nghèo và cận nghèo toàn huyện là 3.140
    hộ" (the union of the kinds: the items are all of it)."""
    if not cue.startswith("tổng") or cue.startswith("tổng cộng") or not 2 <= len(parts) <= 4:
        return False
    kinds = []
    for p in parts:
        words = re.split(r"[,;:.()]|\svà\s", ctx.after_low(p, 40) + " ")[0].split()
        if not 1 <= len(words) <= 3:
            return False
        kinds.append(" ".join(words))
    said = " " + " ".join(np.replace(",", " , ").split()) + " "
    if len(set(kinds)) != len(kinds) or not all(f" {k} " in said for k in kinds):
        return False
    if not (f" {kinds[-2]} và " in said or f" và {kinds[-1]} " in said):
        return False
    # the items are a stock ("huyện có 1.836 hộ nghèo và …"), not what a deed reached ("hỗ trợ
    # làm nhà cho 12 hộ nghèo và 8 …"); kinds that may overlap ("nữ", "dân tộc") are no union
    if not re.search(r"\bcó\s*$", ctx.before_low(parts[0], 20)):
        return False
    if any(vocab.OVERLAP_WORDS.search(k) and "nghèo" not in k for k in kinds):
        return False
    # the closer says nothing the items' sentence does not: a subset ("… được vay vốn"), another
    # time ("… cuối năm"), a wider place ("… của tỉnh") is another whole (review 38b)
    ss, se = ctx.sentence_span(parts[0].sent)
    allowed = set(" ".join(kinds).split()) | set(ctx.low[ss : parts[0].start].split())
    allowed |= {w for p in parts for w in p.unit.key.split()} | _UNION_FILLER
    words = np.replace(",", " ").split()
    while words and words[-1] in ("là", "đạt", "có"):
        words.pop()
    return set(words) <= allowed


# (review 38e) a closer in the next sentence that counts the items ("Cả ba chi bộ …") must still
# say what the items did or were, and name no time of its own ("Cả ba chi bộ khi ấy có 9 …",
# "Cả ba xã vùng cao có 140 hộ đang cần hỗ trợ nhà ở" after "24 hộ được hỗ trợ xây nhà, …")
_CLOSER_TIME = re.compile(
    vocab.TIME_MARK.pattern
    + r"|\b(?:từ đầu|lũy kế|cộng dồn|các năm|mỗi năm|hằng năm|năm sau|năm nay|sang năm|cả năm"
    r"|khi ấy|khi đó|lúc ấy|lúc đó|(?:sau|qua|trong)\s+(?:[^\W\d]+\s+)?năm)\b"
)
_CLOSER_FILLER = frozenset(
    "đã có là được và các những cả toàn của trong số tổng cộng hai ba bốn năm sáu bảy tám chín "
    "mười này đó trên".split()
)


def _pairs_of(words: list[str]) -> set[tuple[str, str]]:
    return set(zip(words, words[1:], strict=False))


def _closer_says_items(ctx: Context, parts: list[Fig], total: Fig, closer: str) -> bool:
    if _CLOSER_TIME.search(closer) or _CLOSER_TIME.search(
        re.split(r"[,;.]", ctx.after_low(total, 60))[0]
    ):
        return False
    ss, _ = ctx.sentence_span(parts[0].sent)
    items = norm_words(ctx.low[ss : parts[-1].end]).split()
    # (the closer's count of the items, "ba chi bộ", is no word of what they did)
    said = re.sub(rf"(?<![^\W\d]){_NUM_WORD}\s+(?:[^\W\d]+\s+){{0,2}}", " ", norm_words(closer))
    own = [w for w in said.split() if w not in _CLOSER_FILLER]
    if _pairs_of(own) & _pairs_of(items):
        return True
    after_total = norm_words(ctx.after_low(total, 30)).split()[:2]
    after_first = norm_words(ctx.after_low(parts[0], 30)).split()[:2]
    return (
        len(after_total) == 2
        and after_total == after_first
        and not set(after_total) & _CLOSER_FILLER
    )


def _sums_closing(ctx: Context, done: list[Check]) -> list[Check]:
    out: list[Check] = []
    said = {c.mention_ids[0] for c in done if c.kind == NAME and c.mention_ids}
    low = ctx.low
    for k, total in enumerate(ctx.figs):
        if total.id in said or total.qual != "exact" or total.value is None:
            continue
        amount = not total.exact_count and total.exact and bool(total.unit.fams)
        if not total.exact_count and not amount:
            continue
        j = k - 1
        skipped: list[Fig] = []
        # a count in words inside the closer ("cả ba xã", "Ba tổ chức này") is the closer's; a
        # figure of another kind right after the last item, no separator between, is its label's
        # ("118 đảng viên 50 năm tuổi Đảng được trao Huy hiệu; tổng số …")
        while (
            j > 0
            and not _covers_part(total, ctx.figs[j])
            and (
                _in_words(ctx.figs[j])
                or (
                    ctx.figs[j - 1].sent == ctx.figs[j].sent
                    and not _LIST_SEP.search(ctx.gap(ctx.figs[j - 1], ctx.figs[j]))
                )
            )
        ):
            skipped.append(ctx.figs[j])
            j -= 1
        if j < 0 or ctx.figs[j].sent < total.sent - 1 or len(skipped) > 2:
            continue
        prev = ctx.figs[j]
        # the closer opens the next sentence: "… 22 đảng viên. Tổng số đảng viên của ba chi bộ
        # là 86 đồng chí."
        across = prev.sent != total.sent
        gap = low[prev.end : total.start]
        for f in skipped:
            if not _in_words(f):
                gap = gap.replace(ctx.lower_slice(f.start, f.end), " ", 1)
        if len(gap) > 480:
            continue  # (the sub turns matches of 4 characters at least into 1: still over 120)
        gap = _YEARS.sub(" ", gap)
        if len(gap) > 120 or "\n" in gap:
            continue
        m = _CLOSER.match(gap)
        if m is None or (across and "." not in gap) or (not across and "." in gap):
            continue
        closer = gap[m.start("cue") :]
        if _CLOSER_NOT.search(closer) or _CUMULATIVE.search(closer):
            continue
        ok = lambda g, amount=amount: (g.exact_count or (amount and g.exact)) and g.qual == "exact"  # noqa: E731
        if not ok(prev) or not _covers_part(total, prev):
            continue
        parts = [prev]
        start_sure = True
        while True:
            q = ctx.prev_in_sent(parts[0])
            if q is None:
                break
            g = _YEARS.sub(" ", ctx.gap(q, parts[0]).lower())
            q2 = ctx.prev_in_sent(q) if not _covers_part(total, q) else None
            if q2 is not None and not (_LIST_SEP.search(g) and _LIST_SEP.search(ctx.gap(q2, q))):
                # a figure inside an item's label, with no separator on one side ("245 đảng
                # viên 40 năm tuổi Đảng, 118 …"): the label's, skipped
                g = _YEARS.sub(" ", ctx.gap(q2, parts[0]).lower())
                g = g.replace(ctx.lower_slice(q.start, q.end), " ")
                q = q2
            if not (ok(q) and _covers_part(total, q)):
                break
            if (
                not _PART_SEP.match(g)
                or vocab.CLAUSE_OPENERS.match(re.split(r"[,;]|\bvà\b", g)[-1].lstrip(" ,"))
                or _long_gap_refused(g)
            ):
                start_sure = False
                break
            parts.insert(0, q)
        if len(parts) < 2:
            continue
        if all(p.unit.key and total.unit.key.startswith(p.unit.key + " ") for p in parts):
            continue  # "xã A có 1.240 hộ, …; toàn huyện có 1.850 hộ nghèo": the total is narrower
        attr = vocab.OVERLAP_WORDS.search(" ".join(ctx.after_low(total, 40).split()[:3]))
        if attr and attr.group(0) not in low[parts[0].start : min(parts[-1].end + 40, total.start)]:
            continue  # (its attribute after the number, "1.240 hộ nghèo", the items lack)
        if _CUMULATIVE.search(ctx.after_low(total, 40)) or _GAP_NOT_LIST.search(closer):
            continue  # "…, tổng cộng 22 căn từ đầu nhiệm kỳ": a running total, not the items'
        if _WIDER_AFTER.match(ctx.after_low(total, 60)):
            continue  # "tổng số 412 đảng viên toàn Đảng bộ": the whole body, not the items
        if _CLOSER_COUNT.search(closer) is None and sum(p.value for p in parts) < 0.5 * total.value:  # type: ignore[misc, operator]
            continue  # far short of a total the closer does not tie to the items: another whole
        cue = m.group("cue")
        count = _CLOSER_COUNT.search(closer)
        labels = low[ctx.sentence_span(parts[0].sent)[0] : total.start]
        if count is not None:
            if _WORD_VALUES[count.group(1)] != len(parts):
                continue
            if across and not _closer_says_items(ctx, parts, total, closer):
                continue
            strength = "closed"
        elif cue.startswith("cả năm"):
            strength = "closed" if _year_periods_closed(labels) else "partition"
        elif across:
            if not (
                _headed_closer(ctx, parts[0], cue, m.group("np"))
                or _union_closer(ctx, parts, cue, m.group("np"))
            ) or not _closes_cleanly(ctx, parts, total) or set(_YEARS.findall(low[ctx.sentence_span(total.sent)[0] : total.start])) - set(
                _YEARS.findall(low[ctx.sentence_span(parts[0].sent)[0] : parts[-1].end])
            ):
                continue  # a total in the next sentence must name its items' number or periods
                # (or their header, and no year of its own: "… năm 2024 gồm: … . Tổng kinh phí
                # … năm 2023 là …", review 38)
            strength = "closed"
        elif (
            cue.startswith(("cộng", "tổng cộng", "tính chung", "tổng số"))
            and not m.group("np").strip()
        ):
            strength = "paren"
        else:
            strength = "partition"
        if strength not in ("closed",) and (
            len(set(_YEARS.findall(labels))) > 1 or len(_PERIOD_WORD.findall(labels)) > 1
        ):
            # items of several periods ("năm 2022 có 40 chi bộ, năm 2023 có 45 chi bộ; tổng cộng
            # 95"): levels need not add up; only a closer that counts them or closes the year sums
            continue
        if not start_sure and strength != "partition":
            strength = "soft"
        if _OVERLAP.search(ctx.after_low(total, 60).split(")")[0]):
            strength = "soft"
        span = (parts[0].start, total.end) if across else ctx.clause(parts[0].start, total.end)
        # a closer that states the sum of the items it counts ("cả ba loại lớp", "cộng") leaves
        # no room for overlapping labels ("lớp bồi dưỡng đảng viên mới")
        region = "" if strength in ("paren", "closed") else ctx.text[parts[0].start : total.end]
        c = _emit(ctx, total, parts, strength, span, region)
        if c.verdict != "unverifiable":  # a reading that tells nothing leaves the figures free
            out.append(c)
    return out


# -- a total, then its two sides in the next sentence ---------------------------------------------
# A sentence that holds only the two sides of one complete split (``_PAIRS``), each labelled by
# its side and the total's own noun, breaks down the count that ends the sentence before it:
#
# | total (sentence before)                 | next sentence                                     |
# |-----------------------------------------|---------------------------------------------------|
# | Đảng bộ xã hiện có 361 đảng viên.       | Số đảng viên nam là 213 đồng chí, số đảng viên nữ là 148 đồng chí. |
# | … thành lập mới … là 17 hợp tác xã.     | Trong lĩnh vực nông nghiệp có 11 hợp tác xã, lĩnh vực phi nông nghiệp 6 hợp tác xã. |
# | … kết nạp được 63 đảng viên mới.        | Xét theo địa bàn, khu vực nông thôn 46 đồng chí, khu vực đô thị 17 đồng chí. |
#
# Any other word in a label (a verb, a time, a place: "Trong năm kết nạp 12 nam, 8 nữ") may name
# another set than the total: no reading.
_PAIR_FILLER = frozenset(
    {"số", "là", "có", "trong", "ở", "tại", "thuộc", "lĩnh", "vực", "khu", "địa", "bàn", "loại",
     "hình", "giới", "tính", "xét", "theo", "phân", "chia", "về", "đối", "với", "người", "đồng",
     "chí", "cụ", "thể", "gồm", "trong đó"}
)  # fmt: skip
_NEXT_PAIRS = (
    *_PAIRS,
    (re.compile(r"(?<!phi )nông thôn\b"), re.compile(r"(?:đô thị|thành thị)\b")),
)


def _pair_next(ctx: Context) -> list[Check]:
    out: list[Check] = []
    for si, figs in ctx.by_sent.items():
        if len(figs) != 2 or si - 1 not in ctx.by_sent:
            continue
        a, b = figs
        total = ctx.by_sent[si - 1][-1]
        if not (
            total.exact_count and total.qual == "exact" and total.value
            and all(f.exact_count and f.qual == "exact" for f in figs)
            and all(_covers_part(total, f) or _people_pair(total, f) for f in figs)
        ):  # fmt: skip
            continue
        s0, e0 = ctx.sentence_span(si)
        if len(ctx.low[total.end : s0].split()) > 6:
            continue  # the total must end its sentence (its noun and a few words after it)
        if any(
            g is not total and (_covers_part(total, g) or _people_pair(total, g))
            for g in ctx.by_sent[si - 1]
        ):
            continue  # "…, trên 45 tuổi 11 đồng chí. Theo giới tính: nữ 86, nam 128": an item
        la = ctx.low[s0 : a.start]
        lb = ctx.low[a.end : b.start]
        tail = ctx.low[b.end : e0]
        unit_words = set()
        for f in (total, a, b):
            unit_words |= set(f.unit.key.split())
        # the total's own noun said before it ("lực lượng dân quân có 1.942 đồng chí")
        unit_words |= set(re.sub(r"[^\w\s]", " ", ctx.before_low(total, 40)).split()[-4:])
        if set(re.sub(r"[^\w\s]", " ", tail).split()) - unit_words - _PAIR_FILLER:
            continue  # words after the second side ("… làm việc tại doanh nghiệp") narrow both
        sides = None
        for x, y in _NEXT_PAIRS:
            if x.search(la) and y.search(lb) and not y.search(la) and not x.search(lb):
                sides = (x, y)
            elif y.search(la) and x.search(lb) and not x.search(la) and not y.search(lb):
                sides = (y, x)
            if sides:
                break
        if sides is None:
            continue
        extra = set()
        for lab, side in ((la, sides[0]), (lb, sides[1])):
            words = set(re.sub(r"[^\w\s]", " ", side.sub(" ", lab)).split())
            extra |= words - _PAIR_FILLER - unit_words
        if extra or not re.search(r"[,;]|\bvà\b", lb):
            continue
        out.append(_emit(ctx, total, [a, b], "closed", (total.start, b.end), ""))
    return out


# -- the rest of a whole after a done part: "đã giải quyết 15/17 đơn; còn 2 đơn đang xem xét" --
# A count named as what is left ("còn N …", "N … còn lại", "số còn lại, N") or as its negation
# ("N … chưa tốt") is resolved against the nearest done part before it: a fraction "D/W", or a
# count D with its whole W (a bracket after D, or the nearest larger count of the same family
# up to two sentences back). E.g. "tiếp nhận 184 ý kiến; đã giải quyết 171 ý kiến, đạt 92,9%,
# 13 ý kiến còn lại …": 184 - 171 = 13.
_REST_CUE = re.compile(
    r"(?<!xuống )(?<!giảm )(?<!hạ )\bcòn(?:\s+lại)?\s*[,:]?\s*$|\bsố còn lại\s*,?\s*$"
)
_REST_AFTER = re.compile(r"^\s*(?:[^\W\d]+\s+){0,3}?còn lại\b")
_NOT_AFTER = re.compile(r"^\s*(?:[^\W\d]+\s+){0,3}?(?:chưa|không|đang)\b")
_SUBSET_BEFORE = re.compile(r"\btrong đó\b|\briêng\b|\btrong số đó\b")


# Classifiers that stand for any member of their family: "kết nạp 40 đảng viên …, còn 3 đồng
# chí" names one set twice.
_NEUTRAL_HEADS = frozenset({"đồng chí", "người", "trường hợp", "lượt", "đơn vị"})
# A rest that names its own set after "còn lại": "4 thôn còn lại trong diện sáp nhập …", "số
# còn lại thuộc diện …": the rest of that set, not of the whole just stated.
_OWN_SET_AFTER = re.compile(
    r"^\s*(?:[^\W\d]+\s+){0,3}?còn lại\s+(?:(?:nằm\s+)?trong diện|thuộc diện|trong số|"
    r"thuộc|của|trong nhóm|ở diện)\b"
)


def _same_noun(a: Fig, b: Fig) -> bool:
    """Do ``a`` and ``b`` count the same things, not two siblings of one family ("33 thôn" and
    "1 tổ dân phố", "12 xã" and "3 thị trấn")? A rest is never read across such units."""
    ha, hb = a.unit.head, b.unit.head
    if not ha or not hb or ha == hb or a.unit.key == b.unit.key:
        return True
    if ha in b.unit.heads or hb in a.unit.heads or _elided(a.unit.key, b.unit.key):
        return True
    return ha in _NEUTRAL_HEADS or hb in _NEUTRAL_HEADS


def _elided(a: str, b: str) -> bool:
    """A noun shortened on its second mention: "231 tổ chức đảng …; 9 tổ chức …"."""
    return bool(a and b) and (a.startswith(b + " ") or b.startswith(a + " "))


# A count that is a change or a comparison base, never the done part of a rest: "tăng 18 đảng
# viên so với cùng kỳ (124 đảng viên); còn 38 đảng viên …".
_CHANGE_BEFORE = re.compile(r"(?:\btăng|\bgiảm|\bhơn|\bso với[^()\d;]{0,40}\()\s*$")
# Review 21p: a count that arrives enlarges the whole; it is no part done, and the rest is of the
# whole and the arrivals together, which no pair of counts gives:
#   "45 hộ chưa có nhà tiêu; … phát sinh thêm 4 hộ mới tách hộ, đã xây 28 nhà tiêu, còn 21 hộ
#   chưa có" -> 45 + 4 - 28 = 21, not 45 - 4: no rest is told
_ARRIVAL = re.compile(r"\bphát sinh(?:\s+(?:thêm|mới))?\s*$|\b(?:có|tăng|nhận)\s+thêm\s*$")


def _bracket_owner(ctx: Context, d: Fig, c: Fig) -> Fig | None | bool:
    """When ``d`` sits in a bracket that closes before the rest ``c``, the count the bracket
    belongs to: "đã giải quyết 40 người (… 25 người; … 15 người), còn hai người …" -> 40.
    False when ``d`` is in no such bracket; None when the owner is not a count."""
    close = ctx.text.find(")", d.end, c.start)
    if close < 0 or "(" in ctx.text[d.end : close]:
        return False
    s = ctx.sentence_span(d.sent)[0]
    open_ = ctx.text.rfind("(", s, d.start)
    if open_ < 0 or ")" in ctx.text[open_ : d.start]:
        return False
    for g in ctx.earlier(d, 12):
        if g.end <= open_:
            return g if g.sent == d.sent and g.type == "quantity" else None
    return None


def _listed(ctx: Context, w: Fig) -> bool:
    """Is ``w`` an item of a list, after a sibling of its kind ("lúa 30 ha; ngô 12 ha")? A
    list item is no whole of the rest that follows the list."""
    for g in ctx.earlier(w, 3):
        if g.sent != w.sent:
            return False
        if g.type == "percent":
            continue
        gap = _SHARE_IN_GAP.sub(" ", ctx.gap(g, w))
        return g.exact_count and kin(g.unit, w.unit) and bool(_LIST_GAP.match(gap))
    return False


_ITEM_GAP = re.compile(r"^[^\d.():]{0,50}[,;][^\d.():]{0,90}$")  # the next item's label may be long


def _first_of_colon_list(ctx: Context, w: Fig, d: Fig) -> bool:
    """Is ``w`` the first item of a list that a colon opens after a larger count, and ``d`` the
    next item? "Tổng số 2.000 học sinh …: vào lớp 10 công lập 1.320 em, tỷ lệ 66%; vào trung tâm
    … 480 em, tỷ lệ 24%; còn lại 200 em": the rest closes the list of the 2.000, it is no rest of
    the 1.320."""
    if not _ITEM_GAP.match(_SHARE_IN_GAP.sub(" ", ctx.gap(w, d))):
        return False
    g = next((g for g in ctx.earlier(w, 3) if g.type != "percent"), None)
    return (
        g is not None
        and g.sent == w.sent
        and g.exact_count
        and g.value > w.value  # type: ignore[operator]
        and ":" in ctx.gap(g, w)
    )


_SHARE_IN_GAP = re.compile(r"\(?\s*(?:chiếm|bằng|đạt)?\s*\d+(?:,\d+)?\s*%\s*\)?")
_LIST_GAP = re.compile(r"^[^\d.():]{0,50}[,;][^\d.():]{0,50}$")


def _rest_pair(ctx: Context, c: Fig) -> tuple[Fig, Fig | None, float, float, bool] | None:
    """(done figure, whole figure or None for a fraction, whole, done, tight) for the rest
    ``c``; ``tight`` when the whole is tied by structure (a fraction, a bracket, a plan, or the
    count right before the done part that is no list item), not found by search."""
    for d in ctx.earlier(c, 8):
        if d.sent < c.sent - 1:
            return None
        if d.type == "percent" or not (d.unit.fams or d.unit.generic):
            continue
        if not (
            kin(d.unit, c.unit)
            or covers(d.unit, c.unit)
            or covers(c.unit, d.unit)
            or _elided(d.unit.key, c.unit.key)
        ):
            continue
        if d.type == "quantity" and _CHANGE_BEFORE.search(ctx.before_low(d, 50)):
            continue
        if d.type == "quantity" and _ARRIVAL.search(ctx.before_low(d, 30)):
            return None  # the whole grew by ``d``: its rest is no difference of two counts
        plan = d.type == "quantity" and bool(_PLAN_BRACKET.search(ctx.before_low(d, 60)))
        owner = False if plan else _bracket_owner(ctx, d, c)
        if owner is None:
            return None
        if owner is not False:
            d = owner  # type: ignore[assignment]
            if not kin(d.unit, c.unit):
                return None
        if d.type == "ratio":
            n, den = d.m.get("numerator"), d.m.get("denominator")
            if isinstance(n, int | float) and isinstance(den, int | float) and 0 <= n < den:
                return d, None, float(den), float(n), True
            return None
        if not d.exact_count or d.value is None:
            return None
        if plan:
            # "đã hỗ trợ 412 căn nhà, đạt 82,4% kế hoạch (500 căn); còn 88 căn": the bracket is the
            # whole, the done part is the count the percent is said of
            if d.value <= c.value:  # type: ignore[operator]
                return None
            done = next(
                (g for g in ctx.earlier(d, 3) if g.sent == d.sent and g.type == "quantity"), None
            )
            if (
                done is not None
                and done.exact_count
                and done.value < d.value
                and (  # type: ignore[operator]
                    kin(done.unit, d.unit) or _elided(done.unit.key, d.unit.key)
                )
            ):
                return done, d, float(d.value), float(done.value), True  # type: ignore[arg-type]
            return None
        floor = max(d.value, c.value)  # type: ignore[type-var]
        # the whole: a bracket between the part and the rest ("đạt 82,4% kế hoạch (500 căn)"),
        # else the nearest larger count of the same family before the part
        for w in ctx.figs[d.i + 1 : c.i]:
            if w.exact_count and kin(w.unit, d.unit) and w.value > floor:  # type: ignore[operator]
                if ctx.text.rfind("(", d.end, w.start) >= 0:
                    return d, w, float(w.value), float(d.value), True  # type: ignore[arg-type]
        first = True
        for w in ctx.earlier(d, 12):
            if w.sent < d.sent - 1:
                break
            if w.type == "percent" or reference_level(ctx, w):
                continue  # "(410,7 tỷ đồng)" after "dự toán" is a plan, not this whole
            cases = d.unit.key in _WILDCARD_UNITS and bool(w.unit.fams & _CASE_FAMILIES)
            if (
                w.exact_count
                and (
                    cases  # "phát hiện 43 đảng viên …; đã khắc phục 38 trường hợp; còn lại 5 trường hợp"
                    or kin(w.unit, d.unit)
                    and (covers(w.unit, d.unit) or w.unit.key == d.unit.key)
                )
            ):
                if w.value > floor:  # type: ignore[operator]
                    # "5 đơn tố cáo đúng, 2 đơn … đúng một phần, còn lại 4 đơn …": siblings of a
                    # list whose closing item is the rest of their whole, not of the first
                    tight = (
                        first
                        and not _listed(ctx, w)
                        and not _SIBLING_GAP.match(ctx.gap(w, d))
                        and not _first_of_colon_list(ctx, w, d)
                        and not (
                            _ITEM_OPENER.search(ctx.before_low(w, 30))
                            and ctx.gap(w, d).rstrip().endswith(";")
                            and re.match(r"\s*còn lại\b", ctx.after_low(c, 15))
                        )
                    )
                    return d, w, float(w.value), float(d.value), tight  # type: ignore[arg-type]
            first = False
        return None
    return None


_SIBLING_GAP = re.compile(r"^[^\d;:()]{0,50},\s*(?:và\s+)?$")
# "Trong số này, 1.860 hộ …; 947 hộ …; 362 hộ còn lại …": the first count opens items of an
# earlier whole, set apart by ";", the last named "còn lại" after its number (battery d38): it is
# no whole of the rest ("Trong số này, 120 hộ đăng ký vay vốn; 95 hộ đã được giải ngân; còn 30
# hộ chưa …" is the 120 and its own rest, review 38)
_ITEM_OPENER = re.compile(r"(?:trong số (?:này|đó|ấy|trên)|trong đó)\s*[,:]?\s*(?:có\s+)?$")
_REST_WORD = re.compile(r"còn|chưa|không|đang")
# "đạt 78,9% chỉ tiêu năm theo Nghị quyết 27 (180 đảng viên)": the bracket holds the plan
_PLAN_BRACKET = re.compile(r"\d\s*%\s*(?:chỉ tiêu|kế hoạch|mục tiêu|dự toán)[^()%;.]{0,40}\(\s*$")
# "còn một đơn đang xác minh", "còn ba ủy ban kiểm tra …": a rest written in words
_WORD_REST = re.compile(
    r"(?<![^\W\d])còn(?:\s+lại)?\s+(?=(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s)"
)


def _word_rests(ctx: Context) -> list[Fig]:
    """Rests written in words, as figures placed in text order (``i`` = the figures before)."""
    out: list[Fig] = []
    starts: list[int] = []
    low = ctx.low
    pos = low.find("còn ")
    hits = []
    while pos >= 0:  # a plain scan first: the pattern is tried only where "còn " stands
        hit = _WORD_REST.match(low, pos)
        if hit:
            hits.append(hit)
        pos = low.find("còn ", pos + 4)
    for hit in hits:
        if not starts:
            starts = [f.start for f in ctx.figs]
        s = hit.end()
        nxt = bisect_right(starts, s - 1)
        if nxt < len(ctx.figs) and ctx.figs[nxt].start == s:
            continue  # the extractor has it
        if not nxt:
            continue
        for g in _word_figs(ctx, s, min(len(ctx.text), s + 40), None)[:1]:
            if g.start != s:
                continue
            g.i = nxt
            g.sent = bisect_right(ctx._sent_starts, g.start) - 1 if ctx._sent_starts else 0
            out.append(g)
    return out


def _fraction_fit(ctx: Context, c: Fig) -> Fig | None:
    """A fraction "D/W …" in the sentence of the rest ``c`` or the one before whose W - D is
    ``c``, of its kind (or with no unit but ``c``'s noun right after it): "đã giải quyết 8/9
    đơn …, còn một đơn" (consistent only: found by search)."""
    lo = max(0, c.i - 10)
    for r in ctx.figs[lo : c.i][::-1]:
        if r.type != "ratio" or r.sent < c.sent - 1:
            continue
        n, den = r.m.get("numerator"), r.m.get("denominator")
        if not isinstance(n, int | float) or not isinstance(den, int | float) or den - n != c.value:
            continue
        if r.unit.fams or r.unit.generic:
            if kin(r.unit, c.unit) or covers(r.unit, c.unit) or _elided(r.unit.key, c.unit.key):
                return r
        else:
            words = c.unit.key.split()[:2]
            if words and ctx.low.startswith(" ".join(words), r.end + 1):
                return r
    return None


def _rest_split(ctx: Context, c: Fig) -> list[Fig]:
    """The further counts of ``c``'s unit that split the rest with it: "còn lại 45 nhà đang thi
    công và 15 nhà chưa khởi công" -> [15 nhà]."""
    out: list[Fig] = []
    prev = c
    nxt = ctx.next_in_sent(c)
    while nxt is not None and nxt.exact_count and nxt.unit.key == c.unit.key:
        gap = ctx.gap(prev, nxt).lower()
        if ";" in gap or not re.match(r"^[^\d;]{0,40}?(?:,|\bvà\b)\s*$", gap):
            break
        out.append(nxt)
        prev, nxt = nxt, ctx.next_in_sent(nxt)
    return out


def _other_rest(ctx: Context, c: Fig) -> bool:
    """Is ``c`` the rest of another pair of counts of its kind stated just before ("tiếp nhận
    75 đơn, trong đó 63 đơn thuộc thẩm quyền; đã giải quyết 58/63 đơn, 12 đơn còn lại …":
    75 - 63 = 12)? Then which whole the rest is of is not sure: no alarm."""
    values: set[float] = set()
    for g in ctx.earlier(c, 12):
        if g.sent < c.sent - 1:
            break
        if g.type == "ratio":
            for v in (g.m.get("numerator"), g.m.get("denominator")):
                if isinstance(v, int | float):
                    values.add(float(v))
        elif (
            g.exact_count
            and g.value is not None
            and (kin(g.unit, c.unit) or covers(g.unit, c.unit) or _elided(g.unit.key, c.unit.key))
        ):
            values.add(float(g.value))
    return any(a - c.value in values for a in values if a > c.value)  # type: ignore[operator]


def _exact_other_rest(ctx: Context, c: Fig) -> tuple[Fig, Fig] | None:
    """Two counts of ``c``'s kind in its sentence or the one before, the later done of the
    earlier, whose difference is ``c`` exactly (see :func:`_other_rest`)."""
    near = [
        g
        for g in ctx.earlier(c, 12)
        if g.sent >= c.sent - 1
        and g.type == "quantity"
        and g.exact_count
        and g.value is not None
        and (kin(g.unit, c.unit) or covers(g.unit, c.unit) or _elided(g.unit.key, c.unit.key))
    ]
    for done in near:  # nearest first
        for whole in near:
            if whole.start < done.start and whole.value - done.value == c.value:  # type: ignore[operator]
                return whole, done
    return None


# "1.349 thôn có chi bộ độc lập (chiếm 93,5%), 68 thôn …, số còn lại 26 thôn": a count with its
# share after it is a part of a larger whole, not the whole of a rest (review 89)
_SHARE_AFTER = re.compile(r"[^,;()\d]{0,40}?(?:\(\s*|,\s*)(?:chiếm|bằng)\b")


# "182/196 chi bộ … hoàn thành tốt nhiệm vụ trở lên; còn 3 chi bộ không hoàn thành nhiệm vụ": the
# lowest grade after a grade above the plain one leaves the plain grade between them unsaid
# (review 20a): no rest
_ABOVE_PLAIN = re.compile(r"hoàn thành (?:tốt|xuất sắc)|\bkhá\b|\btốt\b[^.;]{0,20}trở lên")
_LOWEST = re.compile(r"[^.;\d]{0,40}?\bkhông hoàn thành\b")  # (match at a pos: no "^")


def _grade_between(ctx: Context, done: Fig, rest: Fig) -> bool:
    return bool(
        _ABOVE_PLAIN.search(ctx.low, done.end, max(rest.start, done.end))
        and _LOWEST.match(ctx.low, rest.end, min(len(ctx.low), rest.end + 60))
    )


# Review 21p: a whole of several kinds ("xã, thị trấn", "thôn, tổ dân phố") whose rest names only
# one of them: the rest is of that kind, whose own whole is not stated (rests and negations):
#   "20 xã, thị trấn; … 17 xã đã đạt chuẩn …, còn 2 xã chưa đạt" -> 2 of the xã, not 20 - 17
#   "142 thôn, tổ dân phố, 118 thôn có nhà văn hóa …, còn 6 thôn chưa có" -> 6 of the thôn
#   "142 thôn, 118 thôn có nhà văn hóa …, còn 6 thôn chưa có" -> one kind: 142 - 118 = 24, an alarm
def _one_kind_of(w: Fig | None, c: Fig) -> bool:
    kinds = set(w.unit.heads) if w is not None else set()
    return len(kinds) >= 2 and len(set(c.unit.heads) & kinds) < len(kinds)


def _rests(ctx: Context) -> list[Check]:
    out: list[Check] = []
    low = ctx.low
    cue = _REST_WORD.search
    cands = ctx.figs
    if "còn" in low:
        words = _word_rests(ctx)
        if words:
            cands = sorted([*ctx.figs, *words], key=lambda f: f.start)
    closed = ctx.memo.get("part_whole.closed_rests", set())
    for c in cands:
        # only counts with a cue word close by are looked at (one C call on a small window)
        if not c.exact_count or c.i == 0 or not cue(low, max(0, c.start - 20), c.end + 40):
            continue
        if c.start in closed:  # type: ignore[operator]
            continue  # the closing item of a list: told against the list's total
        before = ctx.before_low(c, 20)
        after = ctx.after_low(c, 40)
        named = _REST_CUE.search(before) or _REST_AFTER.match(after)
        negated = _NOT_AFTER.match(after)
        if not named and not negated:
            continue
        got = _rest_pair(ctx, c)
        fit = None
        if got is None or abs(got[2] - got[3] - c.value) > 1e-9 * max(1.0, c.value):  # type: ignore[operator]
            fit = _fraction_fit(ctx, c)
            if fit is not None:
                n, den = fit.m.get("numerator"), fit.m.get("denominator")
                got = (fit, None, float(den), float(n), True)  # type: ignore[arg-type]
        if got is None:
            continue
        d, w, whole, done, tight = got
        if d.start in ctx.memo.get("part_whole.rest_fits", ()):  # type: ignore[operator]
            continue  # "171 bản …, 23 bản còn lại …; vẫn còn 11 bản chưa có …": 23 is a rest
        rest = round(whole - done, 9)
        if rest != c.value and d.type == "ratio" and d.m.get("_scale"):
            continue  # "giải ngân 12,6/15 tỷ đồng": an amount's rest may be another sum of money
        between = ctx.lower_slice(d.end, c.start)
        more = _rest_split(ctx, c)
        if not more and rest != c.value:
            _, se = ctx.sentence_span(c.sent)
            if any(g.type == "quantity" and g.exact_count for g in ctx.figs_from(c.end, se)):
                continue  # "còn 35 căn đang thi công và 12 hộ chưa khởi công": the rest goes on
        if more and rest != c.value:
            # "còn lại 45 nhà đang thi công và 15 nhà chưa khởi công": the rest split in two
            if rest != c.value + sum(m.value for m in more):  # type: ignore[misc]
                continue
            ctx.memo.setdefault("part_whole.rest_fits", set()).add(c.start)  # type: ignore[union-attr]
            figs = sorted([x for x in (w, d, c, *more) if x is not None], key=lambda x: x.start)
            split = c.value + sum(m.value for m in more)  # type: ignore[misc, operator]
            sw, sd, sr, ss = _shown(figs, whole, done, rest, split)  # type: ignore[arg-type]
            why = render("part_whole.rest", total=sw, done=sd, rest=sr, stated=ss)
            out.append(ctx.check(NAME, "consistent", [whole, done, c.value, *(m.value for m in more)],
                                 figs, ctx.clause(min(d.start, c.start), more[-1].end),  # type: ignore[list-item]
                                 expected=rest, observed=split, tolerance=0, why=why))  # fmt: skip
            continue
        if rest == c.value:
            verdict = "consistent"
            ctx.memo.setdefault("part_whole.rest_fits", set()).add(c.start)  # type: ignore[union-attr]
        elif (
            named
            and tight
            and _same_noun(d, c)
            and (w is None or _same_noun(w, d))
            and not _OWN_SET_AFTER.match(after)
            and (_REST_AFTER.match(after) or "còn lại" in before or negated)
            and d.sent == c.sent
            and (w is None or w.sent == c.sent)
            and not vocab.TIME_MARK.search(between)
            and not _SUBSET_BEFORE.search(between)
            and not _other_rest(ctx, c)
            and not _grade_between(ctx, d, c)
            and not _one_kind_of(w, c)
            and not any(
                x is not None
                and x.value == whole
                and _SHARE_AFTER.match(ctx.low, x.end, x.end + 20)
                for x in (d, w)
            )
        ):
            verdict = "inconsistent"  # "58/63 đơn …; số còn lại, 6 đơn": the rest of one whole
        elif named and d.sent == c.sent:
            verdict = "unverifiable"
            other = _exact_other_rest(ctx, c)
            if other is not None:
                # "14 đơn; đã giải quyết 12 đơn … 3, 4, 5 đơn; 2 đơn còn lại": 14 - 12 = 2, the
                # rest of the pair before (a fit is told; the nearest pair is not the only one)
                w, d = other
                whole, done, rest, verdict = w.value, d.value, c.value, "consistent"  # type: ignore[assignment]
                ctx.memo.setdefault("part_whole.rest_fits", set()).add(c.start)  # type: ignore[union-attr]
        else:
            continue
        figs = [x for x in (w, d, c) if x is not None]
        figs.sort(key=lambda x: x.start)
        lo = min(d.start, c.start)
        sw, sd, sr, sc = _shown(figs, whole, done, rest, c.value)  # type: ignore[arg-type]
        why = render("part_whole.rest", total=sw, done=sd, rest=sr, stated=sc)
        out.append(
            ctx.check(
                NAME,
                verdict,
                [whole, done, c.value],
                figs,  # type: ignore[list-item]
                ctx.clause(lo, max(d.end, c.end)),
                expected=rest,
                observed=c.value,
                tolerance=0,
                why=why,
            )  # fmt: skip
        )
    return out


# -- shares of one whole: "Cơ cấu kinh tế: công nghiệp chiếm 48,6%, nông nghiệp 27,1%, dịch vụ 24,3%" --
_STRUCTURE = re.compile(r"\bcơ cấu\b(?!\s+lại)(?:[^.;:\d]|(?<=năm )(?:19|20)\d\d){0,60}:")
_NOT_SHARE_LABEL = re.compile(r"\b(?:tăng|giảm|so với|trong đó|đạt|vượt|bình quân|riêng)\b")
_SHARE_LABEL = re.compile(r"^\s*(?:,|;|\bvà\b|, và)?\s*[^\W\d][^\d;:()]{0,50}$")


# The three sectors of an economy's output ("nông, lâm nghiệp, thủy sản", "công nghiệp - xây
# dựng", "thương mại - dịch vụ"): a list naming each once is the whole, so a sum short of 100%
# is an error too ("Cơ cấu giá trị sản xuất: nông nghiệp 30,5%; công nghiệp - xây dựng 40,2%;
# dịch vụ 27,1%" adds up to 97,8%). GRDP also counts product taxes, which a writer may leave out
# (several points): with "GRDP", "tổng sản phẩm" or "thuế" about, or a gap over 2 points, a
# short sum stays unverifiable.
_SECTORS = (
    re.compile(r"\b(?:nông|lâm|thủy sản|thuỷ sản|ngư nghiệp)"),
    re.compile(r"\b(?:công nghiệp|xây dựng)"),
    re.compile(r"\b(?:dịch vụ|thương mại)"),
)
_TAX_SHARE = re.compile(r"grdp|tổng sản phẩm|\bthuế")
_SECTOR_GAP = 2.0


def _three_sectors(labels: list[str]) -> bool:
    """Does each label name exactly one sector, and every sector once?"""
    if len(labels) != len(_SECTORS):
        return False
    seen = set()
    for lab in labels:
        hit = [k for k, rx in enumerate(_SECTORS) if rx.search(lab)]
        if len(hit) != 1:
            return False
        seen.add(hit[0])
    return len(seen) == len(_SECTORS)


def _structure(ctx: Context) -> list[Check]:
    """The shares a "cơ cấu …:" list gives must add up to 100% within their rounding. Over 100%
    is impossible (inconsistent); under it a sector may be left out (unverifiable)."""
    out: list[Check] = []
    if "cơ cấu" not in ctx.low:
        return out
    for sent, sent_figs in ctx.by_sent.items():
        s, e = ctx.sentence_span(sent)
        low_sent = ctx.lower_slice(s, e)
        if "cơ cấu" not in low_sent:
            continue  # _STRUCTURE cannot match
        hit = _STRUCTURE.search(low_sent)
        if not hit:
            continue
        cursor = s + hit.end()
        parts: list[Fig] = []
        labels: list[str] = []
        for g in sent_figs:
            if g.start < cursor:
                continue
            gap = ctx.lower_slice(cursor, g.start)
            if g.type != "percent" or g.value is None or g.qual != "exact":
                break
            if not _SHARE_LABEL.match(gap) or (parts and not _SEP.search(gap)):
                break
            if _NOT_SHARE_LABEL.search(gap):
                break
            parts.append(g)
            labels.append(gap)
            cursor = g.end
        tail = ctx.lower_slice(cursor, e)
        if len(parts) < 2 or re.match(r"^\s*(?:so với|tăng|giảm)", tail):
            continue
        total = sum(p.value for p in parts)  # type: ignore[misc]
        tol = sum(10.0 ** -decimals_of(p.m) / 2 for p in parts)
        for k in range(2, len(parts)):
            # "lao động nông nghiệp 58%, phi nông nghiệp 42%, lao động qua đào tạo 65%": the
            # shares close at 100% and the list runs into another rate; the head is the structure
            head = parts[:k]
            h_tol = sum(10.0 ** -decimals_of(p.m) / 2 for p in head)
            if total > 100 + tol and abs(sum(p.value for p in head) - 100) <= h_tol + 1e-9:  # type: ignore[misc]
                parts, labels = head, labels[:k]
                total, tol = sum(p.value for p in parts), h_tol  # type: ignore[misc]
                break
        if abs(total - 100) <= tol + 1e-9:
            verdict, res = "consistent", ("holds", "đúng")
        elif total > 100 and len(parts) >= 3 and re.match(r"^\s*(?:[.;]|$)", tail):
            verdict, res = "inconsistent", ("over 100%", "vượt 100%")
        elif (
            100 - total <= _SECTOR_GAP
            and _three_sectors(labels)
            and re.match(r"^\s*(?:[.;]|$)", tail)
            and not _TAX_SHARE.search(ctx.low[s:e])
        ):
            verdict, res = "inconsistent", ("under 100%", "dưới 100%")
        else:
            verdict, res = "unverifiable", ("a share may be left out", "có thể thiếu một phần")
        expr = " + ".join(f"{p.value:g}" for p in parts)
        why = render("part_whole.structure", expr=(expr, expr.replace(".", ",")), sum=round(total, 4),
                     tol=round(tol, 4), res=res)  # fmt: skip
        out.append(ctx.check(NAME, verdict, [100, *(p.value for p in parts)], parts,  # type: ignore[misc]
                             ctx.clause(parts[0].start, parts[-1].end), expected=100, observed=round(total, 4),
                             tolerance=round(tol, 4), why=why))  # fmt: skip
    return out


# -- the shares of the four grades of one assessment make 100%: "Kết quả xếp loại năm 2023: hoàn
# thành xuất sắc nhiệm vụ chiếm 16,4%, hoàn thành tốt nhiệm vụ 74,8%, hoàn thành nhiệm vụ 9,3% và
# không hoàn thành nhiệm vụ 0,5%" (= 101%). Every grade once, in one run of four shares; changes
# ("tăng 1,2%") and cumulative grades ("… trở lên") are no shares of the whole. ---------------
_GRADE_SHARE_GAP = re.compile(r"^[^\d;.()]{0,45}$")
_NOT_GRADE_SHARE = re.compile(
    r"\b(?:tăng|giảm|so với|trở lên|hơn|cao|thấp|bình quân|mục tiêu|chỉ tiêu)\b"
)
_GRADE_SHARE_SLACK = 5.0  # a sum further from 100% is no partition that went wrong: silence


_EXEMPT_NEAR = re.compile(
    r"\bmiễn\b|còn lại|không (?:xếp loại|đánh giá)|chưa (?:xếp loại|đánh giá)"
)


def _grade_shares(ctx: Context) -> list[Check]:
    out: list[Check] = []
    for sent, sent_figs in ctx.by_sent.items():
        if sum(g.type == "percent" for g in sent_figs) < 4:
            continue
        s, e = ctx.sentence_span(sent)
        for k in range(len(sent_figs) - 3):
            run = sent_figs[k : k + 4]
            if any(g.type != "percent" or g.value is None or g.qual != "exact" for g in run):
                continue
            prev = sent_figs[k - 1] if k else None
            nxt = sent_figs[k + 4] if k + 4 < len(sent_figs) else None
            begin = prev.end if prev is not None else s
            colon = ctx.low.rfind(":", begin, run[0].start)
            begin = colon + 1 if colon >= 0 else begin
            if prev is not None and colon < 0:
                continue  # the run may go on from an earlier count
            if nxt is not None and _GRADE_SHARE_GAP.match(ctx.low[run[-1].end : nxt.start]):
                continue  # a fifth item: not one scale once
            gaps = [ctx.low[a.end : b.start] for a, b in zip(run, run[1:], strict=False)]
            if not all(_GRADE_SHARE_GAP.match(g) and _SEP.search(g) for g in gaps):
                continue
            stop = ctx.low.find(".", run[-1].end, e)
            end = stop if stop >= 0 else e
            if _NOT_GRADE_SHARE.search(ctx.low, begin, min(end, run[-1].end + 60)):
                continue
            if set(_levels(ctx, begin, end, run)) != set("tshb"):
                continue
            total = sum(p.value for p in run)  # type: ignore[misc]
            tol = sum(10.0 ** -decimals_of(p.m) / 2 for p in run)
            if abs(total - 100) <= tol + 1e-9:
                verdict, res = "consistent", ("holds", "đúng")
            elif abs(total - 100) <= _GRADE_SHARE_SLACK:
                upto = ctx.sentence_span(sent + 1)[1] if sent + 1 < len(ctx.sentences) else e
                if total < 100 and _EXEMPT_NEAR.search(ctx.low, s, upto):
                    continue  # "… miễn đánh giá" / "số còn lại": shares of all, some not graded
                verdict, res = (
                    "inconsistent",
                    (("over 100%", "vượt 100%") if total > 100 else ("under 100%", "dưới 100%")),
                )
            else:
                continue
            expr = " + ".join(f"{p.value:g}" for p in run)
            why = render("part_whole.structure", expr=(expr, expr.replace(".", ",")),
                         sum=round(total, 4), tol=round(tol, 4), res=res)  # fmt: skip
            out.append(ctx.check(NAME, verdict, [100, *(p.value for p in run)], run,  # type: ignore[misc]
                                 ctx.clause(run[0].start, run[-1].end), expected=100,
                                 observed=round(total, 4), tolerance=round(tol, 4), why=why))  # fmt: skip
    return out


# -- a total named by words: "Trong 1.012 đảng viên mới …. … số đảng viên mới bao gồm 846 …, 129 …" --
_NAMED_WHOLE = re.compile(r"\bsố\s+([^\d;,.():]{3,60}?)\s+(?:bao gồm|gồm)\s*:?\s*$")


def _named_whole(ctx: Context) -> list[Check]:
    """A breakdown whose total is a phrase, "số X bao gồm a, b và c", with "N X" stated in the
    sentences just before: the phrase must name more than the bare unit ("đảng viên mới", not
    "đảng viên"), and every earlier count it names must have one value."""
    out: list[Check] = []
    low = ctx.low
    if "gồm" not in low:
        return out
    for sent, sent_figs in ctx.by_sent.items():
        first = sent_figs[0]
        hit = _NAMED_WHOLE.search(ctx.before_low(first, 90))
        if not hit or not first.exact_count:
            continue
        subject = norm_descriptor(hit.group(1))
        info = unit_info(subject)
        head = info.head or (info.generic[2:] if info.generic else None)
        if (
            head is None
            or not subject.startswith(head)
            or len(subject.split()) <= len(head.split())
        ):
            continue
        named = [g for g in ctx.earlier(first, 60) if sent - g.sent <= 3 and g.sent != sent and g.exact_count
                 and (g.unit.head or g.unit.key) == head and same_thing(subject, descriptor(ctx, g))]  # fmt: skip
        if not named or len({g.value for g in named}) != 1:
            continue
        total = named[0]
        _, e = ctx.sentence_span(sent)
        parts = _walk(ctx, first.start, e, total, semicolons=False)
        if len(parts) < 2:
            continue
        region = ctx.text[first.start : min(e, parts[-1].end + 40)]
        span = ctx.clause(first.start - len(hit.group(0)), parts[-1].end)
        out.append(_emit(ctx, total, parts, "strong", span, region))
    return out


# -- a list under a heading, its total in the sentence before: "… thi hành kỷ luật … 418 đảng viên.
# Hình thức kỷ luật đảng viên: khiển trách 271 đồng chí, cảnh cáo 98 đồng chí, …" -------------
_HEADING = re.compile(r"\s*([^\d:;()|\n]{3,80}?)\s*:\s*")
_COMMA_HEADING = re.compile(
    r"\s*((?:về|xét theo|phân theo|chia theo)\s+[^\d:;,()|\n]{2,40}?)\s*,\s*"
)
_ABOUT = re.compile(r"^(?:về|xét theo)\s+")  # "Về độ tuổi" reads as "theo độ tuổi"
_EXHAUSTIVE_HEAD = re.compile(r"^(?:cơ cấu|phân theo|chia theo|theo)\s+([^\W\d]+)|\bgồm\s*$")
_OTHER_ITEM = re.compile(r"\bkhác\b")


def _headed_lists(ctx: Context) -> list[Check]:
    """The sum of a list opened by a heading with no number must be a total of its kind stated in
    the six sentences before (consistent only: the total is found by search). An alarm needs a
    heading that makes the list exhaustive, "Cơ cấu thu gồm: …, các khoản thu khác 95 tỷ đồng",
    under a sentence whose first amount of that unit is the total and names the heading's noun
    ("Thu ngân sách … ước đạt 7.126 tỷ đồng")."""
    out: list[Check] = []
    text = ctx.text
    for sent, sent_figs in ctx.by_sent.items():
        s, e = ctx.sentence_span(sent)
        first = sent_figs[0]
        # _HEADING needs a ":" before the first figure: a plain find rules most sentences out;
        # or a sentence opened by "Về độ tuổi, …", "Xét theo thành phần dân tộc, …"
        hit = _HEADING.match(text, s, first.start) if text.find(":", s, first.start) >= 0 else None
        if hit is None:
            hit = _COMMA_HEADING.match(ctx.low, s, first.start)
        if not hit or hit.end() > first.start or sent == 0:
            continue
        heading = _ABOUT.sub("theo ", " ".join(hit.group(1).lower().split()))
        ages = _is_age(first)
        if ages:  # "Chia theo độ tuổi: dưới 35 tuổi 210 người; …": the ages label the items
            first = next((g for g in sent_figs if not _is_age(g)), first)
        model = first
        if not (model.exact_count or model.exact):
            continue
        parts = _walk(ctx, hit.end(), e, model, semicolons=True, skip=_is_age if ages else None)
        if len(parts) < 2 or any(p.type != "quantity" for p in parts):
            continue
        total_sum = sum(p.value for p in parts)  # type: ignore[misc]
        region = text[hit.end() : parts[-1].end]
        earlier = [g for g in ctx.earlier(first, 40) if 1 <= sent - g.sent <= 6
                   and (g.exact_count or g.exact) and _covers_part(g, first)]  # fmt: skip
        equal = [g for g in earlier if abs(g.value - total_sum) <= tolerance([g, *parts]) + 1e-9]  # type: ignore[operator]
        span = (s, parts[-1].end)
        if equal:
            out.append(_emit(ctx, equal[0], parts, "soft", span, region))
            continue
        closed = _closed_split_total(ctx, hit.end(), e, parts, earlier)
        if closed is not None:
            # "… thi hành kỷ luật 41 đảng viên. Theo hình thức: khiển trách 26 đồng chí, cảnh cáo
            # 10 …, cách chức 2 …, khai trừ 4 …": the four forms partition the disciplined
            sure = _split_sure(ctx, closed, s, hit.end())
            out.append(_emit(ctx, closed, parts, "strong" if sure else "soft", span, region))
            continue
        ex = _EXHAUSTIVE_HEAD.search(heading)
        if ex and ages and _open_ranges(ctx, hit.end(), parts):
            total = _unique_before(ctx, first, s, heading)
            if total is not None:  # age ranges partition: no overlap words apply
                out.append(_emit(ctx, total, parts, "strong", span, ""))
            continue
        if not ex or not _OTHER_ITEM.search(region.lower()):
            continue
        prev = [g for g in earlier if g.sent == sent - 1 and g.unit.key == first.unit.key]
        if not prev:
            continue
        total = prev[-1]  # the sentence's first amount of the unit (``earlier`` is nearest first)
        noun = ex.group(1)
        ps, _ = ctx.sentence_span(total.sent)
        # the sentence is about the heading's noun: it opens with it ("Tổng thu ngân sách …")
        opening = text[ps : total.start].lower().split()[:2]
        if not noun or noun not in opening or (opening[0] != noun and opening[0] != "tổng"):
            continue
        if any(g.unit.key == total.unit.key for g in ctx.figs_from(ps, total.start)):
            continue
        out.append(_emit(ctx, total, parts, "strong", span, region))
    return out


_SPLIT_VERBS = {"forms": ("kỷ luật",), "grades": ("đánh giá", "xếp loại")}


def _closed_split_total(
    ctx: Context, begin: int, end: int, parts: list[Fig], earlier: list[Fig]
) -> Fig | None:
    """The total a headed list of all four forms of discipline (or all four grades) splits: the
    nearest earlier count its verb ("kỷ luật", "đánh giá, xếp loại") was said of, when every
    such count in the six sentences before has that one value. Else None."""
    if len(parts) == 4 and set(_forms(ctx, begin, end, parts)) == set("kcxt"):
        verbs = _SPLIT_VERBS["forms"]
    elif _full_scale(ctx, begin, end, parts):
        verbs = _SPLIT_VERBS["grades"]
    else:
        return None
    cands = [
        g
        for g in earlier
        if g.exact_count
        and (g.unit.key == parts[0].unit.key or kin(g.unit, parts[0].unit))
        and not reference_level(ctx, g)  # "so với năm 2022 (53 đảng viên)"
        and (
            (
                _VERB_OBJECT.search(ctx.before_low(g, 40))
                and any(v in ctx.before_low(g, 40) for v in verbs)
            )
            or (  # "405 đảng viên được đánh giá, xếp loại"
                (hit := _VERB_AFTER.match(ctx.after_low(g, 40))) is not None
                and hit.group(1) in verbs
            )
        )
    ]
    # "kỷ luật 41 đảng viên …; chi bộ … kỷ luật 29 đảng viên; Ủy ban Kiểm tra … kỷ luật 12 đảng
    # viên": counts that add up to another are its parts, not the list's whole
    values = [g.value for g in cands]
    cands = [g for g in cands if not _sums_into(g.value, values)]
    if not cands or len({g.value for g in cands}) != 1:
        return None
    return cands[0]


# between the count and the list, words that make the list of another moment, body or set
# (review 45): a change since, an aside on part of the count, a pending or exempt part
_SPLIT_DOUBT = re.compile(
    r"\b(?:tăng|giảm|trong đó|trong số này|trong số đó|miễn|chưa|đang|chờ|so với|năm trước|"
    r"năm ngoái|năm nay|so sánh|tính chung|cộng chung|riêng|ngoài ra|không phân loại|"
    r"không xếp loại|không đánh giá|ở các|tại các|các chi bộ|các đảng bộ)\b"
)
_PART_ASIDE = re.compile(r"\b(?:trong đó|miễn|chưa|đang|chờ|riêng)\b")
_PROPOSED = re.compile(r"\b(?:đề nghị|xem xét|dự kiến|đề xuất)\b")


def _split_sure(ctx: Context, total: Fig, head_start: int, begin: int) -> bool:
    """Is the count found by :func:`_closed_split_total` surely the list's whole? Not when words
    between them set the list apart ("Năm 2024, số … tăng 5 …", "(trong đó 7 đồng chí được miễn
    …)"), when the count is a proposal ("đề nghị thi hành kỷ luật 12"), or when the list's heading
    names a year or a body the count's sentence does not ("Tại Đảng bộ xã Hòa Bình, …")."""
    _, te = ctx.sentence_span(total.sent)
    # the count's own sentence may say how it moved ("…, giảm 12 … so với năm 2022"); an aside on
    # part of it there, or any such words in the sentences after it, set the list apart
    if _PART_ASIDE.search(ctx.lower_slice(total.end, min(te, begin))) or _SPLIT_DOUBT.search(
        ctx.lower_slice(min(te, begin), begin)
    ):
        return False
    if _PROPOSED.search(ctx.before_low(total, 40)):
        return False
    ts, _ = ctx.sentence_span(total.sent)
    there = ctx.text[ts:te]
    heading = ctx.text[max(head_start, total.end) : begin]
    if any(y not in there for y in re.findall(r"(?:19|20)\d{2}", heading)):
        return False
    names = re.findall(r"(?<!^)(?<![.:;]\s)\b[A-ZĐ][^\W\d]*(?:\s+[A-ZĐ][^\W\d]*)+", heading)
    return all(n in there for n in names)


# the count is the verb's direct object: "thi hành kỷ luật 41", "được đánh giá, xếp loại 405"
_VERB_OBJECT = re.compile(
    r"(?:kỷ luật|đánh giá|xếp loại)(?:\s+(?:đối với|cho|là|với|chất lượng|năm \d{4}))?\s*:?\s*"
    r"(?:\d[\d.]*\s+[^\W\d]+(?:\s+[^\W\d]+){0,3}\s+và\s+)?$"  # "kỷ luật 3 tổ chức đảng và 41"
)


_VERB_AFTER = re.compile(
    r"^\s*(?:[^\W\d]+\s+){0,2}?(?:được|đã được|đã bị|bị|thuộc diện)\s+(?:kiểm điểm,?\s+)?"
    r"(?:thi hành\s+)?(kỷ luật|đánh giá|xếp loại)"
)


def _sums_into(v: object, values: list[object]) -> bool:
    """Is ``v`` one of two or three values (from ``values``) that add up to another one?"""
    from itertools import combinations

    others = list(values)
    others.remove(v)
    for t in set(others):
        if t <= v:  # type: ignore[operator]
            continue
        rest = list(others)
        rest.remove(t)
        for n in (1, 2):
            if any(v + sum(c) == t for c in combinations(rest, n)):  # type: ignore[operator]
                return True
    return False


def _is_age(g: Fig) -> bool:
    """An age bound labelling an item ("dưới 30 tuổi", "từ 30 đến 45 tuổi"), no count."""
    return g.unit.key == "tuổi"


_LOW_OPEN = re.compile(r"^\s*(?:dưới|từ\s+\S+\s+(?:tuổi\s+)?trở xuống)\b")
_HIGH_OPEN = re.compile(r"^\s*trên\b|\btrở lên\b")


def _open_ranges(ctx: Context, begin: int, parts: list[Fig]) -> bool:
    """Do the items' labels run from an open low bound ("dưới 30 tuổi") to an open high one
    ("trên 50 tuổi", "từ 60 tuổi trở lên")? Such ranges leave nobody out."""
    labels = []
    lo = begin
    for p in parts:
        if not any(_is_age(g) for g in ctx.figs_from(lo, p.start)):
            return False  # every item is labelled by its ages
        gap = ctx.low[lo : p.start]
        labels.append(re.split(r"[;,]", gap)[-1] if lo != begin else gap)
        lo = p.end
    return bool(_LOW_OPEN.match(labels[0]) and _HIGH_OPEN.search(labels[-1]))


_EARLIER_MOMENT = re.compile(
    r"đầu nhiệm kỳ|nhiệm kỳ trước|trước (?:khi )?(?:sắp xếp|sáp nhập|hợp nhất|kiện toàn)|"
    r"năm trước|đầu năm|cùng kỳ|trước đây|khi (?:mới )?thành lập|lúc thành lập"
)
_CHANGED_SINCE = re.compile(r"\b(?:tăng|giảm|nay|hiện nay|đến nay|sau \d+ năm)\b")


def _unique_before(ctx: Context, first: Fig, s: int, heading: str) -> Fig | None:
    """The one count before ``s`` in the document that can hold ``first`` (every such count
    has one value; none is a plan), the total of an exhaustive list under a heading; a year
    named by the heading must be named in the total's sentence too. Else None."""
    cands = [
        g
        for g in ctx.figs[: first.i]
        if g.end <= s
        and g.type == "quantity"
        and (g.exact_count or g.exact)
        and _covers_part(g, first)
        and not _PLAN_BEFORE.search(ctx.before_low(g, 45))
    ]
    if not cands or len({g.value for g in cands}) != 1:
        return None
    if first.unit.key in ("người", "đồng chí"):
        # people counted under other nouns stand before too ("4.102 hội viên", "2.618 đồng chí
        # là đảng viên"): the bands split one of them, which is unsaid
        people = {
            g.value
            for g in ctx.figs[: first.i]
            if g.end <= s
            and g.exact_count
            and (g.unit.fams & {"person"} or (g.unit.generic or "").endswith(("viên", "binh")))
        }
        if len(people) > 1:
            return None
    total = cands[-1]
    years = set(re.findall(r"(?:19|20)\d{2}", heading))
    ts, te = ctx.sentence_span(total.sent)
    if years and not years <= set(re.findall(r"(?:19|20)\d{2}", ctx.text[ts:te])):
        return None
    # "Đầu nhiệm kỳ, … có 298 người. Về độ tuổi hiện nay, …": the total of an earlier moment
    # the heading does not name is no whole of the bands
    earlier = {m.group() for m in _EARLIER_MOMENT.finditer(ctx.lower_slice(ts, total.end))}
    if earlier and not all(w in heading.lower() for w in earlier):
        return None
    if _CHANGED_SINCE.search(ctx.lower_slice(total.end, s)):
        return None  # "…; nay số đảng viên đã tăng 50%. Về độ tuổi, …": the level moved since
    return total


# -- labelled parts right after a total: "có 214 mô hình, cấp huyện 18 mô hình, cấp xã 196 mô hình" --
# An item labelled as a rise or fall ("thực tăng 8", "giảm 3") makes the counts a change (intake
# minus losses = the net rise), no parts: "kết nạp 17 hội viên, 9 hội viên từ trần, thực tăng 8"
# is 17 - 9 = 8, never 9 + 8 = 17 (``change`` reads it). Only an item's own label counts: a
# change said of another count between the items ("mầm non 22 trường, tiểu học 24 trường, giảm
# 2 trường do sáp nhập, trung học cơ sở 18 trường" of 64) leaves the parts as they are (review 30p).
_NET_LABEL = re.compile(r"\b(?:thực\s+|tăng\s+|giảm\s+)?(?:tăng|giảm)\b")


def _net_labelled(ctx: Context, parts: list[Fig]) -> bool:
    """Is an item labelled as a rise or fall (its label: from the figure before it, past the last
    comma or semicolon)?"""
    for p in parts:
        lo = ctx.figs[p.i - 1].end if p.i > 0 else 0
        gap = ctx.low[lo : p.start]
        cut = max(gap.rfind(","), gap.rfind(";"))
        if _NET_LABEL.search(gap, cut + 1):
            return True
    return False


def _labelled_after(ctx: Context) -> list[Check]:
    """A total followed in its clause by labelled counts of the same unit that add up to it
    (consistent only: with no marker the counts may be subsets)."""
    out: list[Check] = []
    for sent_figs in ctx.by_sent.values():
        if len(sent_figs) < 3:
            continue
        e = ctx.sentence_span(sent_figs[0].sent)[1]
        for k, t in enumerate(sent_figs[:-2]):
            nxt = sent_figs[k + 1]
            if not t.exact_count or nxt.unit.key != t.unit.key or ";" in ctx.gap(t, nxt):
                continue
            if "," not in ctx.gap(t, nxt) or t.m.rule in ("count_breakdown", "count_sibling"):
                continue  # an item of a list is no total of its siblings
            parts = _walk(ctx, t.end, e, t, semicolons=False)
            if len(parts) < 2 or any(p.unit.key != t.unit.key for p in parts):
                continue
            if sum(p.value for p in parts) != t.value:  # type: ignore[misc]
                continue
            if _net_labelled(ctx, parts):
                continue  # "kết nạp 17 hội viên, 9 hội viên từ trần, thực tăng 8": a change
            out.append(_emit(ctx, t, parts, "soft", ctx.clause(t.start, parts[-1].end), ""))
    return out


# -- a marker after a total, then items whose numbers the extractor leaves bare (a label, then a
# number with no unit): "xây dựng 286 mô hình, điển hình …, trong đó cấp huyện 24, cấp cơ sở 262",
# "38 lượt cán bộ, gồm: từ huyện về xã 14, từ xã lên huyện 6, …", "kết nạp 214 đảng viên, đạt
# 107% chỉ tiêu (200 đảng viên), trong đó ở các doanh nghiệp 71, ở các cơ quan 143". The items
# count the total's kind. The total is the count right before the marker, past its own modifier,
# brackets and a target clause ("đạt P% chỉ tiêu"); only then is a verdict told. A sum that fits
# another count of the clause before ("1.046 tập thể và 9.312 cá nhân …; trong đó …") is a fit.
_BARE_OPEN = re.compile(r"(?:^|[,;:(]|\s)\s*(trong đó|bao gồm|gồm)\s*(:)?\s*(?=[^\W\d])")
# a capitalised word after a word (a name inside the bracket), and words that may explain why a
# list falls short of its total
_PROPER_IN = re.compile(r"\s[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]")
_GAP_WORDS = re.compile(
    r"\b(?:chưa|không|kể cả|tính cả|ngoài|trừ|bị|đã|cũ|trước|sau|thêm|chuyển|riêng|gồm|trong đó"
    r"|tổng hợp|số liệu|còn|khác|mới)\b"
)
_NAMES_ONLY = re.compile(
    r"\s*\(\s*[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^(),\d%]{0,60}"
    r"(?:,\s*[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][^(),\d%]{0,60}){0,5}\)\s*$"
)
_BARE_LABELLED = re.compile(
    rf"\s*(?P<label>[^\W\d][^\d;()%:]{{0,60}}?)\s*:?\s+(?P<num>{_NUM})"
    r"(?P<tail>\s*\(\s*(?:chiếm\s+)?\d+(?:,\d+)?\s*%\s*\)|\(\d{1,2}\)"
    # an aside about the item: "khai trừ 2 (1 đồng chí là đảng viên dự bị)", or words with no
    # figure, such as the names of those it counts: "không hoàn thành nhiệm vụ 1 (Đảng bộ xã
    # Trung Kênh)"
    rf"|\s*\((?={_ASIDE_OPEN})[^()]*\)|\s*\((?=\s*[^\W\d])[^()\d%]{{2,80}}\))?"
    r"\s*(?P<sep>,\s*và\b|,|;|\bvà\b|\.|$)"
)
# a label ending on one of these words holds a numbered name, not an item ("Quyết định số 12")
_BARE_NOT_LAST = frozenset(
    {"số", "thứ", "khóa", "điều", "khoản", "mục", "quý", "phần", "đợt", "lần", "tháng", "năm",
     "ngày", "tuổi", "kỳ", "giai", "đoạn", "nhóm", "lớp", "trường"}
)  # fmt: skip
_BARE_PLACE = frozenset(
    {"tổ", "khu", "thôn", "ấp", "bản", "xóm", "khóm", "buôn", "làng", "phường", "đội"}
)
_PLURAL = re.compile(r"\b(?:các|những)\b")
_BARE_TARGET = re.compile(
    r"(?:đạt|bằng|vượt)\s+\d+(?:,\d+)?\s*%\s*(?:so với\s+)?(?:chỉ tiêu|kế hoạch|mục tiêu|dự toán)"
)
_BARE_CHANGE = re.compile(r"(?:tăng|giảm|hơn|so với)\s*$")
# a fall whose causes are netted or partly listed: "(đã trừ 28 đồng chí chuyển đến)", "… và một
# số trường hợp chuyển sinh hoạt"
_CAUSES_OPEN = re.compile(r"chuyển đến|tiếp nhận|đã trừ|trừ đi|một số|các trường hợp khác|\bkhác\b")


def _sentence_end(low: str, pos: int, reach: int) -> int:
    """Up to ``reach`` characters after ``pos``, not past the sentence's full stop."""
    stop = re.search(r"\.(?:\s|$)", low[pos : pos + reach])
    return pos + stop.start() if stop else pos + reach


_OUT_CAUSE = re.compile(
    r"từ trần|qua đời|xóa tên|ra khỏi đảng|khai trừ|chuyển (?:đi|sinh hoạt|ra)|nghỉ hưu|thôi việc"
)
_BRACKETED = re.compile(r"\([^()]*\)")
_BARE_GRADED_GAP = re.compile(
    r"^\s*(?:[^\W\d]+\s+){0,3}?(?:được|đã được)\s+(?:kiểm điểm,?\s+)?"
    r"(?:đánh giá|xếp loại|phân loại)[^\W\d]*(?:\s+[^\W\d]+){0,3}\s*;\s*$"
)


# A place word closing a label ("thôn", "khu", "tổ") makes "thôn 5" a numbered name, no count —
# unless a head noun of two words or more stands before it and the place is the kind that noun
# serves ("nhà văn hóa thôn", "đường giao thông thôn"), with no word that ties the item to one
# place ("của", "tại", "vào" …), and the list has already read two items as counts:
#
# | list                                                     | "… thôn 5" read as       |
# |----------------------------------------------------------|--------------------------|
# | "gồm: giao thông 17, trường học 12, nhà văn hóa thôn 5"  | 5 nhà văn hóa thôn       |
# | "gồm: đường giao thông 9, kênh mương 4, nhà văn hóa khu 3"| 3 nhà văn hóa khu        |
# | "gồm: thôn 5 12, thôn 6 9"                               | a name: no list          |
# | "gồm: trường học 2, kênh mương 4, đường vào thôn 5"      | a name ("vào"): no list  |
# | "gồm: nhà văn hóa thôn 5, trường học 2"                  | a name (first item)      |
_SERVED_PLACE_NOT = re.compile(r"\b(?:của|tại|ở|vào|đến|tới|thuộc|cho|qua|số)\b")


def _served_place(label: str, counted: int) -> bool:
    """Is the place word closing ``label`` the kind its head noun serves (see the table above),
    the label following ``counted`` items already read as counts?"""
    words = label.split()
    return counted >= 2 and len(words) >= 3 and not _SERVED_PLACE_NOT.search(label)


# (review 28g) "nhà văn hóa thôn 5" read as five houses is one reading; the other, one house of
# the hamlet numbered 5, stays possible. When that other reading makes the list add up to its
# total exactly, the list is no error:
#
# | total and list                                                          | told   |
# |-------------------------------------------------------------------------|--------|
# | "9 công trình, gồm: đường điện 4, đường hoa 4, sân chơi thiếu nhi tổ 3" (4 + 4 + 1) | silent |
# | "27 công trình, gồm: …, nhà văn hóa thôn 6, sân thể thao 3" (11 + 8 + 6 + 3 = 28) | told |
def _one_served_place_fits(
    items: list[tuple[int, int, str]], values: list[float], whole: float | None
) -> bool:
    """Does reading one served-place item ("… thôn 5") as a single numbered place make the list
    add up to ``whole`` (table above)?"""
    if whole is None:
        return False
    got = sum(values)
    for k, (_, _, label) in enumerate(items):
        words = label.split()
        if (
            words
            and words[-1] in _BARE_PLACE
            and " ".join(words[-2:]) != "nông thôn"
            and _served_place(label, k)
            and abs(got - values[k] + 1 - whole) < 1e-9
        ):
            return True
    return False


def _bare_list(ctx: Context, begin: int, e: int) -> list[tuple[int, int, str]] | None:
    """The labelled bare numbers from ``begin`` to the end of the list: (start, end, label)."""
    low = ctx.low
    items: list[tuple[int, int, str]] = []
    pos = begin
    seps: set[str] = set()
    while pos < e:
        hit = _BARE_LABELLED.match(low, pos, e)
        if hit is None:
            if items and re.match(r"[^.;]*\d", low[pos:e]):
                return None  # the list goes on in a shape not read here: no partial sum
            break
        label = hit.group("label").strip(" ,")
        words = label.split()
        if not words or _NOT_ITEM_LABEL.search(label):
            return None
        tail = hit.group("tail") or ""
        if tail and not any(ch.isdigit() for ch in tail):
            # a bracket of words: an aside when it names who or where the item counts ("(Đảng bộ
            # xã Trung Kênh)", "(bản Pù Lầu, bản Háng Tề)", "(chủ yếu ở bản Sà Phìn)"), not when
            # its words may say why the list falls short ("(chưa tổng hợp …)", "(một đồng chí
            # trước đó đã bị cách chức)")
            raw = ctx.text[hit.start("tail") : hit.end("tail")]
            if not _NAMES_ONLY.match(raw) and (
                not _PROPER_IN.search(raw) or _GAP_WORDS.search(raw.lower())
            ):
                return None
        named = words[-1] in _BARE_PLACE and " ".join(words[-2:]) != "nông thôn"
        if named and _served_place(label, len(items)):
            named = False  # "nhà văn hóa thôn 5" after two counted items: five such houses
        if words[-1] in _BARE_NOT_LAST or named and not _PLURAL.search(label):
            return None  # "thôn 5", "tổ 12": a numbered name; "các thôn, ấp 445" counts them
        if len(words) == 1 and words[0] in _NOT_LABEL_HEAD:
            return None
        if len(words) > 10:
            return None
        items.append((hit.start("num"), hit.end("num"), label))
        sep = hit.group("sep").replace(" ", "")
        if sep in (".", ""):
            break
        if sep == ";":
            if "," in seps and len(items) >= 2:
                break  # a comma list ends at ";"
            seps.add(";")
        else:
            seps.add(",")
        pos = hit.end()
    return items if len(items) >= 2 else None


# A count of events or classes, then the people they served ("186 lớp … cho 9.430 lượt hội
# viên", "24 hội nghị với 3.100 người dự"), then "gồm" and bare kinds: the kinds split the one
# count or the other. People per event run in tens, so a sum within a tenth of the first count
# and under a tenth of the people splits the first count (its alarm is a "gồm" list's); any
# other sum keeps the nearest count (and its usual silence).
#
# | counts before "gồm"                         | kinds' sum | whole       |
# |---------------------------------------------|------------|-------------|
# | "186 lớp … cho 9.430 lượt hội viên"         | 182        | 186 lớp     |
# | "32 hội nghị với 2.500 lượt người dự"       | 31         | 32 hội nghị |
# | "186 lớp … cho 9.430 lượt hội viên"         | 150        | 9.430 (as before: a subset) |
# | "186 lớp … và 9.430 lượt hội viên"          | 182        | 9.430 (no "cho": two counts) |
# | "27 lớp … cho 810 hội viên, gồm …, làm bánh 7 và các nghề khác" | 28 | 810 (the list goes on) |
_SERVED_BEFORE = re.compile(r"\b(?:cho|với)\s*$")


def _served_count(ctx: Context, cands: list[Fig], got: float) -> Fig | None:
    """The first of two counts tied by "cho"/"với" (table above) when the bare kinds' sum ``got``
    splits it; else None."""
    if len(cands) < 2:
        return None
    people, events = cands[-1], cands[-2]
    if not _counts_people(people) or _counts_people(events) or events.value >= people.value:  # type: ignore[operator]
        return None
    gap = ctx.low[events.end : people.start]
    if not _SERVED_BEFORE.search(gap) or any(ch.isdigit() for ch in gap) or ";" in gap:
        return None
    if len(gap) > 90 or _BRACKETED.search(gap):
        return None
    near = abs(got - events.value) <= _SIDES_NEAR * events.value  # type: ignore[operator]
    return events if near and got < _SIDES_NEAR * people.value else None  # type: ignore[operator]


_WITH_AMOUNT = re.compile(
    r"\bvới\s+(?:tổng\s+)?(?:số\s+)?(?:vốn|kinh phí|mức đầu tư|giá trị|diện tích)\b[^,;:]{0,40}"
)


# -- a count, then where each of its members was taken, as bare numbers closing the sentence:
# "1.487 đảng viên mới của năm 2023 được kết nạp ở khối xã, phường, thị trấn 612, khối cơ quan,
# doanh nghiệp 347, lực lượng vũ trang 284 và các trường học 236". A member is admitted,
# recruited or introduced once, by one body, so the places split the count, as after "gồm"
# (strong: an alarm over the count, or under it by less than a fifth). Other verbs may count one
# member at two places (a loan from two lenders, an award at two levels): no reading. Words that
# single out some places ("chủ yếu", "nhiều nhất", "tập trung") or a list that goes on keep
# silence.
#
# | sentence                                                             | told         |
# |----------------------------------------------------------------------|--------------|
# | "1.487 đảng viên được kết nạp ở khối xã 612, khối cơ quan 347, … 236" (1.479) | inconsistent |
# | "240 lao động được tuyển tại doanh nghiệp trong tỉnh 150, ngoài tỉnh 90"      | consistent   |
# | "1.487 đảng viên được kết nạp, nhiều nhất ở khối xã 612, khối cơ quan 347"    | silent       |
# | "… được kết nạp ở khối xã 612, khối cơ quan 347 và một số nơi khác"           | silent       |
# | "… được kết nạp ở khối xã 612, khối cơ quan 347" (two places)                 | silent       |
# | "412 hộ được vay vốn tại Ngân hàng Chính sách xã hội 300, quỹ tín dụng 80"    | silent       |
# | "96 học sinh được khen thưởng ở cấp huyện 60, cấp tỉnh 21, cấp quốc gia 3"    | silent       |
# | "1.520 lao động được tuyển dụng tại các doanh nghiệp như: Công ty may … 620, …" (examples) | silent |
# | "35 vận động viên được tuyển chọn tại giải cấp huyện 20, cấp tỉnh 12, …" (review 28g: one
# |   athlete is chosen at several rounds; "tuyển chọn" is no recruitment)        | silent       |
_TAKEN_AT = re.compile(
    r"(?:\s+[^\W\d]+){0,6}?(?:\s+(?:19|20)\d\d)?\s+(?:đã\s+)?được\s+"
    r"(?P<verb>kết nạp|tuyển dụng|tuyển(?!\s+chọn)|giới thiệu)(?:\s+[^\W\d]+){0,2}?\s+(?:ở|tại)\s+(?=[^\W\d])"
)
# (review 28g) Gatherings are no bodies: one worker is introduced at a job fair and again at a
# mobile session, one product shown at two fairs, so places that are sessions, fairs, forums or
# contests may count one member twice:
#
# | sentence                                                                     | told   |
# |------------------------------------------------------------------------------|--------|
# | "86 lao động được giới thiệu tại sàn giao dịch việc làm 40, phiên giao dịch lưu động 30, trung tâm … 25" | silent |
# | "186 người được giới thiệu ở các chi đoàn thôn 112, chi đoàn trường học 41 và …" | told  |
_GATHERING = re.compile(
    r"\b(?:phiên|sàn giao dịch|hội chợ|ngày hội|diễn đàn|hội nghị|hội thảo|triển lãm|hội thi|"
    r"kỳ thi|giải)\b"
)
_SOME_PLACES = re.compile(
    r"\b(?:chủ yếu|nhiều nhất|phần lớn|đa số|tập trung|trong đó|riêng|như(?!\s+sau))\b"
)  # (review 28g) "như:" lists examples: "… tại các doanh nghiệp như: Công ty may … 620, …"


def _written_count(f: Fig) -> bool:
    """Is ``f`` a whole count of a named unit written as it is ("1.487 đảng viên", not "1,5
    nghìn"): a total a list of bare numbers may split?"""
    return f.type == "quantity" and f.exact_count and bool(f.unit.key) and as_written(f) == f.value


def _taken_at(ctx: Context) -> list[Check]:
    out: list[Check] = []
    low = ctx.low
    for sent_figs, _s, e in ctx.sentences_with("được"):
        for total in sent_figs:
            if not _written_count(total):
                continue
            hit = _TAKEN_AT.match(low, total.end, e)
            if hit is None or _SOME_PLACES.search(low, total.end, hit.end()):
                continue
            begin = hit.end()
            items = _bare_list(ctx, begin, e)
            if items is None or len(items) < 3 or any("," in ctx.text[a:b] for a, b, _ in items):
                continue  # (two places may be the main ones only)
            end = items[-1][1]
            if low[end:e].strip(" .") or any(
                g.type != "percent" for g in ctx.figs_from(begin, end + 1)
            ):
                continue  # the list goes on, or its items are figures (the marker rules read them)
            if _SOME_PLACES.search(low, begin, end) or _GATHERING.search(low, total.end, end):
                continue
            values = [number(ctx.text[a:b]) for a, b, _ in items]
            parts = [
                synthetic(ctx, a, b, v, total) for (a, b, _), v in zip(items, values, strict=True)
            ]
            span = (ctx.clause(total.start, total.end)[0], end)
            out.append(_emit(ctx, total, parts, "strong", span, ctx.text[begin:end]))
            break
    return out


# -- the two sides of one split as bare numbers after ";", closing the sentence of a count: "toàn
# huyện kết nạp 612 đảng viên, vượt 2% chỉ tiêu (600 đảng viên); trong đó 438 đảng viên là người
# dân tộc thiểu số; nữ 251, nam 365." Each member is one side or the other (``_PAIRS``: nam /
# nữ, chính thức / dự bị …, each label its side alone), so the pair makes a whole of the
# sentence: the one count before it, out of brackets and no change or plan, that the pair's sum
# lies within a tenth of (a subset said before, "438 … dân tộc thiểu số", lies far below it).
#
# | sentence                                                        | whole     | told         |
# |-----------------------------------------------------------------|-----------|--------------|
# | "kết nạp 612 đảng viên (kế hoạch 600); trong đó 438 …; nữ 251, nam 365" | 612 | inconsistent |
# | "có 1.204 hội viên; nam 530, nữ 674"                            | 1.204     | consistent   |
# | "có 320 đoàn viên, 300 thanh niên; nam 150, nữ 160"             | two near  | silent       |
# | "có 1.204 hội viên; trong đó 400 hội viên mới; nam 210, nữ 190" | none near | silent       |
# | "có 2.460 hội viên; trong đó 420 … dân tộc thiểu số; nam 230, nữ 194" | 420, not the first | silent |
# | "tăng 60 đảng viên; nam 30, nữ 31"                              | a change  | silent       |
# | "có 1.236 đoàn viên, thu hút khoảng 1.200 thanh niên …; nam 580, nữ 620" | an approximate count near too | silent |
#
# (review 28g) An approximate count ("khoảng", "gần", "hơn") is no candidate, yet the pair may
# be its sides stated exactly: one near the pair's sum keeps silence.
_SIDES_NEAR = 0.1


def _bare_sides(ctx: Context) -> list[Check]:
    out: list[Check] = []
    low = ctx.low
    for sent, sent_figs in ctx.by_sent.items():
        s, e = ctx.sentence_span(sent)
        semi = low.rfind(";", s, e)
        if semi < 0 or not (
            " nam " in low[semi:e] or " nữ " in low[semi:e] or "dự bị" in low[semi:e]
        ):
            continue  # only the last ";" of the sentence: the pair closes it
        items = _bare_list(ctx, semi + 1, e)
        if items is None or len(items) != 2 or any("," in ctx.text[a:b] for a, b, _ in items):
            continue
        end = items[-1][1]
        if low[end:e].strip(" .") or any(g.type != "percent" for g in ctx.figs_from(semi, end + 1)):
            continue  # the list goes on, or its items are figures (the marker rules read them)
        if not _pair_sides(items[0][2], items[1][2], short=True):
            continue
        values = [number(ctx.text[a:b]) for a, b, _ in items]
        got = sum(values)
        cands = [
            g
            for g in sent_figs
            if g.end <= semi
            and g.type == "quantity"
            and g.exact_count
            and g.value
            and as_written(g) == g.value
            and low.rfind("(", s, g.start) <= low.rfind(")", s, g.start)
            and not _BARE_CHANGE.search(ctx.before_low(g, 12))
            and not _PLAN_BEFORE.search(ctx.before_low(g, 45))
            and not reference_level(ctx, g)
        ]
        near = [g for g in cands if abs(got - g.value) <= _SIDES_NEAR * g.value]  # type: ignore[operator]
        if len({g.value for g in near}) != 1 or not _counts_people(near[0]):
            continue
        if any(
            g.type == "quantity"
            and not g.exact_count
            and g.value
            and abs(got - g.value) <= _SIDES_NEAR * g.value  # type: ignore[operator]
            for g in sent_figs
            if g.end <= semi
        ):
            continue  # "… khoảng 1.200 thanh niên tham gia …; nam 580, nữ 620": that count's sides
        if near[0] is not cands[0]:
            continue  # "…; trong đó 420 hội viên dân tộc thiểu số; nam 230, nữ 194": whose sides?
        total = near[0]
        parts = [synthetic(ctx, a, b, v, total) for (a, b, _), v in zip(items, values, strict=True)]
        span = (ctx.clause(total.start, total.end)[0], end)
        out.append(_emit(ctx, total, parts, "closed", span, ""))
    return out


# -- a line headed by the name of a body the report counted before, then the grades of that body
# as bare numbers: "Đảng bộ huyện có … 186 chi bộ trực thuộc đảng ủy cơ sở." … in another section
# "- Chi bộ trực thuộc đảng ủy cơ sở: hoàn thành xuất sắc nhiệm vụ 31, hoàn thành tốt nhiệm vụ
# 128, hoàn thành nhiệm vụ 24, không hoàn thành nhiệm vụ 1." The heading repeats, word for word,
# the noun phrase that follows the count (up to a comma, a bracket, "và" or the full stop), and
# every count of the document so named has one value: the grades split that count. Only a full
# scale of four grades closes the list (an alarm); a shorter list is told when it adds up.
#
# | count before                       | heading and list                           | told       |
# |------------------------------------|--------------------------------------------|------------|
# | "186 chi bộ trực thuộc đảng ủy cơ sở" | "Chi bộ trực thuộc đảng ủy cơ sở: 31, 128, 24, 1 (four grades)" | inconsistent |
# | "52 chi hội phụ nữ"                | "Chi hội phụ nữ: 20, 25, 6, 1 (four grades)" | consistent |
# | "34 tổ chức cơ sở đảng"            | "Tổ chức cơ sở đảng: 6, 25, 2 (three grades)" | unverifiable: not said |
# | "186 chi bộ" and "190 chi bộ" (2023) | "Chi bộ: four grades"                    | silent     |
# | "24 chi bộ trực thuộc"             | "Chi bộ trực thuộc:" under 2023, again under 2024 | silent |
# | "186 chi bộ trực thuộc"            | "Chi bộ trực thuộc: …; 3 chi bộ mới thành lập chưa xếp loại" | silent |
# | "24 chi bộ, trong đó có 2 chi bộ mới thành lập chưa đủ thời gian đánh giá" | four grades | silent |
_HEADED_LINE = re.compile(
    r"\s*(?:[-–•+*]\s*)?(?P<head>[^\W\d][^\d:;()\n]{2,60}?)\s*:\s*(?=[^\W\d])"
)
_NAMED_AFTER = re.compile(r"\s*([^\W\d][^\d,;:.()\n]{2,60}?)\s*(?:[,;:.()\n]|\svà\s|$)")


def _phrase_after(ctx: Context, g: Fig) -> str:
    """The noun phrase that follows a count's number: "186 chi bộ trực thuộc đảng ủy cơ sở." ->
    "chi bộ trực thuộc đảng ủy cơ sở"."""
    num = re.match(_NUM, ctx.low[g.start : g.end])
    if num is None:
        return ""
    hit = _NAMED_AFTER.match(ctx.low, g.start + num.end(), g.start + num.end() + 80)
    return " ".join(hit.group(1).split()) if hit else ""


# (review 28g) The heading line just above the graded line may set the grades apart from the
# count: another moment ("Năm 2022 (nhiệm kỳ trước), kết quả xếp loại:"), a year the count's
# sentence does not say when it says one ("Đến cuối năm 2024, … có 186 chi bộ …" then "Kết quả
# xếp loại năm 2023:"), or some units only ("Kết quả xếp loại ở xã Tân Lập:", "… các chi hội ở 6
# xã điểm:", "Riêng …"):
#
# | count's sentence                      | heading above the grades              | told   |
# |---------------------------------------|---------------------------------------|--------|
# | "Đến cuối năm 2024, … 186 chi bộ …"   | "Kết quả đánh giá, xếp loại năm 2023:" | silent |
# | "Năm 2021, … 192 chi bộ …"            | "Kết quả xếp loại năm 2024:"          | silent |
# | "… 214 chi bộ …"                      | "Năm 2022 (nhiệm kỳ trước), kết quả xếp loại:" | silent |
# | "… 52 chi hội phụ nữ …"               | "Kết quả xếp loại ở xã Tân Lập (xã điểm):" | silent |
# | "… 128 chi hội phụ nữ."               | "Kết quả xếp loại năm 2024:"          | told   |
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_HEADING_SOME = re.compile(r"\b(?:ở|tại|riêng|thuộc)\b")


def _heading_set_apart(low: str, ts: int, te: int, s: int) -> bool:
    """Does the heading line ending just before ``s`` set the grades apart from the count whose
    sentence spans ``ts``-``te`` (table above)?"""
    end = low.rfind("\n", 0, s)
    while end > 0 and not low[low.rfind("\n", 0, end) + 1 : end].strip():
        end = low.rfind("\n", 0, end)
    if end < 0 or end <= te:
        return False
    line = low[low.rfind("\n", 0, end) + 1 : end].strip()
    if not line.endswith(":"):
        return False
    if _EARLIER_MOMENT.search(line) or _HEADING_SOME.search(line):
        return True
    said = set(_YEAR.findall(low, ts, te))
    heading = set(_YEAR.findall(line))
    return bool(said and heading and not said & heading)


def _headed_grades(ctx: Context) -> list[Check]:
    out: list[Check] = []
    low = ctx.low
    if "hoàn thành" not in low and "vững mạnh" not in low:
        return out
    for k in range(1, len(ctx.sentences)):
        s, e = ctx.sentence_span(k)
        if low.find(":", s, min(e, s + 70)) < 0:
            continue
        hit = _HEADED_LINE.match(low, s, e)
        if hit is None:
            continue
        head = " ".join(hit.group("head").split())
        if len(head.split()) < 2 or _NOT_ALL_GRADED.search(low, s, e):
            continue
        if len(re.findall(rf"(?m)^\s*(?:[-–•+*]\s*)?{re.escape(head)}\s*:", low)) > 1:
            continue  # the same heading twice: the grades of two years, of which moment is the count?
        begin = hit.end()
        items = _bare_list(ctx, begin, e)
        if items is None or any("," in ctx.text[a:b] for a, b, _ in items):
            continue
        end = items[-1][1]
        if any(g.type != "percent" for g in ctx.figs_from(begin, end + 1)):
            continue  # the items are figures: the marker rules read them
        named = [
            g
            for g in ctx.figs
            if g.end <= s
            and g.type == "quantity"
            and g.exact_count
            and as_written(g) == g.value
            and _phrase_after(ctx, g) == head
        ]
        if not named or len({g.value for g in named}) != 1:
            continue
        total = named[-1]
        ts, te = ctx.sentence_span(total.sent)
        if (
            reference_level(ctx, total)
            or _PLAN_BEFORE.search(ctx.before_low(total, 45))
            or _EARLIER_MOMENT.search(low, ts, te)
            or _CHANGED_SINCE.search(low, total.end, te)
            or _NOT_ALL_GRADED.search(low, ts, te)
        ):
            continue  # a level compared with, a plan, a count of another moment or not all graded
        if _heading_set_apart(low, ts, te, s):
            continue
        values = [number(ctx.text[a:b]) for a, b, _ in items]
        parts = [synthetic(ctx, a, b, v, total) for (a, b, _), v in zip(items, values, strict=True)]
        if _full_scale(ctx, begin, e, parts):
            strength = "closed"
        elif sum(values) == total.value:
            strength = "soft"
        else:
            continue
        out.append(_emit(ctx, total, parts, strength, (s, end), ctx.text[begin:end]))
    return out


# -- a sentence that opens with its own list marker and bare counts, the total in the sentence
# before: "… thi hành kỷ luật 31 đảng viên. Theo hình thức: khiển trách 19, cảnh cáo 8, cách
# chức 1, khai trừ 3." Found by its sum: a fit is told (the list may be of another total).
_NEXT_OPEN = re.compile(
    r"\s*(?:[-–•+]\s*)?(?:cụ thể|trong đó|chia ra|kết quả|theo [^\W\d]+(?:\s+[^\W\d,]+){0,3}"
    r"|phân theo [^\W\d]+(?:\s+[^\W\d,]+){0,3})\s*:\s*"
)


def _bare_next_sentence(ctx: Context) -> list[Check]:
    out: list[Check] = []
    if ":" not in ctx.text:
        return out
    for k in range(1, len(ctx.sentences)):
        s, e = ctx.sentence_span(k)
        if ctx.low.find(":", s, min(e, s + 45)) < 0:
            continue
        hit = _NEXT_OPEN.match(ctx.low[s:e])
        if hit is None:
            continue
        begin = s + hit.end()
        items = _bare_list(ctx, begin, e)
        if items is None:
            continue
        end = items[-1][1]
        if any(g.type != "percent" for g in ctx.figs_from(begin, end + 1)):
            continue  # the items are figures: the marker rules read them
        if any("," in ctx.text[a:b] for a, b, _ in items):
            continue
        values = [number(ctx.text[a:b]) for a, b, _ in items]
        total_sum = sum(values)
        cands = [
            g
            for g in ctx.by_sent.get(k - 1, [])
            if g.type == "quantity" and g.exact_count and g.unit.key and as_written(g) == g.value
        ]
        fit = [g for g in cands if g.value == total_sum]
        strength = "soft"
        if fit:
            total = fit[-1]
        else:
            # "628 tổ chức cơ sở đảng đều được đánh giá, xếp loại. Kết quả: hoàn thành xuất sắc
            # nhiệm vụ 121 (19,3%); …; không hoàn thành nhiệm vụ 6": the one count said to be
            # graded, and a full scale of grades under it
            graded = [g for g in cands if _ALL_GRADED.match(ctx.after_low(g, 40))]
            if len(graded) != 1:
                continue
            total = graded[0]
            probe = [
                synthetic(ctx, a, b, v, total) for (a, b, _), v in zip(items, values, strict=True)
            ]
            if not _full_scale(ctx, begin, e, probe):
                continue
            strength = "closed"
        parts = [synthetic(ctx, a, b, v, total) for (a, b, _), v in zip(items, values, strict=True)]
        span = (ctx.clause(total.start, total.end)[0], end)
        out.append(_emit(ctx, total, parts, strength, span, ctx.text[begin:end]))
    return out


_ALL_GRADED = re.compile(
    r"^\s*(?:[^\W\d]+\s+){0,5}?(?:đều\s+|đã\s+)?được\s+(?:kiểm điểm,?\s*)?(?:đánh giá|xếp loại)"
)


def _bare_after_marker(ctx: Context) -> list[Check]:
    out: list[Check] = []
    low = ctx.low
    # _BARE_OPEN matches only after "gồm" or "trong đó" (and is slow to fail: it tries every space)
    for sent_figs, s, e in ctx.sentences_with("gồm", "trong đó"):
        for hit in _BARE_OPEN.finditer(low, s, e):
            begin = hit.end()
            items = _bare_list(ctx, begin, e)
            if items is None:
                continue
            end = items[-1][1]
            read = [g for g in ctx.figs_from(begin, end + 1) if g.type != "percent"]
            # the items are figures: the marker rules read them — unless the extractor gave each
            # one the unit of the people a count of classes served ("cho 3.150 lượt hội viên,
            # gồm trồng trọt 30, …"): read here only for the classes (``_served_count``)
            as_breakdown = len(read) == len(items) and all(
                g.m.rule == "count_breakdown" and (g.start, g.end) == (a, b)
                for g, (a, b, _) in zip(read, items, strict=True)
            )
            if read and not as_breakdown:
                continue
            if any("," in ctx.text[a:b] for a, b, _ in items):
                continue  # whole counts only
            at = hit.start(1)
            cands = [
                g
                for g in sent_figs
                if g.end <= at
                and g.type == "quantity"
                and g.exact_count
                and g.unit.key
                and as_written(g) == g.value  # "120 tỷ đồng": bare items would be in its scale
            ]
            # counts inside a bracket (a plan, a note) or stating a change are not the total —
            # unless the items are the causes of a fall ("giảm 1.418 đảng viên, gồm từ trần
            # 1.146, xóa tên 173, cho ra khỏi Đảng 58, khai trừ 41")
            causes = all(_OUT_CAUSE.search(label) for _, _, label in items) and not (
                _CAUSES_OPEN.search(low, s, _sentence_end(low, items[-1][1], 60))
            )
            cands = [
                g
                for g in cands
                if low.rfind("(", s, g.start) <= low.rfind(")", s, g.start)
                and (
                    not _BARE_CHANGE.search(ctx.before_low(g, 12))
                    or causes
                    and re.search(r"giảm\s*$", ctx.before_low(g, 12))
                )
            ]
            if not cands:
                continue
            total = cands[-1]
            values = [number(ctx.text[a:b]) for a, b, _ in items]
            total_sum = sum(values)
            gap = _BRACKETED.sub(" ", low[total.end : at])
            gap = _BARE_TARGET.sub(" ", gap)
            gap = _WITH_AMOUNT.sub(
                " ", gap
            )  # "39 công trình, dự án với tổng vốn 512 tỷ đồng, gồm:"
            direct = (not any(ch.isdigit() for ch in gap) and ";" not in gap and len(gap) < 90) or (
                bool(_BARE_GRADED_GAP.match(gap))
            )
            fit = [g for g in cands if g.value == total_sum]
            served = None
            if not fit and low[end:e].strip(" .")[:1] in ("", ";"):  # the list closes its clause
                served = _served_count(ctx, cands, total_sum)
            if read and (served is None or any(g.unit.key != total.unit.key for g in read)):
                continue  # figures of the people count: the marker rules read them
            if served is not None:
                total, strength = served, "strong"
            elif fit:
                total = fit[-1]
                strength = "soft"
            elif not direct or len(cands) > 1 and cands[-2].end > total.start - 40:
                continue
            elif hit.group(1) != "trong đó":
                strength = "strong"
            else:
                strength = "weak"
            if strength != "soft" and _one_served_place_fits(items, values, total.value):
                continue  # "…, sân chơi thiếu nhi tổ 3" may be the one of tổ 3: 4 + 4 + 1 = 9
            parts = [
                synthetic(ctx, a, b, v, total) for (a, b, _), v in zip(items, values, strict=True)
            ]
            region = ctx.text[begin : min(e, end + 40)]
            if strength != "soft":
                if _full_scale(ctx, begin, e, parts) or _all_levels(ctx, total, items):
                    strength = "closed"
                elif strength == "weak" and _parallel_labels(ctx, begin, parts):
                    strength = "partition"
            out.append(_emit(ctx, total, parts, strength, ctx.clause(total.start, end), region))
    return out


# -- a count, a few words of its own, a colon, then its kinds as labelled bare numbers: "Số đơn
# thuộc thẩm quyền là 58 đơn: tố cáo 49, khiếu nại 9", "Trong 45 đơn tố cáo đã giải quyết: tố
# cáo đúng 7, đúng một phần 14, sai 24". The colon right after the count opens its breakdown —
# unless its own words end in "như" (review 28g): "1.520 lao động được tuyển dụng tại các doanh
# nghiệp như: Công ty may … 620, …" lists examples (silent); "như sau:" is a full list.
_PROPERTY_LABEL = re.compile(r"\b(?:có|được|bị)\b")
_EXAMPLES_OPEN = re.compile(r"\bnhư\s*$")
_COLON_NESTED = re.compile(r"\b(?:trong đó|trong số đó|riêng|gồm)\b")
_COUNT_COLON = re.compile(r"\s*(?P<own>[^\W\d][^\d;:,.()%]{0,50}?)?\s*:\s*(?=[^\W\d])")


def _items_read(
    ctx: Context, total: Fig, items: list[tuple[int, int, str]], begin: int, end: int
) -> list[Fig] | None:
    """The figures of a bare list when the extractor read them as the total's parts.

    ``[]`` when the items are bare numbers (the caller makes synthetic parts), the items'
    own figures when the extractor gave each one as a part of this total (a list that adds
    up to a count before it: rule ``count_breakdown``, the total's unit), ``None`` when
    other figures stand among them (the marker rules read those).
    E.g. "40 chi bộ được xếp loại: trong sạch, vững mạnh 30, khá 8, yếu 2" -> [30, 8, 2]."""
    got = [g for g in ctx.figs_from(begin, end + 1) if g.type != "percent"]
    if not got:
        return []
    if len(got) == len(items) and all(
        g.type == "quantity"
        and g.m.rule == "count_breakdown"
        and g.unit.key == total.unit.key
        and (g.start, g.end) == (a, b)
        for g, (a, b, _) in zip(got, items, strict=True)
    ):
        return got
    return None


def _bare_after_colon(ctx: Context) -> list[Check]:
    out: list[Check] = []
    low = ctx.low
    for sent_figs, s, e in ctx.sentences_with(":", "xếp loại"):
        for total in sent_figs:
            if not _written_count(total):
                continue
            hit = _COUNT_COLON.match(low[total.end : e])  # a slice: the match starts at the unit
            across = graded = False
            if hit is None:
                # "Đảng ủy huyện có 52 tổ chức cơ sở đảng; năm 2024 xếp loại: …": the grades of
                # the count before, after ";" (only a full scale of grades, below)
                hit = _GRADED_AFTER_SEMI.match(low[total.end : e])
                across = hit is not None
            if hit is None and _WITHIN_LEAD.search(low, max(s, total.start - 20), total.start):
                # "trong 2.865 đảng viên được xếp loại, hoàn thành xuất sắc nhiệm vụ 402, …": the
                # count said to be the graded, then its grades (a full scale, below)
                hit = _GRADED_COMMA.match(low[total.end : e])
                graded = hit is not None
            own = hit.groupdict().get("own") or "" if hit is not None else ""
            if hit is None or _NOT_ITEM_LABEL.search(own) or _EXAMPLES_OPEN.search(own):
                continue
            begin = total.end + hit.end()
            items = _bare_list(ctx, begin, e)
            if items is None:
                continue
            end = items[-1][1]
            read = _items_read(ctx, total, items, begin, end)
            if read is None:
                continue  # the items are figures: the marker rules read them
            if any("," in ctx.text[a:b] for a, b, _ in items):
                continue  # whole counts only
            if _COLON_NESTED.search(low, begin, end):
                continue  # "tố cáo 49, trong đó nặc danh 4, khiếu nại 9": an item inside an item
            if any(_PROPERTY_LABEL.search(label) for _, _, label in items):
                continue  # "đơn tố cáo 49, đơn có nội dung phức tạp 12": a property, no kind
            values = [number(ctx.text[a:b]) for a, b, _ in items]
            parts = read or [
                synthetic(ctx, a, b, v, total) for (a, b, _), v in zip(items, values, strict=True)
            ]
            region = ctx.text[begin : min(e, end + 40)]
            span = (ctx.clause(total.start, total.end)[0], end)
            if graded and not _full_scale(ctx, begin, e, parts):
                continue
            if across:
                if not _full_scale(ctx, begin, e, parts):
                    continue
                cs, _ = ctx.clause(total.start, total.end)
                if any(
                    g is not total and g.type == "quantity" for g in ctx.figs_from(cs, total.end)
                ):
                    continue  # "52 tổ chức cơ sở đảng với 3.410 đảng viên; … xếp loại:": whose?
                if sum(values) != total.value and _NOT_ALL_GRADED.search(low, s, e):
                    continue  # "(2 tổ chức mới thành lập chưa xếp loại)": not all are graded
            strength = "closed" if across or graded else "strong"
            out.append(_emit(ctx, total, parts, strength, span, region))
    return out


_WITHIN_LEAD = re.compile(r"(?:^|[,;:]\s*|\s)trong\s+(?:tổng\s+)?(?:số\s+)?$")
_GRADED_COMMA = re.compile(
    r"\s*(?:đã\s+)?được\s+(?:kiểm điểm,?\s*)?(?:đánh giá,?\s*)?xếp loại(?:\s+chất lượng)?"
    r"(?:\s*,\s*kết quả)?\s*[,:]\s*(?=[^\W\d])"
)


_GRADED_AFTER_SEMI = re.compile(
    r"[^\d;:,.()%]{0,50}?;\s*(?:(?:năm|trong năm)\s+(?:19|20)\d\d\s*,?\s*)?(?:kết quả\s+)?"
    r"(?:đánh giá,?\s+)?xếp loại(?:\s+chất lượng)?(?:\s+như sau)?\s*:\s*(?=[^\W\d])"
)
_NOT_ALL_GRADED = re.compile(
    r"\bmiễn\b|chưa (?:xếp loại|đánh giá|đủ)|không (?:xếp loại|đánh giá)|mới thành lập|chưa tính"
)


# -- "Toàn huyện có 215 chi bộ. Trong đó, 180 chi bộ nông thôn, 35 chi bộ cơ quan.": the
# breakdown opens the next sentence. The total is the count of the previous sentence the first
# part belongs to; with several such counts only one that the parts add up to is taken. ------
# "Cụ thể:" opens the same kind of list, always with its colon ("… có 64 trường học. Cụ thể: mầm
# non 22 trường, tiểu học 24 trường, …")
_TRONG_FIRST = frozenset("tcgb-+•* \t\n")
_OPENS_WITHIN = re.compile(
    r"\s*(?:[-+•*]\s*)?(?:trong (?:đó|số đó)(?:\s+có)?\s*([:,])?|cụ thể\s*(:)|(?:bao )?gồm\s*(:))\s*"
)


def _within_next(ctx: Context) -> list[Check]:
    out: list[Check] = []
    low = ctx.low
    by_sent = ctx.by_sent
    for sent, sent_figs in by_sent.items():
        # only sentences that open with "Trong …" (maybe after a bullet) are looked at
        if len(sent_figs) < 2 or sent - 1 not in by_sent:
            continue
        s, e = ctx.sentence_span(sent)
        if low[s : s + 1] not in _TRONG_FIRST or (
            "trong" not in low[s : s + 8]
            and "cụ thể" not in low[s : s + 9]
            and "gồm" not in low[s : s + 10]  # "… 1.561 người. Gồm: cán bộ 46 người; …"
        ):
            continue
        prev = by_sent[sent - 1]
        hit = _OPENS_WITHIN.match(low, s, e)
        if not hit:
            continue
        first = sent_figs[0]
        if first.type != "quantity" or first.start < hit.end():
            continue
        cands = [t for t in prev if (t.exact_count or t.exact) and _covers_part(t, first)]
        colon = hit.group(1) == ":" or hit.group(2) == ":" or hit.group(3) == ":"
        found = []
        closed_by: dict[int, bool] = {}
        for t in cands:
            parts, closed = _walk_closed(ctx, hit.end(), e, t, semicolons=colon)
            if len(parts) >= 2 and parts[0] is first and all(p.type == "quantity" for p in parts):
                found.append((t, parts))
                closed_by[id(parts)] = closed
        fits = [
            (t, ps)
            for t, ps in found
            if abs(sum(p.value for p in ps) - t.value) <= tolerance([t, *ps]) + 1e-9  # type: ignore[misc, operator]
        ]
        if fits:
            total, parts = fits[-1]
        elif len(cands) == 1 and len(found) == 1:
            total, parts = found[0]
        else:
            continue
        region = ctx.text[hit.end() : min(e, parts[-1].end + 40)]
        span = (ctx.clause(total.start)[0], ctx.clause(parts[-1].start, parts[-1].end)[1])
        strength = "closed" if closed_by.get(id(parts)) else "strong" if colon else "weak"
        if strength == "weak" and (kinds := _closed_kinds(ctx, total, hit.end(), parts)):
            strength = kinds  # "… là 76,1 tỷ đồng. Trong đó, ngân sách Trung ương …, nhân dân …"
            region = "" if kinds == "closed" else region
        if hit.group(2):
            # "Cụ thể:" may detail what was done, not what the total is made of: only a stock
            # ("có 64 trường học") split into kinds named before their counts, with nothing
            # after each count's unit, and an alarm only when the kinds exceed the whole
            if strength != "closed" and not _kinds_of_stock(ctx, total, parts, hit.end()):
                continue
            strength = "soft" if _OVERLAP_SIGN.search(region.lower()) else "partition"
        out.append(_emit(ctx, total, parts, strength, span, region))
    return out


_KIND_LABEL = re.compile(r"^\s*[,;]?\s*(?:và\s+)?(?P<label>[^\W\d]+(?:\s+[^\W\d]+){0,5})\s*$")
_ACTION_WORDS = re.compile(
    r"\b(?:xây|sửa|nâng|mở|làm|kết nạp|hỗ trợ|thành lập|sáp nhập|đạt|được|có|đã|thêm|mới|giảm|tăng)\b"
)
_STOCK_BEFORE = re.compile(r"\b(?:có|gồm)\s+$")


def _kinds_of_stock(ctx: Context, total: Fig, parts: list[Fig], begin: int) -> bool:
    if not _STOCK_BEFORE.search(ctx.before_low(total, 12)):
        return False
    lo = begin
    for p in parts:
        gap = ctx.low[lo : p.start]
        m = _KIND_LABEL.match(gap)
        if m is None or _ACTION_WORDS.search(m.group("label")) or _overlapping(m.group("label")):
            return False
        lo = p.end
    return True


# -- year by year, then the sum: "Năm 2021 kết nạp 95, năm 2022 kết nạp 102, năm 2023 kết nạp 110
# đảng viên, nâng tổng số đảng viên mới trong 3 năm lên 307 đồng chí" / "…; tổng cộng 307 đảng
# viên" / next sentence "Tổng cộng 3 năm kết nạp 307 đảng viên." The years must follow each other
# and each item name the same action; an alarm needs "tổng cộng"/"tính chung" or a span
# that names exactly the years listed ("trong 3 năm", "giai đoạn 2021-2023"), else a fit is told.
_YEAR_ITEM = re.compile(
    rf"\bnăm\s+((?:19|20)\d{{2}})\s*[:,]?\s*((?:[^\W\d]+\s+){{0,5}}?)({_NUM})(?!\s*%)(?![.,]?\d)"
    r"((?:\s+[^\W\d]+){0,3}?)(?=\s*(?:[,;.)]|\bvà\b|$))"
)
_ITEM_SEP = re.compile(r"^\s*(?:,|;)?\s*(?:và\s*)?$")
_SUM_CUE = re.compile(
    r"^\s*[,;.]?\s*(?:(?P<sum>tổng cộng|cộng lại|tính chung|tính tổng)|(?P<raise>nâng tổng số)"
    r"|(?P<bare>tổng số))(?P<desc>[^;.%]{0,80}?)(?:\s+(?:lên|là|được|đạt|có))?\s*:?\s*$"
)
_SPAN_WORDS = re.compile(
    r"\b(\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+năm\b|\b((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\b"
)
_STOCK_VERBS = (["có"], ["còn"], ["là"], ["đạt"])  # a state per year, not a flow
_NUM_WORDS = {
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


# -- a count over years, then its years in brackets: "Từ năm 2021 đến nay, … kết nạp 1.046 đảng
# viên (năm 2021: 264; năm 2022: 281; năm 2023: 327; 6 tháng đầu năm 2024: 164)". Consecutive
# years, bare counts; an alarm needs the count's clause to open the span at the first year
# ("từ năm 2021", "giai đoạn 2021-2024", "trong 4 năm"), else only a fit is told.
_YEAR_BRACKET_CELL = re.compile(
    rf"\s*(?:và\s+)?(?:(?:\d+|sáu|chín)\s+tháng\s+(?:đầu\s+)?)?năm\s+((?:19|20)\d{{2}})\s*"
    rf"(?::|là|đạt)?\s*({_NUM})"
    r"(?![\d,]|\s*%)\s*(?:(?!và\b)[^\W\d]+(?:\s+(?!và\b)[^\W\d]+)?)?\s*([;,)]|(?=và\s))"
)
_YEAR_FLOW = re.compile(
    r"\b(?:kết nạp|tuyển|xây|sửa|hỗ trợ|thành lập|trồng|đào tạo|giải quyết|kiểm tra|giám sát|kỷ luật"
    r"|tiếp nhận|giới thiệu|bàn giao|cấp|trao|khen thưởng|vận động|giải ngân|thu hút)\b"
)
_DOC_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_REST_AFTER_BRACKET = re.compile(r"[^.;]{0,20}?\b(?:còn lại|số còn lại|phần còn lại|ngoài ra)\b")
_UNTIL_YEAR = re.compile(r"\bđến (?:(?:cuối |hết |tháng \d{1,2}[/-])?(?:năm )?)((?:19|20)\d{2})\b")
_NOUN_RUN_ON = re.compile(r"(?:\s+[^\W\d]+){1,4}\s*\(")
_YEAR_STOCK = re.compile(r"\b(?:có|còn|là|đạt|lên|xuống)\s*$")
_FROM_YEAR = re.compile(r"\btừ (?:đầu )?năm ((?:19|20)\d{2})\b")


def _real_or_synthetic(ctx: Context, s: int, e: int, v: float, like: Fig) -> Fig:
    """The figure extracted at ``s`` with value ``v`` ("138 căn"), else one made for the cell
    (a bare "138"): one relation is then one row, whichever reading finds it."""
    for f in ctx.starting_in(s, e):
        if f.start == s and f.value == v and f.type == "quantity":
            return f
    return synthetic(ctx, s, e, v, like)


def _year_bracket(ctx: Context) -> list[Check]:
    out: list[Check] = []
    text, low = ctx.text, ctx.low
    # the quantity figures only: the first test below drops every other one
    for t in ctx.quantities:
        if t.type != "quantity" or not t.exact_count or not t.unit.key:
            continue
        if not text.startswith("(", t.end) and not text.startswith(" (", t.end):
            # the noun may run on before the bracket: "412 căn nhà đại đoàn kết (năm 2022: …"
            run_on = _NOUN_RUN_ON.match(text, t.end, t.end + 40)
            if run_on is None or not low.startswith("(năm", run_on.end() - 1):
                continue
        if as_written(t) != t.value:
            continue  # "712,5 tỷ đồng (năm 2022: 196,8 tỷ đồng; …)": amounts in a scale, read elsewhere
        pos = text.index("(", t.end) + 1
        cells: list[re.Match[str]] = []
        while True:
            hit = _YEAR_BRACKET_CELL.match(low, pos)
            if hit is None:
                break
            cells.append(hit)
            pos = hit.end()
            if hit.group(3) == ")":
                break
        if len(cells) < 2 or cells[-1].group(3) != ")":
            continue
        years = [int(c.group(1)) for c in cells]
        if any(b != a + 1 for a, b in zip(years, years[1:], strict=False)):
            continue
        values = [number(c.group(2)) for c in cells]
        if any(v >= t.value for v in values) or _YEAR_STOCK.search(ctx.before_low(t, 14)):  # type: ignore[operator]
            continue  # "có 1.046 đảng viên (năm 2021: 980; …)": levels by year, no flow to add up
        if not _YEAR_FLOW.search(ctx.before_low(t, 30)) or "tổng số" in ctx.before_low(t, 40):
            continue  # only what was done year by year adds up
        parts = [
            _real_or_synthetic(ctx, c.start(2), c.end(2), v, t)
            for c, v in zip(cells, values, strict=True)
        ]
        cs, _ = ctx.clause(t.start, t.end)
        ss, _ = ctx.sentence_span(t.sent)
        head = low[ss : t.start]
        start = _FROM_YEAR.search(head)
        fits = _span_fits(head, years[0], years[-1])
        until = _UNTIL_YEAR.search(head)
        covered = until is None or int(until.group(1)) == years[-1]
        if "đến nay" in head and "tháng" not in cells[-1].group(0):
            # "Từ năm 2021 đến nay … (năm 2021: …; năm 2023: …)": now may be a later year
            covered = covered and max(map(int, _DOC_YEAR.findall(low)), default=0) == years[-1]
        if _REST_AFTER_BRACKET.match(low, pos):
            covered = False  # "…), số còn lại bị kỷ luật trong năm 2024"
        opened = covered and (
            (start is not None and int(start.group(1)) == years[0]) or fits is True
        )
        strength = "strong" if opened else "soft"
        region = text[t.end : pos]
        out.append(_emit(ctx, t, parts, strength, (cs, pos), region))
    return out


# -- a fraction's numerator broken down: "Đã giải quyết 16/21 đơn (76,2%), gồm 11 đơn tố cáo và 5
# đơn khiếu nại" (11 + 5 = 16). The list opens with "gồm"/"trong đó" right after the fraction
# (its percent in brackets may stand between).
_NUMERATOR_OPEN = re.compile(
    r"^\s*(?:\(\s*\d+(?:,\d+)?\s*%\s*\)|,\s*(?:đạt|chiếm|bằng)\s+\d+(?:,\d+)?\s*%)?\s*,?\s*"
    r"(?:gồm|bao gồm|trong đó)\s*:?\s*"
    # those rated of those there are, then their grades: "có 46/48 tổ chức cơ sở đảng được
    # đánh giá (2 tổ chức mới thành lập chưa đánh giá), trong đó hoàn thành xuất sắc nhiệm vụ 9"
    r"|^\s+(?:được|đã được)\s+(?:đánh giá|xếp loại|phân loại)(?:,?\s*(?:xếp loại|phân loại))?"
    r"(?:\s+chất lượng)?(?:\s+năm\s+\d{4})?\s*(?:\([^()\n\d]{0,80}(?:\d+[^()\n\d]{0,80}){0,2}\))?"
    r"\s*[,;:]?\s*(?:trong đó|kết quả(?:\s+(?:như sau|cụ thể))?\s*:|gồm|cụ thể\s*:)\s*:?\s*"
)


def _ratio_items(ctx: Context, r: Fig, begin: int, e: int) -> list[Fig]:
    """Fractions of ``r``'s unit listed from ``begin``, joined by "," or "và" (each may name its
    kind after it: "45/49 đơn tố cáo và 7/9 đơn khiếu nại")."""
    items: list[Fig] = []
    prev_end = begin
    for g in ctx.figs_from(begin, e):
        if g.type != "ratio" or not isinstance(g.m.get("numerator"), int):
            break
        if not (g.unit.key.startswith(r.unit.key) or r.unit.key.startswith(g.unit.key)):
            break
        gap = ctx.lower_slice(prev_end, g.start)
        if any(ch.isdigit() for ch in gap) or (items and not _RATIO_GAP.match(gap)):
            break
        items.append(g)
        prev_end = g.end
    if len(items) < 2 or sum(q.m.get("denominator") or 0 for q in items) != r.m.get("denominator"):
        return []  # "gồm 46/50 đơn …, 41/46 đơn …": nested shares, no split of 48/53
    return items


_RATIO_GAP = re.compile(r"^[^\d;:()]{0,40}?(?:,|\bvà\b)\s*$")


# -- a count and its parts as bare numbers in brackets, with no labels: "Hai huyện Hải Lăng và Vĩnh
# Linh hoàn thành 1.128 căn (684 và 444)". Nothing says which is which nor that they are all, so
# only a fit is told (684 + 444 = 1.128).
_BARE_BRACKET = re.compile(
    rf"^\s*\(\s*(?:lần lượt(?:\s+là)?\s+)?({_NUM}(?:\s*(?:,|;|và)\s*{_NUM})+)\s*\)"
)


def _bare_bracket_sums(ctx: Context) -> list[Check]:
    out: list[Check] = []
    if "(" not in ctx.text:
        return out
    # the quantity figures only: the first test below drops every other one
    for t in ctx.quantities:
        if t.type != "quantity" or not t.exact_count or as_written(t) != t.value:
            continue
        hit = _BARE_BRACKET.match(ctx.text[t.end : t.end + 80])  # a slice: "^" is its start
        if hit is None:
            continue
        nums = list(re.finditer(_NUM, hit.group(1)))
        values = [number(m.group(0)) for m in nums]
        if any("," in m.group(0) for m in nums) or sum(values) != t.value:
            continue  # whole counts that add up, or nothing is told
        base = t.end + hit.start(1)
        parts = [
            synthetic(ctx, base + m.start(), base + m.end(), v, t)
            for m, v in zip(nums, values, strict=True)
        ]
        out.append(
            _emit(ctx, t, parts, "soft", ctx.clause(t.start, t.end + hit.end()), hit.group(0))
        )
    out.extend(_respectively_sums(ctx, {c.start for c in out}))
    return out


# "Ba huyện … có 2.419 đảng viên, chiếm 39,5% toàn tỉnh (lần lượt 924, 781 và 714)": the bracket
# may sit after other words; the one count of its sentence before it that the numbers add up to
# is their whole (a fit, told as such).
_RESPECTIVELY = re.compile(rf"\(\s*lần lượt(?:\s+là)?\s+({_NUM}(?:\s*(?:,|;|và)\s*{_NUM})+)\s*\)")


def _respectively_sums(ctx: Context, done: set[int]) -> list[Check]:
    out: list[Check] = []
    if "lần lượt" not in ctx.low:
        return out
    for hit in _RESPECTIVELY.finditer(ctx.low):
        nums = list(re.finditer(_NUM, hit.group(1)))
        if any("," in m.group(0) for m in nums):
            continue
        values = [number(m.group(0)) for m in nums]
        s = max(ctx.text.rfind(". ", 0, hit.start()) + 1, ctx.text.rfind("\n", 0, hit.start()) + 1)
        cands = [
            t for t in ctx.figs_from(s, hit.start())
            if t.type == "quantity" and t.exact_count and t.value == sum(values)
        ]  # fmt: skip
        if len(cands) != 1:
            continue
        t = cands[0]
        span = ctx.clause(t.start, hit.end())
        if span[0] in done:
            continue
        base = hit.start(1)
        parts = [
            synthetic(ctx, base + m.start(), base + m.end(), v, t)
            for m, v in zip(nums, values, strict=True)
        ]
        out.append(_emit(ctx, t, parts, "soft", span, hit.group(0)))
    return out


def _numerator_lists(ctx: Context) -> list[Check]:
    out: list[Check] = []
    # the ratio figures only: the first test below drops every other one
    for r in ctx.ratios:
        if r.type != "ratio" or not r.unit.key:
            continue
        n = r.m.get("numerator")
        if not isinstance(n, int) or n <= 0:
            continue
        _, e = ctx.sentence_span(r.sent)
        hit = _NUMERATOR_OPEN.match(ctx.low[r.end : e])
        if hit is None:
            continue
        total = synthetic(ctx, r.start, r.end, float(n), r)
        begin = r.end + hit.end()
        ratio_parts = _ratio_items(ctx, r, begin, e)
        if ratio_parts:
            # "52/58 đơn, đạt 89,7%, gồm 45/49 đơn tố cáo và 7/9 đơn khiếu nại": numerators of
            # numerators (45 + 7 = 52)
            nums = [
                synthetic(ctx, q.start, q.end, float(q.m.get("numerator")), q) for q in ratio_parts
            ]
            strength = "weak" if "trong đó" in hit.group(0) else "strong"
            span = (ctx.clause(r.start, r.end)[0], ratio_parts[-1].end)
            c = _emit(ctx, total, nums, strength, span, ctx.text[begin : ratio_parts[-1].end + 40])
            c.mention_ids = [r.id, *(q.id for q in ratio_parts)]
            out.append(c)
            continue
        parts = _walk(ctx, begin, e, total, False)
        rated = hit.group(0).lstrip().startswith(("được", "đã được"))
        if (
            rated
            and len(parts) >= 2
            and sum(p.value for p in parts) != n
            and not _shares_tie(ctx, parts, n)
        ):  # type: ignore[misc]
            continue  # grades that do not add up to those rated: other wholes may be meant,
            # unless their shares are of those rated ("9 (19,6%), 34 (71,7%), 4 (8,7%)" of 46)
        if (
            len(parts) < 2
            or (
                not rated  # the grades are labelled: "…, trong đó hoàn thành xuất sắc nhiệm vụ 9"
                and parts[0].start
                != begin
                + len(ctx.text[begin : parts[0].start])
                - len(ctx.text[begin : parts[0].start].lstrip())
            )
        ):
            continue
        strength = "weak" if "trong đó" in hit.group(0) else "strong"
        span = (ctx.clause(r.start, r.end)[0], parts[-1].end)
        c = _emit(ctx, total, parts, strength, span, ctx.text[begin : parts[-1].end + 40])
        c.mention_ids = [r.id, *(p.id for p in parts)]
        out.append(c)
    return out


# -- the grades of those a fraction counts, found by their sum: "Kết quả kiểm điểm 46/48 tổ chức
# cơ sở đảng: xuất sắc 9 (19,6%), tốt 33 (71,7%), hoàn thành nhiệm vụ 4 (8,7%)" (9 + 33 + 4 = 46).
# Only an exact sum ties the run to the numerator, so only a fit is told; the breakdown then
# lends its whole to the items' shares. No item may be a change ("tăng 9 xã").
_MOVED_BEFORE = re.compile(r"(?:tăng|giảm|thêm|bớt|hơn|so với|còn|xuống|lên)\s*(?:thêm\s*)?$")


def _numerator_sums(ctx: Context, said: list[Check]) -> list[Check]:
    out: list[Check] = []
    used = {i for c in said for i in c.mention_ids}
    # the ratio figures only: the first test below drops every other one
    for r in ctx.ratios:
        if r.type != "ratio" or not r.unit.key or r.id in used:
            continue
        n = r.m.get("numerator")
        if not isinstance(n, int) or n <= 0:
            continue
        _, e = ctx.sentence_span(r.sent)
        total = synthetic(ctx, r.start, r.end, float(n), r)
        parts: list[Fig] = []
        acc = 0.0
        for g in ctx.figs_from(r.end, e):
            if g.type == "percent":
                continue
            if (
                g.type != "quantity"
                or not g.exact_count
                or not _covers_part(total, g)
                or _MOVED_BEFORE.search(ctx.before_low(g, 12))
            ):
                break
            parts.append(g)
            acc += g.value  # type: ignore[operator]
            if acc >= n:
                break
        if len(parts) < 2 or acc != n or any(p.id in used for p in parts):
            continue
        span = (ctx.clause(r.start, r.end)[0], parts[-1].end)
        c = _emit(ctx, total, parts, "weak", span, ctx.text[r.end : parts[-1].end])
        c.mention_ids = [r.id, *(p.id for p in parts)]
        out.append(c)
    return out


def _shares_tie(ctx: Context, parts: list[Fig], whole: float) -> bool:
    """Do two or more of the parts carry a share right after them that ``whole`` gives?"""
    fit = 0
    for p in parts:
        q = next(iter(ctx.figs_from(p.end, p.end + 20)), None)
        if (
            q is None
            or q.type != "percent"
            or not re.match(r"\s*(?:\(|,\s*chiếm\s)", ctx.text[p.end : q.start])
        ):
            continue
        pv = judge_stated(100 * p.value / whole, q)  # type: ignore[operator]
        fit += pv is not None and pv.judgement.verdict == "consistent"
    return fit >= 2


def _span_fits(desc: str, y0: int, y1: int) -> bool | None:
    """Does the total's description name the years listed? None when it names no span."""
    hit = _SPAN_WORDS.search(desc)
    if not hit:
        return None
    if hit.group(2):
        return int(hit.group(2)) == y0 and int(hit.group(3)) == y1
    w = hit.group(1)
    n = int(w) if w.isdigit() else _NUM_WORDS[w]
    return n == y1 - y0 + 1


def _year_lists(ctx: Context) -> list[Check]:
    out: list[Check] = []
    low = ctx.low
    starts = ctx._sent_starts
    sents: set[int] = set()
    for cue in ("tổng", "tính chung"):  # "tổng cộng", "tổng số", "tính tổng", "tính chung"
        pos = low.find(cue)
        while pos >= 0:
            k = max(0, bisect_right(starts, pos) - 1)
            sents.update((k - 1, k) if k else (k,))
            pos = low.find(cue, pos + len(cue))
    if "năm " in low:
        for sent in ctx.by_sent:
            s, e = ctx.sentence_span(sent)
            if low.count("năm ", s, e) >= 2 and _YEAR_OPENER.search(low, s, e):
                sents.add(sent)
    for sent in sorted(sents):
        if sent not in ctx.by_sent:
            continue
        s, e = ctx.sentence_span(sent)
        if low.count("năm ", s, e) < 2:
            continue
        items = list(_YEAR_ITEM.finditer(low, s, e))
        # the longest chain of consecutive years joined only by separators
        chains: list[list[re.Match[str]]] = []
        for it in items:
            if (
                chains
                and _ITEM_SEP.match(low[chains[-1][-1].end() : it.start()])
                and int(it.group(1)) == int(chains[-1][-1].group(1)) + 1
            ):
                chains[-1].append(it)
            else:
                chains.append([it])
        for chain in chains:
            if len(chain) < 2:
                continue
            labels = [" ".join(it.group(2).split()) for it in chain]
            # later items may drop the verb or keep only "là": "năm 2021 kết nạp 40, năm 2022 là 45";
            # the last year of a report may be an estimate: "…, năm 2025 ước 258"
            if any(
                lab and lab != labels[0] and lab != "là" and lab not in _ESTIMATE_LABELS
                for lab in labels[1:]
            ):
                continue
            figs = []
            for it in chain:
                got = ctx.figs_from(it.start(3), it.end())
                figs.append(got[0] if got and got[0].start == it.start(3) else None)
            model = next((f for f in reversed(figs) if f is not None and f.exact_count), None)
            if model is None and not any(figs):
                # bare numbers ("cụ thể: năm 2021: 24; năm 2022: 28"): counts of the total
                # stated before the list's opener, if any
                model = _opener_total(ctx, s, chain[0].start())
            if model is None or not (model.unit.fams or model.unit.generic):
                continue
            if any(
                f is not None and (not f.exact_count or not kin(f.unit, model.unit)) for f in figs
            ):
                continue
            parts = [
                f
                if f is not None
                else synthetic(ctx, it.start(3), it.end(3), number(it.group(3)), model)
                for f, it in zip(figs, chain, strict=True)
            ]
            if not all(p.exact_count for p in parts):
                continue
            total, desc, strength = _year_total(ctx, chain[-1].end(), e, model)
            if total is None:
                c = _year_total_before(ctx, chain, parts, model, sent)
                if c is not None:
                    out.append(c)
                continue
            y0, y1 = int(chain[0].group(1)), int(chain[-1].group(1))
            fits = _span_fits(desc, y0, y1)
            if fits is False or labels[0].split(" ")[-1:] in _STOCK_VERBS:
                # a stock per year ("năm 2022 có 40 chi bộ, năm 2023 có 45 chi bộ") is no flow
                strength = "soft"
            elif fits is True and strength == "raise":
                strength = "sum"
            ssum = sum(p.value for p in parts)  # type: ignore[misc]
            if strength != "sum" and ssum != total.value:
                continue  # a running total or a subset may follow: only a fit is told
            span = (ctx.clause(chain[0].start())[0], ctx.clause(total.start, total.end)[1])
            if total.sent != sent:
                span = (ctx.clause(chain[0].start())[0], ctx.sentence_claim(total)[1])
            # the years partition the total: no overlap words apply ("đảng viên mới")
            out.append(_emit(ctx, total, parts, "paren" if strength == "sum" else "soft", span, ""))
    return out


# What opens a year-by-year breakdown of a total stated before it: "…; cụ thể: năm 2021 …",
# "Phân theo năm: năm 2021 …", "trong đó năm 2022 …", "… như sau: năm 2021 …".
_YEAR_OPENER = re.compile(
    r"(?:cụ thể|trong đó|bao gồm|gồm|(?:phân|chia) theo (?:từng )?năm|chia ra|như sau|\()\s*[:,]?\s*"
    r"(?=(?:[-+•]\s*)?năm\s+(?:19|20)\d{2})"
)
# an estimate for the year not yet over: "năm 2025 ước 258", "năm 2024 ước đạt 311"
_ESTIMATE_LABELS = frozenset({"ước", "ước đạt", "ước tính", "ước thực hiện", "dự kiến"})
# "từ năm 2021 đến hết năm 2023", "trong ba năm (2021-2023)", "giai đoạn 2021-2023"
_FROM_TO_YEARS = re.compile(
    r"\btừ\s+năm\s+((?:19|20)\d{2})\s+đến\s+(?:hết\s+)?năm\s+((?:19|20)\d{2})"
)


def _opener_total(ctx: Context, s: int, at: int) -> Fig | None:
    """The count right before a year list's opener in its sentence ("… kiểm tra 40 đảng viên,
    cụ thể: năm 2022: 18; năm 2023: 22"), as the model of the list's bare numbers."""
    hit = None
    for m in _YEAR_OPENER.finditer(ctx.low, s, at + 12):
        hit = m
    if hit is None:
        return None
    before = [g for g in ctx.figs_from(s, hit.start()) if g.type == "quantity"]
    if not before or not before[-1].exact_count:
        return None
    return before[-1]


def _year_total_before(
    ctx: Context, chain: list[re.Match[str]], parts: list[Fig], model: Fig, sent: int
) -> Check | None:
    """A year list opened by "cụ thể:", "Phân theo năm:" … breaks down a total stated just before
    it, in its sentence or (when the sentence opens with the opener) the one before. Plans
    ("… bằng 120% chỉ tiêu (900 đảng viên)") are no total. A fit is told; an alarm needs a
    single candidate and a span naming exactly the years listed."""
    low = ctx.low
    s, _ = ctx.sentence_span(sent)
    hit = None
    for m in _YEAR_OPENER.finditer(low, s, chain[0].end()):
        if m.end() == chain[0].start() or low[m.end() : chain[0].start()].strip(" -+•") == "":
            hit = m
    if hit is None:
        return None
    bracket = hit.group(0).startswith("(")
    if bracket and low[chain[-1].end() : chain[-1].end() + 3].strip()[:1] != ")":
        return None  # "(năm 2021: 38, năm 2022: 45)": the bracket holds the years only
    lo = s
    if not low[s : hit.start()].strip(" -+•\n"):
        if sent - 1 not in ctx.by_sent:
            return None
        lo = ctx.sentence_span(sent - 1)[0]
    cands = [
        g
        for g in ctx.figs_from(lo, hit.start())
        if (g.exact_count or g.exact)
        and g.type == "quantity"
        and (kin(g.unit, model.unit) or covers(g.unit, model.unit))
        and (g.unit.key.split(" ")[0] or "-") not in vocab.TIME_UNITS
        and not _PLAN_BRACKET.search(ctx.before_low(g, 60))
        and not _planned_after_cue(ctx.before_low(g, 45))
    ]
    if not cands:
        return None
    ssum = sum(p.value for p in parts)  # type: ignore[misc]
    fits = [
        g for g in cands if abs(g.value - ssum) <= tolerance([g, *parts]) + 1e-9 * max(1.0, ssum)
    ]  # type: ignore[operator]
    y0, y1 = int(chain[0].group(1)), int(chain[-1].group(1))
    if bracket and any(not y0 <= int(y) <= y1 for y in _YEAR_NUM.findall(low, lo, hit.start())):
        return None  # "Năm 2024 … 300 lao động (năm 2022: 120, năm 2023: 180)": levels compared
    if fits:
        total, strength = fits[-1], "soft"
        if bracket and fits[-1] is not cands[-1]:
            return None  # a bracket's years break down the count right before it
    elif bracket:
        return None  # years in a bracket may be levels compared ("năm 2022: 120"): a fit only
    elif len(cands) == 1:
        scope = low[lo : hit.start()]
        named = _FROM_TO_YEARS.search(scope)
        span_ok = (
            int(named.group(1)) == y0 and int(named.group(2)) == y1
            if named
            else _span_fits(scope, y0, y1)
        )
        if not span_ok:
            return None
        total, strength = cands[0], "paren"
    else:
        return None
    span = (ctx.clause(total.start)[0], ctx.clause(chain[-1].start(), chain[-1].end())[1])
    return _emit(ctx, total, parts, strength, span, "")


def _planned_after_cue(before: str) -> bool:
    """A plan cue before a count, not closed by a colon: "chỉ tiêu kết nạp 300 …" is a plan;
    "… vượt mục tiêu: 5 năm qua đã kết nạp 1.486 …" is the count done (the colon opens it)."""
    hit = _PLAN_BEFORE.search(before)
    return hit is not None and ":" not in before[hit.start() :]


_NEXT_TOTAL = re.compile(r"\s*(?:tổng cộng|cộng lại|tính chung|tính tổng)\b")


def _year_total(ctx: Context, at: int, e: int, model: Fig) -> tuple[Fig | None, str, str]:
    """The count after a year list that sums it, its description, and the cue's strength:
    "sum" ("tổng cộng"), "raise" ("nâng tổng số … lên"), "bare" ("tổng số")."""
    low = ctx.low
    # a duration in the description ("trong 3 năm") is not the total
    nxt = (g for g in ctx.figs[model.i + 1 : model.i + 6] if g.start >= at)
    t = next((g for g in nxt if (g.unit.key.split(" ")[0] or "-") not in vocab.TIME_UNITS), None)
    if t is None:
        return None, "", ""
    if t.start >= e:  # the next sentence, opening with "Tổng cộng …"
        s2, _ = ctx.sentence_span(t.sent)
        if t.sent != model.sent + 1 or not _NEXT_TOTAL.match(low, s2) or low[at:s2].strip(" .;\n"):
            return None, "", ""
        gap = low[s2 : t.start]
    else:
        gap = low[at : t.start]
    hit = _SUM_CUE.match(gap)
    if not hit or not t.exact_count or not (kin(t.unit, model.unit) or covers(t.unit, model.unit)):
        return None, "", ""
    if _DISCIPLINE.search(gap[-25:]) or re.search(r"theo (?:hình thức|loại|mức)[^\d]*$", gap):
        return None, "", ""  # "Tính chung hai năm, theo hình thức: khiển trách 47 …": an item
    kind = "sum" if hit.group("sum") else "raise" if hit.group("raise") else "bare"
    return t, hit.group("desc"), kind


# -- a graded list that drops the unit after its first item, its total stated earlier in the report:
# "Xếp loại tổ hội: 46 tổ hội vững mạnh (chiếm 62%), 21 khá, 7 trung bình" after "… có 74 tổ hội";
# "Về chi đoàn: vững mạnh 40, khá 25, yếu 3" after "68 chi đoàn". The extractor reads "21 khá" as
# no count of anything, so the items are read here. The grades partition the graded, but the total
# is found by its value (the count of the unit the list names, anywhere before): a fit is told.
_GRADE = (
    r"(?:không hoàn thành nhiệm vụ|hoàn thành xuất sắc nhiệm vụ|hoàn thành tốt nhiệm vụ|hoàn thành"
    r" nhiệm vụ|trong sạch,? vững mạnh|vững mạnh|xuất sắc|khá|trung bình|yếu kém|yếu|kém|tốt)"
)
_ITEM_END = r"(?=\s*(?:\([^()]*\))?\s*(?:[,;.]|\bvà\b|$))"
_GRADE_NUM_FIRST = re.compile(
    rf"(?<![\d.,])({_NUM})((?:\s+[^\W\d]+){{0,5}}?)\s+{_GRADE}{_ITEM_END}"
)
_GRADE_FIRST = re.compile(rf"(?<![^\W\d]){_GRADE}\s+({_NUM}){_ITEM_END}")
_GRADE_SEP = re.compile(r"\s*(?:\([^()]*\))?\s*(?:,\s*(?:và\s+)?|\s+và\s+)")
_GRADE_CUES = ("khá", "trung bình", "vững mạnh", "hoàn thành tốt")


def _graded_items(low: str, at: int) -> list[tuple[int, int, str]]:
    """(start, end, unit words) of the items of a graded list starting at ``at``."""
    items: list[tuple[int, int, str]] = []
    pos = at
    while True:
        hit = _GRADE_NUM_FIRST.match(low, pos) or _GRADE_FIRST.match(low, pos)
        if hit is None:
            return items
        num_first = hit.re is _GRADE_NUM_FIRST
        a, b = hit.span(1)
        items.append((a, b, hit.group(2).strip() if num_first else ""))
        sep = _GRADE_SEP.match(low, hit.end())
        if sep is None:
            return items
        pos = sep.end()


def _bare_graded(ctx: Context) -> list[Check]:
    out: list[Check] = []
    low = ctx.low
    cues: list[int] = []
    for word in _GRADE_CUES:  # plain finds: most reports hold none of these
        k = low.find(word)
        while k >= 0:
            cues.append(k)
            k = low.find(word, k + len(word))
    if not cues:
        return out
    pos = 0
    for cue in sorted(cues):
        if cue < pos:
            continue
        lo = max(0, cue - 160)
        # the list opens its clause: "…: 46 tổ hội vững mạnh, 21 khá, 7 trung bình"
        cut = max(low.rfind(":", lo, cue), low.rfind("\n", lo, cue), low.rfind(". ", lo, cue))
        if cut < 0:
            continue
        first = cut + 1
        while first < cue and low[first] in " \t-+•*":
            first += 1
        if low.startswith("có ", first):
            first += 3  # "…: có 5 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ, 21 …"
        heading = low[low.rfind("\n", 0, first) + 1 : first]
        items = _graded_items(low, first)
        if len(items) < 3 or items[-1][1] < cue:
            continue
        pos = items[-1][1]
        unit = next((u for _, _, u in items if u), "")
        s = sum(number(low[a:b]) for a, b, _ in items)
        total = None
        for g in ctx.earlier(_first_fig_at(ctx, items[0][0]), 400):
            if not g.exact_count or g.value != s or g.start >= items[0][0]:
                continue
            key = g.unit.key
            if not key:
                continue
            if unit:
                if key == unit or key.startswith(unit + " ") or unit.startswith(key + " "):
                    total = g
                    break
            elif re.search(rf"\b{re.escape(key)}\b", heading):
                total = g
                break
        if total is None:
            continue
        parts = []
        for a, b, _ in items:
            got = [g for g in ctx.figs_from(a, len(low)) if g.start == a]
            parts.append(got[0] if got else synthetic(ctx, a, b, number(ctx.text[a:b]), total))
        span = ctx.clause(items[0][0], items[-1][1])
        out.append(_emit(ctx, total, parts, "soft", span, ""))
    return out


def _first_fig_at(ctx: Context, at: int) -> Fig:
    """The first figure at or after ``at`` (or a stand-in there), to walk back from."""
    got = ctx.figs_from(at, len(ctx.text))
    if got:
        return got[0]
    m = Mention("quantity", at, at, "", "checker.bare", {"value": 0, "unit": None})
    return Fig(m, len(ctx.figs), 0, "quantity", at, at, "", 0.0, unit_info(None), "exact", False)


# -- the rest of a whole named far from it, often in the tasks for the next period: "Diện tích cà
# phê tái canh 126 ha, đạt 84% kế hoạch năm (150 ha)" … "- Hoàn thành tái canh 24 ha cà phê còn
# lại"; "đã hoàn thành 8/10 cuộc kiểm tra" … "hoàn thành 2 cuộc kiểm tra còn lại"; "kiến nghị thu
# hồi 186,4 triệu đồng; đã thu hồi 152,8 triệu đồng, đạt 82%" … "thu hồi 33,6 triệu đồng còn lại".
# The done part and its whole must be tied by structure where they stand (a fraction D/W, a plan
# bracket after "đạt P% kế hoạch", a stated "đạt P%" that D/W gives, a plan and its "đạt P% chỉ
# tiêu"); the rest is tied to them by its value only, so only a fit is told, never an alarm. ---
_FAR_REST_AFTER = re.compile(r"^\s*(?:[^\W\d]+\s+){0,4}?còn lại\b")
_FAR_FINISH = re.compile(
    r"^[^.;\n]{0,40}?\b(?:để|nhằm|bảo đảm|đảm bảo)\s+(?:hoàn thành|đạt)\s+(?:được\s+)?(?:100\s*%\s+)?"
    r"(?:chỉ tiêu|kế hoạch|mục tiêu|dự toán)"
)
_COORD_GAP = re.compile(r"^\s*(?:,|và|,\s*và)\s*$")
_DONE_PCT_AFTER = re.compile(r"^\s*(?:\([^()]*\))?\s*,?\s*(?:đạt|bằng)\s+(?:tỷ lệ\s+)?$")
_DONE_PLAN_AFTER = re.compile(
    r"\s*(?:\([^()]{0,200}\))?\s*,?\s*(?:đạt|bằng)\s+(?:tỷ lệ\s+)?\d+(?:,\d+)?\s*%\s*"
    r"(?:chỉ tiêu|kế hoạch|mục tiêu|dự toán)"
)
_GENERIC_REST = frozenset({"đơn vị", "trường hợp", "cơ sở"})


def _rest_unit_ok(ctx: Context, c: Fig, g: Fig) -> bool:
    """Is ``g`` (a done part, a whole or a fraction) a count of what the rest ``c`` counts?"""
    if g.unit.fams or g.unit.generic:
        if kin(g.unit, c.unit) or covers(g.unit, c.unit) or covers(c.unit, g.unit):
            return True
        if _elided(g.unit.key, c.unit.key):
            return True
    if not g.unit.key:
        return False
    # "52/56 chi bộ ấp, khu phố …; 4 ấp còn lại": the rest names one word of the whole's noun
    # phrase (the extractor may keep only its head: "chi bộ")
    noun = norm_words(f"{g.unit.key} {ctx.low[g.end : g.end + 20]}").split()[:4]
    if c.unit.key and " " not in c.unit.key and c.unit.key in noun and len(c.unit.key) >= 2:
        return True
    # "19/22 đoàn xã, thị trấn" … "100% đoàn xã, thị trấn …, trong đó 3 đơn vị còn lại"
    if c.unit.key in _GENERIC_REST:
        s, _ = ctx.sentence_span(c.sent)
        return norm_words(g.unit.key) in norm_words(ctx.low[s : c.start])
    return False


def _tied_pairs(ctx: Context, c: Fig) -> list[tuple[Fig, Fig | None, float, float]]:
    """(done, whole or None for a fraction, whole value, done value) pairs tied by structure
    before ``c``, nearest first, whose difference is ``c``."""
    out: list[tuple[Fig, Fig | None, float, float]] = []
    want = c.value
    low = ctx.low

    def fits_rest(whole: float, done: float, figs: list[Fig]) -> bool:
        return abs(whole - done - want) <= tolerance([*figs, c]) + 1e-9 * max(1.0, whole)  # type: ignore[operator]

    for g in ctx.earlier(c, 400):
        if g.type == "ratio":
            n, den = g.m.get("numerator"), g.m.get("denominator")
            if (
                isinstance(n, int | float)
                and isinstance(den, int | float)
                and 0 <= n < den
                and den - n == want
                and _rest_unit_ok(ctx, c, g)
            ):
                out.append((g, None, float(den), float(n)))
            continue
        if g.type != "quantity" or g.value is None or g.qual != "exact" or g.value <= want:  # type: ignore[operator]
            continue
        if not _rest_unit_ok(ctx, c, g):
            continue
        before = ctx.before_low(g, 60)
        if _PLAN_BRACKET.search(before):
            # "đạt 84% kế hoạch năm (150 ha)": the bracket is the whole, the done part the count
            # the percent is said of
            d = next(
                (x for x in ctx.earlier(g, 3) if x.sent == g.sent and x.type == "quantity"), None
            )
            if (
                d is not None
                and d.exact
                and _rest_unit_ok(ctx, c, d)
                and fits_rest(g.value, d.value, [g, d])
            ):  # type: ignore[arg-type]
                out.append((d, g, g.value, d.value))  # type: ignore[arg-type]
            continue
        # "…; đã thu hồi 152,8 triệu đồng, đạt 82%": the percent D/W gives ties the whole W
        p = ctx.next_in_sent(g)
        if p is not None and p.type == "percent" and _DONE_PCT_AFTER.match(ctx.gap(g, p).lower()):
            for w in ctx.earlier(g, 6):
                if w.sent < g.sent - 1:
                    break
                if (
                    w.type == "quantity"
                    and w.exact
                    and w.value > g.value  # type: ignore[operator]
                    and kin(w.unit, g.unit)
                    and pct_fits(100.0 * g.value / w.value, p)  # type: ignore[operator]
                ):
                    if fits_rest(w.value, g.value, [w, g]):  # type: ignore[arg-type]
                        out.append((g, w, w.value, g.value))  # type: ignore[arg-type]
                    break
        # a plan ("chỉ tiêu … 3.000 hội viên") and its done part ("đã kết nạp 2.481 hội viên
        # (…), đạt 82,7% chỉ tiêu"), both of the rest's kind
        if _PLAN_BEFORE.search(before[-45:]):
            for d in ctx.figs[g.i + 1 : c.i]:
                if (
                    d.type == "quantity"
                    and d.exact
                    and d.value < g.value  # type: ignore[operator]
                    and _rest_unit_ok(ctx, c, d)
                    and _DONE_PLAN_AFTER.match(low, d.end)
                    and fits_rest(g.value, d.value, [g, d])  # type: ignore[arg-type]
                ):
                    out.append((d, g, g.value, d.value))  # type: ignore[arg-type]
                    break
    return out


def _far_rests(ctx: Context, done: list[Check]) -> list[Check]:
    low = ctx.low
    if "còn lại" not in low and "hoàn thành" not in low:
        return []
    used = {i for c in done for i in c.mention_ids}
    out: list[Check] = []
    figs = ctx.figs
    # each cue needs its words in the window: a plain substring test first
    has_rest = "còn lại" in low
    for c in figs:
        if (
            c.type != "quantity"
            or c.value is None
            or c.qual not in ("exact", "min")
            or c.id in used
            or not (c.unit.fams or c.unit.generic or c.unit.key)
        ):
            continue
        after = low[c.end : c.end + 60]
        cued = bool(
            (has_rest and "còn lại" in after and _FAR_REST_AFTER.match(after))
            or (
                ("để" in after or "nhằm" in after or "bảo đảm" in after or "đảm bảo" in after)
                and _FAR_FINISH.match(after)
            )
        )
        if not cued and has_rest:
            # "hoàn thành 2 cuộc kiểm tra và 3 cuộc giám sát còn lại": the first of a pair
            nxt = ctx.next_in_sent(c)
            cued = (
                nxt is not None
                and nxt.type == "quantity"
                and low.find("còn lại", nxt.end, nxt.end + 60) >= 0
                and bool(_FAR_REST_AFTER.match(low[nxt.end : nxt.end + 60]))
                and bool(_COORD_GAP.match(re.sub(r"[^\W\d]+", "", low[c.end : nxt.start]) or ""))
                and not _SUBSET_BEFORE.search(low[c.end : nxt.start])
            )
        if not cued:
            continue
        pairs = _tied_pairs(ctx, c)
        if not pairs:
            continue
        d, w, whole, part = pairs[0]
        figs_used = sorted([x for x in (w, d, c) if x is not None], key=lambda x: x.start)
        k = _least_scale([x for x in figs_used if x.type == "quantity"])
        why = render(
            "part_whole.rest",
            total=round(whole / k, 6),
            done=round(part / k, 6),
            rest=round((whole - part) / k, 6),
            stated=round(c.value / k, 6),  # type: ignore[operator]
        )
        out.append(
            ctx.check(
                NAME,
                "consistent",
                [whole, part, c.value],
                figs_used,  # type: ignore[list-item]
                ctx.clause(c.start, c.end),
                expected=whole - part,
                observed=c.value,
                tolerance=0,
                why=why,
            )  # fmt: skip
        )
        used.add(c.id)
    return out


# -- members exempted and members graded make up the whole membership: "tổng số 4.126 đảng viên,
# trong đó 145 đồng chí được miễn công tác và sinh hoạt đảng" … "Có 3.981 đảng viên thuộc diện
# đánh giá, xếp loại (không tính đảng viên được miễn)"; "… có 6.472 đảng viên; trừ 322 đồng chí được
# miễn đánh giá, 6.150 đồng chí được xếp loại". The three counts may stand in different sections and
# are tied by their value only: a fit is told, never an alarm. -------------------------------------
_EXEMPT_AFTER = re.compile(r"\s*(?:[^\W\d]+\s+){0,3}?(?:được\s+|đã được\s+)?miễn\b")
_EXEMPT_BEFORE = re.compile(r"\bđược\s+miễn\b[^\d;.]{0,60}\blà\s*$")
_GRADED_AFTER = re.compile(
    r"\s*(?:[^\W\d]+\s+){0,2}?(?:được|đã được|thuộc diện|thuộc đối tượng)\s+(?:kiểm điểm,?\s+)?"
    r"(?:đánh giá|xếp loại|phân loại)\b"
)
_GRADED_BEFORE = re.compile(
    r"\bsố\s+[^\W\d]+(?:\s+[^\W\d]+)?\s+(?:được|đã được|thuộc diện)\s+(?:đánh giá|xếp loại)"
    r"[^\d;.]{0,30}\blà\s*$"
)
_MEMBERS = frozenset({"person"})


def _members(f: Fig) -> bool:
    return f.type == "quantity" and f.exact_count and bool(f.unit.fams & _MEMBERS)


def _exempt_complements(ctx: Context, done: list[Check]) -> list[Check]:
    low = ctx.low
    if "miễn" not in low or ("xếp loại" not in low and "đánh giá" not in low):
        return []
    exempt: list[Fig] = []
    graded: list[Fig] = []
    for f in ctx.figs:
        if not _members(f):
            continue
        nxt = ctx.next_in_sent(f)
        upto = nxt.start if nxt is not None else ctx.sentence_span(f.sent)[1]
        after = low[f.end : upto]
        before = ctx.before_low(f, 90)
        if _EXEMPT_AFTER.match(after) or _EXEMPT_BEFORE.search(before):
            exempt.append(f)
        elif _GRADED_AFTER.match(after) or _GRADED_BEFORE.search(before):
            graded.append(f)
    if not exempt or not graded:
        return []
    used = {i for c in done for i in c.mention_ids if c.kind == NAME}
    out: list[Check] = []
    for g in graded:
        for m in exempt:
            if not kin(g.unit, m.unit) or g.value <= m.value:  # type: ignore[operator]
                continue
            want = g.value + m.value  # type: ignore[operator]
            later = g if g.start > m.start else m
            whole = next(
                (
                    t
                    for t in ctx.earlier(later, 400)
                    if t is not g
                    and t is not m
                    and _members(t)
                    and t.value == want
                    and kin(t.unit, g.unit)
                    and not _PLAN_BEFORE.search(ctx.before_low(t, 45))
                ),
                None,
            )
            if whole is None or {whole.id, g.id, m.id} <= used:
                continue
            why = render("part_whole.rest", total=whole.value, done=g.value, rest=want - g.value,  # type: ignore[operator]
                         stated=m.value)  # fmt: skip
            figs = sorted([whole, g, m], key=lambda x: x.start)
            lo = min(g.start, m.start) if g.sent == m.sent else later.start
            out.append(
                ctx.check(
                    NAME,
                    "consistent",
                    [whole.value, m.value, g.value],
                    figs,  # type: ignore[list-item]
                    ctx.clause(lo, later.end),
                    expected=want,
                    observed=whole.value,
                    tolerance=0,
                    why=why,
                )  # fmt: skip
            )
            used.update((whole.id, g.id, m.id))
            break
    return out


# -- a bullet list closed by its total line, each item with a bracketed subset: "- Năm 2021: 214
# đảng viên (nữ 88 người);\n- Năm 2022: 247 đảng viên (nữ 109 người);\nCộng: 461 đảng viên, nữ 197
# người". The items outside the brackets add up to the total, the subsets (one label) to the
# labelled count of the total line. A closing line may sum only some rows, so a fit is told. ----
_CLOSING_LINE = re.compile(r"[ \t]*(?:tổng cộng|cộng|tổng số|tổng|tính chung)\s*:?[ \t]*(?=\d)")
_CLOSING_LINE_NL = re.compile(r"\n" + _CLOSING_LINE.pattern)  # see context.line_matches
_SUB_LABEL = re.compile(r"\(\s*([^\W\d]+(?:\s+[^\W\d]+)?)\s*:?\s*$")


def _line_figs(ctx: Context, a: int, b: int) -> tuple[list[Fig], list[tuple[str, Fig]]]:
    """The figures of a line outside brackets, and the labelled ones inside ("(nữ 88 người)")."""
    main: list[Fig] = []
    subs: list[tuple[str, Fig]] = []
    for g in ctx.figs_from(a, b):
        opened = ctx.text.rfind("(", a, g.start)
        if opened > ctx.text.rfind(")", a, g.start):
            lab = _SUB_LABEL.search(ctx.low[opened : g.start])
            if lab is not None and g.type == "quantity":
                subs.append((lab.group(1), g))
            continue
        if g.type == "quantity":
            main.append(g)
    return main, subs


def _closed_bullets(ctx: Context) -> list[Check]:
    low = ctx.low
    if "\n" not in low or "(" not in low:
        return []
    out: list[Check] = []
    for hit_start, hit in line_matches(_CLOSING_LINE, _CLOSING_LINE_NL, low):
        line_end = low.find("\n", hit.end())
        line_end = len(low) if line_end < 0 else line_end
        tot_main, _ = _line_figs(ctx, hit.end(), line_end)
        if not tot_main or tot_main[0].start != hit.end() or not tot_main[0].exact_count:
            continue
        total = tot_main[0]
        items: list[tuple[Fig, list[tuple[str, Fig]]]] = []
        pos = hit_start
        mark = ""
        while pos > 0:
            a = low.rfind("\n", 0, pos - 1) + 1
            line = low[a : pos - 1]
            head = line.lstrip()[:1]
            if head not in "-+•*–" or not head or (mark and head != mark):
                break  # one list: the items share their bullet
            mark = head
            main, subs = _line_figs(ctx, a, pos - 1)
            if len(main) != 1:
                break
            items.append((main[0], subs))
            pos = a
        items.reverse()
        if len(items) < 2 or any(
            not g.exact_count or not (kin(g.unit, total.unit) or covers(total.unit, g.unit))
            for g, _ in items
        ):
            continue
        if not any(subs for _, subs in items):
            continue  # no brackets: the fit pass reads plain lists closed by a total
        parts = [g for g, _ in items]
        if sum(g.value for g in parts) != total.value:  # type: ignore[misc]
            continue
        span = (items[0][0].start, line_end)
        out.append(_fit_sum(ctx, total, parts, span))
        # the subsets: one label on every item, its count on the total line
        labels = {lab for _, subs in items for lab, _ in subs}
        if len(labels) != 1 or any(len(subs) != 1 for _, subs in items):
            continue
        label = next(iter(labels))
        sub_total = next(
            (
                g
                for g in ctx.figs_from(total.end, line_end)
                if g.type == "quantity"
                and g.exact_count
                and re.search(rf"\b{re.escape(label)}\s*:?\s*$", low[total.end : g.start])
            ),
            None,
        )
        subs = [sub[0][1] for _, sub in items]
        if sub_total is None or sum(g.value for g in subs) != sub_total.value:  # type: ignore[misc]
            continue
        out.append(_fit_sum(ctx, sub_total, subs, (subs[0].start, line_end)))
    return out


def _fit_sum(ctx: Context, total: Fig, parts: list[Fig], span: tuple[int, int]) -> Check:
    k = _scale([total, *parts])
    t = round(total.value / k, 6)  # type: ignore[operator]
    why = render("part_whole.eq", expr=_expr(parts, k), sum=f"{t:g}", total=f"{t:g}")
    return ctx.check(
        NAME, "consistent", [total.value, *(p.value for p in parts)], [total, *parts],  # type: ignore[list-item]
        span, expected=total.value, observed=total.value, tolerance=0, why=why,
    )  # fmt: skip


def _read_already(ctx: Context, total: Fig, parts: list[Fig]) -> bool:
    """Has a rule before read this total with these parts (same places)? A second row of the
    same list would make it count twice for the shares of its items ("cấp tỉnh trở lên …")."""
    places = [(p.start, p.end) for p in parts]
    return any(
        (t.start, t.end) == (total.start, total.end) and [(p.start, p.end) for p in ps] == places
        for t, ps in breakdowns(ctx) + sum_breakdowns(ctx)
    )


# -- the disciplined members split in a sentence of their own, after the count: "Các cấp đã thi
# hành kỷ luật 27 đảng viên, … Theo thẩm quyền: chi bộ 15, cấp ủy cơ sở 5, ủy ban kiểm tra các
# cấp 7." Each case is decided by one body (Quy định 69-QĐ/TW), so a split by authority is
# closed; a split by content closes only when its last item gathers the rest ("vi phạm khác 3")
# and may overlap (one member, several contents): a sum over the total is no proof. The total is
# the one count of members said to be disciplined in the paragraph's sentences just before.
_RULING_HEADS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "Theo thẩm quyền: chi bộ 15, …", "Về thẩm quyền thi hành kỷ luật, chi bộ 15, …"
    ("authority", re.compile(r"(?:theo|về|phân theo|xét theo)\s+thẩm quyền(?:\s+thi hành)?(?:\s+kỷ luật)?")),
    # "Về nội dung vi phạm: quản lý đất đai 6, …", "Phân theo nội dung: …"
    ("content", re.compile(r"(?:theo|về|phân theo|xét theo)\s+nội dung(?:\s+vi phạm)?")),
    # "Theo hình thức: khiển trách 17, cảnh cáo 8, …", "Về hình thức kỷ luật, khiển trách 9, …"
    ("form", re.compile(r"(?:theo|về|phân theo|xét theo)\s+hình thức(?:\s+kỷ luật)?")),
)  # fmt: skip
_RULING_OPEN = re.compile(r"\s*(?:[-–•+]\s*)?")
_RULING_COLON = re.compile(r"\s*[:,]\s*(?=[^\W\d])")
# an item: a label, its count (the members' noun may follow), maybe its share, then a separator:
# "chi bộ thi hành kỷ luật 15 trường hợp", "quản lý đất đai, tài nguyên 6 (37,5%)", "khác - 2"
_RULING_ITEM = re.compile(
    r"\s*(?P<label>[^\W\d][^\d;()%:]{0,80}?)\s*(?:-\s*|:\s*)?(?P<num>\d{1,4})"
    r"(?:\s+(?:trường hợp|đảng viên|đồng chí))?(?:\s*\(\s*(?:chiếm\s+)?\d+(?:,\d+)?\s*%\s*\))?"
    r"\s*(?P<sep>,\s*và\b|,|;|\bvà\b|\.|$)"
)
# the bodies that rule on a member's discipline: every authority label names one
# ("chi bộ", "đảng ủy cơ sở", "Ủy ban Kiểm tra Huyện ủy", "Ban Thường vụ Thành ủy")
_RULING_BODY = re.compile(
    r"\b(?:chi bộ|đảng ủy|cấp ủy|ủy ban kiểm tra|ban thường vụ|ban chấp hành|ban bí thư"
    r"|bộ chính trị|tỉnh ủy|huyện ủy|thành ủy|thị ủy|quận ủy)\b"
)
_CATCH_ALL = re.compile(r"\bkhác\s*$")  # "vi phạm khác", "nội dung khác": the rest of the cases
# a member may break several rules at once: a content split is then told as a fit only
_MANY_CONTENTS = re.compile(r"nhiều nội dung|nhiều lĩnh vực|vừa vi phạm|đồng thời vi phạm")
_DISCIPLINED = re.compile(r"\bkỷ luật\b")
# from "kỷ luật" to the members' count: no clause break, no comparison ("… 1 tổ chức đảng (khiển
# trách) và 23 đảng viên")
_TO_MEMBERS = re.compile(r"^[^.;%]{0,70}$")
_NOT_TO_MEMBERS = re.compile(r"so với|cùng kỳ|tăng|giảm|\bhơn\b")
_MEMBER_UNITS = frozenset({"đảng viên", "đồng chí"})
_RULING_BACK = 4  # sentences looked back for the count


def _ruling_items(ctx: Context, begin: int, e: int) -> list[tuple[int, int, str]] | None:
    """The items of a ruling split from ``begin`` to the sentence end ``e`` (start, end,
    label), or None when the list stops short of the end or reads otherwise.
    E.g. "chi bộ 15, cấp ủy cơ sở 5 và ủy ban kiểm tra các cấp 7." -> three items."""
    low = ctx.low
    items: list[tuple[int, int, str]] = []
    pos = begin
    while pos < e:
        hit = _RULING_ITEM.match(low, pos, e)
        if hit is None:
            return None
        items.append((hit.start("num"), hit.end("num"), " ".join(hit.group("label").split())))
        pos = hit.end()
        if hit.group("sep") in (".", ""):
            break
    if pos < e and any(ch.isdigit() for ch in low[pos:e]):
        return None
    return items if len(items) >= 2 else None


def _disciplined_count(ctx: Context, sent: int) -> Fig | None:
    """The one count of members said to be disciplined in the ``_RULING_BACK`` sentences
    before ``sent``, in its paragraph. E.g. "Toàn Đảng bộ thi hành kỷ luật 1 tổ chức đảng và 18
    đảng viên, giảm 3 đảng viên so với năm trước." -> 18 (not the 3 of the comparison)."""
    low = ctx.low
    start = ctx.sentence_span(sent)[0]
    found: list[Fig] = []
    for k in range(sent - 1, max(-1, sent - 1 - _RULING_BACK), -1):
        s, e = ctx.sentence_span(k)
        if "\n" in ctx.text[e:start] and not ctx.text[s:e].rstrip().endswith((".", ";", ":")):
            break  # a heading or a table row: another part of the report
        start = s
        if _ruling_head(low, s, e) is not None:
            continue  # another split: "Theo thẩm quyền: chi bộ thi hành kỷ luật 11 đảng viên, …"
        for m in _DISCIPLINED.finditer(low, s, e):
            for g in ctx.figs_from(m.end(), e):
                gap = low[m.end() : g.start]
                if not _TO_MEMBERS.match(gap) or _NOT_TO_MEMBERS.search(gap):
                    break
                if gap.count("(") != gap.count(")"):
                    continue  # inside a bracket
                if g.type == "quantity" and g.exact_count and g.unit.key in _MEMBER_UNITS:
                    found.append(g)
                    break
    if len({g.value for g in found}) != 1:
        return None
    return found[0]


def _with_bodies(ctx: Context, total: Fig, got: float) -> bool:
    """Does ``got`` count the disciplined bodies too? E.g. "kỷ luật 2 tổ chức đảng và 31 đảng
    viên" with a split adding up to 33."""
    return any(
        _kind_of(g) == "org" and g.value is not None and got == g.value + (total.value or 0)
        for g in ctx.by_sent.get(total.sent, [])
        # before the members or after them: "kỷ luật 16 đảng viên và 1 tổ chức đảng" (review 20a)
        if g.type == "quantity" and g is not total
    )


_ABOVE_GRASSROOTS = re.compile(
    r"huyện ủy|thị ủy|thành ủy|tỉnh ủy|ủy ban kiểm tra|ban thường vụ|đảng ủy khối|cấp trên"
)


def _forms_only(labels: list[str]) -> bool:
    """Is every label one form of discipline, each named once? A member receives one form, so
    such a list is the whole. E.g. ["khiển trách", "cảnh cáo", "khai trừ"] -> yes."""
    forms = [_DISCIPLINE.fullmatch(label.removeprefix("hình thức ")) for label in labels]
    names = [m.lastgroup for m in forms if m is not None]
    return len(names) == len(labels) and len(set(names)) == len(names)


def _ruling_head(low: str, s: int, e: int) -> tuple[str, int] | None:
    """The kind of split a sentence opens with and where its items begin, or None.
    E.g. "Theo thẩm quyền: chi bộ 15, …" -> ("authority", the offset of "chi bộ")."""
    lead = _RULING_OPEN.match(low, s, e)
    at = lead.end() if lead else s
    for kind, head in _RULING_HEADS:
        hm = head.match(low, at, e)
        if hm is not None:
            colon = _RULING_COLON.match(low, hm.end(), e)
            return (kind, colon.end()) if colon else None
    return None


def _ruling_splits(ctx: Context, done: list[Check]) -> list[Check]:
    out: list[Check] = []
    low = ctx.low
    if "kỷ luật" not in low or not any(w in low for w in ("thẩm quyền", "nội dung", "hình thức")):
        return out
    taken = [(c.start, c.end) for c in done if c.kind == NAME]
    for k in range(1, len(ctx.sentences)):
        s, e = ctx.sentence_span(k)
        if "theo" not in low[s : s + 16] and "về" not in low[s : s + 8]:
            continue  # the heading opens the sentence: "Theo thẩm quyền", "- Về nội dung"
        head = _ruling_head(low, s, e)
        if head is None:
            continue
        kind, begin = head
        items = _ruling_items(ctx, begin, e)
        total = _disciplined_count(ctx, k) if items else None
        if items is None or total is None:
            continue
        end = items[-1][1]
        if any(a < end and begin < b for a, b in taken):
            continue  # read already (a fit with a count of the sentence before)
        labels = [label for _, _, label in items]
        if kind == "authority" and not all(_RULING_BODY.search(label) for label in labels):
            continue
        if kind == "form" and not _forms_only(labels):
            continue
        values = [number(ctx.text[a:b]) for a, b, _ in items]
        if _with_bodies(ctx, total, sum(values)):
            continue  # "kỷ luật 2 tổ chức đảng và 31 đảng viên … chi bộ 22, …" = 33: both counted
        if any(c.kind == NAME and c.mention_ids == [total.id] for c in done + out):
            # rows are told apart by their mention ids (checker._key) and bare items have
            # none: a second split of the same total is keyed by its place instead
            total = replace(total, id="")
        parts = [synthetic(ctx, a, b, v, total) for (a, b, _), v in zip(items, values, strict=True)]
        if kind == "authority":
            # closed only when an authority above the grassroots is named: "chi bộ 6, đảng ủy cơ
            # sở 5" may leave out the district's own rulings (review 20b); a sum over the total
            # is wrong whatever is left out
            above = any(_ABOVE_GRASSROOTS.search(label) for label in labels)
            strength = "closed" if above else "partition"
        elif kind == "form":  # a form left out may be one of none: closed when all four are named
            strength = "closed" if len(labels) == 4 else "partition"
        else:
            short = sum(values) < (total.value or 0)
            rest = bool(_CATCH_ALL.search(labels[-1]))
            many = _MANY_CONTENTS.search(low, ctx.sentence_span(total.sent)[0], e)
            strength = "closed" if short and rest and not many else "soft"
        if _read_already(ctx, total, parts):
            continue
        region = ctx.text[begin : min(e, end + 40)]
        out.append(_emit(ctx, total, parts, strength, (s, end), region))
    return out


# -- Party badges listed after a marker, outside brackets: "trao Huy hiệu Đảng cho 143 đảng viên,
# gồm: Huy hiệu 30 năm tuổi Đảng 52 đồng chí, 40 năm 47, …, 55 năm 6". Each member gets one
# badge, so a list after "gồm" or a colon is the whole; after "trong đó" it may name the senior
# badges only, an alarm then only when the items exceed the total.
_BADGE_OPEN = re.compile(r"\s*,?\s*(?:(?P<within>trong đó)|bao gồm|gồm|cụ thể)?\s*(?P<colon>:)?\s*")


def _as_read(ctx: Context, parts: list[Fig]) -> list[Fig]:
    """Each bare item as the figure the extractor gave at its place, when it gave one (the row
    then carries the figures' ids, and a sum found of the same figures is the same row).
    E.g. the "28" of "Huy hiệu 40 năm 28 đồng chí" -> the mention "28 đồng chí"."""
    out = []
    for p in parts:
        got = [g for g in ctx.figs_from(p.start, p.end + 40) if g.start == p.start]
        out.append(got[0] if got and got[0].value == p.value and got[0].id else p)
    return out


def _badge_lists(ctx: Context) -> list[Check]:
    out: list[Check] = []
    low = ctx.low
    for sent_figs, _s, e in ctx.sentences_with("huy hiệu"):
        for f in sent_figs:
            hit = _BADGE_OPEN.match(low, f.end, e)
            if hit is None or hit.end() == f.end or not (hit.group(0).strip(" ,")):
                continue  # no marker: "cho 143 đảng viên (…)" is read by the brackets
            close = e
            while close > hit.end() and low[close - 1] in " .;\n":
                close -= 1
            parts = _badge_items(ctx, f, hit.end(), close)
            if not parts:
                continue
            if hit.group("within") and sum(p.value for p in parts) < (f.value or 0):  # type: ignore[misc]
                continue  # "trong đó Huy hiệu 70 năm 3 đồng chí, 65 năm 9 đồng chí": the senior few
            parts = _as_read(ctx, parts)
            if _read_already(ctx, f, parts):
                continue
            strength = "partition" if hit.group("within") else "closed"
            region = ctx.text[hit.end() : close]
            out.append(_emit(ctx, f, parts, strength, (ctx.clause(f.start)[0], close), region))
    return out


# -- the outcome of an inspection, in the sentence after its count: "Cấp ủy các cấp kiểm tra 40 tổ
# chức đảng và 95 đảng viên. Qua kiểm tra, 36 tổ chức và 90 đảng viên thực hiện tốt; 4 tổ chức,
# 5 đảng viên còn hạn chế, khuyết điểm." Each body inspected is found either doing well or
# short of it, so one count of each outcome, per kind (bodies, members), may make the whole: told
# as a fit only, since the outcomes may be of a subset the sentence before names ("trong đó 10 tổ
# chức …", "đã kết luận 12 cuộc"), leave some still under inspection, or overlap ("còn hạn chế về
# lưu trữ hồ sơ"): white-box review 20c.
_AFTER_INSPECTION = re.compile(r"\s*(?:[-–•+]\s*)?(?:qua|kết quả)\s+kiểm tra\s*,\s*")
_OUTCOME = re.compile(
    # e.g. "thực hiện tốt", "chấp hành tốt", "không có vi phạm", "đạt yêu cầu"
    r"(?P<good>(?:thực hiện|chấp hành)\s+tốt|\bkhông\s+(?:có\s+)?vi phạm|(?<!chưa )\bđạt yêu cầu)"
    # e.g. "còn hạn chế, khuyết điểm", "thực hiện chưa tốt", "có vi phạm"
    r"|(?P<bad>\bhạn chế|\bkhuyết điểm|\bsai sót|\bvi phạm|chưa tốt|chưa đạt yêu cầu)"
)
_INSPECTED = re.compile(r"\bkiểm tra\b")
# an inspection not closed yet leaves bodies with no outcome: "2 cuộc đang tiến hành"
_OPEN_INSPECTION = re.compile(
    r"\bđang\s+(?:kiểm tra|tiến hành|thực hiện|xem xét)|chưa kết luận|còn lại"
)
_INSPECTION_BACK = 2  # sentences looked back for the inspected counts


def _kind_of(f: Fig) -> str:
    """ "org" for bodies ("tổ chức", "tổ chức đảng"), "member" for party members, else "".
    A list unit the extractor ran on counts its first noun: "12 đảng viên, cấp ủy cơ sở …"."""
    key = f.unit.key
    if key.startswith("tổ chức"):
        return "org"
    if key in _MEMBER_UNITS:
        return "member"
    if not key.startswith(("đảng viên ", "đồng chí ")):
        return ""
    first = str(f.m.get("unit") or "").split(",")[0].strip().lower()
    return "member" if first in _MEMBER_UNITS else ""


_OWN_NOUN = re.compile(r"\S+\s+(?:tổ chức đảng|tổ chức|đảng viên|đồng chí)\b")


def _own_end(ctx: Context, f: Fig) -> int:
    """Where a count's own noun ends: a list unit may run on into the next label ("12 đảng viên,
    cấp ủy cơ sở" -> after "đảng viên")."""
    hit = _OWN_NOUN.match(ctx.low, f.start, f.end)
    return hit.end() if hit else f.end


def _inspected_counts(ctx: Context, sent: int) -> dict[str, Fig]:
    """The counts said to be inspected in the nearest sentence before ``sent`` that states them
    (the first "kiểm tra" of that sentence, before any ";"): kind -> count.
    E.g. "Ban Thường vụ kiểm tra 6 tổ chức đảng và 9 đảng viên; giám sát 8 tổ chức đảng" ->
    {"org": 6, "member": 9}."""
    low = ctx.low
    start = ctx.sentence_span(sent)[0]
    for k in range(sent - 1, max(-1, sent - 1 - _INSPECTION_BACK), -1):
        s, e = ctx.sentence_span(k)
        if "\n" in ctx.text[e:start] and not ctx.text[s:e].rstrip().endswith((".", ";", ":")):
            return {}
        start = s
        m = _INSPECTED.search(low, s, e)
        if m is None:
            continue
        stop = low.find(";", m.end(), e)
        got: dict[str, Fig] = {}
        for g in ctx.figs_from(m.end(), stop if stop >= 0 else e):
            kind = _kind_of(g)
            if g.type == "quantity" and g.exact_count and kind and kind not in got:
                got[kind] = g
        if got:
            return got
    return {}


def _inspection_outcomes(ctx: Context) -> list[Check]:
    out: list[Check] = []
    low = ctx.low
    if "kiểm tra" not in low:
        return out
    for sent, sent_figs in ctx.by_sent.items():
        s, e = ctx.sentence_span(sent)
        lead = _AFTER_INSPECTION.match(low, s, e)
        if lead is None or len(sent_figs) < 2:
            continue
        outcomes: dict[str, dict[str, list[Fig]]] = {}
        for g in ctx.figs_from(lead.end(), e):
            kind = _kind_of(g)
            if g.type != "quantity" or not kind:
                continue
            o = _OUTCOME.search(low, g.end, e)
            if o is not None and o.lastgroup:
                outcomes.setdefault(kind, {}).setdefault(o.lastgroup, []).append(g)
        if not outcomes:
            continue
        totals = _inspected_counts(ctx, sent)
        ahead = ctx.sentence_span(sent + 1)[1] if sent + 1 < len(ctx.sentences) else e
        open_ = bool(_OPEN_INSPECTION.search(low, s, ahead))
        for kind, split in outcomes.items():
            good, bad = split.get("good", []), split.get("bad", [])
            total = totals.get(kind)
            if total is None or len(good) != 1 or len(bad) != 1 or not good[0].exact_count:
                continue
            if not bad[0].exact_count or good[0].start > bad[0].start:
                continue
            parts = [good[0], bad[0]]
            if _read_already(ctx, total, parts):
                continue
            region = ctx.text[lead.end() : e]
            row = _emit(ctx, total, parts, "soft" if open_ else "closed", (s, bad[0].end), region)
            if row.verdict == "consistent":
                # a fit only: outcomes may leave some out or overlap, or count a subset the sentence
                # before names ("trong đó 10 …", "đã kết luận 12 cuộc"): white-box review 20c
                out.append(row)
    return out


# -- a count or amount of "the levels" split by level: "Quỹ Vì người nghèo các cấp vận động 40,5 tỷ
# đồng; trong đó cấp tỉnh 12 tỷ đồng, cấp huyện 16,2 tỷ đồng, cấp xã 12,3 tỷ đồng", "… 2.140 hộ
# đạt danh hiệu sản xuất giỏi các cấp (cấp Trung ương 8, cấp tỉnh 112, cấp huyện 520, cấp cơ sở
# 1.500)". The clause names the levels as its universe ("các cấp", "hai cấp"); each item is one
# level, once, the levels contiguous down to the commune: then the items are the whole. Under
# "các cấp" two items (district, commune) may leave out the province: an alarm only when over.
_LEVEL_WORDS: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"\btrung ương\b"), 0),  # "cấp Trung ương 9"
    (re.compile(r"\bthị xã\b|\bthành phố\b|\bhuyện\b|\bquận\b"), 2),  # "Quỹ cấp thị xã 2,1 tỷ"
    (re.compile(r"\btỉnh\b"), 1),  # "cấp tỉnh 148"
    (re.compile(r"\bthị trấn\b|\bphường\b|\bxã\b|\bcơ sở\b"), 3),  # "Quỹ các xã, phường 3,7 tỷ"
)
_LEVEL_COUNT = {"hai": 2, "ba": 3, "bốn": 4}
_LEVELS_CUE = re.compile(r"\b(các|hai|ba|bốn)\s+cấp\b")
_LEVEL_OPEN = re.compile(r"(?:\b(?:trong đó|bao gồm|gồm|cụ thể)\s*:?\s*|\(\s*)(?=[^\W\d])")
_LEVEL_ITEM = re.compile(
    rf"\s*(?:và\s+)?(?P<label>[^\W\d][^\d;:()%]{{0,50}}?)\s*:?\s+(?P<num>{_NUM})"
    r"(?:\s+[^\W\d,;.()]+){0,3}?\s*(?:\(\s*(?:chiếm\s+)?\d+(?:,\d+)?\s*%\s*\)\s*)?"
    r"(?P<sep>,\s*và\b|,|;|\bvà\b|\)|\.|$)"
)


def _level_of(label: str) -> int | None:
    """The one level of administration a short label names, else None.
    E.g. "quỹ cấp thị xã" -> 2; "quỹ các xã, phường" -> 3; "khối cơ quan, doanh nghiệp" -> None."""
    if len(label.split()) > 6:
        return None
    rest, found = label, set()
    for pat, level in _LEVEL_WORDS:
        if pat.search(rest):
            found.add(level)
            rest = pat.sub(" ", rest)
    return found.pop() if len(found) == 1 else None


def _level_items(low: str, begin: int, e: int) -> list[tuple[int, int, int]] | None:
    """The items of a level list from ``begin``: (start, end of the number, level), when every
    item names one level and the list runs to the sentence end or its bracket's close."""
    items: list[tuple[int, int, int]] = []
    pos = begin
    while pos < e:
        hit = _LEVEL_ITEM.match(low, pos, e)
        if hit is None:
            return None
        level = _level_of(" ".join(hit.group("label").strip(" ,").split()))
        if level is None:
            return None
        items.append((hit.start("num"), hit.end("num"), level))
        pos = hit.end()
        if hit.group("sep") in (")", ".", ""):
            return items if hit.group("sep") == ")" or not low[pos:e].strip(" .") else None
    return items


def _level_total(ctx: Context, s: int, at: int, first: Fig | None) -> Fig | None:
    """The count the level list at ``at`` splits: the last one before it in the sentence, outside
    brackets, not a change or a plan, of the first item's kind (when the item is a figure)."""
    low = ctx.low
    cands = [
        g
        for g in ctx.figs_from(s, at)
        if g.type == "quantity"
        and (g.exact_count or g.exact)
        and low.rfind("(", s, g.start) <= low.rfind(")", s, g.start)
        and not _BARE_CHANGE.search(ctx.before_low(g, 12))
        and not _PLAN_BEFORE.search(ctx.before_low(g, 45))
        and (first is None or _covers_part(g, first))
    ]
    return cands[-1] if cands else None


def _level_lists(ctx: Context) -> list[Check]:
    out: list[Check] = []
    low = ctx.low
    if " cấp" not in low:
        return out
    for sent, sent_figs in ctx.by_sent.items():
        s, e = ctx.sentence_span(sent)
        if len(sent_figs) < 2 or low.count("cấp", s, e) < 2 or not _LEVELS_CUE.search(low, s, e):
            continue  # the universe ("các cấp") and one item's "cấp …" at least
        for mk in _LEVEL_OPEN.finditer(low, s, e):
            cue = next(reversed(list(_LEVELS_CUE.finditer(low, s, mk.start()))), None)
            items = _level_items(low, mk.end(), e) if cue else None
            if cue is None or items is None or len(items) < 2:
                continue
            levels = [lv for _, _, lv in items]
            if len(set(levels)) != len(levels) or levels != list(range(levels[0], levels[-1] + 1)):
                continue
            want = _LEVEL_COUNT.get(cue.group(1))
            if want is not None:
                strength = "closed" if want == len(items) else ""
            elif levels[-1] == 3 and len(items) >= 3:
                strength = "closed"
            else:
                strength = "partition" if levels == [2, 3] else ""
            read = [
                next((g for g in ctx.figs_from(a, e) if g.start == a), None) for a, _, _ in items
            ]
            first = read[0] if read[0] is not None and read[0].type == "quantity" else None
            total = _level_total(ctx, s, mk.start(), first)
            if not strength or total is None:
                continue
            if all(g is None for g in read) and as_written(total) != total.value:
                continue  # "40,5 tỷ đồng; trong đó cấp tỉnh 12, …": bare items in what scale?
            parts = [
                g if g is not None else synthetic(ctx, a, b, number(ctx.text[a:b]), total)
                for g, (a, b, _) in zip(read, items, strict=True)
            ]
            if any(p.type != "quantity" or not _covers_part(total, p) for p in parts):
                continue
            if _read_already(ctx, total, parts):
                break
            region = ctx.text[mk.end() : items[-1][1]]
            out.append(
                _emit(
                    ctx, total, parts, strength, (ctx.clause(total.start)[0], items[-1][1]), region
                )
            )
            break
    return out


# -- counts of bodies and members split by the body that acted: "Cấp ủy các cấp kiểm tra 50 tổ
# chức đảng và 120 đảng viên; trong đó Ban Thường vụ Huyện ủy kiểm tra 8 tổ chức đảng, 15 đảng
# viên, cấp ủy cơ sở kiểm tra 42 tổ chức đảng, 105 đảng viên". Each group names a party body,
# then its count of bodies and maybe of members; each kind adds up to its total. After "cụ thể"
# or "gồm" the groups are the whole; after "trong đó" they may be some bodies only (an alarm only
# when they exceed the total).
_BODY_SPLIT_OPEN = re.compile(
    r"[;,]\s*(trong đó|cụ thể|bao gồm|gồm)\s*:?\s*"
    # or a bracket after the counts: "… 4 tổ chức đảng và 14 đảng viên (Ủy ban Kiểm tra Huyện ủy:
    # 1 tổ chức đảng, 5 đảng viên; …)", "… 17 đảng viên (trong đó Ủy ban Kiểm tra Huyện ủy …)"
    r"|(?<=[^\W\d])\s*\(\s*(?:(trong đó)\s*:?\s*)?"
)
_PAIR_GAP = re.compile(r"^\s*(?:,|và)\s*$")  # "8 tổ chức đảng, 15 đảng viên"
_GROUP_GAP = re.compile(r"^\s*[,;]?\s*(?:và\s+)?[^\d;()%]{2,70}$")  # "; cấp ủy cơ sở kiểm tra "


def _body_groups(ctx: Context, begin: int, e: int) -> list[list[Fig]] | None:
    """The groups of a body split from ``begin`` to ``e`` (the sentence end, or the bracket's
    close): per group its count of bodies, then maybe its count of members, or its count of
    members alone; None when anything else is counted there."""
    low = ctx.low
    groups: list[list[Fig]] = []
    lead = ""  # the kind each group opens with
    pos = begin
    for g in ctx.figs_from(begin, e):
        kind = _kind_of(g) if g.type == "quantity" and g.exact_count else ""
        gap = low[pos : g.start]
        if kind == "member" and lead == "org" and len(groups[-1]) == 1 and _PAIR_GAP.match(gap):
            groups[-1].append(g)
        elif kind and kind == (lead or kind) and _GROUP_GAP.match(gap) and _RULING_BODY.search(gap):
            lead = kind
            groups.append([g] if kind == "org" else [None, g])  # type: ignore[list-item]
        else:
            return None
        pos = _own_end(ctx, g)
    if low[pos:e].strip(" .") or len(groups) < 2:
        return None
    return groups


def _body_splits(ctx: Context) -> list[Check]:
    out: list[Check] = []
    low = ctx.low
    if "tổ chức" not in low:
        return out
    for sent, sent_figs in ctx.by_sent.items():
        if len(sent_figs) < 3:
            continue
        s, e = ctx.sentence_span(sent)
        sent_low = low[s:e]
        if not (
            "(" in sent_low or "trong đó" in sent_low or "cụ thể" in sent_low or "gồm" in sent_low
        ):
            continue
        if sum(1 for g in sent_figs if _kind_of(g)) < 3 or not _RULING_BODY.search(sent_low):
            continue  # a total and two groups at least, each a count of bodies or members
        for mk in _BODY_SPLIT_OPEN.finditer(low, s, e):
            close = e
            if "(" in mk.group(0):
                close = low.find(")", mk.end(), e)
                if close < 0 or "(" in low[mk.end() : close]:
                    continue
            groups = _body_groups(ctx, mk.end(), close)
            if groups is None:
                continue
            before = [
                g
                for g in ctx.figs_from(max(s, mk.start() - 150), mk.start())
                if g.type == "quantity"
                and g.exact_count
                and low.rfind("(", s, g.start) <= low.rfind(")", s, g.start)
                and not _BARE_CHANGE.search(ctx.before_low(g, 12))
                and not _PLAN_BEFORE.search(ctx.before_low(g, 45))
            ]
            within = "trong đó" in (mk.group(1) or mk.group(2) or "")
            strength = "partition" if within else "closed"
            for n, kind in enumerate(("org", "member")):
                parts = [grp[n] for grp in groups if len(grp) > n and grp[n] is not None]
                totals = [g for g in before if _kind_of(g) == kind]
                if len(parts) != len(groups) or not totals:
                    continue
                total = totals[-1]
                if _read_already(ctx, total, parts):
                    continue
                span = (ctx.clause(total.start)[0], parts[-1].end)
                region = ctx.text[mk.end() : parts[-1].end]
                out.append(_emit(ctx, total, parts, strength, span, region))
            break
    return out


# -- the rest of a fraction that did well: "258/271 đảng viên thực hiện tốt, đạt 95,2%, 13 đảng viên
# còn hạn chế" (271 - 258 = 13). The fraction's own whole is split by one outcome: the count that
# falls short of it, right after, is the rest. Told as a fit only (review 20c: "… còn hạn chế về …"
# may overlap the good ones).
_SUBSET_GAP = re.compile(r"\b(?:trong đó|trong số đó|riêng|gồm)\b")


def _outcome_of(ctx: Context, f: Fig, e: int) -> str | None:
    """ "good" or "bad": the first outcome said after ``f`` in its sentence (see ``_OUTCOME``)."""
    o = _OUTCOME.search(ctx.low, f.end, e)
    return o.lastgroup if o is not None else None


# the rest of a "good" outcome, said plainly: short of it ("còn hạn chế", "chưa tốt"), not a worse
# grade ("có vi phạm phải xử lý": a subset), and with no words of its own between the count and
# the outcome ("9 đảng viên ở khối doanh nghiệp còn hạn chế", "6 đảng viên trẻ …": a subgroup)
_SHORTFALL = re.compile(r"\bhạn chế|\bkhuyết điểm|\bsai sót|chưa tốt|chưa đạt yêu cầu")
_OWN_WORDS = re.compile(r"\b(?:ở|tại|thuộc|trong|của|là|nữ|nam|trẻ|mới|khối|vùng|dưới|trên)\b")


def _plain_rest(ctx: Context, c: Fig, e: int) -> bool:
    """Is ``c`` said to fall short with nothing of its own between it and the words that say so
    (review 20a: "258/271 … thực hiện tốt; 9 đảng viên ở khối doanh nghiệp còn hạn chế")?"""
    o = _OUTCOME.search(ctx.low, c.end, e)
    if o is None or o.lastgroup != "bad" or not _SHORTFALL.match(ctx.low, o.start()):
        return False
    return not _OWN_WORDS.search(ctx.low, c.end, o.start())


def _outcome_rests(ctx: Context) -> list[Check]:
    out: list[Check] = []
    low = ctx.low
    if "tốt" not in low:
        return out  # every reading starts from a fraction said to do well
    # the ratio figures only: the first test below drops every other one
    for r in ctx.ratios:
        if r.type != "ratio" or not r.unit.key:
            continue
        n, den = r.m.get("numerator"), r.m.get("denominator")
        if not isinstance(n, int | float) or not isinstance(den, int | float) or not 0 < n < den:
            continue
        s, e = ctx.sentence_span(r.sent)
        if _outcome_of(ctx, r, e) != "good":
            continue
        later = [g for g in ctx.figs_from(r.end, e) if g.type in ("quantity", "ratio")]
        kin_ = [g for g in later if g.type == "quantity" and g.unit.key == r.unit.key]
        if not kin_ or any(g.type == "ratio" for g in later if g.start < kin_[0].start):
            continue
        c = kin_[0]
        if not c.exact_count or not _plain_rest(ctx, c, e):
            continue
        if _SUBSET_GAP.search(low, r.end, c.start) or _OPEN_INSPECTION.search(low, s, e):
            continue
        # another shortfall of the same noun, not said to be inside this one: the rest is split
        if any(
            _outcome_of(ctx, g, e) == "bad" and not _SUBSET_GAP.search(low, c.end, g.start)
            for g in kin_[1:]
        ):
            continue
        total = synthetic(ctx, r.start, r.end, den, c)
        done = synthetic(ctx, r.start, r.end, n, c)
        total = replace(total, id=r.id)
        region = ctx.text[r.end : c.end]
        row = _emit(ctx, total, [done, c], "closed", ctx.clause(r.start, c.end), region)
        if row.verdict == "consistent":  # a fit only (review 20c: "… còn hạn chế về …" overlaps)
            out.append(row)
    return out


# -- a count split after "trong đó" into the ones that did well and the ones short of it: "3.095
# đảng viên được nơi cư trú nhận xét; trong đó 3.071 đồng chí thực hiện tốt, 24 đồng chí còn hạn
# chế". Exactly two items, the first good, the second not. Told as a fit only: the second may be
# about one topic ("còn hạn chế về …"), or a narrower group, and overlap the first (review 20c).
_TWO_OUTCOMES_OPEN = re.compile(r"^[^\d()]{0,90}?[,;]\s*trong đó(?:\s+có)?\s*:?\s*$")


def _two_outcomes(ctx: Context) -> list[Check]:
    out: list[Check] = []
    low = ctx.low
    if "trong đó" not in low:
        return out
    for sent_figs in ctx.by_sent.values():
        counts = [g for g in sent_figs if g.type == "quantity"]
        if len(counts) != 3:
            continue  # the total and its two outcomes, nothing else counted
        total, good, bad = counts
        s, e = ctx.sentence_span(total.sent)
        if not (total.exact_count and good.exact_count and bad.exact_count):
            continue
        if not _TWO_OUTCOMES_OPEN.match(low[total.end : good.start]) or not _kind_of(total):
            continue
        if not (_covers_part(total, good) and _covers_part(total, bad)):
            continue
        if _outcome_of(ctx, good, bad.start) != "good" or not _plain_rest(ctx, bad, e):
            continue
        if _OPEN_INSPECTION.search(low, s, e) or _read_already(ctx, total, [good, bad]):
            continue
        region = ctx.text[good.start : bad.end]
        row = _emit(ctx, total, [good, bad], "closed", ctx.clause(total.start, bad.end), region)
        if row.verdict == "consistent":  # a fit only (review 20c: overlapping or narrower parts)
            out.append(row)
    return out


# -- those that have a thing and those that have not, against the total: "Số thôn có nhà văn hóa
# là 96 thôn; số thôn chưa có nhà văn hóa là 12 thôn; tổng số thôn là 106 thôn" (96 + 12 = 108).
# Each count is the subject of its own copula ("số <noun> <predicate> là N"), the second's
# predicate is the first's negated ("chưa"/"không"), and the total is "tổng số <noun> là/có N"
# in the same sentence: the two are all of the noun, one moment, by logic.
#   example (our own)                                                                   told
#   "Số xã có trạm y tế đạt chuẩn là 14 xã, số xã chưa có trạm y tế đạt chuẩn là 4 xã; tổng
#    số xã là 19 xã"                                                                     inconsistent
#   "Số hộ có nhà tiêu hợp vệ sinh là 1.024 hộ, số hộ chưa có nhà tiêu hợp vệ sinh là 96 hộ;
#    tổng số hộ là 1.120 hộ"                                                             consistent
#   "Số hộ có nhà tiêu hợp vệ sinh là 1.024 hộ, số hộ chưa có nước sạch là 96 hộ; tổng số
#    hộ là 1.120 hộ"                                                                     nothing
_COPULA_COUNT = re.compile(
    r"(?:^|[,;:.(]\s*|\bvà\s+)(?P<total>tổng\s+)?số\s+(?:lượng\s+)?(?P<n>[^\d,;.()%:]{1,70}?)\s+"
    r"(?:hiện\s+)?(?:là|có|đạt)\s*:?\s*$"
)
_COPULA_ENDS = ("là", "có", "đạt", ":")
_NEGATED = re.compile(r"\s(?:chưa|không)\s")
# Review 21t: the negation must open the predicate, right after the noun: "số thôn có nhà văn hóa
# chưa đạt chuẩn" is a kind of those that have one, not its negation (a third group, "số thôn
# chưa có nhà văn hóa", may be listed beside); and the total is of the parts' moment when both
# name one ("Năm 2020, tổng số thôn là 112 thôn; đến nay, sau sáp nhập, số thôn có …").
#   example (our own)                                                                   told
#   "Số thôn có nhà văn hóa đạt chuẩn là 64 thôn; số thôn có nhà văn hóa chưa đạt chuẩn là 28
#    thôn; số thôn chưa có nhà văn hóa là 14 thôn; tổng số thôn là 106 thôn"              nothing
#   "Năm 2020, tổng số thôn là 112 thôn; đến nay số thôn có nhà văn hóa là 96 thôn, số
#    thôn chưa có nhà văn hóa là 10 thôn"                                                 nothing
_MOMENT = re.compile(
    r"\b(?:(?:19|20)\d{2}|đến nay|hiện nay|hiện tại|(?:trước|sau) (?:khi )?sáp nhập"
    r"|(?:đầu|cuối) (?:năm|nhiệm kỳ|kỳ))\b"
)


def _moment_of(ctx: Context, f: Fig) -> frozenset[str]:
    """The years and moments named in ``f``'s stretch of its sentence (from the last ";")."""
    s, _ = ctx.sentence_span(f.sent)
    k = ctx.low.rfind(";", s, f.start)
    return frozenset(_MOMENT.findall(ctx.low, k + 1 if k >= 0 else s, f.start))


def _has_and_not(ctx: Context) -> list[Check]:
    out: list[Check] = []
    if "chưa" not in ctx.low and "không" not in ctx.low:
        return out
    for figs in ctx.by_sent.values():
        said: list[tuple[Fig, str, bool]] = []
        for f in figs:
            if f.type != "quantity" or not f.exact_count or not f.unit.key or f.qual != "exact":
                continue
            s, _ = ctx.sentence_span(f.sent)
            # every match ends "là|có|đạt", blanks, a ":" or not, blanks, at f.start: a window that
            # does not end so (its blanks stripped) is never searched (lazy runs from every offset)
            w = ctx.low[max(s, f.start - 90) : f.start].rstrip()
            if not w.endswith(_COPULA_ENDS):
                continue
            hit = _COPULA_COUNT.search(ctx.low, max(s, f.start - 90), f.start)
            if hit is not None:
                said.append((f, norm_words(hit.group("n")), bool(hit.group("total"))))
        if len(said) < 3:
            continue
        for a, sa, ta in said:
            if ta or not sa.startswith(a.unit.key + " "):
                continue
            for b, sb, tb in said:
                if tb or b is a or b.unit.key != a.unit.key:
                    continue
                if not _NEGATED.search(f" {sb} ") or _NEGATED.sub(" ", f" {sb} ").strip() != sa:
                    continue
                if not _NEGATED.match(sb, len(a.unit.key)):
                    continue  # "số thôn có nhà văn hóa chưa đạt chuẩn": a kind, not the negation
                totals = [
                    t for t, st, tt in said if tt and st == a.unit.key and t.unit.key == a.unit.key
                ]
                if len(totals) != 1:
                    continue
                t = totals[0]
                when, now = _moment_of(ctx, t), _moment_of(ctx, a) | _moment_of(ctx, b)
                if when and now and not when & now:
                    continue  # "Năm 2020, tổng số thôn là 112 thôn; đến nay số thôn có …"
                lo, hi = min(a.start, b.start, t.start), max(a.end, b.end, t.end)
                # (told here, not through _emit: its guards for lists of properties that may
                # overlap do not apply to a predicate and its negation)
                got = a.value + b.value  # type: ignore[operator]
                ok = abs(got - t.value) < 1e-9  # type: ignore[operator]
                unit = (t.unit.key, t.unit.key)
                why = (
                    render("part_whole.eq", expr=_expr([a, b], 1.0), sum=f"{got:g}", total=f"{t.value:g}")
                    if ok
                    else render("part_whole.ne", expr=_expr([a, b], 1.0), sum=f"{got:g}", unit=unit,
                                total=f"{t.value:g}", diff=f"{abs(got - t.value):g}")  # type: ignore[operator]
                )  # fmt: skip
                out.append(ctx.check(NAME, "consistent" if ok else "inconsistent",
                                     [t.value, a.value, b.value], [t, a, b], (lo, hi),  # type: ignore[list-item]
                                     expected=got, observed=t.value, tolerance=0, why=why))  # fmt: skip
    return out


# -- a count and its kinds listed right after its noun by "gồm"/"bao gồm" or in brackets: "kiểm
# tra 52 tổ chức đảng, gồm 6 đảng ủy cơ sở và 46 chi bộ", "có 9 ủy viên (5 chuyên trách, 4 kiêm
# nhiệm)", "ban hành 17 văn bản, gồm: 8 kế hoạch, 6 báo cáo và 3 thông báo". The opener stands
# between the total's noun and the first item, and the items run, one separator apart, to the end
# of the clause (or of the bracket): the structure makes them the total's parts, whatever nouns
# name the kinds. The items must count things as the total does (no money, area or share beside
# a count); a sum that misses is told only after "gồm"/"bao gồm", items set apart by "," or
# "và", when every item counts the total's own noun (or a noun it covers) and none of the
# module's guards for overlapping lists objects (brackets and colons often open some kinds only:
# "(tập trung ở xã A 320, thị trấn 280)", a fit only).
#   example (our own)                                                                   told
#   "Đảng ủy đã kiểm tra 52 tổ chức đảng, gồm 6 đảng ủy cơ sở và 46 chi bộ"             consistent
#   "Ủy ban kiểm tra có 9 ủy viên (5 chuyên trách, 3 kiêm nhiệm)"                       inconsistent
#   "Mở 12 lớp bồi dưỡng, gồm 640 đảng viên và 210 quần chúng"                          nothing
_KIND_LIST_OPEN = re.compile(
    r"^(?P<noun>[^\d;:.()%\n]{0,70}?)\s*(?:(?:,|\s)\s*(?P<op>bao gồm|gồm có|gồm)\s*:?|\s*(?P<br>\()|(?P<colon>:))\s*$"
)
_KIND_GAP = re.compile(r"^[^\d;:.()%\n]{0,60}$")
_KIND_SEP = re.compile(r"^[^\d;:.()%\n]{0,60}?(?:,\s*và\b|,|;|\bvà\b)[^\d;:.()%\n]{0,60}$")
_KIND_NOT_SEP = re.compile(
    r"\b(?:trong đó|trong số|riêng|so với|tăng|giảm|đạt|chiếm|bằng|còn lại|gồm|mỗi|với|trên|dưới"
    r"|khoảng|gần|hơn|lượt)\b"
)
# the first item's label naming some of the kinds or examples only: "gồm một số công trình lớn
# như …", "gồm các câu lạc bộ dân ca ở xã A 14 câu lạc bộ, …", "bao gồm cả …" (a fit only)
_KIND_SOME = re.compile(
    r"\b(?:nhiều|một số|một phần|các|những|như|cả|chủ yếu|phần lớn|điển hình|tiêu biểu|nổi bật"
    r"|ở|tại)\b"
)
_KIND_TAIL = re.compile(r"^[^\d;:.()%\n]{0,60}?(?:[.;\n]|$)")
_KIND_TAIL_BR = re.compile(r"^[^\d;:.()%\n]{0,60}?\)")
_KIND_MEASURE = frozenset({"đồng", "ha", "km", "m2", "m", "tấn", "kg", "%"})


def _measure(f: Fig) -> bool:
    key = f.unit.key
    return any(key == w or key.endswith(" " + w) or key.startswith(w + " ") for w in _KIND_MEASURE)


# People and the cases or events they figure in are counted apart: a count of one is no sum of
# counts of the other ("bắt giữ 24 đối tượng, gồm 15 vụ … và 9 vụ …").
_PEOPLE_KEYS = frozenset(
    {"person", "u:đối tượng", "u:hội viên", "u:đoàn viên", "u:lao động", "u:tín đồ", "u:học sinh"}
)
_EVENT_KEYS = frozenset({"u:vụ", "u:cuộc", "u:đơn"})


def _other_noun_items(total: Fig, parts: list[Fig]) -> bool:
    """Do the items all count cases or events where the total counts people, or the reverse?
    "bắt giữ 24 đối tượng, gồm 15 vụ … và 9 vụ …" lists cases, not the people held: no kinds of
    the total ("126 cơ sở giáo dục, gồm 42 trường …", "38.450 tín đồ, gồm: Công giáo 21.300
    người; …", "7 lượt đoàn, gồm 3 đoàn …" are)."""
    keys = [_fam_keys(p) for p in parts]
    if any(not k for k in keys):
        return False
    common = set.intersection(*keys)
    whole = _fam_keys(total)
    return bool(
        (common & _EVENT_KEYS and whole & _PEOPLE_KEYS)
        or (common & _PEOPLE_KEYS and whole & _EVENT_KEYS)
    )


def _kind_lists(ctx: Context, out: list[Check]) -> list[Check]:
    rows: list[Check] = []
    low = ctx.low
    used = {i for c in out if c.kind == NAME for i in c.mention_ids[:1]}
    for figs in ctx.by_sent.values():
        if len(figs) < 3:
            continue
        _, e = ctx.sentence_span(figs[0].sent)
        for k, total in enumerate(figs[:-2]):
            if total.type != "quantity" or not total.exact_count or total.qual != "exact":
                continue
            if not total.unit.key or total.id in used:
                continue
            nxt = figs[k + 1]
            # the opener, then the first item's label (its count may come first)
            gap = low[total.end : nxt.start]
            cut = max(gap.rfind("gồm"), gap.rfind("("), gap.rfind(":"))
            if cut < 0:
                continue
            head = gap[: cut + (3 if gap[cut] == "g" else 1)]
            opened = _KIND_LIST_OPEN.match(head)
            label = gap[len(head) :].lstrip(" :")
            if opened is None or not _KIND_GAP.match(label):
                continue
            if _KIND_NOT_SEP.search(opened.group("noun")):
                continue
            bracket = bool(opened.group("br"))
            parts = [nxt]
            semi = False  # items set apart by "," end at a ";" (a new clause), and back
            for g in figs[k + 2 :]:
                sep = low[parts[-1].end : g.start]
                if not _KIND_SEP.match(sep) or _KIND_NOT_SEP.search(sep):
                    break
                if len(parts) == 1:
                    semi = ";" in sep
                elif semi != (";" in sep) and not (semi and "và" in sep):
                    break
                parts.append(g)
            if len(parts) < 2:
                continue
            tail = low[parts[-1].end : e]
            if not (_KIND_TAIL_BR if bracket else _KIND_TAIL).match(tail):
                continue  # the list runs on past its last item we read, or into another figure
            if any(p.type != "quantity" or not p.exact_count or p.qual != "exact" for p in parts):
                continue
            if any(p.unit.key in vocab.TIME_UNITS for p in [total, *parts]):
                continue  # "4 năm", "6 tháng": spans of time, no kinds of the count
            if _measure(total) or any(_measure(p) != _measure(total) for p in parts):
                continue
            if any(_measure(p) and p.unit.key != total.unit.key for p in parts):
                continue
            if _read_already(ctx, total, parts):
                continue
            if _other_noun_items(total, parts):
                continue
            region = ctx.text[parts[0].start : parts[-1].end]
            span = (total.start, parts[-1].end)
            own = all(
                not p.unit.key or p.unit.key == total.unit.key or _covers_part(total, p)
                for p in parts
            )
            # a colon or a bracket may open some kinds only ("(tập trung ở …)", "(chủ yếu là
            # …)"), and a ";" may end the list and open a clause ("gồm 52 đơn khiếu nại; giải
            # quyết 79 đơn, …"): a fit is told, never a miss
            listed = (
                opened.group("op")
                and not _KIND_SOME.search(label)
                and not any(
                    ";" in low[a.end : b.start] for a, b in zip(parts, parts[1:], strict=False)
                )
            )
            strength = "closed" if own and listed else "soft"
            row = _emit(ctx, total, parts, strength, span, region)
            if row.verdict == "unverifiable":
                continue
            rows.append(row)
            used.add(total.id)
    return rows


# -- a rest said "còn lại" with a total and a done part before it: "Toàn xã có 42 thôn; 35 thôn
# đã có nhà văn hóa đạt chuẩn, 7 thôn còn lại đang xây dựng", "kế hoạch kiểm tra 16 cuộc; đã
# thực hiện 11 cuộc, còn lại 5 cuộc". Found by search (the structure names the rest, not its
# whole): among the counts of the rest's noun in its paragraph, up to three sentences before
# it and its own sentence, a total T and a part P before the rest R with P + R = T is told as a
# fit; nothing else is told (a miss may be another whole, moment or body).
#   example (our own)                                                                   told
#   "Toàn xã có 42 thôn; 35 thôn đã có nhà văn hóa, 7 thôn còn lại đang xây dựng"       consistent
#   "Toàn xã có 42 thôn; 35 thôn đã có nhà văn hóa, 9 thôn còn lại đang xây dựng"       nothing
_REST_AFTER_COUNT = re.compile(r"[^\d;:.,()%\n]{0,40}?[^\W\d]\s+còn lại\b")
_REST_BEFORE_COUNT = re.compile(r"\b(?:số\s+)?còn lại\s*(?:là\s*)?:?\s*$")
_REST_BACK = 3
# what is still to do, said before the count: "còn thiếu 59 đảng viên", "vẫn còn 5 đơn … chưa
# giải quyết", "còn 63 cơ sở chưa được công nhận" (a bare "còn" needs the "chưa" of its clause:
# "giảm xuống còn 3 thôn" is a new level, no rest)
_REST_SHORT = re.compile(r"\bcòn\s+thiếu\s*$")
_REST_STILL = re.compile(r"(?<!xuống )(?<!lại )\b(?:vẫn\s+|hiện\s+|nay\s+)?còn\s*$")
_REST_NOT_YET = re.compile(r"[^\d;:.,()%\n]{0,50}?\bchưa\b")


def _same_count(a: Fig, b: Fig) -> bool:
    if a.unit.key == b.unit.key:
        return True
    if a.unit.head and a.unit.head == b.unit.head:
        return True
    return _covers_part(a, b) or _covers_part(b, a)


def _said_rests(ctx: Context, out: list[Check]) -> list[Check]:
    rows: list[Check] = []
    low = ctx.low
    if "còn" not in low:
        return rows
    taken = {i for c in out if c.kind == NAME for i in c.mention_ids}
    for r in ctx.figs:
        if r.type != "quantity" or not r.exact_count or r.qual != "exact" or not r.unit.key:
            continue
        if r.id in taken or r.unit.key in vocab.TIME_UNITS:
            continue
        s, e = ctx.sentence_span(r.sent)
        head = low[max(s, r.start - 20) : r.start]
        if not (
            _REST_AFTER_COUNT.match(low, r.end, e)
            or _REST_BEFORE_COUNT.search(head)
            or _REST_SHORT.search(head)
            or (_REST_STILL.search(head) and _REST_NOT_YET.match(low, r.end, e))
        ):
            continue
        par = low.rfind("\n", 0, s)
        pool = [
            g
            for i in range(max(0, r.sent - _REST_BACK), r.sent + 1)
            for g in ctx.by_sent.get(i, [])
            if g is not r
            and g.start > par
            and g.type == "quantity"
            and g.exact_count
            and g.qual == "exact"
            and _same_count(g, r)
        ]
        fits = [
            (t, p)
            for p in pool
            if p.start < r.start and p.value < r.value + p.value  # type: ignore[operator]
            for t in pool
            if t is not p
            # a total between the part and the rest is of their clause, not a later one ("đã
            # giải quyết 29 đơn; năm 2023 tiếp nhận 41 đơn, còn lại 12 đơn")
            and not (p.start < t.start < r.start and ";" in low[p.end : t.start])
            and abs(t.value - p.value - r.value) < 1e-9  # type: ignore[operator]
        ]
        if not fits:
            continue
        t, p = max(fits, key=lambda tp: (tp[1].start, -abs(tp[0].start - r.start)))
        lo, hi = min(t.start, p.start, r.start), max(t.end, p.end, r.end)
        rows.append(_fit_sum(ctx, t, [p, r], (lo, hi)))
        taken.add(r.id)
    return rows


# -- counts said "lần lượt" (respectively) of the kinds just named, the total stated before: "Đầu
# năm kết nạp 218 đảng viên. … Số kết nạp ở khối cơ quan và khối doanh nghiệp lần lượt là 151
# đảng viên và 67 đảng viên", "diện tích tăng lên 7.138 ha; … Diện tích xoài, nhãn, mận và cây
# khác lần lượt là 3.246 ha, 1.875 ha, 1.104 ha và 913 ha". Found by search (the kinds may be
# some only): the nearest earlier count of the items' noun, up to four sentences back, whose
# value is their sum is told as a fit; nothing else is told.
#   example (our own)                                                                   told
#   "Kết nạp 96 đảng viên. Khối xã và khối cơ quan lần lượt là 60 đảng viên và 36 đảng viên"  consistent
#   "Kết nạp 96 đảng viên. Khối xã và khối cơ quan lần lượt là 60 đảng viên và 35 đảng viên"  nothing
_SAID_RESPECTIVELY = re.compile(r"\blần lượt(?:\s+(?:là|có|đạt|được))?\s*:?\s*")
_RESPECTIVE_SEP = re.compile(r"^\s*(?:,\s*và|,|\bvà\b)\s*$")
_RESPECTIVE_BACK = 4


def _respective_counts(ctx: Context, out: list[Check]) -> list[Check]:
    rows: list[Check] = []
    low = ctx.low
    if "lần lượt" not in low:
        return rows
    read = [set(c.mention_ids) for c in out if c.kind == NAME]
    for hit in _SAID_RESPECTIVELY.finditer(low):
        after = [g for g in ctx.figs if g.start >= hit.end()]
        if not after or after[0].start != hit.end():
            continue  # the counts follow the word at once
        parts = [after[0]]
        for g in after[1:]:
            if g.sent != parts[0].sent or not _RESPECTIVE_SEP.match(low[parts[-1].end : g.start]):
                break
            parts.append(g)
        if len(parts) < 2 or any(
            p.type != "quantity" or not (p.exact_count or p.exact) or p.qual != "exact"
            for p in parts
        ):
            continue
        key = parts[0].unit.key
        if not key or any(p.unit.key != key for p in parts) or key in vocab.TIME_UNITS:
            continue
        ids = {p.m.id for p in parts}
        if any(ids <= r for r in read):
            continue
        got = sum(p.value for p in parts)  # type: ignore[misc]
        cands = [
            g
            for g in ctx.figs[: parts[0].i]
            if g.end <= hit.start()
            and g.type == "quantity"
            and (g.exact_count or g.exact)
            and g.qual == "exact"
            and parts[0].sent - _RESPECTIVE_BACK <= g.sent <= parts[0].sent
            and (g.unit.key == key or _covers_part(g, parts[0]))
            and abs(g.value - got) <= 1e-9 * max(1.0, abs(got))  # type: ignore[operator]
        ]
        if not cands:
            continue
        t = cands[-1]
        if _respective_elsewhere(ctx, t, hit.start()):
            continue
        rows.append(_fit_sum(ctx, t, parts, (t.start, parts[-1].end)))
    return rows


# What the items said "lần lượt" may be besides kinds of the total before them:
# - years ("năm 2024 và 2025 lần lượt 27 và 31 thôn") after a count of one year or moment ("58
#   thôn (2023)", "Năm 2023 có 58 thôn"): the items are later counts, not its parts; years sum to
#   a total only over a span said with it that holds them all ("giai đoạn 2022-2023", "trong hai
#   năm", "nhiệm kỳ", "từ năm 2022");
# - the other way of a change ("12 hợp tác xã thành lập mới; giải thể năm 2022 và 2023 lần lượt
#   5 và 7"): units closed are no parts of units founded, nor the reverse.
_RESP_CLAUSE_END = re.compile(r"[;:.\n]")
_RESP_YEARS = re.compile(r"\b(?:19|20)\d{2}\b")
_RESP_SPAN = re.compile(r"giai đoạn|nhiệm kỳ|\btừ (?:đầu )?năm\b|\bcác năm\b")
_RESP_ENTRY = re.compile(
    r"\b(?:thành lập|kết nạp|tăng|tiếp nhận|chuyển đến|công nhận|xây mới|phát triển mới|mới)\b"
)
_RESP_EXIT = re.compile(
    r"\b(?:giải thể|sáp nhập|hợp nhất|giảm|xóa tên|xoá tên|khai trừ|từ trần|chuyển đi|ra khỏi"
    r"|thu hồi|ngừng hoạt động|phá sản|rút tên|đưa ra khỏi)\b"
)


def _respective_elsewhere(ctx: Context, t: Fig, at: int) -> bool:
    """The items said "lần lượt" at ``at`` are no parts of ``t``: years against a total of one
    moment, or the opposite change (see above)."""
    low = ctx.low
    ts, _ = ctx.sentence_span(t.sent)
    # the total's clause: from its clause start to the next boundary after it (a comma too)
    lo = ts
    for m in _RESP_CLAUSE_END.finditer(low, ts, t.start):
        lo = m.end()
    stop = re.compile(r"[,;:.()\n]").search(low, t.end, at)
    t_end = stop.start() if stop else at
    own = low[lo:t_end]
    # the items' label: from the end of the total's clause (or the items' clause start) to "lần lượt"
    s_hit = low.rfind(".", 0, at)
    i_lo = max(t_end, s_hit + 1, low.rfind(";", 0, at) + 1, low.rfind(":", 0, at) + 1)
    label = low[i_lo:at]
    years = [int(y) for y in _RESP_YEARS.findall(label)]
    if len(years) >= 2:
        head = low[ts:t_end]
        spans = _SPAN_WORDS.findall(head)
        ranges = [(int(a), int(b)) for _, a, b in spans if a]
        if ranges:
            if not any(a <= min(years) and max(years) <= b for a, b in ranges):
                return True
        elif not (_RESP_SPAN.search(head) or any(w for w, _, _ in spans)):
            return True
    entry_t, exit_t = _RESP_ENTRY.search(own), _RESP_EXIT.search(own)
    entry_i, exit_i = _RESP_ENTRY.search(label), _RESP_EXIT.search(label)
    if exit_i and not exit_t and entry_t:
        return True
    return bool(entry_i and not entry_t and exit_t and not exit_i)


# -- a running total whose earlier count stands far back, often in the tasks for the next period:
# "có 9 xã đạt chuẩn nông thôn mới nâng cao (60%)" … "đưa thêm 2 xã đạt chuẩn nông thôn mới nâng
# cao, nâng tổng số lên 11 xã"; "Toàn huyện có 8/28 xã đạt chuẩn nông thôn mới" … "công nhận thêm
# 2 xã đạt chuẩn nông thôn mới (…), nâng tổng số lên 10/28 xã"; "đạt 15/19 tiêu chí xã nông thôn
# mới nâng cao" … "Đạt thêm 4 tiêu chí, đủ 19 tiêu chí xã nông thôn mới nâng cao". The earlier
# count is tied by what it counts: its noun and the words after it must read as the added
# count's (or the new total's) label, three words at least; the latest such count before the
# addition is the current one, and it alone is tried. A fit is told (prior + added = total);
# nothing else (another label, an older count, a plan).
#   example (our own)                                                                   told
#   "Có 9 xã đạt chuẩn NTM nâng cao. … Thêm 2 xã đạt chuẩn NTM nâng cao, nâng tổng số lên 11 xã"  consistent
#   "Có 9 xã đạt chuẩn NTM. … Thêm 2 xã đạt chuẩn NTM nâng cao, nâng tổng số lên 11 xã"          nothing
_RAISE_FAR_GAP = re.compile(
    r"^[^\d;.\n]{0,120}?(?:\bnâng\s+(?:tổng\s+)?số\b[^\d;.\n]{0,90}?\blên|,\s*(?:đạt\s+)?đủ)\s*$"
)
_RAISE_ADDED = re.compile(r"\bthêm\s*$")
_RAISE_LABEL_END = re.compile(r"[,;.:()\n%]|\s-\s|\d")
_RAISE_FROM = re.compile(r"\btừ\s*$")
_RAISE_MIN_WORDS = 3
# words that may follow a class's label without narrowing it ("… nâng cao theo Quyết định số …")
_RAISE_LABEL_RUNS_ON = frozenset(
    {"theo", "của", "tại", "ở", "trên", "trong", "với", "so", "năm", "đến", "trở", "là", "như"}
)
_RAISE_FLOW = re.compile(
    r"\b(?:kết nạp|tiếp nhận|thành lập|công nhận|xây dựng|hỗ trợ|trồng|giải quyết|tăng|giảm|thêm)\b"
)
_RAISE_PLAN = re.compile(r"\b(?:mục tiêu|chỉ tiêu|kế hoạch|phấn đấu|dự kiến)\b")


# a neighbour, or a higher level's count ("… của tỉnh Bắc Giang")
_RAISE_OTHER = re.compile(NEIGHBOUR.pattern + r"|\bcủa (?:tỉnh|huyện|thành phố)\b")


def _raise_doubtful(ctx: Context, g: Fig, a: Fig) -> bool:
    """(white-box review 34) The stock ``g`` a far addition ``a`` is read against may be another
    body's, or not the latest: a name in the addition's sentence the stock's does not say ("Huyện
    Tân Yên có 9 xã …" … "huyện Việt Yên đưa thêm 2 xã"), a neighbour or a higher level, or
    another count of the noun or another addition between them ("đến năm 2023 có 12 xã",
    "Năm 2022 công nhận 3 xã")."""
    from .context import place_names, words_lower

    gs, ge = ctx.sentence_span(g.sent)
    as_, ae = ctx.sentence_span(a.sent)
    if not place_names(ctx.text[as_ : a.start]) <= words_lower(ctx.text[gs:ge]) or _RAISE_OTHER.search(ctx.low, gs, ge) or _RAISE_OTHER.search(ctx.low, as_, ae):
        return True
    return any(
        h.type in ("quantity", "ratio")
        and h.unit.key == a.unit.key
        and h.i not in (g.i, a.i)
        # a later stock in the stock's own sentence ("… có 8 xã …, đến năm 2023 có 12 xã")
        and (h.sent != g.sent or (h.type == "quantity" and (h.value or 0) > (_raise_count(g) or 0)))
        for h in ctx.figs[g.i + 1 : a.i]
        if h.sent != a.sent
    )


def _raise_label(ctx: Context, f: Fig) -> list[str]:
    """The words after ``f`` up to the first break: its noun and what it says of it."""
    stop = _RAISE_LABEL_END.search(ctx.low, f.end, f.end + 120)
    return norm_words(ctx.low[f.end : stop.start() if stop else f.end + 120]).split()


def _raise_count(f: Fig) -> float | None:
    """A count's value, or a fraction's numerator ("8/28 xã")."""
    if f.type == "quantity" and f.exact_count and f.qual == "exact":
        return f.value
    if f.type == "ratio":
        n = f.m.get("numerator")
        if isinstance(n, int | float) and float(n).is_integer():
            return float(n)
    return None


def _raised_far(ctx: Context, out: list[Check]) -> list[Check]:
    rows: list[Check] = []
    low = ctx.low
    if "thêm" not in low:
        return rows
    read = {i for c in out if c.kind == NAME for i in c.mention_ids}
    for a in ctx.figs:
        if (
            a.type != "quantity"
            or not a.exact_count
            or a.qual != "exact"
            or not a.unit.key
            or a.id in read
            or a.unit.key in vocab.TIME_UNITS
            or not _RAISE_ADDED.search(ctx.before_low(a, 12))
        ):
            continue
        t = ctx.next_in_sent(a)
        if t is None or not _RAISE_FAR_GAP.match(ctx.gap(a, t).lower()):
            continue
        total = _raise_count(t)
        if total is None or total <= a.value:  # type: ignore[operator]
            continue
        label_a, label_t = _raise_label(ctx, a), _raise_label(ctx, t)
        if t.type == "quantity" and t.unit.key != a.unit.key:
            continue
        if label_t[: len(label_a)] == label_a:
            label = label_t
        elif label_a[: len(label_t)] == label_t:
            label = label_a
        else:
            continue
        if len(label) < _RAISE_MIN_WORDS:
            continue
        latest = None
        for g in ctx.earlier(a, 400):
            if g.sent == a.sent:
                continue
            v = _raise_count(g)
            if v is None or _RAISE_FROM.search(ctx.before_low(g, 8)):
                continue
            head = ctx.lower_slice(ctx.sentence_span(g.sent)[0], g.start)
            if _RAISE_PLAN.search(head):
                continue  # "mục tiêu đến năm 2025 có 12 xã …": a plan, not a count stated
            if _RAISE_FLOW.search(head[head.rfind(";") + 1 :]):
                continue  # "năm 2024 kết nạp 12 đảng viên …": a flow of one period, no stock
            if g.type == "quantity" and g.unit.key != a.unit.key:
                continue
            own = _raise_label(ctx, g)
            if own[: len(label)] != label:
                continue
            if len(own) > len(label) and own[len(label)] not in _RAISE_LABEL_RUNS_ON:
                continue  # "trong đó 2 xã đạt chuẩn nông thôn mới nâng cao": a narrower class
            latest = (g, v)
            break
        if latest is None:
            continue
        g, prior = latest
        if abs(prior + a.value - total) > 1e-9:  # type: ignore[operator]
            continue
        if _raise_doubtful(ctx, g, a):
            continue
        why = render("part_whole.running", prior=prior, added=a.value, total=total)
        rows.append(
            ctx.check(
                NAME,
                "consistent",
                [total, prior, a.value],  # type: ignore[list-item]
                [g, a, t],
                ctx.clause(a.start, t.end),
                expected=prior + a.value,  # type: ignore[operator]
                observed=total,
                tolerance=0,
                why=why,
            )
        )
    return rows


# -- a count and the footnote its marker calls, whose numbers add up to it: "toàn Đảng bộ đã kết
# nạp 1.128 đảng viên(1)" … "(1) Năm 2021 kết nạp 236 đảng viên; năm 2022: 251; …: 126."; "312
# đồng chí không đánh giá, xếp loại(1)" … "(1) Gồm: 198 đồng chí …; 87 đồng chí …; 27 đồng chí
# …"; "Chủ trì 39 cuộc giám sát(2)" … "(2) Cấp huyện 7, cấp xã 32 cuộc." The count is the last
# figure before the marker in its clause (no number, ";" or "." between); the parts are every
# count in the note (bare numbers too: dates, periods, references and shares are no counts).
# A note may give a partial picture or another split, so only an exact sum is told, as a fit.
#   example (our own)                                                                   told
#   "tiếp nhận 45 đơn(1)" … "(1) Tố cáo 20 đơn, khiếu nại 15 đơn, phản ánh 10 đơn."      consistent
#   "tiếp nhận 45 đơn(1)" … "(1) Tố cáo 20 đơn, khiếu nại 15 đơn."                      nothing
_NOTE_MARK = re.compile(r"(?<=[^\W\d])\s?\((\d{1,2})\)")
_NOTE_GAP = re.compile(r"^[^\d;.()\n]{0,60}$")
_NOTE_BARE = re.compile(r"(?<![\d.,/\-(])\d{1,3}(?:\.\d{3})*(?![\d/%]|,\d|\.\d|\s*%|-)")
_NOTE_TIME_AFTER = re.compile(r"\s*(?:tháng|năm|quý|ngày|tuần|giờ)\b")
_NOTE_NOT_COUNT_BEFORE = re.compile(
    r"(?:năm|tháng|quý|ngày|số|khoản|điều|lần thứ|khóa|nhiệm kỳ)\s*$"
)


def _note_parts(ctx: Context, lo: int, hi: int) -> list[tuple[int, int, float]] | None:
    """(start, end, value) of every count in the note line, or None when a figure in it is no
    plain count (a money sum, an area: the note is then no split of a count)."""
    parts: list[tuple[int, int, float]] = []
    spans: list[tuple[int, int]] = []
    for g in ctx.starting_in(lo, hi):
        spans.append((g.start, g.end))
        if g.type != "quantity":
            continue  # dates, periods, references, shares
        if not g.exact_count or g.qual != "exact" or g.unit.key in vocab.TIME_UNITS:
            return None
        parts.append((g.start, g.end, float(g.value)))  # type: ignore[arg-type]
    spans.extend((m.start, m.end) for m in ctx.mentions if lo <= m.start < hi)
    low = ctx.low
    for m in _NOTE_BARE.finditer(low, lo, hi):
        if any(s <= m.start() < e for s, e in spans):
            continue
        if _NOTE_TIME_AFTER.match(low, m.end()):
            continue  # "4 tháng đầu năm 2025": a span of time
        if _NOTE_NOT_COUNT_BEFORE.search(low[max(lo, m.start() - 12) : m.start()]):
            continue
        parts.append((m.start(), m.end(), float(m.group().replace(".", ""))))
    return sorted(parts)


def _footnote_sums(ctx: Context, out: list[Check]) -> list[Check]:
    rows: list[Check] = []
    if not ctx.has_footnotes():
        return rows
    read = {i for c in out if c.kind == NAME for i in c.mention_ids}
    low = ctx.low
    for hit in _NOTE_MARK.finditer(ctx.text):
        at = hit.start()
        line_start = ctx.text.rfind("\n", 0, at) + 1
        if not ctx.text[line_start:at].strip():
            continue  # the note line itself
        note = ctx.footnote(int(hit.group(1)), hit.end())
        if note is None:
            continue
        before = [g for g in ctx.figs_from(line_start, at) if g.end <= at]
        if not before:
            continue
        f = before[-1]
        if (
            f.type != "quantity"
            or not f.exact_count
            or f.qual != "exact"
            or not f.unit.key
            or f.id in read
            or f.unit.key in vocab.TIME_UNITS
            or not _NOTE_GAP.match(low[f.end : at])
        ):
            continue
        parts = _note_parts(ctx, note[0], note[1])
        if not parts or len(parts) < 2:
            continue
        if any(
            g.type == "quantity" and g.unit.key and not _same_count(g, f)
            for g in ctx.starting_in(note[0], note[1])
        ):
            continue  # a note counting other things ("… 10 hộ dân và 15 ha đất"; review 34)
        got = sum(v for _, _, v in parts)
        if abs(got - f.value) > 1e-9:  # type: ignore[operator]
            continue
        figs = [g for g in ctx.starting_in(note[0], note[1]) if g.type == "quantity"]
        k = _scale([f])
        expr = " + ".join(f"{v:g}" for _, _, v in parts)
        why = render("part_whole.eq", expr=expr, sum=f"{f.value / k:g}", total=f"{f.value / k:g}")  # type: ignore[operator]
        rows.append(
            ctx.check(
                NAME,
                "consistent",
                [f.value, *(v for _, _, v in parts)],  # type: ignore[list-item]
                [f, *figs],
                ctx.sentence_claim(f),
                expected=f.value,
                observed=f.value,
                tolerance=0,
                why=why,
            )
        )
    return rows


# -- a part and the rest said "còn lại" in one sentence, their whole stated far from them: "toàn
# huyện có 21 xã, thị trấn" … "Có 19 xã, thị trấn được đánh giá thực hiện tốt dân chủ ở cơ sở,
# đạt 90,5%; 2 xã còn lại xếp loại khá"; "số bản có chi bộ độc lập tăng từ 171 bản lên 185 bản,
# tăng 14 bản; 9 bản còn lại đang sinh hoạt ghép. Như vậy, 185/194 thôn, bản có chi bộ độc lập".
# The whole is tied to the part by structure, not by value alone: a fraction part/whole in the
# rest's sentence or the next, or the part's own share ("đạt 90,5%") that part/whole gives with
# an earlier count of the part's noun. Only a fit is told (part + rest = whole).
#   example (our own)                                                                   told
#   "Huyện có 24 xã. … 21 xã đạt chuẩn, đạt 87,5%; 3 xã còn lại đang hoàn thiện hồ sơ"   consistent
#   "Huyện có 24 xã. … 21 xã đạt chuẩn, đạt 87,5%; 4 xã còn lại đang hoàn thiện hồ sơ"   nothing
_PART_SHARE_GAP = re.compile(r"^[^\d;.]{0,80}?\b(?:đạt|chiếm|bằng)(?:\s+tỷ lệ)?\s*$")
_NOT_PART_BEFORE = re.compile(r"(?:tăng|giảm|thêm|hơn|từ)\s*$")


def _rest_part_wholes(ctx: Context, out: list[Check]) -> list[Check]:
    rows: list[Check] = []
    low = ctx.low
    if "còn lại" not in low:
        return rows
    read = {i for c in out if c.kind == NAME for i in c.mention_ids}
    for r in ctx.figs:
        if (
            r.type != "quantity"
            or not r.exact_count
            or r.qual != "exact"
            or not r.unit.key
            or r.id in read
            or r.unit.key in vocab.TIME_UNITS
        ):
            continue
        s, e = ctx.sentence_span(r.sent)
        head = low[max(s, r.start - 20) : r.start]
        if not (_FAR_REST_AFTER.match(low[r.end : e]) or _REST_BEFORE_COUNT.search(head)):
            continue
        p = next(
            (
                g
                for g in ctx.earlier(r, 12)
                if g.sent == r.sent
                and g.type == "quantity"
                and g.exact_count
                and g.qual == "exact"
                and _same_count(g, r)
                and not _NOT_PART_BEFORE.search(ctx.before_low(g, 12))
            ),
            None,
        )
        if p is None or p.id in read:
            continue
        whole = p.value + r.value  # type: ignore[operator]
        got: Fig | None = None
        # a fraction part/whole in the rest's sentence or the next: "185/194 thôn, bản"
        for g in ctx.figs[p.i + 1 :]:
            if g.sent > r.sent + 1:
                break
            if g.type == "ratio":
                n, den = g.m.get("numerator"), g.m.get("denominator")
                if n == p.value and den == whole and _same_count(g, p):
                    got = g  # (review 34: not "185/194 hộ" of 185 bản + 9 bản)
                    break
        if got is None:
            # the part's own share: "19 xã, thị trấn …, đạt 90,5%", of an earlier count
            pct = ctx.next_in_sent(p)
            if (
                pct is not None
                and pct.type == "percent"
                and pct.end <= r.start
                and _PART_SHARE_GAP.match(ctx.gap(p, pct).lower())
                and pct_fits(100.0 * p.value / whole, pct)  # type: ignore[operator]
            ):
                got = next(
                    (
                        g
                        for g in ctx.earlier(p, 400)
                        if g.type == "quantity"
                        and g.exact_count
                        and g.qual == "exact"
                        and abs(g.value - whole) < 1e-9  # type: ignore[operator]
                        and _same_count(g, p)
                    ),
                    None,
                )
        if got is None:
            continue
        why = render("part_whole.eq", expr=_expr([p, r]), sum=f"{whole:g}", total=f"{whole:g}")
        rows.append(
            ctx.check(
                NAME,
                "consistent",
                [whole, p.value, r.value],  # type: ignore[list-item]
                [got, p, r],
                ctx.clause(p.start, r.end),
                expected=whole,
                observed=whole,
                tolerance=0,
                why=why,
            )
        )
        read.add(r.id)
    return rows


# -- counts of two kinds told in pairs, one pair per body or level, then the pair of totals: "Ban
# Thường vụ Thị ủy kiểm tra 4 tổ chức đảng và 6 đảng viên; cấp ủy cơ sở kiểm tra 37 tổ chức đảng
# và 112 đảng viên. Như vậy, cấp ủy các cấp đã kiểm tra 41 tổ chức đảng, 118 đảng viên"; "…
# giám sát 5 tổ chức đảng, 9 đảng viên; cấp ủy cơ sở giám sát 45 tổ chức đảng, 138 đảng viên
# (tổng cộng 50 tổ chức đảng, 147 đảng viên)". The pairs follow one another (same two nouns, in
# the same order), the totals' pair comes right after them behind a summing cue, in their
# sentence or the next. Both kinds must add up (the structure is then surely one split by
# bodies); the second kind is then told as a fit (the first is the sum ``fit`` finds by itself);
# when either fails, nothing is told.
#   example (our own)                                                                   told
#   "A kiểm tra 3 tổ chức đảng và 5 đảng viên; B kiểm tra 9 … và 20 …; tổng cộng 12 …, 25 …"  consistent x2
#   "A kiểm tra 3 tổ chức đảng và 5 đảng viên; B kiểm tra 9 … và 20 …; tổng cộng 12 …, 26 …"  nothing
_PAIR_JOIN = re.compile(r"^\s*(?:,\s*và|,|và)\s*$")
_PAIR_NEXT = re.compile(r"^[^\d.;]{0,60}[;,]\s*[^\d.;]{0,60}$")
_PAIR_TOTAL_CUE = re.compile(
    r"(?:tổng cộng|tổng số|như vậy|tính chung|cộng chung|cộng lại|chung các cấp|toàn đảng bộ)"
    r"[^\d.;]{0,60}$"
)
_PAIR_TOTAL_GAP = re.compile(r"^[^\d]{0,80}$")


def _count_pairs(ctx: Context) -> list[tuple[Fig, Fig]]:
    pairs: list[tuple[Fig, Fig]] = []
    figs = ctx.figs
    for a, b in zip(figs, figs[1:], strict=False):
        if (
            a.sent == b.sent
            and a.type == b.type == "quantity"
            and a.exact_count
            and b.exact_count
            and a.qual == b.qual == "exact"
            and a.unit.key
            and b.unit.key
            and a.unit.key != b.unit.key
            and a.unit.key not in vocab.TIME_UNITS
            and b.unit.key not in vocab.TIME_UNITS
            and _PAIR_JOIN.match(ctx.gap(a, b).lower())
        ):
            pairs.append((a, b))
    return pairs


def _paired_sums(ctx: Context) -> list[Check]:
    rows: list[Check] = []
    low = ctx.low
    pairs = _count_pairs(ctx)
    if len(pairs) < 3:
        return rows
    for j, (ta, tb) in enumerate(pairs):
        if j < 2 or not _PAIR_TOTAL_CUE.search(low[max(0, ta.start - 80) : ta.start]):
            continue
        run: list[tuple[Fig, Fig]] = []
        prev_end = ta.start
        for a, b in reversed(pairs[:j]):
            if not (_same_count(a, ta) and _same_count(b, tb)) or a.sent < ta.sent - 1:
                break
            gap = low[b.end : prev_end]
            if not run and not _PAIR_TOTAL_GAP.match(gap):
                break
            if run and not _PAIR_NEXT.match(gap):
                break
            run.insert(0, (a, b))
            prev_end = a.start
        if len(run) < 2:
            continue
        sa = sum(a.value for a, _ in run)  # type: ignore[misc]
        sb = sum(b.value for _, b in run)  # type: ignore[misc]
        if abs(sa - ta.value) > 1e-9 or abs(sb - tb.value) > 1e-9:  # type: ignore[operator]
            continue
        span = (run[0][0].start, tb.end)
        # the first total of the pair ("… tổng cộng 58 tổ chức đảng, …") is the sum ``fit``
        # finds by itself: only the second is told here (after both are seen to hold)
        told = [(tb, [b for _, b in run])]
        for total, parts in told:
            if not _read_already(ctx, total, parts):
                rows.append(_fit_sum(ctx, total, parts, span))
    return rows


# -- a count split into a side and its negation, their whole told just before: "tiếp nhận 19 đơn
# (…), giảm 17,4%; trong đó 12 đơn thuộc thẩm quyền, đã giải quyết 10 đơn (83,3%); 7 đơn không
# thuộc thẩm quyền …"; "tiếp nhận 42 đơn. Qua phân loại, 15 đơn đủ điều kiện giải quyết, …; 27 đơn
# không đủ điều kiện …". The two counts share their noun and the second's words are the first's
# after "không"/"chưa" (every item is on one side or the other); the whole is the nearest count
# of the noun before them (its sentence or the one before; no change or comparison). Only a fit
# is told (side + other side = whole); nothing else.
#   example (our own)                                                                   told
#   "tiếp nhận 42 đơn; có 15 đơn thuộc thẩm quyền, …; 27 đơn không thuộc thẩm quyền …"  consistent
#   "tiếp nhận 42 đơn; có 15 đơn thuộc thẩm quyền, …; 25 đơn không thuộc thẩm quyền …"  nothing
_SIDE_NEG = frozenset({"không", "chưa"})
_SIDE_OPEN = re.compile(r"[;,]\s*(?:còn\s+|và\s+)?$")
_SIDE_CHANGE = re.compile(r"(?:tăng|giảm|hơn|so với|cùng kỳ|từ|lên|còn)[^\d;]{0,12}$")


def _side_words(ctx: Context, f: Fig) -> list[str]:
    """The words after a count's noun up to the first break ("thuộc thẩm quyền")."""
    stop = _RAISE_LABEL_END.search(ctx.low, f.end, f.end + 80)
    return norm_words(ctx.low[f.end : stop.start() if stop else f.end + 80]).split()


# (white-box review 34) another year, or a new set opened between the whole and its sides
_SIDES_OTHER_SET = re.compile(r"\b(?:19|20)\d{2}\b|\bnăm (?:trước|nay|ngoái)\b|\btồn đọng\b|\bmới\s*:")


def _negated_sides(ctx: Context, out: list[Check]) -> list[Check]:
    rows: list[Check] = []
    low = ctx.low
    if "không" not in low and "chưa" not in low:
        return rows
    read = {i for c in out if c.kind == NAME for i in c.mention_ids}
    for b in ctx.figs:
        if (
            b.type != "quantity"
            or not b.exact_count
            or b.qual != "exact"
            or not b.unit.key
            or b.id in read
        ):
            continue
        neg = _side_words(ctx, b)
        if len(neg) < 2 or neg[0] not in _SIDE_NEG or neg[1] in _SIDE_NEG:
            continue
        if not _SIDE_OPEN.search(ctx.before_low(b, 12)):
            continue
        pred = neg[1:4]
        a = next(
            (
                g
                for g in ctx.earlier(b, 12)
                if g.sent == b.sent
                and g.type == "quantity"
                and g.exact_count
                and g.qual == "exact"
                and g.unit.key == b.unit.key
                and _side_words(ctx, g)[: len(pred)] == pred
            ),
            None,
        )
        if a is None or a.id in read:
            continue
        whole = a.value + b.value  # type: ignore[operator]
        t = next(
            (
                g
                for g in ctx.earlier(a, 12)
                if g.sent >= a.sent - 1
                and g.type == "quantity"
                and g.exact_count
                and g.qual == "exact"
                and g.unit.key == a.unit.key
                and not _SIDE_CHANGE.search(ctx.before_low(g, 20))
                and "(" not in ctx.before_low(g, 20)
            ),
            None,
        )
        if t is None or abs(t.value - whole) > 1e-9:  # type: ignore[operator]
            continue
        between = re.sub(r"\([^()]*\)", " ", ctx.lower_slice(t.start, a.start))
        between = re.sub(r"\b(?:so với|cùng kỳ)\s+(?:năm\s+)?(?:trước|nay|ngoái|(?:19|20)\d{2})?", " ", between)
        if _SIDES_OTHER_SET.search(between):
            continue  # "Năm 2023 tiếp nhận 42 đơn; năm 2024 có 15 …", "… tồn đọng. Đơn mới: …"
        if t.sent != a.sent:
            y_t = set(_RESP_YEARS.findall(ctx.lower_slice(ctx.sentence_span(t.sent)[0], t.start)))
            y_a = set(_RESP_YEARS.findall(ctx.lower_slice(ctx.sentence_span(a.sent)[0], a.start)))
            if y_t and y_a and not y_t & y_a:
                continue  # "Năm 2023 tiếp nhận 40 đơn. Năm 2024 có 15 đơn …": another year's whole
        if _read_already(ctx, t, [a, b]):
            continue
        rows.append(_fit_sum(ctx, t, [a, b], (t.start, b.end)))
        read.add(b.id)
    return rows


# -- the count of the top grades named after a graded list: "hoàn thành xuất sắc nhiệm vụ 6 chi bộ;
# hoàn thành tốt nhiệm vụ 21 chi bộ; … Như vậy có 27/31 chi bộ hoàn thành tốt nhiệm vụ trở lên";
# "xuất sắc 9, tốt 21, khá 7, trung bình 1. Số cơ sở xuất sắc và tốt là 30 cơ sở". "Tốt trở lên"
# is the excellent and the good together: the count said so (or a fraction's numerator) in the
# list's sentence or the next is told as their sum when it is one (a fit); nothing else. The list
# must have been read by a rule above (a list no rule took is summed by ``fit``, which needs its
# items free).
#   example (our own)                                                                   told
#   "xuất sắc 11 chi bộ, tốt 35 chi bộ, … Có 46 chi bộ hoàn thành tốt nhiệm vụ trở lên"  consistent
#   "xuất sắc 11 chi bộ, tốt 35 chi bộ, … Có 45 chi bộ hoàn thành tốt nhiệm vụ trở lên"  nothing
_GOOD_UP_AFTER = re.compile(
    r"^\s*(?:[^\W\d]+[\s,]+){0,4}?(?:đạt\s+|được\s+xếp\s+loại\s+|xếp\s+loại\s+)?(?:hoàn thành\s+)?tốt"
    r"(?:\s+nhiệm vụ)?\s+trở lên\b"
)
_GOOD_UP_BEFORE = re.compile(
    r"\bxuất sắc\s+(?:và|,)\s+(?:hoàn thành\s+)?tốt(?:\s+nhiệm vụ)?[^\d;.]{0,20}$"
    r"|\btốt(?:\s+nhiệm vụ)?\s+trở lên\s+(?:là|có|đạt|gồm)?\s*:?\s*$"
)
_ITEM_BREAK = re.compile(r"[,;:.\n(]")
# from the good grade's item to the count: the rest of a bullet list, line by line
_GOOD_UP_LIST = re.compile(r"[^\n]*(?:\n[^\S\n]*[-+•*–][^\n]*)*\n[^\n]*")


def _grade_of(ctx: Context, f: Fig) -> str | None:
    """ "top" for a count labelled excellent, "good" for one labelled good (not "trở lên")."""
    low = ctx.low
    lo = max(0, f.start - 60)
    cut = [m.end() for m in _ITEM_BREAK.finditer(low, lo, f.start)]
    before = low[cut[-1] if cut else lo : f.start]
    if cut and low[cut[-1] - 1] == ":" and not re.search(r"[^\W\d]", before):
        # "- Hoàn thành xuất sắc nhiệm vụ: 6 chi bộ": the label before the colon
        before = low[(cut[-2] if len(cut) > 1 else lo) : cut[-1] - 1]
    if not re.search(r"[^\W\d]", before) or not re.search(r"xuất sắc|tốt", before):
        stop = _ITEM_BREAK.search(low, f.end, f.end + 60)
        label = low[f.end : stop.start() if stop else f.end + 60]
    else:
        label = before
    if "trở lên" in label or "khá" in label:
        return None
    if "xuất sắc" in label and "tốt" not in label:
        return "top"
    if re.search(r"(?:hoàn thành|loại|xếp)?\s*\btốt\b", label) and "xuất sắc" not in label:
        return "good"
    return None


def _good_up_sums(ctx: Context, out: list[Check]) -> list[Check]:
    rows: list[Check] = []
    low = ctx.low
    if "xuất sắc" not in low or "tốt" not in low:
        return rows
    read = {i for c in out if c.kind == NAME for i in c.mention_ids}
    for c in ctx.figs:
        value = _raise_count(c)
        if value is None or c.id in read:
            continue
        s, _ = ctx.sentence_span(c.sent)
        if not (
            _GOOD_UP_AFTER.match(low[c.end : c.end + 80])
            or _GOOD_UP_BEFORE.search(low[max(s, c.start - 60) : c.start])
        ):
            continue
        top = good = None
        for g in ctx.earlier(c, 30):
            if g.sent < c.sent - 5 or "\n\n" in low[g.end : c.start]:
                break
            if g.type != "quantity" or not g.exact_count or g.qual != "exact":
                continue
            if c.type == "quantity" and not _same_count(g, c) and g.unit.key:
                continue
            grade = _grade_of(ctx, g)
            if grade == "top" and top is None and good is not None:
                top = g
                break
            if grade == "good" and good is None:
                good = g
            elif grade == "top" and good is None:
                break  # the excellent after the good: not a list read here
        if top is None or good is None or good.sent - top.sent > 1:
            continue
        if top.id not in read or good.id not in read:
            continue  # a list no reading took: ``fit`` sums it, its items stay free for that
        if c.sent - good.sent > 1 and not _GOOD_UP_LIST.fullmatch(low[good.end : c.start]):
            continue  # a list told over bullet lines, the count right after them
        if abs(top.value + good.value - value) > 1e-9:  # type: ignore[operator]
            continue
        cs, ce = ctx.sentence_span(c.sent)
        if _RAISE_OTHER.search(low, cs, ce):
            continue  # "Đảng bộ huyện bạn có 46 chi bộ …": another body's count (review 34)
        if c.sent != top.sent:
            y_c = set(_RESP_YEARS.findall(ctx.lower_slice(ctx.sentence_span(c.sent)[0], c.start)))
            y_l = set(
                _RESP_YEARS.findall(ctx.lower_slice(ctx.sentence_span(top.sent)[0], top.start))
            )
            if y_c and not y_c & y_l:
                continue  # "Năm 2023: xuất sắc 10, tốt 30. Năm 2024 có 40 …": another year's count
        k = 1.0
        why = render(
            "part_whole.eq", expr=_expr([top, good], k), sum=f"{value:g}", total=f"{value:g}"
        )
        rows.append(
            ctx.check(
                NAME,
                "consistent",
                [value, top.value, good.value],  # type: ignore[list-item]
                [c, top, good],
                ctx.clause(top.start, c.end),
                expected=value,
                observed=value,
                tolerance=0,
                why=why,
            )
        )
        read.add(c.id)
    return rows


# -- (session 36) a total whose kinds are counted before they are listed: "1.246 chi bộ …, phân
# bố ở ba khu vực: 812 chi bộ ở vùng cao, 296 … và 148 …", "8.642 người thuộc ba dân tộc: Tày
# 4.125 người, Dao 2.781 người và Kinh 1.746 người", "48,3 tỷ đồng qua 5 chương trình: …". The
# report says how many kinds there are, and lists that many: the list is the whole of it. Told
# when exactly that many items of the total's unit follow the colon in the sentence (a further
# count of the unit, a subset or a breakdown of an item, leaves the list unread).
#
# example (our own)                                                                         told
# "… 1.246 chi bộ, phân bố ở ba khu vực: 812 chi bộ …, 296 chi bộ … và 148 chi bộ …"        1256 ≠ 1246
# "… 8.652 người thuộc ba dân tộc: Tày 4.125 người, Dao 2.781 người và Kinh 1.746 người"     consistent
# "… 1.246 chi bộ ở ba khu vực: 812 chi bộ …, 296 chi bộ …" (two listed of three)            nothing
# "… 48,3 tỷ đồng qua 5 chương trình: … 16,8 tỷ …, trong đó 2 tỷ …, …" (a sixth amount)       nothing
_KIND_WORDS = {
    "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
}  # fmt: skip
# (only words that say the kinds make the whole: "thuộc", "gồm", "chia thành", "phân bố ở", "qua",
# "từ"; not "ở ba xã:" nor "tập trung ở ba xã:", "nổi bật ở ba chi hội:": the largest few —
# white-box review 36b)
_COUNTED_KINDS = re.compile(
    r"(?P<pre>[^.;:()\d]{0,60}?)\b(?:thuộc|gồm|bao gồm|chia (?:thành|làm|theo)|phân theo|"
    r"phân (?:bố|bổ) (?:ở|tại|trên|cho|theo)|qua|từ)\s+"
    r"(?P<k>hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,2})\s+(?P<cat>[^\W\d]+(?:\s+[^\W\d]+){0,2})\s*:"
)
_COUNTED_HEDGE = re.compile(
    r"\b(?:tập trung|chủ yếu|nổi bật|tiêu biểu|điển hình|nhiều nhất|cao nhất|lớn nhất|đáng chú ý|"
    r"trong đó|riêng|nhất là|như)\b"
)
# an item that is a change, a rate or a part of an item, not a kind's count
_COUNTED_NOT_ITEM = re.compile(r"\b(?:tăng|giảm|thêm|vượt|hơn|trong đó|riêng|gồm)\s*$")
_COUNTED_RATE_AFTER = re.compile(r"^\s*(?:/|mỗi\b|một\b|bình quân\b|trên\s+(?:một|mỗi|1)\b)")


def _counted_kinds(ctx: Context, done: list[Check]) -> list[Check]:
    out: list[Check] = []
    low = ctx.low
    if ":" not in low:
        return out
    told = {c.mention_ids[0] for c in done if c.kind == NAME and c.mention_ids}
    for total in ctx.figs:
        if (
            total.type != "quantity"
            or not (total.exact_count or total.exact)
            or total.qual != "exact"
            or total.id in told
            or reference_level(ctx, total)
        ):
            continue
        s, e = ctx.sentence_span(total.sent)
        hit = _COUNTED_KINDS.match(low, total.end, e)
        if hit is None or _COUNTED_HEDGE.search(hit.group("pre")):
            continue
        k = hit.group("k")
        want = int(k) if k.isdigit() else _KIND_WORDS[k]
        items = [
            g for g in ctx.figs_from(hit.end(), e)
            if g.type == "quantity" and g.unit.key == total.unit.key
        ]  # fmt: skip
        if len(items) != want or want < 2 or not all(g.exact_count or g.exact for g in items):
            continue
        if _COUNTED_HEDGE.search(low, hit.end(), items[-1].end) or any(
            _COUNTED_NOT_ITEM.search(ctx.before_low(g, 20))
            or _COUNTED_RATE_AFTER.match(ctx.after_low(g, 20))
            for g in items
        ):
            continue  # "…: xã A tăng 12 chi bộ, …", "… 6,8 tấn mỗi ha", "…, trong đó 40 hộ …"
        if any(g.type == "percent" for g in ctx.figs_from(hit.end(), e)) and len(
            [g for g in ctx.figs_from(hit.end(), e) if g.type == "percent"]
        ) != want:
            continue  # (shares beside the items are theirs; other percents: another list)
        region = ctx.text[hit.end() : items[-1].end]
        span = (ctx.clause(total.start)[0], items[-1].end)
        out.append(_emit(ctx, total, items, "closed", span, region))
    return out
