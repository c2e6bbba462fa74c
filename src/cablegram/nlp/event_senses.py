"""Word senses that settle an event's type and trigger where the cue lists and the learned classifier go wrong on
reporter-style sentences (``nlp/data/event_senses.toml``).

- armed forces that clash fight: ASSAULT, not PROTEST ("army troops and RSF fighters clashed");
- weapons moved or tested are a show of force: MOBILIZE, not ASSAULT ("moved troops and rocket launchers to its
  border", "test-fired two missiles"), the event on the moving or testing verb; weapons or troops deployed to a place
  no actor names are one too, not AID ("deployed air-defence batteries to the capital"; "deployed troops to Mali"
  stays what the classifier says);
- receiving, hosting or welcoming a visiting official is a meeting, CONSULT, not AID received ("received the visiting
  Omani foreign minister", also in the passive with the host as agent) nor SUPPORT ("welcomed the Chilean envoy to Lima"; "welcomed the envoy's proposal" stays
  SUPPORT: the object's head names no official);
- a planned meeting or trip called off is a refusal (REJECT, as plv codes it), not a concession ("called off a
  visit"; CONCEDE calls off a strike);
- a passive "be met with" is a response, not a meeting ("would be met with countermeasures": no CONSULT);
- declining to comment is a remark, no refusal ("the Kremlin declined to comment on the report": no REJECT);
- calling, ringing or phoning a person is a meeting by telephone, CONSULT, not a demand ("called his Chinese
  counterpart, Wang Yi"); not "called for / on / off", "called the attack a war crime" (naming) or "called a
  meeting" (a thing);
- asking someone named to do something is a demand, REQUEST, whatever the act asked for makes the classifier say
  ("called on the ministry to reopen the clinics", "appealed to the government to free the detainees"); not a
  courtesy call ("called on the king to discuss trade");
- a cue word inside the act asked for ("called on X to let monitors into the camps") is no event of its own: the
  event is the asking, REQUEST on the asking verb;
- blocking or vetoing a proposal, a package or a resolution is a refusal, REJECT, not a sanction or a protest
  ("blocked Bulgaria's accession");
- warplanes or warships sent, flown or sailed towards or near a place show force, MOBILIZE ("sent three destroyers
  toward the coast"), and weapons moved into a place are a MOBILIZE with no cue word ("moved air-defence batteries
  into the region");
- a patrol, an exercise or a drill held jointly is cooperation, COOPERATE, not a show of force nor a restriction
  ("held joint border patrols"), the event on the act noun;
- what an attack fires is no target: the target is what it is aimed at ("fired rockets at an army base");
- a diplomat ordered to leave is expelled, SANCTION, not a demand ("ordered the X ambassador to leave");
- sanctions adopted, approved or imposed are a sanction, SANCTION, not a concession ("imposed an embargo"); a
  COERCE (plv's code for imposed sanctions) or a THREATEN (sanctions under a condition) is kept;
- a newspaper, broadcaster or radio station suspended, closed or banned is censorship, COERCE, not a sanction
  ("closed an opposition newspaper");
- equipment handed over, donated or delivered to someone is aid, AID, not a coercion or a retreat ("donated
  two ambulances to the health ministry");
- a state of emergency, martial law or a curfew declared restricts, COERCE, not a sanction ("imposed a curfew
  on the capital");
- a threat said in an idiom with no cue word ("said X would pay a heavy price", "vowed to take countermeasures against
  X") is the speaker's THREATEN against the party the idiom names, on the verb of saying (:func:`threat_idiom`).
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from .doc_cache import group_bounds
from .lexicons import load_lexicon, word_set


class _Senses(NamedTuple):
    clash_verbs: frozenset[str]
    armed: frozenset[str]
    moving_verbs: frozenset[str]
    test_words: frozenset[str]
    tested_verbs: frozenset[str]
    weapons: frozenset[str]
    cancel_type: str
    cancel_verbs: frozenset[str]
    cancel_particles: dict[str, str]
    meetings: frozenset[str]
    response_meet: frozenset[str]
    no_comment_verbs: frozenset[str]
    no_comment_remarks: frozenset[str]
    deploying_verbs: frozenset[str]
    receiving_verbs: frozenset[str]
    officials: frozenset[str]
    call_verbs: frozenset[str]
    call_asking: frozenset[str]
    call_relations: frozenset[str]
    asking_verbs: frozenset[str]
    addressee_preps: frozenset[str]
    visit_acts: frozenset[str]
    addressee_nouns: frozenset[str]
    blocking_verbs: frozenset[str]
    proposals: frozenset[str]
    sending_verbs: frozenset[str]
    craft: frozenset[str]
    cargo: frozenset[str]
    approach_preps: frozenset[str]
    place_nouns: frozenset[str]
    civil_purposes: frozenset[str]
    civil_bodies: frozenset[str]
    leaving_words: frozenset[str]
    attribution_preps: frozenset[str]
    meeting_parts: frozenset[str]


@lru_cache(maxsize=1)
def _senses() -> _Senses:
    lex = load_lexicon("event_senses")
    cancel = lex.get("cancelled_meeting", {})
    return _Senses(word_set(lex, "armed_clash.verbs"), word_set(lex, "armed_clash.armed"),
                   word_set(lex, "show_of_force.moving_verbs"), word_set(lex, "show_of_force.test_words"),
                   word_set(lex, "show_of_force.tested_verbs"), word_set(lex, "show_of_force.weapons"),
                   str(cancel.get("type", "REJECT")), word_set(lex, "cancelled_meeting.verbs"),
                   {str(k).lower(): str(v).lower() for k, v in cancel.get("particles", {}).items()},
                   word_set(lex, "cancelled_meeting.meetings"), word_set(lex, "response_meet.verbs"),
                   word_set(lex, "no_comment.verbs"), word_set(lex, "no_comment.remarks"),
                   word_set(lex, "show_of_force.deploying_verbs"), word_set(lex, "received_visitor.verbs"),
                   word_set(lex, "received_visitor.officials"), word_set(lex, "phone_call.verbs"),
                   word_set(lex, "phone_call.asking"), word_set(lex, "phone_call.relations"),
                   word_set(lex, "asked_to_act.verbs"), word_set(lex, "asked_to_act.addressee_preps"),
                   word_set(lex, "asked_to_act.visit_acts"), word_set(lex, "asked_to_act.addressee_nouns"),
                   word_set(lex, "blocked_proposal.verbs"),
                   word_set(lex, "blocked_proposal.objects"), word_set(lex, "show_of_force.sending_verbs"),
                   word_set(lex, "show_of_force.craft"), word_set(lex, "show_of_force.cargo"),
                   word_set(lex, "show_of_force.approach_preps"), word_set(lex, "show_of_force.place_nouns"),
                   word_set(lex, "show_of_force.civil_purposes"), word_set(lex, "show_of_force.civil_bodies"),
                   word_set(lex, "show_of_force.leaving_words"), word_set(lex, "show_of_force.attribution_preps"),
                   word_set(lex, "cancelled_meeting.parts"))


def _lemma(tok) -> str:
    return (tok.lemma_ or tok.lower_).lower()


def sensed_type(etype: str, trigger, main) -> tuple[str, object]:
    """``(type, trigger)`` corrected by the senses of this module (see the module docstring); ``(etype, trigger)``
    when none applies."""
    settled = _settled_by_words(etype, trigger)
    if settled is not None:
        return settled, trigger
    if etype != "ASSAULT" and armed_clash(trigger):
        return "ASSAULT", trigger
    if etype == "ASSAULT":
        shown = show_of_force(trigger, main)
        if shown is not None:
            return "MOBILIZE", shown
    if etype == "CONCEDE" and cancelled_meeting(trigger):
        return _senses().cancel_type, trigger
    closed = _closed_or_halted(etype, trigger)
    if closed is not None:
        return closed
    if _force_moved(etype, trigger):
        return "MOBILIZE", trigger
    if etype != "SANCTION" and expelled_envoy(trigger):
        return "SANCTION", trigger
    if _imposed_sanctions(etype, trigger):
        return "SANCTION", trigger
    if etype in ("COERCE", "RETREAT", "CONCEDE", "YIELD") and handed_goods(trigger):
        return "AID", trigger
    if etype in ("AID", "SUPPORT") and received_visitor(trigger):
        return "CONSULT", trigger
    joint = joint_activity(etype, trigger)
    if joint is not None:
        return "COOPERATE", joint
    return _asked_or_refused(etype, trigger, main)


def _settled_by_words(etype: str, trigger) -> str | None:
    """COERCE for crowd control or a travel ban (:func:`_restrained`); else None."""
    return "COERCE" if _restrained(etype, trigger) else None


def _imposed_sanctions(etype: str, trigger) -> bool:
    """Sanctions adopted or imposed (:func:`adopted_sanctions`) that the classifier typed otherwise than as a sanction,
    a coercion (plv's code for them) or a threat, or as a threat with no condition (:func:`_unconditioned_threat`)."""
    if etype in ("SANCTION", "COERCE", "THREATEN") and not _unconditioned_threat(etype, trigger):
        return False
    return adopted_sanctions(trigger)


def _restrained(etype: str, trigger) -> bool:
    """Crowd control (:func:`crowd_control`) typed as an attack or a show of force, or a travel ban on someone
    (:func:`barred_travel`) typed as a sanction, a refusal or a protest: COERCE."""
    if etype in ("ASSAULT", "MOBILIZE") and crowd_control(trigger):
        return True
    return etype in ("SANCTION", "REJECT", "PROTEST") and barred_travel(trigger)


def _asked_or_refused(etype: str, trigger, main) -> tuple[str, object]:
    """The last senses of :func:`sensed_type`: an asking (REQUEST, on the asking verb), a proposal blocked (REJECT),
    else :func:`act_sense`."""
    if etype != "REQUEST" and asked_to_act(trigger):
        return "REQUEST", trigger
    asker = asking_verb(trigger, main) if etype != "REQUEST" else None
    if asker is not None:
        return "REQUEST", asker
    if etype in ("SANCTION", "PROTEST", "COERCE") and blocked_proposal(trigger):
        return "REJECT", trigger
    return act_sense(etype, trigger), trigger


@lru_cache(maxsize=1)
def _joint_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    lex = load_lexicon("event_senses")
    return (word_set(lex, "joint_activity.modifiers"), word_set(lex, "joint_activity.acts"),
            word_set(lex, "joint_activity.verbs"), frozenset(t.upper() for t in word_set(lex, "joint_activity.corrected")))


def joint_activity(etype: str, trigger):
    """The act noun of a patrol, exercise or drill held jointly (``joint_activity``: "held joint border patrols",
    "staged joint naval drills"), when the trigger is that noun or a verb of holding whose direct object it is, and
    the type one ``corrected`` by it (a show of force, a restriction); None otherwise. An agreement or a demand to
    hold them keeps its type; an AGREE on the verb of holding itself ("the two armies would hold joint drills") is the
    plan's mark, not an agreement, and is corrected too."""
    _, _, verbs, corrected = _joint_words()
    holding = etype == "AGREE" and trigger.pos_ == "VERB" and _lemma(trigger) in verbs
    if etype not in corrected and not holding:
        return None
    if trigger.pos_ == "VERB":
        if _lemma(trigger) not in verbs:
            return None
        nouns = [c for c in trigger.children if c.dep_ == "dobj"]
    else:
        nouns = [trigger]
    return next((noun for noun in nouns if joint_act(noun)), None)


def joint_act(noun) -> bool:
    """``noun`` is a patrol, an exercise or a drill (``joint_activity.acts``) held jointly ("joint border patrols")."""
    modifiers, acts, _, _ = _joint_words()
    return (noun.lower_ in acts or _lemma(noun) in acts) and any(
        c.dep_ in ("amod", "compound") and c.lower_ in modifiers for c in noun.children)


@lru_cache(maxsize=1)
def _fired_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    lex = load_lexicon("event_senses")
    return (word_set(lex, "fired_weapon.weapons") | _senses().weapons, word_set(lex, "fired_weapon.quantities"),
            word_set(lex, "fired_weapon.aim_preps"))


def fired_weapon(verb) -> tuple[set[int], object]:
    """``(token indices of the weapon fired, the noun it is aimed at or None)`` when the direct object of ``verb``
    names a weapon (``fired_weapon.weapons``, also after a quantity: "a barrage of rockets") and a phrase of aim
    (``aim_preps``, on the verb or on the weapon) says where it went ("fired rockets at an army base"); the weapon is
    no target. ``(set(), None)`` otherwise."""
    weapons, _, preps = _fired_words()
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        kinds = _weapon_words(obj)
        if not any(k.lower_ in weapons or _lemma(k) in weapons for k in kinds):
            continue
        aims = [g for h in (verb, *kinds) for p in h.children if p.dep_ == "prep" and p.lower_ in preps
                for g in p.children if g.dep_ == "pobj"]
        if aims:
            aimed = {t.i for a in aims for t in a.subtree}
            return {t.i for t in obj.subtree if t.i not in aimed}, aims[0]
    return set(), None


def weapon_aimed(verb) -> bool:
    """``verb`` fires or launches (``fired_weapon.fire_verbs``) a weapon aimed "at" or "against" something
    (``attack_preps``: "launched dozens of drones at the capital"): an attack whatever the cue words say."""
    lex = load_lexicon("event_senses")
    if verb.pos_ != "VERB" or _lemma(verb) not in word_set(lex, "fired_weapon.fire_verbs"):
        return False
    aim = fired_weapon(verb)[1]
    return aim is not None and aim.head.lower_ in word_set(lex, "fired_weapon.attack_preps")


def is_weapon(tok) -> bool:
    """``tok`` names a weapon (``fired_weapon.weapons`` and the weapons of ``show_of_force``, any number)."""
    weapons = _fired_words()[0]
    return tok.lower_ in weapons or _lemma(tok) in weapons


def _weapon_words(obj) -> list:
    """The object noun and, after a quantity (``fired_weapon.quantities``: "a barrage of rockets"), what it counts."""
    if obj.lower_ not in _fired_words()[1]:
        return [obj]
    return [obj] + [g for p in obj.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


def _force_moved(etype: str, trigger) -> bool:
    """Troops or weapons deployed, moved or sent towards a place (:func:`deployed_force`, :func:`force_shown`,
    :func:`approached_force`) that the classifier typed as the types each of them corrects."""
    if etype in ("AID", "ASSAULT") and deployed_force(trigger):
        return True
    if etype in ("AID", "SUPPORT", "COOPERATE") and based_force(trigger):  # "sent 800 soldiers to its base in X"
        return True
    if etype in ("AID", "SUPPORT", "COOPERATE", "CONCEDE") and force_shown(trigger):  # "moved batteries into …"
        return True
    return etype in ("AID", "ASSAULT", "SUPPORT", "COOPERATE") and approached_force(trigger)


@lru_cache(maxsize=1)
def _diplomacy_words() -> tuple[frozenset[str], ...]:
    lex = load_lexicon("event_senses")
    return tuple(word_set(lex, f"expelled_envoy.{k}") for k in ("verbs", "envoys", "staff", "missions"))


def _envoy(tok) -> bool:
    """``tok`` names a diplomat (``expelled_envoy.envoys``) or the staff of another state's mission ("nine Dutch
    embassy staff", "the Kenyan consulate's employees", "members of the Polish diplomatic mission"); a mission's staff
    with no state named may be the subject's own, sent home ("ordered non-essential embassy staff to leave")."""
    _, envoys, staff, missions = _diplomacy_words()
    if _lemma(tok) in envoys or tok.lower_ in envoys:
        return True
    if _lemma(tok) not in staff and tok.lower_ not in staff:
        return False
    marks = [c for c in tok.children if c.dep_ in ("compound", "amod", "poss")]
    marks += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    mission = [m for m in marks if _lemma(m) in missions or m.lower_ in missions]
    return any(t.ent_type_ in ("NORP", "GPE") for m in (tok, *mission) for t in m.children if t.dep_ in _STATE_MARKS)


_STATE_MARKS = frozenset({"amod", "compound", "poss", "nmod"})


def expelled_envoy(trigger) -> bool:
    """``trigger`` orders a diplomat out (``expelled_envoy``: "ordered the X ambassador to leave the country", "gave
    the envoy 48 hours to leave"), on the ordering verb or on "leave" under it: an expulsion, SANCTION, not a demand
    nor a retreat. Not an order to troops or officials of one's own ("ordered the army to leave the capital")."""
    if sent_home_envoy(trigger):
        return True
    verbs = _diplomacy_words()[0]
    verb = trigger.head if _lemma(trigger) == "leave" else trigger
    if verb.pos_ != "VERB" or _lemma(verb) not in verbs:
        return False
    if not (_ordered_out(verb) or any(_lemma(t) == "leave" for c in verb.children
                                      if c.dep_ in ("xcomp", "ccomp", "dobj", "npadvmod") for t in c.subtree)):
        return False
    # the diplomat ordered, or in the passive ordered out ("two attachés were ordered out of Uganda")
    return any(c.dep_ in ("dobj", "dative", "nsubj", "nsubjpass") and _envoy(c)
               for v in (verb, *verb.children) for c in v.children)


def _ordered_out(verb) -> bool:
    """``verb`` orders its object "out of" a country or a named state ("ordered two attachés out of the country",
    "ordered the envoy out of Mali")."""
    for out in (c for c in verb.children if c.lower_ == "out" and c.dep_ in ("prep", "advmod", "prt")):
        places = [g for of in out.children if of.lower_ == "of" for g in of.children if g.dep_ == "pobj"]
        if any(g.lower_ == "country" or g.ent_type_ == "GPE" for g in places):
            return True
    return False


def sent_home_envoy(verb) -> bool:
    """``verb`` sends a diplomat home ("sent the ambassador home", "the envoy will be sent home"): an expulsion,
    SANCTION, not aid sent. The diplomat is the direct object, or the subject in the passive; "home" only ("sent back"
    may be a return)."""
    if verb.pos_ != "VERB" or _lemma(verb) != "send":
        return False
    if not any(c.lower_ == "home" and c.dep_ in ("advmod", "npadvmod", "prt", "dobj") for c in verb.children):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and _envoy(c) for c in verb.children)


@lru_cache(maxsize=1)
def _sanction_words() -> tuple[frozenset[str], ...]:
    lex = load_lexicon("event_senses")
    return (word_set(lex, "adopted_sanctions.verbs"), word_set(lex, "adopted_sanctions.measures"),
            word_set(lex, "adopted_sanctions.acting_verbs"), word_set(lex, "adopted_sanctions.targets"))


_CONDITION_MARKS = frozenset({"if", "unless", "should", "until"})


def _unconditioned_threat(etype: str, trigger) -> bool:
    """A THREATEN on a verb imposing sanctions with no condition of its own ("Japan will impose travel bans on
    four generals"): a planned sanction, not a threat; "will impose sanctions if X does not …" stays a threat."""
    if etype != "THREATEN":
        return False
    return not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS for m in c.children)
                   for c in trigger.children)


