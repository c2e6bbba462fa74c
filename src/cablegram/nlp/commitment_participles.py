"""Support named by a participle: "rebels supplied by the CIA", "the UK-funded rescue service", "a US-supplied jeep".

Reporters often name support given earlier only in passing, as a participle on the receiver or on the thing given,
with the giver as its agent ("supplied by Iran") or as a hyphenated prefix ("Norland-funded"). These helpers find
such participles for :mod:`cablegram.nlp.commitment_clauses` (is it support?) and
:mod:`cablegram.nlp.commitment_parties` (who gave, who received). Political backing ("US-backed", "Iran-allied") is
not support and is never read here; neither is a common noun as prefix ("state-funded", "government-funded": a
state's spending at home).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["GIVING_PARTICIPLES", "absolute_subject", "hyphen_giver", "participle_receiver", "receiver_text", "gives_by_participle",
           "participle_kind", "describes_noun", "taken_thing", "coordinated_agent",
           "described_noun"]

# Participles that say support was given; "backed", "led", "allied" say political or military leadership, not support.
GIVING_PARTICIPLES = frozenset(("funded", "financed", "supplied", "armed", "equipped", "trained", "donated",
                                "provided", "bankrolled"))
# Common nouns for groups and bodies that receive support ("rebels supplied by …", "the X-funded group"). Aid bodies
# ("British-funded aid agencies", "DfID-funded partners", charities, NGOs) are channels: the support goes through them
# to others, so they are left out, and so is any body an aid word describes ("relief groups").
_RECEIVER_NOUNS = frozenset(("rebels", "fighters", "militants", "militia", "militias", "insurgents", "forces", "groups",
                             "group", "army", "units", "unit", "factions", "faction", "service", "services",
                             "volunteers", "proxies", "guerrillas", "opposition", "moderates", "helmets", "defenders",
                             "regime", "government", "mujahideen", "separatists"))
_AID_WORDS = frozenset(("aid", "relief", "humanitarian", "charity", "charitable", "development", "medical"))


def hyphen_giver(tok: Token) -> Token | None:
    """The giver written as the first half of "X-funded" / "X-supplied" (a proper name: "UK", "Norland"), else None."""
    if tok.lower_ not in GIVING_PARTICIPLES or tok.i < 2:
        return None
    dash, name = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    if dash.text != "-" or dash.whitespace_ or name.whitespace_:
        return None
    return name if name.text[:1].isupper() and name.pos_ in ("PROPN", "NOUN", "ADJ") else None


def _first_conjunct(tok: Token) -> Token:
    """The first of coordinated giving participles ("trained and armed by the US": "trained")."""
    while tok.dep_ == "conj" and tok.head.lower_ in GIVING_PARTICIPLES and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the participles coordinated with it, first one first ("armed and paid by X": both)."""
    first = _first_conjunct(tok)
    return [first] + [t for t in first.conjuncts if t.tag_ == "VBN" and t.i > first.i]


def coordinated_agent(tok: Token) -> Token | None:
    """The giver a participle coordinated with ``tok`` names ("trained and armed by the US": the US for "trained"),
    else None."""
    if tok.lower_ not in GIVING_PARTICIPLES:
        return None
    for t in _conjuncts(tok):
        for c in t.children:
            if c.dep_ == "agent":
                return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


# Words that stand for some or all of a group named before ("both of them", "all of whom", "each of them")
_GROUP_PART_WORDS = frozenset(("both", "all", "each", "many", "most", "some", "several"))


def absolute_subject(tok: Token) -> Token | None:
    """The group an absolute participle clause refers back to ("Kurdish and Iraqi forces …, both of them trained and
    equipped by the US, have turned …": "forces", the subject of the clause it hangs on), else None."""
    if tok.dep_ not in ("advcl", "ROOT"):  # the parser may read the participle as the sentence's head
        return None
    part = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _GROUP_PART_WORDS), None)
    if part is None or not any(c.dep_ == "prep" and c.lower_ == "of" for c in part.children):
        return None
    # the parser hangs the group on the clause's verb or, often, on the participle itself
    return next((c for c in list(tok.children) + (list(tok.head.children) if tok.head.i != tok.i else [])
                 if c.dep_ in ("nsubj", "nsubjpass") and c.i < part.i and c.pos_ in ("NOUN", "PROPN")), None)


def described_noun(tok: Token) -> Token | None:
    """The noun a participle describes: its head ("the X-funded group", "rebels supplied by …"), in a passive
    clause its subject ("the rebels were supplied by …"), or the group an absolute clause refers back to ("forces …,
    both of them trained by …"); a participle coordinated with another ("trained and armed by …") describes what the
    first one does."""
    tok = _first_conjunct(tok)
    group = absolute_subject(tok)
    if group is not None:
        return group
    if tok.dep_ in ("amod", "acl", "compound") and tok.head.pos_ in ("NOUN", "PROPN"):
        noun = tok.head
        # "British-funded aid agencies": the participle may hang on the first noun of a compound; the phrase's
        # head ("agencies") is what it describes
        return noun.head if noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN") else noun
    if tok.dep_ == "relcl" and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head  # "drones, which were supplied by Iran"
    return next((c for c in tok.children if c.dep_ == "nsubjpass"), None)


