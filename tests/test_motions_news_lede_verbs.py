"""News ledes' ways of telling the ruling body's decision (issue 13, round 10): a passive whose agent is the party's own
body ("Plans ... have been approved by Labour's NEC", "thrown out by the party's ruling body"), "cleared / paved the
way for", and "blocked a move to" (a defeat). Not another organisation's body, nor a way cleared or a road blocked by
someone else. Sentences written for these tests in several styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("title", "sentence", "outcome"),
    [
        (
            "Labour NEC meeting",
            "The NEC has cleared the way for an all-women shortlist in Haverleigh.",
            Outcome.CARRIED,
        ),
        (
            "Executive Committee minutes – 4 March 2025",
            "The committee paved the way for a merger of the two branches.",
            Outcome.CARRIED,
        ),
        (
            "Labour NEC meeting",
            "The NEC blocked a move to bring forward the selection of candidates.",
            Outcome.DEFEATED,
        ),
        (
            "Minutes of the meeting of Full Council, 12 March 2025",
            "Councillors voted to block the proposal to sell the playing fields.",  # the item: defeated
            Outcome.DEFEATED,
        ),
        ("Labour NEC meeting", "Plans to scrap the freeze date have been approved by Labour's NEC.", Outcome.CARRIED),
        (
            "Labour NEC meeting",
            "A bid to reopen nominations was thrown out by the party's ruling body.",
            Outcome.DEFEATED,
        ),
    ],
)
def test_a_news_lede_tells_the_bodys_decision(title: str, sentence: str, outcome: Outcome) -> None:
    motions = titled_page_motions(f"{title}\n\n{sentence}\n")
    assert [m.outcome for m in motions] == [outcome]


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("Branch meeting, 14 May 2025", "The vote cleared the way for a strike at the depot."),
        ("Minutes of the meeting of Full Council, 12 March 2025", "Protesters blocked the entrance to the town hall."),
        ("Labour NEC meeting", "The policy adopted by Unite's executive was discussed."),
        ("Branch meeting, 14 May 2025", "The scheme was approved by Camden Council in 2019."),
    ],
)
def test_no_decision_of_the_meeting(title: str, sentence: str) -> None:
    assert titled_page_motions(f"{title}\n\n{sentence}\n") == []
