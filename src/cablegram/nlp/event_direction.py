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
from functools import lru_cache

import numpy as np

from .chunks import sentence_noun_chunks
from .lexicons import load_lexicon
from .event_actors import LOCATIVE_PREPS, possessor, is_locative, names_participant
from .event_gates import in_demanded_act
from .linear import LinearModel

__all__ = ["Candidate", "DirectionModel", "candidates", "features", "DEFAULT_DIRECTION_MODEL", "ROLES"]

DEFAULT_DIRECTION_MODEL = "event_direction.json"
ROLES = ("none", "source", "target")
_RETRAIN = "python scripts/train_event_direction.py --data ../shared/data"
_NOT_PARTICIPANT = frozenset({"DATE", "TIME", "MONEY", "CARDINAL", "PERCENT", "QUANTITY", "ORDINAL"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_DASHES = frozenset({"-", "--", "—", "–", ":"})
# dashes that end a heading even glued to both words ("KESSA--Troops shelled ..."): no name holds them
_GLUED_BREAKS = frozenset({"--", "—"})
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
    """Token index where a dateline heading ends ("MOGADISHU, Somalia --", "JERUSALEM (AP) --", "ADDIS ABABA,
    May 15 (Xinhua) --"), else -1."""
    for tok in sent[:12]:
        if _heading_break(tok) and tok.i > sent.start:
            before = sent.doc[sent.start:tok.i]
            if all(t.pos_ in ("PROPN", "PUNCT") or t.is_punct or t.text.isupper() or t.like_num for t in before):
                return tok.i
            return -1
    return -1


def _heading_break(tok) -> bool:
    """A token that ends a dateline heading: a dash or colon ("KABUL -", "KABUL:"; a double dash or an em dash also
    glued to both words, "KABUL--Police"), one glued to a bracket
    ("KABUL (Wire):"), or a straight quote right after the agency's bracket, where a dash was mis-encoded
    ("WASHINGTON (Wire) \" ...")."""
    text = tok.text
    if text in _DASHES:  # not a hyphen glued to both words ("Al-Shabaab gunmen", "al-Qaeda's"): part of a name
        return (text in _GLUED_BREAKS or bool(tok.whitespace_) or tok.i == 0
                or bool(tok.nbor(-1).whitespace_))
    if len(text) > 1 and text.endswith(":") and text.strip("():") == "":
        return True
    return text in ('"', "\u201d") and tok.i > 0 and tok.nbor(-1).text == ")"


def _mention_root(span, chunks, heads: set[int]):
    """The token that places a mention in the parse: the head of its noun phrase when the mention heads
    it ("Foreign Minister Dmytro Kuleba", not "Foreign") or no mention does ("a former Rwandan minister")."""
    chunk = next((c for c in chunks if c.start <= span.start and span.end <= c.end), None)
    if chunk is not None and chunk.root.pos_ in ("NOUN", "PROPN") and (
            span.start <= chunk.root.i < span.end or chunk.root.i not in heads):
        return chunk.root
    return span.root


def candidates(sent, actors) -> list[Candidate]:
    """Actor mentions of ``sent`` and its other noun phrases (no pronouns, dates, amounts or numbers, nothing
    of a dateline heading: "KABUL (Wire):" names where the report was filed, never a participant); a noun
    phrase holding an actor mention is that mention, placed in the parse by the phrase's head."""
    first = max(sent.start, _dateline_end(sent) + 1)
    in_sent = [(s, a) for s, a in actors if first <= s.start and s.end <= sent.end]
    chunks = sentence_noun_chunks(sent)  # not Span.noun_chunks: that walks the whole Doc on every call
    taken = {i for s, _ in in_sent for i in range(s.start, s.end)}
    heads = taken | {s.root.i for s, _ in in_sent}
    out = [Candidate(span, actor_id, _mention_root(span, chunks, heads)) for span, actor_id in in_sent]
    for chunk in chunks:
        root = chunk.root
        if chunk.start < first <= root.i:  # "BAMAKO - Armed men": the heading glued to the first phrase
            chunk = sent.doc[first:chunk.end]
        if chunk.start < first or any(i in taken for i in range(chunk.start, chunk.end)):
            continue
        if root.pos_ in ("NOUN", "PROPN") and root.ent_type_ not in _NOT_PARTICIPANT and names_participant(chunk):
            out.append(Candidate(chunk, None, root))
    return sorted(out, key=lambda c: c.span.start)


def _step(tok) -> str:
    """One step of a path, named by the relation; a preposition or agent phrase names its word."""
    if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent"):
        return f"pobj<{tok.head.lower_}"
    return tok.dep_


class ParseTree:
    """A doc's parse as plain values, read from the tokens once each and only when asked for: each token's
    head index (:meth:`head`), relation (``dep``) and path step (``step``, :func:`_step`), keyed by token
    index. Walking these instead of ``Token.head`` (a new Token object per step) keeps the scoring of a
    sentence's candidates cheap; the walks give what the Token walks give."""

    __slots__ = ("doc", "heads", "dep", "step", "lines")

    def __init__(self, doc):
        self.doc = doc
        self.heads: dict[int, int] = {}
        self.dep: dict[int, str] = {}
        self.step: dict[int, str] = {}
        self.lines: dict[int, list[int]] = {}

    def head(self, i: int) -> int:
        if i not in self.heads:
            tok = self.doc[i]
            self.heads[i], self.dep[i], self.step[i] = tok.head.i, tok.dep_, _step(tok)
        return self.heads[i]

    def ancestors(self, i: int) -> list[int]:
        """Indices of the ancestors of token ``i``, nearest first (``Token.ancestors``); do not change the
        list (it is kept for the next call)."""
        if i not in self.lines:
            out, at, h = [], i, self.head(i)
            while h != at:
                out.append(h)
                at, h = h, self.head(h)
            self.lines[i] = out
        return self.lines[i]


def _lineage(tok, tree: ParseTree | None = None) -> set[int]:
    """Indices of ``tok`` and its ancestors."""
    return set((tree or ParseTree(tok.doc)).ancestors(tok.i)) | {tok.i}


def _path(cand_root, trigger, anc: set[int] | None = None, tree: ParseTree | None = None) -> tuple[list[str], list[str]]:
    """Relations from the candidate up to the lowest common ancestor, and from the trigger up to it
    (``anc``: :func:`_lineage` of the trigger, when the caller has it already; ``tree``: the doc's
    :class:`ParseTree`, when the caller has one)."""
    tree = tree or ParseTree(trigger.doc)
    up, anc = [], anc if anc is not None else _lineage(trigger, tree)
    i = cand_root.i
    for _ in range(12):
        head = tree.head(i)
        if i in anc or head == i:
            break
        up.append(tree.step[i])
        i = head
    down, t2 = [], trigger.i
    for _ in range(12):
        head = tree.head(t2)
        if t2 == i or head == t2:
            break
        down.append(tree.dep[t2])
        t2 = head
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
    tree: ParseTree | None = None

    @classmethod
    def of(cls, trigger, main, tree: ParseTree | None = None) -> "TriggerView":
        """``tree``: the doc's :class:`ParseTree` when the caller keeps one (else a new one)."""
        tree = tree or ParseTree(trigger.doc)
        other = main is not None and main.i != trigger.i
        return cls(_lineage(trigger, tree), _lineage(main, tree) if other else None, trigger.pos_,
                   trigger.lemma_.lower(), any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children), tree)


def features(cand: Candidate, trigger, main, etype: str, rule_pair: tuple, dateline_end: int,
             view: TriggerView | None = None) -> dict[str, float]:
    """Sparse features of one (trigger, candidate) pair (see the module docstring). ``view``: the trigger's
    :class:`TriggerView`, found once per sentence by :meth:`DirectionModel.score`; by default found here."""
    root = cand.root
    view = view if view is not None else TriggerView.of(trigger, main)
    up, down = _path(root, trigger, view.lineage, view.tree)
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
        mup, mdown = _path(root, main, view.main_lineage, view.tree)
        f["mpath=" + "/".join(mup[:_MAX_PATH]) + "|" + "/".join(mdown[:_MAX_PATH])] = 1.0
    f[f"tlemma={view.lemma}|up1={first_up}"] = 1.0
    f[f"tlemma={view.lemma}|side={side}"] = 1.0
    clauses = [s for s in up if s in _CLAUSE_STEPS]
    if clauses:  # "condemned the attacks, which saw people arrested in X": X sits in a clause of its own
        f[f"in_clause={clauses[0]}"] = f[f"in_clause={clauses[0]}|n={_bucket(len(clauses))}"] = 1.0
        f[f"type={etype}|in_clause={clauses[0]}"] = 1.0
    f |= _attachment_features(up, down, etype, view)
    return f | _kind_features(cand, trigger, etype, rule_pair, dateline_end)


_CLAUSE_STEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp", "conj", "parataxis"})
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
    root, span_root = cand.root, cand.span.root  # Span.root is found anew on each access: read it once
    f = {"actor" if cand.actor_id else "phrase": 1.0, f"lemma={root.lemma_.lower()}": 1.0,
         f"ent={span_root.ent_type_ or '-'}": 1.0, f"rootpos={root.pos_}": 1.0}
    if root.i != span_root.i:
        f["heads_phrase"] = 1.0
    elif span_root.dep_ in ("amod", "compound", "nmod", "poss"):
        f[f"modifier={span_root.dep_}"] = 1.0
    if is_locative(cand.span):
        f["locative"] = f[f"locative|type={etype}"] = 1.0
    if dateline_end >= 0 and cand.span.end <= dateline_end:
        f["dateline"] = 1.0
    if _is_subject_conjunct(root, trigger):
        f["subject_conjunct"] = f[f"subject_conjunct|type={etype}"] = 1.0
    if root.i == trigger.i:
        f["is_trigger"] = 1.0
    if _own(cand):
        f["own"] = f[f"own|type={etype}"] = 1.0
    if not cand.actor_id and root.pos_ == "NOUN":
        noun = _noun_kind(root)
        f[f"noun={noun}"] = f[f"noun={noun}|dep={root.dep_}"] = f[f"noun={noun}|type={etype}"] = 1.0
    for role, chosen in zip(("rule_source", "rule_target"), rule_pair):
        if chosen is not None and chosen[0].start < cand.span.end and cand.span.start < chosen[0].end:
            f[role] = f[f"{role}|type={etype}"] = 1.0
    return f


def _same(cand: Candidate) -> tuple:
    """What makes two candidates equal (the dataclass's equality, which compares spans and tokens), as one
    tuple of plain values."""
    span = cand.span
    return span.start_char, span.end_char, span.label, span.kb_id, span.id, cand.actor_id, cand.root.i


def _after_ranks(cands: list[Candidate], keys: list[tuple], trigger, lo: int, hi: int) -> tuple[dict, dict]:
    """Rank of each candidate (by :func:`_same` key) among the candidates after the trigger inside the
    trigger's phrase (tokens ``lo``..``hi``), and among the resolved actors there: the first equal
    candidate's rank, as ``list.index`` gives it."""
    after = [k for c, k in zip(cands, keys) if c.span.start > trigger.i and lo <= c.root.i <= hi]
    rank_of, actor_rank_of = {}, {}
    for rank, k in enumerate(after):
        rank_of.setdefault(k, rank)
    for rank, k in enumerate(k for k in after if k[5]):  # k[5]: the actor id
        actor_rank_of.setdefault(k, rank)
    return rank_of, actor_rank_of


def relative(cands: list[Candidate], trigger, tree: ParseTree | None = None) -> list[dict[str, float]]:
    """Features of each candidate relative to the others: its rank among the candidates after the
    trigger inside the trigger's phrase, and whether it is the only actor on its side (``tree``: the
    doc's :class:`ParseTree`, when the caller keeps one)."""
    tree = tree or ParseTree(trigger.doc)
    verb = trigger.head if trigger.pos_ == "NOUN" and trigger.head.pos_ in ("VERB", "AUX") else trigger
    lo, hi = verb.left_edge.i, verb.right_edge.i
    keys = [_same(c) for c in cands]
    rank_of, actor_rank_of = _after_ranks(cands, keys, trigger, lo, hi)
    objects = {c.root.i for c in cands if c.root.dep_ == "dobj" and c.root.head.i in (trigger.i, verb.i)}
    heads = {t.i for c in cands for t in (c.root, c.span.root)}
    out = []
    contest = _object_and_place(cands, objects)
    phrases = _object_and_phrase(cands, objects, {trigger.i, verb.i})
    for c, key in zip(cands, keys):
        f = _competition(c, objects) | _conjunct_of(c, heads, trigger) | contest.get(c.root.i, {})
        f |= phrases.get(c.root.i, {})
        if key in rank_of:
            f[f"after_rank={min(rank_of[key], 3)}"] = 1.0
            if c.actor_id:
                f[f"actor_after_rank={min(actor_rank_of[key], 3)}"] = 1.0
        elif lo <= c.root.i <= hi:
            f["in_clause_before"] = 1.0
        else:
            f["outside_clause"] = 1.0
        if not actor_rank_of:
            f["no_actor_after"] = 1.0
        out.append(f)
    actor_lines = [(c, set(tree.ancestors(c.root.i))) for c in cands if c.actor_id]
    roots = {c.root.i: c for c in cands}  # the last candidate of each root, as a comprehension keeps it
    return [f | _nesting(c, roots, trigger, actor_lines, tree) for c, f in zip(cands, out)]


_OWN = frozenset({"its", "their", "his", "her", "our", "my", "own"})


def _own(cand: Candidate) -> bool:
    """ "withdraw its troops", "extend their mission": the phrase belongs to the acting party (a possessive
    pronoun on its head), so it is what the act moves or changes, seldom whom it is aimed at."""
    return any(c.dep_ == "poss" and c.lower_ in _OWN for c in cand.root.children)


@lru_cache(maxsize=1)
def participant_nouns() -> tuple[frozenset, frozenset, frozenset]:
    """(people, sites, relations) head-noun lemmas of ``event_direction.toml`` ``[participants]``."""
    lex = load_lexicon("event_direction").get("participants", {})
    return (frozenset(lex.get("people", [])), frozenset(lex.get("sites", [])),
            frozenset(lex.get("relations", [])))


def own_thing(cand: Candidate) -> bool:
    """ "withdrew their forces", "extend its mission": an unresolved phrase of the acting party's own (a
    possessive pronoun on its head), not a relation of it ("his counterpart"): never the event's target (plv
    marks none; the place it is moved from or kept in is)."""
    return cand.actor_id is None and _own(cand) and cand.root.lemma_.lower() not in participant_nouns()[2]


def never_target(cands: list[Candidate], trigger, etype: str) -> list[bool]:
    """Per candidate, whether it can never be the event's target: the source's own thing (:func:`own_thing`),
    an argument of a second predicate when the trigger has its own object (:func:`other_clause`), what a
    MOBILIZE act moves (:func:`mobilized`), an unnamed place of an act addressed to people (:func:`unnamed_place`), a
    time (:func:`of_a_time`), a participant of the act a REQUEST asks for ("called on X to
    retaliate against Y": Y; :func:`.event_gates.in_demanded_act`; the place it is to leave, :func:`left_place`)."""
    has_object = trigger.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" for c in trigger.children)
    return [own_thing(c) or (has_object and other_clause(c, trigger)) or mobilized(c, trigger, etype)
            or (etype in _ADDRESSED_TYPES and unnamed_place(c)) or of_a_time(c)
            or (etype == "REQUEST" and (in_demanded_act(c.span, trigger) or left_place(c, trigger))) for c in cands]


def left_place(cand: Candidate, trigger) -> bool:
    """The place a demanded act named by the trigger's object moves out of ("demanded the withdrawal of foreign
    fighters from Libya": Libya): a participant of the act asked for, not the one asked (those who are to go)."""
    root = cand.root
    prep = root.head
    act = prep.head
    return (root.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ == "from" and act.dep_ == "dobj"
            and act.lemma_.lower() in _LEAVING_NOUNS and act.head.i == trigger.i)


# nouns of leaving a place ("the withdrawal of X from Y"); not "release" ("the release of X from Y": Y holds X)
_LEAVING_NOUNS = frozenset({"withdrawal", "pullout", "pull-out", "exit", "departure", "evacuation", "removal",
                            "redeployment"})


_TIME_UNITS = frozenset({"hour", "day", "night", "week", "weekend", "month", "year", "decade", "season"})


def of_a_time(cand: Candidate) -> bool:
    """An unresolved phrase that names a stretch of time or what filled it ("after two weeks of calm", "after
    months of fighting", "in the past week"): when the act happened, no target."""
    root = cand.root
    if cand.actor_id is not None:
        return False
    if root.lemma_.lower() in _TIME_UNITS:
        return True
    prep = root.head
    return (root.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ == "of"
            and prep.head.lemma_.lower() in _TIME_UNITS)


# Acts addressed to people: the place they are met or asked in is only where they are (as in event_confidence);
# plv takes the place of a thing done there as its target ("imposed blockades in some parts of west Darfur").
_ADDRESSED_TYPES = frozenset({"REJECT", "CONSULT", "REQUEST"})


def unnamed_place(cand: Candidate) -> bool:
    """An unresolved phrase in a locative phrase ("refused to meet mediators in the capital"): for an act addressed
    to people (``_ADDRESSED_TYPES``), where it happens, named by no actor, so no target."""
    root = cand.root
    return (cand.actor_id is None and root.dep_ == "pobj" and root.head.dep_ == "prep"
            and root.head.lower_ in LOCATIVE_PREPS)


def other_clause(cand: Candidate, trigger) -> bool:
    """True when the candidate is an argument of a second predicate the trigger's subject also governs
    ("welcomed the report and called on X to answer": X is the call's, not the welcome's). With a direct
    object of its own the trigger's target is never there (:meth:`DirectionModel.choose`). Other clauses below
    the trigger (adverbial, relative, a conjunct with its own subject) may hold its target in plv ("will move
    a battery to counter threats from X"), so they are the ranker's to weigh."""
    tok = cand.root
    for _ in range(16):
        if tok.i == trigger.i or tok.head.i == tok.i:
            return False
        if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX"):
            own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
            return not own_subject and tok.head.i == trigger.i
        tok = tok.head
    return False


def mobilized(cand: Candidate, trigger, etype: str) -> bool:
    """True when the candidate is in what a MOBILIZE act puts in motion, the direct object of its verb
    ("deployed fighters from the Zarovan Brigade", "mobilized the army", "placed a brigade in Kessa on
    alert"), or where it comes from (a "from" phrase on the verb: "deployed fighters from the Zarovan
    Brigade"): the source's own instrument, never the target (plv marks where or against whom it moves)."""
    if etype != "MOBILIZE":
        return False
    moved = [c for c in trigger.children if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "from")]
    return any(m.left_edge.i <= cand.root.i <= m.right_edge.i for m in moved)


