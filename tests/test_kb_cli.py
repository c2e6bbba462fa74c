"""`cablegram kb update|audit` and `cablegram actors list` (store and --kb) through Typer's CliRunner.

The office-holders below are invented (fictional names, offices dated in the 2030s)."""

import csv
import json

from typer.testing import CliRunner

from cablegram.cli.actors import app as actors_app
from cablegram.cli.kb import app as kb_app
from cablegram.config import Settings
from cablegram.records import Analysis, Document, Mention

runner = CliRunner()


def invoke(app, db, *args):
    return runner.invoke(app, list(args), obj={"settings": Settings.load(db=str(db))})


def write_csv(path, rows):
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.DictWriter(fh, fieldnames=["personLabel", "positionLabel", "country", "start", "end"])
        out.writeheader()
        out.writerows(rows)


def test_update_adds_people_and_closes_the_predecessor(tmp_path):
    db = tmp_path / "news.db"
    first = tmp_path / "first.csv"
    write_csv(first, [{"personLabel": "Maarja Tammekivi", "positionLabel": "Minister of Foreign Affairs of Estonia",
                       "country": "Estonia", "start": "2031-02-01T00:00:00Z", "end": ""}])
    result = invoke(kb_app, db, "update", str(first), "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["summary"]["added_actors"] == 1 and report["summary"]["added_roles"] == 1
    shown = invoke(actors_app, db, "show", "Maarja Tammekivi", "--date", "2032-01-01", "--json")
    assert json.loads(shown.output)["role_on_date"]["role"] == "foreign_minister"

    second = tmp_path / "second.json"  # a Wikidata query-service result
    second.write_text(json.dumps({"head": {"vars": ["person", "personLabel", "positionLabel", "country", "start"]},
                                  "results": {"bindings": [{
                                      "person": {"type": "uri", "value": "http://www.wikidata.org/entity/Q999999991"},
                                      "personLabel": {"type": "literal", "value": "Rasmus Lepaniit"},
                                      "positionLabel": {"type": "literal", "value": "Minister of Foreign Affairs"},
                                      "country": {"type": "literal", "value": "EST"},
                                      "start": {"type": "literal", "value": "2033-05-10T00:00:00Z"}}]}}),
                      encoding="utf-8")
    result = invoke(kb_app, db, "update", str(second))
    assert result.exit_code == 0, result.output
    assert "roles closed by a successor" in result.output and "succeeded by Rasmus Lepaniit" in result.output
    old = json.loads(invoke(actors_app, db, "show", "Maarja Tammekivi", "--date", "2034-01-01", "--json").output)
    assert old["role_on_date"] is None
    assert any(r["end"] == "2033-05-10" for r in old["roles"])

    again = invoke(kb_app, db, "update", str(second), "--json")  # importing twice changes nothing
    assert json.loads(again.output)["summary"]["added_roles"] == 0


def test_update_dry_run_and_bad_rows(tmp_path):
    db = tmp_path / "news.db"
    path = tmp_path / "rows.jsonl"
    path.write_text('{"name": "Iiris Kallaste", "title": "Prime Minister", "country": "Atlantis", "start": "2031"}\n'
                    '{"name": "Toomas Rebane", "title": "Prime Minister", "country": "EST", "start": "2031-03"}\n',
                    encoding="utf-8")
    result = invoke(kb_app, db, "update", str(path), "--dry-run", "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["skipped"] == ["row 1: unknown country 'Atlantis'"] and report["written"] == 0
    assert not (tmp_path / "news.db.actors.jsonl").exists()
    missing = invoke(kb_app, db, "update", str(tmp_path / "nope.csv"))
    assert missing.exit_code == 1 and "not found" in missing.output and "Traceback" not in missing.output


def test_audit_lists_open_roles_duplicates_and_overlaps(tmp_path):
    db = tmp_path / "news.db"
    (tmp_path / "news.db.actors.jsonl").write_text(
        '{"id": "person:olev-saar", "name": "Olev Saar", "type": "person", "country": "EST", "roles": '
        '[{"title": "Minister of Defence", "role": "defence_minister", "country": "EST", "start": "2001-01-01"}]}\n'
        '{"id": "person:mart-kuusk", "name": "Mart Kuusk", "type": "person", "country": "EST", "roles": '
        '[{"title": "Minister of Defence", "role": "defence_minister", "country": "EST", "start": "2026-03-01"}]}\n'
        '{"id": "person:rein-kask", "name": "Rein Kask", "type": "person", "country": "EST", "roles": '
        '[{"title": "Minister of Defence", "role": "defence_minister", "country": "EST", "start": "2026-06-01"}]}\n'
        '{"id": "group:nord-brigade", "name": "Nord Brigade", "type": "group"}\n'
        '{"id": "group:the-nord-brigade", "name": "Nord Brigade", "type": "group"}\n',
        encoding="utf-8")
    result = invoke(kb_app, db, "audit", "--as-of", "2026-11-30", "--json")
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    assert any(r["id"] == "person:olev-saar" for r in found["long_open_roles"])
    assert any(set(r["ids"]) == {"group:nord-brigade", "group:the-nord-brigade"} for r in found["duplicates"])
    assert any({"person:mart-kuusk", "person:rein-kask"} <= set(r["ids"]) for r in found["overlapping_holders"])
    as_format = invoke(kb_app, db, "audit", "--as-of", "2026-11-30", "-f", "json")  # -f json: the same report
    assert as_format.exit_code == 0 and json.loads(as_format.output) == found
    bad = invoke(kb_app, db, "audit", "--as-of", "last week")
    assert bad.exit_code == 1 and "YYYY-MM-DD" in bad.output


def test_actors_list_reads_the_store_by_default(tmp_path, store):
    doc = Document(id="d1", text="Kaja Kallas met Olev Saar.", published_at="2025-02-01")
    store.add_document(doc)
    mentions = [Mention(doc_id="d1", start=0, end=11, text="Kaja Kallas", actor_id="PER.EST.kaja-kallas"),
                Mention(doc_id="d1", start=16, end=25, text="Olev Saar", actor_id="person:olev-saar")]
    from cablegram.records import Actor

    new = [Actor(id="person:olev-saar", name="Olev Saar", type="person", is_new=True)]
    store.save_analysis(Analysis(doc_id="d1", mentions=mentions, new_actors=new))
    db = store.path
    listed = invoke(actors_app, db, "list", "--format", "csv")
    assert listed.exit_code == 0, listed.output
    rows = list(csv.DictReader(listed.output.splitlines()))
    assert {r["id"]: r["name"] for r in rows} == {"PER.EST.kaja-kallas": "Kaja Kallas", "person:olev-saar": "Olev Saar"}
    people = invoke(actors_app, db, "list", "--type", "person", "--country", "EST", "--json")
    assert [row["id"] for row in json.loads(people.output)] == ["PER.EST.kaja-kallas"]
    kb = invoke(actors_app, db, "list", "kallas", "--kb", "--format", "json")
    assert "PER.EST.kaja-kallas" in kb.output and '"roles"' in kb.output
    empty = invoke(actors_app, tmp_path / "none.db", "list")
    assert empty.exit_code == 1 and "Traceback" not in empty.output


def test_audit_lists_then_fixes_new_short_forms_across_documents(store):
    from cablegram.records import Actor

    full = Actor(id="person:lina-farrow", name="Lina Farrow", type="person", is_new=True)
    short = Actor(id="person:farrow", name="Farrow", type="person", is_new=True)
    for doc_id, text, actor in (("d1", "Lina Farrow spoke.", full), ("d2", "Ms Farrow spoke.", short)):
        store.add_document(Document(id=doc_id, text=text, published_at="2025-02-01"))
        start = text.index(actor.name)
        store.save_analysis(Analysis(doc_id=doc_id, new_actors=[actor], mentions=[
            Mention(doc_id=doc_id, start=start, end=start + len(actor.name), text=actor.name, actor_id=actor.id)]))
    listed = invoke(kb_app, store.path, "audit", "--as-of", "2026-11-30")
    assert listed.exit_code == 0, listed.output
    assert "person:farrow -> person:lina-farrow" in listed.output
    assert store.get_analysis("d2").mentions[0].actor_id == "person:farrow"
    fixed = invoke(kb_app, store.path, "audit", "--as-of", "2026-11-30", "--fix", "--json")
    assert fixed.exit_code == 0, fixed.output
    assert [(r["id"], r["into"]) for r in json.loads(fixed.output)["new_short_forms"]] == [
        ("person:farrow", "person:lina-farrow")]
    assert store.get_analysis("d2").mentions[0].actor_id == "person:lina-farrow"
