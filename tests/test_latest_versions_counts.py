"""Search, actor profiles, the ledger's totals and `process`'s counts count a changed file once (session 34).

A local file saved over with a changed figure is stored as a new document whose ``previous_version`` names the
old one. The listings already left the old version out; full-text search, the actor profile (its name, role and
counterpart counts, read from summary tables that count every version), ``actors list``'s mention counts, the
ledger summary and the counts ``cablegram process`` prints still counted both. Each now counts the latest version
only, and shows both with the same opt-in as the listings: ``all_versions=True`` (Python), ``--all-versions``
(CLI), ``versions=all`` (REST). A real SQLite store, the real pipeline and the CLI, on texts written for this test.
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
from collections import Counter
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

import cablegram
from cablegram.api import create_app
from cablegram.cli import app
from cablegram.config import Settings
from cablegram.ledger import ledger, summarise
from cablegram.store import readmodel
from cablegram.store.overview import OverviewFilter, overview

BULLETIN = ("---\ndate: 2026-06-12\n---\nCabinet bulletin\n\nSweden's prime minister received Ghana's president in Stockholm on 11 June 2026. "
            "Sweden will give 40 million dollars of vaccines to Ghana, the government announced.\n")
REVISED = BULLETIN.replace("40 million", "46 million")
WORD = "vaccines"  # a word of both versions, for the search


def _cli(db: Path, *args: str) -> str:
    result = CliRunner().invoke(app, ["--db", str(db), *args])
    assert result.exit_code == 0, result.output
    return result.output


def _processed_line(output: str) -> str:
    return next(line for line in output.splitlines() if line.startswith("processed "))


def _counts(line: str) -> dict[str, int]:
    """The record counts of `process`'s report line: mentions, events, claims, commitments."""
    found = re.findall(r"(\d+) (actor mentions|events?|claims|commitments)\b", line)
    return {"events" if name == "event" else name: int(n) for n, name in found}


def _overview(client, query: str) -> dict:
    """GET /api/overview, asked again while it answers 202 (being computed on a busy machine)."""
    for _ in range(60):
        response = client.get(f"/api/overview?{query}")
        if response.status_code != 202:
            assert response.status_code == 200, response.text
            return response.json()
        time.sleep(0.5)
    raise AssertionError("the overview stayed pending for 30 s")


@pytest.fixture(scope="module")
def saved_over(tmp_path_factory):
    """A store where one file was ingested, saved over with another figure, ingested again, then processed
    (both versions in one run): (db path, old id, new id, `process`'s output)."""
    folder = tmp_path_factory.mktemp("versions")
    bulletin = folder / "bulletin.md"
    bulletin.write_text(BULLETIN, encoding="utf-8")
    db = folder / "v.db"
    with cablegram.open_store(str(db)) as store:
        first = cablegram.ingest_sources(store, [str(bulletin)])
        bulletin.write_text(REVISED, encoding="utf-8")
        second = cablegram.ingest_sources(store, [str(bulletin)])
        assert second.new_versions == 1
        old, new = first.doc_ids[0], second.doc_ids[0]
        assert store.get_document(new).previous_version == old
    output = _cli(db, "process", "--workers", "1")
    return db, old, new, output


def test_search_finds_the_latest_version_unless_all_versions(saved_over):
    db, old, new, _ = saved_over
    with cablegram.open_store(str(db)) as store:
        assert [h["id"] for h in store.search_documents(WORD)] == [new]
        assert {h["id"] for h in store.search_documents(WORD, all_versions=True)} == {old, new}
        assert [h["id"] for h in store.search_documents("46 million")] == [new]
        assert store.search_documents("40 million") == []  # only the superseded version says it
        assert [h["id"] for h in store.search_documents("40 million", all_versions=True)] == [old]
        client = TestClient(create_app(Settings(db=str(db)), store))
        assert [h["id"] for h in client.get(f"/api/documents?q={WORD}").json()["items"]] == [new]
        assert {h["id"] for h in client.get(f"/api/documents?q={WORD}&versions=all").json()["items"]} == {old, new}
    assert [h["id"] for h in json.loads(_cli(db, "search", WORD, "--json"))] == [new]
    assert {h["id"] for h in json.loads(_cli(db, "search", WORD, "--all-versions", "--json"))} == {old, new}


def _actor_with_links(store) -> str:
    """A resolved actor of the bulletin that has counterparts and mentions."""
    rows = store.read_sql("SELECT source_actor AS a FROM actor_links UNION SELECT target_actor FROM actor_links")
    found = sorted(r["a"] for r in rows)
    assert found, "the pipeline found no event between two resolved actors in the bulletin"
    return found[0]


