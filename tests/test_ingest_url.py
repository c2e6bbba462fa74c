"""Fetching over real HTTP on 127.0.0.1: content types, timeouts, 404, retries, size limits, feeds with links."""

from __future__ import annotations

import time

import pytest
from http_fixtures import Reply

from cablegram.config import Settings
from cablegram.errors import FetchError, InputError
from cablegram.ingest import fetch, read_source
from cablegram.records import Document

PAGE = """<!doctype html><html><head><title>Customs accord signed</title>
<meta property="og:site_name" content="Verde Courier"><meta name="date" content="2024-03-05"></head>
<body><nav>Home | World</nav><article><h1>Customs accord signed</h1>
<p>Freedonia and Sylvania signed a customs accord on Tuesday after three rounds of talks in Port Verde.</p>
<p>The accord removes duties on grain and fertiliser and sets up a joint border commission.</p></article></body></html>"""
FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Verde Courier world</title><link>http://x/</link>
<description>d</description>
<item><title>Customs accord signed</title><link>{link}</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
<description>Short teaser about the accord.</description></item></channel></rss>"""


def settings(**kw) -> Settings:
    # The test server runs on loopback, which the outbound policy refuses unless allowed.
    base = {"fetch_timeout": 5.0, "fetch_retries": 0, "fetch_max_bytes": 1_000_000,
            "fetch_allow_networks": ["127.0.0.1/32"]}
    base.update(kw)
    return Settings(**base)


def only(items):
    items = list(items)
    assert len(items) == 1, items
    return items[0]


def test_html_url_extracted_with_user_agent(http_server):
    url = http_server.route("/article", PAGE)
    doc = only(read_source(url, settings(user_agent="cablegram-test/9")))
    assert isinstance(doc, Document)
    assert doc.url == url and doc.source == url
    assert doc.publisher == "Verde Courier" and doc.title == "Customs accord signed"
    assert doc.published_at == "2024-03-05" and "joint border commission" in doc.text
    assert http_server.request_headers[-1]["User-Agent"] == "cablegram-test/9"


def test_content_type_decides_feed_and_text(http_server):
    page = http_server.route("/a", PAGE)
    feed = http_server.route("/feed", FEED.format(link=page), content_type="application/rss+xml")
    text = http_server.route("/note", "Plain note: the commission meets on Friday.", content_type="text/plain; charset=utf-8")
    entry = only(read_source(feed, settings()))
    assert entry.text == "Short teaser about the accord." and entry.url == page
    note = only(read_source(text, settings()))
    assert note.text == "Plain note: the commission meets on Friday." and note.url == text


def test_feed_fetch_links_extracts_linked_pages(http_server):
    page = http_server.route("/a", PAGE)
    feed = http_server.route("/feed", FEED.format(link=page), content_type="application/rss+xml")
    doc = only(read_source(feed, settings(), fetch_links=True))
    assert "joint border commission" in doc.text and doc.url == page
    assert doc.published_at == "2024-03-05" and doc.meta["feed"] == feed


def test_feed_fetch_links_failure_reports_and_keeps_entry(http_server):
    feed = http_server.route("/feed", FEED.format(link=http_server.url("/gone")), content_type="application/rss+xml")
    items = list(read_source(feed, settings(), fetch_links=True))
    errors = [i for i in items if isinstance(i, InputError)]
    docs = [i for i in items if isinstance(i, Document)]
    assert len(errors) == 1 and "404" in errors[0].message
    assert len(docs) == 1 and docs[0].text == "Short teaser about the accord."


def test_html_served_as_feed_is_not_a_feed(http_server):
    url = http_server.route("/feed", "<html><body><p>Welcome</p></body></html>", content_type="application/rss+xml")
    err = only(read_source(url, settings()))
    assert isinstance(err, InputError) and "not an RSS or Atom feed" in err.message and err.source == url


def test_404_is_not_retried(http_server):
    url = http_server.url("/missing")
    err = only(read_source(url, settings(fetch_retries=3), retry_backoff=0.01))
    assert isinstance(err, FetchError) and "HTTP 404" in err.message and err.source == url
    assert http_server.hits["/missing"] == 1


def test_5xx_is_retried_then_succeeds(http_server):
    url = http_server.sequence("/flaky", [Reply(b"busy", 503, "text/plain"), Reply(b"busy", 502, "text/plain"),
                                          Reply(PAGE.encode(), 200)])
    doc = only(read_source(url, settings(fetch_retries=2), retry_backoff=0.01))
    assert isinstance(doc, Document) and http_server.hits["/flaky"] == 3


def test_5xx_gives_up_after_retries(http_server):
    url = http_server.route("/down", "down", status=500, content_type="text/plain")
    with pytest.raises(FetchError, match=r"HTTP 500.*gave up after 3 attempts"):
        fetch(url, settings(fetch_retries=2), backoff=0.01)
    assert http_server.hits["/down"] == 3


def test_timeout(http_server):
    url = http_server.route("/slow", PAGE, delay=3.0)
    started = time.monotonic()
    err = only(read_source(url, settings(fetch_timeout=0.3, fetch_retries=1), retry_backoff=0.01))
    assert time.monotonic() - started < 1.0  # one deadline for the whole fetch, retries included
    assert isinstance(err, FetchError) and "timed out" in err.message and err.source == url
    assert http_server.hits["/slow"] == 1  # the deadline is spent: no second attempt


def test_declared_size_over_limit(http_server):
    url = http_server.route("/big", "x" * 5000, content_type="text/plain")
    err = only(read_source(url, settings(fetch_max_bytes=1000)))
    assert isinstance(err, FetchError) and "limit of 1,000 bytes" in err.message
    assert "fetch_max_bytes" in err.hint


def test_streamed_large_body_stops_early(http_server):
    total = 200_000_000  # never sent in full: the reader must hang up after the limit
    url = http_server.stream("/huge", total)
    started = time.monotonic()
    err = only(read_source(url, settings(fetch_max_bytes=100_000)))
    assert isinstance(err, FetchError) and "limit of 100,000 bytes" in err.message and "stopped reading" in err.message
    assert http_server.wait_finished("/huge", timeout=10)
    assert http_server.sent_bytes["/huge"] < 20_000_000
    assert time.monotonic() - started < 10


def test_unsupported_content_type(http_server):
    url = http_server.route("/img", b"\x89PNG\r\n\x1a\n", content_type="image/png")
    err = only(read_source(url, settings()))
    assert isinstance(err, InputError) and "unsupported content type" in err.message


def test_connection_refused_is_a_fetch_error():
    err = only(read_source("http://127.0.0.1:9/nothing", settings(fetch_retries=0)))
    assert isinstance(err, FetchError) and "connection failed" in err.message
    assert "refused" not in err.message.lower() and "errno" not in err.message.lower()  # no port-scan detail
