"""Second acts of a sentence that the clause rules of :mod:`.events` miss on reporter-style sentences.

- a finite verb the parser hangs on an infinitive inside the main verb's object, though it is coordinated with the
  main verb ("rejected the bloc's demand to reinstate the president and expelled the ambassador": "expelled" is
  past, "reinstate" a bare infinitive, so the two cannot be conjuncts: the expulsion is the subject's second act);
- an adverbial clause of time with a named actor of its own as subject ("called off the visit after Berlin
  criticised its record": Berlin's criticism). A conditional clause is no happening (see ``_condition`` in
  :mod:`.events`).

Each comes with the strong cue on its verb: ``(token, type)`` pairs as :meth:`.events.EventCoder._further` gives.
"""

from __future__ import annotations

# Marks of an adverbial clause that states a happening beside the main one (not "if", "unless": a condition).
_TIME_MARKS = frozenset({"after", "before", "when", "as", "since", "while", "until", "once", "following"})
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def second_acts(main, trigger, strong, etype: str, named: set[int]) -> list[tuple[object, str]]:
    """The acts of the kinds in the module docstring, each ``(verb, cue type)`` with a strong cue (``strong``: the
    candidate's hits ``(token, type, cue, weight)`` over the minimum weight) of a type other than ``etype`` on the
    verb itself; ``named``: indices of the tokens of the sentence's non-place actor mentions."""
    out: dict[int, tuple[object, str]] = {}
    for tok in (*_stranded_conjuncts(main), *_time_clauses(main, trigger, named)):
        hits = [h for h in strong if h[0].i == tok.i and h[1] != etype]
        if tok.i != trigger.i and hits:
            out.setdefault(tok.i, (tok, max(hits, key=lambda h: h[3])[1]))
    return list(out.values())


def _stranded_conjuncts(main) -> list:
    """Finite verbs with no subject of their own conjoined with a bare infinitive ("to reinstate") in the clause of
    the main verb's object, when the main verb is finite in the same tense: the parser's attachment, not the
    sentence's."""
    if main.pos_ != "VERB" or main.tag_ not in _FINITE:
        return []
    out = []
    for obj in (c for c in main.children if c.dep_ == "dobj"):
        for inf in (t for t in obj.subtree if t.tag_ == "VB" and t.dep_ in ("acl", "relcl", "xcomp")):
            if not any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children):
                continue
            out += [c for c in inf.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.tag_ == main.tag_
                    and not any(g.dep_ in ("nsubj", "nsubjpass", "aux") for g in c.children)]
    return out


def stranded_conjunct(verb, main) -> bool:
    """``verb`` is one of :func:`_stranded_conjuncts` of the main verb ``main``: it shares the main clause's
    subject and modality, not those of the demand or plan the parser hangs it on."""
    return verb.dep_ == "conj" and any(tok.i == verb.i for tok in _stranded_conjuncts(main))


def _time_clauses(main, trigger, named: set[int]) -> list:
    """Adverbial clauses of time on the main verb or the trigger with a named actor as their subject."""
    heads = {main.i: main, trigger.i: trigger}.values()
    return [clause for head in heads for clause in head.children if time_clause(clause, named)]


def time_clause(verb, named: set[int]) -> bool:
    """``verb`` heads an adverbial clause of time ("after Berlin criticised …") whose subject is a named actor (a
    token index in ``named``): the clause's own subject is its act's source, whatever the sentence's main act."""
    if verb.dep_ != "advcl" or verb.pos_ != "VERB":
        return False
    if not any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in verb.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i in named for c in verb.children)
