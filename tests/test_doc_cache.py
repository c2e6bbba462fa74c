"""Per-doc caches (nlp/doc_cache.py) and first-word phrase lookup (nlp/phrase_index.py) give what the
uncached spaCy properties and the phrase-by-phrase scan give."""

from __future__ import annotations

import spacy

from cablegram.nlp.doc_cache import doc_text, span_text, token_texts
from cablegram.nlp.phrase_index import first_word_index, phrase_starts

TEXT = ("The envoy of Avaria said on Monday that talks  had stalled.\n\nBrelund's foreign ministry "
        "denied it, USA TODAY reported, citing “two officials”.")


def _doc():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp(TEXT)


def test_doc_text_and_token_texts_match_spacy():
    doc = _doc()
    assert doc_text(doc) == doc.text == TEXT
    assert token_texts(doc) == [t.text for t in doc]
    assert doc_text(doc) is doc_text(doc)  # the second read comes from the cache


def test_span_text_matches_span_text_for_every_sentence_and_slice():
    doc = _doc()
    spans = list(doc.sents) + [doc[i:j] for i in range(0, len(doc), 3) for j in range(i + 1, len(doc) + 1, 4)]
    assert [span_text(s) for s in spans] == [s.text for s in spans]


def test_a_retokenized_doc_reads_its_words_again():
    doc = _doc()
    before = token_texts(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    assert token_texts(doc) == [t.text for t in doc] != before
    assert doc_text(doc) == doc.text


def test_empty_doc():
    doc = spacy.blank("en")("")
    assert doc_text(doc) == "" and token_texts(doc) == []


def _scan(words, phrases, matches=None):
    """The scan phrase_starts replaces: every phrase at every position."""
    out = []
    for i in range(len(words)):
        for p in phrases:
            part = words[i:i + len(p)]
            if len(part) == len(p) and (matches(part, p) if matches else tuple(part) == p):
                out.append((i, p))
    return out


def test_phrase_starts_finds_what_the_full_scan_finds():
    words = "a b c a b a b c d b c".split()
    phrases = (("a", "b"), ("a", "b", "c"), ("b", "c"), ("c",), ("d", "b", "c", "x"), ("z",))
    assert phrase_starts(words, phrases) == _scan(words, phrases)
    assert phrase_starts(words, phrases)[:2] == [(0, ("a", "b")), (0, ("a", "b", "c"))]  # input order at one position


def test_phrase_starts_with_capitals_and_a_matcher():
    def written(part, name):
        return tuple(part) == name or all(w == n.upper() and w.isupper() for w, n in zip(part, name))

    names = (("USA", "Today"), ("The", "Daily", "Beast"), ("Politico",))
    words = "as USA TODAY and POLITICO and The Daily Beast and usa today said".split()
    found = phrase_starts(words, names, written, capitals=True)
    assert found == _scan(words, names, written)
    assert [i for i, _ in found] == [1, 4, 6]
    assert phrase_starts(words, names) == [(6, ("The", "Daily", "Beast"))]  # without capitals: as written only


def test_first_word_index_leaves_out_empty_phrases():
    assert first_word_index((("a", "b"), (), ("a",))) == {"a": (("a", "b"), ("a",))}
    assert phrase_starts(["a"], ((),)) == []
