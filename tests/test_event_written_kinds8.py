"""Event kinds of the sixth written set's misses (issue 12, ``benchmarks/eval_events_written.py --set fresh6``),
fixed in general on sentences of our own, in other words and structures than the set's: warplanes or warships sent
towards or near a place are a show of force (MOBILIZE), not aid; weapons moved into a place give a MOBILIZE even
with no cue word; a place inside another place's phrase on the act is no target.
"""

from __future__ import annotations

import pytest

from cablegram.kb.fold import state_in_id


def events_of(nlp, text: str) -> list:
    doc = nlp.make_doc(text)
    doc._.cg_date = "2026-12-02"
    doc._.cg_doc_id = "doc_written_kinds8"
    return list(nlp(doc)._.cg_events)


def on(events, trigger: str) -> list:
    return [e for e in events if e.trigger == trigger]


@pytest.mark.parametrize("text, trigger, source, target", [
    ("China's navy sailed two frigates toward the Philippines on Sunday.", "sailed", "CHN", "PHL"),
    ("North Korea dispatched fighter jets towards the South Korean border on Sunday.", "dispatched", "PRK", "KOR"),
])
def test_craft_sent_towards_a_place_show_force(nlp, text, trigger, source, target):
    events = on(events_of(nlp, text), trigger)
    assert [(e.type, state_in_id(e.source_actor), state_in_id(e.target_actor)) for e in events] == [
        ("MOBILIZE", source, target)]


def test_craft_flown_near_a_coast_give_a_show_of_force(nlp):
    """No cue word: the parser hangs "near" on the bombers, not on the verb."""
    events = on(events_of(nlp, "Moscow flew a dozen bombers near the Latvian coast on Friday."), "flew")
    assert [e.type for e in events] == ["MOBILIZE"]


@pytest.mark.parametrize("text, trigger", [
    ("Germany sent six fighter jets to Poland to patrol its airspace.", "sent"),  # sent to someone: no approach
    ("Norway sent two aircraft carrying medical supplies towards the island.", "sent"),  # craft carrying aid
])
def test_craft_sent_to_someone_or_carrying_aid_are_no_show_of_force(nlp, text, trigger):
    assert not any(e.type == "MOBILIZE" for e in on(events_of(nlp, text), trigger))


@pytest.mark.parametrize("text", [
    "Over the weekend Belarus moved Iskander launchers into forests along the Polish frontier.",
    "Belarus moved more rocket systems into the Brest area overnight.",
])
def test_weapons_moved_into_a_place_are_a_show_of_force_without_a_cue(nlp, text):
    events = on(events_of(nlp, text), "moved")
    assert [(e.type, e.source_actor, e.target_actor) for e in events] == [("MOBILIZE", "BLR", None)]


@pytest.mark.parametrize("text, trigger", [
    ("Troops opened fire on protesters at the palace in Khartoum.", "opened"),
    ("Guards fired tear gas at marchers outside the embassy in Paris.", "fired"),
    ("Two militias traded fire for hours around a fuel depot some 20 km south of Misrata.", "traded"),
])
def test_a_place_inside_another_places_phrase_is_no_target(nlp, text, trigger):
    events = on(events_of(nlp, text), trigger)
    assert events and all(e.target_actor is None for e in events)


@pytest.mark.parametrize("text, trigger, target", [
    # the place of a thing acted on stays the target (plv and the written sets code it so)
    ("Rebel units captured two villages west of Benghazi on Monday.", "captured", "LBY"),
    ("Russian guns kept shelling the outskirts of Kherson while the talks went on.", "shelling", "UKR"),
])
def test_the_place_of_a_thing_acted_on_stays_the_target(nlp, text, trigger, target):
    events = on(events_of(nlp, text), trigger)
    assert [state_in_id(e.target_actor) for e in events] == [target]


@pytest.mark.parametrize("text", [
    "Lima declared a 60-day state of emergency on the mining corridor.",
    "The military government declared a state of siege in the border provinces.",
])
def test_a_declared_state_of_emergency_restricts(nlp, text):
    """The classifier reads a sanction into the emergency's noun; the codebook's COERCE (`martial-law`) settles it."""
    events = events_of(nlp, text)
    assert events and events[0].type == "COERCE"


