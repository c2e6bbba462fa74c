"""PLOVER event coding (component ``cablegram_events``; spaCy forbids "." in factory names).

For each sentence: find cue words of the PLOVER types (see :mod:`.plover`) near the
sentence's main event, score the types, optionally with a small softmax classifier
trained on the gold records (``scripts/train_events.py``; shipped as JSON under
``nlp/models/``), then fill in mode, context, actors, date, place and modality.
A sentence gets at most one event, and only when some cue word is present.

Actors come from ``doc.spans["cg_actors"]`` / ``doc._.cg_mentions`` (the actors
component) and fall back to named entities when there are none.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from pathlib import Path

import numpy as np
from spacy.language import Language

from ..errors import PipelineError
from ..records import Event
from .dates import resolve_date
from .extensions import doc_list, ensure_extensions
from .language import is_english
from .modality import REPORTING_VERBS, main_event_token
from .modality import classify as classify_modality
from .model_files import load_json_model
from .plover import (
    CONTEXT_CUES,
    FIGHT_CUES,
    MODE_CUES,
    TRIGGERS,
    TYPE_NAMES,
    is_cooperative,
)

DEFAULT_MODEL = "plover_lr.json"
_ACTOR_LABELS = frozenset({"GPE", "NORP", "ORG", "PERSON"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "into", "on"})
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "meet": ("met",), "hold": ("held",), "give": ("gave", "given"), "send": ("sent",), "seek": ("sought",),
    "fight": ("fought",), "shoot": ("shot",), "beat": ("beaten",), "strike": ("struck",), "swear": ("swore", "sworn"),
    "break off": ("broke off", "broken off"), "withdraw": ("withdrew", "withdrawn"), "cut": ("cut",), "set fire": ("set fire",),
    "lead": ("led",), "tell": ("told",), "say": ("said",), "build up": ("built up",), "take": ("took", "taken"),
    "freeze": ("froze", "frozen"), "forbid": ("forbade", "forbidden"), "hand over": ("handed over",),
    "deny": ("denied", "denies"), "sell": ("sold",), "undertake": ("undertook",), "bring": ("brought",), "lay": ("laid",),
    "hold talks": ("held talks",), "shun work": ("shunned work",), "stop work": ("stopped work",), "gun down": ("gunned down",),
    "round up": ("rounded up",), "crack down": ("cracked down",), "step down": ("stepped down",), "pull out": ("pulled out",),
    "call off": ("called off",), "call for": ("called for",), "call on": ("called on",), "call upon": ("called upon",),
    "turn down": ("turned down",), "walk out": ("walked out",), "shut down": ("shut down",), "give in": ("gave in",),
}
_VOWELS = frozenset("aeiou")
COMMIT_VERBS = frozenset("""promise promises promised promising pledge pledges pledged pledging vow vows vowed vowing
agree agrees agreed agreeing offer offers offered offering commit commits committed undertake undertook undertaken
threaten threatens threatened threatening swear swore sworn vowing ready willing prepared""".split())


def inflections(base: str) -> set[str]:
    """Likely inflected forms of an English verb or noun (over-generation is harmless here)."""
    forms = {base, base + "s", base + "es", base + "ed", base + "d", base + "ing"}
    if base.endswith("e"):
        forms |= {base[:-1] + "ing", base[:-1] + "ed"}
    if base.endswith("y") and len(base) > 2 and base[-2] not in _VOWELS:
        forms |= {base[:-1] + "ied", base[:-1] + "ies"}
    if len(base) >= 3 and base[-1] not in _VOWELS | {"w", "x", "y"} and base[-2] in _VOWELS and base[-3] not in _VOWELS:
        forms |= {base + base[-1] + "ed", base + base[-1] + "ing"}
    if base.endswith("ize"):
        forms |= inflections(base[:-3] + "ise")
    forms.update(_IRREGULAR.get(base, ()))
    return forms


def build_cue_index(triggers: dict[str, tuple[str, ...]] = TRIGGERS) -> dict[str, list[tuple[tuple[str, ...], str, str]]]:
    """First word form → [(remaining words, type, cue)] for every cue of every type.

    Multiword cues inflect their first word ("called off"); irregular whole phrases are listed too.
    """
    index: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for etype, cues in triggers.items():
        for cue in cues:
            words = cue.split()
            variants = {(f,) + tuple(words[1:]) for f in inflections(words[0])}
            variants |= {tuple(p.split()) for p in _IRREGULAR.get(cue, ())}
            for variant in variants:
                index.setdefault(variant[0], []).append((variant[1:], etype, cue))
    return index


_MAX_GAP = 3  # words allowed inside a phrase cue ("lifted the night curfew", "hold the Kremlin to account")


def find_cues(sent, index) -> list[tuple[object, str, str]]:
    """(head token, type, cue) for every cue occurrence in the sentence.

    A phrase cue wins over the single-word cues on the words it covers ("hold talks" is
    CONSULT, not the COERCE "hold"; "lift ban" is not the COERCE "ban").
    """
    words = [t.lower_ for t in sent]
    phrase_hits, single_hits, covered = [], [], set()
    for k, tok in enumerate(sent):
        for rest, etype, cue in index.get(words[k], ()):
            if not rest:
                single_hits.append((k, tok, etype, cue))
                continue
            for gap in range(_MAX_GAP + 1):
                start = k + 1 + gap
                if tuple(words[start:start + len(rest)]) == rest:
                    phrase_hits.append((tok, etype, cue))
                    covered.add(k)
                    covered.update(range(start, start + len(rest)))
                    break
    return phrase_hits + [(tok, etype, cue) for k, tok, etype, cue in single_hits if k not in covered]


def _in_modifier_clause(tok, main) -> bool:
    """True when ``tok`` sits in a relative or participial clause that does not contain ``main``:
    such a clause describes a participant ("officials [who asked not to be named]"), not the event."""
    current = tok
    for _ in range(12):
        if current.i == main.i:
            return False
        if current.dep_ in ("relcl",) or (current.dep_ == "acl" and current.pos_ == "VERB" and current.i != tok.i):
            return main.i < current.left_edge.i or main.i > current.right_edge.i
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _tree_distance(a, b, limit: int = 6) -> int:
    """Edges between two tokens of one sentence in the dependency tree (capped at ``limit``)."""
    up_a = {}
    t, d = a, 0
    while d <= limit:
        up_a[t.i] = d
        if t.head.i == t.i:
            break
        t, d = t.head, d + 1
    t, d = b, 0
    while d <= limit:
        if t.i in up_a:
            return min(limit, d + up_a[t.i])
        if t.head.i == t.i:
            break
        t, d = t.head, d + 1
    return limit


def _norm_word(tok, index) -> str:
    """A cheap base form: the cue a form belongs to, else the lower-cased text."""
    entries = index.get(tok.lower_)
    if entries:
        return entries[0][2].split()[0]
    return tok.lower_


def _states_intent(main, result) -> bool:
    """Whether the sentence voices a commitment to the act, as opposed to forecasting it: a verb of
    promising or threatening above it ("vowed to retaliate"), a conditional will/would ("will withdraw
    unless …"), or an announced intention in reported speech ("said they would boycott")."""
    head = main
    for _ in range(3):
        if head.dep_ not in ("xcomp", "ccomp", "conj") or head.head.i == head.i:
            break
        head = head.head
        if head.lower_ in COMMIT_VERBS:
            return True
    cue = (result.cue or "").lower()
    if cue in COMMIT_VERBS:
        return True
    auxes = {c.lower_ for c in main.children if c.dep_ == "aux"}
    if cue in ("if", "unless", "provided") and auxes & {"will", "would", "'ll", "wo"}:
        return True
    return cue in ("would", "'d") and result.reported_speech


def sentence_features(sent, index, main=None, modality=None) -> tuple[dict[str, float], list]:
    """Features of a sentence for type scoring, and the cue hits with their weights."""
    main = main if main is not None else main_event_token(sent)
    result = classify_modality(sent, main)
    modality = modality if modality is not None else result.modality
    feats: dict[str, float] = {"bias": 1.0, f"mod:{modality}": 1.0}
    hits = []
    for tok, etype, cue in find_cues(sent, index):
        if _in_modifier_clause(tok, main):
            continue
        dist = _tree_distance(main, tok)
        weight = 1.0 / (1.0 + dist)
        if tok.pos_ in ("VERB", "AUX"):
            weight *= 1.3
        hits.append((tok, etype, cue, weight))
        key = f"lex:{etype}"
        feats[key] = max(feats.get(key, 0.0), weight)
        feats[f"cue:{cue}"] = max(feats.get(f"cue:{cue}", 0.0), weight)
        if dist == 0:
            feats[f"main:{etype}"] = 1.0
    best_main = max((h for h in hits if h[3] >= 0.5), key=lambda h: h[3], default=None)
    # PLOVER codes a stated commitment ("pledged to send aid", "vowed to retaliate") as AGREE or THREATEN.
    # A bare future or modal ("will provide aid", "could send troops") is the act itself, planned or
    # hypothetical: the commitment must be voiced by a verb of promising or threatening.
    if best_main and modality in ("planned", "hypothetical") and _states_intent(main, result):
        feats["intent:coop" if is_cooperative(best_main[1]) else "intent:conflict"] = 1.0
    for tok in sent:
        if tok.pos_ in ("NOUN", "VERB", "ADJ") and not tok.is_stop:
            feats[f"w:{_norm_word(tok, index)}"] = 1.0
    feats[f"mv:{_norm_word(main, index)}"] = 1.0
    return feats, hits


class EventClassifier:
    """Multinomial logistic regression over sparse named features (numpy only).

    The rule scores enter as a fixed offset (``prior`` × :func:`rule_scores`), so the learned
    weights only correct the rules where the training data disagree with them; with a few
    hundred examples this generalises much better than learning the types from scratch.
    """

    def __init__(self, labels: list[str], features: list[str], weights: np.ndarray, bias: np.ndarray, prior: float = 3.0):
        self.prior = prior
        self.labels = labels
        self.features = features
        self.index = {f: i for i, f in enumerate(features)}
        self.weights = weights
        self.bias = bias

    @classmethod
    def fit(cls, rows: list[dict[str, float]], labels: list[str], l2: float = 0.3, epochs: int = 300,
            lr: float = 0.5, min_count: int = 2, prior: float = 12.0) -> "EventClassifier":
        counts: dict[str, int] = {}
        for row in rows:
            for f in row:
                counts[f] = counts.get(f, 0) + 1
        features = sorted(f for f, c in counts.items() if c >= min_count or f.startswith(("lex:", "main:", "mod:", "intent:")))
        label_names = sorted(set(labels) | set(TYPE_NAMES))
        model = cls(label_names, features, np.zeros((len(features), len(label_names))), np.zeros(len(label_names)), prior)
        x = model._matrix(rows)
        offset = model._offsets(rows)
        y = np.zeros((len(rows), len(label_names)))
        for i, lab in enumerate(labels):
            y[i, label_names.index(lab)] = 1.0
        # Full-batch gradient descent: the data are small and this keeps training deterministic.
        for _ in range(epochs):
            p = model._softmax(offset + x @ model.weights + model.bias)
            grad = x.T @ (p - y) / len(rows) + l2 * model.weights
            model.weights -= lr * grad
            model.bias -= lr * (p - y).mean(axis=0)
        return model

    def _matrix(self, rows: Iterable[dict[str, float]]) -> np.ndarray:
        rows = list(rows)
        x = np.zeros((len(rows), len(self.features)))
        for i, row in enumerate(rows):
            for f, v in row.items():
                j = self.index.get(f)
                if j is not None:
                    x[i, j] = v
        return x

    def _offsets(self, rows: list[dict[str, float]]) -> np.ndarray:
        out = np.zeros((len(rows), len(self.labels)))
        for i, row in enumerate(rows):
            for t, v in rule_scores(row).items():
                if t in self.labels:
                    out[i, self.labels.index(t)] = self.prior * v
        return out

    @staticmethod
    def _softmax(z: np.ndarray) -> np.ndarray:
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return e / e.sum(axis=1, keepdims=True)

    def predict_proba(self, row: dict[str, float]) -> dict[str, float]:
        p = self._softmax(self._offsets([row]) + self._matrix([row]) @ self.weights + self.bias)[0]
        return dict(zip(self.labels, p.tolist()))

    def to_dict(self) -> dict:
        keep = np.abs(self.weights).max(axis=1) > 1e-3
        return {"format": "cablegram-event-lr-1", "labels": self.labels,
                "features": [f for f, k in zip(self.features, keep) if k],
                "weights": np.round(self.weights[keep], 4).tolist(), "bias": np.round(self.bias, 4).tolist(),
                "prior": self.prior}

    @classmethod
    def from_dict(cls, data: dict) -> "EventClassifier":
        if data.get("format") != "cablegram-event-lr-1":
            raise PipelineError("unknown event model format", hint="Retrain it with scripts/train_events.py.")
        weights = np.array(data["weights"], dtype=float).reshape(len(data["features"]), len(data["labels"]))
        return cls(list(data["labels"]), list(data["features"]), weights, np.array(data["bias"], dtype=float),
                   float(data.get("prior", 3.0)))

    def save(self, path: Path) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), separators=(",", ":")), encoding="utf-8")


