"""`export --table alignments` carries the trace's verdicts; `corrections export` writes a file (newuser14).

A researcher exported the alignments table to count the sentences a newsroom credits to a ministry that never said
them, and the partly supported ones: the CSV had neither — the false credit hid inside `differences` as text and the
new clause inside the `spans` JSON — while `cablegram trace -f json` and the article page show both. Now the export
(CSV, JSON Lines, Parquet), `GET /api/documents/{id}/trace` and `show --json` give `partly` and `false_credit` for
each sentence, and the stored trace summary counts `partly_supported`. `cablegram corrections export` printed to
standard output only: it now takes `--out` like `export`, written under a temporary name and renamed when complete.
Real SQLite stores, the real CLI and a real HTTP server on 127.0.0.1; texts written for this test."""

from __future__ import annotations

import csv
import io
import json

import httpx
import pyarrow.parquet as pq
from typer.testing import CliRunner

from cablegram.cli import app
from cablegram.config import Settings
from cablegram.records import Alignment, Analysis, Document, Event, Evidence
from cablegram.store import corrections, open_store
from cablegram.store.readmodel import FALSE_CREDIT
from live_api import live_api

READOUT = ("Foreign Minister Kaia Tamm met the Finnish Foreign Minister Elina Valtonen in Tallinn today. The ministers "
           "discussed energy security in the Baltic Sea region. The ministers agreed to meet again in May.")
ARTICLE = ("Foreign Minister Kaia Tamm met the Finnish Foreign Minister Elina Valtonen in Tallinn on Wednesday. The "
           "ministers discussed energy security in the Baltic Sea region, while Finland also pressed for stricter "
           "inspections of ageing oil tankers leaving Russian ports. The ministry said Estonia would also buy four "
           "patrol boats from Finland.")
SENTENCES = ["Foreign Minister Kaia Tamm met the Finnish Foreign Minister Elina Valtonen in Tallinn on Wednesday.",
             "The ministers discussed energy security in the Baltic Sea region, while Finland also pressed for "
             "stricter inspections of ageing oil tankers leaving Russian ports.",
             "The ministry said Estonia would also buy four patrol boats from Finland."]
CREDIT = "credited to the Ministry of Foreign Affairs of Estonia (publisher of the cited source), which does not say it"


def _stored_trace(db) -> tuple[str, str]:
    """A readout and an article with three stored alignments: supported, partly supported, added with a false credit."""
    with open_store(str(db)) as store:
        source = Document(text=READOUT, publisher="Ministry of Foreign Affairs of Estonia", published_at="2025-03-12",
                          is_primary=True)
        article = Document(text=ARTICLE, publisher="Harbour Post", published_at="2025-03-13")
        store.add_document(source)
        store.add_document(article)
        ev = [Evidence(doc_id=source.id, sentence_index=i, sentence=s, score=0.9)
              for i, s in enumerate(READOUT.split(". ")[:2])]
        clause_start = SENTENCES[1].index("while")
        store.save_alignments(article.id, [
            Alignment(doc_id=article.id, sentence_index=0, sentence=SENTENCES[0], label="supported", score=0.93,
                      evidence=[ev[0]], spans=[{"start": 0, "end": len(SENTENCES[0]), "label": "supported"}]),
            Alignment(doc_id=article.id, sentence_index=1, sentence=SENTENCES[1], label="supported", score=0.71,
                      evidence=[ev[1]],
                      spans=[{"start": 0, "end": clause_start - 2, "label": "supported"},
                             {"start": clause_start, "end": len(SENTENCES[1]), "label": "new", "clause": True}]),
            Alignment(doc_id=article.id, sentence_index=2, sentence=SENTENCES[2], label="added", score=0.2,
                      differences=[FALSE_CREDIT + CREDIT], attribution="organisation"),
        ])
    return source.id, article.id


def _verdicts(rows) -> list[tuple]:
    return [(int(r["sentence_index"]), r["label"], r["partly"], r["false_credit"]) for r in rows]


EXPECTED = [(0, "supported", False, None), (1, "supported", True, None), (2, "added", False, CREDIT)]


def test_alignments_export_has_partly_and_false_credit_in_every_format(tmp_path):
    db = tmp_path / "v.db"
    _stored_trace(db)
    runner = CliRunner()
    as_csv = runner.invoke(app, ["--db", str(db), "export", "--table", "alignments", "-f", "csv"])
    assert as_csv.exit_code == 0, as_csv.output
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert list(rows[0])[-2:] == ["partly", "false_credit"]
    assert [(int(r["sentence_index"]), r["label"], r["partly"], r["false_credit"]) for r in rows] == [
        (0, "supported", "false", ""), (1, "supported", "true", ""), (2, "added", "false", CREDIT)]

    as_jsonl = runner.invoke(app, ["--db", str(db), "export", "--table", "alignments", "-f", "jsonl"])
    assert _verdicts(json.loads(line) for line in as_jsonl.stdout.splitlines()) == EXPECTED

    out = tmp_path / "alignments.parquet"
    done = runner.invoke(app, ["--db", str(db), "export", "--table", "alignments", "-f", "parquet", "--out", str(out)])
    assert done.exit_code == 0, done.output
    table = pq.read_table(out)
    assert str(table.schema.field("partly").type) == "bool"
    assert _verdicts(table.to_pylist()) == EXPECTED


