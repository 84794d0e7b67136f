"""Legal references: Party and State documents cited in a report.

"Nghị quyết số 04-NQ/TU ngày 23-5-2016 của BCH Đảng bộ tỉnh Điện Biên về “...”" ->
one ``legal_ref`` whose text runs from the type word to the end of the number, symbol
and date (the title is an attribute, not part of the span). Short later mentions
("Nghị quyết 04", "quy định 76", even a truncated "Nghị 09") point to the full
reference of the same report through ``alias_of``. Every mention gets a ``ref_key``
"doc_type|symbol-or-number|issuer place|date-or-term" that identifies the cited
document across the corpus: a Party symbol is unique only together with the
committee that issued it, so local symbols carry the province (and district) of
their issuer, from the issuer named in the text or else from the report itself.

>>> [m.attrs["ref_key"] for m in extract_text("Tỉnh ủy Nghệ An ban hành Nghị quyết số 09-NQ/TU ngày 13-3-2012.")]
['Nghị quyết|09-NQ/TU|Nghệ An|2012-03-13']
"""

from __future__ import annotations

from collections import Counter
from itertools import product
from typing import Any

import regex

from ...records import Document, Mention, Options
from ..dates.parse import DASH, DMY_NUMERIC, DMY_WORDS, day_from_match, roman_to_int, tone_tolerant
from ..dates.rules import PARTY_TERMS, TONE_VARIANTS
from ..figures.rules import counted_noun_at
from . import rules

NAME = "legal_refs"
ASSIGNS = ("legal_ref",)
OPTION = None


def _alt(words: Any) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


def _either_case(word: str) -> str:
    first = word[0]
    return f"[{first.upper()}{first.lower()}]{regex.escape(word[1:])}"


_TYPES = "|".join(
    _either_case(w) for w in sorted([*rules.DOC_TYPES, *rules.GENERIC_TYPES], key=len, reverse=True)
)
# e.g. "hành động" in "Chương trình hành động số 15-CTr/TU"
_MODS = _alt(rules.TYPE_MODIFIERS).replace(r"\ ", r"\s++")
_ROMAN = r"[IVXL]++(?!\p{L})"
_ROMAN_RUN = regex.compile(r"[IVXL]++")
_ROMAN_LIST = rf"{_ROMAN}(?:\s*+(?:,|và|{DASH})\s*+{_ROMAN})*+"


# e.g. "(khóa XI, XII)", ", khóa XII", " khóa X"
def _term_part(tag: str) -> str:
    """e.g. "(khóa XI, XII)", ", khóa XII", " khóa X"; groups named t<tag>a / t<tag>b."""
    return (
        rf"(?:\s*+\(\s*+khóa\s++(?P<t{tag}a>{_ROMAN_LIST})\s*+\)"
        rf"|\s*+,?\s*+khóa\s++(?P<t{tag}b>{_ROMAN_LIST}))?"
    )


_ORDINAL = _alt(rules.ORDINALS)
# a plenum number is no amount: "Nghị quyết Trung ương 4 (khóa XII)", but not "vốn
# Trung ương 42,5 tỷ đồng" nor "Trung ương 4 tỷ đồng"
_AMOUNT_AFTER = r"\s++(?:nghìn|ngàn|vạn|triệu|tỷ|tỉ)(?!\p{L})"
_NAME = r"\p{Lu}\p{Ll}*+(?:\s++\p{Lu}\p{Ll}*+){0,3}"
_LEVEL = _alt(rules.PARTY_LEVELS)
_NOT_NUMBER = (
    rf"(?![\d/]|[.,]\d|\s*+{DASH}\s*+\d|\s*+%|\s++(?:{_alt(rules.NOT_A_NUMBER_AFTER)})(?!\p{{L}}))"
)

