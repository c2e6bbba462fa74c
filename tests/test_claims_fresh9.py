"""Claimant set #9 (tests/data/claimants_fresh9.jsonl: 36 passages written with their text on 2 Dec 2026 by an
analyst who never saw the code): its layout and the split fixed by the hash of the id; and the kind fixed on its
development part, in own fictional sentences: a noun of a body's political standing before its name ("the opposition
Civic Party") is part of the claimant, while a class noun that only introduces the name ("the group ...") is not."""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path

import pytest

from cablegram.records import Document

REPO = Path(__file__).resolve().parents[1]
FRESH9 = REPO / "tests" / "data" / "claimants_fresh9.jsonl"
KINDS = {"outlet", "organisation", "named", "anonymous", "analysts", "none"}


def _module():
    spec = importlib.util.spec_from_file_location("eval_claimants", REPO / "benchmarks" / "eval_claimants.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_claimant_set9_carries_its_text_and_the_split_by_hash():
    rows = _module().read_gold(FRESH9)
    assert len(rows) == 36 and len({r["id"] for r in rows}) == 36
    for r in rows:
        assert {"id", "text", "cue", "claimant", "kind", "category", "part"} <= set(r)
        assert "dataset" not in r and r["kind"] in KINDS
        assert r["cue"] is None and r["kind"] == "none" or 0 <= r["cue"][0] < r["cue"][1] <= len(r["text"])
        assert r["claimant"] is None or 0 <= r["claimant"][0] < r["claimant"][1] <= len(r["text"])
        digest = int(hashlib.sha256(r["id"].encode()).hexdigest(), 16)
        assert r["part"] == ("final" if digest % 3 == 0 else "dev")  # the split made when the file was written
    assert sum(r["part"] == "dev" for r in rows) == 24


@pytest.fixture(scope="module")
def nlp():
    import cablegram.nlp.claims as claims
    from cablegram.nlp.pipeline import build_nlp

    return build_nlp(components=["cablegram_language", "cablegram_actors", claims.FACTORY])


def kinds_and_spans(nlp, text: str) -> list[tuple[str, str | None]]:
    from cablegram.nlp.pipeline import make_doc

    doc = nlp(make_doc(nlp, Document(text=text, published_at="2024-05-01")))
    out = []
    for c in doc._.cg_claims:
        span = c.spans.get("claimant")
        if c.cue:
            out.append((c.claimant_kind, text[span[0]:span[1]] if span else None))
    return out


@pytest.mark.parametrize(("text", "claimant"), [
    ("The opposition Labour Party said the plan would push up rents.", "The opposition Labour Party"),
    ("The opposition Tiko Union said the count had been rigged in two districts.", "The opposition Tiko Union"),
    ("The main opposition Harvest Party rejected the new figures.", "The main opposition Harvest Party"),
])
def test_a_noun_of_political_standing_stays_with_the_name(nlp, text, claimant):
    assert kinds_and_spans(nlp, text) == [("organisation", claimant)]


def test_a_class_noun_before_a_name_is_still_dropped(nlp):
    text = "In a post on its website, the group Friends of the Varn Valley said the dam would flood six villages."
    assert kinds_and_spans(nlp, text) == [("organisation", "Friends of the Varn Valley")]