def _sanction_measure(tok, measures: frozenset[str]) -> bool:
    """``tok`` names a sanction (``adopted_sanctions.measures``) or an asset freeze ("asset freezes")."""
    if tok.lower_ in measures or _lemma(tok) in measures:
        return True
    if tok.lower_ in ("asset", "assets"):  # the parser may read "asset freezes" as an object and a verb
        following = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        return following is not None and following.lower_ in ("freeze", "freezes")
    return _lemma(tok) == "freeze" and any(c.dep_ == "compound" and c.lower_ in ("asset", "assets")
                                           for c in tok.children)


def adopted_sanctions(trigger) -> bool:
    """``trigger`` is a verb adopting, approving or imposing sanctions (``adopted_sanctions``: "imposed an embargo on
    the junta", "agreed on an arms embargo"), or the verb "sanction" with someone as its object ("sanctioned four
    banks"): a SANCTION, not a concession of policy."""
    verbs, measures, acting, targets = _sanction_words()
    if trigger.pos_ != "VERB":
        return False
    if _lemma(trigger) in acting or trigger.lower_.startswith(tuple(acting)):
        objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
        return any(o.pos_ == "PROPN" or o.lower_ in targets for o in objects)
    if _lemma(trigger) not in verbs:
        return False
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "on"
                for g in c.children if g.dep_ == "pobj"]
    return any(_sanction_measure(o, measures) for o in objects)


