"""The learned parts of the commitments component: category and the tracker's specific type.

Two :class:`~cablegram.nlp.linear.LinearModel` files, trained by ``scripts/train_commitments.py``
on the Kiel Ukraine Support Tracker rows (``../shared/data/kiel_ust``):

- ``commitment_category.json``: military / humanitarian / financial;
- ``commitment_value.json``: which money figure of a note on one package is the package's value
  (:mod:`cablegram.nlp.commitment_values`; label: the figure equals the row's ``amount_as_given``);
- ``commitment_type.json``: the tracker's specific type, normalised (:func:`tracker_type`):
  ``weapons_and_equipment``, ``weapons``, ``equipment``, ``equipment_and_assistance``,
  ``assistance``, ``grant``, ``loan``, ``guarantee``, ``training``, ``european_peace_facility``,
  ``reconstruction``.

Features (:func:`features`) are lower-cased word unigrams and bigrams with a crude plural fold,
binary. Input is a text (a sentence, or a sentence with its document); output (:meth:`KindModels.predict`)
is ``(category, p_category, type, p_type)`` with probabilities in [0, 1].
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .commitment_values import VALUE_FILE, value_features
from .linear import LinearModel

__all__ = ["CATEGORIES", "KindModels", "features", "tracker_type", "train_value_model", "value_examples"]

CATEGORIES = ("military", "humanitarian", "financial")
CATEGORY_FILE = "commitment_category.json"
TYPE_FILE = "commitment_type.json"
_WORD = re.compile(r"[a-z][a-z0-9-]*|\d+")
_TYPE_MAP = {
    "weapons and equipment": "weapons_and_equipment", "weapons, equipment and assistance": "weapons_and_equipment",
    "weapons and assistance": "weapons_and_equipment", "funding for weapon acquisition program": "weapons_and_equipment",
    "weapons": "weapons", "equipment": "equipment", "military equipment": "equipment",
    "equipment and assistance": "equipment_and_assistance", "assistance and equipment": "equipment_and_assistance",
    "assistance": "assistance", "material assistance": "assistance", "medicines": "assistance",
    "protective equipment and medical supplies": "assistance", "grant": "grant", "loan": "loan",
    "swap-line": "loan", "guarantee": "guarantee", "training": "training", "training and equipment": "training",
    "european peace facility": "european_peace_facility", "reconstruction": "reconstruction",
}


def tracker_type(category_specific: str | None) -> str | None:
    """The tracker's specific type in cablegram's spelling (``"Weapons and Equipment"`` → ``weapons_and_equipment``)."""
    if not category_specific:
        return None
    key = category_specific.strip().lower()
    return _TYPE_MAP.get(key, re.sub(r"\W+", "_", key).strip("_"))


def _fold(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def features(text: str) -> dict[str, float]:
    """Binary unigram and bigram features of ``text`` (numbers folded to ``<num>``)."""
    words = [_fold(w) if not w.isdigit() else "<num>" for w in _WORD.findall(text.lower())]
    out = {f"w={w}": 1.0 for w in words}
    out.update({f"b={a}_{b}": 1.0 for a, b in zip(words, words[1:])})
    return out


@dataclass
class KindModels:
    """The category model and the tracker-type model, used together (see the module docstring)."""

    category: LinearModel
    type: LinearModel
    type_category: dict[str, str]  # tracker type -> the category it belongs to (majority in training)
    value: LinearModel | None = None  # the package-value chooser (commitment_values); None: not used

    @classmethod
    def load(cls) -> "KindModels":
        """The shipped models (``cablegram/nlp/models``); PipelineError with a hint when missing."""
        cat = LinearModel.load(CATEGORY_FILE, retrain="python scripts/train_commitments.py --data ../shared/data")
        typ = LinearModel.load(TYPE_FILE, retrain="python scripts/train_commitments.py --data ../shared/data")
        value = LinearModel.load(VALUE_FILE, retrain="python scripts/train_commitments.py --data ../shared/data")
        return cls(cat, typ, dict(typ.meta.get("type_category", {})), value)

    @classmethod
    def train(cls, rows: Sequence[dict], l2: float = 1.0) -> "KindModels":
        """Train on tracker rows (dicts with ``text``, ``category``, ``category_specific``); deterministic."""
        x = [features(r["text"]) for r in rows]
        cat = LinearModel.fit(x, [r["category"] for r in rows], l2=l2, min_count=2, class_weight="balanced",
                              meta={"task": "commitment category", "n": len(rows)})
        typed = [(f, tracker_type(r["category_specific"]), r["category"]) for f, r in zip(x, rows)
                 if r.get("category_specific")]
        votes: dict[str, dict[str, int]] = {}
        for _, t, c in typed:
            votes.setdefault(t, {}).setdefault(c, 0)
            votes[t][c] += 1
        type_category = {t: max(v, key=v.get) for t, v in votes.items()}
        typ = LinearModel.fit([f for f, _, _ in typed], [t for _, t, _ in typed], l2=l2, min_count=2,
                              meta={"task": "tracker specific type", "n": len(typed), "type_category": type_category})
        return cls(cat.prune(), typ.prune(), type_category, train_value_model(rows, l2=l2))

    def predict(self, text: str) -> tuple[str, float, str | None, float]:
        """(category, its probability, tracker type within that category, its probability) for ``text``."""
        row = [features(text)]
        pc = self.category.predict_proba(row)[0]
        k = int(pc.argmax())
        category = self.category.labels[k]
        pt = self.type.predict_proba(row)[0]
        best, best_p = None, 0.0
        for label, p in zip(self.type.labels, pt):
            if self.type_category.get(label) == category and p > best_p:
                best, best_p = label, float(p)
        return category, float(pc[k]), best, best_p


def value_examples(rows: Sequence[dict]) -> tuple[list[dict[str, float]], list[str]]:
    """Features and labels (``value`` / ``other``) of every money figure in the rows' texts."""
    from .amounts import find_amounts

    x: list[dict[str, float]] = []
    y: list[str] = []
    for r in rows:
        amounts = find_amounts(r["text"])
        gold = r.get("amount_as_given")
        x += value_features(r["text"], amounts)
        y += ["value" if gold and abs(a.value - gold) <= 0.005 * gold else "other" for a in amounts]
    return x, y


def train_value_model(rows: Sequence[dict], l2: float = 1.0) -> LinearModel:
    """The package-value chooser trained on tracker rows (``text``, ``amount_as_given``); deterministic."""
    x, y = value_examples(rows)
    return LinearModel.fit(x, y, l2=l2, min_count=2, meta={"task": "package value among a note's figures",
                                                          "n": len(y)}).prune()
