"""Two decisions in one sentence with the second tally's verb left out (issue 13): "carried 21–11, and 20–12 on the
paper itself", "agreed by 19 votes to 7 to X, and by 21 to 5 to Y". The first part is a decision of its own; the
second tally settles the item left open before, or is a decision of its own. Pages written for these tests in
several styles, with negatives; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D = Outcome.CARRIED, Outcome.DEFEATED


def _told(page: str) -> list[tuple[Outcome, tuple[int | None, int | None] | None]]:
    motions = titled_page_motions(page)
    return [(m.outcome, None if m.vote is None else (m.vote.for_, m.vote.against)) for m in motions]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # NEC write-up: a procedural move, then the paper itself
        (
            "NEC report\n\nThe General Secretary brought a paper on a national selections timetable. A move to take "
            "it without debate was carried 22–10, and 19–13 on the paper itself.",
            [(C, (19, 13)), (C, (22, 10))],
        ),
        # union branch minutes: an amendment, then the substantive motion left open
        (
            "Branch minutes\n\nRay Lowe moved a motion calling for a full-time welfare officer; Tess Nye seconded. "
            "Jo Park moved an amendment to make the post part-time; it was carried 28–20, and 40–8 on the "
            "substantive.",
            [(C, (40, 8)), (C, (28, 20))],
        ),
        # news: two decisions of the body, the second told only by its tally and verb
        (
            "Union news\n\nThe executive agreed by 17 votes to 9 to suspend standing orders, and by 20 to 6 to "
            "endorse the pay paper.",
            [(C, (17, 9)), (C, (20, 6))],
        ),
        # CLP minutes: the first part lost
        (
            "CLP minutes\n\nAnn Lee moved the housing motion. A procedural motion to take it in parts fell 8–12, "
            "and 15–5 on the motion as a whole.",
            [(C, (15, 5)), (D, (8, 12))],
        ),
    ],
)
def test_a_second_tally_with_its_verb_left_out_is_a_second_decision(
    page: str, expected: list[tuple[Outcome, tuple[int, int]]]
) -> None:
    assert _told(page) == expected


@pytest.mark.parametrize(
    "page",
    [
        # a second tally of another time, and two counts of one vote
        "CLP minutes\n\nThe budget was approved 12-3, and 40-2 at the AGM last year.",
        "Council minutes\n\nThe motion was carried 14 to 6, with 2 abstentions.",
    ],
)
def test_a_second_count_that_is_no_second_decision_stays_one_motion(page: str) -> None:
    assert len(titled_page_motions(page)) == 1
