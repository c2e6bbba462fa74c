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

Within a class, ``code=`` refines the failure (``InputError("…", code="encoding_error")``) so a
client can tell apart failures that need different fixes. Every code is in :data:`CATALOGUE` (with
its class, HTTP status and a one-line description; docs/errors.md lists them and a test keeps both
in step with the codes used in ``src/``). A code not in the catalogue is a programming error.
"""

from __future__ import annotations

from dataclasses import dataclass


class CablegramError(Exception):
    """Base class: every error cablegram raises on purpose derives from it."""

    code = "cablegram_error"
    default_hint = "See `cablegram --help`."

    def __init__(self, message: str, *, hint: str | None = None, source: str | None = None, code: str | None = None):
        super().__init__(message)
        self.message = message
        # A refining code without a hint of its own gets the code's hint where the class's would mislead (a wrong
        # option value told to "check that the input exists, is readable text …").
        self.hint = hint or _CODE_HINTS.get(code or "") or self.default_hint
        self.source = source  # the file, URL or field the error is about
        if code is not None:
            entry = CATALOGUE.get(code)
            if entry is None or not isinstance(self, entry.kind):
                raise ValueError(f"error code {code!r} is not catalogued for {type(self).__name__} (see CATALOGUE)")
            self.code = code  # refines the class's code; instance attribute shadows the class default

    def __str__(self) -> str:
        prefix = f"{self.source}: " if self.source else ""
        return f"{prefix}{self.message}"

    def to_dict(self) -> dict:
        """The API's error body: ``{"code", "message", "hint"}``."""
        return {"code": self.code, "message": str(self), "hint": self.hint}

    @property
    def http_status(self) -> int:
        """The HTTP status the REST API answers with for this error (from the catalogue)."""
        entry = CATALOGUE.get(self.code)
        return entry.http_status if entry else 500


# Hints for refining codes whose class's default hint does not fit them (used when the raiser gives none).
_CODE_HINTS = {
    "invalid_value": "Correct the value as the message says; `cablegram COMMAND --help` says what each option "
                     "takes (the REST API: /docs).",
    "unsupported_format": "Use one of the formats the message names; `cablegram COMMAND --help` lists them.",
}


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


@dataclass(frozen=True)
class ErrorCode:
    """One catalogued failure: ``code`` (stable, machine-readable), the error class that carries it,
    the HTTP status the API answers with, and what it means."""

    code: str
    kind: type[CablegramError]
    http_status: int
    summary: str


def _catalogue(*entries: tuple[str, type[CablegramError], int, str]) -> dict[str, ErrorCode]:
    return {code: ErrorCode(code, kind, status, summary) for code, kind, status, summary in entries}


# Every code cablegram raises, by class. The class codes come first in each group.
CATALOGUE: dict[str, ErrorCode] = _catalogue(
    ("cablegram_error", CablegramError, 500, "An error without a more specific code."),
    # Input: the user's files, URLs, fields and options.
    ("input_error", InputError, 400, "Bad input without a more specific code."),
    ("file_not_found", InputError, 400, "A file or folder given as input does not exist."),
    ("file_unreadable", InputError, 400, "An input file exists but cannot be read (permissions, a folder, an OS error)."),
    ("encoding_error", InputError, 400, "Input bytes are not text in a readable encoding (e.g. not UTF-8)."),
    ("invalid_json", InputError, 400, "Malformed JSON or JSON Lines, in a file or an API request body (the message gives the line and column, or the character)."),
    ("invalid_record", InputError, 400, "A record lacks a required field or has a field of the wrong type."),
    ("unsupported_format", InputError, 400, "A file format, content type, export format or table that is not supported."),
    ("invalid_value", InputError, 400, "An option or parameter value is not allowed (a date, a code, a kind, a cursor)."),
    ("usage_error", InputError, 400, "A command line with an unknown command or option, or a missing argument (the command's usage line follows)."),
    ("empty_input", InputError, 400, "The input has no usable text."),
    ("too_large", InputError, 413, "The input is larger than the configured limit."),
    ("not_processed", InputError, 409, "The document has not been analysed yet; run `cablegram process`."),
    ("no_primary_source", InputError, 409, "Tracing needs a primary source and none was given or found."),
    ("store_not_demo", InputError, 409, "The demo would overwrite a store that is not a demo store."),
    # Fetching URLs and feeds.
    ("fetch_error", FetchError, 502, "A URL or feed could not be fetched (network, DNS, TLS, timeout)."),
    ("fetch_http_status", FetchError, 502, "The server answered with an HTTP error status (the message gives it)."),
    ("fetch_blocked", FetchError, 403, "The outbound policy refused the address (not public and not allowed)."),
    # Languages.
    ("language_error", LanguageError, 400, "The text is not in a language cablegram analyses."),
    ("language_mismatch", LanguageError, 400, "An article and its source are in different languages."),
    # Settings and installation.
    ("config_error", ConfigError, 503, "Bad configuration without a more specific code."),
    ("invalid_setting", ConfigError, 503, "A setting has a wrong type or value, or is unknown (the message names it)."),
    ("config_file_error", ConfigError, 503, "A configuration file is missing or is not valid TOML."),
    ("missing_extra", ConfigError, 503, "An optional dependency (extra) needed for this is not installed."),
    ("engine_unavailable", ConfigError, 503, "Spark or Dask could not be started or reached."),
    ("port_in_use", ConfigError, 503, "`cablegram serve` cannot listen on the host and port (in use by another program, or not allowed)."),
    # Stores.
    ("store_error", StoreError, 500, "The store failed without a more specific code."),
    ("store_unavailable", StoreError, 503, "The store cannot be opened or connected to (path, folder, server, permissions)."),
    ("schema_too_new", StoreError, 500, "The store was written by a newer cablegram."),
    ("watch_state_error", StoreError, 500, "The watch state file cannot be read or written."),
    ("not_found", NotFoundError, 404, "A requested record (document, actor, event, …) does not exist."),
    ("store_not_found", NotFoundError, 404, "There is no cablegram store at the given path."),
    # The NLP pipeline.
    ("pipeline_error", PipelineError, 500, "The NLP pipeline failed without a more specific code."),
    ("model_not_installed", PipelineError, 503, "The spaCy model named by spacy_model is not installed."),
    ("component_error", PipelineError, 500, "A pipeline component cannot be imported, configured or added."),
    ("model_file_error", PipelineError, 500, "A shipped model or lexicon file is missing or unreadable."),
    ("worker_error", PipelineError, 500, "A distributed (Spark/Dask) worker or job failed."),
)

# Codes the REST API answers with for HTTP-level refusals (no CablegramError behind them), with their status.
HTTP_CODES: dict[str, int] = {
    "bad_request": 400, "unauthorized": 401, "writes_disabled": 403, "forbidden": 403, "method_not_allowed": 405,
    "payload_too_large": 413, "unsupported_media_type": 415, "validation_error": 422, "too_many_requests": 429,
    "busy": 503, "http_error": 500, "internal_error": 500,
}
