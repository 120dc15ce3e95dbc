"""A past event named in a phrase before the main clause does not date the main clause (issue 13, round 9): "After last
year's fiasco, I put forward a proposal ..." is this meeting's proposal; "Last year's conference agreed ..." stays a
decision of another time. Sentences written for these tests in several styles; none is quoted from a real page or a
probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C = Outcome.CARRIED


@pytest.mark.parametrize(
    "page",
    [
        "Youth rep's report\n\nAfter last year's fiasco, I put forward a proposal that the 2026 youth conference be "
        "held in Sheffield. It was carried 24-8.",
        "Branch minutes\n\nFollowing last month's flooding at the depot, Jo Hart moved that the branch fund a hardship "
        "payment. This was agreed unanimously.",
        "CLP minutes\n\nDespite last year's deficit, the treasurer proposed a donation of £200 to the food bank, which "
        "was agreed.",
        "Council group minutes\n\nGiven last week's press coverage, the group agreed to issue a statement on the bins "
        "contract.",
    ],
)
def test_a_fronted_past_phrase_leaves_the_main_clause_this_meetings(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [C]


@pytest.mark.parametrize(
    "page",
    [
        "NEC report\n\nLast year's conference agreed to review the freeze dates.",
        "CLP minutes\n\nThe secretary reminded members that last month's meeting had agreed the campaign budget.",
    ],
)
def test_a_past_body_or_meeting_stays_another_times(page: str) -> None:
    assert titled_page_motions(page) == []