def _noun_kind(root) -> str:
    """ "people", "site" or "thing": what a phrase's head noun names (``[participants]``)."""
    lemma = root.lemma_.lower()
    people, sites, _ = participant_nouns()
    return "people" if lemma in people else ("site" if lemma in sites else "thing")


def _kind_of(cand: Candidate) -> str:
    """A coarse kind of a participant phrase: a resolved actor, the source's own thing, a named entity's
    label, else what its head noun names (:func:`_noun_kind`)."""
    if cand.actor_id:
        return "actor"
    if _own(cand):
        return "own"
    return cand.root.ent_type_ or _noun_kind(cand.root)


def _object_and_place(cands: list[Candidate], objects: set[int]) -> dict[int, dict[str, float]]:
    """Features of the contest between the trigger's direct object and a place phrase ("withdraw its troops
    from the West Bank cities", "attacked an army camp in Kabul", "set up an institute in Barcelona"): in plv
    the place is the target when the object is a thing the act moves or makes, the object when it is a party
    or a site. Keyed by candidate root index: the place sees the object's kind, the object that a place
    competes with it."""
    obj = next((c for c in cands if c.root.i in objects), None)
    places = [c for c in cands if is_locative(c.span) or (c.root.dep_ == "pobj" and c.root.ent_type_ in _PLACES)]
    if obj is None or not places:
        return {}
    kind = _kind_of(obj)
    out = {obj.root.i: {"object_vs_place": 1.0, f"object_vs_place|{kind}": 1.0}}
    for c in places:
        if c.root.i != obj.root.i:
            prep = c.root.head.lower_ if c.root.dep_ == "pobj" else "-"
            out[c.root.i] = {f"place_vs_object|{kind}": 1.0, f"place_vs_object|{prep}": 1.0,
                             f"place_vs_object|{'actor' if c.actor_id else 'phrase'}": 1.0}
    return out


