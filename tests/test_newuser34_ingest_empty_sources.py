"""A source that holds no document says so in the ingest summary (newuser34).

`cablegram ingest` of an RSS file whose channel had no items printed "ingested 0, skipped 0 duplicates, 0 new
versions, 0 failed", the same as for nothing given: the user could not tell the feed was read and found empty. Now
the line names the sources that held no document and no error; the exit status stays 0 (an empty feed is not a
failure: `watch` polls feeds that are empty between posts). Real console entry point, real SQLite store, real files."""

from __future__ import annotations

import cablegram
from cablegram.cli import main

EMPTY_FEED = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet Harbour Notices</title>'
              "<link>https://harbour.example/</link><description>notices</description></channel></rss>")
NOTE = "The lighthouse keepers of Brannock repainted the north tower before the winter storms arrived."


def test_the_summary_names_a_feed_without_entries(tmp_path, capsys):
    feed = tmp_path / "notices.rss"
    feed.write_text(EMPTY_FEED, encoding="utf-8")
    nothing = tmp_path / "batch.json"
    nothing.write_text("[]", encoding="utf-8")
    note = tmp_path / "note.txt"
    note.write_text(NOTE + "\n", encoding="utf-8")
    db = str(tmp_path / "empty.db")
    main(["--db", db, "ingest", str(feed), str(nothing), str(note)])  # no SystemExit: nothing failed
    line = capsys.readouterr().out
    assert "ingested 1," in line and "0 failed" in line
    assert f"2 sources held no document ({feed}, {nothing}:" in line

    with cablegram.open_store(db, create=False) as store:
        summary = cablegram.ingest_sources(store, [str(feed), str(note)])
    assert summary.empty == [str(feed)] and summary.duplicates == 1 and summary.ok


def test_sources_with_documents_say_nothing_more(tmp_path, capsys):
    note = tmp_path / "note.txt"
    note.write_text(NOTE + "\n", encoding="utf-8")
    main(["--db", str(tmp_path / "full.db"), "ingest", str(note)])
    assert "held no document" not in capsys.readouterr().out
