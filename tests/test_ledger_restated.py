"""Ledger: an article that restates a primary source's pledge with another figure (a trace aligned the two
sentences, label ``altered``) is one commitment with the figures in conflict named, the primary source's figure
counted; an article sentence a trace found no source for stays its own entry. Real SQLite store."""

from __future__ import annotations

import pytest

from cablegram.ledger import ledger, summarise
from cablegram.records import Alignment, Analysis, Commitment, Document, Evidence


def _com(doc: Document, amount: float, idx: int = 0) -> Commitment:
    return Commitment(doc_id=doc.id, sentence_index=idx, sentence="s", donor="LVA", recipient="MDA",
                      category="humanitarian", subcategory="demining", amount=amount, currency="EUR",
                      amount_text=f"{amount / 1e6:g} million euros", status="pledged", date=doc.published_at,
                      confidence=0.8)


def _store(path, label: str, article_first: bool = False):
    from cablegram.store import open_store

    store = open_store(str(path))
    readout = Document(text="Latvia will give 4 million euros to Moldova for mine clearance.",
                       published_at="2025-05-07" if article_first else "2025-05-06",
                       publisher="Ministry of Foreign Affairs of Latvia", is_primary=True)
    article = Document(text="Latvia will give 6 million euros to Moldova for mine clearance, the ministry said.",
                       published_at="2025-05-06" if article_first else "2025-05-07", publisher="Daily Outlet")
    for doc, amount in ((readout, 4e6), (article, 6e6)):
        store.add_document(doc)
        store.save_analysis(Analysis(doc_id=doc.id, commitments=[_com(doc, amount)]))
    store.save_alignments(article.id, [Alignment(
        doc_id=article.id, sentence_index=0, sentence=article.text, label=label, score=0.8,
        evidence=[Evidence(doc_id=readout.id, sentence_index=0, sentence=readout.text, score=0.8)],
        differences=["number"] if label == "altered" else [])])
    return store


@pytest.mark.parametrize("article_first", [False, True])
def test_a_restated_pledge_with_another_figure_is_one_entry_with_the_primary_figure(tmp_path, article_first):
    with _store(tmp_path / "w.db", "altered", article_first) as store:
        [entry] = ledger(store)
        assert (entry.amount, len(entry.sources)) == (4e6, 2), entry
        assert any("figures in conflict" in r and "6 million euros" in r for r in entry.reasons), entry.reasons
        [total] = summarise(store, by="donor")
        assert total["commitments"] == 1 and total["committed_usd"] == pytest.approx(entry.amount_usd)


def test_an_article_sentence_with_no_source_stays_its_own_entry(tmp_path):
    with _store(tmp_path / "a.db", "added") as store:
        assert sorted(e.amount for e in ledger(store)) == [4e6, 6e6]
