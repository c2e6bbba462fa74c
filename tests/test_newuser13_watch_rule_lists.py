"""A watch rule's publisher, attributed_to and cue take a list of phrases (newuser13).

An analyst wrote `publisher = ["Daily Example", "Evening Wire"]` in a trace rule (every other rule option is a list):
the list was turned into its printed form ("['daily example', 'evening wire']") and the rule never fired, with no
word. Now a list matches when any of its phrases does, a single string works as before, and another value (a number,
an empty list) is refused when the file is read. Real watch files read from disk; records built from texts written
for this test."""

from __future__ import annotations

import pytest

from cablegram.errors import ConfigError
from cablegram.monitor.config import load_watch_config
from cablegram.records import Alignment, Document

RULES = """interval = 60
sources = []

[[rules]]
name = "two-outlets"
kind = "trace"
min_unsupported = 0.2
publisher = ["Daily Example", "Evening Wire"]
attributed_to = ["sources close to", "analysts"]

[[rules]]
name = "one-outlet"
kind = "trace"
min_unsupported = 0.2
publisher = "Evening Wire"
"""

TEXT = ("Norland will give 12 million euros to Sudmark for new harbour cranes. Analysts expect the cranes to arrive "
        "before the spring.")


def _traced(publisher: str) -> tuple[Document, list[Alignment]]:
    doc = Document(text=TEXT, title="Cranes for Sudmark", publisher=publisher, published_at="2025-10-09")
    return doc, [Alignment(doc.id, 0, TEXT.split(". ")[0] + ".", "supported", 0.9),
                 Alignment(doc.id, 1, TEXT.split(". ")[1], "added", 0.2, attribution="analysts")]


def test_a_list_of_publishers_matches_any_and_a_string_still_works(tmp_path):
    path = tmp_path / "watch.toml"
    path.write_text(RULES, encoding="utf-8")
    two, one = load_watch_config(path).rules
    doc, alignments = _traced("Daily Example")
    assert [m.rule for m in two.check(doc, None, alignments, None)] == ["two-outlets"]
    assert one.check(doc, None, alignments, None) == []
    wire, alignments = _traced("The Evening Wire")
    assert two.check(wire, None, alignments, None) and one.check(wire, None, alignments, None)
    other, alignments = _traced("Harbour Post")
    assert two.check(other, None, alignments, None) == []


@pytest.mark.parametrize("value", ["3", "[]", '["ministry", 4]'])
def test_a_publisher_that_is_no_string_or_list_of_strings_is_refused(tmp_path, value):
    path = tmp_path / "watch.toml"
    path.write_text(f'sources = []\n\n[[rules]]\nname = "r"\nkind = "trace"\npublisher = {value}\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_watch_config(path)
    assert "publisher must be a string or a list of strings" in str(caught.value)
