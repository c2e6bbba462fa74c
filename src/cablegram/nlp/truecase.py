"""Case restoration for lines set all in lower case, so that the parser and the actor scan see names.

Headlines and live-blog lines are sometimes written all in lower case ("russia to resume grain
talks with turkey next week"). The small English model then misses the names as entities and reads
verbs as proper nouns, so events lose their trigger or their actors. Before such a text is parsed, a
copy is made with the case restored and the copy is parsed:

- a line qualifies when it has at least :data:`MIN_WORDS` words, no upper-case letter after its
  first character, and stands on its own (it is the first line, or the line before it is blank or
  ends a sentence), so a wrapped line of ordinary prose is never touched;
- in a qualifying line the first letter is made upper case, and every run of words that is a name
  the knowledge base knows (states with their demonyms and capitals, cities and other places,
  people by their multi-word names, organisations and groups, acronyms such as NATO) takes the
  KB's spelling, longest run first;
- words that are as often common English words as names stay lower case (:data:`AMBIGUOUS`:
  "turkey", "chad", "jordan", "us", ...), as do acronyms whose letters spell a common word ("who").

Only the case of letters changes, so every character offset of the copy is that of the original
(checked). Text in normal case is passed through unchanged. The stored document keeps its original
text; fields of records that quote the text (a mention's or a trigger's text) show the restored case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.lang.en.stop_words import STOP_WORDS

MIN_WORDS = 4
MAX_NAME_WORDS = 5

# Names that are also common English words: kept in lower case in a lower-case line.
AMBIGUOUS = frozenset({
    "us", "chad", "turkey", "jordan", "georgia", "niger", "guinea", "china", "nice", "reading", "mobile",
    "split", "male", "bar", "sale", "hope", "victoria", "quad", "tigers", "zero", "francis",
    "bibi", "unita", "sava", "tula", "lyman", "kura", "nis", "osh", "surat", "perth", "bern", "fez",
    "maine", "cork", "derby", "bath", "wells", "march", "may", "august",
})

# Acronym letters that spell a common word in lower case: "who", "let", "idea", "share".
_ACRONYM_WORDS = frozenset({
    "who", "let", "hum", "share", "idea", "era", "bird", "isa", "ess", "elf", "instruct", "sesame", "ama",
    "cap", "ice", "arm", "aim", "act", "art", "bis", "ban", "can", "dec", "eat", "end", "fan", "gas", "ifs",
    "ira", "mad", "man", "may", "met", "mob", "net", "nib", "now", "oil", "one", "pac", "pal", "pet", "ran",
    "sea", "set", "sin", "son", "sun", "tap", "tea", "ten", "top", "war", "was", "win", "won", "yes", "dial",
    "pop", "pig", "ops", "ssa", "spa", "cia", "con", "cop", "eta", "gap", "pot", "rim", "sag", "tip", "wit",
})

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_SENTENCE_END = re.compile(r"""[.!?:;"'”’)\]]\s*$""")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,7}$")


def is_lower_case_line(line: str) -> bool:
    """Whether ``line`` is set in lower case: :data:`MIN_WORDS` words or more, no upper-case letter after
    the first character."""
    body = line.lstrip()
    if any(ch.isupper() for ch in body[1:]):
        return False
    return len(_WORD.findall(body)) >= MIN_WORDS


def lower_case_lines(text: str) -> list[tuple[int, int]]:
    """[start, end) character ranges of the lines of ``text`` that are set in lower case and stand alone."""
    ranges, start, previous = [], 0, ""
    for line in text.split("\n"):
        end = start + len(line)
        stands_alone = not previous.strip() or bool(_SENTENCE_END.search(previous))
        if stands_alone and is_lower_case_line(line):
            ranges.append((start, end))
        previous, start = line, end + 1
    return ranges


