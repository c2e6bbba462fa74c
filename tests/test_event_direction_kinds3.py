"""Event direction and the confident view by kind, third round (issue 12): a place of the source's own state in a
locative phrase is where the act happened, not its target; a reported clause whose subject is the speaker's own
("its drones") keeps the speaker as a confident source; a clause the parser read as one noun phrase ("… test-fired
two missiles") keeps its named subject. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _events(nlp, text, etype):
    return [e for e in nlp(text)._.cg_events if e.type == etype]


@pytest.mark.parametrize("text, etype, source, person", [
    ("Belarusian police arrested a Polish journalist at Minsk airport on Friday.", "COERCE", "BLR", "journalist"),
    ("Iranian security forces detained a British researcher at Tehran airport last week.", "COERCE", "IRN",
     "researcher"),
])
def test_a_place_of_the_sources_own_state_is_no_target(nlp, text, etype, source, person):
    from cablegram.nlp.events import is_confident

    events = _events(nlp, text, etype)
    assert events, text
    e = events[0]
    assert e.source_actor == source and person in (e.target_text or ""), (e.source_text, e.target_text)
    assert (e.confidence or 0) >= 0.5 and not is_confident(e)  # the person is unresolved: listed, not confident


def test_a_place_of_another_state_can_still_be_the_target(nlp):
    from cablegram.nlp.event_direction import venue_of_source

    doc = nlp("Russian forces struck a warehouse in Kharkiv and a depot in Belgorod.")
    e = next(e for e in doc._.cg_events if e.type == "ASSAULT")
    assert e.source_actor == "RUS"

    class Cand:
        def __init__(self, span, actor_id):
            self.span, self.root, self.actor_id = span, span.root, actor_id

    kharkiv, belgorod = (next(doc[t.i:t.i + 1] for t in doc if t.text == name) for name in ("Kharkiv", "Belgorod"))
    source = Cand(doc[0:1], "RUS")
    assert not venue_of_source(Cand(kharkiv, "UKR"), source)
    assert venue_of_source(Cand(belgorod, "RUS"), source)


@pytest.mark.parametrize("text, source", [
    ("Ankara said its jets struck PKK fighters overnight.", "TUR"),
    ("Kyiv said its troops ambushed a Russian convoy overnight.", "UKR"),
])
def test_the_speakers_own_doer_keeps_the_speaker_as_source(nlp, text, source):
    events = [e for e in nlp(text)._.cg_events if e.source_actor == source and e.type == "ASSAULT"]
    assert events and max(e.confidence for e in events) >= 0.5, [(e.type, e.source_text, e.confidence)
                                                                  for e in nlp(text)._.cg_events]


def test_the_speakers_relation_is_someone_else(nlp):
    from cablegram.nlp.event_confidence import _speakers_own

    doc = nlp("Ankara said its allies struck a depot.")
    allies = next(t for t in doc if t.lower_ == "allies")
    drones = next(t for t in nlp("Ankara said its drones struck a depot.") if t.lower_ == "drones")
    assert not _speakers_own(allies) and _speakers_own(drones)


def test_a_clause_read_as_a_noun_phrase_keeps_its_subject(nlp):
    text = "North Korea test-fired three cruise missiles toward the Yellow Sea on Monday, Seoul said."
    doc = nlp(text)
    fired = next(t for t in doc if t.lower_ == "fired")
    events = [e for e in doc._.cg_events if e.trigger == "fired"]
    if fired.dep_ == "amod":  # the misparse this test is about
        assert events and events[0].source_actor == "PRK" and events[0].confidence >= 0.5
    else:
        pytest.skip(f"the parser read 'fired' as {fired.dep_}; the misparse is not produced on this sentence")


@pytest.mark.parametrize("text, maker", [
    ("Kyiv said its forces shot down an Iranian-made drone over Odesa.", "IRN"),
    ("Polish border guards seized Russian-built rifles from a truck.", "RUS"),
])
def test_the_maker_of_the_thing_acted_on_is_no_confident_target(nlp, text, maker):
    from cablegram.nlp.events import is_confident

    assert not [e for e in nlp(text)._.cg_events if e.target_actor == maker and is_confident(e)]


@pytest.mark.parametrize("text, etype, source, target", [
    ("Ostrava's mayor warned he would answer any raids planned by Polish border guards.", "THREATEN", None, "POL"),
    ("Finland condemned the incursions carried out by Russian aircraft.", "ACCUSE", "FIN", "RUS"),
])
def test_a_thing_done_by_a_named_actor_targets_its_doer(nlp, text, etype, source, target):
    events = [e for e in nlp(text)._.cg_events if e.type == etype]
    assert events and any(e.target_actor == target for e in events), [(e.source_text, e.target_text) for e in events]
    if source:
        assert all(e.source_actor == source for e in events)


def test_a_thing_of_the_sources_own_doing_keeps_its_words(nlp):
    from cablegram.nlp.event_actors import doer_of_thing

    doc = nlp("Finland praised the exercises held by Finnish troops.")
    fin = next(doc[t.i:t.i + 1] for t in doc if t.text == "Finnish")
    exercises = next(doc[t.i:t.i + 1] for t in doc if t.text == "exercises")
    source = (doc[0:1], "FIN")
    assert doer_of_thing([(source, (exercises, None))], [(fin, "FIN")]) == [(source, (exercises, None))]


def test_declining_to_comment_is_no_refusal(nlp):
    for text in ("The Polish foreign ministry declined to comment on the leaked memo.",
                 "Ankara refused to elaborate on the talks with Baku."):
        assert not [e for e in nlp(text)._.cg_events if e.type == "REJECT" and e.trigger in ("declined", "refused")]
    events = nlp("Ankara refused to sign the accord with Baku.")._.cg_events
    assert any(e.type == "REJECT" for e in events)


def test_the_place_where_people_are_met_is_no_target(nlp):
    events = [e for e in nlp("The rebels refused to meet the church's envoys in the capital.")._.cg_events
              if e.type == "REJECT"]
    assert events and all("capital" not in (e.target_text or "") for e in events)
    assert any("envoys" in (e.target_text or "") for e in events)


def test_a_stretch_of_time_is_no_target(nlp):
    from cablegram.nlp.event_direction import of_a_time

    doc = nlp("The governor lifted the ban on rallies after three weeks of calm.")

    class Cand:
        def __init__(self, span):
            self.span, self.root, self.actor_id = span, span.root, None

    calm = next(doc[t.i:t.i + 1] for t in doc if t.text == "calm")
    rallies = next(doc[t.i:t.i + 1] for t in doc if t.text == "rallies")
    assert of_a_time(Cand(calm)) and not of_a_time(Cand(rallies))
    assert all(e.target_text != "calm" for e in doc._.cg_events)


def test_the_place_a_demanded_withdrawal_leaves_is_no_target(nlp):
    text = "The Nordic council demanded the swift withdrawal of mercenaries from Mali."
    events = [e for e in nlp(text)._.cg_events if e.type == "REQUEST"]
    assert events and all(e.target_actor != "MLI" for e in events), [(e.source_text, e.target_text) for e in events]
    assert any("mercenaries" in (e.target_text or "") for e in events)


def test_a_noun_act_asked_for_is_the_request_not_the_act(nlp):
    text = "The African Union called on both militias to respect the truce and reopen the roads."
    events = nlp(text)._.cg_events
    assert any(e.type == "REQUEST" and e.trigger == "called" for e in events), [(e.type, e.trigger) for e in events]
    assert not [e for e in events if e.trigger == "truce"]
