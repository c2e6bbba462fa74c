"""`/events` on the dashboard leads to the event list with its filters (newuser35).

The dashboard's lists live at `/claims`, `/commitments`, `/actors`, `/clusters`, and each event at `/events/ID`, but
the event list itself is the front page `/`: a user who typed `/events?type=CONSULT` (as the other lists and the
API's `/api/events` suggest) got a JSON 404 in the browser. `/events` now redirects to `/` and keeps the query;
`/events/ID` and `/api/events` are unchanged. The real app under uvicorn on 127.0.0.1, on a real SQLite store."""

from __future__ import annotations

import httpx
from live_api import live_api
from test_api_sample import build_sample

from cablegram.config import Settings
from cablegram.store import open_store


def test_events_path_redirects_to_the_list_with_its_filters(tmp_path):
    db = str(tmp_path / "events_path.db")
    with open_store(db) as store:
        build_sample(store)
        some_event = store.list_events(limit=1)[0]["id"]
    with live_api(Settings(db=db)) as base, httpx.Client(base_url=base, timeout=60) as client:
        bare = client.get("/events", headers={"Accept": "text/html"})
        assert bare.status_code == 307 and bare.headers["location"] == "/"
        filtered = client.get("/events?type=CONSULT&modality=occurred", headers={"Accept": "text/html"})
        assert filtered.headers["location"] == "/?type=CONSULT&modality=occurred"
        page = client.get("/events?type=CONSULT", headers={"Accept": "text/html"}, follow_redirects=True)
        assert page.status_code == 200 and "text/html" in page.headers["content-type"]
        assert str(page.url).endswith("/?type=CONSULT")
        # the look-alikes stay as they were: one event's page, the API's list, a path that does not exist
        assert client.get(f"/events/{some_event}", headers={"Accept": "text/html"}).status_code == 200
        api = client.get("/api/events")
        assert api.status_code == 200 and api.json()["items"]
        assert client.get("/eventsx", headers={"Accept": "text/html"}).status_code == 404
