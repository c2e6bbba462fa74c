"""A one-word name resolved by a near spelling (fuzzy match over folded names) must open as one of the actor's
names does: a misspelling keeps a name's opening, a different name that merely shares its ending is another
person. Sentences are our own."""

from __future__ import annotations


def _ids(nlp, text: str) -> dict[str, str]:
    return {m.text: m.actor_id for m in nlp(text)._.cg_mentions}


def test_a_lower_case_name_sharing_only_an_ending_with_a_kb_alias_is_not_that_person(nlp):
    # "jilani" folds to a spelling 0.91 like "Jolani" (an alias of Syria's president); a different person
    text = ("ahmedabad: jilani, a shopkeeper in the old city, told reporters the crowd had looted three stores "
            "before the police arrived on tuesday evening.")
    assert _ids(nlp, text).get("jilani") != "PER.SYR.ahmed-al-sharaa"


def test_the_alias_itself_still_resolves(nlp):
    assert _ids(nlp, "The rebel commander Jolani said his fighters would hold the city.").get("Jolani") \
        == "PER.SYR.ahmed-al-sharaa"


def test_a_misspelling_that_keeps_the_opening_still_resolves(nlp):
    # "Bouteflicka" for Bouteflika, a near spelling with the same opening
    ids = _ids(nlp, "Algeria's president Abdelaziz Bouteflicka met the visiting envoy in Algiers on Monday.")
    assert any(v and "bouteflika" in v.lower() for v in ids.values()), ids
