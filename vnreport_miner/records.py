"""Typed records that flow through the pipeline stages.

A :class:`Document` is created by ``ingest``, its ``text`` set once by ``normalise``
(the only stage that rewrites text), then ``segment``, ``extract`` and ``check`` add
sentences, :class:`Mention` and :class:`Check` rows that all index into ``text``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from .schema import MENTION_COLUMNS

_NUMERIC_KEYS = frozenset(("value", "value_num", "low", "high", "numerator", "denominator"))
_MENTION_KEYS = frozenset(MENTION_COLUMNS)
_EMPTY_MENTION = dict.fromkeys(MENTION_COLUMNS)
_EXACT_INT = 2**53  # beyond this an int is not exact in a float, JSON reader or SQLite


def _storable(x: Any) -> Any:
    """A number every writer can store: huge ints become floats, non-finite become None.

    E.g. a garbled "123.456.789.012.345.678.901 đảng viên" keeps an approximate value
    instead of crashing the JSONL and SQLite writers (64-bit integers at most).
    """
    if isinstance(x, bool) or not isinstance(x, int | float):
        return x
    if isinstance(x, int):
        if -_EXACT_INT < x < _EXACT_INT:
            return x
        try:
            x = float(x)
        except OverflowError:
            return None
    return x if math.isfinite(x) else None


def _storable_deep(x: Any) -> Any:
    if isinstance(x, list | tuple):
        return [_storable_deep(v) for v in x]
    return _storable(x)


@dataclass(slots=True)
class Mention:
    """One extracted fact: ``text == doc.text[start:end]``.

    ``attrs`` holds the type's own columns (``value``, ``unit``, ``symbol`` ...),
    named as in ``schema.MENTION_COLUMNS``. E.g. "40.240 đảng viên" ->
    ``Mention("quantity", 10, 26, "40.240 đảng viên", "count_unit",
    {"value": 40240, "unit": "đảng viên", "qualifier": "exact"})``.
    """

    type: str
    start: int
    end: int
    text: str
    rule: str
    attrs: dict[str, Any] = field(default_factory=dict)
    id: str = ""
    sentence: int | None = None

    def get(self, key: str, default: Any = None) -> Any:
        return self.attrs.get(key, default)

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end

    def to_row(self, doc_id: str, path: str) -> dict[str, Any]:
        if not self.attrs.keys() <= _MENTION_KEYS:
            unknown = sorted(self.attrs.keys() - _MENTION_KEYS)
            raise KeyError(f"E301 mention attribute(s) not in the schema: {unknown}")
        row: dict[str, Any] = _EMPTY_MENTION.copy()
        row.update(self.attrs)
        row.update(
            doc_id=doc_id,
            path=path,
            id=self.id,
            type=self.type,
            text=self.text,
            start=self.start,
            end=self.end,
            sentence=self.sentence,
            rule=self.rule,
        )
        for key in _NUMERIC_KEYS & self.attrs.keys():
            row[key] = _storable(row[key])
        value = row["value"]
        if row["value_num"] is None and type(value) in (int, float):
            row["value_num"] = float(value)
        return row


@dataclass(slots=True)
class Check:
    """One consistency verdict over figures of a report; it never edits a figure."""

    kind: str
    verdict: str
    figures: list[float]
    mention_ids: list[str]
    expected: Any
    observed: Any
    tolerance: Any
    why: str
    why_vi: str
    start: int
    end: int
    text: str
    rounding: str | None = None
    id: str = ""

    def to_row(self, doc_id: str, path: str) -> dict[str, Any]:
        return {
            "doc_id": doc_id,
            "path": path,
            "id": self.id,
            "kind": self.kind,
            "verdict": self.verdict,
            "figures": _storable_deep(self.figures),
            "mention_ids": self.mention_ids,
            "expected": _storable_deep(self.expected),
            "observed": _storable_deep(self.observed),
            "tolerance": _storable_deep(self.tolerance),
            "rounding": self.rounding,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "why": self.why,
            "why_vi": self.why_vi,
        }


@dataclass(slots=True)
class Document:
    """A report as it moves through the stages."""

    path: str  # relative to the corpus folder, with forward slashes
    doc_id: str = ""
    format: str = ""
    encoding: str | None = None
    raw_text: str = ""  # decoded text, before normalise
    text: str = ""  # normalised text: every offset indexes into it
    title: str | None = None
    status: str = "ok"
    error: str | None = None
    error_code: str | None = None
    sentences: list[tuple[int, int]] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)  # date, province_code, abbreviations ...

    def sentence_of(self, offset: int) -> int | None:
        """Index of the sentence containing ``offset`` (binary search)."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            s, e = self.sentences[mid]
            if offset < s:
                hi = mid
            elif offset >= e:
                lo = mid + 1
            else:
                return mid
        return None

    def to_row(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "path": self.path,
            "title": self.title,
            "chars": len(self.text),
            "encoding": self.encoding,
            "format": self.format,
            "status": self.status,
            "error": self.error,
            "error_code": self.error_code,
            "date": self.meta.get("date"),
            "province_code": self.meta.get("province_code"),
            "province_name": self.meta.get("province_name"),
            "abbreviations": self.meta.get("abbreviations") or {},
            "n_mentions": len(self.mentions),
            "n_checks": len(self.checks),
            "text": self.text,
        }


@dataclass(slots=True)
class Options:
    """What a run does; recorded in run.json and part of the cache key."""

    entities: bool = True
    checks: bool = True
    max_bytes: int = 20_000_000  # larger files get an error row, not a stalled batch
