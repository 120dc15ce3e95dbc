"""A fresh batch of sentences for issue 15's third round, in the styles of NEC write-ups, union executives and
conferences, CLP and branch AGMs, treasurer's and secretary's reports, council groups, other parties, press
releases and news; totals, joiners, leavers, arrears, net changes, subgroups, electorates and counts that are
no membership (money, votes, attendance, committee sizes, targets, petitions, followers).

Written before the round's rules and scored once on main: 48 of 55 right on the first run. Every sentence is
written for these tests.
"""

from __future__ import annotations

import pytest

from membership_support import pairs

NEC = "NEC Report – 14 March 2023"
UNION = "Allied Bakers' Union – National Executive, 14 March 2023"
UNION_2 = "Federation of Print Workers – Annual Conference Report, 14 March 2023"
UNION_3 = "Bakers and Allied Workers Union – Executive Council, 14 March 2023"
UNION_4 = "Northern Transport Union – Executive Council minutes, 14 March 2023"
CLP = "Westmoor CLP – General Meeting, 14 March 2023"
CLP_2 = "Hollowfield Constituency Labour Party – AGM minutes, 14 March 2023"
CLP_3 = "Norbridge CLP – All Members Meeting, 14 March 2023"
CLP_4 = "Eastbrook CLP – Executive Committee, 14 March 2023"
BRANCH = "Northgate Health Branch – AGM, 14 March 2023"
BRANCH_2 = "Eastside Community Branch – Committee, 14 March 2023"
BRANCH_3 = "Riverside Unison Branch – AGM, 14 March 2023"
BRANCH_4 = "City Hospitals Branch – Branch Meeting, 14 March 2023"
COUNCIL = "Labour Group – Group Meeting, 14 March 2023"
GREEN = "Riverside Green Party – Committee minutes, 14 March 2023"
PARTY = "Harbourside Liberal Democrats – Executive minutes, 14 March 2023"
PARTY_2 = "Valley Green Party – Members' meeting, 14 March 2023"
PARTY_3 = "Coastal Co-operative Party – Council meeting, 14 March 2023"
SNP = "Eastfield SNP Branch – AGM, 14 March 2023"
PRESS = "Press release: party membership hits new high – 14 March 2023"
NEWS = "Union executive hears of record growth – 14 March 2023"
NEWS_2 = "Teachers' union executive backs new strategy – 14 March 2023"

