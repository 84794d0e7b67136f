"""Dates and periods: calendar points ("23-5-2016", "năm 2016", "hết quý I-2020") and
intervals ("nhiệm kỳ 2015-2020", "quý I-2020", "6 tháng đầu năm 2023", "từ năm 2016 đến nay").

Each rule is a compiled pattern (possessive quantifiers, no backtracking blow-up) with
a stable name; vocabularies live in :mod:`.rules`, calendar helpers in :mod:`.parse`.
Dates may nest inside periods ("Từ năm 2016 đến nay" holds the date "năm 2016") and
inside legal references, as the gold annotates them; dates never overlap each other,
nor do periods. The document's own date (``doc.meta["date"]``) is read from the title
or a dateline and closes open periods ("đến nay").

>>> [m.text for m in extract_text("Từ năm 2016 đến nay, tỉnh kết nạp 9.694 đảng viên.")]
['Từ năm 2016 đến nay', 'năm 2016']
"""

from __future__ import annotations

from typing import Any

import regex

from ...records import Document, Mention, Options
from ..figures.rules import counted_noun_at
from . import rules
from .parse import (
    DASH,
    DASHES,
    DAY_DATE,
    DMY_NUMERIC,
    DMY_WORDS,
    day_from_match,
    either_case,
    iso_day,
    iso_month,
    last_day,
    valid_year,
)

NAME = "dates"
ASSIGNS = ("date", "period")
OPTION = None


def _alt(words: Any) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


_MODS = _alt(rules.POINT_MODIFIERS)
_KEYWORDS = _alt(rules.PERIOD_KEYWORDS)
_YEAR_END = r"(?![\d/]|[.,]\d)"

# Every pattern starts on a selective literal (a digit, "năm", "tháng", "quý", "từ") so
# that the scan stays fast; the words before it ("ngày", "đầu", "hết", "nhiệm kỳ", "6
# tháng đầu") are read by short look-back patterns at each hit.

