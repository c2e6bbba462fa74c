"""Non-English documents are flagged by the language component and not coded by the others."""

from cablegram.records import Document


def test_non_english_document_is_flagged_not_coded(nlp):
    from cablegram.nlp.pipeline import Pipeline

    text = ("Le ministre des Affaires étrangères a rencontré son homologue à Paris mardi. "
            "Les deux ministres ont discuté de l'aide humanitaire et ont promis cinquante millions d'euros.")
    analysis = Pipeline(nlp).analyse(Document(text=text, published_at="2024-05-07"))
    assert analysis.language == "fr"
    assert analysis.events == [] and analysis.claims == [] and analysis.commitments == [] and analysis.mentions == []


def test_english_document_is_coded(nlp):
    from cablegram.nlp.pipeline import Pipeline

    text = "The foreign minister of Norway met his Swedish counterpart in Oslo on Tuesday, the ministry said."
    analysis = Pipeline(nlp).analyse(Document(text=text, published_at="2024-05-07"))
    assert analysis.language == "en"
    assert analysis.mentions and analysis.claims and analysis.events
