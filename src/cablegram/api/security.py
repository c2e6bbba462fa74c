"""Security middleware for the API and dashboard (pure ASGI, so they run before any body is read).

* :class:`SecurityHeadersMiddleware` — Content-Security-Policy (own origin only, no framing),
  X-Frame-Options, X-Content-Type-Options, Referrer-Policy on every response.
* :class:`WriteGateMiddleware` — write requests under ``/api`` are refused (401/403) before their
  body is read or parsed unless they carry the bearer token.
* :class:`RateLimitMiddleware` — anonymous clients (no valid token) get ``rate_per_minute`` requests
  per minute (a token bucket per client address, in memory of this process), then 429 with Retry-After.
* :class:`TrailingSlashMiddleware` — ``/api/events/`` is served as ``/api/events``; no redirect is
  built from the request's ``Host`` header.
* :class:`QueryGuardMiddleware` — a NUL character (``%00``) anywhere in the path or query is refused
  with 400, and so is an ``offset`` above ``max_offset`` (deep pages are read with the keyset cursor,
  which costs the same at any depth); integers of any size give 400, never 500.
"""

from __future__ import annotations

import hmac
import json
import math
import threading
import time
from collections import OrderedDict
from urllib.parse import parse_qsl, unquote

from .errors import error_body

CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
]
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def token_problem(configured: str | None, authorization: str) -> tuple[int, str, str, str] | None:
    """None when ``authorization`` carries the configured bearer token, else (status, code, message, hint)."""
    if not configured:
        return (403, "writes_disabled", "this server is read-only: no API token is configured",
                "Start the server with CABLEGRAM_API_TOKEN set to enable write endpoints.")
    scheme, _, given = authorization.partition(" ")
    if scheme.lower() != "bearer" or not given:
        return 401, "unauthorized", "missing bearer token", "Send the header 'Authorization: Bearer <token>'."
    # Constant-time comparison so the token cannot be guessed byte by byte from timings.
    if not hmac.compare_digest(given.strip().encode("utf-8"), configured.encode("utf-8")):
        return 401, "unauthorized", "invalid bearer token", "Check the token (CABLEGRAM_API_TOKEN on the server)."
    return None


def _header(scope, name: bytes) -> str:
    for key, value in scope.get("headers") or []:
        if key.lower() == name:
            return value.decode("latin-1")
    return ""


async def send_json(send, status: int, body: dict, headers: list[tuple[bytes, bytes]] | None = None) -> None:
    """A complete JSON response sent straight from a middleware."""
    data = json.dumps(body).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode()),
                            *(headers or [])]})
    await send({"type": "http.response.body", "body": data})


