"""Request dependencies: the store, the settings, and the bearer-token guard for writes."""

from __future__ import annotations

from fastapi import Request

from ..config import Settings
from .errors import ApiError
from .security import token_problem


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
                state.store.read_timeout_s = state.settings.statement_timeout_s  # statement timeout for reads
                state.owns_store = True
    return state.store


def require_token(request: Request) -> None:
    """Writes need ``Authorization: Bearer <Settings.api_token>``; without a configured token the API is read-only.

    (The WriteGateMiddleware makes the same check before the body is read; this guards routes mounted elsewhere.)"""
    problem = token_problem(request.app.state.settings.api_token, request.headers.get("authorization", ""))
    if problem is not None:
        status, code, message, hint = problem
        raise ApiError(status, code, message, hint, {"WWW-Authenticate": "Bearer"} if status == 401 else None)
