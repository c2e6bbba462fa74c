"""Stages of a support commitment (pledge → allocation → delivery) in an article sentence and its evidence.

An allocation or pledge in the readout ("had allocated 12 million dollars for winter shelter") reported as delivered
("had delivered 12 million dollars of aid") raises the commitment's stage: a ``modality`` change. The stage of each
verb is read from the commitments lexicon (``nlp/data/commitments.toml``, ``[triggers]``: base form → stage and word
forms), the one :mod:`cablegram.nlp.commitments` uses.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..nlp.lexicons import load_lexicon

_RANK = {"pledged": 1, "allocated": 2, "delivered": 3}
# A verb read as a plan or a request, not as a stage reached ("will deliver", "to be delivered", "asked … to ship").
_NOT_REACHED = re.compile(r"\b(?:will|would|to|shall|should|could|may|might|can|must|planned|plans?)\s+(?:be\s+|have\s+been\s+)?$", re.I)


@lru_cache(maxsize=1)
def past_stages() -> dict[str, int]:
    """Past forms of the commitment trigger verbs → stage rank (1 pledged, 2 allocated, 3 delivered)."""
    out: dict[str, int] = {}
    for stage, *forms in load_lexicon("commitments").get("triggers", {}).values():
        rank = _RANK.get(stage)
        for form in forms if rank else ():
            if form.endswith("ed") or form in ("paid", "sent", "given", "gave", "flew", "flown", "lent"):
                out.setdefault(form.lower(), rank)
    return out


# A document the verb is said of ("a joint communiqué released by the presidency", "the statement issued on Monday"):
# the text was made public, no support delivered.
_OF_A_DOCUMENT = re.compile(r"\b(?:statement|communiqu[eé]|report|readout|release|note|update|document|text|video|"
                            r"footage|photos?|figures|data|letter|declaration|transcript)\s+$", re.I)


def reached(text: str) -> list[tuple[int, re.Match]]:
    """(stage rank, match) of each commitment verb in ``text`` stated as reached (not planned or asked for, nor said of
    a document: "the statement released by")."""
    stages = past_stages()
    return [(stages[m.group(0).lower()], m) for m in re.finditer(r"[A-Za-z]+", text)
            if m.group(0).lower() in stages and not _NOT_REACHED.search(text[: m.start()])
            and not _OF_A_DOCUMENT.search(text[: m.start()])]


@lru_cache(maxsize=1)
def verb_stages() -> dict[str, int]:
    """Every form of the commitment trigger verbs → stage rank (base forms too: "allocate" → 2)."""
    out: dict[str, int] = {}
    for stage, *forms in load_lexicon("commitments").get("triggers", {}).values():
        for form in forms if _RANK.get(stage) else ():
            out.setdefault(form.lower(), _RANK[stage])
    return out


# A decision or agreement to act ("a cabinet decision to set aside 15 million euros", "agreed to allocate"): the act
# decided, at most an allocation, never yet a delivery.
_DECIDED = re.compile(r"\b(?:decision|decided|agreed|agreement|resolved|commitment|committed)\s+to\s+(?P<v>[a-z]+)\b", re.I)


def decided(text: str) -> list[tuple[int, re.Match]]:
    """(stage rank, match) of each commitment verb ``text`` decides on (:data:`_DECIDED`), capped at an allocation."""
    stages = {**dict.fromkeys(_giving_forms(), _RANK["allocated"]), **verb_stages()}  # "decided to send": at most allocated
    return [(min(stages[m.group("v").lower()], _RANK["allocated"]), m) for m in _DECIDED.finditer(text)
            if m.group("v").lower() in stages]


# Thanks for a gift ("thanked Norvia for sending 30 ambulances", "grateful for delivering the pumps"): the gerund of a
# verb of giving or delivering after the thanks tells the gift as made, a delivery.
_THANKED_FOR = re.compile(r"\b(?:thank\w*|grateful|gratitude|prais\w*|commend\w*)\b[^.;:]{0,80}?\bfor\s+(?:having\s+)?"
                          r"(?P<v>[a-z]+ing)\b", re.I)


@lru_cache(maxsize=1)
def _giving_forms() -> frozenset[str]:
    """Every form of the commitment triggers of giving and delivering ("send", "providing", "delivered")."""
    return frozenset(form.lower() for stage, *forms in load_lexicon("commitments").get("triggers", {}).values()
                     if stage in ("give", "delivered") for form in forms)


def _giving_gerunds() -> frozenset[str]:
    """The -ing forms of :func:`_giving_forms` ("sending", "providing", "delivering")."""
    return frozenset(f for f in _giving_forms() if f.endswith("ing"))


def thanked_for_giving(text: str) -> list[tuple[int, re.Match]]:
    """(delivered, match of the gerund) of each thanks for giving something in ``text`` (:data:`_THANKED_FOR`)."""
    return [(_RANK["delivered"], re.compile(re.escape(m.group("v"))).search(text, m.start("v")))
            for m in _THANKED_FOR.finditer(text) if m.group("v").lower() in _giving_gerunds()]


def stage_raised(sentence: str, src: str) -> tuple[re.Match, str] | None:
    """The article's delivery verb and the source's lower-stage verb when the source pledges, allocates or decides to
    and the article states delivery (a delivery verb, or thanks for sending, :func:`thanked_for_giving`), which the
    source never does; else None."""
    mine = [(r, m) for r, m in reached(sentence) + thanked_for_giving(sentence) if r == _RANK["delivered"]]
    theirs = reached(src) + decided(src) + thanked_for_giving(src)
    if not mine or not theirs or max(r for r, _ in theirs) >= _RANK["delivered"]:
        return None
    return mine[0][1], max(theirs, key=lambda x: x[0])[1].group(0)
