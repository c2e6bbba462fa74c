"""``cablegram_claims``: who says what, sentence by sentence.

(spaCy forbids "." in factory names, so the factory is ``cablegram_claims``, not
``cablegram_claims.v1``; :data:`FACTORY` holds the name.)

Works on the existing parse only (dependency labels, tags, entities). Two layers:

- :class:`AttributionFinder` finds every attribution relation in a parsed doc:
  a *cue* (a reporting verb such as "said", "noted", "told", or the phrase
  "according to"), its *source* span (the grammatical subject; the agent of a
  passive; the object of "according to") and, where present, the *content*
  (the clausal complement). A sentence can hold several ("Officials said he
  told reporters that …"). The PolNeAR evaluation scores this layer.
  Cues come from the word lists in ``nlp/data/attribution.toml`` (:mod:`claims_lexicon`) and from a
  small learned classifier (:class:`CueModel` in :mod:`claims_cues`, logistic regression over parse
  features, one weighted sum per candidate token, shipped as
  ``models/attribution_cues.json`` and trained by ``scripts/train_attribution.py``):
  it adds cues the lists miss ("shrugged off", "continued", "his statement")
  and drops list cues it scores very low ("want", "spoke").
  With the learned **span tagger** (:mod:`claims_tagger`, three CRFs over parse features with the
  rules' own spans as features, ``models/attribution_{source,cue,content}.crfsuite``, trained by
  ``scripts/train_attribution_spans.py`` on the PolNeAR train compartment) the tagger's cues, sources
  and contents replace the rules' and the cue classifier's; a tagged cue without a tagged source or
  content keeps the rules' one for the same cue (rules as fallback).
- the component turns them into :class:`~cablegram.records.Claim` records, written to ``doc._.cg_claims``:
  one per sentence for its main attribution (or the sentence's own statement), and one more for each
  further attribution of another speaker in it ("A said …, while B said …"), with ``attribution_index``
  1, 2 … in cue order (:func:`further_attributions`); the main claim keeps the sentence's id.

Decisions (documented here because they shape the data):

- **Main attribution** of a sentence: cues outside quotation marks beat cues
  inside them (a quoted "I said …" belongs to the quoted speaker's words), a speaker
  beats the outlet that carried the words ("X said …, Reuters reported"), a main clause
  beats an adverbial one ("When X noted …, Y boasted …" is Y's), then the cue nearest
  the sentence root, then the first.
- **Statements, not acts**: an attribution needs a statement (:func:`is_statement`): a non-verb cue,
  a clause or quotation as content, or a verb with a noun-phrase object that is not a topic verb
  ("discussed preparations") or a PLOVER support verb ("signed an agreement"); those report an act of
  the subject (an event), and the sentence stays an unattributed claim.
- **Subjects as claimants**: "Blinken noted that …" and readout sentences such
  as "The two discussed whether …" take the grammatical subject as claimant; a
  participle without a subject ("…, adding that …") takes the source of the
  attribution before it in the sentence, else the subject of the verb it hangs
  on; a relative pronoun ("who said") is resolved to the noun it modifies.
- **Misparsed subjects**: a heading line glued onto a subject is cut off; a quotation the parser
  took for the subject gives way to the words between it and the verb ("“…,” the adviser said");
  a verb cue chosen by the classifier that still has no source takes one by position (the name
  after a verb that follows a quotation, else the nearest unquoted subject to its left). "there"
  is never a source.
- **Multi-sentence quotes**: sentences lying wholly inside a quotation whose
  attribution is in another sentence of the same quotation ("“A. B,” she said.")
  inherit that claimant, with ``quote="direct"``.
- **Claims without attribution** (``claimant_kind="none"``) are kept only for
  sentences that assert something: at least ``min_words`` words, a verb, not a
  question, not a byline ("By …"), not a heading (a line with no final
  punctuation) and not mostly links.
- **Claimant spans** are the naming phrase (:mod:`claims_naming`): no job description before a name
  ("press secretary Ann Lee" → "Ann Lee"), no appositive, no sum glued on by a relative clause; a
  sentence-final speaker the parser hung elsewhere ("…, the minister, Ann Lee, said") and the signature
  line of an embedded post ("— Ann Lee (@annlee) March 3, 2016") are found by position.
- **Claimant kinds**: the rules are in :mod:`claims_claimant` (outlet, analysts, anonymous, named,
  organisation; a capital or seat of government speaking is an organisation, a source naming a
  news outlet is the outlet; "one of the officials quoted by X" is anonymous, X only carried it; "his
  office"/"her office" is the person named before, kind named).
- **Evidence is no claimant**: pictures and films that "show" something have no voice of their own. When the
  phrase names the outlet that published them ("photographs on a local news site") the claim is that
  outlet's (kind outlet, the phrase as claimant text, as "documents seen by X": it vouches for what it
  published); otherwise the sentence is kept as the writer's
  own claim without claimant (kind none), not credited to the pictures.
- ``spans`` holds document character offsets ``{claimant, cue, content: [start, end]}`` of the
  main attribution (keys present when found).
- ``claimant`` is the actor id of an actor mention overlapping the source (from
  the actors component; a pronoun resolves to the person named before it, and
  ``claimant_text`` keeps the pronoun); without one it degrades to the source
  text (for *outlet*, the document's publisher when known).
- ``quote_spans`` are ``[start, end]`` character offsets, relative to the
  sentence, of quoted passages of at least ``min_quote_words`` words (shorter
  ones are scare quotes or titles); ``quote`` is *direct* when such a passage
  is present, *indirect* when there is a cue but no direct quotation.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..records import Claim
from .claims_checks import ClaimCueCheck, writer_voice
from .claims_pronouns import continue_quoted_speaker, group_pronoun_referent, it_referent, resolve_group_pronoun
from .claims_claimant import (_actor_index, classify, evidence_carrier, head_actor, is_channel, is_evidence,
                              noun_phrase, resolve_claimant, source_for_claim, unnamed_kind,
                              misparsed_modifier, names_an_outlet, passive_agent,
                              work_obtained_by)
from .claims_cues import DEFAULT_CUE_MODEL, CueModel, cue_candidates, cue_features, load_cue_model
from .claims_finder import Attribution, AttributionFinder, press_release_attribution, speaks_anonymously
from .claims_lexicon import AttributionLexicon, load_attribution_lexicon
from .claims_naming import (caseless_name_after_title, dash_signature, name_before_cue, signature_span,
                            without_conjoined_verb)
from .claims_quotes import quote_regions, words
from .claims_tagger import DEFAULT_SPAN_MODEL, SpanTagger, load_span_tagger
from .doc_cache import doc_text, span_text
from .claims_spans import after_quote as _after_quote
from .claims_spans import claim_content, inverted_speaker, phrase
from .claims_spans import fallback_source as _fallback_source
from .phrase_index import phrase_starts
from .extensions import doc_list, ensure_extensions
from .lexicons import load_lexicon, word_set
from .language import is_english

__all__ = ["FACTORY", "Attribution", "AttributionFinder", "ClaimsComponent", "CueModel", "DEFAULT_CUE_MODEL",
           "asserts_something", "attribution_spans", "classify", "cue_candidates", "cue_features", "find_hedges",
           "load_cue_model", "load_span_tagger", "SpanTagger", "DEFAULT_SPAN_MODEL", "quote_regions", "_after_quote",
           "_fallback_source"]

_TERMINAL = (".", "!", "?", "”", '"', "’", "'", ":", ";", ")", "…")


def find_hedges(sent: Span, lexicon: AttributionLexicon) -> list[str]:
    """Hedging words and phrases in a sentence, in order of appearance, without repeats."""
    toks = list(sent)  # one Token object per word (spaCy builds one on each access)
    tokens = [t.lower_ for t in toks]
    hits: list[tuple[int, str]] = []
    for i, tok in enumerate(toks):
        low = tokens[i]
        if low in lexicon.hedge_words or (low in lexicon.hedge_modals and tok.tag_ == "MD"):
            hits.append((i, low))
    for i, phrase in phrase_starts(tokens, lexicon.hedge_phrases):
        hits.append((i, " ".join(phrase)))
    out: list[str] = []
    for _, h in sorted(hits):
        if h not in out:
            out.append(h)
    return out


def asserts_something(sent: Span, min_words: int) -> bool:
    """Whether an unattributed sentence is a statement worth a Claim (see module docstring)."""
    toks = list(sent)  # one Token object per word (spaCy builds one on each access)
    words = [t for t in toks if t.is_alpha]
    if len(words) < min_words:
        return False
    text = span_text(sent).strip()
    if text.endswith("?") or text.lower().startswith("by ") and len(words) <= 8:
        return False
    if not any(t.pos_ in ("VERB", "AUX") for t in toks):
        return False
    if not text.endswith(_TERMINAL):
        return False  # headings, captions and datelines carry no final punctuation
    if sum(1 for t in toks if t.like_url or t.like_email) * 2 > len(words):
        return False
    return True


# --------------------------------------------------------------------------- the component

class ClaimsComponent:
    """Writes one Claim per reporting or asserting sentence to ``doc._.cg_claims``."""

    def __init__(self, nlp: Language, name: str, min_words: int, min_quote_words: int, include_cognition: bool,
                 cue_model: str | None = DEFAULT_CUE_MODEL, lexicon_extra: dict | None = None,
                 span_model: str | None = DEFAULT_SPAN_MODEL, span_min_confidence: float = 0.0):
        self.name = name
        self.min_words = min_words
        self.min_quote_words = min_quote_words
        self.lexicon = load_attribution_lexicon(lexicon_extra)
        self.finder = AttributionFinder(include_cognition=include_cognition, cue_model=load_cue_model(cue_model),
                                        lexicon=self.lexicon, span_tagger=load_span_tagger(span_model),
                                        min_confidence=span_min_confidence)
        support = word_set(load_lexicon("plover"), "non_event.support_verbs")
        self.act_forms = self.lexicon.forms(TOPIC_VERBS) | (support - self.finder.cues)
        self.cue_check = ClaimCueCheck(self.lexicon)
        lx = self.lexicon
        self._titles = lx.person_titles | lx.person_roles
        self._not_names = lx.institutional_heads | lx.anonymous_heads | lx.unnamed_people | lx.analyst_heads \
            | lx.outlet_heads

    def __call__(self, doc: Doc) -> Doc:
        claims = doc_list(doc, "cg_claims")
        claims.clear()
        if is_english(doc):  # non-English text is flagged by cablegram_language, not coded
            claims.extend(self.claims(doc))
        return doc

    def claims(self, doc: Doc) -> list[Claim]:
        text = doc_text(doc)  # Doc.text joins every token on each access
        regions = quote_regions(text)
        long_regions = [(a, b) for a, b in regions if words(text[a:b]) >= self.min_quote_words]
        by_sentence: dict[int, list[Attribution]] = {}
        found, rules = self.finder.find_with_rules(doc, regions)
        for att in found:
            if not speaks_anonymously(att.cue.root, self.lexicon.anonymity_phrases):  # not "who spoke on condition …"
                by_sentence.setdefault(att.sentence_index, []).append(att)
        actors = _actor_index(doc)
        sents = list(doc.sents)
        if self.finder.span_tagger is not None:
            _classifier_fallback(self.finder, sents, regions, by_sentence, rules)
            _speaker_fallback(self.lexicon, by_sentence, rules)
        out: dict[int, Claim] = {}
        further: dict[int, list[Claim]] = {}
        for si, sent in enumerate(sents):
            claims = self._sentence_claims(doc, si, sent, by_sentence.get(si), long_regions, actors,
                                           rules[si] if self.finder.span_tagger is not None else ())
            if claims:
                out[si], further[si] = claims[0], claims[1:]
        _propagate_quotes(sents, long_regions, out)
        listed = [out[i] for i in sorted(out)]
        continue_quoted_speaker(listed, doc, actors, self.lexicon)  # "“…” An aid, she said": the quotation's speaker
        return [c for main in listed for c in (main, *further.get(main.sentence_index, ()))]

    def _sentence_claims(self, doc: Doc, si: int, sent: Span, atts: list[Attribution] | None,
                         long_regions: list[tuple[int, int]], actors: dict[int, str],
                         rules: list[Attribution] = ()) -> list[Claim]:
        """The claims of one sentence: its main attribution's (or the sentence's own, unattributed) first, then one
        per further attribution of another speaker (:func:`further_attributions`), in cue order; [] for none. When
        the span tagger's attributions are all turned down (no claim cue: "to complain about what Islamabad says
        …" is an aim), the lexicon ``rules``' attributions of the sentence with a source are read instead."""
        spans = _sentence_quotes(sent, long_regions)
        atts = self._attributions(doc, si, sent, atts, spans, long_regions, rules)
        further: list[Attribution] = []
        if atts:
            main = min(atts, key=self._main_order(atts))
            further = further_attributions(main, atts, self.cue_check.speech)
            claims = [self._claim(doc, si, sent, a, actors, long_regions) for a in (main, *further)]
            for claim in claims:
                claim.quote = "direct" if spans else "indirect"
        elif asserts_something(sent, self.min_words) or spans:
            claims = [Claim(doc_id=doc._.cg_doc_id, sentence_index=si, sentence=sent.text)]
            claims[0].quote = "direct" if spans else "none"
        else:
            return []
        hedges = find_hedges(sent, self.lexicon)
        for n, claim in enumerate(claims):
            claim.quote_spans = [list(s) for s in spans]
            claim.hedges = list(hedges)
            claim.attribution_index = n
        return claims

    def _attributions(self, doc: Doc, si: int, sent: Span, tagged: list[Attribution] | None, spans: list[list[int]],
                      long_regions: list[tuple[int, int]], rules: list[Attribution]) -> list[Attribution] | None:
        """The statements among the tagger's attributions of a sentence, else among the rules' with a source when
        the tagger had some and all were turned down."""
        atts = self._statements(doc, si, sent, [_with_speaker(a) for a in tagged or ()], spans, long_regions)
        if not atts and tagged and rules:
            atts = self._statements(doc, si, sent, [_with_speaker(a) for a in rules if a.source is not None], spans,
                                    long_regions)
        return atts

    def _main_order(self, atts: list[Attribution]):
        """Sort key of a sentence's main attribution (module docstring): outside quotes first, with a source,
        then not an outlet that only carried another speaker's words ("X said …, Reuters reported" is X's
        claim), nearest the root, first."""
        channels = [a for a in atts if is_channel(a, self.lexicon)]
        carried = {id(c) for c in channels for a in atts if a is not c and a.source is not None and not a.in_quote
                   and not is_channel(a, self.lexicon) and carries(c, a)}
        # "Trump agreed to stay, according to a senior official": the official's claim, not Trump's
        carried |= {id(a) for a in atts for p in atts if p is not a and _according_to_whom(p)
                    and p.cue.root.head.i == a.cue.root.i and id(p) not in {id(c) for c in channels}}
        return lambda a: (a.in_quote, a.source is None, id(a) in carried, _subordinate(a), a.depth, a.cue.start)

    def _is_publication(self, source: Span | None) -> bool:
        """Whether an outlet source is the publication itself ("we", "this newspaper", "our correspondent",
        the publisher's name) rather than another outlet ("state media", "several outlets")."""
        if source is None:
            return True
        publisher = (source.doc._.cg_publisher or "").lower()
        text = source.text.lower()
        return text in self.lexicon.outlet_self or any(t.lower_ == "our" for t in source) \
            or bool(publisher) and publisher in text

    def _statements(self, doc: Doc, si: int, sent: Span, atts: list[Attribution] | None, spans: list[list[int]],
                    long_regions: list[tuple[int, int]]) -> list[Attribution] | None:
        """The attributions of a sentence that report a statement: with a quotation in the sentence all of
        them, else the press-release signature when there is none; without a quotation those that
        :func:`is_statement` keeps. Either way only attributions with a claim cue (:mod:`claims_checks`:
        a predicate of saying, thinking or stance, never "fresh", "also", "it appears"). None when nothing
        is left."""
        atts = _carried_evidence([a for a in atts or () if self.cue_check(a, bool(spans))
                                  and not writer_voice(a, long_regions)], self.lexicon)
        if spans:
            if atts:
                return atts
            following = doc[sent.end:].sents if sent.end < len(doc) else iter(())
            release = press_release_attribution(sent, si, long_regions, next(following, None))
            return [release] if release is not None else None
        following = doc[sent.end:].sents if sent.end < len(doc) else iter(())
        signed = _signed_post(si, sent, next(following, None))
        return signed or [a for a in atts or () if is_statement(a, self.act_forms)] or None

    def _claim(self, doc: Doc, si: int, sent: Span, att: Attribution, actors: dict[int, str],
               regions: list[tuple[int, int]] = ()) -> Claim:
        publisher = doc._.cg_publisher
        source = source_for_claim(att)
        kind = classify(att.source, att, publisher, self.lexicon, [t.lower_ for t in sent], head_actor(source, actors))
        named = next((n for n in (caseless_name_after_title(s, self._titles, self._not_names)
                                  for s in (att.source, source) if s is not None) if n is not None), None)
        if named is not None:  # "police commissioner h.t. sangliana said" in a text without capitals
            source, kind = named, "named"
        text = source.text if source is not None else None
        claimant = None
        if source is not None:
            claimant, kind = resolve_claimant(doc, si, source, kind, actors, self.lexicon)
        if claimant is None and kind == "outlet" and publisher and self._is_publication(source):
            claimant = publisher
        elif claimant is None and source is not None and _is_pronoun(source):
            claimant = resolve_group_pronoun(doc, source.root, actors)  # "it"/"they"; None when unsure
            kind = self._referent_kind(doc, source, kind, actors)
        elif claimant is None:
            claimant = text  # a pronoun left unresolved keeps no claimant; claimant_text holds it
        return Claim(doc_id=doc._.cg_doc_id, sentence_index=si, sentence=sent.text, claimant_kind=kind,
                     claimant=claimant, claimant_text=text, cue=att.cue_label, spans=attribution_spans(att, source, regions))


    def _referent_kind(self, doc: Doc, source: Span, kind: str, actors: dict[int, str]) -> str:
        """The kind of what a "they" claimant refers to when that is unnamed people ("Experts warned …. They said
        …": analysts; "Residents fled …. They said …": anonymous), else ``kind``."""
        it = it_referent(doc, source.root, actors)
        if it is not None and names_an_outlet(noun_phrase(it), self.lexicon):
            return "outlet"  # "The Harbour Ledger published the files. It reported …": the newspaper
        referent = group_pronoun_referent(doc, source.root, actors)
        if referent is None:
            return kind
        return unnamed_kind(noun_phrase(referent), self.lexicon, [t.lower_ for t in referent.sent]) or kind


