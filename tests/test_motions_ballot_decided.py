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


@pytest.mark.parametrize(
    ("title", "body", "outcome"),
    [
        (
            "Welsh Executive report – 14 June 2025",
            "I moved an amendment, seconded by Rhodri Vaughan, to guarantee a members' ballot for the top two places. "
            "The vote on that was 14 each.",
            Outcome.DEFEATED,
        ),
        (
            "Branch committee minutes, 2 April 2024",
            "Sam Ellis proposed that the revised offer be put to an all-member ballot. This was agreed.",
            Outcome.CARRIED,
        ),
        (
            "Hillside CLP general committee, 6 June 2023",
            "Ward delegates tabled a motion calling for a ballot of all members on the new boundaries; it fell 12-19.",
            Outcome.DEFEATED,
        ),
        (
            "Minutes of the National Executive Council, 9 May 2019",
            "Brother Kane put forward a proposal for a members' ballot on affiliation. "
            "It was remitted to the officers.",
            Outcome.REMITTED,
        ),
    ],
)
def test_a_ballot_someone_proposed_is_what_was_put(title: str, body: str, outcome: Outcome) -> None:
    motions = titled_page_motions(f"{title}\n\n{body}\n")
    assert [m.outcome for m in motions] == [outcome]


def test_a_nominee_proposed_by_a_branch_who_won_a_ballot_is_no_motion_of_the_meeting() -> None:
    sentence = "Jo Reid, proposed by Eastgate branch, was chosen in the members' ballot by 142 votes to 96."
    assert titled_page_motions(f"NEC meeting, 3 May 2025\n\n{sentence}\n") == []
