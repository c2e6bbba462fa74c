"""The PLOVER event ontology: 16 event types, their modes, the shared contexts, and cue words.

Definitions paraphrase the PLOVER specification of the Open Event Data Alliance
(github.com/openeventdata/PLOVER). The cue lists are cablegram's own: verbs and
nouns that usually signal each type in English news, given as base forms (the
events component inflects them).

The 2016 gold-standard records use an older label space (18 types: DEMAND, DISAPPROVE,
INVESTIGATE and FIGHT instead of REQUEST and ACCUSE). :func:`to_gold_2016` documents
how our types map into it for evaluation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicons import load_lexicon, word_set


@dataclass(frozen=True)
class EventType:
    name: str
    quad: str  # verbal/material cooperation/conflict
    definition: str
    modes: dict[str, str] = field(default_factory=dict)
    needs_target: bool = False


VERBAL_COOP, MATERIAL_COOP, VERBAL_CONF, MATERIAL_CONF = (
    "verbal cooperation", "material cooperation", "verbal conflict", "material conflict")

# REQUEST and REJECT share their modes in PLOVER: what is asked for is what can be refused.
_ASK_MODES = {"assist": "aid or cooperation", "change": "policy or leadership change",
              "yield": "release, ceasefire, easing", "meet": "talks or mediation"}

_TYPES = (
    EventType("AGREE", VERBAL_COOP,
              "Say that one will do something cooperative: agree, promise, offer, accept a proposal, sign an accord."),
    EventType("CONSULT", VERBAL_COOP,
              "Meet, hold talks, visit, host, telephone or mediate between parties.",
              {"visit": "travel to meet the target", "host": "receive a visitor", "meet": "meet at a neutral place",
               "phone": "talk by telephone or video", "third-party": "mediation or talks among others"}),
    EventType("SUPPORT", VERBAL_COOP,
              "Express diplomatic backing: praise, endorse, defend, apologise, recognise, restore or upgrade ties."),
    EventType("CONCEDE", VERBAL_COOP,
              "Give way on a policy or demand: ease restrictions, lift a ban or curfew, call off a strike, accept an outcome.",
              {"policy": "change a policy", "rights": "restore rights or ease restrictions", "lift": "lift a curfew, ban or emergency",
               "end-protest": "end a protest or strike"}),
    EventType("COOPERATE", MATERIAL_COOP,
              "Work together materially: joint exercises, shared intelligence or expertise, trade, judicial cooperation.",
              {"military": "joint military action", "intelligence": "share information", "economic": "trade or investment"}),
    EventType("AID", MATERIAL_COOP,
              "Provide economic, military or humanitarian aid, or asylum.",
              {"economic": "loans, grants, funds", "military": "weapons, training, troops",
               "humanitarian": "food, medicine, shelter, evacuation", "asylum": "grant asylum"}),
    EventType("RETREAT", MATERIAL_COOP,
              "Yield materially: withdraw, release captives, return property, disarm, observe a ceasefire, allow access, resign.",
              {"withdraw": "withdraw forces or cede territory", "release": "free captives", "return": "return property",
               "disarm": "give up weapons", "ceasefire": "observe a ceasefire", "access": "let observers or aid in",
               "resign": "leave office"}),
    EventType("REQUEST", VERBAL_CONF,
              "Ask, urge or demand that the target do something.",
              _ASK_MODES),
    EventType("ACCUSE", VERBAL_CONF,
              "Criticise, condemn, accuse, blame, sue or investigate the target.",
              {"disapprove": "criticise or condemn", "allege": "accuse or blame", "sue": "take to court",
               "investigate": "open or conduct an investigation"}),
    EventType("REJECT", VERBAL_CONF,
              "Refuse, reject, veto or defy a proposal, request or norm.",
              _ASK_MODES),
    EventType("THREATEN", VERBAL_CONF,
              "Warn of a harmful act: sanctions, force, a boycott, broken ties, an ultimatum.",
              {"restrict": "boycott, blockade, curfew", "ban": "ban parties or people", "arrest": "imprison",
               "relations": "cut ties or talks", "expel": "expel diplomats or agencies", "territory": "seize territory",
               "violence": "use force"}),
    EventType("PROTEST", MATERIAL_CONF,
              "Collective dissent: demonstrations, riots, strikes, hunger strikes, boycotts, blockades by civilians.",
              {"demo": "demonstration or rally", "riot": "violent riot", "strike-gen": "general strike",
               "strike-lim": "strike in one sector", "strike-hun": "hunger strike", "boycott": "boycott",
               "obstruct": "block passage"}),
    EventType("SANCTION", MATERIAL_CONF,
              "Reduce relations: sanctions, embargoes, suspended aid or links, expelled diplomats, cancelled talks, convictions.",
              {"convict": "find guilty in court", "cancel": "cancel meetings", "expel": "expel an actor",
               "withdraw": "withdraw aid, observers, diplomats", "sever": "cut diplomatic or trade ties"}, needs_target=True),
    EventType("MOBILIZE", MATERIAL_CONF,
              "Show force short of using it: troop build-ups, alerts, deployments, tests of weapons.",
              {"troops": "mobilise armed units", "weapons": "ready weapon systems", "police": "mobilise police"}),
    EventType("COERCE", MATERIAL_CONF,
              "Repress or restrict: arrest, detain, deport, ban, censor, confiscate, impose curfew or martial law.",
              {"confiscate": "seize property", "restrict": "restrict freedoms or movement", "ban": "ban people or groups",
               "censor": "censor media", "curfew": "impose a curfew", "martial-law": "state of emergency",
               "arrest": "arrest, detain, charge", "deport": "expel individuals", "withhold": "cut off services or supplies"}),
    EventType("ASSAULT", MATERIAL_CONF,
              "Use violence that can cause serious harm: attacks, bombings, shelling, killings, torture, abductions.",
              {"abduct": "kidnap or hijack", "beat": "physical assault", "torture": "torture", "execute": "judicial execution",
               "sexual": "sexual violence", "assassinate": "targeted killing", "destroy": "destroy property",
               "primitive": "fire, blades, stones", "firearms": "small arms", "explosives": "bombs, mines, IEDs",
               "suicide-attack": "suicide attack", "heavy-weapons": "artillery, aircraft, missiles, armour"}),
)

EVENT_TYPES: dict[str, EventType] = {t.name: t for t in _TYPES}
TYPE_NAMES: tuple[str, ...] = tuple(EVENT_TYPES)

CONTEXTS: dict[str, str] = {
    "political": "politics not covered below", "military": "armed forces and military aid",
    "intelligence": "intelligence and information", "peacekeeping": "peacekeeping missions",
    "economic": "trade, finance, development", "diplomatic": "diplomacy", "resource": "territory and natural resources",
    "culture": "culture and education", "disease": "epidemics", "environment": "environment and disasters",
    "migration": "refugees and displaced people", "humanitarian": "humanitarian assistance", "legal": "law and courts",
    "human_rights": "human rights", "terrorism": "terrorism", "government": "government affairs",
    "election": "elections and campaigns", "legislative": "parliaments", "cbrn": "chemical, biological, nuclear",
    "cyber": "cyber attacks", "corruption": "corruption", "crime": "crime",
}

# Context cue words (lower case, matched on token text or prefix).
CONTEXT_CUES: dict[str, tuple[str, ...]] = {
    "military": ("army", "troops", "military", "soldier", "forces", "missile", "weapon", "arms", "artillery", "defence", "defense"),
    "economic": ("trade", "economic", "economy", "loan", "grant", "investment", "tariff", "finance", "fund", "budget"),
    "diplomatic": ("diplomat", "embassy", "ambassador", "minister", "talks", "summit", "envoy", "relations"),
    "migration": ("refugee", "asylum", "migrant", "displaced"),
    "humanitarian": ("humanitarian", "food aid", "medicine", "relief"),
    "legal": ("court", "judge", "law", "lawsuit", "trial", "charges", "prosecutor"),
    "human_rights": ("human rights",),
    "terrorism": ("terror", "militant", "extremist"),
    "election": ("election", "vote", "voting", "ballot", "campaign"),
    "legislative": ("parliament", "congress", "senate", "legislat"),
    "cbrn": ("nuclear", "chemical", "biological", "uranium"),
    "cyber": ("cyber", "hacker", "hacking"),
    "peacekeeping": ("peacekeep",),
    "corruption": ("corruption", "bribe", "kickback", "fraud"),
}

# Cue words per type (base forms; multiword cues are matched as phrases). Weight 1.0 unless given.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "AGREE": ("agree", "agreement", "promise", "pledge", "offer", "accept", "vow to", "commit", "commitment", "ready to",
              "prepared to", "willing to", "accord", "deal", "pact", "consent", "endorse plan"),
    "CONSULT": ("meet", "meeting", "talk", "talks", "visit", "host", "discuss", "negotiate", "negotiation", "mediate",
                "mediation", "consult", "telephone", "phone call", "summit", "trip", "hold talks", "hold meeting", "hold call", "confer", "receive", "welcome delegation",
                "speak with", "speak to", "phone", "host talks", "bilateral"),
    "SUPPORT": ("praise", "welcome", "endorse", "back", "defend", "apologize", "apologise", "recognize", "recognise",
                "upgrade", "restore ties", "support", "commend", "congratulate", "thank", "sign treaty", "treaty", "hail", "applaud",
                # signing an agreement (CAMEO 057, root 05; SUPPORT in the plv and PLOVER 2016 records): the signing
                # verb is the act's word, not the document
                "sign accord", "sign agreement", "sign deal", "sign pact", "sign protocol", "sign memorandum",
                "sign ceasefire", "sign truce", "sign armistice", "sign convention"),
    "CONCEDE": ("concede", "ease", "lift", "relax", "call off", "cancel restriction", "yield", "give in", "compromise",
                "lift curfew", "lift ban", "lift restriction", "lift sanction", "ease sanction", "remove sanction",
                "relax sanction", "scrap sanction"),
    "COOPERATE": ("cooperate", "cooperation", "share", "exchange", "war game", "joint exercise", "exercise", "drills", "collaborate",
                  "extradite", "partner"),
    "AID": ("aid", "donate", "provide", "send", "ship", "transfer", "supply", "deliver", "grant", "hand over", "give", "evacuate", "assist",
            "deploy",  # peacekeepers and relief teams (plover.toml senses.deploy tells it from MOBILIZE)
            "assistance", "fund", "finance", "loan", "lend", "asylum", "relief"),
    "RETREAT": ("withdraw", "withdrawal", "retreat", "release", "free", "surrender", "resign", "disarm", "return",
                "pull out", "step down", "open border", "reopen", "lift blockade", "evacuate troops", "ceasefire",
                "truce", "hand back", "cede", "allow access", "receive observer", "lay down weapon", "lay down arms",
                "allow return", "permit return", "let return",
                "pullout", "handover"),  # the nouns of "pull out" and of handing over control ("the handover of the port")
    "REQUEST": ("demand", "urge", "call for", "call on", "ask", "appeal", "request", "insist", "press", "pressure", "seek",
                "order", "must", "plead", "petition", "require", "call upon"),
    "ACCUSE": ("accuse", "blame", "criticize", "criticise", "condemn", "denounce", "charge", "allege", "sue",
               "investigate", "investigation", "probe", "inquiry", "complain", "protest to", "deplore", "lodge protest",
               "summon", "inspector", "accusation", "hold to account", "hold accountable", "criticism", "decry", "slam", "fault", "rebuke", "lawsuit",
               "prosecute", "prosecution"),
    "REJECT": ("reject", "refuse", "decline", "veto", "oppose", "dismiss", "deny", "rebuff", "renege", "fail",
               "spurn", "defy", "resist", "boycott vote", "turn down", "not accept", "out of the question"),
    "THREATEN": ("threaten", "threat", "warn", "ultimatum", "vow", "swear"),
    "PROTEST": ("protest", "demonstrate", "demonstration", "demonstrator", "rally", "riot", "rioter", "strike",
                "hunger strike", "march", "picket", "sit-in", "block", "blockade", "boycott", "petition", "signature",
                "shun work", "stop work", "walk out", "walkout", "agitation", "dharna", "bandh", "hartal", "gherao"),
    "SANCTION": ("sanction", "embargo", "suspend", "suspension", "expel", "cut", "sever", "break off", "halt",
                 "freeze", "expulsion diplomat", "expulsion envoy", "expulsion ambassador", "expulsion attaché",
                 "expulsion consul", "recall ambassador", "recall envoy", "recall diplomat", "deny entry", "end mediation", "cancel", "convict", "ban import",
                 "prohibit", "downgrade", "terminate", "break off relation", "break off ties", "sever relation", "sever ties",
                 "cut relation", "cut ties", "break relation", "break ties", "break diplomatic relation",
                 "penalize", "penalise", "curb on export", "curb on import", "curb on trade", "restriction on export",
                 "restriction on import", "restriction on trade", "export curb", "import curb", "export restriction",
                 "import restriction", "export control", "control on export",
                 # tariffs laid on another's goods (a trade restriction, as the curbs above)
                 "impose tariff", "impose duty", "impose countertariff", "impose counter-duty", "slap tariff",
                 "raise tariff", "hike tariff", "retaliatory tariff", "punitive tariff"),
    "MOBILIZE": ("mobilize", "mobilise", "deploy", "alert", "reinforce", "strengthen forces", "mass", "build up",
                 "buildup", "train", "test-fire", "test", "prepare", "patrol", "station", "move troops", "move forces",
                 "move tanks"),
    "COERCE": ("arrest", "apprehend", "detain", "deport", "ban", "outlaw", "censor", "confiscate", "seize", "impose curfew", "curfew",
               "martial law", "state of siege", "state of emergency", "crack down", "crackdown", "jail", "imprison",
               "raid", "prevent", "bar from", "restrict", "hold captive", "hold hostage", "hold prisoner", "hold in custody", "round up", "expel journalist", "expulsion journalist", "deportation", "shut down", "deface", "set fire",
               "torch", "demolish", "hostage", "human shield", "disperse"),
    "ASSAULT": ("attack", "kill", "bomb", "bombing", "shell", "shelling", "fire", "shoot", "wound", "injure", "assassinate",
                "assassination", "massacre", "torture", "beat", "abduct", "kidnap", "hijack", "clash", "fight", "fighting",
                "battle", "gunbattle", "strike", "airstrike", "air strike", "raid", "ambush", "capture", "invade",
                "occupy", "execute", "rape", "stab", "explode", "explosion", "blast", "missile", "artillery", "mortar",
                "rocket", "ethnic cleansing", "violate ceasefire", "offensive", "storm", "murder", "behead", "gun down",
                "machete", "rape", "assault", "military operation", "ground operation", "downed", "military action", "retaliate", "retaliation",
                "retake", "recapture", "push back", "invasion", "incursion", "slaughter", "onslaught", "bombardment",
                "military intervention", "military response", "blow up", "open fire", "killing", "abduction", "kidnapping", "exchange fire", "trade fire", "use weapon", "use munition",
                "hit by missile", "hit by rocket", "hit by drone", "hit by bomb", "hit by mortar",
                "hit by artillery", "hit by grenade", "hit by airstrike", "hit by cannon", "hit by gunfire",
                "launch missile", "launch rocket", "launch drone"),
}

# Cues of aid or goods asked for or refused (REQUEST and REJECT mode assist; a request also asks for "support").
_ASSIST_CUES = ("aid", "assist*", "help", "weapon", "fund", "funding", "supply", "deliver*", "missile", "ammunition",
                "shell", "artillery", "air defence", "air-defence", "air defense", "air-defense", "equipment", "loan")

# Goods asked for by name ("asked X for twenty diesel generators", "appealed for fire engines and tents"): aid asked
# for (REQUEST assist), read on the request's own phrase only (:data:`_OWN_PHRASE_CUES`: "generators" elsewhere in the
# sentence says nothing of what is asked).
_GOODS_ASKED = ("generator*", "vehicle*", "ambulance*", "fire engine*", "fire truck*", "truck*", "tent*", "blanket*",
                "fuel", "medicine*", "vaccine*", "food", "transformer*", "boat*", "tank*", "drone*", "rifle*", "radar*",
                "armour*", "armor*", "helmet*", "body armour", "body armor")

# Mode cue words: (type, mode) -> cues. A cue is one or more words, matched on whole words of the sentence
# (:func:`mode_of`): a word names a token's lower-case form or its lemma ("visit": "visited", "visits"); a word
# ending in "*" is a stem that a word begins with ("mediat*": "mediator", "mediation"); a hyphenated word is one
# word ("free" is not in "free-trade"). So "aid" is not found in "raid", nor "war" in "warned".
MODE_CUES: dict[tuple[str, str], tuple[str, ...]] = {
    ("CONSULT", "visit"): ("visit", "travel", "arrive", "trip"),
    ("CONSULT", "host"): ("host", "receive", "welcome"),
    ("CONSULT", "phone"): ("phone", "telephone", "call", "video*"),
    ("CONSULT", "third-party"): ("mediat*", "between"),
    # talks held or a meeting with no visit, host, call or mediator cued anywhere: a meeting (read last,
    # :data:`_FALLBACK_MODES`; "met X and Y in Z", "held talks with X")
    ("CONSULT", "meet"): ("meet", "meeting", "talks", "summit", "confer", "conference", "negotiat*", "consult*"),
    ("AID", "asylum"): ("asylum", "refuge"),
    ("AID", "military"): ("arms", "weapon", "military", "troop", "ammunition", "armed forces", "armour*", "armor*",
                          "tank", "air defence", "air-defence", "air defense", "air-defense", "artillery", "missile",
                          "howitzer", "drone", "shell", "warship", "helicopter", "fighter jet"),
    ("AID", "humanitarian"): ("food", "medic*", "humanitarian", "shelter", "evacuat*", "relief", "wounded", "water"),
    ("AID", "economic"): ("loan", "grant", "fund", "funding", "dollar", "million", "billion", "financ*", "credit"),
    ("RETREAT", "withdraw"): ("withdraw", "withdrawal", "retreat", "pull", "evacuat*", "surrender", "cede"),
    ("RETREAT", "release"): ("release", "free"),
    ("RETREAT", "return"): ("return", "hand back"),
    ("RETREAT", "disarm"): ("disarm*", "weapon"),
    ("RETREAT", "ceasefire"): ("ceasefire", "cease-fire", "truce"),
    ("RETREAT", "access"): ("observer", "access", "open", "reopen", "inspector"),
    ("RETREAT", "resign"): ("resign*", "step down"),
    ("REQUEST", "yield"): ("release", "free", "ceasefire", "cease-fire", "withdraw", "withdrawal", "lift", "ease",
                           "pull out", "hand over"),
    ("REQUEST", "meet"): ("talks", "meet", "meeting", "negotiat*", "mediat*", "dialogue"),
    # asking for weapons or goods to be sent is asking for aid ("asked X to deliver cruise missiles", "asked Y for twenty
    # diesel generators": goods words of _GOODS_ASKED count on the request's own phrase only)
    ("REQUEST", "assist"): ("support",) + _ASSIST_CUES + _GOODS_ASKED,
    ("REQUEST", "change"): ("resign*", "reform", "change", "step down", "election", "policy"),
    ("REJECT", "yield"): ("release", "free", "ceasefire", "cease-fire", "withdraw", "withdrawal", "lift", "ease",
                          "pull out", "demand"),
    ("REJECT", "meet"): ("talks", "meet", "meeting", "negotiat*", "mediat*", "dialogue", "invitation"),
    ("REJECT", "assist"): _ASSIST_CUES,
    ("REJECT", "change"): ("resign*", "reform", "change", "step down", "policy"),
    ("ACCUSE", "investigate"): ("investigat*", "probe", "inquiry", "inspector", "inspect*", "monitor*"),
    ("ACCUSE", "sue"): ("sue", "lawsuit", "court"),
    ("ACCUSE", "allege"): ("accus*", "blame", "allege", "allegation", "charge"),
    ("ACCUSE", "disapprove"): ("critic*", "condemn*", "denounc*", "complain*", "protest", "deplor*", "decry"),
    # "is a legitimate target": a threat to strike it
    ("THREATEN", "violence"): ("attack", "offensive", "blow", "force", "fight", "war", "kill", "strike", "weapon",
                               "legitimate target*"),
    ("THREATEN", "relations"): ("relation", "talks", "negotiation", "ties", "contact", "withdraw"),
    ("THREATEN", "restrict"): ("boycott", "blockade", "curfew", "block"),
    ("THREATEN", "ban"): ("ban",),
    ("THREATEN", "arrest"): ("arrest", "jail", "imprison", "detain", "detention"),
    ("THREATEN", "expel"): ("expel", "expulsion"),
    ("THREATEN", "territory"): ("occupy", "seize", "control", "annex*"),
    ("PROTEST", "strike-hun"): ("hunger",),
    ("PROTEST", "riot"): ("riot*",),
    ("PROTEST", "strike-gen"): ("strike", "work"),
    ("PROTEST", "obstruct"): ("block", "barricade", "blockade"),
    ("PROTEST", "boycott"): ("boycott",),
    ("PROTEST", "demo"): ("rally", "demonstrat*", "march", "protest", "signature", "petition"),
    ("SANCTION", "convict"): ("convict*", "guilty", "sentence"),
    ("SANCTION", "cancel"): ("cancel*", "call off", "postpone"),
    ("SANCTION", "expel"): ("expel", "expulsion"),
    ("SANCTION", "withdraw"): ("suspend", "withdraw", "aid", "recall", "end"),
    ("SANCTION", "sever"): ("sanction", "embargo", "sever", "cut", "link", "ties", "trade"),
    ("MOBILIZE", "police"): ("police",),
    ("MOBILIZE", "weapons"): ("missile", "weapon", "shell", "nuclear", "hacker", "test"),
    ("MOBILIZE", "troops"): ("troop", "force", "soldier", "army", "alert", "deploy", "reinforce*"),
    ("COERCE", "curfew"): ("curfew",),
    ("COERCE", "martial-law"): ("martial", "siege", "emergency"),
    ("COERCE", "deport"): ("deport*", "expel", "expulsion"),
    ("COERCE", "censor"): ("censor*", "web site", "website", "newspaper", "deface", "block access"),
    ("COERCE", "confiscate"): ("confiscat*", "seize", "seizure"),
    ("COERCE", "ban"): ("ban", "outlaw", "prohibit*"),
    ("COERCE", "arrest"): ("arrest", "detain", "detention", "jail", "imprison*", "hold", "custody", "round up"),
    ("COERCE", "restrict"): ("prevent", "restrict*", "disperse", "crack", "crackdown"),
    ("COERCE", "withhold"): ("cut off", "shut off", "withhold"),
    ("ASSAULT", "suicide-attack"): ("suicide",),
    ("ASSAULT", "explosives"): ("bomb*", "explos*", "mine", "landmine", "ied", "blast", "grenade"),
    ("ASSAULT", "heavy-weapons"): ("shell", "shelling", "artillery", "mortar", "rocket", "missile", "aircraft",
                                   "air strike", "airstrike", "tank", "warplane", "helicopter", "gunship", "jet"),
    ("ASSAULT", "primitive"): ("machete", "knife", "stab", "stone", "axe", "sword", "set fire", "arson", "torch"),
    ("ASSAULT", "firearms"): ("gun*", "shoot", "shot", "open fire", "rifle", "sniper"),
    ("ASSAULT", "torture"): ("tortur*",),
    ("ASSAULT", "beat"): ("beat", "punch", "assault"),
    ("ASSAULT", "abduct"): ("abduct*", "kidnap*", "hijack*", "hostage"),
    ("ASSAULT", "sexual"): ("rape", "sexual"),
    ("ASSAULT", "assassinate"): ("assassin*", "chief", "leader", "commander", "minister", "official"),
    ("ASSAULT", "execute"): ("execut*", "hang"),
    ("ASSAULT", "destroy"): ("destroy", "demolish", "raze"),
}


def _cue_words(cue: str) -> tuple[str, ...]:
    """A mode cue as its words ("air defence" -> ("air", "defence"); "air-defence" is one word)."""
    return tuple(cue.lower().split())


@lru_cache(maxsize=1)
def _mode_cue_words() -> dict[str, tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]]:
    """:data:`MODE_CUES` by type, in order: type -> ((mode, (cue words, ...)), ...)."""
    out: dict[str, list] = {}
    for (etype, mode), cues in MODE_CUES.items():
        out.setdefault(etype, []).append((mode, tuple(_cue_words(c) for c in cues)))
    return {t: tuple(v) for t, v in out.items()}


def mode_words(tokens) -> tuple[tuple[str, str], ...]:
    """(lower-case form, lemma) of each word of ``tokens`` (spaCy tokens, in order) for :func:`mode_of`. The
    tokens of a hyphenated word are one word, its own lemma ("free", "-", "trade": "free-trade")."""
    groups: list[list] = []
    for tok in tokens:
        prev = groups[-1][-1] if groups else None
        joined = (prev is not None and prev.i + 1 == tok.i and not prev.whitespace_
                  and "-" in (prev.text, tok.text))
        if joined:
            groups[-1].append(tok)
        else:
            groups.append([tok])
    return tuple((g[0].lower_, g[0].lemma_.lower()) if len(g) == 1 else (("".join(t.lower_ for t in g),) * 2)
                 for g in groups)


# Types whose object is what is given, asked for or refused: its words name the mode before the verb's
# ("granted asylum" is asylum, not the economic "grant"; "rejected the talks" is meet).
_OBJECT_MODE_TYPES = frozenset({"AID", "REQUEST", "REJECT", "CONSULT", "ASSAULT"})
# Modes read on the event's own phrase only, never elsewhere in the sentence: an attack is an assassination when
# its own word says so or its object is a leader ("killed the deputy chief"), not when "officials said" it.
_OWN_PHRASE_MODES = frozenset({("ASSAULT", "assassinate")})
# Modes that a cue of the event's own phrase gives only when no other mode of its type is cued anywhere in the
# sentence: a meeting is CONSULT meet unless it is a visit, a hosting, a call or a mediation
# ("met the Kelvian envoy during a visit to Brekka" is a visit).
_FALLBACK_MODES = frozenset({("CONSULT", "meet")})
# Cue words too common in a sentence's other phrases to name a mode from there ("police said", "the election
# campaign", "areas under rebel control"): read on the event's own phrase only.
_OWN_PHRASE_CUES = frozenset({("election",), ("policy",), ("control",), ("police",)})
# Cue words read on the event's own phrase only for one mode: goods asked for name a request for aid only where the
# request asks "for" them; elsewhere in the sentence ("food assistance" given) they still name other modes.
_OWN_PHRASE_MODE_CUES: dict[tuple[str, str], frozenset[tuple[str, ...]]] = {
    ("REQUEST", "assist"): frozenset(tuple(c.split()) for c in _GOODS_ASKED),
}
_MODIFIER_DEPS = ("compound", "amod")


def trigger_mode_tokens(event_type: str, trigger) -> list:
    """The tokens of an event's own phrase that :func:`mode_of` reads first: the trigger with its compound and
    adjective words ("hunger strike"), for :data:`_OBJECT_MODE_TYPES` its direct object with the object's, and for a
    request what it asks "for" ("asked X for twenty diesel generators")."""
    heads = [trigger] + ([c for c in trigger.children if c.dep_ == "dobj"] if event_type in _OBJECT_MODE_TYPES else [])
    if event_type == "REQUEST":
        heads += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for"
                  for g in c.children if g.dep_ == "pobj"]
    own = [t for h in heads for t in h.lefts if t.dep_ in _MODIFIER_DEPS] + heads
    return sorted(own, key=lambda t: t.i)


_COMPLEMENT_DEPS = frozenset({"dobj", "attr", "dative", "prep", "xcomp", "ccomp", "acomp"})


def _own_clause(verb) -> bool:
    """True when a coordinated verb has a complement of its own, so its clause is no shared one ("met the rebels
    and called for calm"; not "attacked and shelled the town", whose object both verbs share)."""
    return verb.pos_ == "VERB" and any(c.dep_ in _COMPLEMENT_DEPS for c in verb.children)


@lru_cache(maxsize=1)
def _body_nouns() -> frozenset[str]:
    """``plover.toml`` ``non_act.loose.body_nouns``: nouns of bodies whose compound word names only their kind."""
    return word_set(load_lexicon("plover"), "non_act.loose.body_nouns")


def _coordinated_clauses(trigger) -> set[int]:
    """Indices of the clauses coordinated with ``trigger``'s verb when both have their own complements (its
    conjoined verbs' subtrees; for a conjoined trigger, its head's clause less the subject the two share)."""
    skip: set[int] = set()
    if _own_clause(trigger):
        for child in trigger.children:
            if child.dep_ == "conj" and _own_clause(child):
                skip.update(t.i for t in child.subtree)
    head = trigger.head
    if trigger.dep_ == "conj" and _own_clause(trigger) and _own_clause(head):
        keep = {t.i for t in trigger.subtree}
        keep.update(t.i for c in head.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree)
        skip.update(t.i for t in head.subtree if t.i not in keep)
    return skip


def clause_mode_tokens(sent, trigger) -> list:
    """The tokens of ``sent`` that may cue the mode of the event on ``trigger``: the sentence less the clauses
    coordinated with the trigger's verb when both have their own complements ("met the rebels and called for calm":
    the call gives the meeting no phone mode, nor the meeting the call a meet mode); the shared subject is kept.
    A word that only names the kind of a body ("the host ministry") cues nothing."""
    bodies = _body_nouns()
    skip = _coordinated_clauses(trigger)
    skip.update(t.i for t in sent if t.dep_ == "compound" and t.head.lower_ in bodies)
    return [t for t in sent if t.i not in skip]


def event_mode(event_type: str, sent, trigger) -> str | None:
    """The PLOVER mode of the event of ``event_type`` on ``trigger`` (a spaCy token of the sentence ``sent``):
    :func:`mode_of` on the trigger's own phrase (:func:`trigger_mode_tokens`) and on its clause's sentence words
    (:func:`clause_mode_tokens`)."""
    return mode_of(event_type, mode_words(trigger_mode_tokens(event_type, trigger)),
                   mode_words(clause_mode_tokens(sent, trigger)))


def _word_is(cue_word: str, word: tuple[str, str]) -> bool:
    if cue_word.endswith("*"):
        return word[0].startswith(cue_word[:-1]) or word[1].startswith(cue_word[:-1])
    return cue_word in word


def _has_cue(words: tuple[tuple[str, str], ...], cue: tuple[str, ...]) -> bool:
    """True when the words hold the cue's words in a row."""
    n = len(cue)
    return any(all(_word_is(c, w) for c, w in zip(cue, words[i:i + n])) for i in range(len(words) - n + 1))


def mode_of(event_type: str, trigger_words: tuple[tuple[str, str], ...],
            sentence_words: tuple[tuple[str, str], ...]) -> str | None:
    """The PLOVER mode of an event of ``event_type``: the first mode (in :data:`MODE_CUES` order) with a cue among
    the trigger's own words, else the first with a cue anywhere in the sentence; None when no cue is there.
    A mode of :data:`_FALLBACK_MODES` is read last, on the trigger's own words only; one of
    :data:`_OWN_PHRASE_MODES` only there, in its place. Both word lists come from
    :func:`mode_words`; cues match whole words, never inside one ("raid" gives no "aid")."""
    modes = _mode_cue_words().get(event_type, ())
    passes = [(trigger_words, False, False), (sentence_words, False, True), (trigger_words, True, False)]
    for words, fallback, sentence in passes:
        for mode, cues in modes:
            key = (event_type, mode)
            if (key in _FALLBACK_MODES) != fallback or (sentence and key in _OWN_PHRASE_MODES):
                continue
            own_only = _OWN_PHRASE_CUES | _OWN_PHRASE_MODE_CUES.get(key, frozenset())
            if any(_has_cue(words, c) for c in cues if not (sentence and c in own_only)):
                return mode
    return None


# Modes of ASSAULT that the 2016 label space calls FIGHT (conventional military force).
_FIGHT_MODES = frozenset({"heavy-weapons", "firearms"})
# Cues of two-sided or conventional fighting (2016 FIGHT) even without a weapon mode.
FIGHT_CUES: tuple[str, ...] = ("clash", "fight", "battle", "gunbattle", "capture", "invade", "occupy", "offensive",
                               "ethnic cleansing", "violate ceasefire", "violating the ceasefire", "shell", "artillery")

GOLD_2016_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE", "DEMAND", "DISAPPROVE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT",
)


