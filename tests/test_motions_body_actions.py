"""The body acting on members, units and rules (issue 13, round 7: "the body as the agent of an action"): "The NEC
expelled three members", "imposed a candidate", "reinstated the two suspended members", "restored the whip",
"readmitted", "abolished", "scrapped", "waived the subscription" are decisions of the meeting, carried; not said of
the author ("we imposed"), another body in another year, or a person ("The General Secretary restored order").
Sentences written for these tests in several styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from support import titled_page_motions


@pytest.mark.parametrize(
    "page",
    [
        "NEC report\n\nThe NEC expelled three members for supporting another party.",
        "NEC report\n\nThe NEC imposed a candidate in the seat after the selection collapsed.",
        "Party news\n\nLabour's NEC restored the whip to the former leader.",
        "CLP minutes\n\nThe committee reinstated the two suspended members.",
        "Union executive report\n\nThe executive scrapped the affiliation fee for student members.",
        "Branch minutes\n\nThe branch waived the subscription for unemployed members.",
        "Group minutes\n\nThe group readmitted the two councillors who had resigned the whip.",
        "Executive council report\n\nThe executive council abolished the regional levy.",
    ],
)
def test_the_body_acting_decides(page: str) -> None:
    assert [m.outcome.value for m in titled_page_motions(page)] == ["carried"]


@pytest.mark.parametrize(
    "page",
    [
        "Council news\n\nThe council imposed by-laws on the park in 1998.",
        "NEC report\n\nThe General Secretary restored order.",
        "Branch minutes\n\nOur branch scrapped its newsletter years ago.",
    ],
)
def test_no_action_of_the_meeting(page: str) -> None:
    assert titled_page_motions(page) == []
