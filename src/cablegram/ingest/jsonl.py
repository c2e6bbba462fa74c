"""JSONL files: one JSON object per line becomes one Document.

Field mapping: each Document field is read from the first of its candidate
keys present in the object (defaults in ``DEFAULT_FIELDS``; they cover the
shapes of common news dumps, e.g. ``text``/``date``/``url`` or
``text``/``date``/``source``). Passing ``fields={"text": "body"}`` replaces the
candidates for ``text`` by the one key ``body``. ``id`` goes to
``meta["source_id"]``; keys not used by the mapping go to ``meta``.

A bad line (invalid or truncated JSON, not an object, no text) is yielded as
an InputError naming ``file:line`` and the field, and reading goes on.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from datetime import datetime, timezone
from html import unescape
from pathlib import Path

from ..errors import InputError
from ..jsonlines import parse_json_line
from ..records import Document
from .common import fragment_text, read_date, utc_now_iso
from .text import decode_checked, read_file_bytes

# Document field → keys tried in order. "id" is stored as meta["source_id"].
DEFAULT_FIELDS: Mapping[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article", "full_text"),
    "title": ("title", "headline"),
    "url": ("url", "link", "source_url"),
    "publisher": ("publisher", "source", "source_name", "site_name", "outlet", "site", "source_domain"),
    "published_at": ("published_at", "date", "publication_date", "published", "pub_date", "publishedAt",
                     "datePublished", "date_published", "published_time", "pubDate"),
    "id": ("id", "doc_id", "_id"),
}
MAPPABLE = frozenset(DEFAULT_FIELDS)


def field_candidates(fields: Mapping[str, str] | None) -> dict[str, tuple[str, ...]]:
    """The candidate keys per Document field after applying the user's mapping; rejects unknown fields."""
    merged = dict(DEFAULT_FIELDS)
    for name, key in (fields or {}).items():
        target = "published_at" if name == "date" else name
        if target not in MAPPABLE:
            raise InputError(f"unknown JSONL field mapping {name}={key}", source="--jsonl-field",
                             hint=f"Map one of: {', '.join(sorted(MAPPABLE | {'date'}))} (e.g. text=body).",
                             code="invalid_value")
        merged[target] = (key,)
    return merged


def parse_field_options(options: list[str] | None) -> dict[str, str]:
    """Parse ``["text=body", "date=pub"]`` into a mapping; raises InputError for a malformed option."""
    out: dict[str, str] = {}
    for opt in options or []:
        name, sep, key = opt.partition("=")
        if not sep or not name.strip() or not key.strip():
            raise InputError(f"malformed JSONL field mapping {opt!r}", source="--jsonl-field",
                             hint="Write FIELD=KEY, e.g. --jsonl-field text=body.", code="invalid_value")
        out[name.strip()] = key.strip()
    field_candidates(out)  # validate names early
    return out


def _utf8_encodable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def document_from_record(obj: Mapping, source: str, line_no: int, candidates: Mapping[str, tuple[str, ...]],
                         fetched_at: str, raw: str, *, unit: str = "line") -> Document:
    """One JSON object → Document; raises InputError naming ``source:line`` and the missing field. ``unit`` is what
    ``line_no`` counts, as the messages say it: "line" (JSON Lines) or "item" (an item of a .json array)."""
    where = f"{source}:{line_no}"
    values, used = _field_values(obj, candidates)
    text = _record_text(obj, values.get("text"), candidates["text"], where, unit)
    for name, value in values.items():
        if isinstance(value, str) and not _utf8_encodable(value):
            raise InputError(f"field {name!r} holds an unpaired surrogate escape (e.g. \\ud800), not valid Unicode text",
                             source=where, hint=f"Fix the encoding of this {unit} in the producer and ingest it again.",
                             code="encoding_error")
    meta = {k: v for k, v in obj.items() if k not in used}
    meta["line"] = line_no
    meta["format"] = "jsonl"
    if "id" in values:
        meta["source_id"] = values["id"]
    published = values.get("published_at")
    published_iso, date_flag = read_date(_machine_date(published))
    if published is not None and published_iso is None:
        meta["date_unparsed"] = published
    return Document(
        # NUL characters are never meaningful in article text, and PostgreSQL refuses them.
        text=_plain_text(text, meta).replace("\r\n", "\n").replace("\x00", "").strip(),
        title=_str_or_none(values.get("title")),
        url=_str_or_none(values.get("url")),
        publisher=_str_or_none(values.get("publisher")),
        published_at=published_iso,
        fetched_at=fetched_at,
        raw=raw,
        source=source,
        meta=meta,
        quality=[date_flag] if date_flag else [],
    )


