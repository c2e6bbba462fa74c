"""Cue words of the PLOVER types in a sentence, and the rule scores they give.

:func:`find_cues` finds every cue of :data:`cablegram.nlp.plover.TRIGGERS` (inflected; phrase cues win
over the single words they cover); :func:`sentence_features` weighs each cue by its distance in the parse
from the sentence's main event; :func:`rule_scores` turns those weights into a score per type. The events
component uses them to find candidate sentences and triggers, to split the learned model's YIELD into
CONCEDE and RETREAT, and as its whole type decision when the learned model is missing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicons import load_lexicon, word_set
from .modality import classify as classify_modality
from .modality import main_event_token, modality_cues, proposed_act
from .plover import TRIGGERS, TYPE_NAMES, is_cooperative

_IRREGULAR: dict[str, tuple[str, ...]] = {
    "meet": ("met",), "hold": ("held",), "give": ("gave", "given"), "send": ("sent",), "seek": ("sought",),
    "fight": ("fought",), "shoot": ("shot",), "beat": ("beaten",), "strike": ("struck",), "swear": ("swore", "sworn"),
    "break off": ("broke off", "broken off"), "withdraw": ("withdrew", "withdrawn"), "cut": ("cut",), "set fire": ("set fire",),
    "lead": ("led",), "tell": ("told",), "say": ("said",), "build up": ("built up",), "take": ("took", "taken"),
    "freeze": ("froze", "frozen"), "forbid": ("forbade", "forbidden"), "hand over": ("handed over",),
    "deny": ("denied", "denies"), "sell": ("sold",), "undertake": ("undertook",), "bring": ("brought",), "lay": ("laid",),
    "hold talks": ("held talks",), "shun work": ("shunned work",), "stop work": ("stopped work",), "gun down": ("gunned down",),
    "round up": ("rounded up",), "crack down": ("cracked down",), "step down": ("stepped down",), "pull out": ("pulled out",),
    "speak with": ("spoke with", "spoken with"), "speak to": ("spoke to", "spoken to"),
    # the tokenizer splits a hyphenated word ("sit", "-", "in"): the cue is matched on its parts
    "sit-in": ("sit - in", "sit - ins"),
    "call off": ("called off",), "call for": ("called for",), "call on": ("called on",), "call upon": ("called upon",),
    "turn down": ("turned down",), "walk out": ("walked out",), "shut down": ("shut down",), "give in": ("gave in",),
    "retake": ("retook", "retaken"), "lend": ("lent",), "break off relation": ("broke off relation", "broken off relation"),
    "break off ties": ("broke off ties", "broken off ties"), "let return": ("let return",),
    "blow up": ("blew up", "blown up"),
}
_VOWELS = frozenset("aeiou")


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
    if " " not in base and not base.endswith("e"):
        forms |= {base + "ment", base + "ments"}  # the act named as a noun ("deployment", "shipments")
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


def _can_be_cue(tok) -> bool:
    """Tokens that never signal an event type: the preposition "according (to)", verb particles
    ("taken back", "handed over" — the verb is the cue), a participle naming people ("the accused"), and words inside
    a named entity."""
    if tok.lower_ == "according" or tok.dep_ == "prt" or _participle_person(tok):
        return False
    return not (tok.ent_type_ and tok.ent_iob_ in ("B", "I") and tok.pos_ == "PROPN")


def _participle_person(tok) -> bool:
    """A past participle used as a noun for the people it describes, with an article ("the accused", "the wounded"):
    a participant, not the act."""
    return (tok.lower_.endswith("ed") and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos")
            and any(c.dep_ == "det" for c in tok.children))


def _phrase_at(words: list[str], start: int, rest: tuple[str, ...]) -> bool:
    """``rest`` stands at ``words[start:]``, its last word also in the plural ("opened its borders")."""
    found = tuple(words[start:start + len(rest)])
    return found == rest or (len(found) == len(rest) and found[:-1] == rest[:-1] and found[-1] == rest[-1] + "s")


_NOUN_MODIFIERS = frozenset({"det", "poss", "amod", "compound", "nummod"})


def _heads_phrase(tok, gap) -> bool:
    """``tok`` is a preposition with an object of its own after the verb's direct object in ``gap`` ("gave money in
    aid"), not a verb's particle ("gave in"), nor the preposition of a prepositional verb after a time ("called on
    Thursday on X")."""
    return tok.dep_ == "prep" and any(c.dep_ == "pobj" for c in tok.children) and any(
        t.dep_ == "dobj" or any(a.dep_ == "dobj" for a in t.ancestors) for t in gap)