# e.g. "04-NQ/TU", "09 – NQ/TU", "14-QĐi/TU", "02-NQ/ĐUK"
_PARTY_SYMBOL = (
    rf"(?P<pnum>\d{{1,5}})\s*+{DASH}\s*+(?P<pabbr>{_alt(rules.PARTY_TYPE_CODES)})"
    r"\s*+/\s*+(?P<piss>[A-ZĐ][A-Za-zĐđ]*+)(?![\w-])"
)
# e.g. "04/2016/NĐ-CP", "15/2023/TT-BNV", "22/2008/QH12", "1234/QĐ-UBND", "27/KH-MTTQ-BTT"
_STATE_SYMBOL = (
    r"(?P<snum>\d{1,5})/(?:(?P<syear>\d{4})/)?(?P<sabbr>[A-ZĐ]{1,5}+)"
    r"(?:(?P<sqh>\d{1,2})|-(?P<siss>[A-ZĐ][A-Za-zĐđ]*+(?:-[A-ZĐ][A-Za-zĐđ]*+(?![\w/]))*))(?![\w/])"
)
# e.g. ", ngày 8/10/2018", " ngày 23-5-2016", " ngày 8 tháng 10 năm 2018"
_DATE_AFTER = regex.compile(rf"\s*+,?\s*+(?:ban hành\s++)?[Nn]gày\s++(?:{DMY_NUMERIC}|{DMY_WORDS})")

_REF = regex.compile(
    tone_tolerant(
        rf"(?<!\p{{L}})(?P<type>{_TYPES})\s++(?:"
        # e.g. "Trung ương 4 (khóa XI, XII)", "Hội nghị Trung ương 6 khóa X"
        rf"(?P<tw>(?:Hội nghị\s++)?(?:lần thứ\s++)?Trung ương\s++(?:Đảng\s++)?(?:lần thứ\s++)?"
        rf"(?P<plenum>\d{{1,2}}|{_ORDINAL})(?![\p{{L}}\d]|[.,]\d|{_AMOUNT_AFTER}){_term_part('1')})"
        # e.g. "Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII"
        rf"|(?P<tw2>Hội nghị\s++(?:lần thứ\s++)?(?P<plenum2>\d{{1,2}}|{_ORDINAL})\s++(?:Ban Chấp hành|BCH)\s++"
        rf"Trung ương(?:\s++Đảng)?{_term_part('2')})"
        # e.g. "Đại hội đại biểu Đảng bộ xã Hòa Phú lần thứ XX, nhiệm kỳ 2020 - 2025"
        rf"|(?P<dh>Đại hội\s++(?:đại biểu\s++)?(?:"
        rf"(?P<dhbody>Đảng bộ(?:\s++(?:{_LEVEL}))?(?:\s++{_NAME})?|Đảng toàn quốc|toàn quốc)"
        rf"(?:\s++(?:lần thứ\s++)?(?P<dhterm>{_ROMAN}))?"
        rf"|(?:Đảng\s++)?(?:lần thứ\s++)?(?P<dhterm2>{_ROMAN}))"
        rf"(?:\s*+,?\s*+(?:khóa\s++{_ROMAN}\s*+,?\s*+)?nhiệm kỳ\s++\d{{4}}\s*+{DASH}\s*+\d{{4}}(?!\d))?)"
        # e.g. "số 04-NQ/TU", "số 04/2016/NĐ-CP", "số 10", "04"
        rf"|(?:(?P<mod>{_MODS})\s++(?=[Ss]ố))?(?:[Ss]ố\s*+:?)?\s*+(?:{_PARTY_SYMBOL}|{_STATE_SYMBOL}|(?P<bare>\d{{1,4}}+){_NOT_NUMBER})"
        r")"
    )
)
# e.g. "Điều lệ Đảng" (not "Điều lệ Đảng bộ", nor "Điều lệ Hội")
_CHARTER = regex.compile(r"(?<!\p{L})Điều lệ Đảng(?!\s*+bộ|\p{L})")

