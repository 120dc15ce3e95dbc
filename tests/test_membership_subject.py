"""Membership figures whose head noun is elided or far away, read from the subject, a label or the paragraph
(extractors/membership/subject.py), in the styles of NEC write-ups, union and CLP minutes and press releases.
Every sentence is written for these tests."""

from __future__ import annotations

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
    GREEN,
    NEC,
    NEWS,
    NEWS_2,
    PARTY,
    PARTY_2,
    PARTY_3,
    PRESS,
    UNION,
    UNION_2,
    UNION_3,
    UNION_4,
    pairs,
)

CASES = [
    (
        CLP,
        "The membership secretary gave her report. Since January 46 have joined and 12 have lapsed.",
        [("joined", 46), ("left", 12)],
    ),
    (BRANCH, "Membership secretary's report. 230 people have joined since the spring.", [("joined", 230)]),
    (
        UNION,
        "Membership continues to grow. A further 1,150 have signed up since conference, the general secretary said.",
        [("joined", 1150)],
    ),
    (CLP, "Membership continues to grow. We now stand at 2,340.", [("members", 2340)]),
    (BRANCH, "The membership report was encouraging: the branch now stands at 612.", [("members", 612)]),
    (NEC, "Membership is 5,420, up 310 on last year.", [("members", 5420), ("joined", 310)]),
    (
        CLP,
        "Membership was reported as 5,420. That is up 310 on the same point last year.",
        [("members", 5420), ("joined", 310)],
    ),
    (CLP, "Membership has fallen slightly to 1,045, down 37 on the last quarter.", [("members", 1045), ("left", 37)]),
    (UNION, "The recruitment drive at the depot brought in 85 new recruits.", [("joined", 85)]),
    (BRANCH, "Membership is 1,904, of whom 211 are retired.", [("members", 1904), ("other", 211)]),
    (CLP, "Our membership now totals 3,100, of whom about 400 are students.", [("members", 3100), ("other", 400)]),
    (
        UNION,
        "The treasurer said the union's membership had risen steadily over the past twelve months and was now 84,650.",
        [("members", 84650)],
    ),
    (CLP, "Membership had grown during the year and stood at 912 at the end of December.", [("members", 912)]),
    (
        CLP,
        "The secretary noted that the CLP's membership, which had dipped in the summer, was back up to 1,380.",
        [("members", 1380)],
    ),
    (BRANCH, "There have been 74 new joiners since the last meeting.", [("joined", 74)]),
    (
        NEC,
        "Since the election we have welcomed 1,200 new members, and a further 300 have rejoined.",
        [("joined", 1200), ("joined", 300)],
    ),
    (
        GREEN,
        "Over the year 95 members joined and 41 left, a net gain of 54.",
        [("joined", 95), ("left", 41), ("joined", 54)],
    ),
    (NEC, "Membership is up: some 2,000 have joined since the leadership contest began.", [("joined", 2000)]),
    (
        UNION,
        "The union's membership secretary reported that 640 had joined in the last month alone.",
        [("joined", 640)],
    ),
    (NEC, "Membership news was good. Numbers now stand at 447,000.", [("members", 447000)]),
    (
        NEC,
        "Membership figures: 412,306 members, 19,800 in arrears, and 4,100 registered supporters.",
        [("members", 412306), ("arrears", 19800), ("supporters", 4100)],
    ),
    (NEC, "On membership, numbers remain buoyant at around 480k.", [("members", 480000)]),
    (
        NEC,
        "We were told there are now 515,000 members, making Labour the largest party in Western Europe.",
        [("members", 515000)],
    ),
    (NEC, "The GS reported a membership of 533,000.", [("members", 533000)]),
    (NEC, "Labour's membership is 387,000, with 29,000 more in arrears.", [("members", 387000), ("arrears", 29000)]),
    (
        NEC,
        "Membership stood at 483,000 paying members, with another 40,000 up to six months in arrears.",
        [("members", 483000), ("arrears", 40000)],
    ),
    (
        UNION,
        "We want to grow from a union of 1.3 million members to two million in the next decade.",
        [("members", 1300000)],
    ),
    (
        GREEN,
        "The party's membership had increased sharply during the past year and was now 3,350.",
        [("members", 3350)],
    ),
    (
        CLP_2,
        "Membership officer's report. Since the last meeting 19 have joined, 7 have resigned and 3 have moved away.",
        [("joined", 19), ("left", 7)],
    ),
    (
        UNION_2,
        "Turning to recruitment, the general secretary said a further 2,300 had signed up in the autumn.",
        [("joined", 2300)],
    ),
    pytest.param(
        *(NEWS, "The union says it now stands at 212,000, its highest total for a decade.", [("members", 212000)]),
        marks=pytest.mark.xfail(
            reason="no membership word in the sentence or the one before: 'stands at' alone is not enough", strict=True
        ),
    ),
    (
        BRANCH_2,
        "Membership. We currently have 318, compared with 290 a year ago.",
        [("members", 318), ("members", 290)],
    ),
    (
        PARTY,
        "The membership secretary reported that the local party had grown steadily over the winter and now had 1,140.",
        [("members", 1140)],
    ),
    (NEC, "New members keep coming: 6,800 have joined since the conference.", [("joined", 6800)]),
    (
        CLP_2,
        "The secretary reported 1,912 members. Of these, 140 are in arrears.",
        [("members", 1912), ("arrears", 140)],
    ),
    (UNION_2, "Membership is 94,300 — up 1,750 on the year.", [("members", 94300), ("joined", 1750)]),
    (NEWS, "Growth has been strong: the party's membership is now put at 61,000.", [("members", 61000)]),
    (BRANCH_2, "Our numbers stand at 702 after a good summer.", [("members", 702)]),
    (CLP_2, "The membership total at the end of the year was 2,015.", [("members", 2015)]),
    (
        PARTY,
        "Membership report: we now have 830 members; 41 joined during the quarter.",
        [("members", 830), ("joined", 41)],
    ),
    (
        UNION_2,
        "The federation's national executive met in Leeds. Membership was reported at 64,200.",
        [("members", 64200)],
    ),
    (NEC, "The General Secretary reported membership at 489,300.", [("members", 489300)]),
    (NEC, "Membership: 401,750, with 22,600 in arrears.", [("members", 401750), ("arrears", 22600)]),
    (NEC, "We heard that membership remains strong at more than 420,000.", [("members", 420000)]),
    (
        NEC,
        "There are 380,000 full members plus 12,000 affiliated supporters.",
        [("members", 380000), ("supporters", 12000)],
    ),
    (NEC, "Membership numbers continue to fall and are now 370,000.", [("members", 370000)]),
    (NEC, "The party lost 23,000 members over the summer.", [("left", 23000)]),
    (
        NEC,
        "The General Secretary gave his report. "
        "Membership currently stands at 406,000, of whom about 30,000 are in arrears.",
        [("members", 406000), ("arrears", 30000)],
    ),
    (NEC, "On membership we were told the figure is now 392,841 full members.", [("members", 392841)]),
    (
        NEC,
        "Membership has dropped from 432,000 to 390,000 over the past year.",
        [("members", 432000), ("members", 390000)],
    ),
    (NEC, "Some 40,000 members have resigned since the decision, David said.", [("left", 40000)]),
    (NEC, "The party gained more than 100,000 members in the three weeks after the election.", [("joined", 100000)]),
    (NEC, "Membership is at an all-time high of 552,000.", [("members", 552000)]),
    (NEC, "We now have 15,000 more members than at this point last year.", [("joined", 15000)]),
    (
        NEC,
        "Membership was 515,000 at the end of June, a drop of 17,000 since January.",
        [("members", 515000), ("left", 17000)],
    ),
    (
        NEC,
        "There are now approximately 423,000 members and 11,000 registered supporters.",
        [("members", 423000), ("supporters", 11000)],
    ),
    (NEC, "Membership, at 498,000, remains higher than that of all other parties combined.", [("members", 498000)]),
    (
        NEC,
        "The membership figure was given as 418,000, down around 14,000 on last year.",
        [("members", 418000), ("left", 14000)],
    ),
    (NEC, "Numbers joining have slowed, but membership is still over 500,000.", [("members", 500000)]),
    (
        NEC,
        "About 25,000 new members have joined since the leadership election, taking the total to 575,000.",
        [("joined", 25000), ("members", 575000)],
    ),
    (NEC, "Labour now has 1.4 Million members and supporters.", [("members", 1400000)]),
    (NEC, "Membership sits at just over 430k.", [("members", 430000)]),
    (NEC, "Current membership is 371,950 (excluding those in arrears).", [("members", 371950)]),
    (NEC, "The number of affiliated supporters has fallen to 2,300.", [("supporters", 2300)]),
    (UNION_3, "The union's membership grew by 3.2 per cent to 71,400.", [("members", 71400)]),
    (
        UNION_3,
        "Total membership at 31 December was 71,412, an increase of 2,216 on the previous year.",
        [("members", 71412), ("joined", 2216)],
    ),
    (UNION_3, "The union has around 1.25 million members in over 20 sectors.", [("members", 1250000)]),
    (PRESS, "With more than 2 million members, it is the biggest union in Britain.", [("members", 2000000)]),
    (PRESS, "Membership has surged past 45,000, the party said.", [("members", 45000)]),
    (
        PRESS,
        "The party now counts 128,000 members, up from 95,000 a year ago.",
        [("members", 128000), ("members", 95000)],
    ),
    (
        CLP_3,
        "Membership report: 1,203 members (down 14), 88 in arrears.",
        [("members", 1203), ("left", 14), ("arrears", 88)],
    ),
    (
        CLP_3,
        "The secretary said we had 64 new members since the last meeting and 22 resignations.",
        [("joined", 64), ("left", 22)],
    ),
    (
        BRANCH_3,
        "Branch membership stands at 2,410, an increase of 95 since last year's AGM.",
        [("members", 2410), ("joined", 95)],
    ),
    (BRANCH_3, "The branch has 2,410 members across 31 workplaces.", [("members", 2410)]),
    (PARTY_2, "We are now 412 members strong.", [("members", 412)]),
    (PARTY_2, "Membership is healthy at 412, with 37 joining since the autumn.", [("members", 412), ("joined", 37)]),
    (CLP_3, "Our CLP has 1,850 members, making it one of the largest in the region.", [("members", 1850)]),
    (CLP_3, "Of the 1,850 members, 310 are under 30.", [("members", 1850), ("other", 310)]),
    (BRANCH_3, "There are 180 members in arrears and 45 on reduced rates.", [("arrears", 180), ("other", 45)]),
    (PARTY_2, "Membership numbers: 412 (last year 380).", [("members", 412), ("members", 380)]),
    (CLP_3, "Membership: approx. 1,200.", [("members", 1200)]),
    (CLP_3, "The membership secretary said numbers were holding up at around 1,850.", [("members", 1850)]),
    pytest.param(
        *(CLP_4, "Treasurer's report: subscription income of £4,200 from 1,130 paying members.", [("members", 1130)]),
        marks=pytest.mark.xfail(reason="income 'from' members reads like 'a letter from 100 members'", strict=True),
    ),
    (
        BRANCH_4,
        "Secretary's report. Membership: 2,204. New: 41. Leavers: 17. Arrears: 63.",
        [("members", 2204), ("joined", 41), ("left", 17), ("arrears", 63)],
    ),
    (UNION_4, "Membership income fell to £3.1m as membership dipped to 58,400.", [("members", 58400)]),
    (
        BRANCH_4,
        "The branch has 1,960 members in good standing and 120 in arrears.",
        [("members", 1960), ("arrears", 120)],
    ),
    (UNION_4, "Members in arrears: 1,450 (down from 1,900).", [("arrears", 1450), ("arrears", 1900)]),
    (
        CLP_4,
        "The membership list shows 1,412 members, 96 of whom joined this year.",
        [("members", 1412), ("joined", 96)],
    ),
    (
        PARTY_3,
        "Total members 611; new members since January 38; lapsed 9.",
        [("members", 611), ("joined", 38), ("left", 9)],
    ),
    (
        BRANCH_4,
        "It was reported that branch membership had grown to 2,250 despite the restructure.",
        [("members", 2250)],
    ),
    (PARTY_3, "The secretary reported a healthy membership of 611.", [("members", 611)]),
    (UNION_4, "The general secretary told conference that the union was now 84,000 strong.", [("members", 84000)]),
    (
        NEWS_2,
        "The union, which represents more than 450,000 teachers, will ballot members in May.",
        [("members", 450000)],
    ),
    (UNION_4, "Membership of the union has topped 90,000 for the first time.", [("members", 90000)]),
    (
        NEWS_2,
        "The party said its membership had reached 150,000, up from 120,000 in January.",
        [("members", 150000), ("members", 120000)],
    ),
    (NEWS_2, "Membership of the Greens has roughly doubled to around 60,000.", [("members", 60000)]),
    (NEWS_2, "The union's 320,000 members will vote on the offer.", [("members", 320000)]),
    (
        NEWS_2,
        "Membership stood at 1.15 Million at the end of 2022, according to the annual return.",
        [("members", 1150000)],
    ),
    (NEC, "Membership as of 1 March: 389,000.", [("members", 389000)]),
    (NEC, "Membership numbers have stabilised at about 400,000 after the autumn fall.", [("members", 400000)]),
    (
        NEC,
        "The latest membership figure is 412,000 (down from 432,000 in the summer).",
        [("members", 412000), ("members", 432000)],
    ),
    (NEC, "We heard there are 13,000 members of Young Labour.", [("members", 13000)]),
    (NEC, "The GS reported 540,000 members, the highest since the 1970s.", [("members", 540000)]),
    (
        NEC,
        "Membership stands at 420k, of which 35k are under 27 and 60k over 65.",
        [("members", 420000), ("other", 35000), ("other", 60000)],
    ),
]


