"""Lines set all in lower case are parsed from a copy with the case of names restored (cablegram.nlp.truecase).

Own headline-style lines, not taken from any evaluation set. Each positive row names the event type, its
source and target actors and its modality; without the restoration most rows lose an actor (checked in
``test_restoration_is_what_finds_the_actors``)."""

import pytest

from cablegram.nlp import truecase
from cablegram.nlp.pipeline import Pipeline, make_doc
from cablegram.records import Document

# line, event type, source actor, target actor, modality
LINES = [
    ("belarus to host border talks with lithuania next week", "CONSULT", "BLR", "LTU", "planned"),
    ("ukraine says russian drones struck odesa port overnight", "ASSAULT", "RUS", "UKR", "occurred"),
    ("egypt hosts talks between hamas and israeli negotiators in cairo", "CONSULT", "EGY", "ISR", "occurred"),
    ("japan pledges $50 million in aid to the philippines after typhoon", "AID", "JPN", "PHL", "occurred"),
    ("sudan army accuses rapid support forces of shelling khartoum", "ACCUSE", "SDN", "GRP.rapid-support-forces",
     "occurred"),
    ("germany will send more air defence systems to kyiv", "AID", "DEU", "UKR", "planned"),
    ("the united nations condemns the attack on the convoy in darfur", "ACCUSE", "IGO.UN", "SDN", "occurred"),
    ("kaja kallas says the eu may impose new sanctions on belarus", "THREATEN", "IGO.EU", "BLR", "hypothetical"),
    ("poland expels two russian diplomats over sabotage plot", "SANCTION", "POL", "RUS", "occurred"),
    ("nato chief warns moscow against further escalation", "THREATEN", "IGO.NATO", "RUS", "occurred"),
    ("serbia and kosovo agree to meet in brussels next month", "AGREE", "SRB", "XKX", "occurred"),
    ("pakistan summons afghan envoy after border clash", "REQUEST", "PAK", "AFG", "occurred"),
    ("venezuela rejects the ultimatum from washington", "REJECT", "VEN", "USA", "occurred"),
    ("france recalls its ambassador from algeria", "SANCTION", "FRA", "DZA", "occurred"),
]

# Lower-case lines whose names are common words: the restoration adds no actor and no event.
NEGATIVE = [
    "he said the turkey was too dry for the holiday dinner",
    "my cousin chad will bring the drinks on friday",
    "she planted a georgia peach tree behind the barn",
]


@pytest.fixture(scope="module")
def pipeline(nlp):
    return Pipeline(nlp)


def _events(pipeline, text):
    return [(e.type, e.source_actor, e.target_actor, e.modality) for e in pipeline.analyse(Document(text=text)).events]


@pytest.mark.parametrize("line,kind,source,target,modality", LINES)
def test_lower_case_line_is_coded_with_its_actors(pipeline, line, kind, source, target, modality):
    assert (kind, source, target, modality) in _events(pipeline, line)


@pytest.mark.parametrize("line", NEGATIVE)
def test_common_words_that_are_names_stay_common(pipeline, nlp, line, monkeypatch):
    assert truecase.restore_case(nlp, line)[1:] == line[1:]
    analysis = pipeline.analyse(Document(text=line))
    monkeypatch.setattr(truecase, "restore_case", lambda nlp, text: text)
    unrestored = pipeline.analyse(Document(text=line))
    assert analysis.events == []
    assert [m.actor_id for m in analysis.mentions] == [m.actor_id for m in unrestored.mentions]


def test_restoration_is_what_finds_the_actors(pipeline, monkeypatch):
    with_restoration = sum((k, s, t, m) in _events(pipeline, line) for line, k, s, t, m in LINES)
    monkeypatch.setattr(truecase, "restore_case", lambda nlp, text: text)
    without = sum((k, s, t, m) in _events(pipeline, line) for line, k, s, t, m in LINES)
    assert with_restoration == len(LINES) and without <= len(LINES) - 6


def test_restored_copy_keeps_offsets_and_document_text(nlp):
    text = "Headline.\n\nnato and the united nations meet in geneva on monday\nMore text in Normal Case here."
    doc = make_doc(nlp, Document(text=text))
    assert len(doc.text) == len(text) and doc.text.lower() == text.lower()
    assert "NATO and the United Nations meet in Geneva on monday" in doc.text
    assert doc.text.endswith("More text in Normal Case here.")


def test_normal_case_text_is_untouched(nlp):
    for text in ("Russia and Turkey met in Geneva on Monday.", "talks resumed\nin geneva today",
                 "Officials said talks would go on.\nthe ministers of both states met again", "too few words"):
        restored = truecase.restore_case(nlp, text)
        if text.startswith("Officials"):
            assert restored == text.replace("the ministers", "The ministers")
        else:
            assert restored == text


def test_lower_case_test():
    assert truecase.is_lower_case_line("Russia to resume talks with rafah")
    assert not truecase.is_lower_case_line("russia to resume talks with Turkey")
    assert not truecase.is_lower_case_line("russia resumes talks")  # under the minimum of words
    assert truecase.lower_case_lines("a sentence goes on here\nand this line goes on with it") == [(0, 23)]


def test_ambiguous_names_and_acronym_words_are_not_restored():
    restorer = truecase.CaseRestorer(["Turkey", "Chad", "WHO", "NATO", "Kaja Kallas", "Rafah"])
    assert restorer.restore("the who and nato sent kaja kallas to rafah not turkey or chad") == \
        "The who and NATO sent Kaja Kallas to Rafah not turkey or chad"
