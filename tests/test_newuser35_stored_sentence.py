"""Stored sentences end with their last character, not with the line's newline (newuser35).

A plain-text file with one sentence a line was ingested and processed; every event, claim and commitment of a sentence
that closed its line was stored with the newline the sentence splitter keeps, so `cablegram export -f csv` wrote
cells that broke over two lines, `-f jsonl` and `GET /api/events` gave "...\\n", and `grep`/`wc -l` on a CSV counted
wrong. The store now keeps the sentence without trailing whitespace (spans are document offsets; offsets within the
sentence count from its start: both unchanged). Real SQLite store, real pipeline through the console entry point,
real exports read back."""

from __future__ import annotations

import csv
import json

from cablegram.cli import main
from cablegram.records import Analysis, Claim, Document, Event
from cablegram.store import open_store

LINES = ("The Ruritanian navy seized two fishing boats off Calveno on 4 March 2024.\n"
         "Officials in Calveno said Ruritania would pay 3 million euros in compensation.\n"
         "Freedonia condemned the seizure, its ministry said.\n")


def test_processed_text_file_keeps_no_newline_in_its_sentences(tmp_path, capsys):
    db = str(tmp_path / "lines.db")
    src = tmp_path / "boats.txt"
    src.write_text(LINES, encoding="utf-8")
    main(["--db", db, "ingest", str(src)])
    main(["--db", db, "process"])
    capsys.readouterr()
    for table in ("events", "claims"):
        out = tmp_path / f"{table}.jsonl"
        main(["--db", db, "export", "-t", table, "-f", "jsonl", "--all", "-o", str(out)])
        rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        assert rows, table
        assert all(r["sentence"] == r["sentence"].rstrip() for r in rows), [r["sentence"] for r in rows]
    csv_out = tmp_path / "events.csv"
    main(["--db", db, "export", "--all", "-o", str(csv_out)])
    text = csv_out.read_text(encoding="utf-8")
    with open(csv_out, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(text.splitlines()) == len(rows) + 1  # one line a row: no cell breaks over two lines


def test_store_takes_trailing_whitespace_off_and_leaves_the_rest(tmp_path):
    body = "  Pellaro recalled its envoy from Orsina.\r\n"
    with open_store(str(tmp_path / "ws.db")) as store:
        doc = Document(text=body, title="Envoy recalled", publisher="Test", published_at="2024-05-06")
        store.add_document(doc)
        store.save_analysis(Analysis(
            doc_id=doc.id, sentences=[[0, len(body)]], language="en", pipeline_version="test",
            events=[Event(doc.id, 0, body, "REJECT", source_actor="PLR", target_actor="ORS", confidence=0.9)],
            claims=[Claim(doc.id, 0, "Pellaro  said so.", "none")]))
        got = store.get_analysis(doc.id)
    event = got.events[0]
    assert event.sentence == "  Pellaro recalled its envoy from Orsina."  # leading space kept: offsets stay
    assert got.claims[0].sentence == "Pellaro  said so."  # inner whitespace untouched
