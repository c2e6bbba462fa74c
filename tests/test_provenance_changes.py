"""Change kinds, spans, false credits and cross-lingual tracing on sentences written for these tests
(invented countries and people), plus field case F2-13 from ../shared/data/field."""

from __future__ import annotations

import json

import pytest

from cablegram.provenance.differences import find_changes
from cablegram.provenance.embeddings import load_embedder
from cablegram.provenance.expressions import expressions
from cablegram.provenance.trace import foreign_credit, trace
from cablegram.records import Document


def kinds(sentence: str, evidence: list[str], **kw) -> set[str]:
    return {c.kind for c in find_changes(sentence, evidence, **kw)}


@pytest.fixture(scope="module")
def embedder():
    return load_embedder("auto")


def test_may_the_month_is_not_may_the_modal():
    dates, _, _ = expressions("Talks resumed in May and they may continue on May 4.")
    assert [d.text for d in dates] == ["May", "May 4"]
    src = ["Foreign Minister Ilse Varga of Norland met the Ostrian envoy on May 4."]
    assert kinds("Ilse Varga met the Ostrian envoy on May 4, the ministry said.", src) == set()


def test_no_10_and_the_two_are_not_numbers_or_negation():
    src = ["The Prime Minister spoke with President Aro Kell of Ostria about grain corridors."]
    assert not kinds("No 10 said the two leaders discussed grain corridors.", src) & {"number", "modality"}
    assert not kinds("The two ministers also talked about grain corridors.", src) & {"number"}


def test_date_change_is_a_date_not_a_number():
    changes = find_changes("They followed up on their March 16 talks in Kell.", ["They followed up on their March 15 talks in Kell."])
    assert [(c.kind, c.detail) for c in changes] == [("date", "March 16 vs March 15")]


def test_changed_amount_names_both_figures():
    changes = find_changes("Norland approved a $52 million grant.", ["Norland approved a $5.2 million grant."])
    assert [(c.kind, c.detail) for c in changes] == [("number", "$52 million vs $5.2 million")]
    assert kinds("Norland approved a grant of about $5 million.", ["Norland approved a $5.2 million grant."]) == set()


def test_spokesperson_named_is_attribution_not_actor():
    src = ["Minister Ilse Varga thanked the Ostrian delegation for its help."]
    assert "actor" not in kinds("Ministry spokesperson Tomas Bell said Minister Ilse Varga thanked the Ostrian delegation.", src)


def test_actor_swap_through_the_readouts_titles():
    readout = "Minister Ilse Varga spoke with Ostrian Envoy Pell Dorn. The Minister underscored Norland's support for the ceasefire."
    evidence = ["The Minister underscored Norland's support for the ceasefire."]
    assert "actor" in kinds("Dorn underscored Norland's support for the ceasefire.", evidence, context=readout)
    assert "actor" not in kinds("Varga underscored Norland's support for the ceasefire.", evidence, context=readout)


def test_strength_duration_event_type():
    src = ["The Minister underscored that Norland will back Ostria for as long as it takes."]
    assert "strength" in kinds("The Minister noted that Norland will back Ostria for as long as it takes.", src)
    assert "duration" in kinds("The Minister underscored that Norland will back Ostria for two more years.", src)
    call = ["Minister Varga spoke by phone with Envoy Dorn."]
    assert "event_type" in kinds("Minister Varga met Envoy Dorn in Kell.", call)


def test_planned_reported_as_done_is_modality():
    src = ["The two agreed to open a joint customs office in the coming weeks."]
    assert "modality" in kinds("The two have opened a joint customs office.", src)
    assert "modality" in kinds("The two opened a joint customs office.", src)
    assert "modality" not in kinds("The two agreed to open a joint customs office within weeks.", src)
    assert "modality" in kinds("The ministers signed a deal on river transport.", ["The ministers discussed options for river transport."])


def test_goal_reported_as_adopted_is_modality():
    src = ["The ministers stressed that advancing the Kell river compact is essential for trade."]
    assert "modality" in kinds("The ministers adopted the Kell river compact.", src)
    assert "modality" not in kinds("The ministers stressed the importance of the Kell river compact.", src)
    assert "modality" not in kinds("The ministers adopted the compact.", ["The ministers adopted the Kell river compact on Monday."])


