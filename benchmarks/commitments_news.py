"""Support commitments on real news sentences (own annotation, references only).

    python benchmarks/commitments_news.py --data ../shared/data [--gold FILE] [--errors dev]

The gold file ``tests/data/commitments_news.jsonl`` (labelling rules: ``tests/data/commitments_news.md``)
holds, per annotated sentence, a reference into ``<data>/<dataset>/<dataset>.dev.jsonl`` (dataset, record
id, character offsets of the sentence in the record's ``text``, a SHA-256 prefix of that text) and the
commitments a careful coder records there; an empty list means "no support commitment". The news text
stays in the data folder: this script reads it from there and skips with a message when it is absent.

Each referenced record runs through the full pipeline as one document (so a sentence gets its story's
context); the rows of an annotated sentence are the commitments whose sentence overlaps its offsets.
Rows are paired with gold rows greedily (same amount, else same category, else text order). Figures:

- **row_precision**: paired predicted rows / predicted rows (a row on a sentence that holds no support
  commitment, or a second row for one commitment, is a false alarm).
- **row_recall**: paired gold rows / gold rows.
- **right**: predicted rows that are paired and whose donor, recipient, category and status all agree /
  predicted rows (the share of the ledger's rows an analyst could cite as they are).
- **donor**, **recipient**, **category**, **amount**, **currency**, **status**, **reference**: per field,
  the share of gold rows that state the field whose paired row agrees (a missed row is wrong).
  Names agree when the predicted actor id is one the knowledge base gives for the gold name, or one text
  contains the other; a gold list accepts any of its values (``null`` in it: no value); a joint value
  (``"Germany; Netherlands"``) and a joint predicted donor (``DEU; NLD``) agree when a part of each does.
- **negatives_clean**: share of sentences without a support commitment that give no row.

A gold record may instead carry its sentence as ``text`` (a set written for the project, in its own words, e.g.
``tests/data/commitments_fresh6.jsonl``): it runs through the pipeline as a document of its own (with ``date``
when given) and needs no data folder.

The ``split`` (or ``part``) field was fixed before the extractor was run on the set (a hash of the reference, or
the writer's own assignment): ``untouched`` (or ``final``) sentences were never looked at while fixing the
extractor; ``dev`` ones were. Writes ``benchmarks/results/commitments_news.json``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent / "tests" / "data" / "commitments_news.jsonl"
FIELDS = ("donor", "recipient", "category", "amount", "currency", "status", "reference")
FIGURES = ("row_precision", "row_recall", "right") + FIELDS + ("negatives_clean",)
_RIGHT = ("donor", "recipient", "category", "status")


def load_gold(path: Path = GOLD) -> list[dict]:
    """The annotated sentences (one dict per line of the gold file); ``split`` is set from ``part`` where only that
    is given, and a row's ``reference`` from ``is_reference`` (the Commitment's own field name, which some sets
    use) where only that is given."""
    gold = [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    for g in gold:
        g.setdefault("split", g.get("part"))
        g.setdefault("ref", g.get("id"))
        for row in g.get("commitments", []):
            if "is_reference" in row:
                row.setdefault("reference", row["is_reference"])
    return gold


def load_texts(data_dir: Path, gold: list[dict]) -> dict[tuple[str, str], dict]:
    """(dataset, id) → the record, for every record the gold refers to.

    Raises FileNotFoundError naming the missing file, ValueError when a referenced text differs from the
    one annotated (its SHA-256 prefix)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from record_refs import record_key

    gold = [g for g in gold if "text" not in g]  # sentences that carry their own text need no data folder
    wanted: dict[str, set[str]] = {}
    for g in gold:
        wanted.setdefault(g["dataset"], set()).add(g["id"])
    out: dict[tuple[str, str], dict] = {}
    for dataset, ids in wanted.items():
        path = Path(data_dir) / dataset / f"{dataset}.dev.jsonl"
        if not path.is_file():
            raise FileNotFoundError(f"{path} not found (pass --data pointing at the shared data folder)")
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                record = json.loads(line) if line.strip() else {}
                key = record_key(dataset, record.get("id"))  # PolNeAR by its id's digest (record_refs)
                if key in ids:
                    out[(dataset, key)] = record
    for g in gold:
        record = out.get((g["dataset"], g["id"]))
        if record is None:
            raise ValueError(f"{g['ref']}: record {g['id']} not in {g['dataset']}")
        span = record[g.get("field", "text")][g["start"]: g["end"]]
        if hashlib.sha256(span.encode("utf-8")).hexdigest()[:16] != g["sha256"]:
            raise ValueError(f"{g['ref']}: the text at these offsets is not the annotated one")
    return out