# The issuing body: e.g. "BCH Đảng bộ tỉnh Điện Biên", "Ban Bí thư Trung ương", "Tỉnh ủy Nghệ An"
_ISSUER = tone_tolerant(
    rf"(?P<issuer>(?:(?P<iprefix>{_alt(rules.ISSUER_PREFIXES)})\s++)?"
    rf"(?P<ihead>{_alt(rules.ISSUER_HEADS)}|Bộ\s++\p{{Lu}}\p{{Ll}}*+(?:\s++\p{{L}}+){{0,3}}?(?=\s*+(?:về|,|;|\.|$)))"
    rf"(?:\s++(?:Trung ương|Đảng)(?!\s*+bộ))?"
    rf"(?:\s++(?P<ilevel>{_LEVEL}|Khối(?:\s++\p{{Ll}}+){{0,4}}?))?"
    rf"(?:\s++(?P<iname>{_NAME}))?)"
)
# e.g. ", của Ban Chấp hành Trung ương (khóa XII)" before the title
_ISSUER_AFTER = regex.compile(
    tone_tolerant(
        rf"\s*+,?\s*+(?:của|do)\s++{_ISSUER}(?:\s*+\(\s*+khóa\s++{_ROMAN_LIST}\s*+\)|\s*+,?\s*+khóa\s++{_ROMAN})?"
    )
)
# matched backwards (REVERSE), anchored where the reference starts
_ISSUER_BEFORE = regex.compile(
    rf"(?r)(?<!\p{{L}}){_ISSUER}\s++(?:(?:đã|vừa|cũng|kịp thời|đã kịp thời)\s++)?(?:ban hành|có|ra|thông qua)\s++"
)
# e.g. ' về “Tăng cường ...”', ' “về nâng cao ...”', "09về “Nâng cao ...”"
_TITLE = regex.compile(r"\s*+(?:,\s*+)?(?:[Vv]ề\s*+)?[“\"«]\s*+(?P<title>[^”\"»“\n]{2,600}+)[”\"»]")
_LEADING_VE = regex.compile(r"^[Vv]ề\s++")

_PROVINCE_NAMES: dict[str, str] = {p: p for p in rules.PROVINCES} | dict(rules.PROVINCE_ALIASES)


def _spellings(name: str) -> set[str]:
    """Every spelling ``tone_tolerant`` accepts: each modern tone sequence or its old
    form. E.g. "Hòa Bình" -> {"Hòa Bình", "Hoà Bình"}."""
    parts = regex.split(f"({_alt(TONE_VARIANTS)})", name)
    choices = [(x, TONE_VARIANTS[x]) if x in TONE_VARIANTS else (x,) for x in parts]
    return {"".join(c) for c in product(*choices)}


def _trie(words: set[str]) -> str:
    """An alternation of literal ``words`` as a character trie: e.g. {"Hà Nam", "Hà Nội",
    "Hải Dương"} -> "H(?:à\\ N(?:am|ội)|ải\\ Dương)". It matches what the plain alternation
    sorted longest first matches, in the same order (the words that match at one place
    are prefixes of each other: the trie tries the longer first too), and it is quicker
    to scan with: a place is ruled out on its first letter, not name after name."""
    root: dict[str, Any] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [regex.escape(ch) + emit(node[ch]) for ch in sorted(k for k in node if k)]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + "|)" if "" in node else body  # "|)": nothing, after the rest

    return emit(root)


