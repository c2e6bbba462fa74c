"""Token features for the attribution span tagger (:mod:`cablegram.nlp.claims_tagger`).

One feature list per token of a parsed doc, read off the existing parse and the lexicon rules:
the word, its shape, part of speech, dependency label and head; the words around it; quotation
marks; its place in the sentence; and, relative to the nearest *cue candidate* of its sentence
(a rule cue or a word of the cue lists), its signed distance, the dependency label of the
candidate's child it hangs under and whether it is the candidate's subject or complement side. The
rules' own source, cue and content spans are features too, so the learned tagger can keep, extend or
drop what the rules propose.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.attrs import HEAD
from spacy.tokens import Doc

from .claims_quotes import QUOTE_MARKS, quote_regions

_EDGE_WORDS = 2  # window of words left and right


def _bucket(n: int) -> str:
    """A signed distance in tokens, coarsened (0, ±1, ±2, ±3, ±4-6, ±7-12, ±far)."""
    a = abs(n)
    b = str(a) if a <= 3 else "4-6" if a <= 6 else "7-12" if a <= 12 else "far"
    return ("-" if n < 0 else "+") + b


def _shape(text: str) -> str:
    if text.isupper() and len(text) > 1:
        return "AA"
    if text[:1].isupper():
        return "Aa"
    if text.isalpha():
        return "a"
    if text.isdigit():
        return "d"
    return "p" if not any(c.isalnum() for c in text) else "x"


def rule_marks(rule_atts) -> dict[int, list[str]]:
    """Token index -> the rules' labels on it ("r-cue-B", "r-src-I", "r-con-I", …)."""
    marks: dict[int, list[str]] = {}
    for att in rule_atts:
        for name, span in (("cue", att.cue), ("src", att.source), ("con", att.content)):
            if span is None:
                continue
            for tok in span:
                marks.setdefault(tok.i, []).append(f"r-{name}-{'B' if tok.i == span.start else 'I'}")
    return marks


_UNDER_STEPS = 12  # how far up the tree a token may hang under a cue candidate


@dataclass
class _Tokens:
    """Per-token attributes of one doc, read once (a ``Token`` object is built per access in spaCy)."""

    low: list[str]      # lower-cased word, white space as "<nl>" / "<sp>"
    lower: list[str]    # spaCy's lower_ (cue candidates are looked up by it)
    text: list[str]
    pos: list[str]
    tag: list[str]
    dep: list[str]
    head: list[int]     # doc index of the head (a root is its own head)
    para: list[bool]    # the token opens a paragraph (first token, or the one before ends in a line break)
    sent_start: list[bool]

    @classmethod
    def of(cls, doc: Doc) -> _Tokens:
        t = cls([], [], [], [], [], [], [], [], [])
        t.head = [i + int(rel) for i, rel in enumerate(doc.to_array(HEAD).astype("int64"))]  # no Token per head
        prev_ws = "\n"
        for tok in doc:
            text = tok.text
            t.low.append(("<nl>" if "\n" in text else "<sp>") if tok.is_space else tok.lower_)
            t.lower.append(tok.lower_)
            t.text.append(text)
            t.pos.append(tok.pos_)
            t.tag.append(tok.tag_)
            t.dep.append(tok.dep_)
            t.para.append("\n" in prev_ws)
            t.sent_start.append(bool(tok.is_sent_start))
            prev_ws = tok.text_with_ws
        return t

    def ancestors(self, i: int) -> dict[int, str]:
        """Ancestor index -> the dependency label of its child on the path from token ``i`` (at most
        ``_UNDER_STEPS`` steps up)."""
        out: dict[int, str] = {}
        node = i
        for _ in range(_UNDER_STEPS):
            head = self.head[node]
            if head == node:
                break
            out[head] = self.dep[node]
            node = head
        return out


