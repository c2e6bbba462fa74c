"""Readers for other event data formats, yielding cablegram :class:`~cablegram.records.Event` records.

Each reader yields :class:`ImportedEvent` (the event plus what is known of the document it came
from) and counts what it skipped, with the reason, in a :class:`ReadReport`. Formats:

- ``gdelt``: GDELT 1.0/2.0 event exports — tab-separated daily files without a header (57, 58 or
  61 columns), CSV/TSV with a header row (e.g. from BigQuery), or JSON Lines with the column
  names as keys. CAMEO codes are mapped with :mod:`cablegram.interop.cameo`.
- ``polecat``: POLECAT records (PLOVER-coded) as tab- or comma-separated files with a header
  row, or JSON Lines; column names are matched case- and space-insensitively ("Event Type",
  ``event_type``).
- ``plover``: PLOVER JSON (one object per line, or a JSON array), including cablegram's own
  PLOVER export, which reads back losslessly.
- ``jsonl`` / ``csv``: cablegram's own events-table exports (``export --table events``).

Actors are mapped to cablegram ids with :class:`cablegram.interop.actors.ActorMapper`.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from ..errors import InputError
from ..jsonlines import parse_json_line
from ..records import Event, stable_id
from ..store.schema import TABLES_BY_NAME
from .actors import ActorMapper
from .cameo import from_cameo

IMPORT_FORMATS: tuple[str, ...] = ("gdelt", "polecat", "plover", "jsonl", "csv")

# GDELT 2.0 event table columns, in file order (61). GDELT 1.0 lacks the three *_ADM2Code
# columns (58), and files before April 2013 also lack SOURCEURL (57).
GDELT2_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
    *(f"Actor{i}{f}" for i in (1, 2) for f in ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
                                              "Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"{p}_{f}" for p in ("Actor1Geo", "Actor2Geo", "ActionGeo")
      for f in ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)
GDELT1_COLUMNS: tuple[str, ...] = tuple(c for c in GDELT2_COLUMNS if not c.endswith("ADM2Code"))

_GDELT_HINT = "Pass a GDELT event export: tab-separated without header (57, 58 or 61 columns), CSV with a header, or JSONL."
_POLECAT_HINT = "Pass POLECAT records with a header row (Event ID, Event Date, Event Type, Actor Name, …) or as JSONL."
_PLOVER_HINT = "Pass PLOVER JSON: one object per line with at least \"event\" (see docs/interop.md)."


@dataclass
class ImportedEvent:
    """An event read from another format, and the document it belongs to."""

    event: Event
    doc_key: str  # groups events of one document: a cablegram doc id, a URL or a story id
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    published_at: str | None = None
    doc_id: str | None = None  # set when the source names a cablegram document id


@dataclass
class ReadReport:
    """What a reader saw: records read, records skipped by reason, and bad lines (each an InputError
    naming ``file:line``; reading goes on after them)."""

    read: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    errors: list[InputError] = field(default_factory=list)

    def skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1

    def bad(self, error: InputError) -> None:
        """Record a bad line; the reader goes on with the next one."""
        self.errors.append(error)


def _norm_key(key: str) -> str:
    return "".join(ch for ch in key.lower() if ch.isalnum())


def _open_text(path: Path):
    try:
        return path.open(encoding="utf-8-sig", newline="")
    except FileNotFoundError:
        raise InputError("file not found", source=str(path), code="file_not_found", hint="Check the path.") from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file", source=str(path), code="file_unreadable", hint="Pass one file.") from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", source=str(path), code="file_unreadable") from None


def _json_lines(path: Path, hint: str) -> Iterator[tuple[str, dict | InputError]]:
    """(where, object) for a JSON Lines file or a file holding one JSON array of objects; a bad line or
    item comes as (where, InputError) and reading goes on."""
    with _open_text(path) as handle:
        try:
            head = handle.read(1)
            while head and head.isspace():
                head = handle.read(1)
            if head == "[":
                try:
                    items = json.loads(head + handle.read())
                except json.JSONDecodeError as exc:
                    raise InputError(f"invalid JSON ({exc.msg}, line {exc.lineno})", source=str(path), hint=hint, code="invalid_json") from None
                except RecursionError:
                    raise InputError("JSON nested too deep", source=str(path), hint=hint, code="invalid_json") from None
                for i, item in enumerate(items):
                    where = f"{path}[{i}]"
                    try:
                        item = parse_json_line(json.dumps(item), where, hint)  # same depth and Unicode checks
                    except InputError as err:
                        yield where, err
                        continue
                    except (RecursionError, UnicodeEncodeError):
                        yield where, InputError("JSON nested too deep or not Unicode text", source=where, hint=hint, code="invalid_json")
                        continue
                    if not isinstance(item, dict):
                        yield where, InputError("expected a JSON object", source=where, hint=hint, code="invalid_record")
                        continue
                    yield where, item
                return
            first = True
            for lineno, line in enumerate(handle, 1):
                if first:
                    line, first = head + line, False
                if not line.strip():
                    continue
                where = f"{path}:{lineno}"
                try:
                    item = parse_json_line(line, where, hint)
                except InputError as err:
                    yield where, err  # a bad line is reported by the reader, which goes on
                    continue
                if not isinstance(item, dict):
                    yield where, InputError("expected a JSON object on each line", source=where, hint=hint, code="invalid_record")
                    continue
                yield where, item
        except UnicodeDecodeError:
            raise InputError("not UTF-8 text", source=str(path), hint="Convert the file to UTF-8.", code="encoding_error") from None


def _is_json(path: Path) -> bool:
    if path.suffix.lower() in (".jsonl", ".json", ".ndjson"):
        return True
    with _open_text(path) as handle:
        try:
            start = handle.read(256).lstrip()
        except UnicodeDecodeError:
            raise InputError("not UTF-8 text", source=str(path), hint="Convert the file to UTF-8.", code="encoding_error") from None
    return start.startswith(("{", "["))


def _delimited(path: Path, header: tuple[str, ...] | None, hint: str) -> Iterator[tuple[str, dict | InputError]]:
    """(where, row) for a tab- or comma-separated file; ``header`` given = the file has none."""
    with _open_text(path) as handle:
        try:
            sample = handle.read(65536)
            handle.seek(0)
            delimiter = "\t" if "\t" in sample.split("\n", 1)[0] else ","
            reader = csv.reader(handle, delimiter=delimiter)
            names: list[str] | None = list(header) if header else None
            for lineno, cells in enumerate(reader, 1):
                if not cells or not any(c.strip() for c in cells):
                    continue
                where = f"{path}:{lineno}"
                if names is None:
                    names = [c.strip() for c in cells]
                    continue
                if len(cells) != len(names):
                    yield where, InputError(f"expected {len(names)} columns, found {len(cells)}", source=where,
                                            hint=hint, code="invalid_record")
                    continue
                yield where, dict(zip(names, cells))
        except UnicodeDecodeError:
            raise InputError("not UTF-8 text", source=str(path), hint="Convert the file to UTF-8.", code="encoding_error") from None
        except csv.Error as exc:
            raise InputError(f"malformed CSV: {exc}", source=str(path), hint=hint, code="unsupported_format") from None


def _keyed(row: dict) -> dict[str, Any]:
    return {_norm_key(k): v for k, v in row.items() if k is not None}


def _blank(value: Any) -> Any:
    return None if value is None or (isinstance(value, str) and not value.strip()) else value


def _iso_compact(value: Any) -> str | None:
    """YYYYMMDD or YYYYMMDDHHMMSS (GDELT) → ISO 8601; ISO strings pass through."""
    text = str(value or "").strip()
    if not text:
        return None
    if text.isdigit() and len(text) == 8:
        return f"{text[:4]}-{text[4:6]}-{text[6:]}"
    if text.isdigit() and len(text) == 14:
        return f"{text[:4]}-{text[4:6]}-{text[6:8]}T{text[8:10]}:{text[10:12]}:{text[12:]}Z"
    return text


# --- GDELT ---------------------------------------------------------------------------------------

def _gdelt_rows(path: Path) -> Iterator[tuple[str, dict | InputError]]:
    if _is_json(path):
        yield from _json_lines(path, _GDELT_HINT)
        return
    with _open_text(path) as handle:
        try:
            first = handle.readline()
        except UnicodeDecodeError:
            raise InputError("not UTF-8 text", source=str(path), hint="Convert the file to UTF-8.", code="encoding_error") from None
    delimiter = "\t" if "\t" in first else ","
    cells = next(csv.reader([first], delimiter=delimiter), [])
    if cells and _norm_key(cells[0]) == "globaleventid":
        yield from _delimited(path, None, _GDELT_HINT)
        return
    by_count = {len(GDELT2_COLUMNS): GDELT2_COLUMNS, len(GDELT1_COLUMNS): GDELT1_COLUMNS,
                len(GDELT1_COLUMNS) - 1: GDELT1_COLUMNS[:-1]}
    if len(cells) not in by_count:
        raise InputError(f"a header-less GDELT file has 57, 58 or 61 columns; this one has {len(cells)}",
                         source=f"{path}:1", hint=_GDELT_HINT, code="unsupported_format")
    yield from _delimited(path, by_count[len(cells)], _GDELT_HINT)


def read_gdelt(path: str | Path, mapper: ActorMapper, report: ReadReport | None = None) -> Iterator[ImportedEvent]:
    """Events from a GDELT event export (see module docstring for the layouts accepted)."""
    path = Path(path)
    report = report if report is not None else ReadReport()
    counters: dict[str, int] = {}
    for where, raw in _gdelt_rows(path):
        report.read += 1
        if isinstance(raw, InputError):
            report.bad(raw)
            continue
        row = _keyed(raw)
        code = str(row.get("eventcode") or "").strip()
        if not code:
            report.bad(InputError("no EventCode", source=where, hint=_GDELT_HINT, code="invalid_record"))
            continue
        try:
            mapped = from_cameo(code)
        except InputError as exc:
            report.bad(InputError(exc.message, source=where, hint=exc.hint, code=exc.code))
            continue
        if mapped is None:
            report.skip(f"CAMEO root {code[:2].zfill(2)} has no PLOVER type")
            continue
        etype, mode = mapped
        url = _blank(row.get("sourceurl"))
        event_id = str(row.get("globaleventid") or "").strip()
        key = url or f"gdelt:{event_id or where}"
        index = counters.get(key, 0)
        counters[key] = index + 1
        names = [_blank(row.get(f"actor{i}name")) for i in (1, 2)]
        actors = [mapper.resolve(_blank(row.get(f"actor{i}code")), names[i - 1], _blank(row.get(f"actor{i}countrycode")))
                  for i in (1, 2)]
        sentence = f"GDELT event {event_id}: {names[0] or '?'} → {names[1] or '?'}, CAMEO {code}"
        event = Event(doc_id="", sentence_index=index, sentence=sentence, type=etype, mode=mode,
                      source_actor=actors[0], target_actor=actors[1], source_text=names[0], target_text=names[1],
                      trigger=f"CAMEO {code}", date=_iso_compact(row.get("day") or row.get("sqldate")),
                      place=_blank(row.get("actiongeofullname")), modality="occurred", confidence=0.5)
        host = urlparse(url).netloc if url else None
        yield ImportedEvent(event, key, url=url, publisher=host or "GDELT",
                            published_at=_iso_compact(row.get("dateadded")))


# --- POLECAT -------------------------------------------------------------------------------------

def _split_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v).strip() for v in value if str(v).strip()]
    text = str(value).strip()
    if text.startswith("["):
        try:
            items = json.loads(text)
            return [str(v).strip() for v in items if str(v).strip()]
        except json.JSONDecodeError:
            pass  # not JSON after all: fall through to the separators
    sep = ";" if ";" in text else ","
    return [p.strip() for p in text.split(sep) if p.strip()]


def read_polecat(path: str | Path, mapper: ActorMapper, report: ReadReport | None = None) -> Iterator[ImportedEvent]:
    """Events from POLECAT records. Compound actors ("A; B") keep the first actor as the code and the
    whole list as the text; contexts may be separated by ``;`` or ``,`` or be a JSON list."""
    from ..nlp.plover import EVENT_TYPES

    path = Path(path)
    report = report if report is not None else ReadReport()
    rows = _json_lines(path, _POLECAT_HINT) if _is_json(path) else _delimited(path, None, _POLECAT_HINT)
    counters: dict[str, int] = {}
    for where, raw in rows:
        report.read += 1
        if isinstance(raw, InputError):
            report.bad(raw)
            continue
        row = _keyed(raw)
        etype = str(row.get("eventtype") or "").strip().upper()
        if not etype:
            report.bad(InputError("no Event Type", source=where, hint=_POLECAT_HINT, code="invalid_record"))
        elif etype not in EVENT_TYPES:
            report.skip(f"event type {etype} is not a PLOVER type")
        else:
            yield _polecat_event(row, etype, where, mapper, counters)


def _polecat_event(row: dict[str, Any], etype: str, where: str, mapper: ActorMapper,
                   counters: dict[str, int]) -> ImportedEvent:
    """One POLECAT row (keys normalised by :func:`_keyed`) as an ImportedEvent; ``counters`` numbers the
    events of each story."""
    event_id = str(row.get("eventid") or "").strip()
    url = _blank(row.get("url") or row.get("sourceurl"))
    key = str(_blank(row.get("storyid")) or url or f"polecat:{event_id or where}")
    index = _next_index(counters, key)
    (source_id, source_text), (target_id, target_text) = (_polecat_actor(row, role, mapper)
                                                          for role in ("actor", "recipient"))
    mode = _blank(row.get("eventmode"))
    text = _blank(row.get("eventtext") or row.get("text") or row.get("headline"))
    event = Event(doc_id="", sentence_index=index,
                  sentence=str(text) if text else
                  f"POLECAT event {event_id}: {source_text or '?'} {etype} {target_text or '?'}",
                  type=etype, mode=str(mode).lower() if mode else None,
                  context=[c.lower() for c in _split_list(_blank(row.get("contexts") or row.get("context")))],
                  source_actor=source_id, target_actor=target_id, source_text=source_text, target_text=target_text,
                  trigger=f"POLECAT {event_id}" if event_id else None,
                  date=_iso_compact(row.get("eventdate") or row.get("date")),
                  place=_blank(row.get("placename") or row.get("rawplacename")), modality="occurred", confidence=0.5)
    return ImportedEvent(event, key, url=url, title=_blank(row.get("headline")),
                         publisher=_blank(row.get("source") or row.get("publisher")) or "POLECAT",
                         published_at=_iso_compact(row.get("publicationdate")))


def _polecat_actor(row: dict[str, Any], role: str, mapper: ActorMapper) -> tuple[str | None, str | None]:
    """(actor id, text) of a POLECAT role ("actor" or "recipient"): the first name and country decide the id,
    every name goes into the text."""
    names = _split_list(_blank(row.get(f"{role}name")))
    countries = _split_list(_blank(row.get(f"{role}country")))
    if not names and not countries:
        return None, None
    actor_id = mapper.resolve(None, names[0] if names else None, countries[0] if countries else None)
    return actor_id, "; ".join(names) or None


def _next_index(counters: dict[str, int], key: str) -> int:
    """The next event number within document ``key`` (0, 1, …)."""
    index = counters.get(key, 0)
    counters[key] = index + 1
    return index


# --- PLOVER JSON ---------------------------------------------------------------------------------

def _plover_actor(value: Any) -> tuple[str | None, str | None]:
    """(code, text) of the first actor of a PLOVER actor list (or a bare actor object/string)."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, str):
        return value or None, None
    if not isinstance(value, dict):
        return None, None
    k = _keyed(value)
    return _blank(k.get("code")), _blank(k.get("actortext") or k.get("text") or k.get("name"))


