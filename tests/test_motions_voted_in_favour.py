"""A side named by a preposition and its noun (issue 13, round 10): "Delegates voted in favour of the motion" is the
meeting carrying it, as "voted for the motion" is; "voted in favour of it" settles the item just put. Sentences
written for these tests in several styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("NEC meeting, 3 May 2025", "The NEC voted in favour of the proposal to cap spending on selections."),
        ("Annual Conference 2025: our delegation's report", "Delegates voted in favour of the motion on housing."),
        (
            "Minutes of the meeting of Full Council, 12 March 2025",
            "Councillors voted overwhelmingly in favour of the recommendation.",
        ),
        ("Branch meeting, 14 May 2025", "The branch voted in favour of holding a hustings for the selection."),
        ("Labour NEC meeting", "Labour's ruling executive voted in favour of the plan on Tuesday."),
    ],
)
def test_voted_in_favour_of_an_item_is_carried(title: str, sentence: str) -> None:
    motions = titled_page_motions(f"{title}\n\n{sentence}\n")
    assert [m.outcome for m in motions] == [Outcome.CARRIED]


@pytest.mark.parametrize(
    "settling",
    [
        "The meeting voted in favour of it.",
        "Members voted in favour of it by 12 to 3.",
    ],
)
def test_voted_in_favour_of_it_settles_the_item_just_put(settling: str) -> None:
    page = f"General Committee, 9 April 2025\n\nAnn Lee moved a motion on rents.\n{settling}\n"
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == [Outcome.CARRIED]
    assert "rents" in motions[0].summary


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("Branch meeting, 14 May 2025", "Members voted in favour of the strike in 2022."),
        ("Branch meeting, 14 May 2025", "We voted in favour of the striking workers."),
        ("Branch meeting, 14 May 2025", "Unite's executive voted in favour of the motion."),
        ("NEC meeting, 3 May 2025", "The NEC will vote in favour of the proposal next month."),
        ("NEC meeting, 3 May 2025", "The mood of the room was in favour of change."),
    ],
)
def test_no_decision_of_this_meeting_on_an_item(title: str, sentence: str) -> None:
    assert titled_page_motions(f"{title}\n\n{sentence}\n") == []
