"""A promised sending of people of a force or mission is a planned act of its own beside the promise's AGREE
(``modality.toml`` ``frame.sent_forces``); goods or money promised stay the promise's one event."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, verb", [
    ("Kelvia pledged to send field engineers to the mission in the spring.", "send"),
    ("Brekka vowed to send two hundred police officers to the island before the election.", "send"),
    ("Norland agreed to deliver three infantry battalions to the UN mission.", "deliver"),
])
def test_a_promised_sending_of_forces_is_its_own_planned_act(event_nlp, text, verb):
    events = event_nlp(text)._.cg_events
    assert any(e.type == "AGREE" and e.modality == "occurred" for e in events), events
    assert [e.modality for e in events if e.trigger == verb] == ["planned"], events


@pytest.mark.parametrize("text", [
    "Norland pledged to send reconstruction funds to Kelvia.",
    "Brekka promised to send blankets and water pumps to the flooded valley.",
])
def test_promised_goods_or_money_stay_the_promise(event_nlp, text):
    events = event_nlp(text)._.cg_events
    assert {e.trigger for e in events} == {text.split()[1]}, events
