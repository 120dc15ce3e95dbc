"""A motion put, told by what it says with the motion opening the sentence ("An emergency motion on the bus strike
backed the position the leader had taken", "An amendment about fees urged a freeze"): a motion, its outcome unknown
unless told.
Not motions of the meeting: one told of another time or place ("Last year a motion at conference called for open
selections"), one named by "the" (the motion told before), a paper that merely exists. Pages written for these tests;
none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    "page",
    [
        # a Scottish executive write-up
        "Executive report\n\nAn emergency motion on the bus strike backed the position the leader had taken.",
        # union branch minutes
        "Branch minutes\n\nAn amendment about fees urged a freeze for members on low pay.",
        # an NEC blog, a lead-in adverb first
        "NEC report\n\nFinally, a motion on council housing demanded an end to right to buy.",
    ],
)
def test_a_motion_told_by_what_it_says_is_a_motion(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.UNKNOWN]


@pytest.mark.parametrize(
    "page",
    [
        "NEC report\n\nLast year a motion at conference called for open selections.",
        "Branch minutes\n\nThe amendment urged a freeze for members on low pay.",
        "Branch minutes\n\nA paper on fees was circulated before the meeting.",
    ],
)
def test_no_motion_of_the_meeting(page: str) -> None:
    assert titled_page_motions(page) == []
