"""A deferral told as the item coming back later or pushed back (issue 13, round 8): "The proposal on fees will return
to the committee in March", "it will come back in September", "was pushed back to May". Sentences written for these
tests in several styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

F = Outcome.DEFERRED
_OPENING = "The meeting opened with apologies. "


@pytest.mark.parametrize(
    "page",
    [
        "NEC report\n\n" + _OPENING + "A second rule change, on the freeze date, did not get as far as a vote: it "
        "will come back in September once it has been redrafted.",
        "Council minutes\n\n" + _OPENING + "The proposal on parking fees will return to the committee in March.",
        "Branch minutes\n\n" + _OPENING + "A rule change allowing branches to meet online was pushed back to May, as "
        "the legal advice is not ready.",
        "Local news\n\n" + _OPENING + "The motion on the library will come back after conference, the chair said.",
    ],
)
def test_an_item_coming_back_later_was_deferred(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [F]


@pytest.mark.parametrize(
    "page",
    [
        # a person coming back, or a question about when: no item deferred
        "NEC report\n\n" + _OPENING + "The general secretary said she would come back in June with a fuller report.",
        "CLP minutes\n\n" + _OPENING + "Members asked when the report would come back to the committee.",
        # something expected of another body, not this meeting's deferral
        "Union report\n\n" + _OPENING + "We expect the national pay claim to return to the table in May.",
    ],
)
def test_no_deferral(page: str) -> None:
    assert titled_page_motions(page) == []
