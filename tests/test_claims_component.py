"""cablegram_claims on our own sentences: claimant kinds, cues, quotes, hedges, skipped fragments."""

from __future__ import annotations

import pytest

from cablegram.records import CLAIMANT_KINDS, Document


@pytest.fixture(scope="module")
def claims_nlp():
    import cablegram.nlp.claims as claims
    from cablegram.nlp.pipeline import build_nlp

    return build_nlp(components=[claims.FACTORY])


def run(nlp, text, publisher=None):
    from cablegram.nlp.pipeline import make_doc

    doc = nlp(make_doc(nlp, Document(text=text, publisher=publisher)))
    return doc._.cg_claims


def only(nlp, text, publisher=None):
    claims = run(nlp, text, publisher)
    assert len(claims) == 1, [c.to_dict() for c in claims]
    return claims[0]


@pytest.mark.parametrize(
    ("text", "kind", "claimant_part", "cue"),
    [
        ("Foreign Minister Arlen Tovik said the border crossings would reopen next week.", "named", "Arlen Tovik", "said"),
        ("The Ministry of Defence of Veltara said in a statement that two drones were intercepted.", "organisation", "Ministry of Defence", "said"),
        ("A senior diplomat who asked not to be named said the talks had stalled.", "anonymous", "diplomat", "said"),
        ("Officials said the convoy had been delayed at the checkpoint.", "anonymous", "Officials", "said"),
        ("Sources close to the negotiations said a draft text was ready.", "anonymous", "Sources", "said"),
        ("Analysts say the new tariffs will deepen the recession in the region.", "analysts", "Analysts", "say"),
        ("According to the United Nations, more than 4,000 people fled the area.", "organisation", "United Nations", "according to"),
        ("Secretary Halden noted that the aid package would continue into next year.", "named", "Halden", "noted"),
        ("The two leaders discussed whether grain exports could resume through the southern ports.", "named", "two leaders", "discussed"),
        ("The envoy reiterated that her government rejects the proposed map.", "named", "envoy", "reiterated"),
    ],
)
def test_claimant_kind_and_cue(claims_nlp, text, kind, claimant_part, cue):
    claim = only(claims_nlp, text)
    assert claim.claimant_kind == kind
    assert claimant_part in claim.claimant_text
    assert claim.cue == cue
    assert claim.quote == "indirect"
    assert claim.claimant  # degrades to the span text without an actors component


@pytest.mark.parametrize(
    "text",
    [
        "The two leaders discussed ways to expand grain exports through the southern ports.",
        "The ministers discussed preparations for the donor conference and the repair of the harbour.",
        "They discussed the border crossings and the return of displaced families.",
        "Teravia and Norlund signed an agreement on fishing rights in the northern bay on Tuesday.",
        "The envoys discussed the harbour repairs and how donors could pay for new cranes.",
        "The two discussed the grain corridor and the escorts that partner navies are providing.",
    ],
)
def test_an_act_of_the_subject_is_not_an_attribution(claims_nlp, text):
    """"discussed X", "signed an agreement": an event, not a statement; the sentence stays an unattributed claim."""
    claim = only(claims_nlp, text)
    assert (claim.claimant_kind, claim.claimant, claim.cue, claim.quote) == ("none", None, None, "none")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Norlund welcomed the ceasefire agreement reached in the capital on Monday.", "welcomed"),
        ("The spokesman denied the reports of shelling near the river crossing.", "denied"),
        ("The two envoys discussed whether the aid convoys could resume next week.", "discussed"),
    ],
)
def test_stance_message_verbs_and_topic_clauses_stay_attributions(claims_nlp, text, cue):
    claim = only(claims_nlp, text)
    assert claim.cue == cue and claim.claimant_kind != "none" and claim.claimant


def test_outlet_is_the_publication(claims_nlp):
    claim = only(claims_nlp, "The Daily Ledger has learned that the envoy will resign before the summit.",
                 publisher="The Daily Ledger")
    assert claim.claimant_kind == "outlet"
    assert claim.claimant == "The Daily Ledger"
    assert claim.cue == "learned"


def test_unattributed_statement_is_a_none_claim(claims_nlp):
    claim = only(claims_nlp, "The river flooded three villages in the northern province last week.")
    assert claim.claimant_kind == "none"
    assert claim.claimant is None and claim.cue is None
    assert claim.quote == "none" and claim.quote_spans == []


def test_headings_bylines_questions_and_fragments_are_skipped(claims_nlp):
    text = "Talks resume in Geneva\n\nBy Mara Quill\n\nWhat next?\n\nThe delegations met for six hours on Monday."
    claims = run(claims_nlp, text)
    assert [c.sentence for c in claims] == ["The delegations met for six hours on Monday."]