@pytest.mark.parametrize("text, trigger, people", [
    ("Police detained 30 students in Dhaka on Monday.", "detained", "30 students"),
    ("Security forces arrested eleven activists in Minsk overnight.", "arrested", "eleven activists"),
])
def test_people_seized_in_a_known_place_are_the_target(nlp, text, trigger, people):
    events = on(events_of(nlp, text), trigger)
    assert [(e.target_actor, e.target_text) for e in events] == [(None, people)]


def test_people_killed_in_a_known_place_keep_the_place_as_target(nlp):
    """Only acts of seizing people put the people first: plv codes a killing's known place as its target."""
    events = on(events_of(nlp, "A drone strike killed a shepherd in Somalia on Friday."), "killed")
    assert events and all(state_in_id(e.target_actor) == "SOM" for e in events)


def test_a_title_and_its_name_in_apposition_give_one_event_per_person(nlp):
    """A title and the name beside it resolve to one person: one event (one id) each, its span on the name."""
    text = "The national security adviser, John Bolton, and the secretary of state, Mike Pompeo, met Israeli officials."
    events = on(events_of(nlp, text), "met")
    assert len({e.id for e in events}) == len(events)
    assert sorted((e.source_actor, e.source_text) for e in events) == [
        ("PER.USA.john-bolton", "John Bolton"), ("PER.USA.mike-pompeo", "Mike Pompeo")]


def test_the_span_of_a_titled_target_is_on_the_name(nlp):
    events = on(events_of(nlp, "Iran's foreign minister criticised the US national security adviser, John Bolton."),
                "criticised")
    assert [(e.target_actor, e.target_text) for e in events] == [("PER.USA.john-bolton", "John Bolton")]


@pytest.mark.parametrize("text, trigger", [
    ("Yerevan says it has moved two armoured battalions closer to the frontier.", "moved"),
    ("As looting spread, Quito deployed 3,000 soldiers across Guayas province.", "deployed"),
])
def test_forces_moved_or_deployed_inside_a_state_show_force(nlp, text, trigger):
    """Armoured units, soldiers or battalions name force; a province or a border of a state is a place, not someone
    given troops (a named state stays aid: "deployed soldiers to Niger to help fight …")."""
    assert [e.type for e in on(events_of(nlp, text), trigger)] == ["MOBILIZE"]


def test_troops_deployed_to_a_named_state_stay_what_the_classifier_says(nlp):
    events = on(events_of(nlp, "Chad deployed soldiers to Niger to help fight the insurgency."), "deployed")
    assert events and all(e.type != "MOBILIZE" for e in events)


@pytest.mark.parametrize("text, trigger, sources", [
    ("Kenyan police and African Union peacekeepers arrested four smugglers in Kismayo.", "arrested",
     {"KEN", "IGO.AU"}),
    ("Iraqi forces and US troops raided an Islamic State hideout.", "raided", {"IRQ", "USA"}),
])
def test_each_attacker_named_by_a_modifier_of_a_conjoined_noun_acts(nlp, text, trigger, sources):
    assert {e.source_actor for e in on(events_of(nlp, text), trigger)} == sources


@pytest.mark.parametrize("text, trigger", [
    ("The airline sent two aircraft towards the storm-hit island to evacuate stranded tourists.", "sent"),
    ("The navy sent two frigates towards the burning tanker to rescue its crew.", "sent"),
    ("Turkey sent firefighting aircraft towards the forests near Izmir on Tuesday.", "sent"),
    ("Turkey sent water-bombers towards the wildfire near Antalya.", "sent"),
    ("Kenya deployed soldiers to the flooded region of Tana River to rescue stranded families.", "deployed"),
    ("The army moved soldiers away from the border as the talks began.", "moved"),
])
def test_civil_or_leaving_moves_are_no_show_of_force(nlp, text, trigger):
    """Rescue, evacuation or fire-fighting craft, a civil sender, or troops moved away are no MOBILIZE."""
    events = on(events_of(nlp, text), trigger)
    assert events and all(e.type != "MOBILIZE" for e in events)


def test_warships_sent_towards_a_rival_ship_stay_a_show_of_force(nlp):
    events = on(events_of(nlp, "Greece sent two frigates towards the Turkish survey ship in the Aegean."), "sent")
    assert [(e.type, e.source_actor) for e in events] == [("MOBILIZE", "GRC")]
