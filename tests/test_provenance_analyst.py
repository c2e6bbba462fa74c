"""Kinds an analyst found on the real readout/rewrite pair, checked on texts written for these tests (fictional
countries and officials): credit lines closing an added sentence are false credits, a short readout contained in a
long rewrite joins its story cluster, ``trace --all`` with no primary source says how to mark one, and documents
from government sites count as primary sources."""

from __future__ import annotations

from cablegram.config import Settings
from cablegram.provenance.clusters import build_clusters, is_primary, official_url
from cablegram.provenance.service import NO_PRIMARY_HINT, trace_all
from cablegram.provenance.trace import credit_line, credited_names, trace
from cablegram.records import Document

READOUT = ("Foreign Minister Ilse Varga of Norland spoke today with Ostrian Envoy Pell Dorn about reopening the river "
           "crossings at Kell. The two agreed to reopen three crossings in the coming weeks. Minister Varga underscored "
           "Norland's support for the ceasefire.")
REWRITE = ("Norland's Foreign Minister Ilse Varga spoke with Ostrian Envoy Pell Dorn about reopening the river crossings "
           "at Kell, as detailed by the Norland Foreign Ministry. The two agreed to reopen three crossings in the coming "
           "weeks. Varga underscored Norland's support for the ceasefire. Traders in Kell expect grain prices to fall "
           "sharply once lorries can cross again, and several haulage firms are already hiring drivers for the route. "
           "Officials are also weighing a larger plan to rebuild the old rail bridge over the river before winter "
           "(Source attribution: Norland Foreign Ministry press service)")
UNRELATED = ("The Harbour Arts Festival in Sudmark opened with a concert of folk music and a parade of painted boats. "
             "Organisers expect forty thousand visitors over the weekend, and the ferry company has added night crossings.")

BACKGROUND = ("The crossings were closed two winters ago after floods washed out the approach roads on the Ostrian bank. "
              "Farmers on both sides have since driven long detours through the northern hills to reach the markets of "
              "Kell, and local councils have asked for compensation. Engineers inspecting the piers last autumn found "
              "cracks in the stonework that will need repair before heavy trucks are allowed back.")


def test_credit_lines_name_what_they_credit():
    assert credit_line("Talks went on. (Source attribution: Norland Foreign Ministry press service)") == \
        "Norland Foreign Ministry press service"
    assert credit_line("Talks went on [Source: the Ostrian Embassy]") == "Ostrian Embassy"
    assert credit_line("Talks went on. Source: Norland Foreign Ministry") == "Norland Foreign Ministry"
    assert credit_line("Talks went on — Kell Press Agency") == "Kell Press Agency"
    assert credit_line("A deal was struck — the first in years.") is None  # a dash clause, not a name
    assert credit_line("He said (in Kell) that the talks went on.") is None
    assert "Norland Foreign Ministry" in credited_names("The call, detailed by the Norland Foreign Ministry, went well.")


def test_credit_line_on_added_sentence_is_false_credit_without_publisher_metadata():
    source = Document(text=READOUT)  # no publisher: the article's own credits name the source
    report = trace(Document(text=REWRITE), [source])
    last = report.sentences[-1]
    assert last.label == "added"
    assert last.false_credit and "Norland Foreign Ministry" in last.false_credit
    assert report.summary["false_credits"] == 1
    assert all(s.false_credit is None for s in report.sentences[:-1])


def test_short_readout_contained_in_long_rewrite_is_one_story():
    readout = Document(text=READOUT, published_at="2026-03-02", is_primary=True)
    rewrite = Document(text=REWRITE + " " + BACKGROUND, published_at="2026-03-03")
    other = Document(text=UNRELATED, published_at="2026-03-03")
    clusters = build_clusters([readout, rewrite, other])
    assert len(clusters) == 1
    assert set(clusters[0].doc_ids) == {readout.id, rewrite.id}
    assert clusters[0].primary_doc_id == readout.id
    # without a primary the containment rule does not apply: the Jaccard similarity alone is too low
    assert build_clusters([Document(text=READOUT, published_at="2026-03-02"), rewrite, other]) == []


def test_trace_all_without_primary_says_how_to_mark_one(store, tmp_path):
    settings = Settings(db=str(tmp_path / "t.db"), primary_publishers=[])
    store.add_document(Document(text=READOUT, publisher="Kell Courier", published_at="2026-03-02"))
    store.add_document(Document(text=REWRITE, publisher="Sudmark Daily", published_at="2026-03-03"))
    run = trace_all(store, settings)
    assert run.count("no_source") == 2
    assert run.line().endswith(NO_PRIMARY_HINT) and "--primary" in run.line()
    store.add_document(Document(text=READOUT + " Both sides will meet again.", url="https://www.mfa.gov.nl/readout/1",
                                published_at="2026-03-02"))
    run = trace_all(store, settings, only_untraced=False)
    assert NO_PRIMARY_HINT not in run.line()
    assert run.count("traced") >= 1


def test_government_sites_are_primary():
    assert official_url("https://www.state.gov/secretary-call") and official_url("https://mfa.gov.ua/en/news/1")
    assert official_url("https://www.gov.uk/government/news/pm-call")
    assert not official_url("https://govexec.com/story") and not official_url("https://news.example.com/gov")
    assert not official_url(None)
    assert is_primary(Document(text="x", url="https://kremlin.ru/events/1"))
    assert not is_primary(Document(text="x", url="https://www.example.com/kremlin"))


def test_name_variants_name_the_knowledge_base_actor():
    source = Document(text="Secretary of State Antony J. Blinken spoke with Foreign Minister Dmytro Kuleba of Ukraine. "
                           "Envoy Sergiy Dorvanko of Norland joined the call.")
    article = Document(text="Anthony Blinken held a phone call with Dmitry Kuleba of Ukraine. "
                            "Sergei Dorvanko of Norland took part as well.")
    variants = {v["article"]: v for v in trace(article, [source]).name_variants}
    assert variants["Anthony"]["actor_id"] == "PER.USA.antony-blinken" and variants["Anthony"]["source"] == "Antony"
    assert variants["Dmitry"]["actor_id"] == "PER.UKR.dmytro-kuleba" and variants["Dmitry"]["method"] == "kb"
    assert variants["Sergei"]["actor_id"] is None and variants["Sergei"]["method"] == "fuzzy"  # not in the KB