# the names in every spelling (not passed through tone_tolerant again)
_NAMES = _trie({v for n in _PROVINCE_NAMES for v in _spellings(n)})
_PROVINCE = regex.compile(rf"(?<!\p{{L}})(?P<p>{_NAMES})(?!\p{{L}})")
# e.g. "tỉnh Điện Biên", "Tỉnh ủy Nghệ An", "thành phố Hà Nội", "Thành ủy Cần Thơ"; each
# pattern starts on a literal ("ỉnh", its first letter checked behind) to scan fast
_PLACE_PATTERNS = tuple(
    regex.compile(
        tone_tolerant(
            rf"(?<=(?<!\p{{L}}){_either_case(first[0])}){regex.escape(first[1:])}"
            rf"(?:\s++(?:{_alt(w for w in nxt if w)})){'?' if '' in nxt else ''}"
        )
        + rf"\s++(?P<p>{_NAMES})(?!\p{{L}})"
    )
    for first, nxt in rules.PLACE_TRIGGERS.items()
)
_TONE_FIX = {old: modern for modern, old in TONE_VARIANTS.items()}
_OLD_TONE = regex.compile(_alt(_TONE_FIX))
# every spelling of a type word -> its key in rules.DOC_TYPES: e.g. "quy định" -> "Quy định"
_TYPE_SPELLINGS = {
    v: w for w in (*rules.DOC_TYPES, *rules.GENERIC_TYPES) for v in (w, w[0].lower() + w[1:])
}
# a law cited by name: e.g. "Luật Cán bộ, công chức năm 2008", "Luật Thủ đô năm 2024",
# "Luật Hợp tác xã số 17/2023/QH15"
_LAW = regex.compile(
    rf"Luật\s++(?P<name>{_alt(rules.LAW_NAMES)}(?!\p{{L}})"
    r"|\p{Lu}\p{Ll}*+(?:,?\s++\p{L}++){0,8}?(?=\s++năm\s++\d{4}(?!\d)))"
    r"(?:\s++năm\s++(?P<year>\d{4})(?!\d|[/.,-]\d))?"
    # its number: "Luật Hợp tác xã số 17/2023/QH15"
    r"(?:\s++số\s++(?P<lsym>(?P<lnum>\d{1,4})/\d{4}/QH\d{1,2})(?![\w/]))?"
)
# a bare number after a type word that is a year or counts something: "Kế hoạch 2024",
# "Kết luận 2 cuộc kiểm tra" (a date after it keeps it: "Chỉ thị số 05 ngày 15-5-2016")
_YEAR_NUMBER = regex.compile(r"(?:19|20)\d\d")
# Candidates are found from cheap anchors, never by scanning the text with the big
# pattern: each number looks back for a type word ("Nghị quyết số |04"), and the
# words "Trung ương", "Đại hội", "Hội nghị" look back for "Nghị quyết ".
_TYPE_ENDINGS = sorted({w[-3:] for w in rules.DOC_TYPES} | {"số", "Số"})
# a number right after a type word ("quyết 04", "số 10"), or a Party symbol ("04-NQ/");
# both start a run of digits after no word character (\s is none), which the scan
# tests first: most digits of a text go on a run and fail there at once
_NUMBER_ANCHOR = regex.compile(
    rf"\d(?<![\w/.,-]\d)(?:(?<=(?:{_alt(_TYPE_ENDINGS)}):?\s\d)|\d{{0,4}}+\s*+{DASH}\s*+"
    rf"(?:{_alt(rules.PARTY_TYPE_CODES)})\s*+/)"
)
_TYPE_BEFORE = regex.compile(
    rf"(?r)(?<!\p{{L}})(?:{_TYPES})\s++(?:(?:{_MODS})\s++(?=[Ss]ố))?(?:[Ss]ố\s*+:?\s*+)?"
)
_TYPE_BEFORE_WORD = regex.compile(rf"(?r)(?<!\p{{L}})(?:{_TYPES})\s++")
_WORD_ANCHORS = ("Trung ương", "Đại hội", "Hội nghị")
_BARE_AT = regex.compile(rf"(?<![\w/-]){_PARTY_SYMBOL}")


# the second letters of the old forms: a string holding none of them has no old form,
# which a few ``in`` tests tell quicker than a pattern search
_OLD_TONE_MARKS = tuple({old[1] for old in _TONE_FIX})


def _modern(s: str) -> str:
    """The modern tone placement: e.g. "Tỉnh uỷ" -> "Tỉnh ủy"."""
    if not any(map(s.__contains__, _OLD_TONE_MARKS)) or not _OLD_TONE.search(s):
        return s
    for old, modern in _TONE_FIX.items():
        s = s.replace(old, modern)
    return s


def _province(name: str) -> str | None:
    return _PROVINCE_NAMES.get(_modern(name)) or _PROVINCE_NAMES.get(name)


