"""Who is the source and who the target of an event: a learned ranker over the sentence's participants.

Every actor mention and every noun phrase of the sentence is a *candidate*. Each (trigger, candidate)
pair becomes sparse features — the dependency path between them (prepositions named: ``prep:against``),
the candidate's relation, side and distance, whether it is a resolved actor, a place, an article's
dateline, the subject's conjunct, and what the hand-written rules (:mod:`.event_actors`) chose — and a
:class:`~cablegram.nlp.linear.LinearModel` scores it as ``source``, ``target`` or ``none``. The source is
the candidate most likely to be the source; the target the most likely target among the others.

The model is trained on the plv relation set (marked source and target per sentence) by
``scripts/train_event_direction.py``, which also reports direction on held-out folds (``docs/models.md``).
Shapes: :meth:`DirectionModel.choose` returns ``(source, target)``, each ``(span, actor id or None)`` or None.
Errors: :class:`~cablegram.errors.PipelineError` when the model file cannot be read.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .chunks import sentence_noun_chunks
from .event_actors import possessor, is_locative, names_participant
from .linear import LinearModel

__all__ = ["Candidate", "DirectionModel", "candidates", "features", "DEFAULT_DIRECTION_MODEL", "ROLES"]

DEFAULT_DIRECTION_MODEL = "event_direction.json"
ROLES = ("none", "source", "target")
_RETRAIN = "python scripts/train_event_direction.py --data ../shared/data"
_NOT_PARTICIPANT = frozenset({"DATE", "TIME", "MONEY", "CARDINAL", "PERCENT", "QUANTITY", "ORDINAL"})
_DASHES = frozenset({"-", "--", "—", "–", ":"})
_MAX_PATH = 4


@dataclass(frozen=True)
class Candidate:
    """A participant candidate: ``span`` (what the event records), ``actor_id`` (None when unresolved),
    ``root`` (the token whose place in the parse the features describe)."""

    span: object
    actor_id: str | None
    root: object

    @property
    def pair(self) -> tuple:
        return self.span, self.actor_id


def _dateline_end(sent) -> int:
    """Token index where a dateline heading ends ("MOGADISHU, Somalia --", "JERUSALEM (AP) --"), else -1."""
    for tok in sent[:12]:
        if tok.text in _DASHES and tok.i > sent.start:
            before = sent.doc[sent.start:tok.i]
            if all(t.pos_ in ("PROPN", "PUNCT") or t.is_punct or t.text.isupper() for t in before):
                return tok.i
            return -1
    return -1


def _mention_root(span, chunks, heads: set[int]):
    """The token that places a mention in the parse: the head of its noun phrase when the mention heads
    it ("Foreign Minister Dmytro Kuleba", not "Foreign") or no mention does ("a former Rwandan minister")."""
    chunk = next((c for c in chunks if c.start <= span.start and span.end <= c.end), None)
    if chunk is not None and chunk.root.pos_ in ("NOUN", "PROPN") and (
            span.start <= chunk.root.i < span.end or chunk.root.i not in heads):
        return chunk.root
    return span.root


def candidates(sent, actors) -> list[Candidate]:
    """Actor mentions of ``sent`` and its other noun phrases (no pronouns, dates, amounts or numbers); a
    noun phrase holding an actor mention is that mention, placed in the parse by the phrase's head."""
    in_sent = [(s, a) for s, a in actors if sent.start <= s.start and s.end <= sent.end]
    chunks = sentence_noun_chunks(sent)  # not Span.noun_chunks: that walks the whole Doc on every call
    taken = {i for s, _ in in_sent for i in range(s.start, s.end)}
    heads = taken | {s.root.i for s, _ in in_sent}
    out = [Candidate(span, actor_id, _mention_root(span, chunks, heads)) for span, actor_id in in_sent]
    for chunk in chunks:
        root = chunk.root
        if any(i in taken for i in range(chunk.start, chunk.end)):
            continue
        if root.pos_ in ("NOUN", "PROPN") and root.ent_type_ not in _NOT_PARTICIPANT and names_participant(chunk):
            out.append(Candidate(chunk, None, root))
    return sorted(out, key=lambda c: c.span.start)


def _step(tok) -> str:
    """One step of a path, named by the relation; a preposition or agent phrase names its word."""
    if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent"):
        return f"pobj<{tok.head.lower_}"
    return tok.dep_


def _lineage(tok) -> set[int]:
    """Indices of ``tok`` and its ancestors."""
    return {t.i for t in tok.ancestors} | {tok.i}


