"""Every gold set built from annotated sources is current: its reports and gold lines are
what ``ann/*.ann`` gives, and every gold line indexes its file (``text == content[start:end]``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from gold_set import check_on_disk  # noqa: E402

SETS = sorted(
    p.parent
    for p in (ROOT / "tests").glob("*/build.py")
    if "gold_set" in p.read_text(encoding="utf-8")
)


@pytest.mark.parametrize("here", SETS, ids=[p.name for p in SETS])
def test_gold_set_is_built_from_its_sources(here: Path) -> None:
    stems = sorted(p.stem for p in (here / "ann").glob("*.ann"))
    assert stems
    problems = [e for s in stems for e in check_on_disk(here, s)]
    ok = not problems
    # a held-out set's contents stay out of failure messages
    assert ok, f"{len(problems)} problem(s)" if "heldout" in here.name else problems