def read_plover(path: str | Path, mapper: ActorMapper, report: ReadReport | None = None) -> Iterator[ImportedEvent]:
    """Events from PLOVER JSON. ``event`` may be a string or a list (one event per category);
    2016 labels (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT) are mapped to ours. Codes that are not
    cablegram ids are resolved with the mapper, else kept as written."""
    from ..nlp.plover import EVENT_TYPES, from_gold_2016

    path = Path(path)
    report = report if report is not None else ReadReport()
    counters: dict[str, int] = {}
    for where, raw in _json_lines(path, _PLOVER_HINT):
        report.read += 1
        if isinstance(raw, InputError):
            report.bad(raw)
            continue
        rec = _keyed(raw)
        labels = _as_list(rec.get("event"))
        if not labels:
            report.bad(InputError("record has no \"event\" field", source=where, hint=_PLOVER_HINT, code="invalid_record"))
            continue
        fields, document = _plover_fields(rec, where, mapper)
        seq = _keyed(rec.get("textinfo") or {}).get("sequence")
        for label in labels:
            etype = from_gold_2016(str(label).strip().upper())
            if etype not in EVENT_TYPES:
                report.skip(f"event type {label} is not a PLOVER type")
                continue
            index = _next_index(counters, document["doc_key"]) if seq is None else int(seq)
            yield ImportedEvent(Event(sentence_index=index, type=etype, **fields), **document)


