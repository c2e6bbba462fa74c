"""Parts of a sentence that state no support commitment although they name money: a tracker coder's own notes.

The Kiel tracker's analysts explain what they leave out in the first person plural (in our own words:
"We also do not consider the 3 million for the film archive", "2 million to a sports league, which we do
not count", "As we do not include the 5 million for the embassy roof, …"). Those figures are the coder's
exclusions, never the donor's refusals. The verbs are data: ``[words] coder_exclusion_verbs`` (negated: consider, count, include …)
and ``coder_exclusion_plain`` (exclude, disregard: no negation needed) in ``commitments.toml``.

:func:`excluded_ranges` gives the character ranges (relative to the sentence) whose figures are such notes:

- the whole sentence when the note's verb is the sentence's main verb ("We do not consider X, since …: Y");
- back to the last comma, semicolon or "and" before the noun a relative-clause note qualifies ("…, and EUR 2m go
  to a fund, which we do not count");
- otherwise the note's own clause ("Since we do not count X, we arrive at …").
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .doc_cache import doc_text

__all__ = ["bookkeeping_note", "excluded_ranges", "in_ranges", "reference_ranges"]

_FIRST_PLURAL = frozenset({"we"})
_BOUNDARY = re.compile(r"[,;:]\s|\band\s")  # where the part a relative-clause note qualifies begins
_PRONOUNS = frozenset({"them", "it", "this", "these", "those", "that", "they"})  # "we do not include them"
_THIS = frozenset({"this", "these", "that", "those", "it", "them"})  # "we report this aid as …": the row itself
# The tracker's row ids: a two-letter donor code, the kind (Military, Humanitarian, Financial), a number ("UKM6").
_ROW_ID = re.compile(r"\b[A-Z]{2}[MHF]\d{1,3}\b")
_SEGMENT = re.compile(r"[,;:]\s|\band\s|\.\s")
# Words that make a labelled figure another package ("in addition to the 100 million GBP offered in April (UKM6)").
_ANOTHER = re.compile(r"\b(?:in addition to|additional to|on top of|besides|previous(?:ly)?|earlier|already)\b",
                      re.IGNORECASE)


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _coder_verb(tok: Token, negated_verbs: frozenset[str], plain_verbs: frozenset[str]) -> Token | None:
    """The verb whose subject ``tok`` ("we") is, when it is a coder's exclusion, else None."""
    if tok.lower_ not in _FIRST_PLURAL or tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = tok.head
    lemma, form = verb.lemma_.lower(), verb.lower_
    if lemma in plain_verbs or form in plain_verbs:
        return verb
    if (lemma in negated_verbs or form in negated_verbs) and _negated(verb):
        return verb
    return None


def _range(tokens: Span | list[Token], start_char: int) -> tuple[int, int]:
    toks = list(tokens)
    return toks[0].idx - start_char, toks[-1].idx + len(toks[-1]) - start_char


def _passive_note(verb: Token, negated_verbs: frozenset[str]) -> bool:
    """Whether ``verb`` is a negated passive coder's verb ("The 1 million EUR … is not included in the dataset",
    "Aid to refugees is not considered either")."""
    return (verb.lemma_.lower() in negated_verbs or verb.lower_ in negated_verbs) and _negated(verb) and \
        any(c.dep_ == "auxpass" for c in verb.children)


def _refers_back(sent: Span, negated_verbs: frozenset[str], plain_verbs: frozenset[str]) -> bool:
    """Whether the sentence after ``sent`` is a whole-sentence note about what ``sent`` names ("… the 20 million
    already paid out earlier. For that reason they are not counted here.")."""
    doc = sent.doc
    if sent.end >= len(doc):
        return False
    nxt = doc[sent.end].sent
    if nxt.start == sent.start or any(t.like_num for t in nxt):
        return False
    for tok in nxt:
        verb = _coder_verb(tok, negated_verbs, plain_verbs)
        if verb is not None and verb == nxt.root and any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _PRONOUNS
                                                         for c in verb.children):
            return True
    return False


