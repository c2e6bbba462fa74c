"""Rewrite kinds found on the fresh5 development pairs (December 2026), each on sentences written for this test
(invented countries, people and outlets; no news text): an agreement of intent reported as signed, readiness
reported as done, a plan reported as under way, "without delay" is no negation, a reciprocal encounter told from
the other side, a figure replaced where another source sentence holds it, a speech verb made stronger, a
ministry's own Telegram channel, an earlier event told as background, and a claim credited to the readout's
publisher that no sentence of the readout states."""

from __future__ import annotations

import pytest

from cablegram.provenance.align import posted_elsewhere
from cablegram.provenance.differences import earlier_event, find_changes
from cablegram.provenance.embeddings import load_embedder
from cablegram.provenance.sentences import split_sentences
from cablegram.provenance.trace import trace, unfounded_publisher_claim
from cablegram.records import Document


def kinds(sentence: str, evidence: list[str], **kw) -> set[str]:
    return {c.kind for c in find_changes(sentence, evidence, **kw)}


@pytest.fixture(scope="module")
def embedder():
    return load_embedder("auto")


def test_agreement_of_intent_reported_as_signed_is_modality():
    src = ["The two envoys agreed to organise a water summit in Lake Orra in March."]
    assert "modality" in kinds("The envoys signed a deal to hold a water summit in Lake Orra in March.", src)
    src = ["The premiers decided to set up a joint fisheries board."]
    assert "modality" in kinds("The premiers inked an accord on a joint fisheries board.", src)
    # signed in the source too, or only agreed in the article: nothing changed
    assert "modality" not in kinds("The envoys signed the water accord.", ["The envoys signed the water accord on Monday."])
    assert "modality" not in kinds("The envoys agreed to organise a water summit.", ["The two envoys agreed to organise a water summit."])


def test_readiness_or_a_plan_reported_as_done_or_under_way_is_modality():
    src = ["The agency is ready to open its stockpile of tents should Morvia ask for more help."]
    assert "modality" in kinds("The agency has opened its stockpile of tents for Morvia.", src)
    src = ["Tarland will also fund the repair of the northern rail bridge next spring."]
    assert "modality" in kinds("Tarland is already funding the repair of the northern rail bridge.", src)
    # the plan kept as a plan
    assert "modality" not in kinds("Tarland will fund the repair of the northern rail bridge next spring.", src)


def test_without_delay_is_no_negation():
    src = ["The envoy urged that the river port be reopened to grain barges without delay."]
    assert "modality" not in kinds("The envoy called for the river port to be reopened to grain barges quickly.", src)
    assert "modality" in kinds("The envoy said the river port would not be reopened to grain barges.", src)


def test_encounter_told_from_the_other_side_is_no_actor_change():
    src = ["Premier Ansel Duro met with Envoy Mira Kallas in Port Vey."]
    assert "actor" not in kinds("Envoy Mira Kallas met Premier Ansel Duro in Port Vey.", src)
    # a one-sided act swapped is still an actor change
    src = ["Premier Ansel Duro thanked Envoy Mira Kallas for the grain shipments."]
    assert "actor" in kinds("Envoy Mira Kallas thanked Premier Ansel Duro for the grain shipments.", src)


def test_figure_replaced_where_another_source_sentence_holds_it(embedder):
    readout = Document(text="The Fund has today announced 90 million crowns for the repair of Lindor's dams. "
                            "Of this sum, 15 million crowns will be paid before the end of the year as urgent aid.",
                       publisher="Northern Relief Fund", published_at="2026-10-05", is_primary=True)
    article = Document(text="All 90 million crowns will be paid before the end of the year.", published_at="2026-10-06")
    (sentence,) = trace(article, [readout], embedder=embedder).sentences
    assert sentence.label == "altered" and any(d.startswith("number") for d in sentence.differences)


def test_stronger_speech_verb_is_strength_not_another_statement(embedder):
    readout = Document(text="The Chancellor spoke to President Ivo Ranek of Cassia this morning. "
                            "The Chancellor also raised the case of the journalist Petra Lund, who remains in custody in Cassia.",
                       publisher="Chancellery of Norland", published_at="2026-09-14", is_primary=True)
    article = Document(text="The Chancellor demanded the immediate release of Petra Lund, a reporter jailed in Cassia.",
                       published_at="2026-09-14")
    (sentence,) = trace(article, [readout], embedder=embedder).sentences
    assert sentence.label == "altered" and any(d.startswith("strength") for d in sentence.differences)


def test_ministrys_own_channel_is_not_a_post_made_elsewhere():
    assert not posted_elsewhere("The envoys met in Vey on Monday, the Morvian foreign ministry said on Telegram.")
    assert posted_elsewhere("The envoys met in Vey on Monday, Envoy Kallas said on Telegram.")
    assert posted_elsewhere("Kallas wrote on X that the talks went well.")


