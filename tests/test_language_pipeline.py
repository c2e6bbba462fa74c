"""Non-English documents through the full pipeline (build_nlp() via the `nlp` fixture): no events are coded."""

from __future__ import annotations

import pytest

from cablegram.records import Document


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le ministre de la Défense a annoncé que les troupes du pays ont attaqué la ville et arrêté des journalistes."),
    ("de", "Die Regierung hat gestern Sanktionen gegen das Nachbarland verhängt und den Botschafter ausgewiesen."),
    ("es", "El gobierno anunció que enviará ayuda humanitaria a la región y condenó el ataque contra la embajada."),
    ("ru", "Министр обороны заявил, что войска атаковали город и задержали журналистов."),
])
def test_non_english_documents_get_no_events(nlp, lang, text):
    from cablegram.nlp.pipeline import Pipeline

    analysis = Pipeline(nlp).analyse(Document(id=f"doc_{lang}", text=text, published_at="2025-06-11"))
    assert analysis.language == lang
    assert analysis.events == []


def test_english_document_in_the_same_pipeline_gets_events(nlp):
    from cablegram.nlp.pipeline import Pipeline

    text = "Ostrelian troops shelled the port of Amsel on Tuesday, and the Dunmarkian army withdrew from the coast."
    analysis = Pipeline(nlp).analyse(Document(id="doc_en", text=text, published_at="2025-06-11"))
    assert analysis.language == "en"
    assert {e.type for e in analysis.events} & {"ASSAULT", "RETREAT"}
