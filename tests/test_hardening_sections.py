"""Long documents are analysed in sections with bounded memory; the merged analysis keeps whole-document
offsets and sentence order, as for a short document."""

from __future__ import annotations

import pytest

from cablegram.nlp.pipeline import Pipeline
from cablegram.nlp.sections import SECTION_CHARS, analyse_in_sections, split_sections
from cablegram.records import Document

PARAGRAPH = ("Foreign Minister Ida Marten of Freedonia met the Sylvanian envoy in Port Verde on Tuesday. "
             "Freedonia pledged $40 million in humanitarian aid to Sylvania, the ministry said. "
             "The two delegations agreed to reopen three border crossings by the end of the month.")


@pytest.mark.parametrize("text,limit", [
    ("word " * 10_000, 1000), ("x" * 25_000, 4000), ((PARAGRAPH + "\n\n") * 60, 2000), ("short", 100), ("", 10),
    (("line of text\n" * 400) + "tail", 777),
])
def test_sections_cover_the_text_in_order_within_the_limit(text, limit):
    ranges = split_sections(text, limit)
    assert ranges[0][0] == 0 and ranges[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(ranges, ranges[1:]))
    assert all(0 < end - start <= limit for start, end in ranges) or text == ""


def test_sections_prefer_paragraph_breaks_then_spaces():
    text = (PARAGRAPH + "\n\n") * 20
    for start, end in split_sections(text, 2000)[:-1]:
        assert text[:end].endswith("\n\n")
    for start, end in split_sections("alpha beta " * 500, 1000)[:-1]:
        assert text and ("alpha beta " * 500)[end - 1] == " "


@pytest.fixture(scope="module")
def pipeline(nlp):
    return Pipeline(nlp)


def test_merged_analysis_has_whole_document_offsets(pipeline):
    text = "\n\n".join(PARAGRAPH.replace("Tuesday", day) for day in ("Monday", "Tuesday", "Friday", "Sunday") * 3)
    doc = Document(text=text, title="long readout", published_at="2024-03-05")
    whole = pipeline.analyse(doc)
    sectioned = analyse_in_sections(pipeline.nlp, doc, max_chars=700)
    assert len(split_sections(text, 700)) > 3
    assert sectioned.doc_id == doc.id
    starts = [s for s, _ in sectioned.sentences]
    assert starts == sorted(starts) and sectioned.sentences[-1][1] <= len(text)
    for m in sectioned.mentions:
        assert text[m.start:m.end] == m.text
        assert sectioned.sentences[m.sentence_index][0] <= m.start < sectioned.sentences[m.sentence_index][1]
    for e in sectioned.events:
        for start, end in e.spans.values():
            assert 0 <= start < end <= len(text)
        assert text[slice(*e.spans["trigger"])] in e.sentence if "trigger" in e.spans else True
    # Sentence-level findings are the same as analysing the whole text at once (paragraphs do not interact).
    assert sorted((e.sentence_index, e.type) for e in sectioned.events) == sorted((e.sentence_index, e.type)
                                                                                  for e in whole.events)
    assert len({e.id for e in sectioned.events}) == len(sectioned.events)


def test_pipeline_sections_documents_above_the_limit(pipeline):
    text = ((PARAGRAPH + "\n\n") * (SECTION_CHARS // len(PARAGRAPH) + 3)).strip()
    assert len(text) > SECTION_CHARS
    analysis = pipeline.analyse(Document(text=text, title="very long"))
    assert analysis.sentences[-1][1] <= len(text) and analysis.sentences[-1][0] > SECTION_CHARS
    assert all(text[m.start:m.end] == m.text for m in analysis.mentions)