def test_earlier_event_told_as_background_is_added():
    ev = ["Tarland will also fund the repair of the northern rail bridge next spring."]
    assert earlier_event("The bridge repair was first proposed by the Tarlandic transport minister in August.", ev,
                         ["2026-11-20"]) == "August"
    assert earlier_event("Vey has hosted the harbour talks since April.", ev, ["2026-11-20"]) == "April"
    # a date of the readout's own encounter, a plan, a new clause, or an evidence that dates the past: not background
    assert earlier_event("The ministers met in August.", ev, ["2026-11-20"]) is None
    assert earlier_event("The repair will start in March.", ev, ["2026-11-20"]) is None
    assert earlier_event("They discussed the bridge, which was damaged in August.", ev, ["2026-11-20"]) is None
    assert earlier_event("The bridge was damaged in August.", ["The bridge damaged last month will be repaired."],
                         ["2026-09-20"]) is None


def test_claim_credited_to_the_publisher_that_no_source_sentence_states_is_added(embedder):
    readout = Document(text="Envoy Mira Kallas spoke today with Premier Ansel Duro of Vey about the harbour in Port Lenn. "
                            "The Envoy stressed the need to reopen the Lenn ferry line to freight without delay. "
                            "The two agreed to hold a shipping conference in Port Lenn in June.",
                       publisher="Ministry of Foreign Affairs of Norland", published_at="2026-08-03", is_primary=True)
    sources = [readout]
    texts = [s.text for s in split_sentences(readout.text)]
    # the publisher's credit over topic words from three sentences (a place, a verb, a country)
    assert unfounded_publisher_claim("The Norlandic ministry also said Norland would reopen its trade office in Port Lenn.",
                                     sources, texts)
    assert unfounded_publisher_claim("The foreign ministry said Norland would send 12 patrol boats to Vey.", sources, texts)
    # a true credit of a statement the readout makes; another body's claim is not the publisher's
    assert not unfounded_publisher_claim("The foreign ministry said the two agreed to hold a shipping conference in Port Lenn "
                                         "in June.", sources, texts)
    assert not unfounded_publisher_claim("The harbour authority said Norland would reopen its trade office in Port Lenn.",
                                         sources, texts)
    article = Document(text="Kallas and Duro talked about the Port Lenn harbour on Monday. "
                            "The Norlandic ministry also said Norland would reopen its trade office in Port Lenn.",
                       published_at="2026-08-03")
    labels = [s.label for s in trace(article, sources, embedder=embedder).sentences]
    assert labels[1] == "added"


# Kinds found on fresh5's final third after it was scored (development since then), on sentences of our own.


def test_re_transliterated_long_surname_is_the_same_person():
    src = ["Foreign Minister Dmitriy Sokolyov of Varnia held talks with his Orran counterpart in Lesk."]
    assert "actor" not in kinds("Varnian Foreign Minister Dmitry Sokolev held talks with his Orran counterpart in Lesk.", src)


def test_verbs_of_informing_swapped_subjects_are_an_actor_change():
    src = ["Minister Ana Reyes informed her counterpart Tomas Brandt of the Orran approach to the river dispute."]
    assert "actor" in kinds("Brandt briefed Reyes on the Orran approach to the river dispute.", src)
    assert "actor" not in kinds("Reyes briefed Brandt on the Orran approach to the river dispute.", src)


def test_readiness_to_consider_reported_as_agreed_is_modality():
    src = ["The ministers expressed their readiness to consider the possibility of reopening the Lesk border crossing."]
    assert "modality" in kinds("The ministers agreed to reopen the Lesk border crossing.", src)
    assert "modality" not in kinds("The ministers are ready to consider reopening the Lesk border crossing.", src)


def test_modal_of_a_topic_discussed_is_no_hedge():
    src = ["The ministers discussed the prospects of cooperation in shipping, fishing and tourism."]
    assert "modality" not in kinds("The ministers discussed how cooperation in shipping, fishing and tourism could grow.", src)
    assert "modality" in kinds("Cooperation in shipping could grow, the ministers said.", ["Cooperation in shipping grew, the ministers said."])


def test_another_half_of_the_same_year_is_a_date_change():
    src = ["The joint council will next meet in Lesk in the first half of 2028."]
    assert "date" in kinds("The joint council will next meet in Lesk in the second half of 2028.", src)
    assert "date" not in kinds("The council meets again in Lesk in the first half of 2028.", src)


def test_hyphenated_figure_is_a_number():
    assert "number" in kinds("They will build a 5-gigawatt solar park near Lesk.", ["They will build a solar park of 4 gigawatts near Lesk."])
    assert "number" not in kinds("Orra ordered two F-16 jets.", ["Orra ordered two F-16 jets last year."])


def test_readouts_own_date_does_not_date_the_past():
    ev = ["On 3 March, Minister Ana Reyes held talks in Lesk with Minister Tomas Brandt."]
    assert earlier_event("Orra was the first state to recognise Varnia in 1991.", ev, ["2026-03-03"]) == "1991"
    assert earlier_event("Orra was the first state to recognise Varnia in 1991.",
                         ["Minister Ana Reyes recalled the talks of 3 February."], ["2026-03-03"]) is None


def test_translation_credit_line_is_other(embedder):
    readout = Document(text="Minister Ana Reyes held talks with Minister Tomas Brandt in Lesk today.",
                       publisher="Ministry of Foreign Affairs of Orra", published_at="2026-03-03", is_primary=True)
    article = Document(text="Reyes and Brandt held talks in Lesk. "
                            "Translated by the Lesk Morning desk from the Orran foreign ministry's website.",
                       published_at="2026-03-04")
    assert [s.label for s in trace(article, [readout], embedder=embedder).sentences] == ["supported", "other"]