def load_model(name_or_path: str | None) -> EventClassifier | None:
    """The shipped model (a file name under ``cablegram/nlp/models``) or a model file path; empty disables it."""
    if not name_or_path:
        return None
    return load_json_model(name_or_path, EventClassifier.from_dict, what="event model",
                           retrain="python scripts/train_events.py --data ../shared/data")


def rule_scores(feats: dict[str, float]) -> dict[str, float]:
    """Type scores from cue features alone (used without a model, and as a check)."""
    scores = {t: feats.get(f"lex:{t}", 0.0) + feats.get(f"main:{t}", 0.0) for t in TYPE_NAMES}
    top = max(scores.values())
    if feats.get("intent:coop"):
        scores["AGREE"] = top + 0.5
    if feats.get("intent:conflict"):
        scores["THREATEN"] = top + 0.5
    return scores


def _actor_spans(doc) -> list[tuple[object, str]]:
    """(span, actor id) of actor mentions: the actors component's, plus named entities it left out
    (an unknown state or group is still a participant, keyed by its text)."""
    spans = []
    group = doc.spans.get("cg_actors") if "cg_actors" in doc.spans else None
    if group:
        spans = [(s, s._.cg_actor_id or s.text) for s in group]
    elif doc._.cg_mentions:
        for m in doc._.cg_mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                spans.append((span, m.actor_id))
    taken = {i for s, _ in spans for i in range(s.start, s.end)}
    for ent in doc.ents:
        if ent.label_ in _ACTOR_LABELS and not any(i in taken for i in range(ent.start, ent.end)):
            spans.append((ent, ent.text))
    return sorted(spans, key=lambda c: c[0].start)


