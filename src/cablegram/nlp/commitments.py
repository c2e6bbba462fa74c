"""``cablegram_commitments`` (the design's ``cablegram_commitments.v1``): support commitments (who pledged what to whom) from sentences.

Rules over spaCy's parse where they are precise, a learned model where real aid text taught one.
Per sentence:

1. money expressions come from :func:`cablegram.nlp.amounts.find_amounts` (currencies and number
   words are data: ``nlp/data/currencies.toml``, ``numbers.toml``);
2. a *trigger* (pledge, provide, approve, deliver, cancel, receive …; ``nlp/data/commitments.toml``)
   governs each amount (:mod:`cablegram.nlp.commitment_clauses`), and its clause gives the status:
   pledged, allocated, delivered (a partial delivery keeps the package's status and says so),
   cancelled, refused (negated or refused in its own clause) or conditional (hedged, speculative,
   offered, under a condition);
3. donor and recipient are actors (:mod:`cablegram.nlp.commitment_parties`); a sentence that names no
   recipient takes the one its words imply ("the Ukrainian army"), else the document's;
4. category and sub-category come from keyword rules near the amount, else from the category model
   trained on the Kiel tracker (:mod:`cablegram.nlp.commitment_kinds`, :mod:`cablegram.nlp.commitment_model`).

Decisions (documented in the codebook):

- Purchases, sales, domestic spending, personal payments, fares, fees and fines are not support
  (``[not_support]`` in the lexicon) unless the sentence also says the money is aid for someone.
- A refusal or negation ("did not pledge", "refused to send", "ruled out") gives a ``refused`` row
  only when nothing else in the sentence is committed ("did not announce new aid, but delivered …"
  gives the delivery alone); the ledger never counts refused amounts. Ending support that existed
  ("cancelled", "suspended") gives ``cancelled``.
- A mention of an earlier commitment ("the $500m announced in March", "already pledged", "committed
  earlier") is a row with ``is_reference`` set and ``refers_to`` holding the words that point back;
  the ledger links it to the original and never counts its amount twice. Handovers of earlier
  promises are deliveries.
- Speculation ("may", "could", "reportedly", anonymous sources, analysts) gives ``conditional``; so do hedged
  offers ("is willing / ready to provide", "examining whether", "has not yet decided whether to send").
  Ending or cutting support ("announced a suspension of aid", "reduced military aid by $17m") gives
  ``cancelled``; "has given them no weapons" gives ``refused``.
- Not commitments (reporter-style look-alikes): permissions for others to deliver aid ("agreed to allow aid
  in"), advocacy ("must continue military aid"), reports of other acts (attacks, seizures, sanctions),
  chemical or nuclear weapons, people arriving, a private person's money (a person the knowledge base does not
  know, with no office named), help to a state's own nationals, and in a story (more than 8 sentences) a figure
  with neither giver nor receiver in reach.
- Several donors with one amount share one row ("A; B"); "each" gives one row per donor, and so does a
  sentence with no figure ("A and B will send drones", "tanks delivered by A and B"); "A $100m,
  B $50m" one row per pair. An amount that is part of a larger one ("including $500m for …") is named
  in the parent's reason, not counted. One sum in two currencies is one row.
- A short document (at most 8 sentences: a note on one package) with no support verb whose opening
  describes a package ("Medical supplies.", "This 25 million AUD package of military assistance will
  include …") gives one ``pledged`` row with low confidence (0.35) and a reason.
- Table rows ("Donor | category | $1.2bn | delivered") are read cell by cell with low confidence.
- With the actors component, donors and recipients are actor ids (an office-holder → their state).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..kb.fold import state_in_id
from ..records import Commitment
from .amounts import Amount, find_amounts, grammar
from .commitment_clauses import (_PUTTING_VERBS, Trigger, condition_start, find_triggers, giver_clause, gives_support, governing,
                                 main_trigger, partial_delivery, reference_of, refers_back, refusal_words,
                                 speculation_cue, status_of)
from .commitment_breakdown import fold_stated_parts, without_breakdown
from .commitment_citations import citation_ranges, cites_source
from .commitment_currency import settled_by_parties
from .commitment_exclusions import bookkeeping_note, excluded_ranges, in_ranges, reference_ranges
from .commitment_kinds import category_of, financial_instrument, items_of
from .commitment_lexicon import CommitmentLexicon, commitment_lexicon
from .commitment_shares import ItemShare, Share, item_share, shares
from .commitment_participles import (described_noun, describes_noun, gives_by_participle, participle_kind,
                                     taken_thing)
from .commitment_parties import (FIRST_PERSON_GIVER, context_recipient, donors_and_recipient, in_recipient_position,
                                 is_actor_name, is_armed_group_name, mentioned_state, NON_STATE_GROUP_NOUNS,
                                 place_spent_in, tells_of_it)
from .commitment_spans import actor_span, commitment_spans
from .commitment_values import package_value
from .dates import record_date
from .doc_cache import doc_text, span_text
from .extensions import doc_list, ensure_extensions
from .language import is_english

_PART_RE = re.compile(r"\b(including|of which|among them|comprising|includes)\b[^,;]*$", re.IGNORECASE)
_NOT_SUPPORT_AFTER = re.compile(r"^\s*(?:in\s+|of\s+|worth\s+of\s+)?(fines?|damages|penalt\w+|bail|ransom|compensation claims|"
                                # "$3bn in arms sales": the figure is trade, whatever verb the sentence uses
                                r"(?:(?:arms|weapons?|military|defen[cs]e|jet|fighter|missile)\s+)?"
                                r"(?:sales|purchases|exports|imports|contracts|deals?))\b", re.IGNORECASE)
# Before an amount, words that make it a running total: "this will bring total military aid to Ukraine to",
# "raising its overall contribution to", "bringing the tally to".
_RUNNING_TOTAL = re.compile(r"\b(?:bring|brings|bringing|brought|raise|raises|raising|raised|take|takes|taking|took|"
                            r"push|pushes|pushing|pushed|lift|lifts|lifting|lifted)\s+(?:[\w\u2019'-]+\s+){0,4}?"
                            r"(?:total|tally|overall|cumulative|sum)\b[^.;]{0,70}?\bto\s+(?:about\s+|around\s+|some\s+|"
                            r"nearly\s+|almost\s+|over\s+|more\s+than\s+)?$", re.IGNORECASE)
# "the commitment of the organisation to collaborate with …", "their commitment as partners to cooperate": working
# together, with the committing party named between (the lexicon's ``cooperation`` phrases name it nowhere)
_COOPERATE = re.compile(r"\bcommitments?\s+(?:(?:of|by|as)\s+(?:the\s+|its\s+|their\s+|our\s+)?[\w\u2019'-]+"
                        r"(?:\s+[\w\u2019'-]+)?\s+)?to\s+(?:collaborat|cooperat|co-operat|work\s+together|partner)",
                        re.IGNORECASE)
# "from Lviv to Kyiv", "from the border to Odesa": a journey's ends, never a receiver of support
_ROUTE = re.compile(r"\bfrom\s+(?:the\s+)?[\w\u2019'-]+(?:\s+[\w\u2019'-]+)?\s+to\s+[\w\u2019'-]+", re.IGNORECASE)
_CLAIMANT_RE = re.compile(r"(?:,\s*(?:according to)\s+(?P<a>[^,.;]+)|,\s*(?P<b>[^,;]+?)\s+said\b)", re.IGNORECASE)
_COMMITTED = ("pledged", "allocated", "delivered")
_UNNAMED_GIVERS = "donor unknown: givers not named"
_PER_DONOR = "one row per donor"
_SHARED_AMOUNT = "donor unknown: several givers in a list share this amount"
_SPEAKER_GIVES = "donor: the state of the speaker whose 'we' gives"
_SPEAKER_UNKNOWN = "donor unknown: 'we' of a speaker not identified"
_WORDS_ONLY = "donor unknown: a speaker's 'we' names no figure or kind of support"
# Verbs that report what a speaker said: the clause they report is the speaker's position.
# verbs that make a commitment public: negated alone ("did not announce new aid") they say nothing was announced,
# which is no refusal
_MAKING_PUBLIC = frozenset(("announce", "unveil"))
# verbs that move money itself ("disbursed", "transferred", "paid"): a sum they move with no kind word is financial
_MONEY_MOVING = frozenset(("disburse", "transfer", "pay", "deposit", "release"))
_SAYING = frozenset(("said", "says", "say", "told", "tells", "stated", "added", "insisted", "confirmed", "declared"))
# Support named in passing by a participle ("a US-supplied jeep"): the story's receiver is not the thing's receiver.
_PARTICIPLE_NOTE = "support named by a participle on what it went to"
# "provided through the EBRD", "channelled via UNICEF": the organisation is the channel, never the donor
_CHANNEL_RE = re.compile(r"\b(?:through|via|by way of)\s+(?:the\s+)?([A-Z][\w&-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w&-]*)*)")
_NOT_COUNTED = ("cancelled", "refused")
# A document this short with no support verb is a note on one package (a tracker entry, a brief); a long
# article without one is about something else.
_SHORT_NOTE = 8
# In a longer story, the document's recipient must be named as one this often ("to Ukraine", "Ukraine's army").
_STORY_RECIPIENT_MENTIONS = 3

# spaCy forbids "." in factory names, so the registered name drops the ".v1" of the design's naming.
FACTORY = "cablegram_commitments"


@Language.factory(
    FACTORY,
    default_config={"min_confidence": 0.0, "read_tables": True, "lexicon": {}, "use_model": True, "min_model_p": 0.7,
                    "default_recipient": None, "min_value_p": 0.5},
    assigns=["doc._.cg_commitments"],
    requires=["doc.sents", "token.dep", "doc.ents", "doc._.cg_mentions"],
)
def make_commitments(nlp: Language, name: str, min_confidence: float, read_tables: bool, lexicon: dict,
                     use_model: bool, min_model_p: float, default_recipient: str | None,
                     min_value_p: float) -> "CommitmentExtractor":
    ensure_extensions()
    # The actors component's knowledge base (when it runs first) maps office-holders to their states.
    kb = getattr(nlp.get_pipe("cablegram_actors"), "kb", None) if "cablegram_actors" in nlp.pipe_names else None
    return CommitmentExtractor(min_confidence=min_confidence, read_tables=read_tables, kb=kb, lexicon=lexicon,
                               use_model=use_model, min_model_p=min_model_p, default_recipient=default_recipient,
                               min_value_p=min_value_p)


@dataclass
class _Context:
    """What one document's sentences share: actor mentions, claims, the last donor named."""

    doc: Doc | None = None
    mentions: list = field(default_factory=list)
    last_donor: str | None = None
    sents: list = field(default_factory=list)
    own_people: bool = False  # a support verb helped the giver's own nationals, bodies or forces only (no package to read)


@dataclass
class _Sentence:
    sent: Span
    index: int
    text: str
    date: str | None
    date_source: str | None
    claimant: str | None
    claim: Any
    triggers: list[Trigger]
    amounts: list[Amount]
    parts: list[str]
    shares: list[Share] = field(default_factory=list)  # "$5m of the $20m it pledged": share and whole figures
    item_share: ItemShare | None = None  # "800,000 of the 1.5 million shells it promised": a counted share


