"""HTML pages and files: main text and metadata via trafilatura."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from ..errors import InputError
from ..records import Document
from .common import read_date, tidy_text, utc_now_iso, word_count
from .quality import is_boilerplate, shift_furniture, strip_boilerplate, strip_furniture
from .text import decode_checked, read_file_bytes

# A page whose extracted main text has fewer words than this is a menu, an error
# page or a script shell, not an article; we refuse it rather than store noise.
MIN_MAIN_TEXT_WORDS = 8


def document_from_html(html: str, source: str, *, url: str | None = None, fetched_at: str | None = None,
                       min_words: int = MIN_MAIN_TEXT_WORDS) -> Document:
    """Extract the main text, title, site name (→ publisher), date and canonical URL of an HTML page.

    ``url`` is where the page was fetched from; it is the Document's url (so a
    later fetch of the same URL is linked as a new version) and the page's own
    canonical URL, when different, goes to ``meta["canonical_url"]``.
    The main text is the first of these that is article-like (at least ``min_words`` words once
    cookie-consent, paywall and navigation paragraphs are dropped): trafilatura's default
    extraction; the same after removing consent/paywall elements from the page; trafilatura
    favouring recall; the largest block of paragraphs (an ``<aside>`` or ``<div>`` trafilatura
    skips). ``meta["extraction"]`` names the one used. Raises InputError naming ``source`` when
    none is, rather than store a banner as the article.
    """
    import trafilatura  # lazy: heavy import, only needed for HTML

    try:
        extracted = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                                include_tables=True)
    # lxml refuses some inputs (e.g. XML declarations with encodings); trafilatura's date search asserts
    # on some malformed markup (e.g. "<svg html>"): both mean this page cannot be read.
    except (ValueError, TypeError, AssertionError) as exc:
        raise InputError(f"HTML could not be parsed: {exc}", source=source) from None
    text, method, dropped = _main_text(html, extracted, url, min_words)
    if not text:
        raise InputError(f"no main text found in the HTML page (extracted text is under {min_words} words once "
                         "cookie-consent, paywall and navigation text is removed)", source=source,
                         hint="The page may be a consent banner, a paywall, a menu or built by JavaScript; save the "
                              "article text as a .txt file and ingest that instead.", code="empty_input")
    meta: dict[str, object] = {"format": "html", "extraction": method}
    read, (text, byline) = text, split_page_byline(text, getattr(extracted, "title", None))
    if isinstance(dropped, list) and dropped:  # the lines left out, where they stood (see quality.strip_furniture)
        meta["furniture"] = shift_furniture(dropped, len(read) - len(text), len(text))
    if byline:
        meta["byline"] = byline
    page_url = extracted.url if extracted is not None else None
    if page_url and page_url != url:
        meta["canonical_url"] = page_url
    for key in ("author", "description", "hostname"):
        value = getattr(extracted, key, None)
        if value:
            meta[key] = value
    published, date_flag = page_date(html, getattr(extracted, "date", None), page_url=page_url or url)
    return Document(
        text=text,
        title=(getattr(extracted, "title", None) or None),
        publisher=page_publisher(html, extracted),
        published_at=published,
        url=url or page_url,
        fetched_at=fetched_at or utc_now_iso(),
        raw=html,
        source=source,
        language=getattr(extracted, "language", None) or None,
        meta=meta,
        quality=sorted({"boilerplate_removed"} if dropped else set()) + ([date_flag] if date_flag else []),
    )


# A page's byline as the text's first line: "By Ana Ferreira", "By Ana Ferreira, diplomatic correspondent", with a
# stamp after a bar or dot ("By Ana Ferreira | Updated 10:32 AM", "By Ana Ferreira · 3 July 2025"); no sentence end.
_PAGE_BYLINE = re.compile(r"\s*By\s+[A-Z][\w'’.\-]*(?:[ \t]+[\w'’.,&\-]+){0,9}?"
                          r"(?:[ \t]*[|·•][ \t]*[\w:,./\- ]{1,40})?[ \t]*")
PAGE_BYLINE_WORDS = 15


def split_page_byline(text: str, headline: str | None = None) -> tuple[str, str | None]:
    """A page's text without its byline line (the first line, or the one under the headline: "By <name>", maybe
    with a time stamp after a bar), and the byline: a page shows it above the article, not as its first
    sentence. A first sentence that starts with "By" ("By Monday the talks had ended.") ends like a sentence
    and stays."""
    head = ""
    first, sep, rest = text.partition("\n")
    if headline and sep and " ".join(first.split()).casefold() == " ".join(headline.split()).casefold():
        head, (first, sep, rest) = first + "\n", rest.lstrip("\n").partition("\n")
    if (sep and rest.strip() and len(first.split()) <= PAGE_BYLINE_WORDS and _PAGE_BYLINE.fullmatch(first)
            and not _PROSE_END.search(first.strip())):
        return head + rest.lstrip("\n"), first.strip()
    return text, None


_HOSTNAME = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+")


def page_publisher(html: str, extracted) -> str | None:
    """The page's publisher: its site-name ``<meta>`` (trafilatura's sitename); else its JSON-LD publisher; else
    the site the ``<title>`` names beside the headline. A sitename that is only a host name
    ("lankaledger.example", trafilatura's fallback from the canonical URL) gives way to a name the page
    writes ("Jaishankar in Colombo | Lanka Ledger"), and stays when the page writes none."""
    site = getattr(extracted, "sitename", None) or None
    if site and not _HOSTNAME.fullmatch(site.strip()):
        return site
    return jsonld_publisher(html) or title_site_name(html, getattr(extracted, "title", None)) or site


_JSONLD = re.compile(r"<script\b[^>]*type\s*=\s*[\"']application/ld\+json[\"'][^>]*>(?P<json>.*?)</script>", re.I | re.S)
MAX_JSONLD_BLOCKS = 10


def jsonld_publisher(html: str) -> str | None:
    """The ``publisher`` name of the page's schema.org JSON-LD (a NewsArticle's ``"publisher": {"name": …}``,
    also inside ``@graph`` or a list), for a page without a site-name ``<meta>``; a block that is not valid
    JSON is skipped (pages often carry broken ones); None when no block names a publisher."""
    import json

    for m in list(_JSONLD.finditer(html))[:MAX_JSONLD_BLOCKS]:
        try:
            data = json.loads(m.group("json").strip())
        except ValueError:
            continue  # a malformed block names nothing; the next may
        name = _publisher_name(data)
        if name:
            return name
    return None


def _publisher_name(data, depth: int = 0) -> str | None:
    """The first publisher name in a JSON-LD value: an item's ``publisher`` (an object with a ``name``, a
    list of them, or a string), searched through ``@graph`` and lists (at most three levels down)."""
    if depth > 3:
        return None
    items = data if isinstance(data, list) else [data]
    for item in items:
        if not isinstance(item, dict):
            continue
        pub = item.get("publisher")
        for one in pub if isinstance(pub, list) else [pub]:
            name = one.get("name") if isinstance(one, dict) else one
            if isinstance(name, str) and name.strip() and len(name) <= 80:
                return " ".join(name.split())
        found = _publisher_name(item.get("@graph"), depth + 1) if item.get("@graph") else None
        if found:
            return found
    return None


_TITLE_TAG = re.compile(r"<title\b[^>]*>(?P<title>.*?)</title>", re.I | re.S)
_TITLE_SEPARATOR = re.compile(r"\s+[|–—·-]\s+|\s*::\s*")
# A segment that names a page's section or kind, not its site ("Headline | World | Site").
_SECTION_WORDS = frozenset({"news", "home", "world", "opinion", "politics", "business", "sport", "sports", "live",
                            "latest", "analysis", "video", "videos", "article", "blog", "region", "local"})
MAX_SITE_NAME_WORDS = 5


def title_site_name(html: str, headline: str | None) -> str | None:
    """The site's name a page's ``<title>`` puts beside its headline ("Headline | Site", "Site – Headline"),
    for a page without a site-name ``<meta>``: only when one end of the title is the headline itself
    (trafilatura's title, e.g. the ``<h1>``), the other end a short name (at most five words, capitalised,
    no sentence punctuation) and not a section word ("World", "News"); or, when the title's headline differs
    from the page's, an end the page's copyright line names too; else None."""
    m = _TITLE_TAG.search(html[:50_000])
    if not m or not headline:
        return None
    title = " ".join(lxml_html.fromstring(f"<p>{m.group('title')}</p>").text_content().split())
    head = " ".join(headline.split())
    if title.casefold().startswith(head.casefold()):
        rest = _TITLE_SEPARATOR.split(" " + title[len(head):])  # a separator must follow the headline
        name = rest[-1] if len(rest) > 1 and not rest[0].strip() else ""
    elif title.casefold().endswith(head.casefold()):
        rest = _TITLE_SEPARATOR.split(title[:len(title) - len(head)] + " ")
        name = rest[0] if len(rest) > 1 and not rest[-1].strip() else ""
    else:
        return _rights_holder_end(html, title)
    return name if _site_name_like(name) else None


def _rights_holder_end(html: str, title: str) -> str | None:
    """A title whose headline differs from the page's ("Crossing reopens | Oxus Herald" over "Rail crossing
    reopens near Termez"): its last (else first) segment when that is a short name the page's copyright or
    rights line also names ("© 2024 Oxus Herald", "Oxus Herald. All rights reserved.")."""
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return None
    for name in (parts[-1].strip(), parts[0].strip()):
        if _site_name_like(name) and re.search(
                r"(?:©|&copy;|\bcopyright\b)[^<\n]{0,30}" + re.escape(name) + "|" + re.escape(name)
                + r"[^<\n]{0,30}\ball rights reserved", html, re.I):
            return name
    return None


def _site_name_like(name: str) -> bool:
    words = name.split()
    return (0 < len(words) <= MAX_SITE_NAME_WORDS and (name[0].isupper() or name[0].isdigit())
            and not re.search(r"[.!?,;:]$", name) and any(c.isalpha() for c in name)
            and name.casefold() not in _SECTION_WORDS)


_PROSE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")


_SENTENCE_BREAK = re.compile(r"[a-z0-9)][.!?…][\"'”’»)\]]*\s+[\"'“‘«(\[]?[A-Z]")


def prose_words(text: str) -> int:
    """Words in lines that read as prose: at least six words, ending like a sentence or holding a
    sentence break inside ("… forced Schultz to resign. Donna Brazile will … [HuffPost]")."""
    return sum(len(line.split()) for line in text.split("\n")
               if len(line.split()) >= 6 and (_PROSE_END.search(line.strip()) or _SENTENCE_BREAK.search(line)))


_META_TAG = re.compile(r"<meta\b[^>]*>", re.I)
_ATTR = re.compile(r"([\w:.-]+)\s*=\s*[\"']([^\"']*)[\"']")
_DATE_KEYS = frozenset({"date", "article:published_time", "og:published_time", "pubdate", "publishdate", "publish-date",
                        "dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "datepublished",
                        "sailthru.date", "parsely-pub-date", "article.published"})


# A visible "Published 8 April 2025" label at the start of an element or after a separator ("Updated 9 April |
# Published 8 April"; the separator also as the page's HTML entity: "By Ana Ruiz &middot; Published …"), in
# English or another language of the news we ingest: the page's own word for its publication date, read before
# trafilatura's guess (which takes the latest date it sees, the update or a related link's date, and completes a
# date it cannot read to 1 January). Prose ("the report published on 3 May …") is never read.
_SEPARATOR_ENTITY = r"&(?:middot|bull|vert|verbar|#183|#[xX]0*[bB]7|#8226|#[xX]2022|#124|#[xX]0*7[cC]);"
_PUBLISHED_LABEL = re.compile(r"(?:>|[|·•]|" + _SEPARATOR_ENTITY + r")\s*"
                              r"(?:First\s+[Pp]ublished|FIRST\s+PUBLISHED|Published|PUBLISHED|Posted|POSTED"
                              r"|Veröffentlicht(?:\s+am)?|Publié(?:\s+le)?|Publicado(?:\s+el)?|Pubblicato(?:\s+il)?"
                              r"|Opublikowano|Опубліковано|Опубликовано)(?:\s+on)?\s*:?\s*"
                              r"(?P<date>\d{4}-\d\d-\d\d|[^<>|·•\n]{4,60}?\b(?:19|20)\d\d)\b")
_AMBIGUOUS_NUMERIC = re.compile(r"(?:0?[1-9]|1[0-2])/(?:0?[1-9]|1[0-2])/\d{4}")  # 04/08/2025: April or August
# The ways a page writes 1 January (checked before trusting a 1 January date trafilatura found).
_NEW_YEAR = re.compile(r"\b(?:0?1(?:st)?\.?\s+(?:Jan(?:uary|vier|uar)?|enero|gennaio|stycznia|січня|января)"
                       r"|Jan(?:uary)?\.?\s+0?1(?:st)?\b|\d{4}-01-01|0?1[./-]0?1[./-]\d{4})", re.I)


def page_date(html: str, extracted_date: str | None, page_url: str | None = None) -> tuple[str | None, str | None]:
    """(ISO date, quality flag) of a page: its publication-date ``<meta>`` read completely or not at
    all; without one, a visible "Published <date>" label read completely (an ambiguous "04/08/2025" is no
    date: ``unparsed_date``); else the date trafilatura found elsewhere on the page, unless it is a 1 January
    the page never writes (trafilatura's completion of a year: ``partial_date``) or another story's date (see
    :func:`date_without_story_links`). trafilatura's own reading of a meta date is not used for it: it completes
    partial dates ("May 2016" became 1 January 2016)."""
    head = html[:50_000]
    for tag in _META_TAG.findall(head):
        attrs = {k.lower(): v for k, v in _ATTR.findall(tag)}
        key = (attrs.get("name") or attrs.get("property") or attrs.get("itemprop") or "").lower()
        if key in _DATE_KEYS and attrs.get("content", "").strip():
            return read_date(attrs["content"])
    for m in _PUBLISHED_LABEL.finditer(head):
        label_date = " ".join(unescape(m.group("date")).split())  # "&nbsp;8 April 2025" as the reader sees it
        iso, _flag = read_date(label_date)
        if iso:
            return iso, None
        if _AMBIGUOUS_NUMERIC.fullmatch(label_date):
            return None, "unparsed_date"
    if extracted_date:
        extracted_date = date_without_story_links(html, extracted_date, page_url)
    iso, flag = read_date(extracted_date)
    if iso and iso[5:10] == "01-01" and not _NEW_YEAR.search(html):
        return None, "partial_date"
    if iso and iso[:10] in _modified_dates(head):
        return _earlier_visible_stamp(head, iso) or iso, flag
    return iso, flag


# A link to another story: its headline has at least this many words (an author's or a section's link has fewer; in a
# list item, two), and the item that holds it (a list item, a paragraph, a block) at most LINK_ITEM_EXTRA_WORDS words
# more (its date, a label); such an item is dropped before the page's date is read again. An author's page is no story.
STORY_LINK_WORDS = 4
LINK_ITEM_EXTRA_WORDS = 6
_LINK_ITEM_TAGS = ("li", "p", "div", "dd", "td", "h2", "h3", "h4", "h5", "span", "article", "section")
_AUTHOR_HREF = re.compile(r"/(?:authors?|profiles?|staff|people|writers?|journalists?|contributors?)/", re.I)


def date_without_story_links(html: str, extracted_date: str, page_url: str | None) -> str | None:
    """trafilatura's date for the page, or the date the page gives once its links to other stories are taken out
    (None when it then gives none): a related story's date beside its headline ("Uganda opens new rail link 12 March
    2024"), or in its address ("/2024/03/12/uganda-rail"), dates that story, not this page; a page whose only full
    date is another story's has no date. The page's own links are kept: its permalink (``rel="bookmark"``, the
    page's address), a link holding a ``<time>``, an author's or a section's link."""
    from htmldate import find_date
    from trafilatura.settings import set_date_params

    tree = _page_tree(html)
    if tree is None or not _drop_story_links(tree, page_url):
        return extracted_date
    try:
        again = find_date(tree, **{**set_date_params(True), "url": page_url})
    except (ValueError, TypeError, AssertionError):
        return extracted_date
    return extracted_date if again and again[:10] == extracted_date[:10] else again


def _drop_story_links(tree, page_url: str | None) -> bool:
    """Take the page's links to other stories out of ``tree`` (see :func:`date_without_story_links`): its
    ``<aside>`` blocks, each link's address, and a headline's item with its date; True when any was taken out."""
    own = {u.rstrip("/") for u in (page_url,) if u}
    asides = list(tree.iter("aside"))
    for aside in asides:
        if aside.getparent() is not None:
            aside.drop_tree()
    changed = bool(asides)
    for link in list(tree.iter("a")):
        if _page_own_link(link, own):
            continue
        link.attrib.pop("href")
        changed = True
        words = len(link.text_content().split())
        item = next(link.iterancestors(*_LINK_ITEM_TAGS), None)
        if ((words >= STORY_LINK_WORDS or (words >= 2 and getattr(item, "tag", None) == "li"))
                and item is not None and item.getparent() is not None
                and len(item.text_content().split()) - words <= LINK_ITEM_EXTRA_WORDS):
            item.drop_tree()
    return changed


def _page_own_link(link, own: set[str]) -> bool:
    """True for a link that is no other story: none or an anchor on the page, the page's own address or permalink
    (``rel="bookmark"``), an author's link or page, a link holding a ``<time>`` or only a date (the day's archive)."""
    from .quality import is_date_stamp

    href = (link.get("href") or "").strip()
    rel = link.get("rel") or ""
    return (not href or href.startswith("#") or href.rstrip("/") in own or "bookmark" in rel or "author" in rel
            or bool(_AUTHOR_HREF.search(href)) or next(link.iter("time"), None) is not None
            or is_date_stamp(" ".join(link.text_content().split())))


_MODIFIED_KEYS = frozenset({"article:modified_time", "og:updated_time", "datemodified", "dc.date.modified",
                            "dcterms.modified", "last-modified", "lastmod"})
_ELEMENT_TEXT = re.compile(r">\s*([^<>]{6,60}?)\s*<")
MAX_STAMP_ELEMENTS = 400


def _modified_dates(head: str) -> set[str]:
    """The dates of the page's last-modified ``<meta>`` tags (article:modified_time, og:updated_time, …)."""
    dates = set()
    for tag in _META_TAG.findall(head):
        attrs = {k.lower(): v for k, v in _ATTR.findall(tag)}
        key = (attrs.get("name") or attrs.get("property") or attrs.get("itemprop") or "").lower()
        iso = read_date(attrs.get("content", ""))[0] if key in _MODIFIED_KEYS else None
        if iso:
            dates.add(iso[:10])
    return dates


def _earlier_visible_stamp(head: str, modified: str) -> str | None:
    """trafilatura took the page's last-modified date; an element that is only a date stamp ("Tuesday, 07
    January 2025 | 06:30 IST", its separator maybe written as an entity: "&middot;") with an earlier full date is
    the publication date shown to the reader."""
    from .quality import is_date_stamp

    for m in list(_ELEMENT_TEXT.finditer(head))[:MAX_STAMP_ELEMENTS]:
        text = " ".join(unescape(m.group(1)).split())  # "08 April 2025 &middot; 07:15" as the reader sees it
        if re.search(r"\b(?:19|20)\d\d\b", text) and is_date_stamp(text):
            iso, flag = read_date(text)
            if iso and not flag and iso[:10] < modified[:10]:
                return iso
    return None


def _article_like(text: str | None, min_words: int) -> tuple[str, list[dict[str, object]]] | None:
    """(text without furniture paragraphs, the paragraphs dropped: see :func:`.quality.strip_furniture`) when it
    holds enough prose."""
    clean, dropped = strip_furniture(tidy_text(text or ""))
    return (clean, dropped) if word_count(clean) >= min_words and prose_words(clean) >= min_words else None


def _main_text(html: str, extracted, url: str | None, min_words: int) -> tuple[str, str, list[dict[str, object]] | int]:
    """(text, method, furniture paragraphs dropped: as :func:`.quality.strip_furniture` gives them, or only a count
    when they were dropped from trafilatura's first answer rather than from this text); ("", "", 0) when nothing
    article-like is found.

    trafilatura's first answer is kept when it is prose with no furniture in it; otherwise every
    other way is tried and the one with the most prose wins."""
    import trafilatura

    tree = _page_tree(html)
    wall = _wall_text(tree) if tree is not None else ""
    default_text, links = _drop_link_lines(getattr(extracted, "text", None) or "", _link_block_lines(tree),
                                           _embed_text(tree))
    first = _article_like(default_text, min_words)
    if first and not first[1]:
        return first[0], "trafilatura", links
    found = {"trafilatura": first}
    if tree is not None:
        _drop_furniture(tree)
        cleaned = lxml_html.tostring(tree, encoding="unicode")
        for method, options in (("trafilatura-cleaned", {}), ("trafilatura-recall", {"favor_recall": True})):
            try:
                again = trafilatura.bare_extraction(cleaned, url=url, include_comments=False, include_tables=True,
                                                    **options)
            except (ValueError, TypeError, AssertionError):
                again = None
            found[method] = _article_like(getattr(again, "text", None), min_words)
        found["largest-block"] = _article_like(_largest_block(tree), min_words)
    ranked = sorted(((prose_words(v[0]), -i, k) for i, (k, v) in enumerate(found.items()) if v), reverse=True)
    if not ranked:
        return "", "", 0
    method = ranked[0][2]
    if _inside_wall(found[method][0], wall):
        return "", "", 0  # what is left is the rest of a consent or pay wall, not an article
    default_furniture = strip_boilerplate(tidy_text(getattr(extracted, "text", None) or ""))[1]
    return found[method][0], method, found[method][1] or (method != "trafilatura" and default_furniture)


# A consent or pay wall's element (id or class): a page whose text lies wholly inside such elements has no article.
_WALL = re.compile(r"cookie|consent|gdpr|\bcmp|paywall", re.I)


WALL_MIN_WORDS = 8  # a wall says something: a classed button ("Accept") inside one is not the wall
WALL_MAX_WORDS = 1000  # an element with more words than this is a page wrapper, not a wall


def _wall_text(tree) -> str:
    """The text of the page's consent- and pay-wall elements (id or class naming one), spacing normalised: the
    innermost such elements of :data:`WALL_MIN_WORDS` to :data:`WALL_MAX_WORDS` words that hold no
    ``<article>`` or ``<main>``. A wrapper around the page with a class such as "has-cookie-consent" holds the
    banner's own element, or the article, and is no wall."""
    walls = [el for el in tree.iter() if isinstance(el.tag, str) and el.tag not in ("html", "body")
             and _WALL.search(f"{el.get('id') or ''} {el.get('class') or ''}")
             and next(el.iterdescendants("article", "main"), None) is None
             and WALL_MIN_WORDS <= len(el.text_content().split()) <= WALL_MAX_WORDS]
    inner = [el for el in walls if not any(other is not el and el in other.iterancestors() for other in walls)]
    return " ".join(" ".join(el.text_content() for el in inner).split())


def _inside_wall(text: str, wall: str) -> bool:
    """True when every line of ``text`` is part of the wall's text: the furniture filter took the wall's
    other paragraphs and left one that names no cue ("We use cookies and data to deliver our services …")."""
    lines = [" ".join(line.split()) for line in text.split("\n") if line.strip()]
    return bool(wall and lines) and all(line in wall for line in lines)


_FURNITURE = re.compile(r"cookie|consent|gdpr|\bcmp|paywall|subscri|newsletter|banner|modal|popup|overlay|promo", re.I)
# Share buttons, related links, tag lists and an author's bio: dropped when small (a class such as
# "story-body share-enabled" on the article itself holds more words than this).
_SMALL_FURNITURE = re.compile(r"(?<![a-z])(?:author-?bio|bio|share|sharing|social|related|tags)(?![a-z])", re.I)
SMALL_FURNITURE_WORDS = 120
_BLOCKS = ("article", "main", "section", "aside", "div", "td", "body")
_PARAGRAPHS = frozenset({"p", "blockquote", "h2", "h3", "h4", "li"})
_DROP_TAGS = ("script", "style", "noscript", "template", "nav", "header", "footer", "form", "button")


def _page_tree(html: str):
    try:
        return lxml_html.fromstring(html)
    except (ValueError, TypeError, etree.ParserError):
        return None


def _drop_furniture(tree) -> None:
    """Remove scripts, navigation and elements whose id/class names a consent banner, paywall, pop-up, share
    buttons, related links, tags or an author's bio."""
    for el in list(tree.iter(*_DROP_TAGS)):
        el.drop_tree()
    for el in list(tree.iter()):
        if not isinstance(el.tag, str) or el.tag in ("html", "body"):
            continue
        attrs = f"{el.get('id') or ''} {el.get('class') or ''}"
        if el.getparent() is not None and (_FURNITURE.search(attrs) or _EMBED.search(attrs) or (
                _SMALL_FURNITURE.search(attrs) and len(el.text_content().split()) <= SMALL_FURNITURE_WORDS)):
            el.drop_tree()


_LINK_LINE_TAGS = ("a", "p", "li", "h2", "h3", "h4", "span")


def _link_block_lines(tree) -> frozenset[str]:
    """The texts (spacing normalised) of links, items and headings inside the page's small furniture blocks
    (related links, share buttons, tags, an author's bio: as :func:`_drop_furniture` finds them)."""
    if tree is None:
        return frozenset()
    lines = set()
    for el in tree.iter():
        attrs = f"{el.get('id') or ''} {el.get('class') or ''}" if isinstance(el.tag, str) else ""
        if (attrs.strip() and el.tag not in ("html", "body") and _SMALL_FURNITURE.search(attrs)
                and len(el.text_content().split()) <= SMALL_FURNITURE_WORDS):
            lines.update(" ".join(d.text_content().split()) for d in el.iter(*_LINK_LINE_TAGS))
    lines.discard("")
    return frozenset(lines)


# An embedded social-media post (its text and its "— Account (@handle) date" line): the platform's, not the article's.
_EMBED = re.compile(r"(?<![a-z])(?:twitter-tweet|instagram-media|tiktok-embed|fb-post|social-embed|embedded-post"
                    r"|embed-(?:tweet|post))(?![a-z])", re.I)


def _embed_text(tree) -> str:
    """The text of the page's embedded social-media posts (by class), spacing normalised."""
    if tree is None:
        return ""
    return " ".join(" ".join(el.text_content() for el in tree.iter() if isinstance(el.tag, str)
                             and _EMBED.search(el.get("class") or "")).split())


def _drop_link_lines(text: str, block_lines: frozenset[str], embeds: str = "") -> tuple[str, int]:
    """``text`` without the lines that are a headline of a related-links block (a line of such a block that
    does not end like a sentence: "Floods close border crossing near Komarno") or part of an embedded
    social-media post; and how many went."""
    if not block_lines and not embeds:
        return text, 0

    def embedded(line: str) -> bool:
        return bool(embeds and line) and line in embeds

    kept = [line for line in text.split("\n")
            if not ((" ".join(line.split()) in block_lines and not _PROSE_END.search(line.strip()))
                    or embedded(" ".join(line.split())))]
    return "\n".join(kept), len(text.split("\n")) - len(kept)


def _is_paragraph(el) -> bool:
    """A paragraph-like child: <p>, <blockquote>, a sub-heading, a list item, or a leaf <div>/<span> of text."""
    if not isinstance(el.tag, str):
        return False
    if el.tag in _PARAGRAPHS:
        return True
    return el.tag in ("div", "span") and not any(isinstance(c.tag, str) and c.tag in _BLOCK_CHILDREN for c in el)


_BLOCK_CHILDREN = frozenset({"div", "p", "section", "article", "aside", "ul", "ol", "table", "blockquote"})


def _largest_block(tree) -> str:
    """The text of the block element whose own paragraphs hold the most non-furniture words."""
    best, best_words = "", 0
    for el in tree.iter(*_BLOCKS):
        paras = [" ".join(c.text_content().split()) for c in el if _is_paragraph(c)]
        paras = [p for p in paras if p and not is_boilerplate(p)]
        words = sum(len(p.split()) for p in paras)
        if words > best_words:
            best, best_words = "\n".join(paras), words
    return best


def read_html_file(path: str | Path) -> Document:
    """Read one ``.html``/``.htm`` file; raises InputError naming the file."""
    p = Path(path)
    decoded = decode_checked(read_file_bytes(p), str(p), _declared_charset(read_file_bytes(p)))
    doc = document_from_html(decoded.text, str(p))
    doc.meta["encoding"] = decoded.encoding
    doc.quality = sorted(set(doc.quality) | set(decoded.flags))
    return doc


_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)


def _declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag of its first 4 kB, if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii") if m else None
