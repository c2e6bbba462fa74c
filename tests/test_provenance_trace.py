"""Sentence splitting, alignment and tracing on the seed readout/rewrite pair and on edge cases."""

from __future__ import annotations

import json
import time

import pytest

from cablegram.errors import InputError
from cablegram.provenance.attribution import pattern_attribution
from cablegram.provenance.differences import differences
from cablegram.provenance.embeddings import load_embedder
from cablegram.provenance.sentences import split_sentences
from cablegram.provenance.trace import trace
from cablegram.records import Document


@pytest.fixture(scope="module")
def embedder():
    return load_embedder("auto")


@pytest.fixture(scope="module")
def seed(shared_data):
    rec = json.loads((shared_data / "provenance" / "pairs.jsonl").read_text(encoding="utf-8").splitlines()[0])
    p, d = rec["primary"], rec["derivative"]
    primary = Document(text=p["text"], title=p["title"], publisher=p["publisher"], url=p["url"], published_at=p["date"], is_primary=True)
    article = Document(text=d["text"], publisher=d["publisher"], url=d["url"])
    return rec, primary, article


def test_splitter_matches_dataset_rules(seed):
    rec, primary, article = seed
    assert [s.text for s in split_sentences(primary.text)] == rec["primary_sentences"]
    got = split_sentences(article.text)
    assert [s.text for s in got] == [x["text"] for x in rec["derivative_sentences"]]
    assert all(article.text[s.start:s.end] == s.text for s in got)


def test_splitter_rules_on_own_text():
    text = ('Gov. Ana Ruiz met Dr. Olek K. Varn in the U.S. capital on Feb. 3. "We agreed," she said. '
            'Talks ended (see below). it went on.\n\nA second line!')
    assert [s.text for s in split_sentences(text)] == [
        "Gov. Ana Ruiz met Dr. Olek K. Varn in the U.S. capital on Feb. 3.",
        '"We agreed," she said.',
        "Talks ended (see below). it went on.",
        "A second line!",
    ]


def test_seed_pair(seed, embedder):
    rec, primary, article = seed
    report = trace(article, [primary], embedder=embedder)
    labels = [s.label for s in report.sentences]
    gold = rec["derivative_sentences"]
    # Each of the three readout statements is found as evidence of some supported sentence.
    cited = {e["sentence_index"] for s in report.sentences if s.label == "supported" for e in s.evidence}
    assert cited == {0, 1, 2}
    for g, s in zip(gold, report.sentences):
        if g["attribution"] in ("analysts", "anonymous"):  # "Analysts have noted…", the artillery plan, "Sources close…"
            assert s.label == "added", s.text
            assert s.attribution == g["attribution"], s.text
    agree = sum(g["label"] == lab for g, lab in zip(gold, labels)) / len(gold)
    assert agree >= 0.8
    assert report.summary["attribution"].startswith("attributed to the Department of State;")
    assert "have no support in the cited readout" in report.summary["attribution"]
    variants = {(v["article"], v["source"]) for v in report.name_variants}
    assert {("Anthony", "Antony"), ("Dmitry", "Dmytro")} <= variants
    aligns = report.alignments()
    assert len(aligns) == len(gold) and aligns[0].evidence[0].doc_id == primary.id


def test_lexical_fallback_is_reported(seed):
    rec, primary, article = seed
    report = trace(article, [primary], embedder=load_embedder("lexical"))
    assert report.embedder == "lexical"
    assert any("lexical fallback" in n for n in report.notes)
    assert report.sentences[0].label == "supported"
    assert report.summary["added"] >= 4


def test_differences_name_what_changed():
    src = ["The ministry said it will send 40 trucks of flour to Norland in March."]
    d = differences("The ministry sent 400 trucks of flour to Norland in June.", src)
    kinds = {x.split(":")[0] for x in d}
    assert {"number", "date", "modality"} <= kinds
    d = differences('The ministry called the convoy "a lifeline for the whole valley".', src)
    assert any(x.startswith("quote:") for x in d)
    assert differences("The ministry said it will send 40 trucks of flour to Norland in March.", src) == []


def test_altered_sentence_detected(embedder):
    primary = Document(text="Foreign Minister Ilse Varga of Norland said her government will send 40 field hospitals to Ostria next month. "
                            "She met the Ostrian envoy in Kell on Tuesday.", publisher="Ministry of Foreign Affairs of Norland")
    article = Document(text="Norland has sent 400 field hospitals to Ostria, Foreign Minister Ilse Varga said. "
                            "Critics in Kell say the aid comes too late.")
    report = trace(article, [primary], embedder=embedder)
    assert report.sentences[0].label == "altered"
    assert any(d.startswith("number") for d in report.sentences[0].differences)
    assert report.sentences[1].label == "added"


