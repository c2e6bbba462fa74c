"""Who a "he"/"she" claimant is: the last person spoken of as subject, agreeing in gender, else nobody.

Rules (the whole kind, not one sentence):

- **Candidates** are person mentions (actor ids from the actors component) in the pronoun's sentence before
  it and in up to :data:`WINDOW` sentences before that, never across a paragraph break (a blank line).
- **Salience**: a person who is the subject of a clause (or the agent of a passive, or named in
  apposition to the subject: "the shadow home secretary, Ann Lee, said …") is who the next "she said"
  continues; the nearest such person in the nearest sentence wins. People only named in objects, relative
  clauses or possessives ("Begum's baby, Jarrah") are not taken this way.
- **Gender agreement**: a person's gender is read from the document (:func:`person_genders`): an honorific
  or title before the name ("Ms", "Lord", ``[gender]`` in ``attribution.toml``), a gendered noun in
  apposition ("the party chairman, Ann Lee"), or "X said he …"/"X said she …" (the subject of the clause
  reported by X's own verb). A candidate of the other gender is skipped; one of unknown gender agrees.
- **Fallback**: without a salient candidate, the nearest person of the *known* matching gender; else the
  pronoun stays unresolved (None) — a guess is worse than no claimant id.
- **Only person**: without a salient candidate, the one person of compatible gender named in the window in
  any role (a possessive: "Ann Lee's decision … Although she had …"); with two or more, nobody.
- **Paragraph before**: a pronoun with no person named in its own paragraph before it (a new paragraph that
  opens "She said …") takes the one person of compatible gender named in the paragraph before; with two or
  more such people it stays unresolved.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from .claims_lexicon import AttributionLexicon
from .claims_quotes import quote_regions
from .doc_cache import doc_text, span_text

WINDOW = 4  # sentences before the pronoun's own
CHAIN = 8  # same pronouns followed back ("she said … She added …")
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f",
                   "herself": "f"}
_REPORTED = frozenset({"ccomp", "xcomp", "conj", "parataxis"})


def pronoun_gender(token: Token) -> str | None:
    """``m`` for he/him/his, ``f`` for she/her, None for any other word."""
    return _PRONOUN_GENDER.get(token.lower_)


def person_genders(doc: Doc, actors: dict[int, str], lexicon: AttributionLexicon) -> dict[str, str]:
    """Actor id → ``m``/``f`` for the people of ``doc`` whose gender the text gives (rules in the module
    docstring); people with no evidence, or with evidence both ways, are left out."""
    votes: dict[str, Counter] = {}
    for i, actor_id in actors.items():
        if not _is_person(doc[i], actor_id) or (i - 1 in actors and actors[i - 1] == actor_id):
            continue  # one vote per mention: its first token
        gender = _mention_gender(doc, i, actor_id, actors, lexicon)
        if gender:
            votes.setdefault(actor_id, Counter())[gender] += 1
    out = {}
    for actor_id, count in votes.items():
        if len(count) == 1:
            out[actor_id] = next(iter(count))
    return out


def _is_person(token: Token, actor_id: str) -> bool:
    return actor_id.startswith(("PER.", "person:")) or token.ent_type_ == "PERSON"


def _mention_gender(doc: Doc, i: int, actor_id: str, actors: dict[int, str], lexicon: AttributionLexicon) -> str | None:
    """The gender one mention starting at token ``i`` shows: a title before it, a gendered noun it is in
    apposition with, or a he/she subject of the clause its own verb reports."""
    end = i
    while end + 1 < len(doc) and actors.get(end + 1) == actor_id:
        end += 1
    head = doc[end]
    # the title opening the mention or before the name, past given names outside it ("Mr Tavish Brode")
    start = i
    while start > 0 and i - start < 3 and doc[start - 1].pos_ == "PROPN" and not _word_gender(doc[start - 1], lexicon):
        start -= 1
    near = [doc[i]] + ([doc[start - 1]] if start > 0 else []) + ([head.head] if head.dep_ == "appos" else [])
    near += [c for c in head.children if c.dep_ == "appos"]
    for t in near:
        gender = _word_gender(t, lexicon)
        if gender:
            return gender
    return _reported_pronoun(head.head if head.dep_ == "appos" else head)


def _word_gender(token: Token, lexicon: AttributionLexicon) -> str | None:
    word = token.lower_.rstrip(".")
    if word in lexicon.female_words:
        return "f"
    return "m" if word in lexicon.male_words else None


def _reported_pronoun(subject: Token) -> str | None:
    """"Ann Lee said she …": the gender of a he/she subject of a clause the subject's own verb reports."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return None
    for clause in (c for c in subject.head.children if c.dep_ in _REPORTED):
        said = [g for g in clause.children if g.dep_ in ("nsubj", "nsubjpass") and pronoun_gender(g)]
        if said:
            return pronoun_gender(said[0])
    return None


