"""A real HTTP server on 127.0.0.1 for tests: routes with chosen bodies, status codes, delays and content types.

Use the ``http_server`` fixture (import it into a test module:
``from http_fixtures import http_server  # noqa: F401``) or ``LocalHTTPServer``
as a context manager::

    http_server.route("/a", b"<html>...</html>", content_type="text/html")
    http_server.route("/slow", b"late", delay=2.0)
    http_server.sequence("/flaky", [Reply(status=503), Reply(b"ok")])   # 1st request 503, then 200
    http_server.stream("/big", total_bytes=50_000_000)                    # generated lazily, no Content-Length
    url = http_server.url("/a"); http_server.hits["/a"]; http_server.sent_bytes["/big"]

Routes can be replaced at any time during a test (``route`` again), so a URL's
content can change between two fetches. Unknown paths answer 404.
"""

from __future__ import annotations

import mimetypes
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest


@dataclass
class Reply:
    """One response: body bytes (or a callable returning an iterable of chunks, sent without Content-Length)."""

    body: bytes | Callable[[], Iterable[bytes]] = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    delay: float = 0.0  # seconds to wait before answering
    headers: dict[str, str] = field(default_factory=dict)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"  # one request per connection; a streamed body ends when the connection closes
    server: "_Server"

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self._answer(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(send_body=False)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - keep test output quiet
        return

    def _answer(self, send_body: bool) -> None:
        owner = self.server.owner
        path = self.path.split("?", 1)[0]
        reply = owner._next_reply(path, self.headers)
        if reply.delay:
            time.sleep(reply.delay)
        sent = 0
        try:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.content_type)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if isinstance(reply.body, bytes):
                if "Content-Length" not in reply.headers:
                    self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                if send_body:
                    self.wfile.write(reply.body)
                    sent = len(reply.body)
            else:
                self.end_headers()
                if send_body:
                    for chunk in reply.body():
                        self.wfile.write(chunk)
                        sent += len(chunk)
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client hung up: that is what the size-limit tests want to see
        finally:
            owner._finished(path, sent)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # do not wait for a handler still sleeping in a delay
    owner: "LocalHTTPServer"


class LocalHTTPServer:
    """A threaded HTTP server on 127.0.0.1 with an ephemeral port."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._routes: dict[str, list[Reply]] = {}
        self.hits: Counter[str] = Counter()
        self.sent_bytes: dict[str, int] = {}
        self.request_headers: list[dict[str, str]] = []
        self._done = threading.Condition(self._lock)
        self._finished_count: Counter[str] = Counter()
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.owner = self
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    # lifecycle
    def start(self) -> "LocalHTTPServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> "LocalHTTPServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    # routes
    def route(self, path: str, body: bytes | str | Callable[[], Iterable[bytes]] = b"", *, status: int = 200,
              content_type: str = "text/html; charset=utf-8", delay: float = 0.0,
              headers: dict[str, str] | None = None) -> str:
        """Serve (or replace) ``path``; returns its full URL."""
        if isinstance(body, str):
            body = body.encode("utf-8")
        return self.sequence(path, [Reply(body, status, content_type, delay, dict(headers or {}))])

    def sequence(self, path: str, replies: list[Reply]) -> str:
        """Answer successive requests to ``path`` with ``replies`` in turn; the last one repeats."""
        if not replies:
            raise ValueError("sequence needs at least one reply")
        with self._lock:
            self._routes[path] = list(replies)
        return self.url(path)

    def serve_file(self, path: str, file: str | Path, content_type: str | None = None) -> str:
        """Serve the bytes of ``file`` at ``path`` (content type guessed from the name unless given)."""
        file = Path(file)
        guessed = content_type or mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        return self.route(path, file.read_bytes(), content_type=guessed)

    def stream(self, path: str, total_bytes: int, *, chunk_size: int = 64 * 1024,
               content_type: str = "text/plain; charset=utf-8", declare_length: bool = False) -> str:
        """Serve ``total_bytes`` of generated text in chunks, lazily, so a client that stops early stops the server."""

        def chunks() -> Iterator[bytes]:
            line = b"lorem ipsum dolor sit amet consectetur\n"
            block = (line * (chunk_size // len(line) + 1))[:chunk_size]
            left = total_bytes
            while left > 0:
                piece = block[:left]
                left -= len(piece)
                yield piece

        headers = {"Content-Length": str(total_bytes)} if declare_length else {}
        return self.sequence(path, [Reply(chunks, 200, content_type, 0.0, headers)])

    def wait_finished(self, path: str, count: int = 1, timeout: float = 5.0) -> bool:
        """Block until ``count`` responses to ``path`` have ended (sent or abandoned); False on timeout."""
        with self._done:
            return self._done.wait_for(lambda: self._finished_count[path] >= count, timeout=timeout)

    # called from handler threads
    def _next_reply(self, path: str, headers) -> Reply:
        with self._lock:
            self.hits[path] += 1
            self.request_headers.append(dict(headers))
            replies = self._routes.get(path)
            if replies is None:
                return Reply(b"not found", 404, "text/plain")
            return replies.pop(0) if len(replies) > 1 else replies[0]

    def _finished(self, path: str, sent: int) -> None:
        with self._done:
            self.sent_bytes[path] = self.sent_bytes.get(path, 0) + sent
            self._finished_count[path] += 1
            self._done.notify_all()


@pytest.fixture()
def http_server() -> Iterator[LocalHTTPServer]:
    """A fresh LocalHTTPServer, stopped after the test."""
    with LocalHTTPServer() as server:
        yield server
