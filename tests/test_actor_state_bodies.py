"""A state's force named by the state's full name ("the Papua New Guinea Defence Force", "the Solomon Islands
Police Force") is that state, never the shorter state whose name it contains (Guinea). Own sentences."""

import pytest

from actor_pipeline import actors_pipeline, run_dated


@pytest.fixture(scope="module")
def actors_nlp():
    return actors_pipeline()


@pytest.mark.parametrize("text, name, expected", [
    ("Two landing craft were handed to the Papua New Guinea Defence Force at the naval base.",
     "Papua New Guinea Defence Force", "PNG"),
    ("The Solomon Islands Police Force arrested four men after the riot.", "Solomon Islands Police Force", "SLB"),
    ("Instructors from the New Zealand Defence Force trained the cadets.", "New Zealand Defence Force", "NZL"),
])
def test_a_states_force_named_by_the_state_is_that_state(actors_nlp, text, name, expected):
    doc = run_dated(actors_nlp, text, "2025-05-01")
    found = [(m.text, m.actor_id) for m in doc._.cg_mentions]
    assert (name, expected) in found and not any(a in ("GIN", "ZAF") for _, a in found), found
