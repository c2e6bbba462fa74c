"""Dashboard pages: timeline, claims, actor, article trace, clusters, commitments, search. Server-rendered, escaped.

Other pages live in their own modules: overview.py (charts), records.py (one record + corrections),
downloads.py (CSV/JSONL/Parquet of every list).
"""

from __future__ import annotations

import re
from importlib.resources import files
from typing import Any

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from ..api.deps import get_store
from ..errors import InputError, NotFoundError
from ..provenance.report import segments, sentence_offsets
from ..records import CLAIMANT_KINDS, COMMITMENT_CATEGORIES, COMMITMENT_STATUSES, MODALITIES
from ..store import corrections, readmodel
from ..store.base import from_row
from ..store.quads import QUADS
from ..store.readmodel import actor_profile, trace_summary
from . import actor_links
from .actor_links import link_names
from .graph import layout
from .pages import bad_filter, not_found, qs, render

EVENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
               "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
PAGE = 50

router = APIRouter(include_in_schema=False)


def install_web(app: FastAPI) -> None:
    """Mount the static files and templates from the installed package, and the page routes."""
    from . import downloads, overview, records

    base = files("cablegram.web")
    app.state.templates = Jinja2Templates(directory=str(base / "templates"))
    app.state.templates.env.filters["with_param"] = lambda params, name, value: qs(params, **{name: value})
    actor_links.install(app.state.templates.env)
    app.mount("/static", StaticFiles(directory=str(base / "static")), name="static")
    app.include_router(router)
    app.include_router(overview.router)
    app.include_router(records.router)
    app.include_router(downloads.router)


def clean_date(value: str | None) -> str | None:
    """A form's date when it is a calendar date (YYYY-MM or YYYY-MM-DD); None otherwise (the page drops it)."""
    from ..store.filter_values import check_date

    try:
        return check_date(value, "date") if value and re.match(readmodel.ISO_DATE, value) else None
    except InputError:
        return None  # an impossible date (2019-13-01): the page leaves the filter out, as for any unknown value


def claimant_kind_filter(kind: str | None, claimant_kind: str | None = None) -> str | None:
    """The claimant kind from ``kind`` (the dashboard's name) or ``claimant_kind`` (the API's); None when
    neither is given. Raises InputError ``invalid_value`` naming the parameter for a kind not in CLAIMANT_KINDS."""
    from ..store.filter_values import check_choice

    name = "claimant_kind" if claimant_kind and not kind else "kind"
    return check_choice(kind or claimant_kind or None, name, CLAIMANT_KINDS, "claimant kind")


_HEDGED = {"yes": True, "true": True, "1": True, "no": False, "false": False, "0": False}


def hedged_filter(hedged: str | None) -> bool | None:
    """The claims' hedged filter: yes / no (the form's values; true / false and 1 / 0, the API's, too); None when
    empty. Raises InputError ``invalid_value`` for any other value (it was read as "any" and every claim listed)."""
    if hedged in (None, ""):
        return None
    value = _HEDGED.get(hedged.strip().lower())
    if value is None:
        raise InputError(f"hedged: {hedged!r} is not yes or no", source="hedged", code="invalid_value",
                         hint="Use hedged=yes (only claims with hedging words) or hedged=no (only those without); "
                              "leave it out for both.")
    return value


def clean_confidence(value: str | None) -> float | None:
    """A 0-1 confidence from a form field; None when empty or not a number in range."""
    try:
        number = float(value) if value not in (None, "") else None
    except ValueError:
        return None
    return number if number is not None and 0.0 <= number <= 1.0 else None


def event_filters(request: Request, actor: str | None, type: str | None, modality: str | None, date_from: str | None,
                  date_to: str | None, min_confidence: str | None, show_all: bool, quad: str | None = None,
                  source: str | None = None, target: str | None = None) -> dict[str, Any]:
    """The timeline's filters from form values: unknown values dropped so the page always renders.
    Without ``show_all`` the precision-first rule applies: confidence at least the given minimum (else
    the configured floor) and both actors resolved. ``quad``: a PLOVER quad class (store.quads), the
    overview's "Kind"; ``source``/``target``: a dyad, as on the overview. A type, modality or quad the
    codebook lacks, a date not in the calendar or a confidence outside 0-1 raises InputError
    (``invalid_value`` naming the parameter): a page never lists every row for a filter it cannot apply."""
    from .overview import check_overview_args

    check_overview_args(modality, type, quad, min_confidence, date_from, date_to)
    floor = clean_confidence(min_confidence)
    if floor is None and not show_all:
        floor = readmodel.confidence_floor(request.app.state.settings)
    return {"actor": actor or None, "type": type.upper() if type and type.upper() in EVENT_TYPES else None,
            "modality": modality if modality in MODALITIES else None, "date_from": clean_date(date_from),
            "date_to": clean_date(date_to), "min_confidence": floor or None, "include_rejected": show_all,
            "confident": not show_all, "quad": quad if quad in QUADS else None, "source": source or None,
            "target": target or None}


