"""`ingest FEED --fetch-links`: a linked page that names no publisher keeps the feed's (newuser14).

A newsroom engineer ingested a partner's RSS feed with --fetch-links: the entries' own texts had been stored with the
feed's title as publisher, the fetched pages with their bare host ("www.harbourpost.example", here "127.0.0.1:PORT")
— extraction's fallback when a page has no site name — so one outlet's stories split into two publishers in every
listing and in the overview. Now a page whose publisher is only its host takes the feed's title; a page that names its
own site keeps that name. A real store and a real HTTP server on 127.0.0.1; pages and feed written for this test."""

from __future__ import annotations

import pytest
from http_fixtures import http_server  # noqa: F401

import cablegram
from cablegram.config import Settings

PARAGRAPHS = ("<p>The harbour board of Holmstad said on Monday that the ferry line to Varby would reopen in May.</p>"
              "<p>Officials in Varby welcomed the decision and promised a new bus link to the pier by the summer.</p>")
BARE = f"<html><head><title>Ferry to reopen</title></head><body><article><h1>Ferry to reopen</h1>{PARAGRAPHS}" \
       "</article></body></html>"
NAMED = ("<html><head><title>Pier plans</title><meta property=\"og:site_name\" content=\"Varby Courier\"></head><body>"
         "<article><h1>Pier plans</h1><p>Varby's council voted on Tuesday to widen the northern pier before the "
         "ferry returns.</p><p>The work will cost the town about two million crowns and take three months.</p>"
         "</article></body></html>")


def _feed(base: str) -> str:
    items = "".join(f"<item><title>{t}</title><link>{base}/{p}</link><pubDate>Mon, 12 May 2031 09:00:00 GMT</pubDate>"
                    f"<description>{d}</description></item>"
                    for t, p, d in [("Ferry to reopen", "bare", "The ferry line to Varby will reopen in May."),
                                    ("Pier plans", "named", "Varby's council voted to widen the northern pier.")])
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Post</title>{items}</channel></rss>'


@pytest.fixture()
def server(http_server):
    """The base URL of a real server on 127.0.0.1 serving the feed and its two linked pages."""
    base = http_server.base_url
    http_server.route("/feed", _feed(base), content_type="application/rss+xml; charset=utf-8")
    http_server.route("/bare", BARE)
    http_server.route("/named", NAMED)
    return base


def test_linked_pages_without_a_site_name_keep_the_feeds_publisher(tmp_path, server):
    db = tmp_path / "f.db"
    store = cablegram.open_store(str(db))
    settings = Settings(db=str(db), fetch_allow_hosts=["127.0.0.1"])
    summary = cablegram.ingest_sources(store, [f"{server}/feed"], settings, fetch_links=True)
    assert summary.failed == [] and summary.inserted == 2
    by_url = {d.url: d for d in store.iter_documents()}
    assert by_url[f"{server}/bare"].publisher == "Harbour Post"
    assert "ferry line to Varby would reopen" in by_url[f"{server}/bare"].text  # the page's text, not the entry's
    assert by_url[f"{server}/named"].publisher == "Varby Courier"  # a page's own site name wins
    store.close()


def test_a_page_fetched_by_itself_keeps_its_host(tmp_path, server):
    db = tmp_path / "p.db"
    store = cablegram.open_store(str(db))
    cablegram.ingest_sources(store, [f"{server}/bare"], Settings(db=str(db), fetch_allow_hosts=["127.0.0.1"]))
    assert [d.publisher for d in store.iter_documents()] == [server.removeprefix("http://")]
    store.close()
