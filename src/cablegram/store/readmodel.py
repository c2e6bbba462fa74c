"""Read queries for the dashboard, API and CLI listings: documents, country filter, actor profile, trace summary.

Parameterised SQL in the dialect common to SQLite and PostgreSQL, run through ``store.read_sql``
(``?`` placeholders; each back-end adapts them), so every back-end serves the same pages.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from . import summaries
from .versions import latest_only_sql

ISO_DATE = r"^\d{4}-\d{2}(-\d{2})?$"  # YYYY-MM or YYYY-MM-DD, as the listing filters accept


def _rows(store, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    return store.read_sql(sql, params)


def list_documents(store, publisher: str | None = None, primary: bool | None = None,
                   limit: int = 50, offset: int = 0, all_versions: bool = False) -> list[dict[str, Any]]:
    """Documents newest first, without their text. A document without a title gets ``display_title``: the
    first words of its text (:func:`display_title`); its ``title`` stays None. A superseded version (one a
    later document names as its ``previous_version``) is listed only with ``all_versions``; each row's
    ``previous_version`` names the version it replaced, and its ``quality`` lists the document's quality flags
    set at ingest (names, e.g. ``["unparsed_date"]``; ``[]`` for none; docs/codebook.md)."""
    where, params = [], []
    latest = latest_only_sql(store, "documents.id", all_versions)
    if latest:
        where.append(latest)
    if publisher:
        where.append("publisher LIKE ?")
        params.append(f"%{publisher}%")
    if primary is not None:
        where.append("is_primary = ?")
        params.append(bool(primary))
    sql = ("SELECT id, title, publisher, published_at, url, is_primary, processed_version, previous_version, quality "
           "FROM documents " + ("WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY published_at DESC LIMIT ? OFFSET ?")
    rows = _rows(store, sql, [*params, int(limit), int(offset)])
    for r in rows:
        r["is_primary"] = bool(r["is_primary"])
        r["quality"] = _flag_names(r.get("quality"))
    return with_display_titles(store, rows)


def _flag_names(stored: Any) -> list[str]:
    """A document's ``quality`` column as a list of flag names: SQLite returns the JSON text, PostgreSQL the list."""
    value = json.loads(stored) if isinstance(stored, str) else stored
    return [str(name) for name in value or []]


