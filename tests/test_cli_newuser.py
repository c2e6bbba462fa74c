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
