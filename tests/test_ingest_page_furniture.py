"""Page furniture around an article: a consent wall in another language is refused like an English one
(banners speak of partners, similar technologies and the reader's device), a line of index terms ("Topics:
…") and a small author's bio, share bar or tag list are not stored as article text, while an article body
whose class merely names sharing is kept whole. Pages written for this test."""

from __future__ import annotations

import pytest

from cablegram.errors import InputError
from cablegram.ingest import ingest_sources
from cablegram.ingest.html import document_from_html
from cablegram.ingest.quality import is_boilerplate

WALL = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Bevor Sie fortfahren</title></head><body>
<div class="sp-message"><h1>Wir brauchen Ihre Zustimmung</h1>
<p>Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Informationen auf Ihrem Gerät zu
speichern und Inhalte sowie Werbung zu personalisieren und die Reichweite zu messen.</p>
<p>Sie können nicht notwendige Cookies ablehnen oder ein werbefreies Angebot wählen; Ihre Auswahl ändern Sie
jederzeit in den Datenschutz-Einstellungen.</p>
<button>Alle akzeptieren</button><button>Ablehnen</button></div></body></html>"""

PARAS = ["Norway and Iceland resumed talks on new ferry routes in Reykjavik, the Norwegian foreign ministry said.",
         "The two governments want a weekly sailing between Bergen and Seydisfjordur before the end of the decade.",
         "Officials said a first agreement on harbour fees could be signed within months."]


def _article(body_class: str = "body") -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry talks resume</title></head><body>
<article><h1>Ferry talks resume</h1>
<ul class="share-buttons"><li>Facebook</li><li>X</li><li>Email</li></ul>
<div class="{body_class}"><p>{PARAS[0]}</p><div class="ad-slot">Advertisement</div><p>{PARAS[1]}</p><p>{PARAS[2]}</p></div>
<p class="author-bio">Kari Holm is the Nordic correspondent of this paper. She has covered the region since 2015.</p>
<p>Topics: Norway, Iceland, shipping</p>
</article></body></html>"""


def test_consent_wall_in_german_is_refused_naming_the_file():
    with pytest.raises(InputError) as err:
        document_from_html(WALL, "wand.html")
    assert err.value.source == "wand.html"


def _stored_text(store, tmp_path, page: str) -> str:
    path = tmp_path / "ferry.html"
    path.write_text(page, encoding="utf-8")
    assert ingest_sources(store, [str(path)]).failed == []
    [doc] = list(store.iter_documents())
    return doc.text


def test_article_without_bio_tags_or_share_bar(store, tmp_path):
    assert _stored_text(store, tmp_path, _article()).split("\n") == PARAS


def test_article_body_whose_class_names_sharing_is_kept(store, tmp_path):
    text = _stored_text(store, tmp_path, _article("story-body share-enabled"))
    assert all(p in text for p in PARAS)
    assert "Topics:" not in text


def test_index_term_lines_are_furniture_and_sentences_are_not():
    assert is_boilerplate("Tags: NATO, Baltic Sea, air policing")
    assert is_boilerplate("Filed under: Europe")
    assert not is_boilerplate("Topics: the ministers discussed grain, gas and ferries.")
    assert not is_boilerplate("Wir und unsere Partner in Bergen haben den Vertrag am Montag unterschrieben, sagte der Minister.")


SAVED_TEXT = """Grain corridor talks in Constanta

By Ana Pop
Published: 14 May 2025

Romania and Moldova agreed to add a second rail track to the grain corridor near Giurgiulesti, the Romanian transport ministry said.

Photo: Freight wagons at the border station (Danube Ledger)

Work on the track is to start in the autumn and take two years.

Share this: Facebook, X, Email

Officials said the European Union would pay for most of the work.

© 2025 Danube Ledger
"""


