"""The national executive named in a report on another executive (round 21, decide21): "the UK NEC rejected ..." in
a report on the Scottish Executive Committee, "The national executive has already agreed ..." in a division
executive's news, is the body above the meeting, not the meeting; "the NEC" of a report on the NEC stays ours.
Sentences written for these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


def _outcomes(title: str, body: str) -> list[Outcome]:
    page = f"{title}\n\nThe committee met on Saturday. Apologies were received.\n\n{body}\n"
    return [m.outcome for m in titled_page_motions(page)]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "Scottish Executive Committee report, 2 December 2025",
            "We also heard that the UK NEC rejected Scottish Labour's request for extra campaign funds.",
        ),
        (
            "Division executive news, 18 January 2025",
            "The national executive has already agreed the union's own pay ballot timetable; we will share it soon.",
        ),
        ("WEC report – 14 September 2025", "The NEC approved the new selection rules for Westminster seats."),
        (
            "Unite NW Regional Committee – notes",
            "The EC's decision to suspend the area activists' committee was reported.",
        ),
    ],
)
def test_the_national_executive_is_another_body(title: str, body: str) -> None:
    assert _outcomes(title, body) == []


@pytest.mark.parametrize(
    ("title", "body", "outcome"),
    [
        (
            "Scottish Executive Committee report, 2 December 2025",
            "The SEC rejected the request for extra funds.",
            Outcome.DEFEATED,
        ),
        ("UNISON NEC report – 12 June 2025", "The NEC agreed to fund two coaches.", Outcome.CARRIED),
        (
            "Report from the UNISON National Executive Council, 6 December 2025",
            "The NEC agreed to fund two coaches.",
            Outcome.CARRIED,
        ),
        ("Report of the meeting", "The NEC agreed to fund two coaches.", Outcome.CARRIED),
        ("WEC report – 14 September 2025", "The EC agreed to suspend the branch.", Outcome.CARRIED),
        ("Scottish Executive Committee report, 2 December 2025", "The EC agreed the budget.", Outcome.CARRIED),
    ],
)
def test_our_own_executive_still_decides(title: str, body: str, outcome: Outcome) -> None:
    assert _outcomes(title, body) == [outcome]
