"""Shared pieces of the checker: the per-document view of its figures, and relation finding.

A :class:`Context` is built once per document in O(n) over the mentions: the figures
(quantity, percent, ratio) in text order, each with its sentence, unit head and unit
families precomputed, and a per-sentence list, so every check module only looks at
neighbours inside a sentence (or a handful of earlier statements), never at all pairs.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..records import Check, Mention
from . import vocab

_PUNCT = re.compile(r"[,;.:()\"“”'‘’!?]+")
_PIECES = re.compile(r"\s*(?:,|;|\bvà\b)\s*")
# a footnote line, "(1) Có 09 đảng bộ …": found by line_matches (see there)
_FOOTNOTE_LINE = re.compile(r"[ \t]*\((\d{1,2})\)\.?[ \t]+(?=\S)")
_FOOTNOTE_LINE_NL = re.compile(r"\n" + _FOOTNOTE_LINE.pattern)
FIGURE_TYPES = ("quantity", "percent", "ratio")


@dataclass(frozen=True, slots=True)
class UnitInfo:
    """What a unit counts. E.g. "chi bộ cơ sở" -> head "chi bộ", families {"chi bộ"}."""

    key: str  # lowercase, punctuation dropped: "xã phường thị trấn"
    head: str | None  # longest known head at the start
    fams: frozenset[str]
    heads: tuple[str, ...]  # every head named, for composite units "xã, phường, thị trấn"
    allowed: frozenset[str] = frozenset()  # families its parts may have (own + vocab.COVERS)
    composite: bool = False  # names several heads or a level: "xã, phường, thị trấn", "cấp huyện"
    generic: str | None = None  # for nouns the vocabulary lacks: "u:con", "u:đồng", "u:mô hình"
    # the hash of the fields above, computed once: pairs of units key the covers caches, and
    # the generated __hash__ hashed all seven fields on every lookup
    _hash: int = field(default=0, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        fields = (self.key, self.head, self.fams, self.heads, self.allowed, self.composite)
        object.__setattr__(self, "_hash", hash((*fields, self.generic)))

    def __hash__(self) -> int:
        return self._hash

    def __reduce__(self) -> tuple[type[UnitInfo], tuple[object, ...]]:
        # rebuilt through __init__: a string's hash differs from one process to another
        fields = (self.key, self.head, self.fams, self.heads, self.allowed, self.composite)
        return UnitInfo, (*fields, self.generic)


_SPANS = frozenset({"năm", "tháng", "ngày", "tuần", "quý", "giờ", "tuổi"}) & vocab.TIME_UNITS
_HEADS_BY_LEN = sorted(vocab.UNIT_HEADS, key=len, reverse=True)


def _head_of(piece: str) -> str | None:
    for prefix in vocab.MEASURE_PREFIXES:
        if piece.startswith(prefix) and piece[len(prefix) :].split(" ", 1)[0]:
            alt = _head_of(piece[len(prefix) :])
            if alt:
                return alt
    for h in _HEADS_BY_LEN:
        if piece == h or piece.startswith(h + " "):
            return h
    return None


@lru_cache(maxsize=4096)
def unit_info(unit: str | None) -> UnitInfo:
    """Unit head and families, cached across documents (units repeat a lot).

    >>> unit_info("xã, phường, thị trấn").fams
    frozenset({'commune'})
    >>> sorted(unit_info("đảng bộ cấp huyện").fams)
    ['district', 'đảng bộ']
    """
    raw = (unit or "").lower().strip()
    key = _words(raw)
    if not key:
        return UnitInfo("", None, frozenset(), ())
    head = _head_of(key)
    heads: list[str] = []
    for piece in _PIECES.split(raw):
        h = _head_of(_words(piece))
        if h:
            heads.append(h)
    if head is None and heads:
        head = heads[0]
    fams = {vocab.UNIT_HEADS[h][0] for h in heads}
    if head:
        fams.add(vocab.UNIT_HEADS[head][0])
    generic = None
    if not fams and not any(t in key for t in vocab.LEVEL_TAGS) and not key.startswith("đơn vị"):
        # an unknown noun counts itself: "12.500 con" and "3.200 con", "27 vụ" and "15 vụ"
        generic = generic_family(key)
    for tag, (fam, _note) in vocab.LEVEL_TAGS.items():
        if tag in key:
            fams.add(fam)
    if key.startswith("đơn vị hành chính"):
        fams.add("đơn vị hành chính")
    if head is None and key.split(" ", 1)[0] in _SPANS:
        # "tháng", "năm học", "tuổi": a span of time, never a count of things; the rules test
        # ``unit.head in vocab.TIME_UNITS`` (no family is added). Occasions stay counts: "35
        # buổi tiếp xúc cử tri", "3 đợt", "12 kỳ" are restated and summed like things.
        head = key.split(" ", 1)[0]
    allowed = set(fams)
    for f in fams:
        allowed |= vocab.COVERS.get(f, frozenset())
    composite = len(set(heads)) >= 2 or any(t in key for t in vocab.LEVEL_TAGS)
    return UnitInfo(
        key, head, frozenset(fams), tuple(heads), frozenset(allowed), composite, generic
    )


def without_classifier(key: str) -> str:
    """A unit key without a classifier before its noun: "căn nhà" -> "nhà" ("căn" stays)."""
    head, _, rest = key.partition(" ")
    return rest if head in vocab.CLASSIFIERS and rest else key


def generic_family(key: str) -> str:
    """The family of a noun the vocabulary does not know: its measure word, or its first two
    syllables. E.g. "tỷ đồng" -> "u:đồng"; "mô hình dân vận khéo" -> "u:mô hình"; "vụ" -> "u:vụ"."""
    words = key.split()
    for prefix in vocab.MEASURE_PREFIXES:
        if key.startswith(prefix) and len(words) > 1:
            words = words[1:]
    if words[0] in vocab.SCALE_WORDS and len(words) > 1:
        words = words[1:]
    if words[0] in vocab.SINGLE_NOUNS or len(words) == 1:
        return "u:" + words[0]
    return "u:" + " ".join(words[:2])


def covers(total: UnitInfo, part: UnitInfo) -> bool:
    """Can ``part`` be a piece of ``total``? E.g. "tổ chức cơ sở đảng" covers "đảng bộ";
    "con" covers "con" (a noun the vocabulary lacks counts only itself)."""
    return not part.fams.isdisjoint(total.allowed) or kin(total, part)


def kin(a: UnitInfo, b: UnitInfo) -> bool:
    """Same kind of thing: a shared vocabulary family, or the same unknown noun."""
    return bool(a.fams & b.fams) or (a.generic is not None and a.generic == b.generic)


@dataclass(slots=True)
class Fig:
    """A figure mention with what the checks need precomputed (plain fields: read often)."""

    m: Mention
    i: int  # position in Context.figs
    sent: int
    type: str
    start: int
    end: int
    id: str
    value: float | None
    unit: UnitInfo
    qual: str
    # A whole, exactly stated count: the only kind a sum or a base can use.
    exact_count: bool
    # An exactly stated amount with a unit, whole or not ("45,5 ha", "1.250 tỷ đồng").
    exact: bool = False


# A short quoted name with numbers in it: a movement, a criterion, an award ("5 không, 3 sạch",
# "3 nhất", "Top 10"). Quoted speech is longer. Straight quotes are paired in order, so a long
# quotation never lends its closing mark to the next name (white-box review 62).
_CURLY_QUOTED = re.compile(r"“([^“”\n]*)”")
_NAME_CHARS = 40
_STRAIGHT_QUOTE = re.compile('"')


def _quoted_names(text: str) -> list[tuple[int, int]]:
    if "“" not in text and '"' not in text:
        return []
    spans = [(m.start(1), m.end(1)) for m in _CURLY_QUOTED.finditer(text)]
    marks = [m.start() for m in _STRAIGHT_QUOTE.finditer(text)] if '"' in text else []
    spans += [(a + 1, b) for a, b in zip(marks[::2], marks[1::2], strict=False)]
    return [
        (a, b)
        for a, b in spans
        if b - a <= _NAME_CHARS and "\n" not in text[a:b] and _has_digit(text[a:b])
    ]


def _has_digit(s: str) -> bool:
    return any(ch.isdigit() for ch in s)


@dataclass(slots=True)
class Context:
    """Per-document view: figures in text order, grouped by sentence."""

    text: str
    sentences: list[tuple[int, int]]
    figs: list[Fig] = field(default_factory=list)
    by_sent: dict[int, list[Fig]] = field(default_factory=dict)
    # the figures of each type, in text order: most rules read only percents or only counts,
    # and a loop over these skips the others without testing each
    percents: list[Fig] = field(default_factory=list)
    quantities: list[Fig] = field(default_factory=list)
    ratios: list[Fig] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    _footnotes: dict[int, tuple[int, int]] | None = None
    _starts: list[int] | None = None
    _sent_starts: list[int] = field(default_factory=list)
    # results shared between check modules (e.g. the change pairs), computed once
    memo: dict[str, object] = field(default_factory=dict)
    # clause(lo, hi) results: the same claim spans are asked for by several modules
    _clauses: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    # the text lowercased, once per document (cue words are looked up many times: a plain
    # attribute, not a property, as it is read ~1000 times per document), and whether its
    # offsets are the text's own (set by __post_init__)
    low: str = ""
    _low_aligned: bool = False
    # reference_level by figure span: asked by the central guards and several modules
    _refs: dict[tuple[int, int], bool] = field(default_factory=dict)
    # the sentence of each figure, in figure order (set by from_sent)
    _fig_sents: list[int] | None = None
    # the index in ``figs`` of each figure of a type, in order (set by earlier_typed)
    _typed_i: dict[str, list[int]] = field(default_factory=dict)
    # each figure by its mention id (set by by_id)
    _by_id: dict[str, Fig] | None = None

    @classmethod
    def build(
        cls, text: str, sentences: list[tuple[int, int]], mentions: Iterable[Mention]
    ) -> Context:
        sents = sentences or _line_spans(text)
        ctx = cls(text=text, sentences=sents, mentions=list(mentions))
        ctx._sent_starts = starts = [s for s, _ in sents]
        figs = ctx.figs
        by_sent = ctx.by_sent
        of_type = {"percent": ctx.percents, "quantity": ctx.quantities, "ratio": ctx.ratios}
        n_sents = len(sents)
        time_units = vocab.TIME_UNITS
        names = _quoted_names(text)
        for m in sorted(ctx.mentions, key=_order):
            mtype = m.type
            if mtype not in FIGURE_TYPES:
                continue
            if names and any(a <= m.start and m.end <= b for a, b in names):
                continue  # "tiêu chí “5 không, 3 sạch”": a name, not a count (blind review 61)
            attrs = m.attrs
            if not _sane(attrs):
                continue  # a figure of 310+ digits: no float holds it, no check can use it
            # the sentence holding the figure (inlined _locate: this runs for every figure)
            sent = bisect_right(starts, m.start) - 1 if n_sents else 0
            if sent < 0:
                sent = 0
            if mtype == "ratio":
                value = None
                scaled = _SCALED_RATIO.match(attrs.get("unit") or "")
                if scaled is not None:
                    # "12,6/15 tỷ đồng": the dataset keeps the fraction as written; the rules
                    # read it in "đồng", as they read every amount, so its parts and rests meet
                    # the amounts stated beside it
                    k = 1.0
                    for w in scaled.group(1).split():
                        k *= _SCALE_WORDS[w]
                    n, d = attrs.get("numerator"), attrs.get("denominator")
                    if isinstance(n, int | float) and isinstance(d, int | float):
                        attrs = {**attrs, "numerator": _plain(n * k), "denominator": _plain(d * k),
                                 "unit": scaled.group(2), "_scale": k}  # fmt: skip
                        m = replace(m, attrs=attrs)
            else:
                v = attrs.get("value")
                value = float(v) if v.__class__ is int or v.__class__ is float else None
            qual = attrs.get("qualifier") or "exact"
            if qual not in _QUALS:
                qual = "exact"
            if qual == "approx" and m.text[:3].lower() == "ước":
                qual = "exact"  # "ước đạt 1.250 tỷ đồng": an estimate the report computes with
            written = attrs.get("unit")
            if written in vocab.READ_AS_LEMMA:  # "12 đ/c" is "12 đồng chí" (see vocab)
                written = attrs.get("unit_lemma") or written
            elif written and not written.isupper() and "đ" in written.lower():
                parts = written.lower().split("/")
                if any(p in vocab.READ_AS_WORD for p in parts):
                    written = "/".join(vocab.READ_AS_WORD.get(p, p) for p in parts)
            unit = unit_info(written)
            is_exact = mtype == "quantity" and qual == "exact" and value is not None
            f = Fig(
                m,
                len(figs),
                sent,
                mtype,
                m.start,
                m.end,
                m.id,
                value,
                unit,
                qual,
                is_exact and value.is_integer(),  # type: ignore[union-attr]
                is_exact
                and bool(unit.fams or unit.generic)
                and unit.head not in time_units
                and unit.key.split(" ")[0] not in time_units,
            )
            figs.append(f)
            of_type[mtype].append(f)
            got = by_sent.get(sent)
            if got is None:
                by_sent[sent] = [f]
            else:
                got.append(f)
        return ctx

    def __post_init__(self) -> None:
        self.low = self.text.lower()
        # slicing the lowered text is lowering the slice unless a character changes length
        # ("İ") or lowers by its context (final sigma): then lower_slice lowers each slice
        self._low_aligned = len(self.low) == len(self.text) and "Σ" not in self.text

    def lower_slice(self, s: int, e: int) -> str:
        """``self.text[s:e].lower()``, cut from the lowered text when that is the same."""
        return self.low[s:e] if self._low_aligned else self.text[s:e].lower()

    # -- neighbourhood ------------------------------------------------------------------
    def gap(self, a: Fig | int, b: Fig | int) -> str:
        """Text between two figures (or offsets)."""
        s = a.end if a.__class__ is Fig or isinstance(a, Fig) else a
        e = b.start if b.__class__ is Fig or isinstance(b, Fig) else b
        return self.text[s:e] if e > s else ""

    def before(self, f: Fig, n: int = 60) -> str:
        """Up to ``n`` characters before ``f``, within its sentence."""
        i, sents = f.sent, self.sentences
        lo = sents[i][0] if 0 <= i < len(sents) else 0  # sentence_span, inlined (hot)
        s = f.start - n
        return self.text[s if s > lo else lo : f.start]

    def before_low(self, f: Fig, n: int = 60) -> str:
        """``before(f, n).lower()``."""
        # lower_slice inlined: this is asked ~500 times per document
        i, sents = f.sent, self.sentences
        lo = sents[i][0] if 0 <= i < len(sents) else 0
        s = f.start - n
        if s < lo:
            s = lo
        return self.low[s : f.start] if self._low_aligned else self.text[s : f.start].lower()

    def after(self, f: Fig, n: int = 60) -> str:
        i, sents = f.sent, self.sentences
        hi = sents[i][1] if 0 <= i < len(sents) else len(self.text)
        e = f.end + n
        return self.text[f.end : e if e < hi else hi]

    def after_low(self, f: Fig, n: int = 60) -> str:
        """``after(f, n).lower()``."""
        i, sents = f.sent, self.sentences
        hi = sents[i][1] if 0 <= i < len(sents) else len(self.text)
        e = f.end + n
        if e > hi:
            e = hi
        # lower_slice inlined (hot)
        return self.low[f.end : e] if self._low_aligned else self.text[f.end : e].lower()

    def next_in_sent(self, f: Fig) -> Fig | None:
        nxt = f.i + 1
        figs = self.figs
        if nxt < len(figs):
            g = figs[nxt]
            if g.sent == f.sent:
                return g
        return None

    def prev_in_sent(self, f: Fig) -> Fig | None:
        prv = f.i - 1
        if prv >= 0 and self.figs[prv].sent == f.sent:
            return self.figs[prv]
        return None

    def from_sent(self, sent: int) -> int:
        """The index in ``figs`` of the first figure in sentence ``sent`` or a later one
        (``len(figs)`` when none). Figures are in text order, so their sentences never
        decrease: ``figs[from_sent(s) : f.i]`` are exactly the figures before ``f`` whose
        sentence is ``s`` or later, in order (a slice instead of a scan of all earlier ones)."""
        if self._fig_sents is None:
            self._fig_sents = [f.sent for f in self.figs]
        return bisect_left(self._fig_sents, sent)

    def earlier_typed(self, typ: str, f: Fig, limit: int = 400) -> list[Fig]:
        """``[g for g in earlier(f, limit) if g.type == typ]``, nearest first, as a slice of that
        type's list (the figures before ``f`` that ``earlier`` yields have the indices
        ``max(0, f.i - limit)`` to ``f.i - 1``)."""
        figs = {"percent": self.percents, "quantity": self.quantities, "ratio": self.ratios}[typ]
        idx = self._typed_i.get(typ)
        if idx is None:
            idx = self._typed_i[typ] = [g.i for g in figs]
        a = bisect_left(idx, max(0, f.i - limit))
        b = bisect_left(idx, f.i)
        return figs[a:b][::-1]

    def by_id(self) -> dict[str, Fig]:
        """Each figure by its mention id (the last one, should two share an id), built once per
        document: a check names its figures by id. Shared: read it, never change it."""
        got = self._by_id
        if got is None:
            got = self._by_id = {f.id: f for f in self.figs}
        return got

    def sent_at(self, pos: int) -> int:
        """The index of the sentence holding the offset ``pos``."""
        return max(0, bisect_right(self._sent_starts, pos) - 1)

    def sentence_span(self, i: int) -> tuple[int, int]:
        if 0 <= i < len(self.sentences):
            return self.sentences[i]
        return (0, len(self.text))

    def sentences_with(self, *cues: str) -> Iterator[tuple[list[Fig], int, int]]:
        """The sentences holding one of ``cues`` (lowercase words), as (figures, start, end): the
        readings gated on a cue word walk only these ("được", "huy hiệu", …)."""
        low = self.low
        if not any(c in low for c in cues):
            return
        for sent, sent_figs in self.by_sent.items():
            s, e = self.sentence_span(sent)
            if any(low.find(c, s, e) >= 0 for c in cues):
                yield sent_figs, s, e

    def earlier(self, f: Fig, limit: int = 400) -> Iterator[Fig]:
        """Figures before ``f``, nearest first (at most ``limit``: keeps long documents linear)."""
        lo = max(-1, f.i - 1 - limit)
        for j in range(f.i - 1, lo, -1):
            yield self.figs[j]

    # -- claim spans --------------------------------------------------------------------
    def clause(self, lo: int, hi: int | None = None) -> tuple[int, int]:
        """The ";"-delimited clause of the sentence holding ``lo``..``hi``, trimmed.

        E.g. in "…chỉ tiêu nghị quyết; trong đó 129 xã … chiếm gần 62%." the claim of
        the 62% is "trong đó 129 xã … chiếm gần 62%".
        """
        hi = lo if hi is None else hi
        got = self._clauses.get((lo, hi))
        if got is None:
            got = self._clauses[(lo, hi)] = self._clause(lo, hi)
        return got

    def _clause(self, lo: int, hi: int) -> tuple[int, int]:
        # sentence_span(_locate(...)), inlined (hot)
        sents = self.sentences
        if sents:
            i = bisect_right(self._sent_starts, lo) - 1
            s, e = sents[i if i > 0 else 0]
        else:
            s, e = 0, len(self.text)
        text = self.text
        if not s <= lo <= e:
            s, e = _line_of(text, lo)
        n = len(text)
        if hi > e and n > e:  # e = max(e, min(hi, len(text)))
            e = hi if hi < n else n
        cut = text.rfind(";", s, lo)
        if cut >= 0:
            s = cut + 1
        cut = text.find(";", hi, e)
        if cut >= 0:
            e = cut
        while s < e and text[s].isspace():
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in ".;,"):
            e -= 1
        return s, e

    def sentence_claim(self, f: Fig) -> tuple[int, int]:
        s, e = self.sentence_span(f.sent)
        while e > s and self.text[e - 1] in " .;":
            e -= 1
        return s, e

    # -- footnotes ----------------------------------------------------------------------
    def _footnote_lines(self) -> dict[int, tuple[int, int]]:
        if self._footnotes is None:
            self._footnotes = {}
            for _start, hit in line_matches(_FOOTNOTE_LINE, _FOOTNOTE_LINE_NL, self.text):
                n = int(hit.group(1))
                line_end = self.text.find("\n", hit.end())
                self._footnotes[n] = (hit.end(), len(self.text) if line_end < 0 else line_end)
        return self._footnotes

    def has_footnotes(self) -> bool:
        """Does any line explain a marker? (else ``footnote`` is always None)"""
        return bool(self._footnote_lines())

    def footnote(self, number: int, after: int) -> tuple[int, int] | None:
        """The line "(1) Có 09 đảng bộ cấp huyện; ..." that explains marker (1), if any."""
        span = self._footnote_lines().get(number)
        if span and span[0] > after:
            return span
        return None

    def figs_from(self, begin: int, limit: int) -> list[Fig]:
        """Figures starting at or after ``begin`` and ending by ``limit`` (binary search)."""
        if self._starts is None:
            self._starts = [f.start for f in self.figs]
        out = []
        for f in self.figs[bisect_left(self._starts, begin) :]:
            if f.end > limit:
                break
            out.append(f)
        return out

    def starting_in(self, lo: int, hi: int) -> list[Fig]:
        """Figures with ``lo <= f.start < hi``, in text order (binary search)."""
        if self._starts is None:
            self._starts = [f.start for f in self.figs]
        starts = self._starts
        return self.figs[bisect_left(starts, lo) : bisect_left(starts, hi)]

    def check(
        self,
        kind: str,
        verdict: str,
        figures: list[float],
        figs: list[Fig],
        span: tuple[int, int],
        expected: object,
        observed: object,
        tolerance: object,
        why: tuple[str, str],
        rounding: str | None = None,
    ) -> Check:
        s, e = span
        return Check(
            kind=kind,
            verdict=verdict,
            figures=[_plain(x) for x in figures],
            mention_ids=[f.id for f in figs if f.id],
            expected=expected,
            observed=observed,
            tolerance=tolerance,
            why=why[0],
            why_vi=why[1],
            start=s,
            end=e,
            text=self.text[s:e],
            rounding=rounding,
        )


_HUGE = 1e300


_SCALE_WORDS = {"nghìn": 1e3, "ngàn": 1e3, "vạn": 1e4, "triệu": 1e6, "tỷ": 1e9}
_SCALED_RATIO = re.compile(r"^((?:(?:nghìn|ngàn|vạn|triệu|tỷ)\s+)+)(\S.*)$")


def _finite(v: object) -> float | None:
    """A figure's value as a float, or None when it is not a finite, sane number: a
    figure of 310+ digits does not fit a float (OverflowError), and nothing a report
    counts comes near 1e300."""
    if not isinstance(v, int | float) or isinstance(v, bool):
        return None
    try:
        x = float(v)
    except OverflowError:
        return None
    return x if math.isfinite(x) and abs(x) < _HUGE else None


_NUMERIC_ATTRS = ("value", "numerator", "denominator", "low", "high")
_QUALS = frozenset(("exact", "approx", "min", "max"))
_BIG_INT = 10**300


def _order(m: Mention) -> tuple[int, int]:
    return (m.start, -m.end)


def _sane(attrs: dict[str, object]) -> bool:
    """Every number the mention carries is finite and below 1e300 (or absent)."""
    for key in _NUMERIC_ATTRS:
        v = attrs.get(key)
        if v is None:
            continue
        cls = v.__class__
        if cls is int:
            if not -_BIG_INT < v < _BIG_INT:  # type: ignore[operator]
                return False
        elif cls is float:
            if not -_HUGE < v < _HUGE:  # type: ignore[operator]  # also False for nan, inf
                return False
        elif isinstance(v, int | float) and not isinstance(v, bool) and _finite(v) is None:
            return False
    return True


def _plain(x: float) -> float | int:
    return int(x) if isinstance(x, float) and x.is_integer() else x


def _locate(starts: list[int], sents: list[tuple[int, int]], pos: int) -> int:
    """Index of the sentence containing ``pos`` (or the one before it)."""
    i = bisect_right(starts, pos) - 1
    return max(i, 0) if sents else 0


def line_matches(
    at_line: re.Pattern[str], after_nl: re.Pattern[str], text: str
) -> Iterator[tuple[int, re.Match[str]]]:
    """(start, match) of each match of ``"(?m)^" + at_line.pattern`` in ``text``, in order.

    ``after_nl`` is ``"\\n" + at_line.pattern``: its leading literal lets the engine jump from
    line to line, where "(?m)^" makes it try every position of the text (5-10x slower)."""
    first = at_line.match(text)
    if first is not None:
        yield 0, first
    for hit in after_nl.finditer(text, first.end() if first is not None else 0):
        yield hit.start() + 1, hit


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _line_of(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    return s, len(text) if e < 0 else e


@lru_cache(maxsize=8192)  # pure; the same unit and descriptor words recur within and across reports
def norm_words(s: str) -> str:
    """Lowercase, punctuation dropped, spaces collapsed: "thôn, bản" -> "thôn bản"."""
    return _words(s.lower())


def _words(s: str) -> str:
    """Punctuation dropped, spaces collapsed and trimmed (case kept): "thôn, bản " -> "thôn bản".

    str.split breaks at the very characters regex "\\s" matches, and is about twice as quick as
    a second sub (with strip) on these short strings."""
    return " ".join(_PUNCT.sub(" ", s).split())


_FOOTNOTE_MARK = re.compile(r"\(\d{1,2}\)")
_LINK_AT_END = re.compile(r"(?:chiếm|bằng|đạt)(?:\s+(?:tỷ lệ|tỉ lệ))?\s*$")


def share_link(gap: str, max_len: int = 110) -> bool:
    """Does ``gap`` tie a count to the percent right after it?

    Yes for " thôn bản có chi bộ (chiếm " and " chi bộ ... nhiệm vụ, chiếm ";
    no for ", tỷ lệ đảng viên nữ đạt " (a new subject) or anything across ";".
    """
    if "(" in gap:  # a footnote mark opens with "(": most gaps have none to drop
        gap = _FOOTNOTE_MARK.sub("", gap)
    if len(gap) > max_len or ";" in gap or any(map(str.isdigit, gap)):
        return False
    cut = max(gap.rfind(","), gap.rfind("("), gap.rfind(":"), gap.rfind("|"))
    if cut >= 0:
        tail, middle = gap[cut + 1 :], gap[:cut]
        if not vocab.SHARE_CONNECTOR.fullmatch(tail) or vocab.NEW_SUBJECT.search(middle):
            return False
        return gap[cut] != "," or bool(tail.strip())  # "(" ":" "|" need no verb
    hit = _LINK_AT_END.search(gap)
    if not hit:
        return False
    head = gap[: hit.start()]
    return len(head.split()) <= 8 and not vocab.NEW_SUBJECT.search(head)


_QUOTES = re.compile(r"[\"“”'‘’«»]")
_DESC_END = re.compile(r"[,;.:()]|\bvà\b|\bđạt\b|\bchiếm\b|\bvới\b")


@lru_cache(maxsize=8192)  # pure; descriptors recur
def norm_descriptor(s: str) -> str:
    """Words naming what is counted, with synonyms folded: 'thôn còn “trắng” đảng viên'
    -> 'thôn chưa có đảng viên'."""
    s = _QUOTES.sub(" ", s.lower())
    for pat, repl in vocab.DESCRIPTOR_SYNONYMS:
        s = pat.sub(repl, s)
    return norm_words(s)


def descriptor(ctx: Context, f: Fig, n: int = 70) -> str:
    """The unit and the words after ``f`` up to the next punctuation: "3 chi bộ không
    hoàn thành nhiệm vụ." -> "chi bộ không hoàn thành nhiệm vụ"."""
    after = ctx.text[f.end : min(len(ctx.text), f.end + n)]
    cut = _DESC_END.search(after)
    if cut:
        after = after[: cut.start()]
    return norm_descriptor(f"{f.unit.key} {after}")


