"""Triggers and statuses of support commitments, read from spaCy's parse.

A *trigger* is a support verb (pledge, provide, approve, deliver, cancel …; the list is in
``nlp/data/commitments.toml``) that governs a money expression. Its clause gives the status:

- ``pledged``: promised, announced, offered with a decision ("will send", "pledged");
- ``allocated``: earmarked, approved, signed, voted;
- ``delivered``: handed over, shipped, disbursed, arrived (fully or partially: a partial delivery
  keeps the package's own status and says "partial delivery" in the reasons, as its amount is unknown);
- ``cancelled``: cancelled, suspended, withdrawn, frozen;
- ``refused``: refused, declined, ruled out, or a negated trigger ("will not send") — a negation
  applies only inside its own clause ("did not announce …, but delivered …": the delivery stands);
- ``conditional``: hedged or speculative ("could provide", "is considering", "reportedly"), or under
  a stated condition.

All functions take spaCy ``Token``/``Span`` objects and the compiled :class:`CommitmentLexicon`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from .commitment_lexicon import CommitmentLexicon
from .commitment_participles import gives_by_participle, hyphen_giver
from .commitment_shares import item_share

__all__ = ["Trigger", "find_triggers", "gives_support", "governing", "main_trigger", "not_own_commitment", "status_of",
           "reference_of", "speculation_cue", "partial_delivery", "noun_giver", "TRAINING_NOUNS", "giver_clause",
           "each_modifier"]

_CONDITION_RE = re.compile(
    r"\b(if|unless|provided that|on condition|conditional on|subject to|depends on|depend on|dependent on|"
    r"contingent on|once(?!\s+(?:again|more|before|upon))|only if|as long as|so long as|pending|"
    r"in (?:the )?case of (?:an? )?(?:\w+ ){0,2}(?:attacks?|threats?|aggression|war|emergency|invasion|escalation)|"
    # "must first disarm before it can receive aid", "must reach an agreement before assistance is released"
    r"must first|before (?:\w+ ){0,4}(?:can|could) (?:be )?\w+|before (?:\w+ ){0,5}(?:is|are) (?:released|disbursed|"
    r"paid|delivered|provided|resumed|unblocked|unfrozen))\b", re.IGNORECASE)
# "earlier" that dates the report itself ("earlier on Monday", "earlier this week") points back to nothing.
_NOT_BACK = r"(?!\s+(?:on\s+)?(?:today|tonight|this|that|in the day|monday|tuesday|wednesday|thursday|friday|" \
            r"saturday|sunday)\b)"
_REFERENCE_RE = re.compile(
    r"\b(previously|already|earlier" + _NOT_BACK + r"|first announced|as announced|repeating|reiterat\w*|"
    r"part of the|(?:it|they|he|she) had (?:promised|pledged|announced))", re.IGNORECASE)
# "the package announced in March", "the aid it pledged last year": a participle or relative clause that dates an
# earlier commitment; the sentence's own verb ("Norland announced on Monday …") is the news, not a reference.
_DATED_BACK_RE = re.compile(r"\b(?:announced|pledged|promised|agreed|approved|made|committed) (?:in|on|last|at|earlier"
                            + _NOT_BACK + r")\b", re.IGNORECASE)
_OWN_VERB_DEPS = frozenset(("ROOT", "ccomp", "conj", "xcomp", "parataxis"))
_SPECULATION_RE = re.compile(
    r"\b(reportedly|allegedly|rumou?red|(?:is|are|was|were) (?:said|believed|thought|understood|expected) to|"
    r"(?:according to|citing|told)\s+(?:\w+\s+){0,2}sources|sources?\s+(?:\w+\s+){0,3}(?:say|says|said|told|suggest\w*|"
    r"indicat\w*|claim\w*)|unnamed|anonymous(?:ly)?|on condition of anonymity|not (?:to be|authori[sz]ed to be) named|"
    r"people (?:familiar|close) (?:with|to)|speculat\w*|"
    # analysts and experts as the source of a report ("analysts say"), not as what is sent ("a team of medical experts")
    r"(?:according to|citing|told)\s+(?:\w+\s+){0,2}(?:analysts?|experts?|observers)|"
    r"(?:analysts?|experts?|observers)\s+(?:\w+\s+){0,2}(?:say|says|said|believe\w*|think|thinks|expect\w*|suggest\w*|"
    r"predict\w*|warn\w*|estimat\w*))\b", re.IGNORECASE)
_SPECULATIVE_MODALS = frozenset(("may", "might", "could"))
_SPECULATIVE_CLAIMANTS = frozenset(("anonymous", "analysts"))
_NOT_YET_RE = re.compile(r"\b(has|have|had) not (yet )?been (delivered|sent|disbursed|paid)\b|"
                         # "not one of the 40 trucks it promised has arrived": nothing of the promise delivered
                         r"\b(?:not one|not a single one|none) of\b[^.;]{0,80}?\b(?:has|have|had)\s+(?:yet\s+)?"
                         r"(?:arrived|reached|been (?:delivered|sent|disbursed|paid|shipped|handed over))\b|"
                         # the receiver's side: "has received none of the $30m X promised", "has yet to receive any"
                         r"\b(?:received|got|seen)\s+(?:none|nothing|not a (?:cent|penny|single \w+))\b|"
                         r"\b(?:has|have|had)\s+(?:not|yet to)\s+(?:received|receive)\s+(?:any|a (?:cent|penny))\b",
                         re.IGNORECASE)
_REFUSAL_LEFT = re.compile(r"\b(no plans to|not to|never|denied|refused to|declined to|ruled out|not in a position to|"
                           r"no intention (?:of|to)|not (?:prepared|willing|able) to)\b", re.IGNORECASE)
def refusal_words(text: str) -> str | None:
    """The words of a refusal in ``text`` ("ruled out", "refused to", "no plans to"), else None."""
    m = _REFUSAL_LEFT.search(text)
    return m.group(0) if m else None


_CLAUSE_EDGES = frozenset(("advcl", "conj", "ccomp", "relcl", "parataxis", "acl"))
# verbs that put or keep something somewhere ("put the aid on hold", "kept the grant on ice"); commitments reads it
_PUTTING_VERBS = frozenset(("put", "place", "keep", "leave"))
_FUTURE_HEADS = frozenset(("plans", "plan", "planned", "set", "expected", "intends", "pledged", "promised", "agreed",
                           "announced", "committed", "decided", "vowed"))
# The phrases that say what a trigger gives (not its subject, not other clauses hanging on it).
_OBJECT_DEPS = frozenset(("dobj", "dative", "prep", "pobj", "attr", "oprd", "nsubjpass", "prt", "agent", "npadvmod",
                          "xcomp"))
_ONGOING_HEADS = frozenset(("continued", "continues", "began", "started", "kept",
                            # "troops helping to train local fighters": help under way, not a promise
                            "helping", "helped", "helps"))
# Verbs that end the giving a gerund under them names ("ceased arming the rebels", "stopped sending aid").
_ENDING_HEADS = frozenset(("cease", "ceased", "ceases", "stop", "stopped", "stops", "halt", "halted", "halts", "quit",
                           "discontinued", "discontinue", "ended", "ends", "pause", "paused", "pauses", "suspend",
                           "suspended", "suspends"))


@dataclass
class Trigger:
    """A support verb (or noun) in a sentence, its base form and the status it implies alone."""

    token: Token
    base: str
    status: str  # pledged | allocated | delivered | cancelled | give | noun


_SUPPORTING = frozenset(("support", "supports", "supported", "supporting"))


def _supports_with(tok: Token, lex: CommitmentLexicon) -> bool:
    """"supported the group with airstrikes and later with direct arms supplies": a support verb whose "with" names
    support given (a support noun), as "provided … with"; bare "supported the plan" is backing, never read here."""
    if tok.lower_ not in _SUPPORTING or tok.pos_ != "VERB":
        return False
    withs = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "with"]
    return any(lex.support_word(t) for w in withs for t in w.subtree)


_GIVEN_NOUNS = frozenset(("aid", "assistance", "funding", "support"))
_SUPPORT_KINDS = frozenset(("military", "financial", "logistical", "logistic", "economic", "humanitarian"))
_GIVER_ENTS = frozenset(("GPE", "NORP", "ORG"))


def noun_giver(tok: Token) -> Token | None:
    """The giver a support noun names as its modifier ("Norland assistance", "the EU's aid", "US military aid"), else
    None; "support" counts only with its kind ("Norland military support", never "Norland support for the war")."""
    if tok.lower_ not in _GIVEN_NOUNS or tok.pos_ != "NOUN" or tok.dep_ == "compound":
        return None
    if tok.lower_ == "support" and not any(c.lower_ in _SUPPORT_KINDS for c in tok.lefts):
        return None
    return next((c for c in tok.lefts if c.dep_ in ("compound", "nmod", "amod", "poss") and c.pos_ == "PROPN"
                 and c.ent_type_ in _GIVER_ENTS), None)


def _names_receiver(tok: Token) -> bool:
    """Whether a support noun says who got it: "… to Kestrian rebels" (a name, a group or a receiving noun after "to" or
    "for"), or "repelled them with Norland assistance" (the subject, helped)."""
    if tok.dep_ == "pobj" and tok.head.lower_ in ("with", "on"):
        return True
    for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "for")):
        if any(g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.ent_type_ in _GIVER_ENTS or g.lower_ in _NAMED_RECEIVERS)
               for g in prep.children):
            return True
    return False


_NAMED_RECEIVERS = frozenset(("rebels", "fighters", "militants", "militia", "militias", "forces", "army", "government",
                              "insurgents", "opposition", "groups", "refugees", "people"))


def _support_named_by_noun(tok: Token) -> Trigger | None:
    """"with only minimal US assistance", "Norland assistance to Kestrian rebels": support a noun names with its giver
    and its receiver, as given (see :func:`noun_giver`)."""
    if noun_giver(tok) is None or not _names_receiver(tok):
        return None
    return Trigger(tok, "aid", "give")


_RESTRICTIONS = frozenset(("embargo", "embargoes", "ban", "bans", "moratorium", "moratoria", "moratoriums",
                           "sanctions", "restrictions", "controls", "curbs", "blockade"))
_REQUESTS = frozenset(("request", "requests", "appeal", "appeals", "call", "calls", "plea", "pleas", "demand",
                       "demands"))


def _refused_request(tok: Token, lex: CommitmentLexicon) -> Trigger | None:
    """"Norland refused a request from Ostravia for more loans": turning down a request for support is a refusal of
    that support (the request alone is no commitment)."""
    if tok.lower_ not in lex.refusal or tok.pos_ != "VERB":
        return None
    asked = [c for c in tok.children if c.dep_ == "dobj" and c.lower_ in _REQUESTS]
    if not any(lex.support_word(t) or lex.kind(t.text, strong_only=True) is not None for a in asked for t in a.subtree
               if t.i != a.i):
        return None
    return Trigger(tok, "provide", "refused")


def _trigger_without_verb(tok: Token, lex: CommitmentLexicon) -> Trigger | None:
    """Support a word that is no support verb states: "supported X with arms supplies", "Norland assistance to X",
    "refused a request for loans"."""
    if _supports_with(tok, lex) or _supports_training(tok):
        return Trigger(tok, "provide", "give")
    if _takes_delivery(tok) or _got_a_share(tok):
        return Trigger(tok, "receive", "delivered")
    return _support_named_by_noun(tok) or _refused_request(tok, lex)


# what a body gives when it approves ("gave the green light to", "gave the go-ahead for", "gave its approval to")
_CONSENT_NOUNS = frozenset(("light", "go-ahead", "approval", "nod", "blessing", "consent"))
_RECEIPT_NOUNS = frozenset(("delivery", "deliveries", "receipt"))


def _got_a_share(tok: Token) -> bool:
    """"Ostravia got 3 of Norland's pledged 10 ambulances": "got" receives only a counted share of what was promised
    (its object a count with an "of" phrase); "got aid into the city" or "got approval" are left alone."""
    if tok.lower_ not in ("got", "gotten") or tok.pos_ not in ("VERB", "AUX"):
        return False
    rest = tok.doc.text[tok.idx + len(tok): tok.idx + len(tok) + 200]  # read as written: the parser may hang the
    share = item_share(rest)  # count on a later verb ("got 4 of X's pledged 25 …")
    return share is not None and _COUNT_RIGHT_AFTER.fullmatch(rest[: share.whole_start]) is not None


_COUNT_RIGHT_AFTER = re.compile(r"\s+(?:only\s+|just\s+)?[\w.,]+(?:\s+(?:hundred|thousand|million))?", re.IGNORECASE)


def _takes_delivery(tok: Token) -> bool:
    """"Ostravia has taken delivery of 12 howitzers", "took receipt of the first jets": the verb "take" whose object is
    a delivery receives what the delivery is of (its subject is the receiver)."""
    return tok.lemma_.lower() == "take" and tok.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "dobj" and c.lower_ in _RECEIPT_NOUNS and any(g.dep_ == "prep" and g.lower_ == "of"
                                                               for g in c.children) for c in tok.children)


# What a support verb may name as its object when it gives the help itself ("supports the training of X's forces")
TRAINING_NOUNS = frozenset(("training", "arming", "equipping", "drilling"))


def _supports_training(tok: Token) -> bool:
    """"has been supporting the build-up and training of a unified army", "supports the training of X's forces": a
    support verb whose object is the training, arming or equipping of forces gives that help; bare "supported the
    plan" is backing, never read here."""
    if tok.lower_ not in _SUPPORTING or tok.pos_ != "VERB":
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    return any(o.lower_ in TRAINING_NOUNS or any(c.lower_ in TRAINING_NOUNS for c in o.conjuncts) for o in objects)


