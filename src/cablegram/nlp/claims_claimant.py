"""Who makes a claim: the claimant kind of an attribution's source, and the actor it resolves to.

Kinds (first rule that applies; see :mod:`cablegram.nlp.claims` for the whole scheme):

- *outlet*: "we" outside quotes, "this newspaper", "our correspondent", the document's publisher,
  a news organisation that "has learned", or a source that names a news outlet ("documents seen by
  the Guardian", "a Reuters investigation", "the New York Times reported");
- *analysts*: unnamed experts, analysts, observers;
- *anonymous*: unnamed sources, officials, diplomats, or an anonymity phrase ("asked not to be
  named", "familiar with"); members of a named body ("Washington lawmakers", "Kremlin officials"
  when the body is an actor) are the body speaking, an *organisation*, when the head is a
  collective noun (lawmakers, legislators, negotiators);
- *named*: a person's name, a personal pronoun, a unique title ("the Secretary"), an actor mention
  of a person at the source's head;
- *organisation*: an actor mention of a state, organisation or group at the head (a capital or a
  seat of government speaking for its government: "Kyiv", "the Kremlin"), organisations, states,
  institutions, spokespeople, polls; anything else is *organisation* when plural, *named* otherwise.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Span

from .claims_finder import Attribution
from .claims_lexicon import AttributionLexicon
from .claims_naming import (after_dash, caseless, after_quantity, name_without_descriptor, name_without_title,
                            with_left_modifiers, without_participle)
from .claims_pronouns import resolve_person_pronoun
from .claims_spans import PERSONAL_PRONOUNS, RELATIVE_PRONOUNS
from .doc_cache import token_texts
from .phrase_index import phrase_starts

_STATE_ID = re.compile(r"^[A-Z]{3}$")
_NOT_DEFINITE = frozenset({"a", "an", "some", "several", "two", "three"})
_READOUT_HEADS = frozenset({"both", "two", "three", "sides", "leaders", "ministers"})


def actor_kind(actor_id: str | None) -> str | None:
    """The kind an actor id names: ``person`` (PER.…, person:…), ``organisation`` (a state's ISO3
    code, IGO.…, GRP.…, org:…, group:…), else None."""
    if not actor_id:
        return None
    if actor_id.startswith(("PER.", "person:")):
        return "person"
    if _STATE_ID.match(actor_id) or actor_id.startswith(("IGO.", "GRP.", "org:", "group:", "state:")):
        return "organisation"
    return None


def _actor_index(doc: Doc) -> dict[int, str]:
    """Token index -> actor id from the actors component (spans group first, then mentions)."""
    index: dict[int, str] = {}
    if "cg_actors" in doc.spans:
        for span in doc.spans["cg_actors"]:
            actor_id = span._.cg_actor_id
            if actor_id:
                for i in range(span.start, span.end):
                    index.setdefault(i, actor_id)
    for mention in doc._.cg_mentions or []:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and mention.actor_id:
            for i in range(span.start, span.end):
                index.setdefault(i, mention.actor_id)
    return index



def names_outlet(source: Span, lexicon: AttributionLexicon) -> bool:
    """Whether the source is a news outlet, or a work of one: the outlet's name as written (capitals
    kept: "the Independent", not "independent experts") covering the source's head ("MSNBC", "the
    New York Times"), or next to a head that is a piece of reporting ("documents seen by the
    Guardian", "a new article in Politico"; ``outlets.works``)."""
    head = source.root.i - source.start
    for i, name in _outlet_starts(source, lexicon):
        if i <= head < i + len(name) or source.root.lower_ in lexicon.outlet_works or _obtained_by(source, i):
            return True
    return False


def names_outlet_anywhere(source: Span, lexicon: AttributionLexicon) -> bool:
    """Whether an outlet's name, as written, occurs anywhere in the source."""
    return bool(_outlet_starts(source, lexicon))


def _outlet_starts(source: Span, lexicon: AttributionLexicon) -> list[tuple[int, tuple[str, ...]]]:
    """``(word index in source, name)`` of the outlet names in ``source``, as written; in a line set in lower
    case, the names that cannot be common words there: of several words ("the times of india") or an acronym of
    three letters or more ("tnn", not "ap" nor "sun")."""
    words = token_texts(source.doc)[source.start:source.end]
    found = phrase_starts(words, lexicon.outlet_names, _written_as, capitals=True)
    if not caseless(source):
        listed = {i for i, _ in found}
        return sorted([*found, *((i, n) for i, n in masthead_names(source, lexicon) if i not in listed)])
    if found:
        return found
    return phrase_starts(words, _caseless_names(lexicon.outlet_names))


def masthead_names(source: Span, lexicon: AttributionLexicon) -> list[tuple[int, tuple[str, ...]]]:
    """``(word index in source, name)`` of the outlet names the list does not hold but their shape gives away, in
    text with capitals: a run of capitalised words after "the" that ends in a newspaper's word ("the Valley
    Courier", ``outlets.mastheads``), or a run of two or more that opens with a newspaper's word after "the" ("the
    Morning Lantern", ``outlets.masthead_openers``) or with a station's word ("Radio Kessel", ``outlets.station_openers``),
    or that holds a broadcaster's word anywhere ("the Norland Broadcasting Corporation", ``outlets.name_words``)."""
    doc = source.doc
    out = []
    i = source.start
    while i < source.end:
        j = i
        while j < source.end and _capitalised_word(doc[j].text):
            j += 1
        if j == i:
            i += 1
            continue
        run = [t.text for t in doc[i:j]]
        if run[0] == "The":
            run, i = run[1:], i + 1  # "The Valley Courier reported": the article opens the run
            after_the = True
        else:
            after_the = i > 0 and doc[i - 1].lower_ == "the"
        if run and _masthead_run(run, after_the, lexicon):
            out.append((i - source.start, tuple(run)))
        i = j
    return out


def _masthead_run(run: list[str], after_the: bool, lexicon: AttributionLexicon) -> bool:
    """Whether a run of capitalised words is an outlet's name by its shape (:func:`masthead_names`)."""
    if run[-1] in lexicon.outlet_mastheads and after_the:
        return True
    return len(run) > 1 and (run[0] in lexicon.station_openers or after_the and run[0] in lexicon.outlet_openers
                             or any(w in lexicon.outlet_name_words for w in run))


def _capitalised_word(text: str) -> bool:
    """Whether a token is a word written with a capital and then lower case ("Courier", "Al-Jazeera")."""
    return text[:1].isupper() and text[1:].replace("-", "").isalpha() and not text[1:].isupper() or text == "TV"


