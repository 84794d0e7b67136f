"""The pipeline: stages listed once, in the order they run.

    ingest -> normalise -> segment -> extract -> check -> write

``process_file`` runs the first five over one file and never raises: a document
that cannot be read or processed comes back with ``status == "error"`` and a clear
message. ``run_corpus`` (in :mod:`.runner`) streams a folder through it and writes.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path

from ..errors import MinerError
from ..records import Document, Options
from .check import check
from .extract import extract
from .ingest import read_document
from .normalise import normalise
from .segment import segment

# The stages after ingest, in order. Each takes and returns a Document.
STAGES: tuple[tuple[str, Callable[[Document, Options], Document]], ...] = (
    ("normalise", lambda d, o: normalise(d)),
    ("segment", lambda d, o: segment(d)),
    ("extract", extract),
    ("check", check),
)


def process_text(text: str, path: str = "<text>", options: Options | None = None) -> Document:
    """Run the pipeline over a string (for tests and the Python API).

    >>> doc = process_text("Tỉnh có 40.240 đảng viên.")  # doctest: +SKIP
    """
    from .ingest import doc_id_for

    options = options or Options()
    doc = Document(path=path, format="txt", encoding="str", raw_text=text)
    doc.doc_id = doc_id_for(text.encode("utf-8"))
    for _, stage in STAGES:
        doc = stage(doc, options)
    return doc


def process_file(path: Path, root: Path, options: Options) -> Document:
    """Run ingest .. check over one file. Never raises."""
    rel = path.relative_to(root).as_posix() if path != root else path.name
    doc = Document(path=rel, format=path.suffix.lower().lstrip("."))
    stage_name = "ingest"
    try:
        doc = read_document(path, root, options.max_bytes)
        for stage_name, stage in STAGES:  # noqa: B007 - stage_name is read in the except clauses
            doc = stage(doc, options)
        if not doc.text:  # e.g. a page of counters and share buttons only
            raise MinerError("no text is left once page furniture is removed", "E101")
    except MinerError as exc:
        fail(doc, exc.code, str(exc.args[0]))
    except OSError as exc:
        fail(doc, "E100", f"cannot read the file: {exc.strerror or exc}")
    except Exception as exc:  # a bug in a stage: keep the batch going, say where
        where = traceback.extract_tb(exc.__traceback__)[-1]
        fail(
            doc,
            "E200",
            f"internal error in stage {stage_name}: {type(exc).__name__}: {exc} "
            f"({Path(where.filename).name}:{where.lineno})",
        )
    if not doc.doc_id:  # ingest failed before hashing: the id still comes from the bytes
        doc.doc_id = _file_id(path, rel)
    return doc


def _file_id(path: Path, rel: str) -> str:
    """The content id of a file ingest refused (streamed: it may be huge), or, when the
    file cannot be read at all, an id from its path."""
    import hashlib

    try:
        with open(path, "rb") as fh:
            return hashlib.file_digest(fh, "sha1").hexdigest()[:16]
    except OSError:
        return hashlib.sha1(("path:" + rel).encode()).hexdigest()[:16]


def fail(doc: Document, code: str, message: str) -> None:
    """Turn ``doc`` into an error row: status, code, message; no mentions or checks."""
    doc.status, doc.error_code, doc.error = "error", code, message
    doc.mentions, doc.checks = [], []
