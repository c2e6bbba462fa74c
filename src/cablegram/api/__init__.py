"""The REST API and web dashboard, served by one FastAPI app: ``create_app(settings, store)``."""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
