"""Language identification (component ``cablegram_language``; spaCy forbids "." in factory names).

Three steps, cheapest first:

1. Text with no letters is "und". Scripts other than Latin decide at once (Cyrillic, Arabic, CJK, …);
   Cyrillic with letters found only in Ukrainian is "uk". Latin-1 mojibake (a Cyrillic text decoded
   with the wrong charset) is "und".
2. Latin text with at least ``min_words`` (default 4) lower-case words (capitalised words are mostly
   names and carry no language) that is not plainly English (a fifth of its words, or of its lower-case
   words, English function words, more than any other language's) is identified by py3langid (langid.py's model; loaded on first use,
   about 2 s, held by the py3langid package). Its answer is taken when it is confident
   (``min_probability`` of the normalised score, default 0.9) and when the text's lower-case words alone
   are not read as English (names carry their bearer's language, not the text's).
3. The short-text rule: short or uncertain text counts very common function words of a few languages;
   English wins unless another language has clearly more hits, so English data are never dropped on
   thin evidence (headlines, single words, name lists).

Downstream components call :func:`is_english` and skip other documents.
"""

from __future__ import annotations

import math
import re

from spacy.language import Language

from .doc_cache import doc_text
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


# Latin text shorter than this (in words) is decided by the function-word rule alone.
MIN_WORDS = 4
# py3langid's normalised probability needed to call Latin text another language than English.
MIN_PROBABILITY = 0.9
# Latin text whose words are at least this share English function words is English without asking the
# model (an English sentence has 30-45 %, other Latin-script languages under 15 %): fast, and it keeps
# name-heavy English sentences from being called a related creole.
ENGLISH_SHARE = 0.2
# Latin-script text in which more than this share of the letters are accented Latin-1 letters (À-ÿ) is
# no language (French or Hungarian have under 10 %): it is Cyrillic or Greek decoded with the wrong
# charset (cp1251 read as cp1252), and it is "und" so that no English component reads it.
MOJIBAKE_SHARE = 0.5


def detect_language(text: str, sample_chars: int = 5000, *, min_words: int = MIN_WORDS,
                    min_probability: float = MIN_PROBABILITY) -> str:
    """ISO 639-1 code of ``text`` ("und" when there is nothing to decide on); see the module docstring.

    Only the first ``sample_chars`` characters are read."""
    sample = text[:sample_chars]
    letters = [c for c in sample if c.isalpha()]
    if not letters:
        return "und"
    latin = sum(1 for c in letters if _LATIN.match(c))
    if latin / len(letters) < 0.5:
        return _script_language(sample, len(letters))
    if sum(1 for c in letters if c >= "\u00c0") > MOJIBAKE_SHARE * latin:
        return "und"  # mostly accented Latin-1 letters: another script decoded with the wrong charset
    found = _WORD.findall(sample)
    words = [w.lower() for w in found]
    # Capitalised words are mostly names, which carry no language ("Alexander Lukashenka met Putin in
    # Sochi." has one English function word in six words): the evidence is the lower-case words.
    plain = [w for w in found if not w[0].isupper()]
    if len(plain) < min_words:
        return _function_word_language(words)
    if _plainly_english([w.lower() for w in plain]) or _plainly_english(words):
        return "en"
    return _model_language(sample, words, plain, min_probability)


def _model_language(sample: str, words: list[str], plain: list[str], min_probability: float) -> str:
    """py3langid's answer for ``sample`` when it is English or confident and the text's own (lower-case)
    words agree; else the function-word rule over ``words``."""
    code, probability = identify_latin(sample)
    if code != "en" and probability >= min_probability and _english_without_names(plain):
        # The names carried the model's answer ("Erdoğan", "Wang Yi"), not the text: its own words are English.
        return "en"
    if code == "en" or probability >= min_probability:
        return code
    return _function_word_language(words)


def _english_without_names(plain: list[str]) -> bool:
    """True when py3langid reads the lower-case words of a text (its names left out) as English.

    ``plain``: the text's words that do not start with a capital letter. A short English text full of
    foreign names ("X met Y in Istanbul") is otherwise read in the names' language."""
    return identify_latin(" ".join(plain))[0] == "en"


def _plainly_english(words: list[str]) -> bool:
    """At least ENGLISH_SHARE of ``words`` are English function words and no other language's function
    words are as many (a short German clause "sich mit … in" shares "in" with English)."""
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPWORDS.items()}
    return scores["en"] >= ENGLISH_SHARE * len(words) and all(n < scores["en"] for lang, n in scores.items()
                                                               if lang != "en")


def identify_latin(text: str) -> tuple[str, float]:
    """py3langid's best language for ``text`` and its probability (0..1), normalised over the languages with
    an ISO 639-1 code (the model's minor languages and creoles, e.g. Nigerian Pidgin, are left out: on short
    English news text they are its typical false answers)."""
    from py3langid.langid import rank

    ranked = [(code, score) for code, score in rank(text) if len(code) == 2 and code != "la"]
    best_code, best = ranked[0]
    total = sum(math.exp(score - best) for _, score in ranked)
    return best_code, 1.0 / total


def _script_language(sample: str, n_letters: int) -> str:
    for pattern, code in _SCRIPTS:
        found = len(re.findall(pattern, sample))
        if code == "uk":
            # Letters found only in Ukrainian: a couple of them in Cyrillic text decide it.
            if found >= 2:
                return code
        elif found and found >= 0.2 * n_letters:
            return code
    return "und"


# Function words of other languages that are also common English words ("met" in "X met Y in Z"): no
# evidence against English in the short-text rule.
_ENGLISH_HOMOGRAPHS = frozenset("met die war also hat man fast post bad gift arm son".split())


def _function_word_language(words: list[str]) -> str:
    english = _STOPWORDS["en"] | _ENGLISH_HOMOGRAPHS
    scores = {lang: sum(1 for w in words if w in stop and (lang == "en" or w not in english))
              for lang, stop in _STOPWORDS.items()}
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
    """Sets ``doc._.cg_language`` (see :func:`detect_language` for the parameters)."""

    def __init__(self, nlp: Language, name: str, sample_chars: int, min_words: int = MIN_WORDS,
                 min_probability: float = MIN_PROBABILITY):
        self.name = name
        self.sample_chars = sample_chars
        self.min_words = min_words
        self.min_probability = min_probability

    def __call__(self, doc):
        doc._.cg_language = detect_language(doc_text(doc), self.sample_chars, min_words=self.min_words,
                                            min_probability=self.min_probability)
        return doc


FACTORY = "cablegram_language"


@Language.factory(FACTORY, default_config={"sample_chars": 5000, "min_words": MIN_WORDS, "min_probability": MIN_PROBABILITY},
                  assigns=["doc._.cg_language"])
def make_language_detector(nlp: Language, name: str, sample_chars: int, min_words: int,
                           min_probability: float) -> LanguageDetector:
    """Factory: ``sample_chars`` read per document; ``min_words`` and ``min_probability`` gate py3langid's answer."""
    ensure_extensions()
    return LanguageDetector(nlp, name, sample_chars, min_words, min_probability)
