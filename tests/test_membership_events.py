"""Joiners, leavers and net changes (extractors/membership/events.py): who joined, lapsed or resigned, and a
net rise or fall of the total (SPEC rulings: `joined` / `left` with qualifier `net`). Sentences written here."""

from __future__ import annotations

import pytest

from membership_support import (
    BRANCH,
    BRANCH_2,
    CLP,
    CLP_2,
    CLP_4,
    GREEN,
    NEC,
    NEWS,
    NEWS_2,
    PARTY,
    UNION,
    UNION_2,
    UNION_3,
    figures_of,
    pairs,
)

CASES = [
    (CLP, "There were 520 joiners against 140 lapsed.", [("joined", 520), ("left", 140)]),
    (GREEN, "We gained 300 members but 95 resigned.", [("joined", 300), ("left", 95)]),
    (CLP, "New members: 63. Lapsed: 28.", [("joined", 63), ("left", 28)]),
    (BRANCH, "Joiners 63, leavers 28.", [("joined", 63), ("left", 28)]),
    (
        UNION,
        "During the quarter 180 new members joined, while 75 let their membership lapse.",
        [("joined", 180), ("left", 75)],
    ),
    (CLP, "Resignations totalled 44 this year.", [("left", 44)]),
    (NEC, "Lapsed members numbered 1,200 at the end of the month.", [("left", 1200)]),
    (CLP, "The CLP recruited 58 people at the freshers' fair.", [("joined", 58)]),
    (BRANCH, "We lost 22 members to the new branch and gained 31.", [("left", 22), ("joined", 31)]),
    (UNION, "Some 3,400 new members joined in the year, against 2,900 who left.", [("joined", 3400), ("left", 2900)]),
    (UNION, "Membership grew by 1,200 over the year.", [("joined", 1200)]),
    (CLP, "There was a net increase of 340 members.", [("joined", 340)]),
    (NEC, "Membership is down 2,500 on last year.", [("left", 2500)]),
    (UNION, "The union saw a net fall of 2,000 in membership.", [("left", 2000)]),
    (UNION, "Membership increased by 8,200 in the first half of the year.", [("joined", 8200)]),
    (UNION, "The union continues to grow, with membership increasing by 6,150 so far this year.", [("joined", 6150)]),
    (CLP, "Membership has been declining, falling by 900 since the spring.", [("left", 900)]),
    (GREEN, "Net membership growth this year is 1,450.", [("joined", 1450)]),
    (NEC, "Membership dropped by around 3,000 after the vote.", [("left", 3000)]),
    (BRANCH, "The branch is up 45 members since the AGM.", [("joined", 45)]),
    (NEC, "Membership rose by a net 4,300 in the quarter.", [("joined", 4300)]),
    (BRANCH_2, "Recruitment: 37 new members. Lapses: 12.", [("joined", 37), ("left", 12)]),
    (CLP_2, "We welcomed 64 new members this quarter but lost 29.", [("joined", 64), ("left", 29)]),
    (UNION_2, "Leavers over the year numbered 4,100, mostly through retirement.", [("left", 4100)]),
    (PARTY, "There were 48 new joiners and 19 lapsed members in the period.", [("joined", 48), ("left", 19)]),
    (NEC, "Some 25,000 members have let their membership lapse since the summer.", [("left", 25000)]),
    (BRANCH_2, "Twelve people joined the branch at the open day.", [("joined", 12)]),
    (UNION_2, "Resignations ran at 300 while new joiners reached 1,100.", [("left", 300), ("joined", 1100)]),
    (UNION_2, "Overall membership rose by 2,600.", [("joined", 2600)]),
    (CLP_2, "Membership has fallen by 40 since the selection row.", [("left", 40)]),
    (NEWS, "The party recorded a net gain of 3,200 members in January.", [("joined", 3200)]),
    (NEC, "Membership is down by almost 10,000 on the same period last year.", [("left", 10000)]),
    (UNION_2, "There was a net loss of 650 members over the year.", [("left", 650)]),
    (BRANCH_2, "Membership has increased by 22 since the last report.", [("joined", 22)]),
    (PARTY, "Membership growth of 115 was reported for the quarter.", [("joined", 115)]),
    (NEC, "The party has grown by 14,000 members since January.", [("joined", 14000)]),
    (UNION_3, "Some 2,150 members left the union during the year, most on retirement.", [("left", 2150)]),
    (UNION_3, "A recruitment drive signed up 640 care workers.", [("joined", 640)]),
    (CLP_4, "Members agreed that the 28 members who had lapsed should be contacted.", [("left", 28)]),
    (
        NEWS_2,
        "Some 30,000 people have joined the party since the by-election, a spokesperson said.",
        [("joined", 30000)],
    ),
    (NEC, "There has been a net loss of around 20,000 members since the conference.", [("left", 20000)]),
    (NEC, "Membership is almost 100k lower than at its peak.", [("left", 100000)]),
]


@pytest.mark.parametrize(("title", "body", "expected"), CASES)
def test_events(title: str, body: str, expected: list[tuple[str, int]]) -> None:
    assert pairs(body, title) == sorted(expected)


@pytest.mark.parametrize(
    ("body", "qualifier"),
    [
        ("Membership grew by 1,200 over the year.", "net"),
        ("There was a net increase of 340 members.", "net"),
        ("Membership is down 2,500 on last year.", "net"),
        ("The branch is up 45 members since the AGM.", "net"),
        ("Some 5,600 new members joined after the conference speech.", None),
        ("Around 8,000 members resigned in the week after the vote.", None),
    ],
)
def test_a_change_of_the_total_is_qualified_net(body: str, qualifier: str | None) -> None:
    (figure,) = figures_of(body, NEC)
    assert figure.qualifier == qualifier


