"""`kill PID` (SIGTERM) stops `cablegram process --workers 2` as Ctrl-C does, and ends its workers (newuser14).

A newsroom engineer ran `process --workers 2` under a service manager, which stops a job with SIGTERM: the command
died without a word and left its two worker processes running without a parent, each holding a loaded pipeline
(about 500 MB), until killed by hand. Now SIGTERM ends the command as Ctrl-C does: one line says the work done so
far is kept, exit 130, no worker left behind; a second run finishes the rest with no document analysed twice.
A real SQLite store and the real command in a subprocess; texts written for this test."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cablegram.records import Document
from cablegram.store import open_store

CABLEGRAM = Path(sys.executable).with_name("cablegram")
PLACES = ["Holmstad", "Varby", "Kettle Bay", "Ostrand", "Lunmark", "Greyhaven", "Sundby", "Marrow Point"]


def _children(pid: int) -> list[int]:
    """Ids of the live processes whose parent is ``pid`` (read from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir() or not CABLEGRAM.exists(), reason="needs /proc and the cablegram script")
def test_sigterm_stops_process_with_workers_and_leaves_none_behind(tmp_path):
    db = tmp_path / "t.db"
    with open_store(str(db)) as store:
        for i in range(64):
            place, other = PLACES[i % len(PLACES)], PLACES[(i + 3) % len(PLACES)]
            store.add_document(Document(
                text=(f"The harbour board of {place} said on Monday that ferry line {i} to {other} would reopen in May. "
                      f"Officials in {other} welcomed the decision and promised new piers by the summer of year {i}."),
                title=f"Ferry line {i}", publisher="Harbour Post", published_at="2031-05-12"))
    env = {**os.environ, "CABLEGRAM_DB": str(db)}
    run = subprocess.Popen([str(CABLEGRAM), "process", "--workers", "2"], env=env, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 180
    workers: list[int] = []
    while time.monotonic() < deadline and run.poll() is None and len(workers) < 2:
        time.sleep(0.2)
        workers = _children(run.pid)
    if run.poll() is not None:
        pytest.skip(f"process ended before its workers could be seen (exit {run.returncode}): machine too fast here")
    assert len(workers) == 2, f"no workers after 180 s: {workers}"
    run.send_signal(signal.SIGTERM)
    out, err = run.communicate(timeout=60)
    assert run.returncode == 130, (run.returncode, err[-800:])
    assert "interrupted: work done so far is saved" in err and "Traceback" not in err, err[-800:]
    time.sleep(0.5)
    assert [pid for pid in workers if _alive(pid)] == [], "worker processes left running after SIGTERM"

    again = subprocess.run([str(CABLEGRAM), "process"], env=env, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr[-800:]
    with open_store(str(db)) as store:
        rows = store.read_sql("SELECT COUNT(*) AS n, SUM(processed_version IS NULL) AS todo FROM documents")[0]
        analyses = store.read_sql("SELECT COUNT(*) AS n, COUNT(DISTINCT doc_id) AS docs FROM analyses")[0]
    assert rows["n"] == 64 and rows["todo"] == 0
    assert analyses["n"] == analyses["docs"] == 64  # one analysis per document: nothing analysed twice
