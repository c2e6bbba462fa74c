"""``cablegram_actors.v1``: find actor mentions and resolve them against the knowledge base.

Passes, cheapest first (all over tokens, so the cost stays close to linear in the text):

1. alias scan: folded token n-grams looked up in the KB's alias index (longest match wins;
   acronyms need their capitals; a match must start with a capital letter);
2. titles and office metonyms ("the Secretary of State", "Ukraine's top diplomat", "the Kremlin"):
   the holder of the office on ``doc._.cg_date``;
2b. state institutions: a state mention with a body of that state next to it ("the Government of
   Marenia", "the Marenian government", "Marenia's foreign ministry", "the Kastorian armed forces")
   becomes one mention of the *state* covering the whole phrase (method ``institution``), and
   ministries known by a building ("the State Department", "the Quai d'Orsay") resolve to their
   state; the body speaks for the state, so it is not a new organisation;
3. NER PERSON/ORG/GPE/NORP spans left over: surname in context (a full name elsewhere in the
   document, else the one KB person with that surname in office on the date), then fuzzy
   match (rapidfuzz) against KB names;
4. PERSON/ORG spans still unknown become new actors (``Actor(is_new=True)``), never dropped.

Writes ``doc._.cg_mentions``, ``doc._.cg_new_actors`` and ``doc.spans["cg_actors"]``
(``span._.cg_actor_id``).
"""

from __future__ import annotations

import calendar
import re
from collections import Counter

from bisect import bisect_right
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..kb.base import SURNAME_PARTICLES, KnowledgeBase, rank
from ..kb.dedupe import given_name_agrees
from ..kb.fold import acronym_key, slugify
from ..kb.resolver import Resolver, role_name
from ..kb.titles import (BARE_TITLES, CAPITALISED_COLLECTIVES, COLLECTIVE_BODIES, COLLECTIVE_NAMES,
                         HEAD_OF_GOVERNMENT_LEADS, INSTITUTION_METONYMS, LEADER_GOVERNMENTS, LOWER_CASE_METONYMS,
                         NAMED_OFFICES, OFFICE_METONYMS, QUALIFIED_TITLES,
                         ROLE_FALLBACK, SEAT_BUILDINGS,
                         STATE_INSTITUTIONS, TITLES)
from ..records import Actor, Mention
from .actor_admission import Admission
from .actor_apposition import Apposition
from .actor_counterparts import counterparts
from .actor_nationality import Nationality
from .doc_cache import doc_text, token_texts
from .extensions import ensure_extensions
from .language import is_english
from .lexicons import folded_word_set, load_lexicon, word_set

FACTORY = "cablegram_actors"  # spaCy forbids "." in factory names; the pipeline calls it cablegram_actors.v1
SPAN_KEY = "cg_actors"
PLACE_KEY = "cg_places"  # place mentions: span.label_ = kind (city, region, camp, river, ...), span.kb_id_ = ISO3

_DASHES = frozenset({"-", "‐", "‑", "–", "—"})
# First words of the ministries that also count in lower case (kb.titles.LOWER_CASE_METONYMS).
_LOWER_CASE_OPENINGS = frozenset({"state", "justice", "us"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_NEW_KINDS = {"PERSON": ("person", "person"), "ORG": ("organisation", "org")}
# Honorifics NER sometimes keeps inside PERSON spans.
_NOT_NAME_START = frozenset({"DET", "ADV", "ADP", "CCONJ", "SCONJ", "PRON", "PART", "INTJ", "PUNCT"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "lord", "lady", "dame", "madam", "president", "minister",
                         "secretary"})
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})  # "Jr." alone is no surname
_PATRONYMIC = ("vich", "vych", "vna", "ich", "ovna", "evna", "ivna")


def _name_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """An NER span without a leading honorific or stray word ("Later Sybiha") and trailing possessive."""
    while start < end and (doc[start].lower_.rstrip(".") in _HONORIFICS or doc[start].pos_ in _NOT_NAME_START):
        start += 1
    while end > start and doc[end - 1].text in _POSSESSIVE:
        end -= 1
    bracket = next((t for t in range(start + 1, end) if doc[t].text == "("), None)
    if bracket is not None:  # "Movement for Democratic Change (MDC": the name stops at the bracket
        end = bracket
    return start, end


def _remember(local: dict[str, Actor], given: dict[str, set[str]], key: tuple[str, ...], actor: Actor) -> None:
    """Register the short forms of a full name ``key`` (folded words) for ``actor``."""
    if len(key) < 2:
        return
    local.setdefault(key[-1], actor)
    if len(key) > 2 and key[-2] in SURNAME_PARTICLES:
        local.setdefault(" ".join(key[-2:]), actor)
    given.setdefault(key[0], set()).add(actor.id)


def _remember_near_spelling(local: dict[str, Actor], hit: "_Hit", words: tuple[str, ...]) -> None:
    """A KB person named in full by a near spelling ("Viktor Orbn"): the text's own surname ("Orbn") names that
    person later in the document too, as the KB's spelling of it would."""
    if hit.method == "fuzzy" and hit.actor.type == "person" and len(words) > 1:
        _remember(local, {}, words, hit.actor)


# Letters that transliterations of one name write differently ("Araghchi"/"Araqchi", "Tokayev"/"Tokaev",
# "Khamenei"/"Hamenei"): folded to one letter before the vowels are dropped (:func:`_spelling_skeleton`).
_TRANSLITERATION_PAIRS = (("kh", "h"), ("gh", "k"), ("q", "k"), ("ck", "k"), ("dzh", "j"), ("dj", "j"), ("zh", "j"),
                          ("ph", "f"), ("w", "v"))
_MIN_VARIANT_LENGTH = 5  # shorter surnames ("Kim", "Lee", "Ruto") differ in a letter from other people's names
_MIN_VARIANT_RATIO = 75  # rapidfuzz ratio of the two spellings ("araqchi"/"araghchi" 80, "tokaev"/"tokayev" 92)


def _spelling_skeleton(word: str) -> str:
    """A folded surname's consonants in order, with the letters transliterations write differently made one and
    doubled letters written once ("araghchi" and "araqchi" → "rkch", "tokayev" and "tokaev" → "tkv")."""
    for written, letter in _TRANSLITERATION_PAIRS:
        word = word.replace(written, letter)
    out: list[str] = []
    for c in word:
        if c not in "aeiouy'-’" and (not out or out[-1] != c):
            out.append(c)
    return "".join(out)


def _respelling(word: str, surname: str) -> bool:
    """Whether a folded alias's last word is another spelling of the person's surname ("araqchi" of "araghchi",
    "mursi" of "morsi"), not another word (an alias "Sheikh Mohammed" ends in a given name)."""
    return word[:1] == surname[:1] and fuzz.ratio(word, surname) >= _MIN_VARIANT_RATIO


def _local_variant(local: dict[str, Actor], surname: str) -> Actor | None:
    """The one person named in full earlier in the document whose surname ``surname`` writes in another
    transliteration ("Abbas Araghchi ... Araqchi said", "Kassym-Jomart Tokayev ... Tokaev told"): same first
    letter, same :func:`_spelling_skeleton`, a near spelling; None for a short surname or when none or several
    people of the document fit ("Peters" is not "Petersen": other consonants)."""
    if len(surname) < _MIN_VARIANT_LENGTH or " " in surname:
        return None
    skeleton = _spelling_skeleton(surname)
    found = {a.id: a for key, a in local.items()
             if a.type == "person" and " " not in key and key != surname and key[:1] == surname[:1]
             and _spelling_skeleton(key) == skeleton and fuzz.ratio(key, surname) >= _MIN_VARIANT_RATIO}
    return next(iter(found.values())) if len(found) == 1 else None


def _add_given(local: dict[str, Actor], given: dict[str, set[str]], actors: dict[str, Actor]) -> None:
    """Given names that only one person of the document carries also name that person."""
    for name, ids in given.items():
        if len(ids) == 1 and len(name) > 2:
            local.setdefault(name, actors[next(iter(ids))])


def _place_stands(doc: Doc, place, start: int, end: int, hits: list[_Hit], orgs: list[tuple[int, int]],
                  place_verbs: frozenset[str] = frozenset()) -> bool:
    """Whether tokens start..end are the place: not part of a longer actor name ("Kurdistan Regional
    Government") or organisation named after it, and not a state of that name the document speaks of
    ("Georgia" with Tbilisi nearby)."""
    if any(h.start < end and h.end > start and (h.start < start or h.end > end) for h in hits):
        return False
    if _inside_longer_org(orgs, start, end) or _inside_longer_person(doc, start, end):
        return False
    if place.kind == "capital":  # "in Beijing" is the city; "Beijing said", "Beijing's claim" the state
        return _locative(doc, start, end) or _city_speaks(doc, place, start, end, hits) \
            or _object_of_place_verb(doc[end - 1], place_verbs)
    same_state = any(h.actor.type == "state" and (h.start, h.end) == (start, end) for h in hits)
    return not (same_state and _evidence_loses(place, doc_text(doc)))


def _inside_longer_person(doc: Doc, start: int, end: int) -> bool:
    """Whether an NER person name goes on around tokens start..end ("Ricardo Lagos", "Lagos Mendes"): a place
    name inside a person's name is the name."""
    ent = doc[start].ent_type_ == "PERSON" and next((e for e in doc.ents if e.start <= start < e.end), None)
    return bool(ent) and ent.label_ == "PERSON" and (ent.start < start or ent.end > end)


# Words before a city name that make it the place, not its government: "in Kabul", "southern Damascus",
# "the capital, Tripoli". Not "to"/"from": "went to Washington" is a visit to its government.
_LOCATIVE_PREPS = frozenset({"in", "near", "outside", "around", "inside", "across", "throughout", "within", "into",
                            "through"})  # "a convoy through Kano": where it went
# Nouns before "of" that make the name after it a place: "west of Damascus", "the outskirts of Kabul".
_PART_OF_PLACE = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                            "outskirts", "suburbs", "suburb", "streets", "centre", "center", "heart", "outside",
                            "residents", "mayor", "city", "districts", "district", "neighbourhood", "neighborhood"})
# Nouns after a capital's possessive that make it the city: "Tokyo's streets", "Kabul's airport".
_CITY_PARTS = _PART_OF_PLACE | frozenset({"skyline", "airport", "airports", "hospitals", "hospital", "metro", "subway",
                                          "parks", "buildings", "residents", "inhabitants", "population", "port",
                                          "outskirts", "suburbs", "streets", "squares", "neighbourhoods"})
_DIRECTIONS = frozenset({"northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
                         "southeastern", "southwestern", "greater", "suburban", "downtown", "capital"})
# Heads that make a capital before them its government ("the Kabul government", "Beijing officials").
_GOVERNMENT_HEADS = frozenset({"government", "regime", "authorities", "administration", "leadership", "officials",
                               "leaders", "diplomats", "policy", "establishment", "elite", "elites", "rulers",
                               "lawmakers", "legislators", "politicians", "policymakers", "negotiators", "insiders",
                               "envoys", "allies", "government's", "hawks", "partners", "backers", "patrons",
                               "paymasters"})

# Verbs before "to" that carry people or things to a city, and before "at" that fire at it: the city is a place
# there ("diverted to Minsk", "deported to Kabul", "fired at Damascus"). Not "went to" or "travelled to": a visit
# to a capital may be one to its government.
_CARRIED_TO = frozenset({"diverted", "divert", "diverting", "rerouted", "redirected", "deported", "deport",
                         "extradited", "extradite", "airlifted", "evacuated", "smuggled", "shipped", "trucked", "bused",
                         "bussed", "transferred", "flown"})
_FIRED_AT = frozenset({"fired", "fire", "fires", "firing", "launched", "lobbed", "hurled"})

# Words before a government head that make it private people ("business leaders in Moscow", "religious
# leaders in Kabul"): the capital after them is where they are, not the government.
_PRIVATE_KINDS = frozenset({"business", "businesses", "industry", "corporate", "community", "religious", "church",
                            "faith", "civic", "student", "union", "opposition", "protest", "tribal", "clan"})


def _private_kind(doc: Doc, i: int) -> bool:
    """Whether token ``i`` (the word before a government head) says the head is private people."""
    return 0 <= i < len(doc) and doc[i].lower_ in _PRIVATE_KINDS


# Reactions before "in" that make the capital after it its government: "well received in Tel Aviv", "alarm in
# Washington", "mixed feelings in Whitehall".
_REACTIONS = frozenset({"received", "welcomed", "alarm", "alarmed", "concern", "concerns", "anger", "fury", "dismay",
                        "feelings", "unease", "relief", "worry", "worries", "jitters", "consternation", "outrage",
                        "irritation", "frustration", "scepticism", "skepticism", "suspicion", "satisfaction"})


def _locative(doc: Doc, start: int, end: int) -> bool:
    """Whether the capital at tokens start..end names the city (a place) rather than its government."""
    if end < len(doc) and doc[end].text in _POSSESSIVE:
        # "Beijing's claim" is its government's; "Tokyo's streets", "Kabul's airport" the city's
        return end + 1 < len(doc) and doc[end + 1].lower_ in _CITY_PARTS
    if end + 1 < len(doc) and doc[end].text in _DASHES and doc[end + 1].lower_ == "based":
        return True  # "a Paris-based watchdog": where a body sits
    said = _place_by_words_before(doc, start)
    if said is not None:
        return said
    return _followed_by_state(doc, end) or _modifies_a_thing(doc, end)


def _place_by_words_before(doc: Doc, start: int) -> bool | None:
    """What the words before a capital at token ``start`` say: True the city, False its government, None nothing."""
    before = _word_before(doc, start)
    if before is None:
        return None
    prev, prev2 = before
    if prev in _LOCATIVE_PREPS and prev2 in _GOVERNMENT_HEADS and not _private_kind(doc, start - 3):
        return False  # "the regime in Damascus", "a friendly government in Kabul": the seat for the government
    if prev == "in" and prev2 in _REACTIONS:
        return False  # "well received in Tel Aviv", "alarm in Washington": how its government took something
    if prev in _LOCATIVE_PREPS or prev in _DIRECTIONS or (prev == "of" and prev2 in _PART_OF_PLACE):
        return True
    verb = doc[start - 1].head.lower_
    if prev == "to" and verb in _CARRIED_TO or prev == "at" and verb in _FIRED_AT:
        return True  # "a plane diverted to Minsk", "rockets fired at Damascus": where to, not its government
    return None


def _part_of_a_place_follows(doc: Doc, end: int) -> bool:
    """Whether "of" and a place follow token ``end`` ("the west of the country"), not "of" and a gerund
    ("accused the west of stoking the unrest": what the bloc is said to do)."""
    if end >= len(doc) or doc[end].lower_ != "of":
        return False
    return not (end + 1 < len(doc) and doc[end + 1].tag_ == "VBG")


