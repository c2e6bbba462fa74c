"""Second acts of a sentence that the clause rules of :mod:`.events` miss on reporter-style sentences.

- a finite verb the parser hangs on an infinitive inside the main verb's object (or on its own infinitive
  complement), though it is coordinated with the main verb ("rejected the bloc's demand to reinstate the president and expelled the ambassador": "expelled" is
  past, "reinstate" a bare infinitive, so the two cannot be conjuncts: the expulsion is the subject's second act);
- an adverbial clause of time with a named actor of its own as subject ("called off the visit after Berlin
  criticised its record": Berlin's criticism), of the main act's type too when that actor is another ("X asked Y to
  …, while Z demanded that …"). A conditional clause is no happening (see ``_condition`` in
  :mod:`.events`);
- a meeting named by a noun in a phrase of time on the main verb ("stressed support … during a visit to Tbilisi",
  "said after talks with his Turkish counterpart"): the meeting is the subject's own act, CONSULT, beside the main
  one. Only a meeting's cue counts: "after an attack on a convoy" names no act of the subject;
- a conjoined clause with a named actor of its own as subject ("X shelled the town, and Y fired rockets at a base"):
  the second actor's act, also when of the first act's type;
- a participle with no subject of its own after a verb of saying that reports the main clause ("X expelled Y, the
  ministry said, accusing Z of …"): the speaker's own act, the speaker its source; and with no verb of saying, after
  the main verb's object, or a conjunct's sharing its subject ("expelled the ambassador, accusing him of …"; "rejected
  X and ordered Y to leave, accusing them of …"): the subject's own second act; only acts of
  speech (an accusation, a demand, a threat, a refusal): "expelled the envoy, giving her 48 hours" is one act;
- a passive clause of time with no agent whose verb is an attack's ("closed the road after a convoy was
  attacked"): an attack by no one named, beside the main act; and a clause of time whose subject is a noun of attack
  ("cancelled the trip after a strike on a base wounded two soldiers"): the attack.

Each comes with the strong cue on its verb: ``(token, type)`` pairs as :meth:`.events.EventCoder._further` gives.
"""

from __future__ import annotations

from functools import lru_cache

from .event_senses import is_weapon
from .lexicons import load_lexicon, word_set
from .modality import modality_cues