def test_actor_profile_counts_the_latest_version_unless_all_versions(saved_over):
    db, old, new, _ = saved_over
    with cablegram.open_store(str(db)) as store:
        actor = _actor_with_links(store)
        latest, every = readmodel.actor_profile(store, actor), readmodel.actor_profile(store, actor, all_versions=True)
        # Counted once: the same counts as the latest version's own rows, read from the base tables.
        spelled = Counter(m["text"] for m in store.query_mentions(actor_id=actor))
        assert {v["text"]: v["n"] for v in latest["name_variants"]} == dict(spelled)
        assert sum(n["n"] for n in latest["network"]) == sum(
            1 for e in store.query_events() if actor in (e["source_actor"], e["target_actor"])
            and e["source_actor"] and e["target_actor"] and e["source_actor"] != e["target_actor"])
        # Both versions hold the same sentences but the figure: every count doubles with all versions.
        assert {v["text"]: 2 * v["n"] for v in latest["name_variants"]} == {v["text"]: v["n"] for v in every["name_variants"]}
        assert [(n["counterpart"], n["type"], 2 * n["n"]) for n in latest["network"]] == [
            (n["counterpart"], n["type"], n["n"]) for n in every["network"]]
        assert [(r["role"], 2 * r["n"]) for r in latest["roles_seen"]] == [(r["role"], r["n"]) for r in every["roles_seen"]]
        assert {c["doc_id"] for c in latest["latest_claims"]} <= {new}
        client = TestClient(create_app(Settings(db=str(db)), store))
        assert client.get(f"/api/actors/{actor}").json()["network"] == latest["network"]
        assert client.get(f"/api/actors/{actor}?versions=all").json()["network"] == every["network"]
        assert client.get(f"/api/actors/{actor}?versions=both").status_code in (400, 422)
    listed = {r["id"]: r for r in json.loads(_cli(db, "actors", "list", "--json"))}
    every_listed = {r["id"]: r for r in json.loads(_cli(db, "actors", "list", "--all-versions", "--json"))}
    assert listed[actor]["mentions"] == sum(spelled.values()) and listed[actor]["documents"] == 1
    assert every_listed[actor]["mentions"] == 2 * sum(spelled.values()) and every_listed[actor]["documents"] == 2


def test_an_analysts_correction_of_an_old_versions_event_leaves_the_latest_profile_alone(saved_over, tmp_path):
    db, old, new, _ = saved_over
    copy = tmp_path / "c.db"  # the module's store stays as it is: correct a copy
    with sqlite3.connect(db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
    from cablegram.store.corrections import add_correction

    with cablegram.open_store(str(copy)) as store:
        actor = _actor_with_links(store)
        before = readmodel.actor_profile(store, actor)["network"]
        stale = next(e for e in store.query_events(doc_id=old) if actor in (e["source_actor"], e["target_actor"]))
        add_correction(store, "events", stale["id"], "reject", reason="test: the old version's event")
        assert readmodel.actor_profile(store, actor)["network"] == before
        every = readmodel.actor_profile(store, actor, all_versions=True)["network"]
        assert sum(n["n"] for n in every) == 2 * sum(n["n"] for n in before) - 1


def test_ledger_summary_counts_the_latest_version_unless_all_versions(saved_over):
    db, old, new, _ = saved_over
    with cablegram.open_store(str(db)) as store:
        entries = ledger(store)
        assert [(s["doc_id"], e.amount) for e in entries for s in e.sources] == [(new, 46_000_000)]
        assert {s["doc_id"] for e in ledger(store, all_versions=True) for s in e.sources} == {old, new}
        latest, every = summarise(store), summarise(store, all_versions=True)
        assert [(g["donor"], g["sources"], g["committed_usd"]) for g in latest] == [("SWE", 1, 46_000_000)]
        assert [(g["donor"], g["sources"], g["committed_usd"]) for g in every] == [("SWE", 2, 86_000_000)]
        # The overview's ledger chart follows the overview's versions switch.
        chart, every_chart = (overview(store, OverviewFilter(all_versions=a))["ledger"] for a in (False, True))
        assert (chart["months"], chart["pledged"]) == (["2026-06"], {"SWE": [46_000_000]})
        assert every_chart["pledged"] == {"SWE": [86_000_000]}
        client = TestClient(create_app(Settings(db=str(db)), store))
        assert _overview(client, "all=true")["ledger"]["pledged"] == chart["pledged"]
        assert _overview(client, "all=true&versions=all")["ledger"]["pledged"] == every_chart["pledged"]
    rows = json.loads(_cli(db, "commitments", "summary", "--json"))
    assert sum(g["sources"] for g in rows) == 1
    assert sum(g["sources"] for g in json.loads(_cli(db, "commitments", "summary", "--all-versions", "--json"))) == 2
    assert "from 1 stored commitment" in _cli(db, "commitments", "summary")
    assert "from 2 stored commitment" in _cli(db, "commitments", "summary", "--all-versions")
    linked = json.loads(_cli(db, "commitments", "list", "--linked", "--all-versions", "--json"))
    assert sum(r["n_sources"] for r in linked) == 2


def test_process_counts_the_latest_version_unless_all_versions(saved_over):
    db, old, new, output = saved_over
    line = _processed_line(output)
    assert line.startswith("processed 2 documents (1 of them a superseded version")
    latest = _counts(line)
    with cablegram.open_store(str(db)) as store:
        assert latest["actor mentions"] == len(store.query_mentions())
        assert latest["claims"] == len(store.query_claims())
        assert latest["commitments"] == len(store.query_commitments()) == 1
        assert latest["events"] == len(store.query_events())
    again = _counts(_processed_line(_cli(db, "process", "--reprocess", "--all-versions", "--workers", "1")))
    assert again == {k: 2 * n for k, n in latest.items()}
