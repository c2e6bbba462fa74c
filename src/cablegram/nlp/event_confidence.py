"""Parse checks that make an event's confidence mean "an analyst can cite it" (issue 12).

The type classifier's probability says how sure the sentence is of a type; it says nothing of whether the
source and target it was paired with take part in the act. :func:`event_doubts` lists what speaks against
one coded event, from the parse of its sentence:

- ``source_not_argument`` / ``target_not_argument``: the mention is no syntactic argument of the trigger's own
  clause (subject or agent for the source; object, dative or prepositional object for the target; a noun
  trigger's possessor or modifier; through coordination, apposition and the verbs a trigger is the
  complement of; a demand's speaker, "X said Y must"; the speaker of a participle after a verb of saying, "…, X said,
  accusing Y of …"), e.g. a mention of another clause or of a relative clause
  describing someone, or a source other than the doer the trigger names with "by";
- ``target_is_place``: the target is named in a locative phrase of the act ("deployments in X"): its place; for
  a refusal, a meeting or a demand also a locative phrase of the people it meets or asks ("refused to meet
  negotiators in X"): where they are, not who takes part (not of another act it carries, "refused to deploy
  peacekeepers in X"); not for an act whose place is its target as plv codes it (a deployment, a ceasefire or truce
  declared there: "declared a truce in X");
- ``coordinated_pair``: source and target are conjuncts of one list ("Obama and Clinton withdrew", "prisoners
  including A and B"): the list acts together or undergoes together, not on each other (acts done jointly,
  AGREE, CONSULT, COOPERATE, or on a deal or talks, are coded between conjoined subjects and are not doubted);
- ``source_is_accuser``: the trigger is the act a verb of accusing charges someone with ("blamed militants for a
  suicide bombing") and the source is the accuser;
- ``own_state``: the target is the source's own state named as a modifier ("Erdoğan threatened to send
  Turkish forces");
- ``trigger_in_relative`` / ``trigger_in_condition``: the trigger describes a participant or states a condition
  ("if a strike threatened its troops"), not the sentence's news;
- ``source_not_argument`` also when the source is the passive trigger's own subject ("X are accused of"): the
  one who undergoes the act, and when it only modifies the target's own name ("threats by Turkish President X");
  not the state named in the "in" phrase of an arrest in the passive with no doer ("was detained in X");
- ``weak_trigger``: the trigger word is no cue of the event's type and a verb of no act ("follows", "sees",
  "continue"), or no verb, noun or adjective at all (the classifier typed the sentence, not the word);
- ``opinion``: the trigger's clause is a recommendation or an obligation ("should", "must", "needs to"), or a
  first-person remark, in opinion writing;
- ``not_asserted``: the sentence does not say the act happened or will happen (issue 12, opinion and analysis
  writing): its modality is hypothetical (a possibility, a condition, a counterfactual; a demand — REQUEST —, a threat
  stated as made, "threatened to cut ties if …", and an offer on an adjective of intent, "willing to withdraw if
  asked", are acts of their own and are not doubted); the
  trigger sits in an embedded question ("has not said whether X was revoked", "nobody knows what was agreed", "the
  question is whether") or a direct one ("will X strike Y?"); a habit or a generic statement ("states that arm
  rebels tend to lose"); a state of being the trigger only frames ("has ceased to be a reliable friend"); or a
  thing, not an actor, is the subject of a modal verb ("the refusal will anger X", "success will not translate
  into …"): a forecast, no act;
- ``no_refusal``: a REJECT that only the negation of an act makes, where the negation refuses nothing ("ISIS has
  not been defeated", "has not shared those concerns", "would not be expected to listen"): read as "did not
  refuse", it is no event an analyst can cite;
- ``no_cue_word``: an event of a type that is only cited on its own cue word (``[confidence] cue_needed``: AID) whose
  trigger is no cue of it ("relocated", "expanded into", "accepted refugees" coded AID), or a word of several senses
  with no word of this one in the sentence (``[senses.deploy]``: "ships had deployed" is no AID);
- ``target_is_topic``: the target is named in a topic phrase ("vetoed the resolution on Syria") of an act of
  speech, meeting or cooperation: what the act is about, not whom it is aimed at;
- ``target_is_people``: the target of a CONSULT is a people named by a plural demonym ("has been speaking to
  Syrians"): persons, not their state;
- ``source_is_place`` / ``target_is_place``: the mention is only a place (a city, a region, a camp, a US state in
  ``cg_places``; a capital after a locative preposition): a strike on a city held by the attacker's ally or by armed
  groups has no state as its target, so a state read off the place is not confident (precision first).

:func:`adjusted_confidence` halves the confidence once when any doubt is found (0.99 becomes 0.495, under the
default floor of 0.5 of :func:`cablegram.nlp.events.is_confident`), so doubted events stay available with
``--all`` and keep their order. Words come from ``plover.toml`` ``[confidence]``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from ..kb.fold import state_in_id
from .doc_cache import group_bounds, span_text
from .event_actors import body_member_words, receipt_parties
from .event_cues import build_cue_index
from .event_direction import participant_nouns
from .event_second_acts import participle_speaker
from .event_senses import fired_weapon
from .event_gates import negation_no_refusal
from .lexicons import load_lexicon, word_set

__all__ = ["event_doubts", "adjusted_confidence", "non_event", "DOUBT_FACTOR"]

DOUBT_FACTOR = 0.5
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_OBJECT_DEPS = frozenset({"dobj", "dative", "attr", "oprd", "nsubjpass", "pobj", "obj", "iobj"})
_NOUN_OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod", "npadvmod"})
_CLAUSE_DEPS = frozenset({"relcl", "advcl", "ccomp", "parataxis", "csubj", "nsubj", "nsubjpass"})
# verbs whose complement carries the act of their subject ("agreed to send", "threatened to strike")
_CHAIN_DEPS = frozenset({"xcomp", "conj"})


# acts two conjoined subjects do together ("X and Y agreed", "held talks"): coded between them
_LIST_PREPS = frozenset({"including", "among", "like", "as"})
_JOINT_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# Acts addressed to people, whose object's place is only where they are ("refused to meet negotiators in X"). Not
# acts done to a place or brought to it ("struck a facility in X's Y region", "sent rescuers to the earthquake in
# X"), and not ACCUSE, AGREE or THREATEN: plv takes the place of what they name as their target ("criticising
# violations in X", "agreed to an expansion of the force in X").
_ADDRESSED_TYPES = frozenset({"REJECT", "CONSULT", "REQUEST"})
_CONDITION_TYPES = frozenset({"REJECT", "THREATEN", "REQUEST", "COERCE", "SANCTION"})
_SPEECH_TYPES = frozenset({"REQUEST", "THREATEN", "ACCUSE", "REJECT", "AGREE", "SUPPORT", "DEMAND"})


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], ...]:
    """``plover.toml`` ``[confidence]``: modal auxiliaries, modal verbs, first-person pronouns, subject pronouns,
    weak verbs, nouns of mutual acts, locative prepositions, verbs of onset, nouns of trade, support verbs of aid,
    abstract objects no aid gives, notice modifiers, verbs of transfer, verbs of assertion, nouns of acts whose place is
    their target, nouns of armed units sent somewhere."""
    lex = load_lexicon("plover")
    return tuple(word_set(lex, f"confidence.{key}") for key in (
        "opinion_modals", "opinion_verbs", "first_person", "pronouns", "weak_verbs", "mutual_nouns",
        "locative_preps", "onset_verbs", "trade_nouns", "aid_support_verbs", "aid_abstract_objects", "notice_modifiers",
        "transfer_verbs", "assertion_verbs", "area_act_nouns", "deployed_nouns"))


def _heads(trigger, through_conj: bool = True) -> list:
    """The trigger and the words whose arguments are the act's: the verbs it is the complement, purpose clause or
    conjunct of, up to its clause's own head; the verb whose object, subject or complement a noun or adjective
    trigger is ("carried out airstrikes", "is willing to provide", "a mediation effort", "a letter
    threatening to"); and the complements the act continues in ("agreed to lend", "refused to respond")."""
    out, tok = [trigger], trigger
    if trigger.dep_ in ("aux", "auxpass") and trigger.head.i != trigger.i:  # "must disarm": the modal's verb
        tok = trigger.head
        out.append(tok)
    for _ in range(5):
        if not through_conj and tok.dep_ == "conj":
            break  # a conjoined verb shares the subject, not the objects ("did not mention X but warned that …")
        tok = _governor(tok)
        if tok is None:
            break
        out.append(tok)
    below = [c for h in out for c in h.children if c.dep_ == "xcomp" or (c.dep_ == "advcl" and _infinitive(c))]
    below += _onset_clauses(trigger)
    while below and len(out) < 12:
        tok = below.pop()
        out.append(tok)
        below.extend(c for c in tok.children if c.dep_ == "xcomp")
    return out


def _onset_clauses(trigger) -> list:
    """The "when" clauses that tell how the act a verb of onset reports began ("the fighting began on Friday, when
    X launched an attack on Y", "clashes erupted when …"; ``[confidence] onset_verbs``): their arguments are the
    act's."""
    if trigger.lemma_.lower() not in _words()[7]:
        return []
    times = [g for c in trigger.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    times += [c for c in trigger.children if c.dep_ == "npadvmod"]
    clauses = [c for c in trigger.children if c.dep_ == "advcl"] + [c for t in times for c in t.children
                                                                     if c.dep_ == "relcl"]
    return [c for c in clauses if any(a.dep_ == "advmod" and a.lower_ == "when" for a in c.children)]


def _mutual(heads) -> bool:
    """The act's object names something two sides make together ("reached a deal", "failed to reach an
    agreement"; ``[confidence] mutual_nouns``)."""
    nouns = _words()[5]
    return any(c.dep_ in ("dobj", "pobj") and c.lemma_.lower() in nouns for h in heads for c in h.children)


def _infinitive_subject(tok) -> bool:
    """``tok`` is the subject of an infinitive that completes another verb ("gave approval for the UN to
    deliver", "welcomed X to mediate"): the one the act is done to."""
    clause = tok.head
    return (tok.dep_ == "nsubj" and _infinitive(clause)
            and (clause.dep_ not in ("relcl", "advcl") or _for_clause(clause)))


def _for_clause(clause) -> bool:
    """An infinitive clause "for X to …" ("gave approval for the UN to deliver", "paved the way for X to return"):
    its subject is the one the act lets or asks to do it."""
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)


def _governor(tok):
    """The word one step up whose arguments are still the act's (see :func:`_heads`), or None."""
    head = tok.head
    if head.i == tok.i:
        return None
    if tok.dep_ in _CHAIN_DEPS or (tok.dep_ in ("advcl", "acomp") and tok.pos_ in ("VERB", "ADJ", "AUX")):
        return head
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("dobj", "nsubj", "nsubjpass", "attr", "compound"):
        # not into a verb of no act the noun is the subject of ("X's decision to withdraw followed concessions
        # by Y": Y is no party of the withdrawal)
        return None if tok.dep_ == "nsubj" and head.lemma_.lower() in _words()[4] else head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.dep_ in ("prep", "prt") \
            and head.head.head.pos_ in ("VERB", "AUX"):
        return head.head.head  # a phrasal preposition ("following through with a deal", "out of the talks")
    if tok.dep_ == "acl" and head.dep_ in ("dobj", "nsubj", "nsubjpass"):
        return head
    return None


def _infinitive(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _phrase_root(span):
    """The word through which the mention hangs in its clause: up from the span's root through nouns of its
    phrase (conjunction, apposition, modifiers, "of"-phrases)."""
    tok = span.root
    if tok.dep_ in ("det", "predet") and tok.head.i >= span.start:
        tok = tok.head  # a mention cut at a determiner ("The West" of "the West Bengal government")
    for _ in range(6):
        if tok.dep_ in ("conj", "appos") or (tok.dep_ in _NOUN_OWNER_DEPS and tok.head.pos_ in ("NOUN", "PROPN")
                                              and tok.head.dep_ not in ("ROOT",)):
            tok = tok.head
            continue
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("NOUN", "PROPN") \
                and (tok.head.lower_ == "of" or _members_of(tok)):
            tok = tok.head.head
            continue
        if _allegiance_of(tok):
            tok = tok.head.head.head  # "fighters loyal to X": X acts through the fighters
            continue
        break
    return tok


# adjectives of allegiance whose "to"/"with" phrase names whom a body of people acts for ("fighters loyal to X",
# "militias allied with X"): X is the doer the phrase stands for
_ALLEGIANCE_ADJECTIVES = frozenset({"loyal", "allied", "affiliated"})


def _allegiance_of(tok) -> bool:
    """``tok`` names whom the noun it hangs on acts for, through an adjective of allegiance ("troops loyal to X",
    "gunmen affiliated with X"; ``_ALLEGIANCE_ADJECTIVES``)."""
    prep = tok.head
    adj = prep.head
    return (tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in ("to", "with") and adj.dep_ in ("amod", "acl")
            and adj.lower_ in _ALLEGIANCE_ADJECTIVES and adj.head.pos_ in ("NOUN", "PROPN"))


def _members_of(body) -> bool:
    """``body`` is named on people who act for it ("prosecutors at the International Criminal Court":
    :func:`.event_actors.body_of_members`), so the mention hangs in its clause through them."""
    nouns, preps = body_member_words()[:2]
    return body.head.lower_ in preps and body.head.head.lower_ in nouns


def _is_source_argument(span, heads, speech: bool) -> bool:
    ids = {h.i for h in heads}
    trigger = heads[0]
    tok = _phrase_root(span)
    if tok.dep_ == "nsubjpass" and tok.head.i == trigger.i:
        return False  # the passive act's own subject undergoes it ("X are accused of"): no source
    if tok.head.i in ids and tok.dep_ in _SUBJECT_DEPS:
        return True
    # "by X" (agent) of a passive or a noun trigger; "X's attack", "US airstrikes"
    if tok.dep_ == "pobj" and tok.head.dep_ in ("agent", "prep") and tok.head.lower_ == "by" and tok.head.head.i in ids:
        return True
    if tok.head.i == trigger.i and tok.dep_ in _NOUN_OWNER_DEPS:
        return True
    if any(t.i == span.root.i for h in heads[:2] for t in h.children if t.dep_ in _NOUN_OWNER_DEPS):
        return True
    return _source_of_another_frame(span, tok, heads, speech)


def _source_of_another_frame(span, tok, heads, speech: bool) -> bool:
    """The source reached through a frame of its own: a reporting verb's subject, the doer of a "when" clause,
    a subject the parse gave another verb, a clause read as a noun phrase (:func:`_is_source_argument`)."""
    trigger = heads[0]
    return (_speaker_of_pronoun(tok, heads) or (speech and _speech_source(tok, heads)) or _agent_of_when(tok, trigger)
            or _stolen_subject(tok, heads) or _clause_read_as_noun_phrase(span.root, trigger)
            or _speaker_of_participle(tok, trigger) or _speaker_of_participle(span.root, trigger))


def _speaker_of_participle(tok, trigger) -> bool:
    """``tok`` is in the subject of the verb of saying that a participle trigger follows ("…, Syria's defence ministry
    said, accusing X of …": :func:`.event_second_acts.participle_speaker`), hung on that verb or on the main one."""
    if trigger.dep_ != "advcl" or trigger.tag_ != "VBG":
        return False
    head = trigger.head
    main = head.head if head.dep_ in ("parataxis", "ccomp") else head
    speaker = participle_speaker(trigger, main)
    return speaker is not None and any(t.i == tok.i for t in speaker.subtree)


def _clause_read_as_noun_phrase(tok, trigger) -> bool:
    """The parser read a whole clause as one noun phrase ("North Korea test-fired two missiles …": "fired", a
    finite past verb, as a modifier of "missiles", the sentence's root or a reported clause's head, and "North
    Korea" as a compound of it): the name before the verb on that noun is its subject."""
    noun = trigger.head
    return (trigger.tag_ == "VBD" and trigger.dep_ == "amod" and noun.dep_ in ("ROOT", "ccomp") and tok.head.i == noun.i
            and tok.dep_ in ("compound", "nmod") and tok.i < trigger.i)


def _other_agent(span, trigger) -> bool:
    """The trigger names its doer with "by" ("under threat of being crushed by X", "an attack by X") and the
    source is someone else."""
    # the trigger's own "by", or that of the clause its "of" names ("threat of being crushed by X"); not the "by"
    # of a participle on its object ("rejected an appeal lodged by X": X is the target)
    for tok in [trigger] + [g for p in trigger.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pcomp"]:
        for prep in tok.children:
            if prep.dep_ in ("agent", "prep") and prep.lower_ == "by":
                doers = [g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
                # the doer itself or a name inside its phrase ("by Delhi Police": Delhi) is no other agent
                if doers and not any(span.start <= d.i < span.end or _phrase_root(span).i == d.i for d in doers):
                    return True
    return False


def _locative_target(span, heads, etype: str = "") -> bool:
    """The target is the place of the act ("two deployments in X", "airstrikes in X"): a name in a locative
    phrase on the trigger or its verb (``[confidence] locative_preps``), not the object it acts on; also one of
    the clause the trigger reports or pledges ("pledged that its forces would remain in X")."""
    tok = _phrase_root(span)
    prep = tok.head
    if not (tok.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in _words()[6]):
        return False
    aim = fired_weapon(heads[0])[1] if etype == "ASSAULT" else None
    if aim is not None and aim.i == tok.i:
        return False  # what a weapon was fired at is the attack's target ("fired missiles at X")
    # the trigger's own phrase, or one of the clause it reports (a trigger that is itself a reported clause,
    # "said he canceled a deal in the wake of X", keeps its own phrase)
    verbs = {prep.head.i} | ({prep.head.head.i} if prep.head.dep_ == "ccomp" else set())
    if any(h.i in verbs for h in heads):
        return True
    return etype in _ADDRESSED_TYPES and _in_object_phrase(prep.head, heads)


def _area_act(trigger, etype: str) -> bool:
    """An act whose place is its target, as plv codes it: a deployment (every MOBILIZE; armed units as the trigger's
    object, "sent peacekeepers in X") or a ceasefire or truce ("declared a truce in X"; ``[confidence]``
    ``area_act_nouns``, ``deployed_nouns``)."""
    if etype == "MOBILIZE" or trigger.lower_ in _words()[14]:
        return True
    return any(c.dep_ == "dobj" and c.lower_ in _words()[15] for c in trigger.children)


def _in_object_phrase(noun, heads) -> bool:
    """``noun`` (what a locative phrase hangs on) is the object of a meeting or a demand, or a noun of its
    prepositional phrases ("refused to meet negotiators in X", "met with envoys in X"): the phrase tells where
    those people are, and the place is no participant. The object of another act the trigger carries is where that
    act goes ("refused to deploy peacekeepers in X": X is what is refused). Not a noun of actors ("the government in
    X", "officials in X"): there the place stands for who acts."""
    ids = {h.i: h for h in heads}
    tok = noun
    for _ in range(4):
        if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() in _assertion_words().actor_nouns:
            return False
        if tok.dep_ in ("dobj", "nsubjpass", "dative") and tok.head.i in ids:
            return _addressing(ids[tok.head.i], heads[0])
        if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
            return False
        tok = tok.head.head  # up through the preposition: "met with negotiators in X"
        if tok.i in ids and tok.pos_ in ("VERB", "AUX"):
            return _addressing(tok, heads[0])
    return False


def _addressing(verb, trigger) -> bool:
    """The verb whose object a place is told of is the trigger itself or a verb of meeting or asking."""
    return verb.i == trigger.i or _cue_word_of(verb, "CONSULT") or _cue_word_of(verb, "REQUEST")


def _agent_of_when(tok, trigger) -> bool:
    """An agentless passive trigger whose time clause names the doer ("were killed when X launched an attack",
    "as X shelled the town"): the clause's subject is the source."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children):
        return False
    clause = tok.head
    # on the trigger, or on a verb conjoined with it ("was released and returned home after X suspended …")
    on_act = clause.head.i == trigger.i or (clause.head.dep_ == "conj" and clause.head.head.i == trigger.i)
    return (tok.dep_ == "nsubj" and clause.dep_ == "advcl" and on_act
            and any(c.dep_ == "mark" or (c.dep_ == "advmod" and c.lower_ == "when") for c in clause.children))


def _stolen_subject(tok, heads) -> bool:
    """The parse gave the act's subject to a participle clause before the act's verb, which has none ("X, the
    president, turning the tide in 2015, welcomed the move"): the subject is the verb's."""
    clause = tok.head
    if tok.dep_ != "nsubj" or clause.dep_ not in ("advcl", "csubj") or clause.tag_ != "VBG" or clause.i > clause.head.i:
        return False
    verb = clause.head
    return verb.i in {h.i for h in heads} and not any(c.dep_ in _SUBJECT_DEPS and c.i != clause.i
                                                      for c in verb.children)


def _speaker_of_pronoun(tok, heads) -> bool:
    """The mention is the subject of a reporting verb whose complement clause, the trigger's, has a pronoun as
    subject, no subject, or an agentless passive whose subject is no pronoun ("X said it would attack Y", "X said
    the town would not be returned"; not "X said he had been given assurances": X undergoes it)."""
    pronouns = _words()[3]
    top = next((h for h in heads if h.dep_ == "ccomp"), None)
    if top is None or tok.head.i != top.head.i or tok.dep_ not in _SUBJECT_DEPS:
        return False
    if _named_doer(top, pronouns):
        return False  # the reported clause's own doer ("X said Z had been pushing for …") acts, not the speaker
    subjects = [c for h in heads for c in h.children if c.dep_ in _SUBJECT_DEPS and not _speakers_own(c)]
    if any(c.dep_ == "nsubjpass" for c in subjects):
        # "X said he had been given reassurance": the speaker undergoes the act the pronoun names
        return not any(c.dep_ == "agent" for h in heads for c in h.children) and not any(
            c.dep_ == "nsubjpass" and c.lower_ in pronouns for c in subjects)
    return all(s.lower_ in pronouns for s in subjects)


def _named_doer(clause, pronouns) -> bool:
    """The reported clause has a subject of its own that is no pronoun and not the speaker's own
    (:func:`_speakers_own`)."""
    return any(c.dep_ == "nsubj" and c.lower_ not in pronouns and not _speakers_own(c) for c in clause.children)


def _speakers_own(subject) -> bool:
    """The reported clause's subject is a thing or body a possessive pronoun gives to the speaker ("Kyiv said its
    drones hit …", "the ministry said its forces repelled …"): the speaker acts through it. Not a relation of the
    speaker's ("its allies", "his counterpart": someone else, ``event_direction.toml`` ``[participants]
    relations``)."""
    return subject.dep_ == "nsubj" and subject.lemma_.lower() not in participant_nouns()[2] and any(
        c.dep_ == "poss" and c.lower_ in _OWN_PRONOUNS for c in subject.children)


_OWN_PRONOUNS = frozenset({"its", "their", "our"})


def _speech_source(tok, heads) -> bool:
    """The mention is the subject of the reporting verb above the trigger's clause (a demand or a threat voiced
    about someone: "X said Y must disarm")."""
    top = next((h for h in heads if h.dep_ == "ccomp"), None)
    if top is None or tok.head.i != top.head.i or tok.dep_ not in _SUBJECT_DEPS:
        return False
    # the reported clause obliges ("Y must disarm"); a clause that reports its own subject's act ("Z had been
    # pushing for …") makes that subject, not the speaker, the one who asks
    return any(c.dep_ == "aux" and c.lower_ in _words()[0] for c in top.children) or not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" for c in top.children)


_LETTING = frozenset({"let", "allow", "permit"})


def _let_subject(tok, ids: set[int]) -> bool:
    """``tok`` is the subject of a clause that a verb of letting among the act's words governs ("refused to let
    IAEA inspectors enter the site"): the one let, or refused, is the act's target."""
    clause = tok.head
    return (tok.dep_ in _SUBJECT_DEPS and clause.dep_ in ("ccomp", "xcomp") and clause.head.lemma_.lower() in _LETTING
            and (clause.head.i in ids or clause.head.head.i in ids))


def _is_target_argument(span, heads, speech: bool) -> bool:
    ids = {h.i for h in heads}
    tok = _phrase_root(span)
    if speech and tok.dep_ in _SUBJECT_DEPS and ((tok.head.i in ids and any(h.dep_ == "ccomp" for h in heads))
                                                  or (tok.head.dep_ == "ccomp" and tok.head.head.i in ids)):
        return True  # "X said Y must disarm", "demanded that Y appear": Y is the one asked
    if _let_subject(tok, ids):
        return True
    # anywhere below the act's words, in its own clause: objects, their modifiers and participles ("threats
    # made by X", "an appeal lodged by X"); not through a relative, adverbial or reported clause
    first = tok
    for _ in range(12):
        head = tok.head
        if _asserted_clause(tok, first, heads[0]) or _next_act(tok, heads[0]):
            return False
        if _taken_by(tok, ids, heads[0]):
            return True
        if head.i == tok.i or (tok.dep_ in _CLAUSE_DEPS and not _infinitive_subject(tok)
                               and not (tok.dep_ in ("relcl", "advcl") and _infinitive(tok))):
            return False
        tok = head
    return False


def _asserted_clause(tok, first, trigger) -> bool:
    """``tok`` is the clause a verb of assertion that is the trigger states ("insisted he has questions for Y",
    "insisted on joining the defence of Y"; ``[confidence] assertion_verbs``) and the mention ``first`` is not that clause's subject: a name in what is
    asserted is no party of the assertion."""
    stated = (tok.dep_ == "ccomp" and tok.head.i == trigger.i) or (  # or "insisted on joining …": its own act
        tok.dep_ == "pcomp" and tok.head.dep_ == "prep" and tok.head.head.i == trigger.i)
    return (stated and trigger.lemma_.lower() in _words()[13]
            and not (first.head.i == tok.i and first.dep_ in _SUBJECT_DEPS))


def _next_act(tok, trigger) -> bool:
    """``tok`` is a verb of asking or telling (``[confidence] next_act_verbs``) conjoined to the trigger by "and" or
    "but", and the trigger has an object of its own ("welcomed the report and called on Y to answer"): whom the
    second act addresses is no party of the first. Verbs that share their object ("met and thanked Y") keep it."""
    return (tok.dep_ == "conj" and tok.head.i == trigger.i and tok.pos_ == "VERB"
            and tok.lemma_.lower() in _assertion_words().next_act_verbs
            and any(c.dep_ == "cc" and c.lower_ in ("and", "but") for c in trigger.children)
            and any(c.dep_ == "dobj" for c in trigger.children))


def _taken_by(tok, ids: set[int], trigger) -> bool:
    """``tok`` hangs on one of the act's words (``ids``) as what the act is done to: an object or modifier, the
    passive trigger's own subject ("Y was attacked by X"), or the subject of a clause a preposition of the act
    introduces ("an investigation into whether X was …")."""
    head = tok.head
    if head.i in ids and (tok.dep_ not in _SUBJECT_DEPS or (tok.dep_ == "nsubjpass" and head.i == trigger.i)):
        return True
    return tok.dep_ in _SUBJECT_DEPS and head.dep_ == "pcomp" and head.head.dep_ == "prep" and head.head.head.i in ids


def _conjoined(a, b) -> bool:
    """Both mentions sit in one list: conjuncts, appositions and name modifiers of one another, or members of
    one "including"/"such as"/"among" list ("prisoners including A and B, the journalists C and D")."""
    ga, gb = _list_head(a.root), _list_head(b.root)
    return ga.i == gb.i and a.root.i != b.root.i


def _list_head(tok):
    """The word a list member hangs on, up through conjunction, apposition, name modifiers, the possessor of a list
    member and list-introducing prepositions."""
    for _ in range(12):
        head = tok.head
        if head.i == tok.i:
            break
        if tok.dep_ in ("conj", "appos") or (tok.dep_ == "compound" and head.pos_ == "PROPN"):
            tok = head
        elif tok.dep_ == "compound" and head.dep_ in ("conj", "appos"):
            tok = head  # "the US journalists James Foley": the name modifies the appositive noun
        elif tok.dep_ == "poss" and (head.dep_ in ("conj", "appos") or any(c.dep_ == "conj" for c in head.children)):
            tok = head  # "Senegal's navy and Gambia's coastguard": each state owns a member of the list
        elif tok.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in _LIST_PREPS:
            tok = head.head
        else:
            break
    return tok


def _own_state(source, target) -> bool:
    """The target is the source's own state named by an adjective or a name modifier of another word ("send
    Turkish forces", "US forces would remain"): the source's own side, not the other party."""
    state = state_in_id(target[1])
    if state is None or target[1] != state or state_in_id(source[1]) != state:
        return False
    return target[0].root.dep_ in ("amod", "compound", "nmod") or target[0].label_ == "NORP"


def _clause_of(trigger):
    tok = trigger
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def _opinion(trigger) -> bool:
    """The trigger's clause recommends or obliges ("should join forces", "needs to challenge") or has a
    first-person subject, and no reporting verb voices it (a reported demand is a REQUEST of its speaker)."""
    aux_modals, verb_modals, first_person = _words()[:3]
    clause = _clause_of(trigger)
    verbs = [clause, clause.head] if clause.dep_ == "xcomp" else [clause]
    if any(v.dep_ == "ccomp" for v in verbs):
        return False
    for verb in verbs:
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in aux_modals for c in verb.children):
            return True
        if verb.lemma_.lower() in verb_modals and any(c.dep_ == "xcomp" for c in verb.children):
            return True  # "needs to challenge", "has to"
        if any(c.dep_ in _SUBJECT_DEPS and c.lower_ in first_person for c in verb.children):
            return True
    return False


def _relative(trigger) -> bool:
    """The trigger's clause is a relative clause describing a participant; one of time or place ("last week,
    when X bombed", "where") tells a happening and is not counted."""
    clause = _clause_of(trigger)
    return clause.dep_ == "relcl" and not any(c.dep_ == "advmod" and c.lower_ in ("when", "where")
                                              for c in clause.children)


def _conditional(trigger) -> bool:
    """The trigger's clause is a condition ("if a strike threatened its troops", "unless X withdraws"): what it
    states has not happened."""
    clause = _clause_of(trigger)
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children)


def _weak_trigger(trigger, own_cue: bool) -> bool:
    """The trigger is no cue word of the event's type and is a word of no act of its own (``[confidence]
    weak_verbs``: "follows", "sees", "continue", "started"), or not a verb, noun or adjective at all."""
    if own_cue:
        return False
    return trigger.pos_ not in ("VERB", "NOUN", "PROPN", "ADJ") or trigger.lemma_.lower() in _words()[4]


def event_doubts(trigger, source, target, own_cue: bool = True, etype: str = "", modality: str = "") -> list[str]:
    """What speaks against the coded event (names in the module docstring). ``trigger``: the trigger token;
    ``source`` / ``target``: (span, actor id) or None; ``own_cue``: the trigger is a cue word of the event's
    type; ``etype``: the PLOVER type (a speech act may take its source from the reporting verb); ``modality``:
    the event's modality (occurred, planned, hypothetical, negated; empty: not known). Returns an empty list for
    an event with nothing against it."""
    heads = _heads(trigger)
    doubts = (_participant_doubts(trigger, heads, source, target, etype) + _place_doubts(source, target)
              + _target_reading_doubts(trigger, target, etype) + _act_doubts(trigger, own_cue, etype, modality))
    if _relative(trigger):
        doubts.append("trigger_in_relative")
    if _conditional(trigger):
        doubts.append("trigger_in_condition")
    if _weak_trigger(trigger, own_cue):
        doubts.append("weak_trigger")
    if _opinion(trigger):
        doubts.append("opinion")
    if _abstract_gift(trigger, etype) or _notification(trigger, etype):
        doubts.append("abstract_object")
    return doubts


def _target_reading_doubts(trigger, target, etype: str) -> list[str]:
    """``target_is_topic`` and ``target_is_people`` (module docstring)."""
    if target is None:
        return []
    topic = (etype in _TOPIC_TYPES and _topic(target[0], trigger)) or _complement_topic(target[0], trigger, etype) \
        or (etype == "REJECT" and _denied_tie(target[0], trigger))
    out = ["target_is_topic"] if topic else []
    return out + (["target_is_people"] if etype == "CONSULT" and _people(target[0]) else [])


def _act_doubts(trigger, own_cue: bool, etype: str, modality: str) -> list[str]:
    """``not_asserted``, ``no_refusal`` and ``no_cue_word`` (module docstring): doubts about the act itself."""
    out = ["not_asserted"] if not_asserted(trigger, etype, modality) else []
    if non_event(trigger, modality):
        out.append("non_event")
    if etype == "REJECT" and modality == "negated" and not own_cue and negation_no_refusal(trigger):
        out.append("no_refusal")
    cued = own_cue or _cue_word_of(trigger, etype)
    if etype in _assertion_words().cue_needed and not (cued and _sense_shown(trigger, etype)):
        out.append("no_cue_word")
    return out


def _participant_doubts(trigger, heads, source, target, etype: str) -> list[str]:
    """The doubts of :func:`event_doubts` about the source and the target."""
    doubts = []
    if _receipt_parties_named(trigger, source, target):  # "X received fuel from Y": Y gives, X receives
        return _source_doubts(trigger, source, target) + _modifier_doubts(trigger, target)
    if source is not None and _source_off(source[0], heads, trigger, target, etype) \
            and not _state_of_an_arrest(source, trigger, etype):
        doubts.append("source_not_argument")
    if target is not None and _locative_target(target[0], heads, etype) and not _area_act(trigger, etype):
        doubts.append("target_is_place")
    joint = source is not None and target is not None and _conjoined(source[0], target[0])
    together = joint and (etype in _JOINT_TYPES or _mutual(heads))
    own = _heads(trigger, through_conj=False)
    if target is not None and not together and not _is_target_argument(target[0], own, etype in _SPEECH_TYPES) \
            and not _stray_recipient(target[0], trigger) and not _named_in_condition(target[0], own, etype):
        doubts.append("target_not_argument")
    if joint and not together:
        doubts.append("coordinated_pair")
    return doubts + _source_doubts(trigger, source, target) + _modifier_doubts(trigger, target)


def _source_off(span, heads, trigger, target, etype: str) -> bool:
    """The source is no argument of the act: not the trigger's subject, agent or owner, another doer than the one "by"
    names, or only a modifier of the target's name (``source_not_argument``)."""
    return (not _is_source_argument(span, heads, etype == "REQUEST") or _other_agent(span, trigger)
            or _names_target(span, target))


def _state_of_an_arrest(source, trigger, etype: str) -> bool:
    """A COERCE in the passive with no "by" ("was arrested in X on Monday", "were detained in X") whose source is the
    state named in its "in" phrase: the state where someone is arrested is the one that arrests (plv codes it so);
    a city or a region is only a place (``source_is_place``)."""
    root = _phrase_root(source[0])
    prep = root.head
    return (etype == "COERCE" and source[1] is not None and len(source[1]) == 3 and source[1].isupper()
            and root.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ == "in" and prep.head.i == trigger.i
            and any(c.dep_ == "nsubjpass" for c in trigger.children)
            and not any(c.dep_ == "agent" for c in trigger.children))


def _names_target(span, target) -> bool:
    """The source only modifies the target's own name ("threats by Turkish President X": Turkish → X): one
    participant, no dyad."""
    return target is not None and target[0].start <= _phrase_root(span).i < target[0].end


def _receipt_parties_named(trigger, source, target) -> bool:
    """The source sits in the "from" phrase of a receipt the trigger names and the target is the receiving verb's
    subject (:func:`.event_actors.receipt_parties`): both are the receipt's own arguments."""
    receipt = receipt_parties(trigger)
    if receipt is None or source is None or target is None:
        return False
    givers, receiver = receipt
    return any(_span_within(source[0], g) for g in givers) and _span_within(target[0], receiver)


def _span_within(span, token) -> bool:
    """The mention ``span`` lies in the phrase ``token`` heads."""
    return token.left_edge.i <= span.start and span.end - 1 <= token.right_edge.i


def _source_doubts(trigger, source, target) -> list[str]:
    """``own_state`` and ``source_is_accuser`` (module docstring)."""
    if source is None:
        return []
    out = ["own_state"] if target is not None and _own_state(source, target) else []
    return out + (["source_is_accuser"] if _charged_act(trigger, source[0]) else [])


def _charged_act(trigger, source) -> bool:
    """The trigger is the act a verb of accusing charges someone with ("blamed militants for a suicide bombing",
    "accused X of shelling", "condemned Y over the killings") and the source is the accuser, that verb's subject:
    whoever did the act, it is the accused, never the one who speaks (``[confidence] charge_verbs``)."""
    tok = trigger
    while tok.dep_ in ("compound", "amod") and tok.head.i != tok.i:
        tok = tok.head  # "a suicide bombing"
    if tok.dep_ not in ("pobj", "pcomp") or tok.head.dep_ != "prep" or tok.head.lower_ not in ("for", "of", "over"):
        return False
    verb = tok.head.head
    if verb.dep_ == "dobj" and verb.pos_ in ("NOUN", "PROPN", "PRON"):
        verb = verb.head  # the phrase hangs on the accused ("blamed militants based in X for …")
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _assertion_words().charge_verbs:
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    root = _phrase_root(source)
    return any(source.start <= c.i < source.end or c.i == root.i for c in subjects)


def _named_in_condition(span, heads, etype: str) -> bool:
    """A refusal, threat or demand whose "until"/"unless" clause names who must act ("will not lift the embargo
    until he is satisfied Y is doing all it can", "will strike unless Y withdraws"): the subject of that clause
    is the one the act is aimed at."""
    tok = _phrase_root(span)
    if etype not in _CONDITION_TYPES or tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    ids = {h.i for h in heads}
    for _ in range(4):
        tok = tok.head
        if tok.dep_ == "advcl" and tok.head.i in ids:
            return any(c.dep_ == "mark" and c.lower_ in ("until", "unless") for c in tok.children)
        if tok.dep_ not in ("ccomp", "acomp"):
            return False
    return False


def _stray_recipient(span, trigger) -> bool:
    """The parse hung the recipient of a verb of transfer on a relative clause of its object ("returned the
    skulls that date back to 640 to X"): the trigger names no recipient of its own (no dative, no "to") and
    the target is the object of a "to" of that clause (``[confidence] transfer_verbs``)."""
    if trigger.lemma_.lower() not in _words()[12] or any(
            c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to") for c in trigger.children):
        return False
    tok = _phrase_root(span)
    prep, clause = tok.head, tok.head.head
    if not (tok.dep_ == "pobj" and prep.lower_ == "to" and clause.dep_ == "relcl" and clause.head.dep_ == "dobj"
            and clause.head.head.i == trigger.i):
        return False
    # a clause describing the object ("that date back"), not a transfer of someone else's ("that Y had sent")
    return clause.lemma_.lower() not in _words()[12] and all(
        c.tag_ in ("WDT", "WP") for c in clause.children if c.dep_ in _SUBJECT_DEPS)


def _modifier_doubts(trigger, target) -> list[str]:
    """``target_is_modifier`` when the target only modifies what the act is done to (see below)."""
    if target is not None and (_trade_modifier(target[0]) or _beside_named_object(target[0], trigger)
                               or _maker_modifier(target[0])):
        return ["target_is_modifier"]
    return []


def _beside_named_object(span, trigger) -> bool:
    """The target is a name's modifier ("interfere with Turkish plans") while the trigger names its own object
    ("warned France not to interfere with …"): that object is the one acted on."""
    if span.root.dep_ not in ("amod", "compound", "nmod", "poss") or _phrase_root(span).head.i == trigger.i:
        return False
    objects = [c for c in trigger.children if c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN"]
    return bool(objects) and not any(span.start <= o.i < span.end for o in objects)


# participles that name who made or supplied a thing ("an Iranian-made drone", "Russian-built jets")
_MAKER_PARTICIPLES = frozenset({"make", "build", "design", "manufacture", "produce", "supply"})


def _maker_modifier(span) -> bool:
    """The target only names who made or supplied the thing acted on ("shot down an Iranian-made drone",
    "seized US-supplied rifles"): the thing's origin, not the party the act is aimed at."""
    tok = span.root
    part = tok.head
    return (tok.dep_ in ("npadvmod", "compound", "nmod", "amod") and part.i != tok.i and part.dep_ == "amod"
            and part.lemma_.lower() in _MAKER_PARTICIPLES and part.head.pos_ in ("NOUN", "PROPN"))


def _trade_modifier(span) -> bool:
    """The target is named by a modifier of a noun of trade ("curb Iranian oil imports", "Russian gas sales"):
    the goods' origin, not the party acted on (``[confidence] trade_nouns``)."""
    tok, nouns = span.root, _words()[8]
    for _ in range(4):
        if tok.dep_ not in ("amod", "compound", "nmod") or tok.head.pos_ not in ("NOUN", "PROPN"):
            return False
        tok = tok.head
        if tok.lemma_.lower() in nouns:
            return True
    return False


def _notification(trigger, etype: str) -> bool:
    """A THREATEN coded on a notice given ahead ("gave X advance warning of the strike", "prior notice"):
    a notification, no threat (``[confidence] notice_modifiers``)."""
    notice = [trigger] + [c for c in trigger.children if c.dep_ == "dobj"]
    return etype == "THREATEN" and any(n.pos_ == "NOUN" and any(
        c.dep_ in ("amod", "compound") and c.lower_ in _words()[11] for c in n.children) for n in notice)


def _abstract_gift(trigger, etype: str) -> bool:
    """An AID coded on a support verb whose object is a word of speech or of attention ("gave advance warning",
    "gave a speech", "offered his condolences"; ``[confidence] aid_support_verbs``, ``aid_abstract_objects``)."""
    verbs, objects = _words()[9:11]
    if etype != "AID" or trigger.lemma_.lower() not in verbs:
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in objects for c in trigger.children)


def adjusted_confidence(confidence: float, doubts: list[str]) -> float:
    """``confidence`` times :data:`DOUBT_FACTOR` when there is any doubt, else unchanged."""
    return confidence * DOUBT_FACTOR if doubts else confidence


class _AssertionWords(NamedTuple):
    """Word sets of ``plover.toml`` the assertion and topic checks read (``[confidence]`` unless said otherwise)."""

    question_marks: frozenset[str]
    habit_verbs: frozenset[str]
    forecast_modals: frozenset[str]
    intent_adjectives: frozenset[str]  # [non_act.loose]
    actor_nouns: frozenset[str]  # [non_act.frames]
    thing_nouns: frozenset[str]
    thing_suffixes: frozenset[str]
    cue_needed: frozenset[str]  # upper case: the types that need their own cue word
    topic_preps: frozenset[str]
    next_act_verbs: frozenset[str]
    topic_documents: frozenset[str]
    denial_verbs: frozenset[str]
    link_nouns: frozenset[str]
    possibility_adjectives: frozenset[str]
    role_verbs: frozenset[str]
    correction_marks: frozenset[str]
    sports_triggers: frozenset[str]
    sports_words: frozenset[str]
    charge_verbs: frozenset[str]  # verbs that charge someone with an act


@lru_cache(maxsize=1)
def _assertion_words() -> _AssertionWords:
    """``plover.toml`` ``[confidence]``: words that open an embedded question, verbs of habit, modal auxiliaries of
    a forecast; ``[non_act.loose]`` adjectives of intent; ``[non_act.frames]`` nouns of actors; ``[confidence]``
    nouns and endings of things, and the types that need their own cue word (and the further sets named in
    :class:`_AssertionWords`)."""
    lex = load_lexicon("plover")
    return _AssertionWords(
        word_set(lex, "confidence.question_marks"), word_set(lex, "confidence.habit_verbs"),
        word_set(lex, "confidence.forecast_modals"), word_set(lex, "non_act.loose.intent_adjectives"),
        word_set(lex, "non_act.frames.actor_nouns"), word_set(lex, "confidence.thing_nouns"),
        word_set(lex, "confidence.thing_suffixes"),
        frozenset(t.upper() for t in word_set(lex, "confidence.cue_needed")),
        word_set(lex, "confidence.topic_preps"), word_set(lex, "confidence.next_act_verbs"),
        word_set(lex, "confidence.topic_documents"), word_set(lex, "confidence.denial_verbs"),
        word_set(lex, "confidence.link_nouns"), word_set(lex, "confidence.possibility_adjectives"),
        word_set(lex, "confidence.role_verbs"), word_set(lex, "confidence.correction_marks"),
        word_set(lex, "confidence.sports_triggers"), word_set(lex, "confidence.sports_words"),
        word_set(lex, "confidence.charge_verbs"))


def not_asserted(trigger, etype: str = "", modality: str = "") -> bool:
    """True when the sentence does not state the act of ``trigger`` (a spaCy token) coded ``etype`` as happening
    or planned: a hypothetical ``modality`` (not a REQUEST, whose asking is the act, nor an offer on an adjective of
    intent), an embedded or direct question, a habit, or a forecast about a thing (see the module docstring)."""
    marks, intent = _assertion_words().question_marks, _assertion_words().intent_adjectives
    if modality == "hypothetical" and etype != "REQUEST" and not _issued_threat(trigger, etype) and not any(
            h.lower_ in intent for h in (trigger, trigger.head)):
        return True
    if any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in ("be", "become") for c in trigger.children):
        return True  # "has ceased to be a reliable friend": a state, no act
    clauses = _clause_chain(trigger)
    return any(_embedded_question(c, marks) or _habit(c) or _thing_forecast(c) or _possibility(c) for c in clauses) or \
        _direct_question(clauses[-1])


def _issued_threat(trigger, etype: str) -> bool:
    """A THREATEN stated as made ("threatened to cut ties if …", "has issued an ultimatum to X: if …"): the verb of
    the threat (a noun trigger's verb) in the past or the perfect, with no modal and not in a condition. What it
    threatens is hypothetical; the threat, like a demand, is an act of its own."""
    if etype != "THREATEN" or _conditional(trigger):
        return False
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj" else trigger
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes):
        return False
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes))


