"""A second item given the first one's result by "as was" (issue 13, round 9): "The minutes were approved, as were the
accounts" states two motions with one result. Sentences written for these tests in several styles; none is quoted from
a real page or a probe page.
"""

from __future__ import annotations

import pytest

from nec_extract.models import Outcome
from support import titled_page_motions

C, D = Outcome.CARRIED, Outcome.DEFEATED
_OPENING = "The meeting opened with apologies. "


@pytest.mark.parametrize(
    ("page", "outcome", "second"),
    [
        (
            "NEC report\n\n" + _OPENING + "The timetable for conference was agreed, as were the names of the chairs.",
            C,
            "names",
        ),
        ("Branch minutes\n\n" + _OPENING + "The minutes were approved, as was the treasurer's report.", C, "report"),
        (
            "Council minutes\n\n" + _OPENING + "The motion on bins was carried, as was the amendment on recycling.",
            C,
            "amendment",
        ),
        (
            "CLP minutes\n\n" + _OPENING + "Our motion on rents fell, as did the amendment from the youth officer.",
            D,
            "amendment",
        ),
        (
            "Local news\n\n"
            + _OPENING
            + "The budget was passed on Monday, as were the plans to raise parking charges.",
            C,
            "plans",
        ),
    ],
)
def test_the_item_after_as_was_has_the_same_result(page: str, outcome: Outcome, second: str) -> None:
    motions = titled_page_motions(page)
    assert [m.outcome for m in motions] == [outcome, outcome]
    assert second in motions[1].evidence.text
    assert second not in motions[0].evidence.text


@pytest.mark.parametrize(
    "page",
    [
        # "as was" telling a manner or an expectation, not a second item
        "CLP minutes\n\n" + _OPENING + "The minutes were approved without comment, as is the custom.",
        "Branch minutes\n\n" + _OPENING + "The accounts were approved, as was the custom at an AGM.",
        "NEC report\n\n" + _OPENING + "The motion was carried, as I had expected.",
        "Union minutes\n\n" + _OPENING + "The claim was endorsed, as had been agreed in advance with the region.",
    ],
)
def test_one_motion_when_as_was_names_no_item(page: str) -> None:
    assert len(titled_page_motions(page)) == 1
