"""Trigger choice: the words an event is coded on (issue 12, "event on the right words").

Each case stands for a kind of miss seen on real sentences (benchmarks/eval_modality.py, the annotated
real set): a noun cue of another clause beating the main verb, a cue inside a conditional clause, a noun
hung on the reporting frame. The sentences are written for this test; the states are fictional.
"""

from __future__ import annotations

import pytest


def _events(nlp, text):
    return [(e.type, e.trigger, e.modality) for e in nlp(text)._.cg_events]


@pytest.mark.parametrize("text,word,off", [
    # A noun of a purpose clause does not beat the main verb.
    ("Ostrelia will move an air defence battery to the border to counter threats from Dunmark.", "move", "threats"),
    # A cue inside a conditional clause states the condition, not the event.
    ("The Ostrelian president announced on Monday that he will not go to Varna next spring if the Dunmarkian "
     "leader reneges on his pledge.", "go", "reneges"),
    # A noun hung on the reporting frame ("in what it called an attack") is not the reported act.
    ("The Dunmarkian ministry claimed that Ostrelian troops had used cluster munitions in Varna, in what it "
     "called an attack on civilians.", "used", "attack"),
])
def test_event_sits_on_the_main_verb(event_nlp, text, word, off):
    events = _events(event_nlp, text)
    assert [e for e in events if e[1] == word], events
    assert not [e for e in events if e[1] == off], events


def test_modality_follows_the_moved_trigger(event_nlp):
    events = _events(event_nlp, "The Ostrelian president announced on Monday that he will not go to Varna next "
                                "spring if the Dunmarkian leader reneges on his pledge.")
    assert {m for _, w, m in events if w == "go"} == {"negated"}, events


def test_an_event_noun_as_subject_keeps_the_event(event_nlp):
    """The forecast trip is the event, not the verb it is the subject of."""
    events = _events(event_nlp, "The trip is expected to concentrate on grain exports and port repairs.")
    assert [e for e in events if e[1] == "trip"], events


@pytest.mark.parametrize("text,word,etype,modality", [
    # The clause a threat reports is an event of its own, hypothetical, beside the THREATEN.
    ("The Ostrelian envoy threatened that Ostrelia would cut all ties with Dunmark if the ferry was not returned.",
     "cut", "SANCTION", "hypothetical"),
    # A failed or refused act is coded on its own words, negated, beside the REJECT.
    ("Ostrelia and Dunmark failed to reach agreement on the fishing quota.", "agreement", "AGREE", "negated"),
    ("Ostrelia refused to lift the embargo on Dunmarkian grain.", "lift", "CONCEDE", "negated"),
    # A subordinate clause with a named actor of its own states a second happening, of any type.
    ("Ostrelia has not fired on Dunmarkian vessels so far, even last month when Dunmark shelled the port of Varna.",
     "shelled", "ASSAULT", "occurred"),
    ("The ministry voiced concern that Dunmark may be preparing to attack Ostrelian outposts.",
     "attack", "ASSAULT", "hypothetical"),
])
def test_second_event_on_the_reported_act(event_nlp, text, word, etype, modality):
    events = _events(event_nlp, text)
    on_word = {(t, m) for t, w, m in events if w == word}
    assert on_word == {(etype, modality)}, events
    assert len({w for _, w, _ in events}) == 2, events


@pytest.mark.parametrize("text", [
    "Kenya demanded that Uganda release the detained journalists.",   # a demanded act has not happened
    "Ostrelia promised to send medical supplies to Dunmark.",          # a promise is one AGREE
    "Ostrelia promised that it would send medical supplies to Dunmark.",  # in either construction
])
def test_no_second_event(event_nlp, text):
    events = _events(event_nlp, text)
    assert len({w for _, w, _ in events}) == 1, events


