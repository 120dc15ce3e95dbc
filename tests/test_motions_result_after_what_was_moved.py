"""A result told in the same sentence as what was moved, after ", and" (issue 13, round 12): "Ann proposed that we
donate £50 to the food bank, and nobody objected" carries it, and the summary stops before the result. Sentences written
for these tests in several styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("title", "body", "summary", "outcome"),
    [
        (
            "Branch minutes, 3 June 2024",
            "Ann Cole proposed that we donate £50 to the food bank, and nobody objected.",
            "that we donate £50 to the food bank",
            Outcome.CARRIED,
        ),
        (
            "Full Council, 12 March 2024 – a summary",
            "Cllr Ash moved that the council freeze parking charges, and the meeting agreed unanimously.",
            "that the council freeze parking charges",
            Outcome.CARRIED,
        ),
        (
            "CLP GC report, 12 January 2024",
            "Jo Reid proposed that the CLP affiliate to the campaign, and everyone was in favour.",
            "that the CLP affiliate to the campaign",
            Outcome.CARRIED,
        ),
    ],
)
def test_a_result_after_and_in_the_movers_sentence(title: str, body: str, summary: str, outcome: Outcome) -> None:
    motions = titled_page_motions(f"{title}\n\n{body}\n")
    assert [(m.summary, m.outcome) for m in motions] == [(summary, outcome)]


def test_nobody_inside_what_was_moved_is_no_result() -> None:
    page = "Branch minutes, 3 June 2024\n\nJo Reid proposed that nobody should pay for the social, and Tom seconded.\n"
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.UNKNOWN]
