"""Datasette metadata: loads with Datasette's own parser, describes every column, canned queries run."""

from __future__ import annotations

import asyncio

import pytest

from cablegram.store import open_store
from cablegram.store.datasette import CANNED_QUERIES, write_datasette_metadata
from cablegram.store.schema import TABLES
from test_export_roundtrip import fill_store

datasette = pytest.importorskip("datasette")


def test_metadata_loads_and_queries_run(tmp_path):
    from datasette.app import Datasette
    from datasette.utils import parse_metadata

    db = tmp_path / "cg.db"
    with open_store(str(db)) as store:
        fill_store(store)
    path = write_datasette_metadata(db)
    assert path == tmp_path / "cg.metadata.json"
    meta = parse_metadata(path.read_text(encoding="utf-8"))
    tables = meta["databases"]["cg"]["tables"]
    for t in TABLES:
        assert set(tables[t.name]["columns"]) == set(t.column_names)
        assert all(tables[t.name]["columns"].values())

    async def fetch():
        ds = Datasette([str(db)], metadata=meta)
        if hasattr(ds, "invoke_startup"):
            await ds.invoke_startup()
        out = {}
        out["pair"] = (await ds.client.get("/cg/events_by_actor_pair.json?a=XSM&b=XNL&_shape=array")).json()
        out["added"] = (await ds.client.get("/cg/unsupported_claims_by_publisher.json?_shape=array")).json()
        out["meta"] = (await ds.client.get("/-/metadata.json")).json()
        out["table"] = (await ds.client.get("/cg/events.json?_shape=array")).json()
        for name in CANNED_QUERIES:
            params = "&".join(f"{p}=" for p in ("a", "b", "publisher", "actor"))
            response = await ds.client.get(f"/cg/{name}.json?{params}&_shape=array")
            out[name] = response.status_code
        return out

    got = asyncio.run(fetch())
    assert {r["type"] for r in got["pair"]} == {"CONSULT", "AGREE"}  # both directions of the pair
    assert got["added"] == [{"publisher": "Example News", "added": 1, "altered": 1, "supported": 0, "traced": 2,
                             "added_share": 0.5, "added_attributions": "anonymous"}]
    assert got["meta"]["databases"]["cg"]["tables"]["events"]["description"].startswith("PLOVER events")
    assert len(got["table"]) == 3
    assert all(got[name] == 200 for name in CANNED_QUERIES), {n: got[n] for n in CANNED_QUERIES}


def test_metadata_refuses_postgres_urls():
    from cablegram.errors import StoreError

    with pytest.raises(StoreError):
        write_datasette_metadata("postgresql://localhost/db")
