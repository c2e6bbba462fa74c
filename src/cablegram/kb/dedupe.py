"""Find knowledge-base rows that name one real entity under two ids (used by ``kb audit`` and ``scripts/build_kb.py``).

Two rows are the same entity when their names are compatible *and* something else ties them:

- **people** (same country): the surnames fold to the same word, allowing a Slavic suffix on one side
  (*Rahmon* / *Rahmonov*), and the given names agree word by word, a word matching its initial, a close
  spelling or a vowel variant (*Omar* / *Umar*), a middle name missing on one side (*S. Jaishankar* /
  *Subrahmanyam Jaishankar*), honorifics left out (*Samdech Hun Sen*); the tie is one's name among the other's
  aliases, the same name once the honorifics are left out, or one office (same role kind and country) held by
  both with overlapping dates;
- **any two rows of one kind** whose names fold to the same key (spelling variants of a group's name);
- **a group row that is a person** (Phoenix's non-state actor lists hold individuals: *Osama bin Laden*),
  when a person row has the same folded name.

:func:`find_duplicates` returns ``(keep, drop, reason)`` triples; :func:`merge_into` folds ``drop`` into
``keep`` (its name and aliases become aliases, its roles are added).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

from rapidfuzz import fuzz

from ..records import Actor
from .fold import Folder, without_honorifics

# Endings one spelling of a surname adds to another (Rahmon / Rahmonov, Ivanova / Ivanov).
SURNAME_SUFFIXES = ("ova", "eva", "ov", "ev", "iv")


def _surname_stem(word: str) -> str:
    for suffix in SURNAME_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


_VOWELS = str.maketrans("aeiou", "aaaaa")
_NO_VOWELS = str.maketrans("", "", "aeiouyh")


def _word_match(x: str, y: str) -> bool:
    """Two folded name words may be one: equal, one the other's initial, close spellings of long words, or
    words of four letters or more that differ only in their vowels (*Omar* / *Umar*, *Osama* / *Usama*:
    romanisations of one Arabic name)."""
    if x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y)):
        return True
    if min(len(x), len(y)) >= 4 and x.translate(_VOWELS) == y.translate(_VOWELS):
        return True
    return min(len(x), len(y)) >= 5 and fuzz.ratio(x, y) >= 85


def _regnal(key: tuple[str, ...]) -> tuple[str, ...]:
    """A monarch's folded name without its territory (*Abdullah II of Jordan* → *Abdullah II*; two words kept)."""
    cut = key.index("of", 2) if "of" in key[2:] else len(key)
    return key[:cut]


