"""Kinds of error a new writer's wording caused (found on the development part of the fresh7 set), each on
sentences of our own (invented officials, places and countries): what must not count as a change, and the real
rewrite of the same shape that still must."""

from __future__ import annotations

from cablegram.provenance.differences import find_changes
from cablegram.provenance.trace import trace
from cablegram.records import Document


def _kinds(sentence: str, evidence: str, context: str = "") -> list[str]:
    return sorted(c.kind for c in find_changes(sentence, [evidence], context=context or evidence)
                  if c.kind != "hedging")


def test_a_numbered_residence_is_a_name_not_a_negation_or_a_figure():
    source = "Chancellor Ruth Amsel received the Tarnish envoy at No 4 this morning."
    assert _kinds("The Tarnish envoy was received by Chancellor Ruth Amsel at No 4 this morning.", source) == []
    # a real negation next to it is still one
    assert _kinds("Chancellor Ruth Amsel did not receive the Tarnish envoy at No 4 this morning.", source) == ["modality"]


def test_a_visit_being_prepared_is_not_the_encounter_the_readout_reports():
    context = ("President Olaf Rimm held a telephone conversation with Premier Ada Voss of Kelda. "
               "They asked their offices to prepare a visit by Premier Voss to Harnby.")
    evidence = "They asked their offices to prepare a visit by Premier Voss to Harnby."
    assert _kinds("The two leaders want their offices to prepare a visit by Voss to Harnby.", evidence, context) == []
    # the call itself reported as a visit is still an event_type change
    assert _kinds("President Olaf Rimm visited Premier Ada Voss in Kelda.",
                  "President Olaf Rimm held a telephone conversation with Premier Ada Voss of Kelda.", context) == ["event_type"]


def test_countries_for_their_signatories_are_no_actor_swap_but_a_swapped_country_is():
    source = "Ambassador Ivo Lenk and Osmia's trade minister, Pia Raud, signed a memorandum on rail freight."
    assert _kinds("Ruland and Osmia signed a memorandum on rail freight.", source) == []
    deal = "Under the memorandum, Ruland will fund a survey of the border rail line."
    assert _kinds("Osmia will fund a survey of the border rail line.", deal) == ["actor"]
    assert _kinds("Ruland will fund a survey of the border rail line.", deal) == []


def test_a_modal_in_a_source_clause_the_sentence_leaves_out_is_no_change_of_certainty():
    source = "The export ban will stay in force until 30 June 2027 and may be prolonged."
    assert _kinds("The export ban stays in force until 30 June 2027.", source) == []
    assert _kinds("The export ban will be prolonged.", "The export ban may be prolonged.") == ["modality"]


def test_an_open_ended_condition_replaced_by_a_counted_period_is_a_duration_change():
    source = "The envoy said the bloc would keep its monitors in place for as long as the fighting continues."
    assert _kinds("The envoy said the bloc would keep its monitors in place for three more years.", source) == ["duration"]
    assert _kinds("The envoy said the bloc would keep its monitors there as long as the fighting continues.", source) == []


def test_a_manner_phrase_with_without_is_no_negation():
    source = "We call on Ostmark to withdraw its forces from the river delta immediately and unconditionally."
    assert _kinds("They urged Ostmark to pull its forces out of the river delta without preconditions.", source) == []
    assert _kinds("The talks ended without an agreement on the river delta.",
                  "The talks ended with an agreement on the river delta.") == ["modality"]


def test_a_changed_duration_is_traced_as_altered_not_added(minilm):
    readout = ("High Commissioner Mira Solt met the defence ministers of the Varn Pact in Orlen today. "
               "Mira Solt said the Pact would keep up its support for the coastal states for as long as the blockade continues.")
    article = ("The Pact's foreign policy chief, Mira Solt, promised that the support would be kept up for two more years.")
    report = trace(Document(text=article), [Document(text=readout, publisher="Varn Pact Council", is_primary=True)],
                   embedder=minilm)
    [s] = report.sentences
    assert s.label == "altered" and any(d.startswith("duration") for d in s.differences)


def test_the_subject_of_a_passive_clause_is_not_its_actor():
    source = "Asked about the strike, the spokesperson said the ministry had protested and summoned the Varnish consul."
    assert _kinds("The Varnish consul was summoned to the ministry, Ilse Brand said.", source,
                  "Spokesperson Ilse Brand answered questions today. " + source) == []
    # an active clause with another doer is still a swap
    assert _kinds("Varnland protested to Ostmark about the strike.", "Ostmark protested to Varnland about the strike.") == ["actor"]


def test_a_spokesperson_named_for_the_readouts_the_spokesperson_is_no_other_actor():
    context = ("At the weekly briefing, Foreign Ministry Spokesperson Ilse Brand took questions. "
               "The spokesperson said Ostmark was willing to talk about the ferry schedule.")
    evidence = "The spokesperson said Ostmark was willing to talk about the ferry schedule."
    assert "actor" not in _kinds("Brand said Ostmark was willing to talk about the ferry schedule.", evidence, context)


def test_a_negation_in_a_source_clause_the_sentence_leaves_out_is_no_change():
    source = "Ostmark was willing to talk about the ferry schedule but had not yet received any proposal."
    assert _kinds("Ostmark was willing to talk about the ferry schedule.", source) == []
    assert _kinds("Ostmark had received a proposal.", "Ostmark had not received a proposal.") == ["modality"]