@lru_cache(maxsize=4)
def _caseless_names(names: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """The outlet names a line in lower case can spell without meaning a common word (:func:`_outlet_starts`)."""
    return tuple(dict.fromkeys(tuple(w.lower() for w in name) for name in names
                               if len(name) > 1 or len(name[0]) >= 3 and name[0].isupper()))


def _written_as(words: list[str], name: tuple[str, ...]) -> bool:
    """Whether ``words`` spell the outlet ``name`` as written or in capitals ("USA TODAY" for "USA Today")."""
    return tuple(words) == name or all(w == n.upper() and w.isupper() for w, n in zip(words, name))


def _obtained_by(source: Span, i: int) -> bool:
    """True when the outlet at source word ``i`` is the agent of a participle of seeing or obtaining
    ("a copy of the memo seen by Reuters", "emails obtained by the Guardian")."""
    j = i - 1
    if j >= 0 and source[j].lower_ == "the":
        j -= 1
    return j >= 1 and source[j].lower_ == "by" and source[j - 1].lower_ in _OBTAINED


_OBTAINED = frozenset({"seen", "obtained", "reviewed", "viewed", "verified", "examined", "acquired", "shared", "analyzed",
                       "analysed", "compiled", "collected", "gathered", "tallied"})


def work_obtained_by(source: Span, verb) -> Span | None:
    """The piece of evidence whose seeing or obtaining ``source`` is the agent of, when that piece is the noun
    subject of the cue ``verb`` ("Documents seen by the Ledger show that …": the documents, seen by the outlet,
    say it; the claimant is the whole phrase, as "according to documents seen by X"); None otherwise."""
    by = source.root.head
    participle = by.head
    if source.root.dep_ != "pobj" or by.dep_ != "agent" or participle.dep_ != "acl" \
            or participle.lower_ not in _OBTAINED:
        return None
    work = participle.head
    if work.dep_ not in ("nsubj", "nsubjpass") or work.head.i != verb.i or work.i > participle.i:
        return None
    doc = source.doc
    return doc[work.left_edge.i:max(participle.right_edge.i + 1, source.end)]


def _outlet(source: Span, att: Attribution, publisher: str | None, lx: AttributionLexicon, ents: set[str],
            head_actor: str | None = None) -> bool:
    text = source.text.lower()
    head = source.root
    head_low = head.lower_
    if not att.in_quote and (text in lx.outlet_self or (
            head_low in lx.outlet_staff and any(c.lower_ == "our" for c in head.children))):
        return True  # "we", "this newspaper", "our correspondent"
    # The publisher's own name is the outlet only when it is a publication: a ministry, government or
    # state publishing its own statement is still an organisation speaking ("the Foreign Ministry denied").
    if publisher and publisher.lower() in text and head_low not in lx.institutional_heads \
            and head_low not in lx.person_titles and not ents & {"GPE", "NORP"}:
        return True
    return _outlet_learned(att, lx, ents) or _outlet_named(source, lx, head_actor) or _reported_in(att, lx)


_BYLINE_VERBS = frozenset({"report", "write"})


def _reported_in(att: Attribution, lx: AttributionLexicon) -> bool:
    """"Ann Lee reported in the New York Times that …": a journalist's report, the outlet's work."""
    cue = att.cue.root
    if cue.lemma_.lower() not in _BYLINE_VERBS:
        return False
    for prep in cue.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "for"):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is not None and names_outlet_anywhere(cue.doc[obj.left_edge.i:obj.right_edge.i + 1], lx):
                return True
    return False


def _outlet_learned(att: Attribution, lx: AttributionLexicon, ents: set[str]) -> bool:
    """"Reuters has learned that …": an organisation with a perfect of an outlet verb."""
    cue = att.cue.root
    if cue.lemma_.lower() not in lx.outlet_verbs or cue.lower_ in ("see", "confirm") \
            or not any(t.lower_ in ("has", "have", "had") for t in cue.children):
        return False
    # "Reuters has learned": an organisation; "The Post has learned": a name no NER type claims
    source = att.source
    return "ORG" in ents or cue.lemma_.lower() == "learn" and source is not None and source.root.pos_ == "PROPN" \
        and not ents & {"PERSON", "GPE", "NORP"}


def _outlet_named(source: Span, lx: AttributionLexicon, head_actor: str | None) -> bool:
    """"state media", "Iranian television", "images published by several outlets"; "documents seen by the
    Guardian", "a Guardian investigation",
    "the New York Times reported"; a one-word outlet the NER took for a person ("Politico") unless the
    actors component found a person there."""
    head = source.root
    if _media_head(head, lx):
        return True  # "state media", "Iranian television"; "Velarian state TV" whatever the NER guessed
    if head.lower_ in lx.outlet_ambiguous and _outlet_named_before(source, lx):
        return True  # "the paper said" after "the New York Times likened …": the newspaper
    if any(c.dep_ == "compound" and (c.lower_, head.lower_) in lx.outlet_head_phrases for c in head.children):
        return True  # "the private Dogan news agency", "a state-run news service"
    if head.lower_ in lx.outlet_staff and names_outlet_anywhere(source, lx) and not _former(head):
        return True  # "a reporter for the Daily Beast": the outlet's work ("former RT journalists" are people)
    if head.lower_ in lx.outlet_works and any(t.i != head.i and _outlet_head(t, lx) for t in source):
        return True  # a work of unnamed outlets: "satellite images published by several outlets", "… on a news site"
    if _outlet_by_shape(source, lx):
        return True
    person = head.ent_type_ == "PERSON" and (actor_kind(head_actor) == "person" or len(source) > 2)
    return not person and names_outlet(source, lx)


def names_an_outlet(source: Span, lx: AttributionLexicon) -> bool:
    """Whether a noun phrase names a news outlet or its work by the rules of an outlet claimant's words ("the
    Harbour Ledger", "state television"), whoever speaks in its sentence."""
    return _outlet_named(source, lx, None)


def _outlet_by_shape(source: Span, lx: AttributionLexicon) -> bool:
    """A news dispatch known by its city ("a report from kolkata said", "a Mysore report said") or a newspaper's
    name at the head, whatever the NER guessed ("the Morning Lantern reported"; :func:`masthead_names`)."""
    head = source.root
    if _dispatch_from_place(head):
        return True
    at_head = head.i - source.start
    return any(i <= at_head < i + len(name) for i, name in masthead_names(source, lx))


_DISPATCHES = frozenset({"report", "reports", "dispatch", "dispatches"})
_NOT_PLACES = frozenset({"ORG", "PERSON", "NORP"})


def _dispatch_from_place(head) -> bool:
    """Whether the source is a news dispatch known only by where it was filed: "a report from kolkata", "reports
    from Mosul" (a one-word name without article after "from"), "a Mysore report" (a place the NER marks before
    the noun); not "a report from the ministry", "a report from Amnesty" (an organisation), "a police report"."""
    if head.lower_ not in _DISPATCHES or any(c.dep_ == "det" and c.lower_ not in ("a", "an") for c in head.children):
        return False
    for child in head.children:
        if child.dep_ == "compound" and child.ent_type_ in ("GPE", "LOC") and child.i < head.i:
            return True
        if child.dep_ == "prep" and child.lower_ == "from":
            place = [g for g in child.children if g.dep_ == "pobj"]
            if len(place) == 1 and place[0].pos_ == "PROPN" and not list(place[0].children) \
                    and place[0].ent_type_ not in _NOT_PLACES:
                return True
    return False


