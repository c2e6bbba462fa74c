"""The SQLite process lock leaves no file behind, and runs still take turns across the file's removal."""

from __future__ import annotations

import threading
import time

from cablegram.store import open_store
from cablegram.store.locks import LOCK_SUFFIX, process_lock


def test_lock_file_is_removed_on_release(tmp_path):
    db = tmp_path / "news.db"
    with open_store(str(db)) as store:
        with process_lock(store):
            assert (tmp_path / ("news.db" + LOCK_SUFFIX)).exists()
        assert not (tmp_path / ("news.db" + LOCK_SUFFIX)).exists()
        with process_lock(store, timeout=5):  # taking it again works
            pass
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news.db"]


def test_runs_take_turns_when_the_holder_removes_the_file(tmp_path):
    db = tmp_path / "news.db"
    inside, log = threading.Lock(), []
    overlaps = []

    def run(name: str) -> None:
        with open_store(str(db)) as store, process_lock(store, timeout=30):
            if not inside.acquire(blocking=False):
                overlaps.append(name)
                return
            log.append(name)
            time.sleep(0.2)
            inside.release()

    with open_store(str(db)):
        pass
    threads = [threading.Thread(target=run, args=(f"run{i}",)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert overlaps == [] and sorted(log) == ["run0", "run1", "run2", "run3"]
    assert not (tmp_path / ("news.db" + LOCK_SUFFIX)).exists()
