"""The learned added-vs-source check of provenance tracing (provenance/sentence_model.py) on sentences of our
own (invented countries and people): what it changes against the rules alone, what it never changes, and its
model file."""

from __future__ import annotations

from dataclasses import replace

import pytest

from cablegram.errors import PipelineError
from cablegram.provenance.align import AlignParams
from cablegram.provenance.sentence_model import Candidates, load_added_model, sentence_features
from cablegram.provenance.trace import trace
from cablegram.records import Document

READOUT = ("Foreign Minister Halvard Brekke spoke today with Ostrian Foreign Minister Ilona Varga. "
           "The two ministers discussed the reopening of the northern border crossings to freight traffic. "
           "Minister Brekke reaffirmed Norland's support for Ostria's bid to join the regional customs union. "
           "They agreed to hold a meeting of their trade delegations in the coming weeks.")
ARTICLE = ("Halvard Brekke held a telephone conversation with his Ostrian counterpart, Ilona Varga. "
           "The ministers talked about reopening the northern border crossings for freight. "
           "Analysts in the capital believe the customs bid could take years to complete. "
           "Brekke repeated that Norland backs Ostria's wish to join the regional customs union.")


def _labels(embedder, params=None) -> list[str]:
    primary = Document(text=READOUT, publisher="Norland Ministry of Foreign Affairs", is_primary=True)
    return [s.label for s in trace(Document(text=ARTICLE), [primary], embedder=embedder, params=params).sentences]


def test_reworded_call_opening_is_traced_to_the_readout(minilm):
    rules_only = _labels(minilm, replace(AlignParams(), learned_added=False))
    learned = _labels(minilm)
    # "held a telephone conversation with his counterpart" reports the readout's "spoke with": the rules set
    # encounter words aside in their predicate check, and the learned check keeps what they trace; what the
    # rules get right stays: a paraphrase, the analysts' speculation, a reworded reaffirmation
    assert learned == rules_only == ["supported", "supported", "added", "supported"]


def test_learned_check_traces_a_short_report_of_one_clause(minilm):
    # one clause of a long three-clause readout sentence, shortened: the rules' score falls short, the check
    # traces it to that sentence
    readout = ("Foreign Minister Halvard Brekke spoke today with Ostrian Foreign Minister Ilona Varga. "
               "Minister Brekke emphasized Norland's commitment to a negotiated settlement of the river dispute, condemned "
               "the recent attacks on grain barges in the Kell delta, and urged all parties to refrain from steps that "
               "would inflame tensions ahead of the harvest season. "
               "The two ministers discussed the reopening of the northern border crossings to freight traffic.")
    primary = Document(text=readout, publisher="Norland Ministry of Foreign Affairs", is_primary=True)
    article = Document(text="Brekke noted the commitment to a negotiated settlement.")
    rules_only = trace(article, [primary], embedder=minilm, params=replace(AlignParams(), learned_added=False)).sentences[0]
    learned = trace(article, [primary], embedder=minilm).sentences[0]
    assert rules_only.label == "added"
    assert learned.label in ("supported", "altered") and learned.evidence


def test_features_describe_agreement_with_the_source():
    cands = Candidates(("Minister Brekke reaffirmed Norland's support for Ostria's bid.",), (0.82,), 2,
                       "Foreign Minister Halvard Brekke spoke today with Ostrian Foreign Minister Ilona Varga.")
    same = sentence_features("Brekke reaffirmed support for Ostria's bid.", cands, "supported")
    other = sentence_features("Kestrel Mining said Dravia bought 40 drones.", cands, "added", from_elsewhere=True)
    assert same["rule=supported"] == 1.0 and same["names:share_in_source"] == 1.0 and same["cov1"] > 0.8
    assert other["rule=added"] == 1.0 and other["names:missing>=2"] == 1.0 and other["elsewhere"] == 1.0
    assert other["numbers:none_in_source"] == 1.0 and other["cov1"] < 0.3


def test_shipped_model_and_missing_model():
    model = load_added_model()
    assert model.labels == ["added", "source"] and model.meta["embedder"] == "minilm-int8-onnx"
    with pytest.raises(PipelineError) as err:
        load_added_model("no_such_provenance_model.json")
    assert "train_provenance_added" in err.value.hint


def test_checks_given_to_trace_replace_the_shipped_model(minilm):
    from cablegram.provenance.sentence_model import Checks
    from cablegram.provenance.training import aligned_pair, fit_checks

    primary = Document(text=READOUT, publisher="Norland Ministry of Foreign Affairs", is_primary=True)
    without = [s.label for s in trace(Document(text=ARTICLE), [primary], embedder=minilm, checks=Checks(added=None)).sentences]
    assert without == _labels(minilm, replace(AlignParams(), learned_added=False))
    # a check fitted on one labelled record of our own (the layout of ../shared/data/provenance/pairs.jsonl)
    gold = ["supported", "supported", "added", "supported"]
    record = {"id": "norland-ostria", "primary": {"text": READOUT, "date": None}, "derivative": {"text": ARTICLE, "date": None},
              "derivative_sentences": [{"i": i, "label": lab} for i, lab in enumerate(gold)]}
    pair = aligned_pair("own-words", record, minilm)
    assert [m.label for m in pair.matches] == without
    fitted = fit_checks([pair]).added
    assert sorted(fitted.labels) == ["added", "source"] and fitted.meta["trained_on"] == ["own-words"]
    report = trace(Document(text=ARTICLE), [primary], embedder=minilm, checks=Checks(added=fitted))
    assert [s.label for s in report.sentences] == gold
    # a record whose article splits differently from its labels cannot be scored sentence by sentence
    assert aligned_pair("own-words", {**record, "derivative_sentences": record["derivative_sentences"][:3]}, minilm) is None
