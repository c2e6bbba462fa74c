"""Gates on coded events for kinds of error an analyst found in the confident view (issue 12).

Each function reads the dependency parse of one spaCy token (the event's trigger) and the word lists of
``plover.toml`` ``[non_act]`` (lemmas; user-extensible like every lexicon):

- :func:`states_no_act`: states of being, deaths with no agent, identifying or naming someone are no act;
- :func:`sense_type`: "withdrew" with no object is a RETREAT, not a SANCTION;
- :func:`same_act`: a further trigger that is part of the same act (one event per act);
- :func:`conjoined_places`: two or more places conjoined in a locative phrase ("in Iraq and Syria");
- :func:`frame_modality`: an act that is only asked for, or whose attempt was blocked;
- :func:`demanding_verb`: "called on B to retaliate against C" is a REQUEST (A -> B), not the act asked for;
- :func:`told_relative_attacks`: what an attack did, told in a relative clause on it ("the strike that killed …");
- :func:`conditional_consequence`: a learned THREATEN on a "would" consequence with no threat word;
- :func:`undergoes`: the subject of "came under fire" is the target;
- :func:`speaker_source`: the state or body that owns a noun of speech ("the U.S. commitment") is its source;
- :func:`loose_sense`: a word whose sense here states no act (``[non_act.loose]``, ``[non_act.idioms]``,
  ``[non_act.forecast]``): an adjective, a passive evaluation, an idiom, a forecast, a wish to travel;
- :func:`blocked_act`: an act named only as the object of a verb that stops it ("to block the return");
- :func:`refusal_modality`: a negation that is itself the refusal ("are not looking to grant") is a REJECT
  that occurred;
- :func:`negation_refusal` / :func:`as_refusal`: a REJECT the negation of another act makes ("will not provide
  reconstruction money") is a refusal that occurred, carried by the negation, beside the act, negated;
  :func:`negation_no_refusal`: a negated act no one refuses ("has not been defeated", "has not shared");
- roles: :func:`left_out` (a mention named as excluded: "other than X"; ``[participants]``),
  :func:`modifier_roles` ("US-backed forces": the backer and the backed), :func:`death_roles` ("died in an
  airstrike": the dead is the target), :func:`own_state_aside` (an official's own state named outside the
  act's clause).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from ..kb.fold import state_in_id
from .doc_cache import group_bounds
from .lexicons import load_lexicon, word_set
from .modality import headline_stopper, plan_holder

__all__ = ["states_no_act", "sense_type", "same_act", "conjoined_places", "frame_modality",
           "conditional_consequence", "demanding_verb", "in_demanded_act", "undergoes", "speaker_source", "loose_sense", "blocked_act", "refusal_modality", "negation_refusal", "as_refusal",
           "negation_no_refusal", "meeting_place", "left_out",
           "modifier_roles", "death_roles", "own_state_aside", "death_verb", "told_relative_attacks"]

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
    actor_nouns: frozenset[str]
    blame: frozenset[str]
    consequence_verbs: frozenset[str]
    consequence_aux: frozenset[str]
    refusable: frozenset[str]
    happening_nouns: frozenset[str]
    attack_nouns: frozenset[str]
    drift: frozenset[str]


@lru_cache(maxsize=1)
def _words() -> _NonAct:
    lex = load_lexicon("plover")
    return _NonAct(*(word_set(lex, f"non_act.{key}") for key in (
        "state_verbs", "passive_state_verbs", "death_verbs", "naming_verbs", "intransitive_retreat.verbs",
        "chain.sending_verbs", "frames.request_verbs", "frames.attempt_words", "frames.blocking_verbs",
        "frames.failed_modifiers", "frames.conditional_aux", "undergoing.verbs", "undergoing.nouns",
        "frames.actor_nouns", "frames.blame_verbs", "frames.consequence_verbs", "frames.consequence_aux",
        "frames.refusable_verbs", "frames.happening_nouns", "frames.attack_nouns", "drift_verbs")))


def _lemma(token) -> str:
    return (token.lemma_ or token.lower_).lower()


def _passive_without_agent(token) -> bool:
    deps = {c.dep_ for c in token.children}
    return bool(deps & {"nsubjpass", "auxpass"}) and "agent" not in deps


def states_no_act(trigger) -> bool:
    """True when the verb ``trigger`` states no act: a state of being ("are living in camps"), a passive
    verb of keeping with no agent ("are being housed"), an intransitive death ("has died"), a verb of easing
    with no object ("fears eased"), or identifying or naming someone ("were publicly identified")."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return False
    W, lemma = _words(), _lemma(trigger)
    if lemma in W.states or lemma in W.naming:
        return True
    if lemma in W.deaths:
        return not any(c.dep_ == "dobj" for c in trigger.children)
    if lemma in W.drift:  # "tensions eased", "the row subsided": nothing eased by anyone
        return not any(c.dep_ in ("dobj", "nsubjpass") for c in trigger.children)
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
    if _asked_for(trigger):
        return "hypothetical"
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


