"""RSS and Atom feeds (feedparser): each entry becomes a Document.

The entry's full content (``content:encoded``/Atom ``content``) is preferred
over its summary; HTML in either is reduced to text. With ``fetch_links`` the
linked page is fetched and its main text extracted instead; when that fails
the error is reported and the entry's own text is kept, so nothing is lost.
"""

from __future__ import annotations

import html as html_module
import json
import re
from collections.abc import Iterator
from pathlib import Path

import httpx

from ..config import Settings
from ..errors import InputError
from ..records import Document
from .common import fragment_text, read_date, utc_now_iso
from .fetch import fetch
from .html import document_from_html
from .quality import SHARE_LINE
from .text import decode_bytes, decode_checked, read_file_bytes


def looks_like_feed(data: bytes) -> bool:
    """Cheap sniff of the first bytes for an RSS/Atom/RDF root element."""
    head = data[:2048].lstrip().lower()
    return any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf"))


def parse_feed(data: bytes, source: str):
    """feedparser's result for ``data``; raises InputError when it is not an RSS/Atom feed."""
    import feedparser  # lazy: only needed for feeds

    first = data.lstrip(b"\xef\xbb\xbf \t\r\n\f\v")[:1]
    if first != b"<":
        # feedparser is lenient: it mines feed markup from anywhere in a file (a program quoting a sample feed).
        shown = first.decode("utf-8", "replace") if first else "nothing"
        raise InputError(f"not a feed: the content is not XML (it starts with {shown!r}, not '<')", source=source,
                         hint="An RSS or Atom feed starts with <?xml or <rss/<feed; ingest other text as a .txt file.",
                         code="unsupported_format")
    parsed = feedparser.parse(data)
    if not parsed.get("version") and not parsed.entries:
        reason = parsed.get("bozo_exception")
        detail = f" ({type(reason).__name__}: {reason})" if reason else ""
        fetched = str(source).startswith(("http://", "https://"))
        hint = ("Check the feed URL (a site's page is not its feed); HTML pages are ingested from .html files or page "
                "URLs." if fetched else "This XML file is no RSS or Atom feed (those start with <rss or <feed): "
                "save the document's text as a .txt or .html file and ingest that.")
        raise InputError(f"not an RSS or Atom feed{detail}", source=source, hint=hint, code="unsupported_format")
    return parsed


def _entry_date(entry) -> tuple[str | None, str | None]:
    """(ISO date, quality flag) from the entry's own date string, read completely or not at all.

    feedparser's ``*_parsed`` values are not used: for formats it does not know it guesses
    (``2023/5/12`` became 1 November), and a wrong date is worse than none."""
    for key in ("published", "updated", "created"):
        if entry.get(key):
            return read_date(entry[key])
    return None, None


_XML_ENCODING = re.compile(rb"^(\s*<\?xml[^>]*?encoding\s*=\s*[\"'])([A-Za-z0-9_.:-]+)([\"'])")


def utf8_feed_bytes(data: bytes, source: str) -> tuple[bytes, list[str]]:
    """Feed bytes re-encoded as UTF-8 (the XML declaration updated) and the decoding's quality flags.

    A feed in a legacy encoding that it does not declare (a Cyrillic cp1251 or KOI8-R feed) is
    decoded by detection instead of being read as Latin-1 mojibake."""
    m = _XML_ENCODING.match(data)
    declared = m.group(2).decode("ascii") if m else None
    decoded = decode_checked(data, source, declared)
    if decoded.encoding in ("utf-8", "ascii") and not decoded.flags:
        return data, []
    out = decoded.text.encode("utf-8")
    if m:
        out = _XML_ENCODING.sub(rb"\g<1>utf-8\g<3>", out, count=1)
    return out, decoded.flags


def _entry_text(entry) -> str:
    for part in entry.get("content") or []:
        text = fragment_text(part.get("value") or "")
        if text:
            return text
    return fragment_text(entry.get("summary") or entry.get("description") or "")


# The credit a publishing system appends to every entry it syndicates ("The post <title> appeared first on
# <site>.", "This article was originally published on <site>.", "Continue reading …", "2 comments", "Source:
# <site>"): never the article's.
# _IN_SENTENCE is one character that does not end a sentence (a full stop after a capital, "U.S. Army", does not).
_IN_SENTENCE = r"(?:(?!(?<=[a-z0-9)\]])[.!?…][\"'”’»)\]]*[ \t]+[\"'“‘«(\[]?[A-Z])[^\n])"
_CREDIT = (r"(?i:The|This)\s+(?i:post|article|story|entry|item)\b" + _IN_SENTENCE + r"{0,300}?\b(?i:appeared first"
           r"|first appeared|(?:was\s+)?(?:originally|first)\s+(?:published|posted|appeared))\s+(?i:on|at|by)\s+"
           + _IN_SENTENCE + r"{1,150}?"
           r"|(?i:Continue reading|Read (?:more|the (?:full|rest of the) (?:story|article|post)))\b" + _IN_SENTENCE
           + r"{0,150}?"
           r"|(?i:\d+ comments?|no comments(?: yet)?|leave a (?:comment|reply)|comments? \(\d+\))"
           r"|(?i:source|via)\s*:\s*[^\n.!?]{1,80}|(?i:" + SHARE_LINE + ")")
_TRAILING_CREDIT = re.compile(r"(?:^|(?<=[.!?…\"'”’»)\]])[ \t]+|\n)(" + _CREDIT + r")\s*$")


