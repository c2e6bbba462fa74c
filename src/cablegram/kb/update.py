"""Import office-holders from a Wikidata-style export (offline: the user brings the file).

Accepted files (the format is told by the content, not the name):

- a Wikidata Query Service JSON result (``{"head": …, "results": {"bindings": [...]}}``);
- a JSON list of objects, or JSON Lines, one office term per object;
- CSV with a header row (the query service's "CSV" download, or a spreadsheet).

Columns/keys (case-insensitive; the first one present wins):

========== ==========================================================================
name       ``personLabel``, ``name``, ``holderLabel``, ``itemLabel``
qid        ``person``, ``item``, ``holder``, ``qid`` (a Wikidata URI or ``Q…`` id)
title      ``positionLabel``, ``title``, ``position``, ``office``
role       ``role`` (one of :data:`~cablegram.kb.loader.ROLE_KINDS`; else told by the title)
country    ``country_iso3``, ``iso3``, ``countryLabel``, ``country`` (ISO alpha-3 code or a country name)
start, end ``start``, ``startTime``, ``start_time``; ``end``, ``endTime``, ``end_time``
aliases    ``aliases``, ``altLabel`` (separated by ``|`` or ``, ``)
========== ==========================================================================

:func:`plan_update` compares the rows with the knowledge base and returns an :class:`UpdateReport`
(actors added, roles added, roles whose dates changed, roles closed because a successor took
office, rows skipped with the reason). A file without a name, title, country or start column, a date that
is not in the calendar, or a term that ends before it starts is refused (``invalid_record``).
:func:`apply_update` writes the touched actors to a user actor file, where later files override the shipped
ones (see ``docs/actors.md``).
"""

from __future__ import annotations

import copy
import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..records import Actor, Role
from .base import KnowledgeBase
from .fold import slugify
from .resolver import SHARED_OFFICES
from .loader import ROLE_KINDS, actor_line, append_actor, date_exists, ends_before, parse_actor

# Roles one person holds at a time for a country: a new holder closes the predecessor's open term.
SINGLE_HOLDER = frozenset({
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister", "interior_minister",
    "national_security_adviser", "chief_of_staff", "high_representative", "secretary_general",
    "foreign_ministry_spokesperson",
})

# Title words → role kind, tried in order (lower-case substrings of the office title).
_TITLE_ROLES: tuple[tuple[str, str], ...] = (
    ("foreign ministry spokes", "foreign_ministry_spokesperson"), ("press secretary", "spokesperson"),
    ("spokes", "spokesperson"), ("national security advis", "national_security_adviser"),
    ("high representative", "high_representative"), ("secretary-general", "secretary_general"),
    ("secretary general", "secretary_general"), ("foreign", "foreign_minister"), ("secretary of state", "foreign_minister"),
    ("defen", "defence_minister"), ("interior", "interior_minister"), ("home secretary", "interior_minister"),
    ("prime minister", "head_of_government"), ("chancellor", "head_of_government"), ("premier", "head_of_government"),
    ("president", "head_of_state"), ("king", "head_of_state"), ("queen", "head_of_state"), ("emir", "head_of_state"),
    ("chief of staff", "chief_of_staff"), ("head of the office of the president", "chief_of_staff"),
    ("ambassador", "ambassador"), ("envoy", "envoy"),
)
# Column spellings per field, as written in docs and messages; matched case-insensitively.
_COLUMNS = {
    "name": ("personLabel", "name", "holderLabel", "itemLabel"),
    "qid": ("person", "item", "holder", "qid"),
    "title": ("positionLabel", "title", "position", "office"),
    "role": ("role",),
    "country": ("country_iso3", "iso3", "countryLabel", "country"),
    "start": ("start", "startTime", "start_time"),
    "end": ("end", "endTime", "end_time"),
    "aliases": ("aliases", "altLabel"),
}
_KEYS = {field: tuple(c.lower() for c in names) for field, names in _COLUMNS.items()}
# Fields without which no row of the file can be imported (every row would be skipped).
_REQUIRED = ("name", "title", "country", "start")
_QID = re.compile(r"(Q\d+)$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_HINT = ("Give a Wikidata query result (JSON or CSV) or a JSON/JSONL/CSV file with columns name, title, "
         "country, start, end (see docs/actors.md, 'Updating office-holders').")


class OfficeRow(dict):
    """One office term read from a file: lower-case keys, string values, and ``where`` (``file:line``,
    or ``file row N`` in a JSON document) to name it in errors."""

    where: str = ""


