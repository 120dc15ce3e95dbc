"""A minutes' decision followed by an action set for an officer ("Decision: not accepted at this time; the Secretary
to explain the affiliation criteria", "Resolved: to donate £50; the Treasurer to pay it this week"): the action is
no decision of its own (round 22). Lines written here as Co-op party minutes, trades council minutes and a branch
committee's record; a decision that is itself about an officer's task, standing alone, is still one."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import one_report

C, D = Outcome.CARRIED, Outcome.DEFEATED


@pytest.mark.parametrize(
    ("body", "outcomes"),
    [
        ("Decision: not accepted at this time; the Secretary to explain the affiliation criteria.", [D]),
        ("Resolved: to affiliate to the campaign; to donate £50; the Treasurer to pay it this week.", [C, C]),
        ("Agreed: to support the strike; the chair to write to the employer.", [C]),
    ],
)
def test_an_officers_action_is_no_decision(body: str, outcomes: list[Outcome]) -> None:
    assert [m.outcome for m in one_report(body).motions] == outcomes


def test_an_officers_task_decided_alone_is_a_decision() -> None:
    assert [
        m.outcome for m in one_report("Resolved: the Secretary to write to the council about the bus cuts.").motions
    ] == [C]
