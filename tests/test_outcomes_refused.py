"""A request or item refused was not read as decided (round 22, voices22): "request from X to reopen its selection –
refused" came out carried under a "Decisions:" list, and alone was no motion. "refused" is a defeat, not where it
takes an infinitive or a person ("refused to take it", "refused him a copy"). Sentences written for these tests in
several registers; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.extractors.votes import find_outcomes
from nec_extract.models import Outcome
from support import titled_page_motions

D = Outcome.DEFEATED


@pytest.mark.parametrize(
    "page",
    [
        "NEC report\n\nDecisions:\n- selection timetable – agreed\n- request from Lowbridge CLP to reopen its list "
        "– refused",
        "Council minutes\n\nThe application for a late item was refused.",
        "Branch minutes\n\nThe committee refused the request for a second delegate.",
        "Union news\n\nThe appeal against the suspension was refused by the panel, 9-2.",
    ],
)
def test_refused_is_a_defeat(page: str) -> None:
    assert titled_page_motions(page)[-1].outcome is D


@pytest.mark.parametrize(
    "sentence",
    [
        "The Chair refused to take the motion.",
        "The GS refused him a copy of the papers.",
        "She refused permission for the recording.",
    ],
)
def test_refused_with_an_infinitive_or_a_person_is_no_result(sentence: str) -> None:
    assert [o for o in find_outcomes(sentence) if o.outcome is D] == []


def test_the_chairs_refusal_is_no_result() -> None:
    """The chair refusing a vote asked for decides no item (the meeting's body refusing does)."""
    motions = titled_page_motions("Branch minutes\n\nWe asked for a vote on the levy, which the chair refused.")
    assert all(m.outcome is not D for m in motions)


def test_a_persons_refusal_is_no_result() -> None:
    """ "asked him to withdraw it, but he refused": the mover's refusal, the item's fate still to come."""
    sentence = "The chair asked her to withdraw it, but she refused."
    assert [o for o in find_outcomes(sentence) if o.outcome is D] == []