_STATE_RUN = frozenset({"state", "state-run", "state-owned", "public", "national", "official"})


def _media_head(head, lx: AttributionLexicon) -> bool:
    """Whether a head noun names unnamed media ("state media", "Iranian television"): an outlet head the NER left
    untyped, or one run by a state whatever the NER guessed ("Velarian state TV")."""
    return head.lower_ in lx.outlet_heads and (not head.ent_type_ or any(c.lower_ in _STATE_RUN for c in head.children))


def _outlet_head(token, lx: AttributionLexicon) -> bool:
    """Whether a noun names an unnamed outlet: an outlet head ("outlets", "television") or the head of an outlet
    head phrase ("news site")."""
    if token.lower_ in lx.outlet_heads and not token.ent_type_:
        return True
    return any(c.dep_ == "compound" and (c.lower_, token.lower_) in lx.outlet_head_phrases for c in token.children)


def _former(head) -> bool:
    """Whether a noun is modified by "former" or "ex-" (someone who no longer speaks for the body)."""
    return any(c.lower_ in ("former", "ex") for c in head.children)


_LOOKBACK = 3  # sentences before the source's own in which a named outlet makes "the paper" the outlet


def _outlet_named_before(source: Span, lx: AttributionLexicon) -> bool:
    """Whether a news outlet is named, as written, in the source's sentence or the :data:`_LOOKBACK` before it
    before the source; a "paper" with no newspaper in sight is a document (a study, a report)."""
    doc = source.doc
    sents = list(doc.sents)
    index = next((i for i, s in enumerate(sents) if s.start <= source.start < s.end), 0)
    first = sents[max(0, index - _LOOKBACK)].start
    before = doc[first:source.start]
    return names_outlet_anywhere(before, lx) or any(t.lower_ in lx.outlet_heads for t in before)


def is_channel(att: Attribution, lexicon: AttributionLexicon) -> bool:
    """Whether an attribution only names the outlet that carried a statement ("…, Reuters reported",
    "according to Tass"): its source is a news outlet and it quotes no one by name."""
    if att.source is None or quoted_speaker(att) is not None:
        return False
    source = trim_appositive(_with_agent(att.source))
    return source.root.lower_ in lexicon.outlet_heads or _outlet_named(source, lexicon, None)


def _unnamed(source: Span, lx: AttributionLexicon, sentence_tokens: list[str], head_actor: str | None) -> str | None:
    """analysts / anonymous / organisation (members of a named body) / None."""
    head = source.root
    head_low = head.lower_
    if _partitive_unnamed(head, lx):
        return "anonymous"  # "one of the officials quoted by the AP": the outlet carried it, the official is unnamed
    unnamed = _unnamed_by_head(source, lx)
    if unnamed is None and _withheld_title(source, lx, sentence_tokens):
        return "anonymous"  # "the minister, who spoke on condition of anonymity, said": deliberately unnamed
    if unnamed != "anonymous-head":
        return unnamed
    anonymity = any(_contains(sentence_tokens, p) for p in lx.anonymity_phrases)
    body = any(c.dep_ in ("compound", "amod", "nmod", "poss") and (c.ent_type_ in ("GPE", "ORG", "NORP", "FAC")
               or actor_kind(head_actor) == "organisation") for c in head.children)
    if body and head_low in lx.collective_heads and not anonymity:
        return "organisation"  # "Washington lawmakers", "Kremlin negotiators": the body speaks
    # "a diplomat", "officials", "sources close to …" are unnamed; "the envoy" (singular, definite)
    # points at a known person mentioned before, unless an anonymity phrase says otherwise.
    definite = any(c.dep_ in ("det", "poss") and c.lower_ not in _NOT_DEFINITE for c in head.children)
    if anonymity or head.tag_ == "NNS" or not definite:
        return "anonymous"
    return None


def unnamed_kind(source: Span, lx: AttributionLexicon, sentence_tokens: list[str]) -> str | None:
    """``analysts`` or ``anonymous`` when ``source`` names unnamed people ("experts", "residents", "officials"), else
    None (a named body's members, a named person, anything else)."""
    kind = _unnamed(source, lx, sentence_tokens, None)
    return kind if kind in ("analysts", "anonymous") else None


_PARTITIVES = frozenset({"one", "some", "several", "two", "three", "many", "few", "none", "each", "most", "another"})


def _partitive_unnamed(head, lx: AttributionLexicon) -> bool:
    """Whether the source is one or some of unnamed people ("one of the officials quoted by the AP", "two of
    the diplomats"): a quantity whose "of" names a plural class of unnamed people or titles."""
    if head.lower_ not in _PARTITIVES:
        return False
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            noun = next((g for g in prep.children if g.dep_ == "pobj"), None)
            if noun is not None and noun.tag_ == "NNS" and noun.ent_type_ != "PERSON" and noun.lower_ in \
                    lx.anonymous_heads | lx.unnamed_people | lx.person_titles | lx.person_roles:
                return True
    return False


def _withheld_title(source: Span, lx: AttributionLexicon, sentence_tokens: list[str]) -> bool:
    """Whether the source is a title or role without a name in a sentence that says the name is kept back on
    purpose ("spoke on condition of anonymity", "asked not to be named"; not "close to")."""
    head = source.root
    return head.lower_ in lx.person_titles | lx.person_roles and head.pos_ == "NOUN" \
        and "PERSON" not in {t.ent_type_ for t in source} \
        and any(_contains(sentence_tokens, p) for p in lx.anonymity_phrases if _ANONYMITY_WORDS & set(p))


# Words of the anonymity phrases that hide a name on purpose ("asked not to be named"), unlike "close to".
_ANONYMITY_WORDS = frozenset({"anonymity", "anonymously", "named", "identified", "authorized", "authorised"})


def _word_of_a_body_name(head) -> bool:
    """Whether a capitalised head noun is a word of a body's name of several capitalised words the NER typed as
    an organisation ("Doctors Without Borders"), not a class of people ("doctors")."""
    if head.ent_type_ != "ORG" or not head.text[:1].isupper():
        return False
    ent = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
    return ent is not None and len(ent) > 1 and sum(t.text[:1].isupper() for t in ent) >= 2


