"""What the furniture filter used to leave of a page: the one paragraph of a consent or pay wall that names no
cue ("We use cookies and data to deliver and maintain our services …") stored as the article, while a page whose
wrapper merely names a cookie banner keeps its article; the headlines of a related-links block trafilatura
keeps without its heading; a related-links heading with its headlines and an author's bio closing a text.
Pages and lines written for this test."""

from __future__ import annotations

import pytest

from cablegram.errors import InputError
from cablegram.ingest.html import document_from_html
from cablegram.ingest.quality import finish_document, strip_boilerplate

GOOGLE_STYLE_WALL = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Before you continue</title>
</head><body><div class="consent"><h2>Before you continue</h2>
<p>We use cookies and data to deliver and maintain our services, track outages and protect against spam, fraud and
abuse, and measure audience engagement and site statistics to understand how our services are used.</p>
<p>If you choose to Accept all, we will also use cookies and data to develop and improve new services and show
personalised content depending on your settings.</p>
<p>If you choose to Reject all, we will not use cookies for these additional purposes.</p>
<button>Reject all</button><button>Accept all</button></div></body></html>"""

FRENCH_WALL = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Avant de continuer</title></head>
<body><div class="cmp-wall"><h2>Nous respectons votre vie privée</h2>
<p>Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker et
accéder à des informations personnelles comme votre visite sur ce site.</p>
<p>Vous pouvez retirer votre consentement à tout moment en cliquant sur « En savoir plus » ou dans notre politique
de confidentialité sur ce site.</p>
<p>Avec nos partenaires, nous traitons les données suivantes : données de géolocalisation précises, publicités et
contenu personnalisés, mesure de performance.</p>
<button>Accepter et fermer</button></div></body></html>"""

PAYWALL = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Subscribe to read</title></head><body>
<div class="paywall"><h1>Subscribe to continue reading</h1>
<p>You have reached your limit of free articles this month. Subscribe now for unlimited access to our
journalism and newsletters.</p>
<p>Already a subscriber? Log in to continue reading. Cancel anytime; terms apply to all digital subscriptions.</p>
<p>Choose a plan that suits you: digital access for one month at a reduced price, then the standard monthly rate
thereafter until you cancel.</p></div></body></html>"""

STORY = ["Nigerian President Bola Tinubu arrived in Accra on Thursday for talks with Ghanaian President John Mahama "
         "on regional trade and security.",
         "The two leaders were expected to sign a memorandum on cross-border electricity supply."]

WRAPPED_ARTICLE = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Tinubu in Accra</title></head>
<body><div id="page" class="page-wrap has-cookie-consent">
<div class="cookie-consent"><p>We use cookies to measure traffic. By clicking Accept all you agree to our cookie
policy.</p><button class="cookie-accept">Accept all</button></div>
<div class="story"><p>{STORY[0]}</p><p>{STORY[1]}</p></div></div></body></html>"""

