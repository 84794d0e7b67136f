"""Rule data of the figures extractor: loaded from ``figures.yaml``, validated, compiled.

Everything here is built once per process (``functools.cache``) and nothing runs at
import time; the patterns only some reports need (tables, text with unusual spaces) are
compiled when first used. E.g. ``rules().unit_lemma("Thôn, bản")`` -> ``"thôn bản"``.

Known conflicts, in the order the main pattern resolves them (as in underthesea's
``regex_tokenize``): a date "20/4/2016" or "23-5-2016" beats a fraction or a range
(the trailing part disqualifies the figure); a symbol "04-NQ/TU" or "15/2023/TT-BNV"
beats a figure (a letter or "/" glued after it); a range "15-20%" beats two figures;
a year range "2015-2020" is neither.
"""

from __future__ import annotations

import importlib.util
import unicodedata
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

import regex
import yaml

from ...errors import MinerError

DATA_FILE = Path(__file__).with_name("figures.yaml")
# libyaml's loader when PyYAML was built with it: the same data as yaml.safe_load, ten
# times faster to parse (the pure-Python loader cost ~25 ms of the first use)
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
QUALIFIERS = ("exact", "approx", "min", "max")
ROLES = ("digit", "ten", "tens", "hundred", "link")

# Tone placement on the final "oa", "oe", "uy": the project's canonical form is "òa",
# "ùy" ("hoà" -> "hòa", "uỷ" -> "ủy"). Both forms are accepted in the text.
_TONES_NEW_TO_OLD = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}  # fmt: skip
_TONES_OLD_TO_NEW = {v: k for k, v in _TONES_NEW_TO_OLD.items()}
_TO_OLD = regex.compile(r"(?<![qQ])(?:" + "|".join(_TONES_NEW_TO_OLD) + r")(?!\p{L})")
_TO_NEW = regex.compile(r"(?<![qQ])(?:" + "|".join(_TONES_OLD_TO_NEW) + r")(?!\p{L})")
_PUNCT = regex.compile(r"[\p{P}\p{S}]++")
_SPACES = regex.compile(r"\s++")

