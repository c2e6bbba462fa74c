"""Kinds of claim faults a new analyst met first (own fictional sentences): pronoun speakers agree in
gender and follow the subject of the sentences before, a quotation goes to the speaker its own
attribution names, pronouns never become named claimants, and only predicates of saying, thinking or
stance are cues."""

from __future__ import annotations

import pytest

from cablegram.records import Document


@pytest.fixture(scope="module")
def nlp(claims_nlp):
    return claims_nlp


def claims_of(nlp, text: str) -> list:
    from cablegram.nlp.pipeline import make_doc

    doc = nlp(make_doc(nlp, Document(text=text, published_at="2024-05-01")))
    return list(doc._.cg_claims)


def by_sentence(claims: list, words: str):
    return next(c for c in claims if words in c.sentence)


def test_she_skips_the_man_named_last_for_the_woman_who_spoke(nlp):
    text = ("Ms Orla Venn, the opposition spokeswoman, said the ruling was a disgrace. "
            "She said the minister, Mr Tavish Brode, had ignored the courts and that Brode had misled parliament. "
            "“It is a dark day for the rule of law,” she said.")
    claims = claims_of(nlp, text)
    first = by_sentence(claims, "ruling was a disgrace")
    assert first.claimant.startswith("person:") and "venn" in first.claimant
    quoted = by_sentence(claims, "dark day")
    assert quoted.claimant_text == "she" and quoted.claimant == first.claimant


def test_he_goes_to_the_man_subject_not_the_woman_named_after(nlp):
    text = ("The party chairman, Idris Kell, defended the decision to strip Ms Nadia Orsk of her post. "
            "Speaking on the radio, he said: “Every member knows the rules and nobody is above them.”")
    claims = claims_of(nlp, text)
    said = by_sentence(claims, "Every member knows")
    assert said.claimant_text == "he" and "kell" in (said.claimant or "")


def test_pronoun_with_no_agreeing_person_stays_unresolved(nlp):
    text = ("Mr Halvard Stenn opened the new bridge on Monday. "
            "She said the crossing would cut the journey to the coast by an hour.")
    claim = by_sentence(claims_of(nlp, text), "cut the journey")
    assert claim.claimant_kind == "named" and claim.claimant_text == "She" and claim.claimant is None


def test_quote_after_a_full_stop_is_not_attributed_by_the_next_speaker(nlp):
    text = ("“The harbour is shut. Nobody can sail before Friday.” "
            "Petra Lind, the port director, said repairs would take a month.")
    claims = claims_of(nlp, text)
    inside = by_sentence(claims, "Nobody can sail")
    assert inside.claimant is None and inside.claimant_kind == "none"
    assert "lind" in (by_sentence(claims, "repairs would take").claimant or "")


def test_quote_run_is_the_closing_speakers_and_reopened_quote_continues_it(nlp):
    text = ("Aron Feld said the talks were over. “We waited for weeks. Nothing came of it,” said Mira Sollen, "
            "the union leader. “We will strike on Monday. The members have voted.”")
    claims = claims_of(nlp, text)
    speaker = by_sentence(claims, "Nothing came of it").claimant
    assert "sollen" in (speaker or "")
    assert by_sentence(claims, "We waited for weeks").claimant == speaker


def test_quoted_speakers_own_i_think_is_still_the_speaker(nlp):
    text = ("Lena Darrow told reporters: “The port will reopen soon. I think the repairs are nearly done. "
            "We are ready.”")
    claims = claims_of(nlp, text)
    opener = by_sentence(claims, "The port will reopen").claimant
    assert "darrow" in (opener or "")
    assert by_sentence(claims, "I think the repairs").claimant == opener


@pytest.mark.parametrize("text", [
    "It will raise fresh questions about the safety of the northern camps.",
    "It appears the council is losing patience with the mediators.",
    "Nothing, it seemed, would ever be the same again in the valley.",
    "The militia fighters gradually withdrew through the eastern hills last winter.",
    "Most people in the district expect a long and costly reckoning.",
    "The charity is aiming to do more to help the families settle.",
    "Several volunteers refused to leave the burning village.",
])
def test_acts_hedges_and_adjectives_are_no_cues(nlp, text):
    [claim] = claims_of(nlp, text)
    assert claim.claimant_kind == "none" and claim.cue is None and claim.claimant is None


def test_relative_pronoun_claimant_is_what_it_refers_to(nlp):
    text = ("The plan has been criticised by several aid workers, who have said that the camps remain unsafe.")
    [claim] = claims_of(nlp, text)
    assert claim.claimant_text not in ("who", None) and "aid workers" in claim.claimant_text


def test_unresolved_it_and_they_keep_no_claimant(nlp):
    text = "They also warned that the border towns were running out of fuel."
    [claim] = claims_of(nlp, text)
    assert claim.claimant_text == "They" and claim.claimant is None and claim.cue == "warned"


@pytest.mark.parametrize(("text", "cue"), [
    ("Governor Pell shrugged off the criticism from the opposition.", "shrugged off"),
    ("Few in the village knew the dam had cracked.", "knew"),
    ("The mayor denied the report.", "denied"),
])
def test_stance_and_thinking_with_a_statement_stay_cues(nlp, text, cue):
    [claim] = claims_of(nlp, text)
    assert claim.cue == cue and claim.claimant_kind != "none"
