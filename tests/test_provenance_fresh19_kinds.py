"""Kinds of error found on the development part of the fresh19 set (written by an analyst who never saw the code,
2 December 2026, round A), each on sentences of our own (invented officials, countries and bodies): the faithful
rewrite must not count as a change and the real change of the same shape still must."""

from __future__ import annotations

from cablegram.provenance.align import _not_from_readout
from cablegram.provenance.differences import find_changes, invented_quote


def _kinds(sentence: str, evidence: str, context: str | None = None) -> list[str]:
    return sorted(c.kind for c in find_changes(sentence, [evidence], context=context or evidence)
                  if c.kind not in ("hedging", "new figure"))


def test_thanks_for_sending_what_the_source_only_decided_is_a_modality_change():
    evidence = "The premier thanked Osland for its decision to provide 25 water pumps and stressed the need for more cranes."
    assert _kinds("The premier thanked Osland for providing 25 water pumps.", evidence) == ["modality"]
    assert _kinds("The premier thanked Osland for delivering 25 water pumps.", evidence) == ["modality"]
    # the decision told as a decision, or thanks for a gift the source thanks for too, is no change
    assert _kinds("The premier thanked Osland for its decision to provide 25 water pumps.", evidence) == []
    assert _kinds("The premier thanked Osland for providing 25 water pumps.",
                  "The premier thanked Osland for sending 25 water pumps.") == []


def test_a_founding_agreed_to_told_in_the_simple_past_is_done():
    evidence = "The two mayors agreed to establish a joint ferry line across the bay to ease traffic."
    assert _kinds("The two mayors launched a joint ferry line across the bay to ease traffic.", evidence) == ["modality"]
    assert _kinds("The two mayors created a joint ferry line across the bay.", evidence) == ["modality"]
    assert _kinds("The two mayors agreed to create a joint ferry line across the bay.", evidence) == []


def test_the_cue_compared_is_the_one_of_the_clause_the_article_reports():
    evidence = ("The governors expressed concern about the closure of the river crossings and called on the customs "
                "agency to reopen them.")
    assert _kinds("The governors voiced concern about the closure of the river crossings.", evidence) == []
    assert _kinds("The governors called on the customs agency to reopen the river crossings.", evidence) == []
    # a firmer cue for either clause is still a change
    assert _kinds("The governors demanded that the customs agency reopen the river crossings.", evidence) == ["strength"]
    assert _kinds("The governors condemned the closure of the river crossings.", evidence) == ["strength"]


def test_a_negation_in_a_new_clause_is_no_modality_change():
    evidence = "Four missiles hit the water plant in the Sorel district, where engineers are repairing the pumps."
    assert _kinds("Four missiles hit the water plant in the Sorel district, where engineers are repairing the pumps and "
                  "where the mayor said 2,000 flats were still without water on Monday.", evidence) == []
    # the reported act negated still is
    assert _kinds("Four missiles did not hit the water plant in the Sorel district.", evidence) == ["modality"]


def test_reports_still_being_verified_told_as_confirmed_is_a_modality_change():
    evidence = "The navy is still verifying reports of damage to a fuel depot near Kerst."
    assert _kinds("The navy confirmed that a fuel depot near Kerst had been damaged.", evidence) == ["modality"]
    assert _kinds("The navy said it was verifying reports of damage to a fuel depot near Kerst.", evidence) == []
    assert _kinds("The navy confirmed it was checking reports that a fuel depot near Kerst had been damaged.", evidence) == []
    assert _kinds("The navy confirmed that a fuel depot near Kerst had been damaged.",
                  "The navy confirmed damage to a fuel depot near Kerst.") == []


def test_a_request_told_as_granted_is_a_modality_change():
    evidence = "Consular staff have requested access to the three sailors and are in touch with the shipowner."
    assert _kinds("Consular staff have been granted access to the three sailors and are in touch with the shipowner.",
                  evidence) == ["modality"]
    assert _kinds("Consular staff have asked for access to the three sailors.", evidence) == []


