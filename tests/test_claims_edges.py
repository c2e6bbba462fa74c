"""Content edges as PolNeAR marks them (claims_spans.quotation_edges): quotations keep their marks."""

from __future__ import annotations

import pytest
import spacy

from cablegram.nlp.claims_spans import quotation_edges


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def _span(doc, words: str):
    start = doc.text.index(words)
    return doc.char_span(start, start + len(words), alignment_mode="expand")


@pytest.mark.parametrize(("text", "inner", "expected"), [
    # the marks around a quotation and the comma before its closing mark are part of the content
    ("“The levee will hold,” the engineer said.", "The levee will hold", "“The levee will hold,”"),
    ('The mayor said the deal was "a fair one." Then she left.', "a fair one", '"a fair one."'),
    ("''We stay,'' he said.", "We stay", "''We stay,''"),
    # a content without marks loses the stop or comma at its edges, and stays otherwise as it was
    ("She said the port would reopen, officials added.", "the port would reopen,", "the port would reopen"),
    ("He argued that taxes must rise.", "that taxes must rise.", "that taxes must rise"),
    # the stop of the sentence before and a closing mark with a space after it are not the content's
    ("It rained. “We are ready,” she said.", ". “We are ready", "“We are ready,”"),
])
def test_quotation_edges(nlp, text, inner, expected):
    doc = nlp(text)
    assert quotation_edges(_span(doc, inner)).text == expected


def test_a_possessive_apostrophe_is_no_quotation_mark(nlp):
    doc = nlp("The voters' verdict was clear, she wrote.")
    doc[2].tag_ = "POS"  # as the tagger marks it
    assert quotation_edges(doc[0:2]).text == "The voters"
    assert quotation_edges(None) is None


@pytest.mark.parametrize(("text", "source", "expected"), [
    # an apposition inside the source takes the comma (or bracket) that closes it
    ("Ana Lind, a harbour pilot, said the channel was clear.", "Ana Lind, a harbour pilot", "Ana Lind, a harbour pilot,"),
    ("Sen. Ana Lind (D-Vt.) said the bill would pass.", "Sen. Ana Lind (D-Vt.", "Sen. Ana Lind (D-Vt.)"),
    ("Ana Lind -- a harbour pilot -- said the channel was clear.", "Ana Lind -- a harbour pilot",
     "Ana Lind -- a harbour pilot --"),
    # a source without one leaves the comma after it alone
    ("Ana Lind, who pilots ships, said so.", "Ana Lind", "Ana Lind"),
    ("“It is clear,” Ana Lind said.", "Ana Lind", "Ana Lind"),
])
def test_apposition_edges(nlp, text, source, expected):
    from cablegram.nlp.claims_spans import apposition_edges

    assert apposition_edges(_span(nlp(text), source)).text == expected


@pytest.mark.parametrize(("text", "cue", "expected"), [
    ("The minister said: “The border stays open.”", "said", "said:"),
    ("The minister said : the border stays open.", "said", "said"),  # a colon apart from the verb
    ("The minister said the border stays open.", "said", "said"),
])
def test_colon_edge(nlp, text, cue, expected):
    from cablegram.nlp.claims_spans import colon_edge

    assert colon_edge(_span(nlp(text), cue)).text == expected
