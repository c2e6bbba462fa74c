"""Kinds of error found on the development part of the fresh12 set (written by an analyst who never saw the code),
each on sentences of our own (invented officials, countries and bodies): the faithful rewrite must not count as a
change and the real change of the same shape still must."""

from __future__ import annotations

from cablegram.provenance.differences import find_changes, invented_quote
from cablegram.provenance.trace import other_body_credit
from cablegram.records import Document


def _kinds(sentence: str, evidence: str, context: str = "") -> list[str]:
    return sorted(c.kind for c in find_changes(sentence, [evidence], context=context or evidence)
                  if c.kind not in ("hedging", "new figure"))


def test_a_visit_the_source_only_invites_to_told_as_one_that_will_happen_is_a_modality_change():
    evidence = "Prime Minister Ola Brek invited Chancellor Ivo Lind to pay an official visit to Osmia in the autumn."
    assert _kinds("Lind will pay an official visit to Osmia in the autumn, Brek said.", evidence) == ["modality"]
    assert _kinds("Lind is to visit Osmia in the autumn.", evidence) == ["modality"]
    assert _kinds("Brek invited Lind to visit Osmia in the autumn.", evidence) == []
    assert _kinds("Lind was invited to pay an official visit to Osmia in the autumn.", evidence) == []
    # an invitation the evidence says was accepted: the visit will take place
    accepted = evidence[:-1] + ", and the Chancellor accepted the invitation."
    assert _kinds("Lind will pay an official visit to Osmia in the autumn.", accepted) == []


def test_where_a_planned_meeting_is_to_be_held_does_not_make_the_call_a_meeting():
    evidence = "Minister Ola Brek of Osmia spoke by phone with the Foreign Minister of Tavia, Ivo Lind."
    context = evidence + " The ministers agreed to meet in person at the regional ministerial meeting in Harl in May."
    assert _kinds("Osmia's foreign minister Ola Brek travelled to Tavia for talks with his counterpart Ivo Lind.",
                  evidence, context) == ["event_type"]
    assert _kinds("Ola Brek spoke with his Tavian counterpart Ivo Lind by phone.", evidence, context) == []


def test_a_quote_told_to_the_press_is_the_principal_s_but_never_the_counterpart_s():
    source = ["Prime Minister Ola Brek received Chancellor Ivo Lind of Tavia in Harl.",
              "The two leaders discussed the Lenn canal."]
    quote = "“The canal will carry our trade for a century,” {} told reporters after the talks."
    assert invented_quote(quote.format("Brek"), source) is not None
    # the one the opening receives is the other side: their remarks to the press are not the readout's
    assert invented_quote(quote.format("Lind"), source) is None
    # both named as the readout's principals (a joint statement): either one's words
    joint = ["President Ola Brek of Osmia and President Ivo Lind of Tavia met in Harl.", source[1]]
    assert invented_quote(quote.format("Lind"), joint) is not None


def test_a_figure_credited_to_a_body_the_sources_never_name_is_not_the_readout():
    readout = Document(text="President Ola Brek and President Ivo Lind agreed to raise trade to 5 billion euros by 2030.",
                       publisher="Office of the President of Osmia", is_primary=True)
    assert other_body_credit("Trade stood at 2 billion euros last year, according to Osmia's statistics office.",
                             [readout]) == "Osmia's statistics office"
    # the readout's own office credited: a true credit
    assert other_body_credit("Trade will rise to 5 billion euros by 2030, according to the president's office.",
                             [readout]) is None
    assert other_body_credit("Trade will rise to 5 billion euros by 2030, according to the statement.", [readout]) is None


def test_the_counterpart_is_found_where_the_source_first_names_them():
    # a readout that opens with a line on who said it: the encounter is in its second sentence
    source = ["The following is attributable to Spokesperson Mira Kell:",
              "Minister Ola Brek spoke today with Foreign Minister Ivo Lind of Tavia.",
              "They discussed the Lenn canal."]
    assert invented_quote("“The canal will carry our trade for a century,” Lind told reporters after the call.",
                          source) is None


# Kinds that fresh12's final part showed when it was scored once (fixed after that score, so its final part is no
# longer untouched), each on sentences of our own.

def test_a_range_told_once_with_its_month_has_both_days():
    evidence = "Visa applications at Osmia's consulate in Dorn will not be accepted from 10 to 12 June."
    assert _kinds("Osmia's consulate in Dorn will take no visa applications from June 10 to June 12.", evidence) == []
    assert _kinds("Osmia's consulate in Dorn will take no visa applications from June 11 to June 12.",
                  evidence) == ["date"]


def test_an_act_working_towards_told_as_done_is_planned_told_as_done():
    evidence = "The relief office is working with local councils in Osmia to set up three field clinics."
    assert _kinds("The relief office has set up three field clinics with local councils in Osmia.",
                  evidence) == ["modality"]
    assert _kinds("The relief office is working with Osmian councils to set up three field clinics.", evidence) == []
