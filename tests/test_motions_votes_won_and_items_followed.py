"""Outcomes told by who won the vote, and items followed to their result (issue 13, round 7). Sentences written for
these tests in several styles (NEC write-up, union / council / CLP minutes, news); none is quoted from a real page or
a probe page.

- "We won the vote on X", "we lost the vote on X 20-13", "The vote on X was won 14-12", "... put to the meeting and
  won by 18 to 15": the item voted on, carried or lost (not a vote lost in the Commons);
- "voted against holding a special conference": a course of action voted on is a proposal;
- "was asked to approve the procedures, and did so": the result told after the item in the same clause;
- a paper, code or timetable "presented" or "circulated" is put to the meeting, a motion when a result follows;
- "the amended motion" / "the substantive motion" after an amendment settles the motion moved before, not a new one.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D, U = Outcome.CARRIED, Outcome.DEFEATED, Outcome.UNKNOWN


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("NEC report\n\nWe won the vote on all-member meetings by 14 votes to 12.", [C]),
        ("NEC report\n\nWe lost the vote on the freeze date, 20 to 13.", [D]),
        ("Branch minutes\n\nThe vote on affiliation to the trades council was won 14-12.", [C]),
        ("Conference report\n\nA motion on rail fares was put to the meeting and won by 18 to 15.", [C]),
        ("Union minutes\n\nJane Smith moved a motion on rents. The vote was won comfortably.", [C]),
        # a vote of another body, and a vote on nothing named
        ("NEC report\n\nWe lost the vote in the Commons on the Rwanda bill.", []),
        ("Group news\n\nLabour lost the vote on the bill in Parliament.", []),
        ("NEC report\n\nThe chair won the argument about the timetable.", []),
    ],
)
def test_a_vote_won_or_lost_on_an_item(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("NEC report\n\nThe NEC voted against holding a special conference.", [D]),
        ("Committee minutes\n\nThe committee voted for moving all its meetings online.", [C]),
        ("Branch news\n\nMembers voted against affiliating to the new federation.", [D]),
        ("Group minutes\n\nThe group supported the strikers by joining the picket line.", []),
    ],
)
def test_a_course_of_action_voted_on(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("NEC report\n\nNEC members were asked to approve the procedures for the election, and did so.", [C]),
        ("Union minutes\n\nThe executive was asked to endorse the pay claim, and duly did so without a vote.", [C]),
        ("Council minutes\n\nMembers were asked to agree the revised standing orders, and did so unanimously.", [C]),
    ],
)
def test_asked_and_did_so(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "NEC report\n\nA new code of conduct on social media was presented by the Chair. I raised concerns about "
            "enforcement. It was approved unanimously.",
            [C],
        ),
        ("Branch minutes\n\nThe timetable for the elections was circulated. It was agreed without a vote.", [C]),
        (
            "Union minutes\n\nA new policy on expenses was submitted by the Treasurer. It was referred back.",
            [Outcome.REMITTED],
        ),
        # presented and no result: no decision
        ("CLP minutes\n\nThe timetable for the selection was presented. Members discussed the hustings.", []),
        ("NEC report\n\nThe shortlist for the by-election was presented by the regional director.", []),
    ],
)
def test_a_paper_presented_then_decided(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "NEC report\n\nJo Bell moved an emergency motion calling for a ceasefire. Sam Patel moved an amendment "
            "deleting the reference to sanctions. The amendment was carried by 20 votes to 12. The amended motion "
            "was then agreed unanimously.",
            [C, C],
        ),
        (
            "Conference report\n\nJo Bell moved an emergency motion calling for a ceasefire. Sam Patel moved an "
            "amendment deleting the reference to sanctions. The amendment was carried by 20 votes to 12, and the "
            "amended motion was then agreed unanimously.",
            [C, C],
        ),
        (
            "Branch minutes\n\nA motion on rail fares was moved by Jane Smith. An amendment from Riverside branch was "
            "lost, and the motion was carried.",
            [C, D],
        ),
        (
            "Union minutes\n\nA motion on pay was moved by Ann Lee. The amendment from the North fell; the substantive "
            "motion was then carried.",
            [C, D],
        ),
    ],
)
def test_the_motion_after_its_amendment(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected
