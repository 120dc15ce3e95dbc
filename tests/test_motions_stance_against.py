"""A stance the meeting takes against something not put to it ("The GC agreed to oppose the cuts to the bus
service", "voted to block the sale of the playing field") is a decision carried; against the item put ("decided to
oppose the motion from Eastgate", "voted to block the proposal", "agreed to oppose it") it is the item defeated.
Sentences written for these tests, in CLP, branch, union and council voices."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


def _outcomes(heading: str, sentence: str) -> list[Outcome]:
    return [m.outcome for m in titled_page_motions(f"{heading}\n\n{sentence}\n")]


_CLP = "Hillside CLP general committee, 6 June 2023"
_BRANCH = "Branch committee minutes, 2 April 2024"


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        (_CLP, "The GC agreed to oppose the cuts to the bus service."),
        (_CLP, "The GC voted to oppose the new parking charges."),
        (_BRANCH, "The committee agreed to block the sale of the playing field."),
        (_BRANCH, "The branch decided to resist the closure of the library."),
        ("Minutes of the National Executive Council, 9 May 2019", "The NEC agreed to oppose the pay freeze."),
    ],
)
def test_a_stance_acts_on_another_thing_is_carried(heading: str, sentence: str) -> None:
    assert _outcomes(heading, sentence) == [Outcome.CARRIED]


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        (_CLP, "The GC decided to oppose the motion from Eastgate ward."),
        (_BRANCH, "The executive voted to block the proposal."),
        (_BRANCH, "The committee voted to oppose the amendment."),
    ],
)
def test_a_stance_against_the_item_put_defeats_it(heading: str, sentence: str) -> None:
    assert _outcomes(heading, sentence) == [Outcome.DEFEATED]
