"""Open kinds of provenance tracing fixed in session 34 (issue 15), each on sentences of our own (invented people,
places and bodies), with look-alikes that must stay as they were:

- a readout version superseded by a newer one (``previous_version``) is no candidate source (a real store);
- a changed month shows its bare word, not the sentence's full stop;
- a call or video conference told as a trip or visit for talks is an altered encounter (``event_type``), not an
  addition: the trip's words are encounter words for the predicate check, and a video conference or videolink is an
  encounter of the source;
- the weekday of the day the readout tells its own event on ("this morning") is no changed date;
- a possibility in other words ("reserves the right to") told as certain, a provisional finding ("initial assessments
  show") told as confirmed, preparing an act's start told as the act, and "have already had X done" for a planned act
  are modality changes;
- a length in days ("a two-day meeting") is no count to compare with a count of members;
- a vow for the source's undertaking ("committed to") is no stronger speech.
"""

from __future__ import annotations

import pytest

from cablegram.config import Settings
from cablegram.provenance import trace
from cablegram.provenance.differences import _MEETING, find_changes
from cablegram.provenance.embeddings import load_embedder
from cablegram.provenance.expressions import expressions
from cablegram.provenance.service import best_sources, primary_pool
from cablegram.records import Document


@pytest.fixture(scope="module")
def embedder():
    return load_embedder("auto")


def _trace(source: str, article: str, embedder, source_day: str = "2026-05-07", article_day: str = "2026-05-07"):
    src = Document(text=source, publisher="Ministry of Foreign Affairs of Norland", published_at=source_day,
                   is_primary=True)
    art = Document(text=article, publisher="Harbour Daily", published_at=article_day)
    return trace(art, [src], embedder=embedder).sentences


# --- superseded readout versions --------------------------------------------------------------------------------

FIRST = ("Foreign Minister Ilse Varga spoke today with Ostrian Envoy Pell Dorn about the river crossings at Kell. "
         "The two agreed to reopen two crossings before the harvest.")
SECOND = ("Foreign Minister Ilse Varga spoke today with Ostrian Envoy Pell Dorn about the river crossings at Kell. "
          "The two agreed to reopen three crossings before the harvest. Minister Varga thanked the envoy.")
ARTICLE = ("Norland's foreign minister Ilse Varga and Ostrian envoy Pell Dorn agreed to reopen three river crossings at "
           "Kell before the harvest, the ministry said.")


def test_a_superseded_readout_is_no_candidate_source(store, tmp_path):
    settings = Settings(db=str(tmp_path / "t.db"), primary_publishers=["ministry of foreign affairs of norland"])
    url = "https://mfa.norland.example/readouts/varga-dorn"
    first = Document(text=FIRST, publisher="Ministry of Foreign Affairs of Norland", url=url, published_at="2026-03-02")
    assert store.add_document(first) == "inserted"
    second = Document(text=SECOND, publisher="Ministry of Foreign Affairs of Norland", url=url, published_at="2026-03-02")
    assert store.add_document(second) == "new_version" and second.previous_version == first.id
    other = Document(text="Foreign Minister Ilse Varga met the Sudmark delegation on fisheries.",
                     publisher="Ministry of Foreign Affairs of Norland", url="https://mfa.norland.example/readouts/sud",
                     published_at="2026-03-02")
    store.add_document(other)
    article = Document(text=ARTICLE, publisher="Kell Courier", published_at="2026-03-03")
    store.add_document(article)
    pool_ids = {d.id for d in primary_pool(store, settings)}
    assert second.id in pool_ids and other.id in pool_ids and first.id not in pool_ids
    assert first.id not in {d.id for d in best_sources(store, store.get_document(article.id), settings)}


