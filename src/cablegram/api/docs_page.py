"""``/docs``: the API reference as one server-rendered page built from the OpenAPI schema.

It needs no network and no script (Swagger UI would load from a CDN, which a strict
Content-Security-Policy and offline servers both block). The machine-readable schema stays at
``/openapi.json``.
"""

from __future__ import annotations

from html import escape

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse


def _param_rows(operation: dict) -> str:
    rows = []
    for p in operation.get("parameters", []):
        schema = p.get("schema", {})
        kind = schema.get("type") or "/".join(s.get("type", "?") for s in schema.get("anyOf", [])) or "?"
        rows.append(f"<li><code>{escape(p.get('name', ''))}</code> ({escape(p.get('in', ''))}, {escape(kind)})"
                    f"{' required' if p.get('required') else ''}: {escape(p.get('description', '') or '')}</li>")
    return f"<ul>{''.join(rows)}</ul>" if rows else ""


def render_docs(app: FastAPI) -> str:
    """The HTML page for ``app``'s OpenAPI schema (every value escaped)."""
    spec = app.openapi()
    parts = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{escape(spec['info']['title'])} API"
             "</title><link rel='stylesheet' href='/static/app.css'></head><body><main>",
             f"<h1>{escape(spec['info']['title'])} API {escape(spec['info'].get('version', ''))}</h1>",
             f"<p>{escape(spec['info'].get('description', ''))}</p>",
             "<p>Machine-readable schema: <a href='/openapi.json'>/openapi.json</a>.</p>"]
    for path, methods in sorted(spec.get("paths", {}).items()):
        for method, operation in methods.items():
            parts.append(f"<section><h2><code>{escape(method.upper())} {escape(path)}</code></h2>"
                         f"<p>{escape(operation.get('summary', ''))}</p>{_param_rows(operation)}</section>")
    parts.append("</main></body></html>")
    return "".join(parts)


def install_docs(app: FastAPI) -> None:
    """Serve the page at ``/docs`` (create the app with ``docs_url=None``)."""

    @app.get("/docs", include_in_schema=False, response_class=HTMLResponse)
    def docs(request: Request) -> HTMLResponse:
        return HTMLResponse(render_docs(request.app))
