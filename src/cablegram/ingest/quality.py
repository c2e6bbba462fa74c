"""Quality checks every ingested document passes through, and the flags they leave on it.

:func:`finish_document` is applied to each Document a reader produces (see ``sources.py``):
it strips a dateline ("KYIV, May 12 (Reuters) –") from the text into ``meta["dateline"]``
(and into ``published_at`` when the source gave no date and the dateline has a full date),
keeps the headline out of the body, drops cookie-consent / paywall / navigation paragraphs,
identifies the language, and records what it found as named flags in ``Document.quality``.

Flags (documented in docs/codebook.md, "Document quality"):

* held back — the document is stored but not coded until ``cablegram process --include-flagged``:
  ``boilerplate`` (the text is consent, paywall or navigation text, not an article),
  ``mixed_encoding`` (the bytes mix two encodings), ``mojibake`` (garbled characters that could
  not be repaired), ``short_text`` (fewer than :data:`MIN_WORDS` words);
* notes — the document is coded as usual: ``encoding_repaired`` (decoded from a legacy
  encoding or mojibake repaired), ``boilerplate_removed`` (furniture paragraphs were dropped),
  ``partial_date`` / ``unparsed_date`` (the source's date was incomplete or unreadable:
  ``published_at`` is null, never completed from the clock; the raw value is in ``meta``),
  ``no_date`` (neither the source nor the text dates the document: ``published_at`` is null),
  ``replacement_characters`` (U+FFFD characters remain where a decoding lost bytes; no actor is
  ever made from them).
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable
from functools import lru_cache

from ..records import Document
from .common import read_date, title_from_text

HELD_BACK = frozenset({"boilerplate", "mixed_encoding", "mojibake", "short_text"})
NOTES = frozenset({"encoding_repaired", "boilerplate_removed", "partial_date", "unparsed_date", "no_date",
                   "replacement_characters"})
FLAGS = HELD_BACK | NOTES
MIN_WORDS = 4  # fewer words than this is not a document

_CAPS_PLACE = r"[A-ZÀ-ÞА-ЯІЇЄҐ][A-ZÀ-ÞА-ЯІЇЄҐ'’.\-]+(?:[ \-][A-ZÀ-ÞА-ЯІЇЄҐ][A-ZÀ-ÞА-ЯІЇЄҐ'’.\-]+){0,3}"
_REGION = r"(?:,\s+[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+){0,2})?"
_DL_DATE = (r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
            r"|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?|\d{4}-\d{2}-\d{2})")
_DATELINE = re.compile(
    r"^\s*(?P<place>" + _CAPS_PLACE + _REGION + r")"
    r"(?:\s*,\s*(?P<date>" + _DL_DATE + r"))?"
    r"\s*(?:\((?P<agency>[A-Za-z][\w .&/-]{0,30})\)\s*)?"
    r"(?:[-–—]{1,2}|:)\s+(?=\S)")
_TITLE_PLACE_DATELINE = re.compile(  # "Kyiv, May 12 (Reuters) -": a title-case place needs the agency
    r"^\s*(?P<place>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){0,2})"
    r"(?:\s*,\s*(?P<date>" + _DL_DATE + r"))?"
    r"\s*\((?P<agency>[A-Za-z][\w .&/-]{0,30})\)\s*(?:[-–—]{1,2}|:)\s+(?=\S)")
_AGENCY_DATELINE = re.compile(  # "(Reuters) - …": the wire's credit alone
    r"^\s*\((?P<agency>[A-Z][\w .&/-]{0,30})\)\s*(?:[-–—]{1,2}|:)\s+(?=\S)")
_SENTENCE_END = re.compile(r"[.!?…:;\"'”’»)\]]\s*$")


def holds_back(document_or_flags: Document | Iterable[str] | None) -> bool:
    """True when the flags (or the document's flags) keep it from being coded by default."""
    flags = document_or_flags.quality if isinstance(document_or_flags, Document) else document_or_flags
    return bool(set(flags or ()) & HELD_BACK)


@lru_cache(maxsize=1)
def _boilerplate_rules() -> tuple[re.Pattern, int, int]:
    from ..nlp.lexicons import load_lexicon

    lex = load_lexicon("boilerplate")
    phrases = sorted({p.lower() for key in ("consent", "paywall", "navigation") for p in lex.get(key, [])},
                     key=len, reverse=True)
    # One pass finds every cue; overlapping cues ("cookie" in "storing of cookies") are found by the lookahead.
    pattern = re.compile(r"(?<!\w)(?=(" + "|".join(re.escape(p) for p in phrases) + r")(?!\w))", re.I)
    return pattern, int(lex.get("min_cues", 2)), int(lex.get("short_paragraph_words", 12))


LONG_PARAGRAPH_WORDS = 60  # above this a paragraph needs dense cues to be furniture
CUE_EVERY_WORDS = 25  # a long paragraph of furniture has at least one cue per this many words
CHUNK_WORDS = 150  # a line longer than this (a text without newlines) is tested sentence by sentence
# The space between two sentences (after a full stop, or a closing quote or bracket, before a capital):
# splitting on it and joining with one space keeps every character of the text.
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?…\"'”’»)\]])\s+(?=[\"'“‘«(\[]?[A-ZÀ-ÞА-ЯІЇЄҐ0-9])")


