"""An item told alone, in a sentence with no verb of its own ("A motion from Cllr Jo Bell on the pension fund."), then
a sentence or two of talk, then a bare result ("Agreed, and it takes effect in April.", "Deferred to June.") is that
item decided (round 25, voices25); the tool used to take the item back only from a heading line set out on its own.
And "Not supported" is a defeat, as "not carried" is.

Not an item that tells something of its own ("The paper set out three options."), nor a result with a subject of its
own.

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
    return [(m.kind.value, m.outcome.value) for m in page_motions(body, title)]


CASES = [
    (
        "A short paper on expenses for NEC members. One member asked whether it covered childcare; it does. Agreed, "
        "and it takes effect in April.",
        NEC,
        [("report", "carried")],
    ),
    (
        "A motion from the Bristol branch to change the quorum of the committee. No consensus. Deferred to the June "
        "meeting so that officers can advise.",
        UNION,
        [("motion", "deferred")],
    ),
    (
        "A motion from Cllr Ruth Oakes on the pension fund. Not supported; the group felt the timing was wrong.",
        COUNCIL,
        [("motion", "defeated")],
    ),
    (
        "A proposal from the youth officer for a summer social. Several members offered to help. Agreed unanimously.",
        CLP,
        [("proposal", "carried")],
    ),
    (
        "An amendment from the health group seeking a members' consultation on the offer. The general secretary "
        "spoke against it. Rejected, 11 to 19.",
        NEWS,
        [("amendment", "defeated")],
    ),
]


@pytest.mark.parametrize(("body", "title", "expected"), CASES)
def test_item_told_alone_then_talk_then_result(body: str, title: str, expected: list[tuple[str, str]]) -> None:
    assert motions(body, title) == expected


NEAR_MISSES = [
    # the item sentence tells something of its own: the talk after it may be about anything
    "The paper set out three options for the regional offices. Members asked about staffing. Agreed to meet again.",
    # a result with a subject of its own is its own decision, not the item's
    "A motion from Unite on agency staff. There was a long debate. The date of the next meeting was agreed.",
]


@pytest.mark.parametrize("body", NEAR_MISSES)
def test_no_item_told_alone(body: str) -> None:
    assert ("motion", "carried") not in motions(body, CLP) and ("report", "carried") not in motions(body, CLP)
