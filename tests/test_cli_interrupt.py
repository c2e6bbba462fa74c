"""Ctrl-C (SIGINT) during a long command: one line saying the work so far is kept, exit 130, no traceback;
running the command again continues without duplicates.

The command is the real console script on a real SQLite store. A named pipe (FIFO) in the ingested folder,
sorted after two text files, makes `ingest` block after it has stored them, so the interrupt lands in the
middle of the run every time."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes (POSIX)")

CLI = [sys.executable, "-m", "cablegram"]


def _documents(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # the schema is being created
        return 0


def _wait_for_documents(db: Path, n: int, proc: subprocess.Popen, limit_s: float = 120) -> None:
    deadline = time.monotonic() + limit_s
    while _documents(db) < n:
        assert proc.poll() is None, f"ingest ended early: {proc.communicate()}"
        assert time.monotonic() < deadline, f"ingest stored {_documents(db)} of {n} documents in {limit_s} s"
        time.sleep(0.2)


def test_ingest_interrupted_says_so_and_a_rerun_continues(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text("Ministers of Norland and Sudria met in Harbourtown on Monday to discuss "
                                 "grain shipments across the strait.\n", encoding="utf-8")
    (inbox / "b.txt").write_text("The Sudrian navy said it would escort merchant ships through the strait "
                                 "from next week.\n", encoding="utf-8")
    os.mkfifo(inbox / "zz.txt")  # nobody writes to it: reading it blocks after a.txt and b.txt are stored
    db = tmp_path / "news.db"

    proc = subprocess.Popen([*CLI, "--db", str(db), "ingest", str(inbox)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        _wait_for_documents(db, 2, proc)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()

    assert proc.returncode == 130, (out, err)
    assert "interrupted: work done so far is saved; run the command again to continue" in err
    assert "Traceback" not in err
    assert _documents(db) == 2

    (inbox / "zz.txt").unlink()
    (inbox / "zz.txt").write_text("Harbourtown port officials reported that three grain ships left the "
                                  "harbour on Tuesday.\n", encoding="utf-8")
    again = subprocess.run([*CLI, "--db", str(db), "ingest", str(inbox)], capture_output=True, text=True,
                           timeout=120)
    assert again.returncode == 0, again.stderr
    assert "ingested 1, skipped 2 duplicates" in again.stdout
    assert _documents(db) == 3


def test_ingest_progress_counts_documents_not_sources(tmp_path, capsys):
    """One JSON Lines file of three records: the progress line counts the three documents read (it said 1/1,
    the one source, only at the end)."""
    from cablegram.cli import main

    feed = tmp_path / "wire.jsonl"
    feed.write_text("".join(json.dumps({"title": t, "text": x}) + "\n" for t, x in [
        ("Harbour fees", "Port officials in Harbourtown raised harbour fees for grain ships on Monday."),
        ("Strait patrols", "The Sudrian navy began patrols in the northern strait on Tuesday."),
        ("Ferry service", "The ferry between the two islands resumed service after the storm."),
    ]), encoding="utf-8")
    main(["--db", str(tmp_path / "wire.db"), "ingest", str(feed)])
    captured = capsys.readouterr()
    assert "ingested 3, skipped 0 duplicates" in captured.out
    assert [line.split(" (")[0] for line in captured.err.splitlines() if line.startswith("documents read:")] == \
        ["documents read: 3"]


STUCK_QUEUE = r'''
import multiprocessing, sys, time
from cablegram.cli import app, main

@app.command("stuck-queue")
def stuck_queue() -> None:
    """What `process --workers` leaves when Ctrl-C stops it: a queue whose feeder thread still writes to a
    pipe nobody reads any more."""
    tasks = multiprocessing.get_context("fork").Queue()
    tasks.put(b"x" * 5_000_000)
    time.sleep(0.5)
    raise KeyboardInterrupt

main(["stuck-queue"])
'''


@pytest.mark.skipif(sys.platform == "win32", reason="fork start method")
def test_interrupt_ends_even_with_a_queue_nobody_reads():
    """After Ctrl-C in `process --workers 2`, the command printed its message and then hung for ever in
    multiprocessing's exit handler, joining the feeder thread of the task queue."""
    done = subprocess.run([sys.executable, "-c", STUCK_QUEUE], capture_output=True, text=True, timeout=60)
    assert done.returncode == 130, done
    assert "interrupted: work done so far is saved" in done.stderr and "Traceback" not in done.stderr
