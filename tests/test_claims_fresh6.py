"""Claimant set #6 (tests/data/claimants_fresh6.jsonl: 40 short wire-style passages written with their text on 1 Dec
2026 by an analyst who never saw the code; its records and accuracy floors are checked in
test_claims_claimant_sets.py): the kinds its development part showed, each in own fictional sentences: an outlet
known by the shape of its name ("the Valley Gazette", "Radio Ostmark"), a dispatch known by its city, a party's
initials, an office before a name, a clause the parser hung on "said in a statement", state television, a forecast
with its own subject, a "they" that refers to unnamed people."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from claims_support import with_claimant_words

REPO = Path(__file__).resolve().parents[1]


def _module():
    spec = importlib.util.spec_from_file_location("eval_claimants", REPO / "benchmarks" / "eval_claimants.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rows_with_text_are_scored_on_their_own_text():
    module = _module()
    row = {"id": "x", "text": "Ann Lee said it."}
    assert module.row_key(row) == ("text", "x")
    assert module.row_key({"dataset": "guardian", "doc_id": "7"}) == ("guardian", "7")


@pytest.fixture(scope="module")
def nlp(claims_nlp):
    return claims_nlp


def attributed(nlp, text: str) -> list[tuple[str, str]]:
    """(kind, claimant span text) of every claim with a claimant."""
    return [(kind, words) for kind, words, _ in with_claimant_words(nlp, text, "2024-05-01")]


@pytest.mark.parametrize(("text", "kind", "claimant"), [
    # a newspaper known by the shape of its name, not by the list of outlets
    ("The harbour will close for repairs in June, the Valley Gazette reported.", "outlet", "the Valley Gazette"),
    ("A year-long inquiry by the Eastbrook Sentinel found that the council had lost the tender files.",
     "outlet", "A year-long inquiry by the Eastbrook Sentinel"),
    ("The dam was breached before dawn, according to Radio Ostmark.", "outlet", "Radio Ostmark"),
    ("Three ferries were cancelled, the Evening Beacon said.", "outlet", "the Evening Beacon"),
    # not an outlet: a polling firm, a postal service, a report from a body
    ("“Few voters changed their minds,” wrote Ilse Varga for Morning Consult.", "named", "Ilse Varga"),
    ("The Post Office said deliveries would resume on Monday.", "organisation", "The Post Office"),
    ("A report from the ministry said two bridges were unsafe.", "organisation", "A report from the ministry"),
    # a news dispatch known by the city it came from
    ("a report from nagpur said the two men had been released on bail.", "outlet", "a report from nagpur"),
    # a party's initials in text set in lower case
    ("the tdp said the bandh would go ahead on friday.", "organisation", "the tdp"),
    ("the ssp said the situation was under control.", "named", "the ssp"),  # an office by its initials
    # an office before a name is no part of the span; a rank stays
    ("Interior Minister Tomas Halloran said the curfew would be lifted.", "named", "Tomas Halloran"),
    ("Norland's Prime Minister Ilse Varga said the talks had stalled.", "named", "Ilse Varga"),
    ("Col. Ivar Tamm said the convoy had turned back.", "named", "Col. Ivar Tamm"),
    # a name set in apposition to a title is a person's, whatever the NER typed it
    ("The mayor, Ilse Varga, said the bridge would reopen.", "named", "Ilse Varga"),
    # a that-clause the parser hangs on the statement noun is the cue's content
    ("The Ostrian transport ministry said in a statement that the tunnel would reopen.", "organisation",
     "The Ostrian transport ministry"),
    # broadcasters by their name's words, and state television whatever the NER guessed
    ("The Ostrian Broadcasting Corporation said the count had been suspended.", "outlet",
     "The Ostrian Broadcasting Corporation"),
    ("Drosnian state TV reported that the airport had been closed.", "outlet", "Drosnian state TV"),
    # a forecast: a verb of expecting with an infinitive that has its own subject
    ("Most economists expect inflation to ease next year.", "analysts", "Most economists"),
    # "they" takes the kind of the unnamed people it refers to
    ("Economists warned that the currency could fall. They said reserves were running low.", "analysts", "They"),
    ("Villagers fled the valley overnight. They said the shelling had grown heavier.", "anonymous", "They"),
])
def test_kinds_of_the_sixth_set(nlp, text, kind, claimant):
    assert (kind, claimant) in attributed(nlp, text)
