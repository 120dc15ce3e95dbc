"""A meeting's decision to hold a ballot of the members (issue 13, round 10): the ballot is what the meeting chose
("voted to hold an all-member ballot", "gave the go-ahead for a members' ballot"), a decision of the meeting, told by
any decision verb and not only by an outcome word; where the members decided in a ballot it is no motion of the
meeting (SPEC: Votes). Sentences written for these tests in several styles; none is quoted from a real page or a probe
page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("NEC meeting, 3 May 2025", "The NEC voted to hold an all-member ballot on the changes."),
        ("NEC report: what we decided", "We decided to hold a ballot of members on the new rules."),
        ("Executive Committee minutes – 4 March 2025", "The committee gave the go-ahead for a members' ballot."),
        ("Labour NEC meeting", "Labour's ruling body gave the green light to an all-member ballot on the rulebook."),
        ("Branch meeting, 14 May 2025", "The branch voted to put the pay offer to an all-member ballot."),
    ],
)
def test_a_ballot_the_meeting_chose_is_its_decision(title: str, sentence: str) -> None:
    motions = titled_page_motions(f"{title}\n\n{sentence}\n")
    assert [m.outcome for m in motions] == [Outcome.CARRIED]


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("Branch meeting, 14 May 2025", "Members voted in an all-member ballot to reject the offer."),
        ("NEC meeting, 3 May 2025", "The NEC noted the result of the all-member ballot."),
        ("NEC meeting, 3 May 2025", "Members voted by 14,212 to 5,806 to accept the deal in an all-member ballot."),
        ("NEC meeting, 3 May 2025", "Kate Ellis won the all-member ballot for treasurer comfortably."),
        ("NEC meeting, 3 May 2025", "The party held an all-member ballot last year."),
    ],
)
def test_a_ballot_the_members_decided_is_no_motion(title: str, sentence: str) -> None:
    assert titled_page_motions(f"{title}\n\n{sentence}\n") == []