def _sentence_quotes(sent: Span, long_regions: list[tuple[int, int]]) -> list[list[int]]:
    """``[start, end]`` offsets, relative to the sentence, of the parts of long quotations inside it."""
    spans = [[max(a, sent.start_char) - sent.start_char, min(b, sent.end_char) - sent.start_char]
             for a, b in long_regions if a < sent.end_char and b > sent.start_char]
    return [s for s in spans if s[1] > s[0] and sent.text[s[0]:s[1]].strip()]


# Verbs of talking about a subject: their noun-phrase object is a topic ("discussed preparations for …"),
# not a statement; with a clause ("discussed whether …") they still report one.
TOPIC_VERBS = ("discuss", "talk", "speak", "debate", "address", "brief", "outline", "detail",
               "mention", "review", "focus", "refer")
_CLAUSE_POS = frozenset({"VERB", "AUX"})
_COMPLEMENT_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})


def is_statement(att: Attribution, act_forms: frozenset[str]) -> bool:
    """Whether an attribution reports a statement rather than an act of its subject.

    Reports a statement: a cue that is not a verb ("according to", "a statement", a signing dash); a verb
    whose content is a clause ("said that …",
    "discussed whether …", "urged Norlund to withdraw"); any other verb with a noun-phrase object
    ("denied the report", "welcomed the resolution", "shrugged off the criticism"). Reports an act, an
    event rather than a claim: a verb of ``act_forms`` (inflected forms) with a noun-phrase object, that
    is a topic verb ("discussed preparations") or a PLOVER support verb outside the cue lists
    ("signed an agreement", "made a donation"); a main verb without a found content or clause ("He has
    reported extensively from …", unlike "As first reported by X, …"; a quotation in the sentence is content enough, and such sentences do not come
    here) or a negated one with only a prepositional object ("did not respond to my messages"). The
    sentence is then kept as an unattributed claim when it asserts something."""
    root = att.cue.root
    if root.pos_ in _CLAUSE_POS and (att.content is None and root.dep_ == "ROOT" and not _has_clause(root) or
                                     att.content is not None and _negated_object(root, att.content)):
        return False  # "He has reported extensively from …", "did not respond to my messages": nothing reported
    if root.pos_ not in _CLAUSE_POS or att.content is None or root.lower_ not in act_forms:
        return True
    # A topic or support verb reports a statement only with a clause as its complement; a clause inside
    # its noun-phrase object ("preparations … and how partners could help") leaves it an act.
    return att.content.root.pos_ in _CLAUSE_POS or any(c.dep_ in _COMPLEMENT_DEPS for t in att.cue for c in t.children)


