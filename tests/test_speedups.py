"""The fast paths give exactly what the plain forms they replace give."""

from __future__ import annotations

import importlib

import pytest
import regex

from vnreport_miner.extractors.entities import docfacts
from vnreport_miner.extractors.entities.tables import _OLD_TONE, _move_tone, fold
from vnreport_miner.pipeline.normalise_rules import CHAR_MAP, CONFUSABLES
from vnreport_miner.pipeline.segment import _CANDIDATE

# the package exports the stage function under the module's name
normalise_module = importlib.import_module("vnreport_miner.pipeline.normalise")

_MAP_RARE_CASES = [
    "Đảng bộ\u00a0xã – 2015–2020",
    "a\u00ad\u200bb\tc\r\x0bd\u2028e",
    "„Nghị quyết‟ «số 04» ‚x‛ ＂y＂",
    "Đảng vіên\u00a0và Cyrillic сôпg",  # Cyrillic look-alikes, then a rare space
    "\u00a0\u00a0ѕ\u2013",
    "no rare character at all",
    "",
]


def _map_rare_plain(text: str) -> str:
    """The plain form: translate every rare character, then fix mixed-script words."""
    text = text.translate(str.maketrans(CHAR_MAP))
    if any(c in text for c in CONFUSABLES):
        text = normalise_module._MIXED_WORD.sub(
            lambda m: m.group().translate(normalise_module._CONFUSABLE_TABLE), text
        )
    return text


@pytest.mark.parametrize("text", _MAP_RARE_CASES)
def test_map_rare_matches_translate(text: str) -> None:
    assert normalise_module._map_rare(text) == _map_rare_plain(text)


def test_map_rare_values_are_never_keys() -> None:
    # the replace loop relies on it: a replacement never brings a new rare character
    assert not {v for v in CHAR_MAP.values() if v} & (set(CHAR_MAP) | set(CONFUSABLES))


@pytest.mark.parametrize("text", ["a  b", "a     b", "a \u00a0 b", " ", "", "x"])
def test_normalise_space_runs_collapse(text: str) -> None:
    out = normalise_module.normalise_text(text)
    assert "  " not in out


@pytest.mark.parametrize(
    "text", ["Có 5 xã. Có 2 phường", "Vậy... Rồi", "Hả?! Ừ..", "1.500 . ... .... ?..", ".", ""]
)
def test_segment_candidate_matches_plain_alternation(text: str) -> None:
    plain = regex.compile(r"\.{3,}+|[.?!]")
    assert [m.span() for m in _CANDIDATE.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Tỉnh ủy Điện Biên có 625 TCCSĐ, BCH và UBND-TU",
        "Tỉnh Ủy UBND Hà Nội",
        "A B C, HĐND huyện Mường Chà",
        "04-NQ/TU của Ban Thường vụ Tỉnh ủy",
        "Đ'Ao Lư R'Lấp XY-ZW",
        "",
    ],
)
def test_capital_scan_matches_both_scans(text: str) -> None:
    runs, tokens = docfacts.capital_scan(text)
    assert [m.span() for m in runs] == [m.span() for m in docfacts._RE_RUN.finditer(text)]
    assert tokens == docfacts._RE_ABBR.findall(text)


@pytest.mark.parametrize(
    "text",
    ["Hoà Bình", "xã Thuỷ", "quả, quý", "hoàn thành", "OÀ UỶ", "qoà", "toà.", "Hòa Phú", ""],
)
def test_fold_matches_plain_substitution(text: str) -> None:
    plain = _OLD_TONE.sub(_move_tone, text)
    assert fold(text) == (plain if len(plain) == len(text) else text)
