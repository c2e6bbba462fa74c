"""POST /api/ingest tells what to do about a URL it could not read (newuser11): each failure comes back with
its error code and hint, as `cablegram ingest` prints them, against a real uvicorn server and a real page
server on 127.0.0.1."""

from __future__ import annotations

import httpx
from live_api import live_api

from cablegram.config import Settings
from cablegram.store import open_store

TOKEN = "u-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
PAGE = ("<html><head><title>Kitchens at the border</title></head><body><article><p>Freedonia sent twelve field "
        "kitchens to the Sylvanian border on Monday, its interior ministry said in a statement.</p></article>"
        "</body></html>")


def _post(base: str, url: str) -> httpx.Response:
    with httpx.Client(base_url=base, timeout=60) as client:
        return client.post("/api/ingest", json={"url": url}, headers=AUTH)


def test_a_failed_url_comes_back_with_its_code_and_what_to_do(tmp_path, http_server):
    db = str(tmp_path / "api.db")
    open_store(db).close()
    good = http_server.route("/kitchens.html", PAGE)
    gone = http_server.route("/gone.html", "nothing here", status=404, content_type="text/plain")
    settings = Settings(db=db, api_token=TOKEN, fetch_allow_networks=["127.0.0.1/32"], fetch_retries=0)
    with live_api(settings) as base:
        ok, missing = _post(base, good), _post(base, gone)
    assert ok.status_code == 201, ok.text
    assert ok.json()["inserted"] == 1 and ok.json()["errors"] == [] and ok.json()["failed"] == []
    body = missing.json()
    assert missing.status_code == 201 and body["inserted"] == 0
    assert body["failed"] == [[gone, body["errors"][0]["message"].removeprefix(f"{gone}: ")]]
    (error,) = body["errors"]
    assert error["source"] == gone and error["code"] == "fetch_http_status" and "404" in error["message"]
    assert error["hint"] and error["hint"] != "See `cablegram --help`."


def test_a_refused_internal_address_says_which_setting_allows_it(tmp_path, http_server):
    db = str(tmp_path / "api.db")
    open_store(db).close()
    url = http_server.route("/kitchens.html", PAGE)
    with live_api(Settings(db=db, api_token=TOKEN)) as base:
        resp = _post(base, url)
    (error,) = resp.json()["errors"]
    assert error["code"] == "fetch_blocked" and "fetch_allow_hosts" in error["hint"]
    assert http_server.hits["/kitchens.html"] == 0
    with open_store(db) as store:
        assert store.counts()["documents"] == 0
