"""Token features for the attribution span tagger (:mod:`cablegram.nlp.claims_tagger`).

One feature list per token of a parsed doc, read off the existing parse and the lexicon rules:
the word, its shape, part of speech, dependency label and head; the words around it; quotation
marks; its place in the sentence; and, relative to the nearest *cue candidate* of its sentence
(a rule cue or a word of the cue lists), its signed distance, the dependency label of the
candidate's child it hangs under (and the label below it: "ccomp>conj"), the same for the tokens
left and right of it (where a complement ends); the dependents of a verb or noun (a verb with a clausal
complement and a named subject is likely a cue); the cue candidates above the token in the tree (how
many, the label under the nearest, its word); the first and last token of a quotation; and per
sentence whether it holds quoted words and, when it has no candidate, whether the sentence before or
after has one (contents running over several sentences). The rules' own source, cue and content spans
are features too, so the learned tagger can keep, extend or drop what the rules propose.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.attrs import DEP, HEAD, LOWER, POS, SENT_START, TAG
from spacy.parts_of_speech import NAMES as _POS_NAMES
from spacy.tokens import Doc

from .claims_quotes import QUOTE_MARKS, quote_regions
from .doc_cache import token_texts

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
    shape: list[str]    # :func:`_shape` of the word

    @classmethod
    def of(cls, doc: Doc) -> _Tokens:
        """Read from the doc's arrays (no Token object per word): a token's white space after it is at most
        one space, so a line break in ``text_with_ws`` is one in the text; ``is_space`` is ``str.isspace``."""
        text = token_texts(doc)
        cols = doc.to_array([LOWER, POS, TAG, DEP]).T.tolist()  # uint64: the hashes stay whole
        strings = doc.vocab.strings
        lower, pos, tag, dep = ([names[h] for h in col] for col, names in zip(cols, (
            {h: strings[h] for h in set(cols[0])}, {p: _POS_NAMES[p] for p in set(cols[1])},
            {h: strings[h] for h in set(cols[2])}, {h: strings[h] for h in set(cols[3])})))
        shapes = {w: _shape(w) for w in set(text)}
        return cls(
            low=[("<nl>" if "\n" in w else "<sp>") if w.isspace() else lw for w, lw in zip(text, lower)],
            lower=lower, text=list(text), pos=pos, tag=tag, dep=dep,
            head=[i + rel for i, rel in enumerate(doc.to_array(HEAD).astype("int64").tolist())],
            para=[True] + ["\n" in w for w in text[:-1]] if text else [],
            sent_start=(doc.to_array(SENT_START).astype("int64") == 1).tolist(), shape=[shapes[w] for w in text])

    def sentences(self) -> list[tuple[int, int]]:
        """``(start, end)`` token ranges of the sentences (what ``doc.sents`` gives, without a Token per word)."""
        starts = [i for i, first in enumerate(self.sent_start) if first or i == 0]
        return list(zip(starts, starts[1:] + [len(self.sent_start)]))

    def window(self) -> list[tuple[str, ...]]:
        """Per token: parts of speech two tokens left and right, words one token left and right (wider
        word windows grow the model files more than they help)."""
        n = len(self.pos)
        edge = ["<edge>"] * _EDGE_WORDS
        pos = edge + self.pos + edge
        low = edge + self.low + edge
        cols = []
        for k in range(-_EDGE_WORDS, _EDGE_WORDS + 1):
            if k == 0:
                continue
            cols.append([f"p{k:+d}={p}" for p in pos[_EDGE_WORDS + k:_EDGE_WORDS + k + n]])
            if abs(k) == 1:
                cols.append([f"w{k:+d}={w}" if 0 <= i + k < n else None
                             for i, w in enumerate(low[_EDGE_WORDS + k:_EDGE_WORDS + k + n])])
        rows = list(zip(*cols))
        for i in {0, n - 1} & set(range(n)):  # words beyond the doc's edges are left out
            rows[i] = tuple(f for f in rows[i] if f is not None)
        return rows

    def path(self, i: int) -> list[int]:
        """Token ``i`` and its ancestors, nearest first (at most ``_UNDER_STEPS`` steps up)."""
        out = [i]
        node = i
        for _ in range(_UNDER_STEPS):
            head = self.head[node]
            if head == node:
                break
            out.append(head)
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


def _under(t: _Tokens, i: int, cand: int, chain: list[int], cand_set: set[int]) -> tuple[str, str]:
    """How token ``i`` hangs under ``cand``, the nearest cue candidate of its sentence (-1: none), given
    ``chain`` (``i`` and its ancestors) and ``cand_set`` (the sentence's candidates): (the dependency
    label of the candidate's child on the path, that label with the one below it, "ccomp>conj");
    ("self", "self") for the candidate itself, ("other", "other") under another candidate, ("none",
    "none") otherwise."""
    if cand < 0:
        return "none", "none"
    if i == cand:
        return "self", "self"
    if cand in chain:
        k = chain.index(cand)
        below = t.dep[chain[k - 2]] if k >= 2 else "-"
        return t.dep[chain[k - 1]], t.dep[chain[k - 1]] + ">" + below
    if not cand_set.isdisjoint(chain):  # ``i`` itself is no candidate here (it would be its own nearest)
        return "other", "other"
    return "none", "none"


def _candidate_features(t: _Tokens, i: int, cand: int, under: tuple[str, str]) -> list[str]:
    """Where token ``i`` lies relative to ``cand``, the nearest cue candidate of its sentence (-1: none;
    ``under``: :func:`_under`)."""
    if cand < 0:
        return ["no-cand"]
    dist = _bucket(i - cand)
    feats = ["cd=" + dist, "cw=" + t.low[cand] + "|" + dist[0]]
    label, path2 = under
    if label == "other":
        feats.append("cu-other")
    elif label != "none":
        feats += ["cu=" + label, "cu=" + label + "|" + dist[0], "cuw=" + label + "|" + t.pos[i], "cu2=" + path2]
    return feats


def _own(t: _Tokens, i: int, sent: tuple[int, int], quoted: bool) -> list[str]:
    low, pos, dep = t.low[i], t.pos[i], t.dep[i]
    head = t.head[i]
    rel = i - sent[0]
    feats = ["bias", "w=" + low, "s3=" + low[-3:], "sh=" + t.shape[i], "p=" + pos, "t=" + t.tag[i],
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
    quoted, edges = _quoted_tokens(doc, regions)
    t = _Tokens.of(doc)
    kids = _child_deps(t)
    sents = t.sentences()
    window = t.window()
    cands = [[i for i in range(*b) if i in rule_cues or (t.lower[i] in cue_words and t.pos[i] in ("VERB", "NOUN", "ADP"))]
             for b in sents]
    out: list[list[str]] = []
    for si, bounds in enumerate(sents):
        cand_set = set(cands[si])
        near = [_nearest(cands[si], i) if cand_set else -1 for i in range(*bounds)]
        chains = [t.path(i) for i in range(*bounds)]
        unders = [_under(t, i, near[k], chains[k], cand_set) for k, i in enumerate(range(*bounds))]
        context = _sentence_context(cands, si, bounds, quoted)
        for k, i in enumerate(range(*bounds)):
            feats = _own(t, i, bounds, i in quoted)
            feats += window[i]
            feats += _candidate_features(t, i, near[k], unders[k])
            feats += marks.get(i, ())
            feats += context
            if k > 0:
                feats.append("cu-1=" + unders[k - 1][0])
            if k + 1 < len(unders):
                feats.append("cu+1=" + unders[k + 1][0])
            if i in kids:
                feats += kids[i]
            feats += _governing(t, i, chains[k], cand_set)
            if i in edges:
                feats.append(edges[i])
            out.append(feats)
    return out


def _governing(t: _Tokens, i: int, chain: list[int], cand_set: set[int]) -> list[str]:
    """The cue candidates of its sentence above token ``i`` in the tree (``chain``: ``i`` and its
    ancestors): how many ("ga=0", "ga=1", "ga=2+"), and for the nearest one the label of its child on
    the path and its word, each with the side of ``i`` ("<" before the candidate, ">" after)."""
    above = [k for k in range(1, len(chain)) if chain[k] in cand_set]
    if not above:
        return ["ga=0"]
    k = above[0]
    side = "<" if i < chain[k] else ">"
    return ["ga=" + ("1" if len(above) == 1 else "2+"), "gl=" + t.dep[chain[k - 1]] + side,
            "gw=" + t.low[chain[k]] + side]


_KID_DEPS = frozenset({"ccomp", "xcomp", "dobj", "nsubj", "nsubjpass", "agent", "parataxis", "poss", "mark"})


def _child_deps(t: _Tokens) -> dict[int, list[str]]:
    """Verb, auxiliary or noun index -> features of its dependents among :data:`_KID_DEPS` ("k=ccomp";
    a subject that is a name or pronoun as "k=nsubj|P")."""
    found: dict[int, set[str]] = {}
    for i, h in enumerate(t.head):
        if h != i and t.dep[i] in _KID_DEPS and t.pos[h] in ("VERB", "AUX", "NOUN"):
            named = t.pos[i] in ("PROPN", "PRON") and t.dep[i].startswith("nsubj")
            found.setdefault(h, set()).add("k=" + t.dep[i] + ("|P" if named else ""))
    return {h: sorted(f) for h, f in found.items()}


def _sentence_context(cands: list[list[int]], si: int, bounds: tuple[int, int], quoted: set[int]) -> list[str]:
    """Features of the whole sentence ``si``: how much of it is quoted; without a candidate of its own,
    how far back and whether right after it a sentence has one."""
    feats = []
    if not cands[si]:
        back = "1" if si >= 1 and cands[si - 1] else "2" if si >= 2 and cands[si - 2] else "far"
        ahead = "1" if si + 1 < len(cands) and cands[si + 1] else "far"
        feats += ["s-prevcand=" + back, "s-nextcand=" + ahead]
    n_quoted = sum(1 for i in range(*bounds) if i in quoted)
    whole = n_quoted >= bounds[1] - bounds[0] - 2
    feats.append("s-q=" + ("none" if n_quoted == 0 else "all" if whole else "part"))
    return feats


def _quoted_tokens(doc: Doc, regions: list[tuple[int, int]]) -> tuple[set[int], dict[int, str]]:
    """Tokens inside quotation marks, and the first and last token of each quotation ("q-first", "q-last")."""
    quoted: set[int] = set()
    edges: dict[int, str] = {}
    for a, b in regions:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is not None and len(span):
            quoted.update(range(span.start, span.end))
            edges[span.start] = "q-first"
            edges[span.end - 1] = "q-last"
    return quoted, edges
