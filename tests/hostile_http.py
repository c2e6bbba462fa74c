"""A hostile HTTP server on 127.0.0.1 for hardening tests and ``benchmarks/reliability.py``.

Paths (the query string is ignored unless noted):

* ``/page``           a small valid HTML article;
* ``/drip-headers``   sends its status line and headers one byte every ``drip_s`` seconds, forever;
* ``/drip-body``      valid headers, then the body one byte every ``drip_s`` seconds, forever;
* ``/hang``           reads the request and never answers;
* ``/bomb/<layers>``  ``<layers>`` stacked gzip encodings of ``bomb_bytes`` zero bytes (``Content-Encoding:
  gzip, gzip, ...``): a few kB on the wire;
* ``/redirect?to=<url>`` a 302 to ``<url>``;
* ``/hook``           a webhook receiver: answers ``hook_status`` to a POST and, when that is 200, records
  its body in ``posts``.

``hits`` counts requests per path; ``posts`` keeps webhook bodies.
"""

from __future__ import annotations

import gzip
import socket
import socketserver
import threading
import time
from collections import Counter
from urllib.parse import parse_qs, urlsplit

PAGE = (b"<!doctype html><html><head><title>Border talks resume</title></head><body><article>"
        b"<h1>Border talks resume</h1><p>Delegations from two neighbouring states met again on Monday to discuss "
        b"the reopening of three crossings closed since spring.</p></article></body></html>")


def layered_gzip(size: int, layers: int) -> bytes:
    """``size`` zero bytes gzip-compressed ``layers`` times (built in 1 MB steps, never whole in memory)."""
    body = _gzip_zeros(size)
    for _ in range(layers - 1):
        body = gzip.compress(body, compresslevel=9)
    return body


def _gzip_zeros(size: int) -> bytes:
    import zlib

    comp = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    step = b"\x00" * (1 << 20)
    parts, left = [], size
    while left > 0:
        parts.append(comp.compress(step[:min(left, len(step))]))
        left -= len(step)
    parts.append(comp.flush())
    return b"".join(parts)


class _Handler(socketserver.BaseRequestHandler):
    server: "_Server"

    def handle(self) -> None:
        conn: socket.socket = self.request
        conn.settimeout(30)
        head = b""
        try:
            while b"\r\n\r\n" not in head and len(head) < 65536:
                chunk = conn.recv(4096)
                if not chunk:
                    return
                head += chunk
            line = head.split(b"\r\n", 1)[0].decode("latin-1")
            method, target = line.split(" ")[:2]
            owner = self.server.owner
            path = urlsplit(target).path
            owner.hits[path if not path.startswith("/bomb/") else "/bomb"] += 1
            self._answer(conn, owner, method, target, head)
        except OSError:
            return  # the client hung up: expected for every attack here

    def _answer(self, conn: socket.socket, owner: "HostileServer", method: str, target: str, head: bytes) -> None:
        parts = urlsplit(target)
        if parts.path == "/page":
            conn.sendall(_response(200, PAGE))
        elif parts.path == "/drip-headers":
            self._drip(conn, owner, b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Padding: " + b"a" * 10**7)
        elif parts.path == "/drip-body":
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 1000000\r\n\r\n")
            self._drip(conn, owner, b"<p>" + b"x" * 999_997)
        elif parts.path == "/hang":
            owner.stop.wait(60)
        elif parts.path.startswith("/bomb/"):
            layers = int(parts.path.rsplit("/", 1)[1])
            body = owner.bomb(layers)
            conn.sendall(_response(200, body, {"Content-Encoding": ", ".join(["gzip"] * layers)}))
        elif parts.path == "/redirect":
            to = parse_qs(parts.query).get("to", ["/page"])[0]
            conn.sendall(_response(302, b"", {"Location": to}))
        elif parts.path == "/hook" and method == "POST":
            body = _request_body(conn, head)
            if owner.hook_status == 200:
                owner.posts.append(body)
            conn.sendall(_response(owner.hook_status, b"ok", content_type="text/plain"))
        else:
            conn.sendall(_response(404, b"not here", content_type="text/plain"))

    def _drip(self, conn: socket.socket, owner: "HostileServer", data: bytes) -> None:
        for i in range(len(data)):
            if owner.stop.is_set():
                return
            conn.sendall(data[i:i + 1])
            time.sleep(owner.drip_s)


def _request_body(conn: socket.socket, head: bytes) -> bytes:
    header, _, body = head.partition(b"\r\n\r\n")
    length = 0
    for line in header.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        chunk = conn.recv(65536)
        if not chunk:
            break
        body += chunk
    return body


def _response(status: int, body: bytes, headers: dict[str, str] | None = None,
              content_type: str = "text/html; charset=utf-8") -> bytes:
    reason = {200: "OK", 302: "Found", 404: "Not Found", 503: "Service Unavailable"}.get(status, "Status")
    lines = [f"HTTP/1.1 {status} {reason}", f"Content-Type: {content_type}", f"Content-Length: {len(body)}",
             "Connection: close", *(f"{k}: {v}" for k, v in (headers or {}).items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    owner: "HostileServer"


class HostileServer:
    """Context manager: ``with HostileServer() as s: s.url("/drip-body")``."""

    def __init__(self, drip_s: float = 0.2, bomb_bytes: int = 200_000_000, host: str = "127.0.0.1"):
        self.drip_s, self.bomb_bytes, self.host = drip_s, bomb_bytes, host
        self.hits: Counter[str] = Counter()
        self.posts: list[bytes] = []
        self.hook_status = 200
        self.stop = threading.Event()
        self._bombs: dict[int, bytes] = {}
        self._lock = threading.Lock()

    def bomb(self, layers: int) -> bytes:
        with self._lock:
            if layers not in self._bombs:
                self._bombs[layers] = layered_gzip(self.bomb_bytes, layers)
            return self._bombs[layers]

    def url(self, path: str, host: str | None = None) -> str:
        return f"http://{host or self.host}:{self.port}{path}"

    def __enter__(self) -> "HostileServer":
        self._server = _Server((self.host, 0), _Handler)
        self._server.owner = self
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self._server.shutdown()
        self._server.server_close()
