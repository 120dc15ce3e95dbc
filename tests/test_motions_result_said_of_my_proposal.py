"""A result said of the item by the writer's possessive ("I then proposed that the power lapse after a year. ... My
proposal was defeated 13 to 18.", "We moved an amendment to ... Our amendment fell, 6-15.") settles the item put
before, as "the proposal" does (round 25, decide25b; issue 13, a result told later after argument). The tool used to
list two motions: the item with no outcome, and "My proposal" decided. Not a new item of the writer's with words of
its own ("My motion on rail fares was lost 10-20." after another item).

Every sentence is written for these tests, in an NEC write-up, union and council minutes and a CLP report.
"""

from __future__ import annotations

import pytest

from support import CLP_TITLE as CLP
from support import COUNCIL_TITLE as COUNCIL
from support import NEC_TITLE as NEC
from support import UNION_TITLE as UNION
from support import page_motion_triples as motions

CASES = [
    (
        "I then proposed that the new power lapse after a year. Several union colleagues nodded along. The officers "
        "did not. My proposal was defeated 13 to 18, which is almost a moral victory.",
        NEC,
        "defeated",
    ),
    (
        "We moved an amendment to delete the cap on hardship grants. Two officers spoke against. Our amendment fell, "
        "6-15.",
        UNION,
        "defeated",
    ),
    (
        "I moved that the CLP write to the council about the library. My motion was carried unanimously.",
        CLP,
        "carried",
    ),
    (
        "Cllr Ray and I proposed that the parking charges be frozen for a year. Our proposal was lost by 18 votes "
        "to 31.",
        COUNCIL,
        "defeated",
    ),
    (
        "We proposed that the freeze date move to July. The General Secretary said no. Our proposal went down 12-19.",
        NEC,
        "defeated",
    ),
]


@pytest.mark.parametrize(("body", "title", "outcome"), CASES)
def test_result_said_of_my_proposal(body: str, title: str, outcome: str) -> None:
    found = motions(body, title)
    assert len(found) == 1
    _summary, decided, evidence = found[0]
    assert decided == outcome
    assert evidence == body


def test_my_motion_with_words_of_its_own_is_another_item() -> None:
    found = motions("The budget was presented by the Treasurer. My motion on rail fares was lost 10-20.", NEC)
    assert [(summary, outcome) for summary, outcome, _ in found] == [("on rail fares", "defeated")]