@pytest.mark.parametrize(("title", "body", "expected"), CASES)
def test_subject(title: str, body: str, expected: list[tuple[str, int]]) -> None:
    assert pairs(body, title) == sorted(expected)


# a paragraph about membership lends its subject to counts with none, but not to other counts
AFTER_A_FIGURE = [
    (
        NEC,
        "The party has 402,000 members. The deficit stands at 2.3 million. We have 12 regional offices.",
        [("members", 402000)],
    ),
    (
        NEC,
        "Membership is 402,000. Turnout in the by-election was 34%, and we won by 1,200 votes.",
        [("members", 402000)],
    ),
    (CLP, "Membership was discussed. It was agreed to hold 3 canvassing sessions in May.", []),
    (CLP, "Membership secretary's report. We now have 14 ward branches and 6 affiliated unions.", []),
    (UNION, "Membership is 62,000. The union now stands at 4th in the league table of unions.", [("members", 62000)]),
    (NEC, "Membership is 402,000. It is now 2 years since the last election.", [("members", 402000)]),
    (NEC, "Membership stood at 402,000. The NEC then spent 45 minutes on the budget.", [("members", 402000)]),
    (CLP, "New members were welcomed. The meeting then heard from 2 speakers.", []),
    (NEC, "The membership report was noted. Item 7 was deferred to the next meeting.", []),
    (
        UNION,
        "Membership is 62,000. We have won 14 pay disputes this year and recruited 300 reps.",
        [("members", 62000)],
    ),
    (NEC, "Membership has risen to 410,000. We are 6 points ahead in the polls.", [("members", 410000)]),
    (CLP, "Membership is 1,200. The executive has 15 places and 3 are vacant.", [("members", 1200)]),
    (NEC, "Membership stands at 400,000. Some 150 people attended the reception afterwards.", [("members", 400000)]),
    (UNION, "Membership is 62,000. Our strike fund is now 1.2 million.", [("members", 62000)]),
    (CLP, "Membership has grown to 1,200. It will cost 500 to hire the hall.", [("members", 1200)]),
    (NEC, "Membership figures were reported. There are 650 constituencies and 11 regions.", []),
    (NEC, "Members were told about the new app. Over 20,000 have downloaded it.", []),
    (UNION, "New members are joining every day. Our target is 70,000 by the summer.", []),
    (CLP, "Membership: 1,200. Bank balance: 3,450.", [("members", 1200)]),
    (NEC, "Membership is 400,000 and rising. Conference will be attended by 13,000 people.", [("members", 400000)]),
]


