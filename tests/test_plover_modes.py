"""PLOVER modes: cues match whole words (or a stem at a word's start), never inside another word.

Each sentence here is our own. The "no mode" cases each held a cue inside another word under the old substring
matching ("aid" in "raid" and "said", "war" in "warned", "ied" in "carried", "ban" in "urban", "call" in
"so-called"), which gave them a wrong mode; a hyphenated word is one word ("free" is not in "free-trade").
"""

import pytest

from cablegram.nlp.plover import MODE_CUES, event_mode


def _mode(doc, event_type: str, trigger_word: str) -> str | None:
    trigger = next(t for t in doc if t.text == trigger_word)
    return event_mode(event_type, doc, trigger)


@pytest.mark.parametrize("event_type, text, trigger, mode", [
    # a cue inside another word names no mode
    ("REJECT", "The governor refused after the raid on the depot, an official said.", "refused", None),
    ("THREATEN", "The ministry warned the rebel commanders on Sunday.", "warned", None),
    ("ASSAULT", "Militants carried out an attack on the convoy near Osterby.", "attack", None),
    ("COERCE", "Troops sealed the urban district before dawn.", "sealed", None),
    ("REJECT", "The farmers' union rejected the free-trade pact with Kelvia.", "rejected", None),
    ("CONSULT", "The envoy held two rounds of talks with the so-called council.", "held", None),
    # whole words, their inflections (lemma) and stems still name the mode
    ("REJECT", "The cabinet refused all aid from the neighbouring state.", "refused", "assist"),
    ("THREATEN", "The militia threatened war if the border stayed shut.", "threatened", "violence"),
    ("ASSAULT", "Gunmen opened fire on a bus outside the market.", "opened", "firearms"),
    ("PROTEST", "Students staged rallies outside the ministry of education.", "rallies", "demo"),
    ("RETREAT", "The rebels freed nine hostages on Tuesday.", "freed", "release"),
    ("REQUEST", "The council called for mediation between the two clans.", "called", "meet"),
    ("AID", "The ministry sent air-defence systems to its southern neighbour.", "sent", "military"),
    ("COERCE", "Police launched a crackdown on street vendors.", "crackdown", "restrict"),
    ("PROTEST", "Dockers began a hunger strike at the port gate.", "strike", "strike-hun"),
    # the object of giving names the mode before the verb: the verb "grant" is no economic grant
    ("AID", "Norland granted asylum to the dissident journalist.", "granted", "asylum"),
    ("AID", "The bank granted a loan to the farmers' cooperative.", "granted", "economic"),
])
def test_mode_cues_match_whole_words(event_nlp, event_type, text, trigger, mode):
    assert _mode(event_nlp(text), event_type, trigger) == mode


def test_every_mode_cue_is_lower_case_words_with_at_most_a_final_stem_mark():
    for (event_type, mode), cues in MODE_CUES.items():
        for cue in cues:
            assert cue == cue.strip().lower() and "  " not in cue, (event_type, mode, cue)
            assert "*" not in cue[:-1], (event_type, mode, cue)


@pytest.mark.parametrize("text, event_type, mode", [
    ("The opposition rejected the budget plan, its leader said on Monday.", "REJECT", None),
    ("The governor refused to apologise for the raid on the newspaper.", "REJECT", None),
    ("Norland granted political asylum to the dissident journalist on Friday.", "AID", "asylum"),
])
def test_the_pipeline_event_carries_the_whole_word_mode(event_nlp, text, event_type, mode):
    """End to end: a refusal reported with "said" or about a raid carries no aid mode; asylum granted is asylum."""
    events = [e for e in event_nlp(text)._.cg_events if e.type == event_type]
    assert events and all(e.mode == mode for e in events)


@pytest.mark.parametrize("text, trigger, mode", [
    # a meeting with no visit, host, call or mediator cued is the codebook's meet (neutral place)
    ("Norland's prime minister and the foreign ministers of Kelvia and Brekka met in Geneva to discuss the dam.", "met",
     "meet"),
    ("The Kelvian envoy held talks with Norland's defence minister on Tuesday.", "held", "meet"),
    # a visit, a hosting or a call cued anywhere is the more specific mode
    ("The Norland president met his Kelvian counterpart during a two-day visit to Kelvia.", "met", "visit"),
    ("Brekka's president hosted a Kelvian trade delegation at his residence.", "hosted", "host"),
    ("The two presidents discussed the border crisis by telephone on Friday.", "discussed", "phone"),
    # a clause coordinated with the meeting's names no mode of it ("called for calm" is no call)
    ("Norland's foreign minister met rebel leaders in the capital and called for calm.", "met", "meet"),
])
def test_consult_modes(event_nlp, text, trigger, mode):
    assert _mode(event_nlp(text), "CONSULT", trigger) == mode


def test_a_request_coordinated_with_a_meeting_takes_no_meet_mode_from_it(event_nlp):
    doc = event_nlp("The minister met the strikers on Monday and urged them to return to the mines.")
    assert _mode(doc, "REQUEST", "urged") is None


def test_verbs_sharing_an_object_share_its_mode(event_nlp):
    """"attacked and shelled the town": the first verb has no object of its own, so the second's phrase cues it."""
    assert _mode(event_nlp("Militia fighters attacked and shelled the border town overnight."), "ASSAULT",
                 "attacked") == "heavy-weapons"


def test_a_word_naming_the_kind_of_a_body_cues_no_mode(event_nlp):
    """"the host ministry" names a body, not a hosting: the meeting it reports is a plain meeting."""
    doc = event_nlp("The host ministry said the two delegations would meet again in March.")
    assert _mode(doc, "CONSULT", "meet") == "meet"


@pytest.mark.parametrize("text, trigger, mode", [
    # a leader or official elsewhere in the sentence does not make an attack an assassination
    ("An official said on Monday that rebels had shelled a fuel depot near Osterby.", "shelled", "heavy-weapons"),
    ("Troops loyal to the ousted leader shelled the northern suburbs overnight.", "shelled", "heavy-weapons"),
    # the attack's own object or word does
    ("Gunmen killed the deputy commander of the border guard in Osterby.", "killed", "assassinate"),
    ("Militants tried to assassinate the provincial governor on Sunday.", "assassinate", "assassinate"),
])
def test_assassination_is_read_on_the_attack_s_own_phrase(event_nlp, text, trigger, mode):
    assert _mode(event_nlp(text), "ASSAULT", trigger) == mode
