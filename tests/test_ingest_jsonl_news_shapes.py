"""JSONL news dumps in the shapes news APIs and CMS exports give: the source as an object
({"id": null, "name": …}) gives its name as publisher (never its printed dict), ``publishedAt`` /
``datePublished`` / ``pubDate`` date the document, an HTML body is stored as text, a cut-off marker
("… [+1520 chars]") is kept in meta, not in the text. Lines written for this test, into a real store."""

from __future__ import annotations

import json

from cablegram.ingest import ingest_sources

LINES = [
    {"source": {"id": None, "name": "Pine Coast Post"}, "author": "Kaja Tamm", "title": "Estonia expands reserve training",
     "url": "https://pinecoast.example/a", "publishedAt": "2025-04-09T07:20:00Z",
     "content": "Estonia will call up twice as many reservists this year, the defence forces said on Wednesday. "
                "The exercises will take place in the south… [+1520 chars]"},
    {"text": "<p>Latvia opened a rail freight terminal near Rezekne on Monday, the transport ministry said.</p>"
             "<p>The terminal can load forty wagons a day &amp; night.</p>",
     "datePublished": "2024-03-07", "publisher": "Lakeside Ledger", "url": "https://ll.example/b"},
    {"body": "Lithuania ordered new radars for its air force, the defence ministry said on Tuesday.",
     "pubDate": "Tue, 05 Mar 2024 10:00:00 +0200", "site": "Amber Wire", "link": "https://aw.example/c"},
    {"text": "Malta's parliament voted 40 < 25 on the fisheries bill, a clerk's note said on Friday.",
     "date": "2024-03-08", "source": {"id": "x-1"}, "url": "https://mw.example/d"},
]


def _docs(store, tmp_path):
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in LINES) + "\n", encoding="utf-8")
    assert ingest_sources(store, [str(path)]).failed == []
    return {doc.url: doc for doc in store.iter_documents()}


def test_news_api_shape(store, tmp_path):
    doc = _docs(store, tmp_path)["https://pinecoast.example/a"]
    assert doc.publisher == "Pine Coast Post"
    assert doc.published_at.startswith("2025-04-09")
    assert doc.text.endswith("in the south…") and "chars]" not in doc.text
    assert doc.meta["truncated"] == "[+1520 chars]"


def test_html_body_and_other_date_and_site_keys(store, tmp_path):
    docs = _docs(store, tmp_path)
    latvia = docs["https://ll.example/b"]
    assert latvia.text == ("Latvia opened a rail freight terminal near Rezekne on Monday, the transport ministry said.\n\n"
                           "The terminal can load forty wagons a day & night.")
    assert latvia.published_at.startswith("2024-03-07") and latvia.meta["text_markup"] == "html"
    radars = docs["https://aw.example/c"]
    assert (radars.publisher, radars.published_at[:10]) == ("Amber Wire", "2024-03-05")


def test_plain_text_with_a_less_than_sign_and_a_source_object_without_a_name(store, tmp_path):
    doc = _docs(store, tmp_path)["https://mw.example/d"]
    assert doc.text == LINES[3]["text"] and "text_markup" not in doc.meta
    assert doc.publisher is None


MACHINE_DATES = [
    ({"text": "Latvia and Estonia signed a power grid accord in Tallinn on Thursday.", "published": 1709799300},
     "2024-03-07T08:15:00+00:00"),
    ({"text": "Lithuania ordered four radars for its air force on Thursday.", "date": "1709799300000"},
     "2024-03-07T08:15:00+00:00"),
    ({"text": "Finland opened a border crossing in Lapland for freight on Thursday.", "seen": 1,
      "date": "20240307T091500Z"}, "2024-03-07T09:15:00+00:00"),
    ({"text": "Norway's parliament approved a ferry budget for Svalbard on Thursday.", "date": "20240307"},
     "2024-03-07"),
    ({"text": "Iceland's coast guard began a patrol off the east coast on Thursday.",
      "published_at": {"$date": "2024-03-07T09:15:00Z"}}, "2024-03-07T09:15:00+00:00"),
    ({"text": "Sweden's navy held an exercise near Gotland on Thursday.", "date": "20241307"}, None),
]


def test_dates_written_for_machines(store, tmp_path):
    path = tmp_path / "machine.jsonl"
    path.write_text("\n".join(json.dumps(line) for line, _ in MACHINE_DATES) + "\n", encoding="utf-8")
    assert ingest_sources(store, [str(path)]).failed == []
    got = {doc.text: doc.published_at for doc in store.iter_documents()}
    assert got == {line["text"]: want for line, want in MACHINE_DATES}


def test_text_given_as_a_list_of_paragraphs(store, tmp_path):
    path = tmp_path / "paras.jsonl"
    path.write_text(json.dumps({"paragraphs": None, "text": ["Malta hosted talks on fisheries on Monday.",
                                                              "The talks will resume in June."]}) + "\n", encoding="utf-8")
    assert ingest_sources(store, [str(path)]).failed == []
    [doc] = list(store.iter_documents())
    assert doc.text == "Malta hosted talks on fisheries on Monday.\n\nThe talks will resume in June."
