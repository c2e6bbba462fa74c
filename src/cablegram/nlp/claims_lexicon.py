"""The attribution word lists, read once per component from ``nlp/data/attribution.toml``
(cues, claimant classes, outlets) and ``nlp/data/modality.toml`` (hedges).

:func:`verb_forms` expands base verbs into their inflected forms because cues are matched on the
lower-cased surface form. Users extend the lists through the claims component's ``lexicon_extra``
config (same shape as ``attribution.toml``; lists are appended).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .lexicons import load_lexicon, word_set

# Possibility modals: the hedging subset of modality.toml's [hedge] modal_verbs ("should", "must"
# oblige rather than hedge, "would"/"can" mostly describe).
_POSSIBILITY_MODALS = frozenset({"may", "might", "could"})
# The auxiliaries a raising hedge takes ("is believed to", "were thought to").
_RAISING_AUX = ("is", "are", "was", "were")


def verb_forms(bases: Iterable[str], irregular: Mapping[str, Iterable[str]] | None = None) -> frozenset[str]:
    """Base verbs plus their -s, -ed, -ing and ``irregular`` forms, lower-cased."""
    irregular = irregular or {}
    forms: set[str] = set()
    for base in bases:
        forms.add(base)
        forms.update(irregular.get(base, ()))
        if base.endswith("y") and base[-2:-1] not in "aeiou":
            forms.update({base[:-1] + "ies", base[:-1] + "ied", base + "ing"})
        elif base.endswith("e"):
            forms.update({base + "s", base + "d", base[:-1] + "ing"})
        elif base.endswith(("s", "sh", "ch", "x", "z")):
            forms.update({base + "es", base + "ed", base + "ing"})
        else:
            forms.update({base + "s", base + "ed", base + "ing"})
            # Doubled final consonant: "admit" -> "admitted", "regret" -> "regretted".
            if len(base) > 2 and base[-1] in "tpgnmr" and base[-2] in "aeiou" and base[-3] not in "aeiou":
                forms.update({base + base[-1] + "ed", base + base[-1] + "ing"})
    return frozenset(forms)


def _phrases(values: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(v.lower().split()) for v in values)


@dataclass(frozen=True)
class AttributionLexicon:
    """Every word list the attribution finder and the claimant rules read (lower case)."""

    speech_verbs: frozenset[str]
    stance_verbs: frozenset[str]
    cognition_verbs: frozenset[str]
    outlet_verbs: frozenset[str]
    excluded_forms: frozenset[str]
    sourceless_passives: frozenset[str]
    irregular: Mapping[str, tuple[str, ...]]
    prepositional_cues: tuple[tuple[str, ...], ...]
    anonymous_heads: frozenset[str]
    anonymity_phrases: tuple[tuple[str, ...], ...]
    analyst_heads: frozenset[str]
    institutional_heads: frozenset[str]
    person_titles: frozenset[str]
    outlet_staff: frozenset[str]
    outlet_self: frozenset[str]
    outlet_names: tuple[tuple[str, ...], ...]  # as written (capitals kept), split into words
    collective_heads: frozenset[str]
    outlet_works: frozenset[str]
    outlet_heads: frozenset[str]  # head nouns that make a source an outlet by themselves ("state media")
    hedge_words: frozenset[str]
    hedge_modals: frozenset[str]
    hedge_phrases: tuple[tuple[str, ...], ...]
    claim_nouns: frozenset[str] = frozenset()  # nouns of saying that may be a listed claim's cue
    hedging_verbs: frozenset[str] = frozenset()  # "appears", "seemed": never a listed claim's cue
    claim_objects: frozenset[str] = frozenset()  # objects that make any verb a stance ("shrugged off the criticism")
    female_words: frozenset[str] = frozenset()  # honorifics and nouns that make a person "she"
    male_words: frozenset[str] = frozenset()  # ... "he"
    outlet_head_phrases: frozenset[tuple[str, str]] = frozenset()  # (compound, head): "news agency"
    person_roles: frozenset[str] = frozenset()  # appositive heads that make a name a person's ("a spokesman")
    unnamed_people: frozenset[str] = frozenset()  # heads of unnamed people by what they do ("an aid worker")
    role_nouns: frozenset[str] = frozenset()  # "the owner said" with no name in the text: an unnamed person
    seats: frozenset[str] = frozenset()  # seats of government, lower case ("the elysée", "downing street")
    modified_institutional_heads: frozenset[str] = frozenset()  # a body only under a modifier ("the coast guard")
    outlet_ambiguous: frozenset[str] = frozenset()  # "paper": the outlet just named, else a document
    outlet_mastheads: frozenset[str] = frozenset()  # last words of a newspaper's name, as written ("Courier")
    outlet_openers: frozenset[str] = frozenset()  # first words of a newspaper's name after "the" ("Morning")
    station_openers: frozenset[str] = frozenset()  # first words of a station's name, as written ("Radio")
    outlet_name_words: frozenset[str] = frozenset()  # words of a broadcaster's name, as written ("Broadcasting")
    title_initials: frozenset[str] = frozenset()  # offices by their initials, lower case ("sp", "dcp")

    def forms(self, bases: Iterable[str]) -> frozenset[str]:
        """:func:`verb_forms` with this lexicon's irregular forms."""
        return verb_forms(bases, self.irregular)


