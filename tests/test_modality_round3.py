"""Modality kinds of reported news that the sixth and seventh fresh sets showed once their final parts were scored, on
sentences written for these tests about fictional actors (Brevia, Ostland, the town of Tarsk): a condition opened by
an inverted auxiliary ("Should …", "Were …", "Had …"), a reduced clause of none ("no civilians killed"), an act that
"without" says did not take place, an offer of readiness on a condition of time; and the events that sit on the act,
not on the frame or on a word beside it (a warned act, a contact made by phone, fire exchanged or not, weapons used)."""

from __future__ import annotations

import pytest


def _classify(nlp, text, word):
    from cablegram.nlp.modality import classify

    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    return classify(doc[:], token)


@pytest.mark.parametrize("text,word,modality", [
    # a condition without "if": the auxiliary before the subject
    ("Should the Tarsk garrison reject the truce, Ostland would restart its shelling of the port, an aide said.",
     "restart", "hypothetical"),
    ("Were the talks in Tarsk to fail, the Ostland army would resume its offensive, officials said.", "resume",
     "hypothetical"),
    ("Had the convoy been let through, aid agencies would have fed Tarsk.", "fed", "hypothetical"),
    # a "would" dated in reported speech with no condition stays a plan
    ("The Ostland ministry said it would send troops to Tarsk on Monday.", "send", "planned"),
    # a reduced clause of none: nothing of the kind happened
    ("Brevian police say no bystanders hurt in Tarsk market blast", "hurt", "negated"),
    ("Police said no protesters were arrested and no shots fired during the march in Tarsk.", "fired", "negated"),
    ("Brevia said two villagers killed in the shelling of Tarsk were buried on Sunday.", "killed", "occurred"),
    # "without" over an act: it did not take place
    ("Tarsk has gone a month without seeing a rocket attack, residents told reporters.", "seeing", "negated"),
    ("The Brevian delegation left Tarsk without a deal on the prisoners.", "deal", "negated"),
    ("Brevian troops crossed into Tarsk without firing a shot.", "crossed", "occurred"),
    # readiness on a condition of time is an offer, a possibility; without one, a plan
    ("Brevian rebel leaders are ready to free their captives once Ostland pays the ransom.", "free",
     "hypothetical"),
    ("The Ostland government is willing to release the prisoners when the fighting in Tarsk stops.", "release",
     "hypothetical"),
    ("The Ostland government is willing to release the prisoners.", "release", "planned"),
    ("The Ostland army will withdraw from Tarsk once the deal is signed.", "withdraw", "planned"),
])
def test_conditions_none_and_without(bare_nlp, text, word, modality):
    assert _classify(bare_nlp, text, word).modality == modality


def _events_on(nlp, text):
    doc = nlp(text)
    return {e.trigger: e for e in doc._.cg_events}


@pytest.mark.parametrize("text,word,modality", [
    # the act a warning names gets an event of its own beside the warning's THREATEN
    ("Ostland's defence minister warned that it would hit back hard at Brevian positions near Tarsk.", "hit",
     "hypothetical"),
    ("The Brevian minister warned that Ostland could close the border within days.", "close", "hypothetical"),
    # a contact made by phone or video link: the event is on the verb of speaking, not on the means
    ("The presidents of Ostland and Brevia talked by telephone late on Friday, aides said.", "talked", "occurred"),
    # fire exchanged is a fight; weeks gone without it, the fight is negated
    ("Brevian and Ostland patrols went ten days without exchanging fire at the Tarsk crossing.", "exchanging",
     "negated"),
    ("Brevian and Ostland troops exchanged fire near Tarsk on Tuesday.", "exchanged", "occurred"),
    # weapons used: the use is the act, its modal is its own
    ("Ostland's air force might have used banned weapons over Tarsk last spring, investigators believe.", "used",
     "hypothetical"),
])
def test_events_on_the_act(event_nlp, text, word, modality):
    events = _events_on(event_nlp, text)
    assert word in events, sorted(events)
    assert events[word].modality == modality


def test_a_warned_fact_gets_no_act_of_its_own(event_nlp):
    """A warning that reports a fact ("had collapsed") names no act to come: no event on it as a possibility."""
    events = _events_on(event_nlp, "The UN envoy warned that the truce in Tarsk had collapsed.")
    assert all(e.modality != "hypothetical" for e in events.values()), {w: e.modality for w, e in events.items()}