def names_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Folded person names ``a`` and ``b`` may be one person: the same surname stem and first given name,
    and every word of the shorter name matched, in order, by a word of the longer (*Said Musa* / *Said
    Wilbert Musa*; *P J Patterson* / *Percival James Patterson*; not *Han Duck Soo* / *Han Seung Soo*).
    Honorifics at the head of a name and a monarch's territory are left out (*Samdech Hun Sen* / *Hun Sen*,
    *Abdullah II of Jordan* / *Abdullah II*)."""
    a, b = _regnal(without_honorifics(a)), _regnal(without_honorifics(b))
    if len(a) < 2 or len(b) < 2 or _surname_stem(a[-1]) != _surname_stem(b[-1]) or not _word_match(a[0], b[0]):
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    rest = iter(long_[1:-1])
    return all(any(_word_match(w, v) for v in rest) for w in short[1:-1])


def given_name_agrees(words: tuple[str, ...], names: list[tuple[str, ...]]) -> bool:
    """Whether the first given name of folded ``words`` (two words or more) may be that of one of the folded
    ``names`` of a person (honorifics left out): equal, an initial, a close or vowel spelling variant. A near
    spelling of the whole name is no evidence across different given names (*Yuki Sato* is not *Yukio Sato*)."""
    if len(words) < 2:
        return True
    firsts = [without_honorifics(n)[0] for n in names if len(n) >= 2]
    return not firsts or any(_word_match(words[0], f) for f in firsts)


def _overlap(r1, r2) -> bool:
    """Two roles of the same office whose periods overlap (open ends run on)."""
    if (r1.role, r1.country) != (r2.role, r2.country) or r1.role == "other":
        return False
    s1, s2 = r1.start or "", r2.start or ""
    e1, e2 = r1.end or "9999", r2.end or "9999"
    return s1 <= e2 and s2 <= e1


def _alias_tie(a: Actor, b: Actor, folder: Folder) -> bool:
    keys_a = {folder.name(n) for n in [a.name, *a.aliases]}
    keys_b = {folder.name(n) for n in [b.name, *b.aliases]}
    return folder.name(a.name) in keys_b or folder.name(b.name) in keys_a


def _skeleton(word: str) -> str:
    """A folded word's consonants, doubled letters once (*Afwerki* / *Afewerki*, *Jassim* / *Jasim*: ``fwrk``,
    ``jsm``): the part of a romanised name that its spellings share."""
    return re.sub(r"(.)\1+", r"\1", word.translate(_NO_VOWELS))


def spelling_variants(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Folded person names ``a`` and ``b`` are two romanisations of one name: the same number of words (honorifics
    left out), each pair equal, an initial, a vowel variant or a close spelling of a long word (*Isaias Afwerki* /
    *Isaias Afewerki*), or one given name written as one word or two (*Kassym-Jomart* / *Kasymzhomart*); words of three
    letters or fewer must be equal (*Chen Chien Jen* is not *Chen Chin Jun*)."""
    a, b = _regnal(without_honorifics(a)), _regnal(without_honorifics(b))
    if len(a) < 2 or len(b) < 2 or a == b or not _word_match(a[-1], b[-1]):
        return False
    if len(a) == len(b) and all(_word_match(x, y) for x, y in zip(a[:-1], b[:-1])):
        return True
    if sorted((len(a), len(b))) != [2, 3]:
        return False
    given_a, given_b = "".join(a[:-1]), "".join(b[:-1])
    return min(len(given_a), len(given_b)) >= 6 and fuzz.ratio(given_a, given_b) >= 80


def _office_holders(a: Actor, b: Actor) -> bool:
    """Both rows hold an office of their own country (a romanised variant of one office holder's name)."""
    return all(any(r.country == x.country and r.role != "other" for r in x.roles) for x in (a, b))


def same_person(a: Actor, b: Actor, folder: Folder) -> str | None:
    """Why two person rows are one person (``"alias"``, ``"role"``, ``"spelling variant"``), or None."""
    if a.type != "person" or b.type != "person" or a.country != b.country:
        return None
    if not names_compatible(folder.name(a.name), folder.name(b.name)):
        if spelling_variants(folder.name(a.name), folder.name(b.name)) and _office_holders(a, b):
            return "spelling variant, both office holders of the state"
        return None
    if _alias_tie(a, b, folder):
        return "alias"
    if without_honorifics(folder.name(a.name)) == without_honorifics(folder.name(b.name)):
        return "name without honorific"
    if any(_overlap(r1, r2) for r1 in a.roles for r2 in b.roles):
        return "role"
    return None


def _rank(actor: Actor, preferred: set[str], variant: bool = False) -> tuple:
    """Which of two rows keeps its id: one a curated file uses, then the one with more roles, then the shorter id.
    Of two romanised spellings (``variant``) the row of an office still held comes before the roles' count: its
    source spells the name as it is written now (*Kassym-Jomart Tokayev*, not *Kasymzhomart*)."""
    current = variant and any(r.end is None for r in actor.roles)
    return (actor.id not in preferred, not current, -len(actor.roles), actor.id.count("-"), actor.id)


