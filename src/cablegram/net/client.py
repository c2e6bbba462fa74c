"""Outbound HTTP requests under the outbound policy, with one deadline and a decoded-size limit.

:class:`OutboundSession` is what every fetch in cablegram goes through. For each request:

* the URL must be ``http`` or ``https`` (checked again at every redirect, which are followed here,
  never by the HTTP library, at most ``MAX_REDIRECTS`` times);
* the connection goes to an address that was resolved and checked by :class:`~.policy.OutboundPolicy`
  at connect time, and to no other (so there is no window for DNS rebinding between check and use);
* connect, TLS handshake, sending, headers and body all share one wall-clock deadline: every socket
  read or write waits at most until that deadline, so a server dripping one byte at a time fails in
  about ``deadline_s`` seconds;
* the body is decoded (any stack of gzip/deflate layers) while it is counted, and reading stops as
  soon as the decoded size passes ``max_bytes``.

Refused internal targets all give the same :class:`OutboundError` (``kind="refused"``) before any
connection is attempted, so the error never tells an open internal port from a closed one.
"""

from __future__ import annotations

import ipaddress
import socket
import ssl
import threading
import time
from dataclasses import dataclass

import httpcore
import httpx

from .decoding import BoundedDecoder, DecodedTooLarge, DecodingError, parse_encodings
from .policy import ALLOWED_SCHEMES, OutboundPolicy

MAX_REDIRECTS = 10
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
ACCEPT_ENCODING = "gzip, deflate"


class OutboundError(Exception):
    """A request that could not be made or completed.

    ``kind``: ``refused`` (address not allowed), ``scheme``, ``invalid_url``, ``resolve``, ``connect``,
    ``timeout``, ``too_large``, ``decoding``, ``redirects``. ``retryable`` says whether another attempt
    may succeed (connection failures).
    """

    def __init__(self, kind: str, message: str, *, retryable: bool = False):
        super().__init__(message)
        self.kind, self.message, self.retryable = kind, message, retryable


@dataclass
class OutboundResponse:
    """A completed response: final URL, status, headers and the decoded body (empty unless 2xx)."""

    url: str
    status: int
    reason: str
    headers: httpx.Headers
    body: bytes


class _DeadlineStream(httpcore.NetworkStream):
    """A socket stream whose every read and write ends by the request's deadline."""

    def __init__(self, inner: httpcore.NetworkStream, deadline: float):
        self._inner, self._deadline = inner, deadline

    def _wait(self, timeout: float | None, error: type[Exception]) -> float:
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            raise error("deadline passed")
        return remaining if timeout is None else min(timeout, remaining)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, self._wait(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._wait(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, self._wait(timeout, httpcore.ConnectTimeout))
        return _DeadlineStream(inner, self._deadline)

    def get_extra_info(self, info: str):
        return self._inner.get_extra_info(info)


class _GuardedBackend(httpcore.NetworkBackend):
    """Resolves the host, keeps only the addresses the policy allows, connects to one of those."""

    def __init__(self, policy: OutboundPolicy, deadline: float):
        self._policy, self._deadline, self._plain = policy, deadline, httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options=None) -> httpcore.NetworkStream:
        infos = _resolve(host, port, self._deadline - time.monotonic())
        addresses = list(dict.fromkeys(info[4][0] for info in infos))
        if not self._policy.host_allowed(host):
            addresses = [a for a in addresses if self._policy.address_allowed(a)]
        if not addresses:
            raise _refused()
        last: Exception | None = None
        for address in addresses:
            remaining = self._deadline - time.monotonic()
            if remaining <= 0:
                raise httpcore.ConnectTimeout("deadline passed")
            wait = remaining if timeout is None else min(timeout, remaining)
            try:
                stream = self._plain.connect_tcp(address, port, wait, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
                continue
            return _DeadlineStream(stream, self._deadline)
        raise last or httpcore.ConnectError("no address to connect to")

    def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options=None):
        raise _refused()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


