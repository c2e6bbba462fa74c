"""The analyst's workbench in headless Debian Chromium against a real uvicorn server on 127.0.0.1:
overview charts, record pages, claims, downloads and a correction round trip, with no console
error and no request leaving the server."""

from __future__ import annotations

import csv
import hashlib
import io
from pathlib import Path

import pytest

from cablegram.config import Settings
from cablegram.records import Analysis, Commitment, Document, Event
from test_api_sample import build_sample
from live_api import live_api

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
VENDOR = Path(__file__).resolve().parents[1] / "src" / "cablegram" / "web" / "static" / "vendor"
TOKEN = "workbench-token"
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} missing: apt-get install chromium")]

LEDGER_TEXT = ("Freedonia delivered air-defence systems worth $200 million to Sylvania in April. "
               "Freedonia pledged a further $350 million for Sylvania in May. "
               "Ruritanian artillery shelled the outskirts of Porto Vale on Sunday.")


def add_ledger_document(store) -> Document:
    """A document of our own with priced commitments and a placed event, so every chart has data."""
    doc = Document(text=LEDGER_TEXT, title=None, publisher="Evening Wire", published_at="2024-05-20",
                   url="https://wire.example/ledger")
    store.add_document(doc)
    cut = [[0, 84], [85, 148], [149, len(LEDGER_TEXT)]]
    s = [LEDGER_TEXT[a:b] for a, b in cut]
    store.save_analysis(Analysis(
        doc_id=doc.id, sentences=cut, language="en", pipeline_version="test",
        events=[Event(doc.id, 2, s[2], "ASSAULT", "heavy-weapons", source_actor="RUR", target_actor="SYL",
                      trigger="shelled", place="Porto Vale", date="2024-05-19", confidence=0.9)],
        commitments=[Commitment(doc.id, 0, s[0], "FRD", "SYL", "military", "air defence", amount=200e6, currency="USD",
                                amount_text="$200 million", amount_usd=200e6, status="delivered", date="2024-04-15"),
                     Commitment(doc.id, 1, s[1], "FRD", "SYL", "financial", amount=350e6, currency="USD",
                                amount_text="$350 million", amount_usd=350e6, status="pledged", date="2024-05-10")]))
    return doc


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from cablegram.store import open_store

    store = open_store(str(tmp_path_factory.mktemp("workbench") / "web.db"))
    docs = build_sample(store)
    docs["ledger"] = add_ledger_document(store)
    with live_api(Settings(db=store.path, api_token=TOKEN), store) as base:
        yield base, docs, store
    store.close()


