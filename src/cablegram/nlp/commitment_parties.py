"""Donors and recipients of support commitments: who gives, who receives.

Donor: the trigger's subject (or its ``from``/``by`` object, or a possessor: "X's $700m plan"); a
pronoun subject ("it delivered …") takes the subject of the clause it hangs on, else the last donor
named earlier in the document. Recipient: the ``to``/``for``/``towards`` object, the dative or the
"provide X with Y" object. Both are *actors*: names that are currency codes ("USD", "EUR"),
weapon or equipment names ("Bushmaster", "Patriot"), months or weekdays are never donors or
recipients, and with the actors component a name must resolve to a non-person actor (a person in
office resolves to the state they serve). A recipient equal to the donor is dropped.

When the sentence names no recipient, :func:`context_recipient` infers one from the sentence
("Ukraine's army", "the Ukrainian people", "for Kyiv") or from the document (the recipient most of
its commitments name, else the actor it most often mentions in a recipient position).
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from .commitment_lexicon import CommitmentLexicon
from .commitment_clauses import TRAINING_NOUNS, Trigger, each_modifier, noun_giver
from .commitment_participles import (absolute_subject, coordinated_agent, hyphen_giver, participle_receiver,
                                     receiver_text)
from .doc_cache import doc_text

__all__ = ["donors_and_recipient", "actor_text", "armed_group_text", "is_armed_group_name", "context_recipient", "in_recipient_position", "is_actor_name",
           "mentioned_state", "NON_STATE_GROUP_NOUNS", "FIRST_PERSON_GIVER", "first_person_giver", "place_spent_in"]

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_NOT_ACTORS = frozenset(_MONTHS + ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
_ACTOR_ENTS = frozenset(("GPE", "ORG", "NORP", "PERSON", "LOC", "FAC"))
_PRONOUNS = frozenset(("it", "they", "we", "he", "she", "its", "their", "this", "that", "which", "who"))
_TITLE_NOUNS = frozenset((
    "minister", "president", "government", "parliament", "cabinet", "ministry", "premier", "chancellor",
    "leader", "officials", "official", "spokesperson", "spokesman", "spokeswoman", "congress", "prime",
))
_TITLE_WORDS = frozenset((
    "foreign", "defence", "defense", "prime", "deputy", "vice", "interior", "finance", "first", "acting",
    "former", "secretary", "state", "affairs", "economy", "trade", "development", "chief", "head",
))
# People and bodies that act for the state or organisation named before them ("Swiss doctors", "Red Cross
# workers", "American aid groups"): the named one is the giver.
_STAFF_NOUNS = frozenset(("army", "forces", "doctors", "medics", "experts", "engineers", "workers", "volunteers",
                          "groups", "agencies", "teams", "team", "diplomats", "envoys", "authorities", "troops",
                          "soldiers", "donors"))
_RECIPIENT_PREPS = frozenset(("to", "for", "towards"))
_GIVE_OBJECT = frozenset(("gave", "give", "gives", "giving", "promised", "lend", "lent", "offered", "sent", "pledged",
                          "train", "trains", "trained", "training", "arm", "arms", "armed", "arming"))
_RECEIVERS = frozenset(("people", "population", "army", "armed", "forces", "military", "government", "state",
                        "soldiers", "troops", "refugees", "citizens", "children", "civilians", "authorities", "side",
                        "defence", "defense", "economy", "budget", "hospitals", "energy", "partners", "navy", "air"))
# Model and record designations: letters then a number, with or without a hyphen ("BMP-1", "T-72", "LTM1").
_DESIGNATION = re.compile(r"^[A-Za-z]{1,6}-?\d+[A-Za-z]?$")
# After a state's name or demonym, words that make it the aggressor, not a recipient ("Russian aggression").
_HOSTILE_AFTER = re.compile(r"^(?:[’']s)?\s+(?:(?:full-scale|military|armed|unprovoked|brutal|illegal|ongoing|continued)\s+)*"
                            r"(?:aggression|agression|attacks?|invasion|"
                            r"war\b|occupation|strikes|shelling|bombing|missile|aggressor|troops|blockade)", re.IGNORECASE)
# Before a name, a receiving preposition: "to Moldovan troops", "for the Ukrainian troops" are troops that receive,
# not an aggressor's troops ("aid for villagers fleeing Russian troops")
_RECEIVING_BEFORE = re.compile(r"\b(?:to|for|towards)\s+(?:the\s+)?$", re.IGNORECASE)


def _hostile_after(text: str, start: int, end: int) -> bool:
    """Whether the words after the name at ``start``..``end`` of ``text`` make it an aggressor ("Russian aggression",
    "Russia's war"); its troops are receivers after "to"/"for" ("boots for Moldovan troops")."""
    m = _HOSTILE_AFTER.match(text[end: end + 40])
    if m is None:
        return False
    return not (m.group(0).lower().endswith("troops") and _RECEIVING_BEFORE.search(text[max(0, start - 20): start]))


# After a name, words that make it the giver ("Greece's contribution", "the Danish share").
_GIVER_AFTER = re.compile(r"^(?:[’']s)?\s+(?:own\s+)?(?:share|contribution|donation|pledge|commitment|aid\s+package)s?\b|"
                          # "Germany's humanitarian aid to Ukraine": a possessor of aid gives it
                          r"^[’']s\s+(?:[a-z-]+\s+){0,2}(?:aid|assistance|funding|loans?|grants?|support\s+package)\b",
                          re.IGNORECASE)
# Before a name, words that make it a channel, a framework or an office, not a receiver ("within the framework of
# the EU Civil Protection Mechanism", "the Minister of Foreign Affairs", "the Agency for International Development").
_NOT_RECEIVER_BEFORE = re.compile(r"\b(?:(?:framework|auspices|context|scope|mechanism)\s+of|through|via|"
                                  r"(?:minister|ministry|department|secretary|agency|office|commissioner|"
                                  r"ministers)\s+(?:of|for)|"
                                  # what support works against: "to counter Russia's propaganda" (the adversary's)
                                  r"(?:counter|countering|combat|combating|combatting|fight|fighting|deter|deterring|"
                                  r"resist|resisting|debunk|debunking|expose|exposing|curb|curbing)\s+(?:the\s+)?"
                                  r"(?:[a-z-]+\s+)?)\s*(?:the\s+)?$", re.IGNORECASE)
# Before a name, words that make it a partner of the donor ("together with Italy", "in cooperation with Norway").
_PARTNER_BEFORE = re.compile(r"\b(?:together|jointly|along|alongside|cooperation|coordination|partnership)\s+with\s+"
                             r"(?:the\s+)?$", re.IGNORECASE)
_STRICT_CUE = re.compile(r"\b(?:to|for|towards|in support of|help|helping|support|supporting)\s+(?:the\s+)?$",
                         re.IGNORECASE)
# "via a land route with Syria", "the border with Norland": a place the support passes, never its receiver
_BORDER_WITH = re.compile(r"\b(?:routes?|borders?|frontiers?|crossings?|corridors?|boundary|boundaries)\s+with\s+"
                          r"(?:the\s+)?$", re.IGNORECASE)
# "ahead of talks with the IMF": whom one talks with, never the receiver
_TALKS_WITH = re.compile(r"\b(?:talks|negotiations|meetings?|dialogue|consultations|discussions)\s+with\s+(?:the\s+)?$",
                         re.IGNORECASE)
# time zones a live blog stamps its entries with ("10:05 GMT –")
_TIME_ZONES = frozenset(("gmt", "utc", "bst", "cet", "cest", "eet", "eest", "est", "edt", "pst", "pdt", "et", "msk",
                         "ist", "jst"))
_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}$")
# "according to the UN's food agency": who tells of the support, never its receiver
_SOURCE_BEFORE = re.compile(r"\baccording\s+to\s+(?:the\s+)?(?:[\w.-]+[’']s\s+)?(?:[\w.-]+\s+){0,3}$", re.IGNORECASE)
_POSSESSED_RECEIVER = re.compile(r"[’']s\s+(?:[a-z-]+\s+)?(?:" + "|".join(sorted(_RECEIVERS)) + r")\b")
# "people in Afrin", "Shia militants in Iraq", "assistance in northern Iraq": who or what is in the place receives.
_PEOPLE_IN = re.compile(r"\b(?:people|civilians|militants|rebels|fighters|refugees|forces|troops|population|families|"
                        r"crisis|crises|emergency|famine|victims|"
                        r"communities|children|aid|assistance|relief|operations|projects|programmes|programs|working|"
                        r"deliveries|supplies|convoys?|flooding|floods|earthquake|drought|"
                        r"regions|incidents|persons|needs|"
                        # the places the support serves ("clinics in X", "farmland in southern X")
                        r"hospitals?|clinics?|schools?|shelters?|camps?|homes|farmland|fields)\s+in\s+(?:the\s+)?(?:(?:north|south|east|west)"
                        r"\w*\s+)?$", re.IGNORECASE)
_RECIPIENT_CUE = re.compile(r"\b(?:to|for|towards|with|in support of|help|helping|support|supporting)\s+(?:the\s+)?$|"
                            # a deposit "held at the central bank of X": X's
                            r"\b(?:held|placed|kept|parked)\s+(?:at|with|in)\s+(?:the\s+)?(?:central\s+bank\s+of\s+|"
                            r"state\s+bank\s+of\s+|national\s+bank\s+of\s+)?$|"
                            # "the Armed Forces of Ukraine", "the people of Zimbabwe" (not "publications of the
                            # German government")
                            r"\b(?:" + "|".join(sorted(_RECEIVERS)) + r")\s+of\s+(?:the\s+)?$", re.IGNORECASE)


# After a state's name, the capitalised name of an aid programme for it ("Ukraine Security Assistance Initiative").
_PROGRAMME_AFTER = re.compile(r"^\s+(?:[A-Z][\w-]*\s+){0,3}(?:Assistance|Assitance|Support|Aid|Fund|Initiative|"
                              r"Appropriations?|Package|Solidarity|Recovery|Reconstruction|Relief)\b")


def is_actor_name(name: str | None, lex: CommitmentLexicon, codes: frozenset[str]) -> bool:
    """Whether ``name`` may name an actor: not a currency code, a month, a weapon/equipment name or a model
    or record designation ("BMP-1", "BRDM-2", "UKM6")."""
    if not name:
        return False
    low = name.lower().strip()
    if name.strip().upper() in codes or low in _NOT_ACTORS or _DESIGNATION.match(name.strip()):
        return False
    if all(w in _GENERIC_NAMES for w in re.split(r"[\s-]+", low)):
        return False  # "Tranche", "the Bank", "Defense": a common noun written with a capital, no actor of its own
    rule = lex.kind(low, strong_only=True)
    return not (rule is not None and rule.category == "military" and rule.subcategory not in (None, "equipment"))


_GENERIC_NAMES = frozenset(("the", "tranche", "package", "defense", "defence", "bank", "fund", "commission", "ministry",
                            "parliament", "council", "agency", "armed", "forces", "army", "military", "cabinet",
                            "department", "office", "government", "aid", "assistance", "support"))


FIRST_PERSON_GIVER = "we"  # the giver text of a speaker's own side ("we", "our country")
_FIRST_PERSON = frozenset(("we", "We", "us"))
_FIRST_POSSESSIVE = frozenset(("our", "my"))
_OWN_STATE_NOUNS = frozenset(("country", "government", "nation", "state", "administration", "kingdom", "republic"))


def _pronoun(tok: Token) -> bool:
    """A pronoun subject ("it", "they"), not an acronym that spells one ("WHO" is the World Health Organization)."""
    return tok.lower_ in _PRONOUNS and not (tok.text.isupper() and len(tok.text) > 1)


def _subject(tok: Token) -> Token | None:
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")), None)
    return _past_time_stamp(subj) if subj is not None else None


def _past_time_stamp(subj: Token) -> Token:
    """A live blog's time stamp parsed as the subject ("10:05 GMT – X will send …"): the name set beside it (an
    apposition) is the subject."""
    if subj.lower_ not in _TIME_ZONES or not any(_CLOCK.match(c.text) for c in subj.lefts):
        return subj
    return next((c for c in subj.children if c.dep_ == "appos"), subj)


def _prep_object(tok: Token, preps: tuple[str, ...]) -> Token | None:
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _strip(text: str) -> str:
    text = re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)
    return re.sub(r"(’s|'s)$", "", text).strip()


def _span_text(tok: Token) -> str:
    for ent in tok.doc.ents:
        if ent.start <= tok.i < ent.end and ent.label_ in _ACTOR_ENTS:
            return _strip(ent.text)
    parts = [c for c in tok.lefts if c.dep_ == "compound" or (c.dep_ == "amod" and c.pos_ == "PROPN")]
    start = min([tok.i] + [c.i for c in parts])
    return _strip(tok.doc[start: tok.i + 1].text)


def _office_state(tok: Token) -> str | None:
    """"Veridia's defence minister", "the Australian government": the state in the office's phrase."""
    for c in tok.subtree:
        if c.i == tok.i or c.dep_ not in ("poss", "pobj", "compound", "amod"):
            continue
        if not (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "NORP", "ORG")):
            continue
        if c.lower_ in _TITLE_NOUNS or c.lower_ in _TITLE_WORDS:
            continue  # "Foreign Minister Ilse Varga": "Foreign" is part of the title, not a donor
        if c.ent_type_ == "PERSON" and c.ent_iob_ != "B" and tok.ent_type_ == "PERSON":
            continue  # a first name of the same person
        return _span_text(c)
    return None


