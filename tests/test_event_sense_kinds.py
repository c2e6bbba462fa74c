"""Kinds of wrong confident events an analyst found in a second pass over Guardian articles (issue 12).

Loose senses and non-acts (a passive evaluation, an adjective, "featured", "met a mixed response", a
forecast taken for a threat, a wish to travel taken for a promise), an act named only as what was blocked, a
negation that is itself the refusal, participants taken from the wrong words (a backer named on a participle,
an "other than" exclusion, the dead of an airstrike, the teller of a passive act) and dates (a weekday of a past participle, a year of a participant's background). The sentences are
written for these tests; the states and people are fictional.
"""

from __future__ import annotations

import pytest

from cablegram.nlp.dates import clause_tense, record_date
from cablegram.nlp.event_gates import (blocked_act, death_roles, left_out, loose_sense, modifier_roles,
                                       own_state_aside, refusal_modality)


def events_of(nlp, text: str, day: str = "2025-06-11") -> list:
    doc = nlp.make_doc(text)
    doc._.cg_date = day
    doc._.cg_doc_id = "doc_sense_kinds"
    return list(nlp(doc)._.cg_events)


def token(nlp, text: str, word: str):
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


def brief(events) -> list:
    return [(e.type, e.trigger, e.source_actor, e.target_actor, e.modality) for e in events]


@pytest.mark.parametrize("text, trigger", [
    ("Corvia's exit from the pact was seen as a propaganda victory for Brelund.", "seen"),
    ("Mira Tal remains an ideologically committed member of the Brelund militia.", "committed"),
    ("Avarian volunteers featured prominently among the rebel units, as did Corvians.", "featured"),
    ("The speeches given by the Brelund envoy to the assembly are horrifying.", "horrifying"),
    ("The Avarian defector should be treated as a victim, her lawyer told reporters in Brelund.", "treated"),
    ("Brelund's demand that Avaria, Corvia and Dalmar hand over the suspects has met a mixed response.", "met"),
    ("The Brelund central bank warned that the vote could depress growth in Avaria for years.", "warned"),
    ("Tom Garr, a Corvian teacher, says he wants to return to Avaria to see his family.", "return"),
    ("\u201cShe wants to come back to Avaria to face trial,\u201d her lawyer said in Brelund.", "come"),
])
def test_loose_senses_and_non_acts_code_no_event(nlp, text, trigger):
    events = events_of(nlp, text)
    assert all(e.trigger != trigger for e in events), brief(events)


def test_meeting_a_person_and_a_real_warning_stay_acts(nlp):
    met = token(nlp, "The Avarian foreign minister met her Brelund counterpart in Geneva.", "met")
    response = token(nlp, "The Avarian plan has met a cool response in Brelund.", "met")
    assert not loose_sense("CONSULT", met)
    assert loose_sense("CONSULT", response)
    threat = token(nlp, "Brelund warned Avaria that a military operation against its border posts is near.", "warned")
    forecast = token(nlp, "The Brelund central bank warned that the tariffs could depress growth in Avaria.", "warned")
    hard = token(nlp, "Brelund warned that the return of its fighters would be extremely difficult.", "warned")
    assert not loose_sense("THREATEN", threat)
    assert loose_sense("THREATEN", forecast) and loose_sense("THREATEN", hard)
    backed = token(nlp, "Rebels were hemmed in by Brelund-backed Avarian forces.", "backed")
    committed = token(nlp, "She is a committed member of the Brelund militia.", "committed")
    assert not loose_sense("AID", backed) and loose_sense("SUPPORT", committed)


def test_an_act_named_only_as_what_was_blocked_is_not_coded(nlp):
    text = "Brelund made a similar decision to block the return of Tom Garr, a Corvian teacher."
    events = events_of(nlp, text)
    assert all(e.type != "RETREAT" for e in events), brief(events)
    doc = nlp(text)
    made, ret = next(t for t in doc if t.text == "made"), next(t for t in doc if t.text == "return")
    assert blocked_act("RETREAT", made, [(ret, "RETREAT", "return", 0.5)])
    assert blocked_act("RETREAT", ret, [])
    done = nlp("Corvia approved the return of Tom Garr.")
    assert not blocked_act("RETREAT", done[2], [(done[4], "RETREAT", "return", 0.5)])


def test_a_negation_that_is_the_refusal_is_a_reject_that_occurred(nlp):
    looking = token(nlp, "We are not looking to grant any further exemptions.", "looking")
    ending = token(nlp, "The strikers said they will not end the strike.", "end")
    assert refusal_modality("REJECT", "negated", looking, []) == "occurred"
    assert refusal_modality("REJECT", "negated", looking, [(looking, "AID", "look", 0.5)]) == "negated"
    assert refusal_modality("REJECT", "negated", ending, []) == "negated"  # a negated act word stays negated
    assert refusal_modality("AID", "negated", looking, []) == "negated"
    watch = token(nlp, "Avaria does not want to watch the fighters cross the border.", "watch")
    assert refusal_modality("REJECT", "negated", watch, []) == "occurred"
    text = "The Brelund envoy said: \u201cWe are not looking to grant any further exemptions to Avaria.\u201d"
    events = events_of(nlp, text)
    assert not [e for e in events if e.type == "REJECT" and e.modality == "negated"], brief(events)


