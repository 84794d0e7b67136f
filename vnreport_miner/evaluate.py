"""``extract eval``: score predictions against hand-made gold, per mention type and for checks.

Gold files are JSON Lines in the format of ``../shared/gold/`` (see GUIDELINES.md).
Gold offsets index the file as read raw; predictions index the *normalised* text, so
each gold span is first aligned: its text (normalised) is searched in the predicted
document near its gold offset.

A predicted mention matches a gold one (one-to-one, per document and type) when
their spans overlap and their normalised values agree (the type's key, below). Two
further views are printed: ``span`` (overlap only) and ``value`` (multiset of keys per
document, ignoring position). Field accuracies are computed on matched pairs.

Checks: a predicted check matches a gold ``check`` line of the same document and
kind when the claim spans overlap and they share figures. Reported: gold
inconsistencies found as inconsistent, gold consistent relations confirmed (lines
flagged ``borderline`` or ``weak`` aside), and false alarms — predicted
``inconsistent`` verdicts that match no gold inconsistency.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonlines

from .errors import MinerError
from .pipeline.normalise import normalise_text
from .schema import MENTION_TYPES

GOLD_SUFFIX = ".gold.jsonl"
_GOLD_KEYS = ("type", "text", "start", "end")  # every line of GUIDELINES.md has them


# ---------------------------------------------------------------- value keys


def _num(x: Any) -> float | None:
    if x is None or isinstance(x, bool):
        return None
    try:
        return round(float(x), 6)
    except (TypeError, ValueError):
        return None


def _text_key(s: str | None) -> str:
    return " ".join(normalise_text(s or "").lower().split())


def _legal_key(m: dict[str, Any]) -> tuple:
    return (
        m.get("doc_type"),
        str(m.get("number") or "").lstrip("0") or None,
        m.get("symbol"),
        m.get("alias_of"),
    )


KEYS: dict[str, Callable[[dict[str, Any]], tuple]] = {
    "quantity": lambda m: (_num(m.get("value")), _num(m.get("low")), _num(m.get("high"))),
    "percent": lambda m: (_num(m.get("value")), _num(m.get("low")), _num(m.get("high"))),
    "ratio": lambda m: (_num(m.get("numerator")), _num(m.get("denominator"))),
    "date": lambda m: (m.get("value"),),
    "period": lambda m: (m.get("period_start"), m.get("period_end")),
    "legal_ref": _legal_key,
    "entity": lambda m: (m.get("label"), _text_key(m.get("text"))),
}

# fields whose accuracy is reported on matched pairs
FIELDS: dict[str, tuple[str, ...]] = {
    "quantity": ("unit", "qualifier"),
    "percent": ("qualifier",),
    "ratio": ("unit",),
    "date": ("granularity",),
    "period": ("kind",),
    "legal_ref": ("symbol", "date", "title", "issuer_code", "alias_of"),
    "entity": (),
}


def _field_equal(name: str, g: Any, p: Any) -> bool:
    if name in ("unit", "title"):
        return _text_key(g) == _text_key(p)
    return g == p


# ---------------------------------------------------------------- loading


def load_gold(gold_dir: Path) -> dict[str, list[dict[str, Any]]]:
    """Gold lines grouped by document file name."""
    files = sorted(gold_dir.glob(f"*{GOLD_SUFFIX}")) if gold_dir.is_dir() else []
    if not files:
        raise MinerError(f"no *{GOLD_SUFFIX} files in {gold_dir}", "E402")
    gold: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for f in files:
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise MinerError(f"{f.name}:{n}: not JSON ({exc.msg})", "E402") from exc
            missing = (
                [k for k in _GOLD_KEYS if k not in row] if isinstance(row, dict) else ["an object"]
            )
            if missing:
                raise MinerError(f"{f.name}:{n}: a gold line needs {', '.join(missing)}", "E402")
            gold[row.get("doc") or f.name[: -len(GOLD_SUFFIX)]].append(row)
    return dict(gold)


def _read_jsonl(path: Path) -> Iterable[dict[str, Any]]:
    if not path.exists():
        return
    with jsonlines.open(path) as reader:
        yield from reader.iter(type=dict, skip_empty=True)


def load_predictions(pred_dir: Path) -> tuple[dict[str, dict], dict[str, list], dict[str, list]]:
    """(documents by name, mentions by name, checks by name); name = the file's base name."""
    if not (pred_dir / "documents.jsonl").exists():
        raise MinerError(f"no documents.jsonl in {pred_dir}: run `extract run` first", "E402")
    docs: dict[str, dict] = {}
    by_id: dict[str, str] = {}
    for d in _read_jsonl(pred_dir / "documents.jsonl"):
        name = Path(d["path"]).name
        docs[name] = d
        by_id[d["doc_id"]] = name
    mentions: dict[str, list] = defaultdict(list)
    for m in _read_jsonl(pred_dir / "mentions.jsonl"):
        mentions[by_id.get(m["doc_id"], m["doc_id"])].append(m)
    checks: dict[str, list] = defaultdict(list)
    for c in _read_jsonl(pred_dir / "checks.jsonl"):
        checks[by_id.get(c["doc_id"], c["doc_id"])].append(c)
    return docs, mentions, checks