def test_actor_swap_in_a_later_clause_of_the_source():
    src = ["Minister Ilse Varga reaffirmed Norland's support, and she praised the courage of the Ostrian rescuers."]
    assert "actor" in kinds("Envoy Pell Dorn praised the courage of the Ostrian rescuers.", src,
                            context="Minister Ilse Varga spoke with Envoy Pell Dorn. " + src[0])
    assert "actor" not in kinds("Varga praised the courage of the Ostrian rescuers.", src)


def test_readout_pronoun_and_same_strength_verbs_reveal_actor_swaps():
    readout = ("Minister Ilse Varga of Norland met Envoy Pell Dorn of Ostria in Kell. "
               "She welcomed the new ferry timetable agreed by the harbour council. "
               "The Minister also stressed Norland's commitment to the river treaty.")
    she = ["She welcomed the new ferry timetable agreed by the harbour council."]
    assert "actor" in kinds("Dorn welcomed the new ferry timetable of the harbour council.", she, context=readout)
    assert "actor" not in kinds("Varga welcomed the new ferry timetable of the harbour council.", she, context=readout)
    stressed = ["The Minister also stressed Norland's commitment to the river treaty."]
    assert "actor" in kinds("Dorn underscored Norland's commitment to the river treaty.", stressed, context=readout)
    assert "actor" not in kinds("Varga underscored Norland's commitment to the river treaty.", stressed, context=readout)


def test_discussed_reported_as_agreed_to_act_is_modality():
    src = ["The ministers discussed the start of joint patrols on the Kell river."]
    assert "modality" in kinds("The ministers agreed to start joint patrols on the Kell river.", src)
    assert "modality" not in kinds("The ministers agreed to start joint patrols on the Kell river.",
                                   ["The ministers pledged to start joint patrols on the Kell river."])


def test_media_reports_are_not_the_readout(embedder):
    readout = Document(text="Minister Ilse Varga of Norland met Envoy Pell Dorn of Ostria in Kell. "
                            "They discussed the reopening of the river crossings for grain trucks.")
    article = Document(text="Varga met Dorn in Kell to discuss reopening the river crossings for grain trucks. "
                            "Ostrian media reported that Varga also met the Kell harbour council.")
    labels = [s.label for s in trace(article, [readout], embedder=embedder).sentences]
    assert labels == ["supported", "added"]


def test_summit_hosted_by_a_third_country_is_not_the_encounter():
    call = ["Minister Varga spoke by phone with Envoy Dorn about the summit that Ostria will host."]
    assert "event_type" not in kinds("Varga backed the coming summit hosted by Ostria.", call)
    assert "event_type" in kinds("Varga hosted Dorn in Kell.", call)


def test_cross_lingual_subject_swap_through_transliterated_names():
    src = ["Міністр Дорн подякував міністру Варзі та поділився своєю оцінкою ситуації."]
    assert "actor" in kinds("Varga thanked Dorn and shared her assessment of the situation.", src, same_language=False)
    assert "actor" not in kinds("Dorn thanked Varga and shared his assessment of the situation.", src, same_language=False)


def test_figures_from_the_numbers_lexicon_across_languages():
    numbers = expressions("Понад 3 тисячі людей і 5 мільйонів гривень; hundreds of people.")[2]
    assert [(n.key[0], n.approx) for n in numbers] == [(3000.0, True), (5e6, False), (200.0, False)]


def test_hedge_inside_a_new_clause_is_no_modality_change():
    src = ["The ministers reviewed the repairs carried out on the Kell water plant."]
    assert "modality" not in kinds("The ministers reviewed the repairs on the Kell water plant and how new pumps could "
                                   "double its output before winter.", src)
    assert "modality" in kinds("The ministers could review the repairs carried out on the Kell water plant.", src)