def actor_text(tok: Token | None) -> str | None:
    """The actor name a token stands for (an office or "the government of X" → X)."""
    if tok is None:
        return None
    if tok.lower_ in _TITLE_NOUNS or tok.ent_type_ == "PERSON" or tok.lower_ in _STAFF_NOUNS or _members_of(tok):
        state = _office_state(tok)
        if state:
            return state
    return _span_text(tok)


_MEMBER_HEADS = frozenset(("states", "countries", "governments", "nations"))


def _members_of(tok: Token) -> bool:
    """"EU member states", "the member countries of NATO": the members of a body named together give as the body."""
    return tok.lower_ in _MEMBER_HEADS and any(c.lower_ == "member" for c in tok.lefts)


def _governing_verb(tok: Token) -> Token:
    verb = tok
    # "promised to deliver", "agreed to lend": the subject sits on the governing verb.
    # "is willing to provide" (acomp), "responded by easing sanctions and providing aid" (pcomp, prep).
    while verb.head.i != verb.i and _subject(verb) is None:
        if verb.dep_ in ("xcomp", "advcl", "ccomp", "conj", "acomp", "pcomp", "prep"):
            verb = verb.head
        elif verb.dep_ in ("dobj", "attr") and verb.i != tok.i and verb.pos_ == "NOUN" and \
                verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "has no intention of sending": the subject of the verb that has the intention
        elif verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "attr", "pobj"):
            # "has no plans to send", "was not in a position to send": the subject of the verb above the noun
            above = next((a for a in verb.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if above is None:
                break
            verb = above
        else:
            break
    return verb


_ACCUSING = frozenset(("accused", "accuses", "accusing", "accuse", "blamed", "blames", "blaming", "condemned",
                       "condemns", "criticised", "criticized", "criticises", "criticizes", "punished", "punishes",
                       "sanctioned", "sanctions", "sanctioning", "fined", "charged", "charges", "indicted"))
_PENALTIES = frozenset(("sanctions", "penalties", "embargo", "fines", "fine", "restrictions", "measures"))


def _accused_giver(tok: Token) -> Token | None:
    """The one accused of or punished for giving ("accused Kestria of supplying arms", "imposed sanctions on Kestria
    for providing weapons"): the giver is the accused, not the accuser; else None."""
    if tok.dep_ != "pcomp" or tok.head.lower_ not in ("of", "for"):
        return None
    verb = tok.head.head
    if verb.lower_ in _ACCUSING:
        return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
    for penalty in [verb] + [c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _PENALTIES]:
        if penalty.i != verb.i or verb.lower_ in _PENALTIES:
            target = _prep_object(penalty, ("on", "against"))
            if target is not None:
                return target
    return None


_FUNDED = frozenset(("funded", "financed", "sponsored", "backed", "paid", "run", "operated"))


def _funder(subj: Token | None) -> Token | None:
    """The funder named in a hyphenated modifier of the subject ("DfID-funded partners", "Veridia-backed
    charities"): those it pays act for it, so it is the giver; else None."""
    if subj is not None and subj.lower_ in ("that", "which", "who") and subj.head.dep_ == "relcl":
        subj = subj.head.head  # "a US-run operations room that had provided weapons": the room
    if subj is None:
        return None
    for mod in subj.lefts:
        if mod.lower_ in _FUNDED and mod.i >= 2 and mod.doc[mod.i - 1].text == "-" and \
                mod.doc[mod.i - 2].pos_ == "PROPN":
            return mod.doc[mod.i - 2]
    return None


def _giver_aside(tok: Token, verb: Token) -> Token | None:
    """A giver named outside the subject position: the accused ("accused X of supplying") or the funder of the
    subject ("X-funded partners provide")."""
    hyphenated = hyphen_giver(tok)  # "the UK-funded group": the UK
    if hyphenated is not None:
        return hyphenated
    accused = _accused_giver(tok)
    return accused if accused is not None else _funder(_subject(verb))


_SPEECH = frozenset(("said", "says", "say", "saying", "told", "tells", "announced", "stated", "insisted", "confirmed",
                     "declared", "added", "warned"))


def _speaker_of_passive(tok: Token) -> Token | None:
    """The speaker whose words a passive trigger without a giver reports ("the minister said no tanks would be sent",
    "quoted the president as saying that no weapons would be issued"): their side gives or refuses; else None."""
    if not any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or any(c.dep_ == "agent" for c in tok.children):
        return None
    if tok.dep_ != "ccomp" or tok.head.lower_ not in _SPEECH:
        return None
    speech = tok.head
    if speech.dep_ == "pcomp" and speech.head.lower_ == "as" and speech.head.head.lower_.startswith("quot"):
        return next((c for c in speech.head.head.children if c.dep_ == "dobj"), None)  # "quoted X as saying"
    speaker = _subject(speech)
    return None if speaker is None or _pronoun(speaker) else speaker


def _antecedent(subj: Token | None, verb: Token) -> Token | None:
    """The name a relative clause describes when its subject is "which"/"who" ("Norland, which has armed the
    militia"), else None."""
    if subj is None or subj.lower_ not in ("which", "who", "that") or verb.dep_ != "relcl":
        return None
    head = verb.head
    if head.pos_ != "PROPN" and head.dep_ in ("attr", "appos"):
        # "Kestria is the only country that continued to …", "Kestria, the only state that …": the name it describes
        head = _subject(head.head) if head.dep_ == "attr" else head.head
    return head if head is not None and (head.pos_ == "PROPN" or _named_noun(head)) else None


def _named_noun(tok: Token) -> bool:
    """A common noun that a name before it makes an actor ("the US-led coalition", "the Norland government")."""
    return tok.pos_ == "NOUN" and any(t.pos_ == "PROPN" for c in tok.lefts for t in c.subtree)


def _antecedent_text(tok: Token) -> str:
    """The name a relative clause describes, as written ("US-led coalition" with the words before its noun)."""
    if tok.pos_ == "PROPN":
        return actor_text(tok)
    return _strip(tok.doc[tok.left_edge.i: tok.i + 1].text)


def _own_giver(tok: Token, verb: Token) -> list[str]:
    """A giver the trigger names itself, outside the subject (:func:`_giver_aside`), or the agent of a participle on a
    receiver ("an army armed and paid by Kestria underlined …": Kestria, whatever the sentence's subject); else []."""
    giver = _giver_aside(tok, verb) or noun_giver(tok)  # "Norland assistance to …": Norland
    if giver is not None:
        return [actor_text(giver)]
    agent = coordinated_agent(tok)
    if agent is not None and (tok.dep_ in ("acl", "amod", "conj") or absolute_subject(tok) is not None) and \
            participle_receiver(tok) is not None:  # "forces …, both of them trained by X, …": X
        return [actor_text(agent)] + [actor_text(c) for c in agent.conjuncts]
    return []


def first_person_giver(subj: Token | None) -> bool:
    """Whether ``subj`` is a speaker's own side as giver: "we", "us", or "our country", "my government" (a state noun
    with a first-person possessor). Whose state that is, the speaker decides (see the extractor's ``_speaker_state``)."""
    if subj is None:
        return False
    if subj.text in _FIRST_PERSON:  # "US" in capitals is the United States
        return True
    return subj.lower_ in _OWN_STATE_NOUNS and any(c.dep_ == "poss" and c.lower_ in _FIRST_POSSESSIVE
                                                   for c in subj.children)


def _quoted(tok: Token) -> bool:
    """Whether ``tok`` stands inside quotation marks in its paragraph (an odd number of straight quotes before it, or
    more opening than closing curly ones): a quoted speaker's words, not the writer's."""
    text = doc_text(tok.doc)  # Doc.text joins every token on each access
    before = text[text.rfind("\n", 0, tok.idx) + 1: tok.idx]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def _speaker_side(subj: Token | None) -> list[str]:
    """``[FIRST_PERSON_GIVER]`` when the giver is a quoted speaker's own side ("we will send", "our country has
    delivered": the speaker's state gives), else []."""
    if first_person_giver(subj) and subj.dep_ != "nsubjpass" and _quoted(subj):
        return [FIRST_PERSON_GIVER]
    return []


def _donors(sent: Span, tok: Token, verb: Token) -> list[str]:
    own = _own_giver(tok, verb) or _speaker_side(_subject(verb)) or _each_givers(tok)
    if own:
        return own
    subj = _subject(verb)
    source = _prep_object(tok, ("from", "by")) or _prep_object(verb, ("from", "by")) or coordinated_agent(tok)
    if _active_giver(subj):
        return _subject_givers(subj, verb)
    if source is not None:
        return _source_givers(sent, source)
    speaker = _speaker_of_passive(tok)
    if speaker is not None:
        return [actor_text(speaker)]  # "the minister said no tanks would be sent": the speaker's side gives
    if _antecedent(subj, verb) is not None:
        return [_antecedent_text(_antecedent(subj, verb))]  # "Norland, which has armed the militia"
    if subj is not None and _pronoun(subj) and verb.dep_ in ("ccomp", "relcl", "conj", "advcl"):
        outer = _subject(verb.head)
        if outer is not None and not _pronoun(outer):
            # "Estonia and Latvia said they would send …": a plural pronoun stands for every name of the subject
            return [actor_text(outer)] + ([actor_text(c) for c in outer.conjuncts] if subj.lower_ == "they" else [])
    owner = _possessor_giver(sent) or _named_lender(subj) or _headline_giver(tok)
    return [actor_text(owner)] if owner is not None else []


def _source_givers(sent: Span, source: Token) -> list[str]:
    """The givers named after "from" or "by": every one named ("delivered to X by Denmark and the Netherlands"), or
    the owner of the money when the body is not named ("Norland's €5m for X approved by parliament": Norland's)."""
    owner = _possessor_giver(sent) if _unnamed_body(source) else None
    if owner is not None:
        return [actor_text(owner)]
    return [actor_text(source)] + [actor_text(c) for c in source.conjuncts]


def _unnamed_body(tok: Token) -> bool:
    """"by parliament", "by the cabinet": a body of a state named by its common noun alone (whose state is not said)."""
    return tok.lower_ in _PROGRAMME_NOUNS and not any(c.dep_ in ("poss", "compound", "amod") and c.pos_ == "PROPN"
                                                      or c.ent_type_ in ("GPE", "NORP") for c in tok.children)


def _headline_giver(tok: Token) -> Token | None:
    """"EU pledges €30m in flood aid for X": a headline's verb in the present that the parser took for a plural noun
    heading the line; the name it made a compound of it is the giver."""
    if tok.dep_ not in ("ROOT", "nsubj") or tok.pos_ != "NOUN" or not tok.lower_.endswith("s"):
        return None
    if any(t.tag_ in ("VBZ", "VBD", "VBP", "MD") for t in tok.sent):
        return None  # a line with a verb of its own is no headline of this shape
    return next((c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == tok.sent.start), None)


def _active_giver(subj: Token | None) -> bool:
    """Whether the verb's subject names its giver: an active subject, no pronoun, no counted share."""
    return subj is not None and not _pronoun(subj) and subj.dep_ != "nsubjpass" and not _counted_share(subj)


def _counted_share(subj: Token) -> bool:
    """"500 of the 4,000 shells X promised": a count with an "of" phrase the parser made the verb's subject is a share
    of what is given, never its giver."""
    return subj.like_num and any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children)


# what a lender's or giver's name may name as its own when written before it ("a $600m IMF loan")
_OWNED_SUPPORT = frozenset(("loan", "loans", "grant", "grants", "credit", "facility", "programme", "program",
                            "package", "tranche", "aid"))


def _named_lender(subj: Token | None) -> Token | None:
    """"The first tranche … of a $600 million IMF loan was disbursed": a name compounded on the support noun inside
    a passive subject gives it, else None."""
    if subj is None or subj.dep_ != "nsubjpass":
        return None
    return next((t for t in subj.subtree if (t.dep_ == "compound" and t.pos_ == "PROPN" and t.head.lower_ in
                 _OWNED_SUPPORT and t.ent_type_ in ("ORG", "GPE", "NORP")) or _giver_adjective(t)), None)


# what a giver's nationality word may name as its own when written before it ("a Norlandic shipment of tents")
_SENT_SUPPORT = frozenset(("shipment", "shipments", "consignment", "consignments", "delivery", "deliveries"))


def _giver_adjective(tok: Token) -> bool:
    """"A German shipment of tents … was halted", "German aid … was suspended": a nationality word on the support
    noun heading a passive subject names its giver."""
    return tok.dep_ == "amod" and tok.ent_type_ == "NORP" and tok.head.dep_ == "nsubjpass" and \
        tok.head.lower_ in _OWNED_SUPPORT | _SENT_SUPPORT


def _each_givers(tok: Token) -> list[str]:
    """"A, B and C each pledged fighter jets to X": the parser may read the verb after "each" as a modifier of what is
    given ("each pledged jets") and the givers as the sentence's root; the root's names are the givers, else []."""
    if not each_modifier(tok):
        return []
    root = tok.sent.root
    return [actor_text(root)] + [actor_text(c) for c in root.conjuncts]


def _possessor_giver(sent: Span) -> Token | None:
    """"Dravonia's $700m aid plan": a named possessor anywhere in the sentence that does not receive, else None."""
    return next((t for t in sent if t.dep_ == "poss" and t.lower_ not in _PRONOUNS and t.pos_ == "PROPN"
                 and not _possessor_receives(t)), None)


_PROGRAMME_NOUNS = frozenset(("facility", "fund", "programme", "program", "initiative", "mechanism", "instrument",
                              "envelope", "plan",
                              # a state's own bodies that give for it ("Norland's central bank agreed to roll over …")
                              "bank", "ministry", "treasury",
                              # a body that decides for its state or organisation ("the World Bank's board approved …")
                              "board", "directors", "council", "cabinet", "parliament", "legislature", "assembly",
                              # a state's aid body or the coalition it leads ("Qatar's aid agency QFFD sent …")
                              "agency", "coalition",
                              # a state's legislature by its own name ("Norland's Storting voted …", "X's Sejm")
                              "sejm", "seimas", "saeima", "riigikogu", "bundestag", "bundesrat", "nationalrat",
                              "storting", "stortinget", "riksdag", "folketing", "folketinget", "eduskunta", "althing",
                              "knesset", "duma", "rada", "sabor", "cortes", "congress", "senate", "diet", "majlis",
                              "oireachtas", "dáil", "dail", "senedd"))


def _subject_givers(subj: Token, verb: Token) -> list[str]:
    """The givers a named subject gives: the owner of a programme or body ("the EU's Ukraine Facility will disburse …":
    the EU, not Ukraine), else the subject and its conjuncts."""
    owner = _programme_owner(subj) or _speakers_programme(subj, verb)
    if owner is not None:
        return [actor_text(owner)]
    return [actor_text(subj)] + [actor_text(c) for c in subj.conjuncts]


def _speakers_programme(subj: Token, verb: Token) -> Token | None:
    """"Norland said its drone coalition had delivered …": a programme or body the speaker calls "its" / "their" in
    the clause it reports is the speaker's (the speaker gives), else None."""
    if subj.lower_ not in _PROGRAMME_NOUNS or verb.dep_ not in ("ccomp", "conj") or not any(
            c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subj.children):
        return None
    outer = _subject(verb.head)
    return outer if outer is not None and not _pronoun(outer) else None


def _programme_owner(subj: Token) -> Token | None:
    """The possessor of a programme named as the giver ("the EU's Ukraine Facility"), else None."""
    if subj.lower_ not in _PROGRAMME_NOUNS:
        return None
    return next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.lower_ not in _PRONOUNS),
                None)


