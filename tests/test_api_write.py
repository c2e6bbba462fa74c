"""Write endpoints: bearer token, JSON and file uploads, size limits, URL ingest from a real local server, trace."""

from __future__ import annotations

import http.server
import json
import threading

import pytest
from fastapi.testclient import TestClient

from cablegram.api import create_app
from cablegram.config import Settings
from test_api_sample import build_sample

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Freedonia Ministry News</title>
<item><title>Minister visits Sylvania</title><link>https://mfa.freedonia.example/n1</link>
<pubDate>Mon, 04 Mar 2024 10:00:00 GMT</pubDate>
<description>Foreign Minister Ida Marten travelled to Sylvania for two days of talks on border crossings.</description></item>
</channel></rss>"""


def make_client(store, tmp_path, **settings):
    settings.setdefault("fetch_allow_networks", ["127.0.0.1/32"])  # the feed server is on loopback
    return TestClient(create_app(Settings(db=str(tmp_path / "unused.db"), **settings), store))


@pytest.fixture()
def feed_server():
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 — http.server's naming
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(FEED)))
            self.end_headers()
            self.wfile.write(FEED)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/feed.xml"
    server.shutdown()
    server.server_close()


def test_writes_refused_without_configured_token(store, tmp_path):
    client = make_client(store, tmp_path)
    resp = client.post("/api/documents", json={"text": "Some text."}, headers=AUTH)
    assert resp.status_code == 403 and resp.json()["error"]["code"] == "writes_disabled"
    assert store.counts()["documents"] == 0


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN},
                                     {"Authorization": "Basic " + TOKEN}])
def test_bad_or_missing_token_is_401(store, tmp_path, headers):
    client = make_client(store, tmp_path, api_token=TOKEN)
    resp = client.post("/api/documents", json={"text": "Some text."}, headers=headers)
    assert resp.status_code == 401 and resp.json()["error"]["code"] == "unauthorized"
    assert resp.headers["www-authenticate"] == "Bearer"
    assert store.counts()["documents"] == 0


def test_json_upload_and_dedup(store, tmp_path):
    client = make_client(store, tmp_path, api_token=TOKEN)
    body = {"text": "Sylvania recalled its ambassador from Ruritania on Tuesday.", "title": "Recall",
            "publisher": "Evening Wire", "published_at": "2024-03-06"}
    first = client.post("/api/documents", json=body, headers=AUTH)
    assert first.status_code == 201 and first.json()["status"] == "inserted"
    again = client.post("/api/documents", json=body, headers=AUTH)
    assert again.json() == {"id": first.json()["id"], "status": "duplicate", "quality": [], "held_back": False}
    assert store.get_document(first.json()["id"]).publisher == "Evening Wire"
    bad = client.post("/api/documents", json={"text": ""}, headers=AUTH)
    assert bad.status_code == 422 and bad.json()["error"]["code"] == "validation_error"


def test_file_upload_keeps_only_the_base_name(store, tmp_path):
    client = make_client(store, tmp_path, api_token=TOKEN)
    text = b"Title line\n\nFreedonia opened a consulate in the Sylvanian port city on Monday."
    for i, name in enumerate(("../../etc/passwd.txt", "..\\..\\windows\\evil.md", "/abs/path/note.txt")):
        resp = client.post("/api/upload", files={"file": (name, text + b" Day %d." % i, "text/plain")}, headers=AUTH)
        assert resp.status_code == 201, resp.text
        assert "/" not in resp.json()["filename"] and "\\" not in resp.json()["filename"]
        assert ".." not in resp.json()["filename"]
    doc = store.get_document(resp.json()["id"])
    assert doc.source == "upload:note.txt" and "consulate" in doc.text
    # Nothing was written next to the database or under the upload names.
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("test.db")) == []


def test_upload_limits_and_types(store, tmp_path):
    client = make_client(store, tmp_path, api_token=TOKEN, max_upload_bytes=2000)
    big = b"word " * 1000  # 5,000 bytes, over the 2,000-byte limit
    resp = client.post("/api/upload", files={"file": ("big.txt", big, "text/plain")}, headers=AUTH)
    assert resp.status_code == 413 and resp.json()["error"]["code"] == "payload_too_large"
    huge = b"x" * 200_000  # beyond the multipart allowance: refused on Content-Length before reading
    resp = client.post("/api/documents", content=b'{"text": "' + huge + b'"}', headers={**AUTH, "Content-Type": "application/json"})
    assert resp.status_code == 413 and resp.json()["error"]["code"] == "payload_too_large"
    resp = client.post("/api/upload", files={"file": ("sheet.xlsx", b"PK\x03\x04 binary", "application/octet-stream")},
                       headers=AUTH)
    assert resp.status_code == 415 and resp.json()["error"]["code"] == "unsupported_media_type"
    resp = client.post("/api/upload", files={"file": ("empty.txt", b"  \n", "text/plain")}, headers=AUTH)
    assert resp.status_code == 400 and resp.json()["error"]["code"] == "empty_input"
    assert store.counts()["documents"] == 0


def test_chunked_body_over_limit_is_refused(store, tmp_path):
    client = make_client(store, tmp_path, api_token=TOKEN, max_upload_bytes=1000)

    def chunks():
        for _ in range(200):
            yield b"y" * 1000

    resp = client.post("/api/documents", content=chunks(), headers={**AUTH, "Content-Type": "application/json"})
    assert resp.status_code == 413 and resp.json()["error"]["code"] == "payload_too_large"


def test_ingest_feed_from_local_server(store, tmp_path, feed_server):
    client = make_client(store, tmp_path, api_token=TOKEN)
    resp = client.post("/api/ingest", json={"url": feed_server}, headers=AUTH)
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert body["inserted"] == 1 and body["failed"] == []
    doc = store.get_document(body["doc_ids"][0])
    assert doc.title == "Minister visits Sylvania" and doc.publisher == "Freedonia Ministry News"
    assert client.post("/api/ingest", json={"url": feed_server}, headers=AUTH).json()["duplicates"] == 1


@pytest.mark.parametrize("url", ["file:///etc/passwd", "/etc/passwd", "ftp://example.org/x", "javascript:alert(1)"])
def test_ingest_refuses_non_http(store, tmp_path, url):
    client = make_client(store, tmp_path, api_token=TOKEN)
    resp = client.post("/api/ingest", json={"url": url}, headers=AUTH)
    assert resp.status_code == 400 and resp.json()["error"]["code"] == "invalid_value"
    assert store.counts()["documents"] == 0


def test_post_trace_stores_alignments(store, tmp_path):
    docs = build_sample(store)
    client = make_client(store, tmp_path, api_token=TOKEN, embeddings="lexical")
    threat = docs["threat"].id
    # The readout (4 days earlier) is the only primary source in the window, but it shares nothing with the
    # threat article: the candidate policy claims no source for it unless the caller names one.
    unasked = client.post(f"/api/documents/{threat}/trace", headers=AUTH)
    assert unasked.status_code == 409 and unasked.json()["error"]["code"] == "no_primary_source"
    assert "no primary source" in unasked.json()["error"]["message"]
    assert store.get_alignments(threat) == []
    # Naming that readout by hand does not make it the threat article's source: no sentence is supported or
    # altered by it, so the trace is refused (not "100 % added") and nothing is saved.
    forced = client.post(f"/api/documents/{threat}/trace", headers=AUTH, json={"source_ids": [docs["primary"].id]})
    assert forced.status_code == 409 and forced.json()["error"]["code"] == "no_primary_source", forced.text
    assert "does not restate" in forced.json()["error"]["message"] and store.get_alignments(threat) == []
    article = docs["article"].id
    resp = client.post(f"/api/documents/{article}/trace", headers=AUTH, json={"source_ids": [docs["primary"].id]})
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert [s["id"] for s in body["sources"]] == [docs["primary"].id]
    labels = [a["label"] for a in body["alignments"]]
    assert set(labels) <= {"supported", "altered", "added", "other"} and {"supported", "altered"} & set(labels)
    assert len(store.get_alignments(article)) == len(labels) == 3
    missing = client.post("/api/documents/doc_nope/trace", headers=AUTH)
    assert missing.status_code == 404


def test_corrections_through_the_api_need_the_token_and_apply_everywhere(any_backend_store, tmp_path):
    store = any_backend_store
    build_sample(store)
    client = make_client(store, tmp_path, api_token=TOKEN)
    threat = client.get("/api/events", params={"type": "THREATEN"}).json()["items"][0]
    body = {"record_id": threat["id"], "action": "correct", "field": "type", "value": "COERCE",
            "reason": "a blockade is coercion", "author": "tester"}
    assert client.post("/api/corrections", json=body).status_code == 401
    assert client.post("/api/corrections", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    made = client.post("/api/corrections", json=body, headers=AUTH)
    assert made.status_code == 201, made.text
    assert made.json()["id"].startswith("cor_") and made.json()["value"] == "COERCE"
    listed = client.get("/api/events", params={"actor": "POL"}).json()["items"]
    assert [(e["type"], e["correction"]) for e in listed] == [("COERCE", "corrected")]
    # Missing reason, unknown field and unknown record: clear 4xx errors naming the part.
    for bad, status, part in (({**body, "reason": ""}, 400, "reason"), ({**body, "field": "sentence"}, 400, "field"),
                              ({**body, "record_id": "evt_0000000000000000"}, 404, "record_id")):
        resp = client.post("/api/corrections", json=bad, headers=AUTH)
        assert resp.status_code == status and part in resp.json()["error"]["message"], resp.text
    claim = client.get("/api/claims", params={"claimant_kind": "anonymous"}).json()["items"][0]
    assert client.post("/api/corrections", json={"record_id": claim["id"], "action": "reject", "reason": "not a claim"},
                       headers=AUTH).status_code == 201
    assert client.get("/api/claims", params={"claimant_kind": "anonymous"}).json()["items"] == []
    assert client.get("/api/claims", params={"claimant_kind": "anonymous", "all": True}).json()["items"][0][
        "correction"] == "rejected"
    log = [json.loads(line) for line in client.get("/api/corrections/export").text.splitlines()]
    # The type correction's companion clears THREATEN's mode "blockade", which COERCE lacks.
    assert [(r["action"], r["field"]) for r in log] == [("correct", "type"), ("correct", "mode"), ("reject", None)]
    assert log[0]["machine_value"] == "THREATEN" and log[1]["value"] is None
    assert client.get("/api/corrections", params={"record_id": threat["id"]}).json()["items"][0]["author"] == "tester"
    training = [json.loads(line) for line in client.get("/api/corrections/export", params={"kind": "training"}).text.splitlines()]
    assert {t["task"] for t in training} == {"plover_event", "attribution"}


def test_correction_form_needs_the_token(store, tmp_path):
    build_sample(store)
    client = make_client(store, tmp_path, api_token=TOKEN)
    event = client.get("/api/events", params={"type": "AID"}).json()["items"][0]
    form = {"record_id": event["id"], "action": "reject", "reason": "the aid is only planned", "token": "nope"}
    refused = client.post("/corrections", data=form, headers={"accept": "text/html"}, follow_redirects=False)
    assert refused.status_code == 401 and "token" in refused.text and 'id="correction-form"' in refused.text
    assert store.counts()["corrections"] == 0
    saved = client.post("/corrections", data={**form, "token": TOKEN, "back": "//evil.example/x"}, follow_redirects=False)
    assert saved.status_code == 303 and saved.headers["location"].startswith(f"/events/{event['id']}?saved=cor_")
    assert store.counts()["corrections"] == 1
    read_only = make_client(store, tmp_path)
    page = read_only.get(f"/events/{event['id']}")
    assert page.status_code == 200 and 'id="read-only"' in page.text and "rejected" in page.text


def test_upload_gets_the_ingest_decoding_and_quality_checks(store, tmp_path):
    """An upload in a legacy Cyrillic encoding is decoded as Cyrillic and flagged, like `cablegram ingest` does."""
    client = make_client(store, tmp_path, api_token=TOKEN)
    text = ("Министерство иностранных дел сообщило, что переговоры о поставках зерна продолжатся на следующей неделе. "
            "Делегации обсудили порты, страховку судов и сроки перевозок.")
    resp = client.post("/api/upload", files={"file": ("note.txt", text.encode("cp1251"), "text/plain")}, headers=AUTH)
    assert resp.status_code == 201, resp.text
    doc = store.get_document(resp.json()["id"])
    assert "Министерство" in doc.text and doc.language == "ru"
    assert "encoding_repaired" in (doc.quality or [])