def change_subject(ctx: Context, a: Fig) -> str | None:
    """What a change "Số X giảm từ a …" is about: "X" (normalised), or None."""
    hit = vocab.CHANGE_SUBJECT.search(ctx.before(a, 110).lower())
    return norm_descriptor(hit.group(1)) if hit else None


def same_thing(subject: str, desc: str) -> bool:
    """Does a descriptor name the subject? Equal, or the subject followed by more words."""
    return bool(subject) and (desc == subject or desc.startswith(subject + " "))


_SCALE = (
    ("nghìn tỷ", 1e12),
    ("tỷ", 1e9),
    ("triệu", 1e6),
    ("vạn", 1e4),
    ("nghìn", 1e3),
    ("ngàn", 1e3),
)


_DEC = re.compile(r"\d,(\d+)")


@lru_cache(maxsize=8192)  # pure; asked for every figure of every list, by several modules
def _scale_word(text: str) -> float | None:
    """The scale of the first scale word in a mention's text ("1.250 tỷ đồng" -> 1e9), or None."""
    low = text.lower()
    for word, scale in _SCALE:
        if word in low:
            return scale
    if _ABBR_MILLION.search(low):  # "45 tr.đ/người/năm" (the extractor's money_multipliers)
        return 1e6
    return None


_ABBR_MILLION = re.compile(r"\d\s*tr\.?\s*đ")


