"""`cablegram trace` shows the spans in its table, not only in JSON (newuser12).

A fact-checker saw "supported" for a sentence whose JSON listed new words ("Thursday", "Sudmark's") but the table
said nothing of them: spans were only in `-f json` and on the dashboard. Now the table's sentence cell underlines
new words and bolds changed ones (as the dashboard), and the evidence cell says "new words: …" in plain text, so a
piped table keeps it. Real trace (real embeddings) through the real entry point; texts written for this test."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import cablegram
from cablegram.cli.trace_table import _sentence

READOUT = ("Minister Arvo meets Minister Dellin\n\n9 October 2025\n\nForeign Minister Karin Arvo of Norland received "
           "Foreign Minister Piet Dellin of Sudmark in Holmstad today. The ministers discussed the reopening of the "
           "ferry line across the bay. Norland will give 12 million euros to Sudmark for new harbour cranes.\n")
REWRITE = ("Norland pays for Sudmark cranes\n\nHOLMSTAD, 9 October 2025 — Foreign Minister Karin Arvo of Norland "
           "received her colleague Piet Dellin of Sudmark in Holmstad today. The ministers discussed the reopening of "
           "the old ferry line across the bay. Norland will give 15 million euros to Sudmark for new harbour cranes.\n")


def test_the_table_names_new_words_and_styles_the_spans(tmp_path):
    readout, rewrite = tmp_path / "readout.txt", tmp_path / "rewrite.txt"
    readout.write_text(READOUT, encoding="utf-8")
    rewrite.write_text(REWRITE, encoding="utf-8")
    env = {**os.environ, "COLUMNS": "250"}
    done = subprocess.run([sys.executable, "-m", "cablegram", "trace", str(rewrite), "--source", str(readout), "-f", "json"],
                          capture_output=True, text=True, timeout=600, env=env)
    assert done.returncode == 0, done.stderr
    sentences = json.loads(done.stdout)["sentences"]
    with_new = [s for s in sentences if s["label"] in ("supported", "altered")
                and any(x["label"] == "new" and not x.get("clause") for x in s["spans"])]
    assert with_new, sentences

    table = subprocess.run([sys.executable, "-m", "cablegram", "trace", str(rewrite), "--source", str(readout)],
                           capture_output=True, text=True, timeout=600, env=env)
    assert table.returncode == 0, table.stderr
    flat = " ".join(table.stdout.split())
    for s in with_new:
        words = ", ".join(x["text"] for x in s["spans"] if x["label"] == "new" and not x.get("clause"))
        assert f"new words: {words}" in flat, (words, flat)

    report = cablegram.trace(str(rewrite), [str(readout)])
    for s in report.sentences:
        styled = {(span.start, span.end, str(span.style)) for span in _sentence(s).spans}
        for x in s.spans:
            if x["label"] == "new":
                assert (x["start"], x["end"], "underline red") in styled, (s.text, x)
            elif x["label"] == "changed":
                assert (x["start"], x["end"], "bold yellow") in styled, (s.text, x)
