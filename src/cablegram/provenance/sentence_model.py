"""The learned added-vs-source check: features of one article sentence against its best source matches.

The rules of :mod:`.align` decide from one combined score and a few screens; paraphrase sits near
0.75 cosine and unrelated same-topic text near 0.84 for MiniLM, so no single threshold separates an
added sentence from a reworded one. :func:`sentence_features` describes a sentence by many weak
signals — cosine with the best and the runner-up source sentence, content-word, predicate-word, name
and number agreement with the evidence and with the source's context (its best three sentences and its
opening), the speaker kind, an encounter sentence reporting the source's opening, and the rules' own
label and change kinds — and a :class:`~cablegram.nlp.linear.LinearModel` (``provenance_added.json``,
trained by ``scripts/train_provenance_added.py`` on the project's labelled pairs, see docs/models.md)
weighs them. :func:`recheck_added` applies it after the rules: a sentence the rules traced to the source
becomes added when the model gives added a probability of at least ``TO_ADDED`` (0.85: precision first,
the rules' traced labels are rarely wrong); one the rules called added is traced to its best source
sentences (supported, or altered with the changes found) when the model gives added less than
``TO_SOURCE`` (0.35), unless it is said elsewhere (analysts, unnamed sources, media, posts, other speakers:
the rules are precise there).

Shapes: ``sentence_features`` returns ``dict[str, float]`` (about 30 named features: shares in [0, 1],
cosines, indicators). Cost: O(len(sentence) × len(context)) per sentence; the model is a dot product.
Errors: a missing or unreadable model file is a PipelineError (``cablegram.errors``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np

from .attribution import pattern_attribution
from .differences import ALTERING, find_changes, name_in
from .expressions import expressions, same_number
from .lexical import content_stems, coverage, names, predicate_coverage

MODEL_FILE = "provenance_added.json"
TO_ADDED = 0.85   # P(added) from which a sentence the rules traced to the source becomes added (they are precise there)
TO_SOURCE = 0.35   # P(added) below which a sentence the rules called added is traced to the source
_QUOTE = re.compile(r"[\"“”«»]")
_ENCOUNTER = re.compile(r"\b(?:call|called|phoned|spoke|spoken|talks|talked|met|meeting|conversation|hosted|received|visit|"
                        r"welcomed|counterpart)\b", re.I)


@dataclass(frozen=True)
class Checks:
    """Learned checks to apply instead of the shipped ones (``trace(..., checks=...)``; benchmarks train them per
    fold): the added-vs-source model; a check left None is not applied."""

    added: object | None = None


@dataclass(frozen=True)
class Candidates:
    """The best source sentences of one article sentence: texts and cosines, best first (at least one),
    the best one's index among the source's sentences, and the source's opening sentence."""

    texts: tuple[str, ...]
    cosines: tuple[float, ...]
    first_index: int
    opening: str = ""

    @property
    def context(self) -> str:
        return " ".join(self.texts + ((self.opening,) if self.opening not in self.texts else ()))


def _bins(prefix: str, value: float, cuts: tuple[float, ...]) -> dict[str, float]:
    """Cumulative threshold indicators ("cos>=0.75": 1.0 …): a linear model's way to bend a curve."""
    return {f"{prefix}>={c:.2f}": 1.0 for c in cuts if value >= c}


def _name_features(text: str, context: str) -> dict[str, float]:
    found = [n for n in names(text) if len(n) > 3]
    if not found:
        return {"names:none": 1.0}
    missing = sum(1 for n in found if not name_in(n, context))
    return {"names:share_in_source": 1.0 - missing / len(found), "names:missing>=1": float(missing >= 1),
            "names:missing>=2": float(missing >= 2)}


def _number_features(text: str, evidence_text: str, context: str) -> dict[str, float]:
    mine = list(expressions(text)[2])
    if not mine:
        return {}
    in_ev = [any(same_number(n, t) for t in expressions(evidence_text)[2]) for n in mine]
    in_ctx = [any(same_number(n, t) for t in expressions(context)[2]) for n in mine]
    return {"numbers:all_in_evidence": float(all(in_ev)), "numbers:none_in_source": float(not any(in_ctx))}


