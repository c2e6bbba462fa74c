"""Kinds of error found on the development parts of the fresh8 and fresh9 sets (a ninth writer: a president's readout in
the first person, a council press release, a ministry's denial), each on sentences of our own (invented officials,
outlets and countries): the rewrite that keeps the meaning must not count as a change, and the real change of the
same shape still must."""

from __future__ import annotations

from cablegram.provenance import trace
from cablegram.provenance.align import media_speaker, not_from_readout
from cablegram.provenance.differences import find_changes, first_person
from cablegram.provenance.expressions import duration_days, expressions
from cablegram.records import Document


def _kinds(sentence: str, evidence: str, context: str = "", **dates) -> list[str]:
    return sorted(c.kind for c in find_changes(sentence, [evidence], context=context or evidence, **dates)
                  if c.kind not in ("hedging", "new figure"))


def test_a_duration_written_another_way_with_the_same_length_is_no_change():
    evidence = "The interior minister ordered the checkpoints at Harl to stay closed for thirty days."
    assert _kinds("The checkpoints at Harl will stay closed for a month, the interior minister ordered.", evidence) == []
    assert _kinds("The ban on river traffic holds for a fortnight.", "The ban on river traffic holds for two weeks.") == []
    assert _kinds("Inspectors will stay for a year.", "Inspectors will stay for twelve months.") == []
    # another length, or more of it, is still a changed duration
    assert _kinds("The checkpoints at Harl will stay closed for two months.", evidence) == ["duration"]
    assert _kinds("Inspectors will stay for two more years.", "Inspectors will stay for two years.") == ["duration"]
    # counted lengths are compared as lengths, not as look-alike words ("ten weeks" is not "two weeks")
    assert _kinds("The ban holds for ten weeks.", "The ban holds for two weeks.") == ["duration"]


def test_a_deadline_within_a_period_is_a_duration():
    assert duration_days("within a month") == (30.0, False)
    [d] = expressions("The envoys will meet within thirty days.")[1]
    assert d.text == "within thirty days"
    assert _kinds("The envoys will meet within thirty days.", "The envoys will meet within a month.") == []
    assert _kinds("The envoys will meet within two months.", "The envoys will meet within a month.") == ["duration"]


def test_a_plan_told_with_a_noun_reported_as_done_is_a_modality_change():
    evidence = "The first shipments of water pumps to Ardel are scheduled for the spring of 2027."
    assert _kinds("The first water pumps have already been shipped to Ardel.", evidence) == ["modality"]
    # the plan restated, or planned in other words, is no change
    assert _kinds("The first pumps are due to be shipped to Ardel in the spring of 2027.", evidence) == []
    assert _kinds("Ardel expects the first shipments of pumps in the spring of 2027.", evidence) == []


def test_a_commitment_to_act_reported_as_done_is_a_modality_change():
    evidence = "The two governments reaffirmed their commitment to reopen the Varsk ferry line by June 2027."
    assert _kinds("The Varsk ferry line has reopened, the two governments said.", evidence) == ["modality"]
    assert _kinds("The two governments reaffirmed their commitment to reopen the Varsk ferry line by June 2027.",
                  evidence) == []
    # a commitment to a cause, with no act, gives nothing to report as done
    assert _kinds("The envoy reaffirmed the commitment to Ardel.", "The envoy reaffirmed our firm commitment to Ardel.") == []


def test_a_weekday_for_the_readouts_today_is_the_same_day():
    evidence = "The Council today decided to prolong the monitoring mission in Ardel until 31 March 2029."
    dates = {"article_date": "2026-11-17", "evidence_dates": ["2026-11-17"]}
    assert _kinds("Member states on Tuesday prolonged the mission in Ardel until the end of March 2029.", evidence,
                  **dates) == []
    # another weekday is another day
    assert _kinds("Member states on Friday prolonged the mission in Ardel until the end of March 2029.", evidence,
                  **dates) == ["date"]


def test_a_first_person_readouts_speaker_named_by_the_article_is_no_other_actor():
    context = ("Today I spoke by phone with Chancellor Ivo Renk of Dalmar. We discussed the harvest corridor. "
               "I invited Chancellor Renk to visit Harl in the spring, and he accepted.")
    assert first_person(context)
    assert not first_person("The President spoke with Chancellor Ivo Renk. He invited him to Harl.")
    assert _kinds("Harlish President Oskar Bele spoke by phone with Chancellor Ivo Renk of Dalmar.",
                  "Today I spoke by phone with Chancellor Ivo Renk of Dalmar.", context) == []
    # a readout in the third person that never names the President still flags a stranger
    third = "The Minister spoke by phone with Chancellor Ivo Renk of Dalmar."
    assert _kinds("Harlish President Oskar Bele spoke by phone with Chancellor Ivo Renk of Dalmar.", third, third) == ["actor"]