# Marks of an adverbial clause that states a happening beside the main one (not "if", "unless": a condition).
_TIME_MARKS = frozenset({"after", "before", "when", "as", "since", "while", "until", "once", "following"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# Prepositions of a phrase of time whose noun may be a meeting of the subject's ("during a visit to X").
_TIME_PREPS = frozenset({"during", "after", "before", "following", "on", "at", "ahead"})
_MEETING = "CONSULT"
# the acts a participle beside the main clause adds as its own ("…, accusing X of …", "…, urging Y to …"); a
# participle of another act elaborates the main one ("expelled the envoy, giving her 48 hours to leave")
_SPOKEN = frozenset({"ACCUSE", "REQUEST", "THREATEN", "REJECT"})
_ATTACK = "ASSAULT"


def second_acts(main, trigger, strong, etype: str, named: set[int]) -> list[tuple[object, str]]:
    """The acts of the kinds in the module docstring, each ``(verb, cue type)`` with a strong cue (``strong``: the
    candidate's hits ``(token, type, cue, weight)`` over the minimum weight) of a type other than ``etype`` on the
    verb itself; ``named``: indices of the tokens of the sentence's non-place actor mentions."""
    from .event_cues import decisive_type

    out: dict[int, tuple[object, str]] = {tok.i: (tok, _ATTACK) for tok in _owned_weapons(main, trigger, named)}
    kinds = _kinds(main, trigger, named)
    times = {tok.i for tok in _time_clauses(main, trigger, named)}
    for tok in (*_stranded_conjuncts(main), *_own_object_conjuncts(trigger, named), *_time_clauses(main, trigger, named),
                *_meeting_phrases(main, trigger),
                *_agentless_attacks(main, trigger), *_attack_subjects(main, trigger), *_other_doers(main, trigger, named), *_speaker_participles(main),
                *_doer_participles(main)):
        hits = [h for h in strong if h[0].i == tok.i and _kept(h[1], tok.i, etype, kinds)]
        if tok.i != trigger.i and hits:
            out.setdefault(tok.i, (tok, max(hits, key=lambda h: h[3])[1]))
        elif tok.i != trigger.i and tok.i in times:
            # a clause of time whose verb has no cue word of its own but whose object settles the act ("after police
            # broke up a rally": plover.toml [decisive]), as it would for a main verb
            settled = decisive_type(tok.sent, tok, strong, "")
            if settled and _kept(settled, tok.i, etype, kinds):
                out.setdefault(tok.i, (tok, settled))
    return list(out.values())


def _owned_weapons(main, trigger, named: set[int]) -> list:
    """Weapon nouns that a named actor's modifier makes its own and a relative clause tells what they did in the past
    (:func:`.event_gates.told_relative_attacks`: "retaliation for a Hezbollah rocket that landed near Haifa", "a Russian
    missile that hit a school"): that actor's attack, on the weapon's noun, beside the main act (of its type too: the
    main act is another's)."""
    from .event_gates import told_relative_attacks

    subjects = {c.i for c in (main, trigger) for c in c.children if c.dep_ in ("nsubj", "nsubjpass")}
    return [verb.head for verb in told_relative_attacks(main) if verb.head.i != trigger.i
            and verb.head.i not in subjects and owned_weapon(verb.head, named) is not None]


def owned_weapon(noun, named: set[int]):
    """The verb of the relative clause that tells what the weapon ``noun`` did, when a modifier of the noun names an
    actor (a token index of ``named``: "a Hamas drone that crashed into X"); else None."""
    from .event_gates import told_relative_attack

    if noun.pos_ != "NOUN" or not is_weapon(noun):
        return None
    if not any(t.i in named for c in noun.children if c.dep_ in ("compound", "amod", "poss") and c.i < noun.i
               for t in c.subtree):
        return None
    return next((c for c in noun.children if c.dep_ == "relcl" and told_relative_attack(c)), None)


def _kinds(main, trigger, named: set[int]) -> dict[str, set[int]]:
    """The token indices of each kind of second act that limits the cue types it keeps (see :func:`_kept`)."""
    others = {tok.i for tok in _other_doers(main, trigger, named)}
    # a time clause of another actor's: its act, of the same type too ("X asked Y to …, while Z demanded …")
    others |= {tok.i for tok in _time_clauses(main, trigger, named) if other_time_clause(tok, main, named)}
    return {"meetings": {tok.i for tok in _meeting_phrases(main, trigger)},
            "attacks": {tok.i for tok in (*_agentless_attacks(main, trigger), *_attack_subjects(main, trigger))},
            "others": others,
            "participles": {tok.i for tok in (*_speaker_participles(main), *_doer_participles(main))},
            # a verb with its own object: of the same type too
            "stranded": {tok.i for tok in (*_stranded_conjuncts(main), *_own_object_conjuncts(trigger, named))}}


def _kept(cue_type: str, i: int, etype: str, kinds: dict[str, set[int]]) -> bool:
    """A cue of ``cue_type`` on token ``i`` makes a second act: of another type than ``etype`` (of the same one too for
    another actor's act or a stranded conjunct); a meeting's cue only for a meeting phrase, an attack's for an
    agentless attack, an act of speech for a participle."""
    if cue_type == etype and i not in kinds["others"] and i not in kinds["stranded"]:
        return False
    if i in kinds["meetings"] and cue_type != _MEETING:
        return False
    if i in kinds["attacks"] and cue_type != _ATTACK:
        return False
    return i not in kinds["participles"] or cue_type in _SPOKEN


def _own_object_conjuncts(trigger, named: set[int]) -> list:
    """Verbs conjoined with the trigger verb, with no subject of their own, whose direct object is a named actor
    while the trigger's object names none ("condemned the killing of its scientist and blamed Israel"): a second act
    of its own on that actor, of the trigger's type too."""
    if trigger.pos_ != "VERB" or any(t.i in named for c in trigger.children if c.dep_ == "dobj" for t in c.subtree):
        return []
    return [c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB" and own_object_conjunct(c, named)]


def own_object_conjunct(verb, named: set[int]) -> bool:
    """``verb`` has no subject of its own and a named actor as its direct object's head (:func:`_own_object_conjuncts`)."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.i in named for c in verb.children)


def _stranded_conjuncts(main) -> list:
    """Finite verbs with no subject of their own conjoined with a bare infinitive ("to reinstate") in the clause of
    the main verb's object (or hung on the main verb after that object), when the main verb is finite in the same tense: the parser's attachment, not the
    sentence's."""
    if main.pos_ != "VERB" or main.tag_ not in _FINITE:
        return []
    out = []
    for inf in _object_infinitives(main):
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children):
            continue
        out += [c for c in inf.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.tag_ == main.tag_
                and not any(g.dep_ in ("nsubj", "nsubjpass", "aux") for g in c.children)]
    return out


def _other_doers(main, trigger, named: set[int]) -> list:
    """Finite verbs conjoined with the main verb or the trigger that have a named actor of their own as subject, other
    than the first clause's ("X shelled the city, and Y fired rockets at a base"): the second actor's act, of any type,
    the same as the first one's too (a reply in kind)."""
    heads = {main.i: main, trigger.i: trigger}.values()
    firsts = {c.i for head in heads for c in head.children if c.dep_ in ("nsubj", "nsubjpass")}
    return [c for head in heads for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.tag_ in _FINITE
            and any(g.dep_ == "nsubj" and g.i in named and g.i not in firsts for g in c.children)]


def other_time_clause(verb, main, named: set[int]) -> bool:
    """``verb`` heads a :func:`time_clause` whose subject is not the main clause's ("…, while Z demanded …"): that
    actor's own act, never one act with the main one even of its type."""
    return time_clause(verb, named) and _other_subject(verb, main)


def _other_subject(verb, main) -> bool:
    """The subject of ``verb`` is not the words of the main verb's subject ("…, while Z demanded …")."""
    mine = {c.text.lower() for c in main.children if c.dep_ in ("nsubj", "nsubjpass")}
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.text.lower() not in mine for c in verb.children)


def _report_verb(main):
    """The verb of saying that reports the main clause after it ("X expelled Y, the ministry said": "said"), else
    None."""
    saying = modality_cues().reporting_verbs
    if main.dep_ == "ccomp" and main.head.lower_ in saying and main.head.i > main.i:
        return main.head
    return next((c for c in main.children if c.dep_ == "parataxis" and c.lower_ in saying and c.i > main.i), None)


def _speaker_participles(main) -> list:
    """Participles with no subject of their own after a verb of saying that reports the main clause ("X expelled Y,
    the ministry said, accusing Z of …"), hung on either verb: the speaker's own act beside the one reported."""
    report = _report_verb(main)
    if report is None:
        return []
    return [c for head in (main, report) for c in head.children if c.dep_ == "advcl" and c.tag_ == "VBG"
            and c.i > report.i and _bare_participle(c)]


def _doer_participles(main) -> list:
    """Participles with no subject of their own after the main verb's object, in a clause no verb of saying reports
    ("expelled the ambassador, accusing him of …"): the subject's second act, of another type than the first."""
    if main.pos_ != "VERB":
        return []
    report = _report_verb(main)
    # before a verb of saying that reports the clause ("…, accusing them of …, the radio reported"); after it, the
    # speaker's (:func:`_speaker_participles`)
    return [c for head in _participle_heads(main) for c in head.children if c.dep_ == "advcl" and c.tag_ == "VBG"
            and c.i > head.i and (report is None or c.i < report.i) and _bare_participle(c)]


def _participle_heads(main) -> list:
    """The verbs a participle of :func:`_doer_participles` may hang on: the main verb, or a conjunct sharing its
    subject ("rejected X and ordered Y to leave, accusing them of …"), with an object of its own or of its infinitive;
    and that infinitive."""
    verbs = [main] + [c for c in main.children if c.dep_ == "conj" and c.pos_ == "VERB"
                      and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
    # a verb with an object, or with an infinitive that has one ("threatened to halt exports, accusing X of …")
    heads = [h for h in verbs if _has_object(h) or any(c.dep_ == "xcomp" and _has_object(c) for c in h.children)]
    # or the infinitive the parser hangs it on, after its object or the frame's ("ordered Y to leave within a day,
    # accusing them of …", "threatened to seize any tanker …, accusing X of …")
    heads += [c for h in verbs for c in h.children if c.dep_ == "xcomp" and c.tag_ == "VB"
              and (_has_object(h) or _has_object(c))]
    return heads


def _has_object(verb) -> bool:
    return any(g.dep_ == "dobj" for g in verb.children)


def _bare_participle(verb) -> bool:
    """A participle with no subject or subordinating word of its own ("…, accusing him of …"; not "while visiting")."""
    return not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in verb.children)


def participle_speaker(verb, main):
    """The subject of the verb of saying when ``verb`` is one of :func:`_speaker_participles` of the main verb
    ``main`` (the speaker, its source), else None."""
    if not any(tok.i == verb.i for tok in _speaker_participles(main)):
        return None
    report = _report_verb(main)
    return next((c for c in report.children if c.dep_ == "nsubj"), None) or _stray_speaker(report)


def stray_speaker(main):
    """The speaker of the verb of saying that reports the main clause when the parser hung it on the main clause's
    object (:func:`_stray_speaker`: "seized the town of Goma, Rwanda's foreign ministry said"), else None: no party to
    the reported act."""
    report = _report_verb(main)
    if report is None or any(c.dep_ == "nsubj" for c in report.children):
        return None
    return _stray_speaker(report)


def _stray_speaker(report):
    """The speaker of a verb of saying with no subject in the parse, which hung the noun just before it on the main
    clause's object as a conjunct or an apposition ("seized the town of Goma, Rwanda's foreign ministry said, …":
    "ministry" a conjunct of "Goma"), else None."""
    if report.i == 0:
        return None
    prev = report.doc[report.i - 1]
    if prev.pos_ not in ("NOUN", "PROPN") or prev.dep_ not in ("conj", "appos") or prev.head.i >= prev.i:
        return None
    start = prev.left_edge.i
    return prev if start > 0 and report.doc[start - 1].text == "," else None


def other_doer(verb, main, trigger, named: set[int]) -> bool:
    """``verb`` is one of :func:`_other_doers`: another actor's act, never part of the trigger's own (a conjunct of
    one type with the trigger is otherwise read as one act, "airstrikes killed")."""
    return verb.dep_ == "conj" and any(tok.i == verb.i for tok in _other_doers(main, trigger, named))


def _object_infinitives(main) -> list:
    """Bare infinitives in the main verb's object, or hung on the main verb itself after its object ("dismissed a
    demand from X to free Y and expelled Z"), or the main verb's own infinitive complement ("ordered the envoys to
    leave within two days and recalled its ambassador", "refused to meet the mediator and closed the crossing")."""
    objects = [c for c in main.children if c.dep_ == "dobj"]
    inside = [t for obj in objects for t in obj.subtree if t.tag_ == "VB" and t.dep_ in ("acl", "relcl", "xcomp")]
    after = [c for c in main.children if c.dep_ == "advcl" and c.tag_ == "VB" and any(o.i < c.i for o in objects)]
    own = [c for c in main.children if c.dep_ == "xcomp" and c.tag_ == "VB"]
    return inside + after + own


def stranded_conjunct(verb, main) -> bool:
    """``verb`` is one of :func:`_stranded_conjuncts` of the main verb ``main``: it shares the main clause's
    subject and modality, not those of the demand or plan the parser hangs it on."""
    return verb.dep_ == "conj" and any(tok.i == verb.i for tok in _stranded_conjuncts(main))


def _time_clauses(main, trigger, named: set[int]) -> list:
    """Adverbial clauses of time on the main verb or the trigger with a named actor as their subject, or a state's
    body that no name is given (:func:`_body_time_clause`: "after the government agreed to …"); also on the verb of
    saying that reports the main clause after it ("X barred Y from leaving, her employer said, as Z urged W to …":
    the parser hangs the clause on "said")."""
    report = _report_verb(main)
    heads = {main.i: main, trigger.i: trigger, **({report.i: report} if report is not None else {})}.values()
    return [clause for head in heads for clause in head.children
            if time_clause(clause, named) or _body_time_clause(clause, main)]


@lru_cache(maxsize=1)
def _state_bodies() -> frozenset[str]:
    return word_set(load_lexicon("plover"), "participants.state_bodies")


# marks of a clause of time that tells an act of its own before or after the main one; a clause of "as" or "while"
# with an unnamed body as subject is background ("… as authorities cracked down on …")
_SEQUENCE_MARKS = frozenset({"after", "before", "once", "following"})


def _body_time_clause(verb, main) -> bool:
    """``verb`` heads an adverbial clause of time (``_SEQUENCE_MARKS``) whose subject is a body acting for a state with no name given
    (``plover.toml`` ``participants.state_bodies``: "after the cabinet agreed to cut fuel prices", "after police in
    the capital broke up a rally"), other than the main clause's subject."""
    if verb.dep_ != "advcl" or verb.pos_ != "VERB" or not _other_subject(verb, main):
        return False
    if not any(c.dep_ == "mark" and c.lower_ in _SEQUENCE_MARKS for c in verb.children):
        return False
    return any(c.dep_ == "nsubj" and (c.lemma_ or c.lower_).lower() in _state_bodies() for c in verb.children)


def _agentless_attacks(main, trigger) -> list:
    """Passive adverbial clauses of time on the main verb or the trigger with no agent ("closed the road after a
    convoy was ambushed"): the attack happened, by no one named; only an attack's cue counts for them."""
    from .event_gates import told_relative_attacks  # and what an attack did, told in a relative clause on it

    heads = {main.i: main, trigger.i: trigger}.values()
    return [c for head in heads for c in head.children if c.dep_ == "advcl" and c.pos_ == "VERB"
            and any(g.dep_ == "mark" and g.lower_ in _TIME_MARKS for g in c.children)
            and any(g.dep_ == "auxpass" for g in c.children) and not any(g.dep_ == "agent" for g in c.children)
            ] + told_relative_attacks(main)


def _attack_subjects(main, trigger) -> list:
    """Noun subjects of adverbial clauses of time on the main verb or the trigger whose verb states what they did
    ("cancelled the trip after a strike on a UN base wounded two soldiers": the strike): an attack, by no one named
    unless the noun names its doer; only an attack's cue counts for them. Not a weapon ("as shells kept falling": the
    shelling, if any, is the main clause's business)."""
    heads = {main.i: main, trigger.i: trigger}.values()
    return [g for head in heads for c in head.children if c.dep_ == "advcl" and c.pos_ == "VERB"
            and any(m.dep_ == "mark" and m.lower_ in _TIME_MARKS for m in c.children)
            for g in c.children if g.dep_ == "nsubj" and g.pos_ == "NOUN" and not is_weapon(g)]


def attack_subject(noun) -> bool:
    """``noun`` is the noun subject of an adverbial clause of time (:func:`_attack_subjects`: "after a strike on a
    base wounded two soldiers")."""
    clause = noun.head
    return noun.dep_ == "nsubj" and noun.pos_ == "NOUN" and clause.dep_ == "advcl" and clause.pos_ == "VERB" \
        and any(m.dep_ == "mark" and m.lower_ in _TIME_MARKS for m in clause.children)


def time_clause(verb, named: set[int]) -> bool:
    """``verb`` heads an adverbial clause of time ("after Berlin criticised …") whose subject is a named actor (a
    token index in ``named``), or names one in its own words ("after Ugandan soldiers crossed …", "after rebels backed
    by Kigali shelled …"), or is a state's body with no name given that acts on a direct object of the clause's own
    (:func:`_body_time_clause`: "two days after police broke up a rally"): the clause's own subject is its act's source
    and its own object its target, whatever the sentence's main act (an act of its own, of the main act's type too:
    :func:`other_time_clause`). A body's clause with no direct object ("after the cabinet agreed to cut fuel prices")
    is left to the direction ranker."""
    if verb.dep_ != "advcl" or verb.pos_ != "VERB":
        return False
    if not any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in verb.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and _names_actor(c, named) for c in verb.children) \
        or (_body_time_clause(verb, verb.head) and any(c.dep_ == "dobj" for c in verb.children))