def half_unit(f: Fig) -> float:
    """Half the last stated digit, in the figure's value units: "45,5 ha" -> 0.05,
    "1.250 tỷ đồng" -> 0.5e9, "12 chi bộ" -> 0.5 (a count may still be exact: see callers)."""
    low = f.m.text.lower()
    hit = _DEC.search(low)
    step = 10.0 ** -len(hit.group(1)) if hit else 1.0
    scale = _scale_word(f.m.text)
    if scale is not None:
        return step * scale / 2
    return step / 2


def as_written(f: Fig) -> float:
    """The number as the report writes it: "52,4 triệu đồng" -> 52.4 (value 52 400 000)."""
    if f.value is None:
        return float("nan")
    scale = _scale_word(f.m.text)
    if scale is not None:
        return round(f.value / scale, 6)
    return f.value


_CELL = re.compile(r"[^|\t\n]+")  # a table cell: between " | " (or tab) separators, one line


def cells(ctx: Context, s: int, e: int) -> list[tuple[int, int]]:
    """Trimmed (start, end) of each cell of the table row ``ctx.text[s:e]``.

    E.g. "Kết nạp đảng viên | 300 | 150 | 50%" -> four spans."""
    out = []
    for hit in _CELL.finditer(ctx.text, s, e):
        a, b = hit.span()
        while a < b and ctx.text[a].isspace():
            a += 1
        while b > a and ctx.text[b - 1].isspace():
            b -= 1
        out.append((a, b))
    return out


