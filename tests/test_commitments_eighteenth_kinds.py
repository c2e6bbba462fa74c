"""Commitments: kinds of fault met on the eighteenth set's dev part and on earlier sets' final parts (written for the
project on 2 Dec 2026), each fixed in general and tested on sentences written for these tests: bombs are ammunition;
dinars are read by the state the text names; supplies that serve any user sent to a receiver's armed force are
military; a state's own body clearing money for its own forces or at home is no support, even without a support verb;
"spend … over N years on … in X's region" is spent in X; barriers along a river or a coast hold floods back (no border
works). Where a sentence of another shape than the one these kinds were met in is still missed, its test is
marked xfail (strict): the kind is not general yet."""

from __future__ import annotations

import pytest

from cablegram.nlp.amounts import find_amounts


def rows(nlp, text: str) -> list:
    return list(nlp(text)._.cg_commitments)


def test_bombs_are_ammunition(nlp):
    [c] = rows(nlp, "Canada will give Ghana 300 aerial bombs from its own stocks.")
    assert (c.donor, c.recipient, c.category, c.subcategory, c.status) == (
        "CAN", "GHA", "military", "ammunition", "pledged"), c


@pytest.mark.parametrize("text, code", [
    ("A Kuwaiti fund lent 12 million dinars to a power company in Aden.", "KWD"),
    ("Amman got 20 million Jordanian dinars.", "JOD"),
    ("The bank holds 5 billion dinars.", "IQD"),
])
def test_dinars_are_read_by_the_state_named(text, code):
    [a] = find_amounts(text)
    assert a.currency == code, a


def test_diesel_for_a_receivers_army_is_military(nlp):
    [c] = rows(nlp, "Two million litres of diesel will go from Algeria to the Tunisian army by the end of the "
                    "year.")
    assert (c.donor, c.recipient, c.category) == ("DZA", "TUN", "military"), c


def test_diesel_for_a_receivers_hospitals_stays_humanitarian(nlp):
    """A guard of the other side (humanitarian before the army kind too): the kind must not take any receiver."""
    [c] = rows(nlp, "Two million litres of diesel will go from Algeria to Tunisia's hospitals by the end of the "
                    "year.")
    assert (c.donor, c.recipient, c.category) == ("DZA", "TUN", "humanitarian"), c


def test_a_states_own_body_paying_for_its_own_forces_is_no_support(nlp):
    assert rows(nlp, "The Thai government has found 9 billion baht for new patrol boats for the Thai navy.") == []


def test_a_states_own_forces_as_a_possessive_are_no_support(nlp):
    assert rows(nlp, "Norway's parliament has approved 2 billion crowns to refit the Norwegian navy's frigates.") == []


def test_a_states_body_approving_money_for_a_place_abroad_still_gives(nlp):
    [c] = rows(nlp, "Germany's government approved 500 million euros for hospitals in Kharkiv.")
    assert (c.donor, c.recipient, c.status) == ("DEU", "UKR", "allocated"), c


def test_money_spent_over_years_at_home_is_no_support(nlp):
    """A guard (no row before the kind either): spending at home stays no support."""
    text = "Spain is to spend 40 million euros over five years on new barracks for its troops in Andalusia."
    assert rows(nlp, text) == []


@pytest.mark.parametrize("text, donor, receiver", [
    ("Hungary will provide 12 million euros to Moldova for flood barriers along the river.", "HUN", "MDA"),
    ("Latvia gave Estonia €5 million for barriers along the coast after the storm.", "LVA", "EST"),
])
def test_barriers_along_water_are_flood_defence(nlp, text, donor, receiver):
    [c] = rows(nlp, text)
    assert (c.donor, c.recipient, c.category) == (donor, receiver, "humanitarian"), c


def test_barriers_along_a_border_stay_border_works(nlp):
    assert rows(nlp, "Austria will give 3 million euros to Serbia for concrete barriers along the border.") == []
