"""An item still waiting is no decision (issue 13, round 9): "The council has not given the green light to the scheme
yet", "has yet to approve", "has still not agreed" tell a pending item, not a defeat. Sentences written for these tests
in several styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D = Outcome.CARRIED, Outcome.DEFEATED


@pytest.mark.parametrize(
    "page",
    [
        "Local news\n\nThe council has not given the green light to the leisure scheme yet, and a decision is "
        "expected in May.",
        "CLP newsletter\n\nThe executive has not backed the proposal for a second office yet.",
        "NEC report\n\nThe NEC has yet to approve the new selections timetable.",
        "Union branch minutes\n\nThe regional committee has still not agreed our claim for release time.",
        "Council group minutes\n\nThe group has not yet endorsed the budget amendment; it will meet again on Monday.",
    ],
)
def test_a_pending_item_is_no_decision(page: str) -> None:
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    ("page", "outcome"),
    [
        # a result told in the same sentence still counts
        ("NEC report\n\nThe paper was not approved yet again, falling by 12 votes to 20.", D),
        ("Local news\n\nThe plan was approved on Monday, although ministers have not yet signed it off.", C),
        ("Branch minutes\n\nThe motion was not carried.", D),
        ("CLP minutes\n\nThe executive did not back the proposal, which fell by 9 votes to 4.", D),
    ],
)
def test_a_result_beside_a_pending_word_stays(page: str, outcome: Outcome) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [outcome]