def predictions(nlp, gold: list[dict], records: dict) -> list[list]:
    """Per gold sentence, the Commitment objects of its sentence (records run once each, in full)."""
    from cablegram.nlp.pipeline import make_doc
    from cablegram.records import Document

    by_record: dict[tuple[str, str, str], list] = {}
    own: dict[int, list] = {}
    for i, g in enumerate(gold):
        if "text" in g:  # a sentence written for the set: a document of its own
            own[i] = list(nlp(make_doc(nlp, Document(text=g["text"], published_at=g.get("date"))))._.cg_commitments)
    for key in dict.fromkeys(_text_key(g) for g in gold if "text" not in g):
        record = records[key[:2]]
        doc = nlp(make_doc(nlp, Document(text=record[key[2]], published_at=record.get("date")
                                         or record.get("publication_date"))))
        sents = list(doc.sents)
        by_record[key] = [(sents[c.sentence_index].start_char, sents[c.sentence_index].end_char, c)
                          for c in doc._.cg_commitments]
    return [own[i] if i in own else [c for s, e, c in by_record[_text_key(g)] if s < g["end"] and e > g["start"]]
            for i, g in enumerate(gold)]


def _text_key(g: dict) -> tuple[str, str, str]:
    """(dataset, record id, the record's text field): ``field`` names it for records of sentence pairs (msrp)."""
    return g["dataset"], g["id"], g.get("field", "text")


def name_matcher(kb) -> Callable[[str | None, object], bool]:
    """``agree(pred, gold)`` for donors and recipients (see the module docstring)."""
    cache: dict[str, set[str]] = {}

    def ids(name: str) -> set[str]:
        if name not in cache:
            cache[name] = {a.id for a in kb.lookup(name)} if kb is not None else set()
        return cache[name]

    def one(pred: str, name: str) -> bool:
        # "org:medecins-sans-frontieres": a new organisation's id is its name
        p, n = pred.casefold().removeprefix("org:").replace("-", " "), name.casefold().replace("-", " ")
        return pred in ids(name) or p in n or n in p

    def agree(pred: str | None, gold) -> bool:
        options = gold if isinstance(gold, list) else [gold]
        if pred is None:
            return None in options
        parts = [p.strip() for p in pred.split(";")]
        # a joint option ("Germany; Netherlands") is matched part by part, as the predicted joint donor is
        return any(o is not None and any(one(p, g.strip()) for p in parts for g in o.split(";")) for o in options)

    return agree


def field_agrees(field: str, pred, gold, names) -> bool:
    """Whether a predicted Commitment's ``field`` agrees with the gold value (a list accepts any of its values)."""
    value = bool(pred.is_reference) if field == "reference" else getattr(pred, field)
    if field in ("donor", "recipient"):
        return names(value, gold)
    options = gold if isinstance(gold, list) else [gold]
    if field == "amount":
        return any((o is None and value is None) or (o is not None and value is not None
                                                     and abs(value - o) <= 0.005 * o) for o in options)
    return value in options


def pair(preds: list, golds: list[dict], names) -> list[tuple[object, dict]]:
    """Greedy pairs (predicted row, gold row): same amount first, then same category, then text order."""
    preds, golds = list(preds), list(golds)
    pairs = []
    for key in ("amount", "category", None):
        for g in list(golds):
            match = next((p for p in preds if key is None or (g.get(key) is not None and key in g
                                                              and field_agrees(key, p, g[key], names))), None)
            if match is not None:
                pairs.append((match, g))
                preds.remove(match)
                golds.remove(g)
    return pairs