def load_attribution_lexicon(extra: dict[str, Any] | None = None) -> AttributionLexicon:
    """The attribution lexicon (``attribution.toml`` with ``extra`` merged) plus modality.toml's hedges."""
    lx = load_lexicon("attribution", extra)
    modality = load_lexicon("modality")
    hedge = modality.get("hedge", {})
    # "is believed to", "were said to": modality.toml's raising participles (not its adjectives) after an auxiliary.
    raising = [(aux, w, "to") for w in hedge.get("raising", []) if not w.endswith("ly") for aux in _RAISING_AUX]
    return AttributionLexicon(
        speech_verbs=word_set(lx, "verbs.speech"),
        stance_verbs=word_set(lx, "verbs.stance"),
        cognition_verbs=word_set(lx, "verbs.cognition"),
        outlet_verbs=word_set(lx, "verbs.outlet"),
        excluded_forms=word_set(lx, "verbs.excluded_forms"),
        sourceless_passives=word_set(lx, "verbs.sourceless_passives"),
        irregular={k: tuple(v) for k, v in lx.get("verbs", {}).get("irregular", {}).items()},
        prepositional_cues=_phrases(lx.get("cues", {}).get("prepositional", [])),
        anonymous_heads=word_set(lx, "claimants.anonymous_heads"),
        anonymity_phrases=_phrases(lx.get("claimants", {}).get("anonymity_phrases", [])),
        analyst_heads=word_set(lx, "claimants.analyst_heads"),
        institutional_heads=word_set(lx, "claimants.institutional_heads"),
        modified_institutional_heads=word_set(lx, "claimants.modified_institutional_heads"),
        person_titles=word_set(lx, "claimants.person_titles"),
        outlet_staff=word_set(lx, "outlets.staff"),
        outlet_self=word_set(lx, "outlets.self"),
        outlet_names=tuple(dict.fromkeys(tuple(n.split()) for n in lx.get("outlets", {}).get("names", []))),
        collective_heads=word_set(lx, "claimants.collective_heads"),
        outlet_works=word_set(lx, "outlets.works"),
        outlet_heads=word_set(lx, "outlets.heads"),
        hedge_words=word_set(modality, "hedge.adverbs") | word_set(lx, "hedges.words"),
        hedge_modals=word_set(modality, "hedge.modal_verbs") & _POSSIBILITY_MODALS,
        hedge_phrases=tuple(dict.fromkeys([*_phrases(lx.get("hedges", {}).get("phrases", [])), *raising])),
        claim_nouns=word_set(lx, "claim_cues.nouns"),
        hedging_verbs=word_set(lx, "claim_cues.hedging_verbs"),
        claim_objects=word_set(lx, "claim_cues.objects"),
        female_words=word_set(lx, "gender.female"),
        male_words=word_set(lx, "gender.male"),
        person_roles=word_set(lx, "claimants.person_roles"),
        unnamed_people=word_set(lx, "claimants.unnamed_people"),
        role_nouns=word_set(lx, "claimants.role_nouns"),
        seats=word_set(lx, "claimants.seats"),
        outlet_ambiguous=word_set(lx, "outlets.ambiguous_heads"),
        outlet_mastheads=frozenset(lx.get("outlets", {}).get("mastheads", [])),
        outlet_openers=frozenset(lx.get("outlets", {}).get("masthead_openers", [])),
        station_openers=frozenset(lx.get("outlets", {}).get("station_openers", [])),
        outlet_name_words=frozenset(lx.get("outlets", {}).get("name_words", [])),
        title_initials=word_set(lx, "claimants.title_initials"),
        outlet_head_phrases=frozenset(tuple(p) for p in _phrases(lx.get("outlets", {}).get("head_phrases", []))
                                      if len(p) == 2),
    )
