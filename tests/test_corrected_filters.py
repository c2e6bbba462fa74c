"""Filters and overview aggregates see analysts' corrected values, on SQLite and PostgreSQL."""

from __future__ import annotations

from cablegram.store import corrections, readmodel
from cablegram.store.overview import OverviewFilter, overview
from test_api_sample import build_sample


def _event(store, event_type: str) -> dict:
    return next(e for e in store.query_events(limit=100) if e["type"] == event_type)


def _ids(store, **filters) -> set[str]:
    rows, _ = readmodel.list_events(store, limit=100, **filters)
    return {r["id"] for r in rows}


def test_corrected_actor_type_and_date_move_the_event_between_filters(any_backend_store):
    store = any_backend_store
    build_sample(store)
    threat = _event(store, "THREATEN")  # RUR -> POL, 2024-03-04
    assert threat["id"] in _ids(store, actor="POL") and threat["id"] not in _ids(store, actor="FRD")
    corrections.add_correction(store, "events", threat["id"], "correct", field="target_actor", value="FRD",
                               reason="the blockade is aimed at Freedonia")
    assert threat["id"] not in _ids(store, actor="POL")
    assert threat["id"] in _ids(store, actor="FRD")
    assert threat["id"] in _ids(store, target="FRD") and threat["id"] not in _ids(store, target="POL")
    assert threat["id"] in _ids(store, actors_any=["FRD"]) and threat["id"] not in _ids(store, actors_any=["POL"])
    # Other events of POL's old filter are unaffected; the source filter still finds it under RUR.
    assert threat["id"] in _ids(store, actor="RUR")
    corrections.add_correction(store, "events", threat["id"], "correct", field="source_actor", value="SYL",
                               reason="Sylvania issued the threat")
    assert threat["id"] not in _ids(store, actor="RUR") and threat["id"] in _ids(store, source="SYL")

    corrections.add_correction(store, "events", threat["id"], "correct", field="type", value="COERCE", reason="coercion")
    assert threat["id"] not in _ids(store, type="THREATEN") and threat["id"] in _ids(store, type="COERCE")
    corrections.add_correction(store, "events", threat["id"], "correct", field="date", value="2023-11-20",
                               reason="the threat was made in November")
    assert threat["id"] not in _ids(store, date_from="2024-03-01")
    assert threat["id"] in _ids(store, date_from="2023-11-01", date_to="2023-11-30")
    # The other filters still apply to the corrected event (AND, not OR).
    assert threat["id"] not in _ids(store, type="COERCE", actor="POL")
    assert threat["id"] in _ids(store, type="COERCE", actor="FRD", date_to="2023-12")


def test_rejected_event_with_a_corrected_field_stays_hidden(any_backend_store):
    store = any_backend_store
    build_sample(store)
    threat = _event(store, "THREATEN")
    corrections.add_correction(store, "events", threat["id"], "correct", field="target_actor", value="FRD", reason="r")
    corrections.add_correction(store, "events", threat["id"], "reject", reason="not an event")
    assert threat["id"] not in _ids(store, actor="FRD") and threat["id"] not in _ids(store, actor="POL")
    assert threat["id"] in _ids(store, actor="FRD", include_rejected=True)  # --all: listed by its corrected values
    assert threat["id"] not in _ids(store, actor="POL", include_rejected=True)
    counted = {g["key"] for g in overview(store, OverviewFilter())["by_actor"]}
    assert "POL" not in counted


