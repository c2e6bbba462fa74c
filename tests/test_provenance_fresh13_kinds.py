"""Kinds of error found on the development part of the fresh13 set (written by an analyst who never saw the code,
after the fixes fresh12 prompted), each on sentences of our own (invented officials, countries and bodies): the
faithful rewrite must not count as a change and the real change of the same shape still must."""

from __future__ import annotations

from cablegram.provenance.align import not_from_readout
from cablegram.provenance.differences import find_changes, invented_quote
from cablegram.provenance.expressions import expressions


def _kinds(sentence: str, evidence: str) -> list[str]:
    return sorted(c.kind for c in find_changes(sentence, [evidence], context=evidence)
                  if c.kind not in ("hedging", "new figure"))


def test_an_amount_told_in_one_hyphenated_word_is_the_same_amount():
    assert [e.key for e in expressions("a 300-million-euro fund")[2]] == [(300000000.0, "money")]
    assert [e.key for e in expressions("a 5-billion-dollar loan")[2]] == [(5000000000.0, "money")]
    assert [e.key for e in expressions("up 5%")[2]] == [(5.0, "%")]
    evidence = "Both ministries will create a common facility of 300 million euros to repair bridges."
    assert _kinds("Both ministries will create a 300-million-euro facility to repair bridges.", evidence) == []
    assert _kinds("Both ministries will create a 400-million-euro facility to repair bridges.", evidence) == ["number"]


def test_a_fund_agreed_to_be_established_told_as_set_up_is_planned_told_as_done():
    evidence = "Both governments agreed to create a shared facility of 300 million euros for repairing river bridges."
    assert _kinds("Osmia and Tavia have created a shared facility of 300 million euros for repairing river bridges.",
                  evidence) == ["modality"]
    assert _kinds("Both governments agreed to set up a shared facility of 300 million euros for repairing river "
                  "bridges.", evidence) == []


def test_a_decision_to_allocate_told_as_transferred_raises_the_stage():
    evidence = "The President thanked the Prime Minister for Tavia's decision to allocate 20 million euros for new clinics."
    assert _kinds("Tavia has transferred 20 million euros for new clinics.", evidence) == ["modality"]
    assert _kinds("Tavia has decided to allocate 20 million euros for new clinics.", evidence) == []


def test_a_quote_of_an_official_the_source_names_later_is_put_in_that_official_s_mouth():
    source = ["The agency is scaling up its response in Osmia's Lenn province, where floods displaced 20,000 people.",
              "It has delivered 3,000 tents.",
              "Ana Vollberg, the agency's Representative in Osmia, visited evacuation centres in Dorn on Monday."]
    assert invented_quote("“I have never seen water this high,” Volberg said.", source) is not None
    # a speaker the source never names: someone else's words
    assert invented_quote("“I have never seen water this high,” Marta Rusk said.", source) is None


def test_what_a_principal_called_something_the_source_speaks_of_is_a_quote_in_their_mouth():
    source = ["President Ola Brek of Osmia and President Ivo Lind of Tavia met in Harl.",
              "Both governments agreed to create a shared facility of 300 million euros for repairing river bridges."]
    assert invented_quote("Brek called the bridge facility “a fresh start for both our peoples”.", source) is not None
    # what the frame names is not the source's: more than a bare frame
    assert invented_quote("Brek called the opposition “a gang of traitors”.", source) is None


def test_a_blogger_or_commentator_is_never_the_readout():
    evidence = "Border units repelled an attack near Orsk."
    assert not_from_readout("A defence blogger close to the army wrote that the Orsk attack involved two companies.",
                            evidence, False)
    assert not_from_readout("Commentators said the attack near Orsk was a feint.", evidence, False)
    assert not not_from_readout("Border units repelled an attack near Orsk, the ministry said.", evidence, False)


# A kind fresh13's final part showed when it was scored once at the end (fixed after that score, so its final part is
# no longer untouched), on sentences of our own.

def test_a_wire_dateline_is_no_date_of_what_the_sentence_reports():
    evidence = "Foreign Minister Ola Brek spoke by phone today with Foreign Minister of Tavia Ivo Lind."
    changes = find_changes("HARL, May 15 (Osmia Wire) - Osmian Foreign Minister Ola Brek and his Tavian counterpart Ivo "
                           "Lind spoke by phone on Thursday.", [evidence], context=evidence, article_date="2026-05-15",
                           evidence_dates=["2026-05-14"])
    assert changes == []  # nor is the month of the dateline read as the modal "may"
    # a date the sentence itself reports is still compared
    changes = find_changes("HARL, May 15 (Osmia Wire) - Ola Brek and Ivo Lind spoke by phone on May 12.", [evidence],
                           context=evidence, article_date="2026-05-15", evidence_dates=["2026-05-14"])
    assert [c.kind for c in changes] == ["date"]
