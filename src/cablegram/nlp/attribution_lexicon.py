"""Word lists for attribution: reporting cues, claimant classes and hedges.

Everything here is a constant (tuples, frozensets); :func:`verb_forms` expands
base verbs into their inflected forms because the default pipeline runs
without spaCy's lemmatizer (it is excluded for speed), so cues are matched on
the lower-cased surface form.
"""

from __future__ import annotations

from collections.abc import Iterable

# Verbs of saying and writing: a subject + one of these reports a statement.
SPEECH_VERBS: tuple[str, ...] = (
    "say", "tell", "add", "note", "state", "declare", "announce", "explain", "write", "tweet", "post",
    "report", "claim", "insist", "argue", "assert", "maintain", "contend", "stress", "emphasise", "emphasize",
    "underline", "underscore", "reiterate", "repeat", "reaffirm", "confirm", "deny", "acknowledge", "admit",
    "concede", "warn", "caution", "predict", "promise", "pledge", "vow", "threaten", "urge", "demand",
    "ask", "reply", "respond", "answer", "retort", "counter", "comment", "remark", "observe", "point",
    "mention", "disclose", "reveal", "allege", "accuse", "charge", "suggest", "propose", "recommend",
    "indicate", "signal", "hint", "estimate", "forecast", "conclude", "recall", "describe", "call",
    "characterise", "characterize", "tout", "boast", "complain", "lament", "concur", "agree", "disagree",
    "object", "protest", "criticise", "criticize", "condemn", "denounce", "praise", "welcome", "thank",
    "express", "voice", "discuss", "highlight", "brief", "inform", "testify", "quip", "joke", "muse",
    "shout", "cite", "notify", "assure", "reassure", "advise", "announce", "specify",
    "dismiss", "reject", "question", "blame", "defend", "decry", "deplore", "applaud", "hail", "endorse",
    "recount", "relate", "summarise", "summarize", "clarify", "elaborate", "speculate", "guarantee",
    "affirm", "attest", "certify", "proclaim", "declare", "publish", "detail", "outline",
)

# Verbs of stance: supporting, opposing, attacking someone or something (PolNeAR counts these).
STANCE_VERBS: tuple[str, ...] = (
    "support", "back", "oppose", "favor", "favour", "prefer", "refuse", "plan", "seek", "like", "dislike",
    "mock", "attack", "slam", "blast", "target", "encourage", "echo", "chant", "yell", "remind",
    "congratulate", "name", "refer", "talk", "speak", "focus", "tout", "ridicule", "bemoan", "disavow",
    "lambaste", "rip", "knock", "fault", "scold", "rebuke", "chide", "challenge", "dispute",
    "appear", "seem", "intend", "aim", "vow", "demand", "insist", "request", "decline",
)

# Forms of the verbs above that are mostly *not* attributions in news text (measured on the PolNeAR
# development part: fewer than a third of their occurrences are gold cues), e.g. "speaking at a rally",
# "they need", "the support", "he pledged $5m" (a commitment, handled by the commitments component).
EXCLUDED_FORMS: frozenset[str] = frozenset({
    "planned", "appearing", "encourages", "answer", "advised", "responding", "speaking", "spoken", "speak",
    "find", "heard", "hearing", "targeting", "targeted", "decide", "believed", "favors", "determine",
    "demanded", "requested", "maintains", "expects", "consider", "thought", "seeking", "seek", "seen",
    "support", "pledged", "wanted", "focus", "focused", "focusing", "question", "appear", "alleging",
    "demanding", "considers", "doubted", "challenging",
})

# Passive forms that report a belief without naming whose ("is expected to", "are said to"):
# attributions without a source (and hedges, see HEDGE_PHRASES).
SOURCELESS_PASSIVES: frozenset[str] = frozenset({
    "expected", "believed", "thought", "said", "reported", "rumoured", "rumored", "alleged", "understood",
    "considered", "seen", "viewed", "projected", "predicted", "estimated",
})

