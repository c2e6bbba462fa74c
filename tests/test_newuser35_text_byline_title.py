"""A text file that opens with a byline takes its title from the line under it (newuser35).

Wire copy saved as .txt often starts "By Staff Reporter" or "By Ana Roe, diplomatic correspondent"; the first line
became the title, so `cablegram documents`, search results, the dashboard and the trace header all named the story
"By Staff Reporter". HTML pages and feeds already set such a line apart as the byline. The text's title is now the line
under a byline; a first line that only starts with "By" but is a sentence or a headline stays the title. Real files
through the console entry point into a real SQLite store."""

from __future__ import annotations

import pytest

from cablegram.cli import main
from cablegram.store import open_store

BODY = "Officials in Dravenport confirmed that the grain convoy crossed the river on Sunday.\n"


def _title_of(tmp_path, capsys, name: str, text: str) -> str:
    db = str(tmp_path / f"{name}.db")
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    main(["--db", db, "ingest", str(path)])
    capsys.readouterr()
    with open_store(db, create=False) as store:
        docs = list(store.iter_documents())
    assert len(docs) == 1
    return docs[0].title


@pytest.mark.parametrize("first, title", [
    ("By Staff Reporter", "Grain convoy reaches Dravenport"),
    ("By Mirela Osten, diplomatic correspondent", "Grain convoy reaches Dravenport"),
    ("   By Tomas Hedd | Updated 09:15", "Grain convoy reaches Dravenport"),
])
def test_a_byline_line_is_not_the_title(tmp_path, capsys, first, title):
    text = f"{first}\n\nGrain convoy reaches Dravenport\n\n{BODY}"
    assert _title_of(tmp_path, capsys, "wire.txt", text) == title


@pytest.mark.parametrize("first", [
    "By nightfall the convoy had crossed into Dravenport.",  # a sentence that starts with "By"
    "Grain convoy reaches Dravenport",  # a headline
    "By Road and River: the Convoy's Route",  # a headline with a colon
])
def test_look_alikes_keep_their_first_line_as_title(tmp_path, capsys, first):
    assert _title_of(tmp_path, capsys, "story.txt", f"{first}\n{BODY}") == first


def test_a_byline_alone_above_one_line_and_markdown_headings(tmp_path, capsys):
    # a byline with only the body under it: the body's first sentence is the title
    assert _title_of(tmp_path, capsys, "short.txt", f"By Staff Reporter\n{BODY}") == BODY.strip()
    # Markdown: a heading still wins
    assert _title_of(tmp_path, capsys, "note.md", f"By Ines Marl\n\n# Convoy crosses\n\n{BODY}") == "Convoy crosses"