@lru_cache(maxsize=1)
def _asking_words() -> tuple[frozenset[str], frozenset[str]]:
    lex = load_lexicon("plover")
    return word_set(lex, "non_act.frames.asking_for_verbs"), word_set(lex, "non_act.frames.demanding_verbs")


def _asked_for(trigger) -> bool:
    """``trigger`` is the act a verb asks for: the object of its "for" ("called for talks", "appealed for a ceasefire";
    ``non_act.frames.asking_for_verbs``) or of a verb of demanding ("demanded talks"; ``demanding_verbs``). Only the
    object itself: "called for an end to the shelling" asks for no shelling."""
    asking_for, demanding = _asking_words()
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ == "for" and head.dep_ == "prep":
        verb = head.head
        return verb.pos_ == "VERB" and _lemma(verb) in asking_for
    return trigger.dep_ == "dobj" and head.pos_ == "VERB" and _lemma(head) in demanding


# Prepositions that introduce whom a demand is addressed to ("called on B to", "appealed to B to").
_ADDRESSEE_PREPS = frozenset({"on", "upon", "to"})


def demanding_verb(act, hits, min_weight: float = 0.0):
    """The verb of asking that makes the token ``act`` only a demanded act, else None: a verb with a REQUEST cue
    in ``hits`` ((token, type, cue, weight), weight at least ``min_weight``) whose infinitive complement holds
    ``act`` (at most two complements down; a noun act through the verb it is the object of) and that names whom it
    asks ("called on B to retaliate against C", "urged B to call out C", "called on B to observe the ceasefire"). The sentence's event is then that REQUEST (A -> B), not the act asked for; a wish
    ("wanted to confront") names no one asked and is no such verb."""
    askers = {h[0].i: h[0] for h in hits if h[1] == "REQUEST" and h[3] >= min_weight and h[0].pos_ == "VERB"
              and _lemma(h[0]) not in _loose().wish}
    # a noun act is asked for through the verb it is the object of ("called on both sides to observe the ceasefire")
    tok = act.head if act.dep_ == "dobj" and act.pos_ == "NOUN" and act.head.pos_ == "VERB" else act
    if tok.dep_ == "conj" and tok.pos_ == "VERB" and _infinitive_complement(tok.head):
        tok = tok.head  # "to respect the truce and reopen the roads": the second act asked for
    for _ in range(2):
        if not _infinitive_complement(tok) or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.i in askers and _names_addressee(tok):
            return tok
    return None


def in_demanded_act(span, verb) -> bool:
    """True when the mention ``span`` sits in an infinitive complement of ``verb`` ("called on the administration to
    call out Russia": Russia): a participant of the act asked for, not the one a REQUEST on ``verb`` asks."""
    root = span.root
    return any(_infinitive_complement(c) and c.left_edge.i <= root.i <= c.right_edge.i for c in verb.children)


def _infinitive_complement(tok) -> bool:
    """``tok`` is an infinitive complement of its head (xcomp, or "to" + verb parsed as an adverbial clause)."""
    return tok.dep_ == "xcomp" or (tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                for c in tok.children))


def _names_addressee(verb) -> bool:
    return any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in _ADDRESSEE_PREPS
                                    and any(o.dep_ == "pobj" for o in c.children)) for c in verb.children)


def _attempt_failed(attempt, W: _NonAct) -> bool:
    if any(c.lower_ in W.failed for c in attempt.children if c.dep_ in ("amod", "compound")):
        return True
    if attempt.dep_ == "ROOT" and attempt.pos_ == "NOUN":  # a parse that lost the main verb below the noun
        return any(_lemma(t) in W.blocking and t.pos_ == "VERB" for t in attempt.subtree)
    if attempt.dep_ == "pobj" and attempt.head.lower_ == "in":  # "failed in its attempt to seize the port"
        return _lemma(attempt.head.head) in W.blocking
    return attempt.dep_ in ("nsubj", "nsubjpass") and _lemma(attempt.head) in W.blocking


_ACTOR_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


def _actor_noun(noun, W: _NonAct) -> bool:
    """True when the common noun ``noun`` names someone who can act: a word of ``plover.toml``
    ``non_act.frames.actor_nouns`` ("president", "army", "parliament") or a phrase holding a name or a
    nationality ("the Avarian navy")."""
    return _lemma(noun) in W.actor_nouns or any(t.ent_type_ in _ACTOR_ENTITIES for t in noun.subtree)


