"""Stage 4 — extract: run the registered extractors in order over one document."""

from __future__ import annotations

from ..errors import MinerError
from ..extractors import EXTRACTORS
from ..records import Document, Options


def extract(doc: Document, options: Options) -> Document:
    found = []
    for extractor in EXTRACTORS:
        flag = getattr(extractor, "OPTION", None)
        if flag and not getattr(options, flag):
            continue
        found.extend(extractor.extract(doc, found, options))
    found.sort(key=lambda m: (m.start, -m.end, m.type))
    for n, m in enumerate(found):
        if doc.text[m.start : m.end] != m.text:
            raise MinerError(
                f"{m.rule}: mention text {m.text!r} does not match the document at {m.start}:{m.end}",
                "E200",
            )
        m.id = f"{doc.doc_id}:m{n}"
        m.sentence = doc.sentence_of(m.start)
    doc.mentions = found
    return doc