def _path(cand_root, trigger, anc: set[int] | None = None) -> tuple[list[str], list[str]]:
    """Relations from the candidate up to the lowest common ancestor, and from the trigger up to it
    (``anc``: :func:`_lineage` of the trigger, when the caller has it already)."""
    up, anc = [], anc if anc is not None else _lineage(trigger)
    tok = cand_root
    for _ in range(12):
        if tok.i in anc or tok.head.i == tok.i:
            break
        up.append(_step(tok))
        tok = tok.head
    down, t2 = [], trigger
    for _ in range(12):
        if t2.i == tok.i or t2.head.i == t2.i:
            break
        down.append(t2.dep_)
        t2 = t2.head
    return up, down


def _bucket(n: int) -> str:
    return str(n) if n < 4 else ("4-7" if n < 8 else "8+")


def _is_subject_conjunct(root, trigger) -> bool:
    """ "Jordan and Britain agreed": the second conjunct of the trigger's subject."""
    tok = root
    for _ in range(6):
        if tok.dep_ != "conj" or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok.i != root.i and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i in (trigger.i, trigger.head.i)


@dataclass(frozen=True)
class TriggerView:
    """What :func:`features` reads of the trigger and the main event, the same for every candidate of a
    sentence: the :func:`_lineage` of each (``main_lineage`` None when ``main`` is the trigger or None), the
    trigger's part of speech and lower-case lemma, and whether its clause is passive."""

    lineage: set[int]
    main_lineage: set[int] | None
    pos: str
    lemma: str
    passive: bool

    @classmethod
    def of(cls, trigger, main) -> "TriggerView":
        other = main is not None and main.i != trigger.i
        return cls(_lineage(trigger), _lineage(main) if other else None, trigger.pos_, trigger.lemma_.lower(),
                   any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children))


