"""A body, an aside with a participle, then its decision (issue 13, round 10): "The NEC, meeting in Birmingham, backed
the proposal" is the NEC's decision, though the parse may hang the subject on "meeting"; another body so told is not
the meeting's. Sentences written for these tests in several styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("title", "sentence", "outcome"),
    [
        (
            "Labour bosses impose shortlist",
            "The party's national executive committee (NEC), meeting in London on Tuesday, voted 19 to 11 in favour "
            "of the shortlist.",
            Outcome.CARRIED,
        ),
        ("Labour NEC meeting", "The NEC, meeting in Birmingham, backed the proposal for a new fee.", Outcome.CARRIED),
        (
            "Minutes of the meeting of Full Council, 12 March 2025",
            "Councillors, meeting in the council chamber, rejected the plan to close the library.",
            Outcome.DEFEATED,
        ),
        (
            "Executive Committee minutes – 4 March 2025",
            "The committee, meeting by video link, approved the accounts for 2024.",
            Outcome.CARRIED,
        ),
    ],
)
def test_the_body_before_an_aside_decides(title: str, sentence: str, outcome: Outcome) -> None:
    motions = titled_page_motions(f"{title}\n\n{sentence}\n")
    assert [m.outcome for m in motions] == [outcome]


def test_another_body_before_an_aside_is_not_the_meeting() -> None:
    page = "Labour NEC meeting\n\nUnite's executive, meeting in London, voted to withdraw funding.\n"
    assert titled_page_motions(page) == []
