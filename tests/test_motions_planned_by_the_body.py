"""What was decided told first as a plan with "is to", the body's verb after it ("A hardship fund is to be set up,
the executive decided"): the plan is the decision, as "will" is. Other bodies' plans, plans only said or heard, and
what is the case stay out. Pages written for these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from support import titled_page_motions

_NEC = "NEC report, March 2025\n\nThe NEC met on Tuesday.\n\n"
_BRANCH = "Minutes of the branch committee, 12 May 2024\n\nPresent: eleven members.\n\n"
_COUNCIL = "Labour group meeting, Westford Council, June 2023\n\nThe group met before full council.\n\n"
_NEWS = "Executive backs new fund\n\nThe union's executive met in London on Friday.\n\n"


@pytest.mark.parametrize(
    "page",
    [
        _NEC + "A policy-making youth conference is to be set up, the NEC decided.",
        _BRANCH + "The hardship fund is to double next year, the committee agreed.",
        _COUNCIL + "Ward newsletters are to go out every quarter, the group resolved.",
        _NEWS + "A strike fund is to be created, the executive decided on Friday.",
        _NEC + "The NEC decided that a review of selections is to be carried out.",
    ],
)
def test_a_plan_told_before_the_body_decided_it_is_a_carried_decision(page: str) -> None:
    assert [m.outcome.value for m in titled_page_motions(page)] == ["carried"]


@pytest.mark.parametrize(
    "page",
    [
        # another body's plan, the speaker's report of a plan, a plan only heard
        _NEC + "A review is to be set up, the GMB decided last week.",
        _BRANCH + "The leaflet is to go out in May, the chair said.",
        _COUNCIL + "The aim is to win back the ward, the group heard.",
        # what is the case, not a plan
        _NEWS + "The fund is large enough, the executive agreed.",
    ],
)
def test_plans_not_decided_by_the_meeting_are_no_decision(page: str) -> None:
    assert titled_page_motions(page) == []
