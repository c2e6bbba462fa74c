"""Kinds of error found on the development part of the fresh10 set (written by an analyst who never saw the code),
each on sentences of our own (invented officials and countries): the faithful rewrite must not count as a change and
the real change of the same shape still must."""

from __future__ import annotations

from cablegram.provenance import trace
from cablegram.provenance.differences import find_changes
from cablegram.records import Document


def _kinds(sentence: str, evidence: str, context: str = "") -> list[str]:
    return sorted(c.kind for c in find_changes(sentence, [evidence], context=context or evidence)
                  if c.kind not in ("hedging", "new figure"))


def test_an_intended_act_told_as_already_done_is_a_modality_change_whatever_the_verb():
    assert _kinds("Osmia has already wired €12 million for the new water plant.",
                  "The minister confirmed that Osmia is ready to provide €12 million for the new water plant.") == ["modality"]
    assert _kinds("Dunmark firms have already filed offers for the port contract.",
                  "The visiting firms expressed interest in bidding for the port contract.") == ["modality"]
    assert _kinds("He said Osmia had already shipped 300 tents to the flooded districts.",
                  "He said Osmia had decided to allocate 300 tents to the flooded districts.") == ["modality"]


def test_already_done_where_the_source_says_so_or_in_a_new_clause_is_no_change():
    # the source tells the same act done
    assert _kinds("The first 300 tents have already been shipped.",
                  "Osmia decided to send 900 tents and shipped the first 300 on Monday.") == []
    # the source says it is under way already
    assert _kinds("Tents are already arriving in the flooded districts.",
                  "The minister said tents are already arriving, and more are expected to follow.") == []
    # "already" in a clause of its own that the source lacks belongs to new material
    assert _kinds("The ministers welcomed the customs accord signed in May, which has already shortened waiting times at Dorn.",
                  "The ministers welcomed the customs accord signed in May and said they were ready to extend it to rail "
                  "freight.") == []


def test_an_act_the_source_only_requires_is_not_done_there():
    evidence = "President Alm stressed that the new ring road must be completed by the end of 2029."
    assert _kinds("The ring road has to be finished by the end of 2029, the president stressed.", evidence) == []
    # a completed act in the source told as still to come remains a change
    assert _kinds("The ring road has to be finished by the end of 2029.",
                  "The new ring road was completed at the end of 2029.") == ["modality"]


def test_a_re_transliterated_surname_is_the_same_actor():
    context = ("Foreign Minister Runa Deel met Foreign Minister of Askor Ivo Marc in Tiel on 4 May. "
               "Minister Marc invited Minister Deel to visit Askor next spring.")
    evidence = context.split(". ")[1]
    assert _kinds("Marts invited Deel to visit Askor next spring.", evidence, context) == []
    # the invitation turned round is still an actor swap
    assert _kinds("Deel invited Marts to visit Askor next spring.", evidence, context) == ["actor"]


READOUT = ("Chancellor Ilse Dorn received President Aron Vell of Marska at the Chancellery today. "
           "The Chancellor reaffirmed Tolvia's support for Marska's path towards membership of the Amber Union. "
           "She underlined that Tolvia will stand by Marska for as long as it takes. "
           "President Vell briefed the Chancellor on the progress of the judicial reform.")


def test_a_restated_position_in_other_words_is_supported(minilm):
    source = Document(text=READOUT, is_primary=True)
    [s] = trace(Document(text="Dorn reiterated Tolvia's backing for Marska's bid to join the Amber Union."), [source],
                embedder=minilm).sentences
    assert s.label == "supported", (s.label, s.differences)


def test_a_new_clause_found_against_a_runner_up_source_sentence_leaves_the_head_supported(minilm):
    source = Document(text=READOUT, is_primary=True)
    text = ("Vell told Dorn about the judicial reform, which the Amber Union has made a condition for opening accession "
            "talks.")
    [s] = trace(Document(text=text), [source], embedder=minilm).sentences
    assert s.label == "supported" and s.partly, (s.label, s.partly)


def test_a_month_for_the_readouts_day_is_the_same_date_less_precise():
    evidence = "Today I spoke with Foreign Minister Ilsa Morn of Tavia about the ferry line."

    def dates(sentence: str) -> list[str]:
        return [c.kind for c in find_changes(sentence, [evidence], context=evidence, article_date="2026-05-14",
                                             evidence_dates=["2026-05-14"]) if c.kind == "date"]

    assert dates("Ilsa Morn spoke by phone with her counterpart in May, the ministry said.") == []
    # another month, another year or another day is still a changed date
    assert dates("Ilsa Morn spoke by phone with her counterpart in June, the ministry said.") == ["date"]
    assert dates("Ilsa Morn spoke by phone with her counterpart in May 2025, the ministry said.") == ["date"]
    assert dates("Ilsa Morn spoke by phone with her counterpart on 12 May, the ministry said.") == ["date"]


def test_a_surname_re_transliterated_with_k_for_q_is_the_same_actor():
    context = ("Minister of Energy Sami Hadiq received Minister Lena Orr of Askor in Tiel. "
               "Minister Hadiq said the grid had enough spare capacity for exports.")
    evidence = context.split(". ")[1]
    assert _kinds("Hadik said the grid had enough spare capacity for exports.", evidence, context) == []
    assert _kinds("Orr said the grid had enough spare capacity for exports.", evidence, context) == ["actor"]
