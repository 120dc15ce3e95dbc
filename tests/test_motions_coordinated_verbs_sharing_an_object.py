"""Two verbs set off by commas sharing one object ("We debated, and then approved, the budget"): the parse may read
the second verb as a participle, or hang the object on it as a conjunct noun; the decision verb is told as done all
the same and decides the shared object. Near misses: a participle that is one ("the report, already approved by the
council"), a passive of another body, and verbs that decide nothing. Sentences written for these tests; none is
quoted from a real page.
"""

from __future__ import annotations

import pytest

from support import BRANCH_OPENING, COUNCIL_OPENING, NEC_OPENING, NEWS_OPENING, titled_page_motions


@pytest.mark.parametrize(
    ("page", "outcome", "item"),
    [
        (NEC_OPENING + "We debated, and then approved, the new campaign budget.", "carried", "budget"),
        (BRANCH_OPENING + "Members argued over, but finally accepted, the new rota for stalls.", "carried", "rota"),
        (COUNCIL_OPENING + "We discussed, and agreed, the draft manifesto.", "carried", "manifesto"),
        (
            NEWS_OPENING + "The executive looked at, and then endorsed, plans for something called a hardship fund.",
            "carried",
            "fund",
        ),
        (
            NEC_OPENING + "We talked through, and then endorsed, plans for something called a Campaign Board.",
            "carried",
            "Board",
        ),
    ],
)
def test_the_second_of_two_verbs_sharing_an_object_decides_it(page: str, outcome: str, item: str) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome.value for m in motions] == [outcome]
    assert item in motions[0].summary


@pytest.mark.parametrize(
    "page",
    [
        BRANCH_OPENING + "We talked through, and then noted, the treasurer's figures.",
        NEC_OPENING + "We listened to, and then thanked, the staff who ran the count.",
        COUNCIL_OPENING + "The leader was asked about, and then explained, the delay to the budget.",
    ],
)
def test_shared_objects_of_verbs_that_decide_nothing_are_no_decision(page: str) -> None:
    assert titled_page_motions(page) == []
