"""Titles and appositions (issue 16): a name in apposition to a title wins over the office's holder, an
undated document resolves a title to the office's state or body (never today's holder), "the leader of
the Syrian Kurds" is not Syria's leader, a longer group name is another group, and the backer of a
government is not that government. Own sentences; office-holders are public facts, others fictional."""

import pytest

from actor_pipeline import actors_pipeline, run_dated


@pytest.fixture(scope="module")
def actors_nlp():
    return actors_pipeline()


def ids(doc):
    return [m.actor_id for m in doc._.cg_mentions]


def people(doc):
    return {m.actor_id for m in doc._.cg_mentions if m.actor_id.startswith("PER.")}


def test_a_name_in_apposition_to_a_title_wins(actors_nlp):
    doc = run_dated(actors_nlp, "Rebels fought both the president, Bashar al-Assad, and the militants.", "2019-02-20")
    assert people(doc) == {"PER.SYR.bashar-al-assad"}
    assert "PER.USA.donald-trump" not in ids(doc)


def test_a_named_person_is_never_the_holder_of_a_role_in_apposition(actors_nlp):
    text = "Orhan Delibas, an SDF leader, said dozens of fighters had surrendered."
    doc = run_dated(actors_nlp, text, "2019-03-01")
    assert not people(doc), people(doc)
    title = [m for m in doc._.cg_mentions if "leader" in m.text]
    assert title and {m.actor_id for m in title} == {m.actor_id for m in doc._.cg_mentions if m.text == "Orhan Delibas"}


def test_an_undated_title_resolves_to_the_office_state_not_todays_holder(actors_nlp):
    doc = run_dated(actors_nlp, "The Prime Minister of France announced a shipment of trucks.", None)
    assert not people(doc), people(doc)
    assert "FRA" in ids(doc)


def test_an_undated_title_of_an_organisation_is_that_organisation(actors_nlp):
    doc = run_dated(actors_nlp, "UN chief withdrew peacekeepers from the region as the killing started.", None)
    assert not people(doc), people(doc)
    assert "IGO.UN" in ids(doc)


def test_a_dated_title_still_resolves_to_its_holder(actors_nlp):
    doc = run_dated(actors_nlp, "The Prime Minister of France announced a shipment of trucks.", "2019-02-20")
    assert people(doc) == {"PER.FRA.edouard-philippe"}


def test_the_leader_of_a_people_is_not_the_state_leader(actors_nlp):
    doc = run_dated(actors_nlp, "The leader of the Syrian Kurds has called for an observer force.", "2019-02-20")
    assert "PER.SYR.bashar-al-assad" not in ids(doc)


def test_a_longer_group_name_is_another_group(actors_nlp):
    doc = run_dated(actors_nlp, "The pro-Iran Hizbullah Brigades warned of attacks on the base.", "2019-02-20")
    assert "GRP.hezbollah" not in ids(doc)
    assert not [a.id for a in doc._.cg_new_actors if "iran" in a.id], [a.id for a in doc._.cg_new_actors]


def test_the_backer_of_a_government_is_not_the_government(actors_nlp):
    doc = run_dated(actors_nlp, "The UN-backed government has suspended the military talks.", "2019-02-20")
    assert "IGO.UN" not in ids(doc)
    doc = run_dated(actors_nlp, "The UN-brokered talks resumed in Geneva.", "2019-02-20")
    assert "IGO.UN" in ids(doc)
