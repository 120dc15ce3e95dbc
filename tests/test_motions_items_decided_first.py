"""An item decided first, told after the result it led to (issue 13, round 9): "The motion was carried after an
amendment from Jo was lost" states two motions, each with its own result. Sentences written for these tests in several
styles; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D = Outcome.CARRIED, Outcome.DEFEATED
_OPENING = "The meeting opened with apologies. "


@pytest.mark.parametrize(
    ("page", "outcomes"),
    [
        (
            "NEC report\n\n" + _OPENING + "The rules package was the main item. It was agreed by 20 votes to 15 after "
            "an amendment from Raj Patel to add a seat for councillors was defeated 14-21.",
            [C, D],
        ),
        (
            "Branch minutes\n\n"
            + _OPENING
            + "The motion on pay was carried after an amendment from the treasurer was lost.",
            [C, D],
        ),
        (
            "Local news\n\n"
            + _OPENING
            + "The leisure plan was backed by 22 votes to 9 after a rival amendment from the "
            "opposition was thrown out.",
            [C, D],
        ),
        (
            "CLP minutes\n\n" + _OPENING + "The motion was carried unanimously once an amendment deleting the second "
            "paragraph had been accepted by the mover.",
            [C, C],
        ),
        (
            "Union executive minutes\n\n" + _OPENING + "The recommendations were rejected, after the officers' "
            "amendment was carried.",
            [D, C],
        ),
    ],
)
def test_the_item_decided_first_is_a_motion_of_its_own(page: str, outcomes: list[Outcome]) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == outcomes
    # each motion's evidence is its own clause: the later item's is not in the first
    assert "amendment" in motions[1].evidence.text
    assert "amendment" not in motions[0].evidence.text


@pytest.mark.parametrize(
    "page",
    [
        # the clause after the result has no item of its own, or no result of its own
        "Branch minutes\n\n" + _OPENING + "The motion was carried after the mover accepted a friendly amendment.",
        "CLP minutes\n\n" + _OPENING + "The motion was carried after a long debate about the wording.",
        "Council minutes\n\n" + _OPENING + "The budget was approved after the amendment had been discussed at length.",
        "NEC report\n\n" + _OPENING + "The paper was agreed after the chair explained the timetable.",
    ],
)
def test_one_motion_when_the_later_clause_decides_nothing(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [C]