def unnamed_agent(verb) -> bool:
    """The active subject of ``verb`` (or of the verb whose complement it is) names someone who can act without a
    name: a word of ``non_act.frames.actor_nouns`` ("the authorities may step in", "fighters could escape"), also as
    what a quantity is of ("large numbers of fighters may move")."""
    W = _words()
    tok = verb
    for depth in range(3):
        subjects = _subject_nouns(tok, depth)
        if subjects:
            counted = [g for s in subjects for p in s.children if p.dep_ == "prep" and p.lower_ == "of"
                       for g in p.children if g.dep_ == "pobj"]
            # the noun itself, not a name inside it ("hostility towards Avaria" is no agent)
            return any(_lemma(s) in W.actor_nouns or s.lower_ in W.actor_nouns for s in subjects + counted)
        holder = plan_holder(tok) or (tok.head if tok.dep_ == "xcomp" and tok.head.i != tok.i else None)
        if holder is None:  # "the navy has shelved plans to build a base": the navy's building
            break
        tok = holder
    return False


def _subject_nouns(tok, depth: int) -> list:
    """The noun subjects of ``tok`` as the doers of the act :func:`unnamed_agent` looks at ``depth`` frames below, with
    a frame's passive subject ("the envoy is expected to arrive"). A pronoun's speaker is no unnamed agent here ("the
    council insists it cannot house them" states no act): only a named one is (:func:`.events._actor_subject`)."""
    return [c for c in tok.children if c.pos_ == "NOUN" and (c.dep_ == "nsubj" or (depth and c.dep_ == "nsubjpass"))]


def death_verb(verb) -> bool:
    """``verb`` is a verb of dying (``non_act.death_verbs``: "die", "perish"): a happening to people, no act of theirs."""
    return verb.pos_ == "VERB" and _lemma(verb) in _words().deaths


def _framed_subjects(verb) -> list:
    """The subjects of ``verb``, else, for the infinitive of a copula's frame ("elections are due to be held", "talks
    are to resume"), the copula's: the subject of the act is the frame's."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects or verb.dep_ != "xcomp":
        return subjects
    frame = verb.head.head if verb.head.dep_ == "acomp" else verb.head
    if frame.pos_ != "AUX" or frame.lemma_ != "be":
        return []
    return [c for c in frame.children if c.dep_ in ("nsubj", "nsubjpass")]


def unnamed_happening(verb) -> bool:
    """An act of ``verb`` that names no actor but states a happening all the same: a passive with no agent and a noun
    as subject ("the dispute could be settled": someone would settle it), or a subject noun that names a happening
    (``non_act.frames.happening_nouns``: "unrest could be spreading to the north"). Used only for acts that did not
    happen or may (their events stay under the confident floor)."""
    if verb.pos_ != "VERB":
        return False
    subjects = _framed_subjects(verb)
    if not subjects or any(s.pos_ != "NOUN" for s in subjects):
        return False
    if _passive_without_agent(verb) and verb.tag_ == "VBN":
        return True
    return any(names_happening(s) for s in subjects if s.dep_ == "nsubj")


_PAST_AUX = frozenset({"was", "were", "has", "have", "had"})


def told_relative_attacks(main) -> list:
    """The verbs of the relative clauses of ``main``'s sentence that tell what an attack or a fight did, in the past
    and unnegated (``non_act.frames.attack_nouns`` for the noun they sit on: "the ambush that killed nine
    soldiers", "the shooting in which two protesters were killed", "a rocket that hit a school"): a happening of its own beside
    the main act, whatever the main act is ("vowed revenge for the strike that killed …"). A clause under a modal or a
    negation ("a raid that could kill civilians", "a blast that injured no one") or in the present tells none."""
    return [tok for tok in main.sent if tok.i != main.i and told_relative_attack(tok)]


def told_relative_attack(verb) -> bool:
    """``verb`` is one of :func:`told_relative_attacks`: a past relative clause on an attack's noun."""
    nouns = _words().attack_nouns
    return verb.dep_ == "relcl" and verb.pos_ == "VERB" and (_lemma(verb.head) in nouns or verb.head.lower_ in nouns) \
        and _told_in_past(verb)


def _told_in_past(verb) -> bool:
    """``verb`` is in the simple past ("killed") or a past or perfect passive ("were killed", "has been hit"), with no
    modal and no negation of its own, nor a negative determiner on its object or passive subject."""
    kids = list(verb.children)
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in kids):
        return False
    if any(c.dep_ in ("dobj", "nsubjpass") and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
           for c in kids):
        return False
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PAST_AUX for c in kids)


def consequence_verb(verb) -> bool:
    """``verb`` is a verb of consequence (``non_act.frames.consequence_verbs``: "lead", "result")."""
    return _lemma(verb) in _words().consequence_verbs


def names_happening(noun) -> bool:
    """``noun`` names a happening with no actor (``non_act.frames.happening_nouns``: "violence", "unrest")."""
    W = _words()
    return noun.pos_ == "NOUN" and (_lemma(noun) in W.happening_nouns or noun.lower_ in W.happening_nouns)


