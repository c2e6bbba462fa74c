"""The API under uvicorn on 127.0.0.1 in a thread, for hardening tests and ``benchmarks/reliability.py``."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def live_api(settings, store=None) -> Iterator[str]:
    """Serve ``create_app(settings, store)``; yields the base URL (``http://127.0.0.1:<port>``)."""
    import uvicorn

    from cablegram.api import create_app

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(settings, store), host="127.0.0.1", port=port,
                                           log_level="error", lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(15)
