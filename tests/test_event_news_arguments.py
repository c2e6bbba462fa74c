"""Which participants the confidence check counts as the trigger's own, by parse configuration (issue 12).

:func:`cablegram.nlp.event_confidence.event_doubts` runs on the real parse of each sentence, with the mention
spans the test names; each kind has its counterpart that must stay doubted. A few kinds also run through the
full pipeline. Sentences are written for these tests; the states and people in them are fictional.
"""

from __future__ import annotations

import pytest

from cablegram.nlp.event_confidence import event_doubts
from cablegram.nlp.events import DEFAULT_MIN_CONFIDENCE


def doubts(nlp, text: str, trigger: str, source: str, target: str, etype: str) -> list[str]:
    doc = nlp(text)

    def span(words: str):
        start = text.index(words)
        return doc.char_span(start, start + len(words), alignment_mode="expand")

    token = next(t for t in doc if t.text == trigger)
    return event_doubts(token, (span(source), "SRC"), (span(target), "TGT"), True, etype)


OWN = [
    # the subject of a clause the trigger noun's preposition introduces
    ("The Avarian Interior Ministry opened an investigation into whether Tomas Reld was paid by smugglers.",
     "investigation", "Avarian Interior Ministry", "Tomas Reld", "ACCUSE"),
    # a "when" clause telling how the act a verb of onset reports began
    ("The fighting began on Monday, when Avaria launched an artillery attack on Brelund.", "began", "Avaria",
     "Brelund", "ASSAULT"),
    # a mention cut at the determiner of a longer name
    ("The North Ostrava council has denied permission to Tomas Reld.", "denied", "The North", "Tomas Reld",
     "REJECT"),
    # a noun trigger in a phrasal preposition of the reported act ("following through with a deal")
    ("The rebels of Avaria said they will hand their weapons to Brelund, following through with a deal signed "
     "last year.", "deal", "Avaria", "Brelund", "AGREE"),
    # the passive act's subject, with its doer named by "by"
    ("Brelund was attacked by Avaria.", "attacked", "Avaria", "Brelund", "ASSAULT"),
    # a subject inherited by a conjunct and an xcomp; a promise chain
    ("Avaria sent troops and agreed to help Brelund.", "help", "Avaria", "Brelund", "AID"),
    ("Avaria vowed to attack Brelund.", "attack", "Avaria", "Brelund", "ASSAULT"),
    # a prepositional object of the trigger noun; an apposition on the source
    ("Avaria held talks with Brelund.", "talks", "Avaria", "Brelund", "CONSULT"),
    ("Avaria, the largest state in the region, attacked Brelund.", "attacked", "Avaria", "Brelund", "ASSAULT"),
    # a reported demand: the speaker asks
    ("Tomas Reld said Brelund must disarm.", "disarm", "Tomas Reld", "Brelund", "REQUEST"),
    # an adjective naming the owner of what is acted on
    ("Avaria shot down a Brelundian drone.", "shot", "Avaria", "Brelundian", "ASSAULT"),
    # the trigger's own named object
    ("Tomas Reld has warned Corvia not to interfere with Brelundian plans to build a dam.", "warned",
     "Tomas Reld", "Corvia", "THREATEN"),
    # the verb a noun trigger is the subject of, and a noun's own prepositional object
    ("Avarian airstrikes killed dozens of Brelundian soldiers.", "airstrikes", "Avarian", "Brelundian", "ASSAULT"),
    ("Avaria's decision to withdraw from Brelund came as a surprise.", "withdraw", "Avaria", "Brelund",
     "RETREAT"),
    # the doer of an agentless passive named in a time clause on a verb conjoined with it
    ("Tomas Reld was released and flew home in May after an Avarian court suspended his sentence.", "released",
     "Avarian", "Tomas Reld", "RETREAT"),
    # a subject the parse gave to a participle clause before the act's verb
    ("By contrast, Ilse Marn, the Avarian president whose army fought in the Corvian war in 2015, turning the "
     "tide in favour of the regime, welcomed the Brelundian move.", "welcomed", "Ilse Marn", "Brelundian",
     "SUPPORT"),
    # a recipient the parse hung on a relative clause describing the object
    ("Avarian customs returned six bronze masks that date back to the ninth century to Brelund on Friday.",
     "returned", "Avarian", "Brelund", "RETREAT"),
    # a refusal or a threat whose "until"/"unless" clause names who must act
    ("Ilse Marn has said she will not lift the blockade until she is satisfied Brelund is doing all it can to "
     "find the missing sailors.", "lift", "Ilse Marn", "Brelund", "REJECT"),
    ("Avaria will strike the port unless Brelund withdraws its ships.", "strike", "Avaria", "Brelund",
     "THREATEN"),
    # the object of the act a warning reports; the subject of a clause an insistence demands
    ("Tomas Reld warned that Avaria would strike Brelund.", "warned", "Tomas Reld", "Brelund", "THREATEN"),
    ("Tomas Reld insisted that Brelund withdraw its troops at once.", "insisted", "Tomas Reld", "Brelund",
     "REQUEST"),
    ("Tomas Reld insisted on Brelund's withdrawal from the border.", "insisted", "Tomas Reld", "Brelund", "REQUEST"),
]

