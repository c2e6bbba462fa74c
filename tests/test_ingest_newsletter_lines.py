"""A newsletter's call to sign up or an outlet's notice on a line of its own ("Sign up for our weekly digest", "Join
our WhatsApp channel …") is page furniture: an RSS entry's link paragraph, a text's last line, a line between a
page's paragraphs. A sentence that reports people signing up, or a call inside a longer line of reporting, stays.
Inputs written for this test, ingested into a real store."""

from __future__ import annotations

from cablegram.ingest import ingest_sources
from cablegram.ingest.quality import is_boilerplate, strip_boilerplate

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Lagoon Evening Post</title><link>https://lagoon-post.example/</link>
<item><title>Ghana and Togo reopen a border post</title>
<link>https://lagoon-post.example/2025/09/04/aflao</link>
<pubDate>Thu, 04 Sep 2025 17:30:00 +0000</pubDate>
<description>&lt;p&gt;Ghana and Togo reopened the Aflao border post to lorries on Thursday after a two-week closure, the Ghanaian interior ministry said in a statement.&lt;/p&gt;&lt;p&gt;&lt;a href="https://lagoon-post.example/letters"&gt;Sign up for our evening bulletin&lt;/a&gt;&lt;/p&gt;</description>
</item>
</channel></rss>
"""


def test_a_feed_entrys_sign_up_link_paragraph_is_not_stored(store, tmp_path):
    path = tmp_path / "lagoon.rss"
    path.write_text(RSS, encoding="utf-8")
    assert ingest_sources(store, [str(path)]).failed == []
    (doc,) = list(store.iter_documents())
    assert doc.text.startswith("Ghana and Togo reopened the Aflao border post")
    assert doc.text.endswith("the Ghanaian interior ministry said in a statement.")
    assert "bulletin" not in doc.text.lower()


def test_sign_up_lines_are_furniture():
    for line in ("Sign up for our weekly digest", "Subscribe to the Harbour Lights morning briefing.",
                 "For more, sign up for the Friday newsletter.", "Sign up now for our breaking-news alerts!",
                 "Register for our free email bulletin"):
        assert is_boilerplate(line), line
    text = ("Chile's senate approved the fisheries bill on Tuesday, the senate's press office said.\n\n"
            "Sign up for our Andes morning briefing.")
    assert strip_boilerplate(text) == ("Chile's senate approved the fisheries bill on Tuesday, the senate's press "
                                       "office said.", 1)


def test_reporting_about_signing_up_stays():
    for line in ("More than 40,000 farmers signed up for the ministry's drought alerts in August.",
                 "Residents can register for the flood bulletin at any district office, the council said."):
        assert not is_boilerplate(line), line
    text = ("Voters in Tonga can sign up for the electoral commission's text alerts until Friday, officials said, "
            "and about 12,000 had done so by Monday.")
    assert strip_boilerplate(text) == (text, 0)


NOTICES = ("This article is more than 3 years old", "Join our WhatsApp channel for the day's top stories",
           "Download our app for breaking news alerts", "Have a story tip? Write to the desk.",
           "(With inputs from agencies)", "Disclaimer: The views expressed in this column are the writer's own.",
           "AFP via Getty Images")


def test_an_outlets_notice_lines_between_paragraphs_leave_the_stored_text():
    from cablegram.ingest.html import document_from_html
    from cablegram.ingest.quality import finish_document

    paras = ["Uganda and South Sudan agreed on Tuesday to open a second customs post at Nimule, the Ugandan trade "
             "ministry said in Kampala.",
             "Traders have waited up to three days to cross at the existing post.",
             "A joint team will report on the work by March, officials said."]
    for notice in NOTICES:
        body = f"<p>{paras[0]}</p><p>{notice}</p><p>{paras[1]}</p><p>{paras[2]}</p>"
        page = (f"<html><head><title>Customs post</title><meta property='article:published_time' content='2025-05-06'>"
                f"</head><body><article><h1>Customs post</h1>{body}</article></body></html>")
        doc = finish_document(document_from_html(page, "customs.html"))
        assert [line for line in doc.text.split("\n") if line.strip()] == paras, notice


def test_sentences_about_apps_channels_and_views_stay():
    for line in ("Thousands of farmers downloaded the app for the census in May.",
                 "The minister asked families to join the national health scheme's WhatsApp channel by June.",
                 "The views expressed in the report were disputed by the finance ministry.",
                 "The treaty is more than 40 years old, officials said."):
        assert not is_boilerplate(line), line


PROMISES = ("Sign up for our Pacific briefing and get it in your inbox every Friday.",
            "Subscribe to our newsletter to receive the day's top stories every morning.",
            "Sign up for our Gulf briefing, delivered to your inbox every Monday.",
            "Sign up to the Andes bulletin and get a summary of the week in your inbox each Sunday.",
            "Sign up for our weekly digest — the region's news, free.",
            "Don't miss out: sign up for our Balkans evening bulletin.",
            "Enter your email address to receive our Baltic morning briefing.")


def test_a_call_to_sign_up_with_its_promise_is_furniture():
    """The call goes on past the newsletter's name ("… and get …", "… to receive …", ", delivered to your inbox"):
    the outlet's offer all the same, as a whole line."""
    for line in PROMISES:
        assert is_boilerplate(line), line
    text = ("Fiji and Samoa agreed on Friday to run joint fisheries patrols from next year, the Fijian fisheries "
            "ministry said.\n\n" + PROMISES[0])
    assert strip_boilerplate(text) == (text.split("\n\n")[0], 1)


def test_a_page_sign_up_box_with_a_promise_is_not_stored():
    from cablegram.ingest.html import document_from_html
    from cablegram.ingest.quality import finish_document

    paras = ["Fiji and Samoa agreed on Friday to run joint fisheries patrols from next year, the Fijian fisheries "
             "ministry said in Suva.",
             "Boats from both navies will share fuel and crews under the plan.",
             "The first patrol is due to leave Apia in February, officials said."]
    body = "".join(f"<p>{p}</p>" for p in paras)
    page = ("<html><head><title>Joint patrols</title><meta property='article:published_time' content='2025-08-01'>"
            f"</head><body><div class='story'><h1>Joint patrols</h1>{body}<div class='signup'><p>{PROMISES[0]}</p>"
            "</div></div></body></html>")
    doc = finish_document(document_from_html(page, "patrols.html"))
    assert [line for line in doc.text.split("\n") if line.strip()] == paras


def test_a_reported_call_to_sign_up_stays():
    """A call somebody is reported making (an attribution at its end), or one to a public service's bulletin with
    nothing addressed to the reader, is reporting."""
    for line in ("Register for the flood bulletin and get warnings by text, the council urged residents on Monday.",
                 "Sign up for our evacuation alerts and keep your phone charged, the mayor told residents on Sunday.",
                 "Subscribe to the ministry's drought bulletin to receive planting advice, officials told farmers."):
        assert not is_boilerplate(line), line
