"""Attribution accuracy on PolNeAR (political news attribution relations).

Usage: ``python benchmarks/eval_polnear.py --data ../shared/data [--limit N] [--cv K] [--cache FILE] [--no-tagger]``
→ prints the figures and writes ``benchmarks/results/polnear.json``.

The top-level figures are those of the **shipped** pipeline: the span tagger
(``models/attribution_{source,cue,content}.crfsuite``, ``scripts/train_attribution_spans.py``) with
the lexicon rules as fallback. The tagger and the cue classifier are trained on the PolNeAR
**train** compartment only, so ``by_compartment.dev`` (84 articles) is the held-out figure and
``by_compartment.train`` an in-sample one. ``--cv K`` adds a cross-validation of the cue classifier
alone (rules plus cue model, no tagger): the articles are split into K folds (article i goes to fold
i mod K, annotators of one article stay together); for each fold a cue classifier is trained on the
other K-1 folds (same code and settings as ``scripts/train_attribution.py``) and scored on the
held-out fold; counts are pooled over the folds (``cross_validated``). ``rules_only`` scores the
lexicon rules without any learned model on the same parses.

What is compared: every attribution that :class:`cablegram.nlp.claims.AttributionFinder`
finds (a sentence can hold several, so this scores the layer under the Claims,
not only each sentence's main claim) against the gold attributions.

How (defined once, used for every figure):

- **Per annotation.** An article annotated by k annotators is compared k times
  against the same predictions; counts are summed over all (article, annotator)
  pairs. Articles with 5–6 annotators therefore weigh more, as in the gold.
- **Spans.** A gold span with several pieces (discontinuous) is taken as its
  extent (first begin to last end). Spans are trimmed of whitespace and edge
  punctuation before comparison.
- **Source**: gold attributions of type "Attribution" (with a source) against
  predictions with a source. **Cue**: all gold attributions against all predictions.
  **Content**: gold content spans against the predictions' content (the reported clause).
- **Predictions**: a span shared by several predicted attributions (one source for two cues)
  counts once.
- **Matching** is one-to-one, greedy in text order:
  *exact* — same trimmed character span; *partial* — the spans share at least
  one token. Precision = matched / predicted, recall = matched / gold.
- **Token F1**: precision and recall over the set of (article, token) positions
  covered by source (or cue) spans — credit for partly right spans.
- **Annotator agreement** (with ``--cache`` or ``--cv``): the same exact matching between the annotators
  of the articles annotated more than once (each ordered pair: one as gold, one as prediction), the
  human ceiling of the exact figures.
- **Source | cue found**: of the gold attributions whose cue we found (partial),
  the share whose source we also found (partial): how good the claimant choice is
  once a reporting expression is detected.
- **Standard (sequence-labelling) figures**, ``<kind>.standard``: the way the published PolNeAR
  results are scored (BERT-CofeNet, Wang et al., COLING 2022, whose code scores BIO tag sequences
  of PolNeAR sentences: a span is a run of B-/I- tags of one kind, exact = same first and last
  token, precision/recall/F1 over the span sets). Here: every gold piece is a span of its own (a
  content split by its own cue, "The vote, he said, is close", is two content spans, not one
  extent), spans are compared as token ranges of our tokenizer with only white space trimmed
  (quotation marks and punctuation inside the annotated piece count), and the predictions are
  first made univocal as PolNeAR's annotation is (each token one label, cue over source over
  content: a predicted content running over its cue and source is cut into its pieces, without the
  comma, stop, dash or dangling conjunction at a cut). Counted
  per annotation like the figures above. Differences left: the published figures use CoreNLP
  tokens, and their sentence groups (not whole articles) are the units, which changes nothing for
  spans inside a sentence. This scoring is stricter on punctuation and looser on discontinuous
  contents than ours; both are reported, neither replaces the other.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

_PIPES_NEEDED = ("tok2vec", "tagger", "parser", "attribute_ruler")
_EDGE = " \t\r\n.,;:!?\"'“”‘’()[]—–-"


def _records(data_dir: Path, limit: int | None) -> Iterator[dict]:
    files = sorted((Path(data_dir) / "polnear").glob("*.jsonl"))
    if not files:
        raise FileNotFoundError(f"no polnear/*.jsonl under {data_dir}")
    n = 0
    for path in files:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)
                    n += 1
                    if limit is not None and n >= limit:
                        return


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return (start, end) if end > start else None


def _gold_span(text: str, spans: list[dict]) -> tuple[int, int] | None:
    pieces = [p for s in spans for p in s.get("spans", [])]
    if not pieces:
        return None
    return _trim(text, min(p[0] for p in pieces), max(p[1] for p in pieces))


def _tokens(starts: list[int], span: tuple[int, int]) -> set[int]:
    """Indices of tokens (by start offset) inside a char span."""
    import bisect

    lo = bisect.bisect_right(starts, span[0]) - 1
    hi = bisect.bisect_left(starts, span[1])
    return set(range(max(lo, 0), hi))


def _match(gold: list[tuple[int, int]], pred: list[tuple[int, int]], starts: list[int], exact: bool) -> int:
    used: set[int] = set()
    hits = 0
    pred_tokens = [_tokens(starts, p) for p in pred]
    for g in sorted(gold):
        g_tokens = None if exact else _tokens(starts, g)
        for j, p in enumerate(pred):
            if j in used:
                continue
            if (p == g) if exact else bool(pred_tokens[j] & g_tokens):
                used.add(j)
                hits += 1
                break
    return hits


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "tp": tp, "predicted": n_pred, "gold": n_gold}


class _Tally:
    def __init__(self) -> None:
        self.c: dict[str, int] = {}

    def add(self, key: str, n: int) -> None:
        self.c[key] = self.c.get(key, 0) + n

    def __getitem__(self, key: str) -> int:
        return self.c.get(key, 0)


def _finder(nlp):
    from cablegram.nlp.claims import FACTORY, AttributionFinder

    for name, pipe in nlp.pipeline:
        if getattr(pipe, "finder", None) is not None and name.startswith(FACTORY):
            return pipe.finder
    return AttributionFinder()


def parse(nlp, records: list[dict], cache: Path | None = None) -> list:
    """Parse the articles with the parts of the pipeline the finder needs (optionally cached as a DocBin)."""
    from spacy.tokens import DocBin

    if cache is not None and cache.is_file():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if len(docs) >= len(records) and all(d.text == r["text"] for d, r in zip(docs, records)):
            return docs[:len(records)]
        print(f"cache {cache} does not match the data; parsing again", file=sys.stderr)
    disabled = [name for name in nlp.pipe_names if name not in _PIPES_NEEDED]
    with nlp.select_pipes(disable=disabled):
        docs = list(nlp.pipe((r["text"] for r in records), batch_size=16))
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        DocBin(attrs=["ORTH", "TAG", "POS", "DEP", "HEAD", "SENT_START", "SPACY", "MORPH"], docs=docs).to_disk(cache)
    return docs


def _predicted(text: str, atts: list) -> dict[str, list[tuple[int, int]]]:
    """Trimmed predicted spans per kind; a span shared by two attributions (one source for two cues) counts once."""
    out = {}
    for label, attr in (("source", "source"), ("cue", "cue"), ("content", "content")):
        spans = (getattr(a, attr) for a in atts)
        out[label] = sorted({s for s in (_trim(text, sp.start_char, sp.end_char) for sp in spans if sp is not None) if s})
    return out


def _gold(text: str, gold: list[dict]) -> dict[str, list[tuple[int, int]]]:
    """Trimmed gold spans per kind of one annotation (sources only of attributions that have one)."""
    return {
        "source": [s for s in (_gold_span(text, g.get("source", [])) for g in gold if g.get("type") == "Attribution") if s],
        "cue": [s for s in (_gold_span(text, g.get("cue", [])) for g in gold) if s],
        "content": [s for s in (_gold_span(text, g.get("content", [])) for g in gold) if s],
    }


def _strip_space(doc, start: int, end: int) -> tuple[int, int] | None:
    """Token range ``[start, end)`` without white-space tokens at its edges (None when nothing is left)."""
    while start < end and doc[start].is_space:
        start += 1
    while end > start and doc[end - 1].is_space:
        end -= 1
    return (start, end) if end > start else None


def standard_gold(doc, gold: list[dict]) -> dict[str, list[tuple[int, int]]]:
    """Gold token ranges per kind for the standard scoring: every annotated piece a span of its own
    (sources only of attributions that have one); a piece's characters widened to whole tokens."""
    text = doc.text
    out: dict[str, list[tuple[int, int]]] = {"source": [], "cue": [], "content": []}
    for att in gold:
        for kind in out:
            if kind == "source" and att.get("type") != "Attribution":
                continue
            for span in att.get(kind, []):
                for begin, end in span.get("spans", []):
                    while begin < end and text[begin].isspace():
                        begin += 1
                    while end > begin and text[end - 1].isspace():
                        end -= 1
                    piece = doc.char_span(begin, end, alignment_mode="expand") if end > begin else None
                    rng = _strip_space(doc, piece.start, piece.end) if piece is not None and len(piece) else None
                    if rng:
                        out[kind].append(rng)
    return {kind: sorted(set(spans)) for kind, spans in out.items()}