def test_invented_quote_in_the_principals_mouth_is_altered(embedder):
    readout = Document(text="Minister Ilse Varga of Norland spoke by phone with Envoy Pell Dorn of Ostria. "
                            "Minister Varga underscored Norland's support for the grain corridor through Kell.")
    article = Document(text='"Norland will keep every port open," Varga told Dorn. '
                            '"The corridor is our lifeline," Dorn told reporters after the call.')
    report = trace(article, [readout], embedder=embedder)
    assert report.sentences[0].label == "altered" and any(d.startswith("quote") for d in report.sentences[0].differences)
    # the counterpart's remarks to the press are the other side's, never the readout's (the readout's own principal
    # telling reporters words it never had is a quote change: tests/test_provenance_fresh12_kinds.py)
    assert report.sentences[1].label == "added"


def test_partly_supported_sentence_keeps_its_main_assertion(embedder):
    readout = Document(text="Minister Ilse Varga of Norland spoke by phone with Envoy Pell Dorn of Ostria. "
                            "They discussed the reopening of the river crossings near Kell for grain trucks.")
    article = Document(text="Varga and Dorn discussed reopening the river crossings near Kell for grain trucks, "
                            "and whether the customs posts along the eastern hills would need extra guards in spring.")
    sentence = trace(article, [readout], embedder=embedder).sentences[0]
    assert sentence.label == "supported" and sentence.partly
    new = [s["text"] for s in sentence.spans if s.get("clause")]
    assert new and "extra guards" in new[0]


def test_quote_changes_and_other_speakers(embedder):
    readout = Document(text="Minister Ilse Varga of Norland spoke with Envoy Pell Dorn of Ostria about the river border. "
                            "Minister Varga stressed that the border crossings must reopen.", publisher="Ministry of Foreign Affairs of Norland")
    article = Document(text='Varga told Dorn that "the crossings will reopen tomorrow at any cost." '
                            'Ostrian opposition leader Kai Rusk said on Telegram that "the crossings must reopen now."')
    report = trace(article, [readout], embedder=embedder)
    assert report.sentences[0].label == "altered" and any(d.startswith("quote") for d in report.sentences[0].differences)
    assert report.sentences[1].label == "added"


def test_source_lines_and_boilerplate_are_other(embedder):
    readout = Document(text="Minister Ilse Varga of Norland spoke with Envoy Pell Dorn of Ostria about the river border.")
    article = Document(text="Minister Ilse Varga spoke with Envoy Pell Dorn about the river border.\n"
                            "This was reported by the ministry's press service.\nFollow us on Telegram for more updates.")
    labels = [s.label for s in trace(article, [readout], embedder=embedder).sentences]
    assert labels == ["supported", "other", "other"]


def test_partly_supported_sentence_has_new_spans(embedder):
    readout = Document(text="The ministers discussed how partners can strengthen Ostria's air defences.")
    article = Document(text="The ministers discussed how partners can strengthen Ostria's air defences "
                            "and what that support means for the planned offensive operations next spring.")
    s = trace(article, [readout], embedder=embedder).sentences[0]
    assert s.label == "supported" and s.partly and s.detail_label == "partly supported"
    new = " ".join(x["text"] for x in s.spans if x["label"] == "new")
    assert "offensive" in new and "air" not in new
    assert all(article.text[x["start"]:x["end"]] == x["text"] for x in s.spans)


def test_false_credit_to_the_cited_publisher(embedder):
    readout = Document(text="Minister Ilse Varga of Norland spoke with Envoy Pell Dorn of Ostria about the river border.",
                       publisher="Ministry of Foreign Affairs of Norland")
    article = Document(text="Minister Ilse Varga spoke with Envoy Pell Dorn about the river border, the Foreign Ministry said. "
                            "The Foreign Ministry said Norland is preparing to close two crossings next month.")
    s = trace(article, [readout], embedder=embedder).sentences[1]
    assert s.label == "added" and s.false_credit and s.attribution == "organisation"
    assert any(d.startswith("false credit") for d in trace(article, [readout], embedder=embedder).alignments()[1].differences)


