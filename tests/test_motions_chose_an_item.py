"""The body choosing or selecting something is its decision, carried ("We chose option B", "Delegates approved the
timetable and then chose the winners of the awards", "The committee selected Harrogate as the venue"), as a
decision verb with its object; "chose to ..." is still read by the verbs taken ("chose not to proceed"). Not
decisions: someone else's choice ("The chair chose her words"), words rather than a decision ("We chose our words
carefully"). Pages written for these tests; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions


@pytest.mark.parametrize(
    ("page", "count"),
    [
        ("Labour group notes\n\nOf the three budget options put to us, we chose option B.", 1),
        ("CLP bulletin\n\nDelegates approved the timetable for the AGM and then chose the winners of the awards.", 2),
        ("Union executive report\n\nThe committee selected Harrogate as the venue for next year's conference.", 1),
        ("NEC report\n\nThe NEC selected the shortlist for the Bristol West selection.", 1),
    ],
)
def test_the_body_choosing_something_is_a_decision_carried(page: str, count: int) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.CARRIED] * count


def test_the_item_chosen_in_the_passive_by_the_meeting() -> None:
    motions = titled_page_motions("Branch minutes\n\nThe proposal was chosen over the alternative by the meeting.")
    assert [m.outcome for m in motions] == [Outcome.CARRIED]


@pytest.mark.parametrize(
    "page",
    [
        "NEC report\n\nWe chose our words carefully when the press asked.",
        "Branch minutes\n\nThe chair chose her words carefully.",
    ],
)
def test_a_choice_of_words_or_by_someone_else_is_no_decision(page: str) -> None:
    assert titled_page_motions(page) == []
