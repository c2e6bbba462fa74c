"""The package ships at most 30 MB of model weights in total (developers' guide: shipped weights ≤ 30 MB)."""

from __future__ import annotations

from pathlib import Path

import cablegram

BUDGET_BYTES = 30_000_000
WEIGHT_SUFFIXES = {".onnx", ".crfsuite", ".json", ".bin", ".npz", ".npy", ".safetensors"}


def test_shipped_model_weights_fit_the_budget():
    models = Path(cablegram.__file__).resolve().parent / "nlp" / "models"
    files = [p for p in models.rglob("*") if p.is_file() and p.suffix in WEIGHT_SUFFIXES]
    assert files, f"no model files found under {models}"
    total = sum(p.stat().st_size for p in files)
    listing = ", ".join(f"{p.name} {p.stat().st_size / 1e6:.2f} MB" for p in sorted(files))
    assert total <= BUDGET_BYTES, f"shipped weights {total / 1e6:.2f} MB > 30 MB: {listing}"
