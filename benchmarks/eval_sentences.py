"""Sentence-split F1 on real news excerpts, against boundaries annotated by this project.

The gold file (``tests/data/sentence_gold.jsonl``) holds only references: data set, the record id's
SHA-256 (first 16 hex digits: PolNeAR ids hold headline words, which stay in ../shared), the excerpt's character range and the gold sentence-start offsets — never the text, which is
read from ``<data>/<dataset>/<dataset>.dev.jsonl`` at run time. The boundaries were annotated by
hand by the project (helper E, 2026-11-30) on 20 PolNeAR articles from 7 publishers, chosen for
their density of abbreviations (Mr., Sen., Gov., Lt., U.S., Dec., D.C.), headlines and datelines.
The rules were tuned on the "tune" split (13 articles); the "test" split (7 further articles,
one per publisher, annotated before the component was run on them) was not used for tuning.
Conventions: a headline or sub-headline line is a sentence; "ABSTRACT." and "FULL TEXT." lines
are sentences; a dateline belongs to the first sentence; an ellipsis ". . ." between two
sentences ends the first.

A boundary is a sentence start other than the excerpt's first character; predicted starts are
moved past leading whitespace. Precision, recall and F1 over all boundaries are printed for the
cablegram pipeline (sentence component before the parser) and for the bare spaCy parser, and
written as JSON.

    python benchmarks/eval_sentences.py --data ../shared/data [--out benchmarks/results/sentences.json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "tests" / "data" / "sentence_gold.jsonl"


def id_digest(record_id: str) -> str:
    """How the gold file names a record: the first 16 hex digits of the SHA-256 of its id."""
    return hashlib.sha256(record_id.encode("utf-8")).hexdigest()[:16]


def load_cases(data: Path, gold: Path = GOLD) -> list[dict]:
    """Gold cases with their excerpt text read from ``data`` (SystemExit naming what is missing)."""
    cases = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts: dict[str, dict[str, str]] = {}
    for case in cases:
        name = case["dataset"]
        if name not in texts:
            path = data / name / f"{name}.dev.jsonl"
            if not path.exists():
                raise SystemExit(f"{path} not found: pass --data pointing at the shared data folder")
            texts[name] = {id_digest(r["id"]): r["text"]
                           for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}
        if case["id_sha256"] not in texts[name]:
            raise SystemExit(f"record {case['id_sha256']} of {gold} is not in {data / name}: the data set changed")
        case["text"] = texts[name][case["id_sha256"]][case["start"]:case["end"]]
    return cases


def predicted_starts(nlp, text: str) -> set[int]:
    """Sentence starts of ``text`` (moved past whitespace), the first character excluded."""
    starts = set()
    for sent in nlp(text).sents:
        i = sent.start_char
        while i < len(text) and text[i].isspace():
            i += 1
        if 0 < i < len(text):
            starts.add(i)
    return starts


def score(nlp, cases: list[dict]) -> dict:
    tp = fp = fn = 0
    errors = []
    for case in cases:
        gold = {s - case["start"] for s in case["sentence_starts"]} - {0}
        pred = predicted_starts(nlp, case["text"])
        tp, fp, fn = tp + len(gold & pred), fp + len(pred - gold), fn + len(gold - pred)
        errors += [{"id_sha256": case["id_sha256"], "offset": o, "kind": "false split" if o in pred else "missed"}
                   for o in sorted(pred ^ gold)]
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"boundaries": tp + fn, "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "errors": errors}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--out", type=Path, default=None, help="write the figures as JSON here")
    args = parser.parse_args(argv)
    import spacy

    from cablegram.nlp.pipeline import DEFAULT_MODEL
    from cablegram.nlp.sentences import FACTORY

    cases = load_cases(args.data, args.gold)
    bare = spacy.load(DEFAULT_MODEL, exclude=["ner", "lemmatizer"])
    ours = spacy.load(DEFAULT_MODEL, exclude=["ner", "lemmatizer"])
    ours.add_pipe(FACTORY, before="parser")
    result: dict = {"cases": len(cases)}
    for split in ("tune", "test", "all"):
        part = [c for c in cases if split == "all" or c.get("split") == split]
        result[split] = {"cases": len(part), "cablegram": score(ours, part), "spacy_parser": score(bare, part)}
        for name in ("cablegram", "spacy_parser"):
            r = result[split][name]
            print(f"{split:>4} {name:>13}: boundaries {r['boundaries']}  P {r['precision']:.3f}  R {r['recall']:.3f}  "
                  f"F1 {r['f1']:.3f}  ({len(r['errors'])} errors)")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
