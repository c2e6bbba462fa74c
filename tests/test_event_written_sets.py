"""The second to seventeenth, the nineteenth and the twentieth written reporter-style event sets (tests/data/events_fresh2.jsonl to events_fresh4.jsonl,
written on 1 December 2026, events_fresh5.jsonl to events_fresh17.jsonl, written on 2 December 2026; 36 sentences
each, 30 in the ninth, twelfth and fifteenth, by analysts who never saw the code): their form, their final parts, and floors of
``benchmarks/eval_events_written.py --set NAME --part dev`` on their development parts (figures in docs/reproduce.md
and docs/figures.md; the final parts are scored once, never floored). The second set is floored on all of it (its
final part was scored in an earlier round), with the confident view's direction too."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CODES = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
# Measured on the dev parts after the dev work (docs/reproduce.md), floors a little under them.
FLOORS = {
    "fresh2": {"part": "all", "all_type_accuracy": 0.824, "all_direction_both": 0.832,
               "confident_precision": 0.78, "confident_direction_both": 0.889, "confident_no_event_quiet": 0.73},
    "fresh3": {"all_type_accuracy": 0.85, "all_direction_both": 0.90, "all_recall": 0.79,
               "confident_precision": 0.70, "confident_no_event_quiet": 1.0},
    "fresh4": {"all_type_accuracy": 0.82, "all_direction_both": 0.85, "all_recall": 0.70,
               "confident_precision": 0.88, "confident_no_event_quiet": 1.0},
    "fresh5": {"all_type_accuracy": 0.86, "all_direction_both": 0.95, "all_recall": 0.84,
               "confident_precision": 0.88, "confident_no_event_quiet": 1.0},
    "fresh6": {"all_type_accuracy": 0.87, "all_direction_both": 0.85, "all_recall": 0.80,
               "confident_precision": 0.85, "confident_no_event_quiet": 1.0},
    "fresh7": {"all_type_accuracy": 0.82, "all_direction_both": 0.90, "all_recall": 0.79,
               "confident_precision": 0.95, "confident_no_event_quiet": 1.0},
    "fresh8": {"all_type_accuracy": 0.82, "all_direction_both": 0.95, "all_recall": 0.80,
               "confident_precision": 0.80, "confident_no_event_quiet": 1.0},
    "fresh9": {"all_type_accuracy": 0.90, "all_direction_both": 0.95, "all_recall": 0.90,
               "confident_precision": 0.88, "confident_no_event_quiet": 1.0},
    "fresh10": {"all_type_accuracy": 0.82, "all_direction_both": 0.95, "all_recall": 0.80,
                "confident_precision": 0.85, "confident_no_event_quiet": 1.0},
    "fresh11": {"all_type_accuracy": 0.83, "all_direction_both": 0.90, "all_recall": 0.73,
                "confident_precision": 0.90, "confident_no_event_quiet": 1.0},
    "fresh12": {"all_type_accuracy": 0.90, "all_direction_both": 0.90, "all_recall": 0.90,
                "confident_precision": 0.88, "confident_no_event_quiet": 1.0},
    "fresh13": {"all_type_accuracy": 0.85, "all_direction_both": 0.95, "all_recall": 0.87,
                "confident_precision": 0.82, "confident_no_event_quiet": 1.0},
    "fresh14": {"all_type_accuracy": 0.85, "all_direction_both": 0.95, "all_recall": 0.92,
                "confident_precision": 0.88, "confident_no_event_quiet": 1.0},
    "fresh15": {"all_type_accuracy": 0.92, "all_direction_both": 0.85, "all_recall": 0.77,
                "confident_precision": 0.90, "confident_no_event_quiet": 1.0},
    "fresh16": {"all_type_accuracy": 0.94, "all_direction_both": 0.90, "all_recall": 0.79,
                "confident_precision": 0.84, "confident_no_event_quiet": 1.0},
    "fresh17": {"all_type_accuracy": 0.83, "all_direction_both": 0.85, "all_recall": 0.76,
                "confident_precision": 0.80, "confident_no_event_quiet": 1.0},
    # session 34's set (30 sentences), floored a little under its untouched dev figures at c1e60fd
    "fresh19": {"all_type_accuracy": 0.71, "all_direction_both": 0.79, "all_recall": 0.49,
                "confident_precision": 0.74},
    # session 35's set (26 sentences, 11 dev), floored a little under its untouched dev figures at 3d16aa4
    "fresh20": {"all_type_accuracy": 0.62, "all_direction_both": 0.59, "all_recall": 0.36,
                "confident_precision": 0.59, "confident_no_event_quiet": 1.0},
}
# sentences per set (the ninth, twelfth, fifteenth and nineteenth sets have 30, the twentieth 26; the others 36), each with four
# sentences of no event unless NO_EVENT says otherwise
SIZES = {"fresh9": 30, "fresh12": 30, "fresh15": 30, "fresh19": 30, "fresh20": 26}
# sentences with no event where a set has other than four (the twentieth has three)
NO_EVENT = {"fresh20": 3}


def rows(name: str) -> list[dict]:
    path = ROOT / "tests" / "data" / f"events_{name}.jsonl"
    return [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_rows_name_types_slots_and_a_part_split_by_hash(name):
    data = rows(name)
    size = SIZES.get(name, 36)
    assert len(data) == size and len({r["id"] for r in data}) == size
    assert sum(not r["events"] for r in data) == NO_EVENT.get(name, 4)
    for r in data:
        assert r["part"] == ("final" if int(hashlib.sha256(r["id"].encode()).hexdigest(), 16) % 3 == 0 else "dev")
        for e in r["events"] + (r.get("optional_events") or []):
            assert e["type"] in CODES, e
            assert isinstance(e["source"], list) and isinstance(e["target"], list)


def test_the_second_sets_accepted_slots_are_words_of_its_sentences():
    for r in rows("fresh2"):
        for e in r["events"] + (r.get("optional_events") or []):
            assert all(s in r["text"] for s in e["source"] + e["target"]), (r["id"], e)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_benchmark_reads_the_set_by_name(name):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from eval_events_written import SETS, load_gold

    assert SETS[name] == ROOT / "tests" / "data" / f"events_{name}.jsonl" and len(load_gold(SETS[name])) == SIZES.get(name, 36)


@pytest.fixture(scope="module")
def scored(nlp):
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import eval_events_written

    out = {}
    with nlp.select_pipes(disable=[n for n in ("cablegram_claims", "cablegram_commitments") if n in nlp.pipe_names]):
        for name, floor in FLOORS.items():
            part = floor.get("part", "dev")
            result, _ = eval_events_written.evaluate(nlp, rows(name), (part,))
            out[name] = result[part]
    return out


# each floor key: the view it reads and the figure in that view
_FIGURES = {
    "all_type_accuracy": ("all", lambda v: v["type"]["accuracy"]),
    "all_direction_both": ("all", lambda v: v["direction"]["both"]),
    "all_recall": ("all", lambda v: v["events"]["recall"]),
    "confident_precision": ("confident", lambda v: v["events"]["precision"]),
    "confident_direction_both": ("confident", lambda v: v["direction"]["both"]),
    "confident_no_event_quiet": ("confident", lambda v: v["no_event"]["share"]),
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_scored_part_keeps_its_floors(scored, name):
    floors = {k: v for k, v in FLOORS[name].items() if k != "part"}
    assert floors.keys() <= _FIGURES.keys()
    for key, floor in floors.items():
        view, figure = _FIGURES[key]
        assert figure(scored[name][view]) >= floor, (key, scored[name][view])
