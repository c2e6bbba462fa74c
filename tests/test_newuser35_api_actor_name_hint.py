"""GET /api/events and the dashboard list, given an actor's name in place of its id, say which id to pass (newuser35).

`cablegram events --actor Hungary` prints "--actor takes an actor id: 'Hungary' is HUN"; the API answered the same
question, `GET /api/events?actor=Hungary`, with an empty page and nothing else, which reads as "no events". An empty
first page whose actor, source or target is a stored actor's name, alias or an id in another case now carries a
`hint` naming the id, and the dashboard's empty list shows the same line. Pages with items, ids that match, and names
no stored actor has are unchanged. The real app under uvicorn on 127.0.0.1, on a real SQLite store."""

from __future__ import annotations

import httpx
from live_api import live_api
from test_api_sample import build_sample

from cablegram.config import Settings
from cablegram.store import open_store


def test_a_name_for_an_id_gets_a_hint_and_ids_do_not(tmp_path):
    db = str(tmp_path / "names.db")
    with open_store(db) as store:
        build_sample(store)
        some = store.list_events(limit=50)
    source_id = next(e["source_actor"] for e in some if e["source_actor"] == "FRD")
    with live_api(Settings(db=db)) as base, httpx.Client(base_url=base, timeout=60) as client:
        by_name = client.get("/api/events", params={"actor": "Freedonia"}).json()
        assert by_name["items"] == []
        assert by_name["hint"] == "actor takes an actor id: 'Freedonia' is FRD (actor=FRD)"
        by_alias = client.get("/api/events", params={"source": "Ruritanian Kingdom", "target": "sylvania"}).json()
        assert by_alias["items"] == [] and "source takes an actor id: 'Ruritanian Kingdom' is RUR" in by_alias["hint"]
        assert "target takes an actor id: 'sylvania' is SYL (target=SYL)" in by_alias["hint"]
        lower_id = client.get("/api/events", params={"actor": "frd"}).json()
        assert lower_id["hint"] == "actor takes an actor id: 'frd' is FRD (actor=FRD)"

        by_id = client.get("/api/events", params={"actor": source_id}).json()
        assert by_id["items"] and "hint" not in by_id
        nobody = client.get("/api/events", params={"actor": "Atlantis"}).json()
        assert nobody["items"] == [] and "hint" not in nobody
        id_no_rows = client.get("/api/events", params={"actor": "FRD", "type": "SANCTION",
                                                        "date_from": "1990-01-01", "date_to": "1990-01-02"}).json()
        assert id_no_rows["items"] == [] and "hint" not in id_no_rows


def test_the_dashboard_list_says_the_same(tmp_path):
    db = str(tmp_path / "names_page.db")
    with open_store(db) as store:
        build_sample(store)
    with live_api(Settings(db=db)) as base, httpx.Client(base_url=base, timeout=60) as client:
        page = client.get("/", params={"actor": "Freedonia"}, headers={"Accept": "text/html"}).text
        assert 'id="no-events"' in page and 'id="actor-id-hint"' in page
        assert "actor takes an actor id: &#39;Freedonia&#39; is FRD (actor=FRD)" in page
        for value in ("FRD", "Atlantis"):  # an id (events listed) and a name nobody has: no hint
            other = client.get("/", params={"actor": value}, headers={"Accept": "text/html"}).text
            assert 'id="actor-id-hint"' not in other
