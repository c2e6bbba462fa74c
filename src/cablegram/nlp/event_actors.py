"""Who did what to whom: source and target actors of an event from the parse and the actor mentions.

Actor mentions come from ``doc.spans["cg_actors"]`` / ``doc._.cg_mentions`` (the actors component) plus the
named entities it left out. The source is the trigger's subject (or the agent of a passive), the target its
object; conjoined actors ("Kuleba and Rau", "Germany and France") each make their own (source, target) pair;
places named in a locative phrase ("in Warsaw") are the event's place, never its target.
"""

from __future__ import annotations

from functools import lru_cache

from ..kb.loader import read_actors, shipped_paths
from ..kb.places import read_places, shipped_places
from .chunks import sentence_noun_chunks
from .doc_cache import group_bounds
from .event_gates import death_roles, left_out, modifier_roles, own_state_aside, phrase_head
from .lexicons import load_lexicon
from .modality import modality_cues

_ACTOR_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
# Prepositions of a locative phrase: "met Kuleba in Warsaw" names the place, not a participant.
_LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "around", "across", "throughout"})
LOCATIVE_PREPS = _LOCATIVE_PREPS  # read by the direction ranker (event_direction.venue_of_source)
# "from" names an origin, not a giver, after a verb of travel ("fled from Orsk", "returned from Orsk").
_TRAVEL_VERBS = frozenset("""flee fled flees fleeing return returned returns returning travel travelled traveled
arrive arrived arriving come came fly flew flown move moved withdraw withdrew withdrawn evacuate evacuated escape
escaped deport deported expel expelled transfer transferred""".split())
_MAX_PAIRS = 8
# Objects that name the act, not a participant ("condemned the killing", "approved the request").
_EVENT_NOUNS = frozenset("""killing killings attack attacks decision decisions request requests demand demands
proposal proposals plan plans move moves talks meeting meetings visit deal agreement accord offer call calls
sanctions support aid assistance statement statements charges charge investigation probe operation operations
efforts effort action actions measures steps role way part""".split())

def actor_spans(doc) -> list[tuple[object, str]]:
    """(span, actor id) of actor mentions: the actors component's, plus named entities it left out
    (an unknown state or group is still a participant, keyed by its text; a known place is keyed by its
    country's code, the state acting there)."""
    spans = []
    group = doc.spans.get("cg_actors") if "cg_actors" in doc.spans else None
    if group:
        spans = [(s, s._.cg_actor_id or s.text) for s in group]
    elif doc._.cg_mentions:
        for m in doc._.cg_mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                spans.append((span, m.actor_id))
    return sorted(spans + _left_out_entities(doc, spans), key=lambda c: c[0].start)


def _left_out_entities(doc, spans: list[tuple[object, str]]) -> list[tuple[object, str]]:
    """(entity, actor id) of the named entities the actor mentions ``spans`` leave out that are participants."""
    out: list[tuple[object, str]] = []
    taken = {i for s, _ in spans for i in range(s.start, s.end)}
    # A known place (kb/data/places.jsonl) that acts stands for its country ("an offensive on Kharkiv": UKR);
    # one named as where something happens or comes from ("aid from al-Hawl") is the event's place only.
    country = {(p.start, p.end): p.kb_id_ for p in doc.spans.get("cg_places", []) if p.kb_id_}
    # a name the actors component resolved elsewhere in the document ("the US" … "US-backed forces")
    known = {s.text: aid for s, aid in spans if aid and aid != s.text}
    for ent in doc.ents:
        if ent.label_ not in _ACTOR_LABELS or any(i in taken for i in range(ent.start, ent.end)):
            continue
        key = (ent.start, ent.end)
        if key in country and not _origin_place(ent):
            out.append((ent, country[key]))
        elif key not in country and ent.label_ == "GPE" and ent.text in known:
            out.append((ent, known[ent.text]))
        elif key not in country and _unresolved_participant(ent):
            out.append((ent, ent.text))
    return out + _places_the_tagger_missed(doc, taken, out)


def _places_the_tagger_missed(doc, taken: set[int], found: list[tuple[object, str]]) -> list[tuple[object, str]]:
    """(place, its country's code) for known places (``cg_places``) that no actor-labelled entity covers
    because the tagger gave them no label or a time/date one ("strikes on Kyiv overnight" tagged TIME as a
    whole): they act for their country like any known place, unless named as an origin. ``taken``: tokens
    of the actor mentions; ``found``: entities already added."""
    taken = taken | {i for s, _ in found for i in range(s.start, s.end)}
    out = []
    for place in doc.spans.get("cg_places", []):
        if not place.kb_id_ or any(i in taken for i in range(place.start, place.end)) or _origin_place(place):
            continue
        labels = {t.ent_type_ for t in place if t.ent_type_}
        if labels and not labels <= {"TIME", "DATE"}:
            continue
        out.append((place, place.kb_id_))
    return out


def _unresolved_participant(ent) -> bool:
    """An entity no actor covers that still names a participant, keyed by its text: :func:`names_participant`
    and no word that only describes a noun (:func:`_attribute_word`)."""
    return names_participant(ent) and not _attribute_word(ent)


def _attribute_word(ent) -> bool:
    """True when an entity the actors component left unresolved only describes a noun: a nationality adjective
    or a short form modifying it ("a British woman", "US citizens", "Kurdish-led units"). The actors component
    resolves those that act; the others are no participant, so the event slot takes the noun's actor, if any,
    or stays empty. A noun of an office or a body that acts for a state (``plover.toml``
    ``non_act.frames.actor_nouns``, ``participants.office_nouns``) keeps the adjective of a state the knowledge
    base does not know as a participant ("a Dunmarkian court", "his Dunmarkian counterpart")."""
    root = ent.root
    if ent.label_ not in ("NORP", "GPE") or root.head.i < ent.end:
        return False
    if root.dep_ == "npadvmod" and ent.label_ == "NORP":  # "Kurdish-led units": who leads them, no actor named
        return True
    noun = root
    for _ in range(4):  # through adjectives and compounds to the noun they modify
        if noun.dep_ not in ("amod", "compound", "nmod") or noun.head.i <= noun.i:
            break
        noun = noun.head
    return noun is not root and noun.pos_ in ("NOUN", "PROPN") and not _office_noun(noun)


@lru_cache(maxsize=1)
def _office_nouns() -> frozenset[str]:
    lex = load_lexicon("plover")
    words = [*lex.get("non_act", {}).get("frames", {}).get("actor_nouns", []),
             *lex.get("participants", {}).get("office_nouns", [])]
    return frozenset(str(w).casefold() for w in words)


def _office_noun(tok) -> bool:
    return tok.lower_ in _office_nouns() or tok.lemma_.casefold() in _office_nouns()


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    return frozenset(str(c).upper() for c in load_lexicon("currencies").get("codes", []))


def names_participant(span) -> bool:
    """True when an unresolved ``span`` can stand for people or a group by its own words: it holds a word of
    two letters or more, no replacement character (U+FFFD), is not a currency code ("CAD", "eur") and is no
    typed place named as where something comes from ("aid from al-Hawl")."""
    text = span.text.strip()
    if "\ufffd" in text or text.upper() in _currency_codes() or _origin_place(span):
        return False
    return any(tok.is_alpha and len(tok.text) > 1 and tok.text.upper() not in _currency_codes() for tok in span)


def place_phrase(span, typed_place: bool = False):
    """True when ``span`` names where an event happens or comes from: the object of a locative preposition
    ("a threat in Iraq and Syria", "fighters across the region"), whatever the phrase hangs on, or of "from"
    when the mention is a place the actors component typed as one (``typed_place``: "aid from al-Hawl") or the
    phrase hangs on a verb of travel ("fled from Orsk"). Returns that preposition token, else None."""
    tok = phrase_head(span)
    prep = tok.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else _list_preposition(span)
    if prep is None:
        return None
    if prep.lower_ in _LOCATIVE_PREPS:
        return prep
    return prep if prep.lower_ == "from" and (typed_place or prep.head.lower_ in _TRAVEL_VERBS) else None


def place_of_source(span, trigger) -> bool:
    """True when ``span`` names where the event or its acting party is (:func:`place_phrase` hanging on an
    event noun or on a subject: "a threat in Iraq and Syria", "fighters across Iraq and Syria attacked"), so it is
    not the source; a place phrase on another noun ("released from captivity in Libya") is left to the rules."""
    prep = place_phrase(span)
    if prep is None:
        return False
    # a state where a verb's act took place stands for its agent in PLOVER ("was arrested in Lebanon")
    return (prep.head.i == trigger.i and trigger.pos_ in ("NOUN", "PROPN")) or prep.head.dep_ in _SUBJECTS


def _placed_subject(span, in_sent) -> tuple | None:
    """The subject a place phrase hangs on ("the police in Orsk" gives "the police"): an actor mention heading
    it, else its noun phrase; None when the phrase hangs on the trigger itself."""
    head = place_phrase(span).head
    if head.dep_ not in _SUBJECTS:
        return None
    held = [c for c in in_sent if c[0].start <= head.i < c[0].end]
    return held[0] if held else phrase_of(head)


def _placed_source(source, rule_source, trigger, in_sent) -> tuple | None:
    """The source in place of a chosen ``source`` that names where the act or its doer is
    (:func:`place_of_source`): the rules' source, unless it is such a place too or the article's dateline
    ("MOSCOW (Wire) - A court in Valoria revoked …"); then the subject the place phrase hangs on ("a court")."""
    if rule_source is None:
        return None
    if _is_dateline(rule_source[0]):
        return _placed_subject(source[0], in_sent)
    return _placed_subject(rule_source[0], in_sent) if place_of_source(rule_source[0], trigger) else rule_source