RELATED_BLOCK = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Orban meets Fico</title></head>
<body><div class="article"><h1>Orban meets Fico</h1>
<p>Hungarian Prime Minister Viktor Orban met Slovak Prime Minister Robert Fico in Budapest on Tuesday to discuss
gas transit and a new bridge over the Danube.</p>
<p>The two governments will sign a transit agreement in July, a spokesman said.</p></div>
<div class="related"><h3>Most read</h3><p><a href="/x">Floods close border crossing near Komarno</a></p></div>
</body></html>"""


@pytest.mark.parametrize("page", [GOOGLE_STYLE_WALL, FRENCH_WALL, PAYWALL], ids=["english", "french", "paywall"])
def test_a_wall_whose_other_paragraphs_are_dropped_is_refused_naming_the_file(page):
    with pytest.raises(InputError) as err:
        document_from_html(page, "wall.html")
    assert err.value.source == "wall.html"


def test_a_wrapper_whose_class_names_a_cookie_banner_keeps_its_article():
    doc = document_from_html(WRAPPED_ARTICLE, "wrapped.html")
    assert doc.text.split("\n") == STORY


def test_a_related_block_headline_kept_without_its_heading_is_dropped():
    doc = document_from_html(RELATED_BLOCK, "related.html")
    assert "Komarno" not in doc.text
    assert doc.text.endswith("a spokesman said.")
    assert "boilerplate_removed" in doc.quality


def test_a_related_heading_goes_with_its_headlines_up_to_the_next_sentence():
    text = ("Chile and Argentina agreed on Friday to reopen a mountain pass closed by snow.\n"
            "Most read\nCopper price climbs to a two-year high\nSantiago metro strike called off\n"
            "Trucks were queuing on both sides of the border, police said.")
    clean, dropped = strip_boilerplate(text)
    assert clean.split("\n") == [text.split("\n")[0], text.split("\n")[-1]]
    assert dropped == 3
    # a subheading after other furniture (no related-links heading) stays
    text2 = ("Chile and Argentina agreed on Friday to reopen a mountain pass closed by snow.\nAdvertisement\n"
             "Truckers wait at the border\nTrucks were queuing on both sides of the border, police said.")
    assert "Truckers wait at the border" in strip_boilerplate(text2)[0]


def test_an_authors_bio_closing_the_text_goes_and_a_sentence_about_a_reporter_stays():
    body = ("South African President Cyril Ramaphosa received Brazilian President Lula in Cape Town on Tuesday.\n"
            "The two leaders signed an agreement on agricultural research, officials said.")
    clean, dropped = strip_boilerplate(body + "\nThandi Mokoena is the Courier's diplomatic correspondent in Cape Town.")
    assert (clean, dropped) == (body, 1)
    clean, dropped = strip_boilerplate(body + "\nLerato Dube is a freelance journalist based in Johannesburg.")
    assert (clean, dropped) == (body, 1)
    for news in ("Lerato Dube is a freelance journalist detained in Harare since May.",
                 "Lerato Dube is a reporter who was expelled from the country last year.",
                 "Lerato Dube is the ruling party's candidate in Cape Town."):
        assert strip_boilerplate(body + "\n" + news) == (body + "\n" + news, 0)
    # not the last line: stays
    mid = "Thandi Mokoena is the Courier's diplomatic correspondent in Cape Town.\n" + body
    assert strip_boilerplate(mid) == (mid, 0)


BYLINE_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Milei meets Lula | River Plate Times</title>
<meta property="article:published_time" content="2025-07-03T09:00:00-03:00"></head><body><main><article>
<h1>Milei meets Lula</h1><p>{byline}</p>
<p>Argentine President Javier Milei met Brazilian President Luiz Inacio Lula da Silva on the sidelines of a regional
summit in Buenos Aires on Wednesday, their first meeting in more than a year.</p>
<p>The two leaders discussed a trade agreement with the European Union and gas supplies.</p>
<p>Contact the author at ana.ferreira@riverplate.example</p></article></main></body></html>"""


@pytest.mark.parametrize("byline", ["By Ana Ferreira", "By Ana Ferreira | Updated 10:32 AM",
                                    "By Ana Ferreira, diplomatic correspondent"])
def test_a_pages_byline_line_and_contact_line_leave_the_text(byline):
    doc = finish_document(document_from_html(BYLINE_PAGE.format(byline=byline), "byline.html"))  # as stored
    assert doc.text.startswith("Argentine President Javier Milei met")
    assert doc.text.endswith("gas supplies.")
    assert doc.meta["byline"] == byline


def test_a_first_sentence_starting_with_by_stays():
    page = BYLINE_PAGE.format(byline="By Tuesday evening both delegations had left the summit venue.")
    doc = finish_document(document_from_html(page, "by.html"))
    assert doc.text.startswith("By Tuesday evening both delegations had left the summit venue.")
    assert "byline" not in doc.meta


