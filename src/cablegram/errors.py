"""The one error hierarchy of cablegram.

Every error carries a short machine-readable ``code`` and a ``hint`` telling
the user what to do next. The CLI prints ``error[code]: message`` and the hint;
the REST API returns ``{"error": {"code", "message", "hint"}}``.

::

    CablegramError
    ├── InputError        bad or unreadable input (a file, a URL, a field)
    │   ├── FetchError    a URL or feed could not be fetched
    │   └── LanguageError text is not in a supported language
    ├── ConfigError       bad settings, unknown options, missing extras
    ├── StoreError        the database could not be opened, migrated or written
    │   └── NotFoundError a requested record does not exist
    └── PipelineError     the NLP pipeline could not be built or run
"""

from __future__ import annotations


class CablegramError(Exception):
    """Base class: every error cablegram raises on purpose derives from it."""

    code = "cablegram_error"
    default_hint = "See `cablegram --help`."

    def __init__(self, message: str, *, hint: str | None = None, source: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint or self.default_hint
        self.source = source  # the file, URL or field the error is about

    def __str__(self) -> str:
        prefix = f"{self.source}: " if self.source else ""
        return f"{prefix}{self.message}"

    def to_dict(self) -> dict:
        return {"code": self.code, "message": str(self), "hint": self.hint}


class InputError(CablegramError):
    code = "input_error"
    default_hint = "Check that the input exists, is readable text and is in a supported format."


class FetchError(InputError):
    code = "fetch_error"
    default_hint = "Check the URL and your network, or download the page and ingest the file."


class LanguageError(InputError):
    code = "language_error"
    default_hint = "cablegram extracts events from English text only; translate the document first."


class ConfigError(CablegramError):
    code = "config_error"
    default_hint = "Check your settings (environment variables CABLEGRAM_* or the TOML config file)."


class StoreError(CablegramError):
    code = "store_error"
    default_hint = "Check the --db path or URL, and that the database is not opened by an older cablegram."


class NotFoundError(StoreError):
    code = "not_found"
    default_hint = "List what exists with `cablegram search` or `cablegram actors list`."


class PipelineError(CablegramError):
    code = "pipeline_error"
    default_hint = "Reinstall with the setup script so the spaCy model and extras are present."
