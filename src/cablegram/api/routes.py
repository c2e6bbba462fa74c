"""JSON endpoints under /api: read endpoints with filters and pagination, token-protected writes."""

from __future__ import annotations

import json
import re
from pathlib import PurePosixPath, PureWindowsPath
from typing import Any, Literal

from fastapi import APIRouter, Depends, File, Query, Request, Response, UploadFile
from pydantic import AliasChoices, BaseModel, ConfigDict, Field, field_validator

from ..errors import ConfigError, InputError, NotFoundError
from ..records import COMMITMENT_CATEGORIES, COMMITMENT_STATUSES, Document
from ..store import corrections, readmodel
from ..store.filter_values import check_category, check_status
from ..store.readmodel import actor_profile, alignment_row, trace_summary
from .deps import get_settings, get_store, require_token
from .errors import ApiError
from .security import public_source



def refuse_unknown_query(request: Request) -> None:
    """A GET parameter the endpoint does not take is refused (400 invalid_value), naming those it takes.

    Left unchecked, a filter an endpoint lacks (``/api/claims?date_from=2025-06``) was ignored and the whole list
    came back as if filtered."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if request.method != "GET" or dependant is None:
        return
    known = _query_names(dependant)
    unknown = sorted({key for key in request.query_params if key not in known})
    if unknown:
        path = getattr(route, "path", request.url.path)
        takes = ", ".join(sorted(known)) or "no query parameters"
        raise InputError(f"unknown query parameter{'s' if len(unknown) > 1 else ''} {', '.join(map(repr, unknown))}",
                         source=f"GET {path}", code="invalid_value",
                         hint=f"GET {path} takes: {takes} (the OpenAPI docs at /docs describe each).")


def _query_names(dependant) -> set[str]:
    """The query parameter names an endpoint reads, its dependencies' included."""
    names = {param.alias for param in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


router = APIRouter(prefix="/api", dependencies=[Depends(refuse_unknown_query)])

Modality = Literal["occurred", "planned", "hypothetical", "negated"]
ClaimantKind = Literal["named", "organisation", "anonymous", "analysts", "outlet", "none"]
ISO_DATE = readmodel.ISO_DATE
Limit = Query(50, ge=1, le=1000, description="Page size (1-1000)")
Offset = Query(0, ge=0, le=10_000_000, description="Rows to skip")
Versions = Query("latest", pattern="^(latest|all)$",
                 description="latest (default): only the rows of each document's latest version; all: also those of "
                             "superseded versions (a page changed at the same URL, or a file at the same path, is a "
                             "new version). Not the same as all=true.")
_TEXT_SUFFIXES = {".txt": False, ".md": True, ".markdown": True}
_HTML_SUFFIXES = {".html", ".htm"}


def page(items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    """The paginated envelope: ``next_offset`` is null on the last page."""
    return {"items": items, "limit": limit, "offset": offset,
            "next_offset": offset + limit if len(items) == limit else None}


def events_page(store, country: str | None = None, cursor: str | None = None, **filters: Any) -> tuple[list[dict], str | None]:
    """A page of events (corrections applied) and the next page's cursor; ``country`` matches the state and its actors."""
    return readmodel.list_events(store, country=country, cursor=cursor, **filters)


# -- read ----------------------------------------------------------------------------------------
@router.get("/stats", summary="Row counts per table")
def stats(store=Depends(get_store)) -> dict[str, int]:
    return store.counts()


@router.get("/documents", summary="List documents, or full-text search them with q")
def documents(q: str | None = Query(None, max_length=500, description="Full-text query (all words required)"),
              publisher: str | None = Query(None, max_length=200), primary: bool | None = None,
              limit: int = Limit, offset: int = Offset, versions: str = Versions,
              store=Depends(get_store)) -> dict[str, Any]:
    if q:
        # FTS ranks the best matches first; pages are cut from the top (limit+offset) hits.
        hits = store.search_documents(q, limit=limit + offset, all_versions=versions == "all")[offset:]
        return page(hits, limit, offset)
    return page(readmodel.list_documents(store, publisher, primary, limit, offset, all_versions=versions == "all"),
                limit, offset)


@router.get("/documents/{doc_id}", summary="One document with its text")
def document(doc_id: str, store=Depends(get_store)) -> dict[str, Any]:
    doc = store.get_document(doc_id).to_dict()
    doc.pop("raw", None)
    doc["source"] = public_source(doc.get("source"))  # never a server file path
    if isinstance(doc.get("meta"), dict) and isinstance(doc["meta"].get("feed"), str):
        doc["meta"]["feed"] = public_source(doc["meta"]["feed"])
    return doc


@router.get("/documents/{doc_id}/analysis", summary="Everything the pipeline found in a document")
def analysis(doc_id: str, store=Depends(get_store)) -> dict[str, Any]:
    store.get_document(doc_id)  # 404 for unknown ids
    result = store.get_analysis(doc_id)
    if result is None:
        raise InputError(f"document {doc_id!r} has not been processed yet", source="doc_id",
                         hint="Run `cablegram process` (or let `cablegram watch` pick it up).", code="not_processed")
    return result.to_dict()


@router.get("/documents/{doc_id}/trace", summary="Each sentence of a document against its primary sources")
def trace(doc_id: str, store=Depends(get_store)) -> dict[str, Any]:
    store.get_document(doc_id)
    alignments = store.get_alignments(doc_id)
    return {"doc_id": doc_id, "summary": trace_summary(alignments),
            "alignments": [alignment_row(a) for a in alignments]}


@router.get("/events", summary="PLOVER events, newest first")
def events(actor: str | None = Query(None, max_length=200), type: str | None = Query(None, max_length=40),
           quad: str | None = Query(None, max_length=30, description="PLOVER quad class: verbal-cooperation, "
                                    "material-cooperation, verbal-conflict, material-conflict, cooperation, conflict"),
           source: str | None = Query(None, max_length=200, description="Source actor id (a dyad with target)"),
           target: str | None = Query(None, max_length=200, description="Target actor id"),
           mode: str | None = Query(None, max_length=60), modality: Modality | None = None,
           date_from: str | None = Query(None, pattern=ISO_DATE), date_to: str | None = Query(None, pattern=ISO_DATE),
           publisher: str | None = Query(None, max_length=200),
           country: str | None = Query(None, pattern=r"^[A-Za-z]{3}$", description="ISO 3166 alpha-3"),
           doc_id: str | None = Query(None, max_length=100), limit: int = Limit, offset: int = Offset,
           cursor: str | None = Query(None, max_length=500, description="next_cursor of the previous page: "
                                      "fast deep paging (offset is then ignored)"),
           min_confidence: float | None = Query(None, ge=0, le=1, description="Events at or above this confidence "
                                                "[default: the server's event_min_confidence]"),
           all: bool = Query(False, description="Every event: also those below the confidence floor, those without "
                                                "both actors resolved, and those an analyst rejected"),
           unique: bool = Query(False, description="One item per happening: events of one story (a cluster, or one "
                                "document) with the same type, dyad, day and modality merged, with the number of "
                                "reports (events, documents); most reported first; paged by offset (no cursor)"),
           versions: str = Versions, store=Depends(get_store), settings=Depends(get_settings)) -> dict[str, Any]:
    if min_confidence is None and not all:
        min_confidence = readmodel.confidence_floor(settings)
    if unique and cursor:
        raise InputError("cursor: unique=true pages by offset, not by cursor", source="cursor", code="invalid_value",
                         hint="Drop cursor and pass offset (the next_offset of the previous page).")
    if unique:
        rows, _ = readmodel.list_unique_events(
            store, country=country, actor=actor, type=type, quad=quad, source=source, target=target, mode=mode,
            modality=modality, date_from=date_from, date_to=date_to, publisher=publisher, doc_id=doc_id,
            min_confidence=min_confidence, include_rejected=all, confident=not all, all_versions=versions == "all")
        more = offset + limit < len(rows)
        return {**page(rows[offset:offset + limit], limit, offset), "next_offset": offset + limit if more else None,
                "next_cursor": None}
    items, next_cursor = events_page(store, country=country, cursor=cursor, actor=actor, type=type, quad=quad,
                                     source=source, target=target, mode=mode,
                                     modality=modality, date_from=date_from, date_to=date_to, publisher=publisher,
                                     doc_id=doc_id, limit=limit, offset=offset, min_confidence=min_confidence,
                                     include_rejected=all, confident=not all, all_versions=versions == "all")
    envelope = page(items, limit, offset)
    if cursor:
        envelope["next_offset"] = None  # the position of a cursor page is not counted
    hint = None if items or offset or cursor else actor_id_hint(store, actor=actor, source=source, target=target)
    return {**envelope, "next_cursor": next_cursor, **({"hint": hint} if hint else {})}


def hinted(envelope: dict[str, Any], store, **options: str | None) -> dict[str, Any]:
    """``envelope`` with the :func:`actor_id_hint` of an empty first page, when there is one."""
    hint = None if envelope["items"] or envelope["offset"] else actor_id_hint(store, **options)
    return {**envelope, "hint": hint} if hint else envelope


def actor_id_hint(store, **options: str | None) -> str | None:
    """For an empty answer: an actor parameter given a stored actor's name or an id in another case ('Hungary',
    'hun') matched nothing, since rows hold ids; say which id to pass. None when every value is an id or no
    stored actor has that name."""
    said = []
    for name, value in options.items():
        known = stored_actor_id(store, value) if value and value.strip() else None
        if known and known != value:
            said.append(f"{name} takes an actor id: {value!r} is {known} ({name}={known})")
    return "; ".join(said) or None


def stored_actor_id(store, value: str) -> str | None:
    """The id of the one stored actor ``value`` names (id in any case, name or alias), else None."""
    for candidate in dict.fromkeys((value, value.strip().upper())):  # as given, then a state's code in capitals
        try:
            return store.get_actor(candidate).id
        except NotFoundError:
            continue
    folded = value.strip().casefold()
    ids = {a.id for a in store.list_actors(value.strip(), limit=50)
           if folded in {a.id.casefold(), a.name.casefold(), *(alias.casefold() for alias in a.aliases)}}
    return ids.pop() if len(ids) == 1 else None


@router.get("/actors", summary="Actors (knowledge base and new ones seen in text)")
def actors(q: str | None = Query(None, max_length=200), limit: int = Limit, offset: int = Offset,
           store=Depends(get_store)) -> dict[str, Any]:
    return page([a.to_dict() for a in store.list_actors(q, limit=limit, offset=offset)], limit, offset)


@router.get("/actors/{actor_id:path}", summary="One actor: aliases, roles over time, counterparts, latest claims")
def actor(actor_id: str, versions: str = Versions, store=Depends(get_store)) -> dict[str, Any]:
    return actor_profile(store, actor_id, all_versions=versions == "all")


@router.get("/claims", summary="Reported statements and who made them (analysts' corrections applied)")
def claims(claimant_kind: ClaimantKind | None = None,
           kind: ClaimantKind | None = Query(None, description="Same as claimant_kind (the dashboard's name)"),
           claimant: str | None = Query(None, max_length=200),
           hedged: bool | None = Query(None, description="true: only claims with hedging words; false: only without"),
           doc_id: str | None = Query(None, max_length=100), limit: int = Limit, offset: int = Offset,
           all: bool = Query(False, description="Every row: also sentences without a claimant (claimant_kind none) "
                                                "and claims an analyst rejected"),
           versions: str = Versions, store=Depends(get_store)) -> dict[str, Any]:
    return hinted(page(readmodel.list_claims(store, claimant_kind=claimant_kind or kind, claimant=claimant,
                                             hedged=hedged, doc_id=doc_id, include_rejected=all, limit=limit,
                                             offset=offset, all_versions=versions == "all"), limit, offset),
                  store, claimant=claimant)


@router.get("/commitments", summary="The support ledger: pledges, allocations, deliveries")
def commitments(donor: str | None = Query(None, max_length=200), recipient: str | None = Query(None, max_length=200),
                category: str | None = Query(None, max_length=40, description=" | ".join(COMMITMENT_CATEGORIES)),
                status: str | None = Query(None, max_length=40, description=" | ".join(COMMITMENT_STATUSES)),
                limit: int = Limit, offset: int = Offset,
                all: bool = Query(False, description="Also commitments an analyst rejected"),
                versions: str = Versions, store=Depends(get_store)) -> dict[str, Any]:
    return hinted(page(readmodel.list_commitments(store, include_rejected=all, donor=donor, recipient=recipient,
                                                  category=check_category(category), status=check_status(status),
                                                  limit=limit, offset=offset, all_versions=versions == "all"),
                       limit, offset), store, donor=donor, recipient=recipient)


@router.get("/clusters", summary="Story clusters with their earliest and primary documents")
def clusters(limit: int = Limit, offset: int = Offset, store=Depends(get_store)) -> dict[str, Any]:
    chosen = store.list_clusters()[offset:offset + limit]
    brief = readmodel.documents_brief(store, [d for c in chosen for d in c.doc_ids])
    items = [{**c.to_dict(), "documents": [brief[d] for d in c.doc_ids if d in brief]} for c in chosen]
    return page(items, limit, offset)


@router.get("/corrections", summary="Analysts' corrections, oldest first")
def list_corrections(record_id: str | None = Query(None, max_length=100),
                     record_table: Literal["events", "claims", "commitments", "mentions"] | None = None,
                     limit: int = Limit, offset: int = Offset, store=Depends(get_store)) -> dict[str, Any]:
    return page(corrections.list_corrections(store, record_table, record_id, limit, offset), limit, offset)


@router.get("/corrections/export", summary="Corrections as JSON Lines: the change log (kind=log) or labelled "
                                           "training examples (kind=training); see docs/corrections.md")
def export_corrections(kind: Literal["log", "training"] = "log", store=Depends(get_store)) -> Response:
    rows = corrections.change_log(store) if kind == "log" else corrections.training_examples(store)
    body = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    return Response(body, media_type="application/x-ndjson; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="cablegram-corrections-{kind}.jsonl"'})


# -- write (bearer token) --------------------------------------------------------------------------
class CorrectionRequest(BaseModel):
    record_id: str = Field(..., max_length=100, description="Id of an event (evt_…), claim (clm_…), commitment "
                                                            "(com_…) or actor mention (men_…)")
    action: Literal["confirm", "correct", "reject"]
    field: str | None = Field(None, max_length=40, description="With action=correct: the field to change")
    value: Any = Field(None, description="With action=correct: the new value")
    reason: str | None = Field(None, max_length=2000, description="Why (required for correct and reject)")
    author: str | None = Field(None, max_length=200)


@router.post("/corrections", status_code=201, dependencies=[Depends(require_token)],
             summary="Confirm, correct or reject a record (token required); applied in every listing and export")
def add_correction(body: CorrectionRequest, store=Depends(get_store), settings=Depends(get_settings)) -> dict[str, Any]:
    from ..kb import actor_files

    c = corrections.add_correction(store, corrections.table_of(body.record_id), body.record_id, body.action,
                                   body.field, body.value, body.reason, body.author, actor_files=actor_files(settings))
    return c.to_dict()


class IngestRequest(BaseModel):
    url: str = Field(..., max_length=2000, description="An http(s) page or RSS/Atom feed URL")


class TextUpload(BaseModel):
    # A key the model lacks is refused (422 naming it), never dropped: a misspelt field lost its value silently.
    model_config = ConfigDict(extra="forbid")

    text: str = Field(..., min_length=1)
    title: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=2000)
    publisher: str | None = Field(None, max_length=300)
    published_at: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}", max_length=40,
                                     validation_alias=AliasChoices("published_at", "date"),
                                     description="ISO date or date-time, e.g. 2024-03-05 or 2024-03-05T09:30:00Z "
                                                 "(`date` is read too, as in JSON Lines records)")
    is_primary: bool = False

    @field_validator("published_at")
    @classmethod
    def _in_the_calendar(cls, value: str | None) -> str | None:
        """2024-02-30, 2024-13-01 or a date followed by other text is refused, not stored as written."""
        if value is None:
            return None
        from datetime import datetime

        try:
            datetime.fromisoformat(value)
        except ValueError:
            raise ValueError("not an ISO date or date-time in the calendar; use e.g. 2024-03-05 or "
                             "2024-03-05T09:30:00Z") from None
        return value


