"""Build the second development set (first written as a held-out set) from its annotated sources.

    .venv/bin/python tests/devset2/build.py            # ann/*.ann -> reports/<stem>.txt + reports/<stem>.gold.jsonl
    .venv/bin/python tests/devset2/build.py --check    # rebuild in memory, compare with the files on disk

Thin wrapper around scripts/gold_tool.py (same markup, same field derivation); it only
chooses where the output goes (this folder) and re-validates every gold line against the
file as written: text == open(path, encoding="utf-8").read()[start:end].
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "scripts"))

import gold_tool  # noqa: E402


def build_one(ann: Path, out_dir: Path, write: bool) -> tuple[str, list[dict]]:
    doc = ann.stem + ".txt"
    plain, gold = gold_tool.build(ann, doc)
    txt = out_dir / doc
    gold_path = out_dir / f"{ann.stem}.gold.jsonl"
    if write:
        txt.write_text(plain, encoding="utf-8", newline="")
        gold_tool.write_gold(gold_path, gold)
    content = txt.read_text(encoding="utf-8") if txt.exists() else None
    if content != plain:
        raise SystemExit(f"{txt}: file differs from the built text (run without --check)")
    on_disk = [json.loads(x) for x in gold_path.read_text(encoding="utf-8").splitlines()]
    if on_disk != gold:
        raise SystemExit(f"{gold_path}: differs from the built gold (run without --check)")
    for g in on_disk:
        if content[g["start"] : g["end"]] != g["text"] or g["doc"] != doc:
            raise SystemExit(f"{gold_path}: bad line {g}")
    return plain, gold


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", type=Path, default=HERE / "ann")
    ap.add_argument("--out", type=Path, default=HERE / "reports")
    ap.add_argument("--check", action="store_true", help="verify only, write nothing")
    ap.add_argument("--uncovered", action="store_true", help="list digit runs with no gold line")
    args = ap.parse_args()
    for ann in sorted(args.src.glob("*.ann")):
        plain, gold = build_one(ann, args.out, write=not args.check)
        counts: dict[str, int] = {}
        for g in gold:
            counts[g["type"]] = counts.get(g["type"], 0) + 1
        n_inc = sum(1 for g in gold if g["type"] == "check" and g["verdict"] == "inconsistent")
        size = len(plain.encode("utf-8"))
        print(f"{ann.stem}: {size} bytes, {len(gold)} lines {counts}, inconsistent checks {n_inc}")
        if args.uncovered:
            for pos, ctx in gold_tool.uncovered_numbers(plain, gold):
                print("   UNCOVERED", pos, ctx)


if __name__ == "__main__":
    main()
