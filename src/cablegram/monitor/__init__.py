"""Monitoring: poll sources, process new documents, evaluate alert rules, deliver alerts (resumable).

``load_watch_config(path)`` reads the TOML; ``Watcher(store, config).run_once()`` does one cycle;
``Watcher.run(interval)`` loops until stopped.
"""

from __future__ import annotations

from .alerts import Alert, WebhookSink
from .config import WatchConfig, load_watch_config
from .rules import Rule
from .watch import CycleReport, Watcher

__all__ = ["Alert", "CycleReport", "Rule", "WatchConfig", "Watcher", "WebhookSink", "load_watch_config"]
