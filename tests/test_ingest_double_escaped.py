"""A feed entry whose HTML is escaped twice ("&amp;lt;p&amp;gt;" in an Atom summary) is stored as its text, not with
"<p>" tags as words; a text that only speaks of a tag keeps it. Inputs written for this test, ingested into a real
store."""

from __future__ import annotations

from cablegram.ingest import ingest_sources
from cablegram.ingest.common import fragment_text

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Fjord Morning Brief</title>
<id>tag:fjord-brief.example,2025:feed</id>
<updated>2025-06-05T10:00:00Z</updated>
<entry>
<title>Latvia names a new envoy</title>
<id>tag:fjord-brief.example,2025:2</id>
<updated>2025-06-04T11:00:00Z</updated>
<summary type="html">&amp;lt;p&amp;gt;Latvia named a new ambassador to Norway on Wednesday, the foreign ministry in Riga said.&amp;lt;/p&amp;gt;&amp;lt;p&amp;gt;The envoy takes up the post in August.&amp;lt;/p&amp;gt;</summary>
</entry>
</feed>
"""


def _texts(store, tmp_path, name: str, body: str) -> list[str]:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    assert ingest_sources(store, [str(path)]).failed == []
    return [doc.text for doc in store.iter_documents()]


def test_an_atom_summary_escaped_twice_is_stored_as_text(store, tmp_path):
    (text,) = _texts(store, tmp_path, "brief.atom", ATOM)
    assert text == ("Latvia named a new ambassador to Norway on Wednesday, the foreign ministry in Riga said.\n\n"
                    "The envoy takes up the post in August.")


def test_a_text_that_speaks_of_a_tag_keeps_it():
    assert fragment_text("In HTML the tag &lt;p&gt; opens a paragraph, the course notes said.") == (
        "In HTML the tag <p> opens a paragraph, the course notes said.")
    assert fragment_text("Inflation stayed &lt; 3% &amp; wages rose.") == "Inflation stayed < 3% & wages rose."


def test_a_jsonl_body_escaped_once_in_its_json_string_is_stored_as_text(store, tmp_path):
    import json

    body = ("&lt;p&gt;Malawi and Zambia agreed on Friday to share data on the Luangwa river's floods, the Malawian "
            "water ministry said.&lt;/p&gt;&lt;p&gt;The first exchange is due in January.&lt;/p&gt;")
    line = json.dumps({"text": body, "date": "2025-10-03", "url": "https://zambezi-wire.example/a",
                       "publisher": "Zambezi Wire"})
    (text,) = _texts(store, tmp_path, "wire.jsonl", line + "\n")
    assert text == ("Malawi and Zambia agreed on Friday to share data on the Luangwa river's floods, the Malawian "
                    "water ministry said.\n\nThe first exchange is due in January.")


def test_a_jsonl_body_with_a_lone_escaped_sign_is_left_as_it_is(store, tmp_path):
    import json

    body = "Inflation in Malawi stayed &lt; 30% in October, the central bank said on Friday in Lilongwe."
    line = json.dumps({"text": body, "date": "2025-10-03", "url": "https://zambezi-wire.example/b",
                       "publisher": "Zambezi Wire"})
    (text,) = _texts(store, tmp_path, "wire.jsonl", line + "\n")
    assert text == body
