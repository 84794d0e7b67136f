"""The README stays true: every column is documented, CI runs its test command."""

from __future__ import annotations

from pathlib import Path

import pytest

from vnreport_miner.errors import CODES
from vnreport_miner.schema import TABLES

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
TEST_COMMAND = ".venv/bin/python -m pytest"


@pytest.mark.parametrize(("table", "column"), [(t, c) for t, cols in TABLES.items() for c in cols])
def test_readme_documents_every_column(table: str, column: str) -> None:
    section = README.split(f"#### `{table}`", 1)[1].split("####", 1)[0]
    assert f"| `{column}` |" in section


def test_readme_test_command_is_what_ci_runs() -> None:
    assert TEST_COMMAND in README
    assert TEST_COMMAND in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


@pytest.mark.parametrize("code", [c for c in CODES if c.startswith("E1")])
def test_readme_lists_ingest_error_codes(code: str) -> None:
    assert f"| {code} |" in README
