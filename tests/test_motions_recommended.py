"""Decisions put as a recommendation (issue 13): "The NEC was recommended to oppose X, and did so", "the Chief Whip
recommended that the group oppose it, and the group agreed", "the council was recommended to object, and RESOLVED
to object": the recommendation is the motion, its result the meeting's; a recommendation with no result of the
meeting is no motion. Sentences written for these tests in several styles, with negatives; none is quoted from a
real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D = Outcome.CARRIED, Outcome.DEFEATED


@pytest.mark.parametrize(
    ("page", "expected", "words"),
    [
        (
            "NEC report\n\nThe NEC was recommended to oppose the emergency motion on water, and did so, despite "
            "my vote.",
            [C],
            "oppose the emergency motion",
        ),
        (
            "Group minutes\n\nThe Chief Whip, Cllr Nowak, recommended that the group oppose it, and the group agreed.",
            [C],
            "oppose it",
        ),
        (
            "Parish council minutes\n\n(i) Application 24/11, a rear extension: the council was recommended to "
            "oppose the application, and RESOLVED to object.",
            [C],
            "oppose the application",
        ),
        (
            "Local party news\n\nThe meeting was recommended by the executive to oppose the incinerator. Members "
            "agreed.",
            [C],
            "oppose the incinerator",
        ),
        (
            "Union minutes\n\nThe committee was recommended to support the pay offer, but the members rejected it.",
            [D],
            "support the pay offer",
        ),
    ],
)
def test_a_recommendation_the_meeting_settled_is_a_motion(page: str, expected: list[Outcome], words: str) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == expected
    assert words in motions[0].evidence.text


@pytest.mark.parametrize(
    "page",
    [
        "Council minutes\n\nThe scrutiny report recommended that councils build more homes.",
        "NEC report\n\nThe review recommended that branches meet monthly; it will be discussed in July.",
    ],
)
def test_a_recommendation_with_no_result_is_no_motion(page: str) -> None:
    assert titled_page_motions(page) == []
