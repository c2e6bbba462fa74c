"""Category, sub-category and items of a support commitment.

The category (military / humanitarian / financial, or ``other`` when nothing says) comes from, in order:

1. a *strong* keyword rule of ``nlp/data/commitments.toml`` in the words that describe the amount
   (from the figure to the next figure), else in the clause (before a stated condition);
2. the learned category model (:mod:`cablegram.nlp.commitment_model`, trained on the Kiel
   tracker's rows) on the sentence, else on its paragraph, when its probability is at least ``min_p``; its tracker type
   (weapons_and_equipment, assistance, grant, loan …) becomes the sub-category when no rule gives one;
3. a *weak* rule (generic words such as "equipment",
   "energy", "reconstruction");
4. ``other``.

Items (:func:`items_of`) are counted things in the sentence: ``"two Patriot systems"``,
``"50 Leopard 2 tanks"`` (at most five, in text order).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Token

from .commitment_lexicon import CommitmentLexicon, KindRule

__all__ = ["category_of", "financial_instrument", "items_of"]

# what the money is given as, when an instrument word heads it: the trigger's object or subject, or a noun the amount
# hangs from ("a loan worth €200 million", "the credit line will provide $50 million")
_INSTRUMENT_DEPS = frozenset(("dobj", "nsubj", "nsubjpass", "attr", "dative", "appos", "conj"))

_COUNT = re.compile(r"^(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens? of|"
                    r"several|hundreds of|thousands of|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                    r"hundred)$", re.IGNORECASE)


# Relief goods or fuel given for a state's soldiers ("sleeping bags and warm jackets for Brevian troops", "first-aid
# kits for its troops", "diesel for its army"): kit for an army, military support as the tracker codes it
_FOR_SOLDIERS = re.compile(r"\bfor\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w-]*\s+)?(?:frontline\s+)?"
                           r"(?:soldiers|troops|servicemen|servicewomen|service members|armed forces|army)\b")


def category_of(window: str, sentence: str, lex: CommitmentLexicon, models=None, min_p: float = 0.7,
                paragraph: str | None = None) -> tuple[str, str | None, str]:
    """(category, subcategory, how) for a commitment described by ``window`` inside ``sentence``.

    ``paragraph`` (the sentence's paragraph) is read by the model when the sentence alone leaves it
    unsure. ``how`` is ``rule``, ``model`` or ``none`` (see the module docstring)."""
    rule = lex.kind(window, strong_only=True) or lex.kind(sentence, strong_only=True)
    if rule is not None and rule.category == "humanitarian" and rule.subcategory in (None, "energy") and \
            _FOR_SOLDIERS.search(window):
        return "military", "equipment", "rule"  # "sleeping bags and warm jackets for Brevian troops": kit for an army
    if rule is not None:
        return rule.category, rule.subcategory or _model_type(models, sentence, rule.category), "rule"
    if models is not None:
        cat, p, typ, _ = models.predict(sentence)
        if p < min_p and paragraph and paragraph != sentence:
            cat, p, typ, _ = models.predict(paragraph)
        if p >= min_p:
            weak = lex.kind(sentence)
            sub = weak.subcategory if weak is not None and weak.category == cat and weak.subcategory else typ
            return cat, sub, "model"
    rule = lex.kind(sentence)
    if rule is not None:
        return rule.category, rule.subcategory, "rule"
    return "other", None, "none"


def _model_type(models, text: str, category: str) -> str | None:
    if models is None:
        return None
    cat, _, typ, _ = models.predict(text)
    return typ if cat == category else None


def items_of(text: str, lex: CommitmentLexicon) -> list[str]:
    """Counted items in ``text`` ("two Patriot systems", "50 Leopard 2 tanks"), at most five."""
    out: list[str] = []
    for m in lex.items.finditer(text):
        words = m.group(1).split()
        # "and two Patriot systems": the item starts at its count or its name.
        start = next((i for i, w in enumerate(words) if _COUNT.match(w) or w[:1].isupper()), None)
        if start is not None and start < len(words) - 1 or (start == 0 and len(words) == 1):
            out.append(" ".join(words[start:]))
    return out[:5]


def financial_instrument(trigger: Token, amount_tokens: Iterable[Token], lex: CommitmentLexicon) -> KindRule | None:
    """The financial kind rule (loan, guarantee, budget support …) that names the instrument the money is given as,
    else None: a noun that heads the amount ("a loan worth €200 million for the energy sector", "a loan of …"), the
    trigger itself ("a €50m loan"), or the trigger's object or subject ("granted Kyiv a credit line …", "the loan will
    provide …"). Only the words up to each noun are read, never what follows it ("for the energy sector" says what the
    money pays for, not what it is)."""
    nouns = [trigger] + [c for c in trigger.children if c.dep_ in _INSTRUMENT_DEPS]
    for tok in amount_tokens:
        nouns.extend(a for a in tok.ancestors if a.pos_ in ("NOUN", "PROPN") and trigger in a.ancestors)
    for noun in nouns:
        head_phrase = noun.doc[noun.left_edge.i: noun.i + 1].text
        rule = lex.kind(head_phrase, strong_only=True)
        if rule is not None and rule.category == "financial":
            return rule
    return None