def test_api_trace_and_show_json_give_the_same_verdicts_and_count_partly(tmp_path):
    db = tmp_path / "v.db"
    _, article_id = _stored_trace(db)
    with open_store(str(db)) as store, live_api(Settings(db=str(db)), store) as base:
        answer = httpx.get(f"{base}/api/documents/{article_id}/trace")
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert _verdicts(body["alignments"]) == EXPECTED
    assert body["summary"]["partly_supported"] == 1 and body["summary"]["false_credits"] == 1
    assert body["summary"]["supported"] == 2  # a partly supported sentence is counted in supported too
    shown = CliRunner().invoke(app, ["--db", str(db), "show", article_id, "--json"])
    assert shown.exit_code == 0, shown.output
    assert _verdicts(json.loads(shown.stdout)["trace"]["alignments"]) == EXPECTED


def test_a_real_trace_exports_the_verdicts_the_trace_listing_shows(tmp_path):
    """End to end: the article traced against the readout by `cablegram trace --all`; whatever the labels, the
    export's partly and false_credit are those of `cablegram trace DOC -f json` on the same saved trace."""
    db = tmp_path / "t.db"
    with open_store(str(db)) as store:
        store.add_document(Document(text=READOUT, publisher="Ministry of Foreign Affairs of Estonia",
                                    published_at="2025-03-12", is_primary=True))
        article = Document(text=ARTICLE, publisher="Harbour Post", published_at="2025-03-13")
        store.add_document(article)
        article_id = article.id
    runner = CliRunner()
    traced = runner.invoke(app, ["--db", str(db), "trace", "--all"])
    assert traced.exit_code == 0 and "traced 1 article" in traced.output, traced.output
    listing = runner.invoke(app, ["--db", str(db), "trace", article_id, "-f", "json"])
    assert listing.exit_code == 0, listing.output
    shown = [(s["index"], s["label"], s["partly"], s["false_credit"]) for s in json.loads(listing.stdout)["sentences"]]
    exported = runner.invoke(app, ["--db", str(db), "export", "--table", "alignments", "-f", "jsonl"])
    assert _verdicts(json.loads(line) for line in exported.stdout.splitlines()) == shown
    assert len(shown) == 3


def test_corrections_export_writes_out_atomically(tmp_path):
    db = tmp_path / "c.db"
    with open_store(str(db)) as store:
        doc = Document(text="Norland's navy escorted a Sudmark grain ship through the strait on Monday.",
                       published_at="2031-04-07")
        store.add_document(doc)
        store.save_analysis(Analysis(doc_id=doc.id, sentences=[[0, len(doc.text)]], language="en",
                                     pipeline_version="test-1",
                                     events=[Event(doc_id=doc.id, sentence_index=0, sentence=doc.text, type="AID",
                                                   modality="occurred", source_actor="XNL", target_actor="XSM",
                                                   trigger="escorted", confidence=0.9, date="2031-04-07")]))
        event_id = store.read_sql("SELECT id FROM events")[0]["id"]
        corrections.add_correction(store, "events", event_id, "correct", field="type", value="COOPERATE",
                                   reason="an escort is military cooperation here", author="analyst one")
    runner = CliRunner()
    out = tmp_path / "log.jsonl"
    out.write_text("an earlier export\n")
    done = runner.invoke(app, ["--db", str(db), "corrections", "export", "--out", str(out)])
    assert done.exit_code == 0, done.output
    assert f"wrote 1 corrections to {out}" in " ".join(done.stdout.split())
    on_stdout = runner.invoke(app, ["--db", str(db), "corrections", "export"]).stdout
    assert out.read_text() == on_stdout and json.loads(on_stdout)["value"] == "COOPERATE"
    training = tmp_path / "train.jsonl"
    assert runner.invoke(app, ["--db", str(db), "corrections", "export", "--kind", "training",
                               "-o", str(training)]).exit_code == 0
    assert training.read_text() == runner.invoke(app, ["--db", str(db), "corrections", "export", "--kind",
                                                      "training"]).stdout
    missing = runner.invoke(app, ["--db", str(db), "corrections", "export", "--out", str(tmp_path / "no" / "x.jsonl")])
    assert missing.exit_code != 0 and getattr(missing.exception, "code", None) == "file_not_found", missing.output
    assert "does not exist" in str(missing.exception)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no temporary file left