def test_readouts_without_versions_all_stay_candidates(store, tmp_path):
    settings = Settings(db=str(tmp_path / "t.db"), primary_publishers=["ministry of foreign affairs of norland"])
    docs = [Document(text=t, publisher="Ministry of Foreign Affairs of Norland", url=f"https://mfa.norland.example/{n}",
                     published_at="2026-03-02") for n, t in enumerate((FIRST, SECOND))]
    for d in docs:
        assert store.add_document(d) == "inserted"
    assert {d.id for d in primary_pool(store, settings)} == {d.id for d in docs}


# --- the bare words of a changed date -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, bare", [
    ("The commission will meet again in August.", "August"),
    ("Inspectors are due back on 14 March.", "14 March"),
    ("The ferry service resumes from September.", "September"),
])
def test_a_date_at_the_end_of_a_sentence_leaves_the_full_stop_out(text, bare):
    dates, _, _ = expressions(text)
    assert [d.text for d in dates] == [bare]


def test_an_abbreviated_month_keeps_its_dot():
    dates, _, _ = expressions("The tender closes on 3 Sept. and bids open a week later.")
    assert [d.text for d in dates] == ["3 Sept."]


def test_the_changed_words_of_a_date_are_the_bare_month():
    source = "The customs board will review the tariff schedule in April."
    changes = [c for c in find_changes("The tariff schedule is to be reviewed by the customs board in May.", [source],
                                       context=source) if c.kind == "date"]
    sentence = "The tariff schedule is to be reviewed by the customs board in May."
    assert [sentence[c.start:c.end] for c in changes] == ["May"]
    assert changes[0].detail == "May vs April"


# --- a call told as a trip for talks --------------------------------------------------------------------------------

CALLS = ("Minister of Trade Oskar Brem held a video conference this morning with the Trade Minister of Kestan, "
         "Lio Marten. The ministers reviewed the tariff talks.")
VIDEOLINK = ("President Dana Ferro held a videolink with the Prime Minister of Sorvia, Ivo Rask, on Thursday. The two "
             "leaders discussed the gas pipeline.")


@pytest.mark.parametrize("source, sentence", [
    (CALLS, "Oskar Brem paid a visit to Kestan to discuss trade with his counterpart Lio Marten."),
    (VIDEOLINK, "Sorvian premier Ivo Rask arrived in Norland on Thursday for a round of talks with President Dana Ferro."),
])
def test_a_trip_for_talks_told_for_a_video_call_is_an_altered_encounter(embedder, source, sentence):
    first = _trace(source, sentence, embedder)[0]
    assert first.label == "altered" and any(d.startswith("event_type") for d in first.differences), first


def test_trips_that_are_no_telling_of_the_call_stay_added(embedder):
    article = ("President Dana Ferro spoke with Sorvian premier Ivo Rask by video on Thursday. Rask travelled to Geneva "
               "in March for a conference on refugees. Ferro visited the flooded districts of the south on Friday. The "
               "leaders discussed the gas pipeline.")
    labels = [s.label for s in _trace(VIDEOLINK, article, embedder, article_day="2026-05-09")]
    assert labels == ["supported", "added", "added", "supported"]


@pytest.mark.parametrize("text, words", [
    ("Lio Marten headed to the Norlandic capital for consultations.", "headed to the Norlandic"),
    ("Ivo Rask was in Velm for talks with the president.", "in Velm for talks"),
    ("The envoy visits Kell on Saturday.", "visits"),
])
def test_trip_wordings_are_meeting_words(text, words):
    found = _MEETING.search(text)
    assert found is not None and found.group(0) == words


def test_words_of_heading_elsewhere_are_no_trip():
    for text in ("Prices headed to a record high.", "The talks are headed for a deal.", "She was in charge of talks."):
        assert _MEETING.search(text) is None, text


def test_a_trip_for_a_call_names_the_changed_encounter():
    source = "Prime Minister Sanna Roe spoke with President Kalev Idris of Tarvia on the phone this morning."
    kinds = [c.kind for c in find_changes("Kalev Idris headed to the Norlandic capital for talks with Sanna Roe.",
                                          [source], context=source)]
    assert "event_type" in kinds
    assert "event_type" not in [c.kind for c in find_changes("Kalev Idris spoke with Sanna Roe by telephone.",
                                                             [source], context=source)]


