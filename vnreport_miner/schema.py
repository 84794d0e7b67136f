"""The one schema every writer shares: table names, column order and logical types.

Column names follow ``../shared/gold/GUIDELINES.md`` for every field the gold defines.
JSONL keeps each value as the gold has it; the tabular writers (CSV, Parquet, SQLite)
store the columns typed ``json`` (lists, or values that may be a number or a string)
as JSON text. ``tests/test_schema.py`` locks this module with a snapshot, so a field
never changes by accident: change the snapshot on purpose when you change a field.
"""

from __future__ import annotations

from typing import Final

SCHEMA_VERSION: Final = "1"

# logical type -> (JSON Schema type, Arrow/pandas dtype name)
#   str, int, float, bool: nullable scalars; json: list, dict or polymorphic scalar
LOGICAL_TYPES: Final = ("str", "int", "float", "bool", "json")

DOCUMENT_COLUMNS: Final[dict[str, tuple[str, str]]] = {
    "doc_id": ("str", "stable id: first 16 hex digits of the SHA-1 of the file's bytes"),
    "path": ("str", "path of the file relative to the corpus folder"),
    "title": ("str", "first non-empty line of the text (the headline), or null"),
    "chars": ("int", "length of the normalised text in characters"),
    "encoding": (
        "str",
        "detected source encoding: utf-8, utf-8-sig, utf-16, cp1258, tcvn3, vni, ...",
    ),
    "format": ("str", "txt | md | html | docx | pdf"),
    "status": ("str", "ok | error"),
    "error": ("str", "what went wrong, for status error; else null"),
    "error_code": ("str", "stable code of the error (E101 ...), or null"),
    "date": ("str", "the document's own date (title date or byline), ISO, or null"),
    "province_code": ("str", "code of the province the report is about (pre-2025 units), or null"),
    "province_name": ("str", "name of that province, or null"),
    "abbreviations": (
        "json",
        "abbreviations used in the text with their expansion {abbr: expansion}",
    ),
    "n_mentions": ("int", "number of rows in mentions for this document"),
    "n_checks": ("int", "number of rows in checks for this document"),
    "text": ("str", "the normalised text; every offset in the dataset indexes into it"),
}

MENTION_TYPES: Final = ("quantity", "percent", "ratio", "date", "period", "legal_ref", "entity")

MENTION_COLUMNS: Final[dict[str, tuple[str, str]]] = {
    "doc_id": ("str", "document id (documents.doc_id)"),
    "path": ("str", "document path relative to the corpus"),
    "id": ("str", "mention id, unique in the dataset: <doc_id>:m<n>"),
    "type": ("str", "quantity | percent | ratio | date | period | legal_ref | entity"),
    "text": ("str", "the surface string: text == document.text[start:end]"),
    "start": ("int", "start offset (characters) in the normalised document text"),
    "end": ("int", "end offset (exclusive)"),
    "sentence": ("int", "index of the sentence (0-based) the mention starts in"),
    "rule": ("str", "name of the rule that produced the mention"),
    # figures
    "value": (
        "json",
        "normalised value: a number (quantity, percent) or an ISO date string (date)",
    ),
    "value_num": ("float", "value as a number when it is one (tabular convenience), else null"),
    "unit": ("str", "the counted noun as written, lowercased (quantity, ratio)"),
    "unit_lemma": ("str", "unit grouped across spellings: tone-normalised, punctuation dropped"),
    "qualifier": ("str", "exact | approx | min | max"),
    "low": ("float", "lower bound of a range (percent, quantity)"),
    "high": ("float", "upper bound of a range"),
    "numerator": ("float", "ratio numerator"),
    "denominator": ("float", "ratio denominator"),
    # dates and periods
    "granularity": ("str", "day | month | year (date)"),
    "period_start": ("str", "ISO start of a period"),
    "period_end": ("str", "ISO end of a period (null when open)"),
    "kind": ("str", "term | phase | quarter | half | range (period)"),
    # legal references
    "doc_type": ("str", "Nghị quyết, Chỉ thị, Quyết định, ... (legal_ref)"),
    "number": ("str", "the document number as written ('04')"),
    "symbol": ("str", "normalised symbol '04-NQ/TU', '04/2016/NĐ-CP', or null"),
    "issuer_code": ("str", "issuer code from the symbol (TU, TW, HU, ĐUK, ...), or null"),
    "issuer": ("str", "the issuing body named in the text, or null"),
    "date": ("str", "ISO date of the cited document, or null"),
    "title": ("str", "the quoted subject after 'về', without quotes, or null"),
    "plenum": ("int", "Central Committee plenum number ('Nghị quyết Trung ương 4')"),
    "term": ("json", "Party Congress term in Roman numerals ('XII'), a list when several"),
    "alias_of": ("str", "for a short mention, the symbol of the full reference it stands for"),
    "ref_key": ("str", "corpus-level id of the cited document (references.ref_key)"),
    # entities
    "label": ("str", "PER | LOC | ORG (entity)"),
    "role": ("str", "a person's role and body as stated beside the name"),
    "admin_code": ("str", "code of the linked administrative unit, valid at the report's date"),
    "admin_name": ("str", "full name of that unit"),
    "admin_level": ("str", "province | district | commune"),
    "admin_code_2025": ("str", "code of the unit it belongs to after the 2025 reorganisation"),
    "admin_name_2025": ("str", "name of that unit"),
}

