"""A decision over a list that names its items "these" rather than "the following", the colon closing it ("We agreed
these rule changes:", "The executive endorsed these proposals:"): one motion per item below, as "the following" makes
it. Not a list: "these" inside a sentence that goes on ("We discussed these rule changes at length."). Pages written
for these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("page", "items"),
    [
        # an NEC member's blog
        (
            "NEC report\n\nWe agreed these rule changes:\n• Capping conference delegations at six delegates.\n"
            "• Restoring flexibility on shortlists in by-elections.",
            ["Capping conference delegations", "Restoring flexibility"],
        ),
        # union executive minutes, hyphen bullets
        (
            "Executive minutes\n\nThe executive endorsed these proposals:\n- a pay claim of 8%\n- a ballot in June",
            ["pay claim", "ballot in June"],
        ),
    ],
)
def test_these_items_over_a_list_are_one_motion_each(page: str, items: list[str]) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == [Outcome.CARRIED] * len(items)
    for motion, item in zip(motions, items, strict=True):
        assert item in motion.summary


def test_these_inside_a_sentence_opens_no_list() -> None:
    assert titled_page_motions("NEC report\n\nWe discussed these rule changes at length.") == []
