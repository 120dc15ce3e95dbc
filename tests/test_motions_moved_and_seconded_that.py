"""An item put impersonally and settled in the same sentence (issue 13, round 9b): "It was moved and seconded that
the report be accepted, and this was carried" is one motion, carried, whose words are what was put ("that the report
be accepted"), not the seconding. Sentences written for these tests in several styles; none is quoted from a real page
or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D, U = Outcome.CARRIED, Outcome.DEFEATED, Outcome.UNKNOWN
_OPENING = "The meeting opened with apologies. "


@pytest.mark.parametrize(
    ("page", "outcome", "words"),
    [
        (
            "Branch minutes\n\n" + _OPENING + "It was moved and seconded that the report be accepted, and this was "
            "carried.",
            C,
            "that the report be accepted",
        ),
        (
            "CLP minutes\n\n" + _OPENING + "It was proposed that the ward hold a jumble sale in May, which was agreed "
            "unanimously.",
            C,
            "that the ward hold a jumble sale in May",
        ),
        (
            "Council minutes\n\n" + _OPENING + "It was moved that the item be taken in private session, and this was "
            "rejected by 5 votes to 3.",
            D,
            "that the item be taken in private session",
        ),
        (
            "Union branch minutes\n\n" + _OPENING + "It was proposed and seconded that the branch donate £50 to the "
            "strike fund; this was agreed.",
            C,
            "that the branch donate £50 to the strike fund",
        ),
        (
            "NEC report\n\n" + _OPENING + "It was moved and seconded that the guidance be sent to every CLP.",
            U,
            "that the guidance be sent to every CLP",
        ),
    ],
)
def test_an_item_put_impersonally_takes_the_result_that_refers_back(page: str, outcome: Outcome, words: str) -> None:
    motions = titled_page_motions(page)
    assert [(m.outcome, m.summary) for m in motions] == [(outcome, words)]


def test_a_later_clause_that_is_no_result_leaves_the_item_unsettled() -> None:
    page = "Local news\n\n" + _OPENING + "It was moved that the meeting be adjourned, and the chair agreed it was late."
    assert [m.outcome for m in titled_page_motions(page)] == [U]
