"""Run a corpus folder through the pipeline and write the dataset.

Each document's rows are appended to the result cache (``OUT/.cache/``, see
:mod:`.cache`), keyed by the file's path, size, mtime, the tool version and the
options, and streamed, in path order, into the tables being written (documents
finished by an earlier run are read back from the cache). So memory stays flat as
the corpus grows, a killed run resumes where it stopped (finished documents are not
processed again), and every output file is replaced atomically at the end.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, fields
from multiprocessing import get_context
from pathlib import Path
from typing import Any, NamedTuple

from .. import __version__
from ..errors import MinerError
from ..records import Document, Options
from ..schema import SCHEMA_VERSION
from . import cache as result_cache
from . import fail, process_file
from .ingest import SUFFIX_FORMAT
from .references import ReferenceTable
from .write import Staging, TableWriter, encode_jsonl, sqlite_db

CACHE_DIR = ".cache"
LISTED = 1000  # errors and inconsistencies kept in run.json and the end-of-run summary


@dataclass
class RunSummary:
    """What ``run_corpus`` reports back to the CLI (and writes to run.json)."""

    tool: str = "vnreport-miner"
    version: str = __version__
    schema_version: str = SCHEMA_VERSION
    corpus: str = ""
    out: str = ""
    options: dict[str, Any] = field(default_factory=dict)
    workers: int = 1
    documents: int = 0
    reused: int = 0
    status: dict[str, int] = field(default_factory=dict)
    mentions: dict[str, int] = field(default_factory=dict)
    checks: dict[str, int] = field(default_factory=dict)
    references: int = 0
    wall_seconds: float = 0.0
    docs_per_second: float = 0.0
    n_errors: int = 0
    n_inconsistent: int = 0
    # the first LISTED of each (all of them are in documents / checks): memory stays flat
    errors: list[dict[str, str]] = field(default_factory=list)
    inconsistencies: list[dict[str, Any]] = field(default_factory=list)


def discover(corpus: Path, exclude: Path | None = None) -> list[Path]:
    """Every supported file under ``corpus``, recursively, in a stable order.

    Hidden files and folders, and the output folder when it lies inside the corpus,
    are skipped. Files of other types are listed too: they get an error row, so a
    researcher sees what was not read.
    """
    if corpus.is_file():
        return [corpus]
    found = []
    exclude = exclude.resolve() if exclude else None
    for dirpath, dirnames, filenames in os.walk(corpus):
        here = Path(dirpath)
        dirnames[:] = sorted(
            d
            for d in dirnames
            if not d.startswith(".") and (exclude is None or (here / d).resolve() != exclude)
        )
        for name in sorted(filenames):
            if name.startswith(".") or name.endswith((".gold.jsonl", ".gold.json")):
                continue
            p = here / name
            if p.suffix.lower() in SUFFIX_FORMAT or p.suffix.lower() not in _IGNORED_SUFFIXES:
                found.append(p)
    return sorted(found, key=lambda p: p.relative_to(corpus).as_posix())


# Files that sit beside reports but are not reports (gold, notes, checksums).
_IGNORED_SUFFIXES = {
    ".jsonl",
    ".json",
    ".yaml",
    ".yml",
    ".csv",
    ".parquet",
    ".sqlite",
    ".sha1",
    ".log",
}


@functools.cache
def code_fingerprint() -> str:
    """The package's own code and rule data (name, size, mtime of every .py and .yaml): a
    changed rule invalidates cached results even when the version number did not move."""
    package = Path(__file__).resolve().parent.parent
    parts = sorted(
        f"{p.relative_to(package)}:{st.st_size}:{st.st_mtime_ns}"
        for p in package.rglob("*")
        if p.suffix in (".py", ".yaml") and (st := p.stat())
    )
    return hashlib.sha1("\n".join(parts).encode()).hexdigest()[:12]


def _cache_key(path: Path, root: Path, options: Options) -> str:
    try:
        st = path.stat()
        size, mtime = st.st_size, st.st_mtime_ns
    except OSError:  # vanished or unreadable: processing will give it an error row
        size, mtime = -1, time.time_ns()
    rel = path.relative_to(root).as_posix() if path != root else path.name
    payload = json.dumps(
        [rel, size, mtime, __version__, code_fingerprint(), asdict(options)], sort_keys=True
    )
    return hashlib.sha1(payload.encode()).hexdigest()[:20]


_PART: dict[str, result_cache.PartWriter] = {}  # this process's part file, per run


def _part_writer(cache_dir: str, run_token: str) -> result_cache.PartWriter:
    writer = _PART.get(run_token)
    if writer is None:
        writer = _PART[run_token] = result_cache.PartWriter(
            Path(cache_dir) / f"{run_token}-{os.getpid()}.part"
        )
    return writer


class Lines(NamedTuple):
    """A document's rows as JSON Lines (:func:`.write.encode_jsonl`), one blob per table."""

    document: bytes
    mentions: bytes
    checks: bytes