def _check_http_url(url: str) -> str:
    # Only remote pages: the API must never read server-side files or other schemes on a client's behalf.
    if not re.match(r"^https?://[^\s/]+", url, flags=re.IGNORECASE):
        raise InputError("only http:// and https:// URLs can be ingested through the API", source=url,
                         hint="Give a full web address, e.g. https://example.org/feed.xml.", code="invalid_value")
    return url


def _ingest(store, settings, sources: list[str]) -> dict[str, Any]:
    try:
        from ..ingest import ingest_sources
    except ImportError as exc:
        raise ConfigError(f"ingestion is not available in this installation ({exc})",
                          hint="Reinstall cablegram with its ingest dependencies.", code="missing_extra") from exc
    summary = ingest_sources(store, sources, settings)
    # ``failed`` keeps its [source, message] pairs; ``errors`` says the same failures with the error code and
    # what to do about each (the hint `cablegram ingest` prints).
    return {"inserted": summary.inserted, "duplicates": summary.duplicates, "new_versions": summary.new_versions,
            "failed": [_failure(f) for f in summary.failed], "doc_ids": list(summary.doc_ids),
            "errors": [{"source": e.source, **e.to_dict()} for e in summary.errors]}


def _failure(item: Any) -> Any:
    if hasattr(item, "to_dict"):
        return item.to_dict()
    if isinstance(item, (list, tuple)):
        return [str(x) for x in item]
    return str(item)