def test_saved_text_with_byline_date_caption_share_and_copyright_lines(store, tmp_path):
    path = tmp_path / "corridor.txt"
    path.write_text(SAVED_TEXT, encoding="utf-8")
    assert ingest_sources(store, [str(path)]).failed == []
    [doc] = list(store.iter_documents())
    assert doc.published_at[:10] == "2025-05-14"
    assert doc.text.startswith("By Ana Pop\n") and "Published" not in doc.text
    for furniture in ("Photo:", "Share this", "©"):
        assert furniture not in doc.text
    assert doc.text.rstrip().endswith("would pay for most of the work.")
    # a sentence that starts with such a word is reporting
    assert not is_boilerplate("Photo: the ministry released an image of the new track on Monday.")
    assert not is_boilerplate("Copyright 2025 rules were debated by the European Parliament on Tuesday.")


WIRE_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Grain corridor track</title>
<meta name="date" content="2025-05-14"></head><body><div id="content"><h1>Grain corridor track</h1>
<div class="txt">Romania and Moldova agreed to add a second rail track to the grain corridor, the Romanian transport ministry said.<br><br>
Work on the track is to start in the autumn and take two years.<br><br>
<div class="inline-box"><strong>Danube Brief</strong> Our free weekly email on trade along the Danube, with analysis from our correspondents, delivered to your inbox. <a href="/s">Sign up here</a></div>
Officials said the European Union would pay for most of the work.<br><br>
<em>Reporting by Ana Pop in Bucharest; Editing by Mia Lund</em><br>
<span>We welcome your comments. Please keep them civil and on topic.</span>
</div></div></body></html>"""


def test_newsletter_box_staff_line_and_comment_notice_leave_the_article(store, tmp_path):
    path = tmp_path / "track.html"
    path.write_text(WIRE_PAGE, encoding="utf-8")
    assert ingest_sources(store, [str(path)]).failed == []
    [doc] = list(store.iter_documents())
    assert doc.text.split("\n") == [
        "Romania and Moldova agreed to add a second rail track to the grain corridor, the Romanian transport ministry said.",
        "Work on the track is to start in the autumn and take two years.",
        "Officials said the European Union would pay for most of the work."]
    # reporting that starts with the same words stays
    assert not is_boilerplate("Reporting by Reuters showed that the corridor carried more grain in May.")
    assert not is_boilerplate("Twelve countries sign up to the corridor accord.")


TCF_WALL = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Danube Ledger</title></head><body>
<div id="cmp-container"><h2>Your privacy choices</h2>
<p>We and our vendors store and/or access information on a device, such as unique IDs, to process personal data.
You may manage your choices below, including your right to object where legitimate interest is used.</p>
<p>Store and/or access information on a device. Personalised advertising and content, advertising and content
measurement, audience research and services development.</p>
<p>Your choices will be signalled to our vendors and will not affect browsing data.</p>
<button>MORE OPTIONS</button><button>AGREE</button></div>
<main><h1>Grain corridor track</h1></main></body></html>"""

REGISTRATION_WALL = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Grain corridor track</title></head>
<body><main><h1>Grain corridor track</h1><section class="article-locked">
<p>Romania and Moldova agreed to add a second rail track to the grain corridor on Tuesday.</p>
<div class="gate"><h3>Keep reading with a free account</h3><p>Register now to read this story and get two more
free articles every month. It only takes a minute.</p><button>Register</button></div></section></main></body></html>"""


def test_consent_framework_wall_is_refused(store, tmp_path):
    path = tmp_path / "wall.html"
    path.write_text(TCF_WALL, encoding="utf-8")
    summary = ingest_sources(store, [str(path)], missing_ok=True)
    assert len(summary.failed) == 1 and list(store.iter_documents()) == []


def test_registration_wall_leaves_only_the_teaser(store, tmp_path):
    assert _stored_text(store, tmp_path, REGISTRATION_WALL) == (
        "Romania and Moldova agreed to add a second rail track to the grain corridor on Tuesday.")
    # short lines of reporting with words such walls also use stay
    assert not is_boilerplate("Data was stored on a device, police said.")
    assert not is_boilerplate("Voters, your choices matter, the president said.")
