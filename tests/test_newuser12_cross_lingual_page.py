"""The article page says when the trace went across languages (newuser12).

An English rewrite traced against a Ukrainian readout showed Ukrainian evidence beside English sentences, with the
same colours as an English trace, but nothing said that only numbers, dates, durations and names were compared
(`cablegram trace` prints that note; the stored trace lost it). Now the page says so, naming both languages, and
says nothing for a trace in one language. Real trace (multilingual embeddings), real SQLite store, the app served by
uvicorn on 127.0.0.1; texts written for this test (the Ukrainian is our own translation)."""

from __future__ import annotations

import re
import urllib.request

from live_api import live_api

import cablegram
from cablegram.config import Settings
from cablegram.records import Document
from cablegram.store import open_store

READOUT_UK = ("Міністр Арво зустрілася з міністром Делліном\n\n9 жовтня 2025\n\nМіністр закордонних справ Норландії "
              "Карін Арво прийняла міністра закордонних справ Зюдмарку Піта Делліна у Гольмштадті. Міністри обговорили "
              "відновлення поромного сполучення через затоку. Норландія надасть 12 мільйонів євро на нові портові крани.\n")
READOUT_EN = ("Minister Arvo meets Minister Dellin\n\n9 October 2025\n\nForeign Minister Karin Arvo of Norland received "
              "Foreign Minister Piet Dellin of Sudmark in Holmstad today. The ministers discussed the reopening of the "
              "ferry line across the bay. Norland will give 12 million euros for new harbour cranes.\n")
ARTICLE = ("Norland pays for harbour cranes\n\nHOLMSTAD, 9 October 2025 — Norland's foreign minister Karin Arvo received "
           "Sudmark's foreign minister Piet Dellin in Holmstad. The ministers discussed the reopening of the ferry line "
           "across the bay. Norland will give 16 million euros for new harbour cranes.\n")


def _page(base: str, doc_id: str) -> str:
    with urllib.request.urlopen(f"{base}/documents/{doc_id}", timeout=30) as resp:
        assert resp.status == 200
        return resp.read().decode("utf-8")


def test_a_trace_against_a_source_in_another_language_is_said_so_on_the_page(tmp_path):
    uk = Document(text=READOUT_UK, title="Міністр Арво зустрілася з міністром Делліном", published_at="2025-10-09",
                  is_primary=True, language="uk")
    en = Document(text=READOUT_EN, title="Minister Arvo meets Minister Dellin", published_at="2025-10-09",
                  is_primary=True, language="en")
    article = Document(text=ARTICLE, title="Norland pays for harbour cranes", published_at="2025-10-09", language="en")
    twin = Document(text=ARTICLE.replace("16 million", "17 million"), title="Norland pays for harbour cranes (2)",
                    published_at="2025-10-09", language="en")
    across = cablegram.trace(article, [uk])
    assert across.summary["cross_lingual"] and across.summary["supported"] + across.summary["altered"], across.summary
    same = cablegram.trace(twin, [en])
    assert not same.summary["cross_lingual"], same.summary
    with open_store(str(tmp_path / "x.db")) as store:
        for d in (uk, en, article, twin):
            store.add_document(d)
        store.save_alignments(article.id, across.alignments())
        store.save_alignments(twin.id, same.alignments())
        with live_api(Settings(db=str(tmp_path / "x.db")), store) as base:
            page, plain_page = _page(base, article.id), _page(base, twin.id)

    note = re.search(r'<p class="hint" id="cross-lingual">(.*?)</p>', page, re.S)
    assert note, page
    text = " ".join(note.group(1).split())
    assert "the article is in en, its source in uk" in text and "wording is not" in text, text
    assert 'id="cross-lingual"' not in plain_page
