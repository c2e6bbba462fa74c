"""Accuracy floors of provenance tracing on the project's own readout → article set
(benchmarks/data/provenance_pairs.jsonl, see docs/provenance-labelling.md), on the analyst's fresh10 set
(benchmarks/data/provenance_fresh10.jsonl) and on the development parts of the analysts' fresh11 … fresh26
sets (fresh28's and fresh29's floors a little under their untouched development figures), recorded in tests/data/provenance_floors.json; a
figure more than 0.02 below its floor fails."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
FLOORS = json.loads((REPO / "tests" / "data" / "provenance_floors.json").read_text(encoding="utf-8"))
PAIRS = REPO / "benchmarks" / "data" / "provenance_pairs.jsonl"


@pytest.fixture(scope="module")
def bench():
    sys.path.insert(0, str(REPO / "benchmarks"))
    import provenance

    return provenance


def test_three_way_floors(bench):
    from cablegram.provenance.embeddings import load_embedder

    result = bench.evaluate(bench.load_pairs([PAIRS]), load_embedder("auto"))
    assert result["pairs"] >= 30
    assert result["macro_f1"] >= FLOORS["macro_f1"] - 0.02, result["errors"]
    assert result["altered_recall_kind_named"] >= FLOORS["altered_recall_kind_named"] - 0.02, result["errors"]
    assert result["labels"]["added"]["f1"] >= FLOORS["added_f1"] - 0.02, result["errors"]


def test_cross_lingual_floor(bench):
    from cablegram.provenance.embeddings import load_multilingual_embedder

    bilingual = [r for r in bench.load_pairs([PAIRS]) if r.get("primary_translation")]
    result = bench.evaluate(bilingual, load_multilingual_embedder(), translated=True)
    assert result["macro_f1"] >= FLOORS["cross_lingual_translated_macro_f1"] - 0.02, result["errors"]


FRESH10 = REPO / "benchmarks" / "data" / "provenance_fresh10.jsonl"


def test_fresh10_floors(bench):
    """The analyst's set of 1 December 2026 (12 pairs), whole set after the fixes of its development part; the floor
    keeps those kinds from coming back (a development figure: the untouched figures are in docs/provenance-labelling.md)."""
    from cablegram.provenance.embeddings import load_embedder

    pairs = bench.load_pairs([FRESH10])
    assert len(bench.final_by_modulo(pairs)) == 3  # the final part fixed before any run
    result = bench.evaluate(pairs, load_embedder("auto"))
    assert result["pairs"] == 12
    assert result["macro_f1"] >= FLOORS["fresh10_macro_f1"] - 0.02, result["errors"]
    assert result["altered_recall_kind_named"] >= FLOORS["fresh10_altered_recall_kind_named"] - 0.02, result["errors"]
    assert result["labels"]["added"]["f1"] >= FLOORS["fresh10_added_f1"] - 0.02, result["errors"]


@pytest.mark.parametrize("name", ["fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18",
                                  "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24",
                                  "fresh25", "fresh26", "fresh28", "fresh29"])
def test_analysts_sets_dev_floors(bench, name):
    """The analysts' sets of 1 and 2 December 2026 after the fixes of their development parts: the development part (the
    pairs not marked ``"part": "final"``; the whole of fresh11, whose final part was scored once and fixed after). The
    floors keep those kinds from coming back (development figures: the untouched and final figures are in
    docs/provenance-labelling.md)."""
    from cablegram.provenance.embeddings import load_embedder

    pairs = bench.load_pairs([REPO / "benchmarks" / "data" / f"provenance_{name}.jsonl"])
    final = bench.final_ids(name, pairs)
    assert final and len(final) < len(pairs)  # the final part marked before any run
    scored = pairs if name == "fresh11" else [r for r in pairs if r["id"] not in final]
    result = bench.evaluate(scored, load_embedder("auto"))
    assert result["macro_f1"] >= FLOORS[f"{name}_dev_macro_f1"] - 0.02, result["errors"]
    assert result["altered_recall_kind_named"] >= FLOORS[f"{name}_dev_altered_recall_kind_named"] - 0.02, result["errors"]
    assert result["labels"]["added"]["f1"] >= FLOORS[f"{name}_dev_added_f1"] - 0.02, result["errors"]
