"""Kinds of error left on the fresh7 and fresh9 sets after their rounds (a range told as one of its ends, a quote whose
frame names its listener by role, background whose subject alone was taken for the source's claim), each on sentences
of our own (invented officials and countries): the real change must be found and the faithful rewrite of the same
shape must not count as one."""

from __future__ import annotations

from cablegram.provenance import trace
from cablegram.provenance.differences import find_changes, invented_quote
from cablegram.records import Document


def _kinds(sentence: str, evidence: str) -> list[str]:
    return sorted(c.kind for c in find_changes(sentence, [evidence], context=evidence)
                  if c.kind not in ("hedging", "new figure"))


RANGE = "Osmia will send between 40 and 60 election observers to Dunmark in March."


def test_a_range_told_as_one_of_its_ends_is_a_changed_number():
    assert _kinds("Osmia will send 60 election observers to Dunmark in March.", RANGE) == ["number"]
    assert _kinds("Osmia will send 40 election observers to Dunmark in March.", RANGE) == ["number"]
    assert _kinds("Dunmark expects 60 observers.", "Dunmark expects 40 to 60 observers.") == ["number"]
    [change] = [c for c in find_changes("Osmia will send 60 observers.", [RANGE], context=RANGE) if c.kind == "number"]
    assert "between 40 and 60" in change.detail


def test_a_range_kept_bounded_or_hedged_or_a_change_of_level_is_no_changed_number():
    assert _kinds("Osmia will send between 40 and 60 election observers to Dunmark in March.", RANGE) == []
    assert _kinds("Osmia will send up to 60 election observers to Dunmark in March.", RANGE) == []
    assert _kinds("Osmia will send some 60 election observers to Dunmark in March.", RANGE) == []
    # "from 40 to 60" is a rise to 60, not a range; two figures joined by "and" are a list
    assert _kinds("Osmia raised its contingent to 60 observers.", "Osmia raised its contingent from 40 to 60 observers.") == []
    assert _kinds("The convoy carried 6 ambulances.", "The convoy carried 18 trucks and 6 ambulances.") == []


SOURCE = ["President Ilsa Varo received Prime Minister Tomas Brel of Kesland in Orvik.",
          "They agreed to reopen the Dunn crossing to trucks."]


def test_a_quote_whose_frame_names_its_listener_by_role_is_put_in_a_principals_mouth():
    for frame in ("Varo told her guest.", "Varo told her Keslandic counterpart.", "Brel assured his host."):
        change = invented_quote(f'"We will reopen the Dunn crossing next week," {frame}', SOURCE)
        assert change is not None and change.kind == "quote", frame
    # a listener outside the encounter is not a bare frame: someone else's account
    assert invented_quote('"We will reopen the Dunn crossing next week," Varo told the opposition leader.', SOURCE) is None
    # told to the press: the principal's words, but never the counterpart's (the guest she received)
    assert invented_quote('"We will reopen the Dunn crossing next week," Varo told reporters.', SOURCE) is not None
    assert invented_quote('"We will reopen the Dunn crossing next week," Brel told reporters.', SOURCE) is None
    # the source's own words in quotes are no invention
    assert invented_quote('"They agreed to reopen the Dunn crossing to trucks," Varo told her guest.', SOURCE) is None


def test_an_invented_quote_naming_its_listener_is_traced_altered_not_added(minilm):
    source = Document(text=" ".join(SOURCE), is_primary=True)
    quote = '"We will open the Dunn crossing to trucks again in the spring," Varo told her guest.'
    [s] = trace(Document(text=quote), [source], embedder=minilm).sentences
    assert s.label == "altered" and any(d.startswith("quote") for d in s.differences), (s.label, s.differences)


def test_background_whose_subject_alone_is_in_the_source_is_added(minilm):
    readout = ("Prime Minister Olli Marsk met President Rhea Tann of Osmia in Velby. "
               "The leaders underscored the importance of completing the Velby-Osmia rail link on schedule. "
               "They agreed to meet again in Osmia in the autumn.")
    source = Document(text=readout, is_primary=True)
    background = "The rail link, first planned in 2017, has been held up by quarrels over its cost."
    [s] = trace(Document(text=background), [source], embedder=minilm).sentences
    assert s.label == "added", (s.label, s.evidence)
    # a sentence whose head states the source's claim, with a new clause beside it, is still partly supported
    partly = ("The leaders underscored the importance of completing the Velby-Osmia rail link on schedule, "
              "a project first planned in 2017.")
    [s] = trace(Document(text=partly), [source], embedder=minilm).sentences
    assert s.label == "supported", (s.label, s.differences)


RELEASE = ("The Council today adopted a fourth package of restrictive measures against Velastra. "
           "The High Representative said the Alliance would keep up its pressure on Velastra.")


def test_a_body_speaking_of_itself_by_its_title_is_the_organisation_the_article_names():
    opening = RELEASE.split(". ")[0] + "."

    def actor(sentence: str) -> list[str]:
        return [c.kind for c in find_changes(sentence, [opening], context=RELEASE) if c.kind == "actor"]

    assert actor("The Southern Alliance adopted its fourth sanctions package against Velastra.") == []
    # another party, or the target named as the doer, is still an actor swap
    assert actor("Ostmark adopted its fourth sanctions package against Velastra.") == ["actor"]
    assert actor("Velastra adopted its fourth sanctions package against the Alliance.") == ["actor"]


def test_the_reporters_note_that_someone_did_not_comment_is_never_the_readout():
    from cablegram.provenance.align import not_from_readout

    evidence = "Productive call today with Osmian Foreign Minister Lea Varn on the ferry line."
    for note in ("Osmia's foreign ministry has not commented on the call.", "Varn's office declined to comment.",
                 "The Osmian embassy could not be reached for comment.", "Osmia has yet to respond to the proposal."):
        assert not_from_readout(note, evidence, False), note
    # a statement about comments made in the talks is the readout's
    assert not not_from_readout("Varn commented on the ferry line during the call.", evidence, False)
    assert not not_from_readout("The ministers did not agree on the ferry line.", evidence, False)


def test_a_no_comment_note_is_added_however_close_to_the_readout(minilm):
    readout = ("Productive call today with Osmian Foreign Minister Lea Varn. Thanked Osmia for its help after the floods. "
               "Agreed to reopen the ferry line in March.")
    [s] = trace(Document(text="Osmia's foreign ministry has not commented on the call."),
                [Document(text=readout, is_primary=True)], embedder=minilm).sentences
    assert s.label == "added", (s.label, s.evidence)
