"""Trace every sentence of an article to its primary source(s).

``trace(article, sources)`` splits both into sentences (:mod:`.sentences`), embeds them once,
aligns one-to-many (:mod:`.align`), explains differences (:mod:`.differences`), classifies the
attribution of unsupported sentences (claims component when an nlp is given, else
:mod:`.attribution`) and summarises the document.

Cost: O(n + m) sentence encodings, O(n·m·d) similarity (blocked, O(block·m) memory) and
O(n·k) lexical checks for n article sentences, m source sentences, k candidates.
Documents above ``MAX_SENTENCES`` sentences are refused with an InputError.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from typing import Any

import numpy as np

from ..errors import ConfigError, InputError, LanguageError
from ..records import FALSE_CREDIT_PREFIX, Alignment, Document, Evidence
from .align import AlignParams, align, source_clauses, top_candidates, trace_heads
from .attribution import pattern_attribution
from .differences import DATELINE, name_variants
from .embeddings import load_embedder
from .inputs import as_document, source_documents
from .lexical import coverage, names
from .sentence_model import Checks, load_added_model, recheck_added
from .sentences import Sentence, split_sentences

LEARNED_EMBEDDER = "minilm-int8-onnx"  # the embedder the learned added-vs-source check was trained with
MAX_SENTENCES = 20_000  # per document; 10,000-sentence documents trace in well under a minute on 2 cores


@dataclass
class SentenceTrace:
    index: int
    text: str
    label: str
    score: float
    evidence: list[dict[str, Any]] = field(default_factory=list)  # source_id, sentence_index, sentence, score
    differences: list[str] = field(default_factory=list)
    attribution: str | None = None
    spans: list[dict[str, Any]] = field(default_factory=list)   # supported / changed / new spans (see .spans)
    partly: bool = False                                         # supported with a substantial new part
    false_credit: str | None = None                              # added, yet credited to the cited source's publisher

    @property
    def detail_label(self) -> str:
        """The five-way label: supported, partly supported, altered, added or other."""
        return "partly supported" if self.partly else self.label


@dataclass
class TraceReport:
    """The result of :func:`trace`: per-sentence labels, a summary and notes."""

    article_id: str
    article_title: str | None
    sources: list[dict[str, Any]]
    embedder: str
    sentences: list[SentenceTrace]
    summary: dict[str, Any]
    name_variants: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def restates_nothing(self) -> bool:
        """True when no sentence is supported or altered by the sources (see :func:`restates_nothing`): not a trace
        to store or publish; the command line and the API refuse it with ``no_primary_source``."""
        return restates_nothing(self)

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def alignments(self) -> list[Alignment]:
        """The per-sentence results as records for ``store.save_alignments(article_id, …)``."""
        return [
            Alignment(doc_id=self.article_id, sentence_index=s.index, sentence=s.text, label=s.label, score=s.score,
                      evidence=[Evidence(e["source_id"], e["sentence_index"], e["sentence"], e["score"]) for e in s.evidence],
                      differences=list(s.differences) + ([f"{FALSE_CREDIT_PREFIX}{s.false_credit}"] if s.false_credit else []),
                      attribution=s.attribution, spans=list(s.spans))
            for s in self.sentences
        ]


def restates_nothing(report: TraceReport) -> bool:
    """True when the article has sentences and none is supported or altered by the sources: it does not restate them,
    and labelling every sentence *added* would blame it for a source it never used (the command line and the API
    refuse such a trace, each with its own message)."""
    summary = report.summary
    return bool(summary.get("sentences")) and not summary.get("supported", 0) + summary.get("altered", 0)


_EN_FUNCTION_WORDS = frozenset("the of and to in is that for it was on with as by at from this be are have has had not "
                               "were said will would they he she his her its which but an who their been".split())


def _language(doc: Document) -> str:
    """"en", "other" (Latin script, few English function words), "non-latin" or "und" (too little text).

    Deliberately coarse: it only has to tell whether two texts can be aligned by an English model.
    """
    if doc.language:
        return "en" if doc.language.startswith("en") else doc.language
    sample = doc.text[:5000]
    letters = [c for c in sample if c.isalpha()]
    if len(letters) < 20:
        return "und"
    if sum(1 for c in letters if c.isascii() or "\u00c0" <= c <= "\u024f") / len(letters) < 0.5:
        return "non-latin"
    toks = re.findall(r"[^\W\d_]+", sample.lower())
    if len(toks) < 8:
        return "und"
    return "en" if sum(1 for t in toks if t in _EN_FUNCTION_WORDS) / len(toks) >= 0.08 else "other"


def _check_inputs(article: Document, sources: list[Document], notes: list[str]) -> tuple[list[Document], bool]:
    """The usable sources, and whether any of them is in another language than the article."""
    if not article.text or not article.text.strip():
        raise InputError("the article is empty", source=article.source or article.id, hint="Pass a file or URL with article text.",
                         code="empty_input")
    if not sources:
        raise InputError("no primary source given", source=article.source or article.id,
                         hint="Pass --source FILE/URL/ID, or store primary documents so candidates can be found.",
                         code="no_primary_source")
    usable = []
    for s in sources:
        if not s.text or not s.text.strip():
            notes.append(f"source {s.source or s.id} is empty and was skipped")
        else:
            usable.append(s)
    if not usable:
        raise InputError("every source is empty", source=", ".join(s.source or s.id for s in sources),
                         hint="Check that the source files or pages contain text.", code="empty_input")
    lang_a = _language(article)
    cross = False
    for s in usable:
        lang_s = _language(s)
        if "und" not in (lang_a, lang_s) and lang_a != lang_s:
            cross = True
            notes.append(f"the article is in {lang_a!r} and source {s.source or s.id} in {lang_s!r}: traced across languages "
                         "(multilingual embeddings; numbers, dates, durations and names compared, wording not)")
    return usable, cross


def _attributions_from_nlp(nlp, article: Document, sentences: list[Sentence]) -> tuple[dict[int, str], list]:
    """Claimant kinds per sentence index from the claims component, and the article's mentions."""
    from ..nlp.pipeline import Pipeline

    analysis = Pipeline(nlp).analyse(article)
    spans = analysis.sentences
    kinds: dict[int, str] = {}
    for claim in analysis.claims:
        if claim.sentence_index >= len(spans):
            continue
        a, b = spans[claim.sentence_index]
        for s in sentences:
            if s.start < b and a < s.end:  # our splitter and spaCy's may cut differently: match by overlap
                kinds.setdefault(s.index, claim.claimant_kind)
    return kinds, analysis.mentions