def conditional_consequence(etype: str, trigger, threat_cue: bool) -> bool:
    """True when a THREATEN sits on a verb with a conditional auxiliary, no threat word of its own and a
    happening, not an actor, as subject ("a break-out would undermine the justification"): a hypothetical
    consequence, not a threat made. A reported "would" ("announced it would boycott") stays a threat, and so
    does an actor's conditional act ("the president would veto the bill if …": an event, hypothetical)."""
    if etype != "THREATEN" or threat_cue or trigger.pos_ != "VERB" or trigger.dep_ == "ccomp":
        return False
    W = _words()
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    if not subjects or any(c.pos_ != "NOUN" or _actor_noun(c, W) for c in subjects):
        return False
    return any(c.dep_ == "aux" and c.lower_ in W.conditional for c in trigger.children)


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
    ``actors``: (span, actor id) of the document. Unchanged when there is no such mention, and when the source is
    already a person or body of the owner's state ("Erdogan reiterated Turkey's support": Erdogan stays the source)."""
    if etype not in _SPEECH_ACTS or trigger.pos_ != "NOUN":
        return pairs
    owners = {c.i for c in trigger.children if c.dep_ in ("poss", "compound")}
    owner = next(((span, aid) for span, aid in actors if span.root.i in owners and aid), None)
    owner_state = state_in_id(owner[1]) if owner is not None else None
    if owner is None or any(src is not None and (src[1] == owner[1] or (owner_state and state_in_id(src[1]) == owner_state))
                            for src, _ in pairs):
        return pairs
    out = [(owner, tgt) for _, tgt in pairs if tgt is None or tgt[1] != owner[1]]
    return out or [(owner, None)]


@dataclass(frozen=True)
class _Loose:
    evaluation: frozenset[str]
    intransitive: frozenset[str]
    experiencer: frozenset[str]
    feeling: frozenset[str]
    intent: frozenset[str]
    private: frozenset[str]
    documents: frozenset[str]
    refusal: frozenset[str]
    wish: frozenset[str]
    blocking: frozenset[str]
    warning: frozenset[str]
    forecast: frozenset[str]
    hard: frozenset[str]
    trips: frozenset[str]
    idioms: dict
    expectation: frozenset[str] = frozenset()
    bodies: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def _loose() -> _Loose:
    lex = load_lexicon("plover")
    sets = [word_set(lex, f"non_act.loose.{key}") for key in (
        "passive_evaluation_verbs", "intransitive_verbs", "experiencer_verbs", "feeling_verbs", "intent_adjectives",
        "private_verbs", "document_nouns", "refusal_frames", "wish_verbs", "blocking_verbs")]
    idioms = {str(verb).lower(): frozenset(str(o).lower() for o in objects)
              for verb, objects in lex.get("non_act", {}).get("idioms", {}).items()}
    return _Loose(*sets, word_set(lex, "non_act.forecast.warning_verbs"), word_set(lex, "non_act.forecast.nouns"),
                  word_set(lex, "non_act.forecast.hard_words"), word_set(lex, "non_act.loose.trip_verbs"), idioms,
                  expectation=word_set(lex, "non_act.forecast.expectation_verbs"),
                  bodies=word_set(lex, "non_act.loose.body_nouns"))


_MODIFIER_ACTOR = frozenset({"npadvmod", "compound", "nmod"})  # "US-backed": the backer named on the word


def _adjectival(trigger, W: _Loose) -> bool:
    """An adjective or a participle used as one ("an ideologically committed member", "is free to"), unless
    an actor is named on it as the doer ("US-backed forces") or it is an adjective of intent with its
    complement ("is prepared to face trial")."""
    if trigger.pos_ != "ADJ" and trigger.dep_ not in ("amod", "acomp"):
        return False
    if trigger.lower_ in W.intent and any(c.dep_ in ("xcomp", "prep") for c in trigger.children):
        return False
    return not any(c.dep_ in _MODIFIER_ACTOR and c.pos_ in ("PROPN", "NOUN") for c in trigger.children)


def _document(trigger, W: _Loose) -> bool:
    """A word that only names a document ("a threat assessment") or the kind of a body ("the aid agency", "the host
    ministry"), or a verb whose subject is a document ("a study found that"): no actor acts."""
    if trigger.dep_ == "compound" and (_lemma(trigger.head) in W.documents or trigger.head.lower_ in W.bodies):
        return True
    return trigger.pos_ == "VERB" and any(c.dep_ == "nsubj" and _lemma(c) in W.documents for c in trigger.children)


def _idiom(trigger, W: _Loose) -> bool:
    """The trigger and its object make an idiom of ``non_act.idioms`` ("turned a blind eye", "pulled off a rescue"),
    also through a quantity ("gave 8,000 of their lives")."""
    objects = W.idioms.get(_lemma(trigger))
    if not objects:
        return False
    found = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    found += [g for c in found for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]
    return any(_lemma(c) in objects or c.lower_ in objects for c in found)


