"""Membership kinds the development pages of round 9 showed, each in several styles with negatives; every
sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from membership_support import BRANCH, CLP, NEC, NEWS, UNION, pairs
from nec_extract.pipeline import extract

COUNCIL = "Minutes of the Full Council – 14 March 2023"
REGION = "Report back from the Regional Council – 14 March 2023"
DISTRICT = "Eastvale District Labour Party – Executive, 14 March 2023"

# the counts of a vote's tally are no figures, however near "members" they stand
TALLIES = [
    (CLP, "We pressed for a vote on sending the minutes to all members and lost 13 to 22.", []),
    (BRANCH, "The branch asked for a card vote on the members' levy and lost it 40 to 52.", []),
    (COUNCIL, "The motion on members' allowances went to a vote and was lost 9 to 14.", []),
    (
        NEWS,
        "Executive members voted 18 to 7 to back the strike, and the union has 61,000 members.",
        [("members", 61000)],
    ),
    (NEC, "The membership report was agreed 20-4; membership stands at 401,000.", [("members", 401000)]),
    # negatives: a change is no tally, and losses of members stay figures
    (NEC, "The party has lost 1,300 members since the spring.", [("left", 1300)]),
    (
        BRANCH,
        "Membership rose by 120 to 1,450 and the branch voted 12 to 3 to welcome the new members.",
        [("joined", 120), ("members", 1450)],
    ),
]


@pytest.mark.parametrize(("title", "body", "expected"), TALLIES)
def test_counts_a_vote_tally_reads_are_no_figures(title: str, body: str, expected: list[tuple[str, int]]) -> None:
    assert pairs(body, title) == sorted(expected)


# "N of the M members there": the whole is the size of the committee meeting, not membership (a ruling)
ATTENDING = [
    (CLP, "Our coordinating committee met on Thursday with nine of the eleven members there.", []),
    (BRANCH, "With seven of the nine members there, the committee opened at 7pm.", []),
    (UNION, "Ten of our twelve executive members were present, so the meeting was quorate.", []),
    (COUNCIL, "Eight of the ten members attending agreed to the change.", []),
    (DISTRICT, "Six of the eight members in the room backed the leaflet plan.", []),
    # negatives: the branch's own size beside them, and a part of the membership that is no attendance
    (
        BRANCH,
        "The branch now has 412 members, and eight of the ten committee members were there.",
        [("members", 412)],
    ),
    (UNION, "Of our 3,100 members, 900 are retired.", [("members", 3100), ("other", 900)]),
]


@pytest.mark.parametrize(("title", "body", "expected"), ATTENDING)
def test_the_whole_of_those_at_the_meeting_is_no_figure(title: str, body: str, expected: list[tuple[str, int]]) -> None:
    assert pairs(body, title) == sorted(expected)


# a body's "own" membership, and membership "in the region" of a body that gives no other total, are its members
OWN_AREA = [
    (UNION, "The union's own membership stood at 212,480 at the end of April.", [("members", 212480)]),
    (NEWS, "The federation's own membership has grown to 48,300, its president said.", [("members", 48300)]),
    (REGION, "The treasurer reported that membership in the region stood at 23,815.", [("members", 23815)]),
    (DISTRICT, "Membership across the district is now 2,140.", [("members", 2140)]),
    (NEWS, "Members in the county now number 9,400, the regional secretary said.", [("members", 9400)]),
    (REGION, "The co-chair reported that regional membership had grown to 3,410.", [("members", 3410)]),
    (DISTRICT, "District membership now stands at 2,300, the secretary said.", [("members", 2300)]),
    (NEWS, "County membership has reached 5,150, the county organiser told the meeting.", [("members", 5150)]),
    # negatives: a named place, two places, or a total beside it keep the place a part
    (NEC, "Membership stands at 400,000 and regional membership is 25,000.", [("members", 400000), ("other", 25000)]),
    (UNION, "Membership in the Northern region is 12,300.", [("other", 12300)]),
    (
        NEC,
        "Membership stands at 400,000; membership in the region is 25,000.",
        [("members", 400000), ("other", 25000)],
    ),
    (
        NEC,
        "Membership in Wales is 25,000 and membership in Scotland is 21,000.",
        [("other", 25000), ("other", 21000)],
    ),
]


@pytest.mark.parametrize(("title", "body", "expected"), OWN_AREA)
def test_own_and_own_area_membership_is_the_total(title: str, body: str, expected: list[tuple[str, int]]) -> None:
    assert pairs(body, title) == sorted(expected)


def test_a_page_s_attendance_and_tally_leave_only_the_figures() -> None:
    page = (
        "Westmoor CLP – Executive Committee, 14 March 2023\n\n"
        "Nine of the eleven members were there, and two more joined online.\n\n"
        "The secretary reported that we now have 640 members, up from 598 last year.\n\n"
        "Our motion to open the executive to all members was put to the vote and lost 5 to 6.\n"
    )
    document = extract(page, "page.txt")
    found = sorted((f.metric.value, f.value) for r in document.reports for f in r.membership)
    assert found == [("members", 598), ("members", 640)]


# "N members are under 27": an age or a place after "are" names a part of the membership (metric other)
STATED_PARTS = [
    (
        NEC,
        "The figures again: 14,860 members are under 27, and overall membership is about 362,000.",
        [("other", 14860), ("members", 362000)],
    ),
    (BRANCH, "The branch has 2,400 members; 310 members are now in their 20s.", [("members", 2400), ("other", 310)]),
    (UNION, "Of the union's members, 5,200 members are in Wales.", [("other", 5200)]),
    (CLP, "Membership is 820 and 110 members are aged over 60.", [("members", 820), ("other", 110)]),
    (NEWS, "Around 4,000 of the members are under thirty, the union said.", [("other", 4000)]),
    # negatives: a state that is no part, and arrears
    (NEWS, "The party's 390,000 members are over the moon about the result.", [("members", 390000)]),
    (BRANCH, "1,900 members were in arrears at the year end.", [("arrears", 1900)]),
]


@pytest.mark.parametrize(("title", "body", "expected"), STATED_PARTS)
def test_an_age_or_place_after_are_names_a_part(title: str, body: str, expected: list[tuple[str, int]]) -> None:
    assert pairs(body, title) == sorted(expected)


# members from somewhere doing something: those taking part, not the membership (SPEC: "not membership: ... members
# doing something")
TAKING_PART = [
    (UNION, "Around 300 members from across the region lobbied the trust board on Friday.", []),
    (CLP, "Two hundred members from our branch marched through the town.", []),
    (NEWS, "Some 40 members from the hospital picketed the board meeting, the union said.", []),
    # negatives: members from somewhere who joined, a body's size, and a place where members work
    (BRANCH, "Since May, 120 new members from the closed Eastside branch have joined us.", [("joined", 120)]),
    (CLP, "The branch has 640 members from all over the city.", [("members", 640)]),
    (UNION, "Of our 3,100 members, 900 are in the Northern region.", [("members", 3100), ("other", 900)]),
]


@pytest.mark.parametrize(("title", "body", "expected"), TAKING_PART)
def test_members_from_somewhere_acting_are_no_figure(title: str, body: str, expected: list[tuple[str, int]]) -> None:
    assert pairs(body, title) == sorted(expected)