def _as_trigger(tok: Token, lex: CommitmentLexicon) -> Trigger | None:
    hit = lex.triggers.get(tok.lower_)
    if hit is None:
        return _trigger_without_verb(tok, lex)
    base, status = hit
    if base == "give" and any(c.dep_ == "dobj" and c.lower_ in _CONSENT_NOUNS for c in tok.children):
        return Trigger(tok, "approve", "allocated")  # "gave the green light to a €4bn payment": approved it
    if tok.i > 0 and tok.nbor(-1).text == "-" and not tok.nbor(-1).whitespace_:
        # "open-ended", "long-promised": the second half of a hyphenated word is no verb, unless a giver's name
        # heads it ("UK-funded", "US-supplied": support given earlier, named in passing)
        return Trigger(tok, base, "delivered") if hyphen_giver(tok) is not None else None
    if lex.triggers.get(tok.lower_, ("", ""))[0] == "hand" and tok.doc[tok.i + 1: tok.i + 2].text.lower() == "over":
        return Trigger(tok, base, status)  # "Veridia and UNICEF hand over 30 vehicles": a verb tagged as a noun
    if tok.pos_ not in ("VERB", "AUX") and tok.tag_ not in ("VBN", "VBD", "VB", "VBZ", "VBP", "VBG"):
        # "the pledge", "a grant", "the offer": nouns mark a commitment, weakly.
        return Trigger(tok, base, "noun") if base in lex.trigger_nouns else None
    return None if _lacks_its_particle(tok, base, lex) else Trigger(tok, base, status)


def _lacks_its_particle(tok: Token, base: str, lex: CommitmentLexicon) -> bool:
    """Whether a verb that gives only with its particle lacks it ("handed down a sentence", "paid the fare", "rolled
    back"): "hand" without "over" unless it hands a named receiver support, "pay" without "out" unless it pays for
    support, "roll" without "over", "set" without "aside"."""
    after = tok.doc[tok.i + 1: tok.i + 3].text.lower()
    if base == "hand":
        return not any(c.lower_ == "over" for c in tok.children) and "over" not in after and \
            not _hands_things_to_a_state(tok, lex)
    if base == "pay":
        return "out" not in after and not _pays_for_support(tok, lex)
    if base == "set":  # "set aside €50m for …": put by for support; "set up", "set out", "set to" are no giving
        return not any(c.lower_ == "aside" and c.dep_ in ("prt", "advmod") for c in tok.children)
    return base == "roll" and "over" not in after


def _hands_things_to_a_state(tok: Token, lex: CommitmentLexicon) -> bool:
    """"has handed Ostravia 40 generators": "hand" without "over" gives when its first object is a state's name and
    what follows it in the verb's phrase names support ("handed X a defeat", "handed down a sentence" do not)."""
    receiver = next((c for c in tok.children if c.dep_ in ("dobj", "dative")), None)
    if receiver is not None and receiver.i != tok.i + 1:
        return _hands_things_on_to_a_state(tok, receiver, lex)
    if receiver is None or (receiver.ent_type_ not in ("GPE", "NORP") and receiver.pos_ != "PROPN"):
        return False
    rest = [t for t in tok.subtree if t.i > receiver.i]
    return _names_support(rest, lex)


