"""A ballot's answers laid out as lines ("Yes – 9" / "No – 2" / "Abstain – 3"; round 19, party committees'
minutes): one tally, as "For: 9" / "Against: 2" lines are (SPEC: Rulings), and those lines are no item heading that
parts the result under them from the item above. An answer line needs a count: "No – the chair will write" is no
vote. Pages written for these tests in several styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import tally_counts, titled_page_motions


@pytest.mark.parametrize(
    ("lines", "counts"),
    [
        ("Yes – 9\nNo – 2\nAbstain – 3\nPassed.", (9, 2, 3)),
        ("Yes: 14\nNo: 6\nThe proposal was agreed.", (14, 6, None)),
        ("Ayes – 21\nNoes – 30\nThe amendment fell.", (21, 30, None)),
    ],
)
def test_answer_lines_are_one_tally(lines: str, counts: tuple[int, int, int | None]) -> None:
    assert tally_counts(f"Vote on the proposal to change the standing orders:\n{lines}") == [counts]


def test_answer_lines_without_counts_are_no_vote() -> None:
    body = "Questions to the treasurer:\nNo – the accounts are not yet audited.\nYes – the reserves are in the bank."
    assert tally_counts(body) == []


@pytest.mark.parametrize(
    ("lines", "outcome"),
    [
        ("Yes – 9\nNo – 2\nPassed.", Outcome.CARRIED),
        ("For – 4\nAgainst – 8\nAbstain – 1\nLost.", Outcome.DEFEATED),
    ],
)
def test_a_result_under_tally_lines_is_the_items_above(lines: str, outcome: Outcome) -> None:
    heading = "Green Party regional council – minutes, 5 June 2023"
    page = f"{heading}\n\nVote on the proposal to merge the two branches:\n{lines}\n"
    assert [m.outcome for m in titled_page_motions(page)] == [outcome]
