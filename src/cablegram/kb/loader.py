"""Read and write actor files: JSONL, one :class:`~cablegram.records.Actor` record a line.

The format is documented in ``docs/actors.md``. Every line is validated; a bad line
raises :class:`~cablegram.errors.InputError` whose ``source`` is ``file:line``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..jsonlines import parse_json_line
from ..records import ACTOR_KINDS, Actor, Role

# Shipped files, loaded in this order; later files add to or correct earlier ones (same id → merged).
SHIPPED_FILES: tuple[str, ...] = (
    "states.jsonl",
    "organisations.jsonl",
    "groups.jsonl",
    "people.jsonl",
    "curated_states.jsonl",
    "curated_organisations.jsonl",
    "curated_people.jsonl",
)

ROLE_KINDS = (
    "head_of_state", "head_of_government", "vice_president", "foreign_minister", "defence_minister",
    "national_leader",     # head of state or government, not told apart by the source
    "secretary_general",   # of an international organisation (country = the organisation's id)
    "high_representative", # EU High Representative for Foreign Affairs
    "interior_minister",
    "national_security_adviser",
    "chief_of_staff",      # head of a president's office or administration (White House, Bankova)
    "spokesperson",        # a head of state's or government's press secretary (Kremlin, White House)
    "foreign_ministry_spokesperson",
    "ambassador",          # country = the sending state
    "envoy",               # special envoys (country = the sending state or organisation)
    "military_commander",  # commander-in-chief or chief of the general staff
    "group_leader",        # leader of an armed or political group (country = the group's id)
    "supreme_leader",      # Iran's Supreme Leader, North Korea's supreme leader (above the president)
    "regional_head_of_government",  # chief minister of a state or province (India's states; country = the state)
    "other",
)

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_HINT = "Each line must be a JSON object like {\"id\": \"UKR\", \"name\": \"Ukraine\", \"type\": \"state\", \"aliases\": [...], \"roles\": [...]}; see docs/actors.md."


def date_exists(value: str) -> bool:
    """Whether an ISO date of the form YYYY, YYYY-MM or YYYY-MM-DD names a real year, month or day
    (``2024-13-01`` and ``2024-02-30`` match the pattern but are not in the calendar)."""
    parts = [int(p) for p in value.split("-")]
    try:
        dt.date(parts[0], *(parts[1:] + [1, 1])[:2])
    except ValueError:
        return False
    return True


def ends_before(start: str, end: str) -> bool:
    """Whether ``end`` is before ``start``, compared at the coarser of the two precisions
    (an end in ``2024`` is not before a start in ``2024-05``)."""
    n = min(len(start), len(end))
    return end[:n] < start[:n]


def shipped_paths() -> list[Path]:
    """Paths of the knowledge-base files shipped inside the package."""
    base = resources.files("cablegram.kb") / "data"
    return [Path(str(base / name)) for name in SHIPPED_FILES if (base / name).is_file()]


def parse_actor(data: Any, where: str) -> Actor:
    """Validate one decoded JSON value and build the Actor; ``where`` names it in errors."""
    if not isinstance(data, dict):
        raise InputError("expected a JSON object", source=where, hint=_HINT, code="invalid_record")
    for key in ("id", "name"):
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise InputError(f"field {key!r} must be a non-empty string", source=where, hint=_HINT,
                             code="invalid_record")
    kind = data.get("type", "person")
    if kind not in ACTOR_KINDS:
        raise InputError(f"type {kind!r} is not one of {', '.join(ACTOR_KINDS)}", source=where, hint=_HINT,
                         code="invalid_record")
    aliases = data.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise InputError("'aliases' must be a list of strings", source=where, hint=_HINT, code="invalid_record")
    roles = data.get("roles") or []
    if not isinstance(roles, list):
        raise InputError("'roles' must be a list of objects", source=where, hint=_HINT, code="invalid_record")
    for i, role in enumerate(roles):
        _check_role(role, f"{where} roles[{i}]")
    return Actor.from_dict(data)


def _check_role(role: Any, where: str) -> None:
    if not isinstance(role, dict):
        raise InputError("a role must be a JSON object", source=where, hint=_HINT, code="invalid_record")
    if not isinstance(role.get("title"), str) or not role["title"]:
        raise InputError("role field 'title' must be a non-empty string", source=where, hint=_HINT,
                         code="invalid_record")
    if role.get("role", "other") not in ROLE_KINDS:
        raise InputError(f"role {role.get('role')!r} is not one of {', '.join(ROLE_KINDS)}", source=where, hint=_HINT,
                         code="invalid_record")
    for key in ("start", "end"):
        value = role.get(key)
        if value is not None and not (isinstance(value, str) and _DATE.match(value)):
            raise InputError(f"role field {key!r} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) or null",
                             source=where, hint=_HINT, code="invalid_record")
        if value is not None and not date_exists(value):
            raise InputError(f"role field {key!r} is {value!r}, which is not a date in the calendar "
                             "(month 01-12, a day the month has)", source=where, hint=_HINT, code="invalid_record")
    if role.get("start") and role.get("end") and ends_before(role["start"], role["end"]):
        raise InputError("role ends before it starts", source=where, hint=_HINT, code="invalid_record")


def read_actors(path: str | Path, *, trusted: bool = False,
                on_error: Callable[[InputError], None] | None = None) -> Iterator[Actor]:
    """Yield the actors of one JSONL file; blank lines are skipped.

    ``trusted`` skips per-field validation (for the shipped files, which the test suite checks).
    A bad line raises InputError naming ``file:line``; with ``on_error`` given, the error is handed to
    it instead and reading goes on with the next line."""
    path = Path(path)
    try:
        handle = path.open(encoding="utf-8")
    except FileNotFoundError:
        raise InputError("actor file not found", source=str(path),
                         hint="Check CABLEGRAM_ACTORS_FILES / --actors paths.", code="file_not_found") from None
    except OSError as exc:
        raise InputError(f"actor file cannot be read: {exc.strerror}", source=str(path),
                         code="file_unreadable") from None
    with handle:
        lineno = 0
        try:
            for lineno, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                where = f"{path}:{lineno}"
                try:
                    data = parse_json_line(line, where, _HINT)
                    if trusted:
                        roles = [Role(**r) for r in data.pop("roles", ())]
                        actor = Actor(**data, roles=roles)
                    else:
                        actor = parse_actor(data, where)
                except InputError as err:
                    if on_error is None:
                        raise
                    on_error(err)
                    continue
                yield actor
        except UnicodeDecodeError:
            raise InputError("not UTF-8 text", source=f"{path}:{lineno + 1}", hint="Save the file as UTF-8.",
                             code="encoding_error") from None


def actor_line(actor: Actor) -> str:
    """One actor as a compact JSONL line (empty fields left out, so files stay small and diffable)."""
    data: dict[str, Any] = {"id": actor.id, "name": actor.name, "type": actor.type}
    if actor.country:
        data["country"] = actor.country
    if actor.aliases:
        data["aliases"] = list(actor.aliases)
    if actor.roles:
        data["roles"] = [{k: v for k, v in r.to_dict().items() if v is not None} for r in actor.roles]
    if actor.source:
        data["source"] = actor.source
    if actor.is_new:
        data["is_new"] = True
    return json.dumps(data, ensure_ascii=False, sort_keys=False)


def write_actors(path: str | Path, actors: Iterable[Actor]) -> int:
    """Write actors to a JSONL file (replacing it); returns the count."""
    n = 0
    with Path(path).open("w", encoding="utf-8", newline="\n") as out:
        for actor in actors:
            out.write(actor_line(actor) + "\n")
            n += 1
    return n


def append_actor(path: str | Path, actor: Actor) -> None:
    """Append one actor to a user file, creating it (and its folder) when missing."""
    parse_actor(json.loads(actor_line(actor)), f"{path}:new")  # refuse to write what could not be read back
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8", newline="\n") as out:
        out.write(actor_line(actor) + "\n")


def make_role(title: str, role: str = "other", country: str | None = None, start: str | None = None,
              end: str | None = None, source: str | None = None) -> Role:
    """A validated Role (raises InputError for bad dates or kinds)."""
    data = {"title": title, "role": role, "country": country, "start": start, "end": end, "source": source}
    _check_role(data, "role")
    return Role(**data)
