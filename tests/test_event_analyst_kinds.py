"""Kinds of wrong confident events an analyst found in Guardian articles (issue 12), through the full pipeline.

One test per kind: states of being, deaths with no agent and namings coded as acts; a withdrawal with no
object coded SANCTION; one act coded several times (a noun trigger and the verb it is the subject of, a
sending for the act, two places taken as two targets); an asked-for act, a blocked attempt and a "would"
consequence coded as done or as a threat; the subject of "came under fire" taken as the source. The
sentences are written for these tests; the states and people are fictional, real countries appear only
as places.
"""

from __future__ import annotations

import pytest

from cablegram.nlp.event_gates import frame_modality, same_act, sense_type, states_no_act, undergoes


def events_of(nlp, text: str) -> list:
    doc = nlp.make_doc(text)
    doc._.cg_date = "2025-06-11"
    doc._.cg_doc_id = "doc_analyst_kinds"
    return list(nlp(doc)._.cg_events)


def token(nlp, text: str, word: str):
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, trigger", [
    ("Hundreds of Avarian families are living in tents near the Brelund border.", "living"),
    ("Some 400 Avarian orphans are being housed in shelters in Brelund.", "housed"),
    ("Two Corvian reporters were publicly identified in the footage released by Brelund.", "identified"),
    ("The elder brother of Brelund's premier Anna Vell has died in a hospital in Port Amsel.", "died"),
])
def test_states_deaths_and_namings_are_no_acts(nlp, text, trigger):
    events = events_of(nlp, text)
    assert all(e.trigger != trigger for e in events), [(e.type, e.trigger) for e in events]


def test_an_agent_that_kills_is_still_an_act(nlp):
    events = events_of(nlp, "Brelund troops killed three Avarian border guards on Tuesday.")
    assert any(e.type == "ASSAULT" for e in events)
    assert not states_no_act(token(nlp, "Brelund troops killed three Avarian border guards.", "killed"))


def test_withdrawing_with_no_object_is_no_sanction(nlp):
    events = events_of(nlp, "Avarian fighters and their families gradually withdrew through the northern valleys.")
    assert all(e.type != "SANCTION" for e in events), [(e.type, e.trigger) for e in events]
    moved = token(nlp, "Avarian fighters gradually withdrew through the valleys.", "withdrew")
    recalled = token(nlp, "Brelund withdrew its ambassador from Avaria.", "withdrew")
    assert sense_type("SANCTION", moved) == "RETREAT"
    assert sense_type("SANCTION", recalled) == "SANCTION"


def test_a_strike_and_the_killing_it_did_are_one_act_and_places_are_no_targets(nlp):
    text = "Officials said Avarian air force airstrikes killed dozens of fighters in Syria and Iraq last year."
    assaults = [e for e in events_of(nlp, text) if e.type == "ASSAULT"]
    assert assaults, "the strikes are still an ASSAULT"
    assert len({e.trigger for e in assaults}) == 1, [(e.trigger, e.target_actor) for e in assaults]
    assert all(e.target_actor not in ("SYR", "IRQ") for e in assaults)
    doc = nlp(text)
    strikes, killed = (next(t for t in doc if t.text == w) for w in ("airstrikes", "killed"))
    assert same_act(strikes, killed, "ASSAULT", "ASSAULT")
    assert not same_act(strikes, killed, "ASSAULT", "ACCUSE")


def test_sending_aircraft_to_attack_is_the_attack(nlp):
    events = events_of(nlp, "Russia has sent in bombers to attack rebel positions in the Avarian hills.")
    assert any(e.type == "ASSAULT" for e in events)
    assert all(e.trigger != "sent" for e in events), [(e.type, e.trigger) for e in events]


def test_an_act_asked_for_did_not_occur(nlp):
    text = "Corvian dissident Piet Oran has spent months asking to be allowed to return to Russia."
    back = [e for e in events_of(nlp, text) if e.trigger == "return"]
    assert all(e.modality != "occurred" for e in back)
    assert frame_modality(token(nlp, text, "return"), "occurred") == "hypothetical"
    done = "Piet Oran returned to Russia on Monday."
    assert frame_modality(token(nlp, done, "returned"), "occurred") == "occurred"


def test_a_blocked_attempt_did_not_occur(nlp):
    text = "Attempts at the council to empower the tribunal to investigate Russian generals have been blocked by China."
    assert frame_modality(token(nlp, text, "investigate"), "occurred") == "negated"
    acts = [e for e in events_of(nlp, text) if e.trigger == "investigate"]
    assert all(e.modality != "occurred" for e in acts)


def test_a_would_consequence_is_no_threat(nlp):
    events = events_of(nlp, "A collapse of the truce would undermine the trade deal that Russia signed with China.")
    assert all(not (e.type == "THREATEN" and e.trigger == "undermine") for e in events)


def test_the_subject_under_fire_is_the_target(nlp):
    text = "Ostrelian foreign minister Anna Vell has come under fire for her handling of the dispute with Russia."
    assert undergoes(token(nlp, text, "come"))
    for e in events_of(nlp, text):
        if e.trigger == "come":
            assert e.source_text is None or "Vell" not in e.source_text
            assert e.target_text is not None and "Vell" in e.target_text


def test_the_state_that_owns_a_commitment_is_its_source(nlp):
    # the parse makes the other state the subject of "reiterated"; the owner of the commitment is the source
    text = ("Minister Anna Vell noted Moldova’s sovereignty is vital to stability in the region and reiterated the "
            "U.K. commitment to holding Belarus to account.")
    support = [e for e in events_of(nlp, text) if e.trigger == "commitment"]
    assert support, "the commitment is still an event"
    assert all(e.source_actor == "GBR" for e in support), [(e.source_actor, e.target_actor) for e in support]
    assert all(e.target_actor != "GBR" for e in support)
