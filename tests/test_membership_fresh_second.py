"""A second fresh batch for issue 15's third round (sentences and three whole pages), written after the round's
first rules and scored once on the branch before any further rule: 34 of 43 sentences and 1 of 3 pages right
(main at the time: 33 of 43, 1 of 3). Treasurer's and membership secretary's reports, AGMs, union conferences,
NEC write-ups, other parties and news. Sentences still misread are strict xfails with their kind.
Every sentence is written for these tests.
"""

from __future__ import annotations

from collections import Counter

import pytest

from membership_support import (
    BRANCH,
    BRANCH_2,
    CLP_2,
    CLP_3,
    CLP_4,
    NEC,
    NEWS,
    NEWS_2,
    PARTY_2,
    PARTY_3,
    PRESS,
    UNION_4,
    page_pairs,
    pairs,
)

COUNCIL = "Labour Group – Group Meeting, 14 March 2023"
TREAS = "Southmoor CLP – Treasurer's report to the AGM, 14 March 2023"
CONF = "Health Workers' Union – Annual Delegate Conference, 14 March 2023"
LD = "Northshire Liberal Democrats – AGM, 14 March 2023"
SNP2 = "Glenford SNP Branch – Monthly meeting, 14 March 2023"

SENTENCES = [
    (
        TREAS,
        "Membership subscriptions rose to £14,200, reflecting a membership of 1,318 at the year end.",
        [("members", 1318)],
    ),
    pytest.param(
        TREAS,
        "We carried 88 members in arrears at 31 December, most of them on annual payment.",
        [("arrears", 88)],
        marks=pytest.mark.xfail(strict=True, reason="'carried' read as a motion's outcome"),
    ),
    (TREAS, "The CLP's share of subscriptions covers 1,240 paying members.", [("members", 1240)]),
    (TREAS, "The fighting fund stands at £3,100 after 47 members gave to the appeal.", []),
    (TREAS, "Affiliation fees were paid for 1,100 members to the county party.", []),
    (
        CLP_2,
        "The membership secretary reported 1,306 members on the list, 54 more than a year ago.",
        [("members", 1306), ("joined", 54)],
    ),
    (CLP_2, "There have been 97 new joiners and 43 resignations since the last AGM.", [("joined", 97), ("left", 43)]),
    pytest.param(
        CLP_3,
        "Ward membership ranges from 80 in Eastgate to 310 in Millbrook.",
        [("other", 80), ("other", 310)],
        marks=pytest.mark.xfail(strict=True, reason="a range of subgroups by place"),
    ),
    (CLP_3, "Nominations closed with 23 candidates for 14 places.", []),
    (CLP_4, "Of the CLP's 1,412 members, 61 have lapsed since January.", [("members", 1412), ("left", 61)]),
    (BRANCH, "The branch AGM was quorate, with 47 members present.", []),
    (BRANCH, "Branch density is 64 per cent, with 2,180 members out of 3,400 staff.", [("members", 2180)]),
    pytest.param(
        BRANCH_2,
        "Membership of the branch has held up well at 1,985, despite 120 retirements.",
        [("members", 1985), ("left", 120)],
        marks=pytest.mark.xfail(strict=True, reason="retirements as leavers"),
    ),
    (CONF, "The union's membership reached an all-time high of 312,400 in December.", [("members", 312400)]),
    (CONF, "Some 41,000 workers joined the union in the year to September.", [("joined", 41000)]),
    (CONF, "Conference was told membership had fallen by 6,500 in the private sector.", [("left", 6500)]),
    (CONF, "The executive has 48 seats, six of them reserved for black members.", []),
    (CONF, "There are now 19,300 student members, the highest ever.", [("other", 19300)]),
    (CONF, "Over 1,100 delegates and visitors attended the conference.", []),
    (CONF, "A ballot of 120,000 members in the NHS will open next month.", [("other", 120000)]),
    (
        UNION_4,
        "The executive heard that arrears had reached 3,250 members, up from 2,700.",
        [("arrears", 3250), ("arrears", 2700)],
    ),
    (UNION_4, "Some 14,600 members work for the three largest bus companies.", [("other", 14600)]),
    (UNION_4, "Strike pay was claimed by 2,300 members during the dispute.", []),
    (
        NEC,
        "The party's membership stood at 366,000, down about 20,000 since the summer.",
        [("members", 366000), ("left", 20000)],
    ),
    (NEC, "The General Secretary said 1,350 members had been referred to the disputes panel.", []),
    (NEC, "Registered supporters now number only around 3,000.", [("supporters", 3000)]),
    (NEC, "The NEC agreed a target of 400,000 members by the next election.", []),
    (NEC, "Affiliated supporters from the trade unions total 52,000.", [("supporters", 52000)]),
    (LD, "Local membership grew from 412 to 468 over the year.", [("members", 412), ("members", 468)]),
    (LD, "The membership officer said 31 members were still to renew.", [("arrears", 31)]),
    (LD, "Our Focus team delivered 12,000 leaflets with 60 volunteers.", []),
    (SNP2, "The branch now has 214 members, making it the largest in the constituency.", [("members", 214)]),
    (SNP2, "We have had 18 new members since the last meeting, and no resignations.", [("joined", 18)]),
    (PARTY_3, "The Co-operative Party now counts 9,800 individual members.", [("members", 9800)]),
    (PARTY_2, "The Green Party has around 54,000 members in England and Wales.", [("other", 54000)]),
    (PRESS, "The party today passed 100,000 members for the first time in its history.", [("members", 100000)]),
    (PRESS, "More than 7,000 people signed up in the 48 hours after the announcement.", [("joined", 7000)]),
    (NEWS, "The union, which has lost around 15,000 members since 2019, is to cut 40 jobs.", [("left", 15000)]),
    (NEWS, "The 55,000-member union said it would not recommend the offer.", [("members", 55000)]),
    (NEWS, "Its 2,400 reps will be balloted next week.", []),
    (NEWS_2, "Membership of the teachers' union has topped half a million.", [("members", 500000)]),
    (NEWS_2, "The union said 8,000 members had cancelled their direct debits since the vote.", [("left", 8000)]),
    (COUNCIL, "The Labour group lost four councillors in May, leaving it with 27.", []),
]