# --- the readout's own day told as a weekday ------------------------------------------------------------------------

PROTEST = ("Minister of Fisheries Hanne Vik this morning received the Ambassador of Sorvia, Ivo Lenk, at the ministry. "
           "The Minister protested against the seizure on 2 March of three Norlandic trawlers by the Sorvian coast "
           "guard, which she called a breach of the 2011 fisheries treaty.")


def test_the_weekday_of_the_readouts_own_day_is_no_changed_date(embedder):
    # the readout (published Monday 4 May) tells its event "this morning"; the article (Tuesday) says "on Monday"
    # while its evidence sentence carries another date, the day of the seizure
    for article in ("Norland protested to Sorvia on Monday against the coast guard's seizure of three Norlandic "
                    "trawlers, calling it a breach of the 2011 fisheries treaty.",
                    "Norland's minister raised the seizure of three Norlandic trawlers by the Sorvian coast guard with "
                    "the Sorvian ambassador yesterday, calling it a breach of the 2011 fisheries treaty."):
        first = _trace(PROTEST, article, embedder, source_day="2026-05-04", article_day="2026-05-05")[0]
        assert not [d for d in first.differences if d.startswith("date")], first


def test_another_weekday_than_the_readouts_own_day_stays_a_changed_date(embedder):
    article = ("Norland protested to Sorvia on Saturday against the coast guard's seizure of three Norlandic trawlers, "
               "calling it a breach of the 2011 fisheries treaty.")
    first = _trace(PROTEST, article, embedder, source_day="2026-05-04", article_day="2026-05-05")[0]
    assert first.label == "altered" and [d for d in first.differences if d.startswith("date")], first


def test_without_a_day_of_its_own_in_the_readout_the_weekday_is_compared_with_the_stated_day():
    source = "The Minister protested against the seizure on 2 March of three Norlandic trawlers by the coast guard."
    changes = find_changes("The minister protested on Monday against the coast guard's seizure of three trawlers.",
                           [source], context=source, article_date="2026-05-05", evidence_dates=["2026-05-04"])
    assert [c.kind for c in changes if c.kind == "date"] == ["date"]


# --- a possibility in other words told as certain ------------------------------------------------------------------

@pytest.mark.parametrize("source, article", [
    ("The port authority reserves the right to close the harbour to tankers.",
     "Tankers will be kept out of the harbour by the port authority, its director told a radio station."),
    ("The board retains its right to suspend the licence of the operator.",
     "The operator's licence will be suspended, according to the board."),
    ("The agency keeps open the option of a second airlift to the islands.",
     "A second airlift to the islands is to follow, the agency said."),
])
def test_a_reserved_right_told_as_certain_is_a_modality_change(source, article):
    changes = find_changes(article, [source], context=source)
    assert any(c.kind == "modality" and "possible in the source" in c.detail for c in changes), changes


def test_a_reserved_right_told_as_one_or_with_a_modal_is_no_change():
    source = "The port authority reserves the right to close the harbour to tankers."
    for article in ("Its director noted that the authority retained the right to shut the harbour to tankers.",
                    "The harbour may be closed to tankers by the port authority."):
        assert [c.kind for c in find_changes(article, [source], context=source) if c.kind == "modality"] == [], article


# --- a provisional finding told as confirmed -----------------------------------------------------------------------

@pytest.mark.parametrize("source, article", [
    ("Surveyors walked the embankment for three days, and early indications point to seepage under its eastern wall.",
     "Seepage under the eastern wall of the embankment has been confirmed, according to the water board."),
    ("Initial assessments show that two bridges collapsed in the flood.",
     "Two bridges collapsed in the flood, the ministry confirmed."),
])
def test_a_provisional_finding_told_as_confirmed_is_a_modality_change(source, article):
    assert any(c.kind == "modality" for c in find_changes(article, [source], context=source))


