"""Dashboard pages: timeline, actor, article trace, clusters, commitments, search. Server-rendered, escaped."""

from __future__ import annotations

import re
from importlib.resources import files
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from ..api.deps import get_store
from ..store import readmodel
from ..store.readmodel import actor_profile, trace_summary
from ..errors import InputError
from ..records import MODALITIES
from .graph import layout

EVENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
               "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
PAGE = 50

router = APIRouter(include_in_schema=False)


def install_web(app: FastAPI) -> None:
    """Mount the static files and templates from the installed package, and the page routes."""
    base = files("cablegram.web")
    app.state.templates = Jinja2Templates(directory=str(base / "templates"))
    app.mount("/static", StaticFiles(directory=str(base / "static")), name="static")
    app.include_router(router)


def render(request: Request, name: str, **context: Any) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(request, name, context)


def _qs(params: dict[str, Any], **changes: Any) -> str:
    merged = {k: v for k, v in {**params, **changes}.items() if v not in (None, "", 0)}
    return "?" + urlencode(merged) if merged else "?"


@router.get("/", response_class=HTMLResponse)
def timeline(request: Request, actor: str | None = Query(None, max_length=200),
             type: str | None = Query(None, max_length=40), modality: str | None = Query(None, max_length=20),
             date_from: str | None = Query(None, max_length=10), date_to: str | None = Query(None, max_length=10),
             offset: int = Query(0, ge=0, le=10_000_000), cursor: str | None = Query(None, max_length=500),
             store=Depends(get_store)) -> HTMLResponse:
    # Forms send empty fields; unknown values are dropped rather than refused, so the page always renders.
    modality = modality if modality in MODALITIES else None
    date_from = date_from if date_from and re.match(readmodel.ISO_DATE, date_from) else None
    date_to = date_to if date_to and re.match(readmodel.ISO_DATE, date_to) else None
    type = type.upper() if type and type.upper() in EVENT_TYPES else None
    filters = dict(actor=actor or None, type=type, modality=modality, date_from=date_from, date_to=date_to, limit=PAGE)
    try:
        # "older" links carry a cursor (a deep page costs as little as the first); offset still works alone.
        rows, next_cursor = store.events_page(**filters, offset=offset, cursor=cursor or None)
    except InputError:
        rows, next_cursor = store.events_page(**filters, offset=offset)
    names = readmodel.actor_names(store, [r["source_actor"] for r in rows] + [r["target_actor"] for r in rows])
    days: list[tuple[str, list[dict]]] = []
    for r in rows:
        day = (r.get("date") or r.get("published_at") or "undated")[:10]
        if not days or days[-1][0] != day:
            days.append((day, []))
        days[-1][1].append(r)
    params = {"actor": actor, "type": type, "modality": modality, "date_from": date_from, "date_to": date_to}
    return render(request, "timeline.html", days=days, names=names, params=params, types=EVENT_TYPES,
                  modalities=MODALITIES, offset=offset,
                  next_qs=_qs(params, offset=offset + PAGE, cursor=next_cursor) if next_cursor else None,
                  prev_qs=_qs(params, offset=max(offset - PAGE, 0)) if offset else None)


@router.get("/actors", response_class=HTMLResponse)
def actors(request: Request, q: str | None = Query(None, max_length=200), offset: int = Query(0, ge=0),
           store=Depends(get_store)) -> HTMLResponse:
    found = store.list_actors(q or None, limit=PAGE, offset=offset)
    return render(request, "actors.html", actors=found, q=q or "",
                  next_qs=_qs({"q": q}, offset=offset + PAGE) if len(found) == PAGE else None)


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor(request: Request, actor_id: str, store=Depends(get_store)) -> HTMLResponse:
    profile = actor_profile(store, actor_id)
    events = store.query_events(actor=actor_id, limit=20)
    names = readmodel.actor_names(store, [r["source_actor"] for r in events] + [r["target_actor"] for r in events])
    return render(request, "actor.html", p=profile, a=profile["actor"], graph=layout(profile["network"]),
                  events=events, names=names)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def article(request: Request, doc_id: str, store=Depends(get_store)) -> HTMLResponse:
    doc = store.get_document(doc_id)
    analysis = store.get_analysis(doc_id)
    alignments = {a.sentence_index: a for a in store.get_alignments(doc_id)}
    if analysis and analysis.sentences:
        sentences = [doc.text[s:e] for s, e in analysis.sentences]
    elif alignments:
        sentences = [alignments[i].sentence for i in sorted(alignments)]
    else:
        sentences = [p for p in re.split(r"(?<=[.!?])\s+", doc.text) if p]
    claims = {c.sentence_index: c for c in (analysis.claims if analysis else [])}
    events: dict[int, list] = {}
    for e in (analysis.events if analysis else []):
        events.setdefault(e.sentence_index, []).append(e)
    evidence_docs = readmodel.documents_brief(
        store, [ev.doc_id for a in alignments.values() for ev in a.evidence[:1]])
    rows = []
    for i, sentence in enumerate(sentences):
        a = alignments.get(i)
        rows.append({"index": i, "text": sentence, "label": a.label if a else "none", "alignment": a,
                     "evidence": a.evidence[0] if a and a.evidence else None, "claim": claims.get(i),
                     "events": events.get(i, [])})
    return render(request, "document.html", doc=doc, rows=rows, summary=trace_summary(list(alignments.values())),
                  traced=bool(alignments), evidence_docs=evidence_docs)


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: str | None = Query(None, max_length=500), store=Depends(get_store)) -> HTMLResponse:
    hits = store.search_documents(q, limit=50) if q else []
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
                status: str | None = Query(None, max_length=20), store=Depends(get_store)) -> HTMLResponse:
    rows = store.query_commitments(donor=donor or None, recipient=recipient or None, category=category or None,
                                   status=status or None, limit=500)
    names = readmodel.actor_names(store, [r["donor"] for r in rows] + [r["recipient"] for r in rows])
    return render(request, "commitments.html", rows=rows, names=names,
                  params={"donor": donor or "", "recipient": recipient or "", "category": category or "",
                          "status": status or ""})