class CommitmentExtractor:
    """Writes ``doc._.cg_commitments`` (list[Commitment]); see the module docstring."""

    def __init__(self, min_confidence: float = 0.0, read_tables: bool = True, kb=None, lexicon: dict | None = None,
                 use_model: bool = True, min_model_p: float = 0.7, default_recipient: str | None = None,
                 min_value_p: float = 0.5):
        self.min_confidence = min_confidence
        self.kb = kb
        self.read_tables = read_tables
        self.lex: CommitmentLexicon = commitment_lexicon(lexicon or None)
        self.grammar = grammar()
        self.min_model_p = min_model_p
        self.default_recipient = default_recipient
        self.min_value_p = min_value_p
        self._state_names: dict[str, str | None] = {}  # name -> state id, filled as names are met
        self.kind_models = _load_models() if use_model else None
        from ..ledger.rates import RateTable  # rates are package data, read once per component

        self.rates = RateTable.default()

    # -- a document ------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        out = doc_list(doc, "cg_commitments")
        if not is_english(doc):  # non-English text is flagged by cablegram_language, not coded
            return doc
        mentions, claims = self._without_citations(doc)
        ctx = _Context(doc=doc, mentions=mentions)
        rows: list[Commitment] = []
        sents = list(doc.sents)
        for i, sent in enumerate(sents):
            rows += self.extract(sent, i, doc_date=doc._.cg_date, mentions=ctx.mentions, claim=claims.get(i), ctx=ctx)
        if len(sents) <= _SHORT_NOTE:
            rows = self._note_rows(rows, doc, sents, ctx)
        rows = self._with_parties(rows, ctx, story=len(sents) > _SHORT_NOTE)
        out.extend(c for c in rows if c.confidence >= self.min_confidence)
        for c in out:
            c.doc_id = doc._.cg_doc_id or c.doc_id
        return doc

    def _note_rows(self, rows: list[Commitment], doc: Doc, sents: list[Span], ctx: "_Context") -> list[Commitment]:
        """The rows of a short note on one package (at most ``_SHORT_NOTE`` sentences): noun rows folded, a package
        stated without a verb found when no sentence gave a row, and the package's value settled."""
        rows = _noun_rows_in_a_note(rows)
        if not rows and not ctx.own_people:
            rows = self._package_without_verb(sents, doc._.cg_date, ctx)
        if rows:
            rows = fold_stated_parts(self._settle_package_value(rows, doc, sents))
        return rows

    def _with_parties(self, rows: list[Commitment], ctx: "_Context", story: bool) -> list[Commitment]:
        """``rows`` with donors and recipients filled from the document; in a story (``story``), a figure with neither
        giver nor receiver in reach is dropped: no commitment one can cite ("Cleveland has raised $57 million of the
        $64 million it pledged"). A joint donor never lists the recipient as a co-giver."""
        self._fill_donors(rows, ctx)
        if story:
            rows = [r for r in rows if r.donor is not None or r.recipient is not None]
        self._fill_recipients(rows, ctx)
        for r in rows:
            r.donor = _without_receiver(r.donor, r.recipient)
        rows = [settled_by_parties(r, self.grammar, self._state_name, self.rates) for r in rows]
        return [self._lenders_kind(one) for r in rows for one in _one_row_per_donor(r)]

    def _without_citations(self, doc: Doc) -> tuple[list, dict]:
        """The document's actor mentions and claims (by sentence) less what only cites a source ("According to Source
        of Aid 2", "the official WB list"): a cited source is provenance, never a party and never a hedge."""
        cited = citation_ranges(doc_text(doc), self.lex.source_documents)
        mentions = [m for m in (doc._.cg_mentions or []) if not in_ranges(m.start, cited)]
        claims = {c.sentence_index: c for c in (doc._.cg_claims or []) if not c.attribution_index  # the main claim
                  and not cites_source(c.claimant_text, self.lex.source_documents)}
        return mentions, claims

    def _settle_package_value(self, rows: list[Commitment], doc: Doc, sents: list[Span]) -> list[Commitment]:
        """A note on one package: the figure the value model picks (else the first) is the package's value.

        The row that states it becomes the first counted one: a row without an amount takes it (the value is
        often stated in a sentence of its own: "The package is worth €161 million."), else a row is added;
        rows before it with other figures (running totals, parts, earlier packages) become references."""
        counted = _counted(rows)
        if _several_donors(counted):
            return rows  # several donors' packages: a story, not a note on one package
        choice = self._choose_value(doc_text(doc), sents)
        if choice is None or (counted and _same_value(counted[0].amount, choice[0].value)):
            return rows
        chosen, learned, n = choice
        target = next((r for r in rows if _same_value(r.amount, chosen.value)), None)
        if target is not None and target not in counted:
            if target.status in _NOT_COUNTED or not learned:
                return rows  # the figure is read as a cancellation, a refusal or (no choice made) a reference
            _count_again(target, f"counted: the package's value among {n} figures")
        if target is None:
            target = self._value_row(rows, doc, sents, chosen)
            if target not in rows:
                rows = sorted(rows + [target], key=lambda r: r.sentence_index)
        _demote_before(counted, target, chosen)
        return rows

    def _choose_value(self, text: str, sents: list[Span]) -> tuple[Amount, bool, int] | None:
        """(the package's figure, whether the value model chose it among several, how many figures) or None.
        Figures in a coder's exclusion notes ("which we do not count") are never the package's."""
        notes = [(a + s.start_char, b + s.start_char) for s in sents
                 for a, b in excluded_ranges(s, self.lex.coder_exclusion_verbs, self.lex.coder_exclusion_plain)
                 + reference_ranges(s, self.lex.tracker_reference_verbs)]
        amounts = [a for a in find_amounts(text, self.grammar) if not in_ranges(a.start, notes)
                   and not _RUNNING_TOTAL.search(text[max(0, a.start - 120): a.start])]  # a running total is no value
        if not amounts:
            return None
        own = _own_amounts(text, amounts)[0]  # parts ("including $500m for …") are never the package
        wholes = [x.whole for x in shares(text, own)]  # nor the pledge a share is taken from ("of the $20m pledged")
        own = [a for a in own if not any(a is w for w in wholes)]
        pick = package_value(getattr(self.kind_models, "value", None), text, amounts, allowed=own)
        learned = pick is not None and pick[1] >= self.min_value_p and len(amounts) > 1
        return (amounts[pick[0]] if learned else (own or amounts)[0]), learned, len(amounts)

    def _value_row(self, rows: list[Commitment], doc: Doc, sents: list[Span], chosen: Amount) -> Commitment:
        """The row that takes the package's value: the first committed row without an amount, else a new one."""
        reason = f"amount: the package's value, stated in the note ({chosen.text})"
        fields = self._amount_fields(chosen, rows[0].date, [])
        row = next((r for r in rows if r.amount is None and r.status not in _NOT_COUNTED and not r.is_reference), None)
        if row is not None:
            for k, v in fields.items():
                setattr(row, k, v)
            row.spans = {**row.spans, "amount": [chosen.start, chosen.end]}
            row.reason = "; ".join(x for x in (row.reason, reason) if x)
            return row
        index = next((i for i, s in enumerate(sents) if s.start_char <= chosen.start < s.end_char), 0)
        base = rows[0]
        return Commitment(doc_id=base.doc_id, sentence_index=index, sentence=sents[index].text, donor=base.donor,
                          recipient=base.recipient, category=base.category, subcategory=base.subcategory,
                          items=list(base.items), status=base.status if base.status in _COMMITTED else "pledged",
                          date=base.date, date_source=base.date_source,
                          claimant=base.claimant, confidence=round(min(base.confidence, 0.5), 3), reason=reason,
                          spans={"amount": [chosen.start, chosen.end]}, **fields)

    def _fill_donors(self, rows: list[Commitment], ctx: _Context) -> None:
        """Rows without a donor take the document's: the donor most rows name, else the first state it names."""
        if ctx.doc is None or all(r.donor for r in rows):
            return
        default = self._doc_donor(rows, ctx)
        for r in rows:
            purse = self._paying_purse(r, ctx)
            if purse is not None:
                r.donor = purse
                r.reason = "; ".join(x for x in (r.reason, "donor: the owner of the fund the money comes from ('from "
                                                 "X's Facility')") if x)
                continue
            own = self._programme_giver(r)
            if own is not None:
                r.donor = own
                r.reason = "; ".join(x for x in (r.reason, "donor: the state whose own programme or body the "
                                                 "sentence names") if x)
            elif r.donor is None and default and default != r.recipient and not _givers_stated(r):
                r.donor = default
                r.reason = "; ".join(x for x in (r.reason, "donor from the document's context") if x)
                self._span_of(r, "donor", ctx)

    def _paying_purse(self, row: Commitment, ctx: _Context) -> str | None:
        """For a row without a donor, the named owner of the fund its sentence says the money comes from ("a payment
        to X's budget from the EU's Ukraine Facility": the EU), also where the givers were not named ("envoys of the
        member states approved …"), else None."""
        if row.donor is not None or not row.sentence:
            return None
        m = _FROM_OWNED_FUND.search(row.sentence)
        if m is None:
            return None
        owner = m.group("owner")
        actor = next((x.actor_id for x in ctx.mentions if x.actor_id and x.text == owner), None)
        return actor if actor is not None and actor != row.recipient else None

    def _programme_giver(self, row: Commitment) -> str | None:
        """For a row without a donor, the state whose own programme or body its sentence names ("the 8th presidential
        drawdown", "the USAI": lexicon ``programme_givers``), else None."""
        if row.donor is not None or _givers_stated(row):
            return None
        return next((actor for actor, pattern in self.lex.programme_givers
                     if pattern.search(row.sentence or "") and actor != row.recipient), None)

    def _doc_donor(self, rows: list[Commitment], ctx: _Context) -> str | None:
        """The donor most rows name, else (in a short note) the first state named outside a recipient position
        ("Fuel for the Ukraine Armed Forces" names the recipient). A story names many states: the first one
        named is not the giver of an unattributed figure."""
        named = Counter(r.donor for r in rows if r.donor)
        if named:
            return named.most_common(1)[0][0]
        if len(ctx.sents or list(ctx.doc.sents)) > _SHORT_NOTE:
            return None
        receivers = {r.recipient for r in rows if r.recipient}
        text = doc_text(ctx.doc)
        return next((m.actor_id for m in ctx.mentions if m.actor_id and self._is_state(m.actor_id)
                     and m.actor_id not in receivers and not in_recipient_position(text, m)
                     and not _PLACE_BEFORE.search(text[max(0, m.start - 20): m.start])), None)

    def _fill_recipients(self, rows: list[Commitment], ctx: _Context) -> None:
        """Rows without a recipient take the document's: the one most rows name, else its context's."""
        if ctx.doc is None or all(r.recipient for r in rows):
            return
        named = Counter(r.recipient for r in rows if r.recipient)
        donors = {r.donor for r in rows if r.donor}
        default, why = (named.most_common(1)[0][0], "recipient from the document's context") if named else \
            self._doc_recipient(ctx, donors)
        if default is None and self.default_recipient:
            default, why = self.default_recipient, "recipient from the component's default_recipient"
        story = len(ctx.sents or list(ctx.doc.sents)) > _SHORT_NOTE
        for r in rows:
            if r.recipient is None and default and default != r.donor and not _passing_in_story(r, story, why):
                r.recipient = default
                r.reason = "; ".join(x for x in (r.reason, why) if x)
                self._span_of(r, "recipient", ctx)

    @staticmethod
    def _span_of(row: Commitment, key: str, ctx: _Context) -> None:
        """The span of a donor or recipient taken from the document, when the row's own sentence names it."""
        sents = ctx.sents or list(ctx.doc.sents)
        ctx.sents = sents
        if key not in row.spans and 0 <= row.sentence_index < len(sents):
            span = actor_span(sents[row.sentence_index], ctx.mentions, None, getattr(row, key))
            if span is not None:
                row.spans = {**row.spans, key: span}

    def _doc_recipient(self, ctx: _Context, donors: set) -> tuple[str | None, str]:
        """(the recipient the document implies, why): one in a recipient position ("to Ukraine", "Ukraine's
        army"), else the one state the document names besides the donors (a note on a package for it)."""
        why = "recipient from the document's context"
        short = len(ctx.sents or list(ctx.doc.sents)) <= _SHORT_NOTE
        found = context_recipient(ctx.doc, ctx.mentions, None, donors, self._usable_recipient, self._is_state,
                                  min_count=1 if short else _STORY_RECIPIENT_MENTIONS)
        if found and found.startswith("org:"):
            text = next((m.text for m in ctx.mentions if m.actor_id == found), "")
            found = self._state_in_name(text) or found
            if found in donors | self._donor_states(donors):  # the giver's own Red Cross: no receiver
                found = None
        if found is None and self.kb is not None and short:
            found = mentioned_state(ctx.doc, ctx.mentions, donors | self._donor_states(donors), self._is_state)
            why = "recipient: the state the document names besides the donor"
        if found is None and self.kb is not None and short:
            found = self._programme_state(ctx, donors | self._donor_states(donors))
            why = "recipient: the state an aid programme the note names is for"
        if found is None and self.kb is not None and short:
            found = self._demonym_state(ctx, donors | self._donor_states(donors))
            why = "recipient: the one state a nationality word of the note names"
        return found, why

    def _demonym_state(self, ctx: _Context, exclude: set) -> str | None:
        """The one state the note's unlinked nationality words name ("2 million more Pakistani girls", "3,000 Congolese
        nationals"), else None (the actors component leaves a nationality word before a common noun unlinked)."""
        linked = {m.start for m in ctx.mentions}
        states = {self._state_in_name(t.text) for t in ctx.doc if t.idx not in linked and t.pos_ == "ADJ"
                  and _DEMONYM.fullmatch(t.text) and not tells_of_it(ctx.doc.text, t.idx)} - {None} - exclude
        return next(iter(states)) if len(states) == 1 else None

    def _programme_state(self, ctx: _Context, exclude: set) -> str | None:
        """The one state named inside the names of the aid programmes a note cites ("the Ukraine Security Assistance
        Initiative", "the FREE Ukraine Support Package"), else None."""
        states = {self._state_in_name(m.text) for m in ctx.mentions
                  if (m.actor_id or "").startswith("org:") and _PROGRAMME.search(m.text)} - {None} - exclude
        return next(iter(states)) if len(states) == 1 else None

    def _donor_states(self, donors: set) -> set:
        return {self._state_of(d, None) for d in donors if d} - {None}

    # -- one sentence ----------------------------------------------------------------------------
    def extract(self, sent: Span, index: int, doc_date: str | None = None, mentions=(), claim=None,
                ctx: _Context | None = None) -> list[Commitment]:
        """The commitments one sentence states (``ctx`` carries document context between sentences)."""
        ctx = ctx or _Context(mentions=list(mentions))
        if self.read_tables and ("|" in sent.text or "\t" in sent.text):
            from .commitment_tables import table_rows

            rows = table_rows(sent, index, doc_date, self.lex)
            if rows:
                return rows
        s = self._plan(sent, index, doc_date, claim)
        if s is None:
            return []
        rows: list[Commitment] = []
        paired = self._paired_donors(s)
        for k, amount in enumerate(s.amounts or [None]):
            rows += self._rows_for(s, amount, paired[k] if paired and amount is not None else None, k == 0, ctx)
        rows += self._other_givers_rows(s, rows, ctx)
        _share_parties(rows, s)
        return _drop_refusals_beside_commitments(rows + _item_wholes(rows, s))

    def _plan(self, sent: Span, index: int, doc_date: str | None, claim) -> _Sentence | None:
        """The sentence's triggers and money, or None when it states no support."""
        text = span_text(sent)
        triggers = find_triggers(sent, self.lex)
        if not triggers or self._describes_a_source(sent, triggers):
            return None
        amounts = self._booked_amounts(sent, text)
        if amounts is None:
            return None
        clean = self.lex.clean(text)
        if not self._names_support(sent, clean, amounts, triggers) or \
                self._not_support(_spending_abroad_unmarked(_without_body_names(sent, _without_circumstances(
                    sent, clean)), triggers)):
            return None
        kept, parts = without_breakdown(text, *_own_amounts(text, amounts))  # "€6.75bn (€1.63bn in 2022, …)"
        if amounts and not kept and not parts and not any(self.lex.support_word(t) for t in sent):
            return None  # "$3bn in arms sales": every figure is trade or a penalty and no aid is named beside it
        claimant = (claim.claimant or claim.claimant_text) if claim is not None else _claimant(text)
        dated = record_date(sent, doc_date)
        return _Sentence(sent, index, text, dated.date, dated.source, claimant, claim, triggers, kept, parts,
                         shares(text, kept), item_share(text) if not kept else None)

    def _booked_amounts(self, sent: Span, text: str) -> list[Amount] | None:
        """The sentence's amounts less those a tracker coder's notes exclude or book on another row; None when the
        sentence is only such a note."""
        amounts = find_amounts(text, self.grammar)
        notes = excluded_ranges(sent, self.lex.coder_exclusion_verbs, self.lex.coder_exclusion_plain)
        if notes:  # "We do not consider AUD 8 million to …": the coder's exclusion, not the donor's refusal
            if (0, len(text)) in notes or (amounts and all(in_ranges(a.start, notes) for a in amounts)):
                return None
            amounts = [a for a in amounts if not in_ranges(a.start, notes)]
        booked_elsewhere = reference_ranges(sent, self.lex.tracker_reference_verbs)  # "(UKM6)", "reported in CAM4"
        amounts = [a for a in amounts if not in_ranges(a.start, booked_elsewhere)]
        if not amounts and bookkeeping_note(sent, self.lex.coder_bookkeeping_verbs):
            return None  # "we report this aid as having been pledged": how the row is coded
        return amounts

    def _names_support(self, sent: Span, clean: str, amounts: list[Amount], triggers: list[Trigger]) -> bool:
        """Whether the sentence names anything given: money, a support or kind word, a giving participle ("rebels
        supplied by X") or arms given ("armed the militia")."""
        if amounts or any(self.lex.support_word(t) for t in sent) or self.lex.kind(clean) is not None:
            return True
        # "armed the militia", "to drill and discipline them": the verb names what is given; "received only part of
        # what X pledged": what a giver pledged is support though no word names it
        return any(self._given_by_participle(t) or (t.base in ("arm", "train") and gives_support(t, self.lex)) or
                   _pledged_whatever(t) for t in triggers)

    def _given_by_participle(self, trig: Trigger) -> bool:
        """"rebels supplied by Norland", "the Norland-funded group": support named in passing (see
        :mod:`cablegram.nlp.commitment_participles`)."""
        return gives_by_participle(trig.token, lambda t: self.lex.support_word(t) or
                                   self.lex.kind(t.text, strong_only=True) is not None,
                                   lambda t: t.lower_ in self.lex.triggers)

    def _passing_participle(self, trig: Trigger) -> bool:
        """A giving participle on a receiver or a thing given ("rebels supplied by X", "an X-supplied jeep"), not on
        the support itself ("the aid, funded by the State Department, amounts to …": the clause tells its status and
        the words its kind)."""
        noun = described_noun(trig.token)
        return self._given_by_participle(trig) and noun is not None and not self.lex.support_word(noun)

    def _not_support(self, clean: str) -> bool:
        """Purchases, sales, domestic spending, fares, fees: not support unless aid is also stated."""
        if self.lex.private_giving is not None and self.lex.private_giving.search(clean):
            return True  # "donations … through GoFundMe": private people's money, whatever it is called
        if _found(self.lex.lookalike, clean) or (_found(self.lex.private_givers, clean) and
                                                 _found(self.lex.domestic_causes, clean)):
            return True  # compensation called aid, workers sent for jobs, a foundation's gift to a local cause
        if self._backs_a_cause(clean):
            return True  # "withdrew support for X's war", "gave fresh ammunition to critics": backing, not a package
        if self.lex.not_support is None or not self.lex.not_support.search(clean):
            return False
        rest = self.lex.not_support.sub(" ", clean)  # "consular assistance" is no aid word left over
        rest = _ROUTE.sub(" ", rest)  # "a ticket from Przemysl to Kyiv costs …": a route names no receiver
        if self.lex.trade is not None and self.lex.trade.search(clean):
            # "sold drones to X worth $70m": the buyer named is no receiver of support; only support stated
            # beside the sale ("bought shells for X", "aid") makes it one
            return not (self.lex.trade_despite is not None and self.lex.trade_despite.search(rest))
        return not (self.lex.support_despite is not None and self.lex.support_despite.search(rest))

    def _energy_trade_cut(self, text: str) -> bool:
        """Whether the sentence stops an energy flow that is sold ("halted gas deliveries to X", "cut electricity
        supplies"; lexicon ``not_support.energy_trade``) with no aid stated beside it ("cut off the free gas
        supplies it donated" stays ended aid)."""
        clean = self.lex.clean(text)
        m = self.lex.energy_trade.search(clean) if self.lex.energy_trade is not None else None
        if m is None:
            return False
        rest = clean[:m.start()] + " " + clean[m.end():]
        return not (_found(self.lex.support_despite, rest) or _GIVEN_FREE.search(rest))

    def _describes_a_source(self, sent: Span, triggers: list[Trigger]) -> bool:
        """"The ministry created a page listing all the equipment committed": the main verb makes or posts a source
        (``source_making`` a ``source_documents`` noun) and every support trigger describes that source."""
        root = sent.root
        if root.lower_ not in self.lex.source_making:
            return False
        made = [c for c in root.children if c.dep_ == "dobj" and c.lower_ in self.lex.source_documents]
        inside = {t.i for m in made for t in m.subtree}
        return bool(made) and all(t.token.i in inside for t in triggers)

    def _backs_a_cause(self, clean: str) -> bool:
        """Bare support for a cause ("support for X's war", not "military support for …") or a figurative gift
        ("fresh ammunition to critics"), with no aid word elsewhere in the sentence."""
        if self.lex.figurative is not None and self.lex.figurative.search(clean):
            return True
        m = self.lex.backing.search(clean) if self.lex.backing is not None else None
        if m is None or (m.group(1) or "").lower() in self.lex.backing_kinds:
            return False
        rest = clean[:m.start()] + " " + clean[m.end():]
        return not (self.lex.support_despite is not None and self.lex.support_despite.search(rest))

    def _other_givers_rows(self, s: _Sentence, rows: list[Commitment], ctx: _Context) -> list[Commitment]:
        """Without a figure, the support of another giver in a clause of its own ("X sent tents to Y, and Z said it
        would send blankets"): a row for each such clause's trigger whose giver has no row yet."""
        if not rows:
            return []
        used = {r.spans["trigger"][0] for r in rows if r.spans.get("trigger")}
        seen = {giver_clause(t.token).i for t in s.triggers if t.token.idx in used}
        if not seen:
            return []
        extra: list[Commitment] = []
        for trig in s.triggers:
            clause = giver_clause(trig.token)
            if clause.i not in seen and not _holds_amount(clause, s):
                seen.add(clause.i)
                extra += self._rows_for(s, None, None, False, ctx, trig)
        donors = {r.donor for r in rows}
        return [r for r in extra if r.donor is not None and r.donor not in donors]

    def _rows_for(self, s: _Sentence, amount: Amount | None, paired_donor: str | None, first: bool,
                  ctx: _Context, preset: Trigger | None = None) -> list[Commitment]:
        trig = self._giving_trigger(s, amount, preset)
        if trig is None:
            return []
        status, reasons = self._row_status(s, trig, amount)
        if self._nothing_stated(s, trig, status):
            return []
        donors, recipient = self._givers(s, trig, paired_donor, reasons)
        if recipient is None and trig.base in self.lex.needs_recipient:
            return []  # "the president proposed $1 billion to help states": a proposal names whom it is for
        if amount is None and not donors and not self._pronoun_giver(trig, ctx):
            return []  # no figure and no giver named: too little to be a commitment
        cat, sub, window = self._kind(s, trig, amount)
        cat = _for_a_receivers_force(s.text, cat, sub)
        if s.parts and first:
            reasons.append("includes " + ", ".join(s.parts) + " (not counted separately)")
        base = dict(doc_id="", sentence_index=s.index, sentence=s.text, category=cat, subcategory=sub,
                    items=items_of(window, self.lex) or items_of(s.text, self.lex), status=status, date=s.date,
                    date_source=s.date_source, claimant=s.claimant)
        rows = [self._row(s, trig, base, amount, donor, recipient, list(reasons), ctx)
                for donor in self._donor_list(s.text, donors, reasons)]
        if trig.base == "spend":  # money spent abroad: only where it is spent is another state than the giver's
            rows = [r for r in rows if r.recipient is not None and self._is_state(r.recipient)]
        if self._spent_at_home(s, trig, amount, recipient, rows):
            ctx.own_people = True  # "approved €2bn to equip its own army": domestic procurement, no package either
            return []
        return rows if self.kb is None else self._kept(rows, amount, s, ctx)

    def _nothing_stated(self, s: _Sentence, trig: Trigger, status: str) -> bool:
        """Whether the status makes the sentence state no commitment: "did not announce new lending at the meeting"
        (nothing made public, nothing refused), "cut off gas supplies to X" (a seller's supply stopped, no aid
        cancelled)."""
        if status == "refused" and trig.base in _MAKING_PUBLIC and not refusal_words(s.text):
            return True
        return status == "cancelled" and self._energy_trade_cut(s.text)

    def _lenders_kind(self, row: Commitment) -> Commitment:
        """A development bank's or the monetary fund's money is financial support whatever it pays for ("the bank
        approved a grant for the grid"): what such a lender gives is a grant or a loan, never goods; a weapon or a
        training named still keeps its kind."""
        if row.category not in ("humanitarian", "other") or not self._is_lender(row.donor):
            return row
        instrument = "grant" if re.search(r"\bgrant", row.sentence, re.IGNORECASE) else None
        return replace(row, category="financial", subcategory=instrument)

    def _is_lender(self, actor_id: str | None) -> bool:
        if actor_id is None or self.kb is None or actor_id not in self.kb.actors:
            return False
        actor = self.kb.actors[actor_id]
        return actor.type == "organisation" and bool(_LENDER_NAME.search(actor.name))

    def _spent_at_home(self, s: _Sentence, trig: Trigger, amount: Amount | None, recipient: str | None,
                       rows: list[Commitment]) -> bool:
        """Whether the rows pay for the giver's own forces or stocks, a place inside its own state, or (without a
        figure) its own bodies: domestic spending, no package."""
        if self._for_own_forces(s, trig, amount, recipient, rows) or self._at_home(s, trig, rows) or \
                self._approved_for_home_use(s, trig, rows) or self._purse_pays_its_people(s, trig, recipient, rows):
            return True
        funded = recipient or _funded_object(trig)
        return amount is None and bool(funded) and any(self._own_bodies(funded, r) for r in rows)

    def _row_status(self, s: _Sentence, trig: Trigger, amount: Amount | None) -> tuple[str, list[str]]:
        """(status, reasons) of the row ``amount`` makes with ``trig``: a whole that a share is taken from ("$5m of the
        $20m it pledged": the $20m) is a reference to the earlier commitment, linked and never booked again; else the
        trigger's own status, adjusted by the sentence's notes (conditions, negation, cancellations)."""
        whole = next((x for x in s.shares if x.whole is amount), None)
        if whole is not None:
            return whole.whole_status, [
                f"reference: mentions an earlier commitment ({whole.whole_words})",
                f"the whole {whole.part.text} is a share of ('{whole.cue}'): linked, its amount never booked again"]
        status, reasons = self._own_status(_share_verb(trig, s) if amount is None else _sum_share_verb(trig, s, amount),
                                           s.text)
        reasons = self._status_notes(s, trig, amount, status, reasons)
        return _adjusted_status(status, reasons, _package_words(s, trig, amount)), reasons

    def _givers(self, s: _Sentence, trig: Trigger, paired_donor: str | None,
                reasons: list[str]) -> tuple[list[str], str | None]:
        """(donor names, recipient name): the giver that owns the amount in a list of givers, else the trigger's."""
        owned = _owned_whole_parties(s, trig, self._is_name) if not paired_donor else None
        if owned is not None:
            reasons.append("donor: the owner the promised whole names ('40 of X's promised 100 tanks'); recipient: "
                           "who received the share")
            return owned
        donors, recipient = donors_and_recipient(s.sent, trig, self._is_name)
        if not donors and not paired_donor:
            donors = self._participle_givers(s, trig)
            if donors:
                reasons.append("donor: the giver a participle names on what the verb's subject is "
                               "('batteries supplied by X have arrived')")
        if not donors and not paired_donor:
            donors = _whole_giver(s, trig)
            if donors:
                reasons.append("donor: the name before the whole's verb ('of the 900 shells X promised')")
            elif _sum_owner(s):
                donors = _sum_owner(s)
                reasons.append("donor: the owner the whole sum names ('Of X's pledged $500m, $120m …')")
        if not paired_donor:
            return _named_first(donors), recipient
        donors = _joint_names(paired_donor)
        if len(donors) > 1:  # "Latvia + Lithuania with $12m": no single giver, and none to fill in
            reasons.append(f"{_SHARED_AMOUNT} ({', '.join(donors)})")
            return [], recipient
        return donors, recipient

    def _participle_givers(self, s: _Sentence, trig: Trigger) -> list[str]:
        """The givers a giving participle names on the trigger's subject ("Two batteries supplied by Norland and
        Kestria have arrived in Ostravia": Norland and Kestria), else []."""
        subject = next((c for c in trig.token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None:
            return []
        for other in s.triggers:
            if other is not trig and other.token.dep_ == "acl" and other.token.head.i == subject.i and \
                    other.token.tag_ == "VBN":
                return donors_and_recipient(s.sent, other, self._is_name)[0]
        return []

    def _own_status(self, trig: Trigger, text: str) -> tuple[str, list[str]]:
        """The status the trigger's clause gives (:func:`status_of`); support named by a participle on what it went
        to ("the Norland-funded group denied …") was given, whatever the sentence's verbs say."""
        if describes_noun(trig.token) and self._passing_participle(trig):
            return "delivered", [_PARTICIPLE_NOTE]
        status, reasons = status_of(trig, text, self.lex)
        return status, ([_NOUN_NOTE] + reasons if trig.base == "aid" else reasons)

    def _own_bodies(self, recipient: str, row: Commitment) -> bool:
        """Whether ``recipient`` (as written) is a body of the donor's own state that is not the state itself
        ("the Foreign Office does fund UK aid agencies"): ongoing funding at home is domestic spending."""
        if not row.donor or row.recipient == row.donor:
            return False
        donor_state = row.donor if self._is_state(row.donor) else self._served_state(row.donor)
        return donor_state is not None and self._state_in_name(recipient) == donor_state and \
            re.search(r"\b(?:agenc|charit|NGOs?\b|organi[sz]ation|groups?\b|councils?\b|bodies\b|firms?\b|"
                      r"compan|universit|schools?\b)", recipient, re.IGNORECASE) is not None

    def _purse_pays_its_people(self, s: _Sentence, trig: Trigger, recipient: str | None,
                               rows: list[Commitment]) -> bool:
        """Whether a state's own purse (its treasury, cabinet or finance ministry, as the giving verb's subject) pays
        people or places at home ("the Treasury paid £2bn to farmers", "X's cabinet approved €3bn for hospitals"): the
        receivers are named by a common noun of home life and the sentence names no other state. Domestic spending,
        no support."""
        if recipient is not None or any(r.recipient for r in rows) or self.kb is None:
            return False
        # the paying verb, also where the trigger is a noun of the purse's name ("the finance ministry … will pay")
        verbs = [trig.token] + [t for t in s.sent if t.pos_ == "VERB" and t.i != trig.token.i]
        purse = next((p for p in map(_purse_paying_home, verbs) if p is not None), None)
        return purse is not None and not self._names_another_state(s, rows, purse)

    def _names_another_state(self, s: _Sentence, rows: list[Commitment], purse: Token | None = None) -> bool:
        """Whether the sentence mentions a state (an actor of the knowledge base) that is none of the rows' donors nor
        the owner named in the paying ``purse``'s own words ("the Egyptian finance ministry")."""
        donors = {r.donor for r in rows if r.donor}
        own = (purse.left_edge.idx, purse.idx + len(purse)) if purse is not None else (0, 0)
        return any(m.actor_id and self._is_state(m.actor_id) and m.actor_id not in donors
                   and not own[0] <= m.start < own[1]
                   for m in s.sent.doc._.cg_mentions if s.sent.start_char <= m.start < s.sent.end_char)

    def _for_own_forces(self, s: _Sentence, trig: Trigger, amount: Amount | None, recipient: str | None,
                        rows: list[Commitment]) -> bool:
        """Whether what the money (or the giving) is for is the giver's own forces or stocks ("€2bn to equip its own
        army", "€50m for trucks for the Estonian army"): a possessive pronoun with no receiver named before it, or the
        giver's own state named (``[domestic]`` in the lexicon)."""
        if self.lex.own_forces is None:
            return False
        start = amount.start if amount is not None else trig.token.idx - s.sent.start_char
        later = [a.start for a in s.amounts if a.start > start]
        m = self.lex.own_forces.search(s.text[:min(later) if later else len(s.text)], start)
        if m is None:
            return False
        owner = m.group("owner")
        # "gave Ukraine $1bn for its army": "its" is the receiver's; "the country's own navy" points back the same way
        if re.sub(r"\s+", " ", owner.lower()).replace("’", "'") in _OWNER_PRONOUNS:
            at = s.text.find(recipient) if recipient else -1
            return not 0 <= at < m.start()
        donor_states = {r.donor if self._is_state(r.donor) else self._served_state(r.donor) for r in rows if r.donor}
        # "the Bundeswehr's stocks": Germany's; "for the Royal Norlandic Navy": the state may be named by the word
        # before the force, not the owner word
        owner_state = self._forces_state(s.text, m) or self._state_in_name(owner)
        if owner_state is not None and not donor_states - {None} and _unnamed_purse(trig.token):
            return True  # "the Treasury set aside £1bn to restock the British Army's shells": that state's own money
        return owner_state in donor_states - {None}

    def _at_home(self, s: _Sentence, trig: Trigger, rows: list[Commitment]) -> bool:
        """Whether the rows name no receiver but a known place (``cg_places``) inside the giver's own state, after "in",
        "on", "across" or "for" in the giving verb's own phrase, not its subject's ("approved $5bn to rebuild roads in
        Florida", "allocated 2bn hryvnias for schools in Kharkiv"; not "the ministry in X said"): spending at home, no
        support."""
        places = _places_in_phrase(trig.token)
        if not places or not rows or any(r.recipient is not None and r.recipient not in {p.text for p in places}
                                         for r in rows):
            return False
        states = {r.donor if self._is_state(r.donor) else self._served_state(r.donor) for r in rows if r.donor}
        return bool(states) and any(p.kb_id_ in states for p in places)

    @staticmethod
    def _kept(rows: list[Commitment], amount: Amount | None, s: _Sentence, ctx: _Context) -> list[Commitment]:
        """A private person's money (a campaign donation, a fare) is no support; without a figure a giver is needed
        and help to the giver's own nationals is none."""
        if amount is not None:
            return [r for r in rows if not _private_giver(r.donor, s.text)]
        ctx.own_people = ctx.own_people or any(r.recipient is None and _OWN_PEOPLE in (r.reason or "") for r in rows)
        return _with_actor_donor(rows)

    def _giving_trigger(self, s: _Sentence, amount: Amount | None, preset: Trigger | None = None) -> Trigger | None:
        """The trigger that gives ``amount`` (or, without one, the support the sentence names; ``preset``: the one
        given), else None."""
        trig = preset or governing(s.sent, amount.start if amount else None, amount.end if amount else None,
                                   s.triggers)
        if trig is None or _hostile_purpose(trig, self.lex) or taken_thing(trig.token):
            # no trigger, "sent in aircraft to attack …" (force used, not support given), or "US-supplied weapons
            # were seized" (a report of their seizure)
            return None
        if amount is None:
            trig = _supporting_trigger(_standing_trigger(trig, s, self.lex), s, self.lex)
        if (amount is None or (trig.base in self.lex.needs_object and not _money_subject(trig, amount, s)
                               and not _money_released(trig, amount, s))) and not gives_support(trig, self.lex):
            return None  # "gave birth", "withdraw troops", "refugees arriving": nothing given is support
        if _to_a_person(trig):
            return None  # "they didn't give me any training", "paid him $50": between people, not to a state
        if amount is None and trig.token.lower_ in self.lex.deploy_verbs and self.lex.moves_forces(trig.token):
            return None  # "sent two brigades and tanks to the border": a deployment of its own forces
        if amount is None and self._troops_in_place(trig):
            return None  # "keeps 800 soldiers in Norland, offering training": its own forces deployed
        return trig

    def _troops_in_place(self, trig: Trigger) -> bool:
        """Whether the trigger is a participle on a clause that holds the giver's own forces ("Ostria keeps
        some 800 soldiers in Norland and Vell, offering training and transport")."""
        tok = trig.token
        if tok.dep_ not in ("advcl", "acl", "conj") or tok.tag_ != "VBG":
            return False
        return any(c.dep_ in ("dobj", "attr") and c.lower_ in self.lex.force_units for c in tok.head.children)

    def _status_notes(self, s: _Sentence, trig: Trigger, amount: Amount | None, status: str,
                      reasons: list[str]) -> list[str]:
        reasons = list(reasons)
        share = next((x for x in s.shares if x.part is amount), None)
        counted = s.item_share if amount is None else None
        skip = (share.whole_start, share.whole_end) if share else \
            (counted.whole_start, counted.whole_end) if counted else None
        reference = reference_of(s.sent, amount.start if amount else None, amount.end if amount else None,
                                 amount.text if amount else None, _own_segment(s.text, trig.token.idx -
                                                                               s.sent.start_char), skip=skip)
        if reference:
            reasons.insert(0, f"reference: mentions an earlier commitment ({reference})")
        if share is not None:
            reasons.append(f"a share of {share.whole.text} ('{share.cue}'): the share is what the sentence reports")
        if counted is not None:
            reasons.append(f"a share of {counted.whole_words} ('{counted.cue}'): the share is what the sentence reports")
        whole_unstated = share is None and (amount is not None or counted is None)
        reasons += self._delivery_notes(s, trig, status, whole_unstated)
        cue = speculation_cue(trig.token, s.text, s.claim)
        if cue and status in _COMMITTED:
            reasons.append(f"speculative: {cue}")
        return reasons

    def _delivery_notes(self, s: _Sentence, trig: Trigger, status: str, whole_unstated: bool) -> list[str]:
        """Notes on how much of the package was delivered: only part of it ("shipped only part of the howitzers it
        approved", when no share figure says which part: ``whole_unstated``), or nothing of a promise ("promised $50m
        but never paid")."""
        notes = []
        partial = partial_delivery(trig, s.text, self.lex) if whole_unstated else None
        if partial:
            notes.append(f"partial delivery ('{partial}'): the delivered amount is unknown")
        gap = self.lex.unkept.search(s.text) if self.lex.unkept is not None else None
        if gap and status in ("pledged", "allocated"):  # "promised $50m but never paid": the promise stands, unkept
            notes.append(f"delivery gap ('{gap.group(0)}'): nothing of it delivered")
        return notes

    def _kind(self, s: _Sentence, trig: Trigger, amount: Amount | None) -> tuple[str, str | None, str]:
        # What a trailing condition mentions ("if parliament approves the budget") says nothing about what is given.
        cond = condition_start(s.text)
        own = s.text[:cond] if cond is not None and cond > trig.token.idx - s.sent.start_char else s.text
        own = _without_side_clauses(s.sent, trig, own)
        window = _window(own if amount is None or amount.end <= len(own) else s.text, amount, s.amounts)
        # "drilled" is no kind word alone: the trigger's base ("train") names the kind
        named = self.lex.kind(trig.token.text, strong_only=True) or self.lex.kind(trig.base, strong_only=True) \
            if trig.base in ("lend", "train") else None
        if named is not None:  # "lent $1bn to …", "trained 500 soldiers": the verb names the kind
            return named.category, named.subcategory, window
        if trig.base == "arm" and trig.token.tag_.startswith("VB"):
            return "military", "equipment", window  # "armed the militia": weapons given
        cat, sub, how = category_of(window, own, self.lex, self.kind_models, self.min_model_p, _paragraph(s.sent))
        if cat == "other" and amount is not None and amount.currency and trig.base in _MONEY_MOVING:
            return "financial", None, window  # "disbursed €4bn to X": money paid over, no goods or purpose named
        if cat == "humanitarian":  # "a loan worth €200m for the energy sector": the loan is what is given, energy the use
            instrument = financial_instrument(trig.token, _amount_tokens(s.sent, amount), self.lex)
            if instrument is not None:
                return instrument.category, instrument.subcategory, window
        if how != "rule" and participle_kind(trig.token) and self._passing_participle(trig):
            # "rebels supplied by X": arms; "the X-funded group": money (no word of the sentence says otherwise)
            return participle_kind(trig.token), None, window
        return cat, sub, window

    @staticmethod
    def _donor_list(text: str, donors: list[str], reasons: list[str]) -> list[str | None]:
        """One entry per row: several donors share one row ("A; B": split again per donor once resolved when no
        figure is theirs together, see :func:`_one_row_per_donor`), unless "each" gives it."""
        donor_list: list[str | None] = [d for d in donors if d] or [None]
        if len(donor_list) > 1 and not re.search(r"\beach\b", text, re.IGNORECASE):
            reasons.append(f"joint commitment by {len(donor_list)} donors; amount not split")
            return ["; ".join(d for d in donor_list if d)]
        return donor_list

    def _row(self, s: _Sentence, trig: Trigger, base: dict, amount: Amount | None, donor: str | None,
             recipient: str | None, reasons: list[str], ctx: _Context) -> Commitment:
        if donor == FIRST_PERSON_GIVER:  # "we will send", "our country has delivered": the speaker's state
            # Without a figure or a kind of support named ("we will help them"), a speaker's "we" is words, no
            # package: the row keeps no giver (and goes, as rows without a figure need one).
            named = amount is not None or self.lex.kind(self.lex.clean(s.text), strong_only=True) is not None
            donor_id = self._speaker_state(s, ctx, reasons) if named else None
            if not named:
                reasons.append(_WORDS_ONLY)
            return self._row_with_donor(s, trig, base, amount, (donor, donor_id), (None, donor_id), recipient,
                                        reasons, ctx)
        donor_id = self._resolve_joint(donor, ctx.mentions, s.sent, s.date)
        if donor_id is None and donor and (re.search(re.escape(donor) + _FUNDER_AFTER, s.text) or
                                           _STATE_BODY.search(donor)):
            # "Veridia-funded partners": a hyphenated funder the actors skip; "Norland's central bank": a state's
            # own body gives for it
            donor_id = self._state_in_name(donor)
        written = (donor if donor_id else None, donor_id)  # the donor as the sentence writes it, for its span
        if donor_id is None:
            donor_id = self._pronoun_donor(trig, donor, ctx, reasons)
        return self._row_with_donor(s, trig, base, amount, (donor, donor_id), written, recipient, reasons, ctx)

    def _speaker_state(self, s: _Sentence, ctx: _Context, reasons: list[str]) -> str | None:
        """The state whose "we" (or "our country", "my government") gives: the sentence's claimant resolved through
        the actor knowledge base (a state as itself, a person as the state they serve in office, an organisation as
        its country), else None with a reason that keeps the document's donor out (never the nearest state named)."""
        claimant = s.claim.claimant if s.claim is not None else None
        if claimant is None:
            text = (s.claim.claimant_text if s.claim is not None else None) or _claimant(s.text)
            claimant = self._resolve(text, ctx.mentions, s.sent, s.date) if text else None
        state = None
        if claimant is not None:
            actor = self.kb.actors.get(claimant) if self.kb is not None else None
            state = claimant if self._is_state(claimant) else self._state_of(claimant, s.date) or \
                (actor.country if actor is not None and actor.type != "person" else None)
        reasons.append(_SPEAKER_GIVES if state else _SPEAKER_UNKNOWN)
        return state

    def _row_with_donor(self, s: _Sentence, trig: Trigger, base: dict, amount: Amount | None,
                        giver: tuple[str | None, str | None], written: tuple[str | None, str | None],
                        recipient: str | None, reasons: list[str], ctx: _Context) -> Commitment:
        """The row once its giver is known: ``giver`` is (the giver as found, its actor id), ``written`` the giver as
        the sentence writes it (for its span)."""
        donor, donor_id = giver
        if donor_id is None and donor:
            donor_id = self._nationality_of_givers(s, donor, ctx) or self._seat_of_givers(s, donor, ctx)
        ctx.last_donor = donor_id or ctx.last_donor
        recipient_id = self._recipient_id(recipient, donor_id, s, ctx, reasons)
        donor_id = _without_receiver(donor_id, recipient_id)
        conf = 0.85 - (0.2 if donor_id is None else 0.0) - (0.1 if recipient_id is None else 0.0)
        self._giver_notes(s, donor, donor_id, reasons, ctx)
        fields = self._amount_fields(amount, s.date, reasons)
        if amount is not None:
            conf = min(conf, conf * amount.confidence / 0.9)
        reference = next((r[len("reference: mentions an earlier commitment ("):-1] for r in reasons
                          if r.startswith("reference: mentions")), None)
        if amount is None and recipient is None and not reference and trig.base in self.lex.presenting:
            reference = refers_back(trig.token, self.lex)
            if reference:
                reasons.insert(0, f"reference: refers back to {reference} described elsewhere")
        spans = commitment_spans(s.sent, trig.token, _doc_offsets(s.sent, amount), ctx.mentions, written,
                                 (recipient if recipient_id else None, recipient_id))
        return Commitment(**base, donor=donor_id, recipient=recipient_id, confidence=round(max(conf, 0.05), 3),
                          reason="; ".join(reasons) or None, is_reference=reference is not None, refers_to=reference,
                          spans=spans, **fields)

    def _seat_of_givers(self, s: _Sentence, donor: str, ctx: _Context) -> str | None:
        """"The Storting in Oslo approved …": a giving body the knowledge base does not know, named with the place it
        sits in, gives for that place's state, else None."""
        seat = _seat_token(s.sent, donor.split()[-1])
        if seat is None or self.kb is None:
            return None
        known = next((p.kb_id_ for p in s.sent.doc.spans.get(_PLACES, []) if p.start <= seat.i < p.end and p.kb_id_),
                     None)  # a known place (``cg_places``) is read as the state it lies in
        return next((a.id for a in self.kb.lookup(seat.text) if a.type == "state"), None) or known

    def _nationality_of_givers(self, s: _Sentence, donor: str, ctx: _Context) -> str | None:
        """"Danish lawmakers approved …", "Norlandic ministers pledged …", "EU finance ministers signed off …": plural
        givers named by their state's nationality word, or by the name of their state or body, give for it, else
        None."""
        if donor.split()[-1].lower() not in self.lex.gathering_donors | {"lawmakers", "legislators", "mps", "deputies",
                                                                         "senators", "parliamentarians"}:
            return None
        head = next((t for t in s.sent if t.text == donor.split()[-1] and t.dep_ in ("nsubj", "nsubjpass")), None)
        word = next((c for c in head.children if c.dep_ in ("amod", "compound") and c.ent_type_ in ("NORP", "GPE", "ORG")),
                    None) if head is not None else None
        return self._resolve(word.text, ctx.mentions, s.sent, s.date) if word is not None else None

    def _pronoun_giver(self, trig: Trigger, ctx: _Context) -> bool:
        """Whether a pronoun subject of the trigger stands for a giver named before (a sentence or its paragraph)."""
        return _pronoun_subject(trig) and bool(ctx.last_donor or self._antecedent(trig, ctx))

    def _pronoun_donor(self, trig: Trigger, donor: str | None, ctx: _Context, reasons: list[str]) -> str | None:
        """The donor a pronoun subject stands for: "it" → the state or organisation named before it in the paragraph,
        else the previous sentence's donor; None without a pronoun subject (or with a donor named but unresolved)."""
        antecedent = self._antecedent(trig, ctx) if not donor else None
        if antecedent is not None:
            reasons.append("donor: the state or organisation 'it' stands for (named before it in the paragraph)")
            return antecedent
        if _pronoun_subject(trig) and ctx.last_donor:
            reasons.append("donor from the previous sentence (pronoun)")
            return ctx.last_donor
        return None

    def _antecedent(self, trig: Trigger, ctx: _Context) -> str | None:
        """The state or organisation an "it" subject of the trigger stands for: the nearest one named before the
        pronoun in its paragraph, outside a recipient position ("Qatar has given no reason for why it stopped the
        funding"), else None (persons, and "they", are left to the previous sentence's donor)."""
        pronoun = _it_subject(trig) if trig.base != "receive" else None  # "before it can receive aid": a receiver
        if pronoun is None or ctx.doc is None or self.kb is None:
            return None
        text = doc_text(ctx.doc)
        start = text.rfind("\n", 0, pronoun.idx) + 1
        for m in sorted(ctx.mentions, key=lambda m: -m.start):
            if not (start <= m.start < pronoun.idx) or not m.actor_id or m.actor_id.startswith("person:"):
                continue
            actor = self.kb.actors.get(m.actor_id)
            if actor is not None and actor.type == "person":
                continue
            if not in_recipient_position(text, m) and self._usable_recipient(m.actor_id):
                return m.actor_id
        return None

    def _giver_notes(self, s: _Sentence, donor: str | None, donor_id: str | None, reasons: list[str],
                     ctx: _Context) -> None:
        """Reasons about the giver: not found, givers not named ("ministers gathered to pledge": never filled from
        the document), the organisation the money goes through ("provided through the EBRD": a channel, not the
        donor)."""
        if donor_id is None and donor and donor.split()[-1].lower() in self.lex.gathering_donors:
            reasons.append(f"{_UNNAMED_GIVERS} ({donor})")
        elif donor_id is None:
            reasons.append("donor not found")
        channel = _CHANNEL_RE.search(s.text)
        if channel and self._resolve(channel.group(1), ctx.mentions, s.sent, s.date) != donor_id:
            reasons.append(f"channel: {channel.group(1)} (the donor provides it through them)")

    def _recipient_id(self, recipient: str | None, donor_id: str | None, s: _Sentence, ctx: _Context,
                      reasons: list[str]) -> str | None:
        recipient_id = self._resolve(recipient, ctx.mentions, s.sent, s.date)
        if self.kb is not None and is_armed_group_name(recipient) and (recipient_id is None or self._is_state(
                recipient_id)):
            recipient_id = self._group_recipient(recipient, reasons)  # "Syrian Kurdish fighters": not Syria
        if recipient_id is not None and ctx.mentions and not self._usable_recipient(recipient_id):
            recipient_id = None
        if recipient_id is not None and donor_id is not None and recipient_id in (
                donor_id, self._state_of(donor_id, s.date)):
            reasons.append(_OWN_PEOPLE)
            recipient_id = None
        if recipient_id is not None and recipient_id.startswith(("IGO.", "org:")) and ctx.doc is not None:
            state = self._channel_state(recipient, recipient_id, donor_id, s, ctx)
            if state:
                reasons.append(f"channelled through {recipient_id}")
                recipient_id = state
        if recipient_id is None and ctx.doc is not None:
            recipient_id = self._implied_recipient(donor_id, s, ctx, reasons)
        return recipient_id if recipient_id is not None else self._place_as_written(recipient, donor_id, s, ctx, reasons)

    def _place_as_written(self, recipient: str | None, donor_id: str | None, s: _Sentence, ctx: _Context,
                          reasons: list[str]) -> str | None:
        """"tents and shelters for Gaza": a place the knowledge base does not know as an actor receives, when neither
        the document nor the config gives a recipient: as the state it lies in when it is a known place (``cg_places``:
        "schools in Kharkiv"), else as written; else None."""
        if self.kb is None:
            return None
        placed = [p for p in s.sent.doc.spans.get(_PLACES, []) if p.text == recipient
                  and s.sent.start <= p.start < s.sent.end]
        state = next((p.kb_id_ for p in placed if p.kb_id_), None)
        if state is None and placed:  # "shelters in Moldova": a state named as where the receivers are
            state = next((a.id for a in self.kb.lookup(recipient) if a.type == "state"), None)
        # a capital named as a place ("clinics in Khartoum") is no actor mention, though the knowledge base knows it
        unknown = self._unknown_place(recipient, s.sent)
        if not (state or unknown) or self.default_recipient is not None:
            return None
        if ctx.doc is not None and self._doc_recipient(ctx, {donor_id} - {None})[0] is not None:
            return None
        if state is not None and state != donor_id and state in self.kb:  # "for schools in Kharkiv": Ukraine receives
            reasons.append(f"recipient: the state a known place lies in ({recipient}: {state})")
            return state
        if not unknown:
            return None
        reasons.append("recipient: a place the knowledge base does not know, as written")
        return recipient

    def _unknown_place(self, name: str | None, sent: Span) -> bool:
        """Whether ``name`` (a recipient as written) is a place the sentence names (a GPE or LOC entity) that the
        knowledge base does not know as any actor ("Gaza", "Darfur")."""
        if not name or self.kb is None:
            return False
        bare = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
        if any(w[:1].islower() for w in bare.split()):
            return False  # "New Start for Culture": a programme's name, not a place
        # a known place (``cg_places``) counts whatever label the parser gave it ("Port Sudan" read as a facility)
        places = [p for p in sent.doc.spans.get(_PLACES, []) if sent.start <= p.start < sent.end]
        named = [e for e in sent.ents if e.label_ in ("GPE", "LOC")] + places
        return any(re.sub(r"^the\s+", "", e.text, flags=re.IGNORECASE) == bare for e in named) and \
            not self.kb.lookup(bare)  # "the Gaza Strip": the article is no part of it

    def _group_recipient(self, recipient: str, reasons: list[str]) -> str:
        """An armed group the knowledge base does not know ("Syrian Kurdish fighters", "the rebels") receives as
        written; one named only by a state's nationality word ("Ostravian fighters") is that state's forces."""
        words = recipient.split()[:-1]
        states = {self._state_in_name(w) for w in words} if words else {None}
        if None not in states and len(states) == 1 and recipient.split()[-1].lower() not in NON_STATE_GROUP_NOUNS:
            return states.pop()
        reasons.append("recipient: a non-state armed group, as written")
        return recipient

    def _implied_recipient(self, donor_id: str | None, s: _Sentence, ctx: _Context, reasons: list[str]) -> str | None:
        """The recipient the sentence implies without naming it as an object ("Ukraine's army", "the Ukrainian
        people"), else the state of a place the support goes to ("aid deliveries in Baghdad")."""
        recipient_id = context_recipient(ctx.doc, ctx.mentions, s.sent, {donor_id} if donor_id else set(),
                                         self._usable_recipient)
        if recipient_id and recipient_id.startswith("org:"):
            text = next((m.text for m in ctx.mentions if m.actor_id == recipient_id), "")
            recipient_id = self._state_in_name(text) or recipient_id
            if recipient_id == donor_id:  # "according to the Norlandic Red Cross": the giver's own society tells it
                recipient_id = None
        if recipient_id:
            reasons.append("recipient implied by the sentence")
        elif self.kb is not None:
            recipient_id = self._place_recipient(s.sent, ctx, {donor_id})
            if recipient_id:
                reasons.append(f"recipient: the state of the place the support goes to ({recipient_id})")
        return recipient_id

    def _place_recipient(self, sent: Span, ctx: _Context, exclude: set) -> str | None:
        """A capital or country the actors component left as a place, in a recipient position ("aid deliveries in
        Baghdad", "for Kyiv"), as the knowledge base's state."""
        text = ctx.doc.text if ctx.doc is not None else sent.doc.text
        covered = {m.start for m in ctx.mentions if m.actor_id}
        # a known place (``cg_places``: "clinics in Kinshasa") is read as the state it lies in
        known = {p.start_char: p.kb_id_ for p in sent.doc.spans.get(_PLACES, []) if p.kb_id_
                 and sent.start <= p.start < sent.end}
        for ent in sent.ents:
            if ent.label_ not in ("GPE", "LOC") or (ent.start_char in covered and ent.start_char not in known):
                continue
            place = _Place(ent.start_char, ent.end_char, ent.text)
            if not in_recipient_position(text, place):
                continue
            state = next((a.id for a in self.kb.lookup(ent.text) if a.type == "state"), None) or \
                known.get(ent.start_char)
            if state and state not in exclude and state in self.kb:
                return state
        return None

    def _channel_state(self, recipient: str | None, recipient_id: str, donor_id: str | None, s: _Sentence,
                       ctx: _Context) -> str | None:
        """"to NATO's assistance fund for Ukraine", "UNICEF in Ukraine": the state a fund or organisation channels
        support to (the sentence's, the fund's name's, the document's recipient, else the one other state it names)."""
        others = {donor_id, recipient_id, ctx.last_donor}
        state = context_recipient(ctx.doc, ctx.mentions, s.sent, others, self._is_state) or \
            self._state_in_name(recipient or "") or self._state_in_fund_names(s.sent, ctx, others) or \
            context_recipient(ctx.doc, ctx.mentions, None, others, self._is_state)
        if state is None and len(ctx.sents or list(ctx.doc.sents)) <= _SHORT_NOTE:
            state = mentioned_state(ctx.doc, ctx.mentions, others, self._is_state)  # a note names one state
        return state if state != donor_id else None

    def _state_in_fund_names(self, sent: Span, ctx: _Context, exclude: set) -> str | None:
        """The state a new organisation of the sentence is named for ("the NATO-Ukraine Comprehensive Assistance Package
        Trust Fund" read as one organisation): the fund serves it, else None."""
        for m in ctx.mentions:
            if m.actor_id and m.actor_id.startswith("org:") and sent.start_char <= m.start < sent.end_char:
                state = self._state_in_name(m.text)
                if state and state not in exclude:
                    return state
        return None

    def _amount_fields(self, amount: Amount | None, date: str | None, reasons: list[str]) -> dict:
        if amount is None:
            return {}
        reasons += amount.reasons
        fields: dict = {"amount": amount.value, "currency": amount.currency, "amount_text": amount.text}
        if amount.currency in self.rates.currencies:
            conv = self.rates.convert(amount.value, amount.currency, date)
            fields.update(amount_usd=round(conv.usd, 2), rate_date=conv.rate_date)
        return fields

    def _package_without_verb(self, sents: list[Span], doc_date: str | None, ctx: _Context) -> list[Commitment]:
        """One low-confidence row for a document whose opening describes a package without a support verb
        ("Medical supplies.", "This 25 million AUD package of military assistance will include …")."""
        for i, sent in enumerate(sents[:2]):
            if not self._describes_package(sent, ctx):
                continue
            amounts = [a for a in find_amounts(sent.text, self.grammar) if a.currency]
            a = amounts[0] if amounts else None
            dated = record_date(sent, doc_date)
            date = dated.date
            cat, sub, _ = category_of(sent.text[a.start:] if a else sent.text, sent.text, self.lex, self.kind_models,
                                      self.min_model_p, _paragraph(sent))
            cat = _for_a_receivers_force(sent.text, cat, sub)  # "diesel will go from X to the Norlandic army"
            # "The Swiss government declined to re-export the ammunition to Ukraine": a refusal, not a package
            refused = self._refusing_opening(sent)
            reasons = ["no support verb: the opening describes a package"]
            ended = self._ended_support(sent)
            if ended and not refused:
                reasons.append(f"ends support: '{ended}'")
            status = self._opening_status(sent, refused, ended)
            if self._describes_a_source(sent, find_triggers(sent, self.lex)):
                # "the embassy created a webpage listing all aid provided": the verbs describe the source, not an act
                reasons.append("the opening describes a source listing the package")
                status = "pledged"
            fields = self._amount_fields(a, date, reasons)
            donor = self._first_state(sent, ctx)
            place = self._arrival_place_state(sent, donor)
            if place is None and self._budgeted_at_home(sent, donor):
                return []
            place = self._opening_place(sent, donor, place, ctx, reasons)
            counted = item_share(sent.text) if a is None and not (refused or ended) else None
            arrived = counted is not None and _arrival_after(sent, counted.whole_end)
            if arrived:
                reasons.append(f"a share of an earlier promise ('{counted.cue}') that got there")
            row = Commitment(doc_id="", sentence_index=i, sentence=sent.text, donor=donor, recipient=place,
                             category=cat, subcategory=sub, items=items_of(sent.text, self.lex),
                             status="delivered" if arrived else status,
                             date=date, date_source=dated.source, confidence=0.35, reason="; ".join(reasons),
                             spans=commitment_spans(sent, None, _doc_offsets(sent, a), ctx.mentions, (None, None),
                                                    (None, None)), **fields)
            return [row] + (_whole_reference(row, counted) if arrived else [])
        return []

    def _opening_place(self, sent: Span, donor: str | None, reached: str | None, ctx: _Context,
                       reasons: list[str]) -> str | None:
        """The receiving state of an opening without a support verb: the known place it reached (``reached``), else
        the state of a place in a receiver's position ("generators for clinics in Kinshasa"), with its reason."""
        if reached:
            reasons.append(f"recipient: the state of the known place it reached ({reached})")
            return reached
        place = self._place_recipient(sent, ctx, {donor} - {None}) if self.kb is not None else None
        if place:
            reasons.append(f"recipient: the state of the place the support goes to ({place})")
        return place

    def _budgeted_at_home(self, sent: Span, donor: str | None) -> bool:
        """Whether an opening without a support verb is a state's own budget: money approved or cleared by the
        donor's own body ("Norland's cabinet cleared 2 billion crowns for new frigates for the Norlandic Navy",
        "the senate approved 4 billion pesos to repair bridges in a home province"), naming no other state, or paid
        for the donor's own forces. Domestic spending, no support."""
        own = self.lex.own_forces.search(sent.text) if self.lex.own_forces is not None else None
        if (donor is None or not self._is_state(donor)) and own is not None and _unnamed_purse(sent.root):
            # "the Treasury has found £1bn to restock the Royal Navy's stores": the purse of the forces' own state
            donor = self._forces_state(sent.text, own)
        if donor is None or not self._is_state(donor):
            return False
        if own is not None and self._points_back_to_giver(sent, own, donor):
            return True  # "voted to raise the budget of the country's own army"
        if own is not None and donor == self._forces_state(sent.text, own):
            return True
        return self._home_body_approves(sent, sent.root, donor)

    def _forces_state(self, text: str, own: re.Match) -> str | None:
        """The state whose forces an ``own_forces`` match names: by the forces' own name ("the Bundeswehr's", "the Royal
        Navy's") or a state's name in it ("the Swedish army's")."""
        named = text[own.start("owner"):own.end()]
        keys = (re.sub(r"^the\s+|[’']s$", "", k, flags=re.IGNORECASE).lower() for k in (own.group("owner"), named))
        return next((self.lex.forces_of[k] for k in keys if k in self.lex.forces_of), None) or \
            self._state_in_name(named)

    def _home_body_approves(self, sent: Span, verb: Token, donor: str) -> bool:
        """Whether ``verb`` is a state body's approving ("the cabinet approved", "parliament voted") in a sentence that
        names no state or known place but the giver's and no aid noun: the giver's own budget."""
        if verb.lemma_.lower() not in _APPROPRIATING:
            return False
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ not in _HOME_BODIES:
            return False
        named = {self._state_in_name(e.text) for e in sent.ents if e.label_ in ("GPE", "NORP")} | {
            p.kb_id_ for p in sent.doc.spans.get(_PLACES, []) if sent.start <= p.start < sent.end}
        return named - {None, ""} <= {donor} and not any(t.lower_ in _AID_NOUNS for t in sent)

    def _approved_for_home_use(self, s: _Sentence, trig: Trigger, rows: list[Commitment]) -> bool:
        """"X's cabinet approved N to rebuild homes in the flooded towns": a state's own body approving money for a
        purpose it names (a "to …" clause or a "for …" phrase), with no receiver and no other state named: the
        state's own budget, no support (a bare "approved N" in a story about a receiver keeps its row)."""
        if not rows or any(r.recipient is not None or not r.donor or not self._is_state(r.donor) for r in rows):
            return False
        purpose = any(c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB" or c.dep_ == "prep" and c.lower_ == "for"
                      for c in trig.token.children)
        return purpose and all(self._home_body_approves(s.sent, trig.token, r.donor) for r in rows)

    def _points_back_to_giver(self, sent: Span, own: re.Match, donor: str) -> bool:
        """Whether the owner of the forces an opening pays for is a word pointing back ("its", "the country's") and no
        state but the giver is named before it: the giver's own forces."""
        if re.sub(r"\s+", " ", own.group("owner").lower()).replace("’", "'") not in _OWNER_PRONOUNS:
            return False
        named = {self._state_in_name(e.text) for e in sent.ents if e.label_ in ("GPE", "NORP")
                 and e.start_char < sent.start_char + own.start("owner")}
        return named - {None} <= {donor}

    def _arrival_place_state(self, sent: Span, donor: str | None) -> str | None:
        """"A cargo plane carrying food landed in Port Sudan", "its shipment has arrived in Kyiv": the state of the one
        known place (``cg_places``) a verb of arrival or sending reaches ("in", "into", "to", "at"), else None."""
        if self.kb is None:
            return None
        states = {p.kb_id_ for p in sent.doc.spans.get(_PLACES, []) if sent.start <= p.start < sent.end and p.kb_id_
                  and p.kb_id_ != donor and p.kb_id_ in self.kb and p.start > 0
                  and (_reached_object(p.root) or (sent.doc[p.start - 1].lower_ in ("in", "into", "to", "at")
                                                   and sent.doc[p.start - 1].head.lower_ in self.lex.triggers))}
        return states.pop() if len(states) == 1 else None

    def _refusing_opening(self, sent: Span) -> bool:
        """Whether an opening without a support verb refuses or rules out what it describes, in its main clause or in
        the clause a speaker reports ("declined to re-export the ammunition", "the minister said his country was not
        considering any new aid for X")."""
        root = sent.root
        for verb in [root] + [c for c in root.children if c.dep_ == "ccomp" and root.lower_ in _SAYING]:
            if verb.lower_ in self.lex.refusal or any(c.dep_ == "neg" for c in verb.children) or _no_plans(verb):
                return True
        return False

    def _considering_opening(self, sent: Span) -> bool:
        """Whether the opening's main clause (or the clause a speaker reports) only considers what it describes ("said
        his country would consider new aid for X", "is ready to examine a loan")."""
        root = sent.root
        clauses = [root] + [c for c in root.children if c.dep_ == "ccomp" and root.lower_ in _SAYING]
        return any(v.lower_ in self.lex.considering or any(c.dep_ in ("acomp", "xcomp") and c.lower_ in
                                                            self.lex.considering for c in v.children)
                   for v in clauses)

    def _opening_status(self, sent: Span, refused: bool, ended: str | None) -> str:
        """The status of a package an opening describes: refused, ended, under a stated condition ("must first
        disarm before it can receive aid"), given as its own verb says ("has provided humanitarian assistance to
        3,000 nationals"), else pledged."""
        if refused or ended:
            return "refused" if refused else "cancelled"
        if condition_start(sent.text) is not None or self._considering_opening(sent):
            return "conditional"
        if _package_got_there(sent):
            return "delivered"
        verbs = [t for t in find_triggers(sent, self.lex) if t.status != "noun"]
        if verbs:
            status, _ = status_of(main_trigger(verbs), sent.text, self.lex)
            if status != "pledged":  # "was not in a position to send", "has provided", "approved"
                return status
        return "pledged"

    def _ended_support(self, sent: Span) -> str | None:
        """The noun that ends the support a sentence describes ("its cut in aid to …", "the military aid will come to
        a halt"), else None."""
        for t in sent:
            if t.lower_ not in self.lex.cancel_nouns or t.lower_ == "end" and t.pos_ != "NOUN":
                continue
            verb = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), t.head)  # "aid will come to a halt"
            near = list(t.subtree) if any(c.dep_ == "prep" for c in t.children) else list(verb.subtree)
            if any(self.lex.support_word(w) for w in near if w.i != t.i):
                return t.text
        return self._held_support(sent)

    def _held_support(self, sent: Span) -> str | None:
        """"put on hold the transfer of missiles to X": the support the holding verb acts on is stopped for now
        ("on hold"), else None."""
        for t in sent:
            if t.lower_ in self.lex.held_nouns and t.i > sent.start and t.nbor(-1).lower_ == "on":
                # "put on hold the transfer": "hold" read as a verb; "put a grant to X's work on hold": the verb above
                verb = t.head.head if t.dep_ == "pobj" else t.head
                # a word the parser took for a verb in a noun's slot ("… for chad on ice": "chad" as a pobj) is no verb
                put = verb if verb.lemma_ in _PUTTING_VERBS else next(
                    (a for a in verb.ancestors if a.lemma_ in _PUTTING_VERBS), None) \
                    if verb.pos_ != "VERB" or verb.dep_ in ("pobj", "dobj") else None
                verb = put or verb
                # a figure put on hold is the package's ("put a 30 million euro payment to X on hold")
                if any(self.lex.support_word(w) or w.lower_ in self.lex.trigger_nouns or (put is not None and
                                                                                          w.like_num)
                       for w in verb.subtree):
                    return f"on {t.lower_}"
        return None

    def _describes_package(self, sent: Span, ctx: _Context) -> bool:
        """Whether a sentence without a support verb that gave a row describes a package (see the callers)."""
        triggers = find_triggers(sent, self.lex)
        if _refused_or_force(triggers, self.lex) or _asks_or_allows(sent, self.lex) or \
                any(self._troops_in_place(t) for t in triggers) or \
                _reports_other_act(sent, self.lex, self.grammar) or (any(
                t.token.dep_ == "ROOT" and t.status != "noun" for t in triggers) and not self._first_state(sent, ctx)):
            # "tents do not provide shelter", "agreed to allow aid in", and a main support verb that gave
            # nothing, with no state named ("were trained to use rifles", "will lend credibility"): no package
            return False
        clean = _without_circumstances(sent, self.lex.clean(sent.text))  # "on hold after a row over fees": still aid
        if self.lex.acts_otherwise(sent) or self._not_support(clean) or _found(self.lex.cooperation, clean) or \
                _COOPERATE.search(clean) or _agreement_on_a_topic(sent):
            # "a commitment to cooperate on security assistance" promises work together; "a memorandum on police
            # training was signed" names the topic of a paper: no package
            return False
        if self._energy_trade_cut(sent.text) and self._ended_support(sent):
            return False  # "cut off gas supplies to X": a seller's supply stopped, no package
        if _every_support_word_negated(sent, self.lex):
            # "there was no announcement of new aid for X", "no word of further funding": nothing given; "each new aid
            # package is a lifeline": packages in general, none of them
            return False
        return any(self.lex.support_word(t) for t in sent) or self.lex.kind(clean, strong_only=True) is not None

    def _first_state(self, sent: Span, ctx: _Context) -> str | None:
        """The first actor ``sent`` names outside a recipient position ("Fuel for the Ukraine Armed Forces" names the
        receiver, not the giver); the owner of a counted share's whole first ("Of Norland's pledged 30 ambulances, 12
        have arrived": Norland gave)."""
        text = ctx.doc.text if ctx.doc is not None else sent.doc.text
        owner = self._share_owner(sent, ctx)
        if owner is not None:
            return owner
        for m in ctx.mentions:
            if sent.start_char <= m.start < sent.end_char and m.actor_id and self._usable_recipient(m.actor_id) \
                    and not in_recipient_position(text, m) and not _PLACE_BEFORE.search(text[max(0, m.start - 20): m.start]) \
                    and not (m.actor_id.startswith("org:") and _PROGRAMME.search(m.text)) \
                    and not _CLOCK_BEFORE.search(text[max(0, m.start - 8): m.start]) \
                    and not _reached_place(sent, m.start) and not self._receiving_subject(sent, m.start):
                return self._office_state(m)  # a programme is a channel; who "received" is no giver
        return None

    def _share_owner(self, sent: Span, ctx: _Context) -> str | None:
        """The actor a counted share's whole names as its owner ("Of Norland's pledged 30 …", "40 of Norland's
        promised 100 …"), as a mention of ``sent`` writes it, else None."""
        counted = item_share(sent.text)
        if counted is None or not counted.owner:
            return None
        m = next((m for m in ctx.mentions if sent.start_char <= m.start < sent.end_char and m.text == counted.owner
                  and m.actor_id and self._usable_recipient(m.actor_id)), None)
        return self._office_state(m) if m is not None else None

    def _receiving_subject(self, sent: Span, start: int) -> bool:
        """Whether the name at character ``start`` of the document is the subject of a receiving verb ("Ostravia
        received the shells", "Ostravia has taken delivery of …"): the receiver, never the giver."""
        tok = next((t for t in sent if t.idx == start), None)
        return tok is not None and tok.dep_ in ("nsubj", "nsubjpass") and \
            self.lex.triggers.get(tok.head.lower_, ("", ""))[0] == "receive"

    def _office_state(self, m) -> str:
        """A new organisation that is a state's office ("the German Federal Ministry of Health") stands for the state."""
        if m.actor_id.startswith("org:") and _OFFICE.search(m.text):
            return self._state_in_name(m.text) or m.actor_id
        return m.actor_id

    # -- actors ----------------------------------------------------------------------------------
    def _is_name(self, name: str | None) -> bool:
        return is_actor_name(name, self.lex, self.grammar.codes)

    def _state_name(self, actor_id: str) -> str | None:
        """The name of the state ``actor_id`` is (None for no state or without a knowledge base)."""
        return self.kb.actors[actor_id].name if self._is_state(actor_id) else None

    def _is_state(self, actor_id: str) -> bool:
        return self.kb is not None and actor_id in self.kb and self.kb.actors[actor_id].type == "state"

    def _usable_recipient(self, actor_id: str) -> bool:
        """Persons (not in office), currency codes and weapon names are not recipients of state support."""
        if actor_id.startswith("person:"):
            return False
        # "org:challenger-2": a new organisation's id is its name ("Challenger 2" tanks are no receiver)
        if actor_id.startswith("org:") and not all(is_actor_name(n, self.lex, self.grammar.codes)
                                                    for n in (actor_id[4:], actor_id[4:].replace("-", " "))):
            return False
        if self.kb is not None and actor_id in self.kb:
            return self.kb.actors[actor_id].type != "person"
        return True

    def _resolve_joint(self, name: str | None, mentions, sent: Span, date: str | None) -> str | None:
        """A joint row's givers ("Kestria; Norland") as their actor ids joined the same way ("XKS; XNL"), every
        giver kept; one giver as :meth:`_resolve`."""
        if not name or "; " not in name:
            return self._resolve(name, mentions, sent, date)
        ids = [self._resolve(part, mentions, sent, date) for part in name.split("; ")]
        if any(i is None for i in ids):
            return None
        if any(i.startswith(("person:", "org:")) for i in ids):
            return ids[0]  # "the Netherlands, Kajsa Ollongren and Sigrid Kaag": a state and its officials, one giver
        return "; ".join(dict.fromkeys(ids))

    def _resolve(self, name: str | None, mentions, sent: Span, date: str | None) -> str | None:
        """The actor id for a donor/recipient name (an office-holder → their state), else the text."""
        m = _mention_for(name, mentions, sent)
        if m is None:
            # With the actors component in the pipeline, a donor or recipient must be an actor it found, or a state's
            # demonym the knowledge base knows ("Veridian doctors", "Pakistani girls": a nationality word before a
            # common noun that the actors component leaves unlinked).
            if self.kb is None:
                return name
            return self._state_in_name(name) if name and _DEMONYM.fullmatch(name) else None
        named = self._named_served_state(m.actor_id, mentions, sent)
        if named:
            return named  # "President Macron announced that France …": the state the sentence names for the person
        if m.role_on_date and self.kb is not None:
            # A head of government or minister pledges on the state's behalf: the state is the donor (the codebook's
            # convention); a role that does not cover the date falls back to the one state all their offices served.
            return self._state_of(m.actor_id, date) or self._served_state(m.actor_id) or m.actor_id
        if (date is None or _office_near(sent, m)) and self._served_state(m.actor_id):
            return self._served_state(m.actor_id)  # undated, or named with an office: the state the person served
        if m.method == "new":
            # "Austrian Finance Minister Magnus Brunner", "the Defence Minister of Belgium, X": an unknown
            # official speaks for the state named in the title before the name (an unknown name may be taken
            # for an organisation: the title decides).
            near = _office_near(sent, m) if m.actor_id.startswith(("person:", "org:")) else ""
            return self._state_in_name(m.text) or self._state_in_name(near) or m.actor_id
        return m.actor_id

    def _state_in_name(self, text: str) -> str | None:
        """A new organisation named after a state ("the Australian Government", "Government of Ukraine",
        "Ukraine's Border Guard Service") stands for that state."""
        if self.kb is None:
            return None
        for word in re.findall(r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?", re.sub(r"[’']s\b", "", text)):
            for cand in dict.fromkeys([word] + word.split()):  # "FREE Ukraine Support Package": each word too
                if cand not in self._state_names:
                    hits = [a for a in self.kb.lookup(cand) if a.type == "state"]
                    self._state_names[cand] = hits[0].id if hits else None
                if self._state_names[cand]:
                    return self._state_names[cand]
        return None

    def _served_state(self, actor_id: str) -> str | None:
        """The state a person held every office of their record for (None when several or none)."""
        actor = self.kb.actors.get(actor_id) if self.kb is not None else None
        if actor is None or actor.type != "person":
            return None
        states = {r.country for r in actor.roles if r.country and self._is_state(r.country)}  # not an IGO post
        if not states and actor_id.startswith("PER.") and state_in_id(actor_id):
            states = {state_in_id(actor_id)}  # a curated person's id names their state ("PER.NLD.…")
        return next(iter(states)) if len(states) == 1 and next(iter(states)) in self.kb else None

    def _named_served_state(self, actor_id: str, mentions, sent: Span) -> str | None:
        """A state ``sent`` names that the person held an office of (a person with offices in several states, such
        as a president who is also a co-prince elsewhere, speaks for the one the sentence names)."""
        actor = self.kb.actors.get(actor_id) if self.kb is not None else None
        if actor is None or actor.type != "person":
            return None
        served = {r.country for r in actor.roles if r.country}
        return next((m.actor_id for m in mentions if sent.start_char <= m.start < sent.end_char
                     and m.actor_id in served and self._is_state(m.actor_id)), None)

    def _state_of(self, actor_id: str, date: str | None) -> str | None:
        """The state a person serves in office on ``date`` (None without a knowledge base or role)."""
        if self.kb is None or actor_id not in self.kb:
            return None
        from ..kb.base import role_on

        actor = self.kb.actors[actor_id]
        if actor.type != "person":
            return None
        home = state_in_id(actor_id) if actor_id.startswith("PER.") else None
        if home and any(r.country == home and r.holds_on(date) for r in actor.roles):
            return home  # "President Emmanuel Macron" (also co-prince of Andorra): the state his record is filed under
        role = role_on(actor, date)
        return role.country if role is not None and role.country in self.kb else None

    def _paired_donors(self, s: _Sentence) -> list[str | None]:
        """"A pledged B $100m, C $50m and D $25m", "others gave: B with $50m, C with $20m", "B's $50m and C's $20m",
        "$50m from B and $20m from C": the giver that owns each amount in the text, in order (else []). The first
        amount without an owner of its own takes the trigger's donor; several names sharing one amount ("B + C with
        $12m") are kept together ("B + C")."""
        if len(s.amounts) < 2:
            return []
        owners = [_amount_owner(s.text, s.amounts, k) for k in range(len(s.amounts))]
        if any(o is None for o in owners[1:]):
            return []
        if owners[0] is None:
            trig = governing(s.sent, s.amounts[0].start, s.amounts[0].end, s.triggers)
            first = donors_and_recipient(s.sent, trig)[0] if trig is not None else []
            if not first:
                return [None] + owners[1:] if any(_OWNER_WITH.search(s.text[:a.start]) for a in s.amounts) else []
            owners[0] = first[0]
        return owners


_NAME = r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)*"
# Before an amount, the names that own it in a list: ", Sweden with", ": Sweden and Norway with", "and Sweden's",
# "Latvia + Lithuania with" (start of the text, a comma, a colon or "and" before the names).
_OWNER_BEFORE = re.compile(r"(?:^|[,:;]|\band)\s*(?:the\s+)?(" + _NAME + r"(?:\s*(?:\+|&|\band\b)\s*(?:the\s+)?"
                           + _NAME + r")*)\s*(?:with\s+|[\u2019']s\s+)?$")
_OWNER_WITH = re.compile(r"(?:[\u2019']s|\bwith)\s*$")
# After an amount, its giver: "$50m from Sweden", "USD 20 million by Norway" (a currency word may come between).
_OWNER_AFTER = re.compile(r"^\s*(?:[A-Z]{3}\b\s*)?(?:from|by)\s+(?:the\s+)?(" + _NAME + r")")


# a state's own purse named without its state ("the Treasury", "the finance ministry"): it pays for that state
_UNNAMED_PURSE = re.compile(r"^(?:the\s+)?(?:treasury|exchequer|finance ministry|ministry of finance|defen[cs]e ministry|"
                            r"ministry of defen[cs]e|budget office|government|cabinet|parliament)$", re.IGNORECASE)


def _purse_paying_home(verb: Token) -> Token | None:
    """The state's purse (``_HOME_PURSES``) that, as the subject of ``verb``, pays people at home named by a common
    noun (``_HOME_PAYEES``: "the Treasury paid £2bn to farmers", "the ministry said it had settled back pay"),
    else None."""
    subject = _paying_subject(verb)
    if subject is None or subject.lower_ not in _HOME_PURSES:
        return None
    paid = [g for c in verb.subtree if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for")
            for g in c.children if g.dep_ == "pobj"]
    return subject if any(g.lower_ in _HOME_PAYEES for g in paid) else None


def _paying_subject(verb: Token) -> Token | None:
    """The subject of the paying ``verb``; for a pronoun in the clause a speaker reports ("X's finance ministry said
    it had paid …"), the speaker."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("it", "they") and verb.dep_ == "ccomp" and \
            verb.head.lemma_.lower() in _REPORTING:
        return next((c for c in verb.head.children if c.dep_ == "nsubj"), subject)
    return subject


def _unnamed_purse(verb: Token) -> bool:
    """Whether the subject of ``verb`` is a state's purse or body named without its state ("the Treasury")."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and bool(_UNNAMED_PURSE.match(" ".join(t.text for t in subj.subtree)))


def _no_plans(verb: Token) -> bool:
    """"has no plans to resume aid", "has no intention of restoring it": a verb whose object is a plan denied."""
    return verb.lemma_.lower() == "have" and any(
        c.dep_ == "dobj" and c.lower_ in ("plan", "plans", "intention", "intentions")
        and any(d.lower_ == "no" for d in c.children) for c in verb.children)


# a lender by its name ("World Bank", "Asian Development Bank", "European Investment Bank", "International Monetary
# Fund"): never a central bank, which is a state's own body
_LENDER_NAME = re.compile(r"^(?!.*\bcentral bank\b).*\b(bank|monetary fund)\b", re.IGNORECASE)


def _amount_owner(text: str, amounts: list[Amount], k: int) -> str | None:
    """The name(s) the text gives as the owner of the k-th amount (see ``_paired_donors``), else None."""
    left = text[amounts[k - 1].end if k else 0: amounts[k].start]
    m = _OWNER_BEFORE.search(left)
    if m is not None:
        return m.group(1)
    right = text[amounts[k].end: amounts[k + 1].start if k + 1 < len(amounts) else len(text)]
    m = _OWNER_AFTER.match(right)
    return m.group(1) if m is not None else None


def _joint_names(name: str) -> list[str]:
    """"Latvia + Lithuania and Iceland" → each name."""
    return [n.strip() for n in re.split(r"\s*(?:\+|&|\band\b)\s*", name) if n.strip()]


# Words that make an organisation's name an aid programme or fund ("Ukraine Security Assistance Initiative").
# one capitalised word with a nationality ending ("Veridian", "Pakistani", "Congolese", "Danish", "Iraqi")
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|an|ese|ish|i|ic|ean)")
_PROGRAMME = re.compile(r"\b(?:assistance|assitance|support|aid|fund|initiative|appropriations?|package|solidarity|"
                        r"recovery|reconstruction|relief)\b", re.IGNORECASE)