@pytest.mark.parametrize("text,word,modality", [
    # a headline's arrangement hung on its event noun, also in lower case; a compound is its head noun's phrase
    ("prisoner exchange talks set to reopen in tarsk next month", "talks", "planned"),
    ("prisoner exchange talks set to reopen in tarsk next month", "exchange", "planned"),
    ("border summit due to open in tarsk on friday", "summit", "planned"),
    ("Ostland and Brevia held ceasefire talks in Tarsk on Monday.", "ceasefire", "occurred"),
    ("The Brevian army said no ceasefire talks were held in Tarsk.", "ceasefire", "negated"),
])
def test_headline_arrangements_and_compounds(bare_nlp, text, word, modality):
    assert _classify(bare_nlp, text, word).modality == modality


@pytest.mark.parametrize("text,word,modality", [
    # a headline's present tense calls off as the past does
    ("Ostland calls off scheduled border exercises with Brevian units", "exercises", "negated"),
    # the act of a plan that is shelved, scrapped or abandoned will not take place; an announced plan's is planned
    ("The Brevian navy has shelved plans to order four frigates from Ostland.", "order", "negated"),
    ("Plans to build a dam on the Tarsk river were abandoned last year.", "build", "negated"),
    ("Brevia announced plans to send troops to Tarsk.", "send", "planned"),
    # what is not yet confirmed, or not confirmed, is unknown, not negated; "yet to" alone negates
    ("Ostland is yet to confirm the deployment of troops to Tarsk.", "deployment", "hypothetical"),
    ("Ostland has not confirmed the deployment of troops to Tarsk.", "deployment", "hypothetical"),
    ("Ostland has yet to deploy troops to Tarsk.", "deploy", "negated"),
])
def test_stopped_plans(bare_nlp, text, word, modality):
    assert _classify(bare_nlp, text, word).modality == modality


@pytest.mark.parametrize("text,word,modality", [
    # the act a proposal would carry out is an event of its own, a possibility
    ("Brevian senators are debating a measure that would ban all rallies in Tarsk.", "ban", "hypothetical"),
    # what a denied plan names is negated, an act of its own beside the denial
    ("The Ostland government denied it was planning a new offensive on Tarsk.", "offensive", "negated"),
    # an act denied outright is negated, an event of its own beside the denial
    ("The Ostland ministry denied an incursion into Brevian airspace.", "incursion", "negated"),
    # what a warning is of, and what a vow names, are acts of their own
    ("Ostland warned of a military response to any provocation in Tarsk.", "response", "hypothetical"),
    ("The Brevian president vowed retaliation for the attack on Tarsk.", "retaliation", "planned"),
    # a headline's reporting verb over a plan: the plan's act is the event ("says no plans to send troops")
    ("Ostland PM says no plans to send troops to Tarsk", "send", "negated"),
    # fire opened, and denied
    ("The Ostland army denied its soldiers had opened fire on protesters in Tarsk.", "opened", "negated"),
    # an event on a negated "rule out" carries the modality of the act it leaves open
    ("Ostland officials would not rule out an evacuation of the embassy in Tarsk.", "rule", "hypothetical"),
    # killings, abductions and kidnappings are assaults: denied outright, negated
    ("The Ostland army denied the killings of civilians in Tarsk.", "killings", "negated"),
    # an envoy recalled is a diplomatic sanction, here a possibility
    ("ostland could recall its diplomats from tarsk over the spy row, an official said", "recall", "hypothetical"),
])
def test_proposed_and_recalled_acts(event_nlp, text, word, modality):
    events = _events_on(event_nlp, text)
    assert word in events, sorted(events)
    assert events[word].modality == modality


def test_a_relative_clause_of_a_participant_stays_aside(event_nlp):
    """A relative clause that describes a participant ("a man who had attacked a patrol") is no act of the sentence:
    the arrest is the event, the attack no event of its own on the relative clause's verb as the main one."""
    events = _events_on(event_nlp, "The Ostland police arrested a man who had attacked a patrol in Tarsk.")
    assert "arrested" in events and events["arrested"].modality == "occurred", sorted(events)


def test_a_warned_effect_of_things_is_no_act(event_nlp):
    """What a warning says things may cause ("dearer grain may drive food prices higher") is no one's act: no event."""
    events = _events_on(event_nlp, "Brevia's finance ministry warned that dearer imported grain may drive food prices "
                                   "higher this winter.")
    assert "drive" not in events, {w: (e.type, e.modality) for w, e in events.items()}


def test_a_rejected_deal_is_no_denied_act(event_nlp):
    """Rejecting or dismissing is no denial that an act happened ("dismissed the talks as a sham": the talks took
    place): only the verbs of open denial (``negation.open_denials``) negate their object's act."""
    events = _events_on(event_nlp, "Ostland dismissed the talks in Tarsk as a sham.")
    assert all(e.modality != "negated" for w, e in events.items() if w == "talks"), {w: e.modality for w, e in events.items()}
