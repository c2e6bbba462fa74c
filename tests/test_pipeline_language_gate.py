"""Non-English documents are flagged by the language component and not coded by the English components."""

import pytest
from test_language_detect import SENTENCES

from cablegram.records import Document


@pytest.mark.parametrize("lang", ["fr", "pl", "tr", "ro", "ru"])
def test_non_english_document_is_flagged_not_coded(nlp, lang):
    from cablegram.nlp.pipeline import Pipeline

    # Two sentences: the test sentence, then the same again, so the document is article-like.
    text = SENTENCES[lang] + " " + SENTENCES[lang]
    analysis = Pipeline(nlp).analyse(Document(text=text, published_at="2024-05-07"))
    assert analysis.language == lang
    assert analysis.events == [] and analysis.claims == [] and analysis.commitments == [] and analysis.mentions == []


def test_misdecoded_cyrillic_is_not_coded(nlp):
    from cablegram.nlp.pipeline import Pipeline

    text = SENTENCES["ru"].encode("cp1251").decode("cp1252")
    analysis = Pipeline(nlp).analyse(Document(text=text, published_at="2024-05-07"))
    assert analysis.language == "und"
    assert analysis.events == [] and analysis.claims == [] and analysis.mentions == []


def test_english_document_is_coded(nlp):
    from cablegram.nlp.pipeline import Pipeline

    text = "The foreign minister of Norway met his Swedish counterpart in Oslo on Tuesday, the ministry said."
    analysis = Pipeline(nlp).analyse(Document(text=text, published_at="2024-05-07"))
    assert analysis.language == "en"
    assert analysis.mentions and analysis.claims and analysis.events
