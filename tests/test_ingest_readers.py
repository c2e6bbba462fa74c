"""Readers on real files in temp dirs: encodings, binary/empty refusal, front matter, HTML, JSONL, feeds, folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cablegram.config import Settings
from cablegram.errors import InputError
from cablegram.ingest import (
    decode_bytes, folder_files, read_html_file, read_jsonl_file, read_source, read_text_file,
)
from cablegram.records import Document

ARTICLE = (
    "The foreign minister of Freedonia met her counterpart from Sylvania on Tuesday in Port Verde.\n\n"
    "The two delegations discussed border crossings, grain shipments and a new customs accord, "
    "and agreed to meet again next month."
)
HTML_PAGE = """<!doctype html><html lang="en"><head><title>Border talks resume | Verde Courier</title>
<meta property="og:title" content="Border talks resume">
<meta property="og:site_name" content="Verde Courier">
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
<link rel="canonical" href="https://courier.example/border-talks"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Border talks resume</h1>
<p>The foreign minister of Freedonia met her counterpart from Sylvania on Tuesday in Port Verde.</p>
<p>The two delegations discussed border crossings, grain shipments and a new customs accord, and agreed to meet again next month.</p>
</article><footer>Copyright Verde Courier</footer></body></html>"""
RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Freedonia MFA press releases</title><link>https://mfa.example/</link>
<description>Statements</description>
<item><title>Minister meets Sylvanian delegation</title><link>https://mfa.example/pr/1</link>
<pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;The minister received the Sylvanian delegation to discuss the customs accord.&lt;/p&gt;</description></item>
<item><title>Statement on grain shipments</title><link>https://mfa.example/pr/2</link>
<pubDate>Wed, 06 Mar 2024 08:00:00 GMT</pubDate>
<description>The ministry welcomes the resumption of grain shipments through the northern crossing.</description></item>
</channel></rss>"""


def docs_and_errors(items):
    items = list(items)
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, InputError)]


# --- plain text and Markdown -------------------------------------------------

def test_utf8_text_file_title_and_fields(tmp_path: Path):
    p = tmp_path / "talks.txt"
    p.write_text("Border talks resume\n\n" + ARTICLE, encoding="utf-8")
    doc = read_text_file(p)
    assert doc.title == "Border talks resume"
    assert "customs accord" in doc.text
    assert doc.source == str(p)
    assert doc.meta["encoding"] == "utf-8"
    assert doc.fetched_at and doc.fetched_at.endswith("+00:00")
    assert doc.raw.startswith("Border talks resume")
    assert doc.content_hash and doc.id == "doc_" + doc.content_hash[:16]


def test_latin1_file_is_decoded(tmp_path: Path):
    p = tmp_path / "latin.txt"
    text = "Réunion à Genève: the délégation of Sylvania arrived on Monday for talks über customs."
    p.write_bytes(text.encode("latin-1"))
    doc = read_text_file(p)
    assert doc.text == text
    assert doc.meta["encoding"] in ("cp1252", "latin-1")


def test_cp1252_smart_quotes_are_decoded(tmp_path: Path):
    p = tmp_path / "cp.txt"
    p.write_bytes("The spokesman called it \u201ca step forward\u201d \u2013 nothing more.".encode("cp1252"))
    assert "\u201ca step forward\u201d \u2013" in read_text_file(p).text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "utf-16-be"])
def test_bom_files_are_decoded(tmp_path: Path, encoding: str):
    p = tmp_path / f"bom-{encoding}.txt"
    data = ARTICLE.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    p.write_bytes(data)
    doc = read_text_file(p)
    assert doc.text.startswith("The foreign minister of Freedonia")
    assert "\ufeff" not in doc.text
    assert doc.meta["encoding"].endswith("-bom")


@pytest.mark.parametrize("content", [b"", b"   \n\n\t  \n"])
def test_empty_file_is_refused_naming_it(tmp_path: Path, content: bytes):
    p = tmp_path / "empty.txt"
    p.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_text_file(p)
    assert str(p) in str(info.value) and "empty" in str(info.value)
    assert info.value.hint


def test_binary_file_is_refused(tmp_path: Path):
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(InputError) as info:
        read_text_file(p)
    assert "binary" in info.value.message and info.value.source == str(p)


def test_control_characters_without_nul_count_as_binary():
    data = bytes([1, 2, 3, 4, 5, 6, 7, 14, 15, 16]) * 20 + b"some words"
    with pytest.raises(InputError, match="binary"):
        decode_bytes(data, "x.bin")


