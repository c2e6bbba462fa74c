"""``cablegram_commitments`` (the design's ``cablegram_commitments.v1``): support commitments (who pledged what to whom) from sentences.

Rule-based over spaCy's parse. Per sentence:

1. money expressions come from :func:`cablegram.nlp.amounts.find_amounts`;
2. a *trigger* (pledge, provide, approve, deliver, cancel, receive ...) governs each amount
   (nearest trigger up the dependency tree, else the sentence's first trigger);
3. the trigger's tense, modals and conditions give the status; its subject (or the ``from``/
   ``by`` object) the donor, its ``to``/``for``/dative object the recipient;
4. category and sub-kind come from words near the amount, then from the whole sentence.

Decisions (documented in the codebook):

- Refusals and negations ("did not pledge", "refused to send", "ruled out") give **no row**;
  ending support that existed ("cancelled", "suspended", "withdrew", "froze") gives a row
  with status ``cancelled``. Nothing negated is ever a pledge.
- A mention of an earlier commitment ("the $500m announced in March", "already pledged",
  "part of the package agreed in ...") is a row with ``is_reference`` set, ``refers_to`` holding
  the words that point back, and a ``reason`` starting with ``reference:``; the ledger links it
  to the original and never counts its amount twice.
- Speculation is not a commitment yet: a trigger under ``may``/``might``/``could``, a sentence
  hedged by "reportedly", "is said to", "rumoured", or a report attributed to anonymous sources
  ("sources say", "people familiar with", "officials who asked not to be named") or to analysts
  and experts gives status ``conditional`` (never ``pledged``/``allocated``/``delivered``) and a
  reason ``speculative: <the cue>``; the ledger does not count conditional amounts as committed.
  Confidence is left as read: it is about the reading, the status about what was promised.
- Several donors with one amount ("A and B pledged €1bn") give one shared row, donor
  ``"A; B"`` and a reason (the amount is not split); "each" gives one row per donor with the
  full amount; "A $100m, B $50m" gives one row per donor/amount pair.
- Amounts that are part of a larger one ("a $2bn package, including $500m for ...") are not
  rows of their own: the part is named in the parent's reason.
- Table rows ("Donor | category | $1.2bn | delivered") are read cell by cell with low
  confidence and a reason.
- Only the speaker's own support counts: a trigger under a verb of threatening, warning,
  discussing, asking or demanding ("threatened to cut supplies if X sends arms", "they discussed
  training for …", "urged partners to send …"), or inside an ``if``/``unless`` clause (the condition
  is someone else's action), gives no row.
- "provide/supply/equip X with Y": X is the recipient. A donor never receives its own support: a
  recipient that resolves to the donor (or the donor's capital, or the state an office-holder
  serves) is dropped.
- Without a figure, "announced/unveiled the package" (a support noun with "the"/"this"/a possessive and no
  recipient) refers back to a package described elsewhere: a ``reference:`` row, never a new pledge.
- With the actors component in the pipeline, donors and recipients are actor ids: a mention
  overlapping the name ("the Government of X" → X), and an office-holder acting in office → the
  state they serve.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..records import Commitment
from .amounts import Amount, find_amounts
from .extensions import doc_list, ensure_extensions
from .language import is_english

# Trigger word forms → (base, status the word implies on its own).
_TRIGGER_BASES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("pledge", "pledged", ("pledge", "pledges", "pledged", "pledging")),
    ("promise", "pledged", ("promise", "promises", "promised", "promising")),
    ("commit", "pledged", ("commit", "commits", "committed", "committing")),
    ("announce", "pledged", ("announce", "announces", "announced", "announcing")),
    ("offer", "pledged", ("offer", "offers", "offered", "offering")),
    ("unveil", "pledged", ("unveil", "unveils", "unveiled", "unveiling")),
    ("provide", "give", ("provide", "provides", "provided", "providing")),
    ("give", "give", ("give", "gives", "gave", "given", "giving")),
    ("send", "give", ("send", "sends", "sent", "sending")),
    ("supply", "give", ("supply", "supplies", "supplied", "supplying")),
    ("donate", "give", ("donate", "donates", "donated", "donating")),
    ("contribute", "give", ("contribute", "contributes", "contributed", "contributing")),
    ("grant", "pledged", ("grant", "grants", "granted", "granting")),
    ("lend", "pledged", ("lend", "lends", "lent", "lending")),
    ("fund", "pledged", ("fund", "funds", "funded", "funding")),
    ("finance", "pledged", ("finance", "finances", "financed", "financing")),
    ("train", "give", ("train", "trains", "trained", "training")),
    ("allocate", "allocated", ("allocate", "allocates", "allocated", "allocating")),
    ("earmark", "allocated", ("earmark", "earmarks", "earmarked", "earmarking")),
    ("approve", "allocated", ("approve", "approves", "approved", "approving")),
    ("authorise", "allocated", ("authorise", "authorises", "authorised", "authorize", "authorizes", "authorized")),
    ("sign", "allocated", ("sign", "signs", "signed", "signing")),
    ("agree", "allocated", ("agree", "agrees", "agreed")),
    ("vote", "allocated", ("vote", "votes", "voted")),
    ("deliver", "delivered", ("deliver", "delivers", "delivered", "delivering")),
    ("disburse", "delivered", ("disburse", "disburses", "disbursed", "disbursing")),
    ("ship", "delivered", ("ship", "ships", "shipped", "shipping")),
    ("transfer", "delivered", ("transfer", "transfers", "transferred", "transferring")),
    ("hand", "delivered", ("hand", "hands", "handed", "handing")),
    ("pay", "delivered", ("pay", "pays", "paid", "paying")),
    ("arrive", "delivered", ("arrive", "arrives", "arrived", "arriving")),
    ("receive", "delivered", ("receive", "receives", "received", "receiving")),
    ("cancel", "cancelled", ("cancel", "cancels", "cancelled", "canceled", "cancelling")),
    ("withdraw", "cancelled", ("withdraw", "withdraws", "withdrew", "withdrawn")),
    ("scrap", "cancelled", ("scrap", "scraps", "scrapped")),
    ("suspend", "cancelled", ("suspend", "suspends", "suspended")),
    ("freeze", "cancelled", ("freeze", "freezes", "froze", "frozen")),
    ("halt", "cancelled", ("halt", "halts", "halted")),
    ("revoke", "cancelled", ("revoke", "revokes", "revoked")),
    ("block", "cancelled", ("block", "blocks", "blocked")),
)
# Verbs under which a support verb is not the speaker's commitment (see the module docstring).
_NOT_COMMITTING = frozenset((
    "threaten", "threatens", "threatened", "threatening", "warn", "warns", "warned", "warning",
    "discuss", "discusses", "discussed", "discussing", "debate", "debates", "debated", "debating",
    "talk", "talks", "talked", "explore", "explores", "explored", "urge", "urges", "urged", "urging",
    "ask", "asks", "asked", "asking", "demand", "demands", "demanded", "appeal", "appealed", "request",
    "requested", "requests", "lobby", "lobbied", "press", "pressed",
))
# Triggers that present a package rather than give it ("announced the package"): see _refers_back.
_PRESENTING = frozenset(("announce", "unveil", "sign", "approve"))
_CONDITION_MARKS = frozenset(("if", "unless", "should", "lest"))
_WITH_RECIPIENT = frozenset((
    "provide", "provides", "provided", "providing", "supply", "supplies", "supplied", "supplying", "equip",
    "equips", "equipped", "furnish", "furnished", "arm", "armed", "help", "helped", "assist", "assisted",
))
_REFUSAL_FORMS = frozenset((
    "refuse", "refuses", "refused", "decline", "declines", "declined", "rule", "rules", "ruled", "reject",
    "rejects", "rejected", "deny", "denies", "denied", "considering", "consider", "considers", "unlikely",
))
# Nouns that carry a commitment when no money is named ("a package of drones", "aid").
_SUPPORT_NOUNS = frozenset((
    "aid", "assistance", "support", "package", "loan", "loans", "grant", "grants", "funding", "funds",
    "contribution", "tranche", "guarantee", "guarantees", "donation", "delivery", "deliveries", "shipment",
    "shipments", "financing", "help", "credit", "offer",
))
# Sub-kinds, checked in order; the first hit near the amount wins (see _category).
_CATEGORY_RULES: tuple[tuple[str, str | None, tuple[str, ...]], ...] = (
    ("financial", "guarantee", ("guarantee",)),
    ("financial", "loan", ("loan", "lend", "lent", "credit line", "concessional", "macro-financial")),
    ("financial", "budget_support", ("budget support", "budgetary support", "budget", "salaries", "pensions",
                                     "central bank")),
    ("other", "demining", ("demining", "mine clearance", "de-mining")),
    ("military", "training", ("train", "instructor")),
    ("military", "air_defence", ("air defence", "air defense", "air-defence", "anti-aircraft", "patriot",
                                 "iris-t", "nasams", "surface-to-air", "interceptor")),
    ("military", "artillery", ("artillery package", "howitzer", "himars", "rocket launcher", "mlrs", "mortar",
                               "artillery needs", "more artillery", "artillery to", "artillery for")),
    ("military", "ammunition", ("ammunition", "shells", "rounds", "munitions", "155mm")),
    ("military", "armour", ("tank", "armoured", "armored", "infantry fighting", "personnel carrier")),
    ("military", "aircraft", ("fighter jet", "jets", "f-16", "aircraft", "helicopter")),
    ("military", "drones", ("drone", "uav", "unmanned")),
    ("military", "naval", ("patrol boat", "navy", "naval", "frigate", "minesweeper")),
    ("military", "equipment", ("military", "weapon", "arms", "defence aid", "security assistance",
                               "armed forces", "troops")),
    ("other", "energy", ("generator", "power plant", "energy", "transformer", "power grid")),
    ("other", "reconstruction", ("reconstruction", "rebuild", "repair")),
    ("humanitarian", None, ("humanitarian", "food", "medical", "medicine", "medic", "shelter", "refugee",
                            "displaced", "relief", "hospital", "blanket", "winter clothing", "water", "wheat",
                            "grain", "field kitchen", "aid agencies", "sanitation", "flood", "ambulance")),
    ("financial", "grant", ("grant",)),
    ("financial", None, ("financial", "economic aid", "support facility", "macro")),
)
_CONDITION_RE = re.compile(
    r"\b(if|unless|provided that|on condition|conditional on|subject to|depends on|depend on|dependent on|"
    r"contingent on|once|only if|as long as)\b", re.IGNORECASE)
_REFERENCE_RE = re.compile(
    r"\b(previously|already|earlier|first announced|as announced|repeating|reiterat\w*|part of the|"
    r"(?:announced|pledged|promised|agreed|approved|made|committed) (?:in|on|last|earlier|at)\b|"
    r"(?:it|they|he|she) had (?:promised|pledged|announced))", re.IGNORECASE)
# Hedges that make a report speculation (see the module docstring); modals are read from the parse instead.
_SPECULATION_RE = re.compile(
    r"\b(reportedly|allegedly|rumou?red|(?:is|are|was|were) (?:said|believed|thought|understood|expected) to|"
    r"(?:according to|citing|told)\s+(?:\w+\s+){0,2}sources|sources?\s+(?:\w+\s+){0,3}(?:say|says|said|told|suggest\w*|"
    r"indicat\w*|claim\w*)|unnamed|anonymous(?:ly)?|on condition of anonymity|not (?:to be|authori[sz]ed to be) named|"
    r"people (?:familiar|close) (?:with|to)|analysts?|experts?|observers|speculat\w*)\b", re.IGNORECASE)
_SPECULATIVE_MODALS = frozenset(("may", "might", "could"))
_SPECULATIVE_CLAIMANTS = frozenset(("anonymous", "analysts"))
_PART_RE = re.compile(r"\b(including|of which|among them|comprising|includes)\b[^,;]*$", re.IGNORECASE)
_NOT_YET_RE = re.compile(r"\b(has|have|had) not (yet )?been (delivered|sent|disbursed|paid)\b", re.IGNORECASE)
_SALE_RE = re.compile(r"\b(sold|sells|sell|selling|imported|imports|exported|trade|budget rose|cost|asylum|citizenship|"
                      r"permission|access|visas?)\b", re.IGNORECASE)
# A figure followed by these is a penalty or a price, not support.
_NOT_SUPPORT_AFTER = re.compile(r"^\s*(?:in\s+)?(fines?|damages|penalt\w+|bail|ransom|compensation claims)\b", re.IGNORECASE)
_CLAIMANT_RE = re.compile(r"(?:,\s*(?:according to)\s+(?P<a>[^,.;]+)|,\s*(?P<b>[^,;]+?)\s+said\b)", re.IGNORECASE)
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_DATE_RE = re.compile(r"\b(?:(\d{1,2})\s+)?(" + "|".join(_MONTHS) + r")(?:\s+(\d{1,2}),?)?\s+(\d{4})\b", re.IGNORECASE)
_TITLE_NOUNS = frozenset((
    "minister", "president", "government", "parliament", "cabinet", "ministry", "premier", "chancellor",
    "leader", "officials", "official", "spokesperson", "spokesman", "spokeswoman", "congress", "prime",
))
# Words of office titles that the parser tags as proper-noun compounds of a name.
_TITLE_WORDS = frozenset((
    "foreign", "defence", "defense", "prime", "deputy", "vice", "interior", "finance", "first", "acting",
    "former", "secretary", "state", "affairs", "economy", "trade", "development", "chief", "head",
))
_NOT_ACTORS = frozenset(_MONTHS + ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
_ACTOR_ENTS = frozenset(("GPE", "ORG", "NORP", "PERSON", "LOC", "FAC"))
_PRONOUNS = frozenset(("it", "they", "we", "he", "she", "its", "their", "this", "that", "which", "who"))


def _trigger_map() -> dict[str, tuple[str, str]]:
    return {form: (base, status) for base, status, forms in _TRIGGER_BASES for form in forms}


@dataclass
class _Trigger:
    token: Token
    base: str
    status: str


# spaCy forbids "." in factory names, so the registered name drops the ".v1" of the design's naming.
FACTORY = "cablegram_commitments"


@Language.factory(
    FACTORY,
    default_config={"min_confidence": 0.0, "read_tables": True},
    assigns=["doc._.cg_commitments"],
    requires=["doc.sents", "token.dep", "doc.ents", "doc._.cg_mentions"],
)
def make_commitments(nlp: Language, name: str, min_confidence: float, read_tables: bool) -> "CommitmentExtractor":
    ensure_extensions()
    # The actors component's knowledge base (when it runs first) maps office-holders to their states.
    kb = getattr(nlp.get_pipe("cablegram_actors"), "kb", None) if "cablegram_actors" in nlp.pipe_names else None
    return CommitmentExtractor(min_confidence=min_confidence, read_tables=read_tables, kb=kb)


class CommitmentExtractor:
    """Writes ``doc._.cg_commitments`` (list[Commitment])."""

    def __init__(self, min_confidence: float = 0.0, read_tables: bool = True, kb=None):
        self.min_confidence = min_confidence
        self.kb = kb
        self.read_tables = read_tables
        self.triggers = _trigger_map()
        from ..ledger.rates import RateTable  # rates are package data, read once per component

        self.rates = RateTable.default()

    def __call__(self, doc: Doc) -> Doc:
        out = doc_list(doc, "cg_commitments")
        if not is_english(doc):  # non-English text is flagged by cablegram_language, not coded
            return doc
        mentions = list(doc._.cg_mentions or [])
        claims = {c.sentence_index: c for c in (doc._.cg_claims or [])}
        for i, sent in enumerate(doc.sents):
            found = self.extract(sent, i, doc_date=doc._.cg_date, mentions=mentions, claim=claims.get(i))
            out.extend(c for c in found if c.confidence >= self.min_confidence)
        for c in out:
            c.doc_id = doc._.cg_doc_id or c.doc_id
        return doc

    # -- one sentence ------------------------------------------------------------------------
    def extract(self, sent: Span, index: int, doc_date: str | None = None, mentions=(), claim=None) -> list[Commitment]:
        text = sent.text
        if self.read_tables and ("|" in text or "\t" in text):
            rows = _table_rows(sent, index, doc_date)
            if rows:
                return rows
        triggers = [self._trigger(t) for t in sent]
        triggers = [t for t in triggers if t is not None and not _not_own_commitment(t.token)]
        if not triggers:
            return []
        amounts = find_amounts(text)
        has_support = any(t.lower_ in _SUPPORT_NOUNS for t in sent) or bool(amounts) or \
            _category(text.lower())[0] != "other"
        # Sales, trade and costs are not support, unless a pledge or approval is also stated.
        sale = _SALE_RE.search(text) is not None and not any(t.base in ("pledge", "promise", "approve")
                                                             for t in triggers)
        if not has_support or sale:
            return []
        claimant = (claim.claimant or claim.claimant_text) if claim is not None else _claimant(text)
        date = _date(text, doc_date)
        rows: list[Commitment] = []
        parts: list[str] = []
        kept: list[Amount] = []
        for k, amount in enumerate(amounts):
            before = text[amounts[k - 1].end if k else 0: amount.start]
            if _NOT_SUPPORT_AFTER.match(text[amount.end:]):
                continue  # "$500,000 in fines"
            if k and _PART_RE.search(before):
                parts.append(amount.text)  # a component of the previous figure, not a commitment of its own
                continue
            kept.append(amount)
        units = kept or [None]
        donors_for_amounts = self._paired_donors(sent, kept)
        for k, amount in enumerate(units):
            trig = self._governing(sent, amount, triggers)
            if trig is None:
                continue
            status, negated, why = self._status(sent, trig, text)
            if negated:
                continue
            reasons = list(why)
            reference = self._reference(sent, amount, text)
            if reference:
                reasons.insert(0, f"reference: mentions an earlier commitment ({reference})")
            cue = _speculation(trig.token, text, claim)
            if cue and status in ("pledged", "allocated", "delivered"):
                status = "conditional"
                reasons.append(f"speculative: {cue}")
            donor_spans, recipient = self._parties(sent, trig)
            if donors_for_amounts and amount is not None:
                donor_spans = [donors_for_amounts[k]]
            # What a trailing condition mentions ("if parliament approves the budget") says nothing
            # about what is given.
            cond = _CONDITION_RE.search(text)
            own = text[:cond.start()] if cond and cond.start() > trig.token.idx - sent.start_char else text
            window = _window(own, amount, kept) if amount is None or amount.end <= len(own) else \
                _window(text, amount, kept)
            cat, sub = _category(window.lower())
            if cat == "other" and sub is None:
                cat, sub = _category(own.lower())
            items = _items(sent)
            if parts and k == 0:
                reasons.append("includes " + ", ".join(parts) + " (not counted separately)")
            each = bool(re.search(r"\beach\b", text, re.IGNORECASE))
            donor_list = [d for d in donor_spans if d] or [None]
            if len(donor_list) > 1 and not each:
                donor_list = ["; ".join(d for d in donor_list if d)]
                reasons.append(f"joint commitment by {len(donor_spans)} donors; amount not split")
            for donor in donor_list:
                conf = 0.85
                if donor is None:
                    conf -= 0.2
                    reasons_d = reasons + ["donor not found"]
                else:
                    reasons_d = list(reasons)
                if recipient is None:
                    conf -= 0.1
                amount_fields: dict = {}
                if amount is not None:
                    conf = min(conf, conf * amount.confidence / 0.9)
                    reasons_d += amount.reasons
                    amount_fields = {"amount": amount.value, "currency": amount.currency, "amount_text": amount.text}
                    if amount.currency in self.rates.currencies:
                        conv = self.rates.convert(amount.value, amount.currency, date)
                        amount_fields.update(amount_usd=round(conv.usd, 2), rate_date=conv.rate_date)
                donor_id = self._resolve(donor, mentions, sent, date)
                recipient_id = self._resolve(recipient, mentions, sent, date)
                if recipient_id is not None and donor_id is not None and recipient_id in (
                        donor_id, self._state_of(donor_id, date)):
                    recipient_id = None  # "announced the package in <the donor's capital>"
                    reasons_d.append("recipient dropped: it is the donor itself")
                refers_to = reference
                if amount is None and recipient_id is None and not reference and trig.base in _PRESENTING:
                    refers_to = _refers_back(trig.token)
                    if refers_to:
                        reasons_d.insert(0, f"reference: refers back to {refers_to} described elsewhere")
                rows.append(Commitment(
                    doc_id="", sentence_index=index, sentence=text,
                    donor=donor_id, recipient=recipient_id,
                    category=cat, subcategory=sub, items=items, status=status, date=date, claimant=claimant,
                    confidence=round(max(conf, 0.05), 3), reason="; ".join(reasons_d) or None, **amount_fields,
                    is_reference=refers_to is not None, refers_to=refers_to,
                ))
        return rows

    def _trigger(self, tok: Token) -> _Trigger | None:
        """The trigger ``tok`` is, if any (see also :func:`_not_own_commitment`)."""
        hit = self.triggers.get(tok.lower_)
        if hit is None:
            return None
        base, status = hit
        if tok.pos_ not in ("VERB", "AUX") and tok.tag_ not in ("VBN", "VBD", "VB", "VBZ", "VBP", "VBG"):
            # "the pledge", "a grant", "the offer", "the delivery": nouns mark a commitment, weakly.
            if base in ("pledge", "promise", "offer", "grant", "fund", "finance", "train", "transfer"):
                return _Trigger(tok, base, "noun")
            return None
        if base == "hand" and not any(c.lower_ == "over" for c in tok.children) and "over" not in \
                tok.doc[tok.i + 1: tok.i + 3].text.lower():
            return None
        if base == "pay" and "out" not in tok.doc[tok.i + 1: tok.i + 3].text.lower():
            return None
        return _Trigger(tok, base, status)

    def _resolve(self, name: str | None, mentions, sent: Span, date: str | None) -> str | None:
        """The actor id for a donor/recipient name (an office-holder → their state), else the text."""
        m = _mention_for(name, mentions, sent)
        if m is None:
            return name
        if m.role_on_date and self.kb is not None:
            return self._state_of(m.actor_id, date) or m.actor_id
        return m.actor_id

    def _state_of(self, actor_id: str, date: str | None) -> str | None:
        """The state a person serves in office on ``date`` (None without a knowledge base or role)."""
        if self.kb is None or actor_id not in self.kb:
            return None
        from ..kb.base import role_on

        actor = self.kb.actors[actor_id]
        if actor.type != "person":
            return None
        role = role_on(actor, date)
        return role.country if role is not None and role.country in self.kb else None

    def _governing(self, sent: Span, amount: Amount | None, triggers: list[_Trigger]) -> _Trigger | None:
        verbs = [t for t in triggers if t.status != "noun"] or triggers
        if amount is None:
            return _main(verbs)
        toks = [t for t in sent if t.idx - sent.start_char >= amount.start and
                t.idx - sent.start_char < amount.end]
        by_token = {t.token.i: t for t in verbs}
        for tok in toks[-1:]:
            node = tok
            while node.head.i != node.i:
                node = node.head
                if node.i in by_token and not (node.dep_ == "acl" and node.i > tok.i):
                    return by_token[node.i]
        return _main(verbs)

    def _status(self, sent: Span, trig: _Trigger, text: str) -> tuple[str, bool, list[str]]:
        tok = trig.token
        reasons: list[str] = []
        low = text.lower()
        if _NOT_YET_RE.search(text):
            return "pledged", False, ["not yet delivered"]
        if _negated(tok):
            if trig.status == "cancelled":
                return "cancelled", False, []
            return "", True, []
        if trig.status == "cancelled":
            return "cancelled", False, []
        if _CONDITION_RE.search(text):
            return "conditional", False, ["stated condition"]
        future = _future(tok)
        if tok.dep_ == "xcomp" and tok.head.lower_ in ("voted", "signed", "agreed", "approved", "agreement"):
            return "allocated", False, []  # "voted to allocate", "agreed to lend"
        if tok.dep_ == "acl" and tok.head.head.lower_ in ("signed", "approved"):
            return "allocated", False, []  # "signed an agreement to lend"
        if trig.status == "noun":
            return "pledged", False, []
        if trig.status == "allocated":
            # "promised to approve" stays a pledge; "approved the delivery" is an allocation.
            return ("pledged" if future and trig.base not in ("vote", "agree") else "allocated"), False, reasons
        if trig.status in ("delivered", "give"):
            if trig.base == "receive" and future:
                return "pledged", False, reasons
            if future:
                return "pledged", False, reasons
            if trig.status == "give" and tok.head.lower_ in ("pledged", "promised", "announced", "committed"):
                return "pledged", False, reasons
            if "would" in low.split():
                return "conditional", False, ["'would' without a stated condition"]
            return "delivered", False, reasons
        return trig.status, False, reasons

    def _reference(self, sent: Span, amount: Amount | None, text: str) -> str | None:
        m = _REFERENCE_RE.search(text)
        if m is not None:
            return m.group(0)
        if amount is not None:
            before = text[: amount.start].lower().rstrip()
            after = text[amount.end: amount.end + 40].lower()
            if before.endswith(("the", "its", "this", "that")) and re.match(
                    r"^\s*(?:\w+\s+)?(?:that\s+\w+\s+)?(announced|pledged|promised|approved|agreed)\b", after):
                return "the " + amount.text + after.split(",")[0].rstrip()
        # "the tanks promised by X": a participle modifying a noun with a definite article.
        for tok in sent:
            if tok.dep_ == "acl" and tok.lower_ in ("promised", "pledged", "announced") and \
                    any(c.lower_ == "the" for c in tok.head.children):
                return f"the {tok.head.text} {tok.text}"
        return None

    def _paired_donors(self, sent: Span, amounts: list[Amount]) -> list[str]:
        """"A pledged B $100m, C $50m and D $25m": one donor per amount, in order (else [])."""
        if len(amounts) < 2:
            return []
        text = sent.text
        donors: list[str] = []
        for k, a in enumerate(amounts):
            left = text[amounts[k - 1].end if k else 0: a.start]
            m = re.search(r"(?:^|,|\band)\s*([A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)\s*$", left)
            if k == 0:
                continue
            if m is None:
                return []
            donors.append(m.group(1))
        first = self._parties(sent, self._governing(sent, amounts[0], [t for t in (self._trigger(x) for x in sent)
                                                                      if t]) or _Trigger(sent[0], "", ""))[0]
        if not first:
            return []
        return [first[0]] + donors

    def _parties(self, sent: Span, trig: _Trigger) -> tuple[list[str], str | None]:
        tok = trig.token
        if not trig.base:
            return [], None
        verb = tok
        # "promised to deliver", "agreed to lend": the subject sits on the governing verb.
        while verb.dep_ in ("xcomp", "advcl", "ccomp", "conj") and _subject(verb) is None and verb.head.i != verb.i:
            verb = verb.head
        subj = _subject(verb)
        donors: list[str] = []
        recipient: str | None = None
        source = _prep_object(tok, ("from", "by")) or _prep_object(verb, ("from", "by"))
        if trig.base == "receive":
            recipient = _actor_text(subj) if subj is not None else None
            if source is not None:
                donors = [_actor_text(source)]
            return donors, recipient
        if subj is not None and subj.lower_ not in _PRONOUNS and subj.dep_ != "nsubjpass":
            donors = [_actor_text(subj)] + [_actor_text(c) for c in subj.conjuncts]
        elif source is not None:
            donors = [_actor_text(source)]
        elif subj is not None and subj.lower_ in _PRONOUNS and verb.dep_ in ("ccomp", "relcl", "conj"):
            outer = _subject(verb.head)
            if outer is not None:
                donors = [_actor_text(outer)]
        if not donors:
            # "Dravonia's $700m aid plan", "the tanks promised by Norland": a possessor or agent anywhere.
            for t in sent:
                if t.dep_ == "poss" and t.lower_ not in _PRONOUNS and t.pos_ == "PROPN":
                    donors = [_actor_text(t)]
                    break
        recipient = _recipient(sent, tok, verb, donors)
        return [d for d in donors if d], recipient


def _not_own_commitment(tok: Token) -> bool:
    """A support verb under a threat, warning, discussion or request, or in an if/unless clause."""
    node = tok
    for _ in range(6):
        if node is not tok and node.lower_ in _NOT_COMMITTING:
            return True
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in node.children):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _refers_back(tok: Token) -> str | None:
    """"announced the package": a definite support noun as the trigger's object names a known package."""
    for c in tok.children:
        if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _SUPPORT_NOUNS and any(
                g.dep_ in ("det", "poss") and g.lower_ in ("the", "this", "that", "these", "those", "its", "their",
                                                          "his", "her") for g in c.children):
            return f"{' '.join(g.text for g in c.children if g.dep_ in ('det', 'poss'))} {c.text}"
    return None


