"""A proposal someone puts, decided in the same sentence by a clause of the body's own whose verb points back to it
("I asked that a union seat be added, but the committee turned that down", "Sam suggested a rally and the meeting
backed it", "Jo proposed a joint rally, but the committee turned it down"): the proposal, its outcome from that
verb; "that" counts as pointing back only as the parse's object ("turned that down", never "agreed that ...").
Not decided: the author's own stance ("but I supported it"), a clause by someone else ("and the secretary sent
them"). Pages written for these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("page", "outcome"),
    [
        # an NEC member's write-up: the author's request refused
        (
            "NEC report\n\nI asked that a CLP seat and a union seat be added to the new board, but the committee "
            "turned that down.",
            Outcome.DEFEATED,
        ),
        # a CLP bulletin: a delegate's suggestion backed
        (
            "CLP bulletin\n\nSam suggested a joint rally with the trades council and the meeting backed it.",
            Outcome.CARRIED,
        ),
        # union minutes: a semicolon between the proposal and its fate
        (
            "Executive council minutes\n\nKim proposed that branches meet monthly; members voted it down.",
            Outcome.DEFEATED,
        ),
        # a mover's motion settled by a clause of our own
        ("Branch minutes\n\nJo proposed a joint rally, but the committee turned it down.", Outcome.DEFEATED),
        ("Trades council report\n\nSam moved an amendment on fares, and delegates backed it.", Outcome.CARRIED),
    ],
)
def test_a_proposal_decided_by_a_clause_pointing_back(page: str, outcome: Outcome) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [outcome]


@pytest.mark.parametrize(
    "page",
    [
        "NEC report\n\nI asked for a CLP seat to be added to the board, but I supported the paper anyway.",
        "Branch minutes\n\nI asked that the minutes be circulated, and the secretary sent them.",
        "CLP bulletin\n\nKim asked whether the report would be published, and the chair said it would.",
    ],
)
def test_no_clause_of_ours_deciding_it_is_no_decision(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page) if m.outcome is not Outcome.UNKNOWN] == []
