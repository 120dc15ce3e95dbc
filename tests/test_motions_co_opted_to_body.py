"""Someone co-opted to a body (round 21, kinds21): "Bianca Todd was co-opted to the NC", "Sam Lee was co-opted onto the
committee". Co-opting is the act of the body the person joins, so it is a choice made at the meeting, as "co-opted
as treasurer" is; "appointed to the policy committee" stays where one sits, no choice told. Minutes' shorthand of a
name and the verb alone ("Sarah Kim endorsed.", "Sam Lee selected.") is a choice too. Every sentence is written for
these tests, in a national council report, union and CLP minutes.
"""

from __future__ import annotations

import pytest

from support import page_outcomes

NC = "National Council report, 9 March 2024"
UNION = "Minutes of the National Executive Council meeting held on 4 June 2024"
CLP = "Riverside CLP General Committee – 3 May 2024"


CASES = [
    ("Bianca Todd was co-opted to the NC.", NC, ["carried"]),
    ("Sam Lee was co-opted onto the executive council.", UNION, ["carried"]),
    ("Ann Cole was coopted to the GC for the rest of the year.", CLP, ["carried"]),
    ("Sam Lee was co-opted as treasurer.", CLP, ["carried"]),
    ("Vote: Candidate A (Ann Cole) 15, Candidate B (Raj Dev) 6. Ann Cole endorsed.", CLP, ["carried"]),
    ("Item 4: Delegate to the regional conference. Sam Lee selected.", UNION, ["carried"]),
    # near-misses
    ("Sam Lee endorsed the motion on rail fares in his speech.", UNION, []),
    ("Jo Reid was appointed to the policy committee.", UNION, []),
    ("Co-opted members were welcomed to their first meeting.", NC, []),
]


@pytest.mark.parametrize(("body", "title", "expected"), CASES)
def test_co_opted_to_body(body: str, title: str, expected: list[str]) -> None:
    assert page_outcomes(body, title) == expected
