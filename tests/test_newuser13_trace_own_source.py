"""A stored article is never traced against itself, and the trace endpoint refuses keys it does not take (newuser13).

A fact-checker posted `{"source_ids": [<the article's own id>]}` to `/api/documents/{id}/trace` (and ran
`cablegram trace DOC --source DOC`): the article's saved trace against the readout was replaced by one against
itself, every sentence "supported". A body with a misspelt key (`{"sources": [...]}`) was traced against the store's
candidates as if no key were given. Now the own id is a 400 `invalid_value` (CLI: `error[invalid_value]`) and nothing
is saved; an unknown key is a 422 naming it; an unknown source id is named as a source id. Real SQLite store, real
CLI, the app served by uvicorn on 127.0.0.1, real trace; texts written for this test."""

from __future__ import annotations

import subprocess
import sys

import httpx

import cablegram
from cablegram.config import Settings
from cablegram.records import Document
from live_api import live_api

READOUT = ("Minister Arvo meets Minister Dellin\n\n9 October 2025\n\nForeign Minister Karin Arvo of Norland received "
           "Foreign Minister Piet Dellin of Sudmark in Holmstad today. Norland will give 12 million euros to Sudmark "
           "for new harbour cranes.\n")
ARTICLE = ("HOLMSTAD, 9 October 2025 — Norland's foreign minister Karin Arvo received Sudmark's Piet Dellin in Holmstad "
           "on Thursday. Norland will give 14 million euros to Sudmark for new harbour cranes. Observers think the talks "
           "could ease a long quarrel over fishing rights.\n")


def test_the_own_id_as_source_is_refused_and_the_saved_trace_kept(tmp_path):
    db = str(tmp_path / "t.db")
    readout = Document(text=READOUT, title="Minister Arvo meets Minister Dellin", published_at="2025-10-09",
                       publisher="Ministry of Foreign Affairs of Norland", is_primary=True)
    article = Document(text=ARTICLE, title="Norland pays for cranes", publisher="Harbour Post", published_at="2025-10-09")
    with cablegram.open_store(db) as store:
        store.add_document(readout)
        store.add_document(article)
        with live_api(Settings(db=db, api_token="t0ken"), store) as base:
            auth = {"Authorization": "Bearer t0ken"}
            url = f"{base}/api/documents/{article.id}/trace"
            good = httpx.post(url, json={"source_ids": [readout.id]}, headers=auth, timeout=120)
            assert good.status_code == 200 and good.json()["summary"]["altered"] >= 1, good.text
            saved = [a.label for a in store.get_alignments(article.id)]

            own = httpx.post(url, json={"source_ids": [article.id]}, headers=auth, timeout=120)
            assert own.status_code == 400 and own.json()["error"]["code"] == "invalid_value", own.text
            assert "not its own source" in own.json()["error"]["message"]
            misspelt = httpx.post(url, json={"sources": [readout.id]}, headers=auth, timeout=120)
            assert misspelt.status_code == 422 and "sources" in misspelt.json()["error"]["message"], misspelt.text
            unknown = httpx.post(url, json={"source_ids": ["doc_0000000000000000"]}, headers=auth, timeout=120)
            assert unknown.status_code == 404, unknown.text
            assert unknown.json()["error"]["message"] == "source_ids: no document with id 'doc_0000000000000000'", unknown.text
        assert [a.label for a in store.get_alignments(article.id)] == saved

    done = subprocess.run([sys.executable, "-m", "cablegram", "--db", db, "trace", article.id, "--source", article.id],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode != 0 and "error[invalid_value]" in done.stderr and "own sources" in done.stderr, done.stderr
    with cablegram.open_store(db) as store:
        assert [a.label for a in store.get_alignments(article.id)] == saved
