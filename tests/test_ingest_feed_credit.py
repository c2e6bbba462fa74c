"""Feed entries: the syndication credit a publishing system appends to every entry ("The post … appeared
first on …", "This story was originally published by …", "Continue reading") is not stored as the article's
last paragraph or sentence; it is kept in meta. Feeds written for this test, ingested into a real store."""

from __future__ import annotations

from cablegram.ingest import ingest_sources
from cablegram.ingest.feeds import strip_feed_credit

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Lakeside Ledger</title>
<id>https://lakeside-ledger.example/</id>
<updated>2025-06-03T10:00:00Z</updated>
<entry>
<title>Latvia opens a rail freight terminal near Rezekne</title>
<link href="https://lakeside-ledger.example/2025/06/02/rezekne-terminal"/>
<id>https://lakeside-ledger.example/?p=91</id>
<published>2025-06-02T08:00:00Z</published>
<content type="html">&lt;p&gt;Latvia opened a rail freight terminal near Rezekne on Monday, the transport ministry said.&lt;/p&gt;&lt;p&gt;The terminal can load forty wagons a day.&lt;/p&gt;&lt;p&gt;The post &lt;a href="https://lakeside-ledger.example/2025/06/02/rezekne-terminal"&gt;Latvia opens a rail freight terminal near Rezekne&lt;/a&gt; appeared first on &lt;a href="https://lakeside-ledger.example"&gt;Lakeside Ledger&lt;/a&gt;.&lt;/p&gt;</content>
</entry>
</feed>
"""

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Fjord Bulletin</title><link>https://fjord-bulletin.example/</link>
<item><title>Iceland and Malta sign a fisheries accord</title>
<link>https://fjord-bulletin.example/2025/05/20/fisheries</link>
<pubDate>Tue, 20 May 2025 09:00:00 +0000</pubDate>
<description>Iceland and Malta signed a fisheries accord in Valletta on Tuesday. The accord covers research vessels. This story was originally published by Fjord Bulletin. Continue reading</description>
</item>
<item><title>A museum reopens</title>
<link>https://fjord-bulletin.example/2025/05/21/museum</link>
<pubDate>Wed, 21 May 2025 09:00:00 +0000</pubDate>
<description>This article was first published on paper in 1951, the museum's director said. The U.S. Navy lent the museum a model ship for the reopening on Wednesday.</description>
</item>
</channel></rss>
"""


def _stored(store, tmp_path, name: str, body: str) -> dict[str, object]:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    summary = ingest_sources(store, [str(path)])
    assert summary.failed == []
    return {doc.title: doc for doc in store.iter_documents()}


def test_atom_credit_paragraph_is_not_stored_as_text(store, tmp_path):
    docs = _stored(store, tmp_path, "ledger.atom", ATOM)
    doc = docs["Latvia opens a rail freight terminal near Rezekne"]
    assert doc.text.endswith("The terminal can load forty wagons a day.")
    assert "appeared first on" not in doc.text
    assert doc.meta["feed_credit"].startswith("The post Latvia opens") and "Lakeside Ledger" in doc.meta["feed_credit"]


def test_rss_credits_at_the_end_of_a_one_line_summary_go_and_the_article_stays(store, tmp_path):
    docs = _stored(store, tmp_path, "bulletin.rss", RSS)
    accord = docs["Iceland and Malta sign a fisheries accord"]
    assert accord.text == "Iceland and Malta signed a fisheries accord in Valletta on Tuesday. The accord covers research vessels."
    assert accord.meta["feed_credit"] == "This story was originally published by Fjord Bulletin. Continue reading"
    # a sentence that merely speaks of first publication, not at the end, and an ending that is reporting, stay
    museum = docs["A museum reopens"]
    assert museum.text.startswith("This article was first published on paper in 1951")
    assert museum.text.endswith("for the reopening on Wednesday.")
    assert "feed_credit" not in museum.meta


def test_credit_rules_keep_reporting_around_them():
    kept, credits = strip_feed_credit("This report reviews the grid. The post U.S. Grid Repairs appeared first on Volt Daily.")
    assert (kept, credits) == ("This report reviews the grid.", ["The post U.S. Grid Repairs appeared first on Volt Daily."])
    # a credit followed by more reporting is not the entry's tail; a text that is only a credit stays whole
    text = "The post Talks resume appeared first on Volt Daily. Talks resumed in Oslo on Friday."
    assert strip_feed_credit(text) == (text, [])
    assert strip_feed_credit("The post Talks resume appeared first on Volt Daily.")[1] == []


WORDPRESS_RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Skerry Wire</title>
<item><title>Iceland&amp;#8217;s coast guard buys a new ship</title><link>https://skerry.example/a</link>
<pubDate>Tue, 20 May 2025 09:00:00 +0000</pubDate>
<content:encoded><![CDATA[<p>Iceland&#8217;s coast guard bought a patrol ship from a Norwegian yard, the justice ministry said.</p>
<p>The ship replaces a vessel built in 1975.</p><p><a href="https://skerry.example/a#comments">2 comments</a></p>]]></content:encoded>
</item></channel></rss>
"""


def test_comment_count_line_and_twice_escaped_title(store, tmp_path):
    [doc] = _stored(store, tmp_path, "skerry.rss", WORDPRESS_RSS).values()
    assert doc.title == "Iceland\u2019s coast guard buys a new ship"
    assert doc.text.endswith("The ship replaces a vessel built in 1975.")
    assert doc.meta["feed_credit"] == "2 comments"
    # a sentence that counts comments in its reporting is no credit
    text = "Officials received 40 comments on the ferry plan. 2 comments"
    assert strip_feed_credit(text) == ("Officials received 40 comments on the ferry plan.", ["2 comments"])


def test_source_and_share_button_lines_at_an_entry_end():
    text = ("A new ferry linked Shetland and Bergen for the first time in a decade, the operator said.\n\n"
            "Source: Skerry Wire\n\nTweet Share")
    kept, credits = strip_feed_credit(text)
    assert kept == "A new ferry linked Shetland and Bergen for the first time in a decade, the operator said."
    assert credits == ["Source: Skerry Wire", "Tweet Share"]
    # a sentence about sharing is reporting
    text = "Norway will share radar data with Iceland. Officials said the data would flow from June."
    assert strip_feed_credit(text) == (text, [])