@pytest.mark.parametrize(("title", "body", "expected"), AFTER_A_FIGURE)
def test_other_counts_after_a_figure_stay_out(title: str, body: str, expected: list[tuple[str, int]]) -> None:
    assert pairs(body, title) == sorted(expected)


# Recruitment as the subject of a count: those recruited, when only a time stands between noun and count.
RECRUITMENT = [
    (UNION, "Recruitment in the first quarter was 3,870, against 2,910 leavers.", [("joined", 3870), ("left", 2910)]),
    (CLP, "Recruitment this year: 412.", [("joined", 412)]),
    (UNION_2, "Recruitment over the year totalled 4,100.", [("joined", 4100)]),
    (NEWS, "The union's intake last year was 11,200, a record.", [("joined", 11200)]),
    (BRANCH, "Recruitment since the AGM stands at 96.", [("joined", 96)]),
    # recruitment of something else, or a target, counts no one
    (CLP_4, "Recruitment events numbered 12 this year.", []),
    (UNION_3, "The recruitment target is 1,000.", []),
    (PARTY, "Recruitment leaflets: 3,000 printed.", []),
]


@pytest.mark.parametrize(("title", "body", "expected"), RECRUITMENT)
def test_recruitment_as_a_subject(title: str, body: str, expected: list[tuple[str, int]]) -> None:
    assert pairs(body, title) == sorted(expected)


