"""Record pages (an event, claim or commitment with its sentence, spans and corrections) and the
correction form that posts to ``/corrections`` (token-protected, like the API's writes)."""

from __future__ import annotations

import hmac
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from ..api.deps import get_store
from ..errors import CablegramError, InputError
from ..store import corrections, readmodel
from ..kb import actor_files
from ..store.base import from_row
from ..store.correction_values import closed_choices
from .actor_links import link_names
from .pages import not_found, render

router = APIRouter(include_in_schema=False)

KINDS = {"events": "event", "claims": "claim", "commitments": "commitment", "mentions": "actor mention"}
# Columns that name the record on its page (spans fall back to these texts when absent).
_FALLBACK_SPANS = {"events": (("trigger", "trigger"), ("source", "source_text"), ("target", "target_text"),
                              ("place", "place")),
                   "claims": (("claimant", "claimant_text"), ("cue", "cue")),
                   "commitments": (("amount", "amount_text"),), "mentions": ()}


def sentence_parts(sentence: str, offset: int, spans: dict[str, Any] | None,
                   fallbacks: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """The sentence cut into (text, label) pieces, label naming the span (trigger, source, …) or None.

    ``spans`` hold document offsets ({name: [start, end]}); ``offset`` is the sentence's start in the
    document. Names without a span are found by their text (first occurrence) from ``fallbacks``.
    Where spans overlap the shorter one is marked (a cue inside a claim's content stays visible)."""
    marks = _span_marks(sentence, offset, spans)
    named = {m[2] for m in marks}
    for name, text in fallbacks:
        if name not in named and text and text in sentence:
            start = sentence.index(text)
            marks.append((start, start + len(text), name))
    chosen: list[tuple[int, int, str]] = []
    for start, end, name in sorted(marks, key=lambda m: (m[1] - m[0], m[0])):
        if all(end <= s or start >= e for s, e, _ in chosen):
            chosen.append((start, end, name))
    parts, pos = [], 0
    for start, end, name in sorted(chosen):
        if start > pos:
            parts.append((sentence[pos:start], None))
        parts.append((sentence[start:end], name))
        pos = end
    if pos < len(sentence):
        parts.append((sentence[pos:], None))
    return parts


def _span_marks(sentence: str, offset: int, spans: dict[str, Any] | None) -> list[tuple[int, int, str]]:
    """(start, end, name) within the sentence for each well-formed span that lies inside it."""
    marks = []
    for name, span in (spans or {}).items():
        if isinstance(span, (list, tuple)) and len(span) == 2 and all(isinstance(x, int) for x in span):
            start, end = span[0] - offset, span[1] - offset
            if 0 <= start < end <= len(sentence):
                marks.append((start, end, name))
    return marks


def _sentence_offset(store, doc_id: str, index: int | None) -> int | None:
    analysis = store.get_analysis(doc_id)
    if analysis and analysis.sentences and index is not None and 0 <= index < len(analysis.sentences):
        return analysis.sentences[index][0]
    return None


@router.get("/events/{record_id}", response_class=HTMLResponse)
def event_page(request: Request, record_id: str, store=Depends(get_store)) -> HTMLResponse:
    return record_page(request, "events", record_id, store)


@router.get("/claims/{record_id}", response_class=HTMLResponse)
def claim_page(request: Request, record_id: str, store=Depends(get_store)) -> HTMLResponse:
    return record_page(request, "claims", record_id, store)


@router.get("/commitments/{record_id}", response_class=HTMLResponse)
def commitment_page(request: Request, record_id: str, store=Depends(get_store)) -> HTMLResponse:
    return record_page(request, "commitments", record_id, store)


@router.get("/mentions/{record_id}", response_class=HTMLResponse)
def mention_page(request: Request, record_id: str, store=Depends(get_store)) -> HTMLResponse:
    """An actor mention: the name as written in its sentence and the actor it was resolved to (correctable)."""
    return record_page(request, "mentions", record_id, store)


def _mention_context(store, row: dict[str, Any], doc) -> None:
    """Give a mention row the sentence and span the other records carry (mentions store only offsets)."""
    analysis = store.get_analysis(row["doc_id"])
    index = row.get("sentence_index") or 0
    if analysis and analysis.sentences and index < len(analysis.sentences):
        start, end = analysis.sentences[index]
    else:
        start, end = max(0, row["start"] - 200), min(len(doc.text), row["end"] + 200)
    row["sentence"] = doc.text[start:end]
    row["spans"] = {"mention": [row["start"], row["end"]]}


def record_page(request: Request, table: str, record_id: str, store, *, form_error: str | None = None,
                status_code: int = 200, form: dict[str, str] | None = None) -> HTMLResponse:
    """One record with its highlighted sentence, a link to it in the article, its corrections and the form
    (``form_error``: why the last submission was refused, shown above the form refilled from ``form``)."""
    rows = store.read_sql(f'SELECT * FROM "{table}" WHERE id = ?', [record_id])
    if not rows:
        return not_found(request, f"no {KINDS[table]} with id {record_id!r} (it may have been reprocessed away)",
                         [("Events", "/"), ("Claims", "/claims"), ("Commitments", "/commitments")])
    row = corrections.apply_corrections(store, table, [from_row(table, rows[0])], include_rejected=True)[0]
    doc = store.get_document(row["doc_id"])
    if table == "mentions":
        _mention_context(store, row, doc)
    offset = _sentence_offset(store, row["doc_id"], row.get("sentence_index"))
    sentence = row.get("sentence") or ""
    if offset is None and sentence and sentence in doc.text:
        offset = doc.text.index(sentence)
    fallbacks = [(name, row.get(col)) for name, col in _FALLBACK_SPANS[table]]
    parts = sentence_parts(sentence, offset or 0, row.get("spans") if offset is not None else None, fallbacks)
    names = link_names(store, [row.get(k) for k in ("source_actor", "target_actor", "claimant", "donor",
                                                               "recipient", "actor_id")])
    history = corrections.list_corrections(store, record_table=table, record_id=record_id, limit=200)
    return render(request, "record.html", table=table, kind=KINDS[table], r=row, doc=doc, parts=parts, names=names,
                  title=readmodel.display_title(doc.title, doc.text), history=history,
                  fields=corrections.CORRECTABLE[table], choices=_choices(table, row.get("type")),
                  token_configured=bool(request.app.state.settings.api_token),
                  saved=request.query_params.get("saved"), form_error=form_error, form=form or {},
                  status_code=status_code)


def _choices(table: str, event_type: str | None) -> dict[str, tuple[str, ...]]:
    """field -> allowed values, for the form's select of closed-set values (an event's modes: of its type)."""
    out = {}
    for name in corrections.CORRECTABLE[table]:
        allowed = closed_choices(table, name, event_type)
        if allowed:
            out[name] = allowed
    return out


def _picked(choice: str, field: str) -> tuple[str, str]:
    """(field, value) from the form's closed-set select (``field:value``), checked against the Field select."""
    picked_field, _, picked_value = choice.partition(":")
    if field and field != picked_field:
        raise InputError(f"the picked value is a {picked_field} but the field chosen is {field}", source="field",
                         hint="Leave Field empty when picking a value from the list, or choose the matching field.")
    return picked_field, picked_value


def _safe_back(back: str | None, fallback: str) -> str:
    # Only local paths: never redirect to another site.
    return back if back and back.startswith("/") and not back.startswith("//") and "\\" not in back else fallback


@router.post("/corrections", response_class=HTMLResponse)
def correction_form(request: Request, record_id: str = Form(..., max_length=100), action: str = Form(..., max_length=20),
                    field: str = Form("", max_length=40), value: str = Form("", max_length=2000),
                    choice: str = Form("", max_length=100),
                    reason: str = Form("", max_length=2000), author: str = Form("", max_length=200),
                    token: str = Form("", max_length=500), back: str = Form("", max_length=500),
                    store=Depends(get_store)):
    """Save a correction from a record page; the API token is typed into the form. A refused submission
    (read-only server 403, wrong token 401, a bad field or value 400) answers with the record page again,
    the message above the form and the form refilled (never the token)."""
    table = corrections.table_of(record_id)
    refill = {"action": action, "field": field, "value": value, "reason": reason, "author": author}
    refusal = _token_refusal(request, token)
    if refusal:
        status, exc = refusal
        return record_page(request, table, record_id, store, status_code=status, form_error=f"error[{exc.code}]: {exc} — {exc.hint}",
                           form=refill)
    try:
        # The form always sends a field and a value; only a correction uses them.
        correcting = action == "correct"
        parsed = _form_value(value)
        if correcting and choice:  # a closed-set value picked from the list: a code, never a number
            field, parsed = _picked(choice, field)
        c = corrections.add_correction(store, table, record_id, action, (field or None) if correcting else None,
                                       parsed if correcting else None, reason, author or None,
                                       actor_files=actor_files(request.app.state.settings))
    except CablegramError as exc:
        return record_page(request, table, record_id, store, status_code=exc.http_status,
                           form_error=f"error[{exc.code}]: {exc} — {exc.hint}", form=refill)
    target = _safe_back(back, f"/{table}/{quote(record_id)}")
    sep = "&" if "?" in target else "?"
    return RedirectResponse(f"{target}{sep}saved={quote(c.id)}", status_code=303)


def _token_refusal(request: Request, token: str) -> tuple[int, InputError] | None:
    """(HTTP status, error) when the form's token does not allow writing: 403 on a read-only server, 401
    for a wrong token; None when it does."""
    expected = request.app.state.settings.api_token
    if not expected:
        return 403, InputError("this server is read-only: no API token is configured", source="token",
                               hint="Start the server with CABLEGRAM_API_TOKEN set to enable corrections.")
    if not hmac.compare_digest(token.strip().encode("utf-8"), expected.encode("utf-8")):
        return 401, InputError("the token is not this server's API token", source="token",
                               hint="Type the token the server was started with (CABLEGRAM_API_TOKEN).")
    return None


def _form_value(value: str) -> Any:
    """A form value as stored: numbers for numeric text, None for empty, else the text."""
    text = value.strip()
    if not text:
        return None
    try:
        return float(text) if any(ch in text for ch in ".eE") else int(text)
    except ValueError:
        return text