@router.get("/favicon.ico")
def favicon() -> Response:
    """No icon: an empty answer, so browsers do not log a 404 on every page (pages also link data:)."""
    return Response(status_code=204)


@router.get("/", response_class=HTMLResponse)
def timeline(request: Request, actor: str | None = Query(None, max_length=200),
             type: str | None = Query(None, max_length=40), modality: str | None = Query(None, max_length=20),
             quad: str | None = Query(None, max_length=30), source: str | None = Query(None, max_length=200),
             target: str | None = Query(None, max_length=200),
             date_from: str | None = Query(None, max_length=10), date_to: str | None = Query(None, max_length=10),
             min_confidence: str | None = Query(None, max_length=10), all: bool = Query(False),
             offset: int = Query(0, ge=0, le=10_000_000), cursor: str | None = Query(None, max_length=500),
             store=Depends(get_store)) -> HTMLResponse:
    try:
        filters = event_filters(request, actor, type, modality, date_from, date_to, min_confidence, all, quad, source, target)
    except InputError as exc:
        return bad_filter(request, exc)
    try:
        # "older" links carry a cursor (a deep page costs as little as the first); offset still works alone.
        rows, next_cursor = readmodel.list_events(store, **filters, limit=PAGE, offset=offset, cursor=cursor or None)
    except InputError:
        rows, next_cursor = readmodel.list_events(store, **filters, limit=PAGE, offset=offset)
    names = link_names(store, [r["source_actor"] for r in rows] + [r["target_actor"] for r in rows])
    hidden = None if all else readmodel.hidden_event_count(
        store, filters["min_confidence"] or 0.0,
        **{k: v for k, v in filters.items() if k not in ("min_confidence", "include_rejected", "confident")})
    days: list[tuple[str, list[dict]]] = []
    for r in rows:
        day = (r.get("date") or r.get("published_at") or "undated")[:10]
        if not days or days[-1][0] != day:
            days.append((day, []))
        days[-1][1].append(r)
    params = {"actor": actor, "source": filters["source"], "target": filters["target"], "quad": filters["quad"],
              "type": filters["type"], "modality": filters["modality"], "date_from": filters["date_from"],
              "date_to": filters["date_to"], "min_confidence": clean_confidence(min_confidence), "all": "1" if all else None}
    return render(request, "timeline.html", download_table="events", days=days, names=names, params=params, types=EVENT_TYPES,
                  actor_hint=_actor_hint(store, bool(rows or offset), actor, source, target),
                  modalities=MODALITIES, quads=QUADS, offset=offset, show_all=all, hidden=hidden,
                  floor=readmodel.confidence_floor(request.app.state.settings), download_qs=qs(params),
                  next_qs=qs(params, offset=offset + PAGE, cursor=next_cursor) if next_cursor else None,
                  prev_qs=qs(params, offset=max(offset - PAGE, 0)) if offset else None)


def _actor_hint(store, listed: bool, actor: str | None, source: str | None, target: str | None) -> str | None:
    """For an empty first page: which id an actor filter given a name ('Hungary') should have had (the API's hint)."""
    from ..api.routes import actor_id_hint

    return None if listed else actor_id_hint(store, actor=actor, source=source, target=target)


@router.get("/events")
def events_list(request: Request) -> RedirectResponse:
    """The event list is the front page; /events (as /claims, /commitments) leads there with its filters."""
    query = request.url.query
    root = request.scope.get("root_path", "").rstrip("/")
    return RedirectResponse(f"{root}/" + (f"?{query}" if query else ""), status_code=307)


