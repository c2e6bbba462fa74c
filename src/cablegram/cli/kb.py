"""`cablegram kb update|audit`: keep the actor knowledge base current.

``kb update FILE`` imports office-holders from a Wikidata-style export the user brings (JSON, JSON
Lines or CSV; nothing is fetched) into the user actor file, with a report of what changed;
``kb audit`` lists roles left open for more than a term, overlapping office-holders, duplicates
and actors without a type. Formats and rules: ``docs/actors.md``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from ..config import Settings
from ..errors import CablegramError, InputError
from .common import ReportFormat, console, print_error

app = typer.Typer(help="Update and audit the actor knowledge base.", no_args_is_help=True)


def _settings(ctx: typer.Context) -> Settings:
    obj = ctx.obj or {}
    return obj.get("settings") or Settings.load()


def _print_lines(title: str, lines: list[str], limit: int) -> None:
    if not lines:
        return
    console.print(f"{title} ({len(lines)}):", markup=False)
    for line in lines[:limit]:
        console.print(f"  {line}", markup=False)
    if len(lines) > limit:
        console.print(f"  … {len(lines) - limit} more (use --json for all)", markup=False)


@app.command("update")
def update(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="Office-holder export: Wikidata query result (JSON/CSV), JSON Lines or CSV."),
    out: Optional[Path] = typer.Option(None, "--out", help="Actor file to write.", show_default="<db>.actors.jsonl"),
    dry_run: bool = typer.Option(False, "--dry-run", help="Report the changes without writing them."),
    source: Optional[str] = typer.Option(None, "--source", help="Source note for the new roles.", show_default="the file name"),
    fmt: ReportFormat = typer.Option(ReportFormat.table, "--format", "-f", help="table | json."),
    as_json: bool = typer.Option(False, "--json", help="Same as --format json."),
    show: int = typer.Option(20, min=0, help="Lines to show per section."),
) -> None:
    """Import office-holders from FILE and report the actors and roles added, changed and closed."""
    from ..kb import KnowledgeBase, actor_files, user_actors_path
    from ..kb.update import apply_update, plan_update, read_rows

    settings = _settings(ctx)
    target = out or user_actors_path(settings.db)
    try:
        rows = read_rows(file)
        kb = KnowledgeBase.load(actor_files(settings))
        report = plan_update(kb, rows, source or f"imported from {file.name} with `cablegram kb update`")
        written = 0 if dry_run else apply_update(report, target)
    except CablegramError as exc:
        print_error(str(exc), exc.hint, code=exc.code)
        raise typer.Exit(1) from None
    if as_json or fmt is ReportFormat.json:
        typer.echo(json.dumps({**report.to_dict(), "written": written, "file": str(target)}, ensure_ascii=False, indent=2))
        return
    _print_lines("actors added", report.added_actors, show)
    _print_lines("roles added", report.added_roles, show)
    _print_lines("roles changed", report.changed_roles, show)
    _print_lines("roles closed by a successor", report.closed_roles, show)
    _print_lines("terms overlapping another holder of a one-holder office", report.overlaps, show)
    _print_lines("rows skipped", report.skipped, show)
    summary = ", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in report.summary().items())
    console.print(f"{len(rows)} rows read; {summary}", markup=False)
    console.print("dry run: nothing written" if dry_run else f"{written} actors written to {target}", markup=False)


def _new_short_forms(settings: Settings, kb, fix: bool) -> tuple[list[dict], list[dict]]:
    """The store's one-word new people that are one full name's short form (``kb.new_actors``), merged
    when ``fix``, and those only to review (``kb.audit.short_form_doubts``: never merged); none when the
    SQLite store does not exist yet."""
    from ..kb.audit import short_form_doubts
    from ..kb.new_actors import merge_short_forms
    from .common import open_settings_store

    if "://" not in settings.db and not Path(settings.db).is_file():
        return [], []
    with open_settings_store(settings) as store:
        doubts = short_form_doubts(store, kb)
        vetoed = {d["word"] for d in doubts}
        merges = merge_short_forms(store, kb.folder, known=lambda word: bool(kb.lookup(word)) or word in vetoed,
                                   dry_run=not fix)
    return merges, doubts


def _documents(n: int) -> str:
    return f"{n} document" + ("" if n == 1 else "s")


@app.command("audit")
def audit_(
    ctx: typer.Context,
    as_of: Optional[str] = typer.Option(None, "--as-of", help="Judge open roles as of this date (YYYY-MM-DD).", show_default="today"),
    fmt: ReportFormat = typer.Option(ReportFormat.table, "--format", "-f", help="table | json."),
    as_json: bool = typer.Option(False, "--json", help="Same as --format json."),
    show: int = typer.Option(20, min=0, help="Lines to show per section."),
    fix: bool = typer.Option(False, "--fix", help="Merge new one-word people of the store into the only full "
                             "name they match (\"Akunjee\" into \"Tasnime Akunjee\"); without it they are listed. "
                             "Never merged, only listed to review: a first name alone across documents, a people "
                             "(\"Greeks\"), a place."),
) -> None:
    """List roles open for more than a term, overlapping office-holders, duplicates and untyped actors."""
    from ..kb import KnowledgeBase, actor_files
    from ..kb.audit import audit
    from ..store.filter_values import check_date

    try:
        if as_of is not None and not (len(as_of) == 10 and _calendar_day(as_of, check_date)):
            raise InputError(f"{as_of!r} is not a day in the calendar", source="--as-of",
                             hint="Write it as YYYY-MM-DD, e.g. 2025-06-01 (a month alone is not a day).",
                             code="invalid_value")
        kb = KnowledgeBase.load(actor_files(_settings(ctx)))
        report = audit(kb, as_of)
        merges, doubts = _new_short_forms(_settings(ctx), kb, fix)
    except CablegramError as exc:
        print_error(str(exc), exc.hint, code=exc.code)
        raise typer.Exit(1) from None
    if as_json or fmt is ReportFormat.json:
        typer.echo(json.dumps({**report.to_dict(), "new_short_forms": merges, "short_forms_to_review": doubts,
                               "fixed": fix}, ensure_ascii=False, indent=2))
        return
    _print_lines("new people merged into their full name" if fix else "new people that are a full name's short form", [
        f"{r['id']} -> {r['into']} ({r['name']!r} -> {r['into_name']!r}, {_documents(r['documents'])})" for r in merges],
        show)
    _print_lines("short forms to review (never merged by --fix)", [
        f"{r['id']} ~ {r['into']} ({r['name']!r} ~ {r['into_name']!r}, {_documents(r['documents'])}): {r['reason']}"
        for r in doubts], show)
    _print_lines("roles open for more than a term", [
        f"{r['id']}  {r['title']} ({r['country']}) since {r['start']} — {r['years_open']} years" for r in report.long_open_roles], show)
    _print_lines("overlapping holders of one office", [
        f"{r['role']} {r['country']}: {', '.join(r['ids'])}" for r in report.overlapping_holders], show)
    _print_lines("possible duplicates", [f"{r['type']} {r['name']!r}: {', '.join(r['ids'])}" for r in report.duplicates], show)
    _print_lines("actors without a type or country", [f"{r['id']}  {r['problem']}" for r in report.untyped], show)
    console.print(", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in report.counts().items()), markup=False)


def _calendar_day(value: str, check_date) -> bool:
    """Whether ``value`` (YYYY-MM-DD) is a day the calendar has; the date check's own hint offers YYYY-MM, which
    --as-of does not take."""
    try:
        return bool(check_date(value, "--as-of"))
    except InputError:
        return False
