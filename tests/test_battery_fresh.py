"""The checker on the fresh batteries (tests/battery_fresh/): passages written by authors who
never saw the checker, with one planted inconsistency each or none (see the README there).

They measure how the rules carry to wording they were not written from, so the floors sit a
little under what is measured (README, "Quality") and the false-alarm ceiling is the issue's
bar: at most one in twenty inconsistent verdicts.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import battery  # noqa: E402

FRESH = ROOT / "tests" / "battery_fresh"
MIN_FOUND = {
    "battery_g": 0.62,
    "battery_i": 0.5,
    "battery_x20": 0.55,
    "battery_x21": 0.45,
    "battery_x22": 0.55,
    "battery_x23": 0.55,
    "battery_x24": 0.5,
    "battery_x25": 0.42,
    "battery_x26": 0.65,
    "battery_x27": 0.68,
    "battery_x28": 0.52,
    "battery_x29": 0.5,
    "battery_x30": 0.52,
    "battery_x31": 0.54,
    "battery_x32": 0.6,
    "battery_x33": 0.6,
    "battery_x35": 0.52,
    "battery_x36": 0.44,
    "battery_x38": 0.6,  # 71/110 measured at the fortieth session
    "battery_x39": 0.6,  # 69/110 measured (at the opening code and the last)
    "battery_x40": 0.64,  # 75/110 measured (at the opening code and the last)
    "battery_x41": 0.68,  # 78/110 measured at the opening code of the forty-first session
}  # share of planted inconsistencies found
MAX_ALARM_RATE = 0.05  # false alarms / inconsistent verdicts


@pytest.fixture(scope="module", params=sorted(p.stem for p in FRESH.glob("*.jsonl")))
def scored(request: pytest.FixtureRequest) -> tuple[str, dict]:
    rows = battery.load(FRESH, pattern=f"{request.param}.jsonl")
    return request.param, battery.score(rows)


def test_fresh_battery_is_what_its_author_wrote(scored: tuple[str, dict]) -> None:
    _, result = scored
    assert result["planted_total"] == 110
    assert len(result["planted"]) == 7


def test_fresh_battery_planted_found(scored: tuple[str, dict]) -> None:
    name, result = scored
    floor = MIN_FOUND.get(name, 0.3)
    assert result["found_total"] >= floor * result["planted_total"], result["found"]


def test_fresh_battery_false_alarms(scored: tuple[str, dict]) -> None:
    _, result = scored
    assert result["false_alarms"] <= MAX_ALARM_RATE * max(result["inconsistent_verdicts"], 1), [
        a["id"] for a in result["alarms"]
    ]


def test_show_missed_reads_fresh_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`scripts/battery.py --show missed` prints a fresh row, which has a claim and no "why"."""
    row = {  # a planted row with no relation the checker can read: surely missed
        "id": "t-001",
        "text": "Năm nay công tác dân vận của xã có nhiều chuyển biến tích cực.",
        "planted": True,
        "kind": "repeat",
        "claim": "nhiều chuyển biến",
        "figures": [],
    }
    (tmp_path / "battery_t.jsonl").write_text(
        json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    argv = sys.argv
    sys.argv = ["battery.py", "--folder", str(tmp_path), "--show", "both"]
    try:
        assert battery.main() == 0
    finally:
        sys.argv = argv
    out = capsys.readouterr().out
    assert "found 0/1" in out
    assert "MISS t-001 [repeat] []: nhiều chuyển biến" in out
