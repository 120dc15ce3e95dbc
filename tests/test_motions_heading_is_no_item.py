"""The report's own heading names no item a result in the first sentence settles (round 22, voices22): under "NEC
report – 29 January 2013", "The GS set out a new process, which had already been agreed by the officers" is no motion
whose item is "NEC report". Sentences written for these tests; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    "page",
    [
        "NEC report – 29 January 2013\n\nThe General Secretary set out a new process, which had already been agreed "
        "by the NEC officers.",
        "Branch report – 3 May 2024\n\nThe secretary read out the new rota, which had been approved by the officers.",
    ],
)
def test_the_heading_is_no_item(page: str) -> None:
    assert titled_page_motions(page) == []


def test_an_item_named_after_the_heading_still_is() -> None:
    page = "NEC report – 29 January 2013\n\nThe officers brought a report on staffing. It was approved."
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.CARRIED]
