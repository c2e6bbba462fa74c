"""Dashboard pages and downloads refuse a filter value they cannot apply (a type the codebook lacks, a
date not in the calendar, an unknown claimant kind) instead of answering every row: pages with a 400 in
the normal layout naming the parameter and the allowed values, downloads with the API's invalid_value."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from cablegram.api import create_app
from cablegram.config import Settings
from test_api_sample import build_sample

HTML = {"accept": "text/html"}


@pytest.fixture()
def client(store, tmp_path):
    build_sample(store)
    return TestClient(create_app(Settings(db=str(tmp_path / "unused.db")), store))


def _event_rows(page_html: str) -> list[str]:
    return re.findall(r'<li class="event [^"]*" data-modality="[^"]*" data-type="([A-Z]+)"', page_html)


@pytest.mark.parametrize(("url", "parameter", "allowed"), [
    ("/?type=ATTACK&all=1", "type", "ASSAULT"),
    ("/?date_from=2026-02-30&all=1", "date_from", "YYYY-MM-DD"),
    ("/?modality=sure&all=1", "modality", "hypothetical"),
    ("/overview?type=ATTACK", "type", "ASSAULT"),
    ("/claims?kind=pundit", "kind", "analysts"),
    ("/claims?claimant_kind=pundit", "claimant_kind", "analysts"),
    ("/commitments?status=maybe", "status", "pledged"),
])
def test_pages_refuse_a_bad_filter_in_the_page_layout(client, url, parameter, allowed):
    for headers in (HTML, {}):
        page = client.get(url, headers=headers)
        assert page.status_code == 400, url
        assert page.headers["content-type"].startswith("text/html")
        assert "<nav" in page.text and "invalid_value" in page.text  # the normal layout, the code
        assert f"{parameter}: " in page.text and allowed in page.text
        assert _event_rows(page.text) == [] and 'class="claim' not in page.text


def test_a_good_filter_still_lists_its_rows(client):
    everything = _event_rows(client.get("/?all=1").text)
    assaults = _event_rows(client.get("/?all=1&type=assault").text)
    assert everything and assaults and set(assaults) == {"ASSAULT"} and len(assaults) < len(everything)


@pytest.mark.parametrize(("url", "parameter"), [
    ("/download/events.csv?type=ATTACK", "type"),
    ("/download/events.csv?date_to=2026-13", "date_to"),
    ("/download/claims.csv?kind=pundit", "kind"),
    ("/download/commitments.jsonl?category=gifts", "category"),
])
def test_downloads_refuse_a_bad_filter_like_the_api(client, url, parameter):
    response = client.get(url)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid_value" and error["message"].startswith(f"{parameter}: ")
    assert "Use" in error["hint"]


def test_claims_take_the_api_name_of_the_claimant_kind(client):
    page_kind = client.get("/claims?kind=named&all=1").text
    page_api_name = client.get("/claims?claimant_kind=named&all=1").text
    assert page_api_name == page_kind
    unfiltered = client.get("/claims?all=1").text
    assert page_api_name != unfiltered
    csv_kind = client.get("/download/claims.csv?claimant_kind=named&all=1").text
    assert csv_kind == client.get("/download/claims.csv?kind=named&all=1").text
    assert csv_kind != client.get("/download/claims.csv?all=1").text
