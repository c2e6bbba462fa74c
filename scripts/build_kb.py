#!/usr/bin/env python3
"""Build cablegram's shipped actor knowledge base from the shared actor snapshots and pycountry.

    python scripts/build_kb.py [--data ../shared/data] [--out src/cablegram/kb/data]

Writes ``states.jsonl``, ``organisations.jsonl``, ``groups.jsonl`` and ``people.jsonl`` (sorted,
deterministic: running it twice gives identical bytes). The hand-curated files
(``curated_*.jsonl``) are not touched; they are merged on top at load time. Rows that name one entity
under two ids (spelling variants, a name with and without a middle name or initial, a Phoenix group row
that is a person, a built row that a curated row already holds) are merged into one id and each merge is
printed (``merged <id> into <id> (<reason>)``; :mod:`cablegram.kb.dedupe`).
Sources and licences: ``src/cablegram/kb/data/NOTICE.md``.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from cablegram.kb.fold import fold_name, slugify  # noqa: E402
from cablegram.kb.loader import actor_line, read_actors  # noqa: E402
from cablegram.records import Actor, Role  # noqa: E402

SHIPPED = REPO / "src" / "cablegram" / "kb" / "data"
# Phoenix periods that ended before this year are left out (keeps the shipped KB small).
PHOENIX_SINCE = "2000"
# The Phoenix dictionaries were last edited in 2015.
PHOENIX_HORIZON = "2015-12-31"


def jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def latin(text: str) -> bool:
    """True when the text is Latin script (accents allowed)."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return plain.isascii()


def title_case(upper: str) -> str:
    """``JOHN KERRY`` → ``John Kerry`` (Phoenix names are upper case)."""
    return " ".join(w.capitalize() if not any(c.isdigit() for c in w) else w for w in upper.split())


def year_bounds(value: str | None, end: bool) -> str | None:
    """Year-precision dates as the first or last day of the year."""
    if value and len(value) == 4:
        return f"{value}-12-31" if end else f"{value}-01-01"
    return value


# -- states -------------------------------------------------------------------------------------
def build_states() -> list[Actor]:
    from importlib.metadata import version

    import pycountry

    out = []
    for c in pycountry.countries:
        names = [getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)]
        names = [n for n in dict.fromkeys(n for n in names if n) if "," not in n]
        out.append(Actor(id=c.alpha_3, name=names[0] if names else c.name, type="state", country=c.alpha_3,
                         aliases=names[1:], source=f"ISO 3166-1 via pycountry {version('pycountry')}"))
    return out


# -- international organisations -----------------------------------------------------------------
def build_organisations(path: Path) -> list[Actor]:
    records = list(jsonl(path))
    counts: dict[str, int] = {}
    for r in records:
        for a in r.get("acronyms") or []:
            counts[a] = counts.get(a, 0) + 1
    out, used = [], set()
    for r in records:
        acr = next((a for a in r.get("acronyms") or [] if a.isascii() and a.isupper() and counts[a] == 1), None)
        ident = f"IGO.{acr}" if acr and f"IGO.{acr}" not in used else f"IGO.{slugify(r['name'])}"
        if ident in used:
            ident = f"IGO.{slugify(r['name'])}-{r['source_id'].split(':')[-1].lower()}"
        used.add(ident)
        foreign = set((r.get("names_by_language") or {}).values())
        aliases = [a for a in (r.get("acronyms") or []) if latin(a)]
        aliases += [a for a in r.get("aliases") or [] if a not in foreign and latin(a) and a != r["name"]]
        out.append(Actor(id=ident, name=r["name"], type="organisation", aliases=list(dict.fromkeys(aliases)),
                         source=f"supraverden (CC BY-SA 4.0) {r['source_id']}; wikidata {r.get('wikidata')}"))
    return out