def _plover_fields(rec: dict[str, Any], where: str, mapper: ActorMapper) -> tuple[dict[str, Any], dict[str, Any]]:
    """For one PLOVER record (keys normalised): the Event fields shared by its event labels, and the
    ImportedEvent's document fields (``doc_key``, url, title, publisher, published_at, doc_id)."""
    cite = _keyed(rec.get("citeinfo") or {})
    doc_id = _blank(rec.get("docid"))
    url = _blank(cite.get("url") or rec.get("url"))
    src_code, src_text = _plover_actor(rec.get("source"))
    tgt_code, tgt_text = _plover_actor(rec.get("recipient") if "recipient" in rec else rec.get("target"))
    loc = rec.get("eventloc")
    place = _blank(loc.get("name") or loc.get("placename")) if isinstance(loc, dict) else _blank(loc)
    date = None if rec.get("datesource") == "publication" else rec.get("datefull") or rec.get("date")
    fields = dict(doc_id=doc_id or "", sentence=str(rec.get("text") or ""), mode=_blank(_first(rec.get("mode"))),
                  context=[str(c) for c in _as_list(rec.get("context"))],
                  source_actor=mapper.resolve(src_code, src_text) or src_code,
                  target_actor=mapper.resolve(tgt_code, tgt_text) or tgt_code,
                  source_text=src_text, target_text=tgt_text, trigger=_plover_trigger(rec.get("eventtext")),
                  date=_blank(date), place=place, modality=rec.get("modality") or "occurred",
                  reported_speech=bool(rec.get("reportedspeech")),
                  confidence=float(rec["confidence"]) if rec.get("confidence") is not None else 0.5)
    document = dict(doc_key=doc_id or url or f"plover:{rec.get('id') or where}", url=url,
                    title=_blank(cite.get("title")), publisher=_blank(cite.get("publication")), published_at=None,
                    doc_id=doc_id)
    return fields, document


