"""`cablegram trace`'s table (newuser7): evidence is never cut mid-word; a long source sentence is shown
by the stretch that supports the article's sentence; one percent style. Sentences are our own words."""

from __future__ import annotations

import re

from rich.console import Console

from cablegram.cli.trace_table import EVIDENCE_WORDS, render_trace, supporting_part
from cablegram.provenance.trace import trace
from cablegram.records import Document

LONG_SOURCE = ("On the first day of the spring session, after a long debate about fishing quotas, harbour fees and "
               "the repair of the old lighthouse, the minister of Freedonia announced that the northern ferry line "
               "to Sylvania would reopen in May with two daily crossings, a decision the port workers had awaited "
               "for years.")
ARTICLE = "Freedonia will reopen the northern ferry line to Sylvania in May, the minister said."


def test_a_long_source_sentence_is_shown_by_its_supporting_stretch_cut_at_words():
    part = supporting_part(LONG_SOURCE, ARTICLE)
    assert part.startswith("…") and part.endswith("…")
    assert "northern ferry line" in part and "Sylvania" in part
    inner = part.strip("…")
    assert inner in LONG_SOURCE and len(inner.split()) == EVIDENCE_WORDS
    at = LONG_SOURCE.index(inner)
    assert LONG_SOURCE[at - 1] == " " and LONG_SOURCE[at + len(inner)] == " "  # whole words on both ends
    assert supporting_part("A short source sentence.", ARTICLE) == "A short source sentence."


def test_the_trace_table_wraps_evidence_at_words_and_writes_percent_one_way():
    source = Document(text=LONG_SOURCE, title="Readout", publisher="Ministry", published_at="2024-05-01", is_primary=True)
    article = Document(text=ARTICLE + " Critics called the plan too late.", title="Ferry", published_at="2024-05-02")
    console = Console(record=True, width=100, force_terminal=False)
    render_trace(trace(article, [source]), console)
    out = console.export_text()
    cells = " ".join(line.split("│")[5].strip() for line in out.splitlines() if line.count("│") >= 6)
    assert "northern ferry line to Sylvania" in " ".join(cells.split())
    assert not re.search(r"\d%", out) and re.search(r"supported \d+ % · altered \d+ % · added \d+ %", out)
