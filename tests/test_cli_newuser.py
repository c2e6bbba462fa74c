"""Surfaces a new user following the README found wrong: a busy port for `serve`, listings' --json
alias, footers and headers, progress lines and stored counts of `process` (through the real CLI)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from cablegram.cli import main
from cablegram.store import open_store
from test_api_sample import build_sample


@pytest.fixture()
def sample_db(tmp_path) -> Path:
    path = tmp_path / "sample.db"
    with open_store(str(path)) as store:
        build_sample(store)
    return path


def run_main(capsys, *args: str) -> tuple[int, str, str]:
    try:
        main(list(args))
        code = 0
    except SystemExit as exc:
        code = exc.code or 0
    out = capsys.readouterr()
    return code, out.out, out.err


def test_serve_on_a_busy_port_fails_with_a_coded_error_before_announcing(sample_db, capsys):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        code, out, err = run_main(capsys, "--db", str(sample_db), "serve", "--port", str(port))
    assert code == 1
    assert "serving" not in out
    assert f"error[port_in_use]: 127.0.0.1:{port}" in err
    assert "--port" in err
