"""The article page and the trace API show a false credit as such (newuser12).

An aid analyst opened a traced rewrite whose last sentence credits the ministry with a consulate the readout never
mentions: the page said "differs in: false credit: credited to …" — as if the sentence had a changed detail — and the
summary did not count it. Now the sentence carries a "false credit" badge with the explanation, the summary a
"1 false credit" pill, `GET /api/documents/{id}/trace` a `false_credits` count, and "differs in" keeps only real
differences. Real trace (real embeddings), real SQLite store, the app served by uvicorn on 127.0.0.1; texts written
for this test."""

from __future__ import annotations

import json
import re
import urllib.request

from live_api import live_api

import cablegram
from cablegram.config import Settings
from cablegram.records import Document
from cablegram.store import open_store

READOUT = ("Minister Arvo meets Minister Dellin\n\n9 October 2025\n\nForeign Minister Karin Arvo of Norland received "
           "Foreign Minister Piet Dellin of Sudmark in Holmstad today. The ministers discussed the reopening of the "
           "ferry line across the bay. Norland will give 12 million euros to Sudmark for new harbour cranes.\n")
ARTICLE = ("Norland pays for Sudmark cranes\n\nHOLMSTAD, 9 October 2025 — Norland's foreign minister Karin Arvo received "
           "Sudmark's Piet Dellin in Holmstad on Thursday. Norland will give 14 million euros to Sudmark for new harbour "
           "cranes. The Norland foreign ministry said it would also open a consulate in the port city of Vell next spring.\n")


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=30) as resp:
        assert resp.status == 200
        return resp.read().decode("utf-8")


def _plain(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_a_false_credit_is_a_badge_and_counted_not_a_difference(tmp_path):
    db = tmp_path / "fc.db"
    readout = Document(text=READOUT, title="Minister Arvo meets Minister Dellin", published_at="2025-10-09",
                       publisher="Ministry of Foreign Affairs of Norland", is_primary=True)
    article = Document(text=ARTICLE, title="Norland pays for Sudmark cranes", publisher="Harbour Post",
                       published_at="2025-10-09")
    report = cablegram.trace(article, [readout])
    credited = [s.index for s in report.sentences if s.false_credit]
    changed = [s.index for s in report.sentences if s.label == "altered"]
    assert len(credited) == 1 and changed, [(s.label, s.false_credit) for s in report.sentences]
    with open_store(str(db)) as store:
        store.add_document(readout)
        store.add_document(article)
        store.save_alignments(article.id, report.alignments())
        with live_api(Settings(db=str(db)), store) as base:
            page = _get(f"{base}/documents/{article.id}")
            api = json.loads(_get(f"{base}/api/documents/{article.id}/trace"))

    assert api["summary"]["false_credits"] == 1, api["summary"]
    summary = page[page.index('id="trace-summary"'):page.index("</p>", page.index('id="trace-summary"'))]
    assert "1 false credit" in _plain(summary) and 'id="false-credits"' in summary, summary

    rows = {int(m.group(1)): m.group(0) for m in re.finditer(r'<p class="sent [^"]*" id="s(\d+)".*?</p>', page, re.S)}
    row = rows[credited[0]]
    assert 'class="badge false-credit"' in row and "does not say it" in _plain(row), row
    assert "differs in" not in row, row  # a false credit is no changed detail
    assert "differs in: number" in _plain(rows[changed[0]]) and "false-credit" not in rows[changed[0]]
