"""A fourth fresh batch for issue 15's third round (sentences and three whole pages), written at the end of the
round as a held-out check and scored once before its own rules: on main 31 of 40 sentences and 0 of 3 pages
(8 of 11 figures, one spurious), on the branch 33 of 40 and 0 of 3 (8 of 11, one spurious). Sentences and pages
still misread are strict xfails with their kind. Every sentence is written for these tests.
"""

from __future__ import annotations

from collections import Counter

import pytest

from membership_support import (
    BRANCH,
    BRANCH_2,
    BRANCH_3,
    BRANCH_4,
    CLP,
    CLP_2,
    CLP_3,
    CLP_4,
    NEC,
    NEWS,
    NEWS_2,
    PARTY_3,
    PRESS,
    UNION,
    page_pairs,
    pairs,
)

TREAS = "Kingsford CLP – Treasurer's report, 14 March 2023"
CONF = "Shopworkers' Alliance – Annual Conference, 14 March 2023"
LD = "Westcombe Liberal Democrats – Executive, 14 March 2023"
PC = "Afon Valley Plaid Branch – AGM, 14 March 2023"

SENTENCES = [
    (NEC, "Membership has held at around 400,000 for the last six months.", [("members", 400000)]),
    (NEC, "We learned that 7,200 members had been auto-excluded since 2021.", []),
    (NEC, "The party recruited 9,000 members during the local election campaign.", [("joined", 9000)]),
    (NEC, "Over 30,000 members have let their direct debits lapse.", [("left", 30000)]),
    (NEC, "The membership total was given as 398,500 at the end of May.", [("members", 398500)]),
    (NEC, "Some 2,500 members attended the regional conferences.", []),
    (UNION, "Membership at the end of the year was 71,300, a net loss of 1,150.", [("members", 71300), ("left", 1150)]),
    (UNION, "The union now organises 14,000 members in the logistics sector.", [("other", 14000)]),
    (UNION, "Over 90 branches held AGMs, with a combined attendance of 3,100.", []),
    (UNION, "The executive approved grants to 26 branches totalling £48,000.", []),
    (CONF, "Our union has grown to 152,000 members, delegates were told.", [("members", 152000)]),
    pytest.param(
        CONF,
        "Young members under 27 now number 18,700.",
        [("other", 18700)],
        marks=pytest.mark.xfail(strict=True, reason="a subgroup's age as a count in the subject"),
    ),
    (CONF, "The union's 2,900 reps were thanked for their work.", []),
    (CONF, "In the ballot, 64,000 members voted to accept the offer.", []),
    (CONF, "Membership density in large stores is now 38 per cent.", []),
    (CLP, "The CLP welcomed 74 new members in the quarter.", [("joined", 74)]),
    (CLP, "Our membership currently sits at just over 1,900.", [("members", 1900)]),
    (
        CLP_2,
        "There were 1,287 members on the list at 1 March, including 103 in arrears.",
        [("members", 1287), ("arrears", 103)],
    ),
    (CLP_2, "The AGM elected a new executive of 15.", []),
    (CLP_3, "Only 62 members voted in the selection ballot.", []),
    (CLP_4, "Membership fell by 40 over the summer, to 1,161.", [("left", 40), ("members", 1161)]),
    pytest.param(
        TREAS,
        "Subscription income of £11,900 came from 1,050 members.",
        [("members", 1050)],
        marks=pytest.mark.xfail(strict=True, reason="members counted by what they paid ('from N members')"),
    ),
    (TREAS, "The treasurer thanked the 22 members who made regular donations.", []),
    (TREAS, "Income from the 200 Club, which has 85 subscribers, was £2,040.", []),
    (BRANCH, "The branch now represents 5,100 members across four hospital sites.", [("members", 5100)]),
    pytest.param(
        BRANCH,
        "A further 86 members are due to retire this year.",
        [],
        marks=pytest.mark.xfail(strict=True, reason="a future event ('due to retire') is no figure"),
    ),
    (BRANCH_2, "Membership: 830 (826 last year).", [("members", 830), ("members", 826)]),
    (
        BRANCH_3,
        "Since the last AGM, 311 workers have joined the branch and 97 have left.",
        [("joined", 311), ("left", 97)],
    ),
    (BRANCH_4, "Only 14 members came to the branch meeting.", []),
    (LD, "The local party now has 536 members, its highest ever.", [("members", 536)]),
    (LD, "Forty-one members have joined since the by-election win.", [("joined", 41)]),
    (LD, "We need 20 more deliverers for the Focus round.", []),
    (PC, "Branch membership has risen to 188, with 19 new members this year.", [("members", 188), ("joined", 19)]),
    (PC, "The branch has 12 councillors on the county council.", []),
    (PARTY_3, "There are now 45 Co-operative Party councillors in the region.", []),
    (PRESS, "The party's membership has more than doubled to 64,000 in 18 months.", [("members", 64000)]),
    (PRESS, "Over 12,000 people joined in a single weekend, the party said.", [("joined", 12000)]),
    (NEWS, "The union, with 280,000 members, is the third largest in the country.", [("members", 280000)]),
    (NEWS, "Around 1,500 members are thought to have left over the decision.", [("left", 1500)]),
    (NEWS_2, "The union claims 455,000 members, a quarter of them in primary schools.", [("members", 455000)]),
]

PAGES = [
    pytest.param(
        "Kingsford treasurer",
        "Kingsford CLP – AGM, 14 March 2023\n\n"
        "Treasurer's report. Subscription income of £12,600 was received for 1,215 members. We hold £8,340 in the "
        "current account. 59 members are behind with payments.\n\n"
        "Membership officer's report. Since the last AGM 88 members joined and 102 left, a net fall of 14.\n",
        [("members", 1215), ("arrears", 59), ("joined", 88), ("left", 102), ("left", 14)],
        marks=pytest.mark.xfail(strict=True, reason="members counted in a money sentence ('received for N members')"),
    ),
    pytest.param(
        "Shopworkers conference",
        "Shopworkers' Alliance – Annual Conference, 14 March 2023\n\n"
        "The general secretary reported that membership had risen to 97,450, with 12,300 new members recruited in "
        "the year. Around 3,800 of them joined online.\n\n"
        "Conference also heard that the union's 340 branches held 1,100 workplace meetings.\n",
        [("members", 97450), ("joined", 12300), ("other", 3800)],
        marks=pytest.mark.xfail(strict=True, reason="a part of joiners ('3,800 of them joined online')"),
    ),
    (
        "Afon Valley AGM",
        "Afon Valley Plaid Branch – AGM, 14 March 2023\n\n"
        "Eighteen members attended. The secretary reported that branch membership stood at 188, up from 171, and "
        "that six members had not yet renewed.\n\n"
        "The branch will field 9 candidates in the community council elections.\n",
        [("members", 188), ("members", 171), ("arrears", 6)],
    ),
]


@pytest.mark.parametrize(("title", "body", "expected"), SENTENCES)
def test_fourth_fresh_sentences(title: str, body: str, expected: list[tuple[str, int]]) -> None:
    assert pairs(body, title) == sorted(expected)


@pytest.mark.parametrize(("name", "text", "expected"), PAGES)
def test_fourth_fresh_pages(name: str, text: str, expected: list[tuple[str, int]]) -> None:
    assert page_pairs(text, name) == Counter(expected)
