"""Component config ``lexicon_extra`` reaches the actors and claims components through spaCy's factories
(the words a user adds change what the pipeline finds)."""

import pytest

from cablegram.nlp.pipeline import build_nlp

COMPONENTS = ("cablegram_sentences", "cablegram_language", "cablegram_actors", "cablegram_claims")


def _build(config=None):
    return build_nlp(components=COMPONENTS, config=config)


def test_defaults_are_empty_extensions():
    nlp = _build()
    assert nlp.config["components"]["cablegram_actors"]["lexicon_extra"] == {}
    assert nlp.config["components"]["cablegram_claims"]["lexicon_extra"] == {}


def test_actors_lexicon_extra_removes_a_non_actor():
    text = "Velmira Tosk said the ceasefire talks had collapsed overnight."
    plain = _build()(text)
    assert [m.text for m in plain._.cg_mentions] == ["Velmira Tosk"]
    extended = _build({"cablegram_actors": {"lexicon_extra": {"not_actors": {"other": ["Velmira Tosk"]}}}})(text)
    assert extended._.cg_mentions == []


@pytest.mark.parametrize("extra, cue", [({}, None), ({"verbs": {"speech": ["grumble"]}}, "grumbled")])
def test_claims_lexicon_extra_adds_a_speech_verb(extra, cue):
    nlp = _build({"cablegram_claims": {"cue_model": "", "span_model": "", "lexicon_extra": extra}})  # lexicon rules only
    claims = nlp("Velmira Tosk grumbled that the ceasefire talks had collapsed overnight.")._.cg_claims
    assert [c.cue for c in claims] == [cue]
