"""An item put before the meeting, told by where it stood on the agenda or how the meeting came to it rather than by a
mover ("Also high on the agenda was a paper proposing changes to ...", "We had before us a document with the changes
proposed after the review", "There was a discussion on the motion calling for ...", "First up was the rules review,
meaning the rule changes the executive is putting to conference", "We began with the rule changes for conference"):
an item put, its outcome unknown unless a later sentence gives it. Near misses: the same frames over business that is
no proposal (minutes, a report, the finances, a guest speaker). Sentences written for these tests; none is quoted
from a real page.
"""

from __future__ import annotations

import pytest

from support import BRANCH_OPENING, COUNCIL_OPENING, NEC_OPENING, NEWS_OPENING, titled_page_motions


@pytest.mark.parametrize(
    "page",
    [
        NEC_OPENING + "Also high on the agenda was a long paper proposing changes to how the sub-committees work.",
        BRANCH_OPENING + "We had before us a document with the changes proposed after the rota review.",
        COUNCIL_OPENING + "There was a discussion on the motion calling for free parking in the town centre.",
        NEWS_OPENING
        + "First up was the rulebook review, meaning the rule changes the executive is putting to conference.",
        NEC_OPENING + "We began with the rule changes for conference.",
        BRANCH_OPENING + "Before us was an amendment to the standing orders from the youth officer.",
    ],
)
def test_an_item_put_before_the_meeting_is_a_motion(page: str) -> None:
    assert [m.outcome.value for m in titled_page_motions(page)] == ["unknown"]


@pytest.mark.parametrize(
    "page",
    [
        NEC_OPENING + "We began with the minutes of the last meeting.",
        BRANCH_OPENING + "There was a discussion on the state of the branch finances.",
        COUNCIL_OPENING + "First up was the leader's report on the budget round.",
        NEWS_OPENING + "Before us was a guest speaker from the strike committee.",
    ],
)
def test_business_that_is_no_proposal_is_no_motion(page: str) -> None:
    assert titled_page_motions(page) == []
