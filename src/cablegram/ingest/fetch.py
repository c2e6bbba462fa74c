"""Fetching URLs under the outbound policy: one deadline, a decoded-size limit, retries with backoff.

Every fetch goes through :class:`cablegram.net.OutboundSession`: only http(s), only public addresses
(unless allowed by ``fetch_allow_hosts``/``fetch_allow_networks``), checked after DNS resolution and
at every redirect; ``settings.fetch_timeout`` seconds in total for the whole fetch (connect, headers,
body and any retries); ``settings.fetch_max_bytes`` on the decoded body however many
``Content-Encoding`` layers it has.

Which failures are retried (``settings.fetch_retries`` extra attempts, waiting ``backoff * 2**n``
seconds between them, while the deadline allows): connection errors, HTTP 429 and 5xx. Not retried:
other 4xx (a 404 will not heal), refused addresses, bodies over the limit, a passed deadline and
malformed URLs.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from ..config import Settings
from ..errors import FetchError
from ..net import OutboundSession
from ..net.client import OutboundError, OutboundResponse
from .common import utc_now_iso

RETRY_BACKOFF_S = 0.5  # first wait; doubles each retry
ACCEPT = "text/html, application/rss+xml, application/atom+xml, application/xml;q=0.9, text/plain;q=0.8, */*;q=0.5"


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


def make_client(settings: Settings) -> OutboundSession:
    """A session for many fetches (our User-Agent and Accept headers, the settings' outbound policy)."""
    return OutboundSession(settings, headers={"Accept": ACCEPT})


def fetch(url: str, settings: Settings, *, client: OutboundSession | None = None,
          backoff: float = RETRY_BACKOFF_S) -> FetchResult:
    """GET ``url`` and return its body; raises FetchError (naming the URL) when it cannot be had.

    Takes at most about ``settings.fetch_timeout`` seconds, retries included."""
    session = client or make_client(settings)
    deadline = time.monotonic() + settings.fetch_timeout
    attempts = 1 + max(0, settings.fetch_retries)
    for attempt in range(attempts):
        try:
            return _fetch_once(session, url, settings, deadline)
        except _Retryable as failure:
            wait = backoff * (2 ** attempt)
            if attempt + 1 >= attempts or time.monotonic() + wait >= deadline:
                err = failure.error
                err.message += f" (gave up after {attempt + 1} attempt{'s' if attempt else ''})"
                raise err from None
            time.sleep(wait)
    raise AssertionError("unreachable")  # the loop returns or raises


def _fetch_once(session: OutboundSession, url: str, settings: Settings, deadline: float) -> FetchResult:
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise _timed_out(url, settings)
    try:
        response = session.request("GET", url, deadline_s=remaining, max_bytes=settings.fetch_max_bytes)
    except OutboundError as exc:
        raise _fetch_error(exc, url, settings) from None
    status = response.status
    if status == 429 or status >= 500:
        raise _Retryable(FetchError(f"server error: HTTP {status} {response.reason}", source=url,
                                    hint="The server failed; try again later.", code="fetch_http_status"))
    if status >= 400:
        raise FetchError(f"HTTP {status} {response.reason}", source=url,
                         hint="Check the URL; the server says the page is not available." if status == 404
                         else "The server refused the request; check the URL or fetch the page by hand.",
                         code="fetch_http_status")
    if status >= 300:
        raise FetchError(f"HTTP {status} redirect without a usable Location", source=url,
                         hint="Open the URL in a browser to find where the page moved.")
    return _result(response, url)


def _result(response: OutboundResponse, url: str) -> FetchResult:
    media, _, params = response.headers.get("content-type", "").partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip('"\'') or None
    return FetchResult(url=response.url, requested_url=url, status=response.status,
                       content_type=media.strip().lower(), charset=charset, body=response.body,
                       fetched_at=utc_now_iso())


def _timed_out(url: str, settings: Settings) -> FetchError:
    return FetchError(f"timed out after {settings.fetch_timeout:g} s (the whole fetch, body included)", source=url,
                      hint="The server is slow or unreachable; raise CABLEGRAM_FETCH_TIMEOUT or try later.")


def _fetch_error(exc: OutboundError, url: str, settings: Settings) -> Exception:
    """The FetchError (wrapped in _Retryable when worth another attempt) for a failed request."""
    if exc.kind == "timeout":
        return _timed_out(url, settings)
    if exc.kind == "too_large":
        limit = settings.fetch_max_bytes
        return FetchError(f"response is larger than the limit of {limit:,} bytes ({exc.message})", source=url,
                          hint="Raise CABLEGRAM_FETCH_MAX_BYTES (setting fetch_max_bytes) if this page is really needed.",
                          code="too_large")
    if exc.kind == "refused":
        return FetchError(exc.message, source=url,
                          hint="Fetch public pages only; an administrator can allow chosen internal hosts with the "
                               "settings fetch_allow_hosts / fetch_allow_networks.", code="fetch_blocked")
    if exc.kind in ("scheme", "invalid_url"):
        return FetchError(f"not a fetchable URL: {exc.message}", source=url, hint="Use a full http:// or https:// URL.",
                          code="invalid_value")
    if exc.kind == "redirects":
        return FetchError(f"too many redirects ({exc.message})", source=url,
                          hint="The URL redirects in a loop; open it in a browser to check.")
    error = FetchError(f"connection failed: {exc.message}", source=url,
                       hint="Check the URL and your network, or download the page and ingest the file.")
    return _Retryable(error) if exc.retryable else error
