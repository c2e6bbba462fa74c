"""Actor resolution on real names: accuracy against hand-annotated references.

Usage: ``python benchmarks/eval_actor_resolution.py --data ../shared/data [--gold tests/data/actor_resolution.tsv]``
→ prints overall and per-category accuracy and writes ``benchmarks/results/actor_resolution.json``.

The gold file holds references only (data set, document id, character span) and the expected
answer: a knowledge-base actor id, ``NEW:person`` / ``NEW:org`` (a new actor of that kind, not in
the knowledge base), ``PLACE`` (kept as a place, no actor) or ``NONE`` (no actor: a people, an
outlet, a platform). The texts come from the data folder at run time; those of data set ``own`` (texts the
project wrote itself, with their date) from ``tests/data/actors_*_texts.jsonl``.

The prediction for a gold span is the actor of the first actor mention that overlaps it; else
``PLACE`` when a place span (``doc.spans["cg_places"]``) overlaps it; else ``NONE``. New actors
are scored by kind (``person:…`` → ``NEW:person``, ``org:…`` → ``NEW:org``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = REPO / "tests" / "data" / "actor_resolution.tsv"
# Data set ``own``: texts the project wrote itself (``{id, date, text}`` a line), carried in the repository, so
# no data folder is needed for them.
OWN_DATASET = "own"
OWN_TEXTS = tuple(sorted((REPO / "tests" / "data").glob("actors_*_texts.jsonl")))


def read_gold(path: Path) -> list[dict]:
    """Rows of the gold TSV (comment lines start with ``#``)."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        dataset, doc_id, start, end, gold, category = line.split("\t")
        rows.append({"dataset": dataset, "doc_id": doc_id, "start": int(start), "end": int(end),
                     "gold": gold, "category": category})
    return rows


def _documents(data_dir: Path, wanted: set[tuple[str, str]]) -> dict[tuple[str, str], dict]:
    """The records named by ``wanted`` (dataset, record name as in :mod:`record_refs`)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from record_refs import record_key

    docs = {}
    for dataset in {d for d, _ in wanted}:
        paths = OWN_TEXTS if dataset == OWN_DATASET else sorted((data_dir / dataset).glob("*.jsonl"))
        for path in paths:
            with path.open(encoding="utf-8") as fh:
                for line in fh:
                    rec = json.loads(line)
                    key = (dataset, record_key(dataset, rec["id"]))  # PolNeAR by its id's digest
                    if key in wanted:
                        docs[key] = rec
    return docs


def absent_datasets(data_dir: Path, gold: list[dict]) -> list[str]:
    """The data sets ``gold`` names that ``data_dir`` lacks (``own`` texts come with the repository)."""
    needed = sorted({g["dataset"] for g in gold} - {OWN_DATASET})
    return [d for d in needed if not (data_dir / d).is_dir()]


def record_date(rec: dict) -> str | None:
    """The record's ISO date (``YYYY-MM-DD``) or None: ``date``, PolNeAR's ``publication_date`` or the Kiel
    tracker's ``announced`` (``2022-04-09 00:00:00``; free text such as ``until 6/27/2022`` gives None)."""
    for field in ("date", "publication_date", "announced"):
        value = str(rec.get(field) or "")[:10]
        if len(value) == 10 and value[4] == "-" and value[7] == "-" and value.replace("-", "").isdigit():
            return value
    return None


def record_text(rec: dict) -> str:
    """The text the offsets point into: ``text``; FakeNewsAMT's ``legit_text`` (the real article of a
    pair); MSRP's ``sentence1``."""
    for field in ("text", "legit_text", "sentence1"):
        if rec.get(field):
            return rec[field]
    raise KeyError(f"record {rec.get('id')!r} of {rec.get('dataset')!r} has no text, legit_text or sentence1 field")


def predict(doc, start: int, end: int) -> str:
    """The answer the pipeline gives for the character span start..end of ``doc``."""
    for m in doc._.cg_mentions or []:
        if m.start < end and m.end > start:
            if m.actor_id.startswith("person:"):
                return "NEW:person"
            if m.actor_id.startswith("org:"):
                return "NEW:org"
            return m.actor_id
    if any(p.start_char < end and p.end_char > start for p in doc.spans.get("cg_places", [])):
        return "PLACE"
    return "NONE"


def evaluate(data_dir: Path, nlp=None, gold_path: Path = DEFAULT_GOLD) -> dict:
    """Accuracy of ``nlp`` (default: language + actors components) on the gold references."""
    sys.path.insert(0, str(REPO / "src"))
    from cablegram.nlp.pipeline import build_nlp, make_doc
    from cablegram.records import Document

    gold = read_gold(Path(gold_path))
    docs = _documents(data_dir, {(g["dataset"], g["doc_id"]) for g in gold})
    missing = {(g["dataset"], g["doc_id"]) for g in gold} - set(docs)
    if missing:
        raise FileNotFoundError(f"documents not found under {data_dir}: {sorted(missing)[:5]}")
    nlp = nlp or build_nlp(components=("cablegram_language", "cablegram_actors"))
    t0 = time.perf_counter()
    parsed = {}
    for key, rec in docs.items():
        date = record_date(rec)
        parsed[key] = nlp(make_doc(nlp, Document(id=key[1], text=record_text(rec), published_at=date)))
    seconds = time.perf_counter() - t0
    per_cat: dict[str, Counter] = defaultdict(Counter)
    errors = []
    for g in gold:
        doc = parsed[(g["dataset"], g["doc_id"])]
        pred = predict(doc, g["start"], g["end"])
        ok = pred == g["gold"]
        per_cat[g["category"]]["n"] += 1
        per_cat[g["category"]]["correct"] += int(ok)
        if not ok:
            errors.append({**g, "text": doc.text[g["start"]:g["end"]], "predicted": pred})
    n = sum(c["n"] for c in per_cat.values())
    correct = sum(c["correct"] for c in per_cat.values())
    return {
        "n": n, "accuracy": round(correct / n, 4) if n else 0.0, "seconds": round(seconds, 1),
        "by_category": {k: {"n": c["n"], "accuracy": round(c["correct"] / c["n"], 4)} for k, c in sorted(per_cat.items())},
        "errors": errors,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "actor_resolution.json")
    args = parser.parse_args(argv)
    absent = absent_datasets(args.data, read_gold(args.gold))
    if absent:
        print(f"skipped: {args.data} has no {', '.join(absent)} folder (pass --data)", file=sys.stderr)
        return 0
    result = evaluate(args.data, gold_path=args.gold)
    for e in result["errors"]:
        print(f"  miss {e['category']:15s} {e['text']!r:40s} gold={e['gold']} predicted={e['predicted']}")
    for cat, c in result["by_category"].items():
        print(f"{cat:16s} n={c['n']:3d} accuracy={c['accuracy']:.3f}")
    print(f"actor resolution: n={result['n']} accuracy={result['accuracy']:.3f}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
