"""Modality of the reported act on the fresh real set (tests/data/modality_fresh.jsonl, references only) and on
sentences written for this test about fictional actors, one group per kind fixed: what a warning names as
possible, an imminent act, an announced start, a condition under a reporting verb, the act a threat names,
and the act a warning's clause names."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FLOORS = json.loads((REPO / "tests" / "data" / "event_floors.json").read_text(encoding="utf-8"))


def _modality_of(nlp, text, word):
    from cablegram.nlp.modality import classify

    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    return classify(next(iter(doc.sents)), token).modality


@pytest.mark.parametrize("text,word,expected", [
    # what a warning is of, or a noun of possibility names, may happen
    ("Brevian officials warned of the danger of a military clash with Ostland.", "clash", "hypothetical"),
    ("The Tarsan council warned of a renewed offensive near the river.", "offensive", "hypothetical"),
    ("Ostland faces the threat of sanctions from Brevia.", "sanctions", "hypothetical"),
    # ... and a noun of possibility that is merely present does not hedge the act beside it
    ("Brevia imposed sanctions on Ostland despite the danger.", "imposed", "occurred"),
    # an act said to be imminent is planned
    ("The envoy told reporters that an offensive by Brevian troops is imminent.", "offensive", "planned"),
    ("A deal between Brevia and Ostland is close, the mediator said.", "deal", "planned"),
    # an announced start or end has happened; another announced act is a plan
    ("Brevia announced the launch of an offensive against the Tarsan militia.", "launch", "occurred"),
    ("Brevia announced the deployment of 300 troops to the border.", "deployment", "planned"),
    # a condition under the reporting verb belongs to what is reported, not to the warning
    ("The Ostland envoy warned of a famine if the offensive goes ahead.", "warned", "occurred"),
    ("The Ostland envoy warned of a famine if the offensive goes ahead.", "offensive", "hypothetical"),
    # the content of a report that a verb of denial denies did not happen; not when the denial is negated
    ("The ministry denied reports that Brevian troops had crossed the river.", "crossed", "negated"),
    ("Ostland rejected allegations of torture in its prisons.", "torture", "negated"),
    ("Ostland did not deny reports that its troops had crossed the river.", "crossed", "occurred"),
    # a negated quantifier phrase as subject
    ("Not a single country has condemned the Brevian strike on Ostrava.", "condemned", "negated"),
    # ... and as the subject of the verb an infinitive depends on (not when that verb has an object of its own)
    ("Nobody attempted to protect the Tarsan villagers during the offensive.", "protect", "negated"),
    ("No country has agreed to send troops to Ostland.", "send", "negated"),
    # phrases of holding back
    ("Brevia refrained from criticising the Ostland government.", "criticising", "negated"),
    ("Ostland has stopped short of recognising the Tarsan government.", "recognising", "negated"),
    ("Brevia has held off on imposing sanctions against Ostland.", "imposing", "negated"),
    # an event noun as the subject of an arrangement
    ("Talks between Brevia and Ostland are scheduled to resume on Monday.", "Talks", "planned"),
    # a clause ended by a semicolon is not under the negation of the next one, even when parsed as its complement
    ("Brevian troops have seized the bridge over the Ost; the Ostland army did not respond.", "seized", "occurred"),
    ("The Brevian president defended his decision to withdraw, writing that the troops had served a year – we never "
     "stayed longer.", "defended", "occurred"),
    # what a negated reporting verb would have said is unknown, not negated; a negated belief is a negation
    ("Ostland has not yet confirmed that its delegation will attend the talks in Brevia.", "attend", "hypothetical"),
    ("The Brevian minister did not say that the troops had left Ostland.", "left", "hypothetical"),
    ("The Brevian minister does not think that Ostland will attack the port.", "attack", "negated"),
    # a negated "exclude" cancels the negation as "not rule out" does ("ruled the country" frames nothing)
    ("The Ostland government did not exclude sending troops to Brevia.", "sending", "hypothetical"),
])
def test_modality_kinds(bare_nlp, text, word, expected):
    assert _modality_of(bare_nlp, text, word) == expected


@pytest.mark.parametrize("text,word,modality", [
    # the act a threat names is an event of its own beside the threat
    ("The Ostland delegation threatened to boycott the talks in Brevia.", "boycott", "hypothetical"),
    # the act a warning names in its clause, its condition, or as what it warns of
    ("The Brevian minister warned of a catastrophe if the attack on Ostrava goes ahead.", "attack", "hypothetical"),
    ("The Ostland army warned of the dangers of a military clash with Brevia.", "clash", "hypothetical"),
    ("The Brevian police chief is warning there may be arrests if the Tarsan protesters block the road.",
     "arrests", "hypothetical"),
    # the content of a denied report, and the object of a frame that cancels a negation
    ("Ostland dismissed reports that it had sent warplanes to Tarsa.", "sent", "negated"),
    ("The Ostland government has not ruled out talks with the Tarsan rebels.", "talks", "hypothetical"),
])
def test_event_on_the_act_a_frame_names(event_nlp, text, word, modality):
    events = event_nlp(text)._.cg_events
    on_word = [e for e in events if e.trigger == word]
    assert on_word, [(e.type, e.trigger) for e in events]
    assert {e.modality for e in on_word} == {modality}


@pytest.mark.parametrize("text,event", [
    ("Brevia refrained from criticising the Ostland government.", "criticising"),
    ("Ostland has stopped short of recognising the Tarsan government.", "recognising"),
    ("The Ostland government did not exclude sending troops to Brevia.", "sending"),
])
def test_main_event_looks_through_holding_back(bare_nlp, text, event):
    from cablegram.nlp.modality import main_event_token

    assert main_event_token(next(bare_nlp(text).sents)).text == event


def test_threat_keeps_its_own_event(event_nlp):
    events = event_nlp("The Ostland delegation threatened to boycott the talks in Brevia.")._.cg_events
    threat = [e for e in events if e.trigger == "threatened"]
    assert threat and threat[0].type == "THREATEN" and threat[0].modality == "occurred"
    # the threat comes first: listings and evaluations that take a sentence's first event see the threat
    assert events[0].trigger == "threatened"


def test_promise_stays_one_event(event_nlp):
    """A promised act is the promise's own event (AGREE), unlike a threatened one."""
    events = event_nlp("Brevia pledged to send food aid to Ostland.")._.cg_events
    assert [e.trigger for e in events] == ["pledged"], [(e.type, e.trigger) for e in events]