def excluded_ranges(sent: Span, negated_verbs: frozenset[str], plain_verbs: frozenset[str]) -> list[tuple[int, int]]:
    """Character ranges of ``sent`` (offsets in ``sent.text``) that are a coder's exclusion notes (module doc).

    Besides notes with "we", a negated passive one ("X is not included in the dataset") covers its subject, and a
    sentence whose figures the next sentence excludes by a pronoun ("Hence, we do not include them") is a note whole."""
    if _refers_back(sent, negated_verbs, plain_verbs):
        return [(0, len(sent.text))]
    ranges = []
    for tok in sent:
        verb = _coder_verb(tok, negated_verbs, plain_verbs)
        if verb is None:
            if _passive_note(tok, negated_verbs):  # the main verb, or one sharing its subject: the whole sentence
                main = tok == sent.root or (tok.dep_ == "conj" and tok.head == sent.root)
                ranges.append((0, len(sent.text)) if main else _range(tok.subtree, sent.start_char))
            continue
        if verb.dep_ == "ROOT" or verb == sent.root:
            ranges.append((0, len(sent.text)))
        elif verb.dep_ == "relcl":  # "EUR 5m go to a fund, which we do not count": back to the last boundary
            start, end = _range(list(verb.head.subtree), sent.start_char)
            cuts = [m.end() for m in _BOUNDARY.finditer(sent.text[:start])]
            ranges.append((cuts[-1] if cuts else 0, end))
        else:
            ranges.append(_range(verb.subtree, sent.start_char))
    return ranges


def in_ranges(start: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether the character offset ``start`` lies inside one of ``ranges``."""
    return any(a <= start < b for a, b in ranges)


# A pointer to another entry without its id: "(reported below)", "listed separately", "counted elsewhere".
_PLACE_POINTER = re.compile(r"\b(?:below|above|separately|elsewhere)\b", re.IGNORECASE)


def reference_ranges(sent: Span, reference_verbs: frozenset[str]) -> list[tuple[int, int]]:
    """Character ranges of ``sent`` whose figures a tracker coder books on another row.

    A row id after a pointer ("reported in CAM4", "listed under FIM3", "(see UKM6)", "(UKM6)") marks the stretch of
    the sentence it closes, from the last comma, semicolon or "and" before it; a stretch without a figure of its own
    (", reported in CAM4") reaches back one more ("… 25 million USD in non-lethal weapons, reported in CAM4"). A bare
    "(ID)" is a pointer only in a note that names two rows or more or after words of another package ("in addition
    to"); else it is the row's own label ("financed by the €200 million fund (FRM3)").
    The figures there are neither this row's value nor a commitment of their own."""
    text = sent.text
    # A bare "(FRM3)" in a note that names no other row is the row's own label, not a pointer.
    several = len(set(_ROW_ID.findall(doc_text(sent.doc)))) > 1
    ranges = []
    pointers = sorted([*_ROW_ID.finditer(text), *_PLACE_POINTER.finditer(text)], key=lambda m: m.start())
    for m in pointers:
        before = text[:m.start()]
        words = re.findall(r"[\w(]+", before.lower())[-4:]
        cuts = [b.end() for b in _SEGMENT.finditer(before)]
        start = cuts[-1] if cuts else 0
        bare = before.rstrip().endswith("(") and (several or _ANOTHER.search(before[start:]) is not None)
        if not bare and not any(w.lstrip("(") in reference_verbs for w in words):
            continue
        if not re.search(r"\d", before[start:]) and cuts and _no_subject_of_its_own(before[start:], reference_verbs):
            start = cuts[-2] if len(cuts) > 1 else 0
        ranges.append((start, m.end()))
    return ranges


def _no_subject_of_its_own(stretch: str, reference_verbs: frozenset[str]) -> bool:
    """Whether a stretch before a pointer opens with its pointing verb (", reported in CAM4", "and listed under …"):
    it then points at the figure before it; one with a subject of its own ("; the earlier shipment is reported in
    KSH2") points at what it names itself."""
    words = re.findall(r"[\w(]+", stretch.lower())
    words = words[1:] if words[:1] == ["and"] else words
    return not words or words[0] in reference_verbs or words[0] in ("is", "are", "was", "were", "as", "see")


def bookkeeping_note(sent: Span, bookkeeping_verbs: frozenset[str]) -> bool:
    """Whether ``sent`` is a coder's note on how the row is coded ("we report this aid as having been pledged in
    April", "we assign this donation to a second tranche"): "we" as the main verb's subject and the row itself
    ("this aid", "it") as its object. Such a sentence states no commitment of its own."""
    root = sent.root
    if root.lemma_.lower() not in bookkeeping_verbs and root.lower_ not in bookkeeping_verbs:
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PLURAL for c in root.children):
        return False
    obj = next((c for c in root.children if c.dep_ == "dobj"), None)
    return obj is not None and (obj.lower_ in _THIS or any(c.dep_ == "det" and c.lower_ in _THIS for c in obj.children))
