"""Alerts and where they go: a JSONL log file, stdout, webhooks (HTTP POST, bounded time per attempt)."""

from __future__ import annotations

import hashlib
import json
import logging
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import parse_qsl, urlsplit, urlunsplit

from ..errors import ConfigError

log = logging.getLogger("cablegram.monitor")


@dataclass
class Alert:
    key: str
    rule: str
    doc_id: str
    record_id: str
    message: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published_at: str | None = None
    created_at: str = ""
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def line(self) -> str:
        return f"[{self.rule}] {self.title or self.doc_id} ({self.publisher or 'unknown'}): {self.message}"


class LogFileSink:
    """Appends one JSON object per alert to a file (created with its folder)."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ConfigError(f"cannot create the alert log folder: {exc}", source=str(self.path),
                              hint="Set log_file to a writable path in the watch config.") from exc
        self.name = f"log:{self.path}"

    def send(self, alert: Alert) -> bool:
        try:
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(alert.to_dict(), ensure_ascii=False) + "\n")
        except OSError as exc:
            log.error("alert log %s not writable: %s", self.path, exc)
            return False
        return True


class StreamSink:
    """One readable line per alert on a stream (stdout by default)."""

    def __init__(self, stream: TextIO | None = None):
        self.stream = stream
        self.name = "stdout"

    def send(self, alert: Alert) -> bool:
        stream = self.stream or sys.stdout
        stream.write("ALERT " + alert.line() + "\n")
        stream.flush()
        return True


def mask_url(url: str) -> str:
    """``url`` safe to print and store: password, query values and token-like path segments masked.

    Path segments longer than 12 characters or holding digits (typical of webhook secrets such as
    ``/services/T0/B0/XXXX``) become ``***``; when anything was masked a short hash of the full URL is
    appended, so two webhooks on one host keep distinct names."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = (f"{parts.username}:***@" if parts.password else "***@" if parts.username else "") + host
    if parts.port:
        netloc += f":{parts.port}"
    path = "/".join(seg if len(seg) <= 12 and not any(c.isdigit() for c in seg) else "***"
                    for seg in parts.path.split("/"))
    query = "&".join(f"{k}=***" for k, _ in parse_qsl(parts.query, keep_blank_values=True))
    masked = urlunsplit((parts.scheme, netloc, path, query, ""))
    if masked != url:
        masked += "#" + hashlib.sha256(url.encode("utf-8")).hexdigest()[:6]
    return masked


class WebhookSink:
    """POSTs the alert as JSON under the outbound policy of ``settings``.

    One ``send`` makes at most ``max_attempts`` attempts (network errors and 5xx/429 are retried after
    ``backoff * 2**n`` seconds, capped at ``max_backoff``); each attempt ends within ``timeout`` seconds
    however slowly the receiver answers. 4xx answers other than 429 are not retried. Alerts that still
    fail are queued by the watcher and retried over hours (``durable``). ``name`` masks secrets in the URL.
    """

    durable = True

    def __init__(self, url: str, *, settings=None, max_attempts: int = 3, backoff: float = 0.5,
                 max_backoff: float = 10.0, timeout: float = 5.0, headers: dict[str, str] | None = None,
                 sleep: Callable[[float], None] = time.sleep):
        from ..config import Settings
        from ..net import OutboundSession

        if not url.lower().startswith(("http://", "https://")):
            raise ConfigError(f"webhook URL must be http(s): {mask_url(url)!r}", hint="Fix the [[webhooks]] url.")
        if not 1 <= int(max_attempts) <= 10:
            raise ConfigError(f"webhook max_attempts must be 1-10 (got {max_attempts})", hint="Retries are bounded.")
        if not 0 < float(timeout) <= 60:
            raise ConfigError(f"webhook timeout must be 0-60 s (got {timeout})", hint="Each attempt is bounded.")
        self.url, self.max_attempts, self.backoff, self.max_backoff = url, int(max_attempts), float(backoff), float(max_backoff)
        self.timeout, self.headers, self.sleep = float(timeout), dict(headers or {}), sleep
        self.session = OutboundSession(settings or Settings())
        self.name = f"webhook:{mask_url(url)}"
        self.last_error: str | None = None

    def _attempt(self, body: bytes) -> bool | None:
        """True: delivered; False: refused for good (4xx); None: worth another attempt."""
        from ..net.client import OutboundError

        try:
            resp = self.session.request("POST", self.url, deadline_s=self.timeout, max_bytes=65_536, content=body,
                                        headers={"Content-Type": "application/json", **self.headers},
                                        follow_redirects=False)
        except OutboundError as exc:
            self.last_error = f"{exc.kind}: {exc.message}"
            return False if exc.kind in ("refused", "scheme", "invalid_url") else None
        if resp.status < 300:
            self.last_error = None
            return True
        self.last_error = f"HTTP {resp.status}"
        return None if resp.status >= 500 or resp.status == 429 else False

    def send(self, alert: Alert) -> bool:
        body = json.dumps({"alert": alert.to_dict()}, ensure_ascii=False).encode("utf-8")
        for attempt in range(1, self.max_attempts + 1):
            outcome = self._attempt(body)
            if outcome is not None:
                if outcome:
                    return True
                break
            if attempt < self.max_attempts:
                self.sleep(min(self.backoff * 2 ** (attempt - 1), self.max_backoff))
        log.warning("%s failed for alert %s: %s", self.name, alert.key, self.last_error)
        return False