def _list_preposition(span):
    """The preposition that opens the list of names ``span`` ends or belongs to, read from the words where the
    parse went wrong ("across Iraq and Syria" with "Syria" parsed as a conjunct of the noun before): the mention
    follows the preposition, or "and"/"or" after a name that does; else None."""
    doc, i = span.doc, span.start - 1
    while i >= 0 and doc[i].pos_ == "DET":
        i -= 1
    if i >= 0 and doc[i].pos_ == "ADP":
        return doc[i]
    if i < 0 or doc[i].lower_ not in ("and", "or"):
        return None
    for j in range(i - 1, max(i - 12, -1), -1):  # back over the earlier names of the list
        tok = doc[j]
        if tok.pos_ == "ADP":
            return tok
        if not (tok.pos_ in ("PROPN", "DET", "PUNCT") or tok.lower_ in ("and", "or") or tok.ent_type_):
            return None
    return None


def _subject_of(token):
    """The (subject, passive?) governing ``token``, looking up through xcomp/conj chains."""
    current = token
    for _ in range(5):
        for child in current.children:
            if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
                # A passive subject is the target only of its own verb: one raised from a complement
                # ("X is expected to visit", "X is believed to have moved") is that verb's agent, unless
                # that verb is itself passive ("X was reported to have been killed": X is its target).
                return child, child.dep_ == "nsubjpass" and (current.i == token.i or any(
                    c.dep_ == "auxpass" for c in token.children))
        if current.dep_ in ("xcomp", "conj", "advcl", "ccomp", "relcl", "acl") and current.head.i != current.i:
            if current.dep_ in ("relcl", "acl"):
                # "lawmakers approved a resolution urging Moscow …": the resolution's maker acts.
                if current.head.dep_ in ("dobj", "pobj") and current.head.head.pos_ in ("VERB", "AUX", "ADP"):
                    current = current.head.head if current.head.dep_ == "dobj" else current.head.head.head
                    continue
                return current.head, False
            current = current.head
        else:
            break
    return None, False


def _span_in(span, token) -> bool:
    return token.left_edge.i <= span.start and span.end - 1 <= token.right_edge.i


def _clause_verb(trigger):
    """The verb whose clause states the event: the trigger itself, or the verb an event noun is an
    argument of ("a loan … was approved by X" → "approved")."""
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("nsubj", "nsubjpass", "dobj") \
            and trigger.head.pos_ in ("VERB", "AUX"):
        return trigger.head
    return trigger


def prep_objects(head, preps=None, after: int = -1) -> list:
    """The objects of the prepositions on ``head`` (of those whose word is in ``preps`` when given, and that come
    after token index ``after``), in order: "met Kuleba [in Warsaw]" → [Warsaw]."""
    return [g for c in head.children if c.dep_ == "prep" and (preps is None or c.lower_ in preps) and c.i > after
            for g in c.children if g.dep_ == "pobj"]


def _agent(verb):
    """The noun of a passive "by" phrase on ``verb``."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _object_tokens(trigger) -> list:
    """Tokens that may hold the event's target, nearest first: objects of the trigger, objects of its
    prepositions, then arguments of its clausal complement ("denied that troops crossed into X")."""
    objs = [c for c in trigger.children if c.dep_ in ("dobj", "dative", "attr", "pobj")]
    objs += prep_objects(trigger)
    for comp in (c for c in trigger.children if c.dep_ in ("xcomp", "ccomp")):
        objs += [g for g in comp.children if g.dep_ in ("dobj", "dative")]
        objs += prep_objects(comp)
        objs += [g for g in comp.children if g.dep_ in ("nsubj", "nsubjpass")]
    return objs


def _differs(cand, other) -> bool:
    """True when ``cand`` is another mention of another actor than ``other`` (or ``other`` is None);
    unresolved phrases (id None) differ when their words do."""
    if other is None:
        return True
    same_actor = cand[1] is not None and cand[1] == other[1]
    return cand[0].start != other[0].start and not same_actor


_NO_PHRASE = frozenset({"PRON", "DET", "NUM", "PART"})


def phrase_of(token):
    """An unresolved participant: ``(noun chunk, None)`` for a noun that names no known actor
    ("protesters", "two servicemen"), or None for pronouns, numbers and the like."""
    if token.pos_ in _NO_PHRASE or token.pos_ not in ("NOUN", "PROPN"):
        return None
    span = next((c for c in sentence_noun_chunks(token.sent) if c.root.i == token.i),  # not Span.noun_chunks:
                token.doc[token.i:token.i + 1])  # that walks the whole Doc
    return (span, None) if names_participant(span) else None


def _origin_place(span) -> bool:
    """True when ``span`` overlaps a mention the actors component typed as a place (city, camp, river…) that
    follows "from" ("aid from al-Hawl"): where something comes from, never a participant."""
    doc = span.doc
    return any(start < span.end and span.start < end and _after_from(doc[start:end])
               for start, end, _, _ in group_bounds(doc, "cg_places"))


def _after_from(place) -> bool:
    prep = _list_preposition(place)
    return prep is not None and prep.lower_ == "from"


def possessor(noun, in_sent) -> tuple | None:
    """ "Kyiv denied that its forces shelled …": "its forces" act for the subject of the governing clause."""
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in noun.children):
        return None
    verb = noun.head
    for _ in range(4):
        if verb.head.i == verb.i:
            break
        verb = verb.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            cands = [c for c in in_sent if _span_in(c[0], subj)]
            return _best_of(cands, subj) if cands else None
    return None


def _is_dateline(span) -> bool:
    """ "MOSCOW —", "THE HAGUE (Reuters) -": a place heading the article, not a participant."""
    return span.start == span.sent.start and span.text.isupper() and len(span.text) > 2


def _from_subject(trigger, in_sent) -> tuple[tuple | None, tuple | None]:
    """(source, target) from the grammatical subject and a passive's agent."""
    if trigger.dep_ == "compound":  # "a telephone call with X": the phrase's head carries the arguments
        trigger = trigger.head
    source = target = None
    verb = _clause_verb(trigger)
    if verb is trigger:
        subject, passive = _subject_of(trigger)
    elif trigger.dep_ == "dobj":  # "Marenia approved a loan": the verb's subject acts
        subject, passive = _subject_of(verb)
    else:  # the event noun is itself the subject ("a loan was approved by …")
        subject, passive = None, False
    if subject is not None:
        cands = [(s, a) for s, a in in_sent if _span_in(s, subject) and not _in_clause_of(s, subject)]
        chosen = _best_of(cands, subject) if cands else (possessor(subject, in_sent) or phrase_of(subject))
        if chosen is not None:
            source, target = (None, chosen) if passive else (chosen, None)
    agent = _agent(trigger) or (_agent(verb) if verb is not trigger else None)
    if agent is not None:
        cands = [(s, a) for s, a in in_sent if _span_in(s, agent)]
        source = cands[0] if cands else (phrase_of(agent) or source)
    return source, target


def _from_objects(trigger, in_sent, source) -> tuple | None:
    """The target among the trigger's objects (nearest first), else an actor after it in its own clause
    that is no verb's subject ("Russia could strike …, Medvedev warned": Medvedev is not the target)."""
    if trigger.dep_ == "compound":
        trigger = trigger.head
    objects = _object_tokens(trigger)
    for obj in objects:
        cands = [c for c in in_sent if _span_in(c[0], obj) and _differs(c, source) and not _in_clause_of(c[0], obj)]
        if cands:
            return _best_of(cands, obj)
    after = [c for c in in_sent if c[0].start > trigger.i and _differs(c, source) and _span_in(c[0], trigger)
             and not _in_clause_of(c[0], trigger) and c[0].root.dep_ not in ("nsubj", "nsubjpass")]
    if after:
        return after[0]
    return None


def _object_phrase(trigger, source) -> tuple | None:
    """No known actor: the first object that names people or a group ("arrested a handful of journalists")."""
    if trigger.dep_ == "compound":
        trigger = trigger.head
    for obj in _object_tokens(trigger):
        if obj.ent_type_ not in ("DATE", "TIME", "MONEY", "CARDINAL", "PERCENT", "QUANTITY") and obj.lower_ not in _EVENT_NOUNS:
            phrase = phrase_of(obj)
            if phrase is not None and _differs(phrase, source):
                return phrase
    return None


def _attacked_place(trigger, actors, source) -> tuple | None:
    """An attack on a place hits the state that holds it ("strike targets in Poland")."""
    places = [(s, a) for s, a in actors if _span_in(s, trigger) and is_locative(s) and _differs((s, a), source)]
    return places[0] if places else None


def assign_actors(trigger, sent, actors, attack: bool = False) -> tuple[tuple | None, tuple | None]:
    """Source and target (span, id) for an event triggered by ``trigger``.

    The target is the semantic object, never the source again unless the sentence names that actor
    a second time as the object itself; locative mentions ("in Warsaw") are never either, except that an
    ``attack`` (ASSAULT) with no other target targets the place it hits.
    """
    in_sent = [(s, a) for s, a in actors if sent.start <= s.start and s.end <= sent.end and not is_locative(s)]
    if not in_sent:
        return None, None
    source, target = _from_subject(trigger, in_sent)
    if target is None:
        target = _from_objects(trigger, in_sent, source)
    if target is None and attack:
        target = _attacked_place(trigger, actors, source)
    if target is None:
        target = _object_phrase(trigger, source)
    if source is not None and place_of_source(source[0], trigger):
        source = _placed_subject(source[0], in_sent)
    if source is None:
        source = _source_before(in_sent, trigger, target, attack)
    return source, target


def _source_before(in_sent, trigger, target, attack: bool) -> tuple | None:
    """The first mention before the trigger that can be the source when the parse names none: not the target,
    a dateline, a place of the act or (for an ``attack``) the teller of a passive act."""
    before = [c for c in in_sent if c[0].end <= trigger.i and _differs(c, target) and not _is_dateline(c[0])
              and not place_of_source(c[0], trigger) and not (attack and _teller_of_passive(c[0], trigger))]
    return before[0] if before else None


