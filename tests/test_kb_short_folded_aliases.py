"""A one-word name whose folded key is short is still indexed when the name as written is long enough.

"Fiji" folds to "fi" (j → y → i, then the doubled "ii" merges), under the three-letter minimum that keeps
two-letter words such as "Ur" out of the index; the state was unknown by name as a result (set-20 run,
2 Dec 2026: "Fiji" as a recipient found nothing, "Suva" did)."""

from cablegram.kb import KnowledgeBase
from cablegram.records import Actor


def _kb():
    return KnowledgeBase([
        Actor(id="FJI", name="Fiji", type="state"),
        Actor(id="XUR", name="Ur", type="state"),
        Actor(id="GRP.pkk", name="Pkk", type="group"),
    ])


def test_a_four_letter_name_with_a_two_letter_key_is_found():
    assert [a.id for a in _kb().lookup("Fiji")] == ["FJI"]


def test_two_and_three_letter_names_with_short_keys_stay_out_of_the_index():
    kb = _kb()
    assert kb.lookup("Ur") == []
    assert kb.lookup("Pkk") == []


def test_the_shipped_kb_resolves_fiji_in_running_text(claims_nlp):
    doc = claims_nlp("Australia flew water tanks and generators to Fiji after the cyclone.")
    assert "FJI" in {m.actor_id for m in doc._.cg_mentions}
