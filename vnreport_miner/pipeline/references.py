"""The corpus-level ``references`` table: one row per distinct cited document.

The legal-reference extractor gives every ``legal_ref`` mention a ``ref_key`` that
identifies the cited document (type, symbol, issuing body with its place, date or
term); short mentions carry the key of the full reference they stand for. Here the
keys are counted across the corpus, streaming, one document at a time.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..schema import REFERENCE_COLUMNS

_FIRST_SEEN = (
    "doc_type",
    "symbol",
    "number",
    "issuer_code",
    "issuer",
    "date",
    "term",
    "plenum",
    "title",
)


class ReferenceTable:
    def __init__(self) -> None:
        self._rows: dict[str, dict[str, Any]] = {}

    def add(self, document: dict[str, Any], mentions: list[dict[str, Any]]) -> None:
        for m in mentions:
            key = m.get("ref_key")
            if m["type"] != "legal_ref" or not key:
                continue
            row = self._rows.get(key)
            if row is None:
                row = dict.fromkeys(REFERENCE_COLUMNS)
                row.update(ref_key=key, n_docs=0, n_mentions=0, doc_ids=[])
                row["issuer_place"] = key.split("|")[2] or None if key.count("|") >= 2 else None
                self._rows[key] = row
            for f in _FIRST_SEEN:
                if row[f] is None and m.get(f) is not None and not m.get("alias_of"):
                    row[f] = m[f]
            if row["doc_type"] is None:
                row["doc_type"] = m.get("doc_type")
            row["n_mentions"] += 1
            if document["doc_id"] not in row["doc_ids"]:
                row["doc_ids"].append(document["doc_id"])
                row["n_docs"] += 1

    def rows(self) -> Iterator[dict[str, Any]]:
        yield from sorted(
            self._rows.values(), key=lambda r: (-r["n_docs"], -r["n_mentions"], r["ref_key"])
        )
