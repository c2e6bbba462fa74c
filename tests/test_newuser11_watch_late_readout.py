"""`watch` with a readout that arrives after the articles (newuser11): the article was re-traced against it,
but its trace rules were never checked again, so no alert came; and a bad file in a watched folder was
logged without what to do about it. The real CLI, pipeline and embeddings on a watched folder."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ARTICLE = {"id": "a1", "publisher": "Daily Example", "date": "2024-06-04", "title": "Ministers meet in Marlo",
           "text": "MARLO — Freedonia's foreign minister Anna Vell met her Sylvanian counterpart Piet Hoorn in Marlo on "
                   "Tuesday. The two ministers discussed the reopening of the river crossings. Vell said Freedonia would "
                   "send 40 water pumps to the flooded districts. Observers said the meeting may thaw relations "
                   "between the two neighbours."}
READOUT = {"id": "r1", "publisher": "Freedonia Ministry of Foreign Affairs", "date": "2024-06-04",
           "title": "Minister Vell meets Minister Hoorn",
           "text": "Foreign Minister Anna Vell met Foreign Minister Piet Hoorn of Sylvania in Marlo today. The ministers "
                   "discussed reopening the river crossings. Minister Vell announced that Freedonia will send 40 water "
                   "pumps to the flooded districts."}
CONFIG = """interval = 5
log_file = "alerts.jsonl"
stdout = true
alert_on_existing = true
trace = true
sources = ["inbox/"]

[[rules]]
name = "unsupported"
kind = "trace"
min_unsupported = 0.2
"""


def _watch(folder: Path) -> str:
    script = Path(sys.executable).parent / "cablegram"
    cmd = [str(script)] if script.exists() else [sys.executable, "-m", "cablegram"]
    done = subprocess.run([*cmd, "--db", "w.db", "watch", "--config", "watch.toml", "--once"], cwd=folder,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout + done.stderr


def _alerts(folder: Path) -> list[dict]:
    path = folder / "alerts.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def test_a_late_readout_re_traces_the_article_and_its_trace_rule_fires_once(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (tmp_path / "watch.toml").write_text(CONFIG, encoding="utf-8")
    (inbox / "article.jsonl").write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")
    first = _watch(tmp_path)
    assert "0 alerts" in first and _alerts(tmp_path) == []  # no readout yet: nothing to trace against

    (inbox / "readout.jsonl").write_text(json.dumps(READOUT) + "\n", encoding="utf-8")
    (inbox / "scan.txt").write_bytes(b"%PDF-1.4\x00\x00binary")
    second = _watch(tmp_path)
    alerts = _alerts(tmp_path)
    assert [a["rule"] for a in alerts] == ["unsupported"], second
    assert alerts[0]["title"] == ARTICLE["title"] and alerts[0]["publisher"] == "Daily Example"
    assert "scan.txt: looks like a binary file" in second and "convert PDFs and office files to text first" in second

    third = _watch(tmp_path)
    assert "0 alerts" in third and len(_alerts(tmp_path)) == 1  # never twice
