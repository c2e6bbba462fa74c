"""The act an accusation names has the accused as its doer: "Chile blamed Argentina for burning the border post"
codes the burning with Argentina as source, not Chile (the accuser's act is the ACCUSE beside it). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from cablegram.kb.fold import state_in_id


def events_of(nlp, text: str) -> list:
    doc = nlp.make_doc(text)
    doc._.cg_date = "2026-12-02"
    doc._.cg_doc_id = "doc_accused_acts"
    return list(nlp(doc)._.cg_events)


@pytest.mark.parametrize("text, act, accused", [
    ("The ministry in Nairobi blamed Somali militiamen for torching a police post in Mandera.", "torching", "SOM"),
    ("Chile blamed Argentina for burning the border post.", "burning", "ARG"),
])
def test_the_act_an_accusation_names_is_the_accuseds(nlp, text, act, accused):
    acts = [e for e in events_of(nlp, text) if e.trigger == act]
    assert acts and all(state_in_id(e.source_actor) == accused for e in acts)
    assert all(state_in_id(e.target_actor) != accused for e in acts)


def test_the_accusation_itself_stays_the_accusers(nlp):
    events = events_of(nlp, "Chile blamed Argentina for burning the border post.")
    assert [(e.type, state_in_id(e.source_actor), state_in_id(e.target_actor)) for e in events
            if e.trigger == "blamed"] == [("ACCUSE", "CHL", "ARG")]

