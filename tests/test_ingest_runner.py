"""ingest_sources into a real SQLite store: bad inputs never stop good ones, no duplicates, versions linked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cablegram.config import Settings
from cablegram.errors import InputError
from cablegram.ingest import ingest_sources

GOOD_TEXT = "Freedonia and Sylvania agreed on Tuesday to reopen the northern border crossing to grain trucks."
GOOD_HTML = """<html><head><title>Ministers meet</title><meta property="og:site_name" content="Verde Courier"></head>
<body><article><p>The foreign ministers of Freedonia and Sylvania met in Port Verde to prepare a customs accord.</p>
<p>They asked their deputies to draft the text before the end of the month.</p></article></body></html>"""


def settings(**kw) -> Settings:
    base = {"fetch_timeout": 0.5, "fetch_retries": 0, "fetch_max_bytes": 2000,
            "fetch_allow_networks": ["127.0.0.1/32"]}  # the test server is on loopback, refused unless allowed
    base.update(kw)
    return Settings(**base)


def stored(store) -> list:
    return list(store.iter_documents())


def test_mixed_bad_inputs_keep_good_ones_and_reingest_is_noop(store, tmp_path: Path, http_server):
    (tmp_path / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (tmp_path / "latin.txt").write_bytes("Délégation de Sylvanie: the envoy arrived in Port Verde on Monday.".encode("latin-1"))
    (tmp_path / "utf16.txt").write_bytes("Sylvania's cabinet approved the accord on Wednesday.".encode("utf-16"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (tmp_path / "menu.html").write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    (tmp_path / "page.html").write_text(GOOD_HTML, encoding="utf-8")
    (tmp_path / "fake.rss").write_text("this is not xml at all", encoding="utf-8")
    (tmp_path / "rows.jsonl").write_text("\n".join([
        json.dumps({"id": 1, "text": "Row one: the commission met in Port Verde.", "extra": "kept"}),
        '{"id": 2, "text": "Row two is cut off',
        json.dumps({"id": 3, "title": "row three has no text"}),
        json.dumps({"id": 4, "text": "Row four: the crossing reopened at dawn."}),
    ]), encoding="utf-8")
    page_url = http_server.route("/page", GOOD_HTML.replace("Port Verde", "Lake Sol"))
    sources = [
        str(tmp_path),
        str(tmp_path / "does-not-exist.txt"),
        http_server.url("/missing"),
        http_server.route("/slow", GOOD_HTML, delay=2.0),
        http_server.route("/big", "y " * 5000, content_type="text/plain"),
        page_url,
    ]
    outcomes: list[tuple[str, str]] = []
    summary = ingest_sources(store, sources, settings(), progress=lambda s, o: outcomes.append((s, o)), missing_ok=True)

    texts = sorted(d.text for d in stored(store))
    assert len(texts) == 7  # good.txt, latin.txt, utf16.txt, page.html, 2 JSONL rows, the page URL
    assert summary.inserted == 7 and summary.duplicates == 0 and summary.new_versions == 0
    assert len(set(summary.doc_ids)) == 7
    failed_sources = {src for src, _ in summary.failed}
    assert str(tmp_path / "empty.txt") in failed_sources and str(tmp_path / "blob.txt") in failed_sources
    assert str(tmp_path / "menu.html") in failed_sources and str(tmp_path / "fake.rss") in failed_sources
    assert f"{tmp_path / 'rows.jsonl'}:2" in failed_sources and f"{tmp_path / 'rows.jsonl'}:3" in failed_sources
    assert str(tmp_path / "does-not-exist.txt") in failed_sources
    assert {http_server.url("/missing"), http_server.url("/slow"), http_server.url("/big")} <= failed_sources
    assert len(summary.failed) == 10 and not summary.ok
    assert all(err.hint for err in summary.errors)
    assert [o for s, o in outcomes if o == "done"] == ["done"] * len(sources)
    jsonl_doc = next(d for d in stored(store) if d.text.startswith("Row one"))
    assert jsonl_doc.meta["extra"] == "kept" and jsonl_doc.meta["source_id"] == 1

    again = ingest_sources(store, [str(tmp_path), page_url], settings())
    assert again.inserted == 0 and again.new_versions == 0 and again.duplicates == 7
    assert len(stored(store)) == 7
    # latin.txt is not UTF-8: decoded by detection and flagged (a note, not held back)
    assert summary.line().startswith("ingested 7, skipped 0 duplicates, 0 new versions, 10 failed; flagged: "
                                     "encoding_repaired 1")
    assert summary.flags["encoding_repaired"] == 1 and summary.held_back == 0
    # the documents with no date anywhere say so (a note, not held back)
    assert summary.flags["no_date"] == sum(1 for d in stored(store) if not d.published_at) > 0


def test_changed_url_is_new_version_linked_to_old(store, http_server):
    url = http_server.route("/statement", GOOD_HTML)
    first = ingest_sources(store, [url], settings())
    assert first.inserted == 1
    http_server.route("/statement", GOOD_HTML.replace("end of the month", "end of the week"))
    second = ingest_sources(store, [url], settings())
    assert second.new_versions == 1 and second.inserted == 0
    new = store.get_document(second.doc_ids[0])
    assert new.previous_version == first.doc_ids[0]
    assert new.url == url and "end of the week" in new.text
    third = ingest_sources(store, [url], settings())
    assert third.duplicates == 1 and len(stored(store)) == 2


def test_primary_and_publisher_flags(store, tmp_path: Path):
    p = tmp_path / "readout.md"
    p.write_text("# Readout\n\n" + GOOD_TEXT, encoding="utf-8")
    summary = ingest_sources(store, [str(p)], settings(), primary=True, publisher="Ministry of Foreign Affairs of Freedonia")
    doc = store.get_document(summary.doc_ids[0])
    assert doc.is_primary and doc.publisher == "Ministry of Foreign Affairs of Freedonia" and doc.title == "Readout"


def test_a_missing_path_raises_naming_it_before_anything_is_stored(store, tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("The two ministers met in the capital on Monday to discuss the border.", encoding="utf-8")
    missing = str(tmp_path / "articles")
    with pytest.raises(InputError) as raised:
        ingest_sources(store, [str(good), missing], settings())
    assert raised.value.code == "file_not_found" and raised.value.source == missing
    assert "missing_ok" in raised.value.hint
    assert store.counts()["documents"] == 0
    summary = ingest_sources(store, [str(good), missing], settings(), missing_ok=True)
    assert summary.inserted == 1 and [src for src, _ in summary.failed] == [missing]