def _forecast(trigger, W: _Loose) -> bool:
    """A warning whose reported clause is about an economy ("could depress growth") or says that something
    would be hard ("would be extremely difficult")."""
    if _lemma(trigger) not in W.warning:
        return False
    for clause in (c for c in trigger.children if c.dep_ == "ccomp"):
        if _lemma(clause) == "be" and any(c.dep_ == "acomp" and c.lower_ in W.hard for c in clause.children):
            return True
        if any(_lemma(c) in W.forecast for c in clause.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")):
            return True
        if _conditional_outlook(clause):
            return True
    return False


_NAMED_ACTORS = frozenset({"PERSON", "ORG", "GPE"})


def _conditional_outlook(clause) -> bool:
    """A reported clause that says what could follow if something happens, with a thing as its subject
    ("if the money runs out, the sector could face losses"): a modal verb, an "if" clause, and a subject that is
    a common noun naming no one who acts (no name of a person, group or state; not a word of
    ``non_act.frames.actor_nouns``). An actor's conditional act ("if X, the army would strike") stays a threat."""
    N = _words()
    if not any(c.dep_ == "aux" and c.lower_ in N.consequence_aux for c in clause.children):
        return False
    if not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
               for c in clause.children):
        return False
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(
        c.pos_ == "NOUN" and _lemma(c) not in N.actor_nouns and not any(t.ent_type_ in _NAMED_ACTORS for t in c.subtree)
        for c in subjects)


def _wished_trip(trigger, W: _Loose) -> bool:
    """A verb of travel that a verb of wishing governs ("wants to return to Britain", "wants to come back")."""
    return _lemma(trigger) in W.trips and trigger.dep_ == "xcomp" and _lemma(trigger.head) in W.wish


def _verb_states_no_act(verb, lemma: str, W: _Loose) -> bool:
    """A passive evaluation with no agent ("was seen as", "has been tracked down", "be treated as"); a
    verb of property or remark with no object before its preposition ("pointed to", "featured"); a verb of
    causing a feeling used as an adjective ("are horrifying"); a verb of private life ("married")."""
    if _passive_without_agent(verb) and lemma in W.evaluation:
        return True
    objects = [c.i for c in verb.children if c.dep_ == "dobj"]
    preps = [c.i for c in verb.children if c.dep_ == "prep"]
    if lemma in W.intransitive and (not objects or (preps and min(preps) < min(objects))):
        return True
    return lemma in W.private or (lemma in W.feeling and verb.tag_ in ("VBG", "VBN") and not objects)


def loose_sense(etype: str, trigger) -> bool:
    """True when the word ``trigger`` (a spaCy token) coded ``etype`` states no act in this sense: an adjective
    or adjectival participle (not one of intent: "ready to talk"); a document ("a study found"); a passive evaluation or finding with no agent ("was seen as", "is understood
    to", "has been tracked down"); a verb with no object stating a property or a remark ("featured
    prominently", "has not commented", "are horrifying"); an idiom ("met a mixed response", "gave birth"); a feeling taken for
    a THREATEN ("fears"); a forecast taken for one ("warned that the vote could depress growth"); a wish to
    travel ("wants to return"), whatever it was coded; an expectation taken for an AGREE ("expects more aid"). Word lists: ``plover.toml`` ``[non_act.loose]``,
    ``[non_act.idioms]``, ``[non_act.forecast]``."""
    W, lemma = _loose(), _lemma(trigger)
    if _adjectival(trigger, W) or _idiom(trigger, W) or _document(trigger, W):
        return True
    if trigger.pos_ == "VERB" and _verb_states_no_act(trigger, lemma, W):
        return True
    if etype == "THREATEN" and (lemma in W.experiencer or _forecast(trigger, W)):
        return True
    if etype == "AGREE" and lemma in W.expectation:  # "X expects more vehicles": a hope, no agreement
        return True
    return (_wished_trip(trigger, W) or (etype == "ACCUSE" and _blamed_on_cause(trigger, lemma))
            or _consequence_subject(trigger) or inability(etype, trigger))


def _consequence_subject(trigger) -> bool:
    """True when ``trigger`` is a verb of consequence under a modal whose subject is a thing, or that thing
    ("the deal could see her family return", "hostility can bring the two states together"): it names what
    might follow from a thing, no act (``plover.toml`` ``non_act.frames.consequence_verbs``,
    ``consequence_aux``)."""
    W = _words()
    if trigger.pos_ == "VERB":
        verb, subjects = trigger, [c for c in trigger.children if c.dep_ == "nsubj"]
    elif trigger.pos_ == "NOUN" and trigger.dep_ == "nsubj":
        verb, subjects = trigger.head, [trigger]
    else:
        return False
    if _lemma(verb) not in W.consequence_verbs or len(subjects) != 1:
        return False
    if subjects[0].pos_ != "NOUN" or _actor_noun(subjects[0], W):
        return False
    return any(c.dep_ == "aux" and c.lower_ in W.consequence_aux for c in verb.children)