def _embedder_for(embedder, settings, cross: bool, article: Document):
    """The given embedder, else the configured one; the multilingual one when tracing across languages."""
    from .embeddings import load_multilingual_embedder

    if cross and (embedder is None or not embedder.name.startswith("e5")):
        try:
            return load_multilingual_embedder()
        except ConfigError as exc:
            raise LanguageError("the article and its source are in different languages and the multilingual model is "
                                "not installed", source=article.source or article.id, hint=exc.hint,
                                code="language_mismatch") from exc
    return embedder or load_embedder(getattr(settings, "embeddings", "auto"))


_PUBLISHER_ALIASES = {
    "department of state": ("state department", "department of state", "state dept"),
    "white house": ("white house",),
    "ministry of foreign affairs": ("foreign ministry", "ministry of foreign affairs", "mfa", "foreign office"),
    "foreign, commonwealth": ("foreign office", "fcdo", "foreign, commonwealth"),
    "department of defense": ("pentagon", "department of defense", "defense department"),
    "prime minister": ("downing street", "no 10", "no. 10", "prime minister's office"),
    "kremlin": ("kremlin",), "president of ukraine": ("office of the president", "presidential office"),
}
_CREDIT_VERB = re.compile(r"\b(?:said|says|stated|states|announced|noted|added|reported|reports|confirmed|according to|"
                          r"statement|readout|told)\b", re.I)


# A credited body's name keeps its inner "of", "for", "and" ("the Ministry of Foreign Affairs said": not "Foreign Affairs").
_CREDITED_NAME = r"[A-Z][\w.’'-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w.’'-]*){0,4}"
_CREDITED = re.compile(rf"(?i:according to|citing)\s+(?:the\s+)?(?P<a>{_CREDITED_NAME})"
                       rf"|(?:the\s+)?(?P<b>{_CREDITED_NAME})\s+(?:said|says|stated|reported|reports|"
                       r"announced|confirmed)\b")