def _has_clause(verb) -> bool:
    """Whether a verb governs a clause or an object, its conjoined verbs aside ("quoted X as saying the crossing
    …", "shrugged off the criticism")."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return True
    stack = [c for c in verb.children if c.dep_ != "conj"]
    while stack:
        token = stack.pop()
        if token.dep_ in _COMPLEMENT_DEPS or token.dep_ == "pcomp" and token.pos_ in _CLAUSE_POS:
            return True
        stack.extend(c for c in token.children if c.dep_ != "conj")
    return False


def _with_speaker(att: Attribution) -> Attribution:
    """``att`` with a source when it has none: the cue's own noun subject ("Documents seen by X show …", a verb
    the tagger took for a noun), the speaker the parser left out of a sentence-final cue ("…, the minister, Ann
    Lee, said on Monday"; :func:`claims_naming.name_before_cue`), the noun phrase after a verb that follows a
    quotation ("“…,” lamented one aid worker"); with a source cut before a verb phrase run into it
    (:func:`claims_naming.without_conjoined_verb`) and with the verb's own noun subject when its source lies
    elsewhere (:func:`own_subject`)."""
    att = _according_to_compound(att)
    if att.source is not None:
        own = _according_object(att) or work_obtained_by(att.source, att.cue.root) or _agent_before_conjunct(att)
        if own is not None:
            return replace(att, source=own)
        cut = without_conjoined_verb(att.source)
        if cut is not att.source:
            return replace(att, source=cut)
        subject = own_subject(att.cue.root) or _subject_beside_according(att)
        if subject is None or att.source.start <= subject.i < att.source.end:
            return att
        found = phrase(subject)
        return replace(att, source=found) if found is not None else att
    verb = att.cue.root
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    name = phrase(subject) if subject is not None else name_before_cue(verb) or inverted_speaker(verb)
    return replace(att, source=name) if name is not None else att


def own_subject(verb):
    """The noun subject of a verb cue of another clause than its source's: "Iraqi warplanes attacked …, Baghdad's
    military said" (the tagger's source is the first clause's subject), for a verb the parser set beside the
    reported clause (parataxis); None otherwise."""
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "parataxis":
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)


def _according_object(att: Attribution) -> Span | None:
    """The object of an "according to X" cue whose source was taken from before it ("…,’’ he told the court, according
    to News Corp": the tagger paired the cue with "he"); None when the source is already after the cue or there is no
    object."""
    if att.cue[0].lower_ != "according" or att.source.start >= att.cue.end:
        return None
    obj = next((c for t in att.cue for c in t.children if c.dep_ == "pobj" and c.i >= att.cue.end), None)
    if obj is not None:
        return phrase(obj)
    doc, end = att.cue.doc, att.cue.end  # a misparsed object ("News Corp." hung on the verb): the name after the cue
    while end < att.cue.sent.end and (doc[end].pos_ in _NAME_POS or doc[end].is_title):
        end += 1
    return doc[att.cue.end:end] if end > att.cue.end else None


_NAME_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ"})


def _agent_before_conjunct(att: Attribution) -> Span | None:
    """The agent of a passive cue when the source is a noun the parser conjoined to the cue verb itself ("… has been
    forecast by the district's police chiefs, and the elder members of the council": the second noun hung on
    "forecast"): the agent named with "by" is the claimant; None otherwise."""
    root, verb = att.source.root, att.cue.root
    if root.dep_ != "conj" or root.head.i != verb.i or root.pos_ not in ("NOUN", "PROPN"):
        return None
    agent = passive_agent(att)
    return agent if agent is not None and agent.end <= att.source.start else None


def _according_to_compound(att: Attribution) -> Attribution:
    """An "according to" cue whose next word the parser took for a verb with the source as its object ("according
    to show insiders": "show" a base-form verb) cut back to "according to"; the word stays out of the source, whose
    head decides the kind, and joins the claimant's words (:func:`claims_claimant.misparsed_modifier`)."""
    cue = att.cue
    if len(cue) < 3 or att.source is None or misparsed_modifier(att.source) != cue[2].i:
        return att
    return replace(att, cue=cue.doc[cue.start:cue.start + 2], cue_label="according to")


def _subject_beside_according(att: Attribution):
    """The verb cue's own noun subject when its source is the object of an "according to" on the same verb
    ("Tomas Orlik said …, according to the Courier": the speaker is Orlik, the outlet only carried it); else None."""
    verb, root = att.cue.root, att.source.root
    if verb.pos_ not in ("VERB", "AUX") or root.dep_ != "pobj" or root.head.lower_ != "to" \
            or root.head.head.lower_ != "according" or root.head.head.head.i != verb.i:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)


def _carried_evidence(atts, lexicon: AttributionLexicon) -> list[Attribution]:
    """Attributions without those whose source is a picture or film (:func:`claims_claimant.is_evidence`) that no
    outlet published ("Video footage showed …": the writer's own statement, kept as a claim without claimant);
    a picture an outlet published stays, an outlet's work ("Photographs on a local news site showed …", kind
    outlet, as "documents seen by X")."""
    return [a for a in atts if not is_evidence(a.source) or evidence_carrier(a.source, lexicon) is not None]


def _signed_post(si: int, sent: Span, next_sent: Span | None = None) -> list[Attribution] | None:
    """The attribution of an embedded post by its signature line ("… — Ann Lee (@annlee) March 3, 2016") or of
    an unquoted statement signed by a dash and a name ("Russia will respond. — Ministry of Foreign Affairs";
    the name may stand in ``next_sent``): the name is the source, the dash the cue, the words before the dash
    in the sentence the content."""
    found = signature_span(sent) or dash_signature(sent, next_sent)
    if found is None:
        return None
    name, dash = found
    end = min(dash.start, sent.end)
    content = sent.doc[sent.start:end] if end > sent.start else None
    return [Attribution(si, dash, name, content, 0, False, dash.text)]


_SUBORDINATORS = frozenset({"when", "as", "after", "before", "while", "if", "because", "since", "though",
                            "although", "once", "until", "whereas"})


def _subordinate(att: Attribution) -> bool:
    """Whether the cue heads an adverbial clause ("When Lee noted that …, Park boasted …": Park's is the main
    attribution), or opens the sentence with a subordinator the parser left on a root."""
    root = att.cue.root
    start = root.sent.start
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in _SUBORDINATORS and (root.dep_ == "advcl" or c.i == start)
               for c in root.children)  # also a clause the parser made the root, opened by "When" at the start


# Verbs of making something public: negated with a noun-phrase object ("did not announce new lending", "disclosed
# no figures") they report that nothing was made public, no claim.
_ANNOUNCING = frozenset({"announce", "unveil", "disclose", "reveal", "publish", "release", "detail", "specify"})


def _negated_object(verb, content: Span) -> bool:
    """Whether a negated verb has only a prepositional object for content ("did not respond to questions"), or a
    verb of making public has a noun-phrase object under a negation ("did not announce new lending", "announced no
    new loans")."""
    negated = any(c.dep_ == "neg" for c in verb.children)
    if content.root.dep_ == "pobj":
        return negated
    obj = content.root
    if obj.dep_ != "dobj" or obj.head.i != verb.i or obj.pos_ not in ("NOUN", "PROPN") \
            or verb.lemma_.lower() not in _ANNOUNCING:
        return False
    return negated or any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children)


