"""Attribution relations on a parsed doc: a cue, its source and its content (PolNeAR's scheme).

:class:`AttributionFinder` runs the lexicon rules (verbs of saying, stance and cognition with their
subject or agent; "according to" and other prepositional cues), then, when a :class:`CueModel` is
given, keeps the rule cues the classifier does not veto and adds the cues it finds that the rules
missed. When a :class:`~cablegram.nlp.claims_tagger.SpanTagger` is given, its spans (which see the
rules' spans as features) make the attributions instead, with the rules' source and content as
fallback for a cue the tagger left without them. A sentence can hold several attributions
("Officials said he told reporters that …").
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from .claims_cues import _CUE_PUNCT, _CUE_POS, CueModel, cue_features
from .claims_features import doc_features
from .claims_lexicon import AttributionLexicon, load_attribution_lexicon
from .claims_quotes import in_regions, quote_regions
from .claims_spans import (COMPLEMENTS, RELATIVE_PRONOUNS, after_quote, agent_of, agent_phrase, apposition_edges, colon_edge,
                           content_of, depth, fallback_source, inverted_speaker, learned_source, near, phrase,
                           quotation_edges, signed_quotation, subject_of, trim, without_clock_time)
from .claims_tagger import SpanTagger, pair_spans

# Audiences a cue is told to; kept in the cue label ("told reporters").
AUDIENCE = frozenset({"reporters", "journalists", "the press", "lawmakers", "parliament", "congress", "the council",
                      "senators", "supporters", "the crowd", "an audience", "the audience", "the assembly"})
# Cues kept without a source ("according to reports" is still an attribution); other source-less
# cues are non-finite verbs ("to think", "upon assuming office") that report nothing.
SOURCELESS_OK = frozenset({"according to", "citing"})


@dataclass
class Attribution:
    """One attribution relation found in a doc (token spans into the doc)."""

    sentence_index: int
    cue: Span
    source: Span | None
    content: Span | None
    depth: int  # dependency distance from the cue to its sentence root
    in_quote: bool  # the cue lies inside quotation marks
    cue_label: str  # cue text for the Claim, e.g. "told reporters", "according to"
    resolved: Span | None = None  # what a relative pronoun source refers to

    @property
    def core(self) -> list[Token]:
        """The cue's own words: its head and the particles after it, without the auxiliaries,
        adverbs and topic preposition of the verb group (what the cue classifier scores)."""
        root = self.cue.root
        if root.pos_ not in ("VERB", "AUX"):
            return list(self.cue)
        return [t for t in self.cue if t.i == root.i or (t.i > root.i and t.dep_ == "prt")]




class AttributionFinder:
    """Finds attributions on a parsed doc; holds the cue vocabulary (built once per component)."""

    def __init__(self, include_cognition: bool = True, inside_quotes: bool = False, cue_model: CueModel | None = None,
                 lexicon: AttributionLexicon | None = None, span_tagger: SpanTagger | None = None,
                 min_confidence: float = 0.0, keep_rules: bool = True):
        """``lexicon``: the word lists (default: :func:`load_attribution_lexicon` without extras);
        ``span_tagger``: the learned span tagger (:mod:`claims_tagger`), whose cues of at least
        ``min_confidence`` replace the rules' (see :meth:`find`)."""
        lx = self.lex = lexicon or load_attribution_lexicon()
        bases = lx.speech_verbs | lx.stance_verbs | (lx.cognition_verbs if include_cognition else frozenset())
        self.inside_quotes = inside_quotes
        self.cue_model = cue_model
        self.speech = lx.forms(lx.speech_verbs)
        self.cognition = lx.forms(lx.cognition_verbs) if include_cognition else frozenset()
        self.cues = lx.forms(bases) - lx.excluded_forms
        self.outlet = lx.forms(lx.outlet_verbs)
        self.span_tagger = span_tagger
        self.min_confidence = min_confidence
        self.keep_rules = keep_rules

    @property
    def cue_words(self) -> frozenset[str]:
        """Lower-cased words that may open a cue (verb forms of the lists, first words of prepositional cues)."""
        return self.cues | self.lex.sourceless_passives | {w[0] for w in self.lex.prepositional_cues}

    def find(self, doc: Doc, regions: list[tuple[int, int]] | None = None) -> list[Attribution]:
        """All attributions in ``doc``, in text order."""
        return self.find_with_rules(doc, regions)[0]

    def find_with_rules(self, doc: Doc, regions: list[tuple[int, int]] | None = None
                        ) -> tuple[list[Attribution], list[list[Attribution]]]:
        """All attributions in ``doc`` in text order, and the lexicon rules' attributions of each sentence
        (index = sentence index), which :meth:`classifier_fallback` can reuse instead of running the rules again."""
        if regions is None:
            regions = quote_regions(doc.text)
        per_sentence = [(si, sent, self._rules(sent, si, regions)) for si, sent in enumerate(doc.sents)]
        rules = [atts for _, _, atts in per_sentence]
        if self.span_tagger is not None:
            return [self._hedge_without_source(_with_polnear_edges(a))
                    for a in self._tagged(doc, regions, per_sentence)], rules
        found: list[Attribution] = []
        for si, sent, rule_atts in per_sentence:
            found.extend(self._learned(sent, si, regions, rule_atts) if self.cue_model is not None else rule_atts)
        return [self._hedge_without_source(_with_polnear_edges(a)) for a in found], rules

    def _hedge_without_source(self, att: Attribution) -> Attribution:
        """"X seems/appears to …" keeps its cue but no source: the subject of a hedging verb is what the
        writer hedges about, not who speaks (PolNeAR: under a quarter of such subjects are gold sources)."""
        if att.source is not None and att.cue.root.lower_ in self.lex.hedging_verbs:
            return replace(att, source=None)
        return att

    def _tagged(self, doc: Doc, regions, per_sentence: list[tuple[int, Span, list[Attribution]]]) -> list[Attribution]:
        """The span tagger's attributions; a tagged cue without a tagged source or content takes the
        rules' source or content for the same cue. With ``keep_rules``, a sentence where the tagger found
        no attribution with a source keeps the rules' attributions with a source: rules as fallback."""
        rule_atts = [a for _, _, atts in per_sentence for a in atts]
        features = doc_features(doc, rule_atts, self.cue_words, regions)
        starts = [sent.start for _, sent, _ in per_sentence]
        out = [_from_tagged(doc, triple, rule_atts, regions, starts)
               for triple in pair_spans(doc, self.span_tagger.spans(features), self.min_confidence)]
        if self.keep_rules:
            sourced = {a.sentence_index for a in out if a.source is not None}
            out += [a for si, _, atts in per_sentence if si not in sourced for a in atts if a.source is not None]
        return sorted(out, key=lambda a: a.cue.start)

    def classifier_fallback(self, sent: Span, si: int, regions, rule_atts: list[Attribution] | None = None
                            ) -> list[Attribution]:
        """The rules' and the cue classifier's attributions with a source in one sentence (no span tagger):
        what the claims component falls back on where the tagger and the rules found no source
        ("“…,” sighed a senior diplomat"). Empty without a cue model. ``rule_atts``: the rules' attributions
        of the sentence when already found (:meth:`find_with_rules`); run again when None."""
        if self.cue_model is None:
            return []
        if rule_atts is None:
            rule_atts = self._rules(sent, si, regions)
        return [a for a in self._learned(sent, si, regions, rule_atts) if a.source is not None]

    def _rules(self, sent: Span, si: int, regions) -> list[Attribution]:
        """The lexicon rules' attributions in one sentence."""
        sent_found: list[Attribution] = []
        for tok in sent:
            att = self._prepositional(tok, si, regions) or self._signed(tok, si, regions) \
                or self._verbal(tok, si, regions, sent_found)
            if att is None or (att.in_quote and not self.inside_quotes):
                continue  # a cue inside a quotation is part of the quoted words, not the article's attribution
            if att.source is not None or att.cue_label in SOURCELESS_OK or att.cue.root.lower_ in self.lex.sourceless_passives:
                sent_found.append(att)
        return sent_found

    def _lexicon(self, low: str) -> str | None:
        if low in self.lex.excluded_forms:
            return "excluded"
        if low in self.speech:
            return "speech"
        if low in self.cognition:
            return "cognition"
        if low in self.cues:
            return "stance"
        if low in self.lex.sourceless_passives:
            return "passive"
        return None

    def _sentence_features(self, sent: Span, regions, rule_atts: list[Attribution]) -> list[tuple[Token, list[str]]]:
        rule_tokens: dict[int, str] = {}
        for att in rule_atts:
            for t in att.core:
                rule_tokens[t.i] = "src" if att.source is not None else "nosrc"
        return [(t, cue_features(t, in_regions(t.idx, regions), rule_tokens.get(t.i), self._lexicon(t.lower_)))
                for t in sent if t.pos_ in _CUE_POS and (t.pos_ != "PUNCT" or t.text in _CUE_PUNCT)]

    def cue_rows(self, doc: Doc, regions: list[tuple[int, int]] | None = None) -> list[tuple[Token, list[str]]]:
        """Every candidate token of ``doc`` with its classifier features (what training and scoring see)."""
        if regions is None:
            regions = quote_regions(doc.text)
        rows: list[tuple[Token, list[str]]] = []
        for si, sent in enumerate(doc.sents):
            rows.extend(self._sentence_features(sent, regions, self._rules(sent, si, regions)))
        return rows

    def _learned(self, sent: Span, si: int, regions, rule_atts: list[Attribution]) -> list[Attribution]:
        """Rule attributions the classifier keeps, plus the cues it finds that the rules missed."""
        model = self.cue_model
        probs = {t.i: model.prob(f) for t, f in self._sentence_features(sent, regions, rule_atts)}
        kept = [a for a in rule_atts if model.veto <= 0 or max(probs.get(t.i, 1.0) for t in a.core) >= model.veto]
        taken = {t.i for a in kept for t in a.core}
        added: list[Attribution] = []
        for i in sorted(probs):
            if probs[i] < model.add or near(sent.doc[i], taken):
                continue
            att = self._learned_attribution(sent.doc[i], si, regions, kept + added)
            if att is None:
                continue
            taken.update(t.i for t in att.core)
            added.append(att)
        return sorted(kept + added, key=lambda a: a.cue.start)

    def _learned_attribution(self, tok: Token, si: int, regions, before: list[Attribution]) -> Attribution | None:
        in_quote = in_regions(tok.idx, regions)
        if in_quote and not self.inside_quotes:
            return None
        doc = tok.doc
        if tok.pos_ == "VERB":
            att = self._verbal(tok, si, regions, before, learned=True)
            if att is not None:
                return att
        source = learned_source(tok)
        cue_end = tok.i + 1
        while cue_end < len(doc) and doc[cue_end].dep_ == "prt" and doc[cue_end].head.i == tok.i:
            cue_end += 1
        label = doc[tok.i:cue_end].text.lower()
        cue = verb_group(tok, cue_end) if tok.pos_ in ("VERB", "AUX") else doc[tok.i:cue_end]
        return Attribution(si, cue, source, content_of(tok), depth(tok), in_quote, label)

    def _prepositional(self, tok: Token, si: int, regions) -> Attribution | None:
        doc = tok.doc
        low = tok.lower_
        for words in self.lex.prepositional_cues:
            if low != words[0] or tok.i + len(words) > len(doc):
                continue
            if any(doc[tok.i + k].lower_ != w for k, w in enumerate(words)):
                continue
            cue = doc[tok.i:tok.i + len(words)]
            last = cue[-1]
            obj = next((c for c in last.children if c.dep_ in ("pobj", "dobj")), None)
            if obj is None:  # parser attached the object elsewhere: take the next noun phrase
                obj = next((t for t in doc[last.i + 1:min(len(doc), last.i + 6)] if t.pos_ in ("NOUN", "PROPN", "PRON")), None)
            source = phrase(obj) if obj is not None else None
            content = _prepositional_content(tok, cue, obj)
            return Attribution(si, cue, source, content, depth(tok), in_regions(tok.idx, regions), " ".join(words))
        return None

    @staticmethod
    def _signed(tok: Token, si: int, regions) -> Attribution | None:
        """A quotation signed with a dash at the end of its line ("“…” ― Jane Roe"): the dash is the cue."""
        found = None if tok.text[-1:] not in "—―–-" else signed_quotation(tok, regions)
        if found is None:
            return None
        return Attribution(si, tok.doc[tok.i:tok.i + 1], found[0], found[1], depth(tok), False, tok.text.lstrip("”\""))

    def _verbal(self, tok: Token, si: int, regions, before: list[Attribution], learned: bool = False) -> Attribution | None:
        """A verb cue; ``learned``: the classifier chose it, so the word lists do not gate it."""
        if not self._verb_cue(tok, learned):
            return None
        subj, passive = subject_of(tok)
        if not (learned or tok.lower_ in self.cues) and not passive:
            return None
        found = self._verb_source(tok, subj, passive, regions, before, learned)
        if found is None:
            return None
        source, resolved = found
        cue, label = cue_with_particles(tok)
        return Attribution(si, cue, source, content_of(tok), depth(tok), in_regions(tok.idx, regions), label, resolved)

    def _verb_cue(self, tok: Token, learned: bool) -> bool:
        """Whether ``tok`` may be a verb cue at all (word lists, part of speech, "asked not to be named")."""
        low = tok.lower_
        known = learned or low in self.cues
        if (not known and low not in self.lex.sourceless_passives) or tok.pos_ not in ("VERB", "AUX") \
                or tok.dep_ in ("amod", "compound", "aux", "auxpass"):
            return False
        doc = tok.doc
        if low in ("asked", "requested", "declined") and any(
                doc[tok.i:tok.i + len(p)].text.lower().split() == list(p) for p in self.lex.anonymity_phrases if p[0] == low):
            return False  # "who asked not to be named" hides a source, it reports nothing
        if low in self.speech and speaks_anonymously(tok, self.lex.anonymity_phrases):
            return False  # "who spoke on condition of anonymity" says how the source spoke, not what
        has_complement = any(c.dep_ in COMPLEMENTS for c in tok.children)
        parenthetical = tok.dep_ == "parataxis" and any(c.dep_ == "nsubj" for c in tok.children)
        # "…, the Observer understands, …": a parenthetical reports the clause around it
        return learned or low not in self.cognition or low in self.speech or has_complement or parenthetical

    def _verb_source(self, tok: Token, subj: Token | None, passive: bool, regions, before: list[Attribution],
                     learned: bool) -> tuple[Span | None, Span | None] | None:
        """(source, what a relative pronoun source refers to) of a verb cue; None when the verb reports nothing."""
        doc = tok.doc
        if passive:
            agent = agent_of(tok)
            if agent is not None:
                return agent_phrase(agent), None
            # "X is expected/believed to …" reports a belief with no source (also a hedge);
            # "Y was told" names the hearer, not the speaker.
            return (None, None) if tok.lower_ in self.lex.sourceless_passives else None
        if subj is not None:
            return _subject_source(tok, subj, regions)
        if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp", "conj", "acl"):
            return _participle_source(tok, before)
        if tok.dep_ in ("ROOT", "ccomp", "conj", "parataxis") and tok.tag_ == "VB" and tok.i > 0 and doc[tok.i - 1].lower_ == "to":
            return None  # an infinitive without subject ("to say") reports nothing by itself
        # Only for cues the classifier chose (it keeps them with or without a source); for list
        # cues a source found this way lets through more wrong cues than right ones (PolNeAR CV).
        return (fallback_source(tok, regions) if learned else None), None


