"""Actor resolution on real news: the most-mentioned actors of the NGEC Guardian sample, checked.

Usage: ``python benchmarks/actors_guardian.py --data ../shared/data [--top 100] [--cache /tmp/guardian.spacy]``
→ prints the top actors with flags and writes ``benchmarks/results/actors_guardian.json``.

The goal (issue 16) is a clean actor list: among the ``--top`` most-mentioned actors, no place,
adjective (nationality) or news outlet, and no real entity under two ids. The flags are computed,
not hand-picked:

- *place*: the actor is not a state, and spaCy's NER labels most of its mentions GPE, LOC or FAC;
- *adjective*: the actor is not a state and most of its mentions are NER NORP or lower-case words (a
  lower-case noun phrase with "the", such as "the west", is no adjective);
- *outlet*: the actor's name is a news outlet in ``nlp/data/attribution.toml`` (``outlets.names``);
- *duplicate*: two ids among the top share a folded alias or a capitalised name of two words or more
  written for both, or a person's folded surname (both names at least two words).

``--cache`` keeps the parsed spaCy docs (without cablegram's components) between runs, so the
actor component can be re-run alone after a change.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _articles(data_dir: Path) -> list[dict]:
    files = sorted((data_dir / "ngec_guardian").glob("*.jsonl"))
    if not files:
        raise FileNotFoundError(f"no ngec_guardian/*.jsonl under {data_dir}")
    out = []
    for path in files:
        with path.open(encoding="utf-8") as fh:
            out.extend(json.loads(line) for line in fh if line.strip())
    return out


def parsed_docs(nlp, articles: list[dict], cache: Path | None) -> list:
    """spaCy docs of the articles (model only), from ``cache`` when it matches."""
    from spacy.tokens import DocBin

    if cache is not None and cache.is_file():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if len(docs) == len(articles):
            return docs
    with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n.startswith("cablegram_")]):
        docs = list(nlp.pipe((a["text"] for a in articles), batch_size=16))
    if cache is not None:
        DocBin(store_user_data=False, docs=docs).to_disk(cache)
    return docs


def _flags(actor, labels: Counter, lower: int, total: int, outlets: set[str]) -> list[str]:
    flags = []
    if actor.type not in ("state", "person"):
        where = labels["GPE"] + labels["LOC"] + labels["FAC"]
        if where * 2 > total and not labels["PERSON"] and len(actor.name.split()) <= 2:
            flags.append("place")
        if labels["NORP"] * 2 > total or lower * 2 > total:
            flags.append("adjective")
    if actor.name.casefold() in outlets or any(a.casefold() in outlets for a in actor.aliases):
        flags.append("outlet")
    return flags


# Words of titles that several office holders share ("US President", "Foreign Secretary"): no name.
_TITLE_WORDS = frozenset({"the", "president", "minister", "prime", "secretary", "foreign", "defence", "defense",
                          "general", "chancellor", "leader", "envoy", "special", "us", "uk", "un", "state",
                          "home", "vice", "former", "king", "queen", "premier", "senator", "governor"})


def _written_names(actor_id: str, texts: dict | None) -> list[str]:
    """Mention texts of an actor written as two or more capitalised words, none of them a title word."""
    return [t for t in (texts or {}).get(actor_id, ()) if len(t.split()) > 1
            and all(w[:1].isupper() and w.casefold() not in _TITLE_WORDS for w in t.split())]


def _duplicate_keys(a, kb, texts: dict | None) -> list[tuple]:
    """The keys an actor shares with a duplicate: each folded name, alias or written name; a person's surname
    with the initial and the given name."""
    keys = []
    for name in (a.name, *a.aliases, *_written_names(a.id, texts)):
        key = kb.folder.name(name)
        if key and not (len(key) == 1 and len(key[0]) < 3):
            keys.append(("name", key))
    words = kb.folder.name(a.name)
    if a.type == "person" and len(words) > 1:
        # same surname and the same initial (James/Jim Mattis); Sergei and Yulia Skripal stay two people
        keys += [("surname", words[-1], words[0][:1]), ("given", words[0])]
    elif a.type != "state" and 0 < len(words) <= 2 and a.is_new:
        # a new actor named by a surname ("De Mistura") or a given name alone ("Anna")
        for initial in "abcdefghijklmnopqrstuvwxyz" if len(words) == 1 else (words[0][:1],):
            keys.append(("surname", words[-1], initial))
        keys.append(("given", words[0]))
    return keys


def _duplicates(actors: list, kb, texts: dict | None = None) -> list[list[str]]:
    """Groups of top ids that share a folded alias, a capitalised name of two words or more written in the
    text for both (``texts``: id → Counter of mention texts; "Jihadi Jack" for two ids) or a multi-word
    person's surname."""
    by_key: dict[tuple, set[str]] = defaultdict(set)
    for a in actors:
        for key in _duplicate_keys(a, kb, texts):
            by_key[key].add(a.id)
    single = {a.id for a in actors if a.is_new and len(kb.folder.name(a.name)) == 1}
    groups = {tuple(sorted(ids)) for key, ids in by_key.items()
              if len(ids) > 1 and (key[0] != "given" or ids & single)}
    return [list(g) for g in sorted(groups)]


