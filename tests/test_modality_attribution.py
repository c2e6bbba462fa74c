"""The convention on adverbs of attribution and of doubt (codebook, modality): "reportedly", "allegedly" and
"according to reports" say who tells the act, not that it may not have happened, so the act stays occurred (the
claim keeps the hedge); "possibly", "probably", "perhaps" and "likely" doubt the act itself: hypothetical. Sentences
written for this test about fictional actors (Tarsia, the Oburn dam)."""

from __future__ import annotations

import pytest

from cablegram.nlp.modality import classify


def _modality(nlp, text, word):
    doc = nlp(text)
    trigger = next(t for t in doc if t.text == word)
    return classify(doc[:], trigger).modality


@pytest.mark.parametrize("text,word,modality", [
    # attribution: the report tells the act as done
    ("Tarsian gunmen reportedly abducted two engineers near the Oburn dam on Monday.", "abducted", "occurred"),
    ("Tarsian gunmen allegedly abducted two engineers near the Oburn dam on Monday.", "abducted", "occurred"),
    ("Two opposition organisers were reportedly detained at Oburn airport.", "detained", "occurred"),
    ("According to reports, the Tarsian navy seized a trawler off the cape.", "seized", "occurred"),
    # doubt: the act may not have happened
    ("The militia possibly shelled the fuel depot at Oburn before dawn.", "shelled", "hypothetical"),
    ("The militia probably shelled the fuel depot at Oburn before dawn.", "shelled", "hypothetical"),
    ("Perhaps the militia shelled the fuel depot at Oburn before dawn.", "shelled", "hypothetical"),
    ("The militia likely shelled the fuel depot at Oburn before dawn.", "shelled", "hypothetical"),
])
def test_attribution_is_no_doubt(event_nlp, text, word, modality):
    assert _modality(event_nlp, text, word) == modality
