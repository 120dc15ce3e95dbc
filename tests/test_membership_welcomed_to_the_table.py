"""New members welcomed to a committee's own table are no membership figure, while those who joined the body
are `joined` (extractors/membership/exclusions.py). SPEC: people present at a meeting or seated on a committee are
not membership counts. Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from membership_support import BRANCH_2, CLP_4, NEC, NEWS, UNION, pairs

COUNCIL_GROUP = "Labour Group meeting – 14 March 2023"

# people who join the committee or its meeting: welcomed by whoever opens it, or sent by a section it seats
WELCOMED_TO_THE_TABLE = [
    (BRANCH_2, "The chair opened the meeting and welcomed two new members.", []),
    (NEC, "We welcomed two new members from the affiliated unions.", []),
    (CLP_4, "Our convenor welcomed three new members, and apologies were read.", []),
    (UNION, "The President welcomed four new members from the regional sections to their first Executive.", []),
    (COUNCIL_GROUP, "The meeting began with the chair welcoming 2 new members after the by-elections.", []),
    (NEWS, "Opening the session, the chairwoman welcomed five new members from the affiliates.", []),
]

# people who joined the organisation: still `joined`, whoever reports it
JOINED_THE_BODY = [
    (BRANCH_2, "We welcomed 28 new members and bade farewell to 11.", [("joined", 28), ("left", 11)]),
    (CLP_4, "Since January the CLP has welcomed 64 new members.", [("joined", 64)]),
    (UNION, "The union welcomed 1,450 new members from the hospitals this year.", [("joined", 1450)]),
    (NEWS, "The party welcomed 3,000 new members after the leadership election.", [("joined", 3000)]),
]


@pytest.mark.parametrize(("title", "body", "expected"), WELCOMED_TO_THE_TABLE + JOINED_THE_BODY)
def test_welcomed_to_the_table_is_no_figure(title: str, body: str, expected: list[tuple[str, int]]) -> None:
    assert pairs(body, title) == sorted(expected)