def document_province(text: str) -> str | None:
    """The province a report is about: the most frequent one after "tỉnh"/"Tỉnh ủy"...,
    else the most frequent one named at all (never "Hồ Chí Minh" alone).

    E.g. "Đảng bộ tỉnh Trà Vinh ... Tỉnh ủy Trà Vinh" -> "Trà Vinh".
    """
    counts: Counter[str] = Counter()
    for pattern in _PLACE_PATTERNS:
        for m in pattern.finditer(text):
            if (p := _province(m.group("p"))) is not None:
                counts[p] += 1
    if not counts:
        counts = Counter(
            p
            for m in _PROVINCE.finditer(text)
            if (p := _province(m.group("p"))) and p != "Hồ Chí Minh"
        )
    return counts.most_common(1)[0][0] if counts else None


def _terms(raw: str | None) -> list[str]:
    if not raw:
        return []
    return [t for t in _ROMAN_RUN.findall(raw) if roman_to_int(t) and t in PARTY_TERMS]


def _is_central(code: str | None, state: bool) -> bool:
    if not code:
        return False
    if state:
        return any(code == c or (c == "B" and code.startswith("B")) for c in rules.STATE_CENTRAL)
    info = rules.ISSUER_CODES.get(code)
    return info[1] if info else code.endswith("TW")


class _Ref:
    """A reference being built: its mention plus what linking needs."""

    __slots__ = ("mention", "state", "place", "central", "key_tail")

    def __init__(self, mention: Mention, state: bool = False) -> None:
        self.mention = mention
        self.state = state
        self.place: str | None = None
        self.central = False
        self.key_tail = ""


def _issuer_info(m: regex.Match) -> tuple[str, str | None, str | None, str | None]:
    """(issuer text, issuer code, province, district) from an ``_ISSUER`` match."""
    issuer, head, prefix, level, name = m.group("issuer", "ihead", "iprefix", "ilevel", "iname")
    issuer = issuer.strip()
    head = _modern(head)
    code = rules.ISSUER_HEADS.get(head)
    if head == "Đảng bộ":
        code = rules.PARTY_LEVELS.get(level or "")
    if head.startswith("Bộ ") and head not in rules.ISSUER_HEADS:
        code = None
    if prefix and not rules.ISSUER_PREFIXES.get(_modern(prefix), False):
        code = None
    province = _province(name) if name else None
    district = None
    if (
        name
        and not province
        and (
            head in ("Huyện ủy", "Thị ủy", "Quận ủy", "Thành ủy")
            or level in ("huyện", "thị xã", "quận", "thành phố")
        )
    ):
        district = name
    if province is None:
        pm = _PROVINCE.search(issuer)
        if pm:
            province = _province(pm.group("p"))
    return issuer, code, province, district


def _candidates(text: str) -> list[tuple[int, bool]]:
    """(offset, is a bare symbol) where a reference may start, in text order."""
    out: list[tuple[int, bool]] = []
    for d in _NUMBER_ANCHOR.finditer(text):
        p = d.start()
        t = _TYPE_BEFORE.match(text, max(0, p - 40), p)  # "Chương trình hành động số "
        if t is not None:
            out.append((t.start(), False))
        elif d.end() - p > 1:
            out.append((p, True))
    for word in _WORD_ANCHORS:
        i = text.find(word)
        while i != -1:
            t = _TYPE_BEFORE_WORD.match(text, max(0, i - 16), i)
            if t is not None:
                out.append((t.start(), False))
            i = text.find(word, i + 1)
    out.sort()
    return out


