"""The learned cue classifier: which tokens are attribution cues ("said", "his statement", "told reporters").

:class:`CueModel` is a logistic regression over sparse parse features (:func:`cue_features`), one
weighted sum per candidate token (:func:`cue_candidates`); shipped as ``models/attribution_cues.json``
and trained by ``scripts/train_attribution.py`` on the PolNeAR development articles. The lexicon
rules' decisions are features, so the model adds cues the word lists miss and vetoes weak ones.
"""

from __future__ import annotations

import json
import math
from itertools import repeat
from pathlib import Path

from spacy.tokens import Doc, Token

from .claims_quotes import QUOTE_MARKS
from .claims_spans import PASSIVE_SUBJECTS, SUBJECTS
from .model_files import load_json_model

# Parts of speech a learned cue may have: verbs ("shrugged off"), nouns ("his statement"),
# prepositions ("in an interview"), adjectives ("made it clear"), adverbs ("reportedly"), and the
# colon/dash that introduces a quotation.
_CUE_POS = frozenset({"VERB", "NOUN", "ADP", "ADJ", "ADV", "PUNCT"})
_CUE_PUNCT = frozenset({":", "—", "–", "―", "--"})


def cue_candidates(doc: Doc) -> list[Token]:
    """Tokens the cue classifier scores (everything else is never a learned cue)."""
    return [t for t in doc if t.pos_ in _CUE_POS and (t.pos_ != "PUNCT" or t.text in _CUE_PUNCT)]


def cue_features(tok: Token, in_quote: bool, rule: str | None, lexicon: str | None) -> list[str]:
    """Sparse binary features of one candidate token, read off the existing parse.

    ``rule`` says whether the lexicon rules already made it a cue ("src" with a source, "nosrc"
    without); ``lexicon`` names the word list it is in, if any. A feature can repeat (one per child
    with the same dependency label); the model sums every occurrence.
    """
    low, pos, dep = tok.lower_, tok.pos_, tok.dep_
    head = tok.head
    feats = ["bias", "w=" + low, "t=" + tok.tag_, "d=" + dep, "wd=" + low + "|" + dep, "pd=" + pos + "|" + dep,
             "s=" + low[-3:] + "|" + pos, "h=" + head.lower_ + "|" + dep, "hp=" + head.pos_ + "|" + dep]
    feats += _window_features(tok)
    if in_quote:
        feats.append("in-quote|" + pos)
    if rule:
        feats.append("rule=" + rule)
    if lexicon:
        feats.append("lex=" + lexicon + "|" + pos)
    for child in tok.children:
        feats += _child_features(child)
    return feats


def _window_features(tok: Token) -> list[str]:
    """The words and parts of speech next to ``tok``, and quotation marks beside it."""
    doc, i, low, pos = tok.doc, tok.i, tok.lower_, tok.pos_
    prev = doc[i - 1] if i > 0 else None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    prev_low = prev.lower_ if prev is not None else "<s>"
    next_low = nxt.lower_ if nxt is not None else "</s>"
    feats = ["w-1=" + prev_low, "w+1=" + next_low, "w+1w=" + low + "|" + next_low, "w-1w=" + prev_low + "|" + low,
             "p-1=" + (prev.pos_ if prev is not None else "<s>"), "p+1=" + (nxt.pos_ if nxt is not None else "</s>")]
    if prev is not None and prev.text in QUOTE_MARKS or nxt is not None and nxt.text in QUOTE_MARKS:
        feats.append("by-quote|" + pos)
    if prev is not None and prev.text == "," and i > 1 and doc[i - 2].text in QUOTE_MARKS:
        feats.append("after-quote-comma|" + pos)
    return feats


def _child_features(child: Token) -> list[str]:
    """Features of one dependent of the candidate: its label, and what kind of subject, particle or clause it is."""
    cdep = child.dep_
    feats = ["c=" + cdep]
    if cdep in SUBJECTS or cdep in PASSIVE_SUBJECTS or cdep == "poss":
        kind = "pron" if child.pos_ == "PRON" else "propn" if child.pos_ == "PROPN" else child.tag_
        feats.append("subj=" + cdep + "|" + kind)
    elif cdep in ("prep", "prt", "mark", "agent", "aux", "auxpass", "neg"):
        feats.append("cw=" + cdep + "|" + child.lower_)
    elif cdep in ("ccomp", "xcomp", "acl", "relcl", "parataxis"):
        mark = next((g.lower_ for g in child.children if g.dep_ == "mark"), "")
        feats.append("cc=" + cdep + "|" + mark)
        if any(g.text in QUOTE_MARKS for g in child.children) or child.left_edge.text in QUOTE_MARKS:
            feats.append("cc-quoted")
    return feats


