"""Two layouts of minutes' tallies (round 19): labelled counts parted by slashes or bars ("For 6 / Against 6 /
Abstain 1", "For 12 | Against 9 | Abstain 0") are one tally, as with commas; two candidates' totals on lines under a
heading that names the election ("Election of Chair" / "Sam Nkemelu: 14 votes" / "Laura Pike: 9 votes") are one
tally, as under a line ending in a colon. Sentences written for these tests in several styles; none is quoted from a
real page or a probe page.
"""

from __future__ import annotations

import pytest

from support import tally_counts


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        ("Proposal 3 (regional levy)\nFor 6 / Against 6 / Abstain 1\nThe proposal passed.", [(6, 6, 1)]),
        ("Vote: For 12 / Against 9 / Abs 1. Carried.", [(12, 9, 1)]),
        ("Motion on fares – For 12 | Against 9 | Abstain 0 – carried.", [(12, 9, 0)]),
    ],
)
def test_labelled_counts_parted_by_slashes_are_one_tally(body: str, counts: list[tuple[int, int, int]]) -> None:
    assert tally_counts(body) == counts


def test_slashed_numbers_without_labels_are_no_tally() -> None:
    assert tally_counts("Members aged 18/25 for the youth seat were asked to stand.") == []


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        ("Election of Chair\nSam Nkemelu: 14 votes\nLaura Pike: 9 votes\nSam Nkemelu was elected.", [(14, 9, None)]),
        ("Ballot for Secretary\nAmir Khan – 11\nJo Reed – 15\nJo Reed was declared elected.", [(15, 11, None)]),
    ],
)
def test_candidate_lines_under_an_election_heading_are_one_tally(
    body: str, counts: list[tuple[int, int, None]]
) -> None:
    assert tally_counts(body) == counts


def test_name_lines_under_a_heading_without_a_vote_are_no_tally() -> None:
    body = "Room bookings\nHall A: 14 seats\nHall B: 9 seats\nThe secretary will book the larger hall."
    assert tally_counts(body) == []
