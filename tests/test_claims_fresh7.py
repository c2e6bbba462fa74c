"""Claimant set #7 (tests/data/claimants_fresh7.jsonl: 36 reporter-style passages written with their text on 1 Dec 2026
by an analyst who never saw the code; its records and accuracy floors are checked in test_claims_claimant_sets.py):
the kinds fixed in this round, each in own fictional sentences: a piece of evidence seen or obtained by an outlet as
the subject of the cue, an "according to" object whose noun modifier the parser took for a verb, unnamed chiefs, and
an "it" that refers to a news outlet."""

from __future__ import annotations

import pytest

from claims_support import with_claimant_words

from cablegram.records import Document


@pytest.fixture(scope="module")
def nlp(claims_nlp):
    return claims_nlp


def attributed(nlp, text: str) -> list[tuple[str, str, str]]:
    """(kind, claimant span text, cue label) of every claim with a claimant."""
    return with_claimant_words(nlp, text, "2024-05-01")


@pytest.mark.parametrize(("text", "kind", "claimant"), [
    # evidence seen or obtained by an outlet, subject of the cue: the whole phrase is the outlet's claimant words
    ("Letters seen by the Valley Gazette show that the governor approved the sale.", "outlet",
     "Letters seen by the Valley Gazette"),
    ("Contracts seen by the Morning Lantern show that the ministry paid twice for the same trucks.", "outlet",
     "Contracts seen by the Morning Lantern"),
    ("Records obtained by the Northern Echo show that the mayor lied about the loan.", "outlet",
     "Records obtained by the Northern Echo"),
    ("A memo obtained by the Coastline Herald says the minister knew of the leak.", "outlet",
     "A memo obtained by the Coastline Herald"),
    ("Emails reviewed by the Morning Lantern suggest that the board ignored the warnings.", "outlet",
     "Emails reviewed by the Morning Lantern"),
    # a named outlet as subject stays the claimant by itself
    ("The Valley Courier reported that the dam was unsafe.", "outlet", "The Valley Courier"),
    # unnamed chiefs are unnamed officials
    ("Regional security chiefs said the group had regrouped in the hills.", "anonymous", "Regional security chiefs"),
    # "it" takes the kind of the outlet it refers to; of a body, it stays an organisation
    ("The Harbour Ledger published the files on Sunday. It reported that the mayor had resigned.", "outlet", "It"),
    ("State television aired the footage late on Monday. It said the army had retaken the town.", "outlet", "It"),
    ("The Valmorian interior ministry issued a statement on Monday. It said the curfew would be lifted.",
     "organisation", "It"),
])
def test_kinds_of_the_seventh_set(nlp, text, kind, claimant):
    assert (kind, claimant) in [(k, s) for k, s, _ in attributed(nlp, text)]


def test_according_to_a_noun_the_parser_took_for_a_verb(nlp):
    """"according to show insiders": the cue is "according to", the claimant the whole noun phrase."""
    found = attributed(nlp, "As a quiz host, he mocked the guests, according to show insiders.")
    assert ("anonymous", "show insiders", "according to") in found
    assert ("anonymous", "union officials", "according to") in attributed(
        nlp, "The plant will close in May, according to union officials.")


def test_passive_agent_wins_over_a_noun_conjoined_to_the_cue_verb(nlp):
    """A source the tagger took from a noun the parser hung on the cue verb ("…, and the elders of the tribe")
    gives way to the agent named with "by"; a source that is the agent stays."""
    from cablegram.nlp.claims import _with_speaker
    from cablegram.nlp.claims_finder import Attribution
    from cablegram.nlp.pipeline import make_doc

    text = ("A new famine, which followed the years when the drought emptied the wells, has been widely predicted by "
            "aid agencies, and the elders of the tribe who have moved back into towns in the south.")
    doc = nlp(make_doc(nlp, Document(text=text, published_at="2024-05-01")))
    verb = next(t for t in doc if t.lower_ == "predicted")
    elders = next(t for t in doc if t.lower_ == "elders")
    assert elders.dep_ == "conj" and elders.head.i == verb.i  # the parse this rule is for
    cue = doc[verb.i - 3:verb.i + 1]
    wrong = Attribution(0, cue, doc[elders.i - 1:elders.i + 3], None, 0, False, "predicted")
    assert _with_speaker(wrong).source.text == "aid agencies"
    agencies = next(t for t in doc if t.lower_ == "agencies")
    right = Attribution(0, cue, doc[agencies.i - 1:agencies.i + 1], None, 0, False, "predicted")
    assert _with_speaker(right).source.text == "aid agencies"


@pytest.mark.parametrize(("text", "kind"), [
    ("Two senators said the bill was dead.", "anonymous"),  # a plural title, no holder named
    ("Several ambassadors said the summit would be delayed.", "anonymous"),
    ("Republican senators said the bill was dead.", "organisation"),  # a body's members
])
def test_plural_titles_without_a_body(nlp, text, kind):
    assert kind in [k for k, _, _ in attributed(nlp, text)]
