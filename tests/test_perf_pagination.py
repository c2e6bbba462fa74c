"""Event timeline paging at scale: keyset cursors, actor/country branches, and the indexes behind them.

Cursor pages must give exactly the rows (and order) that offset pages give, on SQLite and PostgreSQL,
including ties within a sentence and rows without a date or sentence index.
"""

from __future__ import annotations

import random
import sqlite3

import pytest
from fastapi.testclient import TestClient

from cablegram.api import create_app
from cablegram.config import Settings
from cablegram.errors import InputError
from cablegram.records import Actor, Analysis, Document, Event
from cablegram.store import open_store
from cablegram.store.schema import SUPERSEDED_INDEXES

STATES = ("RUR", "ELB", "QUR", "FRE")
TYPES = ("AID", "CONSULT", "THREATEN")


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def filled(request, tmp_path):
    """A store with 30 documents (3 undated) and ~120 events with many sort-key ties."""
    url = str(tmp_path / "perf.db") if request.param == "sqlite" else request.getfixturevalue("pg_database")
    rng = random.Random(3)
    s = open_store(url)
    s.upsert_actors([Actor(id=c, name=f"State {c}", type="state", country=c) for c in STATES]
                    + [Actor(id=f"person:envoy-{c.lower()}", name=f"Envoy of {c}", type="person", country=c) for c in STATES])
    actors = [*STATES, *(f"person:envoy-{c.lower()}" for c in STATES), None]
    for i in range(30):
        day = None if i % 10 == 9 else f"2024-03-{1 + i % 5:02d}"  # few distinct days: many ties on sort_date
        doc = Document(text=f"Synthetic report number {i} about border talks.", title=f"Report {i}",
                       publisher=f"Outlet {i % 3}", published_at=day)
        s.add_document(doc)
        events = []
        for j in range(rng.randint(2, 6)):
            src, tgt = rng.choice(actors), rng.choice(actors)
            events.append(Event(doc.id, None if j == 5 else j % 3, f"Sentence {j}.", rng.choice(TYPES),
                                source_actor=src, target_actor=tgt, trigger=f"t{j}",
                                date=None if rng.random() < 0.5 else f"2024-03-{1 + rng.randrange(5):02d}"))
        s.save_analysis(Analysis(doc_id=doc.id, events=events, pipeline_version="perf"))
    yield s
    s.close()


def _walk(store, size: int, **filters) -> list[str]:
    ids, cursor = [], None
    while True:
        rows, cursor = store.events_page(limit=size, cursor=cursor, **filters)
        ids += [r["id"] for r in rows]
        if cursor is None:
            return ids


@pytest.mark.parametrize("filters", [{}, {"type": "AID"}, {"actor": "RUR"}, {"date_from": "2024-03-02"},
                                     {"actors_any": ["ELB", "person:envoy-elb"]}, {"publisher": "outlet 1"}])
def test_cursor_pages_equal_offset_pages(filled, filters):
    full = [r["id"] for r in filled.query_events(limit=1000, **filters)]
    assert full, filters
    by_offset = [r["id"] for off in range(0, len(full), 7) for r in filled.query_events(limit=7, offset=off, **filters)]
    assert by_offset == full
    for size in (1, 4, 50):
        assert _walk(filled, size, **filters) == full


def test_actor_filters_match_a_plain_scan(filled):
    every = filled.query_events(limit=1000)
    assert any(r["sort_date"] is None for r in every) and any(r["sentence_index"] is None for r in every)
    ours = {"ELB", "person:envoy-elb"}
    # Ordered as the unfiltered list and without duplicates (events between two actors of the country).
    assert [r["id"] for r in filled.query_events(limit=1000, actors_any=sorted(ours))] == \
        [r["id"] for r in every if r["source_actor"] in ours or r["target_actor"] in ours]
    assert [r["id"] for r in filled.query_events(limit=1000, actor="RUR", type="AID")] == \
        [r["id"] for r in every if "RUR" in (r["source_actor"], r["target_actor"]) and r["type"] == "AID"]
    assert filled.query_events(actors_any=[]) == []