def _object_and_phrase(cands: list[Candidate], objects: set[int], verbs: set[int]) -> dict[int, dict[str, float]]:
    """Features of the contest between the trigger's direct object and a phrase a preposition hangs on the
    trigger's verb ("returned a painting to the owner", "offered a package to the sector", "provided aid to
    Valoria", "opened fire on protesters"): which preposition, with the object's kind (a thing the act moves
    gives way to the party it goes to; a party or a site is the target itself). Keyed by candidate root
    index; ``verbs``: the indices of the trigger and the verb it is the object of."""
    obj = next((c for c in cands if c.root.i in objects), None)
    if obj is None:
        return {}
    kind, out = _kind_of(obj), {}
    for c in cands:
        root = c.root
        if root.dep_ != "pobj" or root.head.dep_ not in ("prep", "dative") or root.head.head.i not in verbs:
            continue
        prep = root.head.lower_
        out[c.root.i] = {f"phrase_vs_object|{prep}": 1.0, f"phrase_vs_object|{prep}|{kind}": 1.0}
        out.setdefault(obj.root.i, {})[f"object_vs_phrase|{prep}|{kind}"] = 1.0
    return out


def _competition(cand: Candidate, objects: set[int]) -> dict[str, float]:
    """Whether another candidate is the trigger's direct object (``objects``: their root indices) while
    this one is not: a place phrase ("in Kabul") or a name inside a phrase competes with the object."""
    if not objects or cand.root.i in objects:
        return {}
    root = cand.root
    where = root.head.lower_ if root.dep_ == "pobj" else root.dep_
    return {"object_elsewhere": 1.0, f"object_elsewhere|{where}": 1.0,
            f"object_elsewhere|{'actor' if cand.actor_id else 'phrase'}": 1.0}


