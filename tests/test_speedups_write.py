"""The writing stage's fast paths give exactly what the plain ones gave.

The runner encodes each document's rows once (JSON Lines for the writers) and builds the
cache record from those bytes; the writers take rows in bulk and group SQLite inserts
column-wise. Each is held here to the straightforward form it replaces.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import orjson
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest

from vnreport_miner.pipeline import cache, process_file, process_text
from vnreport_miner.pipeline import write as write_mod
from vnreport_miner.pipeline.runner import _encode, _payload, _rows
from vnreport_miner.pipeline.write import Staging, TableWriter, encode_jsonl, sqlite_db
from vnreport_miner.records import Options
from vnreport_miner.schema import TABLES, empty_row

NO_ENTITIES = Options(entities=False)


def _mention(i: int, **values: object) -> dict:
    row = empty_row("mentions") | {"doc_id": "d", "path": "p.txt", "id": f"d:m{i}"}
    return row | values


# Null patterns that repeat, one that occurs once (a group of one row), a row that is
# null but for its id, JSON values of every shape, text with newlines, quotes, Vietnamese.
MENTIONS = [
    _mention(0, type="quantity", text="2.415", start=0, end=5, value=2415, value_num=2415.0),
    _mention(1, type="percent", text="85,2%", value=85.2, value_num=85.2, low=85.2, high=85.2),
    _mention(2),
    _mention(3, type="date", text="ngày 5/3/2022\nrồi", value="2022-03-05", granularity="day"),
    _mention(4, type="quantity", text='"118" chi bộ', start=7, end=10, value=118, value_num=118),
    _mention(5, type="legal_ref", text="Nghị quyết 04", term=["XI", "XII"], value={"a": [1, 2.5]}),
    _mention(6, type="percent", text="106,7%", value=106.7, value_num=106.7, low=1.0, high=2.0),
    _mention(7, type="quantity", text="96", start=1, end=3, value=96, value_num=96.0),
    _mention(8),
    _mention(9, type="ratio", text="92/108", numerator=92.0, denominator=108.0, value_num=0.85),
]


def _documents() -> list[dict]:
    corpus = Path(__file__).resolve().parent.parent / "corpus"
    files = sorted(p for p in corpus.glob("*.txt"))[:6]
    docs = [_rows(process_file(p, corpus, NO_ENTITIES)) for p in files]
    docs.append(_rows(process_text("", options=NO_ENTITIES)))  # no mentions, no checks
    docs.append({"document": MENTIONS[0], "mentions": MENTIONS, "checks": []})
    return docs


def test_speedups_cache_record_is_orjson_of_the_rows() -> None:
    for rows in _documents():
        lines = _encode(rows)
        assert _payload(lines) == orjson.dumps(rows)
        assert lines.document == orjson.dumps(rows["document"]) + b"\n"
        assert lines.mentions == b"".join(orjson.dumps(m) + b"\n" for m in rows["mentions"])
        assert lines.checks == b"".join(orjson.dumps(c) + b"\n" for c in rows["checks"])


def test_speedups_a_row_that_cannot_be_encoded_fails_as_before() -> None:
    rows = {"document": MENTIONS[0], "mentions": [MENTIONS[1] | {"value": 10**20}], "checks": []}
    with pytest.raises(orjson.JSONEncodeError) as plain:
        orjson.dumps(rows)
    with pytest.raises(orjson.JSONEncodeError) as fast:
        _encode(rows)
    assert str(fast.value) == str(plain.value)


def _write(out: Path, chunks: list[tuple[list[dict], bool]]) -> None:
    with Staging() as staging, sqlite_db(out / "extract.sqlite", staging) as db:
        with TableWriter("mentions", out, db, staging) as w:
            for rows, encoded in chunks:
                if len(rows) == 1 and not encoded:
                    w.write(rows[0])
                else:
                    w.write_all(iter(rows), encode_jsonl(rows) if encoded else None)
        assert w.count == sum(len(rows) for rows, _ in chunks)


def _expected_sql(row: dict) -> tuple:
    kinds = [lt for lt, _ in TABLES["mentions"].values()]
    return tuple(
        None
        if v is None
        else orjson.dumps(v).decode()
        if lt == "json"
        else float(v)
        if lt == "float"
        else v
        for v, lt in zip(row.values(), kinds, strict=True)
    )


@pytest.mark.parametrize("batch", [1, 3, 4, 2000])
def test_speedups_bulk_writes_match_row_by_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, batch: int
) -> None:
    """Rows given in chunks of any size, encoded or not, across batch boundaries, give the
    files that rows written one at a time give, and SQLite keeps their order as rowids."""
    monkeypatch.setattr(write_mod, "_BATCH", batch)
    rows = MENTIONS * 3
    one_by_one, bulk = tmp_path / "one", tmp_path / "bulk"
    _write(one_by_one, [([r], False) for r in rows])
    sizes, chunks, start = [1, 5, 0, 2, 7, 3, 12], [], 0
    for i, n in enumerate(sizes):
        chunks.append((rows[start : start + n], i % 2 == 0))
        start += n
    assert start == len(rows)
    _write(bulk, chunks)

    jsonl = (bulk / "mentions.jsonl").read_bytes()
    assert jsonl == b"".join(orjson.dumps(r) + b"\n" for r in rows)
    for name in ("mentions.jsonl", "mentions.csv"):
        assert (bulk / name).read_bytes() == (one_by_one / name).read_bytes()
    assert pq.read_table(bulk / "mentions.parquet").equals(
        pq.read_table(one_by_one / "mentions.parquet")
    )
    assert pacsv.read_csv(bulk / "mentions.csv").num_rows == len(rows)
    db = sqlite3.connect(bulk / "extract.sqlite")
    got = db.execute('SELECT rowid, * FROM "mentions" ORDER BY rowid').fetchall()
    db.close()
    assert got == [(i, *_expected_sql(r)) for i, r in enumerate(rows, 1)]


def test_speedups_rows_in_another_key_order_are_written_in_schema_order(tmp_path: Path) -> None:
    row = MENTIONS[3]
    shuffled = dict(reversed(row.items()))
    _write(tmp_path, [([shuffled, row], False)])
    db = sqlite3.connect(tmp_path / "extract.sqlite")
    got = db.execute('SELECT * FROM "mentions" ORDER BY rowid').fetchall()
    db.close()
    assert got == [_expected_sql(row)] * 2
    assert pq.read_table(tmp_path / "mentions.parquet").to_pylist()[0]["text"] == row["text"]


@pytest.mark.parametrize(
    "bad", [{k: v for k, v in MENTIONS[0].items() if k != "unit"}, MENTIONS[0] | {"extra": 1}]
)
def test_speedups_a_row_off_the_schema_is_refused(tmp_path: Path, bad: dict) -> None:
    with pytest.raises(KeyError, match="E301 mentions row does not fit the schema"):
        _write(tmp_path, [([MENTIONS[1], bad], False)])
    assert not list(tmp_path.glob("*.jsonl")) and not list(tmp_path.glob(".*.tmp"))


def _part(folder: Path, records: list[tuple[str, bytes]], torn: bytes = b"") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    writer = cache.PartWriter(folder / "run-1.part")
    for key, payload in records:
        writer.append(key, payload)
    writer.close()
    with open(folder / "run-1.part", "ab") as fh:
        fh.write(torn)
    return folder


@pytest.mark.parametrize(
    ("keys", "torn"),
    [
        (["a", "b", "c"], b""),  # the part is the compacted cache: renamed
        (["a", "c"], b""),  # a record to drop: copied
        (["c", "a", "b"], b""),  # another order: copied
        (["a", "b", "c"], cache.MAGIC + b"\x01"),  # a torn frame at the end: copied
        (["a", "b", "c", "d"], b""),  # a key with no record: copied
        ([], b""),
    ],
)
def test_speedups_compact_by_renaming_gives_the_copied_cache(
    tmp_path: Path, keys: list[str], torn: bytes
) -> None:
    records = [("a", b'{"x":1}'), ("b", b"[]"), ("c", orjson.dumps({"t": "Đảng\n" * 50}))]
    renamed = _part(tmp_path / "renamed", records, torn)
    copied = _part(tmp_path / "copied", records, torn)
    (copied / "other.part").write_bytes(b"")  # two parts: compact copies the records
    for folder in (renamed, copied):
        cache.compact(folder, keys, cache.scan(folder))
        assert [p.name for p in folder.iterdir()] == ["cache.part"]
    assert (renamed / "cache.part").read_bytes() == (copied / "cache.part").read_bytes()
    index = cache.scan(renamed)
    assert list(index) == [k for k in keys if k in dict(records)]
    reader = cache.PartReader(renamed)
    assert [reader.raw(index[k]) for k in index] == [dict(records)[k] for k in index]
    reader.close()