# One scan for the two forms that start on a digit (a digit class is the slowest start):
# e.g. "23-5-2016", "8/10/2018", "10.10.2018" (not "1.349/1.443"), and a span of years
# "2018 - 2022", "2015-2020" (after "nhiệm kỳ", "giai đoạn", "năm" or alone).
_DIGIT_FORMS = regex.compile(
    rf"{DMY_NUMERIC}"
    rf"|(?<![\w.,/]|{DASH})(?P<a>\d{{4}})\s*+{DASH}\s*+(?P<b>\d{{4}})(?![\d/]|[.,]\d|[^\S\n]*+{DASH})"
)
# Where _DIGIT_FORMS may match, found from its separators: a scan that starts on a
# digit tries every digit of the text, while one that starts on a literal character
# skips to it at once (see _digit_forms). Each separator gets its own scan, run only
# when ``str.find`` sees the character at all:
#   a separator of a day "23-5-2016" with a digit before it and "5-2016" after it;
#   a dash of a span of years "2018 - 2022" with four digits before and after it.
_DAY_SEPARATORS = tuple(
    (sep, regex.compile(rf"{e}(?<=\d{e})(?=\d{{1,2}}{e}\d{{4}})"))
    for sep in "-/."
    for e in [regex.escape(sep)]
)
_SPAN_DASHES = tuple(
    (dash, regex.compile(rf"{e}(?<=\d{{4}}\s*+{e})(?=\s*+\d{{4}})"))
    for dash in DASHES
    for e in [regex.escape(dash)]
)
# e.g. "tháng 3/2020", "tháng 3 năm 2020", "(ngày 8) tháng 10 năm 2018"
_MONTH = regex.compile(
    rf"(?<!\p{{L}})[Tt]háng\s++(?P<m>\d{{1,2}})\s*+(?:[-/.]|năm\s)\s*+(?P<y>\d{{4}}){_YEAR_END}"
)
# e.g. "năm 2016", "Năm 2016"; "năm 2016-2020" is left to _RANGE
_YEAR = regex.compile(rf"(?<!\p{{L}})[Nn]ăm\s++(?P<y>\d{{4}}){_YEAR_END}(?!\s*+{DASH}\s*+\d{{4}})")
# e.g. "quý I-2020", "quý IV năm 2019", "quý 1/2020"
_QUARTER = regex.compile(
    rf"(?<!\p{{L}})[Qq]uý\s++(?P<q>{_alt(rules.QUARTERS)})(?![\p{{L}}\d])\s*+"
    rf"(?:{DASH}|/|năm\s)\s*+(?P<y>\d{{4}}){_YEAR_END}"
)
# e.g. "Từ năm 2016 đến nay", "từ đầu năm 2016 đến hết năm 2020"
_FROM_TO = regex.compile(
    rf"(?<!\p{{L}})[Tt]ừ\s++(?:(?:đầu|cuối)\s++)?năm\s++(?P<a>\d{{4}})(?!\d)\s*+,?\s*+(?:đến|tới)\s++"
    rf"(?:(?:(?:hết|cuối)\s++)?năm\s++(?P<b>\d{{4}}){_YEAR_END}|(?P<now>nay|hiện nay|bây giờ)(?!\p{{L}}))"
)
# look-backs, searched in a short window that ends where the hit starts
_DAY_BEFORE = regex.compile(r"(?<!\p{L})(?:[Nn]gày\s++)?(?<![\d.,])(?P<d>\d{1,2})\s++$")
_NGAY_BEFORE = regex.compile(r"(?<!\p{L})[Nn]gày\s++$")
_MOD_BEFORE = regex.compile(rf"(?<!\p{{L}})(?P<mod>{either_case(_MODS)})\s++$")
# e.g. "6 tháng đầu ", "Sáu tháng cuối ", "9 tháng ", "nửa đầu " before "năm 2023"
_HALF_BEFORE = regex.compile(
    rf"(?<![\p{{L}}\d.,])(?:(?P<n>\d{{1,2}}|{either_case(_alt(rules.MONTH_COUNT_WORDS))})\s++tháng"
    rf"(?:\s++(?P<h>{_alt(rules.HALVES)}))?|[Nn]ửa\s++(?P<h2>{_alt(rules.HALVES)}))\s++$"
)
# e.g. "Từ " before a day or a month; ", đến " between it and the next one
_FROM_BEFORE = regex.compile(r"(?<!\p{L})[Tt]ừ\s++$")
_TO_AFTER = regex.compile(r"\s*+,?\s*+(?:đến|tới)\s++(?:(?P<now>nay|hiện nay)(?!\p{L}))?")
_KEYWORD_BEFORE = regex.compile(
    rf"(?<!\p{{L}})(?P<kw>{either_case(_KEYWORDS)})\s++(?:(?P<nam>[Nn]ăm)\s++)?$"
)
_NAM_BEFORE = regex.compile(r"(?<!\p{L})[Nn]ăm\s++$")
# the document's date in its title or a dateline: e.g. "( 01/12/2020)"
_PAREN_DATE = regex.compile(rf"\(\s*+(?P<date>{DAY_DATE})\s*+\)")
_DAY = regex.compile(DAY_DATE)
# "Bảo Lộc, ngày 16 tháng 12 năm 2024": a place, "ngày" and the date, nothing after it
_DATELINE = regex.compile(
    rf"\p{{Lu}}[^\d,\n]{{1,40}},\s*+ngày\s++(?:{DMY_NUMERIC}|{DMY_WORDS})\s*+[.)]?"
)
# a news lead that opens with its date: "Ngày 18-7-2024, Ban Chấp hành …", "Gia Lai, ngày
# 26/4/2024 - Ban Tổ chức …"
_LEAD_DATE = regex.compile(
    rf"(?:\p{{Lu}}[^\d,\n]{{1,40}},\s*+)?[Nn]gày\s++(?:{DMY_NUMERIC}|{DMY_WORDS})\s*+(?:,|-|–|:)\s"
)
_NOT_A_DATELINE = regex.compile(
    either_case(
        "nghị quyết|chỉ thị|quyết định|quy định|thông báo|kế hoạch|hướng dẫn|kết luận|số\\s*+\\d"
    )
)
_FURNITURE_STARTS = tuple(rules.FURNITURE_LINE_STARTS)
# words printed in capitals ("NHIỆM KỲ 2015 - 2020", "NHIỆM VỤ NĂM 2024"), lowercased
# before the scan; a heading that holds a date or a period holds one of the hints
_CAPS_SOURCE = (
    *rules.CAPS_WORDS,
    *rules.PERIOD_KEYWORDS,
    *rules.POINT_MODIFIERS,
    *rules.HALVES,
    *rules.MONTH_COUNT_WORDS,
)
_CAPS_WORD = regex.compile(rf"(?<!\p{{L}})(?:{_alt({w.upper() for w in _CAPS_SOURCE})})(?!\p{{L}})")
_CAPS_HINTS = tuple(
    sorted({w.split()[-1].upper() for w in ("năm", "tháng", "quý", "ngày", *rules.PERIOD_KEYWORDS)})
)
# each hint with its last accented capital ("Ă" of "NĂM"): a one-character search is
# nearly free, a whole-word search over a long text is not, so the word is looked for
# only when its letter is there
_CAPS_MARKS = tuple((next(c for c in reversed(h) if not c.isascii()), h) for h in _CAPS_HINTS)