@lru_cache(maxsize=1)
def _goods_words() -> tuple[frozenset[str], dict[str, str], frozenset[str]]:
    lex = load_lexicon("event_senses")
    particles = {str(k).lower(): str(v).lower() for k, v in lex.get("handed_goods", {}).get("particles", {}).items()}
    return word_set(lex, "handed_goods.verbs"), particles, word_set(lex, "handed_goods.goods")


def handed_goods(trigger) -> bool:
    """``trigger`` hands over, donates or delivers equipment to someone (``handed_goods``: "donated two ambulances
    to the health ministry"): aid, not a coercion or a retreat. The object's head names equipment and a "to"
    phrase names who receives it."""
    verbs, particles, goods = _goods_words()
    lemma = _lemma(trigger)
    if trigger.pos_ != "VERB" or lemma not in verbs:
        return False
    if lemma in particles and not any(c.dep_ == "prt" and c.lower_ == particles[lemma] for c in trigger.children):
        return False
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    receiver = any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in trigger.children)
    return receiver and any(o.lower_ in goods or _lemma(o) in goods for o in objects)


@lru_cache(maxsize=1)
def _media_words() -> tuple[frozenset[str], ...]:
    lex = load_lexicon("event_senses")
    return tuple(word_set(lex, f"silenced_media.{k}") for k in ("verbs", "outlets", "broadcasting", "stations"))


