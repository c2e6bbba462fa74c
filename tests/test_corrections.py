"""Corrections on both back-ends: stored apart, applied in listings and exports, survive reprocessing."""

from __future__ import annotations

import csv
import io
import json

import pytest

from cablegram.errors import InputError, NotFoundError
from cablegram.export import export_table, iter_rows
from cablegram.records import Analysis, Event
from cablegram.store import corrections
from test_api_sample import build_sample


def _event(store, event_type: str) -> dict:
    return next(e for e in store.query_events(limit=100) if e["type"] == event_type)


def test_correct_reject_confirm_overlay_listing(any_backend_store):
    store = any_backend_store
    build_sample(store)
    threat, aid, consult = _event(store, "THREATEN"), _event(store, "AID"), _event(store, "CONSULT")
    corrections.add_correction(store, "events", threat["id"], "correct", field="type", value="COERCE",
                               reason="a blockade is coercion", author="analyst")
    corrections.add_correction(store, "events", aid["id"], "reject", reason="no aid in this sentence")
    corrections.add_correction(store, "events", consult["id"], "confirm")
    rows = corrections.apply_corrections(store, "events", store.query_events(limit=100))
    by_id = {r["id"]: r for r in rows}
    assert by_id[threat["id"]]["type"] == "COERCE" and by_id[threat["id"]]["correction"] == "corrected"
    assert aid["id"] not in by_id  # rejected: hidden by default
    assert by_id[consult["id"]]["correction"] == "confirmed"
    assert sum(r["correction"] is None for r in rows) == len(rows) - 2
    with_rejected = corrections.apply_corrections(store, "events", store.query_events(limit=100), include_rejected=True)
    assert {r["id"]: r["correction"] for r in with_rejected}[aid["id"]] == "rejected"
    # The machine row itself is untouched; the store's listing shows the corrected type.
    assert store.read_sql("SELECT type FROM events WHERE id = ?", [threat["id"]])[0]["type"] == "THREATEN"
    assert _event(store, "COERCE")["id"] == threat["id"]


def test_later_correction_wins_and_change_log_keeps_machine_value(store):
    build_sample(store)
    threat = _event(store, "THREATEN")
    first = corrections.add_correction(store, "events", threat["id"], "reject", reason="not a threat")
    second = corrections.add_correction(store, "events", threat["id"], "correct", field="modality", value="planned",
                                        reason="the blockade is announced, not made")
    state = corrections.states(store, "events", [threat["id"]])[threat["id"]]
    assert state["status"] == "corrected" and state["fields"] == {"modality": "planned"}
    log = list(corrections.change_log(store))
    assert [r["id"] for r in log] == [first.id, second.id]
    assert log[1]["machine_value"] == "occurred" and log[1]["value"] == "planned" and log[1]["record_present"]


def test_bad_corrections_are_refused_with_the_field_named(store):
    build_sample(store)
    threat = _event(store, "THREATEN")
    with pytest.raises(InputError) as err:
        corrections.add_correction(store, "events", threat["id"], "correct", field="sentence", value="x", reason="r")
    assert err.value.source == "field"
    with pytest.raises(InputError) as err:
        corrections.add_correction(store, "events", threat["id"], "reject")
    assert err.value.source == "reason"
    with pytest.raises(InputError):
        corrections.add_correction(store, "documents", "doc_x", "reject", reason="r")
    with pytest.raises(NotFoundError):
        corrections.add_correction(store, "events", "evt_missing", "reject", reason="r")
    assert store.counts()["corrections"] == 0


def test_corrections_survive_reprocessing(store):
    docs = build_sample(store)
    threat = _event(store, "THREATEN")
    corrections.add_correction(store, "events", threat["id"], "correct", field="type", value="COERCE", reason="coercion")
    # Reprocessing rewrites the document's machine rows; the same reading gets the same stable id.
    analysis = store.get_analysis(threat["doc_id"])
    store.save_analysis(Analysis(doc_id=analysis.doc_id, sentences=analysis.sentences, language="en",
                                 pipeline_version="test-2", events=[Event.from_dict(e.to_dict()) for e in analysis.events]))
    assert store.counts()["corrections"] == 2  # the type and its companion clearing "blockade" (no COERCE mode)
    rows = corrections.apply_corrections(store, "events", store.query_events(doc_id=threat["doc_id"], limit=10))
    assert {r["id"]: (r["type"], r["mode"]) for r in rows}[threat["id"]] == ("COERCE", None)
    assert docs  # the sample had documents to reprocess


