"""Event kinds an eighth round of reporter-style modality sets showed, on sentences written for these tests: what an
attack or a fight did, told in a relative clause on its noun ("the ambush that killed …", "the shooting in which …
were killed"), is a happening of its own, occurred, whose doer is only one named on the attack's noun (never the subject
of the sentence that condemns or mourns it); and a lower-case headline whose verb of cancelling or postponing the
parser takes for a noun before the act ("nepal cancels deployment of …") leaves the act negated, or planned when a
new date is given, while a REJECT coded on that noun (the cancelling itself) occurred."""

from __future__ import annotations

import pytest


def _events(nlp, text):
    doc = nlp(text)
    return [(e.type, doc.text[e.spans["trigger"][0]:e.spans["trigger"][1]], e.modality, e.source_actor)
            for e in doc._.cg_events if e.spans.get("trigger")]


@pytest.mark.parametrize("text,verb,source", [
    # each gives no event on the clause's verb at c54891d^
    ("Relatives gathered outside the morgue a day after the bombing that wounded dozens of shoppers at the market.",
     "wounded", None),
    ("Prosecutors opened an inquiry into the shooting in which two protesters were killed in Lagos.", "killed", None),
    ("Nigerian police arrested four suspects over the ambush that killed nine soldiers.", "killed", None),
    ("Kenya's president visited survivors of a Somali militant raid that killed five teachers in Mandera.", "killed",
     "SOM"),
])
def test_what_an_attack_did_in_a_relative_clause_occurred(nlp, text, verb, source):
    events = _events(nlp, text)  # the full pipeline: the actors component names the doer
    told = [e for e in events if e[1] == verb]
    assert told and told[0][0] == "ASSAULT" and told[0][2] == "occurred", events
    # the doer only as the attack's noun names it: never the police or the president who speak of it
    assert told[0][3] == source, events


@pytest.mark.parametrize("text,word", [
    ("Officials fear a raid that could kill civilians in the camp.", "kill"),  # under a modal: no told happening
    ("Kenya's president visited survivors of the raid that could have killed dozens of pupils.", "killed"),
    ("The mayor praised the soldiers who repelled the attack.", "repelled"),  # a clause on people, not on an attack
    ("Kenya condemned the blast, which injured nobody.", "injured"),  # told as not done
])
def test_a_relative_clause_that_tells_no_attack_gives_none_occurred(event_nlp, text, word):
    events = _events(event_nlp, text)
    assert not [e for e in events if e[1] == word and e[2] == "occurred"], events


@pytest.mark.parametrize("text,word,modality", [
    ("nepal cancels deployment of riot police to the capital", "deployment", "negated"),
    ("nepal postpones visit of indian army chief", "visit", "negated"),
    ("nepal postpones visit of indian army chief until next month", "visit", "planned"),
])
def test_a_lower_case_headline_verb_read_as_a_noun_still_stops_the_act(event_nlp, text, word, modality):
    events = _events(event_nlp, text)
    assert [e[2] for e in events if e[1] == word] == [modality], events


@pytest.mark.parametrize("text", ["Malawi cancels summit with Zambia", "malawi cancels summit with zambia"])
def test_the_cancelling_itself_coded_on_the_noun_occurred(event_nlp, text):
    events = _events(event_nlp, text)
    assert [e[2] for e in events if e[0] == "REJECT"] == ["occurred"], events


@pytest.mark.parametrize("text,verb", [
    # on the weapon's noun at ab412bb^
    ("A missile hit the grain silo at Izmail on Tuesday.", "hit"),
    ("Two rockets slammed into a car park next to the stadium in Sderot.", "slammed"),
    ("Shells landed near the hospital in Khan Younis.", "landed"),
    ("kharkiv mayor says a missile hit a power plant in the city", "hit"),
])
def test_a_weapon_as_subject_of_a_verb_of_striking_tells_the_attack_on_the_verb(event_nlp, text, verb):
    events = _events(event_nlp, text)
    assert [(e[0], e[2]) for e in events if e[1] == verb] == [("ASSAULT", "occurred")], events


