"""A list of decisions under one label ("Decisions:") and a second label over a further list ("Not decided:", "For
information:"): the second label ends the first list, so its bullets do not take the first label's result; a bullet
with a result of its own keeps it (round 22). Lists written here as an SEC member's blog, union branch notes and a
Green party regional report."""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import one_report

C, R = Outcome.CARRIED, Outcome.REMITTED


@pytest.mark.parametrize(
    ("body", "outcomes"),
    [
        (
            "Decisions:\n• Minutes of 14 June – agreed\n• Motion on rail fares – carried\n\nNot decided:\n"
            "• Code of conduct – back to the Procedures Committee for redrafting\n"
            "• Freeze date for the selections – to be set at the next meeting",
            [C, C, R],
        ),
        (
            "Agreed:\n- the hardship fund grant\n- the banner design\n\nFor information:\n- the regional rally dates\n"
            "- the new office opening hours",
            [C, C],
        ),
    ],
)
def test_a_second_label_ends_the_first_list(body: str, outcomes: list[Outcome]) -> None:
    assert [m.outcome for m in one_report(body).motions] == outcomes