class CueModel:
    """A logistic-regression cue classifier: one weight per feature string, a bias, two thresholds.

    ``add`` is the probability above which a token the rules missed becomes a cue; ``veto`` the
    probability below which a rule cue is dropped (0 keeps every rule cue).
    """

    def __init__(self, weights: dict[str, float], add: float = 0.5, veto: float = 0.0, meta: dict | None = None):
        self.weights = weights
        self.add = add
        self.veto = veto
        self.meta = meta or {}

    def prob(self, feats: list[str]) -> float:
        w = self.weights
        z = sum(map(w.get, feats, repeat(0.0)))  # the same terms in the same order, without a generator
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    @classmethod
    def fit(cls, rows: list[list[str]], labels: list[float], **options) -> "CueModel":
        """Fit on feature lists and soft labels (the share of annotators marking the token as a cue)."""
        import numpy as np

        index: dict[str, int] = {}
        encoded = [np.array([index.setdefault(f, len(index)) for f in set(feats)], dtype=np.int64) for feats in rows]
        names = sorted(index, key=index.__getitem__)
        return cls.fit_encoded(encoded, labels, names, **options)

    @classmethod
    def fit_encoded(cls, rows, labels, names: list[str], l2: float = 1.0, iterations: int = 300,
                    min_count: int = 2, min_weight: float = 0.001, add: float = 0.5, veto: float = 0.0) -> "CueModel":
        """Fit on rows given as arrays of feature ids into ``names`` (no repeats within a row).

        Full-batch Adam from zeros on the mean log-loss plus ``l2``/n times the squared weights;
        features seen in fewer than ``min_count`` rows are left out, and weights under ``min_weight``
        are dropped afterwards (keeps the shipped file small). Deterministic, numpy only.
        """
        import numpy as np

        y = np.asarray(labels, dtype=float)
        n, d = len(y), len(names)
        lengths = np.array([len(r) for r in rows], dtype=np.int64)
        rows_a = np.repeat(np.arange(n, dtype=np.int64), lengths)
        cols_a = np.concatenate(rows) if n else np.zeros(0, dtype=np.int64)
        counts = np.bincount(cols_a, minlength=d)
        keep = counts >= min_count
        if "bias" in names:
            keep[names.index("bias")] = True
        mask = keep[cols_a]
        rows_a, cols_a = rows_a[mask], cols_a[mask]
        w = np.zeros(d)
        m = np.zeros(d)
        v = np.zeros(d)
        rate, b1, b2 = 0.1, 0.9, 0.999
        for step in range(1, iterations + 1):
            z = np.bincount(rows_a, weights=w[cols_a], minlength=n)
            p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
            grad = np.bincount(cols_a, weights=(p - y)[rows_a], minlength=d) / n + (2 * l2 / n) * w
            m = b1 * m + (1 - b1) * grad
            v = b2 * v + (1 - b2) * grad * grad
            w -= rate * (m / (1 - b1 ** step)) / (np.sqrt(v / (1 - b2 ** step)) + 1e-8)
        weights = {names[k]: round(float(w[k]), 3) for k in np.flatnonzero(keep & (np.abs(w) >= min_weight))}
        return cls(weights, add=add, veto=veto, meta={"rows": n, "features": len(weights), "l2": l2,
                                                      "iterations": iterations, "min_count": min_count,
                                                      "min_weight": min_weight})

    def to_dict(self) -> dict:
        return {"kind": "cablegram-attribution-cues", "version": 1, "add": self.add, "veto": self.veto,
                "meta": self.meta, "weights": self.weights}

    @classmethod
    def from_dict(cls, data: dict) -> "CueModel":
        return cls({str(k): float(v) for k, v in data["weights"].items()}, float(data.get("add", 0.5)),
                   float(data.get("veto", 0.0)), dict(data.get("meta", {})))

    def save(self, path: Path) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), separators=(",", ":"), sort_keys=True), encoding="utf-8")


DEFAULT_CUE_MODEL = "attribution_cues.json"


def load_cue_model(name_or_path: str | None) -> CueModel | None:
    """The shipped cue model (a file name under ``cablegram/nlp/models``) or a model file path; empty disables it."""
    if not name_or_path:
        return None
    return load_json_model(name_or_path, CueModel.from_dict, what="attribution cue model",
                           retrain="python scripts/train_attribution.py --data ../shared/data")