def _resolve(host: str, port: int, wait: float) -> list:
    """getaddrinfo within ``wait`` seconds (the resolver has no timeout of its own, so it runs in a thread)."""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:  # a literal address: nothing to look up
        return socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    found: dict[str, object] = {}

    def lookup() -> None:
        try:
            found["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (OSError, UnicodeError) as exc:  # socket.gaierror is an OSError
            found["error"] = exc

    worker = threading.Thread(target=lookup, name="cablegram-resolve", daemon=True)
    worker.start()
    worker.join(max(0.0, wait))
    if worker.is_alive():
        raise httpcore.ConnectTimeout("name resolution passed the deadline")
    if "error" in found:
        raise OutboundError("resolve", "the host name could not be resolved")
    return found["infos"]


def _refused() -> OutboundError:
    return OutboundError("refused", "the address is not allowed: cablegram only contacts public internet addresses "
                                    "(loopback, private, link-local and other internal ranges are refused)")


class OutboundSession:
    """Makes requests under ``settings``' outbound policy; one session can serve many requests (and threads)."""

    def __init__(self, settings, *, headers: dict[str, str] | None = None):
        self.policy = OutboundPolicy.from_settings(settings)
        self.headers = {"User-Agent": settings.user_agent, "Accept-Encoding": ACCEPT_ENCODING, **(headers or {})}
        self._ssl = httpx.create_ssl_context()

    def close(self) -> None:
        """Nothing is kept open between requests; present so a session can be used as a context manager."""

    def __enter__(self) -> "OutboundSession":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def request(self, method: str, url: str, *, deadline_s: float, max_bytes: int,
                headers: dict[str, str] | None = None, content: bytes | None = None,
                follow_redirects: bool = True) -> OutboundResponse:
        """Send one request and return its response; OutboundError for anything that went wrong.

        ``deadline_s``: seconds for everything (every redirect hop included). ``max_bytes``: limit on the
        decoded body (and on a declared Content-Length). 3xx answers are followed for GET/HEAD when
        ``follow_redirects`` is true, and returned as they are otherwise.
        """
        deadline = time.monotonic() + deadline_s
        target = _parse(url)
        for _hop in range(MAX_REDIRECTS + 1):
            response, location = self._once(method, target, deadline, max_bytes, headers, content,
                                            follow_redirects and method in ("GET", "HEAD"))
            if location is None:
                return response
            try:
                target = target.join(location)
            except httpx.InvalidURL:
                raise OutboundError("invalid_url", "the server redirected to an invalid URL") from None
            _check_scheme(target)
        raise OutboundError("redirects", f"more than {MAX_REDIRECTS} redirects")

    def _once(self, method: str, url: httpx.URL, deadline: float, max_bytes: int, headers: dict[str, str] | None,
              content: bytes | None, follow: bool) -> tuple[OutboundResponse | None, str | None]:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise _timeout()
        request_headers = {**self.headers, **(headers or {})}
        core_url = httpcore.URL(scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path)
        extensions = {"timeout": {"connect": remaining, "read": remaining, "write": remaining, "pool": remaining}}
        try:
            with httpcore.ConnectionPool(ssl_context=self._ssl, max_connections=1, retries=0,
                                         network_backend=_GuardedBackend(self.policy, deadline)) as pool:
                with pool.stream(method, core_url, headers=list(request_headers.items()), content=content,
                                 extensions=extensions) as raw:
                    response_headers = httpx.Headers(raw.headers)
                    location = response_headers.get("location")
                    if follow and raw.status in REDIRECT_STATUSES and location:
                        return None, location
                    body = b""
                    if 200 <= raw.status < 300 and method != "HEAD":
                        body = _read_body(raw, response_headers, max_bytes, deadline)
                    reason = raw.extensions.get("reason_phrase", b"").decode("latin-1", "replace")
                    return OutboundResponse(str(url), raw.status, reason, response_headers, body), None
        except httpcore.TimeoutException:
            raise _timeout() from None
        except (httpcore.NetworkError, httpcore.ProtocolError) as exc:
            raise OutboundError("connect", _network_message(exc), retryable=True) from None
        except httpcore.UnsupportedProtocol:
            raise OutboundError("scheme", "only http:// and https:// URLs can be fetched") from None


def _read_body(raw, headers: httpx.Headers, max_bytes: int, deadline: float) -> bytes:
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise OutboundError("too_large", f"server announces {int(declared):,} bytes")
    try:
        decoder = BoundedDecoder(parse_encodings(headers.get("content-encoding")), max_bytes)
    except DecodingError as exc:
        raise OutboundError("decoding", str(exc)) from None
    pieces: list[bytes] = []
    wire = 0
    try:
        for chunk in raw.iter_stream():
            wire += len(chunk)
            if wire > max_bytes:
                raise OutboundError("too_large", f"stopped reading after {wire:,} bytes")
            if time.monotonic() > deadline:
                raise _timeout()
            pieces.extend(decoder.feed(chunk))
        pieces.extend(decoder.finish())
    except DecodedTooLarge as exc:
        raise OutboundError("too_large", f"stopped decoding after {exc.size:,} bytes") from None
    except DecodingError as exc:
        raise OutboundError("decoding", str(exc)) from None
    return b"".join(pieces)


def _timeout() -> OutboundError:
    return OutboundError("timeout", "deadline passed before the response was complete", retryable=False)


def _network_message(exc: Exception) -> str:
    # Which socket error it was (refused, reset, unreachable) is not shown: it would map ports.
    if isinstance(exc, httpcore.ProtocolError):
        return "the server's answer was not valid HTTP"
    return "could not connect to the server"


def _parse(url: str) -> httpx.URL:
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError, ValueError):
        raise OutboundError("invalid_url", "not a valid URL") from None
    _check_scheme(parsed)
    return parsed


def _check_scheme(url: httpx.URL) -> None:
    if url.scheme not in ALLOWED_SCHEMES:
        raise OutboundError("scheme", "only http:// and https:// URLs can be fetched")
    if not url.host:
        raise OutboundError("invalid_url", "the URL has no host")
