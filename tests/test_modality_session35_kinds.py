"""Modality kinds of the session-35 round (issue 12, item 5), on sentences written for these tests.

- An act a verb of rescheduling moves to a new date ("pushed back … to late June", "postponed … until March") is an
  event of its own, planned, also where a counting noun names it ("the next round of negotiations": the
  negotiations); without a new date no planned event is added, and pushing back a force is no rescheduling.
- A negated verb of taking place ("never materialised", "never happened", "never came about", "was never held") tells
  that its subject noun's act did not come about: an event of its own on that noun, negated. The same noun told as
  held keeps its event.
- A verb with its particle saying the act its subject names never came about ("the planned summit fell through") is
  such a verb too, with no negator: the act negated, an event of its own; a body that fell through ice is no act.
- "put off" moves an act as "pushed back" does (planned with a new date); a verb of rescheduling with "indefinitely"
  ("has been delayed indefinitely") says the act will not take place, negated.
- The act an inquiry looks into ("an inquiry into the shelling", "a probe of the abductions") is told as done,
  whatever is said of the inquiry (refused, never held, not opened); only its own words hedge it ("possible abuses").
- An inverted condition that opens the sentence ("Should the border truce unravel, …") is a condition also where the
  parser hangs its subject on the verb as a compound and leaves it no subject: the consequence's "would" is
  hypothetical, not a reported plan.
- A noun of expelling diplomats as the subject of a copula ("the expulsion of the ambassador was a response to …")
  names a SANCTION of its own, occurred (a cue phrase as "expel" is: "expulsion" with a diplomat, an envoy, an
  ambassador, an attaché or a consul in its "of"); the expulsion of others gets no SANCTION cue.
- A relative clause of saying with a subject of its own that reports a past passive act done to the noun it describes
  ("the lorries, which drivers said were shelled", "the clinic that aid workers said had been bombed") is an occurred
  event on that act; one reported as to come ("would be attacked") or negated gives none.
- The object of a verb of accounting for or looking into an act ("has yet to explain the arrests", "has not
  investigated the shelling") is told as done, whatever is said of that verb; "has yet to confirm the deployment"
  stays hypothetical (the codebook's unconfirmed object).
- A lower-case headline whose second listed name the parser took for the verb, with the real verb as its
  complement right after it ("norvia, kelize refuse to …" parsed with "kelize" as the root), has that verb as its
  main event (a parse-level test: the misparse is not reproducible at will).
"""

from __future__ import annotations

import pytest


def _modalities(nlp, text, word):
    doc = nlp(text)
    return [e.modality for e in doc._.cg_events
            if e.spans.get("trigger") and doc.text[e.spans["trigger"][0]:e.spans["trigger"][1]] == word]


def _given(nlp, text, word):
    from cablegram.nlp.modality import classify

    doc = nlp(text)
    return classify(next(iter(doc.sents)), next(t for t in doc if t.text == word)).modality


@pytest.mark.parametrize("text,word", [
    # no event on the act at 0f35775: only the moving verb, typed as an act of its own, occurred
    ("Ostland has pushed back the next round of negotiations with Norvia to late June.", "negotiations"),
    ("The talks on the water dispute were pushed back to March.", "talks"),
])
def test_act_moved_to_a_new_date_is_planned(event_nlp, text, word):
    assert _modalities(event_nlp, text, word) == ["planned"]


@pytest.mark.parametrize("text,word", [
    ("The talks on the water dispute were pushed back.", "talks"),  # no new date: not told as still planned
    ("Ostland pushed back the rebel advance on Monday.", "advance"),  # a force pushed back, no date moved
])
def test_no_new_date_or_a_force_pushed_back_adds_no_planned_act(event_nlp, text, word):
    assert "planned" not in _modalities(event_nlp, text, word)


@pytest.mark.parametrize("text,word", [
    # no event on the noun at 0f35775: only the verb of taking place, negated
    ("Despite weeks of preparation, a summit of the border governors never materialised.", "summit"),
    ("Talks between the two navies never happened, a spokesman admitted.", "Talks"),
])
def test_act_that_never_came_about_is_negated(event_nlp, text, word):
    assert _modalities(event_nlp, text, word) == ["negated"]


def test_act_told_as_held_keeps_its_event(event_nlp):
    assert _modalities(event_nlp, "The summit of the two leaders took place in Velm on Friday.", "summit") == [
        "occurred"]