PAGES = [
    (
        "Southmoor treasurer",
        "Southmoor CLP – AGM, 14 March 2023\n\n"
        "Treasurer's report\n\n"
        "Income from subscriptions was £16,450, up from £15,900. At the year end we had 1,384 members, of whom 92 "
        "were in arrears. The CLP paid £2,000 towards the regional organiser.\n\n"
        "Membership secretary's report\n\n"
        "Over the year we gained 143 members and lost 121, a net gain of 22. Our youngest ward has 38 members under "
        "25.\n",
        [("members", 1384), ("arrears", 92), ("joined", 143), ("left", 121), ("joined", 22), ("other", 38)],
    ),
    pytest.param(
        "Health Workers' conference",
        "Health Workers' Union – Annual Delegate Conference, 14 March 2023\n\n"
        "More than 900 delegates gathered in Brighton. The general secretary said the union had grown for the fifth "
        "year running and now had 186,300 members, 11,400 more than a year ago.\n\n"
        "She warned that 9,700 members had left after the pay settlement, and that the union must keep recruiting "
        "in community services, where it has 23,000 members.\n\n"
        "An emergency motion on agency staffing was carried unanimously.\n",
        [("members", 186300), ("joined", 11400), ("left", 9700), ("other", 23000)],
        marks=pytest.mark.xfail(strict=True, reason="a subgroup in a relative clause: 'in X, where it has N members'"),
    ),
    (
        "Glenford SNP",
        "Glenford SNP Branch – Monthly meeting, 14 March 2023\n\n"
        "Present: 22 members. The convener welcomed four new members.\n\n"
        "Membership: the branch has 231 members (up from 214 in January). Seven members have not renewed.\n\n"
        "The branch agreed to buy 2,000 leaflets for the council by-election.\n",
        # the convener's welcome counts new members at the meeting, not those who joined in a period (round 28)
        [("members", 231), ("members", 214), ("arrears", 7)],
    ),
]


@pytest.mark.parametrize(("title", "body", "expected"), SENTENCES)
def test_second_fresh_sentences(title: str, body: str, expected: list[tuple[str, int]]) -> None:
    assert pairs(body, title) == sorted(expected)


@pytest.mark.parametrize(("name", "text", "expected"), PAGES)
def test_second_fresh_pages(name: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert page_pairs(text, name) == Counter(expected)