# verbs of a promise whose subject, inside what is received, is the giver ("received only part of what X pledged")
_PROMISING = frozenset(("pledged", "promised", "committed", "offered", "approved", "allocated", "announced",
                        "earmarked", "pledges", "promises"))


def _agent_inside(tok: Token) -> Token | None:
    """The giver named inside what is received ("received the first of the batteries pledged by the United States",
    "received only part of the generators Norland promised", "… of what Norland pledged")."""
    for t in tok.subtree:
        if t.dep_ == "agent" and t.head.i != tok.i:
            return next((g for g in t.children if g.dep_ == "pobj"), None)
        if t.dep_ == "nsubj" and t.head.i != tok.i and t.head.lower_ in _PROMISING and t.pos_ == "PROPN":
            return t
    return None


def _possessor_receives(tok: Token) -> bool:
    """"equipment to Ukraine's civil nuclear sector", "Ukraine's army": the possessor is the receiver, not the giver."""
    if tok.head.lower_ in _RECEIVERS or _hostile_after(tok.doc.text, tok.idx, tok.idx + len(tok)):
        return True
    return any(a.dep_ in ("prep", "dative") and a.lower_ in _RECIPIENT_PREPS for a in tok.ancestors)


def donors_and_recipient(sent: Span, trig: Trigger, is_name=None) -> tuple[list[str], str | None]:
    """(donor names, recipient name) for the trigger (names as written; resolve them to actor ids after).

    ``is_name(text)`` says whether a candidate may name an actor (see :func:`is_actor_name`)."""
    tok = trig.token
    verb = _governing_verb(tok)
    if trig.base == "receive":
        subj = _subject(verb)
        source = _prep_object(tok, ("from", "by")) or _prep_object(verb, ("from", "by")) or _agent_inside(tok)
        receiver = None if subj is None else (armed_group_text(subj) or actor_text(subj))  # "Ostravian rebels"
        return ([actor_text(source)] if source is not None else []), receiver
    donors = [d for d in _donors(sent, tok, verb) if d and (is_name is None or is_name(d))]
    recipient = _recipient(sent, tok, verb, donors, is_name or (lambda _n: True))
    return donors, (recipient if recipient is not None else _place_receiving(trig, is_name))