def features(cand: Candidate, trigger, main, etype: str, rule_pair: tuple, dateline_end: int,
             view: TriggerView | None = None) -> dict[str, float]:
    """Sparse features of one (trigger, candidate) pair (see the module docstring). ``view``: the trigger's
    :class:`TriggerView`, found once per sentence by :meth:`DirectionModel.score`; by default found here."""
    root = cand.root
    view = view if view is not None else TriggerView.of(trigger, main)
    up, down = _path(root, trigger, view.lineage)
    lex = "/".join(up[:_MAX_PATH]) + "|" + "/".join(down[:_MAX_PATH])
    unlex = "/".join(s.split("<")[0] for s in up[:_MAX_PATH]) + "|" + "/".join(down[:_MAX_PATH])
    side = "before" if cand.span.end <= trigger.i else ("after" if cand.span.start > trigger.i else "on")
    dist = _bucket(abs(root.i - trigger.i) // 3)
    first_up = up[0] if up else "self"
    f = {f"path={lex}": 1.0, f"upath={unlex}": 1.0, f"up1={first_up}": 1.0, f"len={_bucket(len(up))}|{_bucket(len(down))}": 1.0,
         f"side={side}": 1.0, f"dist={dist}": 1.0, f"side_dist={side}{dist}": 1.0, f"tpos={view.pos}": 1.0,
         f"type={etype}|up1={first_up}": 1.0, f"type={etype}|side={side}": 1.0, f"type={etype}|upath={unlex}": 1.0,
         f"tpos={view.pos}|upath={unlex}": 1.0, f"passive={view.passive}|up1={first_up}": 1.0,
         f"type={etype}|path={lex}": 1.0, f"tlemma={view.lemma}|path={lex}": 1.0}
    if view.main_lineage is not None:
        mup, mdown = _path(root, main, view.main_lineage)
        f["mpath=" + "/".join(mup[:_MAX_PATH]) + "|" + "/".join(mdown[:_MAX_PATH])] = 1.0
    f[f"tlemma={view.lemma}|up1={first_up}"] = 1.0
    f[f"tlemma={view.lemma}|side={side}"] = 1.0
    f |= _attachment_features(up, down, etype, view)
    return f | _kind_features(cand, trigger, etype, rule_pair, dateline_end)


_NOMINAL_STEPS = frozenset({"poss", "compound", "amod", "nmod", "appos", "conj", "pobj<of", "npadvmod"})


def _attachment_features(up: list[str], down: list[str], etype: str, view: TriggerView) -> dict[str, float]:
    """How the candidate's phrase attaches where its path meets the trigger's: the top relation (``dobj``,
    ``pobj<with``, ``nsubj``) with the trigger's own relation there (an ``xcomp`` or ``advcl`` trigger meets
    its governing verb's object), each preposition on the path, and how deep the candidate sits inside other
    noun phrases ("Valoria" in "Valoria-related talks", "Dunmarkian" in "a force of Dunmarkian troops")."""
    top, below = (up[-1] if up else "self"), (down[-1] if down else "self")
    nest = 0
    for step in up:
        if step not in _NOMINAL_STEPS:
            break
        nest += 1
    f = {f"top={top}|below={below}": 1.0, f"type={etype}|top={top}": 1.0, f"tlemma={view.lemma}|top={top}": 1.0,
         f"passive={view.passive}|top={top}|below={below}": 1.0, f"nest={_bucket(nest)}": 1.0,
         f"nest={_bucket(nest)}|top={top}": 1.0}
    for step in up:
        if step.startswith("pobj<"):
            f[f"prep={step[5:]}"] = f[f"type={etype}|prep={step[5:]}"] = f[f"tlemma={view.lemma}|prep={step[5:]}"] = 1.0
    return f


def _kind_features(cand: Candidate, trigger, etype: str, rule_pair: tuple, dateline_end: int) -> dict[str, float]:
    """What the candidate is: actor or phrase, entity label, head word, place, dateline, the subject's
    conjunct, a modifier inside a phrase, and whether the parse rules chose it."""
    root = cand.root
    f = {"actor" if cand.actor_id else "phrase": 1.0, f"lemma={root.lemma_.lower()}": 1.0,
         f"ent={cand.span.root.ent_type_ or '-'}": 1.0, f"rootpos={root.pos_}": 1.0}
    if root.i != cand.span.root.i:
        f["heads_phrase"] = 1.0
    elif cand.span.root.dep_ in ("amod", "compound", "nmod", "poss"):
        f[f"modifier={cand.span.root.dep_}"] = 1.0
    if is_locative(cand.span):
        f["locative"] = f[f"locative|type={etype}"] = 1.0
    if dateline_end >= 0 and cand.span.end <= dateline_end:
        f["dateline"] = 1.0
    if _is_subject_conjunct(root, trigger):
        f["subject_conjunct"] = f[f"subject_conjunct|type={etype}"] = 1.0
    if root.i == trigger.i:
        f["is_trigger"] = 1.0
    for role, chosen in zip(("rule_source", "rule_target"), rule_pair):
        if chosen is not None and chosen[0].start < cand.span.end and cand.span.start < chosen[0].end:
            f[role] = f[f"{role}|type={etype}"] = 1.0
    return f


def relative(cands: list[Candidate], trigger) -> list[dict[str, float]]:
    """Features of each candidate relative to the others: its rank among the candidates after the
    trigger inside the trigger's phrase, and whether it is the only actor on its side."""
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.head.pos_ in ("VERB", "AUX") else trigger
    lo, hi = verb.left_edge.i, verb.right_edge.i
    after = [c for c in cands if c.span.start > trigger.i and lo <= c.root.i <= hi]
    actors_after = [c for c in after if c.actor_id]
    out = []
    for c in cands:
        f = {}
        if c in after:
            rank = after.index(c)
            f[f"after_rank={min(rank, 3)}"] = 1.0
            if c.actor_id:
                f[f"actor_after_rank={min(actors_after.index(c), 3)}"] = 1.0
        elif lo <= c.root.i <= hi:
            f["in_clause_before"] = 1.0
        else:
            f["outside_clause"] = 1.0
        if not actors_after:
            f["no_actor_after"] = 1.0
        out.append(f)
    actor_lines = [(c, [a.i for a in c.root.ancestors]) for c in cands if c.actor_id]
    return [f | _nesting(c, cands, trigger, actor_lines) for c, f in zip(cands, out)]


def _nesting(cand: Candidate, cands: list[Candidate], trigger, actor_lines: list[tuple]) -> dict[str, float]:
    """Whether the candidate sits inside another candidate's phrase below the trigger ("Hungary" in "civil
    society in Hungary", the object) and whether a resolved actor sits inside its own: the relation of the
    nearest candidate above it, with the candidate's kind (``actor_lines``: each resolved candidate with
    the indices of its root's ancestors)."""
    roots = {c.root.i: c for c in cands if c.root.i != cand.root.i}
    kind = "actor" if cand.actor_id else "phrase"
    f = {}
    for tok in cand.root.ancestors:
        if tok.i == trigger.i:
            break
        above = roots.get(tok.i)
        if above is not None:
            f[f"under={above.root.dep_}"] = f[f"under={above.root.dep_}|{kind}"] = 1.0
            f["under_actor" if above.actor_id else "under_phrase"] = 1.0
            break
    if any(cand.root.i in line for c, line in actor_lines if c is not cand):
        f[f"over_actor|{kind}"] = 1.0
    return f


class DirectionModel:
    """The learned source/target ranker (a :class:`LinearModel` over :func:`features`)."""

    def __init__(self, model: LinearModel):
        self.model = model
        self.col = {role: model.labels.index(role) for role in ROLES}

    @classmethod
    def load(cls, name_or_path: str = DEFAULT_DIRECTION_MODEL) -> "DirectionModel":
        return cls(LinearModel.load(name_or_path, retrain=_RETRAIN))

    def score(self, sent, trigger, main, etype: str, actors, rule_pair: tuple) -> tuple[list[Candidate], object]:
        """The sentence's candidates and their role probabilities, shape (n, 3) in the model's label order."""
        cands = candidates(sent, actors)
        end = _dateline_end(sent)
        view = TriggerView.of(trigger, main)
        rows = [features(c, trigger, main, etype, rule_pair, end, view) | rel
                for c, rel in zip(cands, relative(cands, trigger))]
        return cands, self.model.predict_proba(rows, gathered=True)

    def choose(self, sent, trigger, main, etype: str, actors, rule_pair: tuple) -> tuple[tuple | None, tuple | None]:
        """(source, target): the likeliest source, then the likeliest target among the other candidates;
        each ``(span, actor id or None)``, or None when the sentence has no candidate for it."""
        cands, probs = self.score(sent, trigger, main, etype, actors, rule_pair)
        if not cands:
            return None, None
        best = best_pair(cands, probs[:, self.col["source"]], probs[:, self.col["target"]])
        if best is None:
            return cands[0].pair, None
        src, tgt = best
        source, target = _head_of(cands, src).pair, _head_of(cands, tgt)
        placed = _place_of(cands, target)
        target = (target if placed.actor_id is not None and placed.actor_id == source[1] else placed).pair
        if target[1] is not None and target[1] == source[1]:
            # two participants of one state ("Brazil's truck drivers" and "the Brazilian government"):
            # the target keeps its words, not the state's id (no actor targets itself)
            target = (target[0], None)
        if source[1] is None:  # "Kyiv denied that its forces shelled …": its forces act for Kyiv
            source = possessor(cands[src].root, [c.pair for c in cands if c.actor_id]) or source
            if source[1] is not None and source[1] == target[1]:
                target = None
        return source, target


def best_pair(cands: list[Candidate], p_source: np.ndarray, p_target: np.ndarray) -> tuple[int, int] | None:
    """(i, j) maximising ``p_source[i] * p_target[j]`` over pairs of different candidates that are not the
    same participant (:func:`_participant`: one resolved actor, unless one of them only modifies a phrase of
    other words), the first in (i, j) order on ties; None when there is no such pair."""
    ids = [_participant(c, i) for i, c in enumerate(cands)]
    code = {a: k for k, a in enumerate(dict.fromkeys(ids))}
    actor = np.array([code[a] for a in ids])
    allowed = actor[:, None] != actor[None, :]
    if not allowed.any():
        return None
    joint = np.where(allowed, np.outer(p_source, p_target), -np.inf)
    i, j = divmod(int(np.argmax(joint)), len(cands))
    return i, j


def _participant(cand: Candidate, i: int):
    """Who candidate ``i`` is: its actor id when the mention is the participant ("Brazil", "the Brazilian
    government"), the id and its phrase when it only modifies a phrase of other words ("Brazil" in "Brazil's
    truck drivers": a part of that state, another participant than its government), else the candidate."""
    if cand.actor_id is None:
        return "", i
    if cand.span is not None and cand.root is not None and not cand.span.start <= cand.root.i < cand.span.end:
        return cand.actor_id, cand.root.i
    return cand.actor_id


def _head_of(cands: list[Candidate], k: int) -> Candidate:
    """The mention that heads the phrase candidate ``k`` modifies ("Ukrainian" in "Ukrainian Foreign
    Minister Dmytro Kuleba" gives Kuleba; "State" in "Secretary of State Antony Blinken" gives Blinken),
    else candidate ``k`` itself."""
    cand = cands[k]
    if cand.root.i != cand.span.root.i:
        return cand
    head = cand.span.root
    for _ in range(6):
        if head.dep_ not in ("amod", "compound", "nmod", "poss", "pobj", "prep") or head.head.i == head.i:
            break
        head = head.head
    return next((c for c in cands if c.actor_id and c.span.start <= head.i < c.span.end and c is not cand), cand)


def _place_of(cands: list[Candidate], cand: Candidate) -> Candidate:
    """The resolved place an unresolved target phrase is in or on ("targets in Dunmark", "an army base in
    Valoria": the event's target actor is the place's) or the resolved actor it is of ("the leaders of
    Dunmark"), else ``cand`` itself."""
    if cand.actor_id is not None:
        return cand
    # The place phrase hangs on the target's head noun, or on the verb whose object the target is; an "of"
    # phrase on the head noun names whom the phrase is of ("the leaders of Dunmark").
    holders = {cand.root.i} | ({cand.root.head.i} if cand.root.dep_ == "dobj" else set())
    for other in cands:
        root = other.root
        if other.actor_id is None or root.dep_ != "pobj" or root.head.dep_ != "prep":
            continue
        prep, holder = root.head.lower_, root.head.head.i
        if (prep in ("in", "on") and holder in holders) or (prep == "of" and holder == cand.root.i):
            return other
    return cand