def _object_of_place_verb(tok, place_verbs: frozenset[str]) -> bool:
    """Whether ``tok`` is the object of a verb of movement or attack (lexicon ``names.place_verbs``: "left
    Hanoi", "shelled Kharkiv"), not of a verb that leaves it in a state ("left Baghdad caught between")."""
    verb = tok.head
    if tok.dep_ != "dobj" or not (verb.lower_ in place_verbs or verb.lemma_.lower() in place_verbs):
        return False
    after = [c for c in (*verb.children, *tok.children) if c.i > tok.i]
    return not any(c.dep_ in ("xcomp", "ccomp", "oprd", "acomp", "acl") for c in after)


def _city_speaks(doc: Doc, place, start: int, end: int, hits: list["_Hit"]) -> bool:
    """Whether a capital stands for the city, not its state: the document names the city's own government
    ("London's new mayor", "the mayor of London", "the London mayor") and no member of the state's
    government ("London has proved him wrong" in a report on the mayor)."""
    name = re.escape(doc[start:end].text)
    if not re.search(rf"\b{name}(?:['’]s)?(?:\s+[\w-]+){{0,2}}\s+mayor\b|\bmayor\s+of\s+{name}\b", doc_text(doc)):
        return False
    return not any(h.actor.type == "person" and any(r.country == place.country for r in h.actor.roles) for h in hits)


def _national_branches(doc: Doc, hits: list["_Hit"]) -> list["_Hit"]:
    """``hits`` less organisation and group mentions that open a longer NER organisation name ending in a
    state's name ("Save the Children Australia": a national branch, a body of its own)."""
    states_at = {h.start for h in hits if h.actor.type == "state"}
    return [h for h in hits if not (h.actor.type in ("organisation", "group") and h.end in states_at
                                    and doc[h.end].ent_iob_ == "I" and doc[h.end].ent_type_ == "ORG")]


def _word_before(doc: Doc, start: int) -> tuple[str, str] | None:
    """(word before the name, word before that), lower case; "the capital, Tripoli" reads as "capital"."""
    if start == 0:
        return None
    prev = doc[start - 1].lower_
    prev2 = doc[start - 2].lower_ if start > 1 else ""
    if prev == "," and prev2 == "capital":
        return "capital", doc[start - 3].lower_ if start > 2 else ""
    return prev, prev2


def _followed_by_state(doc: Doc, end: int) -> bool:
    """"Brussels, Belgium": the city followed by its country."""
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ == "GPE" \
        and not doc[end + 1].is_sent_start


def _modifies_a_thing(doc: Doc, end: int) -> bool:
    """"Beijing police", "a Kabul hospital": the name modifies a noun that is no government body. Not a
    participle the tagger took for that noun ("an ultimatum to Damascus warning of action": "warning" opens a
    clause of its own)."""
    last = doc[end - 1]
    if last.dep_ != "compound" or last.head.i < end or last.head.pos_ != "NOUN" or last.head.lower_ in _GOVERNMENT_HEADS:
        return False
    head = last.head
    return not (head.i == end and head.lower_.endswith("ing") and head.i + 1 < len(doc)
                and doc[head.i + 1].lower_ in ("of", "that", "against"))


def _evidence_loses(place, text: str) -> bool:
    ours, theirs = place.evidence_for(text)
    return ours <= theirs


def _names_a_topic(tok) -> bool:
    """Whether ``tok`` (after "the Commission on") starts a name's topic: capitalised and no date ("the
    Commission on Presidential Debates", not "the Commission on February 1")."""
    dates = {m.casefold() for m in (*calendar.month_name, *calendar.day_name) if m}
    return tok.text[:1].isupper() and tok.ent_type_ not in ("DATE", "TIME") and tok.lower_ not in dates


def _inside_longer_org(orgs: list[tuple[int, int]], start: int, end: int, doc: Doc | None = None) -> bool:
    """True when one of ``orgs`` strictly contains tokens start..end ("the Raqqa Civil Council",
    "the Syrian American Medical Society"); with ``doc``, an org that is the name itself after "the" (NER's
    "The People's Liberation Army" around the state's own alias) holds nothing longer."""
    return any(a <= start and end <= b and (a, b) != (start, end)
               and not (doc is not None and b == end and a == start - 1 and doc[a].lower_ == "the")
               for a, b in orgs)


# Prepositions before a seat of government that make it the building ("met Putin at the Kremlin").
_AT_SEAT = frozenset({"at", "inside", "outside", "in"})


def _after_locative(doc: Doc, start: int) -> bool:
    """True when the word before token ``start`` is a locative preposition ("in Kerry", "near Miami")."""
    return start > 0 and doc[start - 1].lower_ in _LOCATIVE_PREPS and doc[start - 1].lower_ != "into"


def _no_person_by_place(doc: Doc, start: int, end: int) -> bool:
    """Whether a name the NER took for a person stands where no person's name does: one word after a locative
    preposition ("a refugee centre in Kerry": a place) or any name right after "the" (:func:`_with_article`)."""
    return end - start == 1 and _after_locative(doc, start) or _with_article(doc, start, end)


def _with_article(doc: Doc, start: int, end: int) -> bool:
    """Whether a name the NER took for a person is written with "the" right before it ("the Ouse", "the
    Matterhorn"): a person's name takes none (a title or an adjective comes between: "the late Ann Lee", "the Rev
    Ann Lee"); a plural family ("the Lees") is read elsewhere."""
    return start > 0 and doc[start - 1].lower_ == "the" and doc[start].text[:1].isupper() and end > start


def _seat_is_building(doc: Doc, start: int, gatherings: frozenset[str]) -> bool:
    """Whether the seat of government at token ``start`` is the building, not the government: after "at",
    "inside", "outside" or "in" that follows no common noun, or a gathering (lexicon ``names.gatherings``:
    "met him on Friday at the Kremlin", "talks at Downing Street"; not "a nerve at the White House",
    "officials at the Pentagon")."""
    i = start - 1 if start > 0 and doc[start - 1].lower_ == "the" else start
    if i == 0 or doc[i - 1].lower_ not in _AT_SEAT:
        return False
    if i < 2:
        return True
    word = doc[i - 2]
    return word.lower_ in gatherings or (word.pos_ not in ("NOUN", "PRON") and word.lower_ not in _GOVERNMENT_HEADS)


# First words of "<word> State" names that are no sub-national state ("Islamic State" is a group).
_NOT_REGION_HEADS = frozenset({"islamic", "jewish", "free", "member", "deep", "nation", "welfare", "police", "head",
                               "secretary", "department", "city", "united", "sovereign"})


