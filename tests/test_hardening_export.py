"""CSV exports neutralise formula-like cells by default; ``--raw`` keeps them; the round trip stays lossless."""

from __future__ import annotations

import csv
import io

from typer.testing import CliRunner

from cablegram.cli import app
from cablegram.export import export_table, write_csv
from cablegram.interop import import_events
from cablegram.records import Analysis, Document, Event
from cablegram.store import open_store

HOSTILE = ["=HYPERLINK(\"http://x.invalid\",\"click\")", "+1+2", "-2+3", "@SUM(A1)", "\tindented", "\rcarriage"]


def test_formula_cells_get_an_apostrophe_unless_raw():
    rows = [{"id": f"a{i}", "name": text, "aliases": [text], "type": "state"} for i, text in enumerate(HOSTILE)]
    safe, raw = io.StringIO(), io.StringIO()
    write_csv(rows, "actors", safe)
    write_csv(rows, "actors", raw, raw=True)
    safe_rows = list(csv.DictReader(io.StringIO(safe.getvalue())))
    raw_rows = list(csv.DictReader(io.StringIO(raw.getvalue())))
    assert [r["name"] for r in safe_rows] == ["'" + t for t in HOSTILE]
    assert [r["name"] for r in raw_rows] == HOSTILE
    assert all(not r["aliases"].startswith(("=", "+", "-", "@")) for r in safe_rows)


def test_cli_export_and_round_trip(tmp_path):
    db = str(tmp_path / "c.db")
    with open_store(db) as store:
        doc = Document(text="=cmd|' /C calc'!A0 said the ministry.", title="=1+1")
        store.add_document(doc)
        store.save_analysis(Analysis(doc_id=doc.id, events=[Event(
            doc_id=doc.id, sentence_index=0, sentence="-5 boats were seized, @officials said.", type="COERCE",
            source_actor="XNL", target_actor="XSM", trigger="seized", modality="occurred")]))
    runner = CliRunner()
    out, raw_out = tmp_path / "docs.csv", tmp_path / "raw.csv"
    assert runner.invoke(app, ["--db", db, "export", "--table", "documents", "--out", str(out)]).exit_code == 0
    assert runner.invoke(app, ["--db", db, "export", "--table", "documents", "--raw", "--out", str(raw_out)]).exit_code == 0
    assert "'=1+1" in out.read_text() and "'=cmd" in out.read_text()
    assert "'=1+1" not in raw_out.read_text() and ",=1+1," in raw_out.read_text()
    refused = runner.invoke(app, ["--db", db, "export", "--format", "jsonl", "--raw"])
    assert refused.exit_code != 0 and "--raw applies to CSV only" in str(refused.exception or refused.output)
    events = tmp_path / "events.csv"
    with open_store(db) as store:
        export_table(store, "csv", "events", events)
    assert "'-5 boats" in events.read_text()
    with open_store(str(tmp_path / "fresh.db")) as fresh:
        summary = import_events(fresh, events, "csv")
        assert summary.imported == 1 and summary.errors == []
        (row,) = fresh.query_events()
        assert row["sentence"] == "-5 boats were seized, @officials said."  # the apostrophe is undone on import
