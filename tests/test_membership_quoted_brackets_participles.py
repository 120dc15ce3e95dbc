"""Membership figures told in four more ways found on written pages (round 7): a figure in quotation marks, a
count with "having joined" / "having left", a count in brackets after the noun that labels it, and members
readmitted or reinstated by a disciplinary body (no figure). Every sentence is written for these tests, in NEC,
union, CLP, council-group and news styles, with negatives.
"""

from __future__ import annotations

import pytest

from membership_support import BRANCH, CLP, NEC, NEWS, PARTY, UNION, pairs

QUOTED = [
    (NEC, 'The general secretary told us membership was "just shy of 330,000".', [("members", 330000)]),
    (NEC, "Membership is “a little over 410,000” this month, she said.", [("members", 410000)]),
    (UNION, 'The treasurer said the union had "around 61,000 members" at the year end.', [("members", 61000)]),
    (CLP, "“We recruited 85 new members over the summer,” the secretary reported.", [("joined", 85)]),
    (NEWS, 'A spokesperson said "some 4,000 members have left since June".', [("left", 4000)]),
    (NEWS, 'The leader called it "a campaign of 40,000 volunteers".', []),
    (UNION, 'Delegates heard that "over 3,000 members voted" in the branch ballot.', []),
]

PARTICIPLES = [
    (
        NEC,
        "Membership stands at 552,000, with about 120,000 having joined since January.",
        [("joined", 120000), ("members", 552000)],
    ),
    (
        UNION,
        "The union has 48,200 members, with 1,900 having left during the dispute.",
        [("left", 1900), ("members", 48200)],
    ),
    (
        CLP,
        "With 45 new members having signed up at the fair, we are now 610 strong.",
        [("joined", 45), ("members", 610)],
    ),
    (
        PARTY,
        "Around 300 members having lapsed over the winter, the total is now 2,150.",
        [("left", 300), ("members", 2150)],
    ),
    (NEWS, "The march, with 3,000 members having joined it, was the largest in years.", []),
]

BRACKETED = [
    (NEC, "He was candid that the arrears position (around 38,000) is worrying.", [("arrears", 38000)]),
    (UNION, "Arrears (12,400) remain the executive's main concern.", [("arrears", 12400)]),
    (CLP, "New members (64 since May) will be invited to an induction evening.", [("joined", 64)]),
    (BRANCH, "Lapsed members (about 90 of them) will get a phone call from a steward.", [("left", 90)]),
    (PARTY, "Membership (1,215 at the last count) is steady.", [("members", 1215)]),
    (NEC, "Our delegates (12 in all) will travel to conference together.", []),
    (UNION, "The seats (about 40) are all up for election in May.", []),
    (CLP, "Our members (3 of whom spoke in the debate) were thanked.", []),
]

READMITTED = [
    (NEC, "The disputes panel reported that it had readmitted seven members on appeal.", []),
    (UNION, "The executive reinstated 14 members whose suspensions had run their course.", []),
    (CLP, "Nine members were readmitted after the disciplinary hearings concluded.", []),
    (NEWS, "The party sanctioned three members over the social media posts.", []),
    (NEC, "Membership is 402,000, and the panel readmitted 12 members on appeal.", [("members", 402000)]),
]


@pytest.mark.parametrize(("title", "sentence", "expected"), QUOTED + PARTICIPLES + BRACKETED + READMITTED)
def test_membership_figure(title: str, sentence: str, expected: list[tuple[str, int]]) -> None:
    assert pairs(sentence, title) == sorted(expected)
