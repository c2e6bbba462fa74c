"""`cablegram events`, `cablegram claims` and `cablegram corrections …`: what the store holds, with the API's filters.

Listings apply analysts' corrections (rejected records left out unless --all) and, for events, the
precision-first rule unless --all: confidence at least --min-confidence (default
Settings.event_min_confidence) and both actors resolved.
"""

from __future__ import annotations

import csv
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Any, Optional

import typer
from rich.table import Table

from ..errors import InputError
from .common import console, kb_actor_id, open_settings_store, print_table

corrections_app = typer.Typer(help="Analysts' corrections: add, list, and export as a change log or training data.",
                              no_args_is_help=True)


class Format(str, Enum):
    """``-f/--format`` of listings: a table, one JSON array (``json``), JSON Lines (``jsonl``: one object a line) or CSV."""

    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


FORMAT_HELP = "table | json (one array) | jsonl (JSON Lines, one object a line) | csv."
ALL_VERSIONS_HELP = ("Also the rows of superseded document versions (a page changed at the same URL, or a file "
                     "changed at the same path, is a new version; by default only the latest version's rows are "
                     "listed). Not the same as --all.")


EVENT_COLUMNS = ("id", "date", "sort_date", "type", "mode", "source_actor", "target_actor", "modality", "confidence",
                 "correction", "publisher", "doc_id", "sentence_index", "sentence")
CLAIM_COLUMNS = ("id", "published_at", "claimant_kind", "claimant", "claimant_text", "cue", "quote", "hedges",
                 "correction", "publisher", "doc_id", "sentence_index", "sentence")
CORRECTION_COLUMNS = ("id", "created_at", "record_table", "record_id", "action", "field", "value", "reason", "author")


def register(app: typer.Typer) -> None:
    """Add the events and claims commands and the corrections group to the main app."""
    app.command("events")(events_command)
    app.command("claims")(claims_command)
    app.command("documents")(documents_command)
    app.add_typer(corrections_app, name="corrections")


def events_command(
    ctx: typer.Context,
    actor: Optional[str] = typer.Option(None, "--actor", help="Actor id as source or target (e.g. UKR)."),
    type: Optional[str] = typer.Option(None, "--type", help="PLOVER event type, e.g. ASSAULT."),
    quad: Optional[str] = typer.Option(None, "--quad", help="PLOVER quad class: verbal-cooperation, material-cooperation, "
                                                            "verbal-conflict, material-conflict, cooperation, conflict "
                                                            "(--type wins when both are given)."),
    source: Optional[str] = typer.Option(None, "--source", help="Source actor id (a dyad with --target)."),
    target: Optional[str] = typer.Option(None, "--target", help="Target actor id."),
    mode: Optional[str] = typer.Option(None, "--mode", help="PLOVER mode."),
    modality: Optional[str] = typer.Option(None, "--modality", help="occurred | planned | hypothetical | negated."),
    date_from: Optional[str] = typer.Option(None, "--from", help="First day (YYYY-MM-DD)."),
    date_to: Optional[str] = typer.Option(None, "--to", help="Last day (YYYY-MM-DD)."),
    publisher: Optional[str] = typer.Option(None, "--publisher", help="Publisher name contains this."),
    country: Optional[str] = typer.Option(None, "--country", help="ISO 3166 alpha-3: the state or any of its actors."),
    doc_id: Optional[str] = typer.Option(None, "--doc", help="Events of one document."),
    min_confidence: Optional[float] = typer.Option(None, "--min-confidence",
                                                   help="Events at or above this confidence (0 to 1).",
                                                   show_default="the configured floor"),
    show_all: bool = typer.Option(False, "--all", help="Every event: also those below the confidence floor, without "
                                                    "both actors resolved, or rejected (marked rejected; `export "
                                                    "--all` leaves rejected events out)."),
    all_versions: bool = typer.Option(False, "--all-versions", help=ALL_VERSIONS_HELP),
    limit: int = typer.Option(50, "--limit", min=1, max=100_000, help="Rows to print."),
    unique: bool = typer.Option(False, "--unique", help="One row per happening: events of one story (a cluster, or "
                                "one document) with the same type, dyad, day and modality merged, with the number "
                                "of reports; most reported first."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help=FORMAT_HELP),
    as_json: bool = typer.Option(False, "--json", help="Same as --format json."),
) -> None:
    """List events found in the store, newest first (the same filters as GET /api/events)."""
    from ..store.filter_values import check_event_filters
    from ..store.readmodel import actor_names, confidence_floor, list_events

    _check_event_filters(modality, country)
    if min_confidence is not None and not 0.0 <= min_confidence <= 1.0:
        raise InputError(f"{min_confidence:g} is outside 0 to 1", source="--min-confidence",
                         hint="Confidence is a share: use a number from 0 to 1, e.g. --min-confidence 0.7.",
                         code="invalid_value")
    checked = check_event_filters(type=type, mode=mode, modality=modality, date_from=date_from, date_to=date_to,
                                  names={"type": "--type", "mode": "--mode", "modality": "--modality",
                                         "date_from": "--from", "date_to": "--to"})
    settings = ctx.obj["settings"]
    floor = min_confidence if min_confidence is not None else (0.0 if show_all else confidence_floor(settings))
    fmt = Format.json if as_json else fmt
    filters = dict(country=country, actor=actor, publisher=publisher, doc_id=doc_id, quad=_check_quad(quad),
                   source=source, target=target, all_versions=all_versions, **checked)
    with open_settings_store(settings, must_exist=True) as store:
        if unique:
            _unique_events(store, limit, fmt, min_confidence=floor, include_rejected=show_all,
                           confident=not show_all, **filters)
            return
        rows, _ = list_events(store, min_confidence=floor, include_rejected=show_all, confident=not show_all,
                              limit=limit, **filters)
        names = actor_names(store, [r["source_actor"] for r in rows] + [r["target_actor"] for r in rows])
        footer = _events_footer(store, len(rows), limit, show_all, floor, filters) if fmt is Format.table else ""
    if fmt is not Format.table:
        print_rows(rows, EVENT_COLUMNS, fmt)
    elif not rows:
        console.print("no events match these filters" + ("" if show_all else " (try --all to include low-confidence "
                                                                            "and rejected events)"))
        _actor_id_hint({"--actor": actor, "--source": source, "--target": target}, settings)
    if fmt is Format.table and rows:
        _events_table(rows, names)
    if footer:
        console.print(footer, markup=False, highlight=False)


