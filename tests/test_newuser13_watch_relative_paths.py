"""`watch` names where a watch file's relative paths start when a source is missing (newuser13).

An analyst kept the watch file in `w/` and wrote its sources as seen from the shell (`"w/inbox/"`); watch read them
relative to the file (`w/w/inbox`), as documented, but its message said "relative paths start from the current
directory", which sent the analyst the wrong way. The real CLI on real folders; no pipeline is loaded (nothing is
ingested)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

CONFIG = """interval = 5
sources = ["w/inbox/"]
"""


def test_a_missing_watch_source_says_paths_start_from_the_watch_files_folder(tmp_path: Path):
    (tmp_path / "w" / "inbox").mkdir(parents=True)
    (tmp_path / "w" / "watch.toml").write_text(CONFIG, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "cablegram", "--db", "w.db", "watch", "--config", "w/watch.toml",
                           "--once"], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    out = done.stdout + done.stderr
    assert f"{tmp_path / 'w' / 'w' / 'inbox'}: no such file or directory" in out, out
    assert f"start from the file's folder ({tmp_path / 'w'})" in out, out
    assert "start from the current directory" not in out, out
    assert "1 failures" in out, out


def test_a_missing_path_on_the_command_line_keeps_the_current_directory_hint(tmp_path: Path):
    done = subprocess.run([sys.executable, "-m", "cablegram", "--db", "c.db", "ingest", "nowhere/"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=300)
    out = done.stdout + done.stderr
    assert done.returncode != 0 and "relative paths start from the current directory" in out, out