def _names_a_person(source: Span, lx: AttributionLexicon) -> bool:
    """Whether the source names a person: its head is a PERSON, or a PERSON up to the head ("Ann Lee's spokesman")
    unless the head is unnamed people ("Trump aides", "Ann Lee's friends"). A PERSON after a common noun's head only
    says where ("experts in Kyiv", the NER's PERSON on a city)."""
    head = source.root
    if head.ent_type_ == "PERSON":
        return True
    unnamed_plural = head.tag_ == "NNS" and head.lower_ in lx.unnamed_people  # "Isis-affiliated women"
    named_words = source if head.pos_ == "PROPN" else source.doc[source.start:head.i + 1]
    return "PERSON" in {t.ent_type_ for t in named_words} and head.lower_ not in lx.anonymous_heads \
        and not unnamed_plural


def _unnamed_by_head(source: Span, lx: AttributionLexicon) -> str | None:
    """What the head noun alone decides: None for a named person or a head of no unnamed class, "analysts",
    "anonymous" for a title without its holder, else "anonymous-head" (an official, a source: read on)."""
    head = source.root
    head_low = head.lower_
    if _names_a_person(source, lx):
        return None  # a named person; "Trump aides", "Ann Lee's advisers" stay unnamed people
    if _word_of_a_body_name(head):
        return None  # "Doctors Without Borders", "Reporters Without Borders": a body's name, not unnamed people
    if head_low in lx.analyst_heads:
        return "analysts"
    if head_low in lx.person_titles and _indefinite(head) or _titles_of_no_body(head, lx):
        return "anonymous"  # "a Republican senator", "one European ambassador", "two senators": no holder named
    unnamed = head_low in lx.unnamed_people or any(c.lower_ in lx.unnamed_people for c in head.conjuncts)
    if head.pos_ == "NOUN" and unnamed and (_indefinite(head) or head.tag_ == "NNS" or _former(head)):
        return "anonymous"  # "an aid worker", "residents", "the former prisoner": unnamed people
    return "anonymous-head" if head_low in lx.anonymous_heads else None


_INDEFINITE = frozenset({"a", "an", "another", "one"})
_BODY_TYPES = frozenset({"GPE", "ORG", "NORP", "FAC"})


def _titles_of_no_body(head, lx: AttributionLexicon) -> bool:
    """Whether a plural title names unnamed holders ("two senators", "senior governors"): no article or possessive
    that points back at known ones ("the senators"), and no body named on it ("Republican senators", "EU ministers":
    the body's members)."""
    if head.tag_ != "NNS" or head.pos_ != "NOUN" or head.lemma_.lower() not in lx.person_titles:
        return False
    return not any(c.dep_ in ("det", "poss") and c.lower_ not in ("some", "several", "many", "two", "three")
                   or c.ent_type_ in _BODY_TYPES for c in head.children)


def _former(head) -> bool:
    """Whether a noun is described by what the person once was ("the former prisoner"): a description, no name."""
    return any(c.dep_ == "amod" and c.lower_ in ("former", "ex") for c in head.children)


def _seat(source: Span, lx: AttributionLexicon) -> bool:
    """Whether the source is a seat of government as written in ``[claimants] seats`` ("the Elysée")."""
    words = [t for t in source if t.dep_ != "det"]
    return bool(words) and " ".join(t.text for t in words).lower() in lx.seats


def _described_as_person(head, lx: AttributionLexicon) -> bool:
    """Whether the text describes a name as a person's: a relative clause with "who" ("Ann Lee, who runs …") or
    an appositive whose head is a title or a person's role ("Ann Lee, foreign minister", "…, a spokesman for …"),
    or a name set in apposition to such a title ("the mayor, Ann Lee, said")."""
    if head.dep_ == "appos" and head.head.lower_ in lx.person_titles | lx.person_roles:
        return True
    for child in head.children:
        if child.dep_ == "relcl" and any(t.lower_ in ("who", "whom", "whose") and t.i < child.i for t in child.children):
            return True
        if child.dep_ == "appos" and child.lower_ in lx.person_titles | lx.person_roles | lx.female_words | lx.male_words:
            return True
        if child.dep_ == "appos" and child.ent_type_ in ("NORP", "PERSON") and _indefinite(child):
            return True  # "Botan English, a Briton who …": one of a people
    return False


def _indefinite(head) -> bool:
    """Whether a noun is introduced as one of many ("a senator", "one ambassador"), not a known holder."""
    return any(c.dep_ in ("det", "nummod") and c.lower_ in _INDEFINITE for c in head.children)


def _named_by_text(source: Span, lx: AttributionLexicon, head_actor: str | None) -> str | None:
    """What the words themselves say, before the NER's and the actors' guesses: a seat of government, a body's
    initials, a name described as a person's, a body's name, a capital resolved to its state; None when they say nothing."""
    head = source.root
    if _seat(source, lx):
        return "organisation"  # "the Elysée said": the seat of government speaks for it
    if _abbreviation(head) and head.ent_type_ != "PERSON" and head.lower_ not in lx.title_initials:
        return "organisation"  # "the vhp said", "the BJP": a party's or a body's initials
    if head.pos_ != "PROPN":
        return None
    if head.lower_ in lx.institutional_heads and not (head_actor or "").startswith("PER."):
        return "organisation"  # "Amnesty International", "the state department, who noted": a body's name
    if _described_as_person(head, lx):
        return "named"  # "Ann Lee, the port director", "said Ann Lee, who runs a shelter"
    if len(source) == 1 and _STATE_ID.match(head_actor or ""):
        return "organisation"  # "Ankara says": a capital the knowledge base resolves to its state
    return None


def _named_or_organisation(source: Span, lx: AttributionLexicon, head_actor: str | None) -> str | None:
    head = source.root
    head_low = head.lower_
    ents = {t.ent_type_ for t in source if t.ent_type_}
    kind = actor_kind(head_actor)
    by_text = _named_by_text(source, lx, head_actor)
    if by_text:
        return by_text
    if head.pos_ == "NOUN" and head.ent_type_ != "PERSON" and (head_low in lx.institutional_heads or
                                                              head_low in lx.outlet_ambiguous or
                                                              _modified_institution(head, lx)) \
            and head_low not in lx.person_roles:
        return "organisation"  # "a Bloomberg poll", "the Trump campaign", "the paper": a body or its work
    if kind == "person" or "PERSON" in ents or head_low in PERSONAL_PRONOUNS or head_low in lx.person_titles:
        return "named"  # "the foreign minister of X": one person, even when a state is named
    if kind == "organisation" or ents & {"ORG", "GPE", "NORP", "FAC"} or head_low in lx.institutional_heads \
            or head_low in ("it", "they", "which"):
        return "organisation"  # "Kyiv said", "the Kremlin rejected": the government speaking
    if head.pos_ == "PROPN":
        return "organisation" if _name_with_article(head) else "named"
    return None