def _actor_id_hint(options: dict[str, str | None], settings) -> None:
    """After an empty listing: an actor option given a name or a lower-case id ('Hungary', 'hun') that the knowledge
    base reads as another id, or the name of an actor the store found in text ('Lena Varga', person:lena-varga), says
    which id to pass (the options take ids, and the stored rows hold ids)."""
    if not any(options.values()):
        return
    from ..api.routes import stored_actor_id
    from ..kb.base import KnowledgeBase

    kb = KnowledgeBase.load()
    with open_settings_store(settings, must_exist=True) as store:
        for option, value in options.items():
            known = kb_actor_id(value, kb) if value else None
            if value and (not known or known == value.strip()):
                known = stored_actor_id(store, value) if value.strip() else None
            if known and known != value.strip():
                console.print(f"{option} takes an actor id: {value!r} is {known} (try {option} {known})",
                              markup=False, highlight=False)


def _events_footer(store, shown: int, limit: int, show_all: bool, floor: float, filters: dict[str, Any]) -> str:
    """The table's last line: how many events match in all, and how many the precision-first default hides."""
    from ..store.readmodel import list_events

    matching = len(list_events(store, min_confidence=floor, include_rejected=show_all, confident=not show_all,
                               limit=100_000, **filters)[0]) if shown >= limit else shown
    more = f"showing {shown} of {matching} events (raise --limit for more)" if matching > shown else ""
    if show_all:
        return more
    every = len(list_events(store, min_confidence=0.0, include_rejected=True, limit=100_000, **filters)[0])
    hidden = every - matching
    if hidden <= 0:
        return more
    return (f"{more}; " if more else "") + (
        f"{hidden} more {'event is' if hidden == 1 else 'events are'} hidden (confidence below {floor:g}, an actor "
        f"not resolved, or rejected): "
        f"`--all` shows {'it' if hidden == 1 else 'them'}")


UNIQUE_COLUMNS = ("canonical_id", "date", "type", "source_actor", "target_actor", "modality", "events", "documents",
                  "doc_ids", "sentence")


