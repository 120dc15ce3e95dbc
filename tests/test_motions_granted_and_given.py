"""A request granted and a decision given as a noun (issue 13, round 10): "The request from Northside ward was
granted", "A move to suspend standing orders was blocked" (an item as the passive subject of a verb that decides only
so), "Consent was given for the sale", "Permission was granted for a stall"; not a grant by someone else, nor "There
was no consensus". Sentences written for these tests in several styles; none is quoted from a real page or a probe
page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("title", "sentence", "outcome"),
    [
        (
            "General Committee, 9 April 2025",
            "The request from Northside ward for extra funds was granted.",
            Outcome.CARRIED,
        ),
        (
            "Executive Committee minutes – 4 March 2025",
            "The application for a hardship grant was granted.",
            Outcome.CARRIED,
        ),
        ("NEC report: March", "A move to suspend standing orders was blocked.", Outcome.DEFEATED),
        (
            "Minutes of the meeting of Full Council, 12 March 2025",
            "The bid to defer the budget debate was blocked.",
            Outcome.DEFEATED,
        ),
        ("Branch meeting, 14 May 2025", "Permission was granted for the branch to hold a stall.", Outcome.CARRIED),
        (
            "Executive Committee minutes – 4 March 2025",
            "Consent was given for the sale of the branch office.",
            Outcome.CARRIED,
        ),
        ("NEC meeting, 3 May 2025", "The go-ahead was given for a members' ballot on the new rules.", Outcome.CARRIED),
    ],
)
def test_an_item_granted_or_a_decision_given_is_a_motion(title: str, sentence: str, outcome: Outcome) -> None:
    motions = titled_page_motions(f"{title}\n\n{sentence}\n")
    assert [m.outcome for m in motions] == [outcome]


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("Branch meeting, 14 May 2025", "The request was granted by the regional office before the meeting."),
        ("NEC meeting, 3 May 2025", "There was no consensus on the way forward."),
        ("General Committee, 9 April 2025", "There was not agreement on the date of the hustings."),
        ("NEC meeting, 3 May 2025", "The judge granted the injunction."),
        ("Branch meeting, 14 May 2025", "The road was blocked by protesters for an hour."),
        ("Executive Committee minutes – 4 March 2025", "Permission will be sought for the sale of the office."),
    ],
)
def test_no_decision_of_the_meeting(title: str, sentence: str) -> None:
    assert titled_page_motions(f"{title}\n\n{sentence}\n") == []


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "Pages report\n\nA move to open all constituency selections was withdrawn before the vote.",
            [Outcome.WITHDRAWN],
        ),
        ("Branch minutes\n\nA move to reopen nominations for treasurer fell by 12 votes to 9.", [Outcome.DEFEATED]),
        ("Council group notes\n\nThe move to publish the whip's letters was agreed without a vote.", [Outcome.CARRIED]),
        ("Union executive minutes\n\nTheir move to invite the minister was blocked.", [Outcome.DEFEATED]),
    ],
)
def test_a_move_to_do_anything_is_an_item_put(page: str, expected: list[Outcome]) -> None:
    """ "A move to <act>" is a proposal whatever the act, not only the acts a list once named."""
    assert [m.outcome for m in titled_page_motions(page)] == expected


@pytest.mark.parametrize(
    "page",
    [
        "NEC report\n\nThe party's move to the left was welcomed by members.",
        "Branch minutes\n\nA move to London for the regional office was mentioned in passing.",
        "CLP report\n\nThe move to online meetings has been popular with members.",
    ],
)
def test_a_move_to_a_place_or_a_direction_is_no_item(page: str) -> None:
    assert titled_page_motions(page) == []
