"""Word senses of round C (sentences written for these tests): sanctions adopted, approved or imposed are a
SANCTION, not a concession of policy; equipment handed over, donated or delivered to someone is AID, not a
coercion or a retreat that a police or navy recipient suggests."""

from __future__ import annotations

import pytest

from cablegram.nlp.event_senses import adopted_sanctions, handed_goods


def _events(nlp, text):
    return [e.to_dict() for e in nlp(text)._.cg_events]


def _verb(doc, lemma):
    return next(t for t in doc if t.lemma_ == lemma and t.pos_ == "VERB")


@pytest.mark.parametrize("text, source", [
    ("The African Union agreed on sanctions against the coup leaders in Niger.", "IGO.AU"),
])
def test_sanctions_adopted_are_a_sanction(nlp, text, source):
    # a classifier's COERCE for imposed sanctions is kept (the plv convention, test_event_written_kinds6); the rule
    # rewrites a concession or another type only
    events = _events(nlp, text)
    assert events and events[0]["type"] == "SANCTION" and events[0]["source_actor"] == source, events


def test_sanctions_lifted_stay_a_concession(nlp):
    doc = nlp("Norway lifted its sanctions on two Belarusian banks.")
    assert not adopted_sanctions(_verb(doc, "lift"))
    assert [e.type for e in doc._.cg_events][:1] == ["CONCEDE"], [e.to_dict() for e in doc._.cg_events]


def test_agreeing_on_an_embargo_is_adopting_it(nlp):
    doc = nlp("The ministers agreed on an arms embargo against the junta.")
    assert adopted_sanctions(_verb(doc, "agree"))


def test_equipment_handed_over_to_a_police_force_is_aid(nlp):
    events = _events(nlp, "Norway handed over to the Ghanaian police the generators and jeeps it had promised.")
    assert events and events[0]["type"] == "AID" and events[0]["source_actor"] == "NOR", events


@pytest.mark.parametrize("text", [
    "Under the truce the militia handed over rifles and grenades to a UN team.",  # weapons: a group giving way
    "The army handed over the captured gunmen to the police.",     # people: no equipment
    "Australia handed the harbour master a new radio system.",     # no "over", no receiver with "to"
])
def test_no_equipment_handed_to_someone_is_no_aid_sense(nlp, text):
    doc = nlp(text)
    assert not handed_goods(_verb(doc, "hand"))


@pytest.mark.parametrize("text, asker, target", [
    # a cue word of the act asked for ("inspectors") is no event of its own: the asking is, REQUEST
    ("The African Union called on Sudan to grant inspectors entry to the camps in Darfur.", "called", "SDN"),
    ("Rights groups pressed Hanoi to reopen the prisons to inspectors from the Red Cross.", "pressed", "VNM"),
])
def test_a_cue_inside_the_act_asked_for_is_the_asking(nlp, text, asker, target):
    events = _events(nlp, text)
    assert events and events[0]["type"] == "REQUEST" and events[0]["trigger"] == asker, events
    assert events[0]["target_actor"] == target, events


def test_broadcasters_suspended_as_a_second_act_are_censorship(nlp):
    events = _events(nlp, "Citing national security, the interior ministry jailed two editors on Friday and also "
                          "suspended two independent television networks for a month.")
    suspended = [e for e in events if e["trigger"] == "suspended"]
    assert suspended and suspended[0]["type"] == "COERCE", events


@pytest.mark.parametrize("text, lemma", [
    ("The EU suspended its trade talks with Jakarta.", "suspend"),   # links suspended: a sanction
    ("The governor closed the old police station in the port.", "close"),  # no station on the air
])
def test_no_outlet_is_no_censorship(nlp, text, lemma):
    from cablegram.nlp.event_senses import silenced_media
    assert not silenced_media(_verb(nlp(text), lemma))
