"""A source's date before 1900 is no publication date of the news we read (a Solar Hijri "1404/12/15" read as
Gregorian, a slip): it is unparsed and never stored; dates of the years we read are kept. Inputs of our own."""

from __future__ import annotations

import json

from cablegram.ingest import ingest_sources
from cablegram.ingest.common import read_date


def test_a_date_centuries_off_is_unparsed():
    for value in ("1404/12/15", "1403-07-02 09:30", "0205-03-06"):
        assert read_date(value) == (None, "unparsed_date"), value
    assert read_date("1999-12-31")[0] == "1999-12-31"
    assert read_date("2025/3/6 8:05")[0] == "2025-03-06T08:05:00"


def test_a_record_dated_in_another_calendar_is_stored_without_a_date(store, tmp_path):
    path = tmp_path / "wire.jsonl"
    text = ("Oman and Iran agreed on Sunday to run a joint search-and-rescue drill in the Strait of Hormuz, the Omani "
            "foreign ministry said in Muscat.")
    path.write_text(json.dumps({"text": text, "date": "1404/12/15", "url": "https://gulf-desk.example/drill",
                                "publisher": "Gulf Desk"}) + "\n", encoding="utf-8")
    assert ingest_sources(store, [str(path)]).failed == []
    (doc,) = list(store.iter_documents())
    assert doc.published_at is None
    assert "unparsed_date" in doc.quality
