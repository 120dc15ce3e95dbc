"""A single item put to the meeting whose words follow the verb: "A motion was moved on the ceasefire", "An
amendment was put forward on the fee", "A motion was tabled calling for ...". The item is one motion (its result
perhaps in a later sentence); "motion was" is not a plural set on the agenda ("We considered the rule
amendments"). Sentences written for these tests in several styles; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import MotionKind, Outcome
from support import titled_page_motions

C, U = Outcome.CARRIED, Outcome.UNKNOWN
M, A = MotionKind.MOTION, MotionKind.AMENDMENT


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("NEC report\n\nA motion was moved on the ceasefire in Gaza.", [(M, U)]),
        ("Branch minutes\n\nA motion was tabled calling for a ceasefire.", [(M, U)]),
        ("Group minutes\n\nAn amendment was put forward on the parking fee.", [(A, U)]),
        ("Executive minutes\n\nOne motion was debated on housing and carried.", [(M, C)]),
        ("GC report\n\nA motion was brought by the youth officer about housing. It was carried.", [(M, C)]),
        ("Trades council minutes\n\nA motion was moved on sick pay. The vote was 12-3 in favour.", [(M, C)]),
    ],
)
def test_one_item_put_with_its_words_after_the_verb(page: str, expected: list[tuple[MotionKind, Outcome]]) -> None:
    assert [(m.kind, m.outcome) for m in titled_page_motions(page)] == expected


@pytest.mark.parametrize(
    "page",
    [
        "NEC report\n\nWe considered the rule amendments.",
        "Branch minutes\n\nMembers discussed the constitutional amendments.",
    ],
)
def test_a_plural_set_on_the_agenda_is_still_no_motion(page: str) -> None:
    assert titled_page_motions(page) == []