# A line that only points to another story ("Read also: …", "See also – …", "Related: …"): a link, not reporting.
_RELATED_LINK = re.compile(r"\s*(?:read (?:also|more|next)|see also|also (?:read|see)|more on this(?: story| topic)?"
                           r"|related(?: (?:articles?|stor(?:y|ies)|coverage|news|content|reading))?"
                           r"|recommended(?: for you)?|you (?:may|might) also like)(?:\s*[:›»|]|\s+[–—-]\s)\s*\S", re.I)
RELATED_LINK_WORDS = 30  # a "Read also:" line longer than this is no link
# A labelled line of page furniture: index terms ("Topics: Norway, shipping", "Tags: …", "Filed under: …"),
# share buttons ("Share this: Facebook, X"), a photo caption's or a video's label ("Photo: The harbour at …",
# "Watch: The minister arrives"); or a
# copyright line ("© 2025 Harbour Lights Daily"). None ends like a sentence.
_TAG_LINE = re.compile(r"\s*(?:(?:tags|topics|filed under|categories|keywords|more about|share(?: this(?: article| story"
                       r"| page)?)?|photo|image|picture|foto|watch|video|gallery)\s*:|©|\(c\)\s*\d{4}|copyright\s*(?:©\s*)?\d{4})[^.!?]*",
                       re.I)
TAG_LINE_WORDS = 15
# A copyright notice, sentences and all ("© 2025 Harbour Lights Daily. This article may not be reproduced."): a
# line that opens with the sign, "(c) 2025" or "Copyright ©"; "Copyright 2025" only with a word of rights in
# the line ("Copyright 2025 rules were debated …" is reporting).
_COPYRIGHT_LINE = re.compile(r"\s*(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\))|copyright\s*\d{4}\b(?=.*\b(?:all rights"
                             r" reserved|reproduc|republish|redistribut|without (?:prior )?(?:written )?permission"
                             r"|terms of (?:use|service))))", re.I)
COPYRIGHT_LINE_WORDS = 30
# A line that is only a date, maybe with its time and label ("8 March", "March 8, 2024 10:20 AM", "Updated:
# 9 March 2024"): a page's date stamp, not reporting.
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
          r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DATE_STAMP_LINE = re.compile(r"\s*(?:(?:first\s+)?(?:published|updated|posted|last updated)(?:\s+on)?\s*:?\s*)?"
                        r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
                        r"(?:\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r"(?:,?\s+\d{4})?|" + _MONTH
                        + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{4}-\d\d-\d\d)"
                        r"(?:\s*(?:,|at|-|–|·|\|)?\s*\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\s*", re.I)