def _hands_things_on_to_a_state(tok: Token, thing: Token, lex: CommitmentLexicon) -> bool:
    """"handed 13 jets to Ostravia": "hand" without "over" gives when its object names support and a state's name
    receives it after "to" ("handed the case to prosecutors", "handed power to the army" do not)."""
    # "to X" on the verb, or hung on the object's last noun ("handed $2m in aid to X")
    to = next((c for c in [*tok.children, *thing.subtree] if c.i > thing.i and (
        c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to"))), None)
    if to is None:
        return False
    receivers = [g for g in to.children if g.dep_ == "pobj"]
    words = [t for t in tok.subtree if tok.i < t.i < to.i]  # what is handed: "$2m in emergency aid"
    return any(g.ent_type_ in ("GPE", "NORP") or (g.pos_ == "PROPN" and g.ent_type_ not in ("PERSON", "ORG"))
               for g in receivers) and _names_support(words, lex)


def _names_support(words: list[Token], lex: CommitmentLexicon) -> bool:
    """Whether the words name support: a support word or a strong kind word."""
    return any(lex.support_word(t) for t in words) or \
        lex.kind("".join(t.text_with_ws for t in words), strong_only=True) is not None


def _pays_for_support(tok: Token, lex: CommitmentLexicon) -> bool:
    """"Pay for fuel deliveries to Gaza's hospitals", "paid for the shipment of tents": what is paid for is support
    named by a support noun ("deliveries", "aid") or a strong kind word ("fuel" alone, "its own gas" are no such), read
    in the words as written (a hyphenated name the tokenizer splits, "NASAMS-2", stays one word)."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            words = [t for c in prep.children if c.dep_ == "pobj" for t in c.subtree]
            if any(t.lower_ in lex.support_nouns for t in words) or \
                    lex.kind("".join(t.text_with_ws for t in words), strong_only=True) is not None:
                return True
    return False


def find_triggers(sent: Span, lex: CommitmentLexicon) -> list[Trigger]:
    """The sentence's triggers that express the speaker's own commitment (see :func:`not_own_commitment`)."""
    found = [t for t in (_as_trigger(t, lex) for t in sent) if t is not None and not not_own_commitment(t.token, lex)]
    verbs = [t for t in found if t.base != "aid"]
    return verbs or found  # support named by a noun alone counts only where no verb states support


def not_own_commitment(tok: Token, lex: CommitmentLexicon) -> bool:
    """A support verb under a threat, warning, discussion or request, or in an if/unless clause."""
    node = tok
    for _ in range(6):
        if node is not tok and node.lower_ in lex.not_committing and not (node.lower_ in _WARNING and _reported_act(tok)):
            return True
        if node.dep_ in ("advcl", "ccomp") and any(c.dep_ == "mark" and c.lower_ in lex.condition_marks
                                                    for c in node.children):
            return True  # "if it sends …", "whether European powers will be willing to provide …"
        if node.head.i == node.i:
            break
        node = node.head
    return False


_WARNING = frozenset(("warn", "warns", "warned", "warning"))
_MODALS = frozenset(("will", "would", "could", "might", "may", "shall", "can", "to", "'ll"))


def _reported_act(tok: Token) -> bool:
    """Whether the trigger is a reported fact in a "that" clause ("officials warned that X is delivering missiles to
    the group"): an act said to be going on or done, not a threat of what the speaker may do ("warned it would stop
    aid")."""
    if tok.dep_ != "ccomp" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS for c in tok.children):
        return False
    return tok.tag_ in ("VBD", "VBZ", "VBP") or (tok.tag_ in ("VBG", "VBN") and any(
        c.dep_ == "aux" and c.lower_ in ("is", "are", "was", "were", "has", "have", "had") for c in tok.children))


_CLAUSE_DEPS = frozenset(("acl", "relcl", "ccomp", "advcl", "pcomp", "xcomp", "csubj"))


def _phrase(tok: Token) -> list[Token]:
    """The tokens of ``tok``'s phrase without the clauses inside it ("a verdict on whether … used chemical weapons"
    is a verdict, not weapons)."""
    out = [tok]
    for c in tok.children:
        if c.dep_ not in _CLAUSE_DEPS:
            out += _phrase(c)
    return out


def gives_support(trig: Trigger, lex: CommitmentLexicon) -> bool:
    """Whether what the trigger gives is support: a support noun ("aid", "package", "weapons") or a strong
    kind word ("tanks", "loan", "food") in its own phrase, not counting its subject (unless it is "arrive"d
    or "receive"d, where the subject is the thing or the receiver). "gave birth", "sending smoke" and
    "withdraw troops" give nothing."""
    tok = trig.token
    if trig.base == "aid" or trig.status == "refused":
        return True  # "Norland assistance to the rebels": the noun is the support; "refused a request for loans"
    words = _given_words(trig, lex)
    if any(lex.support_word(t) for t in words) or (trig.base == "train" and _trains_someone(tok)) or \
            (trig.base == "lend" and any(c.dep_ == "dobj" and c.lower_ in _MONEY for c in tok.children)):
        return True  # "offered to train pilots", "refused to lend money": the trigger itself names the support
    if trig.base == "arm" and any(c.dep_ == "dobj" for c in tok.children):
        return True  # "has directly armed the militia": the verb names the support
    if gives_by_participle(tok, lambda t: lex.support_word(t) or lex.kind(t.text, strong_only=True) is not None,
                           lambda t: t.lower_ in lex.triggers):
        return True  # "rebels supplied by the CIA", "the UK-funded rescue service", "a US-supplied jeep"
    if _pledged_to_a_receiver(words, lex):
        return True  # "received only part of what X pledged": what a giver pledged a receiver is support, unnamed
    # in text order: "field kitchens", not "kitchens field"
    return lex.kind(_text_of(words), strong_only=True) is not None


def _counted_share(tok: Token) -> bool:
    """"500 of the 4,000 shells X promised": a count with an "of" phrase that the parser made the verb's subject is a
    share of what is given, not its giver."""
    return tok.dep_ == "nsubj" and tok.like_num and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def _pledged_to_a_receiver(words: list[Token], lex: CommitmentLexicon) -> bool:
    """Whether the words hold "what X pledged" with a receiver: named on the pledging verb ("what it pledged to Y") or
    the one receiving it ("Y received only part of what X pledged")."""
    return any(_pledged_whatever(t, lex) and (_verb_names_receiver(t.head) or any(
        a.lemma_ == "receive" for a in [t.head, *t.head.ancestors])) for t in words)


def _verb_names_receiver(verb: Token) -> bool:
    """Whether ``verb`` names whom it gives to ("pledged to X", "promised X")."""
    return any(c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to") for c in verb.children)


def _pledged_whatever(tok: Token, lex: CommitmentLexicon) -> bool:
    """Whether ``tok`` is the "what" a pledging verb takes as its object ("only part of what X pledged", "what it
    promised")."""
    return tok.lower_ == "what" and tok.dep_ == "dobj" and lex.triggers.get(tok.head.lower_, ("", ""))[1] == "pledged"


def _given_words(trig: Trigger, lex: CommitmentLexicon) -> list[Token]:
    """The words that say what the trigger gives (see :func:`gives_support`), topics left out."""
    tok = trig.token
    deps = {"nsubj", "nsubjpass"} if trig.base == "arrive" else _OBJECT_DEPS  # what arrives is the subject
    # "agreed to lend": a support verb under the trigger says what is given; "offered to remove the weapons"
    # or "agreed to allow aid in" gives an act, not the weapons or the aid.
    # "sent Norland a request for more loans": what is sent is a request, not the loans
    # "extended its arms embargo on X", "renewed the ban on exports": what the verb acts on is a restriction, and
    # the arms inside it are what is kept from the receiver, never given
    words = [t for c in tok.children if (c.dep_ in deps or _counted_share(c)) and c.lower_ not in _REQUESTS and
             c.lower_ not in _RESTRICTIONS and
             (c.dep_ != "xcomp" or c.lower_ in lex.triggers or c.lemma_ in _HELPING)
             for t in _phrase(c)]
    if trig.status == "noun":
        words += list(tok.subtree) + [tok.head]
    elif _relative_clause(tok) is not None:
        # "the assistance the rebels have received", "the support X continues to provide": the noun the clause
        # describes is given
        words += _phrase(_relative_clause(tok).head)
    elif each_modifier(tok):
        words += [t for t in tok.head.subtree if t.i > tok.i]  # "A and B each pledged fighter jets": the jets
    topics = lex.topic_words(tok.sent)  # "an agreement on energy cooperation": a topic, nothing given
    return [t for t in words if t.i not in topics]


def each_modifier(tok: Token) -> bool:
    """"A, B and C each pledged fighter jets to X": the parser may read the verb after "each" as a modifier of what is
    given, with the givers as the sentence's root (a name)."""
    return tok.dep_ == "amod" and tok.i > 0 and tok.nbor(-1).lower_ == "each" and \
        tok.sent.root.pos_ == "PROPN" and tok.head.head.i == tok.sent.root.i


def _relative_clause(tok: Token) -> Token | None:
    """The relative clause verb the trigger heads or completes ("the support X provides", "the support X continues
    to provide"), when it describes a noun before it; else None."""
    node = tok
    while node.dep_ == "xcomp" and node.head.i != node.i:
        node = node.head
    return node if node.dep_ == "relcl" and node.head.i < node.i else None


def _text_of(tokens: list[Token]) -> str:
    """The tokens in text order with their own spacing where they touch ("air-defence", not "air - defence")."""
    out: list[str] = []
    prev = None
    for t in sorted(set(tokens), key=lambda t: t.i):
        if prev is not None:
            out.append(prev.whitespace_ if t.i == prev.i + 1 else " ")
        out.append(t.text)
        prev = t
    return "".join(out)


_MONEY = frozenset(("money", "cash", "funds", "capital"))
# Verbs under a trigger that say support follows ("announced to support Ukraine with missiles").
_HELPING = frozenset(("support", "help", "assist", "aid", "equip", "arm", "strengthen", "bolster", "reinforce"))
_NOT_TRAINEES = frozenset(("me", "you", "us", "myself", "yourself", "ourselves"))


# "drill" trains only people or forces ("drill them", "drilled 400 recruits"; "drilling wells" does not)
_DRILLED = frozenset(("them", "recruits", "soldiers", "troops", "forces", "fighters", "rebels", "men", "cadets",
                      "officers", "police", "units", "army", "militia", "militias", "conscripts", "volunteers"))


def _trains_someone(tok: Token) -> bool:
    """"train pilots", "trained the rebels", "drill and discipline them": an active training verb with whom it trains
    ("children were trained to lie" and "train you to be soldiers" train no one's forces)."""
    # "to drill and discipline them": the trainee may be the object of a verb coordinated with the trigger
    trainee = next((c for v in [tok] + [v for v in tok.conjuncts if v.pos_ == "VERB"] for c in v.children
                    if c.dep_ == "dobj"), None)
    if trainee is None or trainee.lower_ in _NOT_TRAINEES:
        return False
    return not tok.lower_.startswith("drill") or trainee.lower_ in _DRILLED


def main_trigger(triggers: list[Trigger]) -> Trigger | None:
    """The sentence's root trigger, else its first."""
    if not triggers:
        return None
    roots = [t for t in triggers if t.token.dep_ == "ROOT"]
    return roots[0] if roots else triggers[0]


def governing(sent: Span, start: int | None, end: int | None, triggers: list[Trigger]) -> Trigger | None:
    """The trigger above the money expression at sentence offsets [start, end) (nearest up the tree), else the main one."""
    verbs = [t for t in triggers if t.status != "noun"] or triggers
    if start is None:
        return main_trigger(verbs)
    toks = [t for t in sent if start <= t.idx - sent.start_char < end]
    by_token = {t.token.i: t for t in verbs}
    for tok in toks[-1:]:
        node = tok
        while node.head.i != node.i:
            node = node.head
            if node.i in by_token and not (node.dep_ == "acl" and node.i > tok.i):
                return by_token[node.i]
    return main_trigger(verbs)


def negated(tok: Token, lex: CommitmentLexicon) -> bool:
    """Whether the trigger's own clause negates or refuses it ("did not pledge", "refused to send").

    The walk up the tree stops at a clause boundary, so a negation in another clause of the
    sentence ("did not announce …, although it delivered …") does not reach this trigger."""
    if any(c.dep_ in ("dobj", "nsubjpass") and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
           for c in tok.children):
        return True  # "has given them no promises of support", "provided no new weapons", "no tanks would be sent"
    node = tok
    for _ in range(4):
        if any(c.dep_ == "neg" for c in node.children) or (node is not tok and node.lower_ in lex.refusal):
            return True
        if any(c.lower_ == "unlikely" for c in node.children):
            return True
        if node.head.i == node.i:
            break
        if node.dep_ in _CLAUSE_EDGES and not (node.dep_ == "ccomp" and node.head.lower_ in lex.refusal):
            break  # "denied that it had sent …" reaches the denial; other clauses keep their own polarity
        node = node.head
    start = max(tok.i - 6, tok.sent.start)
    left = tok.doc[start: tok.i]
    cut = max([t.i + 1 for t in left if t.is_punct or t.dep_ in ("cc", "mark")], default=start)
    return bool(_REFUSAL_LEFT.search(tok.doc[cut: tok.i].text))


def _ended_noun_support(trig: Trigger, lex: CommitmentLexicon) -> str | None:
    """The word that ends support a noun names with its giver ("Norland's aid to X will come to a halt", "cuts to
    Norland aid"), else None."""
    if trig.base != "aid":
        return None
    head = trig.token.head
    return next((t.lower_ for t in [head, *head.subtree] if t.i != trig.token.i and
                 (t.lower_ in lex.cancel_nouns or t.lower_ in _ENDING_HEADS)), None)


def _put_on_hold(tok: Token, lex: CommitmentLexicon) -> str | None:
    """"put the transfer of missiles on hold", "aid to X remains on ice": the trigger's clause stops the support for
    now ("on hold"), as a suspension does; else None."""
    node = tok
    for _ in range(3):
        held = next((f"on {g.lower_}" for c in _held_preps(node) for g in c.children
                     if g.dep_ == "pobj" and g.lower_ in lex.held_nouns), None)
        if held:
            return held
        if node.head.i == node.i or node.dep_ in _CLAUSE_EDGES:
            break
        node = node.head
    return None


def _held_preps(node: Token) -> list[Token]:
    """The "on" phrases that may say where ``node`` puts or keeps support: its own, and for a verb of putting or
    keeping also one the parser hung on the last noun of its object ("put a grant to X's work in Y on hold"), never
    one in another clause."""
    own = [c for c in node.children if c.dep_ == "prep" and c.lower_ == "on"]
    if node.lemma_ not in _PUTTING_VERBS:
        return own
    return own + [t for t in node.subtree if t.dep_ == "prep" and t.lower_ == "on" and t.head.i != node.i and
                  _same_clause_below(t, node)]


def _same_clause_below(tok: Token, top: Token) -> bool:
    """Whether no clause edge lies on the path from ``tok`` up to ``top`` (one of its ancestors)."""
    node = tok
    while node.i != top.i:
        if node.dep_ in _CLAUSE_EDGES or node.head.i == node.i:
            return False
        node = node.head
    return True


def _no_longer(tok: Token) -> bool:
    """"would no longer supply", "will no longer be funded": the trigger's clause ends support given so far."""
    node = tok
    for _ in range(3):
        if any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in node.children):
            return True
        if node.head.i == node.i or node.dep_ in _CLAUSE_EDGES:
            break
        node = node.head
    left = tok.doc[max(tok.i - 4, tok.sent.start): tok.i].text.lower()
    return "no longer" in left


def _undecided(tok: Token) -> str | None:
    """"has not (yet) decided whether to send": a negated decision above the trigger leaves it open."""
    node = tok
    for _ in range(3):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.lower_ in ("decided", "decide", "determined", "settled") and any(c.dep_ == "neg" for c in node.children):
            return node.lower_
    return None


def _considered(tok: Token, lex: CommitmentLexicon) -> str | None:
    """The verb that leaves the trigger an option ("is considering sending", "offered to train"), if any."""
    node = tok
    for _ in range(3):
        if node is not tok and node.lower_ in lex.considering:
            return node.lower_
        if any(c.dep_ == "aux" and c.lower_ in lex.considering for c in node.children):
            return next(c.lower_ for c in node.children if c.dep_ == "aux" and c.lower_ in lex.considering)
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in node.children):
            return "whether"  # "examining whether Britain will continue to honour …"
        if node.dep_ in _CLAUSE_EDGES - {"xcomp"} or node.head.i == node.i:
            break
        node = node.head
    if tok.lower_ in lex.considering and tok.pos_ == "VERB":
        return tok.lower_  # "offered …", "proposed a EUR 50 billion facility"
    return None


def future(tok: Token) -> bool:
    """Whether the trigger speaks of what will be done ("will send", "plans to deliver")."""
    if tok.dep_ == "xcomp" and tok.head.lower_ in _ONGOING_HEADS:
        return False  # "continued to send arms": ongoing, not future
    aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"will", "would", "'ll", "shall", "to"}:
        return True
    if tok.tag_ == "VB" and tok.dep_ in ("xcomp", "advcl", "acl", "ccomp"):
        return True
    if tok.tag_ == "VB" and tok.dep_ == "conj" and tok.head.i != tok.i and not any(
            c.dep_ in ("aux", "auxpass") for c in tok.children):
        return future(tok.head)  # "will lend X $5m and give a $1m grant": the second verb shares the first's "will"
    return tok.dep_ == "xcomp" and tok.head.lower_ in _FUTURE_HEADS


def partial_delivery(trig: Trigger, text: str, lex: CommitmentLexicon) -> str | None:
    """The cue when a delivery covers only part of a sum ("delivered only part of the $40 billion")."""
    if trig.status not in ("delivered", "give"):
        return None
    after = text[trig.token.idx - trig.token.sent.start_char:]
    m = lex.partial.search(after[:80])
    return m.group(0) if m else None


def status_of(trig: Trigger, text: str, lex: CommitmentLexicon) -> tuple[str, list[str]]:
    """(status, reasons) for the commitment the trigger states (module docstring)."""
    tok = trig.token
    if _NOT_YET_RE.search(text):
        return "pledged", ["not yet delivered"]
    undecided = _undecided(tok)
    if undecided:
        return "conditional", [f"not decided: negated '{undecided}'"]  # "has not yet decided whether to send …"
    if _no_longer(tok):
        return "cancelled", ["ends support: 'no longer'"]  # "the US would no longer supply arms to …"
    ended = _ended_noun_support(trig, lex) or _put_on_hold(tok, lex)
    if ended:
        return "cancelled", [f"ends support: '{ended}'"]  # "Norland's military aid to X will come to a halt"
    if tok.tag_ == "VBG" and tok.dep_ in ("xcomp", "dobj", "pcomp") and tok.head.lower_ in _ENDING_HEADS:
        return "cancelled", [f"ends support: '{tok.head.lower_}'"]  # "ceased arming the rebels"
    if negated(tok, lex):
        return ("cancelled", []) if trig.status == "cancelled" else ("refused", ["negated or refused in its clause"])
    if trig.status == "cancelled":
        return "cancelled", []
    ended = next((c.lower_ for c in tok.children if c.dep_ in ("dobj", "nsubjpass", "attr") and c.lower_ in
                  lex.cancel_nouns), None)
    if ended:
        return "cancelled", [f"ends support: '{ended}'"]  # "announced a suspension of aid"
    option = _considered(tok, lex)
    if option:
        return "conditional", [f"not decided: '{option}'"]
    if _condition_on(tok, text):
        return "conditional", ["stated condition"]
    if _voted_against(tok):
        return "refused", ["voted against"]  # "the senate voted against sending …"
    return _settled_status(trig, text)


_VOTES = frozenset(("vote", "votes", "voted", "voting"))


def _voted_against(tok: Token) -> bool:
    """Whether the trigger is a vote against, or a giving a vote is against ("voted against sending …")."""
    node = tok
    for _ in range(3):
        if node.lower_ in _VOTES and any(c.dep_ == "prep" and c.lower_ == "against" for c in node.children):
            return True
        if node.dep_ not in _APPROVED_EDGES or node.head.i == node.i:
            return False
        node = node.head
    return False


def _condition_on(tok: Token, text: str) -> bool:
    """Whether a stated condition in ``text`` (the sentence of ``tok``) bears on the trigger's own clause: never one
    inside another giver's coordinated clause ("X sent tents, and Y said it would send more if asked": X's delivery
    is no condition's)."""
    sent = tok.sent
    for m in _CONDITION_RE.finditer(text):
        cue = sent.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
        if cue is None or len(text) != len(sent.text) or giver_clause(cue[0]).i == giver_clause(tok).i:
            return True
    return False


def giver_clause(tok: Token) -> Token:
    """The head of the clause with a subject of its own that holds ``tok``: the sentence's root, or a verb
    coordinated with it that names its own subject ("…, and Norland said …")."""
    node = tok
    while node.head.i != node.i:
        if _heads_own_clause(node):
            return node
        node = node.head
    return node


def _heads_own_clause(node: Token) -> bool:
    """Whether ``node`` is a verb with a subject of its own coordinated with its head ("…, and Norland said …") or set
    off from it by a semicolon, which the parser may hang on the other clause as a complement ("X will send tents;
    Y will send blankets if asked")."""
    if node.pos_ not in ("VERB", "AUX") or not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
        return False
    if node.dep_ == "conj":
        return True
    lo, hi = sorted((node.i, node.head.i))
    return node.dep_ in ("ccomp", "parataxis") and any(t.text == ";" for t in node.doc[lo:hi])


# Verbs that clear a giving for delivery (the codebook's "allocated": approved, not yet handed over): "okayed sending
# …", "voted in favour of sending …", "signed off on sending …", "approved a bill to give …"
_APPROVING = frozenset(("approve", "approves", "approved", "approving", "authorise", "authorises", "authorised",
                        "authorize", "authorizes", "authorized", "okay", "okays", "okayed", "ok'd", "okd", "greenlit",
                        "greenlights", "greenlighted", "green-lit", "green-lights", "green-lighted", "ratify",
                        "ratifies", "ratified", "vote", "votes", "voted", "sanctioned", "rubber-stamped"))
# What a body gives when it approves ("gave the green light to send", "gave the go-ahead to hand over")
_APPROVAL_NOUNS = frozenset(("go-ahead", "approval", "nod", "consent", "authorisation", "authorization", "blessing"))
_GIVING_VERBS = frozenset(("give", "gives", "gave", "given", "giving", "grant", "grants", "granted", "granting"))
# the edges from a giving up to the approval that clears it (no coordinated clause: "approved X and sent Y")
_APPROVED_EDGES = frozenset(("xcomp", "pcomp", "pobj", "prep", "advcl", "acl", "relcl", "dobj"))


def _approval_above(tok: Token) -> str | None:
    """The word of an approval the giving at ``tok`` hangs under ("okayed sending", "voted in favour of sending",
    "gave the green light to send", "approved a bill to give"), else None; a giving by a subject of its own ("for X to
    send": a permission to another) and an approval still to come ("will approve") are none."""
    if any(c.dep_ == "nsubj" for c in tok.children):
        return None
    aux = next((c.lower_ for c in tok.children if c.dep_ == "aux" and c.lower_ in _APPROVING), None)
    if aux:
        return aux  # a headline parsed with the approving verb as an auxiliary ("cabinet approves sending of …")
    node = tok
    for _ in range(4):
        if node.dep_ not in _APPROVED_EDGES or node.head.i == node.i:
            return None
        node = node.head
        if node.lower_ == "against":
            return None  # "voted against sending …": no approval
        word = _approving_word(node)
        if word:
            return None if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "to", "shall") for c in
                               node.children) else word
    return None


def _approving_word(node: Token) -> str | None:
    """``node``'s approval: an approving verb ("okayed", "signed off"), or a giving verb whose object is an approval
    noun ("gave the green light", "granted its consent")."""
    if node.lower_ in _APPROVING and node.pos_ in ("VERB", "AUX"):
        return node.lower_
    if node.lower_ in ("signed", "sign", "signs") and any(c.dep_ == "prt" and c.lower_ == "off" for c in node.children):
        return "signed off"
    if node.lower_ not in _GIVING_VERBS:
        return None
    for c in node.children:
        if c.dep_ != "dobj":
            continue
        words = {g.lower_ for g in c.subtree}
        if c.lower_ in _APPROVAL_NOUNS or (c.lower_ == "light" and "green" in words) or \
                (c.lower_ == "ahead" and "go" in words):
            return f"{node.lower_} the {'green light' if c.lower_ == 'light' else 'go-ahead' if c.lower_ == 'ahead' else c.lower_}"
    return None


def _approved(trig: Trigger) -> list[str] | None:
    """The reasons when the trigger's giving is approved, not yet handed over ("voted to allocate", "signed an
    agreement to lend", "okayed sending"), else None."""
    tok = trig.token
    if tok.dep_ == "xcomp" and tok.head.lower_ in ("voted", "signed", "agreed", "approved", "agreement"):
        return []  # "voted to allocate", "agreed to lend"
    if tok.dep_ == "acl" and tok.head.head.lower_ in ("signed", "approved"):
        return []  # "signed an agreement to lend"
    approval = _approval_above(tok) if trig.status in ("give", "delivered") else None
    return [f"approved for delivery: '{approval}'"] if approval else None


