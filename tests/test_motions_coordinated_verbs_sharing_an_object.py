"""Two verbs set off by commas sharing one object ("We debated, and then approved, the budget"): the parse may read
the second verb as a participle, or hang the object on it as a conjunct noun; the decision verb is told as done all
the same and decides the shared object. Near misses: a participle that is one ("the report, already approved by the
council"), a passive of another body, and verbs that decide nothing. Sentences written for these tests; none is
quoted from a real page.
"""

from __future__ import annotations

import pytest

from support import titled_page_motions

_NEC = "NEC report, March 2025\n\nThe NEC met on Tuesday.\n\n"
_BRANCH = "Minutes of the branch committee, 12 May 2024\n\nPresent: eleven members.\n\n"
_COUNCIL = "Labour group meeting, Westford Council, June 2023\n\nThe group met before full council.\n\n"
_NEWS = "Executive backs hardship fund\n\nThe union's executive met in London on Friday.\n\n"


@pytest.mark.parametrize(
    ("page", "outcome", "item"),
    [
        (_NEC + "We debated, and then approved, the new campaign budget.", "carried", "budget"),
        (_BRANCH + "Members argued over, but finally accepted, the new rota for stalls.", "carried", "rota"),
        (_COUNCIL + "We discussed, and agreed, the draft manifesto.", "carried", "manifesto"),
        (
            _NEWS + "The executive looked at, and then endorsed, plans for something called a hardship fund.",
            "carried",
            "fund",
        ),
        (
            _NEC + "We talked through, and then endorsed, plans for something called a Campaign Board.",
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
        _BRANCH + "We talked through, and then noted, the treasurer's figures.",
        _NEC + "We listened to, and then thanked, the staff who ran the count.",
        _COUNCIL + "The leader was asked about, and then explained, the delay to the budget.",
    ],
)
def test_shared_objects_of_verbs_that_decide_nothing_are_no_decision(page: str) -> None:
    assert titled_page_motions(page) == []
