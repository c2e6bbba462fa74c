"""A plain-text readout's letterhead (its first line, naming the body that issued it) is its publisher, as a JSON
readout's "publisher" field is: the false-credit check then finds what an article credits to that body wrongly."""

from __future__ import annotations

from cablegram.provenance import trace
from cablegram.provenance.inputs import read_document

_BODY = ("Foreign Minister Ada Berg received the ambassador of Ostvik today. The two discussed ferry links across the "
         "strait and the dredging of the harbour at Lisca.")


def test_a_letterhead_line_is_the_readouts_publisher(tmp_path):
    path = tmp_path / "readout.txt"
    path.write_text("Ministry of Foreign Affairs of Norland\n\n" + _BODY + "\n", encoding="utf-8")
    assert read_document(path, primary=True).publisher == "Ministry of Foreign Affairs of Norland"
    assert read_document(path).publisher is None  # an article's heading is no publisher


def test_a_headline_with_a_verb_is_no_letterhead(tmp_path):
    path = tmp_path / "readout.txt"
    path.write_text("Ada Berg welcomes a new envoy from Ostvik\n\n" + _BODY + "\n", encoding="utf-8")
    assert read_document(path, primary=True).publisher is None


def test_a_claim_credited_to_the_letterheads_body_is_a_false_credit(tmp_path):
    source = tmp_path / "readout.txt"
    source.write_text("Ministry of Foreign Affairs of Norland\n\n" + _BODY + "\n", encoding="utf-8")
    article = tmp_path / "story.txt"
    article.write_text("Norland talks ferries with Ostvik\n\nNorland's foreign minister Ada Berg received the ambassador "
                       "of Ostvik on Monday. The foreign ministry also said Ostvik had offered Norland four tugboats "
                       "for the winter.\n", encoding="utf-8")
    report = trace(article, [source])
    credited = [s for s in report.sentences if "tugboats" in s.text]
    assert credited and credited[0].false_credit, [(s.label, s.false_credit) for s in report.sentences]
