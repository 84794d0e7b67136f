"""Per-stage cost of the pipeline, in ms per document (steady state, best of N passes).

    .venv/bin/python bench/stages.py corpus/                 # everything on
    .venv/bin/python bench/stages.py ../shared/seeds --no-entities --passes 5

Runs ingest, then each stage of ``pipeline.STAGES`` (and each extractor of the
registry separately) over every file, and the conversion of the results to rows.
Writing is measured by ``bench/bench.py`` (it needs the whole run).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from vnreport_miner.extractors import EXTRACTORS  # noqa: E402
from vnreport_miner.pipeline import STAGES  # noqa: E402
from vnreport_miner.pipeline.ingest import read_document  # noqa: E402
from vnreport_miner.records import Options  # noqa: E402


def one_pass(files: list[Path], options: Options) -> dict[str, float]:
    spent: dict[str, float] = defaultdict(float)
    for f in files:
        t = time.perf_counter()
        doc = read_document(f, f.parent)
        spent["ingest"] += time.perf_counter() - t
        for name, stage in STAGES:
            if name != "extract":
                t = time.perf_counter()
                doc = stage(doc, options)
                spent[name] += time.perf_counter() - t
                continue
            found = []
            for ex in EXTRACTORS:
                flag = getattr(ex, "OPTION", None)
                if flag and not getattr(options, flag):
                    continue
                t = time.perf_counter()
                found.extend(ex.extract(doc, found, options))
                spent[f"extract:{ex.NAME}"] += time.perf_counter() - t
            for n, m in enumerate(found):
                m.id = f"{doc.doc_id}:m{n}"
                m.sentence = doc.sentence_of(m.start)
            doc.mentions = found
        t = time.perf_counter()
        doc.to_row()
        for m in doc.mentions:
            m.to_row(doc.doc_id, doc.path)
        for c in doc.checks:
            c.to_row(doc.doc_id, doc.path)
        spent["rows"] += time.perf_counter() - t
    return spent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--no-entities", action="store_true")
    ap.add_argument("--passes", type=int, default=3)
    args = ap.parse_args()
    files = sorted(p for p in args.folder.rglob("*") if p.suffix in {".txt", ".md"})
    if not files:
        raise SystemExit(f"no .txt/.md files in {args.folder}")
    options = Options(entities=not args.no_entities)
    one_pass(files, options)  # load models and caches
    best: dict[str, float] = {}
    for _ in range(args.passes):
        spent = one_pass(files, options)
        best = spent if not best else {k: min(best[k], spent[k]) for k in spent}
    chars = sum(len(f.read_text(encoding="utf-8", errors="replace")) for f in files)
    print(f"{len(files)} documents, {chars / len(files):,.0f} chars each on average")
    for name, secs in best.items():
        print(f"{name:<22} {secs / len(files) * 1000:7.3f} ms/doc")
    total = sum(best.values()) / len(files)
    print(f"{'total':<22} {total * 1000:7.3f} ms/doc  -> {1 / total:,.0f} docs/s before writing")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
