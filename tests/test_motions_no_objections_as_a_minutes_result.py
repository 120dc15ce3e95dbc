"""Minutes telling an item's result as "no objections", after a dash or a colon on the item's line ("Proposal to
donate £100 to the foodbank – no objections.", "Motion on bus fares: no objections.") or opening the next sentence
("No objections, so agreed."): carried, no tally. Not results: objections told as raised or as someone else's ("No
objections were raised about the minutes" says nothing was put; "No objections to the plan from the regional
office"). Pages written for these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    "page",
    [
        # branch minutes, the result after a dash
        "Branch minutes\n\nProposal to donate £100 to the foodbank – no objections.",
        # CLP GC minutes, after a colon
        "GC minutes\n\nMotion on bus fares: no objections.",
        # a union branch secretary's notes, the result a sentence of its own
        "Branch committee notes\n\nProposal to buy a new banner. No objections, so agreed.",
    ],
)
def test_no_objections_after_the_item_carries_it(page: str) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == [Outcome.CARRIED]
    assert motions[0].vote is None


@pytest.mark.parametrize(
    "page",
    [
        "Branch minutes\n\nNo objections were raised about the minutes.",
        "Branch minutes\n\nNo objections to the plan from the regional office.",
    ],
)
def test_objections_told_otherwise_are_no_result(page: str) -> None:
    assert titled_page_motions(page) == []
