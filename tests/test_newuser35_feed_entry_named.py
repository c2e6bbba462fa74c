"""A feed entry without text is named by its headline in the error (newuser35).

`cablegram ingest feed.xml` on a headlines-only feed said "feed.xml#entry1: feed entry has no summary or content
text"; entry numbers are shown nowhere else, so in a feed of forty items the user could not tell which story was left
out. The message now quotes the entry's title; an entry without a title reads as before, and entries with text are
stored as before. Real feed file through the console entry point into a real SQLite store."""

from __future__ import annotations

import pytest

from cablegram.cli import main
from cablegram.store import open_store

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Gulf Wire</title>
<item><title>Harbour   pilots strike in Port Selim</title><link>https://example.org/pilots</link></item>
<item><link>https://example.org/untitled</link></item>
<item><title>Ferry line reopens</title><description>The ferry line between Dasra and Mirin reopened on Monday after
repairs to the pier, the port authority said.</description><pubDate>Mon, 07 Oct 2024 08:00:00 GMT</pubDate></item>
</channel></rss>"""


def test_an_entry_without_text_is_named_by_its_title(tmp_path, capsys):
    db = str(tmp_path / "feed.db")
    path = tmp_path / "gulf.xml"
    path.write_text(FEED, encoding="utf-8")
    with pytest.raises(SystemExit) as done:
        main(["--db", db, "ingest", str(path)])
    assert done.value.code == 1
    captured = capsys.readouterr()
    text = captured.err + captured.out
    assert "gulf.xml#entry1: feed entry ('Harbour pilots strike in Port Selim') has no summary or content text" in text
    assert "gulf.xml#entry2: feed entry has no summary or content text" in text  # no title: as before
    assert "--fetch-links" in text
    with open_store(db, create=False) as store:
        titles = [d.title for d in store.iter_documents()]
    assert titles == ["Ferry line reopens"]
