"""Stage 5 — check: recompute the report's figures against each other (never edit them)."""

from __future__ import annotations

from ..checker import check_document
from ..records import Document, Options


def check(doc: Document, options: Options) -> Document:
    if options.checks:
        doc.checks = check_document(doc)
        for n, c in enumerate(doc.checks):
            c.id = f"{doc.doc_id}:c{n}"
    return doc
