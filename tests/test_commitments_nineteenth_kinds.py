"""Commitments: kinds of fault met on the nineteenth reporter-style set's dev part (written for the project on 2 Dec
2026), each fixed in general and tested on sentences written for these tests in shapes of their own: shelter relief
items (jerrycans, tarpaulins) are relief; "X member states" give as X; vehicles named by the relief they carry ("water
trucks") are relief; a sum disbursed with no kind word is financial. Each case fails at fc1a38a and passes after the
fix. Five of the set's kinds (supplies for a receiver's army named as the object of "equip … with", what a source
adds after the attribution, a stated condition that names spending, a counted share that arrived, a budget for "the
country's own" forces) are fixed too but have no test of their own shape yet: their first tests followed set
sentences and were withdrawn, and the shapes tried since did not reach the code."""

from __future__ import annotations


def rows(nlp, text: str) -> list:
    return list(nlp(text)._.cg_commitments)


def test_jerrycans_and_tarpaulins_flown_to_a_pacific_state_are_relief(nlp):
    [c] = rows(nlp, "Australia flew jerrycans and tarpaulins to Tonga on Tuesday.")
    assert (c.donor, c.recipient, c.category, c.status) == ("AUS", "TON", "humanitarian", "delivered"), c


def test_member_states_of_a_body_give_as_the_body(nlp):
    [c] = rows(nlp, "African Union member states pledged $5 million for cholera vaccines in Malawi.")
    assert (c.donor, c.recipient, c.amount, c.status) == ("IGO.AU", "MWI", 5e6, "pledged"), c


def test_water_trucks_are_relief_not_military_vehicles(nlp):
    [c] = rows(nlp, "Italy is sending water trucks to Mozambique's flooded districts.")
    assert (c.donor, c.recipient, c.category) == ("ITA", "MOZ", "humanitarian"), c


def test_a_sum_disbursed_with_no_kind_word_is_financial(nlp):
    [c] = rows(nlp, "The Nordic bank has disbursed 50 million euros to Moldova.")
    assert (c.recipient, c.category, c.currency, c.status) == ("MDA", "financial", "EUR", "delivered"), c