def inability(etype: str, trigger) -> bool:
    """True when a REJECT sits on a verb negated with "cannot" that is no verb of accepting or allowing ("the
    council cannot house more families"): an inability, no refusal (``plover.toml``
    ``non_act.frames.refusable_verbs``: "cannot accept" stays a refusal)."""
    if etype != "REJECT" or trigger.pos_ != "VERB" or _lemma(trigger) in _words().refusable:
        return False
    kids = {c.lower_ for c in trigger.children if c.dep_ in ("aux", "neg")}
    return bool(kids & {"can", "ca", "could"}) and bool(kids & {"not", "n't", "cannot"})


def _blamed_on_cause(verb, lemma: str) -> bool:
    """True when a verb of blaming puts something on a cause that is no actor, and blames no actor either
    ("blamed his reaction on the stress of the campaign"): no accusation of anyone (``plover.toml``
    ``non_act.frames.blame_verbs``)."""
    W = _words()
    if lemma not in W.blame or verb.pos_ != "VERB":
        return False
    blamed = [c for c in verb.children if c.dep_ == "dobj"]
    causes = [g for h in [verb, *blamed] for c in h.children if c.dep_ == "prep" and c.lower_ == "on"
              for g in c.children if g.dep_ == "pobj"]
    return bool(causes) and not any(_actor_noun(t, W) or t.pos_ in ("PROPN", "PRON") for t in causes + blamed)


def blocked_act(etype: str, trigger, hits) -> bool:
    """True when the act coded ``etype`` is named only as the object of a verb that stops it ("a decision to
    block the return of X"): the event's word ``trigger`` is such an object, or it carries no cue of ``etype``
    and each cue of ``etype`` in ``hits`` ((token, type, cue, weight)) is one. The act named did not happen,
    and the blocking is not that act."""
    blocking = _loose().blocking

    def stopped(tok) -> bool:
        return tok.dep_ == "dobj" and _lemma(tok.head) in blocking
    if stopped(trigger):
        return True
    cues = [h[0] for h in hits if h[1] == etype]
    return bool(cues) and not any(tok.i == trigger.i for tok in cues) and all(stopped(tok) for tok in cues)


def refusal_modality(etype: str, modality: str, trigger, hits) -> str:
    """The modality of a negated REJECT on a verb of intent (``plover.toml`` ``non_act.loose.refusal_frames``),
    or on the complement of one, that is no cue of any type in ``hits`` ((token, type, cue, weight)): the
    negation is the refusal ("we are not looking to grant waivers", "is not responding to the demands", "does
    not want to watch"), so the REJECT occurred. A negated act word stays negated ("was not consulted", "will
    not end the strike"). A REJECT on an act noun that a headline's verb cancels ("Malawi cancels summit",
    :func:`.modality.headline_stopper`) is the cancelling: occurred. Else ``modality``."""
    if etype == "REJECT" and modality != "occurred" and headline_stopper(trigger) is not None:
        return "occurred"  # "Malawi cancels summit": a REJECT on the noun is the cancelling, which happened
    refusal = _loose().refusal
    framed = _lemma(trigger) in refusal or (trigger.dep_ == "xcomp" and _lemma(trigger.head) in refusal)
    if etype != "REJECT" or modality != "negated" or not framed:
        return modality
    return modality if any(h[0].i == trigger.i for h in hits) else "occurred"


_NEGATIONS = frozenset({"not", "n't", "never"})
_PERFECT = frozenset({"has", "have", "had", "'s", "'ve"})


def _own_negation(verb):
    """The negation word on ``verb`` itself ("will not provide", "won't send", "never stops"), else None."""
    return next((c for c in verb.children if c.dep_ == "neg" and c.lower_ in _NEGATIONS), None)


def negation_no_refusal(trigger) -> bool:
    """True when the negated act of ``trigger`` (a spaCy token) is refused by no one: a passive ("ISIS has not been
    defeated"), a perfect ("has not shared those concerns": not done yet), a past progressive ("was not tracking
    him"), or an act whose negation sits on a verb
    above it ("would not be expected to listen", "do not have the means to receive"): what did not happen, or a
    judgement, no refusal."""
    if _own_negation(trigger) is None:
        return True
    if _passive_without_agent(trigger) or any(c.dep_ == "auxpass" for c in trigger.children):
        return True
    if trigger.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in trigger.children):
        return True  # "Russia was not tracking him": a past state of affairs, no refusal
    return any(c.dep_ == "aux" and c.lower_ in _PERFECT for c in trigger.children)