def test_markdown_front_matter_and_heading(tmp_path: Path):
    p = tmp_path / "statement.md"
    p.write_text(
        "---\ntitle: \"Joint statement on the customs accord\"\npublisher: Ministry of Foreign Affairs of Freedonia\n"
        "date: 5 March 2024\nurl: https://mfa.example/pr/42\nlang: en\n---\n"
        "# Heading in body\n\nThe ministers **welcomed** the [accord](https://mfa.example/accord) signed today.\n",
        encoding="utf-8")
    doc = read_text_file(p)
    assert doc.title == "Joint statement on the customs accord"
    assert doc.publisher == "Ministry of Foreign Affairs of Freedonia"
    assert doc.published_at == "2024-03-05"
    assert doc.url == "https://mfa.example/pr/42"
    assert doc.meta["lang"] == "en"
    assert doc.text.startswith("Heading in body")
    assert "The ministers welcomed the accord signed today." in doc.text
    assert "---" in doc.raw


def test_markdown_title_from_first_heading(tmp_path: Path):
    p = tmp_path / "note.md"
    p.write_text("Intro line without heading marks\n\n## Talks in Port Verde\n\nBody text of the note.", encoding="utf-8")
    assert read_text_file(p).title == "Talks in Port Verde"


# --- HTML --------------------------------------------------------------------

def test_html_file_main_text_and_metadata(tmp_path: Path):
    p = tmp_path / "page.html"
    p.write_text(HTML_PAGE, encoding="utf-8")
    doc = read_html_file(p)
    assert "customs accord" in doc.text
    assert "Home" not in doc.text and "Copyright" not in doc.text
    assert doc.title == "Border talks resume"
    assert doc.publisher == "Verde Courier"
    assert doc.published_at and doc.published_at.startswith("2024-03-05")
    assert doc.url == "https://courier.example/border-talks"
    assert doc.raw == HTML_PAGE


def test_html_without_main_text_is_refused(tmp_path: Path):
    p = tmp_path / "menu.html"
    p.write_text("<html><head><title>Menu</title><script>var x = 1;</script></head>"
                 "<body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8")
    with pytest.raises(InputError) as info:
        read_html_file(p)
    assert "no main text" in info.value.message and info.value.source == str(p)


# --- JSONL -------------------------------------------------------------------

def test_jsonl_good_bad_truncated_and_extra_fields(tmp_path: Path):
    p = tmp_path / "items.jsonl"
    lines = [
        json.dumps({"id": 7, "text": ARTICLE, "date": "2024-03-05", "url": "https://courier.example/a", "section": "world"}),
        '{"id": 8, "text": "A truncated line that never ends',
        json.dumps({"id": 9, "headline": "No text here", "date": "2024-03-06"}),
        "",
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "10", "text": "Sylvania reopened the northern crossing to grain trucks.", "source": "Verde Courier",
                    "date": "March 7, 2024"}),
        json.dumps({"text": 42}),
    ]
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, errors = docs_and_errors(read_jsonl_file(p))
    assert [d.meta["source_id"] for d in docs] == [7, "10"]
    first, second = docs
    assert first.url == "https://courier.example/a" and first.published_at == "2024-03-05"
    assert first.meta["section"] == "world" and first.meta["line"] == 1
    assert second.publisher == "Verde Courier" and second.published_at == "2024-03-07"
    assert json.loads(first.raw)["id"] == 7
    where = {e.source: e.message for e in errors}
    assert set(where) == {f"{p}:2", f"{p}:3", f"{p}:5", f"{p}:7"}
    assert "invalid JSON" in where[f"{p}:2"]
    assert "no text field" in where[f"{p}:3"] and "text" in where[f"{p}:3"]
    assert "not an object" in where[f"{p}:5"]


def test_jsonl_field_mapping(tmp_path: Path):
    p = tmp_path / "mapped.jsonl"
    p.write_text(json.dumps({"body": ARTICLE, "text": "a teaser", "when": "2024-03-05", "outlet_name": "Verde Courier"}) + "\n",
                 encoding="utf-8")
    items = list(read_source(str(p), Settings(), jsonl_fields={"text": "body", "date": "when", "publisher": "outlet_name"}))
    (doc,) = items
    assert doc.text == ARTICLE and doc.published_at == "2024-03-05" and doc.publisher == "Verde Courier"
    assert doc.meta["text"] == "a teaser"  # unmapped keys are kept


