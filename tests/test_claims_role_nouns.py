"""A claimant described only by a common noun of what the person does ("the owner", "the landlord") and named nowhere
before in the text is an unnamed person (kind ``anonymous``, as "an aid worker" is); a title of office ("the
mayor") stays ``named``; after a named person the same words may refer back to them and stay ``named``. Own
sentences."""

from __future__ import annotations

import pytest

from claims_support import attributed


def kinds(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(kind, words) for kind, words, _ in attributed(nlp, text, "2031-05-01")]


@pytest.mark.parametrize("text, words", [
    ("The owner said the shop would stay shut until the roof was repaired.", "The owner"),
    ("\"Nobody warned us,\" the landlord said.", "the landlord"),
    ("The driver told police the brakes had failed on the hill.", "The driver"),
])
def test_a_role_noun_with_no_name_is_anonymous(claims_nlp, text, words):
    assert kinds(claims_nlp, text) == [("anonymous", words)]


@pytest.mark.parametrize("text, words", [
    ("The mayor said the bridge would reopen in June.", "The mayor"),
    ("The prosecutor said the case would go to trial in the spring.", "The prosecutor"),
    ("Rosa Ilić has run the bakery since 1998. The owner said the ovens were older than she was.", "The owner"),
])
def test_a_title_or_a_role_after_a_named_person_stays_named(claims_nlp, text, words):
    assert kinds(claims_nlp, text) == [("named", words)]


# -- a statement signed after a dash by a company or an authority, or a live blog's timed entry ------------------
@pytest.mark.parametrize("text, words", [
    ("Road 7 is closed at the Hallin bridge until further notice — Lindmark Roads Authority",
     "Lindmark Roads Authority"),
    ("11:20 No flights will leave before noon because of fog — Kestrel Air Lines", "Kestrel Air Lines"),
    ("17:05 The water supply to the old town has been restored — Varden Water Board", "Varden Water Board"),
])
def test_a_line_signed_by_a_body_after_a_dash_is_its_claim(claims_nlp, text, words):
    assert kinds(claims_nlp, text) == [("organisation", words)]


@pytest.mark.parametrize("text", [
    "The council appointed a new harbour master — Ida Kessler",
    "Road 7 is closed at the Hallin bridge until further notice — Lindmark Valley",
])
def test_a_name_after_a_dash_with_no_body_word_or_time_stamp_signs_nothing(claims_nlp, text):
    assert kinds(claims_nlp, text) == []


def test_an_institution_said_to_speak_is_no_unnamed_person(claims_nlp):
    assert kinds(claims_nlp, "The clinic said nine people were treated for burns.") != [("anonymous", "The clinic")]
