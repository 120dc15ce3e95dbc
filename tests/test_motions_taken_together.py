"""Two items, each with its own determiner, decided in one go (issue 13, round 9c): "The meeting dates and the terms
of reference were agreed as a block" is two decisions with one result; "The minutes and the accounts were agreed"
stays one. Sentences written for these tests in several styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D = Outcome.CARRIED, Outcome.DEFEATED
_OPENING = "The meeting opened with apologies. "


@pytest.mark.parametrize(
    ("page", "outcome", "items"),
    [
        (
            "NEC report\n\n" + _OPENING + "The meeting dates for next year and the committee terms of reference were "
            "agreed as a block.",
            C,
            ("meeting dates", "terms of reference"),
        ),
        (
            "Branch minutes\n\n" + _OPENING + "The budget and the campaign plan were both approved.",
            C,
            ("budget", "campaign plan"),
        ),
        (
            "Council minutes\n\n" + _OPENING + "The fees schedule and the new lettings policy were approved en bloc.",
            C,
            ("fees schedule", "lettings policy"),
        ),
        (
            "CLP minutes\n\n" + _OPENING + "The two rule changes from Eastfield ward, the quorum change and the "
            "proxy change, were rejected together.",
            D,
            (),
        ),
        (
            "Local news\n\n" + _OPENING + "The parking plan and the bus lane scheme were thrown out together.",
            D,
            ("parking plan", "bus lane scheme"),
        ),
    ],
)
def test_two_items_decided_in_one_go_are_one_motion_each(page: str, outcome: Outcome, items: tuple[str, ...]) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == [outcome] * len(motions)
    assert len(motions) == 2
    for item, motion in zip(items, motions, strict=False):
        assert item in motion.summary


@pytest.mark.parametrize(
    "page",
    [
        # no word that they were taken together: one pair, one decision
        "Branch minutes\n\n" + _OPENING + "The minutes and the accounts were agreed.",
        # the first item has no determiner of its own
        "NEC report\n\n" + _OPENING + "Committee memberships and the dates for next year were agreed en bloc.",
        # one determiner over both nouns
        "CLP minutes\n\n" + _OPENING + "The fees and charges were approved together.",
    ],
)
def test_a_pair_not_taken_together_stays_one_motion(page: str) -> None:
    assert len(titled_page_motions(page)) == 1


@pytest.mark.parametrize(
    ("page", "outcome"),
    [
        # an item named by its number is its own item, as one with a determiner is (round 15, fates matrix)
        ("NEC report\n\n" + _OPENING + "Motion 7 on school transport and the paper on volunteers were both agreed.", C),
        ("Branch minutes\n\n" + _OPENING + "The rota proposal and Motion 3 on hall hire were both lost.", D),
        (
            "Council minutes\n\n"
            + _OPENING
            + "Amendment 2 on parking and amendment 4 on street lights were both carried.",
            C,
        ),
    ],
)
def test_items_named_by_number_taken_together_are_one_motion_each(page: str, outcome: Outcome) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == [outcome, outcome]


def test_a_number_inside_one_item_does_not_split_it() -> None:
    page = "CLP minutes\n\n" + _OPENING + "The motion on wards 3 and 4 and their boundaries was carried."
    assert len(titled_page_motions(page)) == 1
