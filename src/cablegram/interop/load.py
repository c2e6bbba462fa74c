"""Import events from other formats into a store.

Events are grouped by the document they came from. A document the store already holds (same id)
keeps everything it has: imported events are *added* to its analysis (an imported event with the
id of an existing one replaces it). Events whose source names no stored document get a small
*import document* (``meta.imported`` = the format) holding their sentences, so every event row
still points at a document, as the schema requires. Import documents are marked processed
(``pipeline_version`` = ``import:<format>``), so ``cablegram process`` leaves them alone.

The whole file is read and checked before anything is written: a bad row stops the import with an
error naming ``file:line``, and the store is left as it was.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError, NotFoundError
from ..records import Analysis, Document, Event
from .actors import ActorMapper, store_actor_ids
from .readers import ImportedEvent, ReadReport, read_events, synthetic_doc_id


@dataclass
class ImportSummary:
    """What an import did."""

    read: int = 0
    imported: int = 0
    documents_created: int = 0
    documents_updated: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    actor_methods: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)  # "file:line: message" for each bad line (not imported)
    bad_lines: list[InputError] = field(default_factory=list, repr=False)  # the same, with code and hint

    def to_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "bad_lines"}


def _import_document(fmt: str, doc_id: str, items: list[ImportedEvent]) -> Document:
    first = items[0]
    label = first.title or first.url or first.doc_key
    lines = [f"[{fmt} import] {label}"] + [it.event.sentence for it in items if it.event.sentence]
    return Document(text="\n".join(lines), id=doc_id, url=first.url, title=first.title, publisher=first.publisher,
                    published_at=first.published_at, source=f"import:{fmt}", meta={"imported": fmt})


def import_events(store, path: str | Path, fmt: str, mapper: ActorMapper | None = None,
                  actor_files=()) -> ImportSummary:
    """Read ``path`` in format ``fmt`` and add its events to ``store``; returns an :class:`ImportSummary`.

    Without ``mapper``, actors are mapped with the shipped knowledge base plus ``actor_files`` (the user's
    actor files) and the store's own actors."""
    report = ReadReport()
    if mapper is None and fmt in ("gdelt", "polecat", "plover"):
        mapper = ActorMapper.with_kb(actor_files)
        mapper.known_ids = store_actor_ids(store)
    groups: OrderedDict[str, list[ImportedEvent]] = OrderedDict()
    for item in read_events(path, fmt, mapper, report):  # read everything first; bad lines are reported, not fatal
        doc_id = item.doc_id or synthetic_doc_id(fmt, item.doc_key)
        groups.setdefault(doc_id, []).append(item)
    summary = ImportSummary(read=report.read, skipped=dict(report.skipped),
                            actor_methods=dict(mapper.methods) if mapper else {},
                            errors=[f"{e}" for e in report.errors], bad_lines=list(report.errors))
    for doc_id, items in groups.items():
        events: list[Event] = []
        for item in items:
            item.event.doc_id = doc_id
            events.append(item.event)
        try:
            store.get_document(doc_id)
            existing = store.get_analysis(doc_id)
            summary.documents_updated += 1
        except NotFoundError:
            store.add_document(_import_document(fmt, doc_id, items))
            existing = None
            summary.documents_created += 1
        if existing is None:
            analysis = Analysis(doc_id=doc_id, events=_unique(events), pipeline_version=f"import:{fmt}")
        else:
            analysis = existing
            analysis.events = _unique([*existing.events, *events])
        store.save_analysis(analysis)
        summary.imported += len(events)
    return summary


def _unique(events: list[Event]) -> list[Event]:
    """Events by id, later ones replacing earlier ones with the same id, first-seen order kept."""
    by_id: dict[str, Event] = {}
    for e in events:
        by_id[e.id] = e
    return list(by_id.values())
