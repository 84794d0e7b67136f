"""The baseline our entity rules must beat: underthesea's NER alone over every sentence.

    .venv/bin/python scripts/ner_baseline.py ../shared/seeds ../shared/gold

Scores PER/LOC/ORG by label and text (multiset per document), the way `extract eval`
scores entity mentions by value. Slow on purpose: it is what the pipeline avoids.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from underthesea import ner, sent_tokenize

from vnreport_miner.evaluate import align, load_gold
from vnreport_miner.pipeline.normalise import normalise_text


def spans_of(sentence: str) -> list[tuple[str, str]]:
    """underthesea's B-/I- tags joined into (text, label) spans."""
    out: list[tuple[str, str]] = []
    cur: list[str] | None = None
    for word, _, _, tag in ner(sentence):
        if tag.startswith("B-"):
            if cur:
                out.append((cur[0], cur[1]))
            cur = [word, tag[2:]]
        elif tag.startswith("I-") and cur and cur[1] == tag[2:]:
            cur[0] += " " + word
        else:
            if cur:
                out.append((cur[0], cur[1]))
            cur = None
    if cur:
        out.append((cur[0], cur[1]))
    return out


def main(reports: Path, gold_dir: Path) -> None:
    tp = fp = fn = 0
    for name, rows in load_gold(gold_dir).items():
        text = normalise_text((reports / name).read_text(encoding="utf-8"))
        spans = align(rows, text)
        gold = Counter(
            (text[s:e], r["label"])
            for (s, e), r in zip(spans, rows, strict=True)
            if r["type"] == "entity"
        )
        pred = Counter(span for sent in sent_tokenize(text) for span in spans_of(sent))
        hit = sum((gold & pred).values())
        tp, fp, fn = tp + hit, fp + sum(pred.values()) - hit, fn + sum(gold.values()) - hit
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    print(f"underthesea NER alone: P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
