"""A small, fully fictional store for the API, web and watch tests (records built directly, not by the pipeline)."""

from __future__ import annotations

from cablegram.records import (Actor, Alignment, Analysis, Claim, Cluster, Commitment, Document, Event, Evidence,
                               Mention, Role)

XSS = "<script>window.__pwned = 1</script>"

PRIMARY_TEXT = ("Foreign Minister Ida Marten met the Sylvanian envoy in Porto Vale on Friday. "
                "Freedonia will send forty armoured vehicles to Sylvania before the summer. "
                "Both sides agreed to meet again in April.")
ARTICLE_TEXT = ("Freedonia's top diplomat Ida Marten held talks with a Sylvanian envoy on Friday. "
                "Freedonia plans to deliver sixty armoured vehicles to Sylvania. "
                "An official who asked not to be named said the deal could still collapse.")
THREAT_TEXT = ("Ruritania threatened Poland with a naval blockade on Monday. "
               "Ruritanian forces did not shell the Sylvanian border town, officials said. "
               "Freedonia may impose sanctions on Ruritania if the blockade goes ahead.")


def _sentences(text: str) -> list[list[int]]:
    out, start = [], 0
    for part in text.split(". "):
        end = start + len(part) + (1 if not part.endswith(".") else 0)
        out.append([start, min(end, len(text))])
        start = end + 1
    return out


def build_sample(store) -> dict[str, Document]:
    """Fill ``store`` with three documents, their analyses, a trace and a cluster; returns the documents by role."""
    store.upsert_actors([
        Actor("FRD", "Freedonia", "state", aliases=["Freedonian Republic"]),
        Actor("SYL", "Sylvania", "state"),
        Actor("RUR", "Ruritania", "state", aliases=["Ruritanian Kingdom"]),
        Actor("POL", "Poland", "state"),
        Actor("person:ida-marten", "Ida Marten", "person", country="FRD", aliases=["I. Marten"],
              roles=[Role("Minister of Foreign Affairs", "foreign_minister", "FRD", "2022-01-10", None),
                     Role("Ambassador to Sylvania", "other", "FRD", "2018-05-01", "2021-12-31")]),
    ])
    primary = Document(text=PRIMARY_TEXT, title="Readout: Minister Marten meets Sylvanian envoy",
                       publisher="Ministry of Foreign Affairs of Freedonia", published_at="2024-03-01",
                       url="https://mfa.freedonia.example/readout-1", is_primary=True)
    article = Document(text=ARTICLE_TEXT, title=f"Talks in Porto Vale {XSS}", publisher="Daily <b>Courier</b>",
                       published_at="2024-03-02", url="https://courier.example/talks")
    threat = Document(text=THREAT_TEXT, title="Blockade threat", publisher="Evening Wire",
                      published_at="2024-03-05", url="https://wire.example/blockade")
    for d in (primary, article, threat):
        store.add_document(d)
    s = {d.id: [d.text[a:b] for a, b in _sentences(d.text)] for d in (primary, article, threat)}

    store.save_analysis(Analysis(
        doc_id=primary.id, sentences=_sentences(primary.text), language="en", pipeline_version="test",
        mentions=[Mention(primary.id, 17, 26, "Ida Marten", "person:ida-marten", 0, "foreign_minister")],
        events=[Event(primary.id, 0, s[primary.id][0], "CONSULT", "meet", source_actor="person:ida-marten",
                      target_actor="SYL", source_text="Ida Marten", date="2024-03-01")]))
    store.save_analysis(Analysis(
        doc_id=article.id, sentences=_sentences(article.text), language="en", pipeline_version="test",
        mentions=[Mention(article.id, 27, 37, "Ida Marten", "person:ida-marten", 0, "foreign_minister"),
                  Mention(article.id, 0, 9, "Freedonia's", "FRD", 0)],
        events=[Event(article.id, 0, s[article.id][0], "CONSULT", source_actor="person:ida-marten", target_actor="SYL",
                      date="2024-03-01"),
                Event(article.id, 1, s[article.id][1], "AID", "military", source_actor="FRD", target_actor="SYL",
                      modality="planned")],
        claims=[Claim(article.id, 2, s[article.id][2], "anonymous", claimant_text="An official", cue="said",
                      hedges=["could"])],
        commitments=[Commitment(article.id, 1, s[article.id][1], "FRD", "SYL", "military", "armoured vehicles",
                                ["armoured vehicles"], status="pledged", amount_text="sixty vehicles")]))
    store.save_analysis(Analysis(
        doc_id=threat.id, sentences=_sentences(threat.text), language="en", pipeline_version="test",
        mentions=[Mention(threat.id, 0, 9, "Ruritania", "RUR", 0), Mention(threat.id, 21, 27, "Poland", "POL", 0)],
        events=[Event(threat.id, 0, s[threat.id][0], "THREATEN", "blockade", source_actor="RUR", target_actor="POL",
                      date="2024-03-04"),
                Event(threat.id, 1, s[threat.id][1], "ASSAULT", "heavy-weapons", source_actor="RUR", target_actor="SYL",
                      modality="negated", date="2024-03-04"),
                Event(threat.id, 2, s[threat.id][2], "SANCTION", source_actor="FRD", target_actor="RUR",
                      modality="hypothetical", date="2024-03-05")],
        claims=[Claim(threat.id, 1, s[threat.id][1], "organisation", claimant_text="officials", cue="said")]))
    store.save_alignments(article.id, [
        Alignment(article.id, 0, s[article.id][0], "supported", 0.91,
                  [Evidence(primary.id, 0, s[primary.id][0], 0.91)]),
        Alignment(article.id, 1, s[article.id][1], "altered", 0.74,
                  [Evidence(primary.id, 1, s[primary.id][1], 0.74)], differences=["number"]),
        Alignment(article.id, 2, s[article.id][2], "added", 0.12, attribution="anonymous"),
    ])
    store.save_clusters([Cluster("clu_talks", [primary.id, article.id], primary.id, primary.id,
                                 [[primary.id, article.id, 0.8]])])
    return {"primary": primary, "article": article, "threat": threat}


def test_sample_store_builds(store):
    docs = build_sample(store)
    counts = store.counts()
    assert counts["documents"] == 3 and counts["events"] == 6 and counts["alignments"] == 3
    assert store.get_alignments(docs["article"].id)[1].label == "altered"