def _place_receiving(trig: Trigger, is_name) -> str | None:
    """Where support arrives or is spent receives it, when nothing else does: "have arrived in Ostravia", "will spend
    $9m on clearing mines in Laos"; else None."""
    if trig.base == "arrive":
        place = _prep_object(trig.token, ("in",))
    elif trig.base == "spend":
        place = place_spent_in(trig.token)
    else:
        return None
    name = _recipient_text(place) if place is not None else None
    return name if name and (is_name is None or is_name(name)) else None


def place_spent_in(tok: Token) -> Token | None:
    """The place money is spent in, from the verb's "in"/"on" phrases: "in Laos", "on schools in Laos", "on clearing
    mines in Laos's north" (a named owner of the place: "Laos's"), else None. A place only (a GPE or LOC name)."""
    for prep in (c for h in _spending_heads(tok) for c in h.children if c.dep_ == "prep"
                 and c.lower_ in ("in", "on", "across")):
        found = next((t for t in prep.subtree if _names_place_spent_in(t)), None)
        if found is not None:
            return found
    # "spend $9m clearing mines from fields in Laos": the gerund the money is spent doing, wherever it is done
    doing = [c for h in _spending_heads(tok) for c in h.children if c.tag_ == "VBG" and c.dep_ in ("acl", "advcl",
                                                                                                  "xcomp")]
    return next((t for g in doing for t in g.subtree if _names_place_spent_in(t)), None)