_COMPACT_DATE = re.compile(r"(\d{4})(\d\d)(\d\d)(?:T?(\d\d)(\d\d)(\d\d)Z?)?")  # 20240307, 20240307T091500Z


def _machine_date(value: object) -> object:
    """A date written for machines, as an ISO string: Unix seconds or milliseconds (a number, or a string of
    10 or 13 digits), a compact ``20240307T091500Z`` (GDELT) or ``20240307``, a ``{"$date": …}`` object;
    anything else as it is (read by :func:`read_date`, complete or not at all)."""
    if isinstance(value, dict) and "$date" in value:
        return _machine_date(value["$date"])
    if isinstance(value, str) and value.strip().isdigit() and len(value.strip()) in (10, 13):
        value = int(value.strip())
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = value / 1000 if value > 1e11 else value
        if 1e8 < seconds < 4e9:
            return datetime.fromtimestamp(seconds, tz=timezone.utc).replace(microsecond=0).isoformat()
        return value
    m = _COMPACT_DATE.fullmatch(value.strip()) if isinstance(value, str) else None
    if m:
        try:
            stamp = datetime(*(int(g) for g in m.groups() if g is not None))
        except ValueError:
            return value
        if m.group(4) is None:
            return stamp.date().isoformat()
        return stamp.isoformat() + ("+00:00" if value.strip().endswith("Z") else "")
    return value


def _record_text(obj: Mapping, text: object, keys: tuple[str, ...], where: str, unit: str = "line") -> str:
    """The record's article text (a list of paragraphs joined); an InputError naming ``where`` when the text field
    is there but empty (``empty_input``), missing, or not text (``invalid_record``: map another field)."""
    if isinstance(text, list) and text and all(isinstance(p, str) for p in text):
        text = "\n\n".join(p.strip() for p in text if p.strip())  # the text as a list of paragraphs
    present = [k for k in keys if k in obj]
    if present and (text is None or (isinstance(text, str) and not text.strip())):
        # the field is there but holds nothing (null, "", blanks): mapping another field is not the fix
        raise InputError(f"text field {present[0]!r} is empty in this {unit} (no article text)", source=where,
                         hint=f"Fill in the article text in the producer, or remove the {unit}; the other {unit}s "
                              "were read.", code="empty_input")
    if text is None:
        raise InputError(f"no text field ({'/'.join(keys)}) in this {unit}", source=where,
                         hint="Map the field holding the article text, e.g. --jsonl-field text=body.",
                         code="invalid_record")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"text field is {type(text).__name__}, not a non-empty string", source=where,
                         hint="Map the field holding the article text, e.g. --jsonl-field text=body.",
                         code="invalid_record")
    return text


def _field_values(obj: Mapping, candidates: Mapping[str, tuple[str, ...]]) -> tuple[dict[str, object], set[str]]:
    """Each Document field's value from the first of its candidate keys that holds one, and the keys used."""
    used: set[str] = set()
    values: dict[str, object] = {}
    for name, keys in candidates.items():
        for key in keys:
            value = _named_value(obj[key]) if key in obj and name != "text" else obj.get(key)
            if value not in (None, ""):
                values[name] = value
                used.add(key)
                break
    return values, used


def _named_value(value: object) -> object:
    """A field's value; an object in its place ({"id": null, "name": "Harbour Wire"}, as news APIs give the
    source) stands for its name (or title), never for its printed form; None when it has neither."""
    if isinstance(value, dict) and "$date" not in value:  # a {"$date": …} object is a date (read as one)
        return next((value[k] for k in ("name", "title") if isinstance(value.get(k), str) and value[k].strip()), None)
    return value


# Markup in a text field (a feed's or a CMS's HTML body dumped as it was): reduced to text, paragraphs kept.
_MARKUP = re.compile(r"</?(?:p|br|div|span|a|strong|em|b|i|li|ul|ol|h[1-6]|blockquote|figure|figcaption)\b[^<>]*>",
                     re.I)
