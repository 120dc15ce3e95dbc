"""A plural set of items named by the one body or paper whose set it is ("the recommendations of the review", "the
proposals of the working group") is put to the meeting as one item, and the result after it ("They were agreed.")
is its outcome; a bare plural still announces an agenda (round 15, fates matrix). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D = Outcome.CARRIED, Outcome.DEFEATED
_OPENING = "The chair opened the meeting. "


@pytest.mark.parametrize(
    ("page", "outcome"),
    [
        ("NEC report\n\n" + _OPENING + "The recommendations of the rules review were debated. They were agreed.", C),
        (
            "Branch minutes\n\n" + _OPENING + "The proposals of the finance working group were put to the meeting. "
            "Members argued that it cost too much. They were defeated.",
            D,
        ),
        ("Council minutes\n\n" + _OPENING + "The recommendations of the scrutiny panel were considered. Carried.", C),
    ],
)
def test_a_set_named_by_whose_it_is_takes_the_result_after_it(page: str, outcome: Outcome) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == [outcome]


def test_a_set_discussed_with_no_result_is_no_motion() -> None:
    page = "CLP bulletin\n\n" + _OPENING + "We discussed the recommendations of the boundary review at length."
    assert titled_page_motions(page) == []
