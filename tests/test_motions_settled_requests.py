"""A proposal anyone puts, settled in its own sentence by a result that refers back to it (issue 13, round 8): "A
delegate asked that the letter be copied to branches, which was accepted". Sentences written for these tests in
several styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.extractors.motions import extract_motions
from nec_extract.models import MotionKind, Outcome
from support import report_context, titled_page_motions

C, D = Outcome.CARRIED, Outcome.DEFEATED
_OPENING = "The meeting opened with apologies. "


@pytest.mark.parametrize(
    ("page", "outcome", "words"),
    [
        (
            "Trades council minutes\n\n" + _OPENING + "A delegate from the GMB asked that the letter be sent to all "
            "branches, which was accepted.",
            C,
            "the letter be sent to all branches",
        ),
        (
            "NEC report\n\n" + _OPENING + "The officers proposed a 40p rise in the subscription from June, and it went "
            "through with two against.",
            C,
            "40p rise in the subscription",
        ),
        (
            "CLP minutes\n\n" + _OPENING + "Sam suggested that we invite the MP to the next meeting, and this was "
            "agreed.",
            C,
            "invite the MP",
        ),
        (
            "Branch report\n\n" + _OPENING + "Ann Lee asked for the letter to be copied to the regional office, which "
            "was agreed.",
            C,
            "copied to the regional office",
        ),
        (
            "Local news\n\n" + _OPENING + "Opposition councillors called for a review of the parking charges; this was "
            "rejected by 30 votes to 21.",
            D,
            "review of the parking charges",
        ),
    ],
)
def test_a_proposal_settled_by_a_result_that_refers_back(page: str, outcome: Outcome, words: str) -> None:
    motions = titled_page_motions(page)
    assert [(m.kind, m.outcome) for m in motions] == [(MotionKind.PROPOSAL, outcome)]
    assert words in motions[0].summary


@pytest.mark.parametrize(
    "page",
    [
        # no result: an opinion of the proposal, or a question
        "CLP minutes\n\n" + _OPENING + "Jo suggested that we hold a rally in the spring, which was a good idea.",
        "Branch minutes\n\n" + _OPENING + "Jo asked whether the motion on fares had been carried.",
        # a result that refers to nothing put here
        "NEC report\n\n" + _OPENING + "The chair requested that speeches be kept short, and it was a long night.",
    ],
)
def test_no_proposal_settled(page: str) -> None:
    assert titled_page_motions(page) == []


def test_a_proposal_of_another_year_is_not_this_meetings() -> None:
    page = "Union report\n\n" + _OPENING + "In 2019 the union proposed a levy on members, which was rejected."
    report = report_context(page, title="Union report", meeting="2023-05-12")
    assert extract_motions(report, [], []) == []
