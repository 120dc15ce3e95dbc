"""The meeting going on to a decision is that decision (round 15, issue 13): "went on to agree the budget",
"proceeded to elect a chair", "moved on to approve the accounts" tell the decision verb they take, one decision per
coordinated verb; going on to anything else ("went on to discuss", "went on to hear from") decides nothing. Pages
written for these tests in the voices of an NEC write-up, union and council minutes and a CLP bulletin; none is
quoted from a real page."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


def _outcomes(title: str, sentence: str) -> list[Outcome]:
    page = f"{title}\n\nThe meeting opened with apologies from two members.\n\n{sentence}\n"
    return [m.outcome for m in titled_page_motions(page)]


@pytest.mark.parametrize(
    ("title", "sentence", "outcomes"),
    [
        ("NEC report – 3 May 2024", "The NEC went on to agree the budget for the coming year.", [Outcome.CARRIED]),
        (
            "Executive Council minutes – 12 March 2024",
            "The Council then went on to approve the new code of conduct and appoint a standards panel.",
            [Outcome.CARRIED, Outcome.CARRIED],
        ),
        ("Labour Group meeting, 4 June 2024", "The group proceeded to elect a new chief whip.", [Outcome.CARRIED]),
        (
            "Riverside CLP – General Meeting, 9 July 2024",
            "Members went on to reject the proposed levy.",
            [Outcome.DEFEATED],
        ),
        (
            "Branch committee, 2 April 2024",
            "After a short break we moved on to approve the accounts.",
            [Outcome.CARRIED],
        ),
    ],
)
def test_going_on_to_a_decision_is_that_decision(title: str, sentence: str, outcomes: list[Outcome]) -> None:
    assert _outcomes(title, sentence) == outcomes


@pytest.mark.parametrize(
    "sentence",
    [
        "The NEC went on to discuss the local election campaign.",
        "The committee then went on to hear from the council leader about the budget.",
        "Members proceeded to question the regional director at length.",
        "We moved on to the finance report, which was long and detailed.",
    ],
)
def test_going_on_to_anything_else_decides_nothing(sentence: str) -> None:
    assert _outcomes("Executive report – 3 May 2024", sentence) == []