def _clause_chain(trigger) -> list:
    """The trigger's clause and the clauses above it it completes (xcomp, ccomp, conj, a noun's acl), up to the
    sentence's root."""
    out, tok = [], _clause_of(trigger)
    for _ in range(8):
        out.append(tok)
        if tok.head.i == tok.i or tok.dep_ not in ("xcomp", "ccomp", "conj", "acl", "pcomp", "pobj", "prep",
                                                   "attr", "dobj"):
            break
        tok = tok.head
    return out


def _embedded_question(clause, marks) -> bool:
    """The clause is a complement question: "whether"/"if" as its mark with no verb of condition on it (a
    complement, not an adverbial clause), or a wh-word as its subject or object ("nobody knows what was agreed")."""
    if clause.dep_ not in ("ccomp", "pcomp", "csubj", "xcomp", "attr", "advcl"):
        return False
    if any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children):
        return clause.dep_ != "advcl" or any(c.lower_ == "whether" for c in clause.children)
    return clause.dep_ != "advcl" and any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.tag_ in ("WP", "WDT") and c.i < clause.i
        for c in clause.children)


def _direct_question(root) -> bool:
    """The sentence asks: it ends with "?" and its main clause puts an auxiliary before its subject or opens with a
    wh-word ("Will X strike Y?", "Who attacked Y?")."""
    sent = root.sent
    if not span_text(sent).rstrip().endswith("?"):  # Span.text joins the tokens on each access
        return False
    subjects = [c.i for c in root.children if c.dep_ in _SUBJECT_DEPS]
    aux = [c.i for c in root.children if c.dep_ in ("aux", "auxpass") or (c.dep_ == "ROOT" and c.pos_ == "AUX")]
    first = sent[0]
    return (bool(subjects) and bool(aux) and min(aux) < min(subjects)) or first.tag_ in ("WP", "WRB", "WDT")


