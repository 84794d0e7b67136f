"""The cross-checker: recompute a report's figures against each other, and explain.

One module per check kind, run in the order of :data:`KINDS`; shared pieces are
``context`` (figures per sentence, unit families, relation finding), ``tolerance``
(rounding intervals, GRIM), ``percent`` (judging a stated percent) and ``templates``
(explanations in English and Vietnamese, as data). The checker never edits a figure.

>>> # "Huyện có 18 xã, thị trấn (16 xã, 3 thị trấn)." -> part_whole inconsistent:
>>> # why = "16 + 3 = 19 xã ≠ 18 stated (difference 1)"

Every inconsistent verdict must be provable from the text alone: relations are taken
only from explicit structure (brackets, "trong đó:", "chiếm", "so với", "đạt … chỉ
tiêu", "từ … xuống còn"), and anything looser is reported ``unverifiable`` or not at all.
"""

from __future__ import annotations

from types import ModuleType

from ..records import Check, Document
from . import change, granularity, part_whole, ratio_percent, repeat, share, target
from .context import Context

# In run order. Each module exposes NAME (the check kind) and run(ctx) -> list[Check].
KINDS: tuple[ModuleType, ...] = (
    ratio_percent,
    part_whole,
    share,
    target,
    change,
    repeat,
    granularity,
)

__all__ = ["KINDS", "check_document", "summarise"]


def check_document(doc: Document) -> list[Check]:
    """All checks of one document, in text order, one row per relation.

    >>> # doc = process_text("Tỉnh có 24 chi bộ, trong đó: 17 chi bộ nông thôn, 3 chi bộ cơ quan.")
    >>> # [c.verdict for c in check_document(doc)] == ["inconsistent"]
    """
    if not doc.mentions and "|" not in doc.text:
        return []
    ctx = Context.build(doc.text, doc.sentences, doc.mentions)
    if len(ctx.figs) < 2 and "|" not in doc.text:  # a table may hold only bare numbers
        return []
    seen: set[tuple[str, tuple[str, ...]]] = set()
    out: list[Check] = []
    for module in KINDS:
        for c in module.run(ctx):
            key = (c.kind, tuple(sorted(c.mention_ids)))
            if key in seen:
                continue
            seen.add(key)
            out.append(c)
    out.sort(key=lambda c: (c.start, c.end, c.kind))
    return out


def summarise(checks: list[Check], width: int = 90) -> str:
    """A short end-of-batch summary: a count line, then one line per inconsistency.

    E.g. "checks: 12 consistent, 2 inconsistent, 1 unverifiable" then
    "  ✗ abc:c3 part_whole: 17 + 3 + 1 + 2 = 23 chi bộ ≠ 24 stated (difference 1) — «Đảng bộ phường có 24 chi bộ…»"
    """
    counts = dict.fromkeys(("consistent", "inconsistent", "unverifiable"), 0)
    for c in checks:
        counts[c.verdict] = counts.get(c.verdict, 0) + 1
    lines = [", ".join(f"{n} {v}" for v, n in counts.items()).join(("checks: ", ""))]
    for c in checks:
        if c.verdict != "inconsistent":
            continue
        quote = " ".join(c.text.split())
        if len(quote) > width:
            quote = quote[: width - 1] + "…"
        ref = f"{c.id} " if c.id else ""
        lines.append(f"  ✗ {ref}{c.kind}: {c.why} — «{quote}»")
    return "\n".join(lines)
