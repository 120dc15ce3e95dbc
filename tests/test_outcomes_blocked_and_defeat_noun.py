"""A defeat told by "was blocked" or by the noun ("the motion's defeat", "the defeat of the amendment"): the item
defeated, its tally read with the larger count against. Near-misses that must not read as a defeat. Sentences written
for these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from support import page_motions, tally_counts


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        ("A move to restore trigger ballots was blocked by 22 votes to 14.", (14, 22, None)),
        ("The CLP motion on open selections was blocked, 20-13, with the unions voting as one.", (13, 20, None)),
        ("The amendment's defeat, by 27 votes to 9, surprised nobody in the room.", (9, 27, None)),
        ("After the defeat of the motion by 16 votes to 11, the chair moved to the next item.", (11, 16, None)),
    ],
)
def test_a_blocked_or_defeated_item_counts_against(body: str, counts: tuple[int, int, None]) -> None:
    assert tally_counts(body) == [counts]


@pytest.mark.parametrize(
    "body",
    [
        "A bid by the youth rep to scrap the hustings fee was blocked.",
        "The branch motion calling for a rent freeze was blocked.",
    ],
)
def test_a_blocked_item_is_defeated(body: str) -> None:
    assert [m.outcome.value for m in page_motions(body, "Executive meeting, 3 March 2025")] == ["defeated"]


@pytest.mark.parametrize(
    "body",
    [
        "The NEC agreed the budget by 24 votes to 5, after the defeat of the Tories in the by-election was noted.",
        "The report on the election defeat was approved by 30 votes to 2.",
    ],
)
def test_a_defeat_of_something_else_is_no_defeat_of_the_item(body: str) -> None:
    assert [c[:2] for c in tally_counts(body)] in ([(24, 5)], [(30, 2)])
