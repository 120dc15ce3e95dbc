"""A change labelled by what it does, then only its tally after a colon ("Moving the AGM to June: 12 for, 3
against", "Capping delegations: 16 in favour, 11 against, 2 abstentions"): one motion, carried or lost as the counts
say (a tie falls), with that tally. Near misses: a label that tells no change ("Turnout: 12 for, 3 against"), counts
that are no tally. Pages written for these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from support import titled_page_motions


@pytest.mark.parametrize(
    ("page", "outcomes"),
    [
        # an NEC member's blog, rule changes as lines under an intro
        (
            "NEC report, March 2025\n\nWe voted on these rule changes:\n\n"
            "Restoring the freeze date for by-elections: 21 in favour, 10 against, 1 abstention.\n"
            "Scrapping the three-year rule: 9 in favour, 22 against.\n",
            ["carried", "defeated"],
        ),
        # union branch minutes
        ("Branch minutes, 4 May 2024\n\nMoving the AGM to June: 12 for, 3 against.", ["carried"]),
        # a tie falls
        ("Branch minutes, 4 May 2024\n\nMoving the AGM to June: 8 for, 8 against.", ["defeated"]),
        # council group minutes
        ("Labour group minutes, June 2023\n\nOpposing the car park sale: 14 votes to 9.", ["carried"]),
    ],
)
def test_a_labelled_change_with_its_tally_is_a_motion(page: str, outcomes: list[str]) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome.value for m in motions] == outcomes
    assert all(m.vote is not None for m in motions)


@pytest.mark.parametrize(
    "page",
    [
        "Branch minutes, 4 May 2024\n\nTurnout: 12 for, 3 against.",
        "NEC report, March 2025\n\nCapping delegations: 8 delegates each, up to 40 in all.",
    ],
)
def test_labels_that_tell_no_decided_change_are_no_motion(page: str) -> None:
    assert titled_page_motions(page) == []