def _teller_of_passive(span, trigger) -> bool:
    """True when ``trigger`` is a passive verb with no agent in the complement clause of a verb whose subject
    holds ``span`` ("X told the paper that Y had been killed", "X's family believed she had been killed"):
    the one who tells of the act, not its doer. (Used for attacks only: a minister who said "Vietnam is
    committed to …" speaks for the state.)"""
    if trigger.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "auxpass" for c in trigger.children) \
            or _agent(trigger) is not None:
        return False
    tok = span.root
    for _ in range(4):
        if tok.dep_ not in ("poss", "compound", "amod", "appos", "nmod") or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok.dep_ != "nsubj":
        return False
    step = trigger
    for _ in range(8):
        if step.head.i == step.i:
            return False
        if step.head.i == tok.head.i:
            return step.dep_ == "ccomp"
        step = step.head
    return False


def _best_of(cands, phrase):
    """The mention that heads the phrase ("Ukrainian Foreign Minister Dmytro Kuleba": the person, not
    "Ukrainian"), then a resolved actor over a bare named entity, then the one nearest the phrase head."""
    return min(cands, key=lambda c: (not (c[0].start <= phrase.i < c[0].end), c[1] == c[0].text,
                                     abs(c[0].root.i - phrase.i)))


def _in_clause_of(span, head) -> bool:
    """True when ``span`` sits inside a clause (relative, participial, conjoined verb, complement) below
    ``head`` rather than in ``head``'s own phrase."""
    tok = span.root
    for _ in range(12):
        if tok.i == head.i or tok.head.i == tok.i:
            return False
        if tok.dep_ in ("relcl", "acl", "ccomp", "advcl") or (tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX")):
            return any(a.i == head.i for a in tok.ancestors)
        tok = tok.head
    return False


def is_locative(span) -> bool:
    """True when the mention sits in a locative phrase ("in Warsaw", "at the UN headquarters in Geneva"):
    a place of the event, not one of its participants."""
    tok = phrase_head(span)
    prep = tok.head
    # "met Kuleba in Warsaw" is a place (the phrase hangs on the verb or a name); "targets in Poland",
    # "civilians in Gaza" describe a participant by a common noun.
    return tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in _LOCATIVE_PREPS and prep.head.pos_ != "NOUN"


@lru_cache(maxsize=1)
def _bearings() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_lexicon("event_direction").get("nested_places", {}).get("bearings", []))


def nested_place(span, trigger) -> bool:
    """True when the mention ``span`` names a place inside another place's phrase on the act (``event_direction.toml``
    ``[nested_places]``): in a locative phrase on a noun that is itself the object of a locative preposition on the
    trigger or on what it acts on ("fired on marchers at the palace in X", "fired at marchers outside the embassy in
    X"), or after a word of bearing there ("clashed around the depot north of X"). Where the act was, never its target.
    Not a place of a thing acted on ("captured three towns west of X", "the outskirts of X": plv takes the place)."""
    tok = phrase_head(span)
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    holder = prep.head
    if prep.lower_ == "of" and holder.lower_ in _bearings():
        holder = holder if holder.dep_ == "pobj" else holder.head  # "around [the depot] north of X"
    elif prep.lower_ not in _LOCATIVE_PREPS or holder.pos_ != "NOUN":
        return False
    outer = holder.head
    if holder.dep_ != "pobj" or outer.dep_ != "prep" or outer.lower_ not in _LOCATIVE_PREPS:
        return False
    return _hangs_on_act(outer, trigger)


def _hangs_on_act(prep, trigger) -> bool:
    """The preposition ``prep`` hangs on ``trigger``, on its direct object, or on the object of another preposition on
    it ("opened fire on [protesters] at …")."""
    head = prep.head
    if head.i == trigger.i:
        return True
    if head.dep_ == "dobj" and head.head.i == trigger.i:
        return True
    return head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i == trigger.i


def place_of_act(span, actor_id, trigger) -> bool:
    """True when the resolved mention ``span`` (``actor_id``: its actor, None when unresolved) is a place in a
    locative phrase on the act's verb, on a population or on a thing done there ("imposed curfews on Tuesday in
    Lahore and Multan", "aid to help people in Somalia, Ethiopia and Kenya", "operations in Iraq"): as ICEWS
    and POLECAT code it, the state the place belongs to is then the target, and the place stays the event's
    place. A phrase on the trigger's own noun or on the noun of its object ("poses a threat in Iraq and
    Syria") only says where the act is, and one on a party of its own ("killed fighters in Syria and Iraq")
    describes that party: neither gives a target (``event_direction.toml`` ``[participants]``)."""
    if actor_id is None:
        return False
    tok = span.root
    for _ in range(6):
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            break
        tok = tok.head
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _LOCATIVE_PREPS or prep.head.i == trigger.i:
        return False
    holder = prep.head
    if holder.pos_ == "VERB":
        return True
    # a party of its own ("fighters in Iraq and Syria") is the target itself; a population or a thing done
    # there ("people in …", "operations in …") stands for the place's state
    people, generic = _participant_words()
    lemma = holder.lemma_.casefold()
    return holder.pos_ in ("NOUN", "PROPN") and holder.head.i != trigger.i and (lemma not in people or lemma in generic)


@lru_cache(maxsize=1)
def _participant_words() -> tuple[frozenset[str], frozenset[str]]:
    """(people, generic) head-noun lemmas of ``event_direction.toml`` ``[participants]``."""
    lex = load_lexicon("event_direction").get("participants", {})
    return (frozenset(str(w).casefold() for w in lex.get("people", [])),
            frozenset(str(w).casefold() for w in lex.get("generic", [])))


def conjuncts(chosen, sent, actors) -> list[tuple]:
    """Actor mentions conjoined with ``chosen`` ("Kuleba and Rau", "Germany and France"), nearest first."""
    if chosen is None:
        return []
    root = chosen[0].root
    group = _conjoined_group(root) | _repeated_preposition_objects(root)
    # a state named by a modifier of the conjoined noun ("Nigerien soldiers and African Union troops"): the noun's list,
    # its members named themselves too ("received Fatah and Jordanian envoys": Fatah beside Jordanian)
    nouns = (_conjoined_group(root.head) - _appositions(root.head)
             if root.dep_ in _MODIFIER_DEPS and root.head.pos_ == "NOUN" else set())
    listed = len(nouns) > 1
    # and a state named by a modifier of another member of the chosen one's own list ("met Hezbollah and Lebanese
    # army officials": Lebanese beside Hezbollah)
    # (not a state modifying the chosen one's own title in apposition: "met Sudmark's foreign minister Piet Dellin")
    others = group - {root.i} - _appositions(root)
    return [c for c in actors if sent.start <= c[0].start and c[0].end <= sent.end
            and (c[0].root.i in group or (len(group) > 1 and _modifies_member(c[0].root, others))
                 or (listed and (c[0].root.i in nouns or _modifies_member(c[0].root, nouns))))
            and c[0].start != chosen[0].start and c[1] != chosen[1]]


# nouns of a body of people that the people of its "of" phrase stand for in a list ("a team of X negotiators")
_BODIES = frozenset({"team", "group", "delegation", "party", "contingent", "pair", "handful", "panel", "body"})


def _repeated_preposition_objects(tok) -> set[int]:
    """The objects of a preposition repeated in a conjoined phrase of the same verb as ``tok``'s ("called on Israel to
    halt the strikes and on Hamas to free the hostages": Hamas beside Israel), however the parser hangs the repeat."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return set()
    repeats = [t for t in prep.head.subtree if t.dep_ == "conj" and t.pos_ == "ADP" and t.lower_ == prep.lower_
               and t.i > prep.i]
    return {g.i for t in repeats for g in t.children if g.dep_ == "pobj"}


def repeated_addressee(span, verb) -> bool:
    """``span`` is the object of a preposition of ``verb`` repeated in a conjoined phrase ("called on Israel to halt
    the strikes and on Hamas to free the hostages": Hamas), one the act is addressed to, wherever the parser hangs it."""
    return any(span.root.i in _repeated_preposition_objects(g) for c in verb.children if c.dep_ == "prep"
               for g in c.children if g.dep_ == "pobj")


def _conjoined_group(first) -> set[int]:
    """Token indices of the list ``first`` belongs to (its conjuncts and appositions, from the list's first member;
    the people of a body's "of" phrase with it: "a Russian delegation and a team of Ukrainian negotiators")."""
    for _ in range(10):
        if first.dep_ != "conj" or first.head.i == first.i:
            break
        first = first.head
    group, stack = set(), [first]
    while stack and len(group) < 64:
        tok = stack.pop()
        group.add(tok.i)
        stack.extend(c for c in tok.children if c.dep_ in ("conj", "appos") and c.pos_ in ("PROPN", "NOUN"))
        if tok.lower_ in _BODIES or tok.lemma_.lower() in _BODIES:
            group.update(g.i for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                         for g in c.children if g.dep_ == "pobj" and g.pos_ in ("PROPN", "NOUN"))
    return group


_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})


def _appositions(tok) -> set[int]:
    """Token indices in apposition with ``tok`` (its head when it is an apposition, its appositive children): the
    same party named twice, a title and a name ("foreign minister Piet Dellin")."""
    linked = {c.i for c in tok.children if c.dep_ == "appos"}
    if tok.dep_ == "appos" and tok.head.i != tok.i:
        linked.add(tok.head.i)
    return linked


def _modifies_member(tok, group: set[int]) -> bool:
    """``tok`` modifies a noun of the conjoined ``group`` ("African Union" in "… and African Union troops")."""
    for _ in range(3):
        if tok.dep_ not in _MODIFIER_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i in group:
            return True
    return False


_PERSONAL = frozenset({"he", "she"})


def _is_person(cand) -> bool:
    span, actor_id = cand
    return span.root.ent_type_ == "PERSON" or str(actor_id or "").startswith(("PER.", "person:"))


def _is_known_person(cand) -> bool:
    """A person of the actor knowledge base (an office-holder, id ``PER.…``), not a name met in the text."""
    return str(cand[1] or "").startswith("PER.")