def _tails(words: Any) -> tuple[str, ...]:
    """What a word matched with either case of its first letter ends with whatever that
    case: e.g. ("đầu", "hết") -> ("ầu", "ết")."""
    return tuple(sorted({w[1:] for w in words}))


# The word each look-back ends on, before its closing spaces: a look-back searches its
# whole window (one try per character), while most hits follow some other word, which
# ``str.endswith`` tells at once. ``_DAY_BEFORE`` ends on a number and has no gate.
_LAST_WORDS: dict[regex.Pattern, tuple[str, ...]] = {
    _NGAY_BEFORE: _tails(["ngày"]),
    _MOD_BEFORE: _tails(rules.POINT_MODIFIERS),
    _HALF_BEFORE: _tails(["tháng", *rules.HALVES]),
    _FROM_BEFORE: _tails(["từ"]),
    _KEYWORD_BEFORE: _tails([*rules.PERIOD_KEYWORDS, "năm"]),
    _NAM_BEFORE: _tails(["năm"]),
}


def _before(pattern: regex.Pattern, text: str, pos: int, width: int = 24) -> regex.Match | None:
    """A look-back: ``pattern`` (ending in ``\\s++$``) matched just before ``pos``.

    Skipped when the text before the spaces at ``pos`` does not end with the pattern's
    last word (``_LAST_WORDS``): ``\\s`` is a subset of ``str.isspace`` and every last
    word ends with a letter, so the pattern could not match there.
    """
    last = _LAST_WORDS.get(pattern)
    if last is not None:
        j = pos
        while j and text[j - 1].isspace():
            j -= 1
        if not text.endswith(last, 0, j):
            return None
    return pattern.search(text, max(0, pos - width), pos)


def _period(
    text: str, start: int, end: int, p_start: str, p_end: str | None, kind: str, rule: str
) -> Mention:
    return Mention(
        "period",
        start,
        end,
        text[start:end],
        rule,
        {"period_start": p_start, "period_end": p_end, "kind": kind},
    )


def _is_end(mod: str | None) -> bool:
    return bool(mod) and rules.POINT_MODIFIERS[mod.lower()] == "end"


def _years_ok(a: int, b: int) -> bool:
    return valid_year(a) and valid_year(b) and 0 < b - a <= rules.MAX_PERIOD_YEARS


def _date_at(text: str, start: int, end: int, value: str, granularity: str, rule: str) -> Mention:
    return Mention(
        "date", start, end, text[start:end], rule, {"value": value, "granularity": granularity}
    )


