"""Several infinitives one decision verb takes, each a decision with the outcome of its own verb (round 16): "voted
to adopt A and to defer B" (the first "to" taken with "voted"), "agreed to buy A and to vote down B" (any decision
verb with an outcome of its own, as the parse reads them, not only those the phrase rules list), "resolved to accept
A and send back B" (a particle the parse took for an adverb). Pages written for these tests in the voices of an NEC
write-up, union minutes, a CLP bulletin and council minutes; none is quoted from a real page."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D, F, R = Outcome.CARRIED, Outcome.DEFEATED, Outcome.DEFERRED, Outcome.REMITTED


def _outcomes(title: str, sentence: str) -> list[Outcome]:
    page = f"{title}\n\nThe meeting opened with apologies from two members.\n\n{sentence}\n"
    return [m.outcome for m in titled_page_motions(page)]


@pytest.mark.parametrize(
    ("title", "sentence", "outcomes"),
    [
        (
            "NEC report – 3 May 2024",
            "The NEC voted to adopt a plan to merge two regions and to defer the review of fees.",
            [C, F],
        ),
        (
            "Executive Council minutes – 12 March 2024",
            "The Council agreed to fund the hardship scheme and to vote down the motion on the office move.",
            [C, D],
        ),
        (
            "Riverside CLP – General Committee, 9 July 2024",
            "We agreed to shelve the leaflet budget and to hold a quiz night in May.",
            [F, C],
        ),
        (
            "Labour Group meeting, 4 June 2024",
            "The group resolved to accept the scrutiny report and send back the draft policy on parking.",
            [C, R],
        ),
    ],
)
def test_each_infinitive_is_a_decision_with_its_own_outcome(title: str, sentence: str, outcomes: list[Outcome]) -> None:
    assert _outcomes(title, sentence) == outcomes


@pytest.mark.parametrize(
    "sentence",
    [
        "The committee voted to oppose the closure of the library and to write to the council.",
        "We agreed to defend the right to strike and to support the picket line.",
    ],
)
def test_an_act_on_something_not_put_is_no_defeat(sentence: str) -> None:
    assert Outcome.DEFEATED not in _outcomes("Branch committee, 2 April 2024", sentence)