def _main(triggers: list[_Trigger]) -> _Trigger | None:
    if not triggers:
        return None
    roots = [t for t in triggers if t.token.dep_ == "ROOT"]
    return roots[0] if roots else triggers[0]


def _subject(tok: Token) -> Token | None:
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return c
    return None


def _prep_object(tok: Token, preps: tuple[str, ...]) -> Token | None:
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
    return None


def _negated(tok: Token) -> bool:
    node = tok
    for _ in range(4):
        if any(c.dep_ == "neg" for c in node.children) or node.lower_ in _REFUSAL_FORMS:
            return True
        if any(c.lower_ in ("unlikely",) for c in node.children):
            return True
        if node.head.i == node.i:
            break
        node = node.head
    left = tok.doc[max(tok.i - 4, tok.sent.start): tok.i].text.lower()
    return bool(re.search(r"\b(no plans to|not to|never|denied|refused to|declined to)\b", left))


def _speculation(tok: Token, text: str, claim=None) -> str | None:
    """The cue that makes the report speculative (module docstring), else None."""
    node = tok
    for _ in range(6):  # the trigger's own clause and the verbs it depends on ("may decide to send")
        modal = next((c.lower_ for c in node.children if c.dep_ == "aux" and c.lower_ in _SPECULATIVE_MODALS), None)
        if modal:
            return f"'{modal}'"
        if node.head.i == node.i:
            break
        node = node.head
    if claim is not None and getattr(claim, "claimant_kind", None) in _SPECULATIVE_CLAIMANTS:
        return f"{claim.claimant_kind} attribution"
    m = _SPECULATION_RE.search(text)
    return f"'{m.group(0).lower()}'" if m else None