def test_direct_quote_with_told_reporters_and_span(claims_nlp):
    claim = only(claims_nlp, "“We will not accept these terms under any circumstances,” the envoy told reporters.")
    assert claim.cue == "told reporters"
    assert claim.quote == "direct"
    assert claim.claimant_text == "the envoy"
    (start, end), = claim.quote_spans
    assert claim.sentence[start:end].startswith("We will not accept these terms")
    assert claim.sentence[start - 1] == "“"


def test_scare_quotes_are_not_direct_quotes(claims_nlp):
    claim = only(claims_nlp, "The minister said the plan was a “grave error” and would be withdrawn.")
    assert claim.quote == "indirect" and claim.quote_spans == []


def test_multi_sentence_quote_inherits_the_speaker(claims_nlp):
    text = ("“The ceasefire is holding across the whole front. Our patrols recorded no violations overnight,” "
            "said General Ana Brel.")
    claims = run(claims_nlp, text)
    assert len(claims) == 2
    for claim in claims:
        assert claim.claimant_kind == "named"
        assert "Ana Brel" in claim.claimant_text
        assert claim.quote == "direct"
        assert claim.quote_spans


def test_participle_takes_the_previous_speaker(claims_nlp):
    from cablegram.nlp.claims import AttributionFinder

    doc = claims_nlp("The spokesman said the ports were open, adding that inspections would continue.")
    atts = AttributionFinder().find(doc)
    assert [a.cue.text for a in atts] == ["said", "adding"]
    assert all(a.source is not None and a.source.text == "The spokesman" for a in atts)


def test_cue_inside_a_quote_does_not_override_the_speaker(claims_nlp):
    claim = only(claims_nlp, "“I think the deal is dead and everyone knows it,” the negotiator told a radio station.")
    assert claim.claimant_text == "the negotiator"
    assert claim.cue == "told"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The militia reportedly seized the airport, and its commander is believed to have fled.", ["reportedly", "is believed to"]),
        ("Officials said the vote could be delayed and might not take place at all.", ["could", "might"]),
        ("The alleged strike may have hit a school, analysts said.", ["alleged", "may"]),
        ("The summit took place in May and ended with a joint statement.", []),
    ],
)
def test_hedges(claims_nlp, text, expected):
    claim = only(claims_nlp, text)
    assert claim.hedges == expected


def test_every_claim_is_well_formed_on_a_mixed_article(claims_nlp):
    text = ("Border talks stall\n\nOfficials in Veltara said on Monday that the crossing would stay shut. "
            "“We have no partner for peace today,” Prime Minister Oren Dace told parliament. "
            "Observers say the closure could last for months. Trade fell by a third in the first quarter.")
    claims = run(claims_nlp, text)
    assert [c.claimant_kind for c in claims] == ["anonymous", "named", "analysts", "none"]
    for claim in claims:
        assert claim.claimant_kind in CLAIMANT_KINDS
        assert claim.quote in ("direct", "indirect", "none")
        for start, end in claim.quote_spans:
            assert 0 <= start < end <= len(claim.sentence)


def test_speaker_reported_by_a_channel_is_the_claimant(claims_nlp):
    """"X denied …, according to state media": X made the statement (the sentence's main claim), the outlet carried
    it (a further claim of its own, the report that X denied it; codebook)."""
    claim, carried = run(claims_nlp, "Drosnia denied that its troops had crossed the border, according to state media.")
    assert claim.claimant_text == "Drosnia" and claim.cue == "denied" and claim.attribution_index == 0
    assert claim.claimant_kind == "organisation"  # an unknown name the content calls "its": a state, not a person
    assert (carried.claimant_text, carried.claimant_kind, carried.attribution_index) == ("state media", "outlet", 1)


@pytest.mark.parametrize(
    ("text", "claimant_text"),
    [
        ("Kastoria has massed troops near the border for weeks, according to satellite images published by several "
         "outlets.", "satellite images published by several outlets"),
        ("Several outlets reported that the convoy had been stopped at the crossing.", "Several outlets"),
    ],
)
def test_other_outlets_are_outlets_but_not_the_publisher(claims_nlp, text, claimant_text):
    claim = only(claims_nlp, text, publisher="Example Wire")
    assert claim.claimant_kind == "outlet"
    assert claim.claimant == claim.claimant_text == claimant_text  # not the document's own publisher


def test_the_publication_itself_is_the_publisher(claims_nlp):
    claim = only(claims_nlp, "Our correspondent in the capital reported that the bridge had reopened.",
                 publisher="Example Wire")
    assert claim.claimant_kind == "outlet" and claim.claimant == "Example Wire"
