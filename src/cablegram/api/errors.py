"""One JSON error shape for every API error: ``{"error": {"code", "message", "hint"}}``."""

from __future__ import annotations

import logging
from types import MappingProxyType

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import CablegramError, InputError
from ..jsonlines import describe_json_error

log = logging.getLogger("cablegram.api")

# Codes for HTTP-level refusals by status (each listed in cablegram.errors.HTTP_CODES or CATALOGUE).
_HTTP_CODES = MappingProxyType({
    400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 405: "method_not_allowed",
    413: "payload_too_large", 415: "unsupported_media_type", 422: "validation_error", 429: "too_many_requests"})


class ApiError(Exception):
    """An HTTP-level refusal (auth, size limits) carried to the one error handler."""

    def __init__(self, status: int, code: str, message: str, hint: str, headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.hint, self.headers = status, code, message, hint, headers


def error_body(code: str, message: str, hint: str) -> dict:
    return {"error": {"code": code, "message": message, "hint": hint}}


def status_for(exc: CablegramError) -> int:
    """The HTTP status for a cablegram error: its code's status in the error catalogue (docs/errors.md)."""
    return exc.http_status


def _respond(request: Request, status: int, body: dict, headers: dict[str, str] | None = None) -> Response:
    # Pages get a small escaped HTML error page; everything else the JSON shape.
    if not request.url.path.startswith("/api") and "text/html" in request.headers.get("accept", ""):
        templates = getattr(request.app.state, "templates", None)
        if templates is not None:
            return templates.TemplateResponse(request, "error.html", {"status": status, "error": body["error"]},
                                              status_code=status, headers=headers)
        return HTMLResponse(body["error"]["message"], status_code=status, headers=headers)
    return JSONResponse(body, status_code=status, headers=headers)


# An example body for each JSON endpoint, for the invalid_json hint (the path's last segment).
_BODY_EXAMPLES = MappingProxyType({
    "documents": '{"text": "...", "title": "...", "published_at": "2024-03-05"}',
    "corrections": '{"record_id": "evt_...", "action": "reject", "reason": "..."}',
    "ingest": '{"url": "https://example.org/feed.xml"}',
    "trace": '{"source_ids": ["doc_..."]}',
})


def _invalid_json_body(err: dict, path: str = "") -> InputError:
    """InputError ``invalid_json`` for FastAPI's ``json_invalid`` validation error (``loc`` ("body", character
    offset from 0), ``ctx.error``: the decoder's message), naming the position and what to send to ``path``."""
    loc = err.get("loc") or ()
    offset = loc[1] if len(loc) > 1 and isinstance(loc[1], int) else None
    reason = str((err.get("ctx") or {}).get("error") or "not valid JSON")
    where = f" ({describe_json_error(reason, f'character {offset + 1}')})" if offset is not None else f" ({reason})"
    example = _BODY_EXAMPLES.get(path.rstrip("/").rsplit("/", 1)[-1])
    shape = f"one JSON object, e.g. {example}," if example else "one JSON object (its fields: /docs)"
    return InputError(f"not valid JSON{where}", source="request body", code="invalid_json",
                      hint=f"Send {shape} with Content-Type: application/json; "
                           "check the quotes, commas and brackets around that character.")


def _in_address(err: dict) -> bool:
    """Whether a validation error is about a query or path parameter (not a request body field)."""
    loc = err.get("loc") or ()
    return bool(loc) and loc[0] in ("query", "path")


def _address_hint(errors: list[dict]) -> str:
    """What to send instead, for the first bad query or path value."""
    err = errors[0]
    name = str(err["loc"][-1])
    if err.get("type") == "bool_parsing":
        return f"Give {name} as true or false."
    if err.get("type") == "string_pattern_mismatch" and name.startswith("date_"):
        return f"Give {name} as YYYY-MM-DD or YYYY-MM, e.g. 2024-03-05."
    if err.get("type") == "string_pattern_mismatch" and name == "country":
        return "Give country as an ISO 3166 alpha-3 code, e.g. UKR."
    return "Check the parameter values against the OpenAPI docs at /docs."


_ERROR_SCHEMA = MappingProxyType({
    "type": "object", "required": ["error"],
    "properties": {"error": {"type": "object", "required": ["code", "message", "hint"], "properties": {
        "code": {"type": "string", "description": "A code of the error catalogue (docs/errors.md)"},
        "message": {"type": "string"}, "hint": {"type": "string", "description": "What to do about it"}}}}})


def _error_response(description: str) -> dict:
    return {"description": description,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}


def describe_errors_in_openapi(app: FastAPI) -> None:
    """Make ``/openapi.json`` say what the handlers answer: FastAPI lists a 422 ``HTTPValidationError`` (a
    ``detail`` list) for every endpoint with parameters, but a bad query or path value is a 400 ``invalid_value``
    and a bad body field a 422 ``validation_error``, both in the one ``{"error": …}`` shape."""
    build = app.openapi

    def openapi() -> dict:
        if app.openapi_schema:
            return app.openapi_schema
        spec = build()
        for operations in spec.get("paths", {}).values():
            for operation in operations.values():
                responses = operation.get("responses", {})
                if responses.pop("422", None) is None:
                    continue
                if any(p.get("in") in ("query", "path") for p in operation.get("parameters", [])):
                    responses["400"] = _error_response("invalid_value: a query or path value the endpoint cannot "
                                                       "take (the message names the parameter)")
                if "requestBody" in operation:
                    responses["422"] = _error_response("validation_error: a request body field is wrong, missing "
                                                       "or unknown (the message names it)")
        schemas = spec.setdefault("components", {}).setdefault("schemas", {})
        for name in ("HTTPValidationError", "ValidationError"):
            schemas.pop(name, None)
        schemas["Error"] = dict(_ERROR_SCHEMA)
        app.openapi_schema = spec
        return spec

    app.openapi = openapi


def install_error_handlers(app: FastAPI) -> None:
    """Route every error (ours, validation, routing, unexpected) through the one shape."""

    @app.exception_handler(CablegramError)
    async def _cablegram(request: Request, exc: CablegramError) -> Response:
        status = status_for(exc)
        body = exc.to_dict()
        if status >= 500:
            log.error("request %s failed: %s", request.url.path, exc)
            # Server-side failures name no database URL, file or host: the message alone goes to the client.
            body["message"] = exc.message
        elif (exc.source and ("/" in exc.source or "\\" in exc.source)
              and not exc.source.lower().startswith(("http://", "https://"))):
            body["message"] = exc.message  # a file path or database URL stays on the server
        return _respond(request, status, {"error": body})

    @app.exception_handler(ApiError)
    async def _api(request: Request, exc: ApiError) -> Response:
        return _respond(request, exc.status, error_body(exc.code, exc.message, exc.hint), exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Response:
        bad_json = next((err for err in exc.errors() if err.get("type") == "json_invalid"), None)
        if bad_json is not None:
            error = _invalid_json_body(bad_json, request.url.path)
            return _respond(request, error.http_status, {"error": error.to_dict()})
        parts = []
        for err in exc.errors():
            where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "body", "path"))
            whole = "request body" if tuple(err.get("loc", ())) == ("body",) else "request"  # e.g. an empty body
            parts.append(f"{where or whole}: {err.get('msg', 'invalid')}")
        message = "; ".join(parts) or "invalid request"
        if exc.errors() and all(_in_address(err) for err in exc.errors()):
            # A query or path value (modality=maybe, limit=0) is the same mistake as one the endpoint checks itself
            # (type=FOO, date_from=2025-13-01): one status and code for both, as the CLI's error[invalid_value].
            return _respond(request, 400, error_body("invalid_value", message, _address_hint(exc.errors())))
        return _respond(request, 422, error_body("validation_error", message,
                                                 "Check the body's fields against the OpenAPI docs at /docs."))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        code = _HTTP_CODES.get(exc.status_code, "http_error")
        hint = "See the OpenAPI docs at /docs for the available endpoints." if exc.status_code in (404, 405) else "See /docs."
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        return _respond(request, exc.status_code, error_body(code, message, hint), getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        # The traceback goes to the server log, never to the client.
        log.exception("unexpected error on %s", request.url.path)
        return _respond(request, 500, error_body("internal_error", "the server could not complete the request",
                                                 "Retry; if it persists, check the server log."))