def pronoun_antecedent(pronoun, actors) -> tuple | None:
    """The person a sentence-initial subject "he"/"she" stands for: the one person named in the nearest of
    the two sentences before it that names any, when that person is a known one (``PER.…``); None when that
    sentence names several (no gender is known to choose between them) or an unknown person."""
    doc, sents, start = pronoun.doc, [], pronoun.sent.start
    while start > 0 and len(sents) < 2:
        sents.append(doc[start - 1].sent)
        start = sents[-1].start
    for sent in sents:
        people = [c for c in actors if sent.start <= c[0].start and c[0].end <= sent.end and _is_person(c)]
        if people:  # only a known person: no gender is known, and the text's other names are mostly private people
            return people[0] if len({c[1] for c in people}) == 1 and _is_known_person(people[0]) else None
    return None


def _resolve_pronoun_source(trigger, actors, source, target) -> tuple:
    """ "He met leaders of the G7": the event's subject pronoun stands for the person named just before
    (:func:`pronoun_antecedent`) when no source was found before the trigger; the source is that person (the pronoun's span, the person's id), and a
    mention chosen as source after the trigger becomes the target (over an unresolved phrase)."""
    subject, passive = _subject_of(_clause_verb(trigger.head if trigger.dep_ == "compound" else trigger))
    if subject is None or passive or subject.lower_ not in _PERSONAL or subject.i != subject.sent.start:
        return source, target
    if source is not None and source[0].start < trigger.i:  # the parse or the ranker found a source before it
        return source, target
    antecedent = pronoun_antecedent(subject, actors)
    if antecedent is None:
        return source, target
    if source is not None and (target is None or target[1] is None) and source[0].start > trigger.i:
        target = source
    return (subject.doc[subject.i:subject.i + 1], antecedent[1]), target


_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})


def _list_head(tok):
    """The first member of the coordination or apposition ``tok`` belongs to ("Avaria, Brelund or Corvia")."""
    for _ in range(16):
        if tok.dep_ not in ("conj", "appos") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def same_list(a, b) -> bool:
    """True when mentions ``a`` and ``b`` are two members of one list that is not (in) a subject: "countries
    such as Avaria, Brelund and Corvia" names no dyad ("Avaria and Brelund agreed", "Avarian and Brelundian
    negotiators agreed" do: the list acts)."""
    head = _list_head(a.root)
    if head.i != _list_head(b.root).i or a.root.i == b.root.i:
        return False
    for _ in range(4):  # up to the head of the noun phrase the list modifies
        if head.dep_ not in ("compound", "amod", "nmod", "poss") or head.head.i == head.i:
            break
        head = head.head
    return head.dep_ not in _SUBJECTS


def event_place(span, trigger) -> bool:
    """True when ``span`` is a place named in a locative phrase of the event ("met … in Orsk", "the summit
    in Orsk", "refused to meet negotiators in Orsk": of the act the trigger's complement names, or of its object):
    the event's place, not its target."""
    root = span.root
    if root.ent_type_ not in _PLACE_ENTS:
        return False
    if is_locative(span):
        return True
    tok = _list_head(root)
    prep = tok.head
    # the phrase hangs on the trigger, on the verb an event noun is an argument of, or on the verb's event
    # noun ("held talks in Orsk")
    held = {trigger.i} | {c.i for c in trigger.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")}
    if trigger.dep_ in ("dobj", "pobj", "nsubj"):
        held.add(trigger.head.i)
    for act in (c for c in trigger.children if c.dep_ == "xcomp"):  # "refused to meet negotiators in Orsk"
        held |= {act.i} | {c.i for c in act.children if c.dep_ == "dobj"}
    return tok.dep_ == "pobj" and prep.lower_ in _LOCATIVE_PREPS and prep.head.i in held


def can_target(target, source, trigger, meeting: bool = False) -> bool:
    """True when ``target`` ((span, actor id) or None) can be the event's target given ``source``: not the
    source's actor again, not another member of the source's list, and for a ``meeting`` (CONSULT) not the
    place it was held in (the PLOVER gold data take the place of other acts as their target: "suspended
    talks in Geneva", "captured the mosque in Mosul"; a refusal of or a demand for a meeting counts as one:
    :func:`addressed_meeting`)."""
    if target is None:
        return True
    if source is not None and (not _differs(target, source) or target[0].text == source[0].text
                               or same_list(target[0], source[0])):
        return False
    return not (meeting and event_place(target[0], trigger))


def addressed_meeting(etype: str, trigger) -> bool:
    """A refusal or a demand (REJECT, REQUEST) whose complement is a meeting with someone it names as its object
    ("refused to meet the negotiators in Orsk", "asked to meet the envoys in Orsk"): where they would meet is no
    target, as for a meeting (:func:`can_target`)."""
    return etype in ("REJECT", "REQUEST") and bool(_met_objects(trigger))


_MEETING_VERBS = frozenset({"meet", "receive", "host", "visit", "see"})


def _met_objects(trigger) -> list:
    """The direct objects of the meeting verbs that are ``trigger``'s complements ("refused to meet the
    negotiators": [negotiators])."""
    return [o for c in trigger.children if c.dep_ == "xcomp" and c.lemma_.lower() in _MEETING_VERBS
            for o in c.children if o.dep_ == "dobj"]


def _met_party(trigger) -> tuple | None:
    """``(noun chunk, None)`` of whom the meeting a trigger's complement names would meet ("refused to meet
    opposition negotiators in X": the negotiators), else None."""
    objects = _met_objects(trigger)
    return phrase_of(objects[0]) if objects else None


_TIME_PREPS = frozenset({"after", "before", "during", "following", "since", "until", "amid", "amidst"})
_PARTY_PREPS = frozenset({"with", "against", "between", "by"})
_MEASURE_NOUNS = frozenset({"week", "weeks", "day", "days", "month", "months", "year", "years", "round", "rounds",
                            "hours", "night", "nights"})


def in_time_phrase(cand, trigger) -> bool:
    """True when the mention or phrase ``cand`` is a party ("with", "against", "between", "by") of the happening
    a phrase of time on the trigger's verb names ("pulled its fighters out after a week of clashes with the army"):
    a party of another happening, not of this act: only for a fight (``event_direction.toml`` ``[time_phrase]``);
    the partner of talks or deliberations there stays the act's ("called off the strike after deliberations
    with the government")."""
    if cand is None or trigger.pos_ not in ("VERB", "AUX"):
        return False
    head = phrase_head(cand[0])
    if not (head.dep_ == "pobj" and head.head.lower_ in _PARTY_PREPS):
        return False  # a place there may still be the act's ("resigned after protests in Peru", as plv codes it)
    root, fights = cand[0].root.i, _fight_nouns()
    for prep in (p for p in trigger.children if p.dep_ == "prep" and p.lower_ in _TIME_PREPS):
        if root in {t.i for t in prep.subtree} and any(n.lower_ in fights or n.lemma_.lower() in fights
                                                        for n in _time_phrase_nouns(prep)):
            return True
    return False


def _time_phrase_nouns(prep) -> list:
    """The nouns a phrase of time names: its object, and through a measure of time the noun measured ("after a
    week of clashes")."""
    nouns = [o for o in prep.children if o.dep_ == "pobj"]
    measured = [p for o in nouns if o.lower_ in _MEASURE_NOUNS for p in o.children if p.lower_ == "of"]
    return nouns + [g for p in measured for g in p.children if g.dep_ == "pobj"]


@lru_cache(maxsize=1)
def _fight_nouns() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_lexicon("event_direction").get("time_phrase", {}).get("fights", []))


def actor_pairs(trigger, sent, actors, max_pairs: int = _MAX_PAIRS, attack: bool = False, chooser=None,
                meeting: bool = False) -> list[tuple]:
    """(source, target) pairs of an event: one per conjoined source and target ("Blinken met Kuleba and Rau"
    gives two), each ``(span, actor id)`` or None; at most ``max_pairs`` and always at least one pair.
    ``chooser`` (e.g. :meth:`.event_direction.DirectionModel.choose`, bound) takes the rules' (source, target)
    and returns the pair to use."""
    # "countries other than X"; "a letter that did not mention X"
    actors = taking_part(actors, trigger)
    settled = _settled_pairs(trigger, sent, actors)
    if settled:
        return settled[:max_pairs]
    between = _between_pairs(trigger, sent, actors)
    if between:
        return between[:max_pairs]
    rule_source, rule_target = source, target = assign_actors(trigger, sent, actors, attack)
    if chooser is not None:
        source, target = _checked_choice(chooser((source, target)), (rule_source, rule_target), trigger, attack)
    target = _undergoer_over_place(trigger, target)
    source, target = _resolve_pronoun_source(trigger, actors, source, target)
    if source is not None and place_of_source(source[0], trigger):  # where it happened acts for no one
        source = _placed_source(source, rule_source, trigger, actors)
    source, target = body_of_members(source, actors), body_of_members(target, actors)
    if not can_target(target, source, trigger, meeting) or in_time_phrase(target, trigger):
        # the next-best: the rules' target, else whom a refused or asked meeting names, else none
        target = rule_target if can_target(rule_target, source, trigger, meeting) \
            and not in_time_phrase(rule_target, trigger) else _met_party(trigger)
    partners = [c for c in conjuncts(source, sent, actors) if not place_of_source(c[0], trigger)]
    mutual = mutual_pairs(source, target, partners, trigger)
    if mutual:
        return [(src, _own_state_checked(src, tgt, trigger)) for src, tgt in mutual[:max_pairs]]
    helpers = co_agents(trigger, sent, actors) if attack else []
    target = _outside_party(target, rule_target, source, helpers, trigger)
    sources = [source] + partners + ([c for c in helpers if _differs(c, source)] if target is not None else [])
    pairs = _cross_pairs(sources, [target] + conjuncts(target, sent, actors), trigger)
    return pairs[:max_pairs] or [(source, target)]


@lru_cache(maxsize=1)
def _undergoer_nouns() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_lexicon("event_direction").get("undergoers", {}).get("nouns", []))


@lru_cache(maxsize=1)
def _seizing_people() -> tuple[frozenset[str], frozenset[str]]:
    lex = load_lexicon("event_direction").get("undergoers", {})
    return (frozenset(str(w).lower() for w in lex.get("people", [])),
            frozenset(str(w).lower() for w in lex.get("seizing_verbs", [])))