def _classifier_fallback(finder: AttributionFinder, sents: list[Span], regions, by_sentence: dict[int, list],
                         rules: list[list[Attribution]]) -> None:
    """Sentences where the span tagger and the rules found no source take the cue classifier's
    attributions with a source (unusual cues: "“…,” sighed a senior diplomat"); a claim needs a claimant."""
    for si, sent in enumerate(sents):
        if not any(a.source is not None for a in by_sentence.get(si, ())):
            extra = finder.classifier_fallback(sent, si, regions, rules[si])  # the rules' output, not run again
            if extra:
                by_sentence.setdefault(si, []).extend(extra)


def _speaker_fallback(lexicon: AttributionLexicon, by_sentence: dict[int, list], rules: list[list[Attribution]]) -> None:
    """Sentences whose only sourced attributions name the outlet that carried the words ("…,” the ministry said
    in a statement, Tass reported") take the rules' attributions of the speaker the tagger left out."""
    for si, atts in by_sentence.items():
        sourced = [a for a in atts if a.source is not None]
        if not sourced or not all(is_channel(a, lexicon) for a in sourced):
            continue
        taken = {t.i for a in atts for t in a.cue}
        atts.extend(a for a in rules[si] if a.source is not None and not is_channel(a, lexicon)
                    and not any(t.i in taken for t in a.cue) and any(carries(c, a) for c in sourced))


