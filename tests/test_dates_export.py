"""The PLOVER export's date_source: "text" only when the sentence states the date."""

import pytest

from cablegram.export.plover import event_to_plover

DOC = {"published_at": "2023-03-06T08:00:00+00:00", "url": "https://example.org/a", "title": "T", "publisher": "P"}


def row(sentence: str, date: str | None, date_source: str | None = None) -> dict:
    return {"id": "evt_1", "doc_id": "doc_1", "sentence_index": 0, "sentence": sentence, "type": "CONSULT",
            "date": date, "date_source": date_source}


@pytest.mark.parametrize("sentence,date,source,expected", [
    # coded by the resolver: the record says where its date came from
    ("The envoys met on 2 March.", "2023-03-02", "text", ("2023-03-02", "text")),
    ("The envoys met in Geneva.", "2023-03-06", "publication", ("2023-03-06", "publication")),
    ("The envoys met on Monday.", "2023-03-06", "text", ("2023-03-06", "text")),
    # older rows without date_source: judged from the sentence
    ("The envoys met in Geneva.", "2023-03-06", None, ("2023-03-06", "publication")),
    ("The envoys met in Geneva today.", "2023-03-06", None, ("2023-03-06", "text")),
    ("The envoys met on 1 March.", "2023-03-01", None, ("2023-03-01", "text")),
    # an analyst's corrected date is exported as such, not re-guessed from the sentence
    ("The envoys met in Geneva.", "2023-02-27", "correction", ("2023-02-27", "correction")),
    # no event date: the publication date, said so
    ("The envoys met in Geneva.", None, None, ("2023-03-06", "publication")),
])
def test_date_source(sentence, date, source, expected):
    record = event_to_plover(row(sentence, date, source), DOC)
    assert (record["date"], record["date_source"]) == expected


def test_undated_event_in_undated_document():
    record = event_to_plover(row("The envoys met in Geneva.", None), {"url": "https://example.org/b"})
    assert record["date"] is None and record["date_source"] is None
