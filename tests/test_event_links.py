"""Canonical event links in the real store (events.canonical_id), `cablegram clusters` and `export --unique`."""

from __future__ import annotations

import csv
import json

import pytest
from typer.testing import CliRunner

from cablegram.cli import app
from cablegram.export import export_table
from cablegram.errors import InputError
from cablegram.provenance.event_dedup import link_store_events
from cablegram.records import Analysis, Cluster, Document, Event
from cablegram.store import open_store

# Own sentences about fictional places: a wire report and a rewrite of it a day later.
REPORT = ("Border guards of Varland detained two fishing crews from Ostmark near the island of Pell on Tuesday. "
          "The crews were taken to the harbour of Dunmore for questioning about their permits. "
          "Ostmark summoned the Varland ambassador and asked for the release of the sailors within a day. "
          "Fishing in the disputed waters has been suspended until the two coast guards agree on new rules.")
REWRITE = ("Ostmark summoned the Varland ambassador and asked for the release of the sailors within a day. "
           "Border guards of Varland detained two fishing crews from Ostmark near the island of Pell on Tuesday, "
           "the ministry said. The crews were taken to the harbour of Dunmore for questioning about their permits. "
           "Fishing in the disputed waters has been suspended until the two coast guards agree on new rules.")


def _docs() -> tuple[Document, Document]:
    first = Document(text=REPORT, published_at="2024-06-04", publisher="Harbour Wire", title="Crews detained")
    later = Document(text=REWRITE, published_at="2024-06-05", publisher="Coast Daily", title="Sailors held")
    return first, later


def _event(doc: Document, idx: int, day: str, etype: str = "SEIZE") -> Event:
    return Event(doc.id, idx, "(see the document)", etype, source_actor="VAR", target_actor="OST", trigger="detained",
                 date=day, confidence=0.8)


def _fill(store) -> dict[str, Event]:
    """Two documents of one story: the same seizure in both (same type, dyad, day), and in the later one
    a second seizure three days after."""
    first, later = _docs()
    for d in (first, later):
        store.add_document(d)
    ev = {"first": _event(first, 0, "2024-06-04"), "later": _event(later, 1, "2024-06-04"),
          "other_day": _event(later, 3, "2024-06-07")}
    store.save_analysis(Analysis(doc_id=first.id, sentences=[[0, 10]], events=[ev["first"]]))
    store.save_analysis(Analysis(doc_id=later.id, sentences=[[0, 10]], events=[ev["later"], ev["other_day"]]))
    store.save_clusters([Cluster("clu_crews", [later.id, first.id], first.id, None, [])])
    return ev


def _canonical(store) -> dict[str, str | None]:
    return {r["id"]: r["canonical_id"] for r in store.query_events(limit=100)}


def test_same_happening_linked_in_the_store(any_backend_store, tmp_path):
    store = any_backend_store
    ev = _fill(store)
    links = link_store_events(store)
    assert links == {ev["first"].id: ev["first"].id, ev["later"].id: ev["first"].id}
    stored = _canonical(store)
    assert stored == {ev["first"].id: ev["first"].id, ev["later"].id: ev["first"].id, ev["other_day"].id: None}
    # idempotent: the same links again, and a second full recompute, leave the same rows
    assert store.set_canonical_ids(links.items()) == 2
    link_store_events(store)
    assert _canonical(store) == stored

    out = tmp_path / "unique.jsonl"
    assert export_table(store, "jsonl", "events", out, unique=True) == 2
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(r["canonical_id"], r["documents"], r["events"]) for r in rows] == [
        (ev["first"].id, 2, 2), (ev["other_day"].id, 1, 1)]
    assert rows[0]["doc_ids"] == [ev["first"].doc_id, ev["later"].doc_id]
    assert (rows[0]["type"], rows[0]["source_actor"], rows[0]["target_actor"], rows[0]["date"]) == (
        "SEIZE", "VAR", "OST", "2024-06-04")


def test_replace_clears_stale_links_and_unknown_ids_are_skipped(any_backend_store):
    store = any_backend_store
    ev = _fill(store)
    assert store.set_canonical_ids([(ev["other_day"].id, ev["later"].id), ("evt_missing", "evt_x")]) == 1
    assert _canonical(store)[ev["other_day"].id] == ev["later"].id
    store.save_clusters([])  # the documents no longer form one story: nothing is linked
    assert link_store_events(store) == {}
    assert set(_canonical(store).values()) == {None}


def test_unique_export_needs_events_and_a_table_format(store, tmp_path):
    _fill(store)
    with pytest.raises(InputError, match="--unique"):
        export_table(store, "plover", "events", tmp_path / "x.jsonl", unique=True)
    with pytest.raises(InputError, match="--unique"):
        export_table(store, "csv", "claims", tmp_path / "x.csv", unique=True)
    out = tmp_path / "unique.parquet"
    assert export_table(store, "parquet", "events", out, unique=True) == 2
    import pyarrow.parquet as pq

    table = pq.read_table(out)
    assert table.column("documents").to_pylist() == [2, 1]


def test_clusters_command_links_events_and_export_counts_documents(tmp_path):
    db = tmp_path / "story.db"
    with open_store(str(db)) as store:
        first, later = _docs()
        for d in (first, later):
            store.add_document(d)
        a, b, c = _event(first, 0, "2024-06-04"), _event(later, 1, "2024-06-04"), _event(later, 2, "2024-06-07")
        store.save_analysis(Analysis(doc_id=first.id, sentences=[[0, 10]], events=[a]))
        store.save_analysis(Analysis(doc_id=later.id, sentences=[[0, 10]], events=[b, c]))
    runner = CliRunner()
    result = runner.invoke(app, ["--db", str(db), "clusters"])
    assert result.exit_code == 0, result.output
    assert "2 documents" in result.output
    assert "linked 2 events" in result.output and "to 1 canonical events" in result.output
    with open_store(str(db)) as store:
        assert _canonical(store) == {a.id: a.id, b.id: a.id, c.id: None}
    out = tmp_path / "unique.csv"
    result = runner.invoke(app, ["--db", str(db), "export", "--unique", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "wrote 2 unique events rows" in result.output
    with open(out, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["canonical_id"], r["documents"]) for r in rows] == [(a.id, "2"), (c.id, "1")]


def test_reprocessing_a_document_keeps_its_events_links(any_backend_store):
    """Saving a document's analysis again (``process --force`` after a pipeline change) keeps the
    canonical id of each event that comes out the same, instead of clearing it until `clusters` runs."""
    store = any_backend_store
    ev = _fill(store)
    link_store_events(store)
    before = _canonical(store)
    first, later = _docs()
    again = _event(later, 1, "2024-06-04")  # the same event, coded afresh (no canonical id of its own)
    assert again.canonical_id is None
    store.save_analysis(Analysis(doc_id=later.id, sentences=[[0, 10]], events=[again, ev["other_day"]]))
    assert _canonical(store) == before
    # an event that changed (another type) is a new event: no link until `clusters` runs again
    changed = _event(later, 1, "2024-06-04", etype="COERCE")
    store.save_analysis(Analysis(doc_id=later.id, sentences=[[0, 10]], events=[changed]))
    after = _canonical(store)
    assert after[changed.id] is None and after[ev["first"].id] == ev["first"].id
