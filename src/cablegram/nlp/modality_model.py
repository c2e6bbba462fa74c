"""A learned modality check stacked on the modality rules (issue 12).

The rules of :mod:`.modality` give a label and the cue that fired; this module turns the event's trigger and
its clause into sparse features (the rules' label and cue, negators and where they sit, modal and future
auxiliaries, tense and aspect, the governing verb chain up to the root with its lemmas and the cue classes of
``modality.toml`` they belong to, conditional marks, questions, quantifier subjects) and a
:class:`~.linear.LinearModel` (``models/modality_check.json``, trained by ``scripts/train_modality.py`` from the
project's annotated modality sets) gives occurred / planned / hypothetical / negated. Not shipped and not wired
into :func:`.modality.classify`: judged leave-one-set-out it did not beat the rules (docs/models.md, "Learned modality
check"); ``benchmarks/eval_modality.py --check MODEL.json`` scores a model file the script writes.

:func:`check` keeps the rules' answer unless the model gives another label with probability at least
``threshold`` (a precision-first blend). Shapes: :func:`features` returns ``dict[str, float]`` for one trigger.
Errors: :class:`~cablegram.errors.PipelineError` when the model file cannot be read.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from .linear import LinearModel
from .modality import ModalityCues, ModalityResult, modality_cues

__all__ = ["MODEL_FILE", "features", "load_model", "check"]

MODEL_FILE = "modality_check.json"

# cue classes of modality.toml whose membership is a feature of each verb on the chain
_CLASSES = ("negating_verbs", "denial_verbs", "double_negation_verbs", "plan_verbs", "hypothetical_verbs",
            "belief_verbs", "forecast_predicates", "reporting_verbs", "commit_verbs", "threat_verbs",
            "warning_verbs", "intention_verbs", "accusation_verbs", "stopping_verbs", "expectation_verbs",
            "uncertain_predicates", "imminent_predicates", "schedule_predicates", "hedged_raising",
            "occurrence_verbs", "sequel_verbs", "intention_nouns", "decision_nouns", "possibility_nouns",
            "report_nouns")
_WORD_CLASSES = ("negators", "quantifiers", "future_aux", "hypothetical_aux", "future_time", "hedge_adverbs",
                 "conditional_marks", "temporal_marks", "yet_heads")


def _classes(tok, C: ModalityCues, names) -> list[str]:
    words = (tok.lower_, tok.lemma_.lower())
    return [n for n in names if any(w in getattr(C, n) for w in words)]


def _chain(trigger, limit: int = 5) -> list:
    chain, cur = [trigger], trigger
    for _ in range(limit):
        if cur.head.i == cur.i or cur.dep_ == "ROOT":
            break
        cur = cur.head
        chain.append(cur)
    return chain


def _token_features(f: dict[str, float], tok, depth: int, C: ModalityCues) -> None:
    p = f"d{min(depth, 3)}"
    f[f"{p}:tag={tok.tag_}"] = 1.0
    f[f"{p}:dep={tok.dep_}"] = 1.0
    f[f"{p}:lemma={tok.lemma_.lower()}"] = 1.0
    for name in _classes(tok, C, _CLASSES):
        f[f"{p}:cls={name}"] = 1.0
        f[f"up:cls={name}"] = 1.0
    for child in tok.children:
        dep = child.dep_
        if dep in ("aux", "auxpass", "neg", "mark", "advmod", "det", "nsubj", "nsubjpass", "prt", "expl"):
            word = child.lower_
            if dep in ("aux", "auxpass", "neg", "mark", "prt") or any(
                    word in getattr(C, n) for n in _WORD_CLASSES):
                f[f"{p}:{dep}={word}"] = 1.0
            for name in _classes(child, C, _WORD_CLASSES):
                f[f"{p}:{dep}:cls={name}"] = 1.0
                f[f"any:cls={name}"] = 1.0
            if dep in ("nsubj", "nsubjpass"):
                for g in child.children:
                    if g.dep_ == "det" and g.lower_ in C.negators | C.quantifiers:
                        f[f"{p}:subj_det={g.lower_}"] = 1.0


def features(sent, trigger, rules: ModalityResult, C: ModalityCues | None = None) -> dict[str, float]:
    """Sparse features of the event on ``trigger`` (a token of the spaCy span ``sent``) given the rules' result."""
    C = C or modality_cues()
    f: dict[str, float] = {"bias": 1.0, f"rule={rules.modality}": 1.0,
                           f"rule={rules.modality}:cue={(rules.cue or '').lower()}": 1.0,
                           f"reported={rules.reported_speech}": 1.0,
                           f"trigger_pos={trigger.pos_}": 1.0}
    for depth, tok in enumerate(_chain(trigger)):
        _token_features(f, tok, depth, C)
        if depth and tok.dep_ == "ccomp":
            f["path:ccomp"] = 1.0
    if sent.text.rstrip().endswith("?"):
        f["question"] = 1.0
    left = [t.lower_ for t in sent.doc[max(sent.start, trigger.i - 3):trigger.i]]
    for word in left:
        if word in C.negators or word in C.future_aux or word in C.hypothetical_aux or word in ("to", "yet"):
            f[f"left={word}"] = 1.0
    return f


@lru_cache(maxsize=4)
def load_model(name_or_path: str = MODEL_FILE) -> LinearModel:
    """The shipped modality check (or a model file by path). Errors: :class:`~cablegram.errors.PipelineError`."""
    return LinearModel.load(name_or_path, retrain="python scripts/train_modality.py --data ../shared/data")


def check(sent, trigger, rules: ModalityResult, model: LinearModel | None = None,
          threshold: float | None = None) -> ModalityResult:
    """The rules' ``rules`` result, its label replaced by the model's when the model gives another label with
    probability >= ``threshold`` (default: the model's ``meta['threshold']``); the cue becomes ``model:<p>``."""
    if trigger is None:
        return rules
    model = model or load_model()
    threshold = model.meta.get("threshold", 0.5) if threshold is None else threshold
    proba = model.predict_proba([features(sent, trigger, rules)])[0]
    best = int(proba.argmax())
    label = model.labels[best]
    if label == rules.modality or proba[best] < threshold:
        return rules
    return replace(rules, modality=label, cue=f"model:{proba[best]:.2f}")
