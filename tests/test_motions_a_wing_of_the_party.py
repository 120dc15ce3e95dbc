"""A wing of the party has bodies of its own (round 22, voices22): "Young Labour's national committee has agreed a new
constitution", "Scottish Labour's executive has agreed its timetable" in an NEC report are another body's decisions,
though "Labour's" alone names the party's own; a title that gives the wing's word ("Scottish Executive Committee
report") makes its body the meeting's. Sentences written for these tests; none is quoted from a real page or a probe
page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    "page",
    [
        "NEC report – 29 January 2013\n\nYoung Labour's national committee has agreed a new constitution.",
        "NEC report – 29 January 2013\n\nScottish Labour's executive has agreed its own timetable.",
        "NEC report – 29 January 2013\n\nUnite's national executive has agreed to back the review.",
    ],
)
def test_another_bodys_decision(page: str) -> None:
    assert titled_page_motions(page) == []


@pytest.mark.parametrize(
    "page",
    [
        "NEC report – 29 January 2013\n\nLabour's national executive agreed the new timetable.",
        "Scottish Executive Committee report – 7 March 2020\n\nScottish Labour's executive agreed to release £40k.",
    ],
)
def test_the_meetings_own_decision(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.CARRIED]
