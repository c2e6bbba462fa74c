"""Kinds of claim faults a second analyst found (own fictional sentences, no news text): reader call-outs,
procedures and cited headlines as claims; an outlet that only carried an unnamed official's words; pictures as
claimants; "his office"/"her office"; "she said" opening a paragraph; a title and a person charged inside the
content."""

from __future__ import annotations

import pytest

from cablegram.records import Document

PUBLISHER = "Harbour Gazette"


@pytest.fixture(scope="module")
def nlp(claims_nlp):
    return claims_nlp


def claims_of(nlp, text: str) -> list:
    from cablegram.nlp.pipeline import make_doc

    doc = nlp(make_doc(nlp, Document(text=text, published_at="2024-05-01", publisher=PUBLISHER)))
    return list(doc._.cg_claims)


def by_sentence(claims: list, words: str):
    return next(c for c in claims if words in c.sentence)


def content_text(text: str, claim) -> str:
    start, end = claim.spans["content"]
    return text[start:end]


@pytest.mark.parametrize("text, words", [
    ("The ferry strike entered its third week. Send us your photos of the harbour and we will publish the best "
     "submissions in Saturday's edition.", "publish the best"),
    ("The council has two ways to enforce an order: by filing a lawsuit, or by asking the police to detain the "
     "owner.", "two ways"),
    ("In her latest column (Tarn will stay closed ‘for now’, Verrin admits, 4 March) the writer lists the costs "
     "of the closure for the town.", "latest column"),
])
def test_call_outs_procedures_and_cited_headlines_have_no_claimant(nlp, text, words):
    claim = by_sentence(claims_of(nlp, text), words)
    assert claim.claimant_kind == "none" and claim.cue is None


def test_link_line_is_no_claim(nlp):
    claims = claims_of(nlp, "The ferry sailed again on Monday.\nRead more: Velmar minister says the ferry will sail "
                            "again soon")
    assert not [c for c in claims if c.cue == "says"]


def test_saying_after_by_stays_a_claim(nlp):
    claim = by_sentence(claims_of(nlp, "Tomas Verrin calmed the crowd by saying that the dam would hold."), "calmed")
    assert claim.cue is not None and claim.claimant == "person:tomas-verrin"


def test_official_carried_by_an_outlet_is_anonymous(nlp):
    claim = claims_of(nlp, "“The talks were tense,” one of the officials quoted by the Harbour Post said.")[0]
    assert claim.claimant_kind == "anonymous"


def test_pictures_on_an_outlet_are_the_outlets_claim(nlp):
    claim = claims_of(nlp, "Photographs on a local Velmar news site showed damaged boats and a burnt warehouse.")[0]
    assert claim.claimant_kind == "outlet" and claim.claimant.endswith("a local Velmar news site")


def test_pictures_without_an_outlet_have_no_claimant(nlp):
    claim = claims_of(nlp, "Video footage showed soldiers crossing the bridge at dawn.")[0]
    assert claim.claimant_kind == "none" and claim.claimant is None


def test_her_office_is_the_person(nlp):
    text = "Foreign Minister Anna Kovacz returned to Tarn on Monday. Her office said she would meet the mayor on Friday."
    claim = by_sentence(claims_of(nlp, text), "Her office")
    assert claim.claimant_kind == "named" and claim.claimant == "person:anna-kovacz"


def test_named_office_stays_an_organisation(nlp):
    claim = claims_of(nlp, "The prime minister's office said the visit would last two days.")[0]
    assert claim.claimant_kind == "organisation"


def test_she_opening_a_paragraph_is_the_one_person_before(nlp):
    text = "Foreign Minister Anna Kovacz chaired the meeting in Tarn on Monday.\n\nShe said the port would reopen soon."
    claim = by_sentence(claims_of(nlp, text), "She said")
    assert claim.claimant == "person:anna-kovacz"


def test_she_with_two_people_before_stays_unresolved(nlp):
    text = ("Foreign Minister Anna Kovacz met Interior Minister Greta Holm in Tarn on Monday.\n\n"
            "She said the port would reopen soon.")
    claim = by_sentence(claims_of(nlp, text), "She said")
    assert claim.claimant is None


def test_title_in_apposition_is_not_content(nlp):
    text = "“The dam will hold, but we must watch it closely,” the Velmar foreign minister, Tomas Verrin, said."
    claim = claims_of(nlp, text)[0]
    assert "minister" not in content_text(text, claim) and "watch it closely" in content_text(text, claim)


def test_person_charged_is_not_content(nlp):
    text = "The mayor accused the company of hiding the damage from inspectors."
    assert content_text(text, claims_of(nlp, text)[0]) == "hiding the damage from inspectors"



def test_he_after_a_possessive_is_the_one_person_named(nlp):
    text = "Mayor Tomas Verrin’s decision to close the port shocked the fishermen. He said the closure would last a week."
    claim = by_sentence(claims_of(nlp, text), "He said")
    assert claim.claimant == "person:tomas-verrin"


def test_he_after_two_possessives_stays_unresolved(nlp):
    text = ("Mayor Tomas Verrin’s decision and Governor Karl Brenn’s silence shocked the fishermen. He said the closure "
            "would last a week.")
    claim = by_sentence(claims_of(nlp, text), "He said")
    assert claim.claimant is None
