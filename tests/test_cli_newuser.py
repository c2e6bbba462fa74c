"""Surfaces a new user following the README found wrong: a busy port for `serve`, listings' --json
alias, footers and headers, progress lines and stored counts of `process` (through the real CLI)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from cablegram.cli import main
from cablegram.store import open_store
from test_api_sample import build_sample


@pytest.fixture()
def sample_db(tmp_path) -> Path:
    path = tmp_path / "sample.db"
    with open_store(str(path)) as store:
        build_sample(store)
    return path


def run_main(capsys, *args: str) -> tuple[int, str, str]:
    try:
        main(list(args))
        code = 0
    except SystemExit as exc:
        code = exc.code or 0
    out = capsys.readouterr()
    return code, out.out, out.err


def test_serve_on_a_busy_port_fails_with_a_coded_error_before_announcing(sample_db, capsys):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        code, out, err = run_main(capsys, "--db", str(sample_db), "serve", "--port", str(port))
    assert code == 1
    assert "serving" not in out
    assert f"error[port_in_use]: 127.0.0.1:{port}" in err
    assert "--port" in err


def test_process_logs_plain_progress_and_reports_stored_events(tmp_path, shared_data):
    import re
    import sqlite3
    import subprocess
    import sys

    src = tmp_path / "in.jsonl"
    lines = (shared_data / "ngec_guardian" / "ngec_guardian.dev.jsonl").read_text(encoding="utf-8").splitlines()[4:7]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "p.db"
    cli = [sys.executable, "-m", "cablegram", "--db", str(db)]
    subprocess.run([*cli, "ingest", str(src)], check=True, capture_output=True, timeout=300)
    proc = subprocess.run([*cli, "process"], capture_output=True, text=True, timeout=600)  # stderr is a pipe
    assert proc.returncode == 0, proc.stderr
    assert re.search(r"^processing: 3/3 \(\d+ s\)$", proc.stderr, re.M), proc.stderr
    printed = int(re.search(r"actor mentions, (\d+) events", proc.stdout).group(1))
    with sqlite3.connect(db) as con:
        assert printed == con.execute("SELECT COUNT(*) FROM events").fetchone()[0]


def test_plain_progress_prints_every_n_items_when_stderr_is_no_terminal(capsys):
    from cablegram.cli.common import progress_bar

    with progress_bar("ingesting", 5, every=2, every_seconds=3600) as advance:
        for done in range(1, 6):
            advance(done)
    lines = [line.split(" (")[0] for line in capsys.readouterr().err.splitlines()]
    assert lines == ["ingesting: 2/5", "ingesting: 4/5", "ingesting: 5/5"]


def _cli(db: Path, *args: str) -> str:
    from typer.testing import CliRunner

    from cablegram.cli import app

    result = CliRunner().invoke(app, ["--db", str(db), *args], env={"COLUMNS": "250"})
    assert result.exit_code == 0, (result.output, result.exception)
    return result.stdout


def test_listings_take_json_as_an_alias_of_format_json(sample_db):
    import json

    for listing in (["events", "--all"], ["claims", "--all"], ["documents"]):
        as_json = _cli(sample_db, *listing, "--json")
        assert as_json == _cli(sample_db, *listing, "-f", "json")
        assert isinstance(json.loads(as_json), list) and json.loads(as_json)


def test_events_table_says_how_many_are_hidden_and_that_all_shows_them(sample_db):
    import json
    import re

    first = json.loads(_cli(sample_db, "events", "-f", "json"))[0]["id"]
    _cli(sample_db, "corrections", "add", first, "reject", "--reason", "not an event")
    confident = len(json.loads(_cli(sample_db, "events", "-f", "json")))
    every = len(json.loads(_cli(sample_db, "events", "--all", "-f", "json")))
    assert every > confident
    footer = re.search(r"(\d+) more events? (?:is|are) hidden .*`--all` shows (?:it|them)", _cli(sample_db, "events"))
    assert footer and int(footer.group(1)) == every - confident
    assert "hidden" not in _cli(sample_db, "events", "--all")
    limited = _cli(sample_db, "events", "--all", "--limit", "1")
    assert f"showing 1 of {every} events (raise --limit for more)" in limited


def test_actors_list_table_has_a_header_and_no_tabs(sample_db):
    out = _cli(sample_db, "actors", "list", "-f", "table")
    assert "\t" not in out
    header = next(line for line in out.splitlines() if "mentions" in line)
    assert all(col in header for col in ("id", "type", "country", "name", "mentions", "documents"))


def test_commitments_summary_table_shows_without_amount_like_the_csv(sample_db):
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(_cli(sample_db, "commitments", "summary", "-f", "csv"))))
    table = _cli(sample_db, "commitments", "summary")
    assert "without amount" in table
    for row in rows:
        line = next(line for line in table.splitlines() if f" {row['donor']} " in line)
        assert line.rstrip("│ ").rsplit("│", 1)[-1].strip() == row["without_amount"]
