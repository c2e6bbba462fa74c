"""A changed local file is a new version of the earlier one, as a changed page at the same URL is (newuser15).

A readout saved over with a corrected text and ingested again (from the command line or a watched folder) became a
second, unrelated document. Now a whole .txt/.md/.html file read again from the same path with new content is stored as
a "new_version" linked by ``previous_version`` to the latest earlier version; unchanged content stays a duplicate.
Feed entries and JSON Lines records without a link, uploads and API posts are not files and are never chained by
their source. Real SQLite store (and PostgreSQL where available); texts written for this test."""

from __future__ import annotations

import json

import cablegram
from cablegram.records import Document

FIRST = "Harbour board readout\n\nThe harbour board of Lindmark approved new quay works on Monday, the board said.\n"
SECOND = FIRST.replace("on Monday", "on Monday and a second berth")
THIRD = SECOND.replace("second berth", "second and third berth")


def versions(store, source):
    return store.read_sql("SELECT id, previous_version FROM documents WHERE source = ? ORDER BY ingested_at", [source])


def test_a_rewritten_file_is_linked_to_its_earlier_version(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    readout, page = folder / "readout.txt", folder / "page.html"
    readout.write_text(FIRST, encoding="utf-8")
    page.write_text(f"<html><body><p>{FIRST}</p></body></html>", encoding="utf-8")
    store = cablegram.open_store(str(tmp_path / "v.db"))
    first = cablegram.ingest_sources(store, [str(folder)])
    assert (first.inserted, first.new_versions) == (2, 0)
    readout.write_text(SECOND, encoding="utf-8")
    page.write_text(f"<html><body><p>{SECOND}</p></body></html>", encoding="utf-8")
    second = cablegram.ingest_sources(store, [str(folder)])
    assert (second.inserted, second.new_versions, second.duplicates) == (0, 2, 0)
    assert "2 new versions" in second.line()
    again = cablegram.ingest_sources(store, [str(readout)])  # unchanged: a duplicate, no new link
    assert (again.inserted, again.new_versions, again.duplicates) == (0, 0, 1)
    readout.write_text(THIRD, encoding="utf-8")
    third = cablegram.ingest_sources(store, [str(readout)])
    assert third.new_versions == 1 and "1 new version," in third.line()
    chain = versions(store, str(readout))
    assert [row["previous_version"] for row in chain] == [None, chain[0]["id"], chain[1]["id"]]
    assert chain[2]["id"] == third.doc_ids[0]
    html_chain = versions(store, str(page))
    assert len(html_chain) == 2 and html_chain[1]["previous_version"] == html_chain[0]["id"]
    store.close()


def test_records_feed_entries_and_uploads_are_not_chained_by_source(tmp_path):
    records = tmp_path / "recs.jsonl"
    records.write_text("\n".join(json.dumps({"text": f"The ferry from Holmstad to Varby sails {day}.", "title": day})
                                 for day in ("on Monday", "on Tuesday")) + "\n", encoding="utf-8")
    feed = tmp_path / "desk.xml"
    items = "".join(f"<item><title>{t}</title><description>The quay at Lindmark reopens {t}.</description></item>"
                    for t in ("in May", "in June"))
    feed.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>{items}</channel></rss>',
                    encoding="utf-8")
    store = cablegram.open_store(str(tmp_path / "r.db"))
    summary = cablegram.ingest_sources(store, [str(records), str(feed)])
    assert (summary.inserted, summary.new_versions) == (4, 0), summary.failed
    for label in ("upload:readout.txt", "api:json"):
        for text in (FIRST, SECOND):
            doc = Document(text=f"{text} (via {label})", source=label, meta={"format": "text"})
            assert store.add_document(doc) == "inserted"
    assert store.read_sql("SELECT COUNT(*) AS n FROM documents WHERE previous_version IS NOT NULL") == [{"n": 0}]
    store.close()


def test_both_backends_link_a_file_version(any_backend_store):
    store = any_backend_store
    meta = {"format": "markdown"}
    one, two = (Document(text=t, source="notes/readout.md", meta=dict(meta)) for t in (FIRST, SECOND))
    assert store.add_document(one) == "inserted"
    assert store.add_document(two) == "new_version" and two.previous_version == one.id
    assert store.get_document(two.id).previous_version == one.id
    other = Document(text=THIRD, source="notes/other.md", meta=dict(meta))
    assert store.add_document(other) == "inserted" and other.previous_version is None


def test_show_names_the_other_version(tmp_path, capsys):
    from cablegram.cli import main

    readout = tmp_path / "readout.txt"
    db = str(tmp_path / "s.db")
    ids = []
    for text in (FIRST, SECOND):
        readout.write_text(text, encoding="utf-8")
        store = cablegram.open_store(db)
        ids += cablegram.ingest_sources(store, [str(readout)]).doc_ids
        store.close()
    main(["--db", db, "show", ids[1]])
    newer = capsys.readouterr().out
    assert f"new version of {ids[0]} (same file, changed text)" in newer and "superseded" not in newer
    main(["--db", db, "show", ids[0]])
    older = capsys.readouterr().out
    assert f"superseded by {ids[1]}" in older and "new version of" not in older
