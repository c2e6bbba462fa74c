"""A new user's provenance findings of 2 December 2026, each on sentences written for this test (invented ministries,
states and officials)."""

from __future__ import annotations

from cablegram.provenance.trace import credited_names, false_credit
from cablegram.records import Document


def test_a_credited_ministry_keeps_the_of_in_its_name():
    assert credited_names("The Ministry of Foreign Affairs said Norvia would train 200 coastguards next spring.") == {
        "Ministry of Foreign Affairs"}
    assert credited_names("The Office for Civil Protection reported two more landslides.") == {"Office for Civil Protection"}
    # a credit opening the sentence is still a credit
    assert credited_names("According to the Ministry of Energy, the new pylons arrive in June.") == {"Ministry of Energy"}
    source = [Document(text="Norvia and Sarne discussed the border crossing.", is_primary=True)]
    credit = false_credit("The Ministry of Foreign Affairs said Norvia would train 200 coastguards next spring.", source,
                          {"Ministry of Foreign Affairs"})
    assert credit and credit.startswith("credited to the Ministry of Foreign Affairs,")


def test_a_month_word_before_a_surname_is_a_first_name():
    from cablegram.provenance.expressions import find_dates

    assert find_dates("Jan Kral is a reporter for the Valley Courier in Osterby.") == []
    assert find_dates("Reporter April Dunn wrote the profile.") == []
    # a month on its own, or with a day, is still a date
    assert [d.text for d in find_dates("Talks resumed in Jan after the holidays.")] == ["Jan"]
    assert [d.key for d in find_dates("The port reopened on 4 Jan, the mayor said.")] == [(1, 4, None)]
    assert [d.text for d in find_dates("Shipments were slow. January brought the first convoy.")] == ["January"]


def test_a_sentence_the_source_credits_to_analysts_or_unnamed_people_is_the_sources():
    from cablegram.provenance.trace import trace

    readout = ("Foreign Minister Ada Brenn of Norvia met Foreign Minister Ivo Sarr of Lusem in Varn on 3 May. "
               "The ministers discussed a new ferry line across the bay.")
    credited = (" Analysts have said the meeting may mark a thaw between the two capitals. "
                "People familiar with the talks said a second round is planned for the autumn.")
    article = Document(text=readout + credited, title="Talks in Varn", published_at="2026-05-03")

    def labels(source_text: str) -> list[str]:
        source = Document(text=source_text, title="Readout", publisher="Ministry of Foreign Affairs of Norvia",
                          published_at="2026-05-03", is_primary=True)
        return [s.label for s in trace(article, [source]).sentences]

    # an earlier report that carries the credited sentences itself supports them
    assert labels(readout + credited) == ["supported"] * 4
    # a readout without them leaves them the article's own additions
    assert labels(readout) == ["supported", "supported", "added", "added"]


def test_a_ministry_named_by_its_states_adjective_or_noun_alone_is_the_publisher():
    from cablegram.provenance.trace import foreign_credit

    sources = [Document(text="Poland will fund two new border crossings.", is_primary=True,
                        publisher="Ministry of Foreign Affairs of the Republic of Poland")]
    # the publisher's own state by its adjective is no foreign body
    assert foreign_credit("Poland will fund two new border crossings, the Polish foreign ministry said.", sources) is None
    assert foreign_credit("Poland will fund two new border crossings, the Czech foreign ministry said.", sources)
    # a claim the source lacks credited to "the ministry" alone is credited to the publisher
    credit = false_credit("According to the ministry, Poland will also train 50 customs officers.", sources)
    assert credit and "Ministry of Foreign Affairs of the Republic of Poland" in credit
    assert false_credit("According to the embassy, Poland will also train 50 customs officers.", sources) is None


def test_the_python_api_traces_against_every_statement_of_a_jsonl_or_json_array_source(tmp_path):
    import json

    from cablegram.provenance.trace import trace

    meeting = {"title": "Ministers meet", "publisher": "Ministry of Foreign Affairs of Norvia", "date": "2026-05-03",
               "text": "Foreign Minister Ada Brenn of Norvia received Foreign Minister Ivo Sarr of Lusem in Varn today."}
    cranes = {"title": "Cranes for Lusem", "publisher": "Ministry of Foreign Affairs of Norvia", "date": "2026-05-03",
              "text": "Norvia will give 12 million euros to Lusem for two new harbour cranes in the port of Tessa."}
    article = Document(text="Foreign Minister Ada Brenn of Norvia received Foreign Minister Ivo Sarr of Lusem in Varn on "
                            "Sunday. Norvia will give 12 million euros to Lusem for two new harbour cranes in the port "
                            "of Tessa.", title="Cranes", published_at="2026-05-03")
    jsonl, array = tmp_path / "statements.jsonl", tmp_path / "statements.json"
    jsonl.write_text(json.dumps(meeting) + "\n" + json.dumps(cranes) + "\n", encoding="utf-8")
    array.write_text(json.dumps([meeting, cranes]), encoding="utf-8")
    for source in (jsonl, array):
        report = trace(article, [source])
        assert sorted(s["title"] for s in report.sources) == ["Cranes for Lusem", "Ministers meet"]
        assert report.sentences[1].label == "supported"


def test_a_count_of_things_never_replaces_an_amount_of_money():
    from cablegram.provenance.differences import find_changes

    source = "Norvia will provide 12 million euros to Lusem for the repair of its harbour cranes."

    def kinds(sentence: str) -> list[str]:
        return [c.kind for c in find_changes(sentence, [source], context=source)]

    assert kinds("Norvia will also send 40 engineers to Lusem for the repair of its harbour cranes.") == ["new figure"]
    # another amount of money is still a changed figure
    assert kinds("Norvia will provide 15 million euros to Lusem for the repair of its harbour cranes.") == ["number"]


def test_the_reporters_closing_bio_line_is_no_claim():
    from cablegram.provenance.align import is_boilerplate

    assert is_boilerplate("Mar Tellen is a correspondent for the Harbour Gazette in Vilnor.")
    assert is_boilerplate("Ola Berg is our senior reporter based in Kelm.")
    # a journalist the story is about, or an official's role, is a claim
    assert not is_boilerplate("Ola Berg is a journalist for the Kelm Post who was detained in May.")
    assert not is_boilerplate("Varga is a minister for Kelm.")
