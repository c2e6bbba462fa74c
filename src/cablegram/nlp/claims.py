"""``cablegram_claims``: who says what, sentence by sentence.

(spaCy forbids "." in factory names, so the factory is ``cablegram_claims``, not
``cablegram_claims.v1``; :data:`FACTORY` holds the name.)

Works on the existing parse only (dependency labels, tags, entities). Two layers:

- :class:`AttributionFinder` finds every attribution relation in a parsed doc:
  a *cue* (a reporting verb such as "said", "noted", "told", or the phrase
  "according to"), its *source* span (the grammatical subject; the agent of a
  passive; the object of "according to") and, where present, the *content*
  (the clausal complement). A sentence can hold several ("Officials said he
  told reporters that …"). The PolNeAR evaluation scores this layer.
  Cues come from the word lists in :mod:`attribution_lexicon` and from a small
  learned classifier (:class:`CueModel`, logistic regression over parse
  features, one weighted sum per candidate token, shipped as
  ``models/attribution_cues.json`` and trained by ``scripts/train_attribution.py``):
  it adds cues the lists miss ("shrugged off", "continued", "his statement")
  and drops list cues it scores very low ("want", "spoke").
- the component turns them into one :class:`~cablegram.records.Claim` per
  sentence, written to ``doc._.cg_claims``.

Decisions (documented here because they shape the data):

- **Main attribution** of a sentence: cues outside quotation marks beat cues
  inside them (a quoted "I said …" belongs to the quoted speaker's words), then
  the cue nearest the sentence root, then the first.
- **Subjects as claimants**: "Blinken noted that …" and readout sentences such
  as "The two discussed …" take the grammatical subject as claimant; a
  participle without a subject ("…, adding that …") takes the source of the
  attribution before it in the sentence, else the subject of the verb it hangs
  on; a relative pronoun ("who said") is resolved to the noun it modifies.
- **Misparsed subjects**: a heading line glued onto a subject is cut off; a quotation the parser
  took for the subject gives way to the words between it and the verb ("“…,” the adviser said");
  a verb cue chosen by the classifier that still has no source takes one by position (the name
  after a verb that follows a quotation, else the nearest unquoted subject to its left). "there"
  is never a source.
- **Multi-sentence quotes**: sentences lying wholly inside a quotation whose
  attribution is in another sentence of the same quotation ("“A. B,” she said.")
  inherit that claimant, with ``quote="direct"``.
- **Claims without attribution** (``claimant_kind="none"``) are kept only for
  sentences that assert something: at least ``min_words`` words, a verb, not a
  question, not a byline ("By …"), not a heading (a line with no final
  punctuation) and not mostly links.
- **Claimant kinds** (first rule that applies): *outlet* ("we" outside quotes,
  "this newspaper", the document's publisher, or a news organisation that "has
  learned/understands"); *analysts* (unnamed experts, analysts, observers …);
  *anonymous* (unnamed sources/officials/diplomats, or an anonymity phrase such
  as "asked not to be named" / "familiar with"); *named* (a person's name, a
  personal pronoun, or a unique title such as "the Secretary"); *organisation*
  (organisations, states, institutions, spokespeople, polls, groups); anything
  else is *organisation* when plural or collective, *named* otherwise.
- ``claimant`` is the actor id of an actor mention overlapping the source (from
  the actors component); without one it degrades to the source text (for
  *outlet*, the document's publisher when known).
- ``quote_spans`` are ``[start, end]`` character offsets, relative to the
  sentence, of quoted passages of at least ``min_quote_words`` words (shorter
  ones are scare quotes or titles); ``quote`` is *direct* when such a passage
  is present, *indirect* when there is a cue but no direct quotation.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..records import Claim
from . import attribution_lexicon as lex
from .extensions import doc_list, ensure_extensions
from .language import is_english
from .model_files import load_json_model

_SUBJECTS = ("nsubj", "csubj", "expl")
_PASSIVE_SUBJECTS = ("nsubjpass", "csubjpass")
_COMPLEMENTS = ("ccomp", "xcomp", "dobj", "parataxis", "prep", "advcl", "oprd", "attr", "dative")
_PERSONAL_PRONOUNS = frozenset({"he", "she", "i", "him", "her"})
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
_AUDIENCE = frozenset({"reporters", "journalists", "the press", "lawmakers", "parliament", "congress", "the council",
                       "senators", "supporters", "the crowd", "an audience", "the audience", "the assembly"})
# Cues kept without a source ("according to reports" is still an attribution); other source-less
# cues are non-finite verbs ("to think", "upon assuming office") that report nothing.
_SOURCELESS_OK = frozenset({"according to", "citing"})
_OPEN_QUOTES = "“«‘"
_CLOSE_QUOTES = "”»’"
_TERMINAL = (".", "!", "?", "”", '"', "’", "'", ":", ";", ")", "…")


@dataclass
class Attribution:
    """One attribution relation found in a doc (token spans into the doc)."""

    sentence_index: int
    cue: Span
    source: Span | None
    content: Span | None
    depth: int  # dependency distance from the cue to its sentence root
    in_quote: bool  # the cue lies inside quotation marks
    cue_label: str  # cue text for the Claim, e.g. "told reporters", "according to"
    resolved: Span | None = None  # what a relative pronoun source refers to


# --------------------------------------------------------------------------- quotes

def quote_regions(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` char ranges of quoted passages (inside the marks).

    Curly quotes pair “…”; straight double quotes alternate. A quotation still
    open at a paragraph break is closed there (news style reopens it in the next
    paragraph), so an unbalanced mark never swallows the rest of the text.
    """
    # Some sources write quotation marks as two apostrophes or backticks (''like this''): same length
    # substitution keeps offsets.
    text = text.replace("''", '"\x00').replace("``", '"\x00')
    regions: list[tuple[int, int]] = []
    open_at: int | None = None
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        if ch == "\n" and open_at is not None and i + 1 < n and text[i + 1] == "\n":
            regions.append((open_at, i))
            open_at = None
        elif ch == "“" or (ch == '"' and open_at is None):
            if open_at is not None:  # a reopened quote: close the previous one here
                regions.append((open_at, i))
            open_at = i + 1
        elif (ch == "”" or ch == '"') and open_at is not None:
            regions.append((open_at, i))
            open_at = None
        i += 1
    if open_at is not None:
        regions.append((open_at, n))
    return [(a, b) for a, b in regions if b > a]


