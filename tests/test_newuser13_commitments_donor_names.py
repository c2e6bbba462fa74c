"""`cablegram commitments list|summary|reconcile --donor/--recipient` take a lower-case id or a name (newuser13).

The options' help said "Donor actor id or name (exact, case-insensitive)", but `--donor deu` and `--donor Germany`
listed nothing: stored rows hold ids and the value was compared as given. Now an id in any case and a name the
knowledge base resolves to one actor are read as that actor's id; an ambiguous name ("Congo": COD or COG) or an
unknown one is kept as given (nothing is guessed). Real SQLite store with stored commitments, the real CLI; texts
and a tracker file written for this test."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from cablegram.cli import app
from cablegram.records import Analysis, Commitment, Document
from cablegram.store import open_store

TRACKER = ("id,donor,announced,category,currency,amount_as_given\n"
           "T1,Germany,2031-05-12,humanitarian,EUR,40000000\n")


def _fill(db) -> None:
    with open_store(str(db)) as store:
        for donor, text in (("DEU", "Germany pledged 40 million euros in aid for shelters in Ukraine."),
                            ("NOR", "Norway approved a budget loan to Ukraine.")):
            doc = Document(text=text, language="en", title="Aid report", publisher="Example News",
                           published_at="2031-05-12")
            store.add_document(doc)
            row = Commitment(doc_id=doc.id, sentence_index=0, sentence=text, donor=donor, recipient="UKR",
                             date="2031-05-12", category="humanitarian" if donor == "DEU" else "financial",
                             status="pledged", amount=4e7 if donor == "DEU" else None,
                             currency="EUR" if donor == "DEU" else None, amount_text="40 million euros"
                             if donor == "DEU" else None)
            store.save_analysis(Analysis(doc_id=doc.id, sentences=[[0, len(text)]], language="en",
                                         pipeline_version="test-1", commitments=[row]))


def _donors(db, *args) -> list[str]:
    result = CliRunner().invoke(app, ["--db", str(db), "commitments", "list", "-f", "jsonl", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line)["donor"] for line in result.output.splitlines() if line.strip()]


def test_a_lower_case_id_or_a_name_selects_the_actor(tmp_path):
    db = tmp_path / "c.db"
    _fill(db)
    assert _donors(db, "--donor", "deu") == ["DEU"]
    assert _donors(db, "--donor", "Germany", "--recipient", "ukraine") == ["DEU"]
    assert _donors(db, "--donor", "Congo") == []  # two states answer to it: nothing is guessed


def test_reconcile_takes_the_same_donor_values(tmp_path):
    db = tmp_path / "c.db"
    _fill(db)
    tracker = tmp_path / "tracker.csv"
    tracker.write_text(TRACKER, encoding="utf-8")
    for value in ("deu",):
        result = CliRunner().invoke(app, ["--db", str(db), "commitments", "reconcile", "--tracker", str(tracker),
                                          "--donor", value, "-f", "json"])
        assert result.exit_code == 0, result.output
        groups = json.loads(result.output)
        assert [(g["donor"], len(g["matched"])) for g in groups] == [("DEU", 1)], (value, groups)


def test_an_empty_event_listing_names_the_id_a_name_stands_for(tmp_path):
    db = tmp_path / "e.db"
    _fill(db)  # commitments only: no event matches any actor
    runner = CliRunner()
    named = runner.invoke(app, ["--db", str(db), "events", "--actor", "Hungary", "--target", "aut", "--source",
                                "Narnia"])
    assert named.exit_code == 0, named.output
    assert "--actor takes an actor id: 'Hungary' is HUN (try --actor HUN)" in named.output, named.output
    assert "--target takes an actor id: 'aut' is AUT (try --target AUT)" in named.output, named.output
    assert "--source takes" not in named.output, named.output  # a name nobody resolves gets no hint
