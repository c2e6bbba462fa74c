"""Kinds of error found on the development part of the fresh18 set (written by an analyst who never saw the code,
2 December 2026, round C), each on sentences of our own (invented officials, countries and bodies): the faithful
rewrite must not count as a change and the real change of the same shape still must."""

from __future__ import annotations

from cablegram.provenance.differences import find_changes


def _kinds(sentence: str, evidence: str, context: str | None = None) -> list[str]:
    return sorted(c.kind for c in find_changes(sentence, [evidence], context=context or evidence)
                  if c.kind not in ("hedging", "new figure"))


def test_a_hyphenated_name_written_with_a_space_is_the_titled_one():
    context = ("Chancellor Omar Bin-Halim of Lusem and Prime Minister Piet Olde of Varn held talks in Varn on 3 May. "
               "The Chancellor asked Prime Minister Olde to open the new ferry terminal.")
    evidence = context.split(". ")[1]
    for who in ("Bin Halim", "bin Halim", "Halim"):
        assert _kinds(f"{who} asked Olde to open the new ferry terminal.", evidence, context) == [], who
    # the other leader is still another actor
    assert _kinds("Olde asked the Chancellor to open the new ferry terminal.", evidence, context) == ["actor"]


def test_the_people_of_one_body_named_with_other_staff_words_are_the_same_actor():
    evidence = "Consulate staff inspected the two prisoners on 4 May and found them well."
    assert _kinds("Officials from the consulate inspected the two prisoners on 4 May and found them well.", evidence) == []
    assert _kinds("Diplomats of the consulate inspected the two prisoners on 4 May and found them well.", evidence) == []
    # another body's people, or people of no body, are another actor
    assert _kinds("Ministry officials inspected the two prisoners on 4 May and found them well.", evidence) == ["actor"]
    assert _kinds("Police officers inspected the two prisoners on 4 May and found them well.", evidence) == ["actor"]


def test_the_day_a_statement_was_published_is_the_day_it_was_said():
    evidence = "The consulate is following the case of the ferry Nordlys, held by harbour police on 9 March."

    def dated(sentence: str) -> list[str]:
        return [c.kind for c in find_changes(sentence, [evidence], context=evidence, article_date="2026-03-12",
                                             evidence_dates=["2026-03-12"])]  # a Thursday

    assert dated("The consulate said on Thursday it was following the case of the ferry Nordlys, which harbour police "
                 "held on March 9.") == []
    # another day for the statement, or the statement's day given to the seizure, is still a change
    assert dated("The consulate said on Wednesday it was following the case of the ferry Nordlys, which harbour police "
                 "held on March 9.") == ["date"]
    assert dated("The consulate said it was following the case of the ferry Nordlys, which harbour police held on "
                 "Thursday.") == ["date"]


def test_calling_for_something_is_as_firm_as_urging():
    evidence = "The mayors regretted the delays at the river locks and called for faster repairs by the canal authority."
    assert _kinds("The mayors deplored the delays at the river locks and urged the canal authority to speed up repairs.",
                  evidence) == []
    # a demand is still firmer than a call
    assert _kinds("The mayors regretted the delays at the river locks and demanded faster repairs by the canal authority.",
                  evidence) == ["strength"]


def test_an_allocation_still_to_come_told_as_delivered_is_a_modality_change():
    evidence = "Norvia will allocate 12,000 tonnes of seed potatoes to the northern districts."
    assert _kinds("Norvia has delivered 12,000 tonnes of seed potatoes to the northern districts.", evidence) == ["modality"]
    assert _kinds("Norvia shipped 12,000 tonnes of seed potatoes to the northern districts.", evidence) == ["modality"]
    # still a plan in the article, or a delivery the source itself reports, is no change
    assert _kinds("Norvia will deliver 12,000 tonnes of seed potatoes to the northern districts.", evidence) == []
    assert _kinds("Norvia is to allocate 12,000 tonnes of seed potatoes, to be delivered to the northern districts.",
                  evidence) == []
    assert _kinds("Norvia has delivered 12,000 tonnes of seed potatoes to the northern districts.",
                  "Norvia delivered 12,000 tonnes of seed potatoes to the northern districts and will send more in May.") == []
