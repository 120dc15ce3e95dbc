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

from support import titled_page_motions

_NEC = "NEC report, March 2025\n\nThe NEC met on Tuesday.\n\n"
_BRANCH = "Minutes of the branch committee, 12 May 2024\n\nPresent: eleven members.\n\n"
_COUNCIL = "Labour group meeting, Westford Council, June 2023\n\nThe group met before full council.\n\n"
_NEWS = "Union executive meets\n\nThe union's executive met in London on Friday.\n\n"


@pytest.mark.parametrize(
    "page",
    [
        _NEC + "Also high on the agenda was a long paper proposing changes to how the sub-committees work.",
        _BRANCH + "We had before us a document with the changes proposed after the rota review.",
        _COUNCIL + "There was a discussion on the motion calling for free parking in the town centre.",
        _NEWS + "First up was the rulebook review, meaning the rule changes the executive is putting to conference.",
        _NEC + "We began with the rule changes for conference.",
        _BRANCH + "Before us was an amendment to the standing orders from the youth officer.",
    ],
)
def test_an_item_put_before_the_meeting_is_a_motion(page: str) -> None:
    assert [m.outcome.value for m in titled_page_motions(page)] == ["unknown"]


@pytest.mark.parametrize(
    "page",
    [
        _NEC + "We began with the minutes of the last meeting.",
        _BRANCH + "There was a discussion on the state of the branch finances.",
        _COUNCIL + "First up was the leader's report on the budget round.",
        _NEWS + "Before us was a guest speaker from the strike committee.",
    ],
)
def test_business_that_is_no_proposal_is_no_motion(page: str) -> None:
    assert titled_page_motions(page) == []
