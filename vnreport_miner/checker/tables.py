"""Tables and bare numbers, shared by the check kinds.

A report's tables are lines of cells joined by " | " or tabs; the part-whole, share, target
and repeat rules all walk them, so they are split into rows once per document
(:func:`table_rows`). A cell or a list item holding only a number is read by
:func:`cell_fig` / :func:`synthetic` as a count of the kind of the figure it is compared with.

>>> number("1.200"), number("45,5")
(1200.0, 45.5)
"""

from __future__ import annotations

import re

from ..records import Mention
from .context import Context, Fig, unit_info

NUM = r"(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?"
_BARE_CELL = re.compile(rf"^\s*({NUM})(?:\s+[^\W\d][^|\t]*)?\s*$")


def number(s: str) -> float:
    """A number as Vietnamese reports write it: "1.200" -> 1200, "45,5" -> 45.5."""
    return float(s.replace(".", "").replace(",", "."))


def synthetic(ctx: Context, start: int, end: int, value: float, like: Fig) -> Fig:
    """A bare number in a list ("Cảnh cáo: 4") read as a count of the total's kind."""
    text = ctx.text[start:end]
    m = Mention("quantity", start, end, text, "checker.bare", {"value": value, "unit": None})
    whole = float(value).is_integer() and "," not in text
    return Fig(m, -1, like.sent, "quantity", start, end, "", value, like.unit, "exact", whole, True)


# "|---|---|", "| :--- | ---: |": the line a Markdown table draws under its header
_RULE_LINE = re.compile(r"^\s*\|?\s*:?[-–—]{3,}:?\s*(?:\|\s*:?[-–—]{3,}:?\s*)+\|?\s*$")


def table_rows(ctx: Context) -> list[list[list[tuple[int, int]]]]:
    """Blocks of consecutive table lines, each row a list of trimmed cell spans (read once per
    document: the part-whole, share and repeat rules all walk the same tables)."""
    got = ctx.memo.get("part_whole.table_rows")
    if got is None:
        got = ctx.memo["part_whole.table_rows"] = _read_table_rows(ctx)
    return got  # type: ignore[return-value]


def _read_table_rows(ctx: Context) -> list[list[list[tuple[int, int]]]]:
    blocks: list[list[list[tuple[int, int]]]] = []
    cur: list[list[tuple[int, int]]] = []
    s = 0
    for line in ctx.text.split("\n"):
        start, s = s, s + len(line) + 1
        if "|" not in line and "\t" not in line:
            if len(cur) >= 3:
                blocks.append(cur)
            cur = []
            continue
        if _RULE_LINE.match(line):
            continue  # a Markdown table's rule under its header ("|---|---:|"): no row
        cells = []
        for hit in re.finditer(r"[^|\t]+|(?<=[|\t])(?=[|\t]|$)", line):
            a, b = start + hit.start(), start + hit.end()
            while a < b and ctx.text[a].isspace():
                a += 1
            while b > a and ctx.text[b - 1].isspace():
                b -= 1
            cells.append((a, b))
        cur.append(cells)
    if len(cur) >= 3:
        blocks.append(cur)
    return blocks


def cell_fig(ctx: Context, span: tuple[int, int], like: Fig | None) -> Fig | None:
    a, b = span
    hit = _BARE_CELL.match(ctx.text[a:b])
    if not hit:
        return None
    inside = [g for g in ctx.figs_from(a, b) if g.type == "quantity" and g.value is not None]
    if len(inside) == 1 and inside[0].qual == "exact":
        return inside[0]
    value = number(hit.group(1))
    if like is None:
        m = Mention("quantity", a, a + hit.end(1), hit.group(1), "checker.bare", {"value": value})
        return Fig(m, -1, 0, "quantity", a, a + hit.end(1), "", value, unit_info(None), "exact",
                   value.is_integer() and "," not in hit.group(1), True)  # fmt: skip
    return synthetic(ctx, a, a + hit.end(1), value, like)


_BARE_PCT_CELL = re.compile(rf"^\s*({NUM})\s*$")


def cell_percent(ctx: Context, span: tuple[int, int]) -> Fig | None:
    """A bare number in a column headed "(%)" ("Tỷ lệ so chỉ tiêu (%) | 107,4") read as the
    percent it states."""
    a, b = span
    hit = _BARE_PCT_CELL.match(ctx.text[a:b])
    if not hit:
        return None
    start, end = a + hit.start(1), a + hit.end(1)
    value = number(hit.group(1))
    m = Mention("percent", start, end, hit.group(1), "checker.bare_pct", {"value": value})
    return Fig(m, -1, 0, "percent", start, end, "", value, unit_info(None), "exact", False, True)


DASH_ROW = re.compile(r"^\s*[-+•–]\s*(?=\S)")


def dashed_blocks(labels: list[str]) -> list[tuple[int, list[int]]]:
    """(total row, item rows) for each plain row followed by 2+ rows marked like the first
    marked row below it; rows marked otherwise ("+", "•" under "-") are sub-items of the row
    above them, no parts of the plain row."""
    found = []
    for k, lab in enumerate(labels):
        if DASH_ROW.match(lab):
            continue
        items: list[int] = []
        mark = ""
        for j in range(k + 1, len(labels)):
            if not DASH_ROW.match(labels[j]):
                break
            m = labels[j].lstrip()[0]
            mark = mark or m
            if m == mark or {m, mark} <= {"-", "–"}:
                items.append(j)
        if len(items) >= 2:
            found.append((k, items))
    return found
