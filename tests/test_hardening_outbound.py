"""Outbound policy, decompression limits and deadlines, against real servers on 127.0.0.1."""

from __future__ import annotations

import gzip
import threading
import time
import tracemalloc
import zlib

import pytest
from hostile_http import PAGE, HostileServer

from cablegram.config import Settings
from cablegram.errors import FetchError
from cablegram.ingest import fetch
from cablegram.net import OutboundPolicy, OutboundSession
from cablegram.net.client import OutboundError
from cablegram.net.decoding import BoundedDecoder, DecodedTooLarge, DecodingError, parse_encodings

LOOPBACK = ["127.0.0.1", "127.1", "0x7f.1", "2130706433", "017700000001", "[::1]", "[::ffff:127.0.0.1]",
            "[::ffff:7f00:1]", "0.0.0.0", "localhost", "LocalHost"]
INTERNAL = ["10.0.0.1", "192.168.1.1", "172.16.0.1", "169.254.169.254", "100.64.0.1", "224.0.0.1",
            "[fe80::1]", "[fc00::1]", "[64:ff9b::7f00:1]", "[2002:7f00:1::]", "240.0.0.1", "255.255.255.255"]


def cfg(**kw) -> Settings:
    base = {"fetch_timeout": 3.0, "fetch_retries": 0, "fetch_max_bytes": 1_000_000}
    base.update(kw)
    return Settings(**base)


@pytest.fixture(scope="module")
def hostile():
    with HostileServer(drip_s=0.2, bomb_bytes=100_000_000) as server:
        yield server


@pytest.mark.parametrize("host", LOOPBACK)
def test_loopback_spellings_are_refused_before_connecting(hostile, host):
    before = hostile.hits["/page"]
    with pytest.raises(FetchError) as caught:
        fetch(f"http://{host}:{hostile.port}/page", cfg())
    assert "not allowed" in caught.value.message and "fetch_allow_networks" in caught.value.hint
    assert hostile.hits["/page"] == before  # nothing reached the server


@pytest.mark.parametrize("host", INTERNAL)
def test_internal_ranges_are_refused(host):
    started = time.monotonic()
    with pytest.raises(FetchError, match="not allowed"):
        fetch(f"http://{host}/", cfg())
    assert time.monotonic() - started < 1.0  # refused without trying to connect


def test_same_message_for_open_and_closed_internal_ports(hostile):
    messages = set()
    for port in (hostile.port, 1, 9, 22, 5432):
        with pytest.raises(FetchError) as caught:
            fetch(f"http://127.0.0.1:{port}/page", cfg())
        messages.add(caught.value.message)
    assert len(messages) == 1


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/", "gopher://127.0.0.1:70/", "dict://x/"])
def test_only_http_schemes(url):
    with pytest.raises(FetchError, match="not a fetchable URL"):
        fetch(url, cfg())


def test_redirect_into_loopback_is_refused(hostile):
    # The first hop is allowed by name; the redirect goes to the loopback address, which is not.
    start = hostile.url("/redirect?to=" + hostile.url("/page"), host="localhost")
    before = hostile.hits["/page"]
    with pytest.raises(FetchError, match="not allowed"):
        fetch(start, cfg(fetch_allow_hosts=["localhost"]))
    assert hostile.hits["/redirect"] >= 1 and hostile.hits["/page"] == before


def test_redirect_to_another_scheme_is_refused(hostile):
    with pytest.raises(FetchError, match="not a fetchable URL"):
        fetch(hostile.url("/redirect?to=file:///etc/passwd"), cfg(fetch_allow_networks=["127.0.0.1/32"]))


def test_allowed_network_and_host(hostile):
    result = fetch(hostile.url("/page"), cfg(fetch_allow_networks=["127.0.0.0/8"]))
    assert result.body == PAGE and result.status == 200
    by_name = fetch(hostile.url("/page", host="localhost"), cfg(fetch_allow_hosts=["localhost"]))
    assert by_name.body == PAGE


def test_allowed_redirect_is_followed(hostile):
    result = fetch(hostile.url("/redirect?to=/page"), cfg(fetch_allow_networks=["127.0.0.1/32"]))
    assert result.body == PAGE and result.url.endswith("/page")


def test_bad_allow_network_is_a_config_error():
    from cablegram.errors import ConfigError

    with pytest.raises(ConfigError, match="not an IP network"):
        OutboundPolicy.from_settings(cfg(fetch_allow_networks=["10.0.0.0/33"]))


