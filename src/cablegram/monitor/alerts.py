"""Alerts and where they go: a JSONL log file, stdout, webhooks (HTTP POST with bounded retries)."""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TextIO

import httpx

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


class WebhookSink:
    """POSTs the alert as JSON; retries network errors and 5xx/429 at most ``max_attempts`` times with backoff.

    4xx answers other than 429 are not retried (the receiver refused the payload).
    """

    def __init__(self, url: str, *, max_attempts: int = 3, backoff: float = 0.5, max_backoff: float = 10.0,
                 timeout: float = 5.0, headers: dict[str, str] | None = None,
                 transport: httpx.BaseTransport | None = None, sleep: Callable[[float], None] = time.sleep):
        if not url.lower().startswith(("http://", "https://")):
            raise ConfigError(f"webhook URL must be http(s): {url!r}", hint="Fix the [[webhooks]] url.")
        if not 1 <= int(max_attempts) <= 10:
            raise ConfigError(f"webhook max_attempts must be 1-10 (got {max_attempts})", hint="Retries are bounded.")
        self.url, self.max_attempts, self.backoff, self.max_backoff = url, int(max_attempts), float(backoff), float(max_backoff)
        self.timeout, self.headers, self.transport, self.sleep = float(timeout), dict(headers or {}), transport, sleep
        self.name = f"webhook:{url}"
        self.last_error: str | None = None

    def send(self, alert: Alert) -> bool:
        payload = {"alert": alert.to_dict()}
        with httpx.Client(timeout=self.timeout, transport=self.transport, follow_redirects=False) as client:
            for attempt in range(1, self.max_attempts + 1):
                try:
                    resp = client.post(self.url, json=payload, headers=self.headers)
                except httpx.HTTPError as exc:
                    self.last_error = f"{type(exc).__name__}: {exc}"
                else:
                    if resp.status_code < 300:
                        self.last_error = None
                        return True
                    self.last_error = f"HTTP {resp.status_code}"
                    if resp.status_code < 500 and resp.status_code != 429:
                        break
                if attempt < self.max_attempts:
                    self.sleep(min(self.backoff * 2 ** (attempt - 1), self.max_backoff))
        log.warning("webhook %s failed for alert %s: %s", self.url, alert.key, self.last_error)
        return False
