"""Kinds of error found on the development part of the fresh20 set (written by another analyst who never saw the code,
2 December 2026, round B), each on sentences of our own (invented people, places and bodies): the faithful rewrite must
not count as a change and the real change of the same kind still must."""

from __future__ import annotations

from cablegram.provenance.align import AlignParams, _evidence
from cablegram.provenance.differences import find_changes, invented_quote
from cablegram.provenance.lexical import coverage, words


def _kinds(sentence: str, evidence: str, context: str | None = None) -> list[str]:
    return sorted(c.kind for c in find_changes(sentence, [evidence], context=context or evidence)
                  if c.kind not in ("hedging", "new figure"))


def test_a_name_spelled_without_its_diacritics_is_the_same_word():
    assert words("Jørgen Dahl met Zoë Kærgaard and Łukasz Wójcik") == ["jorgen", "dahl", "met", "zoe", "kaergaard",
                                                                       "and", "lukasz", "wojcik"]
    assert coverage("Zoë Kærgaard met Łukasz Wójcik.", ["Zoe Kaergaard met Lukasz Wojcik."]) == 1.0
    # other scripts keep their letters
    assert words("зустрівся й обговорив") == ["зустрівся", "й", "обговорив"]


def test_a_wire_dateline_does_not_dilute_the_coverage_of_what_the_sentence_reports():
    source = ["The harbour master closed the northern pier to cargo ships after a crane fell on Monday."]
    plain = "The harbour master closed the northern pier to cargo ships after a crane fell."
    datelined = "PORT AVEN, March 3 (Coastline Wire) — " + plain
    _, cov_plain = _evidence(plain, source, [0], [0.9], AlignParams())
    _, cov_datelined = _evidence(datelined, source, [0], [0.9], AlignParams())
    assert cov_datelined == cov_plain == 1.0


def test_a_time_scope_in_a_clause_the_source_lacks_is_new_material():
    evidence = "Brell's engineers rebuilt the sea wall at Orr, the mayor said, thanking them."
    assert _kinds("The mayor thanked Brell's engineers for the sea wall at Orr, which had kept the lower town dry for "
                  "a decade.", evidence) == []
    # a time scope given to the reported act, or another one than the source's, is still a change
    assert _kinds("Brell's engineers worked for three weeks to rebuild the sea wall at Orr, the mayor said.",
                  evidence) == ["duration"]
    assert _kinds("The works will last for three months.", "The works will last for two months.") == ["duration"]
    # a scope after a noun joined by "and" is the reported act's, not a clause of its own
    assert _kinds("Tursa pledged that it would support Vell's fisheries and ports for two more years.",
                  "Tursa pledged that it would support Vell's fisheries.") == ["duration"]


def test_a_quote_naming_the_sources_agreement_in_other_words_is_put_in_the_principals_mouth():
    source = ["Tursa's President Ana Melo was in Vell on 2 May for talks with President Ivo Stern.",
              "They agreed to open a joint marine laboratory."]
    change = invented_quote("Melo called the marine laboratory deal “a net cast for the next generation”.", source)
    assert change is not None and change.kind == "quote"
    # a thing the source never speaks of is no such frame
    assert invented_quote("Melo called the harbour “a net cast for the next generation”.", source) is None


def test_what_the_source_gave_attention_to_told_as_agreed_is_a_modality_change():
    evidence = "In the talks, attention was also given to the ferry link between Dost and Kell, closed since the floods."
    assert _kinds("The ministers agreed to restore the ferry link between Dost and Kell.", evidence) == ["modality"]
    assert _kinds("The ministers talked about the ferry link between Dost and Kell.", evidence) == []


def test_another_year_is_a_date_change_and_a_count_that_looks_like_one_a_number():
    assert _kinds("Tursa said it would back Vell to host the regional games in 2031.",
                  "Tursa said it would back Vell to host the regional games in 2033.") == ["date"]
    assert set(_kinds("Vell's candidacy for the 2027–2028 term on the water council has Tursa's support.",
                      "Vell's candidacy for the 2029–2030 term on the water council has Tursa's support.")) == {"date"}
    assert _kinds("Tursa pledged 2030 tents to Vell.", "Tursa pledged 2050 tents to Vell.") == ["number"]
    assert _kinds("Tursa sent 2030 police to Vell.", "Tursa sent 2050 police to Vell.") == ["number"]
    assert _kinds("Tursa flew 2000 children to Vell.", "Tursa flew 2400 children to Vell.") == ["number"]
    assert _kinds("Tursa backs Vell for the 2031 games.", "Tursa backs Vell for the 2033 games.") == ["date"]
    # what the figure counts wins over a preposition before it
    assert _kinds("The number of guards rose to 2030 soldiers.", "The number of guards rose to 2050 soldiers.") == [
        "number"]


def test_an_invitation_to_follow_the_outlet_on_a_platform_is_no_claim():
    from cablegram.provenance.align import is_boilerplate

    assert is_boilerplate("Follow Vell Radio's night desk on Signal.")
    assert is_boilerplate("Follow our reporters via Telegram.")
    # a minister's post on a platform is a claim
    assert not is_boilerplate("Minister Melo wrote on Telegram that the ferry would run again on Monday.")


def test_the_encounter_credited_to_the_other_partys_request_is_an_actor_change():
    from cablegram.provenance.align import initiative_only

    context = ("At the request of the Delta Council, whose coordinator Per Holm is on a tour of the region, Premier Ida "
               "Lunn met him in Vask on Monday. They discussed the dams.")
    source = context.split(". ")
    assert initiative_only("Their talks were held at the invitation of Lunn.", source)  # traced to the opening
    assert _kinds("Their talks were held at the invitation of Lunn.", source[0], context) == ["actor"]
    # the requesting side is no change
    assert _kinds("Their talks were held at the invitation of the Delta Council.", source[0], context) == []
    # a sentence saying more than whose initiative it was is no such sentence
    assert not initiative_only("Their talks were held at the invitation of Lunn after floods hit the delta.", source)


def test_a_call_reported_as_a_meeting_though_the_source_plans_a_meeting_at_a_named_forum():
    # a field case's kind, on sentences of our own: the planned encounter's forum may take several words and a possessive
    context = ("Reyes, Ostra's president, phoned President Ilse Varga on 3 May. The two said they would meet at the "
               "Southern Ocean Rim heads' meeting in June.")
    first = context.split(". ")[0]
    assert _kinds("Varga met Reyes on Sunday.", first, context) == ["event_type"]
    assert _kinds("Varga and Reyes spoke on Sunday.", first, context) == []


def test_a_source_in_ukrainian_keeps_its_speech_cues():
    # the clause-cue reading of this round must still read Cyrillic cues
    def cross(sentence: str, evidence: str) -> list[str]:
        return [c.kind for c in find_changes(sentence, [evidence], same_language=False)]

    assert cross("Rook condemned the shelling of the port.", "Рук засудив обстріл порту.") == []
    assert cross("Rook noted the shelling of the port.", "Рук засудив обстріл порту.") == ["strength"]
