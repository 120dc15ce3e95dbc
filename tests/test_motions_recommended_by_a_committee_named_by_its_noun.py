"""A committee of the body's own named by its noun alone ("the panel", "the working group"), maybe after a topic label,
recommending a thing told by a noun phrase or a gerund, settled by the next sentence ("Disputes: the panel recommended
lifting the suspension of the Westmoor officers. Agreed.") is that recommendation decided (round 25, voices25); the
tool used to read only a committee named in capitals ("the Disputes Panel recommended ...") or "recommended that ...".

Not a recommendation with no result after it.

Every sentence is written for these tests, in an NEC write-up, union and council minutes, a CLP report and a news
report.
"""

from __future__ import annotations

import pytest

from support import CLP_TITLE as CLP
from support import COUNCIL_TITLE as COUNCIL
from support import NEC_TITLE as NEC
from support import NEWS_TITLE as NEWS
from support import UNION_TITLE as UNION
from support import page_motions


def motions(body: str, title: str) -> list[tuple[str, str]]:
    return [(m.summary, m.outcome.value) for m in page_motions(body, title)]


CASES = [
    (
        "Disputes: the panel recommended lifting the suspension of the Westmoor branch officers. Agreed.",
        NEC,
        [("lifting the suspension of the Westmoor branch officers", "carried")],
    ),
    (
        "Finance: the board recommended a 2% rise in the affiliation fee. This was agreed.",
        UNION,
        [("2% rise in the affiliation fee", "carried")],
    ),
    (
        "The working group proposed moving the surgery to the library. Agreed without a vote.",
        CLP,
        [("moving the surgery to the library", "carried")],
    ),
    (
        "Scrutiny: the committee recommended a review of the parking contract. This was rejected.",
        COUNCIL,
        [("review of the parking contract", "defeated")],
    ),
    (
        "The panel recommended a six-month suspension for the branch secretary. Agreed, after a short debate.",
        NEWS,
        [("six-month suspension for the branch secretary", "carried")],
    ),
]


@pytest.mark.parametrize(("body", "title", "expected"), CASES)
def test_recommended_by_a_committee_named_by_its_noun(body: str, title: str, expected: list[tuple[str, str]]) -> None:
    assert motions(body, title) == expected


NEAR_MISSES = [
    # the recommendation is left open: nothing decided
    ("The working group recommended setting up a youth forum. It was noted.", CLP),
    ("Housing: the panel recommended a review of allocations. Members asked about timing.", NEC),
]


@pytest.mark.parametrize(("body", "title"), NEAR_MISSES)
def test_no_result_no_decision(body: str, title: str) -> None:
    assert motions(body, title) == []