@router.get("/claims", response_class=HTMLResponse)
def claims(request: Request, kind: str | None = Query(None, max_length=20), actor: str | None = Query(None, max_length=200),
           hedged: str | None = Query(None, max_length=5), all: bool = Query(False), offset: int = Query(0, ge=0, le=10_000_000),
           claimant_kind: str | None = Query(None, max_length=20), store=Depends(get_store)) -> HTMLResponse:
    try:
        kind = claimant_kind_filter(kind, claimant_kind)
        hedge_filter = hedged_filter(hedged)
    except InputError as exc:
        return bad_filter(request, exc)
    rows = readmodel.list_claims(store, claimant_kind=kind, claimant=actor or None, hedged=hedge_filter,
                                 include_rejected=all, limit=PAGE, offset=offset)
    names = link_names(store, [r["claimant"] for r in rows])
    counts = readmodel.claim_counts(store, claimant_kind=kind, claimant=actor or None, hedged=hedge_filter,
                                    include_rejected=all)
    params = {"kind": kind, "actor": actor, "hedged": None if hedge_filter is None else ("yes" if hedge_filter else "no"),
              "all": "1" if all else None}
    return render(request, "claims.html", download_table="claims", rows=rows, names=names, params=params, kinds=CLAIMANT_KINDS,
                  counts=counts, offset=offset,
                  download_qs=qs(params), next_qs=qs(params, offset=offset + PAGE) if len(rows) == PAGE else None,
                  prev_qs=qs(params, offset=max(offset - PAGE, 0)) if offset else None)


@router.get("/actors", response_class=HTMLResponse)
def actors(request: Request, q: str | None = Query(None, max_length=200), offset: int = Query(0, ge=0),
           store=Depends(get_store)) -> HTMLResponse:
    found = store.list_actors(q or None, limit=PAGE, offset=offset)
    return render(request, "actors.html", actors=found, q=q or "", download_table="actors", download_qs=qs({"q": q}),
                  next_qs=qs({"q": q}, offset=offset + PAGE) if len(found) == PAGE else None)


@router.get("/actors/{actor_id:path}", response_class=HTMLResponse)
def actor(request: Request, actor_id: str, store=Depends(get_store)) -> HTMLResponse:
    try:
        profile = actor_profile(store, actor_id)
    except NotFoundError:
        return not_found(request, f"no actor with id {actor_id!r}",
                         [(f"Actors named like {actor_id!r}", "/actors" + qs({"q": actor_id})),
                          (f"Articles mentioning {actor_id!r}", "/search" + qs({"q": actor_id}))])
    events = readmodel.list_events(store, actor=actor_id, limit=20)[0]
    names = link_names(store, [r["source_actor"] for r in events] + [r["target_actor"] for r in events]
                       + [n["counterpart"] for n in profile["network"]])
    mentions = readmodel.fill_titles(store, corrections.apply_corrections(
        store, "mentions", store.query_mentions(actor_id=actor_id, limit=15), include_rejected=True))
    return render(request, "actor.html", p=profile, a=profile["actor"], graph=layout(profile["network"]),
                  events=events, names=names, mentions=mentions, events_qs=qs({"actor": actor_id}))


def _sentences(doc, analysis, alignments: dict) -> list[str]:
    if alignments:  # the trace's own sentences: alignment indices refer to them
        return [alignments[i].sentence for i in sorted(alignments)]
    if analysis and analysis.sentences:
        return [doc.text[s:e] for s, e in analysis.sentences]
    return [p for p in re.split(r"(?<=[.!?])\s+", doc.text) if p]


def _trace_rows(doc, analysis, sentences: list[str]):
    """Map an analysis (spaCy) sentence index to the trace row that overlaps it most."""
    if not analysis or not analysis.sentences:
        return lambda k: k
    rows = sentence_offsets(doc.text, sentences)

    def row_of(k: int) -> int:
        if k >= len(analysis.sentences):
            return k
        a, b = analysis.sentences[k]
        return max(range(len(rows)), key=lambda i: min(b, rows[i][1]) - max(a, rows[i][0]), default=k)

    return row_of