def _count_mentions(doc, counts: Counter, labels: dict, lower: Counter, texts: dict) -> None:
    """Adds a resolved document's mentions to the counts per actor: mentions, NER labels, lower-case mentions
    and mention texts."""
    for m in doc._.cg_mentions or []:
        counts[m.actor_id] += 1
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        ent = next((t.ent_type_ for t in span if t.ent_type_), "") if span is not None else ""
        labels[m.actor_id][ent or "-"] += 1
        lower[m.actor_id] += int(m.method not in ("title", "institution") and m.text.islower()
                                 and not m.text.startswith("the "))  # "the west": a noun phrase
        texts[m.actor_id][m.text] += 1


def run(data_dir: Path, top: int, cache: Path | None) -> dict:
    sys.path.insert(0, str(REPO / "src"))
    from cablegram.nlp.lexicons import load_lexicon, word_set
    from cablegram.nlp.pipeline import build_nlp

    nlp = build_nlp(components=("cablegram_language", "cablegram_actors"))
    articles = _articles(data_dir)
    t0 = time.perf_counter()
    docs = parsed_docs(nlp, articles, cache)
    parse_s = time.perf_counter() - t0
    component = nlp.get_pipe("cablegram_actors")
    language = nlp.get_pipe("cablegram_language")
    kb = component.kb
    counts: Counter = Counter()
    labels: dict[str, Counter] = defaultdict(Counter)
    lower: Counter = Counter()
    texts: dict[str, Counter] = defaultdict(Counter)
    new_kinds: dict[str, object] = {}
    t0 = time.perf_counter()
    for art, doc in zip(articles, docs):
        doc._.cg_doc_id = art["id"]
        doc._.cg_date = (art.get("date") or "")[:10] or None
        doc = component(language(doc))
        for actor in doc._.cg_new_actors or []:
            new_kinds.setdefault(actor.id, actor)
        _count_mentions(doc, counts, labels, lower, texts)
    resolve_s = time.perf_counter() - t0
    outlets = {w.casefold() for w in word_set(load_lexicon("attribution"), "outlets.names")}
    rows = []
    top_actors = []
    for actor_id, n in counts.most_common(top):
        actor = kb.actors.get(actor_id) or new_kinds[actor_id]
        top_actors.append(actor)
        rows.append({"id": actor_id, "name": actor.name, "type": actor.type, "new": bool(actor.is_new),
                     "mentions": n, "ner": dict(labels[actor_id].most_common(3)),
                     "texts": [t for t, _ in texts[actor_id].most_common(4)],
                     "flags": _flags(actor, labels[actor_id], lower[actor_id], n, outlets)})
    dups = _duplicates(top_actors, kb, texts)
    all_mentions = sum(counts.values())
    summary = {
        "articles": len(articles), "mentions": all_mentions, "actors": len(counts),
        "new_actor_share": round(sum(n for a, n in counts.items() if a in new_kinds) / max(all_mentions, 1), 4),
        "top": top,
        "places_in_top": sum("place" in r["flags"] for r in rows),
        "adjectives_in_top": sum("adjective" in r["flags"] for r in rows),
        "outlets_in_top": sum("outlet" in r["flags"] for r in rows),
        "duplicate_groups_in_top": len(dups),
        "parse_s": round(parse_s, 1), "resolve_s": round(resolve_s, 1),
    }
    return {"summary": summary, "duplicates": dups, "rows": rows}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--top", type=int, default=100)
    parser.add_argument("--cache", type=Path, default=None, help="DocBin file for parsed docs (reused when present)")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "actors_guardian.json")
    args = parser.parse_args(argv)
    if not (args.data / "ngec_guardian").is_dir():
        print(f"skipped: {args.data / 'ngec_guardian'} not found (pass --data)", file=sys.stderr)
        return 0
    result = run(args.data, args.top, args.cache)
    for i, r in enumerate(result["rows"], 1):
        flags = ",".join(r["flags"])
        print(f"{i:3d} {r['mentions']:5d} {r['type'][:5]:5s} {'NEW' if r['new'] else '   '} {r['id'][:40]:40s} "
              f"{'|'.join(r['texts'])[:50]:50s} {r['ner']} {flags}")
    for group in result["duplicates"]:
        print("duplicate:", " = ".join(group))
    print(json.dumps(result["summary"]))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