def further_attributions(main: Attribution, atts: list[Attribution], speech: frozenset[str] | set[str] = frozenset()
                         ) -> list[Attribution]:
    """The attributions of a sentence besides ``main`` that are claims of their own, in cue order: with a source
    outside quotation marks and another speaker than ``main``'s ("A said …, while B said …"; "…, which Damascus
    believes …"; the outlet that carried the main speaker's words, "X said …, according to Tass", is the outlet's
    claim that X said it), at most one per speaker (its source or the claimant it resolves to) and per cue; inside
    ``main``'s content only a verb of ``speech`` (word forms) or "according to" (:func:`_reported_act`)."""
    taken = {t.i for t in main.cue}
    speakers = [s for s in (main.source, source_for_claim(main)) if s is not None]
    out = []
    for att in sorted(atts, key=lambda a: a.cue.start):
        if att is main or att.source is None or att.in_quote or any(t.i in taken for t in att.cue):
            continue
        own = [s for s in (att.source, source_for_claim(att)) if s is not None]
        if any(_same_speaker(a, b) for a in own for b in speakers) or _reported_act(att, main, speech):
            continue
        out.append(att)
        taken.update(t.i for t in att.cue)
        speakers.extend(own)
    return out


def _reported_act(att: Attribution, main: Attribution, speech: frozenset[str] | set[str]) -> bool:
    """Whether ``att`` lies inside what ``main`` reports without a verb of saying ("Trump discussed Syria with
    Erdoğan, a spokesman said": the talk is the reported act, not a second statement); a verb of saying inside it
    ("Officials said he told reporters that …") stays a claim of its own."""
    content = main.content
    inside = content is not None and content.start <= att.cue.start and att.cue.end <= content.end
    return inside and att.cue.root.lower_ not in speech and att.cue[0].lower_ != "according"


