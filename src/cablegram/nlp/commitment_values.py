"""Which money figure in a note on one aid package is the package's value (a learned choice).

A note on one package (a tracker entry, a short brief) often states several figures: the package,
a running total it brings the donor to ("bringing the total to EUR 4.3 million"), parts of it, the
same sum in another currency, earlier packages, and an analyst's own arithmetic ("we report the
difference, €3.1 million"). :func:`value_features` describes each figure by the words around it,
its place among the figures, its size among them and whether it is the sum or the difference of
others; a :class:`~cablegram.nlp.linear.LinearModel` trained on the Kiel Ukraine Support Tracker
rows (``scripts/train_commitments.py``; label: the figure equals the row's ``amount_as_given``)
scores them, and :func:`package_value` returns the best one.

Shapes: ``value_features(text, amounts) -> list[dict[str, float]]`` (one per amount, in order);
``package_value(model, text, amounts) -> (index into amounts, probability in [0, 1]) | None``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import combinations

from .amounts import Amount

__all__ = ["VALUE_FILE", "package_value", "value_features"]

VALUE_FILE = "commitment_value.json"
_WORD = re.compile(r"[a-z][a-z'-]*")
_SENT_END = re.compile(r"[.!?](?:\s+|$)(?=[A-Z\"(]|$)")
_TOL = 0.005


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= _TOL * max(abs(a), abs(b), 1e-9)


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Rough sentence spans (a full stop, "!" or "?" before a capital); the same at training and use."""
    bounds, start = [], 0
    for m in _SENT_END.finditer(text):
        bounds.append((start, m.end()))
        start = m.end()
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds or [(0, len(text))]


def _arithmetic(values: list[float], i: int) -> list[str]:
    """Whether figure ``i`` is the sum of others, a difference of others, or a part of such a sum."""
    out = []
    v = values[i]
    others = [x for j, x in enumerate(values) if j != i]
    for a, b in combinations(others, 2):
        if _close(a + b, v):
            out.append("is_sum")
        if _close(abs(a - b), v):
            out.append("is_difference")
    if len(others) >= 2 and _close(sum(others), v):
        out.append("is_sum_all")
    if any(_close(v + x, y) for x in others for y in others if y > x):
        out.append("is_part")
    return sorted(set(out))


def _words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def value_features(text: str, amounts: Sequence[Amount]) -> list[dict[str, float]]:
    """One feature dict per amount (see the module docstring); ``amounts`` as from ``find_amounts(text)``."""
    bounds = _sentence_bounds(text)
    values = [a.value for a in amounts]
    n = len(amounts)
    rows = []
    for i, a in enumerate(amounts):
        k = next((j for j, (s, e) in enumerate(bounds) if s <= a.start < e), len(bounds) - 1)
        s, e = bounds[k]
        before, after = _words(text[s:a.start])[-6:], _words(text[a.end:e])[:4]
        f: dict[str, float] = {"bias": 1.0, f"n={min(n, 5)}": 1.0, f"idx={min(i, 4)}": 1.0,
                               f"kind={a.kind}": 1.0, f"cur={'yes' if a.currency else 'no'}": 1.0}
        f.update({f"b={w}": 1.0 for w in before})
        f.update({f"b2={x}_{y}": 1.0 for x, y in zip(before, before[1:])})
        f.update({f"a={w}": 1.0 for w in after})
        f.update({f"s={w}": 1.0 for w in set(_words(text[s:e]))})
        f["last"] = float(i == n - 1)
        f["sent_first"] = float(k == 0)
        f["sent_last"] = float(k == len(bounds) - 1)
        f["sent_rel"] = k / max(len(bounds) - 1, 1)
        same = [x.value for x in amounts if x.currency == a.currency]
        f["largest"] = float(a.value >= max(same))
        f["smallest"] = float(a.value <= min(same) and len(same) > 1)
        f["repeated"] = float(sum(_close(v, a.value) for v in values) > 1)
        f["other_currency_first"] = float(bool(a.currency) and bool(amounts[0].currency)
                                          and a.currency != amounts[0].currency)
        for tag in _arithmetic(values, i):
            f[tag] = 1.0
        rows.append(f)
    return rows


def package_value(model, text: str, amounts: Sequence[Amount],
                  allowed: Sequence[Amount] | None = None) -> tuple[int, float] | None:
    """(index of the package's value in ``amounts``, its probability) by ``model``; None without amounts.

    ``allowed`` (a subset of ``amounts``) limits the choice; all figures are still described to the model."""
    if not amounts or model is None:
        return None
    proba = model.predict_proba(value_features(text, amounts))[:, model.labels.index("value")]
    keep = [i for i, a in enumerate(amounts) if allowed is None or any(a is b for b in allowed)]
    if not keep:
        return None
    best = max(keep, key=lambda i: proba[i])
    return best, float(proba[best])
