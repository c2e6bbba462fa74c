"""Unique happenings (newuser10 item 2): the merge key holds modality (a denied or planned act is not the act
that happened), one act reported in several paragraphs of one live-blog document collapses without a
`clusters` run, and `cablegram events --unique` lists one row per happening with its number of reports.
Real store, real CLI through Typer's runner; the sentences are our own words about fictional states."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from cablegram.cli import app
from cablegram.export import export_table
from cablegram.provenance.event_dedup import canonical_links, unique_event_counts
from cablegram.records import Actor, Analysis, Document, Event
from cablegram.store import open_store

BLOG = ("10:02 Varland's envoy accused Ostmark of spying on its harbour.\n\n"
        "10:40 The envoy repeated that Ostmark had spied on the harbour for months.\n\n"
        "11:15 Later the envoy denied that he was accusing the Ostmark government itself.\n\n"
        "12:30 Varland will file a complaint against Ostmark at the council next week.\n\n"
        "13:05 An Ostmark minister called the accusation absurd.")


def _event(doc: Document, idx: int, etype: str, src: str, tgt: str, modality: str = "occurred") -> Event:
    sentence = BLOG.split("\n\n")[idx]
    return Event(doc.id, idx, sentence, etype, source_actor=src, target_actor=tgt, date="2024-05-06",
                 modality=modality, confidence=0.8)


@pytest.fixture()
def blog(tmp_path):
    db = tmp_path / "blog.db"
    doc = Document(text=BLOG, title="Live: the harbour row", publisher="Live Desk", published_at="2024-05-06")
    with open_store(str(db)) as store:
        store.upsert_actors([Actor("VAR", "Varland", "state"), Actor("OST", "Ostmark", "state")])
        store.add_document(doc)
        events = [_event(doc, 0, "ACCUSE", "VAR", "OST"), _event(doc, 1, "ACCUSE", "VAR", "OST"),
                  _event(doc, 2, "ACCUSE", "VAR", "OST", "negated"), _event(doc, 3, "ACCUSE", "VAR", "OST", "planned"),
                  _event(doc, 4, "REJECT", "OST", "VAR")]
        store.save_analysis(Analysis(doc_id=doc.id, sentences=[[0, 1]] * 5, events=events))
    return db, events


def cli(db, *args: str) -> str:
    result = CliRunner().invoke(app, ["--db", str(db), *args], env={"COLUMNS": "220"})
    assert result.exit_code == 0, result.output
    return result.output


def test_modality_is_part_of_the_happening(blog):
    _, events = blog
    rows = unique_event_counts(events, [])
    assert [(r["type"], r["modality"], r["events"]) for r in rows] == [
        ("ACCUSE", "occurred", 2), ("ACCUSE", "negated", 1), ("ACCUSE", "planned", 1), ("REJECT", "occurred", 1)]
    assert canonical_links(events, []) == {events[0].id: events[0].id, events[1].id: events[0].id}


def test_events_unique_lists_one_row_per_happening_without_a_clusters_run(blog):
    db, events = blog
    assert len(json.loads(cli(db, "events", "-f", "json"))) == 5
    rows = json.loads(cli(db, "events", "--unique", "-f", "json"))
    assert [(r["canonical_id"], r["modality"], r["events"], r["documents"]) for r in rows] == [
        (events[0].id, "occurred", 2, 1), (events[2].id, "negated", 1, 1), (events[3].id, "planned", 1, 1),
        (events[4].id, "occurred", 1, 1)]
    assert rows[0]["sentence"] == events[0].sentence
    table = cli(db, "events", "--unique", "--limit", "2")
    assert "4 happenings from 5 event records; showing the 2 most reported" in " ".join(table.split())
    assert events[0].id in table and events[4].id not in table


def test_events_unique_keeps_the_listing_filters_and_corrections(blog):
    db, events = blog
    cli(db, "corrections", "add", events[1].id, "correct", "--field", "modality", "--value", "negated",
        "--reason", "the envoy only repeats a claim")
    rows = json.loads(cli(db, "events", "--unique", "--type", "ACCUSE", "-f", "json"))
    assert [(r["modality"], r["events"]) for r in rows] == [("negated", 2), ("occurred", 1), ("planned", 1)]


def test_unique_export_has_the_modality_column(blog, tmp_path):
    db, events = blog
    out = tmp_path / "unique.jsonl"
    with open_store(str(db)) as store:
        assert export_table(store, "jsonl", "events", out, unique=True) == 4
    first = json.loads(out.read_text().splitlines()[0])
    assert (first["canonical_id"], first["modality"], first["events"]) == (events[0].id, "occurred", 2)


def test_api_events_unique_serves_the_same_happenings(blog):
    import httpx

    from cablegram.config import Settings
    from live_api import live_api

    db, events = blog
    with live_api(Settings(db=str(db))) as base:
        body = httpx.get(f"{base}/api/events", params={"unique": "true", "limit": 2}).json()
        rest = httpx.get(f"{base}/api/events", params={"unique": "true", "limit": 2, "offset": 2}).json()
    assert [(i["canonical_id"], i["modality"], i["events"]) for i in body["items"]] == [
        (events[0].id, "occurred", 2), (events[2].id, "negated", 1)]
    assert body["next_offset"] == 2 and rest["next_offset"] is None
    assert [i["canonical_id"] for i in rest["items"]] == [events[3].id, events[4].id]


def test_a_rejected_report_is_not_counted_also_with_all(blog):
    db, events = blog
    cli(db, "corrections", "add", events[1].id, "reject", "--reason", "the envoy repeats the earlier accusation")
    for args in ((), ("--all",)):
        rows = json.loads(cli(db, "events", "--unique", "-f", "json", *args))
        assert [(r["canonical_id"], r["events"]) for r in rows][0] == (events[0].id, 1)
        assert sum(r["events"] for r in rows) == 4