# A figure in brackets after a comparison or a plan is the level the claim is measured
# against, never a total, a whole or a body of its own: "kết nạp 163 đảng viên, cao hơn năm
# 2022 (147 đảng viên); trong đó nữ 71 …" (the 71 are of the 163), "thu 486,3 tỷ đồng, bằng
# 118,4% dự toán (410,7 tỷ đồng); trong đó …" (the parts are of the 486,3).
_REFERENCE_CUE = re.compile(
    r"(?:so với|cao hơn|thấp hơn|nhiều hơn|ít hơn|cùng kỳ|năm trước|tăng|giảm|kế hoạch|chỉ tiêu|"
    r"mục tiêu|dự toán|đề ra|được giao|giao|nghị quyết)[^();]{0,40}\(\s*(?:[^\W\d]++\s*){0,4}:?\s*$"
)


# ... or whose bracket opens with the other moment or the plan: "(năm 2022: 1.420 lao động)",
# "(kế hoạch 16 xã)", "(năm 2019 là 26 xã …)", "(cùng kỳ 104 đảng viên)", "(nghị quyết đề ra 12 …)"
_REFERENCE_BRACKET = re.compile(
    r"\(\s*(?:năm\s+(?:19|20)\d{2}|năm trước|năm ngoái|cùng kỳ|kế hoạch|chỉ tiêu|mục tiêu|"
    r"dự toán|đầu nhiệm kỳ|cuối nhiệm kỳ|nhiệm kỳ trước|trước khi|trước sáp nhập|nghị quyết|"
    r"đề ra)[^()]{0,30}$"
)


