"""The overview page (/overview) and its JSON (/api/overview): counts, the events time series,
the actor network, places and the commitments ledger, for the events the filters select.

Charts are drawn in the browser by Chart.js, vendored under /static/vendor (see its README);
the network is an SVG laid out on the server. Aggregates are cached per app, keyed by the
filters and :func:`cablegram.store.overview.data_version`, so repeated views cost one small query.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse

from ..api.deps import get_store
from ..errors import InputError
from ..records import MODALITIES
from ..store import readmodel
from ..store.overview import OverviewFilter, data_version, overview
from ..store.filter_values import check_event_filters
from ..store.quads import QUADS, quad_types
from .actor_links import link_names
from .graph import network_layout, type_colour
from .pages import bad_filter, qs, render
from .routes import EVENT_TYPES, clean_confidence, clean_date

router = APIRouter()

_CACHE_SIZE = 64
_CACHE_LOCK = threading.Lock()  # guards creating the per-app cache, not its contents
log = logging.getLogger("cablegram.web")


def overview_filter(request: Request, actor: str | None, source: str | None, target: str | None, modality: str | None,
                    type: str | None, quad: str | None, min_confidence: str | None, date_from: str | None,
                    date_to: str | None, show_all: bool, all_versions: bool = False) -> OverviewFilter:
    """Form values to a filter (unknown values dropped); the confidence floor applies unless ``show_all``; events of
    superseded document versions are counted only with ``all_versions``."""
    floor = clean_confidence(min_confidence)
    if floor is None and not show_all:
        floor = readmodel.confidence_floor(request.app.state.settings)
    types: tuple[str, ...] = QUADS.get(quad or "", ())
    if type and type.upper() in EVENT_TYPES:
        types = (type.upper(),)
    return OverviewFilter(actor=actor or None, source=source or None, target=target or None,
                          modality=modality if modality in MODALITIES else None, types=types,
                          min_confidence=floor or None, date_from=clean_date(date_from), date_to=clean_date(date_to),
                          actors_resolved=not show_all, all_versions=all_versions)


def check_overview_args(modality: str | None, type: str | None, quad: str | None, min_confidence: str | None,
                        date_from: str | None, date_to: str | None) -> None:
    """Refuse (InputError ``invalid_value`` naming the parameter) what the JSON overview would otherwise
    drop silently: a type, quad or modality the codebook lacks, a date not in the calendar, a confidence
    outside 0-1. The HTML page answers the same refusal as a 400 page (pages.bad_filter)."""
    check_event_filters(type=type or None, modality=modality or None, date_from=date_from or None,
                        date_to=date_to or None)
    if quad:
        quad_types(quad)
    if min_confidence not in (None, "") and clean_confidence(min_confidence) is None:
        raise InputError(f"{min_confidence!r} is not a confidence", source="min_confidence",
                         code="invalid_value", hint="Use a number from 0 to 1, e.g. 0.5.")


class OverviewCache:
    """Overview aggregates per (filter, data version), computed on a connection of their own.

    At a million events the aggregates take seconds, longer than the API's statement timeout, so
    they are computed in a background thread on a separate connection (no timeout there) and kept.
    A request waits up to ``wait_s`` for them; after that it gets the previous figures for the same
    filter marked ``stale``, or ``{"pending": True}`` on the very first view. Stores that cannot be
    reopened (an in-memory SQLite) are computed in the request itself."""

    def __init__(self, size: int = 64, wait_s: float = 2.0):
        self.size, self.wait_s = size, wait_s
        self.results: OrderedDict = OrderedDict()
        self.latest: dict[OverviewFilter, dict[str, Any]] = {}
        self.running: dict[tuple, threading.Thread] = {}
        self.lock = threading.Lock()

    def get(self, store, flt: OverviewFilter) -> dict[str, Any]:
        key = (flt, data_version(store))
        with self.lock:
            if key in self.results:
                return self.results[key]
        target = _reopen_target(store)
        if target is None:
            self._keep(key, overview(store, flt))
            return self.results[key]
        with self.lock:
            thread = self.running.get(key)
            if thread is None:
                thread = threading.Thread(target=self._compute, args=(key, target), daemon=True,
                                          name="cablegram-overview")
                self.running[key] = thread
                thread.start()
        thread.join(self.wait_s)
        with self.lock:
            if key in self.results:
                return self.results[key]
            stale = self.latest.get(flt)
        return {**stale, "stale": True} if stale else {"pending": True}

    def _compute(self, key: tuple, target: str) -> None:
        from ..store import open_store

        try:
            with open_store(target) as own:
                result = overview(own, key[0])
        except Exception as exc:  # noqa: BLE001 — reported on the page instead of a pending page forever
            log.exception("overview aggregates failed")
            result = {"error": f"the overview could not be computed ({type(exc).__name__})"}
        self._keep(key, result)

    def _keep(self, key: tuple, result: dict[str, Any]) -> None:
        with self.lock:
            self.results[key] = result
            self.running.pop(key, None)
            if "error" not in result:
                self.latest.pop(key[0], None)
                self.latest[key[0]] = result  # most recent last
            while len(self.results) > self.size:
                self.results.popitem(last=False)
            while len(self.latest) > self.size:
                self.latest.pop(next(iter(self.latest)))


def _reopen_target(store) -> str | None:
    """What open_store needs to open a second connection to ``store``; None when it cannot be reopened."""
    url = getattr(store, "url", None)  # PostgreSQL
    if url:
        return url
    path = getattr(store, "path", None)
    if path and path != ":memory:" and Path(path).is_file():
        return path
    return None


def cached_overview(request: Request, store, flt: OverviewFilter) -> dict[str, Any]:
    """The aggregates for ``flt`` from the app's :class:`OverviewCache` (created on first use)."""
    state = request.app.state
    with _CACHE_LOCK:
        if not hasattr(state, "overview_cache"):
            state.overview_cache = OverviewCache(_CACHE_SIZE)
    return state.overview_cache.get(store, flt)


