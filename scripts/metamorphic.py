"""Rewrite every development report in a way that keeps its meaning, and count the check rows
that change: the checker should read "tỉ lệ" as "tỷ lệ", "5 đ/c" as "5 đồng chí", and a report
wrapped at 90 characters as the same report.

    .venv/bin/python scripts/metamorphic.py                 # every rewrite, counts only
    .venv/bin/python scripts/metamorphic.py wrap --show     # one rewrite, the rows it changes

For each rewrite: the reports it touched, the reports whose rows (kind, verdict, figures) changed,
and the rows lost and gained. Development sets only (tests/devset*/reports); never point it at a
held-out set. Each rewrite is data below with its reason.
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from vnreport_miner.pipeline import process_text
from vnreport_miner.records import Options

ROOT = Path(__file__).resolve().parents[1]


def _wrap(text: str, width: int = 90) -> str:
    """Wrap each paragraph at ``width``; table rows (tabs, " | ") are left as they are."""
    return "\n".join(
        textwrap.fill(p, width, break_long_words=False, break_on_hyphens=False)
        if p and "\t" not in p and " | " not in p
        else p
        for p in text.split("\n")
    )


# name -> (rewrite, why a reader would write it so)
REWRITES: dict[str, tuple[Callable[[str], str], str]] = {
    "tile": (
        lambda s: s.replace("tỷ lệ", "tỉ lệ").replace("Tỷ lệ", "Tỉ lệ"),
        "'tỉ lệ' and 'tỷ lệ' are both in use",
    ),
    "kiluat": (lambda s: s.replace("kỷ luật", "kỉ luật"), "'kỉ luật' and 'kỷ luật'"),
    "uy": (lambda s: s.replace("ủy", "uỷ").replace("Ủy", "Uỷ"), "the older tone placement"),
    "pctspace": (lambda s: re.sub(r"(\d)%", r"\1 %", s), "'93,5 %' (Word, PDF exports)"),
    "nbsp": (lambda s: s.replace(" ", "\u00a0"), "no-break spaces (HTML)"),
    "crlf": (lambda s: s.replace("\n", "\r\n"), "Windows line ends"),
    "wrap": (_wrap, "a report wrapped at 90 characters (PDF-to-text, e-mail)"),
    "dc": (
        lambda s: re.sub(r"(?<=\d) đồng chí\b", " đ/c", s),
        "'đ/c', the abbreviation of 'đồng chí' after a count",
    ),
    "tccs": (
        lambda s: s.replace("tổ chức cơ sở đảng", "TCCS đảng"),
        "'TCCS đảng' for 'tổ chức cơ sở đảng'",
    ),
    "nodot": (
        lambda s: re.sub(r"(?<![\d.,/])(\d)\.(\d{3})(?![\d.,/])", r"\1\2", s),
        "'1349' for '1.349' (no thousands mark below 10.000)",
    ),
    "pctdot": (
        lambda s: re.sub(r"(?<![\d.,])(\d{1,3}),(\d{1,2})%", r"\1.\2%", s),
        "'93.5%' for '93,5%' (a decimal point, as English writes it)",
    ),
    "bullet": (
        lambda s: re.sub(r"(?m)^- ", "• ", s),
        "'•' for '-' before a list item",
    ),
    "plus": (
        lambda s: re.sub(r"(?m)^- ", "+ ", s),
        "'+' for '-' before a list item",
    ),
    "trieu": (
        lambda s: s.replace(" triệu đồng", " tr.đ"),
        "'tr.đ' for 'triệu đồng' (tables, budget lines)",
    ),
    "abbr": (
        lambda s: s.replace("Ủy ban nhân dân", "UBND").replace("Hội đồng nhân dân", "HĐND")
        .replace("Ban Chấp hành", "BCH").replace("Ban Thường vụ", "BTV"),
        "the usual abbreviations of bodies",
    ),
}


def rows(text: str) -> Counter[tuple]:
    doc = process_text(text, options=Options(entities=False))
    return Counter((c.kind, c.verdict, tuple(c.figures)) for c in doc.checks)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("names", nargs="*", help=f"rewrites (default: all): {', '.join(REWRITES)}")
    ap.add_argument("--show", action="store_true", help="print the rows each report lost or gained")
    args = ap.parse_args()
    names = args.names or list(REWRITES)
    reports = sorted(ROOT.glob("tests/devset*/reports/*.txt"))
    texts = [(p, p.read_text(encoding="utf-8")) for p in reports]
    before = {p: rows(t) for p, t in texts}
    total = sum(sum(c.values()) for c in before.values())
    for name in names:
        rewrite, why = REWRITES[name]
        touched = changed = lost = gained = 0
        for p, text in texts:
            new = rewrite(text)
            if new == text:
                continue
            touched += 1
            after = rows(new)
            if after != before[p]:
                changed += 1
                minus, plus = before[p] - after, after - before[p]
                lost += sum(minus.values())
                gained += sum(plus.values())
                if args.show:
                    print(f"## {p.relative_to(ROOT)}")
                    for r in minus:
                        print("   -", r)
                    for r in plus:
                        print("   +", r)
        print(
            f"{name:9s} {why}: {touched} reports rewritten, {changed} read otherwise; "
            f"{lost} of {total} rows lost, {gained} gained"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
