"""Kinds of error found on the development part of the fresh17 set (written by another analyst who never saw the
code, 2 December 2026), each on sentences of our own (invented officials, countries and bodies): the faithful rewrite
must not count as a change and the real change of the same shape still must."""

from __future__ import annotations

from cablegram.provenance.differences import find_changes, invented_quote


def _kinds(sentence: str, evidence: str, context: str | None = None) -> list[str]:
    return sorted(c.kind for c in find_changes(sentence, [evidence], context=context or evidence)
                  if c.kind not in ("hedging", "new figure"))


def test_a_count_of_people_never_replaces_a_measure_of_goods():
    evidence = "Tarvia will ship 8,000 tonnes of seed grain to the northern provinces by March."
    assert _kinds("Some 250,000 households should get a share of the grain.", evidence) == []
    # the same measure, spelled another way, or two counts, are still compared
    assert _kinds("Tarvia will ship 9,000 tons of seed grain to the northern provinces by March.", evidence) == ["number"]
    assert _kinds("Both states will build a 3-gigawatt solar park in the Orvan plain.",
                  "Both states will develop a solar park in the Orvan plain with a capacity of 2 gigawatts.") == ["number"]
    assert _kinds("Tarvia will ship 8,000 tonnes of seed grain to 12 northern provinces by March.",
                  "Tarvia will ship 8,000 tonnes of seed grain to 10 northern provinces by March.") == ["number"]


def test_the_modal_of_a_purpose_is_no_hedge():
    evidence = "Road crews cleared 30 landslides from the mountain pass, allowing bus services to restart."
    assert _kinds("Road crews removed 30 landslides from the mountain pass so that buses could run again.", evidence) == []
    assert _kinds("Road crews could clear 30 landslides from the mountain pass, allowing bus services to restart.",
                  evidence) == ["modality"]


def test_a_quote_in_the_mouth_of_a_principal_spelled_another_way():
    source = ["The presidents of Varnos and Osterlund, Keldia and Brandt, held talks in Kovel on 2 May.",
              "The Presidents signed a memorandum on river shipping."]
    quote = "“This river now joins our nations instead of dividing them,”"
    assert invented_quote(f"{quote} Keldiya said at the signing ceremony.", source) is not None
    assert invented_quote(f"{quote} Keldia said at the signing ceremony.", source) is not None
    # someone the source does not name is another speaker, not the principal
    assert invented_quote(f"{quote} Marten said at the signing ceremony.", source) is None


def test_a_titled_guest_set_off_by_a_comma_is_the_one_who_announced():
    context = ("State Secretary Lina Marek Osei met today in Tarvik with the Special Envoy of Belmora, Omar Al-Sadri. "
               "The Envoy announced that Belmora will deliver 3,000 tonnes of seed to Norvia by March.")
    evidence = context.split(". ")[1]
    assert _kinds("Osei announced a Belmoran delivery of 3,000 tonnes of seed to Norvia by March.", evidence, context) == ["actor"]
    assert _kinds("Al-Sadri announced a Belmoran delivery of 3,000 tonnes of seed to Norvia by March.", evidence, context) == []