def _params(actor, source, target, modality, type, quad, min_confidence, date_from, date_to, show_all) -> dict[str, Any]:
    return {"actor": actor, "source": source, "target": target, "modality": modality, "type": type, "quad": quad,
            "min_confidence": min_confidence, "date_from": date_from, "date_to": date_to, "all": "1" if show_all else None}


_FILTER_ARGS = dict(actor=Query(None, max_length=200), source=Query(None, max_length=200),
                    target=Query(None, max_length=200), modality=Query(None, max_length=20),
                    type=Query(None, max_length=40), quad=Query(None, max_length=30),
                    min_confidence=Query(None, max_length=10), date_from=Query(None, max_length=10),
                    date_to=Query(None, max_length=10))


@router.get("/api/overview", summary="Overview aggregates: counts by type, modality, actor, publisher and day; "
                                     "actor network; places; commitments ledger by donor and month")
def overview_json(request: Request, actor: str | None = _FILTER_ARGS["actor"], source: str | None = _FILTER_ARGS["source"],
                  target: str | None = _FILTER_ARGS["target"], modality: str | None = _FILTER_ARGS["modality"],
                  type: str | None = _FILTER_ARGS["type"], quad: str | None = _FILTER_ARGS["quad"],
                  min_confidence: str | None = _FILTER_ARGS["min_confidence"],
                  date_from: str | None = _FILTER_ARGS["date_from"], date_to: str | None = _FILTER_ARGS["date_to"],
                  all: bool = Query(False, description="Count every event, below the confidence floor too"),
                  versions: str = Query("latest", pattern="^(latest|all)$",
                                        description="latest (default): the events and commitments of each "
                                                    "document's latest version; all: also those of superseded versions"),
                  store=Depends(get_store)) -> dict[str, Any]:
    check_overview_args(modality, type, quad, min_confidence, date_from, date_to)
    flt = overview_filter(request, actor, source, target, modality, type, quad, min_confidence, date_from, date_to, all,
                          all_versions=versions == "all")
    data = cached_overview(request, store, flt)
    if data.get("pending"):
        return JSONResponse({"pending": True, "hint": "The aggregates are being computed; ask again in a few seconds."},
                            status_code=202)
    return data


@router.get("/overview", response_class=HTMLResponse, include_in_schema=False)
def overview_page(request: Request, actor: str | None = _FILTER_ARGS["actor"], source: str | None = _FILTER_ARGS["source"],
                  target: str | None = _FILTER_ARGS["target"], modality: str | None = _FILTER_ARGS["modality"],
                  type: str | None = _FILTER_ARGS["type"], quad: str | None = _FILTER_ARGS["quad"],
                  min_confidence: str | None = _FILTER_ARGS["min_confidence"],
                  date_from: str | None = _FILTER_ARGS["date_from"], date_to: str | None = _FILTER_ARGS["date_to"],
                  all: bool = Query(False), store=Depends(get_store)) -> HTMLResponse:
    try:
        check_overview_args(modality, type, quad, min_confidence, date_from, date_to)
    except InputError as exc:
        return bad_filter(request, exc)
    flt = overview_filter(request, actor, source, target, modality, type, quad, min_confidence, date_from, date_to, all)
    data = cached_overview(request, store, flt)
    if "total" not in data:  # pending or failed: the page says so (and reloads itself while pending)
        return render(request, "overview.html", data=data, names={}, params=_params(
            actor, source, target, flt.modality, type, quad, min_confidence, flt.date_from, flt.date_to, all),
            types=EVENT_TYPES, quads=QUADS, modalities=MODALITIES, graph=None, chart_data=None, events_qs="?",
            floor=readmodel.confidence_floor(request.app.state.settings))
    ids = [g["key"] for g in data["by_actor"]] + [e[k] for e in data["network"] for k in ("source", "target")]
    ids += data["ledger"]["donors"]
    names = link_names(store, ids)
    params = _params(actor, source, target, flt.modality, type, quad if quad in QUADS else None, min_confidence,
                     flt.date_from, flt.date_to, all)
    # The events listing and its downloads take every filter of this page, so the link lists exactly what was counted.
    events_qs = qs({"actor": actor, "source": flt.source, "target": flt.target, "quad": params["quad"],
                    "modality": flt.modality, "type": type, "min_confidence": clean_confidence(min_confidence),
                    "date_from": flt.date_from, "date_to": flt.date_to, "all": "1" if all else None})
    chart_data = {"series": data["series"], "colours": {t: type_colour(t) for t in data["series"]["types"]},
                  "ledger": {**data["ledger"], "names": {d: names.get(d, d) for d in data["ledger"]["donors"]}}}
    return render(request, "overview.html", data=data, names=names, params=params, types=EVENT_TYPES, quads=QUADS,
                  modalities=MODALITIES, graph=network_layout(data["network"], names), chart_data=chart_data,
                  events_qs=events_qs, floor=readmodel.confidence_floor(request.app.state.settings))
