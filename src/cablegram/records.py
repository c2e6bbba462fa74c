"""The data model: plain dataclasses, JSON-serialisable, with stable ids.

Ids are derived from content (hashes), never from insertion order, so the same
input processed twice, on one machine or on a cluster, gives the same ids.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

T = TypeVar("T", bound="Record")

# Controlled vocabularies (see docs/codebook.md for definitions).
MODALITIES = ("occurred", "planned", "hypothetical", "negated")
CLAIMANT_KINDS = ("named", "organisation", "anonymous", "analysts", "outlet", "none")
ACTOR_KINDS = ("state", "organisation", "person", "group")
ALIGNMENT_LABELS = ("supported", "altered", "added", "other")
COMMITMENT_CATEGORIES = ("military", "financial", "humanitarian", "other")
COMMITMENT_STATUSES = ("pledged", "allocated", "delivered", "cancelled", "conditional", "refused")


def stable_id(prefix: str, *parts: Any) -> str:
    """A short deterministic id: ``prefix_`` + 16 hex chars of SHA-256 over the parts."""
    h = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}_{h[:16]}"


def content_hash(text: str) -> str:
    """SHA-256 of the text with whitespace runs collapsed (so re-wrapped copies match)."""
    norm = " ".join(text.split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


class Record:
    """Mixin: dict/JSON round trip for the dataclasses below."""

    kind: ClassVar[str] = "record"

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)  # type: ignore[call-overload]

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class Document(Record):
    """One ingested text with where it came from. ``id`` derives from the content hash."""

    kind: ClassVar[str] = "document"
    text: str
    id: str = ""
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    published_at: str | None = None  # ISO 8601 date or datetime
    fetched_at: str | None = None
    raw: str | None = None  # the input as read (HTML, feed entry, JSON line)
    source: str | None = None  # file path, URL or feed the document came from
    content_hash: str = ""
    language: str | None = None
    is_primary: bool = False  # an official source (readout, ministry statement)
    previous_version: str | None = None  # id of the older version of the same URL
    meta: dict[str, Any] = field(default_factory=dict)
    quality: list[str] = field(default_factory=list)  # named flags set at ingest (cablegram.ingest.quality)

    def __post_init__(self) -> None:
        if not self.content_hash:
            self.content_hash = content_hash(self.text)
        if not self.id:
            self.id = "doc_" + self.content_hash[:16]


@dataclass
class Role(Record):
    """An office held by a person between two dates (ISO; ``None`` = open)."""

    kind: ClassVar[str] = "role"
    title: str
    role: str  # head_of_state | head_of_government | foreign_minister | defence_minister | other
    country: str | None = None  # ISO 3166 alpha-3
    start: str | None = None
    end: str | None = None
    source: str | None = None

    def holds_on(self, date: str | None) -> bool:
        """True when the role was held on ``date`` (ISO); unknown dates match open roles."""
        if not date:
            return self.end is None
        d = date[:10]
        return (self.start is None or self.start[:10] <= d) and (self.end is None or d <= self.end[:10])


@dataclass
class Actor(Record):
    """A state, organisation, person or group, with aliases and dated roles."""

    kind: ClassVar[str] = "actor"
    id: str
    name: str
    type: str = "person"  # one of ACTOR_KINDS
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    source: str | None = None
    is_new: bool = False  # found in text, not in the knowledge base

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Actor":
        data = dict(data)
        data["roles"] = [r if isinstance(r, Role) else Role.from_dict(r) for r in data.get("roles") or []]
        return super().from_dict(data)


@dataclass
class Mention(Record):
    """A span of a document that names an actor."""

    kind: ClassVar[str] = "mention"
    doc_id: str
    start: int
    end: int
    text: str
    actor_id: str
    sentence_index: int = 0
    role_on_date: str | None = None  # e.g. "foreign_minister" on the document's date
    method: str = "exact"  # exact | folded | fuzzy | surname | title | institution | new
    score: float = 1.0

    @property
    def id(self) -> str:
        return stable_id("men", self.doc_id, self.start, self.end, self.actor_id)


@dataclass
class Event(Record):
    """A PLOVER event with actors, time, place and modality."""

    kind: ClassVar[str] = "event"
    doc_id: str
    sentence_index: int
    sentence: str
    type: str  # PLOVER event type, e.g. CONSULT
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    source_actor: str | None = None
    target_actor: str | None = None
    source_text: str | None = None
    target_text: str | None = None
    trigger: str | None = None
    date: str | None = None
    place: str | None = None
    modality: str = "occurred"  # one of MODALITIES
    reported_speech: bool = False
    confidence: float = 0.5
    # text (the sentence states the date) | publication (the document's date) | None
    date_source: str | None = None
    # id of the canonical event of a story cluster (provenance.event_dedup), None when not linked
    canonical_id: str | None = None
    # character offsets in the document: {"trigger"|"source"|"target"|"place": [start, end]}
    spans: dict[str, list[int]] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return stable_id("evt", self.doc_id, self.sentence_index, self.type, self.source_actor, self.target_actor, self.trigger)


@dataclass
class Claim(Record):
    """A reported statement and who made it."""

    kind: ClassVar[str] = "claim"
    doc_id: str
    sentence_index: int
    sentence: str
    claimant_kind: str = "none"  # one of CLAIMANT_KINDS
    claimant: str | None = None  # actor id when resolved
    claimant_text: str | None = None
    cue: str | None = None
    quote: str = "none"  # direct | indirect | none
    quote_spans: list[list[int]] = field(default_factory=list)  # [start, end] char offsets in the sentence
    hedges: list[str] = field(default_factory=list)
    spans: dict[str, list[int]] = field(default_factory=dict)  # {claimant, cue, content: [start, end]} doc char offsets
    attribution_index: int = 0  # 0: the sentence's main attribution; 1, 2 …: its other attributions, in cue order

    @property
    def id(self) -> str:
        """Stable id: the sentence's for its main claim (so stored corrections keep applying); the sentence's and
        the cue's document offset for each further attribution of the same sentence ("A said …, while B said …")."""
        if not self.attribution_index:
            return stable_id("clm", self.doc_id, self.sentence_index)
        cue = (self.spans or {}).get("cue")
        return stable_id("clm", self.doc_id, self.sentence_index, cue[0] if cue else f"#{self.attribution_index}")