# A page's reading furniture on a line of its own: the reading time ("4 min read", "Reading time: 3 minutes"), a
# relative time stamp ("Updated 2 hours ago"), a comment counter ("Comments (12)", "12 comments"), a breadcrumb
# trail ("Home > World > Asia") or a caption's label ("Image caption, …", "Image source, …").
_READING_LINE = re.compile(
    r"\s*(?:\d+\s*-?\s*min(?:ute)?s?\.?\s+read|reading time\s*:?\s*\d+\s*min(?:ute)?s?"
    r"|(?:(?:updated|published|posted)\s+)?(?:an?|\d+)\s+(?:second|minute|hour|day|week)s?\s+ago"
    r"|(?:comments?\s*\(\d+\)|\d+\s+comments?|(?:view|show|read|hide)\s+(?:all\s+)?comments?)"
    r"|home(?:\s*[>›»/]\s*[\w&'’ -]{1,30}){1,6}"
    r"|(?:image|media|video|photo)\s+(?:caption|source)\s*[,:].*)\s*", re.I)
READING_LINE_WORDS = 25
# A line of share buttons only ("Tweet Share", "Facebook | X | Email").
SHARE_WORD = r"(?:share|tweet|e-?mail|print|copy link|facebook|twitter|x|linkedin|whatsapp|telegram|pinterest|reddit)"
SHARE_LINE = r"\s*" + SHARE_WORD + r"(?:[ \t,|/·•]+" + SHARE_WORD + r")+[ \t]*"
_SHARE_LINE = re.compile(SHARE_LINE, re.I)
# A wire's staff line: "Reporting by Jane Writer; Editing by Joe Editor", "(Additional reporting by …)".
_STAFF_NAME = r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3}"
_STAFF_NAMES = _STAFF_NAME + r"(?:\s*(?:,|and|&)\s*" + _STAFF_NAME + r")*(?:\s+in\s+" + _STAFF_NAME + r")?"
_STAFF_ROLE = r"(?:(?:[Aa]dditional )?[Rr]eporting|[Ww]riting|[Ee]diting|[Ee]dited|[Cc]ompiled) by\s+"
_STAFF_LINE = re.compile(r"\s*\(?" + _STAFF_ROLE + _STAFF_NAMES + r"(?:\s*[;,.]\s*" + _STAFF_ROLE + _STAFF_NAMES
                         + r")*\.?\)?\s*")
STAFF_LINE_WORDS = 30
# A newsletter's call to sign up on a line of its own ("Sign up for our morning briefing", "Subscribe to our weekly
# digest.", "For more, sign up for the Tuesday newsletter.", "Don't miss out: sign up for …", "Enter your email to
# receive our … briefing"): the outlet's offer, not reporting. The whole line only: a sentence about people signing
# up ("Thousands signed up for the army's newsletter …") is no call.
_NEWSLETTER_CALL = (
    r"\s*(?:(?:don[’']?t miss (?:out|a thing|a story)|never miss a story|stay (?:informed|up to date|in the know))"
    r"\s*[:!.,–—-]\s*)?(?:for more(?: stories| news| updates)?,?\s+)?"
    r"(?:(?:sign\s+up|subscribe|register)(?:\s+(?:now|today|here|free))?\s+(?:for|to)"
    r"|enter\s+your\s+e-?mail(?:\s+address)?\s+(?:to|and)\s+(?:receive|get))"
    r"\s+(?P<det>our|the|a)\s+(?:[\w'’&-]+\s+){0,5}?(?:newsletters?|briefings?|bulletins?|digest|alerts"
    r"|e-?mails?|mailing list)")
_NEWSLETTER_LINE = re.compile(_NEWSLETTER_CALL + r"(?:\s+(?:here|now|today|for free))?\s*[.!]?\s*", re.I)
NEWSLETTER_LINE_WORDS = 15
# The same call going on with its promise ("… and get the week's stories in your inbox", "… to receive …", ", delivered
# to your inbox every Monday"): the outlet's own ("our") newsletter, or a promise addressed to the reader ("you",
# "your", "inbox"); never with an attribution in it ("…, the council urged residents"): a call somebody is reported
# making is reporting.
_NEWSLETTER_PROMISE = re.compile(_NEWSLETTER_CALL + r"(?:\s*,|\s+and|\s+to|\s*[—–-])\s+(?P<tail>[^.!?\n]{3,120}?)"
                                 r"\s*[.!]?\s*", re.I)
_READER_ADDRESSED = re.compile(r"\b(?:you|your|inbox)\b", re.I)
_REPORTED_CALL = re.compile(r"\b(?:said|says|told|urged|added|wrote|announced|asked|according to)\b", re.I)
NEWSLETTER_PROMISE_WORDS = 30