def _phrase_span(sent, words: list[str], start: int, rest: tuple[str, ...]) -> int:
    """The number of words ``rest`` covers from ``words[start:]``, 0 when it is not there: a phrase of a verb
    and its particle may have up to two modifiers of the noun before its last word ("laid down their
    weapons", "broke off diplomatic relations")."""
    if _phrase_at(words, start, rest):
        return len(rest)
    if len(rest) < 2 or tuple(words[start:start + len(rest) - 1]) != rest[:-1]:
        return 0
    first = start + len(rest) - 1
    for gap in (1, 2):
        between = sent[first:first + gap] if first + gap <= len(words) else ()
        if between and all(t.dep_ in _NOUN_MODIFIERS for t in between) and _phrase_at(words, first + gap, rest[-1:]):
            return len(rest) + gap
    return 0


def _of_object_gap(tok, rest: tuple[str, ...]) -> int:
    """The words between the noun ``tok`` and the object of its "of" phrase when ``rest`` is one word ("the [recall]
    of its [ambassador]", as the verb's phrase "recall ambassador"), else 0."""
    if tok.pos_ != "NOUN" or len(rest) != 1 or tok.i + 1 >= tok.sent.end:
        return 0
    nxt = tok.doc[tok.i + 1]
    if nxt.lower_ != "of" or nxt.head.i != tok.i:
        return 0
    obj = next((g for g in nxt.children if g.dep_ == "pobj"), None)
    return obj.i - tok.i - 1 if obj is not None and obj.i - tok.i <= 4 else 0


# Quote marks a tokenizer may leave on a word, also as the mojibake of UTF-8 read as Windows-1252 ("â€˜dharnaâ€™")
_GLUED_QUOTES = re.compile("^(?:\u00e2\u20ac[\u02dc\u2122\u0153\ufffd\u009d]?|[\"'\u2018\u2019\u201c\u201d`])+"
                           "|(?:\u00e2\u20ac[\u02dc\u2122\u0153\ufffd\u009d]?|[\"'\u2018\u2019\u201c\u201d`])+$")


def cue_word(tok) -> str:
    """The lower-cased word of ``tok`` as the cue index reads it: without quote marks glued to it (a word quoted in
    mis-decoded text is one token, "â€˜dharnaâ€", and is the same cue as "dharna")."""
    word = tok.lower_
    return _GLUED_QUOTES.sub("", word) or word if word[:1] in _QUOTE_STARTS or word[-1:] in _QUOTE_ENDS else word


_QUOTE_STARTS = frozenset("\u00e2\"'\u2018\u201c`")
_QUOTE_ENDS = frozenset("\u20ac\u02dc\u2122\u0153\ufffd\u009d\"'\u2019\u201d`")