@pytest.mark.parametrize("text,kind", [
    ("Analysts expect the talks to stall.", "analysts"),
    ("Sources familiar with the plan say the convoy left at dawn.", "anonymous"),
    ("According to the Norland Ministry of Defence, two depots were hit.", "organisation"),
    ("Ilse Varga said the border would reopen.", "named"),
    ("The border reopened at noon.", "none"),
    # speech verbs from the attribution lexicon, not only "said"
    ("Rights groups have accused the Kell border police of turning trucks away.", "organisation"),
    ("Pell Dorn thanked the harbour staff, calling the reopening a relief.", "named"),
    ("Officials highlighted the need for more grain trucks.", "anonymous"),
])
def test_pattern_attribution(text, kind):
    assert pattern_attribution(text) == kind


def test_bad_inputs(embedder):
    art = Document(text="The envoy of Norland arrived in Kell on Monday for talks on grain exports with the Ostrian cabinet.")
    with pytest.raises(InputError, match="no primary source"):
        trace(art, [], embedder=embedder)
    with pytest.raises(InputError, match="every source is empty"):
        trace(art, [Document(text="   ")], embedder=embedder)
    with pytest.raises(InputError, match="article is empty"):
        trace(Document(text=""), [art], embedder=embedder)
    german = Document(text="Der Gesandte von Norland ist am Montag in Kell eingetroffen, um mit der Regierung über die Ausfuhr von Getreide zu sprechen.")
    crossed = trace(art, [german], embedder=embedder)  # another language: traced with the multilingual model
    assert crossed.summary["cross_lingual"] and crossed.embedder.startswith("e5")
    assert crossed.sentences[0].label == "supported"
    same = trace(art, [art], embedder=embedder)
    assert [s.label for s in same.sentences] == ["supported"] and "identical" in " ".join(same.notes)
    long_src = Document(text=art.text + " " + " ".join(f"Item {i} of the agenda was discussed at length by the delegations." for i in range(50)))
    rep = trace(art, [long_src], embedder=embedder)
    assert rep.sentences[0].label == "supported" and any("longer" in n for n in rep.notes)


def test_ten_thousand_sentences_bounded():
    body = " ".join(f"Delegation {i} from Norland discussed quota {i * 7} for shipment lot {i % 97} with Ostria." for i in range(10_000))
    article = Document(text=body)
    source = Document(text=" ".join(f"Delegation {i} from Norland discussed quota {i * 7} for shipment lot {i % 97} with Ostria." for i in range(0, 10_000, 3)))
    t = time.perf_counter()
    report = trace(article, [source], embedder=load_embedder("lexical"))
    elapsed = time.perf_counter() - t
    assert len(report.sentences) == 10_000
    assert report.summary["supported"] >= 3000
    assert elapsed < 120


def test_too_many_sentences_refused():
    article = Document(text=" ".join("Short claim number one is here." for _ in range(20_001)))
    with pytest.raises(InputError, match="limit"):
        trace(article, [Document(text="A source sentence about something.")], embedder=load_embedder("lexical"))


def test_seed_pair_with_pipeline(seed, embedder):
    """With the full pipeline: attribution from the claims component, name variants from actor mentions."""
    from cablegram.nlp.pipeline import build_nlp

    nlp = build_nlp()
    rec, primary, article = seed
    report = trace(article, [primary], nlp=nlp, embedder=embedder)
    for g, s in zip(rec["derivative_sentences"], report.sentences):
        if g["attribution"] in ("analysts", "anonymous"):
            assert s.label == "added" and s.attribution == g["attribution"], s.text
    spelled = {v["article"].split()[0] for v in report.name_variants}
    assert {"Anthony", "Dmitry"} & spelled or {"Anthony", "Dmitry"} <= {v["article"] for v in report.name_variants}
    by_actor = {v["article"]: v["actor_id"] for v in report.name_variants if v["actor_id"]}
    # the re-transliterated people resolve to the readout's actors (Antony Blinken, Dmytro Kuleba), not to each other
    assert by_actor["Anthony Blinken"] == "PER.USA.antony-blinken"
    assert by_actor["Dmitry Kuleba"] == "PER.UKR.dmytro-kuleba"


def test_relative_days_compare_as_days():
    """A readout's "today" and a next-day report's "on Thursday" are the same day: not an alteration."""
    from cablegram.provenance.differences import differences

    readout = ["The foreign ministers of Norland and Sudmark spoke by telephone today."]
    same = "The foreign ministers of Norland and Sudmark spoke by telephone on Thursday."
    # 2026-03-05 is a Thursday; the report appeared on Friday 2026-03-06.
    assert not [d for d in differences(same, readout, article_date="2026-03-06", evidence_dates=["2026-03-05"])
                if d.startswith("date")]
    other = "The foreign ministers of Norland and Sudmark spoke by telephone on Tuesday."
    assert [d for d in differences(other, readout, article_date="2026-03-06", evidence_dates=["2026-03-05"])
            if d.startswith("date")]
    # without the readout's date its "today" names no day: no date change to claim (precision first)
    assert not [d for d in differences(same, readout) if d.startswith("date")]
    assert not [d for d in differences(other, readout, article_date="2026-03-06") if d.startswith("date")]