_TITLE = re.compile(r"\b(?:minister|president|chancellor|secretary|premier|prime)\b", re.IGNORECASE)


def _office_near(sent: Span, m) -> str:
    """The words around a person's name that give their office ("Austrian Finance Minister X", "X, Lithuanian defence
    minister,"), or "" when no office is named there."""
    text = sent.doc.text
    before = text[max(sent.start_char, m.start - 40): m.start]
    after = re.match(r",\s*([^,]{0,40}?(?:minister|president|chancellor|secretary)\b)", text[m.end: m.end + 60],
                     re.IGNORECASE)
    near = before + " " + (after.group(1) if after else "")
    return near if _TITLE.search(near) else ""


@dataclass
class _Place:
    """A place name in the text, shaped like an actor mention for :func:`in_recipient_position`."""

    start: int
    end: int
    text: str


# "energy independence in Ukraine": a place named after these words is where the support goes, not its giver
_PLACE_BEFORE = re.compile(r"\b(?:in|inside|within|across|throughout)\s+(?:the\s+)?$", re.IGNORECASE)
_PLACES = "cg_places"  # the actors component's known places (actors.PLACE_KEY): kb_id_ is the state they lie in
# the package's own words that make it allocated ("the $40bn package approved in May", "the loan it agreed with X": a
# signed deal between giver and receiver)
_PACKAGE_STATUS = re.compile(r"\b(approved|allocated|earmarked|authori[sz]ed|voted|signed|agreed\s+with)\b", re.IGNORECASE)


