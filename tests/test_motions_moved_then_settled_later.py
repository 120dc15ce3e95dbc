"""An item put, then moved by a pronoun ("Tasha moved it formally.") or named by the noun of the verb that moved it
("X moved that the standing orders be amended ... . On a show of hands the amendment fell."), and settled sentences
later: one motion, with its mover and its result (round 22). Pages written here as a Momentum rep's report, council
group minutes, a union branch's notes and a party blog; near-misses keep their own items."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import one_report

C, D = Outcome.CARRIED, Outcome.DEFEATED


@pytest.mark.parametrize(
    ("body", "mover", "outcome"),
    [
        (
            "A proposal to give local groups a tenth of national income came from the Leeds group. The officers were"
            " lukewarm. Tasha Oke moved it formally. Lost narrowly, by one vote.",
            "Tasha Oke",
            D,
        ),
        (
            "A proposal for a second advice surgery in Hulme came from the east wards. Cllr Dev Rana moved it on"
            " their behalf. Agreed.",
            "Dev Rana",
            C,
        ),
        (
            "The idea of a hardship fund for strikers came up under the treasurer's report. Sandra Pike moved it."
            " It was carried unanimously.",
            "Sandra Pike",
            C,
        ),
    ],
)
def test_an_item_moved_by_a_pronoun_is_the_item_put(body: str, mover: str, outcome: Outcome) -> None:
    motions = one_report(body).motions
    assert [(m.movers, m.outcome) for m in motions] == [([mover], outcome)]


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        (
            "Cllr Ben Morton moved that the group's standing orders be amended so that the deputy leader is elected"
            " every year. Cllr Rashida Ali seconded. The Leader spoke against. On a show of hands the amendment fell.",
            D,
        ),
        (
            "Jo Fenn proposed that the branch rules be amended to allow online voting. There was a long debate,"
            " most of it about the cost. The amendment was agreed.",
            C,
        ),
    ],
)
def test_a_result_named_by_the_noun_of_what_was_moved(body: str, outcome: Outcome) -> None:
    assert [m.outcome for m in one_report(body).motions] == [outcome]


@pytest.mark.parametrize(
    "body",
    [
        # an amendment of its own, moved after the motion: two items
        "Ann Lee moved that the report be accepted. Bob Hart moved an amendment deleting paragraph 4. The amendment"
        " fell. The report was then accepted.",
        # moved to another meeting: no mover of the item
        "A motion on bus fares from the Kirk ward was discussed. The chair moved it to the next meeting.",
    ],
)
def test_near_misses_keep_their_own_items(body: str) -> None:
    motions = one_report(body).motions
    assert all(m.movers != ["Bob Hart"] or m.outcome is D for m in motions)
    assert all(m.movers != ["the chair"] for m in motions)
