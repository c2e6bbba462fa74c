"""Gates on coded events for kinds of error an analyst found in the confident view (issue 12).

Each function reads the dependency parse of one spaCy token (the event's trigger) and the word lists of
``plover.toml`` ``[non_act]`` (lemmas; user-extensible like every lexicon):

- :func:`states_no_act`: states of being, deaths with no agent, identifying or naming someone are no act;
- :func:`sense_type`: "withdrew" with no object is a RETREAT, not a SANCTION;
- :func:`same_act`: a further trigger that is part of the same act (one event per act);
- :func:`conjoined_places`: two or more places conjoined in a locative phrase ("in Iraq and Syria");
- :func:`frame_modality`: an act that is only asked for, or whose attempt was blocked;
- :func:`conditional_consequence`: a learned THREATEN on a "would" consequence with no threat word;
- :func:`undergoes`: the subject of "came under fire" is the target;
- :func:`speaker_source`: the state or body that owns a noun of speech ("the U.S. commitment") is its source.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .lexicons import load_lexicon, word_set

__all__ = ["states_no_act", "sense_type", "same_act", "conjoined_places", "frame_modality",
           "conditional_consequence", "undergoes", "speaker_source"]

_FORCE = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})  # acts of force a sending of forces serves
_PLACE_PREPS = frozenset({"in", "across", "at", "inside", "throughout", "near"})


@dataclass(frozen=True)
class _NonAct:
    states: frozenset[str]
    passive_states: frozenset[str]
    deaths: frozenset[str]
    naming: frozenset[str]
    retreat: frozenset[str]
    sending: frozenset[str]
    requests: frozenset[str]
    attempts: frozenset[str]
    blocking: frozenset[str]
    failed: frozenset[str]
    conditional: frozenset[str]
    under_verbs: frozenset[str]
    under_nouns: frozenset[str]


@lru_cache(maxsize=1)
def _words() -> _NonAct:
    lex = load_lexicon("plover")
    return _NonAct(*(word_set(lex, f"non_act.{key}") for key in (
        "state_verbs", "passive_state_verbs", "death_verbs", "naming_verbs", "intransitive_retreat.verbs",
        "chain.sending_verbs", "frames.request_verbs", "frames.attempt_words", "frames.blocking_verbs",
        "frames.failed_modifiers", "frames.conditional_aux", "undergoing.verbs", "undergoing.nouns")))


def _lemma(token) -> str:
    return (token.lemma_ or token.lower_).lower()


def _passive_without_agent(token) -> bool:
    deps = {c.dep_ for c in token.children}
    return bool(deps & {"nsubjpass", "auxpass"}) and "agent" not in deps


def states_no_act(trigger) -> bool:
    """True when the verb ``trigger`` states no act: a state of being ("are living in camps"), a passive
    verb of keeping with no agent ("are being housed"), an intransitive death ("has died"), or identifying
    or naming someone ("were publicly identified")."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    W, lemma = _words(), _lemma(trigger)
    if lemma in W.states or lemma in W.naming:
        return True
    if lemma in W.deaths:
        return not any(c.dep_ == "dobj" for c in trigger.children)
    return lemma in W.passive_states and _passive_without_agent(trigger)


def sense_type(etype: str, trigger) -> str:
    """``etype`` corrected by the trigger's sense: a SANCTION on "withdraw" with no direct object is the
    subject's own retreat (RETREAT); else ``etype`` unchanged."""
    if etype == "SANCTION" and _lemma(trigger) in _words().retreat and trigger.pos_ == "VERB":
        if not any(c.dep_ in ("dobj", "nsubjpass") for c in trigger.children):
            return "RETREAT"
    return etype


def same_act(trigger, other, etype: str, other_type: str) -> bool:
    """True when the further trigger ``other`` (coded ``other_type``) belongs to the act of ``trigger``
    (coded ``etype``): of one type and one the subject, object or head of the other ("airstrikes killed"),
    or a verb of sending whose purpose is an act of force ("sent in aircraft to attack")."""
    if etype == other_type and (trigger.head.i == other.i or other.head.i == trigger.i):
        return True
    if etype not in _FORCE or _lemma(other) not in _words().sending:
        return False
    tok = trigger
    for _ in range(3):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i == other.i:
            return True
    return False


