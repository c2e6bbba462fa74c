"""Commitment look-alikes a new user met first (demo and own short files): each kind is fixed through the parse
and the lexicon, and each test here is in our own words about fictional states."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from test_commitments_component import cnlp, run  # noqa: F401  (the module's commitments-only pipeline)


@pytest.mark.parametrize("text, sub", [
    ("Kestria has delivered air-defence systems to Ostravia, its foreign minister told reporters on Monday.",
     "air_defence"),
    ("Kestria has shipped anti-aircraft guns to Ostravia, a spokesman said.", "air_defence"),
    ("Kestria has delivered anti-tank weapons to Ostravia, its defence minister said.", "equipment"),
])
def test_present_perfect_delivery_with_hyphenated_kind_is_a_delivery(cnlp, text, sub):
    """A hyphenated kind word ("air-defence") in what a "has delivered" gives is support: a delivery row with
    giver and receiver, not a low-confidence package note marked pledged."""
    [c] = run(cnlp, text)
    assert (c.donor, c.recipient, c.category, c.subcategory, c.status) == \
        ("Kestria", "Ostravia", "military", sub, "delivered")


@pytest.mark.parametrize("text", [
    # the topic of a visit or of talks
    "The visit is expected to focus on reconstruction and energy security.",
    "The talks in Belsa will centre on humanitarian corridors and food deliveries.",
    # a state moving its own forces
    "Drosnia moved two armoured brigades to the border.",
    "Drosnia has deployed 3,000 troops and tanks to its frontier with Quorvia.",
    "Drosnia sent two armoured brigades and tanks to the border on Sunday.",
    # an agreement on a field of cooperation, with nothing given
    "Belmora and Quorvia signed an agreement on energy cooperation.",
    "Quorvia signed a memorandum on defence cooperation with Belmora.",
    # thanks or praise for earlier support
    "The president thanked Norlund for its support.",
    "Belmora thanked Norlund for its military aid during the winter.",
])
def test_lookalikes_give_no_commitment(cnlp, text):
    assert run(cnlp, text) == []


@pytest.mark.parametrize("text, cat, status", [
    ("Norland sent 40 tanks and ammunition to Ostravia.", "military", "delivered"),
    ("Norland signed an agreement to lend Ostravia $200 million for energy repairs.", "financial", "allocated"),
    ("Belmora will provide Quorvia with generators for its power grid.", "humanitarian", "pledged"),
])
def test_support_beside_the_lookalike_words_is_still_found(cnlp, text, cat, status):
    rows = run(cnlp, text)
    assert rows and (rows[0].category, rows[0].status) == (cat, status), rows


def test_demo_delivery_is_recorded_as_delivered_and_visit_topic_is_no_commitment(tmp_path):
    """Through the real CLI: the demo's "has delivered air-defence systems" is a delivery and the topic of the
    announced visit gives no row."""
    proc = subprocess.run([sys.executable, "-m", "cablegram", "demo", "--out", "demo.db", "--json"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert json.loads(proc.stdout)["counts"]["documents"] > 0
    con = sqlite3.connect(tmp_path / "demo.db")
    rows = con.execute("SELECT sentence, status FROM commitments").fetchall()
    con.close()
    delivered = [s for s, st in rows if "has delivered air-defence" in s]
    assert delivered and all(st == "delivered" for s, st in rows if s in delivered), rows
    assert not [s for s, _ in rows if "focus on" in s], rows