def _year_span(text: str, m: regex.Match, periods: list[Mention]) -> None:
    """A span of years: e.g. "nhiệm kỳ 2015-2020" (term), "giai đoạn 2011 – 2015" (phase), "2018 - 2022"."""
    a, b = int(m.group("a")), int(m.group("b"))
    if not _years_ok(a, b):
        return
    k = _before(_KEYWORD_BEFORE, text, m.start())
    if k:
        kind = rules.PERIOD_KEYWORDS[k.group("kw").lower()]
        periods.append(_period(text, k.start(), m.end(), str(a), str(b), kind, "period_keyword"))
        return
    n = _before(_NAM_BEFORE, text, m.start(), 8)
    start = n.start() if n else m.start()
    periods.append(_period(text, start, m.end(), str(a), str(b), "range", "period_years"))


def _digit_forms(text: str) -> list[regex.Match]:
    """The matches of ``_DIGIT_FORMS.finditer(text)``, found from their separators.

    Every match starts one or two digits before a day separator (``_DAY_SEPARATORS``)
    or four digits before the spaces and dash of a span (``_SPAN_DASHES``): trying the
    pattern at those places only, left to right and never inside the previous match,
    finds the same matches as the scan.
    """
    starts: set[int] = set()
    for sep, scan in _DAY_SEPARATORS:
        if sep in text:
            for h in scan.finditer(text):
                starts.update((h.start() - 1, h.start() - 2))
    for dash, scan in _SPAN_DASHES:
        if dash in text:
            for h in scan.finditer(text):
                j = h.start()
                while j and text[j - 1].isspace():  # \s is a subset of str.isspace
                    j -= 1
                starts.add(j - 4)
    out: list[regex.Match] = []
    last = 0
    for s in sorted(starts):
        if s >= last and (m := _DIGIT_FORMS.match(text, s)) is not None:
            out.append(m)
            last = m.end()
    return out


