"""PLOVER event coding (component ``cablegram_events``; spaCy forbids "." in factory names).

For each candidate sentence (a cue word of a PLOVER type near its main event, or an actor mention and a
main verb that can state a happening) the learned classifier (:mod:`.event_model`, MiniLM fine-tuned on
the plv and plover_gsr gold data, int8 ONNX) decides the type; the cue rules (:mod:`.event_cues`) pick
the trigger, split the learned YIELD into CONCEDE and RETREAT, find further events of the same sentence
(a second clause: "rejected the demand and expelled two diplomats"; the framing warning of a threatened
act), and are the whole type decision when the model file is missing (logged once). Then mode, context,
actors (:mod:`.event_actors`, one event per conjoined source/target pair), date, place and modality
(:mod:`.modality`, on the event's own trigger, not on its frame).

``Event.confidence`` is the classifier's temperature-calibrated probability of the type (see
``docs/models.md`` for the reliability table); events of further clauses carry ``secondary_confidence``.
:func:`is_confident` is the precision-first default that listings and exports use.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Span
from spacy.util import minibatch

from ..records import Event
from .dates import record_date
from .event_actors import (actor_pairs, actor_spans, addressed_meeting, doer_of_thing, event_place, is_locative,
                           names_a_class, nested_place, patient_of_demanded_act, person_in_apposition, place_of_act,
                           phrase_of, place_of_object, repeated_addressee, subject_phrase)
from . import event_confidence
from .event_places import named_no_place
from .event_second_acts import (asker_trip_destination, attack_subject, meeting_phrase_verb, other_doer,
                                other_time_clause, own_object_conjunct, owned_weapon, participle_speaker, second_acts,
                                stranded_conjunct, stray_speaker, time_clause)
from .event_senses import (act_sense, asked_to_act, declined_comment, destination_of, fired_weapon, force_shown,
                           halted_talks, is_weapon, joint_act, moved_things, phone_call, received_goods,
                           response_meeting, sensed_type, shown_force, speaks_for_modifier, threat_idiom,
                           weapon_aimed)
from .event_cues import build_cue_index, cue_hits, decisive_type, main_cue_type, rule_scores, sentence_features
from .event_anaphora import resolve_act_anaphora, resolve_definite_bodies
from .event_direction import DEFAULT_DIRECTION_MODEL, DirectionModel
from .event_gates import (as_refusal, blocked_act, conditional_consequence, conjoined_places, consequence_verb,
                          death_verb, demanding_verb, frame_modality, in_demanded_act, loose_sense, meeting_place,
                          names_happening, negation_refusal, own_state_counterpart, refusal_modality, same_act, sense_type,
                          speaker_source, states_no_act, undergoes, unnamed_agent, unnamed_happening)
from .event_model import DEFAULT_EVENT_MODEL, load_event_model
from .event_stream import background_possible, classify_ahead
from .extensions import doc_list, ensure_extensions
from .language import is_english
from .lexicons import load_lexicon, word_set
from .modality import (cancels_negation, closing_without, framed_acts, inverted_condition, main_event_token,
                       modality_cues, moved_acts, negates_complement, plan_holder, pronoun_speaker, proposed_act,
                       reported_act, ruled_out_gerund, unrealised_subjects, warned_act, withheld_permission)
from .modality import classify as classify_modality
from .plover import CONTEXT_CUES, FIGHT_CUES, TYPE_NAMES, event_mode

__all__ = ["EventCoder", "is_confident", "confident_sql", "DEFAULT_MIN_CONFIDENCE", "is_fight", "FACTORY"]

DEFAULT_MODEL = DEFAULT_EVENT_MODEL
# Precision-first default of listings and exports (see docs/codebook.md, "Confidence").
DEFAULT_MIN_CONFIDENCE = 0.5
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Learned types accepted only with a cue word of their own in the sentence.
# ... and the acts they then stand aside for, by the act's modality: a planned delivery of aid (tracked as a
# commitment) and any merely possible act; a negated use of force or release. The gold data code other
# announced acts ("will visit") as AGREE and a refusal to accept or meet as REJECT; so do we.
_ALL_ACTS = frozenset({"AID", "CONSULT", "COOPERATE", "MOBILIZE", "SANCTION", "RETREAT", "CONCEDE", "PROTEST",
                       "ASSAULT", "COERCE"})
# a planned trip or meeting ("will visit X to meet its leaders") is CONSULT, planned: no agreement yet
_NEEDS_CUE = {"AGREE": {"planned": frozenset({"AID", "CONSULT"}), "hypothetical": _ALL_ACTS},
              # "has not ruled out sending troops": no refusal, the act left open
              "REJECT": {"negated": frozenset({"ASSAULT", "COERCE", "MOBILIZE", "RETREAT"}), "hypothetical": _ALL_ACTS},
              # a handover of arms to an army is AID, not COOPERATE; a forecast trip is no AID
              "COOPERATE": dict.fromkeys(("occurred", "planned"), frozenset({"AID"})),
              "AID": {"hypothetical": _ALL_ACTS},
              # a killing only believed or reported ("believed she had been killed") accuses no one
              "ACCUSE": {"hypothetical": frozenset({"ASSAULT"})}}
_PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})  # private travellers unless an aid word says more
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "into", "on"})


@lru_cache(maxsize=1)
def _plover_lexicon() -> dict:
    return load_lexicon("plover")


@lru_cache(maxsize=1)
def _undergoing_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """``plover.toml`` ``non_event``: verbs whose subject undergoes the object; movement verbs; private people;
    verbs of crossing."""
    lex = _plover_lexicon()
    return (word_set(lex, "non_event.suffer_verbs"), word_set(lex, "non_event.movement_verbs"),
            word_set(lex, "non_event.private_people"), word_set(lex, "non_event.crossing_verbs"))


def _no_act(etype: str, trigger, hits) -> bool:
    """The trigger states no act of its subject: a verb of undergoing ("could face shortages"), or a trip
    of private people (``plover.toml`` ``private_people``, or a personal pronoun) coded AID with no aid word
    in the sentence ("citizens travelled to X"; arriving peacekeepers stay AID) or crossing something, whatever
    it was coded ("refugees crossed the border"); a state of being, a death
    with no agent, a naming (:func:`.event_gates.states_no_act`)."""
    suffer, movement, private, crossing = _undergoing_words()
    if trigger.lower_ in suffer or states_no_act(trigger):
        return True
    if trigger.lower_ not in crossing and (etype != "AID" or trigger.lower_ not in movement
                                           or any(h[1] == "AID" for h in hits)):
        return False
    return any(c.dep_ == "nsubj" and _private(c, private) for c in trigger.children)


def _private(subject, private: frozenset[str]) -> bool:
    """The subject names private people: a word of ``private`` or a personal pronoun, also as the people a
    quantity is of ("dozens of refugees")."""
    if subject.lower_ in private or subject.lower_ in _PERSONAL_PRONOUNS:
        return True
    return any(g.lower_ in private for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj")


def _states_no_act(etype: str, trigger, cand) -> bool:
    """No act of ``etype`` on ``trigger`` in the candidate sentence ``cand``: :func:`_no_act`, a loose sense of
    the word (:func:`.event_gates.loose_sense`: "was seen as", "met a mixed response", a forecast), or an act
    named only as what was blocked (:func:`.event_gates.blocked_act`: "to block the return of X")."""
    return (_no_act(etype, trigger, cand.hits) or loose_sense(etype, trigger) or response_meeting(etype, trigger)
            or declined_comment(etype, trigger) or received_goods(etype, trigger)
            or blocked_act(etype, trigger, cand.hits + cand.aside))


class _Actors(list):
    """A doc's actor mentions (``(span, actor_id)`` pairs, as :func:`.event_actors.actor_spans` gives them), with the
    indices of the tokens of those that are not places found once per doc (:func:`_named_tokens`)."""

    named: frozenset[int] | None = None


def _named_tokens(actors) -> frozenset[int]:
    """Indices of the tokens of the actor mentions that are not places (kept on an :class:`_Actors`)."""
    named = getattr(actors, "named", None)
    if named is None:
        named = frozenset(t.i for span, _ in actors for t in span if not is_locative(span))
        if isinstance(actors, _Actors):
            actors.named = named
    return named


def _without_moved_targets(pairs: list[tuple], trigger, etype: str) -> list[tuple]:
    """``pairs`` of a show of force (:func:`.event_senses.force_shown`) with no target among what it moves or tests
    ("moved troops and rocket launchers to its border": no target) or where it moves them ("toward the Finnish
    border": no target either, as the written sets code it), each pair once, a missing source taken from the
    subject's own words where no actor is named ("the army has deployed …"); other pairs unchanged."""
    if etype != "MOBILIZE" or not force_shown(trigger):
        return pairs
    moved, out, seen = moved_things(trigger) | destination_of(trigger), [], set()
    for src, tgt in pairs:
        src = src if src is not None else subject_phrase(trigger)
        tgt = None if tgt is not None and tgt[0].root.i in moved else tgt
        key = (src[0].start if src else None, tgt[0].start if tgt else None)
        if key not in seen:
            seen.add(key)
            out.append((src, tgt))
    return out


def _without_fired_weapons(pairs: list[tuple], trigger, etype: str, actors=()) -> list[tuple]:
    """``pairs`` of an attack whose target is the weapon fired (:func:`.event_senses.fired_weapon`: "fired rockets at
    an army base") with the phrase it is aimed at as target instead (its actor where ``actors`` names it: "at
    Israel"), also where no target was found and
    the weapon was aimed "at" something that is no place ("fired two drones at a tanker"); other pairs unchanged."""
    if etype != "ASSAULT":
        return pairs
    weapon, aim = fired_weapon(trigger)
    if aim is None:
        return pairs
    aim_words = {t.i for t in aim.subtree}
    aimed = next(((span, aid) for span, aid in actors if aid and span.root.i == aim.i), None) \
        or (trigger.doc[aim.left_edge.i:aim.i + 1], None)
    # no target left where the weapon was aimed at a thing ("fired two drones at a tanker"); a place keeps its readings
    open_aim = aim.head.lower_ in ("at", "against") and aim.ent_type_ not in ("GPE", "LOC", "FAC")
    # a sea or a site named inside the aim phrase is where the thing aimed at was ("at a tanker in the Red Sea")
    inside = {i for i in aim_words if i != aim.i and trigger.doc[i].ent_type_ in ("LOC", "FAC")}
    return [(src, aimed if (tgt is not None and (tgt[0].root.i in weapon or (open_aim and tgt[0].root.i in inside)))
             or (tgt is None and open_aim) else tgt) for src, tgt in pairs]


def _speaker_as_source(pairs: list[tuple], trigger, main, actors) -> list[tuple]:
    """``pairs`` of a participle after a verb of saying ("…, Syria's defence ministry said, accusing X of …":
    :func:`.event_second_acts.participle_speaker`) with the speaker's actor as source, where a named actor is the
    speaker; a target that is the speaker is dropped. Other pairs unchanged."""
    speaker = participle_speaker(trigger, main)
    if speaker is None:
        return pairs
    return _source_within(pairs, speaker, actors)


def _accused_party(trigger):
    """The object of the accusation verb that ``trigger`` is the act of ("accused Peru of shelling the village",
    "blamed the rebels for burning the depot", also with the preposition hung on the object by a misparse); else
    None."""
    prep = trigger.head
    if trigger.dep_ not in ("pcomp", "pobj") or prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
        return None
    head = prep.head
    verbs = modality_cues().accusation_verbs
    if head.lower_ in verbs:
        return next((c for c in head.children if c.dep_ == "dobj"), None)
    if head.dep_ == "dobj" and head.head.lower_ in verbs:
        return head
    return None


def _accused_as_source(pairs: list[tuple], trigger, actors) -> list[tuple]:
    """``pairs`` of the act an accusation names with the accused's actor as source ("Chile accused Peru of shelling
    a village": Peru shelled, not Chile), where a named actor is the accused; a target that is the accused is
    dropped. Other pairs unchanged."""
    accused = _accused_party(trigger)
    if accused is None:
        return pairs
    return _source_within(pairs, accused, actors)


# Verbs of condemning an act: the act their object names happened, and is not the condemner's own ("condemned the
# army airstrike that killed 14 people": the army's airstrike, beside the condemnation)
_CONDEMNING = frozenset({"condemn", "denounce", "decry", "deplore"})
_DOER_MARKS = frozenset({"compound", "amod", "poss", "nmod"})


def condemned_act(noun) -> bool:
    """``noun`` is the direct object (or a conjunct of it) of a verb of condemning (:data:`_CONDEMNING`) and is stated
    as happened by a relative clause on it ("the airstrike that killed 14 people") or names its doer in its own
    modifiers ("the Israeli army raid", "Russia's strikes on the grid")."""
    obj = noun
    while obj.dep_ == "conj" and obj.head.pos_ == "NOUN":
        obj = obj.head
    verb = obj.head
    if noun.pos_ != "NOUN" or obj.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in _CONDEMNING:
        return False
    doc = noun.doc
    return any(c.dep_ in ("relcl", "acl") for c in noun.children) \
        or any(doc[i].ent_type_ in _DOER_ENTS or doc[i].pos_ == "PROPN" for i in _doer_marks(noun))


_DOER_ENTS = frozenset({"NORP", "GPE", "ORG", "PERSON"})


def _doer_marks(noun) -> set[int]:
    """Indices of the words of ``noun``'s own modifiers before it ("the Sudanese army airstrike": Sudanese army)."""
    return {t.i for c in noun.children if c.dep_ in _DOER_MARKS and c.i < noun.i for t in c.subtree}


def _condemned_doer_as_source(pairs: list[tuple], trigger, actors) -> list[tuple]:
    """``pairs`` of an act a condemnation names (:func:`condemned_act`) with the doer its modifiers name as source
    ("condemned the Sudanese army airstrike": the army), else no source: the condemner is never its doer."""
    if not condemned_act(trigger):
        return pairs
    words = _doer_marks(trigger)
    doer = next(((span, aid) for span, aid in actors if aid and span.root.i in words), None)
    condemner = {t.i for c in trigger.head.children if c.dep_ == "nsubj" for t in c.subtree} \
        if trigger.dep_ == "dobj" else set()
    out = [(doer, tgt) for _, tgt in pairs
           if tgt is None or ((doer is None or tgt[1] != doer[1]) and tgt[0].root.i not in condemner)]
    return out or [(doer, None)]


def _clause_attack_pairs(pairs: list[tuple], trigger, etype: str, actors) -> list[tuple]:
    """The pairs of an attack named by the noun subject of a clause of time (:func:`.event_second_acts.attack_subject`:
    "cancelled the trip after a drone strike on a base wounded two soldiers"): the doer its own modifiers name (else
    none: the main clause's subject did not strike) and a target from the clause's own words (else none)."""
    if etype != "ASSAULT" or not attack_subject(trigger):
        return pairs
    marks = _doer_marks(trigger)
    doer = next(((span, aid) for span, aid in actors if aid and span.root.i in marks), None)
    clause = {t.i for t in trigger.head.subtree} - marks
    targets = [(span, aid) for span, aid in actors if aid and span.root.i in clause]
    return [(doer, tgt) for tgt in targets[:1] if doer is None or tgt[1] != doer[1]] or [(doer, None)]


def _source_within(pairs: list[tuple], party, actors) -> list[tuple]:
    """``pairs`` with the actor whose mention sits in ``party``'s subtree (a token) as source and a target that
    is that actor dropped; ``pairs`` unchanged when no resolved actor sits there."""
    words = {t.i for t in party.subtree}
    actor = next(((span, aid) for span, aid in actors if aid and span.root.i in words), None)
    if actor is None:
        return pairs
    out = [(actor, tgt) for _, tgt in pairs if tgt is None or tgt[1] != actor[1]]
    return out or [(actor, None)]


def _without_bystanders(pairs: list[tuple], trigger, etype: str) -> list[tuple]:
    """``pairs`` with no target that the act's type says is no party: whom a demanded act is done to ("demanded the
    release of X": X is not the one asked) and where a protest's object lies ("blocked highways around X")."""
    check = {"REQUEST": patient_of_demanded_act, "PROTEST": place_of_object}.get(etype)
    if check is None:
        return pairs
    return [(src, None if check(tgt, trigger) else tgt) for src, tgt in pairs]


def _naming_verb(trigger):
    """The verb that names the noun ``trigger`` as something, its direct object with an object predicate ("called
    the attack a war crime", "described the strike as an act of terror"); else
    None."""
    verb = trigger.head
    if trigger.dep_ != "dobj" or trigger.pos_ not in ("NOUN", "PROPN") or verb.pos_ != "VERB":
        return None
    named = any(c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") for c in verb.children)
    return verb if named else None


def _without_namer(pairs: list[tuple], trigger) -> list[tuple]:
    """``pairs`` with no source taken from the subject of a verb that names the act ``trigger`` as something
    (:func:`_naming_verb`): who calls an attack a war crime did not make it. Not when the act's noun has a
    possessive of its own ("called its strike retaliation")."""
    verb = _naming_verb(trigger)
    if verb is None or any(c.dep_ == "poss" for c in trigger.children):
        return pairs
    namer = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    return [(None if src is not None and src[0].root.i in namer else src, tgt) for src, tgt in pairs]


def _sufferer(span) -> bool:
    """True when the mention ``span`` is (in) the subject of a verb of undergoing."""
    tok = span.root
    for _ in range(4):
        if tok.dep_ in ("nsubj", "nsubjpass"):
            return tok.head.lower_ in _undergoing_words()[0]
        if tok.head.i == tok.i or tok.head.pos_ in ("VERB", "AUX"):
            break
        tok = tok.head
    return False


@lru_cache(maxsize=4)
def _plover_words() -> tuple[frozenset[str], ...]:
    """Word sets of ``plover.toml``: non-event verbs, retreat words, light verbs, ending verbs, support verbs, non-event
    verbs with an act sense in a frame's complement."""
    lex = _plover_lexicon()
    return (word_set(lex, "non_event.verbs"), word_set(lex, "yield.retreat_words"), word_set(lex, "non_event.light_verbs"),
            word_set(lex, "non_event.terminative_verbs"), word_set(lex, "non_event.support_verbs"),
            word_set(lex, "non_event.framed_act_verbs"))


def is_confident(event, min_confidence: float | None = None, settings=None,
                 known_actors: frozenset[str] | set[str] = frozenset()) -> bool:
    """The precision-first default: the type's confidence is at least the threshold (``min_confidence``,
    else ``settings.event_min_confidence``, else :data:`DEFAULT_MIN_CONFIDENCE`) AND both actor slots
    hold a real actor id — a state code, a knowledge-base or typed new-actor id, or one of
    ``known_actors`` (ids of the store's actors table); raw text kept for a name nobody resolved does not
    count (:mod:`cablegram.store.actor_ids`). ``event`` is an :class:`~cablegram.records.Event` or a row
    ``dict`` of the events table."""
    from ..store.actor_ids import is_actor_id

    threshold = min_confidence if min_confidence is not None else getattr(settings, "event_min_confidence",
                                                                           DEFAULT_MIN_CONFIDENCE)
    get = event.get if isinstance(event, dict) else lambda k: getattr(event, k, None)
    return ((get("confidence") or 0.0) >= threshold and is_actor_id(get("source_actor"), known_actors)
            and is_actor_id(get("target_actor"), known_actors))


def confident_sql(alias: str = "") -> str:
    """The same rule as a SQL condition with one ``?`` parameter (the threshold), for store queries
    (the actor test is :func:`cablegram.store.actor_ids.actor_id_sql`, shared by SQLite and PostgreSQL)."""
    from ..store.actor_ids import actor_id_sql

    p = f"{alias}." if alias else ""
    return f"({p}confidence >= ? AND {actor_id_sql(p + 'source_actor')} AND {actor_id_sql(p + 'target_actor')})"


@dataclass
class _Candidate:
    index: int
    sent: object
    main: object
    hits: list
    strong: list
    feats: dict = field(default_factory=dict)
    aside: list = field(default_factory=list)  # cue hits of relative and participial clauses
    named: bool = True  # an actor is named; else only an unnamed agent acts (its event's type is never learned alone)


def _governs(head, token) -> bool:
    """True when ``head`` is an ancestor of ``token`` in the parse."""
    return any(a.i == head.i for a in token.ancestors)


def _contexts(text: str) -> list[str]:
    return [name for name, cues in CONTEXT_CUES.items() if any(c in text for c in cues)]


def sentence_ents(sent) -> list[Span]:
    """``sent.ents`` (the entities wholly inside the sentence, in order) read from the sentence's own tokens:
    ``Span.ents`` builds every entity of the document on each call."""
    doc, out = sent.doc, []
    k, end = sent.start, sent.end
    while k < end:
        tok = doc[k]
        if tok.ent_iob_ != "B" or not tok.ent_type:
            k += 1
            continue
        stop = k + 1
        while stop < len(doc) and doc[stop].ent_iob_ == "I":
            stop += 1
        if stop > end:
            break
        out.append(Span(doc, k, stop, label=tok.ent_type, kb_id=tok.ent_kb_id))
        k = stop
    return out


def _place(sent, exclude: set[str]) -> tuple[str, tuple[int, int]] | None:
    """(text, (start, end) document offsets) of the event's place: a place entity in a locative phrase,
    else the first place entity that is not one of the event's actors."""
    best = None
    for ent in sentence_ents(sent):
        if ent.label_ not in _PLACE_LABELS or ent.text in exclude or named_no_place(ent):
            continue
        found = (ent.text, (ent.start_char, ent.end_char))
        head = ent.root.head
        if head.dep_ == "prep" and head.lower_ in _PLACE_PREPS:
            return found
        best = best or found
    return best


def is_fight(sent_text_lower: str) -> bool:
    """Two-sided or conventional fighting cues (used for the 2016 FIGHT label)."""
    return any(c in sent_text_lower for c in FIGHT_CUES)




def _spans(trigger, source, target, place) -> dict[str, list[int]]:
    """Document character offsets of what made the event: trigger, source, target, place."""
    spans = {"trigger": [trigger.idx, trigger.idx + len(trigger.text)]}
    for key, found in (("source", source), ("target", target)):
        if found is not None:
            spans[key] = [found[0].start_char, found[0].end_char]
    if place is not None:
        spans["place"] = list(place[1])
    return spans


def _decisive(cand: _Candidate, etype: str) -> str:
    """Cue words precise enough to settle the type (``plover.toml`` ``[decisive]``, see
    :func:`.event_cues.decisive_type`): a kidnapping is ASSAULT, a riot PROTEST."""
    return decisive_type(cand.sent, cand.main, cand.hits, etype)


def _reports(frame, main) -> bool:
    """True when ``main`` sits in a reported clause of ``frame`` ("X could strike …, Y warned"), not in
    its infinitive complement ("refused to receive", "promised to send": one event, the frame's)."""
    tok = main
    for _ in range(8):
        if tok.head.i == tok.i:
            return False
        if tok.head.i == frame.i:
            return tok.dep_ in ("ccomp", "parataxis")
        tok = tok.head
    return False


_ADJUNCTS = frozenset({"advcl", "acl", "relcl", "pcomp"})


def _eventive(token) -> bool:
    """A verb that states a happening by itself: not a copula, inclusion or aspect verb (``plover.toml``
    ``non_event``), not a reporting or relaying verb."""
    non_event, _, light = _plover_words()[:3]
    C = modality_cues()
    return (token.pos_ == "VERB" and token.lower_ not in non_event and token.lower_ not in light
            and token.lower_ not in C.reporting_verbs and token.lower_ not in C.relay_verbs)


def _announced_act(main):
    """The event of a main verb: the verb itself, or the act a reporting verb names as its object
    ("announced the deployment of 230 troops", "declared a ceasefire"), or the act of an "of" complement a verb of
    considering weighs ("is weighing the expulsion of two diplomats": ``hedge.considering_verbs``)."""
    C = modality_cues()
    if main.lower_ in C.reporting_verbs:
        obj = next((c for c in main.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if obj is not None:
            return obj
    if main.lower_ in C.considering_verbs:
        return next((c for c in main.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                     and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)), main)
    return main


def _named_by_support(hits, main) -> list:
    """``hits`` (cues of the event's type) narrowed to the object of the main verb ``main`` when it is a support verb
    whose object names the event and carries no cue itself ("issued an ultimatum, warning that …": the ultimatum,
    not the warning), else ``hits``."""
    if main.lower_ not in _plover_words()[4] or any(h[0].i == main.i for h in hits):
        return hits
    return [h for h in hits if h[0].dep_ == "dobj" and h[0].head.i == main.i] or hits


def _act_cue(cand: _Candidate, etype: str, trigger, actors, happening: bool) -> tuple[bool, bool]:
    """(exempt from the no-act gates, the trigger is the act's own cue) for :meth:`EventCoder._events`: a happening
    coded for its modality alone is exempt; an idiom of threat said ("warned that X will pay a heavy price") is
    exempt and its own cue (no forecast); else a cue word of ``etype`` on the trigger is."""
    idiom = bool(_threatened_pairs([(None, None)], trigger, etype, actors))
    own = idiom or any(h[0].i == trigger.i and h[1] == etype for h in cand.hits)
    return happening or idiom, own


def _without_stray_speaker(pairs: list[tuple], main) -> list[tuple]:
    """``pairs`` without a target that is the speaker the parser hung on the main clause's object
    (:func:`.event_second_acts.stray_speaker`: "seized the town of Goma, Rwanda's ministry said": the ministry is not
    seized); the first source with no target when no pair is left."""
    stray = stray_speaker(main)
    if stray is None:
        return pairs
    kept = [(src, tgt) for src, tgt in pairs if tgt is None or not tgt[0].start <= stray.i < tgt[0].end]
    return kept or [(src, None) for src, _ in pairs[:1]]


def _host_pairs(pairs: list[tuple], trigger, etype: str, actors) -> list[tuple]:
    """The pairs of the asker's trip (:func:`.event_second_acts.asker_trip_destination`: "urged X to … during a trip to
    Beirut"): the first source with the place it went as target; [] for other events."""
    host = asker_trip_destination(trigger) if etype == "CONSULT" else None
    if host is None:
        return []
    hosts = [a for a in actors if a[1] and a[0].start <= host.i < a[0].end]
    if not hosts:
        return []
    return [(src, hosts[0]) for src, _ in pairs[:1] if src is None or src[1] != hosts[0][1]] or pairs


def _threatened_pairs(pairs: list[tuple], trigger, etype: str, actors) -> list[tuple]:
    """The pairs of an idiom of threat said (:func:`_threat_said`: "said X would pay a heavy price"): the first source
    with X as target, whatever the idiom's object; [] for other events."""
    threat = _threat_said(trigger, actors) if etype == "THREATEN" else None
    if threat is None:
        return []
    return [(src if src is None or src[1] != threat[2][1] else None, threat[2]) for src, _ in pairs[:1]]


def _speaker_ids(speech, actors) -> set[str]:
    """The actor ids the subject of the verb of saying ``speech`` speaks for: a mention at the subject's head, or
    one modifying a head that speaks for it (:func:`.event_senses.speaks_for_modifier`: "the Indian army chief"),
    not "a London economist"."""
    subjects = [c for c in speech.children if c.dep_ == "nsubj"]
    voiced = {c.i for c in subjects} | {t.i for c in subjects if speaks_for_modifier(c) for t in c.subtree}
    return {aid for span, aid in actors if aid and any(span.start <= i < span.end for i in voiced)}


def _threat_said(trigger, actors) -> tuple | None:
    """``(verb of saying, the idiom's verb, the threatened actor's (span, actor id))`` of an idiom of threat
    (:func:`.event_senses.threat_idiom`: "said X would pay a heavy price", "vowed to take countermeasures against X")
    whose speaker and threatened party are mentions of two different named actors; else None."""
    found = threat_idiom(trigger)
    if found is None:
        return None
    speech, verb, party = found
    speaker = {t.i for c in speech.children if c.dep_ == "nsubj" for t in c.subtree}
    named = [(span, aid) for span, aid in actors if span.start <= party.i < span.end and aid]
    if not named or any(span.start <= i < span.end for span, _ in named for i in speaker):
        return None
    speaker_ids = _speaker_ids(speech, actors)
    if not speaker_ids or speaker_ids & {aid for _, aid in named}:  # "an economist said X would pay …": a forecast
        return None
    return speech, verb, named[0]


def _condition(tok) -> bool:
    """``tok`` heads a relative clause or a conditional clause ("if the leader reneges"): what it states
    describes a participant or a condition, not the sentence's event."""
    if tok.dep_ == "relcl":
        return not proposed_act(tok)  # "a bill that would ban the party" states the act proposed
    marks = modality_cues().conditional_marks
    return tok.dep_ == "advcl" and (any(c.dep_ == "mark" and c.lower_ in marks for c in tok.children)
                                    or inverted_condition(tok) is not None)  # "Should the talks fail, …"


# Acts a statement of what one "would" do on a condition threatens, coded beside the threat (hypothetical)
_THREATENED_ACTS = frozenset({"SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "RETREAT"})
_CONDITIONAL_MODALS = frozenset({"would", "could"})


def _conditioned_act(cand: _Candidate, etype: str, trigger, taken: set[int]) -> list[tuple[object, str]]:
    """The act a threat on a condition names ("Seoul would impose sanctions on Pyongyang if it tested a missile": the
    sanctions, SANCTION, beside the THREATEN the statement is): a THREATEN on a verb with "would" or "could" and a
    conditional clause of its own, whose own words (the verb or its object) carry a strong cue of a material act
    (:data:`_THREATENED_ACTS`); [] otherwise."""
    if etype != "THREATEN" or trigger.pos_ != "VERB":
        return []
    if not any(c.dep_ == "aux" and c.lower_ in _CONDITIONAL_MODALS for c in trigger.children) \
            or not any(_condition(c) for c in trigger.children if c.dep_ == "advcl"):
        return []
    words = {trigger.i} | {c.i for c in trigger.children if c.dep_ == "dobj"}
    hits = [h for h in cand.strong if h[0].i in words and h[1] in _THREATENED_ACTS and h[0].i not in taken - {trigger.i}]
    if not hits:
        return []
    best = max(hits, key=lambda h: (h[0].i != trigger.i, h[3]))  # the object's cue first: the verb carries the threat
    taken.add(best[0].i)
    return [(best[0], best[1])]


def _off_clause(cue, main) -> bool:
    """True when the cue token ``cue`` does not state the event of the main verb ``main``: it sits in a
    conditional or relative clause below it, or it is a noun of another verb's clause (below the main
    verb, or hung on the reporting frame above it: "claimed X used gas, an attack that …"). An event noun
    that is a subject is the event ("the trip is expected to focus on …"), and so is a noun when the main
    verb has no object of its own ("resurfaced, conducting bombings")."""
    # (the subject of a condition is not: "if the truce holds, convoys would enter …")
    if cue.i == main.i or (cue.dep_ in ("nsubj", "nsubjpass") and not _condition(cue.head)):
        return False
    noun = cue.pos_ in ("NOUN", "PROPN")
    if noun and not any(c.dep_ == "dobj" for c in main.children):
        return False
    tok = cue
    for _ in range(12):
        if tok.i == main.i or (tok.dep_ == "conj" and tok.head.i == main.i):
            return False  # the main clause, or one coordinated with it
        if _condition(tok):
            return True
        if noun and tok.i != cue.i and tok.pos_ in ("VERB", "AUX"):
            # a noun of another verb's clause: of an adjunct clause below the main verb ("to counter
            # threats"), or of the reporting frame above it; a complement clause carries the main event
            if _governs(tok, main):
                return tok.lower_ in modality_cues().reporting_verbs
            return tok.dep_ in _ADJUNCTS
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return noun


def _clause_heads(sent, main, etype: str, trigger) -> dict[int, object]:
    """The verbs that can head a further event of the sentence: verbs conjoined with the trigger or the main
    event, the main event itself when the trigger is its frame ("X could strike …, Y warned"), and the clause
    a framing trigger reports ("threatened that it would sever ties")."""
    # "promised to send aid" is one AGREE: a complement (xcomp) of the trigger is not an event of its own.
    # A denied, refused or failed act is one of its own ("denied sending weapons": REJECT, and AID negated).
    C = modality_cues()
    # A threatened act is one too ("threatened to boycott the talks": THREATEN, and the boycott, planned), and so
    # is an act agreed, promised or prepared ("agreed to hold talks": AGREE, and the talks, planned; "is preparing to
    # launch an offensive": MOBILIZE, and the offensive, planned; see _committed_aid).
    xcomp_of_trigger = (main.dep_ == "xcomp" and _governs(trigger, main) and trigger.lower_ not in C.commit_verbs
                        and trigger.lower_ not in C.plan_verbs
                        and trigger.lower_ not in C.denial_verbs and not negates_complement(trigger, C))
    heads = {} if xcomp_of_trigger else {main.i: main}
    # What a reporting or threatening trigger says will or did happen; a demanded act is none, and a promised
    # one is the promise's own (AGREE: "promised that it would send aid", as "promised to send aid").
    if etype not in ("REQUEST", "AGREE") and (trigger.lower_ in C.reporting_verbs or trigger.lower_ in C.commit_verbs):
        heads.update({c.i: c for c in trigger.children if c.dep_ == "ccomp"})
    # The frame of the main event when it is itself a coded act ("X could strike …, Y warned": THREATEN).
    root = sent.root
    if root.i not in (trigger.i, main.i) and _acting_frame(root, main, C):
        heads[root.i] = root
    for tok in _conjoined_heads(trigger, main):
        heads.setdefault(tok.i, tok)
    return heads | _reported_by_conjuncts(heads.values(), C)


def _conjoined_heads(trigger, main) -> list:
    """Verbs conjoined with the trigger or the main event, and a clause that is the main predicate's subject
    ("removing the sanctions is out of the question")."""
    out = [c for c in main.children if c.dep_ == "csubj" and c.pos_ == "VERB"]
    for head in (trigger, main):
        out += [tok for tok in list(head.children) + ([head.head] if head.dep_ == "conj" else [])
                if tok.dep_ == "conj" or head.dep_ == "conj"]
    return out


def _reported_by_conjuncts(heads, C) -> dict[int, object]:
    """The clauses that a reporting verb among ``heads``, conjoined with another, reports ("condemned the vote and
    said it would expel the envoy": the expulsion)."""
    return {c.i: c for tok in heads if tok.dep_ == "conj" and tok.lower_ in C.reporting_verbs
            for c in tok.children if c.dep_ == "ccomp"}


def _acting_frame(root, main, C) -> bool:
    """The sentence's root verb frames the main event ``main`` as an act of its own: a clause it reports ("X could
    strike …, Y warned": THREATEN); not a denial, and not a bare reporting verb after the clause ("…, its foreign
    minister insisted": the claim's cue)."""
    if not _reports(root, main) or root.lower_ in C.denial_verbs:
        return False
    return root.lower_ not in C.reporting_verbs or root.lower_ in C.warning_verbs


def _support_objects(verb) -> set[int]:
    """Indices of the words that name a support verb's event: its objects, and the act a counting noun among them
    counts ("hold a second round of talks": the talks; ``modality.toml`` ``future.counter_nouns``)."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    counted = _of_objects([obj for obj in objects if obj.lower_ in modality_cues().counter_nouns])
    return {tok.i for tok in objects + counted}


def _committed_aid(tok, etype: str) -> bool:
    """An AID that the verb ``tok`` names as the complement of a promise, agreement or plan ("promised to send
    medical supplies"): the promise is the one event, AGREE, and the delivery is tracked as a commitment. People of a
    force or mission sent ("pledged to send troops"; ``modality.toml`` ``frame.sent_forces``) are a sending of its
    own, planned, beside the promise."""
    C = modality_cues()
    if etype != "AID" or tok.dep_ != "xcomp" or not (tok.head.lower_ in C.commit_verbs or tok.head.lower_ in C.plan_verbs):
        return False
    return not any(c.dep_ == "dobj" and c.lower_ in C.sent_forces for c in tok.children)


def _reported_nouns(frame) -> list:
    """Event words that a reporting, denying or polarity ``frame`` names as what happened, did not or may happen,
    where no verb of the reported clause states the act: the clause's subject ("warned that a military assault
    would lead to …"), what "there may be" ("warning there may be arrests"), the subject of a condition under
    the frame ("warned of a catastrophe if the attack goes ahead"), what a warning is of ("warned of the dangers
    of a military clash"; ``modality.toml`` ``hedge.possibility_nouns``), the content of a denied report
    ("denied reports that it had sent warplanes"; ``negation.report_nouns``), the object of a frame that
    cancels a negation ("has not ruled out talks"), the act a frame stops ("cancelled a planned visit") and the act
    that the frame, or an accusation conjoined with it, accuses someone of ("accused him of visiting the border";
    ``frame.accusation_verbs``)."""
    C = modality_cues()
    if frame.pos_ != "VERB":
        return []
    accused = _accused_acts(frame, C)
    out = _report_subjects(frame, C) if frame.lower_ in C.reporting_verbs else []
    objects = [c for c in frame.children if c.dep_ == "dobj"]
    if frame.lower_ in C.denial_verbs:  # what a denied report says: its clause or its "of" object
        out += _denied_report_acts(objects, C)
        # an act denied outright ("denied an incursion into its airspace"; not "rejected the deal": ``open_denials``)
        out += [obj for obj in objects if frame.lower_ in C.open_denials and obj.lower_ not in C.report_nouns]
        out += _involved_in(objects, C)  # "denied any involvement in the attack": the attack, as it happened
    elif cancels_negation(frame, C):
        out += objects  # "has not ruled out talks"
    elif frame.lower_ in C.stopping_verbs and negates_complement(frame, C):
        # "cancelled a planned visit", "the planned visit was cancelled" (``negation.stopping_verbs``)
        out += objects + [c for c in frame.children if c.dep_ == "nsubjpass"]
    out += moved_acts(frame, C)  # "pushed back the next round of negotiations to June": the negotiations, planned
    # "the dangers of a clash", "the possibility of conflict": the act is the "of" object
    out += framed_acts(frame, C)  # "refused to rule out talks", "denied that it was involved in the attack"
    out += [c for obj in objects for c in (obj, *obj.conjuncts) if condemned_act(c)]  # "condemned the raid that …"
    return out + _of_objects([obj for obj in out if obj.lower_ in C.possibility_nouns]) + accused + _without_acts(frame)


def _without_acts(verb) -> list:
    """The acts a "without" phrase on ``verb`` says did not take place ("talks broke down without an agreement",
    "crossed the border without firing a shot")."""
    return [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "without" for g in p.children
            if g.dep_ in ("pobj", "pcomp")]


_CLAIMING = frozenset({"claim", "claims", "claimed", "claiming"})


def _claimed_acts(verb) -> list:
    """The acts whose responsibility ``verb`` claims ("claimed responsibility for the ambush": the ambush, as it
    happened, an event of its own beside the claim)."""
    if verb.lower_ not in _CLAIMING:
        return []
    return _involved_in([c for c in verb.children if c.dep_ == "dobj"], modality_cues())


def _denied_report_acts(objects, C) -> list:
    """What the report nouns among ``objects`` of a verb of denial say: their clause, the object of a support verb
    heading it ("rejected claims that its troops had carried out the attack"), or their "of" object."""
    reports = [obj for obj in objects if obj.lower_ in C.report_nouns]
    clauses = [c for obj in reports for c in obj.children if c.dep_ == "acl"]
    # the report's "that" clause hung on the denial by the parse ("denied reports this week that a soldier set …")
    clauses += [c for obj in reports[:1] for c in obj.head.children if c.dep_ == "ccomp" and c.i > obj.i
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    supported = [t for c in clauses if c.lower_ in _plover_words()[4] for t in c.doc if t.i in _support_objects(c)]
    return clauses + _of_objects(reports) + supported


def _involved_in(objects, C) -> list:
    """The acts that nouns of taking part among ``objects`` name ("involvement in the attack", "any role in the
    killing"; ``modality.toml`` ``negation.involvement_nouns``): denied, the taking part is, not the act."""
    # the preposition on the noun, or on the verb right after it by a misparse ("denied any role [in] the killing")
    preps = [p for obj in objects if obj.lower_ in C.involvement_nouns
             for p in [*obj.children, *(c for c in obj.head.children if c.i == obj.right_edge.i + 1)]]
    return [g for p in preps if p.dep_ == "prep" and p.lower_ in ("in", "for") for g in p.children
            if g.dep_ in ("pobj", "pcomp")]


def _accused_acts(frame, C) -> list:
    """The acts that ``frame``, or an accusation verb conjoined with it, accuses someone of ("accused him of visiting
    the border", "blamed the rebels for shelling the town"; ``modality.toml`` ``frame.accusation_verbs``)."""
    verbs = [v for v in [frame] + [c for c in frame.children if c.dep_ == "conj"] if v.lower_ in C.accusation_verbs]
    # the preposition hung on the verb, or on its object by a misparse ("accused [the military of mass slaughter]")
    heads = verbs + [o for v in verbs for o in v.children if o.dep_ == "dobj"]
    return [g for v in heads for p in v.children if p.dep_ == "prep" and p.lower_ in ("of", "for")
            for g in p.children if g.dep_ in ("pcomp", "pobj")]


def _report_subjects(frame, C) -> list:
    """The nouns of :func:`_reported_nouns` that a reporting verb's clauses name: their subjects, what "there
    may be", and what a warning is of."""
    out = []
    for clause in frame.children:
        if clause.dep_ == "ccomp" or (clause.dep_ == "advcl" and _condition(clause)):
            out += [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "attr") and c.pos_ == "NOUN"]
        elif clause.dep_ == "prep" and clause.lower_ == "of" and frame.lower_ in C.warning_verbs:
            out += [obj for obj in clause.children if obj.dep_ == "pobj"]
    return out


def _of_objects(nouns) -> list:
    """The objects of "of" that ``nouns`` carry ("allegations [of torture]", "reports [of withdrawing] the envoy")."""
    return [g for obj in nouns for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
            for g in p.children if g.dep_ in ("pobj", "pcomp")]


def _named_acts(cand: _Candidate, etype: str, trigger, taken: set[int]) -> list[tuple[object, str]]:
    """(token, type) for each word of :func:`_reported_nouns` with a cue of another type than ``etype``, of any
    weight: the parse, not the distance from the main event, ties it to the frame."""
    out = []
    # an act a frame names in a clause under it may have the frame's type ("spoke with X and did not rule out talks")
    framed = {t.i for t in framed_acts(trigger)} if trigger.pos_ == "VERB" else set()
    # a "without" phrase on the main verb when the trigger is a noun ("talks broke down without an agreement")
    for tok in _reported_nouns(trigger) + _sequel_subjects(cand.main) + unrealised_subjects(cand.main) \
            + _without_acts(cand.main) + _claimed_acts(cand.main):
        hits = [h for h in cand.hits + cand.aside if h[0].i == tok.i and (h[1] != etype or tok.i in framed)
                and h[0].i not in taken]
        if hits:
            best = max(hits, key=lambda h: h[3])
            out.append((spreading_verb(best[0]), best[1]))
            taken.update({best[0].i, spreading_verb(best[0]).i})
    return out


def _sequel_subjects(main) -> list:
    """The subjects of a main verb of sequence ("The planned demonstration comes as …"; ``modality.toml``
    ``frame.sequel_verbs``): the noun names the news, an act of its own beside the clause that times it."""
    if main.lower_ not in modality_cues().sequel_verbs:
        return []
    return [c for c in main.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]


# Confidence of an act a frame names without a cue word of its own (:func:`_bare_acts`): its type is a guess, so
# the event stays under the confident default (:data:`DEFAULT_MIN_CONFIDENCE`) and shows only on request.
_BARE_CONFIDENCE = 0.3


def _bare_acts(cand: _Candidate, frame, etype: str, taken: set[int]) -> list[tuple[object, str | None]]:
    """(token, cue type or None) for the acts that the ``frame`` of type ``etype`` names and no event codes yet
    (:func:`_framed_complements`, and the verbs of :func:`_reported_nouns`: what a denial, accusation or warning names,
    "accused them of mutilating the body"). A verb with no cue word gets None (the type is guessed); a word with a cue
    of ``etype`` is the frame's own act. Each is an event of its own so that its modality is the act's, not the
    frame's; indices of ``taken`` are skipped and the new ones added."""
    C = modality_cues()
    acts = _framed_complements(frame, C)
    if frame.pos_ == "VERB":
        named = _reported_nouns(frame)
        # what a named danger's "that" clause says may happen ("warned of the risk that thousands could be forced …")
        acts += [_act_of(t, C) for t in named if t.pos_ == "VERB"] + [a for t in named for a in _noun_clauses(t, C)]
        # a noun of a happening with no cue word ("did not rule out the possibility of a wider war")
        acts += [spreading_verb(t) for t in named if names_happening(t)]
    out = []
    for tok in acts + _unasserted_conjuncts(cand.sent, frame):
        tok = _objectless_act(tok, cand)
        cues = [h for h in cand.hits + cand.aside if h[0].i == tok.i]
        if tok.i in taken or not _bare_act(tok, cues, etype):
            continue
        taken.add(tok.i)
        out.append((tok, max(cues, key=lambda h: h[3])[1] if cues else None))
    return out


def _objectless_act(tok, cand: _Candidate):
    """The verb whose object ``tok`` is when that object names no act (no cue word, no happening: "declined to sign
    the bill", "refused to open the crossing"): the verb is the act, not the thing it is done to; else ``tok``."""
    if tok.dep_ != "dobj" or tok.head.pos_ != "VERB" or names_happening(tok):
        return tok
    return tok if any(h[0].i == tok.i for h in cand.hits + cand.aside) else tok.head


def _unasserted_conjuncts(sent, frame) -> list:
    """Verbs conjoined to ``frame`` with its subject (none of their own) that state a further act which the sentence
    does not give as happened ("will do what is necessary, but has not yet attempted to cross the river"): each act's
    modality is its own, not the frame's."""
    if frame.pos_ != "VERB":
        return []
    return [c for c in frame.conjuncts if c.pos_ == "VERB" and c.dep_ == "conj" and c.head.i == frame.i
            and not any(d.dep_ in ("nsubj", "nsubjpass", "expl") for d in c.children)
            and classify_modality(sent, c).modality != "occurred"]


def _reported_acts(sent, actors) -> list:
    """The verbs of ``sent`` that a reporting verb's clause (or the "that" clause of a growing fear: "concerns are
    growing that …") states with no cue word, an actor, an unnamed agent (:func:`.event_gates.unnamed_agent`) or a
    happening with no actor (:func:`.event_gates.unnamed_happening`) as subject, and a
    modality other than occurred (:meth:`EventCoder._reported_uncued`)."""
    C = modality_cues()
    clauses = [t for t in sent if t.dep_ == "ccomp" and (t.head.lower_ in C.reporting_verbs or _feared(t.head, C))]
    # with the verbs conjoined to a clause's verb with its subject ("said the fighters entered X and had not met Y")
    acts = [(t, t) for t in clauses] + [(c, t) for t in clauses for c in t.conjuncts if c.dep_ == "conj"
                                        and c.pos_ == "VERB" and not any(d.dep_.startswith("nsubj") for d in c.children)]
    return [t for t, subj in acts if _eventive(t) and (_actor_subject(subj, actors) or unnamed_agent(subj)
                                                        or unnamed_happening(subj))
            and classify_modality(sent, t).modality != "occurred"]


def _feared(verb, C) -> bool:
    """``verb`` has a noun of fear or danger as subject ("fears are growing that …", ``modality.toml``
    ``possibility_nouns``): its clause is what may happen, as a reporting verb's is what was said."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in C.possibility_nouns for c in verb.children)


def _outer_commitments(sent, taken: set[int]) -> list:
    """The verbs of commitment, refusal or failure of ``sent`` (``modality.toml`` ``frame.commit_verbs``,
    ``negation.verbs``) that no event codes (indices of ``taken``) and that stand in a clause of their own beside the
    sentence's event: a relative or adverbial clause ("… Sharon, who has vowed not to return the Heights"; "signed the
    protocol, pledging never again to use gas"; "was called in when the police failed to contain the riots").
    The acts they name get an event of their own (:func:`_bare_acts`), capped at :data:`_BARE_CONFIDENCE`."""
    C = modality_cues()
    return [t for t in sent if t.pos_ == "VERB" and (t.lower_ in C.commit_verbs or negates_complement(t, C))
            and t.i not in taken and t.dep_ in ("relcl", "advcl", "acl", "conj")]


def _framed_complements(frame, C) -> list:
    """The acts in the complement of ``frame`` (each through :func:`_act_of`): of a commitment, plan, attempt, threat,
    refusal or failure ("agreed to re-open its borders", "sought to change his mind, without success", "vowed to
    strangle the force", "refused to respond"; ``modality.toml`` ``frame.commit_verbs``, ``future.plan_verbs``,
    ``negation.verbs``) and of a noun of threat or warning, its "that" clause ("threats that he
    would allow refugees into Europe unless …"). The clause of a denial stays the denial's one REJECT unless a cue
    codes its act (:func:`_clause_heads`)."""
    if frame.pos_ == "NOUN":
        return _noun_clauses(frame, C)
    if frame.pos_ != "VERB":
        return []
    if cancels_negation(frame, C):
        return _ruled_out(frame, C)
    if frame.lower_ in C.warning_verbs:  # "warned it would respond with force": the act warned of
        return [_act_of(c, C) for c in frame.children if c.dep_ == "ccomp" and c.pos_ == "VERB" and warned_act(c, C)
                and _agent_subject(c)]
    denied = _denied_clause_acts(frame, C)
    if not (frame.lower_ in C.commit_verbs or frame.lower_ in C.plan_verbs or negates_complement(frame, C)):
        return denied
    return denied + [_act_of(c, C) for c in frame.children if c.dep_ == "xcomp" and c.pos_ == "VERB"] + _attempted_acts(frame)


_ATTEMPTS = frozenset({"attempt", "attempts", "bid", "bids", "effort", "efforts"})


def _attempted_acts(frame) -> list:
    """The acts of an attempt a frame names with "in" ("failed in its attempt to seize the port": the seizing)."""
    return [a for p in frame.children if p.dep_ == "prep" and p.lower_ == "in" for n in p.children
            if n.dep_ == "pobj" and n.lower_ in _ATTEMPTS for a in n.children if a.dep_ == "acl" and a.pos_ == "VERB"]


def _denied_clause_acts(frame, C) -> list:
    """The acts of the clauses a verb of denial ``frame`` says did not happen, done by someone ("denied that its jets
    had entered the zone": the entering, negated); a thing's doing is no act ("denied that the flood had damaged the
    dam")."""
    if frame.lower_ not in C.denial_verbs:
        return []
    return [_act_of(c, C) for c in frame.children if c.dep_ == "ccomp" and c.pos_ == "VERB" and _agent_subject(c)]


def _agent_subject(verb) -> bool:
    """``verb`` has someone as its subject: a name, a personal pronoun or an unnamed agent ("warned it would respond",
    "warned that troops could cross"), not a thing ("warned that the tariffs could push inflation up")."""
    return unnamed_agent(verb) or any(c.dep_ == "nsubj" and c.pos_ in ("PRON", "PROPN") for c in verb.children)


def _ruled_out(frame, C) -> list:
    """The acts a verb of ruling out names as its object or passive subject ("cannot be ruled out", "ruled out
    talks"), the act counted for a counting noun ("acts of violence": ``future.counter_nouns``)."""
    named = [c for c in frame.children if c.dep_ in ("nsubjpass", "dobj") and c.pos_ == "NOUN"] + ruled_out_gerund(frame, C)
    # "the risk of violence cannot be ruled out": the act a noun of possibility names (``hedge.possibility_nouns``)
    return [next((g for g in _of_objects([n]) if g.pos_ == "NOUN"), n)
            if n.lower_ in C.counter_nouns or n.lower_ in C.possibility_nouns else n for n in named]


def _named_outcomes(verb) -> list:
    """The nouns a verb of consequence or undergoing names as what follows (``non_act.frames.consequence_verbs``,
    ``non_event.suffer_verbs``): its direct object, or the object of its "to" or "in" ("lead to renewed fighting",
    "result in clashes", "face attacks")."""
    if verb.pos_ != "VERB" or not (verb.lower_ in _undergoing_words()[0] or consequence_verb(verb)):
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "in") for g in p.children
                if g.dep_ == "pobj"]
    return [o for o in objects if o.pos_ == "NOUN"]


def _noun_clauses(noun, C) -> list:
    """The acts of the "that" clauses of a noun of threat or warning ("threats that he would allow …")."""
    if noun.lower_ not in C.possibility_nouns:
        return []
    return [_act_of(c, C) for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]


def _act_of(verb, C):
    """The word that names the act of the complement verb ``verb``: a light or support verb's object ("reach
    agreement", "hold talks"), what a verb of planning plans ("plans to attack") or a reporting verb reports ("refused
    to confirm that it had sent troops", "declined to confirm the arrest"), the act a refused permission names ("refused
    to allow the inspectors to enter": :func:`.modality.withheld_permission`), else ``verb``."""
    light = _plover_words()[2] | _plover_words()[4]
    verb = withheld_permission(verb, C)
    for _ in range(2):
        dep = "dobj" if verb.lower_ in light else "xcomp" if verb.lower_ in C.plan_verbs else \
            "ccomp" if verb.lower_ in C.reporting_verbs else None
        nxt = next((c for c in verb.children if c.dep_ == dep), None) if dep else None
        if nxt is None and dep == "ccomp":  # "declined to confirm the arrest of X": the act it names as its object
            nxt = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if nxt is None:
            return verb
        verb = nxt
    return verb


_RELATIVE_PRONOUNS = frozenset({"that", "which", "whom", "who", "whose", "what"})
_PERFECT_AUX = frozenset({"had", "has", "have", "'d"})


def _told_relative_acts(sent, taken: set[int], actors) -> list:
    """The verbs of ``sent``'s relative clauses that tell an act done to the noun they describe by a doer of their own:
    a named actor or an unnamed agent as subject (not the relative pronoun: "officials who asked not to be named"
    describes a participant), the noun as the verb's object (the relative pronoun as object, or none: "the villages
    [that] the insurgents had burned", "the consulate that demonstrators stormed"), in the simple past or past perfect
    without a modal; not a support verb, which states the noun's own act ("the raid that police carried out"). Not the
    indices of ``taken``."""
    out = []
    for tok in sent:
        told = _reported_relative_act(tok)
        if told is not None and told.i not in taken and _eventive(told):
            out.append(told)  # "the lorries, which drivers said were shelled": the shelling
            continue
        if tok.dep_ != "relcl" or tok.pos_ != "VERB" or tok.i in taken or not _eventive(tok) \
                or tok.head.dep_ == "ROOT":  # a noun root: the clause is likely the sentence's own, misparsed
            continue
        if tok.lower_ in _plover_words()[4]:
            continue  # a support verb states the noun's own act ("the ambush that the gunmen staged"): one event
        if _told_in_the_past(tok) and _done_to_the_noun_by_a_doer(tok, actors):
            out.append(tok)
    return out


_PAST_PASSIVE_AUX = frozenset({"was", "were", "had", "been"})


def _reported_relative_act(tok):
    """The act that a relative clause of saying with a subject of its own reports as done to the noun it describes, in a
    past passive with the relative pronoun as its subject ("the lorries, which drivers said were shelled by night",
    "a clinic that officials say had been shelled": "attacked", "shelled"), else None. Not under a noun root."""
    if tok.dep_ != "relcl" or tok.pos_ != "VERB" or tok.lower_ not in modality_cues().reporting_verbs \
            or tok.head.dep_ == "ROOT":
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ not in _RELATIVE_PRONOUNS for c in tok.children):
        return None
    return next((c for c in tok.children if c.dep_ == "ccomp" and _past_passive_of_the_noun(c)), None)


def _past_passive_of_the_noun(act) -> bool:
    """``act`` is a verb in a past passive ("was attacked", "had been shelled") with no subject but a relative
    pronoun: what was done to the noun the relative clause describes."""
    if act.pos_ != "VERB" or act.tag_ != "VBN":
        return False
    auxes = [a for a in act.children if a.dep_ in ("aux", "auxpass")]
    subjects = [a for a in act.children if a.dep_ in ("nsubj", "nsubjpass")]
    return (any(a.dep_ == "auxpass" for a in auxes) and all(a.lower_ in _PAST_PASSIVE_AUX for a in auxes)
            and all(a.lower_ in _RELATIVE_PRONOUNS for a in subjects))


def _told_in_the_past(tok) -> bool:
    """``tok`` is in the simple past (also tagged as a participle with no auxiliary: "the depot that the militia
    emptied") or the past perfect, with no modal."""
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if auxes and (tok.tag_ != "VBN" or len(auxes) != 1 or auxes[0].dep_ != "aux"
                  or auxes[0].lower_ not in _PERFECT_AUX):
        return False
    return tok.tag_ in ("VBD", "VBN")


def _done_to_the_noun_by_a_doer(tok, actors) -> bool:
    """The relative clause's verb ``tok`` has one subject of its own (not the relative pronoun) that is a named actor,
    an unnamed agent or a plural noun of doers, and no object but the noun it describes."""
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    if len(subjects) != 1 or subjects[0].dep_ != "nsubj" or subjects[0].lower_ in _RELATIVE_PRONOUNS:
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.lower_ not in _RELATIVE_PRONOUNS for c in tok.children):
        return False  # the noun is not what the act is done to ("the day the army crossed the river")
    return bool(_actor_subject(tok, actors) or unnamed_agent(tok) or _agent_noun(subjects[0])
                or _modifier_names_actor(subjects[0], actors))


def _modifier_names_actor(noun, actors) -> bool:
    """A modifier of ``noun`` before it names an actor ("Iranian coastguards", "Serbian police"), or an owner's pronoun
    ties armed or uniformed men (``plover.toml`` ``participants.owned_forces``) to a party ("their border guards"): the
    noun's people act for that actor."""
    if noun.lower_ in word_set(_plover_lexicon(), "participants.owned_forces") \
            and any(c.dep_ == "poss" and c.lower_ in ("their", "its") for c in noun.children):
        return True
    named = _named_tokens(actors)
    return any(t.i in named for c in noun.children if c.dep_ in ("amod", "compound", "poss") and c.i < noun.i
               for t in c.subtree)


def _mention_of(tok, actors, skip: set[int] = frozenset()) -> tuple | None:
    """The actor mention (not a place) that holds ``tok`` or a modifier before it ("Iranian coastguards": Iranian),
    else the noun's own phrase (:func:`.event_actors.phrase_of`); the tokens of ``skip`` are never read."""
    words = [tok] + [t for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod") and c.i < tok.i
                     for t in c.subtree if t.i not in skip]
    for word in words:
        hit = next((a for a in actors if a[0].start <= word.i < a[0].end and not is_locative(a[0])), None)
        if hit is not None:
            return hit
    return phrase_of(tok)


_IMPACT_PREPS = ("at", "on", "near", "in", "into")


def _firer(weapon):
    """The noun of the "by" phrase naming who fired or launched ``weapon`` ("shells fired by Thai troops"; the parser may
    also hang "fired by X" on the weapon as its clause's subject: "artillery fired by X struck …"), else None."""
    clauses = [c for c in weapon.children if c.dep_ == "acl" and c.pos_ == "VERB"]
    if weapon.dep_ == "nsubj" and weapon.head.pos_ == "VERB":
        clauses.append(weapon.head)
    return next((g for v in clauses for a in v.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"),
                None)


def _fired_by_pairs(pairs: list[tuple], trigger, etype: str, actors) -> list[tuple]:
    """An attack whose source is the weapon fired by someone named in a "by" phrase (:func:`_firer`): that firer is the
    source, and no target (the victims of a passive trigger are: "four farmers were injured when mortar rounds fired
    by X landed …"); ``pairs`` otherwise."""
    if etype != "ASSAULT":
        return pairs
    out = []
    for src, tgt in pairs:
        firer = _firer(src[0].root) if src is not None and is_weapon(src[0].root) else None
        if firer is None:
            out.append((src, tgt))
            continue
        inside = {t.i for t in firer.subtree}
        if tgt is not None and tgt[0].root.i in inside:
            victims = [c for c in trigger.children if c.dep_ == "nsubjpass"]
            tgt = _mention_of(victims[0], actors) if victims else None
        out.append((_mention_of(firer, actors), tgt))
    return out


def _owned_weapon_pairs(pairs: list[tuple], trigger, actors) -> list[tuple]:
    """The pair of a weapon a named actor's modifier makes its own, with a relative clause telling what it did
    (:func:`.event_second_acts.owned_weapon`: "a Hezbollah rocket that landed near Haifa"): that actor the source, what
    the clause hit or where it struck the target (its object, else its phrase of place); ``pairs`` elsewhere."""
    verb = owned_weapon(trigger, _named_tokens(actors))
    if verb is None:
        return pairs
    source = next((a for a in actors if any(a[0].start <= t.i < a[0].end for c in trigger.children
                                            if c.dep_ in ("compound", "amod", "poss") for t in c.subtree)), None)
    hit = [c for c in verb.children if c.dep_ == "dobj"] + [g for p in verb.children if p.dep_ == "prep"
                                                           and p.lower_ in _IMPACT_PREPS for g in p.children
                                                           if g.dep_ == "pobj"]
    target = _mention_of(hit[0], actors) if hit else None
    return [(source, target)] if source is not None else pairs


def _relative_doer_pairs(pairs: list[tuple], trigger, actors) -> list[tuple]:
    """The pair of an act a relative clause tells as done to the noun it describes by a doer of its own
    (:func:`_done_to_the_noun_by_a_doer`: "handed back a fisherman whom their coastguards had held", "released a
    fisherman whom Iranian coastguards had seized"): the clause's subject the source, the noun the target, whatever
    the main clause's parties; a weapon the clause fires or launches is no target ("a rocket that X fired at Y"):
    ``pairs`` unchanged there and elsewhere."""
    if trigger.dep_ != "relcl" or trigger.pos_ != "VERB" or is_weapon(trigger.head) \
            or not _done_to_the_noun_by_a_doer(trigger, actors):
        return pairs
    subject = next(c for c in trigger.children if c.dep_ == "nsubj")
    source = _mention_of(subject, actors)
    target = _mention_of(trigger.head, actors, skip={t.i for t in trigger.subtree})
    if source is None and target is None:
        return pairs
    return [(source, target)]


_AGENT_SUFFIXES = ("ers", "ors", "ists", "ants", "ents", "ians")


def doers_subject(verb) -> bool:
    """The subject of ``verb``, or of the verbs whose complement it is ("the donors have yet to pay"), is a plural
    noun of doers (:func:`_agent_noun`), as an unnamed agent's is (:func:`.event_gates.unnamed_agent`)."""
    tok = verb
    for _ in range(3):
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        if subjects:
            return any(_agent_noun(s) for s in subjects)
        if tok.dep_ != "xcomp" or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _agent_noun(noun) -> bool:
    """``noun`` is a plural noun of doers by its English suffix ("defenders", "loyalists", "insurgents",
    "partisans"): people who act, as the unnamed agents of ``non_act.frames.actor_nouns`` are."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NNS" and noun.lower_.endswith(_AGENT_SUFFIXES)


def _bare_act(tok, cues, etype: str) -> bool:
    """``tok``, with its ``cues``, can be an act of its own beside a frame of type ``etype``: a verb (or a word with a
    cue) that states a happening (not a non-event, light or reporting verb) with no cue of the frame's own type. A verb
    of inclusion with an act sense (``non_event.framed_act_verbs``) is an act as the complement of a frame ("failed to
    contain the riots"), where it cannot mean inclusion."""
    non_event, _, light = _plover_words()[:3]
    framed_act = tok.dep_ == "xcomp" and tok.lower_ in _plover_words()[5]
    if (tok.lower_ in non_event and not framed_act) or tok.lower_ in light or tok.lower_ in modality_cues().reporting_verbs:
        return False
    return not any(h[1] == etype for h in cues) and (bool(cues) or tok.pos_ == "VERB" or names_happening(tok))


def _actor_subject(verb, actors) -> bool:
    """A mention of an actor (not a place) is the subject of ``verb``, or of the verbs whose complement it is ("Ostland
    has not yet responded", "the minister refused to comment"), or a conjunct of that subject."""
    named = _named_tokens(actors)
    tok = verb
    for _ in range(3):
        subjects = pronoun_speaker([c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")], tok)
        subjects += [c for s in subjects for c in s.conjuncts]
        if subjects:
            return any(s.i in named for s in subjects)
        holder = plan_holder(tok) or (tok.head if tok.dep_ == "xcomp" and tok.head.i != tok.i else None) \
            or _without_holder(tok)
        if holder is None:  # "Ostland has shelved plans to buy X": Ostland's buying
            break
        tok = holder
    return False


def _without_holder(verb):
    """The verb whose "without" phrase ``verb`` is ("the council ended its session without voting": "ended", whose
    subject does, or here does not do, the act), else None."""
    prep = verb.head
    if verb.dep_ == "pcomp" and prep.lower_ == "without" and prep.dep_ == "prep" and prep.head.pos_ == "VERB":
        return prep.head
    return None


def _happening_subject(verb, actors) -> bool:
    """``verb`` states a happening by or to someone: an actor (:func:`_actor_subject`), an unnamed agent or a happening
    with no actor as its subject (:func:`.event_gates.unnamed_agent`, :func:`.event_gates.unnamed_happening`), or it is
    a verb of dying (:func:`.event_gates.death_verb`: "tens of thousands may die")."""
    return (death_verb(verb) or _actor_subject(verb, actors) or unnamed_agent(verb)
            or unnamed_happening(verb))


def _demanded(cand: _Candidate, yield_type: str) -> bool:
    """A learned YIELD (``yield_type``: CONCEDE or RETREAT) is only demanded, a REQUEST: a demanding verb
    governs the main event ("called on Moscow to release …"), or the sentence has one and no cue of the
    yield ("a resolution urging Moscow to free …"). A demand named by a noun is what was yielded to
    ("accepted the demands of the protesters"), and so is one named by a passive participle ("granted
    the order sought by the union")."""
    demands = [h[0] for h in cand.strong if h[1] == "REQUEST" and h[0].pos_ == "VERB"
               and not (h[0].dep_ == "acl" and h[0].tag_ == "VBN")]
    if not demands:
        return False
    return any(_governs(tok, cand.main) for tok in demands) or not any(h[1] == yield_type for h in cand.hits)


def _act_pairs(pairs: list[tuple], trigger, etype: str = "") -> list[tuple]:
    """``pairs`` of one act, with places and undergoers in their roles: a subject that undergoes the act
    ("came under fire") is its target with no source named; places conjoined in a locative phrase ("in
    Iraq and Syria") are no targets, unless the phrase hangs on the act's verb or a participant ("aid to
    people in A, B and C": :func:`.event_actors.place_of_act`); a REQUEST's target is not one named in the act
    it asks for ("called on the administration to call out Russia"; one addressed by a repeated "on" is: "… and on Y
    to …"). Pairs made equal by that are kept once,
    in order."""
    if undergoes(trigger):
        pairs = [(None, src) for src, _ in pairs if src is not None]
    if etype == "REQUEST":
        pairs = [(src, None if tgt is not None and in_demanded_act(tgt[0], trigger)
                  and not repeated_addressee(tgt[0], trigger) else tgt) for src, tgt in pairs]
    pairs = _no_place_parties(pairs, trigger, etype)
    out, seen = [], set()
    for src, tgt in pairs:
        key = (src[0].start if src else None, tgt[0].start if tgt else None)
        if key not in seen:
            seen.add(key)
            out.append((src, tgt))
    return out


def _one_per_dyad(pairs: list[tuple]) -> list[tuple]:
    """``pairs`` with one pair per resolved dyad (source and target actor ids both known): a title and the name in
    apposition resolve alike ("the secretary of state, X, and …": one event id, never two events with it)."""
    out, dyads = [], set()
    for src, tgt in pairs:
        dyad = (src[1] if src else None, tgt[1] if tgt else None)
        if all(dyad) and dyad in dyads:
            continue
        dyads.add(dyad)
        out.append((src, tgt))
    return out


def _no_place_parties(pairs: list[tuple], trigger, etype: str) -> list[tuple]:
    """``pairs`` without a party that is only where the act was: a place named on a meeting or an accord ("the Geneva
    agreement", "talks in Geneva"), places conjoined in a locative phrase not on the act's verb or a participant, and a
    place inside another place's phrase on the act ("fired on marchers at the palace in X", "the depot north of X"; a
    protest's stays its target: "rioted at a jail in northern X", as PLOVER's records code it)."""
    return [(None if src is not None and meeting_place(src[0], etype) else src,
             None if tgt is not None and ((conjoined_places(tgt[0]) and not place_of_act(*tgt, trigger))
                                          or meeting_place(tgt[0], etype)
                                          or (etype != "PROTEST" and nested_place(tgt[0], trigger))) else tgt)
            for src, tgt in pairs]


def _call_trigger(main, etype: str, trigger):
    """The main verb for a CONSULT when it calls or phones a person (:func:`~.event_senses.phone_call`): the call
    is the act, on its verb; else ``trigger``."""
    return main if etype == "CONSULT" and phone_call(main) else trigger


def _yield_as(sent, hits) -> str:
    """CONCEDE or RETREAT for the learned YIELD: the stronger cue of the two, else RETREAT when the
    sentence names a material yielding (``plover.toml`` ``yield.retreat_words``), else CONCEDE."""
    best = {t: max((h[3] for h in hits if h[1] == t), default=0.0) for t in ("CONCEDE", "RETREAT")}
    if best["CONCEDE"] != best["RETREAT"]:
        return max(best, key=best.get)
    retreat = _plover_words()[1]
    return "RETREAT" if any(t.lower_ in retreat for t in sent) else "CONCEDE"


def _trigger(cand: _Candidate, etype: str):
    """The token an event of type ``etype`` sits on: without a cue of its own type the main verb, else the
    strongest cue; a cue of another clause does not beat the main verb ("will move a battery to counter threats")."""
    of_type = [h for h in cand.hits if h[1] == etype]
    main = cand.main
    if of_type and _eventive(main) and not any(h[0].i == main.i for h in cand.strong):
        # nor does a weak cue that only names a kind of thing ("[supply] trucks reached the town")
        strong = {h[0].i for h in cand.strong}
        of_type = [h for h in of_type if not _off_clause(h[0], main) and (h[0].dep_ != "compound" or h[0].i in strong)]
    of_type = _named_by_support(of_type, main)
    if of_type or not (main.pos_ == "VERB" and main.lower_ not in _plover_words()[0]):
        cue = max(of_type or cand.strong or [(main, etype, "", 0.0)], key=lambda h: h[3])[0]
        return _passive_act(spreading_verb(cue), main)
    return main if any(h[0].i == main.i for h in cand.hits) else _announced_act(main)


def _in_condition(tok, top) -> bool:
    """``tok`` sits in a conditional or relative clause below ``top`` (:func:`_condition`)."""
    for _ in range(12):
        if tok.i == top.i or tok.head.i == tok.i:
            return False
        if _condition(tok):
            return True
        tok = tok.head
    return False


def _consequence_type(cand: _Candidate, etype: str, trigger) -> str | None:
    """The type of an event moved off a condition onto its consequence ("Should the rebels refuse the deal, the army
    would resume its shelling": the shelling's ASSAULT, not the refusal's REJECT): when every cue of ``etype`` lies in a
    condition below ``trigger``, the strongest cue of the consequence's own words (``trigger`` and what it governs,
    outside the condition), or None when they hold none; else ``etype``."""
    of_type = [h for h in cand.hits if h[1] == etype]
    if not of_type or any(h[0].i == trigger.i for h in of_type) \
            or not all(_in_condition(h[0], trigger) for h in of_type):
        return etype
    own = [h for h in cand.hits if trigger.left_edge.i <= h[0].i <= trigger.right_edge.i
           and not _in_condition(h[0], trigger)]
    return max(own, key=lambda h: h[3])[1] if own else None


def _passive_act(cue, main):
    """The passive main verb whose agent is the weapon that the cue word ``cue`` names ("the boats were hit by a
    missile", "positions were struck by artillery fire": the hitting, not the weapon), else ``cue``."""
    if cue.dep_ == "pobj" and cue.head.dep_ == "agent" and cue.head.head.i == main.i and _eventive(main) \
            and is_weapon(cue):
        return main
    return cue


# Verbs of a happening spreading or growing: the act is the spreading, its type the happening's ("the fighting could
# spread to the north", "violence may spill across the border").
_SPREAD_VERBS = frozenset({"spread", "spreads", "spreading", "spill", "spills", "spilled", "spilling", "spilt",
                           "escalate", "escalates", "escalated", "escalating", "widen", "widens", "widened", "widening"})


def spreading_verb(cue):
    """The verb of spreading (:data:`_SPREAD_VERBS`) whose subject is the event word ``cue`` ("the [fighting] could
    spread": "spread"), else ``cue``."""
    if cue.dep_ == "nsubj" and cue.pos_ == "NOUN" and cue.head.pos_ == "VERB" and cue.head.lower_ in _SPREAD_VERBS:
        return cue.head
    return cue


def _act_modality(cand: _Candidate, etype: str, trigger, own_cue: bool):
    """The modality result of the act of ``etype`` on ``trigger``: on the event's own words, not on its frame (a
    readiness's on the act it is ready for, "willing to withdraw"), as asked for or a blocked attempt, a negation that is
    itself a refusal (not "has yet to respond"); None for a threat's conditional consequence
    (:func:`.event_gates.conditional_consequence`)."""
    # a verb the parser hangs on the main verb's object though it is the main clause's second verb: the main's modality
    act = cand.main if stranded_conjunct(trigger, cand.main) else reported_act(trigger)
    if etype == "CONSULT" and meeting_phrase_verb(trigger) is not None:  # "pledged aid on a visit to X": the visit's own
        act = reported_act(meeting_phrase_verb(trigger))
    modality = classify_modality(cand.sent, act)
    if conditional_consequence(etype, trigger, own_cue):
        return None
    framed = frame_modality(trigger, modality.modality)
    framed = framed if modality.cue == "yet" else refusal_modality(etype, framed, trigger, cand.hits)
    return replace(modality, modality=framed) if framed != modality.modality else modality


class EventCoder:
    """Writes ``doc._.cg_events``: the PLOVER events of each sentence (none, one or several)."""

    def __init__(self, nlp: Language, name: str, model: str | None, min_cue_weight: float, min_confidence: float,
                 model_only_confidence: float = 0.6, secondary_confidence: float = 0.6, max_pairs: int = 8,
                 threads: int = 1, direction_model: str | None = DEFAULT_DIRECTION_MODEL, background: bool = True):
        self.name = name
        # Classify on a helper thread ahead of the coding where a second core is free (.event_stream).
        self.background = background
        # The learned source/target ranker (empty name: the parse rules of event_actors alone).
        self.direction = DirectionModel.load(direction_model) if direction_model else None
        self.index = build_cue_index()
        self.model = load_event_model(model, threads=threads)
        self.min_cue_weight = min_cue_weight
        self.min_confidence = min_confidence
        self.model_only_confidence = model_only_confidence
        self.secondary_confidence = secondary_confidence
        self.max_pairs = max_pairs

    def __call__(self, doc):
        return next(iter(self._inline([doc], batch_size=1)))

    def pipe(self, docs, batch_size: int = 64):
        """Code a stream of docs, in order. With ``background`` on and a core to spare
        (:func:`.event_stream.background_possible`), the classifier works on a helper thread up to
        ``batch_size`` docs ahead of the coding while the earlier components analyse the next docs
        (:func:`.event_stream.classify_ahead`); else inline, a batch at a time. Each sentence is classified
        alone either way (see :class:`.event_model.EventTypeModel`): the same events."""
        if self.model is not None and self.background and background_possible():
            yield from classify_ahead(docs, self._plan, lambda plan: [c.sent.text for c in plan[1]],
                                      self.model.predict_proba, self._finish, batch_size)
        else:
            yield from self._inline(docs, batch_size)

    def _inline(self, docs, batch_size: int):
        for batch in minibatch(docs, size=batch_size):
            plans = [self._plan(doc) for doc in batch]
            texts = [c.sent.text for _, cands in plans for c in cands]
            probs = self.model.predict_proba(texts) if self.model is not None and texts else None
            k = 0
            for doc, plan in zip(batch, plans):
                yield self._finish(doc, plan, None if probs is None else probs[k:k + len(plan[1])])
                k += len(plan[1])

    def _finish(self, doc, plan: tuple[list, list[_Candidate]], probs):
        """``doc`` with its events: each candidate coded with its row of ``probs`` (None: the cue rules)."""
        actors, cands = plan
        events = doc_list(doc, "cg_events")
        for k, cand in enumerate(cands):
            events.extend(self._code(cand, None if probs is None else probs[k], doc, actors))
        events[:] = resolve_definite_bodies(doc, resolve_act_anaphora(doc, events), actors)
        return doc

    def _plan(self, doc) -> tuple[list, list[_Candidate]]:
        doc_list(doc, "cg_events")
        if not is_english(doc) or not doc.has_annotation("DEP"):
            return [], []
        actors = _Actors(actor_spans(doc))
        cands = [c for i, sent in enumerate(doc.sents) if (c := self.candidate(sent, i, actors)) is not None]
        return actors, cands

    def candidate(self, sent, index: int, actors) -> _Candidate | None:
        """A sentence that can hold an event: a strong cue near its main event, or an actor mention and a
        main verb that states a happening (not a copula, "include", a bare reporting verb)."""
        if len(sent) < 3:
            return None
        main = main_event_token(sent)
        aside: list = []
        if self.model is not None:  # the rule features only decide the type without the classifier
            feats, hits = {}, cue_hits(sent, self.index, main, aside)
        else:
            feats, hits = sentence_features(sent, self.index, main, aside=aside)
        strong = [h for h in hits if h[3] >= self.min_cue_weight]
        if not strong:
            # a gathering with no cue word of its own, closed without an act ("ended its session without voting"):
            # the act that did not take place is the sentence's event
            main = closing_without(main) or main
            if self.model is None or main.pos_ != "VERB" or main.lower_ in _plover_words()[0]:
                return None
            if main.lower_ in modality_cues().reporting_verbs:
                return None
            if not any(sent.start <= s.start and s.end <= sent.end and not is_locative(s) for s, _ in actors):
                # an unnamed agent's act that did not happen or may ("fighters could escape"): coded only for its
                # modality (:meth:`_uncued`, :meth:`_reported_uncued`); no classifier call for the other sentences
                unasserted = ((unnamed_agent(main) or unnamed_happening(main) or doers_subject(main))
                              and classify_modality(sent, main).modality != "occurred") \
                    or _reported_acts(sent, actors)
                return _Candidate(index, sent, main, hits, strong, feats, aside, named=False) if unasserted else None
        return _Candidate(index, sent, main, hits, strong, feats, aside)

    def _type(self, cand: _Candidate, row) -> tuple[str, float] | None:
        if row is not None:
            labels = self.model.labels
            best = int(row.argmax())
            etype, conf = labels[best], float(row[best])
            if not cand.strong and (conf < self.model_only_confidence or not cand.named):
                return None
            if etype == "YIELD":
                etype = _yield_as(cand.sent, cand.hits)
                etype = "REQUEST" if _demanded(cand, etype) else etype
            elif etype in _NEEDS_CUE and not any(h[1] == etype for h in cand.hits):
                act = self._modal_act(cand, _NEEDS_CUE[etype])
                if act is not None:
                    etype, conf = act, min(conf, self.secondary_confidence)
            etype = _decisive(cand, main_cue_type(cand.main, cand.hits, etype, conf))
            return (etype, conf) if etype in TYPE_NAMES else None
        raw = rule_scores(cand.feats)
        total = sum(math.exp(3 * v) for v in raw.values())
        etype = max(raw, key=raw.get)
        return etype, math.exp(3 * raw[etype]) / total

    @staticmethod
    def _modal_act(cand: _Candidate, acts_of: dict[str, frozenset[str]]) -> str | None:
        """The type of the main verb's own cue when the sentence only plans or negates that act: a learned
        AGREE or REJECT without a word of its own ("will send air defences" is AID, planned; "has not
        launched an offensive" is ASSAULT, negated)."""
        main = cand.main
        # "will not end the strike": the strike goes on; the object of an ending is not the negated act
        ending = _plover_words()[3]
        at_main = [h for h in cand.strong if (main.left_edge.i <= h[0].i <= main.right_edge.i or h[0].dep_ in ("nsubj", "nsubjpass"))
                   and h[0].head.lower_ not in ending
                   and h[1] in acts_of.get(classify_modality(cand.sent, h[0]).modality, ())]
        return max(at_main, key=lambda h: h[3])[1] if at_main else None

    def _asking_confidence(self, etype: str, trigger, conf: float) -> float:
        """At least ``secondary_confidence`` for a REQUEST whose frame names who asks whom to do what
        (:func:`.event_senses.asked_to_act`: "called on X to reopen the clinics") and a COOPERATE on a patrol or drill
        held jointly (:func:`.event_senses.joint_act`: "held joint border patrols"): the words settle it, however the
        classifier spread its belief over the act asked for or the patrol's show of force."""
        settled = (etype == "REQUEST" and asked_to_act(trigger)) or (etype == "COOPERATE" and joint_act(trigger)) \
            or (etype == "SANCTION" and halted_talks(trigger) is not None)
        return max(conf, self.secondary_confidence) if settled else conf

    @staticmethod
    def _called(cand: _Candidate, row, typed: tuple[str, float] | None) -> tuple[str, float] | None:
        """CONSULT when the main verb calls or phones a person (:func:`~.event_senses.phone_call`: "called his
        Chinese counterpart, Wang Yi"), whatever the cue lists ("call": REQUEST) or the classifier say, with their
        confidence, or the classifier's top probability when they gave no type; ASSAULT when they gave none and the main
        verb fires a weapon at someone (:func:`~.event_senses.weapon_aimed`); MOBILIZE when they gave none and the
        main verb shows force (:func:`~.event_senses.shown_force`: "moved air-defence batteries into the province",
        "flew bombers near the coast"); ``typed`` otherwise."""
        if phone_call(cand.main):
            sensed = "CONSULT"
        elif typed is None and weapon_aimed(cand.main):  # "launched dozens of drones at the capital": no cue word
            sensed = "ASSAULT"
        elif typed is None and shown_force(cand.main):  # "moved air-defence batteries into the province": no cue word
            sensed = "MOBILIZE"
        else:
            return typed
        if typed is not None:
            return sensed, typed[1]
        return sensed, float(row.max()) if row is not None else 0.5

    def _code(self, cand: _Candidate, row, doc, actors) -> list[Event]:
        typed = self._called(cand, row, self._type(cand, row) or self._uncued(cand, row, actors))
        if typed is None:
            return self._reported_uncued(cand, row, doc, actors) or self._unasserted_act(cand, row, doc, actors)
        if typed[1] < self.min_confidence:
            return []
        etype, conf = typed
        trigger = _trigger(cand, etype)
        etype, conf = self._consequence_typed(cand, row, etype, conf, trigger)
        if not etype:
            return []
        demand = demanding_verb(trigger, cand.strong)
        if demand is not None:  # the asking is the act, not what it asks for ("called on B to retaliate against C")
            etype, trigger = "REQUEST", demand
        trigger = _call_trigger(cand.main, etype, trigger)
        etype, trigger = sensed_type(sense_type(etype, trigger), trigger, cand.main)
        threat = _threat_said(trigger, actors)
        if threat is not None:  # "said X would pay a heavy price": the words settle it, as an asking's do
            etype, trigger, conf = "THREATEN", threat[0], max(conf, self.secondary_confidence)
        conf = self._asking_confidence(etype, trigger, conf)
        events = self._refused(cand, etype, conf, trigger, doc, actors)
        further = self._all_further(cand, etype, trigger, actors)
        events += self._further_events(cand, etype, conf, trigger, further, doc, actors)
        taken = {trigger.i} | {tok.i for tok, _ in further} | ({threat[1].i} if threat is not None else set())
        frames = [(trigger, etype)] + further
        frames += [(frame, "") for frame in _outer_commitments(cand.sent, taken)]
        for frame, frame_type in frames:
            for tok, cue_type in _bare_acts(cand, frame, frame_type, taken):
                typed = (cue_type, min(conf, self.secondary_confidence)) if cue_type else self._guessed_type(cand, row, frame_type)
                if typed and not frame_type:  # an act of a commitment no event codes: its type is a guess
                    typed = (typed[0], min(typed[1], _BARE_CONFIDENCE))
                if typed and not _committed_aid(tok, typed[0]):  # a promised AID is the promise's (AGREE)
                    events += self._events(cand, *typed, tok, doc, actors)
        events += self._outcome_events(cand, conf, taken, doc, actors)
        events += self._main_act(cand, row, taken, doc, actors)
        events += self._relative_events(cand, row, taken, doc, actors)
        # a guessed main event that states no act ("fears are growing that …"): the acts its clauses report, as without one
        return events or self._reported_uncued(cand, row, doc, actors) or self._unasserted_act(cand, row, doc, actors)

    def _further_events(self, cand: _Candidate, etype: str, conf: float, trigger, further: list, doc,
                        actors) -> list[Event]:
        """The events of the further acts ``further`` (:meth:`_all_further`), at most ``secondary_confidence``: one
        event per act ("airstrikes killed": :func:`.event_gates.same_act`), but another actor's act in a clause of its
        own is its own (:func:`.event_second_acts.other_doer`); each act's sense read on its own word."""
        events, named = [], _named_tokens(actors) if further else frozenset()
        acts = {t.i for t, _ in further}
        for tok, other in further:
            if same_act(trigger, tok, etype, other) and not other_doer(tok, cand.main, trigger, named) \
                    and not other_time_clause(tok, cand.main, named) and not own_object_conjunct(tok, named):
                continue
            if tok.dep_ in ("relcl", "acl") and tok.head.i in acts and condemned_act(tok.head):
                continue  # "condemned the airstrike that killed 14 people": one act, on the noun
            other = act_sense(other, tok)  # "… and declared a curfew": COERCE
            events += self._events(cand, other, min(conf, self.secondary_confidence), tok, doc, actors)
        return events

    def _main_act(self, cand: _Candidate, row, taken: set[int], doc, actors) -> list[Event]:
        """The main verb's own act when the sentence's events sit on other words and it has no cue word, someone as
        its subject (:func:`_happening_subject`) and a modality other than occurred ("the parliament is to vote on the
        pact": the vote, planned; "no troops crossed the border, the ministry said, rejecting reports of an
        incursion": the crossing, negated): an event of its own so that its modality is known, with the classifier's
        guessed type capped at :data:`_BARE_CONFIDENCE`. Not for a support verb or one whose object or complement is
        already an event's word ("will hold talks")."""
        main = cand.main
        if row is None or main.i in taken or not _eventive(main) or main.lower_ in _plover_words()[4]:
            return []
        if any(h[0].i == main.i for h in cand.hits) or any(cand.sent.doc[i].head.i == main.i for i in taken):
            return []
        if not _happening_subject(main, actors) or classify_modality(cand.sent, main).modality == "occurred":
            return []
        typed = self._guessed_type(cand, row, "")
        if typed is None:
            return []
        taken.add(main.i)
        return self._events(cand, *typed, main, doc, actors)

    def _relative_events(self, cand: _Candidate, row, taken: set[int], doc, actors) -> list[Event]:
        """Events on the acts that relative clauses tell as done by a doer of their own to the noun they describe
        (:func:`_told_relative_acts`: "the villages that the insurgents had burned"), when occurred: the type of the
        verb's own cue, or the classifier's guess without one, capped at :data:`_BARE_CONFIDENCE` (a happening beside
        the news, never in the confident view)."""
        events: list[Event] = []
        for tok in _told_relative_acts(cand.sent, taken, actors):
            if classify_modality(cand.sent, tok).modality != "occurred":
                continue  # "a claim the military has not addressed": told, but as no act
            cues = [h for h in cand.hits + cand.aside if h[0].i == tok.i]
            typed = (max(cues, key=lambda h: h[3])[1], _BARE_CONFIDENCE) if cues else self._guessed_type(cand, row, "")
            if typed:
                taken.add(tok.i)
                events += self._events(cand, typed[0], min(typed[1], _BARE_CONFIDENCE), tok, doc, actors)
        return events

    def _unasserted_act(self, cand: _Candidate, row, doc, actors) -> list[Event]:
        """The last resort for a candidate sentence that no rule above gives an event: the act it does not give as
        happened, coded so that its modality is known — its main verb when that states a happening that did not or may
        happen to or by someone (:func:`_happening_subject`: "tens of thousands may die"), with the classifier's
        guessed type, else its strongest cue word whose act did not happen or may ("such an abrupt withdrawal would
        leave them exposed"). Capped at :data:`_BARE_CONFIDENCE`: never in the confident view."""
        if row is None:
            return []
        main = cand.main
        if _eventive(main) and _happening_subject(main, actors) \
                and classify_modality(cand.sent, main).modality != "occurred":
            typed = self._guessed_type(cand, row, "")
            # a death is a happening, not an act of its subject's: coded here for its modality all the same
            events = self._events(cand, *typed, main, doc, actors, happening=death_verb(main)) if typed else []
            if events:
                return events
        for tok, etype, _, _ in sorted(cand.strong, key=lambda h: -h[3]):
            if classify_modality(cand.sent, tok).modality != "occurred":
                events = self._events(cand, etype, _BARE_CONFIDENCE, tok, doc, actors)
                if events:
                    return events
        return []

    def _outcome_events(self, cand: _Candidate, conf: float, taken: set[int], doc, actors) -> list[Event]:
        """Events on the acts that a main verb of consequence or undergoing names as what may follow, each with a cue
        word of its own ("could lead to renewed fighting", "may face attacks"): not occurred, capped at
        :data:`_BARE_CONFIDENCE` (an outcome, not the sentence's news)."""
        events: list[Event] = []
        for tok in _named_outcomes(cand.main):
            cues = [h for h in cand.hits if h[0].i == tok.i]
            if tok.i in taken or not cues or classify_modality(cand.sent, tok).modality == "occurred":
                continue
            taken.add(tok.i)
            events += self._events(cand, max(cues, key=lambda h: h[3])[1], min(conf, _BARE_CONFIDENCE), tok, doc, actors)
        return events

    def _uncued(self, cand: _Candidate, row, actors) -> tuple[str, float] | None:
        """(type, confidence) for a sentence whose main verb states an act with no cue word, the classifier unsure of
        its type, and a modality other than occurred ("has not yet responded to the remarks", "none of the three laid
        out a plan", "could turn to the regime"): the event is coded on the main verb so that its modality is known,
        with the classifier's likeliest type and its
        probability capped at :data:`_BARE_CONFIDENCE` (not confident: shown only on request); None without the
        classifier, with a cue, when the main word states no act (:func:`_eventive`) or no actor is its subject
        (:func:`_actor_subject`: "hostility can bring them together" is no act)."""
        if row is None or cand.strong or not _eventive(cand.main):
            return None
        if not (_actor_subject(cand.main, actors) or unnamed_agent(cand.main) or doers_subject(cand.main)
                or unnamed_happening(cand.main)):
            return None
        if classify_modality(cand.sent, cand.main).modality == "occurred":
            return None  # a plain happening of unsure type stays uncoded (precision first)
        return self._guessed_type(cand, row, "")

    def _reported_uncued(self, cand: _Candidate, row, doc, actors) -> list[Event]:
        """Events for a sentence that has none, on the acts its reported clauses name with no cue word, an actor or an
        unnamed agent as subject and a modality other than occurred ("…, saying fighters could escape if …"): each
        with the classifier's guessed type capped at :data:`_BARE_CONFIDENCE`, as in :meth:`_uncued`."""
        if row is None or cand.strong:
            return []
        events: list[Event] = []
        for tok in _reported_acts(cand.sent, actors):
            typed = self._guessed_type(cand, row, "")
            if typed:
                events += self._events(cand, *typed, tok, doc, actors)
        return events

    def _consequence_typed(self, cand: _Candidate, row, etype: str, conf: float, trigger) -> tuple[str, float]:
        """``etype`` and ``conf`` for the event on ``trigger``, or, when they were the cue of a condition the event moved
        off (:func:`_consequence_type`), the type of the consequence's own cue, else the classifier's likeliest other
        type (:meth:`_guessed_type`); ("", 0.0) when there is none."""
        own = _consequence_type(cand, etype, trigger)
        if own is not None:
            return own, conf
        return self._guessed_type(cand, row, etype) or ("", 0.0)

    def _guessed_type(self, cand: _Candidate, row, etype: str) -> tuple[str, float] | None:
        """The classifier's likeliest type other than the frame's ``etype`` and REJECT for an act without a cue word
        (:func:`_bare_acts`, :meth:`_uncued`), with its probability capped at :data:`_BARE_CONFIDENCE`; None without
        the classifier."""
        if row is None:
            return None
        for k in sorted(range(len(row)), key=lambda k: -row[k]):
            label = self.model.labels[k]
            label = _yield_as(cand.sent, cand.hits) if label == "YIELD" else label
            # a REJECT read from a negation alone is the act negated, not a refusal ("would not respond")
            if label not in (etype, "REJECT") and label in TYPE_NAMES:
                return label, round(min(float(row[k]), _BARE_CONFIDENCE), 4)
        return None

    def _refused(self, cand: _Candidate, etype: str, conf: float, trigger, doc, actors) -> list[Event]:
        """The events of ``trigger``; a REJECT that the negation of another act makes ("will not provide money") is
        the refusal, occurred, on the negation word, followed by the act, negated (:func:`.event_gates.negation_refusal`)."""
        events = self._events(cand, etype, conf, trigger, doc, actors)
        refusal = negation_refusal(etype, trigger, cand.hits, events[0].modality if events else "")
        if refusal is None:
            return events
        return [as_refusal(e, refusal[0]) for e in events] + self._events(
            cand, refusal[1], min(conf, self.secondary_confidence), trigger, doc, actors)

    def _further(self, cand: _Candidate, etype: str, trigger) -> list[tuple[object, str]]:
        """Events of the sentence's other clauses (:func:`_clause_heads`), each with a strong cue of another
        type on the clause's verb or on its object ("failed to reach agreement": REJECT, and AGREE negated)."""
        out, taken = [], {trigger.i}
        support = _plover_words()[4]
        for tok in _clause_heads(cand.sent, cand.main, etype, trigger).values():
            if tok.i in taken or tok.pos_ != "VERB":
                continue
            # the object of a support verb names its event ("reach agreement", "restore funding"; not "leave the talks")
            # and of a verb of planning ("denied it was planning a new offensive": the offensive, negated)
            planning = tok.lower_ in modality_cues().plan_verbs and tok.dep_ == "ccomp"
            objects = _support_objects(tok) if tok.lower_ in support or planning else set()
            hits = [h for h in ([h for h in cand.strong if h[0].i == tok.i and h[1] != etype]
                                or [h for h in cand.strong if h[0].i in objects and h[1] != etype])
                    if not _committed_aid(tok, h[1])]
            if hits:
                best = max(hits, key=lambda h: h[3])
                if best[0].i not in taken:
                    out.append((best[0], best[1]))
                    taken.add(best[0].i)
        return out + _named_acts(cand, etype, trigger, taken) + _conditioned_act(cand, etype, trigger, taken)

    def _all_further(self, cand: _Candidate, etype: str, trigger, actors) -> list[tuple[object, str]]:
        """The acts of the sentence beside the trigger's: :meth:`_further`, :meth:`_subordinate`, and the second acts
        of :func:`.event_second_acts.second_acts` (a cue hung on a modifier clause counts when strong)."""
        further = self._further(cand, etype, trigger) + self._subordinate(cand, trigger, actors)
        strong_aside = [h for h in cand.aside if h[3] >= self.min_cue_weight]
        seen = {tok.i for tok, _ in further}
        return further + [act for act in second_acts(cand.main, trigger, cand.strong + strong_aside, etype,
                                                     _named_tokens(actors)) if act[0].i not in seen]

    @staticmethod
    def _subordinate(cand: _Candidate, trigger, actors) -> list[tuple[object, str]]:
        """Events of relative and participial clauses with a named actor of their own as subject ("…, last
        week when Israel bombed a base"; "concerns that Tehran may be planning to attack …"): another
        happening than the sentence's main event, of any type. A clause about a participant with a bare
        relative pronoun as subject ("officials who asked not to be named") gives none."""
        out, named = {}, None
        for tok, etype, _, weight in cand.aside:
            if tok.pos_ != "VERB" or tok.i == trigger.i or weight < 0.2:
                continue
            if named is None:  # the tokens of the participants' mentions, found once and only when needed
                named = _named_tokens(actors)
            clause = tok.head if tok.dep_ == "xcomp" else tok
            if any(c.dep_ in ("nsubj", "nsubjpass") and c.i in named for c in clause.children):
                out.setdefault(tok.i, (tok, etype))
        return list(out.values())


    def _chooser(self, cand: _Candidate, etype: str, trigger, actors):
        """The direction ranker's choice of (source, target) for ``trigger``, bound (see :func:`.event_actors.actor_pairs`);
        None without the ranker, and where the parse rules decide: a denial of a reported act (accused as source, the
        act's victim as target: the plv data the ranker learned from holds no such frames), an adverbial clause of
        time with a named subject (:func:`.event_second_acts.time_clause`: its subject is its source) and a conjoined
        clause with a named subject of its own (:func:`.event_second_acts.other_doer`)."""
        denial = trigger.lower_ in modality_cues().denial_verbs and any(c.dep_ == "ccomp" for c in trigger.children)
        named = _named_tokens(actors)
        if self.direction is None or denial or time_clause(trigger, named) \
                or other_doer(trigger, cand.main, cand.main, named):
            return None
        if etype == "MOBILIZE" and force_shown(trigger):  # what is moved or tested is no target (event_senses)
            return None

        def chooser(rule_pair):
            return self.direction.choose(cand.sent, trigger, cand.main, etype, actors, rule_pair)
        return chooser

    def _pairs(self, cand: _Candidate, etype: str, trigger, actors) -> list[tuple]:
        actors = [c for c in actors if not names_a_class(c[0])]  # "two X-class aircraft": a model, no party
        chooser = self._chooser(cand, etype, trigger, actors)
        pairs = actor_pairs(trigger, cand.sent, actors, self.max_pairs, attack=etype == "ASSAULT", chooser=chooser,
                            meeting=etype == "CONSULT" or addressed_meeting(etype, trigger))
        # who undergoes what a warning names ("industry could face shortages, economists warned") acts in nothing
        pairs = [(None if src is not None and _sufferer(src[0]) else src, tgt) for src, tgt in pairs]
        pairs = _without_fired_weapons(_without_moved_targets(pairs, trigger, etype), trigger, etype, actors)
        pairs = _without_stray_speaker(_speaker_as_source(pairs, trigger, cand.main, actors), cand.main)
        pairs = _accused_as_source(pairs, trigger, actors)
        pairs = _condemned_doer_as_source(pairs, trigger, actors)
        pairs = _clause_attack_pairs(pairs, trigger, etype, actors)
        pairs = _without_namer(_without_bystanders(pairs, trigger, etype), trigger)
        pairs = _owned_weapon_pairs(_relative_doer_pairs(pairs, trigger, actors), trigger, actors)
        pairs = _fired_by_pairs(pairs, trigger, etype, actors)
        return (_host_pairs(pairs, trigger, etype, actors) or _threatened_pairs(pairs, trigger, etype, actors)
                or self._threatened_act_pairs(cand, pairs, trigger, etype, actors) or pairs)

    def _threatened_act_pairs(self, cand: _Candidate, pairs: list[tuple], trigger, etype: str, actors) -> list[tuple]:
        """A threat's target is the target of the threatened act ("Russia could strike Poland, X warned"), unless the
        warning has an object of its own: the one warned ("warned Finland that joining NATO would …"); [] when that
        does not apply."""
        if etype != "THREATEN" or trigger.i == cand.main.i or not _governs(trigger, cand.main) \
                or any(c.dep_ == "dobj" for c in trigger.children):
            return []
        act_targets = [t for _, t in actor_pairs(cand.main, cand.sent, actors, self.max_pairs, attack=True)
                       if t is not None]
        threat = [(src, tgt) for src, _ in pairs[:1] for tgt in act_targets if src is None or tgt[1] != src[1]
                  or tgt[1] is None]
        return threat or pairs

    def _events(self, cand: _Candidate, etype: str, conf: float, trigger, doc, actors,
                happening: bool = False) -> list[Event]:
        """The events of type ``etype`` on ``trigger`` (one per actor pairing); none when the word states no act of
        that type (:func:`_states_no_act`; ``happening``: skipped, for a happening coded for its modality alone,
        :meth:`_unasserted_act`) or is a threat's conditional consequence."""
        exempt, own_cue = _act_cue(cand, etype, trigger, actors, happening)
        if not exempt and _states_no_act(etype, trigger, cand):
            return []
        sent = cand.sent
        modality = _act_modality(cand, etype, trigger, own_cue)
        if modality is None:
            return []
        sent_text = sent.text  # Span.text joins the tokens on each access: read it once
        text_lower = sent_text.lower()
        dated = record_date(sent, doc._.cg_date, future=modality.modality == "planned", act=trigger,
                            publication_if_in_doubt=True)
        # A participant is not the place: only a locative mention or an entity no actor covers can be.
        exclude = {s.text for s, _ in actors if sent.start <= s.start and s.end <= sent.end and not is_locative(s)
                   and not (etype == "CONSULT" and event_place(s, trigger))}
        place = _place(sent, exclude)
        common = dict(doc_id=doc._.cg_doc_id or "", sentence_index=cand.index, sentence=sent_text, type=etype,
                      mode=event_mode(etype, sent, trigger), context=_contexts(text_lower), trigger=trigger.text,
                      date=dated.date, place=place[0] if place else None, modality=modality.modality,
                      reported_speech=modality.reported_speech, confidence=round(float(conf), 4),
                      date_source=dated.source)
        out = []
        pairs = speaker_source(self._pairs(cand, etype, trigger, actors), trigger, etype, actors)
        pairs = doer_of_thing(own_state_counterpart(pairs, trigger, etype), actors)
        pairs = person_in_apposition(pairs, actors)
        for source, target in _one_per_dyad(_act_pairs(pairs, trigger, etype)):
            # a doubted pairing keeps its event, under the confident floor (:mod:`.event_confidence`)
            doubts = event_confidence.event_doubts(trigger, source, target, own_cue, etype, modality.modality)
            common["confidence"] = round(event_confidence.adjusted_confidence(float(conf), doubts), 4)
            out.append(Event(**common, source_actor=source[1] if source else None,
                             target_actor=target[1] if target else None, source_text=source[0].text if source else None,
                             target_text=target[0].text if target else None,
                             spans=_spans(trigger, source, target, place)))
        return out

    def code_sentence(self, sent, index: int, doc=None, actors=None) -> list[Event]:
        """The events of one sentence (used by the evaluation scripts); classifies it on its own."""
        doc = doc if doc is not None else sent.doc
        actors = _Actors(actors if actors is not None else actor_spans(doc))
        cand = self.candidate(sent, index, actors)
        if cand is None:
            return []
        row = self.model.predict_proba([sent.text])[0] if self.model is not None else None
        return self._code(cand, row, doc, actors)


FACTORY = "cablegram_events"


@Language.factory(FACTORY, default_config={"model": DEFAULT_MODEL, "min_cue_weight": 0.25, "min_confidence": 0.0,
                                           "model_only_confidence": 0.6, "secondary_confidence": 0.6, "max_pairs": 8,
                                           "threads": 1, "direction_model": DEFAULT_DIRECTION_MODEL, "background": True},
                  assigns=["doc._.cg_events"], requires=["doc.sents", "token.dep", "doc.ents", "doc._.cg_mentions"])
def make_event_coder(nlp: Language, name: str, model: str | None, min_cue_weight: float, min_confidence: float,
                     model_only_confidence: float, secondary_confidence: float, max_pairs: int, threads: int,
                     direction_model: str, background: bool) -> EventCoder:
    """``model``: the ONNX type classifier (a file name under ``nlp/models`` or a path; empty = cue rules only);
    ``min_cue_weight``: weight a cue needs to make a sentence a candidate; ``min_confidence``: events below it
    are dropped (keep 0: listings hide weak events, see :func:`is_confident`); ``model_only_confidence``: the
    classifier's probability needed when no cue word supports the sentence; ``secondary_confidence``: the
    confidence of events of further clauses; ``max_pairs``: events per trigger for conjoined actors;
    ``threads``: ONNX Runtime threads; ``direction_model``: the learned source/target ranker (a file name under
    ``nlp/models`` or a path; empty = the parse rules alone); ``background``: run the classifier on a helper
    thread ahead of the coding where a second core is free (same events; false: inline)."""
    ensure_extensions()
    return EventCoder(nlp, name, model, min_cue_weight, min_confidence, model_only_confidence, secondary_confidence,
                      max_pairs, threads, direction_model, background)