# "the 55,000-member union": a body sized by a compound; a committee sized so is no membership (SPEC rulings).
MEMBER_COMPOUNDS = [
    (NEWS, "The 55,000-member union said it would not recommend the offer.", [("members", 55000)]),
    (PARTY, "A 2,000-member party cannot afford a full-time organiser.", [("members", 2000)]),
    (BRANCH, "Our 640-member branch voted to affiliate to the trades council.", [("members", 640)]),
    (UNION_2, "The 38,900-member federation opened its conference today.", [("members", 38900)]),
    (NEC, "The 12-member committee met on Tuesday.", []),
    (CLP_4, "The 9-member panel shortlisted three candidates.", []),
]


@pytest.mark.parametrize(("title", "body", "expected"), MEMBER_COMPOUNDS)
def test_a_body_sized_by_a_member_compound(title: str, body: str, expected: list[tuple[str, int]]) -> None:
    assert pairs(body, title) == sorted(expected)


# Arrears as the subject of a level, and the same figure at another time after it.
ARREARS_AS_SUBJECT = [
    (
        UNION_4,
        "The executive heard that arrears had reached 3,250 members, up from 2,700.",
        [("arrears", 3250), ("arrears", 2700)],
    ),
    (BRANCH_3, "Arrears now stand at 410 members.", [("arrears", 410)]),
    (CLP_2, "Arrears have fallen to 212 members since the reminder letters.", [("arrears", 212)]),
    (NEC, "Members in arrears fell to 18,000, down from 23,500.", [("arrears", 18000), ("arrears", 23500)]),
    (PARTY, "Membership is 468, compared with 412 a year ago.", [("members", 468), ("members", 412)]),
    (CLP, "The membership officer said 31 members were still to renew.", [("arrears", 31)]),
    (PARTY_2, "Seven members have not renewed.", [("arrears", 7)]),
    (UNION_3, "Some 2,100 members had not renewed by the end of March.", [("arrears", 2100)]),
]


