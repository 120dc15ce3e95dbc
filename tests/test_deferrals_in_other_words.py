"""An item put off in the words reports use for it (issue 13: outcomes outside the vocabulary): "put on the back
burner", "held in abeyance", "left for another day", "laid on the table". Not "will be revisited", which as often
tells of another thing looked at later ("was rejected, but the board's make-up will be revisited").
Sentences written for these tests in several styles, with negatives; none is quoted from a real page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

F = Outcome.DEFERRED


@pytest.mark.parametrize(
    "page",
    [
        "Branch minutes\n\nWard 3 moved a motion on bus fares. It was put on the back burner.",
        "GC report\n\nA rule change on fees was moved. It was held in abeyance pending legal advice.",
        "Executive notes\n\nThe region's motion on pay was left for another day.",
        "Council group minutes\n\nCllr Penn moved a motion on parks. It was laid on the table.",
        "Trades council minutes\n\nA motion on the strike was moved. It was put on the back burner for now.",
    ],
)
def test_an_item_put_off_in_other_words(page: str) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [F]


@pytest.mark.parametrize(
    "page",
    [
        # put off, but no item put to the meeting
        "Branch minutes\n\nThe summer social was left for another day because of the rain.",
        "GC report\n\nThe hall's heating will be looked at again by the caretaker.",
    ],
)
def test_no_item_put_off_without_an_item(page: str) -> None:
    assert titled_page_motions(page) == []


def test_a_thing_revisited_later_does_not_defer_the_item() -> None:
    page = "NEC report\n\nMy amendment was rejected, but the board's make-up will be revisited in November."
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.DEFEATED]


def test_an_item_passed_and_sent_on_to_another_meeting_is_carried() -> None:
    page = (
        "CLP executive notes\n\nWard 3 moved a motion on bus fares. It passed and will go to the next members' meeting."
    )
    assert [m.outcome for m in titled_page_motions(page)] == [Outcome.CARRIED]
