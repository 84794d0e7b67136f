"""Stage 4 — extract: run the registered extractors in order over one document."""

from __future__ import annotations

from bisect import bisect_right

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
    # the sentence of each mention, as ``doc.sentence_of`` finds it: segment's spans are
    # sorted and disjoint, so the last one starting at or before the offset is the only
    # one that can hold it (one C-level bisect per mention instead of a Python search)
    sentences = doc.sentences
    starts = [s for s, _ in sentences]
    for n, m in enumerate(found):
        if doc.text[m.start : m.end] != m.text:
            raise MinerError(
                f"{m.rule}: mention text {m.text!r} does not match the document at {m.start}:{m.end}",
                "E200",
            )
        m.id = f"{doc.doc_id}:m{n}"
        i = bisect_right(starts, m.start) - 1
        m.sentence = i if i >= 0 and m.start < sentences[i][1] else None
    doc.mentions = found
    return doc