def _habit(clause) -> bool:
    """A habit or a generic statement: a verb of habit governs the clause ("states that arm rebels tend to lose";
    ``[confidence] habit_verbs``)."""
    habits = _assertion_words().habit_verbs
    return clause.lemma_.lower() in habits or (clause.dep_ == "xcomp" and clause.head.lemma_.lower() in habits)


def _thing_forecast(clause) -> bool:
    """A modal verb whose subject is a thing, no actor: a common noun of a happening, a quality or a result
    (``[confidence] thing_nouns``, or a word ending like one, ``thing_suffixes``: "refusal", "decision"), no word of
    an actor ("the refusal will anger X", "success will not translate into …"): what may follow, no act."""
    W = _assertion_words()
    modals, actors, things, suffixes = W.forecast_modals, W.actor_nouns, W.thing_nouns, W.thing_suffixes
    if clause.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ in modals for c in clause.children):
        return False
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].pos_ != "NOUN" or subjects[0].ent_type_:
        return False
    lemma = subjects[0].lemma_.lower()
    return lemma not in actors and (lemma in things or any(lemma.endswith(x) for x in suffixes))


# Acts whose "on"/"about"/"over" phrase names what they are about, not whom they are aimed at ("vetoed the resolution
# on Syria", "welcomed the report on the attack"); an attack, a sanction or a crackdown "on X" hits X.
_TOPIC_TYPES = frozenset({"REJECT", "SUPPORT", "AGREE", "CONSULT", "ACCUSE", "PROTEST", "COOPERATE"})