_OWN_WORDS = frozenset({"amod", "compound", "poss", "nmod", "acl"})


def _names_actor(subject, named: set[int]) -> bool:
    """``subject`` is a named actor or names one in its modifiers or in a participle on it ("Ugandan soldiers",
    "rebels backed by Kigali"); a phrase of place on it says where, not whose ("authorities in Croatia")."""
    if subject.i in named:
        return True
    return any(t.i in named for c in subject.children if c.dep_ in _OWN_WORDS for t in c.subtree)


def _meeting_phrases(main, trigger) -> list:
    """Nouns of a phrase of time on the main verb or the trigger, or on the verb that reports either ("during a visit
    to Tbilisi", "after talks with X", "ahead of a summit", "after talks with X, the envoy said no deal had been
    reached"): a meeting there is the subject's own (its cue must be a meeting's: see :func:`second_acts`)."""
    out = []
    heads = {main.i: main, trigger.i: trigger}
    for tok in (main, trigger):
        if tok.dep_ == "ccomp" and tok.head.pos_ == "VERB":
            heads.setdefault(tok.head.i, tok.head)  # "after talks with X, the envoy said no deal had been reached"
    for head in heads.values():
        if head.pos_ not in ("VERB", "AUX"):
            continue
        out += [o for prep in head.children if _time_prep(prep) for o in _phrase_objects(prep) if o.pos_ == "NOUN"]
    return out + _asker_trips(main)