_HOSTILE = frozenset(("attack", "bomb", "strike", "fight", "kill", "invade", "assault", "shell", "target", "raid",
                      "destroy", "hit", "capture", "storm", "buzz", "intimidate", "patrol", "safeguard", "occupy"))
# ills support is given to fight ("to fight corruption", "to combat malaria"): the purpose is no force used
_ILLS = frozenset(("corruption", "poverty", "hunger", "malnutrition", "famine", "malaria", "disease", "cholera",
                   "ebola", "polio", "measles", "tuberculosis", "hiv", "aids", "pandemic", "epidemic", "outbreak",
                   "drought", "desertification", "inflation", "crime", "trafficking", "smuggling", "laundering",
                   "disinformation", "illiteracy", "deforestation", "locust", "wildfire", "fire", "flood",
                   "flooding", "unemployment", "climate", "fraud", "erosion", "mpox", "dengue", "covid-19", "covid"))
# What a state sends when it deploys its own forces ("sent an armoured convoy into Syria"), not support to another.
_DEPLOYED = frozenset(("troops", "soldiers", "convoy", "convoys", "columns", "warships", "marines", "paratroopers",
                       "fleet", "forces", "battalion", "battalions", "brigade", "brigades", "units"))


_NOUN_NOTE = "support named by a noun with its giver"
# a state's bodies named by their common noun ("the cabinet in Copenhagen"): they give for the state they sit in
_SEATED_BODIES = frozenset(("cabinet", "government", "parliament", "senate", "assembly", "legislature", "ministry",
                            "council"))