def _same_speaker(a: Span, b: Span) -> bool:
    """Whether two sources are one speaker: overlapping spans or the same words."""
    return a.start < b.end and b.start < a.end or a.text.lower() == b.text.lower()


def _according_to_whom(att: Attribution) -> bool:
    """An "according to X" attribution whose source is its own object X (not a subject the tagger paired it with)."""
    return att.cue[0].lower_ == "according" and att.source is not None and att.source.start >= att.cue.end


def carries(channel: Attribution, speaker: Attribution) -> bool:
    """Whether an outlet's attribution carries a speaker's: the speaker's cue heads the reported clause that
    precedes the outlet ("the ministry said …, Tass reported"), or the outlet's cue hangs on the speaker's ("X
    denied …, according to Tass"); not a clause inside the carried words ("… where he agreed"), nor a report
    the outlet opens ("CNN reported that X testified …" stays the outlet's)."""
    outlet_cue, speaker_cue = channel.cue.root, speaker.cue.root
    return speaker_cue.head.i == outlet_cue.i and speaker_cue.dep_ in ("ccomp", "parataxis") \
        and speaker_cue.i < outlet_cue.i or outlet_cue.head.i == speaker_cue.i


def attribution_spans(att: Attribution, source: Span | None, regions: list[tuple[int, int]] = ()) -> dict[str, list[int]]:
    """Document character offsets of the claimant, cue and content of ``att`` (keys only when found); the
    content as :func:`~cablegram.nlp.claims_spans.claim_content` reads it (in the cue's sentence unless a
    quotation in ``regions`` runs on, without the cue or claimant)."""
    out = {"cue": [att.cue.start_char, att.cue.end_char]}
    if source is not None:
        out["claimant"] = [source.start_char, source.end_char]
    content = claim_content(att.content, att.cue, source, list(regions))
    if content is not None:
        out["content"] = list(content)
    return out


