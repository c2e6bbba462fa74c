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

from spacy.language import Language
from spacy.tokens import Doc, Token

from .lexicons import load_lexicon, word_set

FACTORY = "cablegram_sentences"
_QUOTES = frozenset("\"'“”‘’«»`")
_DASHES = frozenset({"-", "--", "–", "—", "―"})
_ENDS = frozenset(".!?:;…")


def _quote_only(text: str) -> bool:
    return bool(text) and all(ch in _QUOTES for ch in text)


def _inside_sentence(doc: Doc, i: int) -> bool | None:
    """False where token ``i`` cannot open a sentence; None to leave it to the parser.

    Not a start: a lower-case word; a word right after a dash ("TALLAHASSEE — If …"); a quote mark
    glued to the token before it (a closing quote); the word glued to an opening quote mark; an
    opening quote mark after a word that does not end a sentence ("on MSNBC’s “Morning Joe.”")."""
    token, prev = doc[i], doc[i - 1]
    if token.text[:1].islower() or prev.text in _DASHES:
        return False
    if _quote_only(token.text) and not prev.whitespace_:
        return False
    if _quote_only(prev.text) and not prev.whitespace_ and i >= 2 and (doc[i - 2].whitespace_ or doc[i - 2].is_space):
        return False
    if _quote_only(token.text) and prev.text[-1:] not in _ENDS and not _quote_only(prev.text):
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
        after_break = False
        for i, token in enumerate(doc):
            if i == 0:
                token.is_sent_start = True
                continue
            if token.is_space:
                after_break = after_break or "\n" in token.text
                token.is_sent_start = False if not after_break else None
                continue
            if after_break or "\n" in doc[i - 1].whitespace_:
                token.is_sent_start = True
                after_break = False
                continue
            decision = self._after_abbreviation(doc, i)
            if decision is None:
                decision = _inside_sentence(doc, i)
            if decision is not None:
                token.is_sent_start = decision
        return doc

    def abbreviation_before(self, doc: Doc, i: int) -> str | None:
        """The abbreviation (lower case, no final stop) ending right before token ``i``, if any."""
        prev = doc[i - 1]
        if prev.text == "." and i >= 2 and not doc[i - 2].whitespace_:
            word = doc[i - 2].lower_.rstrip(".")
            return word if word in self.all else None
        if len(prev.text) > 1 and prev.text.endswith("."):
            word = prev.lower_.rstrip(".")
            return word if word in self.all else None
        return None

    def _after_abbreviation(self, doc: Doc, i: int) -> bool | None:
        abbreviation = self.abbreviation_before(doc, i)
        if abbreviation is None:
            return None
        token: Token = doc[i]
        if not token.text[:1].isupper():
            return False  # "bln. in aid", "No. 10", "Feb. 24", "U.S.-led"
        if abbreviation in self.titles:
            return False
        if abbreviation in self.scales:
            return True
        return token.lower_ in self.openers


@Language.factory(FACTORY, default_config={"extra": None},
                  assigns=["token.is_sent_start"])
def make_sentence_boundaries(nlp: Language, name: str, extra: dict | None) -> SentenceBoundaries:
    return SentenceBoundaries(nlp, name, extra)