def _is_newsletter_call(paragraph: str, words: int) -> bool:
    """A newsletter's call to sign up on a line of its own, maybe with its promise (see the patterns above)."""
    if words <= NEWSLETTER_LINE_WORDS and _NEWSLETTER_LINE.fullmatch(paragraph):
        return True
    found = _NEWSLETTER_PROMISE.fullmatch(paragraph) if words <= NEWSLETTER_PROMISE_WORDS else None
    return bool(found and not _REPORTED_CALL.search(found.group("tail"))
                and (found.group("det").lower() == "our" or _READER_ADDRESSED.search(found.group("tail"))))
# An outlet's notice on a line of its own: the archive's age ("This article is more than 2 years old"), a channel or
# app to join ("Join our WhatsApp channel …", "Download our app …"), a tip line ("Have a news tip? Email …"), the
# wire's share ("(With inputs from agencies)"), an opinion page's disclaimer ("Disclaimer: The views expressed are
# the author's own."), a photo agency's credit alone ("AFP via Getty Images"). Whole lines only.
_NOTICE_LINE = re.compile(
    r"\s*(?:this (?:article|story|piece) is (?:more|over) than (?:\d+|an?|one|two|three|four|five|six|ten) "
    r"(?:years?|months?) old"
    r"|join our (?:whatsapp|telegram|signal|viber|broadcast|news)(?: \w+)? (?:channel|group|community)\b.*"
    r"|download (?:our|the [\w' ]{1,30}) (?:mobile )?app\b.*"
    r"|have a (?:news |story )?tip\?.*"
    r"|\(?(?:with|additional) inputs? from (?:agencies|[A-Z][\w.]*(?:,? (?:and )?[A-Z][\w.]*){0,3})\)?"
    r"|disclaimer\s*:\s*(?:the )?(?:views|opinions) expressed\b.*"
    r"|(?:[\w.'’\-]+(?: [\w.'’\-]+){0,3}\s*/\s*)?(?:[A-Z]{2,5} via )?getty images)\s*[.]?\s*", re.I)
NOTICE_LINE_WORDS = 25


def is_date_stamp(line: str) -> bool:
    """True for a line that is only a date stamp, maybe with a weekday, a label and a time ("Updated: 9 March
    2024, 10:20", "Tuesday, 07 January 2025 | 06:30 IST")."""
    return len(line.split()) <= TAG_LINE_WORDS and bool(_DATE_STAMP_LINE.fullmatch(line))


def is_boilerplate(paragraph: str) -> bool:
    """True for a paragraph of page furniture (consent banner, paywall notice, navigation, a link to another
    story: "Read also: …", "See also: …", at most :data:`RELATED_LINK_WORDS` words; a labelled line of
    furniture: "Topics: …", "Share this: …", "Photo: …", "© 2025 …", at most :data:`TAG_LINE_WORDS` words and
    no sentence end; a line that is only a date stamp: "8 March", "Updated: 9 March 2024, 10:20"; a copyright
    notice, sentences and all, of at most :data:`COPYRIGHT_LINE_WORDS` words: "© 2025 X. This article may not be
    reproduced."; reading furniture: "4 min read", "Updated 2 hours ago", "Comments (12)", "Home > World > Asia",
    "Image caption, …"; a line of share buttons: "Tweet Share"; a wire's staff line: "Reporting by …; Editing by …";
    a newsletter's call to sign up: "Sign up for our morning briefing"; an outlet's notice: "This article is more than
    2 years old", "Join our WhatsApp channel …", "(With inputs from agencies)").

    Cues from at least ``min_cues`` lexicon entries (or one non-"cookie" cue in a line of at most
    ``short_paragraph_words`` words) mark furniture; a paragraph of more than
    :data:`LONG_PARAGRAPH_WORDS` words also needs one cue per :data:`CUE_EVERY_WORDS` words, since
    two cue phrases somewhere in a long paragraph of reporting make no banner."""
    pattern, min_cues, short_words = _boilerplate_rules()
    found = [m.group(1).lower().rstrip("s") for m in pattern.finditer(paragraph)]  # "cookie" = "cookies"
    cues = set(found)
    words = len(paragraph.split())
    if _is_labelled_furniture_line(paragraph, words):
        return True
    if words > LONG_PARAGRAPH_WORDS and len(found) * CUE_EVERY_WORDS < words:
        return False
    # A lone "cookie" in a short sentence is about baking; any other lone cue in a short line is furniture.
    return len(cues) >= min_cues or (bool(cues - {"cookie"}) and words <= short_words)