def standard_predicted(doc, atts: list) -> dict[str, list[tuple[int, int]]]:
    """Predicted token ranges per kind for the standard scoring: the predictions made univocal (each
    token one label; a cue wins over a source, a source over a content), then each run of tokens with
    the same label and the same predicted span is one span. A span shared by two attributions counts once."""
    owner: dict[int, tuple[int, str, tuple[int, int]]] = {}
    for rank, kind in ((0, "content"), (1, "source"), (2, "cue")):
        for att in atts:
            span = getattr(att, kind)
            if span is None:
                continue
            for i in range(span.start, span.end):
                if i not in owner or owner[i][0] <= rank:
                    owner[i] = (rank, kind, (span.start, span.end))
    out: dict[str, set[tuple[int, int]]] = {"source": set(), "cue": set(), "content": set()}
    run_start, run_key = None, None
    for i in range(len(doc) + 1):
        key = owner[i][1:] if i in owner else None
        if key != run_key:
            if run_key is not None:
                rng = _cut_piece(doc, run_start, i, run_key[1])
                if rng:
                    out[run_key[0]].add(rng)
            run_start, run_key = i, key
    return {kind: sorted(spans) for kind, spans in out.items()}


_SEPARATORS = frozenset({",", ".", ":", ";", "—", "–", "-", "--", "―"})


