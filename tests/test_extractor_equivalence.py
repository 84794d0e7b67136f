"""The speed-ups of the figures, dates and legal-reference extractors read what the
plain patterns read.

Each shortcut rests on an assumption (a quicker pattern, a gate that skips a pattern
where it cannot match, a scan that starts on a rarer character): these tests pin the
assumption, against the plain form, on every code point or on generated text.
"""

from __future__ import annotations

import calendar
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import regex
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from vnreport_miner.extractors import dates, figures, legal_refs
from vnreport_miner.extractors.dates import parse
from vnreport_miner.extractors.dates.rules import TONE_VARIANTS
from vnreport_miner.extractors.figures import rules as figure_rules
from vnreport_miner.extractors.figures.rules import (
    DATA_FILE,
    OTHER_SPACES,
    SP,
    _alternation,
    rules,
    single_spaced,
    tone_variants,
)
from vnreport_miner.records import Document, Options

_ALL = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
# figures.rules is shadowed by the rules() function in the package namespace
_FR = sys.modules[figure_rules.__module__]


def _spans(matches: Any) -> list[tuple]:
    return [m.regs for m in matches]


# ---------------------------------------------------------------- character classes


def test_other_spaces_are_the_horizontal_spaces_but_the_space() -> None:
    # single_spaced() looks for these one by one with str.__contains__
    assert sorted(regex.findall(SP, _ALL)) == sorted(" " + OTHER_SPACES)


def test_dashes_are_the_dash_class() -> None:
    # dates._digit_forms looks for each dash with str.__contains__
    assert regex.findall(parse.DASH, _ALL) == list(parse.DASHES)


def test_libyaml_loader_reads_the_same_rules() -> None:
    text = DATA_FILE.read_text(encoding="utf-8")
    assert yaml.load(text, Loader=_FR._YAML_LOADER) == yaml.safe_load(text)


def test_iso_day_shortcut_agrees_with_the_calendar() -> None:
    for year in (1900, 2000, 2023, 2024, 2100):
        for month in range(1, 13):
            last = calendar.monthrange(year, month)[1]
            for day in range(0, 33):
                expected = f"{year:04d}-{month:02d}-{day:02d}" if 1 <= day <= last else None
                assert parse.iso_day(year, month, day) == expected


# ---------------------------------------------------------------- figures


def _old_trie(words: Any) -> str:
    """The unit vocabulary as compiled before: branches in character order, "(?:X)?"."""
    trie: dict[str, Any] = {}
    for variant in {v for w in words for v in tone_variants(w)}:
        node = trie
        for ch in variant:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [
            (SP + "++" if ch == " " else regex.escape(ch)) + emit(node[ch])
            for ch in sorted(k for k in node if k)
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return emit(trie)


_UNIT_WORDS = sorted(rules().units)
_UNIT_TEXT = st.lists(
    st.sampled_from(
        [*_UNIT_WORDS[::7], "Đảng viên", "HỘ", "uỷ", "hoà", "chi", "bộ", "x"]
        + [" ", "  ", "\u00a0", ",", "/", "-", "\n", "5"]
    ),
    max_size=8,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(_UNIT_TEXT)
def test_unit_trie_reads_as_before(text: str) -> None:
    # "(?:X|)" for "(?:X)?" and the branches by subtree size: the same matches
    old = regex.compile(rf"(?i:{_old_trie(_UNIT_WORDS)})(?![\p{{L}}\p{{N}}])")
    new = regex.compile(rf"(?i:{_alternation(_UNIT_WORDS)})(?![\p{{L}}\p{{N}}])")
    for i in range(len(text) + 1):
        a, b = old.match(text, i), new.match(text, i)
        assert (a and a.span()) == (b and b.span())


_FIGURE_TEXT = st.lists(
    st.sampled_from(
        ["5", "12", "1.009.168", "75,4", "1 205", "%", "-", "–", "/", "(", ")", ",", ":", "."]
        + ["đảng viên", "chi bộ cơ sở", "xã", "phường", "thị trấn", "lượt", "cán bộ", "TCCSĐ"]
        + ["hai", "mươi", "triệu", "trở lên", "đến", "Tỉnh", "năm", "tháng", "ha", "tạ"]
        + [" ", " ", " ", "\n"]
    ),
    max_size=14,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_FIGURE_TEXT)
def test_main_single_reads_as_main_on_single_spaced_text(text: str) -> None:
    r = rules()
    if not single_spaced(text):
        return
    for i in range(len(text)):
        a, b = r.main.match(text, i), r.main_single.match(text, i)
        assert (a and a.regs) == (b and b.regs)


@settings(max_examples=300, deadline=None)
@given(_FIGURE_TEXT)
def test_figure_runs_keep_every_start_the_main_pattern_reads(text: str) -> None:
    # _FIGURE_RUNS drops the digit runs where the main pattern cannot read a figure
    # (NUMBER_START) and the bare ones (_BARE_END), which _read drops
    r = rules()
    kept = {m.start() for m in figures._FIGURE_RUNS.finditer(text)}
    for m in regex.finditer(r"\d++", text):
        if text.startswith(figures._BARE_END, m.end()):
            continue
        if r.main.match(text, m.start()) is not None:
            assert m.start() in kept


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="sốthứkỳ quyếtnămđạttrênhơn:.Ss \n", max_size=20))
def test_last_letter_gates_agree_with_the_full_suffix_test(text: str) -> None:
    r = rules()
    for j in range(len(text) + 1):
        for words, by_char in (
            (r.stop_last_words, r.stop_last_by_char),
            (r.qual_last_words, r.qual_last_by_char),
        ):
            gate = j > 0 and text.endswith(by_char.get(text[j - 1], ()), 0, j)
            assert gate == text.endswith(words, 0, j)