def _future(tok: Token) -> bool:
    if tok.dep_ == "xcomp" and tok.head.lower_ in ("continued", "continues", "began", "started", "kept"):
        return False  # "continued to send arms": ongoing, not future
    aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"will", "would", "'ll", "shall", "to"}:
        return True
    if tok.tag_ in ("VB",) and tok.dep_ in ("xcomp", "advcl", "acl", "ccomp"):
        return True
    # "is set to", "plans to", "promised to send"
    head = tok.head
    if tok.dep_ == "xcomp" and head.lower_ in ("plans", "plan", "planned", "set", "expected", "intends", "pledged",
                                               "promised", "agreed", "announced", "committed", "decided", "vowed"):
        return True
    return False


def _actor_text(tok: Token | None) -> str | None:
    if tok is None:
        return None
    # "Veridia's defence minister", "the government of Veridia": the state, not the office.
    if tok.lower_ in _TITLE_NOUNS or tok.ent_type_ == "PERSON" or tok.lower_ in ("army", "forces"):
        for c in tok.subtree:
            if c.i != tok.i and c.dep_ in ("poss", "pobj", "compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_ in
                                                                                 ("GPE", "NORP", "ORG")):
                if c.lower_ in _TITLE_NOUNS or c.lower_ in _TITLE_WORDS:
                    continue  # "Foreign Minister Ilse Varga": "Foreign" is part of the title, not a donor
                if c.ent_type_ == "PERSON" and c.ent_iob_ != "B" and tok.ent_type_ == "PERSON":
                    continue  # a first name of the same person
                return _span_text(c)
    return _span_text(tok)