def test_someone_the_readout_names_doing_what_its_speaker_did_is_an_actor_swap():
    context = ("Today I spoke by phone with Chancellor Ivo Renk of Dalmar. "
               "I invited Chancellor Renk to visit Harl in the spring, and he accepted.")
    evidence = "I invited Chancellor Renk to visit Harl in the spring, and he accepted."
    assert _kinds("Renk invited Bele to visit Dalmar in the spring.", evidence, context) == ["actor"]
    assert _kinds("Bele invited Renk to visit Harl in the spring.", evidence, context) == []


def test_an_outlet_as_speaker_and_unnamed_sources_it_cites_are_never_the_readout():
    evidence = "The ministry rejects the claims published by the weekly Harl Courier that Dalmar has closed its border."
    assert media_speaker("Harl Courier said it stood by its story.", evidence)
    assert media_speaker("The newspaper said it had checked its facts.", "")
    assert not media_speaker("The ministry said the border was open.", evidence)
    assert not_from_readout("The weekly said it stood by the story, citing two officials' aides and border sources.",
                            evidence, False)
    # the ministry credited with what the readout says stays traceable
    assert not not_from_readout("The ministry said Dalmar had not closed its border.", evidence, False)


def test_a_publishers_claim_restating_a_readout_sentence_in_other_words_is_supported(minilm):
    readout = ("The Ministry of Foreign Affairs of Dalmar rejects a magazine's claims about a secret defence pact. "
               "No negotiations on the deployment of foreign troops on Dalmarian soil are being held.")
    source = Document(text=readout, publisher="Ministry of Foreign Affairs of Dalmar", is_primary=True)
    true_credit = "The ministry said no talks on stationing foreign troops in Dalmar were under way."
    [s] = trace(Document(text=true_credit), [source], embedder=minilm).sentences
    assert s.label == "supported"
    # a claim the readout never makes, credited to the same ministry, is still added
    invented = "The ministry said Dalmar would double its coast guard budget next year."
    [s] = trace(Document(text=invented), [source], embedder=minilm).sentences
    assert s.label == "added"


def test_a_deadline_the_source_has_no_time_scope_for_is_new_detail_not_a_changed_duration():
    assert _kinds("Harl will send the pumps within a week.", "Harl will send pumps to Dalmar.") == []


def test_half_a_million_is_the_figure_500000():
    assert _kinds("Half a million people have left the coastal towns.", "500,000 people have left the coastal towns.") == []
    assert _kinds("Half a million people have left the coastal towns.", "50,000 people have left the coastal towns.") == ["number"]


def test_an_accusation_for_a_regret_is_a_stronger_statement():
    evidence = "The ministry regrets that the weekly did not ask for its comment before printing the story."
    assert _kinds("The ministry accused the weekly of printing the story without asking for comment.", evidence) == ["strength"]
    # an accusation reported as an accusation, or a condemnation of the same strength, is no change
    assert _kinds("The ministry accused the rebels of shelling Harl.", "The ministry accused the rebels of shelling Harl.") == []
    assert _kinds("The ministry accused the rebels of shelling Harl.", "The ministry condemned the rebels for shelling Harl.") == []


def test_a_country_standing_for_its_leader_is_no_other_actor_but_the_other_country_is():
    context = ("President Mara Voss met President Teodor Lisk of Dalmar in Harl today. "
               "President Voss welcomed Dalmar's decision to reopen the river port to Harlish grain barges.")
    evidence = "President Voss welcomed Dalmar's decision to reopen the river port to Harlish grain barges."
    for subject in ("Harl", "Harl's president", "The Harlish leader"):
        assert _kinds(f"{subject} welcomed Dalmar's decision to reopen the river port to grain barges.", evidence,
                      context) == [], subject
    # the country the readout ties to the other president did not welcome it
    assert _kinds("Dalmar welcomed the decision to reopen the river port to Harlish grain barges.", evidence,
                  context) == ["actor"]
    assert _kinds("Lisk welcomed Dalmar's decision to reopen the river port to grain barges.", evidence,
                  context) == ["actor"]


def test_another_party_than_the_one_the_source_ties_the_doer_to_is_a_swap():
    context = ("The ministers of Harl, Dalmar and Ostry met in Venn under the chair of Harlish Minister Ada Kroll. "
               "Minister Kroll stressed that the three would act together at the next summit.")
    evidence = "Minister Kroll stressed that the three would act together at the next summit."
    assert _kinds("Dalmar's minister stressed that the three would act together at the next summit.", evidence,
                  context) == ["actor"]
    assert _kinds("Harl's minister stressed that the three would act together at the next summit.", evidence,
                  context) == []