def _complement_topic(span, trigger, etype: str) -> bool:
    """The target is the subject of a clause the act reports ("refused to confirm whether Y had been killed", "has not
    requested that Y be returned", "denied that Y had attacked"): a whether/if clause is a question the act is about; a
    passive one names who undergoes what is asked; a REJECT's complement is what is denied. Only an active clause of a
    demand names the one asked ("demanded that Y withdraw"), and so does an infinitive ("rejected Y to postpone …", Y's
    request)."""
    tok = _phrase_root(span)
    clause = tok.head
    if tok.dep_ not in _SUBJECT_DEPS or clause.dep_ not in ("ccomp", "pcomp") or _infinitive(clause) or \
            clause.head.i not in {h.i for h in _heads(trigger)}:
        return False  # "rejected Y to postpone the hearing": Y's request is what is rejected
    if _let_subject(tok, {h.i for h in _heads(trigger)}):
        return False  # "refused to let inspectors enter": the one let is no topic
    if any(c.dep_ == "mark" and c.lower_ in _assertion_words().question_marks for c in clause.children):
        return True
    return etype == "REJECT" or (etype == "REQUEST" and tok.dep_ == "nsubjpass")


def _denied_tie(span, trigger) -> bool:
    """A verb of denial or confirmation whose object is a tie ("denies any links to Y", "confirmed its contacts with
    Y"; ``[confidence] denial_verbs``, ``link_nouns``): Y is what the denial is about."""
    tok = _phrase_root(span)
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or trigger.lemma_.lower() not in _assertion_words().denial_verbs:
        return False
    noun = prep.head
    return noun.lemma_.lower() in _assertion_words().link_nouns and noun.head.i == trigger.i and noun.dep_ == "dobj"