def find_all(text: str, doc_date: str | None) -> tuple[list[Mention], list[Mention]]:
    """(dates, periods) of ``text``, each list free of overlaps (longest wins).

    E.g. "hết quý I-2020" -> the date 2020-03-31 and the quarter "quý I-2020".
    """
    dates: list[Mention] = []
    periods: list[Mention] = []
    # e.g. "ngày 23-5-2016", "01/12/2020"; "nhiệm kỳ 2015-2020", "năm 2016-2020", "2018 - 2022"
    for m in _digit_forms(text):
        if m.group("a") is not None:
            _year_span(text, m, periods)
            continue
        value = day_from_match(m)
        if value:
            b = _before(_NGAY_BEFORE, text, m.start(), 8)
            dates.append(
                _date_at(text, b.start() if b else m.start(), m.end(), value, "day", "date_dmy")
            )
    # e.g. "tháng 3/2020", "ngày 8 tháng 10 năm 2018", "hết tháng 12/2019"
    for m in _MONTH.finditer(text):
        y, mo = int(m.group("y")), int(m.group("m"))
        if iso_month(y, mo) is None:
            continue
        b = _before(_DAY_BEFORE, text, m.start(), 12)
        if b:
            value = iso_day(y, mo, int(b.group("d")))
            if value:
                dates.append(_date_at(text, b.start(), m.end(), value, "day", "date_dmy_words"))
            continue
        b = _before(_MOD_BEFORE, text, m.start(), 8)
        start = b.start() if b else m.start()
        if b and _is_end(b.group("mod")):
            dates.append(_date_at(text, start, m.end(), last_day(y, mo), "day", "date_month"))
        else:
            dates.append(
                _date_at(text, start, m.end(), iso_month(y, mo) or "", "month", "date_month")
            )
    # e.g. "năm 2016", "đầu năm 2016", "hết năm 2020", "6 tháng đầu năm 2023" (a half)
    for m in _YEAR.finditer(text):
        y = int(m.group("y"))
        if not valid_year(y):
            continue
        h = _before(_HALF_BEFORE, text, m.start(), 32)
        if h and (months := _months_of_year(text, h, m.end(), y)):
            periods.append(months)
            continue
        b = _before(_MOD_BEFORE, text, m.start(), 8)
        start = b.start() if b else m.start()
        if b and _is_end(b.group("mod")):
            dates.append(_date_at(text, start, m.end(), f"{y:04d}-12-31", "day", "date_year"))
        else:
            dates.append(_date_at(text, start, m.end(), str(y), "year", "date_year"))
    # e.g. "Thực hiện 9 tháng 2024" (a table heading: the months of a year without "năm")
    if "tháng" in text:
        for m in _months_years(text):
            y = int(m.group("y"))
            if (
                valid_year(y)
                and not _before(_NGAY_BEFORE, text, m.start(), 8)
                and not counted_noun_at(text[m.end() : m.end() + 40].lower(), 0)
                # "Trong 3 tháng 2000 lao động …": a count of workers, no months of 2000
            ):
                if months := _months_of_year(text, m, m.end(), y):
                    periods.append(months)
    # e.g. "quý I-2020"; "hết quý I-2020" is also the date 2020-03-31
    for m in _QUARTER.finditer(text):
        y = int(m.group("y"))
        if not valid_year(y):
            continue
        q = rules.QUARTERS[m.group("q")]
        first, last = 3 * q - 2, 3 * q
        periods.append(
            _period(
                text,
                m.start(),
                m.end(),
                f"{y:04d}-{first:02d}-01",
                last_day(y, last),
                "quarter",
                "period_quarter",
            )
        )
        b = _before(_MOD_BEFORE, text, m.start(), 8)
        if b and _is_end(b.group("mod")):
            dates.append(
                _date_at(text, b.start(), m.end(), last_day(y, last), "day", "date_quarter_end")
            )
    # e.g. "Từ năm 2016 đến nay" (open end: the report's date), "giai đoạn từ năm 2016 đến năm 2020"
    for m in _FROM_TO.finditer(text):
        a = int(m.group("a"))
        if not valid_year(a):
            continue
        if m.group("now"):
            end = doc_date if doc_date and doc_date[:4] >= str(a) else None
        elif _years_ok(a, int(m.group("b"))):
            end = m.group("b")
        else:
            continue
        k = _before(_KEYWORD_BEFORE, text, m.start())
        if k and not k.group("nam"):
            kind = rules.PERIOD_KEYWORDS[k.group("kw").lower()]
            periods.append(_period(text, k.start(), m.end(), str(a), end, kind, "period_keyword"))
        else:
            periods.append(
                _period(text, m.start(), m.end(), str(a), end, "range", "period_from_to")
            )
    if " | " in text:
        dates.extend(_table_years(text))
    if "so sánh" in text:  # "theo giá so sánh 2010": the base year of the prices
        for m in _PRICE_YEAR.finditer(text):
            y = int(m.group("y"))
            if valid_year(y):
                dates.append(
                    _date_at(text, m.start("y"), m.end("y"), str(y), "year", "date_price_base")
                )
    dates = _non_overlapping(dates)
    # "6 tháng đầu năm 2023" is a period, not also the date "đầu năm 2023"; the year of
    # "quý 3 năm 2023" is part of the quarter's name, not a date of its own
    named = [
        (p.start, p.end)
        for p in periods
        if p.rule in ("period_half", "period_months", "period_quarter")
    ]
    if named:
        dates = [d for d in dates if not any(s <= d.start and d.end <= e for s, e in named)]
    periods.extend(_from_to_dates(text, dates, doc_date))
    return dates, _non_overlapping(periods)


# a year alone in a table cell, maybe with a word before it ("Kế hoạch 2024") or a note
# of estimate after it ("2024 (ước)"); the cells are trimmed
_CELL_YEAR = regex.compile(
    r"(?:(?P<head>\p{L}[\p{L} ]{0,25}?)\s++)?(?P<y>(?:19|20)\d\d)"
    r"(?:\s*+\((?:ước|ước tính|ước thực hiện|ƯTH|dự kiến|kế hoạch|sơ bộ)\))?"
)
_PRICE_YEAR = regex.compile(
    r"(?i)(?<!\p{L})giá\s++so sánh\s++(?:năm\s++)?(?P<y>(?:19|20)\d\d)(?![\d/.]|,\d)"
    r"(?!\s*+(?:đồng|nghìn|ngàn|triệu|tỷ)(?!\p{L}))"
)  # "theo giá so sánh 2010, …"; not "đơn giá cố định 2000 đồng/m3" (a price)

