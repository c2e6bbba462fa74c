"""`--db` given after the command (newuser11: `cablegram events --db my.db`) is refused by Click with "No such
option"; the error now says --db is a global option that goes before the command. The real entry point."""

from __future__ import annotations

import subprocess
import sys

import pytest


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "cablegram", *args], capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("args,command", [(["events", "--db", "x.db"], "events"),
                                          (["commitments", "summary", "--db=x.db"], "commitments summary")])
def test_db_after_the_command_says_where_it_goes(args, command):
    done = _run(*args)
    assert done.returncode == 2
    last = done.stderr.strip().splitlines()[-1]
    assert last.startswith("error[usage_error]: No such option: --db"), last
    assert f"give it before the command, e.g. `cablegram --db PATH {command} …`, or set CABLEGRAM_DB." in last


def test_other_unknown_options_get_no_such_hint():
    done = _run("events", "--dbx")
    assert done.returncode == 2 and "global option" not in done.stderr
