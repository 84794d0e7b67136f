"""Stage 3 — segment: sentence spans over the normalised text (underthesea's rules).

Sentences never cross a line break. Inside a paragraph the boundaries are those of
underthesea's ``sent_tokenize`` (its Punkt abbreviation list and its boundary test; one
departure: a point followed at once by a small letter, "45 tr.đ", ends no sentence),
but found by jumping from one ``.?!`` to the next with a compiled regex instead of
walking every character, and returned as offsets rather than strings: the spans
index ``doc.text`` directly. ``tests/test_segment.py`` checks the two agree.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from ..records import Document

# ASCII-only patterns: the standard ``re`` engine scans them several times faster than
# ``regex`` and matches exactly the same spans.
# an ellipsis, or one end mark; the same spans as "\.{3,}+|[.?!]", written to open on a
# character class so the engine jumps straight to the next mark
_CANDIDATE = re.compile(r"[.?!](?:(?<=\.)\.{2,}+)?")
_END_MARKS = ".?!"
_SPACE = " \t\n\r"


@cache
def _punkt() -> Any:
    """underthesea's tokenizer object (abbreviations loaded once per process).

    ``import underthesea.pipeline.sent_tokenize`` first runs ``underthesea/__init__.py``,
    which imports its whole toolkit (~0.5 s per process). The tokenizer module itself
    only needs the standard library, so unless underthesea is already imported (the
    entity model does that), it is loaded straight from its file: the same code and the
    same ``punkt_params.json``, without the package's start-up cost.
    """
    if "underthesea" not in sys.modules:
        try:
            st = _sent_tokenize_module()
            st._load_model()
            return st.sentence_tokenizer
        except (ImportError, OSError, AttributeError, TypeError):
            pass  # an underthesea laid out differently: the ordinary import below
    import underthesea.pipeline.sent_tokenize as st

    st._load_model()
    return st.sentence_tokenizer


def _sent_tokenize_module() -> ModuleType:
    """underthesea/pipeline/sent_tokenize/__init__.py, executed without its parent package."""
    spec = importlib.util.find_spec("underthesea")  # locates the package, runs nothing
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("underthesea is not installed")
    path = Path(spec.submodule_search_locations[0]) / "pipeline" / "sent_tokenize" / "__init__.py"
    sub = importlib.util.spec_from_file_location("_vnreport_miner_sent_tokenize", path)
    if sub is None or sub.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(sub)
    sub.loader.exec_module(module)
    return module


def _trimmed(text: str, start: int, end: int, base: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start] in _SPACE:
        start += 1
    while end > start and text[end - 1] in _SPACE:
        end -= 1
    if end > start:
        out.append((base + start, base + end))


def _paragraph_spans(text: str, base: int, out: list[tuple[int, int]]) -> None:
    abbrevs = _punkt().abbrev_types
    n, start, skip_to = len(text), 0, 0
    for m in _CANDIDATE.finditer(text):
        pos = m.start()
        if pos < skip_to:
            continue
        if m.end() - pos >= 3:  # ellipsis: a boundary only before a capital or at the end
            dot_end = after = m.end()
            while after < n and text[after] in " \t":
                after += 1
            if after >= n or text[after].isupper():
                _trimmed(text, start, dot_end, base, out)
                while dot_end < n and text[dot_end] in _SPACE:
                    dot_end += 1
                start = dot_end
            skip_to = m.end()
            continue
        # underthesea's ``_is_sentence_boundary``, inlined: "?" and "!" always end a
        # sentence; "." does unless it sits between digits ("1.500") or ends a known
        # abbreviation (the run of letters, digits and dots before it, lowercased)
        if text[pos] == ".":
            if 0 < pos < n - 1 and text[pos - 1].isdigit() and text[pos + 1].isdigit():
                continue
            # our one departure: a point right before a small letter ends no sentence
            # ("45 tr.đ/người", "1.250 tr.đồng", "xaydungdang.org.vn"); underthesea splits there
            if pos < n - 1 and text[pos + 1].islower():
                continue
            w = pos - 1
            while w >= 0 and (text[w].isalnum() or text[w] == "."):
                w -= 1
            if w < pos - 1 and text[w + 1 : pos].lower() in abbrevs:
                continue
        end = pos + 1
        while end < n and text[end] in _END_MARKS:
            end += 1
        _trimmed(text, start, end, base, out)
        while end < n and text[end] in _SPACE:
            end += 1
        start = skip_to = end
    _trimmed(text, start, n, base, out)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets.

    E.g. "Có 5 xã. Có 2 phường." -> [(0, 8), (9, 21)]; "1.349 thôn" is not split.
    """
    spans: list[tuple[int, int]] = []
    offset = 0
    for para in text.split("\n"):  # the non-empty lines are the paragraphs
        if para:
            _paragraph_spans(para, offset, spans)
        offset += len(para) + 1
    return spans


def segment(doc: Document) -> Document:
    doc.sentences = sentence_spans(doc.text)
    return doc