def silenced_media(trigger) -> bool:
    """``trigger`` suspends, closes or bans a newspaper, a broadcaster or a station on the air (``silenced_media``:
    "suspended two private radio stations"): censorship, COERCE, not a sanction. A "station" needs a word of
    broadcasting on it (not "police station")."""
    verbs, outlets, broadcasting, stations = _media_words()
    if trigger.pos_ != "VERB" or _lemma(trigger) not in verbs:
        return False
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    for obj in objects:
        if obj.lower_ in outlets:
            return True
        if obj.lower_ in stations and any(c.lower_ in broadcasting for c in obj.children if c.dep_ in ("amod", "compound")):
            return True
    return False


def act_sense(etype: str, trigger) -> str:
    """COERCE for a restriction declared (:func:`declared_restriction`: "declared a state of emergency"), SANCTION
    for a diplomat ordered out (:func:`expelled_envoy`) and COOPERATE for a joint patrol or drill (:func:`joint_act`)
    that the cue lists or the classifier typed otherwise; else ``etype``. (Setting fire to offices stays COERCE, as PLOVER's
    records code it: `destroy`.)"""
    if etype not in _restriction_lexicon()[1] and declared_restriction(trigger):
        return "COERCE"
    if etype == "SANCTION" and silenced_media(trigger):  # also a second act ("… and suspended two radio stations")
        return "COERCE"
    if etype != "SANCTION" and expelled_envoy(trigger):  # also a second act ("… and ordered the envoy to leave")
        return "SANCTION"
    joint = joint_activity(etype, trigger)
    if joint is not None and joint.i == trigger.i:  # also planned ("pledged to stage joint drills")
        return "COOPERATE"
    return etype


@lru_cache(maxsize=1)
def _restriction_lexicon() -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    lex = load_lexicon("event_senses")
    phrases = tuple(tuple(str(p).lower().split()) for p in lex.get("declared_restriction", {}).get("phrases", []))
    kept = frozenset(str(t).upper() for t in lex.get("declared_restriction", {}).get("kept_types", []))
    return phrases, kept


def declared_restriction(trigger) -> bool:
    """``trigger`` is a word of a restriction's phrase (``declared_restriction.phrases``: "a state of emergency",
    "martial law", "a curfew"): the act is the restriction itself."""
    doc = trigger.doc
    for phrase in _restriction_lexicon()[0]:
        for start in range(max(trigger.sent.start, trigger.i - len(phrase) + 1), trigger.i + 1):
            words = tuple(t.lower_ for t in doc[start:start + len(phrase)])
            if words == phrase:
                return True
    return False


def blocked_proposal(verb) -> bool:
    """``verb`` blocks or vetoes (``blocked_proposal.verbs``) a thing proposed named by its direct object's head ("blocked
    Bulgaria's accession", "vetoed the draft resolution"): a refusal, REJECT."""
    S = _senses()
    if verb.pos_ != "VERB" or _lemma(verb) not in S.blocking_verbs:
        return False
    return any(c.dep_ == "dobj" and _lemma(c) in S.proposals for c in verb.children)


def asked_to_act(verb) -> bool:
    """``verb`` asks (``asked_to_act.verbs``) an addressee it names (its direct object, or the object of
    ``addressee_preps``: "called on X", "appealed to X") to do an act named by an infinitive ("to halt …"): a demand,
    REQUEST. Not a courtesy call ("called on the king to discuss trade": ``visit_acts``, read for "call" only: "urged
    Lisbon to pay its arrears" asks), and "call" only with its preposition ("called the strike a crime" names;
    "called X to V" summons). A thing as direct object asks no one ("pressed its advantage to seize more villages":
    a purpose clause)."""
    S = _senses()
    if verb.pos_ != "VERB" or _lemma(verb) not in S.asking_verbs:
        return False
    addressees = _addressees(verb, S)
    acts = [c for h in (verb, *addressees) for c in h.children
            if c.dep_ in ("xcomp", "advcl", "acl", "ccomp") and c.pos_ == "VERB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
    courtesy = _lemma(verb) == "call" and any(_lemma(a) in S.visit_acts for a in acts)
    return bool(addressees) and bool(acts) and not courtesy


def asking_verb(trigger, main):
    """The verb asking its addressee to do the act that holds the cue word ``trigger`` ("called on X to let
    monitors into the camps": "monitors" is what is asked for, "called" the asking), from the clause's main verb
    ``main`` or the verb it is the infinitive of (two steps up at most); else None. The event is then the asking,
    REQUEST on that verb."""
    verb = main
    for _ in range(3):
        if verb is None:
            return None
        if verb.i != trigger.i and asked_to_act(verb):
            acts = [c for h in (verb, *_addressees(verb, _senses())) for c in h.children
                    if c.dep_ in ("xcomp", "advcl", "acl", "ccomp") and c.pos_ == "VERB"]
            return verb if any(t.i == trigger.i for a in acts for t in a.subtree) else None
        if verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _addressees(verb, S: _Senses) -> list:
    """Whom a verb of asking addresses: the objects of ``addressee_preps`` on it ("called on X"), and for a verb
    other than "call" its direct object when that names someone (:func:`_names_someone`: "urged X")."""
    out = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in S.addressee_preps for o in p.children
           if o.dep_ == "pobj"]
    if _lemma(verb) != "call":
        out += [c for c in verb.children if c.dep_ in ("dobj", "dative") and _names_someone(c, S)]
    return out


