"""The trace service on a real SQLite store: candidate policy, trace --all, primary marking at ingest,
re-tracing when the readout arrives after its articles, JSON readouts as --source (texts written for these tests)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from cablegram.cli import app
from cablegram.config import Settings
from cablegram.errors import InputError
from cablegram.ingest import ingest_sources
from cablegram.provenance.service import retrace_for_primaries, trace_all, trace_document
from cablegram.records import Document

READOUT = ("Foreign Minister Ilse Varga of Norland spoke today with Ostrian Envoy Pell Dorn about reopening the river "
           "crossings at Kell. The two agreed to reopen three crossings in the coming weeks. Minister Varga underscored "
           "Norland's support for the ceasefire.")
ARTICLE = ("Norland's foreign minister Ilse Varga and Ostrian envoy Pell Dorn have reopened three river crossings at Kell. "
           "Varga underscored Norland's support for the ceasefire. Traders in Kell say prices of flour have doubled since March.")
UNRELATED = ("The Harbour Arts Festival in Sudmark opened with a concert of folk music and a parade of painted boats. "
             "Organisers expect forty thousand visitors over the weekend.")


def _settings(tmp_path) -> Settings:
    return Settings(db=str(tmp_path / "t.db"), primary_publishers=["ministry of foreign affairs of norland"])


def test_trace_all_policy(store, tmp_path):
    settings = _settings(tmp_path)
    readout = Document(text=READOUT, publisher="Ministry of Foreign Affairs of Norland", published_at="2026-03-02")
    article = Document(text=ARTICLE, publisher="Kell Courier", published_at="2026-03-03")
    unrelated = Document(text=UNRELATED, publisher="Sudmark Daily", published_at="2026-03-03")
    far = Document(text=ARTICLE.replace("Traders", "Bakers"), publisher="Late Review", published_at="2026-05-30")
    for d in (readout, article, unrelated, far):
        store.add_document(d)
    run = trace_all(store, settings, batch_size=2)
    status = {o.doc_id: o.status for o in run.outcomes}
    assert status == {article.id: "traced", unrelated.id: "no_source", far.id: "no_source"}  # window and threshold
    labels = [a.label for a in store.get_alignments(article.id)]
    assert labels == ["altered", "supported", "added"]
    first = store.get_alignments(article.id)[0]
    assert any(d.startswith("modality") for d in first.differences)
    assert any(s["label"] == "changed" and s["kind"] == "modality" for s in first.spans)
    assert store.get_alignments(unrelated.id) == []
    assert article.id not in {o.doc_id for o in trace_all(store, settings).outcomes}  # traced articles are skipped


def test_unrelated_best_candidate_is_not_claimed(store, tmp_path):
    settings = _settings(tmp_path)
    readout = Document(text=READOUT, publisher="Ministry of Foreign Affairs of Norland", published_at="2026-03-02")
    other = Document(text="Foreign Minister Ilse Varga of Norland opened a school for diplomats in Kell. "
                          "She said the school will train forty students a year.", publisher="Kell Courier",
                     published_at="2026-03-02")
    store.add_document(readout)
    store.add_document(other)
    outcome = trace_document(store, other, settings)
    assert outcome.status in ("unrelated", "no_source")
    assert store.get_alignments(other.id) == []


def test_primary_marked_at_ingest_and_retrace_when_readout_arrives_late(store, tmp_path):
    settings = _settings(tmp_path)
    art = tmp_path / "article.jsonl"
    art.write_text(json.dumps({"text": ARTICLE, "publisher": "Kell Courier", "date": "2026-03-03"}) + "\n", encoding="utf-8")
    ingest_sources(store, [str(art)], settings)
    article = next(store.iter_documents())
    assert trace_all(store, settings).count("no_source") == 1  # no readout yet
    src = tmp_path / "readout.jsonl"
    src.write_text(json.dumps({"text": READOUT, "publisher": "Ministry of Foreign Affairs of Norland", "date": "2026-03-02"}) + "\n",
                   encoding="utf-8")
    summary = ingest_sources(store, [str(src)], settings)
    readout = store.get_document(summary.doc_ids[0])
    assert readout.is_primary  # its publisher is listed in primary_publishers
    run = retrace_for_primaries(store, [readout.id], settings)
    assert [o.status for o in run.outcomes] == ["traced"]
    assert {e.doc_id for a in store.get_alignments(article.id) for e in a.evidence} == {readout.id}
    assert retrace_for_primaries(store, [readout.id], settings).outcomes == []  # already cites it


def test_cli_json_source_and_trace_all(tmp_path):
    readout = tmp_path / "readout.json"
    readout.write_text(json.dumps({"title": "Call with Envoy Dorn", "publisher": "Ministry of Foreign Affairs of Norland",
                                   "date": "2026-03-02", "text": READOUT}), encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "cli.db")
    runner = CliRunner()
    res = runner.invoke(app, ["--db", db, "trace", str(article), "--source", str(readout), "--json"])
    assert res.exit_code == 0, res.output
    report = json.loads(res.output)
    assert report["sources"][0]["publisher"] == "Ministry of Foreign Affairs of Norland"
    assert [s["label"] for s in report["sentences"]] == ["altered", "supported", "added"]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"headline": "no text here"}), encoding="utf-8")
    res = runner.invoke(app, ["--db", db, "trace", str(article), "--source", str(bad)])
    assert res.exit_code != 0 and isinstance(res.exception, InputError) and "no text field" in str(res.exception)
    assert "text" in res.exception.hint
    stored = tmp_path / "readout.jsonl"
    stored.write_text(json.dumps({"text": READOUT, "publisher": "Ministry of Foreign Affairs of Norland", "date": "2026-03-02"}) + "\n",
                      encoding="utf-8")
    assert runner.invoke(app, ["--db", db, "ingest", str(stored)]).exit_code == 0
    assert runner.invoke(app, ["--db", db, "ingest", str(article)]).exit_code == 0
    res = runner.invoke(app, ["--db", db, "trace", "--all"])
    assert res.exit_code == 0 and "traced 1 article;" in res.output, res.output
