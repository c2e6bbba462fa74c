"""What a new user met ingesting a folder (newuser11): the help names every extension a folder is read for,
and a folder holding each of them is read whole into a real store."""

from __future__ import annotations

import json
import re

from typer.testing import CliRunner

from cablegram.cli import app
from cablegram.ingest import SUFFIX_KINDS
from cablegram.store import open_store


def _texts(n: int) -> list[str]:
    countries = ["Freedonia", "Sylvania", "Ruritania", "Grand Fenwick", "Latveria", "Genovia", "Elbonia",
                 "Molvania", "Zubrowka", "Kreplachistan", "Borduria"]
    return [f"{countries[i % len(countries)]} sent {i + 3} field kitchens to the border region on day {i + 1}, "
            f"its interior ministry said in note number {i * 7 + 11}." for i in range(n)]


def _write(folder, suffix: str, text: str) -> None:
    kind = SUFFIX_KINDS[suffix]
    path = folder / f"doc{suffix}"
    if kind == "json":
        path.write_text(json.dumps({"title": "Kitchens", "date": "2024-03-01", "text": text}), encoding="utf-8")
    elif kind == "jsonl":
        path.write_text(json.dumps({"id": suffix, "text": text}) + "\n", encoding="utf-8")
    elif kind == "html":
        path.write_text(f"<html><head><title>Kitchens</title></head><body><article><p>{text}</p></article></body></html>",
                        encoding="utf-8")
    elif kind == "feed":
        path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><title>Kitchens</title>'
                        f"<link>https://example.org/{suffix[1:]}</link><description>{text}</description></item>"
                        "</channel></rss>", encoding="utf-8")
    else:
        path.write_text(f"Kitchens\n\n{text}\n", encoding="utf-8")


def test_ingest_help_names_every_extension_a_folder_is_read_for():
    result = CliRunner().invoke(app, ["ingest", "--help"], terminal_width=200, env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    text = " ".join(result.output.replace("│", " ").split())
    listed = set(re.findall(r"\.[a-z]+", text[text.index("by extension"):text.index("hidden files")]))
    assert listed == set(SUFFIX_KINDS), sorted(set(SUFFIX_KINDS) ^ listed)


def test_a_folder_with_every_listed_extension_is_read_whole(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    suffixes = sorted(SUFFIX_KINDS)
    for suffix, text in zip(suffixes, _texts(len(suffixes))):
        _write(folder, suffix, text)
    (folder / "notes.docx").write_bytes(b"PK\x03\x04 not read")  # not a listed extension: left alone
    db = tmp_path / "u.db"
    result = CliRunner().invoke(app, ["--db", str(db), "ingest", str(folder)])
    assert result.exit_code == 0, result.output
    with open_store(str(db)) as store:
        assert store.counts()["documents"] == len(suffixes)


def test_a_json_url_is_read_as_a_local_json_file_is(tmp_path, http_server):
    from cablegram.config import Settings
    from cablegram.ingest import ingest_sources

    texts = _texts(3)
    record = {"title": "Kitchens", "date": "2024-03-01", "publisher": "Interior Ministry", "text": texts[0]}
    one = http_server.route("/readout.json", json.dumps(record), content_type="application/json; charset=utf-8")
    many = http_server.route("/items.json", json.dumps([{"text": texts[1]}, {"title": "no text"}, 7]),
                             content_type="application/json")
    sniffed = http_server.route("/saved.json", json.dumps({"text": texts[2]}), content_type="application/octet-stream")
    broken = http_server.route("/broken.json", '{"text": "cut off', content_type="application/json")
    local = tmp_path / "readout.json"
    local.write_text(json.dumps(record), encoding="utf-8")
    settings = Settings(db=str(tmp_path / "u.db"), fetch_allow_networks=["127.0.0.1/32"], fetch_retries=0)
    with open_store(settings.db) as store:
        summary = ingest_sources(store, [one, many, sniffed, broken], settings)
        assert summary.inserted == 3
        assert [(e.source, e.code) for e in summary.errors] == [
            (f"{many}:2", "invalid_record"), (f"{many}:3", "invalid_record"), (broken, "invalid_json")]
        fetched = {d.text: d for d in store.iter_documents()}
        assert set(fetched) == set(texts)
        again = ingest_sources(store, [str(local)], settings)
        assert again.duplicates == 1  # the same record read from a file is the same document
        doc = fetched[texts[0]]
        assert (doc.title, doc.publisher, doc.published_at[:10]) == ("Kitchens", "Interior Ministry", "2024-03-01")


def test_a_feed_entry_whose_page_fails_is_kept_from_the_feed_and_the_error_says_so(tmp_path, http_server):
    texts = _texts(2)
    page = http_server.route("/ok.html", f"<html><head><title>Kitchens</title></head><body><article><p>{texts[0]}"
                                         "</p></article></body></html>")
    gone = http_server.url("/gone.html")  # not routed: the server answers 404
    feed = http_server.route("/feed.xml", '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
                             f"<item><title>One</title><link>{page}</link><description>short one</description></item>"
                             f"<item><title>Two</title><link>{gone}</link><description>{texts[1]}</description></item>"
                             "</channel></rss>", content_type="application/rss+xml")
    db = tmp_path / "f.db"
    result = CliRunner().invoke(app, ["--db", str(db), "ingest", "--fetch-links", feed], env={
        "COLUMNS": "300", "CABLEGRAM_FETCH_ALLOW_NETWORKS": "127.0.0.1/32", "CABLEGRAM_FETCH_RETRIES": "0"})
    assert result.exit_code == 1, result.output  # one input failed …
    text = " ".join(result.output.split())
    assert f"{gone}: HTTP 404" in text and "The entry's own text from the feed was stored instead." in text
    with open_store(str(db)) as store:  # … and nothing was lost
        assert sorted(d.text for d in store.iter_documents()) == sorted(texts)


def test_a_dateline_after_a_byline_is_read_and_the_byline_stays(tmp_path):
    body = ("The foreign minister of Freedonia met her Sylvanian counterpart in Marlo on Tuesday. The two "
            "ministers discussed the reopening of the river crossings.")
    cases = {
        "a.txt": f"Ministers meet in Marlo\n\nBy Jane Writer, staff correspondent\n\nMARLO, 4 June 2024 — {body}\n",
        "b.txt": f"Ministers meet in Marlo\n\nBy Jane Writer\nMARLO, 4 June 2024 — {body}\n",
        "c.txt": f"Ministers meet in Marlo\n\nMARLO, 4 June 2024 — {body}\n",  # no byline: as before
    }
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in cases.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "d.txt").write_text(f"Ministers meet\n\nBy Monday the talks had ended.\nMARLO — {body}\n", encoding="utf-8")
    db = tmp_path / "d.db"
    assert CliRunner().invoke(app, ["--db", str(db), "ingest", str(folder)]).exit_code == 0
    with open_store(str(db)) as store:
        docs = {d.source.rsplit("/", 1)[-1]: d for d in store.iter_documents()}
    for name in ("a.txt", "b.txt", "c.txt"):
        doc = docs[name]
        assert doc.published_at.startswith("2024-06-04") and doc.meta["dateline"]["place"] == "MARLO", name
        assert "MARLO, 4 June" not in doc.text and doc.text.endswith(body), name
    assert docs["a.txt"].text.startswith("By Jane Writer, staff correspondent\n\nThe foreign minister")
    assert docs["b.txt"].text.startswith("By Jane Writer\nThe foreign minister")
    assert "dateline" not in docs["d.txt"].meta  # a first sentence starting with "By" is no byline