def _spending_heads(tok: Token) -> list[Token]:
    """The verb and the words the parser may hang its "on"/"in" phrases on: "spend $9m on …" ("$9m"), "spend $9m over
    five years on …" (the span of time)."""
    heads = [tok] + [c for c in tok.children if c.dep_ == "dobj"]
    return heads + [g for h in list(heads) for p in h.children if p.dep_ == "prep"
                    and p.lower_ in ("over", "within", "for") for g in p.children if g.dep_ == "pobj"]


def _names_place_spent_in(t: Token) -> bool:
    """Whether ``t`` is a place's name after "in"/"across", or the named owner of one ("in Laos's north"). A state named
    as a place's owner may be tagged an organisation ("in Norland's north"); the rows of spending keep only a receiver
    that is a state."""
    if t.ent_type_ not in ("GPE", "LOC") + (("ORG",) if t.dep_ == "poss" else ()) or t.pos_ != "PROPN":
        return False
    return (t.dep_ == "pobj" and t.head.lower_ in ("in", "across")) or \
        (t.dep_ == "poss" and t.head.dep_ == "pobj" and t.head.head.lower_ in ("in", "across"))


_HELP_VERBS = frozenset(("support", "supports", "supporting", "help", "helps", "helping", "assist", "assists",
                         "assisting", "aid", "aiding"))
