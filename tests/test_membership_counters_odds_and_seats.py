"""Numbers that are no membership figures although they sit by the word "members" (language/numbers.py,
extractors/membership/): a thread post's counter ("7/ Membership stats: ..."), the odds a room or a vote split by
("about two to one"), the handful of people a named body sends to the table ("the two Unite members"), and the whole
of those at a meeting under an attendance label ("Attendance was good: 23 of 28 members"). Near misses must still
count: real totals, rises and falls, a branch's membership beside its turnout. Every sentence is written for these
tests."""

from __future__ import annotations

import pytest

from membership_support import BRANCH, CLP, NEC, NEWS, UNION, pairs

COUNTERS = [
    (NEC, "7/ Membership stats: 1,182,000 as at the end of February.", [("members", 1182000)]),
    (NEC, "2/ Membership: 366,604 at the freeze date, the GS said.", [("members", 366604)]),
    (UNION, "2/n Membership report: 178,219 members at 31 December.", [("members", 178219)]),
    (CLP, "[3/6] Membership update from the secretary: 1,146 members now.", [("members", 1146)]),
    (BRANCH, "4/ Our branch membership is 2,318, the secretary reported.", [("members", 2318)]),
]

ODDS = [
    (NEWS, 'One executive member said the vote was "about two to one".', []),
    (NEC, "The room split roughly three to one against the ruling, members told me.", []),
    (CLP, "Members backed it by 2 to 1 on a show of hands.", []),
    (UNION, "The members went three-to-one for the deal.", []),
]

SEATS = [
    (NEC, "Every CLP rep voted against, as did the two Unite members.", []),
    (NEC, "Our two Unite and three GMB members pushed for a review of the fiscal rules.", []),
    (UNION, "The three Unison members of the panel abstained.", []),
    (NEWS, "The four TSSA members on the committee walked out.", []),
]

ATTENDANCE = [
    (NEC, "Attendance was good: 23 of 28 members.", []),
    (CLP, "Attendance tonight: 19 of 24 members of the executive.", []),
]

# near misses that must still count: real totals, rises and falls, big bodies, a branch's membership at a meeting
STILL_FIGURES = [
    (CLP, "Our branch has grown to 612 members.", [("members", 612)]),
    (CLP, "Membership has grown from 1,400 to 1,620 members.", [("members", 1400), ("members", 1620)]),
    (BRANCH, "Branch membership is now 410, up from 388 in the summer.", [("members", 388), ("members", 410)]),
    (NEC, "Membership: 366,604 on 1 March, down from 370,450 in January.", [("members", 366604), ("members", 370450)]),
    (UNION, "Attendance tonight: 31 of our 410 members.", [("members", 410)]),
    (NEWS, "The vote went two to one, and the union now has 81,260 members.", [("members", 81260)]),
    (UNION, "Our 14 Unite members in the ward joined the picket.", [("members", 14)]),
    (NEC, "Membership fell from 1,200 to one thousand over the year.", [("members", 1000), ("members", 1200)]),
]


@pytest.mark.parametrize(("title", "body", "expected"), COUNTERS + ODDS + SEATS + ATTENDANCE + STILL_FIGURES)
def test_counters_odds_and_seats_are_no_figures(title: str, body: str, expected: list[tuple[str, int]]) -> None:
    assert pairs(body, title) == sorted(expected)