def test_flying_to_the_counterpart_for_a_phone_call_is_another_event():
    context = ("Minister Tova Brek received a phone call today from the Foreign Minister of Ostra, Ian Pell. "
               "They reviewed trade ties.")
    first = context.split(". ")[0]
    assert _kinds("Brek flew to Ostra on Monday for talks with Pell, the ministry said.", first, context) == ["event_type"]
    assert _kinds("Brek spoke by phone with Pell on Monday, the ministry said.", first, context) == []


def test_a_body_due_to_report_is_planned_as_the_source_says():
    evidence = ("The ministers signed a charter on river safety. They decided to form a joint task force, which will "
                "submit its first findings by March.")
    assert _kinds("The ministers signed a charter on river safety and decided to form a joint task force that is due to "
                  "submit its first findings by March.", evidence) == []
    assert _kinds("The joint task force submitted its first findings.", evidence) == ["modality"]


def test_a_quote_after_saying_what_a_thing_of_the_source_was_is_put_in_the_principals_mouth():
    source = ["Prime Ministers Anna Rook of Veldt and Jon Pike of Sarn met in Orle on 3 June.",
              "The Prime Ministers signed a charter on the protection of river dams."]
    change = invented_quote("Rook said the charter was “our answer to the floods of last spring”.", source)
    assert change is not None and change.kind == "quote"
    # the source's own words, another topic or another speaker are no such quote
    assert invented_quote("Rook said the charter was “on the protection of river dams”.", source) is None
    assert invented_quote("Rook said farmers downstream were “tired of waiting for the dams”.", source) is None
    assert invented_quote("Engineers said the charter was “our answer to the floods of last spring”.", source) is None


def test_declining_comment_as_the_source_does_reports_the_source():
    evidence = "The consulate will not comment further while the inquiry is under way."
    assert not _not_from_readout("It declined to comment further while the inquiry goes on.", evidence, False)
    assert _kinds("It declined to comment further while the inquiry goes on.", evidence) == []
    # a body the source does not speak for declining comment is still the reporter's note
    assert _not_from_readout("The harbour authority declined to comment.",
                             "The consulate has asked the harbour authority for the ship's papers.", False)
    # refusing what the source says was done is a negation
    assert _kinds("The board refused to sign the lease.", "The board signed the lease.") == ["modality"]


# Kinds of the fresh16 set's final part (scored once on 2 December 2026, development figures since), on sentences of our
# own.

def test_being_asked_to_act_is_as_firm_as_a_call_on():
    evidence = "The city council calls on drivers to avoid the old bridge until repairs are finished."
    assert _kinds("Drivers have been asked to avoid the old bridge until repairs are finished.", evidence) == []
    assert _kinds("The council asked drivers to avoid the old bridge until repairs are finished.", evidence) == []
    assert _kinds("The council demanded that drivers avoid the old bridge until repairs are finished.", evidence) == [
        "strength"]
    # asking about something is no call, and stays weaker than urging
    assert _kinds("The council asked about the repairs to the old bridge.",
                  "The council urged faster repairs to the old bridge.") == ["strength"]


def test_work_under_way_with_a_partner_told_as_done_is_a_modality_change_and_no_actor_change():
    evidence = "The Red Lantern Society is working with the Ministry of Water of Osland to repair wells in the flooded villages."
    assert _kinds("Working with the water ministry, the society has repaired the wells in the flooded villages.",
                  evidence) == ["modality"]
    assert _kinds("Working with the water ministry, the society is repairing the wells in the flooded villages.",
                  evidence) == []


def test_a_request_told_as_already_done_is_a_modality_change():
    evidence = "Consular officers have requested access to the detained sailor."
    assert _kinds("Consular officers have already visited the detained sailor.", evidence) == ["modality"]
    assert _kinds("Consular officers have already visited the detained sailor.",
                  "Consular officers have already visited the detained sailor and requested his file.") == []


