"""Shared fixtures. Tests that read ../shared/ skip cleanly when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "gold").is_dir() or not (SHARED / "seeds").is_dir():
        pytest.skip("../shared (seeds and gold) is not present in this checkout")
    return SHARED


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS
