"""Modality of an event mention: occurred, planned, hypothetical or negated, and reported speech.

Works on the dependency parse around the event's trigger token: its auxiliaries,
negation, the verbs that govern it (``plan to``, ``refused to``, ``said that``) and
conditional clauses. Word forms are listed inflected because the pipeline runs without
spaCy's lemmatizer.
"""

from __future__ import annotations

from dataclasses import dataclass

NEGATORS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})  # spaCy splits "won't" into "wo" + "n't"
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "should", "would", "'d", "can", "must"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest", "provided"})
# Verbs whose complement is an intended, not yet realised, act.
PLAN_VERBS = frozenset("""plan plans planned planning intend intends intended intending aim aims aimed aiming
expect expects expected expecting schedule scheduled scheduling prepare prepares prepared preparing
promise promises promised promising pledge pledges pledged pledging vow vows vowed vowing agree agrees
agreed agreeing offer offers offered offering decide decides decided deciding set going hope hopes hoped
seek seeks sought seeking want wants wanted wish wishes wished propose proposes proposed proposing
commit commits committed due ready willing threaten threatens threatened threatening
announce announces announced announcing""".split())
# Verbs and adjectives whose complement did not happen.
NEGATING_VERBS = frozenset("""fail fails failed failing refuse refuses refused refusing decline declines declined
declining deny denies denied denying reject rejects rejected rejecting cancel cancels cancelled canceled
avoid avoids avoided halt halted call called postpone postponed postpones abandon abandoned unable""".split())
HYPOTHETICAL_VERBS = frozenset("""consider considers considered considering mull mulls mulled weigh weighs weighed
weighing discuss discussed possible possibly likely unlikely perhaps maybe""".split())
FUTURE_NOUN_MODS = frozenset({"planned", "proposed", "upcoming", "scheduled", "forthcoming", "expected", "future", "next",
                              "possible", "potential"})
REPORTING_VERBS = frozenset("""say says said saying tell tells told telling announce announces announced announcing
state states stated claim claims claimed claiming report reports reported add adds added note notes noted
insist insists insisted confirm confirms confirmed deny denies denied quote quoted declare declares declared
assert asserts asserted allege alleges alleged suggest suggests suggested write wrote writes explain explained
maintain maintained argue argued acknowledge acknowledged admit admitted warn warned""".split())
FUTURE_TIME = frozenset({"tomorrow", "next", "later", "soon", "upcoming", "coming"})
# Verbs that pass on someone's message without being the event ("reaffirmed that …", "sources indicate that …"):
# the event is their complement, as with reporting verbs.
RELAY_VERBS = frozenset("""reaffirm reaffirms reaffirmed reiterate reiterates reiterated stress stresses stressed
emphasise emphasised emphasize emphasized underline underlined indicate indicates indicated signal signalled signaled
believe believes believed think thinks thought suspect suspects suspected fear fears feared""".split())
# Verbs of belief: what they introduce is an opinion about an event, not a report that it happened.
BELIEF_VERBS = frozenset("""believe believes believed think thinks thought suspect suspects suspected fear fears feared
speculate speculates speculated predict predicts predicted estimate estimates estimated assume assumes assumed
guess guessed doubt doubts doubted""".split())
# "X is believed/said/thought to have …": a hedged claim whose source stays unnamed.
HEDGED_RAISING = frozenset("""believed thought said reported alleged rumoured rumored understood suspected presumed
likely unlikely""".split())
# Predicates that forecast something about an event named as their subject ("the visit is expected to focus on …").
FORECAST_PREDICATES = frozenset({"expected", "likely", "unlikely", "believed", "thought", "predicted", "tipped"})


@dataclass(frozen=True)
class ModalityResult:
    modality: str  # occurred | planned | hypothetical | negated
    reported_speech: bool
    cue: str | None = None


def _lower(token) -> str:
    return token.lower_


def _has_neg(token) -> str | None:
    for child in token.children:
        if child.dep_ == "neg" or (child.lower_ in NEGATORS and child.dep_ in ("neg", "det", "advmod", "preconj")):
            return child.text
    return None


def _aux_words(token) -> list[str]:
    return [c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")]


def _conditional(token) -> str | None:
    """A conditional subordinator on the token's own clause or on a clause it heads."""
    for child in token.children:
        if child.dep_ == "mark" and child.lower_ in CONDITIONAL_MARKS:
            return child.text
    return None


def _conditional_clause(token) -> str | None:
    """A conditional adverbial clause attached to ``token`` ("[if the supplies stop], industry will …")."""
    for child in token.children:
        if child.dep_ == "advcl":
            mark = _conditional(child)
            if mark:
                return mark
    return None


def _hedge(trigger, chain) -> str | None:
    """A speculation cue around the trigger: a belief verb above it, a hedged raising verb
    ("is believed to have"), or a forecast about an event noun ("the visit is expected to …")."""
    for depth, tok in enumerate(chain[1:4], start=1):
        prev = chain[depth - 1]
        if tok.lower_ in BELIEF_VERBS and prev.dep_ in ("ccomp", "xcomp"):
            return tok.text
        if tok.lower_ in HEDGED_RAISING and prev.dep_ == "xcomp" and any(
                c.dep_ in ("auxpass", "cop", "aux") for c in tok.children):
            # "is said to visit" hedges; "said he would visit" is reporting, handled elsewhere.
            if tok.tag_ in ("VBN", "JJ"):
                return tok.text
        if tok.dep_ == "ccomp":
            break
    # An event noun that is the subject of a forecast: the forecast is about what the event will be.
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("nsubj", "nsubjpass"):
        head = trigger.head
        if head.lower_ in FORECAST_PREDICATES or any(c.lower_ in FORECAST_PREDICATES and c.dep_ in ("acomp", "xcomp")
                                                     for c in head.children):
            return head.text
        if any(a in HYPOTHETICAL_AUX for a in _aux_words(head)):
            return next(a for a in _aux_words(head) if a in HYPOTHETICAL_AUX)
    return None


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
    text = sent.text.lower()
    if "according to" in text:
        return True, "according to"
    for tok in sent:
        if tok.lower_ in REPORTING_VERBS and tok.pos_ in ("VERB", "AUX") and (trigger is None or tok.i != trigger.i):
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) or tok.dep_ in ("parataxis", "ccomp", "advcl"):
                return True, tok.text
    stripped = sent.text.strip()
    if stripped[:1] in "\"“" or stripped.count("\"") >= 2 or ("“" in stripped and "”" in stripped):
        return True, "quote"
    return False, None