def _is_labelled_furniture_line(paragraph: str, words: int) -> bool:
    """A line of furniture known by its shape, not by lexicon cues: a related link, a tag, share, date-stamp,
    staff, newsletter, notice, copyright or reading line (see :func:`is_boilerplate`), each within its length."""
    return bool((words <= RELATED_LINK_WORDS and _RELATED_LINK.match(paragraph)) or (
            words <= TAG_LINE_WORDS and (_TAG_LINE.fullmatch(paragraph) or _SHARE_LINE.fullmatch(paragraph)
                                         or _DATE_STAMP_LINE.fullmatch(paragraph))) or (
            words <= STAFF_LINE_WORDS and _STAFF_LINE.fullmatch(paragraph)) or (
            _is_newsletter_call(paragraph, words)) or (
            words <= NOTICE_LINE_WORDS and _NOTICE_LINE.fullmatch(paragraph)) or (
            words <= COPYRIGHT_LINE_WORDS and _COPYRIGHT_LINE.match(paragraph)) or (
            words <= READING_LINE_WORDS and _READING_LINE.fullmatch(paragraph)))


def _drop_furniture_sentences(line: str) -> tuple[str, list[tuple[int, str]]]:
    """A long line (a text without newlines) tested sentence by sentence: only sentences with cues of
    ``min_cues`` entries go (never on one lone cue). Returns (line, the dropped sentences, each with the offset in
    the returned line where it stood)."""
    pattern, min_cues, _short = _boilerplate_rules()
    kept, dropped = [], []
    for sentence in _SENTENCE_SPLIT.split(line):
        cues = {m.group(1).lower().rstrip("s") for m in pattern.finditer(sentence)}
        if len(cues) >= min_cues and is_boilerplate(sentence):
            dropped.append((len(" ".join(kept)), sentence))
        else:
            kept.append(sentence)
    return " ".join(kept), dropped


# The heading of a block of links to other stories ("Most read", "More from Region", "Related stories"), on a line
# of its own; the headlines under it are links, not reporting.
_RELATED_HEAD = re.compile(
    r"\s*(?:most (?:read|popular|viewed|shared)|related(?: (?:articles?|stor(?:y|ies)|coverage|news|content"
    r"|reading|links))?|more (?:from|in) [\w&'’ -]{1,30}|more (?:stories|news|articles|headlines)"
    r"|recommended(?: for you| stories| reading)?|trending(?: now| stories)?|popular (?:now|stories)"
    r"|you (?:may|might) also like|editor'?s picks|top stories|latest (?:news|stories|headlines))\s*:?\s*", re.I)
HEADLINE_WORDS = 20  # a headline under such a heading: at most this many words and no sentence end
_PROSE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s*$")
# An author's bio closing the text: "Jane Writer is the Herald's diplomatic correspondent in Nairobi." (a name,
# "is a/an/the/our", a few words, a newsroom role, where they work); never a sentence about what befell a reporter.
_BIO_LINE = re.compile(
    r"\s*[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,3}\s+is\s+(?:a|an|the|our)\s+"
    r"(?!(?:[\w'’\-]+\s+){0,5}?(?:detained|jailed|imprisoned|arrested|killed|missing|kidnapped|abducted|former"
    r"|accused|wanted)\b)(?:[\w'’\-]+\s+){0,5}?(?:correspondent|reporter|journalist|editor|writer|columnist"
    r"|contributor|producer)(?:\s+(?:based\s+)?(?:in|at|for|with|covering)\s+(?:the\s+)?[A-Z][\w'’\-]*"
    r"(?:\s+(?:of|and|the|[A-Z][\w'’\-]*))*)?\.\s*")
BIO_LINE_WORDS = 30


def _is_headline(line: str) -> bool:
    return 0 < len(line.split()) <= HEADLINE_WORDS and not _PROSE_END.search(line)


