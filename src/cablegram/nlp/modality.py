"""Modality of an event mention: occurred, planned, hypothetical or negated, and reported speech.

Works on the dependency parse around the event's trigger token: its auxiliaries,
negation, the verbs that govern it (``plan to``, ``refused to``, ``said that``) and
conditional clauses. Word forms are listed inflected because the pipeline runs without
spaCy's lemmatizer.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from .lexicons import load_lexicon, word_set

@dataclass(frozen=True)
class ModalityCues:
    """The word sets of ``nlp/data/modality.toml`` (lower-case frozensets), read once per ``extra``."""

    negators: frozenset[str]
    quantifiers: frozenset[str]
    yet_heads: frozenset[str]
    negating_verbs: frozenset[str]
    particle_verbs: frozenset[str]
    denial_verbs: frozenset[str]
    double_negation_verbs: frozenset[str]
    double_negation_particle_verbs: frozenset[str]
    future_aux: frozenset[str]
    plan_verbs: frozenset[str]
    future_noun_mods: frozenset[str]
    future_time: frozenset[str]
    hypothetical_aux: frozenset[str]
    hypothetical_verbs: frozenset[str]
    belief_verbs: frozenset[str]
    hedged_raising: frozenset[str]
    forecast_predicates: frozenset[str]
    hedge_adverbs: frozenset[str]
    conditional_marks: frozenset[str]
    reporting_verbs: frozenset[str]
    relay_verbs: frozenset[str]
    commit_verbs: frozenset[str]
    threat_verbs: frozenset[str]
    imminent_predicates: frozenset[str]
    schedule_predicates: frozenset[str]
    onset_nouns: frozenset[str]
    possibility_nouns: frozenset[str]
    warning_verbs: frozenset[str]
    report_nouns: frozenset[str]
    abstain_phrases: tuple[tuple[str, ...], ...] = ()
    stopping_verbs: frozenset[str] = frozenset()
    counter_nouns: frozenset[str] = frozenset()
    uncertain_predicates: frozenset[str] = frozenset()
    intention_nouns: frozenset[str] = frozenset()
    intention_verbs: frozenset[str] = frozenset()
    accusation_verbs: frozenset[str] = frozenset()
    involvement_nouns: frozenset[str] = frozenset()
    disposition_words: frozenset[str] = frozenset()
    declared_nouns: frozenset[str] = frozenset()
    adjunct_preps: frozenset[str] = frozenset()
    open_denials: frozenset[str] = frozenset()
    object_frames: frozenset[str] = frozenset()
    occurrence_verbs: frozenset[str] = frozenset()
    temporal_marks: frozenset[str] = frozenset()
    decision_nouns: frozenset[str] = frozenset()
    expectation_verbs: frozenset[str] = frozenset()
    unrealised_verbs: frozenset[str] = frozenset()
    sequel_verbs: frozenset[str] = frozenset()
    sequel_nouns: frozenset[str] = frozenset()
    purpose_nouns: frozenset[str] = frozenset()
    tolerance_verbs: frozenset[str] = frozenset()
    hesitation_verbs: frozenset[str] = frozenset()
    excluded_predicates: tuple[str, ...] = ()
    failure_phrases: tuple[str, ...] = ()
    lapse_verbs: frozenset[str] = frozenset()
    closing_verbs: frozenset[str] = frozenset()
    considering_verbs: frozenset[str] = frozenset()
    proposal_nouns: frozenset[str] = frozenset()
    sent_forces: frozenset[str] = frozenset()
    rescheduling_verbs: frozenset[str] = frozenset()
    new_date_preps: frozenset[str] = frozenset()
    new_date_nouns: frozenset[str] = frozenset()
    qualifiers: frozenset[str] = frozenset()
    calendar_words: frozenset[str] = frozenset()
    past_date_words: frozenset[str] = frozenset()
    permission_verbs: frozenset[str] = frozenset()
    inquiry_nouns: frozenset[str] = frozenset()
    inquiry_preps: frozenset[str] = frozenset()
    presupposing_verbs: frozenset[str] = frozenset()
    indefinite_words: frozenset[str] = frozenset()
    foundering_phrases: frozenset[str] = frozenset()


_FIELDS = {
    "negators": ("negation.negators", "negation.temporal"), "quantifiers": ("negation.quantifiers",),
    "yet_heads": ("negation.yet_heads",), "negating_verbs": ("negation.verbs",),
    "particle_verbs": ("negation.particle_verbs",),
    "denial_verbs": ("negation.denial_verbs",), "double_negation_verbs": ("negation.double_negation_verbs",),
    "double_negation_particle_verbs": ("negation.double_negation_particle_verbs",),
    "future_aux": ("future.auxiliaries",), "plan_verbs": ("future.plan_verbs",),
    "future_noun_mods": ("future.noun_modifiers",), "future_time": ("future.time_words",),
    "hypothetical_aux": ("hedge.modal_verbs",), "hypothetical_verbs": ("hedge.verbs",),
    "belief_verbs": ("hedge.belief_verbs",), "hedged_raising": ("hedge.raising",),
    "forecast_predicates": ("hedge.forecast_predicates",), "hedge_adverbs": ("hedge.adverbs",),
    "conditional_marks": ("conditional.marks",), "reporting_verbs": ("frame.reporting_verbs",),
    "relay_verbs": ("frame.relay_verbs",), "commit_verbs": ("frame.commit_verbs",),
    "threat_verbs": ("frame.threat_verbs",), "imminent_predicates": ("future.imminent_predicates",),
    "schedule_predicates": ("future.schedule_predicates",),
    "onset_nouns": ("future.onset_nouns",), "possibility_nouns": ("hedge.possibility_nouns",),
    "warning_verbs": ("hedge.warning_verbs",), "report_nouns": ("negation.report_nouns",),
    "stopping_verbs": ("negation.stopping_verbs",), "counter_nouns": ("future.counter_nouns",),
    "uncertain_predicates": ("hedge.uncertain_predicates",), "intention_nouns": ("frame.intention_nouns",),
    "intention_verbs": ("frame.intention_verbs",), "accusation_verbs": ("frame.accusation_verbs",),
    "involvement_nouns": ("negation.involvement_nouns",), "disposition_words": ("frame.disposition_words",),
    "declared_nouns": ("future.declared_nouns",), "adjunct_preps": ("negation.adjunct_preps",),
    "open_denials": ("negation.open_denials",), "object_frames": ("frame.object_frames",),
    "occurrence_verbs": ("future.occurrence_verbs",), "temporal_marks": ("conditional.temporal_marks",),
    "sequel_verbs": ("frame.sequel_verbs",), "sequel_nouns": ("frame.sequel_nouns",),
    "decision_nouns": ("frame.decision_nouns",), "expectation_verbs": ("hedge.expectation_verbs",),
    "unrealised_verbs": ("negation.unrealised_verbs",), "purpose_nouns": ("frame.purpose_nouns",),
    "tolerance_verbs": ("negation.tolerance_verbs",), "hesitation_verbs": ("negation.hesitation_verbs",),
    "lapse_verbs": ("negation.lapse_verbs",), "closing_verbs": ("negation.closing_verbs",),
    "considering_verbs": ("hedge.considering_verbs",),
    "proposal_nouns": ("frame.proposal_nouns",),
    "sent_forces": ("frame.sent_forces",), "rescheduling_verbs": ("negation.rescheduling_verbs",),
    "new_date_preps": ("negation.new_date_preps",), "new_date_nouns": ("negation.new_date_nouns",),
    "qualifiers": ("hedge.qualifiers",),
    "calendar_words": ("future.calendar_words",), "past_date_words": ("future.past_date_words",),
    "permission_verbs": ("frame.permission_verbs",),
    "inquiry_nouns": ("frame.inquiry_nouns",), "inquiry_preps": ("frame.inquiry_preps",),
    "presupposing_verbs": ("frame.presupposing_verbs",), "indefinite_words": ("negation.indefinite_words",),
    "foundering_phrases": ("negation.foundering_phrases",),
}


@lru_cache(maxsize=8)
def _cues_for(extra_json: str) -> ModalityCues:
    lex = load_lexicon("modality", json.loads(extra_json) or None)
    negation = lex.get("negation", {})
    phrases = tuple(sorted({tuple(p.lower().split()) for p in negation.get("abstain_phrases", [])}))
    return ModalityCues(**{name: word_set(lex, *keys) for name, keys in _FIELDS.items()}, abstain_phrases=phrases,
                        excluded_predicates=_phrases(negation.get("excluded_predicates", [])),
                        failure_phrases=_phrases(negation.get("failure_phrases", [])))


def _phrases(items) -> tuple[str, ...]:
    """Lower-case phrases with single spaces, longest first."""
    return tuple(sorted({" ".join(p.lower().split()) for p in items}, key=lambda p: (-len(p), p)))


def modality_cues(extra: dict | None = None) -> ModalityCues:
    """The modality cue sets, from ``nlp/data/modality.toml`` with ``extra`` merged (see :func:`load_lexicon`).

    Errors: :class:`~cablegram.errors.PipelineError` when the lexicon cannot be read."""
    return _cues_for(json.dumps(extra, sort_keys=True) if extra else "{}")


@dataclass(frozen=True)
class ModalityResult:
    modality: str  # occurred | planned | hypothetical | negated
    reported_speech: bool
    cue: str | None = None


def _lower(token) -> str:
    return token.lower_


_NOT_ONLY = frozenset({"only", "just", "merely", "simply"})


def _has_neg(token) -> str | None:
    """A negator on ``token``, or on an adverb it carries ("pledged [never again] to use": the parser
    hangs "never" on "again"); "not only" is not a negation."""
    C = modality_cues()
    for child in token.children:
        if child.i + 1 < len(child.doc) and child.doc[child.i + 1].lower_ in _NOT_ONLY:
            continue
        if child.dep_ == "neg" or (child.lower_ in C.negators and child.dep_ in ("neg", "det", "advmod", "preconj")):
            return child.text
        if child.dep_ == "advmod" and child.lower_ not in _NOT_ONLY:
            neg = next((g for g in child.children if g.dep_ == "neg" and g.lower_ in C.negators), None)
            if neg is not None:
                return neg.text
    return None


def _adjunct_clause(tok) -> bool:
    """``tok`` heads a clause that a negation above it does not reach: a relative clause, or an
    adverbial clause opened by a subordinator or a wh-word ("…, when Israel bombed a base"). The infinitive
    of a noun is its content, which the noun's negation reaches ("has no plans to send troops")."""
    if tok.dep_ == "acl" and tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return False
    if tok.dep_ in ("relcl", "acl"):
        return True
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ != "to" or c.tag_ in ("WRB", "WDT")
                                       for c in tok.children)