def _cut_piece(doc, start: int, end: int, whole: tuple[int, int]) -> tuple[int, int] | None:
    """A run of one predicted span, white space trimmed; where the run was cut out of a longer span (a content
    around its cue and source, or around another attribution inside it) the comma, stop or dash at the cut goes
    too (“…,” she said. “…”), and a conjunction left dangling before a cut, as a piece-wise annotation leaves
    them out."""
    if start > whole[0]:
        while start < end and (doc[start].is_space or doc[start].text in _SEPARATORS):
            start += 1
    if end < whole[1]:
        while end > start and (doc[end - 1].is_space or doc[end - 1].text in _SEPARATORS or doc[end - 1].dep_ == "cc"):
            end -= 1
    return _strip_space(doc, start, end)


def _exact_count(gold: list[tuple[int, int]], pred: list[tuple[int, int]]) -> int:
    """Exact matches between two span lists (each span used once)."""
    left = list(pred)
    hits = 0
    for g in gold:
        if g in left:
            left.remove(g)
            hits += 1
    return hits


def _covered(starts: list[int], spans: list[tuple[int, int]]) -> set[int]:
    return set().union(*(_tokens(starts, s) for s in spans)) if spans else set()


def _given_cue(text: str, starts: list[int], gold: list[dict], atts: list, t: _Tally) -> None:
    """Source given cue: pair each gold attribution with a predicted one by cue overlap."""
    for g in gold:
        gc = _gold_span(text, g.get("cue", []))
        gs = _gold_span(text, g.get("source", [])) if g.get("type") == "Attribution" else None
        if gc is None or gs is None:
            continue
        gc_tok = _tokens(starts, gc)
        hit = next((a for a in atts if _tokens(starts, (a.cue.start_char, a.cue.end_char)) & gc_tok), None)
        if hit is None:
            continue
        t.add("given_cue.n", 1)
        if hit.source is not None and _tokens(starts, (hit.source.start_char, hit.source.end_char)) & _tokens(starts, gs):
            t.add("given_cue.source_ok", 1)


