"""End to end against gold: run the pipeline over a gold set and score it with `extract eval`.

Floors sit a little under the measured figures (README, "Quality"), so a change that
makes extraction or checking worse fails here. tests/heldout3, heldout4 and heldout5 are
scored, never tuned on (their failure messages give counts, not contents); tests/devset3
to devset11 were each written by someone who never saw the checker and guard text no rule
was written from until late.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vnreport_miner.evaluate import evaluate
from vnreport_miner.pipeline.runner import run_corpus

ROOT = Path(__file__).resolve().parent.parent

# gold set -> (minimum F1 per mention type, maximum false-alarm rate, minimum share of
# gold inconsistencies found)
FLOORS = {
    "seeds": ({"quantity": 0.97, "percent": 0.97, "ratio": 0.97, "date": 0.95, "period": 0.95,
               "legal_ref": 0.95, "entity": 0.90}, 0.05, 1.0),
    "corpus": ({"quantity": 0.95, "percent": 0.95, "ratio": 0.95, "date": 0.95, "period": 0.95,
                "legal_ref": 0.95, "entity": 0.95}, 0.05, 1.0),
    "heldout3": ({"quantity": 0.97, "percent": 0.97, "ratio": 0.97, "date": 0.97, "period": 0.97,
                  "legal_ref": 0.95, "entity": 0.97}, 0.05, 0.7),
    "devset3": ({"quantity": 0.97, "percent": 0.97, "ratio": 0.97, "date": 0.95, "period": 0.93,
                 "legal_ref": 0.95, "entity": 0.90}, 0.05, 0.85),
    # written by authors who never saw the checker, scored once, then used for checker work
    "devset4": ({"quantity": 0.97, "percent": 0.97, "ratio": 0.97, "date": 0.93, "period": 0.95,
                 "legal_ref": 0.95, "entity": 0.92}, 0.05, 0.8),
    "devset5": ({"quantity": 0.95, "percent": 0.97, "ratio": 0.97, "date": 0.93, "period": 0.95,
                 "legal_ref": 0.95, "entity": 0.86}, 0.05, 0.9),
    "devset6": ({"quantity": 0.95, "percent": 0.97, "ratio": 0.97, "date": 0.93, "period": 0.93,
                 "legal_ref": 0.93, "entity": 0.86}, 0.05, 1.0),
    "devset7": ({"quantity": 0.89, "percent": 0.97, "ratio": 0.97, "date": 0.90, "period": 0.95,
                 "legal_ref": 0.95, "entity": 0.95}, 0.05, 1.0),
    "devset8": ({"quantity": 0.97, "percent": 0.97, "ratio": 0.97, "date": 0.95, "period": 0.90,
                 "legal_ref": 0.95, "entity": 0.95}, 0.05, 0.9),
    "devset9": ({"quantity": 0.95, "percent": 0.97, "ratio": 0.97, "date": 0.97, "period": 0.95,
                 "legal_ref": 0.95, "entity": 0.93}, 0.05, 0.8),
    "devset10": ({"quantity": 0.97, "percent": 0.97, "ratio": 0.97, "date": 0.95, "period": 0.95,
                  "legal_ref": 0.95, "entity": 0.95}, 0.05, 0.6),
    "devset11": ({"quantity": 0.95, "percent": 0.97, "ratio": 0.97, "date": 0.93, "period": 0.93,
                  "legal_ref": 0.95, "entity": 0.89}, 0.05, 0.65),
    # a second held-out set: scored only (counts in failure messages, never contents)
    "heldout4": ({"quantity": 0.97, "percent": 0.97, "ratio": 0.97, "date": 0.95, "period": 0.95,
                  "legal_ref": 0.95, "entity": 0.70}, 0.05, 0.5),
    "heldout5": ({"quantity": 0.95, "percent": 0.97, "ratio": 0.97, "date": 0.95, "period": 0.97,
                  "legal_ref": 0.93, "entity": 0.90}, 0.05, 0.3),
}  # fmt: skip


def _paths(name: str, shared: Path | None) -> tuple[Path, Path]:
    if name == "seeds":
        assert shared is not None
        return shared / "seeds", shared / "gold"
    if name == "corpus":
        return ROOT / "corpus", ROOT / "corpus"
    return ROOT / f"tests/{name}/reports", ROOT / f"tests/{name}/reports"


@pytest.fixture(scope="module")
def scores(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    cache: dict[str, dict] = {}

    def score(name: str) -> dict:
        if name not in cache:
            shared = None
            if name == "seeds":
                shared = request.getfixturevalue("shared_dir")
            docs, gold = _paths(name, shared)
            out = tmp_path_factory.mktemp(name)
            run_corpus(docs, out, progress=False)
            cache[name] = evaluate(gold, out)
        return cache[name]

    return score


@pytest.mark.parametrize("gold_set", sorted(FLOORS))
def test_quality_mention_f1_per_type(scores, gold_set: str) -> None:
    result = scores(gold_set)
    floors, _, _ = FLOORS[gold_set]
    low = {t: result["types"][t]["f1"] for t, f in floors.items() if result["types"][t]["f1"] < f}
    assert not low, f"F1 under the floor on {gold_set}: {low}"


@pytest.mark.parametrize("gold_set", sorted(FLOORS))
def test_quality_checks_find_inconsistencies_without_false_alarms(scores, gold_set: str) -> None:
    c = scores(gold_set)["checks"]
    _, max_alarm_rate, min_found = FLOORS[gold_set]
    # a held-out set's contents stay out of failure messages: nobody may tune on them
    alarms = len(c["alarms"]) if gold_set.startswith("heldout") else c["alarms"]
    missed = len(c["missed"]) if gold_set.startswith("heldout") else c["missed"]
    assert c["false_alarms"] <= max_alarm_rate * max(c["pred_inconsistent"], 1), alarms
    assert c["found_inconsistent"] >= min_found * c["gold_inconsistent"], missed


def test_quality_unit_accuracy_on_seeds(scores) -> None:
    assert scores("seeds")["types"]["quantity"]["fields"]["unit"]["accuracy"] >= 0.95
