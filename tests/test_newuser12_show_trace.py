"""`cablegram show DOC` gives its saved trace a heading (newuser12).

A fact-checker read `show` of a traced article: the trace lines came straight after the commitments, with no
heading, no word of the readout they were traced against, and a false credit printed as "differs in: false credit:
…". A traced article not processed yet showed no trace at all. Now the trace has a heading naming its sources and
the counts (false credits too), a false credit is its own note, and the trace is shown for an unprocessed article.
Real trace (real embeddings), real SQLite store, the real entry point; texts written for this test."""

from __future__ import annotations

import os
import subprocess
import sys

import cablegram
from cablegram.records import Document
from cablegram.store import open_store

READOUT = ("Minister Arvo meets Minister Dellin\n\n9 October 2025\n\nForeign Minister Karin Arvo of Norland received "
           "Foreign Minister Piet Dellin of Sudmark in Holmstad today. The ministers discussed the reopening of the "
           "ferry line across the bay. Norland will give 12 million euros to Sudmark for new harbour cranes.\n")
ARTICLE = ("Norland pays for Sudmark cranes\n\nHOLMSTAD, 9 October 2025 — Norland's foreign minister Karin Arvo received "
           "Sudmark's Piet Dellin in Holmstad on Thursday. Norland will give 14 million euros to Sudmark for new harbour "
           "cranes. The Norland foreign ministry said it would also open a consulate in the port city of Vell next spring.\n")


def test_show_gives_the_trace_a_heading_with_its_source_and_counts(tmp_path):
    db = tmp_path / "s.db"
    readout = Document(text=READOUT, title="Minister Arvo meets Minister Dellin", published_at="2025-10-09",
                       publisher="Ministry of Foreign Affairs of Norland", is_primary=True)
    article = Document(text=ARTICLE, title="Norland pays for Sudmark cranes", publisher="Harbour Post",
                       published_at="2025-10-09")
    report = cablegram.trace(article, [readout])
    assert report.summary["false_credits"] == 1 and report.summary["altered"] >= 1, report.summary
    with open_store(str(db)) as store:
        store.add_document(readout)
        store.add_document(article)
        store.save_alignments(article.id, report.alignments())
    done = subprocess.run([sys.executable, "-m", "cablegram", "--db", str(db), "show", article.id], capture_output=True,
                          text=True, timeout=300, env={**os.environ, "COLUMNS": "400"})
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "(not processed yet" in out and "Trace against primary sources" in out, out  # shown before processing
    heading = out[out.index("Trace against primary sources"):].splitlines()[1]
    assert f"traced against: Minister Arvo meets Minister Dellin ({readout.id})" in heading, heading
    assert f"{report.summary['altered']} altered" in heading and "1 false credit" in heading, heading
    credited = next(line for line in out.splitlines() if "consulate" in line and line.strip().startswith("["))
    assert "false credit: credited to" in credited and "differs in" not in credited, credited
    changed = next(line for line in out.splitlines() if "14 million euros" in line and line.strip().startswith("["))
    assert "differs in: number" in changed, changed
