"""Commitments: a tracker coder's notes read as the coders mean them (issue 13, analyst's kinds on Kiel rows).

Kinds: a figure the coder excludes or books on another row ("(NLM3)", "reported in KSH4", "we do not include
them", "is not included in the dataset") is not this row's; a cited source ("According to Source of Aid 2",
"the official WB list") is provenance, neither a hedge nor a party; the parts of a stated total are its
breakdown; a fund "for providing" something is pledged; the coder's bookkeeping ("we report this aid as having
been pledged") is no commitment. Notes are written for these tests about fictional states (Norland, Kestria,
Ostravia) from the small actor file of ``test_commitments_fresh_kinds``."""

from __future__ import annotations

from test_commitments_fresh_kinds import knlp  # noqa: F401  (fictional states next to the shipped knowledge base)

from cablegram.nlp.amounts import find_amounts
from cablegram.nlp.commitment_breakdown import without_breakdown
from cablegram.nlp.commitment_citations import citation_ranges, cites_source
from cablegram.nlp.commitment_lexicon import commitment_lexicon


def counted(nlp, text: str) -> list:
    rows = list(nlp(text)._.cg_commitments)
    return [c for c in rows if c.amount is not None and not c.is_reference and c.status != "cancelled"]


# -- figures booked elsewhere or left out ----------------------------------------------------------------------
def test_a_figure_pointing_at_another_row_is_not_booked_on_this_one(knlp):
    rows = list(knlp("Norland pledged to send armoured trucks to Ostravia, in addition to the 40 million EUR "
                     "offered in May (NLM3).")._.cg_commitments)
    assert [(c.donor, c.amount) for c in rows] == [("XNL", None)]


def test_figures_reported_in_other_rows_give_no_value(knlp):
    got = counted(knlp, "Winter clothing and blankets for Ostravian families. The source names 12 million USD in "
                        "blankets, reported in KSH4, and 3 million USD reported in KSH5.")
    assert got == []


def test_a_pronoun_note_excludes_the_figures_of_the_sentence_before(knlp):
    got = counted(knlp, "Norland delivered generators to Ostravia. However, we could not trace the purpose of the "
                        "earlier 70 million EUR that Norland disbursed. Hence, we do not include them.")
    assert all(c.amount != 70e6 for c in got), got


def test_a_passive_note_excludes_its_figure(knlp):
    got = counted(knlp, "Medical kits and fuel for Ostravia. The 2 million EUR given to a private charity and "
                        "described in the second source is not included in the dataset because it is not a "
                        "state-to-state flow.")
    assert got == []


def test_a_figure_of_its_own_beside_a_pointer_still_counts(knlp):
    got = counted(knlp, "Kestria sent 8 million EUR in fuel to Ostravia; the earlier fuel shipment is reported in "
                        "KSH2.")
    assert [(c.donor, c.amount) for c in got] == [("XKS", 8e6)]


# -- a cited source ---------------------------------------------------------------------------------------------
def test_a_cited_source_is_no_hedge(knlp):
    [c] = list(knlp("According to Source of Aid 2, Norland has approved the delivery of 30 armoured trucks to "
                    "Ostravia.")._.cg_commitments)
    assert (c.donor, c.status) == ("XNL", "allocated"), c
    assert c.claimant is None


def test_the_body_whose_list_is_cited_is_no_donor(knlp):
    [c] = counted(knlp, "According to the official WB list, Kestria committed a guarantee of 15 million USD for "
                        "Ostravia's budget.")
    assert (c.donor, c.status) == ("XKS", "pledged"), c


def test_citation_words():
    docs = commitment_lexicon().source_documents
    assert cites_source('"Source of Aid 1" section 7', docs) and cites_source("the official EIB website", docs)
    assert not cites_source("the Prime Minister", docs) and not cites_source("a senior official", docs)
    text = 'Following "Source of Aid 3", Norland sent tents (see Source of aid 4).'
    assert [text[a:b] for a, b in citation_ranges(text, docs)] == ['Following "Source of Aid 3"',
                                                                   "(see Source of aid 4"]


# -- a total and its parts --------------------------------------------------------------------------------------
def test_the_parts_of_a_total_are_its_breakdown(knlp):
    got = counted(knlp, "Norland's fund for Ostravia amounts to a total of €900 million (€300 million in 2024, "
                        "€600 million in 2025), according to the budget law.")
    assert [c.amount for c in got] == [900e6], got


def test_figures_adding_up_to_more_than_the_first_are_no_breakdown():
    text = "EUR 90 million (EUR 70 million for tanks, EUR 60 million for trucks)"
    kept, parts = without_breakdown(text, find_amounts(text), [])
    assert [a.value for a in kept] == [90e6, 70e6, 60e6] and parts == []
    text = "EUR 90 million in all: EUR 60 million for fuel and EUR 30 million for generators"
    kept, parts = without_breakdown(text, find_amounts(text), [])
    assert [a.value for a in kept] == [90e6] and len(parts) == 2


# -- status and the coder's bookkeeping --------------------------------------------------------------------------
def test_a_fund_for_providing_is_pledged(knlp):
    [c] = counted(knlp, "Kestria set up a 5 million EUR fund for providing radiation detectors to Ostravia.")
    assert c.status != "delivered", c


def test_the_coders_bookkeeping_is_no_commitment(knlp):
    rows = list(knlp("Kestria sent 20 million EUR in fuel to Ostravia. As no earlier announcement can be found, "
                     "we report this aid as having been pledged in March.")._.cg_commitments)
    assert [(c.donor, c.amount, c.sentence_index) for c in rows] == [("XKS", 20e6, 0)], rows


def test_earlier_parts_of_a_package_value_are_not_booked_again(knlp):
    rows = list(knlp("On May 3, the Prime Minister announced additional military aid for 60 million EUR. This means "
                     "that Norland had previously provided military aid worth 40 million EUR. Norland has now "
                     "approved the delivery of the package of 100 million EUR to Ostravia.")._.cg_commitments)
    booked = [c.amount for c in rows if c.amount is not None]
    assert 100e6 in booked and 40e6 not in booked and 60e6 not in booked, rows