def _names_someone(tok, S: _Senses) -> bool:
    """``tok`` names people or a body that can be asked: a named actor, a pronoun, or a noun of
    ``asked_to_act.addressee_nouns``, ``received_visitor.officials`` or ``phone_call.relations``."""
    if tok.ent_type_ in _NAMED or tok.pos_ in ("PRON", "PROPN"):
        return True
    people = S.addressee_nouns | S.officials | S.call_relations
    return tok.lower_ in people or _lemma(tok) in people


_NAMED = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def deployed_force(verb) -> bool:
    """``verb`` deploys (``show_of_force.deploying_verbs``) weapons or troops named in its direct object to no
    state, body or people a name stands for: a show of force ("deployed additional air-defence batteries to the
    capital", "deployed a brigade to the X district": a known place that is no state), not aid sent to someone
    ("deployed troops to Mali") nor a civil or leaving move (:func:`_civil_or_leaving`). A phrase naming who tells
    of it ("according to a report by UN monitors") names no receiver."""
    S = _senses()
    if verb.pos_ != "VERB" or _lemma(verb) not in S.deploying_verbs or _civil_or_leaving(verb):
        return False
    if not any(_lemma(t) in S.weapons for c in verb.children if c.dep_ == "dobj" for t in c.subtree):
        return False
    places = _known_places(verb.doc)
    return not any(t.ent_type_ in _NAMED and t.i not in places and not _under_place_noun(t, p, S)
                   for p in verb.children if p.dep_ in ("prep", "dative") and p.lower_ not in S.attribution_preps
                   for t in p.subtree)


@lru_cache(maxsize=1)
def _barred_travel_words() -> tuple[frozenset[str], frozenset[str]]:
    lex = load_lexicon("event_senses")
    return word_set(lex, "barred_travel.verbs"), word_set(lex, "barred_travel.acts")


def barred_travel(verb) -> bool:
    """``verb`` bars or prevents (``barred_travel.verbs``) someone, its direct object, from leaving or travelling (a
    verb of ``barred_travel.acts`` in its "from" phrase: "prevented a Swedish aid worker from leaving the country"): an
    exit or travel ban on that person, COERCE, not a sanction."""
    verbs, acts = _barred_travel_words()
    if verb.pos_ != "VERB" or _lemma(verb) not in verbs or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(_lemma(g) in acts for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
               for g in p.children if g.dep_ == "pcomp")


@lru_cache(maxsize=1)
def _crowd_control_words() -> tuple[frozenset[str], ...]:
    lex = load_lexicon("event_senses")
    return tuple(word_set(lex, f"crowd_control.{k}") for k in ("verbs", "means", "kinds", "whole"))


def _means_of_crowd_control(tok, means: frozenset[str], kinds: frozenset[str], whole: frozenset[str]) -> bool:
    """``tok`` names water cannon, tear gas or pepper spray (``crowd_control``): a ``whole`` word, or a head of
    ``means`` with a word of ``kinds`` on it or glued to it by a hyphen."""
    word = tok.lower_
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_:
        word = f"{doc[tok.i - 2].lower_}-{word}"
    if word in whole:
        return True
    if tok.lower_ not in means:
        return False
    return any(c.dep_ in ("compound", "amod") and c.lower_ in kinds for c in tok.children) or \
        word.split("-")[0] in kinds


def crowd_control(verb) -> bool:
    """``verb`` fires or uses (``crowd_control.verbs``) water cannon, tear gas or pepper spray, named in its object or
    its passive subject, or in a conjunct of it ("used water cannon and tear gas to clear the square", "water cannon
    were fired at the marchers"): crowd control, COERCE, not an attack nor a show of force (a gun or a missile fired
    stays an attack)."""
    verbs, means, kinds, whole = _crowd_control_words()
    if verb.pos_ != "VERB" or _lemma(verb) not in verbs:
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    objects += [c for o in objects for c in o.conjuncts]
    return any(_means_of_crowd_control(o, means, kinds, whole) for o in objects)


@lru_cache(maxsize=1)
def _base_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    lex = load_lexicon("event_senses")
    return tuple(word_set(lex, f"show_of_force.{k}") for k in ("bases", "deploying_nouns", "base_verbs"))


def _moved_phrases(trigger) -> list:
    """What a verb or a noun of deploying moves: the verb's direct object, the noun's "of" phrase ("the deployment
    of 2,000 marines")."""
    if trigger.pos_ == "VERB":
        return [c for c in trigger.children if c.dep_ == "dobj"]
    return [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
            if g.dep_ == "pobj"]


def based_force(trigger) -> bool:
    """``trigger`` deploys or sends (``show_of_force.base_verbs``, or a noun of ``deploying_nouns``) troops or weapons
    (``weapons``, in what it moves: :func:`_moved_phrases`) "to" a military base (``bases``, the head of the phrase:
    "sent 800 soldiers to its base in X", "the deployment of 2,000 marines to a base in Y"): a deployment, MOBILIZE,
    not aid to whoever holds the land; not a civil or leaving move (:func:`_civil_or_leaving`). Troops sent "to" a
    state ("sent troops to Mali") or to a place that is no base stay what the other senses say."""
    bases, nouns, verbs = _base_words()
    if trigger.pos_ == "VERB":
        if _lemma(trigger) not in verbs or _civil_or_leaving(trigger):
            return False
    elif trigger.pos_ != "NOUN" or _lemma(trigger) not in nouns:
        return False
    weapons = _senses().weapons
    if not any(_lemma(t) in weapons for p in _moved_phrases(trigger) for t in p.subtree):
        return False
    return any(g.dep_ == "pobj" and _lemma(g) in bases for p in trigger.children
               if p.dep_ == "prep" and p.lower_ == "to" for g in p.children)


