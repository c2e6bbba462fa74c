"""`cablegram events`, `claims`, `corrections`, and first-run errors, through the real CLI."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cablegram.cli import app
from cablegram.store import open_store
from test_api_sample import build_sample


@pytest.fixture()
def sample_db(tmp_path) -> Path:
    path = tmp_path / "sample.db"
    with open_store(str(path)) as store:
        build_sample(store)
    return path


def cli(db: Path, *args: str) -> str:
    result = CliRunner().invoke(app, ["--db", str(db), *args], env={"COLUMNS": "250"})
    assert result.exit_code == 0, (result.output, result.exception)
    return result.stdout


def test_events_filters_match_the_api(sample_db):
    rows = json.loads(cli(sample_db, "events", "--format", "json"))
    assert len(rows) == 6 and all("correction" in r for r in rows)
    assert [r["type"] for r in json.loads(cli(sample_db, "events", "--actor", "RUR", "-f", "json"))] == \
        ["SANCTION", "THREATEN", "ASSAULT"]
    assert {r["type"] for r in json.loads(cli(sample_db, "events", "--modality", "negated", "-f", "json"))} == {"ASSAULT"}
    dated = json.loads(cli(sample_db, "events", "--from", "2024-03-04", "--to", "2024-03-04", "-f", "json"))
    assert {r["type"] for r in dated} == {"THREATEN", "ASSAULT"}
    assert len(json.loads(cli(sample_db, "events", "--publisher", "wire", "-f", "json"))) == 3
    assert json.loads(cli(sample_db, "events", "--min-confidence", "0.9", "-f", "json")) == []
    table = cli(sample_db, "events", "--type", "THREATEN")
    assert "THREATEN" in table and "Ruritania → Poland" in table


def test_events_csv_has_a_header_and_one_line_per_event(sample_db):
    rows = list(csv.DictReader(io.StringIO(cli(sample_db, "events", "--format", "csv"))))
    assert len(rows) == 6 and {"id", "type", "correction", "sentence"} <= set(rows[0])


def test_claims_filter_by_kind_and_hedging(sample_db):
    assert {r["claimant_kind"] for r in json.loads(cli(sample_db, "claims", "-f", "json"))} == {"anonymous", "organisation"}
    hedged = json.loads(cli(sample_db, "claims", "--hedged", "-f", "json"))
    assert [r["hedges"] for r in hedged] == [["could"]]
    assert [r["claimant_kind"] for r in json.loads(cli(sample_db, "claims", "--not-hedged", "-f", "json"))] == ["organisation"]
    assert json.loads(cli(sample_db, "claims", "--kind", "outlet", "-f", "json")) == []


def test_correction_from_the_cli_changes_the_listing(sample_db):
    threat = json.loads(cli(sample_db, "events", "--type", "THREATEN", "-f", "json"))[0]
    out = cli(sample_db, "corrections", "add", threat["id"], "correct", "--field", "type", "--value", "COERCE",
              "--reason", "a blockade is coercion")
    assert "saved correction cor_" in out
    corrected = json.loads(cli(sample_db, "events", "--actor", "POL", "-f", "json"))[0]
    assert corrected["id"] == threat["id"] and corrected["type"] == "COERCE" and corrected["correction"] == "corrected"
    cli(sample_db, "corrections", "add", threat["id"], "reject", "--reason", "not an event")
    assert json.loads(cli(sample_db, "events", "--actor", "POL", "-f", "json")) == []
    assert json.loads(cli(sample_db, "events", "--actor", "POL", "--all", "-f", "json"))[0]["correction"] == "rejected"
    log = [json.loads(line) for line in cli(sample_db, "corrections", "export", "--kind", "log").splitlines()]
    # The type correction also cleared the blockade mode, which COERCE does not have (a second correction).
    assert [(r["action"], r["field"]) for r in log] == [("correct", "type"), ("correct", "mode"), ("reject", None)]
    assert log[0]["machine_value"] == "THREATEN" and log[1]["value"] is None
    training = [json.loads(line) for line in cli(sample_db, "corrections", "export", "--kind", "training").splitlines()]
    assert training[0]["verdict"] == "rejected" and training[0]["label"] is None


def test_bad_filter_and_missing_store_are_clear_errors(sample_db, tmp_path):
    missing = tmp_path / "typo.db"
    for args in (["events"], ["claims"], ["status"], ["search", "x"]):
        proc = subprocess.run([sys.executable, "-m", "cablegram", "--db", str(missing), *args], capture_output=True,
                              text=True, timeout=120)
        assert proc.returncode == 1 and f"no cablegram store at {missing}" in proc.stderr, proc.stderr
        assert "Traceback" not in proc.stderr
    assert not missing.exists()  # no empty store was created
    proc = subprocess.run([sys.executable, "-m", "cablegram", "--db", str(sample_db), "events", "--modality", "maybe"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and "--modality" in proc.stderr and "Traceback" not in proc.stderr


def test_demo_refuses_to_overwrite_a_store_that_is_not_a_demo_store(sample_db):
    before = sample_db.stat().st_size
    proc = subprocess.run([sys.executable, "-m", "cablegram", "--db", str(sample_db), "demo"], capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 1 and "not from the demo corpus" in proc.stderr, proc.stderr
    with open_store(str(sample_db)) as store:
        assert store.counts()["documents"] == 3
    assert sample_db.stat().st_size >= before


def test_demo_writes_the_store_named_by_db_and_may_rebuild_it(tmp_path):
    target = tmp_path / "my-demo.db"
    for _ in range(2):  # the second run rebuilds its own demo store
        proc = subprocess.run([sys.executable, "-m", "cablegram", "--db", str(target), "demo", "--json"], cwd=tmp_path,
                              capture_output=True, text=True, timeout=900)
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout)["db"] == str(target)
    assert not (tmp_path / "cablegram-demo.db").exists()
    with open_store(str(target)) as store:
        assert store.counts()["documents"] == 12
    events = json.loads(cli(target, "events", "--all", "-f", "json"))
    assert events and all(e["doc_id"].startswith("doc_") for e in events)
