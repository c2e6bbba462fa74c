"""Kinds of error found on the development part of the fresh23 set (written by an analyst who never saw the code,
2 December 2026, round B), each on sentences of our own (invented people, places and bodies): the real change of the
kind must be found and the faithful rewrite must not count as one."""

from __future__ import annotations

import pytest

from cablegram.provenance.align import AlignParams, _label
from cablegram.provenance.differences import Change, find_changes, name_in
from cablegram.provenance.trace import other_body_credit
from cablegram.records import Document


def _kinds(sentence: str, evidence: list[str] | str, context: str | None = None) -> list[str]:
    evidence = [evidence] if isinstance(evidence, str) else evidence
    return sorted(c.kind for c in find_changes(sentence, evidence, context=context or " ".join(evidence))
                  if c.kind not in ("hedging", "new figure"))


# A body credited by the country's demonym is the source's own body.
_SOURCE = Document(text="Minister of Transport Oriel Vance met the rail union today. They discussed night trains.",
                   publisher="Ministry of Transport of Talvonia", is_primary=True)


def test_the_sources_body_named_by_its_demonym_is_no_other_body():
    told = "Vance met the rail union to discuss night trains, according to the Talvonian transport ministry."
    assert other_body_credit(told, [_SOURCE]) is None


def test_a_body_the_source_never_names_is_another_body():
    told = "Night trains lose money, according to the Talvonian audit office."
    assert other_body_credit(told, [_SOURCE]) is not None


# A given name of two syllables joined in one source and hyphenated in the other is one name.
def test_a_hyphenated_given_name_is_the_sources_joined_one():
    assert name_in("Wang Mei-lan", "Vice Minister Wang Meilan of the Senhai Republic")
    assert not name_in("Wang Mei-lan", "Vice Minister Chen Boming of the Senhai Republic")


# A cue in a clause of the article's own, credited to others, is new material, not a stronger verb.
def test_a_cue_in_a_new_relative_clause_is_no_strength_change():
    src = "The food bank said it can feed only half of the families on its list."
    told = ("The food bank can feed only half of the families on its list, a gap which volunteers blame on the closure "
            "of the mill.")
    assert _kinds(told, src) == []


def test_a_cue_of_the_main_clause_is_still_a_strength_change():
    # a regression guard (the same at the fix's parent)
    src = "The food bank said it can feed only half of the families on its list."
    assert _kinds("The food bank condemned the shortfall of food for half of the families on its list.", src) == ["strength"]


# A participle before its noun ("the recently approved timetable") tells no act.
def test_a_participle_describing_a_thing_is_no_settled_act():
    src = "The mayor praised the new bus timetable."
    assert _kinds("The mayor praised the recently approved bus timetable.", src) == []


def test_an_act_of_adopting_the_source_does_not_state_is_settled():
    # a regression guard (the same at the fix's parent)
    src = "The mayor praised the draft bus timetable."
    assert _kinds("The council approved the bus timetable, the mayor said.", src) == ["modality"]


# A participle before its noun in the source ("oil from the damaged barges") does no act; common-noun subjects that
# share their noun are one thing.
_TOW = ["Coastguard crews towed 12 of the 15 drifting barges to the harbour overnight.",
        "Oil from the damaged barges fouled a beach near Skarn; no birds were found dead."]


def test_a_subject_of_the_towing_is_not_read_from_the_oil_sentence():
    # a regression guard (no own sentence found that fails at the fix's parent)
    assert "actor" not in _kinds("Twelve barges were brought into the harbour by the coastguard.", _TOW)


def test_leaking_oil_is_the_sources_oil():
    assert "actor" not in _kinds("Leaking oil fouled a beach near Skarn.", [_TOW[1]], " ".join(_TOW))


# An actor change alone makes no altered sentence when what is said is new as well.
def test_another_speaker_saying_something_new_is_an_addition():
    ev = ["Minister Ada Holm stressed that Norvik will fund the repair of the harbour walls for as long as needed."]
    text = "Berg stressed that Norvik would never accept any tolls in the strait."
    assert _label(text, ev, [Change("actor", "Berg vs Minister Ada Holm", 0, 4)], 0.55, 0.8, AlignParams()) is None


def test_another_speaker_saying_the_same_is_altered():
    ev = ["Minister Ada Holm stressed that Norvik will fund the repair of the harbour walls."]
    text = "Berg stressed that Norvik will fund the repair of the harbour walls."
    assert _label(text, ev, [Change("actor", "Berg vs Minister Ada Holm", 0, 4)], 0.55, 0.8, AlignParams()) == "altered"


# A cue word after a modal is what is to be done, not the speech act the source reports.
def test_a_demand_for_what_the_source_stressed_must_be_guaranteed_is_stronger():
    src = "The envoy stressed that every ceasefire deal must guarantee the release of prisoners."
    assert _kinds("The envoy demanded the release of prisoners in every ceasefire deal.", src) == ["strength"]


def test_stressing_it_again_is_no_change():
    src = "The envoy stressed that every ceasefire deal must guarantee the release of prisoners."
    assert _kinds("The envoy underlined that every ceasefire deal must guarantee the release of prisoners.", src) == []


def test_a_body_of_another_kind_named_by_the_demonym_is_still_another_body():
    source = Document(text="Minister Oriel Vance discussed customs checks on rail freight with the union today.",
                      publisher="Ministry of Transport of Talvonia", is_primary=True)
    told = "Lorries now queue for six days at the northern border post, according to the Talvonian customs agency."
    assert other_body_credit(told, [source]) is not None


def test_an_act_credited_to_the_other_party_stays_a_changed_actor():
    ev = ["The joint exercise was staged on the proposal of the Ostmark navy."]
    text = "Vendria wanted the naval drill, which went ahead at its urging."
    assert _label(text, ev, [Change("actor", "Vendria vs the Ostmark navy", 0, 7)], 0.58, 0.8, AlignParams()) == "altered"


def test_an_invitation_conveyed_by_another_is_still_their_act():
    src = "At the dinner, Admiral Tor Vik delivered an invitation from the Sultan of Qadir to attend the fleet review in June."
    assert _kinds("It was Commodore Hal Oster who invited the Sultan of Qadir to the June fleet review.", src,
                  "Commodore Hal Oster hosted Admiral Tor Vik at dinner. " + src) == ["actor"]
