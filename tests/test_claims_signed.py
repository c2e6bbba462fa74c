"""Quotations signed with a dash at the end of their line ("“…” ― Name"): reader letters, press releases."""

from __future__ import annotations

import pytest

from cablegram.nlp.claims import AttributionFinder


@pytest.fixture(scope="module")
def parser():
    import cablegram.nlp.claims as claims
    from cablegram.nlp.pipeline import build_nlp

    return build_nlp(components=[claims.FACTORY])


def _signed(doc):
    return [a for a in AttributionFinder().find(doc) if a.cue.text.strip("”\"") in ("―", "—", "–", "--")]


def test_each_signed_quotation_takes_the_name_after_its_dash(parser):
    doc = parser("Readers wrote to us about the bridge.\n"
                 "“The bridge has to be rebuilt before the winter comes.” ― Mara Velk\n"
                 "“We have waited for eleven years and nobody listens.”― Tomas Reine\n")
    found = _signed(doc)
    assert [a.source.text for a in found] == ["Mara Velk", "Tomas Reine"]
    # contents as PolNeAR marks them: the quotation with its marks and the stop inside them (the second
    # closing mark is one token with the dash, the cue, so the content ends before it)
    assert [a.content.text for a in found] == ["“The bridge has to be rebuilt before the winter comes.”",
                                               "“We have waited for eleven years and nobody listens"]


def test_a_signature_without_opening_mark_runs_from_the_line_start(parser):
    doc = parser("Statements follow.\n\n”Our ports stay open to every ship.” — Ministry of Transport\n")
    found = _signed(doc)
    assert [(a.source.text, a.content.text) for a in found] == [("Ministry of Transport",
                                                                 "”Our ports stay open to every ship.”")]


def test_a_dash_inside_a_sentence_signs_nothing(parser):
    doc = parser("The mayor called it “a fair deal” — a phrase she used again on Monday when the council met.\n"
                 "He said the plan was “finished” — and then the vote came.\n")
    assert _signed(doc) == []