def _seat_token(sent: Span, word: str) -> Token | None:
    """The place a giving body sits in, given the giver's last ``word``: the body itself as the subject ("the Storting
    in Oslo": Oslo), or the seat the parse gave as the giver ("the cabinet in Copenhagen": Copenhagen), else None."""
    head = next((t for t in sent if t.text == word and t.dep_ in ("nsubj", "nsubjpass")), None)
    seat = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                 if g.dep_ == "pobj" and _seat_word(g)), None) if head is not None else None
    if seat is not None:
        return seat
    return next((t for t in sent if t.text == word and _seat_word(t) and t.dep_ == "pobj" and t.head.lower_ == "in"
                 and t.head.head.lower_ in _SEATED_BODIES and t.head.head.dep_ in ("nsubj", "nsubjpass")), None)


def _seat_word(tok: Token) -> bool:
    """Whether ``tok`` may name the place a body sits in: a place the parser marks, or a proper name it takes for
    an organisation ("the cabinet in Copenhagen")."""
    return tok.ent_type_ in ("GPE", "LOC") or (tok.ent_type_ == "ORG" and tok.pos_ == "PROPN")
# words that make an energy flow a gift ("the free gas it supplied", "gas supplies it had donated")
_GIVEN_FREE = re.compile(r"\b(?:free|free of charge|gratis|donated|gifted|gift|grant|grants|granted)\b", re.IGNORECASE)



