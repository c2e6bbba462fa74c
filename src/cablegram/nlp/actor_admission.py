"""Which NER names become new actors, and one id per new entity in a document (issue 16).

The actors component (:mod:`cablegram.nlp.actors`) makes a new person or organisation of a name
the NER tags PERSON/ORG when nothing in the knowledge base matches it. :class:`Admission` is the
gate before that, and the settling pass after it:

- :meth:`Admission.name_bounds` trims what is no part of a name: a leading role word ("Lawyer
  Tasnime Akunjee"), trailing lower-case words ("Rosa Gilbert, co-secretary"), and the text after a
  splitting word ("Rashida as Umm Yusuf", "Commons on Monday");
- :meth:`Admission.rejects` says why a name is no actor (a reason string) or ``None``: a place (the
  KB's places, or the context: "the village of Susa", "in Barghuz", "from Gatwick to Istanbul",
  "Aleppo, Ghouta and Darayya"), equipment ("MILAN", "M2 Carl-Gustaf", "Samaritan ambulances"), a
  currency code in any case ("600 million DKK"), words of the document's layout ("the official PDF",
  "CZM6-CZM9"), a news outlet ("The Hill"), or a word the lexicon lists as no name ("Brexit");
- :meth:`Admission.settle` gives one id per entity: a new name's type (person or organisation) is
  decided once per document by the NER labels of all its mentions, a nickname the text gives a
  person ("Letts, who was dubbed "Jihadi Jack"") is that person, a partial name of one KB group or
  organisation ("Tahrir al-Sham") is that actor, and a new person's given name used where the text
  speaks of a place ("Charlotte" after "Charlotte Panthers") is no mention of that person.

Word lists are data: ``nlp/data/actor_admission.toml``; users extend it through the actors
component's config (``lexicon_extra["admission"]``). All token offsets are spaCy token indices.
"""

from __future__ import annotations

import calendar

import re
from collections import Counter, defaultdict
from dataclasses import replace
from typing import Any

import pycountry
from spacy.tokens import Doc, Span

from ..kb.base import KnowledgeBase
from ..records import Actor
from .actor_hits import Hit
from .doc_cache import token_texts
from .lexicons import folded_word_set, load_lexicon

LEXICON = "actor_admission"
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
_DIGITS = re.compile(r"\d")
_NUMBER_WORDS = frozenset({"million", "millions", "billion", "billions", "thousand", "thousands", "hundred", "bn",
                           "m", "k", "mn", "trillion", "dozen", "dozens", "hundreds"})
_DETERMINERS = frozenset({"a", "an", "the", "this", "that"})
_COORDINATORS = frozenset({",", "and", "or", "finally", "then"})
_NEVER_FIRST = frozenset({"of", "for", "and", "&", "at", "on", "the"})
_SPEECH = frozenset({"said", "says", "told", "added", "wrote", "asked", "explained", "recalled", "replied"})




def _currency_codes() -> set[str]:
    """ISO 4217 codes (pycountry), case-folded."""
    return {c.alpha_3.casefold() for c in pycountry.currencies}


def _common_abbreviation(doc: Doc, start: int, end: int, org_words: frozenset[str]) -> bool:
    """Whether the one all-capitals token at ``start`` is the short form the text gives in brackets for words in
    lower case ("a technical assistance visit (TAV)"): a common noun's abbreviation, no organisation. Not when
    the words hold an organisation word: some papers write bodies in lower case ("the high negotiations
    committee (HNC)")."""
    if end - start != 1 or not doc[start].text.isalpha() or not doc[start].text.isupper():
        return False
    acronym, n = doc[start].text, len(doc[start].text)
    for tok in doc:
        if tok.text == acronym and tok.i >= n + 1 and doc[tok.i - 1].text == "(":
            words = doc[tok.i - 1 - n:tok.i - 1]
            if all(w.text.islower() and w.lower_ not in org_words for w in words) \
                    and "".join(w.text[0] for w in words).upper() == acronym:
                return True
    return False


