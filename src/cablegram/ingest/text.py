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
matter the title is the first Markdown heading, else the first non-empty line (the
line under it when that line is a byline, "By Ana Roe").
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..records import Document
from .common import read_date, tidy_text, title_from_text, utc_now_iso

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


@dataclass
class Decoded:
    """Decoded text, the encoding used (``mixed:utf-8+cp1251`` for a file mixing two) and the
    quality flags decoding raised (``encoding_repaired``, ``mixed_encoding``, ``mojibake``)."""

    text: str
    encoding: str
    flags: list[str] = field(default_factory=list)


def decode_bytes(data: bytes, source: str, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` to text and name the encoding used (see :func:`decode_checked`)."""
    decoded = decode_checked(data, source, declared)
    return decoded.text, decoded.encoding


def decode_checked(data: bytes, source: str, declared: str | None = None) -> Decoded:
    """Decode ``data`` right and say what had to be repaired.

    Order: a byte-order mark (UTF-8/16/32) wins; then strict UTF-8 (text that is valid UTF-8 but
    garbled — UTF-8 read once as cp1252 — is repaired with ftfy: ``encoding_repaired``, or
    flagged ``mojibake`` when it cannot be); then, for other bytes, a file whose lines mix UTF-8
    and a legacy encoding is decoded line by line and flagged ``mixed_encoding``; otherwise the
    ``declared`` charset when it is specific (not a Latin-1 catch-all) and decodes, else the
    encoding charset-normalizer detects (cp1251, KOI8-R, cp1250, …; cp1252 among equals), flagged
    ``encoding_repaired``. Raises InputError for empty input and for binary data.
    """
    if not data.strip():
        raise _empty(source)
    decoded = _decode_bom(data, source)
    if decoded is None:
        if b"\x00" in data:
            raise _binary(source, "contains NUL bytes")
        try:
            decoded = _repair_utf8(data.decode("utf-8"))
        except UnicodeDecodeError:
            decoded = _decode_mixed(data) or _decode_legacy(data, declared)
    text = decoded.text
    if not text.strip():
        raise _empty(source)
    controls = sum(1 for ch in text if ch not in _ALLOWED_CONTROLS and unicodedata.category(ch) == "Cc")
    if "\x00" in text or controls > MAX_CONTROL_SHARE * len(text):
        raise _binary(source, f"{controls} of {len(text)} characters are control characters")
    return decoded


def _empty(source: str) -> InputError:
    """``empty_input`` for a file, or for a page a server sent with an empty body (then the advice is about the URL)."""
    if source.startswith(("http://", "https://")):
        return InputError("the server sent an empty page (no text to ingest)", source=source, code="empty_input",
                          hint="Open the URL in a browser to check it; the page may be built by JavaScript or not "
                               "published yet.")
    return InputError("file is empty (no text to ingest)", source=source,
                      hint="Remove the file from the input or fill it with the document's text.", code="empty_input")


def _decode_bom(data: bytes, source: str) -> Decoded | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom):].decode(name), name + "-bom")
            except UnicodeDecodeError as exc:
                raise InputError(f"starts with a {name} byte-order mark but is not valid {name}: {exc.reason}",
                                 source=source, hint="Re-save the file as UTF-8.", code="encoding_error") from None
    return None


def _repair_utf8(text: str) -> Decoded:
    import ftfy  # lazy: only needed when text looks garbled

    if text.isascii() or not ftfy.badness.is_bad(text):
        return Decoded(text, "utf-8")
    fixed = ftfy.fix_encoding(text)
    if fixed != text and not ftfy.badness.is_bad(fixed):
        return Decoded(fixed, "utf-8", ["encoding_repaired"])
    return Decoded(text, "utf-8", ["mojibake"])


def _decode_mixed(data: bytes) -> Decoded | None:
    """Line-by-line decoding when some lines are non-ASCII UTF-8 and others are not UTF-8 at all."""
    lines = data.split(b"\n")
    good = bad = 0
    for line in lines:
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            good += 1
        except UnicodeDecodeError:
            bad += 1
    if not (good and bad):
        return None
    legacy = _detect_legacy(b"\n".join(ln for ln in lines if not _is_utf8(ln)))
    out = [ln.decode("utf-8") if _is_utf8(ln) else ln.decode(legacy, errors="replace") for ln in lines]
    return Decoded("\n".join(out), f"mixed:utf-8+{legacy}", ["mixed_encoding"])


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


_CATCH_ALL = frozenset({"latin-1", "latin1", "iso-8859-1", "iso8859-1", "iso_8859_1", "cp1252", "windows-1252",
                        "us-ascii", "ascii", "utf-8", "utf8"})


def _decode_legacy(data: bytes, declared: str | None) -> Decoded:
    if declared and declared.lower() not in _CATCH_ALL:
        try:
            return Decoded(data.decode(declared), declared.lower())  # declared right: nothing repaired
        except (UnicodeDecodeError, LookupError):  # LookupError: a declared charset Python does not know
            pass
    name = _detect_legacy(data)
    repaired = _repair_utf8(data.decode(name, errors="replace"))  # mojibake inside the legacy text itself
    return Decoded(repaired.text, name, ["mojibake"] if "mojibake" in repaired.flags else ["encoding_repaired"])


_SINGLE_BYTE = ("cp1252", "cp1251", "koi8_r", "koi8_u", "cp1250", "iso8859_2", "iso8859_5", "iso8859_15", "cp1253",
                "cp1254", "cp1255", "cp1256", "cp1257", "mac_cyrillic")


def _detect_legacy(data: bytes) -> str:
    """The most likely single-byte encoding of ``data`` (charset-normalizer; cp1252 among equal guesses)."""
    from charset_normalizer import from_bytes  # lazy: only for bytes that are not UTF-8

    # Single-byte European and Cyrillic encodings first; multi-byte (CJK) ones only when none reads cleanly.
    results = [r for r in from_bytes(data, cp_isolation=list(_SINGLE_BYTE)) if r.encoding not in ("utf_8", "ascii")]
    if not results or results[0].chaos > 0.2:
        results = [r for r in from_bytes(data) if r.encoding not in ("utf_8", "ascii")] or results
    if not results:
        return "cp1252"
    best = results[0]
    tied = [r.encoding for r in results if r.chaos <= best.chaos + 0.01 and r.coherence >= best.coherence - 0.1]
    order = {name: i for i, name in enumerate(_SINGLE_BYTE)}
    choice = min(tied, key=lambda name: order.get(name, len(order)))
    return _latin_choice(data, tied) if _is_latin(data.decode(choice, errors="replace")) else choice


def _is_latin(text: str) -> bool:
    """True when the non-ASCII letters of ``text`` are mostly Latin (a European single-byte text)."""
    letters = [ch for ch in text if not ch.isascii() and ch.isalpha()]
    return not letters or sum(1 for ch in letters if ch <= "\u024f") >= 0.8 * len(letters)


def _latin_choice(data: bytes, candidates: list[str]) -> str:
    """Among Latin single-byte encodings, the one whose non-ASCII characters are most often letters;
    cp1252 wins ties (cp1250 reads French "à" as "ŕ" and cp1252 mojibake "Ã¡" as "Ăˇ")."""
    def letters(name: str) -> int:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            return -1
        return sum(1 for ch in text if not ch.isascii() and ch.isalpha())

    names = ["cp1252"] + [c for c in candidates if c != "cp1252" and not c.startswith("mac")]
    base = letters("cp1252")
    best = max(names, key=letters)  # max keeps the first of equals: cp1252
    # Another code page must read clearly more letters (Polish "ł", "ą" are symbols in cp1252).
    return best if letters(best) >= base + 2 else "cp1252"


def _binary(source: str, why: str) -> InputError:
    return InputError(f"looks like a binary file, not text ({why})", source=source,
                      hint="Ingest text, Markdown, HTML, JSONL or feed files; convert PDFs and office files to text first.",
                      code="encoding_error")


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
    from .html import split_page_byline

    plain = "\n".join(line.strip().lstrip("#").strip() for line in body.split("\n")).lstrip("\n")
    # A wire copy's "By Ana Roe" above the text is its byline, as on a page: the title is the line under it.
    rest, byline = split_page_byline(plain)
    return title_from_text(rest if byline else plain)


def document_from_text(raw_text: str, source: str, *, markdown: bool = False, encoding: str | None = None,
                       fetched_at: str | None = None, url: str | None = None) -> Document:
    """Build a Document from already-decoded text (front matter, title, clean text)."""
    raw_text = raw_text.replace("\r\n", "\n").replace("\r", "\n")
    front, body = split_front_matter(raw_text)
    text = tidy_text(markdown_to_text(body) if markdown else body)
    if not text:
        raise InputError("has front matter but no body text", source=source,
                         hint="Add the document's text after the closing '---' line.", code="empty_input")
    fields: dict[str, str | None] = {"title": None, "publisher": None, "published_at": None, "url": url}
    meta: dict[str, object] = {}
    for key, value in front.items():
        if key in _FRONT_KEYS:
            fields[_FRONT_KEYS[key]] = value or None
        else:
            meta[key] = value
    quality: list[str] = []
    if fields["published_at"]:
        iso, flag = read_date(fields["published_at"])
        if iso is None:
            meta["date_unparsed"] = fields["published_at"]
            quality += [flag] if flag else []
        fields["published_at"] = iso
    if not fields["title"]:
        fields["title"] = _first_title(body, markdown)
    if encoding:
        meta["encoding"] = encoding
    meta["format"] = "markdown" if markdown else "text"
    return Document(
        text=text, title=fields["title"], publisher=fields["publisher"], published_at=fields["published_at"],
        url=fields["url"], fetched_at=fetched_at or utc_now_iso(), raw=raw_text, source=source, meta=meta,
        quality=quality,
    )


def read_text_file(path: str | Path) -> Document:
    """Read one ``.txt`` or ``.md`` file into a Document; raises InputError naming the file."""
    p = Path(path)
    decoded = decode_checked(read_file_bytes(p), str(p))
    doc = document_from_text(decoded.text, str(p), markdown=p.suffix.lower() in MARKDOWN_SUFFIXES,
                             encoding=decoded.encoding)
    doc.quality = sorted(set(doc.quality) | set(decoded.flags))
    return doc


def read_file_bytes(p: Path) -> bytes:
    """The bytes of ``p``, with OS errors turned into InputError."""
    try:
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", source=str(p), hint="Check the path (it is relative to the current directory).",
                         code="file_not_found") from None
    except IsADirectoryError:
        raise InputError("is a directory", source=str(p), hint="Pass the folder itself; it is read recursively.",
                         code="file_unreadable") from None
    except PermissionError:
        raise InputError("permission denied", source=str(p), hint="Make the file readable for this user.",
                         code="file_unreadable") from None
    except OSError as exc:
        raise InputError(f"cannot be read: {exc.strerror or exc}", source=str(p), code="file_unreadable") from None