def _nearest(cands: list[int], i: int) -> int:
    """The candidate nearest to ``i`` (``cands`` ascending, not empty); a tie goes to the left one."""
    p = bisect.bisect_left(cands, i)
    if p == len(cands):
        return cands[-1]
    if p == 0 or cands[p] - i < i - cands[p - 1]:
        return cands[p]
    return cands[p - 1]


def _candidate_features(t: _Tokens, i: int, cands: list[int]) -> list[str]:
    """Where token ``i`` lies relative to the nearest cue candidate of its sentence."""
    if not cands:
        return ["no-cand"]
    cand = _nearest(cands, i)
    dist = _bucket(i - cand)
    feats = ["cd=" + dist, "cw=" + t.low[cand] + "|" + dist[0]]
    up = t.ancestors(i)
    under = "self" if i == cand else up.get(cand)
    if under is not None:
        feats += ["cu=" + under, "cu=" + under + "|" + dist[0], "cuw=" + under + "|" + t.pos[i]]
    elif not up.keys().isdisjoint(cands):  # under another candidate (``cand`` is neither ``i`` nor above it here)
        feats.append("cu-other")
    return feats


def _window(t: _Tokens, i: int) -> list[str]:
    """Parts of speech two tokens left and right, words one token left and right (wider word windows
    grow the model files more than they help)."""
    feats = []
    n = len(t.pos)
    for k in range(-_EDGE_WORDS, _EDGE_WORDS + 1):
        j = i + k
        if k == 0:
            continue
        if not 0 <= j < n:
            feats.append(f"p{k:+d}=<edge>")
            continue
        feats.append(f"p{k:+d}={t.pos[j]}")
        if abs(k) == 1:
            feats.append(f"w{k:+d}={t.low[j]}")
    return feats


def _own(t: _Tokens, i: int, sent: tuple[int, int], quoted: bool) -> list[str]:
    low, pos, dep = t.low[i], t.pos[i], t.dep[i]
    head = t.head[i]
    rel = i - sent[0]
    feats = ["bias", "w=" + low, "s3=" + low[-3:], "sh=" + _shape(t.text[i]), "p=" + pos, "t=" + t.tag[i],
             "d=" + dep, "pd=" + pos + "|" + dep, "hw=" + t.low[head], "hp=" + t.pos[head] + "|" + dep,
             "sp=" + ("0" if rel == 0 else "1" if rel == 1 else "end" if i == sent[1] - 1 else "mid"),
             "q=" + ("in" if quoted else "out")]
    if t.text[i] in QUOTE_MARKS:
        feats.append("qmark")
    if t.para[i]:
        feats.append("para-start")
    if t.sent_start[i]:
        feats.append("sent-start")
    return feats


def doc_features(doc: Doc, rule_atts, cue_words: frozenset[str], regions: list[tuple[int, int]] | None = None
                 ) -> list[list[str]]:
    """One feature list per token of ``doc`` (see module docstring).

    ``rule_atts``: the lexicon rules' attributions in ``doc``; ``cue_words``: lower-cased forms of the
    cue lists (a token among them is a cue candidate). Token attributes are read once per doc."""
    if regions is None:
        regions = quote_regions(doc.text)
    marks = rule_marks(rule_atts)
    rule_cues = {t.i for a in rule_atts for t in a.cue}
    quoted = _quoted_tokens(doc, regions)
    t = _Tokens.of(doc)
    out: list[list[str]] = []
    for sent in doc.sents:
        bounds = (sent.start, sent.end)
        cands = [i for i in range(*bounds)
                 if i in rule_cues or (t.lower[i] in cue_words and t.pos[i] in ("VERB", "NOUN", "ADP"))]
        for i in range(*bounds):
            feats = _own(t, i, bounds, i in quoted) + _window(t, i) + _candidate_features(t, i, cands)
            feats += marks.get(i, ())
            out.append(feats)
    return out


def _quoted_tokens(doc: Doc, regions: list[tuple[int, int]]) -> set[int]:
    out: set[int] = set()
    for a, b in regions:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out