_NAME = r"[A-Z][\w.’'-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w.’'-]*){0,6}"
# Credits by a passive verb ("detailed by the US Department of State") and credit lines closing a sentence or
# paragraph: "(Source attribution: X)", "[Source: X]", "Source: X", "— X".
_CREDITED_BY = re.compile(rf"\b(?:detailed|reported|published|released|issued|announced|confirmed|described)\s+by\s+"
                          rf"(?:the\s+)?(?P<n>{_NAME})")
_CREDIT_LINE = re.compile(rf"(?:[(\[]\s*(?i:source(?:\s+attribution)?|sources|via|credit|courtesy(?:\s+of)?)\s*:?\s*"
                          rf"(?i:the\s+)?(?P<p>[A-Z][^()\[\]]{{2,120}}?)\s*[)\]]"
                          rf"|(?:^|[.!?]\s+)(?i:source)\s*:\s*(?i:the\s+)?(?P<s>{_NAME})"
                          rf"|\s[—–]\s*(?i:the\s+)?(?P<d>{_NAME}))\s*\.?\s*$")


def credit_line(sentence: str) -> str | None:
    """The name a closing credit line gives ("… (Source attribution: X press service)" → "X press service")."""
    m = _CREDIT_LINE.search(sentence)
    return (m.group("p") or m.group("s") or m.group("d")).strip() if m else None


def credited_names(sentence: str) -> set[str]:
    """Names the sentence credits its content to ("…, the State Department said" → {"State Department"}; also
    "detailed by X" and a closing credit line, see :func:`credit_line`)."""
    found = {(m.group("a") or m.group("b")).strip() for m in _CREDITED.finditer(sentence) if m.group("a") or m.group("b")}
    found |= {m.group("n").strip() for m in _CREDITED_BY.finditer(sentence)}
    line = credit_line(sentence)
    if line:
        found.add(line)
    return {re.sub(r"^The\s+", "", n) for n in found}


def _credit_key(name: str) -> str:
    """A credited name without article, country prefix and service suffix, lower-cased, for matching credits."""
    key = (_publisher_name(re.sub(r"^the\s+", "", name.strip(), flags=re.I)) or name).lower()
    return re.sub(r"(?:'s)?\s+(?:press\s+(?:service|office)|spokesperson|media\s+office)$", "", key).strip()


def _same_credit(own: str, cited: str) -> bool:
    a, b = _credit_key(own), _credit_key(cited)
    if len(a) <= 3 or len(b) <= 3:
        return False
    return a == b or bool(re.search(rf"\b{re.escape(b)}\b", a) or re.search(rf"\b{re.escape(a)}\b", b))


def false_credit(sentence: str, sources: list[Document], credited: set[str] = frozenset()) -> str | None:
    """For an added sentence: the cited source's publisher when the sentence credits the claim to it.

    "The State Department said Washington is weighing …" when the State Department readout says no such
    thing: the article lends its own addition the source's authority. The publisher is known from the
    source's metadata, or from ``credited``: the names the article itself credits its supported sentences to."""
    low = sentence.lower()
    if not (_CREDIT_VERB.search(sentence) or credit_line(sentence)):
        return None
    own = credited_names(sentence)
    hit = next((n for n in own if n in credited and len(n) > 3), None) or next(
        (c for n in own for c in sorted(credited) if _same_credit(n, c)), None)
    if hit:
        return f"credited to the {hit}, the source the article cites for its supported sentences, which does not say it"
    for s in sources:
        hit = _publisher_named(s.publisher, low) or _bare_body_named(s.publisher, sentence)
        if hit:
            return f"credited to the {hit.title() if hit.islower() else hit} (publisher of the cited source), which does not say it"
    return None


# "According to the ministry, …", "the embassy said …": the body by its noun alone, credited with the claim.
_BARE_BODY = re.compile(r"\b(?:[Aa]ccording to|[Cc]iting) the (?P<a>ministry|embassy|presidency|chancellery|mission)\b"
                        r"|\b[Tt]he (?P<b>ministry|embassy|presidency|chancellery|mission) (?:also |later )?(?:said|says|"
                        r"stated|announced|added)\b")


