"""Tallies in union and party write-ups (round 21, decide21): abstainers "recorded as abstaining" are counted, and a
winner who "beat" a rival by a dashed pair gives a tally as "defeated" does. Sentences written for these tests;
none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from support import tally_counts


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        ("The draft budget was presented. Agreed, with three members recorded as abstaining.", (None, None, 3)),
        ("The accounts were adopted, two members asking to be recorded as abstaining.", (None, None, 2)),
        ("For the Policy Forum vacancy, Mhairi Young beat Fraser Doig 18–11.", (18, 11, None)),
        ("Ann Lee beat Raj Patel by 20 votes to 14 to become vice-chair.", (20, 14, None)),
    ],
)
def test_counts_told_so(body: str, counts: tuple[int | None, int | None, int | None]) -> None:
    assert tally_counts(body) == [counts]


@pytest.mark.parametrize(
    "body",
    [
        "Two members were recorded as present.",
        "The team beat last year's recruitment total in March.",
    ],
)
def test_no_tally(body: str) -> None:
    assert tally_counts(body) == []


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        ("After a debate the NCG opted for the members' ballot, 19 votes to 12.", [(19, 12, None)]),
        ("The committee agreed a members' ballot by 14 votes to 2.", [(14, 2, None)]),
        ("In the members' ballot, 1,900 votes to 1,200 went to Ann Lee.", []),
    ],
)
def test_a_ballot_the_meeting_chose_is_its_own_vote(body: str, counts: list[tuple[int, int, None]]) -> None:
    assert tally_counts(body) == counts
