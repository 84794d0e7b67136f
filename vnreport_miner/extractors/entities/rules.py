"""The entity rules: each proposes candidate spans with a stable rule name.

Rules read ``shadow`` (see :func:`tables.fold`), a same-length copy of the document
text, so every offset also indexes ``doc.text``. Candidates overlap freely here; the
extractor keeps the longest (``Đảng bộ xã Yên Lập`` beats ``xã Yên Lập``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

import regex

from .gazetteer import Gazetteer
from .tables import CAP, CAP_RUN, Tables, _alt, key, tables

# priorities break ties between equally long candidates: lower wins
PRIO_ORG, PRIO_PER, PRIO_LOC, PRIO_BARE, PRIO_MODEL = 0, 1, 2, 3, 4


@dataclass(slots=True)
class Cand:
    """A proposed entity. ``place`` = (name, level, kind) to link, for LOC and ORG."""

    start: int
    end: int
    label: str
    rule: str
    prio: int
    place: tuple[str, str, str | None] | None = None
    role: str | None = None
    extra: dict[str, object] = field(default_factory=dict)


@dataclass(slots=True)
class Context:
    text: str  # the document text (for role strings)
    shadow: str  # folded copy, same length
    tables: Tables
    gaz: Gazetteer
    province: str | None  # province code of the report, if known
    learned: dict[str, str] = field(default_factory=dict)  # place key -> level, seen with a noun
    veto: list[tuple[int, int]] = field(default_factory=list)  # peoples' names (ethnic_spans)
    # runs that are never entities ("Hè Thu"), with their key: vetoed unless learned as a place
    common: list[tuple[int, int, str]] = field(default_factory=list)
    # where each hint's words stand (see _scan), found once per document
    hints: dict[str, list[int]] = field(default_factory=dict)


_RE_SYL = regex.compile(CAP)
_WORD_END = r"(?![\p{L}\p{M}])"
_WORD_START = r"(?<![\p{L}\p{M}])"


@cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    t = tables()
    return {
        # rule national_body — e.g. "Bộ Chính trị", "Ban Bí thư Trung ương", "MTTQ"
        # with an organ before it: "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam";
        # not inside a document symbol: "Số 152/BC-MTTQ-BTT"
        "national": regex.compile(
            rf"{_WORD_START}(?<![/-])(?:{_alt(t.national_bodies)}){_WORD_END}(?![/-]\p{{Lu}})"
        ),
        # organs written right before a national body or a bloc (read backwards from it):
        # "Ban Thường trực | Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        # "Ủy ban Kiểm tra | Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh"
        "organ_before": regex.compile(rf"{_WORD_START}(?:(?:{_alt(t.sub_bodies)}) ){{1,2}}$"),
        # rule title_body — a title that holds its body: "Thủ tướng Chính phủ" (no ORG)
        "title_body": regex.compile(rf"{_WORD_START}(?:{_alt(t.title_bodies)}){_WORD_END}"),
        # rule bloc_committee — e.g. "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh"
        "bloc": regex.compile(
            rf"{_WORD_START}(?:{_alt(t.blocs)})(?: [\p{{L}}\p{{M}}]++){{1,8}}? "
            rf"(?:tỉnh|thành phố|huyện|Trung ương)(?: (?P<name>{CAP_RUN}))?{_WORD_END}"
        ),
        # rule named_org — e.g. "HTX Tân Tiến", "Trường Đại học Tây Bắc", and with the
        # legal form or trade in lowercase: "Công ty cổ phần Cơ khí Quang Hanh"
        "named_org": regex.compile(
            rf"{_WORD_START}(?:{_alt(t.named_orgs)}) "
            rf"(?P<desc>(?:(?:{_alt(t.org_descriptors)}) ){{0,3}}+)(?P<name>{CAP_RUN})"
        ),
        # a trade name: one capitalised word, then lowercase words, e.g. "Cơ khí chính xác "
        "trade": regex.compile(rf"{CAP}(?P<low>(?: \p{{Ll}}[\p{{L}}\p{{M}}]*+){{1,3}}) (?={CAP})"),
        # a stretch of words in capitals, e.g. "ỦY BAN KIỂM TRA HUYỆN ỦY CAO LỘC"
        "caps": regex.compile(
            # each word ends at a word's end, so a run stops before a title-case word on the
            # same line ("HUYỆN ỦY BA CHẼ Ba Chẽ, ngày …", "… ĐỒN ĐẠC Số 20-BC/ĐU")
            r"(?<![\p{L}\p{M}\d])\p{Lu}[\p{Lu}\p{M}'.]*+(?![\p{L}\p{M}])"
            # (and over " - " inside a name: "ĐẢNG BỘ TỈNH BÀ RỊA - VŨNG TÀU")
            r"(?: (?:- )?[\p{Lu}\d][\p{Lu}\p{M}\d'.]*+(?![\p{L}\p{M}]))++"
        ),
        # rule named_feature — e.g. "sông Hậu", "cầu Cổ Chiên", "Khu kinh tế Định An"
        "feature": regex.compile(rf"{_WORD_START}(?:{_alt(t.features)}) (?P<name>{CAP_RUN})"),
        # rule route_name — e.g. "cao tốc Hà Nội - Hải Phòng", "đường sắt Yên Viên - Hạ Long"
        "route": regex.compile(
            rf"{_WORD_START}(?:{_alt(t.routes)}) (?P<a>{CAP_RUN})(?: [-–] (?P<b>{CAP_RUN}))?"
        ),
        # rule numbered_road — e.g. "Quốc lộ 53", "tỉnh lộ 279B"
        "road": regex.compile(rf"{_WORD_START}(?:{_alt(t.roads)}) \d{{1,4}}+[A-Z]?{_WORD_END}"),
        # rule region_name — e.g. "Tây Nguyên", "Việt Nam"
        "region": regex.compile(rf"{_WORD_START}(?:{_alt(t.standalone_places)}){_WORD_END}"),
        # rule comrade_name — e.g. "Đồng chí Triệu Kim Dung", "ông Lò Văn Sơn"
        "cue": regex.compile(
            rf"{_WORD_START}(?P<cue>{_alt(list(t.person_cues))}) (?P<run>{CAP_RUN})"
        ),
        # rule byline — e.g. "Tác giả: Nguyễn Văn Gọn", "Bài, ảnh: Bàn Thanh"
        "byline": regex.compile(rf"{_WORD_START}(?:{_alt(t.bylines)}) *+(?P<run>{CAP_RUN})"),
        # rule place_date_line — the place of issue before the date, on a line of its own:
        # "Lương Nghĩa, ngày 20 tháng 6 năm 2023" (a place, though "Lương" is a surname)
        "dateline": regex.compile(rf"(?m)^[ \t]*+(?P<run>{CAP_RUN}), ngày \d"),
        # rule signature_line — a line holding only a name, above the writer's body
        # e.g. "Phong Lâm\nBan Tổ chức Tỉnh ủy Điện Biên"
        "signature": regex.compile(rf"(?m)^(?P<run>{CAP}(?: {CAP}){{1,3}})$\n(?=\S)"),
        # any capitalised run of two or more syllables (surname_name, bare names, model)
        "run": regex.compile(rf"{CAP}(?: {CAP})++"),
        # a plural or lowercase generic head right before an admin noun: the noun is then a
        # common noun and the names stand alone ("các đảng bộ huyện Điện Biên, Mường Ảng",
        # "Các huyện Pác Nặm, Ba Bể", "hai xã Tân Hợp và Quy Hướng")
        # (a body between them counts only when a list follows: "Các tổ chức cơ sở đảng
        # huyện Chiêm Hóa" is one district)
        "generic_before": regex.compile(
            # (a number after a naming noun names its unit: "Khu phố 12 phường Tân Định")
            r"(?:(?<![\p{L}\p{M}])(?:[Cc]ác|[Nn]hững|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|"
            r"(?<!\d)(?<!(?:[Pp]hố|[Tt]hôn|[Ấấ]p|[Kk]hóm|[Xx]óm|[Tt]ổ|[Bb]ản|[Kk]hu|[Ss]ố) )\d{1,3}) "
            r"(?P<body>(?:đảng bộ|đảng ủy|chi bộ|tổ chức cơ sở đảng|tổ chức đảng) )?"
            r"|(?P<body2>đảng bộ |đảng ủy ))$"
        ),
        # list continuation after a place: ", Mường Ảng", " và thị xã Mường Lay"
        "list_next": regex.compile(
            rf"(?:, | và )(?:(?P<noun>{_alt(list(t.admin_nouns))}) )?(?P<name>{CAP_RUN})"
        ),
        "role_stop": regex.compile(rf"{_WORD_START}(?:{_alt(t.role_stops)}){_WORD_END}"),
        # rule caps_name — a writer's name in capitals at the start of a line, alone or
        # before their unit: "NGUYỄN VĂN AN (Ban Tổ chức Tỉnh ủy Lào Cai)"
        "caps_name": regex.compile(
            r"(?m)(?:^[ \t]*+|(?<=: ))(?P<run>\p{Lu}++(?:['’]\p{Lu}++)?+(?: \p{Lu}++(?:['’]\p{Lu}++)?+){1,3})"
            r"(?=[ \t]*+(?:\(|,|$))"
        ),
        # words of a place name, for names with a hyphen or a lowercase word in them
        "name_word": regex.compile(r"[\p{L}\p{M}']++"),
        # page furniture: a running header or footer line, e.g. "Báo Kon Tum - Trang 2"
        "furniture": regex.compile(
            r"(?m)^[^\n]{0,80}?(?:^|[ \t][-–|][ \t]*)(?:Trang|trang|Page) \d{1,3}(?:/\d{1,3})?[ \t]*$"
        ),
        # a people's name: after a context word, then the list it heads
        "ethnic": regex.compile(
            rf"{_WORD_START}(?:{_alt(t.ethnic_contexts)}) (?P<run>{CAP_RUN})"
            rf"(?P<more>(?:(?:, | và | - ){CAP_RUN})*+)"
        ),
        "cap_run": regex.compile(CAP_RUN),
        # rule modified_admin_list — an admin noun, an adjective or copula, then names:
        # "ba xã miền núi Kim Thủy, Ngân Thủy", "hai thị trấn là Ma Lâm, Phú Long"
        "modified_admin": regex.compile(
            rf"{_WORD_START}(?P<noun>{_alt(list(t.admin_nouns))}) "
            rf"(?P<mod>{_alt(list(t.admin_modifiers))}) (?P<name>{CAP_RUN})"
        ),
        # what stands before that noun: a count or plural word ("ba xã", "các thôn"), or a
        # title that makes the name a person's ("Trưởng bản vùng cao Giàng A Páo")
        "counted_before": regex.compile(
            r"(?:(?<![\p{L}\p{M}])(?:[Cc]ác|[Nn]hững|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy|"
            r"[Tt]ám|[Cc]hín|[Mm]ười|\d{1,3}) )$"
        ),
        "title_before": regex.compile(
            r"(?<![\p{L}\p{M}])(?:[Tt]rưởng|[Pp]hó|[Bb]í thư|[Cc]hủ tịch|[Cc]án bộ|[Nn]gười|"
            r"[Gg]ià) $"
        ),
        # an admin noun right after a body: " phường", " xã" (with or without a name)
        "admin_noun": regex.compile(
            rf" (?:{_alt([n for n in t.admin_nouns if n[:1].islower()])}){_WORD_END}"
        ),
    }


@cache
def _hints() -> dict[str, re.Pattern[str]]:
    """Cheap ``re`` look-aheads for the places a long alternation may match (its words and a
    space): :func:`_scan` tries the full pattern only there. ``re`` skips to them much faster."""
    t = tables()
    # (a class of the forms' first letters first: most positions fail it at once, which halves
    # the scan; the positions found are the same)
    return {
        name: re.compile(
            f"(?=[{''.join(sorted({re.escape(f[0]) for f in forms}))}])"
            f"(?=(?:{'|'.join(re.escape(f) for f in forms)}) )"
        )
        for name, forms in (
            ("feature", t.features),
            ("route", t.routes),
            ("admin", list(t.admin_nouns)),
        )
    }


def _scan(
    hint: str, pattern: regex.Pattern[str], sh: str, ctx: Context | None = None
) -> Iterator[regex.Match[str]]:
    """The matches ``pattern.finditer(sh)`` yields, found from the ``hint`` positions only.
    Exact: every match starts with one of the hint's words and a space, and matches never
    overlap (a hint inside the previous match is skipped). With ``ctx`` the positions are
    found once per document, for every pattern that starts with the same words."""
    if ctx is None:
        positions: list[int] = [h.start() for h in _hints()[hint].finditer(sh)]
    else:
        got = ctx.hints.get(hint)
        if got is None:
            got = ctx.hints[hint] = [h.start() for h in _hints()[hint].finditer(sh)]
        positions = got
    end = 0
    for pos in positions:
        if pos < end:
            continue
        m = pattern.match(sh, pos)
        if m:
            end = m.end()
            yield m


def _syllables(shadow: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _RE_SYL.finditer(shadow, start, end)]


_JOINS = frozenset({" ", " - ", "-", " – "})


def _extended_name(
    ctx: Context, start: int, n_run: int, levels: tuple[str, ...], noun: str | None
) -> int | None:
    """End of a known name that runs past the capitalised run, or None.

    E.g. "Bà Rịa - Vũng Tàu" (a hyphen), "thị trấn Nông trường Mộc Châu" (a lowercase
    word: known to the gazetteer only with its noun).
    """
    sh = ctx.shadow
    ends: list[int] = []
    prev = start
    for w in _patterns()["name_word"].finditer(sh, start, min(len(sh), start + 60)):
        if ends and sh[prev : w.start()] not in _JOINS:
            break
        ends.append(w.end())
        prev = w.end()
        if len(ends) == 6:
            break
    for j in range(len(ends), n_run, -1):
        last = sh[sh.rfind(" ", start, ends[j - 1]) + 1 : ends[j - 1]].lstrip("-")
        if not last[:1].isupper():
            continue
        name = sh[start : ends[j - 1]]
        for lv in levels:
            if ctx.gaz.candidates(name, lv) or (noun and ctx.gaz.with_noun(noun, name, lv)):
                return ends[j - 1]
    return None


# the side or part a place name may end with, making another place of a known one
_SIDE_WORDS = frozenset({"Đông", "Tây", "Nam", "Bắc", "Trung", "Thượng", "Hạ"})


def place_name(
    ctx: Context, start: int, end: int, level: str | None, noun: str | None = None
) -> int | None:
    """End of the place name in the capitalised run ``start:end``, or None.

    The longest prefix the gazetteer knows wins ("Điện Biên Đông" over "Điện Biên");
    an unknown name is kept whole when it is 1-4 syllables and stops before a title
    or a body ("Yên Lập Bí thư ..." -> "Yên Lập"). A known name may run on past a
    hyphen or a lowercase word ("Bà Rịa - Vũng Tàu", "Nông trường Mộc Châu").
    """
    t, sh = ctx.tables, ctx.shadow
    syl = _syllables(sh, start, end)
    cut = len(syl)
    for i, (s, _) in enumerate(syl):
        if i and t.re_blocker.match(sh, s):
            cut = i
            break
    syl = syl[:cut]
    if not syl:
        return None
    levels = (
        (level,)
        if level in ("province", "district", "commune")
        else ("province", "district", "commune")
    )
    if level == "city":
        levels = ("district", "province")
    if level == "village":  # villages are not in the gazetteer: "bản Háng Đồng A"
        levels = ()
    if levels and len(syl) == cut and (sh.startswith(" ", end) or sh.startswith("-", end)):
        ext = _extended_name(ctx, start, len(syl), levels, noun and _kind(noun))
        if ext is not None:
            return ext
    for j in range(min(len(syl), 5), 0, -1):
        name = sh[syl[0][0] : syl[j - 1][1]]
        if any(ctx.gaz.candidates(name, lv) for lv in levels):
            if j == len(syl) - 1 and sh[syl[j][0] : syl[j][1]] in _SIDE_WORDS:
                return syl[j][1]  # "xã Long Khánh Tây": a known name and its side is another
            if level == "commune" and j == len(syl) - 1 == 2 and _own_syllable(ctx, syl[j]):
                return syl[j][1]  # "xã Phú Khánh Lợi": a commune the gazetteer lacks
            return syl[j - 1][1]
    if len(syl) > 4:
        return None
    if level != "village" and sh[syl[0][0] : syl[0][1]] in t.surnames:
        return None  # "Ban Tổ chức Tỉnh ủy Nguyễn Thị Lan": a person, not a place
    return syl[-1][1]


def _own_syllable(ctx: Context, span: tuple[int, int]) -> bool:
    """Can the capitalised syllable after a known two-syllable commune name be the rest of its
    name? Not a surname (a person follows), a word of a title or term ("Số", "Khóa", "Giai
    đoạn"), nor the start of another known place."""
    t, sh = ctx.tables, ctx.shadow
    word = sh[span[0] : span[1]]
    if word in t.surnames or word.lower() in t.header_name_stops:
        return False
    if sh[span[1] : span[1] + 1] == " " and sh[span[1] + 1 : span[1] + 2].islower():
        nxt = sh[span[1] + 1 :].split(" ", 1)[0]
        if f"{word.lower()} {nxt}" in _COMMON_PAIRS:
            return False
    return not any(ctx.gaz.candidates(word, lv) for lv in ("province", "district", "commune"))


# capitalised common words that may follow a place name in a heading ("xã Tân Hợp Giai đoạn
# 2021-2025", "Nhiệm kỳ")
_COMMON_PAIRS = frozenset({"giai đoạn", "nhiệm kỳ", "năm học", "kế hoạch", "báo cáo"})


def _named_org_end(ctx: Context, pos: int) -> int | None:
    """End of a named organisation at ``pos``. e.g. "Trường Đại học Tây Bắc" -> its end;
    "Công ty cổ phần Vận tải Thủy Cửa Ông" (a trade name with a lowercase word) -> its end."""
    p, sh = _patterns(), ctx.shadow
    m = p["named_org"].match(sh, pos)
    if not m:
        return None
    tr = p["trade"].match(sh, m.start("name"))
    if (
        tr
        and m.end("name") == tr.start("low")
        and not any(
            w in ctx.tables.org_name_stops or w in ctx.tables.admin_nouns
            for w in _lower_phrases(tr.group("low"))
        )
    ):
        r = _patterns()["cap_run"].match(sh, tr.end())
        if r and not ctx.tables.re_blocker.match(sh, r.start()):
            end = _org_name_end(ctx, r.start(), r.end(), pos)
            if end is not None:
                return end
    return _org_name_end(ctx, m.start("name"), m.end("name"), pos)


_ORG_NAME_MAX = 6  # syllables of the capitalised name after an organisation's noun


def _org_ends_at(ctx: Context, run_start: int, end: int) -> bool:
    """Does an organisation whose name opens the capitalised run at ``run_start`` end at
    ``end``? ("Giám đốc Công ty TNHH Minh Phát | Trần Văn Hải": a person after it)."""
    sh = ctx.shadow
    for m in _patterns()["named_org"].finditer(sh, max(0, run_start - 60), end):
        if m.start() > run_start:
            break
        if run_start <= m.start("name"):
            return _named_org_end(ctx, m.start()) == end
    return False


def _org_name_end(ctx: Context, start: int, end: int, org_start: int) -> int | None:
    """End of an organisation's own name in the capitalised run ``start:end``: the place the
    gazetteer knows, or the whole run up to a title or body word, as organisations are named
    after people and trades as much as places ("Trường Trung học cơ sở Đoàn Thị Điểm", "Công
    ty TNHH Thủy sản Mê Kông Xanh")."""
    known = place_name(ctx, start, end, None)
    t, sh = ctx.tables, ctx.shadow
    syl = _syllables(sh, start, end)
    # a title or a worker's noun before the organisation: a name after it is that person's
    lead = sh[max(0, org_start - 25) : org_start].rstrip()
    titled = role_before(ctx, org_start) is not None or lead.endswith(t.org_member_cues)
    for i, (s, e) in enumerate(syl):
        if not i:
            continue
        word = sh[s:e]
        if t.re_blocker.match(sh, s) or word in t.admin_nouns:
            syl = syl[:i]  # a title or body, or a place's noun: "… Lê Quý Đôn Quận 3"
            break
        if titled and word in t.surnames and 2 <= len(syl) - i <= 4:
            syl = syl[
                :i
            ]  # a person after the organisation: "Giám đốc HTX Tân Tiến Nguyễn Văn Hùng"
            break
    if not syl or len(syl) > _ORG_NAME_MAX:
        return known
    if known is not None and known > syl[-1][1]:
        return syl[-1][1] if len(syl) > 1 else known
    return max(known or 0, syl[-1][1])


def _lower_phrases(low: str) -> list[str]:
    """Words and two-word phrases of " tổ chức hội": ["tổ", "chức", "hội", "tổ chức", "chức hội"]."""
    w = low.split()
    return w + [f"{a} {b}" for a, b in zip(w, w[1:], strict=False)]


# admin nouns whose units may be named by a number: "phường 3", "Quận 1", "khóm 4", "ấp 2"
_NUMBERED = frozenset(
    f
    for n in (
        "phường",
        "quận",
        "khóm",
        "ấp",
        "thôn",
        "tổ dân phố",
        "khu phố",
        "tiểu khu",
        "khối phố",
    )
    for f in (n, n[:1].upper() + n[1:])
)


def _level(t: Tables, noun: str) -> str:
    return t.admin_nouns[noun]


def _kind(noun: str) -> str:
    return noun.lower().rstrip(".").replace("tp", "thành phố")


def org_bodies(ctx: Context) -> Iterator[Cand]:
    """Party and State bodies with their place.

    e.g. "Tỉnh ủy Điện Biên", "Ban Tổ chức Tỉnh ủy Điện Biên", "Đảng bộ xã Yên Lập",
    "UBND xã Hòa Phú", "BCH Đảng bộ tỉnh Điện Biên"; not "Tỉnh ủy" alone.
    """
    t, sh = ctx.tables, ctx.shadow
    re_admin = t.re_admin
    run = regex.compile(CAP_RUN)
    for m in t.re_head.finditer(sh):
        pos = m.end()
        if pos >= len(sh) or sh[pos] != " ":
            continue
        if m.group("committee"):
            # rule committee_place — e.g. "Huyện ủy Tuần Giáo", "Thị ủy Mường Lay"
            r = run.match(sh, pos + 1)
            if not r:
                continue
            end = place_name(ctx, r.start(), r.end(), t.committees[m.group("committee")])
            if end is None:
                continue
            level = t.committees[m.group("committee")]
            if m.group("committee").startswith("Đoàn ") and not m.group("subs"):
                after = sh[end : end + 30].lstrip(" ,").lower()
                before = sh[max(0, m.start() - 12) : m.start()].rstrip().lower()
                if after.startswith(t.delegation_after) or before.endswith(t.delegation_before):
                    continue  # "Đoàn tỉnh Quảng Ninh tham gia …": a delegation
            kind = {"thị ủy": "thị xã", "quận ủy": "quận", "thành ủy": "thành phố"}.get(
                m.group("committee").lower()
            )
            begin = m.start()
            subs = m.group("subs")
            if subs.startswith("Thường trực") and (
                sh.endswith("Bí thư ", 0, begin) or subs != "Thường trực "
            ):
                # "Phó Bí thư Thường trực Tỉnh ủy …" is a title; "Thường trực Ban Tổ chức …"
                # the standing members of an organ, not a body of their own
                begin += len("Thường trực ")
            yield Cand(
                begin,
                end,
                "ORG",
                "committee_place",
                PRIO_ORG,
                (sh[r.start() : end], level, kind),
            )
        else:
            # rule body_admin_place — e.g. "Đảng ủy phường Hưng Bình", "Chi bộ ấp Chợ Dưới",
            # and stacked bodies: "Đảng ủy Công an tỉnh Lạng Sơn"
            for _ in range(2):
                h = t.re_head.match(sh, pos + 1)
                if not (h and h.group("body") and not h.group("subs")):
                    break
                if not sh.startswith(" ", h.end()):
                    break
                pos = h.end()
            a = re_admin.match(sh, pos + 1)
            if not a:
                # rule body_named_org — e.g. "Đảng bộ Trường Đại học Tây Bắc"
                end = _named_org_end(ctx, pos + 1)
                if end is not None:
                    yield Cand(m.start(), end, "ORG", "body_named_org", PRIO_ORG)
                continue
            noun = a.group("noun")
            level = _level(t, noun)
            end = _admin_place_end(ctx, a, level)
            if end is None:
                continue
            yield Cand(m.start(), end, "ORG", "body_admin_place", PRIO_ORG,
                       (sh[a.start("name") : end], level, _kind(noun)))  # fmt: skip


_DESC_WORD = regex.compile(r"(, | - | )?([\p{L}\p{M}]++)")
_COMMITTEE_WORD = frozenset({"ủy", "Ủy"})  # "Ban Thường vụ Huyện ủy …": a committee's own rules


def org_institutions(ctx: Context) -> Iterator[Cand]:
    """rule institution_place — an institution named by a description, then its place: "Ban Quản
    lý dự án đầu tư xây dựng huyện Quế Sơn", "Trung tâm Văn hóa, Thông tin và Thể thao huyện Ba
    Chẽ", "Trạm Y tế xã Đồn Đạc".

    The description opens with a capital; every lowercase syllable in it must be one of the
    words institutions are named with (``institution_words``: "dự án", "đa khoa", "nông thôn"),
    so a verb ends it and nothing is read: "Hội Nông dân huy động hội viên xã Tân Lập", "Ban Chỉ
    đạo yêu cầu xã Yên Lập". A person's name ("Chi bộ Vàng A Dơ bản …"), a committee ("Ban
    Thường vụ Huyện ủy …") or another body ("… và Ban Dân vận huyện …") also ends it."""
    t, sh = ctx.tables, ctx.shadow
    allowed = t.institution_words
    for m in t.re_institution.finditer(sh):
        pos, n, prev, run_start = m.end(), 0, "", True
        listing = False  # "Văn hóa, Thông tin và …": a list of names, closed by "và"
        while n < 14:  # "Ban Chỉ đạo phòng, chống tham nhũng, lãng phí, tiêu cực tỉnh …"
            w = _DESC_WORD.match(sh, pos)
            if w is None or (n == 0 and w.group(1)):
                break
            at, sep, word = w.start(2), w.group(1) or "", w.group(2)
            # "nông thôn mới", "Bảo trợ xã hội": no village, no commune
            compound = (prev.lower() == "nông" and word.lower() == "thôn") or (
                word == "xã" and sh.startswith(" hội", w.end())
            )
            if n > 0 and sep == " " and not compound:
                a = t.re_admin.match(sh, at)
                if a is not None:
                    if listing or prev == "và":
                        break  # "Ban Tuyên giáo, Dân vận, Tổ chức huyện …", "… và xã Yên Lập"
                    noun = a.group("noun")
                    level = _level(t, noun)
                    end = _admin_place_end(ctx, a, level)
                    if end is not None:
                        place = (sh[a.start("name") : end], level, _kind(noun))
                        yield Cand(m.start(), end, "ORG", "institution_place", PRIO_ORG, place)
                    break
            if (
                word in _COMMITTEE_WORD
                or (n == 0 and word in t.institution_not_first)
                or word in t.institution_events
            ):
                break  # "Trạm Bơm …", "Ban Tổ chức Giải Việt dã …": a facility, an event
            capital = word[0].isupper()
            if not capital:
                # a capitalised word's own second syllable stays ("Chỉ đạo", "Kiểm lâm")
                second = sep == " " and prev[:1].isupper() and run_start
                if word not in allowed and not second:
                    break  # a verb or a function word: no institution's name
                if n > 0 and word in t.admin_nouns and not compound:
                    break  # "Trung tâm Y tế huyện và …": a place noun with no name ends it
                if word == "và":
                    listing = False
            elif n > 0 and (t.re_institution.match(sh, at) or t.re_head.match(sh, at)):
                break  # "Hội Nông dân, Hội Phụ nữ xã …", "… và Ban Dân vận huyện …": two bodies
            elif word in t.surnames and regex.match(r" \p{Lu}", sh[w.end() : w.end() + 2]):
                break  # "Chi bộ Vàng A Dơ bản Huổi Lóng": a person's name
            elif sep == ", ":
                listing = True
            run_start = capital and not prev[:1].isupper()
            pos, n, prev = w.end(), n + 1, word


def _admin_place_end(ctx: Context, a: regex.Match[str], level: str) -> int | None:
    """End of the place named after an administrative noun, or None when there is none.

    e.g. "xã Yên Lập" -> end of "Yên Lập"; "khóm 3" -> end of "3" (a numbered unit's
    official name); "năm 3" -> None (not a unit that is numbered)."""
    noun = a.group("noun")
    if a.group("name")[0].isdigit():
        # a unit's number is short ("ấp 2", "Phường 12"); "thôn, ấp 445" is a count
        return a.end() if noun in _NUMBERED and len(a.group("name")) <= 2 else None
    end = place_name(ctx, a.start("name"), a.end("name"), level, noun)
    if end is not None and ctx.shadow[a.start("name") : end] in ctx.tables.not_names:
        return None  # "chỉ tiêu huyện Hội giao": the district's association, no place "Hội"
    return end


_NAME_WORDS = regex.compile(r"\p{Lu}[\p{Lu}\p{M}']*+(?: \p{Lu}[\p{Lu}\p{M}']*+){0,3}")


def _header_line(text: str, start: int, end: int, name: str, t: Tables) -> bool:
    """Is ``text[start:end]`` a whole line of its own, a body named in a header ("HUYỆN ỦY
    THIÊN THAI"), its place ``name`` a name (no word of ``header_name_stops``: "ĐẢNG BỘ TỈNH
    LẦN THỨ XVII") that the report writes as a name elsewhere ("huyện Thiên Thai")? The place is
    then named by the line's end, known to the gazetteer or not; inside a longer line in capitals
    ("BÁO CÁO … HUYỆN X NĂM 2024") a place must be known."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip() or text[end:line_end].strip():
        return False
    named = text[start:end].split()[-len(name.split()) :]
    if not 1 <= len(named) <= 4 or any(w.lower() in t.header_name_stops for w in named):
        return False
    if not _NAME_WORDS.fullmatch(" ".join(named)):
        return False
    # the report names the place in its own text, as a name ("huyện Thiên Thai"): "HUYỆN ỦY
    # LÃNH ĐẠO", "ĐẢNG BỘ HUYỆN VỮNG MẠNH TOÀN DIỆN", "TỈNH ỦY MẬT" name none
    titled = " ".join(w[:1] + w[1:].lower() for w in named)
    return text.find(titled, 0, line_start) >= 0 or text.find(titled, line_end) >= 0


def org_caps(ctx: Context) -> Iterator[Cand]:
    """Bodies in a header written in capitals, read like their title-case form.

    e.g. "ĐẢNG BỘ HUYỆN HẢI HẬU" -> ORG (as "Đảng bộ huyện Hải Hậu"), "THỊ ỦY HÒA THÀNH";
    not "BÁO CÁO KẾT QUẢ ..." nor "NHIỆM KỲ 2020-2025": a body there must name a known place.
    """
    t, sh = ctx.tables, ctx.shadow
    stretches = [m.span() for m in _patterns()["caps"].finditer(sh)]
    if not stretches:
        return
    # everything outside the stretches becomes newlines, so no rule reads across them
    chars = ["\n"] * len(sh)
    for s, e in stretches:
        piece = sh[s:e]
        if len(piece.lower()) != len(piece):
            continue
        words = list(piece.title())  # "CAN LỘC" -> "Can Lộc"
        after_noun = -1  # end of the admin noun just read: a noun right after it is a name
        for f in t.re_caps_form.finditer(piece):
            form = t.caps_forms[f.group().lower()]
            if form in t.admin_nouns:
                if f.start() == after_noun + 1:  # "TỈNH SÓC TRĂNG": "Sóc" is no village here
                    continue
                after_noun = f.end()
            words[f.start() : f.end()] = form
        chars[s:e] = words
    cctx = Context(ctx.text, "".join(chars), t, ctx.gaz, ctx.province)
    for c in (*org_bodies(cctx), *org_fixed(cctx)):
        if c.extra.get("drop") or c.rule not in (
            "committee_place",
            "body_admin_place",
            "national_body",
            "bloc_committee",
        ):
            continue
        if c.place is not None and not _header_line(ctx.text, c.start, c.end, c.place[0], t):
            name, level, _ = c.place
            levels = {"city": ("district", "province")}.get(level, (level,))
            if not any(ctx.gaz.candidates(name, lv) for lv in levels):
                continue
        c.rule = "caps_" + c.rule
        yield c


def org_fixed(ctx: Context) -> Iterator[Cand]:
    """National bodies and bloc committees. e.g. "Bộ Chính trị", "Đảng bộ Khối ... tỉnh"."""
    p, sh, t = _patterns(), ctx.shadow, ctx.tables
    for m in p["title_body"].finditer(sh):  # kept only to shadow the body it holds
        yield Cand(m.start(), m.end(), "ORG", "title_body", PRIO_ORG, extra={"drop": True})
    for m in p["national"].finditer(sh):
        # "Ủy ban MTTQ Việt Nam phường": the Front of an unnamed unit is generic
        # (kept as a placeholder so that "Việt Nam" inside it is not read as a place)
        a = p["admin_noun"].match(sh, m.end())
        generic = bool(a) and not t.re_admin.match(sh, m.end() + 1)
        yield Cand(_organ_start(sh, m.start()), m.end(), "ORG", "national_body", PRIO_ORG,
                   extra={"drop": True} if generic else {})  # fmt: skip
    for m in p["named_org"].finditer(ctx.shadow):
        end = _named_org_end(ctx, m.start())
        if end is not None:
            yield Cand(m.start(), end, "ORG", "named_org", PRIO_ORG)
    for m in p["bloc"].finditer(ctx.shadow):
        place = (m.group("name"), "province", None) if m.group("name") else None
        yield Cand(_organ_start(sh, m.start()), m.end(), "ORG", "bloc_committee", PRIO_ORG, place)


def _organ_start(sh: str, start: int) -> int:
    """Start of the organs written right before a body at ``start``, or ``start``.
    e.g. "Ban Thường trực Ủy ban Trung ương ..." -> the start of "Ban Thường trực"."""
    if start < 2 or sh[start - 1] != " ":
        return start
    o = _patterns()["organ_before"].search(sh, max(0, start - 60), start)
    return o.start() if o else start


def loc_admin(ctx: Context) -> Iterator[Cand]:
    """Places after an administrative noun, and the lists that follow them.

    e.g. "huyện Chiêm Hóa" (LOC with its noun), "thị xã Duyên Hải";
    in a generic list "các đảng bộ huyện Điện Biên, Mường Ảng" the names alone.
    """
    t, sh = ctx.tables, ctx.shadow
    p = _patterns()
    listed: set[int] = set()  # starts of places already read as items of a generic list
    for a in _scan("admin", t.re_admin, sh, ctx):
        if a.start() in listed:
            continue
        if sh.startswith("ià ", a.start() - 3):  # "Già làng Y Khu Niê": a title, then a person
            continue
        noun = a.group("noun")
        level = _level(t, noun)
        if level == "village" and noun[:1].isupper() and _noun_in_name(ctx, a):
            continue  # "Sóc Trăng", "Buôn Ma Thuột": the noun is the first word of the name
        end = _admin_place_end(ctx, a, level)
        if end is None:
            continue
        name = sh[a.start("name") : end]
        if level != "village":
            ctx.learned.setdefault(name.lower(), level)
        g = p["generic_before"].search(sh, max(0, a.start() - 40), a.start())
        bare = bool(g) and (
            not (g.group("body") or g.group("body2")) or bool(p["list_next"].match(sh, end))
        )
        start = a.start("name") if bare else a.start()
        rule = "generic_body_place" if bare else "admin_noun_place"
        yield Cand(start, end, "LOC", rule, PRIO_LOC, (name, level, _kind(noun)))
        # rule place_list — e.g. "huyện Điện Biên, Mường Ảng, Mường Chà"
        pos = end
        while True:
            n = p["list_next"].match(sh, pos)
            if not n:
                break
            nnoun = n.group("noun")
            if nnoun and level == "village" and nnoun[:1].isupper() and _level(t, nnoun) == level:
                # "các chi bộ thôn Nà Lẹng, Bản Cáu": a capitalised village noun opens the name
                nend = place_name(ctx, n.start("noun"), n.end("name"), level)
                if nend is None or not bare:
                    break
                yield Cand(n.start("noun"), nend, "LOC", "place_list", PRIO_LOC,
                           (sh[n.start("noun") : nend], level, _kind(noun)))  # fmt: skip
                pos = nend
                continue
            nlevel = _level(t, nnoun) if nnoun else level
            nend = place_name(ctx, n.start("name"), n.end("name"), nlevel, nnoun)
            if nend is None:
                break
            nname = sh[n.start("name") : nend]
            # villages are not in the gazetteer: after a plural head ("các thôn Hòa Thạch, Tích
            # Phú, Phú Hòa") the list itself says its names are villages
            if not nnoun and not ctx.gaz.candidates(nname, nlevel):
                if not (bare and nlevel == "village"):
                    break
                if _listed_place_end(ctx, n.start("name"), nend, nlevel, noun, True) is None:
                    break  # "các thôn Nà Khà, Nà Ngòa, Hội Nông dân xã …": the list has ended
            if n.group("noun"):
                if bare:
                    listed.add(n.start("noun"))
                nstart = n.start("name") if bare else n.start("noun")
                kind = _kind(n.group("noun"))
            else:
                nstart, kind = n.start("name"), _kind(noun)
            yield Cand(nstart, nend, "LOC", "place_list", PRIO_LOC, (nname, nlevel, kind))
            pos = nend


# A name a cue word places (an admin noun and its adjective) is a place even when it opens
# with a surname: it wins a tie of equal spans with a person's name read from the surname.
PRIO_CUED = PRIO_ORG


def loc_modified(ctx: Context) -> Iterator[Cand]:
    """Names after an admin noun and an adjective or copula, and the list that follows them.
    e.g. "ba xã miền núi Kim Thủy, Ngân Thủy, Lâm Thủy" -> three communes (the names alone,
    as in a generic list "các xã …"); "làng nghề mộc La Xuyên" -> a village."""
    t, sh = ctx.tables, ctx.shadow
    if not t.admin_modifiers:
        return
    p = _patterns()
    for a in _scan("admin", p["modified_admin"], sh, ctx):  # (the admin nouns' positions)
        noun = a.group("noun")
        level = _level(t, noun)
        head = sh[max(0, a.start() - 12) : a.start()]
        if p["title_before"].search(head):
            continue  # "Trưởng bản vùng cao Giàng A Páo": a title, then a person
        counted = bool(p["counted_before"].search(head))
        copula = a.group("mod") in ("là", "gồm", "gồm các")
        if copula and head.endswith(("của ", "Của ")):
            continue  # "Người có uy tín của bản là Giàng A Chư": what the village's X is
        if a.group("mod") in ("gồm", "gồm các") and not counted:
            continue  # "Ban Chỉ đạo của xã gồm …": its members; "hai xã gồm …" lists places
        pos = a.start("name")
        first = True
        while True:
            if first:
                s, e = a.start("name"), a.end("name")
            else:
                n = p["list_next"].match(sh, pos)
                if not n or n.group("noun"):
                    break
                s, e = n.start("name"), n.end("name")
            end = _listed_place_end(ctx, s, e, level, noun, counted, copula)
            if end is None:
                break
            yield Cand(s, end, "LOC", "modified_admin_list", PRIO_CUED,
                       (sh[s:end], level, _kind(noun)))  # fmt: skip
            pos, first = end, False


def _listed_place_end(
    ctx: Context, start: int, end: int, level: str, noun: str, counted: bool, copula: bool = False
) -> int | None:
    """End of a place name a cue word lists, or None: two syllables or more ("Lễ hội" is cut to
    "Lễ"), opening with no word of a body, title or institution ("Hội Nông dân", "Bí thư",
    "Trạm Y tế"), and a village's with a surname only after a count or plural word ("hai bản
    là Lò Suối Tủng, Sin Suối Hồ", not "Người có uy tín của bản là Giàng A Chư")."""
    t, sh = ctx.tables, ctx.shadow
    syl = _syllables(sh, start, end)
    if not syl or sh[syl[0][0] : syl[0][1]] in t.body_first_words:
        return None
    if copula and level == "village" and sh[syl[0][0] : syl[0][1]] in t.surnames and not counted:
        return None  # "Người có uy tín của bản là Giàng A Chư": a person
    got = place_name(ctx, start, end, level, noun)
    if got is None:
        return None
    if len(_syllables(sh, start, got)) < 2:
        # one syllable: a known place ("Đakrông"), not the capital of a phrase ("Lễ hội")
        name = sh[start:got]
        known = name.lower() in ctx.learned or any(
            ctx.gaz.candidates(name, lv) for lv in ("province", "district", "commune")
        )
        return got if known else None
    return got


def _noun_in_name(ctx: Context, a: regex.Match[str]) -> bool:
    """True when a capitalised village noun and the words after it are a known province or
    district. E.g. "Sóc Trăng", "Buôn Đôn"; not "Bản Phiệt" (a village)."""
    syl = _syllables(ctx.shadow, a.start("name"), a.end("name"))
    return any(ctx.gaz.is_place(ctx.shadow[a.start() : syl[j][1]]) for j in range(min(len(syl), 3)))


def _feature_end(ctx: Context, start: int, end: int) -> int | None:
    """End of a feature's name in the run ``start:end``: the whole run up to a title or a
    body, when 1-4 syllables. The gazetteer does not cut it ("sông Vàm Cỏ Đông", not
    "Vàm Cỏ"), and a surname may open it ("sông Thạch Hãn", "cầu Trần Thị Lý")."""
    t, sh = ctx.tables, ctx.shadow
    syl = _syllables(sh, start, end)
    for i, (s, _) in enumerate(syl):
        if i and t.re_blocker.match(sh, s):
            syl = syl[:i]
            break
    if not syl:
        return None
    if len(syl) > 4:
        return place_name(ctx, start, end, None)
    return syl[-1][1]


def loc_features(ctx: Context) -> Iterator[Cand]:
    """Rivers, bridges, zones, roads and regions. e.g. "sông Hậu", "Quốc lộ 53", "Tây Nguyên"."""
    p = _patterns()
    sh = ctx.shadow
    t = ctx.tables
    for m in _scan("feature", p["feature"], sh):
        if _prev_word(sh, m.start()) in t.feature_stops:  # "các huyện miền núi An Lão"
            continue
        end = _feature_end(ctx, m.start("name"), m.end("name"))
        if end is not None:
            yield Cand(m.start(), end, "LOC", "named_feature", PRIO_LOC)
    for m in _scan("route", p["route"], sh):
        end = place_name(ctx, m.start("a"), m.end("a"), None)
        if end is None:
            continue
        if m.group("b") and end == m.end("a"):  # both end points: "Cam Lộ - La Sơn"
            end = place_name(ctx, m.start("b"), m.end("b"), None) or end
        yield Cand(m.start(), end, "LOC", "route_name", PRIO_LOC)
    for m in p["road"].finditer(sh):
        yield Cand(m.start(), m.end(), "LOC", "numbered_road", PRIO_LOC)
    for m in p["region"].finditer(sh):
        # "phía Tây Bắc tỉnh Lào Cai": a direction, not the region
        if m.group() in t.directions and _prev_word(sh, m.start()) in t.direction_contexts:
            continue
        if " " not in m.group() and not _alone(ctx, m.start(), m.end()):
            continue  # "huyện Long Mỹ", "chị Mỹ": a one-word country only on its own
        if m.group() in t.country_attributive:
            prev = _prev_word(sh, m.start())
            if prev.isalpha() and prev.islower() and prev not in t.place_prepositions:
                continue  # "nông dân Việt Nam", "doanh nhân Việt Nam": whose, not where
        yield Cand(m.start(), m.end(), "LOC", "region_name", PRIO_BARE)


def _alone(ctx: Context, start: int, end: int) -> bool:
    """True when no capitalised word touches ``start:end`` and no person cue precedes it.
    E.g. "sang Trung Quốc, Úc, Mỹ" -> True for "Mỹ"; "Long Mỹ", "anh Mỹ" -> False."""
    sh = ctx.shadow
    prev = _prev_word(sh, start)
    if sh[start - 1 : start] == " " and prev[:1].isupper() and prev[-1:].isalpha():
        return False
    if sh[end : end + 1] == " " and sh[end + 1 : end + 2].isupper():
        return False
    return prev not in ctx.tables.person_cues


def _prev_word(sh: str, pos: int) -> str:
    """The word right before ``pos``. e.g. ("phía Tây Bắc", 5) -> "phía"."""
    return sh[max(0, pos - 20) : pos].rstrip().rsplit(" ", 1)[-1]


def _person_run(ctx: Context, start: int, end: int, strict: bool) -> int | None:
    """End of a person's name in the run, or None. 2-4 syllables, stops before a title."""
    t, sh = ctx.tables, ctx.shadow
    syl = _syllables(sh, start, end)
    for i, (s, _) in enumerate(syl):
        if t.re_blocker.match(sh, s):
            syl = syl[:i]
            break
    if not 2 <= len(syl) <= 4:
        return None
    first = sh[syl[0][0] : syl[0][1]]
    if strict and first not in t.surnames and not (first in t.name_openers or first[1:2] == "'"):
        return None  # (a name may open with "Thị", "Y" or "H'", "K'": "chị Thị Bình")
    name = sh[syl[0][0] : syl[-1][1]]
    if ctx.gaz.is_place(name) and (len(syl) < 3 or _local_place(ctx, name)):
        return None
    return syl[-1][1]


def _local_place(ctx: Context, name: str) -> bool:
    """True when a place name that reads like a person's is the report's own place.

    E.g. "Hoàng Su Phì" in a Hà Giang report (a district there), or any name the
    text has written with its admin noun ("huyện Trần Văn Thời"); "Hồ Chí Minh" alone
    stays the person.
    """
    k = name.lower()
    if ctx.learned.get(k) in ("district", "commune"):
        return True
    units = ctx.gaz.legacy["district"].get(k, ())
    return any(u.province_code == ctx.province for u in units)


def role_after(ctx: Context, end: int) -> str | None:
    """The role stated after a name. e.g. ", Bí thư Đảng ủy xã Yên Lập cho biết" -> "Bí thư Đảng ủy xã Yên Lập"."""
    t, sh = ctx.tables, ctx.shadow
    if not sh.startswith(", ", end):
        return None
    stop = len(sh)
    for ch in '.;:\n()“"':
        i = sh.find(ch, end + 2, stop)
        if i != -1:
            stop = i
    chunks: list[tuple[int, int]] = []
    pos = end + 2
    while pos < stop:
        nxt = sh.find(", ", pos, stop)
        cend = stop if nxt == -1 else nxt
        if not (t.re_title_start.match(sh, pos) or t.re_head.match(sh, pos)):
            break
        rs = _patterns()["role_stop"].search(sh, pos, cend)
        if rs:
            chunks.append((pos, rs.start()))
            break
        chunks.append((pos, cend))
        pos = cend + 2
    if not chunks:
        return None
    role = ctx.text[chunks[0][0] : chunks[-1][1]].strip(" ,")
    return role or None


def role_before(ctx: Context, start: int) -> str | None:
    """A title right before a name. e.g. "Bí thư Tỉnh ủy Lò Văn Sơn" -> "Bí thư Tỉnh ủy"."""
    t, sh = ctx.tables, ctx.shadow
    lo = max(0, start - 80)
    window = sh[lo:start]
    cut = max(window.rfind(c) for c in ",.;:\n(")
    seg_start = lo + cut + 1
    seg = sh[seg_start:start]
    lead = len(seg) - len(seg.lstrip())
    m = t.re_title_start.search(sh, seg_start + lead, start)
    if not m:
        return None
    role = ctx.text[m.start() : start].strip()
    return role or None


def per_rules(ctx: Context) -> Iterator[Cand]:
    """People: after "Đồng chí"/"ông", in bylines, on signature lines, or by surname.

    e.g. "Đồng chí Triệu Kim Dung, Bí thư Đảng ủy xã Yên Lập" -> PER "Triệu Kim Dung"
    with role "Bí thư Đảng ủy xã Yên Lập"; "Bài, ảnh: Bàn Thanh" -> PER "Bàn Thanh".
    """
    t, sh = ctx.tables, ctx.shadow
    p = _patterns()
    for m in p["cue"].finditer(sh):
        end = _person_run(ctx, m.start("run"), m.end("run"), t.person_cues[m.group("cue")])
        if end is not None:
            yield Cand(m.start("run"), end, "PER", "comrade_name", PRIO_PER,
                       role=role_after(ctx, end) or role_before(ctx, m.start("run")))  # fmt: skip
    for m in p["byline"].finditer(sh):
        end = _person_run(ctx, m.start("run"), m.end("run"), False)
        if end is not None:
            yield Cand(m.start("run"), end, "PER", "byline", PRIO_PER, role=role_after(ctx, end))
    for m in p["caps_name"].finditer(sh):
        words = m.group("run").split(" ")
        titled = " ".join(w[:1] + w[1:].lower() for w in words)
        if titled.split(" ")[0] not in t.surnames or ctx.gaz.is_place(titled):
            continue
        if t.re_blocker.match(titled):
            continue
        yield Cand(m.start("run"), m.end("run"), "PER", "caps_name", PRIO_PER)
    for m in p["signature"].finditer(sh):
        nxt = m.end()
        if t.re_head.match(sh, nxt) or p["national"].match(sh, nxt):
            line_end = sh.find("\n", nxt)
            role = ctx.text[nxt : line_end if line_end != -1 else len(sh)].strip()
            yield Cand(
                m.start("run"), m.end("run"), "PER", "signature_line", PRIO_PER, role=role or None
            )
    for m in p["run"].finditer(sh):
        # rule surname_name — e.g. "Nguyễn Văn Gọn", "tư tưởng Hồ Chí Minh", and after a
        # place in the same run: "Bí thư Huyện ủy Tuần Giáo Trần Quốc Tuấn"; not "đường Trần Phú"
        syl = _syllables(sh, m.start(), m.end())
        for i, (s, _) in enumerate(syl):
            if sh[s : syl[i][1]] not in t.surnames:
                continue
            if i > _MAX_PLACE_SYLLABLES:
                break  # the run before is longer than any place name: no name can follow
            before = sh[m.start() : syl[i - 1][1]] if i else ""
            # a place the run opens with: a province or district, or a commune the text
            # has named with its noun ("Bí thư Đảng ủy xã Tân Hợp Lò Văn Sơn")
            if i and not (
                ctx.gaz.is_place(before)
                or before.lower() in ctx.learned
                or _org_ends_at(ctx, m.start(), syl[i - 1][1])
            ):
                continue
            prev = sh[max(0, s - 20) : s].rstrip().rsplit(" ", 1)[-1]
            if prev in t.eponym_contexts:
                break
            end = _person_run(ctx, s, m.end(), True)
            if end is None:
                continue
            if not i and ctx.learned.get(sh[s:end].lower()) in ("district", "commune"):
                # "Xã Danh Thắng …" then "Danh Thắng": the place the text named (not a city
                # named after a person: "Hồ Chí Minh" alone stays the person)
                break
            yield Cand(s, end, "PER", "surname_name", PRIO_PER,
                       role=role_after(ctx, end) or role_before(ctx, s))  # fmt: skip
            break


# Longest administrative name in syllables ("Thành phố Hồ Chí Minh" has 5); bounds the
# place-before-a-name test so a long capitalised run costs linear, not quadratic, time.
_MAX_PLACE_SYLLABLES = 8


def loc_dateline(ctx: Context) -> Iterator[Cand]:
    """The place of issue before the date. e.g. "Vũ Hội, ngày 05 tháng 12 năm 2024" -> LOC
    "Vũ Hội" (it wins over the person a surname would read: the line's form decides)."""
    t, sh, gaz = ctx.tables, ctx.shadow, ctx.gaz
    for m in _patterns()["dateline"].finditer(sh):
        s, e = m.span("run")
        syl = _syllables(sh, s, e)
        if len(syl) > 4 or t.re_blocker.match(sh, s):
            continue
        name = sh[s:e]
        level = next(
            (lv for lv in ("province", "district", "commune") if gaz.candidates(name, lv)), None
        )
        yield Cand(s, e, "LOC", "place_date_line", PRIO_ORG, (name, level, None) if level else None)


def loc_bare(ctx: Context) -> Iterator[Cand]:
    """Place names without a noun: provinces anywhere, districts of the report's province,
    communes the text has named with their noun, and a whole capitalised run that is a
    commune of the report's province.

    e.g. "Điện Biên là tỉnh miền núi", "ở Chiêm Hóa", "Hưng Bình là phường",
    "du lịch Măng Đen" (a township of Kon Plông, in a Kon Tum report)
    """
    gaz, sh, t = ctx.gaz, ctx.shadow, ctx.tables
    provinces, districts = gaz.legacy["province"], gaz.legacy["district"]
    communes = gaz.legacy["commune"]
    for m in _patterns()["run"].finditer(sh):
        syl = _syllables(sh, m.start(), m.end())
        i = 0
        while i < len(syl):
            for j in range(min(len(syl), i + 4), i + 1, -1):
                s, e = syl[i][0], syl[j - 1][1]
                k = sh[s:e].lower()
                level = None
                if k in provinces:
                    level = "province"
                elif k in districts and any(u.province_code == ctx.province for u in districts[k]):
                    level = "district"
                elif k in ctx.learned:
                    level = ctx.learned[k]
                elif (
                    i == 0
                    and j == len(syl)
                    and ctx.province
                    and k in communes
                    and sh[s : syl[0][1]] not in t.surnames
                    and any(u.province_code == ctx.province for u in communes[k])
                    and sh[max(0, s - 20) : s].rstrip().rsplit(" ", 1)[-1] not in t.eponym_contexts
                ):
                    level = "commune"
                if level:
                    yield Cand(s, e, "LOC", "gazetteer_name", PRIO_BARE, (sh[s:e], level, None))
                    i = j - 1
                    break
            i += 1


def ethnic_spans(ctx: Context) -> list[tuple[int, int]]:
    """Spans that name a people, not a person or a place. e.g. "đồng bào Vân Kiều, Pa Kô".

    A run that is exactly a people's name is one anywhere, unless it is also a place or
    a country ("Lào"); then only after a context word ("dân tộc Lào"). After a context
    word, every run of the list is a people unless the gazetteer knows it as a place.
    """
    t, sh, gaz = ctx.tables, ctx.shadow, ctx.gaz
    p = _patterns()
    places = {key(f) for f in t.standalone_places}
    out: set[tuple[int, int]] = set()
    for m in p["ethnic"].finditer(sh):
        lo, hi = m.start("run"), m.end("more") if m.group("more") else m.end("run")
        for r in p["cap_run"].finditer(sh, lo, hi):
            k = key(r.group())
            if k in t.ethnic_groups or not (k in places or gaz.is_place(r.group())):
                out.add((r.start(), r.end()))
    common = t.non_names
    for r in p["run"].finditer(sh):
        k = key(r.group())
        if k in t.ethnic_groups and k not in places and not gaz.is_place(r.group()):
            out.add((r.start(), r.end()))
        # never an entity: "vụ Hè Thu", "Tết Giáp Thìn" (see ``non_names``)
        g = r.group()
        if g in common or g.partition(" ")[2] in common:
            ctx.common.append((r.start(), r.end(), k))
    return sorted(out)


def common_spans(ctx: Context) -> list[tuple[int, int]]:
    """The ``non_names`` runs ethnic_spans found, less those the text names as a unit
    ("xã Đông Xuân ... Đông Xuân"); call after loc_admin. e.g. "vụ Hè Thu" -> its run."""
    return [(s, e) for s, e, k in ctx.common if k not in ctx.learned]


def furniture_spans(ctx: Context) -> list[tuple[int, int]]:
    """Lines of page furniture. e.g. "Báo Kon Tum - Trang 1" (a running footer)."""
    return [(m.start(), m.end()) for m in _patterns()["furniture"].finditer(ctx.shadow)]