def strip_boilerplate(text: str) -> tuple[str, int]:
    """``text`` without its boilerplate paragraphs (lines) and how many were dropped (see
    :func:`strip_furniture`, which also says which and where)."""
    clean, furniture = strip_furniture(text)
    return clean, len(furniture)


def strip_furniture(text: str) -> tuple[str, list[dict[str, object]]]:
    """``text`` without its boilerplate paragraphs (lines), and the lines dropped, in order, each as
    ``{"text": line, "at": offset}``: ``at`` is the character offset in the returned text where the line stood
    (the end of the kept text before it: 0 for a first line, the text's length for a last one). A line of more
    than :data:`CHUNK_WORDS` words is tested sentence by sentence (a whole article on one line is
    no paragraph of furniture), and loses only its furniture sentences. A related-links heading on a line of
    its own ("Most read", "More from Region") goes with the headlines under it (lines without a sentence end,
    up to the next sentence); an author's bio as the last line ("Jane Writer is the Herald's correspondent in
    Lima.") goes too."""
    kept, dropped, under_links = [], [], False
    for line in text.split("\n"):
        at = len("\n".join(kept))
        if len(line.split()) > CHUNK_WORDS:
            line, sentences = _drop_furniture_sentences(line)
            dropped += [(at + bool(kept) + offset, sentence) for offset, sentence in sentences]
            kept.append(line)
            under_links = False
        elif line.strip() and (_RELATED_HEAD.fullmatch(line) or (under_links and _is_headline(line))):
            dropped.append((at, line))
            under_links = True
        elif line.strip() and is_boilerplate(line):
            dropped.append((at, line))
        else:
            kept.append(line)
            under_links = under_links and not line.strip()
    last = max((i for i, line in enumerate(kept) if line.strip()), default=None)
    if (last and len(kept[last].split()) <= BIO_LINE_WORDS and _BIO_LINE.fullmatch(kept[last])
            and any(line.strip() for line in kept[:last])):
        dropped.append((len("\n".join(kept[:last])), kept.pop(last)))
        dropped.sort(key=lambda d: d[0])
    joined = "\n".join(kept)
    lead = len(joined) - len(joined.lstrip())
    return joined.strip(), shift_furniture([{"text": line.strip(), "at": at} for at, line in dropped], lead,
                                           len(joined.strip()))


def shift_furniture(furniture: list[dict[str, object]], removed: int, length: int) -> list[dict[str, object]]:
    """``furniture`` (see :func:`strip_furniture`) once ``removed`` characters have gone from the start of its
    text (a dateline, a headline, a byline) and the text is ``length`` characters long."""
    return [{**item, "at": max(0, min(length, int(item["at"]) - removed))} for item in furniture]


def split_dateline(text: str) -> tuple[str, dict[str, str] | None]:
    """Split a leading dateline ("WASHINGTON —", "KYIV, May 12 (Reuters) –") from ``text``.

    Returns (text without it, {"text", "place"?, "date"?, "agency"?}) or (text, None)."""
    m = _AGENCY_DATELINE.match(text)
    if m:
        return text[m.end():], {"text": m.group(0).strip(), "agency": m.group("agency").strip()}
    m = _DATELINE.match(text) or _TITLE_PLACE_DATELINE.match(text)
    if not m or len(m.group("place")) > 60:
        return text, None
    if not (m.group("date") or m.group("agency")) and not re.search(r"[–—]|--|:", m.group(0)[len(m.group("place")):]):
        return text, None  # "NATO - the alliance": a bare place needs a dash proper
    line = {"text": m.group(0).strip(), "place": m.group("place").strip()}
    for key in ("date", "agency"):
        if m.group(key):
            line[key] = m.group(key).strip()
    rest = text[m.end():]
    return (rest[:1].upper() + rest[1:]) if rest else text, line


def strip_headline(text: str, title: str | None) -> tuple[str, str | None]:
    """Keep the headline apart from the body: a first line without closing punctuation, followed
    by more text, that equals ``title`` (or when there is no title) leaves the body and becomes
    the title. A first line that ends like a sentence stays in the body. Returns (body, title)."""
    first, sep, rest = text.partition("\n")
    head = first.strip()
    if not sep or not rest.strip() or not head:
        return text, title
    if _SENTENCE_END.search(head) or len(head.split()) > 25:
        return text, title  # a first sentence, not a headline
    same = title is not None and _same_headline(head, title)
    if same or not title:
        return rest.strip(), title or head
    return text, title