def _sub_national_state(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens start..end are a federal unit named "<Name> State" ("Borno State", "Yobe State"):
    a place (a region), never a person or an organisation."""
    return end - start == 2 and doc[end - 1].text == "State" and doc[start].text[:1].isupper() \
        and doc[start].lower_ not in _NOT_REGION_HEADS


# Capitalised heads of geographic features named after a state: "the Jordan Valley", "the Niger Delta", "the
# Panama Canal" are places, not the state.
_FEATURE_HEADS = frozenset({"Valley", "River", "Delta", "Basin", "Canal", "Strait", "Straits", "Sea", "Mountains",
                            "Desert", "Highlands", "Plateau", "Lake", "Gorge", "Rift"})


def _state_named_features(doc: Doc, hits: list["_Hit"]) -> tuple[list["_Hit"], list[Span]]:
    """State mentions that open the name of a geographic feature (a capitalised head of :data:`_FEATURE_HEADS`
    right after them), as places (label ``region``, the state's ISO3) instead of mentions."""
    kept, places = [], []
    for h in hits:
        if h.actor.type == "state" and h.end < len(doc) and doc[h.end].text in _FEATURE_HEADS:
            places.append(Span(doc, h.start, h.end + 1, label="region", kb_id=h.actor.id))
        else:
            kept.append(h)
    return kept, places


def _unlisted_places(doc: Doc, hits: list["_Hit"], places: list[Span], not_actor=lambda text: False) -> list[Span]:
    """Places the place list lacks: NER place names (GPE, LOC) no actor or listed place holds ("Miami",
    "Cleveland"), and one-word names the NER took for a person after a locative preposition ("in Kerry").
    Label ``place``, no country. Names ``not_actor`` knows (outlets: "Interfax", tagged GPE) are no places."""
    held = {t for h in hits for t in range(h.start, h.end)} | {t for p in places for t in range(p.start, p.end)}
    out = []
    for ent in doc.ents:
        start = ent.start + 1 if ent[0].lower_ == "the" and len(ent) > 1 else ent.start
        if any(t in held for t in range(start, ent.end)) or not doc[start].text[:1].isupper() \
                or not_actor(doc[start:ent.end].text):
            continue
        if _sub_national_state(doc, start, ent.end):
            out.append(Span(doc, start, ent.end, label="region", kb_id=""))
        elif ent.label_ in ("GPE", "LOC") or (ent.label_ == "PERSON" and len(ent) == 1 and _after_locative(doc, start)):
            out.append(Span(doc, start, ent.end, label="place", kb_id=""))
    return out


class _Context:
    """What a document names, for telling apart actors that share an alias (folded words, lazily)."""

    def __init__(self, kb: KnowledgeBase, folded: list[list[str]]):
        self.kb = kb
        self._folded = folded
        self._text: str | None = None
        self._states: dict[str, bool] = {}
        self._words: set[str] | None = None

    def names(self, name: str) -> bool:
        """True when ``name`` (two words or more, folded) occurs in the document."""
        key = self.kb.folder.name(name)
        if len(key) < 2:
            return False
        if self._text is None:
            self._text = " " + " ".join(w for ws in self._folded for w in ws) + " "
        return f" {' '.join(key)} " in self._text

    def names_state_otherwise(self, state: Actor, word: str) -> bool:
        """True when the document names ``state`` by a one-word name other than ``word`` (its capital,
        its demonym): "Kinshasa" next to "Congo" tells the Democratic Republic of the Congo."""
        if self._words is None:
            self._words = {w for ws in self._folded for w in ws}
        return _state_named_otherwise(self.kb, state, word, self._words)

    def names_state(self, iso3: str) -> bool:
        """True when the document names the state ``iso3`` (its name or a one-word alias such as a demonym)."""
        if iso3 not in self._states:
            state = self.kb.actors.get(iso3)
            words = {w for ws in self._folded for w in ws} if state else set()
            keys = [self.kb.folder.name(n) for n in (state.name, *state.aliases)] if state else []
            self._states[iso3] = any((len(k) == 1 and k[0] in words) or (len(k) > 1 and self.names(" ".join(k)))
                                     for k in keys)
        return self._states[iso3]


@dataclass
class _Hit:
    start: int  # token offsets
    end: int
    actor: Actor
    method: str
    score: float = 1.0
    role: str | None = None


@dataclass
class _TitleScan:
    """What the title pass knows and collects: earlier hits by end and start token, the tokens they hold,
    the title hits found, the qualifier hits they absorb (by ``id``) and tokens of titles before a name."""
    by_end: dict[int, _Hit]
    by_start: dict[int, _Hit]
    taken: set[int]
    out: list[_Hit] = field(default_factory=list)
    absorbed: set[int] = field(default_factory=set)
    covered: set[int] = field(default_factory=set)
    people: list[_Hit] = field(default_factory=list)  # person hits, for titles without a country
    folded: list[list[str]] = field(default_factory=list)  # the document's folded tokens


def _person_follows(doc: Doc, end: int, by_start: dict[int, _Hit]) -> bool:
    """True when a person's name starts at token ``end`` (a known person hit, or an NER PERSON token)."""
    nxt = by_start.get(end)
    return nxt is not None and nxt.actor.type == "person" or (end < len(doc) and doc[end].ent_type_ == "PERSON")


# An office title read for an organisation that names that office otherwise: the EU's "top diplomat"
# or "foreign minister" is its High Representative.
_ORG_ROLES = {("foreign_minister", "IGO.EU"): "high_representative"}

def _office_role(role: str, country: str | None) -> str:
    """The KB role a title names for its state or body: the EU's "foreign minister" is its high representative;
    an armed group's "secretary general" ("Hezbollah's secretary general") is its leader."""
    if role == "secretary_general" and (country or "").startswith("GRP."):
        return "group_leader"
    return _ORG_ROLES.get((role, country), role)


_MINOR_WORDS = frozenset({"of", "the", "in", "and", "for", "on", "al", "el", "de", "du", "des", "la", "le"})


def _without_middle_initials(words: tuple[str, ...]) -> tuple[str, ...]:
    """Folded name words without one-letter words between the first and the last ("loretta e lynch")."""
    return tuple(w for k, w in enumerate(words) if k in (0, len(words) - 1) or len(w.rstrip(".")) > 1)


def _middle_name_apart(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two folded names differ only by one middle name ("konstandinos erik scurfield" and
    "konstandinos scurfield"); not a surname particle ("al", "bin": "Hamid al Lund" is no "Hamid Lund")."""
    if abs(len(a) - len(b)) != 1 or min(len(a), len(b)) < 2:
        return False
    long = a if len(a) > len(b) else b
    short = b if long is a else a
    return len(long) == 3 and long[0] == short[0] and long[-1] == short[-1] and long[1] not in SURNAME_PARTICLES


def _short_given(short: str, full: str) -> bool:
    """Whether folded given name ``short`` is a familiar short form of ``full``: its stem (without a final
    "ie", "y" or "ey" and a doubled last letter) begins ``full`` ("ollie"/"oliver", "dan"/"daniel",
    "alex"/"alexander"). Three letters at least, and shorter than ``full``."""
    if len(short) < 3 or len(short) >= len(full) or not short.isalpha():
        return False
    stem = short
    for ending in ("ie", "ey", "y"):
        if stem.endswith(ending) and len(stem) - len(ending) >= 2:
            stem = stem[:-len(ending)]
            break
    if len(stem) > 2 and stem[-1] == stem[-2]:
        stem = stem[:-1]
    return full.startswith(stem)


def _initials(name: str) -> str:
    """Capital initials of a name of two words or more, minor words skipped ("Islamic State" → "IS")."""
    words = [w for w in name.replace("-", " ").split() if w.lower() not in _MINOR_WORDS]
    if len(words) < 2 or not all(w[:1].isalpha() for w in words):
        return ""
    return "".join(w[0].upper() for w in words)


def _backed(actor: Actor | None, countries: set[str]) -> Actor | None:
    """``actor`` when the document names its country (a state, or another actor of that country), else None."""
    return actor if actor is not None and actor.country in countries else None


def _other_body_named(doc: Doc, noun: str, before: int) -> bool:
    """True when an organisation named before token ``before`` has ``noun`` in its name ("the Alliance"
    after "the Alliance for Progress", "the Commission" after "the Electoral Commission"): the
    collective name is that body, not the default bloc."""
    return any(e.label_ == "ORG" and e.end <= before and noun.casefold() in e.text.casefold() for e in doc.ents)


def _bracketed_short_forms(doc: Doc, hits: list[_Hit]) -> list[_Hit]:
    """Short forms given in brackets right after an organisation or group ("Movement for Democratic
    Change (MDC)"): the bracketed capitals, when they are the name's initials and no hit holds them."""
    taken = {t for h in hits for t in range(h.start, h.end)}
    out = []
    for h in hits:
        k = h.end + 1
        if h.actor.type in ("organisation", "group") and k + 1 < len(doc) and doc[h.end].text == "(" \
                and doc[k + 1].text == ")" and k not in taken and doc[k].text.isupper() \
                and doc[k].text in (_initials(doc[h.start:h.end].text), _initials(h.actor.name)):
            out.append(_Hit(k, k + 1, h.actor, "initials", 0.9))
    return out


def _outside_person_names(doc: Doc, hits: list[_Hit], known_surname=lambda word: False) -> list[_Hit]:
    """Drop hits that are part of a longer person's name (the NER's PERSON span): an organisation or
    group that the name goes on from with a particle ("Abu Musab" in "Abu Musab al-Zarqawi"), and a
    state or organisation that ends the name ("Israel" in "Steve Israel", "Jordan" in "Jim Jordan"), and a
    state or a shorter KB person that begins it ("Chad" in "Chad Olsen", "Abdul Hamid" in "Abdul Hamid Dbeibah"),
    unless the one word after a state is a known person's surname (``known_surname``: "It was Russia Trump warned",
    where the NER joined a state and a surname)."""
    person: dict[int, tuple[int, int]] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            for t in range(ent.start, ent.end):
                person[t] = (ent.start, ent.end)

    def inside(h: _Hit) -> bool:
        start, end = person.get(h.start, (h.start, -1))
        if h.actor.type in ("organisation", "group") and h.end < end and doc[h.end].lower_ in SURNAME_PARTICLES:
            return True
        if start == h.start and h.end < end and _name_goes_on(doc, h.end, end):
            # "Chad Olsen", "Abdul Hamid Dbeibah": a state, or a shorter person, that begins a longer name
            if h.actor.type == "state":
                return not (end - h.end == 1 and known_surname(doc[h.end].text))
            return h.actor.type == "person" and h.end - h.start > 1
        return h.actor.type in ("state", "organisation") and start < h.start and h.end == end \
            and doc[start].pos_ == "PROPN" and not any(t.text in _POSSESSIVE for t in doc[start:h.start])
    return [h for h in hits if not inside(h)]


_WORD_INITIALS = frozenset({"is", "it", "as", "at", "on", "in", "or", "an", "am", "be", "do", "so", "to", "we", "he",
                            "me", "my", "of", "by", "if", "no", "up", "go"})  # not "US": too common a name to doubt
_NAME_NEIGHBOURS = frozenset({"NOUN", "PROPN", "PUNCT", "CCONJ", "NUM"})  # "IS cells", "IS and …", "by IS."


def _shouted_word(doc: Doc, i: int) -> bool:
    """Whether initials at token ``i`` that spell an English word ("IS", "US") are that word written in capitals: a
    neighbouring word is written all in capitals too ("WHAT IS NEXT"), or what follows is no noun, name or stop and
    no preposition or article comes before ("the answer IS clear"; not "IS cells", "fled from IS.")."""
    tok = doc[i]
    if tok.lower_ not in _WORD_INITIALS:
        return False
    if any(0 <= j < len(doc) and doc[j].is_alpha and len(doc[j]) > 1 and doc[j].is_upper for j in (i - 1, i + 1)):
        return True
    after = doc[i + 1].pos_ if i + 1 < len(doc) else "PUNCT"
    before = doc[i - 1].pos_ if i > 0 else "PUNCT"
    return after not in _NAME_NEIGHBOURS and before not in ("ADP", "DET")


def _family_plural(doc: Doc, start: int, end: int, words: tuple[str, ...], local: dict[str, Actor]) -> bool:
    """Whether the one-word name at ``start`` is the plural of a surname of someone the document named
    ("the Skripals" after "Sergei Skripal"): a family, no actor of its own."""
    return end - start == 1 and len(words) == 1 and doc[start].text.endswith("s") and words[0][:-1] in local


def _through_patronymic(doc: Doc, start: int, end: int) -> int:
    """The end of a person's name the NER cut after a patronymic ("Dmitry Sergeyevich | Peskov", "Yulia
    Volodymyrivna | Svyrydenko"): the capitalised word right after a given name and patronymic is the surname."""
    if end - start < 2 or end >= len(doc) or not doc[end - 1].lower_.endswith(_PATRONYMIC):
        return end
    nxt = doc[end]
    if nxt.is_alpha and nxt.is_title and nxt.pos_ == "PROPN" and nxt.ent_type_ in ("", "PERSON"):
        return end + 1
    return end


_TIME_STAMP = re.compile(r"\d{1,2}[:.]\d{2}$")


def _after_time_stamp(doc: Doc, start: int, end: int) -> int:
    """The first token of an NER span after a clock time and the dash or colon after it that open a live blog's entry
    ("12:30 - Thai", tagged as one ORG): no word of a name."""
    if start < end and _TIME_STAMP.match(doc[start].text):
        start += 1
        while start < end and doc[start].is_punct:
            start += 1
    return start


def _name_goes_on(doc: Doc, a: int, b: int) -> bool:
    """Tokens a..b go on with a person's name: capitalised words (a particle allowed), no possessive."""
    if any(t.text in _POSSESSIVE for t in doc[a:b]):
        return False  # "Donald Trump's Twitter": what follows a possessive is no part of the name
    words = [t for t in doc[a:b] if t.text not in _DASHES and t.text != "."]  # "Jr." goes on: another person
    return bool(words) and all(t.text[:1].isupper() or t.lower_ in SURNAME_PARTICLES for t in words) \
        and any(t.text[:1].isupper() for t in words)


def _surnames_over_states(kb: KnowledgeBase, folded: list[list[str]], hits: list[_Hit]) -> list[_Hit]:
    """A state's one-word name that is the surname of a person the document names in full ("Israel
    said" after "Rep. Steve Israel") is that person, unless the document also names the state
    another way ("Israeli", "Jerusalem")."""
    people = {folded[h.end - 1][-1]: h.actor for h in hits
              if h.actor.type == "person" and h.end - h.start > 1 and folded[h.end - 1]}
    if not people or not any(h.actor.type == "state" and h.end - h.start == 1 and folded[h.start]
                             and folded[h.start][-1] in people for h in hits):
        return hits
    words = {w for ws in folded for w in ws}
    out = []
    for h in hits:
        word = folded[h.start][0] if h.end - h.start == 1 and len(folded[h.start]) == 1 else None
        if h.actor.type == "state" and word in people and not _state_named_otherwise(kb, h.actor, word, words):
            actor = people[word]
            h = _Hit(h.start, h.end, actor, "surname", 0.8)
        out.append(h)
    return out


def _state_named_otherwise(kb: KnowledgeBase, state: Actor, word: str, words: set[str]) -> bool:
    """Whether one of the state's other one-word names (demonym, capital) occurs in the document."""
    keys = [kb.folder.name(n) for n in kb.names_of(state)]
    return any(len(k) == 1 and k[0] != word and k[0] in words for k in keys)


_KNOWN_AS = (("known", "as"), ("also", "known", "as"), ("better", "known", "as"), ("widely", "known", "as"),
             ("nicknamed",), ("dubbed",))


def _nicknames(doc: Doc, folded: list[list[str]], hits: list[_Hit]) -> dict[str, Actor]:
    """One-word short forms a text gives right after a KB person or organisation: "Mohammed bin
    Salman, known as MBS", "the Syrian Democratic Forces (SDF)", "X, nicknamed Bibi" → {folded form: actor}."""
    out: dict[str, Actor] = {}
    for h in hits:
        if h.actor.type == "state":
            continue
        j = h.end + 1 if h.end < len(doc) and doc[h.end].text in (",", "(") else None
        if j is None:
            continue
        if doc[h.end].text == ",":
            phrase = next((p for p in _KNOWN_AS if tuple(t.lower_ for t in doc[j:j + len(p)]) == p), None)
            j = j + len(phrase) if phrase else None
        if j is not None and j < len(doc) and doc[j].text in ('"', "“", "'", "‘"):
            j += 1
        if j is not None and j < len(doc) and doc[j].text[:1].isupper() and len(folded[j]) == 1 \
                and (j + 1 >= len(doc) or not doc[j + 1].text[:1].isupper()):
            out.setdefault(folded[j][0], h.actor)
    return out


def _nicknamed(doc: Doc, folded: list[list[str]], hits: list[_Hit]) -> list[_Hit]:
    """New actors that are a short form the text gave for a known actor ("MBS" after "Mohammed bin
    Salman, known as MBS") become that actor."""
    nicks = _nicknames(doc, folded, [h for h in hits if not h.actor.is_new])
    if not nicks:
        return hits
    out = [_Hit(h.start, h.end, nicks[folded[h.start][0]], "nickname", 0.9)
           if h.actor.is_new and h.end - h.start == 1 and folded[h.start] and folded[h.start][0] in nicks else h
           for h in hits]
    # later uses of the short form that no pass read ("MBS later left"): the same actor
    taken = {t for h in out for t in range(h.start, h.end)}
    out += [_Hit(i, i + 1, nicks[folded[i][0]], "nickname", 0.9) for i, tok in enumerate(doc)
            if i not in taken and tok.text[:1].isupper() and len(folded[i]) == 1 and folded[i][0] in nicks]
    return out


def _head_short_forms(doc: Doc, hits: list[_Hit], heads: frozenset[str]) -> list[_Hit]:
    """"the Network" after "the Riverside Relief Network": a new organisation of one capitalised head word
    (lexicon ``names.org_heads``) after "the" is the organisation or group named earlier in the document whose
    name ends in that word, not an organisation of its own."""
    bodies = sorted((h for h in hits if h.actor.type in ("organisation", "group") and h.end - h.start > 1),
                    key=lambda h: -h.start)
    if not bodies:
        return hits
    out = []
    for h in hits:
        word = doc[h.start].text
        earlier = None
        if h.actor.is_new and h.end - h.start == 1 and word[:1].isupper() and word.casefold() in heads \
                and h.start > 0 and doc[h.start - 1].lower_ == "the":
            earlier = next((b for b in bodies if b.end <= h.start and doc[b.end - 1].text == word), None)
        out.append(replace(h, actor=earlier.actor, method="collective") if earlier is not None else h)
    return out


def _after_the(doc: Doc, head: int) -> int | None:
    """First token after "the" of a noun phrase "the [modifiers] <head>" (up to three modifiers:
    adjectives, nouns, numbers, hyphens: "the 27-nation bloc"); None when no "the" opens it."""
    i = head - 1
    while i >= max(0, head - 5) and doc[i].lower_ != "the":
        if doc[i].pos_ not in ("ADJ", "NOUN", "NUM", "PUNCT", "PROPN") or doc[i].text in (",", ".", ";"):
            return None
        i -= 1
    return i + 1 if i >= 0 and doc[i].lower_ == "the" else None


def _named_holders(people: list[_Hit], role: str, date: str | None, before: int) -> list[tuple[Actor, object]]:
    """"the president said" with no country: (person, role) of each person named before token ``before``
    (``people`` latest first; so is the result) who held ``role`` (for heads, also the older sources'
    national leader) on ``date``, or at any time in an undated text (the text names them with the office)."""
    roles = (role, ROLE_FALLBACK.get(role))
    out: dict[str, tuple[Actor, object]] = {}
    for h in people:
        if h.start >= before or h.actor.id in out:
            continue
        held = next((r for r in h.actor.roles if r.role in roles and (r.holds_on(date) or date is None)), None)
        if held is not None:
            out[h.actor.id] = (h.actor, held)
    return list(out.values())


def _definite_alone(doc: Doc, start: int, end: int) -> bool:
    """"the president" on its own: after "the", and not "the president of ..." (a company, a club)."""
    return start > 0 and doc[start - 1].lower_ == "the" and not (end < len(doc) and doc[end].lower_ == "of")


def _qualifier_country(qualifier: _Hit) -> str:
    """The office's country key from its qualifier: an organisation's own id, a state's country (or id)."""
    if qualifier.actor.type != "state":
        return qualifier.actor.id
    return qualifier.actor.country or qualifier.actor.id


def _possessive_state(doc: Doc, qualifier: _Hit, title: int) -> bool:
    """Whether ``qualifier`` is a state written in the possessive just before the title at token ``title``
    ("Washington's top diplomat"), not a demonym or an attributive name ("the Ukrainian foreign minister")."""
    return qualifier.actor.type == "state" and qualifier.end < title and doc[qualifier.end].text in _POSSESSIVE


def _caseless(doc: Doc) -> bool:
    """Whether the text is written in lower case (some police-report corpora): among at least fifty words of two
    letters or more, under 3 % open with a capital (a page's "Facebook | Twitter" or "This story is from March"
    aside; English news has some ten times as many)."""
    words = [t.text for t in doc if t.is_alpha and len(t.text) > 1]
    return len(words) >= 50 and sum(w[:1].isupper() for w in words) < 0.03 * len(words)


def _caseless_headline(doc: Doc) -> bool:
    """Whether the text is one short line written all in lower case (a headline: "norland sends tents to sudmark"):
    three words or more and fewer than fifty (a longer caseless text is :func:`_caseless`'s), no capital in any."""
    words = [t.text for t in doc if t.is_alpha]
    return 3 <= len(words) < 50 and "\n" not in doc.text and not any(c.isupper() for w in words for c in w)


# Bodies a lower-case headline names by their acronym ("eu puts aid on hold"): one word that is no English word
_HEADLINE_ACRONYMS = frozenset(("eu", "nato", "imf", "un", "unhcr", "unicef", "usaid", "wfp", "ebrd", "osce"))


def _joined_possessive(doc: Doc, j: int, key: tuple[str, ...], words: list[str], table: dict,
                       prefixes: set) -> tuple[str, ...] | None:
    """``key`` with the possessive token ``j`` written onto the word before it, when a name holds it as one
    word: the tokenizer splits "People's" in "the People's Liberation Army" ("People", "'s"), the knowledge
    base folds the alias to "peoples". None when the token is no attached possessive or no name goes on so."""
    if not key or j >= len(doc) or doc[j].text not in _POSSESSIVE or doc[j - 1].whitespace_:
        return None
    joined = key[:-1] + (key[-1] + "".join(words),)
    return joined if joined in prefixes or joined in table else None


def _owned_by_other(doc: Doc, i: int) -> bool:
    """Whether the title at token ``i`` follows the possessive of a name that is no state or body of the KB
    ("Georgia's secretary of state" of the US state, "Acme's president"): that name's office, not a state's."""
    return i >= 2 and doc[i - 1].text in _POSSESSIVE and doc[i - 2].text[:1].isupper()


def _office_of_another(doc: Doc, i: int, end: int, qualifier: "_Hit | None") -> bool:
    """A title that an "of the" phrase naming no state or body makes another office: "Britain's chancellor of
    the exchequer" is not its head of government, "the president of the club" no head of state ("Ukraine's
    foreign minister of six years" still is)."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of" or doc[end + 1].lower_ != "the":
        return False
    return qualifier is None or qualifier.start < i


def _free(owner: dict[int, int], a: int, b: int, me: int) -> bool:
    """True when no hit other than ``me`` (an ``id``) holds a token of a..b."""
    return all(owner.get(t, me) == me for t in range(a, b))


class ActorResolver:
    """The component: a knowledge base plus the passes described in the module docstring."""

    def __init__(self, kb: KnowledgeBase, fuzzy_threshold: float = 90.0, lexicon_extra: dict | None = None):
        """``lexicon_extra`` extends the ``actors`` lexicon (``nlp/data/actors.toml``): more peoples,
        platforms or other words that never name an actor."""
        self.kb = kb
        self.resolver = Resolver(kb, fuzzy_threshold)
        lexicon = load_lexicon("actors", lexicon_extra)
        self._non_actors = {w.casefold() for w in word_set(lexicon, "not_actors.peoples", "not_actors.platforms",
                                                               "not_actors.other")}
        self._non_actors |= {w.casefold() for w in word_set(load_lexicon("attribution"), "outlets.names")}
        self._person_roles = {w.casefold() for w in word_set(lexicon, "people.roles")}
        self._read_checks(lexicon_extra)
        self._read_name_words(lexicon)
        fold = kb.folder.name
        self._titles = {fold(p): (role, country, p) for p, role, country in TITLES}
        self._metonyms = {fold(p): (role, country) for p, role, country in OFFICE_METONYMS}
        self._title_table = {**self._titles, **self._metonyms}
        self._lower_metonyms = {fold(p) for p in LOWER_CASE_METONYMS}
        phrases = list(self._titles) + list(self._metonyms)
        self._title_prefixes = {k[:i] for k in phrases for i in range(1, len(k))}
        self._title_max = max(len(k) for k in phrases)
        self._read_institutions()
        self._collectives = {kb.folder.token(noun): (ids, default) for noun, ids, default in COLLECTIVE_NAMES}
        self._collective_bodies = {(kb.folder.token(noun), org): body for (noun, org), body in COLLECTIVE_BODIES.items()}
        self._capitalised_collectives = {kb.folder.token(noun) for noun in CAPITALISED_COLLECTIVES}
        self._initials_memo: dict[str, tuple[str, ...]] = {}
        self._state_words: set[str] | None = None  # one-word state names and demonyms, built on first use

    def _leader_governments(self, doc: Doc, hits: list[_Hit]) -> list[_Hit]:
        """A leader's name used as a modifier before "administration", "regime", "government" ("the Trump
        administration", "the Assad regime"): one mention of the state that leader led (method
        ``institution``) over the phrase, not of the person (kb.titles.LEADER_GOVERNMENTS). A possessive
        ("Hun Sen's government") still names the person."""
        out = []
        for h in hits:
            nxt = h.end
            state = self._led_state(h.actor) if nxt < len(doc) and doc[nxt].lower_ in LEADER_GOVERNMENTS else None
            out.append(_Hit(h.start, nxt + 1, self.kb.actors[state], "institution", 0.9) if state else h)
        return out

    def _led_state(self, actor: Actor) -> str | None:
        """The state (KB id) a person led as head of state or government or national leader, if any."""
        if actor.type != "person":
            return None
        led = [r.country for r in actor.roles if r.role in ("head_of_state", "head_of_government", "national_leader",
                                                            "supreme_leader") and r.country in self.kb]
        return led[0] if led else None

    def _read_institutions(self) -> None:
        """Tables of state bodies (``kb.titles.STATE_INSTITUTIONS``), bodies known by a building or a name
        (``INSTITUTION_METONYMS``) and the metonyms that are buildings too (``SEAT_BUILDINGS``), folded."""
        fold = self.kb.folder.name
        self._institutions = {fold(p): True for p in STATE_INSTITUTIONS}
        self._inst_prefixes = {k[:i] for k in self._institutions for i in range(1, len(k))}
        self._inst_max = max(len(k) for k in self._institutions)
        self._inst_metonyms = {fold(p): country for p, country in INSTITUTION_METONYMS}
        self._seat_buildings = {fold(p) for p in SEAT_BUILDINGS}
        self._inst_metonym_prefixes = {k[:i] for k in self._inst_metonyms for i in range(1, len(k))}
        self._inst_metonym_max = max(len(k) for k in self._inst_metonyms)

    def _read_checks(self, lexicon_extra: dict | None) -> None:
        """The gate for new actors, nationality words and appositions (their own lexicons, extended by
        ``lexicon_extra["admission"]``, ``["nationality"]`` and ``["apposition"]``)."""
        extra = lexicon_extra or {}
        self.admission = Admission(self.kb, extra.get("admission"), self._person_roles)
        self.nationality = Nationality(self.kb, extra.get("nationality"))
        self._compass = folded_word_set(load_lexicon("actor_nationality"), "capitals.directions")
        self.apposition = Apposition(extra.get("apposition"))

    def _read_name_words(self, lexicon: dict) -> None:
        """Word lists that tell a real name from other capitalised words (lexicon ``names``, and the
        currency codes and words of the ``currencies`` lexicon), case-folded."""
        def folded(*keys: str) -> set[str]:
            return {w.casefold().rstrip(".") for w in word_set(lexicon, *keys)}

        self._ranks = folded("names.ranks")
        self._bare_nouns = folded("names.bare_nouns")
        self._place_heads = folded("names.place_heads")
        self._outlet_words = folded("names.outlet_words")
        self._gatherings = frozenset(folded("names.gatherings"))
        self._building_parts = frozenset(folded("names.building_parts"))
        self._ideology_endings = tuple(folded("names.ideology_endings"))
        self._adherent_endings = tuple(folded("names.adherent_endings"))
        self._lowercase_heads = frozenset(folded("names.lowercase_heads"))
        self._place_verbs = frozenset(folded("names.place_verbs"))
        self._bloc_from_nouns = frozenset(folded("names.bloc_from_nouns"))
        self._armed_nouns = frozenset(folded("names.armed_nouns"))
        self._group_heads = frozenset(folded("names.group_heads"))
        self._group_modifiers = frozenset(folded("names.group_modifiers"))
        self._group_nouns = frozenset(folded("names.group_nouns"))
        self._org_heads = frozenset(word_set(lexicon, "names.org_heads"))
        name = self.kb.folder.name
        self._given_forms = {name(short): [name(f) for f in forms]
                             for short, forms in (lexicon.get("given_name_forms") or {}).items()}
        money = load_lexicon("currencies")
        self._currency_words = {w.casefold() for w in (*money.get("codes", []), *money.get("words", {}))}

    # -- helpers ------------------------------------------------------------------------------
    def _folded(self, doc: Doc) -> list[list[str]]:
        token = self.kb.folder.token
        return [token(w).split() for w in token_texts(doc)]

    def _scan(self, doc: Doc, folded: list[list[str]], table: dict, prefixes: set, max_len: int,
              start: int) -> tuple[int, tuple[str, ...]] | None:
        """Longest key of ``table`` starting at token ``start``: (end token, key); dashes inside are skipped."""
        key: tuple[str, ...] = ()
        best = None
        j = start
        while j < len(doc) and len(key) < max_len:
            words = folded[j]
            if not words:  # dashes inside a name, and the apostrophe of "Workers'" written onto its word
                if j > start and (doc[j].text in _DASHES
                                  or (doc[j].text in _POSSESSIVE and not doc[j - 1].whitespace_)):
                    j += 1
                    continue
                break
            if j > start and doc[j].is_sent_start:
                break
            key = _joined_possessive(doc, j, key, words, table, prefixes) or key + tuple(words)
            if key in table:
                best = (j + 1, key)
            if key not in prefixes and not _joined_possessive(doc, j + 1, key, ["s"], table, prefixes):
                break
            j += 1
        return best

    # -- passes -------------------------------------------------------------------------------
    def _alias_pass(self, doc: Doc, folded: list[list[str]], date: str | None) -> list[_Hit]:
        ix = self.kb.index
        context = _Context(self.kb, folded)
        hits: list[_Hit] = []
        i, n = 0, len(doc)
        headline = _caseless_headline(doc)
        caseless = headline or _caseless(doc)
        while i < n:
            text = doc[i].text
            lower_head = text in self._lowercase_heads  # "western powers", "the West": aliases in lower case
            if not text[:1].isupper() and not lower_head and not caseless:
                i += 1
                continue
            found = self._scan(doc, folded, ix.names, ix.prefixes, ix.max_len, i)
            if not self._stands(doc, i, found, caseless and not text[:1].isupper() and not lower_head, headline,
                                lower_head):
                i += 1
                continue
            ids = ix.names[found[1]] if found else self._unscanned_ids(doc, folded, i, headline)
            end = found[0] if found else i + 1
            if ids:
                actor = self._by_context([self.kb.actors[a] for a in ids], date, context,
                                         found[1][0] if found and len(found[1]) == 1 else "",
                                         armed=self._armed_next_to(doc, i, end))
                span_text = doc[i:end].text
                method = "exact" if span_text in (actor.name, *actor.aliases) else "folded"
                hits.append(_Hit(i, end, actor, method, role=role_name(actor, date)))
                i = end
            else:
                i += 1
        return hits

    def _stands(self, doc: Doc, i: int, found: tuple[int, tuple[str, ...]] | None, caseless_word: bool,
                headline: bool, lower_head: bool) -> bool:
        """Whether a name may start at token ``i`` (``found``: the scan's match): a lower-case word of a caseless text
        only as :meth:`_caseless_name` allows (or a body's acronym in a headline), a lower-case alias head only as
        :meth:`_lower_alias` allows."""
        if caseless_word:
            return self._caseless_name(found, headline) or (headline and doc[i].text in _HEADLINE_ACRONYMS)
        return not lower_head or self._lower_alias(doc, i, found)

    def _unscanned_ids(self, doc: Doc, folded: list[list[str]], i: int, headline: bool) -> list[str] | None:
        """KB ids of the word at token ``i`` that no alias matched: a body's acronym in a lower-case headline ("eu"),
        else an acronym as :meth:`_acronym_ids` reads it."""
        if headline and doc[i].text in _HEADLINE_ACRONYMS:
            return self.kb.index.acronyms.get(doc[i].text.upper())
        return self._acronym_ids(doc, folded, i)

    def _led_bodies(self, doc: Doc, hits: list[_Hit]) -> list[_Hit]:
        """"the US-led international coalition": a state's "-led" body with modifiers between is the body the
        KB knows as "US-led coalition" (the state is no mention of its own there)."""
        out = []
        for h in hits:
            k = h.end
            if h.actor.type != "state" or k + 2 >= len(doc) or doc[k].text not in ("-", "–") \
                    or doc[k + 1].lower_ != "led":
                out.append(h)
                continue
            found = None
            for j in range(k + 3, min(k + 6, len(doc))):  # one to three modifiers, then the body's noun
                if not all(t.pos_ in ("ADJ", "NOUN", "PROPN") and t.text.isalpha() for t in doc[k + 2:j + 1]):
                    break
                key = self.kb.folder.name(f"{doc[h.start:k].text}-led {doc[j].text}")
                ids = self.kb.index.names.get(key, [])
                if ids:
                    found = _Hit(h.start, j + 1, self.kb.actors[ids[0]], "folded", 0.9)
                    break
            out.append(found or h)
        return out

    def _caseless_name(self, found: tuple[int, tuple[str, ...]] | None, headline: bool = False) -> bool:
        """In a text written all in lower case ("new delhi: the prime minister said ..."), whether the KB name
        ``found`` may stand as written: a state's (or its capital's) or a person's full name of two words or more
        ("new delhi", "united states", "narendra modi"); no one-word name and no organisation (a lower-case word,
        or "national guard", is no evidence of a name). In a lower-case headline (``headline``: one short line), a
        one-word name of a state ("moldova") or a body's acronym (``_HEADLINE_ACRONYMS``: "eu") stands too."""
        if found is None:
            return False
        if headline and len(found[1]) == 1:
            ids = self.kb.index.names[found[1]]
            return found[1][0] in _HEADLINE_ACRONYMS or all(self.kb.actors[a].type == "state" for a in ids)
        if len(found[1]) < 2:
            return False
        return all(self.kb.actors[a].type in ("state", "person") for a in self.kb.index.names[found[1]])

    def _lower_alias(self, doc: Doc, i: int, found: tuple[int, tuple[str, ...]] | None) -> bool:
        """Whether an alias of two words or more found at token ``i`` (``found``: end token, folded key) that
        opens with a lower-case word (lexicon ``names.lowercase_heads``) names its actor: "western powers";
        "the West" mid-sentence when "West" alone is no alias ("the EU" stays "EU"); written all in lower
        case, only "the west" not followed by "of" and a place ("the west of the country") nor after "in", "to",
        "from" (the compass point); "accused the west of stoking" (of and a gerund) and "pressure from the west"
        (see :meth:`_bloc_source`) are the bloc."""
        if found is None or found[0] - i < 2:
            return False
        end, key = found
        if doc[i].lower_ != "the":
            return True
        if end < len(doc) and doc[end].text[:1].isupper():
            return False  # "the West Bank", "the West Midlands": the name goes on
        if key[1:] in self.kb.index.names or (end - i == 2 and acronym_key(doc[i + 1].text) in self.kb.index.acronyms):
            return False
        if all(t.text[:1].isupper() for t in doc[i + 1:end]):
            return True
        before = doc[i - 1].lower_ if i > 0 else ""
        if before == "from" and self._bloc_source(doc[i - 1]):
            before = ""  # "criticism from the west", "pressure from the west": who criticises, not where from
        return doc[i:end].text.lower() == "the west" and not _part_of_a_place_follows(doc, end) \
            and before not in _LOCATIVE_PREPS | {"to", "from", "towards", "toward"} \
            and not self._compass_joined(doc, end)

    def _bloc_source(self, prep) -> bool:
        """Whether the preposition ``prep`` ("from") hangs on a noun of what a government says or does to another
        (lexicon ``names.bloc_from_nouns``: "warnings from the west", "pressure from the west"): its object is
        who says or does it; after a verb ("attacked from the west") or another noun ("winds from the west")
        it is the compass point. The noun right before "from" counts whatever the parse hangs the phrase on
        ("brushed aside criticism from the west")."""
        nouns = [prep.head] if prep.dep_ == "prep" else []
        if prep.i > 0:
            nouns.append(prep.doc[prep.i - 1])
        return any(t.pos_ == "NOUN" and t.i < prep.i and t.lower_ in self._bloc_from_nouns for t in nouns)

    def _compass_regions(self, doc: Doc, hits: list[_Hit], places: list[Span]) -> list[Span]:
        """Parts of a country named by compass points joined by "and"/"or" ("controlling the west and central
        desert area", "the north and east of the country") or by one compass point and "of" ("depots in the
        west of the country": the part of the country, not the bloc): label ``region``, no country."""
        held = {t for h in hits for t in range(h.start, h.end)} | {t for p in places for t in range(p.start, p.end)}
        tokens: set[int] = set()
        for i in range(1, len(doc) - 2):
            if doc[i - 1].lower_ == "the" and doc[i].lower_ in self._compass and doc[i].text.islower() \
                    and self._compass_joined(doc, i + 1):
                tokens |= {i, i + 3 if doc[i + 2].lower_ == "the" else i + 2}
            elif doc[i - 1].lower_ == "the" and doc[i].lower_ in self._compass and doc[i].text.islower() \
                    and doc[i + 1].lower_ == "of" and (doc[i + 2].text[:1].isupper() or doc[i + 2].lower_ == "the"):
                tokens.add(i)
        return [Span(doc, t, t + 1, label="region", kb_id="") for t in sorted(tokens - held) if doc[t].text.islower()]

    def _compass_joined(self, doc: Doc, end: int) -> bool:
        """Whether "and" or "or" and another compass point follow token ``end`` ("controlling the west and
        central desert area", "the west and north of the country"): the compass point, not the bloc."""
        if end + 1 >= len(doc) or doc[end].lower_ not in ("and", "or"):
            return False
        k = end + 2 if doc[end + 1].lower_ == "the" else end + 1
        return k < len(doc) and doc[k].lower_ in self._compass

    def _acronym_ids(self, doc: Doc, folded: list[list[str]], i: int) -> list[str] | None:
        """KB ids of the acronym at token ``i`` ("NATO"; "Unicef", "Nato", "Opec" as British papers write
        them), None when it is no KB acronym or the document gives it to another name."""
        text = doc[i].text
        ids = self.kb.index.acronyms.get(acronym_key(text))
        if ids is None and len(text) >= 4 and text.istitle() and text.isalpha():
            ids = self.kb.index.acronyms.get(text.upper())
        if ids and self._defined_otherwise(doc, folded, i, ids):
            return None  # "the Libyan National Army (LNA)": not the KB's other LNA
        if ids and _shouted_word(doc, i):
            return None  # "WHAT IS NEXT", "the answer IS clear": the word, not the group's initials
        return ids

    def _defined_otherwise(self, doc: Doc, folded: list[list[str]], i: int, ids: list[str]) -> bool:
        """True when the acronym at token ``i`` is given in brackets right after a name whose initials it
        is ("Libyan National Army (LNA)") and that name is none of the KB candidates' names, or when the
        document names another organisation with those initials and none of the candidates by name
        ("the Northern Relief Committee ... the NRC")."""
        text = doc[i].text
        if not text.isupper():
            return False
        if i < 2 or doc[i - 1].text != "(":
            return self._other_org_initials(doc, text, ids)
        j = i - 1  # the capitalised words (and minor words) before the bracket
        while j > 0 and (doc[j - 1].text[:1].isupper() or doc[j - 1].lower_ in _MINOR_WORDS) and i - j < 10:
            j -= 1
        while j < i - 1 and doc[j].lower_ in _MINOR_WORDS:
            j += 1
        name = doc[j:i - 1].text
        if _initials(name) != text.upper():
            return False
        key = tuple(w for t in range(j, i - 1) for w in folded[t])
        return not any(key == self.kb.folder.name(n) for a in ids for n in self.kb.names_of(self.kb.actors[a]))

    def _other_org_initials(self, doc: Doc, acronym: str, ids: list[str]) -> bool:
        """Whether an NER organisation of the document has ``acronym`` as its initials while no KB candidate
        (``ids``) is named in full: the acronym is that organisation's short form."""
        names = {self.kb.folder.name(n) for a in ids for n in self.kb.names_of(self.kb.actors[a]) if len(n) > len(acronym)}
        own = [e for e in doc.ents if e.label_ == "ORG" and len(e) > 1
               and _initials(e.text.removeprefix("the ").removeprefix("The ")) == acronym]
        if not own or any(self.kb.folder.name(e.text.removeprefix("the ").removeprefix("The ")) in names for e in own):
            return False
        return not any(self.kb.folder.name(doc[s:e].text) in names
                       for s in range(len(doc)) for e in range(s + 2, min(len(doc), s + 8) + 1)
                       if doc[s].text[:1].isupper())

    def _initials_pass(self, doc: Doc, folded: list[list[str]], hits: list[_Hit]) -> list[_Hit]:
        """Short forms of organisations and groups the document names in full: "IS" after "Islamic
        State", "AQAP" after "al-Qaeda in the Arabian Peninsula" (capital letters, on free tokens)."""
        short: dict[str, Actor] = {}
        for h in hits:
            if h.actor.type in ("organisation", "group"):
                for letters in self._initials_of(h.actor):
                    short.setdefault(self.kb.folder.token(letters), h.actor)
        if not short:
            return []
        taken = {t for h in hits for t in range(h.start, h.end)}
        out = []
        for i, words in enumerate(folded):
            if len(words) == 1 and words[0] in short and i not in taken:
                text = doc[i].text
                if text.isupper() and 2 <= len(text) <= 6 and text in self._initials_of(short[words[0]]):
                    out.append(_Hit(i, i + 1, short[words[0]], "initials", 0.9))
        return out

    def _initials_of(self, actor: Actor) -> tuple[str, ...]:
        """Initials of the actor's names of two words or more (kept per actor: the KB does not change)."""
        found = self._initials_memo.get(actor.id)
        if found is None:
            found = tuple(dict.fromkeys(x for x in map(_initials, (actor.name, *actor.aliases)) if len(x) >= 2))
            self._initials_memo[actor.id] = found
        return found

    def _collective_pass(self, doc: Doc, folded: list[list[str]], hits: list[_Hit]) -> list[_Hit]:
        """"the bloc", "the 27-nation bloc", "the western alliance": the bloc or alliance of that kind
        named last before it (see ``kb.titles.COLLECTIVE_NAMES``), on tokens no hit holds."""
        taken = {t for h in hits for t in range(h.start, h.end)}
        named = sorted((h for h in hits if h.actor.type == "organisation"), key=lambda h: -h.start)
        out = []
        for i, words in enumerate(folded):
            entry = self._collectives.get(words[0]) if len(words) == 1 and i not in taken else None
            start = _after_the(doc, i) if entry else None
            if start is None or any(t in taken for t in range(start, i)) or not self._collective_form(doc, i, start):
                continue
            actor = self._collective_actor(doc, i, start, entry, named)
            if actor is not None:
                out.append(_Hit(start, i + 1, actor, "collective", 0.8))
                if actor.type == "organisation":  # "the Commission ... the Union budget": read as named
                    named.insert(0, out[-1])
        return out

    def _group_references(self, doc: Doc, hits: list[_Hit]) -> list[_Hit]:
        """"the rebel group", "the militia", "the insurgents" (lexicon ``names.group_heads``/``group_modifiers``/
        ``group_nouns``, in lower case after "the"): the one armed group (KB type ``group``) the document named
        before it; nothing when it named none or several, on tokens no hit holds."""
        taken = {t for h in hits for t in range(h.start, h.end)}
        groups = sorted((h for h in hits if h.actor.type == "group"), key=lambda h: h.start)
        out = []
        for i, tok in enumerate(doc):
            start = self._group_reference_start(doc, i)
            if start is None or any(t in taken for t in range(start, i + 1)):
                continue
            named = {h.actor.id: h.actor for h in groups if h.end <= start}
            if len(named) == 1:
                out.append(_Hit(start, i + 1, next(iter(named.values())), "collective", 0.7))
        return out

    def _group_reference_start(self, doc: Doc, i: int) -> int | None:
        """The first token ("the") of a group named by a common noun that ends at token ``i``, or None."""
        tok = doc[i]
        if not tok.text.islower() or (i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha):
            return None  # "the rebel faction Ahrar al-Sham": the name that follows is the group
        if tok.lower_ in self._group_nouns and i > 0 and doc[i - 1].lower_ == "the" \
                and not (i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN")):
            return i - 1  # "the militia", not "the militia leader"
        if tok.lower_ in self._group_heads and i > 1 and doc[i - 1].lower_ in self._group_modifiers \
                and doc[i - 1].text.islower() and doc[i - 2].lower_ == "the":
            return i - 2
        return None

    def _collective_form(self, doc: Doc, i: int, start: int) -> bool:
        """Whether "the ... <noun>" at tokens start..i is written as a collective name: not "the commission"
        of an inquiry (some nouns need a capital), not a name of its own ("the Electoral Commission",
        "the Coastal Farmers Alliance": capitalised words before a capitalised noun; "the Commission on
        Presidential Debates", "the Alliance for Peace": a preposition and a capitalised word after it)."""
        tok = doc[i]
        if self.kb.folder.token(tok.text) in self._capitalised_collectives and not tok.text[:1].isupper():
            return False
        if i + 2 < len(doc) and doc[i + 1].lower_ in ("on", "of", "for") and tok.text[:1].isupper() \
                and _names_a_topic(doc[i + 2]):
            return False
        return not (tok.text[:1].isupper() and any(t.text[:1].isupper() for t in doc[start:i]))

    def _collective_actor(self, doc: Doc, i: int, start: int, entry: tuple, named: list[_Hit]) -> Actor | None:
        """The bloc the collective noun at token ``i`` stands for: the latest of its kind named before ``start`` (or a
        body of it: "the Commission" after "the European Union"), else the default when capitalised and
        no other body with that noun in its name was named."""
        ids, default = entry
        tok = doc[i]
        actor = next((h.actor for h in named if h.start < start and h.actor.id in ids), None)
        body = self._collective_bodies.get((self.kb.folder.token(tok.text), actor.id)) if actor is not None else None
        if body in self.kb:
            return self.kb.actors[body]
        if actor is None and default in self.kb and tok.text[:1].isupper() and not _other_body_named(doc, tok.text, start):
            return self.kb.actors[default]
        return actor

    def _title_pass(self, doc: Doc, folded: list[list[str]], date: str | None,
                    hits: list[_Hit]) -> tuple[list[_Hit], set[int]]:
        """Office titles and metonyms resolved by date; a qualifier mention next to the title is absorbed.

        Returns the hits (less the absorbed qualifiers, plus the title hits) and the tokens of titles
        that only introduce a following name (no new actor may start there)."""
        scan = _TitleScan(by_end={h.end: h for h in hits}, by_start={h.start: h for h in hits},
                          taken={t for h in hits for t in range(h.start, h.end)},
                          people=sorted((h for h in hits if h.actor.type == "person"), key=lambda h: -h.start),
                          folded=folded)
        i = 0
        while i < len(doc):
            found = self._free_title(doc, folded, scan.taken, i)
            if found is None:
                i += 1
                continue
            end, key = found
            inner = [h for t, h in scan.by_start.items() if i < t < end and h.end <= end]
            before = len(scan.out)
            self._resolve_title(doc, i, end, key, date, scan)
            if len(scan.out) > before:  # a long title resolved: mentions inside it ("European") are part of it
                scan.absorbed.update(id(h) for h in inner)
            i = end
        kept = [h for h in hits if id(h) not in scan.absorbed]
        return kept + scan.out, scan.covered

    def _free_title(self, doc: Doc, folded: list[list[str]], taken: set[int],
                    i: int) -> tuple[int, tuple[str, ...]] | None:
        """The longest title or office metonym starting at token ``i`` on tokens no earlier hit holds."""
        if i in taken or not folded[i]:
            return None
        found = self._scan(doc, folded, self._title_table, self._title_prefixes, self._title_max, i)
        if not found:
            return None
        # A long official title may hold a name ("Minister of Foreign and European Affairs"); a short one may not.
        first = i + 1 if len(found[1]) >= 4 else i
        if any(t in taken for t in range(first, found[0])) and first == i:
            return None
        return found

    def _resolve_title(self, doc: Doc, i: int, end: int, key: tuple[str, ...], date: str | None,
                       scan: _TitleScan) -> None:
        """Record in ``scan`` the actor that title (or metonym) ``key`` at tokens i..end stands for, if any."""
        if key in self._metonyms:
            if not doc[i].text[:1].isupper():
                return
            role, country = self._metonyms[key]
            qualifier = None
        else:
            if self._apposed_title(doc, i, end, scan):
                return
            office = self._title_office(doc, i, end, key, scan)
            if office is None or _office_of_another(doc, i, end, office[2]):
                return
            role, country, qualifier = office
        alone = _definite_alone(doc, i, end)
        if role in NAMED_OFFICES and key in self._titles and self._titles[key][1] is None:
            hit = self._named_office_hit(i, end, role, country, qualifier, date, scan)
        else:
            hit = self._title_hit(i, end, key, role, country, qualifier, date,
                                  lambda: self._holder_named_before(doc, scan, role, date, i) if alone else None)
        if hit is None:
            return
        if qualifier is not None:
            scan.absorbed.add(id(qualifier))
        scan.out.append(hit)

    def _named_office_hit(self, i: int, end: int, role: str, country: str | None, qualifier: _Hit | None,
                          date: str | None, scan: _TitleScan) -> _Hit | None:
        """"the UN special envoy" (an office of :data:`NAMED_OFFICES`): the holder on ``date`` whom the text names
        too; None when it names none of them (an envoy for a crisis the KB has no envoy for)."""
        if date is None or country is None:
            return None
        named = {h.actor.id for h in scan.people}
        holder = next(((a, r) for a, r in self.kb.holders(role, country, date) if a.id in named), None)
        if holder is None:
            return None
        start = qualifier.start if qualifier is not None and qualifier.end <= i else i
        stop = max(end, qualifier.end) if qualifier is not None else end
        return _Hit(start, stop, holder[0], "title", 1.0, holder[1].role)

    def _apposed_title(self, doc: Doc, i: int, end: int, scan: _TitleScan) -> bool:
        """A title in apposition to a person's name ("the president, Bashar al-Assad", "Ciyager Amed, an
        SDF leader") stands for that person, never for the office's holder; its qualifier goes with it.
        True when there is such a name (its title hit waits for a new person's actor, see ``Apposition``)."""
        qualifier = self._qualifier(doc, i, end, scan.by_end, scan.by_start)
        start = min(i, qualifier.start) if qualifier is not None else i
        stop = max(end, qualifier.end) if qualifier is not None else end
        token, person = self.apposition.apposed_person(doc, start, stop, scan.by_start, scan.by_end)
        if token is None:
            return False
        if qualifier is not None and _possessive_state(doc, qualifier, i) and self._capital(scan, qualifier):
            # "Brett McGurk, Washington's top diplomat": the name says who; the capital standing for its state
            # stays its own mention (the government whose diplomat he is), as "Tehran's pointman" does; a
            # state's own name goes with the title ("Bashar al-Assad, Syria's president")
            start = i
        elif qualifier is not None:
            scan.absorbed.add(id(qualifier))
        scan.covered.update(range(start, stop))
        actor = person.actor if person is not None else self.apposition.placeholder(token)  # a new name: later
        scan.out.append(_Hit(start, stop, actor, "title", 1.0, person.role if person is not None else None))
        return True

    def _capital(self, scan: _TitleScan, h: _Hit) -> bool:
        """Whether the state mention ``h`` is written as its capital ("Washington", "Tehran")."""
        place = self.kb.places.get(tuple(w for t in range(h.start, h.end) for w in scan.folded[t]))
        return place is not None and place.kind == "capital"

    def _title_office(self, doc: Doc, i: int, end: int, key: tuple[str, ...],
                      scan: _TitleScan) -> tuple[str, str | None, _Hit | None] | None:
        """(role, country, qualifier) of the office title ``key`` at tokens i..end; None when the title
        stands for no one by itself (a name follows it, or a bare title without "the" and a capital)."""
        role, country, phrase = self._titles[key]
        # "Foreign Minister Dmytro Kuleba": the name that follows resolves; the title adds nothing.
        if _person_follows(doc, end, scan.by_start):
            scan.covered.update(range(i, end))  # so that NER's "State" in "Secretary of State X" is not a new actor
            return None
        qualifier = self._qualifier(doc, i, end, scan.by_end, scan.by_start)
        if qualifier is None and _owned_by_other(doc, i):
            return None
        # "the NATO chief" counts; a bare "chief" or "secretary" needs "the" and a capital letter.
        prev = doc[i - 1].lower_ if i > 0 else ""
        if phrase in BARE_TITLES and qualifier is None and not (doc[i].text[:1].isupper() and prev == "the"):
            return None
        if phrase in QUALIFIED_TITLES and qualifier is None:
            return None
        if qualifier is not None:
            country = _qualifier_country(qualifier)
        return role, country, qualifier

    def _holder_named_before(self, doc: Doc, scan: _TitleScan, role: str, date: str | None, i: int):
        """(person, role) that a bare "the president" at token ``i`` names among the holders named before
        it (:func:`_named_holders`): the one whose state its sentence names ("the president's plan to pull
        US troops out"), then the one the text has named most often so far by surname (the article's
        subject, not a leader named in passing), then the one named last; None when nobody named held it."""
        found = _named_holders(scan.people, role, date, i)
        if not found:
            return self._holder_named_after(doc, scan, role, date, i)
        if len(found) < 2:
            return found[0]
        sent = doc[i].sent
        states = {h.actor.id for h in scan.by_start.values()
                  if h.actor.type == "state" and sent.start <= h.start < sent.end}
        words = Counter(w for token in scan.folded[:i] for w in token)

        def key(item: tuple[int, tuple[Actor, object]]) -> tuple[bool, int, int]:
            pos, (actor, _) = item
            name = self.kb.folder.name(actor.name)
            return actor.country in states, words[name[-1]] if name else 0, -pos
        return max(enumerate(found), key=key)[1]

    def _holder_named_after(self, doc: Doc, scan: _TitleScan, role: str, date: str | None, i: int):
        """(person, role) that a bare "the prime minister" at token ``i`` names when nobody named before it held
        the office on ``date`` (a dated text only): the holder of the office, on the date, for the state the text
        has named most so far (the story's own country), when the text names that holder by surname later on
        ("new delhi: ... the prime minister said ... vajpayee"), or when that state's seat of government speaks
        earlier in the sentence ("Downing Street said the prime minister would ..."; :meth:`_seat_before`);
        None otherwise."""
        if date is None:
            return None
        states = Counter(h.actor.id for h in scan.by_start.values() if h.actor.type == "state" and h.start < i)
        top = states.most_common(2)
        seat = self._seat_before(doc, scan, i)
        if seat is not None and (not top or top[0][0] == seat):
            top = [(seat, 1)]
        elif not top or (len(top) == 2 and top[0][1] == top[1][1]):
            return None
        holder = self.resolver.office_holder(role, top[0][0], date)
        if holder is None:
            return None
        if holder[1].role == ROLE_FALLBACK.get(role) and \
                role != ("head_of_government" if top[0][0] in HEAD_OF_GOVERNMENT_LEADS else "head_of_state"):
            return None  # the older sources' national leader of India is its prime minister, not its president
        name = self.kb.folder.name(holder[0].name)
        return holder if seat == top[0][0] or name and any(name[-1] in token for token in scan.folded[i:]) else None

    def _seat_before(self, doc: Doc, scan: _TitleScan, i: int) -> str | None:
        """The state (KB id) whose seat of government (``kb.titles.INSTITUTION_METONYMS``: "Downing Street",
        "the Kremlin") opens the sentence of token ``i`` as its subject, before ``i``; None when none does."""
        sent = doc[i].sent
        for j in range(sent.start, i):
            found = self._scan(doc, scan.folded, self._inst_metonyms, self._inst_metonym_prefixes,
                               self._inst_metonym_max, j)
            if found is not None and found[0] <= i and any(t.dep_ in ("nsubj", "nsubjpass") for t in doc[j:found[0]]):
                country = self._inst_metonyms[found[1]]
                return country if country in self.kb else None
        return None

    def _title_hit(self, i: int, end: int, key: tuple[str, ...], role: str, country: str | None,
                   qualifier: _Hit | None, date: str | None, named) -> _Hit | None:
        """The office holder on ``date`` (over the title and its qualifier); for a title with no
        country, the holder among the people named before it (``named()``); else a metonym's own state."""
        # an undated document gives no date to resolve a title by: the office's state or body, not a person
        holder = None if date is None else self.resolver.office_holder(_office_role(role, country), country, date)
        if holder is None and country is None and qualifier is None and key not in self._metonyms:
            holder = named()
        if holder is not None:
            actor, held = holder
            start = qualifier.start if qualifier is not None and qualifier.end <= i else i
            stop = max(end, qualifier.end) if qualifier is not None else end
            return _Hit(start, stop, actor, "title", 1.0, held.role)
        if key in self._metonyms and country in self.kb:
            return _Hit(i, end, self.kb.actors[country], "title", 0.8)
        body = qualifier.actor if qualifier is not None else self.kb.actors.get(country or "")
        if date is None and body is not None:
            return _Hit(min(i, qualifier.start) if qualifier else i, max(end, qualifier.end) if qualifier else end,
                        body, "title", 0.8)
        return None

    def _qualifier(self, doc: Doc, start: int, end: int, by_end: dict, by_start: dict) -> _Hit | None:
        """A state or organisation mention just before the title ("Ukrainian", "Ukraine's", "NATO")
        or just after it ("of Ukraine")."""
        j = start
        if j > 0 and doc[j - 1].text in _POSSESSIVE:
            j -= 1
        before = by_end.get(j)
        if before is not None and before.actor.type in ("state", "organisation", "group"):
            return before
        if end + 1 < len(doc) and doc[end].lower_ == "of":
            after = by_start.get(end + 1)
            if after is None and end + 2 < len(doc) and doc[end + 1].lower_ == "the":
                after = by_start.get(end + 2)
            if after is not None and after.actor.type in ("state", "organisation") \
                    and self.apposition.qualifies(doc, after):  # not "the leader of the Syrian Kurds"
                return after
        return None

    def _institution_pass(self, doc: Doc, folded: list[list[str]], hits: list[_Hit]) -> list[_Hit]:
        """Widen state mentions over a body of that state; resolve ministry metonyms to their state."""
        owner = {t: id(h) for h in hits for t in range(h.start, h.end)}
        out = [self._widen_state(doc, folded, h, owner) if h.actor.type == "state" else h for h in hits]
        return out + self._institution_metonyms(doc, folded, out)

    def _widen_state(self, doc: Doc, folded: list[list[str]], h: _Hit, owner: dict[int, int]) -> _Hit:
        """State mention ``h`` widened over a body of that state next to it (method ``institution``),
        else ``h`` itself."""
        start, end = h.start, h.end
        after = self._institution_after(doc, folded, h, owner)
        if after is not None:
            end = after
        elif start >= 2 and doc[start - 1].lower_ == "of":
            start = self._institution_before(doc, folded, h, owner)
        if (start, end) == (h.start, h.end):
            return h
        return _Hit(start, end, h.actor, "institution", 1.0)

    def _institution_after(self, doc: Doc, folded: list[list[str]], h: _Hit, owner: dict[int, int]) -> int | None:
        """End token of a body named after state mention ``h``: "Marenian government", "Marenia's
        foreign ministry"; None when there is none on free tokens."""
        end = h.end
        j = end + 1 if end < len(doc) and doc[end].text in _POSSESSIVE else end
        if j >= len(doc) or doc[j].is_sent_start:
            return None
        found = self._scan(doc, folded, self._institutions, self._inst_prefixes, self._inst_max, j)
        if found and _free(owner, j, found[0], id(h)):
            return found[0]
        return None

    def _institution_before(self, doc: Doc, folded: list[list[str]], h: _Hit, owner: dict[int, int]) -> int:
        """Start token of a body named before "of" and state mention ``h``: "the Government of Marenia",
        "the Ministry of Defence of Kastoria"; ``h.start`` when there is none on free tokens."""
        start = h.start
        for k in range(max(0, start - 1 - self._inst_max), start - 1):
            key = tuple(w for t in range(k, start - 1) for w in folded[t])
            if key in self._institutions and _free(owner, k, start - 1, id(h)) and not doc[k].is_punct:
                return k
        return start

    def _institution_metonyms(self, doc: Doc, folded: list[list[str]], hits: list[_Hit]) -> list[_Hit]:
        """Ministries known by a building ("the State Department", "the Quai d'Orsay") on tokens no hit
        holds, as mentions of their state."""
        taken = {t for h in hits for t in range(h.start, h.end)}
        out: list[_Hit] = []
        i = 0
        while i < len(doc):
            if i in taken or not (doc[i].text[:1].isupper() or doc[i].lower_ in _LOWER_CASE_OPENINGS):
                i += 1
                continue
            found = self._scan(doc, folded, self._inst_metonyms, self._inst_metonym_prefixes,
                               self._inst_metonym_max, i)
            if found and not doc[i].text[:1].isupper() and found[1] not in self._lower_metonyms:
                found = None
            if found and found[1] in self._inst_metonyms and self._inst_metonyms[found[1]] in self.kb \
                    and not any(t in taken for t in range(i, found[0])):
                out.append(_Hit(i, found[0], self.kb.actors[self._inst_metonyms[found[1]]], "institution", 0.9))
                i = found[0]
            else:
                i += 1
        return out

    def _seats_as_buildings(self, doc: Doc, folded: list[list[str]], hits: list[_Hit]) -> tuple[list[_Hit], list[Span]]:
        """Seats of government used as buildings ("talks at Downing Street") become places (label ``seat``,
        the state's ISO3), not mentions of the government."""
        keep, spans = [], []
        for h in hits:
            key = tuple(w for t in range(h.start, h.end) for w in folded[t] if w != "the")
            if h.method == "institution" and key in self._seat_buildings \
                    and (_seat_is_building(doc, h.start, self._gatherings) or self._building_part_follows(doc, h.end)):
                spans.append(Span(doc, h.start, h.end, label="seat", kb_id=h.actor.id))
            else:
                keep.append(h)
        return keep, spans

    def _known_surname(self, word: str, date: str | None) -> bool:
        """Whether ``word`` is the surname of the one KB person of that name in office on the date, or of
        the one curated person of that name."""
        key = self.kb.folder.name(word)
        return len(key) == 1 and (self.resolver.by_surname(key[0], date) is not None
                                  or self.resolver.curated_surname(key[0]) is not None)

    def _building_part_follows(self, doc: Doc, end: int) -> bool:
        """True when a part of a building follows the seat at token ``end`` ("the White House's south lawn",
        "the Kremlin walls"; lexicon ``names.building_parts``), at most two modifiers between."""
        k = end + 1 if end < len(doc) and doc[end].text in _POSSESSIVE else end
        for tok in doc[k:min(len(doc), k + 3)]:
            if tok.lower_ in self._building_parts:
                return True
            if tok.pos_ not in ("ADJ", "NOUN", "PROPN") or tok.text[:1].isupper():
                return False
        return False

    def _entity_pass(self, doc: Doc, folded: list[list[str]], date: str | None, hits: list[_Hit],
                     covered: set[int]) -> tuple[list[_Hit], list[Actor]]:
        """Surnames, reordered names, fuzzy matches and new actors for NER spans no earlier pass covered.

        One-word names nothing resolves wait until every other name is read (their country may be
        named by a later one: "Buhari's decision to let Tinubu run"), then become new actors."""
        taken = {t for h in hits for t in range(h.start, h.end)} | covered
        local = self._local_people(doc, hits)  # surnames of people named in full in this document
        countries = {h.actor.id if h.actor.type == "state" else h.actor.country for h in hits} - {None}
        out: list[_Hit] = []
        new: dict[str, Actor] = {}
        ents = self._entity_spans(doc)
        # Full names first, so that a later surname can find a new person introduced earlier.
        ents.sort(key=lambda e: (len(e) == 1, e.start))
        short_forms_done = False
        waiting = []
        for ent in ents:
            if len(ent) == 1 and not short_forms_done:  # all full names seen: link given names and acronyms
                short_forms_done = True
                self._new_short_forms(local, new)
            name = self._entity_name(doc, folded, ent, taken)
            if name is None:
                continue
            start, end, words = name
            hit = self._known_name(doc, start, end, words, ent.label_, local, date, countries)
            if hit is None and len(words) == 1:
                waiting.append((ent.label_, name))
                continue
            hit = hit or self._new_actor(doc, start, end, words, ent.label_, new, local)
            if hit is not None:
                out.append(hit)
                taken.update(range(hit.start, hit.end))
                countries |= {hit.actor.country} - {None}
                _remember_near_spelling(local, hit, words)
        for label, (start, end, words) in waiting:
            hit = self._known_name(doc, start, end, words, label, local, date, countries) \
                or self._new_actor(doc, start, end, words, label, new, local)
            if hit is not None:
                out.append(hit)
                taken.update(range(hit.start, hit.end))
        out += self._loose_surnames(doc, folded, taken, local, date)
        return out, list(new.values())

    def _entity_spans(self, doc: Doc) -> list[Span]:
        """The names the entity pass reads: NER PERSON/ORG/GPE/NORP spans, speakers the NER missed and the
        organisation names it missed (:meth:`_headed_orgs`) and people's names before their own people
        ("Alexei Navalny's team"), both of which replace an NER span inside them."""
        headed = self._headed_orgs(doc) + self.admission.entourage_owners(doc)
        return [e for e in doc.ents if e.label_ in ("PERSON", "ORG", "GPE", "NORP")
                and not any(o.start <= e.start + (doc[e.start].lower_ == "the") and e.end <= o.end for o in headed)] \
            + self.admission.unnamed_speakers(doc) + headed + self._surname_first_people(doc)

    def _surname_first_people(self, doc: Doc) -> list[Span]:
        """Two capitalised words outside every NER span that a KB person's name reads in the other order ("Orbán
        Viktor" opening a sentence the NER left untyped): a person the entity pass reads as such."""
        in_ents = {t for e in doc.ents for t in range(e.start, e.end)}
        out = []
        for i in range(len(doc) - 1):
            a, b = doc[i], doc[i + 1]
            if i in in_ents or i + 1 in in_ents or not (a.is_alpha and b.is_alpha and a.is_title and b.is_title):
                continue
            key = self.kb.folder.name(f"{b.text} {a.text}")
            if any(self.kb.actors[x].type == "person" for x in self.kb.index.names.get(key, ())):
                out.append(Span(doc, i, i + 2, label="PERSON"))
        return out

    def _entity_name(self, doc: Doc, folded: list[list[str]], ent: Span,
                     taken: set[int]) -> tuple[int, int, tuple[str, ...]] | None:
        """(start, end, folded words) of an NER span's name, or None when it is taken or names no actor."""
        start, end = _name_bounds(doc, ent.start, ent.end)
        if ent.label_ == "PERSON":
            start = self._after_ranks(doc, start, end)
            end = _through_patronymic(doc, start, end)
        start, end = self.admission.name_bounds(doc, start, end)
        if start >= end or any(t in taken for t in range(start, end)) or _sub_national_state(doc, start, end):
            return None  # "Borno State": a region, kept as a place
        words = tuple(w for t in range(start, end) for w in folded[t])
        if not words or not any(c.isalpha() for c in "".join(words)):
            return None
        if self._not_actor(doc[start:end].text) and not self._named_like_a_non_actor(doc, start, end):
            return None
        return start, end, words

    def _named_like_a_non_actor(self, doc: Doc, start: int, end: int) -> bool:
        """Whether a name spelt like an outlet or a people is a person the text describes: "Sana, a 12-year-old
        girl" (not the agency SANA, written in capitals)."""
        return not doc[start:end].text.isupper() and self._person_apposition(doc, end)

    def _after_ranks(self, doc: Doc, start: int, end: int) -> int:
        """The first token of a person's name after leading ranks and titles ("Lt Gen. Ann Vo" -> "Ann"),
        lexicon ``names.ranks``; the name keeps at least one capitalised word."""
        i = start
        while i < end and doc[i].lower_.rstrip(".") in self._ranks:
            i += 1
            if i < end and doc[i].text == ".":
                i += 1
        return i if i < end and doc[i].text[:1].isupper() else start

    def _no_name(self, text: str, words: tuple[str, ...]) -> bool:
        """True when a span the NER tagged is no real name for a new actor: a currency code or word
        ("AUD" in "30 million AUD"), a broadcaster ("Phoenix TV", lexicon ``names.outlet_words``), an ideology or its adherents ("Bin Ladenism"), a bare common noun
        ("Defense"), a place name by its first word ("Kafr Zita"), or text damaged by a bad decoding (U+FFFD)."""
        if "\ufffd" in text:
            return True
        alpha = [w for w in words if any(c.isalpha() for c in w)]
        if not alpha or (len(alpha) > 1 and alpha[0] in self._place_heads) or all(w in self._currency_words for w in alpha) or " ".join(alpha) in self._currency_words:
            return True
        last = alpha[-1]
        if len(alpha) > 1 and text.split()[-1].casefold() in self._outlet_words:
            return True  # "Phoenix TV": a broadcaster, an outlet
        raw = text.split()[-1].casefold() if text.split() else ""  # the lexicon's endings are not romanised ("phobia")
        if len(last) > 5 and (last.endswith(self._ideology_endings) or raw.endswith(self._ideology_endings)
                              or (len(alpha) == 1 and last.endswith(self._adherent_endings))):
            return True
        return len(alpha) == 1 and text.casefold().removeprefix("the ") in self._bare_nouns

    def _other_given_names(self, doc: Doc, folded: list[list[str]], hits: list[_Hit]) -> list[_Hit]:
        """Drop a KB person found by a one-word surname that ends a longer name (the NER's PERSON span) whose
        given name is none of that person's ("Sara Netanyahu" is not Benjamin Netanyahu): the entity pass makes
        the full name its own actor. Honorifics and ranks before the name ("Mr", "Prime Minister") are no given name."""
        ends = {}
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                start, end = _name_bounds(doc, ent.start, ent.end)
                ends[end] = self._after_ranks(doc, start, end)

        def other(h: _Hit) -> bool:
            start = ends.get(h.end)
            if h.actor.type != "person" or h.end - h.start != 1 or start is None or start >= h.start:
                return False
            if not all(t.text[:1].isupper() and t.is_alpha for t in doc[start:h.start]):
                return False
            words = tuple(w for t in range(start, h.end) for w in folded[t])
            return not given_name_agrees(words, [self.kb.folder.name(n) for n in (h.actor.name, *h.actor.aliases)])
        return [h for h in hits if not other(h)]

    def _local_people(self, doc: Doc, hits: list[_Hit]) -> dict[str, Actor]:
        """Short forms of the people named in full in this document: surnames ("Mistura", "de Mistura")
        and given names used alone ("Anna"), the latter only when one person of the document has it; both as
        the knowledge base spells the name and as the text does ("Prince Mohammed" after "Mohammed bin
        Salman", whom the KB spells "Mohammad"); the surnames of the KB's other spellings of a person's name too
        ("Araqchi" after "Abbas Araghchi", whose alias is "Abbas Araqchi")."""
        local: dict[str, Actor] = {}
        given: dict[str, set[str]] = {}
        for h in sorted(hits, key=lambda h: h.start):
            if h.actor.type == "person" and h.end - h.start > 1:
                key = self.kb.folder.name(h.actor.name)
                _remember(local, given, key, h.actor)
                for alias in h.actor.aliases:  # the KB's other spellings ("Abbas Araqchi"): their surnames too
                    spelled = self.kb.folder.name(alias)
                    if key and len(spelled) > 1 and _respelling(spelled[-1], key[-1]):
                        _remember(local, {}, spelled, h.actor)
                written = self.kb.folder.name(doc[h.start:h.end].text)
                if len(written) > 1 and key and (written[-1] == key[-1] or self._spelling_of(written, h.actor)):
                    # same surname, the text's spelling of the given name; or a spelling the KB holds whole
                    # ("Lukashenka" after "Alyaksandr Lukashenka", the KB's "Alexander Lukashenko")
                    _remember(local, given, written, h.actor)
        _add_given(local, given, {h.actor.id: h.actor for h in hits})
        return local

    def _spelling_of(self, written: tuple[str, ...], actor: Actor) -> bool:
        """Whether the folded full name ``written`` is one of ``actor``'s aliases."""
        return any(self.kb.folder.name(n) == written for n in actor.aliases)

    def _new_short_forms(self, local: dict[str, Actor], new: dict[str, Actor]) -> None:
        """Given names of new people ("Anna" for "Anna Campbell"), acronyms of new organisations
        ("IRC" for "International Rescue Committee") and the head word of a new organisation's "X on/of/for Y"
        name ("the Commission" for "the Commission on Presidential Debates") named in full earlier in the
        document."""
        given: dict[str, set[str]] = {}
        for actor in new.values():
            words = self.kb.folder.name(actor.name)
            if actor.type == "person":
                for spelling in (actor.name, *actor.aliases):
                    _remember({}, given, self.kb.folder.name(spelling), actor)
            elif len(words) > 1:
                initials = "".join(w[0] for w in actor.name.split() if w[:1].isupper())
                if len(initials) > 1:
                    local.setdefault(initials.lower(), actor)
                if len(words) > 2 and words[1] in ("on", "of", "for"):
                    local.setdefault(words[0], actor)  # "the Commission" after "the Commission on Presidential Debates"
        _add_given(local, given, new)

    def _headed_orgs(self, doc: Doc) -> list[Span]:
        """Organisation names the NER missed: two to five capitalised words in no entity, the last an
        organisation head noun (lexicon ``names.org_heads``: "the Kharkiv Volunteer Network"), as ORG spans
        (not set on ``doc.ents``). A leading "The" is no part of the name. Only NER organisations stop the
        run: a city or a name the NER read as a person inside it ("The Kyiv Aid Collective") is part of it."""
        in_ents = {t for e in doc.ents if e.label_ == "ORG" for t in range(e.start, e.end)}
        out = []
        for tok in doc:
            if not tok.text[:1].isupper() or tok.lower_ not in self._org_heads or tok.i in in_ents:
                continue
            start = tok.i
            while start > 0 and tok.i - start < 4 and doc[start - 1].text[:1].isupper() \
                    and doc[start - 1].lower_ != "the" and start - 1 not in in_ents and not doc[start].is_sent_start:
                start -= 1
            if start < tok.i:
                out.append(Span(doc, start, tok.i + 1, label="ORG"))
        return out

    def _long_orgs(self, doc: Doc) -> list[tuple[int, int]]:
        """Token bounds of NER ORG spans that name an organisation around a place or state name:
        three tokens or more ending in a capitalised word, or an outlet ("Guardian Australia", "Moscow Times",
        "the magazine Paris Match"); and the organisation names the NER missed (:meth:`_headed_orgs`)."""
        out = [(e.start, e.end) for e in self._headed_orgs(doc)]
        for e in (e for e in doc.ents if e.label_ == "ORG"):
            end = e.end - 1 if e.end - e.start > 1 and doc[e.end - 1].text in _POSSESSIVE else e.end
            start = _after_time_stamp(doc, e.start, end)  # "12:30 - Thai": a live blog's time is no body's word
            if self._list_of_known_names(doc, start, end):
                continue  # "a pact between Benin and Togo" tagged as one ORG: two states, no body
            if (end - start >= 3 and doc[end - 1].text[:1].isupper()) or (len(e) >= 2 and self._not_actor(e.text)) \
                    or (end - start >= 2 and self.admission.is_outlet(doc, start, end)):
                out.append((start, end))  # "the American Israel Public Affairs Committee's" ends at "Committee"
        return out

    def _list_of_known_names(self, doc: Doc, start: int, end: int) -> bool:
        """Whether tokens start..end are names of KB actors joined by "and" or commas ("Benin and Togo"),
        each part a KB name and the whole none ("Bosnia and Herzegovina", "Trinidad and Tobago" are one state)."""
        names = self.kb.index.names
        if self.kb.folder.name(doc[start:end].text) in names:
            return False
        parts, part = [], []
        for tok in doc[start:end]:
            if tok.lower_ in ("and", ",", "&"):
                parts.append(part)
                part = []
            else:
                part.append(tok.text)
        parts.append(part)
        return len(parts) > 1 and all(p and self.kb.folder.name(" ".join(p)) in names for p in parts)

    def _not_actor(self, text: str) -> bool:
        """Peoples, platforms, outlets and other words that name no actor (lexicons ``actors``/``attribution``)."""
        text = text.casefold()
        return text in self._non_actors or text.removeprefix("the ") in self._non_actors

    def _known_name(self, doc: Doc, start: int, end: int, words: tuple[str, ...], label: str,
                    local: dict[str, Actor], date: str | None, countries: set[str] = frozenset()) -> _Hit | None:
        """A KB or earlier-named actor for an NER span: surname, reordered name, then fuzzy match.
        ``countries``: states the document's actors belong to, the evidence a bare surname of someone
        out of office on the date needs ("Morsi" next to "al-Sisi", "Rouhani" next to "Iranian")."""
        if end - start == 1 and doc[start].lower_.rstrip(".") in _NAME_SUFFIXES:
            return None  # "Jr.": a generational suffix, no surname
        if len(words) == 1 or (len(words) == 2 and words[0] in SURNAME_PARTICLES):
            actor = self._surname_actor(doc, start, " ".join(words), label, local, date, countries)
            if actor is not None:
                return _Hit(start, end, actor, "surname", 0.9, role_name(actor, date))
        if label == "PERSON" or (label == "ORG" and len(words) == 2):  # "Kishida Fumio", tagged ORG at times
            actor = self._reordered(words, date) or self._full_given_name(words)
            if actor is not None:
                return _Hit(start, end, actor, "folded", 0.95, role_name(actor, date))
        found = self._near_spelling(doc, start, end, words, label)
        if found is not None and not self._other_state_words(words, self.kb.actors[found[0]]) \
                and self._same_given_name(words, self.kb.actors[found[0]]) \
                and self._same_opening(words, self.kb.actors[found[0]]):
            actor = self.kb.actors[found[0]]
            return _Hit(start, end, actor, "fuzzy", found[1], role_name(actor, date))
        return None

    def _near_spelling(self, doc: Doc, start: int, end: int, words: tuple[str, ...],
                       label: str) -> tuple[str, float] | None:
        """(KB id, score) of a near spelling of a name: among the kinds its NER label names, among people too when
        the NER tagged a person's name ORG ("Manasseh Sogavere said"), and for a person's name of three words or
        more whose last word differs in its vowels only (:meth:`Resolver.surname_variant`)."""
        found = self.resolver.fuzzy(words, label)
        if found is None and label == "ORG" and len(words) > 1 and self.admission.person_like(doc[start:end].text):
            found = self.resolver.fuzzy(words, "PERSON")
        if found is None and label == "PERSON":
            found = self.resolver.surname_variant(words)
        return found

    def _full_given_name(self, words: tuple[str, ...]) -> Actor | None:
        """The one KB person a name with a short given name stands for ("Radek Sikorski": "Radoslaw Sikorski";
        lexicon ``given_name_forms``); None when no full form or several people fit."""
        if len(words) < 2:
            return None
        found = {a for forms in self._given_forms.get((words[0],), []) for a in self.kb.index.names.get(
                 (*forms, *words[1:]), []) if self.kb.actors[a].type == "person"}
        return self.kb.actors[found.pop()] if len(found) == 1 else None

    def _same_opening(self, words: tuple[str, ...], actor: Actor) -> bool:
        """For a one-word name found by a near spelling, whether it opens as a word of one of the actor's names does
        (the first two folded letters): a misspelling keeps a name's opening ("Gbago", "Matthis"), while two names
        that differ at the start are other names ("Jilani" is not "Jolani"). Longer names: always True."""
        if len(words) != 1 or len(words[0]) < 2:
            return True
        opening = words[0][:2]
        return any(w[:2] == opening for n in (actor.name, *actor.aliases) for w in self.kb.folder.name(n))

    def _same_given_name(self, words: tuple[str, ...], actor: Actor) -> bool:
        """For a person found by a near spelling, whether the given names agree (kb.dedupe.given_name_agrees):
        a different given name is a different person."""
        if actor.type != "person":
            return True
        return given_name_agrees(words, [self.kb.folder.name(n) for n in (actor.name, *actor.aliases)])

    def _surname_actor(self, doc: Doc, start: int, surname: str, label: str, local: dict[str, Actor],
                       date: str | None, countries: set[str]) -> Actor | None:
        """The person a bare surname at token ``start`` names: one named in full in the document (any NER label:
        the small model tags some surnames ORG/GPE), the one office-holder of that surname on the date (not
        after a locative word unless the NER says person: "in Austin" is the city), a curated person or a
        former leader of that surname whose country the document names."""
        actor = local.get(surname)
        if actor is None and (label == "PERSON" or doc[start].pos_ == "PROPN") \
                and not (label != "PERSON" and _after_locative(doc, start)):
            actor = self.resolver.by_surname(surname, date)
        if actor is None and label == "PERSON":
            actor = _backed(self.resolver.curated_surname(surname), countries)  # out of office on the date
        if actor is None and (label in ("PERSON", "ORG") or doc[start].pos_ == "PROPN") \
                and doc[start].text[:1].isupper():
            actor = _backed(self.resolver.leader_surname(surname), countries)  # "Morsi's rule" (tagged ORG)
        if actor is None and label == "PERSON":
            actor = _local_variant(local, surname)  # "Abbas Araghchi ... Araqchi said"
        return actor

    def _other_state_words(self, words: tuple[str, ...], actor: Actor) -> bool:
        """True when a name and a fuzzy candidate name different states ("Libyan National Army" and
        "Albanian National Army"): a near spelling is no evidence across a state name or demonym."""
        if self._state_words is None:
            self._state_words = {k[0] for a in self.kb.actors.values() if a.type == "state"
                                 for k in map(self.kb.folder.name, self.kb.names_of(a)) if len(k) == 1}
        theirs = {w for n in self.kb.names_of(actor) for w in self.kb.folder.name(n)}
        mine = set(words) & self._state_words
        return bool(mine) and not mine <= theirs

    def _reordered(self, words: tuple[str, ...], date: str | None) -> Actor | None:
        """Surname-first ("Orbán Viktor", "Xi Jinping" written "Jinping Xi") and patronymic
        ("Vladimir Vladimirovich Putin") orders of a KB person's name."""
        keys = []
        if len(words) == 2:
            keys.append((words[1], words[0]))
        if len(words) == 3 and words[1].endswith(_PATRONYMIC):
            keys.append((words[0], words[2]))
        if len(words) == 3:
            keys.append((words[1], words[2], words[0]))  # "Erdogan Recep Tayyip"
        plain = tuple(w for k, w in enumerate(words) if not (0 < k < len(words) - 1 and len(w) == 1))
        if len(plain) >= 2 and plain != words:
            keys.append(plain)  # "Paul D. Ryan": the name without its middle initials
        for key in keys:
            ids = [i for i in self.kb.index.names.get(key, []) if self.kb.actors[i].type == "person"]
            if ids:
                return rank([self.kb.actors[i] for i in ids], date)[0]
        return None

    def _new_actor(self, doc: Doc, start: int, end: int, words: tuple[str, ...], label: str,
                   new: dict[str, Actor], local: dict[str, Actor]) -> _Hit | None:
        """A new person or organisation (never a place, a nationality or a date; never a span without a
        capital letter, which the NER sometimes tags: "supreme" in "supreme leader")."""
        if label not in _NEW_KINDS or not any(t.text[:1].isupper() for t in doc[start:end]) \
                or self._no_name(doc[start:end].text, words):
            return None
        reason = self.admission.rejects(doc, start, end, words)
        if reason and not (reason == "outlet" and self._named_like_a_non_actor(doc, start, end)):
            return None
        if label == "PERSON" and _no_person_by_place(doc, start, end):
            return None
        label = self._new_label(doc, start, end, label)
        if _family_plural(doc, start, end, words, local):
            return None  # "the Skripals" after "Sergei Skripal": a family, no actor of its own
        kind, prefix = _NEW_KINDS[label]
        name = doc[start:end].text
        actor_id = f"{prefix}:{slugify(name)}"
        if kind == "person" and actor_id not in new:
            actor_id = self._spelt_alike(words, name, new) or actor_id  # "Mohammed El Hindawi" after "Mohammad …"
        actor = new.get(actor_id) or Actor(id=actor_id, name=name, type=kind, is_new=True,
                                           source=f"found in {doc._.cg_doc_id or 'text'}")
        new[actor_id] = actor
        if kind == "person" and len(words) > 1:
            _remember(local, {}, words, actor)
        return _Hit(start, end, actor, "new", 0.5)

    def _new_label(self, doc: Doc, start: int, end: int, label: str) -> str:
        """The NER label a new actor is typed by, corrected by its context."""
        if label == "ORG" and self._person_apposition(doc, end):
            return "PERSON"  # "Eswar Prasad, a professor of economics": the NER's ORG is a person
        if label == "PERSON" and self.admission.team_name(doc, start, end):
            return "ORG"  # "Charlotte Panthers": a sports club the NER took for a person
        return label

    def _spelt_alike(self, words: tuple[str, ...], name: str, new: dict[str, Actor]) -> str | None:
        """The id of a new person of this document with the same surname and the same number of words whose
        given name is a spelling variant of this one's (kb.dedupe.given_name_agrees) or a short form of it ("Ollie
        Brand" after "Oliver Brand"), middle initials left out ("Loretta E. Lynch" is "Loretta Lynch"), or None;
        or one middle name apart ("Konstandinos Erik Scurfield"); for one word, :meth:`_short_given_alone`. ``name`` (as
        written) becomes an alias of that person, so that its given name alone ("Mohammed") names them too."""
        if len(words) < 2:
            return self._short_given_alone(words, name, new)
        words = _without_middle_initials(words)
        for actor in new.values():
            theirs = _without_middle_initials(self.kb.folder.name(actor.name))
            if actor.type == "person" and (_middle_name_apart(words, theirs) or len(theirs) == len(words)
                                           and theirs[1:] == words[1:] and (given_name_agrees(words, [theirs])
                                                                            or _short_given(words[0], theirs[0]))):
                if name not in actor.aliases:
                    actor.aliases.append(name)
                return actor.id
        return None

    def _short_given_alone(self, words: tuple[str, ...], name: str, new: dict[str, Actor]) -> str | None:
        """The id of the one new person of this document whose given name ``words`` (one folded word) is a
        short form of ("Ollie" after "Oliver Brand"), or None; ``name`` becomes an alias of that person."""
        found = [a for a in new.values() if a.type == "person" and len(self.kb.folder.name(a.name)) > 1
                 and _short_given(words[0], self.kb.folder.name(a.name)[0])] if words else []
        if len(found) != 1:
            return None
        if name not in found[0].aliases:
            found[0].aliases.append(name)
        return found[0].id

    def _person_apposition(self, doc: Doc, end: int) -> bool:
        """True when an appositive about one person follows token ``end``: ", a professor at ...",
        ", the former chairman of ...", ", the harbour master," (the head of its first noun phrase, after
        any nouns that modify it, is in the ``people.roles`` lexicon)."""
        if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an", "the"):
            return False
        for tok in doc[end + 2:min(len(doc), end + 9)]:
            if tok.pos_ in ("NOUN", "PROPN") and tok.lower_ not in self._person_roles and tok.dep_ == "compound" \
                    and tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "NOUN":
                continue  # "the harbour master": "harbour" modifies the head noun
            if tok.dep_ == "npadvmod":
                continue  # "a 12-year-old girl": "year" measures the age
            if tok.pos_ in ("NOUN", "PROPN"):
                return tok.lower_ in self._person_roles
            if tok.pos_ not in ("ADJ", "ADV", "PUNCT", "CCONJ", "NUM"):  # "a 12-year-old girl"
                return False
        return False

    def _loose_surnames(self, doc: Doc, folded: list[list[str]], taken: set[int], local: dict[str, Actor],
                        date: str | None) -> list[_Hit]:
        """Surnames the NER missed (the small model tags some as ORG or GPE, or not at all): a name
        from this document, else a proper noun that is the surname of exactly one office-holder (at the
        start of a sentence only as the subject of its verb)."""
        out = []
        for i, tok in enumerate(doc):
            if i in taken or not tok.text[:1].isupper() or len(folded[i]) != 1 \
                    or tok.lower_.rstrip(".") in _NAME_SUFFIXES:
                continue
            if i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
                continue  # part of a longer name we do not know
            actor = local.get(folded[i][0])
            # at a sentence start only as the subject of a verb ("Sisi had held talks"), not "May 15 2016"
            opens = tok.is_sent_start and not (tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"))
            if actor is None and tok.pos_ == "PROPN" and not opens and not tok.is_upper \
                    and not _after_locative(doc, i):
                actor = self.resolver.by_surname(folded[i][0], date)
            if actor is not None:
                out.append(_Hit(i, i + 1, actor, "surname", 0.9, role_name(actor, date)))
        return out

    def _armed_next_to(self, doc: Doc, start: int, end: int) -> bool:
        """Whether a word of armed men or force (lexicon ``names.armed_nouns``) stands in lower case right before
        or after tokens start..end ("RSF fighters", "the paramilitary RSF")."""
        return any(0 <= k < len(doc) and doc[k].text.islower() and doc[k].lower_ in self._armed_nouns
                   for k in (start - 1, end))

    def _by_context(self, actors: list[Actor], date: str | None, context: "_Context", word: str = "",
                    armed: bool = False) -> Actor:
        """One actor for an alias several share ("SDF"): the one whose full name, then whose country,
        the document also names; then an armed group when words of armed men stand next to the alias
        (``armed``: "RSF fighters"); then curated rows; then :func:`rank` (office on the date, kind)."""
        if len(actors) == 1:
            return actors[0]
        ranked = rank(actors, date)

        def key(pair: tuple[int, Actor]) -> tuple[bool, bool, bool, bool, int]:
            pos, a = pair
            home = bool(a.country) and a.country != a.id and context.names_state(a.country)
            # two states sharing a short name ("Congo"): the one the text also names otherwise ("Kinshasa")
            home = home or (a.type == "state" and bool(word) and context.names_state_otherwise(a, word))
            return (not context.names(a.name), not home, not (armed and a.type == "group"),
                    "curated" not in (a.source or ""), pos)
        return min(enumerate(ranked), key=key)[1]

    def _place_pass(self, doc: Doc, folded: list[list[str]], hits: list[_Hit],
                    orgs: list[tuple[int, int]]) -> tuple[list[_Hit], list[Span]]:
        """Place names (kb/data/places.jsonl) kept as places: KB non-state actors inside them are dropped,
        and a state sharing the name ("Georgia") loses to the place when the document's evidence says so."""
        places = self.kb.places
        spans: list[Span] = []
        drop: set[int] = set()
        i = 0
        while i < len(doc):
            tok = doc[i]
            if not (tok.text[:1].isupper() or tok.lower_ == "al"):
                i += 1
                continue
            found = self._scan(doc, folded, places.names, places.prefixes, places.max_len, i)
            if found is None:
                i += 1
                continue
            end, key = found
            place = places.get(key)
            if _place_stands(doc, place, i, end, hits, orgs, self._place_verbs):
                drop.update(id(h) for h in hits if h.start >= i and h.end <= end)
                spans.append(Span(doc, i, end, label=place.kind, kb_id=place.country or ""))
            i = end
        return [h for h in hits if id(h) not in drop], spans

    def _counterpart_hits(self, doc: Doc, hits: list[_Hit], date: str | None) -> list[_Hit]:
        """"Baerbock phoned her Polish counterpart": the other state's holder of the possessor's office on the date
        (:mod:`actor_counterparts`) replaces the nationality word's state mention (method ``title``)."""
        found = counterparts(doc, hits, date, self.resolver.office_holder)
        if not found:
            return hits
        kept = [h for h in hits if not any(s <= h.start and h.end <= e for s, e, _, _ in found)]
        return kept + [_Hit(s, e, actor, "title", 0.9, role) for s, e, actor, role in found]

    # -- the component --------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        if not is_english(doc):  # flagged by cablegram_language; an English model would mis-read it
            doc._.cg_mentions, doc._.cg_new_actors = [], []
            return doc
        date = doc._.cg_date
        folded = self._folded(doc)
        hits = _outside_person_names(doc, self._alias_pass(doc, folded, date),
                                     lambda word: self._known_surname(word, date))
        hits = self._led_bodies(doc, self.apposition.longer_names(doc, self._other_given_names(doc, folded, hits)))
        hits = _national_branches(doc, hits)
        hits += self._initials_pass(doc, folded, hits)
        orgs = self._long_orgs(doc)
        hits, places = self._place_pass(doc, folded, hits, orgs)
        hits, features = _state_named_features(doc, hits)  # "the Jordan Valley", "the Niger Delta"
        places += features
        hits, cities = self.nationality.capital_places(doc, folded, hits)  # "east London": the city
        places += cities
        hits, covered = self._title_pass(doc, folded, date, hits)
        covered |= {t for p in places for t in range(p.start, p.end)}
        hits = self._institution_pass(doc, folded, hits)
        hits, buildings = self._seats_as_buildings(doc, folded, hits)
        places += buildings
        covered |= {t for p in buildings for t in range(p.start, p.end)}
        hits += self._collective_pass(doc, folded, hits)
        hits += self._group_references(doc, hits)
        # "the Syrian American Medical Society", "Guardian Australia": the state named inside is no mention
        hits = [h for h in hits if not (h.actor.type == "state" and h.method in ("exact", "folded")
                                        and _inside_longer_org(orgs, h.start, h.end, doc))]
        extra, new_actors = self._entity_pass(doc, folded, date, hits, covered)
        hits = _nicknamed(doc, folded, _surnames_over_states(self.kb, folded, hits + extra))
        hits = _head_short_forms(doc, hits, self._org_heads)
        hits = self._leader_governments(doc, hits)
        hits += _bracketed_short_forms(doc, hits)
        hits = self._counterpart_hits(doc, hits, date)
        hits = self.admission.settle(doc, self.apposition.resolve_placeholders(hits))
        hits = self.nationality.private_people(doc, self.apposition.backers(doc, hits))
        used = {h.actor.id for h in hits}  # new actors the passes kept, and those the settling made (retyped)
        new_actors = list({a.id: a for a in (*new_actors, *(h.actor for h in hits if h.actor.is_new))
                           if a.id in used}.values())
        places = sorted(places + _unlisted_places(doc, hits, places, self._not_actor)
                        + self._compass_regions(doc, hits, places),
                        key=lambda p: p.start)
        hits.sort(key=lambda h: (h.start, -h.end))
        sent_starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
        mentions: list[Mention] = []
        spans: list[Span] = []
        seen: set[tuple[int, int]] = set()
        for h in hits:
            span = doc[h.start:h.end]
            if (span.start_char, span.end_char) in seen:
                continue
            seen.add((span.start_char, span.end_char))
            span._.cg_actor_id = h.actor.id
            spans.append(span)
            mentions.append(Mention(doc_id=doc._.cg_doc_id, start=span.start_char, end=span.end_char, text=span.text,
                                    actor_id=h.actor.id, sentence_index=max(0, bisect_right(sent_starts, h.start) - 1),
                                    role_on_date=h.role, method=h.method, score=h.score))
        doc.spans[SPAN_KEY] = spans
        doc.spans[PLACE_KEY] = places
        doc._.cg_mentions = mentions
        doc._.cg_new_actors = new_actors
        return doc


@Language.factory(FACTORY, default_config={"extra_files": [], "fuzzy_threshold": 90.0, "shipped": True,
                                           "lexicon_extra": {}},
                  assigns=["doc._.cg_mentions", "doc._.cg_new_actors", "doc.spans", "span._.cg_actor_id"],
                  requires=["doc.sents", "doc.ents", "token.tag"])
def make_actor_resolver(nlp: Language, name: str, extra_files: list[str], fuzzy_threshold: float,
                        shipped: bool, lexicon_extra: dict) -> ActorResolver:
    """Load the knowledge base (shipped files, then ``extra_files``) once, for this pipeline;
    ``lexicon_extra`` extends the ``actors`` lexicon (see :class:`ActorResolver`)."""
    ensure_extensions()
    return ActorResolver(KnowledgeBase.load(extra_files, shipped=shipped), fuzzy_threshold, lexicon_extra or None)