def _span_text(tok: Token) -> str:
    doc = tok.doc
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end and ent.label_ in _ACTOR_ENTS:
            return _strip(ent.text)
    parts = [c for c in tok.lefts if c.dep_ in ("compound",) or (c.dep_ == "amod" and c.pos_ == "PROPN")]
    start = min([tok.i] + [c.i for c in parts])
    return _strip(doc[start: tok.i + 1].text)


def _strip(text: str) -> str:
    text = re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)
    return re.sub(r"(’s|'s)$", "", text).strip()


def _recipient(sent: Span, tok: Token, verb: Token, donors: list[str]) -> str | None:
    donor_low = {d.lower() for d in donors if d}
    candidates: list[Token] = []
    objects = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    if tok.lower_ in _WITH_RECIPIENT and any(c.dep_ == "prep" and c.lower_ == "with" for o in [tok] + objects
                                             for c in o.children):
        # "provide Valdoria with EUR 250 million": the object is who receives.
        candidates += objects
    if len(objects) >= 2 and objects[0].pos_ == "PROPN" and objects[0].ent_type_ != "MONEY" and not any(
            t.like_num for t in objects[0].subtree):
        candidates.append(objects[0])  # "send Ostelia 12 ambulances": the parser tags both as objects
    for root in (tok, verb):
        for c in root.subtree:
            if c.dep_ == "pobj" and c.head.lower_ in ("to", "for", "towards", "in") and c.head.head.lower_ not in (
                    "according",):
                candidates.append(c)
            if c.dep_ == "dative" or (c.dep_ == "dobj" and c.head.i == root.i and root.lower_ in (
                    "gave", "give", "gives", "giving", "promised", "lend", "lent", "offered", "sent", "pledged",
                    "train", "trains", "trained", "training")):
                candidates.append(c)
    for c in candidates:
        name = _recipient_text(c)
        if name and name.lower() not in donor_low and name.lower() not in _NOT_ACTORS:
            return name
    # Fallback: a proper name after "to"/"for" anywhere in the sentence.
    m = re.search(r"\b(?:to|for|in)\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)*)", sent.text)
    if m and m.group(1).lower() not in donor_low and m.group(1).lower() not in _NOT_ACTORS:
        return _strip(m.group(1))
    return None


