"""Which attributions make a listed claim: the cue must be a predicate of saying, thinking or stance.

The attribution finder (:mod:`claims_finder`) is scored on PolNeAR and keeps every attribution it finds,
including those of its learned cue classifier and span tagger. A claim shown to an analyst needs more: a
*claim cue* (:func:`is_claim_cue`):

- the phrase "according to" (and the lexicon's other prepositional cues) or a punctuation cue (a colon or
  dash signing a quotation);
- a noun of saying or reporting (``[claim_cues] nouns`` in ``attribution.toml``: "statement", "interview");
- a verb of the speech lists with a content, or with a quotation in the sentence ("“…,” she said");
- a verb of quoting with its speaker ("Tass quoted a commander as saying", "was quoted as saying");
- a verb of the stance or thinking lists, or one only the learned models found, with a finite clause as
  content ("no one knows if …", "few knew he was there") or a quotation in the sentence.
  Infinitives are acts, not statements ("refused to surrender", "is aiming to do more"); a noun phrase
  object too ("expect a reckoning", "were taking positions"), unless the object is a statement or
  proposal (``[claim_cues] objects``: "shrugged off the criticism", "backed the resolution").

Never a claim cue: adjectives, adverbs, prepositions and auxiliaries ("fresh", "also", "of", "are"), and the
hedging verbs "appear"/"seem" ("it appears Moscow is losing patience" is the writer's hedge). Nor a cue of
another article's headline cited in brackets ("(Port will stay shut, minister admits, 4 March)": a title and a
date) or on a link line ("Read more: …", "Related: …"), nor a gerund of means after "by" without a finite
clause ("by asking prosecutors to charge him", "by pointing to results": a procedure or an act; "by saying
that …" stays a claim). Nor an act
(:func:`is_act_cue`): a decision ("decided it was time to leave", "will decide whether …"), a verb of
agreeing or refusing with an infinitive ("agreed to speak to reporters", "refused to comment"), a verb
of feeling whose subject is the cause and whose object the one who feels ("the idea that … worries
Democrats"), a vote, or "call"/"offer" with only an object ("called her brother", "offered a reward",
"call off a strike"; "called for talks" and "called it a farce" stay claims).

Whose voice "we" is (:func:`writer_voice`): the publication's only outside quotation marks, in a document
with a publisher and no first-person narrator ("I" outside quotation marks: a testimony told in the first
person, a column), and not in a call-out to readers (a sentence that addresses the reader with an imperative
or "you": "send us your photos and we will publish the best", "tell us what you think"). Inside a quotation "we" is the quoted speaker's; in a tracker row or a text without a
publisher it is the coder's or writer's own note ("we report the total as military support") — no claim.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from .claims_claimant import quoted_speaker
from .claims_finder import Attribution, speaks_anonymously
from .claims_lexicon import AttributionLexicon
from .claims_quotes import quote_regions
from .doc_cache import span_text

_CLAUSE_POS = frozenset({"VERB", "AUX"})
_FINITE_DEPS = frozenset({"ccomp", "parataxis"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_MODIFIER_DEPS = frozenset({"relcl", "acl", "amod"})
# Acts, not statements (lemmas): a decision; agreeing or refusing to do something (with an infinitive);
# a feeling caused by the subject in the object ("the plan worries diplomats").
DECISION_VERBS = frozenset({"decide"})
INFINITIVE_ACTS = frozenset({"agree", "refuse", "decline", "choose", "opt", "offer", "try", "attempt", "fail",
                             "manage", "hesitate"})
STIMULUS_VERBS = frozenset({"worry", "concern", "alarm", "trouble", "frighten", "anger", "bother", "upset",
                            "disturb", "dismay", "unsettle", "scare", "annoy", "irritate", "frustrate"})
_WE = frozenset({"we", "us"})
VOTING_VERBS = frozenset({"vote"})
# verbs that report a statement only with more than a plain object: "called for talks", "called it a farce",
# "called on X to …" (not "called her brother", "call off a strike"); "offered to mediate" is an infinitive act
OBJECT_ACTS = frozenset({"call", "offer"})
_MORE_THAN_OBJECT = frozenset({"ccomp", "parataxis", "xcomp", "oprd", "attr", "advcl"})
_CALL_PREPOSITIONS = frozenset({"for", "on", "upon"})


class ClaimCueCheck:
    """:func:`is_claim_cue` with the lexicon's word forms built once."""

    def __init__(self, lexicon: AttributionLexicon):
        self.lexicon = lexicon
        self.speech = lexicon.forms(lexicon.speech_verbs) | lexicon.forms(lexicon.outlet_verbs)
        self.hedging = lexicon.hedging_verbs
        self.prepositions = {p[0] for p in lexicon.prepositional_cues}
        self.listed = lexicon.forms(lexicon.stance_verbs | lexicon.cognition_verbs)
        self.cognition = lexicon.forms(lexicon.cognition_verbs)

    def __call__(self, att: Attribution, quoted: bool) -> bool:
        """Whether ``att`` may be a listed claim's attribution; ``quoted``: the sentence holds a quotation."""
        root = att.cue.root
        low = root.lower_
        first = att.cue[0].lower_
        if cited_elsewhere(att.cue) or no_voice(att):
            return False  # a cited headline in brackets, a "Read more:" line; a question, an order, a time
        if speaks_anonymously(root, self.lexicon.anonymity_phrases):
            return False  # "who spoke on condition of anonymity": how the source spoke, not what
        if first in self.prepositions or low in self.prepositions or root.pos_ == "PUNCT":
            return True
        verbal = root.pos_ == "VERB" or _tagged_noun_verb(root)
        if root.pos_ in _NOUN_POS and not verbal:
            return low in self.lexicon.claim_nouns or root.lemma_.lower() in self.lexicon.claim_nouns
        if not verbal or low in self.hedging or is_act_cue(att) or means_gerund(att) or purpose_infinitive(att, self.speech):
            return False
        return self._verb(att, quoted)

    def _verb(self, att: Attribution, quoted: bool) -> bool:
        root = att.cue.root
        if root.lower_ in self.speech or any(t.lower_ in self.speech for t in att.core or att.cue):
            # "“…,” she said", "…, Baghdad's military said, …"; not "the caliphate he had proclaimed"
            if _only_a_person(att.content) and not quoted:
                return False  # "welcomed us into their home", "thanked him": a gesture to someone, nothing said
            return quoted or att.content is not None or _colon_after(att.cue) or root.dep_ not in _MODIFIER_DEPS
        if quoted or self._proposition(att) or _stance_on_statement(att, self.lexicon) or quoted_speaker(att) is not None:
            return True  # … or an outlet quoting someone ("Tass quoted a commander as saying")
        if root.lower_ not in self.listed:
            return False
        # a report speaking ("a new analysis shows …"), or a content the parser split ("show the shipment
        # left in March"): a verb inside it
        source = att.source
        return source is not None and source.root.lower_ in self.lexicon.outlet_works or att.content is not None \
            and any(_split_clause_verb(t, root) for t in att.content)

    def _proposition(self, att: Attribution) -> bool:
        """Whether the cue reports a proposition: a finite clause (:func:`_finite_content`), or, for a verb of
        thinking, an infinitive with its own subject ("several analysts believed the estimate to be too high")."""
        return _finite_content(att) or att.cue.root.lower_ in self.cognition and _subject_infinitive(att.cue.root)