@pytest.fixture()
def page(server):
    from playwright.sync_api import sync_playwright

    base = server[0]
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
        pg = context.new_page()
        pg.problems = []
        pg.on("pageerror", lambda e: pg.problems.append(f"page error: {e}"))
        pg.on("console", lambda m: pg.problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
        pg.on("request", lambda r: None if r.url.startswith(base) else pg.problems.append(f"external request {r.url}"))
        yield pg
        browser.close()


PAGES = ("/overview", "/", "/claims", "/commitments", "/actors", "/actors/RUR", "/clusters", "/search?q=blockade", "/docs",
         "/overview?quad=conflict&all=1", "/actors/Mosul")


def test_every_page_loads_without_console_errors_or_external_requests(server, page):
    base, docs, _ = server
    for path in (*PAGES, f"/documents/{docs['article'].id}", f"/documents/{docs['ledger'].id}"):
        response = page.goto(base + path)
        page.wait_for_load_state("networkidle")
        if path == "/actors/Mosul":
            # The browser logs the page's own 404 status; nothing else may fail.
            assert response.status == 404 and len(page.problems) == 1 and "404" in page.problems.pop()
        assert response.status in (200, 404) and page.problems == [], (path, page.problems)


def test_vendored_chart_library_is_the_recorded_file():
    digest = hashlib.sha256((VENDOR / "chart.umd.min.js").read_bytes()).hexdigest()
    assert digest in (VENDOR / "README.md").read_text(encoding="utf-8")


def test_overview_charts_render_with_data_and_filters_change_url_and_counts(server, page):
    base, _, _ = server
    page.goto(base + "/overview")
    page.wait_for_function("window.cablegramSeriesChart && window.cablegramLedgerChart")
    series = page.evaluate("window.cablegramSeriesChart.data.datasets.map(d => [d.label, d.data.reduce((a, b) => a + b, 0)])")
    assert dict(series)["CONSULT"] == 2 and sum(n for _, n in series) == 7
    # Pixels were drawn: the canvas is not blank.
    painted = page.evaluate("""() => { const c = document.getElementById('series-chart');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) n++; } return n; }""")
    assert painted > 1000
    ledger = page.evaluate("window.cablegramLedgerChart.data.datasets.map(d => [d.label, d.data])")
    assert ("Freedonia · delivered", [200e6, 0]) in [(label, data) for label, data in ledger]
    assert page.locator("#network-svg line.edge").count() >= 5
    assert "Porto Vale" in page.locator("#places-table").inner_text()
    assert page.locator("#counts-by_actor tr").first.inner_text().startswith("Sylvania")
    page.screenshot(path=str(ARTIFACTS / "overview.png"), full_page=True)
    with page.expect_navigation():
        page.select_option("#o-quad", "material-conflict")
    assert "quad=material-conflict" in page.url
    page.wait_for_function("window.cablegramSeriesChart")
    kinds = page.evaluate("window.cablegramSeriesChart.data.datasets.map(d => d.label)")
    assert set(kinds) == {"ASSAULT", "SANCTION"}
    # A click on an actor count narrows the overview to that actor.
    with page.expect_navigation():
        page.locator("#counts-by_actor a", has_text="Ruritania").click()
    assert "actor=RUR" in page.url
    assert page.problems == []


def test_event_reaches_its_sentence_and_a_correction_round_trips(server, page):
    base, docs, store = server
    page.goto(base + "/?actor=POL")
    page.locator("li.event .record-link").first.click()
    page.wait_for_load_state()
    assert page.url.startswith(base + "/events/evt_")
    assert "blockade" in page.locator("#evidence-sentence").inner_text()
    page.locator("#record-doc-link").click()
    page.wait_for_load_state()
    assert page.url.endswith("#s0") and page.locator("#s0").evaluate("e => getComputedStyle(e).outlineStyle") == "solid"
    page.go_back()
    page.select_option("#c-action", "correct")
    page.select_option("#c-field", "type")
    page.fill("#c-value", "COERCE")
    page.fill("#c-reason", "a naval blockade is coercion, not a threat")
    page.fill("#c-token", TOKEN)
    with page.expect_navigation():
        page.click("#c-submit")
    assert "saved=cor_" in page.url and page.locator("#saved-notice").is_visible()
    assert page.locator("#record-correction").inner_text().startswith("corrected")
    assert "COERCE" in page.locator("h1").inner_text()
    page.screenshot(path=str(ARTIFACTS / "correction.png"), full_page=True)
    page.goto(base + "/?actor=POL")
    assert "COERCE" in page.locator("li.event .etype").first.inner_text()
    with page.expect_download() as download:
        page.click("#download-csv")
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text(encoding="utf-8"))))
    assert [(r["type"], r["correction"]) for r in rows] == [("COERCE", "corrected")]
    assert page.problems == []


def test_claims_page_filters_and_spans(server, page):
    base, _, _ = server
    page.goto(base + "/claims")
    assert page.locator("tr.claim").count() == 2
    with page.expect_navigation():
        page.select_option("#cl-hedged", "yes")
    assert "hedged=yes" in page.url and page.locator("tr.claim").count() == 1
    assert page.locator("#download-jsonl").get_attribute("href") == "/download/claims.jsonl?hedged=yes"
    page.locator("tr.claim .record-link").first.click()
    page.wait_for_load_state()
    assert page.locator("#evidence-sentence mark[data-span=claimant]").inner_text() == "An official"
    assert page.locator("#evidence-sentence mark[data-span=cue]").inner_text() == "said"
    assert page.problems == []