def sentence_features(text: str, cands: Candidates, rule_label: str, change_kinds: list[str] | tuple[str, ...] = (),
                      from_elsewhere: bool = False) -> dict[str, float]:
    """The features of ``text`` given its candidates, the rules' label (supported / altered / added) and
    change kinds, and whether the rules found it said elsewhere (see the module docstring)."""
    best = cands.cosines[0]
    second = cands.cosines[1] if len(cands.cosines) > 1 else 0.0
    context = cands.context
    cov_all = coverage(text, [context])
    pred1, pred_n = predicate_coverage(text, [cands.texts[0]])
    n_stems = len(content_stems(text))
    f: dict[str, float] = {
        "cos": best, "cos_gap": best - second, "cov1": coverage(text, [cands.texts[0]]),
        "cov2": coverage(text, list(cands.texts[:2])), "cov_all": cov_all,
        "pred1": pred1, "pred_all": predicate_coverage(text, [context])[0], "pred_few": float(pred_n < 3),
        f"rule={rule_label}": 1.0, f"att={pattern_attribution(text)}": 1.0,
        "elsewhere": float(from_elsewhere), "quote": float(bool(_QUOTE.search(text))),
        "first_source_sentence": float(cands.first_index == 0),
        "long": float(n_stems > 14), "short": float(n_stems <= 6),
    }
    f.update(_bins("cos", best, (0.55, 0.65, 0.75, 0.85)))
    f.update(_bins("cov_all", cov_all, (0.4, 0.6, 0.8)))
    for kind in sorted(set(change_kinds)):
        f[f"change={kind}"] = 1.0
    f.update(_name_features(text, context))
    if _ENCOUNTER.search(text) and cands.first_index == 0:
        f["encounter_opening"] = 1.0   # "held a phone call with …" reporting the readout's opening "spoke with …"
        f["encounter_opening_names"] = f.get("names:share_in_source", 0.0)
    f.update(_number_features(text, cands.texts[0], context))
    return f


@lru_cache(maxsize=2)
def load_added_model(name: str = MODEL_FILE):
    """The shipped model (loaded once per process; PipelineError when missing or unreadable)."""
    from ..nlp.linear import LinearModel

    return LinearModel.load(name, retrain="python scripts/train_provenance_added.py")


def candidates_for(i: int, source: list[str], idx: np.ndarray, val: np.ndarray) -> Candidates:
    """The :class:`Candidates` of article sentence ``i`` from :func:`.align.top_candidates`' output."""
    return Candidates(tuple(source[int(j)] for j in idx[i]), tuple(float(v) for v in val[i]), int(idx[i][0]), source[0])


def match_features(match, cands: Candidates, cross_lingual: bool = False) -> dict[str, float]:
    """:func:`sentence_features` of an :class:`.align.SentenceMatch` (the rules' label and changes)."""
    from .align import not_from_readout

    kinds = [c.kind for c in match.changes]
    return sentence_features(match.text, cands, match.label, kinds,
                             not_from_readout(match.text, cands.texts[0], cross_lingual))


def _traced(match, cands: Candidates, source: list[str], idx_row, val_row, params, dates) -> object:
    """The match of a sentence the rules called added, traced to its best source sentences instead."""
    from .align import evidence_for
    from .spans import mark_clause, new_clause, sentence_spans

    article_date, source_dates = dates
    ev, _cov = evidence_for(match.text, source, idx_row, val_row, params)
    ev_text = [source[e] for e, _ in ev]
    changes = [c for c in find_changes(match.text, ev_text, article_date=article_date,
                                       evidence_dates=[source_dates[e] for e, _ in ev], context=" ".join(source))
               if c.kind in ALTERING or c.kind == "hedging"]
    label = "altered" if any(c.kind in ALTERING for c in changes) else "supported"
    spans = sentence_spans(match.text, ev_text, changes, cross_lingual=False)
    clause = new_clause(match.text, spans) if label == "supported" else None
    if clause:
        spans = mark_clause(match.text, spans, clause)
    return replace(match, label=label, evidence=sorted(ev), differences=[str(c) for c in changes], changes=changes,
                   spans=spans, partly=clause is not None)


def recheck_added(matches: list, source: list[str], idx: np.ndarray, val: np.ndarray, params, dates, model=None) -> list:
    """The rules' matches with the learned check applied (see the module docstring). ``idx``/``val``: the
    top candidates of every article sentence (:func:`.align.top_candidates`, k ≥ 1); ``dates``: the article's
    date and each source sentence's."""
    model = model or load_added_model()
    todo = [m for m in matches if m.label != "other"]
    if not todo or not source:
        return matches
    feats = {m.index: match_features(m, candidates_for(m.index, source, idx, val)) for m in todo}
    col = model.labels.index("added")
    probs = model.predict_proba([feats[m.index] for m in todo])[:, col]
    p_added = {m.index: float(p) for m, p in zip(todo, probs)}
    out = []
    for m in matches:
        p = p_added.get(m.index)
        if p is None or (m.label != "added" and p < TO_ADDED) or (m.label == "added" and (p >= TO_SOURCE or feats[m.index]["elsewhere"])):
            out.append(m)
        elif m.label != "added":
            out.append(replace(m, label="added", evidence=[], differences=[], changes=[], spans=[], partly=False))
        else:
            out.append(_traced(m, candidates_for(m.index, source, idx, val), source, idx[m.index], val[m.index], params, dates))
    return out
