"""Read sources into a store and count what happened."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Settings
from ..errors import InputError
from ..records import Document
from ..provenance.service import mark_primary
from .fetch import RETRY_BACKOFF_S, make_client
from .quality import holds_back
from .sources import SUFFIX_KINDS, is_url, read_source, unread_folder_files

# progress(source, outcome): outcome is "inserted", "duplicate", "new_version", "failed",
# or "done" once a whole source (file, folder, URL) has been read.
ProgressFn = Callable[[str, str], None]


@dataclass
class IngestSummary:
    """What one ingest run did. ``doc_ids`` lists the documents stored by this run (new ones and new versions)."""

    inserted: int = 0
    duplicates: int = 0
    new_versions: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, message)
    doc_ids: list[str] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list, repr=False)  # the same failures, with hints
    flags: dict[str, int] = field(default_factory=dict)  # quality flag → documents stored by this run with it
    held_back: int = 0  # stored documents whose flags keep them from `process` without --include-flagged
    unread: list[str] = field(default_factory=list)  # files in the given folders left unread for their extension
    empty: list[str] = field(default_factory=list)  # sources that held no document and no error (a feed of no entries)

    @property
    def ok(self) -> bool:
        return not self.failed

    def line(self) -> str:
        line = (f"ingested {self.inserted}, skipped {_counted(self.duplicates, 'duplicate')}, "
                f"{_counted(self.new_versions, 'new version')}, {len(self.failed)} failed")
        if self.flags:
            counts = ", ".join(f"{name} {n}" for name, n in sorted(self.flags.items()))
            line += (f"; flagged: {counts} ({self.held_back} held back from processing; "
                     "`cablegram documents` names them, `cablegram status` counts them; code them with "
                     "`cablegram process --include-flagged`)")
        if self.empty:
            shown = ", ".join(self.empty[:3]) + (f" and {len(self.empty) - 3} more" if len(self.empty) > 3 else "")
            line += (f"; {_counted(len(self.empty), 'source')} held no document ({shown}: a feed without entries, "
                     "an empty JSON array or JSON Lines file)")
        if self.unread:
            kinds = sorted({Path(p).suffix.lower() or "no extension" for p in self.unread})
            line += (f"; {_counted(len(self.unread), 'file')} in the folders not read ({', '.join(kinds)}: folders "
                     f"are read by extension, {' '.join(sorted(SUFFIX_KINDS))}; convert them to text, or name a "
                     "text file on the command line)")
        return line


def _counted(n: int, noun: str) -> str:
    """"1 duplicate", "0 duplicates", "2 new versions"."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def ingest_sources(store, sources: Iterable[str], settings: Settings | None = None, *,
                   jsonl_fields: Mapping[str, str] | None = None, fetch_links: bool = False, primary: bool = False,
                   progress: ProgressFn | None = None, publisher: str | None = None,
                   retry_backoff: float = RETRY_BACKOFF_S, missing_ok: bool = False) -> IngestSummary:
    """Read every source and add its documents to ``store``.

    A source that is neither an http(s) URL nor an existing file or folder raises
    ``InputError(code="file_not_found")`` naming it, before anything is stored (``missing_ok=True``:
    it is counted in ``failed`` like any other bad input instead, as `cablegram ingest` does). Bad
    inputs found while reading (an unreadable file, a bad JSON line, a URL that fails) are counted in
    ``failed`` (and ``errors``, with hints), never raised: one bad input never stops the others.
    Re-ingesting the same content is a no-op (the store reports a duplicate);
    changed content at a known URL is stored as a new version linked to the
    old one. A StoreError (the database itself failing) is raised.
    """
    sources = list(sources)
    if not missing_ok:
        _check_paths_exist(sources)
    settings = settings or Settings.load()
    summary = IngestSummary()
    notify = progress or (lambda source, outcome: None)
    with make_client(settings) as client:  # one connection pool for every URL of the run
        for source in sources:
            if not is_url(source) and Path(source).is_dir():
                summary.unread.extend(str(p) for p in unread_folder_files(Path(source)))
            read = 0
            for item in read_source(source, settings, jsonl_fields=jsonl_fields, fetch_links=fetch_links,
                                    publisher=publisher, primary=primary, client=client, retry_backoff=retry_backoff):
                read += 1
                if isinstance(item, Document):
                    outcome = _store(store, mark_primary(item, settings.primary_publishers), summary)
                else:
                    summary.failed.append((item.source or source, item.message))
                    summary.errors.append(item)
                    outcome = "failed"
                notify(source, outcome)
            if not read:
                summary.empty.append(source)
            notify(source, "done")
    return summary


def _check_paths_exist(sources: list[str]) -> None:
    for source in sources:
        if not is_url(source) and not Path(source).exists():
            raise InputError("no such file or directory", source=source, code="file_not_found",
                             hint="Check the path (relative paths start from the current directory); URLs must start "
                                  "with http:// or https://. Pass missing_ok=True to count it in the summary instead.")


def _store(store, doc: Document, summary: IngestSummary) -> str:
    status = store.add_document(doc)
    if status == "inserted":
        summary.inserted += 1
        summary.doc_ids.append(doc.id)
    elif status == "new_version":
        summary.new_versions += 1
        summary.doc_ids.append(doc.id)
    elif status == "duplicate":
        summary.duplicates += 1
    else:
        raise ValueError(f"store.add_document returned unknown status {status!r}")
    if status != "duplicate":
        for flag in doc.quality or ():
            summary.flags[flag] = summary.flags.get(flag, 0) + 1
        summary.held_back += holds_back(doc)
    return status