def _reprocess(store, doc_id: str, change) -> list[Event]:
    analysis = store.get_analysis(doc_id)
    events = [change(Event.from_dict(e.to_dict())) for e in analysis.events]
    store.save_analysis(Analysis(doc_id=analysis.doc_id, sentences=analysis.sentences, language="en",
                                 pipeline_version="test-2", events=events))
    return events


def test_corrections_follow_an_event_remade_under_a_new_id(any_backend_store):
    """A KB change re-resolves an actor: the event's stable id changes (it includes the actors), and the
    correction is re-pointed to the re-made event of the same sentence, type and trigger."""
    store = any_backend_store
    build_sample(store)
    threat = _event(store, "THREATEN")
    corrections.add_correction(store, "events", threat["id"], "correct", field="modality", value="planned",
                               reason="announced, not made")
    corrections.add_correction(store, "events", threat["id"], "confirm")

    def new_source(e: Event) -> Event:
        return Event.from_dict({**e.to_dict(), "source_actor": "org:newly_known"}) if e.type == "THREATEN" else e

    remade = _reprocess(store, threat["doc_id"], new_source)
    new_id = next(e.id for e in remade if e.type == "THREATEN")
    assert new_id != threat["id"]
    listed = corrections.list_corrections(store)
    assert [c["record_id"] for c in listed] == [new_id, new_id]
    rows = corrections.apply_corrections(store, "events", store.query_events(doc_id=threat["doc_id"], limit=10))
    row = next(r for r in rows if r["id"] == new_id)
    assert row["modality"] == "planned" and row["correction"] == "confirmed"
    assert all(r["record_present"] for r in corrections.change_log(store))


def test_corrections_stay_put_when_the_reading_is_gone_or_ambiguous(store):
    build_sample(store)
    threat = _event(store, "THREATEN")
    corrections.add_correction(store, "events", threat["id"], "reject", reason="not a threat")
    # The re-made sentence has two readings with the same trigger: no unique match, nothing re-pointed.
    twins = []

    def split(e: Event) -> Event:
        if e.type != "THREATEN":
            return e
        twins.append(Event.from_dict({**e.to_dict(), "source_actor": "org:a"}))
        return Event.from_dict({**e.to_dict(), "source_actor": "org:b"})

    analysis = store.get_analysis(threat["doc_id"])
    events = [split(Event.from_dict(e.to_dict())) for e in analysis.events]
    store.save_analysis(Analysis(doc_id=analysis.doc_id, sentences=analysis.sentences, language="en",
                                 pipeline_version="test-2", events=events + twins))
    assert [c["record_id"] for c in corrections.list_corrections(store)] == [threat["id"]]
    assert not next(corrections.change_log(store))["record_present"]


def test_exports_apply_corrections_with_a_column(store, tmp_path):
    build_sample(store)
    threat, aid = _event(store, "THREATEN"), _event(store, "AID")
    corrections.add_correction(store, "events", threat["id"], "correct", field="type", value="COERCE", reason="coercion")
    corrections.add_correction(store, "events", aid["id"], "reject", reason="no aid")
    path = tmp_path / "events.csv"
    n = export_table(store, "csv", "events", path)
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert n == len(rows) == 5
    by_id = {r["id"]: r for r in rows}
    assert by_id[threat["id"]]["type"] == "COERCE" and by_id[threat["id"]]["correction"] == "corrected"
    assert aid["id"] not in by_id


def test_training_examples_format(store):
    build_sample(store)
    threat, aid = _event(store, "THREATEN"), _event(store, "AID")
    claim = store.query_claims(limit=10)[0]
    corrections.add_correction(store, "events", threat["id"], "correct", field="type", value="COERCE", reason="coercion")
    corrections.add_correction(store, "events", aid["id"], "reject", reason="no aid")
    corrections.add_correction(store, "claims", claim["id"], "correct", field="claimant_kind", value="named",
                               reason="the official is named later")
    examples = {e["record_id"]: e for e in corrections.training_examples(store)}
    assert examples[threat["id"]]["task"] == "plover_event"
    assert examples[threat["id"]]["machine"]["type"] == "THREATEN" and examples[threat["id"]]["label"]["type"] == "COERCE"
    assert examples[threat["id"]]["sentence"] == threat["sentence"]
    assert examples[aid["id"]]["label"] is None and examples[aid["id"]]["verdict"] == "rejected"
    assert examples[claim["id"]]["task"] == "attribution" and examples[claim["id"]]["label"]["claimant_kind"] == "named"
    json.dumps(list(examples.values()))  # JSON-serialisable as written to JSONL


