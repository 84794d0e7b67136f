"""Build (or re-check) a gold set written as annotated sources: ``<set>/ann/<stem>.ann`` ->
``<set>/reports/<stem>.txt`` + ``<stem>.gold.jsonl`` (markup syntax: ``gold_tool.py``).

Each set's ``build.py`` calls :func:`main` with its own folder:

    .venv/bin/python tests/devset4/build.py          # write reports/
    .venv/bin/python tests/devset4/build.py --check  # fail if reports/ is stale or any offset is wrong

``--check`` rebuilds in memory, compares with what is on disk, and re-validates every gold
line against the file as read from disk: ``text == content[start:end]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from gold_tool import build, uncovered_numbers, write_gold


def check_on_disk(here: Path, stem: str) -> list[str]:
    """Problems with reports/<stem>.* as they stand on disk."""
    ann, out = here / "ann", here / "reports"
    errs: list[str] = []
    txt, gold_path = out / f"{stem}.txt", out / f"{stem}.gold.jsonl"
    if not txt.exists() or not gold_path.exists():
        return [f"{stem}: missing {txt.name} or {gold_path.name}"]
    content = txt.read_text(encoding="utf-8")  # text mode, as the guidelines read files
    for n, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        g = json.loads(line)
        if g["doc"] != txt.name:
            errs.append(f"{gold_path.name}:{n}: doc {g['doc']!r} != {txt.name!r}")
        if content[g["start"] : g["end"]] != g["text"]:
            errs.append(
                f"{gold_path.name}:{n}: text {g['text']!r} != content[{g['start']}:{g['end']}]"
                f" = {content[g['start'] : g['end']]!r}"
            )
    plain, gold = build(ann / f"{stem}.ann", txt.name)
    if plain != content:
        errs.append(f"{txt.name}: out of date with ann/{stem}.ann")
    on_disk = [json.loads(x) for x in gold_path.read_text(encoding="utf-8").splitlines()]
    if on_disk != gold:
        errs.append(f"{gold_path.name}: out of date with ann/{stem}.ann")
    return errs


def main(here: Path, description: str) -> int:
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--check", action="store_true", help="validate reports/ without writing")
    args = ap.parse_args()
    ann, out = here / "ann", here / "reports"
    stems = sorted(p.stem for p in ann.glob("*.ann"))
    if args.check:
        errs = [e for s in stems for e in check_on_disk(here, s)]
        for e in errs:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(stems)} reports checked, {len(errs)} problem(s)")
        return 1 if errs else 0
    out.mkdir(exist_ok=True)
    for stem in stems:
        plain, gold = build(ann / f"{stem}.ann", f"{stem}.txt")
        (out / f"{stem}.txt").write_text(plain, encoding="utf-8")
        write_gold(out / f"{stem}.gold.jsonl", gold)
        for pos, ctx in uncovered_numbers(plain, gold):
            print(f"  UNCOVERED {stem}@{pos}: {ctx}", file=sys.stderr)
        counts: dict[str, int] = {}
        for g in gold:
            counts[g["type"]] = counts.get(g["type"], 0) + 1
        size = len(plain.encode("utf-8"))
        print(f"{stem}: {size} bytes, " + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    return 0
