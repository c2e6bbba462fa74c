"""The overview's filters travel to the events it counts: "list these events", the timeline, its
downloads and /api/events all take the PLOVER quad class ("Kind") and the source/target dyad, and
list exactly the events the overview counted."""

from __future__ import annotations

import csv
import html
import io
import re

import pytest
from fastapi.testclient import TestClient

from cablegram.api import create_app
from cablegram.config import Settings
from cablegram.store.quads import QUADS
from test_api_sample import build_sample


@pytest.fixture()
def client(store, tmp_path):
    build_sample(store)
    return TestClient(create_app(Settings(db=str(tmp_path / "unused.db")), store))


def _listed_types(page_html: str) -> list[str]:
    return re.findall(r'<li class="event [^"]*" data-modality="[^"]*" data-type="([A-Z]+)"', page_html)


def _events_link(overview_html: str) -> str:
    match = re.search(r'<a href="(/[^"]*)" id="o-events-link"', overview_html)
    assert match, "the overview has no 'list these events' link"
    return html.unescape(match.group(1))


def test_list_these_events_lists_what_the_overview_counted(client):
    query = "quad=conflict&actor=SYL&date_from=2024-01-01&date_to=2024-12-31&all=1"
    counted = client.get(f"/api/overview?{query}").json()
    page = client.get(f"/overview?{query}")
    link = _events_link(page.text)
    assert "quad=conflict" in link and "actor=SYL" in link and "date_from=2024-01-01" in link
    listed = _listed_types(client.get(link).text)
    assert sorted(listed) == sorted(g["key"] for g in counted["by_type"] for _ in range(g["n"]))
    assert listed == ["ASSAULT"]  # the AID and CONSULT events with Sylvania are cooperation
    # The timeline's own download links carry the filter, and the file holds the rows shown.
    timeline = client.get(link).text
    csv_link = html.unescape(re.search(r'id="download-csv" href="([^"]+)"', timeline).group(1))
    assert "quad=conflict" in csv_link
    rows = list(csv.DictReader(io.StringIO(client.get(csv_link).text)))
    assert [r["type"] for r in rows] == listed


def test_quad_selects_its_types_on_every_listing(client):
    every = client.get("/api/events?all=true&limit=100").json()["items"]
    assert len(every) == 6
    seen: dict[str, set[str]] = {}
    for quad, types in QUADS.items():
        items = client.get(f"/api/events?all=true&limit=100&quad={quad}").json()["items"]
        assert items and {e["type"] for e in items} <= set(types)
        assert len(items) == sum(e["type"] in types for e in every)
        rows = list(csv.DictReader(io.StringIO(client.get(f"/download/events.csv?all=1&quad={quad}").text)))
        assert sorted(r["id"] for r in rows) == sorted(e["id"] for e in items)
        page_types = _listed_types(client.get(f"/?all=1&quad={quad}").text)
        assert sorted(page_types) == sorted(e["type"] for e in items)
        seen[quad] = {e["id"] for e in items}
    assert seen["conflict"].isdisjoint(seen["cooperation"])
    assert len(seen["conflict"] | seen["cooperation"]) == 6
    # The timeline form offers the Kind filter, with the chosen one selected.
    assert '<option value="conflict" selected>' in client.get("/?quad=conflict").text


def test_type_wins_over_quad_as_on_the_overview(client):
    items = client.get("/api/events?all=true&quad=conflict&type=AID").json()["items"]
    assert [e["type"] for e in items] == ["AID"]
    assert client.get("/api/overview?all=1&quad=conflict&type=AID").json()["total"] == 1


def test_source_and_target_make_a_dyad(client):
    items = client.get("/api/events?all=true&source=RUR&target=SYL").json()["items"]
    assert [(e["type"], e["source_actor"], e["target_actor"]) for e in items] == [("ASSAULT", "RUR", "SYL")]
    page_types = _listed_types(client.get("/?all=1&source=RUR&target=SYL").text)
    assert page_types == ["ASSAULT"]
    link = _events_link(client.get("/overview?all=1&source=RUR").text)
    assert "source=RUR" in link
    assert sorted(_listed_types(client.get(link).text)) == ["ASSAULT", "THREATEN"]


def test_unknown_quad_is_an_invalid_value_naming_the_allowed_ones(client):
    response = client.get("/api/events?quad=friendly")
    assert response.status_code in (400, 422)
    body = response.json()
    text = str(body)
    assert "invalid_value" in text and "verbal-cooperation" in text and "friendly" in text
    # The page refuses it too, in its own layout, and lists no rows (never every row).
    page = client.get("/?all=1&quad=friendly")
    assert page.status_code == 400 and "verbal-cooperation" in page.text and _listed_types(page.text) == []
