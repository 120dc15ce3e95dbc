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


@pytest.mark.parametrize(
    ("heading", "sentence", "expected"),
    [
        ("NEC report, March 2024", "The NEC backed the nurses' strike.", [Outcome.CARRIED]),
        (_BRANCH, "The committee supported the cleaners' dispute with the contractor.", [Outcome.CARRIED]),
        (_CLP, "The GC backed the campaign against the closure of the maternity unit.", [Outcome.CARRIED]),
        ("Trades council minutes, 4 May 2023", "Delegates supported the petition on bus fares.", [Outcome.CARRIED]),
        (
            "Union executive minutes, 9 May 2019",
            "The executive opposed the walkout called by the breakaway group.",
            [Outcome.DEFEATED],
        ),
    ],
)
def test_the_body_s_stance_on_collective_action_is_a_decision(
    heading: str, sentence: str, expected: list[Outcome]
) -> None:
    """A strike, a dispute, a campaign, a petition backed or opposed by the body; "against" after the object is the
    object's ("a campaign against the closure"), not a stance against."""
    assert _outcomes(heading, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The NEC has always backed the right to strike.",
        "Unite backed the strike last year.",
        "The NEC would back any strike by members.",
        "Members of the executive said they backed the campaign.",
        "The executive backed the general secretary.",
    ],
)
def test_a_stance_of_another_time_or_body_or_on_a_person_is_none(sentence: str) -> None:
    assert _outcomes("NEC report, March 2024", sentence) == []
