"""A page is never dated by another story's date: a page with no date of its own whose only full date stands
beside a related story's headline ("More from …" blocks, an ``<aside>`` list) or in its link's address has no
date (it took the related story's day, another month); a page's own date (a byline stamp, its permalink, its
canonical address, a link to the day's archive) is kept beside the same related links. Pages written for this test."""

from __future__ import annotations

import pytest

from cablegram.ingest.html import document_from_html
from cablegram.ingest.quality import finish_document

BODY = ("<h1>Ferry link reopens</h1>"
        "<p>Malawi and Mozambique reopened the ferry link across Lake Malawi on Wednesday after a month-long halt, "
        "the Malawian transport ministry said in a statement from Lilongwe.</p>"
        "<p>Two boats will cross daily until the rainy season, officials said.</p>"
        "<p>Fares stay as they were before the halt.</p>")

RELATED = {
    "beside the headline": "<div class='more'><h3>More from Southern Africa</h3><p><a href='/zambia-grain'>Zambia "
                           "lifts its maize export ban</a> 9 June 2023</p><p><a href='/lesotho-dam'>Lesotho dam "
                           "tender delayed again</a> 2 June 2023</p></div>",
    "in an aside list": "<aside><h3>Related</h3><ul><li><a href='/zambia-grain'>Grain ban lifted</a><span>9 June 2023"
                        "</span></li><li><a href='/lesotho-dam'>Dam tender delayed</a><span>2 June 2023</span></li>"
                        "</ul></aside>",
    "in the link's address": "<div class='more'><h3>More from Southern Africa</h3><p><a href='/2023/06/09/zambia-"
                             "grain'>Zambia lifts its maize export ban</a></p></div>",
}


def _page(head: str, body: str) -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Ferry link reopens - Lakeside Courier</title>"
            f"{head}</head><body><div class='story'>{body}</div><footer>Lakeside Courier</footer></body></html>")


@pytest.mark.parametrize("where", sorted(RELATED))
def test_a_page_without_a_date_of_its_own_is_not_dated_by_a_related_story(where):
    doc = finish_document(document_from_html(_page("", BODY + RELATED[where]), "ferry.html"))
    assert doc.published_at is None, (where, doc.published_at)
    assert "Malawi and Mozambique reopened the ferry link" in doc.text


OWN_DATES = {
    "byline stamp": ("", "<div class='meta'>By <a href='/authors/chipo-banda'>Chipo Banda</a> | 21 June 2023</div>"),
    "permalink": ("", "<div class='meta'>Posted on <a href='https://lakeside-courier.example/ferry-link/' "
                      "rel='bookmark'>June 21, 2023</a></div>"),
    "canonical address": ("<link rel='canonical' href='https://lakeside-courier.example/2023/06/21/ferry-link/'>", ""),
    "archive link": ("", "<ul class='meta'><li>Chipo Banda</li><li><a href='/archive/2023/06/21'>21 June 2023</a></li>"
                         "</ul>"),
}


@pytest.mark.parametrize("kind", sorted(OWN_DATES))
@pytest.mark.parametrize("where", sorted(RELATED))
def test_a_pages_own_date_is_kept_beside_dated_related_links(kind, where):
    head, byline = OWN_DATES[kind]
    html = _page(head, BODY.replace("</h1>", "</h1>" + byline) + RELATED[where])
    doc = finish_document(document_from_html(html, "ferry.html"))
    assert (doc.published_at or "")[:10] == "2023-06-21", (kind, where, doc.published_at)
