"""Lines of a page that are no reporting: a date stamp alone ("8 March", "Updated: 9 March 2024, 10:20"), a
copyright notice with its sentences ("© 2025 X. This article may not be reproduced …") and an audio
player's label ("Listen to this article") leave the main text; sentences that mention dates, copyright or
listening stay. Lines written for this test."""

from __future__ import annotations

import pytest

from cablegram.ingest.html import document_from_html
from cablegram.ingest.quality import is_boilerplate, strip_boilerplate


@pytest.mark.parametrize("line", [
    "8 March", "March 8, 2024 10:20 AM", "Updated: 9 March 2024, 10:20", "Thursday, 7 March 2024",
    "Published on 8 March 2024 at 09:15", "2024-03-08 10:20 UTC", "Sept. 3, 2025",
    "© Oxus Herald 2024. This article may not be reproduced without permission.",
    "Copyright 2024 Oxus Herald. Not to be republished without permission.", "Copyright © Oxus Herald",
    "Listen to this article", "Listen to article · 4 min",
])
def test_stamp_lines_are_furniture(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "March 8 was the deadline for the new tariff schedule.",
    "In March 2024 the border talks resumed in Tashkent.",
    "8 March 2024: talks resume in Tashkent",
    "Copyright lawyers said the ruling would stand on appeal.",
    "Copyright 2030 targets for the film industry were set by the ministry on Monday.",
    "Officials said the photographs may not be reproduced in the press.",
    "Listen to this story of a flood, the mayor told reporters.",
])
def test_sentences_about_dates_copyright_or_listening_stay(line):
    assert not is_boilerplate(line)


def test_stamps_leave_a_page_and_its_text():
    body = ("<p>Uzbekistan and Tajikistan reopened a rail crossing near Termez on Friday after a two-month "
            "closure for repairs.</p><p>Freight trains carrying cotton and cement were the first to pass, the "
            "railway company said.</p>")
    html = (f"<html><head><title>Crossing reopens</title></head><body><article><h1>Crossing reopens</h1>"
            f"<p>Listen to this article</p><span itemprop='datePublished' content='2024-03-08'>8 March</span>{body}"
            "<p>© Oxus Herald 2024. This article may not be reproduced without permission.</p></article></body></html>")
    doc = document_from_html(html, "crossing.html")
    assert doc.text.split("\n")[-2:] == [
        "Uzbekistan and Tajikistan reopened a rail crossing near Termez on Friday after a two-month closure for repairs.",
        "Freight trains carrying cotton and cement were the first to pass, the railway company said."]
    assert not any(w in doc.text for w in ("Listen", "8 March", "©"))
    text, dropped = strip_boilerplate("Talks resumed on Monday.\n8 March\nThe ministers met in Dushanbe.")
    assert (text, dropped) == ("Talks resumed on Monday.\nThe ministers met in Dushanbe.", 1)


@pytest.mark.parametrize("line", [
    "4 min read", "Reading time: 3 minutes", "Updated 2 hours ago", "5 days ago", "Comments (12)", "12 comments",
    "View all comments", "Home > World > Asia", "Home › Regions › Mongolia", "Image caption, Lorries queue at a crossing",
    "Image source, Steppe Courier", "Enjoyed this story? Support independent journalism in the region.",
])
def test_reading_furniture_lines_are_furniture(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", [
    "Home secretary resigns", "Home to three million people, the city is the country's capital.",
    "An hour ago, rebels shelled the town.", "Three days ago the talks collapsed in Ulaanbaatar.",
    "The minister made 12 comments on the bill before the vote.", "Read the full text of the treaty here.",
])
def test_reporting_with_those_words_stays(line):
    assert not is_boilerplate(line)
