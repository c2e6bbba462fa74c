"""An HTML page's publication date from a visible "Published <date>" label (no date in a <meta> tag):
the label wins over the latest date on the page (an "Updated" date beside it), and a date in the
article's prose ("a plan published on …") is never read as the page's. Pages written for this test."""

from __future__ import annotations

from cablegram.ingest.html import document_from_html

BODY = """<div class="body"><p>Norway and Iceland resumed talks on new ferry routes in Reykjavik, the Norwegian
foreign ministry said in a statement.</p>
<p>The two governments want a weekly sailing between Bergen and Seydisfjordur before the end of the decade.</p>
<p>Officials said a first agreement on harbour fees could be signed within months.</p></div>"""


def _page(meta_line: str, body: str = BODY) -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Ferry talks resume</title></head>"
            f"<body><div class='story'><h1>Ferry talks resume</h1>{meta_line}{body}</div>"
            f"<div class='footer'>Harbour Lights Daily. All rights reserved.</div></body></html>")


def test_published_label_wins_over_the_update_beside_it():
    for line in ('<div class="meta">Updated 9 April 2025, 10:02 | Published 8 April 2025, 07:15</div>',
                 '<div class="meta">Last modified 2025-04-10 · Posted on 2025-04-08</div>',
                 '<div class="meta"><span>Updated: April 9, 2025</span><span>First published: April 8, 2025</span></div>'):
        doc = document_from_html(_page(line), "ferry.html")
        assert doc.published_at[:10] == "2025-04-08", line


def test_a_meta_date_still_wins_and_prose_dates_are_not_labels():
    with_meta = _page('<div class="meta">Published 8 April 2025</div>').replace(
        "<title>", '<meta property="article:published_time" content="2025-04-07T21:00:00Z"><title>')
    assert document_from_html(with_meta, "ferry.html").published_at[:10] == "2025-04-07"
    prose = BODY.replace("within months.</p>", "within months, under a plan published on 3 May 2019.</p>")
    doc = document_from_html(_page('<p class="date">8 April 2025</p>', prose), "ferry.html")
    assert doc.published_at is None or doc.published_at[:10] == "2025-04-08"


def test_published_labels_in_other_languages():
    for line in ('<div class="meta">Opublikowano: 8 kwietnia 2025</div>',
                 '<div class="meta">Опубліковано 8 квітня 2025, 07:15</div>',
                 '<div class="meta">Veröffentlicht am 8. April 2025, 07:15 Uhr</div>'):
        doc = document_from_html(_page(line), "ferry.html")
        assert doc.published_at[:10] == "2025-04-08", line


def test_ambiguous_numeric_label_and_a_year_alone_give_no_date():
    doc = document_from_html(_page('<div class="meta">Published 04/08/2025</div>'), "ferry.html")
    assert doc.published_at is None and "unparsed_date" in doc.quality
    # a page that gives only a year is never dated 1 January of it
    doc = document_from_html(_page('<div class="meta">Harbour Lights Daily, 2025 edition</div>'), "ferry.html")
    assert doc.published_at is None and "partial_date" in doc.quality
    # a real New Year's Day date stays
    doc = document_from_html(_page('<div class="meta">1 January 2025</div>'), "ferry.html")
    assert doc.published_at[:10] == "2025-01-01"


def test_a_visible_stamp_before_the_last_modified_meta_is_the_publication_date():
    modified = "<meta property='article:modified_time' content='2025-04-11T10:00:00+02:00'>"
    page = _page('<p class="meta">Tuesday, 08 April 2025 | 07:15 CET</p>').replace("</title>", "</title>" + modified)
    assert document_from_html(page, "ferry.html").published_at[:10] == "2025-04-08"
    # without a visible stamp the date found stays (nothing better is written on the page)
    bare = _page("").replace("</title>", "</title>" + modified)
    assert document_from_html(bare, "ferry.html").published_at[:10] == "2025-04-11"
    # a stamp later than the modified date is no publication date
    later = _page('<p class="meta">Saturday, 12 April 2025</p>').replace("</title>", "</title>" + modified)
    assert document_from_html(later, "ferry.html").published_at[:10] == "2025-04-11"



RELATED = """<div class="more"><h3>More from the coast</h3>
<p><a href="/a">Harbour pilots end their strike</a> &ndash; 7 November 2025</p>
<p><a href="/b">New lighthouse keepers sworn in</a> &ndash; 10 November 2025</p></div>"""


def test_a_published_label_after_an_entity_separator_wins_over_a_related_links_date():
    """The byline writes its separator as an HTML entity ("By … &middot; Published …"); the label is still the
    page's date, not a related link's earlier date (trafilatura's pick here) nor the update after it."""
    for sep in ("&middot;", "&bull;", "&#183;", "&#x2022;", "&vert;"):
        line = (f'<p class="byline">By Ingrid Solberg {sep} Published Wednesday 12 November 2025 {sep} '
                f'Updated 13 November 2025, 10:02</p>')
        doc = document_from_html(_page(line, BODY + RELATED), "ferry.html")
        assert doc.published_at[:10] == "2025-11-12", sep


def test_entities_in_a_date_stamp_or_a_label_are_read_as_the_reader_sees_them():
    """A page's raw HTML writes a stamp's separator or a label's spaces as entities ("&middot;", "&#124;",
    "&nbsp;"); they are the characters the reader sees, so the stamp and the label are read."""
    modified = "<meta property='article:modified_time' content='2025-04-11T10:00:00+02:00'>"
    for stamp in ("Tuesday, 08 April 2025 &middot; 07:15 CET", "Tuesday, 08 April 2025 &#124; 07:15 CET"):
        page = _page(f'<p class="meta">{stamp}</p>').replace("</title>", "</title>" + modified)
        assert document_from_html(page, "ferry.html").published_at[:10] == "2025-04-08", stamp
    line = '<p class="byline">By Ingrid Solberg &middot; Published&nbsp;Wednesday&nbsp;12&nbsp;November&nbsp;2025</p>'
    assert document_from_html(_page(line, BODY + RELATED), "ferry.html").published_at[:10] == "2025-11-12"
    # an ambiguous numeric label stays no date, entities or not
    doc = document_from_html(_page('<p class="byline">By Ingrid Solberg &middot; Published&nbsp;04/08/2025</p>'),
                             "ferry.html")
    assert doc.published_at is None and "unparsed_date" in doc.quality