# What a title adds to the headline: the site after (or before) a separator ("Headline - Rift Valley Wire").
_SITE_SUFFIX = re.compile(r"\s+(?:[|–—-]|::)\s+[^|–—]{1,60}")
_SITE_PREFIX = re.compile(r"[^|–—]{1,60}\s+(?:[|–—-]|::)\s+")


def _same_headline(head: str, title: str) -> bool:
    """The first line is the title, or the title is that line with the site's name beside it."""
    head, title = " ".join(head.split()).casefold(), " ".join(title.split()).casefold()
    if head == title:
        return True
    if title.startswith(head):
        return bool(_SITE_SUFFIX.fullmatch(title[len(head):]))
    return title.endswith(head) and bool(_SITE_PREFIX.fullmatch(title[:len(title) - len(head)]))


_BYLINE = re.compile(r"\s*By\s+[A-Z][\w'’.\-]*(?:[ \t]+[\w'’.,&\-]+){0,9}[ \t]*")


def _apply_dateline(doc: Document, text: str, flags: set[str]) -> str:
    byline, sep, rest = text.partition("\n")
    body = rest.lstrip()
    if (sep and body and _BYLINE.fullmatch(byline) and not _SENTENCE_END.search(byline.strip())
            and split_dateline(body)[1] is not None):
        # "By Jane Writer" on a line of its own before the dateline: the byline stays, the dateline is read
        return byline + sep + rest[:len(rest) - len(body)] + _apply_dateline(doc, body, flags)
    text, dateline = split_dateline(text)
    if dateline is None:
        return text
    doc.meta["dateline"] = dateline
    if not doc.published_at and dateline.get("date"):
        iso, flag = read_date(dateline["date"])
        if iso:
            doc.published_at = iso
            doc.meta["date_from"] = "dateline"
        elif flag:
            flags.add(flag)
    return text


_DATE_LINE = re.compile(r"(?:(?:published|posted|updated|date|issued|this (?:story|article|report) (?:is|was) from"
                        r"|(?:first )?published on)\s*:?\s*)?(?P<date>[^\n]{6,40}?\b(?:1[89]|20)\d\d)\.?",
                        re.IGNORECASE)


def _apply_date_line(doc: Document, text: str) -> str:
    """A first line that is only a date ("5 November 2026", "Published: Nov. 5, 2026"), as under a
    readout's title, dates the document when nothing else did and leaves the body; so does such a line
    right under a byline ("By Jane Writer" then "Published: 5 November 2026"), the byline kept."""
    byline, sep, after = text.lstrip().partition("\n")
    if sep and _BYLINE.fullmatch(byline) and not _SENTENCE_END.search(byline.strip()):
        dated = _apply_date_line(doc, after)
        return text if dated == after else byline + "\n\n" + dated
    first, sep, rest = text.lstrip().partition("\n")
    m = _DATE_LINE.fullmatch(first.strip())
    if not sep or not rest.strip() or m is None or len(first.split()) > 9:
        return text
    iso, _flag = read_date(m.group("date"))
    if iso is None:
        return text
    doc.meta["date_line"] = first.strip()
    if not doc.published_at:
        doc.published_at = iso
        doc.meta["date_from"] = "date line"
    return rest.strip()


def _date_from_head_stamp(doc: Document, clean: str, furniture: list[dict[str, object]]) -> None:
    """A date-stamp line left out as furniture from the document's head, above its first sentence (a readout's
    "12 March 2031" under its letterhead and subtitle), dates a document that nothing else dated: it was dropped,
    and the document flagged ``no_date``. A stamp lower down (a related story's date) dates nothing."""
    first_sentence = next((m.start() for m in re.finditer(r"[^\n]+", clean) if _SENTENCE_END.search(m.group())),
                          len(clean))
    for item in furniture:
        line = str(item["text"]).strip()
        if int(item["at"]) > first_sentence:
            return
        if not is_date_stamp(line):
            continue
        iso, flag = read_date(_DATE_STAMP_LABEL.sub("", line))
        if iso and flag is None:
            doc.published_at = iso
            doc.meta["date_line"] = line
            doc.meta["date_from"] = "date line"
            return


