"""Helpers every dashboard page uses: rendering a template, query strings, the friendly 404 page."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse

from ..errors import InputError


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, name, context, status_code=status_code)


def qs(params: dict[str, Any], **changes: Any) -> str:
    """``?a=1&b=2`` from ``params`` updated by ``changes``, empty values dropped ("?" when none is left)."""
    merged = {k: v for k, v in {**params, **changes}.items() if v not in (None, "", 0, False)}
    return "?" + urlencode(merged) if merged else "?"


def not_found(request: Request, message: str, suggestions: list[tuple[str, str]]) -> HTMLResponse:
    """A 404 page that says what was not found and where to look instead (never a server path)."""
    return render(request, "error.html", status_code=404, status=404,
                  error={"code": "not_found", "message": message, "hint": "Try one of the links below."},
                  suggestions=suggestions)


def bad_filter(request: Request, exc: InputError) -> HTMLResponse:
    """A 400 page in the normal layout for a filter value the codebook or calendar lacks: it names the
    parameter and the allowed values (from ``exc``) and lists no rows, with a link to the page unfiltered."""
    return render(request, "error.html", status_code=400, status=400, error=exc.to_dict(),
                  suggestions=[("The same page without filters", request.url.path)])
