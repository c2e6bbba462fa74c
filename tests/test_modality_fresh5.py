"""Modality kinds found on the development parts of the fresh sets (the acts a frame names that no event coded) and on
the fifth fresh set (tests/data/modality_fresh5.jsonl: real sentences of india_police_events, case2021_task2 and
ngec_guardian, named by reference only): sentences written for this test about fictional actors (Brevia, Ostland,
the town of Tarsk), and the fifth set's own figures against floors (development part; skipped without
../shared/data)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FLOORS = json.loads((REPO / "tests" / "data" / "event_floors.json").read_text(encoding="utf-8"))


def _on(events, word):
    return [e for e in events if e.trigger == word]


def _shown(events):
    return [(e.trigger, e.type, e.modality, e.confidence) for e in events]


@pytest.mark.parametrize("text,word,modality", [
    # what a danger named by a warning says may happen, in the noun's "that" clause
    ("Aid groups warned of the risk that thousands of Brevian refugees could be forced to return to Tarsk.", "forced",
     "hypothetical"),
    # the act a verb of planning or seeking names, with no cue word of its own: here a failed attempt's
    ("Ostland officials sought to change the Brevian president's mind over the weekend, without success.", "change",
     "negated"),
    # a verb conjoined to the event's verb, with its subject, that the sentence does not give as happened
    ("Ostland will do what is necessary to protect its border, but has not yet attempted to cross the river.",
     "attempted", "negated"),
    # the act of a refusal or failure in an adverbial or relative clause beside the sentence's event
    ("The army was called in when the Ostland police failed to stop the riots in Tarsk.", "stop", "negated"),
    # a denied report's "that" clause that the parse hangs on the verb of denial
    ("UN agencies have denied reports this week that a Brevian soldier set a house alight in Tarsk.", "set", "negated"),
    # a reported act of an unnamed agent in a sentence with no other event
    ("Ostland officials described the camp as a timebomb, saying fighters could escape if the town came under attack.",
     "escape", "hypothetical"),
    ("A witness said the fighters came from the north and had not encountered any resistance.", "encountered",
     "negated"),
])
def test_an_act_a_frame_names_is_coded_on_its_own_words(event_nlp, text, word, modality):
    events = event_nlp(text)._.cg_events
    assert {e.modality for e in _on(events, word)} == {modality}, _shown(events)
    # its type is a guess: never confident
    assert all(e.confidence < 0.5 for e in _on(events, word)), _shown(events)


def test_a_conjoined_happening_is_no_further_event(event_nlp):
    """Only a conjoined act the sentence does not assert gets an event of its own with a guessed type: a plain
    happening without a cue word stays uncoded (precision first)."""
    events = event_nlp("Ostland closed the border and waited for the Brevian reply.")._.cg_events
    assert not _on(events, "waited"), _shown(events)


def test_the_subject_of_a_verb_of_sequence_is_an_act_of_its_own(event_nlp):
    """ "The planned demonstration comes as …": the demonstration is news of its own, with its own modality."""
    events = event_nlp("The planned demonstration comes as Ostland ministers are expected to debate how to deal with "
                       "Brevia during a meeting next month.")._.cg_events
    assert {(e.type, e.modality) for e in _on(events, "demonstration")} == {("PROTEST", "planned")}, _shown(events)


def test_a_reported_happening_of_an_unnamed_agent_is_no_event(event_nlp):
    """Only an unnamed agent's act that did not happen or may happen is coded (for its modality)."""
    events = event_nlp("Ostland officials described the camp as calm, saying the fighters had gone home.")._.cg_events
    assert not _on(events, "gone"), _shown(events)


@pytest.mark.parametrize("text,word", [
    ("The Ostland union threatened to stage an indefinite dharna in Tarsk if the demand was not met.", "dharna"),
    ("The council warned that it would launch an agitation if the march was banned.", "agitation"),
])
def test_south_asian_protest_words_are_protests(event_nlp, text, word):
    """A dharna (sit-in), bandh, hartal, gherao or agitation is a protest, here one threatened: hypothetical."""
    events = event_nlp(text)._.cg_events
    assert {(e.type, e.modality) for e in _on(events, word)} == {("PROTEST", "hypothetical")}, _shown(events)


def test_fresh5_references_hold_no_text():
    """The fifth set stores references only (dataset, record, offsets, label, part)."""
    rows = [json.loads(line) for line in (REPO / "tests" / "data" / "modality_fresh5.jsonl").open(encoding="utf-8")
            if line.strip()]
    assert len(rows) == 72
    assert all(set(r) == {"dataset", "id", "sentence", "trigger", "modality", "part"} for r in rows)