def find_references(text: str) -> list[_Ref]:
    """Every reference in ``text`` with its attributes (aliases not yet linked)."""
    refs: list[_Ref] = []
    last_end = -1
    for pos, bare in _candidates(text):
        if pos < last_end:
            continue
        m = (_BARE_AT if bare else _REF).match(text, pos)
        if m is None:
            continue
        ref = _build(text, m, bare_symbol=bare)
        if ref is not None:
            refs.append(ref)
            last_end = ref.mention.end
    i = text.find("Luật ")
    while i != -1:
        if (i == 0 or not text[i - 1].isalpha()) and (lm := _LAW.match(text, i)):
            name = lm.group("name")
            refs.append(
                _Ref(
                    _mention(
                        text,
                        i,
                        lm.end(),
                        "named_law",
                        {
                            "doc_type": "Luật",
                            "title": name,
                            "date": lm.group("year"),
                            "number": lm.group("lnum"),
                            "symbol": lm.group("lsym"),
                        },
                    ),
                    state=True,
                )
            )
            refs[-1].central = True
        i = text.find("Luật ", i + 1)
    for m in _CHARTER.finditer(text):
        refs.append(
            _Ref(_mention(text, m.start(), m.end(), "party_charter", {"doc_type": "Điều lệ"}))
        )
    refs.sort(key=lambda r: r.mention.start)
    return refs


_NO_ATTRS = dict.fromkeys(
    (
        "doc_type",
        "number",
        "symbol",
        "issuer_code",
        "issuer",
        "date",
        "title",
        "plenum",
        "term",
        "alias_of",
        "ref_key",
    )
)


def _mention(text: str, start: int, end: int, rule: str, attrs: dict[str, Any]) -> Mention:
    full = _NO_ATTRS.copy()
    full.update(attrs)
    return Mention("legal_ref", start, end, text[start:end], rule, full)


def _build(text: str, m: regex.Match, bare_symbol: bool = False) -> _Ref | None:
    start, end = m.start(), m.end()
    attrs: dict[str, Any] = {}
    state = False
    # the groups every reading looks at, in one call (a name lookup each call otherwise)
    if bare_symbol:  # _BARE_AT has the Party symbol's groups only
        word_type = typ = spelling = tw = tw2 = dh = snum = None
        pnum = m.group("pnum")
    else:
        typ, tw, tw2, dh, pnum, snum = m.group("type", "tw", "tw2", "dh", "pnum", "snum")
        spelling = _either(typ)
        word_type = rules.DOC_TYPES.get(spelling)  # None: "Văn bản"
    if tw or tw2:
        rule = "central_plenum"
        raw = m.group("plenum") or m.group("plenum2")
        plenum = int(raw) if raw.isdigit() else rules.ORDINALS.get(raw)
        terms = _terms(m.group("t1a") or m.group("t1b") or m.group("t2a") or m.group("t2b"))
        attrs.update(
            issuer_code="TW", plenum=plenum, term=(terms[0] if len(terms) == 1 else terms) or None
        )
    elif dh:
        rule = "congress"
        if word_type != "Nghị quyết":
            return None
        term = m.group("dhterm") or m.group("dhterm2")
        attrs.update(term=term if term and roman_to_int(term) else None)
        body = m.group("dhbody")
        if body:
            attrs["issuer"] = _modern(body)
    elif pnum:
        rule = "bare_symbol" if bare_symbol else "party_symbol"
        abbr, iss = m.group("pabbr", "piss")
        number = pnum
        attrs.update(number=number, symbol=f"{number}-{abbr}/{iss}", issuer_code=iss)
        word_type = word_type or rules.PARTY_TYPE_CODES[abbr]
    elif snum:
        rule = "state_symbol"
        state = True
        number, sabbr = snum, m.group("sabbr")
        year = f"/{m.group('syear')}" if m.group("syear") else ""
        if m.group("sqh"):
            symbol, code = f"{number}{year}/{sabbr}{m.group('sqh')}", sabbr
        else:
            symbol, code = f"{number}{year}/{sabbr}-{m.group('siss')}", m.group("siss")
            if sabbr not in rules.STATE_TYPE_CODES:  # "123/UBND-VX": a letter of the UBND
                code = sabbr
        attrs.update(number=number, symbol=symbol, issuer_code=code)
        word_type = word_type or rules.STATE_TYPE_CODES.get(sabbr, rules.STATE_LETTER_TYPE)
    else:
        rule = "number_only"
        attrs["number"] = m.group("bare")
        if m.group("mod"):
            return None  # "Chương trình hành động 15": only with a symbol
    if word_type is None:
        return None
    attrs["doc_type"] = word_type
    truncated = spelling == "Nghị"
    if truncated and rule != "number_only":
        return None
    # "Nghị 09", or a lowercase type word and a bare number ("quy định 76", but also the
    # verb in "đã hướng dẫn 12 chi bộ"): kept only when it aliases a full reference
    needs_alias = truncated or (
        rule == "number_only" and typ[0].islower() and "số" not in m.group(0).lower()
    )
    # the cited document's date: e.g. "..., ngày 8/10/2018"
    if rule in ("party_symbol", "state_symbol", "number_only", "bare_symbol"):
        dm = _DATE_AFTER.match(text, end)
        if dm and (value := day_from_match(dm)):
            attrs["date"] = value
            end = dm.end()
        elif rule == "number_only" and (
            (_YEAR_NUMBER.fullmatch(attrs["number"]) and "số" not in m.group(0).lower())
            or counted_noun_at(text, end)
        ):
            return None  # "Kế hoạch 2024", "Kết luận 2 cuộc kiểm tra"
    mention = _mention(text, start, end, rule, attrs)
    if needs_alias:
        mention.attrs["_needs_alias"] = True
    ref = _Ref(mention, state)
    # who issued it: after ("của Ban Bí thư") or before ("Tỉnh ủy Nghệ An đã ban hành")
    cursor = end
    im = _ISSUER_AFTER.match(text, end)
    if im is None and rule != "congress":
        window_start = max(0, start - 120)
        im = _ISSUER_BEFORE.match(text, window_start, start)
    else:
        cursor = im.end() if im else end
    if im is not None and rule != "congress":
        issuer, code, province, district = _issuer_info(im)
        attrs = mention.attrs
        attrs["issuer"] = issuer
        if attrs["issuer_code"] is None and rule == "number_only":
            attrs["issuer_code"] = code
        if province or district:
            ref.place = ", ".join(x for x in (district, province) if x)
    tm = _TITLE.match(text, cursor)
    if tm:
        title = _LEADING_VE.sub("", tm.group("title").strip()).strip(" ,;.")
        mention.attrs["title"] = title or None
    ref.central = mention.attrs["issuer_code"] == "TW" or _is_central(
        mention.attrs["issuer_code"], state
    )
    return ref


