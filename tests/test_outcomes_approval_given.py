"""A decision told as the approval given or withheld, with no verb of the meeting's own ("Approval given.", "NEC
approval was given to this course", "The board gave its approval", "Approval withheld."): carried or defeated
(round 22). Sentences written here as a Co-op Party briefing, a members' blog, union minutes and a news item; the
approval of a body outside the meeting, given "by" it, is no outcome phrase."""

from __future__ import annotations

import pytest

from nec_extract.extractors.votes import find_outcomes
from nec_extract.models import Outcome


def _outcomes(text: str) -> list[Outcome]:
    return [p.outcome for p in find_outcomes(text) if not p.hedged]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("Approval given.", Outcome.CARRIED),
        ("The paper will go to conference; NEC approval was given to this course.", Outcome.CARRIED),
        ("After questions on the reserves, the board gave its approval.", Outcome.CARRIED),
        ("Agreement given, with two against.", Outcome.CARRIED),
        ("Sign-off was duly given at the end of the item.", Outcome.CARRIED),
        ("Approval withheld until the figures are checked.", Outcome.DEFEATED),
        ("Consent was refused.", Outcome.DEFEATED),
    ],
)
def test_approval_given_or_withheld(text: str, outcome: Outcome) -> None:
    assert _outcomes(text) == [outcome]


@pytest.mark.parametrize(
    "text",
    [
        "Planning approval was granted by the council last year.",
        "She said approval had been given by the regulator in March.",
        "We are waiting for approval from the Electoral Commission.",
    ],
)
def test_another_bodys_approval_is_no_outcome(text: str) -> None:
    assert _outcomes(text) == []