def _bare_body_named(publisher: str | None, sentence: str) -> str | None:
    """The publisher ("Ministry of Foreign Affairs of …") when the sentence credits its claim to the body by the
    publisher's own noun alone ("according to the ministry"); None otherwise."""
    m = _BARE_BODY.search(sentence)
    noun = (m.group("a") or m.group("b")) if m else None
    return publisher if noun and publisher and re.search(rf"\b{noun}\b", publisher.lower()) else None


def _publisher_named(publisher: str | None, low: str) -> str | None:
    """The name or alias of ``publisher`` ("State Department" for the Department of State) that the lower-cased
    sentence ``low`` contains, longest first; None when it names none."""
    pub = (publisher or "").lower()
    aliases = {a for key, names in _PUBLISHER_ALIASES.items() if key in pub for a in names}
    head = _publisher_name(publisher)
    if head and len(head) > 3:
        aliases.add(head.lower())
    return next((a for a in sorted(aliases, key=len, reverse=True) if re.search(rf"\b{re.escape(a)}\b", low)), None)


def _publisher_name(publisher: str | None) -> str | None:
    if not publisher:
        return None
    head = publisher.split(",")[0].strip()
    return re.sub(r"^(?:the\s+)?(?:U\.?S\.?|US|United States)\s+", "", head, flags=re.I) or head


def _attribution_note(article: Document, sources: list[Document], unsupported_share: float) -> str | None:
    """"attributed to the Department of State; 40 % of its sentences have no support in the cited readout"."""
    for s in sources:
        name = _publisher_name(s.publisher)
        if not name:
            continue
        core = [w for w in re.findall(r"\w+", name.lower()) if w not in ("of", "the", "and", "for")]
        text = article.text.lower()
        alias = "state department" if core == ["department", "state"] else None
        if all(w in text for w in core) or (alias and alias in text):
            kind = "readout" if re.search(r"readout|call with|meeting with|spoke with", (s.title or "") + s.text[:300], re.I) else "source"
            return (f"attributed to the {name}; {round(100 * unsupported_share)} % of its sentences "
                    f"have no support in the cited {kind}")
    return None


def _sentence_inputs(article: Document, sources: list[Document], notes: list[str]) -> tuple[list[Sentence], list[tuple[Document, Sentence]]]:
    """Both sides split into sentences; InputError above MAX_SENTENCES; notes on odd inputs."""
    art_sents = split_sentences(article.text)
    src_sents: list[tuple[Document, Sentence]] = [(d, s) for d in sources for s in split_sentences(d.text)]
    for name, count in (("article", len(art_sents)), ("sources", len(src_sents))):
        if count > MAX_SENTENCES:
            raise InputError(f"the {name} has {count} sentences (limit {MAX_SENTENCES})", source=article.source or article.id,
                             hint="Split the document into parts and trace each part.", code="too_large")
    if sum(len(d.text) for d in sources) > len(article.text) * 3:
        notes.append("the sources are much longer than the article; only the article's sentences are labelled")
    if any(" ".join(d.text.split()) == " ".join(article.text.split()) for d in sources):
        notes.append("the article is identical to a source")
    return art_sents, src_sents


_FOREIGN_BODY = re.compile(
    r"\b(?P<c>[A-Z][a-z]+)(?:['’]s)?\s+(?:[a-z]+\s+){0,2}(?:ministry|government|military|army|armed forces|general staff|"
    r"embassy|navy|air force|spokes(?:man|woman|person)|mission)\s+(?:later\s+|also\s+|earlier\s+|then\s+)?"
    r"(?:said|says|stated|claimed|reported|announced|denied|"
    r"insisted|added|confirmed)\b")
_US_PUBLISHER = re.compile(r"\bU\.?S\.?\b|United States|White House|Pentagon|Department of (?:State|Defense)", re.I)


