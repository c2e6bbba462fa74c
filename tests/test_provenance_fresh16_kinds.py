"""Kinds of error found on the development part of the fresh16 set (written by an analyst who never saw the code,
2 December 2026), each on sentences of our own (invented officials, countries and bodies): the faithful rewrite must
not count as a change and the real change of the same shape still must."""

from __future__ import annotations

from cablegram.provenance.align import _not_from_readout
from cablegram.provenance.differences import find_changes


def _kinds(sentence: str, evidence: str, context: str | None = None) -> list[str]:
    return sorted(c.kind for c in find_changes(sentence, [evidence], context=context or evidence)
                  if c.kind not in ("hedging", "new figure"))


def test_an_act_hoped_for_told_as_certain_is_a_modality_change():
    source = "Minister Okoro expressed the hope that the rail link to the port would be completed before the winter."
    assert _kinds("The rail link to the port will be completed before the winter, Okoro said.", source) == ["modality"]
    assert _kinds("Parliament is to ratify the water treaty in June, the speaker said.",
                  "The speaker said he was hopeful that parliament would ratify the water treaty in June.") == ["modality"]
    # the hope kept, or the source already certain: no change
    assert _kinds("Okoro said she hoped the rail link to the port will be completed before the winter.", source) == []
    assert _kinds("The rail link to the port will be completed before the winter, Okoro said.",
                  "Minister Okoro said the rail link to the port would be completed before the winter.") == []


def test_unnamed_diplomats_as_the_speaker_are_not_the_readout():
    evidence = "The ministers discussed the dispute over the river border."
    assert _not_from_readout("Diplomats in the capital said the accord could serve as a template for the river dispute.",
                             evidence, False)
    assert _not_from_readout("Western diplomats said the talks on the river border had stalled.", evidence, False)
    # the two ministers called their countries' top diplomats, or diplomats as the ones who met: the readout's own
    assert not _not_from_readout("The two top diplomats said the talks on the river border had been useful.", evidence,
                                 False)
    assert not _not_from_readout("The two diplomats discussed the dispute over the river border.", evidence, False)