# Verbs in pairs ("left or lapsed"), others than "members" who join or leave a body, farewells.
JOINERS_AND_LEAVERS = [
    (CLP, "We have welcomed 61 new members but 148 have left or lapsed.", [("joined", 61), ("left", 148)]),
    (UNION, "Since May 230 members have joined or rejoined the union.", [("joined", 230)]),
    (BRANCH, "Over the year 57 members resigned or lapsed.", [("left", 57)]),
    (UNION_2, "Recruitment was strong: 4,120 workers joined during the year.", [("joined", 4120)]),
    (BRANCH_2, "The secretary reported 152 new starters joining the union since September.", [("joined", 152)]),
    (NEWS, "About 900 nurses left the union last year, the executive was told.", [("left", 900)]),
    (UNION_3, "Some 300 apprentices have signed up since the college visits began.", [("joined", 300)]),
    (CLP, "We said goodbye to 9 members this quarter.", [("left", 9)]),
    (PARTY, "We welcomed 28 new members and bade farewell to 11.", [("joined", 28), ("left", 11)]),
    # joining something else, or leaving a post, is no membership figure
    (NEWS, "Some 300 students joined the picket line outside the college.", []),
    (NEC, "The boundary review was delayed because two commissioners have resigned.", []),
    (NEWS_2, "Around 600 teachers left the profession last year.", []),
    (CLP_4, "Two councillors left the party in March.", []),
    (GREEN, "Three trustees joined the board this year.", []),
]


@pytest.mark.parametrize(("title", "body", "expected"), JOINERS_AND_LEAVERS)
def test_joiners_and_leavers_by_other_words(title: str, body: str, expected: list[tuple[str, int]]) -> None:
    assert pairs(body, title) == sorted(expected)


# Those a body recruits join it, whatever they are called; units and helpers recruited stay out.
RECRUITED = [
    (UNION, "The union recruited 300 nurses at the trust.", [("joined", 300)]),
    (GREEN, "We signed up 40 new students at the freshers' fair.", [("joined", 40)]),
    (NEWS_2, "Organisers say they have recruited 1,200 supply teachers since January.", [("joined", 1200)]),
    (BRANCH_2, "Over the summer the branch enrolled 85 cleaners and porters.", [("joined", 85)]),
    (UNION_2, "Conference heard the union had signed up 5,400 student nurses this year.", [("joined", 5400)]),
    (UNION_2, "The organisers recruited 12 workplaces.", []),
    (BRANCH, "The branch recruited 12 new stewards.", []),
    (CLP, "We recruited 30 volunteers for the by-election campaign.", []),
    (PARTY, "The campaign signed up 2,000 supporters of the petition.", []),
]


@pytest.mark.parametrize(("title", "body", "expected"), RECRUITED)
def test_people_recruited_by_the_body(title: str, body: str, expected: list[tuple[str, int]]) -> None:
    assert pairs(body, title) == sorted(expected)


# The subject names what happened: a change noun (net, SPEC rulings) or arrears, with only a verb and a time after.
CHANGE_AS_SUBJECT = [
    (UNION, "Net growth for the year was 1,870 members.", [("joined", 1870)]),
    (CLP_2, "The loss over the year was 300 members.", [("left", 300)]),
    (BRANCH, "The increase since the AGM is 45 members.", [("joined", 45)]),
    (NEWS, "The fall in the last quarter was around 2,000 members, the union admitted.", [("left", 2000)]),
    (PARTY, "A rise in arrears to 300 members was reported.", [("arrears", 300)]),
    # a change in something else stays out
    (UNION_3, "The increase in the strike fund was 40,000 pounds.", []),
]


@pytest.mark.parametrize(("title", "body", "expected"), CHANGE_AS_SUBJECT)
def test_a_change_named_by_the_subject(title: str, body: str, expected: list[tuple[str, int]]) -> None:
    assert pairs(body, title) == sorted(expected)


@pytest.mark.parametrize(
    "body",
    ["Net growth for the year was 1,870 members.", "The increase since the AGM is 45 members."],
)
def test_a_change_named_by_the_subject_is_net(body: str) -> None:
    (figure,) = figures_of(body, UNION)
    assert figure.qualifier == "net"


# "rose by N to M": the change and the level it reached; verbs behind a hedge ("are thought to have left").
LEVEL_AFTER_A_CHANGE = [
    (CLP_4, "Membership fell by 40 over the summer, to 1,161.", [("left", 40), ("members", 1161)]),
    (UNION, "Membership rose by 300 to 2,100.", [("joined", 300), ("members", 2100)]),
    (NEWS, "The party's membership grew by 12,000 to 145,000 last year.", [("joined", 12000), ("members", 145000)]),
    (NEWS, "Around 1,500 members are thought to have left over the decision.", [("left", 1500)]),
    (PARTY, "Some 200 members are believed to have joined since the by-election.", [("joined", 200)]),
    (NEC, "Some 400 members are known to have attended the rally.", []),
    (NEC, "We learned that 7,200 members had been auto-excluded since 2021.", []),
]


@pytest.mark.parametrize(("title", "body", "expected"), LEVEL_AFTER_A_CHANGE)
def test_the_level_after_a_change_and_hedged_verbs(title: str, body: str, expected: list[tuple[str, int]]) -> None:
    assert pairs(body, title) == sorted(expected)