def test_cross_lingual_trace_compares_numbers_and_names():
    readout_uk = Document(text="Міністр Ільзе Варга провела телефонну розмову з послом Пеллом Дорном. "
                               "Сторони обговорили постачання 40 генераторів до Острії.", language="uk")
    article = Document(text="Minister Ilse Varga held a phone call with Envoy Pell Dorn. "
                            "They discussed the delivery of 400 generators to Ostria. "
                            "Critics in Kell say the generators will arrive too late, officials said.")
    report = trace(article, [readout_uk])
    assert report.summary["cross_lingual"] and report.embedder.startswith("e5")
    labels = [s.label for s in report.sentences]
    assert labels == ["supported", "altered", "added"]
    assert report.sentences[1].differences == ["number: 400 vs 40"]


def test_field_case_f2_13(shared_data, embedder):
    field = shared_data / "field"
    expected = next(json.loads(line) for line in (field / "expected.jsonl").read_text(encoding="utf-8").splitlines()
                    if line.strip() and json.loads(line)["id"] == "F2-13")
    article = Document(text=(field / "F2-13.txt").read_text(encoding="utf-8"))
    readout = Document(text=(field / "F2-13-readout.txt").read_text(encoding="utf-8"), is_primary=True)
    report = trace(article, [readout], embedder=embedder)
    for want in expected["expected"]["labels"]:
        got = report.sentences[want["i"]]
        assert got.label == want["label"], (want, got.differences)
        if "differences" in want:
            assert [d for d in got.differences if not d.startswith("hedging")] == want["differences"]
        if "attribution" in want:
            assert got.attribution == want["attribution"].split()[0]
    assert report.sentences[3].false_credit  # "The State Department said …": not in the State Department's readout


def test_vague_quantity_turned_into_a_figure_is_a_number_change():
    src = ["Minister Ilse Varga deplored the mounting casualties among herders in the valley."]
    found = find_changes("Ilse Varga deplored the shelling, which has killed 140 herders in the valley.", src)
    assert [c.kind for c in found if c.kind in ("number", "new figure")] == ["number"]
    assert "vague quantity" in next(str(c) for c in found if c.kind == "number")
    # a figure about something the source does not quantify stays new content, not a changed number
    other = find_changes("Ilse Varga deplored the mounting casualties; 12 bridges were closed.", src)
    assert {c.kind for c in other} & {"number", "new figure"} == {"new figure"}


def test_group_narrowed_to_one_member_is_an_actor_change():
    src = ["The envoys noted that fuel from Norland and its partners has kept the Ostrian grid running."]
    narrowed = find_changes("The envoys said fuel from Norland alone has kept the Ostrian grid running.", src)
    assert [c.kind for c in narrowed] == ["actor"] and "group narrowed" in str(narrowed[0])
    assert "actor" not in kinds("The envoys said fuel from Norland and its partners kept the Ostrian grid running.", src)
    # naming the one member in another statement of the same sentence is not a narrowing
    assert "actor" not in kinds("Norland's envoy thanked the Ostrian grid operators.", src)


def test_claim_credited_to_another_governments_ministry_is_added(embedder):
    readout = Document(text="Minister Ilse Varga of Norland spoke with Envoy Pell Dorn of Ostria. "
                            "They discussed the strikes on the grain depot near Kell and the repair of the river port.",
                       publisher="Ministry of Foreign Affairs of Norland")
    article = Document(text="Ilse Varga and Pell Dorn discussed the strikes on the grain depot near Kell. "
                            "Ostria's defence ministry said its forces had struck a grain depot near Kell. "
                            "Norland's foreign ministry said the two discussed the repair of the river port.")
    labels = [s.label for s in trace(article, [readout], embedder=embedder).sentences]
    assert labels == ["supported", "added", "supported"]
    # the same credit against the credited government's own readout is a true credit; no publisher: no verdict
    ostrian = Document(text=readout.text, publisher="Ministry of Defence of Ostria")
    assert foreign_credit(article.text.split(". ")[1], [ostrian]) is None
    assert foreign_credit(article.text.split(". ")[1], [Document(text=readout.text)]) is None
    assert foreign_credit(article.text.split(". ")[1], [readout]) == "Ostria's defence ministry said"


