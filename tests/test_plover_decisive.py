"""Cue words that settle the event type whatever the learned classifier said (``plover.toml`` ``[decisive]``).

Each rule is checked against a wrong learned type on a real parse, and on sentences where the same word must
not decide. Sentences are written for these tests about fictional places and groups.
"""

from __future__ import annotations

import pytest

from cablegram.nlp.event_cues import build_cue_index, cue_hits, decisive_type, event_words
from cablegram.nlp.lexicons import load_lexicon, word_set
from cablegram.nlp.modality import main_event_token


@pytest.fixture(scope="module")
def parse():
    import cablegram.nlp.events  # noqa: F401  (registers the factories)
    from cablegram.nlp.pipeline import build_nlp

    nlp = build_nlp(components=["cablegram_language", "cablegram_events"])
    index = build_cue_index()

    def run(text):
        sent = next(iter(nlp(text).sents))
        main = main_event_token(sent)
        return sent, main, cue_hits(sent, index, main)

    return run


def settle(parse, text, learned):
    sent, main, hits = parse(text)
    return decisive_type(sent, main, hits, learned)


@pytest.mark.parametrize("text,learned,settled", [
    ("Inmates rioted on Sunday at the Varn county prison, burning mattresses.", "ASSAULT", "PROTEST"),
    ("Street riots against the new fuel tax are still continuing in Oster.", "ASSAULT", "PROTEST"),
    ("Striking dock workers blocked the main coastal highway for six hours.", "COERCE", "PROTEST"),
    ("The Tarnese interior minister apologized to Veldor for the seizure of its fishing boat.", "CONCEDE", "SUPPORT"),
    ("Korvania has granted political asylum to two dissident journalists from Oster.", "CONCEDE", "AID"),
    ("Unknown hackers defaced the web sites of four Veldorian ministries.", "ACCUSE", "COERCE"),
    ("The Oster cabinet received a mission of election observers from the regional bloc.", "AID", "RETREAT"),
    ("Gunmen attempted to assassinate the governor of Varn province on Friday.", "ACCUSE", "ASSAULT"),
])
def test_a_precise_word_settles_the_type(parse, text, learned, settled):
    assert settle(parse, text, learned) == settled


@pytest.mark.parametrize("text,learned", [
    # a state's forces blocking a road coerce; so does a state
    ("Police blocked the main coastal highway to stop the march.", "COERCE"),
    ("The Tarnese government blocked the only road into the enclave for a week.", "COERCE"),
    # the word is what others act on, not the act
    ("Police arrested forty rioters in the capital overnight.", "COERCE"),
    ("The opposition demanded an apology from the Tarnese interior minister.", "REQUEST"),
    ("Veldor expelled the election observers sent by the regional bloc.", "SANCTION"),
    # "blocked" a resolution is no obstruction of passage
    ("Korvania blocked the draft resolution in the council.", "REJECT"),
])
def test_the_same_word_does_not_decide_elsewhere(parse, text, learned):
    assert settle(parse, text, learned) == learned


def test_a_main_verb_cue_of_the_learned_type_keeps_it(parse):
    # "protested" is a PROTEST cue on the main verb: the kidnapping it protests does not make it ASSAULT
    assert settle(parse, "Students protested the kidnapping of two teachers in Varn.", "PROTEST") == "PROTEST"


def test_verbs_of_aspect_and_attempt_carry_their_act(parse):
    lex = load_lexicon("plover")
    carriers = word_set(lex, "non_event.light_verbs", "non_event.attempt_verbs")
    sent, _, _ = parse("The militia said it tried to kidnap two aid workers near Oster.")
    tried = next(t for t in sent if t.lower_ == "tried")
    words = {t.lower_: is_act for t, is_act in event_words(tried, carriers)}
    assert words.get("kidnap") is True and words.get("it") is True
    said = next(t for t in sent if t.lower_ == "said")  # no verb of aspect or attempt: its clause is not its act
    assert "tried" not in {t.lower_ for t, _ in event_words(said, carriers)}
    sent, main, _ = parse("Rebels held the villagers as human shields.")
    words = {t.lower_: is_act for t, is_act in event_words(main, carriers)}
    assert words.get("shields") is False and words.get("villagers") is False


def test_an_unsure_classifier_defers_to_the_main_verb_cue(parse):
    from cablegram.nlp.event_cues import main_cue_type

    sent, main, hits = parse("Veldor trained more than two hundred cyber specialists last year.")
    assert main.lower_ == "trained"
    assert main_cue_type(main, hits, "AID", 0.3) == "MOBILIZE"
    assert main_cue_type(main, hits, "AID", 0.9) == "AID"  # a confident classifier keeps its type
    # a cue of the learned type anywhere in the sentence keeps it
    sent, main, hits = parse("Veldor trained the Korvanian border guards with funds from its aid budget.")
    assert any(h[1] == "AID" for h in hits)
    assert main_cue_type(main, hits, "AID", 0.3) == "AID"


