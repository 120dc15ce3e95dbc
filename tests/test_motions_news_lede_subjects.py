"""Who decides in a news lede or standfirst (issue 13, round 10): "Labour's governing body last night backed ..." is
the meeting the report tells of ("last night" is the meeting's own time, as
"yesterday" is); a body placed somewhere the title does not name ("councillors in Camden") is another body.
Sentences written for these tests; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("title", "sentence", "outcome"),
    [
        (
            "Labour NEC backs new fee",
            "Labour's governing body last night backed plans for a new membership fee.",
            Outcome.CARRIED,
        ),
        (
            "Labour bosses impose shortlist",
            "The party's ruling body last night voted to impose an all-women shortlist in Haverleigh.",
            Outcome.CARRIED,
        ),
        (
            "Labour executive rejects call for special conference",
            "Labour's governing body last night rejected a call for a special conference on the rulebook.",
            Outcome.DEFEATED,
        ),
        (
            "NEC meeting",
            "Labour's national executive last night agreed to open nominations for the deputy leadership.",
            Outcome.CARRIED,
        ),
    ],
)
def test_the_partys_own_body_in_a_lede_decides(title: str, sentence: str, outcome: Outcome) -> None:
    motions = titled_page_motions(f"{title}\n\n{sentence}\n")
    assert [m.outcome for m in motions] == [outcome]


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("Branch meeting, 14 May 2025", "Councillors in Camden voted to close the library."),
        ("General Committee, 9 April 2025", "Delegates in Scotland voted to back the plan for a new depot."),
        ("Labour NEC meeting", "Unite's executive last night voted to withdraw its funding."),
        ("Labour NEC meeting, 3 May 2025", "Labour's governing body backed the plans last month."),
    ],
)
def test_another_body_or_time_is_no_motion(title: str, sentence: str) -> None:
    assert titled_page_motions(f"{title}\n\n{sentence}\n") == []