def test_jsonl_unknown_mapping_is_an_error(tmp_path: Path):
    p = tmp_path / "x.jsonl"
    p.write_text(json.dumps({"text": ARTICLE}) + "\n", encoding="utf-8")
    (err,) = list(read_source(str(p), Settings(), jsonl_fields={"colour": "c"}))
    assert isinstance(err, InputError) and "colour" in err.message


def test_jsonl_reads_shared_data_shapes(shared_data: Path):
    for name, expect in (("india_police_events", "url"), ("ngec_guardian", "publisher")):
        files = sorted((shared_data / name).glob("*.jsonl"))
        if not files:
            pytest.skip(f"{name} not in shared data")
        first_doc = next(i for i in read_jsonl_file(files[0]) if isinstance(i, Document))
        assert first_doc.text and first_doc.published_at and first_doc.meta["source_id"] is not None
        assert getattr(first_doc, expect)
        assert first_doc.meta["dataset"] == name


# --- feeds -------------------------------------------------------------------

def test_rss_file_entries_become_documents(tmp_path: Path):
    p = tmp_path / "mfa.rss"
    p.write_text(RSS, encoding="utf-8")
    docs, errors = docs_and_errors(read_source(str(p), Settings()))
    assert not errors
    assert [d.url for d in docs] == ["https://mfa.example/pr/1", "https://mfa.example/pr/2"]
    assert docs[0].text == "The minister received the Sylvanian delegation to discuss the customs accord."
    assert docs[0].published_at == "2024-03-05T10:00:00+00:00"
    assert docs[0].publisher == "Freedonia MFA press releases"
    assert docs[1].title == "Statement on grain shipments"


def test_atom_feed_with_content(tmp_path: Path):
    p = tmp_path / "feed.atom"
    p.write_text("""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Sylvania Government</title><id>urn:x</id><updated>2024-03-05T00:00:00Z</updated>
<entry><title>Cabinet approves budget</title><link href="https://gov.example/n/3"/><id>urn:3</id>
<updated>2024-03-05T12:00:00Z</updated><summary>Short summary.</summary>
<content type="html">&lt;p&gt;The cabinet approved the budget.&lt;/p&gt;&lt;p&gt;It funds the new border posts.&lt;/p&gt;</content></entry>
</feed>""", encoding="utf-8")
    (doc,) = list(read_source(str(p), Settings()))
    assert doc.text == "The cabinet approved the budget.\n\nIt funds the new border posts."
    assert doc.publisher == "Sylvania Government" and doc.url == "https://gov.example/n/3"


def test_xml_that_is_not_a_feed(tmp_path: Path):
    p = tmp_path / "notes.xml"
    p.write_text("<?xml version='1.0'?><notes><note>Buy milk</note></notes>", encoding="utf-8")
    (err,) = list(read_source(str(p), Settings()))
    assert isinstance(err, InputError) and "not an RSS or Atom feed" in err.message and err.source == str(p)


# --- folders and dispatch ----------------------------------------------------

def test_folder_recursive_sorted_hidden_skipped(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zeta note about the talks in Port Verde.", encoding="utf-8")
    (tmp_path / "a.md").write_text("# Alpha\n\nAlpha note about the accord.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("hidden", encoding="utf-8")
    (tmp_path / ".git" / "x.txt").write_text("git internals", encoding="utf-8")
    (tmp_path / "picture.png").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / "page.HTML").write_text(HTML_PAGE, encoding="utf-8")
    files = [f.relative_to(tmp_path).as_posix() for f in folder_files(tmp_path)]
    assert files == ["a.md", "page.HTML", "b/z.txt"]
    docs, errors = docs_and_errors(read_source(str(tmp_path), Settings()))
    assert not errors and [d.title for d in docs] == ["Alpha", "Border talks resume", "Zeta note about the talks in Port Verde."]


def test_empty_folder_and_missing_path(tmp_path: Path):
    (err,) = list(read_source(str(tmp_path), Settings()))
    assert "no ingestible files" in err.message
    missing = tmp_path / "nope.txt"
    (err,) = list(read_source(str(missing), Settings()))
    assert isinstance(err, InputError) and err.source == str(missing) and "no such file" in err.message


def test_publisher_and_primary_options(tmp_path: Path):
    p = tmp_path / "readout.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    (doc,) = list(read_source(str(p), Settings(), publisher="Ministry of Foreign Affairs of Freedonia", primary=True))
    assert doc.publisher == "Ministry of Foreign Affairs of Freedonia" and doc.is_primary
