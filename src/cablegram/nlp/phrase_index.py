"""Multi-word phrases looked up by their first word, instead of trying every phrase at every position.

A lexicon's phrases (tuples of words: outlet names as written, hedge phrases in lower case) are matched
against a list of words. Scanning every phrase at every position costs phrases x words comparisons;
:func:`first_word_index` groups the phrases by their first word once per phrase list, so a scan only
tries the phrases whose first word is the word at hand.

Shapes: :func:`first_word_index` -> ``{word: (phrase, ...)}``, each phrase a tuple of words, in the
order of the input; :func:`phrase_starts` -> ``[(position, phrase), ...]`` in position order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

__all__ = ["first_word_index", "phrase_starts"]


@lru_cache(maxsize=32)
def first_word_index(phrases: tuple[tuple[str, ...], ...], capitals: bool = False) -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word -> the phrases that start with it, in input order. With ``capitals`` each phrase is also
    filed under its first word in upper case (for names that may be printed in capitals: "USA TODAY").
    Empty phrases are left out (see :func:`phrase_starts`)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if not phrase:
            continue
        keys = {phrase[0], phrase[0].upper()} if capitals else {phrase[0]}
        for key in sorted(keys):
            out.setdefault(key, []).append(phrase)
    return {key: tuple(found) for key, found in out.items()}


def phrase_starts(words: Sequence[str], phrases: tuple[tuple[str, ...], ...],
                  matches: Callable[[Sequence[str], tuple[str, ...]], bool] | None = None,
                  capitals: bool = False) -> list[tuple[int, tuple[str, ...]]]:
    """Every ``(i, phrase)`` with ``phrase`` spelt by ``words[i:i + len(phrase)]``: equal words, or
    ``matches(words[i:i + n], phrase)`` when given (which must be False unless the first word equals the
    phrase's first word, or its upper case when ``capitals``). Positions ascend; phrases at one position
    keep the order of ``phrases``. An empty phrase matches nowhere."""
    index = first_word_index(phrases, capitals)
    out = []
    total = len(words)
    for i, word in enumerate(words):
        for phrase in index.get(word, ()):
            n = len(phrase)
            if i + n > total:
                continue
            part = words[i:i + n]
            if (matches(part, phrase) if matches is not None else tuple(part) == phrase):
                out.append((i, phrase))
    return out