@lru_cache(maxsize=1)
def _state_words() -> dict[str, frozenset[str]]:
    """Each curated state's name, demonym and capital (lower-cased) → all of them ("polish" → {"poland", "polish",
    "warsaw"}): the knowledge base's own list (kb/data/curated_states.jsonl)."""
    from importlib.resources import files

    out: dict[str, frozenset[str]] = {}
    for line in (files("cablegram.kb") / "data" / "curated_states.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            group = frozenset(n.lower() for n in (rec["name"], *rec.get("aliases", ())))
            out.update({n: group for n in group})
    return out


def foreign_credit(sentence: str, sources: list[Document]) -> str | None:
    """The government body the sentence credits its claim to when it belongs to another country than every
    source's publisher ("Russia's defence ministry said …" against a U.S. readout): never what the readout says,
    however close its words. None when no source names its publisher (nothing to compare)."""
    m = _FOREIGN_BODY.search(sentence)
    pubs = [s.publisher for s in sources if s.publisher]
    if m is None or not pubs or m.group("c") in ("The", "A", "An", "Its", "Their", "His", "Her"):
        return None
    country = m.group("c").lower()
    stem = country[:4]
    us = country in ("us", "american", "america") or stem == "unit"
    if any(stem in p.lower() or (us and _US_PUBLISHER.search(p)) for p in pubs):
        return None
    same_state = _state_words().get(country, frozenset())  # "Polish" for a publisher "… of the Republic of Poland"
    if any(re.search(rf"\b{re.escape(n)}\b", p.lower()) for n in same_state for p in pubs):
        return None
    return m.group(0)


# A possessive may open the body's description ("according to the region's statistics office").
_OTHER_BODY = re.compile(r"\baccording to (?:the\s+)?(?P<who>(?:[A-Z][\w’'-]+\s+)?(?:[a-z]+(?:[’']s)?\s+){1,3}"
                         r"(?P<head>office|bureau|agency|institute|service|bank|authority|committee|commission|centre|center|"
                         r"ministry|department|council))\b")


def other_body_credit(sentence: str, sources: list[Document]) -> str | None:
    """The body a sentence credits its claim to ("…, according to Osmia's statistics office") when the sources never
    name it: a word describing the body that neither a source's text, title nor publisher has. Such a claim comes from
    that body, never from the readout, however close its words."""
    m = _OTHER_BODY.search(sentence)
    if m is None:
        return None
    own = {w for d in sources for w in re.findall(r"[a-z]+", f"{d.text} {d.title or ''} {d.publisher or ''}".lower())}
    described = [w for w in re.findall(r"[a-z]+", m.group("who").lower()) if w not in ("its", "their", "his", "her", "s")]
    publishers = {w for d in sources for w in re.findall(r"[a-z]+", (d.publisher or "").lower())}
    derived = m.group("head").lower() in publishers  # a body of the publisher's kind may take the country's demonym
    return m.group("who") if any(not _said_in(w, own, derived) for w in described if w != m.group("head")) else None


def _said_in(word: str, own: set[str], derived: bool) -> bool:
    """Whether the sources have ``word`` or, when ``derived``, a word it derives from or that derives from it
    ("caltrian" for the sources' "caltria": the country's demonym)."""
    return word in own or (derived and len(word) >= 5
                           and any(len(o) >= 5 and (word.startswith(o) or o.startswith(word)) for o in own))


# "The State Department also said (that) …", "The Ostrandi ministry said …": a body credited before what it said.
_BODY_FRAME = re.compile(r"^(?P<who>(?:The\s+)?(?:[\w’'.-]+\s+){0,4}?(?P<noun>[\w’'-]+))\s+(?:also\s+|later\s+|separately\s+)?"
                         r"(?:said|says|stated|states|announced|added|noted)\s+(?:that\s+)?(?P<clause>.+)$")
_BODY_NOUNS = frozenset("ministry department office commission government presidency chancellery embassy cabinet "
                        "administration secretariat".split())
UNFOUNDED_COVERAGE = 0.4  # a publisher's claim whose clause no source sentence covers this well is not the source's


def unfounded_publisher_claim(sentence: str, sources: list[Document], source_sentences: list[str],
                              clause_cosine: Callable[[str], float] | None = None, ceiling: float = 1.0) -> bool:
    """A claim credited to a source's publisher at the head of the sentence ("The State Department also said the
    United States would reopen its consulate in Port Sabir.") whose reported clause no single source sentence
    states: less than ``UNFOUNDED_COVERAGE`` of its content words in the best one. Such a sentence is assembled
    from the readout's topic words (a place here, a verb there) and lends the article's addition the publisher's
    authority; the guide labels it added (a false credit). The credited body is the publisher by name or alias
    (:func:`false_credit`), or a body noun its publisher holds ("the Ostrandi ministry" for the Ministry of
    Defence of Ostrand). A clause whose embedding reaches ``ceiling`` cosine with a source sentence (``clause_cosine``:
    its best cosine) restates one in other words ("no talks on stationing foreign troops were under way" for "No
    negotiations on the deployment of foreign troops are being conducted"): a true credit."""
    m = _BODY_FRAME.match(sentence)
    if m is None or not source_sentences:
        return False
    who, noun = m.group("who").lower(), m.group("noun").lower()
    publishers = [(d.publisher or "").lower() for d in sources]
    by_noun = noun in _BODY_NOUNS and any(re.search(rf"\b{noun}\b", p) for p in publishers)
    if not (by_noun or any(_publisher_named(d.publisher, who) for d in sources)):
        return False
    if max(coverage(m.group("clause"), [t]) for t in source_sentences) >= UNFOUNDED_COVERAGE:
        return False
    return clause_cosine is None or clause_cosine(m.group("clause")) < ceiling


def _sentence_traces(matches, src_sents: list[tuple[Document, Sentence]], sources: list[Document],
                     kinds: dict[int, str], clause_cosine: Callable[[str], float] | None = None,
                     ceiling: float = 1.0) -> list[SentenceTrace]:
    """Matches as SentenceTrace records, with attribution and false credit for added sentences (``clause_cosine`` and
    ``ceiling``: see :func:`unfounded_publisher_claim`)."""
    traces = []
    credited = {n for m in matches if m.label in ("supported", "altered") for n in credited_names(m.text)}
    texts = [s.text for _, s in src_sents]
    for m in matches:
        attribution = credit = None
        if m.label in ("supported", "altered") and (foreign_credit(m.text, sources) or other_body_credit(m.text, sources)
                                                    or unfounded_publisher_claim(m.text, sources, texts, clause_cosine,
                                                                                 ceiling)):
            m = replace(m, label="added", evidence=[], differences=[], changes=[], spans=[], partly=False)
        if m.label == "added":
            attribution = kinds.get(m.index) or pattern_attribution(m.text)
            credit = false_credit(m.text, sources, credited)
            attribution = "organisation" if credit and attribution == "none" else attribution
        evidence = [{"source_id": src_sents[j][0].id, "sentence_index": src_sents[j][1].index,
                     "sentence": src_sents[j][1].text, "score": round(c, 4)}
                    for j, c in m.evidence] if m.label in ("supported", "altered") else []
        traces.append(SentenceTrace(m.index, m.text, m.label, m.score, evidence, m.differences, attribution,
                                    m.spans, m.partly, credit))
    return traces


def _summary(traces: list[SentenceTrace], article: Document, sources: list[Document], cross: bool) -> dict[str, Any]:
    counts = {lab: sum(1 for t in traces if t.label == lab) for lab in ("supported", "altered", "added", "other")}
    claims_n = max(1, len(traces) - counts["other"])
    summary: dict[str, Any] = {"sentences": len(traces), **counts,
                               **{f"share_{k}": round(counts[k] / claims_n, 3) for k in ("supported", "altered", "added")}}
    summary["partly_supported"] = sum(1 for t in traces if t.partly)
    summary["false_credits"] = sum(1 for t in traces if t.false_credit)
    summary["cross_lingual"] = cross
    summary["attribution"] = _attribution_note(article, sources, counts["added"] / claims_n)
    summary["added_attribution"] = {k: sum(1 for t in traces if t.attribution == k)
                                    for k in sorted({t.attribution for t in traces if t.attribution})}
    return summary


def _learned_checks(matches: list, s_text: list[str], a_vecs, s_vecs, params: AlignParams, dates, embedder_name: str,
                    checks: Checks | None) -> list:
    """The rules' matches after the learned added-vs-source check (MiniLM, same language only; ``checks`` replaces
    the shipped model, a None check in it is skipped)."""
    if params.cross_lingual or embedder_name != LEARNED_EMBEDDER or not s_text:
        return matches
    added = checks.added if checks is not None else (load_added_model() if params.learned_added else None)
    if added is None:
        return matches
    idx, val = top_candidates(a_vecs, s_vecs, 3, params.block)
    return recheck_added(matches, s_text, idx, val, params, dates, model=added)


def _clause_pieces(s_text: list[str], embedder) -> tuple[np.ndarray, np.ndarray] | None:
    """The vectors of the long source sentences' clauses (:func:`.align.source_clauses`) and the index of the source
    sentence each belongs to; None when no sentence has two predicates. One extra encoding of those clauses."""
    texts, owners = [], []
    for j, text in enumerate(s_text):
        for clause in source_clauses(text):
            texts.append(clause)
            owners.append(j)
    return (embedder.encode(texts), np.array(owners, dtype=np.int64)) if texts else None


def _article_vectors(embedder, a_text: list[str]):
    """The article sentences' vectors, each without its wire dateline: a dateline's place and outlet are never the
    source's words, and its place would draw the sentence to a source sentence naming the place for something else."""
    return embedder.encode([DATELINE.sub("", t) for t in a_text])


def trace(article: Document | str | os.PathLike, sources: Iterable[Document | str | os.PathLike], *, nlp=None,
          settings=None, embedder=None, params: AlignParams | None = None, checks: Checks | None = None) -> TraceReport:
    """Label each article sentence supported / altered / added / other against ``sources``.

    ``article`` and each source: a :class:`Document`, or the path or http(s) URL of a file read as
    ``cablegram trace`` reads it (text, Markdown, HTML, JSON, JSONL; see :mod:`.inputs`); sources are marked primary.

    ``nlp``: a cablegram spaCy pipeline; when given, attribution of added sentences comes from the
    claims component and name variants from the actors component. ``embedder``: reuse a loaded one
    (see :func:`.embeddings.load_embedder`); otherwise one is loaded per ``settings.embeddings``, and
    the multilingual one when a source is in another language than the article. ``checks``: learned checks to use
    instead of the shipped models (:class:`.sentence_model.Checks`; benchmarks train them per fold).
    Raises InputError (a missing or unreadable file, another type than those above, empty article, no
    usable source, too long) or LanguageError (sources in another language and the multilingual model
    not installed).
    """
    if isinstance(sources, (str, os.PathLike, Document)):
        sources = [sources]  # one source given bare
    article = as_document(article, settings, role="article")
    sources = [d for s in sources for d in source_documents(s, settings)]  # each statement of a JSONL file too
    notes: list[str] = []
    sources, cross = _check_inputs(article, list(sources), notes)
    art_sents, src_sents = _sentence_inputs(article, sources, notes)
    embedder = _embedder_for(embedder, settings, cross, article)
    if embedder.name == "lexical":
        notes.append("ONNX embeddings not installed: lexical fallback used (synonyms and paraphrases are missed)")
    params = params or AlignParams.for_embedder(embedder.name, cross_lingual=cross)
    a_text = [s.text for s in art_sents]
    s_text = [s.text for _, s in src_sents]
    a_vecs, s_vecs = _article_vectors(embedder, a_text), embedder.encode(s_text)
    dates = (article.published_at, [d.published_at for d, _ in src_sents])
    matches = align(a_text, s_text, a_vecs, s_vecs, params, dates=dates,
                    pieces=None if params.cross_lingual else _clause_pieces(s_text, embedder))
    matches = _learned_checks(matches, s_text, a_vecs, s_vecs, params, dates, embedder.name, checks)
    if not params.cross_lingual and s_text:
        matches = trace_heads(matches, s_text, a_vecs, s_vecs, embedder, params, dates)

    kinds: dict[int, str] = {}
    mentions: list = []
    if nlp is not None and nlp.has_pipe("cablegram_claims"):
        kinds, mentions = _attributions_from_nlp(nlp, article, art_sents)
    elif nlp is not None:
        notes.append("the nlp has no claims component: attribution from the pattern check")
    clause_cosine = None if params.cross_lingual or not s_text else (
        lambda text: float(np.max(embedder.encode([text]) @ s_vecs.T)))
    traces = _sentence_traces(matches, src_sents, sources, kinds, clause_cosine, params.predicate_cos_ceiling)
    traces = with_furniture(traces, art_sents, article.meta.get("furniture") or [])
    report = TraceReport(
        article_id=article.id, article_title=article.title,
        sources=[{"id": d.id, "title": d.title, "publisher": d.publisher, "url": d.url} for d in sources],
        embedder=embedder.name, sentences=traces, summary=_summary(traces, article, sources, cross),
        name_variants=_variants(article, sources, mentions, nlp, settings), notes=notes)
    if report.restates_nothing():
        notes.append(_UNRELATED_NOTE)
    return report


FURNITURE_REASON = "credit or page-furniture line removed from the text at ingest"


def with_furniture(traces: list[SentenceTrace], sentences: list[Sentence],
                   furniture: list[dict[str, Any]]) -> list[SentenceTrace]:
    """``traces`` with one ``other`` row for each line ingest left out of the article's text ("Reporting by …",
    "Photo: …", "Sign up for our … briefing"; ``Document.meta["furniture"]``, see
    :func:`cablegram.ingest.quality.strip_furniture`) where a reader met it: before the first sentence that starts
    at or after the line's offset. Rows are numbered as a reader counts the article's lines, those lines
    included, so a sentence after such a line has a higher index than among the stored text's sentences."""
    if not furniture:
        return traces
    starts = [s.start for s in sentences]
    rows = [(sum(1 for start in starts if start < int(item["at"])), 1, str(item["text"])) for item in furniture]
    merged = sorted([(t.index, 0, t) for t in traces] + rows, key=lambda r: (r[0], -r[1]))
    out = []
    for i, (_, is_furniture, row) in enumerate(merged):
        out.append(SentenceTrace(i, row, "other", 0.0, differences=[FURNITURE_REASON]) if is_furniture
                   else replace(row, index=i))
    return out


_UNRELATED_NOTE = ("no sentence of the article is supported or altered by the sources: it does not restate them, so "
                   "this is no trace of them (every sentence 'added' says nothing about the article); the command line "
                   "and the API refuse it with no_primary_source — check report.restates_nothing() before storing or "
                   "publishing it")


def _kb_actor(kb, full_names: list[str], token: str) -> str | None:
    """The one KB actor that a name containing ``token`` (with the words around it) resolves to, else None."""
    ids: set[str] = set()
    for n in full_names:
        words = n.split()
        for i in (k for k, w in enumerate(words) if w.strip(".") == token):
            found = next((hits for j in range(len(words), i + 1, -1) if (hits := kb.lookup(" ".join(words[i:j])))), [])
            ids |= {a.id for a in found}
    return next(iter(ids)) if len(ids) == 1 else None


def _fuzzy_variants(article: Document, sources: list[Document], settings) -> list[dict[str, Any]]:
    """Spelling variants of name words (Anthony/Antony), each with the actor the knowledge base resolves both
    full names to ("Anthony Blinken" and "Antony J. Blinken" → one id), else ``actor_id`` None."""
    text = "\n".join(d.text for d in sources)
    pairs = name_variants(article.text, text)
    if not pairs:
        return []
    from ..kb import actor_files
    from ..kb.base import KnowledgeBase

    kb = KnowledgeBase.load(actor_files(settings) if settings is not None else ())
    art_names, src_names = names(article.text), names(text)
    out = []
    for a, s in pairs:
        mine, theirs = _kb_actor(kb, art_names, a), _kb_actor(kb, src_names, s)
        actor = mine if mine and mine == theirs else None
        out.append({"article": a, "source": s, "actor_id": actor, "method": "kb" if actor else "fuzzy"})
    return out


def _variants(article: Document, sources: list[Document], mentions: list, nlp, settings=None) -> list[dict[str, Any]]:
    """Name spellings in the article that differ from the sources' for the same actor."""
    if mentions and nlp is not None:
        from ..nlp.pipeline import Pipeline

        src_mentions = [m for a in Pipeline(nlp).analyse_many(sources) for m in a.mentions]
        by_actor: dict[str, set[str]] = {}
        for m in src_mentions:
            by_actor.setdefault(m.actor_id, set()).add(m.text)
        out, seen = [], set()
        for m in mentions:
            if m.actor_id in by_actor and m.text not in by_actor[m.actor_id] and (m.text, m.actor_id) not in seen:
                seen.add((m.text, m.actor_id))
                out.append({"article": m.text, "source": sorted(by_actor[m.actor_id])[0], "actor_id": m.actor_id, "method": m.method})
        if out:
            return out
    return _fuzzy_variants(article, sources, settings)