@router.post("/ingest", status_code=201, dependencies=[Depends(require_token)],
             summary="Fetch and store a page or a feed by URL (token required)")
async def ingest(body: IngestRequest, request: Request, store=Depends(get_store),
                 settings=Depends(get_settings)) -> dict[str, Any]:
    # Fetched in a bounded pool of its own: slow servers never hold the threads that serve reads.
    return await request.app.state.fetch_pool.run(_ingest, store, settings, [_check_http_url(body.url)])


@router.post("/documents", status_code=201, dependencies=[Depends(require_token)],
             summary="Store a document given as JSON text (token required)")
def add_text(body: TextUpload, store=Depends(get_store)) -> dict[str, Any]:
    if not body.text.strip():
        raise InputError("text is empty", source="text", hint="Send the article text in the 'text' field.", code="empty_input")
    from ..ingest.quality import finish_document

    doc = finish_document(Document(text=body.text, title=body.title, url=body.url, publisher=body.publisher,
                                   published_at=body.published_at, is_primary=body.is_primary, source="api:json",
                                   meta={"format": "api"}))
    status = store.add_document(doc)
    return {"id": doc.id, "status": status, **_quality(doc)}


def _quality(doc: Document) -> dict[str, Any]:
    """What ingest found in a stored document: ``quality`` (its flag names, docs/codebook.md) and ``held_back``
    (whether a flag keeps it from being coded until ``cablegram process --include-flagged``)."""
    from ..ingest.quality import holds_back

    return {"quality": list(doc.quality or []), "held_back": holds_back(doc)}