def test_preparatory_plan_reported_as_done_is_modality():
    src = ["They agreed that Norland and Ostria will draft a plan for the joint repair of river barges."]
    assert "modality" in kinds("Norland and Ostria have launched the joint repair of river barges, Varga said.", src)
    # the plan itself reported as a plan is no change
    assert "modality" not in kinds("Norland and Ostria will draft a plan to repair river barges together.", src)


def test_signed_act_reported_as_still_to_explore_is_modality():
    src = ["The two ministers signed a memorandum of cooperation on river transport."]
    assert "modality" in kinds("The ministers agreed to explore cooperation on river transport.", src)
    assert "modality" not in kinds("The ministers signed a memorandum on cooperation in river transport.", src)


def test_deputy_title_in_the_readout_resolves_to_its_principal():
    context = ("Deputy Foreign Secretary Odile Brandt met with Ostrian Foreign Minister Aro Kell in Lunden today. "
               "The Deputy Secretary welcomed progress on the river treaty.")
    src = ["The Deputy Secretary welcomed progress on the river treaty."]
    assert "actor" in kinds("Kell welcomed the progress on the river treaty.", src, context=context)
    assert "actor" not in kinds("Brandt welcomed the progress on the river treaty.", src, context=context)


def test_call_held_is_not_the_planned_act_done():
    src = ["Minister Odile Brandt spoke today with Foreign Minister Aro Kell. "
           "They agreed to convene a meeting of grain exporters in the coming weeks."]
    assert "modality" not in kinds("Brandt held a telephone conversation with Kell about grain exports.", src)
    assert "modality" in kinds("Brandt and Kell held a meeting of grain exporters.", src)


def test_speaker_kinds_of_added_sentences_and_more_boilerplate():
    from cablegram.provenance.align import is_boilerplate
    from cablegram.provenance.attribution import pattern_attribution

    assert pattern_attribution("Critics in the Varnish parliament accused the cabinet of delaying the treaty.") == "anonymous"
    assert pattern_attribution("Warsaw warned Ostria against new tariffs, the ministry said.") == "organisation"
    assert pattern_attribution("Ostrian media reported that Kell also met the trade envoy.") == "organisation"
    assert is_boilerplate("Follow our live coverage for updates.") and is_boilerplate("Sign up for our morning newsletter.")
    assert is_boilerplate("This story has been updated.") and is_boilerplate("This report is part of our coverage of the talks.")
    assert not is_boilerplate("The two sides will sign up to the river treaty next year.")


def test_talks_finalized_is_still_the_planned_act_done():
    src = ["They agreed to finalize talks on the river treaty in the coming weeks."]
    assert "modality" in kinds("The two have finalized bilateral talks on the river treaty.", src)


def test_signed_act_reported_as_agreed_to_sign_despite_another_plan_is_modality():
    # the evidence also plans a visit "next year": the signing itself is still stated as done in the source
    src = ["The parties signed a memorandum on river transport.", "Kell invited Brandt to visit Lunden next year."]
    assert "modality" in kinds("Brandt and Kell agreed to sign a memorandum on river transport.", src)
    assert "modality" not in kinds("Brandt and Kell will sign a memorandum on river transport.",
                                   ["Brandt and Kell will sign a memorandum on river transport next year."])


def test_negated_new_predicate_is_no_modality_change():
    src = ["Minister Kell stressed that Ostria will support the rebuilding of the river ports for as long as it takes."]
    # "never accept" says something the source does not: new content, not the source's statement negated
    assert "modality" not in kinds("Kell stressed that Ostria would never accept any change to the river border.", src)
    assert "modality" in kinds("Kell stressed that Ostria will not support the rebuilding of the river ports.", src)


def test_meeting_still_to_come_is_not_the_encounter():
    src = ["Premier Aro Kell spoke today with Chancellor Odile Brandt and looked forward to meeting in person in June."]
    assert "event_type" in kinds("Kell visited Lunden for talks with Chancellor Odile Brandt.", src)
    assert "event_type" not in kinds("Kell and Brandt agreed to meet in person in June.", src)


