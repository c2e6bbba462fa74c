"""Entity recognition on re3d (Dstl defence/security documents), in re3d's type space.

Usage: ``python benchmarks/eval_re3d.py --data ../shared/data``
→ prints the figures and writes ``benchmarks/results/re3d.json``.

Predictions: spaCy entities mapped by :data:`SPACY_TO_RE3D`, plus the actors
component's mentions (``doc._.cg_mentions``) where no mapped entity overlaps
them, typed by :func:`_actor_type` (the actor's type when the actors component
reports it in ``doc._.cg_new_actors``, else the overlapping spaCy label, else
Organisation). Without an actors component the two configurations coincide.

Gold: re3d entities with confidence > 0 (confidence 0 marks candidate
annotations the upstream model rejected). One span can carry several types
in the raw data; after that filter each span has one.

Scores (micro over entities, per type as well):
- *exact*: same character span and type; *partial*: the spans overlap and the
  types agree (one-to-one, greedy).
- "mapped types" restricts the gold to the types the mapping can produce
  (:data:`MAPPED_TYPES`); "all types" keeps every gold entity, so recall also
  pays for Weapon, DocumentReference, MilitaryPlatform and the like.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

# spaCy (OntoNotes) label -> re3d type. GPE goes to Location: re3d sometimes types an acting state as
# Organisation, which no label mapping can tell apart; CARDINAL/QUANTITY/PERCENT -> Quantity.
SPACY_TO_RE3D: dict[str, str] = {
    "PERSON": "Person",
    "ORG": "Organisation",
    "GPE": "Location",
    "LOC": "Location",
    "FAC": "Location",
    "NORP": "Nationality",
    "MONEY": "Money",
    "DATE": "Temporal",
    "TIME": "Temporal",
    "QUANTITY": "Quantity",
    "CARDINAL": "Quantity",
    "PERCENT": "Quantity",
}
MAPPED_TYPES = frozenset(SPACY_TO_RE3D.values())
# Actor kinds (records.ACTOR_KINDS) -> re3d type.
ACTOR_TO_RE3D = {"person": "Person", "organisation": "Organisation", "group": "Organisation", "state": "Location"}


def _records(data_dir: Path) -> Iterator[dict]:
    files = sorted((Path(data_dir) / "re3d").glob("*.jsonl"))
    if not files:
        raise FileNotFoundError(f"no re3d/*.jsonl under {data_dir}")
    for path in files:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)


def _actor_type(doc, start: int, end: int, actor_id: str, kinds: dict[str, str]) -> str:
    if actor_id in kinds and kinds[actor_id] in ACTOR_TO_RE3D:
        return ACTOR_TO_RE3D[kinds[actor_id]]
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None:
        for tok in span:
            if tok.ent_type_ in SPACY_TO_RE3D:
                return SPACY_TO_RE3D[tok.ent_type_]
    return "Organisation"


def predict(doc, use_actors: bool) -> list[tuple[int, int, str]]:
    """``(start, end, re3d_type)`` predictions for one doc."""
    preds = [(e.start_char, e.end_char, SPACY_TO_RE3D[e.label_]) for e in doc.ents if e.label_ in SPACY_TO_RE3D]
    if use_actors and doc.has_extension("cg_mentions"):
        kinds = {a.id: a.type for a in (doc._.cg_new_actors or [])}
        for m in doc._.cg_mentions or []:
            if any(s < m.end and m.start < e for s, e, _ in preds):
                continue
            preds.append((m.start, m.end, _actor_type(doc, m.start, m.end, m.actor_id, kinds)))
    return preds


def _score(gold: list[tuple[int, int, str]], pred: list[tuple[int, int, str]], exact: bool) -> tuple[int, dict[str, int]]:
    used: set[int] = set()
    hits = 0
    per_type: dict[str, int] = {}
    for g in sorted(gold):
        for j, p in enumerate(pred):
            if j in used or p[2] != g[2]:
                continue
            if (p[0] == g[0] and p[1] == g[1]) if exact else (p[0] < g[1] and g[0] < p[1]):
                used.add(j)
                hits += 1
                per_type[g[2]] = per_type.get(g[2], 0) + 1
                break
    return hits, per_type


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "tp": tp, "predicted": n_pred, "gold": n_gold}


def evaluate(data_dir: Path, nlp) -> dict:
    """NER scores on ``<data_dir>/re3d/*.jsonl`` for spaCy alone and spaCy + actor mentions."""
    records = list(_records(Path(data_dir)))
    started = time.perf_counter()
    docs = list(nlp.pipe(r["text"] for r in records))
    seconds = time.perf_counter() - started
    result: dict = {"dataset": "re3d", "documents": len(records), "seconds": round(seconds, 1),
                    "has_actors": "cablegram_actors" in " ".join(nlp.pipe_names)}
    for config, use_actors in (("spacy", False), ("spacy+actors", True)):
        out: dict = {}
        for scope in ("mapped_types", "all_types"):
            counts = {"exact": 0, "partial": 0, "pred": 0, "gold": 0}
            by_type: dict[str, dict[str, int]] = {}
            for rec, doc in zip(records, docs):
                gold = [(e["begin"], e["end"], e["type"]) for e in rec["entities"] if e.get("confidence", 0) > 0]
                if scope == "mapped_types":
                    gold = [g for g in gold if g[2] in MAPPED_TYPES]
                pred = predict(doc, use_actors)
                counts["pred"] += len(pred)
                counts["gold"] += len(gold)
                for mode in ("exact", "partial"):
                    hits, per_type = _score(gold, pred, exact=mode == "exact")
                    counts[mode] += hits
                    if mode == "partial":
                        for t, n in per_type.items():
                            by_type.setdefault(t, {"tp": 0, "pred": 0, "gold": 0})["tp"] += n
                for g in gold:
                    by_type.setdefault(g[2], {"tp": 0, "pred": 0, "gold": 0})["gold"] += 1
                for p in pred:
                    by_type.setdefault(p[2], {"tp": 0, "pred": 0, "gold": 0})["pred"] += 1
            out[scope] = {
                "exact": _prf(counts["exact"], counts["pred"], counts["gold"]),
                "partial": _prf(counts["partial"], counts["pred"], counts["gold"]),
                "per_type_partial": {t: _prf(v["tp"], v["pred"], v["gold"]) for t, v in sorted(by_type.items())},
            }
        result[config] = out
    return result


def _print(result: dict) -> None:
    print(f"re3d: {result['documents']} documents, {result['seconds']} s, actors component: {result['has_actors']}")
    for config in ("spacy", "spacy+actors"):
        for scope in ("mapped_types", "all_types"):
            for mode in ("exact", "partial"):
                r = result[config][scope][mode]
                print(f"  {config:13} {scope:12} {mode:7} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}")
    for t, r in result["spacy+actors"]["mapped_types"]["per_type_partial"].items():
        print(f"    {t:18} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}  (gold {r['gold']})")


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="data folder holding re3d/*.jsonl")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "re3d.json")
    args = parser.parse_args(list(argv) if argv is not None else None)
    if not (args.data / "re3d").is_dir():
        print(f"error: {args.data / 're3d'} not found; pass --data DIR holding re3d/*.jsonl", file=sys.stderr)
        return 2
    from cablegram.errors import PipelineError
    from cablegram.nlp.pipeline import build_nlp

    try:
        nlp = build_nlp()
    except (PipelineError, ValueError) as exc:  # components still missing: score spaCy alone
        print(f"note: full pipeline unavailable ({exc}); scoring spaCy entities only", file=sys.stderr)
        nlp = build_nlp(components=())
    result = evaluate(args.data, nlp)
    _print(result)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
