"""cablegram.nlp.chunks: a sentence's noun chunks without walking the whole Doc, identical to spaCy's."""

from __future__ import annotations

import json

import pytest

from cablegram.nlp.chunks import sentence_noun_chunks

# Our own sentences: conjoined and nested phrases, a headline line, a quote.
TEXT = ("Border guards and two customs officers stopped a lorry near the crossing.\n"
        "Talks resume\n"
        "The foreign minister of Lithuania, who met her Latvian counterpart on Monday, said the new rules "
        "on transit would apply to trucks, buses and private cars alike. \"We will not wait,\" she said.")


def _triples(chunks):
    return [(c.start, c.end, c.label_) for c in chunks]


def test_same_chunks_as_spacy_sentence_by_sentence(nlp):
    doc = nlp(TEXT)
    sents = list(doc.sents)
    assert len(sents) >= 4
    for sent in sents:
        assert _triples(sentence_noun_chunks(sent)) == _triples(sent.noun_chunks)
    assert sum(len(sentence_noun_chunks(s)) for s in sents) == len(list(doc.noun_chunks))


def test_same_chunks_on_real_articles(nlp, shared_data):
    files = sorted((shared_data / "ngec_guardian").glob("*.jsonl"))
    if not files:
        pytest.skip(f"no ngec_guardian articles under {shared_data}")
    texts = [json.loads(line)["text"] for line in files[0].open(encoding="utf-8") if line.strip()][:5]
    compared = 0
    for doc in nlp.pipe(texts):
        for sent in doc.sents:
            assert _triples(sentence_noun_chunks(sent)) == _triples(sent.noun_chunks), sent.text
            compared += 1
    assert compared > 50


def test_unparsed_doc_is_refused_as_spacy_does(nlp):
    doc = nlp.make_doc("Officials met in Riga.")
    with pytest.raises(ValueError):
        sentence_noun_chunks(doc[0:len(doc)])
