"""Two candidates' totals on lines, as "Name 52" or as a name over its count ("Boyce" / "41"), under a line that
announces the result or above a line saying one of them was elected: the election's tally, the winner's votes for
(round 29, tally29; kind seen on tally29 dev d07 and genre28a dev d04). Lines written for these tests; none is quoted
from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from support import tally_counts


@pytest.mark.parametrize(
    ("body", "counts"),
    [
        # trades council AGM: a post's name over two totals, the winner named below
        ("Elections\n\nChair\nAdaeze Obi 52\nMartin Lowe 47\nAdaeze Obi elected", [(52, 47, None)]),
        # CLP AGM minutes: each name over its count
        ("4. Elections\nResult:\nBoyce\n38\nFeeney\n43\nMarcus Feeney elected.", [(43, 38, None)]),
        # union branch: a ballot announced, names over counts
        (
            "Ballot of those present:\nKemi Adeyemi\n31\nTom Hardcastle\n26\nKemi Adeyemi was declared elected.",
            [(31, 26, None)],
        ),
    ],
)
def test_two_candidates_totals_on_lines_are_the_elections_tally(body: str, counts: list[tuple[int, int, None]]) -> None:
    assert tally_counts(body) == counts


@pytest.mark.parametrize(
    "body",
    [
        # three candidates: no tally of for and against
        "Secretary\nInes Ferreira 31\nPaul Stack 30\nRuth Nwosu 38\nNo candidate had a majority.",
        # two figures on lines, nobody elected and nothing announced
        "Stalls\nBook Stall 52\nCake Stall 47\nThanks to everyone who helped.",
    ],
)
def test_totals_on_lines_with_no_election_give_no_tally(body: str) -> None:
    assert tally_counts(body) == []
