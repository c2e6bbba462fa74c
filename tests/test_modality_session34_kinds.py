"""Modality kinds of the session-34 round (issue 12, item 5), on sentences written for these tests.

- A headline's bare infinitive that the parser hangs on its subject noun as an adverbial clause ("Norvia PM to visit
  Delhi": "visit" an advcl of "PM") is the headline's future, planned, as when it is parsed as the noun's infinitive.
- A present-tense verb of running text dated by a day or a month ("meets the envoy on 14 May", "meet again in Geneva on
  Monday", "the referendum is held on 3 June") states an arrangement, planned; and so does a noun the verb holds as its
  object or purpose ("hold a summit … on June 3", "travels to Velm on Friday for negotiations"). The talks a visitor "is due
  in" a place for are planned too. A past tense, a present perfect, a headline's present (no full stop), a habit
  ("every Friday") and a caption's date with its year stay occurred.
- A forecast of what an event noun will be ("is expected to focus on …", "will probably be overshadowed by …")
  hedges the event only when nothing dates it: one dated to come by a word of its own ("tomorrow's meeting", "next
  week's talks", "the upcoming talks") is arranged, planned.
- A permission refused ("refused to permit observers to monitor the count", "declined to permit the monitors to inspect the
  prison") names the act that did not happen: the event beside the refusal sits on that act, negated, not on the verb
  of permission; a permission negated outright ("has not permitted reporters to visit the camps") keeps its event on the
  verb of permission, and a permission given is left as it was.
- A clause of circumstance that the parser made the sentence's root, with the sentence's own clause as its complement
  before it ("X has not signed the accord, a diplomat conceded, as mediators hope to revive the process", parsed
  with "hope" as the root), gives way to that clause as the main event (a parse-level test: the misparse is not
  reproducible at will).
- A relative clause that tells, in the past, an act done to the noun it describes by a doer of its own ("the villages
  that the insurgents had burned", "the consulate that demonstrators stormed") is an occurred event on its verb
  (capped under the confident floor when the verb has no cue word); not a clause whose subject is the relative
  pronoun ("the soldiers who repelled the attack"), a support verb that states the noun's own act ("the raid that
  police carried out"), an act told as not done, or a clause the parser hung on a noun root.
- "Has yet to" over an act with no cue word whose doer is a plural noun of doers ("the donors have yet to pay the money
  they pledged", "the settlers have yet to vacate the outpost") is an event on that act, negated, as it is for a named
  or listed agent; the same act told as done, or a thing's "yet to", gives none.
"""

from __future__ import annotations

import pytest


def _modalities(nlp, text, word):
    doc = nlp(text)
    return [e.modality for e in doc._.cg_events
            if e.spans.get("trigger") and doc.text[e.spans["trigger"][0]:e.spans["trigger"][1]] == word]


@pytest.mark.parametrize("text,word", [
    # occurred at c1e60fd: the infinitive parsed as an adverbial clause of the headline's subject
    ("Norvia PM to visit Delhi", "visit"),
    ("Ostland navy to hold drills near Tarsk", "drills"),
    # the same headline shape parsed otherwise stays planned
    ("Kelso army to withdraw troops from border", "withdraw"),
    ("UK PM to host Gulf leaders", "host"),
])
def test_headline_infinitive_is_planned(event_nlp, text, word):
    assert _modalities(event_nlp, text, word) == ["planned"]


def test_an_infinitive_of_purpose_in_running_text_is_no_headline(event_nlp):
    from cablegram.nlp.modality import _headline_infinitive

    doc = event_nlp("Norvia PM to visit Delhi")
    assert doc[3].dep_ == "advcl" and _headline_infinitive(doc[3])
    doc = event_nlp("The minister came to the border to inspect the troops.")
    inspect = next(t for t in doc if t.lower_ == "inspect")
    assert inspect.dep_ == "advcl" and not _headline_infinitive(inspect)


