"""Ingest never stores garbage as clean: consent banners, partial dates, legacy and mixed encodings,
datelines and headlines — on the field cases in ../shared/data/field (skipped when absent) and on
inputs written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from freezegun import freeze_time
from typer.testing import CliRunner

from cablegram.cli import app
from cablegram.config import Settings
from cablegram.errors import InputError
from cablegram.ingest import ingest_sources, read_html_file
from cablegram.ingest.feeds import read_feed_file
from cablegram.ingest.quality import finish_document, holds_back, quality_counts, split_dateline
from cablegram.records import Document

RU = "Министр иностранных дел Украины провёл телефонный разговор с государственным секретарём США в пятницу."
UK = "Міністр закордонних справ України провів телефонну розмову з державним секретарем США у четвер."


def field(shared_data: Path, name: str) -> Path:
    path = shared_data / "field" / name
    if not path.exists():
        pytest.skip(f"field case {name} not found in {path.parent}")
    return path


def feed(items: str, encoding: str = "utf-8", declare: bool = True) -> bytes:
    head = f'<?xml version="1.0" encoding="{encoding}"?>\n' if declare else ""
    return (head + "<rss version=\"2.0\"><channel><title>Example ministry</title>" + items
            + "</channel></rss>").encode(encoding)


def item(title: str, text: str, date: str) -> str:
    return f"<item><title>{title}</title><link>https://example.org/{abs(hash(title))}</link>" \
           f"<pubDate>{date}</pubDate><description>{text}</description></item>"


# --- F2-02: a consent banner is never stored as the article --------------------------------------

def test_f2_02_article_in_aside_not_the_cookie_banner(shared_data, store):
    doc = read_html_file(field(shared_data, "F2-02.html"))
    assert "cookie" not in doc.text.lower() and "agree" not in doc.text.lower()
    assert "75 billion Norwegian crowns" in doc.text and "review the amounts every year" in doc.text
    assert doc.title == "Norway announces five-year support programme for Ukraine"
    assert not doc.text.startswith(doc.title)  # the headline is the title, not the first sentence
    assert doc.meta["extraction"] != "trafilatura"  # the default extraction gave the banner
    summary = ingest_sources(store, [str(field(shared_data, "F2-02.html"))], Settings())
    assert summary.inserted == 1 and summary.ok and summary.held_back == 0


def test_page_with_only_a_consent_banner_is_refused(tmp_path):
    page = tmp_path / "banner.html"
    page.write_text("<html><body><div class='consent'><p>We use cookies and similar technologies to measure audiences "
                    "and show personalised ads. Choose Accept all to let us keep cookies on this device for those "
                    "purposes.</p><button>Accept all</button></div><nav>Home World</nav></body></html>", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_html_file(page)
    assert err.value.source == str(page) and "no main text" in err.value.message


def test_paywall_teaser_is_flagged_not_clean():
    doc = finish_document(Document(text="Subscribe to continue reading. Already a subscriber? Sign in.\n"
                                        "Unlimited access to our journalism with a free trial."))
    assert "boilerplate" in doc.quality and holds_back(doc)


# --- F2-03: feed dates complete or none, whatever day the clock says -----------------------------

@pytest.mark.parametrize("today", ["2023-11-01", "2026-02-17"])
def test_f2_03_feed_dates_do_not_come_from_the_clock(shared_data, today):
    with freeze_time(today):
        docs = list(read_feed_file(field(shared_data, "F2-03.xml"), Settings()))
    assert [d.published_at for d in docs] == ["2023-05-12T15:07:41", "2023-05-12T11:41:36"]
    assert all(not d.quality for d in docs)
    from cablegram.nlp.dates import record_date

    # "held a phone call … on Friday", published on Friday 12 May: that day, not a Friday in another month
    assert tuple(record_date(docs[0].text, docs[0].published_at)) == ("2023-05-12", "text")


@pytest.mark.parametrize("today", ["2023-11-01", "2026-02-17"])
def test_partial_feed_date_is_null_and_flagged(tmp_path, store, today):
    path = tmp_path / "partial.xml"
    path.write_bytes(feed(item("Talks in Geneva", "The delegations met in Geneva to discuss the corridor plan.", "12 May")
                          + item("Talks resume", "The delegations met again in Geneva to finish the corridor plan.",
                                 "2023/5")))
    with freeze_time(today):
        summary = ingest_sources(store, [str(path)], Settings())
    docs = list(store.iter_documents())
    assert [d.published_at for d in docs] == [None, None]
    assert all(d.quality == ["partial_date"] for d in docs)
    assert sorted(d.meta["date_unparsed"] for d in docs) == ["12 May", "2023/5"]
    assert summary.flags == {"partial_date": 2} and summary.held_back == 0


# --- F2-10: abbreviations and the statement's date ------------------------------------------------

def test_f2_10_sentences_and_statement_date(shared_data, store):
    from cablegram.nlp.dates import record_date
    from cablegram.nlp.pipeline import Pipeline

    ingest_sources(store, [str(field(shared_data, "F2-10.jsonl"))], Settings())
    (doc,) = list(store.iter_documents())
    pipeline = Pipeline.from_settings()
    analysis = pipeline.analyse(doc)
    assert len(analysis.sentences) == 3
    second = doc.text[analysis.sentences[1][0]:analysis.sentences[1][1]]
    assert second.endswith("$2 bln. in military aid.")
    spacy_doc = pipeline.nlp(doc.text)
    sent = list(spacy_doc.sents)[1]
    # "said on Friday that it would send …", published Monday 2023-02-27: the Friday before
    assert tuple(record_date(sent, doc.published_at, future=True)) == ("2023-02-24", "text")
    for event in analysis.events:
        if event.sentence_index == 1:
            assert event.date == "2023-02-24"


# --- encodings and languages ----------------------------------------------------------------------

@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
def test_legacy_cyrillic_text_is_decoded_and_not_english(tmp_path, store, encoding):
    path = tmp_path / "ru.txt"
    path.write_bytes((RU + "\n" + RU.replace("пятницу", "четверг")).encode(encoding))
    summary = ingest_sources(store, [str(path)], Settings())
    (doc,) = list(store.iter_documents())
    assert doc.text.startswith("Министр иностранных дел") and doc.language == "ru"
    assert doc.quality == ["encoding_repaired", "no_date"] and not holds_back(doc)  # no date anywhere: said so
    assert summary.flags == {"encoding_repaired": 1, "no_date": 1}


def test_undeclared_koi8_feed_is_not_latin_mojibake(tmp_path):
    path = tmp_path / "uk.xml"
    path.write_bytes(feed(item("Розмова міністрів", UK, "Fri, 12 May 2023 09:00:00 GMT"), "koi8-u", declare=False))
    (doc,) = list(read_feed_file(path, Settings()))
    doc = finish_document(doc)
    assert doc.text == UK and doc.title == "Розмова міністрів" and doc.language == "uk"
    assert "encoding_repaired" in doc.quality and doc.published_at == "2023-05-12T09:00:00+00:00"


def test_mixed_encoding_is_flagged_held_back_and_coded_on_request(tmp_path):
    path = tmp_path / "mixed.txt"
    english = "Freedonia and Sylvania signed the customs accord in Port Verde on Tuesday – both sides said.\n"
    path.write_bytes(english.encode("utf-8") + "The café owners in Sylvania welcomed the accord.".encode("cp1252"))
    db = str(tmp_path / "c.db")
    runner = CliRunner()
    result = runner.invoke(app, ["--db", db, "ingest", str(path)])
    assert result.exit_code == 0, result.output
    assert "flagged: mixed_encoding 1, no_date 1 (1 held back" in result.output
    status = runner.invoke(app, ["--db", db, "status"])
    assert "mixed_encoding  1  (held back)" in status.output and "held back  1" in status.output
    processed = runner.invoke(app, ["--db", db, "process"])
    assert "processed 0 documents" in processed.output and "1 documents held back" in processed.output
    from cablegram.store import open_store

    with open_store(db) as s:
        (doc,) = list(s.iter_documents())
        assert "café" in doc.text and "–" in doc.text and doc.meta["encoding"].startswith("mixed:utf-8+cp125")
        from cablegram.processing import process_store

        assert process_store(s, _StubFree()).processed == 0  # held back: the pipeline is never asked
        assert quality_counts(s) == {"mixed_encoding": 1, "no_date": 1, "held_back": 1}


class _StubFree:
    """Stands in for the pipeline where a test asserts it is never called."""

    def analyse_many(self, docs, batch_size=16):
        raise AssertionError(f"pipeline called for {[d.id for d in docs]}")

    def knowledge_base(self):
        return None


def test_garbled_utf8_is_repaired_or_flagged(tmp_path):
    from cablegram.ingest.text import decode_checked

    repaired = decode_checked(RU.encode("utf-8").decode("cp1251").encode("utf-8"), "x")
    assert repaired.text == RU and repaired.flags == ["encoding_repaired"]
    lossy = "The minister’s office said — “no comment”.".encode("utf-8").decode("cp1252", errors="ignore")
    assert decode_checked(lossy.encode("utf-8"), "x").flags == ["mojibake"]


# --- datelines and headlines ----------------------------------------------------------------------

@pytest.mark.parametrize("text,place,date,agency", [
    ("KYIV, May 12 (Reuters) – Ukraine's foreign minister spoke to his U.S. counterpart.", "KYIV", "May 12", "Reuters"),
    ("WASHINGTON — The State Department approved the sale on Friday.", "WASHINGTON", None, None),
    ("NEW YORK, March 3, 2023 (AP) - The Security Council met on Friday.", "NEW YORK", "March 3, 2023", "AP"),
    ("Kyiv, 12 May (Reuters) - The ministry said talks would go on.", "Kyiv", "12 May", "Reuters"),
    ("(Reuters) - The ministry said talks would go on.", None, None, "Reuters"),
])
def test_datelines_are_split_off(text, place, date, agency):
    body, line = split_dateline(text)
    assert line.get("place") == place and line.get("date") == date and line.get("agency") == agency
    assert body == text[len(line["text"]):].strip()


@pytest.mark.parametrize("text", ["The UN said on Friday that talks had stalled.", "NATO - the alliance - met.",
                                  "(Updated) The ministry said talks would go on.",
                                  "Russian forces shelled Kharkiv overnight, officials said."])
def test_sentences_are_not_datelines(text):
    assert split_dateline(text) == (text, None)


def test_dateline_sets_the_date_only_when_complete_and_missing(tmp_path, store):
    path = tmp_path / "wire.jsonl"
    rows = [{"id": "a", "text": "NEW YORK, March 3, 2023 (AP) - The Security Council met to discuss the corridor."},
            {"id": "b", "text": "KYIV, May 12 (Reuters) – The ministry said talks with the delegation would go on."},
            {"id": "c", "date": "2023-05-13", "text": "KYIV, May 12 (Reuters) – The talks with the envoy went on."}]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    ingest_sources(store, [str(path)], Settings())
    docs = {d.meta["source_id"]: d for d in store.iter_documents()}
    assert docs["a"].published_at == "2023-03-03" and docs["a"].meta["date_from"] == "dateline"
    assert docs["a"].text.startswith("The Security Council met")
    assert docs["b"].published_at is None and docs["b"].quality == ["partial_date"]
    assert docs["b"].meta["dateline"]["date"] == "May 12"
    assert docs["c"].published_at == "2023-05-13" and not docs["c"].quality


def test_headline_without_full_stop_is_kept_out_of_the_body(tmp_path):
    from cablegram.ingest import read_text_file

    path = tmp_path / "story.txt"
    path.write_text("Sylvania reopens the northern crossing\n\nSylvania reopened the northern crossing on Monday, "
                    "the interior ministry said.\n", encoding="utf-8")
    doc = finish_document(read_text_file(path))
    assert doc.title == "Sylvania reopens the northern crossing"
    assert doc.text == "Sylvania reopened the northern crossing on Monday, the interior ministry said."


@pytest.mark.parametrize("line", ["5 November 2026", "Published: Nov. 5, 2026", "Thursday, 5 November 2026"])
def test_a_date_line_under_the_title_dates_the_document(tmp_path, line):
    from cablegram.ingest import read_text_file

    path = tmp_path / "readout.txt"
    path.write_text(f"Readout of the Minister's call with Norlund\n{line}\n\nThe Minister of Sylvania spoke "
                    "today with the Minister of Norlund about the crossing.\n", encoding="utf-8")
    doc = finish_document(read_text_file(path))
    assert doc.published_at == "2026-11-05" and doc.meta["date_from"] == "date line"
    assert doc.text.startswith("The Minister of Sylvania spoke")


@pytest.mark.parametrize("first", ["On 5 November 2026 the ministers met in the capital.", "May 2026"])
def test_a_sentence_or_a_partial_date_is_not_a_date_line(first):
    doc = finish_document(Document(text=f"{first}\nThe Minister of Sylvania spoke with the envoy of Norlund."))
    assert doc.published_at is None and "date_from" not in doc.meta


def test_too_little_text_is_flagged():
    doc = finish_document(Document(text="Click here"))
    assert doc.quality == ["no_date", "short_text"] and holds_back(doc)


def test_cyrillic_documents_are_stored_but_not_coded_by_english_components(tmp_path, store):
    from cablegram.nlp.pipeline import Pipeline
    from cablegram.processing import process_store

    (tmp_path / "ru.txt").write_bytes((RU + "\n" + RU).encode("cp1251"))
    (tmp_path / "uk.xml").write_bytes(feed(item("Розмова", UK + " " + UK, "12.05.2023"), "koi8-u", declare=False))
    summary = ingest_sources(store, [str(tmp_path)], Settings())
    assert summary.inserted == 2 and summary.held_back == 0
    summary = process_store(store, Pipeline.from_settings())
    assert summary.processed == 2
    assert (summary.events, summary.claims, summary.commitments, summary.mentions) == (0, 0, 0, 0)
    assert sorted(d.language for d in store.iter_documents()) == ["ru", "uk"]


def test_uploaded_bytes_get_the_same_checks(shared_data):
    from cablegram.ingest import document_from_bytes

    doc = document_from_bytes(field(shared_data, "F2-02.html").read_bytes(), "upload:F2-02.html", html=True)
    assert "cookie" not in doc.text.lower() and doc.language == "en"
    text = document_from_bytes(RU.encode("koi8-r"), "upload:ru.txt")
    assert text.text == RU and text.quality == ["encoding_repaired", "no_date"] and text.language == "ru"


@pytest.mark.parametrize("banner", [
    "Wir verwenden Cookies, um Inhalte zu personalisieren. Mit Alle akzeptieren stimmen Sie zu; mehr in der Datenschutzerklärung.",
    "Nous utilisons des cookies pour mesurer l'audience. Cliquez sur Tout accepter ou gérez vos préférences.",
    "Мы используем файлы cookie. Нажмите «Принять все» или прочтите политику конфиденциальности.",
])
def test_consent_banners_in_other_languages_are_boilerplate(banner):
    from cablegram.ingest.quality import is_boilerplate

    assert is_boilerplate(banner)


def test_cyrillic_page_declared_as_latin1_is_decoded_right(tmp_path):
    body = f"<p>{RU} Стороны обсудили поддержку и подготовку к саммиту.</p><p>{RU}</p>"
    page = tmp_path / "ru.html"
    page.write_bytes(f'<html><head><meta charset="iso-8859-1"><title>Разговор министров</title></head>'
                     f"<body><article>{body}</article></body></html>".encode("cp1251"))
    doc = finish_document(read_html_file(page))
    assert doc.text.startswith(RU) and doc.title == "Разговор министров" and doc.language == "ru"
    assert doc.meta["encoding"] == "cp1251" and "encoding_repaired" in doc.quality


ONE_LINE_REPORT = " ".join([
    "The two delegations met in the capital on Tuesday to discuss the ceasefire along the river.",
    "Officials said the talks covered prisoner exchanges, the reopening of two crossings and grain shipments.",
    "The foreign minister told reporters that progress had been slow but that both sides wanted to continue.",
    "Aid groups and our partners in the region warned that the winter would make deliveries harder.",
    "Read more about the earlier rounds of negotiations in last month's coverage of the summit.",
] * 6)  # one line, about 500 words, two cue phrases far apart: reporting, not a banner


def test_long_one_line_article_with_scattered_cues_is_not_held_back(store):
    doc = finish_document(Document(text=ONE_LINE_REPORT, title="Talks", published_at="2026-01-05"))
    assert "boilerplate" not in doc.quality and "boilerplate_removed" not in doc.quality
    assert doc.text == ONE_LINE_REPORT


def test_one_line_text_loses_only_its_banner_sentence(store):
    banner = "We value your privacy: accept all cookies or manage preferences to continue."
    doc = finish_document(Document(text=ONE_LINE_REPORT + " " + banner, title="Talks", published_at="2026-01-05"))
    assert "boilerplate_removed" in doc.quality and "boilerplate" not in doc.quality
    assert doc.text == ONE_LINE_REPORT


def test_guardian_dev_one_line_articles_are_coded(shared_data):
    path = shared_data / "ngec_guardian" / "ngec_guardian.dev.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    from cablegram.ingest.sources import read_source

    docs = [d for d in read_source(str(path)) if isinstance(d, Document)]
    assert len(docs) > 200
    assert not [d.id for d in docs if holds_back(d)]


def test_a_long_one_line_article_keeps_every_character_of_its_sentences():
    from cablegram.ingest.quality import strip_boilerplate

    sentence = "The envoy said the talks were “useful but slow.” Officials in Vell (the capital) agreed. "
    line = sentence * 12  # one line of well over 150 words, no furniture
    text, dropped = strip_boilerplate(line)
    assert dropped == 0
    assert text == " ".join(line.split())  # only runs of spaces collapse; quotes and brackets stay
