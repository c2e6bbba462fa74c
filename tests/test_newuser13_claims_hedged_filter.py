"""The dashboard's claims page and download read hedged=true/false as the API does, and refuse other values
(newuser13).

A fact-checker copied `hedged=true` from an API call into the dashboard's `/claims` URL: the page read only yes/no,
took "true" for "any" and listed every claim, hedged or not, as if filtered; `hedged=maybe` did the same. Now
yes/no, true/false and 1/0 filter, and any other value is a 400 naming the parameter (page and download), like the
other filters. The API sample store (fictional states; one hedged and one plain claim), served by uvicorn on
127.0.0.1."""

from __future__ import annotations

import csv
import io

import httpx
import pytest

from cablegram.config import Settings
from cablegram.store import open_store
from live_api import live_api
from test_api_sample import build_sample


@pytest.fixture()
def base(tmp_path):
    db = str(tmp_path / "h.db")
    with open_store(db) as store:
        build_sample(store)
        with live_api(Settings(db=db), store) as url:
            yield url


def _download(base: str, query: str) -> list[dict]:
    answer = httpx.get(f"{base}/download/claims.csv?{query}")
    assert answer.status_code == 200, answer.text
    return list(csv.DictReader(io.StringIO(answer.text.lstrip("\ufeff"))))


def test_true_and_yes_filter_alike_and_other_values_are_refused(base):
    every = _download(base, "")
    hedged = _download(base, "hedged=yes")
    assert 0 < len(hedged) < len(every), (hedged, every)
    assert _download(base, "hedged=true") == hedged
    assert _download(base, "hedged=1") == hedged
    plain = _download(base, "hedged=false")
    assert plain == _download(base, "hedged=no") and len(plain) + len(hedged) == len(every)

    page = httpx.get(f"{base}/claims", params={"hedged": "true"})
    assert page.status_code == 200 and 'value="yes" selected' in page.text, page.text[:500]
    assert page.text.count("An official") >= 1 and "officials" not in page.text.split("<table", 1)[-1]

    refused = httpx.get(f"{base}/claims", params={"hedged": "maybe"})
    assert refused.status_code == 400 and "hedged: &#39;maybe&#39; is not yes or no" in refused.text, refused.text[:800]
    download = httpx.get(f"{base}/download/claims.csv", params={"hedged": "maybe"})
    assert download.status_code == 400 and download.json()["error"]["code"] == "invalid_value", download.text