def _conjunct_of(cand: Candidate, heads: set[int], trigger) -> dict[str, float]:
    """Whether the candidate is a later conjunct of another candidate ("Pakistan and Afghanistan's
    services", "British and EU negotiators", "between the EU and Turkey"; ``heads``: the root and span-root
    indices of all candidates): in news coding the first conjunct acts on the later ones."""
    for tok in (cand.root, cand.span.root):
        at = tok
        for _ in range(6):
            if at.dep_ != "conj" or at.head.i == at.i:
                break
            at = at.head
            if at.i in heads and at.i < cand.span.start:
                side = "before" if cand.span.end <= trigger.i else "after"
                return {"conjunct_of": 1.0, f"conjunct_of|{side}": 1.0}
    return {}


def _nesting(cand: Candidate, roots: dict, trigger, actor_lines: list[tuple], tree: ParseTree) -> dict[str, float]:
    """Whether the candidate sits inside another candidate's phrase below the trigger ("Hungary" in "civil
    society in Hungary", the object) and whether a resolved actor sits inside its own: the relation of the
    nearest candidate above it, with the candidate's kind (``roots``: the candidates by root index;
    ``actor_lines``: each resolved candidate with the indices of its root's ancestors)."""
    kind = "actor" if cand.actor_id else "phrase"
    f = {}
    for i in tree.ancestors(cand.root.i):  # never the candidate's own root: no candidate of it is above it
        if i == trigger.i:
            break
        above = roots.get(i)
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
        self._tree: ParseTree | None = None  # the last doc's parse, kept for that doc's next event

    def _tree_of(self, doc) -> ParseTree:
        if self._tree is None or self._tree.doc is not doc:
            self._tree = ParseTree(doc)
        return self._tree

    @classmethod
    def load(cls, name_or_path: str = DEFAULT_DIRECTION_MODEL) -> "DirectionModel":
        return cls(LinearModel.load(name_or_path, retrain=_RETRAIN))

    def score(self, sent, trigger, main, etype: str, actors, rule_pair: tuple) -> tuple[list[Candidate], object]:
        """The sentence's candidates and their role probabilities, shape (n, 3) in the model's label order."""
        cands = candidates(sent, actors)
        return cands, self._probabilities(cands, sent, trigger, main, etype, rule_pair)

    def _probabilities(self, cands: list[Candidate], sent, trigger, main, etype: str, rule_pair: tuple):
        end = _dateline_end(sent)
        view = TriggerView.of(trigger, main, self._tree_of(sent.doc))
        rows = [features(c, trigger, main, etype, rule_pair, end, view) | rel
                for c, rel in zip(cands, relative(cands, trigger, view.tree))]
        return self.model.predict_proba(rows, gathered=True)

    def choose(self, sent, trigger, main, etype: str, actors, rule_pair: tuple) -> tuple[tuple | None, tuple | None]:
        """(source, target): the likeliest source, then the likeliest target among the other candidates;
        each ``(span, actor id or None)``, or None when the sentence has no candidate for it."""
        cands = candidates(sent, actors)
        if len(cands) < 2:  # no pair to rank: nothing to score
            return (cands[0].pair if cands else None), None
        probs = self._probabilities(cands, sent, trigger, main, etype, rule_pair)
        p_target = np.where(never_target(cands, trigger, etype), 0.0, probs[:, self.col["target"]])
        best = best_pair(cands, probs[:, self.col["source"]], p_target)
        if best is not None and venue_of_source(cands[best[1]], cands[best[0]]):
            p_target = np.where([venue_of_source(c, cands[best[0]]) for c in cands], 0.0, p_target)
            best = best_pair(cands, probs[:, self.col["source"]], p_target)
        if best is None:
            return cands[0].pair, None
        src, tgt = best
        if p_target[tgt] == 0.0:  # none but the source's own things are left
            return _head_of(cands, src).pair, None
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


