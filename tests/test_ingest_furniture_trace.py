"""Credit and furniture lines: ingest leaves them out of the stored text but records them in ``meta["furniture"]``
with their place, and a trace reports each as an ``other`` row where a reader met it (CLI table, ``-f json``, the
store, the API, the export). Texts written for this test; real readers, real store, the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from fastapi.testclient import TestClient

from cablegram.api.app import create_app
from cablegram.config import Settings
from cablegram.export.rows import iter_rows
from cablegram.ingest import finish_document, read_source
from cablegram.ingest.quality import strip_furniture
from cablegram.provenance.trace import FURNITURE_REASON
from cablegram.store import open_store

BODY = ["Harbour minister Ilse Varga opened the new ferry terminal in Kestrel Bay on Monday.",
        "She said the terminal would carry up to 4,000 passengers a day from next spring.",
        "Local traders welcomed the opening after two years of building work."]
PHOTO = "Photo: Kestrel Courier / Tomas Ried"
STAFF = "Reporting by Mira Oyelaran; editing by Paul Hest"

READOUT = ("Ministry of Harbours\n\n3 March 2025\n\nMinister Ilse Varga today opened the ferry terminal in Kestrel Bay. "
           "The terminal will carry up to 4,000 passengers a day from next spring.\n")
ARTICLE = ("Ferry terminal opens in Kestrel Bay\n\nKESTREL BAY, 3 March 2025 — " + BODY[0] + "\n" + PHOTO + "\n"
           + BODY[1] + "\n" + BODY[2] + "\n" + STAFF + "\n")


def test_strip_furniture_keeps_the_dropped_lines_in_order_with_their_place():
    text = "\n".join([BODY[0], PHOTO, BODY[1], BODY[2], STAFF])
    clean, furniture = strip_furniture(text)
    assert clean == "\n".join(BODY)
    assert [f["text"] for f in furniture] == [PHOTO, STAFF]
    # the photo credit stood after the first line, the staff line at the end
    assert furniture[0]["at"] == len(BODY[0]) and furniture[1]["at"] == len(clean)


def test_a_text_file_with_a_headline_and_dateline_records_its_credit_lines(tmp_path):
    path = tmp_path / "ferry.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    doc = next(d for d in read_source(str(path)))
    doc = doc if "furniture" in doc.meta else finish_document(doc)
    assert PHOTO not in doc.text and STAFF not in doc.text and doc.text.startswith("Harbour minister")
    assert [f["text"] for f in doc.meta["furniture"]] == [PHOTO, STAFF]
    assert doc.meta["furniture"][0]["at"] == doc.text.index(BODY[1]) - 1
    assert doc.meta["furniture"][1]["at"] == len(doc.text)


def test_an_html_page_records_the_credit_paragraph_it_leaves_out(tmp_path):
    paragraphs = "".join(f"<p>{line}</p>" for line in [*BODY, STAFF])
    page = (f"<html><head><title>Ferry terminal opens in Kestrel Bay</title></head><body><article>"
            f"<h1>Ferry terminal opens in Kestrel Bay</h1>{paragraphs}</article></body></html>")
    path = tmp_path / "ferry.html"
    path.write_text(page, encoding="utf-8")
    doc = next(d for d in read_source(str(path)))
    assert STAFF not in doc.text and BODY[2] in doc.text
    assert doc.meta["furniture"] == [{"text": STAFF, "at": len(doc.text)}]


def test_a_trace_reports_each_credit_line_as_other_where_a_reader_met_it(tmp_path):
    readout, article, db = tmp_path / "readout.txt", tmp_path / "article.txt", tmp_path / "t.db"
    readout.write_text(READOUT, encoding="utf-8")
    article.write_text(ARTICLE, encoding="utf-8")
    env = {**os.environ, "COLUMNS": "300", "CABLEGRAM_EMBEDDINGS": "lexical"}

    def cli(*args):
        done = subprocess.run([sys.executable, "-m", "cablegram", "--db", str(db), *args], capture_output=True,
                              text=True, timeout=600, env=env)
        assert done.returncode == 0, done.stderr
        return done.stdout

    rows = json.loads(cli("trace", str(article), "--source", str(readout), "--save", "-f", "json"))["sentences"]
    assert [r["text"] for r in rows] == [BODY[0], PHOTO, BODY[1], BODY[2], STAFF]
    assert [r["index"] for r in rows] == [0, 1, 2, 3, 4]
    assert [r["label"] for r in rows if r["text"] in (PHOTO, STAFF)] == ["other", "other"]
    assert all(r["differences"] == [FURNITURE_REASON] for r in rows if r["label"] == "other")
    assert rows[0]["label"] in ("supported", "altered") and rows[3]["label"] == "added"

    with open_store(str(db)) as store:
        doc_id = next(d.id for d in store.iter_documents() if d.meta.get("furniture"))
        stored = {a.sentence_index: a for a in store.get_alignments(doc_id)}
        exported = [r for r in iter_rows(store, "alignments") if r["doc_id"] == doc_id]
        api = TestClient(create_app(Settings(db=str(tmp_path / "unused.db")), store)).get(f"/api/documents/{doc_id}/trace")
    assert stored[1].label == "other" and stored[1].sentence == PHOTO and stored[4].sentence == STAFF
    assert stored[2].sentence == BODY[1]
    assert {(r["sentence_index"], r["label"]) for r in exported} >= {(1, "other"), (4, "other")}
    assert [(a["sentence_index"], a["label"], a["differences"]) for a in api.json()["alignments"]
            if a["label"] == "other"] == [(1, "other", [FURNITURE_REASON]), (4, "other", [FURNITURE_REASON])]

    table = cli("trace", str(article), "--source", str(readout))
    assert PHOTO in table and FURNITURE_REASON in " ".join(table.split())