def _aux_words(token) -> list[str]:
    return [c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")]


def _conditional(token) -> str | None:
    """A conditional subordinator on the token's own clause or on a clause it heads, or the auxiliary of an inverted
    condition (:func:`inverted_condition`)."""
    C = modality_cues()
    for child in token.children:
        if child.dep_ == "mark" and child.lower_ in C.conditional_marks:
            return child.text
    # "unless" that the parser hung as a preposition in the clause ("will cut power to the enclave [unless] payments
    # … arrive": on the object)
    unless = next((t for t in _own_words(token) if t.dep_ == "prep" and t.lower_ == "unless"), None)
    return unless.text if unless is not None else inverted_condition(token)


_INVERTING_AUX = frozenset({"should", "were", "had"})


def inverted_condition(token) -> str | None:
    """The auxiliary that opens an adverbial clause ``token`` before its subject, a condition without "if" ("[Should
    the militia refuse to disarm], the government would resume strikes", "[Were the talks to fail], …", "[Had the
    convoy arrived], …"), else None."""
    if token.dep_ != "advcl":
        return None
    # the auxiliary under the clause's verb, or the clause's head itself ("Were" over "the talks to fail")
    aux = token if token.lower_ in _INVERTING_AUX else next(
        (c for c in token.children if c.dep_ in ("aux", "auxpass") and c.lower_ in _INVERTING_AUX), None)
    if aux is None or aux.i != token.left_edge.i:
        return None
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None and aux.i == token.sent.start and aux.dep_ == "aux" and aux.i + 1 < token.i:
        # the clause opens the sentence and its subject was parsed as part of a noun ("Should the border truce
        # unravel, …" with "truce" a compound of "unravel"): no question, so a condition all the same
        return aux.text
    return aux.text if subject is not None and aux.i < subject.i else None


def _conditional_clause(token) -> str | None:
    """A conditional adverbial clause attached to ``token`` ("[if the supplies stop], industry will …")."""
    for child in token.children:
        if child.dep_ == "advcl":
            mark = _conditional(child)
            if mark:
                return mark
    return None


def _predicate_phrase(tok) -> bool:
    """``tok`` is the preposition of a phrase that names what a verb does to its object ("put the fighters [on] trial",
    "brought the killers [to] justice"): no step up between the act it names and the verb, whose plan is the act's
    ("pledged to put its fighters on trial"). A noun's preposition is one ("announced the launch of the assault"), and so
    is a verb's without an object ("is expected to arrive for talks")."""
    return tok.dep_ == "prep" and tok.head.pos_ == "VERB" and any(c.dep_ == "dobj" for c in tok.head.children)


def _conditional_on(chain, C: ModalityCues) -> str | None:
    """A conditional subordinator on the trigger's clause or on one of the two verbs above it, or a conditional clause
    such a verb holds (not a reporting verb's: it belongs to what is reported); also "unless" or "if" that the parser
    hung as a preposition over the trigger ("will prevent access unless the junta relinquishes power")."""
    for depth, tok in enumerate(chain[:3]):
        mark = _conditional(tok) or (None if tok.lower_ in C.reporting_verbs else _conditional_clause(tok))
        if mark:
            return mark
        if depth > 0 and tok.dep_ == "prep" and tok.lower_ in C.conditional_marks and tok.lower_ != "whether":
            return tok.text
    return _offer_condition(chain, C)


_OFFER_MARKS = frozenset({"once", "when", "after"})


def _offer_condition(chain, C: ModalityCues) -> str | None:
    """The word opening a clause of time on an act that someone is ready or willing to do (``frame.disposition_words``):
    an offer on a condition ("were ready to hand over their weapons [once] a monitoring mission was in place", "is
    willing to release them [when] the fighting stops"), so the act is a possibility, not a plan; else None."""
    if len(chain) < 2 or chain[0].dep_ != "xcomp" or chain[1].lower_ not in C.disposition_words:
        return None
    for tok in chain[:3]:
        for clause in tok.children:
            if clause.dep_ != "advcl":
                continue
            mark = next((c for c in clause.children if c.dep_ in ("mark", "advmod") and c.lower_ in _OFFER_MARKS), None)
            if mark is not None:
                return mark.text
    return None


def _conditional_negation(cue: str, mark: str | None, chain, C: ModalityCues) -> bool:
    """A negation that a warned condition leaves open: a negator on a clause under "if" or "unless" in a warning or
    threat ("warned that there will be no trade deal if Brexit undermines the agreement"): the act is a possibility,
    not a fact. A stated policy under a condition stays negated ("says it will not accept any more refugees if war
    starts", "vowed not to return the Heights if he is elected")."""
    return mark is not None and cue.lower() in C.negators and any(_warned(t, C) for t in chain)


def _hedge(trigger, chain) -> str | None:
    """A speculation cue around the trigger: a belief verb above it, a hedged raising verb
    ("is believed to have"), or a forecast about an event noun ("the visit is expected to …")."""
    C = modality_cues()
    possible = _possibility(trigger, C) or _expected_of_others(trigger, C) or _qualified(trigger, C)
    if possible:
        return possible
    for depth, tok in enumerate(chain[1:4], start=1):
        prev = chain[depth - 1]
        if tok.lower_ in C.belief_verbs and prev.dep_ in ("ccomp", "xcomp"):
            return tok.text
        forecast = _extraposed_forecast(tok, prev, C)
        if forecast:
            return forecast
        if tok.lower_ in C.hedged_raising and prev.dep_ == "xcomp" and any(
                c.dep_ in ("auxpass", "cop", "aux") for c in tok.children):
            # "is said to visit" hedges; "said he would visit" is reporting, handled elsewhere.
            if tok.tag_ in ("VBN", "JJ"):
                return tok.text
        if tok.dep_ == "ccomp":
            break
    return _forecast(trigger, C)


def _extraposed_forecast(tok, clause, C: ModalityCues) -> str | None:
    """The adjective of a forecast that ``tok`` ("it is …") predicates of its clause ``clause``: "it is unlikely that
    Ostland will withdraw", "it was possible for Ostland to renege" — the "for … to" clause the parser hangs as an
    adverbial clause (``hedge.forecast_predicates`` that are adjectives), else None."""
    infinitive_for = clause.dep_ in ("advcl", "xcomp") and any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children)
    if (clause.dep_ not in ("ccomp", "csubj") and not infinitive_for) or not any(c.dep_ in ("expl", "nsubj") and c.lower_ == "it"
                                                         for c in tok.children):
        return None
    return next((c.text for c in tok.children if c.dep_ == "acomp" and c.pos_ == "ADJ" and c.lower_ in C.forecast_predicates),
                None)


def _forecast(trigger, C: ModalityCues) -> str | None:
    """An event noun that is the subject of a forecast: the forecast is about what the event will be
    ("the visit is expected to …", "the talks could collapse")."""
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("nsubj", "nsubjpass"):
        head = trigger.head
        xcomps = [c for c in head.children if c.dep_ == "xcomp"]
        if head.lower_ in C.schedule_predicates and all(c.lower_ in C.occurrence_verbs for c in xcomps):
            return None  # "talks are expected to resume", "the release is expected within days": planned
        if head.lower_ in C.forecast_predicates or any(c.lower_ in C.forecast_predicates and c.dep_ in ("acomp", "xcomp")
                                                     for c in head.children):
            # "tomorrow's meeting is expected to focus on …": a forecast of what an event dated to come will be,
            # the event itself arranged (planned by its subject's predicate, :func:`_subject_modality`)
            return None if _dated_to_come(trigger, C) else head.text
        hypo = next((a for a in _aux_words(head) if a in C.hypothetical_aux), None)
        if hypo in ("would", "'d") and head.lower_ in C.occurrence_verbs:
            return None  # "told reporters the conference would proceed": the chain's "would" decides (future in the past)
        return hypo
    return None


def _dated_to_come(noun, C: ModalityCues) -> bool:
    """The event noun ``noun`` is dated to come by a word of its own: a future modifier ("the upcoming summit",
    ``future.noun_modifiers``) or a possessive time to come ("next week's summit", "tomorrow's talks";
    ``future.time_words``)."""
    for c in noun.children:
        if c.dep_ in ("amod", "compound") and c.lower_ in C.future_noun_mods:
            return True
        if c.dep_ == "poss" and (c.lower_ in C.future_time
                                 or any(g.dep_ == "amod" and g.lower_ in C.future_time for g in c.children)):
            return True
    return False


