"""A news report's attribution after the decision it reports (issue 13, round 10): "The committee, which met by video
link, backed the proposal, officials confirmed" is the body's decision, though the parse hangs it under "confirmed";
a person at the meeting reporting another body's decision ("..., the secretary told us") is none. Sentences written
for these tests; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("title", "sentence", "outcomes"),
    [
        (
            "Executive Committee meeting",
            "The committee, which met by video link, backed the proposal, officials confirmed.",
            [Outcome.CARRIED],
        ),
        (
            "Labour executive clears way for selections",
            "The executive agreed the selection timetable and approved a code of conduct for candidates, "
            "party sources confirmed.",
            [Outcome.CARRIED, Outcome.CARRIED],
        ),
        (
            "Labour NEC meeting",
            "The NEC, which met in London on Tuesday, agreed to suspend the CLP, it is understood.",
            [Outcome.CARRIED],
        ),
        (
            "Council cabinet meeting",
            "The cabinet, meeting in public at the town hall, rejected the proposal, a spokesperson said.",
            [Outcome.DEFEATED],
        ),
    ],
)
def test_a_decision_attributed_after_it_is_the_meetings(title: str, sentence: str, outcomes: list[Outcome]) -> None:
    motions = titled_page_motions(f"{title}\n\n{sentence}\n")
    assert [m.outcome for m in motions] == outcomes


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("Branch meeting, 14 May 2025", "The region has agreed to fund the post, the secretary told us."),
        ("Labour NEC meeting", "The NEC will decide on the timetable next month, sources said."),
        ("Labour NEC meeting", "Unite's executive backed the proposal, officials confirmed."),
    ],
)
def test_no_decision_of_the_meeting_attributed(title: str, sentence: str) -> None:
    assert titled_page_motions(f"{title}\n\n{sentence}\n") == []
