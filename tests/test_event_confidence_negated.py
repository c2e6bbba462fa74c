"""The confident view and negated acts (issue 12): a negated or denied act with a clear act cue and both actors
resolved is shown, marked ``negated`` (never as a fact); the negation itself adds no doubt, and a doubt that hides
such an act (a place read as the target) hides the same act stated as done. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _act(doc, etype):
    return [e for e in doc._.cg_events if e.type == etype and e.modality == "negated"]


@pytest.mark.parametrize("text, source, target", [
    ("Colombian troops did not attack Venezuelan border guards, the ministry said.", "COL", "VEN"),
    ("No Egyptian warplane bombed Libyan militia bases, Cairo said.", "EGY", "LBY"),
    ("Somali border posts were not shelled by Kenyan troops, Nairobi's foreign ministry insisted.", "KEN", "SOM"),
    ("The Turkish defence ministry said its jets had not struck Kurdish towns in Syria.", "TUR", "SYR"),
])
def test_a_negated_act_with_both_actors_is_shown_negated(nlp, text, source, target):
    from cablegram.nlp.events import is_confident

    doc = nlp(text)
    acts = _act(doc, "ASSAULT")
    assert any(is_confident(e) and e.source_actor == source and e.target_actor == target for e in acts), acts
    # never shown as a fact
    assert not any(e.type == "ASSAULT" and e.modality == "occurred" for e in doc._.cg_events)


@pytest.mark.parametrize("text, trigger", [
    ("Colombian troops did not attack Venezuelan border guards, the ministry said.", "attack"),
    ("Turkish drones did not strike a power station in the Hasakah province, Kurdish officials said.", "strike"),
    ("Rwandan troops were not fighting near the Ugandan border posts, the report said.", "fighting"),
])
def test_the_negation_adds_no_doubt(nlp, text, trigger):
    """The doubts of a negated act on a verb are those of the same act read as occurred."""
    from cablegram.nlp.event_actors import actor_spans
    from cablegram.nlp.event_confidence import event_doubts

    doc = nlp(text)
    trig = next(t for t in doc if t.text == trigger)
    spans = [(s, a) for s, a in actor_spans(doc)]
    src = next(p for p in spans if p[0].end <= trig.i)
    tgt = next(p for p in spans if p[0].start > trig.i)
    assert event_doubts(trig, src, tgt, True, "ASSAULT", "negated") \
        == event_doubts(trig, src, tgt, True, "ASSAULT", "occurred")


def test_a_place_target_hides_the_negated_and_the_occurred_act_alike(nlp):
    """A strike on a site in a region with no state named: the state read off the place is doubted (a region may be
    held by others), whether the strike is told as done or denied."""
    from cablegram.nlp.events import is_confident

    done = nlp("Turkish drones struck a power station in the Hasakah province, Kurdish officials said.")
    denied = nlp("Turkish drones did not strike a power station in the Hasakah province, Kurdish officials said.")
    for doc, modality in ((done, "occurred"), (denied, "negated")):
        acts = [e for e in doc._.cg_events if e.type == "ASSAULT" and e.modality == modality]
        assert acts and not any(is_confident(e) for e in acts), acts