@dataclass
class UpdateReport:
    """What an import changes: lists of human-readable lines, and the actors to write."""

    added_actors: list[str] = field(default_factory=list)
    added_roles: list[str] = field(default_factory=list)
    changed_roles: list[str] = field(default_factory=list)
    closed_roles: list[str] = field(default_factory=list)
    overlaps: list[str] = field(default_factory=list)
    unchanged: int = 0
    skipped: list[str] = field(default_factory=list)
    touched: dict[str, Actor] = field(default_factory=dict)

    def summary(self) -> dict[str, int]:
        return {"added_actors": len(self.added_actors), "added_roles": len(self.added_roles),
                "changed_roles": len(self.changed_roles), "closed_roles": len(self.closed_roles),
                "overlaps": len(self.overlaps), "unchanged": self.unchanged, "skipped": len(self.skipped)}

    def to_dict(self) -> dict[str, Any]:
        return {"summary": self.summary(), "added_actors": self.added_actors, "added_roles": self.added_roles,
                "changed_roles": self.changed_roles, "closed_roles": self.closed_roles, "overlaps": self.overlaps,
                "skipped": self.skipped}


# -- reading ------------------------------------------------------------------------------------
def read_rows(path: str | Path) -> list[dict[str, str]]:
    """The office terms of an export file as plain dicts with lower-case keys and string values."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError("office-holder file not found", source=str(path), hint=_HINT, code="file_not_found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"office-holder file cannot be read: {exc}", source=str(path), hint=_HINT,
                         code="file_unreadable") from None
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        raw = _json_rows(text, path)
    else:
        raw = _csv_rows(text, path)
    if not raw:
        raise InputError("no office-holder rows found", source=str(path), hint=_HINT, code="empty_input")
    _check_columns(raw, path)
    rows = []
    for where, row in raw:
        plain = OfficeRow({str(k).strip().lower(): _plain(v) for k, v in row.items() if k is not None})
        plain.where = where
        rows.append(plain)
    return rows


def _check_columns(raw: list[tuple[str, dict]], path: Path) -> None:
    """Refuse a file that lacks a column every row needs (a tracker or any other table, not office terms)."""
    present = list(dict.fromkeys(str(k).strip() for _, row in raw for k in row if k is not None))
    have = {k.lower() for k in present}
    missing = [f for f in _REQUIRED if not have & set(_KEYS[f])]
    if not missing:
        return
    looked = "; ".join(f"{f}: {', '.join(_COLUMNS[f])}" for f in missing)
    raise InputError(f"no office-holder column for {', '.join(missing)} (looked for {looked}); the file has the "
                     f"columns {', '.join(present) or '(none)'}", source=str(path), hint=_HINT, code="invalid_record")


def _csv_rows(text: str, path: Path) -> list[tuple[str, dict]]:
    """The CSV rows, each with ``file:line`` (the line the record ends on)."""
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)  # a European spreadsheet export uses ";"
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    return [(f"{path}:{reader.line_num}", row) for row in reader]


def _json_rows(text: str, path: Path) -> list[tuple[str, dict]]:
    """The objects of a JSON document (each named ``file row N``) or of JSON Lines (``file:line``)."""
    try:
        data = json.loads(text)
        where = [f"{path} row {i}" for i in range(1, len(data) + 1)] if isinstance(data, list) else []
    except json.JSONDecodeError:
        numbered = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
        data = [_json_line(line, f"{path}:{n}") for n, line in numbered]
        where = [f"{path}:{n}" for n, _ in numbered]
    if isinstance(data, dict) and isinstance(data.get("results"), dict):
        data = data["results"].get("bindings", [])
        where = [f"{path} results.bindings[{i}]" for i in range(len(data))] if isinstance(data, list) else []
    if not isinstance(data, list) or not all(isinstance(r, dict) for r in data):
        raise InputError("expected a list of objects or a Wikidata query result", source=str(path), hint=_HINT,
                         code="invalid_record")
    return list(zip(where, data))


def _json_line(line: str, where: str) -> Any:
    """One JSON Lines record; a line that is not JSON is refused naming the file's own line (``file:N``), not
    the line within the record, which is always 1."""
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"not JSON, JSON Lines or CSV: {exc.msg} (column {exc.colno})", source=where,
                         hint=_HINT, code="invalid_json") from None


def _plain(value: Any) -> str:
    """A cell as a string (query-service JSON wraps values as {"type": …, "value": …})."""
    if isinstance(value, dict):
        value = value.get("value", "")
    if isinstance(value, list):
        return "|".join(str(v) for v in value)
    return "" if value is None else str(value).strip()


def _get(row: dict[str, str], key: str) -> str:
    return next((row[k] for k in _KEYS[key] if row.get(k)), "")


def _date(value: str, key: str, where: str) -> str | None:
    """The ISO date (YYYY, YYYY-MM or YYYY-MM-DD) a cell starts with (a query-service time such as
    ``2019-05-20T00:00:00Z`` gives ``2019-05-20``; month or day ``00``, Wikidata's "not known", is left
    out); None when the cell holds no date. A date that is not in the calendar (``2024-13-01``,
    ``2024-02-30``) raises ``invalid_record`` naming ``where``."""
    m = _DATE.match(value or "")
    if not m:
        if re.match(r"\d", value or ""):  # "01/03/2025": a date, but 1 March or 3 January? refused, not guessed
            raise InputError(f"{key} {value!r} is not a date in YYYY-MM-DD (or YYYY-MM, YYYY); a day and month "
                             "written with slashes is not read, as 01/03 may be 1 March or 3 January",
                             source=where, hint=_HINT, code="invalid_record")
        return None
    parts = [p for p in m.groups() if p]
    while len(parts) > 1 and parts[-1] == "00":
        parts.pop()
    date = "-".join(parts)
    if "00" in parts[1:] or not date_exists(date):
        raise InputError(f"{key} date {value!r} is not a date in the calendar (month 01-12, a day the month has)",
                         source=where, hint=_HINT, code="invalid_record")
    return date


def role_kind(title: str) -> str:
    """The role kind an office title names (``other`` when no rule matches)."""
    low = title.lower()
    return next((kind for word, kind in _TITLE_ROLES if word in low), "other")


def _row_problem(name: str, title: str, country_cell: str, country: str | None, start: str | None) -> str | None:
    """Why a row cannot be imported (it is skipped with this reason), or None."""
    if not name:
        return "no name"
    if not title:
        return "no office title"
    if not country_cell:
        return "no country given"
    if not country:
        return f"unknown country {country_cell!r}"
    if "|" in country:  # a short name two states share ("Congo"): refused, not guessed
        return f"country {country_cell!r} is ambiguous: {' or '.join(country.split('|'))}; give the ISO3 code"
    return None if start else "no start date"


# -- planning -----------------------------------------------------------------------------------
class _Planner:
    def __init__(self, kb: KnowledgeBase, source: str):
        self.kb = kb
        self.source = source
        self.report = UpdateReport()
        self.by_qid: dict[str, str] = {}
        for actor in kb.actors.values():
            for qid in re.findall(r"Wikidata (Q\d+)", actor.source or ""):
                self.by_qid.setdefault(qid, actor.id)

    def _take(self, actor_id: str) -> Actor:
        """A copy of a KB actor to change (the knowledge base itself is left as loaded)."""
        if actor_id not in self.report.touched:
            return copy.deepcopy(self.kb.actors[actor_id])
        return self.report.touched[actor_id]

    def country(self, value: str) -> str | None:
        """The state a country cell names; ``"COD|COG"`` (every candidate, joined) when the name is shared."""
        if re.fullmatch(r"[A-Z]{3}", value) or value.startswith("IGO."):
            return value
        states = [a for a in self.kb.lookup(value) if a.type == "state"] if value else []
        return "|".join(sorted({a.id for a in states})) or None

    def actor_for(self, name: str, qid: str, country: str) -> Actor:
        """The KB actor this row is about (by Wikidata id, then folded name and country), else a new one."""
        actor_id = self.by_qid.get(qid) if qid else None
        if actor_id is None:
            same = [a for a in self.kb.lookup(name) if a.type == "person" and a.country in (country, None)]
            actor_id = same[0].id if same else None
        if actor_id is not None:
            return self._take(actor_id)
        actor_id = f"PER.{country}.{slugify(name)}" if len(country) == 3 else f"person:{slugify(name)}"
        actor = self.report.touched.get(actor_id)
        if actor is None:
            actor = Actor(id=actor_id, name=name, type="person", country=country if len(country) == 3 else None,
                          source=f"{self.source}{' Wikidata ' + qid if qid else ''}")
            self.report.added_actors.append(f"{actor_id}  {name}")
        return actor

    def row(self, i: int, row: dict[str, str]) -> None:
        where = getattr(row, "where", "") or f"row {i}"
        name, title = _get(row, "name"), _get(row, "title")
        country = self.country(_get(row, "country"))
        start, end = _date(_get(row, "start"), "start", where), _date(_get(row, "end"), "end", where)
        if start and end and ends_before(start, end):
            raise InputError(f"the term ends ({end}) before it starts ({start})", source=where, hint=_HINT,
                             code="invalid_record")
        problem = _row_problem(name, title, _get(row, "country"), country, start)
        if problem:
            self.report.skipped.append(f"row {i}: {problem}")
            return
        kind = _get(row, "role") if _get(row, "role") in ROLE_KINDS else role_kind(title)
        qid_match = _QID.search(_get(row, "qid"))
        actor = self.actor_for(name, qid_match.group(1) if qid_match else "", country)
        aliases = [a.strip() for a in re.split(r"\|", _get(row, "aliases").replace(", ", "|")) if a.strip()]
        actor.aliases = list(dict.fromkeys([*actor.aliases, *(a for a in aliases if a != actor.name)]))
        role = Role(title=title, role=kind, country=country, start=start, end=end, source=self.source)
        self._merge_role(actor, role)
        if kind in SINGLE_HOLDER:
            self._close_predecessors(actor, role)
            if kind not in SHARED_OFFICES:
                self._note_overlaps(actor, role)

    def _merge_role(self, actor: Actor, role: Role) -> None:
        same = next((r for r in actor.roles if r.role == role.role and r.country == role.country
                     and (r.start or "")[:4] == role.start[:4]), None)
        if same is None:
            actor.roles = [*actor.roles, role]
            self.report.added_roles.append(f"{actor.id}  {role.title} ({role.country}) {role.start} – {role.end or 'open'}")
        elif (same.start, same.end) != (role.start, role.end):
            self.report.changed_roles.append(f"{actor.id}  {role.title}: {same.start} – {same.end or 'open'} → "
                                             f"{role.start} – {role.end or 'open'}")
            same.start, same.end, same.source = role.start, role.end, role.source
        else:
            self.report.unchanged += 1
            return
        self.report.touched[actor.id] = actor

    def _close_predecessors(self, holder: Actor, role: Role) -> None:
        """Open terms of the same office started before ``role`` end the day the new holder took office."""
        for actor_id, old in self.kb.index.holders.get((role.role, role.country), []):
            if actor_id == holder.id or old.end or not old.start or old.start >= role.start:
                continue
            actor = self._take(actor_id)
            current = next(r for r in actor.roles if r.role == old.role and r.country == old.country and r.start == old.start)
            current.end = role.start
            current.source = f"{current.source or 'source not given'}; closed on import ({self.source}): " \
                             f"succeeded by {holder.name}"
            self.report.closed_roles.append(f"{actor_id}  {old.title} ({old.country}) {old.start} – {role.start} "
                                            f"(succeeded by {holder.name})")
            self.report.touched[actor_id] = actor


    def _note_overlaps(self, holder: Actor, role: Role) -> None:
        """Terms of another holder of the same one-holder office that overlap ``role`` after the predecessors are
        closed (an imported term in the middle of a shipped one): listed in the report, nothing changed."""
        start, end = role.start, role.end or "9999"
        for actor_id, old in self.kb.index.holders.get((role.role, role.country), []):
            if actor_id == holder.id:
                continue
            term = next((r for r in self.report.touched.get(actor_id, self.kb.actors[actor_id]).roles
                         if r.role == old.role and r.country == old.country and r.start == old.start), old)
            if term.start and term.start < end and start < (term.end or "9999"):
                self.report.overlaps.append(
                    f"{holder.id}  {role.title} ({role.country}) {role.start} – {role.end or 'open'} overlaps "
                    f"{actor_id} {term.start} – {term.end or 'open'}")


def plan_update(kb: KnowledgeBase, rows: list[dict[str, str]], source: str) -> UpdateReport:
    """Compare export rows with ``kb``; nothing is written. ``source`` is recorded on each new role."""
    planner = _Planner(kb, source)
    for i, row in enumerate(rows, 1):
        planner.row(i, row)
    return planner.report


def apply_update(report: UpdateReport, target: str | Path) -> int:
    """Append the touched actors to the user actor file ``target`` (they override earlier files on load).
    Every actor is checked before the first is written, so a bad one leaves the file as it was."""
    for actor in report.touched.values():
        parse_actor(json.loads(actor_line(actor)), f"{target}:new")
    for actor in report.touched.values():
        append_actor(target, actor)
    return len(report.touched)
