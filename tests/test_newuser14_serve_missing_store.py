"""`cablegram serve` on a store that is not there (newuser14).

A newsroom engineer ran `cablegram --db w.db serve` from the wrong folder: the server created an empty `w.db` and
announced it was serving it; the dashboard and `/api/stats` showed nothing, with no hint why. Now a read-only
server over a missing SQLite file is refused with `store_not_found` (nothing created); with a token (writes enabled,
so the store can be filled through the API) the new store is served and a line says it is new. A real server on
127.0.0.1 for the second case."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from typer.testing import CliRunner

from cablegram.cli import app

CABLEGRAM = Path(sys.executable).with_name("cablegram")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_read_only_serve_of_a_missing_store_is_refused_and_creates_nothing(tmp_path, monkeypatch):
    monkeypatch.delenv("CABLEGRAM_API_TOKEN", raising=False)
    missing = tmp_path / "elsewhere" / "w.db"
    missing.parent.mkdir()
    result = CliRunner().invoke(app, ["--db", str(missing), "serve", "--port", str(_free_port())])
    assert result.exit_code != 0 and getattr(result.exception, "code", None) == "store_not_found", result.output
    assert str(missing) in str(result.exception) and "serving" not in result.output
    assert not missing.exists()


def test_serve_with_a_token_creates_the_store_and_says_it_is_new(tmp_path):
    db = tmp_path / "new.db"
    port = _free_port()
    env = {**os.environ, "CABLEGRAM_API_TOKEN": "a-test-token", "CABLEGRAM_DB": str(db)}
    server = subprocess.Popen([str(CABLEGRAM), "serve", "--port", str(port)], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    try:
        deadline, answer = time.monotonic() + 90, None
        while time.monotonic() < deadline and server.poll() is None:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.3)
        assert answer is not None and answer.status_code == 200, server.poll()
        assert answer.json()["documents"] == 0
        posted = httpx.post(f"http://127.0.0.1:{port}/api/documents", timeout=10,
                            headers={"Authorization": "Bearer a-test-token"},
                            json={"text": "The harbour board of Holmstad said on Monday that the ferry would return.",
                                  "published_at": "2031-05-12"})
        assert posted.status_code == 201, posted.text
    finally:
        server.terminate()
        out, err = server.communicate(timeout=30)
    assert f"no store at {db} yet: serving a new, empty one" in err, err[-800:]
    assert db.is_file()