def test_fresh_set_parts_are_fixed():
    """The final third is chosen by a hash of each reference, not by a run: the same records each time."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    import eval_modality

    refs = [json.loads(line) for line in eval_modality.FRESH.read_text(encoding="utf-8").splitlines() if line.strip()]
    parts = [eval_modality.part_of(r) for r in refs]
    assert len(refs) >= 60
    assert 0.25 <= parts.count("final") / len(refs) <= 0.42
    assert all(set(r) == {"dataset", "id", "sentence", "trigger", "modality"} for r in refs)  # references only


def test_events_on_the_fresh_development_part(shared_data, event_nlp):
    """The events component on the fresh set's development part (the final third is scored by the benchmark
    only); floors in tests/data/event_floors.json, fail when more than 0.02 below."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    import eval_modality

    result = eval_modality.evaluate_real(shared_data, event_nlp, eval_modality.FRESH, "dev")
    assert result["n"] >= 40
    system = result["system"]
    assert system["trigger_found"] >= FLOORS["modality_fresh_dev_trigger_found"] - 0.02, system
    assert system["macro_f1"] >= FLOORS["modality_fresh_dev_system_macro_f1"] - 0.02, system
    assert result["given_trigger"]["macro_f1"] >= FLOORS["modality_fresh_dev_given_trigger_macro_f1"] - 0.02
