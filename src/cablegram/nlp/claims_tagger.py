"""The learned attribution span tagger: source, cue and content spans as BIO tags per token.

Three linear-chain CRFs (python-crfsuite), one per span kind, each tagging a whole document as one
sequence (so a content span can run over several sentences) with the features of
:mod:`cablegram.nlp.claims_features` (parse, words around, quotation marks, the nearest cue
candidate, the lexicon rules' own spans). Trained by ``scripts/train_attribution_spans.py`` on the
PolNeAR *train* compartment and shipped as ``models/attribution_{source,cue,content}.crfsuite``.

:meth:`SpanTagger.spans` gives every span with its confidence (the smallest per-token marginal
probability of its tags, 0–1); :func:`pair_spans` joins each cue with the nearest source and
content of its neighbourhood, the shape :class:`~cablegram.nlp.claims_finder.Attribution` needs.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from ..errors import PipelineError
from .model_files import model_path

KINDS = ("source", "cue", "content")
DEFAULT_SPAN_MODEL = "attribution_{kind}.crfsuite"
_RETRAIN = "python scripts/train_attribution_spans.py --data ../shared/data"


@dataclass(frozen=True)
class TaggedSpan:
    """A span the tagger found: token offsets ``[start, end)`` into the doc and its confidence (0–1)."""

    kind: str
    start: int
    end: int
    confidence: float


def bio_spans(labels: list[str]) -> list[tuple[int, int]]:
    """``[start, end)`` token ranges of a BIO tag sequence ("B", "I", "O"); an "I" after "O" opens a span."""
    out: list[tuple[int, int]] = []
    start = None
    for i, lab in enumerate(labels):
        if lab == "B" or (lab == "I" and start is None):
            if start is not None:
                out.append((start, i))
            start = i
        elif lab == "O" and start is not None:
            out.append((start, i))
            start = None
    if start is not None:
        out.append((start, len(labels)))
    return out


def _model_path(template: str, kind: str) -> Path:
    name = template.format(kind=kind)
    path = model_path(name)
    if path is None:
        raise PipelineError(f"attribution span model {name!r} not found",
                            hint=f"Pass a model path template with {{kind}}, or rebuild it with `{_RETRAIN}`.",
                            code="model_file_error")
    return path


class SpanTagger:
    """The three CRFs, opened once; :meth:`spans` tags a doc given its feature lists."""

    def __init__(self, paths: dict[str, Path]):
        import pycrfsuite

        self.taggers = {}
        for kind in KINDS:
            tagger = pycrfsuite.Tagger()
            try:
                tagger.open(str(paths[kind]))
            except (OSError, ValueError) as exc:
                raise PipelineError(f"attribution span model {paths[kind]} could not be read: {exc}",
                                    hint=f"Rebuild it with `{_RETRAIN}`.", code="model_file_error") from exc
            self.taggers[kind] = tagger

    def spans(self, features: list[list[str]]) -> list[TaggedSpan]:
        """Every source, cue and content span of one doc (``features``: one list per token)."""
        out: list[TaggedSpan] = []
        if not features:
            return out
        import pycrfsuite

        items = pycrfsuite.ItemSequence(features)  # converted once for the three models
        for kind in KINDS:
            tagger = self.taggers[kind]
            labels = tagger.tag(items)
            for start, end in bio_spans(labels):
                conf = min(tagger.marginal(labels[i], i) for i in range(start, end))
                out.append(TaggedSpan(kind, start, end, round(conf, 4)))
        return out


def load_span_tagger(template: str | None) -> SpanTagger | None:
    """The shipped span tagger (``template`` holds ``{kind}``: file names under ``cablegram/nlp/models`` or
    paths); empty disables it. Raises PipelineError (``model_file_error``) when a file is missing or unreadable."""
    if not template:
        return None
    return SpanTagger({kind: _model_path(template, kind) for kind in KINDS})


def pair_spans(doc: Doc, spans: list[TaggedSpan], min_confidence: float = 0.0
               ) -> list[tuple[TaggedSpan, TaggedSpan | None, TaggedSpan | None]]:
    """(cue, source, content) triples: each cue of at least ``min_confidence`` with the nearest source of its
    sentence and the nearest content that touches its sentence (None when there is none)."""
    cues = [s for s in spans if s.kind == "cue" and s.confidence >= min_confidence]
    sources = [s for s in spans if s.kind == "source"]
    contents = [s for s in spans if s.kind == "content"]
    bounds = [(sent.start, sent.end) for sent in doc.sents]  # once: Token.sent walks the doc on every call
    firsts = [b[0] for b in bounds]
    if not (_apart(sources) and _apart(contents)):  # not one BIO sequence per kind: filter span by span
        return [_pair_filtering(cue, sources, contents, bounds[bisect.bisect_right(firsts, cue.start) - 1])
                for cue in cues]
    # The spans of one kind are in order and apart (one BIO sequence), so their starts and ends both ascend
    # and the ones that fall in a sentence are a slice, found by bisection.
    source_starts = [s.start for s in sources]
    content_starts, content_ends = [c.start for c in contents], [c.end for c in contents]
    out = []
    for cue in cues:
        start, end = bounds[bisect.bisect_right(firsts, cue.start) - 1]
        src = _nearest(cue, sources[bisect.bisect_left(source_starts, start):bisect.bisect_left(source_starts, end)])
        con = _nearest(cue, contents[bisect.bisect_right(content_ends, start):bisect.bisect_left(content_starts, end)])
        out.append((cue, src, con))
    return out


def _apart(spans: list[TaggedSpan]) -> bool:
    """Whether ``spans`` are in order and do not overlap (as the spans of one BIO sequence are)."""
    return all(a.end <= b.start for a, b in zip(spans, spans[1:]))


def _pair_filtering(cue: TaggedSpan, sources: list[TaggedSpan], contents: list[TaggedSpan], bounds: tuple[int, int]):
    start, end = bounds
    return (cue, _nearest(cue, [s for s in sources if start <= s.start < end]),
            _nearest(cue, [c for c in contents if c.start < end and c.end > start]))


def _nearest(cue: TaggedSpan, candidates: list[TaggedSpan]) -> TaggedSpan | None:
    def gap(s: TaggedSpan) -> int:
        return s.start - cue.end if s.start >= cue.end else cue.start - s.end if s.end <= cue.start else 0

    return min(candidates, key=lambda s: (gap(s), s.start), default=None)
