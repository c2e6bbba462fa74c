"""A lock that lets one ``process`` run at a time per store; a second run waits, then finds the work done.

* SQLite: an exclusive ``flock`` on ``<database>.process-lock`` beside the database file (released by
  the kernel when the process dies, so a killed run never leaves a stale lock); the file is removed
  when the lock is released, so only a killed run leaves it behind (harmless, and git-ignored).
* PostgreSQL: a session advisory lock on a connection of its own (released when that connection
  closes, also when the process dies).
* An in-memory SQLite store belongs to one process: no lock is needed.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import StoreError

LOCK_SUFFIX = ".process-lock"
_PG_LOCK_KEY = "cablegram:process"


@contextmanager
def process_lock(store, *, timeout: float | None = None, on_wait=None) -> Iterator[None]:
    """Hold the store's process lock for the ``with`` block.

    ``timeout``: seconds to wait (None: as long as it takes); StoreError when it passes.
    ``on_wait()`` is called once if another run holds the lock, before waiting."""
    url = getattr(store, "url", None)
    if isinstance(url, str) and "://" in url:
        with _pg_lock(url, getattr(store, "path", "postgresql"), timeout, on_wait):
            yield
        return
    path = str(getattr(store, "path", "") or "")
    if not path or path == ":memory:":
        yield
        return
    with _file_lock(Path(path).expanduser().resolve().with_name(Path(path).name + LOCK_SUFFIX), timeout, on_wait):
        yield


@contextmanager
def _file_lock(lock_path: Path, timeout: float | None, on_wait) -> Iterator[None]:
    """Hold an exclusive flock on ``lock_path``; the file is removed on release (while still locked), so a
    finished run leaves nothing beside the database. A run that waited on the removed file sees that its
    file is gone (another inode is at the path) and locks the current one instead."""
    import fcntl

    handle = _locked_handle(lock_path, timeout, on_wait)
    try:
        yield
    finally:
        with contextlib.suppress(FileNotFoundError):  # removed by hand meanwhile: nothing left to remove
            lock_path.unlink()
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


def _locked_handle(lock_path: Path, timeout: float | None, on_wait):
    """An open handle of ``lock_path`` holding its flock, the file still at that path."""
    deadline = None if timeout is None else time.monotonic() + timeout
    waited = False
    while True:
        try:
            handle = lock_path.open("a+")
        except OSError as exc:
            raise StoreError(f"cannot create the process lock file: {exc.strerror}", source=str(lock_path),
                             hint="Make the database folder writable.") from None
        if not _try_flock(handle):
            if on_wait and not waited:
                on_wait()
            waited = True
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            try:
                _wait(lambda: _try_flock(handle), left, str(lock_path))
            except StoreError:
                handle.close()
                raise
        if _same_file(handle, lock_path):
            return handle
        handle.close()  # the holder removed this file when it finished: lock the one at the path now


def _same_file(handle, lock_path: Path) -> bool:
    try:
        return os.stat(lock_path).st_ino == os.fstat(handle.fileno()).st_ino
    except FileNotFoundError:
        return False


def _try_flock(handle) -> bool:
    import fcntl

    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _wait(try_once, timeout: float | None, where: str) -> None:
    deadline = None if timeout is None else time.monotonic() + timeout
    delay = 0.05
    while not try_once():
        if deadline is not None and time.monotonic() > deadline:
            raise StoreError(f"another `cablegram process` still runs on this store after {timeout:g} s", source=where,
                             hint="Wait for it to finish; its documents will not be processed twice.")
        time.sleep(delay)
        delay = min(delay * 2, 1.0)


@contextmanager
def _pg_lock(url: str, shown: str, timeout: float | None, on_wait) -> Iterator[None]:
    import psycopg

    try:
        conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
    except psycopg.Error:
        raise StoreError("cannot open a connection for the process lock", source=shown,
                         hint="Check that the PostgreSQL server is up.") from None
    with conn:
        def attempt() -> bool:
            return bool(conn.execute("SELECT pg_try_advisory_lock(hashtext(%s))", (_PG_LOCK_KEY,)).fetchone()[0])

        if not attempt():
            if on_wait:
                on_wait()
            _wait(attempt, timeout, shown)
        try:
            yield
        finally:
            conn.execute("SELECT pg_advisory_unlock(hashtext(%s))", (_PG_LOCK_KEY,))
