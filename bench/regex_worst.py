"""Worst-case time of every rule pattern on adversarial gaps (catastrophic backtracking).

    .venv/bin/python bench/regex_worst.py               # 40-word inputs, top 15, limit 50 ms
    .venv/bin/python bench/regex_worst.py --words 160   # longer inputs (search is quadratic)

Every module-level compiled pattern of the package is tried with ``match``, ``search`` and
``fullmatch`` on long gaps of the genre's words (spaced, glued, comma- and semicolon-separated,
ending in a digit or a bracket), which no rule completes. A pattern whose failure tries
exponentially many paths shows up at the top. Exit code 1 when one exceeds ``--limit``.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import vnreport_miner  # noqa: E402

WORDS = "xã phường thị trấn đảng viên chi bộ hộ nghèo tổng số trong đó và các".split()


def inputs(n: int) -> dict[str, str]:
    def joined(sep: str, k: int = n) -> str:
        return sep.join(WORDS[i % len(WORDS)] for i in range(k))

    return {
        "spaced": joined(" "),
        "glued": joined(""),
        "commas": joined(", "),
        "semicolons": joined(" ; "),
        "then a digit": joined(" ") + " 12",
        "then a bracket": joined(" , và ") + " (",
    }


def patterns() -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for info in pkgutil.walk_packages(vnreport_miner.__path__, "vnreport_miner."):
        if info.name.endswith("__main__"):
            continue
        mod = importlib.import_module(info.name)
        for name, value in vars(mod).items():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                out.append((f"{info.name.removeprefix('vnreport_miner.')}.{name}", value))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=40, help="words per adversarial input")
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--limit", type=float, default=50.0, help="ms; exit 1 above it")
    args = ap.parse_args()
    gaps = inputs(args.words)
    rows = []
    for name, pat in patterns():
        worst, where = 0.0, ""
        for label, s in gaps.items():
            for method in ("match", "search", "fullmatch"):
                t = time.perf_counter()
                getattr(pat, method)(s)
                dt = (time.perf_counter() - t) * 1000
                if dt > worst:
                    worst, where = dt, f"{label}, {method}"
        rows.append((worst, name, where))
    rows.sort(reverse=True)
    print(f"{len(rows)} patterns, inputs of {args.words} words; slowest:")
    for ms, name, where in rows[: args.top]:
        print(f"{ms:9.2f} ms  {name}  ({where})")
    return 1 if rows and rows[0][0] > args.limit else 0


if __name__ == "__main__":
    raise SystemExit(main())
