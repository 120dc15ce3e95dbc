"""Minutes' shorthand after the item and a dash (issue 13, round 10): "(a) Car parking charges – moved Dean Cole,
seconded Bev Lind. ... Carried unanimously." names the mover as "(moved Dean Cole, seconded Bev Lind)" does; the item
put is a motion, settled by the result that follows. Sentences written for these tests in several styles; none is
quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("title", "text", "outcome", "mover"),
    [
        (
            "Branch Committee – Minutes, 12 February 2026",
            "(a) Car parking charges – moved Dean Cole, seconded Bev Lind. Calls on the region to back a campaign for "
            "free parking. Carried unanimously.",
            Outcome.CARRIED,
            "Dean Cole",
        ),
        (
            "General Committee minutes, 9 April 2025",
            "Affiliation to the tenants' federation – proposed Jo Hart, seconded Sam Lee. Lost, 4 for, 7 against.",
            Outcome.DEFEATED,
            "Jo Hart",
        ),
        (
            "Minutes of the meeting of Full Council, 12 March 2025",
            "Recommendation 3 — moved Mary Quinn, seconded Raj Patel. Agreed.",
            Outcome.CARRIED,
            "Mary Quinn",
        ),
        (
            "Unite branch executive, 4 March 2025",
            "Donation to the strike fund - moved Alan Reed, seconded Kim Shaw. Deferred to the next meeting.",
            Outcome.DEFERRED,
            "Alan Reed",
        ),
    ],
)
def test_an_item_moved_after_a_dash_is_a_motion(title: str, text: str, outcome: Outcome, mover: str) -> None:
    motions = titled_page_motions(f"{title}\n\n{text}\n")
    assert [m.outcome for m in motions] == [outcome]
    assert motions[0].movers == [mover]


@pytest.mark.parametrize(
    "text",
    [
        "The hall – moved to the annexe this year – was full.",
        "Item 4 – proposed changes to standing orders were discussed and noted.",
    ],
)
def test_no_mover_after_a_dash(text: str) -> None:
    motions = titled_page_motions(f"Branch meeting, 14 May 2025\n\n{text}\n")
    assert all(not m.movers for m in motions)