def venue_of_source(cand: Candidate, source: Candidate) -> bool:
    """The candidate is a place of the source's own state in a locative phrase ("Iranian authorities detained an
    academic at Tehran airport", "Belarusian police arrested a journalist in Minsk"): where the act happened, not
    whom it is aimed at (no state acts on itself), so the target is another participant."""
    root = cand.root
    return (cand.actor_id is not None and cand.actor_id == source.actor_id and root.dep_ == "pobj"
            and root.head.dep_ == "prep" and root.head.lower_ in LOCATIVE_PREPS)


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
    else candidate ``k`` itself. Only an "of" phrase is part of a title: a phrase another preposition hangs
    on a mention ("handed back a medal bearing the face of Catherine the Great to the museum's curators", where the
    parse hangs "to" on the name) is a participant of its own."""
    cand = cands[k]
    if cand.root.i != cand.span.root.i:
        return cand
    head = cand.span.root
    for _ in range(6):
        if head.dep_ not in _TITLE_STEPS or head.head.i == head.i or (head.dep_ == "prep" and head.lower_ != "of"):
            break
        head = head.head
    return next((c for c in cands if c.actor_id and c.span.start <= head.i < c.span.end and c is not cand), cand)


_TITLE_STEPS = frozenset({"amod", "compound", "nmod", "poss", "pobj", "prep"})


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
