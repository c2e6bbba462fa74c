"""Superseded document versions are left out of the default listings, counts and exports (newuser16).

A page changed at the same URL, or a local file changed at the same path, is stored as a new document linked by
``previous_version`` to the earlier one. The earlier version's events, claims and pledges were still listed beside
the new ones, so a readout saved over with a corrected amount (or a live page edited twice) counted its pledge twice.
Now every listing shows the latest version's rows only; ``--all-versions`` (CLI), ``versions=all`` (REST) and
``all_versions=True`` (Python) show the superseded ones too, and ``show DOC`` of an old version still shows its rows.
Real stores (SQLite; PostgreSQL where a server can be had), a real HTTP server on 127.0.0.1, the real pipeline and
texts written for this test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from http_fixtures import http_server  # noqa: F401
from typer.testing import CliRunner

import cablegram
from cablegram.api import create_app
from cablegram.cli import app
from cablegram.config import Settings
from cablegram.export import export_table
from cablegram.nlp.pipeline import Pipeline
from cablegram.processing import process_store
from cablegram.records import Document
from cablegram.store import readmodel
from cablegram.store.overview import OverviewFilter, overview

READOUT = ("Ministry readout\n\nThe foreign minister of Norway met the foreign minister of Kenya in Nairobi on "
           "3 March 2026. Norway pledged 20 million dollars in food aid to Kenya, the ministry said.\n")
CORRECTED = READOUT.replace("20 million", "25 million")
PAGE = "<html><head><title>Talks in Lima</title></head><body><article><p>{}</p></article></body></html>"
TALKS = ("The president of Chile met the president of Peru in Lima on 9 April 2026. Chile pledged 12 million "
         "dollars in flood relief to Peru, the presidency said.")
TALKS_EDITED = TALKS.replace("12 million", "14 million")
UNCHANGED = ("Desk note\n\nThe prime minister of Japan met the prime minister of India in Tokyo on 2 May 2026, "
             "the cabinet office said.\n")


@pytest.fixture(scope="module")
def pipeline(nlp):
    return Pipeline(nlp=nlp)


def _doc_ids(rows) -> set[str]:
    return {r["doc_id"] for r in rows}


def _loopback() -> Settings:
    return Settings(fetch_timeout=2.0, fetch_retries=0, fetch_allow_networks=["127.0.0.1/32"])


def test_a_changed_page_lists_only_its_latest_version(tmp_path, http_server, pipeline):  # noqa: F811
    url = http_server.route("/talks", PAGE.format(TALKS))
    store = cablegram.open_store(str(tmp_path / "u.db"))
    first = cablegram.ingest_sources(store, [url], _loopback())
    process_store(store, pipeline)
    old = first.doc_ids[0]
    before = store.list_events(all=True)
    assert before and _doc_ids(before) == {old}
    http_server.route("/talks", PAGE.format(TALKS_EDITED))
    second = cablegram.ingest_sources(store, [url], _loopback())
    assert second.new_versions == 1
    new = second.doc_ids[0]
    process_store(store, pipeline)
    assert _doc_ids(store.list_events(all=True)) == {new}
    assert _doc_ids(store.list_events(all=True, all_versions=True)) == {old, new}
    pledges = readmodel.list_commitments(store)
    assert [(c["doc_id"], c["amount"]) for c in pledges] == [(new, 14_000_000)]
    assert {c["amount"] for c in readmodel.list_commitments(store, all_versions=True)} == {12_000_000, 14_000_000}
    assert _doc_ids(readmodel.list_claims(store, include_rejected=True)) == {new}
    assert _doc_ids(readmodel.list_claims(store, include_rejected=True, all_versions=True)) == {old, new}
    assert [d["id"] for d in readmodel.list_documents(store)] == [new]
    assert {d["id"] for d in readmodel.list_documents(store, all_versions=True)} == {old, new}
    # One document asked for by id: its own rows, superseded or not (``show DOC``).
    assert _doc_ids(store.list_events(all=True, doc_id=old)) == {old}
    latest, every = overview(store, OverviewFilter()), overview(store, OverviewFilter(all_versions=True))
    assert latest["total"] == len(store.list_events(all=True)) < every["total"]

    client = TestClient(create_app(Settings(db=str(tmp_path / "u.db")), store))
    for path in ("events?all=true", "claims?all=true", "commitments"):
        assert _doc_ids(client.get(f"/api/{path}").json()["items"]) == {new}, path
        every_row = client.get(f"/api/{path}{'&' if '?' in path else '?'}versions=all").json()["items"]
        assert _doc_ids(every_row) == {old, new}, path
    assert [d["id"] for d in client.get("/api/documents").json()["items"]] == [new]
    assert len(client.get("/api/documents?versions=all").json()["items"]) == 2
    assert client.get("/api/events?versions=every").status_code in (400, 422)
    totals = [client.get(f"/api/overview?all=true{q}").json()["total"] for q in ("", "&versions=all")]
    assert totals == [latest["total"], every["total"]]
    stats = client.get("/api/stats").json()
    assert stats["documents"] == 2 and stats["superseded"] == 1
    store.close()


def _cli(db: Path, *args: str):
    result = CliRunner().invoke(app, ["--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_a_file_saved_over_counts_once_in_cli_and_exports(tmp_path, pipeline):
    folder = tmp_path / "in"
    folder.mkdir()
    readout, note = folder / "readout.md", folder / "note.txt"
    readout.write_text(READOUT, encoding="utf-8")
    note.write_text(UNCHANGED, encoding="utf-8")
    db = tmp_path / "f.db"
    store = cablegram.open_store(str(db))
    first = cablegram.ingest_sources(store, [str(folder)])
    process_store(store, pipeline)
    readout.write_text(CORRECTED, encoding="utf-8")
    second = cablegram.ingest_sources(store, [str(readout)])
    assert second.new_versions == 1
    process_store(store, pipeline)
    new = second.doc_ids[0]
    old = store.get_document(new).previous_version
    kept = next(d for d in first.doc_ids if d != old)  # the note never changed
    store.close()

    events = json.loads(_cli(db, "events", "--all", "--json"))
    assert _doc_ids(events) == {new, kept}
    every = json.loads(_cli(db, "events", "--all", "--all-versions", "--json"))
    assert _doc_ids(every) == {old, new, kept}
    assert {r["id"] for r in events} == {r["id"] for r in every if r["doc_id"] != old}  # the unchanged note as it was
    assert {r["id"] for r in json.loads(_cli(db, "documents", "--json"))} == {new, kept}
    assert len(json.loads(_cli(db, "documents", "--all-versions", "--json"))) == 3
    assert _doc_ids(json.loads(_cli(db, "claims", "--json"))) <= {new, kept}
    assert old in _doc_ids(json.loads(_cli(db, "claims", "--all-versions", "--json")))
    amounts = [r["amount"] for r in json.loads(_cli(db, "commitments", "list", "--json"))]
    assert amounts == [25_000_000]
    assert sorted(r["amount"] for r in json.loads(_cli(db, "commitments", "list", "--all-versions", "--json"))) == [
        20_000_000, 25_000_000]
    shown = _cli(db, "show", old)
    assert f"superseded by {new}" in shown and "20 million" in shown

    out = tmp_path / "events.jsonl"
    _cli(db, "export", "--all", "-f", "jsonl", "--out", str(out))
    assert _doc_ids(json.loads(line) for line in out.read_text().splitlines()) == {new, kept}
    _cli(db, "export", "--all", "--all-versions", "-f", "jsonl", "--out", str(out))
    assert _doc_ids(json.loads(line) for line in out.read_text().splitlines()) == {old, new, kept}
    with cablegram.open_store(str(db)) as store:
        exported = tmp_path / "documents.csv"
        assert export_table(store, "csv", "documents", str(exported)) == 2
        assert export_table(store, "csv", "documents", str(exported), all_versions=True) == 3
        assert export_table(store, "plover", "events", str(tmp_path / "p.json")) == len(
            store.list_events(all=True))


def test_both_backends_leave_superseded_rows_out(any_backend_store, pipeline):
    store = any_backend_store
    one = Document(text=READOUT, source="desk/readout.md", meta={"format": "markdown"})
    assert store.add_document(one) == "inserted"
    process_store(store, pipeline)
    assert {c["amount"] for c in readmodel.list_commitments(store)} == {20_000_000}
    two = Document(text=CORRECTED, source="desk/readout.md", meta={"format": "markdown"})
    assert store.add_document(two) == "new_version"
    process_store(store, pipeline)
    assert {c["amount"] for c in readmodel.list_commitments(store)} == {25_000_000}
    assert _doc_ids(store.query_events()) == {two.id}
    assert _doc_ids(store.query_events(all_versions=True)) == {one.id, two.id}
    assert _doc_ids(store.query_claims()) == {two.id}
    assert store.counts()["superseded"] == 1
    assert overview(store, OverviewFilter())["total"] < overview(store, OverviewFilter(all_versions=True))["total"]
