"""Commitments: kinds of fault met on the seventeenth set's dev part (written for the project on 2 Dec 2026), each
fixed in general and tested on sentences written for these tests: "handed $N in aid to X" (the support named between
the verb and "to"); lawmakers or ministers named by their state's nationality word give for that state; units named
for relief ("water-purification units") are equipment, not forces sent; a force's craft carrying relief take the
cargo's kind."""

from __future__ import annotations


def rows(nlp, text: str) -> list:
    return list(nlp(text)._.cg_commitments)


def test_handed_money_in_aid_to_a_state_is_delivered(nlp):
    [c] = rows(nlp, "Seoul handed flood aid worth $2 million to Laos on Monday.")
    assert (c.donor, c.recipient, c.status) == ("KOR", "LAO", "delivered"), c


def test_lawmakers_named_by_nationality_give_for_their_state(nlp):
    [c] = rows(nlp, "Ukraine will get 90 million euros of defence aid after Finnish MPs voted for it on Tuesday.")
    assert (c.donor, c.recipient) == ("FIN", "UKR"), c


def test_a_parliament_unnamed_gives_for_no_state(nlp):
    [c] = rows(nlp, "Parliament backed 90 million euros of defence aid for Ukraine.")
    assert c.donor is None, c


def test_relief_units_are_equipment_not_forces(nlp):
    from cablegram.nlp.commitment_lexicon import commitment_lexicon
    from cablegram.nlp.commitments import _relief_units

    lex = commitment_lexicon()
    doc = nlp("Bosnia will receive Austrian water-purification units; Vienna is also sending two army units.")
    relief, army = [t for t in doc if t.lower_ == "units"]
    assert _relief_units(relief, lex) and not _relief_units(army, lex)


def test_combat_units_sent_stay_a_deployment(nlp):
    assert rows(nlp, "Russia will send two combat units to the border.") == []


def test_navy_ships_carrying_relief_take_the_cargos_kind(nlp):
    [c] = rows(nlp, "Two Indonesian navy ships carrying rice and medicine reached Timor-Leste on Sunday.")
    assert c.category == "humanitarian", c


def test_a_purchase_in_a_clause_of_time_leaves_the_act_support(nlp):
    [c] = rows(nlp, "Ireland will give Moldova an air-defence radar once the replacement it ordered for its own army is "
                    "in service.")
    assert (c.donor, c.recipient, c.subcategory, c.status) == ("IRL", "MDA", "air_defence", "conditional"), c


def test_a_purchase_for_the_own_army_stays_no_support(nlp):
    assert rows(nlp, "Ireland will buy batteries for its own army once the budget passes.") == []


def test_a_second_verb_shares_the_first_verbs_will(nlp):
    got = rows(nlp, "Canada will finance Jordan's new desalination plant with a $200 million loan and give $15 million "
                    "to its clinics.")
    assert sorted((c.amount, c.status) for c in got) == [(1.5e7, "pledged"), (2e8, "pledged")], got
    got = rows(nlp, "Canada lent Jordan $200 million and gave $15 million to Lebanon.")
    assert all(c.status == "delivered" for c in got) and len(got) == 2, got
