"""The learned change check: whether a change the rules found in a traced sentence is a real rewrite.

The change detectors of :mod:`.differences` are recall-first: a month "May" looks like the modal "may", a
residence called "No 10" like a negation and a figure, "the two leaders" like a count, a spokesperson named in
the article's own attribution like a new actor. On pairs written by other hands, such false changes made
supported sentences altered (altered precision 0.30 on the owners' pairs). :func:`change_features` describes one
change by what does not depend on a writer's wording — its kind and the detector's sub-kind, whether the source
holds a counterpart value, where the changed words sit (inside quotes, inside the sentence's attribution frame,
capitalised, a month name, a small count, found elsewhere in the source), how many changes the sentence has and
how close it is to its evidence — and a :class:`~cablegram.nlp.linear.LinearModel` (``provenance_changes.json``,
labels real / spurious, trained by ``scripts/train_provenance_added.py`` on the labelled pairs, see docs/models.md)
weighs them. :func:`recheck_changes` drops a change whose P(real) is below ``KEEP`` (precision first: an altered
label is a strong claim about a publisher); a sentence left without an altering change is supported.

Shapes: ``change_features`` returns ``dict[str, float]`` (indicators and values in [0, 1]). Cost: linear in the
sentence and source length per change. Errors: a missing or unreadable model file is a PipelineError.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .differences import ALTERING

MODEL_FILE = "provenance_changes.json"
KEEP = 0.35   # P(real) below which a change the rules found is dropped

_MONTH = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")
_QUOTED = re.compile(r"[\"“«][^\"”»]*[\"”»]")
_FRAME = re.compile(r"\b(?:said|says|say|told|tells|reported|reports|report|according|announced|stated|added|"
                    r"spokes(?:person|man|woman)|press (?:service|office|secretary)|statement|readout|briefing)\b", re.I)
_SMALL_COUNT = frozenset("one two three both 1 2 3".split())
_SUBKINDS = (("negat", "negation"), ("planned in the source", "planned_done"), ("done in the source", "done_planned"),
             ("possible", "possible"), ("discussed", "discussed_settled"), ("not settled", "settled"),
             ("principle", "principle"), ("considered", "tentative"), ("agreed to in the source", "formal"),
             ("not named in the source", "unnamed"), ("group narrowed", "narrowed"), ("initiative", "initiative"),
             ("who does it", "swap"), ("vague quantity", "vague"), ("the place of", "place"), ("stronger", "stronger"),
             ("weaker", "weaker"), ("a call reported", "call_meeting"), ("a meeting reported", "meeting_call"))


def _subkind(detail: str) -> str:
    low = detail.lower()
    return next((name for cue, name in _SUBKINDS if cue in low), "plain")


def _clause_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The comma/semicolon-delimited stretch of ``text`` around [start, end)."""
    left = max(text.rfind(",", 0, start), text.rfind(";", 0, start))
    rights = [i for i in (text.find(",", end), text.find(";", end)) if i != -1]
    return left + 1, (min(rights) if rights else len(text))


def _span_features(change, text: str, source_text: str) -> dict[str, float]:
    if change.start is None or change.end is None or change.end <= change.start:
        return {"no_span": 1.0}
    span = text[change.start:change.end]
    a, b = _clause_bounds(text, change.start, change.end)
    caps = [w for w in re.findall(r"[A-Z][\w’'-]*", span)]
    f = {
        "quoted": float(any(m.start() <= change.start and change.end <= m.end() for m in _QUOTED.finditer(text))),
        "in_frame": float(bool(_FRAME.search(text[a:b]))),
        "sentence_head": float(change.start == 0),
        "capitalised": float(bool(span[:1].isupper()) and change.start > 0),
        "month": float(bool(_MONTH.search(text[max(0, change.start - 12):change.end + 12]))),
        "small_count": float(span.strip().lower() in _SMALL_COUNT),
        "span_in_source": float(span.strip().lower() in source_text.lower()),
        "names_in_source": float(bool(caps) and all(w in source_text for w in caps)),
        "long_span": float(len(span.split()) > 3),
    }
    return {k: v for k, v in f.items() if v}


def change_features(change, match, altering: list, source_text: str) -> dict[str, float]:
    """Features of one altering ``change`` of ``match`` (an :class:`.align.SentenceMatch`) given all the altering
    changes of the sentence and the whole source text (see the module docstring)."""
    kind = change.kind
    f: dict[str, float] = {f"kind={kind}": 1.0, f"sub={kind}:{_subkind(change.detail)}": 1.0,
                           "counterpart": float(change.source_text is not None),
                           "several_changes": float(len(altering) > 1),
                           "several_kinds": float(len({c.kind for c in altering}) > 1),
                           "cos": float(match.cosine), "cov": float(match.coverage),
                           "cos>=0.80": float(match.cosine >= 0.80), "cov>=0.60": float(match.coverage >= 0.60)}
    span = _span_features(change, match.text, source_text)
    f.update(span)
    f.update({f"{kind}&{k}": v for k, v in span.items()})
    f[f"{kind}&counterpart"] = f["counterpart"]
    return {k: v for k, v in f.items() if v}


def match_change_rows(match, source: list[str]) -> list[tuple[object, dict[str, float]]]:
    """(change, features) for every altering change of a traced match."""
    altering = [c for c in match.changes if c.kind in ALTERING]
    text = " ".join(source)
    return [(c, change_features(c, match, altering, text)) for c in altering]


@lru_cache(maxsize=2)
def load_changes_model(name: str = MODEL_FILE):
    """The shipped model (loaded once per process; PipelineError when missing or unreadable)."""
    from ..nlp.linear import LinearModel

    return LinearModel.load(name, retrain="python scripts/train_provenance_added.py")


def recheck_changes(matches: list, source: list[str], model=None, keep: float = KEEP) -> list:
    """The matches with every altering change of P(real) < ``keep`` dropped; an altered match left without one is
    supported (its spans recomputed without the dropped changes)."""
    from .spans import sentence_spans

    model = model or load_changes_model()
    col = model.labels.index("real")
    out = []
    for m in matches:
        rows = match_change_rows(m, source) if m.label == "altered" else []
        if not rows:
            out.append(m)
            continue
        p_real = model.predict_proba([r for _, r in rows])[:, col]
        dropped = {id(c) for (c, _), p in zip(rows, p_real) if p < keep}
        if not dropped:
            out.append(m)
            continue
        kept = [c for c in m.changes if id(c) not in dropped]
        label = "altered" if any(c.kind in ALTERING for c in kept) else "supported"
        ev_text = [source[e] for e, _ in m.evidence]
        spans = sentence_spans(m.text, ev_text, kept, cross_lingual=False)
        out.append(replace(m, label=label, differences=[str(c) for c in kept], changes=kept, spans=spans))
    return out
