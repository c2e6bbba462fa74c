"""A file named .xml (or a body served as a feed) that is not XML at all is refused as not a feed, naming it (newuser15).

feedparser is lenient: a Python program saved as notes.xml, whose string literals held a sample RSS feed, was read
as a feed and its samples stored as documents. Now content whose first non-blank character is not "<" is refused
(unsupported_format, the file or URL named); a real feed in the same folder, with a byte-order mark or blank lines
before its declaration, is still read. Real store, real HTTP server on 127.0.0.1; texts written for this test."""

from __future__ import annotations

import pytest
from http_fixtures import http_server  # noqa: F401

import cablegram
from cablegram.config import Settings

SAMPLE = ('<rss version="2.0"><channel><title>Harbour Desk</title><item><title>Quay works</title><description>'
          "The harbour board approved new quay works at Lindmark on Monday.</description></item></channel></rss>")
PROGRAM = f'"""Fixtures for the parser."""\nSAMPLE_FEED = \'{SAMPLE}\'\n\ndef sample():\n    return SAMPLE_FEED\n'
PROSE = f"Notes from the desk, with a pasted feed below.\n\n{SAMPLE}\n"
FEED = f'<?xml version="1.0" encoding="utf-8"?>\n{SAMPLE}\n'


@pytest.fixture()
def folder(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "notes.xml").write_text(PROGRAM, encoding="utf-8")
    (d / "desk.xml").write_text(PROSE, encoding="utf-8")
    (d / "feed.xml").write_bytes(b"\xef\xbb\xbf\n\n  " + FEED.encode("utf-8"))  # BOM and blank lines: still a feed
    return d


def test_a_non_xml_file_named_xml_is_not_a_feed(tmp_path, folder):
    store = cablegram.open_store(str(tmp_path / "s.db"))
    summary = cablegram.ingest_sources(store, [str(folder)])
    assert summary.inserted == 1, summary.failed
    refused = {e.source: e for e in summary.errors}
    assert sorted(refused) == [str(folder / "desk.xml"), str(folder / "notes.xml")]
    for error in refused.values():
        assert error.code == "unsupported_format"
        assert str(error).startswith(f"{error.source}: not a feed: the content is not XML")
    assert "starts with 'N'" in str(refused[str(folder / "desk.xml")])
    docs = store.read_sql("SELECT title, source FROM documents")
    assert docs == [{"title": "Quay works", "source": str(folder / "feed.xml")}]
    store.close()


def test_a_non_xml_body_served_as_a_feed_is_refused(tmp_path, http_server):
    bad = http_server.route("/feed", PROSE, content_type="application/rss+xml")
    good = http_server.route("/good", FEED, content_type="application/rss+xml")
    store = cablegram.open_store(str(tmp_path / "u.db"))
    settings = Settings(db=str(tmp_path / "u.db"), fetch_allow_hosts=["127.0.0.1"])
    summary = cablegram.ingest_sources(store, [bad, good], settings)
    assert summary.inserted == 1 and [e.source for e in summary.errors] == [bad]
    assert summary.errors[0].code == "unsupported_format" and "not a feed" in str(summary.errors[0])
    store.close()
