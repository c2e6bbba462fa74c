"""How our own annotation files name records of ``../shared/data``.

PolNeAR record ids carry words of the article's headline, and headline words stay in the shared data:
our files name a PolNeAR record by ``sha256:`` and the first 16 hex digits of the SHA-256 of its id
(as ``tests/data/sentence_gold.jsonl`` does). Other data sets' ids (numbers, ``dev-0569``) are kept."""

from __future__ import annotations

import hashlib

HASHED_DATASETS = frozenset({"polnear"})


def record_key(dataset: str, record_id: object) -> str:
    """The name our annotation files give the record ``record_id`` of ``dataset``."""
    rid = str(record_id)
    if dataset in HASHED_DATASETS:
        return "sha256:" + hashlib.sha256(rid.encode("utf-8")).hexdigest()[:16]
    return rid
