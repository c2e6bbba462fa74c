"""Spans of an attribution read off the dependency parse: source phrases, subjects, agents, content.

Each function takes spaCy tokens of a parsed doc and returns a token :class:`~spacy.tokens.Span`
(or None). Used by :mod:`cablegram.nlp.claims_finder`.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .claims_quotes import QUOTE_MARKS, in_regions

SUBJECTS = ("nsubj", "csubj", "expl")
PASSIVE_SUBJECTS = ("nsubjpass", "csubjpass")
COMPLEMENTS = ("ccomp", "xcomp", "dobj", "parataxis", "prep", "advcl", "oprd", "attr", "dative")
PERSONAL_PRONOUNS = frozenset({"he", "she", "i", "him", "her"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})


def trim(span: Span) -> Span | None:
    """Drop punctuation, spaces and conjunctions at the edges of a span, and a possessive ending
    ("Obama’s" in "Obama’s statement" names Obama)."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].dep_ == "cc"):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].dep_ == "cc"
                           or (doc[end - 1].tag_ == "POS" and end - 1 > start)):
        end -= 1
    return doc[start:end] if end > start else None


_DASHES = frozenset({"—", "–", "-", "--"})
# Punctuation a content never starts or ends with in PolNeAR, unless a closing quotation mark follows it.
_LOOSE_PUNCT = frozenset({".", ",", ":", ";", "—", "–", "-", "--", "―"})
_CLOSING_RUN = frozenset({".", ",", "!", "?", ";", ":"})


def _is_quote_mark(tok: Token) -> bool:
    return tok.tag_ != "POS" and (tok.text in QUOTE_MARKS or (len(tok.text) > 0 and all(c in "\"“”‘’'`" for c in tok.text)))


def _loose(doc, i: int, after: bool) -> bool:
    """Whether token ``i`` is loose at a content's edge: a space, loose punctuation, or a quotation mark that
    belongs to the quotation before (a space after it; ``after`` False) or after (a space before it; ``after`` True)."""
    tok = doc[i]
    if tok.is_space or tok.text in _LOOSE_PUNCT:
        return True
    if not _is_quote_mark(tok):
        return False
    return bool(doc[i - 1].whitespace_) if after else bool(tok.whitespace_)


def _without_loose_edges(doc, start: int, end: int) -> tuple[int, int]:
    while start < end and _loose(doc, start, after=False):
        start += 1
    while end - 1 > start and _loose(doc, end - 1, after=True):
        end -= 1
    return start, end


def apposition_edges(span: Span | None) -> Span | None:
    """A source span closed as PolNeAR marks it: the comma that ends an apposition inside it ("Jane Roe, a
    senior fellow," → with the second comma), the bracket that closes one ("Sen. Roe (D-Vt.)") and the dash
    that closes one opened by a dash. In the train compartment's sources followed by a comma, 902 of 1,003
    with a comma inside take it, 0 of 789 without one; 50 of 50 with an opening bracket take the closing
    one; 31 of 32 with a dash inside the closing dash. None stays None."""
    if span is None or span.end >= len(span.doc):
        return span
    nxt = span.doc[span.end]
    inside = {t.text for t in span}
    if (nxt.text == "," and "," in inside) or (nxt.text == ")" and "(" in inside and ")" not in inside) \
            or (nxt.text in _DASHES and not inside.isdisjoint(_DASHES)):
        return span.doc[span.start:span.end + 1]
    return span