def _recipient_text(tok: Token) -> str | None:
    """A proper name in the phrase headed by ``tok`` ("Ostravia's armed forces" → Ostravia)."""
    for c in tok.subtree:
        if c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "NORP", "ORG"):
            if c.lower_ in _TITLE_NOUNS:
                continue
            return _span_text(c)
    return None


def _mention_for(name: str | None, mentions, sent: Span):
    """The actor mention in ``sent`` with this text, else one whose text contains it or lies inside it."""
    if not name:
        return None
    low = name.lower()
    inside = [m for m in mentions if sent.start_char <= m.start < sent.end_char and m.actor_id]
    for m in inside:
        if m.text.lower() == low:
            return m
    for m in inside:
        text = m.text.lower()
        if low in text or (len(text) > 2 and re.search(r"\b" + re.escape(text) + r"\b", low)):
            return m
    return None


def _window(text: str, amount: Amount | None, amounts: list[Amount]) -> str:
    if amount is None:
        return text
    later = [a.start for a in amounts if a.start > amount.start]
    end = min(later) if later else len(text)
    return text[amount.start:end]


def _category(low: str) -> tuple[str, str | None]:
    for cat, sub, words in _CATEGORY_RULES:
        if any(w in low for w in words):
            return cat, sub
    return "other", None