def classify(sent, trigger=None) -> ModalityResult:
    """The modality of the event whose trigger is ``trigger`` (default: the sentence's main event)."""
    if trigger is None:
        trigger = main_event_token(sent)
    reported, report_cue = reported_speech(sent, trigger)
    if trigger is None:
        return ModalityResult("occurred", reported, report_cue)
    chain = _clause_chain(trigger, sent)
    # Negation directly on the trigger, or on a verb that governs it ("did not agree to meet").
    for depth, tok in enumerate(chain):
        neg = _has_neg(tok)
        if neg:
            return ModalityResult("negated", reported, neg)
        if depth > 0 and tok.lower_ in NEGATING_VERBS and trigger.dep_ in ("xcomp", "ccomp", "dobj", "pobj", "conj"):
            return ModalityResult("negated", reported, tok.text)
        if tok.dep_ in ("ccomp",) and depth > 0:
            break
    # A determiner "no" on a noun trigger ("no talks were held").
    if trigger.pos_ in ("NOUN", "PROPN") and any(c.lower_ == "no" for c in trigger.children):
        return ModalityResult("negated", reported, "no")
    for arg in trigger.children:
        if arg.dep_ in ("nsubj", "nsubjpass", "dobj") and any(c.lower_ == "no" and c.dep_ == "det" for c in arg.children):
            return ModalityResult("negated", reported, "no")
    # Conditionals: an if-clause on the trigger's clause or on a verb above it ("if X attacks, Y will respond").
    for tok in chain[:3]:
        mark = _conditional(tok) or _conditional_clause(tok)
        if mark:
            return ModalityResult("hypothetical", reported, mark)
    hedge = _hedge(trigger, chain)
    if hedge:
        return ModalityResult("hypothetical", reported, hedge)
    for depth, tok in enumerate(chain[:3]):
        auxes = _aux_words(tok)
        if any(a in FUTURE_AUX for a in auxes):
            return ModalityResult("planned", reported, next(a for a in auxes if a in FUTURE_AUX))
        hypo = [a for a in auxes if a in HYPOTHETICAL_AUX]
        if hypo:
            # "said they would boycott": future in the past, i.e. an announced plan.
            if hypo[0] in ("would", "'d") and reported and not any(_conditional(t) for t in sent if t.dep_ == "advcl"):
                return ModalityResult("planned", reported, hypo[0])
            return ModalityResult("hypothetical", reported, hypo[0])
        if tok.lower_ in HYPOTHETICAL_VERBS and depth > 0:
            return ModalityResult("hypothetical", reported, tok.text)
        if depth > 0 and tok.lower_ in PLAN_VERBS and trigger.dep_ in ("xcomp", "ccomp", "dobj", "acomp", "pobj"):
            return ModalityResult("planned", reported, tok.text)
        if tok.lower_ == "going" and any(c.dep_ == "xcomp" for c in tok.children):
            return ModalityResult("planned", reported, "going to")
        if tok.dep_ == "ccomp":
            break
    if any(c.lower_ in HYPOTHETICAL_VERBS and c.dep_ == "advmod" for c in trigger.children):
        return ModalityResult("hypothetical", reported, "adverb")
    # "is to visit", "are due to meet", "set to sign".
    head = trigger.head
    if trigger.dep_ == "xcomp" and head.lower_ in ("is", "are", "was", "were", "be", "set", "due", "expected", "scheduled"):
        return ModalityResult("planned", reported, head.text)
    if trigger.pos_ == "NOUN" and any(c.lower_ in FUTURE_NOUN_MODS for c in trigger.children):
        return ModalityResult("planned", reported, next(c.text for c in trigger.children if c.lower_ in FUTURE_NOUN_MODS))
    # Future time expressions attached to the trigger with a present-tense verb ("meet next week").
    if trigger.tag_ in ("VB", "VBP", "VBZ", "VBG") and any(t.lower_ in FUTURE_TIME for t in trigger.subtree):
        return ModalityResult("planned", reported, "future time")
    return ModalityResult("occurred", reported, report_cue if reported else None)


def main_event_token(sent):
    """The token that carries a sentence's main event: the root verb, looking through reporting
    and planning verbs to their complement ("officials said the envoy will visit" → "visit")."""
    root = sent.root
    token = root
    for _ in range(3):
        if token.lower_ in REPORTING_VERBS or token.lower_ in RELAY_VERBS or token.lower_ in ("according",):
            comp = [c for c in token.children if c.dep_ in ("ccomp", "xcomp")]
            if comp:
                token = comp[0]
                continue
            # Reporting clause at the end ("..., the ministry said"): the event is the parataxis/ccomp head.
            others = [c for c in token.children if c.dep_ in ("parataxis",) and c.pos_ in ("VERB", "AUX")]
            if others:
                token = others[0]
                continue
        break
    # Light and planning verbs: the event is their complement ("plan to visit", "agreed to hold").
    for _ in range(2):
        xcomp = [c for c in token.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
        if token.lower_ in PLAN_VERBS | NEGATING_VERBS | HYPOTHETICAL_VERBS | {"going", "try", "tried", "tries"} and xcomp:
            token = xcomp[0]
        else:
            break
    return token
