"""Stage 6 — write: one schema, four writers (JSONL, CSV, Parquet, SQLite), all atomic.

Rows are streamed into temporary files beside their targets (:class:`Staging`); the
files are renamed into place together once every table is complete, so a run killed
at any moment never leaves a torn file.
"""

from __future__ import annotations

import json
import operator
import os
import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import compress, repeat
from pathlib import Path
from typing import Any

import orjson
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from ..schema import INDEXES, TABLES

_ARROW = {
    "str": pa.string(),
    "int": pa.int64(),
    "float": pa.float64(),
    "bool": pa.bool_(),
    "json": pa.string(),
}
_SQL = {"str": "TEXT", "int": "INTEGER", "float": "REAL", "bool": "INTEGER", "json": "TEXT"}
_BATCH = 2000  # rows per Arrow batch (and SQLite executemany)
# A documents row carries the whole text (~9 kB): smaller batches keep memory flat.
_BATCH_OF = {"documents": 200}
_JSONL_BUFFER = 1 << 20
_UMASK = os.umask(0)
os.umask(_UMASK)
# orjson: UTF-8 out, about 7x faster than the json module on our 45-column rows,
# and JSONL encoding was the largest single cost of writing a batch.
_ENCODE = orjson.dumps


def encode_jsonl(rows: Iterable[dict[str, Any]]) -> bytes:
    """``rows`` as JSON Lines: the bytes :class:`TableWriter` writes to ``<name>.jsonl``.

    The runner encodes each document's rows once, here, and hands the bytes both to the
    cache and to the writers. (The ``+ b"\\n"`` in the generator also releases orjson's
    own output at once: keeping thousands of those alive, as ``list(map(orjson.dumps,
    rows))`` does, is several times slower.)
    """
    return b"".join(_ENCODE(r) + b"\n" for r in rows)


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it over ``target`` on success."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp_path = Path(tmp)
    os.chmod(tmp_path, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs are ordinary files
    try:
        yield tmp_path
        os.replace(tmp_path, target)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()


def write_json(target: Path, obj: Any) -> None:
    with atomic_path(target) as tmp:
        tmp.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


class Staging:
    """Temporary files beside their targets, renamed into place together at the end.

    Every output of a run (the four tables in three formats, the SQLite file, run.json)
    is staged here; :meth:`commit` renames them one after another only once all are
    complete, run.json last, so a run killed at any moment leaves the old outputs (or,
    within the few milliseconds of the renames, old and new files side by side, each
    whole). An exception inside ``with Staging()`` deletes every temporary file.
    """

    def __init__(self) -> None:
        self._pending: list[tuple[Path, Path]] = []

    def path_for(self, target: Path) -> Path:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(fd)
        os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; outputs are ordinary files
        self._pending.append((Path(tmp), target))
        return Path(tmp)

    def commit(self) -> None:
        for tmp, target in sorted(self._pending, key=lambda p: p[1].name == "run.json"):
            os.replace(tmp, target)
        self._pending.clear()

    def abort(self) -> None:
        for tmp, _ in self._pending:
            tmp.unlink(missing_ok=True)
        self._pending.clear()

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.commit()
        else:
            self.abort()


class TableWriter:
    """Streams the rows of one table to ``<name>.jsonl``, ``.csv``, ``.parquet`` and SQLite.

    Rows are buffered in batches; each batch becomes one Arrow table that feeds the CSV
    and Parquet writers (C speed) and one ``executemany`` into SQLite. Columns of logical
    type ``json`` are stored as JSON text in the three tabular formats.
    """

    def __init__(
        self, name: str, out: Path, db: sqlite3.Connection | None, staging: Staging
    ) -> None:
        self.name = name
        self.columns = TABLES[name]
        self.names = list(self.columns)
        self._as_tuple = operator.itemgetter(*self.names)  # row dict -> tuple, in C
        self._keys = self.columns.keys()
        self._key_order = tuple(self.names)
        self._json_idx = [i for i, (lt, _) in enumerate(self.columns.values()) if lt == "json"]
        self.out = out
        self.db = db
        self.staging = staging
        self._batch: list[dict[str, Any]] = []
        self.count = 0
        self._flushed = 0  # rows already flushed: the rowid of the batch's first row - 1
        self._batch_size = _BATCH_OF.get(name, _BATCH)

    def __enter__(self) -> TableWriter:
        jsonl_tmp, csv_tmp, pq_tmp = (
            self.staging.path_for(self.out / f"{self.name}.{ext}")
            for ext in ("jsonl", "csv", "parquet")
        )
        # Each document's lines are written as they come (see write_all): a 1 MiB buffer
        # keeps that to one system call per MiB, as when whole batches were written.
        self._jsonl = open(jsonl_tmp, "wb", buffering=_JSONL_BUFFER)  # noqa: SIM115
        self.schema = pa.schema([(n, _ARROW[lt]) for n, (lt, _) in self.columns.items()])
        self._csv = pacsv.CSVWriter(str(csv_tmp), self.schema)
        self._pq = pq.ParquetWriter(str(pq_tmp), self.schema, compression="zstd")
        if self.db is not None:
            cols = ", ".join(f'"{n}" {_SQL[lt]}' for n, (lt, _) in self.columns.items())
            self.db.execute(f'DROP TABLE IF EXISTS "{self.name}"')
            self.db.execute(f'CREATE TABLE "{self.name}" ({cols})')
            self._inserts: dict[tuple[bool, ...], str] = {}
        return self

    def _insert_for(self, present: tuple[bool, ...]) -> str:
        """The INSERT naming ``rowid`` and the columns flagged in ``present``."""
        sql = self._inserts.get(present)
        if sql is None:
            cols = [n for n, p in zip(self.names, present, strict=True) if p]
            quoted = "".join(f', "{n}"' for n in cols)
            marks = ", ?" * len(cols)
            sql = self._inserts[present] = (
                f'INSERT INTO "{self.name}" (rowid{quoted}) VALUES (?{marks})'
            )
        return sql

    def _insert_rows(self, columns: list[tuple[Any, ...]]) -> None:
        """executemany per pattern of non-null columns, each row with its rowid.

        Python's sqlite3 binds a None ~3x slower than a string (it first looks for an
        adapter), and a mention row is two-thirds nulls; leaving them to the columns'
        NULL default halves the cost of the SQLite table. The explicit rowid keeps the
        rows in the order they were written.

        The grouping works on the columns, in C, not row by row in Python: each row's
        null pattern comes from one ``map`` per column, and a group's values are picked
        out of the columns by an ``itemgetter`` of its row indices. The groups are
        inserted in the order their pattern first appears, each one's rows in order, as
        the row-wise loop did; this takes a third off the cost of the SQLite table.
        """
        patterns = zip(*[map(operator.is_not, c, repeat(None)) for c in columns], strict=True)
        groups: dict[tuple[bool, ...], list[int]] = defaultdict(list)
        for i, present in enumerate(patterns):
            groups[present].append(i)
        first = self._flushed + 1
        for present, idx in groups.items():
            if len(idx) > 1:
                pick = operator.itemgetter(*idx)
            else:  # itemgetter(i) gives the value itself: a slice gives the 1-tuple
                pick = operator.itemgetter(slice(idx[0], idx[0] + 1))
            values = map(pick, compress(columns, present))
            rows = zip([first + i for i in idx], *values, strict=True)
            self.db.executemany(self._insert_for(present), rows)  # type: ignore[union-attr]

    def _check(self, rows: list[dict[str, Any]]) -> None:
        """E301 unless every row has exactly the schema's columns (in any order)."""
        # A row whose keys come in schema order has the schema's keys: comparing key
        # tuples (the same interned strings) in C is cheaper than the set comparison of
        # ``keys()``, which stays the test for a row in any other order.
        in_other_order = map(operator.ne, map(tuple, rows), repeat(self._key_order))
        for row in compress(rows, in_other_order):
            if row.keys() != self._keys:
                missing = self._keys - row.keys()
                extra = row.keys() - self._keys
                raise KeyError(
                    f"E301 {self.name} row does not fit the schema: "
                    f"missing {missing}, extra {extra}"
                )

    def write(self, row: dict[str, Any], jsonl: bytes | None = None) -> None:
        self.write_all([row], jsonl)

    def write_all(self, rows: Iterable[dict[str, Any]], jsonl: bytes | None = None) -> None:
        """Add ``rows`` to the table; ``jsonl``, when given, is ``encode_jsonl(rows)``.

        The JSON Lines go to the file at once (the runner has them already: they are its
        cache record, so the rows are not encoded twice), the rows to the batch for the
        other formats, flushed every ``_batch_size`` rows as when they came one by one.
        """
        rows = rows if isinstance(rows, list) else list(rows)
        self._check(rows)
        self._jsonl.write(encode_jsonl(rows) if jsonl is None else jsonl)
        done = 0
        while done < len(rows):
            room = self._batch_size - len(self._batch)
            self._batch.extend(rows[done : done + room])
            done += room
            if len(self._batch) >= self._batch_size:
                self._flush()
        self.count += len(rows)

    def _flush(self) -> None:
        if not self._batch:
            return
        # Column-wise: one pa.array per column of the transposed rows costs about half
        # of Table.from_pylist over dicts. JSON columns become JSON text (in new lists:
        # callers keep their rows as they were).
        columns = list(zip(*map(self._as_tuple, self._batch), strict=True))
        for i in self._json_idx:
            columns[i] = tuple(None if v is None else _ENCODE(v).decode() for v in columns[i])
        table = pa.Table.from_arrays(
            [pa.array(c, type=t) for c, t in zip(columns, self.schema.types, strict=True)],
            schema=self.schema,
        )
        self._csv.write_table(table)
        self._pq.write_table(table)
        if self.db is not None:
            self._insert_rows(columns)
        self._flushed += len(self._batch)
        self._batch.clear()

    def __exit__(self, exc_type, exc, tb) -> None:
        # Any failure propagates: the Staging around the run then deletes every
        # temporary file, so no half-written table is ever renamed into place.
        try:
            if exc_type is None:
                self._flush()
                if self.db is not None:
                    for col in INDEXES.get(self.name, ()):
                        self.db.execute(
                            f'CREATE INDEX "ix_{self.name}_{col}" ON "{self.name}" ("{col}")'
                        )
        finally:
            self._jsonl.close()
            self._csv.close()
            self._pq.close()


@contextmanager
def sqlite_db(target: Path, staging: Staging) -> Iterator[sqlite3.Connection]:
    """A fresh SQLite file, staged beside ``target`` and renamed with the other outputs."""
    tmp = staging.path_for(target)
    tmp.unlink()
    db = sqlite3.connect(tmp)
    try:
        db.execute("PRAGMA journal_mode=OFF")
        db.execute("PRAGMA synchronous=OFF")
        yield db
        db.commit()
    finally:
        db.close()
