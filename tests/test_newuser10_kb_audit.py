"""`kb audit --fix` (newuser10 item 8): a surname across documents is merged into the only full name that
ends with it, but a first name alone in a document that never names the full name, a people ("Greeks" into
"Ancient Greeks") and a name that only adds an article ("Varnaq" into "al-Varnaq") are listed to review and
never merged. Real store, real CLI; the people and places are fictional, the sentences our own."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from cablegram.cli import app
from cablegram.records import Actor, Analysis, Document, Mention
from cablegram.store import open_store

# (text, [(name, id)]): each document names these new people.
DOCS = [
    ("Lina Farrow, a lawyer for the family, spoke to reporters.", [("Lina Farrow", "lina-farrow")]),
    ("Farrow told the court the appeal would be heard in May.", [("Farrow", "farrow")]),
    ("Lina wrote to her sister from the camp.", [("Lina", "lina")]),
    ("The Ancient Greeks built the harbour; the Greeks still visit it.", [("Ancient Greeks", "ancient-greeks"),
                                                                          ("Greeks", "greeks")]),
    ("Jets left al-Varnaq before dawn; Varnaq was hit later.", [("al-Varnaq", "al-varnaq"), ("Varnaq", "varnaq")]),
]


def _store(db) -> None:
    with open_store(str(db)) as store:
        for i, (text, people) in enumerate(DOCS):
            doc = Document(text=text, published_at=f"2024-03-0{i + 1}", title=f"Report {i}")
            store.add_document(doc)
            mentions = [Mention(doc.id, text.index(name), text.index(name) + len(name), name, f"person:{slug}", 0,
                                method="new") for name, slug in people]
            actors = [Actor(id=f"person:{slug}", name=name, type="person", is_new=True) for name, slug in people]
            store.save_analysis(Analysis(doc_id=doc.id, mentions=mentions, new_actors=actors))


def _mentioned(db, actor_id: str) -> int:
    with open_store(str(db)) as store:
        return store.read_sql("SELECT COUNT(*) AS n FROM mentions WHERE actor_id = ?", (actor_id,))[0]["n"]


def test_fix_merges_the_surname_and_lists_first_names_peoples_and_places_to_review(tmp_path):
    db = tmp_path / "kb.db"
    _store(db)
    runner = CliRunner()
    listed = runner.invoke(app, ["--db", str(db), "kb", "audit", "--show", "50"], env={"COLUMNS": "250"})
    assert listed.exit_code == 0, listed.output
    assert "short forms to review (never merged by --fix) (3)" in listed.output
    assert "'Farrow' -> 'Lina Farrow', 1 document)" in listed.output  # singular
    result = runner.invoke(app, ["--db", str(db), "kb", "audit", "--fix", "-f", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert [(r["id"], r["into"]) for r in report["new_short_forms"]] == [("person:farrow", "person:lina-farrow")]
    review = {r["id"]: r["reason"] for r in report["short_forms_to_review"]}
    assert set(review) == {"person:lina", "person:greeks", "person:varnaq"}
    assert "first name" in review["person:lina"] and "people" in review["person:greeks"]
    assert "place" in review["person:varnaq"]
    assert _mentioned(db, "person:farrow") == 0 and _mentioned(db, "person:lina-farrow") == 2
    assert all(_mentioned(db, f"person:{slug}") == 1 for slug in ("lina", "greeks", "varnaq"))


def test_a_first_name_in_the_full_names_own_document_is_merged(tmp_path):
    db = tmp_path / "one.db"
    with open_store(str(db)) as store:
        text = "Lina Farrow arrived on Monday. Lina said the road was closed."
        doc = Document(text=text, published_at="2024-03-01", title="Arrival")
        store.add_document(doc)
        store.save_analysis(Analysis(doc_id=doc.id, mentions=[
            Mention(doc.id, 0, 11, "Lina Farrow", "person:lina-farrow", 0, method="new"),
            Mention(doc.id, 31, 35, "Lina", "person:lina", 1, method="new")], new_actors=[
            Actor(id="person:lina-farrow", name="Lina Farrow", type="person", is_new=True),
            Actor(id="person:lina", name="Lina", type="person", is_new=True)]))
    result = CliRunner().invoke(app, ["--db", str(db), "kb", "audit", "--fix", "-f", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert [r["id"] for r in report["new_short_forms"]] == ["person:lina"] and report["short_forms_to_review"] == []
    assert _mentioned(db, "person:lina") == 0
