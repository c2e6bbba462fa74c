"""Doubts of the confident view by kind (issue 12): an act whose place is its target as plv codes it (a deployment, a
ceasefire or truce declared in a place) is not doubted for a target named there, while a meeting's or a demand's place
still is; the subject of a "for X to …" clause on the act is its target. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _doubts(nlp, text, trigger, source, target, etype):
    """event_doubts of the act on the word ``trigger`` between the mentions ``source`` and ``target``."""
    from cablegram.nlp.event_actors import actor_spans
    from cablegram.nlp.event_confidence import event_doubts

    doc = nlp(text)
    trig = next(t for t in doc if t.text == trigger)
    spans = {s.text: (s, a) for s, a in actor_spans(doc)}
    src = next(v for k, v in spans.items() if source in k)
    tgt = next(v for k, v in spans.items() if target in k)
    return event_doubts(trig, src, tgt, True, etype, "occurred")


@pytest.mark.parametrize("text, trigger, source, target, etype", [
    ("Peruvian rebels declared a three-day truce in Bolivia on Friday.", "truce", "Peruvian", "Bolivia", "RETREAT"),
    ("The Dutch army sent 300 soldiers in Mali last year to guard the airport.", "sent", "Dutch", "Mali", "AID"),
    ("Canada put its navy on high alert in Greenland after the incident.", "alert", "Canada", "Greenland",
     "MOBILIZE"),
])
def test_the_place_of_an_area_act_is_its_target(nlp, text, trigger, source, target, etype):
    assert "target_is_place" not in _doubts(nlp, text, trigger, source, target, etype)


@pytest.mark.parametrize("text, trigger, source, target, etype", [
    ("The Chilean minister refused to meet trade envoys in Peru during the summit.", "meet", "Chilean", "Peru",
     "REJECT"),
    ("Norway held three rounds of talks in Austria with the rebel delegation.", "talks", "Norway", "Austria",
     "CONSULT"),
])
def test_the_place_of_other_acts_stays_doubted(nlp, text, trigger, source, target, etype):
    assert "target_is_place" in _doubts(nlp, text, trigger, source, target, etype)


@pytest.mark.parametrize("text, trigger, source, target, etype", [
    ("The Kenyan government gave approval for the World Health Organization to vaccinate children in the north.",
     "gave", "Kenyan", "World Health Organization", "CONCEDE"),
    ("Ghana granted permission for Nigeria to reopen its consulate in Kumasi.", "granted", "Ghana", "Nigeria",
     "CONCEDE"),
])
def test_the_subject_of_a_for_clause_on_the_act_is_its_target(nlp, text, trigger, source, target, etype):
    assert "target_not_argument" not in _doubts(nlp, text, trigger, source, target, etype)


def test_a_purpose_clause_without_for_keeps_its_subject_out(nlp):
    doubts = _doubts(nlp, "Ghana sent doctors to the border so that Nigeria could reopen its clinics.", "sent",
                     "Ghana", "Nigeria", "AID")
    assert "target_not_argument" in doubts


@pytest.mark.parametrize("text, trigger, source, target, etype", [
    ("Fighters allied with the Taliban ambushed a Pakistani convoy near the pass.", "ambushed", "Taliban", "Pakistani",
     "ASSAULT"),
    ("Troops loyal to Ethiopia detained two Eritrean traders at the market.", "detained", "Ethiopia", "Eritrean",
     "COERCE"),
])
def test_whom_armed_men_are_loyal_to_is_the_source(nlp, text, trigger, source, target, etype):
    assert "source_not_argument" not in _doubts(nlp, text, trigger, source, target, etype)


def test_another_adjective_s_phrase_is_no_source(nlp):
    doubts = _doubts(nlp, "Fighters hostile to the Taliban ambushed a Pakistani convoy near the pass.", "ambushed",
                     "Taliban", "Pakistani", "ASSAULT")
    assert "source_not_argument" in doubts


def test_a_name_inside_the_passive_agent_is_the_doer(nlp):
    doubts = _doubts(nlp, "Ethiopia's ambassador was arrested by Kenya Police on Tuesday.", "arrested", "Kenya",
                     "Ethiopia", "COERCE")
    assert "source_not_argument" not in doubts


def test_a_name_outside_the_passive_agent_is_another_doer(nlp):
    doubts = _doubts(nlp, "Ethiopia's ambassador was arrested by Kenya Police after Uganda complained.", "arrested",
                     "Uganda", "Ethiopia", "COERCE")
    assert "source_not_argument" in doubts


def test_a_modifier_of_the_target_s_own_name_is_no_source(nlp):
    doubts = _doubts(nlp, "The dispute followed weeks of threats by Kenyan President William Ruto against traders.",
                     "threats", "Kenyan", "William Ruto", "THREATEN")
    assert "source_not_argument" in doubts


def _threat_doubts(nlp, text, trigger):
    """event_doubts of a THREATEN on ``trigger`` with a hypothetical modality (what a threat with a condition gets)."""
    from cablegram.nlp.event_actors import actor_spans
    from cablegram.nlp.event_confidence import event_doubts

    doc = nlp(text)
    trig = next(t for t in doc if t.text == trigger)
    spans = [(s, a) for s, a in actor_spans(doc)]
    return event_doubts(trig, spans[0], spans[1], True, "THREATEN", "hypothetical")


@pytest.mark.parametrize("text, trigger", [
    ("Morocco has issued an ultimatum to Algeria: if the convoys keep crossing, the border will close.", "ultimatum"),
    ("Chile threatened to recall its envoy from Peru if the fishing boats were not released.", "threatened"),
])
def test_a_threat_stated_as_made_is_asserted(nlp, text, trigger):
    assert "not_asserted" not in _threat_doubts(nlp, text, trigger)


@pytest.mark.parametrize("text, trigger", [
    ("Chile could threaten to recall its envoy from Peru if the fishing boats are not released.", "threaten"),
    ("If Chile threatened Peru again, the talks would collapse.", "threatened"),
])
def test_a_threat_under_a_modal_or_a_condition_is_not(nlp, text, trigger):
    assert "not_asserted" in _threat_doubts(nlp, text, trigger)


@pytest.mark.parametrize("text, trigger", [
    ("A Ghanaian trader was arrested in Togo on Thursday for smuggling cocoa.", "arrested"),
    ("Two Ghanaian fishermen were detained in Togo after crossing the maritime line.", "detained"),
])
def test_the_state_an_arrest_happens_in_is_its_source(nlp, text, trigger):
    assert "source_not_argument" not in _doubts(nlp, text, trigger, "Togo", "Ghanaian", "COERCE")


def test_the_state_a_killing_happens_in_is_no_source(nlp):
    doubts = _doubts(nlp, "A Ghanaian trader was killed in Togo on Thursday.", "killed", "Togo", "Ghanaian", "ASSAULT")
    assert "source_not_argument" in doubts


def test_an_arrest_with_a_named_doer_keeps_the_doer(nlp):
    doubts = _doubts(nlp, "A Ghanaian trader was arrested in Togo by Benin Police.", "arrested", "Togo", "Ghanaian",
                     "COERCE")
    assert "source_not_argument" in doubts