def _process_to_cache(
    job: tuple[str, str, str, str, str, Options],
) -> tuple[dict, tuple, Lines]:
    """Worker: process one file, append its rows to the cache; return (rows, cache
    location, the rows as JSON Lines for the writers)."""
    path_s, root_s, cache_s, run_token, key, options = job
    path, root = Path(path_s), Path(root_s)
    doc = process_file(path, root, options)
    try:
        rows = _rows(doc)
        lines = _encode(rows)  # a row the writers cannot store fails here, not the batch
    except Exception as exc:  # a row that does not fit the schema: a bug, not a lost batch
        fail(doc, "E200", f"internal error while writing rows: {type(exc).__name__}: {exc}")
        rows = _rows(doc)
        lines = _encode(rows)
    return rows, _part_writer(cache_s, run_token).append(key, _payload(lines)), lines


def _rows(doc: Document) -> dict[str, Any]:
    return {
        "document": doc.to_row(),
        "mentions": [m.to_row(doc.doc_id, doc.path) for m in doc.mentions],
        "checks": [c.to_row(doc.doc_id, doc.path) for c in doc.checks],
    }


def _encode(rows: dict[str, Any]) -> Lines:
    """Each row encoded once, row by row in the order ``orjson.dumps(rows)`` takes them
    (so a row that cannot be encoded fails with the same error)."""
    return Lines(
        encode_jsonl([rows["document"]]),
        encode_jsonl(rows["mentions"]),
        encode_jsonl(rows["checks"]),
    )


def _payload(lines: Lines) -> bytes:
    """The cache record: exactly ``orjson.dumps(rows)``, put together from the JSON Lines.

    The rows are encoded once, for the JSONL writers, and the record reuses those bytes
    instead of encoding every row a second time. orjson writes compact JSON with no
    whitespace (a newline inside a string is escaped, and no UTF-8 sequence holds the
    byte 0x0A), so the only newlines in a blob end its lines: turned into commas, the
    lines are the items of a JSON list. tests/test_speedups_write.py holds the two equal.
    """

    def items(blob: bytes) -> bytes:
        return blob[:-1].replace(b"\n", b",")

    return b"".join(
        (
            b'{"document":',
            items(lines.document),
            b',"mentions":[',
            items(lines.mentions),
            b'],"checks":[',
            items(lines.checks),
            b"]}",
        )
    )


def _summarise(rows: dict[str, Any]) -> dict[str, Any]:
    d = rows["document"]
    return {
        "path": d["path"],
        "status": d["status"],
        "error": d["error"],
        "error_code": d["error_code"],
        "chars": d["chars"],
        "types": Counter(m["type"] for m in rows["mentions"]),
        "verdicts": Counter(c["verdict"] for c in rows["checks"]),
        "inconsistent": [
            {"path": d["path"], "kind": c["kind"], "why": c["why"], "text": c["text"][:160]}
            for c in rows["checks"]
            if c["verdict"] == "inconsistent"
        ],
    }


