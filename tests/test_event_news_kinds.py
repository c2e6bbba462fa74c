"""Kinds of wrong confident events an analyst found on real news (issue 12), through the full pipeline.

Each test stands for a kind of fault, not for a sentence: a pair taken from one list of subjects, a participant of
another clause, an opinion's recommendation, an event typed on a verb of no act, an idiom read literally. A
doubted event stays in the store (``--all``) under the confident floor; the controls show that the same
actors in a plain statement of the act keep a confidence above it. Sentences are written for these tests and
the states and people in them are fictional.
"""

from __future__ import annotations

from cablegram.nlp.events import DEFAULT_MIN_CONFIDENCE

FLOOR = DEFAULT_MIN_CONFIDENCE


def events_of(nlp, text: str) -> list:
    doc = nlp.make_doc(text)
    doc._.cg_date = "2025-06-11"
    doc._.cg_doc_id = "doc_news_kinds"
    return list(nlp(doc)._.cg_events)


def between(events, a: str, b: str) -> list:
    return [e for e in events if {e.source_text, e.target_text} == {a, b}]


def test_two_subjects_of_one_verb_are_not_each_others_target(nlp):
    events = between(events_of(nlp, "Tomas Reld and Ilse Marn foolishly withdrew all of their forces."),
                     "Tomas Reld", "Ilse Marn")
    # Members of one subject list are partners of a non-joint act, never each other's source and target
    # (event_actors.actor_pairs); no such pair is produced, confident or not.
    assert not events, [(e.type, e.source_text, e.target_text, e.confidence) for e in events]


def test_a_list_that_agrees_keeps_its_pair_confident(nlp):
    events = [e for e in events_of(nlp, "Avaria and Brelund agreed to reopen their embassies.") if e.type == "AGREE"]
    assert events and max(e.confidence for e in events) >= FLOOR


def test_a_participant_of_another_clause_is_no_source(nlp):
    events = events_of(nlp, "Attacks on the Avarian capital rose sharply when Tomas Reld took office.")
    from_reld = [e for e in events if e.source_text == "Tomas Reld"]
    assert from_reld, "the event is kept, with its doubt"
    assert all(e.confidence < FLOOR for e in from_reld)


def test_an_opinions_recommendation_is_not_confident(nlp):
    advised = [e for e in events_of(nlp, "Avaria should join forces with Brelund to put pressure on Corvia.")
               if e.source_text == "Avaria"]
    done = [e for e in events_of(nlp, "Avaria joined forces with Brelund to put pressure on Corvia.")
            if e.source_text == "Avaria"]
    assert advised and done
    assert all(e.confidence < FLOOR for e in advised)
    assert max(e.confidence for e in done) >= FLOOR


def test_a_reported_demand_keeps_its_speaker_as_source(nlp):
    events = [e for e in events_of(nlp, "Avaria said that Brelund must withdraw its troops from the border.")
              if e.type == "REQUEST"]
    assert events
    assert any(e.source_text == "Avaria" and e.confidence >= FLOOR for e in events)


def test_an_event_typed_on_a_verb_of_no_act_is_not_confident(nlp):
    for text in ("Ilse Marn sees her role as a partner of Brelund.",
                 "The move by Avaria follows mounting condemnation from Brelund."):
        events = events_of(nlp, text)
        assert all(e.confidence < FLOOR for e in events), (text, [(e.type, e.trigger, e.confidence) for e in events])


def test_idioms_state_no_act(nlp):
    for text, word in (("Corvia pulled off a daring rescue of Brelundian hostages.", "pulled"),
                       ("Avaria turned a blind eye to the smuggling by Brelund.", "turned"),
                       ("Avarian soldiers gave thousands of their lives in the war against Brelund.", "gave")):
        assert all(e.trigger != word for e in events_of(nlp, text)), text


def test_the_same_verbs_in_their_literal_sense_stay_events(nlp):
    for text, word in (("Corvia pulled its troops out of Brelund.", "pulled"),
                       ("Corvian soldiers gave food to the Brelundian villagers.", "gave")):
        events = [e for e in events_of(nlp, text) if e.trigger == word]
        assert events and max(e.confidence for e in events) >= FLOOR, text


def test_a_date_of_a_relative_clause_on_a_thing_is_not_the_acts(nlp):
    text = ("The Avarian senate openly accused Tomas Reld of ordering the raid, a claim set to haunt a career "
            "that had seemed secure three months ago.")
    accused = [e for e in events_of(nlp, text) if e.trigger == "accused"]
    assert accused
    assert all(e.date == "2025-06-11" and e.date_source == "publication" for e in accused)


def _with_entities(nlp, text: str, labels: dict[str, str]):
    from spacy.tokens import Span

    doc = nlp(nlp.make_doc(text))
    spans = []
    for phrase, label in labels.items():
        start = text.index(phrase)
        span = doc.char_span(start, start + len(phrase), label=label)
        assert span is not None, phrase
        spans.append(span)
    doc.ents = [Span(doc, s.start, s.end, label=s.label_) for s in spans]
    return doc, {s.text: s for s in doc.ents}


def test_a_word_of_a_persons_name_is_no_place(nlp):
    from cablegram.nlp.event_places import named_no_place

    doc, ents = _with_entities(nlp, "The envoy spoke about the death of Jamal Reld in Brelund.",
                               {"Jamal": "GPE", "Reld": "PERSON", "Brelund": "GPE"})
    assert named_no_place(ents["Jamal"])
    assert not named_no_place(ents["Brelund"])


def test_a_place_in_a_books_title_is_no_place(nlp):
    from cablegram.nlp.event_places import named_no_place

    doc, ents = _with_entities(nlp, "Ilse Marn, the author of the book: The Long Retreat and Lost Brelund, spoke "
                                    "in Corvia on Monday.",
                               {"The Long Retreat": "WORK_OF_ART", "Brelund": "GPE", "Corvia": "GPE"})
    assert named_no_place(ents["Brelund"])
    assert not named_no_place(ents["Corvia"])


def test_a_threat_named_in_a_condition_is_not_confident(nlp):
    text = "Avaria said it would shoot down the missiles if a Brelundian strike threatened Avarian troops."
    threats = [e for e in events_of(nlp, text) if e.trigger == "threatened"]
    assert threats
    assert all(e.confidence < FLOOR for e in threats)
    plain = [e for e in events_of(nlp, "Brelund threatened Avarian troops near the border.")
             if e.trigger == "threatened"]
    assert plain and max(e.confidence for e in plain) >= FLOOR


def test_who_is_accused_in_the_passive_is_no_accuser(nlp):
    events = events_of(nlp, "Members of the Avarian cell are accused of kidnapping the Brelundian envoy Piet Oran.")
    accusations = [e for e in events if e.trigger == "accused" and e.source_text is not None]
    assert all(e.confidence < FLOOR for e in accusations), [(e.source_text, e.confidence) for e in accusations]