@dataclass
class Commitment(Record):
    """A pledge, allocation or delivery of support from a donor to a recipient."""

    kind: ClassVar[str] = "commitment"
    doc_id: str
    sentence_index: int
    sentence: str
    donor: str | None = None
    recipient: str | None = None
    category: str = "other"  # one of COMMITMENT_CATEGORIES
    subcategory: str | None = None
    items: list[str] = field(default_factory=list)
    amount: float | None = None
    currency: str | None = None
    amount_text: str | None = None
    amount_usd: float | None = None
    rate_date: str | None = None
    status: str = "pledged"  # one of COMMITMENT_STATUSES
    date: str | None = None
    claimant: str | None = None
    confidence: float = 0.5
    reason: str | None = None  # why this reading (ranges, ambiguity)
    is_reference: bool = False  # restates an earlier commitment (reason then starts with "reference:")
    refers_to: str | None = None  # the words pointing to it ("the $500m announced in March", "already")
    date_source: str | None = None  # "text" (the sentence states the day) | "publication" | None (see nlp/dates.py)
    spans: dict[str, list[int]] = field(default_factory=dict)  # {trigger, donor, recipient, amount: [start, end]} doc char offsets

    @property
    def id(self) -> str:
        return stable_id("com", self.doc_id, self.sentence_index, self.donor, self.recipient, self.amount_text)


@dataclass
class Evidence(Record):
    kind: ClassVar[str] = "evidence"
    doc_id: str
    sentence_index: int
    sentence: str
    score: float


FALSE_CREDIT_PREFIX = "false credit: "  # an alignment difference naming a source credited with what it does not say


@dataclass
class Alignment(Record):
    """How one sentence of an article relates to its primary source(s)."""

    kind: ClassVar[str] = "alignment"
    doc_id: str
    sentence_index: int
    sentence: str
    label: str  # one of ALIGNMENT_LABELS
    score: float = 0.0
    evidence: list[Evidence] = field(default_factory=list)
    differences: list[str] = field(default_factory=list)  # actor, number, date, modality, hedging, strength, quote
    attribution: str | None = None  # claimant kind, for added sentences
    spans: list[dict[str, Any]] = field(default_factory=list)  # [{start, end, label: supported|changed|new, kind, source_text}]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Alignment":
        data = dict(data)
        data["evidence"] = [e if isinstance(e, Evidence) else Evidence.from_dict(e) for e in data.get("evidence") or []]
        return super().from_dict(data)


@dataclass
class Cluster(Record):
    """Documents reporting the same story, with the earliest and primary one."""

    kind: ClassVar[str] = "cluster"
    id: str
    doc_ids: list[str] = field(default_factory=list)
    earliest_doc_id: str | None = None
    primary_doc_id: str | None = None
    edges: list[list[Any]] = field(default_factory=list)  # [parent_id, child_id, score]: derivation tree


@dataclass
class Analysis(Record):
    """Everything the NLP pipeline found in one document."""

    kind: ClassVar[str] = "analysis"
    doc_id: str
    sentences: list[list[int]] = field(default_factory=list)  # [start, end] char offsets
    language: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    new_actors: list[Actor] = field(default_factory=list)
    pipeline_version: str = ""

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Analysis":
        data = dict(data)
        data["mentions"] = [Mention.from_dict(x) for x in data.get("mentions") or []]
        data["events"] = [Event.from_dict(x) for x in data.get("events") or []]
        data["claims"] = [Claim.from_dict(x) for x in data.get("claims") or []]
        data["commitments"] = [Commitment.from_dict(x) for x in data.get("commitments") or []]
        data["new_actors"] = [Actor.from_dict(x) for x in data.get("new_actors") or []]
        return super().from_dict(data)
