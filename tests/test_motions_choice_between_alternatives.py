"""A choice put to the meeting between alternatives for one question ("had to choose between two options for ...",
"were asked to decide between two ways of ...", "faced a choice between three models"): one proposal, its outcome
unknown unless the sentence tells the choice made ("..., and chose the second"). Not a choice of the meeting: between
candidates (an election), one for the members to make later, a choice with no alternatives named. Pages written for
these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import MotionKind, Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    "page",
    [
        # an NEC member's write-up
        "NEC report\n\nThe NEC had to choose between two options for how the youth elections should be run: the first "
        "would extend the current term.",
        # a CLP bulletin
        "CLP bulletin\n\nThe GC had to pick between two ways of running the delegate elections.",
        # Lib Dem board report, with "decide"
        "Federal Board report\n\nThe Board had to decide between two options for the committee elections.",
        # union minutes, the passive frame
        "Executive council minutes\n\nMembers were asked to choose between three models for the regional structure.",
        # a news report
        "Union executive meets\n\nThe executive faced a choice between two approaches to the pay claim.",
    ],
)
def test_a_choice_between_alternatives_is_one_proposal_put(page: str) -> None:
    motions = titled_page_motions(page)
    assert [(m.kind, m.outcome) for m in motions] == [(MotionKind.PROPOSAL, Outcome.UNKNOWN)]


@pytest.mark.parametrize(
    "page",
    [
        "Branch minutes\n\nMembers were asked to choose between three budget options, and chose the second.",
        "NEC report\n\nWe had to decide between two timetables for the selections and opted for the shorter one.",
    ],
)
def test_a_choice_made_in_the_same_sentence_is_carried(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.CARRIED]


@pytest.mark.parametrize(
    "page",
    [
        "CLP bulletin\n\nMembers will have to choose between two candidates in the ballot.",
        "NEC report\n\nWe had to choose between going home early and staying for the last item.",
        "Branch minutes\n\nThe speaker said voters face a stark choice at the next election.",
    ],
)
def test_no_alternatives_put_to_the_meeting_is_no_choice(page: str) -> None:
    assert titled_page_motions(page) == []