def _phrase_objects(prep) -> list:
    """The nouns of the phrase of time ``prep`` opens: its objects, the "of" objects of "in the course of" and of
    "ahead of" (a meeting yet to come, only with its parties named when the parser reads "ahead" as an adverb)."""
    if prep.lower_ == "ahead":  # "ahead of a summit"
        return [g for c in prep.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
                and (prep.dep_ == "prep" or _with_party(g))]
    return _course_of(prep) or [c for c in prep.children if c.dep_ == "pobj"]


# nouns of a journey: the parser hangs "during a trip to X" on the act asked for, the trip is the asker's own
_TRAVEL_NOUNS = frozenset({"visit", "trip", "tour", "stopover", "journey"})


def _asker_trips(main) -> list:
    """Nouns of a journey (:data:`_TRAVEL_NOUNS`) in a phrase of time that the parser hangs on the infinitive of the
    act the main verb asks or presses for ("pressed Seoul to lift its curbs during a trip to South Korea"): the journey
    is the main verb's subject's, not the asked party's."""
    out = []
    for act in (c for c in main.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                and any(g.dep_ == "dobj" for g in main.children)):
        for prep in (c for c in act.children if c.dep_ == "prep" and (c.lower_ in _TIME_PREPS or _course_of(c))):
            out += [o for o in (_course_of(prep) or prep.children) if _asker_trip(o)]
    return out