# Verbs of knowing, thinking and perceiving (PolNeAR annotates these as attributions too).
COGNITION_VERBS: tuple[str, ...] = (
    "think", "believe", "feel", "know", "expect", "hope", "fear", "worry", "doubt", "suspect", "assume",
    "guess", "reckon", "consider", "figure", "understand", "learn", "realise", "realize", "recognise",
    "recognize", "wonder", "want", "wish", "see", "find", "show", "judge", "conclude", "determine",
    "decide", "imagine", "suppose", "predict", "bet", "agree", "remember", "forget", "notice", "hear",
)

# Cues after which the subject is the publication itself ("Reuters has learned that …").
OUTLET_VERBS: tuple[str, ...] = ("learn", "understand", "establish", "confirm", "see", "obtain", "review")

# Irregular forms (base -> forms) the regular rules of :func:`verb_forms` would miss.
IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("said",), "tell": ("told",), "write": ("wrote", "written"), "think": ("thought",),
    "know": ("knew", "known"), "feel": ("felt",), "see": ("saw", "seen"), "find": ("found",),
    "show": ("shown",), "understand": ("understood",), "learn": ("learnt",), "hear": ("heard",),
    "forget": ("forgot", "forgotten"), "bet": ("bet",), "forecast": ("forecast",), "speak": ("spoke", "spoken"),
    "teach": ("taught",), "hold": ("held",), "swear": ("swore", "sworn"), "lie": ("lay", "lain"),
    "understood": (), "spell": ("spelt",), "read": ("read",),
}

# Multi-word cues matched as lower-case token sequences; the claimant follows the cue.
PREPOSITIONAL_CUES: tuple[tuple[str, ...], ...] = (
    ("according", "to"),
    ("in", "the", "words", "of"),
    ("as", "reported", "by"),
    ("citing",),
)

# Head nouns of unnamed-official claimants: "officials said", "a senior diplomat said".
ANONYMOUS_HEADS: frozenset[str] = frozenset({
    "source", "sources", "official", "officials", "diplomat", "diplomats", "aide", "aides", "insider",
    "insiders", "person", "persons", "people", "officer", "officers", "staffer", "staffers", "adviser",
    "advisers", "advisor", "advisors", "individual", "individuals", "member", "members", "someone",
    "lawmaker", "lawmakers", "negotiator", "negotiators", "envoy", "envoys", "figure", "figures",
    "contact", "contacts", "informant", "informants", "witness", "witnesses", "resident", "residents",
    "commander", "commanders", "operative", "operatives", "delegate", "delegates",
})

# Phrases that mark a claimant as deliberately unnamed wherever they occur in the sentence.
ANONYMITY_PHRASES: tuple[tuple[str, ...], ...] = (
    ("asked", "not", "to", "be", "named"), ("asked", "not", "to", "be", "identified"),
    ("declined", "to", "be", "named"), ("declined", "to", "be", "identified"),
    ("condition", "of", "anonymity"), ("requested", "anonymity"), ("speaking", "anonymously"),
    ("familiar", "with"), ("close", "to"), ("briefed", "on"), ("not", "authorized", "to", "speak"),
    ("not", "authorised", "to", "speak"), ("on", "background"),
)

# Head nouns of unnamed-expert claimants: "analysts say", "some observers believe".
ANALYST_HEADS: frozenset[str] = frozenset({
    "analyst", "analysts", "expert", "experts", "observer", "observers", "commentator", "commentators",
    "economist", "economists", "scholar", "scholars", "researcher", "researchers", "academic", "academics",
    "specialist", "specialists", "pundit", "pundits", "critic", "critics", "strategist", "strategists",
    "historian", "historians", "watcher", "watchers", "scientist", "scientists", "forecaster", "forecasters",
})