def _undergoing_people(verb) -> frozenset[str]:
    """The people nouns that beat a known place as the target of ``verb`` when it seizes people (``[undergoers]``
    ``seizing_verbs``: "detained 30 students in X"); none for other verbs ("killed a worker in X": plv takes X)."""
    people, verbs = _seizing_people()
    return people if verb.lemma_.lower() in verbs else frozenset()


def _undergoer_over_place(trigger, target) -> tuple | None:
    """``target``, or where it is none or a place named in a locative phrase ("in the Sinai", "near Kidal") the
    passive subject of the trigger's verb when that names people, a group or a site: it undergoes the act ("a police
    convoy was attacked by gunmen in the Sinai": the convoy); for an unresolved place, the active verb's direct object
    too when it names people or a site (``event_direction.toml`` ``[undergoers]``: "struck militant hideouts in the
    border district"), and for a known place when it names people a verb of seizing takes (``people``,
    ``seizing_verbs``: "detained 30 students in X")."""
    head = phrase_head(target[0]) if target is not None else None
    verb = trigger if trigger.pos_ == "VERB" else None
    if head is not None and not (head.dep_ == "pobj" and (head.head.lower_ in _LOCATIVE_PREPS
                                                          or _route_of_verb(head.head, verb))):
        return target
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) if verb is not None else None
    if subject is None and verb is not None and target is not None:
        # an unresolved place ("in the border district") yields to what the act is done to ("struck militant
        # hideouts"); a known place stays, as plv codes it ("captured the mosque in Mosul": Iraq), unless people
        # undergo the act there ("detained 30 students in X": the students)
        nouns = _undergoer_nouns() if target[1] is None else _undergoing_people(verb)
        subject = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns), None)
    phrase = phrase_of(subject) if subject is not None else None
    return phrase if phrase is not None else target


def _route_of_verb(prep, verb) -> bool:
    """``prep`` is "on" or "along" hanging on the act's verb, which has a direct object, or on that object when it
    names people or a site (``[undergoers]``): the way where the act happened ("ambushed a patrol on the road to the
    airport"), not what it hits (an attack "on" X is the attack noun's)."""
    if verb is None or prep.lower_ not in ("on", "along"):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and (prep.head.i == verb.i or any(
        prep.head.i == o.i and o.lemma_.lower() in _undergoer_nouns() for o in objects))


def subject_phrase(trigger) -> tuple | None:
    """``(noun chunk, None)`` of the active subject of ``trigger``'s clause when it names people or a group
    (:func:`phrase_of`), else None."""
    subject, passive = _subject_of(_clause_verb(trigger))
    return phrase_of(subject) if subject is not None and not passive else None


@lru_cache(maxsize=1)
def body_member_words() -> tuple[frozenset[str], ...]:
    """(nouns, prepositions, organs, organ modifiers, state forces, their owning modifiers) of
    ``event_direction.toml`` ``[body_members]``."""
    lex = load_lexicon("event_direction").get("body_members", {})
    return tuple(frozenset(str(w).lower() for w in lex.get(k, []))
                 for k in ("nouns", "preps", "organs", "organ_modifiers", "state_forces", "owned_by_state"))


_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod"})


def _plain_organ(head, organs: frozenset[str], modifiers: frozenset[str]) -> bool:
    """The organ ``head`` has no modifier that makes it someone other than the state's own ("Rebel forces",
    "Opposition officials", "Russian-backed police"): each modifier before it is an organ word or of ``modifiers``."""
    return all(c.lower_ in organs or c.lower_ in modifiers for c in head.children
               if c.dep_ in _MODIFIER_DEPS and c.i < head.i)


def _state_forces(head, owners: frozenset[str]) -> bool:
    """"security forces", "government forces": one word of ``owners`` before ``head`` and no other modifier, so
    no one but the state owns them ("foreign security forces", "rebel forces" are others')."""
    mods = [c.lower_ for c in head.children if c.dep_ in _MODIFIER_DEPS and c.i < head.i]
    return bool(mods) and all(m in owners for m in mods)


def _member_preps(head) -> frozenset[str]:
    """The prepositions that may name the body of the people or organ ``head``: ``preps`` for people named by what
    they do for a body, with "in" for a plain state organ (:func:`_plain_organ`); empty for any other word."""
    nouns, preps, organs, modifiers, forces, owners = body_member_words()
    organ = (head.lower_ in organs and _plain_organ(head, organs, modifiers)) or (
        head.lower_ in forces and _state_forces(head, owners))
    if head.lower_ in nouns:
        return preps | {"in"} if organ else preps
    return frozenset({"in"}) if organ else frozenset()


@lru_cache(maxsize=1)
def state_seat_names() -> frozenset[str]:
    """Lower-cased names that stand for a whole state where its own forces are: the national capitals of
    ``kb/data/places.jsonl`` (``kind`` "capital") and the states' own names and aliases of the shipped state lists.
    A region or city another power or an armed group may hold ("Crimea", "Donetsk", "Idlib") is none of them."""
    names = {n.lower() for p in read_places(shipped_places()) if p.kind == "capital" for n in (p.name, *p.aliases)}
    for path in shipped_paths():
        names.update(n.lower() for a in read_actors(path, trusted=True) if a.type == "state"
                     for n in (a.name, *a.aliases))
    return frozenset(_without_the(n) for n in names)


def _without_the(name: str) -> str:
    """A lower-cased name without a leading "the " ("the gambia" and "gambia" are one seat name)."""
    return name[4:] if name.startswith("the ") else name


def _forces_seat(head, place) -> bool:
    """For the state's own "security forces"/"government forces" (``state_forces``) ``place`` must be a national
    capital or the state's own name to make them the state's ("security forces in Nairobi"); other organs ("police
    in Kampala") take any known place of the state."""
    _, _, _, _, forces, _ = body_member_words()
    if head.lower_ not in forces:
        return True
    return _without_the(place.text.lower()) in state_seat_names()


def body_of_members(chosen, actors) -> tuple | None:
    """``chosen``, or for an unresolved phrase of people named by what they do for a body ("prosecutors at the
    International Criminal Court", "officials of the WHO") the resolved actor mention of that body; for a state's
    organ named with a known place of that state ("police in Kampala", ``organs``) the phrase with the place's
    state; "protesters in Dhaka" stay unresolved."""
    if chosen is None or chosen[1] is not None:
        return chosen
    head = chosen[0].root
    preps = _member_preps(head)
    if not preps:
        return chosen
    objects = prep_objects(head, preps)
    bodies = [c for c in actors if c[1] and c[1] != c[0].text and any(_span_in(c[0], o) and o.i in
                                                                     range(c[0].start, c[0].end) for o in objects)]
    if not bodies:
        return chosen
    body = bodies[0]
    if body[0].root.head.lower_ == "in":  # "police in Kampala": the organ's words, the place's state
        if not _forces_seat(head, body[0]):
            return chosen
        return chosen[0].doc[chosen[0].start:max(chosen[0].end, body[0].end)], body[1]
    return body


def _settled_pairs(trigger, sent, actors) -> list[tuple]:
    """The pairs the trigger's own phrase settles before any ranking (:func:`_role_pair`, then a receipt:
    :func:`receipt_pairs`); [] when it settles none."""
    roles = _role_pair(trigger, sent, actors)
    if roles is not None:
        return [roles]
    return receipt_pairs(trigger, sent, actors) or given_to_subject(trigger, sent, actors) \
        or owner_pairs(trigger, sent, actors) or sender_pairs(trigger, sent, actors) \
        or inquiry_pairs(trigger, sent, actors)


_INQUIRY_NOUNS = frozenset({"investigation", "inquiry", "enquiry", "probe"})


def inquiry_pairs(trigger, sent, actors) -> list[tuple]:
    """The pair of an inquiry into acts whose doer a "by" phrase names ("opened an investigation into alleged war
    crimes by the militia"): the verb's subject inquires (source), the doer is the one it is aimed at (target),
    also where the parser hangs the "by" phrase on the active verb after the "into" phrase; [] otherwise."""
    frame = _inquiry_frame(trigger)
    if frame is None:
        return []
    subject, doer = frame
    in_sent = [c for c in actors if sent.start <= c[0].start and c[0].end <= sent.end]
    named = [c for c in in_sent if _span_in(c[0], doer)]
    target = named[0] if named else phrase_of(doer)
    askers = [c for c in in_sent if _span_in(c[0], subject) and not _in_phrase_on(c[0], subject)]
    # "prosecutors at the International Criminal Court": the body its people act for
    source = body_of_members(_best_of(askers, subject) if askers else phrase_of(subject), actors)
    return [(source, target)] if target is not None and (source is None or _differs(source, target)) else []


def _inquiry_frame(trigger) -> tuple | None:
    """(the inquiring verb's active subject, the first doer a "by" phrase names) of an inquiry noun that is a verb's
    object with an "into" phrase (:func:`inquiry_pairs`), else None."""
    if trigger.lemma_.lower() not in _INQUIRY_NOUNS or trigger.dep_ != "dobj":
        return None
    acts = prep_objects(trigger, ("into",))
    verb = trigger.head
    subject, passive = _subject_of(verb)
    if not acts or subject is None or passive:
        return None
    # "by" on the acts, or hung on the active verb after "into …"
    doers = _by_objects(acts[0], 0) + _by_objects(verb, acts[0].i)
    return (subject, doers[0]) if doers else None


def _by_objects(head, after: int) -> list:
    """The objects of the "by" phrases on ``head`` after token index ``after``."""
    return prep_objects(head, ("by",), after)


@lru_cache(maxsize=1)
def _demanded_act_nouns() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_lexicon("event_direction").get("demanded_acts", {}).get("nouns", []))


def patient_of_demanded_act(target, trigger) -> bool:
    """True when ``target`` is whom an act that the trigger's direct object names is done to ("demanded the release
    of the detained journalists": the journalists are not asked; ``event_direction.toml`` ``[demanded_acts]``)."""
    if target is None:
        return False
    head = phrase_head(target[0])
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() not in _demanded_act_nouns():
        return False
    return prep.head.dep_ == "dobj" and prep.head.head.i == trigger.i


