"""The FastAPI application factory: JSON API under /api, dashboard pages under /, OpenAPI at /docs."""

from __future__ import annotations

import threading
from contextlib import asynccontextmanager

from fastapi import FastAPI

from ..config import Settings
from .docs_page import install_docs
from .errors import describe_errors_in_openapi, install_error_handlers
from .limits import BodyLimitMiddleware, FetchPool
from .security import (QueryGuardMiddleware, RateLimitMiddleware, SecurityHeadersMiddleware, TrailingSlashMiddleware,
                       WriteGateMiddleware, neutralise_bidi)


def create_app(settings: Settings | None = None, store=None) -> FastAPI:
    """Build the app. With ``store`` given it is used (and not closed); otherwise ``settings.db`` is opened on first use.

    CORS is off: no cross-origin headers are sent, so browsers on other origins cannot read responses.
    """
    settings = settings or Settings.load()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        app.state.fetch_pool.shutdown()
        if app.state.owns_store and app.state.store is not None:
            app.state.store.close()
            app.state.store = None

    app = FastAPI(title="cablegram", version="0.1.0", lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Structured, sourced event data from diplomatic and conflict news. "
                              "Read endpoints are open; write endpoints need a bearer token.")
    app.state.settings = settings
    app.state.store = store
    if store is not None and hasattr(store, "_rows"):
        store.read_timeout_s = settings.statement_timeout_s  # every read the API makes is bounded in time
    app.state.owns_store = False
    app.state.store_lock = threading.Lock()
    app.state.fetch_pool = FetchPool(settings.api_fetch_workers)
    install_error_handlers(app)
    # Added innermost first: headers on every answer, then path clean-up, rate limit, token check, body size.
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_upload_bytes)
    app.add_middleware(WriteGateMiddleware, settings=settings)
    app.add_middleware(QueryGuardMiddleware, max_offset=settings.api_max_offset)
    app.add_middleware(RateLimitMiddleware, settings=settings)
    app.add_middleware(TrailingSlashMiddleware)
    app.add_middleware(SecurityHeadersMiddleware)
    app.router.redirect_slashes = False  # never build a redirect from the Host header

    from ..web.routes import install_web
    from .routes import router

    app.include_router(router)
    install_web(app)
    templates = getattr(app.state, "templates", None)
    if templates is not None:  # every value a page prints loses bidi override characters
        templates.env.finalize = neutralise_bidi
        templates.env.filters["nobidi"] = neutralise_bidi
    install_docs(app)
    describe_errors_in_openapi(app)
    return app