def _trace_cells(sentence: str, a) -> dict:
    """What the article page shows of one sentence's alignment ``a`` (None: not traced): label, evidence, track-changes
    segments, partly supported, the false credit apart from the other differences."""
    if a is None:
        return {"label": "none", "alignment": None, "evidence": None, "segments": [], "partly": False,
                "false_credit": None, "differences": []}
    return {"label": a.label, "alignment": a, "evidence": a.evidence[0] if a.evidence else None,
            "segments": segments(sentence, a.spans),
            "partly": readmodel.partly_supported(a),
            "false_credit": readmodel.false_credit(a),
            "differences": [d for d in a.differences if not d.startswith(readmodel.FALSE_CREDIT)]}


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def article(request: Request, doc_id: str, store=Depends(get_store)) -> HTMLResponse:
    try:
        doc = store.get_document(doc_id)
    except NotFoundError:
        return not_found(request, f"no document with id {doc_id!r}", [("Search articles", "/search" + qs({"q": doc_id}))])
    analysis = store.get_analysis(doc_id)
    alignments = {a.sentence_index: a for a in store.get_alignments(doc_id)}
    sentences = _sentences(doc, analysis, alignments)
    row_of = _trace_rows(doc, analysis, sentences) if alignments else (lambda k: k)
    claims = {row_of(c["sentence_index"]): c  # main claim wins
              for c in reversed(_as_listed(store, "claims", doc_id, "sentence_index, attribution_index, id"))}
    events: dict[int, list] = {}
    for e in _as_listed(store, "events", doc_id, "sentence_index, id"):
        events.setdefault(row_of(e["sentence_index"]), []).append(e)
    evidence_docs = readmodel.documents_brief(
        store, [ev.doc_id for a in alignments.values() for ev in a.evidence[:1]])
    rows = [{"index": i, "text": sentence, "claim": claims.get(i), "events": events.get(i, []),
             **_trace_cells(sentence, alignments.get(i))} for i, sentence in enumerate(sentences)]
    return render(request, "document.html", doc=doc, rows=rows, summary=trace_summary(list(alignments.values())),
                  traced=bool(alignments), evidence_docs=evidence_docs, title=readmodel.display_title(doc.title, doc.text),
                  source_languages=_other_languages(doc, evidence_docs.values()))


def _as_listed(store, table: str, doc_id: str, order: str) -> list[dict]:
    """A document's stored events or claims as the listings and exports show them: with their ids, analysts'
    corrections applied (a ``correction`` key), rejected records left out."""
    rows = store.read_sql(f'SELECT * FROM "{table}" WHERE doc_id = ? ORDER BY {order}', [doc_id])
    return corrections.apply_corrections(store, table, [from_row(table, r) for r in rows])


def _other_languages(doc, sources) -> list[str]:
    """The languages of the source documents that differ from the article's (a trace across languages compares
    numbers, dates, durations and names, not wording: the page says so)."""
    mine = (doc.language or "")[:2]
    return sorted({s["language"] for s in sources if mine and s.get("language") and s["language"][:2] != mine})


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: str | None = Query(None, max_length=500), store=Depends(get_store)) -> HTMLResponse:
    hits = readmodel.with_display_titles(store, store.search_documents(q, limit=50)) if q else []
    for h in hits:
        # The snippet marks matches with [ ]; split so the template escapes every piece and wraps matches in <mark>.
        h["parts"] = [(part, i % 2 == 1) for i, part in enumerate(re.split(r"\[|\]", h.get("snippet") or ""))]
    return render(request, "search.html", q=q or "", hits=hits)


@router.get("/clusters", response_class=HTMLResponse)
def clusters(request: Request, store=Depends(get_store)) -> HTMLResponse:
    found = store.list_clusters()[:200]
    brief = readmodel.documents_brief(store, [d for c in found for d in c.doc_ids])
    items = [{"cluster": c, "docs": sorted((brief[d] for d in c.doc_ids if d in brief),
                                           key=lambda b: b.get("published_at") or "")} for c in found]
    return render(request, "clusters.html", items=items)


@router.get("/commitments", response_class=HTMLResponse)
def commitments(request: Request, donor: str | None = Query(None, max_length=200),
                recipient: str | None = Query(None, max_length=200), category: str | None = Query(None, max_length=20),
                status: str | None = Query(None, max_length=20), all: bool = Query(False),
                offset: int = Query(0, ge=0, le=10_000), store=Depends(get_store)) -> HTMLResponse:
    from ..store.filter_values import check_category, check_status

    try:
        check_category(category or None)
        check_status(status or None)
    except InputError as exc:
        return bad_filter(request, exc)
    rows = readmodel.list_commitments(store, include_rejected=all, donor=donor or None, recipient=recipient or None,
                                      category=category or None, status=status or None, limit=PAGE * 2, offset=offset)
    names = link_names(store, [r["donor"] for r in rows] + [r["recipient"] for r in rows])
    params = {"donor": donor or "", "recipient": recipient or "", "category": category or "", "status": status or "",
              "all": "1" if all else None}
    return render(request, "commitments.html", download_table="commitments", rows=rows, names=names, params=params,
                  statuses=COMMITMENT_STATUSES, categories=COMMITMENT_CATEGORIES,
                  download_qs=qs(params), next_qs=qs(params, offset=offset + PAGE * 2) if len(rows) == PAGE * 2 else None)
