"""One schema, four writers: the same rows come back from JSONL, CSV, Parquet and SQLite."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pandas as pd
import pytest

from vnreport_miner.pipeline.write import Staging, TableWriter, atomic_path, sqlite_db
from vnreport_miner.records import Mention

ROWS = [
    Mention("quantity", 8, 24, "40.240 đảng viên", "count_unit",
            {"value": 40240, "unit": "đảng viên", "unit_lemma": "đảng viên", "qualifier": "exact"},
            id="d:m0", sentence=0).to_row("d", "bao_cao.txt"),
    Mention("date", 30, 39, "23-5-2016", "date_dmy", {"value": "2016-05-23", "granularity": "day"},
            id="d:m1", sentence=1).to_row("d", "bao_cao.txt"),
    Mention("legal_ref", 40, 70, "Nghị quyết Trung ương 4 (khóa XI, XII)", "central_plenum",
            {"doc_type": "Nghị quyết", "plenum": 4, "term": ["XI", "XII"]}, id="d:m2").to_row("d", "bao_cao.txt"),
]  # fmt: skip


@pytest.fixture
def written(tmp_path: Path) -> Path:
    with (
        Staging() as staging,
        sqlite_db(tmp_path / "extract.sqlite", staging) as db,
        TableWriter("mentions", tmp_path, db, staging) as w,
    ):
        w.write_all(ROWS)
    return tmp_path


def test_write_jsonl_keeps_gold_types(written: Path) -> None:
    rows = [
        json.loads(x) for x in (written / "mentions.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    assert rows == ROWS
    assert rows[1]["value"] == "2016-05-23" and rows[0]["value"] == 40240


@pytest.mark.parametrize("reader", ["csv", "parquet", "sqlite"])
def test_write_tabular_formats_agree(written: Path, reader: str) -> None:
    if reader == "csv":
        df = pd.read_csv(written / "mentions.csv", dtype=str, keep_default_na=False)
    elif reader == "parquet":
        df = pd.read_parquet(written / "mentions.parquet")
    else:
        with sqlite3.connect(written / "extract.sqlite") as con:
            df = pd.read_sql_query("SELECT * FROM mentions", con)
    assert list(df.columns) == list(ROWS[0])
    assert list(df["text"]) == [r["text"] for r in ROWS]
    assert [str(x) for x in df["start"]] == [str(r["start"]) for r in ROWS]
    # polymorphic and list columns travel as JSON text
    assert json.loads(df["term"].iloc[2]) == ["XI", "XII"]
    assert json.loads(df["value"].iloc[1]) == "2016-05-23"


def test_write_sqlite_is_indexed(written: Path) -> None:
    with sqlite3.connect(written / "extract.sqlite") as con:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert {"ix_mentions_doc_id", "ix_mentions_type"} <= names


def test_write_failed_writer_leaves_old_file(tmp_path: Path) -> None:
    target = tmp_path / "mentions.jsonl"
    target.write_text("old\n", encoding="utf-8")
    with (
        pytest.raises(KeyError),
        Staging() as staging,
        TableWriter("mentions", tmp_path, None, staging) as w,
    ):
        w.write(ROWS[0])
        w.write({"not": "a mention"})
    assert target.read_text(encoding="utf-8") == "old\n"
    assert not list(tmp_path.glob(".*.tmp"))


def test_write_failure_in_one_table_keeps_every_old_table(tmp_path: Path) -> None:
    for name in ("documents.jsonl", "mentions.jsonl"):
        (tmp_path / name).write_text("old\n", encoding="utf-8")
    with pytest.raises(KeyError), Staging() as staging:
        with TableWriter("mentions", tmp_path, None, staging) as w:
            w.write_all(ROWS)  # complete and closed ...
        with TableWriter("documents", tmp_path, None, staging) as d:
            d.write({"not": "a document"})  # ... but a later table fails
    assert (tmp_path / "mentions.jsonl").read_text(encoding="utf-8") == "old\n"
    assert (tmp_path / "documents.jsonl").read_text(encoding="utf-8") == "old\n"
    assert not list(tmp_path.glob(".*.tmp"))


def test_write_atomic_path_renames_only_on_success(tmp_path: Path) -> None:
    target = tmp_path / "run.json"
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_text("half", encoding="utf-8")
        raise RuntimeError("killed")
    assert not target.exists()
    with atomic_path(target) as tmp:
        tmp.write_text("whole", encoding="utf-8")
    assert target.read_text(encoding="utf-8") == "whole"


def test_write_sqlite_keeps_order_and_nulls_across_batches(tmp_path: Path) -> None:
    # rows whose null columns differ are inserted in groups: the rowid keeps their order
    rows = [{**ROWS[n % 3], "id": f"d:m{n}", "start": n} for n in range(4500)]  # > 2 batches
    with (
        Staging() as staging,
        sqlite_db(tmp_path / "extract.sqlite", staging) as db,
        TableWriter("mentions", tmp_path, db, staging) as w,
    ):
        w.write_all(rows)
    with sqlite3.connect(tmp_path / "extract.sqlite") as con:
        con.row_factory = sqlite3.Row
        got = [dict(r) for r in con.execute("SELECT * FROM mentions ORDER BY rowid")]
    assert [r["id"] for r in got] == [r["id"] for r in rows]
    assert got[1]["unit"] is None and got[0]["unit"] == "đảng viên"
    assert got[4498]["granularity"] == "day" and got[4498]["qualifier"] is None
    assert json.loads(got[4499]["term"]) == ["XI", "XII"] and got[4499]["start"] == 4499