def _under_place_noun(tok, prep, S: _Senses) -> bool:
    """``tok`` names where in a place a noun of ``show_of_force.place_nouns`` stands for, between it and ``prep``
    ("to the X district", "along the frontier with X"): a place, not someone troops are given to."""
    node = tok
    while node.i != prep.i and node.head.i != node.i:
        node = node.head
        if node.pos_ == "NOUN" and _lemma(node) in S.place_nouns:
            return True
    return False


def _known_places(doc) -> frozenset[int]:
    """Token indices of the known places of ``doc`` that stand for no state (``cg_places`` spans with a place id, no
    capital: a region, a province, a city): troops sent there are deployed, not given ("deployed soldiers to the
    region of X")."""
    return frozenset(i for start, end, label, kb_id in group_bounds(doc, "cg_places") if kb_id and label != "capital"
                     for i in range(start, end))


def approached_force(verb) -> bool:
    """``verb`` sends, flies or sails (``show_of_force.sending_verbs``) warplanes or warships (``craft``, the head of
    its direct object) towards or near a place (``approach_preps`` on the verb): a show of force to whoever holds the
    place ("sent a dozen bombers toward the coast", "flew fighter jets near the island"), not aid sent to someone
    ("sent two warships to Lebanon" has no preposition of approach) nor craft that carry aid or people (``cargo``),
    nor a civil move (:func:`_civil_or_leaving`: "sent two frigates towards the tanker to rescue its crew")."""
    S = _senses()
    if verb.pos_ != "VERB" or _lemma(verb) not in S.sending_verbs or _civil_or_leaving(verb):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects or not all(o.lower_ in S.craft or _lemma(o) in S.craft for o in objects):
        return False
    # the parser hangs the place on the verb or on the craft ("flew bombers [near the coast]")
    if not any(c.dep_ == "prep" and c.lower_ in S.approach_preps for h in (verb, *objects) for c in h.children):
        return False
    return not any(t.lower_ in S.cargo or _lemma(t) in S.cargo for o in objects for t in o.subtree)


def _civil_or_leaving(verb) -> bool:
    """``verb`` moves people or craft for a civil purpose or away from a place, no show of force: a purpose clause
    of rescue, evacuation or fire-fighting (``show_of_force.civil_purposes``: "sent two frigates towards the tanker to
    rescue its crew"), a civil sender (``civil_bodies``: "the airline sent two aircraft towards …"), or a word of
    leaving on the verb (``leaving_words``: "moved soldiers away from the border")."""
    S = _senses()
    for c in verb.children:
        if c.dep_ in ("advcl", "xcomp") and _lemma(c) in S.civil_purposes:
            return True
        if c.dep_ in ("nsubj", "nsubjpass") and _lemma(c) in S.civil_bodies:
            return True
        if c.dep_ in ("advmod", "prt") and c.lower_ in S.leaving_words:
            return True
    return False


def shown_force(verb) -> bool:
    """``verb`` is a show of force whatever the cue words say: weapons moved, tested or deployed
    (:func:`force_shown`), or warplanes or warships sent towards a place (:func:`approached_force`)."""
    return force_shown(verb) or approached_force(verb)


def _closed_or_halted(etype: str, trigger) -> tuple[str, object] | None:
    """COERCE for a border closed (:func:`closed_border`) and SANCTION on the verb for talks halted
    (:func:`halted_talks`) that the classifier typed otherwise; else None."""
    from_types = {str(t) for t in load_lexicon("event_senses").get("closed_border", {}).get("from_types", [])}
    if etype in from_types and closed_border(trigger):
        return "COERCE", trigger
    halted = halted_talks(trigger) if etype in ("REJECT", "CONCEDE", "RETREAT", "SANCTION") else None
    return ("SANCTION", halted) if halted is not None else None


def closed_border(trigger) -> bool:
    """``trigger`` closes, shuts or seals a border, a crossing or an airspace (``closed_border``: "will close the
    border crossing", "sealed its frontier"): a restriction, COERCE."""
    lex = load_lexicon("event_senses").get("closed_border", {})
    if trigger.pos_ != "VERB" or _lemma(trigger) not in {str(w) for w in lex.get("verbs", [])}:
        return False
    objects = {str(w) for w in lex.get("objects", [])}
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in objects for c in trigger.children)


def halted_talks(trigger):
    """The verb when ``trigger`` suspends, halts or breaks off talks, or is the talks so stopped (``halted_talks``:
    "suspends talks with X", "broke off negotiations"): SANCTION on the verb; else None."""
    lex = load_lexicon("event_senses").get("halted_talks", {})
    verb = trigger.head if trigger.dep_ == "dobj" else trigger
    if verb.pos_ != "VERB" or _lemma(verb) not in {str(w) for w in lex.get("verbs", [])}:
        return None
    particle = {str(k): str(v) for k, v in lex.get("particles", {}).items()}.get(_lemma(verb))
    if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
        return None
    talks = {str(w) for w in lex.get("talks", [])}
    if not any(c.dep_ == "dobj" and c.lower_ in talks for c in verb.children):
        return None
    return verb


def received_visitor(verb) -> bool:
    """``verb`` receives or hosts (``received_visitor.verbs``) an official or a delegation named by its direct
    object's head ("received the visiting Omani foreign minister"), or a person the tagger names: a meeting, not aid
    received ("received foreign donations" stays aid: a modifier alone names no official). In the passive the
    official is the subject and the host the agent ("the envoy was welcomed in Quito by the foreign minister"); a
    passive with no agent stays what the classifier says ("the minister was welcomed as a hero")."""
    S = _senses()
    if verb.pos_ != "VERB" or _lemma(verb) not in S.receiving_verbs:
        return False
    passive = any(c.dep_ == "agent" for c in verb.children)
    for obj in (c for c in verb.children if c.dep_ == "dobj" or (passive and c.dep_ == "nsubjpass")):
        # the object's head names the official: "foreign donations", "the first foreign tanks" stay aid received
        if any(_official(o, S.officials) for o in (obj, *obj.conjuncts)):
            return True
    return False


_GROUPS = frozenset({"group", "team", "party", "panel", "delegation", "committee"})


