"""Span-level view of one article sentence against its evidence: supported, changed and new spans.

Each content word of the sentence is *changed* when it lies in a :class:`.differences.Change`
span, *supported* when its stem (or, for names, a fuzzy or transliterated spelling) is in the
evidence, and *new* otherwise. Function words take the label of the run they sit in; runs of one
label become spans ``{"start", "end", "label", "text"}`` (offsets within the sentence, end
exclusive), changed spans also carry ``kind`` and ``source_text``. Linear in sentence length
times evidence vocabulary.

A supported sentence is *partly supported* when it carries a new clause (:func:`new_clause`): after a
clause boundary ("and", "while", a comma …), at least ``PARTLY_MIN_WORDS`` new content words making
up at least ``PARTLY_MIN_SHARE`` of its content words — half of it from the readout, half new. The
clause is marked ``"clause": True`` among the spans (:func:`mark_clause`).
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from .differences import ALTERING, Change
from .lexical import STOPWORDS, content_stems, stem

PARTLY_MIN_WORDS = 4
PARTLY_MIN_SHARE = 0.3
_TOKEN = re.compile(r"[^\W_]+(?:[’'][^\W_]+)?", re.UNICODE)


def _is_content(word: str) -> bool:
    low = word.lower()
    return low not in STOPWORDS and (len(low) > 2 or low.isdigit())


def sentence_spans(sentence: str, evidence: list[str], changes: list[Change] | None = None,
                   *, cross_lingual: bool = False) -> list[dict]:
    """The sentence cut into supported / changed / new spans (see the module docstring).

    ``cross_lingual``: the evidence is in another language, so words cannot be matched; content
    words outside changes are then all reported as supported (the sentence-level score decides)."""
    changes = [c for c in (changes or []) if c.start is not None and c.end is not None and c.kind != "hedging"]
    ev = set().union(*(content_stems(t) for t in evidence)) if evidence else set()
    tokens = []
    for m in _TOKEN.finditer(sentence):
        change = next((c for c in changes if c.start <= m.start() < c.end), None)
        if change is not None:
            altering = change.kind in ALTERING
            tokens.append((m.start(), m.end(), "changed" if altering else "new", change if altering else None))
        elif not _is_content(m.group(0)):
            tokens.append((m.start(), m.end(), None, None))
        else:
            supported = cross_lingual or _in_evidence(m.group(0), ev)
            tokens.append((m.start(), m.end(), "supported" if supported else "new", None))
    return _runs(sentence, tokens)


def _in_evidence(word: str, ev: set[str]) -> bool:
    """The word's stem is in the evidence; a capitalised name may be spelt differently (fuzzy)."""
    key = stem(word.lower())
    if key in ev:
        return True
    return word[:1].isupper() and len(word) >= 4 and any(len(e) >= 4 and fuzz.ratio(key, e) >= 82 for e in ev)


def _runs(sentence: str, tokens: list[tuple]) -> list[dict]:
    spans: list[dict] = []
    for start, end, label, change in tokens:
        if label is None:
            continue  # function words are covered by the run around them
        last = spans[-1] if spans else None
        if last and last["label"] == label and last.get("_change") is change:
            last["end"] = end
            last["_words"] += 1
            continue
        spans.append({"start": start, "end": end, "label": label, "_change": change, "_words": 1})
    spans = _absorb_single_words(spans)
    out = []
    for s in spans:
        change = s.pop("_change")
        s["words"] = s.pop("_words")
        s["text"] = sentence[s["start"]:s["end"]]
        if change is not None:
            s["start"], s["end"] = min(s["start"], change.start), max(s["end"], change.end)
            s["text"] = sentence[s["start"]:s["end"]]
            s["kind"], s["source_text"] = change.kind, change.source_text
        out.append(s)
    return out


def _absorb_single_words(spans: list[dict]) -> list[dict]:
    """One supported word between two new runs is part of the new clause ("… the planned *military*
    actions ahead" where the source also says "military"): the three runs become one new run."""
    out: list[dict] = []
    for s in spans:
        if (len(out) >= 2 and s["label"] == "new" and out[-1]["label"] == "supported" and out[-1]["_words"] == 1
                and out[-2]["label"] == "new"):
            mid = out.pop()
            out[-1]["end"] = s["end"]
            out[-1]["_words"] += mid["_words"] + s["_words"]
            continue
        out.append(s)
    return out


_CLAUSE = re.compile(r"(?:,|;|—|–|\b(?:and|but|while|whereas|amid|after|although|though|because|including)\b)\s+")


def new_clause(sentence: str, spans: list[dict]) -> tuple[int, int] | None:
    """[start, end) of a new clause: the part of a new run after a clause boundary ("… and what that support
    means for the planned actions ahead") with at least ``PARTLY_MIN_WORDS`` content words, making up at
    least ``PARTLY_MIN_SHARE`` of the sentence's content words. None when there is none."""
    total = sum(s["words"] for s in spans)
    best = None
    for s in spans:
        if s["label"] != "new":
            continue
        lead = sentence[max(0, s["start"] - 50):s["start"]]
        cuts = [s["start"]] if re.search(r"(?:,|;|—|–|\b(?:and|but|while|whereas|amid|after|although|though|because))\s+"
                                          r"(?:[a-z]+\s+){0,5}$", lead) else []
        cuts += [s["start"] + m.end() for m in _CLAUSE.finditer(sentence[s["start"]:s["end"]])]
        for cut in cuts:
            words = [w for w in _TOKEN.findall(sentence[cut:s["end"]]) if _is_content(w)]
            if len(words) >= PARTLY_MIN_WORDS and total and len(words) / total >= PARTLY_MIN_SHARE:
                best = best or (cut, s["end"])
                break
    return best


def mark_clause(sentence: str, spans: list[dict], clause: tuple[int, int]) -> list[dict]:
    """``spans`` with the new run holding ``clause`` cut in two: the words before it, and the clause
    itself marked ``"clause": True`` (the new part of a partly supported sentence)."""
    out = []
    for s in spans:
        if s["label"] == "new" and s["start"] <= clause[0] < s["end"]:
            head = sentence[s["start"]:clause[0]].rstrip(" ,;—–")
            if head.strip():
                out.append({**s, "end": s["start"] + len(head), "text": head,
                            "words": sum(1 for w in _TOKEN.findall(head) if _is_content(w))})
            text = sentence[clause[0]:s["end"]]
            out.append({**s, "start": clause[0], "text": text, "clause": True,
                        "words": sum(1 for w in _TOKEN.findall(text) if _is_content(w))})
        else:
            out.append(s)
    return out
