"""`cablegram actors add|list|show`: the actors found in the store, and the actor knowledge base.

The KB is the shipped files, then ``settings.actors_files``, then the user file
``<db>.actors.jsonl`` that `actors add` appends to (see docs/actors.md).
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from ..config import Settings
from ..errors import CablegramError, InputError
from ..records import ACTOR_KINDS, Actor
from .common import console, print_error

app = typer.Typer(help="Look up and extend the actor knowledge base.", no_args_is_help=True)


def _settings(ctx: typer.Context) -> Settings:
    obj = ctx.obj or {}
    return obj.get("settings") or Settings.load()


def _load(settings: Settings):
    from ..kb import KnowledgeBase, actor_files

    return KnowledgeBase.load(actor_files(settings))


def _fail(exc: CablegramError) -> None:
    print_error(str(exc), exc.hint, code=exc.code)
    raise typer.Exit(1)


@app.command("add")
def add(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="Canonical name, e.g. 'Jane Doe'."),
    type_: str = typer.Option("person", "--type", help=f"One of: {', '.join(ACTOR_KINDS)}."),
    actor_id: Optional[str] = typer.Option(None, "--id", help="Actor id.", show_default="person:<slug>, org:<slug>, …"),
    country: Optional[str] = typer.Option(None, "--country", help="ISO 3166 alpha-3 code, e.g. UKR."),
    alias: List[str] = typer.Option([], "--alias", help="Another name (repeat the option for several)."),
    title: Optional[str] = typer.Option(None, "--title", help="Office title, e.g. 'Minister of Foreign Affairs'."),
    role: str = typer.Option("other", "--role", help="Role kind: head_of_state, foreign_minister, …"),
    start: Optional[str] = typer.Option(None, "--start", help="Role start date (YYYY-MM-DD)."),
    end: Optional[str] = typer.Option(None, "--end", help="Role end date (YYYY-MM-DD); leave out while in office."),
    source: Optional[str] = typer.Option(None, "--source", help="Where the facts come from."),
    file: Optional[Path] = typer.Option(None, "--file", help="Actor file to append to.", show_default="<db>.actors.jsonl"),
) -> None:
    """Add an actor (or aliases/roles to an existing id) to the user actor file."""
    from ..kb import append_actor, make_role, slugify, user_actors_path

    settings = _settings(ctx)
    target = file or user_actors_path(settings.db)
    try:
        if type_ not in ACTOR_KINDS:
            raise InputError(f"--type {type_!r} is not one of {', '.join(ACTOR_KINDS)}", code="invalid_value")
        if not name.strip():
            raise InputError("the actor's NAME is empty", code="invalid_value", hint="Give the name, e.g. 'Jane Doe'.")
        if (start or end) and not title:
            raise InputError("--start/--end describe a role: give --title too", code="invalid_value")
        country, start, end = _checked_role_options(country, role if title else None, start, end)
        prefix = {"person": "person", "organisation": "org", "group": "group", "state": "state"}[type_]
        roles = [make_role(title, role, country, start, end, source)] if title else []
        actor = Actor(id=actor_id or f"{prefix}:{slugify(name)}", name=name, type=type_, country=country,
                      aliases=list(alias), roles=roles, source=source or "added with `cablegram actors add`")
        append_actor(target, actor)
    except CablegramError as exc:
        _fail(exc)
    console.print(f"added {actor.id} to {target}")


def _checked_role_options(country: Optional[str], role: Optional[str], start: Optional[str],
                          end: Optional[str]) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """--country (upper-cased), --start and --end checked before anything is written: a three-letter code,
    dates that exist in the calendar (YYYY, YYYY-MM or YYYY-MM-DD), an end not before the start and a known
    --role; each refusal names the option."""
    import re

    from ..kb.loader import ROLE_KINDS

    if country is not None:
        country = country.strip().upper()
        if not re.fullmatch(r"[A-Z]{3}", country):
            raise InputError(f"--country {country!r} is not an ISO 3166 alpha-3 code", code="invalid_value",
                             hint="Use the three-letter code, e.g. UKR, POL or USA.")
    for option, value in (("--start", start), ("--end", end)):
        if value is not None and not _calendar_date(value):
            raise InputError(f"{option} {value!r} is not an ISO date that exists in the calendar", code="invalid_value",
                             hint="Use YYYY-MM-DD (or YYYY-MM, YYYY) with a real month and day, e.g. 2024-03-05.")
    if start and end and end < start:
        raise InputError(f"--end {end} is before --start {start}", code="invalid_value",
                         hint="Give the day the role ended, after it started; leave --end out while in office.")
    if role is not None and role not in ROLE_KINDS:
        raise InputError(f"--role {role!r} is not a role kind", code="invalid_value",
                         hint=f"Use one of: {', '.join(ROLE_KINDS)}; the office's own name goes in --title.")
    return country, start, end


def _calendar_date(value: str) -> bool:
    """Whether ``value`` is YYYY, YYYY-MM or YYYY-MM-DD and exists in the calendar (2024-02-30 does not)."""
    import datetime as dt
    import re

    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    if not match:
        return False
    try:
        dt.date(int(match[1]), int(match[2] or 1), int(match[3] or 1))
    except ValueError:
        return False
    return True


_FORMATS = ("table", "json", "jsonl", "csv")
_STORE_SQL = ("SELECT m.actor_id AS id, a.name AS name, a.type AS type, a.country AS country, "
              "COUNT(*) AS mentions, COUNT(DISTINCT m.doc_id) AS documents "
              "FROM mentions m LEFT JOIN actors a ON a.id = m.actor_id {where}"
              "GROUP BY m.actor_id, a.name, a.type, a.country ORDER BY mentions DESC, id")


@app.command("list")
def list_(
    ctx: typer.Context,
    query: Optional[str] = typer.Argument(None, help="Part of an id, name or alias (case-insensitive)."),
    from_kb: bool = typer.Option(False, "--kb", help="List the knowledge base instead of the actors found in the store."),
    type_: Optional[str] = typer.Option(None, "--type", help=f"Only this kind: {', '.join(ACTOR_KINDS)}."),
    country: Optional[str] = typer.Option(None, "--country", help="Only actors of this ISO alpha-3 country."),
    limit: int = typer.Option(50, min=1, help="Most actors to show."),
    fmt: str = typer.Option("table", "--format", "-f", help="table | json (one array) | jsonl (JSON Lines, one object a line) | csv."),
    as_json: bool = typer.Option(False, "--json", help="Same as --format json."),
    all_versions: bool = typer.Option(False, "--all-versions",
                                      help="Also count the mentions in superseded document versions (a page or file "
                                           "changed at the same URL or path is a new version; by default only the "
                                           "latest version's mentions and documents are counted)."),
) -> None:
    """List the actors found in the store, most mentioned first (or the knowledge base with --kb)."""
    fmt = "json" if as_json else fmt
    try:
        if fmt not in _FORMATS:
            raise InputError(f"--format {fmt!r} is not one of {', '.join(_FORMATS)}", code="unsupported_format")
        if type_ is not None and type_ not in ACTOR_KINDS:
            raise InputError(f"--type {type_!r} is not one of {', '.join(ACTOR_KINDS)}", code="invalid_value")
        settings = _settings(ctx)
        rows = _kb_rows(settings, query, type_, country, limit) if from_kb else \
            _store_rows(settings, query, type_, country, limit, all_versions)
    except CablegramError as exc:
        _fail(exc)
    _print_rows(rows, fmt, from_kb)


def _matches(row: dict, query: Optional[str], type_: Optional[str], country: Optional[str]) -> bool:
    q = (query or "").casefold()
    names = [row["id"], row.get("name") or "", *row.get("aliases", [])]
    return (not q or any(q in n.casefold() for n in names)) and (type_ is None or row.get("type") == type_) \
        and (country is None or (row.get("country") or "").upper() == country.upper())


def _kb_rows(settings: Settings, query, type_, country, limit: int) -> list[dict]:
    kb = _load(settings)
    rows = []
    for actor in kb.actors.values():
        row = actor.to_dict()
        if _matches(row, query, type_, country):
            rows.append(row)
            if len(rows) >= limit:
                break
    return rows


def _store_actor(settings: Settings, name: str) -> Actor | None:
    """An actor the store holds and the knowledge base lacks (people and bodies first seen in text, a demo
    store's fictional states), by id or by its name or an alias (case-insensitive), as `actors list` finds
    them; None when there is no store file or it holds no such actor."""
    from pathlib import Path

    from ..errors import NotFoundError
    from .common import open_settings_store

    if "://" not in settings.db and settings.db != ":memory:" and not Path(settings.db).is_file():
        return None  # nothing stored yet: only the knowledge base was asked
    with open_settings_store(settings) as store:
        try:
            return store.get_actor(name)
        except NotFoundError:
            pass
        wanted = name.strip().casefold()
        for actor in store.list_actors(query=name.strip(), limit=100):
            if wanted in {actor.name.casefold(), *(alias.casefold() for alias in actor.aliases)}:
                return actor
    return None


def _store_rows(settings: Settings, query, type_, country, limit: int, all_versions: bool = False) -> list[dict]:
    """The store's actors with their mentions and documents counted (superseded versions' only with
    ``all_versions``: store.versions), most mentioned first, filtered as `actors list` asks."""
    from ..store.versions import latest_only_sql
    from .common import open_settings_store

    with open_settings_store(settings, must_exist=True) as store:
        latest = latest_only_sql(store, "m.doc_id", all_versions)
        found = store.read_sql(_STORE_SQL.format(where=f"WHERE {latest} " if latest else ""))
    kb = None
    rows = []
    for row in found:
        if row.get("name") is None:  # a knowledge-base actor: the store keeps only its mentions
            kb = kb or _load(settings)
            actor = kb.actors.get(row["id"])
            row.update(name=actor.name if actor else row["id"], type=actor.type if actor else None,
                       country=actor.country if actor else None)
        if _matches(row, query, type_, country):
            rows.append(row)
            if len(rows) >= limit:
                break
    return rows


def _print_rows(rows: list[dict], fmt: str, from_kb: bool) -> None:
    columns = ["id", "type", "country", "name"] + ([] if from_kb else ["mentions", "documents"])
    if fmt == "json":
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    elif fmt == "jsonl":
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
    elif fmt == "csv":
        out = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
        out.writeheader()
        out.writerows(rows)
    elif rows:
        from rich.table import Table

        from .common import print_table

        table = Table(*columns)
        for row in rows:
            table.add_row(*("" if row.get(c) is None else str(row[c]) for c in columns))
        print_table(table)
    else:
        console.print("no actors found" + ("" if from_kb else " in the store (run `cablegram process`, or use --kb)"))


@app.command("show")
def show(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="An actor id or a name as written in text (any spelling)."),
    date: Optional[str] = typer.Option(None, "--date", help="Show the role held on this date (YYYY-MM-DD)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Show one actor with aliases and dated roles."""
    from ..kb import Resolver, role_on

    try:
        kb = _load(_settings(ctx))
    except CablegramError as exc:
        _fail(exc)
    actor = kb.actors.get(name) or Resolver(kb).best(name, date)
    if actor is None:
        try:
            actor = _store_actor(_settings(ctx), name)
        except CablegramError as exc:
            _fail(exc)
    if actor is None:
        print_error(f"no actor matches {name!r}", "Try `cablegram actors list PART-OF-NAME`.", code="not_found")
        raise typer.Exit(1)
    held = role_on(actor, date) if date else None
    if as_json:
        data = actor.to_dict()
        data["role_on_date"] = held.to_dict() if held else None
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    console.print(f"{actor.id}  {actor.name}  ({actor.type}{', ' + actor.country if actor.country else ''})", markup=False)
    if actor.aliases:
        console.print("aliases: " + "; ".join(actor.aliases), markup=False)
    for r in actor.roles:
        console.print(f"  {r.start or '?'} – {r.end or 'open'}  {r.title} [{r.role}]  ({r.source or 'no source'})", markup=False)
    if date:
        console.print(f"on {date}: " + (f"{held.title} [{held.role}]" if held else "no office on record"), markup=False)