def with_display_titles(store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Document rows (``id``, ``title``) where those without a title get ``display_title``: the first words
    of their text (:func:`display_title`); ``title`` stays as stored, so a reader can mark the difference."""
    untitled = [{"doc_id": r["id"], "title": None} for r in rows if not (r.get("title") or "").strip()]
    heads = {u["doc_id"]: u["title"] for u in fill_titles(store, untitled)}
    for r in rows:
        if r["id"] in heads:
            r["display_title"] = heads[r["id"]]
    return rows


def documents_brief(store, doc_ids: list[str]) -> dict[str, dict[str, Any]]:
    """id -> {id, title, publisher, published_at, url, is_primary, language} for the given ids."""
    if not doc_ids:
        return {}
    marks = ",".join("?" for _ in doc_ids)
    rows = _rows(store, "SELECT id, title, publisher, published_at, url, is_primary, language FROM documents "
                        f"WHERE id IN ({marks})",
                 list(doc_ids))
    rows = fill_titles(store, [{**r, "doc_id": r["id"], "is_primary": bool(r["is_primary"])} for r in rows])
    return {r["id"]: {k: v for k, v in r.items() if k != "doc_id"} for r in rows}


def country_actor_ids(store, country: str) -> list[str]:
    """The country code itself and the ids of the actors that belong to it."""
    code = country.upper()
    rows = _rows(store, "SELECT id FROM actors WHERE country = ? ORDER BY id", [code])
    return list(dict.fromkeys([code, *(r["id"] for r in rows)]))


def events_in_country(store, country: str, **filters: Any) -> list[dict]:
    """Events (other filters as Store.query_events) whose source or target is the country or one of its actors."""
    return store.query_events(actors_any=country_actor_ids(store, country), **filters)


def primary_candidates(store, date: str | None, window_days: int, exclude: str | None = None,
                       limit: int = 20) -> list[str]:
    """Ids of primary documents published within ``window_days`` of ``date`` (any date when unknown)."""
    where, params = ["is_primary = ?", "id != ?"], [True, exclude or ""]
    if date:
        try:
            day = dt.date.fromisoformat(date[:10])
        except ValueError:
            day = None  # an unparseable date: no window, as for an unknown date
        if day is not None:
            lo, hi = day - dt.timedelta(days=window_days), day + dt.timedelta(days=window_days)
            where.append("substr(published_at, 1, 10) >= ? AND substr(published_at, 1, 10) <= ?")
            params += [lo.isoformat(), hi.isoformat()]
    rows = _rows(store, f"SELECT id FROM documents WHERE {' AND '.join(where)} ORDER BY published_at DESC LIMIT ?",
                 [*params, limit])
    return [r["id"] for r in rows]


def _superseded_part(store, name: str, actor_id: str, all_versions: bool):
    """What superseded document versions add to summary ``name`` for the actor (nothing with ``all_versions``)."""
    return None if all_versions else summaries.superseded_part(store, name, actor_id)


def name_variants(store, actor_id: str, limit: int = 40, all_versions: bool = False) -> list[dict[str, Any]]:
    """How the actor was written in mentions, most frequent first: rows of text, n (from the actor_names
    summary). Mentions in superseded document versions are counted only with ``all_versions`` (store.versions)."""
    return summaries.name_variants(store, actor_id, limit, _superseded_part(store, "actor_names", actor_id, all_versions))


def roles_seen(store, actor_id: str, all_versions: bool = False) -> list[dict[str, Any]]:
    """Roles attached to the actor's mentions, with the first and last publication date they were seen
    (from the actor_roles summary); superseded document versions' mentions only with ``all_versions``."""
    return summaries.roles_seen(store, actor_id, _superseded_part(store, "actor_roles", actor_id, all_versions))


def counterpart_network(store, actor_id: str, limit: int = 60, all_versions: bool = False) -> list[dict[str, Any]]:
    """Who the actor interacts with, by event type: rows of counterpart, type, direction, n (from the
    actor_links summary, so a busy actor's page does not count its events one by one), with analysts'
    corrections applied: an event whose actors or type were corrected counts under its corrected
    values, a rejected event not at all (:func:`_corrected_links`). Events of superseded document versions
    are counted only with ``all_versions`` (store.versions)."""
    rows = summaries.counterpart_network(store, actor_id, limit,
                                         _superseded_part(store, "actor_links", actor_id, all_versions))
    delta = _corrected_links(store, actor_id, all_versions)
    if not delta:
        return rows
    counts = {(r["counterpart"], r["type"], r["direction"]): r["n"] for r in rows}
    for key, change in delta.items():
        counts[key] = counts.get(key, 0) + change
    kept = [{"counterpart": c, "type": t, "direction": d, "n": n} for (c, t, d), n in counts.items() if n > 0]
    kept.sort(key=lambda r: (-r["n"], r["counterpart"], r["type"] or "", r["direction"]))
    return kept[:limit]


def _link_key(actor_id: str, source: str | None, target: str | None, event_type: str | None) -> tuple | None:
    """(counterpart, type, direction) of an event for ``actor_id``'s network, as the actor_links summary
    counts it (both actors set and different), else None."""
    if not source or not target or source == target or actor_id not in (source, target):
        return None
    return (target, event_type, "out") if source == actor_id else (source, event_type, "in")


def _corrected_links(store, actor_id: str, all_versions: bool = False) -> dict[tuple, int]:
    """(counterpart, type, direction) -> change of count that analysts' corrections make to the machine
    summary: each corrected or rejected event involving the actor leaves its machine key and, unless
    rejected, joins its corrected key. Reads only the corrections table's events (small); events of
    superseded document versions only with ``all_versions`` (their machine counts are taken off already)."""
    from .corrections import states

    latest = latest_only_sql(store, "r.doc_id", all_versions)
    rows = _rows(store, "SELECT r.id, r.source_actor, r.target_actor, r.type FROM events r WHERE r.id IN "
                        "(SELECT record_id FROM corrections WHERE record_table = 'events') "
                        "AND (r.source_actor = ? OR r.target_actor = ? OR r.id IN (SELECT record_id FROM corrections "
                        "WHERE record_table = 'events' AND field IN ('source_actor', 'target_actor')))"
                        + (f" AND {latest}" if latest else ""),
                 [actor_id, actor_id])
    found = states(store, "events", [r["id"] for r in rows])
    delta: dict[tuple, int] = {}
    for r in rows:
        state = found.get(r["id"])
        if state is None:
            continue
        fields = state["fields"]
        machine = _link_key(actor_id, r["source_actor"], r["target_actor"], r["type"])
        corrected = None if state["status"] == "rejected" else _link_key(
            actor_id, fields.get("source_actor", r["source_actor"]), fields.get("target_actor", r["target_actor"]),
            fields.get("type", r["type"]))
        if machine == corrected:
            continue
        for key, change in ((machine, -1), (corrected, 1)):
            if key is not None:
                delta[key] = delta.get(key, 0) + change
    return {k: v for k, v in delta.items() if v}


def actor_names(store, actor_ids: list[str]) -> dict[str, str]:
    """id -> canonical name for the ids that are in the actors table."""
    ids = [a for a in dict.fromkeys(actor_ids) if a]
    if not ids:
        return {}
    marks = ",".join("?" for _ in ids)
    return {r["id"]: r["name"] for r in _rows(store, f"SELECT id, name FROM actors WHERE id IN ({marks})", ids)}


def decode_json(value: Any) -> Any:
    return json.loads(value) if isinstance(value, str) else value


from ..records import FALSE_CREDIT_PREFIX as FALSE_CREDIT  # the difference provenance.trace stores for a false credit


def false_credit(alignment) -> str | None:
    """What a stored alignment's false-credit difference says ("credited to the … which does not say it"), or None."""
    return next((d[len(FALSE_CREDIT):] for d in alignment.differences if d.startswith(FALSE_CREDIT)), None)


def partly_supported(alignment) -> bool:
    """Whether a stored alignment is *partly supported*: supported, with a new clause of the article's own among its
    spans (marked ``"clause": True``, see :mod:`cablegram.provenance.spans`)."""
    return alignment.label == "supported" and any(s.get("clause") for s in alignment.spans)


def alignment_row(alignment) -> dict[str, Any]:
    """A stored alignment as the API and `show --json` give it: its fields, with ``partly`` (partly supported) and
    ``false_credit`` (whom a sentence falsely credits, else None) as the trace listing and the article page show."""
    return {**alignment.to_dict(), "partly": partly_supported(alignment), "false_credit": false_credit(alignment)}


def trace_summary(alignments: list) -> dict[str, Any]:
    """Counts of alignment labels, the share of added (unsupported) sentences among the scored ones, the number of
    partly supported sentences (counted in supported too) and of sentences that credit a source with what it does
    not say (``false_credits``)."""
    counts = {label: 0 for label in ("supported", "altered", "added", "other")}
    for a in alignments:
        counts[a.label] = counts.get(a.label, 0) + 1
    scored = counts["supported"] + counts["altered"] + counts["added"]
    return {**counts, "unsupported_share": round(counts["added"] / scored, 4) if scored else None,
            "partly_supported": sum(1 for a in alignments if partly_supported(a)),
            "false_credits": sum(1 for a in alignments if false_credit(a))}


def actor_profile(store, actor_id: str, all_versions: bool = False) -> dict[str, Any]:
    """The actor with name variants seen in text, roles over time, counterpart network and latest claims:
    {actor, name_variants: [{text, n}], roles_seen: [{role, first_seen, last_seen, n}], network: [{counterpart,
    counterpart_name, type, direction, n}], latest_claims: [claim rows]}; each ``n`` counts mentions (names,
    roles) or events (network). Superseded document versions (store.versions) are counted only with
    ``all_versions``, so a page changed at the same URL counts its mentions and events once.

    Raises NotFoundError for an unknown id."""
    actor = store.get_actor(actor_id)
    network = counterpart_network(store, actor_id, all_versions=all_versions)
    names = actor_names(store, [n["counterpart"] for n in network])
    for n in network:
        n["counterpart_name"] = names.get(n["counterpart"], n["counterpart"])
    return {"actor": actor.to_dict(), "name_variants": name_variants(store, actor_id, all_versions=all_versions),
            "roles_seen": roles_seen(store, actor_id, all_versions), "network": network,
            "latest_claims": list_claims(store, claimant=actor_id, limit=10, all_versions=all_versions)}


def display_title(title: str | None, text: str | None, width: int = 90) -> str:
    """The title, else the text's first sentence cut at a word boundary to at most ``width`` characters (+ "…")."""
    if title and title.strip():
        return title.strip()
    head = " ".join((text or "").split())
    if not head:
        return "(untitled)"
    sentence = re.split(r"(?<=[.!?])\s", head, maxsplit=1)[0]
    if len(sentence) <= width:
        return sentence
    cut = sentence[:width + 1].rsplit(" ", 1)[0] if " " in sentence[:width + 1] else sentence[:width]
    return cut.rstrip(",;:–- ") + "…"


def fill_titles(store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Give rows whose document has no title (``title`` empty) one made by :func:`display_title`."""
    missing = list(dict.fromkeys(r["doc_id"] for r in rows if not (r.get("title") or "").strip() and r.get("doc_id")))
    if missing:
        marks = ",".join("?" for _ in missing)
        heads = {r["id"]: r["head"] for r in _rows(store, f"SELECT id, substr(text, 1, 400) AS head FROM documents "
                                                           f"WHERE id IN ({marks})", missing)}
        for r in rows:
            if not (r.get("title") or "").strip() and r.get("doc_id") in heads:
                r["title"] = display_title(None, heads[r["doc_id"]])
    return rows


def confidence_floor(settings) -> float:
    """The confidence below which events are hidden from default listings (Settings.event_min_confidence; 0 = none)."""
    return float(getattr(settings, "event_min_confidence", 0.0) or 0.0)


def list_events(store, *, country: str | None = None, min_confidence: float | None = None,
                include_rejected: bool = False, cursor: str | None = None, confident: bool = False,
                quad: str | None = None, **filters: Any) -> tuple[list[dict[str, Any]], str | None]:
    """A page of events (filters as ``Store.events_page``) with analysts' corrections applied and titles filled.

    ``country``: ISO alpha-3; events whose source or target is the state or one of its actors.
    ``confident``: the precision-first default (nlp.events.is_confident): confidence at least
    ``min_confidence`` and both actors resolved. ``quad``: a PLOVER quad class (store.quads.QUADS; an
    unknown one is an InputError); a ``type`` given too wins, as on the overview. A type, mode or modality
    the codebook lacks, or a date that is not a calendar date, is an InputError (``invalid_value``,
    store.filter_values) naming the API parameter.
    Returns (rows, next_cursor); rows carry a ``correction`` column (see store/corrections.py)."""
    from .corrections import apply_corrections
    from .filter_values import check_event_filters

    filters.update(check_event_filters(**{k: filters.get(k) for k in ("type", "mode", "modality", "date_from",
                                                                       "date_to")}))
    if country:
        filters["actors_any"] = country_actor_ids(store, country)
    if quad and not filters.get("type"):
        from .quads import quad_types

        filters["types"] = quad_types(quad)
    rows, next_cursor = store.events_page(cursor=cursor, min_confidence=min_confidence or None,
                                          actors_resolved=confident, **filters)
    return fill_titles(store, apply_corrections(store, "events", rows, include_rejected)), next_cursor


UNIQUE_EVENTS_MAX = 100_000  # the unique view merges at most this many matching event records


def list_unique_events(store, **filters: Any) -> tuple[list[dict[str, Any]], int]:
    """One row per happening among the events :func:`list_events` lists for ``filters`` (corrections applied,
    a rejected event never counted as a report, also with ``include_rejected``; ``limit``/``offset``/``cursor``
    not taken): rows of :func:`cablegram.provenance.event_dedup.unique_event_counts`
    over the stored story clusters (``canonical_id``, ``type``, ``source_actor``, ``target_actor``, ``date``,
    ``modality``, ``events``, ``documents``, ``doc_ids``) plus the canonical event's ``sentence``, most
    reported first; and the number of event records merged (at most :data:`UNIQUE_EVENTS_MAX`)."""
    from ..provenance.event_dedup import unique_event_counts

    events = [e for e in list_events(store, limit=UNIQUE_EVENTS_MAX, **filters)[0] if e.get("correction") != "rejected"]
    sentences = {e["id"]: e.get("sentence") for e in events}
    rows = [{**h, "sentence": sentences.get(h["canonical_id"])} for h in unique_event_counts(events, store.list_clusters())]
    return rows, len(events)


HIDDEN_COUNT_MAX = 1000  # the dashboard counts hidden events up to this many (a page load stays cheap)


def hidden_event_count(store, min_confidence: float, limit: int = HIDDEN_COUNT_MAX,
                       **filters: Any) -> tuple[int, bool]:
    """How many events matching ``filters`` (as :func:`list_events`) the confident view hides: below
    ``min_confidence``, an actor not resolved, or rejected. Reads at most ``limit`` + 1 events of each view;
    returns (count, capped) where ``capped`` means more than ``limit`` events match and the count is a floor."""
    every = len(list_events(store, min_confidence=0.0, include_rejected=True, limit=limit + 1, **filters)[0])
    shown = len(list_events(store, min_confidence=min_confidence, confident=True, limit=limit + 1, **filters)[0])
    return max(every - shown, 0), every > limit


def list_claims(store, claimant_kind: str | None = None, claimant: str | None = None, hedged: bool | None = None,
                doc_id: str | None = None, include_rejected: bool = False, limit: int = 50,
                offset: int = 0, all_versions: bool = False) -> list[dict[str, Any]]:
    """Claims newest first with corrections applied. ``hedged``: True = only claims with hedging words, False = none.

    Precision first: by default only attributed claims (someone says it); sentences without a claimant
    (``claimant_kind = "none"``) are listed with ``include_rejected`` (``--all``, ``all=1``) or when asked for
    by ``claimant_kind="none"``. Claims of superseded document versions only with ``all_versions`` or their
    ``doc_id`` (store.versions)."""
    from .corrections import apply_corrections

    where, params = [], []
    for col, value in (("claimant_kind", claimant_kind), ("claimant", claimant), ("doc_id", doc_id)):
        if value:
            where.append(f"r.{col} = ?")
            params.append(value)
    if not claimant_kind and not include_rejected:
        where.append("r.claimant_kind <> 'none'")
    latest = latest_only_sql(store, "r.doc_id", all_versions, doc_id)
    if latest:
        where.append(latest)
    if hedged is not None:
        where.append(("" if hedged else "NOT ") + "(r.hedges IS NOT NULL AND CAST(r.hedges AS TEXT) NOT IN ('[]', 'null'))")
    cols = ", ".join(f"r.{c}" for c in ("id", "doc_id", "sentence_index", "sentence", "claimant_kind", "claimant",
                                        "claimant_text", "cue", "quote", "quote_spans", "hedges", "spans",
                                        "attribution_index"))
    seq = store.seq
    if doc_id or (claimant and not _more_than(store, "claims", "claimant", claimant, _SORT_MAX)):
        # Few rows: read them through the claims index, then sort.
        source, doc = "claims r JOIN documents d ON d.id = r.doc_id", "r.doc_id"
    else:
        # Many rows: walk documents newest first on (published_at DESC, id) and each one's claims on
        # (doc_id, sentence_index, claimant), already in page order; CROSS JOIN fixes SQLite's join order.
        source, doc = "documents d CROSS JOIN claims r", "d.id"
        where.insert(0, "d.id = r.doc_id")
    # The page's row ids first (from the indexes alone where the filters allow), then only their rows.
    keys = (f"SELECT r.{seq} AS k FROM {source} " + ("WHERE " + " AND ".join(where) if where else "")
            + f" ORDER BY d.published_at DESC, {doc}, r.sentence_index, r.{seq} LIMIT ? OFFSET ?")
    sql = (f"SELECT {cols}, d.published_at, d.publisher, d.title, d.url FROM ({keys}) s JOIN claims r ON r.{seq} = s.k "
           f"JOIN documents d ON d.id = r.doc_id ORDER BY d.published_at DESC, r.doc_id, r.sentence_index, r.{seq}")
    rows = [_decode_claim(r) for r in _rows(store, sql, [*params, int(limit), int(offset)])]
    return fill_titles(store, apply_corrections(store, "claims", rows, include_rejected))


def claim_counts(store, limit: int = HIDDEN_COUNT_MAX, **filters: Any) -> dict[str, Any]:
    """How many claims match ``filters`` (as :func:`list_claims`, ``include_rejected`` included) and how many
    the default view hides (no claimant, or rejected; 0 with ``include_rejected``). Reads at most ``limit`` + 1
    claims of each view; returns ``{"matching", "hidden", "capped"}`` where ``capped`` means more than
    ``limit`` claims match and both counts are floors."""
    shown_all = bool(filters.pop("include_rejected", False))
    matching = len(list_claims(store, include_rejected=shown_all, limit=limit + 1, **filters))
    every = matching if shown_all else len(list_claims(store, include_rejected=True, limit=limit + 1, **filters))
    return {"matching": min(matching, limit), "hidden": max(min(every, limit) - min(matching, limit), 0),
            "capped": every > limit}


_SORT_MAX = 300  # a claimant with more claims than this is listed by walking documents newest first


def _more_than(store, table: str, column: str, value: Any, n: int) -> bool:
    """Whether more than ``n`` rows of ``table`` have ``column = value`` (reads at most n + 1 index entries)."""
    return bool(_rows(store, f'SELECT 1 AS hit FROM "{table}" WHERE "{column}" = ? LIMIT 1 OFFSET ?', [value, int(n)]))


def _decode_claim(row: dict[str, Any]) -> dict[str, Any]:
    for col in ("quote_spans", "hedges", "spans"):
        row[col] = decode_json(row.get(col))
    return row


def list_commitments(store, include_rejected: bool = False, **filters: Any) -> list[dict[str, Any]]:
    """Commitments (filters as ``Store.query_commitments``) with corrections applied and titles filled."""
    from .corrections import apply_corrections

    rows = store.query_commitments(**filters)
    return fill_titles(store, apply_corrections(store, "commitments", rows, include_rejected))
