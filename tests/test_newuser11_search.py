"""`cablegram search` takes -f/--format like every other listing (newuser11): an analyst wanted the hits as
CSV or JSON for a spreadsheet, and the table's snippet on one line. Real store, real full-text index."""

from __future__ import annotations

import csv
import io
import json

from typer.testing import CliRunner

from cablegram.cli import SEARCH_COLUMNS, app
from cablegram.records import Document
from cablegram.store import open_store

DOCS = [
    Document(text="Freedonia will send two air defence batteries to Sylvania, its defence minister said.\n\n"
                  "Talks on the river crossings went on.", title="Batteries for Sylvania", publisher="Wire A",
             published_at="2024-03-02", url="https://example.org/a"),
    Document(text="Ruritania's air defence units were put on alert after the border incident on Friday.",
             title="Alert in Ruritania", publisher="Wire B", published_at="2024-03-03"),
    Document(text="Grain shipments through the northern port resumed on Monday, port officials said.",
             title="Grain moves again", publisher="Wire C", published_at="2024-03-04"),
]


def _search(db, *args):
    result = CliRunner().invoke(app, ["--db", str(db), "search", "air defence", *args], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return result.output


def test_search_hits_as_csv_json_and_jsonl_agree_with_the_table(tmp_path):
    db = tmp_path / "s.db"
    with open_store(str(db)) as store:
        for d in DOCS:
            assert store.add_document(d) == "inserted"
    wanted = {DOCS[0].id, DOCS[1].id}
    table = _search(db)
    shown = [line.split()[0] for line in table.splitlines() if line.startswith("doc_")]
    assert set(shown) == wanted
    assert all(not line.startswith(("Talks", "Ruritania's")) for line in table.splitlines())  # snippets on one line

    rows = list(csv.DictReader(io.StringIO(_search(db, "-f", "csv"))))
    assert tuple(rows[0]) == SEARCH_COLUMNS and [r["id"] for r in rows] == shown
    assert {r["publisher"] for r in rows} == {"Wire A", "Wire B"} and all("[air]" in r["snippet"] for r in rows)
    as_json = json.loads(_search(db, "-f", "json"))
    assert [r["id"] for r in as_json] == shown and json.loads(_search(db, "--json")) == as_json
    assert [json.loads(line)["id"] for line in _search(db, "-f", "jsonl").splitlines()] == shown
    assert json.loads(CliRunner().invoke(app, ["--db", str(db), "search", "zeppelin", "-f", "json"]).output) == []
