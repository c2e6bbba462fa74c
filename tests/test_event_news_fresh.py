"""The fresh news set of judged confident events (tests/data/events_news_fresh.jsonl, own annotation) names
records by reference only, and its final third is the one a hash of the record reference picks."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

GOLD = Path(__file__).resolve().parent / "data" / "events_news_fresh.jsonl"
TEXT_FIELDS = {"text", "sentence", "source_text", "target_text", "quote"}


def rows() -> list[dict]:
    return [json.loads(line) for line in GOLD.open(encoding="utf-8") if line.strip()]


def test_rows_are_references_with_a_verdict():
    data = rows()
    assert len(data) == 90
    for r in data:
        assert not TEXT_FIELDS & set(r), r
        assert r["ref"].split(":")[0] in ("guardian", "polnear")
        if r["ref"].startswith("polnear:"):
            assert r["ref"].startswith("polnear:sha256:") and len(r["ref"]) == len("polnear:sha256:") + 16
        assert r["verdict"] in ("right", "wrong")
        assert (r["kind"] is None) == (r["verdict"] == "right")


def test_final_third_is_split_by_the_hash_of_the_reference():
    for r in rows():
        final = int(hashlib.sha256(r["ref"].encode()).hexdigest(), 16) % 3 == 0
        assert r["part"] == ("final" if final else "dev"), r["ref"]


def test_wrong_events_of_the_dev_part_stay_under_the_confident_floor(nlp, shared_data):
    """Of the judged-wrong events of the dev part, at most the recorded ceiling (+0.02) may be confident again
    (``tests/data/event_floors.json``; the untouched code kept all 47)."""
    import sys

    sys.path.insert(0, str(GOLD.parents[2] / "benchmarks"))
    import eval_event_news

    ceiling = json.loads((GOLD.parent / "event_floors.json").read_text())["news_fresh_dev_wrong_confident_ceiling"]
    gold = [r for r in rows() if r["part"] == "dev"]
    with nlp.select_pipes(disable=[n for n in ("cablegram_claims", "cablegram_commitments") if n in nlp.pipe_names]):
        result = eval_event_news.news(nlp, shared_data, gold, ("dev",))
    dev = result["dev"]
    wrong = dev["judged"] - dev["judged_right"]
    wrong_kept = dev["kept"] - dev["kept_right"]
    assert wrong_kept / wrong <= ceiling + 0.02, dev
