"""Figures: counts and measures (quantity), percentages (percent), fractions (ratio).

One compiled pass of :data:`rules.Rules.main` (``main_single`` on the single-spaced text
of a normalised report, quicker and the same) finds figure candidates with their
qualifier, range, fraction, multiplier, percent sign or unit; the code below rejects
the ones that are dates, symbols, names, ordinals, enumerators or footnote markers,
and reads the value. E.g. "Tỉnh có trên 540 đảng viên, đạt 93,5%." ->
quantity "trên 540 đảng viên" (540, unit "đảng viên", min) and percent "93,5%" (93.5).

Rules (``Mention.rule``):
  count_unit          # e.g. 40.240 đảng viên, 07 huyện, 2.390 km2
  count_list          # e.g. 129 xã, phường, thị trấn
  count_classifier    # e.g. 31 lượt cán bộ
  count_acronym       # e.g. 625 TCCSĐ
  count_words         # e.g. hai chi bộ, ba mươi mốt đảng viên
  count_multiplier    # e.g. 57 vạn dân, 2,5 triệu đồng, 3 tỷ 200 triệu đồng, 3,5 nghìn tỷ đồng
  count_fallback      # e.g. 765 việc đột phá (next word from the dictionary)
  count_borrowed_unit # e.g. từ 328 xuống còn 89 bản -> "328" counts "bản"
  count_range         # e.g. từ 50 đến 70 đảng viên, từ 50 hộ đến 70 hộ
  count_breakdown     # e.g. 12 đảng viên (khiển trách 8, cảnh cáo 3) -> "8", "3" đảng viên
                      #      17 đảng viên, gồm: khiển trách 10, cảnh cáo 5 -> "10", "5"
  count_breakdown     #      Kỷ luật 29 đảng viên. Theo hình thức: khiển trách 17, cảnh cáo 8,
                      #      cách chức 1, khai trừ 3. -> "17", "8", "1", "3" đảng viên (parts
                      #      far from their total: read only when they add up to it)
  count_table_cell    # e.g. Khách du lịch (lượt) | 412.500 -> "412.500" lượt
  percent             # e.g. gần 62%, từ 20% trở lên
  percent_range       # e.g. 15-20%
  fraction            # e.g. 1.349/1.443 thôn bản, đạt 87,5% (35/40) -> 35/40, unit null
"""

from __future__ import annotations

import re
from bisect import bisect_right
from decimal import Decimal
from functools import cache
from itertools import islice
from operator import itemgetter
from typing import Any

import regex

from ...records import Document, Mention, Options
from .rules import (
    NUMBER_START,
    Rules,
    counted_noun_pattern,
    dictionary,
    rules,
    single_spaced,
    to_old_tones,
)

NAME = "figures"
ASSIGNS = ("quantity", "percent", "ratio")
OPTION = None

_SKIP_TYPES = frozenset({"date", "period", "legal_ref"})
_YEAR = range(1900, 2201)


def _is_year(value: Decimal) -> bool:
    """``value in _YEAR`` for a Decimal, without the walk over the range that ``in`` makes
    for anything but an int: a whole number from 1900 to 2200."""
    return _YEAR.start <= value < _YEAR.stop and value == value.to_integral_value()


_WS = regex.compile(r"\s++")
_WORD = regex.compile(r"\S++")
_PLAIN_AFTER = frozenset(("", ",", ";", ":", ")", "%", "\n"))  # never start an after_bad
_DASHES = frozenset("-–—")  # as in after_bad
# After a digit run, these end a bare figure: no decimal part, range, fraction,
# multiplier, percent, unit or qualifier can follow, and _read drops a bare figure that
# no lowercase word or "(" follows ("(1)", "Điều 5:", "mục 3, 4"). Such runs are
# skipped before the main pattern.
_BARE_END = (")", ":", "\n", ", ", ",\n")
# The digit runs where the main pattern can read a figure, in one scan: not glued to a
# word or another figure (the main pattern's own NUMBER_START: it fails at any other
# digit, as no number word starts with one), and not followed by one of _BARE_END (the
# run is possessive, so the look-ahead sees what follows the whole run).
_FIGURE_RUNS = regex.compile(
    NUMBER_START + r"\d++(?!" + "|".join(regex.escape(x) for x in _BARE_END) + ")"
)
_CASE_FOLD_ONLY = "\u017f"  # "ſ": (?i) matches it to "s", but "ſ".lower() stays "ſ"


def _number(raw: str) -> Decimal:
    """Value of a figure in Vietnamese notation. E.g. "1.009.168" -> 1009168, "75,4" -> 75.4."""
    if raw.isdecimal():  # most figures: digits alone, nothing to remove
        return Decimal(raw)
    return Decimal(
        raw.replace(".", "")
        .replace(",", ".")
        .replace(" ", "")
        .replace("\u2009", "")
        .replace("\u202f", "")
        .replace("\u00a0", "")
    )


def _plain(value: Decimal) -> int | float:
    """An int when whole, else a float. E.g. Decimal("2500000.0") -> 2500000."""
    return int(value) if value == value.to_integral_value() else float(value)


def words_value(text: str, r: Rules | None = None) -> int | None:
    """Value of a figure written in words, or None when it is not a well-formed count.

    E.g. "ba mươi mốt" -> 31, "mười lăm" -> 15, "một trăm linh năm" -> 105,
    "hai nghìn" -> 2000; "một" -> None (the article), "năm" -> None (the year).
    """
    r = r or rules()
    words = _WS.split(text.lower().strip())
    if len(words) == 1 and (words[0] in r.number_words and not r.number_words[words[0]].standalone):
        return None
    total, group, last = 0, 0, "start"
    for w in words:
        if w in r.multipliers:
            if last in ("start", "mult", "link"):
                return None
            total += (group or 1) * r.multipliers[w]
            group, last = 0, "mult"
            continue
        nw = r.number_words.get(w)
        if nw is None:
            return None
        if nw.role == "digit":
            if last == "digit" or (
                w in ("mốt", "tư", "lăm", "nhăm") and last not in ("ten", "tens")
            ):
                return None
            if w == "mốt" and last != "tens":
                return None
            group += nw.value
            last = "digit"
        elif nw.role == "ten":
            if last in ("digit", "ten", "tens"):
                return None
            group += 10
            last = "ten"
        elif nw.role == "tens":
            digit = group % 10
            if last != "digit" or digit < 2:
                return None
            group += digit * 9
            last = "tens"
        elif nw.role == "hundred":
            digit = group % 10
            if last != "digit" or group >= 10:
                return None
            group = digit * 100
            last = "hundred"
        else:  # link: "một trăm linh năm"
            if last != "hundred":
                return None
            last = "link"
    if last == "link":
        return None
    return total + group


class _Cand:
    """A figure that passed the checks, before it becomes a Mention."""

    __slots__ = ("type", "start", "end", "rule", "attrs", "has_unit", "num_start", "qual_word")

    def __init__(
        self,
        type_: str,
        start: int,
        end: int,
        rule: str,
        attrs: dict[str, Any],
        has_unit: bool,
        num_start: int,
        qual_word: bool,
    ) -> None:
        self.type, self.start, self.end, self.rule = type_, start, end, rule
        self.attrs, self.has_unit, self.num_start, self.qual_word = (
            attrs,
            has_unit,
            num_start,
            qual_word,
        )


def _fallback_unit(text: str, pos: int, r: Rules) -> str | None:
    """The counted noun after a figure when no vocabulary unit follows, or None.

    Takes the longest dictionary word (up to four syllables) starting at the next
    lowercase syllable, unless that syllable is a function word or a verb.
    E.g. " việc đột phá trong năm" -> "việc".
    """
    m = r.next_words.match(text, pos)
    if m is None:
        return None
    sylls = m.group(1).split()
    if sylls[0] in r.fallback_stop:
        return None
    words = dictionary()
    if not words:
        return None
    # two syllables at least: a lone syllable is as often a verb ("lần 2 bàn về")
    for n in range(min(4, len(sylls)), 1, -1):
        if to_old_tones(" ".join(sylls[:n])) in words:
            # as written: raw text may join the syllables with a no-break space
            return _first_words(m.group(1), n)
    return None


# unit groups whose one-syllable nouns a classifier may be cut inside ("lớp tập huấn"); not
# people ("lượt người ở xã": "người ở" is also a word)
_THINGS = frozenset(("documents", "measures", "bodies"))
# the syllable right after a unit, on the same line
_NEXT_SYLLABLE = regex.compile(r"[ \xa0]++(\p{Ll}++)(?![\p{L}\p{N}])")


def _whole_word(text: str, end: int, u: str, clf: bool, r: Rules) -> tuple[str, int] | None:
    """The unit a vocabulary match cut inside a word, mended, or None when it is whole.

    The vocabulary matches whole syllables, not whole words: "3 lớp tập huấn" is no "lớp
    tập" (a volume). When the unit's last syllable after a classifier and the next syllable
    make one dictionary word ("tập huấn"), the classifier stands alone ("lớp"). (Compound
    nouns are named whole in the vocabulary instead: "báo cáo viên", "ngày công"; extending
    any unit by a dictionary word read "trường trung", "hộ sản", "lượt là".)
    """
    if not clf or " " not in u:  # most units: no classifier word to cut off
        return None
    m = _NEXT_SYLLABLE.match(text, end)
    if m is None:
        return None
    head, last = u.split(" ", 1)
    if (
        head in r.classifiers
        and " " not in last
        and r.units.get(to_old_tones(last)) in _THINGS
        and to_old_tones(f"{last} {m.group(1)}") in dictionary()
    ):
        return head, end - len(u) + len(head)
    return None


def _first_words(words: str, n: int) -> str:
    """The first ``n`` words of ``words`` as written, with the spaces between them.
    E.g. ("việc\xa0đột phá trong", 2) -> "việc\xa0đột"."""
    ends = [w.end() for w in _WORD.finditer(words)]
    return words[: ends[n - 1]]


def _cued_word(m: regex.Match, w: str, r: Rules) -> int | None:
    """The value of a lone cued number word ("một") before its unit when a cue word or
    a listed figure comes before it, else None (the article).
    E.g. "còn một đơn" -> 1, "khai trừ một đồng chí" -> 1, "13 xã và một thị trấn" -> 1;
    "là một nhiệm vụ", "mỗi quý một lần", "một lần nữa" -> None."""
    nw = r.number_words.get(w.lower())
    if nw is None or not nw.cued:
        return None
    start, end = m.start("w"), m.end("unit")
    if r.once_again.match(m.string, end):
        return None
    if r.word_cue.search(m.string, max(0, start - 40), start) is None:
        return None
    return nw.value


def _date_after(m: regex.Match, r: Rules) -> bool:
    """Whether the unit is a date word with a number after it: "1 năm| 2023"."""
    u = m.group("unit")
    return (
        to_old_tones(u.lower()) in r.date_words
        and r.date_number_after.match(m.string, m.end("unit")) is not None
    )


_PER_ITEM = frozenset(("mỗi", "hằng", "hàng", "từng"))  # "mỗi khóa 40 học viên"

# an administrative noun and a proper name right after a named unit's number: the place the
# unit is in ("Khu phố 12 phường Tân Định", "Ấp 3 xã Tân Phú"), not a count of wards
_PLACE_AFTER_UNIT = regex.compile(
    r"(?i:phường|xã|thị trấn|quận|huyện|thị xã|thành phố|tỉnh)[^\S\n]++\p{Lu}"
)


def _place_after(m: regex.Match) -> bool:
    """Whether the unit after the figure is an admin noun with a name: "12 |phường Tân Định"."""
    return _PLACE_AFTER_UNIT.match(m.string, m.start("unit")) is not None


_AMONG_SO = regex.compile(r"(?i)\b(?:trong|tổng|trên)\s+$")


def _stop_before(
    text: str,
    start: int,
    value: Decimal,
    unit: str | None,
    r: Rules,
    fig: regex.Match | None = None,
    amount: bool = False,
    strong_only: bool = False,
) -> bool:
    """Whether the word before the figure makes it a name, symbol, ordinal or date part.

    ``unit`` is the vocabulary unit after the figure, if any; ``fig`` the figure's match
    when it has a unit, to see a date word and a number after it ("Đợt 1 năm 2023":
    the figure names the batch); ``amount`` whether the figure is written as an amount
    (a decimal or grouping mark, or a multiplier: "42,5 tỷ", "2.150"), which no name,
    plenum, day, month or year is.
    E.g. "Nghị quyết 04" (strong), "thôn 3 có" (weak, no unit), "tháng 3" (date),
    but "3 tháng 1 lần" (a count follows the month word: "1 lần" is kept),
    "ngân sách trung ương 42,5 tỷ đồng", "trong năm 2.150 lượt người" (amounts).
    """
    m = r.before_stop.search(text, max(0, start - 40), start)
    if m is None:
        return False
    word = to_old_tones(_WS.sub(" ", m.group("word").lower()))
    if word == "số" and _AMONG_SO.search(text, max(0, m.start("word") - 12), m.start("word")):
        return False  # "trong số 1.860 bệnh nhân", "trên tổng số 1.860 …": among, no name
    if strong_only and word not in r.strong and word not in r.date_words:
        return False  # a list part after a naming noun: "chi bộ 6, cấp ủy các cấp 9"
    every = m.group("every") is not None
    has_vocab_unit = unit is not None
    if word in r.plenum:
        # "Trung ương 4 (khóa XII)": a plenum is a small whole number with no counted
        # noun after it ("khóa" aside); "trung ương 42,5 tỷ đồng" is an amount
        if amount or value > r.plenum_max or value != value.to_integral_value():
            return False
        return not has_vocab_unit or to_old_tones(_WS.sub(" ", unit.lower())) in r.plenum_units
    if amount and (word in r.date_words or word in r.strong):
        return False  # "trong năm 2.150 lượt", "lương tháng 5 triệu đồng"
    if word in r.date_words and not m.group("so"):
        lo, hi = r.date_words[word]
        if every or not (lo <= value <= hi and value == value.to_integral_value()):
            return False
        if hi < 1900 and has_vocab_unit:  # "tháng 1 lần": a count, unless a time unit follows
            return r.units.get(to_old_tones(_WS.sub(" ", unit.lower()))) == "measures"
        return True
    if word in r.strong:
        # "mỗi khóa 40 học viên", "mỗi kỳ họp 2 ngày": a count per item, not a name
        return not (
            every
            and has_vocab_unit
            and m.group("every").lower() in _PER_ITEM
            and (fig is None or not _date_after(fig, r))
        )
    if word in r.doc_types and m.group("word")[0].isupper():
        # "Kế hoạch 1.600 ha, thực hiện 1.890 ha": a plan's amount, not a document number
        return not (has_vocab_unit and (fig is None or not _date_after(fig, r)))
    # weak naming noun ("thôn 3", "số 10"): a count only when a known unit follows
    # that is not the start of a date ("Đợt 1 năm 2023") nor a place ("Khu phố 12 phường Tân
    # Định")
    return not every and (
        not has_vocab_unit or (fig is not None and (_date_after(fig, r) or _place_after(fig)))
    )


