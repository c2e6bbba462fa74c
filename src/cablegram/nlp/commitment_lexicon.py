"""The commitments lexicon (``nlp/data/commitments.toml``) compiled for matching.

:func:`commitment_lexicon` returns a :class:`CommitmentLexicon`: trigger forms → (base, status),
word sets, and the kind rules compiled to word-boundary regular expressions. Keywords match whole
words in lower case: ``"tank"`` matches "tank" and "tanks", never "think tank" (the ``ignore``
phrases are blanked first); a trailing ``*`` matches any ending ("train*" → "training", never
"restrain"). Errors: :class:`~cablegram.errors.PipelineError` from the lexicon loader.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .lexicons import load_lexicon, word_set

__all__ = ["CommitmentLexicon", "KindRule", "commitment_lexicon", "keyword_pattern"]


# "<owner>" in a keyword: a name of one to three words in the possessive ("to <owner> state budget" matches "to
# Moldova's state budget", "into the Republic of Chad's budget" no: an article or "of" is no part of it)
_OWNER = "<owner>"
_OWNER_PATTERN = r"(?:[\w-]+\s){0,2}[\w-]+['’]s"


def keyword_pattern(words: list[str]) -> re.Pattern | None:
    """One regex matching any of ``words`` on word boundaries (``*`` = any ending, else an optional plural;
    ``<owner>`` = a name in the possessive)."""
    parts = []
    for w in sorted({w.lower() for w in words}, key=len, reverse=True):
        if w.endswith("*"):
            parts.append(re.escape(w[:-1]).replace(_OWNER, _OWNER_PATTERN) + r"[\w-]*")
        else:
            parts.append(re.escape(w).replace(_OWNER, _OWNER_PATTERN) + r"(?:s|es)?")
    if not parts:
        return None
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)


# "sending its remaining fighter jets to X": what is left of the own fleet, handed on to a named receiver (no deployment)
_FLEET_HANDED_ON = frozenset(("remaining", "last", "entire", "retired", "decommissioned", "ageing", "aging", "older"))

@dataclass(frozen=True)
class KindRule:
    """One category rule: a (category, subcategory) and the keywords that signal it."""

    category: str
    subcategory: str | None
    strong: bool
    pattern: re.Pattern


@dataclass(frozen=True)
class CommitmentLexicon:
    """What the commitments component reads, compiled (see the module docstring)."""

    triggers: dict[str, tuple[str, str]]  # word form -> (base, status)
    trigger_nouns: frozenset[str]
    not_committing: frozenset[str]
    presenting: frozenset[str]
    condition_marks: frozenset[str]
    with_recipient: frozenset[str]
    refusal: frozenset[str]
    considering: frozenset[str]
    not_a_package: frozenset[str]
    support_nouns: frozenset[str]
    partial: re.Pattern
    not_support: re.Pattern | None
    support_despite: re.Pattern | None
    ignore: re.Pattern | None
    kinds: tuple[KindRule, ...]
    items: re.Pattern
    cancel_nouns: frozenset[str] = frozenset()
    held_nouns: frozenset[str] = frozenset()  # "put the transfer on hold": stopped for now, cancelled
    needs_object: frozenset[str] = frozenset()
    not_support_modifiers: frozenset[str] = frozenset()
    combat_verbs: frozenset[str] = frozenset()  # "jets struck the port": weapons used, never a package given
    needs_recipient: frozenset[str] = frozenset()
    deploy_verbs: frozenset[str] = frozenset()
    force_units: frozenset[str] = frozenset()
    topic_nouns: frozenset[str] = frozenset()
    meeting_nouns: frozenset[str] = frozenset()
    private_giving: re.Pattern | None = None  # crowdfunding and other private money: never support, aid words or not
    lookalike: re.Pattern | None = None  # compensation, settlements, jobs: never support, aid words or not
    private_givers: re.Pattern | None = None  # a foundation or charity as giver …
    domestic_causes: re.Pattern | None = None  # … to a cause at home: no support commitment
    cooperation: re.Pattern | None = None  # "a commitment to cooperate": a promise to work together, no package
    unkept: re.Pattern | None = None  # "promised X but never paid": pledged, with the delivery gap in the reasons
    coder_exclusion_verbs: frozenset[str] = frozenset()  # "we do not consider/count …": a tracker coder's note
    coder_exclusion_plain: frozenset[str] = frozenset()  # "we exclude …": a note without negation
    tracker_reference_verbs: frozenset[str] = frozenset()  # "reported in CAM4": booked on another tracker row
    coder_bookkeeping_verbs: frozenset[str] = frozenset()  # "we report this aid as pledged": how the row is coded
    source_documents: frozenset[str] = frozenset()  # "the official WB list": a cited source, never a party
    force_craft: frozenset[str] = frozenset()  # warplanes, warships: a deployment unless given to someone named
    gathering_donors: frozenset[str] = frozenset()  # "ministers gathered to pledge": givers not named, donor unknown
    advocacy_verbs: frozenset[str] = frozenset()  # "supported economic assistance to X": backing a policy
    trade: re.Pattern | None = None  # sales and purchases: "sold drones to X" is trade whoever the buyer is
    trade_despite: re.Pattern | None = None  # … unless support is also stated ("bought shells for X", "aid")
    programme_givers: tuple[tuple[str, re.Pattern], ...] = ()  # (actor id, its own programmes and bodies)
    backing: re.Pattern | None = None  # "support for X's war": backing a cause, not a package
    backing_kinds: frozenset[str] = frozenset()  # "military support for the war": a kind word makes it support again
    figurative: re.Pattern | None = None  # "gave fresh ammunition to critics": an argument, not arms
    source_making: frozenset[str] = frozenset()  # "created a page listing all aid": a note on a source
    own_forces: re.Pattern | None = None  # "€2bn to equip its own army": the owner (group "owner") of forces paid for
    forces_of: dict[str, str] = field(default_factory=dict)  # "bundeswehr" -> "DEU": a state's forces by their name
    # "a convoy of 32 trucks from X, loaded with flour": a craft that only brings the cargo, however far its cue follows
    cargo_carrier: re.Pattern | None = None
    # "cut off gas supplies to X": a seller's energy flow stopped, no aid ended (unless aid words are beside it)
    energy_trade: re.Pattern | None = None

    def support_word(self, tok) -> bool:
        """Whether a spaCy token is a support noun that names support ("weapons", not "chemical weapons")."""
        if tok.lower_ not in self.support_nouns:
            return False
        return not (tok.i > 0 and tok.nbor(-1).lower_ in self.not_support_modifiers)

    def clean(self, text: str) -> str:
        """``text`` in lower case with the ignore phrases blanked out (same length)."""
        low = text.lower()
        if self.ignore is not None:
            low = self.ignore.sub(lambda m: " " * len(m.group(0)), low)
        if self.cargo_carrier is not None:
            low = self.cargo_carrier.sub(lambda m: " " * len(m.group(0)), low)
        return low

    def acts_otherwise(self, sent) -> bool:
        """True when the main verb of ``sent`` (a spaCy Span), or the verb it governs ("is expected to focus"),
        is one of ``not_a_package`` (by lemma or word form), or its subject is a meeting ("the visit", "the
        talks"), or it moves forces (:meth:`moves_forces`): then an opening sentence without a support verb is not
        read as describing a package."""
        root = sent.root
        verbs = [root] + [c for c in root.children if c.dep_ == "xcomp"]
        if any(v.pos_ in ("VERB", "AUX") and (v.lemma_.lower() in self.not_a_package or v.lower_ in self.not_a_package)
               for v in verbs):
            return True
        if self.tells_combat(root):
            return True
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in self.meeting_nouns for c in root.children) or \
            any(v.lower_ in self.deploy_verbs and self.moves_forces(v) for v in verbs) or self.advocates(root) or \
            self.forces_act(root)

    def tells_combat(self, root) -> bool:
        """Whether the main verb ``root`` (a spaCy Token), or the verb of the clause a speaker reports under it
        ("…, the army said"), is an act of combat (``combat_verbs`` by lemma: struck, shelled, sank, shot down):
        the weapons it names were used, not given, whatever the sentence's subject."""
        verbs = [root] + [c for c in root.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"]
        return any(v.pos_ == "VERB" and v.lemma_.lower() in self.combat_verbs for v in verbs)

    def forces_act(self, verb) -> bool:
        """Whether the subject of ``verb`` is a force or a warcraft that acts ("fighter jets forced a cargo plane to
        land", "troops shelled the town"): the craft or troops are the actor, never a package given."""
        if verb.pos_ != "VERB" or verb.lower_ in self.triggers:
            return False
        return any(c.dep_ == "nsubj" and (c.lower_ in self.force_craft or c.lower_ in self.force_units)
                   for c in verb.children)

    def advocates(self, verb) -> bool:
        """Whether ``verb`` backs a policy of support rather than gives it: a verb of backing (``advocacy_verbs``:
        support, back, endorse) whose object is a support noun ("had consistently supported economic assistance to
        the Palestinians"); "aid supported two million girls" gives support."""
        if verb.lower_ not in self.advocacy_verbs and verb.lemma_.lower() not in self.advocacy_verbs:
            return False
        return any(c.dep_ == "dobj" and c.lower_ in self.support_nouns for c in verb.children)

    def moves_forces(self, verb) -> bool:
        """Whether ``verb`` (a spaCy Token) moves a state's own forces ("moved two brigades to the border",
        "deployed 3,000 troops and tanks"): a deployment, not support (``force_units`` as its object). Warplanes
        and warships (``force_craft``) are a deployment when they are the sender's own ("sent its warplanes") or
        sent to no one named ("the US, in return, sent jets"; "to the region" names no one)."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        objects += [c for o in objects for c in o.conjuncts]
        if any(o.lower_ in self.force_units for o in objects):
            return True
        craft = [o for o in objects if o.lower_ in self.force_craft and not self._carries_support(o)]
        own = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for o in craft for c in o.children) and not (
            _names_receiver(verb) and any(c.dep_ == "amod" and c.lower_ in _FLEET_HANDED_ON for o in craft
                                          for c in o.children))
        return bool(craft) and (own or not _names_receiver(verb))

    def _carries_support(self, craft) -> bool:
        """Whether aircraft or ships carry support ("two aircraft carrying 30 tonnes of medical supplies"): the cargo
        is given, the craft only bring it."""
        return any(c.dep_ == "acl" and c.lower_ in ("carrying", "loaded", "bringing", "transporting", "ferrying")
                   and self.kind(" ".join(t.text for t in c.subtree), strong_only=True) is not None
                   for c in craft.children)

    def topic_words(self, sent) -> set[int]:
        """Token indices of words that only name a topic ("energy cooperation", "reconstruction and energy
        security"): modifiers of a ``topic_nouns`` word and their conjuncts, which are no support given."""
        out: set[int] = set()
        for t in sent:
            if t.lower_ in self.topic_nouns:
                mods = [c for c in t.children if c.dep_ in ("compound", "amod", "nmod")]
                mods += [c for m in mods for c in m.conjuncts]
                out.update(m.i for m in mods)
        return out

    def kind(self, text: str, strong_only: bool = False) -> KindRule | None:
        """The first kind rule with a keyword in ``text`` (already cleaned or not), else None."""
        low = self.clean(text)
        for rule in self.kinds:
            if strong_only and not rule.strong:
                continue
            if rule.pattern.search(low):
                return rule
        return None


def _compile(lex: dict[str, Any]) -> CommitmentLexicon:
    triggers = {}
    for base, spec in lex.get("triggers", {}).items():
        status, forms = spec[0], spec[1:]
        for form in forms:
            triggers[form.lower()] = (base, status)
    kinds = tuple(KindRule(k["category"], k.get("subcategory"), bool(k.get("strong", True)),
                           keyword_pattern(k.get("words", []))) for k in lex.get("kinds", []) if k.get("words"))
    partial = lex.get("words", {}).get("partial", [])
    nouns = lex.get("items", {}).get("nouns", [])
    return CommitmentLexicon(
        triggers=triggers,
        trigger_nouns=word_set(lex, "words.trigger_nouns"),
        not_committing=word_set(lex, "words.not_committing"),
        presenting=word_set(lex, "words.presenting"),
        condition_marks=word_set(lex, "words.condition_marks"),
        with_recipient=word_set(lex, "words.with_recipient"),
        refusal=word_set(lex, "words.refusal"),
        considering=word_set(lex, "words.considering"),
        not_a_package=word_set(lex, "words.not_a_package"),
        support_nouns=word_set(lex, "words.support_nouns"),
        partial=re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(partial, key=len, reverse=True))
                           + r")\b", re.IGNORECASE),
        not_support=keyword_pattern(lex.get("not_support", {}).get("words", [])),
        support_despite=keyword_pattern(lex.get("not_support", {}).get("support_despite", [])),
        ignore=keyword_pattern(lex.get("ignore", {}).get("phrases", [])),
        cargo_carrier=_cargo_carrier(lex.get("ignore", {})),
        kinds=kinds,
        items=re.compile(r"\b((?:\d[\d,.]*|[a-z]+)\s+(?:[\w-]+\s+){0,2}(?:" + "|".join(
            re.escape(n) for n in sorted(nouns, key=len, reverse=True)) + r")(?:s|es)?)\b", re.IGNORECASE),
        cancel_nouns=word_set(lex, "words.cancel_nouns"),
        needs_object=word_set(lex, "words.needs_object"),
        held_nouns=word_set(lex, "words.held_nouns"),
        not_support_modifiers=word_set(lex, "words.not_support_modifiers"),
        combat_verbs=word_set(lex, "words.combat_verbs"),
        needs_recipient=word_set(lex, "words.needs_recipient"),
        deploy_verbs=word_set(lex, "words.deploy_verbs"),
        force_units=word_set(lex, "words.force_units"),
        topic_nouns=word_set(lex, "words.topic_nouns"),
        meeting_nouns=word_set(lex, "words.meeting_nouns"),
        private_giving=keyword_pattern(lex.get("not_support", {}).get("private", [])),
        lookalike=keyword_pattern(lex.get("not_support", {}).get("lookalike", [])),
        private_givers=keyword_pattern(lex.get("not_support", {}).get("private_givers", [])),
        domestic_causes=keyword_pattern(lex.get("not_support", {}).get("domestic_causes", [])),
        cooperation=keyword_pattern(lex.get("not_support", {}).get("cooperation", [])),
        unkept=keyword_pattern(lex.get("words", {}).get("unkept", [])),
        coder_exclusion_verbs=word_set(lex, "words.coder_exclusion_verbs"),
        coder_exclusion_plain=word_set(lex, "words.coder_exclusion_plain"),
        tracker_reference_verbs=word_set(lex, "words.tracker_reference_verbs"),
        coder_bookkeeping_verbs=word_set(lex, "words.coder_bookkeeping_verbs"),
        source_documents=word_set(lex, "words.source_documents"),
        force_craft=word_set(lex, "words.force_craft"),
        gathering_donors=word_set(lex, "words.gathering_donors"),
        advocacy_verbs=word_set(lex, "words.advocacy_verbs"),
        trade=keyword_pattern(lex.get("not_support", {}).get("trade", [])),
        trade_despite=keyword_pattern(lex.get("not_support", {}).get("trade_despite", [])),
        energy_trade=keyword_pattern(lex.get("not_support", {}).get("energy_trade", [])),
        backing=_backing(lex.get("backing", {})),
        backing_kinds=word_set(lex, "backing.kind_words"),
        figurative=_figurative(lex.get("backing", {})),
        source_making=word_set(lex, "words.source_making"),
        own_forces=_own_forces(lex.get("domestic", {})),
        forces_of={name.lower(): state for state, names in lex.get("domestic", {}).get("forces_of", {}).items()
                   for name in names},
        programme_givers=tuple((actor, keyword_pattern(words)) for actor, words in
                               sorted(lex.get("programme_givers", {}).items()) if words),
    )


def _own_forces(domestic: dict[str, Any]) -> re.Pattern | None:
    """"for its (own) army", "to equip the Estonian army", "to replenish Norway's stocks": a purpose word, an owner
    (group ``owner``: a possessive pronoun, "the" and a word, or a name with "'s") and a force or its stocks."""
    purposes, forces = domestic.get("purposes", []), domestic.get("forces", [])
    if not purposes or not forces:
        return None
    return re.compile(r"\b(?:" + _alternation(purposes) + r")\s+(?P<owner>its|their|our|(?:the\s+)?[\w-]+['’]s|the\s+[\w-]+)\s+"
                      # one word may say what the stocks hold ("the Bundeswehr's ammunition stocks")
                      r"(?:own\s+)?(?:[a-z-]+\s+)?(?:" + _alternation(forces) + r")\b", re.IGNORECASE)


def _cargo_carrier(section: dict[str, Any]) -> re.Pattern | None:
    """A craft word (``carriers``) followed in the same clause by a word that says it brings a cargo
    (``cargo_cues``: "loaded with", "carrying"): the craft word alone is matched, so that the cargo gives the kind."""
    carriers, cues = section.get("carriers", []), section.get("cargo_cues", [])
    if not carriers or not cues:
        return None
    return re.compile(r"(?<![\w-])(?:" + _alternation(carriers) + r")(?![\w-])(?=[^.;:()]{0,80}?(?<![\w-])(?:"
                      + _alternation(cues) + r")(?![\w-]))", re.IGNORECASE)


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _backing(section: dict[str, Any]) -> re.Pattern | None:
    """"support for (the) (X's) war": the word before "support" is group 1 (checked against the kind words)."""
    causes = section.get("causes", [])
    if not causes:
        return None
    return re.compile(r"(?:\b([\w-]+)\s+)?\bsupport\s+(?:for|of)\s+(?:[\w\u2019'-]+\s+){0,3}?(?:" + _alternation(causes)
                      + r")\b", re.IGNORECASE)


def _figurative(section: dict[str, Any]) -> re.Pattern | None:
    """"(fresh) ammunition to/for (the) critics (of …)": something given figuratively to an argument's side."""
    things, receivers = section.get("figurative_things", []), section.get("figurative_receivers", [])
    if not things or not receivers:
        return None
    return re.compile(r"\b(?:" + _alternation(things) + r")\s+(?:to|for)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?"
                      r"(?:[\w-]+\s+)?(?:" + _alternation(receivers) + r")\b", re.IGNORECASE)


def _names_receiver(verb) -> bool:
    """Whether ``verb`` has a named receiver: an indirect object or "to/for" + a name ("to Ostravia", "to the
    Kestrian army"), not a place word ("to the region")."""
    heads = [c for c in verb.children if c.dep_ == "dative"]
    heads += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "for") for g in c.children
              if g.dep_ == "pobj"]
    return any(t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "ORG") for h in heads for t in h.subtree)


@lru_cache(maxsize=8)
def _cached(extra_json: str) -> CommitmentLexicon:
    return _compile(load_lexicon("commitments", json.loads(extra_json) or None))


def commitment_lexicon(extra: dict[str, Any] | None = None) -> CommitmentLexicon:
    """The shipped commitments lexicon with ``extra`` merged (lists appended), compiled."""
    return _cached(json.dumps(extra or {}, sort_keys=True))
