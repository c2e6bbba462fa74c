"""Accuracy floors on a fixed subset of the Kiel tracker rows, and field case F2-15 (read from ../shared/data)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
# Every 10th kiel_ust dev row, scored as benchmarks/eval_kiel.py scores them, with the shipped models (so the
# category figure is partly in-sample; the cross-validated figures are in docs/models.md). Floors are the
# measured figures less 0.02.
# Measured 2026-11-30 (found 0.982, donor 0.900, recipient 0.875, category 0.938, amount 1.000 — the package-value
# model saw these rows; its cross-validated figure is 0.900 — currency 0.986).
FLOORS = {"found": 0.96, "donor": 0.88, "recipient": 0.85, "category": 0.92, "amount": 0.98, "currency": 0.96}


@pytest.fixture(scope="module")
def kiel_eval():
    sys.path.insert(0, str(REPO / "benchmarks"))
    import eval_kiel

    return eval_kiel


def test_kiel_floors(nlp, shared_data, kiel_eval):
    if not (shared_data / "kiel_ust" / "kiel_ust.dev.jsonl").is_file():
        pytest.skip("kiel_ust not in the shared data")
    from cablegram.kb.base import KnowledgeBase
    from cablegram.nlp.commitments import FACTORY

    rows = kiel_eval.load_rows(shared_data)[::10]
    comp = nlp.get_pipe(FACTORY)
    comp.default_recipient = kiel_eval.DEFAULT_RECIPIENT
    try:
        kb = KnowledgeBase.load()
        scores = [kiel_eval.score_row(r, d, kb) for r, d in zip(rows, kiel_eval._run(nlp, rows))]
    finally:
        comp.default_recipient = None
    got = {}
    for field in FLOORS:
        vals = [s[field] for s in scores if s[field] is not None]
        got[field] = round(sum(vals) / len(vals), 3)
    low = {f: v for f, v in got.items() if v < FLOORS[f]}
    assert not low, (low, got)


def _field_case(shared_data: Path, case: str) -> tuple[dict, dict]:
    folder = shared_data / "field"
    cases = {json.loads(line)["id"]: json.loads(line) for line in (folder / "expected.jsonl").read_text(
        encoding="utf-8").splitlines() if line.strip()} if (folder / "expected.jsonl").is_file() else {}
    if case not in cases:
        pytest.skip(f"field case {case} not in {folder}")
    doc = json.loads((folder / cases[case]["input"]).read_text(encoding="utf-8").splitlines()[0])
    return cases[case], doc


def test_field_case_f2_15_ledger(nlp, shared_data):
    from cablegram.ledger import summarise
    from cablegram.nlp.pipeline import make_doc
    from cablegram.records import Document

    case, item = _field_case(shared_data, "F2-15")
    doc = nlp(make_doc(nlp, Document(text=item["text"], published_at=item["date"])))
    rows = list(doc._.cg_commitments)
    by_sentence = {c.sentence_index: c for c in rows}
    assert sorted(by_sentence) == [0, 1, 2, 3] and len(rows) == 4, rows
    for exp in case["expected"]["commitments"]:
        got = by_sentence[exp["sentence"]]
        assert (got.donor, got.recipient) == (exp["donor"], exp["recipient"])
        for key in ("category", "subcategory", "amount", "currency", "is_reference"):
            if key in exp:
                assert getattr(got, key) == exp[key], (exp["sentence"], key, getattr(got, key))
        assert got.status == exp["status"].split(" ")[0]
    assert "partial delivery" in by_sentence[3].reason  # "only part of the $40 billion": never the whole
    assert all(c.status != "refused" for c in rows)  # the delivery beside "did not announce" stands
    [usa] = [g for g in summarise(rows, by="donor") if g["donor"] == "USA"]
    assert usa["delivered_usd"] != usa["committed_usd"] and usa["gap_usd"] > 0
