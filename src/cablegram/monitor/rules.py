"""Alert rules: which new events, claims, keywords or traces deserve an analyst's attention.

A rule has a ``kind`` and optional conditions; a condition left out matches anything.

- ``event``: ``types`` (PLOVER types of the codebook, docs/codebook.md), ``modalities``, ``source``/``target``/``actor`` (actor ids, ``group:NATO``
  or a country code that also matches the country's people and bodies), ``min_confidence``
- ``claim``: ``claimant_kinds``, ``claimant`` (actor ids), ``cue`` (substring)
- ``keyword``: ``keywords`` (whole words/phrases, case-insensitive, in title or text)
- ``trace``: ``min_unsupported`` (share of added sentences, 0-1) and ``publisher`` / ``attributed_to``
  (substrings of the publisher, or of the text naming who it is attributed to)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import ConfigError
from ..nlp.plover import EVENT_TYPES as PLOVER_TYPES
from ..records import CLAIMANT_KINDS, MODALITIES, stable_id

RULE_KINDS = ("event", "claim", "keyword", "trace")

# NATO members (ISO 3166 alpha-3), as of 2024 (32 states, Sweden the latest to join).
NATO_MEMBERS = frozenset({
    "ALB", "BEL", "BGR", "CAN", "HRV", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "ISL", "ITA", "LVA",
    "LTU", "LUX", "MNE", "NLD", "MKD", "NOR", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE", "TUR", "GBR", "USA",
})
BUILTIN_GROUPS = {"NATO": NATO_MEMBERS}


@dataclass
class Match:
    """One reason to alert: the rule, the document and the record that matched."""

    rule: str
    doc_id: str
    record_id: str
    message: str
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> str:
        # The same rule never alerts twice on the same record, across restarts.
        return stable_id("alr", self.rule, self.doc_id, self.record_id)


def _strings(value: Any, name: str, rule: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ConfigError(f"rule {rule!r}: {name} must be a string or a list of strings", hint="Fix the [[rules]] entry.")


@dataclass
class Rule:
    name: str
    kind: str
    types: tuple[str, ...] = ()
    modalities: tuple[str, ...] = ()
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    actor: tuple[str, ...] = ()
    min_confidence: float = 0.0
    claimant_kinds: tuple[str, ...] = ()
    claimant: tuple[str, ...] = ()
    cue: str | tuple[str, ...] | None = None  # one phrase, or several (any of them)
    keywords: tuple[str, ...] = ()
    min_unsupported: float = 0.3
    publisher: str | tuple[str, ...] | None = None  # one phrase, or several (any of them)
    attributed_to: str | tuple[str, ...] | None = None  # one phrase, or several (any of them)

    @classmethod
    def from_dict(cls, data: dict[str, Any], index: int = 0) -> "Rule":
        data = dict(data)
        name = str(data.pop("name", f"rule{index + 1}"))
        kind = data.pop("kind", None)
        if kind not in RULE_KINDS:
            raise ConfigError(f"rule {name!r}: kind must be one of {', '.join(RULE_KINDS)} (got {kind!r})",
                              hint="Set kind = \"event\" (or claim, keyword, trace) in the [[rules]] entry.")
        known = {f for f in cls.__dataclass_fields__} - {"name", "kind"}
        unknown = set(data) - known
        if unknown:
            raise ConfigError(f"rule {name!r}: unknown option(s) {', '.join(sorted(unknown))}",
                              hint=f"Known options: {', '.join(sorted(known))}")
        values: dict[str, Any] = {}
        for key, value in data.items():
            if key in ("min_confidence", "min_unsupported"):
                if not isinstance(value, (int, float)) or not 0 <= value <= 1:
                    raise ConfigError(f"rule {name!r}: {key} must be a number between 0 and 1")
                values[key] = float(value)
            elif key in ("cue", "publisher", "attributed_to"):
                values[key] = _phrases(value, key, name)
            else:
                values[key] = _strings(value, key, name)
        rule = cls(name=name, kind=kind, **values)
        rule.types = tuple(t.upper() for t in rule.types)
        codebook_types = tuple(PLOVER_TYPES)
        for bad, allowed, what in ((set(rule.types) - set(codebook_types), codebook_types, "types"),
                                   (set(rule.modalities) - set(MODALITIES), MODALITIES, "modalities"),
                                   (set(rule.claimant_kinds) - set(CLAIMANT_KINDS), CLAIMANT_KINDS, "claimant_kinds")):
            if bad:
                raise ConfigError(f"rule {name!r}: unknown {what} {sorted(bad)}", hint=f"Use: {', '.join(allowed)}")
        if kind == "keyword" and not rule.keywords:
            raise ConfigError(f"rule {name!r}: a keyword rule needs keywords", hint='keywords = ["blockade"]')
        return rule

    # -- matching ------------------------------------------------------------------------------
    def check(self, doc, analysis, alignments, actor_country) -> list[Match]:
        """Matches of this rule in one processed document."""
        if self.kind == "event":
            return [self._event_match(doc, e) for e in (analysis.events if analysis else []) if self._event_ok(e, actor_country)]
        if self.kind == "claim":
            return [Match(self.name, doc.id, c.id, f"{c.claimant_kind} claim: {c.sentence}",
                          {"claimant_kind": c.claimant_kind, "claimant": c.claimant, "sentence": c.sentence})
                    for c in (analysis.claims if analysis else []) if self._claim_ok(c)]
        if self.kind == "keyword":
            return self._keyword(doc)
        return self._trace(doc, alignments)

    def _actor_in(self, actor_id: str | None, wanted: tuple[str, ...], actor_country) -> bool:
        if not wanted:
            return True
        if not actor_id:
            return False
        country = actor_country(actor_id)
        for w in wanted:
            members = BUILTIN_GROUPS.get(w[6:].upper()) if w.lower().startswith("group:") else None
            if members is not None:
                if actor_id in members or country in members:
                    return True
            elif actor_id == w or country == w:
                return True
        return False

    def _event_ok(self, e, actor_country) -> bool:
        return ((not self.types or e.type in self.types)
                and (not self.modalities or e.modality in self.modalities)
                and e.confidence >= self.min_confidence
                and self._actor_in(e.source_actor, self.source, actor_country)
                and self._actor_in(e.target_actor, self.target, actor_country)
                and (not self.actor or self._actor_in(e.source_actor, self.actor, actor_country)
                     or self._actor_in(e.target_actor, self.actor, actor_country)))

    def _event_match(self, doc, e) -> Match:
        who = f"{e.source_actor or e.source_text or '?'} → {e.target_actor or e.target_text or '?'}"
        return Match(self.name, doc.id, e.id, f"{e.type} ({e.modality}) {who}: {e.sentence}",
                     {"type": e.type, "mode": e.mode, "modality": e.modality, "source_actor": e.source_actor,
                      "target_actor": e.target_actor, "sentence": e.sentence, "date": e.date})

    def _claim_ok(self, c) -> bool:
        return ((not self.claimant_kinds or c.claimant_kind in self.claimant_kinds)
                and (not self.claimant or c.claimant in self.claimant)
                and (not self.cue or _any_in(self.cue, c.cue)))

    def _keyword(self, doc) -> list[Match]:
        haystack = f"{doc.title or ''}\n{doc.text}"
        out = []
        for kw in self.keywords:
            m = re.search(r"(?<!\w)" + re.escape(kw) + r"(?!\w)", haystack, flags=re.IGNORECASE)
            if m:
                lo, hi = max(0, m.start() - 80), min(len(haystack), m.end() + 80)
                out.append(Match(self.name, doc.id, f"kw:{kw.lower()}", f"keyword {kw!r}: …{haystack[lo:hi].strip()}…",
                                 {"keyword": kw}))
        return out

    def _trace(self, doc, alignments) -> list[Match]:
        scored = [a for a in alignments if a.label in ("supported", "altered", "added")]
        if not scored:
            return []
        share = sum(a.label == "added" for a in scored) / len(scored)
        if share <= self.min_unsupported:
            return []
        if self.publisher and not _any_in(self.publisher, doc.publisher):
            return []
        if self.attributed_to and not _any_in(self.attributed_to, f"{doc.title or ''} {doc.text}"):
            return []
        return [Match(self.name, doc.id, "trace", f"{round(share * 100)} % of sentences unsupported by primary sources",
                      {"unsupported_share": round(share, 4), "sentences": len(scored)})]


def _phrases(value: Any, key: str, name: str) -> str | tuple[str, ...]:
    """A rule's ``cue``, ``publisher`` or ``attributed_to``: one string, or a list of strings (any matches), lower-cased.

    A list was once turned into its printed form ("['daily example']"), which matched nothing, silently."""
    if isinstance(value, str):
        return value.lower()
    if isinstance(value, (list, tuple)) and value and all(isinstance(v, str) and v.strip() for v in value):
        return tuple(v.lower() for v in value)
    raise ConfigError(f"rule {name!r}: {key} must be a string or a list of strings (got {value!r})",
                      hint=f'{key} = "ministry" or {key} = ["ministry", "embassy"] (any of them matches)')


def _any_in(wanted: str | tuple[str, ...], text: str | None) -> bool:
    """Whether one of the phrases ``wanted`` occurs in ``text`` (case-insensitively)."""
    haystack = (text or "").lower()
    return any(phrase in haystack for phrase in ((wanted,) if isinstance(wanted, str) else wanted))
