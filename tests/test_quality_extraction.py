"""Quality fixes across actors, claims and commitments, on fictional states and officials.

Each test stands for a class of error: state institutions as actors, ministry metonyms,
the outlet claimant kind, plural back-references as claimants, and sentences that name
support without committing to it (threats, conditions on others, discussions).
"""

from __future__ import annotations

import json

import pytest

ACTORS = [
    {"id": "NRV", "name": "Norvania", "type": "state", "country": "NRV",
     "aliases": ["Norvanian", "Norvanians", "Tarvik"], "roles": [], "source": "test fiction"},
    {"id": "OST", "name": "Ostelia", "type": "state", "country": "OST",
     "aliases": ["Ostelian", "Ostelians", "Lumen"], "roles": [], "source": "test fiction"},
    {"id": "person:lena-moravec", "name": "Lena Moravec", "type": "person", "country": "NRV", "aliases": ["Moravec"],
     "roles": [{"title": "Foreign Minister of Norvania", "role": "foreign_minister", "country": "NRV",
                "start": "2020-01-01", "end": None, "source": "test fiction"}], "source": "test fiction"},
    {"id": "person:piet-arlow", "name": "Piet Arlow", "type": "person", "country": "OST", "aliases": ["Arlow"],
     "roles": [{"title": "Prime Minister of Ostelia", "role": "head_of_government", "country": "OST",
                "start": "2020-01-01", "end": None, "source": "test fiction"}], "source": "test fiction"},
    {"id": "person:ivo-castel", "name": "Ivo Castel", "type": "person", "country": "NRV", "aliases": ["Castel"],
     "roles": [{"title": "President of Norvania", "role": "head_of_state", "country": "NRV",
                "start": "2020-01-01", "end": None, "source": "test fiction"}], "source": "test fiction"},
]


@pytest.fixture(scope="module")
def qnlp(tmp_path_factory):
    from cablegram.nlp.pipeline import build_nlp

    path = tmp_path_factory.mktemp("kb") / "fiction.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in ACTORS) + "\n", encoding="utf-8")
    return build_nlp(config={"cablegram_actors.v1": {"extra_files": [str(path)]}})


def analyse(qnlp, text, publisher=None):
    from cablegram.nlp.pipeline import doc_to_analysis, make_doc
    from cablegram.records import Document

    doc = qnlp(make_doc(qnlp, Document(text=text, id="q", publisher=publisher, published_at="2025-06-02")))
    return doc_to_analysis(doc, "q")


def mention(analysis, text):
    found = [m for m in analysis.mentions if m.text == text]
    assert found, f"no mention {text!r} in {[m.text for m in analysis.mentions]}"
    return found[0]


# ------------------------------------------------------------------------------------------ actors

@pytest.mark.parametrize("phrase", ["Government of Norvania", "Norvanian government", "Norvania's defence ministry",
                                    "Norvanian Foreign Ministry", "Norvanian armed forces", "Norvanian parliament"])
def test_bodies_of_a_state_resolve_to_the_state(qnlp, phrase):
    a = analyse(qnlp, f"On Friday the {phrase} rejected the proposal for a joint patrol on the river.")
    m = mention(a, phrase)
    assert (m.actor_id, m.method) == ("NRV", "institution")
    assert not [x for x in a.new_actors if "norvan" in x.name.lower()]


def test_ministry_metonyms_resolve_to_their_state(qnlp):
    a = analyse(qnlp, "The State Department and the Quai d'Orsay sent notes, and the Foreign Office stayed silent.")
    assert mention(a, "State Department").actor_id == "USA"
    assert mention(a, "Quai d'Orsay").actor_id == "FRA"
    assert mention(a, "Foreign Office").actor_id == "GBR"


def test_institution_word_alone_is_not_widened(qnlp):
    # "government" after the state with a verb between them belongs to no state mention.
    a = analyse(qnlp, "Ostelia said the government in exile had no mandate.")
    assert mention(a, "Ostelia").method != "institution"


# ------------------------------------------------------------------------------------------ claims

