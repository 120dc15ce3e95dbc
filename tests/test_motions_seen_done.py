"""Changes the meeting made told as what an item or the meeting "saw" done (round 11): "Amendments from the floor saw
the right to vote retained and the number of officers increased", "The amendment saw the reference deleted",
"Tuesday's meeting saw the levy cut". Every sentence is written for these tests, in NEC, union, council and branch
voices, with negatives: what a time or another body saw, a change no decision word names, a "saw" still to come.
"""

from __future__ import annotations

import pytest

from support import page_outcomes

NEC = "NEC report – 12 March 2024"
UNION = "Minutes of the National Executive Council meeting held on 4 June 2024"
COUNCIL = "Minutes of the meeting of Full Council held on 8 July 2024"
BRANCH = "Northside branch meeting, 14 May 2024"


CASES = [
    (
        "Amendments from the floor saw the right of suspended members to vote retained, and the number of officers "
        "increased to four.",
        NEC,
        ["carried", "carried"],
    ),
    ("The amendment saw the reference to a second referendum deleted.", UNION, ["carried"]),
    ("Tuesday's meeting saw the branch levy reduced to £2.", BRANCH, ["carried"]),
    ("The debate saw the allowances scheme retained for another year.", COUNCIL, ["carried"]),
    ("The weekend saw the strike fund grow.", BRANCH, []),
    ("The council saw its grant cut by the government.", BRANCH, []),
    ("The meeting saw turnout rise to forty.", UNION, []),
    ("The next meeting will see the levy reviewed.", BRANCH, []),
]


@pytest.mark.parametrize(("body", "title", "expected"), CASES)
def test_changes_seen_done(body: str, title: str, expected: list[str]) -> None:
    assert page_outcomes(body, title) == expected
