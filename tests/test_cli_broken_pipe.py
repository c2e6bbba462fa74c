"""A reader that closes the pipe early (``cablegram events --all -f csv | head -1``) ends the command
quietly with exit 0, as standard command-line tools do, for every output format: nothing on stderr."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cablegram.store import open_store
from test_api_sample import build_sample


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pipe") / "sample.db"
    with open_store(str(path)) as store:
        build_sample(store)
    return path


def _run_with_closed_reader(*args: str) -> tuple[int, str]:
    """Run the real entry point with stdout on a pipe whose reading end is already closed: (exit code, stderr)."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader went away before the first line was written
    try:
        proc = subprocess.run([sys.executable, "-m", "cablegram", *args], stdout=write_end, stderr=subprocess.PIPE,
                              text=True, timeout=300)
    finally:
        os.close(write_end)
    return proc.returncode, proc.stderr


@pytest.mark.parametrize("fmt", [["-f", "csv"], ["-f", "json"], []])
def test_closed_stdout_ends_events_quietly(sample_db, fmt):
    code, stderr = _run_with_closed_reader("--db", str(sample_db), "events", "--all", *fmt)
    assert (code, stderr) == (0, "")


def test_closed_stdout_ends_other_listings_quietly(sample_db):
    for args in (["claims", "--all"], ["commitments", "list"], ["status"]):
        assert _run_with_closed_reader("--db", str(sample_db), *args) == (0, ""), args


def test_errors_still_fail_with_a_closed_stdout(sample_db):
    code, stderr = _run_with_closed_reader("--db", str(sample_db), "events", "--type", "ATTACK")
    assert code == 1 and "error[invalid_value]" in stderr