def _words(text: str) -> int:
    return sum(1 for w in text.split() if any(c.isalpha() for c in w))


# --------------------------------------------------------------------------- attribution finding

def _trim(span: Span) -> Span | None:
    """Drop punctuation and conjunctions at the edges of a span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_punct or doc[start].dep_ == "cc"):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
        end -= 1
    return doc[start:end] if end > start else None


_DASHES = frozenset({"—", "–", "-", "--"})


def _phrase(head: Token) -> Span | None:
    """The phrase headed by ``head`` with its modifiers, appositions and relative clauses.

    "Jane Roe, a senior fellow at X, who …" is kept whole (it tells who the source is);
    a dateline the parser glued on ("CITY — Sen. Roe") is cut off.
    """
    doc = head.doc
    left, right = head.left_edge.i, head.right_edge.i + 1
    for i in range(left, min(head.i, left + 10)):
        if doc[i].text in _DASHES and i > left and (doc[i - 1].text == ")" or doc[i - 1].is_upper or doc[i - 1].ent_type_ == "GPE"):
            left = i + 1
    for i in range(left, head.i):
        if "\n" in doc[i].text_with_ws:  # a heading or dateline line glued onto the subject
            left = i + 1
    return _trim(doc[left:right])


_FALLBACK_POS = frozenset({"PROPN", "PRON", "NOUN"})


def _after_quote(verb: Token, regions: list[tuple[int, int]]) -> Span | None:
    """The words between a closing quotation mark and ``verb`` when they hold a noun ("“…,” the adviser said")."""
    doc, sent = verb.doc, verb.sent
    start = verb.i
    while start - 1 >= sent.start and not _in_regions(doc[start - 1].idx, regions) \
            and doc[start - 1].text not in _QUOTE_MARKS and not (doc[start - 1].is_punct and doc[start - 1].text != "'s"):
        start -= 1
    span = _trim(doc[start:verb.i])
    if span is None or not any(t.pos_ in _FALLBACK_POS for t in span):
        return None
    return span


def _fallback_source(verb: Token, regions: list[tuple[int, int]]) -> Span | None:
    """A source the dependency rules missed (a misparsed subject), found by position in the sentence.

    "“…,” said Jane Roe": the proper name right after a verb that follows a quotation; otherwise the
    nearest subject to the left of the verb outside quotation marks ("Roe summed up …, and said"),
    or a proper name right before it that the parser took for a compound ("Roe predicts").
    """
    doc, sent = verb.doc, verb.sent
    prev = doc[verb.i - 1] if verb.i > sent.start else None
    nxt = doc[verb.i + 1] if verb.i + 1 < sent.end else None
    if nxt is not None and prev is not None and prev.is_punct and (nxt.pos_ == "PROPN" or nxt.lower_ in _PERSONAL_PRONOUNS):
        end = nxt.i
        while end + 1 < sent.end and doc[end + 1].pos_ == "PROPN":
            end += 1
        return doc[nxt.i:end + 1]
    if prev is not None and prev.pos_ == "PROPN" and prev.dep_ == "compound" and prev.head.i == verb.i:
        start = prev.i
        while start - 1 >= sent.start and doc[start - 1].pos_ == "PROPN":
            start -= 1
        return doc[start:prev.i + 1]
    for i in range(verb.i - 1, sent.start - 1, -1):
        tok = doc[i]
        if tok.dep_ == "nsubj" and tok.pos_ in _FALLBACK_POS and tok.lower_ not in _RELATIVE_PRONOUNS \
                and not _in_regions(tok.idx, regions):
            return _phrase(tok)
    return None


def _short_phrase(head: Token) -> Span | None:
    """The noun phrase headed by ``head``, without clauses or parentheticals set off by commas."""
    doc = head.doc
    left, right = head.left_edge.i, head.right_edge.i + 1
    for child in head.rights:
        # "A diplomat, who asked not to be named, said": keep the head phrase only.
        if child.dep_ in ("relcl", "acl", "appos", "advcl", "punct") and child.i > head.i:
            prev = doc[child.left_edge.i - 1] if child.left_edge.i > 0 else None
            if child.dep_ == "punct" or (prev is not None and prev.text in ",(–—-"):
                right = min(right, child.left_edge.i if child.dep_ != "punct" else child.i)
    return _trim(doc[left:right])


def _subject(verb: Token) -> tuple[Token | None, bool]:
    """The subject of ``verb`` (inherited through coordination); second value: the clause is passive."""
    seen = 0
    while verb is not None and seen < 4:
        passive = False
        for child in verb.children:
            if child.dep_ in _SUBJECTS and child.lower_ != "there":
                return child, False
            if child.dep_ in _PASSIVE_SUBJECTS:
                passive = True
        if passive:
            return None, True
        if verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
            seen += 1
            continue
        break
    return None, False


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand
    return None


def _depth(tok: Token) -> int:
    d = 0
    while tok.head.i != tok.i and d < 50:
        tok = tok.head
        d += 1
    return d


def _content(verb: Token) -> Span | None:
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp", "parataxis"):
            return _trim(verb.doc[child.left_edge.i:child.right_edge.i + 1])
    return None


def _near(tok: Token, taken: set[int]) -> bool:
    """Whether ``tok`` belongs to a cue already taken: within two tokens of it, or its (grand)parent."""
    if any(abs(tok.i - j) <= 2 for j in taken):
        return True
    return tok.head.i in taken or tok.head.head.i in taken


def _learned_source(tok: Token) -> Span | None:
    """The source of a learned non-verbal cue: "his statement" -> his; "X made it clear" -> X."""
    for child in tok.children:
        if child.dep_ == "poss":
            return _phrase(child)
    node = tok
    for _ in range(3):
        if node.head.i == node.i:
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            subj, passive = _subject(node)
            if subj is not None:
                return _phrase(subj)
            agent = _agent(node) if passive else None
            return _phrase(agent) if agent is not None else None
    return None


def _in_regions(idx: int, regions: list[tuple[int, int]]) -> bool:
    return any(a <= idx < b for a, b in regions)


# --------------------------------------------------------------------------- learned cues

# Parts of speech a learned cue may have: verbs ("shrugged off"), nouns ("his statement"),
# prepositions ("in an interview"), adjectives ("made it clear"), adverbs ("reportedly"), and the
# colon/dash that introduces a quotation.
_CUE_POS = frozenset({"VERB", "NOUN", "ADP", "ADJ", "ADV", "PUNCT"})
_CUE_PUNCT = frozenset({":", "—", "–", "―", "--"})
_QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``", "‘", "’"})


def cue_candidates(doc: Doc) -> list[Token]:
    """Tokens the cue classifier scores (everything else is never a learned cue)."""
    return [t for t in doc if t.pos_ in _CUE_POS and (t.pos_ != "PUNCT" or t.text in _CUE_PUNCT)]


def cue_features(tok: Token, in_quote: bool, rule: str | None, lexicon: str | None) -> list[str]:
    """Sparse binary features of one candidate token, read off the existing parse.

    ``rule`` says whether the lexicon rules already made it a cue ("src" with a source, "nosrc"
    without); ``lexicon`` names the word list it is in, if any.
    """
    doc = tok.doc
    low, pos, dep = tok.lower_, tok.pos_, tok.dep_
    head = tok.head
    feats = ["bias", "w=" + low, "t=" + tok.tag_, "d=" + dep, "wd=" + low + "|" + dep, "pd=" + pos + "|" + dep,
             "s=" + low[-3:] + "|" + pos, "h=" + head.lower_ + "|" + dep, "hp=" + head.pos_ + "|" + dep]
    i = tok.i
    prev = doc[i - 1] if i > 0 else None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    feats.append("w-1=" + (prev.lower_ if prev is not None else "<s>"))
    feats.append("w+1=" + (nxt.lower_ if nxt is not None else "</s>"))
    feats.append("w+1w=" + low + "|" + (nxt.lower_ if nxt is not None else "</s>"))
    feats.append("w-1w=" + (prev.lower_ if prev is not None else "<s>") + "|" + low)
    feats.append("p-1=" + (prev.pos_ if prev is not None else "<s>"))
    feats.append("p+1=" + (nxt.pos_ if nxt is not None else "</s>"))
    if prev is not None and prev.text in _QUOTE_MARKS or nxt is not None and nxt.text in _QUOTE_MARKS:
        feats.append("by-quote|" + pos)
    if prev is not None and prev.text == "," and i > 1 and doc[i - 2].text in _QUOTE_MARKS:
        feats.append("after-quote-comma|" + pos)
    if in_quote:
        feats.append("in-quote|" + pos)
    if rule:
        feats.append("rule=" + rule)
    if lexicon:
        feats.append("lex=" + lexicon + "|" + pos)
    for child in tok.children:
        cdep = child.dep_
        feats.append("c=" + cdep)
        if cdep in _SUBJECTS or cdep in _PASSIVE_SUBJECTS or cdep == "poss":
            kind = "pron" if child.pos_ == "PRON" else "propn" if child.pos_ == "PROPN" else child.tag_
            feats.append("subj=" + cdep + "|" + kind)
        elif cdep in ("prep", "prt", "mark", "agent", "aux", "auxpass", "neg"):
            feats.append("cw=" + cdep + "|" + child.lower_)
        elif cdep in ("ccomp", "xcomp", "acl", "relcl", "parataxis"):
            mark = next((g.lower_ for g in child.children if g.dep_ == "mark"), "")
            feats.append("cc=" + cdep + "|" + mark)
            if any(g.text in _QUOTE_MARKS for g in child.children) or child.left_edge.text in _QUOTE_MARKS:
                feats.append("cc-quoted")
    return feats


class CueModel:
    """A logistic-regression cue classifier: one weight per feature string, a bias, two thresholds.

    ``add`` is the probability above which a token the rules missed becomes a cue; ``veto`` the
    probability below which a rule cue is dropped (0 keeps every rule cue).
    """

    def __init__(self, weights: dict[str, float], add: float = 0.5, veto: float = 0.0, meta: dict | None = None):
        self.weights = weights
        self.add = add
        self.veto = veto
        self.meta = meta or {}

    def prob(self, feats: list[str]) -> float:
        w = self.weights
        z = sum(w.get(f, 0.0) for f in feats)
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    @classmethod
    def fit(cls, rows: list[list[str]], labels: list[float], **options) -> "CueModel":
        """Fit on feature lists and soft labels (the share of annotators marking the token as a cue)."""
        import numpy as np

        index: dict[str, int] = {}
        encoded = [np.array([index.setdefault(f, len(index)) for f in set(feats)], dtype=np.int64) for feats in rows]
        names = sorted(index, key=index.__getitem__)
        return cls.fit_encoded(encoded, labels, names, **options)

    @classmethod
    def fit_encoded(cls, rows, labels, names: list[str], l2: float = 1.0, iterations: int = 300,
                    min_count: int = 2, min_weight: float = 0.001, add: float = 0.5, veto: float = 0.0) -> "CueModel":
        """Fit on rows given as arrays of feature ids into ``names`` (no repeats within a row).

        Full-batch Adam from zeros on the mean log-loss plus ``l2``/n times the squared weights;
        features seen in fewer than ``min_count`` rows are left out, and weights under ``min_weight``
        are dropped afterwards (keeps the shipped file small). Deterministic, numpy only.
        """
        import numpy as np

        y = np.asarray(labels, dtype=float)
        n, d = len(y), len(names)
        lengths = np.array([len(r) for r in rows], dtype=np.int64)
        rows_a = np.repeat(np.arange(n, dtype=np.int64), lengths)
        cols_a = np.concatenate(rows) if n else np.zeros(0, dtype=np.int64)
        counts = np.bincount(cols_a, minlength=d)
        keep = counts >= min_count
        if "bias" in names:
            keep[names.index("bias")] = True
        mask = keep[cols_a]
        rows_a, cols_a = rows_a[mask], cols_a[mask]
        w = np.zeros(d)
        m = np.zeros(d)
        v = np.zeros(d)
        rate, b1, b2 = 0.1, 0.9, 0.999
        for step in range(1, iterations + 1):
            z = np.bincount(rows_a, weights=w[cols_a], minlength=n)
            p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
            grad = np.bincount(cols_a, weights=(p - y)[rows_a], minlength=d) / n + (2 * l2 / n) * w
            m = b1 * m + (1 - b1) * grad
            v = b2 * v + (1 - b2) * grad * grad
            w -= rate * (m / (1 - b1 ** step)) / (np.sqrt(v / (1 - b2 ** step)) + 1e-8)
        weights = {names[k]: round(float(w[k]), 3) for k in np.flatnonzero(keep & (np.abs(w) >= min_weight))}
        return cls(weights, add=add, veto=veto, meta={"rows": n, "features": len(weights), "l2": l2,
                                                      "iterations": iterations, "min_count": min_count,
                                                      "min_weight": min_weight})

    def to_dict(self) -> dict:
        return {"kind": "cablegram-attribution-cues", "version": 1, "add": self.add, "veto": self.veto,
                "meta": self.meta, "weights": self.weights}

    @classmethod
    def from_dict(cls, data: dict) -> "CueModel":
        return cls({str(k): float(v) for k, v in data["weights"].items()}, float(data.get("add", 0.5)),
                   float(data.get("veto", 0.0)), dict(data.get("meta", {})))

    def save(self, path: Path) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), separators=(",", ":"), sort_keys=True), encoding="utf-8")


DEFAULT_CUE_MODEL = "attribution_cues.json"


def load_cue_model(name_or_path: str | None) -> CueModel | None:
    """The shipped cue model (a file name under ``cablegram/nlp/models``) or a model file path; empty disables it."""
    if not name_or_path:
        return None
    return load_json_model(name_or_path, CueModel.from_dict, what="attribution cue model",
                           retrain="python scripts/train_attribution.py --data ../shared/data")


class AttributionFinder:
    """Finds attributions on a parsed doc; holds the cue vocabulary (built once per component)."""

    def __init__(self, include_cognition: bool = True, inside_quotes: bool = False, cue_model: CueModel | None = None):
        bases = lex.SPEECH_VERBS + lex.STANCE_VERBS + (lex.COGNITION_VERBS if include_cognition else ())
        self.inside_quotes = inside_quotes
        self.cue_model = cue_model
        self.speech = lex.verb_forms(lex.SPEECH_VERBS)
        self.cognition = lex.verb_forms(lex.COGNITION_VERBS) if include_cognition else frozenset()
        self.cues = lex.verb_forms(bases) - lex.EXCLUDED_FORMS
        self.outlet = lex.verb_forms(lex.OUTLET_VERBS)

    def find(self, doc: Doc, regions: list[tuple[int, int]] | None = None) -> list[Attribution]:
        """All attributions in ``doc``, in text order."""
        if regions is None:
            regions = quote_regions(doc.text)
        found: list[Attribution] = []
        for si, sent in enumerate(doc.sents):
            sent_found = self._rules(sent, si, regions)
            if self.cue_model is not None:
                sent_found = self._learned(sent, si, regions, sent_found)
            found.extend(sent_found)
        return found

    def _rules(self, sent: Span, si: int, regions) -> list[Attribution]:
        """The lexicon rules' attributions in one sentence."""
        sent_found: list[Attribution] = []
        for tok in sent:
            att = self._prepositional(tok, si, regions) or self._verbal(tok, si, regions, sent_found)
            if att is None or (att.in_quote and not self.inside_quotes):
                continue  # a cue inside a quotation is part of the quoted words, not the article's attribution
            if att.source is not None or att.cue_label in _SOURCELESS_OK or att.cue.root.lower_ in lex.SOURCELESS_PASSIVES:
                sent_found.append(att)
        return sent_found

    def _lexicon(self, low: str) -> str | None:
        if low in lex.EXCLUDED_FORMS:
            return "excluded"
        if low in self.speech:
            return "speech"
        if low in self.cognition:
            return "cognition"
        if low in self.cues:
            return "stance"
        if low in lex.SOURCELESS_PASSIVES:
            return "passive"
        return None

    def _sentence_features(self, sent: Span, regions, rule_atts: list[Attribution]) -> list[tuple[Token, list[str]]]:
        rule_tokens: dict[int, str] = {}
        for att in rule_atts:
            for t in att.cue:
                rule_tokens[t.i] = "src" if att.source is not None else "nosrc"
        return [(t, cue_features(t, _in_regions(t.idx, regions), rule_tokens.get(t.i), self._lexicon(t.lower_)))
                for t in sent if t.pos_ in _CUE_POS and (t.pos_ != "PUNCT" or t.text in _CUE_PUNCT)]

    def cue_rows(self, doc: Doc, regions: list[tuple[int, int]] | None = None) -> list[tuple[Token, list[str]]]:
        """Every candidate token of ``doc`` with its classifier features (what training and scoring see)."""
        if regions is None:
            regions = quote_regions(doc.text)
        rows: list[tuple[Token, list[str]]] = []
        for si, sent in enumerate(doc.sents):
            rows.extend(self._sentence_features(sent, regions, self._rules(sent, si, regions)))
        return rows

    def _learned(self, sent: Span, si: int, regions, rule_atts: list[Attribution]) -> list[Attribution]:
        """Rule attributions the classifier keeps, plus the cues it finds that the rules missed."""
        model = self.cue_model
        probs = {t.i: model.prob(f) for t, f in self._sentence_features(sent, regions, rule_atts)}
        kept = [a for a in rule_atts if model.veto <= 0 or max(probs.get(t.i, 1.0) for t in a.cue) >= model.veto]
        taken = {t.i for a in kept for t in a.cue}
        added: list[Attribution] = []
        for i in sorted(probs):
            if probs[i] < model.add or _near(sent.doc[i], taken):
                continue
            att = self._learned_attribution(sent.doc[i], si, regions, kept + added)
            if att is None:
                continue
            taken.update(t.i for t in att.cue)
            added.append(att)
        return sorted(kept + added, key=lambda a: a.cue.start)

    def _learned_attribution(self, tok: Token, si: int, regions, before: list[Attribution]) -> Attribution | None:
        in_quote = _in_regions(tok.idx, regions)
        if in_quote and not self.inside_quotes:
            return None
        doc = tok.doc
        if tok.pos_ == "VERB":
            att = self._verbal(tok, si, regions, before, learned=True)
            if att is not None:
                return att
        source = _learned_source(tok)
        cue_end = tok.i + 1
        while cue_end < len(doc) and doc[cue_end].dep_ == "prt" and doc[cue_end].head.i == tok.i:
            cue_end += 1
        cue = doc[tok.i:cue_end]
        return Attribution(si, cue, source, _content(tok), _depth(tok), in_quote, cue.text.lower())

    def _prepositional(self, tok: Token, si: int, regions) -> Attribution | None:
        doc = tok.doc
        low = tok.lower_
        for phrase in lex.PREPOSITIONAL_CUES:
            if low != phrase[0] or tok.i + len(phrase) > len(doc):
                continue
            if any(doc[tok.i + k].lower_ != w for k, w in enumerate(phrase)):
                continue
            cue = doc[tok.i:tok.i + len(phrase)]
            last = cue[-1]
            obj = next((c for c in last.children if c.dep_ in ("pobj", "dobj")), None)
            if obj is None:  # parser attached the object elsewhere: take the next noun phrase
                obj = next((t for t in doc[last.i + 1:min(len(doc), last.i + 6)] if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
            source = _phrase(obj) if obj is not None else None
            head = tok.head
            content = _trim(doc[head.left_edge.i:head.right_edge.i + 1]) if head.i != tok.i else None
            return Attribution(si, cue, source, content, _depth(tok), _in_regions(tok.idx, regions), " ".join(phrase))
        return None

    def _verbal(self, tok: Token, si: int, regions, before: list[Attribution], learned: bool = False) -> Attribution | None:
        """A verb cue; ``learned``: the classifier chose it, so the word lists do not gate it."""
        low = tok.lower_
        known = learned or low in self.cues
        if (not known and low not in lex.SOURCELESS_PASSIVES) or tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("amod", "compound", "aux", "auxpass"):
            return None
        doc = tok.doc
        if low in ("asked", "requested", "declined") and any(
                doc[tok.i:tok.i + len(p)].text.lower().split() == list(p) for p in lex.ANONYMITY_PHRASES if p[0] == low):
            return None  # "who asked not to be named" hides a source, it reports nothing
        has_complement = any(c.dep_ in _COMPLEMENTS for c in tok.children)
        if not learned and low in self.cognition and low not in self.speech and not has_complement:
            return None
        subj, passive = _subject(tok)
        if not known and not passive:
            return None
        source: Span | None = None
        resolved: Span | None = None
        if passive:
            agent = _agent(tok)
            if agent is None:
                # "X is expected/believed to …" reports a belief with no source (also a hedge);
                # "Y was told" names the hearer, not the speaker.
                if low not in lex.SOURCELESS_PASSIVES:
                    return None
            else:
                source = _phrase(agent)
        elif subj is not None:
            source = _phrase(subj)
            if _in_regions(subj.idx, regions) and not _in_regions(tok.idx, regions):
                # The parser took the quotation for the subject: "“…,” the adviser said".
                source = _after_quote(tok, regions) or source
            if subj.lower_ in _RELATIVE_PRONOUNS and tok.dep_ == "relcl":
                resolved = _phrase(tok.head)
        elif tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp", "conj", "acl"):
            # "…, adding that …": same speaker as the attribution before it, else the verb it hangs on.
            if before:
                # The speaker of the main attribution, not of one reported inside it ("X said he plans …, insisting").
                main = min(before, key=lambda a: (a.source is None, a.depth))
                source = main.source
                resolved = main.resolved
            else:
                head_subj, _ = _subject(tok.head)
                source = _phrase(head_subj) if head_subj is not None else None
            if tok.dep_ == "acl" and source is None and tok.head.pos_ in ("NOUN", "PROPN"):
                # "the minister, speaking in Geneva, …": the noun phrase up to the participle, not its clause.
                source = _trim(doc[tok.head.left_edge.i:tok.i]) if tok.i > tok.head.i else _phrase(tok.head)
        elif tok.dep_ in ("ROOT", "ccomp", "conj", "parataxis") and tok.tag_ in ("VB",) and tok.i > 0 and doc[tok.i - 1].lower_ == "to":
            return None  # an infinitive without subject ("to say") reports nothing by itself
        elif learned:
            # Only for cues the classifier chose (it keeps them with or without a source); for list
            # cues a source found this way lets through more wrong cues than right ones (PolNeAR CV).
            source = _fallback_source(tok, regions)
        cue_end = tok.i + 1
        for child in tok.rights:
            if child.dep_ == "prt" and child.i == cue_end:
                cue_end += 1
        cue = doc[tok.i:cue_end]
        label = cue.text.lower()
        for child in tok.rights:
            if child.dep_ in ("dobj", "dative") and doc[child.left_edge.i:child.i + 1].text.lower() in _AUDIENCE:
                label = f"{label} {doc[child.left_edge.i:child.i + 1].text.lower()}"
                break
        return Attribution(si, cue, source, _content(tok), _depth(tok), _in_regions(tok.idx, regions), label, resolved)


# --------------------------------------------------------------------------- claimant classification

def _actor_index(doc: Doc) -> dict[int, str]:
    """Token index -> actor id from the actors component (spans group first, then mentions)."""
    index: dict[int, str] = {}
    if "cg_actors" in doc.spans:
        for span in doc.spans["cg_actors"]:
            actor_id = span._.cg_actor_id
            if actor_id:
                for i in range(span.start, span.end):
                    index.setdefault(i, actor_id)
    for mention in doc._.cg_mentions or []:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and mention.actor_id:
            for i in range(span.start, span.end):
                index.setdefault(i, mention.actor_id)
    return index


def _head(span: Span) -> Token:
    return span.root


def classify(source: Span | None, att: Attribution, publisher: str | None, outlet_verbs: frozenset[str],
             sentence_tokens: list[str]) -> str:
    """The claimant kind of an attribution (see the module docstring for the rules)."""
    if source is None:
        return "none"
    text = source.text.lower()
    head = _head(source)
    head_low = head.lower_
    ents = {t.ent_type_ for t in source if t.ent_type_}
    has_person = "PERSON" in ents
    if text in lex.OUTLET_SELF and not att.in_quote:
        return "outlet"
    if head_low in lex.OUTLET_STAFF and any(c.lower_ == "our" for c in head.children) and not att.in_quote:
        return "outlet"  # "our correspondent", "our reporters"
    # The publisher's own name is the outlet only when it is a publication: a ministry, government or
    # state publishing its own statement is still an organisation speaking ("the Foreign Ministry denied").
    if publisher and publisher.lower() in text and head_low not in lex.INSTITUTIONAL_HEADS \
            and head_low not in lex.PERSON_TITLES and not ents & {"GPE", "NORP"}:
        return "outlet"
    if att.cue.root.lower_ in outlet_verbs and att.cue.root.lower_ not in ("see", "confirm") and "ORG" in ents \
            and any(t.lower_ in ("has", "have", "had") for t in att.cue.root.children):
        return "outlet"  # "Reuters has learned that …"
    if head_low in lex.ANALYST_HEADS and not has_person:
        return "analysts"
    anonymity = any(_contains(sentence_tokens, p) for p in lex.ANONYMITY_PHRASES)
    if head_low in lex.ANONYMOUS_HEADS and not has_person:
        # "a diplomat", "officials", "sources close to …" are unnamed; "the envoy" (singular, definite)
        # points at a known person mentioned before, unless an anonymity phrase says otherwise.
        definite = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "some", "several", "two", "three")
                       for c in head.children)
        if anonymity or head.tag_ == "NNS" or not definite:
            return "anonymous"
    if has_person or head_low in _PERSONAL_PRONOUNS:
        return "named"
    if head_low in lex.PERSON_TITLES:
        return "named"  # "the foreign minister of X": one person, even when a state is named
    if ents & {"ORG", "GPE", "NORP", "FAC"} or head_low in lex.INSTITUTIONAL_HEADS or head_low in ("it", "they", "which"):
        return "organisation"
    if head.pos_ == "PROPN":
        return "named"
    if head_low in ("who", "whom", "that") and att.resolved is not None:
        return classify(att.resolved, att, publisher, outlet_verbs, sentence_tokens)
    if head_low in ("both", "two", "three", "sides", "leaders", "ministers"):
        return "named"  # readouts: "The two discussed …" refers to the named participants
    return "organisation" if head.tag_ in ("NNS", "NNPS") else "named"