_QUOTE_MARK = re.compile("[“”\"]")
_QUESTION_OPENERS = frozenset({"do", "does", "did", "is", "are", "was", "were", "can", "could", "would", "will",
                               "should", "shall", "have", "has", "had", "how", "why", "what", "who", "where", "when",
                               "which", "whom", "whose", "may", "might", "must", "isn't", "aren't", "don't", "doesn't",
                               "didn't", "won't", "can't"})


def _asks(sent_text: str) -> bool:
    """Whether a sentence ending with "?" is built as a question from its first word ("Do they not feel …?", "How
    could …?"), not a statement with a question tacked on ("He said he was not hungry, for how could he be?")."""
    words = sent_text.lstrip("“”\"‘’' ").split(maxsplit=1)
    return bool(words) and words[0].lower().strip(",") in _QUESTION_OPENERS
_TIME_ENTS = frozenset({"DATE", "TIME"})
_DAYS = frozenset({"today", "tomorrow", "yesterday", "tonight"})
_WHOEVER = frozenset({"anyone", "anybody", "whoever"})  # "before anybody claims …": a speaker supposed, not quoted
_ORDER_SUBJECTS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "expl", "csubj"})


def no_voice(att: Attribution) -> bool:
    """Whether an attribution speaks for no one: its cue lies in a question ("Do they not feel enough of the
    killing?"; a question asks, it does not claim; a cue outside the quoted question keeps it), it is an order to the reader ("note that the court holds …": the
    writer addressing the reader, whoever the parser took for its source), or its source is a time ("here today,
    gone tomorrow": "tomorrow" says nothing) or anyone at all ("before anybody claims …", a speaker supposed)."""
    root = att.cue.root
    sent_text = span_text(att.cue.sent).rstrip().rstrip("”’\"'").rstrip()  # Span.text joins the tokens
    if sent_text.endswith("?") and root.pos_ in ("VERB", "AUX") and _asks(sent_text) \
            and (att.in_quote or not _QUOTE_MARK.search(sent_text)):
        return True  # a question asked; "He said: “How can we …?”" stays the speaker's claim
    if root.tag_ in ("VB", "VBP") and root.dep_ == "ROOT" and not any(c.dep_ in _ORDER_SUBJECTS for c in root.children):
        return True
    source = att.source
    return source is not None and (source.root.ent_type_ in _TIME_ENTS or source.root.lower_ in _DAYS
                                   or source.root.lower_ in _WHOEVER)