def _possibility(trigger, C: ModalityCues) -> str | None:
    """The act is named as a possibility: the "of" complement of a noun of possibility or of a verb of
    warning ("the danger of a military clash", "the threat of sanctions", "warned of a renewed offensive")."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ != "of":
        return None
    head = trigger.head.head
    if head.lower_ in C.possibility_nouns and head.pos_ == "NOUN":
        return head.text
    if head.lower_ in C.warning_verbs and head.pos_ == "VERB":
        return head.text
    # the "of" moved after the verb of its noun, as headlines do ("Fears grow of a Tarsian invasion")
    noun = next((c for c in head.children if c.dep_ == "nsubj" and c.lower_ in C.possibility_nouns), None)
    return noun.text if noun is not None and head.pos_ == "VERB" else None


def _qualified(trigger, C: ModalityCues) -> str | None:
    """The qualifier of possibility on the act noun ("a [possible] attack", "a [potential] visit"; ``hedge.qualifiers``):
    whatever frames it, the act is only possible."""
    if trigger.pos_ != "NOUN":
        return None
    return next((c.text for c in trigger.children if c.dep_ == "amod" and c.lower_ in C.qualifiers), None)


def _expected_of_others(trigger, C: ModalityCues) -> str | None:
    """The act is what someone counts, hopes or waits on from others ("the US is counting on support from France",
    "is hoping for help from Ostland"; ``hedge.expectation_verbs`` with "on", "upon" or "for"): it may not come."""
    if trigger.dep_ != "pobj" or trigger.head.lower_ not in ("on", "upon", "for"):
        return None
    verb = trigger.head.head
    return verb.text if verb.pos_ == "VERB" and verb.lower_ in C.expectation_verbs else None


def _clause_chain(token, sent):
    """The trigger and the verbs above it, stopping at the sentence root (nearest first)."""
    chain = [token]
    current = token
    for _ in range(8):  # parses are shallow; the bound protects against odd cycles
        if current.head.i == current.i or current.dep_ == "ROOT" or current.head.i < sent.start or current.head.i >= sent.end:
            break
        chain.append(current.head)
        current = current.head
    return chain


def reported_speech(sent, trigger=None) -> tuple[bool, str | None]:
    """Whether the sentence reports what someone said (a reporting verb or "according to")."""
    C = modality_cues()
    raw = sent.text  # Span.text joins the tokens on each access: read it once
    text = raw.lower()
    if "according to" in text:
        return True, "according to"
    for tok in sent:
        if tok.lower_ in C.reporting_verbs and tok.pos_ in ("VERB", "AUX") and (trigger is None or tok.i != trigger.i):
            if trigger is not None and _said_within(tok, trigger):
                continue
            # a reporting verb with a subject of its own, set beside a clause, or conjoined with another verb
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) or tok.dep_ in ("parataxis", "ccomp", "advcl",
                                                                                          "conj"):
                return True, tok.text
    stripped = raw.strip()
    if stripped[:1] in "\"“" or stripped.count("\"") >= 2 or ("“" in stripped and "”" in stripped):
        return True, "quote"
    return False, None


_EMBEDDING = frozenset({"ccomp", "xcomp", "advcl", "acl", "relcl", "pcomp"})


def _said_within(tok, trigger) -> bool:
    """The reporting verb ``tok`` sits in a clause embedded below the trigger's own dependents: it reports what a
    participant said, not the sentence's source ("Trump stepped back from his promise, tweeting that he never said
    when …"), or an adjunct clause of its own ("expelled the envoy after officials said he had spied"). One set beside
    the trigger ("…, the ministry said", "…, as officials said") is the source."""
    deps, cur = [], tok
    for _ in range(10):
        if cur.head.i == cur.i:
            return False
        deps.append(cur.dep_)
        if cur.head.i == trigger.i:
            if len(deps) == 1:  # an adjunct clause of its own ("after officials said …"), not "as officials said"
                return cur.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ != "as" for c in cur.children)
            return deps[-1] != "parataxis" and bool(_EMBEDDING.intersection(deps))
        cur = cur.head
    return False


def _quantifier_negation(trigger) -> str | None:
    """A negative quantifier on the event's own arguments ("no country sent troops", "nobody came",
    "no talks were held")."""
    C = modality_cues()
    if trigger.pos_ in ("NOUN", "PROPN") and any(c.lower_ in C.quantifiers and c.dep_ in ("det", "neg") for c in trigger.children):
        return "no"
    quantifier = _quantifier_of(trigger, C) or _counted_none(trigger, C)
    if quantifier is not None:
        return quantifier.text
    for arg in list(trigger.children) + _controllers(trigger):
        if arg.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        if arg.lower_ in C.quantifiers and arg.lower_ != "no":
            return arg.text
        if _negated_quantity(arg, C):
            return "not"  # "not a single country", "not one donor"
        # "no country", and "neither X nor Y" (the parser makes "neither" a preconjunct of X)
        det = next((c for c in arg.children if c.lower_ in C.quantifiers and c.dep_ in ("det", "neg", "preconj")), None)
        if det is not None:
            return det.text
    return None


def _quantifier_of(verb, C: ModalityCues):
    """The negative quantifier a misparse made the root over ``verb``, its act ("None of the three laid out a plan":
    "laid" hangs as a clause on "three", the object of "None of"), else None."""
    if verb.dep_ != "acl" or verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBD", "VBN", "VBZ", "VBP"):
        return None
    of = verb.head.head
    if verb.head.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep":
        return None
    quantifier = of.head
    return quantifier if quantifier.lower_ in C.quantifiers and quantifier.dep_ == "ROOT" else None


def _counted_none(verb, C: ModalityCues):
    """The negative quantifier of the noun whose participle ``verb`` is, the act the reduced clause states of none of
    them ("Army says [no civilians killed] in raid", "there were no shots fired", "no one hurt"), else None."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.i < verb.head.i:
        return None
    return next((c for c in verb.head.children if c.dep_ in ("det", "neg") and c.lower_ in C.quantifiers), None)


def _negated_quantity(arg, C: ModalityCues) -> bool:
    """``arg`` is counted as none: a negator on it ("not a single country") or on its number ("not one minister")."""
    words = [arg] + [c for c in arg.children if c.dep_ in ("nummod", "quantmod", "amod")]
    return any(g.dep_ == "neg" and g.lower_ in C.negators for w in words for g in w.children)


def _controllers(trigger) -> list:
    """The subjects whose act the trigger is, besides its own: the subject of the verb an object noun belongs to
    ("nobody claimed responsibility"), and of the verbs above an infinitive without an object of their own
    ("nobody attempted to protect the civilians", "no country has agreed to send troops", "no one is eager to attack")."""
    subjects = ("nsubj", "nsubjpass")
    if trigger.dep_ == "dobj" and trigger.pos_ == "NOUN":  # and above its verb ("no country agreed to sign the pact")
        return [c for c in trigger.head.children if c.dep_ in subjects] + _controllers(trigger.head)
    out, tok = [], trigger
    for _ in range(3):  # through an adjective of readiness too ("no one is eager to attack him")
        if tok.dep_ not in ("xcomp", "acomp") or any(c.dep_ == "dobj" for c in tok.head.children):
            break
        tok = tok.head
        out += [c for c in tok.children if c.dep_ in subjects]
    return out


def _yet_to(tok) -> bool:
    """ "has yet to meet", "is yet to be signed": ``tok`` is the complement of a "yet" construction."""
    C = modality_cues()
    head = tok.head
    return tok.dep_ == "xcomp" and head.lower_ in C.yet_heads and any(c.lower_ == "yet" for c in head.children)


_CONTRAST = frozenset({"but", "yet", "instead", "rather"})


def negates_complement(tok, C: ModalityCues | None = None) -> bool:
    """``tok`` is a verb whose complement did not happen ("refused to", "failed to", "called off"; not "called
    on X to …"): ``negation.verbs`` of ``modality.toml``, ``particle_verbs`` only with "off"."""
    C = C or modality_cues()
    if tok.lower_ not in C.negating_verbs:
        return False
    return tok.lower_ not in C.particle_verbs or any(c.dep_ == "prt" and c.lower_ == "off" for c in tok.children)


def _own_conjunct(tok) -> bool:
    """``tok`` is a verb conjoined to the one above it as a clause of its own, which that verb's negation
    does not reach: it has its own subject ("did not attend, and the envoy left") or stands in contrast
    ("not to travel, but to carry out attacks at home")."""
    if tok.dep_ != "conj":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return True
    return any(c.lower_ in _CONTRAST for c in tok.children) or any(
        c.dep_ == "cc" and c.lower_ in _CONTRAST for c in tok.head.children)


def _denied_report(trigger, C: ModalityCues) -> str | None:
    """The trigger is the content of a report that a verb of denial denies: a clause of the report noun ("denied
    reports that troops had crossed") or its "of" complement ("rejected allegations of torture"); not when the
    denial is itself negated ("did not deny reports that …")."""
    if trigger.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in trigger.children):
        noun = trigger.head
    elif trigger.dep_ in ("pobj", "pcomp") and trigger.head.lower_ == "of":  # "refuted reports of withdrawing …"
        noun = trigger.head.head
    else:
        return None
    verb = noun.head
    if noun.lower_ in C.report_nouns and noun.dep_ == "dobj" and verb.lower_ in C.denial_verbs and not _has_neg(verb):
        return verb.text
    return None


def _intention_holder(noun, C: ModalityCues):
    """The verb that holds the intention noun ``noun`` as its object, through "having" ("denied having any intention
    to …"), or None."""
    if noun.lower_ not in C.intention_nouns or noun.dep_ != "dobj":
        return None
    verb = noun.head
    return verb.head if verb.dep_ == "xcomp" and verb.lower_ in ("have", "having") else verb


def plan_holder(verb, C: ModalityCues | None = None):
    """The verb that holds the plan or intention whose act ``verb`` is ("has shelved plans to build a base", "made a
    decision to withdraw": "shelved", "made"), its subject the act's doer; else None."""
    # the infinitive of the noun, or of the noun the parser tagged a verb ("shelved [plans] to buy", xcomp)
    if verb.dep_ not in ("acl", "xcomp") or verb.pos_ != "VERB" or not any(a.dep_ == "aux" and a.lower_ == "to"
                                                                        for a in verb.children):
        return None
    return _intention_holder(verb.head, C or modality_cues())


_SPEAKER_PRONOUNS = frozenset({"it", "he", "she", "we", "they"})


def pronoun_speaker(subjects: list, clause) -> list:
    """``subjects`` of ``clause``, or the subjects of the reporting verb over it when the clause's subject is a personal
    pronoun ("Ostland's army said [it] had not targeted civilians": the army, the act's doer); else ``subjects``."""
    if len(subjects) != 1 or subjects[0].lower_ not in _SPEAKER_PRONOUNS or clause.dep_ != "ccomp" \
            or clause.head.lower_ not in modality_cues().reporting_verbs:
        return subjects
    return [c for c in clause.head.children if c.dep_ == "nsubj"] or subjects


def _denied_intention(trigger, C: ModalityCues) -> str | None:
    """The trigger is the act of a plan or intention that a verb of denial denies ("denied any plan to invade", "denied
    having any intention to attack"); not when the denial is itself negated."""
    if trigger.dep_ != "acl" or trigger.pos_ != "VERB":
        return None
    verb = _intention_holder(trigger.head, C)  # denied, not rejected: "rejected a proposal to share" is an act
    if verb is not None and verb.lower_ in C.open_denials and not _has_neg(verb):
        return verb.text
    return None


def abstain_frame(tok, C: ModalityCues | None = None) -> tuple[str, ...] | None:
    """The phrase of holding back that ``tok`` opens ("refrained from", "stopped short of", "held off on";
    ``negation.abstain_phrases`` of ``modality.toml``), or None."""
    C = C or modality_cues()
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    words = tuple(t.lower_ for t in tok.doc[tok.i:tok.i + 4])
    return next((p for p in C.abstain_phrases if words[:len(p)] == p), None)


def _never_came(trigger, C: ModalityCues) -> str | None:
    """The negated verb of a relative clause that says the event noun ``trigger`` never took place ("an intervention
    which never came", "an airlift that never materialised"; ``negation.unrealised_verbs``), else None."""
    if trigger.pos_ != "NOUN":
        return None
    return next((c.text for c in trigger.children if c.dep_ in ("relcl", "acl")
                 and (c.lemma_.lower() in C.unrealised_verbs or c.lower_ in C.unrealised_verbs)
                 and any(g.dep_ in ("neg", "advmod") and g.lower_ in C.negators for g in c.children)), None)


def unrealised_subjects(verb, C: ModalityCues | None = None) -> list:
    """The event nouns a negated verb of taking place says never came about ("the announced probe of the
    bombing never came about", "the airlift did not happen", "the vote never took place": "probe", "airlift",
    "vote"; ``negation.unrealised_verbs`` with a negator and no object, "take place", or a passive "held": "the talks
    were never held"): each an act of its own, negated, beside the verb that tells it."""
    C = C or modality_cues()
    if verb.pos_ != "VERB":
        return []
    if foundered(verb, C):  # "the planned summit fell through": no negator needed
        return [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    if not _has_neg(verb) or not _taking_place(verb, C):
        return []
    # "was never held": the passive's subject; else the subject of a verb of happening
    subject = "nsubjpass" if verb.lower_ == "held" else "nsubj"
    return [c for c in verb.children if c.dep_ == subject and c.pos_ == "NOUN"]


def _taking_place(verb, C: ModalityCues) -> bool:
    """``verb`` says that something took place: "take place", a passive "held", or one of
    ``negation.unrealised_verbs`` with no object."""
    if verb.lemma_.lower() == "take" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children):
        return True
    if verb.lemma_.lower() not in C.unrealised_verbs and verb.lower_ not in C.unrealised_verbs and verb.lower_ != "held":
        return False
    return not any(c.dep_ == "dobj" for c in verb.children)


