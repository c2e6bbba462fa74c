"""Kinds of error a new user found (issue 15), checked on sentences of our own (invented officials and countries):
relative days of a source with no date of its own, a stated day against a dated source's "today", the swapped parties
of a symmetric meeting, a speaker frame across languages, a `.json` source's language and an added speculation.
Each faithful rewrite must not count as a change and the real change of the same shape still must."""

from __future__ import annotations

from cablegram.provenance.differences import find_changes

MEETING = "Foreign Minister Ola Brek met Foreign Minister Inge Tamm of Ostria in Harl today."


def _kinds(sentence: str, evidence: list[str], **kw) -> list[str]:
    return sorted(c.kind for c in find_changes(sentence, evidence, context=" ".join(evidence), **kw)
                  if c.kind not in ("hedging", "new figure"))


def test_a_relative_day_of_an_undated_source_is_no_date_to_compare():
    # the source's "today" has no publication date: "on Thursday" / "on 6 May" cannot differ from it
    assert _kinds("Brek met Tamm of Ostria in Harl on Thursday.", [MEETING], article_date="2026-05-07") == []
    assert _kinds("Brek met Tamm of Ostria in Harl on 6 May.", [MEETING]) == []
    # with the source's date the days are compared: Thursday 7 May against a readout of Wednesday 6 May
    assert _kinds("Brek met Tamm of Ostria in Harl on Thursday.", [MEETING], article_date="2026-05-07",
                  evidence_dates=["2026-05-06"]) == ["date"]
    # two stated days still differ with no anchor at all
    assert _kinds("Brek met Tamm of Ostria in Harl on 7 May.", [MEETING.replace("today", "on 6 May")]) == ["date"]


def test_a_stated_day_is_the_dated_sources_today_even_when_the_article_has_no_date():
    dated = dict(evidence_dates=["2026-05-06"])
    assert _kinds("Brek met Tamm of Ostria in Harl on 6 May 2026.", [MEETING], **dated) == []
    assert _kinds("Brek met Tamm of Ostria in Harl on 6 May.", [MEETING], **dated) == []
    # another day against that "today" is still a date change
    assert _kinds("Brek met Tamm of Ostria in Harl on 9 May 2026.", [MEETING], **dated) == ["date"]


def test_the_parties_of_a_symmetric_meeting_told_the_other_way_round_are_no_actor_change():
    source = ["Foreign Minister Inge Tamm of Ostria met Vesland's Foreign Minister Ola Brek in Harl."]
    swapped = "The foreign minister of Vesland, Ola Brek, met his Ostrian counterpart Inge Tamm in Harl."
    assert _kinds(swapped, source) == []
    talks = ["Foreign Minister Inge Tamm of Ostria held talks with Vesland's Foreign Minister Ola Brek in Harl."]
    assert _kinds("Vesland's foreign minister Ola Brek held talks with Inge Tamm of Ostria in Harl.", talks) == []
    # a third person meeting the counterpart is still another actor
    assert _kinds("The foreign minister of Vesland, Piet Lund, met his Ostrian counterpart Inge Tamm in Harl.",
                  source) == ["actor"]


def test_across_languages_a_speaker_frame_is_not_the_doer_of_the_reported_act():
    aid = ["Острія надасть 10 мільйонів євро гуманітарної допомоги на ремонт мостів."]
    assert _kinds("Tamm said Ostria would provide 10 million euros in humanitarian aid for bridge repairs.", aid,
                  same_language=False) == []
    assert _kinds("Tamm told reporters that Ostria will provide 10 million euros in humanitarian aid for bridge "
                  "repairs.", aid, same_language=False) == []
    # the reported act's own doer swapped is still an actor change, with or without a speaker frame
    thanks = ["Тамм подякувала Бреку за підтримку."]
    assert _kinds("Brek thanked Tamm for the support.", thanks, same_language=False) == ["actor"]
    assert _kinds("Officials said Brek thanked Tamm for the support.", thanks, same_language=False) == ["actor"]


def test_a_json_source_gets_its_language_as_ingested_text_does(tmp_path):
    import json

    from cablegram.nlp.language import detect_language
    from cablegram.provenance.inputs import json_document

    for text in ("Foreign Minister Ola Brek met Ostrian Foreign Minister Inge Tamm in Harl today.",
                 "Міністр закордонних справ Ола Брек зустрівся з міністром Інге Тамм у Гарлі."):
        path = tmp_path / "readout.json"
        path.write_text(json.dumps({"text": text, "publisher": "Ministry", "language": "xx"}), encoding="utf-8")
        doc = json_document(path)
        assert doc.language == detect_language(text) and doc.meta["declared_language"] == "xx"
    assert json_document(path).language == "uk"
    path.write_text(json.dumps({"text": "Foreign Minister Ola Brek met Ostrian Foreign Minister Inge Tamm in Harl "
                                        "today."}), encoding="utf-8")
    assert json_document(path).language == "en"


def test_an_analysts_speculation_is_never_the_readouts_in_either_language():
    from cablegram.provenance.align import _not_from_readout

    readout = "Міністр Брек зустрівся з міністром Тамм у Гарлі."
    for text in ("Analysts have noted that the visit may signal a shift in Ostria's cautious stance.",
                 "Observers suggested the talks could open the way to a trade agreement.",
                 "Several officials warned that the visit may delay the border talks, according to sources."):
        assert _not_from_readout(text, readout, True) and _not_from_readout(text, readout, False)
    # a minister's own words are no analysts' claim
    assert not _not_from_readout("Tamm noted that the visit may open the way to a trade agreement.", readout, True)


AID = ("Minister Ola Brek announced that Vesland will give 8 million euros to rebuild the water network of Harl. "
       "Brek and Tamm also discussed the timetable for the border talks.")


def test_a_changed_figure_credited_to_unnamed_sources_is_still_the_readouts_fact_altered():
    from cablegram.provenance.align import credited_fact_with_new_figure

    evidence = [AID.split(". ")[0] + "."]
    for text in ("Brek said Vesland would give 11 million euros to rebuild the water network of Harl, according to "
                 "people familiar with the plan.",
                 "Officials close to the ministry said Vesland would give 11 million euros to rebuild Harl's water "
                 "network.",
                 "Vesland will reportedly give 11 million euros to rebuild the water network of Harl."):
        assert credited_fact_with_new_figure(text, evidence), text
    # the same figure is no change; speculation without the readout's fact, or a figure of another unit, is not it
    for text in ("Brek said Vesland would give 8 million euros to rebuild the water network of Harl, according to "
                 "people familiar with the plan.",
                 "Sources close to the ministry said the sum could double next spring to 16 million euros if the "
                 "winter proves harsh.",
                 "According to sources, Vesland would give 300 engineers to rebuild the water network of Harl."):
        assert not credited_fact_with_new_figure(text, evidence), text


def test_a_changed_amount_with_an_anonymous_credit_is_traced_as_altered_number(minilm):
    from cablegram.provenance.trace import trace
    from cablegram.records import Document

    readout = Document(text=AID, publisher="Ministry of Foreign Affairs of Vesland", is_primary=True)
    changed = ("Brek said Vesland would give 11 million euros to rebuild the water network of Harl, according to "
               "people familiar with the plan.")
    [s] = trace(Document(text=changed), [readout], embedder=minilm).sentences
    assert s.label == "altered" and any(d.startswith("number") for d in s.differences), (s.label, s.differences)
    speculation = ("Sources close to the ministry said the sum could double next spring to 16 million euros if the "
                   "winter proves harsh.")
    [s] = trace(Document(text=speculation), [readout], embedder=minilm).sentences
    assert s.label == "added"
