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


# Kinds that fresh11's final part showed when it was scored once at the end (fixed after that score, so its final part
# is no longer untouched), each on sentences of our own.

def test_a_possibility_under_consideration_told_as_decided_is_a_modality_change():
    evidence = "Minister Vell said that Osmia is considering a grant of 5 million euros for the Lenn bridge."
    assert _kinds("Osmia will give 5 million euros for the Lenn bridge, Vell said.", evidence) == ["modality"]
    assert _kinds("Osmia is weighing a grant of 5 million euros for the Lenn bridge, Vell said.", evidence) == []


def test_a_countrys_people_or_bodies_for_the_country_are_no_other_actor():
    evidence = "Under the accord, Osmia will train 30 Tavian border guards a year at its police academies."
    assert _kinds("Osmian police academies will train 30 Tavian border guards every year under the accord.", evidence) == []
    assert _kinds("Dunmark will train 30 Tavian border guards every year under the accord.", evidence) == ["actor"]


def test_may_told_as_can_is_no_modality_change_and_as_will_still_is():
    evidence = "The accord is valid for three years and may be extended."
    assert _kinds("The accord runs for three years and can be extended.", evidence) == []
    assert _kinds("The accord runs for three years and will be extended.", evidence) == ["modality"]


def test_a_call_reported_as_a_meeting_when_a_visit_is_only_invited():
    context = ("President Ilse Dorn held a telephone conversation with President Aron Vell of Marska. The Presidents "
               "discussed the preparations for the Amber summit. President Dorn invited President Vell to pay an "
               "official visit to Tolvia next year.")
    evidence = context.split(". ")[1]
    assert _kinds("Dorn met Vell to discuss the preparations for the Amber summit.", evidence, context) == ["event_type"]
    assert _kinds("Dorn spoke with Vell by phone about the preparations for the Amber summit.", evidence, context) == []


def test_a_quote_after_the_signing_in_a_principals_mouth_is_a_quote_change():
    from cablegram.provenance.differences import invented_quote

    source = ["Minister Ada Runn signed an accord on nurse training with Minister Per Lasko of Tavia in Dorn today."]
    assert invented_quote("“Our nurses will come home with new skills,” Lasko said after the signing.", source)
    # another speaker's words are not put in a principal's mouth
    assert invented_quote("“Our nurses will come home with new skills,” union head Eda Varn said after the signing.",
                          source) is None


def test_the_time_an_appeal_covers_is_a_duration():
    evidence = "The plan covers the next six months and prioritises clean water and shelter."
    assert _kinds("The plan is meant to cover the whole of next year, with clean water and shelter first.", evidence) == ["duration"]
    assert _kinds("The plan is meant to cover the next six months, with clean water and shelter first.", evidence) == []


def test_a_quote_framed_by_a_pronoun_is_put_in_the_mouth_of_the_one_the_sentence_before_opens_with():
    from cablegram.provenance.differences import invented_quote

    source = ["The Resident Coordinator in Osmia, Lena Varto, today launched an appeal for 40 million dollars for the "
              "flood victims.", "She called on donors to respond quickly."]
    quote = "“We cannot wait for the water to recede,” she told reporters in the capital."
    found = invented_quote(quote, source, previous="Varto urged donors to act fast.")
    assert found is not None and found.kind == "quote"
    # the one the sentence before opens with is no principal of the source: someone else's words
    assert invented_quote(quote, source, previous="Opposition leader Mira Holt blamed the government for the delay.") is None
    # no sentence before to resolve the pronoun with, or one opening with no name
    assert invented_quote(quote, source) is None
    assert invented_quote(quote, source, previous="The rains are expected to continue.") is None
    assert invented_quote("“We cannot wait for the water to recede,” Varto told reporters.", source) is not None
