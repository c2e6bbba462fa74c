"""Weak mode cue words ("election", "policy", "control", "police") name a mode only on the event's own phrase,
never from another phrase of the sentence (plover.py ``_OWN_PHRASE_CUES``)."""

from __future__ import annotations

import pytest


def _modes(event_nlp, text: str, event_type: str) -> list:
    return [e.mode for e in event_nlp(text)._.cg_events if e.type == event_type]


@pytest.mark.parametrize("text, event_type, mode", [
    # the cue word in another phrase of the sentence: no mode from it
    ("The opposition demanded an inquiry into the shooting ahead of the election.", "REQUEST", None),
    ("Norland massed tanks and soldiers on the border, police sources said.", "MOBILIZE", "troops"),
    ("Kelvian rebels threatened to shell the port, which is under government control.", "THREATEN", None),
    # on the event's own phrase it still names the mode
    ("The rebels threatened to seize control of the northern oil fields.", "THREATEN", "territory"),
    ("Students demanded that the minister change the policy on fees.", "REQUEST", "change"),
])
def test_weak_cue_words_name_a_mode_on_the_event_s_own_phrase_only(event_nlp, text, event_type, mode):
    assert _modes(event_nlp, text, event_type) == [mode]


@pytest.mark.parametrize("text, event_type, mode", [
    # goods asked for by name: a request for aid, on the request's own phrase ("for …")
    ("In a letter to Korvania, Ismen's council asked for twenty diesel generators and a water truck.", "REQUEST",
     "assist"),
    ("The mayor of Ismen appealed to Korvania for fire engines and tents.", "REQUEST", "assist"),
    # goods named elsewhere in the sentence say nothing of what is asked
    ("The minister, who arrived in a convoy of armoured vehicles, urged Korvania to resign.", "REQUEST", "change"),
    # a legitimate target named in a warning: a threat of force
    ("Veldran gunners will regard Korvanian patrol boats as legitimate targets, Veldra's defence minister warned.",
     "THREATEN", "violence"),
])
def test_goods_asked_for_and_targets_threatened(event_nlp, text, event_type, mode):
    assert mode in _modes(event_nlp, text, event_type)