EMBED_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Erdogan hosts Aliyev</title>
<meta name="pubdate" content="2025-05-20"></head><body><article><h1>Erdogan hosts Aliyev</h1>
<p>Turkish President Recep Tayyip Erdogan hosted Azerbaijani President Ilham Aliyev in Ankara on Tuesday for talks on
energy and transport links, the Turkish presidency said.</p>
<div class="video"><p>Watch: Aliyev arrives at the presidential complex</p></div>
<p>The leaders signed three agreements on trade and customs.</p>
<blockquote class="twitter-tweet"><p>A fine day of talks with friends in Ankara. pic.twitter.com/xyz789</p>&mdash; Some Account
(@someaccount) May 20, 2025</blockquote>
<p>Armenia was not mentioned in the joint statement, officials said.</p></article></body></html>"""


def test_an_embedded_post_and_a_video_label_leave_the_text():
    doc = finish_document(document_from_html(EMBED_PAGE, "embed.html"))
    assert doc.text.split("\n") == [
        "Turkish President Recep Tayyip Erdogan hosted Azerbaijani President Ilham Aliyev in Ankara on Tuesday for "
        "talks on energy and transport links, the Turkish presidency said.",
        "The leaders signed three agreements on trade and customs.",
        "Armenia was not mentioned in the joint statement, officials said."]
    # a sentence that starts with the same word is reporting
    from cablegram.ingest.quality import is_boilerplate

    assert not is_boilerplate("Watch: the minister said the talks would resume in June.")


ATOM_WITH_BYLINE = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Gulf Courier</title><id>urn:uuid:gc</id>
<updated>2025-06-02T03:30:00Z</updated>
<entry><title>Doha talks resume</title><link href="https://gulfcourier.example/2025/06/01/doha"/><id>urn:uuid:gc1</id>
<published>2025-06-01T10:05:00+03:00</published>
<content type="html">&lt;h2&gt;Doha talks resume&lt;/h2&gt;&lt;p&gt;By Layla Hassan&lt;/p&gt;&lt;p&gt;Qatari mediators met
negotiators from both sides in Doha on Saturday, the foreign ministry said.&lt;/p&gt;&lt;p&gt;Egyptian officials joined
the talks by video link.&lt;/p&gt;</content></entry></feed>"""


def test_a_feed_entrys_byline_paragraph_leaves_its_text(store, tmp_path):
    from cablegram.ingest import ingest_sources

    path = tmp_path / "gulf.xml"
    path.write_text(ATOM_WITH_BYLINE, encoding="utf-8")
    assert ingest_sources(store, [str(path)]).failed == []
    [doc] = list(store.iter_documents())
    # the entry's HTML is hard-wrapped inside its paragraphs: a paragraph stays one line, as a browser shows it
    assert [line for line in doc.text.split("\n") if line] == [
        "Qatari mediators met negotiators from both sides in Doha on Saturday, the foreign ministry said.",
        "Egyptian officials joined the talks by video link."]
    assert doc.meta["byline"] == "By Layla Hassan"


def test_a_fragment_without_block_markup_keeps_its_line_breaks():
    from cablegram.ingest.common import fragment_text

    assert fragment_text("Ferries resumed on Monday.\nPorts reopened &amp; cranes turned.") == (
        "Ferries resumed on Monday.\nPorts reopened & cranes turned.")
    assert fragment_text("<p>Ferries resumed\non Monday.</p><pre>a\nb</pre>") == "Ferries resumed on Monday.\n\na\nb"


def test_a_headline_line_under_a_title_that_adds_the_site_leaves_the_body():
    from cablegram.ingest.quality import strip_headline

    body = "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Entebbe on Friday."
    for title in ("Ruto meets Museveni - Rift Valley Wire", "Ruto meets Museveni | Rift Valley Wire",
                  "Rift Valley Wire | Ruto meets Museveni", "Ruto meets Museveni"):
        assert strip_headline("Ruto meets Museveni\n\n" + body, title) == (body, title), title
    # a title that goes on with words of its own, or another headline, leaves the line alone
    for title in ("Ruto meets Museveni and Tshisekedi", "Talks in Entebbe"):
        text = "Ruto meets Museveni\n\n" + body
        assert strip_headline(text, title) == (text, title), title
