"""Membership figures in every number style other bodies use: capitalised and abbreviated multipliers,
ranges, hedges before and after the number (language/numbers.py read through the membership extractor).
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from membership_support import BRANCH, BRANCH_2, CLP, CLP_2, GREEN, NEC, NEWS, PARTY, UNION, UNION_2, pairs

CASES = [
    (UNION, "The union has 1.4 Million members.", [("members", 1400000)]),
    (UNION, "Membership stands at 1.2M.", [("members", 1200000)]),
    (NEC, "The party now has 430K members.", [("members", 430000)]),
    (UNION, "The union now has 1.3 Mn members.", [("members", 1300000)]),
    (UNION, "Membership reached 2.1 MILLION for the first time.", [("members", 2100000)]),
    (NEC, "Membership is 450 Thousand.", [("members", 450000)]),
    (UNION, "The union now has 1.2 mil members.", [("members", 1200000)]),
    (CLP, "We have between 4,000 and 5,000 members.", [("members", 4000)]),
    (NEC, "The party has 400,000-450,000 members.", [("members", 400000)]),
    (CLP, "Membership is somewhere around 1,500 or so.", [("members", 1500)]),
    (CLP, "We have 1,200-odd members.", [("members", 1200)]),
    (BRANCH, "The branch has 300+ members.", [("members", 300)]),
    (CLP, "Membership stands at a little over 2,000.", [("members", 2000)]),
    (UNION, "Membership is in the order of 12,000.", [("members", 12000)]),
    (CLP, "Membership is just shy of 600.", [("members", 600)]),
    (NEC, "Membership topped the 500,000 mark.", [("members", 500000)]),
    (GREEN, "Membership now exceeds 20k.", [("members", 20000)]),
    (UNION, "The union has 1.25 Million members.", [("members", 1250000)]),
    (NEC, "Membership is between 540k and 550k.", [("members", 540000)]),
    (UNION, "Membership is 1.4m-1.5m.", [("members", 1400000)]),
    (UNION_2, "The federation has 1.1 Million members.", [("members", 1100000)]),
    (NEWS, "The union, with 2.3M members, is the largest in the country.", [("members", 2300000)]),
    (NEC, "Membership is now 415K.", [("members", 415000)]),
    (CLP_2, "We have roughly 1,300 or so members.", [("members", 1300)]),
    (BRANCH_2, "The branch has 250-odd members.", [("members", 250)]),
    (PARTY, "Membership is somewhere between 900 and 950.", [("members", 900)]),
    (UNION_2, "Membership stands at 85-90,000.", []),
    (NEC, "The party now has well over half a million members.", [("members", 500000)]),
    (UNION_2, "Membership passed the one million mark in March.", [("members", 1000000)]),
    (CLP_2, "We have 2,000+ members.", [("members", 2000)]),
    (UNION_2, "The union has 1.5 Mn members.", [("members", 1500000)]),
    (NEC, "Membership is approximately 0.5 million.", [("members", 500000)]),
]


@pytest.mark.parametrize(("title", "body", "expected"), CASES)
def test_numbers(title: str, body: str, expected: list[tuple[str, int]]) -> None:
    assert pairs(body, title) == sorted(expected)
