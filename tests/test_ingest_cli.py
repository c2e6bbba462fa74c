"""`cablegram ingest` end to end: the real entry point in a subprocess, and exit codes via CliRunner."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import typer
from typer.testing import CliRunner

from cablegram.cli.ingest import register
from cablegram.config import Settings
from cablegram.store import open_store

TEXT = "Freedonia and Sylvania agreed to reopen the northern crossing [for trucks] on Monday."


def cablegram_cmd() -> list[str]:
    script = Path(sys.executable).parent / "cablegram"
    return [str(script)] if script.exists() else [sys.executable, "-m", "cablegram"]


def run_cli(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "CABLEGRAM_FETCH_ALLOW_NETWORKS": "127.0.0.1/32"}  # the test server is on loopback
    return subprocess.run(cablegram_cmd() + args, cwd=cwd, capture_output=True, text=True, timeout=120, env=env)


def test_entry_point_end_to_end(tmp_path: Path, http_server):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "docs" / "empty.txt").write_bytes(b"")
    (tmp_path / "rows.jsonl").write_text(
        json.dumps({"body": "The commission met in Port Verde on Friday.", "when": "2024-03-08"}) + "\n{broken\n",
        encoding="utf-8")
    missing_url = http_server.url("/gone")
    db = str(tmp_path / "c.db")
    args = ["--db", db, "ingest", "docs", "rows.jsonl", "missing.txt", missing_url,
            "--jsonl-field", "text=body", "--jsonl-field", "date=when", "--publisher", "Verde Courier"]
    proc = run_cli(args, tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert "ingested 2, skipped 0 duplicates, 0 new versions, 4 failed" in proc.stdout
    err_lines = [line for line in proc.stderr.splitlines() if line.startswith("error[")]
    assert len(err_lines) == 4
    assert any(line.startswith(f"error[empty_input]: {Path('docs') / 'empty.txt'}: file is empty") and " — " in line
               for line in err_lines)
    assert any(line.startswith("error[file_not_found]: missing.txt: no such file or directory — ") for line in err_lines)
    assert any(line.startswith("error[invalid_json]: rows.jsonl:2: invalid JSON") for line in err_lines)
    assert any(line.startswith(f"error[fetch_http_status]: {missing_url}: HTTP 404") for line in err_lines)
    with open_store(db) as store:
        docs = list(store.iter_documents())
    assert sorted(d.text for d in docs) == sorted([TEXT, "The commission met in Port Verde on Friday."])
    assert all(d.publisher == "Verde Courier" for d in docs)
    assert next(d for d in docs if d.text.startswith("The commission")).published_at == "2024-03-08"

    again = run_cli(["--db", db, "ingest", "docs/a.txt"], tmp_path)
    assert again.returncode == 0, again.stderr
    assert "ingested 0, skipped 1 duplicate, 0 new versions, 0 failed" in again.stdout


def make_app(db: str) -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def main(ctx: typer.Context) -> None:
        ctx.obj = {"settings": Settings(db=db)}

    register(app)
    return app


def test_exit_codes_with_cli_runner(tmp_path: Path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    app = make_app(str(tmp_path / "r.db"))
    runner = CliRunner()
    ok = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--primary"])
    assert ok.exit_code == 0 and "ingested 1," in ok.output
    with open_store(str(tmp_path / "r.db")) as store:
        assert [d.is_primary for d in store.iter_documents()] == [True]
    usage = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "--jsonl-field", "nonsense"])
    assert usage.exit_code == 2 and "FIELD=KEY" in usage.output
    missing = runner.invoke(app, ["ingest", str(tmp_path / "nope")])
    assert missing.exit_code == 1 and "no such file or directory" in missing.output
    no_args = runner.invoke(app, ["ingest"])
    assert no_args.exit_code == 2
