"""Denied or negated strikes on a region or a city (issue 12): how often type and source are right, against the same
strike told as done, and why such an act stays out of the confident view when its target is read off a place.

Sixteen pairs written for this test: a strike denied or negated ("denied that its helicopters had fired on", "did not
bomb", "no shells hit") on a region, city or port with no state named, and the same strike told as done, each
labelled with the acting state and the state the place lies in. Measured at the time of writing (the shipped
classifier, not the held-out run's): the negated strike is coded ASSAULT, negated, in 16 of 16 (14 or 15 on the
trees of the hours before; a miss gave no ASSAULT, never an occurred one), its source right in all; the told strike in
16 of 16, source right in all. Where a state is read off the place it is the labelled one in both (7 events each). The confident
view hides both alike (``target_is_place``): the place-only doubt is about whom the place belongs to, which a
negation does not change (on plv the same doubt's occurred events are right in 16 of 21, and analysts judged most
such events on real news wrong: a city held by the attacker's ally or by armed groups), so negated acts were not
let in. Documented in docs/models.md (Confident events, negated acts)."""

from __future__ import annotations

import pytest

# (negated or denied, told as done, acting state, state the place lies in)
PAIRS = [
    ("Belarus denied that its helicopters had fired on farms in the Volyn region.",
     "Belarusian helicopters fired on farms in the Volyn region, Ukrainian officials said.", "BLR", "UKR"),
    ("No Azerbaijani shells hit the town of Jermuk, Baku's defence ministry said.",
     "Azerbaijani shells hit the town of Jermuk, Armenian officials said.", "AZE", "ARM"),
    ("Ukraine's air force did not bomb villages in the Belgorod region, Kyiv said.",
     "Ukraine's air force bombed villages in the Belgorod region, Moscow said.", "UKR", "RUS"),
    ("Syrian government jets did not strike the town of Saraqeb in Idlib province, Damascus insisted.",
     "Syrian government jets struck the town of Saraqeb in Idlib province, activists said.", "SYR", "SYR"),
    ("Eritrean troops have not shelled any town in Tigray, Asmara said on Monday.",
     "Eritrean troops shelled a town in Tigray, aid workers said on Monday.", "ERI", "ETH"),
    ("Saudi warplanes did not attack the port of Hodeidah, the coalition said.",
     "Saudi warplanes attacked the port of Hodeidah, Houthi officials said.", "SAU", "YEM"),
    ("Turkey denied that its drones had struck oil facilities near Qamishli.",
     "Turkish drones struck oil facilities near Qamishli, Kurdish officials said.", "TUR", "SYR"),
    ("Pakistan rejected reports that its artillery shelled villages in Kunar province.",
     "Pakistani artillery shelled villages in Kunar province, Afghan officials said.", "PAK", "AFG"),
    ("Israel said its aircraft had not bombed the city of Rafah overnight.",
     "Israeli aircraft bombed the city of Rafah overnight, witnesses said.", "ISR", "PSE"),
    ("Azerbaijan denied that its forces had attacked positions in the Syunik region.",
     "Azerbaijani forces attacked positions in the Syunik region, Yerevan said.", "AZE", "ARM"),
    ("Iran denied that its missiles had hit targets in the city of Erbil.",
     "Iranian missiles hit targets in the city of Erbil, Kurdish officials said.", "IRN", "IRQ"),
    ("Rwandan troops did not attack the town of Goma, Kigali said.",
     "Rwandan troops attacked the town of Goma, Congolese officials said.", "RWA", "COD"),
    ("Ethiopian drones did not strike markets in the Amhara region, the government said.",
     "Ethiopian drones struck a market in the Amhara region, residents said.", "ETH", "ETH"),
    ("No Indian shells landed in the Neelum valley, the Indian army said.",
     "Indian shells hit homes in the Neelum valley, Pakistani officials said.", "IND", "PAK"),
    ("Sudan's army denied that its planes had bombed villages in North Darfur.",
     "Sudan's army planes bombed villages in North Darfur, witnesses said.", "SDN", "SDN"),
    ("Moscow denied that Russian artillery had shelled the city of Kherson.",
     "Russian artillery shelled the city of Kherson, Ukrainian officials said.", "RUS", "UKR"),
]


def _assaults(doc, modality):
    return [e for e in doc._.cg_events if e.type == "ASSAULT" and e.modality == modality]


@pytest.fixture(scope="module")
def coded(nlp):
    """Per pair: (negated ASSAULTs of the denial, occurred ASSAULTs of the denial, occurred ASSAULTs of the told
    strike, source, place's state)."""
    out = []
    for denied, told, source, state in PAIRS:
        d, t = nlp(denied), nlp(told)
        out.append((_assaults(d, "negated"), _assaults(d, "occurred"), _assaults(t, "occurred"), source, state))
    return out


def test_a_denied_strike_is_never_coded_as_done(coded):
    assert not [pair for pair in coded if pair[1]]


def test_type_and_source_of_denied_strikes_are_right_about_as_often_as_of_told_ones(coded):
    negated = [any(e.source_actor == src for e in neg) for neg, _, _, src, _ in coded]
    told = [any(e.source_actor == src for e in occ) for _, _, occ, src, _ in coded]
    assert sum(told) >= 15, told
    assert sum(negated) >= 13, negated
    # no negated strike with another source
    assert all(e.source_actor == src for neg, _, _, src, _ in coded for e in neg)


def test_a_state_read_off_the_place_is_the_one_it_lies_in(coded):
    """Where a state code is read off the place, it is the labelled state, denied or told."""
    read = [(e.target_actor, state) for neg, _, occ, _, state in coded for e in neg + occ
            if e.target_actor and len(e.target_actor) == 3 and e.target_actor.isupper()]
    assert len(read) >= 12 and all(got == want for got, want in read), read


def test_the_confident_view_treats_a_denied_strike_on_a_place_like_the_told_one(coded):
    """The decision: a negated act gets no pass the same act told as done does not get."""
    from cablegram.nlp.events import is_confident

    compared = 0
    for neg, _, occ, _, state in coded:
        on_place = [e for e in neg + occ if e.target_actor == state]
        if len({e.modality for e in on_place}) == 2:
            compared += 1
            assert len({is_confident(e) for e in on_place}) == 1, on_place
    assert compared >= 5