def claim(analysis, index):
    return next(c for c in analysis.claims if c.sentence_index == index)


def test_a_ministry_publishing_its_own_statement_is_an_organisation(qnlp):
    a = analyse(qnlp, "The Norvanian Foreign Ministry denied that its drones had flown over Ostelian farms.",
                publisher="Norvanian Foreign Ministry")
    c = claim(a, 0)
    assert (c.claimant_kind, c.claimant) == ("organisation", "NRV")


def test_the_outlet_is_only_the_publication(qnlp):
    a = analyse(qnlp, "The Harbour Gazette has learned that the ferry talks stalled. "
                      "Our correspondent said the port was quiet on Sunday.", publisher="The Harbour Gazette")
    assert claim(a, 0).claimant_kind == "outlet"
    assert claim(a, 1).claimant_kind == "outlet"


def test_a_definite_ministry_points_back_to_its_state(qnlp):
    a = analyse(qnlp, "The Ostelian defence ministry issued a statement. No troops moved overnight, the ministry said.")
    assert claim(a, 1).claimant == "OST"


def test_plural_back_reference_takes_the_previous_sentence_participants(qnlp):
    a = analyse(qnlp, "Foreign Minister Lena Moravec met Prime Minister Piet Arlow in Lumen. "
                      "They agreed that the ferry line must reopen.")
    c = claim(a, 1)
    assert c.claimant == "person:lena-moravec; person:piet-arlow"
    assert c.claimant_kind == "named" and c.claimant_text == "They"


def test_plural_back_reference_does_not_cross_a_paragraph(qnlp):
    a = analyse(qnlp, "Foreign Minister Lena Moravec met Prime Minister Piet Arlow in Lumen.\n\n"
                      "They agreed that the ferry line must reopen.")
    c = claim(a, 1)
    assert c.claimant is None and c.claimant_text == "They"  # unresolved: no claimant id, the pronoun kept as written


def test_claimant_is_the_head_of_a_titled_name(qnlp):
    a = analyse(qnlp, "Norvanian President Ivo Castel insisted that the dam would stay closed.")
    assert claim(a, 0).claimant == "person:ivo-castel"


# ------------------------------------------------------------------------------------------ commitments

def test_threat_with_a_condition_on_others_is_no_commitment(qnlp):
    a = analyse(qnlp, "President Ivo Castel threatened to stop grain deliveries to Ostelia if Lumen sends "
                      "rockets to the rebels.")
    assert a.commitments == []


def test_discussion_of_support_is_no_commitment(qnlp):
    a = analyse(qnlp, "Foreign Minister Lena Moravec met Prime Minister Piet Arlow. "
                      "They discussed funding for Ostelian field hospitals and the training of pilots.")
    assert a.commitments == []


def test_provide_x_with_names_the_recipient_and_the_state_donor(qnlp):
    a = analyse(qnlp, "The Government of Norvania will provide Ostelia with USD 40 million in food aid this winter.")
    [c] = a.commitments
    assert (c.donor, c.recipient, c.category, c.amount, c.currency, c.status) == \
        ("NRV", "OST", "humanitarian", 40_000_000.0, "USD", "pledged")


def test_announcing_the_package_at_home_is_a_reference_not_a_pledge_to_oneself(qnlp):
    a = analyse(qnlp, "Foreign Minister Lena Moravec presented details on Monday. "
                      "Foreign Minister Lena Moravec announced the package in Tarvik.")
    rows = [c for c in a.commitments if c.sentence_index == 1]
    for c in rows:
        assert c.recipient is None  # never the donor's own capital
        assert c.donor == "NRV"  # an office-holder acts for her state
        assert (c.reason or "").startswith("reference:")


def test_own_conditional_commitment_is_kept(qnlp):
    a = analyse(qnlp, "Norvania will send Ostelia 12 ambulances if its parliament approves the budget.")
    [c] = a.commitments
    assert (c.donor, c.recipient, c.status, c.category) == ("NRV", "OST", "conditional", "humanitarian")