_HIDING_WORDS = frozenset({"anonymity", "anonymously", "named", "identified"})
_CLAUSES = frozenset({"ccomp", "xcomp", "parataxis", "advcl"})


def speaks_anonymously(tok: Token, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a verb in a relative or participle clause, without a clause of its own, only says that its speaker hid
    the name ("a negotiator who spoke on condition of anonymity", "speaking anonymously"): an anonymity phrase starts
    within two words after it."""
    if tok.dep_ not in ("relcl", "acl", "advcl") or any(c.dep_ in _CLAUSES for c in tok.children):
        return False
    doc = tok.doc
    if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "anonymously":
        return True
    for phrase in phrases:
        if not _HIDING_WORDS & set(phrase):
            continue
        for start in range(tok.i + 1, min(tok.i + 3, len(doc))):
            if [t.lower_ for t in doc[start:start + len(phrase)]] == list(phrase):
                return True
    return False


def _with_polnear_edges(att: Attribution) -> Attribution:
    """``att`` with the edges of its content, source and cue as PolNeAR marks them (:func:`quotation_edges`: a
    quotation with its marks; :func:`apposition_edges`: an apposition with its closing comma; :func:`colon_edge`:
    "said:"); a live-blog line's clock time is no part of the source (:func:`without_clock_time`)."""
    content, cue = quotation_edges(att.content), colon_edge(att.cue)
    source = apposition_edges(without_clock_time(att.source))
    if content is att.content and source is att.source and cue is att.cue:
        return att
    return replace(att, content=content, source=source, cue=cue)


def _from_tagged(doc: Doc, triple, rule_atts: list[Attribution], regions, starts: list[int]) -> Attribution:
    """An :class:`Attribution` from a tagged (cue, source, content) triple, with the rules' source and
    content for the same cue where the tagger has none."""
    cue_t, src_t, con_t = triple
    cue = doc[cue_t.start:cue_t.end]
    rule = next((a for a in rule_atts if a.cue.start < cue.end and cue.start < a.cue.end), None)
    source = doc[src_t.start:src_t.end] if src_t is not None else (rule.source if rule else None)
    content = doc[con_t.start:con_t.end] if con_t is not None else (rule.content if rule else None)
    root = cue.root
    resolved = rule.resolved if rule is not None else None
    if resolved is None and source is not None and len(source) == 1 and source[0].lower_ in RELATIVE_PRONOUNS \
            and root.dep_ == "relcl":
        resolved = phrase(root.head)
    if rule is not None:
        label = rule.cue_label
    else:  # a verb cue is labelled by the verb and its particles ("shrugged off"), not its whole group
        label = cue_with_particles(root)[1] if root.pos_ in ("VERB", "AUX") else cue.text.lower()
    si = bisect.bisect_right(starts, cue.start) - 1  # sentence index (Token.sent walks the doc on every call)
    return Attribution(si, cue, source, content, depth(root), in_regions(cue[0].idx, regions), label, resolved)


def _prepositional_content(tok: Token, cue: Span, obj: Token | None) -> Span | None:
    """The clause an "according to X" phrase attaches to, without the phrase itself."""
    head = tok.head
    if head.i == tok.i:
        return None
    doc = tok.doc
    start, end = head.left_edge.i, head.right_edge.i + 1
    phrase_end = max(cue[-1].i, obj.right_edge.i if obj is not None else cue[-1].i) + 1
    if tok.i <= start + 1:  # "According to X, …": the phrase opens the clause
        start = phrase_end
    elif phrase_end >= end - 1:  # "…, according to X.": it closes it
        end = tok.i
    return trim(doc[start:end]) if end > start else None


def _subject_source(tok: Token, subj: Token, regions) -> tuple[Span | None, Span | None]:
    source = phrase(subj)
    resolved = None
    if in_regions(subj.idx, regions) and not in_regions(tok.idx, regions):
        # The parser took the quotation for the subject: "“…,” the adviser said", or in inverted order "“…,”
        # grumbled one envoy" (the speaker after the verb, never the quoted words).
        source = after_quote(tok, regions) or inverted_speaker(tok) or source
    if subj.lower_ in RELATIVE_PRONOUNS and tok.dep_ == "relcl":
        resolved = phrase(tok.head)
    return source, resolved


def _participle_source(tok: Token, before: list[Attribution]) -> tuple[Span | None, Span | None]:
    """"…, adding that …": same speaker as the attribution before it, else the verb it hangs on."""
    doc = tok.doc
    source = resolved = None
    if before:
        # The speaker of the main attribution, not of one reported inside it ("X said he plans …, insisting").
        main = min(before, key=lambda a: (a.source is None, a.depth))
        source, resolved = main.source, main.resolved
    else:
        head_subj, _ = subject_of(tok.head)
        source = phrase(head_subj) if head_subj is not None else None
    if tok.dep_ == "acl" and source is None and tok.head.pos_ in ("NOUN", "PROPN"):
        # "the minister, speaking in Geneva, …": the noun phrase up to the participle, not its clause.
        source = trim(doc[tok.head.left_edge.i:tok.i]) if tok.i > tok.head.i else phrase(tok.head)
    return source, resolved


# PolNeAR's cue spans hold the verb group: auxiliaries, negation and adverbs written right before the
# verb ("might recall", "was not rejected", "relentlessly referring") and the preposition that takes
# the topic right after it ("referring to", "speaking of"); measured on the dev articles (cue exact F1
# 0.546 → 0.656 on the first 400), adding "by", "in", "with" or "at" lowers it.
_CUE_LEFT = frozenset({"aux", "auxpass", "neg", "advmod"})
_CUE_PREPOSITIONS = frozenset({"to", "of", "for", "about", "on"})


def verb_group(tok: Token, end: int) -> Span:
    """The cue span of a verb ending at token ``end``: with the auxiliaries, negation and adverbs just
    before it and a topic preposition just after it (see ``_CUE_LEFT`` / ``_CUE_PREPOSITIONS``)."""
    doc = tok.doc
    start = tok.i
    sent_start = tok.sent.start  # once: Token.sent walks the doc
    while start - 1 >= sent_start and doc[start - 1].head.i == tok.i and doc[start - 1].dep_ in _CUE_LEFT:
        start -= 1
    if end < len(doc) and doc[end].head.i == tok.i and doc[end].dep_ == "prep" and doc[end].lower_ in _CUE_PREPOSITIONS \
            and not any(c.ent_type_ in ("DATE", "TIME") for c in doc[end].children):
        end += 1  # "referring to", not "said on Monday"
    return doc[start:end]


def cue_with_particles(tok: Token) -> tuple[Span, str]:
    """The cue span of a verb with its particles ("shrugged off") and its label, which adds the
    audience it was told to ("told reporters")."""
    doc = tok.doc
    cue_end = tok.i + 1
    for child in tok.rights:
        if child.dep_ == "prt" and child.i == cue_end:
            cue_end += 1
    label = doc[tok.i:cue_end].text.lower()
    cue = verb_group(tok, cue_end)
    for child in tok.rights:
        if child.dep_ in ("dobj", "dative") and doc[child.left_edge.i:child.i + 1].text.lower() in AUDIENCE:
            label = f"{label} {doc[child.left_edge.i:child.i + 1].text.lower()}"
            break
    return cue, label


# --------------------------------------------------------------------------- press-release formats

_DASH_MARKS = ("—", "–", "―", "--", "-")
_RELEASE_PREFIXES = ("statement by ", "statement from ", "comment by ", "comment from ", "readout by ", "readout from ")
_MAX_RELEASE_WORDS = 12


def press_release_attribution(sent: Span, si: int, regions: list[tuple[int, int]],
                              next_sent: Span | None = None) -> Attribution | None:
    """A quotation attributed by layout, not by a verb: "Ministry of Foreign Affairs: “…”" (a name
    then a colon before the quotation) or "“…” — Ministry of Foreign Affairs" (a dash and a name after
    it, to the end of the sentence). The name becomes the source, the colon or dash the cue."""
    doc = sent.doc
    quotes = [(a, b) for a, b in regions if sent.start_char <= a - 1 and b <= sent.end_char]
    if not quotes:
        return None
    base = sent.start_char  # slices of the sentence's own text: Doc.text joins every token of the doc
    first, last = quotes[0], quotes[-1]
    before = sent.text[:max(first[0] - 1 - base, 0)].rstrip()
    if before.endswith(":") and 0 < len(before[:-1].split()) <= _MAX_RELEASE_WORDS:
        name_start = sent.start_char
        low = before.lower()
        prefix = next((p for p in _RELEASE_PREFIXES if low.startswith(p)), "")
        return _release(doc, si, name_start + len(prefix), sent.start_char + len(before) - 1,
                        sent.start_char + len(before) - 1, first)
    after = sent.text[last[1] + 1 - base:]
    if not after.strip(" .,\n") and next_sent is not None and next_sent.text.lstrip().startswith(_DASH_MARKS):
        after = doc[sent.start:next_sent.end].text[last[1] + 1 - base:]  # the dash line was split off as a sentence
    stripped = after.lstrip(" .,\n")
    if stripped.startswith(_DASH_MARKS):
        dash_at = last[1] + 1 + (len(after) - len(stripped))
        name = stripped.lstrip("—–―- ").rstrip()
        if 0 < len(name.split()) <= _MAX_RELEASE_WORDS:
            name_start = dash_at + len(stripped) - len(stripped.lstrip("—–―- "))
            return _release(doc, si, name_start, name_start + len(name), dash_at, last)
    return None


def _release(doc: Doc, si: int, start: int, end: int, cue_at: int, quote: tuple[int, int]) -> Attribution | None:
    source = doc.char_span(start, end, alignment_mode="contract")
    cue = doc.char_span(cue_at, cue_at + 1, alignment_mode="expand")
    content = doc.char_span(*quote, alignment_mode="contract")
    source = trim(source) if source is not None else None
    if source is None or cue is None or not any(t.pos_ in ("NOUN", "PROPN") for t in source):
        return None
    return Attribution(si, cue, source, content, 0, False, cue.text)
