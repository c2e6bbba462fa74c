"""`process` does not trace unless asked (newuser11): a new user who ingested a readout with --primary and ran
`process` found no traces and no word on how to get them. Now `process` says how many of the articles it
processed are untraced against the store's primary sources and how to trace them; with trace_on_process it
traces them itself. Real store, real pipeline, real embeddings."""

from __future__ import annotations

import os
import subprocess
import sys

from typer.testing import CliRunner

from cablegram.cli import app
from cablegram.cli.process_counts import untraced_articles
from cablegram.store import open_store

ARTICLE = ("Ministers meet in Marlo\n\nMARLO, 4 June 2024 — Freedonia's foreign minister Anna Vell met her Sylvanian "
           "counterpart Piet Hoorn in Marlo on Tuesday. The two ministers discussed the reopening of the river "
           "crossings. Vell said Freedonia would send 40 water pumps to the flooded districts. Observers said the "
           "meeting may thaw relations between the two neighbours.")
READOUT = ("Minister Vell meets Minister Hoorn\n\n4 June 2024\n\nForeign Minister Anna Vell met Foreign Minister Piet "
           "Hoorn of Sylvania in Marlo today. The ministers discussed reopening the river crossings. Minister Vell "
           "announced that Freedonia will send 40 water pumps to the flooded districts.")
HINT = "not traced against the store's"


def _run(db, *args, env=None):
    result = CliRunner().invoke(app, ["--db", str(db), *args], env={"COLUMNS": "300", **(env or {})})
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


def test_process_says_how_to_trace_untraced_articles_and_traces_them_when_asked(tmp_path):
    article, readout, db = tmp_path / "article.txt", tmp_path / "readout.txt", tmp_path / "p.db"
    article.write_text(ARTICLE, encoding="utf-8")
    readout.write_text(READOUT, encoding="utf-8")
    _run(db, "ingest", str(article))
    _run(db, "ingest", "--primary", str(readout))
    out = _run(db, "process")
    assert f"1 processed article {HINT} 1 primary source: `cablegram trace --all` traces them" in out, out
    with open_store(str(db)) as store:
        assert store.counts()["alignments"] == 0  # only said, nothing traced without asking

    out = _run(db, "process", "--reprocess", env={"CABLEGRAM_TRACE_ON_PROCESS": "true"})
    assert "traced 1 article" in out and HINT not in out, out
    with open_store(str(db)) as store:
        assert store.counts()["alignments"] >= 4
        ids = {d.id for d in store.iter_documents()}
        assert untraced_articles(store, ids, ()) == (0, 1)  # the article is traced; the readout is the primary

    out = _run(db, "process", "--reprocess")
    assert HINT not in out, out  # traced articles are not counted again


def test_a_primary_publisher_makes_a_primary_source_as_the_trace_service_counts_it(tmp_path):
    article, readout, db = tmp_path / "article.txt", tmp_path / "readout.txt", tmp_path / "p.db"
    article.write_text(ARTICLE, encoding="utf-8")
    readout.write_text(READOUT, encoding="utf-8")
    _run(db, "ingest", str(article))
    _run(db, "ingest", "--publisher", "Freedonia Press Office", str(readout))
    with open_store(str(db)) as store:
        ids = {d.id for d in store.iter_documents()}
        assert untraced_articles(store, ids, ()) == (0, 0)  # not a primary publisher: no primary source
        assert untraced_articles(store, ids, ("press office",)) == (1, 1)


def test_tracing_a_primary_source_with_nothing_to_trace_it_against_says_what_it_is(tmp_path):
    readout, db = tmp_path / "readout.txt", tmp_path / "p.db"
    readout.write_text(READOUT, encoding="utf-8")
    _run(db, "ingest", "--primary", str(readout))
    with open_store(str(db)) as store:
        (doc,) = list(store.iter_documents())
    done = subprocess.run([sys.executable, "-m", "cablegram", "--db", str(db), "trace", doc.id], capture_output=True,
                          text=True, timeout=300, env={**os.environ, "COLUMNS": "300"})
    text = " ".join(done.stderr.split())
    assert done.returncode == 1 and "error[no_primary_source]" in text and "Traceback" not in text, text
    assert "it is a primary source itself" in text and f"cablegram trace ARTICLE --source {doc.id}" in text
