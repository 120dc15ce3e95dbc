"""Decision lines and results in union, party and council write-ups (round 21, decide21): a line labelled by who asks,
then the item, then its result ("Northside party – £800 for leaflets – approved"); an item that "goes back to the
committee"; a suggestion "not taken up"; a tally laid out in lines under a decision already told, which is that
decision's tally and no second item. Sentences written for these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

TITLE = "Regional council – summary of decisions, 7 March 2025"


def _motions(body: str, title: str = TITLE) -> list[tuple[str, Outcome]]:
    return [(m.summary, m.outcome) for m in titled_page_motions(f"{title}\n\n{body}\n")]


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        ("Northside local party – £800 for leaflets – approved", Outcome.CARRIED),
        ("Eastvale local party – £1,200 for a by-election – approved (£1,000 offered)", Outcome.CARRIED),
        ("Young Greens – £300 for a training day – not approved at this time", Outcome.DEFEATED),
        ("Item 4 – Donations – agreed.", Outcome.CARRIED),
    ],
)
def test_a_labelled_line_and_its_result(body: str, outcome: Outcome) -> None:
    assert [o for _, o in _motions(body)] == [outcome]


@pytest.mark.parametrize(
    "body",
    ["The chair – as usual – agreed.", "The officers – after some discussion – agreed.", "Tom – we thought – agreed."],
)
def test_an_aside_between_dashes_is_no_label(body: str) -> None:
    assert _motions(body) == []


@pytest.mark.parametrize(
    ("body", "outcome"),
    [
        ("The paper goes back to the policy committee.", Outcome.REMITTED),
        ("The draft paper went back to the working group for another look.", Outcome.REMITTED),
        ("A suggestion from the treasurer that members be consulted first was not taken up.", Outcome.DEFEATED),
        ("The proposal to merge the two branches was not taken up.", Outcome.DEFEATED),
    ],
)
def test_items_sent_back_or_not_taken_up(body: str, outcome: Outcome) -> None:
    assert [o for _, o in _motions(body)] == [outcome]


@pytest.mark.parametrize(
    "body",
    [
        "After the meeting we went back to the office.",
        "The offer of a meeting was not taken up by the employer.",
    ],
)
def test_going_back_and_not_taking_up_that_decide_nothing(body: str) -> None:
    assert _motions(body) == []


def test_tally_lines_under_a_decision_told_are_its_own() -> None:
    motions = titled_page_motions(
        f"{TITLE}\n\nThe committee voted to submit a motion to spring conference on rural bus services.\n"
        "Proposed: Ellie Sands.\nFor 9, Against 1, Abstain 2.\n"
    )
    assert [m.outcome for m in motions] == [Outcome.CARRIED]
    assert motions[0].vote is not None and (motions[0].vote.for_, motions[0].vote.against) == (9, 1)
