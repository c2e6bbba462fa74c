"""Kinds of error found on the development part of the fresh11 set (written by an analyst who never saw the code),
each on sentences of our own (invented officials, countries and bodies): the faithful rewrite must not count as a
change and the real change of the same shape still must."""

from __future__ import annotations

from cablegram.provenance.align import not_from_readout
from cablegram.provenance.differences import find_changes


def _kinds(sentence: str, evidence: str, context: str = "") -> list[str]:
    return sorted(c.kind for c in find_changes(sentence, [evidence], context=context or evidence)
                  if c.kind not in ("hedging", "new figure"))


def test_how_often_told_in_one_word_is_a_count():
    evidence = "Osmia and Tavia will set up a joint board on the Lenn canal, which will meet twice a year."
    assert _kinds("A joint board on the Lenn canal will be set up and will meet three times a year.", evidence) == ["number"]
    assert _kinds("A joint board on the Lenn canal will be set up and will meet twice a year.", evidence) == []
    assert _kinds("A joint board on the Lenn canal will be set up and will meet two times a year.", evidence) == []


def test_what_will_be_done_is_no_doer():
    evidence = "Osmia and Tavia will set up a joint board on the Lenn canal."
    assert _kinds("A joint board on the Lenn canal will be set up.", evidence) == []
    # who does it, named against the source, is still an actor change
    assert _kinds("Dunmark will set up a joint board on the Lenn canal.", evidence) == ["actor"]


def test_a_body_told_with_another_compass_word_is_another_actor():
    evidence = "Units of the Northern Command pushed back three raids near the village of Orsk."
    assert _kinds("Troops of the Southern Command repelled three raids near Orsk.", evidence) == ["actor"]
    assert _kinds("Troops of the Northern Command repelled three raids near Orsk.", evidence) == []


def test_a_gathering_held_in_another_country_is_a_changed_place():
    context = ("Minister Ola Brek hosted the trade ministers of Ostria and Vesland in Harl. "
               "The next ministerial meeting will take place in Vesland in March.")
    evidence = context.split(". ")[1]
    assert _kinds("The next round of talks will be held in Ostria in March.", evidence, context) == ["event_type"]
    assert _kinds("The next round of talks will be held in Vesland in March.", evidence, context) == []


def test_what_a_reporter_said_someone_did_is_that_ones_act():
    evidence = "At the weekly briefing, spokesman Ivo Tarkan said the cabinet had approved the new port tariffs."
    assert _kinds("The cabinet has approved the new port tariffs, spokesman Ivo Tarkan told reporters.", evidence) == []
    # told to the press at the briefing the source is: the readout's own occasion
    assert not not_from_readout("The cabinet has approved the new port tariffs, Tarkan told reporters.", evidence, False)
    # without a briefing in the evidence, told to reporters is another occasion
    assert not_from_readout("The cabinet has approved the new port tariffs, Tarkan told reporters.",
                            "The cabinet approved the new port tariffs.", False)


def test_a_quote_of_a_speaker_the_readout_never_names_and_unnamed_groups_are_not_the_readout():
    evidence = "Spokesman Ivo Tarkan said the government remains open to talks with the dockers' union."
    assert not_from_readout("Dockers' leader Rasa Holm said the strike would go on “until the cranes are paid for”.",
                            evidence, False)
    assert not_from_readout("Three deputies who attended said the minister had no answer on port tariffs.", evidence, False)
    assert not_from_readout("Several participants told the weekly that the talks had been tense.", evidence, False)
    # the readout's own speaker, and the readout's body counted, stay with the readout
    assert not not_from_readout("Tarkan said the government remained “open to talks” with the dockers' union.",
                                evidence + " He said the government was open to talks.", False)
    assert not not_from_readout("The 27 members said they remained open to talks with the union.", evidence, False)


def test_underlined_is_as_firm_as_underscored():
    evidence = "The Prime Minister underlined Osmia's readiness to help rebuild the port of Dorn."
    assert _kinds("Vell merely noted that Osmia could help rebuild the port of Dorn.", evidence).count("strength") == 1
    assert _kinds("Vell underscored Osmia's readiness to help rebuild the port of Dorn.", evidence) == []