# ---------------------------------------------------------------- alignment


def align(gold_rows: list[dict[str, Any]], text: str) -> list[tuple[int, int]]:
    """Map each gold (start, end) on the raw file to the predicted normalised text.

    The gold text, normalised, is looked up near the gold offset shifted by the
    drift seen so far (normalisation only ever shortens the text by collapsing
    spaces or dropping furniture, so drift grows slowly).
    """
    drift = 0
    order = sorted(range(len(gold_rows)), key=lambda i: gold_rows[i].get("start", 0))
    out: dict[int, tuple[int, int]] = {}
    for i in order:
        g = gold_rows[i]
        needle = normalise_text(g.get("text") or "")
        start = int(g.get("start", 0))
        guess = max(0, start - drift)
        best = None
        if needle:
            lo = max(0, guess - 400)
            pos = text.find(needle, lo)
            while pos != -1 and pos <= guess + 400:
                if best is None or abs(pos - guess) < abs(best - guess):
                    best = pos
                pos = text.find(needle, pos + 1)
            if best is None:
                pos = text.find(needle)
                best = pos if pos != -1 else None
        if best is None:
            out[i] = (guess, guess + (int(g.get("end", start)) - start))
        else:
            out[i] = (best, best + len(needle))
            drift = start - best
    spans = [out[i] for i in range(len(gold_rows))]
    return spans


# ---------------------------------------------------------------- scoring


@dataclass
class TypeScore:
    gold: int = 0
    pred: int = 0
    matched: int = 0  # overlap + value
    span_matched: int = 0  # overlap only
    value_matched: int = 0  # multiset of keys per document
    fields: dict[str, list[int]] = field(default_factory=dict)  # name -> [correct, total]

    @staticmethod
    def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
        p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
        r = tp / n_gold if n_gold else (1.0 if not n_pred else 0.0)
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def prf(self) -> tuple[float, float, float]:
        return self._prf(self.matched, self.pred, self.gold)

    def as_dict(self) -> dict[str, Any]:
        p, r, f = self.prf()
        return {
            "gold": self.gold,
            "pred": self.pred,
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "span_f1": round(self._prf(self.span_matched, self.pred, self.gold)[2], 4),
            "value_f1": round(self._prf(self.value_matched, self.pred, self.gold)[2], 4),
            "fields": {
                k: {"correct": c, "total": t, "accuracy": round(c / t, 4) if t else None}
                for k, (c, t) in self.fields.items()
            },
        }


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _match(
    golds: list[tuple[tuple[int, int], dict]],
    preds: list[dict],
    ok: Callable[[dict, dict], bool],
) -> list[tuple[int, int]]:
    """Greedy one-to-one matching by overlap, largest overlap first."""
    cands = []
    for gi, (gs, g) in enumerate(golds):
        for pi, p in enumerate(preds):
            ov = _overlap(gs, (p["start"], p["end"]))
            if ov > 0 and ok(g, p):
                exact = gs == (p["start"], p["end"])
                cands.append((not exact, -ov, gi, pi))
    cands.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, _, gi, pi in cands:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        pairs.append((gi, pi))
    return pairs


def _values_equal(kind: str, g: dict, p: dict) -> bool:
    return KEYS[kind](g) == KEYS[kind](p)


