"""A readout's date line under its letterhead and subtitle dates it (newuser15).

A plain-text readout saved from a ministry's page ("Ministry of Foreign Affairs of Norland", a subtitle, "12 March
2031", then the text) was stored with no date: the date line was dropped as page furniture (boilerplate_removed) and
the document flagged no_date, so tracing by date window and every dated listing missed it. Now a date stamp dropped
from the head (above the first sentence) dates a document nothing else dated; a stamp lower down, a date without a
year, or a document dated otherwise keeps what it had. Real files through ingest into a real SQLite store; texts
written for this test."""

from __future__ import annotations

import pytest

import cablegram

HEAD = "Ministry of Foreign Affairs of Norland\n\nReadout of the Minister's meeting with the Sylvanian envoy\n"
BODY = ("Foreign Minister Aino Virta met the Sylvanian envoy Petr Novak in Lindmark on Wednesday. "
        "The two agreed to reopen the ferry link across the Kessa by June.\n")


def ingest_one(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    store = cablegram.open_store(str(tmp_path / "d.db"))
    summary = cablegram.ingest_sources(store, [str(path)])
    assert summary.inserted == 1, summary.failed
    doc = store.get_document(summary.doc_ids[0])
    store.close()
    return doc


@pytest.mark.parametrize(("stamp", "iso"), [("12 March 2031", "2031-03-12"), ("Published: 12 March 2031", "2031-03-12"),
                                            ("March 12, 2031", "2031-03-12"),
                                            ("Wednesday, 12 March 2031", "2031-03-12")])
def test_a_date_line_under_the_subtitle_dates_the_readout(tmp_path, stamp, iso):
    doc = ingest_one(tmp_path, "readout.txt", f"{HEAD}{stamp}\n\n{BODY}")
    assert doc.published_at == iso and doc.meta["date_from"] == "date line"
    assert "no_date" not in doc.quality and doc.meta["date_line"] == stamp
    assert stamp not in doc.text and doc.text.startswith("Readout of") and "Aino Virta" in doc.text


def test_a_stamp_below_the_first_sentence_dates_nothing(tmp_path):
    doc = ingest_one(tmp_path, "notes.txt", f"{HEAD}\n{BODY}\nUpdated: 14 March 2031\n\nThe envoy left on Friday.\n")
    assert doc.published_at is None and "no_date" in doc.quality


def test_a_date_without_a_year_dates_nothing(tmp_path):
    doc = ingest_one(tmp_path, "readout.txt", f"{HEAD}12 March\n\n{BODY}")
    assert doc.published_at is None and "no_date" in doc.quality


def test_a_front_matter_date_wins(tmp_path):
    doc = ingest_one(tmp_path, "readout.md", f"---\ndate: 2031-03-13\n---\n{HEAD}12 March 2031\n\n{BODY}")
    assert doc.published_at == "2031-03-13"