def _words_of(sent) -> set[str]:
    """The lower-case words of ``sent``, with a word the tokenizer split at a hyphen also joined again ("semi", "-",
    "finals" gives "semi-finals" too), so that a hyphenated word list entry ("half-time") can match."""
    words = {t.lower_ for t in sent}
    for tok in sent[1:-1]:
        left, right = tok.nbor(-1), tok.nbor(1)
        if tok.text == "-" and not left.whitespace_ and not tok.whitespace_:
            words.add(f"{left.lower_}-{right.lower_}")
    return words


def non_event(trigger, modality: str = "") -> bool:
    """True when the sentence of ``trigger`` (a spaCy token) tells no act of news: a career line ("worked as editor",
    "served as ambassador"; ``[confidence] role_verbs`` with "as"), a correction note (``correction_marks``: "an earlier
    version of this article", "contacted us to say"), a word of force in its sports sense (``sports_triggers`` in a
    sentence with one of ``sports_words``: "the striker put them ahead with a fine strike"), or a negated state a noun
    names after "have" ("is not understood to have had any previous training")."""
    W = _assertion_words()
    lemma, sent = trigger.lemma_.lower(), trigger.sent
    if lemma in W.role_verbs and any(c.dep_ == "prep" and c.lower_ == "as" for c in trigger.children):
        return True
    text = span_text(sent).lower()
    if any(mark in text for mark in W.correction_marks):
        return True
    if lemma in W.sports_triggers and not W.sports_words.isdisjoint(_words_of(sent)):
        return True
    return (modality == "negated" and trigger.pos_ == "NOUN" and trigger.dep_ == "dobj"
            and trigger.head.lemma_.lower() == "have")


