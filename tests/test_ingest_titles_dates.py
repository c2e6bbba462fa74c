"""Titles, datelines of the form "This story is from <date>", undated documents and damaged
characters at ingest (own texts about fictional places, written to real temporary files)."""

import json

from cablegram.config import Settings
from cablegram.ingest.common import TITLE_CHARS, title_from_text
from cablegram.ingest.sources import read_source

LONG_FIRST = ("The Marenian cabinet has agreed to send a second convoy of grain, tents and water pumps to the "
              "flooded districts of Kastor province before the rains return, officials in Vellmar said on "
              "Tuesday, adding that what that support would cost was still being worked out. A third convoy "
              "may follow.")


def read_one(path):
    (doc,) = list(read_source(str(path), Settings()))
    return doc


def test_a_story_dateline_dates_the_document_and_is_not_its_title(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("This story is from March 10, 2002\n\nvellmar: the marenian police said on saturday that "
                    "the march planned for the old market square had been banned.", encoding="utf-8")
    doc = read_one(path)
    assert doc.published_at == "2002-03-10" and doc.meta["date_from"] == "date line"
    assert doc.title and "This story is from" not in doc.title and not doc.text.startswith("This story")
    assert "no_date" not in doc.quality


def test_the_same_dateline_in_a_jsonl_row(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps({"id": 7, "text": "This story is from April 2, 2003\n\nkastor: the district court "
                                "heard the appeal of the dismissed officers on monday."}) + "\n", encoding="utf-8")
    doc = read_one(path)
    assert doc.published_at == "2003-04-02" and doc.title != "This story is from April 2, 2003"


def test_a_document_without_any_date_says_so(tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text("Relief convoy reaches Kastor\n\nThe convoy from Vellmar reached the flooded districts.",
                    encoding="utf-8")
    doc = read_one(path)
    assert doc.published_at is None and "no_date" in doc.quality and doc.title == "Relief convoy reaches Kastor"
    dated = tmp_path / "dated.txt"
    dated.write_text("---\ndate: 2024-06-03\n---\nThe convoy from Vellmar reached the flooded districts.",
                     encoding="utf-8")
    assert "no_date" not in read_one(dated).quality


def test_remaining_replacement_characters_are_flagged(tmp_path):
    path = tmp_path / "damaged.jsonl"
    path.write_text(json.dumps({"id": 1, "date": "2002-03-12", "text": "The mayor of Vellmar said \u201cwe will "
                                "rebuild the bridge,\u201d and the council \ufffd agreed on Friday."}) + "\n",
                    encoding="utf-8")
    doc = read_one(path)
    assert "replacement_characters" in doc.quality
    clean = tmp_path / "clean.jsonl"
    clean.write_text(json.dumps({"id": 2, "date": "2002-03-12", "text": "The mayor of Vellmar said the council "
                                 "agreed on Friday to rebuild the bridge."}) + "\n", encoding="utf-8")
    assert "replacement_characters" not in read_one(clean).quality


def test_plain_text_title_is_a_short_first_line_else_the_first_sentence_cut_at_a_word(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text(LONG_FIRST, encoding="utf-8")
    title = read_one(path).title
    assert title.endswith("…") and len(title) <= TITLE_CHARS + 1
    assert LONG_FIRST.startswith(title[:-1]) and LONG_FIRST[len(title) - 1] in " ,"  # cut between words
    assert title_from_text("Grain deal signed. It covers two years of deliveries " * 5) == "Grain deal signed."
    assert title_from_text("Short first line\nThen the body.") == "Short first line"
    assert title_from_text("\n\n") is None