@dataclass
class CheckScore:
    gold_inconsistent: int = 0
    found_inconsistent: int = 0
    gold_consistent: int = 0
    confirmed_consistent: int = 0
    pred_inconsistent: int = 0
    false_alarms: int = 0
    pred_total: int = 0
    missed: list[dict[str, Any]] = field(default_factory=list)
    alarms: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 4) if b else None

        return {
            "gold_inconsistent": self.gold_inconsistent,
            "found_inconsistent": self.found_inconsistent,
            "inconsistency_recall": ratio(self.found_inconsistent, self.gold_inconsistent),
            "gold_consistent": self.gold_consistent,
            "confirmed_consistent": self.confirmed_consistent,
            "consistent_recall": ratio(self.confirmed_consistent, self.gold_consistent),
            "pred_checks": self.pred_total,
            "pred_inconsistent": self.pred_inconsistent,
            "false_alarms": self.false_alarms,
            "false_alarm_rate": ratio(self.false_alarms, self.pred_inconsistent),
            "missed": self.missed,
            "alarms": self.alarms,
        }


_SCALES = (1, 1e3, 1e6, 1e9)  # nghìn, triệu, tỷ: gold sets write money either way


def _figure_keys(x: Any) -> set[float]:
    """A figure and its value in thousands, millions and billions: "38,7 tỷ đồng" is
    38.7 in one gold set and 38 700 000 000 in another; both name the same figure."""
    v = _num(x)
    return set() if v is None else {round(v / s, 6) for s in _SCALES if s == 1 or abs(v) >= s}


def _figures_share(g: list, p: list) -> bool:
    """Enough figures in common (one-to-one, scale-tolerant): two, or all of a shorter list."""
    pred = [_figure_keys(x) for x in p or []]
    common = 0
    for gk in (_figure_keys(x) for x in g or []):
        hit = next((i for i, pk in enumerate(pred) if gk & pk), None)
        if hit is not None:
            common += 1
            pred.pop(hit)
    need = min(2, len(g or []), len(p or []))
    return common >= max(1, need)


def evaluate(gold_dir: Path, pred_dir: Path) -> dict[str, Any]:
    """Score ``pred_dir`` (an ``extract run`` output) against ``gold_dir``."""
    gold = load_gold(gold_dir)
    docs, mentions, checks = load_predictions(pred_dir)
    scores = {t: TypeScore() for t in MENTION_TYPES}
    chk = CheckScore()
    missing_docs = []
    for name, rows in sorted(gold.items()):
        doc = docs.get(name)
        if doc is None:
            missing_docs.append(name)
        text = doc["text"] if doc else ""
        spans = align(rows, text) if doc else [(r.get("start", 0), r.get("end", 0)) for r in rows]
        by_type: dict[str, list[tuple[tuple[int, int], dict]]] = defaultdict(list)
        for span, row in zip(spans, rows, strict=True):
            by_type[row["type"]].append((span, row))
        preds_by_type: dict[str, list[dict]] = defaultdict(list)
        for m in mentions.get(name, []):
            preds_by_type[m["type"]].append(m)
        for t in MENTION_TYPES:
            g_items, p_items = by_type.get(t, []), preds_by_type.get(t, [])
            s = scores[t]
            s.gold += len(g_items)
            s.pred += len(p_items)
            s.span_matched += len(_match(g_items, p_items, lambda g, p: True))
            pairs = _match(g_items, p_items, lambda g, p, t=t: _values_equal(t, g, p))
            s.matched += len(pairs)
            gk = Counter(KEYS[t](g) for _, g in g_items)
            pk = Counter(KEYS[t](p) for p in p_items)
            s.value_matched += sum((gk & pk).values())
            for fname in FIELDS[t]:
                c_t = s.fields.setdefault(fname, [0, 0])
                for gi, pi in pairs:
                    g, p = g_items[gi][1], p_items[pi]
                    if fname not in g:
                        continue
                    c_t[1] += 1
                    c_t[0] += _field_equal(fname, g.get(fname), p.get(fname))
        spans_by_id = {m.get("id"): (m["start"], m["end"]) for m in mentions.get(name, [])}
        _score_checks(chk, name, by_type.get("check", []), checks.get(name, []), spans_by_id)
    result = {
        "gold_dir": str(gold_dir),
        "pred_dir": str(pred_dir),
        "documents": len(gold),
        "missing_documents": missing_docs,
        "types": {t: scores[t].as_dict() for t in MENTION_TYPES},
        "checks": chk.as_dict(),
    }
    tot = TypeScore(
        gold=sum(s.gold for s in scores.values()),
        pred=sum(s.pred for s in scores.values()),
        matched=sum(s.matched for s in scores.values()),
        span_matched=sum(s.span_matched for s in scores.values()),
        value_matched=sum(s.value_matched for s in scores.values()),
    )
    result["overall"] = tot.as_dict()
    return result