@pytest.mark.parametrize(("title", "body", "expected"), ARREARS_AS_SUBJECT)
def test_arrears_read_from_the_subject_and_renewals(title: str, body: str, expected: list[tuple[str, int]]) -> None:
    assert pairs(body, title) == sorted(expected)


LABELS_SINCE_A_MEETING = [
    (
        CLP_2,
        "Total CLP membership 1,118; new since last meeting 23; lapsed 9.",
        [("members", 1118), ("joined", 23), ("left", 9)],
    ),
    (BRANCH_2, "New members since the last meeting: 14.", [("joined", 14)]),
    (PARTY_2, "Lapsed since the AGM: 6.", [("left", 6)]),
]


@pytest.mark.parametrize(("title", "body", "expected"), LABELS_SINCE_A_MEETING)
def test_labels_dated_by_a_meeting(title: str, body: str, expected: list[tuple[str, int]]) -> None:
    assert pairs(body, title) == sorted(expected)


DATED_ASIDES_AND_RENEWALS = [
    (BRANCH_2, "Membership: 830 (826 last year).", [("members", 830), ("members", 826)]),
    (PARTY_2, "Members: 412 (380 a year ago).", [("members", 412), ("members", 380)]),
    (CLP_3, "Membership is 1,200 (300 in arrears).", [("members", 1200), ("arrears", 300)]),
    (PARTY_2, "The secretary reported that six members had not yet renewed.", [("arrears", 6)]),
    (UNION_4, "Around 900 members have not yet paid this year's subscription.", [("arrears", 900)]),
    (CLP, "We have 300 members, yet only 20 came to the meeting.", [("members", 300)]),
]


@pytest.mark.parametrize(("title", "body", "expected"), DATED_ASIDES_AND_RENEWALS)
def test_dated_asides_and_renewals(title: str, body: str, expected: list[tuple[str, int]]) -> None:
    assert pairs(body, title) == sorted(expected)
