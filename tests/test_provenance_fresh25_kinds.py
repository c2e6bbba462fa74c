"""Kinds of error found on the development part of the fresh25 set (written by an analyst who never saw the code,
2 December 2026, round A of the third session) and older open kinds, each on sentences of our own (invented people,
places and bodies): the real change of the kind must be found and the faithful rewrite must not count as one. Two
kinds fixed then have no own sentence here that failed before the fix: a credit inside a new relative clause ("…, which
officials say …") left to the clause, and quoted words the source lacks left out of the predicate check."""

from __future__ import annotations

import pytest

from cablegram.provenance import trace
from cablegram.provenance.differences import find_changes
from cablegram.provenance.embeddings import load_embedder
from cablegram.provenance.expressions import expressions
from cablegram.records import Document


def _kinds(sentence: str, evidence: str) -> list[str]:
    return sorted(c.kind for c in find_changes(sentence, [evidence], context=evidence)
                  if c.kind not in ("hedging", "new figure"))


def test_a_year_like_figure_that_counts_things_is_a_number():
    # "of <figure> <plural noun>" inside the clause counts the things: a changed count, no changed date
    dates, _, numbers = expressions("The relief agency shipped a total of 2040 blankets to Marro.")
    assert not dates and [n.text for n in numbers] == ["2040"]
    assert _kinds("The relief agency shipped a total of 2040 blankets to Marro.",
                  "The relief agency shipped a total of 2060 blankets to Marro.") == ["number"]
    assert _kinds("Enrolment at the school climbed to 2020 pupils.",
                  "Enrolment at the school climbed to 2010 pupils.") == ["number"]


def test_a_year_opening_its_clause_or_before_a_joining_word_stays_a_date():
    for text in ("By 2035 the harbour tolls must double.", "Fishing quotas were cut in 2022 as stocks fell.",
                 "The ferry line has run since 2018, the port said."):
        dates, _, numbers = expressions(text)
        assert [d.key[2] for d in dates] and not numbers, text
    assert _kinds("Fishing quotas were cut in 2021 as stocks fell.",
                  "Fishing quotas were cut in 2022 as stocks fell.") == ["date"]


def test_talks_at_a_named_place_for_a_call_are_an_event_type_change():
    source = "Harbour master Ola Brenn phoned the fisheries inspector, Mia Holt, on Tuesday."
    assert _kinds("Brenn sat down for talks with the inspector in Velm.", source) == ["event_type"]
    # a month after "in" is no place
    assert _kinds("Brenn sat down for talks with the inspector in April.", source) == []


def test_a_month_after_in_is_no_place_of_the_meeting():
    source = "The unions said they settled the pay dispute at last month's meeting in Brekka."
    assert _kinds("The unions settled the pay dispute at a meeting in Brekka in May.", source) == []
    assert _kinds("The unions settled the pay dispute at a meeting in Skoll in May.", source) == ["event_type"]


def test_the_day_of_the_statement_in_a_speech_frame_is_no_changed_date():
    source = "Crews are repairing the sea wall at Lunde, which storms broke in January."
    changes = find_changes("Repairs to Lunde's sea wall, broken by January storms, are under way, a council spokeswoman "
                           "told reporters on Friday.", [source], context=source, article_date="2026-03-06",
                           evidence_dates=["2026-03-06"])
    assert [c.kind for c in changes if c.kind == "date"] == []
    # a day of the act itself is still compared
    changes = find_changes("Crews began repairing the sea wall at Lunde on Friday after storms broke it in March.",
                           [source], context=source, article_date="2026-03-06", evidence_dates=["2026-03-06"])
    assert "date" in [c.kind for c in changes]


def test_the_noun_of_a_settling_act_in_the_source_tells_it_done():
    assert _kinds("Residents cheered a footbridge approved by the council.",
                  "Residents cheered the council's approval of a second footbridge.") == []
    # still sought in the source: settling it is a change
    assert _kinds("Parliament approved the fishing accord.",
                  "The government asked for parliamentary approval of the fishing accord.") == ["modality"]


def test_role_nouns_exchanged_around_the_same_verb_are_an_actor_change():
    source = "The coach told the referee about the crowd trouble before kick-off."
    assert _kinds("The referee told the coach about the crowd trouble before kick-off.", source) == ["actor"]
    assert _kinds("The coach told the referee about the crowd trouble before kick-off.", source) == []
    # an encounter both sides hold is no change
    assert _kinds("The two ministers met the mayor of Dorn.", "The mayor of Dorn met the two ministers.") == []


def test_what_a_plan_makes_possible_told_as_possible_now_is_a_modality_change():
    source = "The library intends to add a night desk so that students can borrow books after ten by spring."
    assert _kinds("Students can now borrow books after ten at the library's night desk.", source) == ["modality"]


def test_a_span_of_days_for_one_day_is_a_duration_change():
    source = "The ferry will run an extra crossing on Sunday for the festival."
    assert _kinds("The ferry will run an extra crossing all weekend for the festival.", source) == ["duration"]
    assert _kinds("The ferry will run an extra crossing throughout the week, officials said.",
                  "The ferry will run an extra crossing throughout the week.") == []


@pytest.fixture(scope="module")
def embedder():
    return load_embedder("auto")


def _labels(embedder, source_text: str, article_text: str) -> list[tuple[str, list[str]]]:
    source = Document(text=source_text, published_at="2026-05-04", is_primary=True, publisher="Office of the Governor")
    article = Document(text=article_text, published_at="2026-05-04")
    return [(s.label, s.differences) for s in trace(article, [source], embedder=embedder).sentences]


# A school board's note of its own (chair, parents, the library): the readout of the trace tests.
_BOARD = ("The school board of Orsa met a group of parents on Thursday, chaired by Nina Lamm. Lamm praised the roof "
          "repairs finished in the spring. The parents asked for longer library hours.")


def test_a_subject_alone_is_no_supported_head(embedder):
    # the head left by the new clause is the subject and its apposition: the new clause is the whole claim
    labels = _labels(embedder, _BOARD, "The board's chair, Nina Lamm, hopes the new wing opens by May.")
    assert labels[0][0] == "added", labels


def test_counts_of_plainly_different_things_are_no_changed_figure():
    # another thing for the same receiver is another count, not a changed one
    assert _kinds("The board is also giving the ferry company two tugboats, a spokesman said.",
                  "The harbour board will buy the ferry company four new gangways.") == []
    # the same things, or the same people in other words, with another figure: a changed number
    assert _kinds("Velm will send 300 troops to the border.", "Velm will send 200 soldiers to the border.") == ["number"]
    assert _kinds("Velm will send three patrol boats.", "Velm will send two boats for patrols.") == ["number"]


def test_the_place_where_the_credited_text_was_issued_is_no_place_of_the_meeting():
    # fresh26 dev kind, own sentences: the city of the credit is not where the meeting is
    source = "The two mayors met in Orsk and agreed to set up a flood council."
    assert _kinds("The two mayors met in Orsk and agreed to set up a flood council, according to a note issued in "
                  "Velm.", source) == []
    assert _kinds("The two mayors met in Velm and agreed to set up a flood council.", source) == ["event_type"]