_DATE_STAMP_LABEL = re.compile(r"^\s*(?:(?:first\s+)?(?:published|updated|posted|last updated|issued)(?:\s+on)?\s*:?\s*)",
                               re.IGNORECASE)


def finish_document(doc: Document, flags: Iterable[str] = ()) -> Document:
    """The document as it is stored: text cleaned (dateline, headline, boilerplate), language
    identified, quality flags recorded (``flags`` from the reader are kept). Returns a new
    Document when the text changed (its id derives from the text), else ``doc`` itself."""
    found = set(flags) | set(doc.quality or ())
    text = _apply_date_line(doc, doc.text)
    if doc.title and " ".join(doc.title.split()) == " ".join(doc.meta.get("date_line", "").split()):
        doc.title = title_from_text(text)  # the reader took the date line for the title ("This story is from ...")
    text, doc.title = strip_headline(text, doc.title)
    body = _apply_dateline(doc, _apply_date_line(doc, text), found)
    clean, furniture = strip_furniture(body)
    if not doc.published_at:
        _date_from_head_stamp(doc, clean, furniture)
    removed = len(doc.text) - len(body)
    if furniture and len(clean.split()) >= MIN_WORDS:
        found.add("boilerplate_removed")
        body = clean
    elif furniture:
        found.add("boilerplate")  # nothing but furniture: kept as it is, held back from coding
    _keep_furniture(doc, removed, furniture if body is clean else [], body)
    if len(body.split()) < MIN_WORDS:
        found.add("short_text")
    if "\ufffd" in body:
        found.add("replacement_characters")
    if not doc.published_at and not found & {"partial_date", "unparsed_date"}:
        found.add("no_date")
    if body != doc.text:
        doc = dataclasses.replace(doc, text=body, content_hash="", id="")
    _set_language(doc)
    doc.quality = sorted(found)
    return doc


def _keep_furniture(doc: Document, removed: int, furniture: list[dict[str, object]], body: str) -> None:
    """Record in ``doc.meta["furniture"]`` the furniture lines left out of the stored text, in reading order (see
    :func:`strip_furniture`): those a reader dropped before (their offsets moved by the ``removed`` characters that
    went from the start since) and ``furniture``, dropped now from the text that became ``body``."""
    earlier = shift_furniture(doc.meta.get("furniture") or [], max(0, removed), len(body))
    if earlier or furniture:
        doc.meta["furniture"] = sorted(earlier + furniture, key=lambda item: item["at"])


def _set_language(doc: Document) -> None:
    from ..nlp.language import detect_language

    declared = doc.language
    doc.language = detect_language(doc.text)
    if declared and declared != doc.language:
        doc.meta["declared_language"] = declared


def quality_counts(store) -> dict[str, int]:
    """Stored documents per quality flag, plus ``"held_back"``: documents not coded by default
    (any flag in :data:`HELD_BACK`) that are not processed yet. Works on any store with ``read_sql``."""
    counts: dict[str, int] = {}
    held = 0
    for row in store.read_sql("SELECT quality, processed_version FROM documents WHERE quality IS NOT NULL"):
        flags = row["quality"]
        flags = json.loads(flags) if isinstance(flags, str) else flags
        for flag in flags or ():
            counts[flag] = counts.get(flag, 0) + 1
        held += bool(holds_back(flags) and row["processed_version"] is None)
    counts["held_back"] = held
    return counts


def render_quality_counts(store) -> list[str]:
    """Lines for ``cablegram status``: documents per flag (held-back flags marked) and the held-back total."""
    counts = quality_counts(store)
    held = counts.pop("held_back")
    if not counts:
        return ["quality flags  none"]
    lines = ["quality flags:"]
    for flag, n in sorted(counts.items()):
        mark = "  (held back)" if flag in HELD_BACK else ""
        lines.append(f"{flag:>20}  {n}{mark}")
    lines.append(f"{'held back':>20}  {held}  (code them with `cablegram process --include-flagged`)")
    return lines
