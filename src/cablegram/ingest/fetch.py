"""Fetching URLs with httpx: timeout, size limit, retries with backoff, our User-Agent.

Which failures are retried (``settings.fetch_retries`` extra attempts, waiting
``backoff * 2**n`` seconds between them): connection errors, timeouts, HTTP
429 and 5xx. Not retried: other 4xx (a 404 will not heal), bodies over
``settings.fetch_max_bytes`` and malformed URLs.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx

from ..config import Settings
from ..errors import FetchError
from .common import utc_now_iso

RETRY_BACKOFF_S = 0.5  # first wait; doubles each retry
READ_CHUNK = 64 * 1024


@dataclass
class FetchResult:
    """A fetched body with what is needed to decide how to read it."""

    url: str  # final URL, after redirects
    requested_url: str
    status: int
    content_type: str  # media type, lower case, without parameters ("" when absent)
    charset: str | None
    body: bytes
    fetched_at: str


class _Retryable(Exception):
    """Internal: this attempt failed in a way that another attempt may fix."""

    def __init__(self, error: FetchError):
        super().__init__(str(error))
        self.error = error


def make_client(settings: Settings, transport: httpx.BaseTransport | None = None) -> httpx.Client:
    """An httpx client with our User-Agent, timeout and redirect policy."""
    return httpx.Client(
        headers={"User-Agent": settings.user_agent, "Accept": "text/html, application/rss+xml, application/atom+xml, "
                 "application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5"},
        timeout=httpx.Timeout(settings.fetch_timeout),
        follow_redirects=True,
        max_redirects=10,
        transport=transport,
    )


def fetch(url: str, settings: Settings, *, client: httpx.Client | None = None,
          backoff: float = RETRY_BACKOFF_S) -> FetchResult:
    """GET ``url`` and return its body; raises FetchError (naming the URL) when it cannot be had."""
    own = client is None
    client = client or make_client(settings)
    attempts = 1 + max(0, settings.fetch_retries)
    try:
        for attempt in range(attempts):
            try:
                return _fetch_once(client, url, settings)
            except _Retryable as failure:
                if attempt + 1 >= attempts:
                    err = failure.error
                    err.message += f" (gave up after {attempts} attempt{'s' if attempts > 1 else ''})"
                    raise err from None
                time.sleep(backoff * (2 ** attempt))
        raise AssertionError("unreachable")  # the loop returns or raises
    finally:
        if own:
            client.close()


def _fetch_once(client: httpx.Client, url: str, settings: Settings) -> FetchResult:
    limit = settings.fetch_max_bytes
    started = time.monotonic()
    try:
        with client.stream("GET", url) as response:
            status = response.status_code
            if status == 429 or status >= 500:
                raise _Retryable(FetchError(f"server error: HTTP {status} {response.reason_phrase}", source=url,
                                            hint="The server failed; try again later."))
            if status >= 400:
                raise FetchError(f"HTTP {status} {response.reason_phrase}", source=url,
                                 hint="Check the URL; the server says the page is not available." if status == 404
                                 else "The server refused the request; check the URL or fetch the page by hand.")
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > limit:
                raise _too_large(url, limit, f"server announces {int(declared):,} bytes")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes(READ_CHUNK):
                size += len(chunk)
                if size > limit:
                    raise _too_large(url, limit, f"stopped reading after {size:,} bytes")
                if time.monotonic() - started > settings.fetch_timeout:
                    raise _Retryable(FetchError(f"timed out after {settings.fetch_timeout:g} s (body still arriving)",
                                                source=url, hint="The server is slow; raise CABLEGRAM_FETCH_TIMEOUT or try later."))
                chunks.append(chunk)
            media, _, params = response.headers.get("content-type", "").partition(";")
            return FetchResult(
                url=str(response.url), requested_url=url, status=status, content_type=media.strip().lower(),
                charset=response.charset_encoding, body=b"".join(chunks), fetched_at=utc_now_iso(),
            )
    except httpx.TimeoutException:
        raise _Retryable(FetchError(f"timed out after {settings.fetch_timeout:g} s", source=url,
                                    hint="The server is slow or unreachable; raise CABLEGRAM_FETCH_TIMEOUT or try later.")) from None
    except httpx.TooManyRedirects:
        raise FetchError("too many redirects", source=url, hint="The URL redirects in a loop; open it in a browser to check.") from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise FetchError(f"not a fetchable URL: {exc}", source=url, hint="Use a full http:// or https:// URL.") from None
    except httpx.TransportError as exc:
        raise _Retryable(FetchError(f"connection failed: {exc or type(exc).__name__}", source=url)) from None


def _too_large(url: str, limit: int, detail: str) -> FetchError:
    return FetchError(f"response is larger than the limit of {limit:,} bytes ({detail})", source=url,
                      hint="Raise CABLEGRAM_FETCH_MAX_BYTES (setting fetch_max_bytes) if this page is really needed.")