def resolve_person_pronoun(doc: Doc, pronoun: Token, actors: dict[int, str], lexicon: AttributionLexicon,
                           genders: dict[str, str] | None = None) -> str | None:
    """The actor id a he/she (or "I", gender-free) claimant stands for, or None when unsure (module docstring).

    A run of "she said … She added … she said" continues one person: with no candidate in its window, the
    pronoun takes what the nearest same pronoun before it (a subject, in its window) stands for, up to
    :data:`CHAIN` pronouns back."""
    genders = person_genders(doc, actors, lexicon) if genders is None else genders
    first = pronoun
    for _ in range(CHAIN):
        found = _person_in_window(doc, pronoun, actors, genders)
        if found is not None:
            return found
        pronoun = _previous_same_pronoun(doc, pronoun)
        if pronoun is None:
            break
    return _only_person(doc, first, actors, genders) or _paragraph_before(doc, first, actors, genders)


def _only_person(doc: Doc, pronoun: Token, actors: dict[int, str], genders: dict[str, str]) -> str | None:
    """The one person of compatible gender named in the pronoun's window, in any role ("Ann Lee's sudden
    decision … Although she had threatened it …"); None when there are none or several."""
    want = pronoun_gender(pronoun)
    found = {actors[t.i] for sent in _window(doc, pronoun) for t in doc[sent.start:min(sent.end, pronoun.i)]
             if t.i in actors and _is_person(t, actors[t.i])}
    found = {a for a in found if not (want and genders.get(a) and genders[a] != want)}
    return found.pop() if len(found) == 1 else None


def _paragraph_before(doc: Doc, pronoun: Token, actors: dict[int, str], genders: dict[str, str]) -> str | None:
    """The one person of compatible gender named in the paragraph before the pronoun's, when the pronoun's own
    paragraph names nobody before it (module docstring); None otherwise."""
    text = doc_text(doc)
    start = text.rfind("\n\n", 0, pronoun.idx)
    if start < 0:
        return None
    if any(t.i in actors and _is_person(t, actors[t.i]) for t in doc[:pronoun.i] if t.idx > start):
        return None
    before = text.rfind("\n\n", 0, start)
    want = pronoun_gender(pronoun)
    found = {actors[t.i] for t in doc[:pronoun.i] if before < t.idx < start and t.i in actors
             and _is_person(t, actors[t.i])}
    found = {a for a in found if not (want and genders.get(a) and genders[a] != want)}
    return found.pop() if len(found) == 1 else None


def _previous_same_pronoun(doc: Doc, pronoun: Token) -> Token | None:
    """The nearest "he"/"she" subject before ``pronoun`` (same word, case aside) within its window."""
    low = pronoun.lower_
    if low not in ("he", "she"):
        return None
    window = _window(doc, pronoun)
    for i in range(pronoun.i - 1, window[-1].start - 1, -1):
        if doc[i].lower_ == low and doc[i].dep_ in _SUBJECT_DEPS:
            return doc[i]
    return None