def place_of_object(target, trigger) -> bool:
    """True when ``target`` is named in a locative phrase on the trigger's direct object, or on the trigger when it
    has one ("blocked highways around Buenos Aires", "across France"): where the thing acted on lies, no party of a
    protest."""
    if target is None:
        return False
    head = phrase_head(target[0])
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ not in _LOCATIVE_PREPS:
        return False
    on_object = prep.head.dep_ == "dobj" and prep.head.head.i == trigger.i
    return on_object or (prep.head.i == trigger.i and any(c.dep_ == "dobj" for c in trigger.children))


@lru_cache(maxsize=1)
def _sent_nouns() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_lexicon("event_direction").get("senders", {}).get("nouns", []))


def sender_pairs(trigger, sent, actors) -> list[tuple]:
    """The pair of an act named by a noun of something sent (``event_direction.toml`` ``[senders]``) that a verb takes
    as its object with its sender in a "from" phrase ("dismissed
    a demand from Paris", "accepted an offer from Moscow"): the sender as source, the verb's subject, who got it, as
    target; [] otherwise (no "from" phrase naming a resolved actor, or no active subject naming one)."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "dobj" or trigger.lower_ not in _sent_nouns():
        return []
    in_sent = [c for c in actors if sent.start <= c[0].start and c[0].end <= sent.end and c[1] and c[1] != c[0].text]
    senders = _from_parties(trigger, in_sent)
    subject, passive = _subject_of(trigger.head)
    if not senders or subject is None or passive:
        return []
    got = [c for c in in_sent if _span_in(c[0], subject) and not _in_clause_of(c[0], subject)]
    receiver = _best_of(got, subject) if got else None
    return [(senders[0], receiver)] if receiver is not None and _differs(receiver, senders[0]) else []


def _from_parties(noun, in_sent) -> list[tuple]:
    """The resolved mentions ``in_sent`` that head a "from" phrase on ``noun``."""
    heads = prep_objects(noun, ("from",))
    return [c for o in heads for c in in_sent if c[0].start <= o.i < c[0].end]


@lru_cache(maxsize=1)
def _owner_verbs() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_lexicon("event_direction").get("owner_of_object", {}).get("verbs", []))


def _object_owner(verb, in_sent) -> tuple | None:
    """The named possessor of ``verb``'s direct object ("the bloc's package", "Japan's decision"): its actor
    mention, else its own noun phrase; None for a possessive pronoun or no possessor."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        owner = next((c for c in obj.children if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN")), None)
        if owner is None:
            continue
        cands = [c for c in in_sent if _span_in(c[0], owner)]
        if cands:
            return _best_of(cands, owner)
        return (owner.doc[owner.left_edge.i:owner.i + 1], None) if phrase_of(owner) is not None else None
    return None


def owner_pairs(trigger, sent, actors) -> list[tuple]:
    """The pairs of a verb of judging a proposal or deed (``event_direction.toml`` ``[owner_of_object]``) whose
    direct object has a named possessor: each of the subject's conjoined actors as source, the possessor as
    target ("Greece vetoed Turkey's bid for the chair": Turkey, not the chair); [] otherwise, or when the
    subject is passive or names no actor or phrase."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _owner_verbs():
        return []
    in_sent = [c for c in actors if sent.start <= c[0].start and c[0].end <= sent.end and not is_locative(c[0])]
    owner = _object_owner(trigger, in_sent)
    subject, passive = _subject_of(trigger)
    if owner is None or subject is None or passive:
        return []
    cands = [c for c in in_sent if _span_in(c[0], subject) and not _in_clause_of(c[0], subject)]
    source = _best_of(cands, subject) if cands else phrase_of(subject)
    if source is None or not _differs(owner, source):
        return []
    return [(src, owner) for src in [source] + conjuncts(source, sent, actors) if _differs(owner, src)]


def _cross_pairs(sources: list, targets: list, trigger) -> list[tuple]:
    """Each source with each target, but never one actor or two members of one list as a pair."""
    pairs = []
    for src in sources:
        for tgt in targets:
            if src is not None and tgt is not None and (not _differs(tgt, src) or one_list(tgt[0], src[0])):
                continue
            pairs.append((src, _own_state_checked(src, tgt, trigger)))
    return pairs


def denied_mention(span, trigger) -> bool:
    """True when mention ``span`` is in the object of a negated relative clause on the way up to the trigger
    ("composed a letter that did not mention Corvia", "a plan that never named Brelund"): what the clause
    describing a noun says is absent takes no part in the act. A subject of a negated clause may still
    ("warned of a reaction if Brelund does not comply")."""
    path = _denial_path(span)
    return path is not None and trigger.i not in path


def _denial_path(span) -> tuple[int, ...] | None:
    """The token indices from mention ``span``'s root up to and including the verb of the negated relative clause
    that denies it (:func:`denied_mention`: denied for a trigger off this path); None when the walk meets no
    such clause within 12 steps, before the sentence's root."""
    tok, below, path = span.root, None, []
    for _ in range(12):
        if tok.head.i == tok.i:
            return None
        path.append(tok.i)
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("relcl", "acl") and below is not None \
                and below.dep_ in ("dobj", "attr", "dative", "prep") and any(c.dep_ == "neg" for c in tok.children):
            return tuple(path)
        tok, below = tok.head, tok
    return None


_WALKS = "cablegram.mention_walks"


_CLASS_WORDS = frozenset({"class", "type", "style"})


def names_a_class(span) -> bool:
    """``span`` only names the class or model of a thing ("two Dornier-class aircraft", "Ford-class carriers"): a name
    joined by a hyphen to "class" or "type", no party of the act."""
    doc = span.doc
    end = span.end
    if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in _CLASS_WORDS:
        return True
    last = doc[end - 1].lower_
    return any(last.endswith("-" + w) for w in _CLASS_WORDS)


def taking_part(actors, trigger) -> list[tuple]:
    """``actors`` less the mentions :func:`.event_gates.left_out` or :func:`denied_mention` take out of
    ``trigger``'s act. A mention's walks up the parse are the same for every trigger (the trigger only counts
    where it stands on the way), so they are made once per doc and mention (kept in ``doc.user_data`` with the
    doc's token count) and each trigger only looks itself up on the stored path."""
    doc = trigger.doc
    stored = doc.user_data.get(_WALKS)
    if stored is None or stored[0] != len(doc):
        stored = doc.user_data[_WALKS] = (len(doc), {})
    walks = stored[1]
    out = []
    for c in actors:
        key = (c[0].start, c[0].end)
        walk = walks.get(key)
        if walk is None:
            walk = walks[key] = (left_out(c[0]) or names_a_class(c[0]), _denial_path(c[0]))
        if not walk[0] and (walk[1] is None or trigger.i in walk[1]):
            out.append(c)
    return out


def _between_pairs(trigger, sent, actors) -> list[tuple]:
    """The pairs a "between" phrase on a noun trigger names ("a phone call between A and B", "talks between
    A, B and C"): the first member as source and each other member as target, whoever else the sentence
    names ("the last straw for X was a call between A and B"); [] without two named members."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return []
    heads = {g.i for g in prep_objects(trigger, ("between",))}
    if not heads:
        return []
    members = sorted((c for c in actors if sent.start <= c[0].start and c[0].end <= sent.end
                      and _noun_list_head(c[0].root).i in heads), key=lambda c: c[0].start)
    if len(members) < 2:
        return []
    return [(members[0], other) for other in members[1:] if _differs(other, members[0])]


def _noun_list_head(tok):
    """The first member of the list that holds the noun ``tok`` modifies, or ``tok`` itself ("alongside
    Brelundian forces", "between A and the Brelundian president")."""
    head = _list_head(tok)
    for _ in range(3):
        if head.dep_ not in ("amod", "compound", "nmod", "poss") or head.head.i == head.i:
            break
        head = _list_head(head.head)
    return head


def _conjoined_under(span, head) -> bool:
    """True when mention ``span`` sits in another member of the list ``head`` starts ("US troops, as well as
    forces from the UK"), not in a modifier of ``head`` itself ("protesters in Gjilan")."""
    tok = span.root
    for _ in range(12):
        if tok.i == head.i or tok.head.i == tok.i:
            return False
        if tok.dep_ in ("conj", "appos") and _list_head(tok).i == head.i:
            return True
        tok = tok.head
    return False


def one_list(a, b) -> bool:
    """True when mentions ``a`` and ``b`` are two members of one coordination or apposition ("Avaria, Brelund
    and Corvia stand to lose"): partners in what the list does or undergoes, never source and target of each
    other (a mutual act between them is :func:`mutual_pairs`'s)."""
    return a.root.i != b.root.i and _list_head(a.root).i == _list_head(b.root).i


def co_agents(trigger, sent, actors) -> list[tuple]:
    """Mentions that act together with the source of a hostile act: the list a co-agent preposition on the
    trigger's clause introduces ("fought alongside Brelund and Corvia", "attacked the town together with
    Corvia"; ``event_direction.toml`` ``[co_agents] preps``); [] when there is none."""
    preps = _co_agent_preps()
    verbs = {trigger.i, _clause_verb(trigger).i}
    out = []
    for cand in actors:
        if not (sent.start <= cand[0].start and cand[0].end <= sent.end):
            continue
        head = _noun_list_head(cand[0].root)
        if head.dep_ == "pobj" and head.head.lower_ in preps and head.head.head.i in verbs:
            out.append(cand)
    return out


@lru_cache(maxsize=1)
def _co_agent_preps() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_lexicon("event_direction").get("co_agents", {}).get("preps", []))


