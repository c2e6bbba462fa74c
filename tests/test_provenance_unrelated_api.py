"""The Python ``cablegram.trace`` on an article that restates nothing of its source (a new user's finding): the
report says so in its notes and ``restates_nothing()``, as the command line and the API refuse such a trace, instead of
passing as "100 % added"; an article that does restate the source carries no such note. Own texts."""

import cablegram
from cablegram.provenance.embeddings import load_embedder
from cablegram.records import Document

READOUT = Document(
    text=("The Minister of Transport of Vellmark, Oda Rasmussen-Tiel, received the Ambassador of Quoria on Friday. "
          "They reviewed the timetable for electrifying the coastal railway between the two capitals. "
          "The Minister invited Quorian engineering firms to bid for the signalling contract."),
    title="Rail talks with the envoy of Quoria", publisher="Vellmark transport office",
    published_at="2026-03-06", is_primary=True)


def _trace(text: str):
    return cablegram.trace(Document(text=text, published_at="2026-03-07"), [READOUT], embedder=load_embedder("lexical"))


def test_unrelated_article_is_flagged_in_the_report():
    report = _trace("A family bakery in the old town has sold sourdough loaves for ninety years. "
                    "Its owner plans to open a second shop near the harbour next spring.")
    assert report.summary["supported"] == report.summary["altered"] == 0
    assert report.restates_nothing()
    assert any("does not restate" in n and "no_primary_source" in n for n in report.notes), report.notes


def test_article_restating_the_source_has_no_such_note():
    report = _trace("The Minister of Transport of Vellmark, Oda Rasmussen-Tiel, received the Ambassador of Quoria on "
                    "Friday. The Minister invited Quorian engineering firms to bid for the signalling contract.")
    assert not report.restates_nothing()
    assert not any("does not restate" in n for n in report.notes), report.notes