def _possibility(clause) -> bool:
    """The clause is what an adjective of possibility frames ("it was possible for Y to renege", "Y is likely to
    strike", "it is unlikely that Y will"; ``[confidence] possibility_adjectives``): what may happen, no act."""
    adjectives = _assertion_words().possibility_adjectives
    if clause.lemma_.lower() in adjectives:
        return True
    head = clause.head
    if clause.dep_ not in ("advcl", "ccomp", "xcomp", "csubj") or head.i == clause.i:
        return False
    return head.lower_ in adjectives or any(c.dep_ == "acomp" and c.lower_ in adjectives for c in head.children)


def _topic(span, trigger) -> bool:
    """The target is named in a topic phrase (``[confidence] topic_preps``: "on", "about", "over" …) of the trigger,
    of its object when that is a text (``topic_documents``: "vetoed a resolution on Syria"; not "stop its war on X"), or
    of a "does" standing for it ("vetoed the resolution – as it does repeatedly on Syria")."""
    tok = _phrase_root(span)
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in _assertion_words().topic_preps:
        return False
    owner = prep.head
    documents = _assertion_words().topic_documents
    return owner.i == trigger.i or (owner.dep_ == "dobj" and owner.head.i == trigger.i
                                    and owner.lemma_.lower() in documents) or (
        owner.head.i == trigger.i and owner.dep_ == "advcl" and owner.lemma_.lower() == "do")