SP = r"[^\S\n]"  # horizontal space: a figure and its unit never cross a line break
# nouns that never follow "/" as a per-unit: a plan or target the count is set against
_NOT_PER = rf"(?:chỉ{SP}++tiêu|kế{SP}++hoạch|mục{SP}++tiêu|dự{SP}++toán)"
# The horizontal spaces (SP) other than " ", as the regex module reads the class
# (tests/test_extractor_equivalence.py checks the list against every code point).
OTHER_SPACES = (
    "\t\x0b\x0c\r\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
# A figure in Vietnamese notation, most specific first:
#   "1.009.168" "75,4"  -> thousands "." and decimal ","      # e.g. 40.240 đảng viên
#   "1 205"             -> space grouping (checked in code)   # e.g. 1 205 lượt
#   "07" "2016" "0,37"  -> plain digits                       # e.g. 07 huyện
NUMBER = (
    r"\d{1,3}(?:\.\d{3})++(?!\d)(?:,\d++)?+"
    r"|\d{1,3}(?:[ \u2009\u202f\u00a0]\d{3})++(?![\d.,])"
    r"|\d++(?:,\d++)?+"
)
# Not glued to a word or to another figure ("Covid-19", "I-2020", "1.2.3").
NUMBER_START = r"(?<![\p{L}\p{N}_]|\d[.,/:]|[\p{L}\p{N}][-–—])"


_DOUBLE_SPACE = regex.compile("  ")  # twice as quick as ``"  " in text`` on Vietnamese text


def single_spaced(text: str) -> bool:
    """Whether every horizontal space of ``text`` is one " " alone: normalised reports are
    (their spaces are collapsed), and there ``Rules.main_single`` reads what ``main`` reads.
    ``str.__contains__`` is a fast scan for one character. E.g. "có 5  hộ" -> False."""
    return _DOUBLE_SPACE.search(text) is None and not any(map(text.__contains__, OTHER_SPACES))


def _for_single_spaces(pattern: str) -> str:
    """``pattern`` for a ``single_spaced`` text: there ``SP++`` matches exactly the one " "
    (no space follows it) and ``SP*+`` that " " or nothing, so "\\ " and "\\ ?+" match
    the same, the latter as possessively. It is quicker: the regex module resets every
    repeat of a pattern at each match call, and the unit vocabulary holds over a
    thousand ``SP++`` ("đảng viên", "chi bộ cơ sở" ...)."""
    out = pattern.replace(SP + "++", r"\ ").replace(SP + "*+", r"\ ?+")
    if SP in out:
        raise ValueError("figures: a horizontal space that is neither SP++ nor SP*+")
    return out


def to_old_tones(text: str) -> str:
    """Canonical tone placement. E.g. "Đảng uỷ" -> "Đảng ủy", "hoà" -> "hòa"."""
    return _TO_OLD.sub(lambda m: _TONES_NEW_TO_OLD[m.group()], text)


def tone_variants(word: str) -> set[str]:
    """Both tone placements of ``word``. E.g. "ủy viên" -> {"ủy viên", "uỷ viên"}."""
    old = to_old_tones(word)
    new = _TO_NEW.sub(lambda m: _TONES_OLD_TO_NEW[m.group()], old)
    return {word, old, new}


def _alternation(words: list[str] | set[str] | frozenset[str]) -> str:
    """One regex alternation compiled as a character trie, so it matches in one step.

    Longest wins by backtracking on the optional tails; spaces match any horizontal
    space. Tone-placement variants of every word are included.
    E.g. ["chi bộ", "chi bộ cơ sở"] -> "chi[^\\S\\n]++bộ(?:[^\\S\\n]++cơ[^\\S\\n]++sở|)".
    """
    trie: dict[str, Any] = {}
    for variant in {v for w in words for v in tone_variants(w)}:
        node = trie
        for ch in variant:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _longest_first(words: list[str] | set[str] | frozenset[str]) -> str:
    """A plain alternation sorted longest first, for patterns matched in reverse (``(?r)``),
    where a trie would stop at the shorter word ("dưới" before "không dưới")."""
    variants = {v for w in words for v in tone_variants(w)}
    ordered = sorted(variants, key=lambda w: (-len(w), w))
    return "|".join(regex.escape(w).replace(r"\ ", SP + "++") for w in ordered)


def _last_words(words: set[str] | frozenset[str]) -> tuple[str, ...]:
    """The last syllables of ``words`` and their tone variants, for ``str.endswith``: a
    backward pattern can only match where the text before the figure ends with one.
    E.g. {"nghị quyết", "số"} -> ("quyết", "số")."""
    for w in words:
        if not w[-1:].isalpha():  # the gates in __init__ skip only spaces, ":" and "."
            raise _fail(f"{w!r} must end with a letter")
    return tuple(sorted({v.split()[-1] for w in words for v in tone_variants(w)}))


def _by_last_char(words: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """``words`` grouped by their last character, for ``str.endswith``: a suffix test
    against the few words ending with the text's last letter instead of all of them.
    E.g. ("quyết", "số", "thứ") -> {"t": ("quyết",), "ố": ("số",), "ứ": ("thứ",)}."""
    out: dict[str, list[str]] = {}
    for w in words:
        out.setdefault(w[-1], []).append(w)
    return {c: tuple(ws) for c, ws in out.items()}


def _trie_regex(node: dict[str, Any]) -> str:
    return _trie_part(node)[0]


def _trie_part(node: dict[str, Any]) -> tuple[str, int]:
    """The regex of a trie node and the number of nodes below it."""
    parts = [(ch, *_trie_part(child)) for ch, child in node.items() if ch]
    # the branches of a node start with different characters, so at most one can match
    # and their order changes nothing but speed: the regex module tries them in turn,
    # and the biggest subtrees ("đ", "c", "t" ...) are the likeliest to match
    parts.sort(key=lambda p: (-p[2], p[0]))
    branches = [(SP + "++" if ch == " " else regex.escape(ch)) + body for ch, body, _ in parts]
    size = sum(1 + n for _, _, n in parts)
    if not branches:
        return "", size
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        # "(?:X|)" is "(?:X)?" (X first, then nothing) without a repeat: the regex
        # module resets every repeat of a pattern at each match call, and the unit
        # vocabulary alone holds hundreds of optional tails
        return "(?:" + body + "|)", size
    return body, size


def _fail(message: str) -> MinerError:
    return MinerError(f"figures.yaml: {message}", "E200")


def _need(entry: dict[str, Any], keys: tuple[str, ...], where: str) -> None:
    missing = [k for k in keys if k not in entry]
    if missing:
        raise _fail(f"{where}: missing key(s) {missing}")
    if not entry.get("note") or not entry.get("examples"):
        raise _fail(f"{where}: every entry needs a 'note' and 'examples'")


def _words(entry: dict[str, Any], where: str) -> list[str]:
    words = entry["words"]
    if not isinstance(words, list) or not words or not all(isinstance(w, str) for w in words):
        raise _fail(f"{where}: 'words' must be a non-empty list of strings")
    for w in words:
        if w != w.strip() or w != unicodedata.normalize("NFC", w) or w != w.lower():
            raise _fail(f"{where}: {w!r} must be lowercase, NFC, without outer spaces")
    if len(set(words)) != len(words):
        raise _fail(f"{where}: duplicate words {sorted({w for w in words if words.count(w) > 1})}")
    return words


@dataclass(frozen=True)
class NumberWord:
    value: int
    role: str
    standalone: bool
    cued: bool = False  # alone a figure only after a cue word ("còn một đơn")


@dataclass
class Rules:
    """The validated rule data and the compiled patterns built from it."""

    multipliers: dict[str, int]
    money_multipliers: dict[str, int]  # "tr." -> 10^6, only before the currency
    currency: list[str]  # the words money_multipliers must stand before ("đồng", "đ")
    number_words: dict[str, NumberWord]
    before: dict[str, str]  # qualifier word -> qualifier
    after: dict[str, str]
    qual_compounds: frozenset[str]  # "chế độ": not the qualifier "độ"
    word_cues: frozenset[str]  # "còn", "khai trừ": "một" after them is a count
    comparatives: frozenset[str]
    units: dict[str, str]  # unit word -> group
    listable: frozenset[str]
    classifiers: frozenset[str]
    complements: frozenset[str]
    variants: dict[str, str]
    strong: frozenset[str]
    doc_types: frozenset[str]
    weak: frozenset[str]
    date_words: dict[str, tuple[int, int]]
    plenum: frozenset[str]  # "Trung ương 4": a plenum number, unless an amount follows
    plenum_max: int
    plenum_units: frozenset[str]  # "Trung ương 6 khóa XII": still the plenum
    fallback_stop: frozenset[str]
    unit_columns: frozenset[str]
    count_headings: frozenset[str]
    fraction_cues: frozenset[str]
    breakdown_openers: frozenset[str]
    label_stop: frozenset[str]
    label_compounds: tuple[str, ...]
    part_window: int  # how far before its distant parts a total may stand
    part_label_words: int
    part_header_stop: regex.Pattern  # a list header that names its own measure
    line_heading: regex.Pattern  # a label that is "Chương", "Phụ lục số": a heading, no count
    other_column: regex.Pattern  # a column heading "STT", "Ghi chú": its numbers are no counts
    group_column: regex.Pattern  # a label column heading "Khối", "Đơn vị": rows name groups
    member_flow: regex.Pattern  # a list label ending in a change of membership ("… từ trần ")
    member_nouns: frozenset[str]  # the members such a list counts ("đảng viên", "hội viên")
    member_prefix_words: frozenset[str]  # words a label may say before its change ("trong năm")
    rate_word: regex.Pattern  # "tỷ lệ", "bình quân", "%": numbers near it are no counts
    change_word: regex.Pattern  # "tăng", "đạt" heading a column or ending a label: no count
    _main_source: str = field(init=False)
    main_single: regex.Pattern = field(init=False)
    _lemmas: dict[str, str] = field(init=False, default_factory=dict)
    openers: tuple[tuple[str, bool], ...] = field(init=False)
    lower_openers: tuple[tuple[str, bool], ...] = field(init=False)
    compound_words: tuple[str, ...] = field(init=False)
    qual_before: regex.Pattern = field(init=False)
    qual_compound: regex.Pattern = field(init=False)
    word_cue: regex.Pattern = field(init=False)
    once_again: regex.Pattern = field(init=False)
    qual_last_words: tuple[str, ...] = field(init=False)
    qual_last_by_char: dict[str, tuple[str, ...]] = field(init=False)
    before_stop: regex.Pattern = field(init=False)
    stop_last_words: tuple[str, ...] = field(init=False)
    stop_last_by_char: dict[str, tuple[str, ...]] = field(init=False)
    line_start: regex.Pattern = field(init=False)
    after_bad: regex.Pattern = field(init=False)
    next_words: regex.Pattern = field(init=False)
    connector: regex.Pattern = field(init=False)
    aside_change: regex.Pattern = field(init=False)
    from_before: regex.Pattern = field(init=False)
    range_joint: regex.Pattern = field(init=False)
    figure_before: regex.Pattern = field(init=False)
    date_number_after: regex.Pattern = field(init=False)
    breakdown_open: regex.Pattern = field(init=False)
    breakdown_item: regex.Pattern = field(init=False)
    breakdown_desc_open: regex.Pattern = field(init=False)
    sibling_item: regex.Pattern = field(init=False)
    item_label_before: regex.Pattern = field(init=False)
    fraction_cue: regex.Pattern = field(init=False)
    comparative_before: regex.Pattern = field(init=False)
    part_gap: regex.Pattern = field(init=False)
    title_before: regex.Pattern = field(init=False)

    def __post_init__(self) -> None:
        units = _alternation(self.units)
        listable = _alternation(self.listable)
        classifiers = _alternation(self.classifiers)
        nouns = (
            f"{units}|{_alternation(self.complements)}" if self.complements else units
        )  # what may follow a classifier
        end = r"(?![\p{L}\p{N}])"
        unit = (
            rf"(?P<clf>(?:{classifiers}){SP}++"  # e.g. 31 lượt cán bộ, 214 lượt cán bộ, đảng viên
            rf"(?:(?:{listable}){end}(?:,{SP}*+(?-i:(?=\p{{Ll}}))(?:{listable}){end})++"
            rf"|(?:{nouns}){end}))"
            rf"|(?P<list>(?:{listable}){end}(?:,{SP}*+(?-i:(?=\p{{Ll}}))(?:{listable}){end})++)(?-i:(?!{SP}*+\p{{Lu}}))"  # e.g. 129 xã, phường, thị trấn
            # a per-unit after "/", never a plan: "1.286 người/chỉ tiêu 1.200 người" is a count
            # set against its target, not a unit "người/chỉ tiêu"
            rf"|(?:{units}){end}(?:/(?!{_NOT_PER}{end})(?:{units}){end}){{0,3}}"  # e.g. 40.240 đảng viên, 62,5 tạ/ha
            rf"|(?P<acr>(?-i:[\p{{Lu}}]{{2,8}}))(?![\p{{L}}\p{{N}}/\-])"  # e.g. 625 TCCSĐ
        )
        words = _alternation(self.number_words.keys() | self.multipliers.keys())
        word_number = rf"(?:{words}){end}(?:{SP}++(?:{words}){end}){{0,6}}"
        quals = _longest_first(self.before)
        tails = _alternation(self.after)
        mults = _alternation(self.multipliers)
        money = _alternation(self.money_multipliers) if self.money_multipliers else "(?!)"
        currency = (
            rf"(?={SP}*+(?i:{_alternation(self.currency)})(?![\p{{L}}\p{{N}}]))"
            if self.currency
            else ""
        )
        # where a figure may start: a run of digits (``_FIGURE_RUNS`` in __init__), or a
        # number word that can open a count (one scan over the reversed text)
        self.openers = tuple(
            (form + " ", nw.standalone or nw.cued)
            for w, nw in self.number_words.items()
            if nw.role in ("digit", "ten") and w not in ("mốt", "tư", "lăm", "nhăm", "không")
            for form in (w, w.capitalize())
        )
        self.lower_openers = tuple((f, st) for f, st in self.openers if f[0].islower())
        self.compound_words = tuple(
            w + " " for w, nw in self.number_words.items() if nw.role in ("tens", "hundred", "ten")
        ) + tuple(w for w in self.multipliers)
        # the qualifier and "từ" right before a figure, read backwards from it
        self.qual_before = regex.compile(
            rf"(?r)(?:(?<![\p{{L}}\p{{N}}])(?P<qual>(?i:{quals})){SP}++)?"
            rf"(?:(?<![\p{{L}}\p{{N}}])(?P<from>(?i:từ)){SP}++)?\Z"
        )
        self.qual_last_words = _last_words(set(self.before) | {"từ"})
        # a noun ending with the qualifier word: "chế độ| 14 người" (not "độ 14")
        self.qual_compound = regex.compile(
            rf"(?r)(?i)(?<![\p{{L}}])(?:{_longest_first(self.qual_compounds)})\Z"
        )
        # what makes "một" alone a count: a cue word ("còn một đơn", "khai trừ một đồng
        # chí"), or a figure and its noun in a list before it ("13 xã và một thị trấn")
        self.word_cue = regex.compile(
            rf"(?r)(?i)(?:(?<![\p{{L}}])(?:{_longest_first(self.word_cues)})"
            rf"|(?<![\p{{L}}\p{{N}}])[\d.,]*+\d(?:{SP}++\p{{L}}++){{1,4}}(?:,|{SP}++và))"
            rf"{SP}++\Z"
        )
        # "một lần nữa" (once again), "một năm rưỡi" (a year and a half): no count of one
        self.once_again = regex.compile(rf"{SP}++(?i:nữa|rưỡi)(?!\p{{L}})")
        self.qual_last_by_char = _by_last_char(self.qual_last_words)
        self._main_source = rf"""(?x)
            (?:
                {NUMBER_START}(?P<n1>{NUMBER})                               # e.g. 40.240
              | (?<![\p{{L}}\p{{N}}])(?P<w>(?i:{word_number}))               # e.g. ba mươi mốt
                (?=(?i:{SP}++(?:{units}){end}))
            )
            (?:
                (?P<pct1>{SP}*+%)?{SP}*+(?P<rsep>[-–—]|(?i:đến|tới)(?!\p{{L}})){SP}*+(?P<n2>{NUMBER})  # e.g. 15-20%
              | /(?P<den>{NUMBER})                                           # e.g. 1.349/1.443
            )?
            (?:{SP}++(?P<mult>(?i:{mults})(?:{SP}++(?i:{mults}))?(?!\p{{L}})     # e.g. 57 vạn, 3,5 nghìn tỷ
                            |(?i:{money}){currency})                           # e.g. 45 tr.đ
               (?:{SP}++(?P<sub>\d{{1,3}}){SP}++(?P<mult2>(?i:{mults}))(?!\p{{L}}))?)?  # e.g. 3 tỷ 200 triệu
            (?:
                {SP}*+(?P<pct>%|(?i:phần{SP}++trăm)(?!\p{{L}}))              # e.g. 75,4%
              | {SP}*+(?P<unit>(?i:{unit}))                                  # e.g. 2.390 km2
            )?
            (?:{SP}++(?:\p{{Ll}}++{SP}++){{0,2}}?(?P<tail>(?i:{tails}))(?!\p{{L}}))?  # e.g. mới trở lên
            """
        # the main pattern as it reads a single_spaced text, the common case; ``main``
        # itself is compiled when a text with other spaces comes (or a test asks for it)
        self.main_single = regex.compile(_for_single_spaces(self._main_source))
        stops = self.strong | self.doc_types | self.weak | set(self.date_words) | self.plenum
        stop_words = _longest_first(stops)
        # the word right before a figure, with an optional "số" ("Nghị quyết số 04")
        self.before_stop = regex.compile(
            rf"(?r)(?i)(?:(?P<every>mỗi|hằng|hàng|từng|các|những|mọi){SP}++)?"
            rf"(?<![\p{{L}}\p{{N}}])(?P<word>{stop_words})(?P<so>{SP}++số)?[ :.]?{SP}*+\Z"
        )
        self.stop_last_words = _last_words(stops | {"số"})
        self.stop_last_by_char = _by_last_char(self.stop_last_words)
        self.line_start = regex.compile(r"(?r)(?:^|\n)[^\S\n]*+[(\[•\-–*]?[^\S\n]*+\Z")
        self.after_bad = regex.compile(
            r"[-–—/.][\p{L}\p{N}]"  # e.g. 04-NQ/TU, 20/4/2016, 1.2.
            rf"|{SP}*+[-–—]{SP}*+\p{{Lu}}"  # e.g. 09 – NQ/TU
            r"|[\p{L}]"  # e.g. 09về (glued word)
        )
        self.next_words = regex.compile(rf"{SP}++(\p{{Ll}}++(?:{SP}\p{{Ll}}++){{0,3}})")
        self.connector = regex.compile(
            rf"(?r)(?i){SP}++(?:xuống{SP}còn|giảm{SP}xuống{SP}còn|giảm{SP}còn|giảm{SP}xuống|xuống|"
            rf"tăng{SP}lên{SP}đến|tăng{SP}lên|lên{SP}đến|lên{SP}tới|lên|còn|"
            rf"trên{SP}tổng{SP}số|trên){SP}++\Z"  # e.g. 5 trên tổng số 7 xã
        )
        # a bare figure with its time in brackets before the change word: "giảm từ 14
        # (cuối năm 2020) xuống còn 5 chi bộ" -> "14" borrows "chi bộ" like "từ 14 xuống"
        self.aside_change = regex.compile(
            rf"{SP}*+\([^()\n]{{1,40}}\){SP}++(?i:xuống|lên|còn|giảm|tăng)(?!\p{{L}})"
        )
        # "từ 50 hộ đến 70 hộ": two counts of one unit joined into a range
        self.from_before = regex.compile(rf"(?r)(?<!\p{{L}})(?P<from>[Tt]ừ){SP}++\Z")
        self.range_joint = regex.compile(
            rf"{SP}++(?:đến|tới){SP}++\Z"
        )  # matched up to the next figure
        # a figure right before a qualifier word: "5 trên 7 xã" ("trên" is not a bound)
        self.figure_before = regex.compile(rf"(?r)\d{SP}++\Z")
        # a number and a date number after a date-word unit: "Đợt 1 năm| 2023"
        self.date_number_after = regex.compile(rf"{SP}++\d")
        # the parts of a breakdown after a total: "12 đảng viên (khiển trách 8, cảnh cáo
        # 3, cách chức 1)", "7 đảng viên, trong đó: khiển trách 4, cảnh cáo 2"
        # "17 đảng viên, gồm: khiển trách 10, …", "cụ thể:\n- Khiển trách: 10;\n- …"
        openers = _alternation(self.breakdown_openers)
        intro = rf"(?i:{openers})(?!\p{{L}})(?:{SP}*+:\s*+(?:[-–•+*]{SP}*+)?|{SP}++)"
        bullet = rf"\s*+(?:[-–•+*]{SP}*+)?"
        # a colon right after the total opens its parts too: "giảm 480 đảng viên: từ trần
        # 211, chuyển đi 226, xóa tên 43"
        self.breakdown_open = regex.compile(
            rf"{SP}*+\({SP}*+(?:{intro})?|,?{SP}*+{intro}|{SP}*+:{bullet}|{SP}++-{SP}++"
        )  # a dash opens the parts too: "16 đảng viên - khiển trách 9, cảnh cáo 4" (— is - here)
        # "Trong 372 chi bộ trực thuộc: xuất sắc 61; tốt 254": a total after "Trong" at
        # the start of a clause, a short lowercase modifier, then ":" or ","
        self.lead_total_before = regex.compile(rf"(?r)(?:^|[.;:\n]{SP}*+|,{SP}++)[Tt]rong{SP}++\Z")
        self.lead_open = regex.compile(rf"(?:{SP}++\p{{Ll}}++){{0,5}}?{SP}*+[:,]{bullet}")
        # the total's noun may run on before its bracket: "22 đơn đủ điều kiện và thuộc thẩm
        # quyền xem xét, giải quyết (tố cáo 18, khiếu nại 4)"; lowercase words right after the
        # unit, at most one short comma-piece at the end, none a verb of change or of time
        desc_stop = r"(?:tăng|giảm|còn|đã|sẽ|đang|lên|xuống|so|với|trong|đến|tới|từ|chiếm|đạt)"
        word = rf"(?!{desc_stop}(?!\p{{L}}))\p{{Ll}}++"
        self.breakdown_desc_open = regex.compile(
            rf"(?:{SP}++{word}){{1,10}}(?:,{SP}*+{word}(?:{SP}++{word}){{0,2}})?{SP}*+\({SP}*+"
        )
        # one part: a label (1-6 words, "Đảng" the one capital inside: "cho ra khỏi Đảng 43";
        # its words may be joined by "," or " -": "dê, cừu 16.480", "văn hóa - xã hội 13"; a
        # year may end it: "năm 2021: 9", "6 tháng đầu năm 2023: 9"), maybe ":", the
        # bare number, maybe its share ("(16,4%)", ", chiếm 13%"), then "," ";" "và" for
        # more, or the end of the list
        share = rf"\d++(?:,\d++)?+{SP}*+%"
        self.breakdown_item = regex.compile(
            rf"(?P<label>(?:\d{{1,2}}{SP}++tháng(?:{SP}++(?:đầu|cuối))?{SP}++năm{SP}++\d{{4}}(?=:))"
            rf"|\p{{L}}\p{{Ll}}*+(?:(?:,|{SP}-)?{SP}++(?:\p{{Ll}}++|Đảng\b|\d{{4}}(?=:))){{0,5}}?)"
            rf"(?:{SP}*+:)?{SP}++"
            rf"(?P<n>{NUMBER})(?![\d.,]\d)"
            rf"(?P<share>{SP}*+\({SP}*+{share}{SP}*+\)|,{SP}*+chiếm{SP}++{share})?"
            rf"(?:(?P<more>{SP}*+[,;]\s*+(?:[-–•+*]{SP}*+)?|{SP}++và{SP}++)"
            rf"|(?={SP}*+(?:[).;\n]|$)))"
        )
        # a later item of a list whose first item has its unit: "khối xã 789 đảng viên, khối
        # cơ quan, đơn vị sự nghiệp 274, khối doanh nghiệp 141"; its label may hold commas
        # and " - " ("văn hóa - xã hội 437"), up to 8 words
        self.sibling_item = regex.compile(
            rf"(?P<label>\p{{L}}\p{{Ll}}*+(?:(?:,|{SP}-)?{SP}++\p{{Ll}}++){{0,7}}?)(?:{SP}*+:)?{SP}++"
            rf"(?P<n>{NUMBER})(?![\d.,]\d)(?!{SP}*+(?:%|(?!và(?!\p{{L}}))\p{{L}}))"
            rf"(?:(?P<more>{SP}*+[,;]{SP}*+|{SP}++và{SP}++)|(?={SP}*+(?:[).;\n]|$)))"
        )
        # a list item's own label right before its count: "…: khối xã 789", "; tốt 33"
        self.item_label_before = regex.compile(
            rf"(?r)(?:[:;]|,|\btrong đó|\bgồm)(?:{SP}*+(?:có{SP}++)?)"
            rf"\p{{Ll}}++(?:(?:,|{SP}-)?{SP}++\p{{Ll}}++){{0,7}}?{SP}++\Z"
        )
        # the word or bracket before a small bare fraction that makes it a share, not a
        # date: "đạt 3/5", "62,5% (5/8)"
        self.fraction_cue = regex.compile(
            rf"(?r)(?:(?P<pct>%{SP}*+\(){SP}*+|(?<!\p{{L}})(?i:{_longest_first(self.fraction_cues)}){SP}++)\Z"
        )
        # between two parts of a distant list: the separator, maybe a line break and a
        # bullet, then the next part's short label (dates inside it are blanked to letters)
        # and maybe ":": ", cảnh cáo ", ";\n- Hoàn thành tốt nhiệm vụ: ", " và "
        pword = r"\p{L}++(?:-\p{L}++)*+"  # no quotes: "mô hình “Dân vận khéo” 8" names one
        psep = rf"(?:{SP}*+[,\-–]{SP}*+|{SP}++)"
        self.part_gap = regex.compile(
            rf"{SP}*+(?:[,;]|và(?!\p{{L}})){SP}*+(?:\n{SP}*+(?:[-–•+*]{SP}*+)?)?"
            rf"(?P<label>{pword}(?:{psep}{pword}){{0,{self.part_label_words - 1}}})?{SP}*+:?{SP}*+"
        )
        comparatives = _longest_first(self.comparatives)
        self.comparative_before = regex.compile(
            rf"(?r)(?i)(?<![\p{{L}}])(?:{comparatives}){SP}++\Z"
        )
        # a capitalised word right before the figure that does not start a sentence
        self.title_before = regex.compile(
            rf"(?r)[\p{{L}}\p{{N}},)]{SP}++\p{{Lu}}\p{{Ll}}*+{SP}++\Z"
        )

    @cached_property
    def main(self) -> regex.Pattern:
        """The main pattern, for any text (see ``main_single``)."""
        return regex.compile(self._main_source)

    # Table cells (see `tables` in figures.yaml): a cell that is a number alone, and the
    # unit a row label, unit column or column heading gives it. Compiled when a report
    # first holds a " | " table: three of them carry the unit vocabulary twice, and
    # compiling them was a third of the first use of the rules.
    @cached_property
    def _unit_phrase(self) -> str:
        units = _alternation(self.units)
        rate = rf"(?:{units})(?![\p{{L}}\p{{N}}])(?:/(?!{_NOT_PER}(?![\p{{L}}\p{{N}}]))(?:{units})(?![\p{{L}}\p{{N}}])){{0,3}}"
        mults = _alternation(self.multipliers)
        if self.money_multipliers and self.currency:  # e.g. "tr.đ" in a unit column
            money = _alternation(self.money_multipliers)
            currency = _alternation(self.currency)
            mults = rf"{mults}(?={SP})|{money}(?={SP}*+(?:{currency})(?![\p{{L}}\p{{N}}]))"
            return rf"(?:(?P<mult>{mults}){SP}*+)?(?P<unit>{rate})"
        return rf"(?:(?P<mult>{mults}){SP}++)?(?P<unit>{rate})"  # e.g. tỷ đồng, tạ/ha

    @cached_property
    def unit_word(self) -> regex.Pattern:  # a vocabulary noun anywhere: "hộ dân", "chi bộ"
        return regex.compile(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{_alternation(self.units)})(?![\p{{L}}\p{{N}}])"
        )

    @cached_property
    def cell_number(self) -> regex.Pattern:
        return regex.compile(rf"{SP}*+(?P<n>{NUMBER}){SP}*+")

    @cached_property
    def label_unit(self) -> regex.Pattern:  # e.g. Khách du lịch (lượt), Doanh thu (ĐVT: tỷ đồng)
        unit_cols = _longest_first(self.unit_columns)
        return regex.compile(
            rf"(?i)\({SP}*+(?:(?:{unit_cols}){SP}*+:{SP}*+)?{self._unit_phrase}{SP}*+\)"
        )

    @cached_property
    def caption_unit(self) -> regex.Pattern:  # e.g. (đơn vị: triệu đồng) before a table
        return regex.compile(
            rf"(?i)\({SP}*+(?:đvt|đơn vị tính|đơn vị){SP}*+:{SP}*+{self._unit_phrase}{SP}*+\)"
        )

    @cached_property
    def heading_unit(self) -> regex.Pattern:  # e.g. Số đảng viên
        return regex.compile(
            rf"(?i){SP}*+(?:{_longest_first(self.count_headings)}){SP}++{self._unit_phrase}"
        )

    @cached_property
    def cell_unit(self) -> regex.Pattern:  # e.g. | ha |
        return regex.compile(rf"(?i){SP}*+{self._unit_phrase}{SP}*+")

    @cached_property
    def unit_column(self) -> regex.Pattern:  # e.g. | ĐVT |
        return regex.compile(rf"(?i){SP}*+(?:{_longest_first(self.unit_columns)}){SP}*+")

    def unit_lemma(self, unit: str) -> str:
        """Grouping key of a unit. E.g. "Thôn, bản" -> "thôn bản", "Đ/c" -> "đồng chí"."""
        lemma = self._lemmas.get(unit)
        if lemma is None:
            lemma = self._lemmas[unit] = self._lemma(unit)
        return lemma

    def _lemma(self, unit: str) -> str:
        key = _SPACES.sub(" ", to_old_tones(unit.lower())).strip()
        key = self.variants.get(key, key)
        if "/" in key and key not in self.variants:  # "đ/người/năm": each noun of a rate
            key = "/".join(self.variants.get(p.strip(), p.strip()) for p in key.split("/"))
        key = _SPACES.sub(" ", _PUNCT.sub(" ", key)).strip()
        return self.variants.get(key, key)


def _multiplier_table(entries: list[dict[str, Any]], where: str) -> dict[str, int]:
    """word -> value of a list of multiplier entries, each checked ("vạn" -> 10000)."""
    table: dict[str, int] = {}
    for i, e in enumerate(entries):
        _need(e, ("word", "value"), f"{where}[{i}]")
        if not isinstance(e["value"], int) or e["value"] <= 1:
            raise _fail(f"{where}[{i}]: value must be an integer > 1")
        table[e["word"]] = e["value"]
    return table


def _load(data: dict[str, Any]) -> Rules:
    if not isinstance(data, dict) or data.get("version") != 1:
        raise _fail("expected a mapping with version: 1")
    multipliers = _multiplier_table(data["multipliers"], "multipliers")
    money = data.get("money_multipliers") or {"currency": [], "words": []}
    money_multipliers = _multiplier_table(money["words"], "money_multipliers.words")
    currency = list(money["currency"])
    number_words: dict[str, NumberWord] = {}
    for i, e in enumerate(data["number_words"]):
        _need(e, ("word", "value", "role", "standalone"), f"number_words[{i}]")
        if e["role"] not in ROLES:
            raise _fail(f"number_words[{i}]: role must be one of {ROLES}")
        cued = bool(e.get("cued", False))
        if cued and (e["standalone"] or e["role"] != "digit"):
            raise _fail(f"number_words[{i}]: only a digit that is not standalone can be cued")
        number_words[e["word"]] = NumberWord(e["value"], e["role"], bool(e["standalone"]), cued)
    quals: dict[str, dict[str, str]] = {"before": {}, "after": {}}
    for side in ("before", "after"):
        for i, e in enumerate(data["qualifiers"][side]):
            where = f"qualifiers.{side}[{i}]"
            _need(e, ("words", "qualifier"), where)
            if e["qualifier"] not in QUALIFIERS:
                raise _fail(f"{where}: qualifier must be one of {QUALIFIERS}")
            for w in _words(e, where):
                quals[side][w] = e["qualifier"]
    compounds = data["qualifiers"]["compounds"]
    _need(compounds, ("words",), "qualifiers.compounds")
    for w in _words(compounds, "qualifiers.compounds"):
        if w.split()[-1] not in quals["before"] or " " not in w:
            raise _fail(f"qualifiers.compounds: {w!r} must be a word ending with a qualifier")
    cues = data["word_count_cues"]
    _need(cues, ("words",), "word_count_cues")
    comp = data["comparatives"]
    _need(comp, ("words",), "comparatives")
    units: dict[str, str] = {}
    listable: set[str] = set()
    for i, e in enumerate(data["units"]):
        where = f"units[{i}] ({e.get('group')})"
        _need(e, ("group", "list", "words"), where)
        for w in _words(e, where):
            if w in units:
                raise _fail(f"{where}: {w!r} already in group {units[w]!r}")
            units[w] = e["group"]
            if e["list"]:
                listable.add(w)
    clf = data["classifiers"]
    _need(clf, ("words", "complements"), "classifiers")
    for w in _words(clf, "classifiers"):
        if w not in units:
            raise _fail(f"classifiers: {w!r} must also be a unit (it may stand alone)")
    variants = data["unit_variants"]
    if not isinstance(variants, dict) or not all(isinstance(v, str) for v in variants.values()):
        raise _fail("unit_variants must map strings to strings")
    stops = data["stop_contexts"]
    for key in ("strong", "doc_types", "weak", "date"):
        _need(stops[key], ("words",), f"stop_contexts.{key}")
    plenum = stops["plenum"]
    _need(plenum, ("words", "max", "units"), "stop_contexts.plenum")
    if not isinstance(plenum["max"], int) or plenum["max"] < 1:
        raise _fail("stop_contexts.plenum: max must be a positive integer")
    for w in _words({"words": plenum["units"]}, "stop_contexts.plenum.units"):
        if w not in units:
            raise _fail(f"stop_contexts.plenum: {w!r} must be a unit")
    date_words: dict[str, tuple[int, int]] = {}
    for w, span in stops["date"]["words"].items():
        if not (isinstance(span, list) and len(span) == 2 and span[0] <= span[1]):
            raise _fail(f"stop_contexts.date: {w!r} needs [min, max]")
        date_words[w] = (span[0], span[1])
    tables = data["tables"]
    _need(tables, ("unit_columns", "count_headings", "group_columns"), "tables")
    groups = _words({"words": tables["group_columns"]}, "tables.group_columns")
    fractions = data["fractions"]
    _need(fractions, ("cues",), "fractions")
    bd = data["breakdowns"]
    _need(bd, ("openers", "label_stop"), "breakdowns")
    dp = data["distant_parts"]
    _need(dp, ("window", "label_words"), "distant_parts")
    if not all(isinstance(dp[k], int) and dp[k] > 0 for k in ("window", "label_words")):
        raise _fail("distant_parts: window and label_words must be positive integers")
    header_stop = _words({"words": dp.get("header_stop", [])}, "distant_parts.header_stop")
    fb = data["fallback_stop_words"]
    _need(fb, ("words",), "fallback_stop_words")
    bare = data["bare_numbers"]
    _need(bare, ("heading_words",), "bare_numbers")
    headings = _words({"words": bare["heading_words"]}, "bare_numbers.heading_words")
    others = _words({"words": bare.get("other_columns", [])}, "bare_numbers.other_columns")
    rate_words = _words({"words": bare.get("rate_words", [])}, "bare_numbers.rate_words")
    changes = _words({"words": bare.get("change_words", [])}, "bare_numbers.change_words")
    flows = _words({"words": bare.get("member_flows", [])}, "bare_numbers.member_flows")
    members = _words({"words": bare.get("member_nouns", [])}, "bare_numbers.member_nouns")
    return Rules(
        change_word=regex.compile(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{_longest_first(changes)})(?![\p{{L}}\p{{N}}])"
        ),
        other_column=regex.compile(
            rf"(?i)[^\S\n]*+(?:{_longest_first(others)})(?![\p{{L}}\p{{N}}])"
            r"(?!\s*+(?:\d|[IVX]++(?![\p{L}\p{N}])))"  # "Năm 2023", "Quý I" head counts
        ),
        member_flow=regex.compile(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{_longest_first(flows)})[^\S\n]*+:?[^\S\n]*+\Z"
        ),
        member_nouns=frozenset(members),
        member_prefix_words=frozenset(
            w
            for p in _words({"words": bare["member_flow_prefix_words"]}, "member_flow_prefix_words")
            for w in p.split()
        ),
        group_column=regex.compile(
            rf"(?i)[^\S\n]*+(?:{_longest_first(groups)})(?![\p{{L}}\p{{N}}])[^\S\n]*+"
        ),
        rate_word=regex.compile(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{_longest_first(rate_words)})(?![\p{{L}}\p{{N}}])"
            r"|%|‰|(?<=\p{Ll})\s*+/\s*+(?=\p{Ll})|\d{4}\s*+/\s*+\d{4}"  # "Đảng viên/chi bộ", "2024/2023"
        ),
        line_heading=regex.compile(rf"(?i)(?:{_longest_first(headings)})(?:[^\S\n]++số)?[^\S\n]*+"),
        multipliers=multipliers,
        money_multipliers=money_multipliers,
        currency=currency,
        number_words=number_words,
        before=quals["before"],
        after=quals["after"],
        qual_compounds=frozenset(compounds["words"]),
        word_cues=frozenset(_words(cues, "word_count_cues")),
        comparatives=frozenset(_words(comp, "comparatives")),
        units=units,
        listable=frozenset(listable),
        classifiers=frozenset(clf["words"]),
        complements=frozenset(
            _words({"words": clf["complements"]}, "classifiers.complements")
            if clf["complements"]
            else ()
        ),
        variants=dict(variants),
        strong=frozenset(_words(stops["strong"], "stop_contexts.strong")),
        doc_types=frozenset(_words(stops["doc_types"], "stop_contexts.doc_types")),
        weak=frozenset(_words(stops["weak"], "stop_contexts.weak")),
        date_words=date_words,
        plenum=frozenset(_words(plenum, "stop_contexts.plenum")),
        plenum_max=plenum["max"],
        plenum_units=frozenset(plenum["units"]),
        fallback_stop=frozenset(set(fb["words"])),
        unit_columns=frozenset(_words({"words": tables["unit_columns"]}, "tables.unit_columns")),
        count_headings=frozenset(
            _words({"words": tables["count_headings"]}, "tables.count_headings")
        ),
        fraction_cues=frozenset(_words({"words": fractions["cues"]}, "fractions.cues")),
        breakdown_openers=frozenset(_words({"words": bd["openers"]}, "breakdowns.openers")),
        label_stop=frozenset(_words({"words": bd["label_stop"]}, "breakdowns.label_stop")),
        label_compounds=tuple(
            _words({"words": bd.get("label_compounds", [])}, "breakdowns.label_compounds")
        ),
        part_window=dp["window"],
        part_label_words=dp["label_words"],
        part_header_stop=regex.compile(
            rf"(?<!\p{{L}})(?:{_longest_first(header_stop)})(?!\p{{L}})"
        ),
    )


