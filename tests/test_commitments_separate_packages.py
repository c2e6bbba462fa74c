"""A separate package in a note on one package: a figure in another currency for another kind of support is not
a restatement of the package's value; the overview ledger and `commitments summary` count by one rule."""

from __future__ import annotations

import json

from cablegram.ledger import summarise
from cablegram.records import Analysis, Commitment, Document
from cablegram.store import open_store
from cablegram.store.overview import ledger as overview_ledger
from test_commitments_component import run


def _demo_text(doc_id: str) -> dict:
    from importlib.resources import files

    lines = files("cablegram.demo").joinpath("corpus.jsonl").read_text(encoding="utf-8").splitlines()
    return next(d for d in map(json.loads, lines) if d["id"] == doc_id)


def test_a_euro_grant_is_not_a_reference_to_a_later_dollar_loan(nlp):
    """The demo's short note (fictional states): a EUR humanitarian pledge, then a further dollar loan for the
    budget that the value model takes as the note's package value; the pledge stays counted."""
    demo = _demo_text("demo-04")
    rows = run(nlp, demo["text"], date=demo["published_at"])
    grant = next(r for r in rows if r.currency == "EUR")
    loan = next(r for r in rows if r.currency == "USD")
    assert not grant.is_reference and not (grant.reason or "").startswith("reference:")
    assert not loan.is_reference and loan.category == "financial"


def test_overview_ledger_counts_like_the_summary(tmp_path):
    """A row flagged as a reference that restates nothing earlier counts once (the ledger's rule) on both
    surfaces; rows without an amount are the same 'without a USD amount' count on both."""
    db = tmp_path / "o.db"
    text = "An invented note on invented aid from one invented state to another."
    with open_store(str(db)) as store:
        doc = Document(text=text, language="en", title="Invented note", publisher="Example News",
                       published_at="2031-03-05")
        store.add_document(doc)
        common = dict(doc_id=doc.id, sentence=text, donor="XNL", recipient="XSM", date="2031-03-05")
        coms = [Commitment(sentence_index=0, category="humanitarian", amount=80e6, currency="USD",
                           amount_text="$80 million", amount_usd=80e6, is_reference=True,
                           reason="reference: not the package's value ($900 million)", **common),
                Commitment(sentence_index=1, category="financial", subcategory="loan", amount=900e6, currency="USD",
                           amount_text="$900 million", amount_usd=900e6, status="allocated", **common),
                Commitment(sentence_index=2, category="military", status="delivered", **common),
                Commitment(sentence_index=3, category="military", status="conditional", **common)]
        store.save_analysis(Analysis(doc_id=doc.id, sentences=[[0, len(text)]], language="en",
                                     pipeline_version="test-1", commitments=coms))
        view = overview_ledger(store)
        [summary] = summarise(store)
    pledged = sum(sum(v) for v in view["pledged"].values()) + sum(sum(v) for v in view["delivered"].values())
    assert pledged == summary["committed_usd"] == 980e6
    # The conditional and the delivered military rows are one ledger entry (no figure, same kind): one, not two.
    assert view["unpriced"] == summary["without_amount"] + summary["unconverted"] == 1
