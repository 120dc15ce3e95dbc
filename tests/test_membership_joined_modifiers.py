"""Two modifiers joined by "and"/"or" in front of the counted noun ("14,600 registered and affiliated supporters"):
the count is of that noun, not cut at the "and". Sentences written for these tests."""

from __future__ import annotations

import pytest

from membership_support import CLP, NEC, NEWS, PARTY, UNION, pairs

CASES = [
    (NEC, "The party now has some 14,600 registered and affiliated supporters.", [("supporters", 14600)]),
    (PARTY, "There are now 14,600 affiliated and registered supporters on the lists.", [("supporters", 14600)]),
    (NEWS, "Labour said it had 2,100 registered or affiliated supporters in the city.", [("supporters", 2100)]),
    (CLP, "We welcomed 85 new and returning members in March.", [("joined", 85)]),
    # an "and" between two counts still ends the first
    (UNION, "We have 1,200 members and 300 supporters.", [("members", 1200), ("supporters", 300)]),
    (CLP, "The CLP has 640 members, and 55 joined this year.", [("joined", 55), ("members", 640)]),
]


@pytest.mark.parametrize(("title", "body", "expected"), CASES)
def test_two_joined_modifiers_keep_the_counted_noun(title: str, body: str, expected: list[tuple[str, int]]) -> None:
    assert pairs(body, title) == sorted(expected)


# idioms of joining and leaving; beside them, the same words for something else
IDIOMS = [
    (CLP, "Sixty new members came on board during the campaign.", [("joined", 60)]),
    (UNION, "Around 1,000 members have walked away since the summer.", [("left", 1000)]),
    (NEWS, "Some 200 members tore up their cards after the vote, the branch said.", [("left", 200)]),
    (NEC, "Some 300 members walked away from the party after the vote.", [("left", 300)]),
    (PARTY, "Sixty members walked away from the stall with leaflets.", []),
    (CLP, "Five new members came on to the board.", []),
]


@pytest.mark.parametrize(("title", "body", "expected"), IDIOMS)
def test_idioms_of_joining_and_leaving(title: str, body: str, expected: list[tuple[str, int]]) -> None:
    assert pairs(body, title) == sorted(expected)