def strip_feed_credit(text: str) -> tuple[str, list[str]]:
    """``text`` without the syndication credits at its end (a paragraph of its own, or the last sentence
    of the last line) and the credits removed, in reading order. A credit anywhere else stays: only
    the entry's tail is the publishing system's."""
    credits: list[str] = []
    while (m := _TRAILING_CREDIT.search(text)) and text[:m.start()].strip():
        credits.insert(0, m.group(1).strip())
        text = text[:m.start()].rstrip()
    return text, credits


def iter_feed(data: bytes, source: str, settings: Settings, *, fetch_links: bool = False,
              client: httpx.Client | None = None, fetched_at: str | None = None) -> Iterator[Document | InputError]:
    """Documents (and InputErrors for entries that cannot be read) from feed bytes."""
    try:
        data, decode_flags = utf8_feed_bytes(data, source)
        parsed = parse_feed(data, source)
    except InputError as err:
        yield err
        return
    feed_title = parsed.feed.get("title") or None
    fetched_at = fetched_at or utc_now_iso()
    for index, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link") or None
        meta = _entry_meta(entry, source, index, feed_title)
        if fetch_links and link:
            try:
                doc = _linked_page(link, settings, client)
            except InputError as err:  # then fall back to the entry's own text below, and say so
                err.hint = f"{err.hint} The entry's own text from the feed was stored instead."
                yield err
            else:
                doc.title = doc.title or entry_title(entry)
                doc.published_at = doc.published_at or _entry_date(entry)[0]
                if feed_title and (not doc.publisher or _host_only(doc.publisher, doc.url or link)):
                    doc.publisher = feed_title  # the page names no publisher of its own, only its host
                doc.meta.update(meta)
                yield doc
                continue
        yield _entry_document(entry, source, index, meta, fetched_at, decode_flags)


def _host_only(publisher: str, url: str) -> bool:
    """Whether a linked page's ``publisher`` is only its address's host ("www.harbourpost.example",
    "127.0.0.1:8080": what extraction falls back to when the page names no site), so the feed's title names the
    publisher better, as it does for the entry's own text."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    return publisher.strip().lower() in {parts.netloc.lower(), host, host.removeprefix("www.")} - {""}


def _entry_meta(entry, source: str, index: int, feed_title: str | None) -> dict[str, object]:
    meta: dict[str, object] = {"format": "feed", "feed": source, "entry": index}
    for key in ("id", "author"):
        if entry.get(key):
            meta[f"entry_{key}"] = entry[key]
    if feed_title:
        meta["feed_title"] = feed_title
    return meta


def _entry_document(entry, source: str, index: int, meta: dict[str, object], fetched_at: str,
                    decode_flags: list[str]) -> Document | InputError:
    """The entry's own text as a Document (InputError when it has none)."""
    from .html import split_page_byline

    text, credits = strip_feed_credit(_entry_text(entry))
    if credits:
        meta["feed_credit"] = " ".join(credits)
    text, byline = split_page_byline(text, entry_title(entry))  # "By Jane Writer" above the entry's first paragraph
    if byline:
        meta["byline"] = byline
    if not text:
        title = " ".join((entry_title(entry) or "").split())
        named = f" ({title[:80]!r})" if title else ""  # which headline it is: entry numbers are not shown anywhere
        return InputError(f"feed entry{named} has no summary or content text", source=f"{source}#entry{index}",
                          hint="Use --fetch-links to fetch the linked article instead.", code="empty_input")
    published, date_flag = _entry_date(entry)
    if date_flag:
        meta["date_unparsed"] = entry.get("published") or entry.get("updated") or entry.get("created")
    return Document(
        text=text, title=entry_title(entry), url=entry.get("link") or None,
        publisher=meta.get("feed_title"), published_at=published, fetched_at=fetched_at, raw=_entry_raw(entry),
        source=source, meta=meta, quality=sorted(set(decode_flags) | ({date_flag} if date_flag else set())),
    )


_ESCAPED_ENTITY = re.compile(r"&(?:#\d{2,6}|#x[0-9a-fA-F]{2,5}|[a-zA-Z]{2,8});")


def entry_title(entry) -> str | None:
    """The entry's title; one escaped twice by its feed ("Iceland&amp;#8217;s" → "Iceland&#8217;s" after
    parsing) is unescaped once more ("Iceland’s")."""
    title = entry.get("title") or None
    if title and _ESCAPED_ENTITY.search(title):
        title = html_module.unescape(title)
    return title


def _entry_raw(entry) -> str:
    keep = {k: entry[k] for k in ("title", "link", "id", "published", "updated", "summary", "author") if entry.get(k)}
    if entry.get("content"):
        keep["content"] = [c.get("value") for c in entry["content"]]
    return json.dumps(keep, ensure_ascii=False)


def _linked_page(link: str, settings: Settings, client: httpx.Client | None) -> Document:
    result = fetch(link, settings, client=client)
    html, _ = decode_bytes(result.body, link, result.charset)
    return document_from_html(html, link, url=result.url, fetched_at=result.fetched_at)


def read_feed_file(path: str | Path, settings: Settings, *, fetch_links: bool = False,
                   client: httpx.Client | None = None) -> Iterator[Document | InputError]:
    """Documents from an ``.xml``/``.rss``/``.atom`` file."""
    p = Path(path)
    try:
        data = read_file_bytes(p)
    except InputError as err:
        yield err
        return
    if not data.strip():
        yield InputError("file is empty (no feed to read)", source=str(p), hint="Remove the file from the input.",
                         code="empty_input")
        return
    yield from iter_feed(data, str(p), settings, fetch_links=fetch_links, client=client)
