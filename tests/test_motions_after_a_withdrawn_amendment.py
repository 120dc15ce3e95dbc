"""The result after an amendment is withdrawn (issue 13, round 12): "Ann moved a motion. Tom moved an amendment,
which he withdrew. ... 9 for, 12 against." is the motion's result, not the amendment's, and no orphan: a withdrawn
amendment takes no later result but another withdrawal. Sentences written for these tests in several styles; none is
quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("title", "body", "motion", "tally"),
    [
        (
            "NEC report, 28 January 2025",
            "Dev moved a motion asking for a quarterly count of cases. Carol seconded. Gary had tabled an amendment "
            "to refer it instead, but Gary took his amendment away. We argued for forty minutes. When it came to "
            "hands, it was 11 for, 22 against.",
            Outcome.DEFEATED,
            (11, 22),
        ),
        (
            "Branch minutes, 3 June 2024",
            "Sister Ade moved a motion on rotas. Brother Cole moved an amendment to delete the second paragraph; it "
            "was withdrawn. On a vote, 9 for and 12 against.",
            Outcome.DEFEATED,
            (9, 12),
        ),
        (
            "Council group notes, 3 March 2025",
            "Cllr Shah moved a motion on the library. Cllr Reid's amendment to delay it was withdrawn after the "
            "debate. It was then carried unanimously.",
            Outcome.CARRIED,
            None,
        ),
    ],
)
def test_the_result_after_a_withdrawn_amendment_is_the_motions(
    title: str, body: str, motion: Outcome, tally: tuple[int, int] | None
) -> None:
    motions = titled_page_motions(f"{title}\n\n{body}\n")
    assert [m.outcome for m in motions] == [motion, Outcome.WITHDRAWN]
    if tally is not None:
        assert motions[0].vote is not None and (motions[0].vote.for_, motions[0].vote.against) == tally
    assert motions[1].vote is None


def test_a_withdrawal_said_twice_stays_the_amendments() -> None:
    page = (
        "Branch minutes, 3 June 2024\n\nTom moved an amendment to delete the second paragraph; it was withdrawn. "
        "The amendment was withdrawn by agreement.\n"
    )
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.WITHDRAWN]
