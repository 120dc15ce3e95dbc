"""Tallies told in kinds the blind pages of round 7 showed (round 8), each in several styles with negatives; every
sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

Counts = tuple[int | None, int | None, int | None, bool]


def tallies(body: str, title: str = "Minutes of the Council – 25 February 2025") -> list[Counts]:
    document = extract(f"{title}\n\n{body}\n", "page.txt")
    return [(v.for_, v.against, v.abstentions, v.unanimous) for r in document.reports for v in r.votes]


RECORDED_LINES = [
    (
        "A recorded vote was taken on the amendment:\n\n"
        "For the amendment (3): Councillors Ash, Birch and Cole\n"
        "Against the amendment (4): Councillors Dale, Eyre, Finch and Gale\n"
        "Abstaining (1): Councillor Hale\n\n"
        "The amendment was lost.",
        [(3, 4, 1, False)],
    ),
    (
        "The names were taken.\n\nFor the motion (3): Cllrs Lee, Kerr and Mills\nAgainst the motion (1): Cllr Shah\n\n"
        "The motion was carried.",
        [(3, 1, None, False)],
    ),
    (
        "Recorded vote on the rule change:\nFor (2): Councillor Reid and Councillor Cole\n"
        "Against (3): Councillors Ode, Lowe and Roe\n",
        [(2, 3, None, False)],
    ),
    ("For more on the campaign: see the branch website\nAgainst the odds, turnout was high.\n", []),
]


@pytest.mark.parametrize(("body", "expected"), RECORDED_LINES)
def test_a_recorded_vote_s_lines_with_no_full_stop_are_one_tally(body: str, expected: list[Counts]) -> None:
    """Lines of a recorded vote that end with no full stop, which the sentence splitter joins, are read line by
    line; a line that only starts with "For" or "Against" is no recorded vote."""
    assert tallies(body) == expected