def negation_refusal(etype: str, trigger, hits, modality: str):
    """For a REJECT that the negation of another act makes ("the Union will not provide reconstruction money",
    "won't send tanks"): (the negation token, the act's type), else None. ``hits``: the sentence's cue hits
    ((token, type, cue, weight)); the act's type is the strongest cue of another type on ``trigger``. The refusal
    occurred and the negation carries it; the act named is negated (the modality sets' convention: the act,
    negated). None for a REJECT word of its own ("did not reject"), an act with no cue of another type, a negation
    that refuses nothing (:func:`negation_no_refusal`), and any other type or modality."""
    if etype != "REJECT" or modality != "negated" or trigger.pos_ != "VERB":
        return None
    own = [h for h in hits if h[0].i == trigger.i]
    if any(h[1] == "REJECT" for h in own) or negation_no_refusal(trigger):
        return None
    acts = [h for h in own if h[1] in _REFUSED_ACTS]
    return (_own_negation(trigger), max(acts, key=lambda h: h[3])[1]) if acts else None


# Acts a negation can refuse (their negation by a decision is a REJECT): not REJECT, and not speech acts whose
# negation is itself a statement ("did not accuse").
_REFUSED_ACTS = frozenset({"AID", "AGREE", "CONCEDE", "RETREAT", "COOPERATE", "CONSULT", "SUPPORT", "YIELD",
                           "SANCTION", "MOBILIZE"})


def as_refusal(event, negation):
    """``event`` (a REJECT coded on a negated act word) as the refusal that occurred, carried by the spaCy token
    ``negation``: modality "occurred", the negation as its trigger (word and character offsets)."""
    spans = dict(event.spans or {})
    spans["trigger"] = [negation.idx, negation.idx + len(negation.text)]
    return replace(event, modality="occurred", trigger=negation.text, spans=spans)


@lru_cache(maxsize=1)
def _meeting_nouns() -> frozenset[str]:
    return word_set(load_lexicon("plover"), "participants.meeting_nouns")


_MEETING_PREPS = frozenset({"in", "at"})
# Acts of meeting or agreeing, whose place is never a participant; other acts may target a place ("suspended talks
# in Geneva", "declared a ceasefire in Tripoli": plv codes the place as the target).
_MEETING_ACTS = frozenset({"CONSULT", "CONCEDE", "AGREE", "SUPPORT"})


def meeting_place(span, etype: str) -> bool:
    """True when, for an event of type ``etype`` that meets or agrees (CONSULT, CONCEDE, AGREE, SUPPORT), the
    mention ``span`` is one of the document's places (``doc.spans["cg_places"]``) named on the noun of a meeting
    or an accord (``plover.toml`` ``participants.meeting_nouns``): as its modifier ("the Geneva agreement", "the
    Astana talks") or after "in"/"at" on it ("talks in Geneva"). It is where the act was held or made, never a
    participant."""
    if etype not in _MEETING_ACTS:
        return False
    root = span.root
    if not any(start <= root.i < end for start, end, _, _ in group_bounds(span.doc, "cg_places")):
        return False
    if root.dep_ in ("compound", "amod", "nmod") and root.head.pos_ in ("NOUN", "PROPN"):
        return _lemma(root.head) in _meeting_nouns()
    prep = root.head
    return (root.dep_ == "pobj" and prep.lower_ in _MEETING_PREPS and prep.head.pos_ == "NOUN"
            and _lemma(prep.head) in _meeting_nouns())


@lru_cache(maxsize=1)
def _exclusion_words() -> frozenset[str]:
    return word_set(load_lexicon("plover"), "participants.exclusion_words")


def phrase_head(span, steps: int = 4):
    """The token a mention's phrase hangs on: from ``span``'s root, climbing at most ``steps`` steps through
    appositions, conjuncts and compounds to the first member of its list or apposition ("in Iraq and Syria",
    "in Warsaw and Kyiv": from the later names to the first)."""
    tok = span.root
    for _ in range(steps):
        if tok.dep_ not in ("conj", "appos", "compound") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def left_out(span) -> bool:
    """True when the mention ``span`` is named as left out of the act ("countries other than Iraq and Syria",
    "all states except Avaria", "apart from Corvia"). Words: ``plover.toml`` ``[participants]``. (A place
    named by its kind, "the village of X", stays a possible target: the PLOVER gold data take an attacked
    place as the target.)"""
    tok = phrase_head(span, steps=8)
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ == "than":
        return prep.head.lower_ in ("other", "rather")
    if prep.lower_ == "from" and prep.head.lower_ == "apart":
        return True
    return prep.lower_ in _exclusion_words()


