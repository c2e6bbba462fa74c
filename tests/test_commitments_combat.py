"""Commitments: an opening sentence that tells weapons used in combat is no package given. A news story's first
sentence often names a weapon without any support verb ("jets did not strike the port, the army said"); the
fallback that reads a bare package description (a tracker row's "Medical supplies.") must not turn it into a
refused or pledged row for the state whose weapons they were.

Sentences are written for these tests (the ledger check runs the real pipeline and the real SQLite store)."""

from __future__ import annotations

import pytest


def rows(nlp, text: str) -> list:
    return list(nlp(text)._.cg_commitments)


@pytest.mark.parametrize("text", [
    "Israeli jets did not strike Beirut on Tuesday, the military said.",
    "Naval drones sank a patrol boat near the port, the navy said.",
    "Its missiles struck an apartment block in Dnipro, officials said.",
    "According to the regional governor, air defence units shot down a cruise missile near the dam.",
    "Dozens of drones hit the city, the general staff said.",
    "Artillery shelled two villages near the border on Friday.",
    "Armed drones attacked a fuel depot in the south overnight.",
    "The coastal state's navy said it would escort grain ships through the channel from Monday.",
    "Frigates will patrol the shipping lane after two tankers were seized.",
])
def test_weapons_used_in_combat_are_no_commitment(nlp, text):
    assert rows(nlp, text) == [], [(r.donor, r.status, r.reason) for r in rows(nlp, text)]


@pytest.mark.parametrize("text, donor, status", [
    ("Norway pledged air defence systems to Ukraine on Monday.", "NOR", "pledged"),
    ("Canada delivered drones that can strike targets at long range to Ukraine.", "CAN", "delivered"),
    ("Spain said it had sent ammunition to Ukraine.", "ESP", "delivered"),
])
def test_support_naming_weapons_is_still_a_commitment(nlp, text, donor, status):
    got = [(r.donor, r.status) for r in rows(nlp, text)]
    assert (donor, status) in got, got


def test_a_package_description_without_a_verb_still_gives_its_row(nlp):
    """The fallback itself stays: a bare description of what was given (as a tracker row writes it)."""
    got = rows(nlp, "Anti-drone equipment and body armour.")
    assert len(got) == 1 and got[0].category == "military" and got[0].confidence < 0.5, got
