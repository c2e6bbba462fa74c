"""A page without a site-name ``<meta>`` names its publisher in its schema.org JSON-LD (``"publisher": {"name":
…}``) or its site in the ``<title>`` beside the headline ("Headline | Site", "Site – Headline", "Headline |
Section | Site"): that name is the publisher. A title that only repeats or extends the headline, or names a
section, gives none. Pages written for this test."""

from __future__ import annotations

import pytest

from cablegram.ingest.html import document_from_html, jsonld_publisher, title_site_name

BODY = ("<p>Dock workers in Valparaiso returned to their cranes on Monday after a nine-day stoppage over night "
        "shift rules.</p><p>The port authority said container traffic would be back to normal by the weekend.</p>")


def _page(title: str, headline: str = "Valparaiso dockers end stoppage", head_extra: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>{head_extra}</head>'
            f"<body><nav><a href='/'>Home</a></nav><article><h1>{headline}</h1>{BODY}</article>"
            "<footer>All rights reserved.</footer></body></html>")


@pytest.mark.parametrize("title", [
    "Valparaiso dockers end stoppage | Andean Port Review",
    "Andean Port Review – Valparaiso dockers end stoppage",
    "Valparaiso dockers end stoppage - Economy | Andean Port Review",
    "Valparaiso dockers end stoppage :: Andean Port Review",
])
def test_site_named_beside_the_headline_is_the_publisher(title):
    doc = document_from_html(_page(title), "dockers.html")
    assert doc.publisher == "Andean Port Review"
    assert "Andean Port Review" not in doc.text


@pytest.mark.parametrize("title", [
    "Valparaiso dockers end stoppage",  # the headline alone
    "Valparaiso dockers end stoppage - and cranes turn again",  # the headline goes on
    "Valparaiso dockers end stoppage | World",  # a section, not a site
    "Port news | Andean Port Review",  # neither end is the headline
    "Valparaiso dockers end stoppage | the port authority said on Monday.",  # a sentence, not a name
])
def test_no_site_name_when_the_title_names_no_site(title):
    assert title_site_name(_page(title), "Valparaiso dockers end stoppage") is None


def test_page_whose_title_is_the_headline_has_no_publisher():
    assert document_from_html(_page("Valparaiso dockers end stoppage | World"), "dockers.html").publisher is None


def test_site_name_meta_wins_over_the_title():
    meta = '<meta property="og:site_name" content="Cordillera Times">'
    doc = document_from_html(_page("Valparaiso dockers end stoppage | Andean Port Review", head_extra=meta),
                             "dockers.html")
    assert doc.publisher == "Cordillera Times"


def test_title_entities_and_a_separator_inside_the_headline():
    html = "<title>Strike ends - cranes turn &amp; ships sail | Ports &amp; Harbours Weekly</title>"
    assert title_site_name(html, "Strike ends - cranes turn & ships sail") == "Ports & Harbours Weekly"
    assert title_site_name(html, None) is None


def _ld(value: str) -> str:
    return f'<script type="application/ld+json">{value}</script>'


def test_jsonld_publisher_is_the_publisher_before_the_title():
    ld = _ld('{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Valparaiso dockers end '
             'stoppage", "publisher": {"@type": "Organization", "name": "Cordillera Times"}}')
    doc = document_from_html(_page("Valparaiso dockers end stoppage | Andean Port Review", head_extra=ld),
                             "dockers.html")
    assert doc.publisher == "Cordillera Times"
    bare = document_from_html(_page("Valparaiso dockers end stoppage", head_extra=ld), "dockers.html")
    assert bare.publisher == "Cordillera Times"


@pytest.mark.parametrize("blocks, name", [
    (_ld('{"@graph": [{"@type": "WebSite", "name": "cordillera"}, '
         '{"@type": "NewsArticle", "publisher": [{"name": "Cordillera  Times"}]}]}'), "Cordillera Times"),
    (_ld("{not json") + _ld('[{"@type": "Article", "publisher": "Cordillera Times"}]'), "Cordillera Times"),
    (_ld('{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Ines Rojas"}}'), None),
    (_ld("{not json"), None),
])
def test_jsonld_publisher_shapes(blocks, name):
    assert jsonld_publisher(f"<html><head>{blocks}</head></html>") == name


def test_title_headline_differs_from_the_page_site_named_by_the_copyright_line():
    page = _page("Dockers end stoppage | Andean Port Review").replace(
        "All rights reserved.", "© 2025 Andean Port Review. All rights reserved.")
    assert document_from_html(page, "dockers.html").publisher == "Andean Port Review"
    rights_first = _page("Dockers end stoppage | Andean Port Review").replace(
        "All rights reserved.", "Andean Port Review. All rights reserved.")
    assert document_from_html(rights_first, "dockers.html").publisher == "Andean Port Review"
    # the same title without the name in a rights line names no site: the end might be a second headline
    assert title_site_name(_page("Dockers end stoppage | Andean Port Review"), "Valparaiso dockers end stoppage") is None


def test_a_sitename_that_is_only_the_host_gives_way_to_the_name_the_title_writes():
    canonical = '<link rel="canonical" href="https://andeanportreview.example/news/2025/dockers">'
    named = document_from_html(_page("Valparaiso dockers end stoppage | Andean Port Review", head_extra=canonical),
                               "dockers.html")
    assert named.publisher == "Andean Port Review"
    # a page that writes no name keeps what trafilatura found (the host), as before
    bare = document_from_html(_page("Valparaiso dockers end stoppage", head_extra=canonical), "dockers.html")
    assert bare.publisher in (None, "andeanportreview.example")
