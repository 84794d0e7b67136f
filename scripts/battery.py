"""Score the checker on the short-passage batteries in tests/battery/*.jsonl.

    .venv/bin/python scripts/battery.py                 # scores per kind
    .venv/bin/python scripts/battery.py --show missed   # also list what was missed
    .venv/bin/python scripts/battery.py --show alarms   # also list the false alarms

Each battery line is a passage written by someone who never saw the checker: either one
planted inconsistency (``planted: true``, with its ``kind``, ``claim`` and ``figures``)
or none at all (``planted: false``: every relation holds, with look-alike traps). A
planted line is *found* when the checker gives an ``inconsistent`` verdict of the same
kind, on a claim overlapping the planted one, sharing its figures (as ``extract eval``
matches checks). Every other ``inconsistent`` verdict is a false alarm.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from vnreport_miner.evaluate import _figures_share
from vnreport_miner.pipeline import process_text
from vnreport_miner.pipeline.normalise import normalise_text
from vnreport_miner.records import Options

ROOT = Path(__file__).resolve().parents[1]
BATTERY = ROOT / "tests" / "battery"


def load(folder: Path = BATTERY, pattern: str = "*.jsonl") -> list[dict[str, Any]]:
    rows = []
    for path in sorted(folder.glob(pattern)):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rows.append(json.loads(line))
    return rows


def _speaks_at(c: Any, spans: dict[str, tuple[int, int]], lo: int, hi: int) -> bool:
    """Does the check speak at [lo, hi): its own span or a figure it relates (as ``extract
    eval`` matches a check: a total stated a sentence before its parts is one of its figures)?"""
    where = [(c.start, c.end)] + [spans[i] for i in c.mention_ids if i in spans]
    return any(s < hi and lo < e for s, e in where)


def score(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Found / planted per kind, false alarms, and the ids of what went wrong."""
    opts = Options(entities=False)
    planted: Counter[str] = Counter()
    found: Counter[str] = Counter()
    missed: list[dict[str, Any]] = []
    alarms: list[dict[str, Any]] = []
    n_inconsistent = 0
    for row in rows:
        doc = process_text(row["text"], options=opts)
        bad = [c for c in doc.checks if c.verdict == "inconsistent"]
        n_inconsistent += len(bad)
        hit = None
        if row.get("planted"):
            kind = row["kind"]
            planted[kind] += 1
            claim = normalise_text(row["claim"])
            at = doc.text.find(claim)
            lo, hi = (at, at + len(claim)) if at >= 0 else (0, len(doc.text))
            spans = {m.id: (m.start, m.end) for m in doc.mentions}
            hit = next(
                (
                    c for c in bad
                    if c.kind == kind and _speaks_at(c, spans, lo, hi)
                    and _figures_share(row["figures"], c.figures)
                ),
                None,
            )  # fmt: skip
            if hit is not None:
                found[kind] += 1
            else:
                missed.append(
                    {
                        "id": row["id"],
                        "kind": kind,
                        "got": [(c.kind, c.verdict, c.figures) for c in doc.checks],
                    }
                )
        for c in bad:
            if c is not hit:
                alarms.append({"id": row["id"], "kind": c.kind, "why": c.why})
    return {
        "planted": dict(planted),
        "found": dict(found),
        "found_total": sum(found.values()),
        "planted_total": sum(planted.values()),
        "false_alarms": len(alarms),
        "inconsistent_verdicts": n_inconsistent,
        "missed": missed,
        "alarms": alarms,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", choices=["missed", "alarms", "both"])
    ap.add_argument("--folder", type=Path, default=BATTERY)
    args = ap.parse_args()
    rows = load(args.folder)
    if not rows:
        print(f"no battery under {args.folder}", file=sys.stderr)
        return 2
    s = score(rows)
    by_id = {r["id"]: r for r in rows}
    for kind in sorted(s["planted"]):
        print(f"{kind:15s} found {s['found'].get(kind, 0)}/{s['planted'][kind]}")
    print(f"{'all':15s} found {s['found_total']}/{s['planted_total']}; "
          f"false alarms {s['false_alarms']}/{s['inconsistent_verdicts']} inconsistent verdicts")  # fmt: skip
    if args.show in ("missed", "both"):
        for m in s["missed"]:
            r = by_id[m["id"]]
            # the fresh batteries give the wrong figure's words ("claim"), not a "why"
            said = r.get("why", r.get("claim", ""))
            print(
                f"\nMISS {m['id']} [{m['kind']}] {r.get('figures')}: {said}\n  {r['text']}\n"
                f"  got: {m['got']}"
            )
    if args.show in ("alarms", "both"):
        for a in s["alarms"]:
            print(f"\nALARM {a['id']} [{a['kind']}] {a['why']}\n  {by_id[a['id']]['text']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
