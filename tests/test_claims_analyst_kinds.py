"""Kinds of claim faults an analyst found in a sample of listed claims (own fictional sentences, no news text):
acts listed as claims ("decided", "agreed to", "worries"), a "we" that is not the outlet speaking, "it"/"they"
and chains of "she said" left unresolved, and contents that ran past their sentence or held the cue."""

from __future__ import annotations

import pytest

from cablegram.records import Document

PUBLISHER = "Harbour Gazette"


@pytest.fixture(scope="module")
def nlp(claims_nlp):
    return claims_nlp


def parsed(nlp, text: str, publisher: str | None = None):
    from cablegram.nlp.pipeline import make_doc

    return nlp(make_doc(nlp, Document(text=text, published_at="2024-05-01", publisher=publisher)))


def claims_of(nlp, text: str, publisher: str | None = None) -> list:
    return list(parsed(nlp, text, publisher)._.cg_claims)


def by_sentence(claims: list, words: str):
    return next(c for c in claims if words in c.sentence)


def content_text(text: str, claim) -> str:
    start, end = claim.spans["content"]
    return text[start:end]


@pytest.mark.parametrize("text, words", [
    ("The rumour that the dam could fail worries farmers in the valley.", "worries farmers"),
    ("Tomas Verrin has agreed to speak to reporters after weeks of silence.", "agreed to speak"),
    ("As the shelling grew worse, Ilse Varga and her brother decided it was time to leave the town.", "decided"),
    ("The council will decide whether the ferry may keep sailing.", "will decide"),
    ("Velmar has previously refused categorically to take back its citizens.", "refused"),
    ("Ilse Varga called her brother from the station in Tarn.", "called her brother"),
    ("Dock workers in Tarn call off a strike after the company raised wages.", "call off"),
    ("The council members voted for a new harbour wall.", "voted"),
])
def test_acts_are_not_attributed_claims(nlp, text, words):
    claim = by_sentence(claims_of(nlp, text), words)
    assert claim.claimant_kind == "none" and claim.cue is None


@pytest.mark.parametrize("text, words", [
    ("Tomas Verrin agreed that the plan was flawed.", "plan was flawed"),
    ("Farmers in the valley worry that the dam could fail.", "dam could fail"),
    ("The mayor of Tarn called for calm after the flood.", "called for calm"),
    ("The mayor of Tarn called the plan a farce.", "a farce"),
])
def test_the_same_verbs_with_a_reported_clause_stay_claims(nlp, text, words):
    claim = by_sentence(claims_of(nlp, text), words)
    assert claim.claimant_kind != "none" and claim.cue


def test_we_inside_a_quotation_is_the_speaker_not_the_outlet(nlp):
    text = ("“We had a small boat and we used it to reach the island,” said Nele Orban, a fisherwoman from Tarn.")
    for claim in claims_of(nlp, text, PUBLISHER):
        assert claim.claimant != PUBLISHER


def test_we_of_a_first_person_narrator_is_not_the_outlet(nlp):
    text = ("I was at the market in Tarn when the sirens started. We believed the warning was only a drill. "
            "My sister thought so too.")
    claim = by_sentence(claims_of(nlp, text, PUBLISHER), "only a drill")
    assert claim.claimant != PUBLISHER and claim.claimant_kind != "outlet"


def test_we_in_the_outlets_own_voice_is_the_outlet(nlp):
    text = "We understand that the ministry will close three harbours next year."
    claim = by_sentence(claims_of(nlp, text, PUBLISHER), "close three harbours")
    assert claim.claimant_kind == "outlet" and claim.claimant == PUBLISHER


def test_a_coders_note_without_a_publisher_is_no_claim(nlp):
    text = ("Velmar pledged 40 million EUR in military aid. Since no item list was disclosed, "
            "we report the value as given by the donor.")
    claim = by_sentence(claims_of(nlp, text), "we report")
    assert claim.claimant_kind == "none" and claim.claimant_text is None


def test_they_takes_the_plural_noun_phrase_before(nlp):
    text = "Bo Kay's parents are awaiting trial in Larsk. They have denied every charge against them."
    claim = by_sentence(claims_of(nlp, text), "denied every charge")
    assert claim.claimant_text == "They" and "parents" in (claim.claimant or "")


def test_it_takes_the_organisation_subject_before(nlp):
    text = ("The Norland Rail Company cancelled every train on Sunday. "
            "It said the storm had brought down power lines near Osk.")
    claim = by_sentence(claims_of(nlp, text), "power lines")
    assert claim.claimant_text == "It" and "norland" in (claim.claimant or "").lower()


def test_it_with_two_fitting_subjects_stays_unresolved(nlp):
    text = ("The Velm Council met in Osk while the Ostra Union waited outside. "
            "It said the contract had been broken.")
    claim = by_sentence(claims_of(nlp, text), "contract had been broken")
    assert claim.claimant_text == "It" and claim.claimant is None


def test_a_run_of_she_said_continues_the_woman_named_first(nlp):
    text = ("Ms Maren Holt, who runs the harbour, spoke to reporters on Tuesday. "
            "“The ships are safe,” she said. She added that the pier needed repairs. "
            "Storms had damaged it twice this winter. Divers had inspected every hull. Nobody had been hurt. "
            "She said the port would stay open.")
    claims = claims_of(nlp, text)
    last = by_sentence(claims, "stay open")
    assert last.claimant_text == "She" and "holt" in (last.claimant or "")


def test_content_stays_in_its_sentence_without_the_claimant_and_cue(nlp):
    text = "Talks failed on Monday, the envoy Karl Osten said. The next round is set for June in Tarn."
    claim = by_sentence(claims_of(nlp, text), "Talks failed")
    content = content_text(text, claim)
    assert "Talks failed on Monday" in content
    assert "June" not in content and "Osten" not in content and "said" not in content


def test_content_around_an_inserted_cue_leaves_the_cue_out(nlp):
    text = "The stadium, which, Rolf Amsel said, is usually full on match days, stood empty in Tarn."
    claim = by_sentence(claims_of(nlp, text), "stadium")
    if "content" in claim.spans:
        content = content_text(text, claim)
        assert "Amsel" not in content and "said" not in content
    assert "amsel" in (claim.claimant or "").lower()


def test_content_of_pointed_to_keeps_its_object(nlp):
    text = "The fund pointed to Velmar's decision to cut tariffs as a sign of weakness in the region."
    claim = by_sentence(claims_of(nlp, text), "pointed to")
    assert content_text(text, claim).startswith("Velmar")


def test_she_after_a_long_quotation_is_its_speaker(nlp):
    text = ("Ms Orla Brandt said: “The harbour in Tarn is closed. The storm broke the wall in two places. "
            "Three boats sank at their moorings. The crane fell onto the pier. Nobody can work there now. "
            "The town has never seen such damage.” Repairs would start in May, she said.")
    claims = claims_of(nlp, text)
    last = by_sentence(claims, "Repairs would start")
    assert last.claimant_text == "she" and "brandt" in (last.claimant or "")


def test_she_after_a_mans_long_quotation_stays_unresolved(nlp):
    text = ("Mr Tavish Brode said: “The harbour in Tarn is closed. The storm broke the wall in two places. "
            "Three boats sank at their moorings. The crane fell onto the pier. Nobody can work there now. "
            "The town has never seen such damage.” Repairs would start in May, she said.")
    last = by_sentence(claims_of(nlp, text), "Repairs would start")
    assert last.claimant_text == "she" and last.claimant is None