def find_cues(sent, index) -> list[tuple[object, str, str]]:
    """(head token, type, cue) for every cue occurrence in the sentence.

    A phrase cue wins over the single-word cues on the words it covers ("hold talks" is
    CONSULT, not the COERCE "hold"; "lift ban" is not the COERCE "ban").
    """
    tokens = list(sent)  # one Token object per word (spaCy builds one on each access)
    words = [cue_word(t) for t in tokens]
    phrase_hits, single_hits, covered = [], [], set()
    for k, tok in enumerate(tokens):
        if not _can_be_cue(tok):
            continue
        for rest, etype, cue in index.get(words[k], ()):
            if not rest:
                single_hits.append((k, tok, etype, cue))
                continue
            # words may stand inside a verb's phrase ("lifted the night curfew"), not inside a noun's; a noun's
            # object follows its "of" ("the recall of three diplomats": "recall diplomat")
            for gap in range(_MAX_GAP + 1 if tok.pos_ in ("VERB", "AUX") else 1):
                start = k + 1 + gap + _of_object_gap(tok, rest)
                length = _phrase_span(sent, words, start, rest)
                if length and gap and len(rest) == 1 and _heads_phrase(sent[start], tokens[k + 1:k + 1 + gap]):
                    continue  # "gave 20 million dollars in aid": a preposition with its object, no "give in"
                if length:
                    # A cue led by a negator ("not accept") has its verb as the trigger, a noun compound
                    # ("air strikes", "joint exercises") its head noun.
                    head = tok.head if tok.dep_ in ("neg", "compound", "amod") else tok
                    phrase_hits.append((head, etype, cue))
                    covered.add(k)
                    covered.update(range(start, start + length))
                    break
    hits = phrase_hits + [(tok, etype, cue) for k, tok, etype, cue in single_hits if k not in covered and _single_cue(tok)]
    hits += [(tok, "ASSAULT", "incursion") for tok in incursions(sent) if not any(h[0].i == tok.i for h in hits)]
    return _senses(sent, hits)


def _single_cue(tok) -> bool:
    """A one-word cue stands: not a verb of continuing that carries another act, nor a verb of assertion stating a
    fact (:func:`asserts_fact`)."""
    return not continued_act(tok) and not asserts_fact(tok)


# Auxiliaries and tags of a clause that states a fact or a forecast, not a demand ("insisted its coastguard had
# released the trawler", "insisted the conference would proceed"; a demand takes the bare verb or "should": "insisted that troops
# withdraw")
_INDICATIVE_AUX = frozenset({"had", "has", "was", "were", "would", "will", "did", "'d", "wo"})