def _either(word: str) -> str:
    return _TYPE_SPELLINGS.get(word) or _modern(word[0].upper() + word[1:])


def _link_and_key(refs: list[_Ref], text: str, province: str | None) -> list[Mention]:
    full = [r for r in refs if r.mention.attrs["symbol"]]
    kept: list[_Ref] = []
    for r in refs:
        a = r.mention.attrs
        if a["symbol"] is None and a["number"] is not None:
            target = _alias_target(r, full)
            if target is not None:
                a["alias_of"] = target.mention.attrs["symbol"]
                if a["issuer_code"] is None:
                    a["issuer_code"] = target.mention.attrs["issuer_code"]
                r.central = target.central
                r.place = target.place
            elif a.pop("_needs_alias", False):
                continue  # "Nghị 09", "hướng dẫn 12" that stand for nothing in this report
        a.pop("_needs_alias", None)
        kept.append(r)
    # a district committee named once ("Thị ủy Mường Lay có Thông báo số 206-TB/ThU") is
    # the one meant by its later "BTV Thị ủy" with the same code, when it is the only one
    districts: dict[str, set[str]] = {}
    for r in kept:
        code = r.mention.attrs["issuer_code"]
        if code in _DISTRICT_CODES and r.place and _province(r.place.split(", ")[-1]) is None:
            districts.setdefault(code, set()).add(r.place)
    for r in kept:
        code = r.mention.attrs["issuer_code"]
        if code in _DISTRICT_CODES and not r.place and len(districts.get(code, ())) == 1:
            r.place = next(iter(districts[code]))
    # dates shared within the report: "05-CT/TW" undated here, dated there
    dated: dict[tuple, str] = {}
    for r in refs:
        a = r.mention.attrs
        if a["symbol"] and a["date"]:
            dated.setdefault((a["doc_type"], a["symbol"]), a["date"])
    by_symbol: dict[str, _Ref] = {r.mention.attrs["symbol"]: r for r in full}
    for r in kept:
        a = r.mention.attrs
        if a["alias_of"]:
            target = by_symbol[a["alias_of"]]
            a["ref_key"] = _key(target, province, dated)
        else:
            a["ref_key"] = _key(r, province, dated)
    return [r.mention for r in kept]