def test_fresh5_development_figures(shared_data, event_nlp):
    """The events component on the development part of the fifth fresh set (floors in tests/data/event_floors.json,
    fail when more than 0.02 below)."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    import eval_modality

    result = eval_modality.evaluate_real(shared_data, event_nlp, eval_modality.FRESH5, "dev")
    assert result["n"] == 46
    assert result["given_trigger"]["macro_f1"] >= FLOORS["modality_fresh5_dev_given_trigger_macro_f1"] - 0.02, result
    system = result["system"]
    assert system["trigger_found"] >= FLOORS["modality_fresh5_dev_trigger_found"] - 0.02, system
    assert system["macro_f1"] >= FLOORS["modality_fresh5_dev_system_macro_f1"] - 0.02, system


@pytest.mark.parametrize("text,word", [
    # a passive with no agent: someone would settle it
    ("The Ostland mayor said the quarrel over the Tarsk bridge could be settled quietly next month.", "settled"),
    # a noun of a happening as subject, no actor named
    ("Reports from Tarsk indicated that unrest could be spreading to the northern villages.", "spreading"),
    # the "that" clause of a growing fear, as a reporting verb's
    ("Fears are growing that Brevian rebels may cross into the Tarsk valley before the winter.", "cross"),
])
def test_an_act_that_may_come_with_no_actor_named_is_hypothetical(event_nlp, text, word):
    """An act that may come with no actor named (a passive with no agent, a happening as subject, a clause under a
    growing fear): coded for its modality, its type a guess, never confident."""
    events = event_nlp(text)._.cg_events
    assert {e.modality for e in _on(events, word)} == {"hypothetical"}, _shown(events)
    assert all(e.confidence < 0.5 for e in _on(events, word)), _shown(events)


@pytest.mark.parametrize("text,word", [
    ("Reports from Tarsk indicated that the quarrel over the bridge had been patched up.", "patched"),
    ("The quarrel over the Tarsk bridge was settled quietly last month.", "settled"),
    ("Fears are growing in Tarsk, where the river has risen.", "risen"),
])
def test_a_plain_happening_with_no_actor_named_stays_uncoded(event_nlp, text, word):
    """Only an act that did not happen or may happen gets the guessed-type event: a stated happening with no actor
    and no cue word stays uncoded (precision first)."""
    events = event_nlp(text)._.cg_events
    assert not _on(events, word), _shown(events)


@pytest.mark.parametrize("text,word,modality", [
    ("The army was called in when the Tarsk police failed to contain the unrest in the market.", "contain", "negated"),
    ("Ostland has vowed to contain the rioting in Tarsk.", "contain", "planned"),
])
def test_contain_in_a_frame_is_an_act(event_nlp, text, word, modality):
    """ "contain" as the complement of a failure or a commitment is the act of holding something back, not an
    inclusion: an event of its own with the frame's modality, its type a guess."""
    events = event_nlp(text)._.cg_events
    assert {e.modality for e in _on(events, word)} == {modality}, _shown(events)
    assert all(e.confidence < 0.5 for e in _on(events, word)), _shown(events)


def test_contain_as_inclusion_is_no_act(event_nlp):
    events = event_nlp("The Ostland report contains new figures on the refugees in Tarsk.")._.cg_events
    assert not _on(events, "contains"), _shown(events)


def test_an_act_that_cannot_be_ruled_out_is_hypothetical(event_nlp):
    """The passive subject of a negated "rule out" is the act left open: an event of its own, hypothetical, under
    the confident floor when its type comes from the frame's sentence."""
    events = event_nlp("An attack on the market cannot be ruled out, the mayor of Tarsk said.")._.cg_events
    assert {e.modality for e in _on(events, "attack")} == {"hypothetical"}, _shown(events)
    assert all(e.confidence < 0.5 for e in _on(events, "attack")), _shown(events)


@pytest.mark.parametrize("text,word,modality", [
    ("The villagers of Tarsk waited for a police intervention which never came.", "intervention", "negated"),
    ("Ostland promised an airlift that never materialised.", "airlift", "negated"),
    # the event did take place: the promise frames it as planned, nothing negates it
    ("Ostland promised an airlift that came on Monday.", "airlift", "planned"),
])
def test_an_event_noun_that_never_came_is_negated(event_nlp, text, word, modality):
    """A relative clause saying that the event named never took place negates it (``negation.unrealised_verbs``)."""
    from cablegram.nlp.modality import classify

    doc = event_nlp(text)
    token = next(t for t in doc if t.text == word)
    assert classify(next(iter(doc.sents)), token).modality == modality