def _score(rec: dict, doc, finder, *tallies: _Tally) -> None:
    """Add one article's counts (all its annotations) to each of ``tallies``."""
    text = rec["text"]
    starts = [tok.idx for tok in doc]
    atts = finder.find(doc)
    pred = _predicted(text, atts)
    pred_tok = {label: _covered(starts, spans) for label, spans in pred.items()}
    std_pred = standard_predicted(doc, atts)
    for ann in rec.get("annotations", []):
        gold = _gold(text, ann.get("attributions", []))
        std_gold = standard_gold(doc, ann.get("attributions", []))
        for t in tallies:
            for label, g in std_gold.items():
                t.add(f"{label}.std_gold", len(g))
                t.add(f"{label}.std_pred", len(std_pred[label]))
                t.add(f"{label}.std_exact", _exact_count(g, std_pred[label]))
            for label, g in gold.items():
                p = pred[label]
                t.add(f"{label}.gold", len(g))
                t.add(f"{label}.pred", len(p))
                t.add(f"{label}.exact", _match(g, p, starts, exact=True))
                t.add(f"{label}.partial", _match(g, p, starts, exact=False))
                gtok = _covered(starts, g)
                t.add(f"{label}.tok_gold", len(gtok))
                t.add(f"{label}.tok_pred", len(pred_tok[label]))
                t.add(f"{label}.tok_tp", len(gtok & pred_tok[label]))
            _given_cue(text, starts, ann.get("attributions", []), atts, t)


def _figures(t: _Tally, records: list[dict], seconds: float, n_chars: int) -> dict:
    result: dict = {"dataset": "polnear", "articles": len(records),
                    "annotations": sum(len(r.get("annotations", [])) for r in records),
                    "seconds": round(seconds, 1), "chars_per_second": round(n_chars / seconds) if seconds else None}
    for label in ("source", "cue", "content"):
        result[label] = {
            "exact": _prf(t[f"{label}.exact"], t[f"{label}.pred"], t[f"{label}.gold"]),
            "partial": _prf(t[f"{label}.partial"], t[f"{label}.pred"], t[f"{label}.gold"]),
            "token": _prf(t[f"{label}.tok_tp"], t[f"{label}.tok_pred"], t[f"{label}.tok_gold"]),
            "standard": _prf(t[f"{label}.std_exact"], t[f"{label}.std_pred"], t[f"{label}.std_gold"]),
        }
    n = t["given_cue.n"]
    result["source_given_cue"] = {"accuracy": round(t["given_cue.source_ok"] / n, 4) if n else 0.0, "n": n}
    return result


def agreement(records: list[dict], docs: list) -> dict:
    """Exact-span agreement between annotators, by the same matching as the system figures: every
    ordered pair of annotators of an article annotated more than once, one taken as gold and the other
    as prediction (pairwise F1, the human ceiling of the exact figures)."""
    t = _Tally()
    n_articles = 0
    for rec, doc in zip(records, docs):
        anns = rec.get("annotations", [])
        if len(anns) < 2:
            continue
        n_articles += 1
        starts = [tok.idx for tok in doc]
        spans = [_gold(rec["text"], ann.get("attributions", [])) for ann in anns]
        std = [standard_gold(doc, ann.get("attributions", [])) for ann in anns]
        for a, gold in enumerate(spans):
            for b, pred in enumerate(spans):
                if a == b:
                    continue
                for label in ("source", "cue", "content"):
                    t.add(f"{label}.exact", _match(gold[label], pred[label], starts, exact=True))
                    t.add(f"{label}.pred", len(pred[label]))
                    t.add(f"{label}.gold", len(gold[label]))
                    t.add(f"{label}.std_exact", _exact_count(std[a][label], std[b][label]))
                    t.add(f"{label}.std_pred", len(std[b][label]))
                    t.add(f"{label}.std_gold", len(std[a][label]))
    result: dict = {"articles": n_articles, "standard": {}}
    for label in ("source", "cue", "content"):
        result[label] = _prf(t[f"{label}.exact"], t[f"{label}.pred"], t[f"{label}.gold"])["f1"]
        result["standard"][label] = _prf(t[f"{label}.std_exact"], t[f"{label}.std_pred"], t[f"{label}.std_gold"])["f1"]
    return result


def score(records: list[dict], docs: list, finder) -> dict:
    """Figures of ``finder`` on already parsed articles, with ``by_compartment`` figures when the
    records come from more than one PolNeAR compartment."""
    t = _Tally()
    parts: dict[str, tuple[_Tally, list[dict]]] = {}
    started = time.perf_counter()
    for rec, doc in zip(records, docs):
        part = parts.setdefault(str(rec.get("compartment", "")), (_Tally(), []))
        _score(rec, doc, finder, t, part[0])
        part[1].append(rec)
    seconds = time.perf_counter() - started
    result = _figures(t, records, seconds, sum(len(r["text"]) for r in records))
    if len(parts) > 1:
        result["by_compartment"] = {name: _figures(pt, recs, 0.0, 0) for name, (pt, recs) in sorted(parts.items())}
    return result


