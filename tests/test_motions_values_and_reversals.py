"""A date set as a value, and a decision reversed or renewed (round 21, kinds21). "The freeze date was set at 12
January" sets a value as "The fee was set at £25" does: the date is the value, not the time of the act (a date in the
act's clause is otherwise another time's). "The decision to close the office was overturned", "The cut to the youth
service was reversed", "Affiliation to the coalition was renewed": the meeting reversing or renewing something is its
decision, carried; not when someone else did it, nor when it was not done. Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from support import page_outcomes

NEC = "NEC report – 14 March 2024"
UNION = "Minutes of the National Executive Council meeting held on 4 June 2024"
COUNCIL = "Minutes of the Full Council meeting, 9 July 2024"
CLP = "Riverside CLP General Committee – 3 May 2024"


VALUES = [
    ("The freeze date was set at 12 January.", NEC, ["carried"]),
    ("The NEC set the freeze date at 12 January.", NEC, ["carried"]),
    ("The cut-off for nominations was fixed as 1 February.", CLP, ["carried"]),
    ("The fee was set at £25.", UNION, ["carried"]),
    # near-misses: a date that is the act's own time, before the meeting
    ("The NEC set the timetable in January.", NEC, []),
]

REVERSALS = [
    ("The decision to close the office was overturned.", UNION, ["carried"]),
    ("The decision to suspend the branch was reversed.", CLP, ["carried"]),
    ("The cut to the youth service was reversed, to be paid for from reserves.", COUNCIL, ["carried"]),
    ("The decision to charge for the hall was rescinded.", CLP, ["carried"]),
    ("Affiliation to the Stop the War Coalition was renewed for another year.", CLP, ["carried"]),
    ("The lease on the branch office was renewed.", UNION, ["carried"]),
    # near-misses: someone else reversed it, it was not reversed, or not at this meeting
    ("The contract was renewed by the employer.", UNION, []),
    ("The decision to close the office was overturned by the High Court.", UNION, []),
    ("The decision to close the office was not overturned.", UNION, []),
    ("The decline in membership was reversed last year.", NEC, []),
]


@pytest.mark.parametrize(("body", "title", "expected"), VALUES + REVERSALS)
def test_values_and_reversals(body: str, title: str, expected: list[str]) -> None:
    assert page_outcomes(body, title) == expected