def test_an_act_a_verb_of_consequence_says_may_follow_is_hypothetical(event_nlp):
    """ "could lead to renewed fighting": the fighting, with its own cue word, is an event of its own, hypothetical,
    never confident (an outcome, not the sentence's news)."""
    events = event_nlp("Backing Brevia could also lead to renewed fighting between the rebels and the army.")._.cg_events
    assert {e.modality for e in _on(events, "fighting")} == {"hypothetical"}, _shown(events)
    assert all(e.confidence < 0.5 for e in _on(events, "fighting")), _shown(events)


def test_an_outcome_that_happened_gets_no_further_event(event_nlp):
    """Only an outcome that may follow gets the capped event: one stated as happened stays with the sentence's event."""
    events = event_nlp("Backing Brevia led to renewed fighting between the rebels and the army.")._.cg_events
    assert not _on(events, "fighting"), _shown(events)


@pytest.mark.parametrize("text,word,modality", [
    # a death that may come: a happening, no act of its subject's, coded for its modality alone
    ("Aid workers in Tarsk warn that thousands may die if the Ostland siege goes on through the winter.", "die",
     "hypothetical"),
    # a cue word whose act may follow, in a sentence no other rule gives an event
    ("Such an abrupt withdrawal would leave the Brevian border guards exposed to attack.", "withdrawal",
     "hypothetical"),
])
def test_a_sentence_with_no_event_keeps_the_act_it_does_not_assert(event_nlp, text, word, modality):
    """The last resort of a candidate sentence that no rule gives an event: the act it does not give as happened,
    under the confident floor (its type a guess)."""
    events = event_nlp(text)._.cg_events
    assert {e.modality for e in _on(events, word)} == {modality}, _shown(events)
    assert all(e.confidence < 0.5 for e in _on(events, word)), _shown(events)


def test_a_death_that_happened_stays_uncoded(event_nlp):
    """Only a death that did not happen or may happen gets the last-resort event: a stated death is no act."""
    events = event_nlp("Aid workers in Tarsk said that thousands died during the Ostland siege.")._.cg_events
    assert not _on(events, "died"), _shown(events)


@pytest.mark.parametrize("text", [
    "the union has threatened to stage an indefinite \u00e2\u20ac\u02dcdharna\u00e2\u20ac\u2122 in tarsk if the demand "
    "is not met.",
    "the union has threatened to stage an indefinite \u2018dharna\u2019 in tarsk if the demand is not met.",
])
def test_a_cue_word_in_glued_quote_marks_is_a_cue(event_nlp, text):
    """A quoted word that mis-decoded text leaves as one token with its quote marks ("â€˜dharnaâ€") is the same cue."""
    events = event_nlp(text)._.cg_events
    assert {(e.type, e.modality) for e in events if "dharna" in e.trigger} == {("PROTEST", "hypothetical")}, \
        _shown(events)


@pytest.mark.parametrize("text,word,modality", [
    ("Elections in Ostland are due to be held in March, the electoral board said.", "held", "planned"),
    ("Talks between Ostland and Brevia are likely to resume in Tarsk next week.", "resume", "hypothetical"),
    ("The Ostland and Brevian envoys are to meet in Tarsk on Friday.", "meet", "planned"),
])
def test_the_act_a_copula_frames_is_the_main_event(event_nlp, text, word, modality):
    """ "are due to be held", "are likely to resume", "are to meet": the act is the infinitive, not the copula."""
    from cablegram.nlp.modality import classify, main_event_token

    sent = next(iter(event_nlp(text).sents))
    main = main_event_token(sent)
    assert main.text == word
    assert classify(sent, main).modality == modality


def test_a_prosecution_that_may_follow_is_hypothetical(event_nlp):
    """ "could face prosecution": a prosecution (ACCUSE) that may follow, an outcome under the confident floor."""
    events = event_nlp("If he returns to Tarsk, the Brevian commander could face prosecution in Ostland.")._.cg_events
    assert {(e.type, e.modality) for e in _on(events, "prosecution")} == {("ACCUSE", "hypothetical")}, _shown(events)
    assert all(e.confidence < 0.5 for e in _on(events, "prosecution")), _shown(events)


@pytest.mark.parametrize("text,word", [
    ("The Tarsk court heard the involvement of the accused with the Brevian rebels.", "accused"),
    ("Some evidence exists about the Brevian rebels in Tarsk.", "exists"),
])
def test_people_named_by_a_participle_and_existence_are_no_act(event_nlp, text, word):
    """ "the accused" names people, not an accusation; "exists" states no act."""
    events = event_nlp(text)._.cg_events
    assert not _on(events, word), _shown(events)