def purpose_infinitive(att: Attribution, speech: frozenset[str] | set[str]) -> bool:
    """Whether a verb cue is an infinitive of purpose or aim under a verb that reports nothing ("moved to support
    factions", "came to write about the camps"): an aim, not a statement; "went on to say that …" (a finite clause
    reported) and "declined to say" (:func:`is_act_cue`) are decided elsewhere."""
    root = att.cue.root
    if root.tag_ != "VB" or not any(c.tag_ == "TO" for c in root.children) or root.dep_ not in ("xcomp", "advcl"):
        return False
    if any(c.dep_ in _FINITE_DEPS for c in root.children):
        return False
    head = root.head
    return head.pos_ in ("VERB", "AUX") and head.lower_ not in speech


def _only_a_person(content: Span | None) -> bool:
    """Whether a content is no more than a personal pronoun ("us", "him", "them")."""
    return content is not None and len(content) == 1 and content.root.tag_ == "PRP"  # not "whom Turkey accuses of …"


_EXPECTING = frozenset({"expect", "predict", "forecast", "anticipate"})


def _subject_infinitive(verb) -> bool:
    """Whether a verb governs an infinitive "to be" clause with its own subject: "believed [the estimate to be too
    high]" (parsed as a clause with a subject, or as an object followed by an infinitive); not a wish ("wanted the
    envoy to leave"); a verb of expecting takes any infinitive with its own subject ("analysts expect growth to
    slow": a forecast)."""
    forecast = verb.lemma_.lower() in _EXPECTING
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp") and (c.lemma_ == "be" or forecast) and _infinitive(c) and (
                any(g.dep_ == "nsubj" for g in c.children) or any(o.dep_ == "dobj" for o in verb.children)):
            return True
    return False


def is_claim_cue(att: Attribution, lexicon: AttributionLexicon, quoted: bool) -> bool:
    """Whether ``att`` may be a listed claim's attribution (rules in the module docstring)."""
    return ClaimCueCheck(lexicon)(att, quoted)


def _tagged_noun_verb(token) -> bool:
    """A verb the tagger took for a noun: it has a subject and a clause ("Documents seen by X show that …")."""
    deps = {c.dep_ for c in token.children}
    return "nsubj" in deps and bool(deps & _FINITE_DEPS)


def _colon_after(cue: Span) -> bool:
    """"she said:" — the cue introduces what follows."""
    doc = cue.doc
    return cue.end < len(doc) and doc[cue.end].text in (":", "—", "–")


def _finite_content(att: Attribution) -> bool:
    """A finite clause reported by the cue: a clausal complement, or a content span whose root is a verb,
    that is no infinitive ("knew he was there", "knows if …", "show the shipment left"; not "refused to
    surrender", "is aiming to do more")."""
    root = att.cue.root
    if any(c.dep_ in _FINITE_DEPS and (c.pos_ in _CLAUSE_POS or _that_clause(c)) and not _infinitive(c)
           for c in root.children):
        return True
    content = att.content
    return content is not None and content.root.pos_ in _CLAUSE_POS and content.root.i != root.i \
        and not _infinitive(content.root)


def _that_clause(head) -> bool:
    """A clause opened by "that" with a subject whose verb the tagger took for another part of speech ("found that
    61 percent of voters back the plan": "back" read as a preposition)."""
    deps = {(c.dep_, c.lower_ if c.dep_ == "mark" else "") for c in head.children}
    return head.dep_ == "ccomp" and ("mark", "that") in deps and any(d in ("nsubj", "nsubjpass") for d, _ in deps)


def _split_clause_verb(token, cue) -> bool:
    """A finite verb the parser hung on a noun of the content ("show the shipment left": "left" an acl of
    "shipment"), not an infinitive, a participle used as an adjective or a verb under another verb."""
    return token.pos_ in _CLAUSE_POS and token.i != cue.i and token.dep_ in ("acl", "relcl", "ccomp") \
        and token.head.pos_ not in _CLAUSE_POS and not _infinitive(token)


def _infinitive(verb) -> bool:
    return verb.dep_ == "xcomp" or any(c.tag_ == "TO" for c in verb.children)