def _unique_events(store, limit: int, fmt: Format, **filters: Any) -> None:
    """``events --unique``: the matching events (the listing's filters, corrections applied) merged into
    happenings (:func:`cablegram.store.readmodel.list_unique_events`); prints the first ``limit``."""
    from ..store.readmodel import actor_names, list_unique_events

    happenings, records = list_unique_events(store, **filters)
    rows = happenings[:limit]
    if fmt is not Format.table:
        print_rows(rows, UNIQUE_COLUMNS, fmt)
        return
    if not rows:
        console.print("no events match these filters")
        return
    names = actor_names(store, [r["source_actor"] for r in rows] + [r["target_actor"] for r in rows])
    table = Table("date", "type", "source → target", "modality", "reports", "docs", "sentence", "id")
    for r in rows:
        who = f"{names.get(r['source_actor'], r['source_actor'] or '?')} → {names.get(r['target_actor'], r['target_actor'] or '–')}"
        table.add_row(r.get("date") or "", r["type"], who, r["modality"], str(r["events"]), str(r["documents"]),
                      _short(r.get("sentence"), 80), r["canonical_id"])
    print_table(table)
    console.print(f"{_count(len(happenings), 'happening')} from {_count(records, 'event record')}"
                  + (f"; showing the {len(rows)} most reported (raise --limit for more)" if len(rows) < len(happenings)
                     else ""), markup=False, highlight=False)


def _count(n: int, noun: str) -> str:
    """``1 event``, ``2 events``: a count with its noun in the right number."""
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _check_quad(quad: Optional[str]) -> Optional[str]:
    from ..store.quads import QUADS

    if quad and quad not in QUADS:
        raise InputError(f"unknown quad class {quad!r}", source="--quad", hint=f"Use one of: {', '.join(QUADS)}.",
                         code="invalid_value")
    return quad or None


def _check_event_filters(modality: Optional[str], country: Optional[str]) -> None:
    from ..records import MODALITIES

    if modality and modality not in MODALITIES:
        raise InputError(f"unknown modality {modality!r}", source="--modality", hint=f"Use one of: {', '.join(MODALITIES)}.",
                         code="invalid_value")
    if country and (len(country) != 3 or not country.isalpha()):
        raise InputError(f"{country!r} is not an ISO 3166 alpha-3 code", source="--country", hint="e.g. UKR, RUS, USA.",
                         code="invalid_value")


def _events_table(rows: list[dict[str, Any]], names: dict[str, str]) -> None:
    table = Table("date", "type", "source → target", "modality", "conf.", "sentence", "id", show_lines=False)
    for r in rows:
        who = f"{names.get(r['source_actor'], r['source_actor'] or '?')} → {names.get(r['target_actor'], r['target_actor'] or '–')}"
        table.add_row(r.get("date") or (r.get("sort_date") or "")[:10], r["type"] + ("*" if r.get("correction") else ""), who,
                      r.get("modality") or "", f"{r.get('confidence') or 0:.2f}", _short(r.get("sentence"), 80), r["id"])
    print_table(table)
    if any(r.get("correction") for r in rows):
        console.print("* corrected or confirmed by an analyst")


def claims_command(
    ctx: typer.Context,
    kind: Optional[str] = typer.Option(None, "--kind", help="Claimant kind: named | organisation | anonymous | "
                                                            "analysts | outlet | none."),
    claimant: Optional[str] = typer.Option(None, "--claimant", help="Claimant actor id."),
    hedged: Optional[bool] = typer.Option(None, "--hedged/--not-hedged", help="Only hedged (or only unhedged) claims; "
                                                "also --hedged true or false, as the API's hedged=."),
    doc_id: Optional[str] = typer.Option(None, "--doc", help="Claims of one document."),
    show_all: bool = typer.Option(False, "--all", help="Every row: also sentences without a claimant (kind none) "
                                                     "and claims an analyst rejected."),
    all_versions: bool = typer.Option(False, "--all-versions", help=ALL_VERSIONS_HELP),
    limit: int = typer.Option(50, "--limit", min=1, max=100_000, help="Rows to print."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help=FORMAT_HELP),
    as_json: bool = typer.Option(False, "--json", help="Same as --format json."),
) -> None:
    """List reported claims and who made them, newest first (the same filters as GET /api/claims)."""
    from ..records import CLAIMANT_KINDS
    from ..store.readmodel import list_claims

    if kind and kind not in CLAIMANT_KINDS:
        raise InputError(f"unknown claimant kind {kind!r}", source="--kind", hint=f"Use one of: {', '.join(CLAIMANT_KINDS)}.",
                         code="invalid_value")
    fmt = Format.json if as_json else fmt
    filters = dict(claimant_kind=kind, claimant=claimant, hedged=hedged, doc_id=doc_id, all_versions=all_versions)
    with open_settings_store(ctx.obj["settings"], must_exist=True) as store:
        rows = list_claims(store, include_rejected=show_all, limit=limit, **filters)
        footer = _claims_footer(store, len(rows), limit, show_all, filters) if fmt is Format.table else ""
    if fmt is not Format.table:
        print_rows(rows, CLAIM_COLUMNS, fmt)
        return
    if not rows:
        console.print("no claims match these filters" + (f"; {footer}" if footer else ""), markup=False)
        _actor_id_hint({"--claimant": claimant}, ctx.obj["settings"])
        return
    table = Table("date", "kind", "claimant", "cue", "hedges", "sentence", "id")
    for r in rows:
        table.add_row((r.get("published_at") or "")[:10], r["claimant_kind"] + ("*" if r.get("correction") else ""),
                      r.get("claimant_text") or r.get("claimant") or "—", r.get("cue") or "—",
                      ", ".join(r.get("hedges") or []), _short(r.get("sentence"), 70), r["id"])
    print_table(table)
    if footer:
        console.print(footer, markup=False, highlight=False)


