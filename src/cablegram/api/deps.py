"""Request dependencies: the store, the settings, and the bearer-token guard for writes."""

from __future__ import annotations

import hmac

from fastapi import Request

from ..config import Settings
from .errors import ApiError


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_store(request: Request):
    """The app's store, opened on first use when the app was not given one."""
    state = request.app.state
    if state.store is None:
        with state.store_lock:
            if state.store is None:
                from ..store import open_store

                state.store = open_store(state.settings.db)
                state.owns_store = True
    return state.store


def require_token(request: Request) -> None:
    """Writes need ``Authorization: Bearer <Settings.api_token>``; without a configured token the API is read-only."""
    token = request.app.state.settings.api_token
    if not token:
        raise ApiError(403, "writes_disabled", "this server is read-only: no API token is configured",
                       "Start the server with CABLEGRAM_API_TOKEN set to enable write endpoints.")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise ApiError(401, "unauthorized", "missing bearer token",
                       "Send the header 'Authorization: Bearer <token>'.", {"WWW-Authenticate": "Bearer"})
    # Constant-time comparison so the token cannot be guessed byte by byte from timings.
    if not hmac.compare_digest(given.strip().encode("utf-8"), token.encode("utf-8")):
        raise ApiError(401, "unauthorized", "invalid bearer token", "Check the token (CABLEGRAM_API_TOKEN on the server).",
                       {"WWW-Authenticate": "Bearer"})