_NUMBER = re.compile(r"\d[\d.,]*\d|\d")
_YEAR = re.compile(r"(?:19|20)\d{2}")


def reference_level(ctx: Context, f: Fig) -> bool:
    """Is ``f`` the bracketed level of a comparison or a plan? (see ``_REFERENCE_CUE``)"""
    key = (f.start, f.end)
    got = ctx._refs.get(key)
    if got is None:
        got = ctx._refs[key] = _reference_level(ctx, f)
    return got


def _reference_level(ctx: Context, f: Fig) -> bool:
    before = ctx.text[max(0, f.start - 70) : f.start]
    if "(" not in before:
        return False
    low = before.lower()
    if _REFERENCE_CUE.search(low) is not None:
        return True
    if _REFERENCE_BRACKET.search(low) is None:
        return False
    # one level in the bracket, not a breakdown by years ("(năm 2022 làm mới 7,5 km, năm 2023 …)")
    opened = ctx.text.rfind("(", 0, f.start)
    closed = ctx.text.find(")", f.start)
    inside = ctx.text[opened + 1 : closed if closed >= 0 else f.end]
    return len([n for n in _NUMBER.findall(inside) if not _YEAR.fullmatch(n)]) <= 1


# The names of places a text gives after an administrative noun ("huyện Lục Nam", "xã Tân An"),
# lowercased: readings that pair figures across sentences check that the sentences of the
# figures they take name no place the others do not (white-box review 34).
_PLACE_NAMED = re.compile(
    r"\b(?:huyện|xã|tỉnh|phường|thị trấn|thị xã|thành phố|quận|thôn|bản|ấp|buôn|làng)\s+"
    r"((?:[^\W\d_]+)(?:\s+[^\W\d_]+){0,3})"
)


def place_names(text: str) -> set[str]:
    """Lowercased words of the capitalised names after an administrative noun in ``text``."""
    got: set[str] = set()
    for m in _PLACE_NAMED.finditer(text):
        for w in m.group(1).split():
            if not w[0].isupper():
                break
            got.add(w.lower())
    return got


# a neighbour ("huyện bạn", "các đơn vị bạn"): figures told of it are another body's
NEIGHBOUR = re.compile(r"\b(?:huyện|xã|tỉnh|phường|thị xã|đơn vị|địa phương|chi bộ|đảng bộ) bạn\b")


def words_lower(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]+", text.lower()))