_NUMBER_CELL = regex.compile(r"[\d.,]+\s*+%?")
_YEAR_COLUMN = regex.compile(r"(?i)\s*+(?:năm|thời gian|năm học|niên độ)\s*+")


def _table_years(text: str) -> list[Mention]:
    """Years alone in the cells of " | " tables, where the table says they are years: two
    or more year cells in a heading row that holds no other figure ("Nguồn vốn | 2021 | 2022
    | Tổng", "Kế hoạch 2024 | Thực hiện 2024"), or the first column of two or more rows in
    a row, or of a column headed "Năm" ("2021 | 231 | 186"). A lone year-like number in a
    row of figures ("Xã Phú Lộc | 2024 | 31") may count members: it is left alone."""
    out: list[Mention] = []
    rows: list[list[tuple[int, str]]] = []  # the current table's rows: (offset, cell) lists

    def flush() -> None:
        if not rows:
            return
        head = rows[0]
        years = [(s, m) for s, c in head if (m := _CELL_YEAR.fullmatch(c))]
        others = [c for _, c in head if not _CELL_YEAR.fullmatch(c)]
        if (
            len(years) >= 2
            and not any(_NUMBER_CELL.fullmatch(c) for c in others)
            and not any(m.group("head") and "quý" in m.group("head").lower() for _, m in years)
        ):
            for s, m in years:
                _add(s, m)
        year_col = _YEAR_COLUMN.fullmatch(head[0][1]) is not None if head else False
        labels = [(r[0][0], _CELL_YEAR.fullmatch(r[0][1])) for r in rows[1:] if r]
        k = 0
        while k < len(labels):  # runs of rows whose first cell is a bare year
            e = k
            while e < len(labels) and labels[e][1] and not labels[e][1].group("head"):
                e += 1
            if e - k >= (1 if year_col else 2):
                for s, m in labels[k:e]:
                    _add(s, m)
            k = e + 1
        rows.clear()

    def _add(s: int, m: regex.Match) -> None:
        y = int(m.group("y"))
        if valid_year(y):
            at = s + m.start("y")
            out.append(_date_at(text, at, at + 4, str(y), "year", "date_table_year"))

    pos = 0
    for line in text.split("\n"):
        at, pos = pos, pos + len(line) + 1
        if " | " not in line:
            flush()
            continue
        cells, cell_at = [], at
        for cell in line.split("|"):
            body = cell.strip()
            if body:
                cells.append((cell_at + len(cell) - len(cell.lstrip()), body))
            cell_at += len(cell) + 1
        rows.append(cells)
    flush()
    return out


# "9 tháng 2024", "6 tháng đầu 2025": read by _months_of_year like "9 tháng năm 2024" (the
# empty group h2 stands for _HALF_BEFORE's "nửa đầu" form, which has no place here)
_MONTHS_YEAR = regex.compile(
    rf"(?<![\p{{L}}\d.,/])(?P<n>\d{{1,2}}|{either_case(_alt(rules.MONTH_COUNT_WORDS))})\s++tháng"
    rf"(?:\s++(?P<h>{_alt(rules.HALVES)}))?(?P<h2>)\s++(?P<y>(?:19|20)\d\d)(?![\d/.,\-–]\d)"
)
# Where _MONTHS_YEAR may match, found from its one literal: "tháng" and the year after it
# (the same pieces as the pattern's, without the look-arounds). The pattern opens on a
# digit or a number word, a start the scan tries at every character of the text; this
# one skips to "tháng" at once (see _months_years).
_MONTHS_YEAR_HIT = regex.compile(rf"tháng(?:\s++(?:{_alt(rules.HALVES)}))?\s++(?:19|20)\d\d")
# how far before the spaces ahead of "tháng" a match may start: one or two digits, or a
# number word ("mười một")
_MONTHS_YEAR_BACK = tuple(sorted({1, 2, *(len(w) for w in rules.MONTH_COUNT_WORDS)}))