# Our types whose announced act the 2016 records code as AGREE: an intent to cooperate, aid, yield or meet
# (CAMEO 03, "Express intent to …"; "will give a grant", "will evacuate the settlements", "will visit").
INTENT_TO_COOPERATE: frozenset[str] = frozenset({"AID", "COOPERATE", "CONSULT", "RETREAT", "CONCEDE", "SUPPORT"})
# Material acts: announced with a condition on the other side ("will withdraw … unless …") they are an
# ultimatum, THREATEN in the 2016 records (CAMEO 139).
_MATERIAL = frozenset({"COOPERATE", "AID", "RETREAT", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
_UNANNOUNCED = frozenset({"occurred", "negated", None})


@lru_cache(maxsize=1)
def _gold_2016_rules() -> tuple[tuple[frozenset[str], str, re.Pattern], ...]:
    """``plover.toml`` ``[gold_2016]``: (our types, 2016 label, sentence pattern) where the two label sets differ."""
    rules = load_lexicon("plover").get("gold_2016", {})
    return tuple((frozenset(r["from"]), r["to"], re.compile(r["pattern"])) for r in rules.values())


def to_gold_2016(event_type: str, mode: str | None = None, fight: bool = False, modality: str | None = None,
                 sentence: str = "") -> str:
    """Map one of our 16 types (plus its mode, modality and lower-cased sentence) into the 2016 gold label space.

    - An announced (``planned``) cooperative act (:data:`INTENT_TO_COOPERATE`) → AGREE; an announced or
      possible material act in a sentence with "unless" → THREATEN (an ultimatum).
    - REQUEST → DEMAND (the 2016 set keeps only forceful requests; ours include them all).
    - ACCUSE with mode ``investigate`` → INVESTIGATE; other ACCUSE → DISAPPROVE.
    - ASSAULT with a conventional-weapon mode (heavy weapons, firearms), or flagged ``fight``
      (a two-sided clash, capture or invasion) → FIGHT; other ASSAULT → ASSAULT.
    - Where the 2016 records name an act differently from current PLOVER (``plover.toml`` ``[gold_2016]``,
      matched on ``sentence``, after the step above): imposed sanctions are SANCTION, not COERCE; human
      shields COERCE, not ASSAULT; lifted sanctions or blockades RETREAT, not CONCEDE; a withdrawal of
      peacekeepers, inspectors or aid workers SANCTION, and announced, THREATEN.
    - The other types keep their names.
    Sources: the CAMEO → PLOVER table of the PLOVER repository (``cameo/CAMEO-PLOV.txt``).
    """
    if modality not in _UNANNOUNCED:
        if event_type in _MATERIAL and " unless " in f" {sentence} ":
            return "THREATEN"
        if modality == "planned" and event_type in INTENT_TO_COOPERATE:
            event_type = "AGREE"
    for types, label, pattern in _gold_2016_rules():
        if event_type in types and pattern.search(sentence):
            return label
    if event_type == "REQUEST":
        return "DEMAND"
    if event_type == "ACCUSE":
        return "INVESTIGATE" if mode == "investigate" else "DISAPPROVE"
    if event_type == "ASSAULT":
        return "FIGHT" if (fight or mode in _FIGHT_MODES) else "ASSAULT"
    return event_type


def from_gold_2016(label: str) -> str:
    """Our type for a 2016 gold label (for training): the inverse of :func:`to_gold_2016` on types."""
    return {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}.get(label, label)


def is_cooperative(event_type: str) -> bool:
    return EVENT_TYPES[event_type].quad in (VERBAL_COOP, MATERIAL_COOP)
