"""A motion the chair kept from the meeting because it lay outside the body's remit, or declared out of order, was
never put: no motion (SPEC: Votes, "A proposal ruled out of order was never put"); and "fell outside the remit" is no
fall of an item (round 22, voices22). Sentences written for these tests in several registers; none is quoted from a
real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    "page",
    [
        "NEC report\n\nA motion from two CLP reps on the whip was not debated, with the chair ruling that it fell "
        "outside the committee's remit.",
        "Branch minutes\n\nThe motion on Palestine was not taken, as it was outside the branch's remit.",
        "NEC report\n\nOur emergency motion, moved by Jo Reid, never got debated: the Chair declared it out of order.",
        "Council minutes\n\nThe Mayor deemed the amendment out of order and it was not put.",
        "CLP report\n\nThe complaint fell within the remit of the disputes panel, so the GC did not discuss it.",
    ],
)
def test_never_put(page: str) -> None:
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    "page",
    [
        # a motion that fell, and one whose remit the meeting changed
        "NEC report\n\nJo Reid moved a motion on rail fares. It fell by 12 votes to 10.",
        "Branch minutes\n\nA motion to widen the remit of the equalities officer was carried.",
    ],
)
def test_put_and_decided(page: str) -> None:
    assert len(titled_page_motions(page)) == 1
    assert titled_page_motions(page)[0].outcome is not Outcome.UNKNOWN