def foundered(verb, C: ModalityCues | None = None) -> bool:
    """``verb`` with its particle says that what its subject names never came about ("the deal fell through";
    ``negation.foundering_phrases``), unless negated ("did not fall through")."""
    C = C or modality_cues()
    words = [f"{verb.lower_} {c.lower_}" for c in verb.children
             if c.dep_ in ("prt", "prep", "advmod") and not any(g.dep_ == "pobj" for g in c.children)]
    return any(w in C.foundering_phrases for w in words) and not _has_neg(verb)


def _negation(trigger, chain) -> tuple[str, str] | None:
    """("negated", cue) when the event is negated, ("hypothetical", cue) when a negation is cancelled
    ("did not rule out talks"), else None. Scope follows the parse: the trigger, then the verbs above
    it up to the first clausal complement."""
    C = modality_cues()
    # "rejected claims that its troops had carried out the attack": the attack is what the clause reports
    # and "denied reports that it plans to attack": the attack is what the clause's plan names
    denied = _denied_outright(trigger, C)
    if denied:
        return "negated", denied
    for depth, tok in enumerate(chain):
        found = _polarity_at(tok, depth, trigger, C, chain[depth - 1] if depth else None)
        if found:
            return None if found[0] == "negated" and depth > 0 and _denied_negation(tok, C) else found
        denial = _denied_clause(tok, depth, C)
        if denial == "":
            break  # "denied that it was involved in the attack": the taking part is denied, not the attack
        if denial:
            return "negated", denial  # "denied it was planning an offensive"
        if _scope_ends(tok, depth, C):
            break
    cue = _quantifier_negation(trigger)
    return ("negated", cue) if cue else None


def _denied_outright(trigger, C: ModalityCues) -> str | None:
    """The cue of a denial of the trigger's act as the content of a report ("rejected claims that its troops had
    carried out the attack"; "denied reports that it plans to attack": the act the clause's plan names; not a denied
    failure, see :func:`_denied_negation`), of a denied intention, or of a relative clause saying it never came."""
    reported = trigger.head if trigger.dep_ in ("dobj", "xcomp") and trigger.head.dep_ == "acl" else trigger
    denied = None if _denied_negation(reported, C) else _denied_report(reported, C)
    return denied or _denied_intention(trigger, C) or _never_came(trigger, C)


def _scope_ends(tok, depth: int, C: ModalityCues) -> bool:
    """A negation above ``tok`` does not reach below it: a clausal complement, an adjunct clause or phrase, a clause
    of its own, nor an open question or a condition ("it is not clear whether X will retaliate")."""
    return ((tok.dep_ == "ccomp" and depth > 0) or _adjunct_clause(tok) or _own_conjunct(tok) or _semicolon_clause(tok)
            or bool(_conditional(tok)) or _adjunct_phrase(tok, C))


def _denied_negation(tok, C: ModalityCues) -> bool:
    """``tok`` is a negated or failing verb ("had failed to rescue", "did not pay") whose clause a verb of denial
    denies, as a report ("rejected claims that it had failed to rescue the crew") or as its clause ("denied that it
    had failed to pay"): the denial cancels the negation, the act is given as done."""
    if not (_has_neg(tok) or negates_complement(tok, C)):
        return False
    if tok.dep_ == "ccomp":
        return tok.head.lower_ in C.denial_verbs and not _has_neg(tok.head)
    return _denied_report(tok, C) is not None


def _denied_clause(tok, depth: int, C: ModalityCues) -> str | None:
    """For ``tok``, ``depth`` verbs above the trigger: the verb of denial whose clause ``tok`` heads ("denied it was
    planning an offensive"), "" when that clause denies only a taking part that the trigger is under ("denied that
    it was involved in the attack"), else None."""
    if tok.dep_ != "ccomp" or depth == 0 or tok.head.lower_ not in C.denial_verbs:
        return None
    if depth > 1 and _involvement_word(tok, C) is not None:
        return ""
    return None if _has_neg(tok.head) else tok.head.text


def _adjunct_phrase(tok, C: ModalityCues) -> bool:
    """``tok`` is a preposition of time, cause or circumstance (``negation.adjunct_preps``): a negation above it does
    not reach its object ("was cancelled after the border clash", "did not attend because of the fighting")."""
    return tok.dep_ == "prep" and tok.lower_ in C.adjunct_preps


_CLAUSE_BREAKS = frozenset({";", ":", "–", "—", "--"})


def _semicolon_clause(tok) -> bool:
    """``tok`` heads a clause ended by a semicolon, colon or dash before the verb it hangs on: a sentence of its
    own that the parser attached to the next one ("allies have captured X; the secretary did not intend …",
    "Trump defended his decision … – we never left")."""
    head = tok.head
    return tok.i < head.i and any(t.text in _CLAUSE_BREAKS for t in tok.doc[tok.i:head.i])


def _unsaid(tok, C: ModalityCues) -> bool:
    """``tok`` is a reporting verb whose negation leaves its complement unknown, not negated ("has not confirmed
    that its delegation will attend"); a negated belief raises its negation into the complement ("does not
    think they will attack")."""
    return tok.lower_ not in C.belief_verbs and (tok.lower_ in C.reporting_verbs or tok.lower_ in C.relay_verbs)


def _framing_polarity(tok, depth: int, neg: str | None, C: ModalityCues, below) -> tuple[str, str] | None:
    """The polarity a framing verb ``tok`` above the trigger gives it: a negated or refused "rule out" leaves the act
    open, an affirmed one negates it ("ruled out military intervention"); a negated reporting verb leaves its clause
    unknown, as a refused one does ("refused to confirm that it had sent troops"), and a negated denial what it frames
    ("did not deny plans to send troops")."""
    if tok.lower_ in C.double_negation_verbs and (neg or tok.head.lower_ in C.negating_verbs):
        return "hypothetical", f"not {tok.lower_}"
    if not neg and cancels_negation(tok, C):
        return "negated", tok.text
    refused = tok.dep_ == "xcomp" and negates_complement(tok.head, C)
    if (neg or refused) and below is not None and below.dep_ in ("ccomp", "dobj") and _unsaid(tok, C):
        return "hypothetical", f"not {tok.lower_}"
    if neg and tok.lower_ in C.open_denials:
        return "hypothetical", f"not {tok.lower_}"
    if neg and (_warned_intolerance(tok, below, C) or tok.lower_ in C.hesitation_verbs):
        return "hypothetical", f"not {tok.lower_}"  # "would not hesitate to strike": a threat, not a refusal
    return None


def _warned_intolerance(tok, below, C: ModalityCues) -> bool:
    """``tok`` is a negated verb of tolerance with "would" or "will" whose object is ``below`` ("would not tolerate a
    military coup", "will not countenance any attack"; ``negation.tolerance_verbs``): a warning against an act of
    others, which is a possibility, not negated."""
    return (tok.lower_ in C.tolerance_verbs and below is not None and below.dep_ == "dobj" and below.head.i == tok.i
            and any(a in ("would", "will", "'ll", "wo", "'d") for a in _aux_words(tok)))


def _polarity_at(tok, depth: int, trigger, C: ModalityCues, below=None) -> tuple[str, str] | None:
    """The polarity that ``tok``, ``depth`` verbs above the trigger on its chain (``below``: the one under it),
    gives the event (see :func:`_negation`)."""
    if depth > 0 and abstain_frame(tok, C):
        return "negated", tok.text
    neg = _has_neg(tok)
    # "is yet to confirm the deployment" leaves it unknown as "has not confirmed" does
    framed = _framing_polarity(tok, depth, neg or ("yet" if _yet_to(tok) else None), C, below) if depth > 0 else None
    if framed:
        return framed
    if neg:  # "has not yet responded": not yet, no refusal (the cue "yet", as "has yet to respond")
        return "negated", "yet" if any(c.lower_ == "yet" and c.dep_ == "advmod" for c in tok.children) else neg
    if _yet_to(tok):
        return "negated", "yet"
    return _act_not_done(tok, depth, trigger, C, below)


def _act_not_done(tok, depth: int, trigger, C: ModalityCues, below) -> tuple[str, str] | None:
    """("negated", cue) when ``tok`` (as in :func:`_polarity_at`) says the act did not take place without a negator:
    "without" over it, a phrase of failure, a predicate that excludes it, a verb whose complement did not happen."""
    if depth > 0 and _lacking(tok, below):
        return "negated", tok.text
    moved = _moved_or_foundered(tok, below, C) if depth > 0 else None
    if moved:
        return moved, tok.text
    stopper = headline_stopper(tok, C) if depth == 0 else None
    if stopper is not None:
        return ("planned" if _moved_to_date(stopper, tok, C) else "negated"), stopper.text
    failed = _failure(tok, C) if depth == 0 or below.dep_ == "xcomp" else None
    if failed:
        return "negated", failed
    excluded = _excluded(tok, below, C) if depth > 0 else None
    if excluded:
        return "negated", excluded
    if depth > 0 and _complement_negated(tok, depth, trigger, C):
        return "negated", tok.text
    return None


def _moved_or_foundered(tok, below, C: ModalityCues) -> str | None:
    """"planned" when ``tok`` moves the act ``below`` to a new date (:func:`_rescheduled`), "negated" when it says the
    act fell through (:func:`foundered`: "the planned summit fell through") or shelves it indefinitely
    (:func:`_shelved_indefinitely`), else None."""
    if _rescheduled(tok, below, C):
        return "planned"
    if below is not None and below.dep_ == "nsubj" and below.head.i == tok.i and foundered(tok, C):
        return "negated"
    return "negated" if _shelved_indefinitely(tok, below, C) else None


def _rescheduled(tok, below, C: ModalityCues) -> bool:
    """``tok`` moves the act ``below`` (its object or passive subject) to a new date: it is still planned
    ("postponed the talks until April", "the debate was pushed back to next month", "deferred the census until after
    the election"; ``negation.rescheduling_verbs``). Without a date ("postponed indefinitely", "until further notice") the
    stopping verbs' negation stands."""
    if tok.lower_ not in C.rescheduling_verbs or below is None:
        return False
    if below.dep_ not in ("dobj", "nsubjpass") and not headline_passive(below, tok):
        return False
    if not _rescheduling_particle(tok):
        return False
    return any(_new_date(t, C) for t in tok.subtree if t.dep_ == "prep" and t.lower_ in C.new_date_preps
               and not any(a.dep_ in _CLAUSES for a in _heads_between(t, tok)))


