"""The checker on the development batteries (tests/battery_dev/): passages written blind, then
used for checker work (see the README there). The floors sit a little under what is measured,
so a change that loses what these passages taught fails here; the false-alarm ceiling is the
issue's bar."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import battery  # noqa: E402

DEV = ROOT / "tests" / "battery_dev"
MIN_FOUND = {
    "battery_d35a": 0.6,
    "battery_d35b": 0.64,
    "battery_d38": 0.55,
    "battery_d41": 0.2,
}  # share found
PLANTED = {"battery_d35a": 70, "battery_d35b": 70, "battery_d38": 100, "battery_d41": 55}
MAX_ALARM_RATE = 0.05  # false alarms / inconsistent verdicts


@pytest.fixture(scope="module", params=sorted(p.stem for p in DEV.glob("*.jsonl")))
def scored(request: pytest.FixtureRequest) -> tuple[str, dict]:
    rows = battery.load(DEV, pattern=f"{request.param}.jsonl")
    return request.param, battery.score(rows)


def test_dev_battery_is_what_its_author_wrote(scored: tuple[str, dict]) -> None:
    name, result = scored
    assert result["planted_total"] == PLANTED[name]


def test_dev_battery_planted_found(scored: tuple[str, dict]) -> None:
    name, result = scored
    assert result["found_total"] >= MIN_FOUND[name] * result["planted_total"], result["found"]


def test_dev_battery_false_alarms(scored: tuple[str, dict]) -> None:
    _, result = scored
    assert result["false_alarms"] <= MAX_ALARM_RATE * max(result["inconsistent_verdicts"], 1), [
        a["id"] for a in result["alarms"]
    ]