def _official(tok, officials: frozenset[str]) -> bool:
    """``tok`` names an official, a person the tagger names, or a group of officials ("a group of Armenian
    lawmakers")."""
    if tok.ent_type_ == "PERSON" or tok.lower_ in officials or _lemma(tok) in officials:
        return True
    if _lemma(tok) not in _GROUPS:
        return False
    members = [g for of in tok.children if of.dep_ == "prep" and of.lower_ == "of" for g in of.children if g.dep_ == "pobj"]
    return any(m.lower_ in officials or _lemma(m) in officials for m in members)


def received_goods(etype: str, verb) -> bool:
    """A CONSULT on "receive" whose direct object is a thing: a common noun that is no name and no official ("received
    two shipments of fuel", "received the first batch of jets"): goods taken in, no meeting (:func:`received_visitor`
    keeps "received the visiting minister"; a name, "received Hamas", stays what the classifier says). Hosting is
    left alone: "hosted talks" is a meeting."""
    if etype != "CONSULT" or verb.pos_ != "VERB" or _lemma(verb) != "receive" or received_visitor(verb):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.pos_ == "NOUN" and o.ent_type_ not in _NAMED for o in objects)


# A second nominal on a verb of calling that makes its object a name, not a callee ("called the attack a war crime",
# "called him a traitor", however the parser attaches it)
_PREDICATE_DEPS = frozenset({"oprd", "xcomp", "ccomp", "attr", "acomp", "dative", "prt"})
_TIME_ENTS = frozenset({"DATE", "TIME"})


def phone_call(verb) -> bool:
    """``verb`` calls, rings or phones (``phone_call.verbs``) a person: its direct object is a person the tagger
    names or an office or relation noun ("called his Chinese counterpart, Wang Yi", "phoned the prime minister"), with
    no object predicate or particle, no preposition of asking ("called for", "called on"), and no second noun beside
    the object other than a name or a time ("called Wang Yi on Tuesday"): a telephone call, CONSULT."""
    S = _senses()
    if verb.pos_ != "VERB" or _lemma(verb) not in S.call_verbs:
        return False
    kids = list(verb.children)
    if any(c.dep_ in _PREDICATE_DEPS for c in kids) or any(_asking_prep(c, S.call_asking) for c in kids):
        return False
    if any(c.dep_ == "npadvmod" and c.ent_type_ not in _TIME_ENTS | {"PERSON"} for c in kids):
        return False
    objects = [c for c in kids if c.dep_ == "dobj"]
    if len(objects) != 1 or any(c.dep_ == "dobj" for c in objects[0].children):
        return False
    obj = objects[0]
    words = [obj, *(t for t in obj.children if t.dep_ in ("compound", "amod") and t.i < obj.i)]
    people = S.officials | S.call_relations
    return obj.ent_type_ == "PERSON" or any(t.lower_ in people for t in words)


def _asking_prep(tok, asking: frozenset[str]) -> bool:
    """``tok`` is a preposition of asking on a verb of calling ("called for a ceasefire", "called on Russia"), not
    one of time ("called Wang Yi on Tuesday")."""
    if tok.dep_ != "prep" or tok.lower_ not in asking:
        return False
    return not any(c.dep_ == "pobj" and c.ent_type_ in _TIME_ENTS for c in tok.children)


def armed_clash(verb) -> bool:
    """``verb`` is a clash whose subject (or a conjunct of it) names armed forces by its head or a modifier of it
    ("troops and fighters clashed", "militia units clashed")."""
    S = _senses()
    if verb.pos_ != "VERB" or _lemma(verb) not in S.clash_verbs:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects += [c for s in subjects for c in s.conjuncts]
    words = [t for s in subjects for t in (s, *s.children) if t.i == s.i or t.dep_ in ("compound", "amod", "nmod")]
    return any(t.lower_ in S.armed for t in words)


def show_of_force(trigger, main):
    """The verb of a show of force that the ASSAULT cue ``trigger`` sits in, else None: a weapon word (or its
    compound, "rocket launchers") in the object of a moving verb ``main`` ("moved troops and rocket launchers to
    its border"), or a hyphenated test verb ("test-fired") on or over the weapon."""
    S = _senses()
    tested = _tested_verb(trigger)
    if tested is not None:
        return tested
    if main.pos_ != "VERB" or _lemma(main) not in S.moving_verbs or trigger.i == main.i:
        return None
    objects = [c for c in main.children if c.dep_ == "dobj"]
    inside = {t.i for obj in objects for t in obj.subtree}
    if trigger.i not in inside:
        return None
    weapon = trigger if trigger.dep_ != "compound" else trigger.head
    return main if _lemma(weapon) in S.weapons or _lemma(trigger) in S.weapons else None


def force_shown(verb) -> bool:
    """``verb`` is the verb of a show of force (:func:`show_of_force`): a moving verb with a weapon in its object, or a
    hyphenated test verb. What it moves or tests is no target: its direct object is left out, and so is the direction
    ranker, which reads the tested weapon's destination or the reporting source as one ("fired missiles into the
    sea", "…, Ukraine's border guard service said")."""
    if based_force(verb):  # "the deployment of 2,000 marines to an air base": a noun of deploying too
        return True
    if verb.pos_ != "VERB":
        return False
    if _tested_verb(verb) is not None or deployed_force(verb):
        return True
    if _lemma(verb) not in _senses().moving_verbs or _civil_or_leaving(verb):
        return False
    weapons = _senses().weapons
    return any(_lemma(t) in weapons for c in verb.children if c.dep_ == "dobj" for t in c.subtree)


def moved_things(verb) -> set[int]:
    """Token indices of what a show of force moves or tests: the verb's direct object phrase, or for a test verb
    read as a modifier ("test-fired two missiles") the weapon phrase it modifies."""
    objects = _moved_phrases(verb)
    if verb.dep_ in ("amod", "compound") and not objects:
        objects = [verb.head]
    return {t.i for obj in objects for t in obj.subtree}


_DESTINATION_PREPS = frozenset({"to", "toward", "towards", "into", "near", "along", "on", "at", "off", "across", "over"})


def destination_of(verb) -> set[int]:
    """Token indices of where a show of force moves or fires its weapons: the phrases of direction on the verb ("to
    its western border", "toward the Finnish border", "into the sea"). No target: whoever holds the place is not
    acted on (a weapon fired "at" a port is an attack, never a show of force: :func:`show_of_force`)."""
    return {t.i for p in verb.children if p.dep_ == "prep" and p.lower_ in _DESTINATION_PREPS for t in p.subtree}