def _outside_party(target, rule_target, source, helpers: list[tuple], trigger) -> tuple | None:
    """``target`` unless it is a member of the source's own list with an act that is not mutual ("A, B and C
    stand to lose") or one of the source's co-agents (:func:`co_agents`): then the rules' target when that one
    is neither, else None."""
    subject = _subject_of(_clause_verb(trigger))[0]
    # an inverted subject is no list of partners, nor a subject that holds the act's own noun ("the
    # assistance from A to B was estimated …", "A's decision to pull troops out of B")
    if subject is not None and (subject.i > trigger.i or subject.left_edge.i <= trigger.i <= subject.right_edge.i):
        subject = None

    def inside(cand) -> bool:
        if cand is None or source is None:
            return False
        partner = one_list(cand[0], source[0]) or (  # "US troops, as well as forces from the UK, fought …"
            subject is not None and _span_in(source[0], subject) and _conjoined_under(cand[0], subject))
        mutual = _reciprocal(trigger) or (trigger.dep_ == "xcomp" and _reciprocal(trigger.head))
        return (partner and not mutual) or any(cand[0].start == h[0].start for h in helpers)

    if not inside(target):
        return target
    return None if inside(rule_target) or rule_target is None or not _differs(rule_target, source) else rule_target


@lru_cache(maxsize=1)
def _reciprocal_words() -> tuple[frozenset[str], ...]:
    """(verbs, words, participant prepositions, topic prepositions) of ``event_direction.toml`` ``[reciprocal]``."""
    lex = load_lexicon("event_direction").get("reciprocal", {})
    keys = ("verbs", "words", "participant_preps", "topic_preps")
    return tuple(frozenset(str(w).lower() for w in lex.get(k, [])) for k in keys)


def _reciprocal(trigger) -> bool:
    """True when the act is one between its participants: the trigger is a verb of meeting or agreeing
    ("met", "agreed", "signed"), or it, its object or its complement holds a word of a mutual act ("held
    talks", "failed to reach agreement", "launched joint exercises")."""
    verbs, words = _reciprocal_words()[:2]
    if trigger.lemma_.lower() in verbs or trigger.lower_ in words:
        return True
    near = [c for c in trigger.children if c.dep_ not in _SUBJECTS]
    near += [g for c in near for g in c.children]
    return any(t.lower_ in words or t.lemma_.lower() in words for t in near)


def _in_subject(span) -> bool:
    """True when mention ``span`` is (in) a member of the list that is its clause's subject, a passive's agent
    or what "between" joins ("Avaria and Brelund met", "Avarian and Brelundian officials agreed", "the armies
    of Avaria and Brelund", "staged by A and B", "the summit between A and B")."""
    head = _list_head(span.root)
    for _ in range(4):
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head  # "the armies of Avaria": up to the noun the "of" phrase hangs on
        elif head.dep_ not in ("compound", "amod", "nmod", "poss") or head.head.i == head.i:
            break
        head = _list_head(head.head)
    return head.dep_ in _SUBJECTS or (head.dep_ == "pobj" and (head.head.dep_ == "agent" or head.head.lower_ == "between"))


def _participates(target) -> bool:
    """True when ``target`` is a participant of its own in a mutual act: a phrase met "with" ("met with
    elders"), or a resolved actor that is not in what the act is about ("agreed to share information on
    Corvia", "failed to reach a deal on the Corvian border"; a place of a meeting is never its target:
    :func:`can_target`)."""
    _, _, with_preps, topic_preps = _reciprocal_words()
    tok = _list_head(phrase_head(target[0]))
    prep = tok.head.lower_ if tok.dep_ == "pobj" else ""
    if prep in with_preps:
        return True
    if prep in _LOCATIVE_PREPS:  # where they meet or agree ("talks under EU mediation in Brussels")
        return False
    # a state inside what the act is about ("a deal on the Irish border", "tensions over clashes in Idlib")
    about = any(t.dep_ == "prep" and t.lower_ in topic_preps for t in tok.ancestors)
    return target[1] is not None and not about


def _topic_of(target, trigger) -> bool:
    """True when ``target`` is in the direct object of a verb whose object is what is talked about ("A and B
    discussed Corvia's preparations": ``event_direction.toml`` ``[reciprocal] topic_verbs``), not a party."""
    if trigger.lemma_.lower() not in _topic_verbs():
        return False
    tok = target[0].root
    while tok.head.i != tok.i and tok.head.i != trigger.i:
        if tok.dep_ == "prep" and tok.lower_ in _reciprocal_words()[2]:  # "discussed trade with Corvia"
            return False
        tok = tok.head
    return tok.head.i == trigger.i and tok.dep_ == "dobj"


@lru_cache(maxsize=1)
def _topic_verbs() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_lexicon("event_direction").get("reciprocal", {}).get("topic_verbs", []))


def mutual_pairs(source, target, partners: list[tuple], trigger) -> list[tuple]:
    """The pairs of a mutual act of conjoined participants with no other participant ("Avaria and Brelund
    met" is one event Avaria → Brelund, the PLOVER gold convention): the first conjunct as source and each
    other as target; [] when the act is not mutual (:func:`_reciprocal`), the source is not a conjoined
    subject, or another participant is the target ("Avaria and Brelund met Corvia": one pair per source).
    ``partners``: the source's conjuncts (:func:`conjuncts`)."""
    if source is None or not partners or not _in_subject(source[0]):
        return []
    if (target is not None and not any(target[0].start == p[0].start for p in partners) and _participates(target)
            and not _topic_of(target, trigger)):
        return []
    if not _reciprocal(trigger):
        return []
    members = sorted([source] + partners, key=lambda c: c[0].start)
    return [(members[0], other) for other in members[1:] if _differs(other, members[0])]


def _own_state_checked(source, target, trigger) -> tuple | None:
    """``target``, unless it is the source official's own state named outside the act's clause
    (:func:`.event_gates.own_state_aside`): then the noun phrase a relative clause holding it describes ("to
    14 foreigners who fought for Avarian units"), else None."""
    aside = None if source is None or target is None else own_state_aside(source[1], target[1], target[0], trigger)
    if aside is None:
        return target
    return phrase_of(aside.head) if aside.dep_ == "relcl" else None


def _checked_choice(chosen: tuple, rule: tuple, trigger, attack: bool) -> tuple:
    """The ranker's (source, target) ``chosen``, with the rules' (``rule``) in place of a mention named as left
    out ("other than X") or, for an ``attack``, of the teller of a passive act ("X said Y had been killed")."""
    source, target = chosen
    if source is not None and (left_out(source[0]) or denied_mention(source[0], trigger)
                               or (attack and _teller_of_passive(source[0], trigger))):
        source = rule[0]
    if target is not None and (left_out(target[0]) or denied_mention(target[0], trigger)):
        target = rule[1]
    return source, target


def _role_pair(trigger, sent, actors) -> tuple | None:
    """The (source, target) the trigger's own phrase settles, else None: a participle with its doer named on
    it ("US-backed Kurdish forces": the backer, and the backed noun's phrase, never another backer of the
    sentence) and an act that says how someone died ("died in an airstrike on Raqqa": the dead is the target,
    the source only a doer named on the act's noun)."""
    in_sent = [c for c in actors if sent.start <= c[0].start and c[0].end <= sent.end]
    modifier = modifier_roles(trigger)
    if modifier is not None:
        doer, own = set(modifier[0]), set(modifier[1])
        source = next((c for c in in_sent if c[0].root.i in doer), None)
        if source is not None:
            target = next((c for c in in_sent if c[0].root.i in own and c[1] != source[1]), None)
            return source, target or phrase_of(trigger.head)
    death = death_roles(trigger)
    if death is None:
        return None
    verb, doer = death
    subject, _ = _subject_of(verb)
    victims = [c for c in in_sent if subject is not None and _span_in(c[0], subject)]
    target = _best_of(victims, subject) if victims else (phrase_of(subject) if subject is not None else None)
    return next((c for c in in_sent if c[0].root.i in set(doer)), None), target


@lru_cache(maxsize=1)
def _receiving_words() -> tuple[frozenset[str], frozenset[str]]:
    """(verbs, nouns) of ``event_direction.toml`` ``[receiving]``."""
    lex = load_lexicon("event_direction").get("receiving", {})
    return tuple(frozenset(str(w).lower() for w in lex.get(k, [])) for k in ("verbs", "nouns"))


def _received(trigger) -> tuple | None:
    """(receiving verb, what is received) of a trigger that names a receipt: the verb itself with its object
    ("received aid"), or the noun a verb of receiving takes ("won backing", "counts on support", "received
    logistics and financial support"); else None."""
    verbs, nouns = _receiving_words()
    word = trigger.head if trigger.dep_ == "compound" and trigger.head.pos_ == "NOUN" else trigger  # "aid trucks"
    head = _list_head(word) if word.pos_ == "NOUN" else word
    if head.pos_ == "VERB" and head.lemma_.lower() in verbs:
        verb, thing = head, next((c for c in head.children if c.dep_ == "dobj"), None)
    elif head.pos_ == "NOUN" and head.dep_ == "dobj":
        verb, thing = head.head, head
    elif head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.lower_ in ("on", "upon"):
        verb, thing = head.head.head, head  # "counting on support", "relies on aid"
    elif head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.dep_ == "dobj":
        verb, thing = head.head.head.head, head.head.head  # "received the first tranche of the loan"
    else:
        return None
    if thing is None or verb.lemma_.lower() not in verbs or not _names_a_gift(trigger, thing, nouns):
        return None
    return verb, thing


def _names_a_gift(trigger, thing, nouns: frozenset[str]) -> bool:
    """The trigger, the received noun, its conjuncts ("logistics and financial support") or what it is "of"
    ("shipments of fuel", "a batch of jets") is one of ``[receiving] nouns``."""
    named = [trigger, thing] + [c for c in thing.children if c.dep_ == "conj"]
    named += prep_objects(thing, ("of",))
    named += [c for tok in named if tok.pos_ == "NOUN" for c in tok.children if c.dep_ == "compound"]  # "food rations"
    return bool({w for tok in named for w in (tok.lower_, tok.lemma_.lower())} & (nouns | _handed_goods()))


@lru_cache(maxsize=1)
def _handed_goods() -> frozenset[str]:
    """The goods of ``event_senses.toml`` ``[handed_goods]`` (vehicles, boats, equipment): received from a giver as
    they are handed over by one ("received armoured vehicles from Turkey")."""
    return frozenset(str(w).lower() for w in load_lexicon("event_senses").get("handed_goods", {}).get("goods", []))


