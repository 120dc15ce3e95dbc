"""A passive result whose item is set off from it (round 22, voices22): by a dashed aside giving the item's words ("The
headline – that all sitting members face an open selection – was carried"), or by a first verb sharing the
auxiliary ("The plan was opposed by the group's representative but carried, 15-8"). Sentences written for these tests
in several registers; none is quoted from a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D = Outcome.CARRIED, Outcome.DEFEATED


@pytest.mark.parametrize(
    ("page", "outcome"),
    [
        (
            "Welsh Executive report\n\nThe headline – that all sitting members should face an open selection – was "
            "carried, 15-8.",
            C,
        ),
        ("Branch minutes\n\nThe main change – moving meetings to Thursdays – was agreed without a vote.", C),
        ("NEC report\n\nThe plan was opposed by the union section's spokesperson but carried, 21-12.", C),
        ("Council minutes\n\nThe scheme was debated at length and rejected.", D),
        ("Union news\n\nThe levy was criticised by two regions yet approved by 30 votes to 4.", C),
    ],
)
def test_the_item_set_off_from_its_result(page: str, outcome: Outcome) -> None:
    assert [m.outcome for m in titled_page_motions(page)] == [outcome]


@pytest.mark.parametrize(
    "page",
    [
        # a person, with an aside, or with two verbs: no item
        "NEC report\n\nOur chair – a veteran of many such meetings – was delighted.",
        "Branch minutes\n\nJo was thanked and applauded.",
    ],
)
def test_no_item(page: str) -> None:
    assert titled_page_motions(page) == []
