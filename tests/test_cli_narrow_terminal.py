"""In an 80-column terminal the listings keep id and date columns whole (an id can be copied), and
squeeze or wrap the other columns instead. Run through a real pseudo-terminal of 80 columns."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import sys
import termios
from pathlib import Path

import pytest

from cablegram.store import open_store
from test_api_sample import build_sample


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("narrow") / "sample.db"
    with open_store(str(path)) as store:
        build_sample(store)
    return path


def _in_terminal(columns: int, *args: str) -> str:
    """The output of the real entry point in a pseudo-terminal ``columns`` wide, escape codes removed."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: its stdin/stdout are the terminal
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
        env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "NO_COLOR")}
        os.execve(sys.executable, [sys.executable, "-m", "cablegram", *args], {**env, "TERM": "xterm"})
    chunks = []
    while True:
        try:
            data = os.read(fd, 65536)
        except OSError:  # EIO: the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.waitpid(pid, 0)
    os.close(fd)
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", b"".join(chunks).decode("utf-8", "replace"))


def _whole_in_lines(output: str, value: str) -> bool:
    return any(value in line for line in output.splitlines())


def test_events_keep_ids_and_dates_whole_at_80_columns(sample_db):
    from cablegram.store import readmodel

    with open_store(str(sample_db)) as store:
        rows = readmodel.list_events(store, include_rejected=True, confident=False, limit=1000)[0]
    stored_ids = {r["id"] for r in rows}
    output = _in_terminal(80, "--db", str(sample_db), "events", "--all")
    assert max(len(line.rstrip()) for line in output.splitlines()) <= 80, output
    shown = re.findall(r"evt_\S*", output)
    assert shown and set(shown) <= stored_ids, output  # a cut id (evt_cc3f…) is not a stored id
    dates = re.findall(r"^│ (\S+)", output, flags=re.M)
    assert all(re.fullmatch(r"\d{4}(-\d{2}){0,2}", d) for d in dates if d != "│"), output


def test_claims_keep_ids_whole_at_80_columns(sample_db):
    output = _in_terminal(80, "--db", str(sample_db), "claims", "--all")
    assert max(len(line.rstrip()) for line in output.splitlines()) <= 80, output
    assert "…" not in "".join(re.findall(r"│ *(\S*…)\s*│\s*$", output, flags=re.M))
    assert not re.search(r"\d{4}-\d{2}-…", output)