def test_dictionary_read_whole_matches_line_by_line() -> None:
    words = _FR.dictionary()
    if not words:
        return  # underthesea's word list is not installed here
    import importlib.util
    import unicodedata

    spec = importlib.util.find_spec("underthesea")
    assert spec is not None and spec.submodule_search_locations
    path = Path(next(iter(spec.submodule_search_locations))) / "corpus" / "data" / "Viet74K.txt"
    expected = set()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            w = _FR.to_old_tones(unicodedata.normalize("NFC", line.strip().lower()))
            if w:
                expected.add(w)
    assert words == frozenset(expected)


@settings(max_examples=300, deadline=None)
@given(st.decimals(min_value=1000, max_value=3000, allow_nan=False, places=2))
def test_is_year_is_membership_in_the_year_range(value: Decimal) -> None:
    assert figures._is_year(value) == (value in figures._YEAR)
    whole = value.to_integral_value()
    assert figures._is_year(whole) == (whole in figures._YEAR)


def test_table_patterns_compile_when_first_needed() -> None:
    text = "Chỉ tiêu | ĐVT | 2024\nLúa | ha | 1.250"
    doc = Document(path="t", text=text, sentences=[(0, len(text))])
    got = [(m.text, m.attrs["unit"]) for m in figures.extract(doc, [], Options())]
    assert got == [("1.250", "ha")]


# ---------------------------------------------------------------- dates


_DATE_TEXT = st.text(alphabet="0123456789-/.,: \n\u2013\u2212\u00a0aăx", max_size=40)


@settings(max_examples=1000, deadline=None)
@given(_DATE_TEXT)
def test_digit_forms_found_from_separators_are_the_scan(text: str) -> None:
    assert _spans(dates._digit_forms(text)) == _spans(dates._DIGIT_FORMS.finditer(text))


_LOOKBACK_TEXT = st.lists(
    st.sampled_from(
        ["ngày", "Ngày", "đầu", "cuối", "giữa", "hết", "Hết", "6", "12", "tháng", "nửa"]
        + ["từ", "Từ", "nhiệm kỳ", "giai đoạn", "thời kỳ", "năm", "Năm", "x", ","]
        + [" ", " ", "  ", "\n", "\u00a0", "\x1c"]
    ),
    max_size=10,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_LOOKBACK_TEXT)
def test_look_back_gates_never_skip_a_match(text: str) -> None:
    for pattern in dates._LAST_WORDS:
        for pos in range(len(text) + 1):
            for width in (8, 24, 32):
                plain = pattern.search(text, max(0, pos - width), pos)
                got = dates._before(pattern, text, pos, width)
                assert (got and got.regs) == (plain and plain.regs)


