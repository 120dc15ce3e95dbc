"""Agreement that the body or its organisation should act is a decision (round 21, kinds21): "There was agreement that
the union should affiliate", "There was general agreement that we should write to every MP". An opinion on a thing
("agreement that the document should commit to ...") or on someone else ("the government should act") is none, nor is
an agreement not reached. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from support import page_outcomes

NEC = "NEC report – 12 March 2024"
UNION = "Minutes of the National Executive Council meeting held on 4 June 2024"
CLP = "Riverside CLP General Committee – 3 May 2024"
BRANCH = "Northside branch meeting, 14 May 2024"


CASES = [
    ("There was agreement that the union should affiliate to the federation.", UNION, ["carried"]),
    ("There was general agreement that we should write to every Labour MP.", NEC, ["carried"]),
    ("There was consensus that the branch must send a delegate to the lobby.", BRANCH, ["carried"]),
    ("There was agreement that the CLP should hold a hustings in June.", CLP, ["carried"]),
    # near-misses
    ("There was broad agreement that the final document should commit to more council homes.", NEC, []),
    ("There was agreement that the government should act on fire safety.", UNION, []),
    ("There was no agreement that the branch should affiliate.", BRANCH, []),
]


@pytest.mark.parametrize(("body", "title", "expected"), CASES)
def test_agreement_that_we_should(body: str, title: str, expected: list[str]) -> None:
    assert page_outcomes(body, title) == expected
