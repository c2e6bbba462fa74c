"""The ledger links one programme reported under two categories in two documents (issue 13, analyst's list):
same donor, same figure in the same currency, counted once as other/mixed; smaller equal figures stay apart."""

from __future__ import annotations

from cablegram.ledger.linking import link


def _row(doc, category, amount, currency="NOK", date="2023-02-10", **kw):
    return {"doc_id": doc, "sentence_index": 0, "donor": "XNL", "recipient": "XKS", "category": category,
            "amount": amount, "currency": currency, "amount_text": f"{currency} {amount:g}", "status": "pledged",
            "date": date, **kw}


def test_one_programme_in_two_categories_is_counted_once_as_mixed():
    entries = link([_row("d1", "military", 75e9), _row("d2", "financial", 75e9, date="2023-02-20")])
    [e] = entries
    assert (e.category, e.subcategory, len(e.sources)) == ("other", "mixed", 2)
    assert any("mixed purposes" in r for r in e.reasons) and e.amount == 75e9


def test_equal_small_figures_in_two_categories_stay_two_packages():
    entries = link([_row("d1", "military", 5e7), _row("d2", "humanitarian", 5e7, date="2023-02-20")])
    assert sorted(e.category for e in entries) == ["humanitarian", "military"]


def test_a_large_figure_in_another_currency_or_the_same_document_is_not_the_same_programme():
    assert len(link([_row("d1", "military", 75e9), _row("d2", "financial", 75e9, currency="SEK")])) == 2
    assert len(link([_row("d1", "military", 75e9), _row("d1", "financial", 75e9)])) == 2