def _subject_of(token):
    """The (subject, passive?) governing ``token``, looking up through xcomp/conj chains."""
    current = token
    for _ in range(5):
        for child in current.children:
            if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
                # A passive subject is the target only of its own verb: one raised from a complement
                # ("X is expected to visit", "X is believed to have moved") is that verb's agent.
                return child, child.dep_ == "nsubjpass" and current.i == token.i
        if current.dep_ in ("xcomp", "conj", "advcl", "ccomp", "relcl", "acl") and current.head.i != current.i:
            if current.dep_ in ("relcl", "acl"):
                return current.head, False
            current = current.head
        else:
            break
    return None, False


def _span_in(span, token) -> bool:
    return token.left_edge.i <= span.start and span.end - 1 <= token.right_edge.i


def _clause_verb(trigger):
    """The verb whose clause states the event: the trigger itself, or the verb an event noun is an
    argument of ("a loan … was approved by X" → "approved")."""
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("nsubj", "nsubjpass", "dobj") \
            and trigger.head.pos_ in ("VERB", "AUX"):
        return trigger.head
    return trigger


def _agent(verb):
    """The noun of a passive "by" phrase on ``verb``."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _object_tokens(trigger) -> list:
    """Tokens that may hold the event's target, nearest first: objects of the trigger, objects of its
    prepositions, then arguments of its clausal complement ("denied that troops crossed into X")."""
    objs = [c for c in trigger.children if c.dep_ in ("dobj", "dative", "attr", "pobj")]
    objs += [g for c in trigger.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    for comp in (c for c in trigger.children if c.dep_ in ("xcomp", "ccomp")):
        objs += [g for g in comp.children if g.dep_ in ("dobj", "dative")]
        objs += [p for g in comp.children if g.dep_ == "prep" for p in g.children if p.dep_ == "pobj"]
        objs += [g for g in comp.children if g.dep_ in ("nsubj", "nsubjpass")]
    return objs


def assign_actors(trigger, sent, actors) -> tuple[tuple | None, tuple | None]:
    """Source and target (span, id) for an event triggered by ``trigger``.

    The target is the semantic object, never the source again unless the sentence names that actor
    a second time as the object itself.
    """
    in_sent = [(s, a) for s, a in actors if sent.start <= s.start and s.end <= sent.end]
    if not in_sent:
        return None, None
    if trigger.dep_ == "compound":  # "a telephone call with X": the phrase's head carries the arguments
        trigger = trigger.head
    source = target = None
    verb = _clause_verb(trigger)
    if verb is trigger:
        subject, passive = _subject_of(trigger)
    elif trigger.dep_ == "dobj":  # "Marenia approved a loan": the verb's subject acts
        subject, passive = _subject_of(verb)
    else:  # the event noun is itself the subject ("a loan was approved by …")
        subject, passive = None, False
    if subject is not None:
        cands = [(s, a) for s, a in in_sent if _span_in(s, subject)]
        if cands:
            # A resolved actor beats a bare named entity in the same phrase ("Secretary of State Antony
            # Blinken": the person, not the ORG "State"); then the one nearest the subject's head.
            chosen = min(cands, key=lambda c: (c[1] == c[0].text, abs(c[0].root.i - subject.i)))
            if passive:
                target = chosen
            else:
                source = chosen
    agent = _agent(trigger) or (_agent(verb) if verb is not trigger else None)
    if agent is not None:
        cands = [(s, a) for s, a in in_sent if _span_in(s, agent)]
        if cands:
            source = cands[0]

    def other(cand) -> bool:
        span, actor = cand
        if source is None:
            return True
        return span.start != source[0].start and actor != source[1]

    if target is None:
        for obj in _object_tokens(trigger):
            cands = [c for c in in_sent if _span_in(c[0], obj) and other(c)]
            if cands:
                target = min(cands, key=lambda c: c[0].start)
                break
    if source is None:
        before = [(s, a) for s, a in in_sent if s.end <= trigger.i
                  and (target is None or (s.start != target[0].start and a != target[1]))]
        if before:
            source = before[0]
    if target is None:
        after = [c for c in in_sent if c[0].start > trigger.i and other(c)]
        if after:
            target = after[0]
    return source, target


def _governs(head, token) -> bool:
    """True when ``head`` is an ancestor of ``token`` in the parse."""
    return any(a.i == head.i for a in token.ancestors)


def _mode(etype: str, text: str, trigger: str = "") -> str | None:
    """The mode whose cue is the trigger word itself, else the first mode cued anywhere in the sentence."""
    for where in (trigger, text):
        for (t, mode), cues in MODE_CUES.items():
            if where and t == etype and any(c in where for c in cues):
                return mode
    return None


def _contexts(text: str) -> list[str]:
    return [name for name, cues in CONTEXT_CUES.items() if any(c in text for c in cues)]


def _place(sent, exclude: set[str]) -> str | None:
    best = None
    for ent in sent.ents:
        if ent.label_ not in _PLACE_LABELS or ent.text in exclude:
            continue
        head = ent.root.head
        if head.dep_ == "prep" and head.lower_ in _PLACE_PREPS:
            return ent.text
        best = best or ent.text
    return best


def is_fight(sent_text_lower: str) -> bool:
    """Two-sided or conventional fighting cues (used for the 2016 FIGHT label)."""
    return any(c in sent_text_lower for c in FIGHT_CUES)


class EventCoder:
    """Writes ``doc._.cg_events``: at most one PLOVER event per sentence."""

    def __init__(self, nlp: Language, name: str, model: str | None, min_cue_weight: float, min_confidence: float):
        self.name = name
        self.index = build_cue_index()
        self.model = load_model(model)
        self.min_cue_weight = min_cue_weight
        self.min_confidence = min_confidence

    def __call__(self, doc):
        events = doc_list(doc, "cg_events")
        if not is_english(doc) or not doc.has_annotation("DEP"):
            return doc
        actors = _actor_spans(doc)
        for i, sent in enumerate(doc.sents):
            event = self.code_sentence(sent, i, doc, actors)
            if event is not None:
                events.append(event)
        return doc

    def score_types(self, feats: dict[str, float]) -> dict[str, float]:
        if self.model is not None:
            return self.model.predict_proba(feats)
        raw = rule_scores(feats)
        total = sum(math.exp(3 * v) for v in raw.values())
        return {t: math.exp(3 * v) / total for t, v in raw.items()}

    def code_sentence(self, sent, index: int, doc=None, actors=None) -> Event | None:
        """The event of one sentence, or None when no cue word is close enough to its main event."""
        if len(sent) < 3:
            return None
        main = main_event_token(sent)
        feats, hits = sentence_features(sent, self.index, main)
        strong = [h for h in hits if h[3] >= self.min_cue_weight]
        if not strong:
            return None
        probs = self.score_types(feats)
        etype = max(probs, key=probs.get)
        confidence = probs[etype]
        if confidence < self.min_confidence:
            return None
        of_type = [h for h in hits if h[1] == etype]
        trigger = max(of_type, key=lambda h: h[3])[0] if of_type else main
        modality = classify_modality(sent, trigger)
        if trigger.i != main.i and trigger.lower_ in REPORTING_VERBS and _governs(trigger, main):
            # "…, economists warned": a warning or statement of a possibility is as hypothetical as its content.
            content = classify_modality(sent, main)
            if content.modality == "hypothetical":
                modality = content
        text_lower = sent.text.lower()
        mode = _mode(etype, text_lower, trigger.lower_)
        doc = doc if doc is not None else sent.doc
        source, target = assign_actors(trigger, sent, actors if actors is not None else _actor_spans(doc))
        anchor = doc._.cg_date
        # Only a day the sentence names sets the date; future days count for planned events only.
        date = resolve_date(sent.text, anchor, future=modality.modality == "planned")
        if date is not None and anchor and date > anchor and modality.modality != "planned":
            date = None
        if date is None:
            date = anchor
        exclude = {s[0].text for s in (source, target) if s}
        return Event(
            doc_id=doc._.cg_doc_id or "", sentence_index=index, sentence=sent.text, type=etype, mode=mode,
            context=_contexts(text_lower), source_actor=source[1] if source else None,
            target_actor=target[1] if target else None, source_text=source[0].text if source else None,
            target_text=target[0].text if target else None, trigger=trigger.text, date=date, place=_place(sent, exclude),
            modality=modality.modality, reported_speech=modality.reported_speech, confidence=round(float(confidence), 4),
        )


FACTORY = "cablegram_events"


@Language.factory(FACTORY, default_config={"model": DEFAULT_MODEL, "min_cue_weight": 0.25,
                                                         "min_confidence": 0.0},
                  assigns=["doc._.cg_events"], requires=["doc.sents", "token.dep", "doc.ents", "doc._.cg_mentions"])
def make_event_coder(nlp: Language, name: str, model: str | None, min_cue_weight: float, min_confidence: float) -> EventCoder:
    ensure_extensions()
    return EventCoder(nlp, name, model, min_cue_weight, min_confidence)


def pick_sentence(doc, index):
    """The sentence of ``doc`` with the strongest cue near its main event (for one-event-per-text data)."""
    best, best_weight = None, -1.0
    for sent in doc.sents:
        _, hits = sentence_features(sent, index)
        weight = max((h[3] for h in hits), default=0.0)
        if weight > best_weight:
            best, best_weight = sent, weight
    return best