def _contains(tokens: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    first = phrase[0]
    for i, t in enumerate(tokens):
        if t == first and tuple(tokens[i:i + n]) == phrase:
            return True
    return False


def find_hedges(sent: Span) -> list[str]:
    """Hedging words and phrases in a sentence, in order of appearance, without repeats."""
    tokens = [t.lower_ for t in sent]
    hits: list[tuple[int, str]] = []
    for i, tok in enumerate(sent):
        low = tokens[i]
        if low in lex.HEDGE_WORDS or (low in lex.HEDGE_MODALS and tok.tag_ == "MD"):
            hits.append((i, low))
    for phrase in lex.HEDGE_PHRASES:
        n = len(phrase)
        for i, t in enumerate(tokens):
            if t == phrase[0] and tuple(tokens[i:i + n]) == phrase:
                hits.append((i, " ".join(phrase)))
    out: list[str] = []
    for _, h in sorted(hits):
        if h not in out:
            out.append(h)
    return out


def asserts_something(sent: Span, min_words: int) -> bool:
    """Whether an unattributed sentence is a statement worth a Claim (see module docstring)."""
    words = [t for t in sent if t.is_alpha]
    if len(words) < min_words:
        return False
    text = sent.text.strip()
    if text.endswith("?") or text.lower().startswith("by ") and len(words) <= 8:
        return False
    if not any(t.pos_ in ("VERB", "AUX") for t in sent):
        return False
    if not text.endswith(_TERMINAL):
        return False  # headings, captions and datelines carry no final punctuation
    if sum(1 for t in sent if t.like_url or t.like_email) * 2 > len(words):
        return False
    return True


# --------------------------------------------------------------------------- the component

class ClaimsComponent:
    """Writes one Claim per reporting or asserting sentence to ``doc._.cg_claims``."""

    def __init__(self, nlp: Language, name: str, min_words: int, min_quote_words: int, include_cognition: bool,
                 cue_model: str | None = DEFAULT_CUE_MODEL):
        self.name = name
        self.min_words = min_words
        self.min_quote_words = min_quote_words
        self.finder = AttributionFinder(include_cognition=include_cognition, cue_model=load_cue_model(cue_model))

    def __call__(self, doc: Doc) -> Doc:
        claims = doc_list(doc, "cg_claims")
        claims.clear()
        if is_english(doc):  # non-English text is flagged by cablegram_language, not coded
            claims.extend(self.claims(doc))
        return doc

    def claims(self, doc: Doc) -> list[Claim]:
        regions = quote_regions(doc.text)
        long_regions = [(a, b) for a, b in regions if _words(doc.text[a:b]) >= self.min_quote_words]
        by_sentence: dict[int, list[Attribution]] = {}
        for att in self.finder.find(doc, regions):
            by_sentence.setdefault(att.sentence_index, []).append(att)
        actors = _actor_index(doc)
        publisher = doc._.cg_publisher
        sents = list(doc.sents)
        out: dict[int, Claim] = {}
        for si, sent in enumerate(sents):
            spans = [[max(a, sent.start_char) - sent.start_char, min(b, sent.end_char) - sent.start_char]
                     for a, b in long_regions if a < sent.end_char and b > sent.start_char]
            spans = [s for s in spans if s[1] > s[0] and sent.text[s[0]:s[1]].strip()]
            atts = by_sentence.get(si)
            if atts:
                main = min(atts, key=lambda a: (a.in_quote, a.source is None, a.depth, a.cue.start))
                claim = self._claim(doc, si, sent, main, actors, publisher)
                claim.quote = "direct" if spans else "indirect"
            elif asserts_something(sent, self.min_words) or spans:
                claim = Claim(doc_id=doc._.cg_doc_id, sentence_index=si, sentence=sent.text)
                claim.quote = "direct" if spans else "none"
            else:
                continue
            claim.quote_spans = spans
            claim.hedges = find_hedges(sent)
            out[si] = claim
        self._propagate_quotes(sents, long_regions, out)
        return [out[i] for i in sorted(out)]

    def _claim(self, doc: Doc, si: int, sent: Span, att: Attribution, actors: dict[int, str], publisher) -> Claim:
        tokens = [t.lower_ for t in sent]
        kind = classify(att.source, att, publisher, self.finder.outlet, tokens)
        source = att.source
        if source is not None and source.root.lower_ in _RELATIVE_PRONOUNS and att.resolved is not None:
            source = att.resolved
        text = source.text if source is not None else None
        claimant = None
        if source is not None:
            ids = [actors[i] for i in range(source.start, source.end) if i in actors]
            # The head's actor first: "Kastorian President Aurel Dragan" is Dragan, not Kastoria.
            claimant = actors.get(source.root.i) or (ids[0] if ids else None)
            if claimant is None and source.root.lower_ in lex.INSTITUTIONAL_HEADS and any(
                    c.dep_ == "poss" and c.lower_ in ("his", "her") for c in source.root.children):
                claimant = _previous_named_person(doc, source.start)  # "his office announced"
            if claimant is None and source.root.lower_ in _PERSONAL_PRONOUNS:
                claimant = _previous_person(doc, source.start, actors)
            if claimant is None and source.root.lower_ in lex.INSTITUTIONAL_HEADS and \
                    any(c.lower_ in ("the", "this") for c in source.root.children):
                claimant = _previous_institution(doc, source.start, source.root.lower_)
            if claimant is None and _is_group_reference(source) and si > 0:
                # "They discussed …", "The two ministers agreed …": the people named in the sentence before.
                ids = _participants(doc, list(doc.sents)[si - 1], actors)
                if ids:
                    claimant = "; ".join(ids)
                    kind = "named" if all(_is_person_id(doc, i) for i in ids) else "organisation"
        if claimant is None:
            claimant = publisher if kind == "outlet" and publisher else text
        return Claim(doc_id=doc._.cg_doc_id, sentence_index=si, sentence=sent.text, claimant_kind=kind,
                     claimant=claimant, claimant_text=text, cue=att.cue_label)

    @staticmethod
    def _propagate_quotes(sents: list[Span], regions: list[tuple[int, int]], out: dict[int, Claim]) -> None:
        """Give sentences inside a multi-sentence quotation the claimant found elsewhere in it."""
        for a, b in regions:
            inside = [i for i, s in enumerate(sents) if s.end_char > a and s.start_char < b]
            if len(inside) < 2:
                continue
            # The quotation's attribution: a sentence of it with a cue (or the sentence right after it).
            after = inside[-1] + 1
            candidates = inside + ([after] if after < len(sents) else [])
            donor = next((out[i] for i in candidates if i in out and out[i].cue and out[i].claimant_kind != "none"), None)
            if donor is None:
                continue
            for i in inside:
                claim = out.get(i)
                if claim is None or claim.claimant_kind != "none":
                    continue
                claim.claimant_kind = donor.claimant_kind
                claim.claimant = donor.claimant
                claim.claimant_text = donor.claimant_text
                claim.cue = donor.cue
                claim.quote = "direct"


_GROUP_HEADS = frozenset({"they", "both", "two", "three", "sides", "leaders", "ministers", "counterparts",
                          "delegations", "presidents", "officials", "pair"})


def _is_group_reference(source: Span) -> bool:
    """A plural subject that points back rather than naming anyone: "they", "the two (ministers)", "both sides"."""
    head = source.root
    if head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or len(source) > 4:
        return False
    if head.lower_ == "they":
        return True
    if head.lower_ not in _GROUP_HEADS or head.lower_ == "officials":
        return False
    # Definite or numbered: "the ministers", "the two", "both leaders" (not "some ministers").
    return any(t.lower_ in ("the", "both", "two", "three") for t in source) and source[0].i == source.sent.start


def _participants(doc: Doc, prev: Span, actors: dict[int, str]) -> list[str]:
    """Actors named as the subject, object or "with" partner of the previous sentence's main verb.

    The rule behind the carry-over: a plural back-reference at the start of a sentence continues
    the sentence before it only when that sentence names who took part (a meeting, a call); the
    previous sentence must be in the same paragraph (no blank line between).
    """
    if "\n\n" in doc.text[prev.end_char:prev.end_char + 4] or "\n\n" in doc.text[prev.start_char:prev.end_char]:
        return []
    # The main verb, and the reported clause of "X met Y, the ministry said".
    verbs = [prev.root] + [c for c in prev.root.children if c.dep_ in ("ccomp", "parataxis")]
    heads = [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "dobj")]
    heads += [conj for h in list(heads) for conj in h.conjuncts]
    for v in verbs:
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in ("with", "and"):
                heads += [g for g in c.children if g.dep_ == "pobj"]
    ids: list[str] = []
    for h in heads:
        for t in h.subtree:
            aid = actors.get(t.i)
            if aid and aid not in ids and (t.ent_type_ == "PERSON" or aid.startswith(("person:", "PER."))):
                ids.append(aid)
    return ids if len(ids) >= 2 else []