def test_a_finding_kept_provisional_or_confirmed_in_both_is_no_change():
    source = "Surveyors walked the embankment for three days, and early indications point to seepage under its eastern wall."
    article = ("Early indications point to seepage under the eastern wall, according to the water board, which "
               "confirmed that surveyors had walked the embankment for three days.")
    assert [c.kind for c in find_changes(article, [source], context=source) if c.kind == "modality"] == []
    plain = "Two bridges collapsed in the flood."
    assert [c.kind for c in find_changes("Two bridges collapsed in the flood, the ministry confirmed.", [plain],
                                         context=plain) if c.kind == "modality"] == []


# --- a length of time is no count of things ----------------------------------------------------------------------

def test_a_length_in_days_is_not_compared_with_a_count_of_members():
    source = "The ministers of the nine coastal states met in Brask on 3 and 4 May."
    changes = find_changes("At a two-day meeting in Brask, the ministers agreed on quotas.", [source], context=source)
    assert [c.kind for c in changes if c.kind == "number"] == []


def test_another_length_in_days_stays_a_changed_number():
    source = "The ministers held a two-day meeting in Brask."
    changes = find_changes("The ministers held a three-day meeting in Brask.", [source], context=source)
    assert [c.kind for c in changes if c.kind == "number"] == ["number"]


# --- a vow for an undertaking --------------------------------------------------------------------------------------

@pytest.mark.parametrize("source, article", [
    ("The donors committed to rebuilding the two schools in Marro by next spring.",
     "The donors have vowed to rebuild the two schools in Marro by next spring."),
    ("The council undertook to publish the audit before the elections.",
     "The council vowed to publish the audit before the elections."),
])
def test_a_vow_for_an_undertaking_is_no_stronger_speech(source, article):
    assert [c.kind for c in find_changes(article, [source], context=source) if c.kind == "strength"] == []


def test_a_vow_for_a_plain_statement_stays_stronger():
    source = "The council said it would publish the audit before the elections."
    changes = find_changes("The council vowed to publish the audit before the elections.", [source], context=source)
    assert [c.kind for c in changes if c.kind == "strength"] == ["strength"]


# --- preparing an act's start told as the act ----------------------------------------------------------------------

@pytest.mark.parametrize("source, article", [
    ("The ministers asked the commission to prepare the launch of a joint coast guard.",
     "The ministers told the commission to launch a joint coast guard."),
    ("The board instructed staff to start preparing for the signing of the grid agreement.",
     "The board signed the grid agreement, staff said."),
])
def test_preparing_the_start_of_an_act_told_as_the_act_is_a_modality_change(source, article):
    assert any(c.kind == "modality" and "preparatory" in c.detail
               for c in find_changes(article, [source], context=source))


def test_the_preparation_kept_is_no_change():
    source = "The ministers asked the commission to prepare the launch of a joint coast guard."
    article = "The ministers asked the commission to prepare for launching a joint coast guard."
    assert [c.kind for c in find_changes(article, [source], context=source) if c.kind == "modality"] == []


# --- an act done to someone, told as already done ------------------------------------------------------------------

@pytest.mark.parametrize("source, article", [
    ("The importers will have their licences suspended for six months.",
     "The importers have already had their licences withdrawn, the agency said."),
    ("Families in the camp will receive food vouchers next week.",
     "Families in the camp have already had the food vouchers handed out."),
])
def test_a_planned_act_told_as_already_had_done_is_a_modality_change(source, article):
    assert any(c.kind == "modality" and "already done" in c.detail
               for c in find_changes(article, [source], context=source))


def test_already_had_done_for_an_act_done_in_the_source_is_no_change():
    source = "The importers had their licences suspended last year."
    article = "The importers have already had their licences suspended, the agency said."
    assert [c.kind for c in find_changes(article, [source], context=source) if c.kind == "modality"] == []