def _settled_status(trig: Trigger, text: str) -> tuple[str, list[str]]:
    tok = trig.token
    fut = future(tok)
    approved = _approved(trig)
    if approved is not None:
        return "allocated", approved
    if trig.status == "noun":
        return "pledged", []
    if trig.status == "allocated":
        # "promised to approve" stays a pledge; "approved the delivery" is an allocation.
        return ("pledged" if fut and trig.base not in ("vote", "agree") else "allocated"), []
    if trig.status in ("delivered", "give"):
        if fut or (trig.status == "give" and tok.dep_ == "xcomp" and
                   tok.head.lower_ in ("pledged", "promised", "announced", "committed")):
            return "pledged", []
        if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ == "for" and tok.head.head.pos_ == "NOUN":
            # "a fund for providing …": what the money is for; "thanked X for providing …" stays a delivery
            return "pledged", ["purpose: what the money is for ('a fund for providing …')"]
        if _would_above(tok):
            return "conditional", ["'would' without a stated condition"]
        return "delivered", []
    return trig.status, []


def _would_above(tok: Token) -> bool:
    """Whether "would" governs the trigger's clause or a verb above it ("it would be sent", "said it would have
    delivered"), not another clause of the sentence ("weapons that would end up with militants")."""
    node = tok
    for _ in range(6):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ == "would" for c in node.children):
            return True
        if node.head.i == node.i or node.dep_ in ("relcl", "acl"):
            return False
        node = node.head
    return False


