"""Documents for tracing from what a caller passes: a Document, a file path or a URL.

The CLI (`cablegram trace ARTICLE --source …`) and the Python API (:func:`cablegram.trace`) read their
inputs the same way: a ``.json`` file holding one object (``text`` or body/content/article, title,
publisher, date, url; a readout/rewrite pair ``{"primary": {...}}`` gives its primary), or anything
``cablegram ingest`` reads (text, Markdown, HTML, JSONL, feeds, http(s) URLs; the first document is used). A source
(:func:`source_documents`) is every record of a JSON Lines file or ``.json`` array.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
from pathlib import Path

from ..errors import InputError
from ..records import Document

JSON_TEXT_KEYS = ("text", "body", "content", "article")
JSON_DATE_KEYS = ("date", "published_at", "published", "datetime")


def _json_data(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"not valid JSON: {exc}", source=str(path),
                         hint="Pass a JSON object with a \"text\" field, or a text, HTML or JSONL file.",
                         code="invalid_json") from exc


def json_document(path: Path, *, primary: bool = False, data=None) -> Document:
    """The Document saved as a JSON object in ``path`` (or ``data``, one record of it already read); InputError
    ``invalid_json`` when the file is not JSON, ``invalid_record`` when it holds no text field."""
    data = _json_data(path) if data is None else data
    if isinstance(data, list) and data and isinstance(data[0], dict):
        data = data[0]
    if isinstance(data, dict) and isinstance(data.get("primary"), dict):
        data = data["primary"]
    if not isinstance(data, dict):
        data = {}
    text = next((data[k] for k in JSON_TEXT_KEYS if isinstance(data.get(k), str) and data[k].strip()), None)
    if text is None:
        raise InputError("the JSON has no text field", source=str(path),
                         hint=f"Put the document's text under one of: {', '.join(JSON_TEXT_KEYS)}.", code="invalid_record")
    from ..nlp.language import detect_language

    date = next((str(data[k]) for k in JSON_DATE_KEYS if data.get(k)), None)
    doc = Document(text=text, title=data.get("title"), publisher=data.get("publisher"), url=data.get("url"),
                   published_at=date, source=str(path), is_primary=primary or bool(data.get("is_primary")),
                   language=detect_language(text))  # as ingested text gets it (a name-heavy short readout is English)
    declared = data.get("language")
    if isinstance(declared, str) and declared and declared != doc.language:
        doc.meta["declared_language"] = declared
    return doc


# A letterhead: the heading of a plain-text readout naming the body that issued it ("Ministry of Foreign Affairs of
# Norland", "Embassy of Ostvik in Lisca", "Office of the President"): a body's word, every other word capitalised or a
# linking word, no verb, no sentence stop.
_BODY_WORD = (r"Ministry|Office|Embassy|Presidency|Department|Secretariat|Chancellery|Government|Mission|Cabinet|"
              r"Council|Consulate|Agency|Commission")
_LETTERHEAD = re.compile(rf"^(?:The\s+)?(?:[A-Z][\w'’-]*\s+){{0,3}}(?:{_BODY_WORD})"
                         r"(?:\s+(?:of|for|and|in|on|the|to|[A-Z][\w'’.-]*))*$")


def _with_letterhead_publisher(doc: Document) -> Document:
    """A primary source with no publisher whose title is a letterhead (:data:`_LETTERHEAD`) has that body as its
    publisher, as a JSON readout naming it would (what the false-credit check reads)."""
    title = (doc.title or "").strip()
    if doc.publisher or not doc.is_primary or len(title.split()) > 12 or not _LETTERHEAD.match(title):
        return doc
    return dataclasses.replace(doc, publisher=title)


def read_document(ref: str | os.PathLike, settings=None, *, primary: bool = False) -> Document:
    """The first Document read from the file, folder or URL ``ref`` (``settings``: fetch policy; loaded when None).

    Raises the reader's InputError (``file_not_found``, ``empty_input``, ``encoding_error``, a FetchError, …)
    or ``empty_input`` when nothing was read."""
    path = Path(ref)
    if path.suffix.lower() == ".json" and path.is_file():
        return json_document(path, primary=primary)
    from ..config import Settings
    from ..ingest import read_source

    first_error = None
    for item in read_source(str(ref), settings or Settings.load(), primary=primary):
        if isinstance(item, Document):
            return _with_letterhead_publisher(item)
        first_error = first_error or item
    raise first_error or InputError("no text found", source=str(ref),
                                    hint="Pass a text, HTML or JSONL file, a URL or a stored id.", code="empty_input")


def source_documents(value: Document | str | os.PathLike, settings=None) -> list[Document]:
    """Every primary source ``value`` holds: each record of a JSON Lines file or of a ``.json`` array (a ministry's
    statements exported together, as ``cablegram trace --source FILE`` reads them), else the one document of
    :func:`as_document`."""
    if isinstance(value, (str, os.PathLike)) and Path(value).is_file():
        path = Path(value)
        suffix = path.suffix.lower()
        if suffix == ".json" and isinstance(data := _json_data(path), list) and len(data) > 1:
            return [json_document(path, primary=True, data=item) for item in data]
        if suffix in (".jsonl", ".ndjson"):
            from ..config import Settings
            from ..ingest import read_source

            read = list(read_source(str(value), settings or Settings.load(), primary=True))
            docs = [d for d in read if isinstance(d, Document)]
            if docs:
                return docs
    return [as_document(value, settings, primary=True, role="source")]


def as_document(value: Document | str | os.PathLike, settings=None, *, primary: bool = False,
                role: str = "article") -> Document:
    """``value`` itself when it is a Document, else the document read from that path or URL.

    ``role`` ("article" or "source") names the argument in the error for any other type
    (InputError ``invalid_value``)."""
    if isinstance(value, Document):
        return value
    if isinstance(value, (str, os.PathLike)):
        return read_document(value, settings, primary=primary)
    raise InputError(f"the {role} is a {type(value).__name__}, not a Document, a file path or a URL",
                     source=role, code="invalid_value",
                     hint="Pass cablegram.Document(text=...) or the path or http(s) URL of a text, HTML, JSON or "
                          "JSONL file.")