def _modified_institution(head, lx: AttributionLexicon) -> bool:
    """Whether a head that names a body only under a modifier has one ("the coast guard", "the national guard", "the
    state border guard": ``claimants.modified_institutional_heads``); "the guard said" stays a person."""
    return head.lower_ in lx.modified_institutional_heads and any(
        c.dep_ in ("compound", "amod") for c in head.children)


_VOWELS = frozenset("aeiou")


def _abbreviation(head) -> bool:
    """Whether a word is initials after "the": two to six letters without a vowel, in any case ("the vhp", "the BJP",
    "the RSS"; words of a language have vowels); a body's unless they are an office's (``claimants.title_initials``:
    "the sp", "the dcp")."""
    text = head.lower_
    return 2 <= len(text) <= 6 and text.isalpha() and not _VOWELS & set(text) \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def _name_with_article(head) -> bool:
    """Whether a one-word name the NER left untyped takes "the" ("the vhp said", "the BJP"): a body's name, as a
    person's name takes no article."""
    return not head.ent_type_ and all(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
        and any(True for _ in head.children) and head.text.replace("-", "").isalpha()


def classify(source: Span | None, att: Attribution, publisher: str | None, lexicon: AttributionLexicon,
             sentence_tokens: list[str], head_actor: str | None = None) -> str:
    """The claimant kind of an attribution (rules in the module docstring). ``head_actor`` is the
    actor id of a mention at the source's head, when the actors component found one."""
    source = _speaking_span(source, att)
    if source is None:
        return "outlet" if _newsroom_passive(att) else "none"
    ents = {t.ent_type_ for t in source if t.ent_type_}
    if _outlet(source, att, publisher, lexicon, ents, head_actor):
        return "outlet"
    if _published_by_body(source, lexicon):
        return "organisation"  # "figures published by the government": the body that published them speaks
    kind = _unnamed(source, lexicon, sentence_tokens, head_actor) or _named_or_organisation(source, lexicon, head_actor)
    if kind == "named" and not ents and head_actor is None and source.root.lower_ not in PERSONAL_PRONOUNS \
            and _called_it(att):
        return "organisation"  # an unknown name the content calls "it"/"its": a state or body, not a person
        # ("he"/"she" is a person whatever "its" in the content refers to: "He said the firm would sell its shares")
    if kind:
        return kind
    head = source.root
    if head.lower_ in ("who", "whom", "that") and att.resolved is not None:
        return classify(att.resolved, att, publisher, lexicon, sentence_tokens)
    if head.lower_ in _READOUT_HEADS:
        return "named"  # readouts: "The two discussed …" refers to the named participants
    if head.tag_ in ("NNS", "NNPS"):
        return "organisation"
    return "anonymous" if _role_without_name(source, lexicon) else "named"


_PUBLISHING = frozenset({"published", "released", "issued", "compiled", "posted", "provided", "collected"})
_NUMBERS = frozenset({"figures", "statistics", "numbers"})


def _published_by_body(source: Span, lx: AttributionLexicon) -> bool:
    """Whether the source is a piece of evidence (``outlets.works`` or figures, statistics) that a body published
    ("figures published by the government in Lima", "data released by the central bank"): the body speaks through
    it, as an organisation; a person or unnamed people as publisher leave the kind to the other rules."""
    head = source.root
    if head.lower_ not in lx.outlet_works and head.lower_ not in _NUMBERS:
        return False
    for participle in head.children:
        if participle.dep_ != "acl" or participle.lower_ not in _PUBLISHING or participle.i >= source.end:
            continue
        agent = next((g for g in participle.children if g.dep_ == "agent"), None)
        body = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        if body is not None and body.i < source.end:
            return _named_or_organisation(noun_phrase(body), lx, None) == "organisation" \
                and body.ent_type_ != "PERSON"
    return False


def _role_without_name(source: Span, lx: AttributionLexicon) -> bool:
    """Whether the source is a person described only by a noun of what they do or are (``claimants.role_nouns``:
    "the owner", "the driver", "the landlord"; no title of office, no body) and no person is named earlier in the
    document whom it could refer back to: an unnamed person, as "an aid worker" is."""
    head = source.root
    return head.pos_ == "NOUN" and not head.ent_type_ and head.lower_ in lx.role_nouns and not any(
        t.ent_type_ == "PERSON" for t in source.doc[:source.start])


_NEWSROOM_PASSIVES = frozenset({"learnt", "learned", "understood"})


def _newsroom_passive(att: Attribution) -> bool:
    """Whether a cue without a source is the publication's own impersonal passive ("it is learnt that …", "it is
    understood that …": what the newsroom found out, no claimant words in the text); not "it is said/believed"
    (hearsay nobody owns)."""
    cue = att.cue.root
    return cue.lower_ in _NEWSROOM_PASSIVES and any(
        c.dep_ == "nsubjpass" and c.lower_ == "it" for c in cue.children) and any(
        c.dep_ == "ccomp" for c in cue.children)


def _speaking_span(source: Span | None, att: Attribution) -> Span | None:
    """The words whose kind is the claimant's: the quoted speaker of a channel ("Reuters quoted a US official as
    saying": the official, Reuters the channel), else the source or the passive agent, a relative pronoun's
    antecedent ("sources, who requested anonymity, told …": the sources), without a trailing appositive ("Ann Lee,
    a professor at X University": the person); None when the attribution has no claimant words."""
    quoted = quoted_speaker(att)
    source = source if source is not None else passive_agent(att)
    if quoted is None and source is None:
        return None
    if quoted is None and is_relative_pronoun(source.root) and att.resolved is None:
        antecedent = _relative_antecedent(source.root)
        if antecedent is not None:
            source = antecedent
    return quoted or trim_appositive(_with_agent(source))


def _called_it(att: Attribution) -> bool:
    """Whether the content refers back with "it"/"its" ("Drosnia denied that its troops …")."""
    return att.content is not None and any(t.lower_ in ("its", "itself") for t in att.content)


def resolve_claimant(doc: Doc, si: int, source: Span, kind: str, actors: dict[int, str],
                     lexicon: AttributionLexicon) -> tuple[str | None, str]:
    """(actor id or ids of the claimant, kind): the head's actor first ("Kastorian President Aurel
    Dragan" is Dragan, not Kastoria), else any actor in the span, else by back-reference: "his office"
    → the last person named, "he"/"she" → the nearest person before, "the ministry" → the state whose
    ministry was named last, "they"/"the two ministers" → the people of the sentence before."""
    ids = [actors[i] for i in range(source.start, source.end) if i in actors]
    if possessed_office(source, lexicon):
        owner = _office_owner(doc, source, actors, lexicon)
        if owner is not None:
            return owner, "named"  # "his office said": the person speaks through the office
    claimant = actors.get(source.root.i) or (ids[0] if ids else None) or _back_reference(doc, source, actors, lexicon)
    if claimant is None and _is_group_reference(source) and si > 0:
        ids = _participants(doc, list(doc.sents)[si - 1], actors)
        if ids:
            claimant = "; ".join(ids)
            kind = "named" if all(_is_person_id(doc, i) for i in ids) else "organisation"
    return claimant, kind


def _back_reference(doc: Doc, source: Span, actors: dict[int, str], lexicon: AttributionLexicon) -> str | None:
    root = source.root
    low = root.lower_
    claimant = None
    if low in lexicon.institutional_heads and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in root.children):
        claimant = _previous_named_person(doc, source.start)  # "his office announced"
    if claimant is None and low in PERSONAL_PRONOUNS:
        claimant = resolve_person_pronoun(doc, root, actors, lexicon)  # gender and salience; None when unsure
    if claimant is None and low in lexicon.institutional_heads and any(c.lower_ in ("the", "this") for c in root.children):
        claimant = _previous_institution(doc, source.start, low)
    return claimant


