"""A choice between alternatives put to the meeting, told as the alternatives counted and put ("Two options for the
youth elections were put to the NEC", "Three models of regional structure were presented to the executive") or as the
meeting asked which of them to follow ("The committee was asked to decide which of two options the ballot should
follow"): one proposal, its outcome unknown unless told. Not choices of the meeting: alternatives put to members in a
poll or a ballot, alternatives not counted. Pages written for these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import MotionKind, Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    "page",
    [
        # an NEC member's report
        "NEC report\n\nTwo options for the youth elections were put to the NEC.",
        # union executive minutes
        "Executive minutes\n\nThree models of regional structure were presented to the executive.",
        # a Welsh executive write-up
        "WEC report\n\nThe committee was asked to decide which of two options the ballot should follow.",
    ],
)
def test_alternatives_put_to_the_meeting_are_one_proposal(page: str) -> None:
    assert [(m.kind, m.outcome) for m in titled_page_motions(page)] == [(MotionKind.PROPOSAL, Outcome.UNKNOWN)]


@pytest.mark.parametrize(
    "page",
    [
        "NEC report\n\nThree options for the new logo were put to members in an online poll.",
        "NEC report\n\nOptions for the new logo were shown on the screen.",
    ],
)
def test_alternatives_for_others_or_uncounted_are_no_choice_of_the_meeting(page: str) -> None:
    assert titled_page_motions(page) == []