def moved_acts(frame, C: ModalityCues | None = None) -> list:
    """The acts that the verb of rescheduling ``frame`` moves to a new date (:func:`_rescheduled`), each through the
    noun that counts it ("Velm has pushed back the next round of negotiations to June": "negotiations"), or shelves
    with no date to come ("has been delayed indefinitely"), for an event of their own: still planned (or negated),
    whatever the moving verb is typed."""
    C = C or modality_cues()
    if frame.lower_ not in C.rescheduling_verbs or frame.pos_ != "VERB":
        return []
    moved = [c for c in frame.children if c.dep_ in ("dobj", "nsubjpass")]
    return [_counted_act(m, C) for m in moved if _rescheduled(frame, m, C) or _shelved_indefinitely(frame, m, C)]


# verbs of rescheduling only with their particle: "pushed back", "put off"
_RESCHEDULING_PARTICLES = (("push", "back"), ("put", "off"))


def _rescheduling_particle(tok) -> bool:
    """``tok`` has the particle its rescheduling needs ("pushed [back]", "put [off]"), or needs none."""
    particle = next((p for stem, p in _RESCHEDULING_PARTICLES if tok.lower_.startswith(stem)), None)
    return particle is None or any(c.lower_ == particle and c.dep_ in ("prt", "advmod") for c in tok.children)


def _shelved_indefinitely(tok, below, C: ModalityCues) -> bool:
    """``tok`` moves the act ``below`` (its object or passive subject) with no date to come ("has been delayed
    indefinitely"; ``negation.indefinite_words``): it will not take place."""
    if tok.lower_ not in C.rescheduling_verbs or below is None or below.dep_ not in ("dobj", "nsubjpass"):
        return False
    return _rescheduling_particle(tok) and any(c.dep_ == "advmod" and c.lower_ in C.indefinite_words
                                               for c in tok.children)


_FINITE_ENDINGS = ("s", "ed")


def headline_stopper(noun, C: ModalityCues | None = None):
    """The verb of a lower-case headline that stops or moves the act ``noun`` names, which the parser takes for a noun
    in a compound before it ("nepal cancels deployment of riot police …", "… postpones visit of army chief"): a
    finite form of ``negation.stopping_verbs`` or ``negation.rescheduling_verbs`` (never "call", which needs its
    "off"), else None."""
    C = C or modality_cues()
    if noun.pos_ != "NOUN":
        return None
    for c in noun.children:
        word = c.lower_
        if c.dep_ == "compound" and c.i < noun.i and word.endswith(_FINITE_ENDINGS) and not word.startswith("call") \
                and not word.startswith(("push", "put")) and (word in C.stopping_verbs or word in C.rescheduling_verbs):
            return c
    return None


def _moved_to_date(stopper, noun, C: ModalityCues) -> bool:
    """The act ``noun`` that a :func:`_headline_stopper` stops is moved to a new date ("… delays vote until march"),
    which a verb that only moves acts (``negation.rescheduling_verbs``, not a stopping one) must give to stop it."""
    if stopper.lower_ not in C.rescheduling_verbs:
        return False
    return any(_new_date(t, C) for t in noun.children if t.dep_ == "prep" and t.lower_ in C.new_date_preps)


def _heads_between(tok, top) -> list:
    """The tokens from ``tok`` up to (not including) ``top``, its ancestor."""
    out = []
    while tok.i != top.i and tok.head.i != tok.i:
        out.append(tok)
        tok = tok.head
    return out


def _new_date(prep, C: ModalityCues) -> bool:
    """The object of ``prep`` is a date ("until March", "to next week", "for 14 May", "until after the election")."""
    for obj in prep.children:
        if obj.dep_ == "pobj" and (obj.ent_type_ == "DATE" or obj.lower_ in C.new_date_nouns):
            return True
        if obj.dep_ in ("prep", "pcomp") and obj.lower_ == "after" and prep.lower_ in ("until", "till"):
            return True
    return False


def _lacking(tok, below) -> bool:
    """``tok`` is "without" over the act ``below`` ("have gone three weeks [without] exchanging fire", "left [without]
    a deal", "crossed the border without a shot being fired"): the act did not take place."""
    return tok.dep_ == "prep" and tok.lower_ == "without" and below is not None and below.dep_ in ("pcomp", "pobj")


def _failure(tok, C: ModalityCues) -> str | None:
    """A phrase of failure on ``tok`` (the act, or the attempt whose complement the act is): it did not come off
    ("sought to change his mind, without success", "tried in vain to stop the convoy"; ``negation.failure_phrases``)."""
    for child in tok.children:
        if child.dep_ in ("prep", "advmod", "npadvmod"):
            words = " ".join(t.lower_ for t in child.subtree)
            if words in C.failure_phrases:
                return words
    return None


def _excluded(tok, below, C: ModalityCues) -> str | None:
    """The predicate of ``tok`` declares its subject ``below`` (a clause or an event noun) excluded: the act will not
    happen ("removing the sanctions is out of the question", "a military solution is off the table";
    ``negation.excluded_predicates``)."""
    if below is None or below.dep_ not in ("csubj", "nsubj", "nsubjpass") or below.head.i != tok.i:
        return None
    words = " " + " ".join(t.lower_ for t in sorted(_own_words(tok), key=lambda t: t.i) if t.i > below.right_edge.i) + " "
    return next((p for p in C.excluded_predicates if f" {p} " in words), None)


def _complement_negated(tok, depth: int, trigger, C: ModalityCues) -> bool:
    """``tok``, ``depth`` verbs above the trigger, says that the trigger's act did not happen: the complement of
    "refused", "failed", "denied" (a verb merely conjoined with one did happen: "rejected the demand, and expelled
    two diplomats"; "denied involvement in the attack" denies the involvement, not the attack), and the subject of
    a passive verb that stops an act ("the planned visit was cancelled"; ``negation.stopping_verbs``)."""
    if not negates_complement(tok, C):
        return False
    if (trigger.dep_ == "nsubjpass" or headline_passive(trigger, tok)) and trigger.head.i == tok.i:
        return tok.lower_ in C.stopping_verbs
    object_of = ("xcomp", "ccomp", "dobj") if tok.lower_ in C.denial_verbs else ("xcomp", "ccomp", "dobj", "pobj")
    return trigger.dep_ in object_of or (trigger.dep_ == "conj" and depth > 1) or _stopped_plan(tok, trigger, C)


def headline_passive(subject, verb) -> bool:
    """``subject`` is the subject of a headline's participle with no auxiliary and no object, a passive with its "were"
    left out ("Ministers' visit scrapped", "Summit postponed after storm"): what the verb was done to, as a passive
    subject is."""
    return (subject.dep_ == "nsubj" and subject.head.i == verb.i and verb.tag_ in ("VBD", "VBN")
            and not any(c.dep_ in ("dobj", "aux", "auxpass", "ccomp", "xcomp", "attr") for c in verb.children))


def _stopped_plan(tok, trigger, C: ModalityCues) -> bool:
    """``trigger`` is the act of a plan that the verb ``tok`` stops ("has shelved plans to buy air defences", "plans to
    build the dam were abandoned"; ``frame.intention_nouns`` as the object or passive subject of
    ``negation.stopping_verbs`` and their like): the act will not take place."""
    plan = trigger.head
    if trigger.dep_ != "acl" or plan.lower_ not in C.intention_nouns or plan.head.i != tok.i:
        return False
    return plan.dep_ == "dobj" or (plan.dep_ == "nsubjpass" and tok.lower_ in C.stopping_verbs)


def _modal(aux: str, sent, reported: bool, tok=None) -> str:
    """"said they would boycott" is future in the past, an announced plan, and so is a "would" dated in the future
    ("would hold talks with the president next month"); other modals, and a "would" under a condition, hedge."""
    if aux not in ("would", "'d") or any(_conditional(t) for t in sent if t.dep_ == "advcl"):
        return "hypothetical"
    C = modality_cues()
    if tok is not None and tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in C.temporal_marks
                                                       for c in tok.children):
        return "hypothetical"  # "must disarm before he would support lifting sanctions"
    if tok is not None and _warned(tok, C):
        return "hypothetical"  # "warned that Ostland would impose sanctions": a threat, not a plan
    if reported or (tok is not None and any(t.lower_ in C.future_time for t in _own_words(tok))):
        return "planned"
    return "hypothetical"


def proposed_act(clause, C: ModalityCues | None = None) -> bool:
    """``clause`` is a relative clause with a modal or future auxiliary on a noun of proposal (``frame.proposal_nouns``):
    it states the act proposed ("a bill that [would] ban the party", "a resolution that could impose sanctions"), an
    act of its own that may come, not a description of a participant."""
    C = C or modality_cues()
    return (clause.dep_ == "relcl" and clause.head.lower_ in C.proposal_nouns
            and any(a in C.future_aux or a in C.hypothetical_aux for a in _aux_words(clause)))


def warned_act(clause, C: ModalityCues | None = None) -> bool:
    """The clause ``clause`` of a verb of warning states an act that may come: its verb has a future or modal
    auxiliary ("warned it [would] respond with force", "warned that troops [could] cross"), not a fact reported
    ("warned that the ceasefire had collapsed")."""
    C = C or modality_cues()
    return any(a in C.future_aux or a in C.hypothetical_aux for a in _aux_words(clause))


_WARNING_NOUNS = frozenset({"warning", "warnings", "threat", "threats", "ultimatum"})


def _warned(tok, C: ModalityCues) -> bool:
    """``tok`` is the clause of a warning or threat ("warned that it would cut ties", "issued a warning that it would
    …", "threats by Erdogan that he would allow …"; ``hedge.warning_verbs``, ``frame.threat_verbs``)."""
    head = tok.head
    if tok.dep_ == "ccomp":
        return head.lower_ in C.warning_verbs or head.lower_ in C.threat_verbs or head.lower_ in _WARNING_NOUNS
    return tok.dep_ == "acl" and head.lower_ in _WARNING_NOUNS


def _auxiliary_modality(tok, depth: int, trigger, sent, reported: bool) -> tuple[str, str] | None:
    """(modality, cue) from one verb of the chain: its future or modal auxiliary, a verb of speculation or
    planning above the trigger, or "going to"."""
    C = modality_cues()
    if tok.lower_ in C.hypothetical_verbs and depth > 0:
        # "would consider scaling back": the event is only weighed, whatever the tense of the weighing.
        return "hypothetical", tok.text
    auxes = _aux_words(tok)
    if depth == 0 and _any_occasion(tok, auxes, C):
        return "hypothetical", "any"  # "will retaliate against any attack": only if an attack comes
    if any(a in C.future_aux for a in auxes):
        return "planned", next(a for a in auxes if a in C.future_aux)
    hypo = [a for a in auxes if a in C.hypothetical_aux]
    if hypo:
        return _modal(hypo[0], sent, reported, tok), hypo[0]
    if depth > 0 and _is_to(tok):
        return "planned", tok.head.text  # "is to hold a referendum": the referendum's frame
    intent = _intended(tok, trigger, C) if depth > 0 else None
    if intent:
        return intent, tok.text
    if tok.lower_ == "going" and any(c.dep_ == "xcomp" for c in tok.children):
        return "planned", "going to"
    return ("planned", "to") if _headline_infinitive(tok) else None


