"""A contest the meeting decided, its winner told beside the winning verb rather than right before it (round 22,
voices22): "Ann Lee was elected to the Disputes Panel, defeating Tom Hart 18-16", "The officers' choice, Nell Kerr,
beat the other candidate, Tom Hart, by 21 votes to 14". Sentences written for these tests in several registers; none
is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("page", "winner"),
    [
        ("NEC report\n\nAnn Lee was elected to the Disputes Panel, defeating Tom Hart 18-16.", "Ann Lee"),
        ("Branch minutes\n\nRaj Gill was re-elected as our delegate, beating Sue Marsh by 12 votes to 9.", "Raj Gill"),
        (
            "NEC report\n\nThere were two candidates. The officers' choice, Nell Kerr, beat the other candidate, Tom "
            "Hart, by 21 votes to 14.",
            "Nell Kerr",
        ),
        ("Council news\n\nCllr Bea Dunn defeated her rival, Cllr Omar Shah, 30-22 to become leader.", "Bea Dunn"),
        ("Union report\n\nSam Patel beat Jo Reid, 18-16, in a tense vote for the vice-chair.", "Sam Patel"),
    ],
)
def test_the_contest_is_one_election(page: str, winner: str) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == [Outcome.CARRIED]
    assert winner in motions[0].summary


@pytest.mark.parametrize(
    "page",
    [
        # a score, a ballot of the members counted in thousands, an election with no contest told
        "Branch news\n\nOur football team, the Reds, beat their rival, Castle Rovers, 3-1.",
        "Union news\n\nJo Reid was elected by the members, defeating Sam Lee by 4,210 votes to 3,900.",
        "CLP report\n\nThe staff side beat the officers, 5-4, in the quiz.",
    ],
)
def test_no_contest_of_the_meeting(page: str) -> None:
    assert titled_page_motions(page) == []
