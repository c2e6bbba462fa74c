"""`cablegram actors add|list|show`: look up and extend the actor knowledge base.

The KB is the shipped files, then ``settings.actors_files``, then the user file
``<db>.actors.jsonl`` that `actors add` appends to (see docs/actors.md).
"""

from __future__ import annotations

import json
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
    print_error(str(exc), exc.hint)
    raise typer.Exit(1)


@app.command("add")
def add(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="Canonical name, e.g. 'Jane Doe'."),
    type_: str = typer.Option("person", "--type", help=f"One of: {', '.join(ACTOR_KINDS)}."),
    actor_id: Optional[str] = typer.Option(None, "--id", help="Actor id [default: person:<slug>, org:<slug>, …]."),
    country: Optional[str] = typer.Option(None, "--country", help="ISO 3166 alpha-3 code, e.g. UKR."),
    alias: List[str] = typer.Option([], "--alias", help="Another name (repeat the option for several)."),
    title: Optional[str] = typer.Option(None, "--title", help="Office title, e.g. 'Minister of Foreign Affairs'."),
    role: str = typer.Option("other", "--role", help="Role kind: head_of_state, foreign_minister, …"),
    start: Optional[str] = typer.Option(None, "--start", help="Role start date (YYYY-MM-DD)."),
    end: Optional[str] = typer.Option(None, "--end", help="Role end date (YYYY-MM-DD); leave out while in office."),
    source: Optional[str] = typer.Option(None, "--source", help="Where the facts come from."),
    file: Optional[Path] = typer.Option(None, "--file", help="Actor file to append to [default: <db>.actors.jsonl]."),
) -> None:
    """Add an actor (or aliases/roles to an existing id) to the user actor file."""
    from ..kb import append_actor, make_role, slugify, user_actors_path

    settings = _settings(ctx)
    target = file or user_actors_path(settings.db)
    try:
        if type_ not in ACTOR_KINDS:
            raise InputError(f"--type {type_!r} is not one of {', '.join(ACTOR_KINDS)}")
        if (start or end) and not title:
            raise InputError("--start/--end describe a role: give --title too")
        prefix = {"person": "person", "organisation": "org", "group": "group", "state": "state"}[type_]
        roles = [make_role(title, role, country, start, end, source)] if title else []
        actor = Actor(id=actor_id or f"{prefix}:{slugify(name)}", name=name, type=type_, country=country,
                      aliases=list(alias), roles=roles, source=source or "added with `cablegram actors add`")
        append_actor(target, actor)
    except CablegramError as exc:
        _fail(exc)
    console.print(f"added {actor.id} to {target}")


@app.command("list")
def list_(
    ctx: typer.Context,
    query: Optional[str] = typer.Argument(None, help="Part of an id, name or alias (case-insensitive)."),
    limit: int = typer.Option(50, min=1, help="Most actors to show."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON lines."),
) -> None:
    """List actors whose id, name or alias contains QUERY."""
    try:
        kb = _load(_settings(ctx))
    except CablegramError as exc:
        _fail(exc)
    found = kb.search(query, limit=limit)
    for actor in found:
        if as_json:
            typer.echo(actor.to_json())
        else:
            console.print(f"{actor.id}\t{actor.type}\t{actor.name}", markup=False)
    if not found and not as_json:
        console.print("no actors found")


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
        print_error(f"no actor matches {name!r}", "Try `cablegram actors list PART-OF-NAME`.")
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
