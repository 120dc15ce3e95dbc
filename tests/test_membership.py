"""Membership figures (extractors/membership/), on report sentences written for these tests."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from nec_extract.extractors import membership
from nec_extract.extractors.membership import extract_membership
from nec_extract.language.lexicon.membership import MembershipVocabulary
from nec_extract.models import MembershipFigure
from nec_extract.page.context import ReportContext
from support import report_context

PACKAGE = Path(membership.__file__).parent
NEC_TITLE = "NEC Report – 14 March 2023"


MEETING_DAY = "14 March 2023"  # every test title ends with it


def report_of(body: str, title: str = NEC_TITLE) -> ReportContext:
    page = f"{title}\n\n{body}\n"
    return report_context(
        page, title=title, meeting="2023-03-14", meeting_text=MEETING_DAY, published=date(2023, 3, 20)
    )


def figures_of(body: str, title: str = NEC_TITLE) -> list[MembershipFigure]:
    report = report_of(body, title)
    found = extract_membership(report)
    for figure in found:
        assert report.text[figure.evidence.start : figure.evidence.end] == figure.evidence.text
    return found


def pairs(body: str, title: str = NEC_TITLE) -> Counter[tuple[str, int]]:
    return Counter((f.metric.value, f.value) for f in figures_of(body, title))


def only(body: str, title: str = NEC_TITLE) -> MembershipFigure:
    found = figures_of(body, title)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # totals, numbers in every form
        ("The General Secretary said the party now has 402,118 members.", [("members", 402118)]),
        ("Party membership stands at 512,340, we were told.", [("members", 512340)]),
        ("We heard that membership was roughly 455k.", [("members", 455000)]),
        ("Membership was around 420K at the start of the year.", [("members", 420000)]),
        ("The party has just under four hundred thousand members.", [("members", 400000)]),
        ("Membership has topped half a million for the first time.", [("members", 500000)]),
        ("Labour has a membership of more than half a million.", [("members", 500000)]),
        ("Individual membership was 198,000 at the end of 2014.", [("members", 198000)]),
        ("The number of members has risen to 450,000.", [("members", 450000)]),
        ("Member numbers are now 402,000.", [("members", 402000)]),
        ("Party membership is c.400k.", [("members", 400000)]),
        ("Membership has grown every month and now exceeds 520,000.", [("members", 520000)]),
        ("Total membership: 415,300.", [("members", 415300)]),
        ("The CLP now has two hundred and forty members.", [("members", 240)]),
        ("There are 16,000 registered supporters.", [("supporters", 16000)]),
        ("Registered supporters now number about 3,000.", [("supporters", 3000)]),
        # typos around the figure
        ("The party now has 421,000 memebrs.", [("members", 421000)]),
        ("Labour's membrship stands at 398,500.", [("members", 398500)]),
        ("Some 21,000 members are in arrers.", [("arrears", 21000)]),
        ("There are 4,000 registred supporters.", [("supporters", 4000)]),
        # arrears
        ("Membership is at 380k, with 25k in arrears.", [("members", 380000), ("arrears", 25000)]),
        ("Members in arrears now number 28,000.", [("arrears", 28000)]),
        (
            "We were told the party had roughly 450k members, of whom 40k were behind with their subscriptions.",
            [("members", 450000), ("arrears", 40000)],
        ),
        (
            "Some 31,000 members are in arrears, though that is down from 44,000.",
            [("arrears", 31000), ("arrears", 44000)],
        ),
        (
            "Around 40,000 members are in arrears, compared with 52,000 a year ago.",
            [("arrears", 40000), ("arrears", 52000)],
        ),
        # the figure before, at a time counted back ("a year earlier", "a month before"): no rate
        (
            "At 31 December the party had 366,604 members, compared with 384,000 a year earlier.",
            [("members", 366604), ("members", 384000)],
        ),
        ("Membership was 1,450, up from 1,390 a month before.", [("members", 1450), ("members", 1390)]),
        ("The union had 52,000 members against 49,500 the year previously.", [("members", 52000), ("members", 49500)]),
        ("Of the party's 410,000 members, around 45,000 are in arrears.", [("members", 410000), ("arrears", 45000)]),
        # joined
        ("We recruited 4,500 new members during the by-election campaign.", [("joined", 4500)]),
        ("There were 11k new members last year.", [("joined", 11000)]),
        ("Some 5,600 new members joined after the conference speech.", [("joined", 5600)]),
        ("The secretary said 48 people had joined the party since the AGM.", [("joined", 48)]),
        ("The new members since the election total 60,000.", [("joined", 60000)]),
        ("Membership rose by 12,000 in the month after the election.", [("joined", 12000)]),
        # left
        ("The party lost 60,000 members in 2019 alone.", [("left", 60000)]),
        ("Around 8,000 members resigned in the week after the vote.", [("left", 8000)]),
        ("We were told there are 23,000 lapsed members who could be won back.", [("left", 23000)]),
        ("Membership fell by 25,000 over the summer.", [("left", 25000)]),
        ("Membership is down 14,000 on last year.", [("left", 14000)]),
        ("The party has seen a net loss of 90,000 members since 2020.", [("left", 90000)]),
        # several in one sentence
        (
            "The GS said that 12,500 people had joined since the leadership election and 3,000 had left.",
            [("joined", 12500), ("left", 3000)],
        ),
        ("Since May the party has gained 25,000 members but lost 11,000.", [("joined", 25000), ("left", 11000)]),
        (
            "Membership figures show 402,000 members, down from 410,000 in January.",
            [("members", 402000), ("members", 410000)],
        ),
        ("Membership has dropped to 370,000 from 430,000 last year.", [("members", 370000), ("members", 430000)]),
        ("Labour had 190,000 members in 2010, and 550,000 by 2017.", [("members", 190000), ("members", 550000)]),
        (
            "The branch has 1,250 members, of whom 90 are in arrears and 65 are retired.",
            [("members", 1250), ("arrears", 90), ("other", 65)],
        ),
        # counted subgroups
        ("There are 30,000 young members.", [("other", 30000)]),
        ("BAME members now number 40,000.", [("other", 40000)]),
        ("There are around 200,000 members aged over 60.", [("other", 200000)]),
        (
            "The union has 1.3m members, of whom around 700,000 pay the political levy.",
            [("members", 1300000), ("other", 700000)],
        ),
        ("Over 1.1m people are members of the union.", [("members", 1100000)]),
        ("Momentum has 40,000 members.", [("members", 40000)]),
        ("The party's 550,000-strong membership is its greatest asset.", [("members", 550000)]),
        ("Membership figures are up to 190,000.", [("members", 190000)]),
        ("The number of members in arrears has come down to 15,000.", [("arrears", 15000)]),
        ("Membership is now 432,000, down 9,000 since the spring.", [("members", 432000), ("left", 9000)]),
        ("Membership had hit 500,000 for the first time since the 1950s.", [("members", 500000)]),
        ("Over 150,000 people joined Labour in the days after the election.", [("joined", 150000)]),
        # labels in minutes, totals and the sentence before
        ("Membership 405,000", [("members", 405000)]),
        ("Current membership – 1,148 members, 37 in arrears.", [("members", 1148), ("arrears", 37)]),
        ("Members 2,300; supporters 400.", [("members", 2300), ("supporters", 400)]),
        (
            "Around 350 new members joined after the by-election, bringing our total to 2,150.",
            [("joined", 350), ("members", 2150)],
        ),
        ("We now have more members than ever before, at over 450,000.", [("members", 450000)]),
        ("Membership is 388,407, up 2,000 since the last meeting.", [("members", 388407), ("joined", 2000)]),
        ("Around 5,000 members had not paid their subs by the deadline.", [("arrears", 5000)]),
    ],
)
def test_membership_figures(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert pairs(sentence) == Counter(expected)


@pytest.mark.parametrize(
    "sentence",
    [
        # staff, candidates, delegates, seats, committees
        "The party employs 420 staff and has 31 regional organisers.",
        "The membership team has 40 staff.",
        "There are 650 parliamentary candidates in place.",
        "Over 3,000 members have applied to be candidates.",
        "There were 1,400 delegates at conference.",
        "Labour won 411 seats.",
        "The NEC has 39 members.",
        "We now have 13 members on the NEC.",
        "Three new members of the NEC were welcomed.",
        "Two new members joined the NEC today.",
        "Some 2,000 new members joined the march on Saturday.",
        "Five new members were welcomed to the committee.",
        "Eight NEC members signed the letter.",
        "Two members of staff were present.",
        "The panel will be expanded from six members to nine.",
        # voters, viewers, ballots, votes cast
        "Over 80,000 members voted in the ballot.",
        "In 2015, 300,000 people voted in the leadership election.",
        "The NEC agreed to hold a ballot of all 500,000 members.",
        "The leader's speech was watched by 30,000 viewers.",
        "The motion was carried by 22 votes to 12.",
        "She won the members' ballot with 61,200 votes to 58,300.",
        # cases, suspensions, complaints, motions
        "There were 350 complaints, and 120 members have been suspended.",
        "Some 1,500 members have been suspended pending investigation.",
        "The party received 3,500 complaints last year.",
        "Conference will debate 12 motions from CLPs.",
        # money, shares, percentages
        "Membership income was £20m last year.",
        "The party raised £4.5m from its members.",
        "A quarter of the party membership lives in London.",
        "45% of members are women.",
        "About a third of members are over sixty-five.",
        "Two-thirds of new members are under 40.",
        # thresholds, outreach, participation, schemes
        "Unions with more than 100,000 members may nominate two delegates.",
        "A survey of 10,000 members found strong support for the policy.",
        "A letter signed by 1,200 members was sent to the NEC.",
        "I have had emails from 200 members about this.",
        "2,000 members responded to the consultation.",
        "5,000 members took part in the online hustings.",
        "10,000 members joined the call on Thursday.",
        "Some 2,000 people joined the march on Saturday.",
        "Only 7 members turned up to the AGM.",
        "There are 480 members in the Red Rose Club (giving £500 a year or more).",
        "About 1,000 members a day have been joining since the election.",
        # targets, conditions, shared verbs, objects of other verbs
        "We need 10,000 more members to match the Tories.",
        "The party will have 500,000 members by the end of the year.",
        "Each CLP with over 500 members gets an extra delegate.",
        "Some 183,000 members and 113,000 affiliated supporters voted in the ballot.",
        "Membership fees for 120,000 low-waged members will be frozen.",
        "More than 40,000 members have signed up to the digital volunteering scheme.",
        "The 10,000 members who received the email were asked to respond.",
        "Fewer than 1,000 members of the party have been disciplined.",
        "There were 1,200 members present at the launch.",
        "18 of the 39 members of the NEC voted for it.",
        "The motion was backed by 26 members.",
        "The helpline took 2,000 calls from members.",
        # single people, other counts
        "One member asked about the timetable.",
        "The review will report in 18 months.",
        "She said the party has 9,000 councillors.",
    ],
)
def test_not_membership(sentence: str) -> None:
    assert pairs(sentence) == Counter()


def test_approximate_follows_the_words() -> None:
    found = figures_of("The party has 389,214 members, and nearly 20,000 are in arrears.")
    assert [(f.value, f.approximate) for f in found] == [(389214, False), (20000, True)]
    assert only("Membership is approx 23k.").approximate


def test_a_subgroup_keeps_its_qualifier() -> None:
    found = figures_of("Membership is 480k, including 9k of whom are under 25.")
    assert [(f.metric.value, f.value, f.qualifier) for f in found] == [
        ("members", 480000, None),
        ("other", 9000, "under 25"),
    ]
    assert only("There are 30,000 young members.").qualifier == "young members"
    retired = figures_of("The union has 84,000 members, of whom 6,100 are retired members on reduced rates.")[1]
    assert (retired.metric.value, retired.qualifier) == ("other", "retired members on reduced rates")


def test_organisation_is_labour_unless_another_body_is_named() -> None:
    assert only("The party has 402,118 members.").organisation == "Labour"
    assert only("GMB members number more than 460,000.").organisation == "GMB"
    assert only("Unison has 1.3 million members.").organisation == "Unison"
    assert only("Young Labour has around 20k members.").organisation == "Young Labour"
    assert only("Over 1.1m people are members of Unite.").organisation == "Unite"


def test_a_union_report_counts_the_union() -> None:
    title = "Amalgamated Bakers' Union – Executive Council, 14 March 2023"
    figure = only("The General Secretary reported that the union has 84,200 members.", title)
    assert figure.organisation == "Amalgamated Bakers' Union"
    branch = only("Branch membership is now 612.", "Eastfield Health Branch – Committee, 14 March 2023")
    assert branch.organisation == "Eastfield Health Branch"


def test_an_nec_report_naming_a_clp_still_counts_labour() -> None:
    title = "Report of the NEC meeting, 14 March 2023"
    body = "The NEC heard an appeal from Westbury CLP. The party has 402,118 members."
    assert only(body, title).organisation == "Labour"


def test_as_of_is_the_date_the_text_gives_else_the_meeting() -> None:
    assert only("The party has 402,118 members.").as_of == "2023-03-14"
    assert only("Some 9,000 members have left since January.").as_of == "2023-01"
    assert only("There were 11k new members in 2022.").as_of == "2022"
    assert only("Individual membership was 198,000 on 31/12/2014.").as_of == "2014-12-31"


def test_figures_repeated_in_a_report_are_listed_once() -> None:
    body = "The party has 402,118 members.\n\nLater the GS repeated that the party has 402,118 members."
    assert pairs(body) == Counter([("members", 402118)])


def test_a_figure_in_the_sentence_after_a_total() -> None:
    body = "He reported 377,000 members. Around 21,000 are in arrears, and 6,000 have lapsed since June."
    assert pairs(body) == Counter([("members", 377000), ("arrears", 21000), ("left", 6000)])


def test_evidence_is_the_clause_that_states_the_figure() -> None:
    found = figures_of("Membership is at 380k, with 25k in arrears.")
    assert [f.evidence.text for f in found] == ["Membership is at 380k", "25k in arrears"]


def test_plain_figures_need_no_statistical_parse() -> None:
    def no_parser(texts: object) -> list[object]:
        raise AssertionError("parsed a sentence that the word rules settle")

    report = report_of("The party has 402,118 members, of whom 21,000 are in arrears.")
    report.parser = no_parser
    assert [(f.metric.value, f.value) for f in extract_membership(report)] == [("members", 402118), ("arrears", 21000)]


def test_every_key_of_the_vocabulary_is_read() -> None:
    source = "\n".join(path.read_text(encoding="utf-8") for path in PACKAGE.glob("*.py"))
    keys = [key for key in MembershipVocabulary.model_fields if key != "about"]
    unread = [key for key in keys if f'"{key}"' not in source and f".{key}" not in source]
    assert unread == []
    assert not re.search(r"load_json|membership\.json\"\)", source)
