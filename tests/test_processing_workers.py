"""`process_store(..., workers=N)`: forked workers give the same results as one process, one bad document
does not sink its batch, and a run whose workers die keeps what was saved and resumes."""

from __future__ import annotations

import os

import pytest
import spacy
from spacy.language import Language

from cablegram.errors import PipelineError
from cablegram.nlp.pipeline import Pipeline
from cablegram.nlp.workers import available_cores, can_fork
from cablegram.processing import process_store
from cablegram.records import Document

pytestmark = pytest.mark.skipif(not can_fork(), reason="workers need the fork start method")

# Sentences written for this test.
TEXTS = [
    "The foreign minister of Norway met his Swedish counterpart in Oslo on Tuesday, the ministry said.",
    "Germany pledged 40 million euros in humanitarian aid to Ukraine on Monday.",
    "Russian forces shelled the city of Kharkiv overnight, regional officials said.",
    "The president of France called the Turkish president to discuss grain exports.",
    "Poland summoned the Belarusian ambassador after a drone crossed the border.",
    "The prime minister of Japan will visit Canberra next month, his office said.",
    "Ukraine's army said it repelled an attack near Bakhmut on Sunday.",
]


def _fill(store):
    for i, text in enumerate(TEXTS):
        store.add_document(Document(text=text, published_at=f"2024-05-{i + 6:02d}", title=f"note {i}"))


def _results(store):
    out = {}
    for doc in store.iter_documents():
        analysis = store.get_analysis(doc.id)
        out[doc.text] = sorted((e.type, e.source_actor, e.target_actor) for e in analysis.events), \
            sorted(m.actor_id for m in analysis.mentions)
    return out


def test_two_workers_match_one_process(nlp, tmp_path):
    from cablegram.store import open_store

    pipeline = Pipeline(nlp)
    with open_store(str(tmp_path / "one.db")) as one, open_store(str(tmp_path / "two.db")) as two:
        _fill(one)
        _fill(two)
        seen = []
        single = process_store(one, pipeline, batch_size=2, workers=1)
        double = process_store(two, pipeline, batch_size=2, workers=2, progress=lambda done, total: seen.append(done))
        assert single.processed == double.processed == len(TEXTS) and not double.failed
        assert (single.events, single.mentions, single.claims) == (double.events, double.mentions, double.claims)
        assert _results(one) == _results(two)
        assert seen[-1] == len(TEXTS) and len(seen) == 4  # one progress step per batch of 2
        again = process_store(two, pipeline, batch_size=2, workers=2)
        assert again.processed == 0  # idempotent: nothing left to do


@Language.component("test_fails_on_marker")
def _fails_on_marker(doc):
    if "BOOM" in doc.text:
        raise ValueError("marker document")
    if "HALT" in doc.text:
        os._exit(3)  # a worker killed mid-batch (as by the OOM killer)
    return doc


def _marker_pipeline() -> Pipeline:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("test_fails_on_marker")
    return Pipeline(nlp)


def test_bad_document_fails_alone(any_backend_store):
    store = any_backend_store  # workers fork while the parent holds the SQLite or PostgreSQL connection
    for i, text in enumerate(["A first note.", "A BOOM note.", "A third note.", "A fourth note."]):
        store.add_document(Document(text=text, title=str(i)))
    summary = process_store(store, _marker_pipeline(), batch_size=2, workers=2)
    assert summary.processed == 3 and len(summary.failed) == 1
    assert "marker document" in summary.failed[0][1]
    assert store.counts()["unprocessed"] == 1


def test_dead_workers_keep_saved_work_and_resume(store):
    texts = ["Note one.", "Note two.", "Note HALT.", "Note four.", "Note five.", "Note six."]
    for i, text in enumerate(texts):
        store.add_document(Document(text=text, title=str(i)))
    with pytest.raises(PipelineError) as err:
        process_store(store, _marker_pipeline(), batch_size=1, workers=2)
    assert err.value.code == "worker_error"
    left = store.counts()["unprocessed"]
    assert 1 <= left < len(texts)  # what finished is saved
    plain = spacy.blank("en")
    plain.add_pipe("sentencizer")
    resumed = process_store(store, Pipeline(plain), batch_size=1, workers=2)  # e.g. after fixing the cause
    assert resumed.processed == left and store.counts()["unprocessed"] == 0


def test_available_cores():
    assert 1 <= available_cores() <= (os.cpu_count() or 1)


def test_cli_process_with_workers(tmp_path):
    import subprocess
    import sys

    folder = tmp_path / "notes"
    folder.mkdir()
    for i, text in enumerate(TEXTS[:3]):
        (folder / f"n{i}.txt").write_text(text, encoding="utf-8")
    db = str(tmp_path / "w.db")

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "cablegram", "--db", db, *args], capture_output=True, text=True,
                              timeout=600, cwd=tmp_path)

    assert cli("ingest", str(folder)).returncode == 0
    result = cli("process", "--workers", "2", "--batch-size", "1")
    assert result.returncode == 0, result.stderr
    assert "processed 3 documents" in result.stdout and "0 failed" in result.stdout
    assert "nothing to process" in cli("process", "--workers", "2").stdout
