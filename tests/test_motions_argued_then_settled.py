"""What a speaker argued should be done, settled by a result in the next sentence that points back to it ("Sam Patel
argued that only branches should nominate. The NEC went along with this.", "Jo made the case for a second stall.
This was agreed."): the argument is the proposal put. Near misses: an argument that something is so (an opinion, not
a proposal), a result that points nowhere, a result of another body or time. Sentences written for these tests; none
is quoted from a real page.
"""

from __future__ import annotations

import pytest

from support import BRANCH_OPENING, COUNCIL_OPENING, NEC_OPENING, NEWS_OPENING, titled_page_motions


@pytest.mark.parametrize(
    ("page", "words"),
    [
        (
            NEC_OPENING
            + "Sam Patel argued that only branches should nominate. The NEC went along with this, on the proviso "
            "that it is reviewed in a year.",
            "only branches should nominate",
        ),
        (BRANCH_OPENING + "Jo Bell made the case for a second stall at the market. This was agreed.", "second stall"),
        (
            COUNCIL_OPENING + "Cllr Ash insisted that the surgery be moved to Saturdays. This was agreed by the group.",
            "surgery",
        ),
        (
            NEWS_OPENING + "One delegate argued that the strike levy should double. The executive accepted this.",
            "strike levy should double",
        ),
    ],
)
def test_what_was_argued_for_and_then_settled_is_a_proposal(page: str, words: str) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome.value for m in motions] == ["carried"]
    assert words in motions[0].summary


@pytest.mark.parametrize(
    "page",
    [
        NEC_OPENING + "Sam Patel argued that the plan was a mistake. The NEC went along with this.",
        BRANCH_OPENING + "Jo Bell argued that the rota should change. It was noted.",
        COUNCIL_OPENING + "Cllr Ash argued that the council should drop the plan. The council did so in March.",
    ],
)
def test_arguments_not_settled_as_proposals_are_no_motion(page: str) -> None:
    assert titled_page_motions(page) == []
