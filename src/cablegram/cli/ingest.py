"""`cablegram ingest`: read files, folders, URLs, feeds and JSONL into the store (logic in cablegram.ingest)."""

from __future__ import annotations

from typing import Optional

import typer
from ..config import Settings
from ..errors import InputError
from .common import console, open_settings_store, print_cablegram_error, progress_bar

_HELP = """Ingest SOURCES (files, folders, http(s) URLs, RSS/Atom feeds, JSONL/JSON) into the store.

Folders are read recursively by extension (.txt .md .markdown .html .htm .jsonl .ndjson .json .xml .rss .atom),
hidden files skipped; the summary counts the files with other extensions (.pdf, .docx, …) as not read.
Exit code 0 when every input was read, 1 when some failed (a path that does not exist is a failed input),
2 for a usage error such as a malformed --jsonl-field."""


def register(app: typer.Typer) -> None:
    """Add the `ingest` command to ``app``."""
    app.command("ingest", help=_HELP)(ingest)


def ingest(
    ctx: typer.Context,
    sources: list[str] = typer.Argument(..., metavar="SOURCES", help="Files, folders or URLs."),
    jsonl_field: Optional[list[str]] = typer.Option(
        None, "--jsonl-field", metavar="FIELD=KEY",
        help="Map a JSONL key to a document field (text, title, url, publisher, date, id); repeatable."),
    fetch_links: bool = typer.Option(False, "--fetch-links", help="For feeds, fetch each entry's page and extract it."),
    primary: bool = typer.Option(False, "--primary/--not-primary", help="Mark the documents as primary sources (official readouts)."),
    publisher: Optional[str] = typer.Option(None, "--publisher", metavar="NAME", help="Set this publisher on every document."),
) -> None:
    from ..ingest import ingest_sources, parse_field_options

    obj = ctx.obj or {}
    settings: Settings = obj.get("settings") or Settings.load()
    try:
        fields = parse_field_options(jsonl_field)
    except InputError as err:
        print_cablegram_error(err)
        raise typer.Exit(2) from None
    # The bar counts documents read (stored, duplicate or failed), not sources: one JSONL file or folder can hold
    # thousands, and a bar at 0/1 until the end shows no progress. How many a source holds is not known ahead.
    with open_settings_store(settings) as store, progress_bar("documents read", None) as advance:
        read = [0]

        def progress(source: str, outcome: str) -> None:
            if outcome != "done":
                read[0] += 1
                advance(read[0])

        summary = ingest_sources(store, sources, settings, jsonl_fields=fields, fetch_links=fetch_links,
                                 primary=primary, publisher=publisher, progress=progress, missing_ok=True)
    for err in summary.errors:
        print_cablegram_error(err)
    console.print(summary.line(), markup=False, highlight=False, soft_wrap=True)
    if not summary.ok:
        raise typer.Exit(1)