def test_a_verb_cue_of_several_types_does_not_decide(parse):
    from cablegram.nlp.event_cues import main_cue_type

    sent, main, hits = parse("Masked men raided the offices of the Marn weekly on Sunday.")
    at_main = {h[1] for h in hits if h[0].i == main.i}
    assert len(at_main) > 1
    assert main_cue_type(main, hits, "SANCTION", 0.3) == "SANCTION"


def test_a_verb_of_aspect_yields_to_the_act_it_carries(parse):
    from cablegram.nlp.event_cues import main_cue_type

    sent, main, hits = parse("Ostrava continued to send artillery shells to Korvania, officials said.")
    assert main.lower_ == "continued"
    assert main_cue_type(main, hits, "AGREE", 0.8) == "AID"  # however sure the classifier
    sent, main, hits = parse("The farmers' league began collecting signatures against the land law.")
    assert main.lower_ == "began"
    assert main_cue_type(main, hits, "CONCEDE", 0.9) == "PROTEST"
    # a cue of the learned type in the sentence keeps it ("began talks" stays CONSULT)
    sent, main, hits = parse("Veldor and Korvania began talks on the border dispute.")
    assert main_cue_type(main, hits, "CONSULT", 0.9) == "CONSULT"


@pytest.mark.parametrize("text,word,kept", [
    ("Soldiers clashed with armed rebels near the northern border.", "clashed", True),
    ("The minister clashed with the envoy's assessment of the talks.", "clashed", False),
    ("Angry farmers blocked the motorway outside Marn for a day.", "blocked", True),
    ("The upper house blocked the bill on Tuesday.", "blocked", False),
])
def test_word_senses_are_read_from_the_cue(parse, text, word, kept):
    _, _, hits = parse(text)
    types = {h[1] for h in hits if h[0].lower_ == word}
    assert bool(types & {"ASSAULT", "PROTEST"}) == kept, hits


def test_a_stated_intent_stays_an_intent(parse):
    from cablegram.nlp.event_cues import main_cue_type

    sent, main, hits = parse("We are going to kill every one of you, the gunmen told the villagers.")
    assert main.lower_ == "kill" and any(h[1] == "ASSAULT" and h[0].i == main.i for h in hits)
    assert main_cue_type(main, hits, "THREATEN", 0.3) == "THREATEN"
    assert main_cue_type(main, hits, "COERCE", 0.3) == "ASSAULT"  # an unsure material type still defers


def test_a_verb_that_needs_its_object_never_decides_alone(parse):
    from cablegram.nlp.event_cues import main_cue_type

    sent, main, hits = parse("The Korvanian cabinet gave approval for the relief agency to reach Marn next week.")
    assert main.lower_ == "gave" and any(h[0].i == main.i and h[1] == "AID" for h in hits)
    assert main_cue_type(main, hits, "CONCEDE", 0.3) == "CONCEDE"


def test_an_unsure_intent_takes_the_side_of_the_act_it_names(parse):
    from cablegram.nlp.event_cues import main_cue_type

    sent, main, hits = parse("Separatist fighters have sworn to fight on until they hold every village in Varn.")
    assert main.lower_ == "sworn"
    assert main_cue_type(main, hits, "AGREE", 0.4) == "THREATEN"
    sent, main, hits = parse("The defence minister committed to ongoing air strikes against the militia.")
    assert main.lower_ == "committed"
    # the verb is a cue of AGREE, but what is committed to is an attack: an unsure THREATEN stays one
    assert main_cue_type(main, hits, "THREATEN", 0.3) == "THREATEN"


def test_a_main_verb_without_a_cue_lends_its_object_phrase(parse):
    from cablegram.nlp.event_cues import main_cue_type

    sent, main, hits = parse("The regional bloc launched a mediation effort between Veldor and Korvania.")
    assert main.lower_ == "launched"
    assert main_cue_type(main, hits, "AID", 0.3) == "CONSULT"
    # a verb of undergoing lends nothing: what the subject faces is no act of its own
    sent, main, hits = parse("The movement now faces a return to its early years underground.")
    assert main_cue_type(main, hits, "SUPPORT", 0.3) == "SUPPORT"


@pytest.mark.parametrize("text,learned,settled", [
    ("Veldor lodged an official protest with Korvania over the border incident.", "PROTEST", "ACCUSE"),
])
def test_an_official_protest_is_a_complaint(parse, text, learned, settled):
    assert settle(parse, text, learned) == settled


def test_deploying_peacekeepers_is_aid_deploying_to_the_border_mobilize(parse):
    _, _, hits = parse("Ostrava deployed 300 peacekeeping troops to Marn on Friday.")
    assert {h[1] for h in hits if h[0].lower_ == "deployed"} == {"AID"}
    _, _, hits = parse("Ostrava deployed 300 troops and tanks to the northern border on Friday.")
    assert {h[1] for h in hits if h[0].lower_ == "deployed"} == {"MOBILIZE"}
