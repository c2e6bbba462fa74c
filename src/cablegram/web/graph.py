"""Layout of an actor's counterpart network as plain coordinates for an inline SVG (no JS library)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

# Colours per PLOVER quad; types not listed fall back to grey.
_COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
_VERBAL_CONFLICT = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})


def type_colour(event_type: str) -> str:
    if event_type in _COOPERATIVE:
        return "#2e7d32"
    if event_type in _VERBAL_CONFLICT:
        return "#ef6c00"
    return "#c62828"


@dataclass
class Graph:
    width: int
    height: int
    centre: tuple[float, float]
    nodes: list[dict] = field(default_factory=list)  # id, name, x, y, total
    edges: list[dict] = field(default_factory=list)  # type, colour, x1, y1, x2, y2, n, direction, label_x, label_y
    types: list[tuple[str, str]] = field(default_factory=list)  # (type, colour) for the legend


def layout(network: list[dict], size: int = 520, max_nodes: int = 16) -> Graph:
    """Counterparts on a circle around the centre actor; one curved-offset line per (counterpart, type, direction)."""
    totals: dict[str, int] = {}
    names: dict[str, str] = {}
    for row in network:
        totals[row["counterpart"]] = totals.get(row["counterpart"], 0) + row["n"]
        names[row["counterpart"]] = row.get("counterpart_name") or row["counterpart"]
    chosen = sorted(totals, key=lambda k: (-totals[k], k))[:max_nodes]
    cx = cy = size / 2
    radius = size / 2 - 70
    graph = Graph(size, size, (cx, cy))
    pos = {}
    for i, cid in enumerate(chosen):
        angle = 2 * math.pi * i / max(len(chosen), 1) - math.pi / 2
        x, y = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
        pos[cid] = (x, y)
        graph.nodes.append({"id": cid, "name": names[cid], "x": round(x, 1), "y": round(y, 1), "total": totals[cid],
                            "r": min(10 + totals[cid], 24)})
    seen_types: dict[str, str] = {}
    per_node: dict[str, int] = {}
    for row in network:
        if row["counterpart"] not in pos:
            continue
        x, y = pos[row["counterpart"]]
        k = per_node.get(row["counterpart"], 0)
        per_node[row["counterpart"]] = k + 1
        # Parallel edges to the same counterpart are shifted sideways so each type stays visible.
        dx, dy = x - cx, y - cy
        norm = math.hypot(dx, dy) or 1.0
        off = (k - 0.5 * (k > 0)) * 6 * (-1) ** k
        ox, oy = -dy / norm * off, dx / norm * off
        colour = type_colour(row["type"])
        seen_types.setdefault(row["type"], colour)
        # Lines stop at the circles' rims so arrowheads stay visible and nodes stay clickable.
        ux, uy = dx / norm, dy / norm
        inner = (cx + ox + ux * 32, cy + oy + uy * 32)
        rim = min(10 + totals[row["counterpart"]], 24) + 4
        outer = (x + ox - ux * rim, y + oy - uy * rim)
        (x1, y1), (x2, y2) = (inner, outer) if row["direction"] == "out" else (outer, inner)
        graph.edges.append({"type": row["type"], "colour": colour, "n": row["n"], "direction": row["direction"],
                            "counterpart": row["counterpart"], "counterpart_name": names[row["counterpart"]],
                            "x1": round(x1, 1), "y1": round(y1, 1),
                            "x2": round(x2, 1), "y2": round(y2, 1), "width": min(1.5 + row["n"], 8)})
    graph.types = sorted(seen_types.items())
    return graph


def network_layout(edges: list[dict], names: dict[str, str], size: int = 560, max_nodes: int = 14) -> Graph:
    """The overview's actor network: the most connected actors on a circle, one line per (pair, type)
    with its width by event count; ``edges`` as from store.overview.network ({source, target, type, n})."""
    weight: dict[str, int] = {}
    for e in edges:
        for end in (e["source"], e["target"]):
            weight[end] = weight.get(end, 0) + e["n"]
    chosen = sorted(weight, key=lambda k: (-weight[k], k))[:max_nodes]
    cx = cy = size / 2
    radius = size / 2 - 60
    graph = Graph(size, size, (cx, cy))
    pos = {}
    for i, aid in enumerate(chosen):
        angle = 2 * math.pi * i / max(len(chosen), 1) - math.pi / 2
        pos[aid] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle))
        graph.nodes.append({"id": aid, "name": names.get(aid, aid), "x": round(pos[aid][0], 1), "y": round(pos[aid][1], 1),
                            "total": weight[aid], "r": min(8 + weight[aid] ** 0.5 * 2, 22)})
    seen_types: dict[str, str] = {}
    per_pair: dict[frozenset, int] = {}
    for e in edges:
        if e["source"] not in pos or e["target"] not in pos:
            continue
        (x1, y1), (x2, y2) = pos[e["source"]], pos[e["target"]]
        pair = frozenset((e["source"], e["target"]))
        k = per_pair.get(pair, 0)
        per_pair[pair] = k + 1
        # Several types between one pair are drawn side by side, shifted across the line.
        dx, dy = x2 - x1, y2 - y1
        norm = math.hypot(dx, dy) or 1.0
        off = (k + 1) // 2 * 5 * (-1) ** k
        ox, oy = -dy / norm * off, dx / norm * off
        colour = type_colour(e["type"])
        seen_types.setdefault(e["type"], colour)
        graph.edges.append({"type": e["type"], "colour": colour, "n": e["n"], "source": e["source"], "target": e["target"],
                            "x1": round(x1 + ox, 1), "y1": round(y1 + oy, 1), "x2": round(x2 + ox, 1),
                            "y2": round(y2 + oy, 1), "width": round(min(1 + math.log2(1 + e["n"]) * 1.5, 9), 1)})
    graph.types = sorted(seen_types.items())
    return graph
