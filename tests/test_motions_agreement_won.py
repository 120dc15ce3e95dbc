"""A decision someone won from the meeting, told as the agreement won (round 11): "I secured agreement that the
freeze date would be reviewed", "We won agreement for a review", "got agreement to publish the minutes", "managed to
secure a commitment to hold hustings". Every sentence is written for these tests, in NEC blog, branch and union
voices, with negatives: an agreement won from someone else, one with no content, one sought.
"""

from __future__ import annotations

import pytest

from support import page_outcomes

NEC = "NEC report – 12 March 2024"
UNION = "Minutes of the National Executive Council meeting held on 4 June 2024"
BRANCH = "Northside branch meeting, 14 May 2024"


CASES = [
    ("I secured agreement that the freeze date would be reviewed.", NEC, ["carried"]),
    ("We won agreement for a review of the complaints process.", NEC, ["carried"]),
    ("I got agreement to publish the minutes of the disputes panel.", NEC, ["carried"]),
    ("We managed to secure a commitment to hold hustings in every region.", NEC, ["carried"]),
    ("Our secretary obtained the branch's approval for a stall at the gala.", BRANCH, ["carried"]),
    ("The union secured agreement from the employer to pay the living wage.", UNION, []),
    ("We won agreement.", NEC, []),
    ("We will seek agreement to publish the minutes.", NEC, []),
]


@pytest.mark.parametrize(("body", "title", "expected"), CASES)
def test_agreement_won(body: str, title: str, expected: list[str]) -> None:
    assert page_outcomes(body, title) == expected