def _person_in_window(doc: Doc, pronoun: Token, actors: dict[int, str], genders: dict[str, str]) -> str | None:
    want = pronoun_gender(pronoun)
    sentences = _window(doc, pronoun)
    nearest_known = None
    for sent in sentences:
        end = min(sent.end, pronoun.i)
        people = [(t, actors[t.i]) for t in doc[sent.start:end] if t.i in actors and _is_person(t, actors[t.i])]
        # Subjects of the sentence's main clause first ("Ann Lee called for Bo Kay to be heard"), nearest first.
        people.sort(key=lambda p: (_main_subject(p[0]), p[0].i))
        for token, actor_id in reversed(people):
            gender = genders.get(actor_id)
            if want and gender and gender != want:
                continue
            if _salient(token):
                return actor_id
            if nearest_known is None and want and gender == want:
                nearest_known = actor_id
    return nearest_known


def _window(doc: Doc, pronoun: Token) -> list[Span]:
    """The pronoun's sentence and up to :data:`WINDOW` before it, nearest first, stopping at a blank line; sentences
    wholly inside quotation marks (a speaker's own words, "Where are they? Nothing.”") do not count towards the
    window, so "He said: “A. B. C. D.” … he said" still reaches the name before the quotation."""
    sents = list(doc.sents)
    at = next(k for k, s in enumerate(sents) if s.start <= pronoun.i < s.end)
    out = [sents[at]]
    text = doc_text(doc)
    regions = _doc_quotes(doc, text)
    counted, k = 0, at - 1
    while k >= 0 and counted < WINDOW:
        if "\n\n" in text[sents[k].start_char:sents[k + 1].start_char]:
            break
        out.append(sents[k])
        counted += not _quoted(sents[k], regions)
        k -= 1
    return out


_QUOTES_KEY = "cablegram.claims_quote_regions"


def _doc_quotes(doc: Doc, text: str) -> list[tuple[int, int]]:
    """:func:`quote_regions` of the doc's text, found once per doc (kept in ``doc.user_data`` with the token count)."""
    hit = doc.user_data.get(_QUOTES_KEY)
    if hit is not None and hit[0] == len(doc):
        return hit[1]
    regions = quote_regions(text)
    doc.user_data[_QUOTES_KEY] = (len(doc), regions)
    return regions


def _quoted(sent: Span, regions: list[tuple[int, int]]) -> bool:
    """Whether the sentence lies inside one quotation, its marks aside."""
    text = span_text(sent)  # Span.text joins the tokens on each access
    inner = text.strip().strip("“”\"‘’'").strip()
    if not inner:
        return False
    start = sent.start_char + text.find(inner)
    return any(a <= start and start + len(inner) <= b for a, b in regions)


def _main_subject(token: Token) -> bool:
    """Whether the mention is (part of) the subject of its sentence's root verb or of a verb joined to it."""
    t = _naming_head(token)
    verb = t.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return t.dep_ in _SUBJECT_DEPS and verb.dep_ == "ROOT"


def _naming_head(token: Token) -> Token:
    t = token
    while t.dep_ in ("compound", "flat") and t.head.i != t.i:
        t = t.head
    return t.head if t.dep_ == "appos" else t


def _salient(token: Token) -> bool:
    """A person mention that is a clause's subject or a passive's agent, directly or through apposition or
    a compound name ("Ann Lee said", "the minister, Ann Lee, said", "was confirmed by Ann Lee")."""
    t = _naming_head(token)
    if t.dep_ == "pobj" and t.head.dep_ == "agent":
        return True
    return t.dep_ in _SUBJECT_DEPS


