"""Sentence boundaries for news text (component ``cablegram_sentences``, placed before the parser).

The parser's own boundaries break on news abbreviations ("$2 bln. in aid", "Lt. Gen. Sims",
"the U.S. State Dept. said") and run a headline without a full stop into the first sentence.
This component presets boundaries the parser then respects:

* a line break starts a sentence (headlines, paragraphs, list items stay apart);
* after an abbreviation from ``nlp/data/abbreviations.toml`` ("Lt", "Gen.", "Feb.", "No.",
  "U.S.", "bln"): a lower-case word or a number never starts a sentence; after a title or month
  nothing does; after an amount scale ("bln.", "mln.") a capitalised word does; after an
  abbreviation that mostly sits inside sentences ("U.S.", "Inc.") only a common opener
  ("The", "It", …) does.

Other tokens are left to the parser. Shapes: sets ``Token.is_sent_start`` (True/False/None).
"""

from __future__ import annotations

import numpy
from spacy.attrs import IDX, LENGTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc

from .doc_cache import doc_text
from .lexicons import load_lexicon, word_set

FACTORY = "cablegram_sentences"
_QUOTES = frozenset("\"'“”‘’«»`")
_DASHES = frozenset({"-", "--", "–", "—", "―"})
_ENDS = frozenset(".!?:;…")


def _quote_only(text: str) -> bool:
    return bool(text) and all(ch in _QUOTES for ch in text)


class _Tokens:
    """The token facts the rules read, as plain lists (one pass over the Doc's arrays instead of a spaCy
    Token object per look-up): ``text``, ``space_after`` (trailing whitespace) and ``is_space``."""

    __slots__ = ("text", "space_after", "is_space")

    def __init__(self, doc: Doc):
        rows = doc.to_array([IDX, LENGTH, SPACY]).tolist()
        full = doc_text(doc)
        self.text = [full[start:start + length] for start, length, _ in rows]
        self.space_after = [bool(flag) for _, _, flag in rows]
        self.is_space = [t.isspace() for t in self.text]


def _inside_sentence(toks: _Tokens, i: int) -> bool | None:
    """False where token ``i`` cannot open a sentence; None to leave it to the parser.

    Not a start: a lower-case word; a word right after a dash ("TALLAHASSEE — If …"); a quote mark
    glued to the token before it (a closing quote); the word glued to an opening quote mark; an
    opening quote mark after a word that does not end a sentence ("on MSNBC’s “Morning Joe.”")."""
    text, prev = toks.text[i], toks.text[i - 1]
    if text[:1].islower() or prev in _DASHES:
        return False
    if _quote_only(text) and not toks.space_after[i - 1]:
        return False
    if _quote_only(prev) and not toks.space_after[i - 1] and i >= 2 and (toks.space_after[i - 2] or toks.is_space[i - 2]):
        return False
    if _quote_only(text) and prev[-1:] not in _ENDS and not _quote_only(prev):
        return False
    return None


class SentenceBoundaries:
    """Presets sentence starts on a Doc before the parser runs."""

    def __init__(self, nlp: Language, name: str, extra: dict | None = None):
        self.name = name
        lex = load_lexicon("abbreviations", extra)
        self.titles = word_set(lex, "titles")
        self.inside = word_set(lex, "inside")
        self.scales = word_set(lex, "scales")
        self.openers = word_set(lex, "openers")
        self.all = self.titles | self.inside | self.scales

    def __call__(self, doc: Doc) -> Doc:
        """Set ``Token.is_sent_start`` on every token at once (``Doc.from_array``): 1 a start, -1 not a
        start, 0 left to the parser."""
        if not len(doc):
            return doc
        starts = self.decisions(_Tokens(doc))
        # spaCy stores attribute arrays as uint64; -1 wraps round as in Doc.to_array
        doc.from_array([SENT_START], numpy.asarray(starts, dtype="int64").astype("uint64").reshape(-1, 1))
        return doc

    def decisions(self, toks: _Tokens) -> list[int]:
        """Per token: 1 (starts a sentence), -1 (does not), 0 (the parser decides)."""
        out = [0] * len(toks.text)
        out[0] = 1
        after_break = False
        for i in range(1, len(out)):
            if toks.is_space[i]:
                after_break = after_break or "\n" in toks.text[i]
                out[i] = 0 if after_break else -1
                continue
            if after_break:
                out[i], after_break = 1, False
                continue
            decision = self._after_abbreviation(toks, i)
            if decision is None:
                decision = _inside_sentence(toks, i)
            if decision is not None:
                out[i] = 1 if decision else -1
        return out

    def abbreviation_before(self, toks: _Tokens, i: int) -> str | None:
        """The abbreviation (lower case, no final stop) ending right before token ``i``, if any."""
        prev = toks.text[i - 1]
        if prev == "." and i >= 2 and not toks.space_after[i - 2]:
            word = toks.text[i - 2].lower().rstrip(".")
            return word if word in self.all else None
        if len(prev) > 1 and prev.endswith("."):
            word = prev.lower().rstrip(".")
            return word if word in self.all else None
        return None

    def _after_abbreviation(self, toks: _Tokens, i: int) -> bool | None:
        abbreviation = self.abbreviation_before(toks, i)
        if abbreviation is None:
            return None
        text = toks.text[i]
        if not text[:1].isupper():
            return False  # "bln. in aid", "No. 10", "Feb. 24", "U.S.-led"
        if abbreviation in self.titles:
            return False
        if abbreviation in self.scales:
            return True
        return text.lower() in self.openers


@Language.factory(FACTORY, default_config={"extra": None},
                  assigns=["token.is_sent_start"])
def make_sentence_boundaries(nlp: Language, name: str, extra: dict | None) -> SentenceBoundaries:
    return SentenceBoundaries(nlp, name, extra)