def _plover_trigger(texts: Any) -> str | None:
    """The first ``eventtext`` (a string or a list of strings)."""
    return _blank(_first(texts)) if isinstance(texts, (list, str)) else None


def _as_list(value: Any) -> list:
    """A string as a one-item list, a list as itself, anything empty as []."""
    return [value] if isinstance(value, str) else list(value or [])


def _first(value: Any) -> Any:
    """The first item of a non-empty list, else the value itself (None for an empty list)."""
    if isinstance(value, list):
        return value[0] if value else None
    return value


# --- cablegram's own events exports ----------------------------------------------------------------

def read_events_export(path: str | Path, fmt: str, report: ReadReport | None = None) -> Iterator[ImportedEvent]:
    """Events from cablegram's own ``export --table events`` output (``fmt`` = ``jsonl`` or ``csv``)."""
    path = Path(path)
    report = report if report is not None else ReadReport()
    table = TABLES_BY_NAME["events"]
    hint = "Pass a file written by `cablegram export --table events --format jsonl|csv`."
    rows = _json_lines(path, hint) if fmt == "jsonl" else _delimited(path, None, hint)
    for where, row in rows:
        report.read += 1
        try:
            if isinstance(row, InputError):
                raise row
            if fmt == "csv":
                row = _decode_csv_row(row, where)
            if not row.get("doc_id") or not row.get("type"):
                raise InputError("row has no doc_id or type", source=where, hint=hint, code="invalid_record")
        except InputError as err:
            report.bad(err)
            continue
        data = {k: v for k, v in row.items() if k in table.column_names and k != "id"}
        event = Event.from_dict(data)
        yield ImportedEvent(event, event.doc_id, doc_id=event.doc_id)


