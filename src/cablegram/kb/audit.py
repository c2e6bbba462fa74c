"""Checks on the knowledge base that point at stale or doubtful rows (``cablegram kb audit``).

- *long open roles*: a role with no end date that started longer ago than a usual term for its
  kind (:data:`TERM_YEARS`) before ``as_of`` — usually a term whose end nobody recorded;
- *overlapping holders*: two people holding a one-holder office (:data:`~cablegram.kb.update.SINGLE_HOLDER`)
  of the same country on ``as_of``;
- *duplicates*: two ids for one entity (:func:`~cablegram.kb.dedupe.find_duplicates`: names that fold alike, a
  person's name with and without a middle name or initial tied by an alias or a shared office, a group row
  that is a person); ``scripts/build_kb.py`` merges those of the shipped snapshots;
- *untyped*: actors whose type is missing or not one of the actor kinds; people without a country.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..records import ACTOR_KINDS
from .base import KnowledgeBase
from .dedupe import find_duplicates
from .resolver import SHARED_OFFICES
from .update import SINGLE_HOLDER

# Years after which an open role is suspicious, by role kind (longer for heads of state).
TERM_YEARS = {"head_of_state": 8, "national_leader": 8, "head_of_government": 6, "secretary_general": 10,
              "high_representative": 5, "group_leader": 15, "vice_president": 8, "spokesperson": 10,
              "military_commander": 10}
DEFAULT_TERM_YEARS = 6


@dataclass
class AuditReport:
    """Findings, each a list of dicts (JSON-ready)."""

    long_open_roles: list[dict] = field(default_factory=list)
    overlapping_holders: list[dict] = field(default_factory=list)
    duplicates: list[dict] = field(default_factory=list)
    untyped: list[dict] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {k: len(v) for k, v in self.__dict__.items()}

    def to_dict(self) -> dict:
        return {"counts": self.counts(), **self.__dict__}


def audit(kb: KnowledgeBase, as_of: str | None = None) -> AuditReport:
    """Run every check on ``kb`` as of the ISO date ``as_of`` (today when None)."""
    as_of = as_of or date.today().isoformat()
    report = AuditReport()
    _long_open_roles(kb, as_of, report)
    _overlaps(kb, as_of, report)
    _duplicates(kb, report)
    for actor in kb.actors.values():
        if actor.type not in ACTOR_KINDS:
            report.untyped.append({"id": actor.id, "name": actor.name, "problem": f"type {actor.type!r}"})
        elif actor.type == "person" and not actor.country and not actor.is_new:
            report.untyped.append({"id": actor.id, "name": actor.name, "problem": "person without a country"})
    return report


def _long_open_roles(kb: KnowledgeBase, as_of: str, report: AuditReport) -> None:
    year = int(as_of[:4])
    for actor in kb.actors.values():
        for role in actor.roles:
            if role.end or not role.start or role.start > as_of:
                continue
            limit = TERM_YEARS.get(role.role, DEFAULT_TERM_YEARS)
            if year - int(role.start[:4]) > limit:
                report.long_open_roles.append({"id": actor.id, "name": actor.name, "title": role.title,
                                               "role": role.role, "country": role.country, "start": role.start,
                                               "years_open": year - int(role.start[:4])})


def _overlaps(kb: KnowledgeBase, as_of: str, report: AuditReport) -> None:
    for (kind, country), held in kb.index.holders.items():
        if kind not in SINGLE_HOLDER or kind in SHARED_OFFICES:
            continue  # several spokespeople at once is normal (China's foreign ministry)
        now = sorted({aid for aid, r in held if r.holds_on(as_of)})
        if len(now) > 1:
            report.overlapping_holders.append({"role": kind, "country": country, "ids": now})


def _duplicates(kb: KnowledgeBase, report: AuditReport) -> None:
    for keep, drop, reason in find_duplicates(kb.actors.values(), kb.folder):
        a, b = kb.actors[keep], kb.actors[drop]
        report.duplicates.append({"type": a.type, "country": a.country if a.type == "person" else None,
                                  "name": a.name, "other_name": b.name, "ids": [keep, drop], "reason": reason})


# Articles that start an Arabic-style name ("al-Shayrat"): such a name is the one word with an article, not
# a person's given name and surname.
_ARTICLES = frozenset({"al", "el", "ad", "an", "ar", "as", "ash", "at", "az", "ed", "the"})


def short_form_doubts(store, kb: KnowledgeBase) -> list[dict]:
    """The merges of one-word new people into a full name (:func:`cablegram.kb.new_actors.short_form_merges`)
    that are not safely one entity, to be listed "to review" and never made by ``kb audit --fix``.

    Each is ``{"id", "into", "name", "into_name", "documents", "word", "reason"}`` (``word``: the folded
    short form, the key :func:`~cablegram.kb.new_actors.merge_short_forms`'s ``known`` veto receives).
    Reasons: a first name alone matched across documents ("Adam" in a document that never names
    "Adam Kinzinger"); a people or demonym ("Greeks", whose singular names a state, into "Ancient Greeks");
    a place ("Shayrat" into "al-Shayrat": a known place name, or a longer name that is only an article
    and the word). ``store``: any store with ``read_sql``."""
    from ..records import Actor
    from .new_actors import short_form_merges

    rows = store.read_sql("SELECT id, name, type, is_new FROM actors")
    people = [Actor(id=r["id"], name=r["name"], type=r["type"], is_new=bool(r["is_new"])) for r in rows]
    names = {a.id: a.name for a in people}
    doubts = []
    for old, new in sorted(short_form_merges(people, kb.folder, known=lambda word: bool(kb.lookup(word))).items()):
        docs = {r["doc_id"]: None for r in store.read_sql("SELECT DISTINCT doc_id FROM mentions WHERE actor_id = ?",
                                                           (old,))}
        reason = _doubt(store, kb, names[old], names[new], list(docs), new)
        if reason:
            doubts.append({"id": old, "into": new, "name": names[old], "into_name": names[new],
                           "documents": len(docs), "word": kb.folder.name(names[old])[0], "reason": reason})
    return doubts


def _doubt(store, kb: KnowledgeBase, short: str, full: str, short_docs: list[str], full_id: str) -> str | None:
    """Why merging the one-word name ``short`` into ``full`` is doubtful, or None when it is safe."""
    if _names_a_people(kb, short) or _names_a_people(kb, full.split()[-1]):
        return "a people or demonym, not one person"
    words = kb.folder.name(full)
    if kb.places.get(kb.folder.name(short)) or kb.places.get(words) or (len(words) == 2 and words[0] in _ARTICLES):
        return "a place or a name with only an article added, not a person's full name"
    if words[0] == kb.folder.name(short)[0]:
        marks = ",".join("?" for _ in short_docs)
        shared = store.read_sql(f"SELECT DISTINCT doc_id FROM mentions WHERE actor_id = ? AND doc_id IN ({marks})",
                                (full_id, *short_docs)) if short_docs else []
        if len(shared) < len(short_docs):
            return "a first name alone, matched in a document that does not name the full name"
    return None


def _names_a_people(kb: KnowledgeBase, word: str) -> bool:
    """Whether ``word`` is a plural whose singular names a state ("Greeks" → "Greek" → GRC): a people."""
    if not word.endswith("s") or len(word) < 4:
        return False
    return any(a.type == "state" for stem in (word[:-1], word[:-2]) for a in kb.lookup(stem))
