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

import re
from dataclasses import replace
from types import ModuleType

from ..records import Check, Document
from ..schema import CHECK_KINDS
from . import change, fit, granularity, part_whole, ratio_percent, repeat, share, target
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
    relabelled: list[Check] = []
    for module in KINDS:
        for c in _run_kind(module, ctx):
            if c.kind == share.NAME:
                as_target = _planned_share_is_target(ctx, c)
                if as_target is not c:  # the target module's own reading comes first
                    relabelled.append(as_target)
                    continue
            key = _key(c)
            if key in seen:
                continue
            seen.add(key)
            out.append(c)
    for c in relabelled:
        key = _key(c)
        if key not in seen:
            seen.add(key)
            out.append(c)
    # last: relations no rule read, found by their arithmetic (consistent only)
    for c in _run_kind(fit, ctx, out):
        key = _key(c)
        if key not in seen:
            seen.add(key)
            out.append(c)
    out.sort(key=lambda c: (c.start, c.end, c.kind))
    return out


def _key(c: Check) -> tuple[object, ...]:
    """One row per relation: its kind and figures; a relation of figures the extractors did
    not give (bare table numbers) is told apart by its place."""
    ids = tuple(sorted(c.mention_ids))
    return (c.kind, ids) if ids and all(ids) else (c.kind, ids, c.start, c.end)


def _run_kind(module: ModuleType, ctx: Context, *args: object) -> list[Check]:
    """One kind's checks. A bug in one kind must not cost the document its mentions or its
    other checks: the failure becomes one ``unverifiable`` row that says what went wrong."""
    try:
        return module.run(ctx, *args)  # type: ignore[no-any-return]
    except Exception as exc:  # noqa: BLE001 - reported in the dataset, the batch goes on
        msg = f"E202 internal error in the {module.NAME} check ({type(exc).__name__}: {exc}); its relations were not checked"
        return [
            Check(kind=module.NAME if module.NAME in CHECK_KINDS else "part_whole",
                  verdict="unverifiable", figures=[], mention_ids=[], expected=None,
                  observed=None, tolerance=None, why=msg, why_vi=msg, start=0, end=0, text="")
        ]  # fmt: skip


# The words that make a count a plan or target: "kế hoạch giao 300 đảng viên",
# "chỉ tiêu năm 2023 là 150 hộ", "mục tiêu đến năm 2025 có 12 xã".
_PLAN_BEFORE = re.compile(
    r"(?:kế hoạch|chỉ tiêu|mục tiêu|dự toán|phấn đấu|được giao|giao)\b[^.;:]{0,30}$"
)


def _planned_share_is_target(ctx: Context, c: Check) -> Check:
    """A "share" whose whole is a plan is an achievement against a target (GUIDELINES:
    ``target``), e.g. "kế hoạch giao 300 đảng viên, thực hiện 270, đạt 90%": same
    arithmetic, the kind the relation has, figures as [target, achieved, percent]."""
    if len(c.figures) != 3:
        return c
    ids = set(c.mention_ids)
    whole = next(
        (f for f in ctx.figs if f.id in ids and f.value == c.figures[1] and f.type == "quantity"),
        None,
    )
    if whole is None:
        return c
    before = ctx.text[max(0, whole.start - 45) : whole.start].lower()
    if not _PLAN_BEFORE.search(before):
        return c
    return replace(c, kind=target.NAME, figures=[c.figures[1], c.figures[0], c.figures[2]])


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
