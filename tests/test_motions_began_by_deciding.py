"""The act a meeting began or ended by (round 22, voices22): "The NEC began by agreeing to publish ...", "We started
by approving the minutes", "The board finished by electing a new chair" tell decisions of the meeting, the gerund's
subject and tense its host's. Not "began by remembering ...", "started by thanking the staff". Sentences written for
these tests in several registers; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.extractors.motions.clause.clause_filter import decision_forms
from nec_extract.models import Outcome
from support import titled_page_motions

C, D = Outcome.CARRIED, Outcome.DEFEATED


@pytest.mark.parametrize(
    ("page", "outcomes"),
    [
        ("NEC report\n\nThe NEC began by agreeing to publish the complaints figures every quarter.", [C]),
        ("Branch minutes\n\nWe started by approving the minutes of the March meeting.", [C]),
        ("Council minutes\n\nThe committee finished by rejecting the application for a second storey.", [D]),
        ("Executive Council report\n\nThe executive began by electing Sam Patel as its new president.", [C]),
    ],
)
def test_the_act_the_meeting_began_or_ended_by(page: str, outcomes: list[Outcome]) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == outcomes


@pytest.mark.parametrize(
    "page",
    [
        "NEC report\n\nThe meeting began by remembering members who had died since the summer.",
        "Branch minutes\n\nThe chair started by thanking the staff for their work on the conference.",
        "CLP report\n\nWe finished by singing the Red Flag, as ever.",
    ],
)
def test_no_decision(page: str) -> None:
    assert titled_page_motions(page) == []


def test_every_form_of_agree() -> None:
    assert {"agree", "agrees", "agreed", "agreeing"} <= set(decision_forms())
