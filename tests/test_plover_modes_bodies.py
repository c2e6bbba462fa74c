"""Event gates on cue words (sentences of our own): a cue word that only names the kind of a body ("the aid agency",
"the host ministry", "the protest group") is no act of its type (``plover.toml`` ``non_act.loose.body_nouns``,
:func:`cablegram.nlp.event_gates.loose_sense`); an envoy recalled in the passive is the SANCTION of the active
(``decisive.recall_envoy``, the passive subject as the object)."""

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


@pytest.mark.parametrize("text", [
    "Norland's ambassador has been recalled from Kelvia over the spying row.",
    "Norland recalled its ambassador from Kelvia on Monday.",
])
def test_an_envoy_recalled_in_the_passive_is_a_sanction_like_the_active(event_nlp, text):
    """The envoy word as the passive subject of "recall" counts as its object (``decisive.recall_envoy``)."""
    assert any(e.type == "SANCTION" and e.trigger == "recalled" for e in event_nlp(text)._.cg_events)


def test_a_remembered_warning_is_no_recall_of_an_envoy(event_nlp):
    doc = event_nlp("The ambassador's warning was recalled by several officials at the meeting.")
    assert all(e.type != "SANCTION" for e in doc._.cg_events)
