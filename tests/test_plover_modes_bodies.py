"""A cue word that only names the kind of a body ("the aid agency", "the host ministry", "the strike committee") is
no act of its type (``plover.toml`` ``non_act.loose.body_nouns``, :func:`cablegram.nlp.event_gates.loose_sense`).
Sentences of our own."""

import pytest


@pytest.mark.parametrize("text, word", [
    ("The aid agency said its warehouse in the port was empty.", "aid"),
    ("The host government says the hall is ready.", "host"),
    ("The protest group says its members are safe.", "protest"),
    ("The relief agency said its stores in the port were empty.", "relief"),
    ("The host city said the stadium was full.", "host"),
])
def test_a_cue_word_naming_a_body_is_no_event(event_nlp, text, word):
    assert all(e.trigger.lower() != word for e in event_nlp(text)._.cg_events)


@pytest.mark.parametrize("text, event_type", [
    ("Norland sent aid to the flooded districts of Kelvia.", "AID"),
    ("Brekka will host the ministers of Norland and Kelvia next week.", "CONSULT"),
])
def test_the_same_cue_words_as_acts_stay_events(event_nlp, text, event_type):
    assert any(e.type == event_type for e in event_nlp(text)._.cg_events)
