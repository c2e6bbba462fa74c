"""Dashboard pages a new user found wanting (newuser7), served by uvicorn on 127.0.0.1: the actor page
names counterparts and links to its events, the timeline counts what it hides, a corrected date's
source is the correction; the API's /api/events agrees."""

from __future__ import annotations

import html
import re
from dataclasses import replace
from pathlib import Path

import httpx
import pytest

from cablegram.config import Settings
from cablegram.records import Event
from cablegram.store import corrections, open_store
from live_api import live_api
from test_api_sample import build_sample


@pytest.fixture()
def sample_db(tmp_path) -> Path:
    path = tmp_path / "s.db"
    with open_store(str(path)) as store:
        docs = build_sample(store)
        threat = docs["threat"]
        analysis = store.get_analysis(threat.id)
        unsure = [Event(threat.id, 2, analysis.events[0].sentence, "CONSULT", confidence=0.2),
                  Event(threat.id, 1, analysis.events[1].sentence, "ACCUSE", source_actor="RUR", confidence=0.3)]
        store.save_analysis(replace(analysis, events=[*analysis.events, *unsure]))
    return path


def _text(page: str) -> str:
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page)))


def test_actor_page_names_counterparts_counts_in_the_plural_and_links_its_events(sample_db):
    with live_api(Settings(db=str(sample_db))) as base:
        page = httpx.get(f"{base}/actors/person:ida-marten").text
        assert "from SYL" not in page and "to SYL" not in page
        assert re.search(r"\((to|from) Sylvania\)", page)
        assert "Sylvania: 2 events" in page or "Sylvania: 1 event<" in page
        assert " 1 events" not in page
        link = re.search(r'<a href="([^"]+)" id="actor-events-link">list these events</a>', page)
        assert link
        listed = httpx.get(base + html.unescape(link.group(1))).text
        assert "Ida Marten met the Sylvanian envoy" in listed or "Marten" in _text(listed)
        assert "Blockade" not in listed  # only this actor's events


def test_timeline_note_counts_the_hidden_events(sample_db):
    with live_api(Settings(db=str(sample_db))) as base:
        note = _text(re.search(r'<p class="hint" id="confidence-note">.*?</p>', httpx.get(base + "/").text, re.S).group(0))
        api = httpx.get(f"{base}/api/events", params={"limit": 100}).json()["items"]
        every = httpx.get(f"{base}/api/events", params={"limit": 100, "all": "true"}).json()["items"]
    assert len(every) - len(api) == 2
    assert "2 more events are hidden" in note and "show all" in note


def test_event_page_after_a_date_correction_gives_the_correction_as_the_date_source(sample_db):
    with open_store(str(sample_db)) as store:
        event = next(e for e in store.query_events(type="THREATEN"))
        corrections.add_correction(store, "events", event["id"], "correct", "date", "2024-03-03", reason="the day before")
        assert store.query_events(type="THREATEN")[0]["date_source"] == "correction"
    with live_api(Settings(db=str(sample_db))) as base:
        page = _text(httpx.get(f"{base}/events/{event['id']}").text)
        listed = httpx.get(f"{base}/api/events", params={"type": "THREATEN"}).json()["items"][0]
    assert re.search(r"Date 2024-03-03 correction", page), page[:2000]
    assert (listed["date"], listed["date_source"], listed["correction"]) == ("2024-03-03", "correction", "corrected")
