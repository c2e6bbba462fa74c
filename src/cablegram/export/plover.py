"""Events as PLOVER JSON: one object per event, with the field names of the PLOVER specification.

Standard fields (PLOVER "JSON Data Fields" chapter): ``id``, ``date`` (YYYY-MM-DD), ``event``
(a list of categories; ours always holds one), ``mode``, ``context``, ``source`` and
``recipient`` (lists of actor objects with ``code`` and ``actor_text``), ``event_text``,
``event_loc`` (a location object; we fill ``name``), ``quad_code`` (1-4, from the
specification's quad table), ``text`` (the sentence), ``text_info`` (``sequence`` = sentence
index), ``cite_info`` (``url``, ``title``, ``publication``, ``language``, ``codebook``) and ``coder``.

The specification allows extra named fields; cablegram adds ``doc_id``, ``modality``,
``reported_speech``, ``confidence``, ``cameo`` (see :mod:`cablegram.interop.cameo`) and
``date_source`` (``"text"`` only when the sentence states the event's date, ``"publication"`` when
``date`` is the document's publication date because the text gave none, ``"correction"`` when an analyst
corrected the date; see :func:`export_date_source`). Together these make
the export lossless: :func:`cablegram.interop.readers.read_plover` reads it back into the
same events.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from ..interop.cameo import QUAD_CODE, to_cameo
from ..nlp.dates import find_date
from ..records import Event

CODEBOOK = "cablegram-plover-16 (docs/codebook.md)"


def _coder() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"cablegram {version('cablegram')}"
    except PackageNotFoundError:
        return "cablegram"


def _actors(code: str | None, text: str | None) -> list[dict[str, Any]]:
    if not code and not text:
        return []
    actor: dict[str, Any] = {"code": code}
    if text:
        actor["actor_text"] = text
    return [actor]


def event_to_plover(row: dict[str, Any], doc: dict[str, Any] | None = None, coder: str = "cablegram") -> dict[str, Any]:
    """One event row (a dict of the events table, or :class:`Event`) as a PLOVER record.

    ``doc`` holds the document's ``published_at``, ``url``, ``title``, ``publisher``, ``language``."""
    if isinstance(row, Event):
        row = {**row.to_dict(), "id": row.id}
    doc = doc or {}
    stated = row.get("date")
    published = doc.get("published_at")
    date = (stated or published or None)
    record: dict[str, Any] = {
        "id": row.get("id") or Event.from_dict(row).id,
        "date": date[:10] if date else None,
        "event": [row["type"]],
        "mode": row.get("mode"),
        "context": list(row.get("context") or []),
        "source": _actors(row.get("source_actor"), row.get("source_text")),
        "recipient": _actors(row.get("target_actor"), row.get("target_text")),
        "event_text": [row["trigger"]] if row.get("trigger") else [],
        "event_loc": {"name": row["place"]} if row.get("place") else None,
        "quad_code": QUAD_CODE.get(row["type"]),
        "text": row.get("sentence"),
        "text_info": {"sequence": row.get("sentence_index")},
        "cite_info": {k: v for k, v in (("url", doc.get("url")), ("title", doc.get("title")),
                                         ("publication", doc.get("publisher")), ("language", doc.get("language")),
                                         ("codebook", CODEBOOK)) if v},
        "coder": coder,
        # cablegram extensions
        "doc_id": row.get("doc_id"),
        "modality": row.get("modality") or "occurred",
        "reported_speech": bool(row.get("reported_speech")),
        "confidence": row.get("confidence"),
        "cameo": to_cameo(row["type"], row.get("mode")) if row["type"] in QUAD_CODE else None,
        "date_source": export_date_source(row, published),
    }
    if stated and len(stated) > 10:
        record["date_full"] = stated  # keep a datetime's time part
    return record


def export_date_source(row: dict[str, Any], published: str | None) -> str | None:
    """``"text"`` only when the sentence stated the date, ``"publication"`` when ``date`` is (or falls
    back to) the publication date, ``"correction"`` when an analyst corrected it, None without a date.

    Rows coded since the date resolver records it carry ``date_source``; for older rows without
    it, a date that differs from the publication day is ``"text"``, and one equal to it is
    ``"text"`` only when the sentence itself states that day (checked with the date resolver)."""
    stated = row.get("date")
    if row.get("date_source") in ("text", "publication", "correction") and stated:
        return row["date_source"]
    if stated and (not published or stated[:10] != published[:10]):
        return "text"
    if stated and find_date(row.get("sentence") or "", published[:10]).date == stated[:10]:
        return "text"
    return "publication" if (stated or published) else None


def plover_records(store, **filters: Any) -> Iterator[dict[str, Any]]:
    """PLOVER records for the store's events (``filters`` as for ``store.query_events``, plus ``confident``),
    with analysts' corrections applied as in every export: corrected values overlaid (a corrected date has
    ``date_source`` ``"correction"``), rejected events left out."""
    from .rows import corrected_rows

    coder = _coder()
    languages: dict[str, str | None] = {}
    filters.pop("include_rejected", None)  # a rejected event is never exported
    for row in corrected_rows(store, "events", **filters):
        doc_id = row["doc_id"]
        if doc_id not in languages:
            languages[doc_id] = store.get_document(doc_id).language
        doc = {"published_at": row.get("published_at"), "url": row.get("url"), "title": row.get("title"),
               "publisher": row.get("publisher"), "language": languages[doc_id]}
        yield event_to_plover(row, doc, coder)


def write_plover(records: Iterable[dict[str, Any]], out: IO[str]) -> int:
    """PLOVER records as JSON Lines (the layout the specification recommends); returns the count."""
    n = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n