def _decode_csv_row(row: dict[str, str], where: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for c in TABLES_BY_NAME["events"].columns:
        value = row.get(c.name, "")
        if value == "":
            out[c.name] = None
            continue
        if value.startswith("'") and value[1:2] in ("=", "+", "-", "@", "\t", "\r") and value[1:2]:
            value = value[1:]  # written neutralised by `export --format csv` (see export.writers); undone here
        try:
            if c.type == "json":
                out[c.name] = json.loads(value)
            elif c.type == "int":
                out[c.name] = int(value)
            elif c.type == "real":
                out[c.name] = float(value)
            elif c.type == "bool":
                out[c.name] = value.strip().lower() in ("true", "1", "yes")
            else:
                out[c.name] = value
        except ValueError as exc:  # json.JSONDecodeError is a ValueError
            raise InputError(f"column {c.name}: cannot read {value[:40]!r} ({exc})", source=where, code="invalid_record") from None
    for name in ("context",):
        if out.get(name) is None:
            out[name] = []
    for name in ("modality",):
        if out.get(name) is None:
            out.pop(name)
    if out.get("confidence") is None:
        out.pop("confidence")
    if out.get("reported_speech") is None:
        out["reported_speech"] = False
    return out


def read_events(path: str | Path, fmt: str, mapper: ActorMapper | None, report: ReadReport | None = None) -> Iterator[ImportedEvent]:
    """Dispatch to the reader for ``fmt`` (one of :data:`IMPORT_FORMATS`)."""
    if fmt not in IMPORT_FORMATS:
        raise InputError(f"unknown import format {fmt!r}", source="--format", code="unsupported_format", hint=f"Choose one of: {', '.join(IMPORT_FORMATS)}.")
    if fmt in ("jsonl", "csv"):
        return read_events_export(path, fmt, report)
    mapper = mapper or ActorMapper(kb=None)
    return {"gdelt": read_gdelt, "polecat": read_polecat, "plover": read_plover}[fmt](path, mapper, report)


def synthetic_doc_id(fmt: str, key: str) -> str:
    """A stable document id for events whose source names no cablegram document."""
    return stable_id("doc", "import", fmt, key)