_BE_FORMS = frozenset({"is", "are", "was", "were", "be", "'s", "'re"})


def _is_to(verb) -> bool:
    """``verb`` is the infinitive of "is to" / "are to" ("Tarsia [is to] hold a referendum in the spring"): an
    announced plan, also for an act noun below it."""
    return (verb.dep_ == "xcomp" and verb.head.lower_ in _BE_FORMS and verb.head.pos_ in ("AUX", "VERB")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def _any_occasion(tok, auxes: list[str], C: ModalityCues) -> bool:
    """The act ``tok``, future or with "would" (``auxes``), answers whatever of its object or prepositional object
    may come: "any" determines it ("will retaliate against any attack", "would punish any violation", "would cut ties
    with any state that recognised it")."""
    if not any(a in C.future_aux or a in ("would", "'d") for a in auxes):
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    objects += [g for p in tok.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    return any(d.dep_ == "det" and d.lower_ == "any" for o in objects for d in o.children)


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _headline_infinitive(tok) -> bool:
    """``tok`` is the bare infinitive of a headline's clause, with its subject and no finite verb ("Ostland troops to
    withdraw from Tarsk by March", also in capitals; "UN envoy to visit Tarsk", parsed as the noun's infinitive or as
    an adverbial clause of the noun, "Norvia PM to visit Delhi"): the headline's future, an act planned."""
    if tok.i == tok.sent.start:
        return False
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if len(auxes) != 1 or auxes[0].lower_ != "to" or auxes[0].i > tok.i:
        return False
    if tok.dep_ == "advcl" and tok.head.pos_ not in ("NOUN", "PROPN"):
        return False  # "came to the capital to visit the envoy": a purpose of a verb
    if tok.dep_ in ("acl", "relcl", "advcl"):
        return tok.head.dep_ == "ROOT" and tok.head.i < tok.i and not any(t.tag_ in _FINITE_TAGS for t in tok.sent)
    return tok.dep_ == "ROOT" and any(c.dep_ in ("nsubj", "nsubjpass", "dep") and c.i < auxes[0].i
                                      for c in tok.children)


def _headline_act(root):
    """The infinitive of a verbless headline that the parse hangs on its subject noun ("UN envoy to visit Tarsk":
    "visit"), else ``root``."""
    if root.pos_ not in ("NOUN", "PROPN"):
        return root
    return next((c for c in root.children if c.dep_ in ("acl", "relcl", "advcl") and _headline_infinitive(c)), root)


def _intended(tok, trigger, C: ModalityCues) -> str | None:
    """The modality ``tok``, a verb above the trigger, gives the act it frames: ``hypothetical`` for a threat
    ("threatened to expel the envoy", "threatened sanctions": a threat is a commitment on a condition, carried
    out only if its target does not yield, as with "warned that it would cut ties", see :func:`_warned`),
    ``planned`` for a plan (:func:`_plans`), else None."""
    if tok.lower_ in C.threat_verbs and trigger.dep_ in ("xcomp", "ccomp", "dobj"):
        return "hypothetical"
    return "planned" if _plans(tok, trigger, C) else None


def _plans(tok, trigger, C: ModalityCues) -> bool:
    """``tok``, above the trigger, voices a plan of it: a verb of planning with the trigger as its complement (not
    "announced the launch of the assault": an announced start or end has happened), or a noun of intention whose
    infinitive the trigger is ("announced plans to withdraw", "took the decision to send")."""
    if tok.lower_ in C.plan_verbs and trigger.dep_ in ("xcomp", "ccomp", "dobj", "acomp", "pobj"):
        # "announced a ceasefire" declares it, "announced a ceasefire starting next week" plans it
        done = trigger.lower_ in C.onset_nouns or (trigger.lower_ in C.declared_nouns
                                                  and not any(t.lower_ in C.future_time for t in trigger.subtree))
        return not (done and tok.lower_ in C.reporting_verbs)
    return (tok.lower_ in C.intention_nouns and trigger.dep_ == "acl" and trigger.head.i == tok.i
            and not _dated_decision(tok, C))


def _dated_decision(noun, C: ModalityCues) -> bool:
    """``noun`` is a decision dated by a year ("Bush's 2003 decision to invade Iraq"): a decision of the past, taken
    and carried out, so its act is no plan (``frame.decision_nouns``); "the 2013 decision not to act" stays negated."""
    return noun.lower_ in C.decision_nouns and any(
        c.dep_ in ("nummod", "compound", "amod", "npadvmod") and len(c.text) == 4 and c.text.isdigit()
        and c.text[:2] in ("18", "19", "20") for c in noun.children)


def _trigger_modality(trigger) -> tuple[str, str] | None:
    """(modality, cue) from the trigger's own words: a speculative adverb, "is to / due to / set to",
    a future modifier of an event noun, a future time with a present-tense verb ("meet next week")."""
    C = modality_cues()
    if _speculative_adverb(trigger, C):
        return "hypothetical", "adverb"
    subject = _counted(trigger, C)
    if subject.dep_ in ("nsubj", "nsubjpass"):
        found = _subject_modality(subject, C)
        if found:
            return found
    if trigger.dep_ == "xcomp" and trigger.head.lower_ in ("is", "are", "was", "were", "be", "set", "due", "expected",
                                                           "scheduled"):
        return "planned", trigger.head.text
    frame = _headline_schedule(trigger)
    if frame is not None:
        return "planned", frame.text
    arranged = _arranged_headline(trigger, C)
    if arranged is not None:
        return "planned", arranged.text
    return _arranged_by_its_words(trigger, C)


def _arranged_by_its_words(trigger, C: ModalityCues) -> tuple[str, str] | None:
    """("planned", cue) where a word on the trigger or its head arranges it (an imminent predicate, a future modifier
    or date of an event noun, a future time, "due … for", a dated present tense), else None."""
    head = trigger.head
    if trigger.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ in C.imminent_predicates:
        return "planned", head.head.text  # "the two sides are close to a deal"
    if trigger.pos_ == "NOUN" and any(c.lower_ in C.future_noun_mods for c in trigger.children):
        return "planned", next(c.text for c in trigger.children if c.lower_ in C.future_noun_mods)
    if trigger.pos_ == "NOUN" and _dated_to_come(trigger, C):
        return "planned", "dated"  # "next week's talks will probably be overshadowed by …"
    if trigger.tag_ in ("VB", "VBP", "VBZ", "VBG") and any(t.lower_ in C.future_time for t in _own_words(trigger)):
        return "planned", "future time"
    if trigger.dep_ == "pobj" and head.lower_ == "for" and any(c.dep_ == "acomp" and c.lower_ == "due"
                                                            for c in head.head.children):
        return "planned", "due"  # "the envoy is due in Kelso for talks": the talks the visit is arranged for
    dated = _dated_present(trigger, C)
    if dated is not None:
        return "planned", dated.text
    return None


_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
_SENTENCE_ENDS = frozenset({".", "!", "?"})


def _dated_present(trigger, C: ModalityCues):
    """The day or month (``future.calendar_words``) that dates the present tense of ``trigger``'s verb in a sentence of
    running text, or None: an arrangement ("the prime minister meets the envoy on 14 May", "the vote is held on 3 June",
    and a noun the verb holds as its object or purpose, "travels to Velm on Friday for negotiations", "hold a summit in
    Velm on June 3"). Not a date in the past or a habit (``future.past_date_words``: "every Friday"), one with its year (a
    caption's), a verb of reporting, or a headline, whose present tells what happened ("Troops clash with protesters on Friday": no final
    full stop)."""
    verb = _verb_of_dated(trigger)
    if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.lower_ in C.reporting_verbs:
        return None
    if not _simple_present(verb) or not _ends_as_running_text(trigger):
        return None
    words = _own_words(verb)
    if any(t.lower_ in C.past_date_words or (t.like_num and len(t.text) == 4 and t.text[:2] in ("19", "20"))
           for t in words):
        return None  # and a date with its year, as a photograph's caption gives it ("holds talks … on April 24, 2018.")
    return next((t for t in words if t.lower_ in C.calendar_words and (t.tag_ == "NNP" or t.ent_type_ == "DATE")
                 and t.dep_ in ("pobj", "npadvmod", "nmod", "compound")), None)


def _verb_of_dated(trigger):
    """The verb whose tense and date decide ``trigger``: itself, or for a noun the verb holding it as object or as the
    object of "for" ("travels to Velm on Friday for negotiations"); None for a noun held otherwise."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return trigger
    prep = trigger.head
    if trigger.dep_ == "pobj" and prep.lower_ == "for" and prep.dep_ == "prep":
        return prep.head
    return trigger.head if trigger.dep_ == "dobj" else None


def _simple_present(verb) -> bool:
    """True for a present tense with no auxiliary ("meets") or a present passive ("the vote is held")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in _PRESENT_TAGS:
        return not auxes
    return verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ in _PRESENT_TAGS


def _ends_as_running_text(token) -> bool:
    """True when ``token``'s sentence ends with a full stop, "!" or "?" (quotes aside): running text, no headline."""
    last = next((t for t in reversed(token.sent) if not t.is_space and t.text not in ('"', "”", "'", "’")), None)
    return last is not None and last.text in _SENTENCE_ENDS


_SCHEDULE_WORDS = frozenset({"due", "set", "scheduled", "poised"})


def _headline_schedule(verb):
    """The word of arrangement right before the "to" of the infinitive ``verb`` where the parser hangs the infinitive
    elsewhere than on it, as in a lower-case headline ("port workers set to end strike at dawn": "set" an adjective of
    "workers", "end" a clause of its own), else None."""
    if verb.tag_ != "VB" or verb.dep_ == "xcomp":
        return None
    to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to" and c.i < verb.i), None)
    if to is None or to.i == verb.sent.start:
        return None
    before = verb.doc[to.i - 1]
    return before if before.lower_ in _SCHEDULE_WORDS and before.head.i != verb.i else None


def _speculative_adverb(trigger, C: ModalityCues) -> bool:
    """A speculative adverb ("probably", "possibly") on the trigger, or on the verb whose object or passive subject it
    is ("the silos were probably set on fire")."""
    verbs = [trigger, trigger.head] if trigger.dep_ in ("dobj", "nsubjpass") else [trigger]
    return any(c.lower_ in C.hypothetical_verbs and c.dep_ == "advmod" for v in verbs for c in v.children)


_CLAUSES = frozenset({"acl", "relcl", "xcomp", "ccomp", "advcl", "csubj", "parataxis"})


def _own_words(trigger):
    """The words of ``trigger``'s own clause: its subtree without the clauses under it ("pressuring lecturers to
    cancel the strike scheduled for next Thursday": "next" dates the strike, not the pressure)."""
    stack, out = [trigger], []
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in _CLAUSES)
    return out


def _compound_head(trigger):
    """The noun that the noun ``trigger`` modifies in a compound ("[ceasefire] talks set to resume": "talks"): the
    compound is one phrase, its modality the head's; else ``trigger``."""
    if trigger.dep_ == "compound" and trigger.pos_ in ("NOUN", "PROPN") and trigger.head.pos_ == "NOUN":
        return trigger.head
    return trigger


def _counted_act(noun, C: ModalityCues):
    """The act that ``noun`` counts when it is a counting noun ("a new round of talks": "talks"), else ``noun``."""
    if noun.lower_ not in C.counter_nouns:
        return noun
    return next((g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                 if g.dep_ == "pobj"), noun)


def _counted(trigger, C: ModalityCues):
    """The noun that counts the event noun ``trigger`` and stands for it in the clause ("a new round of talks":
    "round"; ``future.counter_nouns``), else ``trigger``."""
    if trigger.dep_ == "pobj" and trigger.head.lower_ == "of" and trigger.head.head.lower_ in C.counter_nouns:
        return trigger.head.head
    return trigger


def _arranged_headline(noun, C: ModalityCues):
    """The predicate of arrangement that a headline hangs on its event noun as a participle ("ceasefire talks [set] to
    resume in cairo on sunday", "peace summit [due] to open"; ``future.schedule_predicates`` with an infinitive), else
    None."""
    if noun.pos_ != "NOUN":
        return None
    return next((c for c in noun.children if c.dep_ in ("acl", "amod") and c.lower_ in C.schedule_predicates
                 and any(g.dep_ == "xcomp" for g in c.children)), None)


def _subject_modality(trigger, C: ModalityCues) -> tuple[str, str] | None:
    """(planned, cue) for an event named as the subject of a predicate of imminence ("a military operation is
    near") or of arrangement ("talks are scheduled to resume", "talks are due to be held")."""
    head = trigger.head
    if any(c.dep_ == "acomp" and c.lower_ in C.imminent_predicates for c in head.children):
        return "planned", "imminent"
    if trigger.pos_ != "NOUN":
        return None
    if head.lower_ in C.schedule_predicates:
        return "planned", head.text
    arranged = next((c for c in head.children if c.dep_ in ("acomp", "xcomp") and c.lower_ in C.schedule_predicates
                     and any(g.dep_ == "xcomp" for g in c.children)), None)
    return ("planned", arranged.text) if arranged is not None else None


def classify(sent, trigger=None) -> ModalityResult:
    """The modality of the event whose trigger is ``trigger`` (default: the sentence's main event).

    In order: negation (:func:`_negation`: on the trigger or a verb above it, negative quantifiers,
    "yet to", verbs of refusal and denial, double negation), conditionals, hedges, future and modal
    auxiliaries and verbs of planning along the chain of governing verbs, then the trigger's own words."""
    if trigger is None:
        trigger = main_event_token(sent)
    if trigger is not None:  # "a second round of talks": the counting noun stands for the act in its clause
        trigger = _counted(_compound_head(trigger), modality_cues())
    reported, report_cue = reported_speech(sent, trigger)
    if trigger is None:
        return ModalityResult("occurred", reported, report_cue)
    chain = _clause_chain(trigger, sent)
    C = modality_cues()
    if _prior_time_clause(trigger) or _inquiry_topic(trigger, C):
        # "…, after Washington criticised the ruling", "the probe of the bombing was never held": told as
        # done, whatever the clause above says
        chain = chain[:1]
    polarity = _negation(trigger, chain)
    # Conditionals: an if-clause on the trigger's clause or on a verb above it ("if X attacks, Y will respond");
    # one on a reporting verb belongs to what is reported ("warned of a catastrophe if the attack goes ahead").
    mark = _conditional_on(chain, C)
    if polarity is not None and (polarity[0] != "negated" or not _conditional_negation(polarity[1], mark, chain, C)):
        return ModalityResult(polarity[0], reported, polarity[1])
    if mark:
        return ModalityResult("hypothetical", reported, mark)
    hedge = _hedge(trigger, chain)
    if hedge:
        return ModalityResult("hypothetical", reported, hedge)
    for depth, tok in enumerate([t for k, t in enumerate(chain) if k == 0 or not _predicate_phrase(t)][:3]):
        found = _auxiliary_modality(tok, depth, trigger, sent, reported)
        if found:
            return ModalityResult(found[0], reported, found[1])
        if tok.dep_ == "ccomp":
            break
    found = _trigger_modality(trigger)
    if found:
        return ModalityResult(found[0], reported, found[1])
    return ModalityResult("occurred", reported, report_cue if reported else None)


_PRIOR_MARKS = frozenset({"after", "since"})


def _inquiry_topic(trigger, C: ModalityCues) -> bool:
    """``trigger`` (or the first of its conjuncts) is the act that a noun of looking into names with its "into", "of" or
    "over" ("an investigation into the bombing", "a probe of the shelling"; ``frame.inquiry_nouns``), or the object of a
    verb of accounting for or looking into it ("has yet to explain the arrests"; ``frame.presupposing_verbs``): an act
    told as done, whatever is said of the inquiry."""
    tok = trigger
    for _ in range(4):
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            break
        tok = tok.head
    head = tok.head
    if tok.dep_ == "dobj" and tok.pos_ == "NOUN":  # "has yet to explain the arrests" (``frame.presupposing_verbs``)
        return head.pos_ == "VERB" and head.lower_ in C.presupposing_verbs
    return (tok.dep_ == "pobj" and tok.pos_ == "NOUN" and head.dep_ == "prep" and head.lower_ in C.inquiry_preps
            and head.head.lower_ in C.inquiry_nouns and head.head.pos_ == "NOUN")


def _prior_time_clause(verb) -> bool:
    """``verb`` heads a clause of time in the simple past, opened by "after" or "since" and set off by a comma after
    the clause it hangs on ("Beijing said it would not tolerate interference, after Washington criticised the
    ruling"): a happening told as done before, out of reach of that clause's modal, negation or condition. Without
    the comma the clause may sit inside the modal's scope ("would resign after the budget passed")."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBD" or verb.head.i > verb.i:
        return False
    if not any(c.dep_ == "mark" and c.lower_ in _PRIOR_MARKS for c in verb.children):
        return False
    if any(c.dep_ == "aux" for c in verb.children):
        return False
    edge = verb.left_edge
    return edge.i > verb.sent.start and verb.doc[edge.i - 1].text == ","


def main_event_token(sent):
    """The token that carries a sentence's main event: the root verb, looking through reporting
    and planning verbs to their complement ("officials said the envoy will visit" → "visit")."""
    C = modality_cues()
    token = _through_reports(_sequel_of(_clause_root(_headline_act(sent.root)), C), C)
    token = _intended_act(_open_question(token, C), C)
    # Frames of holding back: the event is what follows ("refrained from criticising").
    if abstain_frame(token, C):
        comp = [t for t in token.subtree if t.dep_ == "pcomp" and t.pos_ == "VERB" and t.i > token.i]
        token = comp[0] if comp else token
    token = _lapse_act(_copular_frame(token, C), C)
    # Light and planning verbs: the event is their complement ("plan to visit", "agreed to hold").
    for _ in range(2):
        xcomp = [c for c in token.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")] or ruled_out_gerund(token, C)
        if xcomp and (token.lower_ in C.plan_verbs | C.negating_verbs | C.hypothetical_verbs | {"going", "try", "tried", "tries"}
                      or _polarity_frame(token, C)):
            token = xcomp[0]
        else:
            break
    return withheld_permission(token, C)


def withheld_permission(token, C: ModalityCues | None = None):
    """The act a refused permission names (``frame.permission_verbs``: "refused to permit observers to monitor the
    count", "declined to allow the tanker to dock": "monitor", "dock"; the refusal is an event of its own), else
    ``token``."""
    C = C or modality_cues()
    if token.lower_ not in C.permission_verbs or token.pos_ != "VERB":
        return token
    if token.dep_ != "xcomp" or not negates_complement(token.head, C):
        return token  # "has not permitted reporters to visit the camps": the permitting, negated, is the event
    return next((c for c in token.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB" and c.i > token.i),
                token)


_WH_WORDS = frozenset({"who", "which", "that", "what", "whom", "whose"})


def _copular_frame(token, C: ModalityCues):
    """The word of a copula that carries its act: the infinitive of a scheduled "be to" ("the allies are to meet":
    "meet"; not a purpose, with a modal or a subject of ``frame.purpose_nouns``: "its role was to counter X"), or an
    adjective of planning or likelihood with an infinitive of its own ("is due to hold", "are likely to resume": "due",
    "likely", whose complement :func:`main_event_token` then takes); else ``token``."""
    if token.pos_ != "AUX" or token.lemma_ != "be":
        return token
    purpose = any(c.dep_ == "aux" or (c.dep_ == "nsubj" and c.lower_ in C.purpose_nouns) for c in token.children)
    for child in token.children:
        if child.dep_ == "xcomp" and child.pos_ == "VERB" and not purpose:
            return child
        if child.dep_ == "acomp" and child.lower_ in C.plan_verbs | C.hypothetical_verbs \
                and any(g.dep_ == "xcomp" and g.pos_ in ("VERB", "AUX") for g in child.children):
            return child
    return token


def closing_without(token):
    """The act that a gathering closed without doing ("the council ended its session without voting on the bill":
    "voting"; ``negation.closing_verbs`` with "without" and a verb), else None. The gathering itself took place, so the
    act is an event beside it, not the sentence's main event."""
    if token.lower_ not in modality_cues().closing_verbs:
        return None
    return next((g for p in token.children if p.dep_ == "prep" and p.lower_ == "without" for g in p.children
                 if g.dep_ == "pcomp" and g.pos_ == "VERB"), None)


def _lapse_act(token, C: ModalityCues):
    """The act that a verb of time going by says did not take place ("have gone ten days without shelling the town",
    "a month passed without an attack": "shelling", "attack"; ``negation.lapse_verbs`` with "without"), else
    ``token``."""
    if token.lower_ not in C.lapse_verbs:
        return token
    return next((g for p in token.children if p.dep_ == "prep" and p.lower_ == "without" for g in p.children
                 if (g.dep_ == "pcomp" and g.pos_ == "VERB") or (g.dep_ == "pobj" and g.pos_ == "NOUN")), token)


def _sequel_of(token, C: ModalityCues):
    """The clause that a sentence of sequence reports ("The move came after Ostland said it would expel the envoy":
    "said"; ``frame.sequel_verbs`` with a subject of ``frame.sequel_nouns`` and a clause opened by "after", "as" or
    "when"), else ``token``: the sentence's news is in that clause, not in the move's coming."""
    if token.lower_ not in C.sequel_verbs or not any(c.dep_ == "nsubj" and c.lower_ in C.sequel_nouns
                                                     for c in token.children):
        return token
    return next((c for c in token.children if c.dep_ == "advcl" and c.pos_ in ("VERB", "AUX")
                 and any(m.dep_ == "mark" and m.lower_ in ("after", "as", "when") for m in c.children)), token)


_SUBORDINATORS = frozenset({"as", "while", "whilst", "because", "although", "though", "whereas", "when", "since"})


def _clause_root(root):
    """The verb of the sentence's clause when the parser made a heading its root ("Lucknow: The state government
    will sign …" parsed with "sign" under "Lucknow"): a verb under a noun root with a subject of its own (not a
    relative pronoun), or the clause set before a root that carries a subordinator; else ``root``."""
    acts = [v for p in root.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
            for v in o.children if _quantifier_of(v, modality_cues()) is not None]
    if acts:  # "None of the three laid out a plan", parsed with "None" as the root
        return acts[0]
    if root.pos_ in ("VERB", "AUX") and any(c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in root.children):
        # a clause of circumstance the parser made the root, with the sentence's own clause as its complement before
        # it ("X has not signed the accord, a diplomat conceded, [as] mediators hope to …" parsed with "hope" as
        # the root): the earlier clause
        return next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i and c.pos_ in ("VERB", "AUX")),
                    root)
    return _clause_under_heading(_listed_name_root(root))


