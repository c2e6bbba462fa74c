"""Listings a new user read (newuser10 items 4, 14): `cablegram claims` says how many claims the limit and the
default hide, as `events` does; counts take the right number ("1 more claim is hidden … shows it"). Real
store, real CLI through Typer's runner; our own sentences about fictional states."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from cablegram.cli import app
from cablegram.records import Analysis, Claim, Document
from cablegram.store import open_store

TEXT = " ".join(f"Sentence {i} says the harbour of Pell stays closed." for i in range(8))


def _store(db, kinds: list[str]) -> list[str]:
    doc = Document(text=TEXT, title="Harbour closed", publisher="Quay Post", published_at="2024-04-01")
    claims = [Claim(doc.id, i, f"Sentence {i} says the harbour of Pell stays closed.", kind,
                    claimant_text=None if kind == "none" else f"speaker {i}", cue=None if kind == "none" else "says")
              for i, kind in enumerate(kinds)]
    with open_store(str(db)) as store:
        store.add_document(doc)
        store.save_analysis(Analysis(doc_id=doc.id, sentences=[[0, 1]] * 8, claims=claims))
    return [c.id for c in claims]


@pytest.fixture()
def claims_db(tmp_path):
    """One document with 5 attributed claims and 2 sentences without a claimant."""
    db = tmp_path / "c.db"
    return db, _store(db, ["named", "organisation", "anonymous", "named", "outlet", "none", "none"])


def cli(db, *args: str) -> str:
    result = CliRunner().invoke(app, ["--db", str(db), *args], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    return " ".join(result.output.split())


def test_claims_table_counts_what_the_limit_and_the_default_hide(claims_db):
    db, _ = claims_db
    out = cli(db, "claims", "--limit", "2")
    assert "showing 2 of 5 claims (raise --limit for more); 2 more claims are hidden (no claimant, or rejected): " \
           "`--all` shows them" in out
    assert "showing" not in cli(db, "claims") and "2 more claims are hidden" in cli(db, "claims")
    every = cli(db, "claims", "--all", "--limit", "3")
    assert "showing 3 of 7 claims" in every and "hidden" not in every


def test_one_hidden_claim_is_counted_in_the_singular(claims_db, tmp_path):
    db, ids = claims_db
    cli(db, "corrections", "add", ids[0], "reject", "--reason", "the speaker only reads a notice aloud")
    assert "3 more claims are hidden" in cli(db, "claims")  # a rejected claim is hidden too
    single = tmp_path / "one.db"
    _store(single, ["named", "none"])
    out = cli(single, "claims")
    assert re.search(r"1 more claim is hidden \(no claimant, or rejected\): `--all` shows it\b", out), out
    assert "showing" not in out


def _main(capsys, db, *args: str) -> tuple[int, str]:
    """The console entry point as the `cablegram` script runs it: (exit code, stdout + stderr)."""
    from cablegram.cli import main

    try:
        main(["--db", str(db), *args])
        code = 0
    except SystemExit as exc:
        code = exc.code or 0
    out = capsys.readouterr()
    return code, " ".join((out.out + out.err).split())


def test_a_confidence_outside_0_to_1_is_refused_with_a_hint(claims_db, capsys):
    db, _ = claims_db
    code, out = _main(capsys, db, "events", "--min-confidence", "2")
    assert code == 1
    assert "error[invalid_value]: --min-confidence: 2 is outside 0 to 1" in out and "e.g. --min-confidence 0.7" in out


def test_unknown_options_get_only_near_spellings_as_suggestions(claims_db, capsys):
    db, _ = claims_db
    code, out = _main(capsys, db, "events", "--colour", "red")
    assert code == 2 and "No such option: --colour" in out and "Possible options" not in out
    code, out = _main(capsys, db, "events", "--limt", "3")
    assert code == 2 and "(Possible options: --limit)" in out


def test_commitments_list_takes_a_limit(tmp_path):
    from dataclasses import replace

    from test_api_sample import build_sample

    db = tmp_path / "s.db"
    with open_store(str(db)) as store:
        article = build_sample(store)["article"]
        analysis = store.get_analysis(article.id)
        second = replace(analysis.commitments[0], sentence_index=2, category="humanitarian", subcategory=None,
                         items=["tents"], amount_text="300 tents")
        store.save_analysis(replace(analysis, commitments=[*analysis.commitments, second]))
    every = cli(db, "commitments", "list")
    assert "2 stored commitment(s)" in every and "showing the first" not in every
    one = cli(db, "commitments", "list", "--limit", "1")
    assert "2 stored commitment(s)" in one and "showing the first 1 (raise --limit for more)" in one
    assert ("armour" in one) != ("humanitarian" in one)
    assert cli(db, "commitments", "list", "--limit", "1", "-f", "json").count('"donor"') == 1


def test_corrections_list_table_names_the_author(claims_db):
    db, ids = claims_db
    cli(db, "corrections", "add", ids[0], "reject", "--reason", "a notice read aloud", "--author", "analyst-7")
    cli(db, "corrections", "add", ids[1], "confirm")
    out = CliRunner().invoke(app, ["--db", str(db), "corrections", "list"], env={"COLUMNS": "200"}).output
    first, second = [line for line in out.splitlines() if "clm_" in line]
    assert ids[0] in first and first.endswith("— a notice read aloud  (analyst-7)")
    assert ids[1] in second and "(" not in second


def test_commitments_summary_puts_a_pledge_without_a_donor_last_and_says_so(tmp_path):
    from dataclasses import replace

    from test_api_sample import build_sample

    db = tmp_path / "s.db"
    with open_store(str(db)) as store:
        article = build_sample(store)["article"]
        analysis = store.get_analysis(article.id)
        unnamed = replace(analysis.commitments[0], sentence_index=2, donor=None, category="financial",
                          subcategory=None, items=[], amount_text="$5 billion", amount=5e9, currency="USD")
        store.save_analysis(replace(analysis, commitments=[*analysis.commitments, unnamed]))
    out = CliRunner().invoke(app, ["--db", str(db), "commitments", "summary"], env={"COLUMNS": "200"}).output
    rows = [line for line in out.splitlines() if line.startswith("│")]
    assert len(rows) == 2, out
    assert "FRD" in rows[0] and "(not named)" in rows[1] and "5,000.0m" in rows[1]
    assert "│ - " not in out