def _holds_amount(clause: Token, s: _Sentence) -> bool:
    """Whether a figure of the sentence lies in the clause headed by ``clause``, less the clauses of other givers
    coordinated inside it (see :func:`giver_clause`)."""
    inside = {t.i for t in clause.subtree if giver_clause(t).i == clause.i}
    return any(t.i in inside for a in s.amounts for t in _amount_tokens(s.sent, a))


# a live report's time stamp ("14:32 GMT — X says …"): the zone after the clock is no actor
_CLOCK_BEFORE = re.compile(r"\b\d{1,2}[:.]\d{2}\s*$")
_OWNER_PRONOUNS = frozenset(("its", "their", "our", "the country's", "the nation's", "the state's"))
_SPEND_WORDS = re.compile(r"\bsp(?:end|ends|ent)\b", re.IGNORECASE)


def _spending_abroad_unmarked(clean: str, triggers: list[Trigger]) -> str:
    """``clean`` without the words of spending ("spend", "spent": domestic spending, no support, see
    ``[not_support]``) when a spending verb names a place it is spent in ("will spend $9m on clearing mines in Laos"):
    whether that place is another state than the giver's is decided on the row."""
    if any(t.base == "spend" and place_spent_in(t.token) is not None for t in triggers):
        return _SPEND_WORDS.sub(" ", clean)
    return clean


def _noun_rows_in_a_note(rows: list[Commitment]) -> list[Commitment]:
    """In a short note (a tracker row, a single sentence), support named only by a noun ("German military aid to …")
    gives a row only when nothing else does, and one at most: the note describes one package."""
    plain = [r for r in rows if _NOUN_NOTE not in (r.reason or "")]
    return plain if plain or not rows else rows[:1]


def _hostile_purpose(trig: Trigger, lex: CommitmentLexicon) -> bool:
    """"sent in aircraft to attack Idlib", "sending aircraft to buzz …", "sent an armoured convoy into Syria": force
    used or deployed, not support given."""
    tok = trig.token
    if trig.base in ("train", "arm"):
        return False  # "trained local units to fight Isis", "armed the militia to fight": the receiver's fight
    # a purpose ("to attack"), not a reason or a time ("suspended aid after two vehicles were hit")
    if any(c.lower_ in _HOSTILE and (c.dep_ == "xcomp" or (c.dep_ == "advcl" and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in c.children))) and not _fights_an_ill(c) for c in tok.children):
        return True
    # "sent humanitarian convoys", "aid convoys": what the convoy carries is support
    return trig.base in ("send", "deploy") and any(c.dep_ == "dobj" and c.lower_ in _DEPLOYED and not any(
        g.lower_ in ("humanitarian", "aid", "relief", "medical", "food") for g in c.children) and
        not _relief_units(c, lex) for c in tok.children)


def _relief_units(noun: Token, lex: CommitmentLexicon) -> bool:
    """"water-purification units", "mobile dialysis units": what the units are for is relief, so they are equipment,
    not forces."""
    words = " ".join(t.text for c in noun.children if c.dep_ in ("compound", "amod") for t in c.subtree)
    rule = lex.kind(words, strong_only=True) if words else None
    return rule is not None and rule.category == "humanitarian"


def _pledged_whatever(trig: Trigger) -> bool:
    """"only part of what Y pledged", "what it promised": a pledging verb whose object is "what" (a free relative)
    inside a phrase of the sentence."""
    return trig.status == "pledged" and trig.token.dep_ in ("pcomp", "relcl", "ccomp", "pobj") and any(
        c.dep_ == "dobj" and c.lower_ == "what" for c in trig.token.children)


