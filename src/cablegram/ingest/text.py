"""Plain-text and Markdown files: encoding detection, binary refusal, front matter, title.

Front matter (optional) is a block at the very top of the file between two
lines holding only ``---``; each line inside is ``key: value``::

    ---
    title: Joint statement after the border talks
    publisher: Ministry of Foreign Affairs of Freedonia
    date: 2024-03-05
    url: https://mfa.freedonia.example/statements/42
    ---
    Body text ...

``title``, ``publisher``, ``date`` (or ``published_at``) and ``url`` fill the
Document's fields; any other key goes to ``Document.meta``. Without front
matter the title is the first Markdown heading, else the first non-empty line.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from ..errors import InputError
from ..records import Document
from .common import normalise_date, tidy_text, utc_now_iso

# Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Share of control characters (other than tab/newline/CR/form feed) above which text counts as binary.
MAX_CONTROL_SHARE = 0.02
MAX_TITLE_CHARS = 300
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")
_FRONT_KEYS = {"title": "title", "publisher": "publisher", "date": "published_at", "published_at": "published_at", "url": "url"}
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` to text and name the encoding used.

    Order: a byte-order mark (UTF-8/16/32) wins; then the ``declared`` charset
    (e.g. from an HTTP header) when it decodes cleanly; then strict UTF-8; then
    cp1252, and Latin-1 for the five bytes cp1252 leaves undefined. Raises
    InputError for empty input and for binary data (NUL bytes without a BOM,
    or too many control characters).
    """
    if not data.strip():
        raise InputError("file is empty (no text to ingest)", source=source,
                         hint="Remove the file from the input or fill it with the document's text.")
    text = encoding = None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text, encoding = data[len(bom):].decode(name), name + "-bom"
            except UnicodeDecodeError as exc:
                raise InputError(f"starts with a {name} byte-order mark but is not valid {name}: {exc.reason}", source=source,
                                 hint="Re-save the file as UTF-8.") from None
            break
    if text is None:
        if b"\x00" in data:
            raise _binary(source, "contains NUL bytes")
        for name in ((declared,) if declared else ()) + ("utf-8", "cp1252", "latin-1"):
            try:
                text, encoding = data.decode(name), name
                break
            except (UnicodeDecodeError, LookupError):  # LookupError: a declared charset Python does not know
                continue
    assert text is not None and encoding is not None  # latin-1 decodes any bytes
    if not text.strip():
        raise InputError("file is empty (no text to ingest)", source=source,
                         hint="Remove the file from the input or fill it with the document's text.")
    controls = sum(1 for ch in text if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) == "Cc")
    if "\x00" in text or controls > MAX_CONTROL_SHARE * len(text):
        raise _binary(source, f"{controls} of {len(text)} characters are control characters")
    return text, encoding


def _binary(source: str, why: str) -> InputError:
    return InputError(f"looks like a binary file, not text ({why})", source=source,
                      hint="Ingest text, Markdown, HTML, JSONL or feed files; convert PDFs and office files to text first.")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split ``---`` front matter from the body; returns ({key: value}, body). No front matter → ({}, text)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text
    for end in range(1, len(lines)):
        if lines[end].strip() == "---":
            break
    else:
        return {}, text  # an opening rule with no closing one is just a rule
    fields: dict[str, str] = {}
    for line in lines[1:end]:
        key, sep, value = line.partition(":")
        if not sep or not key.strip():
            continue
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        fields[key.strip().lower()] = value
    return fields, "\n".join(lines[end + 1:])


def markdown_to_text(md: str) -> str:
    """Light Markdown clean-up: heading marks, links, images, bold and rules removed; words kept."""
    out = []
    for line in md.split("\n"):
        if _MD_RULE.match(line):
            out.append("")
            continue
        heading = _MD_HEADING.match(line)
        if heading:
            line = heading.group(1)
        line = _MD_IMAGE.sub(r"\1", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_EMPHASIS.sub(r"\2", line)
        out.append(line)
    return "\n".join(out)


def _first_title(body: str, markdown: bool) -> str | None:
    if markdown:
        for line in body.split("\n"):
            heading = _MD_HEADING.match(line)
            if heading and heading.group(1).strip():
                return heading.group(1).strip()[:MAX_TITLE_CHARS]
    for line in body.split("\n"):
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:MAX_TITLE_CHARS]
    return None


def document_from_text(raw_text: str, source: str, *, markdown: bool = False, encoding: str | None = None,
                       fetched_at: str | None = None, url: str | None = None) -> Document:
    """Build a Document from already-decoded text (front matter, title, clean text)."""
    raw_text = raw_text.replace("\r\n", "\n").replace("\r", "\n")
    front, body = split_front_matter(raw_text)
    text = tidy_text(markdown_to_text(body) if markdown else body)
    if not text:
        raise InputError("has front matter but no body text", source=source,
                         hint="Add the document's text after the closing '---' line.")
    fields: dict[str, str | None] = {"title": None, "publisher": None, "published_at": None, "url": url}
    meta: dict[str, object] = {}
    for key, value in front.items():
        if key in _FRONT_KEYS:
            fields[_FRONT_KEYS[key]] = value or None
        else:
            meta[key] = value
    if fields["published_at"]:
        iso = normalise_date(fields["published_at"])
        if iso is None:
            meta["date_unparsed"] = fields["published_at"]
        fields["published_at"] = iso
    if not fields["title"]:
        fields["title"] = _first_title(body, markdown)
    if encoding:
        meta["encoding"] = encoding
    meta["format"] = "markdown" if markdown else "text"
    return Document(
        text=text, title=fields["title"], publisher=fields["publisher"], published_at=fields["published_at"],
        url=fields["url"], fetched_at=fetched_at or utc_now_iso(), raw=raw_text, source=source, meta=meta,
    )


def read_text_file(path: str | Path) -> Document:
    """Read one ``.txt`` or ``.md`` file into a Document; raises InputError naming the file."""
    p = Path(path)
    data = read_file_bytes(p)
    text, encoding = decode_bytes(data, str(p))
    return document_from_text(text, str(p), markdown=p.suffix.lower() in MARKDOWN_SUFFIXES, encoding=encoding)


def read_file_bytes(p: Path) -> bytes:
    """The bytes of ``p``, with OS errors turned into InputError."""
    try:
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", source=str(p), hint="Check the path (it is relative to the current directory).") from None
    except IsADirectoryError:
        raise InputError("is a directory", source=str(p), hint="Pass the folder itself; it is read recursively.") from None
    except PermissionError:
        raise InputError("permission denied", source=str(p), hint="Make the file readable for this user.") from None
    except OSError as exc:
        raise InputError(f"cannot be read: {exc.strerror or exc}", source=str(p)) from None