def test_of_two_cues_in_the_article_the_firmer_is_compared_with_its_own_clause_of_the_source():
    evidence = ("The two mayors expressed concern about the rising river and called on the water board to open the "
                "sluices.")
    assert _kinds("Both mayors voiced concern about the rising river and urged the water board to open the sluices.",
                  evidence) == []
    assert _kinds("Both mayors voiced concern about the rising river and demanded that the water board open the "
                  "sluices.", evidence) == ["strength"]


# Kinds of the final parts of the fresh17 and fresh18 sets (scored once on 2 December 2026, development figures since),
# on sentences of our own.

def test_one_kind_of_unnamed_body_in_other_words_is_the_same_actor():
    evidence = "Engineering units cleared 20 hectares of pasture near Rovna of unexploded munitions."
    assert _kinds("Sappers have cleared 20 hectares of pasture near Rovna of unexploded ordnance.", evidence) == []
    assert _kinds("Police officers have cleared 20 hectares of pasture near Rovna of unexploded ordnance.",
                  evidence) == ["actor"]
    evidence = "Humanitarian partners have reached 9,000 people with food and clean water."
    assert _kinds("Aid groups have so far reached 9,000 people with food and clean water.", evidence) == []
    assert _kinds("Government troops have so far reached 9,000 people with food and clean water.", evidence) == ["actor"]


def test_a_plan_to_start_told_as_begun_is_done():
    evidence = "Roads to the valley remain closed, and partners plan to start boat deliveries next week."
    assert _kinds("Boats have begun carrying supplies to the valley.", evidence) == ["modality"]
    assert _kinds("Partners plan to begin boat deliveries next week.", evidence) == []


def test_the_month_may_is_no_modal():
    evidence = "The commission will hold its first session in May."
    assert _kinds("Its first session is planned for May.", evidence) == []
    assert "modality" in _kinds("Its first session may be held in May.", evidence)


def test_a_month_given_to_a_plan_the_source_times_vaguely_is_a_date_change():
    evidence = "The two presidents agreed to hold a joint session of their cabinets in the autumn."
    assert _kinds("Their cabinets will hold a joint session in October.", evidence) == ["date"]
    assert _kinds("Their cabinets will hold a joint session in the autumn.", evidence) == []
    evidence = "The ministers agreed to open talks on a fisheries pact before the end of the year."
    assert _kinds("The ministers agreed to open fisheries talks in November.", evidence) == ["date"]
    # a month of something else, before the plan, is no date of the plan
    assert _kinds("The ministers, who met in March, agreed to open fisheries talks before the end of the year.",
                  evidence) == []


def test_the_seats_name_for_the_office_the_source_met_at_is_no_other_place():
    context = ("Chancellor Mira Holt met President Ode Kamau of Sarn at the Chancellor's Office in Velm today. "
               "They discussed trade.")
    first = context.split(". ")[0]
    assert _kinds("Chancellor Mira Holt hosted Sarn's President Ode Kamau at Lindel Street on Tuesday, her office said.",
                  first, context) == []
    assert _kinds("Chancellor Mira Holt met Sarn's President Ode Kamau in Borsk on Tuesday, her office said.",
                  first, context) == ["event_type"]


def test_a_plan_told_without_the_condition_the_source_puts_on_it_is_a_modality_change():
    evidence = "A second flight is planned for June, subject to security conditions."
    assert _kinds("A second flight will leave in June.", evidence) == ["modality"]
    assert _kinds("A second flight will leave in June if security allows.", evidence) == []
    # another sentence of the source, without the condition, is not touched by it
    assert _kinds("The first flight landed in Orle on Monday.",
                  "The first flight landed in Orle on Monday. A second flight is planned for June, subject to security "
                  "conditions.") == []
