"""The figures extractor's shortcuts give the same mentions as the full patterns.

Each shortcut skips a pattern only where it cannot match: the lowercase gates before
``before_stop`` / ``qual_before``, the plain characters before ``after_bad``, the bare
digit runs in ``_starts`` and the reversed number-word scan. These tests pin the
assumptions they rest on.
"""

from __future__ import annotations

import re
import sys

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from vnreport_miner.extractors import figures
from vnreport_miner.extractors.figures.rules import SP, rules
from vnreport_miner.records import Document, Options

_ALL = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)


def _extract(text: str) -> list[tuple]:
    doc = Document(path="t", text=text, sentences=[(0, len(text))])
    return [(m.type, m.start, m.end, m.rule, m.attrs) for m in figures.extract(doc, [], Options())]


def test_gate_letters_lowercase_as_the_patterns_match_them() -> None:
    # the gates compare text.lower() with the last words; (?i) must not match a letter
    # that lowercases to something else, except "ſ" (no gates then) and letters whose
    # lowercase is longer (no gates either: offsets would not line up)
    r = rules()
    letters = set("".join(r.stop_last_words + r.qual_last_words))
    odd = set()
    for v in letters:
        for c in regex.findall("(?i)" + regex.escape(v), _ALL):
            if c.lower() != v and len(c.lower()) == 1:
                odd.add(c)
    assert odd <= {figures._CASE_FOLD_ONLY}


def test_pattern_spaces_are_python_spaces() -> None:
    # _word_end skips str.isspace(): it must cover the patterns' horizontal space
    assert all(c.isspace() for c in regex.findall(SP, _ALL))


def test_long_s_turns_the_gates_off() -> None:
    # "ſố 5": (?i) reads "số", a stop word; str.lower() does not
    assert _extract("Nghị quyết ſố 5 về") == []
    assert _extract("Nghị quyết số 5 về") == []


@pytest.mark.parametrize(
    "text",
    ["(1) Tỉnh ủy", "Tỉnh ủy(2) chỉ đạo", "Điều 5: các xã", "mục 3, 4 và 5", "năm 12\nxã", "có 7"],
)
def test_bare_digit_runs_are_never_figures(text: str) -> None:
    # what _starts skips: the main pattern reads a bare figure that _read drops
    r = rules()
    for m in regex.finditer(r"\d++", text):
        if not text.startswith(figures._BARE_END, m.end()):
            continue
        fig = r.main.match(text, m.start())
        low = text.lower()
        assert fig is None or figures._read(fig, text, r, [], [], low) is None


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["hai", "Ba", "năm", "một", "trăm", "mươi", "khai", "xã", "hộ", "(", "_", "-"]
            + ["\n", " ", "  ", "7", "MỘT", "İ", "ſ", "“"]
        ),
        max_size=12,
    ).map(" ".join)
)
def test_reversed_opener_scan_matches_forward_scan(text: str) -> None:
    r = rules()
    low = text.lower()
    forms = r.lower_openers if len(low) == len(text) else r.openers
    src = low if len(low) == len(text) else text
    standalone = dict(forms)
    forward = re.compile("|".join(re.escape(f) for f, _ in forms))
    expected = sorted(
        m.start()
        for m in forward.finditer(src)
        if (m.start() == 0 or not src[m.start() - 1].isalnum())
        and (standalone[m.group()] or src.startswith(r.compound_words, m.end()))
    )
    got = figures._starts(text, r, [], [], low if len(low) == len(text) else None)
    digits = [m.start() for m in regex.finditer(r"\d++", text)]
    assert [i for i in got if i not in digits] == expected
