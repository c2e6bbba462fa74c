"""A bad file left in a watched folder is logged once per version of the file, not at every cycle; a changed or
re-created file is logged again. Real SQLite store, real ingest, real watch state file, files written here;
a fresh Watcher per cycle, as `cablegram watch --once` from cron runs it."""

from __future__ import annotations

import logging
import os

from cablegram.config import Settings
from cablegram.monitor import Watcher, load_watch_config
from cablegram.store import open_store


def _cycle(db, config):
    with open_store(str(db)) as store:
        watcher = Watcher(store, load_watch_config(config), Settings(db=str(db)), sinks=[])
        try:
            return watcher.run_once()
        finally:
            watcher.close()


def _logged(caplog) -> list[str]:
    lines = [r.getMessage() for r in caplog.records if r.name == "cablegram.monitor" and r.getMessage().startswith("source ")]
    caplog.clear()
    return lines


def test_bad_files_are_logged_once_per_version(tmp_path, caplog):
    caplog.set_level(logging.WARNING, logger="cablegram.monitor")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "notes.jsonl").write_text('{"title": "Port fees", "text": "unterminated\n', encoding="utf-8")
    (inbox / "blank.txt").write_text("", encoding="utf-8")
    config = tmp_path / "watch.toml"
    config.write_text('interval = 60\nsources = ["inbox/"]\n[[rules]]\nname = "kw"\nkind = "keyword"\n'
                      'keywords = ["harbour"]\n', encoding="utf-8")
    db = tmp_path / "news.db"

    first = _cycle(db, config)
    logged = _logged(caplog)
    assert len(first.failures) == 2 and first.unchanged_failures == 0
    assert any("notes.jsonl:1" in line and "invalid JSON" in line for line in logged)
    assert any("blank.txt" in line and "empty" in line for line in logged)

    second = _cycle(db, config)  # nothing changed: nothing logged again, still counted
    assert _logged(caplog) == [] and second.failures == [] and second.unchanged_failures == 2

    notes = inbox / "notes.jsonl"
    notes.write_text('{"title": "Port fees", "text": "still unterminated, and longer\n', encoding="utf-8")
    st = notes.stat()
    os.utime(notes, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))  # a new version even on a coarse clock
    third = _cycle(db, config)
    logged = _logged(caplog)
    assert [line for line in logged if "notes.jsonl" in line] and not [line for line in logged if "blank.txt" in line]
    assert third.unchanged_failures == 1

    (inbox / "blank.txt").unlink()
    assert _cycle(db, config).unchanged_failures == 1  # only notes.jsonl still fails
    _logged(caplog)
    (inbox / "blank.txt").write_text("", encoding="utf-8")  # bad again after it was gone: reported again
    assert any("blank.txt" in line for line in (_cycle(db, config), _logged(caplog))[1])


def test_an_empty_watched_folder_is_reported_once_until_it_changes(tmp_path, caplog):
    """An inbox with nothing to read yet said "folder holds no ingestible files" at every cycle."""
    caplog.set_level(logging.WARNING, logger="cablegram.monitor")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    config = tmp_path / "watch.toml"
    config.write_text('interval = 60\nsources = ["inbox/"]\n', encoding="utf-8")
    db = tmp_path / "empty.db"
    first = _cycle(db, config)
    assert len(first.failures) == 1 and "no ingestible files" in first.failures[0]
    assert len(_logged(caplog)) == 1
    second = _cycle(db, config)
    assert second.failures == [] and second.unchanged_failures == 1 and _logged(caplog) == []
    (inbox / "notes.pdf").write_bytes(b"%PDF-1.4 not read")  # still nothing ingestible, but the folder changed
    st = inbox.stat()
    os.utime(inbox, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    third = _cycle(db, config)
    assert len(third.failures) == 1 and len(_logged(caplog)) == 1
