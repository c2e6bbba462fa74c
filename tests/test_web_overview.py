"""The overview cache: slow aggregates are computed on a connection of their own, the page never waits
for them longer than its budget (pending on the first view, stale figures after new data)."""

from __future__ import annotations

import threading

from fastapi.testclient import TestClient

import cablegram.web.overview as web_overview
from cablegram.api import create_app
from cablegram.config import Settings
from cablegram.store import corrections
from cablegram.store.overview import OverviewFilter
from test_api_sample import build_sample


def _slow_overview(monkeypatch) -> threading.Event:
    """Make the aggregates wait for a gate, as a million-event store would make them wait."""
    gate = threading.Event()
    real = web_overview.overview

    def gated(store, flt):
        assert gate.wait(20), "the test never opened the gate"
        return real(store, flt)

    monkeypatch.setattr(web_overview, "overview", gated)
    return gate


def _finish(cache: web_overview.OverviewCache) -> None:
    for thread in list(cache.running.values()):
        thread.join(20)


def test_pending_then_ready_then_stale_while_updating(store, monkeypatch):
    build_sample(store)
    gate = _slow_overview(monkeypatch)
    cache = web_overview.OverviewCache(wait_s=0)
    flt = OverviewFilter()
    assert cache.get(store, flt) == {"pending": True}
    gate.set()
    _finish(cache)
    assert cache.get(store, flt)["total"] == 6
    # New data (a rejection): the old figures, marked stale, until the new ones are ready.
    threat = next(e for e in store.query_events(limit=10) if e["type"] == "THREATEN")
    corrections.add_correction(store, "events", threat["id"], "reject", reason="not an event")
    gate.clear()
    stale = cache.get(store, flt)
    assert stale["stale"] is True and stale["total"] == 6
    gate.set()
    _finish(cache)
    fresh = cache.get(store, flt)
    assert fresh["total"] == 5 and "stale" not in fresh


def test_overview_page_and_json_while_pending(store, monkeypatch, tmp_path):
    build_sample(store)
    gate = _slow_overview(monkeypatch)
    app = create_app(Settings(db=str(tmp_path / "unused.db")), store)
    app.state.overview_cache = web_overview.OverviewCache(wait_s=0)
    client = TestClient(app)
    page = client.get("/overview")
    assert page.status_code == 200 and 'id="overview-pending"' in page.text and "series-chart" not in page.text
    assert client.get("/api/overview").status_code == 202
    gate.set()
    _finish(app.state.overview_cache)
    ready = client.get("/overview")
    assert 'id="series-chart"' in ready.text and 'id="overview-pending"' not in ready.text
    assert client.get("/api/overview").json()["total"] == 6


def test_in_memory_store_is_computed_in_the_request(tmp_path):
    from cablegram.store import open_store

    with open_store(":memory:") as memory:
        build_sample(memory)
        cache = web_overview.OverviewCache(wait_s=0)
        assert cache.get(memory, OverviewFilter())["total"] == 6 and not cache.running