def speculation_cue(tok: Token, text: str, claim=None) -> str | None:
    """The cue that makes the report speculative ("may", anonymous sources, "reportedly"), else None."""
    node = tok
    for _ in range(6):  # the trigger's own clause and the verbs it depends on ("may decide to send")
        modal = next((c.lower_ for c in node.children if c.dep_ == "aux" and c.lower_ in _SPECULATIVE_MODALS), None)
        if modal:
            return f"'{modal}'"
        if node.head.i == node.i:
            break
        node = node.head
    if claim is not None and getattr(claim, "claimant_kind", None) in _SPECULATIVE_CLAIMANTS and \
            not _officials_of_a_body(claim):
        return f"{claim.claimant_kind} attribution"
    m = _SPECULATION_RE.search(text)
    return f"'{m.group(0).lower()}'" if m else None


# Heads of a claimant that name a body's staff by office ("defence officials", "a Qatari official", "UN officials")
_OFFICIAL_HEADS = re.compile(r"\b(?:officials?|spokes(?:man|woman|person|people))$", re.IGNORECASE)
# What names the body they speak for: a capitalised word ("UN", "Qatari", "EU") or a ministry's field ("defence
# ministry officials", "finance officials")
# ("diplomats in Brussels said": the envoys seated where the body sits, as its officials there)
_OFFICIALS_IN_A_CAPITAL = re.compile(r"\b(?:officials?|diplomats?)\s+(?:in|from)\s+[A-Z][\w-]+")
_BODY_WORD = re.compile(r"\b(?:[A-Z][\w'\u2019.-]*|defen[cs]e|foreign|finance|treasury|health|interior|ministry|"
                        r"government|embassy|presidential|military|army|agency|bank|fund)\b")