def _word_end(low: str, pos: int) -> int:
    """Where the word before ``pos`` ends, past its spaces. E.g. ("có 5", 3) -> 2.

    With the lowercased text, a cheap gate before the backward patterns (``before_stop``,
    ``qual_before``): they match only after a word ending with one of their last
    syllables (``Rules.stop_last_words``, ``Rules.qual_last_words``). Any space counts
    (``isspace`` covers the pattern's horizontal spaces), so the gate never skips a
    match."""
    while pos and low[pos - 1].isspace():
        pos -= 1
    return pos


def _overlaps(spans: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    """Whether [s, e) overlaps a date, period or reference span (sorted by start)."""
    i = bisect_right(starts, e - 1) - 1
    while i >= 0 and starts[i] > s - 400:  # references are short: look back a little
        if spans[i][1] > s:
            return True
        i -= 1
    return i >= 0 and spans[i][1] > s


def extract(doc: Document, found: list[Mention], options: Options) -> list[Mention]:
    """Quantities, percentages and fractions in ``doc.text``.

    E.g. "có 115 xã, 9 phường và 5 thị trấn" -> three quantities;
    "đạt 15-20%" -> percent (low 15, high 20); "1.349/1.443 thôn bản" -> ratio.
    """
    text = doc.text
    r = rules()
    spans = sorted((m.start, m.end) for m in found if m.type in _SKIP_TYPES)
    starts = [s for s, _ in spans]
    cands: list[_Cand] = []
    pos = 0
    main = r.main_single if single_spaced(text) else r.main
    # one lowercase copy for the number-word scan and the gates in _read; None when
    # lowercasing changes the length (rare letters), so offsets would not line up
    low: str | None = text.lower()
    if len(low) != len(text):
        low = None
    # the gates compare lowercase text with lowercase words, which the patterns' (?i)
    # agrees with except for the long s ("ſ" matches "s"): no gates when it occurs
    gate = low if low is not None and _CASE_FOLD_ONLY not in text else None
    for at in _starts(text, r, spans, starts, low):
        if at < pos:
            continue
        m = main.match(text, at)
        if m is None or m.end() == m.start():
            continue
        pos = m.end()
        cand = _read(m, text, r, spans, starts, gate)
        if cand is None:
            n1 = m.group("n1")
            if n1 and " " in n1:  # "quý 3 100%": read again from the second group
                pos = m.start("n1") + n1.index(" ") + 1
            continue
        cands.append(cand)
    if "|" in text and " | " in text:  # one character first: a much quicker scan
        cells = _table_cells(text, r, spans, starts)
        if cells:
            taken = {c.num_start for c in cands}
            cands.extend(c for c in cells if c.num_start not in taken)
            cands.sort(key=lambda c: c.start)
    out = _finish(cands, text, r)
    if " sao" in text:  # "hạng ba sao": a rating in words, which reports write as a name
        out = [m for m in out if m.attrs.get("unit") not in RATINGS or _DIGIT.search(m.text)]
    if "," in text or ";" in text:
        parts = _distant_parts(out, text, r, spans, starts)
        if parts:
            out.extend(parts)
            out.sort(key=lambda m: m.start)
    lines = _label_lines(out, text, r, spans, starts)
    if "(" in text:
        lines += _bracket_bases(out, text, spans, starts)
        if "):" in text:
            lines += _dash_rows(out, text, r, spans, starts)
    if lines:
        out.extend(lines)
        out.sort(key=lambda m: m.start)
    return out


# a line "label (unit): plan - done - rate%", as reports list their main targets: "- Diện
# tích gieo trồng lúa (ha): 46.500 - 44.820 - 96,4%"
_DASH_ROW = regex.compile(
    r"(?m)^[^\S\n]*+(?:[-–•+*][^\S\n]*+)?(?P<label>[^\n:()]{3,80}?)[^\S\n]*+"
    r"(?P<unit>\([^()\n]{1,25}\))[^\S\n]*+:[^\S\n]*+(?P<rest>[^\n]{3,80})"
)
_NUM_PART = r"\d{1,3}(?:\.\d{3})++(?!\d)|\d++(?:,\d++)?+"  # "1.250", "45", "98,4"
_PLAN_DONE_RATE = regex.compile(
    rf"(?P<a>{_NUM_PART})[^\S\n]*+-[^\S\n]*+(?P<b>{_NUM_PART})[^\S\n]*+-[^\S\n]*+"
    rf"(?P<p>\d++(?:,\d++)?+)[^\S\n]*+%"
)


def _dash_rows(
    out: list[Mention], text: str, r: Rules, spans: list[tuple[int, int]], starts: list[int]
) -> list[Mention]:
    """The plan and the result of "label (unit): plan - done - rate%" lines, in the bracket's
    unit, when the rate is the result over the plan: "- Sản lượng cá tra (tấn): 62.000 -
    47.350 - 76,4%" -> 62000 and 47350 tấn (47.350/62.000 = 76.4%). The unit must be one of
    the vocabulary's ("(ước)", "(Đông Xuân)" are no units); a line that does not fit is not
    read (a range "7.500 - 8.200", document or road numbers, ordinals)."""
    found: list[Mention] = []
    taken = sorted((m.start, m.end) for m in out)
    taken_starts = [s for s, _ in taken]
    for row in _DASH_ROW.finditer(text):
        if r.rate_word.search(row.group("label")):
            continue
        unit = _unit_of(r.label_unit.fullmatch(row.group("unit")), r)
        fit = _PLAN_DONE_RATE.match(row.group("rest"))
        if unit is None or fit is None:
            continue
        plan, done = _number(fit.group("a")), _number(fit.group("b"))
        rate = _number(fit.group("p"))
        decimals = len(fit.group("p").split(",")[1]) if "," in fit.group("p") else 0
        if not plan or abs(done * 100 / plan - rate) > Decimal(1).scaleb(-decimals):
            continue  # the rate is not the result over the plan: not such a line
        rest_at = row.start("rest")
        for g in ("a", "b"):
            n = fit.group(g)
            s, e = rest_at + fit.start(g), rest_at + fit.end(g)
            if (
                not _count_like(n)
                or _overlaps(taken, taken_starts, s, e)
                or (spans and _overlaps(spans, starts, s, e))
            ):
                continue
            attrs = {
                "value": _plain(_number(n) * unit[1]),
                "unit": unit[0],
                "unit_lemma": r.unit_lemma(unit[0]),
                "qualifier": "exact",
            }
            found.append(Mention("quantity", s, e, n, DASH_ROW, attrs))
    return found


# a bare number in brackets after a comparison: the base it is compared with ("tăng 312
# bài so với năm 2023 (924)", "so với cùng kỳ (588)", "đạt 62,5% kế hoạch năm (5.000)")
_BRACKET_BASE = regex.compile(r"(?<=\s)\((?P<n>\d{1,3}(?:\.\d{3})++(?!\d)|\d++)\)")
_BRACKET_MIN = 10  # smaller bracketed numbers are as often the numbers of notes
_COMPARED = regex.compile(
    r"(?i)(?<!\p{L})(?:so với|cùng kỳ)(?!\p{L})[^.,;:()%\n]{0,30}$"
)  # "so với năm 2023 (924)", "so với cùng kỳ (588)"; not a percent's base, nor "Kế hoạch (15)"
_RANKED = regex.compile(r"(?i)(?<!\p{L})(?:bậc|xếp thứ|xếp hạng|thứ hạng|điểm|hạng)(?!\p{L})")
_BASE_RATIO = 5  # a base more than five times the count compared, or less than a fifth: a note


def _bracket_bases(
    out: list[Mention], text: str, spans: list[tuple[int, int]], starts: list[int]
) -> list[Mention]:
    """Bare numbers in brackets that "so với …" or "cùng kỳ" before them names as the base of
    a comparison, as quantities in the unit (and multiplier) of the count the clause compares:
    "giảm 5 đảng viên so với cùng kỳ năm 2023 (18)" -> 18 đảng viên; "1.250 tỷ đồng, tăng so
    với cùng kỳ (1.100)" -> 1 100 tỷ đồng. Not without such a count, after a rank or a rate,
    nor a number out of scale with the count (a note's)."""
    found: list[Mention] = []
    taken = sorted((m.start, m.end) for m in out)
    taken_starts = [s for s, _ in taken]
    for b in _BRACKET_BASE.finditer(text):
        s, e = b.span("n")
        n = b.group("n")
        value = _number(n)
        if (
            not _COMPARED.search(text, max(0, b.start() - 60), b.start())
            or not _count_like(n)
            or value < _BRACKET_MIN  # "Kế hoạch (2)": a note's number
            or (_is_year(value) and "." not in n)
            or _overlaps(taken, taken_starts, s, e)
            or (spans and _overlaps(spans, starts, s, e))
        ):
            continue
        owner = _figure_before(out, text, b.start())
        if owner is None or owner.type != "quantity" or not owner.attrs.get("unit"):
            continue  # no count compared: no base ("tăng so với cùng kỳ (51)" after a rate)
        clause = text[max(0, owner.start - 60) : b.start()]
        if _RANKED.search(clause) or "%" in text[owner.end : b.start()]:
            continue  # "tăng 3 bậc so với năm 2023 (18)": a rank; "tăng 8% so với (15)"
        shown, scale = _as_written(owner)
        if shown and not (shown / _BASE_RATIO <= value <= shown * _BASE_RATIO):
            continue  # "Kết nạp 312 đảng viên, tăng 12 … so với cùng kỳ (17)": a note
        attrs: dict[str, Any] = {
            "value": _plain(value * scale),
            "unit": owner.attrs["unit"],
            "unit_lemma": owner.attrs["unit_lemma"],
            "qualifier": "exact",
        }
        found.append(Mention("quantity", s, e, n, BRACKET_BASE, attrs))
    return found


# a line that is a short label and a number alone: a row of a two-column table whose tab
# the normaliser turned into a space ("Khiển trách 17", "- Hoàn thành tốt nhiệm vụ: 17")
_LINE_END_NUMBER = regex.compile(
    r"(?m)(?<![\p{L}\p{N}.,/])(?P<n>\d{1,3}(?:\.\d{3})++(?!\d)|\d++(?:,\d++)?+)[^\S\n]*+$"
)
# the line ends _LINE_END_NUMBER may match at: a newline after a digit and spaces, found
# from the newline (a literal the scan skips to at once, while a scan that opens on a
# digit tries every digit of the text)
_LINE_END_HIT = regex.compile(r"(?<=\d[^\S\n]*)\n")


def _line_end_numbers(text: str) -> list[regex.Match]:
    """The matches of ``_LINE_END_NUMBER.finditer(text)``, line by line.

    A match ends its line (at most one a line): only a line whose newline follows a
    digit and spaces (``_LINE_END_HIT``), or the last line, can hold one, and the
    search over that line alone finds it.
    """
    out: list[regex.Match] = []
    line = 0
    for h in _LINE_END_HIT.finditer(text):
        end = h.start()
        line = text.rfind("\n", 0, end) + 1
        if (m := _LINE_END_NUMBER.search(text, line, end + 1)) is not None:
            out.append(m)
    last = text.rfind("\n") + 1
    if (m := _LINE_END_NUMBER.search(text, last)) is not None:
        out.append(m)
    return out


_LINE_LABEL = regex.compile(
    r"[^\S\n]*+(?:[-–•+*][^\S\n]*+)?(?P<label>\p{L}[\p{L}\p{Zs},()/-]{0,60}?)"
    r"(?:[^\S\n]*+:)?[^\S\n]++"
)


_COUNT_HEADING_END = regex.compile(r"(?i)(?<!\p{L})(?:tổng\s++)?số(?:\s++lượng)?\s*+:?\s*+$")
_NO_UNIT = ("", 1)  # a heading that says the lines are counts ("Số lượng") without a noun


_BULLET_ITEM = regex.compile(r"[^\S\n]*+[-–•+][^\S\n]*+(?P<label>[^:\n]{2,80}):[^\S\n]*+$")


def _bulleted_items(text: str, run: list[regex.Match], r: Rules) -> bool:
    """Whether the lines of a run are the bulleted items of a list, each a label and a colon
    before its number ("- Hoàn thành tốt nhiệm vụ: 850"), none of them a rate, a decimal,
    a rank (1, 2, 3 …) or a change ("- Tăng: 12")."""
    lead_end = text.rfind("\n", 0, run[0].start())
    lead = text[text.rfind("\n", 0, max(0, lead_end)) + 1 : max(0, lead_end)]
    if r.rate_word.search(lead):
        return False  # "Xếp hạng thi đua năm 2024:", "Nơi nhận:", "Mức hỗ trợ tối đa:"
    values = []
    for it in run:
        line = text.rfind("\n", 0, it.start()) + 1
        m = _BULLET_ITEM.fullmatch(text, line, it.start("n"))
        n = it.group("n")
        if m is None or "," in n:
            return False
        label = m.group("label")
        if r.rate_word.search(label) or r.change_word.search(label):
            return False
        values.append(_number(n))
    return values != [Decimal(k) for k in range(1, len(values) + 1)]


def _rate_label(text: str, it: regex.Match, r: Rules) -> bool:
    """Whether the label of a line of a run names a rate, an average or a change ("Tuổi bình
    quân 47", "Tỷ lệ so với tổng số 12", "Tăng 5")."""
    line = text.rfind("\n", 0, it.start("n")) + 1
    label = text[line : it.start("n")]
    return bool(r.rate_word.search(label) or r.change_word.match(label.lstrip(" -–•+*")))


def _lines_header_unit(text: str, first: int, r: Rules) -> tuple[str, int] | None:
    """The unit the heading line above a run of label lines names ("Hình thức kỷ luật Số
    đảng viên" -> đảng viên, "Cây trồng Diện tích (ha)" -> ha; "Loại mô hình Số lượng" ->
    counts with no noun, ``_NO_UNIT``), or None (no heading, a heading that names no count,
    or one that names a rate: "Tỷ lệ (%)")."""
    end = text.rfind("\n", 0, first)
    if end <= 0:
        return None
    if text[end - 1] == "\n":  # one blank line between them
        end -= 1
    head = text[text.rfind("\n", 0, end) + 1 : end]
    if not head.strip() or r.rate_word.search(head) or r.change_word.search(head):
        return None
    m = r.label_unit.search(head) or r.heading_unit.search(head)
    if m is not None:
        return _unit_of(m, r)
    return _NO_UNIT if _COUNT_HEADING_END.search(head) else None


def _label_lines(
    out: list[Mention], text: str, r: Rules, spans: list[tuple[int, int]], starts: list[int]
) -> list[Mention]:
    """Bare numbers ending two or more consecutive lines of a short label each, as a
    two-column table flattened, under a heading line that names their unit: "Hình thức Số
    đảng viên\nKhiển trách 17\nCảnh cáo 6" -> 17, 6 đảng viên; "Cây trồng Diện tích
    (ha)\nCà phê 3.215" -> 3215 ha. Without such a heading such lines are as often a table
    of contents, a list of ranks, phone numbers or names with a number, so they are not
    read; nor names ("Chương 2", "Thôn 5"), codes, years or figures already read."""
    if "\n" not in text:
        return []
    taken = sorted((m.start, m.end) for m in out)
    taken_starts = [s for s, _ in taken]
    found: list[Mention] = []
    run: list[regex.Match] = []

    def close() -> None:
        if len(run) >= 2 and not any(_named_part(text, it, r) for it in run):
            unit = _lines_header_unit(text, run[0].start(), r)
            if unit is None and _bulleted_items(text, run, r):
                unit = _NO_UNIT  # "- Hoàn thành tốt nhiệm vụ: 850" / "- Hoàn thành …: 120"
            if (
                unit is not None
                and all(_count_like(it.group("n")) for it in run)
                and not any(_rate_label(text, it, r) for it in run)
            ):
                u, factor = unit
                for it in run:
                    n = it.group("n")
                    value = _number(n)
                    if _is_year(value) and "." not in n and factor == 1:
                        break
                else:
                    found.extend(_bare_part(it, unit=unit, r=r) for it in run)
        run.clear()

    last_end = -1
    for m in _line_end_numbers(text):
        s, e = m.span("n")
        line = text.rfind("\n", 0, s) + 1
        head = _LINE_LABEL.fullmatch(text, line, s)
        if (
            head is None
            or _overlaps(taken, taken_starts, s, e)
            or (spans and _overlaps(spans, starts, s, e))
            or r.line_heading.fullmatch(head.group("label"))
        ):
            close()
            continue
        if run and line != last_end + 1:
            close()  # another line between them, or a blank one, ends the run
        run.append(m)
        last_end = m.end()
    close()
    return found


_RULE_ROW = re.compile(r"[|\-:+ ]*\|[|\-:+ ]*")  # e.g. |---|:---:|


def _cells(line: str, offset: int) -> list[tuple[int, str]]:
    """The cells of a " | " table line with their offsets, outer empty cells dropped.
    E.g. "Tổng | 10.946" at 40 -> [(40, "Tổng "), (46, " 10.946")]."""
    out, pos = [], 0
    for part in line.split("|"):
        out.append((offset + pos, part))
        pos += len(part) + 1
    if out and not out[0][1].strip():
        out.pop(0)
    if out and not out[-1][1].strip():
        out.pop()
    return out


def _unit_of(m: regex.Match | None, r: Rules) -> tuple[str, int] | None:
    """(unit, multiplier) of a unit phrase match. E.g. "tỷ đồng" -> ("đồng", 10^9)."""
    if m is None:
        return None
    mult = m.group("mult")
    if not mult:
        return m.group("unit").lower(), 1
    mult = mult.lower()
    return m.group("unit").lower(), r.multipliers.get(mult) or r.money_multipliers[mult]


def _row_noun(label: str, r: Rules) -> tuple[str, int] | None:
    """The counted noun a row label opens with: "Số hộ nghèo" -> "hộ", "Đảng viên kết
    nạp" -> "đảng viên"; not a measure ("Năm đầu"), nor a name ("Xã Tân Lập", "Chi bộ ấp Mỹ
    Phú")."""
    m = r.heading_unit.match(label)
    if m is not None:
        return _unit_of(m, r)
    m = r.cell_unit.match(label)
    if m is None or m.group("mult"):
        return None
    if r.units.get(to_old_tones(m.group("unit").lower())) in (None, "measures"):
        return None
    rest = label[m.end() :].lstrip()
    if rest[:1].isupper() or rest[:1].isdigit():
        return None
    if _PLACE_NAMED.search(rest):
        return None  # "Chi bộ ấp Mỹ Phú": a body named, not a count of chi bộ
    return _unit_of(m, r)


# a place noun followed by its name: "ấp Mỹ Phú", "thôn Đông", "xã Tân Lập"
_PLACE_NAMED = regex.compile(
    r"(?<!\p{L})(?:ấp|xã|thôn|bản|phường|huyện|tổ|khu|khóm|buôn|làng|xóm|tổ dân phố|thị trấn)"
    r"\s+\p{Lu}"
)


_HEADING_GROUPS = frozenset({"admin", "party", "people", "unions", "bodies"})
_NOT_COUNT_ROW = regex.compile(r"%|tỷ lệ|tỉ lệ|bình quân|trung bình|tuổi|số tiền|kinh phí")
_WRITTEN_UNIT = regex.compile(r"\p{L}+(?: \p{L}+){0,2}")  # "giấy", "lượt người"; not "%"
# the rules of numbers alone that only their table or list makes counts: a cell or list
# item whose unit the report does not name is a quantity with unit null (as GUIDELINES
# annotates it), a cell under "(đơn vị: triệu đồng)" counts in its caption's unit; the
# checker reads such numbers its own way (checker/tables.py) and leaves these aside
BARE_CELL = "count_table_cell_bare"
# after a list of units: up to four label words, a number and a noun ("… lao động nữ 1.700 người")
_NEXT_ITEM = regex.compile(r"\s+((?:[^\W\d]+\s+){0,4})\d[\d.,]*\s+([^\W\d]+(?: [^\W\d]+)?)")
# words of a clause, never of an item's label: "38 thôn, khu phố để thành lập 17 thôn …"
_NOT_LABEL = frozenset(
    "để có với là gồm và của được đã còn giảm tăng từ đến xuống lên thành trong tại ở cho "
    "thì nên do vì mà sẽ đang bằng chiếm đạt".split()
)
# ... except a place of work or origin that labels the item: "320 người, lao động trong tỉnh 1.230
# người, ngoài tỉnh 580 người"
_PLACE_LABEL = regex.compile(r"\b(?:trong|ngoài) (?:tỉnh|huyện|nước|xã|thành phố)\b")
BARE_LIST = "count_list_bare"
CAPTION_CELL = "count_table_caption"  # a cell in the unit its table's caption names
BRACKET_BASE = "count_bracket_base"  # "so với năm 2023 (924)": the base of a comparison
DASH_ROW = "count_dash_row"  # "Diện tích lúa (ha): 46.500 - 44.820 - 96,4%"
BARE_RULES = frozenset((BARE_CELL, BARE_LIST, CAPTION_CELL, BRACKET_BASE, DASH_ROW))
# units that rate rather than count ("sản phẩm OCOP 4 sao"): the dataset keeps such figures
# (in digits only), the checker leaves them aside
RATINGS = frozenset({"sao"})
_MONEY_CAPTION = regex.compile(r"(?:triệu|tỷ|nghìn)?\s*đồng\s*\)|đvt|đơn vị tính")


def _bare_heading(cell: str, r: Rules) -> tuple[str, int] | None:
    """A column heading that is only a counted noun ("Đoàn viên", "Công đoàn cơ sở"): the unit
    of its cells. Not a measure ("Năm") nor a document word ("Chỉ tiêu")."""
    m = r.cell_unit.fullmatch(cell)
    if m is None or m.group("mult"):
        return None
    if r.units.get(to_old_tones(m.group("unit").lower())) not in _HEADING_GROUPS:
        return None
    return _unit_of(m, r)


_DASHED_LABEL = regex.compile(r"\s*[-+•–]\s*(?=\S)")  # "- Hoàn thành tốt nhiệm vụ"
_INTRO_SPAN = 250  # characters of the line above a table read for its caption
_CAPTION_MAX = 120  # a line above a table no longer than this is its caption
# a column headed by "Đạt", "Vượt" or "Chiếm" alone holds a percent ("Kế hoạch | Thực hiện
# | Đạt"); "Đạt chuẩn quốc gia", "Tăng", "Giảm" head counts
_RATE_ALONE = regex.compile(r"(?i)\s*+(?:đạt|vượt|bằng|chiếm)\s*+")
_PCT_CAPTION = regex.compile(r"(?i)\(\s*(?:đvt|đơn vị(?: tính)?)\s*:\s*%\s*\)")
_COUNT_ROW = regex.compile(r"(?i)\s*(?:[-+•–]\s*)?(?:tổng\s+)?số(?:\s+lượng)?\s")  # "Số lao động"
_INDEX_CELL = regex.compile(r"\s*(?:\d{1,3}|[IVXLC]{1,6})\.?\s*")  # "1", "II" under "STT"
_CODE_LIKE = regex.compile(r"0\d|\d{7}")  # "0912…", "02245", "8600201001234": codes, not counts


def _intro_line(text: str, at: int) -> str:
    """The last line with text before the table starting at ``at`` (blank lines skipped),
    at most ``_INTRO_SPAN`` characters of it: where its caption and its subject stand."""
    end = at
    while end > 0 and text[end - 1] == "\n":
        end -= 1
    start = max(text.rfind("\n", 0, end) + 1, end - _INTRO_SPAN)
    if text.startswith("(", start) and start > 1:  # "(Nguồn: …)" under the caption: both
        above = _intro_line(text, start - 1)
        return above + "\n" + text[start:end]
    return text[start:end]


def _count_like(raw: str) -> bool:
    """Whether a bare number reads as a count: not a code, a phone number or an identifier
    (a leading zero, seven digits or more without grouping dots)."""
    return _CODE_LIKE.match(raw.replace(".", "") if "." not in raw else "x") is None


def _table_cells(
    text: str, r: Rules, spans: list[tuple[int, int]], starts: list[int]
) -> list[_Cand]:
    """Bare numbers in the cells of " | " tables, counting the unit their row label,
    unit column or column heading names (see ``tables`` in figures.yaml), else the unit of
    a caption above the table, else null (``bare_numbers``).
    E.g. "Chỉ tiêu | 2023\nKhách du lịch (lượt) | 412.500" -> 412500 lượt."""
    out: list[_Cand] = []
    header: list[tuple[int, str]] | None = None
    col_units: list[tuple[str, int] | None] = []
    bare_heads: list[bool] = []  # columns whose unit is only their heading's bare noun
    money_table = False
    caption_unit: tuple[str, int] | None = None  # "(đơn vị: triệu đồng)" above the table
    rate_table = False  # "(đơn vị: %)", "Tỷ lệ đảng viên nữ …:" above the table
    parent: tuple[str, int] | None = None  # the unit of the last row not marked with a dash
    rate_cols: list[bool] = []  # columns of rates ("Tỷ lệ (%)", "So kế hoạch") or no counts
    unit_col = -1
    index_col = False  # the first column numbers the rows ("STT"): the label is the second
    group_rows = False  # the first column lists groups ("Khối", "Đơn vị"): no row nouns
    offset = 0
    for line in text.split("\n"):
        at, offset = offset, offset + len(line) + 1
        if " | " not in line:
            if header is None or not _RULE_ROW.fullmatch(line):  # "|---|---|" stays in
                header = None
            continue
        cells = _cells(line, at)
        if header is None:  # the first line of a table names the columns
            header = cells
            # the line before the table may say its cells are money: "(ĐVT: triệu đồng)"
            money_table = bool(_MONEY_CAPTION.search(text[max(0, at - 120) : at].lower()))
            # "(đơn vị: triệu đồng)" on the line introducing the table: the unit of the cells
            # no row or column names; "(đơn vị: %)" or a rate named there: no counts at all
            intro = _intro_line(text, at)
            hits = list(r.caption_unit.finditer(intro))
            caption_unit = _unit_of(hits[-1], r) if hits else None
            # (a caption line that opens with a rate: "Tỷ lệ đảng viên nữ tại các đảng bộ:";
            # a paragraph before the table may mention rates of its own)
            cap = intro.strip()
            rate_table = bool(
                _PCT_CAPTION.search(intro)
                or (len(cap) <= _CAPTION_MAX and r.rate_word.search(cap) is not None)
            )
            bare_heads = [
                j > 0
                and not (r.label_unit.search(c) or r.heading_unit.match(c))
                and _bare_heading(c, r) is not None
                for j, (_, c) in enumerate(cells)
            ]
            col_units = [
                _unit_of(r.label_unit.search(c) or r.heading_unit.match(c), r)
                or (_bare_heading(c, r) if j else None)
                for j, (_, c) in enumerate(cells)
            ]
            unit_col = next((j for j, (_, c) in enumerate(cells) if r.unit_column.fullmatch(c)), -1)
            rate_cols = [
                j > 0
                and bool(
                    r.other_column.match(c) or r.rate_word.search(c) or _RATE_ALONE.fullmatch(c)
                )
                for j, (_, c) in enumerate(cells)
            ]
            index_col = bool(cells) and r.other_column.match(cells[0][1]) is not None
            # "Khối | Đảng viên | …": the rows are groups, their labels no counted noun
            group_rows = bool(cells) and r.group_column.fullmatch(cells[0][1]) is not None
            continue
        if not cells or _RULE_ROW.fullmatch(line):  # a "--- | ---" rule under the heading
            continue
        aligned = len(cells) == len(header)
        row_unit = _unit_of(r.label_unit.search(cells[0][1]), r)
        # a row of rates or amounts ("Tỷ lệ vi phạm (%)", "Bình quân") is no count of the
        # column's bare noun
        bare_off = bool(_NOT_COUNT_ROW.search(cells[0][1].lower())) or money_table
        if row_unit is None and aligned and 0 <= unit_col < len(cells):
            row_unit = _unit_of(r.cell_unit.fullmatch(cells[unit_col][1]), r)
        row_noun: tuple[str, int] | None | bool = False  # read when first needed
        dashed = _DASHED_LABEL.match(cells[0][1]) is not None
        if not dashed:  # "- Hoàn thành tốt | 61.035" under "Đảng viên được xếp loại | …"
            parent = row_unit or _row_noun(cells[0][1], r)
        # the row's label: the second cell under an index column ("1 | Kết nạp đảng viên | …")
        lab = 1 if index_col and len(cells) > 2 and _INDEX_CELL.fullmatch(cells[0][1]) else 0
        label = cells[lab][1]
        rate_row = (
            r.rate_word.search(label) is not None
            or r.change_word.match(label.lstrip(" -–•+*")) is not None  # "- Chiếm | 10 | 8"
        )
        for j in range(1, len(cells)):
            cs, cell = cells[j]
            m = r.cell_number.fullmatch(cell)
            if m is None:
                continue
            unit = row_unit or (col_units[j] if aligned else None)
            if (
                unit is not None
                and j < len(bare_heads)
                and bare_heads[j]
                and (bare_off or "," in m.group("n"))
            ):
                unit = None  # a bare-noun heading over a rate or amount row, or a decimal
            # a caption above the table names the unit of the cells no row or column names;
            # a sum of money wins over a row label that names its giver ("Doanh nghiệp |
            # 600" is money given by firms) unless the row counts ("Số lao động | 18.500")
            caption = (
                caption_unit
                if caption_unit is not None
                and not rate_table
                and not rate_row
                and aligned
                and not (j < len(rate_cols) and rate_cols[j])
                else None
            )
            if (
                unit is None
                and caption is not None
                and caption[0] == "đồng"
                and not _COUNT_ROW.match(label)
            ):
                unit = caption
            if unit is None:
                if row_noun is False:
                    row_noun = None if group_rows else _row_noun(cells[0][1], r)
                unit = row_noun
            if unit is None and caption is not None:
                unit = caption
            s, e = cs + m.start("n"), cs + m.end("n")
            if spans and _overlaps(spans, starts, s, e):
                continue
            raw = m.group("n")
            if " " in raw:
                continue  # "1 205" is two numbers here
            value = _number(raw)
            if unit is None:
                # a count whose unit neither its row nor its column names: unit null, as
                # GUIDELINES annotates it; only in a row in line with the heading, and not a
                # rate, an index, a code, a year, nor under a heading that names no count
                if (
                    not (
                        aligned  # a blank cell dropped (tabs merge) shifts the later ones
                        or len(cells) == len(header) - 1
                        and r.other_column.match(header[-1][1])
                    )
                    or j <= lab
                    or rate_table
                    or rate_row
                    or (j < len(rate_cols) and rate_cols[j])
                    or not _count_like(raw)
                    or (_is_year(value) and "." not in raw)
                ):
                    continue
                written = cells[unit_col][1].strip() if 0 <= unit_col < len(cells) else ""
                if written and (
                    not _WRITTEN_UNIT.fullmatch(written) or r.rate_word.search(written)
                ):
                    continue  # "Tỷ lệ … | % | 11,2", "| Phần trăm |": no counted noun
                # "| giấy | 180": the unit as the table writes it; a dashed row's parent row's
                # counted noun
                noun = written.lower() or (
                    parent[0] if dashed and parent and parent[1] == 1 else None
                )
                attrs = {"value": _plain(value), "unit": noun, "unit_lemma": noun,
                         "qualifier": "exact"}  # fmt: skip
                out.append(_Cand("quantity", s, e, BARE_CELL, attrs, True, s, False))
                continue
            if unit is caption_unit and not _count_like(raw):
                continue  # "Mã số thuế | 5000123456" under "(đơn vị: triệu đồng)"
            u, factor = unit
            attrs = {
                "value": _plain(value * factor),
                "unit": u,
                "unit_lemma": r.unit_lemma(u),
                "qualifier": "exact",
            }
            rule = CAPTION_CELL if unit is caption_unit else "count_table_cell"
            out.append(_Cand("quantity", s, e, rule, attrs, True, s, False))
    return out


def _starts(
    text: str, r: Rules, spans: list[tuple[int, int]], starts: list[int], low: str | None
) -> list[int]:
    """Offsets where a figure may start: digit runs outside dates and references, and
    number words ("hai", "Mười") that can open a count. E.g. "có hai chi bộ" -> [3]."""
    if spans:
        # one walk over the merged date/reference spans instead of a search per run
        merged: list[list[int]] = []
        for s, e in spans:
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        out, j, n = [], 0, len(merged)
        for m in _FIGURE_RUNS.finditer(text):
            s, e = m.span()
            while j < n and merged[j][1] <= s:
                j += 1
            if j == n or merged[j][0] >= e:
                out.append(s)
    else:
        out = [m.start() for m in _FIGURE_RUNS.finditer(text)]
    if "từ " in text:
        # the bare end of a move right before a comma ("từ 286 xuống còn 214, giảm 62 thôn"),
        # which _FIGURE_RUNS leaves out as a bare number before ", "
        for m in _MOVE_PAIR_END.finditer(text):
            s = m.start("end")
            if not spans or not _overlaps(spans, starts, s, m.end("end")):
                out.append(s)
    if "ố " in text:
        for m in _COPULA_END.finditer(text):
            s = m.start("end")
            if s not in out and (not spans or not _overlaps(spans, starts, s, m.end("end"))):
                out.append(s)
    # the lowercase copy halves the scans ("Hai" and "hai" are found at once); a
    # lowercasing that changes the length (rare letters) falls back on both cases
    forms = r.lower_openers
    if low is None:
        low, forms = text, r.openers
    # one scan for all the forms, over the reversed text (see _opener_scan)
    scan, standalone = _opener_scan(forms)
    n = len(low)
    for m in scan.finditer(low[::-1]):
        i, form = n - m.end(), m.group()[::-1]
        if standalone[form] or low.startswith(r.compound_words, i + len(form)):
            out.append(i)
    out.sort()
    return out


@cache
def _opener_scan(forms: tuple[tuple[str, bool], ...]) -> tuple[re.Pattern[str], dict[str, bool]]:
    """One regex finding any of ``forms`` in the reversed text, and {form: standalone}.

    Every form ends in its only space, so reversed they all start with it: ``re`` then
    looks for that literal space first, twice as fast as scanning forwards for the words.
    The lookahead is the word start ("not after a letter or digit": ``[^\\W_]`` is
    ``str.isalnum``). Exact because no form is a suffix of another: no hit hides one.
    E.g. "có hai chi bộ" reversed "ộb ihc iah óc" -> " iah" -> "hai " at 3.
    """
    words = [f for f, _ in forms]
    if any(a.find(" ") != len(a) - 1 for a in words) or any(
        a != b and a.endswith(b) for a in words for b in words
    ):
        raise ValueError(f"figures.yaml: an opener is a suffix of another: {words}")
    backwards = (re.escape(w[-2::-1]) for w in sorted(words, key=len, reverse=True))
    return re.compile(" (?:" + "|".join(backwards) + r")(?![^\W_])"), dict(forms)


_GROUPS = (
    "n1",
    "w",
    "n2",
    "den",
    "pct1",
    "rsep",
    "mult",
    "sub",
    "mult2",
    "pct",
    "unit",
    "clf",
    "list",
    "acr",
    "tail",
)


@cache
def _picker(main: regex.Pattern) -> itemgetter:
    """Picks the ``_GROUPS`` of a main match out of ``m.groups()``: one ``groups()`` call
    and a C-level getter cost a fraction of ``m.group(*_GROUPS)`` (a name lookup each)."""
    return itemgetter(*(main.groupindex[name] - 1 for name in _GROUPS))


@cache
def _layout(main: regex.Pattern) -> tuple[Any, ...]:
    """``_picker(main)`` and the numbers of the groups whose ends ``_read`` reads, in one
    cached call: ``m.end("unit")`` looks the name up at each call (several times the
    cost of ``m.end(11)``; ``m.regs`` builds every span, dearer still)."""
    index = main.groupindex
    return (
        _picker(main),
        *(index[n] for n in ("n1", "w", "n2", "den", "mult", "mult2", "pct", "unit")),
    )


_CHANGE_WORDS = frozenset({"xuống", "lên", "còn", "giảm", "tăng", "trên"})
# the bare count a copula ties to its subject, right before a comma ("Số doanh nghiệp đang hoạt
# động là 412, tăng 38 doanh nghiệp"), which _FIGURE_RUNS leaves out too (see _copula_units)
_COPULA_END = regex.compile(
    r"(?<![\p{L}\p{N}])[Ss]ố[^\S\n]++\p{Ll}[^\d,;:.()\n%]{0,70}?[^\S\n]"
    r"(?:là|đạt|ước đạt|có)[^\S\n]++(?P<end>\d{1,3}(?:\.\d{3})++|\d++)(?=[,;][^\S\n])"
)
_MOVE_PAIR_END = regex.compile(
    r"(?<![\p{L}\p{N}])[Tt]ừ[^\S\n]++\d[\d.,]*+[^\S\n]++"
    r"(?:xuống[^\S\n]++còn|giảm[^\S\n]++còn|xuống|lên[^\S\n]++đến|lên|còn)[^\S\n]++"
    r"(?P<end>\d{1,3}(?:\.\d{3})++|\d++)(?=,[^\S\n])"
)
# the end of a bare move: "từ 412 xuống còn |265", "từ 1.240 lên |1.385"
# (also with the start's time in brackets: "từ 86 (cuối năm 2020) lên |132 (cuối năm 2024)")
_MOVE_END = regex.compile(
    r"(?r)(?<![\p{L}\p{N}])[Tt]ừ[^\S\n]+\d[\d.,]*[^\S\n]+(?:\([^()\n\d]{0,20}\d{4}\)[^\S\n]+)?"
    r"(?:xuống[^\S\n]+còn|giảm[^\S\n]+còn|xuống|lên[^\S\n]+đến|lên|còn)[^\S\n]+\Z"
)


def _read(
    m: regex.Match,
    text: str,
    r: Rules,
    spans: list[tuple[int, int]],
    starts: list[int],
    low: str | None,
) -> _Cand | None:
    """Check one match of the main pattern and read its value, or None to skip it."""
    # the groups of the pattern that matched (main or main_single: the same groups)
    pick, g_n1, g_w, g_n2, g_den, g_mult, g_mult2, g_pct, g_unit = _layout(m.re)
    n1, w, n2, den, pct1, rsep, mult, sub, mult2, pct, unit, clf, lst, acr, tail = pick(m.groups())
    num_start = m.start()
    core_end = m.end(g_den if den else g_n2 if n2 else g_n1 if n1 else g_w)  # see _layout
    bare = unit is None and pct is None and den is None and n2 is None and mult is None
    if bare:
        # a figure with nothing after it counts only if a noun follows ("765 việc")
        # or it shares the unit of the next figure ("từ 328 xuống còn 89 bản", also with
        # its time in brackets: "từ 328 (năm 2015) xuống còn 89 bản")
        nxt = r.next_words.match(text, core_end)
        if nxt is None:
            if _MOVE_END.search(text, max(0, num_start - 60), num_start):
                pass  # "giảm từ 412 xuống còn 265.": the end of a move (see _subject_units)
            elif _COPULA_SUBJECT.search(text, max(0, num_start - 90), num_start):
                pass  # "Số doanh nghiệp … là 412,": the subject's noun (see _copula_units)
            elif (
                not text.startswith((" (", "("), core_end)
                or not r.aside_change.match(text, core_end)
                or not r.from_before.search(text, max(0, num_start - 8), num_start)
            ):
                return None
        elif (first := nxt.group(1).split(" ", 1)[0]) in r.fallback_stop and (
            first not in _CHANGE_WORDS
        ):
            return None
    vocab_unit = unit if acr is None else None
    # the value
    if n1:
        value = Decimal(n1) if n1.isdecimal() else _number(n1)  # _number's own first test
        if " " in n1 and (pct or not vocab_unit):
            return None  # space grouping only when a counted noun confirms it ("1 205 hộ")
    else:
        v = words_value(w, r)
        if v is None and unit is not None:
            v = _cued_word(m, w, r)
        if v is None or unit is None:
            return None
        value = Decimal(v)
    if spans and _overlaps(spans, starts, num_start, core_end):
        return None
    if n1:
        # glued to a symbol, a date or a word: "04-NQ/TU", "20/4/2016", "1.2.", "09về";
        # only a dash, "/", "." or a letter (maybe after spaces) can start that, so the
        # common " đảng viên", "%", ", " skip the pattern
        two = text[core_end : core_end + 2]
        if not (
            two[:1] in _PLAIN_AFTER
            or (two[0] == " " and not two[1:].isspace() and two[1:] not in _DASHES)
        ) and r.after_bad.match(text, core_end):
            return None
        # footnote markers and enumerators: "(1)", "Tỉnh ủy(1)", "1." at a line start
        if bare or (unit is None and pct is None):
            after = text[core_end : core_end + 1]
            if after == ")" and text[num_start - 1 : num_start] == "(" and den is None:
                return None  # a fraction in brackets is no marker: "87,5% (49/56)"
            if after in ".)" and r.line_start.search(text, max(0, num_start - 12), num_start):
                return None
    # most figures follow no stop word and no qualifier: gates on the lowercase text
    # (see _word_end) skip the backward searches, one _word_end for both, each testing
    # only the last words that end with the text's last letter
    j = -1
    if low is None:
        stop = True
    else:
        j = _word_end(low, num_start)
        js = j - 1 if j and low[j - 1] in ":." else j  # "số: 04"
        stop = js > 0 and low.endswith(r.stop_last_by_char.get(low[js - 1], ()), 0, js)
    # a percent is never a name nor a date part: "Về môi trường: 63,6%" ("trường 5" names
    # a school, "trường: 63,6%" labels the figure)
    if (
        stop
        and not pct
        and _stop_before(
            text,
            num_start,
            value,
            vocab_unit,
            r,
            m if unit else None,
            bool(mult) or (bool(n1) and not n1.isdecimal()),
        )
    ):
        return None
    # a capitalised word before it ("Sư đoàn 312") makes it a name unless a unit follows
    if (
        not vocab_unit
        and not pct
        and r.title_before.search(text, max(0, num_start - 30), num_start)
    ):
        return None
    # the qualifier: "trên 540 đảng viên", "từ 20% trở lên", "hơn 30% một chút"
    qm = None  # most figures follow no qualifier word: skip the backward search
    if low is None or (j > 0 and low.endswith(r.qual_last_by_char.get(low[j - 1], ()), 0, j)):
        qm = r.qual_before.search(text, max(0, num_start - 24), num_start)
    qual_word, from_word = qm.group("qual", "from") if qm else (None, None)
    first_end = qm.start("qual") + len(qual_word.split()[0]) if qual_word else 0
    if qual_word and (
        r.qual_compound.search(text, max(0, qm.end("qual") - 16), qm.end("qual"))
        # "có quy ước, hương ước đạt 97,2%": "ước đạt" opens inside the noun "hương ước"
        or r.qual_compound.search(text, max(0, first_end - 16), first_end)
    ):
        qual_word = None  # "chế độ 14 người": a noun, not "độ" (about)
    qualifier, start, end = "exact", num_start, m.end()
    if qual_word:
        q = _WS.sub(" ", to_old_tones(qual_word.lower()))
        qs = qm.start("qual")
        if not (
            (q == "hơn" and r.comparative_before.search(text, max(0, qs - 12), qs))
            or (q == "trên" and r.figure_before.search(text, max(0, qs - 4), qs))
        ):  # not "cao hơn 5%" (a difference), nor "5 trên 7 xã" (a fraction)
            qualifier, start = r.before[q], qs  # not "cao hơn 5%", a difference
        else:
            qual_word = None
    if tail:
        t = _WS.sub(" ", tail.lower())
        if t == "một chút":
            if qual_word and qualifier == "min" and qual_word.lower() == "hơn":
                qualifier = "approx"
            else:
                tail = None
        elif qualifier == "exact":
            qualifier = r.after[t]
    if tail is None:
        end = m.end(
            g_unit
            if unit
            else g_pct
            if pct
            else g_mult2
            if sub
            else g_mult
            if mult
            else g_n1
            if n1
            else g_w
        )
        end = max(end, core_end)
    if from_word and (n2 is not None or tail):
        start = qm.start("from")  # "từ 50 đến 70 đảng viên", "từ 20% trở lên"
    factor = 1
    if mult:
        for part in _WS.split(mult.lower()):  # "nghìn tỷ" = 10^12
            factor *= r.multipliers.get(part) or r.money_multipliers[part]
    if sub:  # "3 tỷ 200 triệu đồng" = 3 * 10^9 + 200 * 10^6
        f2 = r.multipliers[mult2.lower()]
        if f2 >= factor or n2 is not None:
            return None
        value, factor = value * factor + Decimal(sub) * f2, 1
    u = unit.lower() if unit else None
    if u and not lst and not acr and tail is None:
        whole = _whole_word(text, end, u, bool(clf), r)
        if whole is not None:
            u, end = whole
    if lst and u and "," in u:
        # "986 hộ, hộ nghèo là người Kinh …": a list naming its own noun again is the start
        # of the next item, not a list of units
        first, second = (x.strip() for x in u.split(",", 2)[:2])
        # "1.800 người, lao động nữ 1.700 người": the next item's label, then its count in the
        # first noun
        nxt = _NEXT_ITEM.match(text, end)
        again = (
            nxt is not None
            and (nxt.group(2) + " ").startswith(first + " ")
            and not _NOT_LABEL.intersection(_PLACE_LABEL.sub(" ", nxt.group(1).lower()).split())
        )
        # "38.145 nhân khẩu, đồng bào dân tộc thiểu số chiếm đa số": "đồng bào" after the comma
        # opens a clause about the people, never a second unit of one list
        if second == first or second.startswith(first + " ") or again or second == "đồng bào":
            u, lst = first, None
            end = m.start(g_unit) + len(unit.split(",", 1)[0])
    lemma = r.unit_lemma(u) if u else None
    if n2 is not None:
        return _range(
            value,
            _number(n2),
            factor,
            start,
            end,
            n1,
            n2,
            pct1,
            rsep,
            pct,
            u,
            lemma,
            qualifier,
            num_start,
            bool(qual_word),
        )
    if den is not None:
        d = _number(den)
        if pct or sub or value > d or d == 0:
            return None
        if mult:
            # "3.652/4.120 tỷ đồng", "12,6/15 tỷ đồng": a fraction of amounts written in one
            # scale, kept as written with the scale in its unit ("tỷ đồng")
            if not u:
                return None
            u = f"{_WS.sub(' ', mult.lower())} {u}"
            lemma = r.unit_lemma(u) or lemma
        if u is None and (d <= 12 or (_is_year(d) and "." not in den)):
            # "20/4" a day and month, "6/2023" a month and year: a bare fraction only
            # after a share word ("đạt 3/5") or in brackets after a percent ("62,5% (5/8)")
            cue = r.fraction_cue.search(text, max(0, num_start - 12), num_start)
            if cue is None or (
                cue.group("pct") is None
                and d > 12  # "số 15/2023": a year after a cue word is still a date
            ):
                return None
            if cue.group("pct") is not None and not text.startswith(")", core_end):
                return None
        if u is None and not _is_year(d):
            # "17/18 liên đội": the counted noun from the dictionary, as for a count
            u = _fallback_unit(text, core_end, r)
            if u:
                end = core_end + text[core_end:].index(u) + len(u)
                lemma = r.unit_lemma(u)
        return _Cand(
            "ratio",
            start,
            end,
            "fraction",
            {"numerator": _plain(value), "denominator": _plain(d), "unit": u, "unit_lemma": lemma},
            True,
            num_start,
            False,
        )
    if pct:
        return _Cand(
            "percent",
            start,
            end,
            "percent",
            {"value": _plain(value), "qualifier": qualifier, "low": None, "high": None},
            True,
            num_start,
            bool(qual_word),
        )
    rule = "count_unit"
    if acr:
        rule = "count_acronym"
    elif clf:
        rule = "count_classifier"
    elif lst:
        rule = "count_list"
    elif u is None and not mult:
        u = _fallback_unit(text, core_end, r)
        if u:
            rule, end = "count_fallback", core_end + text[core_end:].index(u) + len(u)
            lemma = r.unit_lemma(u)
    if w:
        rule = "count_words"
    if mult:
        rule = "count_multiplier"
    attrs = {
        "value": _plain(value * factor),
        "unit": u,
        "unit_lemma": lemma,
        "qualifier": qualifier,
    }
    return _Cand(
        "quantity", start, end, rule, attrs, bool(u) or bool(mult), num_start, bool(qual_word)
    )


def _range(
    low: Decimal,
    high: Decimal,
    factor: int,
    start: int,
    end: int,
    n1: str,
    n2: str,
    pct1: str | None,
    rsep: str,
    pct: str | None,
    unit: str | None,
    lemma: str | None,
    qualifier: str,
    num_start: int,
    has_qual: bool,
) -> _Cand | None:
    """A range "15-20%" or "từ 50 đến 70 đảng viên", or None when it is a period or a date."""
    if not low < high or (pct1 and not pct):
        return None
    if _is_year(low) and _is_year(high) and "." not in n1 + n2:
        return None  # "2015-2020": a period
    if not (pct or unit):
        return None  # "23-5" with nothing after: a date or a code
    lo, hi = _plain(low * factor), _plain(high * factor)
    if pct:
        return _Cand(
            "percent",
            start,
            end,
            "percent_range",
            {"value": None, "qualifier": qualifier, "low": lo, "high": hi},
            True,
            num_start,
            has_qual,
        )
    return _Cand(
        "quantity",
        start,
        end,
        "count_range",
        {
            "value": None,
            "unit": unit,
            "unit_lemma": lemma,
            "qualifier": qualifier,
            "low": lo,
            "high": hi,
        },
        True,
        num_start,
        has_qual,
    )


def _finish(cands: list[_Cand], text: str, r: Rules) -> list[Mention]:
    """Borrow units across "từ X xuống còn Y bản", join "từ 50 hộ đến 70 hộ" into a range,
    drop unitless counts, read the parts of a breakdown, build Mentions."""
    cands = _join_ranges(cands, text, r)
    _subject_units(cands, text, r)
    _copula_units(cands, text, r)
    out: list[Mention] = []
    for i, c in enumerate(cands):
        nxt = cands[i + 1] if i + 1 < len(cands) else None
        if not c.has_unit:
            if (
                c.type == "quantity"
                and nxt is not None
                and nxt.type == "quantity"
                and nxt.attrs.get("unit")
                and not c.qual_word
                and r.connector.search(text, c.end, nxt.start)
            ):
                c.attrs["unit"] = nxt.attrs["unit"]
                c.attrs["unit_lemma"] = nxt.attrs["unit_lemma"]
                c.rule = "count_borrowed_unit"
            else:
                continue
        out.append(Mention(c.type, c.start, c.end, text[c.start : c.end], c.rule, c.attrs))
        if (
            c.type == "quantity"
            and c.attrs.get("unit")
            and c.attrs.get("value") is not None
            and (
                text.startswith(_BREAKDOWN_STARTS, c.end)  # _breakdown's first tests, inlined
                or text.startswith(_LEAD, c.start - 6)
                or text.startswith(" ", c.end)
                and text.find("(", c.end, c.end + 100) >= 0
            )
        ):
            parts = _breakdown(c, cands, i + 1, text, r)
            out.extend(parts)
        else:
            parts = []
        if (
            not parts  # the numbers a breakdown read are its parts, never siblings as well
            and c.type == "quantity"
            and c.has_unit
            and c.attrs.get("unit")
            and c.rule != "count_breakdown"
            and text.startswith((", ", "; "), c.end)
        ):
            out.extend(_siblings(c, cands, i + 1, text, r))
    return out


def _siblings(c: _Cand, cands: list[_Cand], later: int, text: str, r: Rules) -> list[Mention]:
    """Bare counts later in a list whose first item states the unit: "trong đó khối xã 789
    đảng viên, khối cơ quan, đơn vị sự nghiệp 274, khối doanh nghiệp 141" -> 274, 141 đảng
    viên. ``c`` must itself be a labelled item (after ":", ";", "," or "trong đó" and a short
    label); each later item is a short label and a bare number, up to the end of the list; no
    other figure may stand inside it; labels follow the breakdown rules (no verb of change
    opening or ending one, no naming word). ``cands[later:]``: the candidates after ``c``
    (read in place, not copied: most lists stop before they are looked at)."""
    if not r.item_label_before.search(text, max(0, c.start - 80), c.start):
        return []
    items, pos = [], c.end + 2
    while (it := r.sibling_item.match(text, pos)) is not None:
        items.append(it)
        if it.group("more") is None:
            break
        pos = it.end()
    if not items or items[-1].group("more") is not None:
        return []  # nothing read, or a list that goes on past what was read
    end = items[-1].end("n")
    if any(d.start < end for d in islice(cands, later, None)):
        return []  # another figure inside the list: prose
    for it in items:
        label = to_old_tones(it.group("label").lower()).replace(",", " ").replace(" - ", " ")
        for compound in r.label_compounds:
            label = label.replace(compound, compound.replace(" ", "_"))
        words = label.split()
        if words[0] in r.label_stop or words[-1] in r.label_stop:
            return []
        compound = len(words) > 1 and " ".join(words[-2:]) in dictionary()  # "vũ trang 122"
        if not compound and _stop_before(text, it.start("n"), _number(it.group("n")), None, r):
            return []  # "trang 15", "đợt 2": a name
    return [
        Mention(
            "quantity",
            it.start("n"),
            it.end("n"),
            it.group("n"),
            "count_sibling",
            {
                "value": _plain(_number(it.group("n"))),
                "unit": c.attrs["unit"],
                "unit_lemma": c.attrs["unit_lemma"],
                "qualifier": "exact",
            },
        )
        for it in items
    ]


_SUBJECT_NOUN = regex.compile(r"(?r)(?<![\p{L}\p{N}])[Ss]ố[^\S\n]++(?=\p{Ll})")
# "Số doanh nghiệp đang hoạt động là 412", "tổng số hội viên của Hội đạt 12.450": a bare count
# that a copula ties to the noun its subject names after "số" (no figure, clause mark or
# bracket between the noun and the number)
_COPULA_SUBJECT = regex.compile(
    r"(?r)(?<![\p{L}\p{N}])[Ss]ố[^\S\n]++(?:lượng[^\S\n]++)?(?P<rest>\p{Ll}[^\d,;:.()\n%]{0,60}?)"
    r"[^\S\n]++(?:hiện[^\S\n]++)?(?:là|đạt|ước đạt|có)[^\S\n]*+$"
)


_PUNCT_AFTER = regex.compile(r"[^\S\n]*+(?:[,;.)]|$)")


def _copula_units(cands: list[_Cand], text: str, r: Rules) -> None:
    """A bare exact count after "Số <noun> … là/đạt/có" takes that noun.
    E.g. "Số doanh nghiệp đang hoạt động là 412, tăng 38 doanh nghiệp" -> 412 doanh nghiệp."""
    for i, c in enumerate(cands):
        if c.has_unit or c.type != "quantity" or c.qual_word or c.attrs.get("value") is None:
            continue
        lo = max(text.rfind("\n", 0, c.start) + 1, c.start - 90)
        if i and cands[i - 1].end > lo:
            lo = cands[i - 1].end
        if not _PUNCT_AFTER.match(text, c.end):
            continue  # "… là 142 cụ": the count names its own noun
        hit = _COPULA_SUBJECT.search(text, lo, c.start)
        if hit is None:
            continue
        noun = counted_noun_pattern().match(" " + hit.group("rest").lower())
        if noun is None:
            continue
        unit = noun.group().strip()
        c.attrs["unit"] = unit
        c.attrs["unit_lemma"] = r.unit_lemma(unit)
        c.has_unit = True
        c.rule = "count_subject_unit"


def _subject_units(cands: list[_Cand], text: str, r: Rules) -> None:
    """ "số thôn, tổ dân phố … giảm từ 286 xuống còn 214, …": a bare pair of a move takes the
    counted noun its subject names after "số", when no other figure stands between.
    E.g. "Số hộ nghèo giảm từ 412 xuống còn 265." -> 412 hộ nghèo, 265 hộ nghèo."""
    for i in range(len(cands) - 1):
        c, d = cands[i], cands[i + 1]
        if c.has_unit or d.has_unit or c.type != "quantity" or d.type != "quantity":
            continue
        if c.qual_word or d.qual_word or not r.connector.search(text, c.end, d.start):
            continue
        if not r.from_before.search(text, max(0, c.start - 8), c.start):
            continue
        lo = max(text.rfind("\n", 0, c.start) + 1, text.rfind(".", 0, c.start) + 1, c.start - 120)
        if i and cands[i - 1].end > lo:
            lo = cands[i - 1].end
        hit = _SUBJECT_NOUN.search(text, lo, c.start)
        if hit is None:
            continue
        noun = counted_noun_pattern().match(" " + text[hit.end() : c.start].lower())
        if noun is None:
            continue
        unit = noun.group().strip()
        for x in (c, d):
            x.attrs["unit"] = unit
            x.attrs["unit_lemma"] = r.unit_lemma(unit)
            x.has_unit = True
            x.rule = "count_subject_unit"


def _join_ranges(cands: list[_Cand], text: str, r: Rules) -> list[_Cand]:
    """ "từ 50 hộ đến 70 hộ": two counts of one unit after "từ" and joined by "đến" are
    one range (the single-unit form "từ 50 đến 70 hộ" is read by the main pattern)."""
    i, out = 0, []
    while i < len(cands):
        c = cands[i]
        d = cands[i + 1] if i + 1 < len(cands) else None
        if (
            d is not None
            and c.type == d.type == "quantity"
            and c.attrs.get("value") is not None
            and d.attrs.get("value") is not None
            and c.attrs["unit_lemma"]
            and c.attrs["unit_lemma"] == d.attrs["unit_lemma"]
            and not c.qual_word
            and not d.qual_word
            and c.attrs["value"] < d.attrs["value"]
            and r.range_joint.match(text, c.end, d.start)
            and (f := r.from_before.search(text, max(0, c.start - 8), c.start))
        ):
            attrs = {
                "value": None,
                "unit": d.attrs["unit"],
                "unit_lemma": d.attrs["unit_lemma"],
                "qualifier": "exact",
                "low": c.attrs["value"],
                "high": d.attrs["value"],
            }
            out.append(
                _Cand("quantity", f.start(), d.end, "count_range", attrs, True, c.num_start, False)
            )
            i += 2
            continue
        out.append(c)
        i += 1
    return out


_BREAKDOWN_STARTS = (
    " - ",
    "(",
    " (",
    ",",
    ":",
    " :",
    "\u00a0(",
    " trong",
    " Trong",
    " gồm",
    " Gồm",
    " bao",
    " Bao",
    " cụ",
    " Cụ",
)


_DIGIT_AHEAD = regex.compile(
    r"[^.\n]*?\d"
)  # (matched at a position) a number later in the sentence
_LEAD = ("Trong ", "trong ")  # "Trong 372 chi bộ trực thuộc: ..." (see _breakdown)


def _breakdown(c: _Cand, cands: list[_Cand], later: int, text: str, r: Rules) -> list[Mention]:
    """The bare parts listed after a total, counting its unit: "12 đảng viên (khiển trách
    8, cảnh cáo 3, cách chức 1)" -> 8, 3, 1 đảng viên; also after "trong đó", "gồm",
    "bao gồm", "cụ thể", a colon ("giảm 480 đảng viên: từ trần 211, chuyển đi 226") and
    as "Khiển trách: 8; cảnh cáo: 3"; and after a total that "Trong" opens with a short
    modifier ("Trong 74 thôn đã sáp nhập, vùng đồng bằng có 39, vùng núi 16"). A part may
    carry its share ("xuất sắc 61 (16,4%)", "tốt 254, chiếm 68,3%"); a label may end
    in a year ("năm 2021: 9") or in "có". At least two parts, or one "trong đó" part
    with its share ("trong đó nữ 713, chiếm 57,5%"); each a short label and a bare
    number: no verb of change ("tăng 5"), no name ("đợt 1", nor "chỉ tiêu 4" after
    "12 chỉ tiêu"), and no other figure inside the list but the parts' shares.
    ``cands[later:]``: the candidates after ``c``, read in place (as in ``_siblings``)."""
    if text.startswith(_BREAKDOWN_STARTS, c.end):
        b = r.breakdown_open.match(text, c.end)
    else:
        b = None
    if b is None and text.startswith(" ", c.end) and text.find("(", c.end, c.end + 100) >= 0:
        b = r.breakdown_desc_open.match(text, c.end)
    if b is None and text.startswith(_LEAD, c.start - 6):
        if r.lead_total_before.search(text, max(0, c.start - 12), c.start) or (c.start == 6):
            b = r.lead_open.match(text, c.end)
    if b is None:
        return []
    items, pos = [], b.end()
    commas = False
    while (it := r.breakdown_item.match(text, pos)) is not None:
        if commas and ";" in (items[-1].group("more") or ""):
            break  # a comma list going on after ";" is not read: "…, phản ánh 35; số đơn …"
        items.append(it)
        if it.group("more") is None:
            break
        commas = commas or "," in it.group("more")
        pos = it.end()
    if not items:
        return []
    if len(items) < 2 and not (items[0].group("share") and "trong đó" in b.group().lower()):
        return []
    if ";" in (items[-1].group("more") or ""):
        return []  # "a 9; b 8; <unreadable>": a list read in part would not add up
    ahead = (
        _DIGIT_AHEAD.match(text, items[-1].end(), min(len(text), items[-1].end() + 80))
        if items[-1].group("more") is not None
        else None
    )
    if ahead is not None and not any(
        d.num_start == ahead.end() - 1 for d in islice(cands, later, None)
    ):
        # "a 9, b 8, c <unread> 36": a list read in part would not add up; the next item
        # may be a count of its own ("…, khai trừ 11 đồng chí"), which the checker adds
        return []
    # the parts' shares and the "6 tháng" of a time label are no figures of the list
    inside = [it.span("share") for it in items if it.group("share")]
    inside += [it.span("label") for it in items if it.group("label")[:1].isdigit()]
    end = items[-1].end("n")
    for d in islice(cands, later, None):  # another figure inside the list: prose, not a breakdown
        if d.start >= end:
            break
        if not any(s <= d.start < e for s, e in inside):
            return []
    own = c.attrs["unit_lemma"]
    for it in items:
        label = to_old_tones(it.group("label").lower())
        for compound in r.label_compounds:  # "từ trần" (died) is a noun, not "từ" (from)
            label = label.replace(compound, compound.replace(" ", "_"))
        words = label.split()
        if len(words) > 1 and words[-1] == "có":
            words = words[:-1]  # "vùng đồng bằng có 39"
        # the verb that governs a number opens or ends its label ("tăng 5", "so với năm
        # trước giảm 2"); inside a label a stop word is part of a noun ("đồng bằng", "xóa
        # tên và khai trừ" as a later part)
        if words[0] in r.label_stop or words[-1] in r.label_stop:
            return []  # "tăng 5, giảm 2": prose, not a list
        label = " ".join(words)
        if label == own or label.endswith(" " + own):
            return []  # "12 chỉ tiêu, cụ thể là chỉ tiêu 4, …": names of its members
        n = it.group("n")
        if _stop_before(text, it.start("n"), _number(n), None, r):
            return []  # "đợt 1, đợt 2": names
    return [_part_of(it, c) for it in items]


def _part_of(it: regex.Match, total: Mention) -> Mention:
    """A bare number (group "n" of ``it``) read as a part of ``total``, in its unit."""
    n = it.group("n")
    attrs = {
        "value": _plain(_number(n)),
        "unit": total.attrs["unit"],
        "unit_lemma": total.attrs["unit_lemma"],
        "qualifier": "exact",
    }
    return Mention("quantity", it.start("n"), it.end("n"), n, "count_breakdown", attrs)


# A part of a list far from its total (see `distant_parts` in figures.yaml): a bare number,
# maybe its share, then a separator or the end of the list.
_SHARE = r"\d++(?:,\d++)?+[^\S\n]*+%"
_PART_NUMBER = regex.compile(
    NUMBER_START
    + r"(?P<n>\d{1,3}(?:\.\d{3})++(?!\d)|\d++(?:,\d++)?+)(?![\d.,/]\d|[^\S\n]*+%)"
    + r"(?P<share>[^\S\n]*+\([^\S\n]*+"
    + _SHARE
    + r"[^\S\n]*+\)"
    + r"|,[^\S\n]*+chiếm[^\S\n]++"
    + _SHARE
    + r")?"
    # an aside with no figure, such as the names of those the item counts: "không hoàn thành
    # nhiệm vụ 1 (Đảng bộ xã Trung Kênh)" (the checker reads a list that does not add up only
    # when its asides are names: other words may say why it falls short)
    + r"(?P<aside>[^\S\n]*+\((?=[^\S\n]*+\p{L})[^()\d%\n]{2,80}\))?"
    + r"(?=[^\S\n]*+(?:[,;.)\n]|và(?!\p{L})|$))"
)


_PART_GAP_MAX = 400  # characters: far more than a label of ``part_label_words`` words
_DIGIT = re.compile(r"\d")


def _distant_parts(
    out: list[Mention], text: str, r: Rules, spans: list[tuple[int, int]], starts: list[int]
) -> list[Mention]:
    """Bare parts of a list whose total stands earlier, apart from it: "Kỷ luật 29 đảng
    viên. Theo hình thức: khiển trách 17, cảnh cáo 8, cách chức 1, khai trừ 3." -> 17, 8,
    1, 3 đảng viên. A run of two or more bare numbers, each after a short label (no figure,
    no sentence end between them), is read only when its numbers add up exactly to a count
    with its unit stated shortly before (``r.part_window`` characters, no blank line
    between): the sum ties the run to that total and gives it its unit."""
    totals = [
        m
        for m in out
        if (
            m.type == "quantity"
            and m.attrs.get("unit")
            and m.attrs.get("value") is not None
            and m.attrs.get("qualifier") == "exact"
        )
        # "Có 55/56 tổ chức cơ sở đảng được đánh giá, xếp loại. Kết quả: xuất sắc 9, …": the
        # list breaks down the count the fraction's numerator gives
        or (m.type == "ratio" and m.attrs.get("unit") and isinstance(m.attrs.get("numerator"), int))
    ]
    totals.sort(key=lambda m: m.end)
    taken = sorted((m.start, m.end) for m in out)
    taken_starts = [s for s, _ in taken]
    runs: list[list[regex.Match]] = []
    for m in _PART_NUMBER.finditer(text):
        s, e = m.span("n")
        if _overlaps(taken, taken_starts, s, e) or (spans and _overlaps(spans, starts, s, e)):
            continue
        # a label of a few words: a longer gap is no list step (and is not worth blanking)
        gap = (
            r.part_gap.fullmatch(_blank_spans(text, runs[-1][-1].end(), s, spans))
            if runs and s - runs[-1][-1].end() <= _PART_GAP_MAX
            else None
        )
        if gap is not None and not _prose_label(gap.group("label"), r):
            runs[-1].append(m)
        else:
            runs.append([m])
    found: list[Mention] = []
    for run in runs:
        if len(run) < 2:
            if _lone_share_part(out, text, run[0], r):
                found.append(_bare_part(run[0]))
            continue
        first = run[0].start("n")
        if any(
            _stop_before(text, it.start("n"), _number(it.group("n")), None, r, strong_only=True)
            for it in run
        ):
            continue  # "Điều 3, 4": names
        # unless a total below gives them its unit; with no sum to tie them to a count, a
        # label that is a naming noun alone makes a name too ("thôn 3, thôn 5")
        if not _bare_run_ok(text, run, r) or _rate_after(out, text, run[-1].end()):
            bare = []
        else:
            before = _figure_before(out, text, first)
            wider = _figure_before(out, text, first, _SENTENCE_ONLY)
            if (
                before is not None
                and before.type != "quantity"
                and not _OPENS_PARTS.search(text, before.end, first)
            ) or (
                wider is not None
                and wider.type == "percent"
                and _parallel(text, wider, first, sentence=True)
            ):
                bare = []  # "Tỷ lệ che phủ rừng đạt 58,5%, năm 2023 là 58, …": percents
            else:
                owner = (
                    before
                    if before is not None
                    and before.type == "quantity"
                    and _parallel(text, before, first)
                    else None
                )
                if owner is None:
                    owner = _members_before(out, text, run, r) or _series_before(out, text, run, r)
                bare = [_bare_part(it, owner) for it in run]
        total = sum((_number(it.group("n")) for it in run), Decimal(0))
        best = None
        for t in totals:
            if t.end > first:
                continue
            value = t.attrs["numerator"] if t.type == "ratio" else t.attrs["value"]
            if first - t.end <= r.part_window and Decimal(str(value)) == total:
                best = t
        if best is None and bare and all(b.attrs["unit"] is None for b in bare):
            after = _total_after(out, text, first, run[-1].end(), total, r)
            if after is not None:  # "…; lực lượng vũ trang 70, tổng cộng 1.312 lượt"
                found.extend(_part_of(it, after) for it in run)
                continue
        if best is None or "\n\n" in text[best.end : first]:
            found.extend(bare)
            continue
        if _own_measure(text, best, first, r):
            found.extend(bare)
            continue  # "Cơ cấu nguồn vốn (%): ngân sách 45, …" after "100 hộ": a chance sum
        if not _shares_fit(run, total):
            found.extend(bare)
            continue  # "…: tốt 4.980 (72,7%)" of another whole than the sum: unclear
        lemma = best.attrs["unit_lemma"]
        if any(
            best.end <= m.start < first
            and m.type == "quantity"
            and m.attrs.get("unit_lemma") == lemma
            and not _bracketed(text, m, best.end, first)
            for m in totals
        ):
            found.extend(bare)
            continue  # "23 đảng viên, giảm 6 đảng viên …, gồm …": which count they break down is unclear
        found.extend(_part_of(it, best) for it in run)
    return found


_FLOW_LEAD = regex.compile(r"(?r)[.!?;:(\n]|,(?=[^,]*\Z)")  # where the first item's label starts
_MEMBER_WINDOW = 300  # characters from a member flow list back to the count of members


def _other_nouns(text: str, lo: int, hi: int, r: Rules, allowed: frozenset[str]) -> bool:
    """Whether ``text[lo:hi]`` names a counted noun of the vocabulary (not a measure or a
    time) other than ``allowed``: "số hộ dân", "tổ chức cơ sở đảng", "Đoàn Thanh niên"."""
    for m in r.unit_word.finditer(text, lo, hi):
        key = to_old_tones(_WS.sub(" ", m.group().lower()))
        if r.units.get(key) not in (None, "measures") and key not in allowed:
            return True
    return False


_PREFIX_WORD = regex.compile(r"\p{L}++")


def _plain_prefix(prefix: str, r: Rules) -> bool:
    """Whether a label's words before its change of membership only say when or how ("trong
    năm", "giảm do", "11 tháng năm 2024"), naming no subject ("số hộ dân", "Liên đội",
    "bệnh nhân"): figures.yaml ``member_flow_prefix_words``."""
    return all(w.lower() in r.member_prefix_words for w in _PREFIX_WORD.findall(prefix))


def _members_before(
    out: list[Mention], text: str, run: list[regex.Match], r: Rules
) -> Mention | None:
    """The count of members a list of membership changes counts, or None: every label of
    the run ends with a change ("kết nạp", "chuyển đến", "từ trần", "xóa tên" …) and names
    no other counted noun or body before it ("số hộ dân chuyển đến", "Đoàn Thanh niên xã kết
    nạp", "tổ chức cơ sở đảng chuyển đi"), and the last count before it, in its sentence or
    the one before, counts members ("541 đảng viên", "tăng 13 đồng chí"). E.g. "Đảng bộ có
    541 đảng viên; trong năm kết nạp 10, chuyển đến 4, từ trần 6" -> 10, 4, 6 đảng viên
    (white-box review 19a: 28 of its 95 passages were misread before these guards)."""
    first = run[0].start("n")
    lead = _FLOW_LEAD.search(text, max(0, first - 80), first)
    ends = [lead.end() if lead else max(0, first - 80)] + [it.end() for it in run[:-1]]
    for at, it in zip(ends, run, strict=True):
        flow = r.member_flow.search(text, at, it.start("n"))
        if flow is None or not _plain_prefix(text[at : flow.start()], r):
            return None
    for m in reversed(out):
        if m.end > first or m.rule in BARE_RULES:
            continue
        if first - m.end > _MEMBER_WINDOW or "\n\n" in text[m.end : first]:
            return None
        if m.type != "quantity":
            continue
        if len(_SENTENCE_ONLY.findall(text, m.end, first)) > 1:
            return None
        # the nearest count, however rough ("khoảng 450 hộ" stops the search)
        return m if m.attrs.get("unit") in r.member_nouns else None
    return None


# a list label that is a year: "; năm 2022: ", ", năm 2025 ước ", "; 4 tháng đầu năm 2025: "
_YEAR_LABEL = regex.compile(
    r"(?i)(?<!\p{L})năm[^\S\n]++(?:19|20)\d\d(?:[^\S\n]++(?:ước(?: đạt| tính)?|dự kiến))?"
    r"[^\S\n]*+:?[^\S\n]*+\Z"
)
# between the count a series continues and its first year: "; năm 2022: ", "); trong đó năm
# 2021 kết nạp ", ", gồm: năm 2021 " (nothing else: "; diện tích lúa năm 2023: " is another
# series)
_SERIES_GAP = regex.compile(
    r"(?i)[^\S\n]*+\)?[^\S\n]*+[,;]?[^\S\n]*+(?P<opens>(?:trong đó|gồm|bao gồm|cụ thể)"
    r"[^\S\n]*+:?[^\S\n]*+)?năm[^\S\n]++(?:19|20)\d\d(?P<verb>(?:[^\S\n]++\p{Ll}++){0,3})"
    r"[^\S\n]*+:?[^\S\n]*+"
)
_CLAUSE_OPEN = regex.compile(r"(?r)[;:,(.!?\n]")
_LEAD_OPENS = regex.compile(
    r"(?i)(?:^|[^\S\n]|\()(?:\(\d\)[^\S\n]*+)?năm[^\S\n]++(?:19|20)\d\d(?!\d)"
)
_SERIES_WINDOW = 250
_SENTENCE_START = regex.compile(r"(?r)[.!?](?=\s)|\n")


def _series_before(
    out: list[Mention], text: str, run: list[regex.Match], r: Rules
) -> Mention | None:
    """The count a series of years continues, or None: every label after the first is a year
    ("năm 2022: 251; năm 2023: 247"), and only a year (with a verb or two: "năm 2021 kết nạp")
    stands between the run and the last count before it, in its sentence, itself an item of
    the series (its clause opens with a year: "Năm 2021 kết nạp 236 đảng viên; năm 2022:
    251") or the total the run breaks down after "trong đó" ("kết nạp 1.486 đảng viên (…);
    trong đó năm 2021 kết nạp 302, năm 2022: 318"). Its unit is the series' unit; a count
    with a scale word ("125,4 nghìn người") gives none (its series may be written in full).
    """
    first = run[0].start("n")
    for prev, it in zip(run, run[1:], strict=False):
        if _YEAR_LABEL.search(text, prev.end(), it.start("n")) is None:
            return None
    for m in reversed(out):
        if m.end > first or m.rule in BARE_RULES:
            continue
        if first - m.end > _SERIES_WINDOW or _SENTENCE_ONLY.search(text, m.end, first):
            return None
        if m.type != "quantity" or m.attrs.get("qualifier") != "exact" or not m.attrs.get("unit"):
            return None
        gap = _SERIES_GAP.fullmatch(text, m.end, first)
        if gap is None or _as_written(m)[1] != 1:
            return None
        verb = gap.group("verb").strip()
        said = _SENTENCE_START.search(text, max(0, m.start - 300), m.start)
        if verb and verb not in text[said.end() if said else max(0, m.start - 300) : m.start]:
            return None  # "năm 2024 gieo trồng 8.450" after "sản lượng … 45.200 tấn"
        opened = _CLAUSE_OPEN.search(text, max(0, m.start - 80), m.start)
        clause = text[opened.end() if opened else max(0, m.start - 80) : m.start]
        if _LEAD_OPENS.search(clause) or gap.group("opens"):
            return m
        return None
    return None


# between a list and the total it ends with, in its sentence: ", tổng cộng ", "; cộng: ",
# " (tổng số "
_TOTAL_AFTER_GAP = regex.compile(
    r"(?i)[^\S\n]*+[,;]?[^\S\n]*+\(?[^\S\n]*+(?:tổng cộng|tổng số|tổng|cộng)"
    r"(?:[^\S\n]++(?:là|có))?[^\S\n]*+:?[^\S\n]*+"
)
_TOTAL_AFTER_MAX = 30


def _total_after(
    out: list[Mention], text: str, first: int, end: int, total: Decimal, r: Rules
) -> Mention | None:
    """The count right after a list, in its sentence, named a total ("tổng cộng 1.312
    lượt"), that the list's numbers add up to exactly, or None; the sentence before the
    list names no other counted noun ("Kết quả xếp loại chi bộ: …; tổng số 21 đảng viên được
    khen thưởng" is no total of the list)."""
    for m in out:
        if m.start < end:
            continue
        if m.start - end > _TOTAL_AFTER_MAX:
            return None
        if not (
            m.type == "quantity"
            and m.attrs.get("unit")
            and m.attrs.get("qualifier") == "exact"
            and m.attrs.get("value") is not None
            and Decimal(str(m.attrs["value"])) == total
            and _TOTAL_AFTER_GAP.fullmatch(text, end, m.start)
        ):
            return None
        opened = _SENTENCE_START.search(text, max(0, first - 300), first)
        lo = opened.end() if opened else max(0, first - 300)
        unit = to_old_tones(m.attrs["unit"])
        named = {
            to_old_tones(_WS.sub(" ", w.group().lower()))
            for w in r.unit_word.finditer(text, lo, first)
        }
        if unit not in named and _other_nouns(text, lo, first, r, frozenset({unit})):
            return None  # the sentence counts another noun than the total's
        return m
    return None


_WITHIN_LEAD = regex.compile(r"(?i)(?<!\p{L})trong (?:đó|số đó)(?!\p{L})[^\S\n]*+:?[^\S\n]*+")


def _lone_share_part(out: list[Mention], text: str, it: regex.Match, r: Rules) -> bool:
    """Whether one bare number with its share in brackets, after "trong đó" and a short
    label, is a count: "…, trong đó hoàn thành xuất sắc nhiệm vụ 91 (14,9%)". (A list of one
    is otherwise no list.)"""
    if not it.group("share") or not it.group("share").lstrip().startswith("("):
        return False
    s = it.start("n")
    opened = _CLAUSE_START.search(text, max(0, s - 80), s)
    lead = text[opened.end() if opened else max(0, s - 80) : s]
    hit = _WITHIN_LEAD.match(lead.lstrip())
    if hit is None:
        return False
    label = lead.lstrip()[hit.end() :]
    if not label.strip() or _prose_label(label, r) or _NAMED_BY_SO.search(label):
        return False
    if not _count_like(it.group("n")) or _is_year(_number(it.group("n"))):
        return False
    return len(label.split()) <= 8 and not any(c.isdigit() for c in label)


def _bracketed(text: str, m: Mention, lo: int, hi: int) -> bool:
    """Whether ``m`` stands in a bracket opened and closed between ``lo`` and ``hi``, and the
    list starts after its sentence: an aside ("… được đánh giá (2 chi bộ mới thành lập chưa đủ
    thời gian). Kết quả:" then the list), not a count the list could break down. In the same
    sentence ("1.204 hội viên (ngoài 36 hội viên danh dự), gồm: nam 512, nữ 692") the checker
    reads the bracket itself."""
    a = text.rfind("(", lo, m.start)
    if a < 0 or text.find(")", a, m.start) >= 0:
        return False
    b = text.find(")", m.end, hi)
    return b >= 0 and (text.find(". ", b, hi) >= 0 or text.find("\n", b, hi) >= 0)


def _named_part(text: str, it: regex.Match, r: Rules) -> bool:
    """Whether a list part's label is a naming noun alone: "thôn 3" in "thôn 3, thôn 5" ->
    True; "nhà văn hóa thôn 5", "lực lượng vũ trang 17" -> False (longer labels)."""
    s = it.start("n")
    m = r.before_stop.search(text, max(0, s - 40), s)
    if m is None or not _stop_before(text, s, _number(it.group("n")), None, r):
        return False
    pre = text[max(0, m.start() - 4) : m.start()].rstrip()
    return not pre or pre[-1] in ",;:(-–•\n" or pre.endswith("và")


_LEAD_START = regex.compile(r"(?r)[.!?](?=\s)|\n")
_CLAUSE_START = regex.compile(r"(?r)[;:(,]")
_PCT_AFTER = regex.compile(r"\s*+(?:\(\s*+)?(?:%|phần trăm)")
_NAMED_BY_SO = regex.compile(
    r"(?i)(?<!\p{L})(?<!dân\s)(?<!thiểu\s)(?<!đa\s)số\s*+$"
)  # "Trường Tiểu học số 2"; not "thiểu số 151"
_PERCENT_FIGURE = regex.compile(r"\d++(?:,\d++)?+\s*+%")  # "đạt 83,3%": a figure, no heading
_CAPITAL_NOUN = regex.compile(r"(?<!\p{L})\p{Lu}\p{Ll}*+(?:\s++\p{Ll}++)?\s*+$")  # "Chi bộ "
_CAPITAL_BEFORE = regex.compile(r"\p{Lu}\p{Ll}*+\s*+:?\s*+$")
# the Party as the object of a verb ("cho ra khỏi Đảng 1", "giới thiệu vào Đảng 3"): no name
_PARTY_OBJECT = regex.compile(r"(?<!\p{L})(?:khỏi|vào|cho|nạp)\s++Đảng\s*+:?\s*+$")


def _bare_run_ok(text: str, run: list[regex.Match], r: Rules) -> bool:
    """Whether the bare numbers of a list that no total ties to a unit read as counts.
    Not when the list's lead names rates, averages, ranks or times ("Cơ cấu kinh tế:",
    "Tuổi bình quân:", "Xếp hạng:", "Lịch tiếp dân:") or a "%" follows it; when a part is a
    decimal, a code or a phone number, a name ("thôn 3", "Trường Tiểu học số 2", "bản Nà
    1"), or a number a verb of change or comparison governs ("năm 2022 đạt 98"); nor a
    series of names ("chỉ tiêu 4, chỉ tiêu 7") or of ranks (1, 2, 3)."""
    first = run[0].start("n")
    lead_at = _LEAD_START.search(text, max(0, first - 300), first)
    prev = lead_at.end() if lead_at else max(0, first - 300)
    # the list's heading: the clause before a colon that opens it ("Cơ cấu kinh tế: …"),
    # else the clause its first part stands in
    colon = text.rfind(":", prev, first)
    if colon != -1:
        head_at = _CLAUSE_START.search(text, prev, colon)
        head = text[head_at.end() if head_at else prev : colon]
    else:
        head_at = _CLAUSE_START.search(text, prev, first)
        head = text[head_at.end() if head_at else prev : first]
    if r.rate_word.search(_PERCENT_FIGURE.sub(" ", head)):
        return False
    if _BY_DIMENSION.match(head) and lead_at is not None and lead_at.group() != "\n":
        # "… đạt 95,2%. Theo huyện: Tân Lập 97, …": the list goes on the sentence before
        prev_at = _LEAD_START.search(text, max(0, lead_at.start() - 300), lead_at.start())
        before = text[prev_at.end() if prev_at else max(0, lead_at.start() - 300) : lead_at.start()]
        if r.rate_word.match(before.lstrip()):  # that sentence is about a rate or an average
            return False
    if _PCT_AFTER.match(text, run[-1].end()):
        return False  # "…, dịch vụ 41,7 (%)"
    values = []
    for it in run:
        n, s = it.group("n"), it.start("n")
        if "," in n or not _count_like(n):
            return False
        label = text[prev:s]
        prev = it.end()
        tail = label[-30:]
        if _NAMED_BY_SO.search(tail) or _named_part(text, it, r):
            return False
        if _CAPITAL_NOUN.search(tail) and _stop_before(text, s, _number(n), None, r):
            return False  # "Bí thư Chi bộ 3", "Trường Kim Đồng 2": a naming noun capitalised
        words = tail.rstrip(" :").rsplit(None, 1)
        if words and r.change_word.fullmatch(words[-1]):
            return False  # "năm 2022 đạt 98": a percent of a plan
        if _EXTREME_END.search(tail):
            return False  # "cao nhất 68, thấp nhất 22": the extremes, not parts
        if _PERSON_END.search(tail):
            return False  # "đồng chí Hoàng Thị Lan 92": a person's score, age or votes
        value = _number(n)
        if value < 10 and _CAPITAL_BEFORE.search(tail) and not _PARTY_OBJECT.search(tail):
            return False  # "bản Nà 1", "Huyện Yên Sơn 1": a name or a rank
        if _is_year(value) and "." not in n:
            return False  # "Nguyễn Văn An 1975, …": years of birth
        values.append(value)
    if values == [Decimal(k) for k in range(1, len(values) + 1)]:
        return False  # 1, 2, 3: an order, not counts
    return not _one_label(text, run)


def _one_label(text: str, run: list[regex.Match]) -> bool:
    """Whether every part of a run has the same label, as a series of names has: "chỉ tiêu
    4, chỉ tiêu 7" -> True; "tố cáo 12, khiếu nại 7" -> False."""
    labels = set()
    for i in range(1, len(run)):
        gap = text[run[i - 1].end() : run[i].start("n")]
        labels.add(regex.sub(r"^[\s,;]*(?:và\s+)?", "", gap).strip().lower())
    head = text[max(0, run[0].start("n") - 40) : run[0].start("n")].lower()
    return len(labels) == 1 and head.rstrip().endswith(next(iter(labels)))


def _bare_part(
    it: regex.Match,
    owner: Mention | None = None,
    unit: tuple[str, int] | None = None,
    r: Rules | None = None,
) -> Mention:
    """A bare number of a list whose sum ties it to no total: a count in the unit of the
    count its sentence states before it (``owner``) or of a heading (``unit``), else with
    unit null."""
    n = it.group("n")
    value = _number(n)
    attrs: dict[str, Any] = {"value": _plain(value), "unit": None, "unit_lemma": None}
    if owner is not None:
        # the owner's multiplier too: "thu 1.250 tỷ đồng, năm 2023 là 1.100" -> 1 100 tỷ đồng
        _, scale = _as_written(owner)
        attrs.update(
            value=_plain(value * scale),
            unit=owner.attrs["unit"],
            unit_lemma=owner.attrs["unit_lemma"],
        )
    elif unit is not None and unit[0] and r is not None:
        attrs.update(value=_plain(value * unit[1]), unit=unit[0], unit_lemma=r.unit_lemma(unit[0]))
    attrs["qualifier"] = "exact"
    return Mention("quantity", it.start("n"), it.end("n"), n, BARE_LIST, attrs)


# the list and the count that gives it its unit stand in one clause: no sentence end, no
# ";" or ":" between ("…342 đảng viên, đạt 105% kế hoạch; năm 2022 đạt 98" is another clause)
_OWNER_END = regex.compile(r"[.!?](?:\s|$)|[\n;:]")
_SENTENCE_ONLY = regex.compile(r"[.!?](?:\s|$)|\n")
_OWNER_WINDOW = 250  # characters between a list (or a bracketed base) and the figure before it


def _figure_before(
    out: list[Mention], text: str, first: int, end: regex.Pattern | None = None
) -> Mention | None:
    """The figure right before a list, in the same clause (no sentence end, ";" or ":"
    between, at most ``_OWNER_WINDOW`` characters; ``end`` another boundary), or None."""
    end = end or _OWNER_END
    for m in reversed(out):
        if m.end > first or m.rule in BARE_RULES:
            continue
        if first - m.end > _OWNER_WINDOW or end.search(text, m.end, first):
            return None
        return m
    return None


_FIRST_WORD = regex.compile(r"\p{L}++")
# a breakdown opener between a percent and a list: the list breaks down the count before
# ("luân chuyển 127 cán bộ, đạt 104,7% kế hoạch, gồm từ tỉnh về huyện 38, …")
_OPENS_PARTS = regex.compile(r"(?i)(?<!\p{L})(?:gồm|trong đó|bao gồm|cụ thể|như sau)(?!\p{L})")
_PERSON_END = regex.compile(
    r"(?i:đồng chí|đ/c|ông|bà|anh|chị|em)\s++\p{Lu}\p{Ll}*+(?:\s++\p{Lu}\p{Ll}*+){0,3}\s*+:?\s*+$"
)
_RATE_UNIT_AFTER = 40  # characters from a list's last bare part to a rate its list ends with


def _rate_after(out: list[Mention], text: str, end: int) -> bool:
    """Whether the list goes on with a figure in a rate unit ("cấp ủy 12, ban thường vụ 24,
    chi bộ 12 lần/năm"): its bare parts are rates too."""
    for m in out:
        if m.start >= end:
            return (
                m.start - end <= _RATE_UNIT_AFTER
                and m.type == "quantity"
                and "/" in str(m.attrs.get("unit") or "")
                and _SENTENCE_ONLY.search(text, end, m.start) is None
            )
    return False


_BY_DIMENSION = regex.compile(r"(?i)\s*+(?:theo|chia theo|phân theo|xét theo)\s")  # "Theo khối:"
_EXTREME_END = regex.compile(r"(?i)(?<!\p{L})(?:cao|thấp|nhiều|ít|lớn|nhỏ) nhất\s*+:?\s*+$")
_BRACKET_OPEN = regex.compile(r"\s*+\(")
_WRITTEN_NUMBER = regex.compile(_NUM_PART)  # the first number a figure's text shows


def _as_written(m: Mention) -> tuple[Decimal, Decimal]:
    """(the number a figure's text shows, its multiplier): "1.250 tỷ đồng" -> (1250, 10^9);
    (0, 1) when the text shows none."""
    written = _WRITTEN_NUMBER.search(m.text)
    shown = _number(written.group()) if written else Decimal(0)
    if not shown or not m.attrs.get("value"):
        return shown, Decimal(1)
    return shown, Decimal(str(m.attrs["value"])) / shown


def _parallel(text: str, owner: Mention, first: int, sentence: bool = False) -> bool:
    """Whether a figure and the list after it are items of one list: the first word of the
    list's label stands in the figure's own clause too. "năm 2021 kết nạp 342 đảng viên,
    năm 2022 là 361" -> True; "Sản lượng năm 2024 đạt 45.200 tấn, năm 2023 là 44.100" -> True;
    "có 45 tổ chức cơ sở đảng, năm 2023 kết nạp 342" -> False (another count, another noun)."""
    if owner.type == "quantity" and not owner.attrs.get("unit"):
        return False
    start_of = _LEAD_START if sentence else _CLAUSE_START  # the figure's sentence or clause
    clause = start_of.search(text, max(0, owner.start - 80), owner.start)
    own = _FIRST_WORD.search(
        text, clause.end() if clause else max(0, owner.start - 80), owner.start
    )
    if _BRACKET_OPEN.match(text, owner.end):
        return True  # "Kỷ luật 11 đảng viên (khiển trách 6; cảnh cáo 3; …)": its breakdown
    nxt = _FIRST_WORD.search(text, owner.end, first)  # the owner's span holds its unit
    if own is None or nxt is None:
        return False
    word = nxt.group().lower()
    return any(
        w.group().lower() == word for w in _FIRST_WORD.finditer(text, own.start(), owner.start)
    )


_HEADER_START = regex.compile(r"(?r)[.;\n]")
_UNIT_BRACKET = regex.compile(r"\([^()\d]{1,25}\)")


def _own_measure(text: str, total: Mention, first: int, r: Rules) -> bool:
    """Whether a distant list has a header of its own, in a later sentence or line than its
    total and ending with ":", that names a measure of its own: a bracketed unit ("(%)",
    "(ha)"), a ``header_stop`` word, or "số" and a counted noun other than the total's unit.
    E.g. after "45 chi bộ trực thuộc.": "Số
    tổ dân phố theo thị trấn: Chợ Rã 20, …" -> True; "Theo hình thức: khiển trách 17, …"
    -> False. A list in the total's own sentence has no header."""
    cut = _HEADER_START.search(text, total.end, first)
    if cut is None:
        return False
    header = text[cut.end() : first].lower()
    if ":" not in header:
        return False
    header = header[: header.rindex(":")]  # the first part's own label is no header
    if _UNIT_BRACKET.search(header) or r.part_header_stop.search(header):
        return True
    unit = str(total.attrs.get("unit") or "").lower()
    for m in counted_noun_pattern().finditer(" " + header):
        noun = m.group().strip()
        before = header[: max(0, m.start() - 1)].rstrip()
        if noun != unit and not unit.startswith(noun) and before.endswith("số"):
            return True  # "Số tổ dân phố theo thị trấn:" counts another noun
    return False


_SHARE_VALUE = regex.compile(r"(\d++)(?:,(\d++))?+")


def _shares_fit(run: list[regex.Match], total: Decimal) -> bool:
    """Whether each part's stated share is its part of ``total``, to within one unit of
    its last decimal (rounded or cut). E.g. 9 of 55 with "(16,4%)" -> True (16.36%);
    4.980 of 6.462 with "(72,7%)" -> False (77.07%: the share of another whole). One share
    out of three or more may miss when the others fit: a slip in one share (which the checker
    reports), not another whole."""
    fit = miss = 0
    for it in run:
        share = it.group("share")
        if not share:
            continue
        m = _SHARE_VALUE.search(share)
        whole, dec = m.group(1), m.group(2) or ""
        stated = Decimal(f"{whole}.{dec}" if dec else whole)
        real = _number(it.group("n")) * 100 / total
        if abs(real - stated) >= Decimal(1).scaleb(-len(dec)):
            miss += 1
        else:
            fit += 1
    return miss == 0 or (miss == 1 and fit >= 2)


def _prose_label(label: str | None, r: Rules) -> bool:
    """Whether a part's label opens with a verb or function word (``breakdowns.label_stop``):
    "đã khắc phục 3, đang xử lý 2" is prose, not a list. E.g. "cảnh cáo" -> False."""
    if not label:
        return False
    low = to_old_tones(label.lower())
    if low.startswith(r.label_compounds):
        return False  # "từ trần 211": a noun
    return low.split(None, 1)[0] in r.label_stop


def _blank_spans(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> str:
    """``text[a:b]`` with the dates and references inside it turned into letters, so that
    a label such as "năm 2022:" reads as words. E.g. "; năm 2022: " -> "; năm xxxx: "."""
    gap = text[a:b]
    if _DIGIT.search(gap) is None:
        return gap
    chars = list(gap)
    for s, e in spans:
        if s < b and e > a:
            for k in range(max(s, a), min(e, b)):
                if not chars[k - a].isspace():
                    chars[k - a] = "x"
    return "".join(chars)
