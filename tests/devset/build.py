"""Build the cross-checker development set from its annotated sources.

    .venv/bin/python tests/devset/build.py            # (re)write tests/devset/reports/
    .venv/bin/python tests/devset/build.py --check    # fail if reports/ is out of date
    .venv/bin/python tests/devset/build.py --uncovered  # list digit runs no mention covers

Each report is written once in ``ann/<stem>.ann`` (mark syntax: scripts/gold_tool.py)
and turned into ``reports/<stem>.txt`` (UTF-8) and ``reports/<stem>.gold.jsonl``
(format of ../shared/gold, see GUIDELINES.md).

gold_tool forbids "|" in the text, so table cells in the sources are separated by
"¦" (U+00A6), written back as "|" here. Both are one character, so offsets hold.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from gold_tool import build, uncovered_numbers  # noqa: E402

ANN = HERE / "ann"
OUT = HERE / "reports"
CELL = "\u00a6"


def render(ann: Path) -> tuple[str, str, list]:
    doc = ann.stem + ".txt"
    plain, gold = build(ann, doc)
    uncovered = uncovered_numbers(plain, gold)
    plain = plain.replace(CELL, "|")
    for g in gold:
        g["text"] = g["text"].replace(CELL, "|")
    for g in gold:
        if plain[g["start"] : g["end"]] != g["text"]:
            raise SystemExit(f"{ann.name}: offset mismatch after cell rewrite: {g}")
    gold_txt = "".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold)
    return plain, gold_txt, uncovered


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="fail if reports/ is stale")
    ap.add_argument("--uncovered", action="store_true", help="print uncovered digit runs")
    args = ap.parse_args()
    OUT.mkdir(exist_ok=True)
    stale = []
    for ann in sorted(ANN.glob("*.ann")):
        plain, gold_txt, uncovered = render(ann)
        targets = {OUT / f"{ann.stem}.txt": plain, OUT / f"{ann.stem}.gold.jsonl": gold_txt}
        for path, content in targets.items():
            if args.check:
                if not path.exists() or path.read_text(encoding="utf-8") != content:
                    stale.append(path.name)
            else:
                path.write_text(content, encoding="utf-8")
        if args.uncovered:
            for pos, ctx in uncovered:
                print(f"{ann.stem}: UNCOVERED {pos} {ctx}")
        n_checks = gold_txt.count('"type": "check"')
        n_bad = gold_txt.count('"verdict": "inconsistent"')
        size = len(plain.encode("utf-8"))
        print(f"{ann.stem}: {size} bytes, {n_checks} checks ({n_bad} inconsistent)")
    if stale:
        print("stale:", ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
