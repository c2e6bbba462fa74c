"""Planned → done kinds found on the fresh6 development pairs (December 2026), each on sentences written for this
test (invented countries, people and bodies; no news text): a passive plan ("a fund … to be launched next year")
reported as launched, a planned start reported with a past participle ("have begun"), a step only under
consideration reported as promised; and background kinds: an earlier event before a readout whose only bare month
belongs to a plan, and a date set off by commas after the subject ("The last round, in April, closed …"); and an
actor swap where the source's verb shares the subject of an earlier one ("X met Y and thanked him")."""

from __future__ import annotations

from cablegram.provenance.differences import earlier_event, find_changes


def kinds(sentence: str, evidence: list[str]) -> set[str]:
    return {c.kind for c in find_changes(sentence, evidence)}


def test_passive_plan_reported_as_done_is_modality():
    src = ["The donors have decided to set up a flood relief fund of 40 million pounds, to be launched in the spring."]
    assert "modality" in kinds("The donors launched a 40 million pound flood relief fund.", src)
    src = ["A joint river commission is to be convened after the harvest."]
    assert "modality" in kinds("The two sides convened a joint river commission.", src)
    # the plan kept in the article: nothing changed
    src = ["The donors have decided to set up a flood relief fund of 40 million pounds, to be launched in the spring."]
    assert "modality" not in kinds("The donors' 40 million pound relief fund is to be launched in the spring.", src)


def test_planned_start_told_with_a_past_participle_is_modality():
    src = ["Instruction of 45 Tarvian pilots is planned to begin in March."]
    changes = find_changes("The 45 Tarvian pilots have already begun their instruction.", src)
    assert [c.kind for c in changes] == ["modality"]
    assert "planned" in changes[0].detail
    assert "modality" not in kinds("Instruction of 45 Tarvian pilots is planned to begin in March.", src)


def test_step_under_consideration_reported_as_promised_is_modality():
    src = ["The minister said a second shipment of grain is under consideration and will depend on the harvest."]
    assert "modality" in kinds("The minister promised that a second shipment of grain will follow.", src)
    # the article repeats what the source says will happen: no commitment added
    assert "modality" not in kinds("A second grain shipment will depend on the harvest, the minister said.", src)
    src = ["Extra funding for the port is being studied by the two governments."]
    assert "modality" in kinds("The two governments will provide extra funding for the port.", src)


def test_background_before_a_plan_with_a_bare_month_is_an_earlier_event():
    # the readout's bare month belongs to its plan (a coming January), so it dates nothing in the past
    src = ["Flights between the two capitals are planned to resume in February."]
    assert earlier_event("Morvia first suspended the flights in the summer of 2024.", src, ["2026-11-20"]) == "2024"
    # a readout that does date something in the past still blocks the rule
    src = ["Flights between the two capitals, suspended in 2024, are planned to resume in February."]
    assert earlier_event("Morvia first suspended the flights in the summer of 2024.", src, ["2026-11-20"]) is None


def test_date_set_off_by_commas_after_the_subject_is_in_the_first_clause():
    src = ["The envoys met today in Ravel to review the truce."]
    assert earlier_event("The envoys' last round, in April, closed with no agreed text.", src, ["2026-11-20"]) == "April"
    # a date in a later clause is not the background event's
    assert earlier_event("The envoys met in Ravel and recalled talks held in April.", src, ["2026-11-20"]) is None


def test_subject_shared_by_a_second_verb_is_compared_for_actor_swaps():
    ctx = ("Premier Talia Rusk paid a visit to Orrin on 3 May. Premier Rusk later met the Mayor of Orrin, Piet Kaal, "
           "and praised him for the city's help to flood victims.")
    src = ["Premier Rusk later met the Mayor of Orrin, Piet Kaal, and praised him for the city's help to flood victims."]
    changes = find_changes("Mayor Piet Kaal praised Rusk for her help to the flood victims.", src, context=ctx)
    assert [c.kind for c in changes] == ["actor"]
    assert "Rusk" in changes[0].detail
    assert "actor" not in kinds("Rusk praised Mayor Piet Kaal for the city's help to flood victims.", src)
