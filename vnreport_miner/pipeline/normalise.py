"""Stage 2 - normalise: the only stage that rewrites text.

NFC; one tone-mark placement ("uỷ" -> "ủy", "hoà" -> "hòa", "quý" stays); one spelling of
syllables written with "i" or "y" ("tỉ lệ" -> "tỷ lệ", "kỉ luật" -> "kỷ luật"); a percent sign
joined to its number ("93,5 %" -> "93,5%") and its decimal point made a comma ("93.5%" ->
"93,5%"); a sentence wrapped over lines joined again ("tổ
chức\ncơ sở đảng" -> "tổ chức cơ sở đảng"); look-alike
letters ("Ð" -> "Đ", a Cyrillic "а" inside a Latin word -> "a"); dashes unified to "-"
(one character for one, so offsets stay simple); spaces collapsed, lines stripped, at most
one blank line; page furniture (visitor counters, pagers, share buttons, related-news
lists) dropped as whole lines. Accents are never stripped ("năm" stays "năm").

Quotes: curly “ ” ‘ ’ and straight " ' are kept as written (the gold keeps them, and
turning straight quotes into curly ones would need guessing which side opens);
only rare variants („ « » ‚) are mapped onto the curly pair.

Tone style: the traditional placement underthesea's ``text_normalize`` produces and most
newspapers print ("hòa", "khỏe", "thủy"). The rules and tables are in
:mod:`.normalise_rules`. Everything is compiled regex and ``str.translate`` on the matches only: about
0.2 ms for a 9 kB report on one core (``tests/test_normalise.py::test_normalise_speed``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import regex

from ..records import Document
from .normalise_rules import (
    AFTER_GI,
    AFTER_QU,
    CHAR_MAP,
    CODAS,
    CONFUSABLES,
    FURNITURE,
    I_TO_Y,
    IY_SPELLINGS,
    NUCLEI,
)

TONES = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # huyền sắc hỏi ngã nặng
_MARKED = "ăâêôơư"  # vowels with their own mark: they take the tone first

_CHAR_MAP = dict(CHAR_MAP)
# One scan finds any character CHAR_MAP rewrites; clean text pays nothing more.
_RARE = re.compile("[" + "".join(map(re.escape, CHAR_MAP)) + "]")


# ---------------------------------------------------------------------------
# Tone placement: a table of every wrongly placed vowel cluster -> its right spelling.
# A regex finds "witness" toned vowels whose cluster must be misplaced; only those reach
# Python, so a clean text costs one scan (~0.15 ms for 9 kB) and no per-word call.


def _put_tone(vowels: str, index: int, tone: str) -> str:
    return unicodedata.normalize("NFC", vowels[: index + 1] + tone + vowels[index + 1 :])


def tone_index(nucleus: str, closed: bool) -> int:
    """Where the tone goes in a (lowercase, toneless) vowel nucleus.

    >>> tone_index("oa", closed=False), tone_index("oa", closed=True), tone_index("ươ", closed=True)
    (0, 1, 1)
    """
    marked = [i for i, c in enumerate(nucleus) if c in _MARKED]
    if marked:
        return marked[-1]
    if len(nucleus) == 1:
        return 0
    if closed:
        return len(nucleus) - 1
    return 0 if len(nucleus) == 2 else 1


def _fix_tables() -> tuple[dict[str, str], dict[str, str]]:
    """(open, closed) maps: misplaced cluster -> right cluster, in three letter cases.

    E.g. open "oà" -> "òa" ("hoà" -> "hòa"), closed "òa" -> "oà" ("hòan" -> "hoàn"),
    "qùy" -> "quỳ" (the u of "qu" never carries the tone).
    """
    tables: tuple[dict[str, str], dict[str, str]] = ({}, {})
    for closed in (False, True):
        table = tables[closed]
        entries: list[tuple[str, str, int]] = [(n, "", 0) for n in NUCLEI]  # (vowels, prefix, skip)
        entries += [("u" + rest, "q", 1) for rest in AFTER_QU]  # "qu" + rest: the u is initial
        entries += [("i" + rest, "g", 1) for rest in AFTER_GI]  # "gi" + rest: the i is initial
        for vowels, prefix, skip in entries:
            right = skip + tone_index(vowels[skip:], closed)
            for tone in TONES:
                good = prefix + _put_tone(vowels, right, tone)
                for wrong_at in range(len(vowels)):
                    if wrong_at != right:
                        bad = prefix + _put_tone(vowels, wrong_at, tone)
                        for case in (str.lower, str.upper, str.capitalize):
                            table.setdefault(case(bad), case(good))
    return tables


_OPEN_FIX, _CLOSED_FIX = _fix_tables()

_P = "aeiouyAEIOUY"  # plain vowels
_M = _MARKED + _MARKED.upper()  # vowels with their own mark
_TP = "".join(unicodedata.normalize("NFC", v + t) for v in _P for t in TONES)  # toned plain
_TM = "".join(unicodedata.normalize("NFC", v + t) for v in _M for t in TONES)  # toned marked
_V = _P + _M + _TP + _TM
_VSET = frozenset(_V)
_U_OR_I = frozenset(
    "uUiI" + "".join(unicodedata.normalize("NFC", v + t) for v in "uUiI" for t in TONES)
)
_LETTER = r"[^\W\d_]"
_CODA = "(?i:" + "|".join(CODAS) + ")"  # final consonants, longest first
# Each alternative, anchored on a toned vowel, is one way a cluster can be misplaced.
# Split by the kind of toned vowel and by its neighbour so most vowels fail in one step.
_NOT_L = f"(?!{_LETTER})"
_TONE_WITNESS = re.compile(
    # a marked vowel toned while another marked vowel follows: "ứơc" -> "ước"
    # (one leading character class lets the engine skip fast to the next toned vowel)
    rf"[{_TP}{_TM}](?:(?<=[{_TM}])(?=[{_V}]?[{_M}])"
    # a plain vowel toned, with a vowel after it:
    rf"|(?<=[{_TP}])(?=[{_V}])(?:"
    rf"(?=[{_V}]?[{_M}])"  # a marked vowel follows: "họăc" -> "hoặc"
    rf"|(?=[{_P}][{_P}]?{_CODA}{_NOT_L})"  # closed, tone not on the last: "hòan" -> "hoàn"
    rf"|(?<![{_V}].)(?=[{_P}][{_P}]{_NOT_L})"  # open triple, tone on the first: "òai" -> "oài"
    rf"|(?<=(?<!{_LETTER})[qQ][ùúủũụÙÚỦŨỤ])"  # the u of "qu" toned: "qúa" -> "quá"
    rf"|(?<=(?<!{_LETTER})[gG][ìíỉĩịÌÍỈĨỊ])"  # the i of "gi" toned: "gìa" -> "già"
    rf")"
    # a plain vowel toned, with a vowel before it:
    rf"|(?<=[{_V}][{_TP}])(?:"
    rf"(?<=[{_M}].)|(?<=[{_M}][{_V}].)"  # a marked vowel precedes: "lâý" -> "lấy"
    rf"|{_NOT_L}(?:"  # open syllable, tone on the last vowel:
    rf"(?<=(?<![{_V}qQ])[uU].)"  # "thuỷ" -> "thủy" (but "quý" stays)
    rf"|(?<=(?<![{_V}gG])[iI].)"  # "kià" -> "kìa" (but "già" stays)
    rf"|(?<=(?<![{_V}])[aeoyAEOY].)"  # "hoà" -> "hòa", "khoẻ" -> "khỏe"
    rf"|(?<=(?<![{_V}])[{_P}][{_P}].)"  # "oaì" -> "oài"
    rf")))"
)
_CODA_AT = re.compile(rf"{_CODA}(?!{_LETTER})")


def _fix_tones(text: str) -> str:
    """Move misplaced tones: "Đảng uỷ" -> "Đảng ủy", "hòan" -> "hoàn"."""
    first = _TONE_WITNESS.search(text)
    if first is None:
        return text
    pieces: list[str] = []
    done = 0
    for match in _TONE_WITNESS.finditer(text, first.start()):
        start, end = match.start(), match.end()
        while start > 0 and text[start - 1] in _VSET:  # widen to the whole vowel cluster
            start -= 1
        while end < len(text) and text[end] in _VSET:
            end += 1
        if start < done:
            continue
        if start > 0 and text[start - 1] in "qQgG" and end - start > 1 and text[start] in _U_OR_I:
            start -= 1  # "qu", "gi": keep the initial's vowel in the key
        table = _CLOSED_FIX if _CODA_AT.match(text, end) else _OPEN_FIX
        fixed = table.get(text[start:end])
        if fixed is None and text[start] in "qQgG":
            fixed = table.get(text[start + 1 : end])
            fixed = None if fixed is None else text[start] + fixed
        if fixed is not None:
            pieces += (text[done:start], fixed)
            done = end
    pieces.append(text[done:])
    return "".join(pieces)


# ---------------------------------------------------------------------------
# Look-alike letters from other scripts, only inside words that mix them with Latin.
_CONFUSABLE_CHARS = "".join(CONFUSABLES)
_MIXED_WORD = regex.compile(rf"\b(?=\w*[{_CONFUSABLE_CHARS}])(?=\w*\p{{Latin}})\w+\b")
_CONFUSABLE_TABLE = str.maketrans(CONFUSABLES)
_RARE_OR_CONFUSABLE = re.compile("[" + "".join(map(re.escape, CHAR_MAP)) + _CONFUSABLE_CHARS + "]")

# ---------------------------------------------------------------------------
# A tab between two cells of a table row (a line with 3+ cells) becomes " | ", the cell
# separator the DOCX reader writes, so plain-text tables read the same as DOCX ones.
# e.g. "Xã Tân Lập\t120\t96\t80,0%" -> "Xã Tân Lập | 120 | 96 | 80,0%"
_CELL_TAB = re.compile(r"(?<=\S)[ ]*\t[ \t]*(?=\S)")
_TABLE_ROW = re.compile(r"^[^\n]*\S[ ]*\t[ \t]*\S[^\n\t]*\t[ \t]*\S[^\n]*$", re.MULTILINE)
_SPACE_RUN = re.compile("  +")  # e.g. "có  120   đảng viên" -> "có 120 đảng viên"
# "93,5 %" -> "93,5%": a percent sign set apart from its number (Word, PDF exports)
_SPACED_PERCENT = re.compile(r"(?<=\d) (?=%)")
# "93.5%" -> "93,5%", "giảm 0.8 điểm phần trăm" -> "0,8": a decimal point written the English
# way before a percent (one or two digits after it: a thousands group has three, so the point
# can be nothing else); one character for one
_POINT_PERCENT = re.compile(r"\.(?=\d{1,2}(?![\d.,])\s?(?:%|điểm phần trăm))")
_POINT_LEAD = re.compile(r"(?<![\w.,])\d{1,3}$")  # the digits before that point, alone


def _point_to_comma(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        return "," if _POINT_LEAD.search(text, max(0, m.start() - 4), m.start()) else "."

    return _POINT_PERCENT.sub(one, text)

_IY = tuple(re.compile(pat) for pat, _ in IY_SPELLINGS)  # one scan each: a class leads each


# A line break inside a sentence (text wrapped at a fixed width, as PDF-to-text tools and e-mail
# write it), replaced by a space (one character for one). Everywhere: the next line starts with a
# small letter and the line before ends with no sentence mark and is neither a heading in
# capitals nor a table row ("625 tổ chức\ncơ sở đảng", "… (6.012 tỷ đồng);\ncó 11 chủ đầu tư …":
# a clause after ";" or ":" reads the same on one line). In a text wrapped at a width (see
# _wrap_width), also before a capital or a digit when the line before is near that width and
# ends with no sentence mark ("… của\nHuyện ủy", "… kết nạp\n120 …").
# A list item ("a) …", "2. …", "- …") always starts its own line.
_BREAK_BEFORE_SMALL = re.compile(r"\n(?=[^\W\d_])")
# in a wrapped text a line may also open on a bracket or a quote: "… đạt 82,4% kế hoạch\n(500
# căn)"; never on a list mark "(1) ", "(a) ", "(*) "
_BREAK_BEFORE_WORD = re.compile(r"\n(?=[\w(“])")
_LIST_ITEM = re.compile(r"(?:[a-zđ]|\d{1,2}|[IVX]{1,4})[).]\s|\((?:[a-zđ]|\d{1,2}|[ivxIVX]{1,4}|\*{1,3})\)")


def _wrap_width(text: str) -> int:
    """The width a text is wrapped at, or 0 when it is not wrapped: a quarter or more of its line
    breaks fall before a small letter (in a text of one paragraph a line, almost none do), and
    the longest lines are 40-150 characters."""
    lines = text.split("\n")
    breaks = small = 0
    for a, b in zip(lines, lines[1:], strict=False):
        if a.strip() and b.strip():
            breaks += 1
            small += b.lstrip()[:1].islower()
    if breaks < 8 or small < 0.25 * breaks:
        return 0
    lengths = sorted(len(x.rstrip()) for x in lines if x.strip())
    width = lengths[int(0.95 * (len(lengths) - 1))]
    return width if 40 <= width <= 150 else 0


def _joined_line(text: str, at: int, width: int) -> str:
    nxt = text[at + 1]
    if _LIST_ITEM.match(text, at + 1) or not (nxt.islower() or width):
        return "\n"
    line = text[text.rfind("\n", 0, at) + 1 : at].rstrip()
    if not line or line[-1] in ".!?" or "|" in line or "\t" in line or line.upper() == line:
        return "\n"
    if not nxt.islower() and (len(line) < 0.75 * width or line[-1] in ":;"):
        return "\n"
    return " "


def unwrap_lines(text: str) -> str:
    """Join the lines of a sentence wrapped over lines.

    >>> unwrap_lines("Đảng bộ có 625 tổ chức\ncơ sở đảng.\nNăm 2024 …")
    'Đảng bộ có 625 tổ chức cơ sở đảng.\nNăm 2024 …'
    """
    width = _wrap_width(text)
    pat = _BREAK_BEFORE_WORD if width else _BREAK_BEFORE_SMALL
    return pat.sub(lambda m: _joined_line(text, m.start(), width), text)


def unify_spelling(text: str) -> str:
    """One spelling of syllables written with "i" or "y" (see ``IY_SPELLINGS``).

    >>> unify_spelling("Tỉ lệ đảng viên bị kỉ luật; quí I; tỉ mỉ")
    'Tỷ lệ đảng viên bị kỷ luật; quý I; tỉ mỉ'
    """
    def one(m: re.Match[str]) -> str:
        at = m.start()
        if at and m.group()[0] in "qQ" and (text[at - 1].isalnum() or text[at - 1] == "_"):
            return m.group()  # "qu" inside a word
        return m.group().translate(I_TO_Y)

    for pat in _IY:
        text = pat.sub(one, text)
    return text


def _compile_furniture(*where: str) -> regex.Pattern[str]:
    body = "|".join(f"(?:{f.pattern})" for f in FURNITURE if f.where in where)
    # an optional bullet before, optional ":" or "." after; used with fullmatch on a line
    return regex.compile(rf"[•·*>”|+-]*+ ?(?:{body}) ?[.:]?")


_FURNITURE_LINE = _compile_furniture("line")
_FURNITURE_TAIL = _compile_furniture("tail", "cut")  # a related-news heading at the end, too
_FURNITURE_CUT = _compile_furniture("cut")
_FURNITURE_MAX_LINE = 120  # furniture lines are short; long lines are never tested
_CUT_MIN_BEFORE = 200  # a related-news heading never opens a report
_CUT_MAX_LINE = 250  # lines after it must look like headlines, not paragraphs


def _drop_furniture(text: str) -> str:
    """Strip each line and drop furniture lines: "line" rules anywhere, "cut" headings
    with what follows, "tail" rules in the trailing run. One pass over the lines (a report
    has ~100): cheaper than a multiline regex over every character."""
    lines = text.split("\n")
    kept: list[str] = []
    size = 0  # characters kept so far, for the cut rule
    for index, line in enumerate(lines):
        line = line.strip(" ")
        if line and len(line) <= _FURNITURE_MAX_LINE:
            if _FURNITURE_LINE.fullmatch(line):
                continue
            if (
                size >= _CUT_MIN_BEFORE
                and _FURNITURE_CUT.fullmatch(line)
                and all(len(rest.strip(" ")) <= _CUT_MAX_LINE for rest in lines[index + 1 :])
            ):
                break
        elif not line and kept and not kept[-1]:
            size += 1  # at most one blank line in a row: "a\n\n\n\nb" -> "a\n\nb"
            continue
        kept.append(line)
        size += len(line) + 1
    while kept and (
        not kept[-1]
        or (len(kept[-1]) <= _FURNITURE_MAX_LINE and _FURNITURE_TAIL.fullmatch(kept[-1]))
    ):
        kept.pop()
    return "\n".join(kept)


def _map_rare(text: str) -> str:
    """Apply CHAR_MAP, then the look-alike letters inside mixed words.

    A report holds few distinct rare characters (a no-break space, an en dash), so each
    is found once and replaced everywhere with ``str.replace``: one scan of the text in
    all, and no Python call per occurrence. No CHAR_MAP value is a key or a look-alike,
    so the order of the replacements does not matter; no character before a hit is
    rare, so the next search starts there.
    """
    m = _RARE_OR_CONFUSABLE.search(text)  # one scan; clean text stops here
    confusable = False
    while m is not None:
        at, char = m.start(), m.group()
        if char in _CHAR_MAP:
            text = text.replace(char, _CHAR_MAP[char])
            m = (_RARE_OR_CONFUSABLE if not confusable else _RARE).search(text, at)
        else:  # a look-alike: only rare characters are searched from here on
            confusable = True
            m = _RARE.search(text, at + 1)
    if confusable:
        text = _MIXED_WORD.sub(lambda m: m.group().translate(_CONFUSABLE_TABLE), text)
    return text


def normalise_text(text: str) -> str:
    """Return the canonical form of ``text``.

    >>> normalise_text("Đảng uỷ xã Hoà Phú  có 120 đảng viên – 35 nữ.\\n\\n\\n\\nLượt xem: 12")
    'Đảng ủy xã Hòa Phú có 120 đảng viên - 35 nữ.'
    """
    text = text.replace("\r\n", "\n")
    if "\t" in text:
        text = _TABLE_ROW.sub(lambda m: _CELL_TAB.sub(" | ", m.group()), text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = _map_rare(text)
    text = _fix_tones(text)
    text = unify_spelling(text)
    if "\n" in text:
        text = unwrap_lines(text)
    if "  " in text:  # most runs are two spaces, which one replace collapses
        text = text.replace("  ", " ")
        if "  " in text:  # longer runs (indentation, no-break spaces): one more pass
            text = _SPACE_RUN.sub(" ", text)
    if " %" in text:
        text = _SPACED_PERCENT.sub("", text)
    if "." in text:
        text = _point_to_comma(text)
    text = _drop_furniture(text)  # also leaves at most one blank line in a row
    while "\n" in text:  # again: lines a dropped one stood between (each round joins lines)
        joined = unwrap_lines(text)
        if joined == text:
            break
        text = _drop_furniture(_SPACE_RUN.sub(" ", joined))
    return text.strip(" \n")


@lru_cache(maxsize=4096)
def _normalise_title(title: str) -> str:
    return normalise_text(title)[:300]


def normalise(doc: Document) -> Document:
    """Set ``doc.text`` from ``doc.raw_text``; the title is ingest's (HTML ``<h1>``) or the first line."""
    doc.text = normalise_text(doc.raw_text)
    if doc.title:
        doc.title = _normalise_title(doc.title) or None
    if not doc.title:
        first = doc.text.split("\n", 1)[0].strip()
        doc.title = first[:300] or None
    return doc