# ---------------------------------------------------------------- legal references


def _old_province_pattern() -> regex.Pattern:
    names = "|".join(
        regex.escape(w) for w in sorted(legal_refs._PROVINCE_NAMES, key=len, reverse=True)
    )
    return regex.compile(parse.tone_tolerant(rf"(?<!\p{{L}})(?P<p>{names})(?!\p{{L}})"))


_PROVINCE_TEXT = st.lists(
    st.sampled_from(
        ["Hà Nam", "Hà Nội", "Hòa Bình", "Hoà Bình", "Khánh Hòa", "Thanh Hóa", "Thanh Hoá"]
        + ["Bà Rịa - Vũng Tàu", "Bà Rịa-Vũng Tàu", "TP. Hồ Chí Minh", "Hồ Chí Minh", "Hà"]
        + ["Nam Định", "Đắk Lắk", "Đắc Lắc", "tỉnh ", "Tỉnh ủy ", "Tỉnh uỷ ", "thành phố "]
        + [" ", ",", "x", "Nội", "Bình Định"]
    ),
    max_size=8,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_PROVINCE_TEXT)
def test_province_trie_reads_as_the_alternation(text: str) -> None:
    old = _old_province_pattern()
    assert _spans(legal_refs._PROVINCE.finditer(text)) == _spans(old.finditer(text))
    assert legal_refs.document_province(text) == _old_document_province(text, old)


def _old_document_province(text: str, province: regex.Pattern) -> str | None:
    from collections import Counter

    counts: Counter[str] = Counter()
    for first, nxt in legal_refs.rules.PLACE_TRIGGERS.items():
        names = "|".join(
            regex.escape(w) for w in sorted(legal_refs._PROVINCE_NAMES, key=len, reverse=True)
        )
        place = regex.compile(
            parse.tone_tolerant(
                rf"(?<=(?<!\p{{L}}){legal_refs._either_case(first[0])}){regex.escape(first[1:])}"
                rf"(?:\s++(?:{legal_refs._alt(w for w in nxt if w)})){'?' if '' in nxt else ''}"
                rf"\s++(?P<p>{names})(?!\p{{L}})"
            )
        )
        for m in place.finditer(text):
            if (p := legal_refs._province(m.group("p"))) is not None:
                counts[p] += 1
    if not counts:
        counts = Counter(
            p
            for m in province.finditer(text)
            if (p := legal_refs._province(m.group("p"))) and p != "Hồ Chí Minh"
        )
    return counts.most_common(1)[0][0] if counts else None


def test_province_spellings_are_the_tone_tolerant_ones() -> None:
    for name in legal_refs._PROVINCE_NAMES:
        pattern = regex.compile(parse.tone_tolerant(regex.escape(name)))
        spellings = legal_refs._spellings(name)
        assert all(pattern.fullmatch(s) for s in spellings)
        # every old/modern choice, and nothing else
        assert len(spellings) == 2 ** sum(name.count(m) for m in TONE_VARIANTS)


_ANCHOR_TEXT = st.lists(
    st.sampled_from(
        ["Nghị quyết số ", "số", "Số: ", "quyết", "định", " tư ", "04", "5", "123456"]
        + ["-NQ/TU", " - NQ / TU", "-CT/", "/", ".", ",", "-", "x", " ", "\n", "\u00a0"]
    ),
    max_size=8,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_ANCHOR_TEXT)
def test_number_anchor_reads_as_before(text: str) -> None:
    # the run-start test moved to the front of both branches
    old = regex.compile(
        rf"\d(?:(?<=(?:{legal_refs._alt(legal_refs._TYPE_ENDINGS)}):?\s\d)|(?<![\w/.,-]\d)"
        rf"\d{{0,4}}+\s*+{parse.DASH}\s*+(?:{legal_refs._alt(legal_refs.rules.PARTY_TYPE_CODES)})"
        r"\s*+/)"
    )
    assert _spans(legal_refs._NUMBER_ANCHOR.finditer(text)) == _spans(old.finditer(text))