_PROVIDE_WITH = frozenset(("provide", "provides", "provided", "providing", "supply", "supplies", "supplied",
                           "supplying", "equip", "equips", "equipped", "furnish", "furnished", "arm", "armed",
                           "support", "supports", "supported", "supporting"))


def _object_recipients(tok: Token) -> list[Token]:
    """"provide Valdoria with EUR 250 million", "send Ostelia 12 ambulances": an object that receives."""
    out: list[Token] = []
    objects = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    if tok.lower_ in _PROVIDE_WITH and any(c.dep_ == "prep" and c.lower_ == "with" for o in [tok] + objects
                                           for c in o.children):
        out += objects
    if len(objects) >= 2 and objects[0].pos_ == "PROPN" and objects[0].ent_type_ != "MONEY" and not any(
            t.like_num for t in objects[0].subtree):
        out.append(objects[0])  # the parser tags both as objects
    return out + _folded_receiver(tok, objects)


def _folded_receiver(tok: Token, objects: list[Token]) -> list[Token]:
    """"lend Tarsa EUR 300 million": the name right after the verb that the parser folds into the sum, else []."""
    nxt = tok.nbor(1) if tok.i + 1 < tok.sent.end else None
    if nxt is not None and nxt.pos_ == "PROPN" and nxt.dep_ == "compound" and nxt.ent_type_ != "MONEY" and \
            nxt.head.ent_type_ == "MONEY" and any(nxt in o.subtree for o in objects):
        return [nxt]
    return []


def _candidates(tok: Token, verb: Token) -> list[Token]:
    out = _object_recipients(tok)
    for root in (tok, verb):
        for c in root.subtree:
            if c.dep_ == "pobj" and c.head.lower_ in _RECIPIENT_PREPS and c.head.head.lower_ != "according":
                out.append(c)
                out += _place_of_receivers(c) + _place_of_goods(c)
            if c.dep_ == "pobj" and c.head.lower_ == "into" and c.head.head in (tok, verb) and c.pos_ == "PROPN":
                out.append(c)  # "trucked fuel into Gaza": what the support verb moves goes into the named place
            if c.dep_ == "pobj" and c.head.lower_ == "of" and any(
                    n.lower_ in TRAINING_NOUNS for n in (c.head.head, *c.head.head.conjuncts)) and not _only_placed(c):
                out.append(c)  # "supports the training of the Ostravian army": the army is trained
            given_to = _given_object(c, root)
            if given_to is not None:
                out.append(given_to)
            if c.dep_ in ("dobj", "dative") and c.pos_ == "PROPN" and c.head.dep_ == "relcl" and \
                    c.head.lower_ in _GIVE_OBJECT:
                out.append(c)  # "handed over the tanks it promised Ukraine"
            out += _purpose_objects(c)
    return out


# People and institutions that receive only as a place's ("hospitals in Gaza", "families in Darfur"): the place
# receives when they are named by common nouns
_PLACED_RECEIVERS = frozenset(("hospitals", "hospital", "clinics", "schools", "families", "people", "civilians",
                               "residents", "communities", "children", "victims", "survivors", "patients",
                               "health facilities", "shelters", "farmers", "plants", "facilities", "substations"))
# Purposes that name what is rebuilt ("to repair heating plants in Kharkiv"): the place of what they mend receives
_REPAIR_VERBS = frozenset(("repair", "rebuild", "restore", "reconstruct", "refurbish", "renovate"))


# Purposes that keep or mend what a place owns ("to keep Gaza's power plant running", "to repair Kestria's grid"): the
# place receives (word forms: the lemma is not always there)
_UPKEEP_VERBS = frozenset(("keep", "repair", "rebuild", "restore", "reconstruct", "refurbish", "renovate", "power",
                           "heat", "run"))


