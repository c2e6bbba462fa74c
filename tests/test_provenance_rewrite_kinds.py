"""Kinds of error a further writer's near-verbatim rewrites caused (found on the development part of the fresh8 set),
each on sentences of our own (invented officials, agencies and countries): the paraphrase that keeps the meaning
must not count as a change, and the real rewrite of the same shape still must."""

from __future__ import annotations

from cablegram.provenance.align import not_from_readout
from cablegram.provenance.attribution import pattern_attribution
from cablegram.provenance.differences import find_changes
from cablegram.provenance.expressions import expressions
from cablegram.provenance.lexical import predicate_coverage


def _kinds(sentence: str, evidence: str, context: str = "") -> list[str]:
    return sorted(c.kind for c in find_changes(sentence, [evidence], context=context or evidence)
                  if c.kind != "hedging")


def test_a_title_introduced_after_the_name_is_that_person_not_another_actor():
    context = ("Minister Oda Brisk held a video call with Tamsin Vell, the Chief Commissioner of the Rivermark Water "
               "Authority. The Chief Commissioner thanked Minister Brisk for the new pumps.")
    evidence = "The Chief Commissioner thanked Minister Brisk for the new pumps."
    assert _kinds("Vell thanked Brisk for the new pumps.", evidence, context) == []
    # someone else thanking is still an actor swap
    assert _kinds("Minister Brisk thanked Vell for the new pumps.", evidence, context) == ["actor"]


def test_the_first_day_of_a_date_range_is_no_figure():
    dates, _durations, numbers = expressions("The delegation stayed in Orlen on 12 and 13 March.")
    assert [n.text for n in numbers] == []
    # both days are dates: the range told once with its month ("April 12 to April 13" says the same)
    assert [d.key[:2] for d in dates] == [(3, 12), (3, 13)]
    # a count of days is then new detail, not a changed figure
    assert _kinds("The delegation spent two days in Orlen.", "The delegation stayed in Orlen on 12 and 13 March.") == ["new figure"]
    # a count next to the range is still a figure
    assert [n.text for n in expressions("The ministers signed 12 and 13 accords.")[2]] == ["12", "13"]


def test_an_allocation_reported_as_delivered_raises_the_commitment_stage():
    evidence = "The Talvan cabinet has allocated 30 million euros for generators for Pellia."
    assert _kinds("Talva has delivered 30 million euros worth of generators to Pellia.", evidence) == ["modality"]
    # the same stage, or a delivery still to come, is no change
    assert _kinds("Talva has earmarked 30 million euros for generators for Pellia.", evidence) == []
    assert _kinds("Talva will deliver generators worth 30 million euros to Pellia.", evidence) == []


def test_unnamed_sources_after_according_to_are_anonymous_and_never_the_readout():
    text = "According to sources in the Pellian cabinet, the trip was meant to prepare a fuel deal."
    assert pattern_attribution(text) == "anonymous"
    assert not_from_readout(text, "The minister visited Talva on 4 May.", False)
    # a ministry credited by name stays an organisation and may be the readout
    credited = "According to the Pellian foreign ministry, the minister visited Talva on 4 May."
    assert pattern_attribution(credited) == "organisation"
    assert not not_from_readout(credited, "The minister visited Talva on 4 May.", False)


def test_the_opposition_as_speaker_is_an_organisation_and_never_the_readout():
    text = "Pellia's opposition criticised the fuel deal as hasty."
    assert pattern_attribution(text) == "organisation"
    assert not_from_readout(text, "The two governments signed a fuel deal.", False)


def test_words_of_a_name_in_the_source_state_nothing():
    evidence = ["Minister Oda Brisk met the head of the Rivermark Refugee Council."]
    # "refugees" is only part of a body's name in the source: the background sentence's predicate is new
    assert predicate_coverage("Talva has sheltered more than 5,000 refugees from the south.", evidence)[0] == 0.0
    # the same word used as a word in the source still counts
    assert predicate_coverage("Talva has sheltered more than 5,000 refugees from the south.",
                              ["Talva said it had sheltered many refugees."])[0] > 0.5


def test_a_month_past_the_sources_deadline_is_a_date_change():
    evidence = ["The two agencies agreed to hold a joint audit in Harnby before the end of the year."]
    def kinds(sentence):
        return sorted(c.kind for c in find_changes(sentence, evidence, article_date="2026-10-02",
                                                    evidence_dates=["2026-10-02"]) if c.kind != "hedging")
    # a plan for January (of the next year) no longer falls within the source's deadline
    assert kinds("The two agencies agreed to hold a joint audit in Harnby in January.") == ["date"]
    # a month before the deadline, or the deadline reworded, is no change
    assert kinds("The two agencies agreed to hold a joint audit in Harnby in December.") == []
    assert kinds("The two agencies agreed to hold a joint audit in Harnby by the end of the year.") == []