def colon_edge(span: Span) -> Span:
    """A cue span with the colon attached right after it ("said:"), as PolNeAR marks it (368 of 386 cues
    followed by a colon in the train compartment take it)."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text == ":" and not doc[span.end - 1].whitespace_:
        return doc[span.start:span.end + 1]
    return span


def quotation_edges(span: Span | None) -> Span | None:
    """A content span with PolNeAR's edges: loose punctuation and spaces at either edge dropped, an
    opening quotation mark attached just before it taken in, and a closing mark attached just after it
    taken in with the punctuation before that mark (“We will win,” → the whole quotation, marks and comma).
    The PolNeAR annotators follow this in 99 % of the train compartment's contents (a quotation mark next to
    the content: 5,771 of 5,822 opening and 7,085 of 7,138 closing marks inside). None stays None."""
    if span is None:
        return None
    doc = span.doc
    start, end = _without_loose_edges(doc, span.start, span.end)
    if end <= start:
        return span
    if start > 0 and _is_quote_mark(doc[start - 1]) and not doc[start - 1].whitespace_:
        start -= 1
    k = end
    while k < len(doc) and doc[k].text in _CLOSING_RUN and not doc[k - 1].whitespace_:
        k += 1
    if k < len(doc) and _is_quote_mark(doc[k]) and not doc[k - 1].whitespace_:
        end = k + 1
    return doc[start:end]


# A live-blog line's clock time ("14:05", "9.30am", "0915 GMT") that the parser hangs on the line's subject.
_CLOCK_TIME = re.compile(r"^(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?(?:[ap]m)?$", re.IGNORECASE)
_ZONE_TIME = re.compile(r"^(?:[01]\d|2[0-3])[0-5]\d$")  # "0915 GMT": four digits only before a zone word
_CLOCK_WORDS = frozenset({"am", "pm", "a.m.", "p.m.", "gmt", "utc", "bst", "cet", "cest", "est", "et", "local"})
_ZONES = frozenset({"gmt", "utc", "bst", "cet", "cest", "est", "et"})


def _clock_time(doc, i: int) -> bool:
    """Whether token ``i`` is a clock time: "09:40", "9.30am", "9am", "9 am", "0915 GMT" (not a bare
    number: "12 ministers", "2024")."""
    text, nxt = doc[i].text, doc[i + 1].lower_ if i + 1 < len(doc) else ""
    if _ZONE_TIME.match(text):
        return nxt in _ZONES
    return bool(_CLOCK_TIME.match(text)) and (any(c in text for c in ":.") or text[-2:].lower() in ("am", "pm")
                                              or nxt in _CLOCK_WORDS)


def _clock_stamp(token: Token) -> bool:
    """Whether a word is a time stamp: a clock time, or its zone or am/pm word after one ("10:40 GMT")."""
    doc = token.doc
    return _clock_time(doc, token.i) or token.lower_ in _CLOCK_WORDS and token.i > 0 and _clock_time(doc, token.i - 1)


def without_clock_time(span: Span | None) -> Span | None:
    """A source span without the clock time that opens its line ("09:40 Tbilisi says …": the source is
    Tbilisi), nor the zone or am/pm word and the dash or colon after it; a span that is nothing else stays as it is.
    None stays None."""
    if span is None:
        return None
    doc, left = span.doc, span.start
    if not (_clock_time(doc, left)
            and (left == 0 or "\n" in doc[left - 1].text_with_ws or doc[left - 1].is_punct)):
        return span
    left += 1
    while left < span.end and (doc[left].lower_ in _CLOCK_WORDS or doc[left].text in _DASHES or doc[left].text == ":"):
        left += 1
    return doc[left:span.end] if left < span.end else span


def phrase(head: Token) -> Span | None:
    """The phrase headed by ``head`` with its modifiers, appositions and relative clauses.

    "Jane Roe, a senior fellow at X, who …" is kept whole (it tells who the source is);
    a dateline the parser glued on ("CITY — Sen. Roe") is cut off.
    """
    doc = head.doc
    left, right = head.left_edge.i, head.right_edge.i + 1
    for i in range(left, min(head.i, left + 10)):
        if doc[i].text in _DASHES and i > left and (doc[i - 1].text == ")" or doc[i - 1].is_upper or doc[i - 1].ent_type_ == "GPE"):
            left = i + 1
    for i in range(left, head.i):
        if "\n" in doc[i].text_with_ws:  # a heading or dateline line glued onto the subject
            left = i + 1
    return trim(doc[left:right])


_FALLBACK_POS = frozenset({"PROPN", "PRON", "NOUN"})


def after_quote(verb: Token, regions: list[tuple[int, int]]) -> Span | None:
    """The words between a closing quotation mark and ``verb`` when they hold a noun ("“…,” the adviser said")."""
    doc, sent = verb.doc, verb.sent
    start = verb.i
    while start - 1 >= sent.start and not in_regions(doc[start - 1].idx, regions) \
            and doc[start - 1].text not in QUOTE_MARKS and not (doc[start - 1].is_punct and doc[start - 1].text != "'s"):
        start -= 1
    span = trim(doc[start:verb.i])
    if span is None or not any(t.pos_ in _FALLBACK_POS for t in span):
        return None
    return span


def fallback_source(verb: Token, regions: list[tuple[int, int]]) -> Span | None:
    """A source the dependency rules missed (a misparsed subject), found by position in the sentence.

    "“…,” said Jane Roe": the proper name right after a verb that follows a quotation ("“…,” sighed a
    senior diplomat": the noun phrase there); otherwise a proper name right before the verb that the
    parser took for a compound ("Roe predicts"), or the nearest subject to the left of the verb outside
    quotation marks ("Roe summed up …, and said").
    """
    doc, sent = verb.doc, verb.sent
    prev = doc[verb.i - 1] if verb.i > sent.start else None
    nxt = doc[verb.i + 1] if verb.i + 1 < sent.end else None
    if nxt is not None and prev is not None:
        found = _after_verb(prev, nxt, sent)
        if found is not None:
            return found
    if prev is not None and prev.pos_ == "PROPN" and prev.dep_ == "compound" and prev.head.i == verb.i:
        start = prev.i
        while start - 1 >= sent.start and doc[start - 1].pos_ == "PROPN":
            start -= 1
        return doc[start:prev.i + 1]
    for i in range(verb.i - 1, sent.start - 1, -1):
        tok = doc[i]
        if tok.dep_ == "nsubj" and tok.pos_ in _FALLBACK_POS and tok.lower_ not in RELATIVE_PRONOUNS \
                and not in_regions(tok.idx, regions):
            return phrase(tok)
    return None


def inverted_speaker(verb: Token) -> Span | None:
    """The speaker named right after a verb cue that follows a quotation ("“…,” lamented one aid worker"), or
    None."""
    sent = verb.sent
    if verb.i - 1 < sent.start or verb.i + 1 >= sent.end or verb.pos_ not in ("VERB", "AUX"):
        return None
    return _after_verb(verb.doc[verb.i - 1], verb.doc[verb.i + 1], sent)


def _after_verb(prev: Token, nxt: Token, sent: Span) -> Span | None:
    """The speaker named right after a verb that follows punctuation (inverted order after a quotation)."""
    doc = nxt.doc
    if prev.is_punct and (nxt.pos_ == "PROPN" or nxt.lower_ in PERSONAL_PRONOUNS):
        end = nxt.i
        while end + 1 < sent.end and doc[end + 1].pos_ == "PROPN":
            end += 1
        return doc[nxt.i:end + 1]
    if prev.text in QUOTE_MARKS | {","} and nxt.pos_ in ("DET", "ADJ", "NOUN", "NUM"):
        # "“…,” sighed a senior diplomat who asked not to be named": the noun phrase after the verb.
        head = next((t for t in doc[nxt.i:min(sent.end, nxt.i + 6)] if t.pos_ in ("NOUN", "PROPN")
                     and (t.i + 1 >= sent.end or doc[t.i + 1].pos_ not in ("NOUN", "PROPN"))), None)
        if head is not None:
            return trim(doc[nxt.i:head.right_edge.i + 1])
    return None


# Dashes that sign a quotation ("“…” ― Jane Roe"): a hyphen is left out (too many other uses).
SIGNING_DASHES = frozenset({"—", "―", "–", "--"})
_SIGNATURE_POS = frozenset({"PROPN", "NOUN", "ADJ", "ADP", "DET", "NUM", "CCONJ", "PUNCT", "SPACE"})
_SIGNATURE_MAX = 10  # tokens of a signature line


def signed_quotation(tok: Token, regions: list[tuple[int, int]]) -> tuple[Span, Span] | None:
    """(source, content) when ``tok`` is a dash that signs the quotation just before it with a name
    that closes the line: "“…” ― Jane Roe", "“…”— Ministry of Foreign Affairs" (press releases, reader
    letters). The dash may be glued to the closing mark ("”―"). None otherwise: a dash inside a
    sentence ("“…” — a phrase that …") is followed by more than a name before the line ends."""
    text = tok.text
    if not text or text[-1] not in "—―–-" or text.lstrip("”\"") not in SIGNING_DASHES:
        return None
    doc = tok.doc
    close_at = _closing_mark(tok)
    if close_at is None:
        return None
    # The quoted passage; a closing mark without an opening one ("”…” ― X") runs from the line start.
    quote = next((r for r in regions if r[1] == close_at), None) or (_line_start(doc, tok.i), close_at)
    end = tok.i + 1
    while end < len(doc) and end - tok.i <= _SIGNATURE_MAX and "\n" not in doc[end].text_with_ws:
        end += 1
    if end < len(doc):
        end += 1  # the token that ends the line belongs to the signature
    if end - tok.i > _SIGNATURE_MAX or not all(t.pos_ in _SIGNATURE_POS for t in doc[tok.i + 1:end]):
        return None
    source = trim(doc[tok.i + 1:end])
    if source is None or source[0].pos_ != "PROPN":
        return None
    content = doc.char_span(quote[0], quote[1], alignment_mode="expand")
    return source, (trim(content) if content is not None else None)


def _closing_mark(tok: Token) -> int | None:
    """Character offset of the closing quotation mark right before dash ``tok`` (or glued to it), else None.
    Read token by token: ``Doc.text`` joins the whole doc on every access."""
    if tok.text[0] in "”\"":
        return tok.idx
    doc = tok.doc
    prev = tok.i - 1
    while prev >= 0 and doc[prev].is_space:
        prev -= 1
    if prev < 0 or doc[prev].text[-1] not in "”\"":
        return None
    return doc[prev].idx + len(doc[prev].text) - 1


def _line_start(doc, i: int) -> int:
    """Character offset where the line holding token ``i`` begins."""
    for j in range(i - 1, -1, -1):
        ws = doc[j].text_with_ws
        if "\n" in ws:
            return doc[j].idx + ws.rindex("\n") + 1
    return 0


def short_phrase(head: Token) -> Span | None:
    """The noun phrase headed by ``head``, without clauses or parentheticals set off by commas."""
    doc = head.doc
    left, right = head.left_edge.i, head.right_edge.i + 1
    for child in head.rights:
        # "A diplomat, who asked not to be named, said": keep the head phrase only.
        if child.dep_ in ("relcl", "acl", "appos", "advcl", "punct") and child.i > head.i:
            prev = doc[child.left_edge.i - 1] if child.left_edge.i > 0 else None
            if child.dep_ == "punct" or (prev is not None and prev.text in ",(–—-"):
                right = min(right, child.left_edge.i if child.dep_ != "punct" else child.i)
    return trim(doc[left:right])


def subject_of(verb: Token) -> tuple[Token | None, bool]:
    """The subject of ``verb`` (inherited through coordination); second value: the clause is passive."""
    seen = 0
    while verb is not None and seen < 4:
        passive = False
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS and c.lower_ != "there"]
        if subjects:  # a live blog's time stamp the parser made a second subject ("10:40 GMT: Tehran says") speaks not
            return next((c for c in subjects if not _clock_stamp(c)), subjects[0]), False
        for child in verb.children:
            if child.dep_ in PASSIVE_SUBJECTS:
                passive = True
        if passive:
            return None, True
        if verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
            seen += 1
            continue
        break
    return None, False


_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def agent_phrase(agent: Token) -> Span | None:
    """The phrase of a passive cue's agent, without the place a named body acted in ("confirmed by the Red
    Crescent in Aleppo": the Red Crescent): a name says which body it is; the place says where it spoke."""
    span = phrase(agent)
    if span is None or not (agent.pos_ == "PROPN" or agent.ent_type_ == "ORG"):
        return span
    for child in agent.children:
        if child.dep_ == "prep" and child.i > agent.i and child.lower_ in ("in", "at") and any(
                g.dep_ == "pobj" and g.ent_type_ in _PLACE_ENTS for g in child.children):
            return trim(agent.doc[span.start:child.i]) or span
    return span


def agent_of(verb: Token) -> Token | None:
    """The noun of a passive verb's agent ("was denied by the ministry"), also when the parser hung the "by" phrase
    on the noun of an "as" phrase ("was dismissed as speculation by the ministry": the ministry dismissed it)."""
    by = agent_by(verb)
    return next((g for g in by.children if g.dep_ == "pobj"), None) if by is not None else None


def agent_by(verb: Token) -> Token | None:
    """The "by" that opens a passive verb's agent (:func:`agent_of`), or None."""
    for child in verb.children:
        if child.dep_ == "agent":
            return child
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    for prep in verb.rights:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            for noun in prep.children:
                if noun.dep_ == "pobj":
                    found = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "by"), None)
                    if found is not None:
                        return found
    return None


