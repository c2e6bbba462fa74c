"""The field-case runner's reading of a multi-document input (``doc``) and of ``null`` / ``"NEW"`` among
accepted values (benchmarks/field_cases.py), on stored rows written here: no pipeline is run."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _module():
    spec = importlib.util.spec_from_file_location("field_cases", REPO / "benchmarks" / "field_cases.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _event(i: int, sentence: int, type_: str, source, target, modality="occurred", mode="", confidence=0.9) -> dict:
    return {"id": f"e{i}", "sentence_index": sentence, "type": type_, "source_actor": source, "target_actor": target,
            "modality": modality, "mode": mode, "confidence": confidence}


def _doc(text: str, events=(), hidden=(), commitments=(), claims=()) -> dict:
    return {"id": text[:8], "text": text, "publisher": "Lagoon Gazette", "published_at": "2025-01-09",
            "is_primary": False, "source": "feed", "events": list(events), "floor_events": [*events, *hidden],
            "all_events": [*events, *hidden], "commitments": list(commitments), "claims": list(claims),
            "alignments": []}


def _stored() -> dict:
    first = _doc("Fiji's navy towed a stranded ferry into Lautoka harbour.",
                 events=[_event(1, 0, "AID", "FJI", "TON")])
    second = _doc("Tonga and Samoa held talks in Apia on fisheries quotas.",
                  events=[_event(2, 0, "CONSULT", "TON", "WSM")],
                  hidden=[_event(3, 0, "ASSAULT", "unknown gunmen", None, confidence=0.8)],
                  commitments=[{"sentence_index": 0, "donor": "TON", "recipient": "WSM", "category": "financial",
                                "amount": None, "currency": None, "status": "pledged"}],
                  claims=[{"sentence_index": 0, "claimant_kind": "organisation", "claimant_text": "the ministry"}])
    return {"documents": [first, second]}


def _parts(expected: dict) -> dict[str, bool]:
    fc = _module()
    result = fc.score_case({"id": "T-1", "part": "dev", "expected": expected}, _stored(), [])
    return {p["field"]: p["ok"] for p in result.parts}


def test_doc_picks_the_document_by_its_phrase_or_position():
    expected = {"documents": [{"text_contains": ["towed a stranded ferry"]}, {"text_contains": ["fisheries quotas"]}],
                "events": [{"doc": 1, "sentence": 0, "type": "CONSULT", "source_actor": ["TON"],
                            "target_actor": ["WSM"], "modality": ["occurred"]},
                           {"doc": 0, "sentence": 0, "type": "CONSULT", "source_actor": ["TON"],
                            "target_actor": ["WSM"], "modality": ["occurred"]}],
                "not_events": [{"doc": 0, "sentence": 0, "type": "AID"}, {"doc": 1, "sentence": 0, "type": "AID"}],
                "commitments": [{"doc": 1, "sentence": 0, "donor": ["TON"], "recipient": ["WSM"],
                                 "category": ["financial"], "amount": None, "currency": [None], "status": ["pledged"]}],
                "no_commitment_sentences": [{"doc": 0, "sentence": 0}],
                "claims": [{"doc": 1, "sentence": 0, "claimant_kind": ["organisation"]},
                           {"doc": 0, "sentence": 0, "claimant_kind": ["none"]}]}
    parts = _parts(expected)
    assert parts["doc 1 sentence 0 CONSULT"] is True
    assert parts["doc 0 sentence 0 CONSULT"] is False  # the CONSULT is in the second item, not the first
    assert parts["doc 0 sentence 0 no AID"] is False and parts["doc 1 sentence 0 no AID"] is True
    assert parts["doc 1 sentence 0 TON"] is True and parts["doc 0 sentence 0 no commitment"] is True
    assert parts["doc 1 sentence 0 claimant_kind"] is True and parts["doc 0 sentence 0 claimant_kind"] is True
    # without expected documents the n-th stored article (ingestion order) is meant
    by_position = _parts({"events": [{"doc": 0, "sentence": 0, "type": "AID", "source_actor": ["FJI"],
                                      "target_actor": ["TON"], "modality": ["occurred"]}]})
    assert by_position == {"doc 0 sentence 0 AID": True}


def test_no_doc_in_a_multi_document_input_finds_no_document():
    parts = _parts({"events": [{"sentence": 0, "type": "AID", "source_actor": ["FJI"], "target_actor": ["TON"],
                                "modality": ["occurred"]}]})
    assert parts == {"sentence 0 AID": False}


def test_null_actor_accepts_an_unresolved_slot_above_the_floor_only_when_accepted():
    unresolved = {"doc": 1, "sentence": 0, "type": "ASSAULT", "source_actor": [None], "target_actor": [None],
                  "modality": ["occurred"]}
    named = {**unresolved, "source_actor": ["WSM"], "target_actor": ["TON"]}
    assert _parts({"events": [unresolved]}) == {"doc 1 sentence 0 ASSAULT": True}
    assert _parts({"events": [named]}) == {"doc 1 sentence 0 ASSAULT": False}


def test_new_accepts_a_new_actor_found_in_the_text_only():
    fc = _module()
    assert fc._accepts_actor(["GEO", "NEW"], "org:tbilisi-students-union")
    assert fc._accepts_actor(["GEO", "NEW"], "GEO")
    assert not fc._accepts_actor(["GEO", "NEW"], "ARM")
    assert not fc._accepts_actor(["GEO", "NEW"], "protesters")  # raw text is no new actor
    assert fc._accepts_actor(["GEO", None], "protesters") and fc._accepts_actor(["GEO", None], None)


def test_empty_string_or_null_accepts_no_value_and_nothing_else():
    fc = _module()
    assert fc._accepts(["relations", ""], None) and fc._accepts(["relations", ""], "")
    assert fc._accepts(["relations", None], "")
    assert fc._accepts(["relations", ""], "Relations")
    assert not fc._accepts(["relations", ""], "none") and not fc._accepts(["relations"], None)
    assert not fc._accepts(["relations", ""], "assist")


def test_an_expected_document_is_found_among_the_primary_sources_too():
    """A trace case lists the article and its readout; the readout is stored as a primary source."""
    fc = _module()
    article = _doc("The ministers met in Suva on Tuesday and agreed on a fisheries patrol.")
    readout = {**_doc("The ministers met in Suva on 3 June and agreed on joint fisheries patrols."),
               "is_primary": True, "publisher": "Ministry of Foreign Affairs of Fiji", "published_at": "2025-06-03"}
    stored = {"documents": [article, readout]}
    expected = {"documents": [{"publisher": ["Lagoon Gazette"], "text_contains": ["met in Suva on Tuesday"]},
                              {"published_at": ["2025-06-03"], "publisher": ["Ministry of Foreign Affairs of Fiji"],
                               "text_contains": ["in Suva on 3 June"]},
                              {"publisher": ["Lagoon Gazette"], "text_contains": ["met in Apia"]}]}
    result = fc.score_case({"id": "T-2", "part": "dev", "expected": expected}, stored, [])
    parts = {p["field"]: p["ok"] for p in result.parts}
    assert parts["doc 0 publisher"] and parts["doc 1 publisher"] and parts["doc 1 published_at"]
    assert parts["doc 1 text_contains 'in Suva on 3 June'"]
    assert parts["doc 2 publisher"] is False  # a phrase in no stored document finds none
    # the article still wins when both hold the phrase, and without a phrase only the article is meant
    assert fc._find_doc(stored, {"text_contains": ["The ministers met in Suva"]}) is article
    assert fc._find_doc(stored, {}) is article
