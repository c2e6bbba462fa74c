"""A line that only points to another story ("Read also: …", "See also – …", "Related: …") is page
furniture, not reporting: it is not stored in the article's text (HTML pages and plain text alike), while
a sentence that merely starts with such a word ("Related-party loans …") stays. Inputs written for this test."""

from __future__ import annotations

from cablegram.ingest import ingest_sources
from cablegram.ingest.quality import is_boilerplate

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Estonia expands its reserve training</title>
<meta property="article:published_time" content="2025-04-09T07:20:00+03:00"></head><body>
<nav><a href="/">Home</a><a href="/baltics">Baltics</a></nav>
<article><h1>Estonia expands its reserve training</h1>
<p>Estonia will call up twice as many reservists for exercises this year as last, the defence forces said on Wednesday.</p>
<p>Read also: Latvia reopens a conscription office in Daugavpils</p>
<p>The exercises will take place in the south of the country over three weeks in the autumn.</p>
<p>RELATED COVERAGE | Lithuania orders new radars for its air force</p>
<p>Officials said the training budget had been approved by parliament in December.</p>
</article><footer>Pine Coast Post</footer></body></html>
"""

TEXT = """Malta and Iceland signed a fisheries accord in Valletta on Tuesday, the Maltese government said.
See also - Cyprus hosts a maritime security conference
Related-party loans at the state shipping firm fell after the accord, the regulator said.
"""


def _texts(store, tmp_path, name: str, body: str) -> list[str]:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    assert ingest_sources(store, [str(path)]).failed == []
    return [doc.text for doc in store.iter_documents()]


def test_related_story_lines_leave_an_html_article(store, tmp_path):
    [text] = _texts(store, tmp_path, "reserve.html", PAGE)
    assert "Read also" not in text and "RELATED COVERAGE" not in text and "Daugavpils" not in text
    assert text.startswith("Estonia will call up twice as many reservists")
    assert text.endswith("approved by parliament in December.")
    assert "three weeks in the autumn." in text


def test_related_story_line_leaves_plain_text_and_reporting_stays(store, tmp_path):
    [text] = _texts(store, tmp_path, "accord.txt", TEXT)
    assert "See also" not in text and "Cyprus" not in text
    assert "Related-party loans at the state shipping firm fell" in text


def test_only_short_link_lines_are_furniture():
    assert is_boilerplate("Also read: Norway funds a new ferry route to Svalbard")
    assert not is_boilerplate("Read more about the ferry route in the long report the ministry published on Monday, "
                              "which sets out the costs, the timetable and the harbours that will need new berths "
                              "before the first sailing next spring.")
    assert not is_boilerplate("Related talks on the ferry route will resume in Tromso next week.")