class SecurityHeadersMiddleware:
    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers") or []}
                extra = [(k, v) for k, v in SECURITY_HEADERS if k not in present]
                message = {**message, "headers": [*(message.get("headers") or []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class WriteGateMiddleware:
    """Checks the bearer token of API writes before anything reads the request body."""

    def __init__(self, app, settings):
        self.app, self.settings = app, settings

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope["method"] in WRITE_METHODS and scope["path"].startswith("/api"):
            problem = token_problem(self.settings.api_token, _header(scope, b"authorization"))
            if problem is not None:
                status, code, message, hint = problem
                extra = [(b"www-authenticate", b"Bearer")] if status == 401 else []
                await send_json(send, status, error_body(code, message, hint), extra)
                return
        await self.app(scope, receive, send)


class RateLimitMiddleware:
    """A token bucket of ``rate_per_minute`` requests per anonymous client address; 0 turns it off.

    At most ``max_clients`` buckets are kept (least recently seen dropped first), so memory is bounded.
    """

    def __init__(self, app, settings, max_clients: int = 10_000):
        self.app, self.settings, self.max_clients = app, settings, max_clients
        self.rate = max(0, int(settings.api_rate_per_minute))
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def _take(self, client: str) -> float:
        """0 when a request may go ahead, else seconds until the next one may."""
        now = time.monotonic()
        per_second = self.rate / 60.0
        with self._lock:
            tokens, seen = self._buckets.pop(client, (float(self.rate), now))
            tokens = min(float(self.rate), tokens + (now - seen) * per_second)
            wait = 0.0
            if tokens >= 1.0:
                tokens -= 1.0
            else:
                wait = (1.0 - tokens) / per_second
            self._buckets[client] = (tokens, now)
            while len(self._buckets) > self.max_clients:
                self._buckets.popitem(last=False)
        return wait

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not self.rate or scope["path"].startswith("/static/"):
            await self.app(scope, receive, send)
            return
        if token_problem(self.settings.api_token, _header(scope, b"authorization")) is None:
            await self.app(scope, receive, send)  # token holders are not limited
            return
        client = (scope.get("client") or ("unknown", 0))[0]
        wait = self._take(client)
        if wait > 0:
            retry = str(max(1, math.ceil(wait))).encode()
            await send_json(send, 429, error_body(
                "too_many_requests", f"more than {self.rate} requests per minute from this client",
                "Slow down and retry after the number of seconds in Retry-After; ask the operator for a token "
                "if you need more."), [(b"retry-after", retry)])
            return
        await self.app(scope, receive, send)


class TrailingSlashMiddleware:
    """Serves ``/x/`` as ``/x`` (no redirect, so nothing is built from the Host header)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            path = scope["path"]
            if len(path) > 1 and path.endswith("/"):
                raw = scope.get("raw_path") or path.encode("utf-8")
                scope = {**scope, "path": path.rstrip("/") or "/", "raw_path": raw.rstrip(b"/") or b"/"}
        await self.app(scope, receive, send)


class QueryGuardMiddleware:
    """400 for NUL characters in the path or query, and for offsets beyond ``max_offset``."""

    def __init__(self, app, max_offset: int):
        self.app, self.max_offset = app, int(max_offset)

    def _problem(self, scope) -> tuple[str, str, str] | None:
        query = (scope.get("query_string") or b"").decode("latin-1")
        if "\x00" in scope["path"] or "%00" in query or "\x00" in unquote(query):
            return ("invalid_value", "the request contains a NUL character (%00)",
                    "Remove the NUL character from the address or filter values.")
        for key, value in parse_qsl(query, keep_blank_values=True):
            if key == "offset" and value.strip().isdigit() and int(value) > self.max_offset:
                return ("offset_too_large", f"offset {value.strip()[:30]} is beyond the largest allowed ({self.max_offset:,})",
                        "Page deeper with the keyset cursor: pass next_cursor from the previous page as cursor=…")
        return None

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            problem = self._problem(scope)
            if problem is not None:
                await send_json(send, 400, error_body(*problem))
                return
        await self.app(scope, receive, send)


def public_source(source: str | None) -> str | None:
    """A document's ``source`` as shown to API clients: URLs and labels as they are, a server file path
    reduced to ``file:<name>`` (with its ``:line`` or ``#entry`` suffix), so no local path is disclosed."""
    if not source or "://" in source or source.startswith(("upload:", "api:", "import:", "file:")):
        return source
    if "/" not in source and "\\" not in source:
        return source
    return "file:" + source.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]


# Bidirectional embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069): in untrusted text
# they reorder what follows them on screen ("txt.exe" shown as "exe.txt"), so pages drop them.
_BIDI_CONTROLS = {cp: None for cp in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}


def neutralise_bidi(value):
    """``value`` with bidi control characters removed (str and markupsafe.Markup; other values as they are).

    Installed as the Jinja ``finalize`` of the dashboard, so every ``{{ ... }}`` output goes through it;
    also available as the ``nobidi`` filter."""
    if isinstance(value, str) and not value.isascii():
        cleaned = value.translate(_BIDI_CONTROLS)
        return type(value)(cleaned) if type(value) is not str else cleaned
    return value