def _stance_on_statement(att: Attribution, lexicon: AttributionLexicon) -> bool:
    """A verb whose object is a statement or proposal ("shrugged off the criticism", "backed the
    resolution"): ``[claim_cues] objects`` or a noun of saying; in the passive with its agent, the passive subject
    ("the rumours were dismissed by the treasury")."""
    objects = lexicon.claim_objects | lexicon.claim_nouns
    root = att.cue.root
    deps = ("dobj", "nsubjpass") if att.source is not None and any(c.dep_ == "auxpass" for c in root.children) \
        else ("dobj",)
    return any(c.dep_ in deps and (c.lower_ in objects or c.lemma_.lower() in objects) for c in root.children)


def is_act_cue(att: Attribution) -> bool:
    """Whether a verb cue reports an act rather than a statement (module docstring): "decided …", "agreed to
    speak", "refused to comment", "the idea … worries Democrats", "voted for", "called her brother", "call off
    a strike", "offered a reward"; not "agreed that …", "worry that …", "called for talks"."""
    root = att.cue.root
    lemma = root.lemma_.lower()
    if lemma in DECISION_VERBS or lemma in VOTING_VERBS:
        return True
    deps = {c.dep_ for c in root.children}
    if lemma in OBJECT_ACTS:
        # "called her brother", "call off a strike", "offered a reward"
        if any(c.dep_ == "prt" for c in root.children):
            return True
        stated = deps & _MORE_THAN_OBJECT or any(c.dep_ == "prep" and c.lower_ in _CALL_PREPOSITIONS for c in root.children)
        return "dobj" in deps and not stated
    if lemma in INFINITIVE_ACTS:
        return not deps & _FINITE_DEPS and any(c.dep_ == "xcomp" and _infinitive(c) for c in root.children)
    return lemma in STIMULUS_VERBS and "dobj" in deps and not deps & _FINITE_DEPS


_LINK_LINE = re.compile(r"\s*(read more|related|see also|more on this story|further reading)\s*:", re.IGNORECASE)
_CITED_DATE = re.compile(r",\s*(\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|\d{4})\s*$")
_BRACKETS = {"(": ")", "[": "]"}


def cited_elsewhere(cue: Span) -> bool:
    """Whether a cue belongs to another article cited in the text: inside brackets that hold a headline and its
    date ("(Port will stay shut, minister admits, 4 March)") or on a link line ("Read more: …")."""
    sent = cue.sent
    text, at = span_text(sent), cue.start_char - sent.start_char
    line_start = text.rfind("\n", 0, at) + 1
    if _LINK_LINE.match(text, line_start):
        return True
    for opening, closing in _BRACKETS.items():
        a = text.rfind(opening, 0, at)
        if a < 0 or text.rfind(closing, a, at) >= 0:
            continue
        b = text.find(closing, at)
        if b > 0 and _CITED_DATE.search(text[a + 1:b]):
            return True
    return False


def means_gerund(att: Attribution) -> bool:
    """Whether the cue is a gerund of means after "by" with no finite clause ("by asking prosecutors to charge
    him", "by filing a lawsuit or by asking …", "by pointing to results"): the way something is done."""
    root = att.cue.root
    if root.tag_ != "VBG" or any(c.dep_ in _FINITE_DEPS for c in root.children):
        return False  # "by saying that …" reports a statement
    node = root
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ == "pcomp" and node.head.lower_ == "by"


def reader_callout(sent: Span, regions: list[tuple[int, int]]) -> bool:
    """Whether a sentence addresses the reader outside quotation marks: an imperative main verb ("Send us …",
    "Click here …", "Tell us …") or "you"/"your"."""
    def outside(tok) -> bool:
        return not any(a <= tok.idx < b for a, b in regions)
    for tok in sent:
        if tok.lower_ in ("you", "your") and outside(tok):
            return True
        if tok.dep_ == "ROOT" and tok.tag_ == "VB" and outside(tok) \
                and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "expl") for c in tok.children):
            return True
    return False


def writer_voice(att: Attribution, regions: list[tuple[int, int]]) -> bool:
    """Whether ``att``'s source is a first-person "we" that is not the publication speaking (module
    docstring): inside a quotation (``regions``: character ranges inside quotation marks), in a document
    without a publisher (a tracker row's coder), or in one told by a first-person narrator."""
    source = att.source
    if source is None or source.root.lower_ not in _WE or len(source) > 2:
        return False
    start = source.root.idx
    if att.in_quote or any(a <= start < b for a, b in regions):
        return True
    doc = source.doc
    if not doc._.cg_publisher or reader_callout(source.sent, regions):
        return True
    every = quote_regions(doc.text)  # short quotations too: "I" inside any of them is a speaker's
    return any(t.text == "I" and not any(a <= t.idx < b for a, b in every) for t in doc)
