"""`cablegram trace --source FILE` with several statements in one file (newuser12).

An analyst exported a ministry's two statements of one day as one JSON Lines file (and as a .json array) and passed
it as --source: only the first statement was used, silently, so the article's sentence restating the second one was
"added". Now every document of a JSON Lines file or of a .json array is a source, as if --source were repeated; a
.json holding one object is read as before. Real entry point, real embeddings; texts written for this test."""

from __future__ import annotations

import json
import os
import subprocess
import sys

MEETING = {"title": "Minister Arvo receives Minister Dellin", "publisher": "Ministry of Foreign Affairs of Norland",
           "date": "2025-10-09", "text": "Foreign Minister Karin Arvo of Norland received Foreign Minister Piet Dellin of "
                                        "Sudmark in Holmstad today. The ministers discussed the reopening of the ferry "
                                        "line across the bay."}
CRANES = {"title": "Norland funds harbour cranes", "publisher": "Ministry of Foreign Affairs of Norland",
          "date": "2025-10-09", "text": "Norland will give 12 million euros to Sudmark for new harbour cranes in the "
                                        "port of Vell."}
ARTICLE = ("Norland pays for Sudmark cranes\n\nHOLMSTAD, 9 October 2025 — Foreign Minister Karin Arvo of Norland received "
           "Foreign Minister Piet Dellin of Sudmark in Holmstad today. Norland will give 12 million euros to Sudmark for "
           "new harbour cranes in the port of Vell.\n")


def _trace(article, source):
    done = subprocess.run([sys.executable, "-m", "cablegram", "trace", str(article), "--source", str(source), "-f", "json"],
                          capture_output=True, text=True, timeout=600, env={**os.environ, "COLUMNS": "250"})
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_every_statement_of_a_jsonl_or_json_array_source_is_traced_against(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    jsonl, array, single = tmp_path / "statements.jsonl", tmp_path / "statements.json", tmp_path / "meeting.json"
    jsonl.write_text(json.dumps(MEETING) + "\n" + json.dumps(CRANES) + "\n", encoding="utf-8")
    array.write_text(json.dumps([MEETING, CRANES]), encoding="utf-8")
    single.write_text(json.dumps(MEETING), encoding="utf-8")

    for source in (jsonl, array):
        report = _trace(article, source)
        assert sorted(s["title"] for s in report["sources"]) == sorted([MEETING["title"], CRANES["title"]]), report
        cranes = next(s for s in report["sentences"] if "harbour cranes" in s["text"])
        assert cranes["label"] == "supported", cranes
        assert {e["sentence"] for e in cranes["evidence"]} == {CRANES["text"]}, cranes

    one = _trace(article, single)
    assert [s["title"] for s in one["sources"]] == [MEETING["title"]]
    assert next(s for s in one["sentences"] if "harbour cranes" in s["text"])["label"] == "added"


def test_a_line_of_a_jsonl_source_that_cannot_be_read_is_named_on_stderr(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    jsonl = tmp_path / "statements.jsonl"
    jsonl.write_text(json.dumps(MEETING) + "\n" + json.dumps({"title": "No text here", "date": "2025-10-09"}) + "\n",
                     encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "cablegram", "trace", str(article), "--source", str(jsonl), "-f", "json"],
                          capture_output=True, text=True, timeout=600, env={**os.environ, "COLUMNS": "250"})
    assert done.returncode == 0, done.stderr
    assert [s["title"] for s in json.loads(done.stdout)["sources"]] == [MEETING["title"]]
    assert "warning:" in done.stderr and "not used as a source" in done.stderr, done.stderr