def test_a_weapon_that_strikes_nothing_keeps_its_cue(event_nlp):
    # the missiles are what Ukraine would need, not the subject of a strike told
    events = _events(event_nlp, "Ukraine said it would need more missiles to hit targets in Crimea.")
    assert not [e for e in events if e[1] == "hit"], events


@pytest.mark.parametrize("text,verb,modality", [
    # a past clause of time set off after a modal, negated clause: told as done
    ("Beijing said it would not tolerate any foreign interference in its internal affairs, after Washington "
     "criticised the sentencing of a Hong Kong activist.", "criticised", "occurred"),
    # without the comma it may sit in the modal's scope: not read as done by this rule
    ("He said he would resign after the budget passed.", "resign", "planned"),
])
def test_a_set_off_past_clause_of_time_is_out_of_the_modal_scope(event_nlp, text, verb, modality):
    events = _events(event_nlp, text)
    assert [e[2] for e in events if e[1] == verb] == [modality], events


@pytest.mark.parametrize("text,verb,modality", [
    ("Beijing slapped retaliatory tariffs on American soybeans on Friday.", "slapped", "occurred"),
    ("U.S. to impose new tariffs on Chinese electric vehicles next month", "impose", "planned"),
    ("Washington has not ruled out raising tariffs on Chinese chips.", "raising", "hypothetical"),
])
def test_tariffs_laid_on_goods_are_an_event_with_their_modality(event_nlp, text, verb, modality):
    # a trade restriction with no sanction word: the event on its verb, whatever type the classifier gives it
    events = _events(event_nlp, text)
    assert [e[2] for e in events if e[1] == verb] == [modality], events


def test_tariffs_lifted_stay_a_concession(event_nlp):
    events = _events(event_nlp, "Mexico lifted its tariffs on Chinese steel.")
    assert [e[0] for e in events] == ["CONCEDE"], events


@pytest.mark.parametrize("text", [
    "The U.S. will impose new tariffs on Chinese electric vehicles next month.",
    "Mexico imposed tariffs on Chinese steel.",
])
def test_tariffs_laid_are_a_sanction(event_nlp, text):
    events = _events(event_nlp, text)
    assert [e[0] for e in events] == ["SANCTION"], events


def test_a_headline_infinitive_hung_off_its_word_of_arrangement_is_planned():
    """The parse a lower-case headline gets ("port workers set to end strike at dawn": "set" an adjective of
    "workers", the infinitive a clause of its own): the act is planned all the same ("occurred" before this rule).
    Built with the tags and arcs the parser gives such a headline."""
    import spacy
    from spacy.tokens import Doc

    from cablegram.nlp.modality import classify

    words = ["port", "workers", "set", "to", "end", "strike", "at", "dawn"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 4, 1, 4, 4, 6],
              deps=["compound", "ROOT", "amod", "aux", "advcl", "dobj", "prep", "pobj"],
              tags=["NN", "NNS", "VBN", "TO", "VB", "NN", "IN", "NN"],
              pos=["NOUN", "NOUN", "VERB", "PART", "VERB", "NOUN", "ADP", "NOUN"],
              sent_starts=[True] + [False] * 7)
    assert classify(doc[:], doc[4]).modality == "planned"
    doc = Doc(spacy.blank("en").vocab, words=["ministers", "refused", "to", "approve", "quotas"],
              heads=[1, 1, 3, 1, 3], deps=["nsubj", "ROOT", "aux", "xcomp", "dobj"],
              tags=["NNS", "VBD", "TO", "VB", "NNS"], pos=["NOUN", "VERB", "PART", "VERB", "NOUN"],
              sent_starts=[True] + [False] * 4)
    assert classify(doc[:], doc[3]).modality == "negated"  # no word of arrangement before "to"