def evaluate(data_dir: Path, nlp, limit: int | None = None, compartments: Iterable[str] | None = None) -> dict:
    """Score attribution sources, cues and contents on ``<data_dir>/polnear/*.jsonl`` (see module docstring);
    ``compartments`` keeps only articles of those PolNeAR compartments (e.g. ``["dev"]``, the part the
    shipped span tagger was not trained on)."""
    finder = _finder(nlp)
    records = list(_records(Path(data_dir), None))
    if compartments is not None:
        wanted = set(compartments)
        records = [r for r in records if r.get("compartment") in wanted]
    records = records[:limit] if limit is not None else records
    disabled = [name for name in nlp.pipe_names if name not in _PIPES_NEEDED]
    started = time.perf_counter()
    with nlp.select_pipes(disable=disabled):
        docs = list(nlp.pipe((r["text"] for r in records), batch_size=16))
    parse_s = time.perf_counter() - started
    result = score(records, docs, finder)
    result["seconds"] = round(result["seconds"] + parse_s, 1)
    result["chars_per_second"] = round(sum(len(r["text"]) for r in records) / result["seconds"]) if result["seconds"] else None
    result["model"] = HELD_OUT_NOTE
    return result


HELD_OUT_NOTE = ("as configured in the pipeline: the span tagger is trained on the PolNeAR train compartment only, "
                 "so by_compartment.dev is the held-out figure (train is in-sample)")


# --------------------------------------------------------------------------- training rows and cross-validation

def cue_labels(rec: dict, doc) -> dict[int, float]:
    """Token index -> share of the article's annotators whose cue spans cover that token."""
    annotations = rec.get("annotations", [])
    counts: dict[int, int] = {}
    for ann in annotations:
        marked: set[int] = set()
        for g in ann.get("attributions", []):
            for span in g.get("cue", []):
                for begin, end in span.get("spans", []):
                    trimmed = _trim(rec["text"], begin, end)
                    piece = doc.char_span(*trimmed, alignment_mode="expand") if trimmed else None
                    if piece is not None:
                        marked.update(tok.i for tok in piece)
        for i in marked:
            counts[i] = counts.get(i, 0) + 1
    n = len(annotations) or 1
    return {i: c / n for i, c in counts.items()}