def _months_years(text: str) -> list[regex.Match]:
    """The matches of ``_MONTHS_YEAR.finditer(text)``, found from their "tháng".

    A match is a count, spaces, then "tháng": the count ends where the spaces before
    "tháng" end (``\\s`` is a subset of ``str.isspace`` and a count ends on no space),
    so it starts ``_MONTHS_YEAR_BACK`` characters before that. Trying the pattern at
    those places only, left to right and never inside the previous match, finds the
    same matches as the scan (as ``_digit_forms`` does for ``_DIGIT_FORMS``).
    """
    starts: set[int] = set()
    for h in _MONTHS_YEAR_HIT.finditer(text):
        j = t = h.start()
        while j and text[j - 1].isspace():
            j -= 1
        if j < t:
            starts.update(j - k for k in _MONTHS_YEAR_BACK if j >= k)
    out: list[regex.Match] = []
    last = 0
    for s in sorted(starts):
        if s >= last and (m := _MONTHS_YEAR.match(text, s)) is not None:
            out.append(m)
            last = m.end()
    return out


def _months_of_year(text: str, h: regex.Match, end: int, y: int) -> Mention | None:
    """ "6 tháng đầu năm 2023" (a half), "9 tháng năm 2023", "3 tháng cuối năm 2024";
    None for "12 tháng năm 2023" (the year itself stays a date)."""
    raw = h.group("n")
    n = 6 if raw is None else int(raw) if raw.isdigit() else rules.MONTH_COUNT_WORDS[raw.lower()]
    which = (h.group("h") or h.group("h2") or "đầu").lower()
    if not 1 <= n <= 11:
        return None
    first = 1 if rules.HALVES[which] == 1 else 13 - n
    last = n if first == 1 else 12
    kind, rule = ("half", "period_half") if n == 6 else ("range", "period_months")
    return _period(text, h.start(), end, f"{y:04d}-{first:02d}-01", last_day(y, last), kind, rule)


def _from_to_dates(text: str, dates: list[Mention], doc_date: str | None) -> list[Mention]:
    """Periods between two dates of which one is a day or a month: "từ ngày 1/1/2023 đến
    ngày 30/6/2023", "từ tháng 3/2023 đến tháng 5/2023", "từ ngày 1/1/2023 đến nay".
    The dates stay dates of their own (spans of years are read by ``_FROM_TO``)."""
    out: list[Mention] = []
    for i, d in enumerate(dates):
        f = _before(_FROM_BEFORE, text, d.start, 8)
        if f is None:
            continue
        t = _TO_AFTER.match(text, d.end)
        if t is None:
            continue
        nxt = dates[i + 1] if i + 1 < len(dates) else None
        if t.group("now"):
            if d.attrs["granularity"] == "year":
                continue
            end_value = doc_date if doc_date and doc_date >= d.attrs["value"] else None
            end = t.end()
        elif nxt is not None and nxt.start == t.end():
            if d.attrs["granularity"] == nxt.attrs["granularity"] == "year":
                continue
            end_value = _last(nxt.attrs["value"])
            end = nxt.end
        else:
            continue
        start_value = _first(d.attrs["value"])
        if end_value is not None and end_value[:10] < start_value[: len(end_value)]:
            continue
        out.append(
            _period(text, f.start(), end, start_value, end_value, "range", "period_from_to_dates")
        )
    return out


def _first(value: str) -> str:
    """First day of a date value, at year or day precision: "2023-03" -> "2023-03-01"."""
    return f"{value}-01" if len(value) == 7 else value


def _last(value: str) -> str:
    """Last day of a date value, at year or day precision: "2023-05" -> "2023-05-31"."""
    return last_day(int(value[:4]), int(value[5:7])) if len(value) == 7 else value