def _tested_verb(trigger):
    """The verb of "test-fired" / "test-launched" when ``trigger`` is that verb or the weapon it governs or
    modifies (the parser often reads "test-fired two missiles" as a noun phrase); else None."""
    S = _senses()
    for tok in (trigger, *trigger.children, trigger.head):
        if tok.lower_ not in S.tested_verbs or tok.i < 2:
            continue
        doc = tok.doc
        if doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in S.test_words and tok.sent == trigger.sent:
            if tok.i == trigger.i or _lemma(trigger) in S.weapons:
                return tok
    return None


def cancelled_meeting(trigger) -> bool:
    """``trigger`` calls off, cancels or postpones a meeting, visit or trip named as its object ("called off a
    planned visit"), also as what a round or a part of it is of ("called off the next round of talks"), not a strike
    or a ban."""
    S = _senses()
    lemma = _lemma(trigger)
    if trigger.pos_ != "VERB" or lemma not in S.cancel_verbs:
        return False
    particle = S.cancel_particles.get(lemma)
    if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in trigger.children):
        return False
    objects = _called_off_objects(trigger)
    objects += [g for o in objects if _lemma(o) in S.meeting_parts for p in o.children if p.dep_ == "prep"
                and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
    return any(_lemma(o) in S.meetings or o.lower_ in S.meetings for o in objects)


def _called_off_objects(trigger) -> list:
    """What ``trigger`` calls off: its object or passive subject, or in a passive the parser hangs on another verb
    that verb's subject ("The talks X and Y were to hold on Monday have been called off": "talks", even where it is
    tagged a verb)."""
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects and trigger.dep_ == "conj" and any(c.dep_ == "auxpass" for c in trigger.children):
        objects = [c for c in trigger.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < trigger.head.i]
    return objects


def response_meeting(etype: str, trigger) -> bool:
    """A CONSULT on a passive "be met with" ("would be met with countermeasures"): a response, no meeting."""
    if etype != "CONSULT" or _lemma(trigger) not in _senses().response_meet:
        return False
    deps = {c.dep_ for c in trigger.children}
    return "auxpass" in deps and any(c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children)


def declined_comment(etype: str, trigger) -> bool:
    """A REJECT on a verb of declining whose complement is a remark ("declined to comment", "refused to
    elaborate"): no act of refusal (``[no_comment]``)."""
    senses = _senses()
    verbs, remarks = senses.no_comment_verbs, senses.no_comment_remarks
    if etype != "REJECT" or _lemma(trigger) not in verbs:
        return False
    return any(c.dep_ == "xcomp" and _lemma(c) in remarks for c in trigger.children)


class _ThreatWords(NamedTuple):
    speech: frozenset[str]
    promise: frozenset[str]
    future: frozenset[str]
    price: frozenset[str]
    dearly: frozenset[str]
    against: frozenset[str]
    titles: frozenset[str]
    objects: dict[str, frozenset[str]]


@lru_cache(maxsize=1)
def _threat_words() -> _ThreatWords:
    lex = load_lexicon("event_senses")
    objects = lex.get("threat_idiom", {}).get("objects", {})
    return _ThreatWords(word_set(lex, "threat_idiom.speech_verbs"), word_set(lex, "threat_idiom.promise_verbs"),
                        word_set(lex, "threat_idiom.future_aux"), word_set(lex, "threat_idiom.price_words"),
                        word_set(lex, "threat_idiom.dearly"), word_set(lex, "threat_idiom.against_preps"),
                        word_set(lex, "threat_idiom.speaker_titles"),
                        {str(k).lower(): frozenset(str(w).lower() for w in v) for k, v in objects.items()})


def _idiom_object(verb, W: _ThreatWords) -> bool:
    """``verb`` with its object makes an idiom of threat (``threat_idiom.objects``: "pay a heavy price", "face
    consequences", "take countermeasures", "regret")."""
    wanted = W.objects.get(_lemma(verb))
    if not wanted:
        return False
    if "*" in wanted:
        return True
    if _lemma(verb) == "pay" and any(c.dep_ == "advmod" and c.lower_ in W.dearly for c in verb.children):
        return True
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lower_ in wanted or _lemma(obj) in wanted:
            return obj.lower_ != "price" or any(c.dep_ == "amod" and c.lower_ in W.price for c in obj.children)
    return False


def _speech_of(verb, W: _ThreatWords):
    """The verb of saying whose complement ``verb`` is, in the future or the conditional ("said X would pay …",
    "vowed to take …"), or that is said beside it ("X will pay …, Y warned"); else None."""
    future = any(c.dep_ == "aux" and c.lower_ in W.future for c in verb.children)
    head = verb.head
    if verb.dep_ == "ccomp" and future and _lemma(head) in W.speech:
        return head
    if verb.dep_ == "xcomp" and _lemma(head) in W.promise and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                   for c in verb.children):
        return head
    if future and verb.dep_ == "ROOT":
        return next((c for c in verb.children if c.dep_ in ("parataxis", "ccomp") and _lemma(c) in W.speech
                     and any(g.dep_ == "nsubj" for g in c.children)), None)
    return None


def _idiom_party(verb, speech, W: _ThreatWords):
    """Whom the idiom threatens: its verb's subject when that is not the speaker's ("X would pay"), else what it is
    taken "against" ("take countermeasures against X"); None when neither names something."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.pos_ in ("PROPN", "NOUN"):
        return subject
    for tok in (verb, *(c for c in verb.children if c.dep_ == "dobj")):
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in W.against):
            pobj = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def threat_idiom(trigger):
    """``(verb of saying, the idiom's verb, the party threatened)`` when ``trigger`` is the verb of an idiom of threat said in the future
    or promised (``[threat_idiom]``: "said X would pay a heavy price", "warned that X will face consequences", "vowed to
    take countermeasures against Y"), or the verb of saying of one; else None. The party is a token of the idiom's
    subject or of what it is taken against; the caller checks that it names an actor."""
    W = _threat_words()
    if _lemma(trigger) in W.speech:
        idioms = [c for c in trigger.children if c.dep_ in ("ccomp", "xcomp") and _idiom_object(c, W)]
        if not idioms and trigger.dep_ in ("parataxis", "ccomp") and _idiom_object(trigger.head, W):
            idioms = [trigger.head]
    else:
        idioms = [trigger] if _idiom_object(trigger, W) else []
    for verb in idioms:
        speech = _speech_of(verb, W)
        party = _idiom_party(verb, speech, W) if speech is not None else None
        if party is not None:
            return speech, verb, party
    return None


def speaks_for_modifier(subject) -> bool:
    """The speaker's head ``subject`` speaks for the actor that modifies it (``threat_idiom.speaker_titles``: "the
    Indian army chief", "Iran's foreign minister"), unlike "a London economist"."""
    return _lemma(subject) in _threat_words().titles or subject.lower_ in _threat_words().titles