def score(gold: list[dict], preds: list[list], names) -> dict:
    """The figures of the module docstring, with their counts."""
    n_pred = n_gold = paired = right = clean = negatives = 0
    hits = dict.fromkeys(FIELDS, 0)
    stated = dict.fromkeys(FIELDS, 0)
    for g, rows in zip(gold, preds):
        golds = g["commitments"]
        n_pred += len(rows)
        n_gold += len(golds)
        if not golds:
            negatives += 1
            clean += not rows
        pairs = pair(rows, golds, names)
        paired += len(pairs)
        right += sum(all(f not in gr or field_agrees(f, p, gr[f], names) for f in _RIGHT) for p, gr in pairs)
        for gr in golds:
            match = next((p for p, q in pairs if q is gr), None)
            for f in FIELDS:
                if f in gr:
                    stated[f] += 1
                    hits[f] += match is not None and field_agrees(f, match, gr[f], names)

    def share(a: int, b: int) -> dict:
        return {"value": round(a / b, 3) if b else None, "n": b}

    out = {"sentences": len(gold), "gold_rows": n_gold, "predicted_rows": n_pred,
           "row_precision": share(paired, n_pred), "row_recall": share(paired, n_gold), "right": share(right, n_pred)}
    out.update({f: share(hits[f], stated[f]) for f in FIELDS})
    out["negatives_clean"] = share(clean, negatives)
    return out


def evaluate(nlp, data_dir: Path, gold: list[dict] | None = None, kb=None) -> dict:
    """Figures per split (``dev``, ``untouched``) and for all sentences, plus ``_rows`` (the predictions)."""
    gold = load_gold() if gold is None else gold
    records = load_texts(data_dir, gold)
    preds = predictions(nlp, gold, records)
    names = name_matcher(kb)
    result = {split: score(*_subset(gold, preds, split), names) for split in splits(gold)}
    result["all"] = score(gold, preds, names)
    result["_rows"] = preds
    return result


def splits(gold: list[dict]) -> list[str]:
    """The gold file's split names in a fixed order (``dev`` first, then ``untouched`` / ``final``)."""
    present = {g["split"] for g in gold}
    return [s for s in ("dev", "untouched", "final") if s in present] + sorted(present - {"dev", "untouched", "final"})


def _subset(gold: list[dict], preds: list[list], split: str) -> tuple[list[dict], list[list]]:
    keep = [i for i, g in enumerate(gold) if g["split"] == split]
    return [gold[i] for i in keep], [preds[i] for i in keep]


def print_errors(gold: Iterable[dict], preds: Iterable[list], records: dict, names, split: str = "dev") -> None:
    """Sentences of ``split`` whose rows differ from the gold (text from the data folder, for the developer)."""
    for g, rows in zip(gold, preds):
        if g["split"] != split:
            continue
        pairs = pair(rows, g["commitments"], names)
        wrong = len(pairs) != len(rows) or len(pairs) != len(g["commitments"]) or any(
            f in gr and not field_agrees(f, p, gr[f], names) for p, gr in pairs for f in FIELDS)
        if wrong:
            text = g["text"] if "text" in g else records[(g["dataset"], g["id"])][g.get("field", "text")][
                g["start"]: g["end"]]
            print(f"- {g['ref']}: {' '.join(text.split())[:300]}\n   gold: {g['commitments']}")
            for c in rows:
                print(f"   got: {c.donor} -> {c.recipient} {c.category}/{c.subcategory} {c.amount} {c.currency} "
                      f"{c.status} ref={c.is_reference} ({c.reason})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data",
                    help="shared data folder (not needed for a set whose sentences carry their text)")
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--errors", default=None, help="print wrong sentences of a split (dev; never the held-back one)")
    ap.add_argument("--out", type=Path, default=HERE / "results" / "commitments_news.json")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(HERE))
    from throughput import build_full

    from cablegram.kb.base import KnowledgeBase

    gold = load_gold(args.gold)
    try:
        records = load_texts(args.data, gold)
    except FileNotFoundError as exc:
        print(f"skipped: {exc}")
        return 0
    nlp = build_full()
    kb = KnowledgeBase.load()
    result = evaluate(nlp, args.data, gold, kb)
    preds = result.pop("_rows")
    print(f"news commitments: {len(gold)} sentences ({args.gold.name})")
    columns = splits(gold) + ["all"]
    print(f"{'figure':16}" + "".join(f"{s:>16}" for s in columns))
    for name in FIGURES:
        print(f"{name:16}" + "".join(f"{str(result[s][name]['value']):>10} n={result[s][name]['n']:<3}"
                                      for s in columns))
    if args.errors:
        print_errors(gold, preds, records, name_matcher(kb), args.errors)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
