"""A proposal put to the meeting, told as the content of its proposal, recommendation or suggestion ("The
finance sub-committee's proposal was that branch grants be capped at £200", "The officers' recommendation was to defer
the ballot until March", "My suggestion was that we write to every CLP"): a proposal, unknown unless a result follows
("This was agreed."). Not a proposal's content: "The proposal was to be discussed at the next meeting" (what happens
to it). Pages written for these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import MotionKind, Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("page", "outcome"),
    [
        # a Scottish executive report
        (
            "Executive committee report\n\nThe finance sub-committee's proposal was that branch grants be capped at "
            "£200.",
            Outcome.UNKNOWN,
        ),
        # an NEC member's blog, the author's own
        ("NEC report\n\nMy suggestion was that we write to every CLP.", Outcome.UNKNOWN),
        # union executive minutes, the result after it
        (
            "Executive minutes\n\nThe officers' recommendation was to defer the ballot until March. This was agreed.",
            Outcome.CARRIED,
        ),
    ],
)
def test_a_proposal_told_by_its_content_is_put(page: str, outcome: Outcome) -> None:
    motions = titled_page_motions(page)
    assert [(m.kind, m.outcome) for m in motions] == [(MotionKind.PROPOSAL, outcome)]


def test_what_became_of_a_proposal_is_not_its_content() -> None:
    motions = titled_page_motions("NEC report\n\nThe proposal was to be discussed at the next meeting.")
    assert [m.outcome for m in motions] == [Outcome.DEFERRED]