def test_principal_named_where_the_readout_only_gives_the_role():
    context = "The Prime Minister spoke to President Aro Kell of Ostria this afternoon. The leaders discussed grain."
    src = ["The Prime Minister spoke to President Aro Kell of Ostria this afternoon."]
    assert "actor" not in kinds("Prime Minister Odile Brandt held a phone call with President Aro Kell.", src, context=context)
    named = "Prime Minister Lena Holm spoke to President Aro Kell of Ostria. The leaders discussed grain."
    assert "actor" in kinds("Prime Minister Odile Brandt spoke with President Aro Kell.", [named.split(". ")[0] + "."],
                            context=named)


def test_reworded_encounter_opening_is_traced_to_it(embedder):
    from cablegram.provenance.align import reports_opening

    readout = ("Minister Odile Brandt met today in Lunden with Ostrian Foreign Minister Aro Kell and Varnish Foreign "
               "Minister Pell Dorn. They discussed the reopening of the river ports to grain barges.")
    source = readout.split(". ", 1)
    call = "Brandt held a video call with her Ostrian and Varnish counterparts."
    assert reports_opening(call, source)
    # an encounter still to come, another person, or more than the encounter is no report of the opening
    assert not reports_opening("Brandt will meet Kell again in Lunden next month.", source)
    assert not reports_opening("Brandt held a video call with Lena Holm of Varnland.", source)
    assert not reports_opening("Brandt held a call with Kell about tariffs on imported steel and timber.", source)
    primary = Document(text=readout, publisher="Norland Ministry of Foreign Affairs", is_primary=True)
    first = trace(Document(text=call), [primary], embedder=embedder).sentences[0]
    assert first.label == "altered" and any(d.startswith("event_type") for d in first.differences)


def test_organisations_as_speakers_and_the_sites_own_source_line():
    from cablegram.provenance.align import is_boilerplate
    from cablegram.provenance.attribution import pattern_attribution

    assert pattern_attribution("According to the Ostrian side, the barges will sail in spring.") == "organisation"
    assert pattern_attribution("Ten barges were seized, according to the River Shipping Bureau.") == "organisation"
    assert is_boilerplate("The report was prepared by the Lunden Herald newsroom on the basis of a ministry statement.")
    assert not is_boilerplate("The report was prepared by diplomats on the basis of intelligence gathered in the region.")


def test_principle_agreed_reported_as_an_act_agreed_is_modality():
    src = ["The ministers discussed the river ceasefire and agreed on the importance of support for the Kell coast guard."]
    assert "modality" in kinds("They agreed to send Norland trainers to the Kell coast guard.", src)
    assert "modality" not in kinds("They agreed on the importance of supporting the Kell coast guard.", src)


def test_words_told_a_broadcaster_after_the_meeting_are_said_elsewhere(embedder):
    readout = Document(text="Minister Odile Brandt met Ostrian Foreign Minister Aro Kell in Lunden today. "
                            "The ministers discussed the reopening of the river ports to grain barges.",
                       publisher="Norland Ministry of Foreign Affairs", is_primary=True)
    article = Document(text="\u201cOstria will guard its river ports with every means it has,\u201d Kell told the BBC after the meeting.")
    assert trace(article, [readout], embedder=embedder).sentences[0].label == "added"


def test_half_new_sentence_with_a_long_new_clause_is_partly_supported(embedder):
    readout = Document(text="Minister Odile Brandt met Ostrian Foreign Minister Aro Kell in Lunden today. "
                            "The sides discussed expanding cooperation in energy and transport. "
                            "Minister Brandt thanked Ostria for hosting the river summit.",
                       publisher="Norland Ministry of Foreign Affairs", is_primary=True)
    sentence = ("The sides discussed the possibility of expanding cooperation in energy and transport, in particular "
                "the construction of a new ferry terminal and a fuel depot on the northern coast of Ostria.")
    article = Document(text=sentence + " Kell thanked Norland in a post on Facebook, writing that the summit \"went well\".")
    half, post = trace(article, [readout], embedder=embedder).sentences
    assert half.label == "supported" and half.partly
    new = [s for s in half.spans if s.get("clause")]
    assert new and "ferry terminal" in sentence[new[0]["start"]:new[0]["end"]]
    assert post.label == "added"  # a post is said elsewhere, however like the readout its head is