def _officials_of_a_body(claim) -> bool:
    """Whether an unnamed claimant is a named body's officials ("defence officials said", "UN officials said", "a
    Qatari official said"): the body reports through its staff, which is no anonymous source ("officials said",
    "sources said" and "a diplomat said" stay speculative, as do words that say the name is kept back)."""
    text = " ".join((getattr(claim, "claimant_text", None) or "").split())
    if _OFFICIALS_IN_A_CAPITAL.search(text):
        return True  # "officials in London acknowledged": the state seated there speaks through them
    if not _OFFICIAL_HEADS.search(text):
        return False
    before = text[: _OFFICIAL_HEADS.search(text).start()]
    before = re.sub(r"^(?:An?|The|One|Two|Three|Several|Some|Senior|Other)\b", "", before.strip()).strip()
    return bool(_BODY_WORD.search(before)) and not _SPECULATION_RE.search(getattr(claim, "sentence", "") or "")


def reference_of(sent: Span, amount_start: int | None, amount_end: int | None, amount_text: str | None,
                 text: str, skip: tuple[int, int] | None = None) -> str | None:
    """The words that point back to an earlier commitment ("already", "the $500m announced in March"), else None.

    Words inside ``skip`` (offsets into ``text``) are not read: there, the whole a share figure is taken from ("of the
    $20m it pledged") points back for its own row, not for the share's."""
    def outside(start: int) -> bool:
        return skip is None or not skip[0] <= start < skip[1]

    m = next((m for m in _REFERENCE_RE.finditer(text) if outside(m.start())), None)
    if m is not None:
        return m.group(0)
    for m in _DATED_BACK_RE.finditer(text):
        if not outside(m.start()):
            continue
        tok = next((t for t in sent if t.idx - sent.start_char == m.start()), None)
        if tok is None or tok.dep_ not in _OWN_VERB_DEPS:
            return m.group(0)
    if amount_start is not None:
        before = text[:amount_start].lower().rstrip()
        after = text[amount_end: amount_end + 40].lower()
        if before.endswith(("the", "its", "this", "that")) and re.match(
                r"^\s*(?:\w+\s+)?(?:that\s+\w+\s+)?(announced|pledged|promised|approved|agreed)\b", after):
            return "the " + amount_text + after.split(",")[0].rstrip()
    # "the tanks promised by X", "the first batch of tanks it promised Ukraine": a participle or relative clause on
    # a definite noun phrase.
    for tok in sent:
        if not outside(tok.idx - sent.start_char):
            continue
        if tok.dep_ in ("acl", "relcl") and tok.lower_ in ("promised", "pledged", "announced", "committed"):
            noun = _definite_above(tok.head)
            if noun is not None:
                return f"the {noun.text} {tok.text}"
    return None


def _definite_above(tok: Token) -> Token | None:
    """``tok`` or the noun it hangs on through "of" (at most two steps) when that noun has a definite determiner."""
    for _ in range(3):
        if any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "these", "those", "its", "their")
               for c in tok.children):
            return tok
        if tok.dep_ != "pobj" or tok.head.head.i == tok.head.i:
            return None
        tok = tok.head.head
    return None


def refers_back(tok: Token, lex: CommitmentLexicon) -> str | None:
    """"announced the package": a definite support noun as the trigger's object names a known package."""
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in lex.support_nouns and any(
                g.dep_ in ("det", "poss") and g.lower_ in ("the", "this", "that", "these", "those", "its", "their",
                                                          "his", "her") for g in c.children):
            return f"{' '.join(g.text for g in c.children if g.dep_ in ('det', 'poss'))} {c.text}"
    return None


def condition_start(text: str) -> int | None:
    """Offset of a stated condition ("if parliament approves …") in ``text``, else None."""
    m = _CONDITION_RE.search(text)
    return m.start() if m else None