def modifier_roles(trigger) -> tuple[list, list] | None:
    """For a participle modifying a noun with its doer named on it ("US-backed Kurdish forces"): the tokens
    of the doer and of the noun's own phrase (the noun and its compounds and adjectives, not the trigger's or
    a conjunct's), as two lists of token indices; None for any other trigger."""
    if trigger.dep_ != "amod" or trigger.head.i == trigger.i:
        return None
    doer = [t for c in trigger.children if c.dep_ in _MODIFIER_ACTOR for t in c.subtree]
    if not doer:
        return None
    noun = trigger.head
    own = [noun] + [t for c in noun.children if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i != trigger.i
                    for t in c.subtree]
    return [t.i for t in doer], [t.i for t in own]


def death_roles(trigger) -> tuple[object, list] | None:
    """For an act noun that says how someone died ("died in an airstrike on Raqqa", "was killed in a
    coalition strike"): (the dying verb, the indices of the noun's compounds and adjectives, which may name
    the doer); for a verb of :func:`told_relative_attacks` (itself, the indices of the attack noun's modifiers);
    None for any other trigger. The verb's subject is the act's target, never its source, and a
    place the act hit ("on Raqqa") is a place."""
    if told_relative_attack(trigger):
        # "a militant raid that killed five teachers", "the shooting in which two died": the doer only as named on
        # the attack's noun, never the sentence's subject ("X condemned the strike that killed …"); the passive
        # subject is the target
        return trigger, [t.i for c in trigger.head.children if c.dep_ in ("compound", "amod", "nmod", "poss")
                         for t in c.subtree]
    if trigger.dep_ != "pobj" or trigger.head.dep_ != "prep" or trigger.head.lower_ not in ("in", "during", "by"):
        return None
    verb = trigger.head.head
    lemma = _lemma(verb)
    dying = lemma in _words().deaths or (lemma in ("kill", "wound", "injure") and _passive_without_agent(verb))
    if not dying or verb.pos_ not in ("VERB", "AUX"):
        return None
    return verb, [t.i for c in trigger.children if c.dep_ in ("compound", "amod", "nmod", "poss") for t in c.subtree]


def _own_state(source_id: str | None, target_id: str | None) -> bool:
    state = state_in_id(target_id)
    return str(source_id or "").startswith("PER.") and state == target_id and state_in_id(source_id) == state


def own_state_aside(source_id: str | None, target_id: str | None, span, trigger):
    """When the source is a known office-holder (``PER.<ISO3>.name``) and the target the state they serve
    (``<ISO3>``) named outside the clause of ``trigger`` (a spaCy token; a modal or particle stands for its
    verb): the token that puts the target's mention ``span`` aside, else None. That token heads a relative
    clause ("granted citizenship to foreigners who fought for Avarian units": the clause's noun is the target),
    an adverbial clause with a subject of its own ("ordered that … after she said she wanted to return to
    the UK"), or the sentence (a mention outside the act's clause). An own state in the act's own clause stays
    its target, as the PLOVER gold data code it ("defended Germany's decision", "imposed martial law, plunging
    Pakistan into …", "said the government must ensure security")."""
    if not _own_state(source_id, target_id):
        return None
    verb = trigger.head if trigger.dep_ in ("aux", "auxpass", "prt", "dobj", "nsubj", "nsubjpass") else trigger
    tok = span.root
    for _ in range(16):
        if tok.i in (verb.i, trigger.i):
            return None
        if tok.dep_ == "relcl" or tok.head.i == tok.i or (
                tok.dep_ == "advcl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)):
            return tok
        tok = tok.head
    return tok


def _named_counterpart(span, trigger) -> bool:
    """The mention ``span`` is named as whom ``trigger`` is done with: its object, or the object of its "with"."""
    root = span.root
    if root.head.i == trigger.i and root.dep_ in ("dobj", "nsubj", "nsubjpass", "conj"):
        return True
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ == "with" and prep.head.i == trigger.i


def own_state_counterpart(pairs: list[tuple], trigger, etype: str) -> list[tuple]:
    """``pairs`` ((span, actor id) or None, twice) of a CONSULT without those whose target is the state the
    source serves (a ``PER.<ISO3>.name`` source, an ``<ISO3>`` target) named only as what the talks are about
    ("A and B discussed the B state's preparations"): a participant's own state is no counterpart unless
    named as one ("met the Avarian government"). A source left with no other pair takes the other source of
    the talks as its counterpart ("A and B discussed …": B -> A), else keeps its event with no target."""
    if etype != "CONSULT":
        return pairs
    out = []
    for src, tgt in pairs:
        if src is None or tgt is None or not _own_state(src[1], tgt[1]) or _named_counterpart(tgt[0], trigger):
            out.append((src, tgt))
        elif not any(s is not None and s[1] == src[1] and (t is None or not _own_state(s[1], t[1])) for s, t in pairs):
            other = next((s for s, _ in pairs if s is not None and s[1] != src[1]), None)
            out.append((src, other))
    return out