SENTENCES = [
    (
        NEC,
        "The General Secretary reported that party membership stood at 371,000 at the end of June.",
        [("members", 371000)],
    ),
    (NEC, "Membership has dipped a little since the spring, to just under 380,000.", [("members", 380000)]),
    (
        NEC,
        "Around 9,500 people have joined since the leadership election, while 14,200 have resigned.",
        [("joined", 9500), ("left", 14200)],
    ),
    (NEC, "We were told 41,000 members are currently in arrears.", [("arrears", 41000)]),
    (NEC, "The party now has more than 12,000 registered supporters.", [("supporters", 12000)]),
    (NEC, "The party has 620 staff and a deficit of £4.1 million.", []),
    (NEC, "Some 1,400 delegates are expected at conference in Liverpool.", []),
    (NEC, "Of the party's 390,000 members, roughly 48,000 are under 27.", [("members", 390000), ("other", 48000)]),
    (
        UNION,
        "The General Secretary reported that membership had passed 212,000 for the first time.",
        [("members", 212000)],
    ),
    (UNION, "Recruitment in the first quarter was 3,870, against 2,910 leavers.", [("joined", 3870), ("left", 2910)]),
    (
        UNION,
        "The executive noted that 4,600 members had fallen into arrears after the switch to direct debit.",
        [("arrears", 4600)],
    ),
    (UNION, "The union's net membership rose by 1,240 over the year.", [("joined", 1240)]),
    (UNION, "The strike ballot went to 18,300 members in further education.", [("other", 18300)]),
    (UNION, "Turnout was 58 per cent, with 9,870 votes cast.", []),
    (UNION, "The executive has 32 members, four of them elected from the retired members' section.", []),
    (UNION, "There are 7,400 members working in the prison service.", [("other", 7400)]),
    (UNION_2, "Delegates heard that the union now represents 96,500 members across 11 regions.", [("members", 96500)]),
    (UNION_2, "Over 600 delegates attended the three-day conference.", []),
    (UNION_2, "Women now make up 54,000 of our members, the equalities report said.", [("other", 54000)]),
    (UNION_2, "The union lost about 2,000 members when the contract was outsourced.", [("left", 2000)]),
    (
        CLP_2,
        "The secretary reported a membership of 684, a net loss of 47 over the year.",
        [("members", 684), ("left", 47)],
    ),
    (CLP_2, "Forty-three new members have joined since the last AGM.", [("joined", 43)]),
    (CLP_3, "Attendance at the AGM was 57, the best for years.", []),
    (CLP_3, "Eleven members were elected to the executive committee.", []),
    (
        CLP_4,
        "Membership officer: 1,022 members, 96 in arrears, 31 lapsed since March.",
        [("members", 1022), ("arrears", 96), ("left", 31)],
    ),
    (
        BRANCH,
        "The branch has 3,450 members, of whom 2,900 pay by payroll deduction.",
        [("members", 3450), ("other", 2900)],
    ),
    (BRANCH_2, "Membership remains steady at around 1,150.", [("members", 1150)]),
    (BRANCH, "A petition against the ward closures has gathered 2,300 signatures.", []),
    pytest.param(
        CLP,
        "Treasurer's report: subscriptions from 812 members brought in £9,400.",
        [("members", 812)],
        marks=pytest.mark.xfail(strict=True, reason="members counted by what they paid ('from N members')"),
    ),
    (
        BRANCH_4,
        "The treasurer reported a balance of £12,380 and noted that 140 members have not paid their subscriptions "
        "this year.",
        [("arrears", 140)],
    ),
    (CLP_4, "The treasurer said 35 members had donated to the by-election fund, raising £1,750.", []),
    (
        UNION_4,
        "Contribution income was down because 1,900 members left the union after the depot closures.",
        [("left", 1900)],
    ),
    (
        CLP,
        "Secretary's report: we have welcomed 28 new members this quarter and said goodbye to 9.",
        [("joined", 28), ("left", 9)],
    ),
    (BRANCH_3, "The branch secretary reported 152 new starters joining the union since September.", [("joined", 152)]),
    (BRANCH_3, "We represent 2,700 members across the trust's three hospitals.", [("members", 2700)]),
    (COUNCIL, "The group has 34 councillors out of 60 seats.", []),
    (COUNCIL, "The Labour group now has 29 members after the by-election.", []),
    (PARTY_2, "Local party membership has reached 1,260, a record.", [("members", 1260)]),
    (PARTY, "Since the general election we have gained 212 members and lost 58.", [("joined", 212), ("left", 58)]),
    (PARTY_3, "Co-operative Party membership nationally is now around 10,000.", [("members", 10000)]),
    (
        SNP,
        "Branch membership stood at 486 at the year end, with 22 members in arrears.",
        [("members", 486), ("arrears", 22)],
    ),
    (PARTY_2, "The party has 2,300 followers on social media and a mailing list of 4,100.", []),
    (PARTY, "We need 150 more members to qualify for a second conference representative.", []),
    (
        PRESS,
        "The party said today that its membership had soared to 145,000, an increase of 47,000 in a year.",
        [("members", 145000), ("joined", 47000)],
    ),
    (NEWS, "The union, which has some 320,000 members, said it would ballot for action.", [("members", 320000)]),
    (NEWS_2, "More than 60,000 members in schools will be balloted over pay.", [("other", 60000)]),
    (NEWS, "Membership has grown by 18 per cent in two years.", []),
    (NEWS, "The union recruited 11,000 new members during the strike wave.", [("joined", 11000)]),
    (NEWS, "About 4,000 members marched through the city centre on Saturday.", []),
    (
        PRESS,
        "A 22,000-strong membership, the party said, made it the fastest-growing in the country.",
        [("members", 22000)],
    ),
    (NEWS, "The party's membership fell by around 30,000 last year.", [("left", 30000)]),
    (UNION_3, "Some 140 members have been suspended pending investigation.", []),
    (UNION_3, "The union aims to recruit 5,000 members by the end of the year.", []),
    (NEC, "Membership: 366,604 (of which 23,512 in arrears).", [("members", 366604), ("arrears", 23512)]),
    (UNION_4, "The number of lapsed members has fallen to 860.", [("left", 860)]),
]


@pytest.mark.parametrize(("title", "body", "expected"), SENTENCES)
def test_fresh_sentences(title: str, body: str, expected: list[tuple[str, int]]) -> None:
    assert pairs(body, title) == sorted(expected)
