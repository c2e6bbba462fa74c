"""`cablegram export` and `cablegram import-events`: thin shells over cablegram.export and cablegram.interop."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .common import console, err_console, open_settings_store, print_cablegram_error


def register(app: typer.Typer) -> None:
    """Add the export and import-events commands to the main app."""
    app.command("export")(export_command)
    app.command("import-events")(import_events_command)
    app.command("datasette-metadata")(datasette_metadata_command)


def export_command(
    ctx: typer.Context,
    fmt: str = typer.Option("csv", "--format", "-f", help="csv | jsonl | parquet | plover (PLOVER JSON, events only)."),
    table: str = typer.Option("events", "--table", "-t",
                              help="events | documents | mentions | claims | commitments | actors | alignments."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="File to write (default: standard output; required for parquet)."),
    bom: bool = typer.Option(False, "--bom", help="Start a CSV with a UTF-8 byte-order mark (for spreadsheet programs)."),
    raw: bool = typer.Option(False, "--raw", help="CSV: keep cells starting with = + - @ as they are (by default they "
                             "get a leading ' so spreadsheets do not run them as formulas)."),
    unique: bool = typer.Option(False, "--unique", help="Events: one row per canonical event (same story, type, dyad "
                                "and day) with the number of reporting documents."),
    show_all: bool = typer.Option(False, "--all", help="Events: every event, also those below the confidence floor "
                                  "or without both actors resolved (by default only the confident ones, as in "
                                  "listings and the dashboard); claims: also sentences without a claimant "
                                  "(kind none, hidden by default as in the claims listing). Rows an analyst "
                                  "rejected are never exported, also with --all (`events --all` lists them, "
                                  "marked rejected)."),
    all_versions: bool = typer.Option(False, "--all-versions", help="Also the rows of superseded document versions "
                                      "(a page or file changed at the same URL or path; by default only the latest "
                                      "version's rows and documents are exported, as in the listings)."),
) -> None:
    """Export a table as CSV, JSON Lines or Parquet, or the events as PLOVER JSON (see docs/exports.md)."""
    from ..export import export_table
    from ..store.readmodel import confidence_floor

    settings = ctx.obj["settings"]
    filters = {} if show_all or table not in ("events", "claims") else {"confident": confidence_floor(settings)}
    if all_versions and table != "actors":
        filters["all_versions"] = True
    with open_settings_store(settings, must_exist=True) as store:
        n = export_table(store, fmt, table, out, bom=bom, raw=raw, unique=unique, **filters)
        left_out = _left_out_by_default(store, table, unique, n, filters)
    if unique:
        table = "unique events"
    line = f"wrote {n} {table} rows" + (f" to {out}" if out is not None else "") + f" ({fmt})" + left_out
    if out is not None:
        console.print(line, markup=False, highlight=False, soft_wrap=True)
    else:
        err_console.print(line, markup=False, highlight=False, soft_wrap=True)


def _left_out_by_default(store, table: str, unique: bool, written: int, filters: dict) -> str:
    """``"; N more … `--all` exports them"`` when the precision-first default (``confident`` in ``filters``) left rows
    out of an events or claims export, else ``""``: "wrote 0 events rows" alone reads as an empty store."""
    if "confident" not in filters:
        return ""
    from ..export.rows import iter_rows, iter_unique_events

    every = {k: v for k, v in filters.items() if k != "confident"}
    rows = iter_unique_events(store, **every) if unique else iter_rows(store, table, **every)
    more = sum(1 for _ in rows) - written
    if more <= 0:
        return ""
    noun = ("unique event" if unique else "event" if table == "events" else "claim") + ("" if more == 1 else "s")
    why = ("below the confidence floor or without both actors resolved" if table == "events"
           else "without a claimant (kind none)")
    return f"; {more} more {noun} {why} left out: `--all` exports {'it' if more == 1 else 'them'}"


def import_events_command(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="File to read."),
    fmt: str = typer.Option(..., "--format", "-f", help="gdelt | polecat | plover | jsonl | csv (the last two: cablegram events exports)."),
) -> None:
    """Import events from GDELT, POLECAT or PLOVER JSON files, mapping actors to the knowledge base."""
    from ..interop import import_events
    from ..kb import actor_files

    settings = ctx.obj["settings"]
    with open_settings_store(settings) as store:
        summary = import_events(store, file, fmt, actor_files=actor_files(settings))
    console.print(f"read {summary.read} records: imported {summary.imported} events into "
                  f"{summary.documents_created} new and {summary.documents_updated} existing documents")
    for reason, n in sorted(summary.skipped.items()):
        console.print(f"  skipped {n}: {reason}")
    if summary.actor_methods:
        console.print("  actors resolved by " + ", ".join(f"{k} {v}" for k, v in sorted(summary.actor_methods.items())))
    for err in summary.bad_lines:  # bad lines were left out; the others were imported
        print_cablegram_error(err)
    if summary.errors:
        err_console.print(f"{len(summary.errors)} bad line(s) not imported; fix them and import the file again "
                          "(imported events are not duplicated).", markup=False, highlight=False)
        raise typer.Exit(1)


def datasette_metadata_command(ctx: typer.Context) -> None:
    """Write <db>.metadata.json next to the SQLite file, for `datasette <db> -m <db>.metadata.json`."""
    from ..store.datasette import write_datasette_metadata

    path = write_datasette_metadata(ctx.obj["settings"].db)
    console.print(f"wrote {path}")
