"""A named person's counterpart of another state: "Baerbock phoned her Polish counterpart" (issue 16).

"Her Polish counterpart" is the person who held, on the text's date, the same office for the state the
nationality word names as the person "her" refers to holds for their own: a German foreign minister's
Polish counterpart is Poland's foreign minister of the day. The possessor is a person named before the
word in the same sentence: the one a possessive name gives ("Wong's Japanese counterpart"), else, for
"his"/"her", the subject of the clause the counterpart belongs to, else the one person named before it in the
sentence. Only offices a state holds one of count (:data:`STATE_OFFICES`); nothing is found when the possessor
holds no such office on the date, when the nationality is the possessor's own state or when the knowledge base
has nobody in that office (the nationality word then stays the state's mention), and when a person is named right
after the word ("his German counterpart Olaf Scholz": the name is the participant). Plural "counterparts" names
several people and is left alone. Token offsets are spaCy token indices.
"""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Doc, Token

from ..kb.base import role_on
from ..records import Actor
from .actor_hits import Hit

COUNTERPART_WORDS = frozenset({"counterpart", "opposite"})  # "her Polish opposite number" reads "opposite"
# Offices a state has one holder of at a time, whose holders meet as counterparts.
STATE_OFFICES = frozenset({"head_of_state", "head_of_government", "foreign_minister", "defence_minister",
                           "interior_minister", "national_security_adviser", "vice_president"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PERSONAL_POSSESSIVES = frozenset({"his", "her"})

# (role, country, date) → the (person, role) holding that office, or None (the resolver's ``office_holder``).
OfficeHolder = Callable[[str, str, "str | None"], "tuple[Actor, object] | None"]


def counterparts(doc: Doc, hits: list[Hit], date: str | None,
                 office_holder: OfficeHolder) -> list[tuple[int, int, Actor, str]]:
    """(start, end, person, role) for each "<nationality> counterpart" whose possessor and office the module
    docstring's rules find; the span runs from the nationality word to "counterpart" (or "opposite number")."""
    by_token = {t: h for h in hits for t in range(h.start, h.end)}
    out = []
    for tok in doc:
        if tok.lower_ not in COUNTERPART_WORDS or tok.tag_ in ("NNS", "NNPS"):
            continue
        word = _head_noun(tok)
        state = _nationality(word, by_token)
        if state is None or _named_after(doc, word, by_token):
            continue
        person = _possessor(doc, word, by_token)
        role = role_on(person.actor, date) if person is not None else None
        if role is None or role.role not in STATE_OFFICES or role.country == state.actor.id:
            continue
        holder = office_holder(role.role, state.actor.id, date)
        if holder is not None and holder[0].id != person.actor.id:
            out.append((state.start, word.i + 1, holder[0], role.role))
    return out


def _named_after(doc: Doc, word: Token, by_token: dict[int, Hit]) -> bool:
    """A person is named right after the counterpart word, a comma between or not ("his German counterpart Olaf
    Scholz", "her Kenyan counterpart, William Ruto"): the name is the participant, not the office's holder."""
    nxt = word.i + 1
    if nxt < len(doc) and doc[nxt].text == ",":
        nxt += 1
    hit = by_token.get(nxt) if nxt < len(doc) else None
    return hit is not None and hit.actor.type == "person"


def _head_noun(tok: Token) -> Token:
    """"counterpart" itself, or "number" in "opposite number"."""
    if tok.lower_ == "opposite" and tok.head.lower_ == "number" and tok.head.i == tok.i + 1:
        return tok.head
    return tok


def _nationality(word: Token, by_token: dict[int, Hit]) -> Hit | None:
    """The state hit of a nationality word modifying the counterpart ("her Polish counterpart")."""
    for child in word.children:
        hit = by_token.get(child.i)
        if child.dep_ in ("amod", "compound") and hit is not None and hit.actor.type == "state" \
                and child.i < word.i:
            return hit
    return None


def _possessor(doc: Doc, word: Token, by_token: dict[int, Hit]) -> Hit | None:
    """The person whose counterpart it is (module docstring), or None."""
    poss = next((c for c in word.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    named = by_token.get(poss.i)
    if named is not None:
        return named if named.actor.type == "person" else None
    if poss.lower_ not in _PERSONAL_POSSESSIVES:
        return None
    subject = _clause_subject(word)
    hit = by_token.get(subject.i) if subject is not None else None
    if hit is not None and hit.actor.type == "person":
        return hit
    sent = word.sent
    people = {h.actor.id: h for t, h in by_token.items() if sent.start <= t < word.i and h.actor.type == "person"}
    return next(iter(people.values())) if len(people) == 1 else None


def _clause_subject(word: Token) -> Token | None:
    """The subject of the verb the counterpart's phrase hangs from (through prepositions and conjoined verbs)."""
    verb = word.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    for _ in range(3):
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            return subject
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None