_PRONOUNS = frozenset({"he", "she", "i", "him", "her", "it", "they", "them", "we", "who", "whom", "which", "that"})
QUOTE_EDGE = 60  # characters between a quotation's mark and the cue that attributes it


def _is_pronoun(source: Span | None) -> bool:
    return source is not None and len(source) == 1 and source.root.lower_ in _PRONOUNS


def _attaches_after(text: str, b: int) -> bool:
    """Whether what follows the closing mark at ``b`` can attribute the quotation: the quotation ends with a
    comma or dash ("…,” she said"), or the next word is lower case ("…?” he asked"); after a full stop a new
    sentence begins ("…damage.” Ann Lee, the director, said …" is someone else)."""
    last = text[:b].rstrip()[-1:]
    if last in (",", "—", "–", "-"):
        return True
    rest = text[b + 1:].lstrip(" ,”\"")
    return bool(rest) and rest[0].islower() and last != "."


def _quote_speaker(candidates: list[int], out: dict[int, Claim], a: int, b: int, text: str) -> Claim | None:
    """The claim that attributes the quotation ``[a, b)``: its cue lies outside the marks within
    :data:`QUOTE_EDGE` characters of them; a closing attribution ("…,” she said") wins over an opening one
    ("She said: “…")."""
    closing = opening = None
    for i in candidates:
        claim = out.get(i)
        cue = (claim.spans or {}).get("cue") if claim is not None and claim.claimant_kind != "none" else None
        if not cue:
            continue
        if closing is None and b <= cue[0] <= b + QUOTE_EDGE and _attaches_after(text, b):
            closing = claim
        elif opening is None and a - QUOTE_EDGE <= cue[1] <= a:
            opening = claim
    return closing or opening