def safe_filename(name: str | None) -> str:
    """The last path component of an uploaded file's name (either separator), never a path."""
    base = PureWindowsPath(PurePosixPath(name or "").name).name
    base = re.sub(r"[^\w.\- ]", "_", base).strip(" .")
    return base[:200] or "upload.txt"


@router.post("/upload", status_code=201, dependencies=[Depends(require_token)],
             summary="Store an uploaded .txt, .md or .html file (token required)")
async def upload(request: Request, file: UploadFile = File(...), store=Depends(get_store)) -> dict[str, Any]:
    from ..ingest.sources import document_from_bytes

    limit = request.app.state.settings.max_upload_bytes
    data = await file.read(limit + 1)
    if len(data) > limit:
        raise ApiError(413, "payload_too_large", f"upload is larger than {limit} bytes",
                       "Split the file or raise CABLEGRAM_MAX_UPLOAD_BYTES on the server.")
    name = safe_filename(file.filename)
    suffix = PurePosixPath(name).suffix.lower()
    # The name is only a label: nothing is written to disk, so no path from the client is ever opened.
    source = f"upload:{name}"
    if suffix not in _HTML_SUFFIXES and suffix not in _TEXT_SUFFIXES and suffix != "":
        raise ApiError(415, "unsupported_media_type", f"cannot read {suffix!r} files",
                       "Upload .txt, .md or .html; convert other formats to text first.")
    if not data.strip():
        raise InputError("uploaded file is empty", source=name, hint="Upload a file with text in it.", code="empty_input")
    # The same decoding, cleaning and quality checks as `cablegram ingest` (flags stored on the document).
    doc = document_from_bytes(data, source, html=suffix in _HTML_SUFFIXES, markdown=_TEXT_SUFFIXES.get(suffix, False))
    status = store.add_document(doc)
    return {"id": doc.id, "status": status, "filename": name, **_quality(doc)}


class TraceRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")  # a misspelt key ("sources") is a 422, not a trace against other sources
    source_ids: list[str] | None = Field(None, max_length=50, description="Primary documents to trace against; "
                                         "default: stored primary sources within Settings.trace_window_days")


def _source_document(store, doc_id: str, source_id: str) -> Document:
    """A stored document given in ``source_ids``: never the document itself (its stored trace would be replaced by
    one that calls every sentence supported), and an unknown id is named as a source id."""
    if source_id == doc_id:
        raise InputError(f"{source_id!r} is the document being traced; a document is not its own source",
                         source="source_ids", code="invalid_value",
                         hint="Pass the ids of the readouts it restates, or leave source_ids out to rank the store's "
                              "primary sources.")
    try:
        return store.get_document(source_id)
    except NotFoundError:
        raise NotFoundError(f"no document with id {source_id!r}", source="source_ids",
                            hint="List document ids with GET /api/documents?primary=true (or `cablegram documents`)."
                            ) from None


@router.post("/documents/{doc_id}/trace", dependencies=[Depends(require_token)],
             summary="Trace a document against primary sources and store the result (token required)")
def retrace(doc_id: str, body: TraceRequest | None = None, store=Depends(get_store),
            settings=Depends(get_settings)) -> dict[str, Any]:
    from ..provenance.trace import restates_nothing, trace as run_trace

    article = store.get_document(doc_id)
    if body and body.source_ids:
        sources = [_source_document(store, doc_id, s) for s in body.source_ids]
    else:  # the provenance service's policy: date window, rank, threshold below which no source is claimed
        from ..provenance.service import best_sources

        sources = best_sources(store, article, settings)
    if not sources:
        raise InputError("no primary source to trace against", source=doc_id,
                         hint="Ingest the official readout or statement as a primary source, or pass source_ids.",
                         code="no_primary_source")
    report = run_trace(article, sources, settings=settings)
    if restates_nothing(report):
        # Shares nothing with the source: not "100 % added" against a readout it never used (as `cablegram trace`).
        raise InputError("no sentence of the document is supported or altered by the source(s) "
                         f"{', '.join(s.id for s in sources)}: it does not restate them, so nothing is saved",
                         source=doc_id, code="no_primary_source",
                         hint="Pass in source_ids the readout this document restates, or leave them out to rank the "
                              "store's primary sources; a document that restates no readout has no trace.")
    store.save_alignments(doc_id, report.alignments())
    alignments = store.get_alignments(doc_id)
    return {"doc_id": doc_id, "sources": report.sources, "notes": report.notes,
            "summary": trace_summary(alignments), "alignments": [alignment_row(a) for a in alignments]}