def _course_of(prep) -> list:
    """The nouns of "in the course of X" ("in the course of a visit to Hanoi"), a phrase of time as "during X" is: the
    "of" objects of "course" when ``prep`` is "in" with "course" as its object; [] otherwise."""
    if prep.lower_ != "in":
        return []
    return [g for c in prep.children if c.dep_ == "pobj" and c.lower_ == "course" for p in c.children
            if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


def _phrase_prep(noun):
    """The preposition that opens the phrase of time holding ``noun``: its own head, or the "ahead" of "ahead of X"
    and the "in" of "in the course of X"."""
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lower_ == "ahead":
        return prep.head
    if prep.lower_ == "of" and prep.head.lower_ == "course" and prep.head.dep_ == "pobj":
        return prep.head.head
    return prep


def asker_trip_destination(noun):
    """The noun of the "to" phrase of an asker's journey (:func:`_asker_trips`: "pressed X to … during a trip to
    Beirut": "Beirut"), else None: the host of that meeting, whoever the asking addressed."""
    if not _asker_trip(noun) or _phrase_prep(noun).head.dep_ != "xcomp":
        return None
    return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                 if g.dep_ == "pobj"), None)


def _asker_trip(noun) -> bool:
    """``noun`` is a journey (:data:`_TRAVEL_NOUNS`) with its destination ("to X") and no traveller of its own ("the
    visit of UN envoys", "a trip by the envoy")."""
    if noun.dep_ != "pobj" or noun.pos_ != "NOUN" or noun.lower_ not in _TRAVEL_NOUNS:
        return False
    preps = {c.lower_ for c in noun.children if c.dep_ == "prep"}
    return "to" in preps and not preps & {"of", "by"} and not any(c.dep_ == "poss" for c in noun.children)


