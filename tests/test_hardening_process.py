"""Two `process` runs at once on one store (two real processes): each document is analysed once; the
second run waits for the first and then finds nothing left (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from cablegram.records import Document
from cablegram.store.locks import process_lock

DRIVER = textwrap.dedent('''
    import json, sys, time
    import spacy
    from cablegram.nlp.pipeline import Pipeline
    from cablegram.processing import process_store
    from cablegram.store import open_store

    class SlowPipeline(Pipeline):  # a real (sentence-splitting) pipeline that takes its time per document
        def analyse_many(self, docs, batch_size=16):
            for doc in docs:
                time.sleep(0.25)
                yield from super().analyse_many([doc], batch_size)

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    with open_store(sys.argv[1]) as store:
        started = time.time()
        summary = process_store(store, SlowPipeline(nlp=nlp), batch_size=2)
        print(json.dumps({"processed": summary.processed, "started": started, "ended": time.time()}))
''')


def test_two_process_runs_share_the_work(any_backend_store):
    store = any_backend_store
    for i in range(8):
        store.add_document(Document(text=f"Harbour talks, round {i}, ended without a statement.", title=f"t{i}"))
    target = getattr(store, "url", None) or store.path
    runs = [subprocess.Popen([sys.executable, "-c", DRIVER, target], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True) for _ in range(2)]
    results = []
    for run in runs:
        out, err = run.communicate(timeout=180)
        assert run.returncode == 0, err[-2000:]
        results.append(json.loads(out.strip().splitlines()[-1]))
    assert max(r["started"] for r in results) < min(r["ended"] for r in results)  # the two runs overlapped
    assert sorted(r["processed"] for r in results) == [0, 8]  # one run did everything, the other found it done
    assert store.counts()["unprocessed"] == 0


def test_lock_is_released_when_the_holder_dies(store):
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f'''
        import time
        from cablegram.store import open_store
        from cablegram.store.locks import process_lock
        with open_store({store.path!r}) as s, process_lock(s):
            print("held", flush=True)
            time.sleep(60)
    ''')], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    waited = []
    holder.kill()  # kill -9: the kernel drops the flock
    holder.wait(10)
    with process_lock(store, timeout=10, on_wait=lambda: waited.append(True)):
        pass