def test_bad_cursor_is_input_error(filled):
    for bad in ("not-a-cursor", "WzEsMl0"):  # the second is valid base64 JSON of the wrong shape
        with pytest.raises(InputError) as err:
            filled.events_page(cursor=bad)
        assert err.value.hint


def test_api_cursor_and_country(tmp_path):
    db = str(tmp_path / "api.db")
    with open_store(db) as s:
        s.upsert_actors([Actor(id="ELB", name="Elbonia", type="state", country="ELB"),
                         Actor(id="person:envoy", name="An Envoy", type="person", country="ELB")])
        for i in range(12):
            doc = Document(text=f"Report {i} on the harbour talks.", published_at=f"2024-05-{1 + i:02d}")
            s.add_document(doc)
            s.save_analysis(Analysis(doc_id=doc.id, pipeline_version="perf", events=[
                Event(doc.id, 0, "One.", "CONSULT", source_actor="person:envoy" if i % 2 else "QUR", target_actor="RUR"),
                Event(doc.id, 1, "Two.", "AID", source_actor="RUR", target_actor="ELB" if i % 3 else "QUR")]))
        client = TestClient(create_app(Settings(db=db), s))
        full = client.get("/api/events", params={"limit": 1000}).json()["items"]
        seen, params = [], {"limit": 5}
        while True:
            body = client.get("/api/events", params=params).json()
            seen += [e["id"] for e in body["items"]]
            if not body["next_cursor"]:
                break
            params = {"limit": 5, "cursor": body["next_cursor"]}
        assert seen == [e["id"] for e in full]
        country = client.get("/api/events", params={"country": "elb", "limit": 1000}).json()["items"]
        assert [e["id"] for e in country] == [e["id"] for e in full
                                               if {e["source_actor"], e["target_actor"]} & {"ELB", "person:envoy"}]
        bad = client.get("/api/events", params={"cursor": "garbage!"})
        assert bad.status_code == 400 and bad.json()["error"]["hint"]
        # The dashboard accepts the cursor too, and drops one it cannot read rather than failing.
        second = client.get("/api/events", params={"limit": 20}).json()["next_cursor"]
        page = client.get("/", params={"cursor": second, "offset": 20})
        assert page.status_code == 200 and full[20]["sentence"] in page.text and "← newer" in page.text
        assert client.get("/", params={"cursor": "garbage!"}).status_code == 200


def test_timeline_pages_read_one_index(tmp_path):
    """The page's row ids come straight off an index: no sort of the matching events."""
    from cablegram.store.events_query import EventsQuery

    with open_store(str(tmp_path / "plan.db")) as s:
        q = EventsQuery("?", "r.rowid")
        for filters, index in (({}, "idx_events_sort_date_doc_id_sentence_index"),
                               ({"type": "AID"}, "idx_events_type_sort_date_doc_id_sentence_index"),
                               ({"actor": "RUR"}, "idx_events_source_actor_sort_date_doc_id_sentence_index")):
            cond = [("r.type = ?", ["AID"])] if "type" in filters else []
            branches = q.branches(filters.get("actor"), None, cond)
            sql, params = q.keys_sql(cond, branches, join_documents=False)
            plan = " | ".join(r[3] for r in s.conn.execute("EXPLAIN QUERY PLAN " + sql, [*params, 50, 0]))
            assert index in plan and "TEMP B-TREE" not in plan, plan


def test_old_indexes_are_replaced_on_open(tmp_path):
    db = tmp_path / "old.db"
    open_store(str(db)).close()
    conn = sqlite3.connect(db)
    conn.execute('DROP INDEX "idx_events_type_sort_date_doc_id_sentence_index"')
    conn.execute('CREATE INDEX "idx_events_type_sort_date" ON events (type, sort_date)')
    conn.commit()
    conn.close()
    with open_store(str(db)) as s:
        names = {r[0] for r in s.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert "idx_events_type_sort_date_doc_id_sentence_index" in names
    assert not names & set(SUPERSEDED_INDEXES)
