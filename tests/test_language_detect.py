"""Cheap language detection."""

from cablegram.nlp.language import detect_language


def test_languages():
    assert detect_language("The minister said the talks would resume in the spring.") == "en"
    assert detect_language("Le ministre a déclaré que les négociations reprendront au printemps.") == "fr"
    assert detect_language("Der Minister sagte, dass die Gespräche im Frühjahr wieder aufgenommen werden.") == "de"
    assert detect_language("El ministro dijo que las negociaciones se reanudarán en la primavera.") == "es"
    assert detect_language("Министр заявил, что переговоры возобновятся весной.") == "ru"
    assert detect_language("Міністр заявив, що переговори відновляться навесні.") == "uk"


def test_degenerate_inputs():
    assert detect_language("") == "und"
    assert detect_language("12345 !!!") == "und"
    # One word gives no evidence: English is kept so that no English data are dropped.
    assert detect_language("Sanctions") == "en"