def _fights_an_ill(verb: Token) -> bool:
    """"to fight corruption", "to combat malaria", "to tackle hunger": a purpose against an ill, not force used
    against a place or people ("to fight Isis", "to strike targets")."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _ILLS for c in verb.children)


def _refused_or_force(triggers: list[Trigger], lex: CommitmentLexicon) -> bool:
    """Whether a support verb of the sentence is negated or uses force (see :func:`_hostile_purpose`)."""
    from .commitment_clauses import negated

    return any(t.status != "noun" and (negated(t.token, lex) or _hostile_purpose(t, lex)) for t in triggers)


def _money_subject(trig: Trigger, amount: Amount, s: _Sentence) -> bool:
    """"The $1.2 billion … will arrive": a sum of money is what the trigger's subject names."""
    if not amount.currency:
        return False
    start = s.sent.start_char + amount.start
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.idx <= start <= c.right_edge.idx
               for c in trig.token.children)


def _money_released(trig: Trigger, amount: Amount, s: _Sentence) -> bool:
    """"The fund could release a further $900m to X": a sum of money is what "release" lets go (not "released
    prisoners", "released a statement")."""
    if trig.base != "release" or not amount.currency:
        return False
    start = s.sent.start_char + amount.start
    return any(c.dep_ == "dobj" and c.left_edge.idx <= start <= c.right_edge.idx for c in trig.token.children)


_PERSONAL = frozenset(("me", "you", "us", "him", "her"))


def _to_a_person(trig: Trigger) -> bool:
    """Whether the trigger gives to a person named by a pronoun ("give me", "sent him", "provided to us")."""
    for c in trig.token.children:
        if c.dep_ in ("dative", "dobj") and c.text in _PERSONAL and any(
                g.dep_ == "dobj" for g in trig.token.children if g is not c):
            return True
        if c.dep_ in ("prep", "dative") and c.lower_ == "to" and any(g.text in _PERSONAL for g in c.children):
            return True
    return False


_OFFICE = re.compile(r"\b(?:minister|president|secretary|chancellor|premier|ambassador|government|ministry|official|"
                     r"envoy|commissioner)\b", re.IGNORECASE)


def _private_giver(donor: str | None, text: str) -> bool:
    """"Cooper donated $750 to a campaign": a person the knowledge base does not know, with no office named in the
    sentence, gives as a private person (an unknown minister still speaks for a state)."""
    return (donor or "").startswith("person:") and not _OFFICE.search(text)


_RECIPIENT_CUE = re.compile(r"\b(?:to|for)\s+(?:the\s+)?[A-Z]")


def _reports_other_act(sent: Span, lex: CommitmentLexicon, money_grammar) -> bool:
    """A reporter's sentence about another act: its main verb has a named actor as subject and is hostile ("Russian
    aircraft killed 46 civilians", "police confiscated weapons"), or the sentence names no money, no support word
    and no other state ("the rebels began a strike"). A note on a package names one of them ("Portugal has
    ordered 4 armoured vehicles to support Ukraine")."""
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if root.pos_ not in ("VERB", "AUX") or subj is None or not any(
            t.ent_type_ in _ACTOR_ENTS or t.pos_ == "PROPN" for t in subj.subtree):
        return False
    if any(root.lower_.startswith(h) for h in _HOSTILE | _OTHER_ACTS):
        return True
    others = [t for t in sent if t.ent_type_ in ("GPE", "NORP") and not subj.left_edge.i <= t.i <= subj.right_edge.i]
    return not (any(lex.support_word(t) for t in sent) or _RECIPIENT_CUE.search(sent.text) or others
                or lex.kind(sent.text, strong_only=True) or any(a.currency for a in find_amounts(sent.text, money_grammar)))


_ACTOR_ENTS = frozenset(("GPE", "ORG", "NORP", "PERSON"))
# Main verbs (prefixes) of acts that are no package: seizing, expelling, sanctioning, protesting, launching fire.
_OTHER_ACTS = frozenset(("confiscat", "seiz", "expel", "impos", "launch", "protest", "reject", "ended", "mobili"))


def _asks_or_allows(sent: Span, lex: CommitmentLexicon) -> bool:
    """"agreed to allow aid workers in", "threatening to pull funding", "urged to send aid": a sentence with a word
    under which support is not the speaker's own (``not_committing``) describes no package."""
    if any(c.dep_ == "aux" and c.lower_ in _ADVOCACY for c in sent.root.children):
        return True  # "The United States must continue military aid to …": an opinion, not a package
    return any(t.lower_ in lex.not_committing for t in sent)


_ADVOCACY = frozenset(("must", "should", "ought"))


def _passing_in_story(row: Commitment, story: bool, why: str) -> bool:
    """Whether ``row`` is support named in passing by a participle in a story ("the US-supplied jeep" in a report on
    the fighting), whose receiver the story's other receivers do not tell (the component's default still applies:
    it is the ledger's scope)."""
    return story and _PARTICIPLE_NOTE in (row.reason or "") and "default_recipient" not in why


def _named_first(donors: list[str]) -> list[str]:
    """Givers named beside unnamed ones ("the CIA and other Arab nations"): the named ones."""
    named = [d for d in donors if d and any(ch.isupper() for ch in d)]
    return named if named else donors


def _with_actor_donor(rows: list[Commitment]) -> list[Commitment]:
    """Rows without a figure need a giver that is an actor other than a private person (a person in office
    resolves to their state): "tarpaulin tents do not provide shelter", "I trained on a sewing project" commit nothing."""
    return [r for r in rows if r.donor and not r.donor.startswith("person:")
            and not (r.recipient is None and _OWN_PEOPLE in (r.reason or ""))]


# A row whose only receiver is the giver's own people ("sent medical experts to the hospital where two Chinese were
# treated"): help to a state's own nationals, no support commitment when no figure is given.
_OWN_PEOPLE = "recipient dropped: it is the donor itself"


def _standing_trigger(trig: Trigger, s: _Sentence, lex: CommitmentLexicon) -> Trigger:
    """Without a figure, a negated main verb yields to a trigger that stands ("did not announce …, but delivered …")."""
    from .commitment_clauses import negated

    if not negated(trig.token, lex):
        return trig
    return next((t for t in s.triggers if t.status != "noun" and not negated(t.token, lex) and gives_support(t, lex)),
                trig)


def _supporting_trigger(trig: Trigger, s: _Sentence, lex: CommitmentLexicon) -> Trigger:
    """Without a figure, a main verb that gives nothing ("announced that it had suspended aid") yields to a
    support verb of the sentence that does."""
    from .commitment_clauses import negated

    if gives_support(trig, lex):
        return trig
    # a verb that stands never yields to a negated one ("has not announced the value of the shells, but it
    # delivered 50,000 rounds": the delivery, not a refusal)
    stands = not negated(trig.token, lex)
    return next((t for t in s.triggers if t.status != "noun" and t is not trig and gives_support(t, lex)
                 and not (stands and negated(t.token, lex))), trig)


# Where a pledge is made, not what it pays for ("pledged €40m at a conference in Paris")
_VENUES = frozenset(("conference", "summit", "meeting", "ceremony", "talks", "visit", "forum", "gathering", "session",
                     "event", "briefing", "headquarters"))


def _places_in_phrase(verb: Token) -> list[Span]:
    """Known places (``cg_places``, with the state they lie in) after "in", "on", "across", "for" or "throughout" in
    the verb's own phrase after it, outside its subject's ("the ministry in X said" is where a speaker sits) and not
    where the pledge is made ("at a conference in X", "At a summit in X, Y pledges …")."""
    subject = {t.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    phrase = {t.i for t in verb.subtree if t.i > verb.i} - subject
    return [p for p in verb.doc.spans.get(_PLACES, []) if p.kb_id_ and p.start in phrase
            and p.doc[p.start - 1].lower_ in ("in", "on", "across", "for", "throughout") and not any(
                a.lower_ in _VENUES for a in p.root.ancestors if a.i > verb.i)]


def _adjusted_status(status: str, reasons: list[str], after_amount: str) -> str:
    """Speculation makes a row conditional; a partial delivery keeps the package's own status."""
    if any(r.startswith("speculative:") for r in reasons):
        return "conditional"
    if status == "delivered" and any(r.startswith("partial delivery") for r in reasons):
        return "allocated" if _PACKAGE_STATUS.search(after_amount) else "pledged"
    return status


def _package_words(s: _Sentence, trig: Trigger, amount: Amount | None) -> str:
    """The words that describe the package a partial delivery comes from: the 60 characters after its figure, else
    (no figure: "shipped only part of the howitzers its parliament approved") the trigger's clause after it."""
    if amount is not None:
        return s.text[amount.end: amount.end + 60]
    start = trig.token.idx - s.sent.start_char + len(trig.token)
    return re.split(r"[,;:(]", s.text[start:], maxsplit=1)[0][:100]


# Subordinate clauses of time and reason ("after two of their vehicles were hit") say why or when, not what is given.
_SIDE_MARKS = frozenset(("after", "because", "since", "as", "when", "while", "although", "though", "before", "until"))


# Prepositions of a verb's circumstances ("stopped sending weapons during the dispute over grain imports"): when or why
# the act happened, never what it is.
_CIRCUMSTANCE_PREPS = frozenset(("during", "amid", "amidst", "after", "following", "despite", "throughout", "until",
                                 "before"))


def _without_circumstances(sent: Span, text: str) -> str:
    """``text`` (``sent``'s text, any case) with the phrases of time and occasion that hang from a verb blanked out
    (same length): a purchase, a sale or a budget named there ("amid a row over grain imports") does not make the act
    a trade or domestic spending."""
    chars = list(text)
    for prep in sent:
        if (prep.dep_ == "prep" and prep.lower_ in _CIRCUMSTANCE_PREPS and prep.head.pos_ in ("VERB", "AUX")) or \
                _time_clause(prep):
            start = prep.left_edge.idx - sent.start_char if prep.dep_ == "advcl" else prep.idx - sent.start_char
            end = min(prep.right_edge.idx + len(prep.right_edge) - sent.start_char, len(chars))
            chars[start:end] = " " * max(0, end - start)
    return "".join(chars)


_TIME_MARKS = frozenset(("once", "until", "till", "before"))
# the marks of a stated condition ("if parliament approves the extra defence spending"): what the condition names is
# what must happen first, not what is given
_CONDITION_MARKS = frozenset(("if", "unless", "provided", "providing"))


def _time_clause(tok: Token) -> bool:
    """"… once the radars it bought for itself are in service": a clause of time on the act, whose purchase is a
    circumstance of the act, not the act; "… if parliament approves the extra spending": a condition on the act, whose
    spending or purchase is not the act either."""
    return tok.dep_ == "advcl" and tok.left_edge.lower_ in _TIME_MARKS | _CONDITION_MARKS  # however the parser hangs it


# supplies that serve any user (fuel, generators, trucks) sent to a named state's armed force ("to the Norlandic army")
# ("to the Norlandic army", "to Norland's army", "supply the Norlandic army with")
_FORCE_RECEIVER = re.compile(r"(?:\b(?:to|for)|\b(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|equip(?:s|ped|ping)?|"
                             r"furnish(?:es|ed|ing)?))\s+(?:the\s+)?(?:[A-Z][\w-]+(?:['’]s)?\s+){1,2}"
                             r"(?:army|armed\s+forces|military|navy|air\s+force|border\s+guards?|coast\s*guard|"
                             # "to Ostravian units", "for Ostravian troops on the front": the force named by its men
                             r"units|troops|soldiers|brigades|battalions|forces)\b")


def _for_a_receivers_force(text: str, category: str | None, subcategory: str | None) -> str | None:
    """The category of supplies that serve any user when they go to a receiver's armed force: military (fuel or
    equipment for an army is support to that army), else ``category``."""
    if category == "humanitarian" and subcategory in ("energy", "equipment") and _FORCE_RECEIVER.search(text):
        return "military"
    return category


# what a state's own bodies do with its budget ("the cabinet cleared …", "parliament approved …") and who they are
_APPROPRIATING = frozenset(("approve", "clear", "pass", "vote", "allocate", "earmark", "budget", "authorise",
                            "authorize"))
_HOME_BODIES = frozenset(("parliament", "cabinet", "senate", "congress", "committee", "legislature", "assembly",
                          "lawmakers", "legislators", "mps", "deputies", "council", "diet", "government"))
# nouns that name support itself: a state's body approving "aid" or "assistance" gives it abroad
_AID_NOUNS = frozenset(("aid", "assistance", "support", "relief", "grant", "grants", "donation", "donations", "loan",
                        "loans", "package", "help"))

# papers signed or agreed that name a topic after "on" ("a memorandum on coastguard training"), no package
_AGREEMENT_PAPERS = frozenset(("memorandum", "memorandums", "memoranda", "agreement", "agreements", "accord", "accords",
                               "treaty", "declaration", "communique", "communiqué", "protocol", "understanding", "mou"))


def _agreement_on_a_topic(sent: Span) -> bool:
    """Whether the sentence's main verb signs or agrees a paper on a topic ("Last week's memorandum on coastguard
    training, signed by the two ministers, …"), naming no state: the support words name what the paper is about."""
    root = sent.root
    if any(e.label_ in ("GPE", "NORP") for e in sent.ents):
        return False  # "X's minister will sign an agreement on joint purchases of shells for Y": a state acts for Y
    return any(c.dep_ in ("nsubjpass", "dobj", "nsubj") and c.lower_ in _AGREEMENT_PAPERS and any(
        g.dep_ == "prep" and g.lower_ in ("on", "about", "regarding", "concerning") for g in c.children)
        for c in root.children)


_BODY_WORDS = re.compile(r"\b(?:ministry|department|office|agency|bureau|council|commission|organi[sz]ation)\b",
                         re.IGNORECASE)


def _without_body_names(sent: Span, text: str) -> str:
    """``text`` with the names of ministries and other bodies blanked out (same length): "the Department of Foreign
    Affairs and Trade said" names no trade."""
    chars = list(text)
    for ent in sent.ents:
        if ent.label_ == "ORG" and _BODY_WORDS.search(ent.text):
            start, end = ent.start_char - sent.start_char, min(ent.end_char - sent.start_char, len(chars))
            chars[start:end] = " " * max(0, end - start)
    return "".join(chars)


def _without_side_clauses(sent: Span, trig: Trigger, text: str) -> str:
    """``text`` (the start of ``sent.text``) with the time and reason clauses of the trigger and of the verbs above it
    blanked out (same length): the kind comes from the commitment's own clause."""
    chars = list(text)
    heads = [trig.token] + list(trig.token.ancestors)  # "gathered to pledge $5bn, while X's aircraft bombed": the root's
    for c in (c for h in heads for c in h.children if c not in heads and trig.token not in c.subtree):
        if (c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _SIDE_MARKS for g in c.children)) or \
                _attribution_aside(c):
            start, end = c.left_edge.idx - sent.start_char, c.right_edge.idx + len(c.right_edge) - sent.start_char
            chars[start:min(end, len(chars))] = " " * max(0, min(end, len(chars)) - start)
    return "".join(chars)


# what a source adds after the attribution ("…, the ministry said, adding that the trucks had crossed at night")
_ADDING = frozenset(("adding", "saying", "noting", "stressing", "explaining", "recalling"))


def _attribution_aside(tok: Token) -> bool:
    """Whether ``tok`` heads the words of a source beside the commitment: "according to X, which said …" or "…, adding
    that …" (what the source adds names no kind of what is given: "the trucks had crossed")."""
    return (tok.dep_ == "prep" and tok.lower_ == "according") or \
        (tok.dep_ in ("advcl", "xcomp", "conj") and tok.lower_ in _ADDING)


def _load_models():
    from .commitment_model import KindModels

    return KindModels.load()


def _paragraph(sent: Span) -> str:
    """The text of the paragraph (between line breaks) that holds ``sent``."""
    text = sent.doc.text
    start = text.rfind("\n", 0, sent.start_char) + 1
    end = text.find("\n", sent.end_char)
    return text[start: end if end >= 0 else len(text)]


def _funded_object(trig: Trigger) -> str | None:
    """The object of a funding verb with its modifiers ("fund UK aid agencies" → "UK aid agencies"): whom it funds."""
    if trig.base not in ("fund", "finance"):
        return None
    obj = next((c for c in trig.token.children if c.dep_ == "dobj"), None)
    return None if obj is None else " ".join(t.text for t in obj.subtree if t.i <= obj.i)


def _pronoun_subject(trig: Trigger) -> bool:
    node = trig.token
    for _ in range(3):
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj.lower_ in ("it", "they", "we", "he", "she")
        if node.head.i == node.i:
            return False
        node = node.head
    return False


_STATE_BODY = re.compile(r"[’']s (?:central bank|finance ministry|ministry of finance|treasury|government|"
                         r"sovereign wealth fund|development fund|defen[cs]e ministry|ministry of defen[cs]e)\b",
                         re.IGNORECASE)
_FUNDER_AFTER = r"-(?:funded|financed|sponsored|backed|paid|run|operated|supplied|armed|trained|equipped)\b"
_AIMING = frozenset(("need", "needs", "needed", "want", "wants", "wanted", "seeks", "sought", "tries", "tried",
                     "hopes", "hoped", "struggles", "struggled", "aims", "plans", "asked", "asks"))


def _it_subject(trig: Trigger) -> Token | None:
    """The "it" subject of the trigger, or of the verb the trigger continues ("it stopped the funding", "it has
    agreed to send"), else None; not in a relative clause ("the money it needs to provide") nor after a verb of
    aim or need ("it hopes to provide"), which state no giving."""
    node = trig.token
    for _ in range(2):
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            ok = subj.lower_ == "it" and subj.text != "IT" and node.dep_ != "relcl" and node.lower_ not in _AIMING
            return subj if ok else None
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            return None
        node = node.head
    return None


