"""Cheap language identification (component ``cablegram_language``; spaCy forbids "." in factory names).

Scripts other than Latin decide at once (Cyrillic, Arabic, CJK, …). For Latin text
we count very common function words of a few languages; English wins unless
another language has clearly more hits. Text with no letters is "und".
Downstream components call :func:`is_english` and skip other documents.
"""

from __future__ import annotations

import re

from spacy.language import Language

from .extensions import ensure_extensions

_STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the of and to in is that for it was on with as by at from this be are have has had not were said "
                    "will would they he she his her its which but an who their been".split()),
    "fr": frozenset("le la les des du de et est une un dans pour que qui sur pas avec au aux par ce cette sont "
                    "été il elle ont nous vous leur".split()),
    "de": frozenset("der die das und ist nicht ein eine mit von den dem zu auf für sich des im auch wird wurde "
                    "sind hat bei nach oder aus".split()),
    "es": frozenset("el la los las de y que en un una por con para es del al se su lo como más pero fue han "
                    "está sus".split()),
    "it": frozenset("il lo la gli le di e che è un una per con del della non sono nel alla ha dei anche".split()),
    "pt": frozenset("o a os as de e que em um uma para com do da não são no na foi mais dos pelo".split()),
    "nl": frozenset("de het een en van is dat op te in niet zijn met voor door er aan ook bij werd".split()),
}

# (regex over characters, language code) checked in order; Ukrainian letters before generic Cyrillic.
_SCRIPTS: tuple[tuple[str, str], ...] = (
    (r"[іїєґІЇЄҐ]", "uk"),
    (r"[\u0400-\u04FF]", "ru"),
    (r"[\u0600-\u06FF]", "ar"),
    (r"[\u0590-\u05FF]", "he"),
    (r"[\u0370-\u03FF]", "el"),
    (r"[\u3040-\u30FF]", "ja"),
    (r"[\u4E00-\u9FFF]", "zh"),
    (r"[\uAC00-\uD7AF]", "ko"),
    (r"[\u0900-\u097F]", "hi"),
    (r"[\u0E00-\u0E7F]", "th"),
)

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_LATIN = re.compile(r"[A-Za-zÀ-ÿ]")


def detect_language(text: str, sample_chars: int = 5000) -> str:
    """ISO 639-1 code of ``text`` ("und" when there is nothing to decide on)."""
    sample = text[:sample_chars]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return "und"
    latin = sum(1 for c in letters if _LATIN.match(c))
    if latin / len(letters) < 0.5:
        for pattern, code in _SCRIPTS:
            found = len(re.findall(pattern, sample))
            if code == "uk":
                # Letters found only in Ukrainian: a couple of them in Cyrillic text decide it.
                if found >= 2:
                    return code
            elif found and found >= 0.2 * len(letters):
                return code
        return "und"
    words = [w.lower() for w in _WORD.findall(sample)]
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=scores.get)
    # Short texts (headlines, single words) give little evidence: keep English unless another language
    # has at least two hits and beats English clearly, so we never drop English data on thin evidence.
    if best != "en" and scores[best] >= 2 and scores[best] > 1.5 * scores["en"]:
        return best
    return "en"


def is_english(doc) -> bool:
    """True when downstream components should process ``doc`` (English, or language not yet set)."""
    lang = doc._.cg_language
    return lang is None or lang == "en"


class LanguageDetector:
    """Sets ``doc._.cg_language``."""

    def __init__(self, nlp: Language, name: str, sample_chars: int):
        self.name = name
        self.sample_chars = sample_chars

    def __call__(self, doc):
        doc._.cg_language = detect_language(doc.text, self.sample_chars)
        return doc


FACTORY = "cablegram_language"


@Language.factory(FACTORY, default_config={"sample_chars": 5000}, assigns=["doc._.cg_language"])
def make_language_detector(nlp: Language, name: str, sample_chars: int) -> LanguageDetector:
    ensure_extensions()
    return LanguageDetector(nlp, name, sample_chars)
