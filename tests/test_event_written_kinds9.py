"""Event kinds of the ninth written set's dev misses (issue 12, ``benchmarks/eval_events_written.py --set fresh9``),
fixed in general on sentences of our own: a diplomat ordered or given hours to leave is expelled (SANCTION). (A
signed accord stays what the classifier says: plv codes signings SUPPORT, and reading them AGREE lowers its figure.)"""

from __future__ import annotations

import pytest


def events_of(nlp, text: str) -> list:
    doc = nlp.make_doc(text)
    doc._.cg_date = "2026-12-02"
    doc._.cg_doc_id = "doc_written_kinds9"
    return list(nlp(doc)._.cg_events)


def types_on(nlp, text: str, trigger: str) -> list[str]:
    return [e.type for e in events_of(nlp, text) if e.trigger == trigger]


@pytest.mark.parametrize("text, trigger", [
    ("The junta ordered the French ambassador to leave the country within three days.", "ordered"),
    ("Mali gave the Algerian envoy 72 hours to leave.", "gave"),
])
def test_a_diplomat_ordered_to_leave_is_expelled(nlp, text, trigger):
    assert types_on(nlp, text, trigger) == ["SANCTION"]


@pytest.mark.parametrize("text", [
    "The minister ordered the army to leave the capital.",
    "Washington ordered non-essential embassy staff to leave Kyiv.",
])
def test_others_ordered_to_leave_are_no_expulsion(nlp, text):
    assert "SANCTION" not in types_on(nlp, text, "ordered")



def test_a_diplomat_ordered_out_in_a_second_act_is_expelled(nlp):
    text = "The junta rejected the bloc's demand and ordered the French consul to leave the country within two days."
    assert types_on(nlp, text, "ordered") == ["SANCTION"]