@pytest.mark.parametrize("layers", [1, 2, 3])
def test_gzip_bombs_stop_at_the_limit_with_bounded_memory(hostile, layers):
    hostile.bomb(layers)  # built before measuring
    tracemalloc.start()
    try:
        with pytest.raises(FetchError, match="larger than the limit of 1,000,000 bytes"):
            fetch(hostile.url(f"/bomb/{layers}"), cfg(fetch_allow_networks=["127.0.0.1/32"]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8_000_000, f"peak {peak:,} bytes while decoding a {layers}-layer bomb"


def test_too_many_layers_refused():
    with pytest.raises(DecodingError, match="stacked"):
        parse_encodings(", ".join(["gzip"] * 9))
    with pytest.raises(DecodingError, match="unsupported"):
        parse_encodings("br")


def test_decoder_round_trips_stacked_encodings():
    text = b"Ministers agreed to meet again next month. " * 2000
    deflated_raw = zlib.compressobj(6, zlib.DEFLATED, -15)
    raw = deflated_raw.compress(text) + deflated_raw.flush()
    for encoded, encodings in [(gzip.compress(gzip.compress(text)), ["gzip", "gzip"]),
                               (gzip.compress(zlib.compress(text)), ["deflate", "gzip"]),
                               (raw, ["deflate"]), (gzip.compress(text[:100]) + gzip.compress(text[100:]), ["gzip"])]:
        decoder = BoundedDecoder(encodings, len(text))
        out = b"".join(b"".join(decoder.feed(encoded[i:i + 777])) for i in range(0, len(encoded), 777))
        out += b"".join(decoder.finish())
        assert out == text
    decoder = BoundedDecoder(["gzip"], 1000)
    with pytest.raises(DecodedTooLarge):
        list(decoder.feed(gzip.compress(text)))


@pytest.mark.parametrize("path", ["/drip-headers", "/drip-body", "/hang"])
def test_slow_servers_fail_within_the_deadline(hostile, path):
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        fetch(hostile.url(path), cfg(fetch_timeout=1.5, fetch_retries=2, fetch_allow_networks=["127.0.0.1/32"]))
    assert time.monotonic() - started < 2.5


def test_webhook_style_post_has_the_same_deadline(hostile):
    session = OutboundSession(cfg(fetch_allow_networks=["127.0.0.1/32"]))
    started = time.monotonic()
    with pytest.raises(OutboundError) as caught:
        session.request("POST", hostile.url("/drip-headers"), deadline_s=1.0, max_bytes=10_000, content=b"{}",
                        headers={"Content-Type": "application/json"})
    assert caught.value.kind == "timeout" and time.monotonic() - started < 2.0


def test_concurrent_fetches_do_not_share_deadlines(hostile):
    """A slow fetch in one thread does not slow a fast one in another (one session, many threads)."""
    session = OutboundSession(cfg(fetch_allow_networks=["127.0.0.1/32"]))
    results: dict[str, object] = {}

    def slow():
        try:
            session.request("GET", hostile.url("/drip-body"), deadline_s=2.0, max_bytes=10**6)
        except OutboundError as exc:
            results["slow"] = exc.kind

    thread = threading.Thread(target=slow)
    thread.start()
    time.sleep(0.2)
    started = time.monotonic()
    fast = session.request("GET", hostile.url("/page"), deadline_s=2.0, max_bytes=10**6)
    assert fast.body == PAGE and time.monotonic() - started < 0.5
    thread.join()
    assert results["slow"] == "timeout"


def test_feed_links_into_internal_addresses_are_refused_and_the_entry_kept(http_server):
    from cablegram.ingest import read_source
    from cablegram.records import Document

    page = http_server.route("/internal", "<html><body><p>Internal admin page.</p></body></html>")
    feed = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>http://x/</link>'
            f'<description>d</description><item><title>Talks</title><link>{page}</link>'
            '<description>Delegations met on Monday to discuss the crossings.</description></item></channel></rss>')
    url = http_server.route("/feed.xml", feed, content_type="application/rss+xml").replace("127.0.0.1", "localhost")
    items = list(read_source(url, cfg(fetch_allow_hosts=["localhost"]), fetch_links=True))
    errors = [i for i in items if isinstance(i, FetchError)]
    docs = [i for i in items if isinstance(i, Document)]
    assert len(errors) == 1 and "not allowed" in errors[0].message and errors[0].source == page
    assert [d.text for d in docs] == ["Delegations met on Monday to discuss the crossings."]
    assert http_server.hits["/internal"] == 0
