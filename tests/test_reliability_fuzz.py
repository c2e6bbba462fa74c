"""Fuzzing every reader of cablegram.ingest: malformed input is reported, never crashes, never loses good input.

Inputs: random bytes under every extension, broken HTML, invalid UTF-8, truncated JSONL, hostile feeds
(entity expansion, external entities, huge fields), compression bombs as files and over HTTP.
The example counts are kept modest for CI; ``benchmarks/reliability.py`` runs 1,000+ inputs.
"""

from __future__ import annotations

import gzip
import http.server
import json
import tempfile
import threading
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cablegram.config import Settings
from cablegram.errors import InputError
from cablegram.ingest import ingest_sources, read_source
from cablegram.records import Document
from cablegram.store import open_store

SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl", ".ndjson", ".xml", ".rss", ".atom", ".dat")
FUZZ = settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
CFG = Settings(fetch_retries=0, fetch_timeout=5.0, fetch_max_bytes=1_000_000, fetch_allow_networks=["127.0.0.1/32"])

HTML_BITS = ("<html>", "<head><title>", "</title>", "<body>", "<p>", "</p>", "<div class='x'>", "</div>", "<script>",
             "</script>", "<!--", "-->", "<![CDATA[", "]]>", "&#x110000;", "&amp", "&nbsp;", "<meta charset='bogus'>",
             "<article>", "<h1>", "\x00", "\ufffd", "é", "<<<<", ">>>", "<p", "=\"", "<svg onload=x>", "<iframe src=//x>")
WORDS = ("ministers", "met", "in", "Strelsau", "to", "discuss", "the", "border", "and", "agreed", "a", "ceasefire", ".")

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
<!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
<!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;"><!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">]>
<rss version="2.0"><channel><title>t</title><item><title>&i;</title><description>&i;</description></item></channel></rss>"""
XXE = """<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>t</title><item><title>leak</title><description>&x; text</description></item></channel></rss>"""


def _feed(title: str, body: str, n: int = 1) -> str:
    items = "".join(f"<item><title>{title}</title><link>http://x.test/{i}</link><description>{body}</description></item>"
                    for i in range(n))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'


def _good_record(words: list[str]) -> dict:
    return {"text": " ".join(words) or "placeholder words here", "title": "t", "date": "2024-03-05", "url": "http://x.test/a"}


text_st = st.lists(st.sampled_from(WORDS), min_size=0, max_size=40).map(" ".join)
html_st = st.lists(st.one_of(st.sampled_from(HTML_BITS), text_st), max_size=40).map("".join)


@st.composite
def malformed_input(draw) -> tuple[str, bytes]:
    """(suffix, bytes) of one hostile or broken input."""
    kind = draw(st.sampled_from(["random", "html", "bad_utf8", "jsonl_truncated", "jsonl_mixed", "feed", "hostile_feed"]))
    if kind == "random":
        return draw(st.sampled_from(SUFFIXES)), draw(st.binary(max_size=3000))
    if kind == "html":
        return draw(st.sampled_from((".html", ".htm", ".dat"))), draw(html_st).encode("utf-8", "surrogatepass")
    if kind == "bad_utf8":
        good = draw(text_st).encode()
        cut = draw(st.integers(0, len(good)))
        junk = draw(st.sampled_from([b"\xff\xfe", b"\xc3", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80", b"\x00\x00\xfe\xff"]))
        return draw(st.sampled_from((".txt", ".md", ".jsonl", ".html"))), good[:cut] + junk + good[cut:]
    if kind == "jsonl_truncated":
        line = json.dumps(_good_record(draw(st.lists(st.sampled_from(WORDS), max_size=30))))
        cut = draw(st.integers(0, len(line)))
        return ".jsonl", (line + "\n" + line[:cut]).encode()
    if kind == "jsonl_mixed":
        lines = draw(st.lists(st.one_of(
            st.builds(lambda w: json.dumps(_good_record(w)), st.lists(st.sampled_from(WORDS), min_size=1, max_size=20)),
            st.sampled_from(["[1,2]", "null", '"str"', "{}", '{"text": 5}', '{"text": ""}', "{bad"]),
            st.text(max_size=50)), max_size=12))
        return ".jsonl", "\n".join(lines).encode("utf-8", "surrogatepass")
    if kind == "feed":
        body = draw(html_st).replace("]]>", "")
        return draw(st.sampled_from((".xml", ".rss", ".atom"))), _feed(draw(text_st), f"<![CDATA[{body}]]>", draw(st.integers(1, 5))).encode()
    choice = draw(st.sampled_from(["laughs", "xxe", "huge"]))
    if choice == "laughs":
        return ".xml", BILLION_LAUGHS.encode()
    if choice == "xxe":
        return ".rss", XXE.encode()
    return ".xml", _feed("x" * draw(st.integers(100_000, 2_000_000)), "word " * 50_000).encode()


def _check_items(items: list, path: Path) -> None:
    for item in items:
        assert isinstance(item, (Document, InputError)), type(item)
        if isinstance(item, InputError):
            assert item.message and item.hint and item.source, item
        else:
            assert item.text.strip() and item.id.startswith("doc_")
            assert "root:x:0:0" not in item.text  # external entities are never resolved


@FUZZ
@given(malformed_input())
def test_readers_never_crash(case):
    suffix, data = case
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / f"input{suffix}"
        path.write_bytes(data)
        items = list(read_source(str(path), CFG))  # any exception here is a crash
        _check_items(items, path)
        assert items, "every input yields at least a document or an error"


@settings(max_examples=15, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(malformed_input(), min_size=1, max_size=6),
       st.lists(st.lists(st.sampled_from(WORDS), min_size=3, max_size=25), min_size=1, max_size=5))
def test_folder_ingest_reports_each_bad_input_and_stores_every_good_one(bad, good):
    with tempfile.TemporaryDirectory() as d:
        folder = Path(d) / "in"
        folder.mkdir()
        for i, (suffix, data) in enumerate(bad):
            (folder / f"bad{i}{suffix}").write_bytes(data)
        for i, words in enumerate(good):
            (folder / f"good{i}.txt").write_text(f"Report {i}. " + " ".join(words), encoding="utf-8")
        expected = [x for x in read_source(str(folder), CFG)]
        want_ids = {x.id for x in expected if isinstance(x, Document)}
        n_errors = sum(isinstance(x, InputError) for x in expected)
        with open_store(str(Path(d) / "s.db")) as store:
            summary = ingest_sources(store, [str(folder)], CFG)
            stored = {doc.id for doc in store.iter_documents()}
        assert stored == want_ids  # every good input stored, nothing else
        assert len(summary.failed) == n_errors
        assert summary.inserted + summary.new_versions == len(want_ids)
        assert not any("good" in str(src) for src, _ in summary.failed)


def test_lone_surrogate_in_jsonl_is_reported(tmp_path):
    """A JSON escape for a lone surrogate is not text: reported for its line, the next line still read."""
    path = tmp_path / "s.jsonl"
    path.write_bytes(b'{"text": "a\\ud800 b"}\n{"text": "fine text"}\n')
    items = list(read_source(str(path), CFG))
    assert [type(i).__name__ for i in items] == ["InputError", "Document"]
    assert items[0].source.endswith("s.jsonl:1") and "surrogate" in items[0].message


def test_svg_html_page_is_reported(tmp_path):
    """trafilatura's date search asserts on this page; it must come back as one InputError."""
    path = tmp_path / "p.html"
    path.write_text("<svg html>", encoding="utf-8")
    items = list(read_source(str(path), CFG))
    assert len(items) == 1 and isinstance(items[0], InputError)