# -- armed and non-state groups -------------------------------------------------------------------
def build_groups(path: Path, iso3: set[str]) -> list[Actor]:
    from rapidfuzz import fuzz

    out: dict[str, Actor] = {}
    for r in jsonl(path):
        if "MilNonState" not in r["source_id"]:
            continue
        name = title_case(r["canonical"])
        words = set(r["canonical"].split())
        # Phoenix folds related people and sub-groups into an entry's variants; keep spelling variants only.
        variants = [title_case(v) for v in r["variants"]
                    if fuzz.ratio(v, r["canonical"]) >= 70 or words & set(v.split())]
        codes = r.get("codes") or []
        country = next((c[:3] for c in codes if c[:3] in iso3), None)
        ident = f"GRP.{slugify(name)}"
        actor = Actor(id=ident, name=name, type="group", country=country, aliases=variants,
                      source=f"petrarch2 Phoenix (MIT) {r['source_id']}; CAMEO {' '.join(codes)}")
        if ident in out:
            out[ident].aliases = list(dict.fromkeys(out[ident].aliases + variants))
        else:
            out[ident] = actor
    return list(out.values())


# -- people -----------------------------------------------------------------------------------
class People:
    """Persons merged by (country, folded name); the first spelling seen names the id."""

    def __init__(self) -> None:
        self.by_key: dict[tuple, Actor] = {}
        self.ids: set[str] = set()

    def add(self, name: str, country: str, role: Role, aliases: list[str], source: str) -> None:
        key = (country, fold_name(name))
        actor = self.by_key.get(key)
        if actor is None:
            ident = f"PER.{country}.{slugify(name)}"
            n = 2
            while ident in self.ids:
                ident, n = f"PER.{country}.{slugify(name)}-{n}", n + 1
            self.ids.add(ident)
            actor = self.by_key[key] = Actor(id=ident, name=name, type="person", country=country, source=source)
        actor.aliases = list(dict.fromkeys(actor.aliases + [a for a in aliases if a != actor.name]))
        if not any((r.role, r.country, r.start, r.end, r.title) == (role.role, role.country, role.start, role.end, role.title)
                   for r in actor.roles):
            actor.roles.append(role)

    def actors(self) -> list[Actor]:
        for a in self.by_key.values():
            a.roles.sort(key=lambda r: (r.start or "", r.role, r.title))
        return list(self.by_key.values())


# A person who heads several states (Commonwealth realms, the co-princes of Andorra) is filed under
# the state where they hold office in their own right.
PRIMARY_SEATS = ("GBR", "FRA")


def add_wikidata(people: People, paths: list[tuple[Path, str]]) -> None:
    records: list[tuple[dict, str]] = [(r, label) for path, label in paths for r in jsonl(path)]
    seats: dict[str, list[str]] = {}
    for r, _ in records:
        if r.get("country_iso3") and r.get("wikidata_person"):
            seats.setdefault(r["wikidata_person"], []).append(r["country_iso3"])
    for r, label in records:
        if not r.get("country_iso3") or not r.get("name") or r["name"].startswith("Q"):
            continue
        countries = seats.get(r.get("wikidata_person") or "", [r["country_iso3"]])
        home = next((c for c in PRIMARY_SEATS if c in countries), countries[0])
        role = Role(title=r["role_text"], role=r["role"], country=r["country_iso3"],
                    start=year_bounds(r.get("start"), False), end=year_bounds(r.get("end"), True),
                    source=f"Wikidata {r.get('wikidata_statement') or r.get('wikidata_position')} ({label}"
                           + (f", as of {r['as_of']}" if r.get("as_of") else "")
                           + (", year precision" if r.get("date_precision") == "year" else "") + ")")
        people.add(r["name"], home, role, [], f"Wikidata {r.get('wikidata_person')}")


def add_phoenix(people: People, path: Path) -> None:
    for r in jsonl(path):
        code, country = r["cameo_code"], r.get("country_iso3")
        if not country or "GOV" not in code or (r["end"] and r["end"] < PHOENIX_SINCE):
            continue
        if r["start"] and r["end"] and r["end"] < r["start"]:
            continue  # one source record has its dates swapped; we do not guess which is right
        hints = r.get("role_hints") or []
        if code == f"{country}GOV" and len(hints) == 1:
            kind, title = hints[0], r.get("section") or hints[0]
        elif code == f"{country}GOV" and r["role_text"].startswith("national leader"):
            kind, title = "national_leader", "national leader (CountryInfo)"
        elif code in (f"{country}GOV", f"{country}GOVMIL"):
            kind, title = "other", f"government ({code})"
        else:
            continue
        # An open period only says "in office when the dictionary was last edited": close it at that
        # horizon; newer sources (Wikidata, curated files) carry on the people still in office.
        end = r["end"] or (PHOENIX_HORIZON if (r["start"] or "") <= PHOENIX_HORIZON else None)
        role = Role(title=title, role=kind, country=country, start=r["start"], end=end,
                    source=f"petrarch2 {r['source_id'].split(':', 1)[1]} ({r['raw_date']})")
        people.add(title_case(r["name"]), country, role, [title_case(a) for a in r.get("aliases") or []], "Phoenix")


