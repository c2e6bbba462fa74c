"""The article trace view (track changes against the readout, side by side) in headless Chromium against
a real uvicorn server on 127.0.0.1; texts written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from cablegram.config import Settings
from cablegram.provenance.service import trace_all
from cablegram.records import Document
from live_api import live_api

CHROMIUM = "/usr/bin/chromium"
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} missing: apt-get install chromium")]

READOUT = ("Foreign Minister Ilse Varga of Norland spoke today with Ostrian Envoy Pell Dorn about the river crossings at Kell. "
           "The two agreed to reopen three crossings in the coming weeks.")
ARTICLE = ("Foreign Minister Ilse Varga spoke with Ostrian Envoy Pell Dorn about the river crossings at Kell "
           "and about what the crossings mean for the planned harvest exports next autumn. "
           "The two have reopened five crossings. Traders in Kell say flour prices have doubled.")


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    from cablegram.store import open_store

    db = str(tmp_path_factory.mktemp("trace-web") / "t.db")
    store = open_store(db)
    settings = Settings(db=db, primary_publishers=["ministry of foreign affairs of norland"])
    store.add_document(Document(text=READOUT, publisher="Ministry of Foreign Affairs of Norland", published_at="2026-03-02"))
    article = Document(text=ARTICLE, title="Crossings reopened", publisher="Kell Courier", published_at="2026-03-03")
    store.add_document(article)
    assert trace_all(store, settings).count("traced") == 1
    with live_api(settings, store) as base:
        yield base, article.id
    store.close()


def test_track_changes_view(served):
    from playwright.sync_api import sync_playwright

    base, doc_id = served
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--disable-gpu", "--no-first-run"])
        page = browser.new_page()
        page.goto(f"{base}/documents/{doc_id}")
        first, second, third = page.locator("#s0"), page.locator("#s1"), page.locator("#s2")
        assert first.get_attribute("data-label") == "supported"
        assert "partly supported" in first.inner_text()
        assert "harvest exports" in first.locator("ins.span-new").all_inner_texts()[-1]
        assert second.get_attribute("data-label") == "altered"
        assert {"reopened", "five"} <= set(second.locator("ins.span-changed").all_inner_texts())  # modality, number
        assert "three" in second.locator("del.src-text").all_inner_texts()
        assert third.get_attribute("data-label") == "added"
        # side by side: the readout sentence next to the article sentence
        assert "agreed to reopen three crossings" in page.locator(".trow").nth(1).locator("aside.evidence").inner_text()
        browser.close()