@pytest.mark.parametrize("text,word", [
    # negated at 0f35775: the negation of the inquiry reached the act it looks into
    ("Velm refused an inquiry into the shelling of the market.", "shelling"),
    ("An inquiry into the ferry bombing, announced in May, never took place.", "bombing"),
    ("The commission will not open a probe of the abductions and the beatings.", "beatings"),
])
def test_act_an_inquiry_looks_into_is_told_as_done(event_nlp, text, word):
    assert _given(event_nlp, text, word) == "occurred"


@pytest.mark.parametrize("text,word,modality", [
    ("The council will open an investigation into possible abuses at the camp.", "abuses", "hypothetical"),
    ("Ostland did not shell the market, its army said.", "shell", "negated"),
    ("Velm refused talks on the shelling of the market.", "talks", "negated"),
])
def test_own_words_and_other_frames_keep_their_modality(event_nlp, text, word, modality):
    assert _given(event_nlp, text, word) == modality


def test_inverted_condition_with_a_subject_parsed_as_compound(event_nlp):
    # planned at 0f35775: "unravel" parsed as a noun with "truce" its compound and no subject
    text = "Should the border truce unravel, Norvia would send troops to the frontier, a minister said."
    assert _modalities(event_nlp, text, "send") == ["hypothetical"]


def _parsed(words, heads, deps, tags, pos):
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos,
               sent_starts=[True] + [False] * (len(words) - 1))


def test_inverted_aux_opening_the_sentence_without_a_subject_is_a_condition():
    from cablegram.nlp.modality import inverted_condition

    # "Should the mediation bid collapse , Kelso would take the row to the court ." with "collapse" a noun-like advcl
    doc = _parsed(["Should", "the", "mediation", "bid", "collapse", ",", "Kelso", "would", "take", "the", "row", "."],
                  [4, 4, 4, 4, 8, 8, 8, 8, 8, 10, 8, 8],
                  ["aux", "det", "compound", "compound", "advcl", "punct", "nsubj", "aux", "ROOT", "det", "dobj",
                   "punct"],
                  ["MD", "DT", "NN", "NN", "NN", ",", "NNP", "MD", "VB", "DT", "NN", "."],
                  ["AUX", "DET", "NOUN", "NOUN", "NOUN", "PUNCT", "PROPN", "AUX", "VERB", "DET", "NOUN", "PUNCT"])
    assert inverted_condition(doc[4]) == "Should"
    # not opening the sentence: "Kelso said talks should collapse …" has no inverted condition
    doc = _parsed(["Kelso", "warned", "talks", "should", "collapse", "."], [1, 1, 4, 4, 1, 1],
                  ["nsubj", "ROOT", "nsubj", "aux", "advcl", "punct"],
                  ["NNP", "VBD", "NNS", "MD", "VB", "."],
                  ["PROPN", "VERB", "NOUN", "AUX", "VERB", "PUNCT"])
    assert inverted_condition(doc[4]) is None


def test_headline_name_parsed_as_the_verb_gives_way_to_the_verb_after_it():
    from cablegram.nlp.modality import classify, main_event_token

    # "norvia , kelize refuse to extend ferry accord" with "kelize" the root and "refuse" (tagged an adverb) its
    # complement
    doc = _parsed(["norvia", ",", "kelize", "refuse", "to", "extend", "ferry", "accord"],
                  [2, 2, 2, 2, 5, 3, 7, 5],
                  ["nsubj", "punct", "ROOT", "ccomp", "aux", "xcomp", "compound", "dobj"],
                  ["NNP", ",", "VBP", "RB", "TO", "VB", "NN", "NN"],
                  ["PROPN", "PUNCT", "VERB", "ADV", "PART", "VERB", "NOUN", "NOUN"])
    main = main_event_token(doc[:])
    assert main.i == 5 and classify(doc[:], doc[7]).modality == "negated"


def test_verb_root_with_an_object_of_its_own_stays():
    from cablegram.nlp.modality import main_event_token

    # the same arcs, but the root has an object of its own ("kelize" a verb with "talks" its object): no misread name
    doc = _parsed(["norvia", ",", "kelize", "refuse", "to", "extend", "accord", "talks"],
                  [2, 2, 2, 2, 5, 3, 5, 2],
                  ["nsubj", "punct", "ROOT", "ccomp", "aux", "xcomp", "dobj", "dobj"],
                  ["NNP", ",", "VBP", "RB", "TO", "VB", "NN", "NNS"],
                  ["PROPN", "PUNCT", "VERB", "ADV", "PART", "VERB", "NOUN", "NOUN"])
    assert main_event_token(doc[:]).i == 2


