"""One small linear-model module for cablegram's learned parts.

A multinomial logistic regression over sparse named features (``dict[str, float]`` per example),
trained with L-BFGS (SciPy) and saved as JSON, so a shipped model is a few hundred kB, loads without
pickle, and predicts with NumPy only. Training scripts in ``scripts/`` build these models from
``../shared/data``; components load them with :meth:`LinearModel.load`.

Shapes: ``fit(rows, labels)`` with ``rows: list[dict[str, float]]`` (n examples) and
``labels: list[str]`` (n); ``predict_proba(rows) -> np.ndarray`` of shape (n, k) whose columns follow
``model.labels``. Errors: :class:`~cablegram.errors.PipelineError` when a model file cannot be read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .model_files import load_json_model

__all__ = ["LinearModel", "GATHER_ROWS"]

# Up to this many rows, decision() scores with a dense gather (the sparse product's floats, see
# LinearModel.decision): the components score a sentence or a few candidates at a time.
GATHER_ROWS = 64


class LinearModel:
    """Multinomial logistic regression on named sparse features.

    ``weights`` has shape (n_features, n_labels); ``bias`` has shape (n_labels,)."""

    def __init__(self, labels: Sequence[str], features: Sequence[str], weights: np.ndarray, bias: np.ndarray,
                 meta: dict[str, Any] | None = None):
        self.labels = list(labels)
        self.features = list(features)
        self.index = {f: i for i, f in enumerate(self.features)}
        self.weights = np.asarray(weights, dtype=np.float64)
        self.bias = np.asarray(bias, dtype=np.float64)
        self.meta = dict(meta or {})
        self._padded: np.ndarray | None = None  # weights plus a zero row, made on first gathered decision

    # -- training ------------------------------------------------------------------------------
    @classmethod
    def fit(cls, rows: Sequence[dict[str, float]], labels: Sequence[str], *, l2: float = 1.0,
            min_count: int = 1, max_iter: int = 300, class_weight: str | None = None,
            meta: dict[str, Any] | None = None) -> "LinearModel":
        """Fit on ``rows`` (feature dicts) and ``labels``. Deterministic for the same input.

        ``l2`` is the penalty on the summed weights (not on the bias); features seen in fewer than
        ``min_count`` rows are dropped; ``class_weight="balanced"`` weighs each class by n / (k * n_class)."""
        from scipy.optimize import minimize
        from scipy.sparse import csr_matrix

        if len(rows) != len(labels) or not rows:
            raise ValueError("rows and labels must be non-empty and of the same length")
        counts: dict[str, int] = {}
        for row in rows:
            for f in row:
                counts[f] = counts.get(f, 0) + 1
        features = sorted(f for f, c in counts.items() if c >= min_count)
        label_names = sorted(set(labels))
        model = cls(label_names, features, np.zeros((len(features), len(label_names))), np.zeros(len(label_names)), meta)
        x = model._matrix(rows, csr_matrix)
        y = np.array([label_names.index(lab) for lab in labels])
        n, k = x.shape[0], len(label_names)
        onehot = np.zeros((n, k))
        onehot[np.arange(n), y] = 1.0
        if class_weight == "balanced":
            freq = np.bincount(y, minlength=k).astype(float)
            sample_w = (n / (k * np.maximum(freq, 1.0)))[y]
        else:
            sample_w = np.ones(n)
        d = len(features)

        def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
            w = theta[: d * k].reshape(d, k)
            b = theta[d * k:]
            z = x @ w + b
            z -= z.max(axis=1, keepdims=True)
            p = np.exp(z)
            p /= p.sum(axis=1, keepdims=True)
            ll = -(sample_w * np.log(np.maximum((p * onehot).sum(axis=1), 1e-12))).sum()
            g = (p - onehot) * sample_w[:, None]
            gw = x.T @ g + l2 * w
            gb = g.sum(axis=0)
            return ll + 0.5 * l2 * float((w * w).sum()), np.concatenate([np.asarray(gw).ravel(), gb])

        res = minimize(loss, np.zeros(d * k + k), jac=True, method="L-BFGS-B", options={"maxiter": max_iter})
        model.weights = res.x[: d * k].reshape(d, k)
        model.bias = res.x[d * k:]
        return model

    # -- prediction ----------------------------------------------------------------------------
    def _matrix(self, rows: Iterable[dict[str, float]], sparse_type=None):
        data, cols, ptr = [], [], [0]
        for row in rows:
            for f, v in row.items():
                i = self.index.get(f)
                if i is not None:
                    cols.append(i)
                    data.append(float(v))
            ptr.append(len(cols))
        if sparse_type is None:
            from scipy.sparse import csr_matrix as sparse_type
        return sparse_type((np.array(data), np.array(cols, dtype=np.int64), np.array(ptr)),
                           shape=(len(ptr) - 1, len(self.features)))

    def decision(self, rows: Sequence[dict[str, float]], *, gathered: bool | None = None) -> np.ndarray:
        """Raw scores, shape (n, k).

        ``gathered``: the same floats (each row's weights summed in feature order, as the sparse product
        does, then the bias) from a dense gather instead of a SciPy sparse matrix — cheaper for the few short
        rows a component scores per sentence, and no SciPy import at run time. None (the default): gathered
        for at most :data:`GATHER_ROWS` rows, sparse for more (a dense gather of many rows takes much memory)."""
        if not rows:
            return np.zeros((0, len(self.labels)))
        if gathered or (gathered is None and len(rows) <= GATHER_ROWS):
            return self._gathered(rows)
        return np.asarray(self._matrix(rows) @ self.weights) + self.bias

    def _gathered(self, rows: Sequence[dict[str, float]]) -> np.ndarray:
        if self._padded is None:  # the weights with a row of zeros appended: the column of a padding slot
            self._padded = np.vstack([self.weights, np.zeros((1, self.weights.shape[1]))])
        index, weights = self.index, self._padded
        pad = len(weights) - 1
        # An unknown feature takes the zero row where it stands: adding 0.0 changes no sum.
        sizes = np.array([len(row) for row in rows])
        filled = np.arange(max(int(sizes.max()), 1)) < sizes[:, None]  # (n, width): the slots rows fill, in order
        at = np.full(filled.shape, pad, dtype=np.int64)
        at[filled] = [index.get(f, pad) for row in rows for f in row]
        val = np.zeros(filled.shape + (1,))
        val[filled, 0] = [v for row in rows for v in row.values()]
        # cumsum adds left to right, as the sparse product does (np.sum would pair the terms up)
        return np.cumsum(val * weights[at], axis=1)[:, -1] + self.bias

    def predict_proba(self, rows: Sequence[dict[str, float]], *, gathered: bool | None = None) -> np.ndarray:
        """Class probabilities, shape (n, k), columns in the order of :attr:`labels` (``gathered``: as
        for :meth:`decision`)."""
        z = self.decision(rows, gathered=gathered)
        z -= z.max(axis=1, keepdims=True) if len(z) else 0
        p = np.exp(z)
        return p / p.sum(axis=1, keepdims=True) if len(p) else p

    def predict(self, rows: Sequence[dict[str, float]]) -> list[tuple[str, float]]:
        """(label, probability) of the most likely class for each row."""
        p = self.predict_proba(rows)
        return [(self.labels[int(i)], float(r[int(i)])) for r, i in zip(p, p.argmax(axis=1))]

    # -- persistence ---------------------------------------------------------------------------
    def prune(self, threshold: float = 1e-3) -> "LinearModel":
        """Drop features whose weights are all below ``threshold`` in absolute value (smaller files)."""
        keep = np.abs(self.weights).max(axis=1) >= threshold
        return LinearModel(self.labels, [f for f, k in zip(self.features, keep) if k], self.weights[keep], self.bias, self.meta)

    def to_dict(self) -> dict[str, Any]:
        return {"kind": "cablegram.linear.v1", "labels": self.labels, "features": self.features,
                "weights": np.round(self.weights, 5).tolist(), "bias": np.round(self.bias, 5).tolist(), "meta": self.meta}

    def save(self, path: str | Path) -> None:
        """Write the model as compact JSON."""
        Path(path).write_text(json.dumps(self.to_dict(), separators=(",", ":")), encoding="utf-8")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "LinearModel":
        return cls(data["labels"], data["features"], np.array(data["weights"], dtype=np.float64).reshape(
            len(data["features"]), len(data["labels"])), np.array(data["bias"]), data.get("meta"))

    @classmethod
    def load(cls, name_or_path: str | Path, *, retrain: str = "see docs/models.md") -> "LinearModel":
        """A model file by path, or by file name among the shipped models in ``cablegram/nlp/models``."""
        return load_json_model(str(name_or_path), cls.from_dict, what="linear model", retrain=retrain)
