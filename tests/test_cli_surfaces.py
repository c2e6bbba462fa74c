"""One output option for every listing (-f/--format table|json|csv, --json kept where it was), whole
tables when piped, the API's --quad on `events`, a `documents` listing, and hints that name the
listing or file format that helps."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from cablegram.api import create_app
from cablegram.cli import app, main
from cablegram.config import Settings
from cablegram.store import open_store
from test_api_sample import build_sample


@pytest.fixture()
def sample_db(tmp_path) -> Path:
    path = tmp_path / "sample.db"
    with open_store(str(path)) as store:
        build_sample(store)
    return path


def cli(db: Path, *args: str, columns: int = 250) -> str:
    result = CliRunner().invoke(app, ["--db", str(db), *args], env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, (result.output, result.exception)
    return result.stdout


def run_main(capsys, *args: str) -> tuple[int, str]:
    try:
        main(list(args))
        code = 0
    except SystemExit as exc:
        code = exc.code or 0
    out = capsys.readouterr()
    return code, out.out + out.err


def test_commitments_list_takes_format_and_keeps_json(sample_db):
    as_json = cli(sample_db, "commitments", "list", "--raw", "--json")
    assert cli(sample_db, "commitments", "list", "--raw", "-f", "json") == as_json
    rows = json.loads(as_json)  # one array, as for events and claims
    assert [json.loads(line) for line in cli(sample_db, "commitments", "list", "--raw", "-f", "jsonl").splitlines()] == rows
    assert rows and rows[0]["donor"] == "FRD"
    table = list(csv.DictReader(io.StringIO(cli(sample_db, "commitments", "list", "--raw", "--format", "csv"))))
    assert [(r["donor"], r["recipient"], r["status"]) for r in table] == [(r["donor"], r["recipient"], r["status"])
                                                                         for r in rows]
    groups = json.loads(cli(sample_db, "commitments", "summary", "-f", "json"))
    assert groups == json.loads(cli(sample_db, "commitments", "summary", "--json"))
    assert "donor" in next(csv.DictReader(io.StringIO(cli(sample_db, "commitments", "summary", "-f", "csv"))))


def test_corrections_and_actors_lists_take_format(sample_db):
    threat = json.loads(cli(sample_db, "events", "--type", "THREATEN", "-f", "json"))[0]
    cli(sample_db, "corrections", "add", threat["id"], "confirm")
    listed = json.loads(cli(sample_db, "corrections", "list", "-f", "json"))
    assert [r["record_id"] for r in listed] == [threat["id"]]
    assert json.loads(cli(sample_db, "corrections", "list", "--json")) == listed
    rows = list(csv.DictReader(io.StringIO(cli(sample_db, "corrections", "list", "--format", "csv"))))
    assert [(r["record_id"], r["action"]) for r in rows] == [(threat["id"], "confirm")]
    actors = json.loads(cli(sample_db, "actors", "list", "-f", "json"))
    assert [json.loads(line) for line in cli(sample_db, "actors", "list", "-f", "jsonl").splitlines()] == actors
    assert {"FRD", "POL"} <= {a["id"] for a in actors}


def test_events_take_quad_source_and_target(sample_db):
    conflict = {r["type"] for r in json.loads(cli(sample_db, "events", "--quad", "material-conflict", "-f", "json"))}
    assert conflict == {"ASSAULT", "SANCTION"}
    dyad = json.loads(cli(sample_db, "events", "--source", "RUR", "--target", "POL", "-f", "json"))
    assert [r["type"] for r in dyad] == ["THREATEN"]


def test_bad_quad_is_an_invalid_value(sample_db, capsys):
    code, output = run_main(capsys, "--db", str(sample_db), "events", "--quad", "peace")
    assert code == 1 and "error[invalid_value]" in output and "--quad" in output


def test_piped_tables_are_not_cut(sample_db):
    # CliRunner's stdout is not a terminal, as in `cablegram … | grep`: a narrow COLUMNS must not cut cells.
    rows = json.loads(cli(sample_db, "commitments", "list", "--raw", "--json"))
    piped = cli(sample_db, "commitments", "list", "--raw", columns=40)
    assert rows[0]["doc_id"] in piped and "…" not in piped
    events = json.loads(cli(sample_db, "events", "-f", "json"))
    piped_events = cli(sample_db, "events", columns=40)
    assert all(e["id"] in piped_events for e in events)


def test_documents_listing(sample_db):
    docs = json.loads(cli(sample_db, "documents", "-f", "json"))
    assert [d["published_at"] for d in docs] == ["2024-03-05", "2024-03-02", "2024-03-01"]
    primary = json.loads(cli(sample_db, "documents", "--primary", "-f", "json"))
    assert [d["is_primary"] for d in primary] == [True]
    table = cli(sample_db, "documents")
    assert all(d["id"] in table for d in docs) and "Blockade threat" in table


def test_missing_document_hints_at_the_documents_listing(sample_db, capsys, tmp_path):
    code, output = run_main(capsys, "--db", str(sample_db), "show", "doc_nope")
    assert code == 1 and "error[not_found]" in output
    assert "cablegram documents" in output and "actors list" not in output
    with open_store(str(sample_db)) as store:
        client = TestClient(create_app(Settings(db=str(tmp_path / "unused.db")), store))
        resp = client.get("/api/documents/doc_nope")
    assert resp.status_code == 404 and "/api/documents" in resp.json()["error"]["hint"]


def test_watch_with_a_file_that_is_not_toml_hints_at_the_watch_format(sample_db, capsys, tmp_path):
    readout = tmp_path / "readout.txt"
    readout.write_text("The minister met the envoy on Friday. Both sides agreed to talk again.\n", encoding="utf-8")
    code, output = run_main(capsys, "--db", str(sample_db), "watch", "--config", str(readout), "--once")
    assert code == 1 and "error[config_error]" in output
    assert "docs/howto.md" in output and "CABLEGRAM_" not in output


def test_trace_and_dedup_take_format(sample_db):
    docs = json.loads(cli(sample_db, "documents", "-f", "json"))
    article = next(d["id"] for d in docs if d["title"].startswith("Talks in Porto Vale"))
    primary = next(d["id"] for d in docs if d["is_primary"])
    report = json.loads(cli(sample_db, "trace", article, "--source", primary, "-f", "json"))
    assert report == json.loads(cli(sample_db, "trace", article, "--source", primary, "--json"))
    assert report["article_id"] == article and [s["id"] for s in report["sources"]] == [primary]
    assert json.loads(cli(sample_db, "dedup", "--format", "json")) == json.loads(cli(sample_db, "dedup", "--json"))