def _alias_target(r: _Ref, full: list[_Ref]) -> _Ref | None:
    a = r.mention.attrs
    try:
        number = int(a["number"])
    except (TypeError, ValueError):
        return None
    cands = [
        f
        for f in full
        if f.mention.attrs["doc_type"] == a["doc_type"]
        and _int(f.mention.attrs["number"]) == number
    ]
    if not cands:
        return None
    if a["issuer_code"]:
        same = [f for f in cands if f.mention.attrs["issuer_code"] == a["issuer_code"]]
        cands = same or cands
    before = [f for f in cands if f.mention.start < r.mention.start]
    return before[-1] if before else cands[0]


def _int(s: str | None) -> int | None:
    try:
        return int(s) if s is not None else None
    except ValueError:
        return None


_DISTRICT_CODES = frozenset({"HU", "ThU", "QU"})
_TERM_YEARS = regex.compile(rf"nhiệm kỳ\s++(?P<a>\d{{4}})\s*+{DASH}\s*+(?P<b>\d{{4}})")


def _key(r: _Ref, province: str | None, dated: dict[tuple, str]) -> str:
    a = r.mention.attrs
    doc_type = a["doc_type"]
    if a["plenum"] is not None:
        ident = f"TW{a['plenum']}"
    elif r.mention.rule == "congress":
        ident = f"Đại hội {a['term']}" if a["term"] else "Đại hội"
    elif r.mention.rule == "party_charter":
        ident = "Đảng"
    elif r.mention.rule == "named_law":
        ident = a["symbol"] or a["title"] or ""  # "Luật Đất đai số 31/2024/QH15": its number
    else:
        ident = a["symbol"] or a["number"] or ""
    if r.central or r.mention.rule in ("central_plenum", "party_charter", "named_law"):
        place = ""
    elif r.mention.rule == "congress":
        place = ", ".join(x for x in (a["issuer"], province) if x)
    else:
        place = r.place or province or ""
        if r.place and province and province not in r.place and _province(r.place) is None:
            place = f"{r.place}, {province}"
    date = a["date"] or (dated.get((doc_type, a["symbol"])) if a["symbol"] else None)
    years = _TERM_YEARS.search(r.mention.text) if r.mention.rule == "congress" else None
    if years:
        tail = f"{years.group('a')}-{years.group('b')}"
    elif date:
        tail = date
    elif a["term"]:
        tail = ",".join(a["term"]) if isinstance(a["term"], list) else a["term"]
    else:
        tail = ""
    return f"{doc_type}|{ident}|{place}|{tail}"


def extract_text(text: str, province: str | None = None) -> list[Mention]:
    """Legal references of a text. E.g. "Chỉ thị số 05-CT/TW" -> symbol "05-CT/TW", issuer_code "TW"."""
    refs = find_references(text)
    if not refs:
        return []
    needs_place = any(not r.central and not r.place for r in refs)
    if province is None and needs_place:
        province = document_province(text)
    return _link_and_key(refs, text, province)


def extract(doc: Document, found: list[Mention], options: Options) -> list[Mention]:
    """Legal references of ``doc``; the issuer place falls back on the report's province.

    E.g. "Nghị quyết số 04-NQ/TU ngày 23-5-2016" in a report on Điện Biên ->
    ref_key "Nghị quyết|04-NQ/TU|Điện Biên|2016-05-23".
    """
    return extract_text(doc.text, doc.meta.get("province_name"))