@lru_cache(maxsize=1)
def _cue_words() -> dict[str, frozenset[str]]:
    """PLOVER type -> its one-word cues in every inflection (``cablegram.nlp.plover.TRIGGERS``)."""
    out: dict[str, set[str]] = {}
    for form, entries in build_cue_index().items():
        for rest, etype, _ in entries:
            if not rest:
                out.setdefault(etype, set()).add(form)
    return {etype: frozenset(forms) for etype, forms in out.items()}


def _cue_word_of(trigger, etype: str) -> bool:
    """The trigger word is a one-word cue of ``etype`` wherever it stands (a cue in a relative clause, "until Putin
    sent the air force", is no hit of the sentence's main event but still names the act)."""
    forms = _cue_words().get(etype, frozenset())
    return trigger.lower_ in forms or trigger.lemma_.lower() in forms


def _people(span) -> bool:
    """The mention names a people by a plural demonym ("speaking to Syrians", "met Kurds in the camp"): persons of a
    nation, not its state; talking to them is no meeting with the state."""
    root = span.root
    norp = span.label_ == "NORP" or any(e.label_ == "NORP" and e.start <= root.i < e.end for e in span.sent.ents)
    return norp and root.tag_ in ("NNPS", "NNS") and root.lower_.endswith("s")