@pytest.mark.parametrize("text,etype,not_types", [
    # The main verb's own cue keeps the learned type against a decisive word in its object.
    ("Thousands of Ostrelians protested the assassination of an opposition leader in Varna.", "PROTEST", {"ASSAULT"}),
    # A demand named by a noun is what was yielded to, not a REQUEST of the sentence.
    ("The Ostrelian government accepted the demands of the striking dockers.", "CONCEDE", {"REQUEST"}),
    # "will not end the strike": the strike goes on; the refusal is the act, no negated assault.
    ("The prison guards said they will not end the strike until the Ostrelian government sends more officers.",
     "REJECT", {"ASSAULT", "PROTEST"}),
])
def test_the_main_verb_settles_the_type(event_nlp, text, etype, not_types):
    events = _events(event_nlp, text)
    assert events and events[0][0] == etype, events
    assert not {t for t, _, _ in events} & not_types, events


@pytest.mark.parametrize("text,word,expected", [
    # A conjoined clause with a subject of its own is out of the first clause's negation.
    ("Ostrelia did not attend the summit, and Dunmark walked out of the talks.", "walked", "occurred"),
    # So is a conjunct in contrast ("not …, but …").
    ("The group told its members not to travel to Ostrava, but to carry out attacks at home.", "attacks", "occurred"),
    # A plain conjunct shares the negation.
    ("Ostrelia did not attend the summit or send an envoy.", "send", "negated"),
])
def test_negation_scope_over_conjuncts(bare_nlp, text, word, expected):
    from cablegram.nlp.modality import classify

    doc = bare_nlp(text)
    token = next(t for t in doc if t.text == word)
    assert classify(next(iter(doc.sents)), token).modality == expected


def test_a_reporting_verb_names_the_act_by_its_object(event_nlp):
    events = _events(event_nlp, "Ostrelia announced the deployment of 300 police officers to Dunmark on a "
                                "peacekeeping mission.")
    assert [e for e in events if e[1] == "deployment"], events
    assert not [e for e in events if e[1] == "announced"], events


def test_a_phrase_cue_in_the_plural(event_nlp):
    """"open border" is also "opened its borders": the learned YIELD is the material RETREAT."""
    events = _events(event_nlp, "Ostrelia had opened its borders to families fleeing the war in Dunmark.")
    assert events and events[0][:2] == ("RETREAT", "opened"), events


def test_a_demanded_release_is_a_request(event_nlp):
    events = _events(event_nlp, "Ostrelia called on Dunmark to release the detained sailors.")
    assert events and events[0][0] == "REQUEST", events
    assert not [e for e in events if e[0] in ("RETREAT", "CONCEDE")], events


@pytest.mark.parametrize("text,word,expected", [
    ("The Ostrelian foreign minister called his Dunmarkian counterpart to discuss the grain corridor.", "discuss",
     "occurred"),                                                       # a phone call is no cancellation
    ("Ostrelia called off the talks with Dunmark.", "talks", "negated"),  # "call off" is
])
def test_call_negates_only_with_off(bare_nlp, text, word, expected):
    from cablegram.nlp.modality import classify

    doc = bare_nlp(text)
    token = next(t for t in doc if t.text == word)
    assert classify(next(iter(doc.sents)), token).modality == expected


@pytest.mark.parametrize("text,etype", [
    # A demand named by a passive participle is what was granted: the learned YIELD stands.
    ("The Ostrelian court granted the injunction sought by the fishermen's union against Dunmark.", "CONCEDE"),
    # An active participle still makes the sentence a demand.
    ("The assembly passed a resolution urging Dunmark to free the Ostrelian sailors.", "REQUEST"),
])
def test_granted_or_urged(event_nlp, text, etype):
    events = _events(event_nlp, text)
    assert events and events[0][0] == etype, events


@pytest.mark.parametrize("text,trigger,mode", [
    # A noun compound's head is the trigger; its modifiers still give the mode.
    ("The jailed Ostrelian activist staged a hunger strike in protest against his treatment by Dunmarkian guards.",
     "strike", "strike-hun"),
    ("Ostrelian warplanes carried out air strikes on Dunmarkian positions near Varna.", "strikes", "heavy-weapons"),
])
def test_compound_trigger_and_mode(event_nlp, text, trigger, mode):
    events = [(e.trigger, e.mode) for e in event_nlp(text)._.cg_events]
    assert events and events[0] == (trigger, mode), events