def _claims_footer(store, shown: int, limit: int, show_all: bool, filters: dict[str, Any]) -> str:
    """The claims table's last line, as the events table's: how many claims match in all (when the limit cut
    the list) and how many the default hides (sentences without a claimant, rejected claims)."""
    from ..store.readmodel import list_claims

    matching = len(list_claims(store, include_rejected=show_all, limit=100_000, **filters)) if shown >= limit else shown
    more = f"showing {shown} of {matching} claims (raise --limit for more)" if matching > shown else ""
    if show_all:
        return more
    hidden = len(list_claims(store, include_rejected=True, limit=100_000, **filters)) - matching
    if hidden <= 0:
        return more
    return (f"{more}; " if more else "") + (
        f"{_count(hidden, 'more claim')} {'is' if hidden == 1 else 'are'} hidden (no claimant, or rejected): "
        f"`--all` shows {'it' if hidden == 1 else 'them'}")


DOCUMENT_COLUMNS = ("id", "published_at", "publisher", "title", "url", "is_primary", "processed_version",
                    "previous_version", "quality")


def documents_command(
    ctx: typer.Context,
    publisher: Optional[str] = typer.Option(None, "--publisher", help="Publisher name contains this."),
    primary: Optional[bool] = typer.Option(None, "--primary/--not-primary", help="Only primary sources (or only others); "
                                                 "also --primary true or false (or =), as the API's primary=."),
    limit: int = typer.Option(50, "--limit", min=1, max=100_000, help="Rows to print."),
    offset: int = typer.Option(0, "--offset", min=0, help="Rows to skip."),
    all_versions: bool = typer.Option(False, "--all-versions", help="Also superseded versions: a document a later "
                                      "version of the same URL or file path replaced (hidden by default; the table's "
                                      "version column says superseded or latest)."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help=FORMAT_HELP),
    as_json: bool = typer.Option(False, "--json", help="Same as --format json."),
) -> None:
    """List stored documents and their ids, newest first (the same filters as GET /api/documents)."""
    from ..store.readmodel import list_documents
    from ..store.versions import superseded_ids

    with open_settings_store(ctx.obj["settings"], must_exist=True) as store:
        rows = list_documents(store, publisher, primary, limit, offset, all_versions=all_versions)
        old = superseded_ids(store) if all_versions else set()
    fmt = Format.json if as_json else fmt
    if fmt is not Format.table:
        print_rows(rows, DOCUMENT_COLUMNS, fmt)
        return
    if not rows:
        console.print("no documents match these filters")
        return
    print_table(_documents_table(rows, old, all_versions))


def _documents_table(rows: list[dict[str, Any]], old: set[str], all_versions: bool) -> Table:
    flagged = any(r.get("quality") for r in rows)  # the quality flags column only where a listed document has one
    # --all-versions: which row is the old version of a page or file and which its latest (same title, no way to tell)
    versioned = all_versions and any(r["id"] in old or r.get("previous_version") for r in rows)
    table = Table("date", "publisher", "title", "primary", *(["flags"] if flagged else []),
                  *(["version"] if versioned else []), "id")
    for r in rows:
        title = r.get("title") or f"(no title) {r.get('display_title') or ''}"
        flags = [", ".join(r.get("quality") or [])] if flagged else []
        version = [_version_label(r, old)] if versioned else []
        table.add_row((r.get("published_at") or "")[:10], r.get("publisher") or "", _short(title, 70),
                      "yes" if r["is_primary"] else "", *flags, *version, r["id"])
    return table


def _version_label(row: dict[str, Any], superseded: set[str]) -> str:
    """"superseded" for a document a later version replaced, "latest" for the newest of several, else empty."""
    if row["id"] in superseded:
        return "superseded"
    return "latest" if row.get("previous_version") else ""


def _short(text: Optional[str], width: int) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[:width - 1].rsplit(" ", 1)[0] + "…"


