"""A decision told in the emphatic past with an aside between the auxiliary and the verb (round 21, kinds21): "We did,
however, approve the budget", "The NEC did, in the end, approve the accounts", and its negation "did not, after all,
agree". A time the thing decided is compared with ("a larger deficit than last year") dates no decision. Every
sentence is written for these tests; near-misses (discussion, a decision of another year) stay as they were.
"""

from __future__ import annotations

import pytest

from support import page_outcomes

NEC = "NEC report – 12 March 2024"
UNION = "Minutes of the National Executive Council meeting held on 4 June 2024"
CLP = "Riverside CLP General Committee – 3 May 2024"


CASES = [
    ("We did, however, approve the budget.", NEC, ["carried"]),
    ("The NEC did, in the end, approve the accounts.", NEC, ["carried"]),
    ("The NEC did, after a long debate, agree to send two delegates.", NEC, ["carried"]),
    ("We did, however, approve the conference budget, which had a larger deficit than last year.", NEC, ["carried"]),
    ("The NEC approved a budget bigger than in 2023.", NEC, ["carried"]),
    ("The NEC did not, in the end, approve the accounts.", NEC, ["defeated"]),
    # near-misses
    ("We did, however, discuss the budget.", NEC, []),
    ("The NEC approved the budget last year.", NEC, []),
    ("The NEC approved the budget in 2022.", NEC, []),
]


@pytest.mark.parametrize(("body", "title", "expected"), CASES)
def test_emphatic_past(body: str, title: str, expected: list[str]) -> None:
    assert page_outcomes(body, title) == expected