@pytest.mark.parametrize("text,word", [
    # no event at 0f35775: "expulsion" was no cue word
    ("The expulsion of the ambassador was a response to the spying case.", "expulsion"),
    ("Ostland's expulsion of two Tarsian attachés on Friday was the sharpest move in years.", "expulsion"),
])
def test_expulsion_of_diplomats_as_a_copula_subject_is_an_occurred_sanction(event_nlp, text, word):
    doc = event_nlp(text)
    found = [(e.type, e.modality) for e in doc._.cg_events
             if doc.text[e.spans["trigger"][0]:e.spans["trigger"][1]] == word]
    assert found == [("SANCTION", "occurred")]


def test_expulsion_of_others_gets_no_sanction(event_nlp):
    doc = event_nlp("The expulsion of the migrants was the largest in a decade.")
    assert not any(e.type == "SANCTION" for e in doc._.cg_events)


@pytest.mark.parametrize("text,word", [
    # no event on the reported act at 0f35775
    ("The lorries, which drivers said were shelled near the border, returned to the depot.", "shelled"),
    ("The clinic that aid workers said had been bombed reopened on Monday.", "bombed"),
])
def test_act_a_relative_clause_of_saying_reports_is_occurred(event_nlp, text, word):
    assert _modalities(event_nlp, text, word) == ["occurred"]


@pytest.mark.parametrize("text,word", [
    ("The lorries, which drivers said would be shelled, returned to the depot.", "shelled"),  # to come
    ("The villages that officials said were not attacked were spared.", "attacked"),  # negated
    ("The lorries, which drivers said were carrying flour, returned to the depot.", "carrying"),  # no passive act
])
def test_relative_clause_of_saying_with_no_past_act_gives_none(event_nlp, text, word):
    assert _modalities(event_nlp, text, word) == []


@pytest.mark.parametrize("text,word", [
    # hypothetical or negated at 0f35775: the verb's negation or "yet to" reached its object
    ("The interior ministry has yet to explain the arrests.", "arrests"),
    ("Velm has not investigated the shelling of the market.", "shelling"),
])
def test_object_of_a_verb_of_accounting_is_told_as_done(event_nlp, text, word):
    assert _given(event_nlp, text, word) == "occurred"


def test_unconfirmed_object_stays_hypothetical(event_nlp):
    assert _given(event_nlp, "The army has yet to confirm the deployment of the brigade.", "deployment") == \
        "hypothetical"


@pytest.mark.parametrize("text,word,modality", [
    # at f5ef487: no event on the inquiry, the talks told as occurred, the withdrawal as occurred
    ("A public inquiry into the mine collapse was never held.", "inquiry", "negated"),
    ("Ostland and Norvia put off talks on the fishing zone until after the election.", "talks", "planned"),
    ("The withdrawal of the artillery units has been delayed indefinitely.", "withdrawal", "negated"),
])
def test_act_never_held_put_off_or_delayed_indefinitely(event_nlp, text, word, modality):
    assert _modalities(event_nlp, text, word) == [modality]


@pytest.mark.parametrize("text,word,modality", [
    ("The consultations have been delayed.", "consultations", "occurred"),  # no date, no "indefinitely"
    ("Ostland put its navy on alert until the autumn.", "put", "occurred"),  # "put" without "off" moves no act
])
def test_delay_without_date_and_put_without_off_keep_their_modality(event_nlp, text, word, modality):
    assert _given(event_nlp, text, word) == modality


@pytest.mark.parametrize("text,word", [
    # at 2448ef2: planned or occurred, and no event on the noun
    ("The planned summit between the two presidents fell through, officials said.", "summit"),
    ("The arms deal with Velm fell through.", "deal"),
])
def test_act_that_fell_through_is_negated(event_nlp, text, word):
    assert _modalities(event_nlp, text, word) == ["negated"]


def test_falling_through_ice_is_no_act(event_nlp):
    assert _modalities(event_nlp, "Rebels fell through the ice near the border.", "Rebels") == []