_ITEM_RE = re.compile(
    r"\b((?:[\w-]+\s+){0,2}(?:tanks?|howitzers?|shells|rounds|ammunition|drones?|jets?|helicopters?|"
    r"vehicles?|carriers?|batteries|systems?|launchers?|generators?|medicine|food|blankets|boats?|"
    r"weapons|missiles?|wheat|hospital))\b", re.IGNORECASE)


def _items(sent: Span) -> list[str]:
    return [m.group(1).strip() for m in _ITEM_RE.finditer(sent.text)][:5]


def _claimant(text: str) -> str | None:
    m = _CLAIMANT_RE.search(text)
    if m is None:
        return None
    return _strip((m.group("a") or m.group("b") or "").strip()) or None


def _date(text: str, doc_date: str | None) -> str | None:
    m = _DATE_RE.search(text)
    if m is None:
        return doc_date
    month = _MONTHS.index(m.group(2).lower()) + 1
    day = m.group(1) or m.group(3)
    return f"{m.group(4)}-{month:02d}" + (f"-{int(day):02d}" if day else "")


_STATUS_WORDS = (("cancelled", "cancelled"), ("canceled", "cancelled"), ("delivered", "delivered"),
                 ("allocated", "allocated"), ("approved", "allocated"), ("pledged", "pledged"),
                 ("announced", "pledged"), ("conditional", "conditional"))