def test_overview_counts_corrected_values(any_backend_store):
    store = any_backend_store
    build_sample(store)
    before = overview(store, OverviewFilter())
    threat = _event(store, "THREATEN")
    corrections.add_correction(store, "events", threat["id"], "correct", field="target_actor", value="FRD",
                               reason="the blockade is aimed at Freedonia")
    corrections.add_correction(store, "events", threat["id"], "correct", field="type", value="COERCE", reason="r")
    after = overview(store, OverviewFilter())
    actors = lambda o: {g["key"]: g["n"] for g in o["by_actor"]}  # noqa: E731
    types = lambda o: {g["key"]: g["n"] for g in o["by_type"]}  # noqa: E731
    assert after["total"] == before["total"]
    assert actors(after).get("POL", 0) == actors(before)["POL"] - 1
    assert actors(after)["FRD"] == actors(before)["FRD"] + 1
    assert types(after)["COERCE"] == 1 and "THREATEN" not in types(after)
    assert {(n["source"], n["target"], n["type"]) for n in after["network"]} >= {("RUR", "FRD", "COERCE")}
    assert ("RUR", "POL", "THREATEN") not in {(n["source"], n["target"], n["type"]) for n in after["network"]}
    # Filtering the overview by the old and the new actor.
    assert overview(store, OverviewFilter(actor="POL"))["total"] == 0
    frd = overview(store, OverviewFilter(actor="FRD", types=("COERCE",)))
    assert frd["total"] == 1 and frd["by_type"] == [{"key": "COERCE", "n": 1}]


def _order(store) -> list[str]:
    rows, _ = readmodel.list_events(store, limit=100)
    return [r["id"] for r in rows]


def test_corrected_date_moves_the_event_in_the_listing_order_and_survives_reprocessing(any_backend_store):
    store = any_backend_store
    build_sample(store)
    threat = _event(store, "THREATEN")
    before = _order(store)
    assert before.index(threat["id"]) < len(before) - 1  # not already the oldest
    corrections.add_correction(store, "events", threat["id"], "correct", field="date", value="1999-02",
                               reason="the threat dates from the old dispute")
    after = _order(store)
    assert after[-1] == threat["id"]  # newest first: the earliest date comes last
    assert sorted(after) == sorted(before)
    # Re-saving the document's analysis (as process --reprocess does) keeps the analyst's order.
    store.save_analysis(store.get_analysis(threat["doc_id"]))
    assert _order(store)[-1] == threat["id"]
    # A later correction back to no date falls back to the publication date.
    corrections.add_correction(store, "events", threat["id"], "correct", field="date", value=None, reason="undated")
    assert _order(store)[-1] != threat["id"]


def _network(store, actor_id: str) -> dict[tuple, int]:
    return {(r["counterpart"], r["type"], r["direction"]): r["n"] for r in readmodel.counterpart_network(store, actor_id)}


def test_actor_page_network_counts_corrected_and_rejected_events(any_backend_store):
    store = any_backend_store
    build_sample(store)
    threat = _event(store, "THREATEN")  # RUR -> POL
    rur, pol = _network(store, "RUR"), _network(store, "POL")
    assert rur[("POL", "THREATEN", "out")] >= 1 and pol[("RUR", "THREATEN", "in")] >= 1
    corrections.add_correction(store, "events", threat["id"], "correct", field="target_actor", value="FRD",
                               reason="the blockade is aimed at Freedonia")
    corrections.add_correction(store, "events", threat["id"], "correct", field="type", value="COERCE", reason="r")
    after = _network(store, "RUR")
    assert after.get(("POL", "THREATEN", "out"), 0) == rur[("POL", "THREATEN", "out")] - 1
    assert after[("FRD", "COERCE", "out")] == rur.get(("FRD", "COERCE", "out"), 0) + 1
    assert _network(store, "FRD")[("RUR", "COERCE", "in")] >= 1  # the new target's page sees it too
    assert _network(store, "POL").get(("RUR", "THREATEN", "in"), 0) == pol[("RUR", "THREATEN", "in")] - 1
    corrections.add_correction(store, "events", threat["id"], "reject", reason="not an event")
    assert _network(store, "RUR").get(("FRD", "COERCE", "out"), 0) == rur.get(("FRD", "COERCE", "out"), 0)
    profile = [{k: v for k, v in r.items() if k != "counterpart_name"} for r in readmodel.actor_profile(store, "RUR")["network"]]
    assert profile == readmodel.counterpart_network(store, "RUR")