def conjoined_places(span) -> bool:
    """True when the mention ``span`` is one of two or more names conjoined as the object of a locative
    preposition ("fighters in Iraq and Syria"): places of the event, not its targets."""
    tok = span.root
    for _ in range(6):
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.dep_ != "pobj" or tok.head.lower_ not in _PLACE_PREPS:
        return False
    return tok.i != span.root.i or any(c.dep_ == "conj" for c in tok.children)


def frame_modality(trigger, modality: str) -> str:
    """The modality of an act the parse frames as not done, else ``modality``: "hypothetical" when a verb
    of asking governs it through its complements ("asking to be allowed to return"), "negated" when an
    attempt at it was blocked or failed ("attempts to empower the court to investigate have been
    blocked"; "a failed bid to oust")."""
    if modality != "occurred":
        return modality
    W, tok = _words(), trigger
    for _ in range(6):
        if tok.head.i == tok.i:
            break
        dep, tok = tok.dep_, tok.head
        lemma = _lemma(tok)
        if lemma in W.requests and tok.pos_ == "VERB" and dep in ("xcomp", "ccomp"):
            return "hypothetical"
        if lemma in W.attempts and _attempt_failed(tok, W):
            return "negated"
    return modality


def _attempt_failed(attempt, W: _NonAct) -> bool:
    if any(c.lower_ in W.failed for c in attempt.children if c.dep_ in ("amod", "compound")):
        return True
    if attempt.dep_ == "ROOT" and attempt.pos_ == "NOUN":  # a parse that lost the main verb below the noun
        return any(_lemma(t) in W.blocking and t.pos_ == "VERB" for t in attempt.subtree)
    return attempt.dep_ in ("nsubj", "nsubjpass") and _lemma(attempt.head) in W.blocking


def conditional_consequence(etype: str, trigger, threat_cue: bool) -> bool:
    """True when a THREATEN sits on a verb with a conditional auxiliary, no threat word of its own and a
    happening, not an actor, as subject ("a break-out would undermine the justification"): a hypothetical
    consequence, not a threat made. A reported "would" ("announced it would boycott") stays a threat."""
    if etype != "THREATEN" or threat_cue or trigger.pos_ != "VERB" or trigger.dep_ == "ccomp":
        return False
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    if not subjects or any(c.pos_ != "NOUN" for c in subjects):
        return False
    return any(c.dep_ == "aux" and c.lower_ in _words().conditional for c in trigger.children)


def undergoes(trigger) -> bool:
    """True when ``trigger`` says its subject undergoes the act ("has come under fire", "is under
    pressure"): the subject is the target, and the source is not named by the phrase."""
    W = _words()
    if _lemma(trigger) not in W.under_verbs:
        return False
    return any(p.dep_ == "prep" and p.lower_ == "under" and any(o.lower_ in W.under_nouns for o in p.children)
               for p in trigger.children)


# Acts of speech whose noun's possessor or name modifier is the one who speaks ("the U.S. commitment to …",
# "Brelund's demand"); not SANCTION or AID nouns, whose modifier is as often the target ("Russia sanctions").
_SPEECH_ACTS = frozenset({"SUPPORT", "AGREE", "REQUEST", "ACCUSE", "THREATEN", "REJECT"})


def speaker_source(pairs: list[tuple], trigger, etype: str, actors) -> list[tuple]:
    """``pairs`` ((span, actor id) or None, twice) with the source replaced by the actor mention that is the
    possessor or name modifier of a noun trigger of an act of speech ("reiterated the U.S. commitment to
    holding Russia to account": the United States is the source, whoever the parse made the verb's subject).
    ``actors``: (span, actor id) of the document. Unchanged when there is no such mention."""
    if etype not in _SPEECH_ACTS or trigger.pos_ != "NOUN":
        return pairs
    owners = {c.i for c in trigger.children if c.dep_ in ("poss", "compound")}
    owner = next(((span, aid) for span, aid in actors if span.root.i in owners and aid), None)
    if owner is None or any(src is not None and src[1] == owner[1] for src, _ in pairs):
        return pairs
    out = [(owner, tgt) for _, tgt in pairs if tgt is None or tgt[1] != owner[1]]
    return out or [(owner, None)]
