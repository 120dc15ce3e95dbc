"""A membership label with a level adverb or a figures noun before its count (extractors/membership/subject.py):
"Membership currently 2,870", "membership (now about 41k, falling)", "Membership stats: 9,640" give the total.
Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from membership_support import BRANCH_2, CLP_4, NEC, NEWS, UNION, pairs

COUNCIL_GROUP = "Labour Group meeting – 14 March 2023"

LABELS = [
    (BRANCH_2, "4.2 Membership currently 1,906. Nothing else to report.", [("members", 1906)]),
    (CLP_4, "Membership now 742 (treasurer).", [("members", 742)]),
    (UNION, "Membership presently 88,310; arrears are being chased.", [("members", 88310)]),
    (NEC, "6:45 Treasurer's report & membership (now about 41k, falling)", [("members", 41000)]),
    (NEWS, "Party membership (currently around 9,300, rising) was not discussed.", [("members", 9300)]),
    (COUNCIL_GROUP, "Membership stats: 612 as at the end of January.", [("members", 612)]),
    (UNION, "Membership statistics: 9,640 at the year end.", [("members", 9640)]),
]

# near misses: a verb or something else between, or no membership label at all
NEAR_MISSES = [
    (BRANCH_2, "Staff currently 14, with two vacancies.", []),
    (CLP_4, "Meeting now 7pm (secretary).", []),
    (NEC, "Membership (now a standing item, 3 papers) was noted.", []),
    (UNION, "Case stats: 41 as at the end of January.", []),
]


@pytest.mark.parametrize(("title", "body", "expected"), LABELS + NEAR_MISSES)
def test_a_label_with_a_word_between_gives_the_total(title: str, body: str, expected: list[tuple[str, int]]) -> None:
    assert pairs(body, title) == sorted(expected)