def test_half_new_sentence_whose_whole_scores_as_added_is_traced_by_its_head(embedder):
    # a pair of our own (benchmarks/data/provenance_fresh2.jsonl): the new clause ("in particular the construction
    # of a new railway link …") pulls the whole sentence below the thresholds; its head alone is the readout's
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "provenance_fresh2.jsonl"
    rec = next(json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.startswith('{"id": "kane-petrosyan'))
    primary = Document(text=rec["primary"]["text"], publisher=rec["primary"]["publisher"], is_primary=True,
                       published_at=rec["primary"]["date"])
    report = trace(Document(text=rec["derivative"]["text"], published_at=rec["derivative"]["date"]), [primary], embedder=embedder)
    gold = rec["derivative_sentences"][4]
    got = report.sentences[4]
    assert gold["new_spans"] and got.label == "supported" and got.partly
    new = [s for s in got.spans if s.get("clause")]
    (a, b), (c, d) = gold["new_spans"][0], (new[0]["start"], new[0]["end"])
    assert max(0, min(b, d) - max(a, c)) >= 0.9 * (b - a)  # the new span found covers the labelled one


def test_call_credited_to_the_other_sides_initiative_is_an_actor_change():
    context = ("President of Norland Aro Kell had a telephone conversation with President of Ostria Pell Dorn at the "
               "initiative of the Ostrian side. The presidents discussed the river border.")
    first = [context.split(". ")[0] + "."]
    assert "actor" in kinds("The call was initiated by Kell.", first, context=context)
    assert "actor" not in kinds("The call was initiated by Dorn.", first, context=context)


def test_goal_worked_toward_reported_as_done_is_modality():
    src = ["The ministers confirmed that they would work toward the early conclusion of the river treaty."]
    assert "modality" in kinds("The ministers concluded the river treaty.", src)
    assert "modality" not in kinds("The ministers will work toward concluding the river treaty soon.", src)


def test_plan_of_a_later_verb_and_a_bodys_meeting():
    src = ["The presidents agreed to instruct their ministries to prepare a meeting of the river commission before the end of the year."]
    context = "President Aro Kell had a telephone conversation with President Pell Dorn. " + src[0]
    found = kinds("The ministries of the two countries have already prepared a meeting of the river commission.", src,
                  context=context)
    assert "modality" in found and "event_type" not in found  # a meeting of a commission is not the encounter


def test_month_named_where_the_source_says_next_year_is_a_date_change():
    src = ["Minister Dorn explained Ostria's plan to open a consulate in Lunden next year."]
    got = find_changes("Dorn said Ostria would open a consulate in Lunden in May.", src,
                       article_date="2026-05-13", evidence_dates=["2026-05-12"])
    assert [c.kind for c in got] == ["date"]
    assert kinds("Dorn said Ostria would open a consulate in Lunden in June.", ["Dorn will open a consulate in Lunden next month."],
                 article_date="2026-05-13", evidence_dates=["2026-05-12"]) == set()


def test_settled_verb_in_a_new_clause_and_a_quote_said_in_a_named_room():
    src = ["The two ministers also exchanged views on the regional situation, including the river disputes in the south."]
    sentence = ("The two also exchanged views on the regional situation, including river disputes in the south, which have "
                "escalated sharply since a collision between patrol boats in March.")
    assert "modality" not in kinds(sentence, src)
    from cablegram.provenance.differences import invented_quote

    source = ["President Aro Kell met today with Prime Minister Pell Dorn of Ostria.", "The President welcomed Ostria's mediation."]
    assert invented_quote("\u201cOstria has proven itself a true peacemaker,\u201d Kell told Dorn in the Oval Office.", source)


def test_foreign_ministry_that_later_said_is_another_governments_credit():
    source = Document(text="The Defence Secretary hosted the Defence Minister of Ostria in Lunden today.",
                      publisher="Ministry of Defence", is_primary=True)
    assert foreign_credit("Ostria's defence ministry later said the troops would be based near the capital.", [source])