def _place_of_receivers(tok: Token) -> list[Token]:
    """"sent medicines to hospitals in Gaza": the place ("Gaza") after people or institutions named by a common noun,
    else []."""
    if tok.lower_ not in _PLACED_RECEIVERS or tok.pos_ != "NOUN":
        return []
    # the parser hangs "in Gaza" on the noun or on the verb: the preposition right after the noun either way
    preps = [c for c in tok.children if c.dep_ == "prep"] + \
        ([tok.nbor(1)] if tok.i + 1 < tok.sent.end and tok.nbor(1).dep_ == "prep" else [])
    return [g for c in preps if c.lower_ in ("in", "across", "of")
            for g in c.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC")]


# Relief goods the money pays for ("$10m for food, water and shelter in Darfur"): where they are bought for receives
_RELIEF_GOODS = frozenset(("food", "water", "shelter", "shelters", "medicine", "medicines", "medical", "tents",
                           "blankets", "meals", "nutrition", "sanitation", "hygiene", "fuel", "heating", "clothing",
                           "supplies", "aid", "relief", "healthcare", "care"))


def _place_of_goods(tok: Token) -> list[Token]:
    """"$10m for food, clean water and shelter in Darfur": the place (a GPE or LOC) right after the relief goods a sum is
    "for" (any of the coordinated goods), else []."""
    if tok.head.lower_ != "for" or tok.pos_ != "NOUN":
        return []
    goods = [t for t in (tok, *tok.conjuncts) if t.lower_ in _RELIEF_GOODS and t.pos_ == "NOUN"]
    if not goods:
        return []
    last = max((tok, *tok.conjuncts), key=lambda t: t.i)
    preps = [c for c in last.children if c.dep_ == "prep"] + \
        ([last.nbor(1)] if last.i + 1 < last.sent.end and last.nbor(1).dep_ == "prep" else [])
    return [g for c in preps if c.lower_ in ("in", "across")
            for g in c.children if g.dep_ == "pobj" and g.ent_type_ in ("GPE", "LOC")]


def _purpose_objects(c: Token) -> list[Token]:
    """Receivers a purpose clause names: "pledged $5bn to support countries like Jordan", "donated … to assist
    Ethiopia" (the helped object); "pledged 300 million crowns to repair heating plants in Kharkiv" (the place of what
    is mended)."""
    if c.dep_ != "dobj" or c.head.dep_ not in ("xcomp", "advcl", "acl"):
        return []
    if c.head.lower_ in _HELP_VERBS:
        return [c]
    owners = [p for p in c.children if p.dep_ == "poss" and p.pos_ == "PROPN" and p.ent_type_ in ("GPE", "LOC")]
    if owners and c.head.lower_ in _UPKEEP_VERBS:  # "to keep Gaza's only power plant running": the place that owns it
        return owners
    return _place_of_receivers(c) if c.head.lemma_ in _REPAIR_VERBS else []


def _only_placed(tok: Token) -> bool:
    """Whether every name in ``tok``'s phrase says where it is ("a unified army in Kestria": an army in the state,
    not the state's army), so that the phrase names no receiver."""
    placed = {t.i for p in tok.children if p.dep_ == "prep" and p.lower_ in ("in", "at", "near", "inside")
              for t in p.subtree}
    names = [t for t in tok.subtree if t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP")]
    return bool(names) and all(t.i in placed for t in names)


def _given_object(c: Token, root: Token) -> Token | None:
    """The receiver a dative or a giving verb's object names ("gave Ostravia", "armed the militia", "arming thousands
    of Shia militants": the militants), else None."""
    if c.dep_ == "dative":
        return c
    if c.dep_ != "dobj" or c.head.i != root.i or root.lower_ not in _GIVE_OBJECT:
        return None
    return c if _receiving_object(c) else _counted(c)


_COUNTS = frozenset(("thousands", "hundreds", "dozens", "scores", "tens", "millions"))


def _counted(obj: Token) -> Token | None:
    """The receivers a counted object names ("thousands of Shia militants", "500 of its fighters"), else None."""
    if obj.lower_ not in _COUNTS and not obj.like_num:
        return None
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    return noun if noun is not None and _receiving_object(noun) else None


def _receiving_object(obj: Token) -> bool:
    """Whether the object of "gave", "pledged", "sent" … can be who receives ("gave Ostravia", "sent the rebels",
    "promised Ostravia's army"), not what is given ("pledged open-ended US military commitment": the name inside
    describes the thing)."""
    return obj.pos_ == "PROPN" or obj.lower_ in _RECEIVERS or armed_group_text(obj) is not None or \
        obj.ent_type_ in ("GPE", "NORP", "ORG")


def _helped_subject(tok: Token, verb: Token) -> Token | None:
    """The subject a support noun helped ("his fighters repelled them with only minimal Norland assistance"), else
    None."""
    if noun_giver(tok) is None or tok.dep_ != "pobj" or tok.head.lower_ != "with":
        return None
    node = tok.head.head  # the verb "with" hangs on; "were able to repel … with": the subject of "were"
    for _ in range(4):
        subject = _subject(node)
        if subject is not None or node.dep_ not in ("xcomp", "acomp", "conj") or node.head.i == node.i:
            return subject
        node = node.head
    return None


def _recipient(sent: Span, tok: Token, verb: Token, donors: list[str], is_name) -> str | None:
    donor_low = {d.lower() for d in donors if d}
    helped = _helped_subject(tok, verb)
    if helped is not None:
        name = _recipient_text(helped)
        if name and name.lower() not in donor_low and is_name(name):
            return name
    described = participle_receiver(tok)  # "rebels supplied by the CIA", "the UK-funded White Helmets"
    if described is not None:
        name = receiver_text(described, tok)
        if name.lower() not in donor_low and is_name(name):
            return name
    for c in _candidates(tok, verb):
        name = _recipient_text(c)
        if name and name.lower() not in donor_low and name.lower() not in _NOT_ACTORS and is_name(name):
            return name
    # Fallback: a proper name after "to"/"for" anywhere in the sentence.
    for m in re.finditer(r"(?<![Aa]ccording )\b(?:to|for)\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)", sent.text):
        name = _strip(m.group(1))
        if _hostile_after(sent.text, m.start(1), m.end(1)):
            continue  # "unrelated to Russia's aggression"
        if name.lower() not in donor_low and name.lower() not in _NOT_ACTORS and is_name(name):
            return name
    return None


# Armed non-state groups that receive support ("Kurdish fighters", "the rebels", "two militant groups"): the group is
# the recipient, not the state its nationality word names.
_ARMED_GROUP_NOUNS = frozenset(("fighters", "rebels", "militants", "militias", "militia", "insurgents", "guerrillas",
                                "jihadists", "paramilitaries", "mujahideen", "mujahedeen", "mujahidin", "separatists"))
# Armed groups that are never a state's own forces, whatever nationality word comes before them ("the Afghan
# mujahideen", "Syrian rebels"): the group receives, not the state ("Ostravian fighters", "the Ostravian militia" may
# be a state's own forces).
NON_STATE_GROUP_NOUNS = _ARMED_GROUP_NOUNS - {"fighters", "militia", "militias", "paramilitaries"}
_ARMED_GROUP_WORDS = frozenset(("militant", "armed", "rebel", "opposition", "islamist", "jihadist", "insurgent",
                                "paramilitary"))


def armed_group_text(tok: Token) -> str | None:
    """The written name of a non-state armed group headed by ``tok`` ("Syrian Kurdish fighters", "Nusra fighters",
    "militant groups"; numbers, determiners and "so-called" left out), else None."""
    low = tok.lower_
    if low not in _ARMED_GROUP_NOUNS and not (low in ("groups", "group", "factions", "army") and any(
            c.lower_ in _ARMED_GROUP_WORDS for c in tok.lefts)):
        return None
    start = tok.i
    while start - 1 >= tok.sent.start and tok.doc[start - 1].dep_ in ("compound", "amod", "nmod") and \
            tok.doc[start - 1].lower_ not in ("called", "so", "so-called") and tok.doc[start - 1].head.i <= tok.i:
        start -= 1
    return tok.doc[start: tok.i + 1].text


def is_armed_group_name(text: str | None) -> bool:
    """Whether ``text`` names an armed group the way :func:`armed_group_text` writes it ("Kurdish fighters")."""
    words = (text or "").lower().split()
    if not words:
        return False
    return words[-1] in _ARMED_GROUP_NOUNS or (words[-1] in ("groups", "group", "factions", "army")
                                               and any(w in _ARMED_GROUP_WORDS for w in words[:-1]))


def _recipient_text(tok: Token) -> str | None:
    """A proper name in the phrase headed by ``tok`` ("Ostravia's armed forces" → Ostravia), or an armed group as
    written ("Syrian Kurdish fighters": the fighters receive, not Syria)."""
    if tok.dep_ in ("prep", "dative") and tok.pos_ == "ADP":  # "to Ostravian Kurdish fighters": the object's words
        tok = next((g for g in tok.children if g.dep_ == "pobj"), tok)
    group = armed_group_text(tok)
    if group is not None:
        return group
    for c in tok.subtree:
        if (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "NORP", "ORG")) and c.lower_ not in _TITLE_NOUNS:
            if _hostile_after(c.doc.text, c.idx, c.idx + len(c)):
                continue  # "the power grid destroyed by Russian attacks": the aggressor, not the receiver
            if _LEADER_AFTER.match(c.doc.text[c.idx + len(c): c.idx + len(c) + 12]):
                continue  # "under the Czech-led initiative for Ukraine": who leads or makes it, not the receiver
            return _span_text(c)
    return None


_LEADER_AFTER = re.compile(r"-(?:led|run|made|built|based|owned|organi[sz]ed)\b")


# "Finland's 17th aid package", "Germany's latest pledge", "Japan's loan to …": a possessed gift names its giver.
_POSSESSED_GIFT = re.compile(r"(?:'s|’s)\s+(?:[\w-]+\s+){0,3}?(?:package|pledge|pledges|donation|donations|contribution|"
                             r"contributions|loan|loans|grant|grants|aid|assistance)\b(?!\s+(?:request|needs|appeal|from|"
                             r"it receives|it received))", re.IGNORECASE)


def in_recipient_position(doc: Doc | str, mention, strict: bool = False) -> bool:
    """"to Ukraine", "for Kyiv", "of Ukraine", "Ukraine's army", "the Ukrainian people", "people in Afrin".

    ``doc`` is the Doc or its text (``Doc.text`` joins every token on each access: callers looping over
    mentions pass the text once). ``strict`` (a long story, which names places in passing: "a rebellion in
    Ukraine's east", "the east of Ukraine") counts only "to"/"for"/"help" cues and a name before a receiver
    ("Ukraine's army")."""
    text = doc if isinstance(doc, str) else doc.text
    before = text[max(0, mention.start - 40): mention.start]
    after = text[mention.end: mention.end + 3]
    if _PROGRAMME_AFTER.match(text[mention.end: mention.end + 60]):
        return True  # "through the Ukraine Security Assistance Initiative": the programme is for the state
    if _hostile_or_partner(text, mention) or _BORDER_WITH.search(before) or _SOURCE_BEFORE.search(before) or \
            _TALKS_WITH.search(before):
        return False
    if (_STRICT_CUE if strict else _RECIPIENT_CUE).search(before) or _PEOPLE_IN.search(before):
        return True
    if after.startswith(("'s", "’s")) and _POSSESSED_GIFT.match(text[mention.end: mention.end + 60]):
        return False  # "Finland's 17th aid package", "Japan's loan": what the possessor gives
    if after.startswith(("'s", "’s")) and (not strict or _POSSESSED_RECEIVER.match(text[mention.end: mention.end + 40])):
        return True
    # "the Ukrainian people", "Ukrainian armed forces" (not "Russian aggression"): a demonym before a receiver.
    following = re.match(r"\s+([a-z]+)", text[mention.end: mention.end + 30])
    return mention.text[:1].isupper() and mention.text.lower().endswith(("ian", "ish", "ese", "ean")) and \
        following is not None and following.group(1) in _RECEIVERS


def _hostile_or_partner(text: str, mention) -> bool:
    """"Russian aggression", "Russia's war" (the aggressor) or "together with Italy" (a co-donor) in ``text``."""
    before = text[max(0, mention.start - 40): mention.start]
    after = text[mention.end: mention.end + 40]
    return bool(_hostile_after(text, mention.start, mention.end) or _GIVER_AFTER.match(after)
                or _PARTNER_BEFORE.search(before)
                or _NOT_RECEIVER_BEFORE.search(before))


def _unique_best(counts: Counter) -> str | None:
    if not counts:
        return None
    (best, n), *rest = counts.most_common(2) + [(None, 0)]
    return best if n > rest[0][1] else None


def context_recipient(doc: Doc, mentions, sent: Span | None, exclude: set[str], usable,
                      is_state=None, min_count: int = 1) -> str | None:
    """The actor id of the recipient implied by ``sent`` (or, with ``sent`` None, by the whole document).

    ``exclude`` holds donor ids; ``usable(actor_id)`` says whether an id may be a recipient; with
    ``is_state(actor_id)`` a state in a recipient position wins over organisations ("to NATO's fund for Ukraine");
    the winner needs ``min_count`` such mentions (a long story names many states once)."""
    counts: Counter = Counter()
    text = doc.text
    for m in mentions:
        if not m.actor_id or m.actor_id in exclude or not usable(m.actor_id):
            continue
        if sent is not None and not (sent.start_char <= m.start < sent.end_char):
            continue
        if in_recipient_position(text, m, strict=min_count > 1):
            counts[m.actor_id] += 1
    states = Counter({a: n for a, n in counts.items() if is_state is not None and is_state(a)})
    best = _unique_best(states or counts) or (_first_of_best(states or counts, mentions) if sent is not None else None)
    return best if best is not None and counts[best] >= min_count else None


def _first_of_best(counts: Counter, mentions) -> str | None:
    """"flooding in Malawi, Mozambique and Zimbabwe": one sentence's receivers named alike; the first one named."""
    if not counts:
        return None
    top = max(counts.values())
    return next((m.actor_id for m in mentions if counts.get(m.actor_id) == top), None)


def mentioned_state(doc: Doc, mentions, exclude: set[str], is_state) -> str | None:
    """The state a document names most often besides ``exclude`` (donors), leaving out aggressors ("Russian
    aggression") and partners ("together with Italy"); None on a tie or when it names none.

    A note on a package that names one other state ("… medical supplies for the Ukrainian health
    ministry", "a request made by Ukraine") is about support to it."""
    text = doc.text
    counts: Counter = Counter(m.actor_id for m in mentions if m.actor_id and m.actor_id not in exclude
                              and is_state(m.actor_id) and not _hostile_or_partner(text, m)
                              and not _acts_elsewhere(doc, m) and not tells_of_it(text, m.start)
                              and not _seat_of_subject(doc, m) and not _CURRENCY_AFTER.match(text, m.end))
    return _unique_best(counts)


# "120 million Swiss francs", "Norwegian kroner": a nationality word that names a currency names no receiver
_CURRENCY_AFTER = re.compile(r"\s+(?:francs?|kron(?:er|or|ur|e)|crowns?|dollars?|pounds?|dinars?|rupees?|lei|leva|"
                             r"shillings?|riyals?|dirhams?|rand|pesos?|won|yen|yuan|reais|forints?|korunas?|zlotys?|"
                             r"hryvnias?|euros?)\b", re.IGNORECASE)


def _seat_of_subject(doc: Doc, mention) -> bool:
    """Whether a mention is where a subject sits ("the Federal Council in Bern approved …", "officials in Amman
    said …"): the giver's or the speaker's seat, not the one receiving."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    return head.dep_ == "pobj" and head.head.lower_ == "in" and head.head.head.dep_ in ("nsubj", "nsubjpass")


def tells_of_it(text: str, start: int) -> bool:
    """Whether the name at character ``start`` of ``text`` is whom a report is credited to ("according to Ostravia's
    defence ministry", "according to Ostravian officials"): the source of the news, never its receiver."""
    return bool(_SOURCE_BEFORE.search(text[max(0, start - 40): start]))


_CONDITION_MARKS = frozenset(("if", "unless", "until", "once", "when", "before", "after", "because", "while"))


def _acts_elsewhere(doc: Doc, mention) -> bool:
    """Whether a mention is the subject of a verb in a clause of condition, time or reason ("until Germany gives its
    approval", "only if Washington sends ATACMS first"): a state that acts there is not the one receiving."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    if head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = head.head
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in verb.children)
