"""List the checker's misses and false alarms on gold sets, with the claim text.

    .venv/bin/python scripts/check_misses.py tests/devset4/reports tests/devset5/reports
    .venv/bin/python scripts/check_misses.py ../shared/gold --docs ../shared/seeds --kind target
    .venv/bin/python scripts/check_misses.py corpus --tmp /tmp/mine   # where the runs are written

For each folder of ``*.gold.jsonl`` it runs ``extract run`` (entities off: checks do not
use them) into ``TMP/<name>`` and scores with ``extract eval --json``; then it prints the
gold check lines the tool did not confirm (MISS), and the inconsistent verdicts gold does
not hold (ALARM). For development sets only: never point it at tests/heldout3.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXTRACT = str(Path(sys.executable).with_name("extract"))


def _gold_checks(gold_dir: Path) -> dict[tuple[str, str], dict]:
    found = {}
    for p in sorted(gold_dir.glob("*.gold.jsonl")):
        for line in p.read_text(encoding="utf-8").splitlines():
            g = json.loads(line)
            if g.get("type") == "check":
                found[(g["doc"], g["why"])] = g
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="+", type=Path, help="folders of *.gold.jsonl")
    ap.add_argument("--docs", type=Path, help="reports to run (default: the gold folder)")
    ap.add_argument("--kind", help="only this check kind")
    ap.add_argument("--tmp", type=Path, default=Path("/tmp/check_misses"))
    args = ap.parse_args()
    total: Counter[str] = Counter()
    for gold in args.gold:
        if "heldout" in str(gold):
            print(f"refusing {gold}: held-out sets are measured, never studied", file=sys.stderr)
            return 2
        docs = args.docs or gold
        name = "_".join(gold.resolve().parts[-2:])
        out = args.tmp / name
        run = [EXTRACT, "run", str(docs), "--out", str(out), "--fresh", "-q", "--no-entities"]
        subprocess.run(run, capture_output=True, check=False)
        res = subprocess.run(
            [EXTRACT, "eval", str(gold), "--pred", str(out), "--json"],
            capture_output=True,
            text=True,
            check=True,
        )
        c = json.loads(res.stdout)["checks"]
        print(
            f"== {gold}: inconsistencies found {c['found_inconsistent']}/{c['gold_inconsistent']}, "
            f"consistent confirmed {c['confirmed_consistent']}/{c['gold_consistent']}, "
            f"false alarms {c['false_alarms']}/{c['pred_inconsistent']}"
        )
        gold_lines = _gold_checks(gold)
        for m in c["missed"]:
            if args.kind and m["kind"] != args.kind:
                continue
            g = gold_lines.get((m["doc"], m["why"]), {})
            total[f"miss {m['kind']}"] += 1
            text = " ".join(g.get("text", "").split())
            print(f"  MISS [{m['kind']}] {g.get('verdict')} {g.get('figures')} in {m['doc']}")
            print(f"       claim: {text[:400]}")
            print(f"       gold why: {m['why'][:300]}")
        for a in c["alarms"]:
            if args.kind and a.get("kind") != args.kind:
                continue
            total[f"alarm {a.get('kind')}"] += 1
            print(f"  ALARM {json.dumps(a, ensure_ascii=False)[:500]}")
    print("totals:", dict(sorted(total.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
