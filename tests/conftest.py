"""Shared fixtures. Tests that need ../shared skip on a clone without it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SEED = DATA / "korea-herald-2012-05-21-seoul-seeks-military-ties-with-china.txt"
GOLD = Path(__file__).resolve().parent / "gold" / "seed-events.json"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_article():
    from herald_timeline.ingest import open_inputs
    from herald_timeline.pipeline import analyse

    result = open_inputs([str(SEED)])
    assert not result.errors
    return analyse(result.articles[0])


@pytest.fixture
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED
