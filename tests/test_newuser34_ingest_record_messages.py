"""Ingest errors name what the user gave: an item of a .json array, an XML file that is no feed (newuser34).

A .json array whose second record had no text said "arr.json:2: no text field … in this line", though the file has
no lines to count (the 2 is the item's number); an .xml file that is no feed was told to "Check the feed URL (a
site's page is not its feed)", though no URL was given. Now the array's record is "this item" (JSON Lines keep
"this line") and a local XML file's hint says what a feed starts with and how to ingest its text instead. Real
console entry point, real SQLite store; the good records are still stored."""

from __future__ import annotations

import json

from cablegram.cli import main


def _ingest(tmp_path, capsys, name: str, content: str):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    db = str(tmp_path / f"{path.stem}.db")
    try:
        main(["--db", db, "ingest", str(path)])
        code = 0
    except SystemExit as stop:
        code = stop.code
    out = capsys.readouterr()
    return code, out.out, out.err, db


def test_an_array_record_is_an_item_and_a_jsonl_record_a_line(tmp_path, capsys):
    records = [{"title": "Lock repairs", "text": "The canal authority of Dunmere began repairs on the upper lock."},
               {"title": "Missing body", "summary": "no article text here"},
               {"title": "Blank body", "text": "   "}]
    code, out, err, db = _ingest(tmp_path, capsys, "batch.json", json.dumps(records))
    assert code == 1 and "ingested 1," in out and "2 failed" in out
    assert "batch.json:2: no text field" in err and "in this item" in err
    assert "batch.json:3: text field 'text' is empty in this item" in err and "remove the item" in err
    assert "this line" not in err and "Traceback" not in err

    lines = "".join(json.dumps(r) + "\n" for r in records)
    code, out, err, _ = _ingest(tmp_path, capsys, "batch.jsonl", lines)
    assert code == 1 and "batch.jsonl:2: no text field" in err and "in this line" in err and "this item" not in err


def test_a_local_xml_file_that_is_no_feed_is_not_told_about_urls(tmp_path, capsys):
    code, out, err, db = _ingest(tmp_path, capsys, "inventory.xml",
                                 "<?xml version='1.0'?><inventory><crate id='4'>nails</crate></inventory>")
    assert code == 1 and "0 failed" not in out
    assert "error[unsupported_format]" in err and "inventory.xml: not an RSS or Atom feed" in err
    assert "URL" not in err and "<rss" in err and ".txt" in err