def _pairs_by_key(actors: list[Actor], folder: Folder) -> Iterable[tuple[Actor, Actor, str]]:
    """Rows of one kind whose names fold to one key (people: of one country), and group rows named like a person."""
    by_key: dict[tuple, list[Actor]] = defaultdict(list)
    people: dict[tuple, Actor] = {}
    for actor in actors:
        name = folder.name(actor.name)
        by_key[(actor.type, actor.country if actor.type == "person" else None, name)].append(actor)
        if actor.type == "person" and len(name) >= 2:
            people.setdefault(name, actor)
    for (kind, _, name), rows in by_key.items():
        for other in rows[1:]:
            yield rows[0], other, "same folded name"
        if kind == "group" and name in people:
            for group in rows:
                yield people[name], group, "group row names a person"


def _pairs_by_alias(actors: list[Actor], folder: Folder) -> Iterable[tuple[Actor, Actor, str]]:
    """People of one country whose full name (two words or more) is among the other's spellings, whatever
    the surname's spelling (*Faisal Mekdad* / *Faisal Miqdad*, *Emomali Rahmon* / *Emomali Rakhmonov*)."""
    spelt: dict[tuple, list[Actor]] = defaultdict(list)
    people = [a for a in actors if a.type == "person"]
    for actor in people:
        for name in {folder.name(n) for n in actor.aliases} - {folder.name(actor.name)}:
            spelt[(actor.country, name)].append(actor)
    for actor in people:
        name = folder.name(actor.name)
        if len(name) >= 2:
            for other in spelt.get((actor.country, name), []):
                if other.id != actor.id and folder.name(other.name) != name:
                    yield other, actor, "same person (alias)"


def find_duplicates(actors: Iterable[Actor], folder: Folder | None = None,
                    preferred: Iterable[str] = ()) -> list[tuple[str, str, str]]:
    """``(keep_id, drop_id, reason)`` for every pair of rows that name one entity.

    ``preferred`` ids keep their id when paired (ids a curated file uses). Each dropped id appears once;
    a kept id is never dropped in the same result."""
    folder = folder or Folder()
    actors = [a for a in actors if not a.is_new]
    preferred = set(preferred)
    found: list[tuple[Actor, Actor, str]] = list(_pairs_by_key(actors, folder))
    found += _pairs_by_alias(actors, folder)
    by_surname: dict[tuple, list[Actor]] = defaultdict(list)
    for actor in actors:
        key = _regnal(folder.name(actor.name))
        if actor.type == "person" and len(key) >= 2:
            by_surname[(actor.country, _skeleton(_surname_stem(key[-1])))].append(actor)
    for rows in by_surname.values():
        for i, a in enumerate(rows):
            for b in rows[i + 1:]:
                if folder.name(a.name) != folder.name(b.name) and (reason := same_person(a, b, folder)):
                    found.append((a, b, f"same person ({reason})"))
    out, dropped = [], set()
    for a, b, reason in found:
        keep, drop = sorted((a, b), key=lambda x: _rank(x, preferred, variant="spelling variant" in reason))
        if a.type != b.type:  # a group row that is a person: the person row stays
            keep, drop = (a, b) if a.type == "person" else (b, a)
        if keep.id == drop.id or drop.id in dropped or keep.id in dropped:
            continue
        dropped.add(drop.id)
        out.append((keep.id, drop.id, reason))
    return out


def merge_into(keep: Actor, drop: Actor) -> None:
    """Fold ``drop`` into ``keep``: its name and aliases become aliases, its roles are added (no exact repeats)."""
    keep.aliases = list(dict.fromkeys([*keep.aliases, *(n for n in [drop.name, *drop.aliases] if n != keep.name)]))
    for role in drop.roles:
        if not any(r.to_dict() == role.to_dict() for r in keep.roles):
            keep.roles.append(role)


def apply_merges(actors: Mapping[str, Actor], merges: list[tuple[str, str, str]]) -> dict[str, Actor]:
    """A copy of ``actors`` (id → actor) with every ``drop`` folded into its ``keep``."""
    out = dict(actors)
    for keep, drop, _ in merges:
        if keep in out and drop in out:
            merge_into(out[keep], out.pop(drop))
    return out