def _is_person_id(doc: Doc, actor_id: str) -> bool:
    for m in doc._.cg_mentions or []:
        if m.actor_id == actor_id:
            return m.role_on_date is not None or actor_id.startswith(("person:", "PER."))
    return False


def _previous_named_person(doc: Doc, before: int) -> str | None:
    """The last person mention (a KB person or a new one) before token ``before``."""
    limit = doc[before].idx
    found = None
    for m in doc._.cg_mentions or []:
        if m.start < limit and (m.role_on_date or m.actor_id.startswith(("person:", "PER."))):
            found = m.actor_id
    return found


def _previous_institution(doc: Doc, before: int, head: str) -> str | None:
    """"the ministry said": the state whose body with that name ("Foreign Ministry") was mentioned last."""
    limit = doc[before].idx
    found = None
    for m in doc._.cg_mentions or []:
        if m.method == "institution" and m.start < limit and head in m.text.lower():
            found = m.actor_id
    return found


def _previous_person(doc: Doc, before: int, actors: dict[int, str]) -> str | None:
    """The actor id of the nearest person mention before token ``before`` (pronoun resolution, simple)."""
    for i in range(before - 1, max(-1, before - 400), -1):
        if i in actors and doc[i].ent_type_ == "PERSON":
            return actors[i]
    return None


FACTORY = "cablegram_claims"


@Language.factory(
    FACTORY,
    default_config={"min_words": 5, "min_quote_words": 4, "include_cognition": True, "cue_model": DEFAULT_CUE_MODEL},
    assigns=["doc._.cg_claims"],
    requires=["doc.sents", "token.dep", "token.tag", "doc._.cg_mentions"],
)
def make_claims(nlp: Language, name: str, min_words: int, min_quote_words: int, include_cognition: bool,
                cue_model: str | None) -> ClaimsComponent:
    """Factory: ``min_words`` is the shortest unattributed sentence kept; ``min_quote_words`` the shortest direct
    quote; ``cue_model`` the learned cue classifier (a shipped file name or a path; "" for lexicon rules only)."""
    ensure_extensions()
    return ClaimsComponent(nlp, name, min_words, min_quote_words, include_cognition, cue_model)