# A news API's cut-off marker at the end of a shortened text ("… [+1520 chars]").
_CUT_MARKER = re.compile(r"\s*\[\+\d+ chars\]\s*$")


def _plain_text(text: str, meta: dict) -> str:
    """The text without HTML markup (``meta["text_markup"]``) and without a cut-off marker (``meta["truncated"]``)."""
    if _MARKUP.search(text) or ("&lt;" in text and _MARKUP.search(unescape(text))):  # markup, maybe escaped once
        text = fragment_text(text)
        meta["text_markup"] = "html"
    cut = _CUT_MARKER.search(text)
    if cut:
        meta["truncated"] = text[cut.start():].strip()
        text = text[:cut.start()]
    return text


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)


def iter_jsonl_text(text: str, source: str, fields: Mapping[str, str] | None = None) -> Iterator[Document | InputError]:
    """Documents (and InputErrors for bad lines) from JSONL text."""
    try:
        candidates = field_candidates(fields)
    except InputError as err:
        yield err
        return
    fetched_at = utc_now_iso()
    for line_no, line in enumerate(text.split("\n"), start=1):
        raw = line.strip()
        if not raw:
            continue
        where = f"{source}:{line_no}"
        try:
            obj = parse_json_line(raw, where, "Fix or remove this line; the other lines were read.",
                                  "; the line may be truncated")
        except InputError as err:
            yield err
            continue
        if not isinstance(obj, dict):
            yield InputError(f"line is a JSON {type(obj).__name__}, not an object", source=where,
                             hint="Each line must be one JSON object such as {\"text\": ...}.", code="invalid_record")
            continue
        try:
            yield document_from_record(obj, source, line_no, candidates, fetched_at, raw)
        except InputError as err:
            yield err


def read_jsonl_file(path: str | Path, fields: Mapping[str, str] | None = None) -> Iterator[Document | InputError]:
    """Documents and per-line InputErrors from a ``.jsonl`` file; a file-level problem is yielded as one error."""
    p = Path(path)
    try:
        decoded = decode_checked(read_file_bytes(p), str(p))
    except InputError as err:
        yield err
        return
    for item in iter_jsonl_text(decoded.text, str(p), fields):
        if isinstance(item, Document) and decoded.flags:
            item.quality = sorted(set(item.quality) | set(decoded.flags))
        yield item


def read_json_file(path: str | Path, fields: Mapping[str, str] | None = None) -> Iterator[Document | InputError]:
    """Documents from a ``.json`` file holding one record (a JSON object with a text field, e.g. a saved
    readout) or an array of such records; each record is read as a JSONL line is (same field mapping,
    ``fields``), item ``n`` of an array named ``file:n``. Not JSON → one ``invalid_json`` error; an item that
    is not an object → ``invalid_record`` for that item, the others are still read."""
    p = Path(path)
    try:
        decoded = decode_checked(read_file_bytes(p), str(p))
    except InputError as err:
        yield err
        return
    yield from iter_json_text(decoded.text, str(p), fields, flags=decoded.flags)


def iter_json_text(text: str, source: str, fields: Mapping[str, str] | None = None, *, flags=(),
                   fetched_at: str | None = None) -> Iterator[Document | InputError]:
    """Documents from the text of a JSON document (a file's or a fetched URL's): one record or an array of
    records, read as :func:`read_json_file` reads a ``.json`` file."""
    try:
        candidates = field_candidates(fields)
        data = parse_json_line(text, source, "A .json file holds one JSON object such as {\"text\": ...} "
                               "or an array of them; use .jsonl for one object per line.")
    except InputError as err:
        yield err
        return
    records = data if isinstance(data, list) else [data]
    fetched_at = fetched_at or utc_now_iso()
    for number, obj in enumerate(records, start=1):
        if not isinstance(obj, dict):
            yield InputError(f"item {number} is a JSON {type(obj).__name__}, not an object", source=f"{source}:{number}",
                             hint="Each record must be a JSON object such as {\"text\": ...}.", code="invalid_record")
            continue
        try:
            doc = document_from_record(obj, source, number, candidates, fetched_at, json.dumps(obj, ensure_ascii=False),
                                       unit="item")
        except InputError as err:
            yield err
            continue
        doc.meta["format"] = "json"
        if flags:
            doc.quality = sorted(set(doc.quality) | set(flags))
        yield doc