def _where(p: dict, spans_by_id: dict[str, tuple[int, int]]) -> list[tuple[int, int]]:
    """Where a predicted check speaks: its claim, and each figure it relates (a restatement is
    one relation between two statements; gold may write its claim at either)."""
    return [(p["start"], p["end"])] + [
        spans_by_id[i] for i in p.get("mention_ids") or [] if i in spans_by_id
    ]


def _score_checks(
    chk: CheckScore,
    name: str,
    golds: list,
    preds: list[dict],
    spans_by_id: dict[str, tuple[int, int]] | None = None,
) -> None:
    chk.pred_total += len(preds)
    where = [_where(p, spans_by_id or {}) for p in preds]
    matched_pred: set[int] = set()
    for gspan, g in golds:
        optional = bool(g.get("borderline") or g.get("weak"))
        hits = [
            i
            for i, p in enumerate(preds)
            if p["kind"] == g.get("kind")
            and any(_overlap(gspan, span) > 0 for span in where[i])
            and _figures_share(g.get("figures"), p.get("figures"))
        ]
        matched_pred.update(hits)
        verdicts = {preds[i]["verdict"] for i in hits}
        if g.get("verdict") == "inconsistent" and not g.get("borderline"):
            chk.gold_inconsistent += 1
            if "inconsistent" in verdicts:
                chk.found_inconsistent += 1
            else:
                chk.missed.append({"doc": name, "kind": g.get("kind"), "why": g.get("why")})
        elif g.get("verdict") == "consistent" and not optional:
            chk.gold_consistent += 1
            if "consistent" in verdicts:
                chk.confirmed_consistent += 1
            else:
                chk.missed.append({"doc": name, "kind": g.get("kind"), "why": g.get("why")})
        if g.get("verdict") == "inconsistent" or g.get("borderline"):
            # an inconsistent verdict on these is right (or accepted): not an alarm
            for i in hits:
                if preds[i]["verdict"] == "inconsistent":
                    preds[i]["_right"] = True
    for p in preds:
        if p["verdict"] != "inconsistent":
            continue
        chk.pred_inconsistent += 1
        if not p.get("_right"):
            chk.false_alarms += 1
            chk.alarms.append({"doc": name, "kind": p["kind"], "why": p.get("why")})


# ---------------------------------------------------------------- report


def format_report(result: dict[str, Any]) -> str:
    """A table in the spirit of ``spacy evaluate``."""
    lines = []
    lines.append(f"Gold: {result['gold_dir']}  ({result['documents']} documents)")
    lines.append(f"Pred: {result['pred_dir']}")
    if result["missing_documents"]:
        lines.append(f"Missing from predictions: {', '.join(result['missing_documents'])}")
    lines.append("")
    head = f"{'type':<10} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6} {'spanF1':>7} {'valF1':>6}  fields (accuracy on matches)"
    lines.append(head)
    lines.append("-" * len(head))
    for t, s in [*result["types"].items(), ("ALL", result["overall"])]:
        fields = "  ".join(
            f"{k}={v['accuracy']:.2f}"
            for k, v in s.get("fields", {}).items()
            if v["accuracy"] is not None
        )
        lines.append(
            f"{t:<10} {s['gold']:>5} {s['pred']:>5} {s['precision']:>6.3f} {s['recall']:>6.3f} "
            f"{s['f1']:>6.3f} {s['span_f1']:>7.3f} {s['value_f1']:>6.3f}  {fields}"
        )
    c = result["checks"]
    lines.append("")
    lines.append("Checks")

    def frac(a: int, b: int) -> str:
        return f"{a}/{b}" + (f" = {a / b:.0%}" if b else "")

    lines.append(
        f"  gold inconsistencies found as inconsistent : {frac(c['found_inconsistent'], c['gold_inconsistent'])}"
    )
    lines.append(
        f"  gold consistent relations confirmed        : {frac(c['confirmed_consistent'], c['gold_consistent'])}"
    )
    lines.append(
        f"  false alarms / inconsistent verdicts       : {frac(c['false_alarms'], c['pred_inconsistent'])}"
    )
    lines.append(f"  checks predicted                           : {c['pred_checks']}")
    return "\n".join(lines)
