"""`cablegram show DOC --json` gives the records as the table shows them, corrections applied, and the trace
(newuser13).

An analyst corrected an event's type and rejected another, then ran `show DOC --json` to keep the document's
record: it held only the pipeline's raw analysis — the machine's type, the rejected event, no trace — while
`show DOC` printed the corrected table. Now the JSON carries `events`, `claims` and `commitments` as listed
(corrections applied, a `correction` key; the confident view unless --all, which keeps rejected ones marked) and
`trace` (summary and alignments), beside the raw `analysis`. Real SQLite store, the real CLI; texts written for this
test."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from cablegram.cli import app
from cablegram.records import Alignment, Analysis, Event, Document
from cablegram.store import corrections, open_store

TEXT = ("Norland's foreign minister met Sudmark's foreign minister in Holmstad on Thursday. Norland will send "
        "engineers to Sudmark.")


def _fill(db) -> tuple[str, list[str]]:
    with open_store(str(db)) as store:
        doc = Document(text=TEXT, language="en", title="Ministers meet", publisher="Harbour Post",
                       published_at="2031-05-12")
        store.add_document(doc)
        first, second = TEXT.split(". ")
        events = [Event(doc_id=doc.id, sentence_index=0, sentence=first + ".", type="CONSULT", modality="occurred",
                        source_actor="XNL", target_actor="XSM", trigger="met", confidence=0.95, date="2031-05-11"),
                  Event(doc_id=doc.id, sentence_index=1, sentence=second, type="AID", modality="planned",
                        source_actor="XNL", target_actor="XSM", trigger="send", confidence=0.9, date="2031-05-12")]
        store.save_analysis(Analysis(doc_id=doc.id, sentences=[[0, len(first) + 1], [len(first) + 2, len(TEXT)]],
                                     language="en", pipeline_version="test-1", events=events))
        ids = [r["id"] for r in store.read_sql("SELECT id FROM events ORDER BY sentence_index")]
        corrections.add_correction(store, "events", ids[0], "correct", field="type", value="COOPERATE",
                                   reason="a test of show --json")
        corrections.add_correction(store, "events", ids[1], "reject", reason="a test of show --json")
        store.save_alignments(doc.id, [Alignment(doc.id, 0, first + ".", "supported", 0.9),
                                       Alignment(doc.id, 1, second, "added", 0.2)])
    return doc.id, ids


def _show(db, doc_id, *args) -> dict:
    result = CliRunner().invoke(app, ["--db", str(db), "show", doc_id, "--json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_show_json_has_the_corrected_records_and_the_trace(tmp_path):
    db = tmp_path / "s.db"
    doc_id, ids = _fill(db)
    shown = _show(db, doc_id)
    assert [(e["id"], e["type"], e["correction"]) for e in shown["events"]] == [(ids[0], "COOPERATE", "corrected")]
    assert [e["type"] for e in shown["analysis"]["events"]] == ["CONSULT", "AID"]  # the machine's output, unchanged
    assert shown["trace"]["summary"]["supported"] == 1 and shown["trace"]["summary"]["added"] == 1
    assert len(shown["trace"]["alignments"]) == 2
    every = _show(db, doc_id, "--all")
    assert sorted((e["type"], e["correction"]) for e in every["events"]) == [("AID", "rejected"),
                                                                           ("COOPERATE", "corrected")]
