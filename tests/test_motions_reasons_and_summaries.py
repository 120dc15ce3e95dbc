"""False readings of round 8 (issue 13). Sentences written for these tests in several styles; none is quoted
from a real page or a probe page.

- A result, then a clause of reason or time with its own subject acting ("withdrawn after the commission agreed to
  rewrite the paragraph"): the main clause's result is the item's; the other's decision is its reason, no motion.
- "There were two nominations": the candidates for one post, one election, not two motions.
- "A summary of what the Council decided": a free relative names decisions told elsewhere; it is none itself.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D, W, R, F = Outcome.CARRIED, Outcome.DEFEATED, Outcome.WITHDRAWN, Outcome.REMITTED, Outcome.DEFERRED


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "NEC report\n\nThe amendment on agency staff was withdrawn by its movers after the commission agreed to "
            "rewrite the paragraph.",
            [W],
        ),
        (
            "Branch minutes\n\nThe motion on the car park fell because the executive voted to move to next business.",
            [D],
        ),
        (
            "Council minutes\n\nThe report on allowances was deferred, as the panel had agreed to gather more figures.",
            [F],
        ),
        (
            "Local news\n\nThe plan to close the library was shelved once the cabinet decided to look at other "
            "savings.",
            [F],
        ),
        (
            "Students' union summary\n\nMotion 4 - Society funding formula. Result: WITHDRAWN by the proposer before "
            "debate, after the Activities Committee agreed last week to review the formula itself.",
            [W],
        ),
        # negatives: the clause of reason holds another item's result (passive), or there is no result before it
        ("NEC report\n\nThe motion was carried after the amendment to it had been rejected.", [C]),
        ("CLP minutes\n\nAfter a long debate the meeting agreed to send a letter to the council.", [C]),
        ("Union minutes\n\nThe paper was approved. After that the executive agreed to hold a ballot.", [C, C]),
    ],
)
def test_a_reason_after_the_result_is_no_result(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected


@pytest.mark.parametrize(
    "page",
    [
        "NEC report\n\nVice-chair: there were two nominations. Ann Lee was elected by 19 votes to 14.",
        "Branch minutes\n\nChair: three nominations were received, and Tom Hart was elected on the second ballot.",
        "Council minutes\n\nTwo candidates were nominated for the vacancy on the board. Cllr Patel was appointed.",
        "Local news\n\nThere were four nominees for the chair of the committee, and Sue Kay was elected.",
    ],
)
def test_a_count_of_nominations_is_one_election(page: str) -> None:
    assert len(titled_page_motions(page)) <= 2
    assert sum(1 for m in titled_page_motions(page) if m.outcome is C) == 1


@pytest.mark.parametrize(
    ("page", "items"),
    [
        ("NEC report\n\nWe had two motions before us. Both were carried.", 2),
        ("Branch minutes\n\nThere were two motions. The first, on pay, was carried; the second, on fees, fell.", 2),
    ],
)
def test_counted_motions_still_count(page: str, items: int) -> None:
    assert len(titled_page_motions(page)) == items


@pytest.mark.parametrize(
    "page",
    [
        "Union report to branches\n\nOn a turnout of 41%, members voted by 12,310 to 4,902 to accept the pay offer.",
        "NEC report\n\nThe NEC noted the result of the all-member ballot for the youth rep: Ann Lee was chosen with "
        "312 votes to 240.",
        "Local news\n\nIn a ballot of the membership, party members backed the new leader by 23,114 votes to 19,872.",
        "CLP minutes\n\nThe secretary reported the members' ballot on the merger: the proposal was rejected, 188 to "
        "203.",
    ],
)
def test_a_ballot_of_the_members_is_no_motion_of_the_meeting(page: str) -> None:
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("NEC report\n\nThe NEC agreed to hold an all-member ballot on the new rules.", [C]),
        ("Conference report\n\nRule 9 was carried on a card vote by 742,300 votes to 318,900.", [C]),
        ("Council minutes\n\nThe council agreed to raise the grant from 1,500 to 2,500 pounds a year.", [C]),
        ("Branch minutes\n\nA budget of £12,000 to £15,000 for the campaign was approved.", [C]),
        ("Union minutes\n\nThe executive rejected the motion by 14 votes to 9.", [D]),
    ],
)
def test_the_meetings_own_votes_stay(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected


@pytest.mark.parametrize(
    "page",
    [
        "NPF report\n\nOf the 600 amendments submitted, roughly three-quarters were agreed in negotiation.",
        "Conference report\n\nMost of the rule changes on the agenda were accepted without debate.",
        "Council minutes\n\nSome of the recommendations of the scrutiny panel were referred back to the cabinet.",
        "Local news\n\nAbout half of the objections were upheld by the planning committee.",
        "Union minutes\n\nThe majority of the branch motions were carried on a show of hands.",
    ],
)
def test_a_share_of_many_items_is_no_motion(page: str) -> None:
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    ("page", "count"),
    [
        ("Conference report\n\nAll the rule changes were accepted.", 1),
        ("NEC report\n\nBoth amendments were lost.", 2),
        ("Council minutes\n\nThe motion was carried, some members voting against.", 1),
    ],
)
def test_named_or_counted_items_stay(page: str, count: int) -> None:
    assert len(titled_page_motions(page)) == count
