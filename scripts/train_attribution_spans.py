"""Train the attribution span tagger (source, cue and content CRFs) on the PolNeAR train compartment.

Usage:
    python scripts/train_attribution_spans.py --data ../shared/data [--cache /tmp/polnear.spacy]
        [--out-dir src/cablegram/nlp/models] [--train-compartments train]
writes ``attribution_{source,cue,content}.crfsuite``. The PolNeAR ``dev`` compartment is left out of
training so that ``benchmarks/eval_polnear.py --held-out`` scores the shipped tagger on articles it
never saw. Deterministic (L-BFGS from zeros, documents in file order). Labels: per token BIO of the
first annotator's spans (a discontinuous span taken as its extent; of nested spans of one kind the
outer one is kept).
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# L1 c1 prunes rare features (keeps the three files small); c2 a light L2; settings compared on the
# dev compartment (see docs/models.md). 250 L-BFGS iterations instead of 120: closer to the optimum,
# content exact F1 on dev +0.006 and smaller files (the L1 prunes more), about twice the training time.
CRF_PARAMS = {"c1": 1.0, "c2": 0.01, "max_iterations": 250, "feature.minfreq": 2,
              "feature.possible_transitions": True}
# The content CRF keeps far more features at the same c1 (2.6 MB at c1 1.0): a stronger L1 there.
KIND_PARAMS = {"content": {"c1": 3.0}}


def _eval_module():
    spec = importlib.util.spec_from_file_location("eval_polnear", REPO / "benchmarks" / "eval_polnear.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_labels(ev, rec: dict, doc, kind: str, annotation: int = 0) -> list[str]:
    """BIO label per token of ``doc`` for one span kind, from annotation number ``annotation`` of ``rec``."""
    labels = ["O"] * len(doc)
    annotations = rec.get("annotations", [])
    if len(annotations) <= annotation:
        return labels
    ranges = []
    for att in annotations[annotation].get("attributions", []):
        span = ev._gold_span(rec["text"], att.get(kind, []))
        piece = doc.char_span(*span, alignment_mode="expand") if span else None
        if piece is not None and len(piece):
            ranges.append((piece.start, piece.end))
    for start, end in sorted(ranges, key=lambda r: (r[0], -(r[1] - r[0]))):
        if any(labels[i] != "O" for i in range(start, end)):
            continue  # nested in (or overlapping) a span already labelled
        labels[start] = "B"
        for i in range(start + 1, end):
            labels[i] = "I"
    return labels


def train(ev, records: list[dict], docs: list, out_dir: Path, params: dict | None = None, verbose: bool = True,
          jobs: int = 1, kinds: tuple[str, ...] | None = None, all_annotators: bool = False) -> dict:
    """Fit the CRFs of ``kinds`` (default: all three) on ``records``/``docs`` and write them to ``out_dir``;
    ``params`` maps a kind to CRF settings over :data:`CRF_PARAMS`; ``all_annotators``: one training sequence
    per annotation of an article (else its first annotation only). Returns file sizes in bytes."""
    import pycrfsuite

    from cablegram.nlp.claims import AttributionFinder
    from cablegram.nlp.claims_features import doc_features
    from cablegram.nlp.claims_tagger import KINDS

    kinds = tuple(kinds or KINDS)
    rules = AttributionFinder()
    trainers = {kind: pycrfsuite.Trainer(verbose=False) for kind in kinds}
    started = time.perf_counter()
    for rec, doc in zip(records, docs):
        feats = doc_features(doc, rules.find(doc), rules.cue_words)
        layers = range(len(rec.get("annotations", [])) if all_annotators else 1)
        for kind in kinds:
            for layer in layers:
                trainers[kind].append(feats, gold_labels(ev, rec, doc, kind, layer))
    if verbose:
        print(f"features of {len(docs)} articles: {time.perf_counter() - started:.0f} s", flush=True)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {kind: out_dir / f"attribution_{kind}.crfsuite" for kind in kinds}
    for kind in kinds:
        trainers[kind].set_params({**CRF_PARAMS, **KIND_PARAMS.get(kind, {}), **(params or {}).get(kind, {})})
    started = time.perf_counter()
    if jobs > 1:  # the three CRFs are independent: one forked process each (the data is shared by fork)
        import multiprocessing

        ctx = multiprocessing.get_context("fork")
        procs = [ctx.Process(target=trainers[kind].train, args=(str(paths[kind]),)) for kind in kinds]
        for proc in procs:
            proc.start()
        for proc in procs:
            proc.join()
        if any(proc.exitcode != 0 for proc in procs):
            raise RuntimeError(f"CRF training failed: exit codes {[proc.exitcode for proc in procs]}")
    else:
        for kind in kinds:
            trainers[kind].train(str(paths[kind]))
    sizes = {kind: paths[kind].stat().st_size for kind in kinds}
    if verbose:
        print(f"trained in {time.perf_counter() - started:.0f} s: {sizes} bytes -> {out_dir}", flush=True)
    return sizes


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="data folder holding polnear/*.dev.jsonl")
    parser.add_argument("--cache", type=Path, default=None, help="DocBin file to keep the parses in between runs")
    parser.add_argument("--out-dir", type=Path, default=REPO / "src" / "cablegram" / "nlp" / "models")
    parser.add_argument("--train-compartments", default="train",
                        help="comma-separated PolNeAR compartments to train on (default: train; dev stays held out)")
    parser.add_argument("--c1", type=float, default=None, help="override the L1 weight")
    parser.add_argument("--jobs", type=int, default=1, help="train the CRFs in parallel processes (>1) or one by one")
    parser.add_argument("--kinds", default="source,cue,content", help="comma-separated span kinds to train")
    args = parser.parse_args(argv)
    if not sorted((args.data / "polnear").glob("*.dev.jsonl")):
        print(f"error: no polnear/*.dev.jsonl under {args.data}; pass --data DIR", file=sys.stderr)
        return 2
    ev = _eval_module()
    import cablegram.nlp.claims as claims
    from cablegram.nlp.pipeline import build_nlp

    records = list(ev._records(args.data, None))
    nlp = build_nlp(components=[claims.FACTORY], config={claims.FACTORY: {"cue_model": "", "span_model": ""}})
    docs = ev.parse(nlp, records, args.cache)
    wanted = set(args.train_compartments.split(","))
    pick = [i for i, r in enumerate(records) if r.get("compartment") in wanted]
    kinds = tuple(args.kinds.split(","))
    params = {kind: {"c1": args.c1} for kind in kinds} if args.c1 is not None else None
    train(ev, [records[i] for i in pick], [docs[i] for i in pick], args.out_dir, params, jobs=args.jobs, kinds=kinds)
    print(f"trained on {len(pick)} articles of compartments {sorted(wanted)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
