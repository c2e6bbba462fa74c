"""Kinds of error re-checked on sentences of our own (invented officials and countries) after the hidden error kinds of
issue 15: strength changes told with a saying of concern, cues compared with the one said about the same thing, a
modal of another evidence sentence, a plural noun read as a verb, one name re-transliterated. Each faithful rewrite
must not count as a change and the real change of the same shape still must."""

from __future__ import annotations

from cablegram.kb.fold import fold_token
from cablegram.provenance.differences import _sound, find_changes

READOUT = ("President Hanna Lusk hosted Prime Minister Pavo Reen of Kestria at the Presidential Palace on 12 March. "
           "President Lusk strongly condemned the shelling of civilian areas in eastern Kestria. "
           "President Lusk expressed concern about the blockade of the river port.")
SHELLING, BLOCKADE = READOUT.split(". ")[1] + ".", READOUT.split(". ")[2]


def _kinds(sentence: str, evidence: list[str], context: str = READOUT) -> list[str]:
    return sorted(c.kind for c in find_changes(sentence, evidence, context=context)
                  if c.kind not in ("hedging", "new figure"))


def test_concern_for_a_condemnation_is_weaker_and_the_reverse_stronger():
    [weaker] = find_changes("Lusk expressed concern over the shelling of civilian areas in eastern Kestria.", [SHELLING],
                            context=READOUT)
    assert weaker.kind == "strength" and "weaker" in weaker.detail
    [stronger] = find_changes("Lusk condemned the blockade of the river port.", [BLOCKADE], context=READOUT)
    assert stronger.kind == "strength" and "stronger" in stronger.detail
    # the same strength in other words is no change
    assert _kinds("Lusk voiced deep concern about the blockade of the river port.", [BLOCKADE]) == []
    assert _kinds("Lusk denounced the shelling of civilian areas in eastern Kestria.", [SHELLING]) == []


def test_the_cue_is_compared_with_the_source_cue_said_about_the_same_thing():
    # both evidence sentences given: the condemnation is set against the concern about the blockade
    assert _kinds("Lusk condemned the blockade of the river port.", [SHELLING, BLOCKADE]) == ["strength"]
    assert _kinds("Lusk condemned the shelling of civilian areas in eastern Kestria.", [SHELLING, BLOCKADE]) == []
    assert _kinds("Lusk expressed concern about the blockade of the river port.", [SHELLING, BLOCKADE]) == []


def test_a_modal_of_another_evidence_sentence_is_no_modality_change():
    context = ("Foreign Minister Ola Brek met Foreign Minister Inge Tamm of Ostria in Harl on 6 May. "
               "Minister Brek said that Vesland may consider lifting its visa requirement for Ostrian students. "
               "Minister Tamm invited Minister Brek to visit Ostria in the autumn.")
    _, visa, invitation = context.split(". ")
    assert _kinds("Tamm invited Brek to visit Ostria in the autumn.", [visa + ".", invitation], context) == []
    # the visa statement made certain is still a modality change, whatever else the evidence holds
    assert _kinds("Vesland will lift its visa requirement for Ostrian students, Brek said.", [visa + ".", invitation],
                  context) == ["modality"]


def test_a_plural_noun_in_a_headline_has_no_doer_to_swap():
    context = ("Secretary Dana Whit met Defence Minister Juri Kask of Elmar on Monday. Secretary Whit announced that "
               "the United States will deliver four more air defence batteries to Elmar this year.")
    evidence = [context.split(". ")[1]]
    assert _kinds("US to send Elmar four more air defence batteries", evidence, context) == []
    # the deliverer told as someone else, with a verb, is still an actor change
    assert _kinds("Kask announced that Elmar will receive four more air defence batteries this year.", evidence,
                  context) == ["actor"]


def test_one_name_re_transliterated_keeps_its_sound_key_and_two_names_do_not():
    def key(name: str) -> str:
        return _sound(fold_token(name))

    for a, b in (("Pelc", "Pelts"), ("Kasimir", "Kazimir"), ("Oduya", "Oduja"), ("Hadiq", "Hadik"),
                 ("Kowalczyk", "Kovalcik"), ("Novitski", "Novitsky"), ("Wolkow", "Volkov")):
        assert key(a) == key(b), (a, b)
    for a, b in (("Pelc", "Pels"), ("Kask", "Kass"), ("Marts", "Marks")):
        assert key(a) != key(b), (a, b)


def test_pointers_to_the_full_text_are_boilerplate_and_claims_are_not():
    from cablegram.provenance.align import is_boilerplate

    for line in ("Read the full statement here.", "Watch the video of the meeting below.",
                 "The full text of the joint declaration is available on the ministry's website.",
                 "Read our live coverage of the summit."):
        assert is_boilerplate(line), line
    for claim in ("Readers of the statement will find no mention of the evacuation.",
                  "The full text of the accord has not been published, the ministry said.",
                  "See-Holm said the talks would resume here in May."):
        assert not is_boilerplate(claim), claim


def test_a_speaker_named_before_a_participle_aside_is_the_speaker():
    from cablegram.provenance.attribution import pattern_attribution

    assert pattern_attribution("Feld, speaking to reporters in Sela, said the flights could restart within weeks.") == "named"
    assert pattern_attribution("Tamm, asked about the visa rules, told the broadcaster that nothing had been decided.") == "named"
    # a time or place before the comma is no speaker
    assert pattern_attribution("On Monday, flights were said to be ready to restart.") == "none"
