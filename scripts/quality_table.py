"""Print the README's quality tables: `extract eval` on every gold set we have.

    .venv/bin/python scripts/quality_table.py            # markdown on stdout

Gold sets: ../shared/gold (the seed articles, when present), corpus/ (bundled
sample), tests/devset*/reports (development), tests/heldout3/ and tests/heldout4/
(scored only, never tuned on).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from vnreport_miner.evaluate import evaluate
from vnreport_miner.pipeline.runner import run_corpus
from vnreport_miner.schema import MENTION_TYPES

ROOT = Path(__file__).resolve().parent.parent
SETS = [
    ("seeds (../shared)", ROOT.parent / "shared" / "seeds", ROOT.parent / "shared" / "gold"),
    ("corpus/", ROOT / "corpus", ROOT / "corpus"),
    ("devset", ROOT / "tests/devset/reports", ROOT / "tests/devset/reports"),
    ("devset2", ROOT / "tests/devset2/reports", ROOT / "tests/devset2/reports"),
    ("devset3", ROOT / "tests/devset3/reports", ROOT / "tests/devset3/reports"),
    ("devset4", ROOT / "tests/devset4/reports", ROOT / "tests/devset4/reports"),
    ("devset5", ROOT / "tests/devset5/reports", ROOT / "tests/devset5/reports"),
    ("devset6", ROOT / "tests/devset6/reports", ROOT / "tests/devset6/reports"),
    ("devset7", ROOT / "tests/devset7/reports", ROOT / "tests/devset7/reports"),
    ("devset8", ROOT / "tests/devset8/reports", ROOT / "tests/devset8/reports"),
    ("devset9", ROOT / "tests/devset9/reports", ROOT / "tests/devset9/reports"),
    ("devset10", ROOT / "tests/devset10/reports", ROOT / "tests/devset10/reports"),
    ("devset11", ROOT / "tests/devset11/reports", ROOT / "tests/devset11/reports"),
    ("devset12", ROOT / "tests/devset12/reports", ROOT / "tests/devset12/reports"),
    ("devset13", ROOT / "tests/devset13/reports", ROOT / "tests/devset13/reports"),
    ("devset14", ROOT / "tests/devset14/reports", ROOT / "tests/devset14/reports"),
    ("devset15", ROOT / "tests/devset15/reports", ROOT / "tests/devset15/reports"),
    ("devset16", ROOT / "tests/devset16/reports", ROOT / "tests/devset16/reports"),
    ("devset17", ROOT / "tests/devset17/reports", ROOT / "tests/devset17/reports"),
    ("devset18", ROOT / "tests/devset18/reports", ROOT / "tests/devset18/reports"),
    ("devset19", ROOT / "tests/devset19/reports", ROOT / "tests/devset19/reports"),
    ("devset20", ROOT / "tests/devset20/reports", ROOT / "tests/devset20/reports"),
    ("devset21", ROOT / "tests/devset21/reports", ROOT / "tests/devset21/reports"),
    ("devset22", ROOT / "tests/devset22/reports", ROOT / "tests/devset22/reports"),
    ("devset23", ROOT / "tests/devset23/reports", ROOT / "tests/devset23/reports"),
    ("devset24", ROOT / "tests/devset24/reports", ROOT / "tests/devset24/reports"),
    ("devset25", ROOT / "tests/devset25/reports", ROOT / "tests/devset25/reports"),
    ("devset26", ROOT / "tests/devset26/reports", ROOT / "tests/devset26/reports"),
    ("devset27", ROOT / "tests/devset27/reports", ROOT / "tests/devset27/reports"),
    ("devset28", ROOT / "tests/devset28/reports", ROOT / "tests/devset28/reports"),
    ("devset29", ROOT / "tests/devset29/reports", ROOT / "tests/devset29/reports"),
    ("devset30", ROOT / "tests/devset30/reports", ROOT / "tests/devset30/reports"),
    ("devset31", ROOT / "tests/devset31/reports", ROOT / "tests/devset31/reports"),
    ("devset32", ROOT / "tests/devset32/reports", ROOT / "tests/devset32/reports"),
    ("devset33", ROOT / "tests/devset33/reports", ROOT / "tests/devset33/reports"),
    ("held-out 3", ROOT / "tests/heldout3/reports", ROOT / "tests/heldout3/reports"),
    ("held-out 4", ROOT / "tests/heldout4/reports", ROOT / "tests/heldout4/reports"),
    ("held-out 5", ROOT / "tests/heldout5/reports", ROOT / "tests/heldout5/reports"),
    ("held-out 6", ROOT / "tests/heldout6/reports", ROOT / "tests/heldout6/reports"),
    ("held-out 7", ROOT / "tests/heldout7/reports", ROOT / "tests/heldout7/reports"),
    ("held-out 8", ROOT / "tests/heldout8/reports", ROOT / "tests/heldout8/reports"),
    ("held-out 9", ROOT / "tests/heldout9/reports", ROOT / "tests/heldout9/reports"),
    ("held-out 10", ROOT / "tests/heldout10/reports", ROOT / "tests/heldout10/reports"),
    ("held-out 11", ROOT / "tests/heldout11/reports", ROOT / "tests/heldout11/reports"),
    ("held-out 12", ROOT / "tests/heldout12/reports", ROOT / "tests/heldout12/reports"),
    ("held-out 13", ROOT / "tests/heldout13/reports", ROOT / "tests/heldout13/reports"),
    ("held-out 14", ROOT / "tests/heldout14/reports", ROOT / "tests/heldout14/reports"),
    ("held-out 15", ROOT / "tests/heldout15/reports", ROOT / "tests/heldout15/reports"),
    ("held-out 16", ROOT / "tests/heldout16/reports", ROOT / "tests/heldout16/reports"),
    ("held-out 17", ROOT / "tests/heldout17/reports", ROOT / "tests/heldout17/reports"),
    ("held-out 18", ROOT / "tests/heldout18/reports", ROOT / "tests/heldout18/reports"),
    ("held-out 19", ROOT / "tests/heldout19/reports", ROOT / "tests/heldout19/reports"),
    ("held-out 20", ROOT / "tests/heldout20/reports", ROOT / "tests/heldout20/reports"),
    ("held-out 21", ROOT / "tests/heldout21/reports", ROOT / "tests/heldout21/reports"),
    ("held-out 22", ROOT / "tests/heldout22/reports", ROOT / "tests/heldout22/reports"),
    ("held-out 23", ROOT / "tests/heldout23/reports", ROOT / "tests/heldout23/reports"),
    ("held-out 24", ROOT / "tests/heldout24/reports", ROOT / "tests/heldout24/reports"),
    ("held-out 25", ROOT / "tests/heldout25/reports", ROOT / "tests/heldout25/reports"),
    ("held-out 26", ROOT / "tests/heldout26/reports", ROOT / "tests/heldout26/reports"),
    ("held-out 27", ROOT / "tests/heldout27/reports", ROOT / "tests/heldout27/reports"),
    ("held-out 28", ROOT / "tests/heldout28/reports", ROOT / "tests/heldout28/reports"),
    ("held-out 29", ROOT / "tests/heldout29/reports", ROOT / "tests/heldout29/reports"),
    ("held-out 30", ROOT / "tests/heldout30/reports", ROOT / "tests/heldout30/reports"),
    ("held-out 31", ROOT / "tests/heldout31/reports", ROOT / "tests/heldout31/reports"),
    ("held-out 32", ROOT / "tests/heldout32/reports", ROOT / "tests/heldout32/reports"),
    ("held-out 33", ROOT / "tests/heldout33/reports", ROOT / "tests/heldout33/reports"),
    ("held-out 34", ROOT / "tests/heldout34/reports", ROOT / "tests/heldout34/reports"),
    ("held-out 35", ROOT / "tests/heldout35/reports", ROOT / "tests/heldout35/reports"),
    ("held-out 36", ROOT / "tests/heldout36/reports", ROOT / "tests/heldout36/reports"),
    ("held-out 37", ROOT / "tests/heldout37/reports", ROOT / "tests/heldout37/reports"),
    ("held-out 38", ROOT / "tests/heldout38/reports", ROOT / "tests/heldout38/reports"),
    ("held-out 39", ROOT / "tests/heldout39/reports", ROOT / "tests/heldout39/reports"),
    ("held-out 40", ROOT / "tests/heldout40/reports", ROOT / "tests/heldout40/reports"),
]


def main() -> None:
    results = []
    for name, docs, gold in SETS:
        if not docs.is_dir():
            continue
        with tempfile.TemporaryDirectory() as tmp:
            run_corpus(docs, Path(tmp), progress=False)
            results.append((name, evaluate(gold, Path(tmp))))
    print("| F1 | " + " | ".join(MENTION_TYPES) + " |")
    print("|---" * (len(MENTION_TYPES) + 1) + "|")
    for name, r in results:
        cells = [f"{r['types'][t]['f1']:.3f}" for t in MENTION_TYPES]
        print(f"| {name} | " + " | ".join(cells) + " |")
    print()
    print(
        "| checks | inconsistencies found | consistent relations confirmed"
        " | false alarms / inconsistent verdicts | unit accuracy (matched quantities) |"
    )
    print("|---|---|---|---|---|")
    for name, r in results:
        c = r["checks"]
        unit = r["types"]["quantity"]["fields"]["unit"]["accuracy"]
        print(
            f"| {name} | {c['found_inconsistent']}/{c['gold_inconsistent']}"
            f" | {c['confirmed_consistent']}/{c['gold_consistent']}"
            f" | {c['false_alarms']}/{c['pred_inconsistent']} | {unit:.2f} |"
        )


if __name__ == "__main__":
    main()