def test_actor_resolution_correction_applies_to_mentions_and_their_page(store, tmp_path):
    from fastapi.testclient import TestClient

    from cablegram.api import create_app
    from cablegram.config import Settings

    build_sample(store)
    mention = next(m for m in store.query_mentions(actor_id="POL"))
    corrections.add_correction(store, "mentions", mention["id"], "correct", field="actor_id", value="SYL",
                               reason="the sentence names the Sylvanian coast guard")
    exported = {r["id"]: r for r in iter_rows(store, "mentions")}
    assert exported[mention["id"]]["actor_id"] == "SYL" and exported[mention["id"]]["correction"] == "corrected"
    example = next(e for e in corrections.training_examples(store) if e["record_id"] == mention["id"])
    assert example["task"] == "actor_resolution" and example["text"] == "Poland"
    assert example["machine"] == {"actor_id": "POL"} and example["label"] == {"actor_id": "SYL"}
    client = TestClient(create_app(Settings(db=str(tmp_path / "unused.db")), store))
    page = client.get(f"/mentions/{mention['id']}")
    assert page.status_code == 200 and '<mark class="span span-mention"' in page.text and 'id="mention-actor">Sylvania' in page.text
    actor_page = client.get("/actors/POL")
    assert f'href="/mentions/{mention["id"]}"' in actor_page.text


def test_overview_counts_leave_rejected_events_out(store):
    from cablegram.store.overview import OverviewFilter, overview

    build_sample(store)
    assert overview(store, OverviewFilter())["total"] == 6
    threat = _event(store, "THREATEN")
    corrections.add_correction(store, "events", threat["id"], "reject", reason="not an event")
    counts = overview(store, OverviewFilter())
    assert counts["total"] == 5 and "THREATEN" not in {g["key"] for g in counts["by_type"]}
    corrections.add_correction(store, "events", threat["id"], "confirm")  # a later confirmation restores it
    assert overview(store, OverviewFilter())["total"] == 6


def test_readme_flow_actor_added_then_reprocess_keeps_the_correction(tmp_path):
    """The README's flow on the shipped demo corpus, through the real CLI and pipeline: correct an
    event whose source is not yet a known actor, add that actor, re-process; the correction now
    points at the re-made event (new id, source resolved) and still applies."""
    import os
    import re
    import subprocess
    import sys

    from cablegram.store import open_store

    def run(*args: str) -> str:
        proc = subprocess.run([sys.executable, "-m", "cablegram", "--db", "demo.db", *args], cwd=tmp_path,
                              capture_output=True, text=True, env={**os.environ, "COLUMNS": "250"}, timeout=600)
        assert proc.returncode == 0, proc.stdout + proc.stderr
        return proc.stdout

    subprocess.run([sys.executable, "-m", "cablegram", "demo", "--out", "demo.db"], cwd=tmp_path, check=True,
                   capture_output=True, timeout=600)
    with open_store(str(tmp_path / "demo.db")) as store:
        # An event whose source is a single capitalised word the knowledge base does not know yet.
        unresolved = [e for e in store.query_events(limit=1000)
                      if e["source_actor"] is None and re.fullmatch(r"[A-Z][a-z]{3,}", e["source_text"] or "")]
    assert unresolved, "the demo corpus has no event with an unresolved one-word source"
    event = unresolved[0]
    run("corrections", "add", event["id"], "correct", "--field", "modality", "--value", "planned", "--reason", "test")
    run("actors", "add", event["source_text"], "--type", "group", "--id", "grp:test-newcomer")
    run("process", "--reprocess")
    with open_store(str(tmp_path / "demo.db")) as store:
        remade = [e for e in store.query_events(doc_id=event["doc_id"], limit=1000)
                  if e["sentence_index"] == event["sentence_index"] and e["trigger"] == event["trigger"]]
        assert [e["source_actor"] for e in remade] == ["grp:test-newcomer"]
        assert remade[0]["id"] != event["id"]
        (saved,) = corrections.list_corrections(store)
        assert saved["record_id"] == remade[0]["id"]
        shown = corrections.apply_corrections(store, "events", remade)
        assert shown[0]["modality"] == "planned" and shown[0]["correction"] == "corrected"
    assert remade[0]["id"] in run("corrections", "list")
