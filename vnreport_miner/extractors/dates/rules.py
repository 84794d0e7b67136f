"""Rule data for dates and periods, validated on import (:func:`validate`).

Code lives in ``__init__.py`` (the rules) and ``parse.py`` (helpers); here are the
vocabularies: Party Congress terms, quarter numerals, the words that modify a year
or a quarter, period keywords, and lines of page furniture whose years are not facts.
Every entry carries a short note and an example.
"""

from __future__ import annotations

from typing import Final

MIN_YEAR: Final = 1900  # e.g. "năm 1930" (the Party's founding) is a date; "năm 1.000" never is
MAX_YEAR: Final = 2100

# Party Congress terms (khóa) of the Central Committee: numeral -> (first year, last year, note).
# A term runs from its congress to the next one; e.g. "Nghị quyết Trung ương 4 (khóa XII)"
# was issued in 2016-2021. Years follow the congress dates.
PARTY_TERMS: Final[dict[str, tuple[int, int, str]]] = {
    "I": (1935, 1951, "Đại hội I, Ma Cao, 3-1935"),
    "II": (1951, 1960, "Đại hội II, Tuyên Quang, 2-1951"),
    "III": (1960, 1976, "Đại hội III, Hà Nội, 9-1960"),
    "IV": (1976, 1982, "Đại hội IV, 12-1976"),
    "V": (1982, 1986, "Đại hội V, 3-1982"),
    "VI": (1986, 1991, "Đại hội VI (Đổi mới), 12-1986"),
    "VII": (1991, 1996, "Đại hội VII, 6-1991"),
    "VIII": (1996, 2001, "Đại hội VIII, 6-1996"),
    "IX": (2001, 2006, "Đại hội IX, 4-2001"),
    "X": (2006, 2011, "Đại hội X, 4-2006"),
    "XI": (2011, 2016, "Đại hội XI, 1-2011"),
    "XII": (2016, 2021, "Đại hội XII, 1-2016"),
    "XIII": (2021, 2026, "Đại hội XIII, 1-2021"),
    "XIV": (2026, 2031, "Đại hội XIV, 1-2026"),
}

# Quarter numerals: e.g. "quý I-2020" -> 1, "quý 4/2019" -> 4.
QUARTERS: Final[dict[str, int]] = {
    "I": 1,  # e.g. "quý I-2020"
    "II": 2,  # e.g. "quý II năm 2021"
    "III": 3,  # e.g. "quý III/2019"
    "IV": 4,  # e.g. "quý IV-2018"
    "1": 1,  # e.g. "quý 1/2020"
    "2": 2,
    "3": 3,
    "4": 4,
}

# Words before "năm YYYY" / "quý I-YYYY" / "tháng M/YYYY" that stay in the date's text.
# value: "point" keeps the granularity; "end" turns it into the last day of the span.
POINT_MODIFIERS: Final[dict[str, str]] = {
    "đầu": "point",  # e.g. "đầu năm 2016" -> 2016
    "cuối": "point",  # e.g. "cuối năm 2019" -> 2019
    "giữa": "point",  # e.g. "giữa năm 2021" -> 2021
    "hết": "end",  # e.g. "hết quý I-2020" -> 2020-03-31, "hết năm 2020" -> 2020-12-31
}

# Keyword before "YYYY-YYYY" -> period kind.
PERIOD_KEYWORDS: Final[dict[str, str]] = {
    "nhiệm kỳ": "term",  # e.g. "nhiệm kỳ 2015-2020"
    "giai đoạn": "phase",  # e.g. "giai đoạn 2016-2020"
    "thời kỳ": "phase",  # e.g. "thời kỳ 2011-2020"
    "năm học": "range",  # e.g. "năm học 2024-2025" (a school year across two calendar years)
}

# Which half of a year: e.g. "6 tháng đầu năm 2023" -> first half.
HALVES: Final[dict[str, int]] = {
    "đầu": 1,  # e.g. "6 tháng đầu năm 2023" -> 2023-01-01 .. 2023-06-30
    "cuối": 2,  # e.g. "6 tháng cuối năm 2022" -> 2022-07-01 .. 2022-12-31
}

# Counted months before "(đầu|cuối) năm YYYY": "9 tháng năm 2023" runs from 1 January
# to 30 September; "3 tháng cuối năm 2024" from 1 October. Digits 1-11 are read too.
MONTH_COUNT_WORDS: Final[dict[str, int]] = {
    "một": 1,  # e.g. "một tháng đầu năm 2024" (rare)
    "hai": 2,  # e.g. "hai tháng đầu năm 2024"
    "ba": 3,  # e.g. "ba tháng đầu năm 2024"
    "bốn": 4,
    "năm": 5,  # e.g. "năm tháng đầu năm 2024"
    "sáu": 6,  # e.g. "sáu tháng cuối năm 2023"
    "bảy": 7,
    "tám": 8,
    "chín": 9,  # e.g. "chín tháng năm 2023"
    "mười": 10,
    "mười một": 11,  # e.g. "mười một tháng năm 2023"
}