def _table_rows(sent: Span, index: int, doc_date: str | None) -> list[Commitment]:
    """Rows of a pipe- or tab-separated table: one commitment per line with a figure in it."""
    rows: list[Commitment] = []
    for line in sent.text.splitlines():
        cells = [c.strip() for c in re.split(r"\t|\|", line) if c.strip()]
        if len(cells) < 2:
            continue
        amounts = [a for c in cells for a in find_amounts(c)]
        if not amounts:
            continue
        status = next((s for c in cells for w, s in _STATUS_WORDS if c.lower() == w), None)
        names = [c for c in cells if not find_amounts(c) and c[:1].isupper() and
                 c.lower() not in {w for w, _ in _STATUS_WORDS} and _category(c.lower()) == ("other", None)]
        cat, sub = _category(line.lower())
        a = amounts[0]
        reasons = ["read from a table row; columns guessed from cell contents"] + a.reasons
        if status is None:
            reasons.append("no status column; pledged assumed")
        if len(amounts) > 1:
            reasons.append(f"{len(amounts)} figures in the row; the first used")
        rows.append(Commitment(
            doc_id="", sentence_index=index, sentence=line, donor=names[0] if names else None,
            recipient=names[1] if len(names) > 1 else None, category=cat, subcategory=sub,
            amount=a.value, currency=a.currency, amount_text=a.text, status=status or "pledged", date=doc_date,
            confidence=0.4, reason="; ".join(reasons),
        ))
    return rows
