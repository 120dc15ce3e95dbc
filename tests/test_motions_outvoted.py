"""The side outvoted on its own proposal (round 21, kinds21): "We were outvoted on our proposal to X – 16 to 17", "Our
amendment was outvoted by 17 votes to 16": the proposal defeated, with the tally (for the smaller side). A tally right
after a dash counts the clause before the dash. Being outvoted with no item of one's own named ("The left was
outvoted on most things") decides nothing. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from nec_extract.pipeline import extract

NEC = "NEC report – 12 March 2024"
UNION = "Minutes of the National Executive Council meeting held on 4 June 2024"
CLP = "Riverside CLP General Committee – 3 May 2024"


def read(body: str, title: str) -> tuple[list[str], list[tuple[int | None, int | None]]]:
    document = extract(f"{title}\n\n{body}\n", "page.txt")
    outcomes = [m.outcome.value for r in document.reports for m in r.motions]
    votes = [(v.for_, v.against) for r in document.reports for v in r.votes]
    return outcomes, votes


CASES = [
    ("We were outvoted on our proposal to let members vote online – 16 to 17.", NEC, ["defeated"], [(16, 17)]),
    ("We were outvoted on our proposal to hold a hustings in every region.", NEC, ["defeated"], []),
    ("Our amendment was outvoted by 17 votes to 16.", CLP, ["defeated"], [(16, 17)]),
    ("I was outvoted on my proposal to scrap the fee.", UNION, ["defeated"], []),
    ("Jo Reid moved an amendment to scrap the fee. We were outvoted 9 to 12.", CLP, ["defeated"], [(9, 12)]),
    ("The motion on rail fares was carried – 20 to 4.", UNION, ["carried"], [(20, 4)]),
    # near-misses
    ("The left was outvoted on most things.", NEC, [], []),
    ("We met in two rooms – 12 to 14 people in each.", CLP, [], []),
]


@pytest.mark.parametrize(("body", "title", "outcomes", "votes"), CASES)
def test_outvoted(body: str, title: str, outcomes: list[str], votes: list[tuple[int, int]]) -> None:
    assert read(body, title) == (outcomes, votes)