@cache
def rules() -> Rules:
    """The rules, loaded and compiled once per process."""
    with DATA_FILE.open(encoding="utf-8") as fh:
        return _load(yaml.load(fh, Loader=_YAML_LOADER))


@cache
def dictionary() -> frozenset[str]:
    """Multi-syllable Vietnamese words (underthesea's Viet74K list), lowercase.

    Read from the installed underthesea package without importing it; empty when the
    file is absent (the fallback then only takes one-syllable nouns it cannot check).
    E.g. "địa phương" in dictionary().
    """
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    path = Path(next(iter(spec.submodule_search_locations))) / "corpus" / "data" / "Viet74K.txt"
    if not path.is_file():
        return frozenset()
    # the whole file at once, not line by line (a third of the time): lowercasing,
    # NFC and the tone placement never reach across a line break, and the tone
    # pattern's look-arounds see a line break where a line's ends would be
    with path.open(encoding="utf-8") as fh:
        text = to_old_tones(unicodedata.normalize("NFC", fh.read().lower()))
    words = {w for line in text.split("\n") if (w := line.strip())}
    return frozenset(words)


@cache
def _counted_noun() -> regex.Pattern:
    units = _alternation(rules().units)
    return regex.compile(rf"{SP}++(?:{units})(?![\p{{L}}\p{{N}}])")


def counted_noun_pattern() -> regex.Pattern:
    """The compiled " <counted noun>" pattern of the unit vocabulary (lowercase text)."""
    return _counted_noun()


def counted_noun_at(text: str, pos: int) -> bool:
    """Whether a counted noun of the unit vocabulary (lowercase) follows ``pos``.

    Lets other extractors tell a count from a name: e.g. "Kết luận 2| cuộc kiểm tra"
    -> True, "Nghị quyết 04| của Tỉnh ủy" -> False.
    """
    return _counted_noun().match(text, pos) is not None
