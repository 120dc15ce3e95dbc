"""What was decided told first as a plan with "is to", the body's verb after it ("A hardship fund is to be set up,
the executive decided"): the plan is the decision, as "will" is. Other bodies' plans, plans only said or heard, and
what is the case stay out. Pages written for these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from support import BRANCH_OPENING, COUNCIL_OPENING, NEC_OPENING, NEWS_OPENING, titled_page_motions


@pytest.mark.parametrize(
    "page",
    [
        NEC_OPENING + "A policy-making youth conference is to be set up, the NEC decided.",
        BRANCH_OPENING + "The hardship fund is to double next year, the committee agreed.",
        COUNCIL_OPENING + "Ward newsletters are to go out every quarter, the group resolved.",
        NEWS_OPENING + "A strike fund is to be created, the executive decided on Friday.",
        NEC_OPENING + "The NEC decided that a review of selections is to be carried out.",
    ],
)
def test_a_plan_told_before_the_body_decided_it_is_a_carried_decision(page: str) -> None:
    assert [m.outcome.value for m in titled_page_motions(page)] == ["carried"]


@pytest.mark.parametrize(
    "page",
    [
        # another body's plan, the speaker's report of a plan, a plan only heard
        NEC_OPENING + "A review is to be set up, the GMB decided last week.",
        BRANCH_OPENING + "The leaflet is to go out in May, the chair said.",
        COUNCIL_OPENING + "The aim is to win back the ward, the group heard.",
        # what is the case, not a plan
        NEWS_OPENING + "The fund is large enough, the executive agreed.",
    ],
)
def test_plans_not_decided_by_the_meeting_are_no_decision(page: str) -> None:
    assert titled_page_motions(page) == []