def _name_forms(names: Iterable[str]) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Lower-case word tuple → the name's own spelling of each word, for the names that can be restored."""
    table: dict[tuple[str, ...], tuple[str, ...]] = {}
    for name in names:
        words = tuple(_WORD.findall(name))
        if not words or len(words) > MAX_NAME_WORDS or " ".join(words) != " ".join(name.split()):
            continue  # a name with digits, dots or apostrophes is not matched word by word
        key = tuple(w.lower() for w in words)
        if any(len(w) != len(k) for w, k in zip(words, key)) or all(w == k for w, k in zip(words, key)):
            continue  # a casing that changes length, or a name with no capital to restore
        if len(key) == 1 and not _single_word_restorable(words[0], key[0]):
            continue
        table.setdefault(key, words)
    return table


def _single_word_restorable(word: str, key: str) -> bool:
    """A one-word name is restored unless it is short, a stop word, ambiguous, or an acronym spelling a word."""
    if len(key) < 3 or key in STOP_WORDS or key in AMBIGUOUS:
        return False
    return not (_ACRONYM.match(word) and key in _ACRONYM_WORDS)


def kb_names(kb) -> Iterable[str]:
    """The names of ``kb`` worth restoring: states, organisations and groups with all their names, curated
    people by name, bulk people only by a name of two words or more, and places."""
    for actor in kb.actors.values():
        bulk_person = actor.type == "person" and "curated" not in (actor.source or "")
        for name in kb.names_of(actor):
            if not (bulk_person and len(name.split()) < 2):
                yield name
    places = {id(place): place for place in kb.places.names.values()}
    for place in places.values():
        yield from (place.name, *place.aliases)


class CaseRestorer:
    """Restores the case of lower-case lines with a knowledge base's names (built once per pipeline)."""

    def __init__(self, names: Iterable[str]):
        self.forms = _name_forms(names)

    @classmethod
    def from_kb(cls, kb) -> "CaseRestorer":
        return cls(kb_names(kb))

    def restore(self, text: str) -> str:
        """``text`` with the case of its lower-case lines restored; ``text`` itself when there are none."""
        ranges = lower_case_lines(text)
        if not ranges:
            return text
        chars = list(text)
        for start, end in ranges:
            self._restore_line(text, chars, start, end)
        restored = "".join(chars)
        assert len(restored) == len(text), "case restoration must keep every character offset"
        return restored

    def _restore_line(self, text: str, chars: list[str], start: int, end: int) -> None:
        words = list(_WORD.finditer(text, start, end))
        first = start + len(text[start:end]) - len(text[start:end].lstrip())
        if words and words[0].start() == first:
            _set_word(chars, words[0].start(), words[0].group()[0].upper() + words[0].group()[1:])
        i = 0
        while i < len(words):
            taken = self._longest_name(text, words, i)
            for match, form in zip(words[i:i + len(taken)], taken):
                _set_word(chars, match.start(), form)
            i += len(taken) or 1

    def _longest_name(self, text: str, words: list[re.Match], i: int) -> tuple[str, ...]:
        """The KB spelling of the longest name that starts at word ``i`` (words separated by single spaces)."""
        best: tuple[str, ...] = ()
        key: tuple[str, ...] = ()
        for j in range(i, min(i + MAX_NAME_WORDS, len(words))):
            if j > i and text[words[j - 1].end():words[j].start()] != " ":
                break
            key += (words[j].group(),)
            form = self.forms.get(key)
            if form is not None:
                best = form
        return best


def _set_word(chars: list[str], start: int, form: str) -> None:
    """Write ``form``'s case over the word at ``start`` (same letters, same length)."""
    for k, ch in enumerate(form):
        if chars[start + k].lower() == ch.lower():
            chars[start + k] = ch


def restorer_of(nlp) -> CaseRestorer | None:
    """The pipeline's case restorer, built on first use from the actors component's knowledge base and kept on
    that component; None for a pipeline without the actors component."""
    if "cablegram_actors" not in nlp.pipe_names:
        return None
    component = nlp.get_pipe("cablegram_actors")
    restorer = getattr(component, "case_restorer", None)
    if restorer is None:
        restorer = CaseRestorer.from_kb(component.kb)
        component.case_restorer = restorer
    return restorer


def restore_case(nlp, text: str) -> str:
    """``text`` with its lower-case lines' case restored by ``nlp``'s knowledge base (unchanged without any)."""
    if not lower_case_lines(text):
        return text
    restorer = restorer_of(nlp)
    return text if restorer is None else restorer.restore(text)
