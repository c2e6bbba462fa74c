"""One entry point for any source string: a URL, a folder, or a file (chosen by extension or content)."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from pathlib import Path

import httpx

from ..config import Settings
from ..errors import InputError
from ..records import Document
from .feeds import iter_feed, looks_like_feed, read_feed_file
from .fetch import RETRY_BACKOFF_S, FetchResult, fetch
from .html import document_from_html, read_html_file
from .jsonl import iter_json_text, iter_jsonl_text, read_json_file, read_jsonl_file
from .quality import finish_document
from .text import MARKDOWN_SUFFIXES, decode_checked, document_from_text, read_file_bytes, read_text_file

# File extension → reader kind. Folders are read for exactly these extensions.
SUFFIX_KINDS: Mapping[str, str] = {
    ".txt": "text", ".md": "text", ".markdown": "text",
    ".html": "html", ".htm": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml",
                         "text/xml", "application/feed+xml"})
_JSONL_TYPES = frozenset({"application/x-ndjson", "application/jsonl", "application/jsonlines", "application/x-jsonlines"})
_JSON_TYPES = frozenset({"application/json", "text/json"})
_TEXT_TYPES = frozenset({"text/plain", "text/markdown", "text/x-markdown"})
_SNIFF_TYPES = frozenset({"", "application/octet-stream", "binary/octet-stream"})


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def read_source(source: str, settings: Settings | None = None, *, jsonl_fields: Mapping[str, str] | None = None,
                fetch_links: bool = False, publisher: str | None = None, primary: bool = False,
                client: httpx.Client | None = None, retry_backoff: float = RETRY_BACKOFF_S) -> Iterator[Document | InputError]:
    """Documents from ``source`` (URL, folder or file), with problems yielded as InputError values.

    One bad file, line, entry or URL never stops the others. ``publisher``
    replaces the publisher of every document read; ``primary`` marks them as
    primary sources.
    """
    settings = settings or Settings.load()
    opts = {"jsonl_fields": jsonl_fields, "fetch_links": fetch_links, "client": client, "retry_backoff": retry_backoff}
    if is_url(source):
        items = read_url(source, settings, **opts)
    else:
        path = Path(source)
        if path.is_dir():
            items = read_folder(path, settings, **opts)
        elif path.exists():
            items = read_path(path, settings, **opts)
        else:
            items = iter([InputError("no such file or directory", source=source,
                                     hint="Check the path (relative paths start from the current directory); "
                                          "URLs must start with http:// or https://.", code="file_not_found")])
    for item in items:
        if isinstance(item, Document):
            item = finish_document(item)
            if publisher:
                item.publisher = publisher
            if primary:
                item.is_primary = True
        yield item


def folder_files(root: Path) -> list[Path]:
    """Files under ``root`` with an ingestible extension, recursively, in sorted order; hidden files and folders skipped.

    Symbolic links to folders are not followed (no loops).
    """
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIX_KINDS:
                found.append(Path(dirpath) / name)
    return found


def unread_folder_files(root: Path) -> list[Path]:
    """Files under ``root`` that :func:`folder_files` passes over for their extension (a .pdf, a .docx, a file
    without one), hidden files and folders aside, in sorted order: what a folder ingest leaves unread."""
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        found.extend(Path(dirpath) / name for name in sorted(filenames)
                     if not name.startswith(".") and Path(name).suffix.lower() not in SUFFIX_KINDS)
    return found


def read_folder(root: Path, settings: Settings, **opts) -> Iterator[Document | InputError]:
    files = folder_files(root)
    if not files:
        yield InputError("folder holds no ingestible files", source=str(root),
                         hint=f"Files are read by extension: {' '.join(sorted(SUFFIX_KINDS))} (hidden files are skipped).",
                         code="empty_input")
        return
    for path in files:
        yield from read_path(path, settings, **opts)


def read_path(path: Path, settings: Settings, *, jsonl_fields=None, fetch_links: bool = False,
              client: httpx.Client | None = None, retry_backoff: float = RETRY_BACKOFF_S) -> Iterator[Document | InputError]:
    """Documents from one file, read by extension; an unknown extension is sniffed (feed, HTML, else text)."""
    kind = SUFFIX_KINDS.get(path.suffix.lower())
    try:
        if kind == "jsonl":
            yield from read_jsonl_file(path, jsonl_fields)
        elif kind == "json":
            yield from read_json_file(path, jsonl_fields)
        elif kind == "feed":
            yield from read_feed_file(path, settings, fetch_links=fetch_links, client=client)
        elif kind == "html":
            yield read_html_file(path)
        elif kind == "text":
            yield read_text_file(path)
        else:
            data = read_file_bytes(path)
            if looks_like_feed(data):
                yield from iter_feed(data, str(path), settings, fetch_links=fetch_links, client=client)
                return
            decoded = decode_checked(data, str(path))
            doc = (document_from_html(decoded.text, str(path)) if _looks_like_html(decoded.text)
                   else document_from_text(decoded.text, str(path), encoding=decoded.encoding))
            yield with_flags(doc, decoded.flags)
    except InputError as err:
        yield err


def _looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


def classify(result: FetchResult) -> str:
    """"html", "feed", "jsonl", "json" or "text" for a fetched body, from its content type, then its first bytes."""
    ctype = result.content_type
    if ctype in _FEED_TYPES or ctype.endswith(("+rss", "rss+xml", "atom+xml")):
        return "feed"
    if ctype in _HTML_TYPES:
        return "feed" if looks_like_feed(result.body) else "html"
    if ctype in _JSONL_TYPES or (ctype in _SNIFF_TYPES | {"application/json"} and result.url.lower().endswith((".jsonl", ".ndjson"))):
        return "jsonl"
    if ctype in _JSON_TYPES or ctype.endswith("+json") or (ctype in _SNIFF_TYPES and result.url.lower().endswith(".json")):
        return "json"
    if ctype in _TEXT_TYPES or ctype in _SNIFF_TYPES:
        if looks_like_feed(result.body):
            return "feed"
        head = result.body[:2048].lstrip().lower()
        if head.startswith((b"<!doctype html", b"<html")):
            return "html"
        return "text"
    return "unsupported"


def read_url(url: str, settings: Settings, *, jsonl_fields=None, fetch_links: bool = False,
             client: httpx.Client | None = None, retry_backoff: float = RETRY_BACKOFF_S) -> Iterator[Document | InputError]:
    """Fetch ``url`` and read it as HTML, feed, JSONL or text according to its content type."""
    try:
        result = fetch(url, settings, client=client, backoff=retry_backoff)
        kind = classify(result)
        if kind == "feed":
            yield from iter_feed(result.body, url, settings, fetch_links=fetch_links, client=client,
                                 fetched_at=result.fetched_at)
        elif kind == "unsupported":
            raise InputError(f"unsupported content type {result.content_type!r}", source=url,
                             hint="cablegram reads HTML pages, RSS/Atom feeds, JSON, JSONL and plain text; convert other formats first.",
                             code="unsupported_format")
        else:
            decoded = decode_checked(result.body, url, result.charset)
            text, encoding = decoded.text, decoded.encoding
            if kind == "html":
                yield with_flags(document_from_html(text, url, url=result.url, fetched_at=result.fetched_at),
                                 decoded.flags)
            elif kind in ("jsonl", "json"):
                items = (iter_jsonl_text(text, url, jsonl_fields) if kind == "jsonl"
                         else iter_json_text(text, url, jsonl_fields, fetched_at=result.fetched_at))
                for item in items:
                    if isinstance(item, Document):
                        item.fetched_at = result.fetched_at
                        with_flags(item, decoded.flags)
                    yield item
            else:
                markdown = result.content_type in ("text/markdown", "text/x-markdown") or url.lower().endswith(tuple(MARKDOWN_SUFFIXES))
                doc = document_from_text(text, url, markdown=markdown, encoding=encoding, fetched_at=result.fetched_at,
                                         url=result.url)
                yield with_flags(doc, decoded.flags)
    except InputError as err:
        yield err


def document_from_bytes(data: bytes, source: str, *, html: bool = False, markdown: bool = False,
                        declared: str | None = None) -> Document:
    """One uploaded or fetched file's bytes as the Document ingest would store: decoded right
    (encoding flags), read as HTML or text, then cleaned and checked (:func:`finish_document`).
    For callers outside the readers (API uploads, distributed runners). Raises InputError."""
    decoded = decode_checked(data, source, declared)
    doc = (document_from_html(decoded.text, source) if html
           else document_from_text(decoded.text, source, markdown=markdown, encoding=decoded.encoding))
    return finish_document(with_flags(doc, decoded.flags))


def with_flags(doc: Document, flags) -> Document:
    """``doc`` with ``flags`` added to its quality flags."""
    doc.quality = sorted(set(doc.quality or ()) | set(flags))
    return doc