# Heads that speak for an institution rather than as a person ("a ministry spokesperson said").
INSTITUTIONAL_HEADS: frozenset[str] = frozenset({
    "spokesperson", "spokesman", "spokeswoman", "spokespeople", "ministry", "department", "government",
    "office", "agency", "embassy", "mission", "council", "committee", "commission", "administration",
    "military", "army", "police", "court", "parliament", "cabinet", "campaign", "party", "company",
    "firm", "group", "organisation", "organization", "union", "alliance", "coalition", "statement",
    "readout", "communique", "communiqué", "report", "survey", "poll", "polls", "study", "data",
    "kremlin", "pentagon", "bureau", "authorities", "authority", "secretariat", "command", "forces",
    "delegation", "regime", "junta", "leadership", "house", "senate", "congress",
})

# Titles that identify one person even without a name ("the Secretary noted …").
PERSON_TITLES: frozenset[str] = frozenset({
    "president", "secretary", "minister", "chancellor", "premier", "king", "queen", "prince", "emir",
    "ambassador", "governor", "mayor", "senator", "general", "chairman", "chairwoman", "chair",
    "director", "commissioner", "pope", "envoy", "leader", "candidate", "nominee", "speaker",
})

# Staff of the publication; with "our" ("our correspondent") they are the outlet itself.
OUTLET_STAFF: frozenset[str] = frozenset({
    "correspondent", "correspondents", "reporter", "reporters", "journalist", "journalists", "editor", "editors",
    "newsroom", "team", "staff",
})

# Words that mean the publication itself is the claimant.
OUTLET_SELF: frozenset[str] = frozenset({"we", "this newspaper", "this paper", "this publication", "this website", "this site",
                                     "this outlet", "this agency", "this news agency", "this magazine"})

# Hedges: single tokens (matched on lower case; modals only when tagged MD) …
HEDGE_WORDS: frozenset[str] = frozenset({
    "reportedly", "allegedly", "apparently", "possibly", "perhaps", "probably", "presumably", "purportedly",
    "supposedly", "seemingly", "likely", "unlikely", "unconfirmed", "unverified", "alleged", "rumoured",
    "rumored", "maybe", "ostensibly",
})
HEDGE_MODALS: frozenset[str] = frozenset({"may", "might", "could"})
# … and phrases (lower-case token sequences).
HEDGE_PHRASES: tuple[tuple[str, ...], ...] = (
    ("is", "believed", "to"), ("are", "believed", "to"), ("was", "believed", "to"), ("were", "believed", "to"),
    ("is", "thought", "to"), ("are", "thought", "to"), ("is", "said", "to"), ("are", "said", "to"),
    ("is", "understood", "to"), ("are", "understood", "to"), ("is", "expected", "to"), ("are", "expected", "to"),
    ("appears", "to"), ("appear", "to"), ("appeared", "to"), ("seems", "to"), ("seem", "to"), ("seemed", "to"),
    ("signals", "suggesting"), ("signs", "suggesting"), ("suggesting", "that"), ("it", "is", "possible"),
    ("it", "is", "unclear"), ("it", "was", "unclear"), ("not", "clear", "whether"), ("according", "to", "reports"),
    ("unconfirmed", "reports"),
)


def verb_forms(bases: Iterable[str]) -> frozenset[str]:
    """Base verbs plus their -s, -ed, -ing and irregular forms, lower-cased."""
    forms: set[str] = set()
    for base in bases:
        forms.add(base)
        forms.update(IRREGULAR.get(base, ()))
        if base.endswith("y") and base[-2:-1] not in "aeiou":
            forms.update({base[:-1] + "ies", base[:-1] + "ied", base + "ing"})
        elif base.endswith("e"):
            forms.update({base + "s", base + "d", base[:-1] + "ing"})
        elif base.endswith(("s", "sh", "ch", "x", "z")):
            forms.update({base + "es", base + "ed", base + "ing"})
        else:
            forms.update({base + "s", base + "ed", base + "ing"})
            # Doubled final consonant: "admit" -> "admitted", "regret" -> "regretted".
            if len(base) > 2 and base[-1] in "tpgnmr" and base[-2] in "aeiou" and base[-3] not in "aeiou":
                forms.update({base + base[-1] + "ed", base + base[-1] + "ing"})
    return frozenset(forms)

