"""Record pages cut a sentence into highlighted spans: document offsets, text fallbacks, overlaps."""

from __future__ import annotations

from cablegram.web.records import sentence_parts

SENTENCE = "The envoy said the border would reopen on Monday."


def test_document_offsets_are_shifted_to_the_sentence():
    parts = sentence_parts(SENTENCE, 100, {"claimant": [104, 109], "cue": [110, 114]}, [])
    assert [(t, label) for t, label in parts if label] == [("envoy", "claimant"), ("said", "cue")]
    assert "".join(t for t, _ in parts) == SENTENCE


def test_text_fallback_when_a_span_is_missing_and_bad_spans_are_ignored():
    parts = sentence_parts(SENTENCE, 0, {"trigger": [0, 500], "source": "x"}, [("trigger", "reopen"), ("place", None)])
    assert [(t, label) for t, label in parts if label] == [("reopen", "trigger")]


def test_shorter_span_wins_an_overlap():
    content = [SENTENCE.index("the border"), len(SENTENCE) - 1]
    cue = [SENTENCE.index("said"), SENTENCE.index("said") + 4]
    inner = [SENTENCE.index("border"), SENTENCE.index("border") + 6]
    parts = sentence_parts(SENTENCE, 0, {"content": content, "cue": cue, "place": inner}, [])
    labelled = [(t, label) for t, label in parts if label]
    assert ("said", "cue") in labelled and ("border", "place") in labelled
    assert all(label != "content" for _, label in labelled)
    assert "".join(t for t, _ in parts) == SENTENCE