_NON_PERSON = frozenset({"it", "they"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def resolve_group_pronoun(doc: Doc, pronoun: Token, actors: dict[int, str]) -> str | None:
    """The actor id (ids joined by "; " for "they" naming several) an "it"/"they" claimant stands for, or None.

    Candidates are actor mentions that are a clause's subject (:func:`_salient`) in the pronoun's sentence
    before it and up to :data:`WINDOW` sentences before, within the paragraph. "it" takes a state or
    organisation (never a person); "they" a plural subject: a plural noun naming an actor or a
    coordination of actors ("Ann Lee and Bo Kay"). The nearest sentence with a candidate decides; two
    different candidates there leave the pronoun unresolved. A single candidate that names no actor gives
    its own words ("Bo Kay's parents are awaiting trial. They have denied …" → "Bo Kay's parents")."""
    low = pronoun.lower_
    if low not in _NON_PERSON:
        return None
    for sent in _window(doc, pronoun):
        found = _group_candidates(doc, sent, min(sent.end, pronoun.i), actors, low == "they")
        if len(found) == 1 and found[0] != "?":
            return found[0]
        if found:
            return None
    return None


def _group_candidates(doc: Doc, sent: Span, end: int, actors: dict[int, str], plural: bool) -> list[str]:
    """Distinct antecedents that fit the pronoun in ``doc[sent.start:end]``; a fitting noun phrase that names
    no actor gives its words ("they") or, for "it", its words when it names an organisation (a proper
    name or an ORG entity) and "?" otherwise (a fitting subject that is no speaker makes any other
    candidate uncertain). "they": any plural noun or coordination of actors; "it": a singular subject
    that is no person."""
    found: list[str] = []
    told = _outside_reported_clauses(doc[sent.start:end]) if plural else None
    for tok in doc[sent.start:end]:
        if not _may_refer(tok, told) or (plural and _describes_another(tok)):
            continue
        ids = _subject_actors(tok, actors)
        if plural:
            ok = len(ids) > 1 or tok.tag_ in _PLURAL_TAGS
            value = "; ".join(ids) if ids else _words(tok)
        else:
            ok = tok.dep_ in _SUBJECT_DEPS and tok.tag_ not in _PLURAL_TAGS and len(ids) <= 1 \
                and not (ids and _is_person(tok, ids[0])) and not (not ids and tok.ent_type_ == "PERSON")
            value = ids[0] if ids else _words(tok) if tok.pos_ == "PROPN" or tok.ent_type_ == "ORG" else "?"
        if ok and value not in found:
            found.append(value)
    return found


def group_pronoun_referent(doc: Doc, pronoun: Token, actors: dict[int, str]) -> Token | None:
    """The head noun a "they" claimant refers to when it names no actor: the one plural noun that fits in the
    nearest sentence of the window with any fitting noun (the rules of :func:`resolve_group_pronoun`; "Experts
    warned that the dam could fail. They said …" → "Experts"); None when the pronoun is not "they", when two
    candidates fit there, or when the candidate names actors."""
    if pronoun.lower_ != "they":
        return None
    for sent in _window(doc, pronoun):
        told = _outside_reported_clauses(doc[sent.start:min(sent.end, pronoun.i)])
        fitting = [tok for tok in doc[sent.start:min(sent.end, pronoun.i)]
                   if tok.lower_ not in _NON_PERSON and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("compound", "conj")
                   and (len(_subject_actors(tok, actors)) > 1 or tok.tag_ in _PLURAL_TAGS)
                   and (told is None or tok.i in told) and not _describes_another(tok)]
        if fitting:
            head = fitting[0]
            return head if len(fitting) == 1 and not _subject_actors(head, actors) else None
    return None


_REPORTED = frozenset({"ccomp"})


def _may_refer(tok: Token, told: set[int] | None) -> bool:
    """Whether a word may be what "it"/"they" refers to: a noun, not a pronoun of the kind, no compound or conjunct,
    and outside what a verb reports when ``told`` (:func:`_outside_reported_clauses`) lists any noun."""
    if tok.lower_ in _NON_PERSON or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "conj"):
        return False
    return told is None or tok.i in told


def _describes_another(tok: Token) -> bool:
    """Whether a plural noun only describes another plural noun or what it has, so a "they" does not refer to it:
    the object of a preposition after a plural noun ("Economists at three banks": the banks say which economists)
    or a noun after "their" ("raised their forecasts": the forecasts belong to the "their" already referring back)."""
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.tag_ in _PLURAL_TAGS:
        return True
    return any(c.dep_ == "poss" and c.lower_ == "their" for c in tok.children)


def _in_reported_clause(tok: Token) -> bool:
    """Whether a word lies inside what a verb reports ("Analysts warned that prices could rise": "prices")."""
    return any(a.dep_ in _REPORTED for a in (tok, *tok.ancestors))


def _outside_reported_clauses(span: Span) -> set[int] | None:
    """The plural nouns of ``span`` outside every reported clause, when there is one (a "they" that
    claims something refers back to a speaker, "Energy analysts warned that prices could rise. They said …" →
    "analysts", not "prices"); None when none does (every plural noun stays a candidate)."""
    outside = {t.i for t in span if t.pos_ in ("NOUN", "PROPN") and t.tag_ in _PLURAL_TAGS and not _in_reported_clause(t)}
    return outside or None


def it_referent(doc: Doc, pronoun: Token, actors: dict[int, str]) -> Token | None:
    """The head noun an "it" claimant refers to: the one singular subject that is no person in the nearest sentence
    of the window with any (the rules of :func:`resolve_group_pronoun`; "The Harbour Ledger published the files.
    It reported …" → "Ledger"); None when the pronoun is not "it" or two subjects fit there."""
    if pronoun.lower_ != "it":
        return None
    for sent in _window(doc, pronoun):
        fitting = [tok for tok in doc[sent.start:min(sent.end, pronoun.i)] if _fits_it(tok, actors)]
        if fitting:
            return fitting[0] if len(fitting) == 1 else None
    return None


def _fits_it(tok: Token, actors: dict[int, str]) -> bool:
    """Whether a word can be what "it" refers to: a singular noun subject that names no person (:func:`_group_candidates`)."""
    if tok.lower_ in _NON_PERSON or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "conj"):
        return False
    ids = _subject_actors(tok, actors)
    return tok.dep_ in _SUBJECT_DEPS and tok.tag_ not in _PLURAL_TAGS and len(ids) <= 1 \
        and not (ids and _is_person(tok, ids[0])) and not (not ids and tok.ent_type_ == "PERSON")


