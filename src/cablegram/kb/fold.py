"""Name folding: map spelling and transliteration variants of a name to one key.

``fold_token("Zelenskyy") == fold_token("Zelensky") == fold_token("Зеленський")``.
The key is a matching device, never shown to users. It is built by rules, in order:

1. Cyrillic → Latin (one table covering Russian and Ukrainian letters);
2. Unicode decomposition, accents dropped, then ``anyascii`` for every other letter
   (``ø`` → ``o``, ``ł`` → ``l``, ``ß`` → ``ss``), lower case;
3. apostrophes and periods removed (``U.S.`` → ``us``, ``Sa'ar`` → ``saar``), hyphens split words;
4. phonetic rewrites that merge the usual English, Russian and Ukrainian romanisations
   (kh→h then h→g, x→ks, th→t, ph→f, w→v, j→y, y→i, ie→i, doubled letters, word-final
   -ii/-ei → -i, -ov → -iv, Ukrainian initial Olek-/Volod- → Alek-/Vlad-, -tro → -tri).

Because every alias and every text token goes through the same rules, collisions only
merge names that the rules consider the same spelling, which is the intent.
"""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

# Cyrillic letters (Russian, Ukrainian, Belarusian) to a plain Latin spelling; soft/hard signs vanish.
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "ye", "ж": "zh",
    "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ў": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}
_TRANSLIT = str.maketrans({**_CYRILLIC, **{k.upper(): v.capitalize() for k, v in _CYRILLIC.items()}})

# Removed outright: they join or decorate a word rather than separate words.
_DROP = str.maketrans("", "", ".'’‘`´ʼ")
# Hyphens separate words (spaCy splits ``Secretary-General`` into three tokens).
_HYPHENS = str.maketrans({c: " " for c in "-‐‑–—"})
_ASCII_CLEAN = str.maketrans({**{c: None for c in ".'`"}, "-": " "})

# Rewrites that need context (see fold_word for the whole ordered list).
_H_TO_G = re.compile(r"(?<![sczt])h")  # Serhiy ~ Sergei, Olha ~ Olga (not sh/ch/zh/th)
_DOUBLE = re.compile(r"(.)\1+")

_WORD = re.compile(r"[^\W_]+|[^\w\s]", re.UNICODE)


def _ascii(text: str) -> str:
    if text.isascii():
        return text.translate(_ASCII_CLEAN).lower()
    # Our Cyrillic table first (it matches the usual English romanisation), then anyascii for every
    # other script and letter (ø → o, ł → l, ß → ss, ğ → g), so no letter is ever dropped.
    text = text.translate(_TRANSLIT).translate(_DROP).translate(_HYPHENS)
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return anyascii(plain).translate(_ASCII_CLEAN).lower()


def fold_word(word: str) -> str:
    """Apply the phonetic rewrites, in order, to one lower-case ASCII word."""
    if not word.isalpha():
        return word
    if word.startswith("olek"):      # Oleksii/Oleksandr (uk) ~ Aleksei/Aleksandr (ru)
        word = "alek" + word[4:]
    elif word.startswith("volod"):   # Volodymyr (uk) ~ Vladimir (ru)
        word = "vlad" + word[5:]
    # x→ks (Alexei ~ Aleksei), ph→f, th→t (Anthony ~ Antony); kh is protected from h→g (Kharkiv).
    word = word.replace("x", "ks").replace("ph", "f").replace("th", "t").replace("kh", "\x00")
    if "h" in word:
        word = _H_TO_G.sub("g", word)
    word = (word.replace("\x00", "h").replace("ck", "k").replace("tz", "ts").replace("w", "v")
            .replace("j", "y").replace("y", "i").replace("ie", "i"))  # Dmytro ~ Dmitro, Kiev ~ Kiv
    word = _DOUBLE.sub(r"\1", word)  # Zelenskii ~ Zelenski, Kiiv ~ Kiv
    n = len(word)
    if n >= 5 and word.endswith("ei"):     # Sergei ~ Sergi, Andrei ~ Andri
        word = word[:-2] + "i"
    elif n >= 4 and word.endswith("ov"):   # Kharkov ~ Kharkiv, Lvov ~ Lviv
        word = word[:-2] + "iv"
    elif n >= 5 and word.endswith("tro"):  # Dmytro ~ Dmitri
        word = word[:-1] + "i"
    return word


