"""Two near-misses in members' reports (round 21, decide21): a passive whose agent is another body ("The target seat
list has been signed off by the campaign committee") tells that body's decision, not the meeting's; the author's vote
followed by its reason ("I voted against because of the changes to CLP motions") is a vote on the item before, not an
item of its own. Sentences written for these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


def _outcomes(body: str, title: str = "SEC meeting – Saturday 16 March 2025: my report") -> list[Outcome]:
    return [m.outcome for m in titled_page_motions(f"{title}\n\n{body}\n")]


@pytest.mark.parametrize(
    "body",
    [
        "The target seat list has been signed off by the campaign committee, so there was nothing for us to decide.",
        "The timetable was approved by the organisation committee last week.",
        "The new guidance has been agreed by the disputes panel and will be circulated.",
    ],
)
def test_another_body_as_the_agent(body: str) -> None:
    assert _outcomes(body) == []


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        ("The motion was rejected by the committee.", Outcome.DEFEATED),
        ("The budget was approved by the SEC.", Outcome.CARRIED),
        ("The plan was agreed by the meeting.", Outcome.CARRIED),
    ],
)
def test_our_own_body_as_the_agent(body: str, outcome: Outcome) -> None:
    assert _outcomes(body) == [outcome]


def test_the_authors_vote_and_its_reason() -> None:
    assert _outcomes("The package went through by 19-10. I voted against because of the changes to CLP motions.") == [
        Outcome.CARRIED
    ]
    assert _outcomes("We voted against because of the cost of the new motions system.") == []