DOUBTED = [
    ("The Avarian Interior Ministry opened an investigation on Monday, and Tomas Reld left the country.",
     "investigation", "Avarian Interior Ministry", "Tomas Reld", "ACCUSE", "target_not_argument"),
    # a "when" clause on a verb of no onset is another event's clause
    ("Avaria condemned the vote on Monday, when Brelund announced a blockade.", "condemned", "Avaria", "Brelund",
     "ACCUSE", "target_not_argument"),
    # the speaker of a reporting verb is no party of the reported attack
    ("Tomas Reld said Avaria had attacked Brelund.", "attacked", "Tomas Reld", "Brelund", "ASSAULT",
     "source_not_argument"),
    # a reported clause whose own subject asks: the speaker does not
    ("An Avarian official said Ilse Marn had been pushing for the refugees to be allowed to seek shelter from "
     "Brelund.", "seek", "Avarian", "Brelund", "REQUEST", "source_not_argument"),
    # a "did not mention X" conjunct
    ("Avaria did not mention Brelund but warned that it would strike.", "warned", "Avaria", "Brelund",
     "THREATEN", "target_not_argument"),
    # the main verb of no act that the act's noun is the subject of
    ("Avaria's decision to withdraw followed a series of concessions by Brelund.", "withdraw", "Avaria", "Brelund",
     "RETREAT", "target_not_argument"),
    # a court of a separate clause, joined by "and", is no doer of the passive act
    ("Tomas Reld was released in May, and an Avarian court later suspended another sentence.", "released",
     "Avarian", "Tomas Reld", "RETREAT", "source_not_argument"),
    # a transfer told in a relative clause with its own doer, or on another participant
    ("Avaria returned the masks that Corvia had sent to Brelund.", "returned", "Avaria", "Brelund", "RETREAT",
     "target_not_argument"),
    ("Avaria returned the masks to Corvia, which had sent them to Brelund.", "returned", "Avaria", "Brelund",
     "RETREAT", "target_not_argument"),
    # a time clause of an attack, a concession of a refusal: other acts
    ("Avaria attacked the port until Brelund withdrew its ships.", "attacked", "Avaria", "Brelund", "ASSAULT",
     "target_not_argument"),
    ("Ilse Marn will not lift the blockade, although Brelund is doing all it can.", "lift", "Ilse Marn", "Brelund",
     "REJECT", "target_not_argument"),
    # a place named in the clause a pledge reports
    ("In May, the defence minister, Tomas Reld, pledged that Avarian forces would remain in Brelund for years.",
     "pledged", "Tomas Reld", "Brelund", "AGREE", "target_is_place"),
    # a name inside what a verb of assertion states
    ("Tomas Reld insisted he has different questions for Ilse Marn than the ones he refused to answer.",
     "insisted", "Tomas Reld", "Ilse Marn", "REJECT", "target_not_argument"),
    ("Tomas Reld insisted on joining the march to defend Brelund.", "insisted", "Tomas Reld", "Brelund", "REQUEST",
     "target_not_argument"),
    # a relative clause on the object
    ("Avaria attacked the convoy that Brelund had sent.", "attacked", "Avaria", "Brelund", "ASSAULT",
     "target_not_argument"),
    # an adjective of origin on a noun of trade, and a modifier beside the trigger's own named object
    ("Avaria agreed to curb Brelundian oil imports.", "agreed", "Avaria", "Brelundian", "AGREE",
     "target_is_modifier"),
    ("Tomas Reld has warned Corvia not to interfere with Brelundian plans to build a dam.", "warned",
     "Tomas Reld", "Brelundian", "THREATEN", "target_is_modifier"),
    # a support verb with an object of speech or notice is no aid, a notice given ahead no threat
    ("Avaria gave Brelund advance warning of the strikes.", "gave", "Avaria", "Brelund", "AID", "abstract_object"),
    ("Avaria gave Brelund a speech about the harvest.", "gave", "Avaria", "Brelund", "AID", "abstract_object"),
    ("Avaria gave Brelund advance warning of the strikes.", "warning", "Avaria", "Brelund", "THREATEN",
     "abstract_object"),
]


@pytest.mark.parametrize("text,trigger,source,target,etype", OWN)
def test_arguments_reached_through_the_triggers_own_configuration_are_not_doubted(nlp, text, trigger, source,
                                                                                  target, etype):
    assert doubts(nlp, text, trigger, source, target, etype) == []


@pytest.mark.parametrize("text,trigger,source,target,etype,kind", DOUBTED)
def test_participants_of_another_clause_or_sense_stay_doubted(nlp, text, trigger, source, target, etype, kind):
    assert kind in doubts(nlp, text, trigger, source, target, etype)


def test_real_aid_and_a_threat_warning_keep_no_doubt(nlp):
    assert doubts(nlp, "Avaria gave Brelund two field hospitals.", "gave", "Avaria", "Brelund", "AID") == []
    assert doubts(nlp, "Avaria gave Brelund a warning that it would strike.", "warning", "Avaria", "Brelund",
                  "THREATEN") == []


def test_a_passive_attack_with_its_doer_is_confident_through_the_pipeline(nlp):
    doc = nlp.make_doc("Brelund was attacked by Avaria on Tuesday.")
    doc._.cg_date = "2025-06-11"
    events = [e for e in nlp(doc)._.cg_events if e.source_text == "Avaria" and e.target_text == "Brelund"]
    assert events, [(e.type, e.source_text, e.target_text) for e in nlp(doc)._.cg_events]
    assert max(e.confidence for e in events) >= DEFAULT_MIN_CONFIDENCE
