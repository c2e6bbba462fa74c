"""API hardening against a real uvicorn server on 127.0.0.1: SSRF, slow servers, bombs, headers, token gate, limits."""

from __future__ import annotations

import threading
import time

import httpx
import pytest
from hostile_http import HostileServer
from live_api import live_api

from cablegram.config import Settings
from cablegram.records import Document
from cablegram.store import open_store

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "api.db"
    with open_store(str(path)) as store:
        for i in range(3):
            store.add_document(Document(text=f"Seed note {i}: talks on river shipping resumed.", title=f"seed {i}"))
    return str(path)


@pytest.fixture(scope="module")
def hostile():
    with HostileServer(drip_s=0.25, bomb_bytes=200_000_000) as server:
        yield server


def test_ingest_of_internal_addresses_is_refused_and_nothing_is_stored(db, hostile):
    with live_api(Settings(db=db, api_token=TOKEN)) as base, httpx.Client(base_url=base, timeout=30) as client:
        answers = [client.post("/api/ingest", json={"url": url}, headers=AUTH) for url in (
            hostile.url("/page"), f"http://127.1:{hostile.port}/page", f"http://[::1]:{hostile.port}/page",
            f"http://2130706433:{hostile.port}/page", "http://169.254.169.254/latest/meta-data/",
            f"http://localhost:{hostile.port}/page", "http://127.0.0.1:1/page")]
        for resp in answers:
            assert resp.status_code == 201, resp.text  # the ingest ran; the URL is reported as failed
            body = resp.json()
            assert body["inserted"] == 0 and len(body["failed"]) == 1
        messages = {r.json()["failed"][0][1] for r in answers}  # [source, message]
        assert len(messages) == 1 and "not allowed" in messages.pop()  # one answer: no port scanning
        assert hostile.hits["/page"] == 0
        assert client.get("/api/stats").json()["documents"] == 3


def test_reads_stay_fast_while_slow_servers_hold_every_fetch_slot(db, hostile):
    settings = Settings(db=db, api_token=TOKEN, fetch_timeout=4.0, fetch_retries=0, api_fetch_workers=2,
                        fetch_allow_networks=["127.0.0.1/32"], api_rate_per_minute=0)
    with live_api(settings) as base:
        outcomes: list[int] = []

        def slow_ingest(path: str) -> None:
            with httpx.Client(base_url=base, timeout=60) as c:
                outcomes.append(c.post("/api/ingest", json={"url": hostile.url(path)}, headers=AUTH).status_code)

        paths = ["/drip-headers", "/drip-body", "/hang"] * 6  # 18 slow ingests for 2 workers + 8 queue places
        threads = [threading.Thread(target=slow_ingest, args=(p,)) for p in paths]
        started = time.monotonic()
        for t in threads:
            t.start()
        time.sleep(0.5)
        with httpx.Client(base_url=base, timeout=10) as c:
            worst = 0.0
            for _ in range(20):
                t0 = time.monotonic()
                assert c.get("/api/stats").status_code == 200
                assert c.get("/api/documents?limit=5").status_code == 200
                worst = max(worst, time.monotonic() - t0)
        assert worst < 1.0, f"a read took {worst:.2f} s while slow fetches were in flight"
        for t in threads:
            t.join(60)
        assert sorted(set(outcomes)) == [201, 503]  # the overflow was refused at once, the rest timed out
        assert outcomes.count(201) == 10
        # Each admitted fetch ended by its deadline: 10 fetches / 2 workers * 4 s, plus slack.
        assert time.monotonic() - started < 5 * 4.0 + 8


def test_decompression_bomb_through_the_api(db, hostile):
    psutil = pytest.importorskip("psutil")
    hostile.bomb(2)
    settings = Settings(db=db, api_token=TOKEN, fetch_allow_networks=["127.0.0.1/32"], fetch_retries=0)
    proc = psutil.Process()
    with live_api(settings) as base, httpx.Client(base_url=base, timeout=60) as client:
        before = proc.memory_info().rss
        resp = client.post("/api/ingest", json={"url": hostile.url("/bomb/2")}, headers=AUTH)
        grown = proc.memory_info().rss - before
    assert resp.status_code == 201 and "larger than the limit" in str(resp.json()["failed"])
    assert grown < 60_000_000, f"server grew by {grown:,} bytes"


def test_security_headers_everywhere(db):
    with live_api(Settings(db=db)) as base, httpx.Client(base_url=base) as client:
        for path in ("/", "/api/stats", "/api/documents/nope", "/no/such/page", "/docs"):
            resp = client.get(path, headers={"Accept": "text/html"})
            assert "frame-ancestors 'none'" in resp.headers["content-security-policy"], path
            assert resp.headers["x-frame-options"] == "DENY" and resp.headers["x-content-type-options"] == "nosniff"


def test_docs_page_needs_no_network(db):
    with live_api(Settings(db=db)) as base, httpx.Client(base_url=base) as client:
        page = client.get("/docs")
    assert page.status_code == 200 and "/api/events" in page.text
    assert "http://" not in page.text and "https://" not in page.text and "<script" not in page.text


def test_token_is_checked_before_the_body_is_parsed(db):
    with live_api(Settings(db=db, api_token=TOKEN)) as base, httpx.Client(base_url=base) as client:
        bad_json = client.post("/api/documents", content=b"{not json" + b"[" * 10000,
                               headers={"Content-Type": "application/json"})
        assert bad_json.status_code == 401 and bad_json.json()["error"]["code"] == "unauthorized"
        wrong = client.post("/api/ingest", content=b"{}", headers={"Authorization": "Bearer nope",
                                                                  "Content-Type": "application/json"})
        assert wrong.status_code == 401
        ok_token_bad_body = client.post("/api/documents", content=b"{not json", headers={
            **AUTH, "Content-Type": "application/json"})
        assert ok_token_bad_body.status_code == 400 and ok_token_bad_body.json()["error"]["code"] == "invalid_json"
    with live_api(Settings(db=db)) as base, httpx.Client(base_url=base) as client:  # no token configured
        assert client.post("/api/documents", content=b"{").status_code == 403


def test_trailing_slash_is_served_without_a_host_redirect(db):
    with live_api(Settings(db=db)) as base, httpx.Client(base_url=base, follow_redirects=False) as client:
        resp = client.get("/api/stats/", headers={"Host": "evil.example"})
        assert resp.status_code == 200 and "location" not in resp.headers
        assert resp.json()["documents"] == 3


def test_anonymous_rate_limit_per_client(db):
    with live_api(Settings(db=db, api_token=TOKEN, api_rate_per_minute=5)) as base, \
            httpx.Client(base_url=base) as client:
        codes = [client.get("/api/stats").status_code for _ in range(7)]
        assert codes[:5] == [200] * 5 and codes[5:] == [429, 429]
        limited = client.get("/api/stats")
        assert int(limited.headers["retry-after"]) >= 1 and limited.json()["error"]["code"] == "too_many_requests"
        assert all(client.get("/api/stats", headers=AUTH).status_code == 200 for _ in range(10))  # token holders