def _found(pattern: re.Pattern | None, text: str) -> bool:
    """Whether the lexicon ``pattern`` (None when the list is empty) matches ``text``."""
    return pattern is not None and pattern.search(text) is not None


def _own_amounts(text: str, amounts: list[Amount]) -> tuple[list[Amount], list[str]]:
    """Amounts that are commitments of their own, and the texts of those that are parts of the previous one."""
    kept: list[Amount] = []
    parts: list[str] = []
    for k, amount in enumerate(amounts):
        if _NOT_SUPPORT_AFTER.match(text[amount.end:]) or _RUNNING_TOTAL.search(text[max(0, amount.start - 120):
                                                                                        amount.start]):
            continue  # "$500,000 in fines", "bringing its total aid to $400m" (a running total, not a package)
        if k and _PART_RE.search(text[amounts[k - 1].end: amount.start]):
            parts.append(amount.text)  # a component of the previous figure, not a commitment of its own
            continue
        kept.append(amount)
    return kept, parts


def _one_row_per_donor(row: Commitment) -> list[Commitment]:
    """A joint row without a figure ("A and B will send drones", "tanks delivered by A and B"): each giver gives what
    the sentence names, one row each; a sum shared by the givers ("A and B will provide $10m") stays one row, since
    no one knows its split."""
    if row.amount is not None or not row.donor or "; " not in row.donor:
        return [row]
    donors = row.donor.split("; ")
    reason = (row.reason or "").replace("; amount not split", "").replace(
        f"joint commitment by {len(donors)} donors", f"{_PER_DONOR}: {len(donors)} donors and no figure to share")
    return [replace(row, donor=d, reason=reason) for d in donors]


def _without_receiver(donor: str | None, recipient: str | None) -> str | None:
    """A joint giver ("TUR; UKR") less the row's receiver: "the President of Turkey and the Prime Minister of Ukraine
    signed …" for Ukraine names Turkey as the giver; one giver, or a receiver not among the givers, unchanged."""
    if donor and "; " in donor and recipient in donor.split("; "):
        return "; ".join(d for d in donor.split("; ") if d != recipient)
    return donor


def _own_segment(text: str, at: int) -> str:
    """``text`` with every stretch set off by a semicolon blanked but the one holding offset ``at`` (same length): "X
    sent $8m in fuel; the earlier shipment is reported in …" — the other clause's words are not this row's."""
    if ";" not in text:
        return text
    start = text.rfind(";", 0, at) + 1
    end = text.find(";", at)
    end = len(text) if end < 0 else end
    return " " * start + text[start:end] + " " * (len(text) - end)


def _whole_giver(s: _Sentence, trig: Trigger) -> list[str]:
    """"Only 300 of the 900 shells Norland promised have arrived": the name written right before the whole's verb
    gives, however the parser hangs it; "Ostravia has received 40 of Norland's promised 100 tanks": the whole's
    possessor gives what a receiving verb before it got ([] when the trigger is no such verb or no name stands there)."""
    share = s.item_share
    start = trig.token.idx - s.sent.start_char
    if share is not None and share.owner and trig.base == "receive" and \
            not share.whole_start <= start < share.whole_end:
        # "Kyiv has received 40 of Norland's promised 100 tanks", "Of Norland's promised 100 tanks, Kyiv has received
        # 40": the whole's owner gave
        return [share.owner]
    if share is None or not share.whole_start <= start < share.whole_end or trig.token.i == s.sent.start:
        return []
    name = trig.token.nbor(-1)
    if name.pos_ != "PROPN" or name.ent_type_ not in ("GPE", "ORG", "NORP"):
        return []
    ent = next((e for e in s.sent.ents if e.start <= name.i < e.end), None)
    return [ent.text if ent is not None else name.text]


def _sum_share_verb(trig: Trigger, s: _Sentence, amount: Amount) -> Trigger:
    """"Of X's promised $300m, only $45m has reached Y": for a money share told after its whole, the verb of arrival
    after the share tells the share's status, not the whole's verb before it (``trig`` otherwise)."""
    share = next((x for x in s.shares if x.part is amount), None)
    if share is None or share.whole.start > share.part.start or trig.token.idx - s.sent.start_char > share.part.start:
        return trig
    return _arrival_of_share(s, share.part.end) or trig


def _sum_owner(s: _Sentence) -> list[str]:
    """"Of Norland's pledged $500m, $120m has been disbursed": the owner a money share's whole names in the possessive
    before it ([] when the whole names none)."""
    for sh in s.shares:
        m = _OWNER_IN_CUE.search(sh.cue)
        if m is not None and sh.whole.start < sh.part.start:
            return [m.group(1)]
    return []


_OWNER_IN_CUE = re.compile(r"\b([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['\u2019]s(?:\s+[a-z]+)?\s*$")


def _owned_whole_parties(s: _Sentence, trig: Trigger, is_name) -> tuple[list[str], str | None] | None:
    """"Ostravia got 3 of Norland's pledged 10 ambulances": when the trigger is the verb inside a counted share's whole
    and the whole names its owner, the owner gives and the subject of the receiving verb outside the whole receives,
    however the parser hangs the words; else None."""
    share = s.item_share
    start = trig.token.idx - s.sent.start_char
    if share is None or not share.owner or not share.whole_start <= start < share.whole_end:
        return None
    verb = _share_verb(trig, s)
    if verb is trig or verb.base != "receive":
        return None
    recipient = donors_and_recipient(s.sent, verb, is_name)[1]
    return ([share.owner], recipient) if recipient is not None and recipient != share.owner else None


_NO_ONE_PACKAGE = frozenset(("no", "each", "every"))


def _every_support_word_negated(sent: Span, lex: CommitmentLexicon) -> bool:
    """Whether every word of ``sent`` that names support lies in a noun phrase that "no" heads or in a phrase one of
    its nouns heads ("no announcement of new aid", "no new funding", "no word of further tanks"): the sentence tells
    that nothing was given or made public, no package; or in one that "each" or "every" heads ("each new aid package
    is a lifeline"): packages in general, no one package (False when no word names support)."""
    denied: set[int] = set()
    for t in sent:
        if t.lower_ in _NO_ONE_PACKAGE and t.dep_ in ("det", "neg", "amod", "advmod") and \
                t.head.pos_ in ("NOUN", "PROPN"):
            denied.update(x.i for x in t.head.subtree)
    named = [t for t in sent if lex.support_word(t) or lex.kind(t.text, strong_only=True) is not None]
    return bool(named) and all(t.i in denied for t in named)


def _share_verb(trig: Trigger, s: _Sentence) -> Trigger:
    """"Only 300 of the 900 shells X promised have arrived": the verb of the whole's own words ("promised") tells the
    whole's status; the share's is the verb outside them ("arrived"), where there is one."""
    share = s.item_share
    start = trig.token.idx - s.sent.start_char
    if share is None or not share.whole_start <= start < share.whole_end:
        return trig
    return next((t for t in s.triggers if t.status not in ("noun", "pledged") and not
                 share.whole_start <= t.token.idx - s.sent.start_char < share.whole_end), None) or \
        _arrival_of_share(s, share.whole_end) or trig


# verbs that say a share got there ("300 of the 900 shells it promised had reached the front"): no support verbs alone
# ("reached an agreement"), read only as the verb of a counted share
_ARRIVING = frozenset(("reach", "arrive", "cross", "enter"))


# "from the EU's Ukraine Facility", "from Norland's Peace Fund": money drawn from a fund its owner holds
_FROM_OWNED_FUND = re.compile(r"\bfrom\s+(?:the\s+)?(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['\u2019]s\s+"
                              r"(?:[A-Z][\w-]*\s+(?:and\s+)?){0,4}(?:Facility|Fund|Programme|Program|Instrument|"
                              r"Mechanism|Trust|Reserve)\b")
# a state's own purse, and whom or what at home it pays ("the Treasury paid £2bn to farmers hit by the drought")
_HOME_PURSES = frozenset(("treasury", "cabinet", "exchequer", "ministry"))
_HOME_PAYEES = frozenset(("farmers", "pensioners", "hospitals", "schools", "regions", "municipalities", "councils",
                          "households", "families", "victims", "businesses", "firms", "workers", "taxpayers", "towns",
                          "provinces", "states", "counties", "landowners", "fishermen", "teachers", "doctors",
                          # its own payroll ("paid March salaries to civil servants")
                          "employees", "servants", "staff", "retirees", "officials"))
_REPORTING = frozenset(("say", "tell", "report", "confirm", "announce", "add", "write", "state"))


def _package_got_there(sent: Span) -> bool:
    """Whether an opening that describes a package says it got there: its main verb is one of arrival in the past,
    with the package as its subject ("Tents and blankets from X reached villages in Y", "fuel trucks have entered
    Z"); "will reach" or "could reach" is no delivery."""
    root = sent.root
    if root.lemma_.lower() in _REPORTING:  # "… crossed into X, the crossing's administration said": the report's clause
        root = next((c for c in root.children if c.dep_ == "ccomp"), root)
    return (root.lemma_.lower() in _ARRIVING and root.tag_ in ("VBD", "VBN")
            and any(c.dep_ == "nsubj" for c in root.children)
            and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in root.children))


def _arrival_of_share(s: _Sentence, whole_end: int) -> Trigger | None:
    """The verb of arrival after a counted share's whole ("300 of the 900 shells it promised had reached the front"),
    as a trigger of delivery, else None."""
    if not _arrival_after(s.sent, whole_end):
        return None
    return next(Trigger(t, "arrive", "delivered") for t in s.sent if t.idx - s.sent.start_char >= whole_end
                and t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in _ARRIVING)


def _reached_object(tok: Token) -> bool:
    """Whether ``tok`` is what a verb of arrival reached ("the first batch reached Kherson")."""
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in _ARRIVING and tok.head.pos_ in ("VERB", "AUX")


def _reached_place(sent: Span, start: int) -> bool:
    """Whether the name at character ``start`` of the document is where something arrived ("had reached Ukraine",
    "arrived in Chisinau"): the receiver's side, never the giver."""
    tok = next((t for t in sent if t.idx == start), None)
    if tok is None:
        return False
    head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "into") else tok.head
    return tok.dep_ in ("dobj", "pobj") and head.lemma_.lower() in _ARRIVING and head.pos_ in ("VERB", "AUX")


def _arrival_after(sent: Span, whole_end: int) -> bool:
    """Whether a verb of arrival follows a counted share's whole ("… of the 900 shells it promised had reached …")."""
    return any(t.idx - sent.start_char >= whole_end and t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in _ARRIVING
               for t in sent)


def _whole_reference(share: Commitment, counted: ItemShare) -> list[Commitment]:
    """The reference row of the earlier promise a delivered counted share is taken from (linked, never counted again)."""
    words = counted.whole_words
    return [replace(share, status=counted.whole_status, is_reference=True, refers_to=words, amount_text=words,
                    reason=f"reference: mentions an earlier commitment ({words}); the whole the share "
                           f"'{counted.cue}' is taken from: linked, never counted again")]


def _item_wholes(rows: list[Commitment], s: _Sentence) -> list[Commitment]:
    """"Delivered 800,000 of the 1.5 million shells it promised": beside the delivered share, the whole count names
    the earlier promise, a reference row of its own (the status its verb gives), linked and never counted again."""
    counted = s.item_share
    if counted is None:
        return []
    share = next((r for r in rows if r.amount is None and not r.is_reference and r.status == "delivered"), None)
    return [] if share is None else _whole_reference(share, counted)


def _share_parties(rows: list[Commitment], s: _Sentence) -> None:
    """A share and the whole it comes from are one commitment: the one that names no donor or recipient takes the
    other's ("Of the $40m allocated by Norland for Ostravia, only $6m has been delivered")."""
    for share in s.shares:
        part = next((r for r in rows if r.spans.get("amount") and _amount_at(r, share.part, s)), None)
        whole = next((r for r in rows if r.spans.get("amount") and _amount_at(r, share.whole, s)), None)
        if part is None or whole is None:
            continue
        _receiver_of_whole(part, whole)
        for key in ("donor", "recipient"):
            a, b = getattr(part, key), getattr(whole, key)
            if (a is None) != (b is None):
                target = part if a is None else whole
                setattr(target, key, a or b)
                target.reason = "; ".join(x for x in (target.reason, f"{key}: the same commitment's, stated with the "
                                                      f"{'whole' if a is None else 'share'}") if x)


def _receiver_of_whole(part: Commitment, whole: Commitment) -> None:
    """"Of the $600m the Bank promised Jordan, $200m had been disbursed": a share whose receiver was taken to be the
    whole's giver receives what the whole names instead (the giver is no receiver of its own share)."""
    if whole.recipient and part.recipient not in (None, whole.recipient) and part.recipient == whole.donor:
        part.recipient = whole.recipient
        part.reason = "; ".join(x for x in (part.reason, "recipient: the same commitment's, stated with the whole") if x)


def _amount_at(row: Commitment, amount: Amount, s: _Sentence) -> bool:
    start, end = row.spans["amount"]
    return start == amount.start + s.sent.start_char and end == amount.end + s.sent.start_char


def _givers_stated(row: Commitment) -> bool:
    """Whether the row's sentence says who gave (or that no one giver can be named), so that the document's donor
    must not be filled in."""
    reason = row.reason or ""
    return _UNNAMED_GIVERS in reason or _SHARED_AMOUNT in reason or _SPEAKER_UNKNOWN in reason or \
        _WORDS_ONLY in reason


def _drop_refusals_beside_commitments(rows: list[Commitment]) -> list[Commitment]:
    """"did not announce new aid, although it delivered …": the refusal row goes when something is committed."""
    if any(r.status != "refused" for r in rows):
        return [r for r in rows if r.status != "refused"]
    return rows[:1]


def _mention_for(name: str | None, mentions, sent: Span):
    """The actor mention in ``sent`` with this text, else one whose text contains it or lies inside it."""
    if not name:
        return None
    low = name.lower()
    inside = [m for m in mentions if sent.start_char <= m.start < sent.end_char and m.actor_id]
    exact = next((m for m in inside if m.text.lower() == low), None)
    if exact is not None:
        return exact
    for m in inside:
        text = m.text.lower()
        if low in text or (len(text) > 2 and re.search(r"\b" + re.escape(text) + r"\b", low)):
            return m
    return None


def _doc_offsets(sent: Span, amount: Amount | None) -> tuple[int, int] | None:
    """Document offsets of an amount found in ``sent.text``."""
    return None if amount is None else (sent.start_char + amount.start, sent.start_char + amount.end)


def _counted(rows: list[Commitment]) -> list[Commitment]:
    """Rows the ledger counts: with an amount, not a reference, not cancelled or refused."""
    return [r for r in rows if r.amount is not None and not r.is_reference and r.status not in _NOT_COUNTED]


def _demote_before(counted: list[Commitment], target: Commitment, chosen: Amount) -> None:
    """Counted rows before the package's value (running totals, earlier packages) become references,
    except a separate package: a figure in another currency for another kind of support (a EUR grant
    of humanitarian aid before a dollar loan for the budget) is not a restatement of the chosen value."""
    for r in counted:
        if r is target:
            return
        if _separate_package(r, target, chosen):
            continue
        r.is_reference, r.refers_to = True, "another figure in a note on one package"
        r.reason = "; ".join(x for x in (f"reference: not the package's value ({chosen.text})", r.reason) if x)


def _separate_package(row: Commitment, target: Commitment, chosen: Amount) -> bool:
    """Whether ``row`` reports another package than the chosen value: both currencies known and different,
    and both categories known (not ``other``) and different."""
    currencies = {row.currency, chosen.currency}
    categories = {row.category, target.category}
    return None not in currencies and len(currencies) == 2 and "other" not in categories and len(categories) == 2


def _count_again(row: Commitment, why: str) -> None:
    """A row read as a reference that the value model picked as the package's value is counted after all."""
    row.is_reference, row.refers_to = False, None
    kept = [x for x in (row.reason or "").split("; ") if x and not x.startswith("reference:")]
    row.reason = "; ".join([why] + kept)


def _several_donors(rows: list[Commitment]) -> bool:
    """Whether the rows name different donors: several packages ("A pledged X $100m, B $50m"), not one."""
    return len({r.donor for r in rows if r.donor}) > 1


def _same_value(a: float | None, b: float) -> bool:
    return a is not None and abs(a - b) <= 0.005 * max(abs(b), 1e-9)


def _amount_tokens(sent: Span, amount: Amount | None) -> list[Token]:
    """The tokens of ``amount`` (offsets in the sentence's text), [] without one."""
    if amount is None:
        return []
    span = sent.char_span(amount.start, amount.end, alignment_mode="expand")
    return list(span) if span is not None else []


def _window(text: str, amount: Amount | None, amounts: list[Amount]) -> str:
    if amount is None:
        return text
    later = [a.start for a in amounts if a.start > amount.start]
    return text[amount.start: min(later) if later else len(text)]


def _claimant(text: str) -> str | None:
    m = _CLAIMANT_RE.search(text)
    if m is None:
        return None
    return re.sub(r"^(the|a|an)\s+", "", (m.group("a") or m.group("b") or "").strip(), flags=re.IGNORECASE) or None
