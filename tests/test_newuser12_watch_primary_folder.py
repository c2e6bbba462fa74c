"""`watch` with a folder of readouts marked primary (newuser12).

An analyst watched two folders: `inbox/` for news and `readouts/` for the ministry's statements saved as plain text.
A .txt readout has no publisher, so `primary_publishers` cannot make it primary, and the watch file had no way to say
so (`cablegram ingest --primary` has): the articles were never traced and no trace rule fired. Now a source table
takes `primary = true`; its documents are stored as primary sources, and a readout that arrives after its article
re-traces it. The real CLI, pipeline and embeddings on watched folders; texts written for this test."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cablegram.errors import ConfigError
from cablegram.monitor.config import WatchConfig

READOUT = ("Minister Arvo meets Minister Dellin\n\n9 October 2025\n\nForeign Minister Karin Arvo of Norland received "
           "Foreign Minister Piet Dellin of Sudmark in Holmstad today. The ministers discussed the reopening of the "
           "ferry line across the bay. Norland will give 12 million euros to Sudmark for new harbour cranes.\n")
ARTICLE = ("Norland pays for Sudmark cranes\n\nHOLMSTAD, 9 October 2025 — Norland's foreign minister Karin Arvo received "
           "Sudmark's Piet Dellin in Holmstad on Thursday. The two ministers discussed reopening the ferry line across "
           "the bay. Norland will give 12 million euros to Sudmark for new harbour cranes. Observers think the talks "
           "could ease a long quarrel over fishing rights.\n")
CONFIG = """interval = 5
log_file = "alerts.jsonl"
alert_on_existing = true
trace = true
sources = ["inbox/", {folder = "readouts/", primary = true}]

[[rules]]
name = "unsupported"
kind = "trace"
min_unsupported = 0.2
"""


def _watch(folder: Path) -> str:
    done = subprocess.run([sys.executable, "-m", "cablegram", "--db", "w.db", "watch", "--config", "watch.toml", "--once"],
                          cwd=folder, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return done.stdout + done.stderr


def _alerts(folder: Path) -> list[dict]:
    path = folder / "alerts.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def test_a_readout_in_a_primary_folder_is_a_primary_source_and_re_traces_the_article(tmp_path):
    (tmp_path / "inbox").mkdir()
    (tmp_path / "readouts").mkdir()
    (tmp_path / "watch.toml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "inbox" / "cranes.txt").write_text(ARTICLE, encoding="utf-8")
    first = _watch(tmp_path)
    assert "0 alerts" in first and _alerts(tmp_path) == [], first  # no readout yet

    (tmp_path / "readouts" / "arvo-dellin.txt").write_text(READOUT, encoding="utf-8")
    second = _watch(tmp_path)
    alerts = _alerts(tmp_path)
    assert [a["rule"] for a in alerts] == ["unsupported"], second
    assert alerts[0]["title"] == "Norland pays for Sudmark cranes" and alerts[0]["details"]["sentences"] >= 4

    from cablegram.store import open_store

    with open_store(str(tmp_path / "w.db")) as store:
        flags = {d.title: d.is_primary for d in store.iter_documents()}
    assert flags == {"Norland pays for Sudmark cranes": False, "Minister Arvo meets Minister Dellin": True}, flags


@pytest.mark.parametrize("source, says", [
    ({"folder": "readouts/", "primary": "yes"}, "primary must be true or false"),
    ({"folder": "readouts/", "primery": True}, "unknown key(s) primery"),
])
def test_a_bad_primary_key_is_refused_with_the_source(tmp_path, source, says):
    with pytest.raises(ConfigError) as err:
        WatchConfig.from_dict({"sources": [source]}, base=tmp_path, where="watch.toml")
    assert says in str(err.value) and "readouts/" in str(err.value)


def test_plain_sources_are_not_primary(tmp_path):
    config = WatchConfig.from_dict({"sources": ["inbox/", {"folder": "readouts/", "primary": True},
                                                {"feed": "https://example.org/feed.xml", "primary": False}]},
                                   base=tmp_path)
    assert config.primary_sources == [str((tmp_path / "readouts").resolve())]
    assert len(config.sources) == 3
