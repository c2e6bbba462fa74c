"""`cablegram actors show` finds the actors the store holds and the knowledge base lacks (people first seen in
text, a demo store's fictional states) — by id, name or alias, as `actors list` and GET /api/actors/{id} do;
it said "no actor matches" for an id that `actors list` had just printed. Real SQLite store, real entry point."""

from __future__ import annotations

import pytest

from cablegram.cli import main
from cablegram.records import Actor
from cablegram.store import open_store


@pytest.fixture()
def db(tmp_path):
    path = tmp_path / "harbour.db"
    with open_store(str(path)) as store:
        store.upsert_actors([
            Actor(id="person:orla-venn", name="Orla Venn", type="person", country="NOR", aliases=["O. Venn"]),
            Actor(id="XSD", name="Sudria", type="state", country="XSD", aliases=["Sudrian"]),
        ])
    return path


@pytest.mark.parametrize("asked, shown", [
    ("person:orla-venn", "person:orla-venn  Orla Venn  (person, NOR)"),
    ("orla venn", "person:orla-venn  Orla Venn  (person, NOR)"),
    ("O. Venn", "person:orla-venn  Orla Venn  (person, NOR)"),
    ("XSD", "XSD  Sudria  (state, XSD)"),
    ("sudrian", "XSD  Sudria  (state, XSD)"),
])
def test_store_actors_are_shown(db, capsys, asked, shown):
    main(["--db", str(db), "actors", "show", asked])
    assert capsys.readouterr().out.splitlines()[0] == shown


def test_an_unknown_name_is_still_not_found_and_no_store_is_created(db, tmp_path, capsys):
    with pytest.raises(SystemExit) as done:
        main(["--db", str(db), "actors", "show", "Venn Orla Atlantis"])
    assert done.value.code == 1 and "error[not_found]" in capsys.readouterr().err
    missing = tmp_path / "none.db"
    with pytest.raises(SystemExit):
        main(["--db", str(missing), "actors", "show", "person:orla-venn"])
    assert not missing.exists()