@pytest.mark.parametrize("text,word", [
    # each occurred at c1e60fd
    ("The prime minister meets the Tarsian envoy on 14 May in Velm.", "meets"),
    ("Norvian and Ostlandic negotiators meet again in Geneva on Monday.", "meet"),
    ("The two presidents hold a summit in Velm on June 3.", "summit"),
    ("The Tarsian president travels to Velm on Friday for negotiations with the rebels.", "negotiations"),
    ("Parliament votes on the treaty in March.", "votes"),
    ("The defence minister is due in Tarsk for talks on the border.", "talks"),
])
def test_dated_present_and_due_for_are_planned(event_nlp, text, word):
    assert _modalities(event_nlp, text, word) == ["planned"]


@pytest.mark.parametrize("text,word", [
    ("The minister arrived in Kelso on Monday for talks with the rebels.", "talks"),  # past
    ("The president met the envoy on 14 May in Velm.", "met"),  # past
    ("Troops clash with protesters in Velm on Friday", "clash"),  # a headline's present
    ("Norvia's president meets his Tarsian counterpart at the palace on April 24, 2018.", "meets"),  # a caption
    ("Rebels attack an army post every Friday, residents say.", "attack"),  # a habit
])
def test_past_headline_caption_and_habit_stay_occurred(event_nlp, text, word):
    assert _modalities(event_nlp, text, word) == ["occurred"]


@pytest.mark.parametrize("text,word", [
    # each hypothetical at c1e60fd
    ("Tomorrow's meeting of the two foreign ministers is expected to focus on the dam dispute.", "meeting"),
    ("Next week's talks between the two defence chiefs will probably be overshadowed by the airfield dispute.",
     "talks"),
    ("The upcoming talks between Ostland and Tarsia are expected to centre on prisoner swaps.", "talks"),
])
def test_forecast_of_an_event_dated_to_come_is_planned(event_nlp, text, word):
    assert _modalities(event_nlp, text, word) == ["planned"]


@pytest.mark.parametrize("text,word", [
    ("The meeting is expected to centre on water rights.", "meeting"),  # nothing dates it
    ("Next week's talks could collapse without a new offer.", "talks"),  # a modal's forecast of its outcome
])
def test_forecast_of_an_undated_event_or_its_outcome_stays_hypothetical(event_nlp, text, word):
    assert _modalities(event_nlp, text, word) == ["hypothetical"]


@pytest.mark.parametrize("text,act,permission", [
    # at c1e60fd the negated event sat on the verb of permission
    ("The authorities declined to permit the monitors to inspect the prison.", "inspect", "permit"),
    ("Prison officials declined to let lawyers meet their clients, relatives said.", "meet", "let"),
    ("The harbour master declined to allow the tanker to dock at the pier.", "dock", "allow"),
    ("The interior ministry refused to permit opposition observers to monitor the count.", "monitor", "permit"),
])
def test_act_of_a_refused_permission_is_negated(event_nlp, text, act, permission):
    assert _modalities(event_nlp, text, act) == ["negated"]
    assert _modalities(event_nlp, text, permission) == []


def test_permission_negated_outright_or_given_keeps_its_event(event_nlp):
    text = "Kelso has not permitted reporters to visit the camps since March."
    assert _modalities(event_nlp, text, "permitted") == ["negated"]
    assert _modalities(event_nlp, text, "visit") == []
    text = "Ostland allowed forty aid trucks to enter Kelso on Monday."
    assert _modalities(event_nlp, text, "enter") == []


def _parsed(words, heads, deps, tags, pos):
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos,
               sent_starts=[True] + [False] * (len(words) - 1))


def test_a_circumstance_clause_parsed_as_the_root_gives_way_to_the_clause_before_it():
    from cablegram.nlp.modality import classify, main_event_token

    # "Ostland has not signed the accord , a diplomat conceded , as mediators hope to revive the process ." with the
    # arcs of that misparse: "hope" the root, "signed" its complement, "conceded" a clause of "diplomat"
    doc = _parsed(
        ["Ostland", "has", "not", "signed", "the", "accord", ",", "a", "diplomat", "conceded", ",", "as", "mediators",
         "hope", "to", "revive", "the", "process", "."],
        [3, 3, 3, 13, 5, 3, 13, 8, 13, 8, 8, 13, 13, 13, 15, 13, 17, 15, 13],
        ["nsubj", "aux", "neg", "ccomp", "det", "dobj", "punct", "det", "nsubj", "acl", "punct", "mark", "nsubj", "ROOT",
         "aux", "xcomp", "det", "dobj", "punct"],
        ["NNP", "VBZ", "RB", "VBN", "DT", "NN", ",", "DT", "NN", "VBN", ",", "IN", "NNS", "VBP", "TO", "VB", "DT", "NN",
         "."],
        ["PROPN", "AUX", "PART", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT", "SCONJ", "NOUN", "VERB",
         "PART", "VERB", "DET", "NOUN", "PUNCT"])
    main = main_event_token(doc[:])
    assert main.i == 3 and classify(doc[:], main).modality == "negated"


def test_a_root_without_a_subordinator_or_an_earlier_complement_stays():
    from cablegram.nlp.modality import main_event_token

    # "mediators hope to revive the process , as talks resume ." : the root has no subordinator of its own
    doc = _parsed(["mediators", "hope", "to", "revive", "the", "process", ",", "as", "talks", "resume", "."],
                  [1, 1, 3, 1, 5, 3, 1, 9, 9, 1, 1],
                  ["nsubj", "ROOT", "aux", "xcomp", "det", "dobj", "punct", "mark", "nsubj", "advcl", "punct"],
                  ["NNS", "VBP", "TO", "VB", "DT", "NN", ",", "IN", "NNS", "VBP", "."],
                  ["NOUN", "VERB", "PART", "VERB", "DET", "NOUN", "PUNCT", "SCONJ", "NOUN", "VERB", "PUNCT"])
    assert main_event_token(doc[:]).i == 3
    # "as mediators hope to revive the process ." : a subordinator but no clause before it
    doc = _parsed(["as", "mediators", "hope", "to", "revive", "the", "process", "."], [2, 2, 2, 4, 2, 6, 4, 2],
                  ["mark", "nsubj", "ROOT", "aux", "xcomp", "det", "dobj", "punct"],
                  ["IN", "NNS", "VBP", "TO", "VB", "DT", "NN", "."],
                  ["SCONJ", "NOUN", "VERB", "PART", "VERB", "DET", "NOUN", "PUNCT"])
    assert main_event_token(doc[:]).i == 4


@pytest.mark.parametrize("text,verb", [
    # no event on the clause's verb at c1e60fd
    ("Aid workers reached the villages that the insurgents had burned before dawn.", "burned"),
    ("The minister visited the camp that soldiers had stormed a day earlier.", "stormed"),
    ("The embassy that protesters attacked in May reopened on Tuesday.", "attacked"),
])
def test_act_a_relative_clause_tells_is_occurred(event_nlp, text, verb):
    assert _modalities(event_nlp, text, verb) == ["occurred"]


@pytest.mark.parametrize("text,verb", [
    ("The mayor praised the soldiers who repelled the attack.", "repelled"),  # the relative pronoun is the doer
    ("The envoy condemned the raid that police carried out at dawn.", "carried"),  # the raid's own act
    ("The deal the negotiators signed in Velm collapsed within a week.", "collapsed"),  # hung on a noun root
    ("Officials met at the border post, a crossing the army has not reopened since the war.", "reopened"),  # not done
])
def test_relative_clause_of_a_participant_support_verb_or_undone_act_gives_none(event_nlp, text, verb):
    assert _modalities(event_nlp, text, verb) == []


@pytest.mark.parametrize("text,verb", [
    # no event at c1e60fd: "donors", "creditors", "settlers" are no listed agents and the verbs carry no cue
    ("The donors have yet to pay the money they pledged at the conference.", "pay"),
    ("The creditors have yet to pay the contractors for the new runway.", "pay"),
    ("The settlers have yet to vacate the hilltop outpost.", "vacate"),
])
def test_yet_to_act_of_plural_doers_is_negated(event_nlp, text, verb):
    assert _modalities(event_nlp, text, verb) == ["negated"]


@pytest.mark.parametrize("text,verb", [
    ("The donors paid the money they pledged at the conference.", "paid"),  # told as done, no cue: as before
    ("The ruling has yet to be published.", "published"),  # a thing's yet-to, no doer
])
def test_done_act_or_a_things_yet_to_gives_none(event_nlp, text, verb):
    assert _modalities(event_nlp, text, verb) == []