def document_date(text: str) -> str | None:
    """The report's own date: a date in brackets in the first lines ("( 01/12/2020)"),
    or a short dateline near the start or the end ("Hà Nội, ngày 01 tháng 12 năm 2020")."""
    lines = [ln for ln in text[:800].split("\n") if ln.strip()][:3]
    for line in lines:
        m = _PAREN_DATE.search(line)
        if m and (value := day_from_match(m)):
            return value
    tail = [ln for ln in text[-1500:].split("\n") if ln.strip()][-15:]
    # an official report's header block runs longer than three lines ("ĐẢNG BỘ TỈNH …",
    # "HUYỆN ỦY …", "*", "Số 236-BC/TU", "ĐẢNG CỘNG SẢN VIỆT NAM", then the dateline): a
    # later line of it counts only in the dateline's own shape ("Bảo Lộc, ngày 16 tháng …"),
    # and only when the text closes with no dateline (a cited document's may stand there)
    head = [ln for ln in text[:1200].split("\n") if ln.strip()][3:10]
    later = [ln for ln in head if _DATELINE.fullmatch(ln.strip())]
    for line in [*lines, *reversed(tail), *later]:
        if len(line) > 80 or _NOT_A_DATELINE.search(line) or line.startswith(_FURNITURE_STARTS):
            continue
        m = _DAY.search(line)
        if m and (value := day_from_match(m)):
            return value
    for line in lines:  # no dateline: a news lead's own date
        lead = _LEAD_DATE.match(line.strip())
        # (not the date of a document the lead cites: "Ngày 5/3/2021, Huyện ủy ban hành Nghị
        # quyết số 17 …")
        if lead is None or _NOT_A_DATELINE.search(line.strip(), lead.end(), lead.end() + 100):
            continue
        if (m := _DAY.search(lead.group())) and (value := day_from_match(m)):
            return value
    return None


def _non_overlapping(mentions: list[Mention]) -> list[Mention]:
    mentions.sort(key=lambda x: (x.start, -x.end))
    kept: list[Mention] = []
    for x in mentions:
        if kept and x.start < kept[-1].end:
            continue
        kept.append(x)
    return kept


def _on_furniture_line(text: str, pos: int) -> bool:
    """Whether ``pos`` lies on a line of page furniture ("Tra cứu tạp chí in trước năm 2010:")."""
    line_start = text.rfind("\n", 0, pos) + 1
    return text.startswith(_FURNITURE_STARTS, line_start)


def fold_caps(text: str) -> str:
    """``text`` with the date words of capitalised headings lowercased, same length.

    E.g. "MỤC TIÊU NHIỆM KỲ 2020 - 2025" -> "MỤC TIÊU nhiệm kỳ 2020 - 2025"; a text with no
    such word comes back as is (the same object).
    """
    if not any(c in text and h in text for c, h in _CAPS_MARKS):
        return text
    return _CAPS_WORD.sub(lambda m: m.group().lower(), text)


def _extract_scanned(text: str, scan: str, doc_date: str | None) -> list[Mention]:
    """Dates and periods found on ``scan`` (``text`` folded), with their text from ``text``."""
    # no year, no date ("20" first: found at once in most reports, so the others are not
    # scanned for)
    if "20" not in text and "19" not in text and "21" not in text:
        return []
    dates, periods = find_all(scan, doc_date)
    out = [x for x in dates + periods if not _on_furniture_line(text, x.start)]
    if scan is not text:
        for x in out:
            x.text = text[x.start : x.end]
    out.sort(key=lambda x: (x.start, -x.end))
    return out


def extract_text(text: str, doc_date: str | None = None) -> list[Mention]:
    """Dates and periods of a text (no document needed). E.g. "quý I-2020" -> a quarter."""
    return _extract_scanned(text, fold_caps(text), doc_date)


def extract(doc: Document, found: list[Mention], options: Options) -> list[Mention]:
    """Dates and periods of ``doc``; sets ``doc.meta["date"]`` when the report states its date.

    E.g. "Điện Biên: Hiệu quả từ một nghị quyết ( 01/12/2020)" -> meta date "2020-12-01".
    """
    text = doc.text
    scan = fold_caps(text)
    if not doc.meta.get("date"):
        own = document_date(scan)
        if own:
            doc.meta["date"] = own
    return _extract_scanned(text, scan, doc.meta.get("date"))