# Pictures and films: what they "show" is evidence, not a speaker's claim.
EVIDENCE_HEADS = frozenset({"photograph", "photographs", "photo", "photos", "picture", "pictures", "image", "images",
                            "imagery", "video", "videos", "footage", "clip", "clips", "still", "stills"})


def is_evidence(source: Span | None) -> bool:
    """Whether the source is a picture or film ("Photographs on a news site showed …", "Video footage shows …")."""
    return source is not None and source.root.lower_ in EVIDENCE_HEADS


def evidence_carrier(source: Span, lexicon: AttributionLexicon) -> Span | None:
    """The outlet that published a picture or film, named in its phrase ("photographs on a local news site",
    "footage aired by Velmar television", "images obtained by the Guardian"): the outlet carries the evidence and
    is the claim's claimant; None when no outlet is named (the sentence is then the writer's own, no claimant)."""
    for tok in source.root.subtree:
        if tok.dep_ != "pobj" or tok.i <= source.root.i:
            continue
        found = noun_phrase(tok)
        if tok.lower_ in lexicon.outlet_heads or names_outlet_anywhere(found, lexicon) or any(
                c.dep_ == "compound" and (c.lower_, tok.lower_) in lexicon.outlet_head_phrases for c in tok.children):
            return found
    return None


def possessed_office(source: Span, lexicon: AttributionLexicon) -> bool:
    """Whether the source is a person's office by a possessive pronoun ("his office", "her spokesman's office"
    aside: only "his"/"her" on the head): the office of the person named before, no body of its own."""
    root = source.root
    return root.lower_ in lexicon.institutional_heads and any(
        c.dep_ == "poss" and c.lower_ in ("his", "her") for c in root.children)


def _office_owner(doc: Doc, source: Span, actors: dict[int, str], lexicon: AttributionLexicon) -> str | None:
    """The person "his"/"her" of "his office" stands for: by gender and salience as for "he"/"she", else the last
    person named before."""
    owner = next(c for c in source.root.children if c.dep_ == "poss")
    found = resolve_person_pronoun(doc, owner, actors, lexicon)
    return found if found is not None else _previous_named_person(doc, source.start)


def is_relative_pronoun(token) -> bool:
    """A relative pronoun ("who", "that"), not an acronym written in capitals ("the WHO said")."""
    return token.lower_ in RELATIVE_PRONOUNS and not (token.text.isupper() and len(token.text) > 1)


def source_for_claim(att: Attribution) -> Span | None:
    """The span that names the claimant: the person an outlet quotes ("Reuters quoted a US official as
    saying", "X was quoted as saying by Interfax"), what a relative pronoun ("who said") refers to, else
    the source; a name keeps neither its appositive nor a trailing affiliation ("Ann Lee for Example Polls"),
    nor a job description before it ("press secretary Ann Lee"; :mod:`claims_naming`)."""
    quoted = quoted_speaker(att)
    if quoted is not None:
        return quoted
    source = att.source if att.source is not None else passive_agent(att)
    if source is not None and is_relative_pronoun(source.root):
        resolved = att.resolved if att.resolved is not None else _relative_antecedent(source.root)
        if resolved is None:
            resolved = _name_before_stray_stop(source.root)
        if resolved is not None:
            return trim_appositive(resolved)
    if source is None:
        return None
    modifier = misparsed_modifier(source)
    if modifier is not None:
        source = source.doc[modifier:source.end]
    source = _without_verb_modifier(source, att.cue.root)
    source = _without_relative(_without_affiliation(_before_main_clause(_with_possessed(trim_appositive(
        _with_agent(source))), att)))
    source = after_quantity(after_dash(without_participle(with_left_modifiers(source))))
    return name_without_descriptor(name_without_title(source))


_VERB_MODIFIERS = frozenset({"prep", "cc", "npadvmod"})


def _without_verb_modifier(source: Span, cue) -> Span:
    """The source without what trails it but the parser hung on the cue verb, not on the source: a prepositional
    phrase or a time ("The Herald on Tuesday wrote" → "The Herald": "on Tuesday" dates the writing), or a
    conjunction that opens the next clause ("said Ian Cole, but Rosa Lind told …" → "Ian Cole")."""
    if cue.pos_ not in ("VERB", "AUX"):
        return source
    for token in source[1:]:
        if token.dep_ in _VERB_MODIFIERS and token.head.i == cue.i and token.i > source.root.i:
            end = token.left_edge.i
            while end > source.start + 1 and source.doc[end - 1].is_punct:
                end -= 1
            return source.doc[source.start:end]
    return source


def misparsed_modifier(source: Span) -> int | None:
    """The index of the word right before an "according to" object that the parser took for a verb governing it
    ("according to show insiders": "show" a base-form verb, "insiders" its object): a noun modifying the source;
    None for any other source."""
    if source.start < 3:
        return None
    doc = source.doc
    verb = doc[source.start - 1]
    if verb.tag_ != "VB" or verb.dep_ != "pcomp" or source.root.head.i != verb.i or source.root.dep_ != "dobj":
        return None
    return verb.i if doc[verb.i - 1].lower_ == "to" and doc[verb.i - 2].lower_ == "according" else None


def _with_possessed(source: Span) -> Span:
    """A span cut after a possessive gets the noun it owns back ("a person familiar with the president's"
    → "… the president's thinking")."""
    last = source[-1]
    if last.dep_ != "case" or last.head.dep_ != "poss":
        return source
    owned = last.head.head
    if owned.i < source.end or owned.i - source.end > 3:
        return source
    return source.doc[source.start:owned.i + 1]