def _propagate_quotes(sents: list[Span], regions: list[tuple[int, int]], out: dict[int, Claim]) -> None:
    """Give sentences inside a quotation the claimant of the speaker the quotation's attribution names
    (:func:`_quote_speaker`; the quotation ends at its closing mark or a paragraph break). A quotation
    without an attribution at its edges that continues one left open (news style reopens a quotation
    with a new opening mark in the next paragraph: "…said: “A. B. “C. D.”") has that one's speaker. A
    sentence of the quotation with no claimant, or with only a cue inside the marks (the quoted speaker's
    own "I think"), takes the speaker; a sentence with its own attribution outside the marks keeps it."""
    text = doc_text(sents[0].doc) if sents else ""
    carried: Claim | None = None
    for a, b in regions:
        inside = [i for i, s in enumerate(sents) if s.end_char > a and s.start_char < b]
        after = inside[-1] + 1 if inside else len(sents)
        donor = _quote_speaker(inside + ([after] if after < len(sents) else []), out, a, b, text) if len(inside) > 1 else None
        reopened = a >= 2 and text[a - 1] in "“\"" and carried is not None
        donor = donor or (carried if reopened else None)
        carried = donor if b < len(text) and text[b] == "“" else None  # left open: the next mark reopens it
        if donor is not None:
            _give_speaker(inside, out, donor, a, b)


def _give_speaker(inside: list[int], out: dict[int, Claim], donor: Claim, a: int, b: int) -> None:
    for i in inside:
        claim = out.get(i)
        cue = (claim.spans or {}).get("cue") if claim is not None else None
        if claim is None or claim is donor or claim.claimant_kind != "none" and not (cue and a <= cue[0] < b):
            continue
        claim.spans = dict(donor.spans or {})
        claim.claimant_kind = donor.claimant_kind
        claim.claimant = donor.claimant
        claim.claimant_text = donor.claimant_text
        claim.cue = donor.cue
        claim.quote = "direct"


FACTORY = "cablegram_claims"


@Language.factory(
    FACTORY,
    default_config={"min_words": 5, "min_quote_words": 4, "include_cognition": True, "cue_model": DEFAULT_CUE_MODEL,
                    "lexicon_extra": {}, "span_model": DEFAULT_SPAN_MODEL, "span_min_confidence": 0.0},
    assigns=["doc._.cg_claims"],
    requires=["doc.sents", "token.dep", "token.tag", "doc._.cg_mentions"],
)
def make_claims(nlp: Language, name: str, min_words: int, min_quote_words: int, include_cognition: bool,
                cue_model: str | None, lexicon_extra: dict, span_model: str | None,
                span_min_confidence: float) -> ClaimsComponent:
    """Factory: ``min_words`` is the shortest unattributed sentence kept; ``min_quote_words`` the shortest direct
    quote; ``cue_model`` the learned cue classifier (a shipped file name or a path; "" for lexicon rules only);
    ``lexicon_extra`` extends the ``attribution`` lexicon (``nlp/data/attribution.toml``); ``span_model`` the
    learned span tagger (file name template with ``{kind}``, or paths; "" for rules and cue model only) and
    ``span_min_confidence`` the smallest tagger cue confidence (0–1) it keeps."""
    ensure_extensions()
    return ClaimsComponent(nlp, name, min_words, min_quote_words, include_cognition, cue_model,
                           lexicon_extra or None, span_model, span_min_confidence)