def participle_receiver(tok: Token) -> Token | None:
    """The receiver a giving participle describes ("rebels", "the White Helmets"), else None (a thing given: "jeep")."""
    if tok.lower_ not in GIVING_PARTICIPLES:
        return None
    noun = described_noun(tok)
    if noun is None:
        return None
    if any(c.lower_ in _AID_WORDS for c in noun.lefts):
        return None  # "British-funded aid agencies": a channel of aid, not its receiver
    if noun.lower_ in _RECEIVER_NOUNS or (noun.pos_ == "PROPN" and noun.ent_type_ in ("ORG", "NORP", "GPE")):
        return noun
    return None


def _has_agent(tok: Token) -> bool:
    """Whether the participle, or one coordinated with it, names its giver ("trained and armed by the US")."""
    return any(c.dep_ == "agent" and any(g.dep_ == "pobj" for g in c.children) for t in _conjuncts(tok)
               for c in t.children)


def gives_by_participle(tok: Token, is_support_word, is_giving_verb=lambda _t: False) -> bool:
    """Whether ``tok`` is a giving participle with its giver named (an agent "by X" or a hyphenated "X-") that
    describes a receiver or a thing given (``is_support_word(token)`` says whether a word names support). A described
    noun that is itself the giver of a support verb (``is_giving_verb``) is no receiver: its funder gives through it."""
    if tok.lower_ not in GIVING_PARTICIPLES or tok.tag_ not in ("VBN", "JJ"):
        return False
    if hyphen_giver(tok) is None and not _has_agent(tok):
        return False
    noun = described_noun(tok)
    if noun is None or (noun.dep_ == "nsubj" and noun.head.i != _first_conjunct(tok).i and is_giving_verb(noun.head)):
        return False  # "DfID-funded partners are providing support": the partners give for their funder
    # "groups with drones in their arsenal, which were supplied by X": the things given are named in the phrase
    # that holds the place they are kept in
    holder = noun.head.head if tok.dep_ == "relcl" and noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    return participle_receiver(tok) is not None or is_support_word(noun) or \
        (holder is not None and any(is_support_word(t) for t in holder.subtree if t.i < noun.i))


def receiver_text(noun: Token, participle: Token) -> str:
    """The receiver's name as written: the noun with its name words, the participle and its giver left out
    ("the UK-funded White Helmets" → "White Helmets", "Syrian rebels supplied by …" → "Syrian rebels")."""
    skip = {participle.i, participle.i - 1, participle.i - 2} if hyphen_giver(participle) is not None else {participle.i}
    start = noun.i
    while start - 1 >= noun.sent.start and start - 1 not in skip and noun.doc[start - 1].head.i == noun.i and \
            noun.doc[start - 1].dep_ in ("compound", "amod", "nmod") and noun.doc[start - 1].pos_ in ("PROPN", "ADJ",
                                                                                                        "NOUN"):
        start -= 1
    # "Kurdish and Iraqi forces": a name word coordinated with another before the noun
    word = noun.doc[start - 1] if start - 1 >= noun.sent.start else None
    if word is not None and word.dep_ == "conj" and word.head.head.i == noun.i and word.head.dep_ == "amod" and \
            word.head.i not in skip:
        start = word.head.i
    return noun.doc[start: noun.i + 1].text


# What a giving participle gives when nothing else in the sentence says: arms for fighters, money for a body.
_KIND_OF = {"supplied": "military", "armed": "military", "equipped": "military", "trained": "military",
            "funded": "financial", "financed": "financial", "bankrolled": "financial"}


def participle_kind(tok: Token) -> str | None:
    """The category a giving participle implies alone ("rebels supplied by X": military; "X-funded": financial),
    used when no word of the sentence names the kind; None for "provided", "donated"."""
    return _KIND_OF.get(tok.lower_)


def describes_noun(tok: Token) -> bool:
    """Whether the participle describes a noun ("the X-funded group", "rifles supplied by X", "drones, which were
    supplied by X") rather than heading the clause: the sentence's main verb then says nothing of its status."""
    return tok.dep_ in ("amod", "acl", "relcl", "compound") or absolute_subject(_first_conjunct(tok)) is not None


# What happens to a thing given when someone else takes or ruins it ("US-supplied weapons were seized by the militants"):
# the sentence reports that act, not the support (prefixes of the verb).
_TAKEN = ("seiz", "captur", "confiscat", "stole", "stolen", "steal", "loot", "destroy", "abandon", "lost", "lose",
          "intercept", "smuggl", "sold", "sell")


def taken_thing(tok: Token) -> bool:
    """Whether a giving participle describes a thing (not a receiver) that the sentence says was taken, lost or
    destroyed ("US-supplied heavy weapons were seized in areas under the militants' control")."""
    if not describes_noun(tok) or participle_receiver(tok) is not None:
        return False
    noun = described_noun(tok)
    verb = noun.head if noun is not None and noun.dep_ in ("nsubjpass", "dobj", "nsubj") else None
    return verb is not None and verb.lower_.startswith(_TAKEN)
