"""Build the held-out set 3 from its annotated sources.

    .venv/bin/python tests/heldout3/build.py          # ann/*.ann -> reports/<stem>.txt + <stem>.gold.jsonl
    .venv/bin/python tests/heldout3/build.py --check  # re-validate reports/ against their gold

A thin wrapper around scripts/gold_tool.py (mark syntax and field derivation live there).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from gold_tool import build, uncovered_numbers, validate, write_gold  # noqa: E402

ANN = HERE / "ann"
OUT = HERE / "reports"


def do_build() -> int:
    OUT.mkdir(exist_ok=True)
    for ann in sorted(ANN.glob("*.ann")):
        doc = ann.stem + ".txt"
        plain, gold = build(ann, doc)
        (OUT / doc).write_text(plain, encoding="utf-8")
        write_gold(OUT / (ann.stem + ".gold.jsonl"), gold)
        counts: dict[str, int] = {}
        for g in gold:
            counts[g["type"]] = counts.get(g["type"], 0) + 1
        print(f"{doc}: {len(plain.encode('utf-8'))} bytes, {len(gold)} gold lines {counts}")
        for pos, ctx in uncovered_numbers(plain, gold):
            print(f"  UNCOVERED {pos}: {ctx}")
    return do_check()


def do_check() -> int:
    bad = 0
    for txt in sorted(OUT.glob("*.txt")):
        content = open(txt, encoding="utf-8").read()
        gold_path = OUT / (txt.stem + ".gold.jsonl")
        gold = [
            json.loads(line)
            for line in gold_path.read_text(encoding="utf-8").splitlines()
            if line.strip()
        ]
        try:
            for g in gold:
                if g["doc"] != txt.name:
                    raise ValueError(f"doc {g['doc']!r} != {txt.name!r}")
                if content[g["start"] : g["end"]] != g["text"]:
                    raise ValueError(f"text != content[start:end]: {g}")
            validate(content, gold)
            size = len(content.encode("utf-8"))
            if not 4000 <= size <= 8192:
                raise ValueError(f"size {size} bytes outside 4-8 kB")
        except ValueError as e:
            bad += 1
            print(f"FAIL {txt.name}: {e}")
        else:
            print(f"ok   {txt.name}: {len(gold)} lines")
    return 1 if bad else 0


if __name__ == "__main__":
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--check", action="store_true", help="only re-validate reports/*.txt against *.gold.jsonl"
    )
    sys.exit(do_check() if ap.parse_args().check else do_build())
