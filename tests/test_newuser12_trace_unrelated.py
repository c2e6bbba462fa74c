"""A source given by hand that the article never used is refused, not "100 % added" (newuser12).

A fact-checker traced a weather story against a ministers' readout by mistake (`cablegram trace story.txt
--source readout.txt`) and got every sentence *added* — "100 % unsupported" — and with `--save` those labels were
stored and shown on the dashboard as the story's trace. The stored-article policy already records such an article
as unrelated; `cablegram trace` with --source (and the API's POST trace with source_ids) now refuse it with
`no_primary_source` and save nothing. Real entry point, real store, real embeddings; texts written for this test."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from cablegram.store import open_store

READOUT = ("Minister Arvo meets Minister Dellin\n\n9 October 2025\n\nForeign Minister Karin Arvo of Norland received "
           "Foreign Minister Piet Dellin of Sudmark in Holmstad today. The ministers discussed the reopening of the "
           "ferry line across the bay. Norland will give 12 million euros to Sudmark for new harbour cranes.\n")
REWRITE = ("Norland pays for Sudmark cranes\n\nHOLMSTAD, 9 October 2025 — Norland's foreign minister Karin Arvo received "
           "Sudmark's Piet Dellin in Holmstad on Thursday. The two ministers discussed reopening the ferry line across "
           "the bay. Norland will give 18 million euros to Sudmark for new harbour cranes. Observers think the talks "
           "could ease a long quarrel over fishing rights.\n")
WEATHER = ("Storm closes mountain passes\n\nHOLMSTAD, 9 October 2025 — Snow and strong winds closed three mountain passes "
           "in the north of the country on Thursday. Hikers were told to stay in the valleys until the weekend. The "
           "road service expects to clear the passes by Sunday evening.\n")


def _cli(db, *args):
    done = subprocess.run([sys.executable, "-m", "cablegram", "--db", str(db), *args], capture_output=True, text=True,
                          timeout=600, env={**os.environ, "COLUMNS": "300"})
    return done.returncode, done.stdout, " ".join(done.stderr.split())


def test_an_unrelated_article_traced_against_a_given_readout_is_refused_and_nothing_is_saved(tmp_path):
    readout, weather, rewrite = tmp_path / "readout.txt", tmp_path / "weather.txt", tmp_path / "rewrite.txt"
    readout.write_text(READOUT, encoding="utf-8")
    weather.write_text(WEATHER, encoding="utf-8")
    rewrite.write_text(REWRITE, encoding="utf-8")
    db = tmp_path / "t.db"

    rc, out, err = _cli(db, "trace", str(weather), "--source", str(readout), "--save", "-f", "json")
    assert rc == 1 and "error[no_primary_source]" in err and "Traceback" not in err, (rc, err)
    assert "does not restate it" in err and "Minister Arvo meets Minister Dellin" in err and out == "", err
    if db.exists():
        with open_store(str(db)) as store:
            assert store.counts()["alignments"] == 0

    # The rewrite of the same readout is traced and saved as before: its changed amount is named.
    rc, out, err = _cli(db, "trace", str(rewrite), "--source", str(readout), "--save", "-f", "json")
    assert rc == 0, err
    report = json.loads(out)
    labels = [s["label"] for s in report["sentences"]]
    assert labels.count("supported") >= 1 and labels[-1] == "added", labels
    assert any("18 million euros" in d for s in report["sentences"] for d in s["differences"]), report["sentences"]
    with open_store(str(db)) as store:
        assert store.counts()["alignments"] == len(labels)
