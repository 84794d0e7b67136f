"""The schema is a contract: a snapshot locks it, and the committed JSON Schemas match it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vnreport_miner.records import Check, Document, Mention
from vnreport_miner.schema import MENTION_COLUMNS, TABLES, json_schema

ROOT = Path(__file__).resolve().parent.parent
GUIDELINE_FIELDS = [
    "value", "unit", "qualifier", "low", "high", "numerator", "denominator", "granularity",
    "period_start", "period_end", "kind", "doc_type", "number", "symbol", "issuer_code",
    "date", "title", "plenum", "term", "alias_of", "label",
]  # fmt: skip


def test_schema_matches_snapshot() -> None:
    snapshot = json.loads(
        (ROOT / "tests/snapshots/schema_columns.json").read_text(encoding="utf-8")
    )
    current = {t: {c: lt for c, (lt, _) in cols.items()} for t, cols in TABLES.items()}
    assert current == snapshot, (
        "a column changed: update tests/snapshots/schema_columns.json on purpose"
    )


@pytest.mark.parametrize("table", sorted(TABLES))
def test_schema_committed_json_schema_is_regenerated(table: str) -> None:
    committed = json.loads((ROOT / "schemas" / f"{table}.schema.json").read_text(encoding="utf-8"))
    assert committed == json_schema(table), "run `extract schema` and commit schemas/"


@pytest.mark.parametrize("name", GUIDELINE_FIELDS)
def test_schema_mentions_carry_every_gold_field(name: str) -> None:
    assert name in MENTION_COLUMNS


@pytest.mark.parametrize(
    ("table", "row"),
    [
        (
            "mentions",
            Mention("quantity", 8, 24, "40.240 đảng viên", "count_unit", {"value": 40240, "unit": "đảng viên"},
                    id="d:m0", sentence=0).to_row("d", "a.txt"),
        ),
        ("documents", Document(path="a.txt", doc_id="d", text="Tỉnh có 40.240 đảng viên.").to_row()),
        (
            "checks",
            Check("ratio_percent", "consistent", [1349, 1443, 93.5], ["d:m1"], 93.49, 93.5, 0.05,
                  "1349/1443 = 93.49% -> 93.5%", "1349/1443 = 93,49% -> 93,5%", 0, 10, "1.349/1.443").to_row("d", "a"),
        ),
    ],
)  # fmt: skip
def test_schema_rows_validate_against_json_schema(table: str, row: dict) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(row, json_schema(table))


def test_schema_mention_rejects_unknown_attribute() -> None:
    m = Mention("quantity", 0, 1, "5", "r", {"colour": "red"})
    with pytest.raises(KeyError, match="E301"):
        m.to_row("d", "a")


def test_schema_value_num_filled_for_numbers_only() -> None:
    q = Mention("quantity", 0, 6, "57 vạn", "r", {"value": 570000}).to_row("d", "a")
    d = Mention("date", 0, 4, "2016", "r", {"value": "2016"}).to_row("d", "a")
    assert q["value_num"] == 570000.0
    assert d["value_num"] is None