def test_a_backer_named_on_a_participle_backs_that_noun_only(nlp):
    text = ("Some 500 rebels remain, hemmed in by Brelund-backed Avarian forces on one side and by "
            "Corvian-backed militias on the other.")
    doc = nlp(text)
    backed = next(t for t in doc if t.text == "backed")
    doer, own = modifier_roles(backed)
    assert {doc[i].text for i in doer} >= {"Brelund"} and "forces" in {doc[i].text for i in own}
    for e in events_of(nlp, text):
        if e.trigger == "backed" and e.source_text and "Brelund" in e.source_text:
            assert e.target_text is None or "Corvia" not in e.target_text, brief([e])


def test_places_left_out_are_no_participants(nlp):
    doc = nlp("Rebels have attacked towns in many countries other than Brelund and Corvia since 2019.")
    ents = {e.text: e for e in doc.ents}
    assert left_out(ents["Brelund"]) and left_out(ents["Corvia"])
    plain = nlp("Brelund attacked Corvia on Monday.")
    assert not any(left_out(e) for e in plain.ents)
    for e in events_of(nlp, "Rebels have attacked towns in many countries other than Brelund and Corvia."):
        assert e.target_text not in ("Brelund", "Corvia"), brief([e])


def test_the_dead_of_an_airstrike_is_its_target_not_its_source(nlp):
    text = "Tom Garr was reported to have died in 2021 in an airstrike on Port Kell."
    doc = nlp(text)
    strike = next(t for t in doc if t.text == "airstrike")
    verb, _ = death_roles(strike)
    assert verb.lemma_ == "die"
    assert death_roles(next(t for t in nlp("Brelund launched an airstrike on Port Kell.") if t.text == "airstrike")) is None
    for e in events_of(nlp, text):
        if e.trigger == "airstrike":
            assert e.source_text is None or "Garr" not in e.source_text, brief([e])


def test_the_teller_of_a_passive_act_is_not_its_doer(nlp):
    text = "Mira Tal told reporters that one of her school friends, Anna Vell, had been killed two years ago."
    for e in events_of(nlp, text):
        if e.trigger == "killed":
            assert e.source_text is None or "Tal" not in e.source_text, brief([e])
    active = "Brelund said its troops had shelled Corvian positions on Monday."
    assert any(e.type == "ASSAULT" for e in events_of(nlp, active))


def test_a_past_participle_dates_its_weekday_backwards(nlp):
    text = "Mira Tal says she wants to go home, having given birth to a son on Saturday in a camp."
    doc = nlp(text)
    assert clause_tense(doc[:], text.index("Saturday")) == "past"
    # published on Wednesday 11 June 2025: the Saturday before, not the one after, even for a planned act
    assert record_date(doc[:], "2025-06-11", future=True).date == "2025-06-07"


def test_a_year_of_a_participants_background_does_not_date_the_act(nlp):
    text = "A Corvian teacher who left Avaria in 2015 to join the rebels has been found in a camp in Brelund."
    doc = nlp(text)
    found = next(t for t in doc if t.text == "found")
    left = next(t for t in doc if t.text == "left")
    assert record_date(doc[:], "2025-06-11", act=found).date == "2025-06-11"
    assert record_date(doc[:], "2025-06-11", act=left).date == "2015"
    assert record_date(doc[:], "2025-06-11").date == "2015"  # no act known: the stated year


def test_an_officials_own_state_named_outside_the_act_is_no_target(nlp):
    text = "The minister ordered that her passport be revoked after she said she wanted to return to Avaria."
    doc = nlp(text)
    ordered = next(t for t in doc if t.text == "ordered")
    avaria = next(e for e in doc.ents if e.text == "Avaria")
    assert own_state_aside("PER.AVR.anna-vell", "AVR", avaria, ordered).text == "said"
    assert own_state_aside("PER.BRL.tom-garr", "AVR", avaria, ordered) is None  # another state's official
    # the own state in the act's own clause stays the target ("defended Avaria's decision")
    own = nlp("The minister defended Avaria's decision to close the border.")
    defended = next(t for t in own if t.text == "defended")
    assert own_state_aside("PER.AVR.anna-vell", "AVR", next(e for e in own.ents if e.text == "Avaria"), defended) is None
    # a relative clause describes the target: the clause's noun, not the state
    granted = nlp("The president signed a decree granting citizenship to 14 foreigners who fought for Avaria.")
    signed = next(t for t in granted if t.text == "signed")
    aside = own_state_aside("PER.AVR.anna-vell", "AVR", next(e for e in granted.ents if e.text == "Avaria"), signed)
    assert aside.dep_ == "relcl" and aside.head.text == "foreigners"