def depth(tok: Token) -> int:
    d = 0
    while tok.head.i != tok.i and d < 50:
        tok = tok.head
        d += 1
    return d


# Prepositions whose object is what a cue is about ("critique of his opponents", "referring to the US").
_TOPIC_PREPOSITIONS = frozenset({"to", "of", "for", "about", "on", "against", "with"})


def content_of(verb: Token) -> Span | None:
    """What the cue reports: its clausal complement ("said that …"), else its direct object ("mocked
    the ambitions of …"), else the object of a topic preposition ("critique of his opponents"), else
    the subject of a passive cue ("the plan was rejected by …"). A clause marked "that" which the parser hung
    on the noun of the cue's prepositional phrase ("said in a statement that …", "wrote on Twitter that …") is
    the cue's clause."""
    doc = verb.doc
    for deps in (("ccomp", "xcomp", "parataxis"), ("dobj",)):
        for child in verb.children:
            if child.dep_ in deps:
                return trim(doc[child.left_edge.i:child.right_edge.i + 1])
    clause = _clause_on_channel(verb)
    if clause is not None:
        return trim(doc[clause.left_edge.i:clause.right_edge.i + 1])
    for child in verb.rights:
        if child.dep_ == "prep" and child.lower_ in _TOPIC_PREPOSITIONS:
            obj = next((g for g in child.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return trim(doc[obj.left_edge.i:obj.right_edge.i + 1])
    if agent_by(verb) is not None:
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if subj is not None and subj.lower_ not in RELATIVE_PRONOUNS:
            return trim(doc[subj.left_edge.i:subj.right_edge.i + 1])
    return None


_CLAUSE_MARKS = frozenset({"that", "whether"})


def _clause_on_channel(verb: Token) -> Token | None:
    """The head of a clause opened by "that"/"whether" that hangs on the object of a preposition after ``verb``
    ("said in a statement that two drones …": the parser reads a noun-complement clause of "statement"); None
    when there is none. A relative clause ("the statement that he read") has its "that" as subject or object,
    not as a marker, and does not count."""
    for prep in verb.rights:
        if prep.dep_ != "prep":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            for clause in obj.rights:
                first = clause.left_edge
                if clause.dep_ in ("acl", "relcl") and first.dep_ == "mark" and first.lower_ in _CLAUSE_MARKS \
                        and first.head.i == clause.i:
                    return clause
    return None


def near(tok: Token, taken: set[int]) -> bool:
    """Whether ``tok`` belongs to a cue already taken: within two tokens of it, or its (grand)parent."""
    if any(abs(tok.i - j) <= 2 for j in taken):
        return True
    return tok.head.i in taken or tok.head.head.i in taken


def learned_source(tok: Token) -> Span | None:
    """The source of a learned non-verbal cue: "his statement" -> his; "X made it clear" -> X."""
    for child in tok.children:
        if child.dep_ == "poss":
            return phrase(child)
    node = tok
    for _ in range(3):
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            subj, passive = subject_of(node)
            if subj is not None:
                return phrase(subj)
            agent = agent_of(node) if passive else None
            return phrase(agent) if agent is not None else None
    return None


def claim_content(content: Span | None, cue: Span, source: Span | None,
                  regions: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Document character offsets ``(start, end)`` of a listed claim's content: the reported clause or
    quotation of ``content`` inside the cue's sentence, or None when nothing of it is left.

    - It stays in the cue's sentence; a quotation (``regions``: character ranges inside quotation marks)
      that runs on across the sentence's edge carries it to the quotation's end (or back to its start:
      "“A. B,” she said", split after "A.").
    - The cue and the claimant (with a title in apposition before it: "…,” the foreign minister, Ann Lee,
      said") are never inside it: when one of them lies within the content, the content is cut there and the
      longer side kept ("“A,” wrote Ann Lee, a nurse. …" → "“A,”"; "which, Bo Kay
      said, is full" → "is full" when that side is longer).
    - A verb of charging or crediting someone ("accused the company of hiding …", "blamed X for …") reports
      what follows its preposition: the person charged is no part of the content ("hiding …").
    - Edges are trimmed of spaces and loose punctuation (a quotation's own marks and commas stay)."""
    if content is None:
        return None
    sent = cue.sent
    lo, hi = sent.start_char, sent.end_char
    for a, b in regions:
        if a < lo < b and a < cue.start_char:
            lo = min(lo, a - 1)
        if a < hi < b and b > cue.end_char:
            hi = max(hi, b + 1)
    start, end = max(_without_addressee(_with_object(content, cue), cue).start_char, lo), min(content.end_char, hi)
    for span in (cue, with_appositive(source)):
        if span is None or span.end_char <= start or span.start_char >= end:
            continue
        sides = [(start, span.start_char), (span.end_char, end)]
        # the side holding a quotation, else the longer one
        start, end = max(sides, key=lambda s: (any(a < s[1] and b > s[0] for a, b in regions), s[1] - s[0]))
    return _trimmed(cue.doc, start, end)


def with_appositive(source: Span | None) -> Span | None:
    """The source with the title it stands in apposition to before it ("the German foreign minister, Ann Lee"
    for "Ann Lee"), so that a content cut at the claimant does not keep the title."""
    if source is None:
        return None
    root = source.root
    head = root.head if root.dep_ == "appos" else None
    if head is None or head.i >= source.start or head.pos_ not in ("NOUN", "PROPN"):
        return source
    return source.doc[min(head.left_edge.i, source.start):source.end]


# Verbs whose object is the person charged or credited and whose "of"/"for" phrase holds the claim.
CHARGING_VERBS = frozenset({"accuse", "blame", "charge", "suspect", "criticise", "criticize", "condemn", "praise",
                            "thank", "commend", "fault", "congratulate"})


def _without_addressee(content: Span, cue: Span) -> Span:
    """The content after the preposition of a charging verb when it begins with the person charged ("accused the
    company of hiding the damage" → "hiding the damage")."""
    root = cue.root
    if root.lemma_.lower() not in CHARGING_VERBS:
        return content
    obj = next((c for c in root.children if c.dep_ == "dobj"), None)
    if obj is None or not content.start <= obj.left_edge.i < content.end:
        return content
    prep = next((t for t in (*root.children, *obj.children) if t.dep_ == "prep" and t.lower_ in ("of", "for")
                 and t.i > obj.i), None)
    if prep is None or prep.i + 1 >= content.end:
        return content
    return content.doc[prep.i + 1:content.end]


def _with_object(content: Span, cue: Span) -> Span:
    """The content with the cue's object in front of it when the content begins inside that object
    ("pointed to Britain's decision to leave …", not "to leave …")."""
    doc, root = content.doc, cue.root
    for tok in doc[cue.end:content.start]:
        owner = tok.head if tok.head.dep_ == "prep" else tok
        if tok.dep_ in ("pobj", "dobj") and owner.head.i == root.i and tok.right_edge.i >= content.start:
            return doc[tok.left_edge.i:content.end]
    return content


def _trimmed(doc, start: int, end: int) -> tuple[int, int] | None:
    """``(start, end)`` narrowed to whole tokens without loose edges; None when no word is left."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None or len(span) == 0:
        return None
    s, e = _without_loose_edges(doc, span.start, span.end)
    if e <= s:
        return None
    # a closing quotation mark and the comma or stop before it stay with the quotation
    while e < span.end and (doc[e].text in _CLOSING_RUN or _is_quote_mark(doc[e])) and not doc[e - 1].whitespace_:
        e += 1
    if s > span.start and _is_quote_mark(doc[s - 1]) and not doc[s - 1].whitespace_:
        s -= 1
    words = [t for t in doc[s:e] if t.is_alpha or t.like_num]
    return (doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)) if words else None
