"""The dashboard in headless Debian Chromium against a real uvicorn server on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import pytest

from cablegram.config import Settings
from test_api_sample import build_sample
from live_api import live_api

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} missing: apt-get install chromium")]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from cablegram.store import open_store

    store = open_store(str(tmp_path_factory.mktemp("web") / "web.db"))
    docs = build_sample(store)
    with live_api(Settings(db=store.path), store) as base:
        yield base, docs
    store.close()


@pytest.fixture(scope="module")
def page(server):
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        pg = browser.new_page(viewport={"width": 1280, "height": 900})
        errors: list[str] = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        pg.js_errors = errors
        yield pg
        browser.close()


def test_timeline_modalities_and_filters(server, page):
    base, _ = server
    page.goto(base + "/")
    assert page.locator("li.event").count() == 6
    for modality in ("occurred", "planned", "hypothetical", "negated"):
        assert page.locator(f"li.event.ev-{modality}").count() >= 1
    # Negated events are struck through, planned ones dashed: visibly distinct from occurred.
    negated = page.locator("li.ev-negated .esentence").evaluate("e => getComputedStyle(e).textDecorationLine")
    planned = page.locator("li.ev-planned").first.evaluate("e => getComputedStyle(e).borderLeftStyle")
    occurred = page.locator("li.ev-occurred").first.evaluate("e => getComputedStyle(e).borderLeftStyle")
    assert "line-through" in negated and planned == "dashed" and occurred == "solid"
    page.screenshot(path=str(ARTIFACTS / "timeline.png"), full_page=True)
    # The modality drop-down submits on change.
    with page.expect_navigation():
        page.select_option("#f-modality", "planned")
    assert "modality=planned" in page.url
    assert page.locator("li.event").count() == 1 and page.locator("li.event .etype").inner_text().startswith("AID")
    page.select_option("#f-modality", "")
    page.wait_for_load_state()
    page.fill("#f-actor", "POL")
    page.click("#f-apply")
    page.wait_for_load_state()
    assert page.locator("li.event").count() == 1 and "THREATEN" in page.locator("li.event .etype").inner_text()
    assert page.js_errors == []


def test_article_trace_colours(server, page):
    base, docs = server
    page.goto(f"{base}/documents/{docs['article'].id}")
    # The hostile title is shown as text and its script never ran.
    assert "<script>" in page.locator("#doc-title").inner_text()
    assert page.evaluate("window.__pwned === undefined")
    labels = page.locator(".sent").evaluate_all("els => els.map(e => e.dataset.label)")
    assert labels == ["supported", "altered", "added"]
    colours = page.locator(".sent").evaluate_all("els => els.map(e => getComputedStyle(e).backgroundColor)")
    assert len(set(colours)) == 3
    assert page.locator(".sent-added .claimant").first.inner_text() == "anonymous"
    evidence = page.locator(".trow").first.locator(".evidence q").inner_text()
    assert evidence.startswith("Foreign Minister Ida Marten met")
    assert "number" in page.locator(".sent-altered .diffs").inner_text()
    page.screenshot(path=str(ARTIFACTS / "article.png"), full_page=True)
    # Follow the evidence link to the primary source.
    page.locator(".trow").first.locator(".evidence a").click()
    page.wait_for_load_state()
    assert page.locator(".badge.primary").count() == 1


def test_actor_page_network_and_roles(server, page):
    base, _ = server
    page.goto(f"{base}/actors/FRD")
    assert page.locator("#network-svg line.edge").count() >= 2
    edge = page.locator('#network-svg line.edge[data-type="AID"]')
    shown = lambda: edge.evaluate("e => getComputedStyle(e).display") != "none"  # noqa: E731
    assert shown()
    page.click('.edge-toggle[data-type="AID"]')
    assert not shown()
    page.click('.edge-toggle[data-type="AID"]')
    assert shown()
    page.screenshot(path=str(ARTIFACTS / "actor.png"), full_page=True)
    page.goto(f"{base}/actors/person:ida-marten")
    assert page.locator("#roles tr.role").count() == 2
    assert "Ida Marten" in page.locator("#aliases .variant").first.inner_text()
    page.locator("#network-svg a circle").first.click()
    page.wait_for_load_state()
    assert page.locator("#actor-name").inner_text().startswith("Sylvania")


def test_search_clusters_commitments(server, page):
    base, docs = server
    page.goto(base + "/")
    page.fill("#search-box", "blockade")
    page.press("#search-box", "Enter")
    page.wait_for_load_state()
    assert page.locator(".hit").count() == 1 and page.locator(".hit mark").first.inner_text().lower() == "blockade"
    page.goto(base + "/clusters")
    assert page.locator(".cluster .badge.earliest").count() == 1 and page.locator(".cluster .badge.primary").count() == 1
    page.goto(base + "/commitments")
    assert page.locator("#commitments-table tbody tr").count() == 1
    with page.expect_navigation():
        page.select_option("#commitment-filters select[name=status]", "delivered")
    assert "No commitments match" in page.locator("#commitments-table").inner_text()
    page.screenshot(path=str(ARTIFACTS / "commitments.png"), full_page=True)
    assert page.js_errors == []