def _listed_name_root(root):
    """The verb of a lower-case headline whose second listed name the parser took for its verb ("norvia, kelize refuse
    to extend …" parsed with "kelize" as the root, "refuse" its complement): a verb root right after a comma that
    follows its subject, with nothing of its own but that subject and the complement right after it; else ``root``."""
    doc = root.doc
    if root.pos_ != "VERB" or root.i < 2 or root.i + 1 >= root.sent.end or doc[root.i - 1].text != ",":
        return root
    after = doc[root.i + 1]
    if after.head.i != root.i or after.dep_ != "ccomp" or not any(c.dep_ == "xcomp" for c in after.children):
        return root
    deps = {c.dep_ for c in root.children if c.i not in (after.i, root.i - 1)}
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return after if deps == {"nsubj"} and subject.i < root.i - 1 and subject.pos_ in ("PROPN", "NOUN") else root


def _clause_under_heading(root):
    """A verb with a subject of its own (not a relative pronoun) under a noun root, else ``root``."""
    if root.pos_ not in ("NOUN", "PROPN"):
        return root
    for child in root.children:
        if child.dep_ in ("acl", "appos", "parataxis", "dep") and child.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _WH_WORDS for c in child.children):
            return child
    return root


def _open_question(token, C: ModalityCues):
    """The act of an open question ("it is not clear whether the US will intervene": "intervene"): the clause
    opened by "if" or "whether" under a copula whose predicate is one of ``hedge.uncertain_predicates``;
    else ``token``."""
    if not any(c.dep_ == "acomp" and c.lower_ in C.uncertain_predicates for c in token.children):
        return token
    for child in token.children:
        if child.dep_ in ("ccomp", "advcl", "csubj") and any(c.dep_ == "mark" and c.lower_ in ("if", "whether")
                                                             for c in child.children):
            return child
    return token