def _with_party(noun) -> bool:
    """The meeting noun names whom it is with ("a summit with X", "talks between X and Y")."""
    return any(c.dep_ == "prep" and c.lower_ in ("with", "between") and any(g.dep_ == "pobj" for g in c.children)
               for c in noun.children)


def _time_prep(tok) -> bool:
    """``tok`` opens a phrase of time: a preposition of :data:`_TIME_PREPS`, the "in" of "in the course of"
    (:func:`_course_of`), or "ahead" of "ahead of", which the parser also reads as an adverb ("arrived in Moscow ahead
    of a summit with …")."""
    return (tok.dep_ == "prep" and (tok.lower_ in _TIME_PREPS or bool(_course_of(tok)))) \
        or (tok.dep_ == "advmod" and tok.lower_ == "ahead" and any(c.lower_ == "of" for c in tok.children))


def meeting_phrase_verb(noun):
    """The verb on whose phrase of time the noun ``noun`` sits (:func:`_meeting_phrases`: "stressed … during a
    visit"), else None: the meeting takes that verb's modality, not that of a frame the verb sets for its own
    complements ("pledged aid on a visit to Manila": the visit happened)."""
    if noun.dep_ != "pobj" or noun.pos_ != "NOUN":
        return None
    prep = _phrase_prep(noun)
    if not _time_prep(prep) or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    if prep.head.dep_ == "xcomp" and _asker_trip(noun):  # the asker's own trip (:func:`_asker_trips`)
        return prep.head.head
    return prep.head
