"""New people found in text under two ids across documents: a one-word id beside the full name's id.

Within one document the actors component links a surname or a given name to the full name given
earlier (``nlp/actor_admission.py``). Across documents it cannot: one article says "Tasnime Akunjee",
another only "Akunjee", and the store holds ``person:tasnime-akunjee`` and ``person:akunjee``.

:func:`short_form_merges` decides, over a set of new people (a store's), which one-word ids are the
same person as a full name: the word (folded, ``kb.fold``) must be the first or the last word of
**exactly one** full name among them, and of no KB actor's name (those are left to the resolver). Two
full names that share the word ("Zahra Shikder", "Zahra Begum") leave the short id alone.

:func:`merge_short_forms` applies the merges to a store through its public API: each document that
mentions a short id is re-saved with the full name's id in its mentions, events, claims and
commitments (``cablegram kb audit --fix``). The short id's row stays in the actors table with no
mention left, so nothing is lost.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import fields, replace
from typing import Any, Callable, Iterable

from ..records import Actor, Analysis
from .fold import Folder


def _unknown(word: str) -> bool:
    return False


def short_form_merges(people: Iterable[Actor], folder: Folder,
                      known: Callable[[str], bool] = _unknown) -> dict[str, str]:
    """{one-word new person id: full-name new person id} for the short ids that name exactly one full
    name of ``people`` by its first or last word. ``known(word)``: whether a KB actor carries that
    folded one-word name (such a short id is never merged). Only new people (``is_new``, type person)
    count."""
    short: dict[str, list[str]] = defaultdict(list)
    ends: dict[str, set[str]] = defaultdict(set)
    for actor in people:
        if not (actor.is_new and actor.type == "person"):
            continue
        words = folder.name(actor.name)
        if len(words) == 1:
            short[words[0]].append(actor.id)
        elif len(words) > 1:
            ends[words[0]].add(actor.id)
            ends[words[-1]].add(actor.id)
    merges = {}
    for word, ids in short.items():
        full = ends.get(word, set())
        if len(full) == 1 and len(word) > 2 and not known(word):
            target = next(iter(full))
            merges.update({i: target for i in ids if i != target})
    return merges


def merge_short_forms(store: Any, folder: Folder, known: Callable[[str], bool] = _unknown,
                      dry_run: bool = False) -> list[dict]:
    """Merge a store's one-word new people into their full names (see :func:`short_form_merges`).

    Returns one dict per merge: ``{"id", "into", "name", "into_name", "documents"}`` (documents
    re-saved, or that would be with ``dry_run``). Works on any store with ``read_sql``,
    ``get_analysis`` and ``save_analysis`` (SQLite, PostgreSQL)."""
    rows = store.read_sql("SELECT id, name, type, is_new FROM actors")
    people = [Actor(id=r["id"], name=r["name"], type=r["type"], is_new=bool(r["is_new"])) for r in rows]
    names = {a.id: a.name for a in people}
    merges = short_form_merges(people, folder, known)
    report = []
    for old, new in sorted(merges.items()):
        docs = [r["doc_id"] for r in store.read_sql("SELECT DISTINCT doc_id FROM mentions WHERE actor_id = ?", (old,))]
        report.append({"id": old, "into": new, "name": names[old], "into_name": names[new], "documents": len(docs)})
        if dry_run:
            continue
        for doc_id in docs:
            analysis = store.get_analysis(doc_id)
            if analysis is not None:
                store.save_analysis(renamed(analysis, old, new))
    return report


def renamed(analysis: Analysis, old: str, new: str) -> Analysis:
    """``analysis`` with the actor id ``old`` replaced by ``new`` in every record field that holds it."""
    def swap(record):
        changes = {f.name: new for f in fields(record) if getattr(record, f.name) == old}
        return replace(record, **changes) if changes else record

    return replace(analysis, mentions=[swap(m) for m in analysis.mentions], events=[swap(e) for e in analysis.events],
                   claims=[swap(c) for c in analysis.claims], commitments=[swap(c) for c in analysis.commitments],
                   new_actors=[a for a in analysis.new_actors if a.id != old])