# Words also read when printed in capitals, as headings print them ("PHƯƠNG HƯỚNG,
# NHIỆM VỤ NĂM 2024", "NHIỆM KỲ 2020 - 2025"): each such word is lowercased (same
# length) before the scan, so a mention keeps its text as written. The period
# keywords, modifiers, halves and counted months above are read in capitals too;
# Roman numerals ("QUÝ III-2023") are not words here and stay as they are.
CAPS_WORDS: Final[dict[str, str]] = {
    "năm": "e.g. 'KẾ HOẠCH NĂM 2024', 'NĂM 2023'",
    "tháng": "e.g. 'KẾT QUẢ THÁNG 9/2023'",
    "quý": "e.g. 'BÁO CÁO QUÝ III-2023'",
    "ngày": "e.g. 'HÀ NỘI, NGÀY 05 THÁNG 3 NĂM 2024'",
    "từ": "e.g. 'TỪ NĂM 2021 ĐẾN NAY'",
    "đến": "e.g. 'TỪ NĂM 2021 ĐẾN NAY'",
    "tới": "e.g. 'TỪ NĂM 2021 TỚI NAY'",
    "nay": "e.g. 'TỪ NĂM 2021 ĐẾN NAY'",
    "hiện nay": "e.g. 'TỪ NĂM 2021 ĐẾN HIỆN NAY'",
    "nửa": "e.g. 'NỬA ĐẦU NĂM 2024'",
}

# Longest span a "YYYY-YYYY" may cover and still be read as a period of years.
MAX_PERIOD_YEARS: Final = 50  # e.g. "1975-2025" yes; "1234-2020" is not a period

# Lines of page furniture (site menus, archive links): their years are not facts.
FURNITURE_LINE_STARTS: Final[tuple[str, ...]] = (
    "Tra cứu",  # e.g. "Tra cứu tạp chí in trước năm 2010:"
    "Thống kê truy cập",  # e.g. visitor counters
    "Đang online",
    "Hôm nay:",
    "Bản quyền",  # e.g. "Bản quyền thuộc ... 2015"
    "Copyright",
    "©",
)

# Old tone placement -> accepted alongside the modern one in every pattern (see
# parse.tone_tolerant); normalise is meant to unify these, this is a safety net.
TONE_VARIANTS: Final[dict[str, str]] = {
    "ủy": "uỷ",  # e.g. "Tỉnh uỷ" = "Tỉnh ủy"
    "Ủy": "Uỷ",  # e.g. "Uỷ ban" = "Ủy ban"
    "óa": "oá",  # e.g. "khoá XII" = "khóa XII"
    "òa": "oà",  # e.g. "Hoà Phú" = "Hòa Phú"
    "ỏa": "oả",
    "õa": "oã",
    "ọa": "oạ",
}

# The rules of the extractor, by stable name, with examples (documentation and tests).
RULES: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    "date_dmy": ("a day with digits, day first", ("23-5-2016", "ngày 8/10/2018", "( 01/12/2020)")),
    "date_dmy_words": ("a day in words", ("ngày 8 tháng 10 năm 2018",)),
    "date_month": ("a month of a year", ("tháng 3/2020", "tháng 3 năm 2020")),
    "date_year": ("a year after 'năm'", ("năm 2016", "đầu năm 2016", "hết năm 2020")),
    "period_quarter": ("a quarter of a year", ("quý I-2020", "quý 4/2019")),
    "date_quarter_end": ("the end of a quarter", ("hết quý I-2020",)),
    "period_half": ("a half year", ("6 tháng đầu năm 2023", "6 tháng cuối năm 2022")),
    "period_keyword": ("a term or phase of years", ("nhiệm kỳ 2015-2020", "giai đoạn 2016-2020")),
    "period_from_to": (
        "from a year to a year or to now",
        ("từ năm 2016 đến nay", "từ năm 2016 đến năm 2020"),
    ),
    "period_years": ("a bare span of years", ("2018 - 2022", "năm 2016-2020")),
    "period_months": (
        "months counted from the start or the end of a year",
        ("9 tháng năm 2023", "9 tháng đầu năm 2024", "3 tháng cuối năm 2024"),
    ),
    "period_from_to_dates": (
        "from a day or a month to another (or to now)",
        ("từ ngày 1/1/2023 đến ngày 30/6/2023", "từ tháng 3/2023 đến tháng 5/2023"),
    ),
}

_KINDS = {"term", "phase", "quarter", "half", "range"}


def validate() -> None:
    """Check the tables; raises ValueError on the first inconsistency."""
    prev_end = None
    for numeral, (first, last, note) in PARTY_TERMS.items():
        if not (MIN_YEAR <= first < last <= MAX_YEAR) or not note:
            raise ValueError(f"PARTY_TERMS[{numeral}]: bad years or missing note")
        if prev_end is not None and first != prev_end:
            raise ValueError(f"PARTY_TERMS[{numeral}]: does not start when the previous term ends")
        prev_end = last
    if sorted(set(QUARTERS.values())) != [1, 2, 3, 4]:
        raise ValueError("QUARTERS must map onto 1..4")
    if set(POINT_MODIFIERS.values()) - {"point", "end"}:
        raise ValueError("POINT_MODIFIERS values are 'point' or 'end'")
    if set(PERIOD_KEYWORDS.values()) - _KINDS:
        raise ValueError("PERIOD_KEYWORDS: unknown kind")
    if sorted(MONTH_COUNT_WORDS.values()) != list(range(1, 12)):
        raise ValueError("MONTH_COUNT_WORDS must number 1..11")
    for word in (*CAPS_WORDS, *PERIOD_KEYWORDS, *POINT_MODIFIERS, *HALVES, *MONTH_COUNT_WORDS):
        if len(word.upper()) != len(word) or word != word.lower():
            raise ValueError(f"{word!r}: a lowercase word whose capitals keep its length")
    if set(HALVES.values()) != {1, 2}:
        raise ValueError("HALVES must name both halves")
    for name, (note, examples) in RULES.items():
        if not note or not examples:
            raise ValueError(f"rule {name}: a note and at least one example are required")


validate()
