"""Training examples and fitting for the learned checks of provenance tracing.

Used by ``scripts/train_provenance_added.py`` (the shipped model) and by ``benchmarks/provenance.py --loso``
(leave-one-set-out: the checks trained on every other labelled set, the set scored with them).

Input records have the layout of ``../shared/data/provenance/pairs.jsonl`` (``primary``, ``derivative``,
``derivative_sentences`` with gold ``label`` and, for altered sentences, ``changes``; optional ``extra_primaries``).
:func:`aligned_pair` runs the rules alone (learned checks off) once per record; :func:`fit_checks` fits the
added-vs-source check on any list of aligned pairs. Deterministic for the same input. No file is read or written here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

ADDED_L2 = 1.0


@dataclass
class AlignedPair:
    """One labelled record after the rules: matches, source sentences, top-3 candidates, params, dates, gold."""

    set_name: str
    rec_id: str
    matches: list
    source: list[str]
    idx: np.ndarray
    val: np.ndarray
    params: object
    dates: tuple
    gold: list[dict]


def aligned_pair(set_name: str, rec: dict, embedder) -> AlignedPair | None:
    """The rules' alignment of one record (learned checks off); None when the article's split differs from the
    labelled sentences (such a record cannot be scored sentence by sentence)."""
    from .align import AlignParams, align, top_candidates
    from .sentences import split_sentences

    p, d = rec["primary"], rec["derivative"]
    a = [s.text for s in split_sentences(d["text"])]
    if len(a) != len(rec["derivative_sentences"]):
        return None
    docs = [p, *(rec.get("extra_primaries") or [])]  # an article merging several readouts
    split = [(doc, x.text) for doc in docs for x in split_sentences(doc["text"])]
    s = [t for _, t in split]
    params = replace(AlignParams.for_embedder(embedder.name), learned_added=False)
    av, sv = embedder.encode(a), embedder.encode(s)
    dates = (d.get("date"), [doc.get("date") for doc, _ in split])
    matches = align(a, s, av, sv, params, dates=dates)
    idx, val = top_candidates(av, sv, 3, params.block)
    return AlignedPair(set_name, rec["id"], matches, s, idx, val, params, dates, rec["derivative_sentences"])


def added_rows(pairs: list[AlignedPair]) -> tuple[list[dict[str, float]], list[str]]:
    """Rows of the added-vs-source check: every claim sentence (gold not "other"), label added or source."""
    from .sentence_model import candidates_for, match_features

    rows, labels = [], []
    for ap in pairs:
        for m, g in zip(ap.matches, ap.gold):
            if m.label != "other" and g["label"] != "other":
                rows.append(match_features(m, candidates_for(m.index, ap.source, ap.idx, ap.val)))
                labels.append("added" if g["label"] == "added" else "source")
    return rows, labels


def fit_checks(pairs: list[AlignedPair]):
    """The learned checks fitted on ``pairs``: a :class:`.sentence_model.Checks` (its check is None when the rows hold
    fewer than two labels)."""
    from ..nlp.linear import LinearModel
    from .sentence_model import Checks

    rows, labels = added_rows(pairs)
    if len(set(labels)) < 2:
        return Checks(added=None)
    return Checks(added=LinearModel.fit(rows, labels, l2=ADDED_L2, class_weight="balanced",
                                        meta={"embedder": "minilm-int8-onnx", "examples": len(rows), "l2": ADDED_L2,
                                              "trained_on": sorted({ap.set_name for ap in pairs})}))
