"""Outcomes told obliquely (issue 13): how much support the mover found ("found only two other members willing to
support it", "Only a handful of members raised their hands for it") is a defeat; hands raised for a motion that
was carried are no decision of their own. Sentences written for these tests in several styles, with negatives;
none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D, U = Outcome.CARRIED, Outcome.DEFEATED, Outcome.UNKNOWN


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # NEC write-up
        (
            "NEC report\n\nHarry Dale moved that every CLP send a delegate to the forum. He found only two other "
            "members willing to support it.",
            [D],
        ),
        # news of a local party
        (
            "Local party news\n\nCllr Penn called for a vote on an amendment to delay the exit. Only a handful of "
            "members raised their hands for it.",
            [D],
        ),
        # CLP minutes
        ("CLP minutes\n\nJo Bell moved a motion on rail. Only three of us voted for it.", [D]),
        # union minutes
        ("Union minutes\n\nThe amendment on fees was moved. Only a few delegates put their hands up for it.", [D]),
    ],
)
def test_little_support_found_is_a_defeat(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("Branch minutes\n\nA motion on housing was moved. Members raised their hands for it and it was carried.", [C]),
        ("Branch minutes\n\nA motion on rail was moved. Many members were willing to support it.", [U]),
    ],
)
def test_support_that_is_no_defeat(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected
