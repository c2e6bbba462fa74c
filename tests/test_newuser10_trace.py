"""`cablegram trace`'s summary line (newuser10 item 14): counts take the right number ("1 false credit") and
the line says that partly supported sentences are counted in "supported". Sentences are our own words."""

from __future__ import annotations

import re

import pytest
from rich.console import Console

from cablegram.cli.trace_table import render_trace
from cablegram.provenance.trace import trace
from cablegram.records import Document

SOURCE = "The minister of Freedonia said the northern ferry line to Sylvania would reopen in May."
ARTICLE = "Freedonia will reopen the northern ferry line to Sylvania in May. Critics called the plan too late."


@pytest.mark.parametrize("credits, words", [(0, "0 false credits"), (1, "1 false credit)"), (2, "2 false credits")])
def test_the_summary_line_counts_false_credits_in_the_right_number(credits, words):
    source = Document(text=SOURCE, title="Readout", publisher="Ministry", published_at="2024-05-01", is_primary=True)
    article = Document(text=ARTICLE, title="Ferry", published_at="2024-05-02")
    report = trace(article, [source])
    report.summary["false_credits"] = credits  # the count the tracer found, as the table prints it
    console = Console(record=True, width=200, force_terminal=False)
    render_trace(report, console)
    out = " ".join(console.export_text().split())
    assert words in out
    assert re.search(r"\d+ partly supported \(counted in supported\)", out)
