"""A decision with an exception (issue 13, round 7): "Its recommendations were agreed, except for the case of X, which
was referred back" is the recommendations carried; the exception's own fate is not theirs. Sentences written for
these tests in several styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D, R = Outcome.CARRIED, Outcome.DEFEATED, Outcome.REMITTED


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (
            "NEC report\n\nThe panel's recommendations were agreed, except for the case of Eastside, which was "
            "referred back.",
            [C],
        ),
        (
            "Union minutes\n\nThe recommendations of the officers were accepted, apart from the proposal on Wales, "
            "which was deferred.",
            [C],
        ),
        (
            "Conference report\n\nThe rule changes were agreed, with the exception of the change to the freeze date, "
            "which was withdrawn.",
            [C],
        ),
        ("Council minutes\n\nThe proposals were rejected, save for the one on parking, which was carried.", [D]),
        # no result before the exception: the result told is the item's
        ("CLP minutes\n\nThe report, apart from one paragraph, was referred back to the officers.", [R]),
    ],
)
def test_an_exception_keeps_its_own_fate(page: str, expected: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == expected
