"""Shared fixtures: real data from ../shared/data (skipped when absent), a real store, one spaCy pipeline."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def _shared_data_dir() -> Path:
    return Path(os.environ.get("CABLEGRAM_SHARED_DATA", REPO.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The development data folder; tests that need it skip with a message when it is absent."""
    path = _shared_data_dir()
    if not path.is_dir():
        pytest.skip(f"shared data not found at {path} (set CABLEGRAM_SHARED_DATA)")
    return path


@pytest.fixture(scope="session")
def nlp():
    """The full cablegram pipeline, loaded once per test session."""
    from cablegram.nlp.pipeline import build_nlp

    return build_nlp()


@pytest.fixture()
def store(tmp_path):
    """A fresh SQLite store in a temp dir."""
    from cablegram.store import open_store

    s = open_store(str(tmp_path / "test.db"))
    yield s
    s.close()
