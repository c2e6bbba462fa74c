"""The 2016 gold-standard label space: how our events map into it, and which event of a record is scored.

Sentences are written for these tests about fictional states and people.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cablegram.nlp.plover import GOLD_2016_TYPES, TYPE_NAMES, to_gold_2016

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def ev_nlp():
    import cablegram.nlp.events  # noqa: F401  (registers the factories)
    from cablegram.nlp.pipeline import build_nlp

    return build_nlp(components=["cablegram_language", "cablegram_events"])


@pytest.fixture(scope="module")
def eval_plover():
    sys.path.insert(0, str(REPO / "benchmarks"))
    import eval_plover

    return eval_plover


def _doc(nlp, text):
    doc = nlp.make_doc(text)
    doc._.cg_date = "2024-03-15"
    doc._.cg_doc_id = "doc_test"
    return nlp(doc)


@pytest.mark.parametrize("etype", ["AID", "COOPERATE", "CONSULT", "RETREAT", "CONCEDE", "SUPPORT"])
def test_announced_cooperation_is_an_intent_to_cooperate(etype):
    assert to_gold_2016(etype, modality="planned") == "AGREE"
    assert to_gold_2016(etype, modality="occurred") == etype


@pytest.mark.parametrize("etype", ["SANCTION", "ASSAULT", "COERCE", "MOBILIZE"])
def test_announced_conflict_keeps_its_type_without_a_condition(etype):
    assert to_gold_2016(etype, modality="planned") == to_gold_2016(etype)


def test_an_act_announced_with_unless_is_an_ultimatum():
    text = "veldor said it will pull its monitors out of korvania unless the junta calls elections."
    assert to_gold_2016("RETREAT", "withdraw", modality="planned", sentence=text) == "THREATEN"
    assert to_gold_2016("RETREAT", "withdraw", modality="occurred", sentence=text) == "RETREAT"
    # a demand or a promise with a condition is still a demand or a promise
    assert to_gold_2016("REQUEST", modality="hypothetical", sentence=text) == "DEMAND"
    assert to_gold_2016("AGREE", modality="planned", sentence=text) == "AGREE"


def test_eased_blockade_or_sanctions_are_a_retreat_eased_curfew_a_concession():
    assert to_gold_2016("CONCEDE", "lift", sentence="the navy lifted on tuesday its week-long blockade of the port.") == "RETREAT"
    assert to_gold_2016("CONCEDE", sentence="ostrava eased the trade sanctions on the island.") == "RETREAT"
    assert to_gold_2016("CONCEDE", "lift", sentence="the governor lifted the night curfew in the capital.") == "CONCEDE"
    assert to_gold_2016("CONCEDE", sentence="the council relaxed restrictions on opposition newspapers.") == "CONCEDE"


def test_every_type_and_modality_maps_into_the_gold_labels():
    for etype in TYPE_NAMES:
        for modality in ("occurred", "planned", "hypothetical", "negated", None):
            assert to_gold_2016(etype, modality=modality, sentence="it will act unless told otherwise.") in GOLD_2016_TYPES


def test_planned_aid_in_a_real_pipeline_scores_as_agree(ev_nlp, eval_plover):
    doc = _doc(ev_nlp, "The government of Veldor will provide 20,000 tons of food aid to Korvania next month.")
    label, event = eval_plover.predict(doc)
    assert event is not None and event.type == "AID" and event.modality == "planned"
    assert label == "AGREE"


def test_the_event_nearest_the_root_wins_a_tie(ev_nlp, eval_plover):
    """A further clause's event carries the main event's confidence; the main verb's event is the record's."""
    from dataclasses import replace

    text = "Veldor bluntly demanded that its allies refuse to recognise the breakaway province of Tarn."
    doc = _doc(ev_nlp, text)
    demand = next(e for e in doc._.cg_events if e.trigger == "demanded")
    start = text.index("refuse")
    refusal = replace(demand, type="REJECT", trigger="refuse", spans={"trigger": [start, start + len("refuse")]})
    doc._.cg_events[:] = [refusal, demand]  # the clause's event first, as equally confident
    label, event = eval_plover.predict(doc)
    assert (label, event.trigger) == ("DEMAND", "demanded")
    doc._.cg_events[:] = [replace(refusal, confidence=demand.confidence + 0.01), demand]
    assert eval_plover.predict(doc)[0] == "REJECT"  # a more confident event still wins


def test_pulling_out_peacekeepers_or_inspectors_reduces_involvement():
    done = "korvania withdrew its election observers from the northern provinces."
    announced = "the league said it will withdraw all its peacekeepers and aid workers from varn."
    assert to_gold_2016("RETREAT", "withdraw", modality="occurred", sentence=done) == "SANCTION"
    assert to_gold_2016("AGREE", modality="planned", sentence=announced) == "THREATEN"
    assert to_gold_2016("RETREAT", "withdraw", modality="planned", sentence=announced) == "THREATEN"
    # troops going home is still a retreat, and a promise to do it an intent to cooperate
    troops = "veldor withdrew two armoured brigades from the border."
    assert to_gold_2016("RETREAT", "withdraw", modality="occurred", sentence=troops) == "RETREAT"
    assert to_gold_2016("RETREAT", "withdraw", modality="planned", sentence=troops) == "AGREE"


def test_imposed_sanctions_and_human_shields_use_the_2016_names():
    assert to_gold_2016("COERCE", sentence="ostrava has imposed new sanctions on two varn banks.") == "SANCTION"
    assert to_gold_2016("COERCE", "arrest", sentence="police arrested six members of the union.") == "COERCE"
    assert to_gold_2016("ASSAULT", sentence="the militia held villagers as human shields near marn.") == "COERCE"
    assert to_gold_2016("ASSAULT", "heavy-weapons", sentence="artillery shelled the outskirts of marn.") == "FIGHT"