def _sense_shown(trigger, etype: str) -> bool:
    """False when the trigger is a word of several senses (``plover.toml`` ``[senses.<word>]``) and no word of the
    sense ``etype`` is in its sentence ("ships had deployed from the base": no peacekeepers, no relief, so no AID
    shown); True otherwise."""
    senses = load_lexicon("plover").get("senses", {})
    sense = senses.get(trigger.lemma_.lower()) or senses.get(trigger.lower_)
    if not sense or etype not in sense:
        return True
    words = {str(w).lower() for w in sense[etype]}
    return any(t.lower_ in words for t in trigger.sent)


def _place_doubts(source, target) -> list[str]:
    """``source_is_place`` / ``target_is_place`` for a mention that is only a place (see :func:`only_place`) of
    another state than the other participant's (a place of the actor's own state is a domestic act's place: "agreed
    to set up field hospitals in Louisiana")."""
    out = []
    for name, mine, other in (("source_is_place", source, target), ("target_is_place", target, source)):
        foreign = other is None or state_in_id(other[1]) != state_in_id(mine[1]) if mine is not None else False
        if mine is not None and only_place(mine[0]) and foreign:
            out.append(name)
    return out


def only_place(span) -> bool:
    """True when the mention ``span`` (a spaCy span) overlaps a known place of ``doc.spans["cg_places"]`` that is no
    capital (a city, region, camp, US state …), or a capital named after a locative preposition ("universities in
    the capital"): a place, standing for no party. A capital elsewhere stands for its state ("Moscow denied"), and a
    place naming a body of one of its nouns of actors (``non_act.frames.actor_nouns``: "a Jerusalem court") acts."""
    root = span.root
    if root.dep_ in ("compound", "amod", "nmod") and root.head.lemma_.lower() in _assertion_words().actor_nouns:
        return False  # a body the place names ("a Jerusalem district court", "the Kilis police") acts
    if root.lower_ in body_member_words()[2] | body_member_words()[4] and root.i < span.end - 1:
        return False  # a state's organ with the place it sits in ("police in Kampala": event_actors.body_of_members)
    for start, end, label, kb_id in group_bounds(span.doc, "cg_places"):
        if start < span.end and span.start < end and kb_id:  # a known place, not any GPE
            if label != "capital":
                return True
            tok = _phrase_root(span.doc[start:end])
            return tok.dep_ == "pobj" and tok.head.lower_ in _words()[6]
    return False