class Rows:
    """Classifier rows of many articles, features interned to integer ids (memory stays small)."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.per_doc: list[tuple[list, list[float]]] = []

    def add(self, rec: dict, doc, finder) -> None:
        import numpy as np

        labels = cue_labels(rec, doc)
        ids, ys = [], []
        for tok, feats in finder.cue_rows(doc):
            ids.append(np.array(sorted({self.index.setdefault(f, len(self.index)) for f in feats}), dtype=np.int64))
            ys.append(labels.get(tok.i, 0.0))
        self.per_doc.append((ids, ys))

    def names(self) -> list[str]:
        return sorted(self.index, key=self.index.__getitem__)

    def fit(self, doc_indices: Iterable[int], **options):
        from cablegram.nlp.claims import CueModel

        rows: list = []
        labels: list[float] = []
        for i in doc_indices:
            rows.extend(self.per_doc[i][0])
            labels.extend(self.per_doc[i][1])
        return CueModel.fit_encoded(rows, labels, self.names(), **options)


# Training settings shared by the shipped model and the cross-validation (scripts/train_attribution.py);
# chosen by 3-fold cross-validation on the first 200 dev articles (l2 0.1–10, add 0.3–0.6, veto 0–0.3),
# then checked by 5-fold CV on all of them (l2 0.1/0.3/1.0, add 0.4–0.6, veto 0.25–0.45: veto 0.35 best,
# by a hair); min_count/min_weight keep the shipped file under 2 MB.
FIT_OPTIONS = {"l2": 0.3, "iterations": 300, "min_count": 3, "min_weight": 0.05, "add": 0.5, "veto": 0.35}


def build_rows(records: list[dict], docs: list) -> Rows:
    from cablegram.nlp.claims import AttributionFinder

    rules = AttributionFinder()
    rows = Rows()
    for rec, doc in zip(records, docs):
        rows.add(rec, doc, rules)
    return rows


def cross_validate(records: list[dict], docs: list, k: int, rows: Rows | None = None, **options) -> dict:
    """Pooled figures of K-fold cross-validation by article (see module docstring)."""
    from cablegram.nlp.claims import AttributionFinder

    opts = {**FIT_OPTIONS, **options}
    rows = rows or build_rows(records, docs)
    t = _Tally()
    started = time.perf_counter()
    for fold in range(k):
        train = [i for i in range(len(records)) if i % k != fold]
        model = rows.fit(train, **opts)
        finder = AttributionFinder(cue_model=model)
        for i in range(fold, len(records), k):
            _score(records[i], docs[i], finder, t)
    result = _figures(t, records, time.perf_counter() - started, sum(len(r["text"]) for r in records))
    result["model"] = f"{k}-fold cross-validation by article: each article scored by a model not trained on it"
    result["fit_options"] = opts
    return result


def _print(result: dict) -> None:
    print(f"PolNeAR: {result['articles']} articles, {result['annotations']} annotations, {result['seconds']} s")
    for label in ("source", "cue", "content"):
        for mode in ("exact", "partial", "token", "standard"):
            r = result[label][mode]
            print(f"  {label:6} {mode:7} P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}")
    g = result["source_given_cue"]
    print(f"  source correct when cue found: {g['accuracy']:.3f} (n={g['n']})")
    for name, part in result.get("by_compartment", {}).items():
        figures = "  ".join(f"{label} {part[label]['exact']['f1']:.3f}/{part[label]['partial']['f1']:.3f}"
                            f"/{part[label]['standard']['f1']:.3f}" for label in ("source", "cue", "content"))
        print(f"  compartment {name} ({part['articles']} articles), exact/partial/standard F1: {figures}")


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="data folder holding polnear/*.jsonl")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    parser.add_argument("--cv", type=int, default=None, metavar="K",
                        help="also report K-fold cross-validation by article (and the rules alone)")
    parser.add_argument("--cache", type=Path, default=None, help="DocBin file to keep the parses in between runs")
    parser.add_argument("--no-tagger", action="store_true",
                        help="score the rules and the cue classifier without the span tagger (the previous pipeline)")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "results" / "polnear.json")
    args = parser.parse_args(list(argv) if argv is not None else None)
    if not (args.data / "polnear").is_dir():
        print(f"error: {args.data / 'polnear'} not found; pass --data DIR holding polnear/*.jsonl", file=sys.stderr)
        return 2
    if args.cv is not None and args.cv < 2:
        print("error: --cv needs K >= 2 folds", file=sys.stderr)
        return 2
    import cablegram.nlp.claims as claims
    from cablegram.nlp.pipeline import build_nlp

    nlp = build_nlp(components=[claims.FACTORY], config={claims.FACTORY: {"span_model": ""}} if args.no_tagger else None)
    heading = ("rules and cue classifier, no span tagger (both trained on the train compartment)" if args.no_tagger
               else "shipped pipeline (span tagger trained on the train compartment: compartment dev is held out)")
    if args.cv is None and args.cache is None:
        result = evaluate(args.data, nlp, limit=args.limit)
        print(heading)
        _print(result)
    else:
        records = list(_records(args.data, args.limit))
        started = time.perf_counter()
        docs = parse(nlp, records, args.cache)
        parse_s = time.perf_counter() - started
        result = score(records, docs, _finder(nlp))
        result["model"] = HELD_OUT_NOTE
        result["parse_seconds"] = round(parse_s, 1)
        result["annotator_agreement"] = agreement(records, docs)
        print(heading)
        _print(result)
        agree = result["annotator_agreement"]
        print(f"  annotators among themselves ({agree['articles']} articles annotated more than once), exact F1: "
              f"source {agree['source']:.3f}  cue {agree['cue']:.3f}  content {agree['content']:.3f}; standard scoring: "
              + "  ".join(f"{k} {v:.3f}" for k, v in agree["standard"].items()))
        if args.cv is not None:
            rules = score(records, docs, claims.AttributionFinder())
            rules["model"] = "lexicon rules only, no cue model"
            print("rules only")
            _print(rules)
            cv = cross_validate(records, docs, args.cv)
            print(f"{args.cv}-fold cross-validation by article (honest figure)")
            _print(cv)
            result["rules_only"] = rules
            result["cross_validated"] = cv
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
