"""The naming phrase of a claimant: what a careful coder marks as the claimant span.

A source span found by the attribution layer can carry more than the name of whoever speaks. The
helpers here cut it down for the claim (:func:`cablegram.nlp.claims_claimant.source_for_claim`); the
attribution layer scored on PolNeAR keeps its own spans.

- :func:`name_without_title`: a job description before a person's name ("White House press secretary Ann
  Lee", "friend Ann Lee, 38, from Leeds", "the foreign minister, Ann Lee", "Foreign Minister Ann Lee") → the
  name, with capitalised ranks and honorifics kept ("Col. Ann Lee");
- :func:`after_quantity`: a sum or share glued to a claimant by a relative clause without "that" ("the
  minimum $20 million experts say it costs") → what follows it ("experts");
- :func:`with_left_modifiers`: a one-word noun source cut from its modifiers ("coalition") → "the US-led
  coalition";
- :func:`name_without_descriptor`: "the group Friends of Kurdistan" → "Friends of Kurdistan";
- :func:`without_conjoined_verb`: "the New York Times and independently confirmed by X" → "the New York Times";
- :func:`without_participle`: a participle clause after the head ("The report, published on Tuesday by X,")
  → the head's phrase;
- :func:`after_dash`: words before a dash the parser hung on the subject ("… public ― Lee boasted") → what
  follows the dash;
- :func:`name_before_cue`: a speaker the parser did not make the subject ("…, the minister, Ann Lee, said on
  Monday");
- :func:`signature_span`: the signature line of an embedded post ("— Ann Lee (@annlee) March 3, 2016");
- :func:`dash_signature`: an unquoted statement signed by a dash and a name after its full stop ("Russia
  will respond. — Ministry of Foreign Affairs").

The span helpers take and return a :class:`spacy.tokens.Span` of the same document and return their argument
unchanged when their case does not apply.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from .doc_cache import doc_text, span_text

_QUANTITY_TYPES = frozenset({"MONEY", "PERCENT", "QUANTITY"})
_DASHES = frozenset({"—", "–", "―", "--"})
_HOLDER_DEPS = frozenset({"appos", "compound"})


def name_without_title(source: Span) -> Span:
    """The person's name when ``source`` is a name preceded by a description in lower case (see module
    docstring). Only a name at the span's head, or in apposition to it, counts: "a spokesman for Ann Lee"
    stays whole (the name is the affiliation there)."""
    doc = source.doc
    names = _person_entities(source)
    if not names:
        return _after_office_untyped(source)
    if len(names) != 1:
        return source
    name = doc[names[0][0]:names[0][1]]
    root, head = name.root, source.root
    if not (root.i == head.i or root.dep_ in _HOLDER_DEPS and root.head.i == head.i):
        return source
    if not any((t.pos_ == "NOUN" or t.dep_ == "compound") and t.is_lower for t in doc[source.start:name.start]):
        # a description in lower case ("engineer Ann Lee", "engineer" tagged a verb but compounded to the name)
        return _after_office(source, name)
    start = name.start
    while start > source.start and doc[start - 1].text[:1].isupper() and doc[start - 1].dep_ == "compound":
        start -= 1  # "Col.", "Gen", "Dr": a rank or honorific written with the name
    return doc[start:name.end]


# Offices written with capitals before a name ("Foreign Minister Ann Lee", "President Ann Lee"): a title, no part of
# the claimant span; ranks and styles ("Col.", "Gen", "Dr", "King", "Mr") are written with the name and stay.
_OFFICES = frozenset({"minister", "president", "secretary", "chancellor", "premier", "governor", "mayor", "ambassador",
                      "envoy", "commissioner", "chairman", "chairwoman", "director", "spokesman", "spokeswoman",
                      "spokesperson", "senator"})


def _after_office(source: Span, name: Span) -> Span:
    """``source`` from after a capitalised office in front of the name ("Norland's Foreign Minister Lukas Brenner"
    → "Lukas Brenner"; "President Dr. Ann Lee" → "Dr. Ann Lee"), the office a compound of the name; ``source``
    unchanged when no such office stands before it."""
    doc = source.doc
    office = next((t for t in reversed(doc[source.start:name.start]) if t.lower_ in _OFFICES), None)
    if office is None or not office.text[:1].isupper() or office.dep_ != "compound":
        return source
    between = doc[office.i + 1:name.start]
    if any(not t.text[:1].isupper() for t in between):
        return source
    return doc[office.i + 1:name.end]


def _after_office_untyped(source: Span) -> Span:
    """A name of two or three capitalised words after a capitalised office that the NER did not type as a person
    ("Deputy Mayor Karla Voss" with "Karla Voss" taken for an organisation) without the office; ``source``
    unchanged otherwise."""
    doc = source.doc
    root = source.root
    if root.i != source.end - 1 or root.pos_ != "PROPN":
        return source
    office = next((t for t in reversed(doc[source.start:root.i]) if t.lower_ in _OFFICES), None)
    if office is None or not office.text[:1].isupper() or office.dep_ != "compound":
        return source
    name = doc[office.i + 1:source.end]
    if not 2 <= len(name) <= 3 or any(t.pos_ != "PROPN" or not t.text[:1].isupper() or t.lower_ in _OFFICES
                                      for t in name):
        return source
    return name


def _person_entities(source: Span) -> list[tuple[int, int]]:
    """``(start, end)`` of the PERSON entities of ``doc.ents`` that lie inside ``source``, read from the IOB tags of
    its own tokens (``doc.ents`` builds a Span for every entity of the doc)."""
    out, start = [], None
    for tok in source:
        iob = tok.ent_iob_
        if iob == "I":
            continue
        if start is not None:  # "O", unset or "B": the open entity ends here
            out.append((start, tok.i))
            start = None
        if iob == "B" and tok.ent_type_ == "PERSON":
            start = tok.i
    doc = source.doc
    if start is not None and (source.end == len(doc) or doc[source.end].ent_iob_ != "I"):
        out.append((start, source.end))
    return out


def after_quantity(source: Span) -> Span:
    """The span after the last sum, share or measure that precedes its head (module docstring)."""
    head = source.root
    cut = None
    for token in source:
        if token.i >= head.i:
            break
        if token.ent_type_ in _QUANTITY_TYPES:
            cut = token.i + 1
    if cut is None:
        return source
    while cut < head.i and source.doc[cut].is_punct:
        cut += 1
    return source.doc[cut:source.end]


def after_dash(source: Span) -> Span:
    """The span after the last dash inside it, when words follow the dash (module docstring)."""
    doc = source.doc
    dashes = [t.i for t in source if t.text in _DASHES and source.start < t.i < source.end - 1
              and t.whitespace_ and doc[t.i - 1].whitespace_]  # a spaced dash, not "Baghdad–Washington talks"
    if not dashes:
        return source
    return source.doc[dashes[-1] + 1:source.end]


_NAME_TYPES = frozenset({"PERSON", "ORG"})


def name_before_cue(verb) -> Span | None:
    """The speaker of a sentence-final "…, the secretary of state, Ann Lee, said on Monday" that the parser
    hung elsewhere (a conjunct or appositive of the reported clause): the proper names of a person or body
    right before the comma that precedes the verb ``verb`` (a :class:`spacy.tokens.Token` without a subject),
    or before an appositive there ("…, Ann Lee, a spokeswoman for X, said"); None otherwise."""
    doc, sent = verb.doc, verb.sent
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    comma = verb.i - 1
    if comma - 1 < sent.start or doc[comma].text != ",":
        return None
    last = doc[comma - 1]
    if last.pos_ != "PROPN" or last.ent_type_ not in _NAME_TYPES or _in_prepositional_phrase(last):
        last = _before_appositive(doc, comma, sent.start)  # "…, Ann Lee, a spokeswoman for X, said"
        if last is None:
            return None
    start = last.i
    while start - 1 >= sent.start and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ in (last.ent_type_, ""):
        start -= 1  # with a rank or title written before the name ("Col. Ann Lee")
    return doc[start:last.i + 1]


_APPOSITIVE_DETS = frozenset({"a", "an", "the"})


def _in_prepositional_phrase(token) -> bool:
    """Whether a name is the object of a preposition ("… at King's College London"), so not a speaker."""
    head = token
    while head.dep_ in ("compound", "flat", "poss", "case") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj"


def _before_appositive(doc, comma: int, start: int):
    """The last token of a person's or body's name before an appositive that ends at ``comma`` (", a spokeswoman
    for X,"), or None."""
    opening = next((i for i in range(comma - 1, start - 1, -1) if doc[i].text == ","), None)
    if opening is None or opening + 1 >= comma or opening < 1:
        return None
    first = doc[opening + 1]
    if first.lower_ not in _APPOSITIVE_DETS and not (first.pos_ == "NOUN" and first.is_lower):
        return None  # ", a spokeswoman for X," or ", director at X,"
    last = doc[opening - 1]
    return last if last.pos_ == "PROPN" and last.ent_type_ in _NAME_TYPES else None


_SIGNATURE = re.compile(r"[—–―]\s*([^—–―()@\n]{2,80}?)\s*\(@\w{1,30}\)\s*[A-Z][a-z]+\.? \d{1,2}, \d{4}")


def signature_span(sent: Span) -> tuple[Span, Span] | None:
    """(name, dash) of an embedded social-media post's signature line in ``sent`` ("… — Ann Lee (@annlee) March
    3, 2016"), as token spans; None when the sentence carries none."""
    found = _SIGNATURE.search(sent.text)
    if found is None:
        return None
    base = sent.start_char
    name = sent.doc.char_span(base + found.start(1), base + found.end(1), alignment_mode="expand")
    dash = sent.doc.char_span(base + found.start(), base + found.start() + 1, alignment_mode="expand")
    if name is None or dash is None or not any(t.pos_ in ("PROPN", "NOUN") for t in name):
        return None
    return name, dash


_NAME_FUNCTION_WORDS = frozenset({"of", "the", "for", "and", "on", "in", "de", "du", "al", "&"})
_MAX_SIGNING_WORDS = 12
_SIGNING = re.compile(r"(?<=[.!?])\s*([—–―])\s*([^—–―\n.!?]+?)\s*\.?\s*$")


def _is_signing_name(text: str) -> bool:
    """Whether ``text`` reads as a body's or person's name: capitalised words and the function words of
    names only ("Ministry of Foreign Affairs of Ukraine"; not "Putin's exact position")."""
    words = text.replace("’s", "").replace("'s", "").split()
    return 0 < len(words) <= _MAX_SIGNING_WORDS and words[0][:1].isupper() \
        and all(w[:1].isupper() or w.lower() in _NAME_FUNCTION_WORDS for w in words)


def dash_signature(sent: Span, next_sent: Span | None = None) -> tuple[Span, Span] | None:
    """(name, dash) of an unquoted statement signed after its full stop by a dash and a name ("Russia will
    respond. — Ministry of Foreign Affairs"), in ``sent`` or in the line right after it (``next_sent``,
    when the sentence splitter set the signature apart); None when there is none."""
    doc = sent.doc
    text = span_text(sent)  # Span.text joins the tokens on each access
    found = _SIGNING.search(text)
    base = sent.start_char
    if found is None and next_sent is not None and text.rstrip().endswith((".", "!", "?")):
        next_text = span_text(next_sent)
        found = _SIGNING.search(text.rstrip() + " " + next_text.strip())
        if found is not None and found.start(1) < len(text.rstrip()):
            return None
        lead = len(next_text) - len(next_text.lstrip())
        base = next_sent.start_char + lead - len(text.rstrip()) - 1
    if found is None:
        found = _bare_body_signature(sent, text)
    if found is None or not _is_signing_name(found.group(2)):
        return None
    name = doc.char_span(base + found.start(2), base + found.end(2), alignment_mode="expand")
    dash = doc.char_span(base + found.start(1), base + found.end(1), alignment_mode="expand")
    return (name, dash) if name is not None and dash is not None else None


_BARE_SIGNING = re.compile(r"\s([—–―])\s*([^—–―\n.!?]+?)\s*$")
_SIGNING_BODIES = frozenset({"ministry", "office", "department", "council", "command", "embassy", "government",
                             "secretariat", "presidency", "commission", "agency", "directorate", "headquarters",
                             "authority", "authorities", "police", "service", "railways", "railway", "airlines",
                             "airways", "company", "corporation", "operator", "utility", "bureau", "inspectorate"})
# Head words a body's name ends in ("… Disaster Management Unit", "… Roads Administration", "… Cereals Board"):
# a signature when the name's last word (a club "Union Berlin" or a place "Earls Court" is no body signing).
_SIGNING_HEADS = frozenset({"unit", "administration", "board", "institute", "committee", "regulator", "watchdog",
                            "tribunal", "parliament", "assembly", "force", "forces", "army", "navy", "fund",
                            "programme", "mission", "observatory", "federation", "association", "union",
                            "organisation", "organization"})
_LIVE_STAMP = re.compile(r"\s*\d{1,2}[:.]\d{2}\b")  # a live blog's entry opens with its time ("08:40", "8.40")


def _bare_body_signature(sent: Span, text: str):
    """The match of a statement signed by a dash and a body's name with no full stop before the dash ("The
    crossing stays shut until Monday — Ministry of Interior", "… — State Rail Company"): the sentence before the
    dash holds a verb and the name holds a body's head word, or ends in one (:data:`_SIGNING_HEADS`; a person's
    name after a dash may be an apposition: "met the new leader — Ann Lee"), or the line is a live blog's entry opening with its time ("11:20 No flights
    before noon — Kestrel Airways": the entry is signed by its source); None otherwise."""
    found = _BARE_SIGNING.search(text)
    if found is None or not ({w.lower() for w in found.group(2).split()} & _SIGNING_BODIES
                             or found.group(2).split()[-1].lower() in _SIGNING_HEADS or _LIVE_STAMP.match(text)):
        return None
    before = sent.doc.char_span(sent.start_char, sent.start_char + found.start(1), alignment_mode="contract")
    return found if before is not None and any(t.pos_ in ("VERB", "AUX") for t in before) else None


_SEEING = frozenset({"seen", "obtained", "reviewed", "viewed", "verified", "examined", "acquired", "shared", "leaked"})


def without_participle(source: Span) -> Span:
    """The naming phrase without a participle clause set off by commas after its head ("The report, published
    on Tuesday by X," → "The report"); a participle of seeing or obtaining stays ("The memo, seen by the
    Guardian,": the outlet is the source)."""
    head = source.root
    comma = next((t.i for t in source if t.text == "," and t.i > head.i), None)
    if comma is None or comma + 1 >= source.end:
        return source
    first = source.doc[comma + 1]
    if first.tag_ not in ("VBN", "VBG") or first.dep_ != "acl" or first.head.i != head.i or first.lower_ in _SEEING:
        return source
    return source.doc[source.start:comma]


_LEFT_MODIFIERS = frozenset({"det", "amod", "compound", "npadvmod", "nmod", "poss", "case", "punct", "nummod"})


def with_left_modifiers(source: Span) -> Span:
    """A one-word common-noun source widened over the determiner and modifiers the parser hung on it that
    stand right before it ("coalition" → "the US-led coalition")."""
    head = source.root
    if len(source) != 1 or head.pos_ != "NOUN":
        return source
    start = head.i
    for child in reversed(list(head.lefts)):
        if child.dep_ not in _LEFT_MODIFIERS or child.right_edge.i != start - 1:
            break
        start = child.left_edge.i
    return source.doc[start:head.i + 1]


# Nouns of a body's political standing written before its name ("the opposition Civic Party"): part of how the
# claimant is named, not a class noun introducing the name ("the group Friends of Kurdistan"), so they stay.
_STANDING_NOUNS = frozenset({"opposition", "ruling", "governing", "incumbent"})


def name_without_descriptor(source: Span) -> Span:
    """A proper name without the common noun that introduces it ("the group Friends of Kurdistan" → "Friends of
    Kurdistan"): only a determiner and lower-case compound nouns before the first proper noun, which heads the
    span; a noun of political standing ("the opposition Civic Party") is kept with the name."""
    head = source.root
    if head.pos_ != "PROPN" or head.ent_type_ == "PERSON":
        return source
    first = next((t for t in source if t.pos_ == "PROPN"), None)
    if first is None or not first.text[:1].isupper():
        return source  # "the state department": a name written in lower case keeps its words
    before = source.doc[source.start:first.i] if first is not None else None
    if before is None or not len(before) or not any(t.pos_ == "NOUN" for t in before):
        return source
    if not all(t.dep_ == "det" or t.pos_ == "NOUN" and t.is_lower and t.dep_ == "compound" for t in before):
        return source
    if any(t.lower_ in _STANDING_NOUNS for t in before):
        return source
    return source.doc[first.i:source.end]


def without_conjoined_verb(source: Span) -> Span:
    """The span cut before a conjunction that opens a verb phrase the parser let run into it ("the New York
    Times and independently confirmed by the Guardian" → "the New York Times")."""
    for token in source:
        if token.dep_ == "cc" and token.i > source.start:
            following = [t for t in source.doc[token.i + 1:source.end] if t.pos_ != "ADV"][:1]
            if following and following[0].pos_ in ("VERB", "AUX"):
                return source.doc[source.start:token.i]
    return source


_NAME_RUN = 4  # words of a person's name at most, initials included
_NAME_POS = frozenset({"PROPN", "NOUN", "X"})
_RUN_STOP_POS = frozenset({"ADP", "DET", "PRON", "CCONJ", "SCONJ", "AUX", "VERB", "NUM", "PART"})


def caseless_name_after_title(source: Span, titles: frozenset[str], not_names: frozenset[str]) -> Span | None:
    """The person's name after a title in a sentence written without capitals ("police commissioner h.t.
    sangliana", "deputy-inspector general of police ajit singh", "union minister for rural development m
    venkaiah naidu" where the parser hung the name outside the source): the parse of such text cannot tell a
    name from a noun by its capital, so the name is the run of up to four nouns, proper nouns and initials that
    ends at the head (a word the parse hangs outside the span, or the span's last proper noun when its root is
    the title) right after a word of ``titles`` or ``not_names`` ("ajit", tagged as a noun, after "police"), or
    else from its first proper noun or initial; it must hold a proper noun or an initial, or follow a title right
    away ("convenor harish chand", all tagged as nouns), and follow a word of ``titles`` in the span. None when
    the line has capitals, no title comes before the name, or the head is itself a word of ``titles`` or
    ``not_names`` (an office, a body: "the police chief")."""
    doc, sent = source.doc, source.sent
    if not caseless(source):
        return None
    stops = titles | not_names
    last = source.end - 1
    while last > source.start and doc[last].is_punct:
        last -= 1
    for head in reversed(_caseless_heads(source, titles, last)):
        if _is_title(head, stops) or not head.is_alpha or head.pos_ in _RUN_STOP_POS:
            continue
        name = _caseless_run_to(source, head, titles, stops)
        if name is not None:
            return name
    if _is_title(source.root, titles) and last == source.end - 1 and source.end < sent.end:
        run_end = _name_after(doc, source.end, sent.end, stops)
        if run_end is not None:  # "according to union minister for rural development m venkaiah naidu."
            return doc[source.end:run_end]
    return None


def _caseless_heads(source: Span, titles: frozenset[str], last: int) -> list:
    """The words of ``source`` a caseless name may end at, the rightmost last: the parse may split such a phrase
    into several subjects ("general" and "singh" of "deputy-inspector general of police ajit singh"), so every
    word whose head lies outside the span, and the span's last proper noun when the parse hung the name inside
    the title's phrase ("general of police arun verma")."""
    doc = source.doc
    heads = [t for t in source if t.i == source.root.i or not source.start <= t.head.i < source.end]
    if _is_title(source.root, titles) and doc[last].pos_ == "PROPN" and doc[last] not in heads:
        heads.append(doc[last])
    return heads


def _caseless_run_to(source: Span, head, titles: frozenset[str], stops: frozenset[str]) -> Span | None:
    """The name of up to ``_NAME_RUN`` nouns, proper nouns and initials that ends at ``head``, when it holds a
    proper noun or an initial (or follows a title right away: "convenor harish chand", all nouns) and a word of
    ``titles`` comes before it in ``source``; else None."""
    doc = source.doc
    start = head.i
    while start - 1 >= source.start and head.i - start + 1 < _NAME_RUN:
        prev = doc[start - 1]
        if _is_title(prev, stops) or not (prev.pos_ in _NAME_POS or _initial(prev)):
            break
        start -= 1
    if start > source.start and not _is_title(doc[start - 1], stops):
        # not bounded by a title ("minister for rural development m venkaiah naidu"): the nouns that open
        # the run are the title's phrase, the name starts at its first proper noun or initial
        while start < head.i - 1 and not (doc[start].pos_ == "PROPN" or _initial(doc[start])):
            start += 1
    while start < head.i and doc[start].text == ".":
        start += 1
    named = any(t.pos_ == "PROPN" or _initial(t) for t in doc[start:head.i + 1]) \
        or start > source.start and _is_title(doc[start - 1], titles)
    if named and any(_is_title(t, titles) for t in doc[source.start:start]):
        return doc[start:head.i + 1]
    return None


def caseless(span: Span) -> bool:
    """Whether the line that holds ``span`` (from the line break before it to the end of its sentence or line)
    is written without capitals: a text set in lower case, whose sentences the parser may glue to a heading."""
    text = doc_text(span.doc)  # Doc.text joins every token on each access
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    end = span.sent.end_char if end < 0 else min(end, span.sent.end_char)
    return not any(c.isupper() for c in text[start:end]) and any(c.isalpha() for c in text[start:end])


def _is_title(token, words: frozenset[str]) -> bool:
    """Whether a word, or the last part of a hyphenated one ("sub-inspector"), is one of ``words``."""
    low = token.lower_
    return low in words or "-" in low and low.rsplit("-", 1)[-1] in words


def _initial(token) -> bool:
    """An initial written without capitals: one or two letters ("m", "pc"), or letters with full stops ("h.t")."""
    return token.text == "." or token.is_alpha and len(token.text) <= 2 or "." in token.text and \
        token.text.replace(".", "").isalpha() and len(token.text.replace(".", "")) <= 3


def _name_after(doc, start: int, end: int, stops: frozenset[str]) -> int | None:
    """The end of a caseless name right after a title's phrase (proper nouns and initials, then punctuation or
    the sentence end); None when no such run follows."""
    i = start
    while i < end and i - start < _NAME_RUN and (doc[i].pos_ == "PROPN" or _initial(doc[i])) \
            and not _is_title(doc[i], stops):
        i += 1
    while i > start and doc[i - 1].text == ".":
        i -= 1  # the full stop of the sentence, not an initial's
    if i == start or not any(doc[k].pos_ == "PROPN" and doc[k].is_alpha and len(doc[k]) > 2 for k in range(start, i)):
        return None
    return i if i == end or doc[i].is_punct else None
