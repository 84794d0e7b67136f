"""Throughput and memory benchmark of the whole pipeline.

    .venv/bin/python bench/bench.py                  # 1000 docs, 1 and 2 workers, entities on/off
    .venv/bin/python bench/bench.py --docs 200       # quick run
    .venv/bin/python bench/bench.py --docs 500 --workers 1 2 4 --no-entities-only --json

It builds a synthetic corpus of N reports (~9 kB each) from the UTF-8 .txt reports in
``corpus/`` (so it runs on a fresh clone): paragraphs are drawn at random from those
reports, figures are nudged (same notation: "1.245", "93,5%") and people's names swapped,
until each document reaches ~9 kB. The corpus goes to a temporary folder (or ``--out``,
e.g. ``bench/out/``, which git ignores).

Each configuration (workers x entities) runs in its own child process, so the peak
memory it reports belongs to that configuration only: ``ru_maxrss`` of the child
(``RUSAGE_SELF``: the main process) and of its worker processes (``RUSAGE_CHILDREN``).
Targets (see bench/README.md): >= 25 docs/s per core with everything on, >= 500 docs/s
per core with entities off.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
TARGET_BYTES = 9_000
TARGETS = {True: 25.0, False: 500.0}  # docs/s per core, keyed by "entities on"

NAMES = [
    "Nguyễn Văn Bình",
    "Trần Thị Thu Hà",
    "Lò Văn Pản",
    "Hoàng Thị Mai",
    "Vàng A Sử",
    "Đinh Công Tuấn",
    "Lê Thị Hồng Nhung",
    "Phạm Quốc Việt",
    "Sùng Mí Chứ",
    "Hà Văn Lợi",
]
# A figure in Vietnamese notation: "1.245", "93,5", "57".
NUMBER = re.compile(r"(?<![\d/.,-])(\d{1,3}(?:\.\d{3})+|\d+)(,\d+)?(?![\d/]|-\d)")
# Years, dates, symbols and terms are kept: only counts and percents are nudged.
KEEP = re.compile(
    r"\d{1,2}[/-]\d{1,2}[/-]\d{4}|(?:năm|kỳ|đoạn|quý [IV]+-?|tháng \d{1,2}/)\s*\d{4}|\d{4}\s*-\s*\d{4}"
    r"|\d+-[A-ZĐa-zđ]+/[A-ZĐa-zđ]+|\d+/\d{4}/[A-ZĐ]+-[A-Za-z]+|\d+/[A-ZĐ]+-[A-Za-z]+"
    r"|(?:Nghị quyết|Chỉ thị|Quy định|Kế hoạch|Quyết định|Hướng dẫn|Kết luận|Trung ương) \d+"
)
PERSON = re.compile(r"(Đồng chí|đồng chí) ([A-ZĐ][\wÀ-ỹ]*(?: [A-ZĐ][\wÀ-ỹ]*){1,3})")


# ------------------------------------------------------------------ corpus


def source_paragraphs(corpus: Path) -> list[str]:
    """Paragraphs of the UTF-8 .txt reports (legacy-encoded .txt files are skipped)."""
    paras: list[str] = []
    for p in sorted(corpus.glob("*.txt")):
        try:
            text = p.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        paras += [b.strip() for b in text.split("\n\n") if len(b.strip()) > 120]
    if not paras:
        raise SystemExit(f"no UTF-8 .txt reports with paragraphs in {corpus}")
    return paras


def _fmt_int(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def nudge_numbers(text: str, rng: random.Random) -> str:
    keep = [(m.start(), m.end()) for m in KEEP.finditer(text)]

    def repl(m: re.Match[str]) -> str:
        if any(s <= m.start() < e for s, e in keep):
            return m.group(0)
        whole = int(m.group(1).replace(".", ""))
        if whole < 3:  # "1 thành phố", "2 thị trấn": leave tiny counts alone
            return m.group(0)
        new = max(1, round(whole * rng.uniform(0.9, 1.1)))
        out = _fmt_int(new) if "." in m.group(1) or new >= 10_000 else str(new)
        if m.group(2):
            decimals = len(m.group(2)) - 1
            out += "," + str(rng.randrange(10**decimals)).zfill(decimals)
        return out

    return NUMBER.sub(repl, text)


def swap_names(text: str, rng: random.Random) -> str:
    return PERSON.sub(lambda m: f"{m.group(1)} {rng.choice(NAMES)}", text)


def make_document(paras: list[str], rng: random.Random, i: int) -> str:
    title = f"Báo cáo tổng hợp số {i + 1}: kết quả công tác xây dựng Đảng ở cơ sở"
    parts, size = [title], len(title.encode("utf-8"))
    while size < TARGET_BYTES:
        p = swap_names(nudge_numbers(rng.choice(paras), rng), rng)
        parts.append(p)
        size += len(p.encode("utf-8")) + 2
    return "\n\n".join(parts) + "\n"


def build_corpus(dest: Path, n: int, seed: int, source: Path = CORPUS) -> tuple[int, int]:
    """Write ``n`` documents into ``dest``; return (documents, characters)."""
    rng = random.Random(seed)
    paras = source_paragraphs(source)
    dest.mkdir(parents=True, exist_ok=True)
    chars = 0
    for i in range(n):
        text = make_document(paras, rng, i)
        (dest / f"bench_{i:05d}.txt").write_text(text, encoding="utf-8")
        chars += len(text)
    return n, chars


# ------------------------------------------------------------------ one run


def run_one(corpus: Path, out: Path, workers: int, entities: bool) -> dict[str, Any]:
    """Run the pipeline once (called in a child process) and measure it."""
    sys.path.insert(0, str(ROOT))
    from vnreport_miner.pipeline.runner import run_corpus
    from vnreport_miner.records import Options

    started = time.perf_counter()
    summary = run_corpus(
        corpus, out, Options(entities=entities), workers=workers, fresh=True, progress=False
    )
    wall = time.perf_counter() - started
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "workers": workers,
        "entities": entities,
        "documents": summary.documents,
        "errors": summary.status.get("error", 0),
        "mentions": sum(summary.mentions.values()),
        "checks": sum(summary.checks.values()),
        "wall_seconds": round(wall, 3),
        "peak_rss_main_mb": round(self_kb / 1024, 1),
        "peak_rss_worker_mb": round(child_kb / 1024, 1) if workers > 1 else None,
    }


def run_in_child(corpus: Path, out: Path, workers: int, entities: bool) -> dict[str, Any]:
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--_one",
        str(corpus),
        str(out),
        str(workers),
        str(int(entities)),
    ]
    res = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if res.returncode != 0:
        raise SystemExit(
            f"benchmark run failed ({workers} workers, entities={entities}):\n{res.stderr[-3000:]}"
        )
    return json.loads(res.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------ main


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--_one":
        corpus, out, workers, entities = argv[1:5]
        print(json.dumps(run_one(Path(corpus), Path(out), int(workers), bool(int(entities)))))
        return 0
    ap = argparse.ArgumentParser(description="Pipeline throughput and memory benchmark.")
    ap.add_argument("--docs", type=int, default=1000, help="documents to generate (default 1000)")
    ap.add_argument(
        "--workers", type=int, nargs="+", default=[1, 2], help="worker counts to try (default 1 2)"
    )
    ap.add_argument(
        "--no-entities-only", action="store_true", help="only the fast mode (entities off)"
    )
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument(
        "--out", type=Path, help="where to put the corpus and outputs (default: a temp folder)"
    )
    ap.add_argument("--keep", action="store_true", help="keep the generated corpus and outputs")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument(
        "--source",
        type=Path,
        default=CORPUS,
        help="folder of UTF-8 .txt reports to draw paragraphs from (default: corpus/). "
        "corpus/ is written to exercise every rule, so it is about 3x denser in figures "
        "than real reports; ../shared/seeds gives a realistic density where it exists",
    )
    args = ap.parse_args(argv)
    if args.docs < 1 or any(w < 1 for w in args.workers):
        ap.error("--docs and --workers must be positive")

    base = args.out.resolve() if args.out else Path(tempfile.mkdtemp(prefix="vnreport-bench-"))
    corpus_dir, out_root = base / "corpus", base / "runs"
    if corpus_dir.exists():
        shutil.rmtree(corpus_dir)
    t0 = time.perf_counter()
    n_docs, n_chars = build_corpus(corpus_dir, args.docs, args.seed, args.source)
    gen_s = time.perf_counter() - t0
    if not args.json:
        print(
            f"corpus: {n_docs} docs, {n_chars:,} chars ({n_chars / n_docs / 1000:.1f} k chars/doc), "
            f"generated in {gen_s:.1f}s -> {corpus_dir}",
            file=sys.stderr,
        )

    modes = [False] if args.no_entities_only else [True, False]
    results = []
    try:
        for entities in modes:
            for w in args.workers:
                r = run_in_child(
                    corpus_dir, out_root / f"w{w}_{'ent' if entities else 'noent'}", w, entities
                )
                wall = r["wall_seconds"] or 1e-9
                r["docs_per_s"] = round(n_docs / wall, 2)
                r["chars_per_s"] = round(n_chars / wall)
                r["docs_per_s_per_core"] = round(n_docs / wall / w, 2)
                r["mentions_per_doc"] = round(r["mentions"] / n_docs, 1)
                r["target_per_core"] = TARGETS[entities]
                r["meets_target"] = r["docs_per_s_per_core"] >= TARGETS[entities]
                results.append(r)
                if not args.json:
                    print(
                        f"  done: {w} worker(s), entities {'on' if entities else 'off'}: {wall:.1f}s",
                        file=sys.stderr,
                    )
    finally:
        if not args.keep and not args.out:
            shutil.rmtree(base, ignore_errors=True)

    report = {
        "documents": n_docs,
        "chars": n_chars,
        "seed": args.seed,
        "source": str(args.source),
        "python": sys.version.split()[0],
        "runs": results,
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print_table(results)
    return 0


def print_table(results: list[dict[str, Any]]) -> None:
    head = [
        "workers",
        "entities",
        "docs/s",
        "docs/s/core",
        "target",
        "chars/s",
        "mentions/doc",
        "peak main MB",
        "peak worker MB",
        "errors",
    ]
    rows = [
        [
            str(r["workers"]),
            "on" if r["entities"] else "off",
            f"{r['docs_per_s']:.1f}",
            f"{r['docs_per_s_per_core']:.1f}",
            f"{r['target_per_core']:.0f} {'ok' if r['meets_target'] else 'MISS'}",
            f"{r['chars_per_s']:,}",
            f"{r['mentions_per_doc']:.0f}",
            f"{r['peak_rss_main_mb']:.0f}",
            "-" if r["peak_rss_worker_mb"] is None else f"{r['peak_rss_worker_mb']:.0f}",
            str(r["errors"]),
        ]
        for r in results
    ]
    widths = [max(len(h), *(len(row[i]) for row in rows)) for i, h in enumerate(head)]
    print("  ".join(h.rjust(w) for h, w in zip(head, widths, strict=True)))
    for row in rows:
        print("  ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)))


if __name__ == "__main__":
    raise SystemExit(main())