def _without_relative(source: Span) -> Span:
    """The naming phrase without a relative clause on its head ("a senior diplomat who asked not to be named"
    → "a senior diplomat"; the anonymity phrase still decides the kind), except a restrictive clause that says which
    unnamed people speak ("a Dutch national who left Mosul in May", "three aid workers who returned from the camp":
    no comma before it, a common noun, no anonymity word in it), kept whole (:func:`_with_whole_clause`)."""
    root = source.root
    for child in root.children:
        if child.dep_ != "relcl" or not source.start < child.left_edge.i <= source.end or child.i < root.i:
            continue
        if _restrictive_description(root, child):
            return _with_whole_clause(source, child)
        end = child.left_edge.i
        while end > root.i + 1 and source.doc[end - 1].is_punct:
            end -= 1
        return source.doc[source.start:end]
    return _without_hung_anonymity_clause(source)


def _without_hung_anonymity_clause(source: Span) -> Span:
    """The naming phrase without a "who" clause that hides the speakers' names but that the parser hung on the
    object of a preposition after them ("two clerks at the port authority who asked not to be named": the clause
    is the clerks', not the authority's) → "two clerks at the port authority"."""
    root = source.root
    for token in source:
        if token.i <= root.i or token.dep_ != "pobj":
            continue
        for child in token.children:
            if child.dep_ == "relcl" and child.i > token.i and source.doc[child.left_edge.i].lower_ == "who" \
                    and any(t.lower_ in _ANONYMITY_WORDS for t in child.subtree):
                return source.doc[source.start:child.left_edge.i]
    return source


def _with_whole_clause(source: Span, clause) -> Span:
    """A source that keeps a restrictive relative clause whole when it was cut inside the clause or right before it
    ("three engineers who left the plant" + "in March": the time dates the leaving, not the saying; "a farmer" +
    "who crossed the bridge"): at most eight more words, no punctuation, no quotation, no verb but the clause's own."""
    doc = source.doc
    end = clause.right_edge.i + 1
    if end <= source.end or end - source.end > 8:
        return source
    own_verbs = {clause.i} | {c.i for c in clause.children if c.dep_ in ("aux", "auxpass", "neg")}
    if any(t.is_punct or t.is_quote or t.pos_ in ("VERB", "AUX") and t.i not in own_verbs
           for t in doc[source.end:end]):
        return source
    return doc[source.start:end]


def _restrictive_description(head, clause) -> bool:
    """Whether a relative clause on a common noun restricts who the unnamed speakers are: no punctuation between
    the noun and the clause, a relative pronoun of people opening it, and no word that hides a name on purpose."""
    doc = head.doc
    opening = clause.left_edge.i
    if head.pos_ != "NOUN" or doc[opening - 1].is_punct or doc[opening].lower_ not in ("who", "that"):
        return False
    return not any(t.lower_ in _ANONYMITY_WORDS or t.lower_ in ("anonymity", "anonymous") for t in clause.subtree)


_QUOTING_VERBS = frozenset({"quote", "cite"})
_SPEAKER_DEPS = frozenset({"nsubjpass", "dobj"})


def quoted_speaker(att: Attribution) -> Span | None:
    """The speaker an outlet or a passive quotes: the object of "quoted … as saying" ("Reuters quoted a US
    official as saying" → "a US official") or the passive subject of "was quoted as saying" (the outlet, the
    agent, is the channel); None for any other cue."""
    root = att.cue.root
    if root.lemma_.lower() not in _QUOTING_VERBS:
        return None
    if not any(t.lower_ in ("as", "saying") for t in root.subtree if t.i > root.i):
        return None  # "quoted X as saying", "quoted X saying"
    for child in root.children:
        if child.dep_ in _SPEAKER_DEPS and child.pos_ in ("NOUN", "PROPN", "PRON"):
            return noun_phrase(child)
    return None


def passive_agent(att: Attribution) -> Span | None:
    """The agent of a passive cue the finder left without a source ("As first reported by the Guardian, …"
    → "the Guardian"), without the names the parser conjoined to it from the main clause."""
    for child in att.cue.root.children:
        if child.dep_ == "agent":
            noun = next((g for g in child.children if g.dep_ == "pobj"), None)
            return noun_phrase(noun) if noun is not None else None
    return None


_NP_LEFT = frozenset({"det", "compound", "amod", "poss", "nummod", "nmod", "quantmod", "case", "punct"})


def noun_phrase(noun) -> Span:
    """The noun phrase a noun heads, without what the parser hung on it beyond the phrase (an appositive,
    a clause, a quotation): its adjoining determiners and modifiers, and a prepositional phrase right after it
    ("a source in the foreign ministry")."""
    doc = noun.doc
    start = noun.i
    for child in reversed(list(noun.lefts)):
        if child.dep_ not in _NP_LEFT or child.right_edge.i != start - 1 or child.text in ("”", "“", '"', ","):
            break
        start = child.left_edge.i
    end = noun.i + 1
    for child in noun.rights:
        if child.i != end or child.dep_ != "prep":
            break
        end = child.right_edge.i + 1
    while start < noun.i and doc[start].is_punct:
        start += 1
    return doc[start:end]


_AFFILIATION_PREPS = frozenset({"for", "of", "at", "from", "with"})


def _without_affiliation(source: Span) -> Span:
    """A person's name without the affiliation that trails it ("Ann Lee for Example Polls" → "Ann Lee"):
    only when the head is a name the NER marks as a person and the phrase closes the span."""
    root = source.root
    if root.ent_type_ != "PERSON" or root.pos_ != "PROPN":
        return source
    for token in source[root.i - source.start + 1:]:
        if token.dep_ == "prep" and token.lower_ in _AFFILIATION_PREPS:
            return source.doc[source.start:token.i]
        if token.ent_type_ != "PERSON":
            break
    return source


def _before_main_clause(source: Span, att: Attribution) -> Span:
    """A source after its cue in a fronted clause cut at the comma where the main clause begins ("As
    first reported by the Guardian, Ann Lee and …" → "the Guardian")."""
    if att.cue.start >= source.start:
        return source
    root = source.sent.root
    comma = next((t.i for t in source if t.text == ","), None)
    if comma is None or comma == source.start or not comma < root.i:
        return source
    return source.doc[source.start:comma]


def _relative_antecedent(pronoun) -> Span | None:
    """The noun phrase a relative pronoun stands for ("advocates, who have said" → "advocates"): the head the
    relative clause modifies, from its left edge to the noun; None when the pronoun heads no relative clause."""
    clause = pronoun.head
    if clause.dep_ != "relcl" or clause.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    noun = clause.head
    return pronoun.doc[noun.left_edge.i:noun.i + 1]


def _name_before_stray_stop(pronoun) -> Span | None:
    """The name a relative "who" opening a sentence refers to when a stray full stop split the sentence before it
    ("…, the water minister, Lina Farouk. who complained …": lower-case "who" right after the stop): the run of
    proper nouns before the stop; None otherwise."""
    doc = pronoun.doc
    i = pronoun.i
    if pronoun.text != "who" or i < 2 or doc[i - 1].text != ".":
        return None
    end = i - 1
    start = end
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
        start -= 1
    return doc[start:end] if start < end else None


