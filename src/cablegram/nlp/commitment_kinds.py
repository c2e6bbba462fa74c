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

from .commitment_lexicon import CommitmentLexicon

__all__ = ["category_of", "items_of"]

_COUNT = re.compile(r"^(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens? of|"
                    r"several|hundreds of|thousands of|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                    r"hundred)$", re.IGNORECASE)


def category_of(window: str, sentence: str, lex: CommitmentLexicon, models=None, min_p: float = 0.7,
                paragraph: str | None = None) -> tuple[str, str | None, str]:
    """(category, subcategory, how) for a commitment described by ``window`` inside ``sentence``.

    ``paragraph`` (the sentence's paragraph) is read by the model when the sentence alone leaves it
    unsure. ``how`` is ``rule``, ``model`` or ``none`` (see the module docstring)."""
    rule = lex.kind(window, strong_only=True) or lex.kind(sentence, strong_only=True)
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