def fold_token(text: str) -> str:
    """The folded key of one text token (as spaCy splits it); ``""`` for joining punctuation (``-``, ``.``)."""
    return " ".join(fold_word(w) for w in _WORD.findall(_ascii(text)))


def fold_name(name: str) -> tuple[str, ...]:
    """A name as a tuple of folded words (punctuation that separates words becomes a word of its own)."""
    return tuple(fold_word(w) for w in _WORD.findall(_ascii(name)))


class Folder:
    """``fold_token``/``fold_name`` with per-instance memos (a KB and its component share one;
    words and tokens repeat, so most calls skip the rewrite rules)."""

    MAX_MEMO = 300_000  # entries per memo; a full memo is cleared, so memory stays bounded

    def __init__(self) -> None:
        self._words: dict[str, str] = {}
        self._tokens: dict[str, str] = {}

    def word(self, word: str) -> str:
        folded = self._words.get(word)
        if folded is None:
            if len(self._words) >= self.MAX_MEMO:
                self._words.clear()
            folded = self._words[word] = fold_word(word)
        return folded

    def token(self, text: str) -> str:
        """As :func:`fold_token`."""
        folded = self._tokens.get(text)
        if folded is None:
            if len(self._tokens) >= self.MAX_MEMO:
                self._tokens.clear()
            folded = self._tokens[text] = " ".join(self.word(w) for w in _WORD.findall(_ascii(text)))
        return folded

    def name(self, name: str) -> tuple[str, ...]:
        """As :func:`fold_name`."""
        return tuple(self.word(w) for w in _WORD.findall(_ascii(name)))


# Folded honorifics and styles some sources keep at the head of a person's name ("Samdech Hun Sen", "Sir Guy
# Green", "Dato' Seri Mahathir bin Mohamad", "Sheikh Rashid Ahmad"); the news names the person without them.
# Folded forms (see fold_word): sheikh -> sheih, haji -> gai, mullah -> mulag, chief -> chif, queen -> quen.
HONORIFICS = frozenset({
    "samdech", "sheih", "shaih", "sheik", "sir", "dame", "prince", "princes", "gai", "mulag", "dr", "datuk",
    "dato", "seri", "tun", "emir", "king", "quen", "general", "colonel", "chif", "bishop", "archbishop",
    "aiatolag", "goiatoleslam",
})


def without_honorifics(key: tuple[str, ...]) -> tuple[str, ...]:
    """A folded person's name without the honorifics at its head (:data:`HONORIFICS`), keeping at least
    two words: ``("samdech", "chea", "sim")`` → ``("chea", "sim")``; ``("sheih", "hasina")`` is kept whole."""
    i = 0
    while len(key) - i > 2 and key[i] in HONORIFICS:
        i += 1
    return key[i:]


def acronym_key(text: str) -> str:
    """Case-kept key for acronyms (``U.S.`` → ``US``; ``G7`` stays ``G7``)."""
    return text.translate(_DROP)


def slugify(name: str) -> str:
    """A readable ASCII slug for ids: ``"Antony Blinken"`` → ``"antony-blinken"``."""
    words = re.findall(r"[a-z0-9]+", _ascii(name))
    return "-".join(words) or "unnamed"


def state_in_id(actor_id: str | None) -> str | None:
    """The ISO3 code of the state an actor id names, else None: the id itself for a state (``"UKR"``), its
    second part for a curated person or body of a state (``"PER.UKR.dmytro-kuleba"`` → ``"UKR"``); ids of
    new actors (``"person:…"``), of international bodies (``"IGO.G7"``) and empty ids name none."""
    if not actor_id:
        return None
    parts = actor_id.split(".")
    code = parts[0] if len(parts) == 1 else parts[1]
    return code if len(code) == 3 and code.isupper() else None
