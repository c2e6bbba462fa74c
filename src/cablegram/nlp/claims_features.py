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

from spacy.tokens import Doc, Span, Token

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


def _under(tok: Token, cand: Token) -> str | None:
    """The dependency label of ``cand``'s child that ``tok`` hangs under ("self" for the candidate)."""
    if tok.i == cand.i:
        return "self"
    node = tok
    for _ in range(12):
        if node.head.i == node.i:
            return None
        if node.head.i == cand.i:
            return node.dep_
        node = node.head
    return None


def _candidate_features(tok: Token, cands: list[Token]) -> list[str]:
    """Where ``tok`` lies relative to the nearest cue candidate of its sentence."""
    if not cands:
        return ["no-cand"]
    cand = min(cands, key=lambda c: (abs(c.i - tok.i), c.i))
    dist = _bucket(tok.i - cand.i)
    feats = ["cd=" + dist, "cw=" + _low(cand) + "|" + dist[0]]
    under = _under(tok, cand)
    if under is not None:
        feats += ["cu=" + under, "cu=" + under + "|" + dist[0], "cuw=" + under + "|" + tok.pos_]
    elif any(_under(tok, c) is not None for c in cands if c.i != cand.i):
        feats.append("cu-other")
    return feats


def _low(tok: Token) -> str:
    """The lower-cased word; line breaks and other white space as one symbol each."""
    if tok.is_space:
        return "<nl>" if "\n" in tok.text else "<sp>"
    return tok.lower_


def _window(doc: Doc, i: int) -> list[str]:
    """Parts of speech two tokens left and right, words one token left and right (wider word windows
    grow the model files more than they help)."""
    feats = []
    for k in range(-_EDGE_WORDS, _EDGE_WORDS + 1):
        j = i + k
        if k == 0:
            continue
        if not 0 <= j < len(doc):
            feats.append(f"p{k:+d}=<edge>")
            continue
        feats.append(f"p{k:+d}={doc[j].pos_}")
        if abs(k) == 1:
            feats.append(f"w{k:+d}={_low(doc[j])}")
    return feats


def _own(tok: Token, sent: Span, quoted: bool) -> list[str]:
    low, pos, dep = _low(tok), tok.pos_, tok.dep_
    head = tok.head
    rel = tok.i - sent.start
    feats = ["bias", "w=" + low, "s3=" + low[-3:], "sh=" + _shape(tok.text), "p=" + pos, "t=" + tok.tag_, "d=" + dep,
             "pd=" + pos + "|" + dep, "hw=" + _low(head), "hp=" + head.pos_ + "|" + dep,
             "sp=" + ("0" if rel == 0 else "1" if rel == 1 else "end" if tok.i == sent.end - 1 else "mid"),
             "q=" + ("in" if quoted else "out")]
    if tok.text in QUOTE_MARKS:
        feats.append("qmark")
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    if prev is None or "\n" in prev.text_with_ws:
        feats.append("para-start")
    if tok.is_sent_start:
        feats.append("sent-start")
    return feats


def doc_features(doc: Doc, rule_atts, cue_words: frozenset[str], regions: list[tuple[int, int]] | None = None
                 ) -> list[list[str]]:
    """One feature list per token of ``doc`` (see module docstring).

    ``rule_atts``: the lexicon rules' attributions in ``doc``; ``cue_words``: lower-cased forms of the
    cue lists (a token among them is a cue candidate)."""
    if regions is None:
        regions = quote_regions(doc.text)
    marks = rule_marks(rule_atts)
    rule_cues = {t.i for a in rule_atts for t in a.cue}
    quoted = _quoted_tokens(doc, regions)
    out: list[list[str]] = []
    for sent in doc.sents:
        cands = [t for t in sent if t.i in rule_cues or (t.lower_ in cue_words and t.pos_ in ("VERB", "NOUN", "ADP"))]
        for tok in sent:
            feats = _own(tok, sent, tok.i in quoted) + _window(doc, tok.i) + _candidate_features(tok, cands)
            feats += marks.get(tok.i, ())
            out.append(feats)
    return out


def _quoted_tokens(doc: Doc, regions: list[tuple[int, int]]) -> set[int]:
    out: set[int] = set()
    for a, b in regions:
        span = doc.char_span(a, b, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out