def asserts_fact(verb) -> bool:
    """``verb`` is a verb of assertion that can also demand (``plover.toml`` ``confidence.assertion_verbs``: "insist",
    "maintain") stating a clause in the past, the perfect or the future: it reports what is so, no request."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _assertion_verbs():
        return False
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return False
    auxes = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    return clause.tag_ == "VBD" or bool(auxes & _INDICATIVE_AUX)


@lru_cache(maxsize=1)
def _assertion_verbs() -> frozenset[str]:
    return word_set(load_lexicon("plover"), "confidence.assertion_verbs")


@lru_cache(maxsize=1)
def _incursion_words() -> dict[str, frozenset[str]]:
    lex = load_lexicon("plover")
    return {key: word_set(lex, f"non_event.{key}") for key in (
        "incursion_verbs", "incursion_object_verbs", "armed_units", "incursion_places", "not_incursion_subjects",
        "not_incursion_contexts")}


def incursions(sent) -> list:
    """The verbs of an incursion told without a cue word: a state's armed units (``non_event.armed_units``, not
    peacekeepers or police) as the subject of a verb of going into a place ("a battalion pushed into the border
    district", "tanks rolled into the border town", "soldiers entered the village"; ``non_event.incursion_verbs``), the
    place a named one or a noun of ``non_event.incursion_places``, and no word that makes it a parade, a withdrawal,
    an agreed entry or an exercise (``non_event.not_incursion_contexts``). An ASSAULT, as "incursion" and "invade"
    are."""
    words = _incursion_words()
    return [tok for tok in sent if tok.lower_ in words["incursion_verbs"] and tok.pos_ == "VERB"
            and _armed_subject(tok, words) and _into_place(tok, words) and not _peaceful_purpose(tok, words)]


def _peaceful_purpose(verb, words) -> bool:
    """A word of ``non_event.not_incursion_contexts`` as the verb's adverb or particle ("crossed back") or inside one
    of its adjuncts ("for the parade", "under an agreement", "as the withdrawal ended", "for a joint exercise")."""
    contexts = words["not_incursion_contexts"]
    for child in verb.children:
        if child.dep_ in ("advmod", "prt") and child.lower_ in contexts:
            return True
        # where the units came from says nothing of why ("rolled into the town from their home base")
        if child.dep_ in ("prep", "advcl", "npadvmod", "pobj") and child.lower_ != "from" \
                and any(t.lower_ in contexts for t in child.subtree):
            return True
    return False


def _armed_subject(verb, words) -> bool:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":  # "troops crossed the river and entered the town"
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in words["armed_units"]:
        return False
    return not any(t.lower_ in words["not_incursion_subjects"] for t in subject.subtree)


def _into_place(verb, words) -> bool:
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "into":
            places = [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ == "dobj" and verb.lower_ in words["incursion_object_verbs"]:
            places = [child]
        else:
            continue
        if any(p.ent_type_ in ("GPE", "LOC", "FAC") or p.lower_ in words["incursion_places"] for p in places):
            return True
    return False


@lru_cache(maxsize=1)
def _continuation_words() -> tuple[frozenset[str], frozenset[str]]:
    lex = load_lexicon("plover")
    return word_set(lex, "non_event.continuation_verbs"), word_set(lex, "non_event.continuation_particles")


def continued_act(tok) -> list:
    """The act ``tok`` goes on with when it is a verb of continuing with its particle ("pressed ahead with its
    assault": [assault]; ``plover.toml`` ``non_event.continuation_*``), else []."""
    verbs, particles = _continuation_words()
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs:
        return []
    if not any(c.lower_ in particles and c.dep_ in ("advmod", "prt") for c in tok.children):
        return []
    return [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]


@lru_cache(maxsize=1)
def _sense_words() -> dict[str, dict[str, frozenset[str]]]:
    return {word: {t: frozenset(cues) for t, cues in types.items()}
            for word, types in load_lexicon("plover").get("senses", {}).items()}


def _senses(sent, hits):
    """Drop the senses a word cannot have here (``plover.toml`` ``[senses.*]``): a strike with a weapon
    or by an air force is ASSAULT, not a labour PROTEST; one by workers or unions is PROTEST."""
    if not hits:
        return []
    lex = _sense_words()
    words = {t.lower_ for t in sent}
    out = []
    for tok, etype, cue in hits:
        sense = lex.get(cue) or lex.get(tok.lower_.rstrip("s")) or lex.get(tok.lower_)
        if sense:
            drop = [t for t, cues in sense.items() if t != etype and words & cues]
            if drop and not words & sense.get(etype, frozenset()):
                continue
        out.append((tok, etype, cue))
    return out


def _in_modifier_clause(tok, main) -> bool:
    """True when ``tok`` sits in a relative or participial clause that does not contain ``main``:
    such a clause describes a participant ("officials [who asked not to be named]"), not the event."""
    current = tok
    for _ in range(12):
        if current.i == main.i:
            return False
        if current.dep_ in ("relcl",) and proposed_act(current):
            return False  # "a bill that would ban the party": the act proposed, not a participant described
        if current.dep_ in ("relcl",) or (current.dep_ == "acl" and current.pos_ == "VERB" and current.i != tok.i):
            return main.i < current.left_edge.i or main.i > current.right_edge.i
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _course_links(tok) -> int:
    """2 for the noun of "in the course of X" ("in the course of a visit"): one phrase of time, as "during X" is, so
    its two inner edges ("course", "of") do not count in the cue's distance; 0 otherwise."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ == "course" and prep.head.head.lower_ == "in":
        return 2
    return 0


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
        if head.lower_ in modality_cues().commit_verbs:
            return True
    cue = (result.cue or "").lower()
    if cue in modality_cues().commit_verbs:
        return True
    auxes = {c.lower_ for c in main.children if c.dep_ == "aux"}
    if cue in ("if", "unless", "provided") and auxes & {"will", "would", "'ll", "wo"}:
        return True
    return cue in ("would", "'d") and result.reported_speech


_MEDIUM_PREPS = frozenset({"by", "via", "over"})


def _medium_verb(tok, etype: str):
    """The verb whose means of contact a CONSULT cue ``tok`` names ("had spoken [by phone]", "talked [over the
    telephone]", "met [via video link]"): the verb states the contact, so the cue is read on it; else ``tok``."""
    prep = tok.head
    if etype != "CONSULT" or tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _MEDIUM_PREPS:
        return tok
    return prep.head if prep.head.pos_ == "VERB" else tok


@lru_cache(maxsize=1)
def _weapon_strikes() -> tuple[frozenset[str], frozenset[str]]:
    lex = load_lexicon("plover")
    return word_set(lex, "weapon_strikes.weapons"), word_set(lex, "weapon_strikes.verbs")


def _weapon_verb(tok, etype: str):
    """The verb of striking whose subject the ASSAULT cue ``tok`` names as a weapon ("a missile [hit] a school",
    "drones [struck] the port"; ``plover.toml`` ``[weapon_strikes]``): the verb tells the attack, so the cue is read on
    it; else ``tok``."""
    if etype != "ASSAULT" or tok.dep_ != "nsubj" or tok.head.pos_ != "VERB":
        return tok
    weapons, verbs = _weapon_strikes()
    return tok.head if tok.lower_ in weapons and tok.head.lower_ in verbs else tok


def cue_hits(sent, index, main, aside: list | None = None) -> list[tuple[object, str, str, float]]:
    """The cue hits ``(token, type, cue, weight)`` of a sentence whose main event is ``main``; the weight
    is 1 / (1 + parse distance from the main event), times 1.3 on a verb. Cues of relative and participial
    clauses that do not hold the main event describe a participant and are left out; ``aside`` (a list),
    when given, receives them as hits of the same shape."""
    hits = []
    for tok, etype, cue in find_cues(sent, index):
        tok = _weapon_verb(_medium_verb(tok, etype), etype)
        weight = 1.0 / (1.0 + max(0, _tree_distance(main, tok) - _course_links(tok)))
        if tok.pos_ in ("VERB", "AUX"):
            weight *= 1.3
        if _in_modifier_clause(tok, main):
            if aside is not None:
                aside.append((tok, etype, cue, weight))
            continue
        hits.append((tok, etype, cue, weight))
    return hits


def sentence_features(sent, index, main=None, modality=None, aside: list | None = None) -> tuple[dict[str, float], list]:
    """Features of a sentence for the cue-rule type scores (:func:`rule_scores`), and its :func:`cue_hits`
    (``aside`` as there)."""
    main = main if main is not None else main_event_token(sent)
    result = classify_modality(sent, main)
    modality = modality if modality is not None else result.modality
    feats: dict[str, float] = {"bias": 1.0, f"mod:{modality}": 1.0}
    hits = cue_hits(sent, index, main, aside)
    for tok, etype, cue, weight in hits:
        key = f"lex:{etype}"
        feats[key] = max(feats.get(key, 0.0), weight)
        feats[f"cue:{cue}"] = max(feats.get(f"cue:{cue}", 0.0), weight)
        if tok.i == main.i:  # parse distance 0
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


def rule_scores(feats: dict[str, float]) -> dict[str, float]:
    """Type scores from cue features alone (used without a model, and as a check)."""
    scores = {t: feats.get(f"lex:{t}", 0.0) + feats.get(f"main:{t}", 0.0) for t in TYPE_NAMES}
    top = max(scores.values())
    if feats.get("intent:coop"):
        scores["AGREE"] = top + 0.5
    if feats.get("intent:conflict"):
        scores["THREATEN"] = top + 0.5
    return scores




@lru_cache(maxsize=1)
def _decisive_lexicon() -> tuple[dict, frozenset[str]]:
    """``plover.toml``: the ``[decisive]`` rules, and the verbs of aspect and attempt that carry another act."""
    lex = load_lexicon("plover")
    return lex.get("decisive", {}), word_set(lex, "non_event.light_verbs", "non_event.attempt_verbs")


def event_words(main, carriers: frozenset[str]) -> list[tuple[object, bool]]:
    """The tokens that name the main event ``main``, each with True when it is the act itself and False when
    it is what the act is done to: the main verb; its object, passive subject, or role named with "as"
    ("held them as human shields"); for a verb of aspect or attempt (``carriers``: "began collecting",
    "attempted to assassinate", "riots are continuing") the act it carries and its subject."""
    out = [(main, True)]
    for child in main.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            out.append((child, False))
        elif child.dep_ == "prep" and child.lower_ == "as":
            out.extend((g, False) for g in child.children if g.dep_ == "pobj")
        elif child.dep_ in ("xcomp", "nsubj") and main.lower_ in carriers:
            out.append((child, True))
    return out


def _state_subject(main, barred: frozenset[str]) -> bool:
    """The main verb's subject is a state (a GPE entity at its head) or a word of ``barred`` is in it."""
    for child in main.children:
        if child.dep_ == "nsubj":
            if child.ent_type_ == "GPE" or any(t.lower_ in barred for t in child.subtree):
                return True
    return False


def _objects_of(tok) -> set[str]:
    """The words of ``tok``'s direct object, or of its subject in the passive ("the envoy was recalled"): its head,
    and the head of an "of" phrase on it ("recalled two of its diplomats"); none when ``tok`` takes a clause
    ("recalled that the ambassador had warned …")."""
    if any(c.dep_ == "ccomp" for c in tok.children):
        return set()
    heads = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    if tok.pos_ == "NOUN":  # an act noun's "of" phrase names what it is done to ("the recall of three diplomats")
        heads += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
                  if g.dep_ == "pobj"]
    return {t.lower_ for t in heads} | {g.lower_ for d in heads for p in d.children if p.dep_ == "prep"
                                        and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"}


def hyphen_word(tok) -> str:
    """The lower-cased word ``tok`` ends, with the parts the tokenizer split off at a hyphen before it ("sit", "-",
    "in": "sit-in"); ``tok``'s own word when no hyphen is glued to it."""
    doc, i = tok.doc, tok.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
        return f"{doc[i - 2].lower_}-{tok.lower_}"
    return tok.lower_


def _rule_holds(rule: dict, tok, is_act: bool, main, words: set[str]) -> bool:
    word = hyphen_word(tok)
    if not any(word.startswith(stem) or tok.lower_.startswith(stem) for stem in rule["stems"]):
        return False
    if rule.get("with") and not (_objects_of(tok) if rule.get("object") else words) & set(rule["with"]):
        return False
    if not is_act and "heads" in rule and not any(main.lower_.startswith(h) for h in rule["heads"]):
        return False
    if is_act and rule.get("object_only"):  # a word that settles the type only as what a head does it to
        return False
    return not (rule.get("not_by") and _state_subject(main, frozenset(rule["not_by"])))


_INTENT = frozenset({"AGREE", "THREATEN"})
_FRAMES = frozenset({"AGREE", "THREATEN", "REQUEST", "REJECT"})  # types whose verb frames another act


def _carried_types(main, hits) -> set[str]:
    """The types cued by the act a verb of aspect or attempt ``main`` carries: its complement verb's cues, else
    that verb's object's ("began collecting signatures"); empty for other verbs."""
    continued = {t.i for t in continued_act(main)}
    if continued:
        return {h[1] for h in hits if h[0].i in continued}
    if main.lower_ not in _decisive_lexicon()[1]:
        return set()
    acts = [c for c in main.children if c.dep_ == "xcomp"]
    objects = {c.i for a in acts for c in a.children if c.dep_ == "dobj"}
    return ({h[1] for h in hits if h[0].i in {a.i for a in acts}}
            or {h[1] for h in hits if h[0].i in objects})


@lru_cache(maxsize=1)
def _main_cue_below() -> float:
    return float(load_lexicon("plover").get("main_cue", {}).get("below", 0.0))


@lru_cache(maxsize=1)
def _non_act_verbs() -> frozenset[str]:
    return word_set(load_lexicon("plover"), "non_event.verbs", "non_event.suffer_verbs")


@lru_cache(maxsize=1)
def _main_cue_barred() -> frozenset[str]:
    """``plover.toml`` ``[main_cue] not_cues``: cues that name no act without their object ("gave approval")."""
    return word_set(load_lexicon("plover"), "main_cue.not_cues")


def main_cue_type(main, hits, etype: str, confidence: float) -> str:
    """``etype`` unless the learned classifier is unsure (``confidence``, the calibrated probability of
    ``etype``, under ``plover.toml`` ``[main_cue] below``), no word of the sentence is a cue of ``etype``, and
    the main verb itself is a cue of one other type only ("trained hackers", "accepted a formula",
    "pressuring workers"): then that type. A verb whose cues name several types ("raided": COERCE or ASSAULT)
    or a cue of ``[main_cue] not_cues`` ("gave approval") leaves ``etype``; a main verb with no cue lends its
    object phrase's ("launched a mediation effort"); an unsure AGREE or THREATEN on a verb of promise or threat
    takes the side of the act it names (:func:`_intent_side`), and one of an act not yet done stays. A
    main verb of aspect or attempt states no act of its own: with no cue
    of ``etype`` in the sentence, the one type cued by the act it carries wins, however sure the classifier
    ("continued to send arms": AID, "began collecting signatures": PROTEST)."""
    if any(h[1] == etype for h in hits):
        return etype
    carried = _carried_types(main, hits)
    if len(carried) == 1:
        return next(iter(carried))
    if confidence >= _main_cue_below() or main.pos_ != "VERB":
        return etype
    at_main = {h[1] for h in hits if h[0].i == main.i}
    if etype in _INTENT and at_main:
        if at_main <= _INTENT:  # a verb of promise or threat: the act it names decides the side
            return _intent_side(main, hits, etype)
        if classify_modality(main.sent, main).modality != "occurred":
            return etype  # a stated intent stays one: "going to kill you all" is THREATEN, not a planned ASSAULT
    cued = at_main or _object_types(main, hits)
    if len(cued) != 1 or etype in cued or any(h[0].i == main.i and h[2] in _main_cue_barred() for h in hits):
        return etype
    return next(iter(cued))


def _object_types(main, hits) -> set[str]:
    """The types cued in the main verb's direct object phrase ("launched ten days of war games"); none for a
    verb of undergoing or a copula (``plover.toml`` ``non_event``: "faces a return to insurgency")."""
    if main.lower_ in _non_act_verbs():
        return set()
    inside = {t.i for c in main.children if c.dep_ == "dobj" for t in c.subtree}
    return {h[1] for h in hits if h[0].i in inside}


def _intent_side(main, hits, etype: str) -> str:
    """An unsure stated intent (AGREE or THREATEN) voiced by a verb of promise or threat takes the side of the
    act it names below that verb ("sworn to fight": THREATEN; "committed to ongoing airstrikes": THREATEN;
    "vowed to rebuild": AGREE); with no such act it stays ``etype``."""
    acts = [h for h in hits if h[1] not in _INTENT and h[0].i != main.i and _below(main, h[0])]
    if not acts:
        return etype
    return "AGREE" if is_cooperative(max(acts, key=lambda h: h[3])[1]) else "THREATEN"


def _below(head, tok) -> bool:
    return any(a.i == head.i for a in tok.ancestors)


def decisive_type(sent, main, hits, etype: str) -> str:
    """The type a precise cue word settles (``plover.toml`` ``[decisive]``), whatever the learned classifier
    said (``etype``): a kidnapping is ASSAULT, an expulsion of diplomats SANCTION, a riot PROTEST — when the
    word names the main event (:func:`event_words`). A main verb that is a cue of ``etype`` itself keeps it
    ("protested the assassination" stays PROTEST). Rule keys: ``stems`` (word beginnings), ``with`` (a word
    that must be in the sentence; with ``object = true``, the cue word's direct object, :func:`_objects_of`), ``heads`` (main verbs that may take the word as their object; empty: the
    word counts only as the act itself), ``not_by`` (subject words that bar the rule, as does a state subject)."""
    if any(h[0].i == main.i and h[1] == etype for h in hits):
        return etype
    if etype in _FRAMES and any(h[1] == etype and _below(h[0], main) for h in hits):
        return etype  # the frame's own act: "agreed to ease sanctions" is AGREE, the easing its own event
    if etype == "REJECT" and any(c.dep_ == "neg" for c in main.children):
        return etype  # a refusal of the act: "will not lift the embargo" is REJECT
    rules, carriers = _decisive_lexicon()
    words = {t.lower_ for t in sent}
    for tok, is_act in event_words(main, carriers):
        for rule in rules.values():
            if _rule_holds(rule, tok, is_act, main, words):
                return rule["type"]
    return etype
