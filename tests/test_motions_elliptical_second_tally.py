"""A second item's result told with its verb left out after the first's: each is a motion with its own tally."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


def _motions(body: str, heading: str = "NEC meeting, 3 May 2025"):
    return titled_page_motions(f"{heading}\n\n{body}\n")


@pytest.mark.parametrize(
    ("body", "outcomes", "counts"),
    [
        # an NEC member's blog
        (
            "The first amendment was lost 10-22, the second 12-20.",
            [Outcome.DEFEATED, Outcome.DEFEATED],
            [(10, 22), (12, 20)],
        ),
        # CLP secretary's notes
        (
            "Motion 3 was carried 18-6 and motion 4 by 15 votes to 9.",
            [Outcome.CARRIED, Outcome.CARRIED],
            [(18, 6), (15, 9)],
        ),
        # union executive minutes
        (
            "The rule change on CLP motions was carried 20-9, the one on youth reps 19-10.",
            [Outcome.CARRIED, Outcome.CARRIED],
            [(20, 9), (19, 10)],
        ),
    ],
)
def test_each_item_has_its_own_tally(body: str, outcomes: list[Outcome], counts: list[tuple[int, int]]) -> None:
    motions = _motions(body)
    assert [m.outcome for m in motions] == outcomes
    assert [(m.vote.for_, m.vote.against) if m.vote else None for m in motions] == counts


@pytest.mark.parametrize(
    "body",
    [
        # a second clause with a verb of its own is read by the other rules, not taken as a bare second item
        "The motion was carried 18-6 and the meeting then voted 15-9 to close.",
        # a tally of another time after the first
        "The motion was carried 18-6, against 12-14 when it came up last year.",
    ],
)
def test_no_second_item_from_a_clause_that_is_not_a_bare_name(body: str) -> None:
    assert not any(m.summary.lower().startswith(("the meeting", "when", "against")) for m in _motions(body))
