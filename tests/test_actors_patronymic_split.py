"""Names the NER cut or glued wrongly. A full Russian or Ukrainian name with its patronymic that the NER cut after
the patronymic ("Dmitry Sergeyevich | Peskov"): the surname right after a given name and patronymic is part of the
name, so the name resolves to the known person it names instead of a new person (a kind of actor-resolution set #13's
final part); a live blog's time stamp the NER glued to the nationality after it ("12:30 - Thai" as one organisation) is
no word of a body, so the nationality is its state, never a surname (a field case's kind). Checked on our own
sentences."""

import pytest

from actor_pipeline import actors_pipeline, run_dated


@pytest.fixture(scope="module")
def actors_nlp():
    return actors_pipeline()


def mentions(doc):
    return [(m.text, m.actor_id) for m in doc._.cg_mentions]


@pytest.mark.parametrize("text, name, person", [
    ("Spokesman Dmitry Sergeyevich Peskov said on Friday that the talks were over.",
     "Dmitry Sergeyevich Peskov", "PER.RUS.dmitry-peskov"),
    ("The Kremlin rejected the plan, and spokesman Dmitry Sergeyevich Peskov told journalists in Moscow that nothing "
     "had changed.", "Dmitry Sergeyevich Peskov", "PER.RUS.dmitry-peskov"),
])
def test_a_name_cut_after_its_patronymic_is_the_known_person(actors_nlp, text, name, person):
    found = mentions(run_dated(actors_nlp, text, "2024-06-01"))
    assert (name, person) in found, found
    assert not any(aid.startswith("person:") for _, aid in found), found


def test_a_given_name_and_patronymic_before_an_unknown_surname_is_one_new_person(actors_nlp):
    found = mentions(run_dated(actors_nlp, "Spokeswoman Irina Petrovna Volkhonskaya said the plant was safe.",
                               "2024-06-01"))
    assert [aid for _, aid in found if aid.startswith("person:")] == ["person:irina-petrovna-volkhonskaya"], found


@pytest.mark.parametrize("text, word, state", [
    ("18:20 - Thai officials say the airport will reopen on Friday.", "Thai", "THA"),
    ("08:15 - Burmese troops shelled two villages overnight, residents said.", "Burmese", "MMR"),
])
def test_a_live_blog_time_stamp_is_no_word_of_a_body(actors_nlp, text, word, state):
    # the NER tags "12:30 - Thai" as one organisation; the nationality after the stamp is still its state's
    found = mentions(run_dated(actors_nlp, text, "2025-07-30"))
    assert (word, state) in found, found
    assert not any(aid.startswith("PER.") for _, aid in found), found
