"""The /claims page counts its claims (newuser10 item 4): how many match, which ones the page shows, and how
many the default hides, as `cablegram claims` does. Served by uvicorn on 127.0.0.1 from a real store."""

from __future__ import annotations

import html
import re

import httpx

from cablegram.config import Settings
from live_api import live_api
from test_newuser10_listings import _store


def _note(page: str) -> str:
    found = re.search(r'<p class="hint" id="claims-count">(.*?)</p>', page, re.S)
    assert found, "the claims page has no count line"
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", found.group(1))).split())


def test_claims_page_counts_shown_and_hidden_claims(tmp_path):
    db = tmp_path / "c.db"
    _store(db, ["named", "organisation", "anonymous", "named", "outlet", "none", "none"])
    single = tmp_path / "one.db"
    _store(single, ["named", "none"])
    with live_api(Settings(db=str(db))) as base:
        default = _note(httpx.get(f"{base}/claims").text)
        every = _note(httpx.get(f"{base}/claims", params={"all": "1"}).text)
        named = _note(httpx.get(f"{base}/claims", params={"kind": "named"}).text)
    assert default == ("Showing 1–5 of 5 claims; 2 more claims are hidden (no claimant, or rejected): "
                       "tick “show all” to see them.")
    assert every == "Showing 1–7 of 7 claims."
    assert named == "Showing 1–2 of 2 claims."
    with live_api(Settings(db=str(single))) as base:
        one = _note(httpx.get(f"{base}/claims").text)
    assert one == "Showing 1–1 of 1 claim; 1 more claim is hidden (no claimant, or rejected): tick “show all” to see it."