def _with_agent(source: Span) -> Span:
    """The source widened over a participle of seeing or obtaining and its agent that the span left
    out ("Records" → "Records seen by Reuters") or over a participle phrase right after a common noun ("a
    database tracking such deaths"), and without a trailing relative pronoun ("A diplomat who" → "A diplomat")."""
    doc = source.doc
    end = source.end
    for child in source.root.children:
        if child.i >= end and child.dep_ == "acl" and child.lower_ in _OBTAINED \
                and any(g.dep_ == "agent" for g in child.children):
            end = max(end, child.right_edge.i + 1)
        elif child.i == end and child.dep_ == "acl" and child.tag_ in ("VBG", "VBN") and source.root.pos_ == "NOUN":
            end = child.right_edge.i + 1
    while end - 1 > source.start and is_relative_pronoun(doc[end - 1]):
        end -= 1
    return doc[source.start:end] if end != source.end else source


_NAME_PARTS = frozenset({"PROPN"})
_APPOSITION_STARTS = frozenset({"DET", "PRON", "ADJ", "NOUN", "NUM", "PROPN", "ADV"})


def trim_appositive(source: Span) -> Span:
    """The naming phrase of a claimant without its appositive: "Ann Lee, a spokeswoman for the union"
    → "Ann Lee"; "the minister, Ann Lee" → "Ann Lee". The name is a run of proper nouns (with
    initials and abbreviated titles such as "Col."); the appositive follows a comma. Other spans
    come back unchanged."""
    comma = next((t.i for t in source if t.text == "," and t.i > source.start), None)
    if comma is None or comma + 1 >= source.end or source.doc[comma + 1].pos_ not in _APPOSITION_STARTS:
        return source
    before = source.doc[source.start:comma]
    nxt = source.doc[comma + 1]
    listed = nxt.pos_ == "PROPN" and not (comma + 2 < len(source.doc) and source.doc[comma + 2].text in ("'s", "’s"))
    if _is_name(before) and not listed:  # not a list of names ("Lee, Park and Kim")
        return before
    after_end = next((t.i for t in source.doc[comma + 1:source.end] if t.text == ","), source.end)
    after = source.doc[comma + 1:after_end]
    if before.root.pos_ == "NOUN" and len(after) and _is_name(after):
        return after  # "the minister, Ann Lee"
    if nxt.lower_ in ("a", "an", "the") and any(t.dep_ == "appos" and before.start <= t.head.i < comma for t in after):
        return before  # "the Syrian civil defence, a rescue organisation": a body's phrase and its description
    return source


def _is_name(span: Span) -> bool:
    """A person's or body's name: proper nouns, initials ("H.") and abbreviated titles ("Col.", "Dr.")
    only, the last one a proper noun."""
    if not len(span) or span[-1].pos_ not in _NAME_PARTS:
        return False
    return all(t.pos_ in _NAME_PARTS or (t.text.endswith(".") and t.text[:1].isupper()) for t in span)


def head_actor(source: Span | None, actors: dict[int, str]) -> str | None:
    """The actor id of a mention at the source's head token; for a plural common noun with none, the state a proper
    noun before it names ("Washington lawmakers" after a live blog's time stamp, which the NER left untyped: the
    state's members, as with a typed name)."""
    if source is None:
        return None
    head = source.root
    found = actors.get(head.i)
    if found is None and head.tag_ == "NNS" and head.pos_ == "NOUN":
        found = next((actors[c.i] for c in head.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                      and c.i in actors and _STATE_ID.match(actors[c.i])), None)
    return found


def _contains(tokens: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    first = phrase[0]
    for i, t in enumerate(tokens):
        if t == first and tuple(tokens[i:i + n]) == phrase:
            return True
    return False




_GROUP_HEADS = frozenset({"they", "both", "two", "three", "sides", "leaders", "ministers", "counterparts",
                          "delegations", "presidents", "officials", "pair"})


def _is_group_reference(source: Span) -> bool:
    """A plural subject that points back rather than naming anyone: "they", "the two (ministers)", "both sides"."""
    head = source.root
    if head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or len(source) > 4:
        return False
    if head.lower_ == "they":
        return True
    if head.lower_ not in _GROUP_HEADS or head.lower_ == "officials":
        return False
    # Definite or numbered: "the ministers", "the two", "both leaders" (not "some ministers").
    return any(t.lower_ in ("the", "both", "two", "three") for t in source) and source[0].i == source.sent.start


def _participants(doc: Doc, prev: Span, actors: dict[int, str]) -> list[str]:
    """Actors named as the subject, object or "with" partner of the previous sentence's main verb.

    The rule behind the carry-over: a plural back-reference at the start of a sentence continues
    the sentence before it only when that sentence names who took part (a meeting, a call); the
    previous sentence must be in the same paragraph (no blank line between).
    """
    text = doc.text  # once: Doc.text joins every token on each access
    if "\n\n" in text[prev.end_char:prev.end_char + 4] or "\n\n" in text[prev.start_char:prev.end_char]:
        return []
    ids: list[str] = []
    heads = _participant_heads(prev)
    for h in heads:
        for t in h.subtree:
            aid = actors.get(t.i)
            if aid and aid not in ids and (t.ent_type_ == "PERSON" or aid.startswith(("person:", "PER."))):
                ids.append(aid)
    return ids if len(ids) >= 2 else []


def _participant_heads(prev: Span) -> list:
    """Subjects, objects and "with" partners of the main verb, and of the reported clause of
    "X met Y, the ministry said"."""
    verbs = [prev.root] + [c for c in prev.root.children if c.dep_ in ("ccomp", "parataxis")]
    heads = [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "dobj")]
    heads += [conj for h in list(heads) for conj in h.conjuncts]
    for v in verbs:
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in ("with", "and"):
                heads += [g for g in c.children if g.dep_ == "pobj"]
    return heads


def _is_person_id(doc: Doc, actor_id: str) -> bool:
    for m in doc._.cg_mentions or []:
        if m.actor_id == actor_id:
            return m.role_on_date is not None or actor_id.startswith(("person:", "PER."))
    return False


def _previous_named_person(doc: Doc, before: int) -> str | None:
    """The last person mention (a KB person or a new one) before token ``before``."""
    limit = doc[before].idx
    found = None
    for m in doc._.cg_mentions or []:
        if m.start < limit and (m.role_on_date or m.actor_id.startswith(("person:", "PER."))):
            found = m.actor_id
    return found


def _previous_institution(doc: Doc, before: int, head: str) -> str | None:
    """"the ministry said": the state whose body with that name ("Foreign Ministry") was mentioned last."""
    limit = doc[before].idx
    found = None
    for m in doc._.cg_mentions or []:
        if m.method == "institution" and m.start < limit and head in m.text.lower():
            found = m.actor_id
    return found
