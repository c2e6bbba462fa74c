"""Source finding for misparsed subjects (fictional sentences; parse via the shared ``nlp`` fixture)."""

from __future__ import annotations

import cablegram.nlp.claims as claims


def _finder():
    return claims.AttributionFinder(cue_model=None)


def test_inverted_speaker_after_quote(nlp):
    doc = nlp("“We will keep the northern crossing open for trade,” said Arvel Dansk.")
    verb = next(t for t in doc if t.lower_ == "said")
    source = claims._fallback_source(verb, claims.quote_regions(doc.text))
    assert source is not None and source.text == "Arvel Dansk"


def test_nearest_unquoted_subject_on_the_left(nlp):
    doc = nlp("Minister Ilse Varr toured the harbour on Monday and later predicted that exports would recover.")
    verb = next(t for t in doc if t.lower_ == "predicted")
    source = claims._fallback_source(verb, claims.quote_regions(doc.text))
    assert source is not None and "Varr" in source.text


def test_heading_line_is_cut_from_the_source(nlp):
    doc = nlp("LIVE UPDATES 9:05PM\nVarr Says The Count Will Finish Today\nIlse Varr said on Monday that the count would finish today.")
    said = [a for a in _finder().find(doc) if a.cue.text == "said"]
    assert said and said[0].source is not None
    assert said[0].source.text == "Ilse Varr"  # not "Today\nIlse Varr"


def test_words_between_quote_and_verb(nlp):
    doc = nlp("“The harbour will reopen next week, and the ferries will run again,” the deputy minister said.")
    verb = next(t for t in doc if t.lower_ == "said")
    source = claims._after_quote(verb, claims.quote_regions(doc.text))
    assert source is not None and source.text == "the deputy minister"


def test_no_fallback_source_without_a_candidate(nlp):
    doc = nlp("“Nothing has changed,” said.")
    verb = next(t for t in doc if t.lower_ == "said")
    assert claims._after_quote(verb, claims.quote_regions(doc.text)) is None


def test_hedging_verb_keeps_its_cue_without_a_source(nlp):
    doc = nlp("The new governor seems to favour a quick vote on the budget, and Ilse Varr said she would oppose it.")
    found = _finder().find(doc)
    seems = [a for a in found if a.cue.root.lower_ == "seems"]
    said = [a for a in found if a.cue.root.lower_ == "said"]
    assert seems and all(a.source is None for a in seems)  # the writer hedges about the governor, who says nothing
    assert said and said[0].source is not None and said[0].source.text == "Ilse Varr"