# verbs of receiving that ask for what is received: on the asking verb itself the event is the request, whose asker
# (the subject) is the source and the party asked (the "from" phrase) the target ("requested help from X")
_ASKING_VERBS = frozenset({"request", "seek", "solicit"})


def receipt_pairs(trigger, sent, actors) -> list[tuple]:
    """The pairs of a receipt ("Avaria received support from Brelund", "Avaria is counting on help from
    partners such as Brelund and Corvia", ``event_direction.toml`` ``[receiving]``): each party of the "from"
    phrase on the received noun or on the verb is a source, the verb's subject the target; with no "from" phrase
    the subject is the target and no source is named ("Avaria received two shipments of fuel": the receiver is never
    the giver); [] when the trigger names no receipt or the subject is passive."""
    found = _received(trigger)
    if found is None:
        return []
    verb, thing = found
    # the parser hangs the "from" phrase on the last of the things listed ("received 30 tonnes of X and two Y from Z")
    heads = _from_objects_of((trigger, thing, *thing.conjuncts, verb))
    subject, passive = _subject_of(verb)
    if subject is None or passive:
        return []
    in_sent = [c for c in actors if sent.start <= c[0].start and c[0].end <= sent.end]
    subject, recipients = _receiving_subject(subject, verb, heads, in_sent)
    target = _best_of(recipients, subject) if recipients else phrase_of(subject)
    givers = _givers(heads[0], in_sent) if heads else [None]
    pairs = [(g, target) for g in givers if g is None or target is None or _differs(g, target)]
    return _asker_first(pairs, trigger, verb)


def _receiving_subject(subject, verb, heads: list, in_sent: list) -> tuple[object, list]:
    """(the receiver's token, its own actor mentions of ``in_sent``): the receiving verb's subject, or the speaker when
    a pronoun stands for it and a giver is named (``heads``: "the ministry said it had received … from X")."""
    # the subject's own mentions, not one in a phrase on it ("the intervention in Kessa" is not Kessa)
    recipients = [c for c in in_sent if _span_in(c[0], subject) and not _in_phrase_on(c[0], subject)]
    speaker = _speaker_of_pronoun(subject, verb) if heads and not recipients else None
    if speaker is None:
        return subject, recipients
    return speaker, [c for c in in_sent if _span_in(c[0], speaker) and not _in_phrase_on(c[0], speaker)]


def _speaker_of_pronoun(subject, verb):
    """The subject of the verb of saying that reports ``verb`` when ``subject`` is a pronoun of a body ("it", "they",
    "we": "the ministry said it had received …"), else None."""
    if subject.lower_ not in ("it", "they", "we") or verb.dep_ != "ccomp":
        return None
    if verb.head.lower_ not in modality_cues().reporting_verbs:
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)


def _asker_first(pairs: list[tuple], trigger, verb) -> list[tuple]:
    """``pairs`` (giver, receiver) turned round where the trigger is the verb of asking itself (``_ASKING_VERBS``):
    the asker acts on the party asked; pairs with neither party dropped."""
    if trigger.i == verb.i and verb.lemma_.lower() in _ASKING_VERBS:
        pairs = [(t, g) for g, t in pairs]
    return [p for p in pairs if p != (None, None)]


def receipt_parties(trigger) -> tuple[list, object] | None:
    """(the nouns of the "from" phrases naming the giver, the receiving verb's active subject) of a trigger that names
    a receipt (:func:`receipt_pairs`), else None: who gives is the source's place, who receives the target's."""
    found = _received(trigger)
    if found is None:
        return None
    verb, thing = found
    subject, passive = _subject_of(verb)
    heads = _from_objects_of((trigger, thing, verb))
    return (heads, subject) if heads and subject is not None and not passive else None


def _from_objects_of(tokens) -> list:
    """The nouns of the "from" phrases on ``tokens``, in order."""
    return [g for tok in tokens for g in prep_objects(tok, ("from",))]


def _in_phrase_on(span, head) -> bool:
    """True when mention ``span`` sits in a prepositional phrase below ``head`` ("Kessa" in "the
    intervention in Kessa")."""
    tok = span.root
    for _ in range(12):
        if tok.i == head.i or tok.head.i == tok.i:
            return False
        if tok.dep_ == "prep":
            return True
        tok = tok.head
    return False


def _givers(head, in_sent: list[tuple]) -> list[tuple]:
    """Who a "from" phrase names: the mention heading it ("from the U.S. military") and those conjoined with it
    ("from Qatar and Turkey"), else the resolved mentions inside it ("from European partners such as France and the
    UK"), else the phrase itself."""
    own = [c for c in in_sent if c[0].start <= head.i < c[0].end]
    if own:
        group = _conjoined_group(head) - {head.i}
        return own[:1] + [c for c in in_sent if c[0].root.i in group and c[1] != own[0][1]]
    inside = [c for c in in_sent if _span_in(c[0], head) and c[1] and c[1] != c[0].text]
    if inside:
        return inside
    phrase = phrase_of(head)
    return [phrase] if phrase is not None else []


@lru_cache(maxsize=1)
def _giving_verbs() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_lexicon("event_direction").get("receiving", {}).get("given", []))


def given_to_subject(trigger, sent, actors) -> list[tuple]:
    """The pair of a passive verb of giving with no "by" phrase ("Avaria has been given assurances over the
    talks", "X was granted asylum"; ``event_direction.toml`` ``[receiving] given``): no source, the subject's
    mention as target (none when the subject is a pronoun or names no participant); [] for any other
    trigger."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in _giving_verbs() or _agent(trigger) is not None:
        return []
    subject = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
    if subject is None:
        return []
    in_sent = [c for c in actors if sent.start <= c[0].start and c[0].end <= sent.end and _span_in(c[0], subject)]
    return [(None, _best_of(in_sent, subject) if in_sent else phrase_of(subject))]



def doer_of_thing(pairs: list[tuple], actors) -> list[tuple]:
    """``pairs`` ((span, actor id) or None, twice) with an unresolved target that names a thing a named actor
    does ("would respond to drills planned by South Korea", "condemned raids carried out by Valoria's army")
    retargeted on that actor, the doer named with "by" on the thing or on a participle describing it: the act
    answers or judges the doer, not the thing. Not the source's own state."""
    out = []
    for src, tgt in pairs:
        doer = _by_doer(tgt[0], actors) if tgt is not None and tgt[1] is None else None
        if doer is not None and (src is None or doer[1] != src[1]):
            tgt = doer
        out.append((src, tgt))
    return out


def _by_doer(span, actors):
    """The resolved mention (span, id) in a "by" agent phrase on ``span``'s head noun or on a participle modifying
    it ("drills planned by South Korea", "raids planned by Polish border guards")."""
    root = span.root
    holders = [root] + [c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    agents = [g for h in holders for p in h.children if p.dep_ in ("agent", "prep") and p.lower_ == "by"
              for g in p.children if g.dep_ == "pobj"]
    for agent in agents:
        lo, hi = agent.left_edge.i, agent.right_edge.i  # "by Polish border guards": the name in the phrase
        found = next(((s, a) for s, a in actors if a and lo <= s.root.i <= hi), None)
        if found is not None:
            return found
    return None


def person_in_apposition(pairs: list[tuple], actors) -> list[tuple]:
    """``pairs`` ((span, actor id) or None, twice) with a slot that holds no person but describes one named beside
    it retaken by that person: a nationality adjective or a state's possessive on a title or relation noun with the
    name in apposition or after it ("met his Ukrainian counterpart Dmytro Kuleba", "the Chinese foreign minister
    Wang Yi met …", "his Russian colleague Sergei Lavrov"). The slot names the person's office; the person acts. Not
    when that person already holds the other slot."""
    out = []
    for src, tgt in pairs:
        named_src = _named_person_of(src, actors)
        if named_src is not None and (tgt is None or named_src[1] != tgt[1]):
            src = named_src
        named_tgt = _named_person_of(tgt, actors)
        if named_tgt is not None and (src is None or named_tgt[1] != src[1]):
            tgt = named_tgt
        if (src, tgt) not in out:
            out.append((src, tgt))
    return out


def _described_noun(token):
    """The noun a nationality adjective, a possessive or a compound word describes, through adjectives and
    compounds ("Ukrainian" in "his Ukrainian opposite number": "number"); the token itself when it heads its phrase."""
    noun = token
    for _ in range(4):
        if noun.dep_ not in ("amod", "compound", "nmod", "poss") or noun.head.i <= noun.i:
            break
        noun = noun.head
    return noun


def _name_of_title(slot, actors) -> tuple | None:
    """The name in apposition to a title that already resolves to its holder ("the Turkish president, X": X's
    mention), so that the event's span is on the name; None when no name beside it resolves to the same person."""
    noun = slot[0].root
    for name in (c for c in noun.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"):
        found = next(((s, a) for s, a in actors if a == slot[1] and s.start <= name.i < s.end), None)
        if found is not None and found[0].start != slot[0].start:
            return found
    return None


def _named_person_of(slot, actors) -> tuple | None:
    """The person mention (span, id) that names whom ``slot``'s phrase describes (:func:`person_in_apposition`):
    the name in apposition to the described noun, or the name the noun is a compound title of; for a title that
    already resolves to its holder, the name in apposition to it (:func:`_name_of_title`); None when ``slot`` is
    empty or no such person is named."""
    if slot is None:
        return None
    if _is_person(slot):
        return _name_of_title(slot, actors)
    noun = _described_noun(slot[0].root)
    if noun.pos_ == "PROPN" and noun.ent_type_ == "PERSON":  # "his Russian colleague Sergei Lavrov"
        names = [noun]
    elif noun.pos_ == "NOUN":  # "his Ukrainian counterpart Dmytro Kuleba", "the Chinese foreign minister Wang Yi"
        names = [c for c in noun.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    else:
        return None
    for name in names:
        found = next(((s, a) for s, a in actors if a and s.start <= name.i < s.end and _is_person((s, a))), None)
        if found is not None:
            return found
    return None