def _plural_noun(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens start..end are a plural the NER took for a name: one capitalised common noun in the
    plural ("Millions have fled", "Photographs of the boy"), or a plural tagged PERSON, which names a people,
    a family or a band, never one person ("the Mongols", "Ancient Greeks"), unless a proper noun comes before it (a
    surname ending in -s: "Jimmy Tompkins"). Not an all-capitals word ("NGOs")."""
    last = doc[end - 1]
    if last.text.isupper() or last.tag_ not in ("NNS", "NNPS"):
        return False
    if end - start == 1 and last.tag_ == "NNS":
        return True
    return last.ent_type_ == "PERSON" and all(t.ent_type_ == "PERSON" for t in doc[start:end]) \
        and not any(t.tag_ == "NNP" for t in doc[start:end - 1])  # "Jimmy Tompkins" is one man


def _no_whole_name(doc: Doc, start: int, end: int) -> bool:
    """A plural (:func:`_plural_noun`) or a part cut from a hyphenated name (:func:`_hyphen_cut`)."""
    return _plural_noun(doc, start, end) or _hyphen_cut(doc, start, end)


def _hyphen_cut(doc: Doc, start: int, end: int) -> bool:
    """Whether the NER cut tokens start..end from a longer hyphenated name ("UNA" of "UNA-UK"): a hyphen
    without spaces and a capitalised word follow. The part alone names no actor."""
    return end + 1 < len(doc) and doc[end].text in ("-", "‐") and not doc[end - 1].whitespace_ \
        and not doc[end].whitespace_ and doc[end + 1].text[:1].isupper()


class Admission:
    """The gate for new actors and the settling of their ids within one document.

    ``kb``: the knowledge base (its places and its group/organisation names); ``extra`` extends
    the ``actor_admission`` lexicon."""

    def __init__(self, kb: KnowledgeBase, extra: dict[str, Any] | None = None, person_roles: set[str] = frozenset()):
        self.kb = kb
        lex = load_lexicon(LEXICON, extra)
        self._place_nouns = folded_word_set(lex, "places.nouns")
        self._place_preps = folded_word_set(lex, "places.prepositions")
        self._org_words = folded_word_set(lex, "places.organisation_words")
        self._place_modifiers = folded_word_set(lex, "places.modifiers")
        self._motion_verbs = folded_word_set(lex, "places.motion_verbs")
        self._systems = folded_word_set(lex, "equipment.systems")
        self._equipment_nouns = folded_word_set(lex, "equipment.nouns")
        self._digit_names = folded_word_set(lex, "equipment.digit_names")
        self._layout = folded_word_set(lex, "documents.words")
        self._instruments = folded_word_set(lex, "documents.instruments")
        cues = load_lexicon("attribution")
        self._outlets = folded_word_set(lex, "outlets.names") | folded_word_set(cues, "outlets.names")
        self._outlet_heads = folded_word_set(lex, "outlets.heads")
        self._outlet_phrases = tuple(" " + w for w in folded_word_set(lex, "outlets.phrases"))
        self._outlet_nouns = folded_word_set(lex, "outlets.nouns_before")
        self._split = folded_word_set(lex, "names.split_before")
        self._team_words = folded_word_set(lex, "names.team_words")
        self._inner = folded_word_set(lex, "names.inner")
        self._not_names = folded_word_set(lex, "names.not_names")
        self._nickname_cues = folded_word_set(lex, "names.nickname_cues")
        self._personnel = folded_word_set(lex, "names.personnel")
        self._generic = folded_word_set(lex, "names.generic")
        self._role_prefixes = folded_word_set(lex, "names.role_prefixes")
        self._compass = folded_word_set(load_lexicon("actor_nationality"), "capitals.directions")
        self._roles = {r.casefold() for r in person_roles}
        self._person_verbs = folded_word_set(cues, "verbs.speech", "verbs.cognition") | folded_word_set(lex, "people.verbs")
        self._person_pronouns = folded_word_set(lex, "people.pronouns")
        self._entourage = folded_word_set(lex, "people.entourage")
        self._company_tails = folded_word_set(lex, "people.organisation_tails")
        self._currencies = _currency_codes() | {w.casefold() for w in load_lexicon("currencies").get("codes", [])}
        self._suffixes: dict[tuple[str, ...], set[str]] | None = None  # KB name tails, built on first use

    # -- bounds ---------------------------------------------------------------------------------
    def name_bounds(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        """Tokens start..end of an NER span narrowed to the name: no leading role word or lower-case
        word, nothing from a splitting word or comma on, no trailing lower-case word."""
        while end - start > 1 and self._not_name_word(doc[start].text, first=True):
            start += 1
        if end - start > 1 and start > 1 and doc[start - 1].text in ("-", "‐") and doc[start - 2].lower_ in ("pro", "anti"):
            start += 1  # "pro-Iran Hizbullah Brigades": the stance's object is no part of the name
        for k in range(start + 1, end - 1):  # "Dutch jihadist Yago": the name is after the common noun
            if self._common_noun(doc[k].text) and doc[k + 1].text[:1].isupper():
                start = k + 1
        for k in range(start + 1, end):
            word = doc[k].text
            if word in (",", "•", "|") or (word.casefold() in self._split and word.islower()
                                           and not self._named_topic(doc, k)):
                end = k
                break
        while end - start > 1 and self._not_name_word(doc[end - 1].text, first=False):
            end -= 1
            if doc[end].text in ("-", "‐", "‑") and end - start > 1 and doc[end - 1].lower_ in self._role_prefixes:
                end -= 1  # "Co-secretary"
        return start, end

    def team_name(self, doc: Doc, start: int, end: int) -> bool:
        """Whether tokens start..end (two words or more) end in a sports club's word (lexicon
        ``names.team_words``: "Charlotte Panthers", "Leeds United"): an organisation, never a person."""
        return end - start > 1 and doc[end - 1].text[:1].isupper() and doc[end - 1].lower_ in self._team_words

    def _named_topic(self, doc: Doc, k: int) -> bool:
        """"the Commission on Presidential Debates": "on" after an organisation word and before a capitalised
        word that is no date ("the Commons on Monday" still splits) is part of the name."""
        return doc[k].lower_ == "on" and k + 1 < len(doc) and doc[k - 1].lower_ in self._org_words \
            and doc[k + 1].text[:1].isupper() and doc[k + 1].ent_type_ not in ("DATE", "TIME") \
            and doc[k + 1].lower_ not in {m.casefold() for m in (*calendar.month_name, *calendar.day_name) if m}

    def _common_noun(self, word: str) -> bool:
        folded = word.casefold()
        return word.isalpha() and word.islower() and folded not in self._inner and folded not in self._split \
            and folded not in self._org_words

    def _not_name_word(self, word: str, first: bool) -> bool:
        folded = word.casefold()
        if folded in self._inner:  # a name may start with "al" or "abu", not with "of"; may end on neither
            return folded in _NEVER_FIRST if first else True
        if first and folded in self._roles:
            return True  # "Lawyer Tasnime Akunjee" at a sentence start
        if word[:1].islower():
            return first or folded not in self._org_words  # "Durham university" keeps its head
        return word in _QUOTES or word in ("-", "–", "—", "•")

    # -- the gate -------------------------------------------------------------------------------
    def rejects(self, doc: Doc, start: int, end: int, words: tuple[str, ...]) -> str | None:
        """Why tokens start..end (folded ``words``) are no new actor, or None when they may be one."""
        text = doc[start:end].text
        folded = text.casefold().removeprefix("the ")
        alpha = [t.text.casefold() for t in doc[start:end] if any(c.isalpha() for c in t.text)]
        if not alpha:
            return "no name"
        checks = (
            ("not a name", lambda: folded in self._not_names or folded in self._instruments
             or alpha[-1] in self._instruments and len(alpha) > 1 and doc[end - 1].text[:1].isupper()),
            ("outlet", lambda: self.is_outlet(doc, start, end)),
            ("state", lambda: self._is_state(text)),  # "Vancouver, Canada" cut by the NER: the state, no new actor
            ("abbreviation", lambda: _common_abbreviation(doc, start, end, self._org_words)),
            ("currency", lambda: self._currency(alpha)),
            ("document", lambda: any(w in self._layout for w in alpha) or self._code_like(doc, start, end)),
            ("equipment", lambda: self._equipment(doc, start, end, folded)),
            ("plural noun or cut name", lambda: _no_whole_name(doc, start, end)),
            ("sentence word", lambda: end - start == 1 and doc[start].is_sent_start and not doc[start].text.isupper()
             and (doc[start].pos_ in ("VERB", "ADJ", "ADV") or self._modifies_personnel(doc, start))),
            ("place", lambda: self.is_place(doc, start, end, words)),
        )
        return next((reason for reason, check in checks if check()), None)

    def _modifies_personnel(self, doc: Doc, i: int) -> bool:
        """Whether token ``i`` only modifies the lower-case personnel noun right after it (lexicon
        ``names.personnel``: "Riot police", "Border guards"): a common noun capitalised by the sentence start."""
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        return nxt is not None and doc[i].head.i == nxt.i and doc[i].dep_ in ("compound", "amod", "nmod") \
            and nxt.text.islower() and nxt.lower_ in self._personnel

    def is_outlet(self, doc: Doc, start: int, end: int) -> bool:
        """Whether tokens start..end name a news outlet: a listed outlet, a name ending in an outlet's word
        ("Charlotte Observer", "Moscow Times"), one followed by "news agency", or a name of two words or more
        that a word for a publication introduces ("the French magazine Paris Match", "the daily Kommersant", "the news
        site Vesti")."""
        text = doc[start:end].text
        folded = text.casefold().removeprefix("the ")
        alpha = [t.text.casefold() for t in doc[start:end] if any(c.isalpha() for c in t.text)]
        if not alpha:
            return False
        return folded in self._outlets or (alpha[-1] in self._outlet_heads and len(alpha) > 1) \
            or folded.endswith(self._outlet_phrases) or self._outlet_follows(doc, end) \
            or (self._publication_before(doc, start) and doc[start].text[:1].isupper())

    def _publication_before(self, doc: Doc, start: int) -> bool:
        """Whether a word or two for a publication end right before token ``start`` (lexicon
        ``outlets.nouns_before``: "the daily", "the news site", "the website")."""
        return any(start >= n and " ".join(t.lower_ for t in doc[start - n:start]) in self._outlet_nouns
                   for n in (1, 2))

    def _outlet_follows(self, doc: Doc, end: int) -> bool:
        """Whether the words after token ``end`` make the name an outlet's ("Tarvo news agency")."""
        after = " " + " ".join(t.lower_ for t in doc[end:end + 2])
        return any(after == phrase for phrase in self._outlet_phrases)

    def _currency(self, alpha: list[str]) -> bool:
        """"600 million DKK", "dkk": currency codes with nothing but number words beside them."""
        codes = [w for w in alpha if w in self._currencies]
        return bool(codes) and all(w in self._currencies or w in _NUMBER_WORDS for w in alpha) \
            and (len(alpha) > 1 or len(alpha[0]) == 3)

    def _code_like(self, doc: Doc, start: int, end: int) -> bool:
        """Reference codes of a document's sources ("CZM6-CZM9", "DEH3"): letters and digits in one word."""
        return any(_DIGITS.search(t.text) and re.search(r"[A-Za-z]{2}", t.text)
                   and t.text.casefold() not in self._digit_names for t in doc[start:end])

    def _equipment(self, doc: Doc, start: int, end: int, folded: str) -> bool:
        """A weapon or other system: a known system, a model name with digits ("M2 Carl-Gustaf", "RG-31"),
        a name before an equipment noun ("Samaritan ambulances") or after a count ("ten CAESARS")."""
        if folded in self._systems or any(t.text.casefold() in self._systems for t in doc[start:end]):
            return True
        if any(_DIGITS.search(t.text) and t.text.casefold() not in self._digit_names for t in doc[start:end]):
            return True
        nxt = doc[end] if end < len(doc) else None
        if nxt is not None and nxt.text.casefold() in self._equipment_nouns:
            return True
        prev = doc[start - 1] if start > 0 else None
        return prev is not None and (prev.like_num or prev.lower_ in ("dozen", "dozens", "hundreds", "thousands")) \
            and doc[start].text.isupper()

    # -- places ---------------------------------------------------------------------------------
    def is_place(self, doc: Doc, start: int, end: int, words: tuple[str, ...]) -> bool:
        """True when the name at tokens start..end is a place: a KB place, a name ending in a place noun
        ("Dumeira Mountain"), or a place by the context of any of its occurrences in the document."""
        key = words[1:] if words[:1] == ("the",) else words
        if self.kb.places.get(key) is not None:
            return True
        if end - start > 1 and any(t.text[:1].isupper() and t.lower_ in self._place_nouns for t in doc[start + 1:end]):
            return True  # "Dumeira Mountain", "the Oxford Street of Raqqa"
        if any(doc[k].lower_ in self._org_words or doc[k].text == "&" for k in range(start, end)):
            return False  # "in Congress"; "Moore & Lund", a firm
        return any(self._place_context(doc, s, s + end - start) for s in self._occurrences(doc, start, end))

    def _occurrences(self, doc: Doc, start: int, end: int) -> list[int]:
        """Start tokens of every occurrence of the text of tokens start..end in ``doc``."""
        words = token_texts(doc)
        target = words[start:end]
        n = len(target)
        return [i for i in range(len(doc) - n + 1) if words[i] == target[0] and words[i:i + n] == target]

    def _place_context(self, doc: Doc, s: int, e: int) -> bool:
        """Whether the words around one occurrence (tokens s..e) make it a place."""
        prev = doc[s - 1].lower_ if s > 0 else ""
        prev2 = doc[s - 2].lower_ if s > 1 else ""
        nxt = doc[e].lower_ if e < len(doc) else ""
        if nxt in _POSSESSIVE:
            return False
        if prev in self._place_preps and doc[s - 1].text.islower() or (prev == "of" and prev2 in self._place_nouns):
            return True
        if nxt in self._place_nouns and doc[e].text.islower():
            return True  # "the Lachin corridor", "Hasekeh province"
        if prev == "from" and nxt == "to":
            return True  # "from Gatwick to Istanbul"
        if nxt == "," and self._place_apposition(doc, e + 1):
            return True  # "Tuazar, the neighbouring village"
        return self._located_in(doc, e) or self._listed_with_places(doc, s, e) or self._whereabouts(doc, s, e)

    def _whereabouts(self, doc: Doc, s: int, e: int) -> bool:
        """Where someone goes, lives or comes from: "moved to Varn", "marched to Oakholt, where ...", "downtown
        Varn", "south of Varn", and a home town after an age or taken by the NER for a person ("Ada Lunn, 22, from
        Pellby,"); ", from Oxfam," stays an organisation."""
        prev = doc[s - 1].lower_ if s > 0 else ""
        prev2 = doc[s - 2].lower_ if s > 1 else ""
        if prev == "to" and (doc[s - 1].head.lower_ in self._motion_verbs
                             or e + 1 < len(doc) and doc[e].text == "," and doc[e + 1].lower_ == "where"):
            return True  # "to X, where": a person would be "who"; "joined Lund Aid, where" stays an organisation
        if prev in self._place_modifiers or (prev == "of" and prev2 in self._compass):
            return True
        return prev == "from" and prev2 == "," and e - s == 1 and e < len(doc) and doc[e].text in (",", ".", ";") \
            and (doc[s].ent_type_ == "PERSON" or s > 2 and doc[s - 3].like_num)  # ", 22, from X": an age

    def _located_in(self, doc: Doc, e: int) -> bool:
        """"Bethnal Green, east London", "Bethnal Green in east London", "Rawa, in Iraq": the name is followed
        by the larger place it lies in (a compass word and a KB place, a KB place after a comma, or ", in" and
        a KB place or state)."""
        k, comma = e, e < len(doc) and doc[e].text == ","
        k += comma
        after_in = k < len(doc) and doc[k].lower_ == "in"
        k += after_in
        if not (comma or after_in) or k >= len(doc):
            return False
        compass = doc[k].lower_ in self._compass
        k += compass
        if k >= len(doc) or not doc[k].text[:1].isupper():
            return False
        place = self.kb.places.get(self.kb.folder.name(doc[k].text))
        if place is not None and (compass or (comma and not after_in and place.kind != "capital")):
            return True
        return comma and after_in and (place is not None or self._is_state(doc[k].text))

    def _is_state(self, word: str) -> bool:
        ids = self.kb.index.names.get(self.kb.folder.name(word), [])
        return any(self.kb.actors[i].type == "state" for i in ids)

    def _place_apposition(self, doc: Doc, k: int) -> bool:
        """", the neighbouring village", ", a village next to ...": a determiner, up to two modifiers, a place noun."""
        if k >= len(doc) or doc[k].lower_ not in _DETERMINERS:
            return False
        for tok in doc[k + 1:min(len(doc), k + 4)]:
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if tok.lower_ in self._place_nouns and (nxt is None or nxt.pos_ not in ("NOUN", "PROPN")):
                return True  # the head noun is the place ("the neighbouring village"), not "the port director"
            if tok.pos_ not in ("ADJ", "NOUN", "PROPN", "VERB") or tok.text == ",":
                return False
        return False

    def _listed_with_places(self, doc: Doc, s: int, e: int) -> bool:
        """"Aleppo, Ghouta and Darayya", "Raqqa to Mayadin, Bukamal and finally Baghuz": a name in a list
        whose neighbour is a KB place (not a state)."""
        fold = self.kb.folder.name
        root = doc[s:e].root
        linked = {t.i for t in root.conjuncts} | ({root.head.i} if root.dep_ in ("conj", "appos") else set())
        for k in (s - 2, s - 3, e + 1, e + 2):
            if 0 <= k < len(doc) and doc[k].text[:1].isupper() and self.kb.places.get(fold(doc[k].text)):
                between = doc[min(k + 1, e):s] if k < s else doc[e:k]
                if between and all(t.lower_ in _COORDINATORS or t.lower_ == "to" for t in between) \
                        and (k in linked or doc[k].head.i in range(s, e) or between[-1].lower_ == "to"):
                    return True
        return False

    # -- one id per entity --------------------------------------------------------------------
    def settle(self, doc: Doc, hits: list[Hit]) -> list[Hit]:
        """``hits`` with new actors' ids settled (see the module docstring); hits keep their order."""
        hits = self._drop_place_short_forms(doc, hits)
        hits = self._people_by_evidence(doc, self._one_type_per_name(hits))
        hits = self._nicknames(doc, hits)
        return [self._kb_partial(h) for h in hits]

    def _drop_place_short_forms(self, doc: Doc, hits: list[Hit]) -> list[Hit]:
        """A one-word short form of a new person ("Charlotte" after "Charlotte Panthers") that the document
        uses as a place (more occurrences in a place context than as a speaker) where the NER or the
        context says place there."""
        verdict: dict[str, bool] = {}
        out = []
        for h in hits:
            if h.actor.is_new and h.actor.type == "person" and h.end - h.start == 1 and len(h.actor.name.split()) > 1:
                word = doc[h.start].text
                if word not in verdict:
                    verdict[word] = self._word_is_place(doc, h.start)
                if verdict[word] and (doc[h.start].ent_type_ in ("GPE", "LOC", "FAC")
                                      or self._place_context(doc, h.start, h.start + 1)):
                    continue
            out.append(h)
        return out

    def _word_is_place(self, doc: Doc, i: int) -> bool:
        places = speaks = 0
        for s in self._occurrences(doc, i, i + 1):
            places += self._place_context(doc, s, s + 1)
            speaks += s + 1 < len(doc) and doc[s + 1].lower_ in _SPEECH
        return places > speaks

    def _one_type_per_name(self, hits: list[Hit]) -> list[Hit]:
        """New actors of one folded name but two types (person/organisation): the type most of the
        name's mentions carry (a tie goes to person), one actor for all of them."""
        by_name: dict[tuple[str, ...], list[Hit]] = defaultdict(list)
        for h in hits:
            if h.actor.is_new:
                by_name[self.kb.folder.name(h.actor.name)].append(h)
        chosen: dict[str, Actor] = {}
        for group in by_name.values():
            kinds = Counter(h.actor.type for h in group)
            if len(kinds) < 2:
                continue
            kind = max(kinds, key=lambda k: (kinds[k], k == "person"))
            actor = next(h.actor for h in group if h.actor.type == kind)
            chosen.update({h.actor.id: actor for h in group})
        return [replace(h, actor=chosen[h.actor.id]) if h.actor.id in chosen else h for h in hits]

    def _people_by_evidence(self, doc: Doc, hits: list[Hit]) -> list[Hit]:
        """New organisations the text shows to be people ("Kheda Saratova" ... "said Saratova"; "Keith Lamont
        Scott" ... "Scott, 43,"): a name of one to three capitalised words with no organisation word, one of
        whose mentions has a person's mark beside it (a speech verb, an age or "who" in apposition). A
        one-word name needs a longer name of the document that it ends, and becomes that person."""
        groups: dict[str, list[Hit]] = defaultdict(list)
        for h in hits:
            if h.actor.is_new and h.actor.type == "organisation" and self._person_like(h.actor.name):
                groups[h.actor.id].append(h)
        if not groups:
            return hits
        marked = {i: self.kb.folder.name(g[0].actor.name) for i, g in groups.items()
                  if any(self._person_marks(doc, h) for h in g)}
        people = self._retyped(groups, marked)
        longer = {self.kb.folder.name(h.actor.name)[-1]: h.actor for h in hits if h.actor.is_new
                  and len(self.kb.folder.name(h.actor.name)) > 1 and (h.actor.id in groups or h.actor.type == "person")}
        for i, words in marked.items():
            if len(words) == 1 and words[0] in longer:
                full = longer[words[0]]
                people[i] = people.get(full.id, full)
        return [replace(h, actor=people[h.actor.id]) if h.actor.id in people else h for h in hits]

    def _retyped(self, groups: dict[str, list[Hit]], marked: dict[str, tuple[str, ...]]) -> dict[str, Actor]:
        """Names of two words or more among ``groups`` that are marked, or end in a marked one-word name,
        as new people: {organisation id: person actor}."""
        ends = {words[0] for words in marked.values() if len(words) == 1}
        people: dict[str, Actor] = {}
        for i, group in groups.items():
            actor = group[0].actor
            words = self.kb.folder.name(actor.name)
            if len(words) > 1 and (i in marked or words[-1] in ends):
                people[i] = replace(actor, id="person:" + i.split(":", 1)[1], type="person")
        return people

    def person_like(self, name: str) -> bool:
        """Whether a name reads as a person's: one to three capitalised words, none in capitals only, none an
        organisation, outlet, place or company word."""
        return self._person_like(name)

    def _person_like(self, name: str) -> bool:
        words = name.split()
        return 1 <= len(words) <= 3 and all(w[:1].isupper() and not w.isupper() for w in words) \
            and not any(w.casefold() in self._org_words or w.casefold() in self._outlet_heads
                        or w.casefold() in self._place_nouns or w.casefold() in self._company_tails for w in words)

    def _person_marks(self, doc: Doc, h: Hit) -> bool:
        """"said X", "according to X", "X says", "X, 43,", "X, who", "X spoke to ...", "X called her brother":
        marks of a person beside one mention (a speech verb next to it, an age or "who" in apposition),
        or the mention as the subject of a verb of speech or thought (lexicons ``attribution``
        ``verbs.speech``/``verbs.cognition`` and ``actor_admission`` ``people.verbs``) or of a clause holding
        a person's pronoun ("her", "himself": ``people.pronouns``) before any other name."""
        prev = doc[h.start - 1].lower_ if h.start > 0 else ""
        nxt = doc[h.end].lower_ if h.end < len(doc) else ""
        after = doc[h.end + 1] if h.end + 1 < len(doc) else None
        if prev == "the":
            return False
        according = prev == "to" and h.start > 1 and doc[h.start - 2].lower_ == "according"
        entourage = nxt in _POSSESSIVE and after is not None and after.lower_ in self._entourage  # "X's lawyers"
        return prev in _SPEECH or nxt in _SPEECH or nxt in ("says", "tells") or according or entourage \
            or (nxt == "," and after is not None and (after.like_num or after.lower_ == "who")) \
            or self._person_subject(doc, h)

    def unnamed_speakers(self, doc: Doc) -> list[Span]:
        """Names the NER missed that speak or think: a run of two or three capitalised proper nouns, in no
        entity, whose head is the subject of a verb of speech or thought ("Ilse Varga told her colleagues").
        Returned as PERSON spans (not set on ``doc.ents``) for the actors component's entity pass."""
        out = []
        for tok in doc:
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.pos_ not in ("VERB", "AUX") \
                    or not (tok.head.lemma_.casefold() in self._person_verbs or tok.head.lower_ in self._person_verbs):
                continue
            start = tok.i
            while start > 0 and tok.i - start < 2 and doc[start - 1].dep_ == "compound" \
                    and doc[start - 1].head.i == tok.i:
                start -= 1
            run = doc[start:tok.i + 1]
            if self._bare_name(doc, run) and 2 <= len(run) <= 3 and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.text[1:].islower()
                                          and not t.ent_type_ for t in run) and self._person_like(run.text):
                out.append(Span(doc, start, tok.i + 1, label="PERSON"))
        return out

    def entourage_owners(self, doc: Doc) -> list[Span]:
        """Names in the possessive before a noun of a person's own people (``people.entourage``: "Alexei
        Navalny's team", "Maren Holt's lawyers"): runs of two or three capitalised proper nouns that the NER left
        untagged or tagged, in part or whole, as anything but a person, not after a capitalised word or an
        article. Returned as PERSON spans for the actors component's entity pass (which drops NER spans
        inside them)."""
        out = []
        for tok in doc:
            if tok.text not in _POSSESSIVE or tok.i < 2 or tok.i + 1 >= len(doc) \
                    or doc[tok.i + 1].lower_ not in self._entourage:
                continue
            start = tok.i
            while start > 0 and tok.i - start < 3 and doc[start - 1].pos_ == "PROPN" \
                    and doc[start - 1].ent_type_ in ("", "ORG", "GPE", "NORP") \
                    and doc[start - 1].text[:1].isupper() and doc[start - 1].text[1:].islower():
                start -= 1
            run = doc[start:tok.i]
            before = doc[start - 1] if start > 0 else None
            if 2 <= len(run) <= 3 and self._person_like(run.text) \
                    and not (before is not None and (before.text[:1].isupper() or before.lower_ in ("the", "a", "an"))):
                out.append(Span(doc, start, tok.i, label="PERSON"))
        return out

    def _bare_name(self, doc: Doc, run: Span) -> bool:
        """The run is a whole noun phrase of its own (no article, possessor or modifier of its head, no
        capitalised word or possessive just before or after it) and holds no month, day or equipment word:
        not "the People's Protection Units", "15 March Agencies", "Air Wars, an organisation"."""
        head = run[-1]
        if any(c.dep_ in ("det", "poss", "amod", "nmod", "nummod") for c in head.children):
            return False
        before = doc[run.start - 1] if run.start > 0 else None
        after = doc[run.end] if run.end < len(doc) else None
        if (before is not None and (before.text[:1].isupper() or before.like_num or before.text in _POSSESSIVE | _QUOTES)) \
                or (after is not None and (after.text[:1].isupper() or after.text in _POSSESSIVE)):
            return False
        if after is not None and after.text == "," and any(t.lower_ in self._org_words for t in doc[run.end + 1:run.end + 5]):
            return False  # "Air Wars, an organisation that ..."
        dates = {m.casefold() for m in (*calendar.month_name, *calendar.day_name) if m}
        return not any(t.lower_ in dates or t.lower_ in self._equipment_nouns for t in run)

    def _person_subject(self, doc: Doc, h: Hit) -> bool:
        """The mention is the subject of a verb of speech or thought, or of a verb whose clause holds a
        person's pronoun after the mention with no other name between ("Ilse Varga called her brother")."""
        root = doc[h.start:h.end].root
        if root.dep_ not in ("nsubj", "nsubjpass") or root.head.pos_ not in ("VERB", "AUX"):
            return False
        verb = root.head
        if verb.lemma_.casefold() in self._person_verbs or verb.lower_ in self._person_verbs:
            return True
        for tok in verb.subtree:
            if tok.i < h.end:
                continue
            if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
                return False  # another name first: the pronoun may be about it
            if tok.lower_ in self._person_pronouns:
                return True
        return False

    def _nicknames(self, doc: Doc, hits: list[Hit]) -> list[Hit]:
        """A new actor right after a nickname cue ("who was dubbed "Jihadi Jack"", "known as") is the
        person named just before the cue in the same sentence."""
        people = sorted((h for h in hits if h.actor.type == "person"), key=lambda h: h.start)
        out = []
        for h in hits:
            person = self._nicknamed_person(doc, h, people) if h.actor.is_new else None
            out.append(replace(h, actor=person, method="nickname") if person is not None else h)
        return out

    def _nicknamed_person(self, doc: Doc, h: Hit, people: list[Hit]) -> Actor | None:
        k = h.start - 1
        while k >= 0 and doc[k].text in _QUOTES:
            k -= 1
        if k < 0 or doc[k].lower_ not in self._nickname_cues and not (doc[k].lower_ == "as" and k > 0
                                                                      and doc[k - 1].lower_ == "known"):
            return None
        sent_start = doc[h.start].sent.start
        before = [p for p in people if sent_start <= p.start and p.end <= k and k - p.end <= 8 and p.actor is not h.actor]
        return before[-1].actor if before else None

    def _kb_partial(self, h: Hit) -> Hit:
        """A new organisation whose name is the tail of exactly one KB group's or organisation's name
        ("Tahrir al-Sham" of "Hayat Tahrir al-Sham") is that actor."""
        if not (h.actor.is_new and h.actor.type == "organisation"):
            return h
        words = self.kb.folder.name(h.actor.name)
        ids = self._tails().get(words, set()) if len(words) >= 2 else set()
        if len(ids) != 1:
            return h
        return replace(h, actor=self.kb.actors[next(iter(ids))], method="partial")

    def _tails(self) -> dict[tuple[str, ...], set[str]]:
        """Tails of two words or more of KB group and organisation names of three words or more,
        that hold a word no generic organisation word is ("Tahrir al-Sham", not "National Army")."""
        if self._suffixes is None:
            token = self.kb.folder.token  # KB keys are folded words: compare the lexicon's words folded alike
            generic = {token(w) for w in self._generic}
            common = {token(w) for w in self._org_words | self._inner} | generic
            self._suffixes = defaultdict(set)
            for actor in self.kb.actors.values():
                if actor.type not in ("group", "organisation"):
                    continue
                for name in (actor.name, *actor.aliases):
                    key = self.kb.folder.name(name)
                    for i in range(1, len(key) - 1):
                        tail = key[i:]
                        if any(w not in common and len(w) > 3 for w in tail) and not any(w in generic for w in tail):
                            self._suffixes[tail].add(actor.id)
        return self._suffixes
