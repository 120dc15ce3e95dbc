"""Decisions told as what a side achieved (issue 13, round 7): "We managed to get the freeze date cut", "succeeded
in getting a rep added", "managed to increase the number of reps" are decisions of the meeting, carried; "failed to
get the shortlist reopened" is one lost. Achieving no change ("managed to get through the agenda", "succeeded in
raising the issue") is none. Sentences written for these tests in several styles; none is quoted from a real page
or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D = Outcome.CARRIED, Outcome.DEFEATED


@pytest.mark.parametrize(
    ("page", "expected", "words"),
    [
        # NEC write-up by a left rep
        ("NEC report\n\nWe managed to get the freeze date cut to six months.", C, "freeze date"),
        ("NEC report\n\nAfter some argument we succeeded in getting a CLP rep added to the panel.", C, "CLP rep"),
        # union executive report
        ("Executive report\n\nWe managed to increase the number of lay members on the committee.", C, "lay members"),
        # CLP minutes
        ("CLP minutes\n\nMembers managed to get the affiliation fee frozen for another year.", C, "fee frozen"),
        # council group, a decision verb as the thing achieved
        ("Group meeting\n\nIn the end we managed to defeat the proposal to close the library.", D, "library"),
        # a change lost
        ("NEC report\n\nWe failed to get the shortlist reopened.", D, "shortlist"),
        ("Branch news\n\nThe branch failed to get the hardship grant doubled.", D, "hardship grant"),
    ],
)
def test_a_change_won_or_lost_is_a_decision(page: str, expected: Outcome, words: str) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == [expected]
    assert words in motions[0].summary


@pytest.mark.parametrize(
    "page",
    [
        "NEC report\n\nWe managed to get through the whole agenda by nine o'clock.",
        "Branch minutes\n\nWe managed to speak on every item.",
        "CLP report\n\nWe succeeded in raising the issue of the arrears.",
        "Council news\n\nThe council managed to balance its books this year.",
        "NEC report\n\nWe failed to get a word in.",
    ],
)
def test_achieving_no_change_is_no_decision(page: str) -> None:
    assert titled_page_motions(page) == []