def print_rows(rows: list[dict[str, Any]], columns: tuple[str, ...], fmt: Format) -> None:
    """Rows on stdout for ``-f json|jsonl|csv``. JSON: one array of full rows; JSON Lines: one full row a line;
    CSV: the listed columns, lists and objects as JSON text."""
    if fmt is Format.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
        return
    if fmt is Format.jsonl:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False, default=str))
        return
    from ..export.writers import csv_cell

    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(columns)
    for r in rows:
        writer.writerow([csv_cell(r.get(c), "json" if isinstance(r.get(c), (list, dict)) else "text") for c in columns])


@corrections_app.command("add")
def corrections_add(
    ctx: typer.Context,
    record_id: str = typer.Argument(..., help="Id of the event (evt_…), claim (clm_…), commitment (com_…) or actor "
                                              "mention (men_…)."),
    action: str = typer.Argument(..., help="confirm | correct | reject."),
    field: Optional[str] = typer.Option(None, "--field", help="With correct: the field to change (e.g. type)."),
    value: Optional[str] = typer.Option(None, "--value", help="With correct: the new value (JSON or plain text)."),
    reason: Optional[str] = typer.Option(None, "--reason", help="Why (required for correct and reject)."),
    author: Optional[str] = typer.Option(None, "--author", help="Who is correcting."),
) -> None:
    """Record an analyst's decision about one record; listings and exports apply it from then on."""
    from ..kb import actor_files
    from ..store.corrections import add_correction, list_corrections, table_of

    settings = ctx.obj["settings"]
    with open_settings_store(settings, must_exist=True) as store:
        c = add_correction(store, table_of(record_id), record_id, action, field, _parse_value(value), reason, author,
                           actor_files=actor_files(settings))
        after = list_corrections(store, record_id=record_id, limit=100_000)[-1]
    console.print(f"saved correction {c.id}: {c.action} {c.record_table} {c.record_id}"
                  + (f" {c.field} = {c.value!r}" if c.field else ""), markup=False)
    if after["id"] != c.id:  # a companion the type correction needed (store.corrections: the old type's mode)
        console.print(f"saved correction {after['id']}: {after['reason']}", markup=False)


def _parse_value(value: Optional[str]) -> Any:
    if value is None:
        return None
    try:
        return json.loads(value)
    except ValueError:
        return value


@corrections_app.command("list")
def corrections_list(
    ctx: typer.Context,
    record_id: Optional[str] = typer.Option(None, "--record", help="Corrections of one record."),
    limit: int = typer.Option(100, "--limit", min=1, max=100_000),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help=FORMAT_HELP),
    as_json: bool = typer.Option(False, "--json", help="Same as --format json."),
) -> None:
    """List corrections, oldest first."""
    from ..store.corrections import list_corrections

    with open_settings_store(ctx.obj["settings"], must_exist=True) as store:
        rows = list_corrections(store, record_id=record_id, limit=limit)
    fmt = Format.json if as_json else fmt
    if fmt is not Format.table:
        print_rows(rows, CORRECTION_COLUMNS, fmt)
        return
    if not rows:
        console.print("no corrections yet")
    for r in rows:
        change = f" {r['field']} = {r['value']!r}" if r["field"] else ""
        author = f"  ({r['author']})" if r.get("author") else ""
        console.print(f"{r['created_at'][:19]}  {r['action']:<8} {r['record_id']}{change}  — {r['reason'] or ''}{author}",
                      markup=False)


@corrections_app.command("export")
def corrections_export(
    ctx: typer.Context,
    kind: str = typer.Option("log", "--kind", help="log (change log) | training (labelled examples for retraining)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="File to write (default: standard output); written "
                                       "under a temporary name and renamed when complete, as `export --out`."),
) -> None:
    """Write the corrections as JSON Lines on standard output or to --out (formats in docs/corrections.md)."""
    from ..export import atomic_path
    from ..store.corrections import change_log, training_examples

    if kind not in ("log", "training"):
        raise InputError(f"unknown export kind {kind!r}", source="--kind", hint="Use log or training.",
                         code="invalid_value")
    with open_settings_store(ctx.obj["settings"], must_exist=True) as store:
        rows = change_log(store) if kind == "log" else training_examples(store)
        if out is None:
            for row in rows:
                print(json.dumps(row, ensure_ascii=False))
            return
        with atomic_path(out) as tmp, open(tmp, "w", encoding="utf-8", newline="\n") as handle:
            n = 0
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
    console.print(f"wrote {n} {'corrections' if kind == 'log' else 'training examples'} to {out} (jsonl, --kind {kind})")
