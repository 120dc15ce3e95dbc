"""A choice said by a verb and its preposition (issue 13, round 10): "The executive opted for a ballot of all members",
"The NEC settled on a date in June" are the body's decisions, carried; not a past choice, another body's, the
author's, or dust settling. Sentences written for these tests in several styles; none is quoted from a real page or a
probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("Executive Committee minutes – 4 March 2025", "The executive opted for a ballot of all members."),
        ("NEC meeting, 3 May 2025", "The NEC settled on a date in June for the by-election."),
        ("Branch meeting, 14 May 2025", "The committee plumped for the cheaper of the two venues."),
        (
            "Minutes of the meeting of Full Council, 12 March 2025",
            "After a long debate, councillors opted for option B.",
        ),
    ],
)
def test_a_choice_the_body_made_is_carried(title: str, sentence: str) -> None:
    motions = titled_page_motions(f"{title}\n\n{sentence}\n")
    assert [m.outcome for m in motions] == [Outcome.CARRIED]


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("Branch meeting, 14 May 2025", "Most members opted for the vegetarian lunch last year."),
        ("Branch meeting, 14 May 2025", "The dust settled on the floor."),
        ("Labour NEC meeting", "Unite's executive opted for a ballot."),
        ("NEC meeting, 3 May 2025", "I opted for the train."),
    ],
)
def test_no_choice_of_the_meeting(title: str, sentence: str) -> None:
    assert titled_page_motions(f"{title}\n\n{sentence}\n") == []
