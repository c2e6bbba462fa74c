"""`settle` in a watch file: a file still being written into a watched folder is not read half-written (newuser14).

A newsroom engineer's export job wrote articles into the watched inbox in two pieces, a few seconds apart: watch
read the first piece as a document, then the whole file as a second, unrelated document, and both were coded (two
AID events for one announcement, the fragment's cut off mid-sentence). Now `settle = S` makes watch leave a local file
modified in the last S seconds for a later cycle (counted in the cycle report, `waiting`); the other files of the
folder are read as before. Without `settle` (the default, 0) files are read at once, as before. Real SQLite store,
real ingest and watch state; a spaCy pipeline that only splits sentences (processing is not the subject); texts
written for this test."""

from __future__ import annotations

import os
import time

import pytest
import spacy

from cablegram.config import Settings
from cablegram.errors import ConfigError
from cablegram.monitor import Watcher, load_watch_config
from cablegram.nlp.pipeline import Pipeline
from cablegram.store import open_store

FIRST = "The harbour board of Holmstad said on Monday that the ferry line to Varby"
REST = " would reopen in May, after two years of repairs to the northern pier.\n"


@pytest.fixture(scope="module")
def light_pipeline():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return Pipeline(nlp=nlp)


def _cycle(db, config, pipeline):
    with open_store(str(db)) as store:
        watcher = Watcher(store, load_watch_config(config), Settings(db=str(db)), sinks=[], pipeline=pipeline)
        try:
            return watcher.run_once()
        finally:
            watcher.close()


def _texts(db) -> list[str]:
    with open_store(str(db)) as store:
        return sorted(d.text for d in store.iter_documents())


def _age(path, seconds: float) -> None:
    past = time.time() - seconds
    os.utime(path, (past, past))


def test_a_file_being_written_waits_and_is_read_once_whole(tmp_path, light_pipeline):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    done = inbox / "pier.txt"
    done.write_text("Officials in Varby welcomed the decision and promised a new bus link to the harbour.\n")
    _age(done, 120)
    config = tmp_path / "watch.toml"
    config.write_text('interval = 60\nsettle = 30\nsources = ["inbox/"]\n', encoding="utf-8")
    db = tmp_path / "news.db"

    growing = inbox / "ferry.txt"
    growing.write_text(FIRST, encoding="utf-8")  # the writer has not finished yet
    first = _cycle(db, config, light_pipeline)
    assert first.waiting == 1 and first.failures == [] and first.ingested == 1
    assert _texts(db) == [done.read_text().strip()]

    with growing.open("a", encoding="utf-8") as handle:
        handle.write(REST)
    second = _cycle(db, config, light_pipeline)  # finished a moment ago: still waits
    assert second.waiting == 1 and second.ingested == 0

    _age(growing, 60)  # left alone for longer than settle
    third = _cycle(db, config, light_pipeline)
    assert third.waiting == 0 and third.ingested == 1
    assert _texts(db) == sorted([done.read_text().strip(), (FIRST + REST).strip()])  # no half-written document


def test_without_settle_files_are_read_at_once(tmp_path, light_pipeline):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "ferry.txt").write_text(FIRST + REST, encoding="utf-8")
    config = tmp_path / "watch.toml"
    config.write_text('interval = 60\nsources = ["inbox/"]\n', encoding="utf-8")
    report = _cycle(tmp_path / "news.db", config, light_pipeline)
    assert report.waiting == 0 and report.ingested == 1


def test_a_single_file_source_waits_too_and_a_bad_settle_is_named(tmp_path, light_pipeline):
    path = tmp_path / "readout.txt"
    path.write_text(FIRST + REST, encoding="utf-8")
    config = tmp_path / "watch.toml"
    config.write_text('interval = 60\nsettle = 30\nsources = [{path = "readout.txt", primary = true}]\n',
                      encoding="utf-8")
    db = tmp_path / "news.db"
    assert _cycle(db, config, light_pipeline).waiting == 1 and _texts(db) == []
    _age(path, 60)
    assert _cycle(db, config, light_pipeline).ingested == 1
    with open_store(str(db)) as store:
        assert [d.is_primary for d in store.iter_documents()] == [True]
    config.write_text('interval = 60\nsettle = "ten"\nsources = ["inbox/"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="settle must be a number of seconds"):
        load_watch_config(config)