def _subject_actors(subject: Token, actors: dict[int, str]) -> list[str]:
    """Actor ids named by a subject: its head's (or its compound name's) mention, and those of its conjuncts."""
    ids: list[str] = []
    for head in (subject, *subject.conjuncts):
        aid = actors.get(head.i) or next((actors[c.i] for c in head.children if c.dep_ == "compound" and c.i in actors), None)
        if aid and aid not in ids:
            ids.append(aid)
    return ids


def _words(head: Token) -> str:
    """The noun phrase of ``head`` up to the head itself, without relative or prepositional tails."""
    doc = head.doc
    return doc[head.left_edge.i:head.i + 1].text


def continue_quoted_speaker(claims: list, doc: Doc, actors: dict[int, str], lexicon: AttributionLexicon) -> None:
    """Give an unresolved "he"/"she" claimant the person who spoke the quotation just before it.

    ``claims``: the doc's claims in sentence order (:class:`~cablegram.records.Claim`, changed in place).
    A claim whose claimant text is "he"/"she" with no claimant, right after a sentence whose claim is a
    direct quotation of a person (an actor id of a person), takes that person unless the text gives them
    the other gender ("Ms Ann Lee said: “… .” The force would help, she said." → Ann Lee)."""
    genders = None
    by_index = {c.sentence_index: c for c in claims}
    for claim in claims:
        word = (claim.claimant_text or "").lower()
        if claim.claimant or word not in ("he", "she"):
            continue
        before = by_index.get(claim.sentence_index - 1)
        if before is None or before.quote != "direct" or not before.claimant \
                or not before.claimant.startswith(("person:", "PER.")):
            continue
        genders = person_genders(doc, actors, lexicon) if genders is None else genders
        if genders.get(before.claimant, _PRONOUN_GENDER[word]) == _PRONOUN_GENDER[word]:
            claim.claimant = before.claimant