CHECK_KINDS: Final = (
    "ratio_percent",
    "part_whole",
    "share",
    "target",
    "change",
    "repeat",
    "granularity",
)
VERDICTS: Final = ("consistent", "inconsistent", "unverifiable")

CHECK_COLUMNS: Final[dict[str, tuple[str, str]]] = {
    "doc_id": ("str", "document id"),
    "path": ("str", "document path relative to the corpus"),
    "id": ("str", "check id, unique in the dataset: <doc_id>:c<n>"),
    "kind": ("str", "ratio_percent | part_whole | share | target | change | repeat | granularity"),
    "verdict": ("str", "consistent | inconsistent | unverifiable"),
    "figures": ("json", "the figures involved, as the report states them (numbers)"),
    "mention_ids": ("json", "ids of the mentions the check reads"),
    "expected": ("json", "what the other figures imply (number, or [low, high])"),
    "observed": ("json", "what the report states"),
    "tolerance": ("json", "allowed difference, from the stated precision"),
    "rounding": ("str", "half-up | truncation | null: the rounding that makes it consistent"),
    "start": ("int", "start offset of the claim that the check tests"),
    "end": ("int", "end offset of that claim"),
    "text": ("str", "the claim's text"),
    "why": ("str", "one line of arithmetic, in English"),
    "why_vi": ("str", "the same line, in Vietnamese"),
}

REFERENCE_COLUMNS: Final[dict[str, tuple[str, str]]] = {
    "ref_key": ("str", "id of the cited document: type|symbol|issuer place|date or term"),
    "doc_type": ("str", "Nghị quyết, Chỉ thị, ..."),
    "symbol": ("str", "normalised symbol, or null"),
    "number": ("str", "number as written"),
    "issuer_code": ("str", "issuer code"),
    "issuer": ("str", "issuing body as named (first seen)"),
    "issuer_place": ("str", "the province the issuing committee belongs to, when local"),
    "date": ("str", "ISO date, or null"),
    "term": ("json", "term(s) for Central Committee resolutions"),
    "plenum": ("int", "plenum number"),
    "title": ("str", "subject (first seen)"),
    "n_docs": ("int", "how many reports cite it"),
    "n_mentions": ("int", "how many mentions cite it (full and short)"),
    "doc_ids": ("json", "the reports that cite it"),
}

TABLES: Final[dict[str, dict[str, tuple[str, str]]]] = {
    "documents": DOCUMENT_COLUMNS,
    "mentions": MENTION_COLUMNS,
    "checks": CHECK_COLUMNS,
    "references": REFERENCE_COLUMNS,
}

# SQLite indexes, per table
INDEXES: Final[dict[str, tuple[str, ...]]] = {
    "documents": ("doc_id",),
    "mentions": ("doc_id", "type"),
    "checks": ("doc_id", "kind"),
    "references": ("ref_key",),
}

_JSON_TYPES = {
    "str": ["string", "null"],
    "int": ["integer", "null"],
    "float": ["number", "null"],
    "bool": ["boolean", "null"],
    "json": ["number", "string", "array", "object", "null"],
}


def json_schema(table: str) -> dict:
    """JSON Schema (draft 2020-12) of one table's rows, as written to ``schemas/``."""
    cols = TABLES[table]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"vnreport-miner/{table}.schema.json",
        "title": f"vnreport-miner {table} row (schema version {SCHEMA_VERSION})",
        "type": "object",
        "additionalProperties": False,
        "required": list(cols),
        "properties": {
            name: {"type": _JSON_TYPES[lt], "description": desc}
            for name, (lt, desc) in cols.items()
        },
    }


def empty_row(table: str) -> dict:
    """A row of ``table`` with every column present and null."""
    return dict.fromkeys(TABLES[table])