def _progress(total: int, enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", disable=not enabled, dynamic_ncols=True, file=sys.stderr)


def run_corpus(
    corpus: Path,
    out: Path,
    options: Options | None = None,
    workers: int = 1,
    fresh: bool = False,
    progress: bool | None = None,
    on_document: Callable[[dict[str, Any]], None] | None = None,
) -> RunSummary:
    """Process every file under ``corpus`` and write the dataset into ``out``."""
    options = options or Options()
    if not corpus.exists():
        raise MinerError(f"corpus folder not found: {corpus}", "E401")
    started = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    cache = out / CACHE_DIR
    cache.mkdir(exist_ok=True)
    with _exclusive(cache / "lock", out):
        return _run_locked(
            corpus, out, cache, options, workers, fresh, progress, on_document, started
        )


@contextmanager
def _exclusive(lock_path: Path, out: Path) -> Iterator[None]:
    """One run per output folder: a second one would compact away the first one's cache."""
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock, as before
        yield
        return
    with open(lock_path, "w") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            raise MinerError(
                f"another extract run is writing to {out}: wait for it or use another --out", "E403"
            ) from exc
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _run_locked(
    corpus: Path,
    out: Path,
    cache: Path,
    options: Options,
    workers: int,
    fresh: bool,
    progress: bool | None,
    on_document: Callable[[dict[str, Any]], None] | None,
    started: float,
) -> RunSummary:
    root = corpus if corpus.is_dir() else corpus.parent
    files = discover(corpus, exclude=out)
    keys = [_cache_key(p, root, options) for p in files]
    _remove_stale_temporaries(out)
    index = {} if fresh else result_cache.scan(cache)
    token = f"{time.time_ns():x}"
    todo = [
        (str(p), str(root), str(cache), token, k, options)
        for p, k in zip(files, keys, strict=True)
        if k not in index
    ]
    summary = RunSummary(
        corpus=str(corpus),
        out=str(out),
        options=asdict(options),
        workers=workers,
        documents=len(files),
    )
    summary.reused = len(files) - len(todo)
    show = sys.stderr.isatty() if progress is None else progress
    reader = result_cache.PartReader(cache)
    try:
        with Staging() as staging, _progress(len(todo), show) as bar:
            fresh_rows = _map(todo, workers)  # in the order of `todo`, i.e. of `files`

            def rows_in_order() -> Iterator[tuple[dict[str, Any], Lines | None]]:
                for key in keys:
                    if key in index:  # finished by an earlier run: the writers encode it
                        yield reader.load(index[key]), None
                        continue
                    rows, loc, lines = next(fresh_rows)
                    index[key] = loc
                    bar.update(1)
                    if on_document:
                        on_document(_summarise(rows))
                    yield rows, lines

            _write_tables(rows_in_order(), out, summary, staging)
            summary.wall_seconds = round(time.perf_counter() - started, 3)
            processed = len(todo)
            summary.docs_per_second = (
                round(processed / summary.wall_seconds, 2) if summary.wall_seconds else 0.0
            )
            # A shallow dict of the fields gives the same JSON as asdict(), which deep-copies
            # every listed error and inconsistency first (~35 ms for a thousand of them).
            fields_ = {f.name: getattr(summary, f.name) for f in fields(summary)}
            staging.path_for(out / "run.json").write_text(
                json.dumps(fields_, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
    finally:
        reader.close()
        writer = _PART.pop(token, None)
        if writer:
            writer.close()
    result_cache.compact(cache, keys, index)
    return summary


def _remove_stale_temporaries(out: Path) -> None:
    """A run killed by SIGKILL cannot clean up its temporary files: the next one does."""
    for tmp in [*out.glob(".*.tmp"), *(out / CACHE_DIR).glob(".*.tmp")]:
        tmp.unlink(missing_ok=True)


def _map(
    todo: list[tuple[str, str, str, str, str, Options]], workers: int
) -> Iterator[tuple[dict, tuple, Lines]]:
    if workers <= 1 or len(todo) <= 1:
        for job in todo:
            yield _process_to_cache(job)
        return
    ctx = get_context("fork" if sys.platform.startswith("linux") else "spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        yield from pool.map(_process_to_cache, todo, chunksize=4)


def _write_tables(
    documents: Iterable[tuple[dict[str, Any], Lines | None]],
    out: Path,
    summary: RunSummary,
    staging: Staging,
) -> None:
    """Stream each document's rows into the four tables (documents, mentions, checks,
    then references), counting as it goes. A document comes with its rows as JSON Lines
    when the worker has encoded them already (None: the writers encode them)."""
    status: Counter[str] = Counter()
    types: Counter[str] = Counter()
    verdicts: Counter[str] = Counter()
    refs = ReferenceTable()
    with sqlite_db(out / "extract.sqlite", staging) as db:
        with (
            TableWriter("documents", out, db, staging) as docs_w,
            TableWriter("mentions", out, db, staging) as ment_w,
            TableWriter("checks", out, db, staging) as chk_w,
        ):
            for rows, lines in documents:
                d = rows["document"]
                doc_l, ment_l, chk_l = lines or (None, None, None)
                docs_w.write(d, doc_l)
                ment_w.write_all(rows["mentions"], ment_l)
                chk_w.write_all(rows["checks"], chk_l)
                refs.add(d, rows["mentions"])
                s = _summarise(rows)
                status[s["status"]] += 1
                types.update(s["types"])
                verdicts.update(s["verdicts"])
                if d["status"] == "error":
                    summary.n_errors += 1
                    if len(summary.errors) < LISTED:
                        summary.errors.append(
                            {"path": d["path"], "code": d["error_code"], "error": d["error"]}
                        )
                summary.n_inconsistent += len(s["inconsistent"])
                room = LISTED - len(summary.inconsistencies)
                summary.inconsistencies.extend(s["inconsistent"][: max(room, 0)])
        with TableWriter("references", out, db, staging) as ref_w:
            ref_w.write_all(refs.rows())
            summary.references = ref_w.count
    summary.status = dict(status)
    summary.mentions = dict(sorted(types.items()))
    summary.checks = dict(sorted(verdicts.items()))