def write(path: Path, actors: list[Actor]) -> None:
    actors = sorted(actors, key=lambda a: a.id)
    path.write_text("".join(actor_line(a) + "\n" for a in actors), encoding="utf-8", newline="\n")
    print(f"{path}: {len(actors)} actors, {path.stat().st_size / 1e6:.2f} MB")


def _with_curated_spellings(rows: list[Actor], curated: list[Actor]) -> list[Actor]:
    """``rows`` as the duplicate search should see them: a built row a curated row also holds carries the
    curated spellings too (the curated "Faisal Miqdad" of *Faisal Mekdad* ties the built *Faisal Miqdad* row
    to it). Copies: the built rows themselves are not changed."""
    spellings: dict[str, list[str]] = {}
    for a in curated:
        spellings.setdefault(a.id, []).extend([a.name, *a.aliases])
    out = []
    for a in rows:
        extra = [n for n in spellings.get(a.id, []) if n != a.name and n not in a.aliases]
        out.append(dataclasses.replace(a, aliases=[*a.aliases, *extra]) if extra else a)
    return out


def merge_duplicates(built: dict[str, list[Actor]], curated: list[Actor]) -> list[tuple[str, str, str]]:
    """Fold rows that name one entity into one id (:mod:`cablegram.kb.dedupe`), in place, and return the merges.

    ``built`` maps an output file name to its actors. A built row that is the same entity as a curated row
    takes the curated id (the curated row is merged onto it at load time); two built rows become the one that
    keeps its id, the other's name and aliases kept as aliases and its roles added. Curated rows are never
    changed here: a duplicate between two curated rows is only reported (fix the curated file)."""
    from cablegram.kb.dedupe import find_duplicates, merge_into

    owner = {a.id: (name, a) for name, actors in built.items() for a in actors}
    curated_only = [a for a in curated if a.id not in owner]
    merges = find_duplicates(_with_curated_spellings([a for _, a in owner.values()], curated) + curated_only,
                             preferred={a.id for a in curated})
    done = []
    for keep, drop, reason in merges:
        if drop not in owner:
            print(f"duplicate left for the curated files: {drop} / {keep} ({reason})")
            continue
        done.append((keep, drop, reason))
        file_name, dropped = owner.pop(drop)
        if keep in owner:
            merge_into(owner[keep][1], dropped)
            built[file_name].remove(dropped)
        else:  # the curated row keeps its id; the built row is renamed to it
            dropped.id = keep
            owner[keep] = (file_name, dropped)
    return done


def build(data: Path, out: Path) -> None:
    src = data / "actors"
    if not src.is_dir():
        raise SystemExit(f"error: {src} not found (pass --data pointing at the shared data folder)")
    out.mkdir(parents=True, exist_ok=True)
    states = build_states()
    people = People()
    add_wikidata(people, [(src / "wikidata_world_leaders_2022.jsonl", "EPS world-leaders-2021"),
                          (src / "wikidata_foreign_ministers_2023.jsonl", "EPS world")])
    add_phoenix(people, src / "phoenix_officeholders.jsonl")
    built = {"states.jsonl": states,
             "organisations.jsonl": build_organisations(src / "supraverden_organisations.jsonl"),
             "groups.jsonl": build_groups(src / "phoenix_name_variants.jsonl", {s.id for s in states}),
             "people.jsonl": people.actors()}
    # The curated files shipped with the package (whatever --out is): a built row they already hold takes their id.
    curated = [a for path in sorted(SHIPPED.glob("curated_*.jsonl")) for a in read_actors(path)]
    for keep, drop, reason in merge_duplicates(built, curated):
        print(f"merged {drop} into {keep} ({reason})")
    for name, actors in built.items():
        write(out / name, actors)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data", help="shared data folder")
    parser.add_argument("--out", type=Path, default=REPO / "src" / "cablegram" / "kb" / "data", help="output folder")
    args = parser.parse_args(argv)
    build(args.data, args.out)


if __name__ == "__main__":
    main()