# -- compression bombs ------------------------------------------------------------------------------
def _gzip_bomb(path: Path, megabytes: int) -> None:
    block = b"\0" * (1 << 20)
    with gzip.open(path, "wb", compresslevel=9) as fh:
        for _ in range(megabytes):
            fh.write(block)


def test_compressed_files_are_refused_without_inflating(tmp_path):
    _gzip_bomb(tmp_path / "bomb.jsonl.gz", 200)  # 200 MB inflated, ~200 kB on disk
    with zipfile.ZipFile(tmp_path / "bomb.zip", "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.jsonl", b"\0" * (50 << 20))
    (tmp_path / "bomb.jsonl").write_bytes((tmp_path / "bomb.jsonl.gz").read_bytes())  # gzip bytes, text suffix
    for name in ("bomb.jsonl.gz", "bomb.zip", "bomb.jsonl"):
        items = list(read_source(str(tmp_path / name), CFG))
        assert items and all(isinstance(i, InputError) for i in items), name
    # In a folder, the compressed files are skipped by extension and the disguised one is refused.
    folder_items = list(read_source(str(tmp_path), CFG))
    assert all(isinstance(i, InputError) for i in folder_items)


class _BombHandler(http.server.BaseHTTPRequestHandler):
    payload = b""

    def do_GET(self):  # noqa: N802 (http.server's naming)
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(self.payload)))
        self.end_headers()
        self.wfile.write(self.payload)

    def log_message(self, *args):  # keep test output quiet
        pass


@pytest.fixture()
def bomb_server():
    raw = b"<html><body><p>" + b"a" * (100 << 20) + b"</p></body></html>"
    _BombHandler.payload = gzip.compress(raw, compresslevel=9)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _BombHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/page"
    server.shutdown()
    server.server_close()


def test_gzip_bomb_over_http_is_cut_at_the_limit(bomb_server):
    items = list(read_source(bomb_server, CFG))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert "larger than the limit" in items[0].message