def _intended_act(token, C: ModalityCues):
    """The act a decision or plan held by ``token`` names ("has not made any decision to launch attacks": "launch";
    ``frame.intention_nouns`` as the object of ``frame.intention_verbs``), else ``token``."""
    # also a headline's reporting verb over the plan ("PM says no plans to send troops"), and a verb that stops the
    # plan ("has shelved plans to build a base": "build", negated)
    stopped = token.lower_ in C.stopping_verbs and negates_complement(token, C)
    if token.lower_ not in C.intention_verbs and token.lower_ not in C.reporting_verbs and not stopped:
        return token
    for obj in token.children:
        if obj.dep_ == "dobj" and obj.lower_ in C.intention_nouns:
            act = next((c for c in obj.children if c.dep_ in ("acl", "xcomp") and c.pos_ == "VERB"
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
            if act is not None:
                return act
    return token


def reported_act(trigger, C: ModalityCues | None = None):
    """The token whose modality an event on ``trigger`` carries: the act an adjective of readiness is ready for ("is
    willing to withdraw if asked": the withdrawal, hypothetical; ``frame.disposition_words``), the act that a negated
    verb of ruling out leaves open ("would not rule out an evacuation": hypothetical), else ``trigger``."""
    C = C or modality_cues()
    if cancels_negation(trigger, C) and _has_neg(trigger):  # "would not rule out an evacuation": the evacuation's
        return next((c for c in trigger.children if c.dep_ in ("dobj", "xcomp", "ccomp") or (c.dep_ == "nsubjpass"
                                                                                  and c.pos_ == "NOUN")), trigger)
    if trigger.lower_ not in C.disposition_words:
        return trigger
    return next((c for c in trigger.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")), trigger)


def _through_reports(token, C: ModalityCues):
    """What the reporting or relaying verb ``token`` reports (its complement, or the clause it is set beside:
    "…, the ministry said"), through up to three such verbs; ``token`` itself when it reports nothing."""
    for _ in range(3):
        if token.lower_ in C.reporting_verbs or token.lower_ in C.relay_verbs or token.lower_ in ("according",):
            comp = [c for c in token.children if c.dep_ in ("ccomp", "xcomp")]
            if comp:
                token = comp[0]
                continue
            others = [c for c in token.children if c.dep_ in ("parataxis",) and c.pos_ in ("VERB", "AUX")]
            if others:
                token = others[0]
                continue
        break
    return token


def _polarity_frame(token, C: ModalityCues) -> bool:
    """``token`` only sets the polarity of its complement: "has yet to pay" (the event is "pay"),
    "did not rule out sending" (the event is "sending", not negated)."""
    if token.lower_ in C.yet_heads and any(c.lower_ == "yet" for c in token.children):
        return True
    if token.lower_ in C.hesitation_verbs and _has_neg(token):
        return True  # "would not hesitate to strike": the event is the strike
    return cancels_negation(token, C)


def framed_acts(frame, C: ModalityCues | None = None) -> list:
    """Words naming acts that a verb ``frame`` frames, for an event of their own: the object of a verb that weighs,
    prepares or threatens it (``frame.object_frames``: "is considering sanctions"), the object
    of a negated verb that cancels a negation, as its complement or conjoined with it ("refused to rule out talks",
    "spoke with X and did not rule out further talks": the talks, hypothetical), the act of a denied plan ("denied
    any plan to invade") and the act a denied taking part is in ("denied that it was involved in the attack": the
    attack, as it happened; ``negation.involvement_nouns``), and the subject of a headline's stopping participle
    ("Ministers' visit scrapped": see :func:`headline_passive`)."""
    C = C or modality_cues()
    return [act for verb in frame.children for act in _acts_framed_by(frame, verb, C)]


def _acts_framed_by(frame, verb, C: ModalityCues) -> list:
    """The acts one child ``verb`` of ``frame`` names for :func:`framed_acts`."""
    if verb.dep_ in ("xcomp", "conj") and cancels_negation(verb, C) and (
            _has_neg(verb) or (verb.dep_ == "xcomp" and negates_complement(frame, C))):
        return [c for c in verb.children if c.dep_ == "dobj"]
    if frame.lower_ in C.denial_verbs:  # "denied any plan to invade", "denied it was involved in the attack"
        return _denied_acts(frame, verb, C)
    if verb.dep_ == "dobj" and frame.lower_ in C.object_frames:
        # "is considering sanctions", "threatened sanctions", "is preparing new sanctions"; "is debating a measure
        # that would ban rallies"
        return [verb] + [c for c in verb.children if proposed_act(c, C)]
    if _headline_stopped(frame, verb, C):
        return [verb]  # a headline's "Summit postponed after storm": the summit, as "the summit was postponed"
    if verb.dep_ == "prep" and verb.lower_ == "to" and frame.lower_ in C.commit_verbs:
        # "agreed to a new round of talks": the talks the round counts, planned
        return [_counted_act(o, C) for o in verb.children if o.dep_ == "pobj"]
    return []


def _headline_stopped(frame, verb, C: ModalityCues) -> bool:
    """``verb`` is the subject of a headline's stopping participle ``frame`` (see :func:`headline_passive`)."""
    return headline_passive(verb, frame) and frame.lower_ in C.stopping_verbs and negates_complement(frame, C)


def _denied_acts(frame, verb, C: ModalityCues) -> list:
    """The acts under ``verb``, a dependent of the verb of denial ``frame``, that get an event of their own: the act of
    a denied plan or intention ("denied any plan to invade", "denied having any intention to attack": negated) and
    the act of a denied taking part ("denied that it was involved in the attack": as it happened)."""
    if verb.dep_ in ("dobj", "xcomp"):
        nouns = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
        return [c for n in nouns if getattr(_intention_holder(n, C), "i", None) == frame.i for c in n.children
                if c.dep_ == "acl" and _denied_intention(c, C)]
    holder = _involvement_word(verb, C) if verb.dep_ == "ccomp" else None
    if holder is not None:
        return [g for p in holder.children if p.dep_ == "prep" and p.lower_ in ("in", "for")
                for g in p.children if g.dep_ in ("pobj", "pcomp")]
    return []


def _involvement_word(verb, C: ModalityCues):
    """The word of taking part that the clause ``verb`` states: the verb itself ("was involved in the attack") or its
    predicate ("was responsible for the attack"; ``negation.involvement_nouns``), else None."""
    if verb.lower_ in C.involvement_nouns:
        return verb
    return next((c for c in verb.children if c.dep_ in ("acomp", "attr") and c.lower_ in C.involvement_nouns), None)


def ruled_out_gerund(token, C: ModalityCues | None = None) -> list:
    """The gerund right after the particle of a verb of ruling out that the parser hung as an adverbial clause ("has not
    ruled out [sending] warships"): the act left open; else []. One further on is a clause of its own ("ruled it out,
    saying …")."""
    if not cancels_negation(token, C) or token.lower_ not in (C or modality_cues()).double_negation_particle_verbs:
        return []
    prt = next((c for c in token.children if c.dep_ == "prt"), None)
    return [c for c in token.children if prt is not None and c.dep_ == "advcl" and c.tag_ == "VBG" and c.i == prt.i + 1]


def cancels_negation(token, C: ModalityCues | None = None) -> bool:
    """``token`` is a verb that, negated, cancels the negation of what it frames ("did not rule out talks",
    "did not exclude sending troops"): ``negation.double_negation_verbs``, those of
    ``double_negation_particle_verbs`` only with their particle."""
    C = C or modality_cues()
    if token.lower_ not in C.double_negation_verbs:
        return False
    return token.lower_ not in C.double_negation_particle_verbs or any(c.dep_ == "prt" for c in token.children)
