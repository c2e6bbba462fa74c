"""Ledger: reports of one story in several documents (a readout and an article) count one commitment, even when
their figures differ; different stories, and two figures in one document, stay apart. Real SQLite store."""

from __future__ import annotations

import pytest

from cablegram.ledger import ledger, summarise
from cablegram.records import Analysis, Cluster, Commitment, Document


def _com(doc: Document, amount: float, idx: int = 0, category: str = "humanitarian") -> Commitment:
    return Commitment(doc_id=doc.id, sentence_index=idx, sentence="s", donor="Kestria", recipient="Ostravia",
                      category=category, amount=amount, currency="EUR", amount_text=f"EUR {amount / 1e6:g} million",
                      status="pledged", date=doc.published_at, confidence=0.8)


@pytest.fixture()
def story_db(tmp_path):
    from cablegram.store import open_store

    path = tmp_path / "stories.db"
    with open_store(str(path)) as store:
        readout = Document(text="Readout: Kestria pledges aid to Ostravia.", published_at="2026-02-03",
                           publisher="Kestrian foreign ministry")
        article = Document(text="Article: Kestria's new aid for Ostravia.", published_at="2026-02-04",
                           publisher="Daily Outlet")
        other = Document(text="Another story: Kestria's autumn aid.", published_at="2026-02-05",
                         publisher="Evening Outlet")
        for doc, rows in ((readout, [30e6]), (article, [50e6]), (other, [20e6, 70e6])):
            store.add_document(doc)
            store.save_analysis(Analysis(doc_id=doc.id, commitments=[_com(doc, a, i) for i, a in enumerate(rows)]))
        store.save_clusters([Cluster(id="story-1", doc_ids=[readout.id, article.id], earliest_doc_id=readout.id)])
    return path


def test_one_story_counts_one_commitment_with_the_first_figure(story_db):
    from cablegram.store import open_store

    with open_store(str(story_db)) as store:
        entries = ledger(store)
        by_sources = sorted((len(e.sources), e.amount) for e in entries)
        # the readout's EUR 30m and the article's EUR 50m are one pledge; the other story's two figures (one
        # document) are two pledges
        assert by_sources == [(1, 20e6), (1, 70e6), (2, 30e6)]
        merged = next(e for e in entries if len(e.sources) == 2)
        assert any("EUR 50 million" in r for r in merged.reasons), merged.reasons
        [total] = summarise(store, by="donor")
        assert total["commitments"] == 3 and total["sources"] == 4
        usd = {e.amount: e.amount_usd for e in entries}
        assert total["committed_usd"] == pytest.approx(usd[30e6] + usd[20e6] + usd[70e6])


def test_without_clusters_different_figures_stay_apart(tmp_path):
    from cablegram.store import open_store

    with open_store(str(tmp_path / "plain.db")) as store:
        for date, amount in (("2026-02-03", 30e6), ("2026-02-04", 50e6)):
            doc = Document(text=f"Report of {date}.", published_at=date)
            store.add_document(doc)
            store.save_analysis(Analysis(doc_id=doc.id, commitments=[_com(doc, amount)]))
        assert sorted(e.amount for e in ledger(store)) == [30e6, 50e6]
