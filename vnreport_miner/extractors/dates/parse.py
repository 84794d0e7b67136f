"""Date parsing helpers shared by the date and legal-reference extractors.

Pure functions over strings: calendar validation, Roman numerals, the Party Congress
terms table lookup, and the regex pieces for a calendar date ("23-5-2016",
"8/10/2018", "ngày 8 tháng 10 năm 2018"), so that ``legal_refs`` parses the date of
a cited document exactly as ``dates`` does.
"""

from __future__ import annotations

import calendar
from typing import Final

import regex

from .rules import MAX_YEAR, MIN_YEAR, PARTY_TERMS, TONE_VARIANTS

# ---------------------------------------------------------------- regex pieces
# A calendar day written with digits, day first: e.g. "23-5-2016", "8/10/2018", "10.10.2018".
# The same separator twice; not inside a longer number or a fraction ("1.349/1.443").
DMY_NUMERIC: Final = (
    r"(?<![\d.,/])(?P<d>\d{1,2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d/]|[.,]\d)"
)
# The same day in words: e.g. "8 tháng 10 năm 2018" (after "ngày").
DMY_WORDS: Final = r"(?<!\d)(?P<wd>\d{1,2})\s++tháng\s++(?P<wm>\d{1,2})\s*+(?:năm\s++|[-/]\s*+)(?P<wy>\d{4})(?![\d.,]\d)"
# Either form, with an optional leading "ngày": e.g. "ngày 23-5-2016", "ngày 8 tháng 10 năm 2018".
DAY_DATE: Final = rf"(?:[Nn]gày\s++)?+(?:{DMY_NUMERIC}|{DMY_WORDS})"
# Dashes as they appear before normalise unifies them: e.g. "2015-2020", "2011 – 2015".
DASH: Final = r"[-\u2010-\u2015\u2212]"
# The same dashes one by one, for ``str.find`` (which is far quicker than a scan for the
# class): "-", U+2010 to U+2015 and U+2212.
DASHES: Final = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212"


def either_case(words: str) -> str:
    """A "|"-separated list of words, each matching with either case of its first letter.

    Cheaper than ``(?i:...)`` in ``regex``: e.g. "năm|tháng" -> "[Nn]ăm|[Tt]háng".
    """
    out = []
    for w in words.split("|"):
        out.append(f"[{w[0].upper()}{w[0].lower()}]{w[1:]}" if w[0].isalpha() else w)
    return "|".join(out)


_ROMAN_VALUES: Final = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def tone_tolerant(pattern: str) -> str:
    """Let a pattern written with the modern tone placement also match the old one.

    A safety net until ``normalise`` unifies tone placement: e.g. "Tỉnh ủy" also
    matches "Tỉnh uỷ", "khóa" also matches "khoá".
    """
    for modern, old in TONE_VARIANTS.items():
        pattern = pattern.replace(modern, f"(?:{modern}|{old})")
    return pattern


def iso_day(year: int, month: int, day: int) -> str | None:
    """ISO date, or None when not a calendar day. E.g. (2016, 5, 23) -> "2016-05-23"; 31-2 -> None."""
    if not (MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12):
        return None
    # every month has 28 days: the calendar is asked only about the days after
    if not 1 <= day <= 28 and not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def iso_month(year: int, month: int) -> str | None:
    """E.g. "tháng 3/2020" -> (2020, 3) -> "2020-03"."""
    if not (MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12):
        return None
    return f"{year:04d}-{month:02d}"


def valid_year(year: int) -> bool:
    """Years we read as calendar years: e.g. 2016 yes, 2.000 (a count) never gets here."""
    return MIN_YEAR <= year <= MAX_YEAR


def last_day(year: int, month: int) -> str:
    """Last calendar day of a month: (2020, 2) -> "2020-02-29"."""
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def day_from_match(m: regex.Match) -> str | None:
    """ISO day from a match of :data:`DAY_DATE` (either form), validated."""
    d, month, year = m.group("d", "m", "y")  # one call: a name lookup each otherwise
    if d is not None:
        return iso_day(int(year), int(month), int(d))
    if m.group("wd") is not None:
        return iso_day(int(m.group("wy")), int(m.group("wm")), int(m.group("wd")))
    return None


def roman_to_int(numeral: str) -> int | None:
    """E.g. "XII" -> 12, "IV" -> 4; None for anything that is not a Roman numeral."""
    if not numeral or any(c not in _ROMAN_VALUES for c in numeral):
        return None
    total = 0
    for i, c in enumerate(numeral):
        v = _ROMAN_VALUES[c]
        if i + 1 < len(numeral) and v < _ROMAN_VALUES[numeral[i + 1]]:
            total -= v
        else:
            total += v
    return total if int_to_roman(total) == numeral else None


def int_to_roman(n: int) -> str:
    """E.g. 14 -> "XIV"."""
    out = []
    for v, s in (
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out)


def term_years(term: str) -> tuple[int, int] | None:
    """Years of a Party Congress (Central Committee) term: e.g. "XII" -> (2016, 2021)."""
    row = PARTY_TERMS.get(term)
    return (row[0], row[1]) if row else None
