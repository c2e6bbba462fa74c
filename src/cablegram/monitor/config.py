"""The watch configuration file (TOML): sources, interval, rules, webhooks, outputs.

::

    interval = 300                 # seconds between polls
    log_file = "alerts.jsonl"      # relative paths are relative to this file
    stdout = true
    alert_on_existing = false      # first run: don't alert on documents already in the store
    trace = true                   # trace new articles against stored primary sources (for trace rules)
    state_dir = "state/"           # where the watch state file lives (default: next to a SQLite db,
                                   # next to this file for a postgresql:// store)
    sources = ["https://example.org/feed.xml", "inbox/", {folder = "readouts/", primary = true}]
                                   # primary = true: what comes from that source is a primary source (readouts),
                                   # as `cablegram ingest --primary`; articles are traced against it

    [[rules]]
    name = "threat-to-nato"
    kind = "event"
    types = ["THREATEN"]
    target = ["group:NATO"]

    [[webhooks]]
    url = "https://hooks.example.org/cablegram"
    max_attempts = 3
    backoff = 0.5
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from .rules import Rule

_KEYS = {"interval", "log_file", "stdout", "alert_on_existing", "trace", "sources", "rules", "webhooks", "fetch_links",
         "state_dir", "settle"}
_SOURCE_KEYS = ("url", "feed", "folder", "path")


@dataclass
class WatchConfig:
    sources: list[str] = field(default_factory=list)
    primary_sources: list[str] = field(default_factory=list)  # those of ``sources`` marked primary = true
    interval: float = 300.0
    rules: list[Rule] = field(default_factory=list)
    webhooks: list[dict[str, Any]] = field(default_factory=list)
    log_file: str | None = None
    stdout: bool = True
    alert_on_existing: bool = False
    trace: bool = False
    fetch_links: bool = False
    state_dir: str | None = None  # absolute once loaded; None = the default place (see monitor.state)
    config_dir: str | None = None  # the folder of the config file (where relative paths start)
    settle: float = 0.0  # seconds a local file must be left unchanged before it is read (0: read at once)

    @classmethod
    def from_dict(cls, data: dict[str, Any], base: Path | None = None, where: str = "watch config") -> "WatchConfig":
        data = dict(data.get("watch", data))
        unknown = set(data) - _KEYS
        if unknown:
            raise ConfigError(f"unknown key(s) {', '.join(sorted(unknown))}", source=where,
                              hint=f"Known keys: {', '.join(sorted(_KEYS))}")
        base = base or Path.cwd()
        sources = [_source(s, base, where) for s in data.get("sources", [])]
        primary_sources = [src for raw, src in zip(data.get("sources", []), sources) if _is_primary(raw, where)]
        interval = data.get("interval", 300)
        if not isinstance(interval, (int, float)) or interval < 1:
            raise ConfigError(f"interval must be a number of seconds >= 1 (got {interval!r})", source=where)
        settle = _seconds(data, "settle", 0, where)
        webhooks = data.get("webhooks", [])
        for hook in webhooks:
            if not isinstance(hook, dict) or not isinstance(hook.get("url"), str):
                raise ConfigError("each [[webhooks]] entry needs a url", source=where,
                                  hint='[[webhooks]]\nurl = "https://…"')
        log_file = data.get("log_file")
        if log_file is not None:
            log_file = str((base / str(log_file)).resolve()) if not Path(str(log_file)).is_absolute() else str(log_file)
        state_dir = data.get("state_dir")
        if state_dir is not None:
            if not isinstance(state_dir, str) or not state_dir.strip():
                raise ConfigError(f"state_dir must be a folder path (got {state_dir!r})", source=where)
            state_dir = str((base / Path(state_dir).expanduser()).resolve())
        rules = [Rule.from_dict(r, i) for i, r in enumerate(data.get("rules", []))]
        names = [r.name for r in rules]
        if len(set(names)) != len(names):
            raise ConfigError("rule names must be unique (they are part of the alert keys)", source=where)
        return cls(sources=sources, primary_sources=primary_sources, interval=float(interval), rules=rules, webhooks=list(webhooks), log_file=log_file,
                   stdout=bool(data.get("stdout", True)), alert_on_existing=bool(data.get("alert_on_existing", False)),
                   trace=bool(data.get("trace", False)), fetch_links=bool(data.get("fetch_links", False)),
                   state_dir=state_dir, config_dir=str(base), settle=settle)


def _seconds(data: dict[str, Any], key: str, minimum: float, where: str) -> float:
    """``data[key]`` as a number of seconds ≥ ``minimum`` (0 when absent); a ConfigError naming the key otherwise."""
    value = data.get(key, 0)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < minimum:
        raise ConfigError(f"{key} must be a number of seconds >= {minimum:g} (got {value!r})", source=where,
                          hint=f"e.g. {key} = 10")
    return float(value)


def _is_primary(value: Any, where: str) -> bool:
    """``primary = true`` in a source table: its documents are primary sources (official readouts)."""
    if not isinstance(value, dict) or "primary" not in value:
        return False
    if not isinstance(value["primary"], bool):
        raise ConfigError(f"primary must be true or false (got {value['primary']!r}) in the source {value!r}",
                          source=where, hint='{folder = "readouts/", primary = true}')
    return value["primary"]


def _source(value: Any, base: Path, where: str) -> str:
    if isinstance(value, dict):
        found = [value[k] for k in _SOURCE_KEYS if k in value]
        if len(found) != 1 or not isinstance(found[0], str):
            raise ConfigError(f"a source table needs exactly one of {', '.join(_SOURCE_KEYS)}: {value!r}", source=where)
        unknown = set(value) - {*_SOURCE_KEYS, "primary"}
        if unknown:
            raise ConfigError(f"unknown key(s) {', '.join(sorted(unknown))} in the source {value!r}", source=where,
                              hint=f"A source table has one of {', '.join(_SOURCE_KEYS)} and optionally primary = true.")
        value = found[0]
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f"bad source entry {value!r}", source=where, hint="Sources are URLs, feed URLs, files or folders.")
    if "://" in value:
        return value
    path = Path(value).expanduser()
    return str(path if path.is_absolute() else (base / path).resolve())


def load_watch_config(path: str | Path) -> WatchConfig:
    """Read and validate a watch TOML file; ConfigError names the file and the problem."""
    p = Path(path)
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError("watch config not found", source=str(p), hint="Pass --config FILE (see docs/service.md).") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"not a watch file (invalid TOML: {exc})", source=str(p),
                          hint="--config takes a watch file in TOML: interval, sources = [...] and [[rules]] tables "
                               "(see 'Alert rules' in docs/howto.md).") from None
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror or exc}", source=str(p)) from None
    return WatchConfig.from_dict(data, base=p.resolve().parent, where=str(p))
